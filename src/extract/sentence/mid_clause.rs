//! Attributions inside a subordinate clause set off by commas after the main clause's subject
//! (`The levy, even after the mayor criticized the board, passed easily`; `Last week, when a
//! reporter asked the mayor about the levy, she declined`): the reported words end with the
//! subordinate clause, not with the sentence. PolNeAR's annotators end the content there.
//!
//! Input: the words of the sentence before the speaker, and a content span (body offsets);
//! output: whether the attribution sits in such a clause, and the content cut at its closing comma.

use super::bounds::{inside_quote, main_clause_next, trim_span, verb_word, CLAUSE_WORDS};
use crate::model::Span;

/// Words that open a subordinate clause, longest first (`even after` before `after`).
const SUBORDINATORS: &[&str] = &[
    "even after",
    "even as",
    "even before",
    "even if",
    "even though",
    "even when",
    "after",
    "although",
    "because",
    "before",
    "if",
    "once",
    "since",
    "though",
    "unless",
    "until",
    "when",
    "whenever",
    "whereas",
    "while",
];

/// True when `w` looks like a finite verb or auxiliary: one of the auxiliaries and modals, or a
/// lowercase word in `-ed` (`criticized`, `stretched`).
fn verb_like(w: &str) -> bool {
    let plain = w.trim_matches(|c: char| !c.is_alphanumeric());
    verb_word(plain) || (plain.len() > 3 && plain.ends_with("ed") && plain.starts_with(char::is_lowercase))
}

/// True when `lead` (the sentence up to the speaker) is a verbless phrase, a comma, then a
/// subordinator: `His standing, even after`, `Last month, when`. The phrase before the comma
/// is the main clause's subject or a fronted adjunct; with a verb in it (`The mayor stretched the
/// truth, when`) the subordinate clause trails a main clause instead and is left alone.
pub(super) fn in_mid_clause(lead: &str) -> bool {
    let Some((head, last)) = lead.rsplit_once(',') else { return false };
    if head.trim().is_empty() || head.split_whitespace().any(verb_like) {
        return false;
    }
    let t = last.trim_start().to_lowercase();
    SUBORDINATORS.iter().any(|s| t.strip_prefix(s).is_some_and(|r| r.starts_with(char::is_whitespace)))
}

/// `sp` cut at the comma that closes the subordinate clause: the first comma, outside quotation
/// marks, followed by the main clause's verb (`, passed easily`, `, shows`, `, may fail`) or by its subject and verb
/// (`, she declined`). Uncut when no such comma follows content words.
pub(super) fn cut_mid_clause(body: &str, sp: Span) -> Span {
    let Some(t) = body.get(sp.start..sp.end) else { return sp };
    for (i, _) in t.match_indices(',') {
        let head = &t[..i];
        if inside_quote(head) || head.trim().is_empty() {
            continue;
        }
        let next = t[i + 1..].split_whitespace().next().unwrap_or("");
        let lower = next.to_lowercase();
        let verb = next.starts_with(char::is_lowercase)
            && !CLAUSE_WORDS.contains(&lower.as_str())
            && lower != "to"
            && (verb_word(next)
                || (lower.len() > 3
                    && (lower.ends_with("ed") || (lower.ends_with('s') && !lower.ends_with("ss")))));
        if verb || main_clause_next(&t[i..]) {
            return trim_span(body, Span::new(sp.start, sp.start + i));
        }
    }
    sp
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(s: &str) -> &str {
        let sp = cut_mid_clause(s, Span::new(0, s.len()));
        &s[sp.start..sp.end]
    }

    #[test]
    fn a_subordinate_clause_after_a_verbless_phrase() {
        assert!(in_mid_clause("The levy, even after "));
        assert!(in_mid_clause("Last week, when "));
        assert!(in_mid_clause("Her plan for the port, although "));
        // No comma, a main clause before the comma, or no subordinator after it.
        assert!(!in_mid_clause("When "));
        assert!(!in_mid_clause("The mayor stretched the truth on Monday, when "));
        assert!(!in_mid_clause("The council has voted, and "));
        assert!(!in_mid_clause("In Dover, "));
    }

    #[test]
    fn cuts_where_the_main_clause_goes_on() {
        // The main clause's verb right after the comma.
        assert_eq!(cut("the board last spring, passed with a clear majority"), "the board last spring");
        assert_eq!(cut("the board, shows how far the mood has turned"), "the board");
        // An irregular past tense is not told from a noun: left alone.
        assert_eq!(cut("the board, won a majority"), "the board, won a majority");
        assert_eq!(cut("the fares unfair, is still popular"), "the fares unfair");
        // Its subject and verb.
        assert_eq!(cut("the mayor about the levy, she declined to answer"), "the mayor about the levy");
    }

    #[test]
    fn the_claim_of_a_sentence_ends_with_its_subordinate_clause() {
        let content = |s: &str| {
            let parts = super::super::analyse(s, Span::new(0, s.len()), &[]);
            parts.iter().map(|p| s[p.content.start..p.content.end].to_string()).collect::<Vec<_>>()
        };
        assert_eq!(
            content("The levy, even after the mayor criticized the board, passed with ease."),
            vec!["the board"]
        );
        assert_eq!(
            content("Last week, when a reporter wrote that the levy was unfair, the mayor resigned."),
            vec!["the levy was unfair"]
        );
    }

    #[test]
    fn keeps_lists_appositions_and_quotations() {
        assert_eq!(cut("the port, the docks and the pier"), "the port, the docks and the pier");
        assert_eq!(cut("Ann Lee, a lawyer"), "Ann Lee, a lawyer");
        assert_eq!(cut("“the docks, as planned, will close”"), "“the docks, as planned, will close”");
        assert_eq!(cut("the ferry, which runs twice a day"), "the ferry, which runs twice a day");
    }
}
