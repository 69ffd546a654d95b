//! The change between two positions of a speaker on one topic: reasons with evidence, a label
//! and a direction.
//!
//! Rules (each change is a [`Reason`] with evidence spans into both original files):
//! - `commitment-up` / `commitment-down`: the commitment step (see [`super::scale`]) moved;
//! - `conditions-dropped` / `conditions-added`: restrictive conditions (`if`, `unless`, a purpose
//!   "to resolve X" …) went away or appeared; an `unconditional` / `without preconditions` marker
//!   counts as "no conditions". Strictness = 0 with such a marker, else the number of restrictive
//!   conditions; the reason's direction follows the strictness;
//! - `polarity-reversed`: one is negated and the other not, *and* they share at least half of the
//!   shorter one's content words (the same proposition, negated — not two different sentences);
//! - `tone-softened` / `tone-hardened`: tone (see [`super::tone`]) moved by at least
//!   [`TONE_DELTA`];
//! - `content-changed`: the word-level diff of the quoted words (all words when nothing is
//!   quoted). Evidence only: a paraphrase alone is not a shift.
//!
//! Label: `reversal` when polarity reversed or the commitment crossed from the refusal side
//! (refuses, doubts) to the willingness side (signals willingness and above) or back;
//! `partial-shift` when commitment, conditions or tone changed; else `no-shift`.
//! Direction: each change votes — commitment up votes `softened` (toward engaging) and down
//! `hardened`, reversed when the committed act is hostile (hostile words among the
//! [`ACT_WORDS`] words after the marker: "will impose sanctions" going up hardens);
//! fewer conditions and a warmer tone vote `softened`, the opposite `hardened`; the sign of the
//! sum decides, none on a tie or for `no-shift`.
//! Score 0..1 = min(1, 0.6·reversal + 0.1·|Δcommitment| + 0.25·conditions changed +
//! 0.25·|Δtone|).

use std::collections::BTreeSet;

use crate::model::{Polarity, Reason, Shift, ShiftLabel, TextSpan};

use super::scale::{step_name, REFUSAL_SIDE_MAX, WILLINGNESS_SIDE_MIN};
use super::words::{content_words, diff, diff_tokens, overlap, Edit};
use super::Statement;

/// Smallest tone change that counts as softened / hardened.
pub const TONE_DELTA: f64 = 0.5;
/// Content-word overlap above which two claims of opposite polarity state the same proposition.
pub const SAME_PROPOSITION: f64 = 0.5;
/// At most this many words of a content diff are listed as evidence.
const MAX_DIFF_EVIDENCE: usize = 12;

/// Condition kinds that mean "no conditions".
pub fn is_unconditional_kind(kind: &str) -> bool {
    let k = kind.to_ascii_lowercase();
    k.starts_with("unconditional") || k.contains("without-precondition") || k == "no-preconditions"
}

fn strictness(s: &Statement<'_>) -> usize {
    if s.claim.conditions.iter().any(|m| is_unconditional_kind(&m.kind)) {
        0
    } else {
        s.claim.conditions.len()
    }
}

/// Words after a commitment marker that name the act committed to.
pub const ACT_WORDS: usize = 6;

/// True when the act after the commitment marker is worded with hostile words.
fn hostile_act(s: &Statement<'_>) -> bool {
    let Some(m) = &s.commitment.marker else { return false };
    let Some(rel) = super::scale::marker_offset(s.claim, m) else { return false };
    let text = &s.claim.content.text;
    let after = text.get(rel + m.text.len()..).unwrap_or("");
    let end = super::words::tokens(after).get(ACT_WORDS - 1).map_or(after.len(), |t| t.end);
    super::tone::tone(&after[..end]).score < 0.0
}

fn marker_span(m: &crate::model::Marker) -> TextSpan {
    TextSpan { text: m.text.clone(), start: m.start, end: m.end }
}

/// Compares position `from` (earlier) with position `to` (later).
pub fn compare(from: usize, to: usize, a: &Statement<'_>, b: &Statement<'_>) -> Shift {
    let mut reasons = Vec::new();
    let mut votes = 0i32;
    let mut reversal = false;
    let mut changed = false;
    let mut score = 0.0;

    // Commitment.
    if let (Some(x), Some(y)) = (a.commitment.step, b.commitment.step) {
        if x != y {
            changed = true;
            let up = y > x;
            let crossed = (x <= REFUSAL_SIDE_MAX && y >= WILLINGNESS_SIDE_MIN)
                || (y <= REFUSAL_SIDE_MAX && x >= WILLINGNESS_SIDE_MIN);
            reversal |= crossed;
            let hostile_act = hostile_act(a) || hostile_act(b);
            votes += if up != hostile_act { 1 } else { -1 };
            score += 0.1 * f64::from(x.abs_diff(y));
            reasons.push(Reason {
                code: if up { "commitment-up" } else { "commitment-down" }.into(),
                detail: format!(
                    "{} ({x}) → {} ({y}){}",
                    step_name(x),
                    step_name(y),
                    if crossed { ", crossing between refusal and willingness" } else { "" }
                ),
                a: a.commitment.marker.iter().map(marker_span).collect(),
                b: b.commitment.marker.iter().map(marker_span).collect(),
            });
        }
    }

    // Conditions.
    let key = |m: &crate::model::Marker| m.text.to_lowercase();
    let ka: BTreeSet<String> = a.claim.conditions.iter().map(key).collect();
    let kb: BTreeSet<String> = b.claim.conditions.iter().map(key).collect();
    if ka != kb {
        let (sa, sb) = (strictness(a), strictness(b));
        let only_a: Vec<TextSpan> =
            a.claim.conditions.iter().filter(|m| !kb.contains(&key(m))).map(marker_span).collect();
        let only_b: Vec<TextSpan> =
            b.claim.conditions.iter().filter(|m| !ka.contains(&key(m))).map(marker_span).collect();
        let list =
            |v: &[TextSpan]| v.iter().map(|t| format!("\"{}\"", t.text)).collect::<Vec<_>>().join(", ");
        let detail = match (only_a.is_empty(), only_b.is_empty()) {
            (false, false) => format!("{} → {}", list(&only_a), list(&only_b)),
            (false, true) => format!("dropped {}", list(&only_a)),
            _ => format!("added {}", list(&only_b)),
        };
        let code = if sb < sa {
            votes += 1;
            "conditions-dropped"
        } else if sb > sa {
            votes -= 1;
            "conditions-added"
        } else {
            "conditions-changed"
        };
        changed = true;
        score += 0.25;
        reasons.push(Reason { code: code.into(), detail, a: only_a, b: only_b });
    }

    // Polarity.
    let (wa, wb) = (content_words(&a.claim.content.text), content_words(&b.claim.content.text));
    if a.claim.polarity != b.claim.polarity && overlap(&wa, &wb) >= SAME_PROPOSITION {
        reversal = true;
        let neg = |s: &Statement<'_>| -> Vec<TextSpan> {
            crate::extract::markers::negations(&s.claim.content.text)
                .iter()
                .map(|m| s.locate(m.start, m.end))
                .collect()
        };
        let word = |p: Polarity| if p == Polarity::Negative { "negative" } else { "positive" };
        reasons.push(Reason {
            code: "polarity-reversed".into(),
            detail: format!("{} → {}", word(a.claim.polarity), word(b.claim.polarity)),
            a: neg(a),
            b: neg(b),
        });
    }

    // Tone.
    let dt = b.tone.score - a.tone.score;
    if dt.abs() >= TONE_DELTA {
        changed = true;
        votes += if dt > 0.0 { 1 } else { -1 };
        score += 0.25 * dt.abs().min(1.0);
        let hits = |s: &Statement<'_>| -> Vec<TextSpan> {
            s.tone.hits.iter().map(|h| s.locate(h.start, h.end)).collect()
        };
        reasons.push(Reason {
            code: if dt > 0.0 { "tone-softened" } else { "tone-hardened" }.into(),
            detail: format!("tone {:+.2} → {:+.2}", a.tone.score, b.tone.score),
            a: hits(a),
            b: hits(b),
        });
    }

    // Content.
    let (ta, tb) = (diff_tokens(&a.claim.content.text), diff_tokens(&b.claim.content.text));
    let edits = diff(&ta, &tb);
    let mut words = Vec::new();
    let (mut ev_a, mut ev_b) = (Vec::new(), Vec::new());
    for e in &edits {
        match *e {
            Edit::Remove(i) if ev_a.len() < MAX_DIFF_EVIDENCE => {
                words.push(format!("-{}", ta[i].word));
                ev_a.push(a.locate(ta[i].start, ta[i].end));
            }
            Edit::Add(j) if ev_b.len() < MAX_DIFF_EVIDENCE => {
                words.push(format!("+{}", tb[j].word));
                ev_b.push(b.locate(tb[j].start, tb[j].end));
            }
            _ => {}
        }
    }
    if !words.is_empty() {
        reasons.push(Reason { code: "content-changed".into(), detail: words.join(" "), a: ev_a, b: ev_b });
    }

    let label = if reversal {
        ShiftLabel::Reversal
    } else if changed {
        ShiftLabel::PartialShift
    } else {
        ShiftLabel::NoShift
    };
    if reversal {
        score += 0.6;
    }
    let direction = match (label, votes.signum()) {
        (ShiftLabel::NoShift, _) | (_, 0) => None,
        (_, 1) => Some("softened".to_string()),
        _ => Some("hardened".to_string()),
    };
    let score = if label == ShiftLabel::NoShift { 0.0 } else { score.min(1.0) };
    Shift { from, to, label, direction, score: (score * 1000.0).round() / 1000.0, reasons }
}
