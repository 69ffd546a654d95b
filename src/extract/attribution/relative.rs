//! Speakers before a relative clause: `…, who said`, `voters who said`, and a noun phrase whose
//! restrictive relative clause stands between it and the cue (`a White House official who spoke
//! anonymously said`).
//!
//! Input: the text left of a cue (`left`); output: the speaker span in it, or nothing when no
//! relative pronoun decides the speaker (the other patterns go on).

use super::trim::AUX_WORDS;
use super::{left_speaker, Span, NOT_ANTECEDENT, WHO};

/// Most words a restrictive relative clause may have between its pronoun and the cue.
const CLAUSE_WORDS: usize = 12;

/// Words that, right after `who`, make the relative pronoun the object of the clause (`a probe
/// who the agency said`, `people who he said`): the clause has a subject of its own, which is
/// the speaker the other patterns find.
const OWN_SUBJECT: &[&str] = &[
    "he", "she", "they", "we", "i", "it", "you", "the", "a", "an", "his", "her", "their", "its", "our",
    "this", "that", "these", "those",
];

/// Punctuation no restrictive clause (nor the word before it) holds.
const STOPS: [char; 14] = [',', ';', ':', '.', '—', '–', '(', ')', '~', '"', '“', '”', '?', '!'];

/// Verb forms that, with the adverbs of `AUX`, leave a clause without a verb of its own: in
/// `who has successfully argued` the cue is the clause's verb.
const AUXILIARIES: &[&str] = &["is", "was", "are", "were", "be", "been", "being", "shall"];

/// True when `w` (any case) is a word of a clause's verb group that is not its verb.
fn auxiliary(w: &str) -> bool {
    let is = |list: &[&str]| list.iter().any(|a| a.eq_ignore_ascii_case(w));
    is(AUX_WORDS) || is(AUXILIARIES) || w.ends_with("ly") || w.ends_with("n't")
}

/// The speaker for a cue right after a relative clause, `Some(None)` when the clause rules a
/// speaker out, `None` when there is no such clause (see the module docs).
pub(super) fn relative_speaker(left: &str, strong: bool) -> Option<Option<Span>> {
    if let Some(m) = WHO.find(left) {
        let head = &left[..m.start];
        if head.trim_end().ends_with(',') {
            return Some(left_speaker(head, strong));
        }
        // Without a comma the relative restricts a noun (`voters who believe …`): only a speech
        // verb makes it a source (`voters who said …`).
        if !strong {
            return Some(None);
        }
        // `voters who said`, `those who said`: the noun the relative pronoun stands for (a name
        // with its titles, else the one word before it).
        let last = head.trim_end();
        let w = last.rsplit(char::is_whitespace).next().unwrap_or("");
        if w.chars().next().is_some_and(char::is_uppercase) {
            return Some(left_speaker(head, strong));
        }
        let lw = w.to_lowercase();
        let noun = w.chars().all(char::is_alphabetic) && !NOT_ANTECEDENT.contains(&lw.as_str());
        return Some(noun.then(|| Span::new(last.len() - w.len(), last.len())));
    }
    if !strong {
        return None;
    }
    // `officials who spoke with the press said`: the phrase the clause restricts, when a speaker
    // pattern ends right before the pronoun.
    let at = restrictive_clause(left)?;
    let head = &left[..at];
    let sp = left_speaker(head, strong)?;
    // The clause belongs to the speaker (`people who have fought spam say`): it restricts it.
    (sp.end == head.trim_end().len()).then(|| Some(Span::new(sp.start, left.trim_end().len())))
}

/// Where a relative clause without commas that runs to the end of `left` starts (`who` or
/// `whose`), when its pronoun is its subject (`who spoke`, `whose laws were struck down`) and a
/// word that may be its antecedent stands right before it. A clause coordinated with an earlier
/// one (`who lives here and who asked not to be named`) starts at the first pronoun.
fn restrictive_clause(left: &str) -> Option<usize> {
    // Most texts before a cue hold no relative pronoun: no word walk for them.
    memchr::memmem::find(left.as_bytes(), b"who")?;
    let base = left.as_ptr() as usize;
    let mut words = left.split_whitespace().rev();
    // `… who wants to say`, `… who will believe anything he says`: the cue is no finite verb of
    // the antecedent's, or the clause has a subject of its own.
    let last = words.clone().next()?;
    if last.eq_ignore_ascii_case("to") || OWN_SUBJECT[..6].iter().any(|p| last.eq_ignore_ascii_case(p)) {
        return None;
    }
    let mut after: Option<&str> = None;
    let mut verb = false;
    for _ in 0..CLAUSE_WORDS + 2 {
        let w = words.next()?;
        if w.contains(STOPS) {
            return None;
        }
        let who = w == "who";
        if let (true, Some(next)) = (who || w == "whose", after) {
            let subject =
                !who || (next.starts_with(|c: char| c.is_ascii_lowercase()) && !OWN_SUBJECT.contains(&next));
            if !subject || !verb {
                return None;
            }
            let before = words.clone().next()?.to_ascii_lowercase();
            if matches!(before.as_str(), "and" | "or" | "but") {
                continue;
            }
            let antecedent = !NOT_ANTECEDENT.contains(&before.as_str()) && !before.contains(STOPS);
            return antecedent.then_some(w.as_ptr() as usize - base);
        }
        verb = verb || !auxiliary(w);
        after = Some(w);
    }
    None
}
