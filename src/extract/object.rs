//! The object of an object cue (`endorsed Trump`, `called for a ban on imports`): the noun
//! phrase right after the cue, which is that attribution's content.
//!
//! Input: the words after a cue (masked or not); output: how many bytes of them the object
//! takes. The phrase runs up to punctuation, a word that opens a clause (`and`, `because`,
//! `who`, `which`, `after` …) or a time adjunct (`yesterday`, `last week`, `on Monday`,
//! `during`), keeping `of`-chains, names, and the prepositional phrases that belong to it
//! (`a ban on imports`, `Ted Cruz for president`): on PolNeAR train the object of an attitude
//! verb ends at punctuation or `and` in about two cases of three, and stopping at every
//! preposition cut more gold objects than it saved.

use crate::text::{MONTHS, WEEKDAYS};

/// Words that open a new clause or an adjunct after the object (`endorsed Lee because …`,
/// `backed Lee last week`). `as` is kept (`the delay as a blow`), and so is a relative clause
/// without a comma (`workers who demanded a raise`): annotators keep them more often than not.
const CLAUSE_STOPS: &[&str] = &[
    "and",
    "but",
    "because",
    "while",
    "when",
    "after",
    "before",
    "since",
    "if",
    "although",
    "though",
    "whereas",
    "until",
    "so",
    "even",
    "by",
    "during",
    "yesterday",
    "today",
    "tonight",
    "earlier",
    "later",
    "now",
    "again",
    "instead",
    "too",
    "also",
    "here",
    "there",
];

/// Time nouns: `last week`, `in June`, `on Monday` end the object before them (with the weekday
/// and month names, see [`time_noun`]).
const TIME_NOUNS: &[&str] = &[
    "week",
    "month",
    "year",
    "weekend",
    "night",
    "morning",
    "afternoon",
    "evening",
    "fall",
    "spring",
    "summer",
    "winter",
];

/// Occasions: `in an interview`, `at a rally` end the object before them.
const SETTINGS: &[&str] = &[
    "interview",
    "interviews",
    "statement",
    "speech",
    "conference",
    "rally",
    "event",
    "debate",
    "email",
    "letter",
    "video",
    "tweet",
    "meeting",
    "hearing",
    "appearance",
    "town",
    "op-ed",
    "column",
];

/// Weekday names end the object on their own (`endorsed Lee Monday`).
fn weekday(w: &str) -> bool {
    WEEKDAYS.contains(&w)
}

/// A time noun, weekday or month name (not `may`, which is mostly the modal).
fn time_noun(w: &str) -> bool {
    TIME_NOUNS.contains(&w) || weekday(w) || (w != "may" && MONTHS.contains(&w))
}

/// Byte length of the object noun phrase that opens `text`, without trailing spaces; `None` when
/// `text` opens a `that` clause or an infinitive (`wants to leave`), which the clause rule takes,
/// or holds no word before a stop.
pub fn object_len(text: &str) -> Option<usize> {
    let first = text.split_whitespace().next()?.to_lowercase();
    if matches!(first.as_str(), "that" | "to") {
        return None;
    }
    // Punctuation ends it: a comma, semicolon, colon, bracket, dash, or `?`/`!`. A full stop
    // inside a sentence belongs to an abbreviation (`Mr. Lee`, `U.S.`), so it does not.
    let mut end = text.len();
    for (i, c) in text.char_indices() {
        let dash = matches!(c, '—' | '–')
            || (c == '-' && text[i + 1..].starts_with(['-', ' ']) && text[..i].ends_with(' '));
        if matches!(c, ',' | ';' | ':' | '(' | '?' | '!' | '\n') || dash {
            end = i;
            break;
        }
    }
    let words: Vec<(usize, &str)> = crate::text::word_spans(&text[..end]).collect();
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    for (k, &(at, w)) in words.iter().enumerate().skip(1) {
        let lw = bare(w);
        let next = words.get(k + 1).map(|&(_, n)| bare(n)).unwrap_or_default();
        // `the compromise led by Lee`: `by` after a participle belongs to the phrase.
        let agent = lw == "by" && words[k - 1].1.ends_with("ed");
        // `in early June`, `at a news conference`, `in an interview`.
        let setting = matches!(lw.as_str(), "in" | "at" | "on" | "during")
            && words[k + 1..].iter().take(3).any(|&(_, n)| {
                let n = bare(n);
                time_noun(n.as_str()) || SETTINGS.contains(&n.as_str())
            });
        let time = (CLAUSE_STOPS.contains(&lw.as_str()) && !agent)
            || weekday(&lw)
            || setting
            || (matches!(lw.as_str(), "last" | "this" | "next") && time_noun(next.as_str()));
        if time {
            end = at;
            break;
        }
    }
    let len = text[..end].trim_end().len();
    (len > 0).then_some(len)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obj(text: &str) -> Option<&str> {
        object_len(text).map(|n| &text[..n])
    }

    #[test]
    fn the_object_runs_to_punctuation_or_a_clause_word() {
        assert_eq!(obj("Ms. Ortega for governor."), Some("Ms. Ortega for governor."));
        assert_eq!(obj("the harbor plan, which the council passed"), Some("the harbor plan"));
        assert_eq!(obj("the growers who lost crops"), Some("the growers who lost crops"));
        assert_eq!(obj("Lee and campaigned with him"), Some("Lee"));
        assert_eq!(obj("the tariff because it protects farms"), Some("the tariff"));
        assert_eq!(obj("a ban on imports of steel — a reversal"), Some("a ban on imports of steel"));
        assert_eq!(obj("the delay as a blow to the agency"), Some("the delay as a blow to the agency"));
    }

    #[test]
    fn time_adjuncts_end_the_object() {
        assert_eq!(obj("Ms. Ortega last week at a rally"), Some("Ms. Ortega"));
        assert_eq!(obj("the bond measure on Tuesday"), Some("the bond measure"));
        assert_eq!(obj("Mayor Diaz Friday"), Some("Mayor Diaz"));
        // Every weekday, Sunday too; a season needs `last` / `this` / `next` or a preposition.
        assert_eq!(obj("the levy Sunday"), Some("the levy"));
        assert_eq!(obj("the winter levy"), Some("the winter levy"));
        assert_eq!(obj("the levy in June"), Some("the levy"));
        assert_eq!(obj("the levy in the county"), Some("the levy in the county"));
        assert_eq!(obj("the last candidate standing"), Some("the last candidate standing"));
        assert_eq!(obj("Lee in early June"), Some("Lee"));
        assert_eq!(obj("Lee at a news conference"), Some("Lee"));
        assert_eq!(obj("Lee by a wide margin"), Some("Lee"));
        assert_eq!(obj("the deal reached by the council"), Some("the deal reached by the council"));
    }

    /// (speaker, content) of each claim of the sentence `s`.
    fn claims(s: &str) -> Vec<(String, String)> {
        let whole = crate::model::Span::new(0, s.len());
        crate::extract::sentence::analyse(s, whole, &[])
            .into_iter()
            .map(|p| {
                let who = p.speaker.map_or(String::new(), |(a, _)| s[a.start..a.end].to_string());
                (who, s[p.content.start..p.content.end].to_string())
            })
            .collect()
    }

    #[test]
    fn an_object_cue_takes_its_object_as_content() {
        let c = claims("Mayor Ruiz endorsed Ana Ortega last week at a rally.");
        assert_eq!(c, [("Mayor Ruiz".to_string(), "Ana Ortega".to_string())]);
        let c = claims("Lee talked about the harbor plan, which the council passed.");
        assert_eq!(c, [("Lee".to_string(), "the harbor plan".to_string())]);
        let c = claims("Lee hinted at a deal and then endorsed Ruiz.");
        assert_eq!(c[0], ("Lee".to_string(), "a deal".to_string()));
        // The object is the next attribution's source.
        let c = claims("Lee endorses Ruiz, who says she is grateful.");
        assert_eq!(c[0], ("Lee".to_string(), "Ruiz".to_string()));
    }

    #[test]
    fn clauses_and_infinitives_are_not_objects() {
        assert_eq!(obj("that the levy is too high"), None);
        assert_eq!(obj("to raise the levy"), None);
        assert_eq!(obj(", and"), None);
        assert_eq!(obj(""), None);
    }
}
