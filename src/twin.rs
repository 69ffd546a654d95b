//! Regexes with an ASCII twin: the same pattern with ASCII classes, compiled on bytes, used on
//! text where it matches exactly what the Unicode pattern matches.
//!
//! A Unicode `\b` makes the lazy DFA give up at the first non-ASCII byte and fall back to
//! slower engines, and Unicode `\w`, `\s` and `(?i)` make its states large. On a text whose
//! non-ASCII characters are all [`non_word`] (curly quotes and apostrophes, dashes, ellipsis,
//! symbols and the like: neither word characters nor white space), `\b`, `\w`, `\s`, `\d` and `(?i)` decide
//! exactly as their ASCII forms do, so the twin finds the same matches at the same offsets. A twin
//! pattern writes non-ASCII literals as alternatives of their bytes and must not use `.` or
//! negated classes, which would step into a multi-byte character.

use std::ops::Range;
use std::sync::OnceLock;

use regex::{bytes, Regex};

/// Non-ASCII characters that are neither word characters (`\w`) nor white space (`\s`).
pub fn neutral(c: char) -> bool {
    matches!(
        c,
        '\u{2018}' // ‘
            | '\u{2019}' // ’
            | '\u{201C}' // “
            | '\u{201D}' // ”
            | '\u{201E}' // „
            | '\u{00AB}' // «
            | '\u{00BB}' // »
            | '\u{2014}' // —
            | '\u{2013}' // –
            | '\u{2026}' // …
            | '\u{2022}' // •
            | '\u{00A9}' // ©
            | '\u{00AE}' // ®
            | '\u{2122}' // ™
            | '\u{00B0}' // °
            | '\u{20AC}' // €
            | '\u{00A3}' // £
            | '\u{00A5}' // ¥
    )
}

/// True when `c` is neither a word character (`\w`, as the regex crate defines it) nor white
/// space: [`neutral`] characters and the like of `±`, a soft hyphen or an emoji. To a pattern that
/// does not name it, such a character is like a neutral one.
pub fn non_word(c: char) -> bool {
    neutral(c) || (!c.is_whitespace() && !regex_syntax::is_word_character(c))
}

/// True when every non-ASCII character of `text` is [`non_word`] (neither a word character nor
/// white space): the twin may run on it. The twins name no non-ASCII character but `’`, whose
/// bytes no other character's contain.
pub fn twin_safe(text: &str) -> bool {
    text.is_ascii() || text.chars().all(|c| c.is_ascii() || non_word(c))
}

/// The stand-in of a non-ASCII character no pattern names that is neither a word character nor
/// white space (see [`respell`]).
const OTHER: u8 = 0x01;
/// The stand-in of non-ASCII white space: the vertical tab, which `\s` takes and `[ \t]` does not.
const SPACE: u8 = 0x0B;
/// The stand-in of a non-ASCII decimal digit (`٣`, `０`): an ASCII digit, which `(?-u)` `\d` and
/// `\w` take as Unicode `\d` and `\w` take the digit (a twin names digits only by `\d`).
const DIGIT: u8 = b'0';

/// True when a non-ASCII `c` is a decimal digit (`\p{Nd}`, Unicode `\d`): a numeric word
/// character that is no letter (the other numerals among word characters, `Ⅻ`, are letters).
fn decimal_digit(c: char) -> bool {
    c.is_numeric() && !c.is_alphabetic() && regex_syntax::is_word_character(c)
}

/// `text` spelt for the twins with the same byte offsets, when it is not [`twin_safe`]: each byte
/// of a non-ASCII letter or mark becomes `_` (a word character, as the letter is to Unicode `\w` and `\b`),
/// of non-ASCII white space a vertical tab (`\s`), of a [`non_word`] character other than `’`
/// (the one the twins name) a control byte no pattern names, of a decimal digit `0` ([`DIGIT`]).
/// On it a twin (no `.`, no negated class, no bounded repeat of a class, no digit but by `\d`)
/// matches where the pattern as written matches on `text`. `None` when a character has no
/// stand-in: `ſ` and the Kelvin sign, which match `s` and `k` under `(?i)`. (Digits had none
/// before: one FNC-1 body with `٣` made a run compile the Unicode forms of the marker and name
/// patterns, ~16 M instructions.)
pub fn respell(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        let n = c.len_utf8();
        let b = if c.is_ascii() {
            c as u8
        } else if c == '\u{2019}' {
            out.extend_from_slice("\u{2019}".as_bytes());
            continue;
        } else if c.is_whitespace() {
            SPACE
        } else if non_word(c) {
            OTHER
        } else if decimal_digit(c) {
            DIGIT
        } else if regex_syntax::is_word_character(c) && !matches!(c, '\u{17f}' | '\u{212a}') {
            // A letter, a mark (a combining accent, the emoji variation selector), a connector,
            // a joiner or a letter numeral (`Ⅻ`): a word character but no digit, as `_` is.
            b'_'
        } else {
            return None;
        };
        out.extend(std::iter::repeat_n(b, n));
    }
    Some(out)
}

/// The bytes a twin runs on: the text itself when [`twin_safe`], else its [`respell`]ing.
pub fn spelt(text: &str) -> Option<std::borrow::Cow<'_, [u8]>> {
    if twin_safe(text) {
        Some(std::borrow::Cow::Borrowed(text.as_bytes()))
    } else {
        respell(text).map(std::borrow::Cow::Owned)
    }
}

/// The twin of a pattern: `(?-u)` and the curly apostrophe (written `\u{2019}` or as the
/// character, alone in a class with `'`) as an alternative of its bytes. Panics on any other
/// non-ASCII character: such a pattern needs its twin written by hand.
pub fn ascii_twin(pattern: &str) -> String {
    let t = pattern
        .replace("['\u{2019}]", r"(?:'|\xE2\x80\x99)")
        .replace(r"['\u{2019}]", r"(?:'|\xE2\x80\x99)")
        .replace("[\\w\u{2019}'.-]", r"(?:[\w'.-]|\xE2\x80\x99)");
    assert!(t.is_ascii(), "no ASCII twin for {pattern}");
    // A digit in the pattern (a literal, `[0-9]`, a bound) would tell the digit stand-in of
    // `respell` from an ASCII digit; only `\d` takes both alike.
    let named = t.replace(r"\xE2\x80\x99", "");
    assert!(!named.bytes().any(|b| b.is_ascii_digit()), "a twin names a digit: {pattern}");
    format!("(?-u){t}")
}

/// A regex and its ASCII twin.
pub struct Twin {
    pattern: String,
    /// The pattern as written, compiled on first use (only text the twin cannot take needs it).
    unicode: OnceLock<Regex>,
    ascii: bytes::Regex,
}

/// `pattern` compiled; patterns are constants of the callers, checked by their tests.
fn compile(pattern: &str) -> Regex {
    #[allow(clippy::expect_used)] // constant patterns, checked by the callers' tests
    Regex::new(pattern).expect("regex")
}

/// Spans of one match's capture groups (group 0 first).
pub type Groups = Vec<Option<Range<usize>>>;

impl Twin {
    /// Compiles `pattern` and its [`ascii_twin`]. Patterns are constants of the caller.
    pub fn new(pattern: &str) -> Self {
        #[allow(clippy::expect_used)] // constant patterns, checked by the callers' tests
        Twin {
            pattern: pattern.to_string(),
            unicode: OnceLock::new(),
            ascii: bytes::Regex::new(&ascii_twin(pattern)).expect("ASCII twin regex"),
        }
    }

    /// The pattern as written.
    fn unicode(&self) -> &Regex {
        self.unicode.get_or_init(|| compile(&self.pattern))
    }

    /// Every match, in order, as the Unicode pattern's `find_iter` gives it.
    pub fn find_spans(&self, text: &str) -> Vec<Range<usize>> {
        if let Some(b) = spelt(text) {
            self.ascii.find_iter(&b).map(|m| m.range()).collect()
        } else {
            self.unicode().find_iter(text).map(|m| m.range()).collect()
        }
    }

    /// Every match of the ASCII twin on [`spelt`] bytes `b`, in order (as the Unicode pattern's
    /// `find_iter` gives them on the text `b` spells).
    pub fn ascii_find_iter<'a>(&'a self, b: &'a [u8]) -> impl Iterator<Item = Range<usize>> + 'a {
        self.ascii.find_iter(b).map(|m| m.range())
    }

    /// Every match of the pattern as written (the definition the twin is tested against).
    #[cfg(test)]
    pub fn unicode_find_spans(&self, text: &str) -> Vec<Range<usize>> {
        self.unicode().find_iter(text).map(|m| m.range()).collect()
    }

    /// True when the pattern as written matches somewhere in `text`, given its [`spelt`] bytes
    /// `b` (spelt once by a caller that runs several twins on one text).
    pub fn is_match_spelt(&self, text: &str, b: Option<&[u8]>) -> bool {
        match b {
            Some(b) => self.ascii.is_match(b),
            None => self.unicode().is_match(text),
        }
    }

    /// Every match's groups, in order, as the Unicode pattern's `captures_iter` gives them on
    /// `text`, given its [`spelt`] bytes `b`.
    pub fn captures_spans_spelt(&self, text: &str, b: Option<&[u8]>) -> Vec<Groups> {
        if let Some(b) = b {
            // Most texts have no match: the DFA alone says so, without the captures engines.
            if !self.ascii.is_match(b) {
                return Vec::new();
            }
            self.ascii.captures_iter(b).map(|c| c.iter().map(|m| m.map(|m| m.range())).collect()).collect()
        } else {
            self.unicode()
                .captures_iter(text)
                .map(|c| c.iter().map(|m| m.map(|m| m.range())).collect())
                .collect()
        }
    }
}

/// A regex whose Unicode word boundaries `\b` have an ASCII twin `(?-u:\b)`, the rest of the
/// pattern unchanged: on [`twin_safe`] text both decide alike (no non-ASCII character there is
/// a word character), and the twin keeps the lazy DFA, which a Unicode `\b` makes give up at the
/// first non-ASCII byte (the slower engines then scan the whole line).
pub struct WordBoundTwin {
    pattern: String,
    /// The pattern as written, compiled on first use.
    unicode: OnceLock<Regex>,
    /// `None` when the pattern has no `\b` (it is its own twin).
    ascii: Option<Regex>,
}

/// `pattern` with every `\b` (not an escaped backslash before `b`) written `(?-u:\b)`.
pub fn ascii_word_bounds(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('b') => out.push_str(r"(?-u:\b)"),
            Some(d) => {
                out.push(c);
                out.push(d);
            }
            None => out.push(c),
        }
    }
    out
}

impl WordBoundTwin {
    /// Compiles `pattern` and its twin. Patterns are constants of the caller.
    pub fn new(pattern: &str) -> Self {
        let twin = ascii_word_bounds(pattern);
        #[allow(clippy::expect_used)] // constant patterns, checked by the callers' tests
        WordBoundTwin {
            pattern: pattern.to_string(),
            unicode: OnceLock::new(),
            ascii: (twin != pattern).then(|| Regex::new(&twin).expect("ASCII word-boundary twin")),
        }
    }

    /// The regex to run on `text`: the twin when it may.
    fn pick(&self, text: &str) -> &Regex {
        match &self.ascii {
            Some(a) if twin_safe(text) => a,
            _ => self.unicode(),
        }
    }

    /// The pattern as written.
    fn unicode(&self) -> &Regex {
        self.unicode.get_or_init(|| compile(&self.pattern))
    }

    /// True when the pattern (as written) matches somewhere in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        self.pick(text).is_match(text)
    }

    /// The first match, as the pattern as written finds it.
    pub fn find(&self, text: &str) -> Option<Range<usize>> {
        self.pick(text).find(text).map(|m| m.range())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn safe_text_and_twins() {
        assert!(twin_safe("“It’s over — really…”"));
        assert!(!twin_safe("José said"));
        assert!(!twin_safe("a\u{a0}b"));
        assert_eq!(ascii_twin(r"\bwon['\u{2019}]t\b"), r"(?-u)\bwon(?:'|\xE2\x80\x99)t\b");
        assert_eq!(ascii_word_bounds(r"\bfree\\b\d\b"), r"(?-u:\b)free\\b\d(?-u:\b)");
    }

    /// `decimal_digit` is Unicode `\d` beyond ASCII, on every character.
    #[test]
    fn decimal_digits_are_unicode_d() {
        let d = Regex::new(r"^\d$").unwrap();
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(decimal_digit(c), d.is_match(c.encode_utf8(&mut [0; 4])), "{c:?}");
        }
    }

    #[test]
    #[should_panic(expected = "names a digit")]
    fn a_twin_names_no_digit() {
        ascii_twin(r"\bno\s+[0-9]\b");
    }

    /// Tokens whose non-ASCII characters are all neither word characters nor white space.
    const TOKENS: &[&str] = &[
        "Ann",
        "not",
        "won’t",
        "won't",
        "don’t",
        "Lee’s",
        "if",
        "will",
        "the",
        " ",
        "  ",
        "\t",
        ",",
        ".",
        "“",
        "”",
        "—",
        "–",
        "…",
        "€",
        "Kim",
        "\u{b1}",
        "\u{ad}",
        "\u{1f383}",
        "\u{bd}",
        "of",
        "Bank",
        "No",
        "never",
        "x",
        "_",
        "9",
        "nothing but",
        "ready to",
        "refused  to",
        "K",
        "s",
        "’",
    ];

    /// Tokens with characters that need [`respell`]: letters, spaces and punctuation beyond
    /// ASCII, and those it must turn away.
    const WIDE: &[&str] = &[
        "José",
        "Zoë",
        "Đặng",
        "İ",
        "ſeek",
        "\u{212a}im",
        "e\u{301}",
        "٣",
        "٢٠",
        "\u{ff10}",
        "१",
        "Ⅻ",
        "ⅻ",
        "¼",
        "²",
        "no ",
        "No.",
        "3",
        "\u{a0}",
        "\u{2009}",
        "\u{3000}",
        "—",
        "’",
        "‘",
        "•",
        "§",
        "\u{200b}",
        "\u{b1}",
        "\u{ad}",
        "\u{feff}",
        "\u{1f383}",
        "\u{fe0f}",
        "\u{303}",
        "a\u{302}",
        "\u{200d}",
        "\u{203f}",
        "\u{345}",
        "_",
        "not",
        "No",
        "won’t",
        "can't",
        "Ann",
        "of",
        "the",
        "Bank",
        "ready",
        "to",
        "will",
        " ",
        "\t",
        ",",
        ".",
        "9",
        "x",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn respelt_text_matches_like_the_unicode_pattern(picks in proptest::collection::vec(0..WIDE.len(), 0..30)) {
            let text: String = picks.iter().map(|&i| WIDE[i]).collect();
            let Some(spelt) = respell(&text) else { return Ok(()) };
            prop_assert_eq!(spelt.len(), text.len());
            let patterns = [
                r"(?i)\b(?:(not\s+only)|(not|cannot)|(\w+n['\u{2019}]t)|(will|won['\u{2019}]t|ready\s+to)|(seek)|(no\.?\s*\d+))\b",
                "\\b[A-Z][\\w\u{2019}'.-]*(?:[ \\t]+(?:of[ \\t]+|the[ \\t]+)?[A-Z][\\w\u{2019}'.-]*)*",
            ];
            for p in patterns {
                let t = Twin::new(p);
                let want: Vec<Groups> =
                    t.unicode().captures_iter(&text).map(|c| c.iter().map(|m| m.map(|m| m.range())).collect()).collect();
                prop_assert_eq!(t.captures_spans_spelt(&text, super::spelt(&text).as_deref()), want, "{} on {:?}", p, text);
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn twin_matches_like_the_unicode_pattern(picks in proptest::collection::vec(0..TOKENS.len(), 0..30)) {
            let text: String = picks.iter().map(|&i| TOKENS[i]).collect();
            prop_assert!(twin_safe(&text));
            let patterns = [
                r"(?i)\b(?:(not\s+only)|(not|cannot)|(\w+n['\u{2019}]t)|(will|won['\u{2019}]t|ready\s+to))\b",
                "\\b[A-Z][\\w\u{2019}'.-]*(?:[ \\t]+(?:of[ \\t]+|the[ \\t]+)?[A-Z][\\w\u{2019}'.-]*)*",
            ];
            for p in patterns {
                let t = Twin::new(p);
                let want: Vec<Groups> =
                    t.unicode().captures_iter(&text).map(|c| c.iter().map(|m| m.map(|m| m.range())).collect()).collect();
                let got: Vec<Groups> =
                    t.ascii.captures_iter(text.as_bytes()).map(|c| c.iter().map(|m| m.map(|m| m.range())).collect()).collect();
                prop_assert_eq!(got, want, "{} on {:?}", p, text);
            }
            for p in [r"\bnot\b.{0,12}\bthe\b", r"(?i)\b(?:will|no)\b|s\b|^\w+\b"] {
                let t = WordBoundTwin::new(p);
                let ascii = t.ascii.as_ref().unwrap_or(t.unicode());
                prop_assert_eq!(ascii.find(&text).map(|m| m.range()), t.unicode().find(&text).map(|m| m.range()), "{} on {:?}", p, text);
            }
        }
    }
}
