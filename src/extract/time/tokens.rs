//! Word tokens with byte spans, shared by the time and number recognisers.
//!
//! A token is a maximal run of alphanumeric characters (`Feb`, `28th`, `1970s`) or one other
//! non-space character (`.`, `,`, `-`, `$`). Adjacency (`end == next.start`) tells `1,500` from
//! `1, 500` and `a.m.` from `a. m.`.

use std::borrow::Cow;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// ASCII digits only.
    Num,
    /// Alphanumeric run with at least one non-digit.
    Word,
    /// One punctuation or symbol character.
    Punct,
}

/// One token: its text, lower-cased text and byte span in the text it came from. `lower` borrows
/// `text` when it is lower case already (most tokens), so tokenizing allocates only for the rest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Tok<'a> {
    pub text: &'a str,
    pub lower: Cow<'a, str>,
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
}

impl Tok<'_> {
    /// True when the first character is upper case (`May` the month, not `may` the verb).
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// The numeric value of an all-digit token.
    pub fn num(&self) -> Option<u32> {
        if self.kind == TokKind::Num && self.text.len() <= 9 {
            self.text.parse().ok()
        } else {
            None
        }
    }
}

/// Splits `text` into tokens in one pass.
pub(crate) fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let mut toks = Vec::with_capacity(text.len() / 4 + 1);
    let mut iter = text.char_indices().peekable();
    while let Some((start, c)) = iter.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut end = start + c.len_utf8();
        if c.is_alphanumeric() {
            while let Some(&(i, d)) = iter.peek() {
                if !d.is_alphanumeric() {
                    break;
                }
                end = i + d.len_utf8();
                iter.next();
            }
        }
        let t = &text[start..end];
        let kind = if t.bytes().all(|b| b.is_ascii_digit()) {
            TokKind::Num
        } else if c.is_alphanumeric() {
            TokKind::Word
        } else {
            TokKind::Punct
        };
        toks.push(Tok { text: t, lower: lower(t), start, end, kind });
    }
    toks
}

/// `t` lower-cased, borrowed when nothing changes (ASCII without capitals, the common case).
fn lower(t: &str) -> Cow<'_, str> {
    if t.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(t)
    } else if t.is_ascii() {
        Cow::Owned(t.to_ascii_lowercase())
    } else {
        Cow::Owned(t.to_lowercase())
    }
}

/// True when token `i + 1` exists and touches token `i` (no space between).
pub(crate) fn touches(toks: &[Tok<'_>], i: usize) -> bool {
    match (toks.get(i), toks.get(i + 1)) {
        (Some(a), Some(b)) => a.end == b.start,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_numbers_and_punctuation() {
        let toks = tokenize("Feb. 28, 2019 at 3 p.m. (1,500 people)");
        let texts: Vec<&str> = toks.iter().map(|t| t.text).collect();
        assert_eq!(
            texts,
            [
                "Feb", ".", "28", ",", "2019", "at", "3", "p", ".", "m", ".", "(", "1", ",", "500", "people",
                ")"
            ]
        );
        assert_eq!(toks[2].kind, TokKind::Num);
        assert_eq!(toks[0].kind, TokKind::Word);
        assert_eq!(toks[1].kind, TokKind::Punct);
        assert!(touches(&toks, 12) && touches(&toks, 13));
        assert!(!touches(&toks, 3));
    }

    #[test]
    fn spans_are_byte_offsets_on_char_boundaries() {
        let text = "Café — 1970s “Thursday”";
        for t in tokenize(text) {
            assert_eq!(&text[t.start..t.end], t.text);
        }
        let toks = tokenize(text);
        assert!(toks.iter().any(|t| t.text == "1970s" && t.kind == TokKind::Word));
        assert!(toks.iter().any(|t| t.text == "Thursday"));
    }
}
