//! Lower-case words without allocating, for looking them up in word lists.
//!
//! The rules ask fixed lists (`TITLE_WORDS`, `ROLE_TITLES` …) about the lower case of a word many
//! times per claim; `str::to_lowercase` allocates a `String` for each ask. [`Lower`] keeps a short
//! word's lower case on the stack, the same text `to_lowercase` gives.

use std::ops::Deref;

/// Longest word kept on the stack, in bytes (longer words are rare and go to the heap).
const INLINE: usize = 32;

/// The lower case of a word: `w.to_lowercase()`, on the stack when `w` is short and made of ASCII
/// and [`crate::twin::neutral`] characters (curly quotes and apostrophes, dashes: characters
/// without case, copied as they are).
pub(crate) enum Lower {
    Inline { bytes: [u8; INLINE], len: usize },
    Heap(String),
}

impl Lower {
    pub(crate) fn of(w: &str) -> Self {
        if w.len() <= INLINE && w.chars().all(|c| c.is_ascii() || crate::twin::neutral(c)) {
            let mut bytes = [0u8; INLINE];
            for (d, s) in bytes.iter_mut().zip(w.bytes()) {
                *d = s.to_ascii_lowercase();
            }
            Lower::Inline { bytes, len: w.len() }
        } else {
            Lower::Heap(w.to_lowercase())
        }
    }

    pub(crate) fn as_str(&self) -> &str {
        match self {
            // ASCII bytes lower-cased and whole UTF-8 sequences copied: valid UTF-8.
            Lower::Inline { bytes, len } => std::str::from_utf8(&bytes[..*len]).unwrap_or(""),
            Lower::Heap(s) => s,
        }
    }
}

impl Deref for Lower {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn short_words_stay_on_the_stack() {
        assert!(matches!(Lower::of("Minister’s"), Lower::Inline { .. }));
        assert_eq!(&*Lower::of("Minister’s"), "minister’s");
        assert!(matches!(Lower::of("José"), Lower::Heap(_)));
        assert_eq!(&*Lower::of("JOSÉ"), "josé");
        assert_eq!(&*Lower::of("\u{212a}ing"), "king");
        assert_eq!(&*Lower::of(&"A".repeat(40)), "a".repeat(40));
    }

    proptest! {
        #[test]
        fn lower_is_to_lowercase(w in "[A-Za-z.’'—“İ\u{212a}ΣÉ0-9 -]{0,40}") {
            prop_assert_eq!(&*Lower::of(&w), w.to_lowercase());
        }
    }
}
