//! The misquote detector: one speaker's quoted words given differently by two outlets. The
//! quoted words of each side are compared (all words of a direct quote; the words inside
//! quotation marks of a `mixed` claim: called the estimate "wildly inflated"), and only where they
//! overlap: a quote the other side's quote contains is no misquote (one outlet quoted more, or the
//! same words twice), nor are two quotes that share no content word (two parts of one speech);
//! before the first and after the last shared word only replaced words count.

use super::conflict::{reason, same_person};
use super::relation::Side;
use super::similarity::Token;
use super::words::quoted_ranges;
use crate::model::{ClaimKind, Reason, TextSpan};

/// Content words two quotes must share for [`detect_unrelated`]: with one shared word
/// ("wildly inflated" / "widely inflated") the pair must first be similar as a whole.
const SHARED_WHEN_UNRELATED: usize = 2;

/// Runs the detector on a pair the scorer found similar enough for its conflict detectors.
pub fn detect(a: &Side, b: &Side) -> Option<Reason> {
    detect_with(a, b, 1)
}

/// The detector for a pair below the scorer's similarity gate (long contents that differ around
/// the quote): the quotes must share at least [`SHARED_WHEN_UNRELATED`] content words (`the
/// agency had "failed to take a close look" at pollution, and gave it 12 months` / `the Bureau
/// "failed to take a hard look" at water pollution and ordered a new review`).
pub fn detect_unrelated(a: &Side, b: &Side) -> Option<Reason> {
    detect_with(a, b, SHARED_WHEN_UNRELATED)
}

fn detect_with(a: &Side, b: &Side, min_shared: usize) -> Option<Reason> {
    let (sa, sb) = (a.speaker?, b.speaker?);
    let quoting = |s: &Side| matches!(s.kind, Some(ClaimKind::Direct | ClaimKind::Mixed));
    if !same_person(&sa.name, &sb.name) || !quoting(a) || !quoting(b) {
        return None;
    }
    let (gone, added) = fragment_changes(a, b, min_shared)?;
    reason_for(a, b, &sa.name, &gone, &added)
}

/// The `conflict-misquote` reason for the words only in `a` (`gone`) and only in `b` (`added`);
/// none when both are empty.
fn reason_for(a: &Side, b: &Side, name: &str, gone: &[&str], added: &[&str]) -> Option<Reason> {
    if gone.is_empty() && added.is_empty() {
        return None;
    }
    let spans = |s: &Side, words: &[&str]| -> Vec<TextSpan> {
        s.tokens
            .iter()
            .filter(|t| words.contains(&t.lower.as_str()))
            .map(|t| s.span(t.start, t.end))
            .collect()
    };
    let detail = format!("quotes of {name} differ: a has [{}], b has [{}]", gone.join(" "), added.join(" "));
    Some(reason("conflict-misquote", detail, spans(a, gone), spans(b, added)))
}

/// The quoted tokens of a side: all of a direct quote (a phrase it quotes in turn is still its
/// words), those inside quotation marks of any other claim.
fn quoted<'s>(s: &'s Side) -> Vec<&'s Token> {
    if s.kind == Some(ClaimKind::Direct) {
        return s.tokens.iter().collect();
    }
    let q = quoted_ranges(s.text);
    s.tokens.iter().filter(|t| q.iter().any(|&(x, y)| t.start >= x && t.end <= y)).collect()
}

/// Content words (lower case) that differ between the quoted words of two sides where the quotes
/// overlap, `None` when they share fewer than `min_shared` content words (or fewer than half of
/// the shorter quote's) or one is a stretch of the other. Changes
/// before the first and after the last shared word count only where both sides change there (a
/// word replaced at the edge of a fragment), and no more of the longer side's words than the
/// shorter side has there: the rest of a full quote lies outside the fragment.
fn fragment_changes<'s>(a: &'s Side, b: &'s Side, min_shared: usize) -> Option<(Vec<&'s str>, Vec<&'s str>)> {
    let (qa, qb) = (quoted(a), quoted(b));
    let (la, lb): (Vec<&str>, Vec<&str>) =
        (qa.iter().map(|t| t.lower.as_str()).collect(), qb.iter().map(|t| t.lower.as_str()).collect());
    let contains =
        |big: &[&str], small: &[&str]| small.is_empty() || big.windows(small.len()).any(|w| w == small);
    if la.is_empty() || lb.is_empty() || contains(&la, &lb) || contains(&lb, &la) {
        return None;
    }
    let ops = similar::capture_diff_slices(similar::Algorithm::Myers, &la, &lb);
    let equal: Vec<usize> =
        (0..ops.len()).filter(|&i| ops[i].as_tag_tuple().0 == similar::DiffTag::Equal).collect();
    // the shared stretch runs between the first and last shared run that holds a content word
    // or two words: a lone `we` matched far from the rest does not make it
    let anchor = |&&i: &&usize| {
        let (_, ra, _) = ops[i].as_tag_tuple();
        ra.len() >= 2 || ra.clone().any(|k| !qa[k].stop)
    };
    let (first, last) = (*equal.iter().find(anchor)?, *equal.iter().rev().find(anchor)?);
    let shared = equal.iter().flat_map(|&i| ops[i].as_tag_tuple().1).filter(|&i| !qa[i].stop).count();
    let content = |q: &[&Token]| q.iter().filter(|t| !t.stop).count();
    if shared < min_shared.max(1) || 2 * shared < content(&qa).min(content(&qb)) {
        return None;
    }
    // where the first shared stretch starts on each side
    let (first_a, first_b) = {
        let (_, ra, rb) = ops[first].as_tag_tuple();
        (ra.start, rb.start)
    };
    let (mut gone, mut added) = (Vec::new(), Vec::new());
    let mut take = |ra: std::ops::Range<usize>, rb: std::ops::Range<usize>, edge: bool| {
        let mut ca: Vec<usize> = ra.filter(|&i| !qa[i].stop).collect();
        let mut cb: Vec<usize> = rb.filter(|&j| !qb[j].stop).collect();
        if edge {
            // as many content words on each side as the other has there, nearest the shared
            // stretch (at the start those are the last ones)
            let n = ca.len().min(cb.len());
            let at_start =
                ca.first().is_some_and(|&i| i < first_a) || cb.first().is_some_and(|&j| j < first_b);
            if at_start {
                ca.reverse();
                cb.reverse();
            }
            ca.truncate(n);
            cb.truncate(n);
        }
        gone.extend(ca.into_iter().map(|i| la[i]));
        added.extend(cb.into_iter().map(|j| lb[j]));
    };
    for (k, op) in ops.iter().enumerate() {
        let (tag, ra, rb) = op.as_tag_tuple();
        if tag != similar::DiffTag::Equal {
            take(ra, rb, k < first || k > last);
        }
    }
    gone.sort_unstable();
    added.sort_unstable();
    Some((gone, added))
}

#[cfg(test)]
mod tests {
    use crate::model::{Claim, ClaimKind};
    use crate::score::score_claims;

    fn claim(content: &str, kind: ClaimKind) -> Claim {
        crate::score::conflict::tests::claim(content, 0, "Ada Moss", kind)
    }

    fn misquote(a: (&str, ClaimKind), b: (&str, ClaimKind)) -> Option<String> {
        let s = score_claims(&claim(a.0, a.1), &claim(b.0, b.1));
        s.reasons.iter().find(|r| r.code == "conflict-misquote").map(|r| r.detail.clone())
    }

    #[test]
    fn extra_opening_words_matched_by_a_lone_stop_word_are_no_misquote() {
        use ClaimKind::Direct;
        let a = "We cannot take credit for this one, but we do like it when fans get creative";
        let b = "Our team heard fans say we made a soap. We cannot take credit for this one, but we do like when fans get creative";
        assert_eq!(misquote((a, Direct), (b, Direct)), None);
    }

    #[test]
    fn a_direct_quote_inside_a_longer_one_is_no_misquote() {
        use ClaimKind::Direct;
        let short = "We had no word from the ministry that it is cholera";
        let long = "We had no word from the ministry that it is cholera, and we will not guess";
        assert_eq!(misquote((long, Direct), (short, Direct)), None);
        assert_eq!(misquote((&format!("{short}, {short}"), Direct), (short, Direct)), None);
        let d = misquote((short, Direct), ("We had no word from the ministry that it is typhoid", Direct));
        assert_eq!(d.as_deref(), Some("quotes of Ada Moss differ: a has [cholera], b has [typhoid]"));
    }

    #[test]
    fn a_quoted_fragment_with_another_word_is_a_misquote() {
        use ClaimKind::Mixed;
        let d = misquote(
            ("the tariff plan \"deeply reckless\"", Mixed),
            ("the tariff plan \"plainly reckless\"", Mixed),
        );
        assert_eq!(d.as_deref(), Some("quotes of Ada Moss differ: a has [deeply], b has [plainly]"));
    }

    #[test]
    fn quotes_inside_long_unlike_contents_are_compared_when_they_share_two_words() {
        use ClaimKind::Mixed;
        let a = "the inspectors \"did not follow the safety rules\" at the plant, and fined the owner $2,000";
        let b = "the plant's owner, who must now retrain all staff, \"did not follow the basic rules\"";
        assert_eq!(
            misquote((a, Mixed), (b, Mixed)).as_deref(),
            Some("quotes of Ada Moss differ: a has [safety], b has [basic]")
        );
        // one shared word is not enough when the claims are otherwise unlike
        let c = "the council's budget, passed late on Friday after a long debate, was \"wildly inflated\"";
        let d = "the stadium deal that the mayor signed in March looks \"widely inflated\" to him";
        assert_eq!(misquote((c, Mixed), (d, Mixed)), None);
    }

    #[test]
    fn a_fragment_inside_the_full_quote_or_another_part_of_it_is_no_misquote() {
        use ClaimKind::{Direct, Mixed};
        let full = "The harbour fees are far too high and the ferries run late";
        assert_eq!(misquote((full, Direct), ("harbour fees \"far too high\"", Mixed)), None);
        assert_eq!(misquote((full, Direct), ("the service \"run late\" too often", Mixed)), None);
        // a word replaced at the edge of the fragment counts, the rest of the full quote does not
        let full = "The new harbour fees will ruin small fishing crews within a year";
        let d = misquote((full, Direct), ("the harbour fees \"will ruin small fishing firms\"", Mixed));
        assert_eq!(d.as_deref(), Some("quotes of Ada Moss differ: a has [crews], b has [firms]"));
        // at the start too: only the word next to the shared stretch, not the quote's opening
        let full = "Our harbour board says this ruling puts 640 jobs at risk";
        let d = misquote((full, Direct), ("the ruling put \"more than 600 jobs at risk\"", Mixed));
        assert_eq!(d.as_deref(), Some("quotes of Ada Moss differ: a has [640], b has [600]"));
    }
}
