//! The end-anchored speaker patterns (`LEFT_*`), run fast with the same matches.
//!
//! Written as one regex each, with Unicode classes and bounded repeats (`[^,~]{0,200}` in the
//! appositions), they make the lazy DFA build a great many states on news text: callgrind found
//! ~70 % of `claimdiff claims` there. [`LeftRegex`] gives the same captures as the pattern as
//! written (the reference, [`LeftRegex::exact`]) in two cheaper ways:
//! - a haystack of ASCII, letters and [`neutral`] punctuation (nearly every `left` string) is
//!   spelt with one byte per character (`’`, `—`, `–`, the other neutral characters and the
//!   letters as control bytes)
//!   and goes to the same pattern, spelt the same way, with ASCII classes on bytes: it matches
//!   exactly as the Unicode one does on the text (the same characters in the same classes, the
//!   same counts in the bounded repeats) but has a small DFA;
//! - any other goes to a loose pattern whose apposition repeats are unbounded (`*`, `+`), whose
//!   matches include the bounded ones, in the same order of preference. When the loose match
//!   keeps the bounds (at most `max_items` appositions, each within its length), it is the
//!   bounded pattern's match; else the bounded pattern runs from the loose match's start (no
//!   bounded match can start before it).

use std::ops::Range;
use std::sync::OnceLock;

use regex::{Regex, RegexBuilder};

use crate::twin::neutral;

/// Group spans of one match: `[whole, group 1, group 2]`.
pub type Spans = [Option<Range<usize>>; 3];

pub struct LeftRegex {
    pattern: String,
    exact: OnceLock<Regex>,
    /// The ASCII form of the pattern (compiled on first use: with appositions, only a loose
    /// match beyond the bounds needs it, and its bounded repeats are costly to compile).
    ascii: OnceLock<regex::bytes::Regex>,
    /// The ASCII form of the loose pattern, for patterns with appositions (compiled on first
    /// use: the hand matchers decide most texts, and a short run may never need it; the
    /// described-source one costs ~12 M instructions to compile).
    ascii_loose: OnceLock<regex::bytes::Regex>,
    /// The loose pattern (compiled on first use), for patterns with appositions.
    loose: OnceLock<Regex>,
    /// Capture group of the appositions, checked against the bounds (0: the pattern has none,
    /// so text the ASCII form cannot take goes to the written pattern).
    appos: usize,
    /// Most appositions the pattern allows.
    max_items: usize,
    /// Capture group that may end in a parenthesis of at most 80 characters.
    paren: Option<usize>,
    /// The pattern matched by hand on spelt text, where that can decide ([`super::tail`]).
    by_hand: Option<ByHand>,
}

/// A hand-written matcher: the spans of the first match, or `None` when the regex must decide.
pub type ByHand = fn(&[u8]) -> Option<Option<Spans>>;

fn compile(pattern: &str) -> Regex {
    // Constant patterns of this module, checked by its tests.
    #[allow(clippy::expect_used)]
    RegexBuilder::new(pattern).dfa_size_limit(16 << 20).build().expect("speaker regex")
}

/// The ASCII form of `pattern` ([`ascii_pattern`]), compiled on bytes.
fn compile_ascii(pattern: &str) -> regex::bytes::Regex {
    // Constant patterns of this module, checked by its tests.
    #[allow(clippy::expect_used)]
    regex::bytes::RegexBuilder::new(&ascii_pattern(pattern))
        .dfa_size_limit(16 << 20)
        .build()
        .expect("ASCII speaker regex")
}

/// The one-byte stand-ins of the non-ASCII characters the patterns name, and of any other
/// [`neutral`] character (named by none).
const STAND_INS: [(char, u8); 3] = [('’', 1), ('—', 2), ('–', 3)];
const OTHER_NEUTRAL: u8 = 4;
/// The stand-in of a non-ASCII letter: a word character to `\w` (the byte pattern's `\w` takes
/// it), not to the patterns' ASCII `\b` (as the letter's bytes are not).
const LETTER: u8 = 5;
/// The stand-in of non-ASCII white space: the vertical tab, which the byte pattern's `\s` takes
/// and no pattern names.
const SPACE: u8 = 0x0B;

/// Characters no pattern names that are neither word characters nor white space (besides the
/// [`neutral`] ones): the horizontal bar, the section sign, zero-width space, C1 controls (NEL is white space, taken first).
fn other_neutral(c: char) -> bool {
    matches!(c, '\u{2015}' | '\u{a7}' | '\u{200b}' | '\u{80}'..='\u{9f}')
}

/// `text` with one byte per character (see [`STAND_INS`]) and, for each byte, the offset of its
/// character in `text` (plus the end); `None` when a character has no stand-in (digits and
/// numerals beyond ASCII, marks other than the combining accents, `ſ` and the Kelvin sign) or
/// `text` holds a stand-in byte itself.
fn one_byte_per_char(text: &str) -> Option<(Vec<u8>, Vec<usize>)> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut at = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.char_indices() {
        let b = match c {
            '\u{1}'..='\u{5}' => return None,
            c if c.is_ascii() => c as u8,
            c => match STAND_INS.iter().find(|(s, _)| *s == c) {
                Some(&(_, b)) => b,
                // White space (no-break space …): `\s` to both spellings, as the vertical tab is.
                None if c.is_whitespace() => SPACE,
                None if neutral(c) || other_neutral(c) => OTHER_NEUTRAL,
                // `ſ` and the Kelvin sign match `s` and `k` under `(?i)`.
                None if c.is_alphabetic() && !matches!(c, 'ſ' | '\u{212a}') => LETTER,
                // Combining diacritics (`e` + U+0301): word characters without an ASCII case.
                None if matches!(c, '\u{300}'..='\u{36f}') => LETTER,
                // Any other character that is neither a word character nor white space (`±`, a
                // soft hyphen, an emoji): no pattern names it, so it is neutral too.
                None if crate::twin::non_word(c) => OTHER_NEUTRAL,
                None => return None,
            },
        };
        bytes.push(b);
        at.push(i);
    }
    at.push(text.len());
    Some((bytes, at))
}

/// The pattern spelt like [`one_byte_per_char`] text, with `(?-u)`: on such text `\w`, `\s`,
/// `(?i)` and negated classes match exactly what their Unicode forms match on the original (a
/// stand-in byte is neither a word character nor white space, as its character is not).
pub(super) fn ascii_pattern(p: &str) -> String {
    let mut a = p.replace(r"[\w", r"[\w\x05").replace(r"\w+", r"[\w\x05]+");
    for (c, b) in STAND_INS {
        a = a.replace(c, &format!(r"\x{b:02X}"));
    }
    format!("(?-u){a}")
}

/// The pattern with the appositions' bounded repeats unbounded (and the lazy dash apposition's
/// `{1,150}?` made `+?`): every bounded match is a loose one, preferred in the same order.
pub(super) fn loose_pattern(p: &str) -> String {
    p.replace("[^,~]{0,200}){1,3},", "[^,~]*)+,")
        .replace("[^,~]{0,200}", "[^,~]*")
        .replace("[^,~]{0,100}", "[^,~]*")
        .replace("){1,4},", ")+,")
        .replace("[^—–~]{1,150}?", "[^—–~]+?")
        .replace("[^()~]{1,80}", "[^()~]+")
}

/// True when an apposition text keeps the bounds: a comma list `, a, b,` of at most `max_items`
/// items, each at most 200 characters after a first `[a-z0-9$]` or 100 after any other (a
/// possessive item's tail), or a dash apposition of at most 150 characters.
fn appos_within(a: &str, max_items: usize) -> bool {
    let Some(inner) = a.strip_prefix(',').and_then(|a| a.strip_suffix(',')) else {
        return a.chars().count() <= 150;
    };
    let mut n = 0;
    for item in inner.split(',') {
        n += 1;
        let item = item.trim_start();
        let len = item.chars().count();
        let lower = item.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '$');
        if n > max_items || len > if lower { 201 } else { 101 } {
            return false;
        }
    }
    true
}

fn spans_of(c: &regex::Captures) -> Spans {
    [c.get(0).map(|m| m.range()), c.get(1).map(|m| m.range()), c.get(2).map(|m| m.range())]
}

impl LeftRegex {
    pub fn new(pattern: String, appos: usize, max_items: usize, paren: Option<usize>) -> Self {
        LeftRegex {
            loose: OnceLock::new(),
            ascii: OnceLock::new(),
            ascii_loose: OnceLock::new(),
            exact: OnceLock::new(),
            pattern,
            appos,
            max_items,
            paren,
            by_hand: None,
        }
    }

    /// The pattern with a hand-written matcher for spelt text, which must give the spans the
    /// ASCII form gives wherever it decides.
    pub fn by_hand(self, f: ByHand) -> Self {
        LeftRegex { by_hand: Some(f), ..self }
    }

    /// A pattern without appositions (only the ASCII form and the written pattern).
    pub fn plain(pattern: String) -> Self {
        Self::new(pattern, 0, 0, None)
    }

    /// True when the pattern matches somewhere in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        if self.appos > 0 {
            return self.captures(text).is_some();
        }
        if text.is_ascii() {
            return match self.by_hand.and_then(|f| f(text.as_bytes())) {
                Some(spans) => spans.is_some(),
                None => self.ascii().is_match(text.as_bytes()),
            };
        }
        match one_byte_per_char(text) {
            Some((bytes, _)) => match self.by_hand.and_then(|f| f(&bytes)) {
                Some(spans) => spans.is_some(),
                None => self.ascii().is_match(&bytes),
            },
            None => self.exact().is_match(text),
        }
    }

    /// The ASCII form of the pattern, for text spelt one byte per character.
    fn ascii(&self) -> &regex::bytes::Regex {
        self.ascii.get_or_init(|| compile_ascii(&self.pattern))
    }

    /// The pattern as written: the reference for every match.
    pub fn exact(&self) -> &Regex {
        self.exact.get_or_init(|| compile(&self.pattern))
    }

    /// The span of the first match in `text`, as [`Self::exact`] finds it (for a pattern without
    /// appositions, the reverse search alone, without the captures engine).
    pub fn find(&self, text: &str) -> Option<Range<usize>> {
        if self.appos > 0 {
            return self.captures(text).and_then(|[whole, _, _]| whole);
        }
        if text.is_ascii() {
            if let Some(spans) = self.by_hand.and_then(|f| f(text.as_bytes())) {
                return spans.and_then(|[whole, _, _]| whole);
            }
            return self.ascii().find(text.as_bytes()).map(|m| m.range());
        }
        if let Some((bytes, at)) = one_byte_per_char(text) {
            if let Some(spans) = self.by_hand.and_then(|f| f(&bytes)) {
                return spans.and_then(|[whole, _, _]| whole).map(|m| at[m.start]..at[m.end]);
            }
            return self.ascii().find(&bytes).map(|m| at[m.start()]..at[m.end()]);
        }
        self.exact().find(text).map(|m| m.range())
    }

    /// The spans of the first match in `text`, as [`Self::exact`] finds them.
    pub fn captures(&self, text: &str) -> Option<Spans> {
        if text.is_ascii() {
            return self.spelled_captures(text.as_bytes());
        }
        if let Some((bytes, at)) = one_byte_per_char(text) {
            let back = |r: Option<Range<usize>>| r.map(|r| at[r.start]..at[r.end]);
            return self.spelled_captures(&bytes).map(|[a, b, c]| [back(a), back(b), back(c)]);
        }
        if self.appos == 0 {
            return self.exact().captures(text).map(|c| spans_of(&c));
        }
        let c = self.loose.get_or_init(|| compile(&loose_pattern(&self.pattern))).captures(text)?;
        let appos_ok = c.get(self.appos).is_none_or(|a| appos_within(a.as_str(), self.max_items));
        let paren_ok = self.paren.and_then(|g| c.get(g)).is_none_or(|m| paren_within(m.as_str()));
        if appos_ok && paren_ok {
            return Some(spans_of(&c));
        }
        let start = c.get(0).map_or(0, |m| m.start());
        self.exact().captures_at(text, start).map(|c| spans_of(&c))
    }

    /// [`Self::captures`] on text spelt one byte per character, by the ASCII forms: as on the
    /// written text, the loose pattern first (its lazy DFA stays small, where the bounded
    /// repeats make the bounded one build states for every count), checked against the bounds.
    fn spelled_captures(&self, bytes: &[u8]) -> Option<Spans> {
        if let Some(spans) = self.by_hand.and_then(|f| f(bytes)) {
            return spans;
        }
        let spans = |c: regex::bytes::Captures| [0, 1, 2].map(|g| c.get(g).map(|m| m.range()));
        if self.appos == 0 {
            return self.ascii().captures(bytes).map(spans);
        }
        let loose = self.ascii_loose.get_or_init(|| compile_ascii(&loose_pattern(&self.pattern)));
        // A pattern whose one group is the apposition: a match without a comma or a dash
        // (spelt 2 and 3) has none, so the captures engine runs only on a match that may.
        if self.appos == 1 && self.paren.is_none() {
            let whole = loose.find(bytes)?.range();
            let t = &bytes[whole.clone()];
            if !t.iter().any(|&b| matches!(b, b',' | 2 | 3)) && !t.windows(2).any(|w| w == b"--") {
                return Some([Some(whole), None, None]);
            }
        }
        let c = loose.captures(bytes)?;
        // Spelt text is ASCII: one character per byte, as `appos_within` counts them.
        let text = |m: regex::bytes::Match| std::str::from_utf8(&bytes[m.range()]).unwrap_or_default();
        let appos_ok = c.get(self.appos).is_none_or(|a| appos_within(text(a), self.max_items));
        let paren_ok = self.paren.and_then(|g| c.get(g)).is_none_or(|m| paren_within(text(m)));
        if appos_ok && paren_ok {
            return Some(spans(c));
        }
        let start = c.get(0).map_or(0, |m| m.start());
        self.ascii().captures_at(bytes, start).map(spans)
    }
}

/// True when a name group ending in a parenthesis keeps it within 80 characters.
fn paren_within(t: &str) -> bool {
    !t.ends_with(')') || t.rfind('(').is_some_and(|i| t[i + 1..t.len() - 1].chars().count() <= 80)
}

#[cfg(test)]
mod tests;
