//! The library's error type. Every variant names the file (or outlet, or line) and the problem.

use std::path::PathBuf;

/// Errors that end the processing of one input (the others go on).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: cannot read: {source}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Input { path: String, message: String },
    #[error("{path}: front matter is not closed (expected a line '---' after line {line})")]
    UnclosedFrontMatter { path: String, line: usize },
    #[error("{path}: unknown extension '{ext}' (expected .txt, .md, .html, .htm, .json or .jsonl)")]
    UnknownExtension { path: String, ext: String },
    #[error("{path}: looks like a binary file (NUL byte at offset {offset}), not an article")]
    Binary { path: String, offset: usize },
    #[error("{path}: empty file, no article text")]
    Empty { path: String },
    #[error("{path}: invalid JSON at line {line}, column {column}: {message}")]
    Json { path: String, line: usize, column: usize, message: String },
    #[error("{path}: invalid aliases file: {message}")]
    Aliases { path: String, message: String },
    #[error("{path}: refusing to write over a source file")]
    WouldOverwriteSource { path: PathBuf },
    #[error("{path}: cannot write: {source}")]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{0}")]
    Usage(String),
    /// A line of `pairs` input that is not `{"id", "a", "b"}` JSON.
    #[error("{path}: line {line}: {message} (expected a JSON object {{\"id\", \"a\", \"b\"}} with text in a and b)")]
    PairLine { path: String, line: usize, message: String },
}

impl Error {
    pub fn input(path: &str, message: impl Into<String>) -> Self {
        Error::Input { path: path.to_string(), message: message.into() }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
