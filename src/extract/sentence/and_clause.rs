//! Reported content made of two clauses joined by `and` or `but` without a second `that`: `Lee
//! said the levy was fair and fares would fall` reports two things, as `… and that fares would
//! fall` does (see [`super::compound`]). Only a seam between two finite clauses counts: each side
//! has a finite verb, and the words after the conjunction open with a subject (a pronoun, a
//! determiner and its noun, a capitalised name) that its verb follows within a few words. A noun
//! phrase list (`said the pier and the dock were closed`) or a second verb of the speaker's
//! (`said the levy was fair and voted for it`) is no seam.
//!
//! Input: a content's text; output: each seam's start and the start of the clause after it.

/// Words that open a subject on their own (pronouns) or with a noun after them (determiners).
const PRONOUNS: &[&str] = &["he", "she", "it", "they", "we", "i", "you", "there"];
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those", "some",
    "no", "many", "most", "all", "each", "every", "both", "several", "few", "other", "another",
];

/// Finite auxiliaries and modals (any case), with their negated forms.
const FINITE: &[&str] = &[
    "is", "was", "were", "are", "has", "have", "had", "will", "would", "can", "could", "should", "may",
    "might", "must", "do", "does", "did",
];

/// Subordinators: a conjunction after one of them, with no comma between, joins two clauses
/// inside the subordinate clause (`only after the border is secured and the law is changed`).
const SUBORDINATORS: &[&str] = &[
    "after", "before", "if", "unless", "until", "when", "because", "since", "while", "although", "though",
    "once",
];

/// Words that end a subject before any verb: a clause or a list goes on instead.
const STOPS: &[&str] = &["and", "or", "but", "that", "which", "who", "to", "if", "when", "because"];

fn plain(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
}

/// True when `w` is a finite verb form: an auxiliary or modal, a negated one (`wasn't`), or a
/// lower-case past form in `-ed` (`rose` and other irregular pasts are not known).
fn finite(w: &str) -> bool {
    let w = plain(w);
    let neg = w.len() > 3 && (w.ends_with("n't") || w.ends_with("n’t"));
    neg || FINITE.iter().any(|v| v.eq_ignore_ascii_case(w))
        || (w.len() > 4 && w.ends_with("ed") && w.starts_with(|c: char| c.is_ascii_lowercase()))
}

/// True when `words` (after a conjunction) open a clause: a subject, then a finite verb within
/// four words, with no comma or stop word before it. A determiner needs a noun before the verb
/// (`the damaged pier` is a noun phrase); a bare noun an auxiliary or modal right after it.
fn opens_clause(words: &[&str]) -> bool {
    let Some(first) = words.first() else { return false };
    let f = plain(first);
    let (pronoun, det) = (
        PRONOUNS.iter().any(|p| p.eq_ignore_ascii_case(f)),
        DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(f)),
    );
    let name = f.starts_with(|c: char| c.is_uppercase()) && !pronoun && !det;
    if first.ends_with(',') {
        return false;
    }
    if !(pronoun || det || name) {
        // A bare noun as subject (`and fares would fall`): an auxiliary or modal right after it.
        let aux = |w: &str| FINITE.iter().any(|v| v.eq_ignore_ascii_case(plain(w)));
        return !finite(first)
            && !STOPS.iter().any(|s| s.eq_ignore_ascii_case(f))
            && words.get(1).is_some_and(|w| aux(w));
    }
    let from = if det { 2 } else { 1 };
    for (i, w) in words.iter().enumerate().skip(1).take(4) {
        let p = plain(w);
        if STOPS.iter().any(|s| s.eq_ignore_ascii_case(p)) {
            return false;
        }
        if i >= from && finite(w) {
            return true;
        }
        if w.ends_with([',', ';', ':']) {
            return false;
        }
    }
    false
}

/// The `and` / `but` seams of `t` between two finite clauses, outside quotation marks: each
/// seam's start (the space before the conjunction) and the start of the clause after it. The
/// clause before a seam (from the previous one) must have at least three words and a finite verb,
/// and not be a subordinate clause still open at the conjunction.
pub(super) fn and_seams(t: &str) -> Vec<(usize, usize)> {
    let words: Vec<(usize, &str)> = crate::text::word_spans(t).collect();
    let mut out = Vec::new();
    let mut from = 0;
    for (i, &(at, w)) in words.iter().enumerate() {
        if !(w == "and" || w == "but") || i < from + 3 {
            continue;
        }
        let quoted = super::bounds::inside_quote(&t[..at]);
        let before = &words[from..i];
        // The clause before has its verb, and is not a subordinate clause still open.
        let verb = before.iter().skip(1).any(|(_, v)| finite(v));
        let open = before
            .iter()
            .rposition(|(_, v)| SUBORDINATORS.iter().any(|s| s.eq_ignore_ascii_case(plain(v))))
            .is_some_and(|j| !before[j..].iter().any(|(_, v)| v.ends_with(',')));
        let after: Vec<&str> = words[i + 1..].iter().map(|(_, w)| *w).collect();
        if quoted || !verb || open || after.len() < 3 {
            continue;
        }
        if opens_clause(&after) {
            let start = t[..at].trim_end().len();
            out.push((start, words[i + 1].0));
            from = i + 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut from = 0;
        for (s, e) in and_seams(t) {
            out.push(&t[from..s]);
            from = e;
        }
        out.push(&t[from..]);
        out
    }

    #[test]
    fn two_finite_clauses_split() {
        assert_eq!(
            split("the levy was fair and fares would fall"),
            ["the levy was fair", "fares would fall"]
        );
        assert_eq!(
            split("the ferry had been late twice and the crew was tired"),
            ["the ferry had been late twice", "the crew was tired"]
        );
        assert_eq!(split("she was tired but she wouldn't quit"), ["she was tired", "she wouldn't quit"]);
        assert_eq!(
            split("the council voted on Monday and Ortega objected to the vote"),
            ["the council voted on Monday", "Ortega objected to the vote"]
        );
    }

    #[test]
    fn noun_phrases_and_shared_subjects_stay_whole() {
        // A list of subjects, a second verb of the same subject, an adjective after a determiner.
        assert_eq!(split("the pier and the dock were closed").len(), 1);
        assert_eq!(split("the levy was fair and voted for it twice").len(), 1);
        assert_eq!(split("the levy was fair and needed to pass").len(), 1);
        assert_eq!(split("the storm had reached the coast and the damaged pier").len(), 1);
        // No verb before the conjunction, a list item, a quotation, too few words.
        assert_eq!(split("between 2010 and the next year the port had grown").len(), 1);
        assert_eq!(split("the levy was fair, and the fares would fall").len(), 2);
        assert_eq!(split("the levy was \"fair and it would stay\" in place").len(), 1);
        assert_eq!(split("it was fair and it was").len(), 1);
        // Both clauses inside a subordinate clause; one closed by its comma splits.
        assert_eq!(split("it will pass only after the levy is cut and the fares are frozen").len(), 1);
        assert_eq!(split("if the levy passed, fares would fall and the mayor would resign").len(), 2);
    }
}
