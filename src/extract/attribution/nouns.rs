//! Cue words used as nouns: `the report`, `his claims`, `Trump's call`, `a think tank`. A
//! reporting verb never follows a determiner or a possessive, and a few cue words head noun
//! compounds; such a match is no cue, and the speaker search must not stop at it.

/// Determiners and possessive pronouns: the next word is a noun or an adjective, not a verb.
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your", "every",
    "each",
];

/// `'s` contractions of pronouns, which stand for `has`/`is` (`he's said`), not a possessive.
const CONTRACTIONS: &[&str] = &["it", "he", "she", "that", "there", "what", "who", "here", "where", "let"];

/// Nouns that make a compound with a cue word before them (`think tank`, `report card`).
const COMPOUND_HEADS: &[&str] = &[
    "tank", "tanks", "card", "cards", "center", "centers", "centre", "centres", "sign", "signs", "shot",
    "shots", "label", "labels",
];

/// Quantifiers: a cue form in `-s` after them is a plural noun (`many promises`, `some claims`).
const QUANTIFIERS: &[&str] =
    &["many", "several", "few", "some", "all", "both", "most", "numerous", "multiple", "various"];

/// Degree words: an `-ing` cue form after them is an adjective (`most telling`, `very promising`).
const DEGREE: &[&str] = &["most", "more", "less", "least", "very", "so", "too", "quite", "particularly"];

/// True when the cue word between `start` and `end` of `text` is a noun here: it follows a
/// determiner or a possessive (`the report`, `Lee's claim`) or heads a compound (`think tank`).
pub fn is_noun_use(text: &str, start: usize, end: usize) -> bool {
    let prev = text[..start].split_whitespace().next_back().unwrap_or("");
    let p = prev.to_lowercase().replace('’', "'");
    if DETERMINERS.contains(&p.as_str()) {
        return true;
    }
    if let Some(owner) = p.strip_suffix("'s") {
        if !owner.is_empty() && !CONTRACTIONS.contains(&owner) {
            return true;
        }
    }
    let cue = text[start..end].to_lowercase();
    if (QUANTIFIERS.contains(&p.as_str()) && cue.ends_with('s') && !cue.ends_with("ss"))
        || (DEGREE.contains(&p.as_str()) && cue.ends_with("ing"))
    {
        return true;
    }
    let next = text[end..].split_whitespace().next().unwrap_or("");
    let n = next.trim_end_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    COMPOUND_HEADS.contains(&n.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn noun(s: &str, cue: &str) -> bool {
        let at = s.find(cue).unwrap_or(0);
        is_noun_use(s, at, at + cue.len())
    }

    #[test]
    fn nouns_and_verbs() {
        assert!(noun("She cited the report on jobs.", "report"));
        assert!(noun("Lee's claims were false.", "claims"));
        assert!(noun("Kim, a fellow at a think tank, said so.", "think"));
        assert!(!noun("Analysts think rates will fall.", "think"));
        assert!(!noun("He's said it twice.", "said"));
        assert!(!noun("The mayor said no.", "said"));
        assert!(noun("He broke many promises.", "promises"));
        assert!(noun("The most telling sign was silence.", "telling"));
        assert!(noun("There are warning signs.", "warning"));
        assert!(!noun("Some say it failed.", "say"));
    }
}
