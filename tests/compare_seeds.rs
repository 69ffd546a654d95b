//! `claimdiff compare --format json` on the two seed articles (sources/abe-kim) and on a pair of
//! short articles written for this test about a different story (tests/fixtures/align): the same
//! behaviours must hold on both, so the aligner's rules are not tuned to the seeds alone.
//!
//! Behaviours: an earlier willingness to meet aligns with the later offer to meet
//! "unconditionally"; a direct quote aligns with the other outlet's quote that shares its
//! predicate (`face Kim`, `sit down with Baker`), not with the quote that only shares the name and
//! title; a fact with a number only one outlet reports is listed as only in that outlet; an
//! anonymous aide's remark only one outlet reports is not aligned with a loosely related claim.

use assert_cmd::Command;
use serde_json::Value;

fn compare(a: &str, b: &str) -> Value {
    let out = Command::cargo_bin("claimdiff")
        .expect("binary")
        .args(["compare", a, b, "--format", "json"])
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("JSON")
}

fn text(v: &Value) -> &str {
    v["text"].as_str().unwrap_or_default()
}

/// The b-side texts aligned with the a-side claim containing `a_has`.
fn partners<'a>(v: &'a Value, a_has: &str) -> Vec<&'a str> {
    v["alignments"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|x| text(&x["a"]).contains(a_has))
        .map(|x| text(&x["b"]))
        .collect()
}

fn only_in<'a>(v: &'a Value, outlet: &str) -> Vec<&'a str> {
    v["only"][outlet].as_array().into_iter().flatten().map(text).collect()
}

fn aligned_anywhere(v: &Value, has: &str) -> bool {
    v["alignments"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|x| text(&x["a"]).contains(has) || text(&x["b"]).contains(has))
}

const NIKKEI: &str = "sources/abe-kim/nikkei-2019-02-28.txt";
const ALJAZEERA: &str = "sources/abe-kim/aljazeera-2019-05-02.txt";

#[test]
fn seeds_willingness_to_meet_kim_aligns_with_the_unconditional_offer() {
    let v = compare(NIKKEI, ALJAZEERA);
    let p = partners(&v, "willingness to meet North Korean leader Kim");
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].contains("unconditionally"), "{p:?}");
}

#[test]
fn seeds_facing_kim_quote_aligns_with_unless_i_directly_face_kim() {
    let v = compare(NIKKEI, ALJAZEERA);
    let p = partners(&v, "I need to face Chairman Kim myself");
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].contains("unless I directly face Kim"), "{p:?}");
}

#[test]
fn seeds_what_only_one_outlet_reports() {
    let v = compare(NIKKEI, ALJAZEERA);
    assert!(only_in(&v, "Al Jazeera").iter().any(|t| t.contains("13 Japanese civilians")), "{v:#}");
    assert!(!aligned_anywhere(&v, "13 Japanese civilians"));
    assert!(only_in(&v, "Nikkei Asian Review").iter().any(|t| t.contains("hasty compromise")), "{v:#}");
    assert!(!aligned_anywhere(&v, "hasty compromise"));
}

const HARBOUR: &str = "tests/fixtures/align/harbour-times-2024-03-04.txt";
const HERALD: &str = "tests/fixtures/align/coastal-herald-2024-04-10.txt";

#[test]
fn fixture_willingness_to_meet_aligns_with_the_unconditional_offer() {
    let v = compare(HARBOUR, HERALD);
    let p = partners(&v, "willingness to meet union leader Tom Baker");
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].contains("unconditionally"), "{p:?}");
}

#[test]
fn fixture_quote_aligns_on_the_shared_predicate_not_the_shared_title() {
    let v = compare(HARBOUR, HERALD);
    let p = partners(&v, "I have to sit down with President Baker myself");
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].contains("unless I personally sit down with Baker"), "{p:?}");
}

#[test]
fn fixture_what_only_one_outlet_reports() {
    let v = compare(HARBOUR, HERALD);
    assert!(only_in(&v, "Coastal Herald").iter().any(|t| t.contains("14 workers")), "{v:#}");
    assert!(!aligned_anywhere(&v, "14 workers"));
    assert!(only_in(&v, "Harbour Times").iter().any(|t| t.contains("rushed settlement")), "{v:#}");
    assert!(!aligned_anywhere(&v, "rushed settlement"));
}
