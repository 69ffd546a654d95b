//! `claimdiff extract` from the command line: the JSON contract and the table.

use assert_cmd::Command;
use serde_json::Value;

const FIXTURE: &str = "tests/fixtures/clean/wire-story.txt";

fn extract(args: &[&str]) -> (String, i32) {
    let out = Command::cargo_bin("claimdiff")
        .map(|mut c| c.arg("extract").args(args).output())
        .unwrap_or_else(|e| panic!("cannot run claimdiff: {e}"))
        .unwrap_or_else(|e| panic!("cannot run claimdiff: {e}"));
    (String::from_utf8_lossy(&out.stdout).into_owned(), out.status.code().unwrap_or(-1))
}

fn json_of(args: &[&str]) -> Value {
    let (out, code) = extract(args);
    assert_eq!(code, 0, "{out}");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"))
}

#[test]
fn extract_json_has_the_contract_fields() {
    let v = json_of(&[FIXTURE, "--format", "json", "--outlet", "Wire", "--date", "2024-03-07"]);
    assert_eq!(v["version"], 1);
    let doc = &v["documents"][0];
    assert_eq!(doc["path"], FIXTURE);
    assert_eq!(doc["outlet"], "Wire");
    assert_eq!(doc["published"], "2024-03-07");
    for key in ["title", "url", "warnings", "removed", "body", "sentences"] {
        assert!(doc.get(key).is_some(), "missing {key}");
    }
    assert!(doc["warnings"].is_array());
    let removed = doc["removed"].as_array().cloned().unwrap_or_default();
    assert!(!removed.is_empty());
    for r in &removed {
        assert!(r["start"].as_u64() <= r["end"].as_u64());
        assert!(r["reason"].is_string());
    }
    let reasons: Vec<&str> = removed.iter().filter_map(|r| r["reason"].as_str()).collect();
    for want in ["widget", "dateline", "caption", "advert", "newsletter", "copyright"] {
        assert!(reasons.contains(&want), "no {want} in {reasons:?}");
    }
    let sentences = doc["sentences"].as_array().cloned().unwrap_or_default();
    assert_eq!(sentences[0]["role"], "headline");
    assert_eq!(sentences[0]["text"], "Central bank holds rates as inflation cools");
    assert_eq!(sentences[1]["role"], "standfirst");
    let orig = std::fs::read(FIXTURE).unwrap_or_default();
    for s in &sentences {
        let (a, b) = (s["start"].as_u64().unwrap_or(0) as usize, s["end"].as_u64().unwrap_or(0) as usize);
        assert!(a < b && b <= orig.len());
        assert!(["headline", "standfirst", "body"].contains(&s["role"].as_str().unwrap_or("")));
        assert!(s["text"].is_string());
    }
    let body = doc["body"].as_str().unwrap_or("");
    assert!(body.contains("\"We are not there yet.\""), "{body}");
    for junk in ["Share this", "Photograph", "Advertisement", "newsletter", "Copyright", "FRANKFURT"] {
        assert!(!body.contains(junk), "{junk} in body");
    }
}

#[test]
fn extract_table_fits_100_columns_and_explains() {
    let (out, code) = extract(&[FIXTURE, "--outlet", "Wire"]);
    assert_eq!(code, 0);
    assert!(out.contains("Central bank holds rates"));
    assert!(out.contains("headline"));
    assert!(!out.contains("Removed:"));
    for line in out.lines() {
        assert!(line.chars().count() <= 100, "too wide: {line}");
    }
    let (out, _) = extract(&[FIXTURE, "--outlet", "Wire", "--explain"]);
    assert!(out.contains("Removed:"));
    assert!(out.contains("Sign up to our free business newsletter"));
}
