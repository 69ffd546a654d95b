//! CLI tests of `claimdiff compare` on two small articles written for the test: a changed number,
//! a negation, a quote given to another speaker, and one claim only in each outlet.

use assert_cmd::Command;
use predicates::prelude::*;

const A: &str = "tests/fixtures/compare/daily-post.txt";
const B: &str = "tests/fixtures/compare/evening-star.txt";

fn json(args: &[&str]) -> serde_json::Value {
    let out = Command::cargo_bin("claimdiff").unwrap().args(args).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn json_aligns_the_three_shared_claims_and_lists_the_rest() {
    let v = json(&["compare", A, B, "--format", "json"]);
    assert_eq!(v["version"], 1);
    let al = v["alignments"].as_array().unwrap();
    let mut pairs: Vec<(String, String)> = al
        .iter()
        .map(|x| (x["a"]["claim"].as_str().unwrap().into(), x["b"]["claim"].as_str().unwrap().into()))
        .collect();
    pairs.sort();
    assert_eq!(
        pairs,
        vec![("c1".into(), "c1".into()), ("c2".into(), "c2".into()), ("c3".into(), "c3".into())]
    );
    for x in al {
        assert!(x["similarity"].as_f64().unwrap() > 0.0);
        assert!(x["a"]["end"].as_u64() > x["a"]["start"].as_u64());
    }
    let only_a = v["only"]["daily-post"].as_array().unwrap();
    assert_eq!(only_a.len(), 1);
    assert!(only_a[0]["text"].as_str().unwrap().starts_with("Volunteers"));
    assert!(v["only"]["evening-star"][0]["text"].as_str().unwrap().starts_with("Insurance"));
    assert_eq!(v["consistency"]["aligned"], 3);
    assert_eq!(v["consistency"]["claims_a"], 4);
}

#[test]
fn same_input_same_bytes() {
    let run = || {
        Command::cargo_bin("claimdiff")
            .unwrap()
            .args(["compare", A, B, "--format", "json"])
            .output()
            .unwrap()
            .stdout
    };
    assert_eq!(run(), run());
}

#[test]
fn outlets_are_found_by_name_within_sources() {
    let v =
        json(&["compare", "DAILY-POST", "evening-star", "--sources", A, "--sources", B, "--format", "json"]);
    assert_eq!(v["consistency"]["outlet_a"], "daily-post");
    assert_eq!(v["consistency"]["aligned"], 3);
}

#[test]
fn markdown_and_table_show_only_in_rows() {
    Command::cargo_bin("claimdiff")
        .unwrap()
        .args(["compare", A, B, "--format", "markdown"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("| relation |").and(predicate::str::contains("only in evening-star")),
        );
    Command::cargo_bin("claimdiff")
        .unwrap()
        .args(["compare", A, B])
        .assert()
        .success()
        .stdout(predicate::str::contains("only in daily-post").and(predicate::str::contains("3 aligned")));
}

#[test]
fn unknown_outlet_is_a_clear_error() {
    Command::cargo_bin("claimdiff")
        .unwrap()
        .args(["compare", "Nowhere Times", B, "--sources", A])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Nowhere Times: not a file, directory or outlet"));
}

/// A figure moved within its sentence, a role title before a name, and a summing-up tail after the
/// attribution (`tests/fixtures/compare-moved`).
#[test]
fn a_moved_figure_conflicts_and_a_role_title_is_not_the_name() {
    let v = json(&[
        "compare",
        "tests/fixtures/compare-moved/valley-courier.txt",
        "tests/fixtures/compare-moved/carver-daily.txt",
        "--format",
        "json",
    ]);
    let al = v["alignments"].as_array().unwrap();
    assert_eq!(al.len(), 2, "{al:?}");
    let winter = al.iter().find(|x| x["a"]["text"].as_str().unwrap().contains("winter")).unwrap();
    assert_eq!(
        (&winter["a"]["speaker"], &winter["b"]["speaker"]),
        (&"Rosa Lindqvist".into(), &"Rosa Lindqvist".into())
    );
    let homes = al.iter().find(|x| x["a"]["text"].as_str().unwrap().contains("homes")).unwrap();
    assert_eq!(homes["relation"], "conflict");
    assert_eq!(homes["reasons"][0]["code"], "conflict-number");
    assert_eq!(homes["b"]["text"], "During the 2024 floods, 180 homes were evacuated");
}

/// Two claims aligned although worded too differently for the conflict detectors: a cost of
/// "$12 million" against a spend of "$19 million", and "supports the rebuilding plan" against
/// "does not support the rebuilding plan" said by a spokeswoman. Both stay `partial` and carry a
/// `possible-conflict-*` reason with the two figures or stance words as evidence
/// (`tests/fixtures/compare-weak`).
#[test]
fn differing_sums_and_opposite_stances_are_possible_conflicts() {
    let dir = "tests/fixtures/compare-weak";
    let (a, b) = (format!("{dir}/lakeside-post.txt"), format!("{dir}/marlow-times.txt"));
    let v = json(&["compare", &a, &b, "--format", "json"]);
    let al = v["alignments"].as_array().unwrap();
    let find = |code: &str| {
        al.iter()
            .find_map(|x| {
                let r = x["reasons"].as_array()?.iter().find(|r| r["code"] == code)?;
                Some((x["relation"].clone(), r.clone()))
            })
            .unwrap_or_else(|| panic!("no {code}: {al:?}"))
    };
    let (rel, r) = find("possible-conflict-number");
    assert_eq!(rel, "partial");
    assert_eq!(
        (r["a"][0]["text"].as_str(), r["b"][0]["text"].as_str()),
        (Some("$12 million"), Some("$19 million"))
    );
    let text = std::fs::read_to_string(&a).unwrap();
    let (s, e) = (r["a"][0]["start"].as_u64().unwrap() as usize, r["a"][0]["end"].as_u64().unwrap() as usize);
    assert_eq!(&text[s..e], "$12 million");
    let (rel, r) = find("possible-conflict-stance");
    assert_eq!(rel, "partial");
    assert_eq!((r["a"][0]["text"].as_str(), r["b"][0]["text"].as_str()), (Some("supports"), Some("support")));
    assert_eq!(v["consistency"]["conflicts"], 0);
    assert_eq!(v["consistency"]["possible_conflicts"], 2);
    let table = Command::cargo_bin("claimdiff").unwrap().args(["compare", &a, &b]).output().unwrap();
    assert!(String::from_utf8_lossy(&table.stdout).contains("0 conflicts (2 more possible)"));
}
