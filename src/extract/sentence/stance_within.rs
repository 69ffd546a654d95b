//! `Lee said the fee was fair but planned to cut it`, `Lee told the board the pier was sound and
//! she thinks it will reopen`: an attitude, intention or finding verb (`planned`, `thinks`,
//! `decided`, `found`) after the content of a finite `say` or `tell` in the same clause run is
//! read inside what was said, as PolNeAR annotates it (one attribution, the `said` one), not as a
//! claim of its own. The speech verb's content then runs over it; the inner claim stays, within
//! it, when it has a speaker of its own (`she thinks`), and is dropped when it is a second verb of
//! the same speaker (`said A but planned B`: it would only repeat part of the outer claim, and
//! `shift` would take it for another position).
//!
//! Only `say` and `tell`: after other speech verbs the annotators keep the second verb apart
//! (`Ruiz lamented the tone and criticized the rules` is two attributions). A participle is read
//! inside too (`said A, hoping to B`; as a claim of its own: 1 match fewer, 4 false predictions
//! more). A semicolon, colon or sentence stop between the two ends the reported words.
//!
//! PolNeAR train: P / R / F1 0.8356 / 0.5068 / 0.6309 → 0.8386 / 0.5068 / 0.6318 (one match
//! more, 43 false predictions fewer); dev 0.8390 / 0.5205 / 0.6425 → 0.8435 / 0.5214 / 0.6445.
//! With any speech verb outside, train F1 0.6307 (16 matches fewer).

use crate::extract::attribution::Attribution;
use crate::extract::cues::is_stance_only;

/// Finite forms of the speech verbs whose content holds a later attitude verb.
const SAY_TELL: &[&str] = &["say", "says", "said", "tell", "tells", "told"];

/// True when attribution `k + 1` of `attrs` (offsets in `masked`, the sentence with quotations
/// masked) is reported inside the content of `k`.
pub(super) fn stance_within(masked: &str, attrs: &[Attribution], k: usize) -> bool {
    let (Some(a), Some(b)) = (attrs.get(k), attrs.get(k + 1)) else { return false };
    if a.inverted || b.inverted {
        return false;
    }
    let cue = |x: &Attribution| masked.get(x.cue.start..x.cue.end).unwrap_or("");
    // The outer cue first, without lowering a copy: most pairs stop here.
    if !SAY_TELL.iter().any(|f| f.eq_ignore_ascii_case(cue(a)))
        || !is_stance_only(&cue(b).to_ascii_lowercase())
    {
        return false;
    }
    let gap = masked.get(a.cue.end..b.speaker.start.min(b.cue.start)).unwrap_or("");
    !gap.contains([';', ':', '.', '?', '!'])
}

/// True when attribution `k + 1`, inside `k`'s content by [`stance_within`], is a second verb of
/// `k`'s own speaker (`Lee said A but planned B`): its claim would repeat part of `k`'s, so it is
/// no claim (a claim of another speaker, `… and Kim thinks B`, stays, within `k`'s).
pub(super) fn restates(masked: &str, attrs: &[Attribution], k: usize) -> bool {
    attrs.get(k + 1).is_some_and(|b| b.speaker == attrs[k].speaker) && stance_within(masked, attrs, k)
}

#[cfg(test)]
mod tests {
    use super::super::part_texts as claims;

    fn c(speaker: &str, cue: &str, content: &str, within: bool) -> (String, String, String, bool) {
        (speaker.to_string(), cue.to_string(), content.to_string(), within)
    }

    #[test]
    fn an_attitude_verb_after_said_is_inside_what_was_said() {
        assert_eq!(
            claims("The harbor master said the pier was sound, but planned to close it in May."),
            vec![c("The harbor master", "said", "the pier was sound, but planned to close it in May", false)]
        );
        // Two clauses of what was said (one statement, see `and_clause`), `thinks` inside.
        assert_eq!(
            claims("Ms. Okafor said the levy was too low and she thinks fares will rise."),
            vec![
                c("Ms. Okafor", "said", "the levy was too low", false),
                c("Ms. Okafor", "said", "she thinks fares will rise", false),
                c("she", "thinks", "fares will rise", true),
            ]
        );
        assert_eq!(
            claims("The mayor said the bridge would reopen, hoping to calm the traders."),
            vec![c("The mayor", "said", "the bridge would reopen, hoping to calm the traders", false)]
        );
    }

    #[test]
    fn after_other_verbs_or_a_clause_break_they_stay_claims_of_their_own() {
        // Another speech verb outside: two attributions.
        let out = claims("The mayor lamented the delays and criticized the contractor.");
        assert!(out.iter().all(|p| !p.3), "{out:?}");
        // A speech verb inside is not an attitude verb.
        let out = claims("The mayor said the bridge would reopen and warned that tolls would rise.");
        assert!(out.iter().all(|p| !p.3), "{out:?}");
        // A semicolon ends what was said.
        let out = claims("The mayor said the bridge would reopen; the council believes it will not.");
        assert!(out.iter().all(|p| !p.3), "{out:?}");
    }
}
