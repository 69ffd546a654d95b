//! A DFA that says whether a text contains one of a few words (Aho-Corasick with every transition
//! made in advance), fed a byte at a time so that a pass over a line that does other work can
//! ask it too.
//!
//! The `aho-corasick` crate's DFA took ~17 instructions a byte of every line for the prompt
//! words (its search loop checks for special states at each byte); here a match state is a
//! sink, so a step is two table loads and the only test is at the end.

/// The automaton: states numbered in multiples of the number of byte classes, so the next state
/// is one load from the row of the current.
#[derive(Clone, Debug)]
pub(crate) struct WordDfa {
    /// Class of each byte: 0 for a byte no word has, else one class per byte a word has.
    class: [u8; 256],
    /// `next[state + class]`, premultiplied; as long as a `u16` numbers, so that a step indexes
    /// it without a bounds test (the rows past the sink are never read).
    next: Box<[u16; STATES]>,
    /// The sink every match leads to.
    matched: u16,
}

/// Entries of [`WordDfa::next`]: every `u16`.
const STATES: usize = 1 << 16;

impl WordDfa {
    /// The automaton of `words`; `None` when it has more states than a `u16` numbers.
    pub(crate) fn new(words: &[&str]) -> Option<Self> {
        let mut class = [0u8; 256];
        let mut classes = 1usize;
        for &b in words.iter().flat_map(|w| w.as_bytes()) {
            if class[usize::from(b)] == 0 {
                class[usize::from(b)] = u8::try_from(classes).ok()?;
                classes += 1;
            }
        }
        // The trie: `goto[s][c]` (0 = none; the root is state 0 and nothing leads back to it),
        // and whether a word ends at `s`.
        let mut goto: Vec<Vec<usize>> = vec![vec![0; classes]];
        let mut ends = vec![false];
        for w in words {
            let mut s = 0;
            for &b in w.as_bytes() {
                let c = usize::from(class[usize::from(b)]);
                if goto[s][c] == 0 {
                    goto.push(vec![0; classes]);
                    ends.push(false);
                    goto[s][c] = goto.len() - 1;
                }
                s = goto[s][c];
            }
            ends[s] = true;
        }
        // Breadth first: each state's failure link and full transitions (`delta`), a state
        // ending a word when its failure state does.
        let n = goto.len();
        let mut fail = vec![0usize; n];
        let mut delta = vec![vec![0usize; classes]; n];
        let mut queue = std::collections::VecDeque::new();
        for c in 0..classes {
            let t = goto[0][c];
            delta[0][c] = t;
            if t != 0 {
                queue.push_back(t);
            }
        }
        while let Some(s) = queue.pop_front() {
            ends[s] |= ends[fail[s]];
            for c in 0..classes {
                let t = goto[s][c];
                if t == 0 {
                    delta[s][c] = delta[fail[s]][c];
                } else {
                    fail[t] = delta[fail[s]][c];
                    delta[s][c] = t;
                    queue.push_back(t);
                }
            }
        }
        // States 0..n and the sink n, each row `classes` wide.
        let id = |s: usize| u16::try_from(s * classes).ok();
        let matched = id(n)?;
        let mut next = Vec::with_capacity((n + 1) * classes);
        for row in &delta {
            for &t in row {
                next.push(if ends[t] { matched } else { id(t)? });
            }
        }
        next.extend(std::iter::repeat_n(matched, classes));
        if next.len() > STATES {
            return None;
        }
        next.resize(STATES, matched);
        let next = Box::<[u16; STATES]>::try_from(next.into_boxed_slice()).ok()?;
        Some(WordDfa { class, next, matched })
    }

    /// The state before any byte.
    pub(crate) fn start(&self) -> u16 {
        0
    }

    /// The state after byte `b` from `s`.
    #[inline]
    pub(crate) fn step(&self, s: u16, b: u8) -> u16 {
        // `s + class` is below `STATES` for every state made; the mask only tells the compiler.
        self.next[(usize::from(s) + usize::from(self.class[usize::from(b)])) & (STATES - 1)]
    }

    /// True when a word ended at or before state `s`.
    pub(crate) fn is_match(&self, s: u16) -> bool {
        s == self.matched
    }

    /// True when `text` contains one of the words.
    #[cfg(test)]
    pub(crate) fn find_in(&self, text: &[u8]) -> bool {
        self.is_match(text.iter().fold(self.start(), |s, &b| self.step(s, b)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contains_any(words: &[&str], text: &str) -> bool {
        words.iter().any(|w| text.contains(w))
    }

    #[test]
    fn finds_words_anywhere() {
        let words = ["he", "she", "his", "hers", "©"];
        let d = WordDfa::new(&words).expect("small");
        for t in ["", "h", "ushers", "this", "xx", "sh", "hi", "a © b", "\u{a9}", "sshe"] {
            assert_eq!(d.find_in(t.as_bytes()), contains_any(&words, t), "{t}");
        }
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_a_substring_search(
            words in proptest::collection::vec("[abc©]{1,4}", 1..6),
            text in "[abcd© ]{0,30}",
        ) {
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            let d = WordDfa::new(&words).expect("small");
            proptest::prop_assert_eq!(d.find_in(text.as_bytes()), contains_any(&words, &text));
        }
    }
}
