//! Pure scoring functions: tokens, stems, IDF weights, and the similarity 0..1 of two short texts.
//!
//! The similarity is a logistic combination of the lexical features in [`super::features`]
//! (re-exported here); its weights were fitted on training splits only — how, and on what, is
//! written next to them, and `claimdiff-eval DATA pairs-fit` refits them.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;

pub use super::features::{
    combine, features, paraphrase, Features, BIAS, FEATURE_NAMES, N_FEATURES, PARAPHRASE_BIAS,
    PARAPHRASE_WEIGHTS, WEIGHTS,
};
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
}
