//! One pass over a line for what the line rules need of every line: its [`super::norm`], whether
//! the normalised line holds one of the prompt words, an ASCII digit or a character the twins
//! cannot take, and its tokens and glued tokens for the icon-run test. Each of these walked the
//! line on its own (~250 M instructions on PolNeAR train, of 590 M for cleaning).

use std::sync::LazyLock;

use super::super::chrome::GluedCount;
use super::dfa::WordDfa;
use super::prefilter::PROMPT_WORDS;
use super::NORM_ASCII;

/// What [`scan`] finds besides the normalised line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(in crate::clean) struct LineFacts {
    /// The normalised line contains one of [`PROMPT_WORDS`].
    pub prompt_word: bool,
    /// The normalised line has an ASCII digit.
    pub ascii_digit: bool,
    /// [`crate::twin::twin_safe`] of the normalised line.
    pub twin_safe: bool,
    /// White-space separated tokens of the line, and how many are glued (`chrome::glued_count`).
    pub tokens: usize,
    pub glued: usize,
}

/// [`PROMPT_WORDS`] as a DFA.
static PROMPT_DFA: LazyLock<WordDfa> = LazyLock::new(|| {
    #[allow(clippy::expect_used)] // constant words, a few hundred states; tested
    WordDfa::new(PROMPT_WORDS).expect("prompt words fit the DFA")
});

/// The output side of the pass: the normalised text, the DFA fed its bytes, the flags.
struct Out<'d> {
    text: String,
    dfa: &'d WordDfa,
    state: u16,
    digit: bool,
    twin_safe: bool,
}

impl Out<'_> {
    #[inline]
    fn ascii(&mut self, m: u8) {
        self.text.push(char::from(m));
        self.state = self.dfa.step(self.state, m);
        self.digit |= m.is_ascii_digit();
    }

    fn char(&mut self, c: char) {
        if c.is_ascii() {
            // Both arms of `is_ascii`: `c as u8` is the character.
            self.ascii(c as u8);
            return;
        }
        self.text.push(c);
        let mut buf = [0u8; 4];
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            self.state = self.dfa.step(self.state, b);
        }
        self.twin_safe &= crate::twin::non_word(c);
    }
}

/// The line's [`super::norm`] and its [`LineFacts`], in one pass over its bytes.
pub(in crate::clean) fn scan(s: &str) -> (String, LineFacts) {
    let dfa = &*PROMPT_DFA;
    let mut out =
        Out { text: String::with_capacity(s.len()), dfa, state: dfa.start(), digit: false, twin_safe: true };
    let mut glued = GluedCount::default();
    // `space`: the last character was white space (or none yet); `pending`: a space is owed
    // before the next character (white space after text), so none ends the line.
    let (mut space, mut pending) = (true, false);
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            i += 1;
            glued.ascii(b);
            let m = NORM_ASCII[usize::from(b)];
            if m == b' ' {
                pending |= !space;
                space = true;
            } else {
                if pending {
                    out.ascii(b' ');
                    pending = false;
                }
                out.ascii(m);
                space = false;
            }
            continue;
        }
        let Some(c) = s[i..].chars().next() else { break };
        i += c.len_utf8();
        glued.char(c);
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{201B}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' => '"',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' {
            pending |= !space;
            space = true;
        } else {
            if pending {
                out.ascii(b' ');
                pending = false;
            }
            for l in c.to_lowercase() {
                out.char(l);
            }
            space = false;
        }
    }
    let facts = LineFacts {
        prompt_word: dfa.is_match(out.state),
        ascii_digit: out.digit,
        twin_safe: out.twin_safe,
        tokens: glued.count,
        glued: glued.glued,
    };
    (out.text, facts)
}

#[cfg(test)]
mod tests {
    use super::super::{norm, PROMPT_WORD};
    use super::*;

    /// What [`scan`] must give: each fact asked of the line the way the rules asked it.
    fn scan_reference(s: &str) -> (String, LineFacts) {
        let n = norm(s);
        let (tokens, glued) = crate::clean::chrome::glued_count(s.trim());
        let facts = LineFacts {
            prompt_word: PROMPT_WORD.is_match(&n),
            ascii_digit: n.bytes().any(|b| b.is_ascii_digit()),
            twin_safe: crate::twin::twin_safe(&n),
            tokens,
            glued,
        };
        (n, facts)
    }

    #[test]
    fn scan_matches_the_separate_passes() {
        for s in [
            "",
            "   ",
            "Subscribe to read: may not be ",
            "may not be",
            "Copyright © 2019 The Times. All Rights Reserved.",
            "SearchIcon CloseIcon MenuBurger ChevronDown\u{a0}FacebookIcon",
            "The minister’s “plan” — 3 \u{2003}steps\tİstanbul ΣΟΦΙΑ \u{212a}elvin",
            "Sign\u{a0}up for our NEWSLETTER  ",
            "a\u{301}b café 日本 ①",
        ] {
            assert_eq!(scan(s), scan_reference(s), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn scan_matches_the_separate_passes_on_any_text(
            s in "[\\x00-\\x7f]{0,40}|\\PC{0,20}|[ \\tA-Za-z0-9`’“\u{a0}\u{85}İ©é.-]{0,30}|((sign|up|in|log|free|trial|may|not|be|subscri|ber|©|news|letter|e|mail|address|[ \\t\u{a0}’]){0,8})"
        ) {
            proptest::prop_assert_eq!(scan(&s), scan_reference(&s));
        }
    }
}
