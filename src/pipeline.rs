//! Runs ingest → clean → segment over inputs and assembles [`Document`]s.
//!
//! One bad input never ends the run: its error is kept in [`Corpus::failures`] and the good
//! inputs are still processed.

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::ingest::{self, IngestOptions};
use crate::model::{CleanDoc, Document, SourceText};
use crate::{clean, segment};

/// Options for reading articles.
#[derive(Clone, Debug, Default)]
pub struct ReadOptions {
    /// Overrides the outlet of every input.
    pub outlet: Option<String>,
    /// Overrides the publication date of every input.
    pub date: Option<NaiveDate>,
}

/// The documents read from a set of inputs, and the inputs that failed.
#[derive(Debug, Default)]
pub struct Corpus {
    pub documents: Vec<Document>,
    pub failures: Vec<Error>,
}

fn ingest_options(opts: &ReadOptions) -> IngestOptions {
    IngestOptions { outlet: opts.outlet.clone(), date: opts.date }
}

/// Turns one ingested article into a [`Document`] (clean + segment).
pub fn build_document(src: SourceText) -> Document {
    let cleaned: CleanDoc = clean::clean(&src, &clean::CleanOptions::default());
    let sentences = segment::segment(&cleaned, &segment::SegmentOptions::default());
    let mut removed = src.removed;
    removed.extend(cleaned.removed.iter().cloned());
    removed.sort();
    let mut warnings = src.warnings;
    warnings.extend(cleaned.warnings.iter().cloned());
    let meta = src.meta;
    Document {
        path: src.path,
        item: src.item,
        format: src.format,
        outlet: meta.outlet.unwrap_or_default(),
        published: meta.published,
        published_at: meta.published_at,
        title: meta.title,
        url: meta.url,
        author: meta.author,
        dateline: cleaned.dateline.clone().or(meta.dateline),
        warnings,
        removed,
        body: cleaned.text.text,
        sentences,
        claims: None,
        map: cleaned.text.map,
    }
}

/// Reads files, directories (recursively, sorted) and `-` (stdin).
pub fn read_inputs(inputs: &[String], opts: &ReadOptions) -> Corpus {
    let mut corpus = Corpus::default();
    let (files, mut failures) = ingest::expand_inputs(inputs);
    corpus.failures.append(&mut failures);
    for file in files {
        match ingest::ingest_path(&file, &ingest_options(opts)) {
            Ok(sources) => corpus.documents.extend(sources.into_iter().map(build_document)),
            Err(e) => corpus.failures.push(e),
        }
    }
    corpus
}

/// Reads an article held in memory; `path` decides the format by its extension.
pub fn read_str(path: &str, content: &str, opts: &ReadOptions) -> Result<Vec<Document>> {
    let sources = ingest::ingest_bytes(path, content.as_bytes(), &ingest_options(opts))?;
    Ok(sources.into_iter().map(build_document).collect())
}
