//! [`SourceText`] → [`CleanDoc`]: keep the article, drop the page.
//!
//! PLACEHOLDER: keeps every non-empty line as a body block; the cleaning issue replaces it.

use crate::model::{Block, CleanDoc, Role, SourceText, Span};
use crate::text::MappedTextBuilder;

/// Options for cleaning.
#[derive(Clone, Debug, Default)]
pub struct CleanOptions {}

/// Cleans one article.
pub fn clean(src: &SourceText, _opts: &CleanOptions) -> CleanDoc {
    let mut b = MappedTextBuilder::new();
    let mut blocks = Vec::new();
    let mut pos = 0;
    for line in src.text.text.split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        let trimmed = line.trim_end();
        if trimmed.trim().is_empty() {
            continue;
        }
        if !b.is_empty() {
            b.push_synthetic("\n\n", src.text.map.start_to_original(start));
        }
        let s = b.len();
        b.push_from(&src.text, start, start + trimmed.len());
        blocks.push(Block { clean: Span::new(s, b.len()), role: Role::Body });
    }
    CleanDoc { text: b.finish(), blocks, removed: Vec::new(), dateline: None, warnings: Vec::new() }
}
