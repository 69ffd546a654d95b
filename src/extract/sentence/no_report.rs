//! Cues whose words after them report nothing: `found himself in a fight`, `adding to her
//! lead`, `told The Daily Post` (whom a `tell` cue tells is no content).

use super::bounds;
use crate::model::Span;

/// True when a `find` cue's words after it (`c`) say where someone ended up, not what they
/// found: `found himself in a fight`, `found itself at the centre`, `found ways to press`,
/// `found a way to win` (PolNeAR train: 15 false predictions, one match).
pub(super) fn finds_no_finding(cue: &str, body: &str, c: Span) -> bool {
    const PLACE: &[&str] =
        &["himself", "herself", "itself", "themselves", "myself", "ourselves", "ways", "way"];
    if !["found", "find", "finds"].iter().any(|f| f.eq_ignore_ascii_case(cue)) {
        return false;
    }
    let mut ws = body.get(c.start..c.end).unwrap_or("").split_whitespace();
    let first = ws.next().unwrap_or("");
    PLACE.iter().any(|w| w.eq_ignore_ascii_case(first))
        || (first.eq_ignore_ascii_case("a") && ws.next().is_some_and(|w| w.eq_ignore_ascii_case("way")))
}

/// True when a `claim` or `post` cue takes a prize, not a statement: `claimed victory`, `posted an
/// overwhelming win`, `claimed responsibility for the attack` (PolNeAR train: 6 false
/// predictions, no match). At most one word (an article or adjective) before the prize.
pub(super) fn claims_a_prize(cue: &str, body: &str, c: Span) -> bool {
    const PRIZES: &[&str] = &[
        "victory",
        "victories",
        "win",
        "wins",
        "responsibility",
        "credit",
        "nomination",
        "prize",
        "seat",
        "seats",
        "title",
        "lead",
        "gains",
        "majority",
    ];
    let cues = ["claim", "claims", "claimed", "claiming", "post", "posts", "posted", "posting"];
    if !cues.iter().any(|f| f.eq_ignore_ascii_case(cue)) {
        return false;
    }
    let ws: Vec<String> = body
        .get(c.start..c.end)
        .unwrap_or("")
        .split_whitespace()
        .take(4)
        .map(|w| w.trim_matches(|ch: char| !ch.is_alphanumeric()).to_lowercase())
        .collect();
    // The prize, unless a verb follows it (`claimed the victory was stolen` reports a clause).
    let prize = |i: usize| {
        ws.get(i).is_some_and(|w| PRIZES.contains(&w.as_str()))
            && !ws.get(i + 1).is_some_and(|w| bounds::verb_word(w))
    };
    let article = ws.first().is_some_and(|w| ["a", "an", "the"].contains(&w.as_str()));
    prize(0) || (prize(1) && ws.first().is_some_and(|w| w != "that")) || (prize(2) && article)
}

/// True when a `respond`/`reply` cue only answers a request (`did not respond to a request for
/// comment`, `replied to emails on Friday`): the words say someone was asked, not what they said.
pub(super) fn answers_a_request(cue: &str, body: &str, c: Span) -> bool {
    const ASKING: &[&str] = &[
        "request",
        "requests",
        "email",
        "emails",
        "call",
        "calls",
        "message",
        "messages",
        "inquiry",
        "inquiries",
        "query",
        "queries",
    ];
    const DETERMINERS: &[&str] = &["a", "an", "the", "our", "several", "repeated", "multiple", "further"];
    let cue = cue.to_ascii_lowercase();
    if !(cue.starts_with("respond") || cue.starts_with("repl")) {
        return false;
    }
    let mut ws = body.get(c.start..c.end).unwrap_or("").split_whitespace().map(str::to_ascii_lowercase);
    if ws.next().as_deref() != Some("to") {
        return false;
    }
    let mut next = ws.next().unwrap_or_default();
    if DETERMINERS.contains(&next.as_str()) {
        next = ws.next().unwrap_or_default();
    }
    ASKING.contains(&next.trim_end_matches(|c: char| !c.is_alphanumeric()))
}

/// True when an `add` cue runs straight into `to` (`adding to her delegate lead`, `adds to the
/// drama`): it grows something, it reports nothing. `gap` lies between the cue and its content
/// `first` word; a comma, colon or quotation mark there (`adding: "to all of you …"`) keeps it.
pub(super) fn adds_to(cue: &str, body: &str, gap: Span, first: &str) -> bool {
    ["add", "adds", "added", "adding"].iter().any(|a| a.eq_ignore_ascii_case(cue))
        && first == "to"
        && body.get(gap.start..gap.end).is_some_and(|g| g.chars().all(char::is_whitespace))
}

/// True when `cue` is a form of `tell` and `after` only names whom it tells, with its adjuncts:
/// `told The Daily Post`, `told a Senate panel on Wednesday` (at most six words, no quotation or
/// comma, no `that`, `to`, `about`, question word or verb).
pub(super) fn addressee_only(cue: &str, body: &str, after: Span) -> bool {
    const NOT_ADDRESSEE: &[&str] = &["that", "to", "about", "of", "what", "how", "why", "whether", "if"];
    if !["told", "tells", "tell", "telling"].iter().any(|c| c.eq_ignore_ascii_case(cue)) {
        return false;
    }
    let Some(t) = body.get(after.start..after.end) else { return false };
    let mut n = 0;
    for w in t.split_whitespace() {
        n += 1;
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if n > 6 || NOT_ADDRESSEE.iter().any(|x| x.eq_ignore_ascii_case(w)) || bounds::verb_word(w) {
            return false;
        }
    }
    !t.contains(['"', '“', '”', ','])
}

/// Words opening a subordinate clause of circumstance after a cue (`told the AP on Wednesday
/// after hinting at a run`).
const CIRCUMSTANCE: &[&str] = &["after", "before", "while", "when", "since", "upon", "until", "as"];

/// Subjects that make the words after a subordinator a clause (`after he met …`), not a phrase
/// (`after the vote`).
const SUBJECTS: &[&str] = &["he", "she", "they", "we", "i", "it", "you"];

/// True when the words after a cue (`after`) only say whom it tells and when, then end with a
/// subordinate clause of circumstance: `told the AP on Wednesday after hinting at a run`, `said
/// Monday before leaving for Lagos`, `told reporters while he toured the port`. The clause says
/// what the speaker did, not what they said: the content lies before the attribution. The words
/// before the subordinator are none, an adjunct, or (for `tell`) an addressee with its adjuncts;
/// the subordinator opens a participle (`-ing`) or a pronoun subject.
pub(super) fn circumstance_only(cue: &str, body: &str, after: Span) -> bool {
    let Some(t) = body.get(after.start..after.end) else { return false };
    let mut cut = None;
    let mut ws = t.split_whitespace().peekable();
    while let Some(w) = ws.next() {
        // Byte offset of `w` in `t`: words are subslices of `t`.
        let start = w.as_ptr() as usize - t.as_ptr() as usize;
        let plain = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        if plain == "that" || w.contains(['"', '“', '”']) {
            return false;
        }
        if CIRCUMSTANCE.contains(&plain.as_str()) && !w.ends_with(',') {
            let next = ws.peek().map(|n| n.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase());
            let clause =
                next.is_some_and(|n| (n.len() > 4 && n.ends_with("ing")) || SUBJECTS.contains(&n.as_str()));
            if clause {
                cut = Some(start);
                break;
            }
        }
    }
    let Some(at) = cut else { return false };
    let head = bounds::trim_span(body, Span::new(after.start, after.start + at));
    head.is_empty() || bounds::adjunct_only(body, head) || addressee_only(cue, body, head)
}

#[cfg(test)]
mod tests {
    use super::claims_a_prize;
    use crate::model::Span;

    fn prize(cue: &str, after: &str) -> bool {
        claims_a_prize(cue, after, Span::new(0, after.len()))
    }

    #[test]
    fn a_claimed_prize_is_no_statement() {
        assert!(prize("claimed", "victory in the county race"));
        assert!(prize("posted", "an easy win in the river wards"));
        assert!(prize("claims", "responsibility for the blackout"));
        assert!(prize("claiming", "the county's seat on the board"));
        // A clause or a quotation is what the cue reports.
        assert!(!prize("claimed", "the victory was stolen from him"));
        assert!(!prize("claimed", "that the win was rigged"));
        assert!(!prize("said", "victory was near"));
    }

    #[test]
    fn the_sentence_keeps_no_claim_of_it() {
        let s = "Mayor Ortiz claimed victory in the harbor ward on Sunday.";
        let parts = super::super::analyse(s, Span::new(0, s.len()), &[]);
        assert!(parts.iter().all(|p| p.speaker.is_none()), "{parts:?}");
    }
}

#[cfg(test)]
mod circumstance_tests {
    use super::circumstance_only;
    use crate::model::Span;

    fn only(cue: &str, after: &str) -> bool {
        circumstance_only(cue, after, Span::new(0, after.len()))
    }

    #[test]
    fn an_addressee_and_a_time_then_a_subordinate_clause_is_no_content() {
        assert!(only("told", "the radio station on Friday after hinting at a run"));
        assert!(only("told", "reporters while he toured the port"));
        assert!(only("said", "on Monday before leaving for Lagos"));
        assert!(only("said", "after meeting the governor"));
        // A clause of its own, a `that`, a phrase after the subordinator, or a non-`tell` cue
        // with an object: content.
        assert!(!only("said", "the levy would pass after the vote"));
        assert!(!only("told", "the board that fares would rise after the vote"));
        assert!(!only("told", "the board on Friday after the vote"));
        assert!(!only("said", "the mayor on Friday after hinting at a run"));
    }

    #[test]
    fn the_content_is_the_clause_before_the_attribution() {
        let s =
            "The ferry will run twice a day, Ortega told the radio station on Friday after touring the port.";
        let parts = super::super::analyse(s, Span::new(0, s.len()), &[]);
        let got: Vec<&str> = parts.iter().map(|p| &s[p.content.start..p.content.end]).collect();
        assert_eq!(got, vec!["The ferry will run twice a day"]);
    }
}
