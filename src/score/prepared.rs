//! What the lexical features need of one text, computed once per text: content words with their
//! IDF weights, word, number, name and n-gram sets (sorted, so two texts are compared by merging),
//! the normalised characters and the stem sequence. The aligner prepares every claim once and
//! then scores thousands of candidate pairs against it; [`super::features::features`] prepares
//! both texts and calls [`features_of`], so there is one computation of the features.

use super::features::Features;
use super::levenshtein;
use super::similarity::{Idf, Token};

/// One content word (not a stop word, not a negation): its stem, its lower-case form (of the last
/// token with that stem), its IDF weight and its length in characters.
#[derive(Clone, Debug)]
struct Content<'a> {
    stem: &'a str,
    lower: &'a str,
    weight: f64,
    chars: usize,
}

/// One text prepared for [`features_of`] (borrows its tokens).
#[derive(Clone, Debug)]
pub struct Prepared<'a> {
    /// Sorted by stem, one entry per stem.
    content: Vec<Content<'a>>,
    /// Sorted, deduplicated lower-case words (stop words included).
    words: Vec<&'a str>,
    /// Sorted, deduplicated numbers written in digits (as `f64` bits).
    numbers: Vec<u64>,
    /// Sorted, deduplicated stems of capitalised non-stop words.
    names: Vec<&'a str>,
    bigrams: Vec<[&'a str; 2]>,
    trigrams: Vec<[&'a str; 3]>,
    /// Lower-case letters and digits, other characters as single spaces (first ~400 bytes).
    chars: String,
    /// The first 150 stems in text order.
    stems: Vec<&'a str>,
    /// Number of tokens.
    tokens: usize,
}

fn sorted_unique<T: Ord>(mut v: Vec<T>) -> Vec<T> {
    v.sort_unstable();
    v.dedup();
    v
}

/// Lower-case letters and digits of `text`, each run of other characters one space, trimmed;
/// stops after about 400 bytes.
fn normalised_chars(text: &str) -> String {
    let mut s = String::with_capacity(text.len().min(404));
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            s.push(c);
        } else if !s.ends_with(' ') {
            s.push(' ');
        }
        if s.len() >= 400 {
            break;
        }
    }
    s.trim().to_string()
}

impl<'a> Prepared<'a> {
    /// Prepares `text` with its tokens (from [`super::similarity::tokenize`]) and word weights.
    pub fn new(text: &str, tokens: &'a [Token], idf: &Idf) -> Prepared<'a> {
        let mut content: Vec<Content> = Vec::new();
        for t in tokens.iter().filter(|t| !t.stop && !t.negation) {
            content.push(Content { stem: &t.stem, lower: &t.lower, weight: 0.0, chars: 0 });
        }
        // One entry per stem, keeping the last token's spelling: sort stably by stem, then keep
        // the last of each run.
        content.sort_by(|x, y| x.stem.cmp(y.stem));
        let mut unique: Vec<Content> = Vec::with_capacity(content.len());
        for c in content {
            match unique.last_mut() {
                Some(last) if last.stem == c.stem => *last = c,
                _ => unique.push(c),
            }
        }
        for c in &mut unique {
            c.weight = idf.weight(c.stem);
            c.chars = c.lower.chars().count();
        }
        let ngrams2 = tokens.windows(2).map(|w| [w[0].stem.as_str(), w[1].stem.as_str()]).collect();
        let ngrams3 =
            tokens.windows(3).map(|w| [w[0].stem.as_str(), w[1].stem.as_str(), w[2].stem.as_str()]).collect();
        Prepared {
            content: unique,
            words: sorted_unique(tokens.iter().map(|t| t.lower.as_str()).collect()),
            numbers: sorted_unique(tokens.iter().filter_map(|t| t.number.map(f64::to_bits)).collect()),
            names: sorted_unique(
                tokens.iter().filter(|t| t.capital && !t.stop).map(|t| t.stem.as_str()).collect(),
            ),
            bigrams: sorted_unique(ngrams2),
            trigrams: sorted_unique(ngrams3),
            chars: normalised_chars(text),
            stems: tokens.iter().take(150).map(|t| t.stem.as_str()).collect(),
            tokens: tokens.len(),
        }
    }
}

/// Number of items two sorted, deduplicated slices share (a linear merge).
pub fn shared<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Dice coefficient of two sorted sets; 0 when both are empty.
fn dice<T: Ord>(a: &[T], b: &[T]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 0.0;
    }
    2.0 * shared(a, b) as f64 / (a.len() + b.len()) as f64
}

/// How `a`'s content words are found in `b`: the IDF weight matched (exact stems count fully,
/// near spellings by their Jaro-Winkler similarity when `soft`), the total weight, and the
/// number of words not found at all.
struct Cover {
    matched: f64,
    total: f64,
    missing: usize,
}

/// Jaro similarity of two ASCII words of at most 128 letters, step for step the computation of
/// `strsim::generic_jaro` (same matching window, same order of the float operations), with the
/// matched-position flags in two bit masks instead of an allocated vector.
fn jaro_ascii(a: &[u8], b: &[u8]) -> f64 {
    let (la, lb) = (a.len(), b.len());
    if la == 0 && lb == 0 {
        return 1.0;
    } else if la == 0 || lb == 0 {
        return 0.0;
    }
    let range = (la.max(lb) / 2).saturating_sub(1);
    let (mut fa, mut fb) = (0u128, 0u128);
    let mut matches = 0usize;
    for (i, &x) in a.iter().enumerate() {
        let lo = i.saturating_sub(range);
        let hi = lb.min(i + range + 1);
        for (j, &y) in b.iter().enumerate().take(hi).skip(lo) {
            if y == x && fb & (1 << j) == 0 {
                fa |= 1 << i;
                fb |= 1 << j;
                matches += 1;
                break;
            }
        }
    }
    if matches == 0 {
        return 0.0;
    }
    let mut transpositions = 0usize;
    let mut j = 0;
    for (i, &x) in a.iter().enumerate() {
        if fa & (1 << i) == 0 {
            continue;
        }
        while fb & (1 << j) == 0 {
            j += 1;
        }
        if b[j] != x {
            transpositions += 1;
        }
        j += 1;
    }
    transpositions /= 2;
    ((matches as f64 / la as f64)
        + (matches as f64 / lb as f64)
        + ((matches - transpositions) as f64 / matches as f64))
        / 3.0
}

/// Jaro-Winkler similarity, equal to `strsim::jaro_winkler` (which it calls for non-ASCII or
/// very long words).
pub fn jaro_winkler(a: &str, b: &str) -> f64 {
    if !(a.is_ascii() && b.is_ascii()) || a.len() > 128 || b.len() > 128 {
        return strsim::jaro_winkler(a, b);
    }
    let (x, y) = (a.as_bytes(), b.as_bytes());
    let sim = jaro_ascii(x, y);
    if sim > 0.7 {
        let prefix = x.iter().take(4).zip(y).take_while(|(p, q)| p == q).count();
        sim + 0.1 * prefix as f64 * (1.0 - sim)
    } else {
        sim
    }
}

/// False when the Jaro-Winkler similarity of the ASCII words `x` (letter counts `hist`) and `y`
/// cannot reach 0.9, found from the letters they share: Jaro-Winkler adds at most
/// 0.4 · (1 − Jaro), so 0.9 needs Jaro ≥ 0.75, and Jaro ≤ (m/|x| + m/|y| + 1) / 3 where the `m`
/// matching letters are at most the letters the two words have in common (`h`). In integers:
/// reachable only when 4h(|x| + |y|) ≥ 5|x||y|, so rejecting never changes a result.
fn may_reach_near(hist: &[u8; 128], x_len: usize, y: &[u8]) -> bool {
    let mut left = *hist;
    let mut h = 0usize;
    for &c in y {
        let slot = &mut left[usize::from(c & 0x7f)];
        if *slot > 0 {
            *slot -= 1;
            h += 1;
        }
    }
    4 * h * (x_len + y.len()) >= 5 * x_len * y.len()
}

/// Jaro-Winkler of two words when it reaches 0.9, else 0. Words of 5+ letters only.
fn near(x: &Content, b: &[Content]) -> f64 {
    let xb = x.lower.as_bytes();
    // Letter counts of `x` for the cheap bound (ASCII words of at most 128 letters).
    let hist = (x.lower.is_ascii() && xb.len() <= 128).then(|| {
        let mut h = [0u8; 128];
        for &c in xb {
            h[usize::from(c)] += 1;
        }
        h
    });
    b.iter()
        .filter(|y| y.chars >= 5)
        .filter(|y| match &hist {
            Some(h) if y.lower.is_ascii() => may_reach_near(h, xb.len(), y.lower.as_bytes()),
            _ => true,
        })
        .map(|y| jaro_winkler(x.lower, y.lower))
        .filter(|j| *j >= 0.9)
        .fold(0.0_f64, f64::max)
}

fn cover(a: &[Content], b: &[Content], soft: bool) -> Cover {
    let mut c = Cover { matched: 0.0, total: 0.0, missing: 0 };
    let mut j = 0;
    for x in a {
        c.total += x.weight;
        while j < b.len() && b[j].stem < x.stem {
            j += 1;
        }
        if j < b.len() && b[j].stem == x.stem {
            c.matched += x.weight;
            continue;
        }
        let near = if soft && x.chars >= 5 { near(x, b) } else { 0.0 };
        c.matched += near * x.weight;
        if near == 0.0 {
            c.missing += 1;
        }
    }
    c
}

fn weighted_dice(x: &Cover, y: &Cover) -> f64 {
    let total = x.total + y.total;
    if total == 0.0 {
        0.0
    } else {
        ((x.matched + y.matched) / total).min(1.0)
    }
}

/// Length of the longest common subsequence of two sequences.
fn lcs_len<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    let mut prev = vec![0usize; b.len() + 1];
    let mut cur = vec![0usize; b.len() + 1];
    for x in a {
        for (j, y) in b.iter().enumerate() {
            cur[j + 1] = if x == y { prev[j] + 1 } else { prev[j + 1].max(cur[j]) };
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// The lexical features of two prepared texts (see [`Features`] for each one).
pub fn features_of(a: &Prepared, b: &Prepared) -> Features {
    let (exact_ab, exact_ba) = (cover(&a.content, &b.content, false), cover(&b.content, &a.content, false));
    let (soft_ab, soft_ba) = (cover(&a.content, &b.content, true), cover(&b.content, &a.content, true));
    let share = |c: &Cover| if c.total == 0.0 { 0.0 } else { (c.matched / c.total).min(1.0) };
    let length_ratio = if exact_ab.total.max(exact_ba.total) == 0.0 {
        0.0
    } else {
        exact_ab.total.min(exact_ba.total) / exact_ab.total.max(exact_ba.total)
    };
    let (na, nb) = (&a.numbers, &b.numbers);
    let number_mismatch = if na.is_empty() || nb.is_empty() {
        0.0
    } else {
        let both = shared(na, nb);
        let union = (na.len() + nb.len() - both) as f64;
        (na.len() + nb.len() - 2 * both) as f64 / union
    };
    let (la, lb) = (a.tokens, b.tokens);
    let longest = la.max(lb).min(150);
    Features {
        content: weighted_dice(&exact_ab, &exact_ba),
        // Each direction's Dice credits near spellings from its own side; average the two.
        soft_content: (weighted_dice(&soft_ab, &exact_ba) + weighted_dice(&exact_ab, &soft_ba)) / 2.0,
        words: dice(&a.words, &b.words),
        bigrams: dice(&a.bigrams, &b.bigrams),
        chars: levenshtein::normalized(&a.chars, &b.chars),
        number_mismatch,
        length_ratio,
        names: if a.names.is_empty() && b.names.is_empty() { 0.5 } else { dice(&a.names, &b.names) },
        cover_min: share(&soft_ab).min(share(&soft_ba)),
        trigrams: dice(&a.trigrams, &b.trigrams),
        numbers_equal: f64::from(u8::from(!na.is_empty() && na == nb)),
        numbers_one_side: f64::from(u8::from(na.is_empty() != nb.is_empty())),
        length_diff: if la.max(lb) == 0 { 0.0 } else { la.abs_diff(lb) as f64 / la.max(lb) as f64 },
        unmatched: (soft_ab.missing.max(soft_ba.missing) as f64 / 10.0).min(1.0),
        lcs: if longest == 0 { 0.0 } else { lcs_len(&a.stems, &b.stems) as f64 / longest as f64 },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::similarity::tokenize;

    #[test]
    fn lcs_counts_common_order() {
        assert_eq!(lcs_len(&[1, 2, 3, 4], &[2, 4, 3]), 2);
        assert_eq!(lcs_len::<u8>(&[], &[1]), 0);
    }

    #[test]
    fn repeated_stems_keep_the_last_spelling_and_count_once() {
        let t = tokenize("Talks talked, talk TALKS");
        let p = Prepared::new("Talks talked, talk TALKS", &t, &Idf::Builtin);
        assert_eq!(p.content.len(), 1);
        assert_eq!(p.content[0].lower, "talks");
        assert_eq!(p.words, vec!["talk", "talked", "talks"]);
    }

    #[test]
    fn jaro_winkler_equals_strsim() {
        let words = [
            "martha",
            "marhta",
            "dixon",
            "dicksonx",
            "jellyfish",
            "smellyfish",
            "abductions",
            "abducted",
            "a",
            "",
            "ab",
            "ba",
            "crate",
            "trace",
            "shredded",
            "shreded",
            "münchen",
            "munchen",
        ];
        for a in words {
            for b in words {
                assert_eq!(jaro_winkler(a, b), strsim::jaro_winkler(a, b), "{a} / {b}");
            }
        }
        let long: String = "abcdefghij".repeat(13);
        assert_eq!(jaro_winkler(&long, "abc"), strsim::jaro_winkler(&long, "abc"));
    }

    #[test]
    fn the_letter_bound_never_rejects_a_near_spelling() {
        let words = [
            "abducted",
            "abductions",
            "shredded",
            "shreded",
            "meeting",
            "meetings",
            "compromise",
            "compromising",
            "kaloming",
            "kalomiing",
            "minister",
            "ministry",
            "tension",
            "tensions",
        ];
        for a in words {
            let mut h = [0u8; 128];
            for &c in a.as_bytes() {
                h[usize::from(c)] += 1;
            }
            for b in words {
                if jaro_winkler(a, b) >= 0.9 {
                    assert!(may_reach_near(&h, a.len(), b.as_bytes()), "{a} / {b}");
                }
            }
        }
        let mut h = [0u8; 128];
        for &c in b"ministers" {
            h[usize::from(c)] += 1;
        }
        assert!(!may_reach_near(&h, 9, b"abductions"), "few shared letters: rejected");
    }

    #[test]
    fn sets_are_compared_by_merging() {
        assert_eq!(shared(&[1, 3, 5, 7], &[3, 4, 7, 9]), 2);
        assert!((dice(&[1, 2], &[2, 3]) - 0.5).abs() < 1e-12);
        assert_eq!(dice::<u8>(&[], &[]), 0.0);
    }
}
