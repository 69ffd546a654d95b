//! Scores pairs of claims or texts: a similarity 0..1 and a relation label (`same`, `agree`,
//! `partial`, `conflict`, `unrelated`) with the reasons and evidence spans behind it.
//!
//! [`similarity`] holds tokens and IDF, [`features`] the readable lexical features and the two
//! fitted logistic scores over them (similarity, paraphrase), [`relation`] the label decision,
//! `conflict`, `quantity`, `negation` and `hedge` the readable detectors (number mismatch,
//! negation flip, antonyms, misattribution, misquote, hedge, date), [`lexicon`] the word lists
//! they rely on, [`batch`] the `pairs` JSON-lines input.

pub mod batch;
mod conflict;
pub mod features;
mod hedge;
pub mod levenshtein;
pub mod lexicon;
mod negation;
pub mod prepared;
mod quantity;
pub mod relation;
pub mod similarity;
mod tally;

use crate::model::{Claim, PairScore};

pub use relation::{Side, Thresholds};
pub use similarity::Idf;

/// Scores two short texts with no metadata (the `pairs` subcommand), with the built-in IDF.
/// Evidence spans are byte offsets into `a` and `b`.
pub fn score_texts(a: &str, b: &str) -> PairScore {
    score_texts_with(a, b, &Idf::Builtin)
}

/// [`score_texts`] with word weights from a corpus (see [`Idf::from_texts`]).
pub fn score_texts_with(a: &str, b: &str, idf: &Idf) -> PairScore {
    relation::score_sides(&Side::from_text(a, 0), &Side::from_text(b, 0), idf, &Thresholds::default())
}

/// Scores two claims, using their speakers, kinds, numbers, times and markers. Evidence spans
/// are byte offsets into the original input files (`claim.content.start` + offset in content).
pub fn score_claims(a: &Claim, b: &Claim) -> PairScore {
    score_claims_with(a, b, &Idf::Builtin)
}

/// [`score_claims`] with word weights from a corpus, e.g. all claims being aligned.
pub fn score_claims_with(a: &Claim, b: &Claim, idf: &Idf) -> PairScore {
    relation::score_sides(&Side::from_claim(a), &Side::from_claim(b), idf, &Thresholds::default())
}

/// The relation and reason codes of a scored text pair: what the detector tests assert on.
#[cfg(test)]
pub(crate) fn test_codes(a: &str, b: &str) -> (crate::model::Relation, Vec<String>) {
    let s = score_texts(a, b);
    (s.relation, s.reasons.iter().map(|r| r.code.clone()).collect())
}
