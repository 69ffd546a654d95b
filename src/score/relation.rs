//! Relation labels for a pair of texts or claims, decided by readable detectors.
//!
//! Order of decision: below [`Thresholds::related`] a pair is `unrelated` and no detector runs;
//! otherwise any conflict detector that fires ([`super::conflict`]) makes it a `conflict`; then
//! the same words → `same`; paraphrase score ≥ [`Thresholds::agree`] → `agree`; one side
//! contained in the other, or a qualifier only on one side → `partial`; else `unrelated`.
//!
//! Two scores come from the same readable features ([`super::features`]): the similarity (how
//! close, fitted to graded STS-B scores; it gates `related` and `conflict`) and the paraphrase
//! score (same claim or not, fitted to MRPC's yes/no judgments; it decides `agree`).

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::conflict;
use super::lexicon;
use super::similarity::{self, Idf, Token};
use crate::extract::{markers, numbers, time};
use crate::model::{
    Claim, ClaimKind, Evidence, Marker, PairScore, Quantity, Reason, Relation, Speaker, TextSpan, TimeExpr,
};

/// Similarity thresholds of the relation labels (fitted on training data; see the README).
#[derive(Clone, Debug)]
pub struct Thresholds {
    /// Below this a pair is `unrelated` and the conflict detectors do not run.
    pub related: f64,
    /// At or above this paraphrase score a pair with no conflict is `agree`.
    pub agree: f64,
    /// Below this the content conflict detectors (numbers, negation, antonyms, misquote, hedge)
    /// do not run: two texts must first be about the same thing before they can contradict.
    pub conflict: f64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds { related: 0.35, agree: 0.53, conflict: 0.35 }
    }
}

/// One side of a comparison: a text with the markers the detectors compare. Spans inside are
/// relative to `text`; `base` is added when they are reported.
#[derive(Clone, Debug)]
pub struct Side<'a> {
    pub text: &'a str,
    /// Offset of `text` in the original input (0 for `pairs`).
    pub base: usize,
    pub tokens: Vec<Token>,
    pub quantities: Vec<Quantity>,
    pub times: Vec<TimeExpr>,
    /// Hedges: modality markers of the hedge kinds and hedge words.
    pub hedges: Vec<Marker>,
    pub conditions: Vec<Marker>,
    pub negations: Vec<Marker>,
    pub speaker: Option<&'a Speaker>,
    /// The reporting verb or phrase (`said`, `denied`), when the side is an attributed claim.
    pub cue: Option<&'a TextSpan>,
    pub kind: Option<ClaimKind>,
    pub said_on: Option<NaiveDate>,
}

/// Modality kinds that weaken a claim (the extract stage's names).
const HEDGE_KINDS: &[&str] = &[
    "may",
    "might",
    "reportedly",
    "allegedly",
    "possibly",
    "probably",
    "likely",
    "apparently",
    "unconfirmed",
    "hedge",
    "doubt",
];

/// False for modality words that are not hedges here: `could` (as often past ability, `could not
/// reach`, as a hedge) and the month May (capitalised inside a sentence, or before a day number).
fn is_hedge_use(text: &str, m: &Marker) -> bool {
    let lower = m.text.to_lowercase();
    if lower == "could" {
        return false;
    }
    if lower != "may" {
        return true;
    }
    let before = text[..m.start].trim_end();
    let sentence_start = before.is_empty() || before.ends_with(['.', '"', '“', '?', '!']);
    let day_after = text[m.end..].trim_start().starts_with(|c: char| c.is_ascii_digit());
    !((m.text == "May" && !sentence_start) || day_after)
}

fn overlaps(m: &Marker, others: &[Marker]) -> bool {
    others.iter().any(|o| o.start < m.end && m.start < o.end)
}

fn token_marker(t: &Token, text: &str, kind: &str) -> Marker {
    Marker { kind: kind.to_string(), text: text[t.start..t.end].to_string(), start: t.start, end: t.end }
}

/// Quantities from the extract stage; when it finds none, bare digit numbers with the next
/// content word as unit (`13 people` → unit `peopl`), so that 13 vs 17 is never missed.
fn quantities_of(text: &str, tokens: &[Token]) -> Vec<Quantity> {
    let found = numbers::find_quantities(text);
    if !found.is_empty() {
        return found;
    }
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let Some(mut value) = t.number else { continue };
        let mut end = t.end;
        let mut unit = None;
        for next in tokens.iter().skip(i + 1).take(3) {
            if next.number.is_some() {
                break;
            }
            match next.lower.as_str() {
                "million" => value *= 1e6,
                "billion" => value *= 1e9,
                "trillion" => value *= 1e12,
                "percent" | "per" => unit = Some("%".to_string()),
                _ if next.stop => continue,
                _ => unit = Some(next.stem.clone()),
            }
            end = next.end;
            if unit.is_some() {
                break;
            }
        }
        let start = match text[..t.start].chars().next_back() {
            Some(c @ ('$' | '€' | '£')) => t.start - c.len_utf8(),
            _ => t.start,
        };
        out.push(Quantity { text: text[start..end].to_string(), value, unit, start, end });
    }
    out
}

impl<'a> Side<'a> {
    /// A bare text (`pairs`): markers come from the extract stage's finders plus the lexicon.
    pub fn from_text(text: &'a str, base: usize) -> Side<'a> {
        let tokens = similarity::tokenize(text);
        let mut negations = markers::negations(text);
        for (i, t) in tokens.iter().enumerate() {
            let next = tokens.get(i + 1).map_or("", |n| n.lower.as_str());
            let m = if t.negation && !lexicon::is_idiom_negation(&t.lower, next) {
                token_marker(t, text, "negation")
            } else if lexicon::is_nominal_negation(&t.lower) && matches!(next, "to" | "of") {
                token_marker(t, text, "failure")
            } else {
                continue;
            };
            if !overlaps(&m, &negations) {
                negations.push(m);
            }
        }
        let mut hedges: Vec<Marker> = markers::modality(text)
            .into_iter()
            .filter(|m| HEDGE_KINDS.contains(&m.kind.as_str()) && is_hedge_use(text, m))
            .collect();
        for t in tokens.iter().filter(|t| lexicon::is_hedge(&t.lower)) {
            let m = token_marker(t, text, &t.lower);
            if is_hedge_use(text, &m) && !overlaps(&m, &hedges) {
                hedges.push(m);
            }
        }
        hedges.sort_by_key(|m| m.start);
        negations.sort_by_key(|m| m.start);
        Side {
            quantities: quantities_of(text, &tokens),
            times: time::find_times(text, None),
            conditions: markers::conditions(text),
            text,
            base,
            tokens,
            hedges,
            negations,
            speaker: None,
            cue: None,
            kind: None,
            said_on: None,
        }
    }

    /// A claim: its content with the speaker, kind and times the extract stage found.
    pub fn from_claim(c: &'a Claim) -> Side<'a> {
        let mut side = Side::from_text(&c.content.text, c.content.start);
        side.speaker = c.speaker.as_ref();
        side.cue = c.cue.as_ref();
        side.kind = Some(c.kind);
        side.said_on = c.said_on;
        // The claim's times were resolved against the publication date; keep their values and
        // place them in the content text where it contains them.
        if !c.times.is_empty() {
            side.times = c
                .times
                .iter()
                .filter_map(|t| {
                    let rel = c.content.text.find(&t.text)?;
                    Some(TimeExpr { start: rel, end: rel + t.text.len(), ..t.clone() })
                })
                .collect();
        }
        side
    }

    /// A span relative to `text`, reported in original offsets.
    pub fn span(&self, start: usize, end: usize) -> TextSpan {
        TextSpan { text: self.text[start..end].to_string(), start: self.base + start, end: self.base + end }
    }

    fn content_words(&self) -> BTreeSet<&str> {
        self.tokens.iter().filter(|t| !t.stop && !t.negation).map(|t| t.stem.as_str()).collect()
    }
}

/// Word-level diff `=w`, `-w` (only in a), `+w` (only in b) of the two texts' words.
pub fn word_diff(a: &[Token], b: &[Token]) -> Vec<String> {
    let (wa, wb): (Vec<&str>, Vec<&str>) =
        (a.iter().map(|t| t.lower.as_str()).collect(), b.iter().map(|t| t.lower.as_str()).collect());
    let mut out = Vec::new();
    for op in similar::capture_diff_slices(similar::Algorithm::Myers, &wa, &wb) {
        let (tag, ra, rb) = op.as_tag_tuple();
        match tag {
            similar::DiffTag::Equal => out.extend(wa[ra].iter().map(|w| format!("={w}"))),
            similar::DiffTag::Delete => out.extend(wa[ra].iter().map(|w| format!("-{w}"))),
            similar::DiffTag::Insert => out.extend(wb[rb].iter().map(|w| format!("+{w}"))),
            similar::DiffTag::Replace => {
                out.extend(wa[ra].iter().map(|w| format!("-{w}")));
                out.extend(wb[rb].iter().map(|w| format!("+{w}")));
            }
        }
    }
    out
}

fn evidence(a: &Side, b: &Side) -> Evidence {
    let stems_b: BTreeSet<&str> = b.tokens.iter().map(|t| t.stem.as_str()).collect();
    let stems_a: BTreeSet<&str> = a.tokens.iter().map(|t| t.stem.as_str()).collect();
    let shared: BTreeSet<String> = a
        .tokens
        .iter()
        .filter(|t| !t.stop && stems_b.contains(t.stem.as_str()))
        .map(|t| t.lower.clone())
        .collect();
    let only_a = a.tokens.iter().filter(|t| !t.stop && !stems_b.contains(t.stem.as_str()));
    let only_b = b.tokens.iter().filter(|t| !t.stop && !stems_a.contains(t.stem.as_str()));
    let names = |s: &Side| -> BTreeSet<String> {
        s.tokens.iter().filter(|t| t.capital && !t.stop).map(|t| s.text[t.start..t.end].to_string()).collect()
    };
    Evidence {
        shared_words: shared.into_iter().collect(),
        only_a_words: only_a.map(|t| t.lower.clone()).collect::<BTreeSet<_>>().into_iter().collect(),
        only_b_words: only_b.map(|t| t.lower.clone()).collect::<BTreeSet<_>>().into_iter().collect(),
        shared_entities: names(a).intersection(&names(b)).cloned().collect(),
        numbers_a: a.quantities.iter().map(|q| q.text.clone()).collect(),
        numbers_b: b.quantities.iter().map(|q| q.text.clone()).collect(),
        diff: Vec::new(),
    }
}

/// True when both texts have the same words, ignoring punctuation and case.
fn verbatim(a: &Side, b: &Side) -> bool {
    !a.tokens.is_empty() && a.tokens.iter().map(|t| &t.lower).eq(b.tokens.iter().map(|t| &t.lower))
}

/// `partial` reasons: one side's content words inside the other's with more added, or a
/// condition (qualifier) on one side only.
fn partial_reasons(a: &Side, b: &Side) -> Vec<Reason> {
    let mut out = Vec::new();
    let (ca, cb) = (a.content_words(), b.content_words());
    let extra = |big: &Side, small_words: &BTreeSet<&str>| -> Vec<TextSpan> {
        big.tokens
            .iter()
            .filter(|t| !t.stop && !t.negation && !small_words.contains(t.stem.as_str()))
            .map(|t| big.span(t.start, t.end))
            .collect()
    };
    if ca.len() >= 2 && cb.len() >= ca.len() + 2 && ca.is_subset(&cb) {
        let spans = extra(b, &ca);
        let words: Vec<&str> = spans.iter().map(|s| s.text.as_str()).collect();
        out.push(Reason {
            code: "added-detail".into(),
            detail: format!("b adds: {}", words.join(", ")),
            a: Vec::new(),
            b: spans,
        });
    } else if cb.len() >= 2 && ca.len() >= cb.len() + 2 && cb.is_subset(&ca) {
        let spans = extra(a, &cb);
        let words: Vec<&str> = spans.iter().map(|s| s.text.as_str()).collect();
        out.push(Reason {
            code: "subset".into(),
            detail: format!("b leaves out: {}", words.join(", ")),
            a: spans,
            b: Vec::new(),
        });
    }
    let kinds = |s: &Side| s.conditions.iter().map(|m| m.kind.clone()).collect::<BTreeSet<_>>();
    let (ka, kb) = (kinds(a), kinds(b));
    for (side_name, side, mine, theirs) in [("a", a, &ka, &kb), ("b", b, &kb, &ka)] {
        let only: Vec<&Marker> = side.conditions.iter().filter(|m| !theirs.contains(&m.kind)).collect();
        if only.is_empty() || mine == theirs {
            continue;
        }
        let spans: Vec<TextSpan> = only.iter().map(|m| side.span(m.start, m.end)).collect();
        let words: Vec<&str> = spans.iter().map(|s| s.text.as_str()).collect();
        let (sa, sb) =
            if side_name == "a" { (spans.clone(), Vec::new()) } else { (Vec::new(), spans.clone()) };
        out.push(Reason {
            code: "dropped-qualifier".into(),
            detail: format!("qualifier only in {side_name}: {}", words.join(", ")),
            a: sa,
            b: sb,
        });
    }
    out
}

/// Scores two sides: similarity, relation, reasons, evidence.
pub fn score_sides(a: &Side, b: &Side, idf: &Idf, th: &Thresholds) -> PairScore {
    let f = similarity::features(a.text, &a.tokens, b.text, &b.tokens, idf);
    let sim = similarity::combine(&f);
    let para = similarity::paraphrase(&f);
    let mut ev = evidence(a, b);
    let same = verbatim(a, b);
    if sim < th.related && !same {
        // one speaker's quoted words compared apart from the rest of two long contents
        if let Some(r) = super::misquote::detect_unrelated(a, b) {
            ev.diff = word_diff(&a.tokens, &b.tokens);
            return PairScore {
                similarity: sim,
                relation: Relation::Conflict,
                reasons: vec![r],
                evidence: ev,
            };
        }
        return PairScore {
            similarity: sim,
            relation: Relation::Unrelated,
            reasons: vec![Reason {
                code: "low-similarity".into(),
                detail: format!("similarity {sim:.2} below {:.2}", th.related),
                a: Vec::new(),
                b: Vec::new(),
            }],
            evidence: ev,
        };
    }
    ev.diff = word_diff(&a.tokens, &b.tokens);
    let conflicts = conflict::detect(a, b, (sim, para), same, th);
    let (relation, reasons) = if !conflicts.is_empty() {
        (Relation::Conflict, conflicts)
    } else if same {
        (Relation::Same, vec![simple("verbatim", "the same words, ignoring punctuation and case")])
    } else {
        let partial = if para >= th.agree { Vec::new() } else { partial_reasons(a, b) };
        let scores = format!(
            "paraphrase score {para:.2} (similarity {sim:.2}; {:.0}% of the less covered side's content \
             words found in the other, {} unmatched)",
            100.0 * f.cover_min,
            (f.unmatched * 10.0).round()
        );
        if !partial.is_empty() {
            (Relation::Partial, partial)
        } else if para >= th.agree {
            (Relation::Agree, vec![simple("paraphrase", &format!("{scores} ≥ {:.2}", th.agree))])
        } else {
            (Relation::Unrelated, vec![simple("low-similarity", &format!("{scores} below {:.2}", th.agree))])
        }
    };
    PairScore { similarity: sim, relation, reasons, evidence: ev }
}

fn simple(code: &str, detail: &str) -> Reason {
    Reason { code: code.into(), detail: detail.into(), a: Vec::new(), b: Vec::new() }
}

#[cfg(test)]
mod tests {
    use crate::model::Relation;
    use crate::score::score_texts;

    #[test]
    fn same_ignores_punctuation_and_case() {
        let s = score_texts("\"We will respond,\" she said.", "we will respond she said");
        assert_eq!(s.relation, Relation::Same);
        assert_eq!(s.reasons[0].code, "verbatim");
    }

    #[test]
    fn paraphrase_agrees() {
        let s = score_texts(
            "The central bank raised interest rates by half a point on Tuesday.",
            "On Tuesday the central bank raised its interest rate by half a point.",
        );
        assert_eq!(s.relation, Relation::Agree, "{:?}", s.reasons);
    }

    #[test]
    fn added_detail_is_partial() {
        let s = score_texts(
            "Rescuers found five survivors.",
            "Rescuers found five survivors in the rubble of the collapsed school near the river.",
        );
        assert_eq!(s.relation, Relation::Partial, "{:?}", s.reasons);
        assert_eq!(s.reasons[0].code, "added-detail");
        assert!(s.reasons[0].b.iter().any(|w| w.text == "school"));
    }

    #[test]
    fn unrelated_below_threshold() {
        let s =
            score_texts("Heavy snow closed schools in the north.", "The striker scored twice in the final.");
        assert_eq!(s.relation, Relation::Unrelated);
        assert!(s.similarity < 0.3);
    }
}
