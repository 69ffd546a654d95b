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
mod misquote;
mod negation;
pub mod prepared;
mod quantity;
pub mod relation;
pub mod similarity;
pub mod stance;
mod tally;
pub mod words;

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

/// Conflicts of two claims that the aligner pairs although their wording differs too much for
/// the scorer to call them related (`weak-match`), from two detectors that need no word-level
/// alignment: the only sum of money in a currency on each side ("will cost about $48 million" /
/// "will spend $63 million", `conflict-number`), and opposite stances on one target ("supports
/// the plan" / "does not support the plan in its current form", `conflict-stance`). The usual
/// detectors are not run without their similarity gate: on ECB+ weak matches they mostly fired on
/// different events (another field goal, another earthquake's toll). Codes are returned as the
/// detectors name them; the caller marks them as possible.
pub fn possible_conflicts(a: &Claim, b: &Claim) -> Vec<crate::model::Reason> {
    let (sa, sb) = (Side::from_claim(a), Side::from_claim(b));
    quantity::detect_lone(&sa, &sb).into_iter().chain(stance_conflict(a, b)).collect()
}

/// `conflict-stance`: opposite stances of two claims on one target (see
/// [`stance::opposed_on_target`]), with the two stance words as evidence.
fn stance_conflict(a: &Claim, b: &Claim) -> Option<crate::model::Reason> {
    let hits = |c: &Claim| {
        (
            stance::stance_hits(&c.content.text),
            c.cue.as_ref().map(|k| stance::stance_hits(&k.text)).unwrap_or_default(),
        )
    };
    let (ha, hb) = (hits(a), hits(b));
    let ((x, x_cue), (y, y_cue)) =
        stance::opposed_on_target((&a.content.text, &ha.0, &ha.1), (&b.content.text, &hb.0, &hb.1))?;
    let span = |c: &Claim, h: &stance::StanceHit, in_cue: bool| {
        let base = if in_cue { c.cue.as_ref().map_or(c.content.start, |k| k.start) } else { c.content.start };
        crate::model::TextSpan { text: h.text.clone(), start: base + h.start, end: base + h.end }
    };
    let word = |sign: i8| if sign > 0 { "support" } else { "opposition" };
    Some(crate::model::Reason {
        code: "conflict-stance".into(),
        detail: format!("{} '{}' vs {} '{}'", word(x.sign), x.text, word(y.sign), y.text),
        a: vec![span(a, x, x_cue)],
        b: vec![span(b, y, y_cue)],
    })
}

/// The relation and reason codes of a scored text pair: what the detector tests assert on.
#[cfg(test)]
pub(crate) fn test_codes(a: &str, b: &str) -> (crate::model::Relation, Vec<String>) {
    let s = score_texts(a, b);
    (s.relation, s.reasons.iter().map(|r| r.code.clone()).collect())
}
