//! Command-line inputs → the files to read: files as given, directories walked.

use std::path::Path;

use super::format_of;
use crate::error::Error;

/// Expands command-line inputs into the files to read, keeping their order: a file as given,
/// a directory recursively in sorted order, `-` (stdin) as is.
///
/// Inside a directory only files with a known extension are read; hidden files (`.name`) are
/// skipped silently, and any other file is reported as an [`Error::UnknownExtension`] failure
/// (so a source put into the folder is never left out unnoticed) while the others are still read.
/// A directory holding no article at all is a failure too. A file named explicitly is always
/// returned; [`ingest_path`] reports it if missing or of an unknown extension.
pub fn expand_inputs(inputs: &[String]) -> (Vec<String>, Vec<Error>) {
    let mut files = Vec::new();
    let mut failures = Vec::new();
    for input in inputs {
        let p = Path::new(input);
        if input != "-" && p.is_dir() {
            let before = (files.len(), failures.len());
            walk_dir(p, &mut files, &mut failures);
            if (files.len(), failures.len()) == before {
                failures.push(Error::input(
                    input,
                    "no article in this directory (no .txt, .md, .html, .htm, .json or .jsonl file)",
                ));
            }
        } else {
            files.push(input.clone());
        }
    }
    (files, failures)
}

fn walk_dir(dir: &Path, files: &mut Vec<String>, failures: &mut Vec<Error>) {
    let shown = dir.display().to_string();
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(source) => {
            failures.push(Error::Read { path: shown, source });
            return;
        }
    };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        let hidden = p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if p.is_dir() {
            walk_dir(&p, files, failures);
            continue;
        }
        let s = p.display().to_string();
        if format_of(&s).is_some() {
            files.push(s);
        } else {
            let ext = p.extension().map(|e| e.to_string_lossy().into_owned()).unwrap_or_default();
            failures.push(Error::UnknownExtension { path: s, ext });
        }
    }
}
