//! CLI tests of `claimdiff pairs`: JSON lines in input order, table output, bad lines.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn claimdiff() -> Command {
    Command::cargo_bin("claimdiff").unwrap_or_else(|e| panic!("binary not built: {e}"))
}

#[test]
fn pairs_json_lines_in_order_with_error_line_and_exit_2() {
    let out = claimdiff().args(["pairs", "tests/fixtures/pairs.jsonl"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("tests/fixtures/pairs.jsonl: line 4: invalid JSON"), "{stderr}");
    let lines: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[0]["id"], "p1");
    assert_eq!(lines[0]["relation"], "conflict");
    assert_eq!(lines[0]["reasons"][0]["code"], "conflict-antonym");
    assert_eq!(lines[1]["relation"], "same");
    assert_eq!(lines[2]["id"], 3);
    assert_eq!(lines[2]["reasons"][0]["code"], "conflict-number");
    assert_eq!(lines[3]["line"], 4);
    assert!(lines[3]["error"].as_str().is_some_and(|e| e.contains("line 4")));
    assert_eq!(lines[4]["relation"], "unrelated");
    let sim = lines[1]["similarity"].as_f64().unwrap_or(0.0);
    assert!(sim > 0.9 && sim <= 1.0, "{sim}");
}

#[test]
fn pairs_reads_stdin_and_prints_a_table() {
    claimdiff()
        .args(["pairs", "-", "--format", "table"])
        .write_stdin("{\"id\": \"x1\", \"a\": \"Sales rose.\", \"b\": \"Sales fell.\"}\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("x1").and(predicate::str::contains("conflict")));
}

#[test]
fn pairs_missing_file_is_an_error() {
    claimdiff()
        .args(["pairs", "tests/fixtures/no-such-file.jsonl"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no-such-file.jsonl: cannot read"));
}
