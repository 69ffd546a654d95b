//! Tails that close a reported clause without being part of it: a summing-up apposition after a
//! comma or dash (`…, a swipe at his rivals`, `… — a plan the council rejected`) and a comparison
//! (`…, compared with 41 percent for Lee`). PolNeAR's annotators end the content before them.
//!
//! Input: a content span (body offsets) after a cue; output: the span cut at the first such tail.

use std::sync::LazyLock;

use regex::Regex;

use super::bounds::{adjunct_only, inside_quote, trim_span};
use crate::model::Span;

/// A comma or spaced dash, then `a`/`an` (an apposition) or `compared with`/`compared to`.
static TAIL: LazyLock<Regex> = LazyLock::new(|| {
    #[allow(clippy::expect_used)] // constant pattern, checked by the tests
    Regex::new(r"(?:,|\s+[—–])\s+(?:an?|compared\s+(?:with|to))\s").expect("tail regex")
});

/// `sp` cut before the first apposition or comparison tail that follows at least three words of
/// content, outside quotation marks. Measured on PolNeAR train (P/R/F1 0.8191/0.4969/0.6186 →
/// 0.8203/0.4976/0.6195); other tails measured and left out: `, -ing` clauses (0.6166), `, the`
/// (0.6175), `, with` (0.6179), `, which`/`, who`/`, even` (0.6184–0.6185), `and` + a new
/// subject and verb (0.6135), a comma + subject and verb outside a subordinate clause (0.6150).
pub(super) fn cut_tail(body: &str, sp: Span) -> Span {
    let Some(t) = body.get(sp.start..sp.end) else { return sp };
    for m in TAIL.find_iter(t) {
        let head = &t[..m.start()];
        if head.split_whitespace().count() >= 3 && !inside_quote(head) && !time_phrase(&t[m.end()..]) {
            return trim_span(body, Span::new(sp.start, sp.start + m.start()));
        }
    }
    sp
}

/// True when `rest` (the words after a tail's `a`/`an`) is a time adjunct: `day after …`, `week
/// earlier`, `year ago`, `few days later`.
fn time_phrase(rest: &str) -> bool {
    let mut ws =
        rest.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase());
    let Some(unit) = ws.next() else { return false };
    let unit = if unit == "few" { ws.next().unwrap_or_default() } else { unit };
    // `a day after`, not `a figure`: a time unit of the time lexicon.
    crate::extract::time::lexicon::unit(&unit).is_some()
        && ws.next().is_some_and(|w| matches!(w.as_str(), "after" | "before" | "later" | "earlier" | "ago"))
}

/// True when the words after a cue (`gap`, up to the next attribution) hold no content: at most
/// an adjunct (`Wednesday`, `on Monday`), then a summing-up apposition or comparison after a comma
/// or dash (`…, officials said Wednesday, a figure that drew criticism`). The content is then the
/// clause before the attribution, not the tail and not the whole sentence.
pub(super) fn only_a_tail(body: &str, gap: Span) -> bool {
    let Some(t) = body.get(gap.start..gap.end) else { return false };
    TAIL.find(t).filter(|m| !time_phrase(&t[m.end()..])).is_some_and(|m| {
        let head = trim_span(body, Span::new(gap.start, gap.start + m.start()));
        head.is_empty() || adjunct_only(body, head)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(s: &str) -> &str {
        let sp = cut_tail(s, Span::new(0, s.len()));
        &s[sp.start..sp.end]
    }

    #[test]
    fn cuts_before_a_summing_up_apposition_or_a_comparison() {
        assert_eq!(
            cut("the ferry would run twice a day, a boost for the islanders"),
            "the ferry would run twice a day"
        );
        assert_eq!(
            cut("to close the mine by June — an outcome the union had feared"),
            "to close the mine by June"
        );
        assert_eq!(
            cut("38 percent back the levy, compared with 29 percent in May"),
            "38 percent back the levy"
        );
    }

    #[test]
    fn keeps_short_heads_quotations_and_other_commas() {
        // Fewer than three words before the comma: the apposition is the content's own.
        assert_eq!(cut("the port, a hub for grain"), "the port, a hub for grain");
        // Inside a quotation.
        assert_eq!(
            cut("it was “a mess for all of us, a shambles” indeed"),
            "it was “a mess for all of us, a shambles” indeed"
        );
        assert_eq!(cut("fares will rise, the council said"), "fares will rise, the council said");
        // A time adjunct opened by `a` is no apposition.
        assert_eq!(
            cut("the bridge would reopen in May, a day after the council voted"),
            "the bridge would reopen in May, a day after the council voted"
        );
        assert_eq!(
            cut("the bridge would reopen, a few weeks later than planned"),
            "the bridge would reopen, a few weeks later than planned"
        );
    }

    #[test]
    fn words_after_a_cue_that_are_only_an_adjunct_and_a_tail() {
        let tail = |s: &str| only_a_tail(s, Span::new(0, s.len()));
        assert!(tail(" Monday, a figure the union disputed."));
        assert!(tail(", an increase of a third."));
        assert!(tail(" on Friday — a first for the port."));
        assert!(tail(" at a hearing in Dover, compared with 41 last year."));
        // A clause of its own after the cue, or a tail after content words, is content.
        assert!(!tail(" the ferry would run twice a day, a boost for the islanders."));
        assert!(!tail(" Monday that fares would rise."));
        assert!(!tail(", adding that fares would rise."));
    }
}
