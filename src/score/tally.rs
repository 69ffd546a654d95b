//! Tallies: a vote or a score written as two counts joined by a hyphen (`voted 7-4`, `won 3-1`).
//! The quantity detector leaves them alone (a figure touching a hyphen may be part of a longer
//! number, `167-1/2`), so a changed tally is found here: both sides hold one at the same place
//! (the same changed stretch of the word diff, or after the same word) with other counts.

use std::sync::LazyLock;

use regex::Regex;

use super::conflict::{reason, token_at, Alignment};
use super::relation::Side;
use crate::model::Reason;

/// Two counts of one to three digits joined by a hyphen or an en dash, standing alone as a word
/// (not `2019-02-28`, `167-1/2` or `1-800-555`).
static TALLY: LazyLock<Regex> = LazyLock::new(|| {
    #[allow(clippy::expect_used)] // constant pattern, checked by the tests
    Regex::new(r"(?:^|[\s(])(\d{1,3})[-–](\d{1,3})(?:$|[\s,.;:)])").expect("tally regex")
});

/// The one tally of a side (byte span of `N-M`), if it holds exactly one.
fn tally(side: &Side) -> Option<(usize, usize)> {
    // Most texts hold no digit next to a dash: a byte scan spares them the regex.
    let b = side.text.as_bytes();
    let dash_digit = b.windows(2).any(|w| w[0].is_ascii_digit() && (w[1] == b'-' || w[1] == 0xE2));
    if !dash_digit {
        return None;
    }
    let mut found = TALLY.captures_iter(side.text).filter_map(|c| {
        let (a, b) = (c.get(1)?, c.get(2)?);
        let after = &side.text[b.end()..];
        // `1-800-555` or `7-4-1`: a longer chain of numbers.
        (!after.starts_with(['-', '–', '/'])).then_some((a.start(), b.end()))
    });
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// A changed tally (`voted 7-4` / `voted 8-3`): `conflict-number` with both tallies as evidence.
pub fn detect(a: &Side, b: &Side, al: &Alignment) -> Option<Reason> {
    let (ta, tb) = (tally(a)?, tally(b)?);
    let (xa, xb) = (&a.text[ta.0..ta.1], &b.text[tb.0..tb.1]);
    let norm = |s: &str| s.replace('–', "-");
    if norm(xa) == norm(xb) {
        return None;
    }
    let (ia, ib) = (token_at(a, ta.0, ta.1)?, token_at(b, tb.0, tb.1)?);
    let same_hunk = al.a[ia].is_some_and(|h| al.b[ib] == Some(h));
    let before = |s: &'_ Side, i: usize| i.checked_sub(1).map(|k| s.tokens[k].lower.clone());
    let same_word = before(a, ia).is_some_and(|w| before(b, ib) == Some(w));
    if !same_hunk && !same_word {
        return None;
    }
    let detail = format!("tally {xa} vs {xb}");
    Some(reason("conflict-number", detail, vec![a.span(ta.0, ta.1)], vec![b.span(tb.0, tb.1)]))
}

#[cfg(test)]
mod tests {
    use crate::model::Relation;
    use crate::score::score_texts;
    use crate::score::test_codes as codes;

    #[test]
    fn a_changed_vote_or_score_is_a_number_conflict() {
        let s =
            score_texts("The board voted 7-4 to close the pier.", "The board voted 8-3 to close the pier.");
        assert_eq!(s.relation, Relation::Conflict);
        let r = s.reasons.iter().find(|r| r.code == "conflict-number");
        assert_eq!(
            r.map(|r| (r.detail.as_str(), r.a[0].start, r.b[0].start)),
            Some(("tally 7-4 vs 8-3", 16, 16))
        );
        let (_, c) = codes("United won the final 3–1 on Sunday.", "United won the final 2-1 on Sunday.");
        assert!(c.contains(&"conflict-number".to_string()), "{c:?}");
    }

    #[test]
    fn same_tallies_dates_and_other_slots_are_no_conflict() {
        let (_, c) =
            codes("The board voted 7-4 to close the pier.", "The board voted 7–4 to close the pier.");
        assert!(!c.contains(&"conflict-number".to_string()), "{c:?}");
        let (_, c) =
            codes("Call 1-800-555 to vote on the pier plan.", "Call 1-800-556 to vote on the pier plan.");
        assert!(!c.contains(&"conflict-number".to_string()), "{c:?}");
        // A tally in another place of the sentence fills another slot.
        let (_, c) = codes(
            "The board voted 7-4 to close the pier after a long meeting.",
            "The board voted to close the pier after a long meeting that ran 5-2 in favour.",
        );
        assert!(!c.iter().any(|x| x == "conflict-number"), "{c:?}");
    }
}
