//! A speaker phrase split into words once, each with its lower case: the title rules ask about the
//! lower case of every word several times (a title word? a role? a head title? `north`?), and
//! lowering a word at each ask cost more than the rules themselves (callgrind, PolNeAR train).

use std::ops::Range;

/// The words of a phrase (what `split_whitespace` gives) and their lower cases.
pub(super) struct Phrase<'a> {
    /// Each word, and where its lower case stands in `lower`.
    words: Vec<(&'a str, Range<usize>)>,
    /// The lower cases: the phrase lowered as a whole when it is ASCII (each word's lower case at
    /// the word's own offsets), else each word's `to_lowercase` one after another.
    lower: String,
}

/// ASCII white space as `char::is_whitespace` has it (`\t`, `\n`, vertical tab, form feed, `\r`,
/// space): on an ASCII phrase, the separators of `split_whitespace`.
fn ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

impl<'a> Phrase<'a> {
    pub(super) fn new(phrase: &'a str) -> Self {
        let mut words = Vec::with_capacity(8);
        if phrase.is_ascii() {
            let b = phrase.as_bytes();
            let mut i = 0;
            while i < b.len() {
                if ascii_space(b[i]) {
                    i += 1;
                    continue;
                }
                let start = i;
                while i < b.len() && !ascii_space(b[i]) {
                    i += 1;
                }
                words.push((&phrase[start..i], start..i));
            }
            // ASCII: `to_lowercase` of each word is its ASCII lower case, byte for byte.
            return Phrase { words, lower: phrase.to_ascii_lowercase() };
        }
        let mut lower = String::with_capacity(phrase.len());
        for w in phrase.split_whitespace() {
            let start = lower.len();
            lower.push_str(&w.to_lowercase());
            words.push((w, start..lower.len()));
        }
        Phrase { words, lower }
    }

    /// The number of words.
    pub(super) fn len(&self) -> usize {
        self.words.len()
    }

    /// Word `k` as written.
    pub(super) fn word(&self, k: usize) -> &'a str {
        self.words[k].0
    }

    /// Word `k` in lower case (`to_lowercase` of the word alone).
    pub(super) fn low(&self, k: usize) -> &str {
        self.lower.get(self.words[k].1.clone()).unwrap_or("")
    }

    /// The words from `k` on, joined by single spaces.
    pub(super) fn join_from(&self, k: usize) -> String {
        let ws = &self.words[k.min(self.words.len())..];
        let mut out = String::with_capacity(ws.iter().map(|(w, _)| w.len() + 1).sum());
        for (n, (w, _)) in ws.iter().enumerate() {
            if n > 0 {
                out.push(' ');
            }
            out.push_str(w);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PIECES: &[&str] = &[
        "Lee",
        "MINISTER",
        "ΣΑΣ",
        "İ",
        "\u{212a}ing",
        " ",
        "\t",
        "\u{b}",
        "\u{a0}",
        "\u{1c}",
        "’s",
        "de",
        "\n",
    ];

    proptest::proptest! {
        #[test]
        fn words_and_lower_cases_as_split_whitespace_gives(picks in proptest::collection::vec(0..PIECES.len(), 0..10)) {
            let s: String = picks.iter().map(|&i| PIECES[i]).collect();
            let p = Phrase::new(&s);
            let ws: Vec<&str> = s.split_whitespace().collect();
            proptest::prop_assert_eq!(p.len(), ws.len());
            for (k, w) in ws.iter().enumerate() {
                proptest::prop_assert_eq!(p.word(k), *w);
                proptest::prop_assert_eq!(p.low(k), w.to_lowercase());
                proptest::prop_assert_eq!(p.join_from(k), ws[k..].join(" "));
            }
            proptest::prop_assert_eq!(p.join_from(ws.len()), "");
        }
    }
}
