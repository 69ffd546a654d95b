//! Scores pairs of claims or texts: similarity 0..1 and a relation label with reasons.
//!
//! PLACEHOLDER: word-overlap similarity only; the alignment issue replaces it.

use std::collections::BTreeSet;

use crate::model::{Claim, Evidence, PairScore, Relation};

fn words(s: &str) -> BTreeSet<String> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(|w| w.to_lowercase()).collect()
}

/// Scores two short texts with no metadata (the `pairs` subcommand).
pub fn score_texts(a: &str, b: &str) -> PairScore {
    let (wa, wb) = (words(a), words(b));
    let inter = wa.intersection(&wb).count() as f64;
    let union = wa.union(&wb).count().max(1) as f64;
    let similarity = inter / union;
    let relation = if similarity > 0.5 { Relation::Agree } else { Relation::Unrelated };
    PairScore { similarity, relation, reasons: Vec::new(), evidence: Evidence::default() }
}

/// Scores two claims, using their speakers, numbers, times and markers.
pub fn score_claims(a: &Claim, b: &Claim) -> PairScore {
    score_texts(&a.content.text, &b.content.text)
}
