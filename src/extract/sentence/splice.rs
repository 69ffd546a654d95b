//! Comma splices: `Lee said the pier was unsafe, she told the Gazette.` A pronoun attribution
//! after a comma, with no words of its own to report, right after a claim whose content ends at
//! that comma, says again who said it (the writer joined two sentences with a comma); it does not
//! report the first attribution (`…, the paper reported`), so it is no claim and the first claim
//! is not within it.
//!
//! Input: the sentence's attributions, their extents and contents (body offsets); output: which
//! attributions restate the one before them.

use super::attribution::Attribution;
use crate::extract::cues::is_stance_only;
use crate::model::Span;

/// Pronoun speakers that refer back to the previous speaker.
const PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "it"];

fn pronoun(w: &str) -> bool {
    PRONOUNS.iter().any(|p| p.eq_ignore_ascii_case(w.trim()))
}

/// For each attribution, true when it restates the previous one's speaker in a comma splice:
/// its speaker is a pronoun before its cue, its content lies before it and holds the previous
/// claim, whose content runs from after its own cue to the comma before the pronoun. A pronoun
/// after another pronoun must be the same (`He said …, he told …`; not `They said …, she told …`).
/// `masked` is the sentence with quotations masked (the offsets of `attrs`).
pub(super) fn comma_splices(
    body: &str,
    masked: &str,
    attrs: &[Attribution],
    ext: &[Span],
    contents: &[Option<Span>],
) -> Vec<bool> {
    let mut out = vec![false; attrs.len()];
    for k in 1..attrs.len() {
        let (Some(cp), Some(ck)) = (contents[k - 1], contents[k]) else { continue };
        let (a, prev) = (&attrs[k], &attrs[k - 1]);
        let who = masked.get(a.speaker.start..a.speaker.end).unwrap_or("");
        let before = masked.get(prev.speaker.start..prev.speaker.end).unwrap_or("");
        if a.inverted
            || prev.inverted
            || !pronoun(who)
            || (pronoun(before) && !who.eq_ignore_ascii_case(before))
        {
            continue;
        }
        // Both cues speech verbs, the first finite (`Lee found …, she said` reports a finding).
        let speech = |x: &Attribution| {
            let cue = masked.get(x.cue.start..x.cue.end).unwrap_or("").to_lowercase();
            !cue.ends_with("ing") && !is_stance_only(&cue)
        };
        if !speech(prev) || !speech(a) {
            continue;
        }
        let gap = body.get(cp.end..ext[k].start).unwrap_or("");
        let nested = (ck.start <= cp.start && cp.end <= ck.end) || (cp.start <= ck.start && ck.end <= cp.end);
        if nested && ck.end <= ext[k].start && cp.start >= ext[k - 1].end && gap.trim() == "," {
            out[k] = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::part_texts as claims;

    fn c(speaker: &str, cue: &str, content: &str) -> (String, String, String, bool) {
        (speaker.to_string(), cue.to_string(), content.to_string(), false)
    }

    #[test]
    fn a_pronoun_attribution_after_a_comma_splice_restates_the_speaker() {
        assert_eq!(
            claims("Mayor Ann Lee said the ferry would resume in May, she told the Gazette on Monday."),
            vec![c("Mayor Ann Lee", "said", "the ferry would resume in May")]
        );
        assert_eq!(
            claims("The harbor board said its pier was unsafe, it told tenants in a letter."),
            vec![c("The harbor board", "said", "its pier was unsafe")]
        );
        assert_eq!(
            claims("He said the levy would pass easily, he told reporters."),
            vec![c("He", "said", "the levy would pass easily")]
        );
    }

    #[test]
    fn a_named_or_other_pronoun_closing_attribution_still_reports_the_first() {
        // Another source reporting what Lee said: Lee's claim is within the paper's.
        let got = claims("Lee said the ferry would resume in May, the paper reported.");
        assert_eq!(got.len(), 2);
        assert_eq!(
            (got[1].0.as_str(), got[1].2.as_str()),
            ("the paper", "Lee said the ferry would resume in May")
        );
        assert!(got[0].3);
        // `they` cannot restate `he`.
        let got = claims("He said the ferry would resume in May, they told the Gazette.");
        assert_eq!(got.len(), 2);
        assert!(got[0].3);
    }
}
