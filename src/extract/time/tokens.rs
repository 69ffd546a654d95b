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

/// One token: its text, lower-cased text and byte span in the text it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Tok<'a> {
    pub text: &'a str,
    /// The token in lower case, for comparing with the words the recognisers know: borrowed from
    /// `text` when that is lower case already (most tokens), or from the recognisers' word list
    /// (`The`, `May`). A run of ASCII letters and digits with a capital, opening with a letter,
    /// whose lower case is none of those words (`Smith`, `iPhone`) stays as written, which equals
    /// no lower-case word either, so tokenizing allocates for it no copy; [`Tok::lowered`] gives the lower case
    /// of every token.
    pub lower: Cow<'a, str>,
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
}

impl<'a> Tok<'a> {
    /// The token in lower case: [`Tok::lower`], or for a word kept as written its lower case.
    pub fn lowered(&self) -> Cow<'a, str> {
        if self.lower == self.text && self.text.bytes().any(|b| b.is_ascii_uppercase()) {
            // Only a word kept as written holds a capital in `lower`; it is ASCII.
            Cow::Owned(self.text.to_ascii_lowercase())
        } else {
            self.lower.clone()
        }
    }

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
///
/// ASCII bytes are classified directly (most of a news text); other characters are decoded and
/// classified with `char::is_whitespace` / `char::is_alphanumeric`, the definition for all of them.
pub(crate) fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let mut toks = Vec::with_capacity(text.len() / 5 + 4);
    toks.extend(Tokens { text, i: 0 });
    toks
}

/// The tokens of a text one at a time (what [`tokenize`] collects), for callers that stop early.
pub(crate) struct Tokens<'a> {
    pub text: &'a str,
    pub i: usize,
}

/// Classes of bytes for [`Tokens`]: ASCII white space, alphanumeric, digit, capital; and a class
/// of its own for the bytes of other characters.
const SPACE: u8 = 1;
const ALNUM: u8 = 2;
const DIGIT: u8 = 4;
const UPPER: u8 = 8;
const WIDE: u8 = 16;
const CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if matches!(c, b'\t'..=b'\r' | b' ') {
            SPACE
        } else if c.is_ascii_digit() {
            ALNUM | DIGIT
        } else if c.is_ascii_uppercase() {
            ALNUM | UPPER
        } else if c.is_ascii_alphanumeric() {
            ALNUM
        } else if c >= 0x80 {
            WIDE
        } else {
            0
        };
        b += 1;
    }
    t
};

impl<'a> Iterator for Tokens<'a> {
    type Item = Tok<'a>;

    // Inlined into the callers' loops (`tokenize` collects a token per ~6 bytes of text).
    #[inline(always)]
    fn next(&mut self) -> Option<Tok<'a>> {
        let text = self.text;
        let b = text.as_bytes();
        let mut i = self.i;
        // White space, then the token's first character: whether it is alphanumeric.
        let (start, alnum) = loop {
            let &c = b.get(i)?;
            let k = CLASS[usize::from(c)];
            if k & (SPACE | WIDE) == 0 {
                i += 1;
                break (i - 1, k & ALNUM != 0);
            } else if k & SPACE != 0 {
                i += 1;
            } else {
                let c = text[i..].chars().next()?;
                i += c.len_utf8();
                if !c.is_whitespace() {
                    break (i - c.len_utf8(), c.is_alphanumeric());
                }
            }
        };
        // The classes of the token's ASCII bytes, all of them (`and`) and any of them (`or`); a
        // non-ASCII character is no digit and `WIDE`.
        let first = b[start];
        let (mut and, mut or) = if first < 0x80 {
            let k = CLASS[usize::from(first)];
            (k, k)
        } else {
            (0, WIDE)
        };
        if alnum {
            while let Some(&c) = b.get(i) {
                let k = CLASS[usize::from(c)];
                if k & ALNUM != 0 {
                    and &= k;
                    or |= k;
                    i += 1;
                } else if k & WIDE == 0 {
                    break;
                } else {
                    match text[i..].chars().next() {
                        Some(d) if d.is_alphanumeric() => {
                            and = 0;
                            or |= WIDE;
                            i += d.len_utf8();
                        }
                        _ => break,
                    }
                }
            }
        }
        self.i = i;
        let t = &text[start..i];
        let kind = if alnum && and & DIGIT != 0 {
            TokKind::Num
        } else if alnum {
            TokKind::Word
        } else {
            TokKind::Punct
        };
        let lower = if or & (UPPER | WIDE) == 0 {
            Cow::Borrowed(t)
        } else if or & WIDE == 0 && !first.is_ascii_digit() {
            // ASCII letters and digits with a capital, opening with a letter (see `Tok::lower`).
            Cow::Borrowed(super::known::folded(t).unwrap_or(t))
        } else {
            lower(t)
        };
        Some(Tok { text: t, lower, start, end: i, kind })
    }
}

/// `t` lower-cased, borrowed when nothing changes (ASCII without capitals, the common case, and
/// signs such as `’` or `—`, or accented words in lower case: each character its own lower case,
/// and `str::to_lowercase` maps character by character but for `Σ`, which is not its own).
fn lower(t: &str) -> Cow<'_, str> {
    if t.is_ascii() {
        if t.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(t.to_ascii_lowercase())
        } else {
            Cow::Borrowed(t)
        }
    } else if t.chars().all(|c| {
        let mut l = c.to_lowercase();
        l.next() == Some(c) && l.next().is_none()
    }) {
        Cow::Borrowed(t)
    } else {
        Cow::Owned(t.to_lowercase())
    }
}

/// The tokens [`tokenize`] makes of `text[range]`, read off `toks`, the tokens of `text`: those
/// inside the range, their spans made relative to its start. A token is made from its own
/// characters alone and a run ends only where its characters do, so the tokens inside a range
/// are those of the range's text unless a token crosses one of its ends (a run cut there is
/// shorter, or two); then `None`, and the caller tokenizes.
pub(crate) fn within<'a>(toks: &[Tok<'a>], range: std::ops::Range<usize>) -> Option<Vec<Tok<'a>>> {
    let from = toks.partition_point(|t| t.end <= range.start);
    let to = toks.partition_point(|t| t.start < range.end);
    if toks.get(from).is_some_and(|t| t.start < range.start)
        || to.checked_sub(1).and_then(|k| toks.get(k)).is_some_and(|t| t.end > range.end)
    {
        return None;
    }
    let at = range.start;
    Some(
        toks.get(from..to)
            .unwrap_or_default()
            .iter()
            .map(|t| Tok {
                text: t.text,
                lower: t.lower.clone(),
                start: t.start - at,
                end: t.end - at,
                kind: t.kind,
            })
            .collect(),
    )
}

/// True when token `i + 1` exists and touches token `i` (no space between).
pub(crate) fn touches(toks: &[Tok<'_>], i: usize) -> bool {
    match (toks.get(i), toks.get(i + 1)) {
        (Some(a), Some(b)) => a.end == b.start,
        _ => false,
    }
}

/// The per-character definition `tokenize` must agree with, each token's `lower` its lower case.
#[cfg(test)]
pub(crate) fn tokenize_reference(text: &str) -> Vec<Tok<'_>> {
    let mut toks = Vec::new();
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
        toks.push(Tok { text: t, lower: Cow::Owned(t.to_lowercase()), start, end, kind });
    }
    toks
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

    /// `tokenize` against its definition: the same tokens, each `lower` the lower case but for a
    /// word kept as written (ASCII with a capital, opening with a letter, lower case unknown), and
    /// `lowered` the lower case of each.
    fn same_as_reference(s: &str) -> Result<(), String> {
        let (got, want) = (tokenize(s), tokenize_reference(s));
        if got.len() != want.len() {
            return Err(format!("{s:?}: {} tokens, want {}", got.len(), want.len()));
        }
        for (g, w) in got.iter().zip(&want) {
            let kept = g.lower == g.text
                && g.text.is_ascii()
                && g.text.starts_with(|c: char| c.is_ascii_alphabetic())
                && super::super::known::folded(g.text).is_none();
            let ok = (g.text, g.start, g.end, g.kind) == (w.text, w.start, w.end, w.kind)
                && (g.lower == w.lower || kept)
                && g.lowered() == w.lower;
            if !ok {
                return Err(format!("{s:?}: {g:?}, want {w:?}"));
            }
        }
        Ok(())
    }

    #[test]
    fn tokenize_matches_its_definition() {
        for s in [
            "",
            " \t\n\u{b}\u{c}\r ",
            "\u{1c}\u{1f}x\u{85}y\u{a0}z\u{2003}w",
            "Café — 1970s “Thursday” 12٣4 ٣٣ x²3 ½ İstanbul ΣΟΦΙΑ",
            "Feb. 28, 2019 at 3 p.m. (1,500 people) US$9bn 3pm '80s",
            "a\u{301}b 9\u{301} \u{301}9 日本語の文 ①②",
        ] {
            assert_eq!(same_as_reference(s), Ok(()));
        }
    }

    proptest::proptest! {
        #[test]
        fn tokenize_matches_its_definition_on_any_text(
            s in "[\\x00-\\x7f]{0,40}|\\PC{0,20}|[ \\t0-9A-Za-z.,’“\u{a0}\u{85}\u{3000}İé٣²Σ\u{212a}ǅ-]{0,30}|((?i:the|may|march|a|smith|week|3pm|1970s|us|dozen)[ .,]?){0,8}"
        ) {
            proptest::prop_assert_eq!(same_as_reference(&s), Ok(()));
        }
    }

    /// `within` against tokenizing the range's text: the same tokens whenever it answers, and
    /// an answer whenever the range's ends touch no token (white space at both sides).
    fn within_agrees(s: &str, a: usize, b: usize) -> Result<(), String> {
        let (mut a, mut b) = (a.min(s.len()), b.min(s.len()));
        while !s.is_char_boundary(a) {
            a -= 1;
        }
        while !s.is_char_boundary(b) {
            b -= 1;
        }
        let (a, b) = (a.min(b), a.max(b));
        let toks = tokenize(s);
        let got = within(&toks, a..b);
        let want = tokenize(&s[a..b]);
        let clear = |i: usize| {
            i == 0
                || i == s.len()
                || s[..i].ends_with(char::is_whitespace)
                || s[i..].starts_with(char::is_whitespace)
        };
        match got {
            Some(got) if got != want => Err(format!("{s:?} {a}..{b}: {got:?}, want {want:?}")),
            None if clear(a) && clear(b) => Err(format!("{s:?} {a}..{b}: none")),
            _ => Ok(()),
        }
    }

    #[test]
    fn tokens_within_a_range() {
        let s = "He said on Monday, 3 p.m., that 1,500 people left.";
        let toks = tokenize(s);
        let got = within(&toks, 8..25).unwrap_or_default();
        assert_eq!(got, tokenize(&s[8..25]));
        assert_eq!(got.first().map(|t| (t.text, t.start)), Some(("on", 0)));
        assert_eq!(within(&toks, 9..25), None); // cuts `on`
        assert_eq!(within(&toks, 8..40), None); // cuts `people`
        assert_eq!(within(&toks, 17..18).map(|t| t.len()), Some(1)); // `,` after `Monday`
        for (a, b) in [(0, 0), (0, 50), (2, 3), (50, 50), (10, 17)] {
            assert_eq!(within_agrees(s, a, b), Ok(()));
        }
    }

    proptest::proptest! {
        #[test]
        fn within_agrees_with_tokenizing_the_range(
            s in "[ \t\r\n0-9A-Za-z.,’“\u{a0}\u{85}İé٣²-]{0,40}|\\PC{0,20}",
            a in 0usize..45,
            b in 0usize..45,
        ) {
            proptest::prop_assert_eq!(within_agrees(&s, a, b), Ok(()));
        }
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
