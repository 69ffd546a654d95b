//! Quotation spans over a document body, bounded by paragraphs.
//!
//! Input: the clean body and its paragraph ranges; output: the byte ranges (body offsets) of every
//! quotation, marks included. Double quotes only (`"`, `“ ”`, and a doubled apostrophe `''`, the
//! typewriter double quote some archives keep): single quotes are too ambiguous. A quote left open at the end of a paragraph continues when the next paragraph opens
//! with a quote mark (the newspaper convention for multi-paragraph quotes); otherwise it is closed at
//! the paragraph end, so an unbalanced mark never pairs across the whole article.

use crate::model::Span;

fn is_open(c: char) -> bool {
    c == '\u{201c}' || c == '\u{201e}'
}

fn is_close(c: char) -> bool {
    c == '\u{201d}'
}

/// Quote marks of `text` in order: byte offset, length, and the character standing for them
/// (`''` counts as `"`). A byte scan: in UTF-8 the bytes `E2 80 9C`–`9E` are always one of `“ ” „`,
/// and no other byte of a mark is ASCII (decoding every character was ~1 % of `claims`). `memchr3`
/// jumps to the next byte that can open a mark (`'`, `"`, `E2`): stepping byte by byte was ~1.2 %.
fn marks(text: &str) -> Vec<(usize, usize, char)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(k) = memchr::memchr3(b'\'', b'"', 0xE2, &b[i..]) {
        i += k;
        match b[i] {
            b'\'' if b.get(i + 1) == Some(&b'\'') => {
                out.push((i, 2, '"'));
                i += 2;
            }
            b'"' => {
                out.push((i, 1, '"'));
                i += 1;
            }
            0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x9C..=0x9E)) => {
                let c = match b[i + 2] {
                    0x9C => '\u{201c}',
                    0x9D => '\u{201d}',
                    _ => '\u{201e}',
                };
                out.push((i, 3, c));
                i += 3;
            }
            _ => i += 1,
        }
    }
    out
}

/// Quotation spans in `body` (marks included), given the paragraph ranges in reading order.
pub fn find_quotes(body: &str, paragraphs: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    // Start of a quote still open at the end of the previous paragraph.
    let mut carried: Option<usize> = None;
    for p in paragraphs {
        let Some(text) = body.get(p.start..p.end) else { continue };
        let first = text.trim_start().chars().next();
        let opens_with_quote =
            first.is_some_and(|c| c == '"' || is_open(c)) || text.trim_start().starts_with("''");
        let mut open: Option<usize> = None;
        let mut chars = marks(text).into_iter().peekable();
        if let Some(start) = carried.take() {
            if opens_with_quote {
                // The continuation's opening mark is not a new quote: skip it.
                let lead = text.len() - text.trim_start().len();
                while chars.peek().is_some_and(|&(i, _, _)| i <= lead) {
                    chars.next();
                }
                open = Some(start);
            } else {
                // The previous paragraph's quote was never closed: end it there.
                out.push(Span::new(start, last_end(body, start, p.start)));
            }
        }
        for (i, len, c) in chars {
            let at = p.start + i;
            match open {
                None if c == '"' || is_open(c) => open = Some(at),
                Some(s) if c == '"' || is_close(c) => {
                    out.push(Span::new(s, at + len));
                    open = None;
                }
                // A new opening curly mark while one is open: the first was stray; restart.
                Some(_) if is_open(c) => open = Some(at),
                _ => {}
            }
        }
        if let Some(s) = open {
            carried = Some(s);
        }
    }
    if let (Some(s), Some(p)) = (carried, paragraphs.last()) {
        out.push(Span::new(s, p.end));
    }
    out
}

/// End of the text before `limit` (trailing whitespace trimmed), at least `start`.
fn last_end(body: &str, start: usize, limit: usize) -> usize {
    let t = body.get(start..limit).unwrap_or("");
    start + t.trim_end().len()
}

/// `text` with every quoted byte replaced by `~` (same length), so patterns that look for a
/// speaker or cue never match words inside a quotation.
pub fn mask(text: &str, offset: usize, quotes: &[Span]) -> String {
    // Quotations in order, each starting and ending at a character boundary (as found): the
    // text between them copied as it is, with no UTF-8 check of the whole.
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for q in quotes {
        let s = q.start.max(offset).saturating_sub(offset);
        let e = q.end.min(offset + text.len()).saturating_sub(offset);
        if s >= e {
            continue;
        }
        let Some(before) = text.get(at..s).filter(|_| text.is_char_boundary(e)) else {
            return mask_bytes(text, offset, quotes);
        };
        out.push_str(before);
        out.extend(std::iter::repeat_n('~', e - s));
        at = e;
    }
    out.push_str(&text[at..]);
    out
}

/// [`mask`] byte by byte: the definition, for quotations out of order or off a boundary.
fn mask_bytes(text: &str, offset: usize, quotes: &[Span]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for q in quotes {
        let s = q.start.max(offset).saturating_sub(offset);
        let e = q.end.min(offset + text.len()).saturating_sub(offset);
        for b in bytes.iter_mut().take(e).skip(s) {
            *b = b'~';
        }
    }
    String::from_utf8(bytes).unwrap_or_else(|_| "~".repeat(text.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The per-character definition of [`marks`].
    fn marks_reference(text: &str) -> Vec<(usize, usize, char)> {
        let b = text.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        for (at, c) in text.char_indices() {
            if at < i {
                continue;
            }
            if c == '\'' && b.get(at + 1) == Some(&b'\'') {
                out.push((at, 2, '"'));
                i = at + 2;
            } else if c == '"' || is_open(c) || is_close(c) {
                out.push((at, c.len_utf8(), c));
            }
        }
        out
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]
        #[test]
        fn marks_agrees_with_its_definition(picks in proptest::collection::vec(0..9usize, 0..40)) {
            let pieces = ["'", "\"", "\u{201c}", "\u{201d}", "\u{201e}", "\u{2019}", "\u{201b}", "a", "\u{e2}"];
            let s: String = picks.iter().map(|&i| pieces[i]).collect();
            proptest::prop_assert_eq!(marks(&s), marks_reference(&s), "{:?}", s);
        }
    }

    fn paras(body: &str) -> Vec<Span> {
        let mut out = Vec::new();
        let mut pos = 0;
        for part in body.split("\n\n") {
            out.push(Span::new(pos, pos + part.len()));
            pos += part.len() + 2;
        }
        out
    }

    fn texts(body: &str) -> Vec<&str> {
        find_quotes(body, &paras(body)).iter().map(|s| &body[s.start..s.end]).collect()
    }

    #[test]
    fn straight_and_curly_quotes() {
        assert_eq!(texts(r#""Yes," she said. He said “no”."#), vec![r#""Yes,""#, "“no”"]);
    }

    #[test]
    fn quote_continues_into_next_paragraph() {
        let body = "“We will win. We must.\n\n“It is time,” the mayor said.\n\nNext paragraph.";
        assert_eq!(texts(body), vec!["“We will win. We must.\n\n“It is time,”"]);
    }

    #[test]
    fn unbalanced_quote_stops_at_paragraph() {
        let body = "He said \"never again.\n\nThe council met. \"Fine,\" it said.";
        assert_eq!(texts(body), vec!["\"never again.", "\"Fine,\""]);
    }

    #[test]
    fn doubled_apostrophes_are_double_quotes() {
        let body = "''It is done,'' said the clerk. The clerks' union's ''deal'' held.";
        assert_eq!(texts(body), vec!["''It is done,''", "''deal''"]);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]
        #[test]
        fn mask_agrees_with_the_byte_mask(
            picks in proptest::collection::vec(0..5usize, 0..20),
            spans in proptest::collection::vec((0..40usize, 0..40usize), 0..4),
            offset in 0..3usize,
        ) {
            let s: String = picks.iter().map(|&i| ["a", " ", "\u{201c}", "\u{e9}", "~"][i]).collect();
            let quotes: Vec<Span> = spans.iter().map(|&(a, b)| Span::new(a, b)).collect();
            proptest::prop_assert_eq!(mask(&s, offset, &quotes), mask_bytes(&s, offset, &quotes), "{:?} {:?}", s, quotes);
        }
    }

    #[test]
    fn mask_keeps_length() {
        let t = "A “quoted” word";
        let m = mask(t, 0, &[Span::new(2, 14)]);
        assert_eq!(m.len(), t.len());
        assert!(m.starts_with("A ~~~") && m.ends_with(" word"));
    }
}
