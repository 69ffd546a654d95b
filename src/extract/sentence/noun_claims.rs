//! Claims of noun cues (`Lee's claim that the vote was rigged`, `her promise to resign`; see
//! [`attribution::noun_attributions`]): added to a sentence's parts when no claim of the sentence
//! already holds them, next to the outlet's own assertion when the sentence has no other claim.
//!
//! Input: the body, the sentence span, the body's quotation spans and the parts found so far;
//! output: those parts with the noun claims inserted in reading order.

use super::bounds::{trim_span, words};
use super::Part;
use crate::extract::attribution;
use crate::model::{ClaimKind, Span};

/// Inserts the noun-cue claims of sentence `sp` into `parts` (body offsets), in reading order.
pub(super) fn add_noun_claims(body: &str, sp: Span, quotes: &[Span], parts: &mut Vec<Part>) {
    let text = &body[sp.start..sp.end];
    if !attribution::has_link(text) {
        return;
    }
    let abs = |s: Span| Span::new(sp.start + s.start, sp.start + s.end);
    let quoted = |s: Span| quotes.iter().any(|q| q.start < s.end && q.end > s.start);
    for a in attribution::noun_attributions(text) {
        let (who, cue) = (abs(a.speaker), abs(a.cue));
        // A possessive inside a quotation is the quoted speaker's wording, not an attribution.
        if quoted(Span::new(who.start, cue.end)) {
            continue;
        }
        // After the source when it follows the noun (`the suggestion by a senator that …`).
        let mut content = noun_content(body, cue.end.max(who.end), sp.end);
        if body[content.start..].starts_with("to ") && opens_clause(body, sp.start, who.start) {
            content = subject_content(body, content);
        }
        if words(body, content) < 2 {
            continue;
        }
        // Held by another claim, between its speaker and its content's end (`Kim said Lee's claim
        // that … was false`, `Kim repeated her claim that …`), or crossing its words.
        let held = parts.iter().any(|p| {
            p.speaker.is_some_and(|(s, c)| {
                let lo = s.start.min(c.start).min(p.content.start);
                let hi = s.end.max(c.end).max(p.content.end);
                (lo <= who.start && cue.end <= hi) || (lo < content.end && who.start < hi)
            })
        });
        if held {
            continue;
        }
        let in_quote = quotes.iter().any(|q| q.start <= content.start && content.end <= q.end);
        let kind = if in_quote {
            ClaimKind::Direct
        } else if quoted(content) {
            ClaimKind::Mixed
        } else {
            ClaimKind::Indirect
        };
        let at = parts
            .iter()
            .take_while(|p| p.speaker.map_or(p.content.start, |(s, _)| s.start) <= who.start)
            .count();
        for p in parts.iter_mut() {
            p.within = p.within.map(|w| if w >= at { w + 1 } else { w });
        }
        let touched = quotes
            .iter()
            .enumerate()
            .filter(|(_, q)| q.start < content.end && q.end > content.start)
            .map(|(i, _)| i)
            .collect();
        let part = Part { kind, speaker: Some((who, cue)), content, quote: None, touched, within: None };
        parts.insert(at, part);
    }
}

/// The content of a noun cue ending at `from`: the `that` clause (without `that`) or the `to`
/// infinitive after it, up to the end of its clause (punctuation or the sentence end).
fn noun_content(body: &str, from: usize, end: usize) -> Span {
    let rest = &body[from..end];
    let lead = rest.len() - rest.trim_start().len();
    let mut start = from + lead;
    if let Some(r) = body[start..end].strip_prefix("that ") {
        start = end - r.len();
    }
    let t = &body[start..end];
    let mut stop = t.len();
    for (i, c) in t.char_indices() {
        if matches!(c, ';' | ':' | '(' | '—' | '–') || (c == ',' && !list_comma(&t[i + 1..])) {
            stop = i;
            break;
        }
    }
    // A spaced hyphen is a dash (`his claim that … - a charge his rivals deny`).
    for dash in [" - ", " -- "] {
        stop = stop.min(t.find(dash).unwrap_or(t.len()));
    }
    trim_span(body, Span::new(start, start + stop))
}

/// True when the words after a comma are the next item of a list (`steel, aluminum and other
/// goods`): at most two words before the next comma or `and`.
fn list_comma(rest: &str) -> bool {
    let item = rest.split([',', ';']).next().unwrap_or("");
    let item = item.split(" and ").next().unwrap_or("");
    let n = item.split_whitespace().count();
    n > 0 && n <= 2 && item.len() < rest.len()
}

/// True when the possessor at `who` opens its clause: the sentence starts there, or a comma,
/// colon or opening conjunction (`But his refusal to …`) stands before it; the noun phrase is
/// then the clause's subject and its main verb follows the infinitive.
fn opens_clause(body: &str, start: usize, who: usize) -> bool {
    let before = body[start..who].trim_end();
    let last = before.rsplit(char::is_whitespace).next().unwrap_or("");
    before.is_empty()
        || before.ends_with([',', ':', ';', '.', '?', '!', '"', '”'])
        || ["but", "and", "yet", "still", "so", "however"].iter().any(|w| w.eq_ignore_ascii_case(last))
}

/// Finite auxiliaries and modals: in a subject's infinitive (`her refusal to vote was a
/// mistake`) the first of them opens the main clause's verb.
const MAIN_VERB: &[&str] = &[
    "is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might",
    "should", "must", "does", "did", "isn't", "wasn't", "hasn't", "haven't", "doesn't", "didn't", "won't",
    "wouldn't", "remains", "seems",
];

/// The infinitive `c` of a subject noun phrase, ended before the main clause's auxiliary or modal.
fn subject_content(body: &str, c: Span) -> Span {
    let t = &body[c.start..c.end];
    let cut = crate::text::word_spans(t).skip(2).find(|(_, w)| {
        let w = w.to_lowercase().replace('’', "'");
        MAIN_VERB.contains(&w.as_str())
    });
    match cut {
        Some((at, _)) => trim_span(body, Span::new(c.start, c.start + at)),
        None => c,
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{ClaimKind, Span};

    /// (kind, speaker, cue, content) of each part of the sentence `s`.
    fn parts(s: &str) -> Vec<(ClaimKind, String, String, String)> {
        let at = |sp: Span| s[sp.start..sp.end].to_string();
        super::super::analyse(s, Span::new(0, s.len()), &[])
            .into_iter()
            .map(|p| {
                let (who, cue) = p.speaker.map_or((String::new(), String::new()), |(a, c)| (at(a), at(c)));
                (p.kind, who, cue, at(p.content))
            })
            .collect()
    }

    #[test]
    fn a_noun_claim_comes_with_the_outlets_assertion() {
        let s = "The board weighed Ana Ruiz's claim that the dam was safe, then adjourned.";
        let got = parts(s);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].0, ClaimKind::Assertion, "{got:?}");
        let want = (ClaimKind::Indirect, "Ana Ruiz's".into(), "claim".into(), "the dam was safe".into());
        assert_eq!(got[1], want);
    }

    #[test]
    fn the_content_runs_over_a_list_after_the_source() {
        let s = "Officials weighed complaints from the growers that pears, plums and apples were rotting, and left.";
        let got = parts(s);
        let want = (
            ClaimKind::Indirect,
            "the growers".into(),
            "complaints".into(),
            "pears, plums and apples were rotting".into(),
        );
        assert_eq!(got[1], want, "{got:?}");
    }

    #[test]
    fn a_subjects_infinitive_ends_before_the_main_verb() {
        let got = parts("Her pledge to replant the orchard was the first item on the agenda.");
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[1].3, "to replant the orchard", "{got:?}");
        // In object position the infinitive runs to the clause end.
        let got = parts("Voters cheered her pledge to replant the orchard - a costly one.");
        assert_eq!(got[1].3, "to replant the orchard", "{got:?}");
    }

    #[test]
    fn a_noun_claim_inside_another_claim_is_left_to_it() {
        // Within Kim's content, or between the cue and the content (`repeated her claim that`).
        for s in [
            "Kim said Lee's claim that the dam was safe was false.",
            "Kim repeated her claim that the dam was safe.",
        ] {
            let got = parts(s);
            assert_eq!(got.len(), 1, "{s}: {got:?}");
            assert_eq!(got[0].1, "Kim");
        }
    }
}
