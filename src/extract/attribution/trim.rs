//! Trimming a speaker span found by a pattern: the auxiliaries, adverbs and times between a
//! described source and its cue (`the port authority reportedly`), the clause words, possessors
//! and dates around a name (`But Lee`, `Japan's Abe`, `Sunday`).

use super::not_name;
use super::words::is_calendar;
use crate::model::Span;

/// The one-word auxiliaries and adverbs of [`AUX`](super::AUX), which a described-source match may end with.
pub(super) const AUX_WORDS: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "later",
    "then",
    "previously",
    "again",
    "once",
    "recently",
    "repeatedly",
    "publicly",
    "privately",
    "earlier",
    "would",
    "will",
    "could",
    "may",
    "might",
    "must",
    "should",
    "can",
    "did",
    "does",
    "do",
    "not",
    "never",
    "still",
    "long",
    "often",
    "always",
    "now",
    "just",
    "even",
    "already",
    "reportedly",
    "openly",
    "strongly",
    "clearly",
    "really",
    "apparently",
    "however",
    "himself",
    "herself",
    "itself",
    "themselves",
    "actually",
    "initially",
    "finally",
    "similarly",
    "jokingly",
    "quickly",
    "officially",
    "separately",
    "subsequently",
    "immediately",
    "originally",
    "eventually",
    "quietly",
];

/// End of a described-source match once the auxiliaries and adverbs of [`AUX`](super::AUX) (`has`,
/// `reportedly`, `on Thursday`, `last week`) are dropped: `the port authority reportedly`.
pub(super) fn speaker_end(text: &str, start: usize, end: usize) -> usize {
    let mut t = text[start..end].trim_end();
    while let Some((head, last)) = t.rsplit_once(char::is_whitespace) {
        let l = last.to_ascii_lowercase();
        let head = head.trim_end();
        let prev = head.rsplit(char::is_whitespace).next().unwrap_or("");
        t = if AUX_WORDS.contains(&l.as_str()) || is_weekday(last) {
            head.strip_suffix(" on").unwrap_or(head).trim_end()
        } else if prev.eq_ignore_ascii_case("last") && head.len() > prev.len() {
            head[..head.len() - prev.len()].trim_end()
        } else if l == "statement" && head.to_ascii_lowercase().ends_with(" in a") {
            head[..head.len() - 4].trim_end()
        } else {
            break;
        };
    }
    start + t.len()
}

/// `Monday` … `Sunday` (the time lexicon's weekdays written in full), as [`AUX`](super::AUX)
/// matches them after a speaker.
fn is_weekday(w: &str) -> bool {
    let l = w.to_ascii_lowercase();
    crate::extract::time::lexicon::weekday(&l).is_some() && l.ends_with("day")
}

/// Drops leading clause words (`But`, `In`) and trailing `on Thursday` from a name span.
pub(super) fn trim_name(text: &str, sp: Span) -> Span {
    let mut s = sp.start;
    let mut e = sp.end;
    loop {
        let t = &text[s..e];
        let Some((first, rest)) = t.split_once(char::is_whitespace) else { break };
        if not_name(first) {
            s = e - rest.len();
        } else {
            break;
        }
    }
    // `Japan's Abe`: a possessive in front of a name belongs to a title, not the name; in front of
    // a role alone (`the authority's spokesman`) it is the speaker's own description.
    if let Some(i) = text[s..e].rfind(['\'', '’']) {
        let after = &text[s + i..e];
        let named =
            after.split_whitespace().skip(1).any(|w| w.chars().next().is_some_and(char::is_uppercase));
        if (after.starts_with("'s ") || after.starts_with("’s ")) && i > 0 && named {
            s += i + after.find(' ').unwrap_or(0) + 1;
        }
    }
    // A sentence-final full stop is not part of the name (`said Gonzalez.`), an initial's is.
    while text[s..e].ends_with(['.', ',']) && text[s..e].rsplit(' ').next().is_some_and(|w| w.len() > 3) {
        e -= 1;
    }
    let t = &text[s..e];
    // A possessive is a modifier (`Obama's plan`), not the subject.
    let possessive = t.ends_with("'s") || t.ends_with("’s") || t.ends_with("s'") || t.ends_with("s’");
    // A lone weekday or month is a date (`The ferry operator on Sunday said`), not a name.
    let date = !t.contains(char::is_whitespace) && is_calendar(t);
    if possessive || date || not_name(t) || t.chars().all(|c| !c.is_alphabetic()) {
        return Span::new(s, s);
    }
    // Weekdays are never the end of a speaker's name.
    if let Some((head, last)) = t.rsplit_once(' ') {
        if last.ends_with("day") {
            e = s + head.len();
        }
    }
    Span::new(s, e)
}

/// `according to a council report earlier this year`: a time expression closing the source
/// phrase says when the source reported, so it is dropped with a preposition left before it
/// (`a poll in May` → `a poll`). Kept where it belongs to the noun phrase: after `of`, `from`,
/// `since` … (`a study from 2018`) or a participle (`figures released last week`).
pub(super) fn without_closing_time(np: &str) -> &str {
    let times = crate::extract::time::find_times(np, None);
    let Some(t) = times.last().filter(|t| t.end == np.len() && t.start > 0) else { return np };
    let mut head = np[..t.start].trim_end();
    let last = |h: &str| h.rsplit(char::is_whitespace).next().unwrap_or("").to_ascii_lowercase();
    let prev = last(head);
    if matches!(prev.as_str(), "of" | "from" | "since" | "until" | "through" | "for" | "between" | "by") {
        return np;
    }
    if matches!(prev.as_str(), "on" | "in" | "at" | "during") {
        head = head[..head.len() - prev.len()].trim_end();
    }
    // `a poll taken last week`, `a survey released on Thursday`, `a poll out Thursday`, `reports
    // it is filing on Saturday`: the time is the participle's or the verb's.
    let w = last(head);
    let participle = w.len() > 4 && (w.ends_with("ed") || w.ends_with("en") || w.ends_with("ing"));
    if participle || matches!(w.as_str(), "out" | "made" | "held" | "put" | "set" | "done" | "run") {
        return np;
    }
    // Nothing but the time was named (`according to last year`): keep it all.
    if head.split_whitespace().all(|w| !w.chars().any(char::is_alphabetic)) {
        return np;
    }
    head.trim_end_matches(',')
}
