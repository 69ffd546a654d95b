//! Documents built from ready-made sentences (annotated corpora, generated benchmarks, tests):
//! the sentences are joined by a space into the body, and claims are extracted by `extract`.

use crate::extract::{extract_claims, ExtractOptions};
use crate::model::{Document, Format, Role, Sentence, Span};
use crate::text::OffsetMap;

/// A document whose body is `sentences` joined by single spaces (offsets are into that body),
/// with claims extracted. Nothing is read from disk.
pub fn document_from_sentences(path: &str, outlet: &str, sentences: &[String]) -> Document {
    let mut body = String::new();
    let mut sents = Vec::with_capacity(sentences.len());
    for (i, s) in sentences.iter().enumerate() {
        if i > 0 {
            body.push(' ');
        }
        let start = body.len();
        body.push_str(s);
        sents.push(Sentence {
            start,
            end: body.len(),
            text: s.clone(),
            role: Role::Body,
            paragraph: i,
            clean: Span::new(start, body.len()),
        });
    }
    let len = body.len();
    let mut doc = Document {
        path: path.to_string(),
        item: None,
        format: Format::Text,
        outlet: outlet.to_string(),
        published: None,
        published_at: None,
        title: None,
        url: None,
        author: None,
        dateline: None,
        warnings: Vec::new(),
        removed: Vec::new(),
        body,
        sentences: sents,
        claims: None,
        map: OffsetMap::identity(0, len),
    };
    doc.claims = Some(extract_claims(&doc, &ExtractOptions::default()));
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_keep_their_offsets_in_the_body() {
        let d = document_from_sentences("x.txt", "X", &["One fact.".into(), "Two facts.".into()]);
        assert_eq!(d.body, "One fact. Two facts.");
        assert_eq!(&d.body[d.sentences[1].start..d.sentences[1].end], "Two facts.");
        assert!(d.claims.as_ref().is_some_and(|c| !c.is_empty()));
    }
}
