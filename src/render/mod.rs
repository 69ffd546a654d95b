//! Renders results for people (table, Markdown, HTML) and pipelines (JSON).

mod claims;
pub mod compare;
pub mod pairs;

pub use claims::claims_table;

use serde::Serialize;

pub mod extract;
pub mod report;
pub mod shift;
pub use compare::{compare_html, compare_markdown, compare_table};

use crate::model::Document;

/// The `extract` JSON contract: `{"version": 1, "documents": [...]}`.
#[derive(Serialize)]
pub struct DocumentsOut<'a> {
    pub version: u32,
    pub documents: &'a [Document],
}

/// Pretty JSON of any serialisable value, with a trailing newline.
pub fn json<T: Serialize>(value: &T) -> String {
    let mut s = serde_json::to_string_pretty(value).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}

/// The `extract` table for people, fitted to the terminal width (100 columns when stdout is
/// not a terminal); see [`extract::extract_table_width`].
pub fn extract_table(docs: &[Document], explain: bool) -> String {
    extract::extract_table_width(docs, explain, extract::terminal_width())
}
