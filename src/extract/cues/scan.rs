//! The cue search without a regex: every match of the cue alternation (see [`super::pattern`]
//! and `attribution::CUE`), found word by word.
//!
//! The alternation of ~1,500 forms made the regex search most of a sentence's bytes one by one
//! (a prefilter cannot pick so many literals). Every alternative starts at an ASCII word start
//! (`(?-u:\b)` before a letter) and is whole ASCII words joined by white space, so a match is
//! found by looking up the word at each word start: the forms that open with it, in the
//! alternation's order (the first that matches wins, as leftmost-first does), then
//! `according to` (any case) and a capitalised `Says` / `Said` / `Tells` / `Warns` before a
//! capital, the pattern's last two alternatives.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use crate::text::FnvBuild;

/// The forms of the alternation by first word, each list in the alternation's order, as words;
/// and which first two bytes a first word can have (most words are ruled out by them, before
/// any hashing).
struct Heads {
    forms: HashMap<String, Vec<Vec<String>>, FnvBuild>,
    /// For each first two lower-case letters, the lengths (bit `len`, up to 31) of the first
    /// words with them (a small table: it is read at nearly every word).
    pairs: Vec<u32>,
    /// True when some first word is not two or more lower-case letters: every word is looked up.
    other: bool,
}

static HEADS: LazyLock<Heads> = LazyLock::new(|| {
    let mut forms: HashMap<String, Vec<Vec<String>>, FnvBuild> = HashMap::default();
    let mut pairs = vec![0u32; 26 * 26];
    let mut other = false;
    for form in super::forms_in_order() {
        let words: Vec<String> = form.split(' ').map(str::to_string).collect();
        match pair(words[0].as_bytes()) {
            Some(p) => pairs[p] |= length_bit(words[0].len()),
            None => other = true,
        }
        forms.entry(words[0].clone()).or_default().push(words);
    }
    Heads { forms, pairs, other }
});

/// The bit of a word length in [`Heads::pairs`] (every length from 31 on shares bit 31).
fn length_bit(len: usize) -> u32 {
    1 << len.min(31)
}

/// Index of a word's first two bytes in [`Heads::pairs`], when they are lower-case letters.
fn pair(w: &[u8]) -> Option<usize> {
    match w {
        [a @ b'a'..=b'z', b @ b'a'..=b'z', ..] => Some(usize::from(a - b'a') * 26 + usize::from(b - b'a')),
        _ => None,
    }
}

/// The ASCII word bytes (`[0-9A-Za-z_]`), as a table: asked of every byte of every sentence.
static WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = b.is_ascii_alphanumeric() || b == b'_';
        i += 1;
    }
    t
};

fn word_byte(b: u8) -> bool {
    WORD[usize::from(b)]
}

/// End of the run of ASCII word bytes from `i`.
fn run_end(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && word_byte(b[i]) {
        i += 1;
    }
    i
}

/// End of the white space (`\s`, Unicode) from `i`.
fn space_end(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    while i < b.len() {
        if b[i] < 0x80 {
            if !matches!(b[i], b'\t'..=b'\r' | b' ') {
                break;
            }
            i += 1;
        } else {
            match text[i..].chars().next() {
                Some(c) if c.is_whitespace() => i += c.len_utf8(),
                _ => break,
            }
        }
    }
    i
}

/// The end of `words` matched from `at` (an ASCII word start): each a whole ASCII word, white
/// space between them.
fn words_at(text: &str, at: usize, words: &[impl AsRef<str>]) -> Option<usize> {
    let b = text.as_bytes();
    let mut i = at;
    for (k, w) in words.iter().enumerate() {
        if k > 0 {
            let j = space_end(text, i);
            if j == i {
                return None;
            }
            i = j;
        }
        let e = run_end(b, i);
        let word = &text[i..e];
        if word != w.as_ref() {
            return None;
        }
        i = e;
    }
    Some(i)
}

/// The cue match starting at the word start `at` (its word ends at `head_end`), if any: its end.
fn match_at(text: &str, at: usize, head_end: usize) -> Option<usize> {
    let b = text.as_bytes();
    let head = &text[at..head_end];
    let heads = &*HEADS;
    let maybe =
        heads.other || pair(head.as_bytes()).is_some_and(|p| heads.pairs[p] & length_bit(head.len()) != 0);
    if let Some(forms) = maybe.then(|| heads.forms.get(head)).flatten() {
        if let Some(end) = forms.iter().find_map(|f| words_at(text, at, f)) {
            return Some(end);
        }
    }
    if head.eq_ignore_ascii_case("according") {
        // `(?i:according)\s+to`: only the first word in any case.
        if let Some(end) = words_at(text, at, &[head, "to"]) {
            return Some(end);
        }
    }
    if matches!(head, "Says" | "Said" | "Tells" | "Warns") {
        let j = space_end(text, at + head.len());
        if j > at + head.len() && b.get(j).is_some_and(u8::is_ascii_uppercase) {
            return Some(j + 1);
        }
    }
    None
}

/// Every cue match in `text`, in order, as the cue regex's `find_iter` gives them.
pub fn cue_matches(text: &str) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !word_byte(b[i]) {
            i += 1;
            continue;
        }
        // `i` starts a run of word bytes (the previous byte is none).
        let end = run_end(b, i + 1);
        match match_at(text, i, end) {
            Some(e) => {
                out.push(i..e);
                // `Says A` ends inside the word `Aadded`: no cue starts before that word ends
                // (every cue begins at a word boundary).
                i = if e > 0 && e < b.len() && word_byte(b[e - 1]) && word_byte(b[e]) {
                    run_end(b, e)
                } else {
                    e
                };
            }
            None => i = end,
        }
    }
    out
}
