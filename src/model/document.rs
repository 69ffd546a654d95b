//! Documents: ingest output, cleaning output, sentences, and the `extract` JSON contract.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Claim, Span};
use crate::text::MappedText;

/// The input format a document was read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Markdown,
    Html,
    Json,
    Jsonl,
}

/// Article metadata, from front matter, HTML meta tags / JSON-LD, JSON fields or the command line.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metadata {
    pub outlet: Option<String>,
    /// Publication date (the calendar date, as printed by the outlet).
    pub published: Option<NaiveDate>,
    /// The full timestamp where the source gives one, ISO 8601.
    pub published_at: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub author: Option<String>,
    /// Dateline moved out of the body by `clean` (`TOKYO`, `WASHINGTON (Reuters)`).
    pub dateline: Option<String>,
}

/// A non-fatal problem with one document, carried into the output.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Warning {
    /// Stable machine-readable code, e.g. `missing-date`, `invalid-utf8`, `derived-outlet`.
    pub code: String,
    /// Human-readable message naming the file and the problem.
    pub message: String,
}

impl Warning {
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        Warning { code: code.to_string(), message: message.into() }
    }
}

/// What `ingest` produces for one article: its metadata and the article text with an offset map
/// back into the original file. One file may yield several (`.json` arrays, `.jsonl`).
#[derive(Clone, Debug)]
pub struct SourceText {
    /// The path as given on the command line (`-` for stdin).
    pub path: String,
    /// Position within a multi-article file (`.json` array, `.jsonl` line), else `None`.
    pub item: Option<usize>,
    pub format: Format,
    pub meta: Metadata,
    /// The article text as ingest found it (still with boilerplate), mapped to the original file.
    pub text: MappedText,
    /// Parts of the file ingest already left out (HTML outside the article, front matter …).
    pub removed: Vec<Removed>,
    pub warnings: Vec<Warning>,
}

/// A span of the original input that cleaning dropped, and why.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Removed {
    pub start: usize,
    pub end: usize,
    /// Why it was dropped: `paywall`, `template`, `icons`, `widget`, `sponsored`, `caption`,
    /// `credit`, `source-credit`, `repeated`, `dateline`, `html-boilerplate`, `front-matter` …
    pub reason: String,
    /// The dropped text (cleaned of line breaks, possibly shortened), for `--explain`.
    pub text: String,
}

/// The role of a block of article text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Headline,
    Standfirst,
    Body,
}

/// A paragraph-like block of the cleaned text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    /// Byte range in the *cleaned* text ([`CleanDoc::text`]).
    pub clean: Span,
    pub role: Role,
}

/// What `clean` produces: the article without the page, mapped back to the original file.
#[derive(Clone, Debug)]
pub struct CleanDoc {
    /// The clean text: blocks joined by blank lines, repaired (`Japan''s` → `Japan's`, curly
    /// quotes → straight), every byte mapped to the original input.
    pub text: MappedText,
    pub blocks: Vec<Block>,
    pub removed: Vec<Removed>,
    /// Metadata found while cleaning (dateline).
    pub dateline: Option<String>,
    pub warnings: Vec<Warning>,
}

/// One sentence, with spans into the original file and into the clean text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub role: Role,
    /// Index of the block (paragraph) the sentence belongs to.
    pub paragraph: usize,
    /// Byte range in the clean body text (`Document::body`).
    pub clean: Span,
}

/// One article after ingest → clean → segment (→ extract): the `extract`/`claims` JSON contract.
#[derive(Clone, Debug, Serialize)]
pub struct Document {
    pub path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<usize>,
    pub format: Format,
    pub outlet: String,
    /// ISO 8601 date, `null` when unknown.
    pub published: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published_at: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dateline: Option<String>,
    pub warnings: Vec<Warning>,
    pub removed: Vec<Removed>,
    /// The clean article text (headline, standfirst and body blocks joined by blank lines).
    pub body: String,
    pub sentences: Vec<Sentence>,
    /// Filled by `extract` (the `claims` subcommand); absent from `extract` output.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claims: Option<Vec<Claim>>,
    /// Maps `body` offsets to original-file offsets (not serialised).
    #[serde(skip)]
    pub map: crate::text::OffsetMap,
}
