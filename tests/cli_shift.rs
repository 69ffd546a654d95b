//! CLI tests of `claimdiff shift`: flags, formats, the JSON contract and error messages.

use assert_cmd::Command;
use predicates::prelude::*;

const DIR: &str = "tests/fixtures/shift";

fn cmd() -> Command {
    Command::cargo_bin("claimdiff").expect("binary")
}

#[test]
fn json_follows_the_timeline_contract() {
    let out = cmd()
        .args(["shift", "--speaker", "Lopez", "--format", "json"])
        .arg(format!("{DIR}/2021-03-01-daily.md"))
        .arg(format!("{DIR}/2021-04-10-herald.md"))
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["version"], 1);
    assert!(v["speaker"].as_str().is_some_and(|s| s.contains("Lopez")), "{v}");
    let topics = v["topics"].as_array().expect("topics array");
    for t in topics {
        for key in ["topic", "positions", "shifts"] {
            assert!(t.get(key).is_some(), "topic lacks {key}: {t}");
        }
        for p in t["positions"].as_array().expect("positions") {
            for key in ["date", "date_source", "claim", "commitment", "conditions", "negated", "tone"] {
                assert!(p.get(key).is_some(), "position lacks {key}: {p}");
            }
        }
    }
}

#[test]
fn same_input_same_bytes() {
    let run = || {
        cmd()
            .args(["shift", "--speaker", "Lopez", "--format", "markdown"])
            .arg(format!("{DIR}/2021-03-01-daily.md"))
            .arg(format!("{DIR}/2021-04-10-herald.md"))
            .output()
            .expect("run")
            .stdout
    };
    let a = run();
    assert!(String::from_utf8_lossy(&a).starts_with("## Positions of"));
    assert_eq!(a, run());
}

#[test]
fn bad_date_flag_is_a_clear_error() {
    cmd()
        .args(["shift", "--speaker", "Lopez", "--from", "someday"])
        .arg(format!("{DIR}/2021-03-01-daily.md"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--from: cannot read 'someday' as a date"));
}

#[test]
fn html_is_refused_for_shift() {
    cmd()
        .args(["shift", "--speaker", "Lopez", "--format", "html"])
        .arg(format!("{DIR}/2021-03-01-daily.md"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--format html is not supported"));
}

#[test]
fn report_to_file_equals_stdout_and_never_overwrites_a_source() {
    let a = format!("{DIR}/2021-03-01-daily.md");
    let b = format!("{DIR}/2021-04-10-herald.md");
    let stdout = cmd().args(["report", "--format", "markdown", &a, &b]).output().expect("run");
    assert!(stdout.status.success());
    assert!(String::from_utf8_lossy(&stdout.stdout).starts_with("# Consistency report"));
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("r.md");
    cmd().args(["report", "--format", "markdown", &a, &b, "-o"]).arg(&out).assert().success();
    assert_eq!(std::fs::read(&out).expect("read"), stdout.stdout);

    let copy = dir.path().join("src.md");
    std::fs::copy(&a, &copy).expect("copy");
    cmd()
        .arg("report")
        .arg(&copy)
        .arg("-o")
        .arg(&copy)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("refusing to write over a source file"));
    assert_eq!(std::fs::read(&copy).expect("read"), std::fs::read(&a).expect("read"));
}
