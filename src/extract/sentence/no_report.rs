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
