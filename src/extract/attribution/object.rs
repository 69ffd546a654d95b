//! When an object cue (`endorsed`, `talked about`, see [`crate::extract::cues::takes_object`]) is
//! a source's verb: most of these words are also nouns (`Latino support for`, `the attacks on`),
//! adjectives (`U.S.-backed`) or verbs inside someone else's reported clause (`said he would
//! support`), so a found attribution is kept only when the cue reads as the finite verb of its
//! own clause, with its subject as the source.

use super::{not_name, Attribution};

/// Words that cannot open the object of a transitive cue: after them the cue word is a noun
/// (`support from`, `attacks on`) or an intransitive particle verb (`backed away`, `back down`),
/// or the clause goes on without an object (`support, which`).
const NOT_OBJECT: &[&str] = &[
    "for", "from", "among", "in", "on", "of", "away", "down", "up", "off", "out", "by", "with", "at", "into",
    "over", "about", "as", "than", "and", "or", "but", "is", "was", "are", "were", "has", "have", "had",
    "will", "would", "can", "could", "should", "may", "might", "must",
];

/// Words right before a source that make it no subject: a determiner or preposition (`the
/// Paris attacks`, `decades of Republican support`), or a verb whose clause holds it (`say they
/// support`, `whether he would support`).
const NOT_BEFORE_SUBJECT: &[&str] = &[
    "the", "a", "an", "of", "in", "for", "with", "by", "to", "from", "on", "at", "about", "against", "over",
    "under", "into", "than", "like", "whether", "say", "says", "said", "saying", "think", "thinks",
    "thought", "believe", "believes", "believed", "know", "knows", "knew", "hope", "hopes", "see", "sees",
    "feel", "feels", "whom", "its", "his", "her", "their", "our", "my", "your",
];

/// Words that may stand right before a one-word source in mid-sentence (`…, and Lee endorsed`,
/// `because they support`): any other lower-case word makes it a modifier (`dampen Latino
/// support`, `halting Muslim attacks`).
const BEFORE_SUBJECT: &[&str] = &[
    "and", "but", "or", "that", "because", "while", "when", "if", "as", "so", "since", "although", "though",
    "after", "before", "now", "then", "also", "where", "once", "until", "yet",
];

fn last_word(s: &str) -> Option<&str> {
    let t = s.trim_end();
    if t.is_empty() || t.ends_with(|c: char| !c.is_alphanumeric()) {
        return None;
    }
    t.rsplit(char::is_whitespace).next()
}

/// True when `a`, found for an object cue in `masked`, is kept: the cue is not part of a
/// hyphenated word, an object follows it (not a particle, preposition or punctuation), no earlier
/// attribution of the sentence with another source reports it (`prev`), and its source is a
/// clause subject (see [`NOT_BEFORE_SUBJECT`], [`BEFORE_SUBJECT`]).
pub fn keeps(masked: &str, a: &Attribution, prev: Option<&Attribution>) -> bool {
    if a.inverted || masked[..a.cue.start].ends_with(['-', '‐']) {
        return false;
    }
    let rest = masked[a.cue.end..].trim_start();
    let next = rest.split_whitespace().next().unwrap_or("");
    if next.is_empty()
        || !next.starts_with(|c: char| c.is_alphanumeric() || c == '~' || c == '“' || c == '"')
        || NOT_OBJECT.contains(&next.to_lowercase().as_str())
    {
        return false;
    }
    if prev.is_some_and(|p| p.speaker != a.speaker) {
        return false;
    }
    let who = &masked[a.speaker.start..a.speaker.end];
    let function_word = |w: &str| {
        let w = w.to_lowercase();
        BEFORE_SUBJECT.contains(&w.as_str()) || NOT_BEFORE_SUBJECT.contains(&w.as_str())
    };
    if !who.contains(char::is_whitespace)
        && (not_name(who) || function_word(who) || who.starts_with(char::is_lowercase) && who.len() > 4)
    {
        // A lone clause word (`Or`, `Looking`) or a lower-case word taken as a source.
        if !matches!(who, "they" | "these" | "those" | "others" | "voters") {
            return false;
        }
    }
    match last_word(&masked[..a.speaker.start]) {
        None => true,
        Some(p) => {
            let p = p.to_lowercase();
            if NOT_BEFORE_SUBJECT.contains(&p.as_str()) {
                return false;
            }
            let lower_before = p.starts_with(char::is_lowercase);
            who.contains(char::is_whitespace) || !lower_before || BEFORE_SUBJECT.contains(&p.as_str())
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::attribution::find_attributions;

    /// (speaker, cue) of every attribution found in `s`.
    fn found(s: &str) -> Vec<(String, String)> {
        find_attributions(s)
            .into_iter()
            .map(|a| (s[a.speaker.start..a.speaker.end].to_string(), s[a.cue.start..a.cue.end].to_string()))
            .collect()
    }

    fn pair(who: &str, cue: &str) -> Vec<(String, String)> {
        vec![(who.to_string(), cue.to_string())]
    }

    #[test]
    fn a_source_with_an_object_is_kept() {
        assert_eq!(found("Mayor Ruiz endorsed the levy on Monday."), pair("Mayor Ruiz", "endorsed"));
        assert_eq!(found("She talked about the harbor for an hour."), pair("She", "talked about"));
        assert_eq!(found("Both unions oppose the levy."), pair("Both unions", "oppose"));
        assert_eq!(found("The vote came after Ortega endorsed Ruiz."), pair("Ortega", "endorsed"));
    }

    #[test]
    fn nouns_modifiers_and_reported_clauses_are_not_sources() {
        for s in [
            "The Lisbon-endorsed plan failed in the spring.",
            "Ruiz said he would oppose the levy.",
            "Nobody knows whether he would endorse the levy.",
            "The county commented on, and then dropped, the plan.",
            "Growers opposed by the council lost the vote.",
            "The mayor met Lisbon opposing groups in the hall.",
            "Or endorse the other plan, if you like.",
        ] {
            let cues: Vec<String> = found(s).into_iter().map(|(_, c)| c).collect();
            assert!(cues.iter().all(|c| !crate::extract::cues::takes_object(c)), "{s}: {cues:?}");
        }
    }
}
