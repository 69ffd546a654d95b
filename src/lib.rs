//! claimdiff compares what different news outlets report about one story, claim by claim.
//!
//! The pipeline runs one way, one module a stage, exchanging the plain types of [`model`]:
//!
//! ```text
//! files ─ingest→ SourceText ─clean→ CleanDoc ─segment→ Sentence* ═ Document
//!       ─extract→ Claim* ─align→ aligned pairs ─score→ Comparison ─timeline→ Timeline ─render→ text
//! ```
//!
//! Every span in the output is a byte offset into the original input file, so every label can
//! point at its evidence.
//!
//! ```
//! let opts = claimdiff::ReadOptions { outlet: Some("Example".into()), ..Default::default() };
//! let docs = claimdiff::read_str("note.txt", "Abe said so. He left.\n", &opts).unwrap();
//! assert_eq!(docs[0].outlet, "Example");
//! assert_eq!(docs[0].sentences.len(), 2);
//! ```

pub mod align;
pub mod clean;
pub mod disjoint;
pub mod error;
pub mod extract;
pub mod ingest;
mod lower;
pub mod model;
pub mod pipeline;
pub mod render;
pub mod report;
pub mod score;
pub mod segment;
pub mod text;
pub mod timeline;
mod twin;

pub use error::{Error, Result};
pub use pipeline::{read_inputs, read_str, Corpus, ReadOptions};
