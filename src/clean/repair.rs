//! Text repairs that keep offsets: doubled apostrophes, typographic quotes, mojibake, odd spaces.
//!
//! Kept text is copied into the clean text through [`emit`]; every repaired character becomes a
//! replacement piece of the offset map, so a sentence still points at the bytes it came from.

use crate::text::{MappedText, MappedTextBuilder};

/// State carried across the pieces of one block.
#[derive(Debug, Default)]
pub struct RepairState {
    /// The last emitted character was a space (or nothing was emitted yet in this block).
    pub last_space: bool,
    /// A `''` used as an opening double quote is waiting for its closing pair.
    pub open_double: bool,
}

/// The windows-1252 byte a character stands for when UTF-8 was decoded as cp1252/Latin-1.
fn cp1252_byte(c: char) -> Option<u8> {
    let u = c as u32;
    if (0x80..=0xFF).contains(&u) {
        return u8::try_from(u).ok();
    }
    let b = match c {
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    };
    Some(b)
}

/// If `s` starts with a mojibake sequence (UTF-8 read as cp1252: `â€™`), returns the decoded
/// character and the byte length of the sequence.
pub fn mojibake_at(s: &str) -> Option<(char, usize)> {
    let mut it = s.char_indices();
    let (_, first) = it.next()?;
    let lead = cp1252_byte(first)?;
    let need = match lead {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return None,
    };
    let mut bytes = vec![lead];
    let mut end = first.len_utf8();
    for _ in 1..need {
        let (i, c) = it.next()?;
        let b = cp1252_byte(c)?;
        if !(0x80..=0xBF).contains(&b) {
            return None;
        }
        bytes.push(b);
        end = i + c.len_utf8();
    }
    let decoded = std::str::from_utf8(&bytes).ok()?;
    let c = decoded.chars().next()?;
    Some((c, end))
}

/// What a character becomes in the clean text; `None` keeps it as it is.
fn straighten(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => "'",
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => "\"",
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' | '\u{00AD}' => "",
        _ => return None,
    })
}

fn is_space(c: char) -> bool {
    c.is_whitespace()
}

/// Bytes [`emit`] copies as they are without a look: ASCII other than white space and `'`.
const PLAIN: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = !matches!(b as u8, b'\'' | b'\t'..=b'\r' | b' ');
        b += 1;
    }
    t
};

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// High bit of each byte of `x` (ASCII: high bits clear) equal to `v`.
fn equal(x: u64, v: u8) -> u64 {
    !(x ^ (ONES * u64::from(v))).wrapping_add(ONES * 0x7F) & HIGH
}

/// Where the run of plain bytes from `i` stops being whole eight-byte chunks that [`emit`]
/// copies as they are (SWAR: byte-wise tests on a `u64`): [`PLAIN`] bytes, and with a linear
/// source single spaces each before a plain byte (none last in the chunk: the byte after it is
/// unread). `emit` reads on from there a byte at a time, as before; most text is runs of words.
fn plain_chunks_end(bytes: &[u8], mut i: usize, linear: bool) -> usize {
    while let Some(x) = bytes.get(i..i + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()).map(u64::from_le_bytes)
    {
        if x & HIGH != 0 {
            break;
        }
        // `\t`..`\r` are 0x09..=0x0D: below 0x0E and at least 0x09 (no carry out of a byte below 0x80).
        let ge_9 = x.wrapping_add(ONES * (0x80 - 0x09));
        let gt_13 = x.wrapping_add(ONES * (0x7F - 0x0D));
        if (ge_9 & !gt_13 & HIGH) | equal(x, b'\'') != 0 {
            break;
        }
        let spaces = equal(x, b' ');
        let ok = if linear { spaces & (spaces << 8) == 0 && spaces >> 63 == 0 } else { spaces == 0 };
        if !ok {
            break;
        }
        i += 8;
    }
    i
}

/// Copies `src.text[start..end]` into `b`, repairing as it goes.
pub fn emit(b: &mut MappedTextBuilder, src: &MappedText, start: usize, end: usize, st: &mut RepairState) {
    let text = &src.text[start..end];
    // With a source that maps byte for byte (one verbatim piece: text input), copying a single
    // space as part of the surrounding run gives the same text and the same merged map as pushing
    // it on its own, with one map lookup per run instead of two per word.
    let linear = matches!(src.map.pieces(), [p] if p.text_len == p.orig_len);
    let mut run = 0; // start (relative) of the pending verbatim run
    let mut i = 0;
    let flush = |b: &mut MappedTextBuilder, run: usize, i: usize| {
        if i > run {
            b.push_from(src, start + run, start + i);
        }
    };
    let bytes = text.as_bytes();
    let plain = |b: u8| PLAIN[usize::from(b)];
    while i < text.len() {
        if plain(bytes[i]) {
            // A run of plain bytes, and with a linear source each single space between two runs
            // (the `c == ' '` case below, taken here without decoding it): copied as they are.
            loop {
                i = plain_chunks_end(bytes, i, linear);
                while i < bytes.len() && plain(bytes[i]) {
                    i += 1;
                }
                if linear && bytes.get(i) == Some(&b' ') && bytes.get(i + 1).is_some_and(|&b| plain(b)) {
                    i += 2;
                } else {
                    break;
                }
            }
            st.last_space = false;
            continue;
        }
        let rest = &text[i..];
        let Some(c) = rest.chars().next() else { break };
        if c == ' ' && linear && !st.last_space && !rest[1..].starts_with(is_space) {
            st.last_space = true;
            i += 1;
            continue;
        }
        if is_space(c) {
            let mut j = i;
            for (k, ch) in rest.char_indices() {
                if !is_space(ch) {
                    break;
                }
                j = i + k + ch.len_utf8();
            }
            flush(b, run, i);
            if !st.last_space {
                if j - i == 1 && c == ' ' {
                    b.push_from(src, start + i, start + j);
                } else {
                    b.push_replacement_from(" ", src, start + i, start + j);
                }
                st.last_space = true;
            }
            i = j;
            run = i;
            continue;
        }
        if c == '\'' && rest.starts_with("''") {
            let prev = text[..i].chars().next_back();
            let next = rest[2..].chars().next();
            let letter_before = prev.is_some_and(char::is_alphanumeric);
            let letter_after = next.is_some_and(char::is_alphabetic);
            let rep = if letter_before && letter_after {
                "'"
            } else if !letter_before && letter_after {
                st.open_double = true;
                "\""
            } else if st.open_double {
                st.open_double = false;
                "\""
            } else {
                "'"
            };
            flush(b, run, i);
            b.push_replacement_from(rep, src, start + i, start + i + 2);
            st.last_space = false;
            i += 2;
            run = i;
            continue;
        }
        if !c.is_ascii() {
            let (fixed, len) = match mojibake_at(rest) {
                Some((d, len)) if !d.is_ascii() || len > 1 => (Some(d), len),
                _ => (None, c.len_utf8()),
            };
            let ch = fixed.unwrap_or(c);
            let rep: Option<String> = if is_space(ch) {
                Some(" ".to_string())
            } else if let Some(s) = straighten(ch) {
                Some(s.to_string())
            } else {
                fixed.map(String::from)
            };
            if let Some(rep) = rep {
                flush(b, run, i);
                if rep == " " {
                    if !st.last_space {
                        b.push_replacement_from(" ", src, start + i, start + i + len);
                        st.last_space = true;
                    }
                } else if !rep.is_empty() {
                    b.push_replacement_from(&rep, src, start + i, start + i + len);
                    st.last_space = false;
                }
                i += len;
                run = i;
                continue;
            }
        }
        st.last_space = false;
        i += c.len_utf8();
    }
    flush(b, run, i);
}

/// Repairs a whole string (for metadata and tests): the same rules as [`emit`].
pub fn repair_str(s: &str) -> String {
    let src = MappedText::verbatim(s, 0);
    let mut b = MappedTextBuilder::new();
    let mut st = RepairState { last_space: true, open_double: false };
    emit(&mut b, &src, 0, s.len(), &mut st);
    b.finish().text.trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubled_apostrophes() {
        assert_eq!(repair_str("France''s leader"), "France's leader");
        assert_eq!(repair_str("he said ''no way'' today"), "he said \"no way\" today");
        assert_eq!(repair_str("the workers'' union"), "the workers' union");
    }

    #[test]
    fn quotes_spaces_mojibake() {
        assert_eq!(repair_str("\u{201C}Yes,\u{201D} she\u{2019}s"), "\"Yes,\" she's");
        assert_eq!(repair_str("a\u{a0}\u{a0} b   c\t d"), "a b c d");
        assert_eq!(repair_str("Itâ€™s â€œfineâ€\u{9d}"), "It's \"fine\"");
        assert_eq!(repair_str("cafÃ© â€“ bar"), "café – bar");
        assert_eq!(repair_str("zero\u{200B}width"), "zerowidth");
    }

    #[test]
    fn offsets_survive_repairs() {
        let orig = "Kim\u{a0}\u{a0}said Seoul\u{2019}s ''plan''.";
        let src = MappedText::verbatim(orig, 0);
        let mut b = MappedTextBuilder::new();
        let mut st = RepairState::default();
        emit(&mut b, &src, 0, orig.len(), &mut st);
        let m = b.finish();
        assert_eq!(m.text, "Kim said Seoul's \"plan\".");
        let at = m.text.find("Seoul").unwrap_or(0);
        let sp = m.span(at, at + 7);
        assert_eq!(&orig[sp.start..sp.end], "Seoul\u{2019}s");
        let sp = m.span(0, m.text.len());
        assert_eq!(sp.start, 0);
        assert_eq!(sp.end, orig.len());
    }

    /// [`plain_chunks_end`] against the byte loop it stands in for.
    fn plain_end_bytewise(bytes: &[u8], mut i: usize, linear: bool) -> usize {
        let plain = |b: u8| PLAIN[usize::from(b)];
        loop {
            while i < bytes.len() && plain(bytes[i]) {
                i += 1;
            }
            if linear && bytes.get(i) == Some(&b' ') && bytes.get(i + 1).is_some_and(|&b| plain(b)) {
                i += 2;
            } else {
                return i;
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn plain_chunks_stop_within_the_plain_run(
            picks in proptest::collection::vec(0..9usize, 0..40),
            linear in proptest::bool::ANY,
        ) {
            let s: String = picks.iter().map(|&i| ["a", "Z", ".", " ", "  ", "'", "\t", "é", "\u{b}"][i]).collect();
            let b = s.as_bytes();
            let end = plain_chunks_end(b, 0, linear);
            // The chunks stay inside the run and the byte loop from there ends where it did.
            proptest::prop_assert!(end <= plain_end_bytewise(b, 0, linear));
            proptest::prop_assert_eq!(plain_end_bytewise(b, end, linear), plain_end_bytewise(b, 0, linear));
        }
    }

    #[test]
    fn plain_non_ascii_kept() {
        assert_eq!(repair_str("Zürich – naïve"), "Zürich – naïve");
    }
}
