//! A poll or survey named in a sentence-opening `In` phrase is the source of the clause after the
//! comma (`In a Gazette poll released Monday, 48 percent of voters backed the levy`): PolNeAR
//! annotates such a phrase as an attribution with the cue `In`, like `According to a Gazette
//! poll, …`. Only at the sentence's start and with a poll or survey as the phrase's noun: in
//! mid-sentence `in the polls` is mostly a standing, not a source (`leads in the polls`).
//!
//! Input: a sentence with its quotations masked; output: the attribution (cue `In`, speaker the
//! noun phrase after it, inverted like `according to`).

use super::Attribution;
use crate::model::Span;

/// Nouns that make the phrase a source of findings.
const POLL_NOUNS: &[&str] = &["poll", "polls", "survey", "surveys"];

/// Words that open a clause inside the phrase (`In a memo released as polls closed, …`), or
/// are finite verbs: the phrase is then no noun phrase naming a poll.
const NOT_IN_PHRASE: &[&str] = &[
    "as", "when", "while", "after", "before", "since", "because", "if", "and", "but", "that", "which", "who",
    "is", "are", "was", "were", "has", "have", "had", "will", "would",
];

/// The attribution of a sentence opening `In <poll noun phrase>, <clause>`: the phrase runs to
/// the first comma over at most 12 words and holds a poll noun after its first word; the clause
/// after the comma has at least three words and does not open with a lower-case participle
/// (`In a poll of 800 voters, conducted in May, …` names the poll further).
pub fn opening_poll(masked: &str) -> Option<Attribution> {
    let lead = masked.len() - masked.trim_start().len();
    let text = &masked[lead..];
    let rest = text.strip_prefix("In ")?;
    let comma = rest.find(',')?;
    let phrase = rest[..comma].trim_end();
    let words: Vec<String> = phrase
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .collect();
    if words.len() < 2 || words.len() > 12 || words.iter().any(|w| NOT_IN_PHRASE.contains(&w.as_str())) {
        return None;
    }
    if !words[1..].iter().any(|w| POLL_NOUNS.contains(&w.as_str())) {
        return None;
    }
    let after: Vec<&str> = rest[comma + 1..].split_whitespace().take(3).collect();
    let participle = after
        .first()
        .is_some_and(|w| w.starts_with(char::is_lowercase) && (w.ends_with("ed") || w.ends_with("ing")));
    if after.len() < 3 || participle {
        return None;
    }
    let start = lead + 3;
    Some(Attribution {
        cue: Span::new(lead, lead + 2),
        speaker: Span::new(start, start + phrase.len()),
        inverted: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(s: &str) -> Option<&str> {
        opening_poll(s).map(|a| &s[a.speaker.start..a.speaker.end])
    }

    #[test]
    fn an_opening_poll_phrase_is_a_source() {
        assert_eq!(
            source("In a Gazette poll released Monday, 48 percent of voters backed the levy."),
            Some("a Gazette poll released Monday")
        );
        assert_eq!(
            source("In the latest county survey, most tenants wanted lower rents."),
            Some("the latest county survey")
        );
        assert_eq!(
            opening_poll("In the poll, support fell by a third.").map(|a| a.cue),
            Some(Span::new(0, 2))
        );
    }

    #[test]
    fn other_in_phrases_are_not() {
        for s in [
            "In the polls, anyway.",
            "In a memo released as polls closed, the mayor conceded.",
            "In a poll of 800 voters, conducted in May, the levy led.",
            "In the harbor, three boats sank overnight.",
            "She leads in the polls, and the levy is ahead too.",
            "In polls, voters back the levy.",
        ] {
            assert_eq!(source(s), None, "{s}");
        }
    }
}
