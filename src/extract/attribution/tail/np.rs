//! [`LEFT_ANY_NP`](super::super::LEFT_ANY_NP) matched by hand (see [`super`]): a short noun
//! phrase ending where a speaker may end (`the treasurer`, `61 percent of voters`, `half`).

use super::{boundary_before, is_w, plain_ends, Spans, Words};

/// `[\w’'-]`, spelt: a word of a noun phrase.
fn is_np_byte(b: u8) -> bool {
    is_w(b) || matches!(b, 1 | b'\'' | b'-')
}

/// A whole word of `[\w’'-]+`.
fn np_word(t: &[u8]) -> bool {
    !t.is_empty() && t.iter().all(|&b| is_np_byte(b))
}

/// The first start, with `\b` before it, of a word of `list` (any case) ending the word `(s, e)`.
fn suffix_start(bytes: &[u8], (s, e): (usize, usize), list: &[&str]) -> Option<usize> {
    list.iter()
        .filter_map(|w| {
            e.checked_sub(w.len()).filter(|&at| at >= s && bytes[at..e].eq_ignore_ascii_case(w.as_bytes()))
        })
        .filter(|&at| boundary_before(bytes, at))
        .min()
}

/// The first start of a number `\d[\d.,]*` (after `\b`) ending at `e`, with `tail` bytes
/// after it (`%`).
fn number_start(bytes: &[u8], (s, e): (usize, usize), tail: &[u8]) -> Option<usize> {
    let end = e.checked_sub(tail.len()).filter(|&end| end > s && bytes[end..e] == *tail)?;
    (s..end).find(|&i| {
        bytes[i].is_ascii_digit()
            && boundary_before(bytes, i)
            && bytes[i + 1..end].iter().all(|&b| b.is_ascii_digit() || matches!(b, b'.' | b','))
    })
}

const NP_LEAD: &[&str] = &["about", "nearly", "almost", "roughly", "only"];
const NP_DET: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "one", "some", "many", "most", "several", "few",
    "half", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];
const NP_PART: &[&str] = &[
    "half",
    "third",
    "quarter",
    "majority",
    "minority",
    "plurality",
    "most",
    "many",
    "some",
    "few",
    "both",
    "others",
];

/// `(?:one|two|three)-(?:thirds?|quarters?|fourths?)`
const NP_FRACTIONS: &[&str] = &[
    "one-third",
    "one-thirds",
    "one-quarter",
    "one-quarters",
    "one-fourth",
    "one-fourths",
    "two-third",
    "two-thirds",
    "two-quarter",
    "two-quarters",
    "two-fourth",
    "two-fourths",
    "three-third",
    "three-thirds",
    "three-quarter",
    "three-quarters",
    "three-fourth",
    "three-fourths",
];

/// Where a quantity or determiner starting the word `k` from the end at `at` may start first
/// with a lead (`about`, `more than`; `a` too when `a_too`) before it.
fn with_lead(bytes: &[u8], words: &mut Words, k: usize, at: usize, a_too: bool) -> usize {
    let mut first = at;
    if words.get(k).is_some_and(|(s, _)| s == at) {
        let leads: &[&str] =
            if a_too { &["about", "nearly", "almost", "roughly", "only", "a"] } else { NP_LEAD };
        if let Some(l) = words.get(k + 1).and_then(|w| suffix_start(bytes, w, leads)) {
            first = first.min(l);
        }
        if words.is(k + 1, b"than", true) {
            if let Some(l) = words.get(k + 2).and_then(|w| suffix_start(bytes, w, &["more", "fewer"])) {
                first = first.min(l);
            }
        }
    }
    first
}

/// [`LEFT_ANY_NP`](super::super::LEFT_ANY_NP)'s spans on spelt text, or `None` when the regex must
/// decide.
pub(in crate::extract::attribution) fn any_np(bytes: &[u8]) -> Option<Option<Spans>> {
    let mut words = Words::new(bytes);
    let ends = plain_ends(&mut words, false)?;
    let mut first: Option<usize> = None;
    let mut take = |s: usize| first = Some(first.map_or(s, |f| f.min(s)));
    for &k in &ends.0[..ends.1] {
        let Some(w) = words.get(k) else { continue };
        // `the treasurer`, `61 percent of voters`: a determiner, up to three words and a last one.
        if np_word(words.text(k)) {
            for m in 0..=3 {
                let d = k + m + 1;
                let Some(dw) = words.get(d) else { break };
                let det =
                    suffix_start(bytes, dw, NP_DET).into_iter().chain(number_start(bytes, dw, b"")).min();
                if let Some(at) = det {
                    take(with_lead(bytes, &mut words, d, at, false));
                }
                if m == 0 {
                    if let Some(at) = suffix_start(bytes, dw, &["those", "these"]) {
                        take(at);
                    }
                }
                if !np_word(words.text(d)) {
                    break;
                }
            }
        }
        // `half`, `two-thirds`, `61%`, `61 percent`.
        let part = [
            suffix_start(bytes, w, NP_PART),
            suffix_start(bytes, w, NP_FRACTIONS),
            number_start(bytes, w, b"%"),
        ]
        .into_iter()
        .flatten()
        .min();
        if let Some(at) = part {
            take(with_lead(bytes, &mut words, k, at, true));
        }
        if words.is(k, b"percent", true) {
            if let Some(at) = words.get(k + 1).and_then(|p| number_start(bytes, p, b"")) {
                take(with_lead(bytes, &mut words, k + 1, at, true));
            }
        }
    }
    if words.full {
        return None;
    }
    Some(first.map(|s| [Some(s..bytes.len()), None, None]))
}
