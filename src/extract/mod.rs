//! Sentences → claims: speaker, cue, content, entities, numbers, times, polarity, modality.
//!
//! PLACEHOLDER: every body sentence becomes one assertion; the claims issue replaces it.

pub mod markers;
pub mod numbers;
pub mod time;

use crate::model::{Claim, ClaimKind, Document, Role, TextSpan};

/// Options for claim extraction.
#[derive(Clone, Debug, Default)]
pub struct ExtractOptions {}

/// Extracts the claims of one document.
pub fn extract_claims(doc: &Document, _opts: &ExtractOptions) -> Vec<Claim> {
    doc.sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| s.role == Role::Body)
        .map(|(i, s)| Claim {
            id: format!("c{}", i + 1),
            sentence: i,
            kind: ClaimKind::Assertion,
            speaker: None,
            cue: None,
            content: TextSpan { text: s.text.clone(), start: s.start, end: s.end },
            said_on: None,
            entities: Vec::new(),
            numbers: numbers::find_quantities(&s.text),
            times: time::find_times(&s.text, doc.published),
            polarity: markers::polarity(&s.text),
            modality: markers::modality(&s.text),
            conditions: markers::conditions(&s.text),
        })
        .collect()
}

/// Extracts the claims of every document, with speakers canonicalised across documents.
pub fn extract_corpus(docs: &mut [Document], opts: &ExtractOptions) {
    for d in docs.iter_mut() {
        let claims = extract_claims(d, opts);
        d.claims = Some(claims);
    }
}
