//! The commitment scale of a claim, from its modality markers:
//! refuses(0) < doubts(1) < considers(2) < signals willingness(3) < wants/hopes(4) < offers(5) <
//! will/commits(6), plus whether the claim is hedged (`may`, `reportedly` …).
//!
//! Rules (documented here because `shift` labels rest on them):
//! - a marker's kind (set by `extract::markers`) maps to a step; unknown kinds map to `None`;
//! - the claim's commitment is the step of its *first* scaled marker in text order — the marker
//!   nearest the speaker's verb governs the clause ("I doubt he will come" is a doubt);
//! - a marker is negated when a `not`/`never`/`no` negation (from `extract::markers`) lies in
//!   the few words around it ("will not", "does not want", "won't"); lexical refusals ("refused
//!   to") are already on the scale and do not negate it again. When the marker cannot be found
//!   in the content text, the claim's polarity decides;
//! - negation mirrors the scale: a negated willingness-side step (≥ 3: "will not meet", "not
//!   willing") becomes a refusal (0), a negated refusal-side step (≤ 1: "does not rule out")
//!   becomes considers (2), a negated considers becomes doubts (1).

use crate::model::{Claim, Marker, Polarity};

/// Names of the steps, index = value.
pub const STEP_NAMES: [&str; 7] =
    ["refuses", "doubts", "considers", "signals willingness", "wants/hopes", "offers", "will/commits"];

/// Highest step on the refusal side of the scale.
pub const REFUSAL_SIDE_MAX: u8 = 1;
/// Lowest step on the willingness side of the scale.
pub const WILLINGNESS_SIDE_MIN: u8 = 3;

/// The step of one marker kind, `None` for kinds off the scale (hedges, conditions, unknown).
pub fn step_of_kind(kind: &str) -> Option<u8> {
    let k = kind.to_ascii_lowercase();
    Some(match k.as_str() {
        "refuse" | "reject" | "rule-out" | "rule_out" | "decline" => 0,
        "doubt" | "skeptical" | "sceptical" => 1,
        "consider" | "open-to" | "explore" | "weigh" => 2,
        "willing" | "willingness" | "signal" | "interest" | "ready" => 3,
        "want" | "hope" | "wish" | "seek" | "need" | "must" | "intend" => 4,
        "offer" | "propose" | "invite" => 5,
        "will" | "commit" | "promise" | "pledge" | "vow" | "shall" | "going-to" => 6,
        _ => return None,
    })
}

/// True for kinds that hedge a claim rather than place it on the scale.
pub fn is_hedge_kind(kind: &str) -> bool {
    matches!(
        kind.to_ascii_lowercase().as_str(),
        "may"
            | "might"
            | "could"
            | "would"
            | "reportedly"
            | "allegedly"
            | "possibly"
            | "perhaps"
            | "likely"
            | "apparently"
            | "appears"
            | "hedge"
            | "seems"
            | "reported"
            | "unconfirmed"
    )
}

/// A claim's place on the scale and the marker it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Commitment {
    /// 0..=6, `None` when no marker is on the scale.
    pub step: Option<u8>,
    /// The marker that set the step (before negation).
    pub marker: Option<Marker>,
    /// True when a hedge marker is present.
    pub hedged: bool,
    /// The hedge markers.
    pub hedges: Vec<Marker>,
}

/// Mirrors a step under negation (see the module rules).
pub fn negate(step: u8) -> u8 {
    if step >= WILLINGNESS_SIDE_MIN {
        0
    } else if step <= REFUSAL_SIDE_MAX {
        2
    } else {
        1
    }
}

/// The commitment of a claim from its modality markers and polarity.
pub fn commitment(claim: &Claim) -> Commitment {
    let mut markers: Vec<&Marker> = claim.modality.iter().collect();
    markers.sort_by_key(|m| (m.start, m.end));
    let first = markers.iter().find_map(|m| step_of_kind(&m.kind).map(|s| (s, *m)));
    let hedges: Vec<Marker> =
        markers.iter().filter(|m| is_hedge_kind(&m.kind)).map(|m| (*m).clone()).collect();
    let step = first.map(|(s, m)| if marker_negated(claim, m) { negate(s) } else { s });
    Commitment { step, marker: first.map(|(_, m)| m.clone()), hedged: !hedges.is_empty(), hedges }
}

/// Bytes before / after a marker searched for a negation word.
const NEG_BEFORE: usize = 24;
const NEG_AFTER: usize = 8;

/// True when a plain negation lies next to the marker (see the module rules).
fn marker_negated(claim: &Claim, m: &Marker) -> bool {
    let text = &claim.content.text;
    let Some(rel) = marker_offset(claim, m) else {
        return claim.polarity == Polarity::Negative;
    };
    let (lo, hi) = (rel.saturating_sub(NEG_BEFORE), rel + m.text.len() + NEG_AFTER);
    crate::extract::markers::negations(text)
        .iter()
        .any(|n| matches!(n.kind.as_str(), "not" | "never" | "no") && n.end > lo && n.start < hi)
}

/// Byte offset of a marker within the claim's content text, when it can be found there.
pub fn marker_offset(claim: &Claim, m: &Marker) -> Option<usize> {
    let text = &claim.content.text;
    m.start
        .checked_sub(claim.content.start)
        .filter(|&r| text.get(r..r + m.text.len()) == Some(m.text.as_str()))
        .or_else(|| text.find(m.text.as_str()))
}

/// The readable name of a step.
pub fn step_name(step: u8) -> &'static str {
    STEP_NAMES.get(usize::from(step)).copied().unwrap_or("?")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ClaimKind, TextSpan};

    fn marker(kind: &str, text: &str, start: usize) -> Marker {
        Marker { kind: kind.into(), text: text.into(), start, end: start + text.len() }
    }

    fn claim_text(text: &str, modality: Vec<Marker>, polarity: Polarity) -> Claim {
        Claim {
            content: TextSpan { text: text.into(), start: 0, end: text.len() },
            ..claim(modality, polarity)
        }
    }

    fn claim(modality: Vec<Marker>, polarity: Polarity) -> Claim {
        Claim {
            id: "c1".into(),
            sentence: 0,
            kind: ClaimKind::Indirect,
            speaker: None,
            cue: None,
            content: TextSpan::default(),
            said_on: None,
            said_in: None,
            entities: vec![],
            numbers: vec![],
            times: vec![],
            polarity,
            modality,
            conditions: vec![],
            within: None,
        }
    }

    #[test]
    fn kinds_map_onto_the_scale_in_order() {
        let order = ["refuse", "doubt", "consider", "willing", "want", "offer", "will"];
        let steps: Vec<u8> = order.iter().filter_map(|k| step_of_kind(k)).collect();
        assert_eq!(steps, [0, 1, 2, 3, 4, 5, 6]);
        assert_eq!(step_of_kind("hope"), Some(4));
        assert_eq!(step_of_kind("reportedly"), None);
        assert_eq!(step_of_kind("banana"), None);
    }

    #[test]
    fn first_marker_governs_and_hedges_are_flagged() {
        let c = claim(
            vec![marker("will", "will", 20), marker("doubt", "doubts", 5), marker("may", "may", 30)],
            Polarity::Positive,
        );
        let k = commitment(&c);
        assert_eq!(k.step, Some(1));
        assert!(k.hedged);
    }

    #[test]
    fn negation_mirrors_the_scale() {
        let c = claim_text("We will not sign the deal", vec![marker("will", "will", 3)], Polarity::Negative);
        assert_eq!(commitment(&c).step, Some(0));
        let c = claim_text("We won't sign", vec![marker("will", "won't", 3)], Polarity::Negative);
        assert_eq!(commitment(&c).step, Some(0));
        let c = claim_text(
            "He did not rule out a deal",
            vec![marker("refuse", "rule out", 11)],
            Polarity::Negative,
        );
        assert_eq!(commitment(&c).step, Some(2));
        // a lexical refusal is not negated twice; a far-away negation does not count
        let c = claim_text("She refused to sign", vec![marker("refuse", "refused", 4)], Polarity::Negative);
        assert_eq!(commitment(&c).step, Some(0));
        let c = claim_text(
            "They will sign the deal that nobody else wanted",
            vec![marker("will", "will", 5)],
            Polarity::Negative,
        );
        assert_eq!(commitment(&c).step, Some(6));
        let c = claim(vec![], Polarity::Negative);
        assert_eq!(commitment(&c).step, None);
    }
}
