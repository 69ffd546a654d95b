//! The plain data types every stage exchanges, in one place, with serde derives.
//!
//! Stages never reach into each other's internals: ingest produces [`SourceText`], clean produces
//! [`CleanDoc`], segment produces [`Sentence`]s, the pipeline assembles them into a [`Document`],
//! extract adds [`Claim`]s, align/score produce [`Comparison`]s, timeline produces [`Timeline`]s.
//! Every span is a byte offset into the original input file.

mod align;
mod claim;
mod document;
mod timeline;

pub use align::*;
pub use claim::*;
pub use document::*;
pub use timeline::*;

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into the original input file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}

/// A piece of text with its span in the original input: speaker, cue, content, evidence.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextSpan {
    pub text: String,
    pub start: usize,
    pub end: usize,
}
