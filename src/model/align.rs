//! Alignment and agreement between outlets: the `compare` and `pairs` JSON contracts.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// How two aligned claims relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Relation {
    /// The same words (modulo punctuation and case).
    Same,
    /// A paraphrase of the same claim.
    Agree,
    /// One reports more or less than the other.
    Partial,
    /// They disagree; `Reason`s with `conflict-*` codes say how.
    Conflict,
    /// Not the same claim (only from `pairs`).
    Unrelated,
}

/// One reason behind a label, with the evidence it rests on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reason {
    /// Stable code: `verbatim`, `paraphrase`, `subset`, `added-detail`, `conflict-number`,
    /// `conflict-negation` (in the content, or a denying cue on one side), `conflict-antonym`,
    /// `conflict-speaker`, `conflict-misquote`,
    /// `conflict-hedge`, `conflict-date`, …
    pub code: String,
    pub detail: String,
    /// Evidence: byte spans (into each side's input) and the words involved.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub a: Vec<super::TextSpan>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub b: Vec<super::TextSpan>,
}

/// Word-level evidence of a comparison.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub shared_words: Vec<String>,
    pub only_a_words: Vec<String>,
    pub only_b_words: Vec<String>,
    pub shared_entities: Vec<String>,
    pub numbers_a: Vec<String>,
    pub numbers_b: Vec<String>,
    /// Word-level diff of the two texts: `=word`, `-word` (only in a), `+word` (only in b).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub diff: Vec<String>,
}

/// The result of scoring one pair of texts or claims.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PairScore {
    /// 0..1
    pub similarity: f64,
    pub relation: Relation,
    pub reasons: Vec<Reason>,
    pub evidence: Evidence,
}

/// One side of an alignment: a claim and where it is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClaimRef {
    pub path: String,
    pub outlet: String,
    pub published: Option<chrono::NaiveDate>,
    /// Claim id within its document.
    pub claim: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub speaker: Option<String>,
    pub kind: super::ClaimKind,
}

/// Two claims from two outlets that report the same statement or fact.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Alignment {
    pub a: ClaimRef,
    pub b: ClaimRef,
    pub similarity: f64,
    pub relation: Relation,
    pub reasons: Vec<Reason>,
    pub evidence: Evidence,
}

/// Agreement figures for one pair of outlets (definitions in the README).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Consistency {
    pub outlet_a: String,
    pub outlet_b: String,
    pub claims_a: usize,
    pub claims_b: usize,
    pub aligned: usize,
    /// aligned / min(claims_a, claims_b)
    pub coverage: f64,
    /// (same + agree + partial) / aligned
    pub agreement_rate: f64,
    pub conflicts: usize,
    pub score: f64,
    /// Aligned pairs not labelled `conflict` that carry a `possible-conflict-*` reason: worded
    /// too differently for the conflict detectors, yet with a differing sum of money or opposite
    /// stances on one target. Not part of `score`.
    #[serde(default)]
    pub possible_conflicts: usize,
}

/// The `compare` JSON contract.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    pub version: u32,
    pub alignments: Vec<Alignment>,
    /// Claims only one outlet reports, by outlet.
    pub only: BTreeMap<String, Vec<ClaimRef>>,
    pub consistency: Consistency,
}

/// Claims of several outlets that report the same statement or fact: the union of the pairwise
/// one-to-one alignments between outlets (`align::groups::group`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClaimGroup {
    /// The claims, ordered by outlet (input order) then position.
    pub claims: Vec<ClaimRef>,
    /// The outlets represented, in input order.
    pub outlets: Vec<String>,
}
