//! CLI tests of `claimdiff claims`: who said what on a small fixture written for the test.

use assert_cmd::Command;
use predicates::prelude::*;

fn claimdiff() -> Command {
    Command::cargo_bin("claimdiff").unwrap_or_else(|e| panic!("binary: {e}"))
}

#[test]
fn json_attributes_multi_paragraph_quote_and_anonymous_source() {
    let out = claimdiff()
        .args(["claims", "tests/fixtures/claims/harbour.txt", "--format", "json"])
        .output()
        .unwrap_or_else(|e| panic!("run: {e}"));
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("json: {e}"));
    let claims = v["documents"][0]["claims"].as_array().cloned().unwrap_or_default();
    let who: Vec<&str> = claims.iter().map(|c| c["speaker"]["name"].as_str().unwrap_or("-")).collect();
    assert_eq!(
        who,
        vec!["Elena Marsh", "Elena Marsh", "Elena Marsh", "Elena Marsh", "a senior port official", "-"]
    );
    assert_eq!(claims[0]["kind"], "indirect");
    assert_eq!(claims[1]["kind"], "direct");
    assert_eq!(claims[0]["conditions"][0]["kind"], "unconditional");
    // Spans are offsets into the original file.
    let src = std::fs::read_to_string("tests/fixtures/claims/harbour.txt").unwrap_or_default();
    for c in &claims {
        let (s, e) = (
            c["content"]["start"].as_u64().unwrap_or(0) as usize,
            c["content"]["end"].as_u64().unwrap_or(0) as usize,
        );
        assert_eq!(&src[s..e], c["content"]["text"].as_str().unwrap_or(""));
    }
}

#[test]
fn speaker_filter_uses_aliases() {
    claimdiff()
        .args([
            "claims",
            "tests/fixtures/claims/harbour.txt",
            "--aliases",
            "tests/fixtures/claims/aliases.json",
            "--speaker",
            "the harbour chief",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("Elena Marsh"))
        .stdout(predicate::str::contains("senior port official").not());
}

#[test]
fn bad_alias_file_is_a_clear_error() {
    claimdiff()
        .args([
            "claims",
            "tests/fixtures/claims/harbour.txt",
            "--aliases",
            "tests/fixtures/claims/harbour.txt",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("harbour.txt: invalid aliases file"));
}

/// (speaker name, anonymous) of every attributed claim, per outlet, for `claims DIR [ARGS]`.
fn speakers_by_outlet(extra: &[&str]) -> Vec<(String, String, bool)> {
    let mut args = vec!["claims", "tests/fixtures/claims/crossdoc", "--format", "json"];
    args.extend_from_slice(extra);
    let out = claimdiff().args(&args).output().unwrap_or_else(|e| panic!("run: {e}"));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("json: {e}"));
    let mut got = Vec::new();
    for d in v["documents"].as_array().cloned().unwrap_or_default() {
        for c in d["claims"].as_array().cloned().unwrap_or_default() {
            if c["speaker"].is_object() {
                got.push((
                    d["outlet"].as_str().unwrap_or("").to_string(),
                    c["speaker"]["name"].as_str().unwrap_or("").to_string(),
                    c["speaker"]["anonymous"].as_bool().unwrap_or(false),
                ));
            }
        }
    }
    got
}

#[test]
fn one_canonical_speaker_across_documents() {
    // The Courier only ever writes "Vance"; the Gazette names her in full.
    let got = speakers_by_outlet(&[]);
    let vance: Vec<&(String, String, bool)> = got.iter().filter(|g| !g.2).collect();
    assert_eq!(vance.len(), 3, "{got:?}");
    assert!(vance.iter().all(|g| g.1 == "Rosa Vance"), "{got:?}");
    assert!(vance.iter().any(|g| g.0 == "Coast Courier") && vance.iter().any(|g| g.0 == "Valley Gazette"));
    // Without an alias, "the treasurer" is an unnamed source.
    assert!(got.contains(&("Coast Courier".into(), "the treasurer".into(), true)), "{got:?}");
}

#[test]
fn alias_file_names_a_described_speaker() {
    let got = speakers_by_outlet(&["--aliases", "tests/fixtures/claims/treasurer-aliases.json"]);
    assert_eq!(got.len(), 4, "{got:?}");
    assert!(got.iter().all(|g| g.1 == "Rosa Vance" && !g.2), "{got:?}");
}

#[test]
fn speaker_filter_takes_titles_and_title_only_queries() {
    // The Gazette introduces "Finance Minister Rosa Vance"; the Courier only writes "Vance".
    for query in ["Minister Vance", "Finance Minister Rosa Vance", "the finance minister", "vance"] {
        let got = speakers_by_outlet(&["--speaker", query]);
        assert_eq!(got.len(), 3, "{query}: {got:?}");
        assert!(got.iter().all(|g| g.1 == "Rosa Vance"), "{query}: {got:?}");
    }
    // A title nobody was introduced with, another name, or a described source's head alone: nothing.
    for query in ["the prime minister", "Minister Lee", "treasurer"] {
        assert!(speakers_by_outlet(&["--speaker", query]).is_empty(), "{query}");
    }
}

#[test]
fn table_marks_a_claim_reported_within_another() {
    let out = claimdiff().args(["claims", "tests/fixtures/claims/nested.txt"]).output().unwrap();
    assert!(out.status.success());
    let table = String::from_utf8_lossy(&out.stdout);
    let json = claimdiff()
        .args(["claims", "tests/fixtures/claims/nested.txt", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap_or_default();
    let claims = v["documents"][0]["claims"].as_array().cloned().unwrap_or_default();
    let inner: Vec<&serde_json::Value> = claims.iter().filter(|c| c["within"].is_string()).collect();
    assert_eq!(inner.len(), 1, "{claims:?}");
    assert_eq!(inner[0]["speaker"]["text"], "the governor");
    let outer = inner[0]["within"].as_str().unwrap_or("");
    assert!(table.contains(&format!("within {outer}")), "{table}");
}
