//! A speaker whose determiner is a possessive name or a distributive word: `Romney's associates
//! said`, `Ted Cruz’s campaign said`, `Each side said`. The other speaker patterns want an article,
//! a pronoun or a number before a common noun (`his associates`, `the campaign`), or a name.
//!
//! Input: the words before a speech verb (sentence text with quotations masked); output: the
//! speaker span in them.

use super::trim::AUX_WORDS;
use crate::model::Span;

/// Finite forms of the reporting verbs proper, the only cues such a speaker is sought for: after
/// a possessive the other cue words are mostly nouns (`Lee's promise`, `the mayor's new warning`).
const REPORTING: &[&str] = &[
    "said",
    "say",
    "says",
    "told",
    "tell",
    "tells",
    "wrote",
    "write",
    "writes",
    "added",
    "add",
    "adds",
    "insisted",
    "insist",
    "insists",
    "argued",
    "argue",
    "argues",
    "noted",
    "note",
    "notes",
    "warned",
    "warn",
    "warns",
    "claimed",
    "announced",
    "announce",
    "announces",
    "confirmed",
    "confirm",
    "confirms",
    "denied",
    "deny",
    "denies",
    "acknowledged",
    "reported",
    "stated",
    "explained",
];

/// True when `cue` (lower case) is a finite form of a reporting verb proper.
pub(super) fn reporting_verb(cue: &str) -> bool {
    REPORTING.contains(&cue)
}

/// Words that are no possessors before `'s` (`It's`, `There's`: a contracted `is`).
const NOT_POSSESSOR: &[&str] =
    &["it", "there", "that", "here", "what", "who", "let", "he", "she", "where", "how", "why", "this"];

/// Determiners that pick members of a group (`each side`, `neither campaign`).
const DISTRIBUTIVE: &[&str] = &["each", "every", "either", "neither"];

/// A word of the noun after the determiner: lower-case letters (a hyphen inside allowed).
fn noun_word(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_lowercase()) && w.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// True when `w` is a capitalised possessive (`Romney's`, `Cruz’s`, `Democrats'`).
fn possessive(w: &str) -> bool {
    let base = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).or_else(|| w.strip_suffix('\''));
    base.is_some_and(|b| {
        b.len() > 1
            && b.starts_with(char::is_uppercase)
            && !NOT_POSSESSOR.iter().any(|n| n.eq_ignore_ascii_case(b))
    })
}

/// The speaker ending `left` (before any auxiliaries and adverbs, `has`, `also`): one or two
/// lower-case noun words after a capitalised possessive, with the name it ends (`Ted Cruz’s
/// associates`), or after `each`, `every`, `either`, `neither` (`Each side`).
pub(super) fn possessed_np(left: &str) -> Option<Span> {
    // Words with their offsets, the auxiliaries at the end dropped.
    let mut ws: Vec<(usize, &str)> = crate::text::word_spans(left).collect();
    while ws.last().is_some_and(|(_, w)| AUX_WORDS.contains(&w.to_ascii_lowercase().as_str())) {
        ws.pop();
    }
    let (end_at, last) = *ws.last()?;
    let end = end_at + last.len();
    for n in 1..=2 {
        let Some(det) = ws.len().checked_sub(n + 1) else { break };
        if !ws[det + 1..].iter().all(|(_, w)| noun_word(w)) {
            break;
        }
        let (at, d) = ws[det];
        if DISTRIBUTIVE.iter().any(|x| x.eq_ignore_ascii_case(d)) {
            return Some(Span::new(at, end));
        }
        if possessive(d) {
            // The name the possessive ends: the capitalised words right before it.
            let mut start = at;
            for &(a, w) in ws[..det].iter().rev().take(3) {
                if !w.starts_with(char::is_uppercase)
                    || w.ends_with([',', '.', ':', ';'])
                    || super::not_name(w)
                {
                    break;
                }
                start = a;
            }
            return Some(Span::new(start, end));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn np(left: &str) -> Option<&str> {
        possessed_np(left).map(|s| &left[s.start..s.end])
    }

    #[test]
    fn a_possessive_name_or_distributive_opens_the_speaker() {
        assert_eq!(np("Ortega's aides "), Some("Ortega's aides"));
        assert_eq!(np("On Friday, Mayor Ann Ortega’s campaign has "), Some("Mayor Ann Ortega’s campaign"));
        assert_eq!(np("the vote, the Teamsters' lawyers also "), Some("Teamsters' lawyers"));
        assert_eq!(np("Ortega's two deputies "), Some("Ortega's two deputies"));
        assert_eq!(np("But Ortega's aides "), Some("Ortega's aides"));
        assert_eq!(np("After the vote, each side "), Some("each side"));
        assert_eq!(np("Neither campaign "), Some("Neither campaign"));
    }

    #[test]
    fn other_phrases_are_not_taken() {
        // No possessive, too many words after it, a capitalised head, a possessive pronoun.
        assert_eq!(np("the harbor board "), None);
        assert_eq!(np("Ortega's long-serving chief legal adviser "), None);
        assert_eq!(np("Ortega's Harbor Board "), None);
        assert_eq!(np("its aides "), None);
        assert_eq!(np(""), None);
        // A contracted `is`, not a possessive.
        assert_eq!(np("It's worth "), None);
        assert_eq!(np("There's no "), None);
        assert!(reporting_verb("said") && reporting_verb("insist"));
        assert!(!reporting_verb("promise") && !reporting_verb("saying"));
    }
}
