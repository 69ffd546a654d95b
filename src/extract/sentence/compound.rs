//! Reported content made of coordinated `that` clauses, one claim per clause: `Lee said the levy
//! was fair and that fares would fall` reports two things, and outlets that report only one of
//! them should align with that one. Each clause keeps the attribution's speaker and cue, so the
//! statement (consecutive claims of one speaker and cue) still covers both.
//!
//! Input: a sentence's parts and the body's quotations; output: the parts with every attributed,
//! non-quoted content cut before each `and that` / `but that` opening a clause of its own.

use std::sync::LazyLock;

use regex::Regex;

use super::bounds::{close_quotes, inside_quote, trim_span, verb_word, words};
use super::Part;
use crate::model::{ClaimKind, Span};

/// A comma or `and`/`but` (or both), then `that`: the seam between two reported clauses.
static SEAM: LazyLock<Regex> = LazyLock::new(|| {
    #[allow(clippy::expect_used)] // constant pattern, checked by the tests
    Regex::new(r"(?i),\s*(?:(and|but)\s+)?that\s+|\s+(and|but)\s+that\s+").expect("compound seam regex")
});

/// Words after which a clause's subject needs no determiner: determiners, pronouns and numbers.
const SUBJECT_OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "there",
    "this",
    "these",
    "those",
    "some",
    "no",
    "many",
    "most",
    "all",
    "every",
    "each",
    "any",
    "both",
    "none",
    "nobody",
    "nothing",
    "everyone",
    "everything",
    "anyone",
    "someone",
    "more",
    "few",
    "one",
    "two",
    "three",
    "such",
    "if",
    "when",
    "while",
    "because",
    "although",
    "after",
    "before",
];

/// True when `next`, the word after a seam's `that`, may be a singular noun the `that` determines
/// (`and that location is being treated as a crime scene`): lower case, no determiner, pronoun,
/// number or plural. The clause after the seam then keeps its `that`.
fn that_may_determine(next: &str) -> bool {
    let w = next.trim_matches(|c: char| !c.is_alphanumeric());
    w.starts_with(char::is_lowercase)
        && !w.ends_with('s')
        && !SUBJECT_OPENERS.contains(&w)
        && !w.starts_with(|c: char| c.is_ascii_digit())
}

/// Where `t` (a content's text) splits: each seam's start and the start of the clause after it.
/// A seam counts outside quotation marks, after at least three words, when a subject follows
/// `that` (not `that was …`, `that's …`: a demonstrative) and at least two words follow. A
/// comma without `and` (`said A, that B and that C`) is a seam only before one with it.
fn seams(t: &str) -> Vec<(usize, usize)> {
    let found: Vec<(usize, usize, bool)> = SEAM
        .captures_iter(t)
        .filter_map(|c| {
            let m = c.get(0)?;
            Some((m.start(), m.end(), c.get(1).is_none() && c.get(2).is_none()))
        })
        .filter(|&(start, end, _)| {
            let head = &t[..start];
            let rest = &t[end..];
            let next = rest.split_whitespace().next().unwrap_or("");
            let demonstrative = verb_word(next.trim_matches(|c: char| !c.is_alphanumeric()))
                || rest.starts_with(['\'', '’', ',', '.']);
            head.split_whitespace().count() >= 3
                && rest.split_whitespace().count() >= 2
                && !inside_quote(head)
                && !demonstrative
        })
        .collect();
    let last_joined = found.iter().rposition(|&(_, _, bare)| !bare);
    found
        .iter()
        .enumerate()
        .filter(|&(i, &(_, _, bare))| !bare || last_joined.is_some_and(|j| i < j))
        .map(|(_, &(s, e, _))| {
            let next = t[e..].split_whitespace().next().unwrap_or("");
            if that_may_determine(next) {
                // The start of `that`: the seam's end less `that` and the spaces after it.
                let that = t[..e].trim_end().len() - 4;
                (s, that)
            } else {
                (s, e)
            }
        })
        .collect()
}

/// `The talks failed, a diplomat said, but a new round is planned`: an attribution between commas
/// inside its content (`content`, with speaker `sp` and cue `cue`), followed by `but`, `and` or
/// `yet` opening a clause, reports two clauses. A journalist reads the attribution as covering the
/// sentence, so both are the speaker's: the clause before the attribution, and the one after the
/// conjunction (its start). `The plan, a spokeswoman said, will cost $5 million` is one clause.
fn coordinated_around(body: &str, content: Span, sp: Span, cue: Span) -> Option<(Span, usize)> {
    let (lo, hi) = (sp.start.min(cue.start), sp.end.max(cue.end));
    if !(content.start < lo && hi < content.end) {
        return None;
    }
    let lead = body.get(content.start..lo)?.trim_end();
    let rest = body.get(hi..content.end)?;
    let after_comma = rest.trim_start().strip_prefix(',')?;
    let word = after_comma.split_whitespace().next()?;
    if !lead.ends_with(',') || !["but", "and", "yet"].contains(&word) {
        return None;
    }
    let start = content.end - after_comma.trim_start().len() + word.len();
    let before = trim_span(body, Span::new(content.start, lo));
    Some((before, trim_span(body, Span::new(start, content.end)).start))
}

/// The kind of an attributed content from how much of it is quoted (`qspans`, the sentence's
/// quotations): as in the sentence analysis, mostly or wholly quoted is direct, partly is mixed.
pub(super) fn kind_of(content: Span, qspans: &[Span]) -> ClaimKind {
    let in_quote = qspans.iter().any(|q| q.start <= content.start && q.end >= content.end);
    let quoted: usize =
        qspans.iter().map(|q| q.end.min(content.end).saturating_sub(q.start.max(content.start))).sum();
    let quoted_at = |at: usize| qspans.iter().any(|q| q.start <= at && at < q.end);
    // Both ends quoted: a quotation interrupted by its attribution.
    let both_ends = quoted_at(content.start) && quoted_at(content.end.saturating_sub(1));
    if in_quote || both_ends || quoted * 10 >= content.len() * 8 {
        ClaimKind::Direct
    } else if quoted > 0 {
        ClaimKind::Mixed
    } else {
        ClaimKind::Indirect
    }
}

/// `parts` with each attributed indirect or mixed content split at its `and that` seams. A split
/// part's clauses follow it in order; `within` indexes are renumbered, and a claim within a split
/// content is within the clause holding it. A content with a claim within it that crosses a seam
/// is left whole.
pub(super) fn split_compounds(body: &str, parts: Vec<Part>, qspans: &[Span], quotes: &[Span]) -> Vec<Part> {
    let pieces: Vec<Vec<Span>> = parts
        .iter()
        .enumerate()
        .map(|(k, p)| {
            let whole = vec![p.content];
            if p.speaker.is_none() || p.kind == ClaimKind::Direct {
                return whole;
            }
            let Some(t) = body.get(p.content.start..p.content.end) else { return whole };
            let mut out = Vec::new();
            let mut from = p.content.start;
            if let Some((before, after)) =
                p.speaker.and_then(|(sp, cue)| coordinated_around(body, p.content, sp, cue))
            {
                out.push(before);
                from = after;
            }
            let offset = from - p.content.start;
            // `and that` seams, and `and` seams between two finite clauses (`said A and B`).
            let mut cuts = seams(&t[offset..]);
            cuts.extend(super::and_clause::and_seams(&t[offset..]));
            cuts.sort_unstable();
            let mut last_end = 0;
            cuts.retain(|&(s, e)| {
                let keep = s >= last_end;
                if keep {
                    last_end = e;
                }
                keep
            });
            for (s, e) in cuts {
                out.push(trim_span(body, Span::new(from, p.content.start + offset + s)));
                from = p.content.start + offset + e;
            }
            out.push(trim_span(body, Span::new(from, p.content.end)));
            let crossed = parts.iter().any(|q| {
                q.within == Some(k)
                    && !out.iter().any(|c| c.start <= q.content.start && q.content.end <= c.end)
            });
            if out.len() == 1 || crossed || out.iter().any(|c| words(body, *c) < 2) {
                whole
            } else {
                out
            }
        })
        .collect();
    if pieces.iter().all(|p| p.len() == 1) {
        return parts;
    }
    // New index of each old part's first clause.
    let mut first = Vec::with_capacity(parts.len());
    let mut n = 0;
    for p in &pieces {
        first.push(n);
        n += p.len();
    }
    // The clause of old part `w` holding `c`.
    let holder = |w: usize, c: Span| {
        let at = pieces[w].iter().position(|s| s.start <= c.start && c.end <= s.end).unwrap_or(0);
        first[w] + at
    };
    let mut out = Vec::with_capacity(n);
    for (p, cs) in parts.iter().zip(&pieces) {
        let within = p.within.map(|w| holder(w, p.content));
        if cs.len() == 1 {
            out.push(Part { within, ..p.clone() });
            continue;
        }
        for &c in cs {
            let kind = kind_of(c, qspans);
            // A clause partly quoted keeps the marks it opens (`2016 “is going to be …”`); one
            // wholly inside a quotation is shown without them.
            let inside = qspans.iter().any(|q| q.start <= c.start && c.end <= q.end);
            let content = if inside { c } else { close_quotes(body, c, qspans) };
            let touched: Vec<usize> = p
                .touched
                .iter()
                .copied()
                .filter(|&i| quotes.get(i).is_some_and(|q| q.start < content.end && q.end > content.start))
                .collect();
            let quote = if kind == ClaimKind::Direct { touched.first().copied() } else { None };
            out.push(Part { kind, speaker: p.speaker, content, quote, touched, within });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::part_texts;
    use super::*;

    /// Each part's speaker, cue and content text.
    fn claims(s: &str) -> Vec<(String, String, String)> {
        part_texts(s).into_iter().map(|(sp, cue, content, _)| (sp, cue, content)).collect()
    }

    fn c(speaker: &str, cue: &str, content: &str) -> (String, String, String) {
        (speaker.to_string(), cue.to_string(), content.to_string())
    }

    #[test]
    fn a_second_that_clause_is_a_claim_of_its_own() {
        assert_eq!(
            claims("The harbor master said the pier was unsafe and that repairs would take a year."),
            vec![
                c("The harbor master", "said", "the pier was unsafe"),
                c("The harbor master", "said", "repairs would take a year")
            ]
        );
        assert_eq!(
            claims("Ms. Okafor told the board that the audit was late, and that two clerks had quit."),
            vec![
                c("Ms. Okafor", "told", "the audit was late"),
                c("Ms. Okafor", "told", "two clerks had quit")
            ]
        );
        assert_eq!(
            claims("The union said wages had stalled but that it would not strike this winter."),
            vec![
                c("The union", "said", "wages had stalled"),
                c("The union", "said", "it would not strike this winter")
            ]
        );
        // Three clauses.
        assert_eq!(
            claims("Kim said the ferry was late, that the crew was tired and that nobody had complained."),
            vec![
                c("Kim", "said", "the ferry was late"),
                c("Kim", "said", "the crew was tired"),
                c("Kim", "said", "nobody had complained")
            ]
        );
    }

    #[test]
    fn an_attribution_between_commas_before_a_coordinated_clause_covers_both() {
        assert_eq!(
            claims("The ferry talks stalled, a union organizer said, but a new round opens in May."),
            vec![
                c("a union organizer", "said", "The ferry talks stalled"),
                c("a union organizer", "said", "a new round opens in May")
            ]
        );
        // One clause around the attribution: content on both sides, one claim.
        assert_eq!(
            claims("The new pier, a port spokeswoman said, will cost $4 million."),
            vec![c(
                "a port spokeswoman",
                "said",
                "The new pier, a port spokeswoman said, will cost $4 million"
            )]
        );
        // A quotation interrupted by its attribution stays one direct claim.
        assert_eq!(
            claims("\u{201c}The pier is safe,\u{201d} Ortega said, \u{201c}and it will stay open.\u{201d}")
                .len(),
            1
        );
    }

    #[test]
    fn a_quoted_second_clause_keeps_its_closing_mark() {
        assert_eq!(
            claims("The mayor said the levy was fair and that 2027 \u{201c}will be a good year.\u{201d}"),
            vec![
                c("The mayor", "said", "the levy was fair"),
                c("The mayor", "said", "2027 \u{201c}will be a good year.\u{201d}")
            ]
        );
    }

    #[test]
    fn a_demonstrative_that_or_a_quoted_seam_stays_whole() {
        assert_eq!(
            claims("The coach said the team had trained hard and that was enough for him."),
            vec![c("The coach", "said", "the team had trained hard and that was enough for him")]
        );
        assert_eq!(
            claims("The coach said the team \u{201c}trained hard and that paid off\u{201d} in the end."),
            vec![c(
                "The coach",
                "said",
                "the team \u{201c}trained hard and that paid off\u{201d} in the end"
            )]
        );
        // An unattributed sentence is no report.
        assert_eq!(claims("The pier was unsafe and that repairs would take a year was clear.").len(), 1);
    }

    #[test]
    fn a_that_before_a_bare_singular_noun_stays_with_its_clause() {
        // `that` may determine `pier` (`that pier is closed`): shown, so the claim keeps its sense.
        assert_eq!(
            claims("Harbor police said a second boat sank near the dock and that pier is closed."),
            vec![
                c("Harbor police", "said", "a second boat sank near the dock"),
                c("Harbor police", "said", "that pier is closed")
            ]
        );
        assert!(that_may_determine("pier"));
        assert!(!that_may_determine("piers"));
        assert!(!that_may_determine("the"));
        assert!(!that_may_determine("Ortega"));
    }

    #[test]
    fn seams_need_words_on_both_sides() {
        assert_eq!(seams("the pier was unsafe and that repairs would take a year").len(), 1);
        assert!(seams("unsafe and that repairs would take a year").is_empty());
        assert!(seams("the pier was unsafe and that it's").is_empty());
        assert!(seams("the pier was unsafe and that’s final").is_empty());
        // A comma and `that` alone is no seam without an `and that` after it.
        assert!(seams("the pier was so unsafe, that nobody went near it").is_empty());
    }
}
