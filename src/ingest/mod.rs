//! Files → [`SourceText`]: reads `.txt`/`.md` (front matter), `.html`, `.json`/`.jsonl`, stdin.
//!
//! PLACEHOLDER: minimal text-only reader; the ingest issue replaces it.

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::model::{Format, Metadata, SourceText};
use crate::text::MappedText;

/// Options for ingest: command-line overrides of metadata.
#[derive(Clone, Debug, Default)]
pub struct IngestOptions {
    pub outlet: Option<String>,
    pub date: Option<NaiveDate>,
}

/// Expands the command-line inputs into files (directories recursively, sorted).
pub fn expand_inputs(inputs: &[String]) -> (Vec<String>, Vec<Error>) {
    (inputs.to_vec(), Vec::new())
}

/// Reads one file (or `-` for stdin).
pub fn ingest_path(path: &str, opts: &IngestOptions) -> Result<Vec<SourceText>> {
    let bytes = std::fs::read(path).map_err(|source| Error::Read { path: path.to_string(), source })?;
    ingest_bytes(path, &bytes, opts)
}

/// Reads an article from bytes; the extension of `path` picks the format.
pub fn ingest_bytes(path: &str, bytes: &[u8], opts: &IngestOptions) -> Result<Vec<SourceText>> {
    let text = String::from_utf8_lossy(bytes);
    let meta = Metadata { outlet: opts.outlet.clone(), published: opts.date, ..Default::default() };
    Ok(vec![SourceText {
        path: path.to_string(),
        item: None,
        format: Format::Text,
        meta,
        text: MappedText::verbatim(&text, 0),
        removed: Vec::new(),
        warnings: Vec::new(),
    }])
}

/// Parses a date as newspapers and feeds print it (PLACEHOLDER: ISO 8601 only).
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}
