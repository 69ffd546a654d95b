//! The negation detector: a polarity flip counts only when a negation cue on one side scopes over
//! content the other side states, and that content is not negated there too (`did not go` vs
//! `didn't go`, `if not repaid` vs `unless repaid` are no flips).

use super::conflict::reason;
use super::relation::Side;
use super::similarity::Token;
use crate::model::{Marker, Reason, TextSpan};

/// Words that open a new clause: a negation before them does not reach past them.
const CLAUSE_WORDS: &[&str] = &[
    "but", "while", "although", "though", "because", "whereas", "however", "which", "who", "whom", "whose",
    "where", "when", "after", "before", "since", "unless", "if", "so",
];

/// How many content words after a negation cue make its scope (the head of what is negated).
pub(super) const SCOPE_WORDS: usize = 3;

/// True when token `t` of one side has a match in `other`: the same stem, or a near spelling
/// (Jaro-Winkler ≥ 0.9, both 5+ letters).
pub(super) fn found_in(t: &Token, other: &Side) -> bool {
    other.tokens.iter().any(|o| {
        o.stem == t.stem
            || (t.lower.chars().count() >= 5
                && o.lower.chars().count() >= 5
                && strsim::jaro_winkler(&t.lower, &o.lower) >= 0.9)
    })
}

/// The content tokens a negation cue ending at byte `cue_end` scopes over: the content words
/// after it (at most `limit`), stopping at clause punctuation or a clause word. Quote marks do
/// not stop it (`not "narrowly tailored"`).
pub(super) fn scope<'s>(side: &'s Side, cue_end: usize, limit: usize) -> Vec<&'s Token> {
    let mut out = Vec::new();
    let mut prev_end = cue_end;
    for t in side.tokens.iter().filter(|t| t.start >= cue_end) {
        let gap = side.text.get(prev_end..t.start).unwrap_or("");
        if gap.contains([',', ';', ':', '.', '?', '!', '(', ')']) || CLAUSE_WORDS.contains(&t.lower.as_str())
        {
            break;
        }
        prev_end = t.end;
        if !t.stop && !t.negation && t.number.is_none() {
            out.push(t);
            if out.len() == limit {
                break;
            }
        }
    }
    out
}

/// Every content word of `y` under a negation: the whole clause after each negation cue, and
/// after `unless` (`unless X` says `if not X`).
fn negated_words<'s>(y: &'s Side) -> Vec<&'s Token> {
    let cues = y.negations.iter().map(|m| m.end);
    let unless = y.tokens.iter().filter(|t| t.lower == "unless").map(|t| t.end);
    cues.chain(unless).flat_map(|end| scope(y, end, usize::MAX)).collect()
}

/// The negation cues of `x` that flip shared content: every content word in the cue's scope
/// (its first [`SCOPE_WORDS`] content words) is found in `y`, and none of them is under a
/// negation in `y` (so `did not go` vs `didn't go` is no flip). Returns each cue with its scope.
fn flips<'s>(x: &'s Side, y: &Side) -> Vec<(&'s Marker, Vec<&'s Token>)> {
    let y_negated = negated_words(y);
    x.negations
        .iter()
        .filter_map(|m| {
            let words = scope(x, m.end, SCOPE_WORDS);
            let shared = !words.is_empty() && words.iter().all(|t| found_in(t, y));
            let also_negated = words.iter().any(|t| y_negated.iter().any(|n| n.stem == t.stem));
            (shared && !also_negated).then_some((m, words))
        })
        .collect()
}

/// A polarity flip: a negation on one side whose scope (the next content words) the other side
/// states without negation.
pub fn detect(a: &Side, b: &Side) -> Option<Reason> {
    let (fa, fb) = (flips(a, b), flips(b, a));
    if fa.is_empty() && fb.is_empty() {
        return None;
    }
    let describe = |side: &str, f: &[(&Marker, Vec<&Token>)]| -> Option<String> {
        let parts: Vec<String> = f
            .iter()
            .map(|(m, w)| {
                let words: Vec<&str> = w.iter().map(|t| t.lower.as_str()).collect();
                format!("'{}' over {}", m.text, words.join(" "))
            })
            .collect();
        (!parts.is_empty()).then(|| format!("only {side} negates: {}", parts.join(", ")))
    };
    let detail: Vec<String> = [describe("a", &fa), describe("b", &fb)].into_iter().flatten().collect();
    let spans = |s: &Side, f: &[(&Marker, Vec<&Token>)]| -> Vec<TextSpan> {
        f.iter().map(|(m, _)| s.span(m.start, m.end)).collect()
    };
    Some(reason("conflict-negation", detail.join("; "), spans(a, &fa), spans(b, &fb)))
}

#[cfg(test)]
mod tests {
    use crate::model::Relation;
    use crate::score::score_texts;

    use crate::score::test_codes as codes;

    #[test]
    fn negation_counts_only_over_shared_words() {
        // The negated word (`released`) is not in b: no flip, whatever else is shared.
        let (_, c) = codes(
            "The two suspects, whose names were not released, were seen at the bus station on Friday.",
            "The two suspects were seen at the bus station on Friday.",
        );
        assert!(!c.contains(&"conflict-negation".to_string()), "{c:?}");
        // `no` over a different noun: a different thing is denied, not this one.
        let (_, c) =
            codes("No passengers were hurt in the crash.", "Two crew members were hurt in the crash.");
        assert!(!c.contains(&"conflict-negation".to_string()), "{c:?}");
        let s = score_texts("No passengers were hurt in the crash.", "Passengers were hurt in the crash.");
        assert_eq!(s.relation, Relation::Conflict);
        assert!(s.reasons[0].detail.contains("'No' over passengers hurt crash"), "{}", s.reasons[0].detail);
    }

    #[test]
    fn negation_on_both_sides_or_idioms_is_no_flip() {
        for (a, b) in [
            (
                "If the loan is not repaid, the bank will seize the farm.",
                "The bank will seize the farm unless the loan is repaid.",
            ),
            (
                "The agency's failure to inspect the dam drew criticism.",
                "The agency did not inspect the dam, critics said.",
            ),
            (
                "Not only is the bridge the longest in the region, it is the oldest.",
                "The bridge is the longest in the region and the oldest.",
            ),
            ("Police could not find the weapon.", "Police did not find the weapon."),
            (
                "Officials dont expect the strike to end soon.",
                "Officials don't expect the strike to end soon.",
            ),
        ] {
            let (_, c) = codes(a, b);
            assert!(!c.contains(&"conflict-negation".to_string()), "{a} / {b}: {c:?}");
        }
    }
}
