//! The hedge detector: a hedge (`reportedly`, `may`, `allegedly` …) on one side only counts when it
//! is the one change to a clause both sides state. So it does not fire when
//! - the other side is uncertain at that place too, in other words (`appeared to have been
//!   dragged` / `probably dragged`, `could explain` / `might explain`, `whether … would` /
//!   `whether … might`, `the informant alleged that …` / `allegedly`);
//! - the hedge only says "others report this" and the other side reports it too (`reportedly
//!   seen …, sources said` / `seen …, police said`);
//! - something else changed at the hedge's place (`may have been one of the pioneers` / `was a
//!   pioneer` still counts; `patching progress, probably later` / `patching, later` does not);
//! - what the hedge weakens is a single word with nothing matched before it in its clause.

use std::collections::BTreeSet;

use super::conflict::{reason, token_at, unmatched_content, Alignment};
use super::negation::{self, same_word};
use super::relation::Side;
use super::similarity::Token;
use crate::model::{Marker, Reason, TextSpan};

/// Words that make a clause uncertain: modals of possibility, open questions and expectations.
const UNCERTAIN: &[&str] = &[
    "may",
    "might",
    "could",
    "would",
    "should",
    "whether",
    "if",
    "perhaps",
    "likely",
    "unlikely",
    "unclear",
    "unconfirmed",
    "think",
    "thinks",
    "thought",
    "expect",
    "expects",
    "expected",
];

/// Starts of words that make a clause uncertain: appearance, belief, allegation, report
/// (`appear` covers `appeared`, `alleg` covers `alleged`, `allegedly`).
const UNCERTAIN_STARTS: &[&str] = &[
    "possibl", "probabl", "apparent", "appear", "seem", "alleg", "believ", "suggest", "estimat", "suppos",
    "presum", "purport", "rumo", "report",
];

/// Hedges that attribute a claim to others rather than weaken it.
const REPORTING_HEDGES: &[&str] =
    &["reportedly", "allegedly", "reported", "alleged", "purportedly", "supposedly"];

/// Verbs and phrases by which a text itself reports what others say.
const REPORTING: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "according",
    "reported",
    "reports",
    "alleged",
    "claimed",
    "stated",
    "added",
];

/// How many words before a matched word are searched for an uncertainty word.
const LOOK_BACK: usize = 8;

fn is_uncertain(t: &Token) -> bool {
    UNCERTAIN.contains(&t.lower.as_str()) || UNCERTAIN_STARTS.iter().any(|u| t.lower.starts_with(u))
}

/// True when `y` is uncertain where it states `word` (a token of `x`): an uncertainty word among
/// the [`LOOK_BACK`] words before it, in the same sentence, that `x` does not have before `word`
/// too (`would probably cost` / `would cost`: the shared `would` leaves `probably` the change).
fn uncertain_before(y: &Side, x: &Side, word: &Token) -> bool {
    let at = x.tokens.iter().position(|t| t.start == word.start).unwrap_or(0);
    let shared = |u: &Token| x.tokens[at.saturating_sub(LOOK_BACK)..at].iter().any(|t| t.lower == u.lower);
    y.tokens.iter().enumerate().filter(|(_, o)| same_word(word, o)).any(|(j, o)| {
        let from = j.saturating_sub(LOOK_BACK);
        let mut seen_end = o.start;
        for t in y.tokens[from..j].iter().rev() {
            let gap = y.text.get(t.end..seen_end).unwrap_or("");
            if gap.contains(['.', ';', '?', '!']) {
                return false;
            }
            if is_uncertain(t) && !shared(t) {
                return true;
            }
            seen_end = t.start;
        }
        false
    })
}

/// The content word just before the hedge in its clause (no punctuation in between), if any.
fn word_before<'s>(x: &'s Side, m: &Marker) -> Option<&'s Token> {
    let t = x.tokens.iter().rev().find(|t| t.end <= m.start && !t.stop)?;
    let gap = x.text.get(t.end..m.start).unwrap_or(",");
    (!gap.contains([',', ';', ':', '.', '(', ')', '-', '—'])).then_some(t)
}

/// The hedges of `x` that are the one change to a clause `y` states plainly, each with its detail.
fn only_in(x: &Side, y: &Side, hx: &[Option<usize>], hy: &[Option<usize>]) -> (Vec<TextSpan>, Vec<String>) {
    let theirs: BTreeSet<String> = y.hedges.iter().map(|m| m.kind.to_lowercase()).collect();
    let y_reports = y.tokens.iter().any(|t| REPORTING.contains(&t.lower.as_str()));
    let mut out = (Vec::new(), Vec::new());
    for m in x.hedges.iter().filter(|m| !theirs.contains(&m.kind.to_lowercase())) {
        let words = negation::scope(x, m.end, negation::SCOPE_WORDS);
        if words.is_empty() || !words.iter().all(|t| negation::found_in(t, y)) {
            continue;
        }
        if words.iter().any(|t| uncertain_before(y, x, t)) {
            continue;
        }
        if y_reports && REPORTING_HEDGES.contains(&m.text.to_lowercase().as_str()) {
            continue;
        }
        let before = word_before(x, m).filter(|t| negation::found_in(t, y));
        if words.len() < 2 && before.is_none() {
            continue;
        }
        // Nothing else of substance changed where the hedge stands.
        let Some(h) = token_at(x, m.start, m.end).and_then(|i| hx[i]) else { continue };
        if !unmatched_content(&Alignment::in_hunk(y, hy, h), x).is_empty() {
            continue;
        }
        let over: Vec<&str> = words.iter().map(|t| t.lower.as_str()).collect();
        out.0.push(x.span(m.start, m.end));
        out.1.push(format!("'{}' over {}", m.text, over.join(" ")));
    }
    out
}

/// A hedge on one side only, over a clause the other side states plainly (see the module docs).
pub fn detect(a: &Side, b: &Side, al: &Alignment) -> Option<Reason> {
    let ((sa, da), (sb, db)) = (only_in(a, b, &al.a, &al.b), only_in(b, a, &al.b, &al.a));
    if sa.is_empty() && sb.is_empty() {
        return None;
    }
    let detail = match (sa.is_empty(), sb.is_empty()) {
        (false, true) => format!("hedge only in a: {}", da.join(", ")),
        (true, false) => format!("hedge only in b: {}", db.join(", ")),
        _ => format!("different hedges: {} vs {}", da.join(", "), db.join(", ")),
    };
    Some(reason("conflict-hedge", detail, sa, sb))
}

#[cfg(test)]
mod tests {
    use crate::model::Relation;
    use crate::score::score_texts;

    use crate::score::test_codes as codes;

    #[test]
    fn a_hedge_counts_only_over_what_the_other_side_states() {
        // `may` is over `delay the harvest`, which b does not state.
        let (_, c) = codes(
            "Farmers said the storm may delay the harvest, and the river flooded two villages.",
            "The river flooded two villages, farmers said.",
        );
        assert!(!c.contains(&"conflict-hedge".to_string()), "{c:?}");
        let s = score_texts(
            "The mayor reportedly resigned after the audit.",
            "The mayor resigned after the audit.",
        );
        assert_eq!(s.relation, Relation::Conflict);
        assert_eq!(s.reasons[0].detail, "hedge only in a: 'reportedly' over resigned");
    }

    #[test]
    fn month_may_and_past_could_are_no_hedges() {
        let (_, c) = codes(
            "The election will be held in May, officials said.",
            "Officials said the election will be held in May.",
        );
        assert!(!c.contains(&"conflict-hedge".to_string()), "{c:?}");
        let (_, c) = codes(
            "Divers could not reach the wreck before dark.",
            "Divers did not reach the wreck before dark.",
        );
        assert!(!c.contains(&"conflict-hedge".to_string()), "{c:?}");
        let (_, c) =
            codes("The vote may be delayed until next week.", "The vote will be delayed until next week.");
        assert!(c.contains(&"conflict-hedge".to_string()), "{c:?}");
    }

    #[test]
    fn an_uncertainty_word_both_sides_have_leaves_the_hedge_the_change() {
        let (_, c) = codes(
            "The merger would probably cost hundreds of jobs.",
            "The merger would cost hundreds of jobs.",
        );
        assert!(c.contains(&"conflict-hedge".to_string()), "{c:?}");
        // The other side's own uncertainty at that place still counts.
        let (_, c) = codes(
            "The merger would probably cost hundreds of jobs.",
            "The merger could cost hundreds of jobs.",
        );
        assert!(!c.contains(&"conflict-hedge".to_string()), "{c:?}");
    }

    #[test]
    fn reportedly_added_is_a_hedge_conflict() {
        let s = score_texts(
            "The general was dismissed after the failed offensive.",
            "The general was reportedly dismissed after the failed offensive.",
        );
        assert_eq!(s.relation, Relation::Conflict);
        let r = &s.reasons[0];
        assert_eq!(r.code, "conflict-hedge");
        assert!(r.a.is_empty());
        assert_eq!(r.b[0].text, "reportedly");
    }

    fn no_hedge(a: &str, b: &str) {
        let (_, c) = codes(a, b);
        assert!(!c.contains(&"conflict-hedge".to_string()), "{a} / {b}: {c:?}");
    }

    #[test]
    fn uncertainty_said_another_way_is_no_hedge_conflict() {
        no_hedge(
            "The capsule landed on its side, probably dragged by the main parachute.",
            "The capsule landed on its side and appeared to have been dragged by the main parachute.",
        );
        no_hedge(
            "Officials said the delay might explain the drop in sales this quarter.",
            "Officials said the delay could explain the drop in sales this quarter.",
        );
        no_hedge(
            "The informant alleged that the two men were trying to recruit exiles for the plot.",
            "The two men were allegedly trying to recruit exiles for the plot.",
        );
    }

    #[test]
    fn reported_on_both_sides_or_a_lone_word_is_no_hedge_conflict() {
        no_hedge(
            "The two men reportedly were seen together at the station, sources said.",
            "The two men were seen together at the station, police said.",
        );
        no_hedge(
            "We fixed the leak in the roof, probably later than we should have.",
            "We fixed the leak in the roof, later than we should have.",
        );
        // Stated plainly on the other side, with nothing else changed there: a conflict.
        let (rel, c) = codes(
            "Patients with the syndrome may also be infected with the bacterium.",
            "Patients with the syndrome are also infected with the bacterium.",
        );
        assert_eq!((rel, c), (Relation::Conflict, vec!["conflict-hedge".to_string()]));
    }
}
