//! Claims: who said what, with the markers later stages compare (numbers, times, polarity …).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::TextSpan;

/// How a claim is reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    /// Quoted words: `"…," Abe said.`
    Direct,
    /// Reported speech: `Abe said he would …`
    Indirect,
    /// Paraphrase with a quoted fragment: `called it an "unprecedentedly serious … threat"`.
    Mixed,
    /// The outlet's own voice.
    Assertion,
}

/// Who made a claim: canonical name plus the words this article uses.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// Canonical name (`Shinzo Abe`), shared across documents; for anonymous sources the
    /// description (`an official close to Abe`).
    pub name: String,
    /// The words in this article (`he`, `Abe`, `the prime minister`).
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// True for unnamed sources (`a senior foreign ministry official`).
    #[serde(default)]
    pub anonymous: bool,
}

/// A number with its unit or counted noun (`13 Japanese civilians`, `$9`, `five survivors`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub text: String,
    pub value: f64,
    /// Unit or noun it counts (`civilians`, `USD`, `%`, `billion USD`), lower case.
    pub unit: Option<String>,
    pub start: usize,
    pub end: usize,
}

/// A time expression normalised against the publication date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeExpr {
    pub text: String,
    /// TIMEX3-style value: `2019-02-28`, `2019-02`, `2019-W09`, `2019`, `197X`, `PRESENT_REF`,
    /// or a duration `P3Y`.
    pub value: String,
    /// `date`, `time`, `duration`, `set`.
    #[serde(rename = "type")]
    pub kind: String,
    pub start: usize,
    pub end: usize,
}

/// A modality, hedge or condition marker, with its place on a scale where it has one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Marker {
    /// What it marks: modality `refuse|doubt|consider|willing|want|hope|offer|will|may|reportedly|…`;
    /// condition `condition|unless|purpose|unconditional|without-preconditions|…`.
    pub kind: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// Negation state of a claim's content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Polarity {
    Positive,
    Negative,
}

/// One claim: the unit of comparison.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Stable within a document: `c1`, `c2` … in reading order.
    pub id: String,
    /// Index into the document's `sentences` (the first sentence for a multi-sentence quote).
    pub sentence: usize,
    pub kind: ClaimKind,
    pub speaker: Option<Speaker>,
    pub cue: Option<TextSpan>,
    pub content: TextSpan,
    /// When the statement was made, if the text says so (distinct from `published`).
    pub said_on: Option<NaiveDate>,
    /// When the statement was made at the precision the text gives it, as a TIMEX3 date value:
    /// `2019-02-28`, or `2019-03` for "said in March", `2019` for "said last year". Set whenever
    /// `said_on` is, and also when only a month, week or year is known.
    #[serde(default)]
    pub said_in: Option<String>,
    /// Entities mentioned (canonical names), sorted, unique.
    pub entities: Vec<String>,
    pub numbers: Vec<Quantity>,
    pub times: Vec<TimeExpr>,
    pub polarity: Polarity,
    pub modality: Vec<Marker>,
    pub conditions: Vec<Marker>,
    /// The `id` of the claim whose content holds this one (`Lee said the mayor told him …`: the
    /// mayor's claim is within Lee's); absent for a claim reported on its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub within: Option<String>,
}
