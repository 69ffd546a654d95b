//! [`CleanDoc`] → [`Sentence`]s with byte spans into the original input.
//!
//! A rule-based English sentence splitter: blank lines and list items first ([`lists`]), then
//! every terminator judged from its neighbours ([`rules`]) with word lists of abbreviations
//! ([`abbrev`]), keeping a quotation with its attribution tail whole ([`quotes`]).

pub(crate) mod abbrev;
mod lists;
mod quotes;
mod rules;

use crate::model::{CleanDoc, Role, Sentence, Span};

/// Options for sentence segmentation.
#[derive(Clone, Debug, Default)]
pub struct SegmentOptions {}

/// Splits plain text into sentence byte ranges: trimmed, non-empty, increasing, on char
/// boundaries.
pub fn split_text(text: &str) -> Vec<Span> {
    let mut hard = line_cuts(text);
    let (bullets, markers) = lists::find(text);
    hard.extend(bullets);
    hard.extend(markers.iter().filter(|m| m.split).map(|m| m.start));
    hard.sort_unstable();
    let quotes = quotes::find(text);
    let mut cuts = hard.clone();
    rules::cuts(text, &markers, &quotes, &hard, &mut cuts);
    cuts.push(text.len());
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::with_capacity(cuts.len());
    let mut prev = 0;
    for c in cuts {
        let piece = &text[prev..c];
        let lead = piece.len() - piece.trim_start().len();
        let trimmed = piece.trim();
        if !trimmed.is_empty() {
            out.push(Span::new(prev + lead, prev + lead + trimmed.len()));
        }
        prev = c;
    }
    out
}

/// Line breaks that end a sentence: a blank line, or a line break before or after a list item.
/// Other single line breaks are white space (hard-wrapped prose is joined).
fn line_cuts(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for (p, _) in text.match_indices('\n') {
        let line = &text[line_start..p];
        let is_item = lists::starts_with_marker(line);
        let rest = &text[p + 1..];
        let next = rest.find('\n').map_or(rest, |n| &rest[..n]);
        if is_item || next.trim().is_empty() || lists::starts_with_marker(next) {
            out.push(p);
        }
        line_start = p + 1;
    }
    out
}

/// True when a headline-like text ends with a sentence terminator (before closing marks).
fn ends_with_terminator(text: &str) -> bool {
    text.trim_end().trim_end_matches(rules::CLOSERS).ends_with(['.', '?', '!', '…'])
}

/// Splits every block of a cleaned document into sentences; a headline without a final full
/// stop is one sentence.
pub fn segment(doc: &CleanDoc, _opts: &SegmentOptions) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (bi, block) in doc.blocks.iter().enumerate() {
        let Some(text) = doc.text.text.get(block.clean.start..block.clean.end) else { continue };
        let spans = if block.role == Role::Headline && !ends_with_terminator(text) {
            let lead = text.len() - text.trim_start().len();
            let t = text.trim();
            if t.is_empty() {
                Vec::new()
            } else {
                vec![Span::new(lead, lead + t.len())]
            }
        } else {
            split_text(text)
        };
        for sp in spans {
            let (s, e) = (block.clean.start + sp.start, block.clean.start + sp.end);
            let orig = doc.text.span(s, e);
            out.push(Sentence {
                start: orig.start,
                end: orig.end,
                text: doc.text.text[s..e].to_string(),
                role: block.role,
                paragraph: bi,
                clean: Span::new(s, e),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests;
