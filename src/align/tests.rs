//! Unit tests of `compare` and the consistency figures.

use super::synthetic::document_from_sentences;
use super::*;

fn docs(outlet: &str, s: &[&str]) -> Vec<Document> {
    let s: Vec<String> = s.iter().map(|x| x.to_string()).collect();
    vec![document_from_sentences(&format!("{}.txt", outlet.to_lowercase()), outlet, &s)]
}

#[test]
fn consistency_math() {
    use Relation::*;
    let c = consistency("A", "B", 10, 4, &[Same, Agree, Conflict]);
    assert_eq!(c.aligned, 3);
    assert!((c.coverage - 0.75).abs() < 1e-9);
    assert!((c.agreement_rate - 2.0 / 3.0).abs() < 1e-9);
    assert_eq!(c.conflicts, 1);
    assert!((c.score - 0.25).abs() < 1e-9, "(2 - 1) / 4");
    let none = consistency("A", "B", 0, 5, &[]);
    assert_eq!((none.coverage, none.agreement_rate, none.score), (0.0, 0.0, 0.0));
    let bad = consistency("A", "B", 2, 2, &[Conflict, Conflict]);
    assert_eq!(bad.score, 0.0, "clamped at 0");
}

#[test]
fn compare_aligns_reordered_paraphrases_and_lists_the_rest() {
    let a = docs(
        "Alpha",
        &[
            "The central bank raised interest rates by half a point on Tuesday.",
            "The finance minister resigned after the vote.",
            "Fishermen protested in the harbour.",
        ],
    );
    let b = docs(
        "Beta",
        &[
            "After the vote the finance minister resigned.",
            "A new stadium opens next spring.",
            "On Tuesday the central bank raised interest rates by half a point.",
        ],
    );
    let c = compare(&a, &b, &AlignOptions::default());
    let mut pairs: Vec<(String, String)> =
        c.alignments.iter().map(|x| (x.a.claim.clone(), x.b.claim.clone())).collect();
    pairs.sort();
    assert_eq!(pairs, vec![("c1".to_string(), "c3".to_string()), ("c2".into(), "c1".into())]);
    assert_eq!(c.only["Alpha"].len(), 1);
    assert!(c.only["Alpha"][0].text.starts_with("Fishermen"));
    assert!(c.only["Beta"][0].text.contains("stadium"));
    assert_eq!(c.consistency.aligned, 2);
    assert_eq!(c.version, 1);
}

#[test]
fn compare_is_deterministic_and_tolerates_missing_claims() {
    let a = docs("Alpha", &["Rates rose.", "Rates rose again."]);
    let b = docs("Beta", &["Rates rose."]);
    let x = serde_json::to_string(&compare(&a, &b, &AlignOptions::default())).ok();
    let y = serde_json::to_string(&compare(&a, &b, &AlignOptions::default())).ok();
    assert_eq!(x, y);
    let mut empty = docs("Gamma", &["Nothing."]);
    empty[0].claims = None;
    let c = compare(&a, &empty, &AlignOptions::default());
    assert!(c.alignments.is_empty());
    assert_eq!(c.consistency.claims_b, 0);
}

#[test]
fn same_outlet_name_on_both_sides_is_kept_apart() {
    let c = compare(&docs("X", &["Rain fell."]), &docs("X", &["Snow fell."]), &AlignOptions::default());
    assert_eq!(c.only.len(), 2);
}

/// Sentences of one article: a first sentence and filler about its own story.
fn story(first: &str, filler: &[&str]) -> Vec<String> {
    std::iter::once(first).chain(filler.iter().copied()).map(str::to_string).collect()
}

#[test]
fn claims_of_articles_about_different_stories_are_not_aligned() {
    let a = vec![document_from_sentences(
        "a.txt",
        "Alpha",
        &story(
            "The mayor opened the new harbour bridge on Monday morning.",
            &[
                "Engineers spent four years building the suspension span over the estuary.",
                "Ferry operators fear losing passengers to the crossing.",
                "Toll charges for lorries will be reviewed next winter.",
                "Cyclists get a separate lane protected by steel barriers.",
                "Divers inspected the concrete piers before the ribbon was cut.",
                "Traffic on the coastal road is expected to halve.",
                "The contractor paid penalties for a year of delays.",
            ],
        ),
    )];
    let b = vec![document_from_sentences(
        "b.txt",
        "Beta",
        &story(
            "The mayor opened the new harbour library on Monday morning.",
            &[
                "Children queued for storytelling sessions with local authors.",
                "The reading rooms hold forty thousand donated volumes.",
                "Volunteers will staff the archive desk at weekends.",
                "A café on the ground floor serves pastries from a nearby bakery.",
                "Students may borrow laptops for two weeks.",
                "The architect kept the facade of the old customs house.",
                "Evening poetry readings begin in April.",
            ],
        ),
    )];
    let gated = compare(&a, &b, &AlignOptions::default());
    assert!(gated.alignments.is_empty(), "different stories: {:?}", gated.alignments);
    let open = compare(&a, &b, &AlignOptions { min_doc_cosine: 0.0, ..AlignOptions::default() });
    assert_eq!(open.alignments.len(), 1, "the two first sentences alike, without the document gate");
}
