//! A speaker's positions over time and the shifts between them: the `shift` contract.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{ClaimRef, Reason};

/// One dated position of a speaker on a topic (a statement, deduplicated across outlets).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Position {
    pub date: Option<NaiveDate>,
    /// `said_on`, `said_in` (month only: the first of that month) or `published`: where the date came from.
    pub date_source: String,
    /// The claim as reported, and the same statement in other outlets.
    pub claim: ClaimRef,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_reported_by: Vec<ClaimRef>,
    /// Commitment on the scale refuses(0) < doubts < considers < signals willingness < wants/hopes <
    /// offers < will/commits(6); `None` when no marker.
    pub commitment: Option<u8>,
    pub conditions: Vec<String>,
    pub negated: bool,
    /// -1 hostile … +1 conciliatory.
    pub tone: f64,
    /// The name of the commitment step (`signals willingness`, `offers` …).
    #[serde(default)]
    pub commitment_label: Option<String>,
    /// True when a hedge marker (`may`, `reportedly` …) qualifies the claim.
    #[serde(default)]
    pub hedged: bool,
    /// The hostile / conciliatory words behind `tone`.
    #[serde(default)]
    pub tone_words: Vec<String>,
}

/// The label of one step, in the spirit of PolitiFact's Flip-O-Meter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ShiftLabel {
    NoShift,
    PartialShift,
    Reversal,
}

/// The change between two consecutive positions on a topic.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Shift {
    pub from: usize,
    pub to: usize,
    pub label: ShiftLabel,
    /// `softened` / `hardened` where it applies.
    pub direction: Option<String>,
    pub score: f64,
    pub reasons: Vec<Reason>,
}

/// A speaker's positions on one topic, in time order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TopicTimeline {
    /// The content words that name the topic.
    pub topic: Vec<String>,
    pub positions: Vec<Position>,
    pub shifts: Vec<Shift>,
}

/// The `shift` JSON contract.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Timeline {
    pub version: u32,
    pub speaker: String,
    pub topics: Vec<TopicTimeline>,
}
