//! [`CleanDoc`] → [`Sentence`]s with byte spans into the original input.
//!
//! PLACEHOLDER: splits after `. ` only; the segmentation issue replaces it.

use crate::model::{CleanDoc, Sentence, Span};

/// Options for sentence segmentation.
#[derive(Clone, Debug, Default)]
pub struct SegmentOptions {}

/// Splits plain text into sentence byte ranges (trimmed, non-empty).
pub fn split_text(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices(". ") {
        out.push(Span::new(start, i + 1));
        start = i + 2;
    }
    if start < text.trim_end().len() {
        out.push(Span::new(start, text.trim_end().len()));
    }
    out
}

/// Splits every block of a cleaned document into sentences.
pub fn segment(doc: &CleanDoc, _opts: &SegmentOptions) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (bi, block) in doc.blocks.iter().enumerate() {
        let text = &doc.text.text[block.clean.start..block.clean.end];
        for sp in split_text(text) {
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
