//! Fixed sets of short ASCII words in tables built at compile time, for lookups made at each
//! token of a text ([`super::starters`], [`super::known`]).

/// Words of 1 to 15 ASCII bytes in an open-addressing table of packed words, behind a table of
/// their first three letters: most tokens of a text (`said`, `that`) open with letters no word of
/// the set opens with and are turned away at once; the rest are packed into a `u128` and found in
/// a probe or two. `SLOTS` is a power of two, a few times the number of words.
pub(super) struct WordTable<const SLOTS: usize> {
    /// Each word's [`pack`] at its [`slot`] or after it (0: empty).
    slots: [u128; SLOTS],
    /// The word's index in the list the table was built from, beside its slot.
    index: [u16; SLOTS],
    /// Bit `c & 31` of `triples[(a & 31) << 5 | (b & 31)]`: some word opens with lower-case
    /// letters `a`, `b`, `c` (words of two letters and less are looked up directly).
    triples: [u32; 1024],
}

/// A word of 1 to 15 bytes as a number: its bytes, and its length in the last byte (never 0 for
/// a word, so 0 marks an empty slot); 0 for a longer or empty word (no word of a table is one).
const fn pack(b: &[u8]) -> u128 {
    if b.is_empty() || b.len() > 15 {
        return 0;
    }
    let mut a = [0u8; 16];
    let mut i = 0;
    while i < b.len() {
        a[i] = b[i];
        i += 1;
    }
    a[15] = b.len() as u8;
    u128::from_le_bytes(a)
}

/// [`pack`] at run time, from a few overlapping loads instead of a byte loop or a copy.
fn pack_now(b: &[u8]) -> u128 {
    let n = b.len();
    let word = |r: std::ops::Range<usize>| {
        b.get(r).map_or(0, |s| s.iter().rev().fold(0u64, |a, &c| a << 8 | u64::from(c)))
    };
    let (lo, hi) = match n {
        1..=3 => (word(0..n), 0),
        // Bytes `n - 4..n` shifted to their place overlap bytes `0..4` with the same values.
        4..=8 => (word(0..4) | word(n - 4..n) << (8 * (n - 4)), 0),
        9..=15 => (word(0..8), word(n - 8..n) >> (8 * (16 - n))),
        _ => return 0,
    };
    u128::from(lo) | u128::from(hi | (n as u64) << 56) << 64
}

/// The entry of [`WordTable::triples`] for words opening with lower-case letters `a`, `b`.
const fn triple(a: u8, b: u8) -> usize {
    ((a & 31) as usize) << 5 | (b & 31) as usize
}

/// The first slot to try for a packed word.
const fn slot(k: u128, slots: usize) -> usize {
    let (lo, hi) = (k as u64, (k >> 64) as u64);
    let h = (lo ^ hi.rotate_left(23)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> 32) as usize & (slots - 1)
}

/// `0x20` in each of the first `n` bytes of a packed word: OR-ed in, it lower-cases the ASCII
/// letters of a run of ASCII letters and digits and leaves its digits as they are.
fn fold_mask(n: usize) -> u128 {
    let ones = if n >= 16 { u128::MAX } else { (1u128 << (8 * n)) - 1 };
    ones & 0x2020_2020_2020_2020_2020_2020_2020_2020
}

impl<const SLOTS: usize> WordTable<SLOTS> {
    /// The table of `words`: each of 1 to 15 bytes (longer ones are left out, and the callers'
    /// tests check that each word is found), at most `SLOTS / 2` of them.
    pub(super) const fn new(words: &[&str]) -> Self {
        let mut t = WordTable { slots: [0; SLOTS], index: [0; SLOTS], triples: [0; 1024] };
        let mut n = 0;
        while n < words.len() {
            let b = words[n].as_bytes();
            if b.len() >= 3
                && b[0].is_ascii_lowercase()
                && b[1].is_ascii_lowercase()
                && b[2].is_ascii_lowercase()
            {
                t.triples[triple(b[0], b[1])] |= 1 << (b[2] & 31);
            }
            let k = pack(b);
            if k != 0 {
                let mut i = slot(k, SLOTS);
                while t.slots[i] != 0 && t.slots[i] != k {
                    i = (i + 1) & (SLOTS - 1);
                }
                t.slots[i] = k;
                t.index[i] = n as u16;
            }
            n += 1;
        }
        t
    }

    /// False when no word of the table opens with the first three bytes of `b`, lower-cased by
    /// `fold` (`0x20` or 0).
    fn may_hold(&self, b: &[u8], fold: u8) -> bool {
        let &[a, c, d, ..] = b else { return true };
        let (a, c, d) = (a | fold, c | fold, d | fold);
        if !(a.is_ascii_lowercase() && c.is_ascii_lowercase() && d.is_ascii_lowercase()) {
            return true;
        }
        self.triples[triple(a, c)] & (1 << (d & 31)) != 0
    }

    /// The index of the word whose packed form is `k`.
    fn probe(&self, k: u128) -> Option<usize> {
        if k == 0 {
            return None;
        }
        let mut i = slot(k, SLOTS);
        loop {
            match self.slots[i] {
                s if s == k => return Some(usize::from(self.index[i])),
                0 => return None,
                _ => i = (i + 1) & (SLOTS - 1),
            }
        }
    }

    /// The index of `w` in the table's list.
    pub(super) fn find(&self, w: &str) -> Option<usize> {
        let b = w.as_bytes();
        if !self.may_hold(b, 0) {
            return None;
        }
        self.probe(pack_now(b))
    }

    /// The index of the lower case of `w`, a run of ASCII letters and digits, in the table's list.
    pub(super) fn find_folded(&self, w: &str) -> Option<usize> {
        let b = w.as_bytes();
        if !self.may_hold(b, 0x20) {
            return None;
        }
        let k = pack_now(b);
        self.probe(if k == 0 { 0 } else { k | fold_mask(b.len()) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORDS: &[&str] = &["a", "an", "the", "may", "fiscal", "nowadays", "twentyfifteen"];
    static T: WordTable<32> = WordTable::new(WORDS);

    #[test]
    fn finds_each_word_and_nothing_else() {
        for (i, w) in WORDS.iter().enumerate() {
            assert_eq!(T.find(w), Some(i), "{w}");
            assert_eq!(T.find_folded(&w.to_ascii_uppercase()), Some(i), "{w}");
        }
        for w in ["", "A", "The", "th", "thee", "mays", "fiscal1", "twentyfifteenx", "x", "é", "1"] {
            assert_eq!(T.find(w), None, "{w:?}");
        }
        for w in ["", "Thee", "MAYS", "TwentyFifteenX", "X", "1", "A1", "Fisca1"] {
            assert_eq!(T.find_folded(w), None, "{w:?}");
        }
        assert_eq!(T.find_folded("NowAdays"), Some(5));
    }

    proptest::proptest! {
        /// The run-time packing is the compile-time one.
        #[test]
        fn pack_now_is_pack(b in proptest::collection::vec(proptest::num::u8::ANY, 0..18)) {
            proptest::prop_assert_eq!(pack_now(&b), pack(&b));
        }

        /// `find_folded` answers as `find` on the ASCII lower case, for runs of letters and digits.
        #[test]
        fn folded_is_find_on_the_lower_case(w in "[a-zA-Z0-9]{0,17}|(?i:a|an|the|may|fiscal|nowadays)") {
            proptest::prop_assert_eq!(T.find_folded(&w), T.find(&w.to_ascii_lowercase()));
        }
    }
}
