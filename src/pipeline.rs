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
    read_inputs_with_progress(inputs, opts, &mut |_, _| {})
}

/// [`read_inputs`], calling `progress(done, total)` before each file and once at the end, so
/// the binary can draw a progress bar while the library stays silent.
pub fn read_inputs_with_progress(
    inputs: &[String],
    opts: &ReadOptions,
    progress: &mut dyn FnMut(usize, usize),
) -> Corpus {
    let mut corpus = Corpus::default();
    let (files, mut failures) = ingest::expand_inputs(inputs);
    corpus.failures.append(&mut failures);
    let total = files.len();
    for (done, file) in files.into_iter().enumerate() {
        progress(done, total);
        match ingest::ingest_path(&file, &ingest_options(opts)) {
            Ok(sources) => corpus.documents.extend(sources.into_iter().map(build_document)),
            Err(e) => corpus.failures.push(e),
        }
    }
    progress(total, total);
    corpus
}

/// Reads an article held in memory; `path` decides the format by its extension.
pub fn read_str(path: &str, content: &str, opts: &ReadOptions) -> Result<Vec<Document>> {
    let sources = ingest::ingest_bytes(path, content.as_bytes(), &ingest_options(opts))?;
    Ok(sources.into_iter().map(build_document).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_counts_every_file_and_ends_at_total() {
        let dir = tempfile::tempdir().expect("tempdir");
        for name in ["a.txt", "b.txt", "c.txt"] {
            std::fs::write(dir.path().join(name), "The mayor said the bridge will reopen.\n").expect("write");
        }
        let inputs = [dir.path().to_string_lossy().into_owned()];
        let mut calls = Vec::new();
        let corpus =
            read_inputs_with_progress(&inputs, &ReadOptions::default(), &mut |d, t| calls.push((d, t)));
        assert_eq!(corpus.documents.len(), 3);
        assert_eq!(calls, [(0, 3), (1, 3), (2, 3), (3, 3)]);
    }
}
