//! Pure scoring functions: tokens, stems, IDF weights and the lexical features that combine into
//! one similarity 0..1 for two short texts.
//!
//! The similarity is a logistic combination of eight features (see [`Features`]); its weights
//! ([`WEIGHTS`], [`BIAS`]) were fitted on training splits only — how, and on what, is written next
//! to them, and `claimdiff-eval DATA pairs-fit` refits them.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;

use super::lexicon::{self, COMMON_RANK, STEMMER};

/// One word of a text, with what the scorer needs to know about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    /// Lower case, possessive `'s` removed; the `n't` of a contraction is its own token `not`.
    pub lower: String,
    pub stem: String,
    /// Byte span in the text.
    pub start: usize,
    pub end: usize,
    pub stop: bool,
    pub negation: bool,
    /// Starts with a capital letter and is not the first word of the text.
    pub capital: bool,
    /// The value when the word is a number written in digits (`1,200`, `2.5`).
    pub number: Option<f64>,
}

static WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*").unwrap_or_else(|e| panic!("bad regex: {e}"))
});

/// Splits a text into word tokens (byte spans into `text`).
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    for m in WORD.find_iter(text) {
        let raw = m.as_str();
        let mut lower = raw.to_lowercase().replace('’', "'");
        let (start, mut end) = (m.start(), m.end());
        let mut negated_tail = None;
        if lower.len() > 3 && lower.ends_with("n't") && lower.len() == raw.len() {
            // didn't → did + not; can't → can + not; won't → will + not.
            let base = &lower[..lower.len() - 3];
            let base = match base {
                "ca" => "can",
                "wo" => "will",
                "sha" => "shall",
                b => b,
            }
            .to_string();
            negated_tail = Some((end - 3, end));
            end -= 3;
            lower = base;
        } else if let Some(stripped) = lower.strip_suffix("'s") {
            lower = stripped.to_string();
        }
        let number = if lower.starts_with(|c: char| c.is_ascii_digit()) {
            lower.replace(',', "").parse::<f64>().ok()
        } else {
            None
        };
        let capital = !out.is_empty() && raw.chars().next().is_some_and(char::is_uppercase);
        out.push(make_token(lower, start, end, capital, number));
        if let Some((s, e)) = negated_tail {
            out.push(make_token("not".to_string(), s, e, false, None));
        }
    }
    out
}

fn make_token(lower: String, start: usize, end: usize, capital: bool, number: Option<f64>) -> Token {
    let stem = STEMMER.stem(&lower).into_owned();
    Token {
        stop: lexicon::is_stop(&lower),
        negation: lexicon::is_negation(&lower),
        stem,
        lower,
        start,
        end,
        capital,
        number,
    }
}

/// Inverse document frequency of stems: how much sharing a word says about two texts.
#[derive(Clone, Debug)]
pub enum Idf {
    /// From the frequency rank of common English words ([`lexicon::COMMON_WORDS`]): a word of
    /// rank `r` is taken to occur in `1/(2r)` of sentences; unlisted words count as rank 2000.
    Builtin,
    /// Document frequencies counted over a set of texts (each text one document).
    Corpus { df: HashMap<String, u32>, docs: u32 },
}

impl Idf {
    /// Counts document frequencies of stems over `texts`.
    pub fn from_texts<'a>(texts: impl IntoIterator<Item = &'a str>) -> Idf {
        let mut df: HashMap<String, u32> = HashMap::new();
        let mut docs = 0;
        for t in texts {
            docs += 1;
            let stems: HashSet<String> = tokenize(t).into_iter().map(|t| t.stem).collect();
            for s in stems {
                *df.entry(s).or_default() += 1;
            }
        }
        Idf::Corpus { df, docs }
    }

    /// The weight of a stem: 0.7 for `the` up to about 8.3 for a rare word.
    pub fn weight(&self, stem: &str) -> f64 {
        match self {
            Idf::Builtin => {
                let rank = COMMON_RANK.get(stem).copied().unwrap_or(2000) as f64;
                (2.0 * rank).ln().max(0.5)
            }
            Idf::Corpus { df, docs } => {
                let d = df.get(stem).copied().unwrap_or(0) as f64;
                ((f64::from(*docs) + 1.0) / (d + 0.5)).ln().max(0.05)
            }
        }
    }
}

/// The lexical features of a pair of texts, each 0..1.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Features {
    /// IDF-weighted Dice overlap of content-word stems (stop words left out).
    pub content: f64,
    /// The same with near-identical spellings credited (Jaro-Winkler ≥ 0.9 on words of 5+ letters).
    pub soft_content: f64,
    /// Dice overlap of all lower-case words, stop words included.
    pub words: f64,
    /// Dice overlap of consecutive stem pairs (word order).
    pub bigrams: f64,
    /// Normalised Levenshtein similarity of the two texts as characters.
    pub chars: f64,
    /// Share of numbers that differ: |a △ b| / |a ∪ b| when both have numbers, else 0.
    pub number_mismatch: f64,
    /// IDF weight of the shorter side's content over the longer side's.
    pub length_ratio: f64,
    /// Dice overlap of capitalised words (names); 0.5 when neither text has any.
    pub names: f64,
}

/// Number of features, the length of [`WEIGHTS`].
pub const N_FEATURES: usize = 8;

impl Features {
    pub fn to_array(&self) -> [f64; N_FEATURES] {
        [
            self.content,
            self.soft_content,
            self.words,
            self.bigrams,
            self.chars,
            self.number_mismatch,
            self.length_ratio,
            self.names,
        ]
    }
}

/// Logistic weights of [`Features::to_array`], fitted by `claimdiff-eval DATA pairs-fit`
/// (logistic regression, Newton's method, ridge 0.01, built-in IDF) on STS-B train (score / 5 as
/// a soft target) together with MRPC train lines 1-3000 (0/1). No dev or test data was used.
pub const WEIGHTS: [f64; N_FEATURES] = [-0.139, 4.536, 1.747, -1.443, 0.698, -0.549, 0.065, -0.055];
/// Logistic intercept (fitted with [`WEIGHTS`]).
pub const BIAS: f64 = -3.041;

fn dice<T: Eq + std::hash::Hash>(a: &HashSet<T>, b: &HashSet<T>) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 0.0;
    }
    2.0 * a.intersection(b).count() as f64 / (a.len() + b.len()) as f64
}

fn content_stems(t: &[Token]) -> HashMap<&str, &str> {
    t.iter().filter(|t| !t.stop && !t.negation).map(|t| (t.stem.as_str(), t.lower.as_str())).collect()
}

/// Weighted Dice of content stems; with `soft`, unmatched words may match a near spelling.
fn weighted_overlap(a: &[Token], b: &[Token], idf: &Idf, soft: bool) -> (f64, f64) {
    let (ca, cb) = (content_stems(a), content_stems(b));
    let total_a: f64 = ca.keys().map(|s| idf.weight(s)).sum();
    let total_b: f64 = cb.keys().map(|s| idf.weight(s)).sum();
    if total_a + total_b == 0.0 {
        return (0.0, 0.0);
    }
    let mut shared = 0.0;
    for (stem, lower) in &ca {
        let w = idf.weight(stem);
        if cb.contains_key(stem) {
            shared += 2.0 * w;
        } else if soft && lower.chars().count() >= 5 {
            let best = cb
                .iter()
                .filter(|(_, l)| l.chars().count() >= 5)
                .map(|(s, l)| (strsim::jaro_winkler(lower, l), idf.weight(s)))
                .filter(|(j, _)| *j >= 0.9)
                .fold(0.0_f64, |acc, (j, wb)| acc.max(j * (w + wb)));
            shared += best;
        }
    }
    let ratio = total_a.min(total_b) / total_a.max(total_b);
    ((shared / (total_a + total_b)).min(1.0), ratio)
}

fn normalised_chars(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
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

/// Computes the features of texts `a` and `b` (their tokens from [`tokenize`]).
pub fn features(a: &str, ta: &[Token], b: &str, tb: &[Token], idf: &Idf) -> Features {
    let (content, length_ratio) = weighted_overlap(ta, tb, idf, false);
    let (soft_ab, _) = weighted_overlap(ta, tb, idf, true);
    let (soft_ba, _) = weighted_overlap(tb, ta, idf, true);
    let words = |t: &[Token]| t.iter().map(|t| t.lower.clone()).collect::<HashSet<_>>();
    let bigrams =
        |t: &[Token]| t.windows(2).map(|w| (w[0].stem.clone(), w[1].stem.clone())).collect::<HashSet<_>>();
    let numbers = |t: &[Token]| t.iter().filter_map(|t| t.number.map(f64::to_bits)).collect::<HashSet<_>>();
    let (na, nb) = (numbers(ta), numbers(tb));
    let number_mismatch = if na.is_empty() || nb.is_empty() {
        0.0
    } else {
        let union = na.union(&nb).count() as f64;
        na.symmetric_difference(&nb).count() as f64 / union
    };
    let names = |t: &[Token]| t.iter().filter(|t| t.capital && !t.stop).map(|t| t.stem.clone()).collect();
    let (ea, eb): (HashSet<String>, HashSet<String>) = (names(ta), names(tb));
    Features {
        content,
        soft_content: (soft_ab + soft_ba) / 2.0,
        words: dice(&words(ta), &words(tb)),
        bigrams: dice(&bigrams(ta), &bigrams(tb)),
        chars: strsim::normalized_levenshtein(&normalised_chars(a), &normalised_chars(b)),
        number_mismatch,
        length_ratio,
        names: if ea.is_empty() && eb.is_empty() { 0.5 } else { dice(&ea, &eb) },
    }
}

/// The logistic combination of the features: the similarity 0..1.
pub fn combine(f: &Features) -> f64 {
    let z = BIAS + f.to_array().iter().zip(WEIGHTS.iter()).map(|(x, w)| x * w).sum::<f64>();
    1.0 / (1.0 + (-z).exp())
}

/// Similarity 0..1 of two texts with the built-in IDF.
pub fn similarity(a: &str, b: &str) -> f64 {
    let (ta, tb) = (tokenize(a), tokenize(b));
    combine(&features(a, &ta, b, &tb, &Idf::Builtin))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenize_splits_contractions_and_reads_numbers() {
        let t = tokenize("Abe didn't pay $1,200 to Kim's aide.");
        let words: Vec<&str> = t.iter().map(|t| t.lower.as_str()).collect();
        assert_eq!(words, ["abe", "did", "not", "pay", "1,200", "to", "kim", "aide"]);
        assert!(t[2].negation);
        assert_eq!(t[4].number, Some(1200.0));
        assert!(t[6].capital && !t[0].capital);
        let text = "Abe didn't pay $1,200 to Kim's aide.";
        assert_eq!(&text[t[1].start..t[1].end], "did");
        assert_eq!(&text[t[2].start..t[2].end], "n't");
    }

    #[test]
    fn builtin_idf_ranks_common_words_low() {
        let idf = Idf::Builtin;
        assert!(idf.weight("the") < idf.weight("govern"));
        assert!(idf.weight("govern") < idf.weight("plutonium"));
    }

    #[test]
    fn corpus_idf_counts_documents() {
        let idf = Idf::from_texts(["the cat sat", "the dog ran", "the cat ran"]);
        assert!(idf.weight("the") < idf.weight("cat"));
        assert!(idf.weight("cat") < idf.weight("dog"));
    }

    #[test]
    fn similarity_orders_paraphrase_above_unrelated() {
        let a = "The central bank raised interest rates by half a point on Tuesday.";
        let para = "On Tuesday the central bank raised its interest rate by half a point.";
        let other = "Heavy snow closed schools across the northern provinces.";
        let (p, o) = (similarity(a, para), similarity(a, other));
        assert!(p > 0.6, "{p}");
        assert!(o < 0.3, "{o}");
        assert!((similarity(a, a) - 1.0).abs() < 0.1);
    }

    #[test]
    fn number_mismatch_is_seen() {
        let (a, b) = ("13 people were abducted", "17 people were abducted");
        let f = features(a, &tokenize(a), b, &tokenize(b), &Idf::Builtin);
        assert!((f.number_mismatch - 1.0).abs() < 1e-9);
        assert!(f.content > 0.5 && f.content < 0.9, "{}", f.content);
    }

    #[test]
    fn soft_overlap_credits_misspellings() {
        let (a, b) = ("spreading shreded cheese", "spreading shredded cheese");
        let f = features(a, &tokenize(a), b, &tokenize(b), &Idf::Builtin);
        assert!(f.soft_content > f.content);
    }
}
