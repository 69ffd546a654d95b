//! Renders results for people (table, Markdown, HTML) and pipelines (JSON).

mod claims;
pub mod compare;
pub mod pairs;

pub use claims::claims_table;

use serde::Serialize;

pub mod report;
pub mod shift;
pub use compare::{compare_markdown, compare_table};

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

/// The `extract` table (PLACEHOLDER: plain lines).
pub fn extract_table(docs: &[Document], _explain: bool) -> String {
    let mut s = String::new();
    for d in docs {
        s.push_str(&format!("{} ({})\n", d.path, d.outlet));
        for sent in &d.sentences {
            s.push_str(&format!("  {}\n", sent.text));
        }
    }
    s
}
