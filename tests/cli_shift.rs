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

/// Issue 5 item 5: on the bundled seeds Abe moves from "signals willingness … to resolve the
/// abductions" (Nikkei, 28 Feb 2019) to "unconditionally" (Al Jazeera, May 2019): conditions
/// dropped, commitment up, tone softened — a partial shift, softened, with evidence spans in both
/// articles.
#[test]
fn abe_feb_to_may_is_a_softened_partial_shift_with_evidence_from_both_articles() {
    let out = cmd()
        .args(["shift", "--speaker", "Abe", "sources/abe-kim", "--format", "json"])
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let mut found = false;
    for t in v["topics"].as_array().expect("topics") {
        let pos = t["positions"].as_array().expect("positions");
        for s in t["shifts"].as_array().expect("shifts") {
            let (from, to) = (
                &pos[s["from"].as_u64().expect("from") as usize],
                &pos[s["to"].as_u64().expect("to") as usize],
            );
            let outlet = |p: &serde_json::Value| p["claim"]["outlet"].as_str().unwrap_or("").to_string();
            if !(outlet(from).contains("Nikkei") && outlet(to).contains("Al Jazeera")) {
                continue;
            }
            let codes: Vec<&str> =
                s["reasons"].as_array().expect("reasons").iter().filter_map(|r| r["code"].as_str()).collect();
            if !codes.contains(&"conditions-dropped") {
                continue;
            }
            found = true;
            assert_eq!(s["label"], "partial-shift", "{s}");
            assert_eq!(s["direction"], "softened", "{s}");
            assert!(codes.contains(&"commitment-up") && codes.contains(&"tone-softened"), "{codes:?}");
            assert!(from["date"].as_str().is_some_and(|d| d.starts_with("2019-02")), "{from}");
            assert!(to["date"].as_str().is_some_and(|d| d.starts_with("2019-05")), "{to}");
            let cond = s["reasons"]
                .as_array()
                .expect("reasons")
                .iter()
                .find(|r| r["code"] == "conditions-dropped")
                .expect("cond");
            assert!(cond["a"][0]["text"].as_str().is_some_and(|x| x.contains("abduction")), "{cond}");
            assert!(cond["b"][0]["text"].as_str().is_some_and(|x| x.contains("unconditionally")), "{cond}");
            // the evidence offsets point into the two files
            for (side, file) in [
                ("a", "sources/abe-kim/nikkei-2019-02-28.txt"),
                ("b", "sources/abe-kim/aljazeera-2019-05-02.txt"),
            ] {
                let text = std::fs::read_to_string(file).expect("seed");
                let e = &cond[side][0];
                let (s, t) =
                    (e["start"].as_u64().expect("start") as usize, e["end"].as_u64().expect("end") as usize);
                assert!(
                    text.get(s..t).is_some_and(|x| x.contains(if side == "a" {
                        "abduction"
                    } else {
                        "unconditionally"
                    })),
                    "{side}: {e}"
                );
            }
        }
    }
    assert!(found, "no Nikkei → Al Jazeera shift with conditions dropped: {v}");
}

/// "backs the ferry expansion, which would add two boats …" and, weeks later, "opposes the ferry
/// expansion now that its projected budget has doubled …" share few words besides their target,
/// yet are one topic and a reversal (the opposite stances on one target link them).
#[test]
fn opposite_stances_on_one_target_are_one_topic_and_a_reversal() {
    let dir = "tests/fixtures/shift-stance";
    let out = cmd()
        .args(["shift", "--speaker", "Tate", "--format", "json"])
        .arg(format!("{dir}/2022-05-02-gazette.md"))
        .arg(format!("{dir}/2022-06-20-observer.md"))
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let topics = v["topics"].as_array().expect("topics");
    let with_both = topics
        .iter()
        .find(|t| {
            let texts: Vec<&str> = t["positions"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|p| p["claim"]["text"].as_str())
                .collect();
            texts.iter().any(|x| x.contains("backs")) && texts.iter().any(|x| x.contains("opposes"))
        })
        .unwrap_or_else(|| panic!("no topic holds both stances: {v}"));
    let labels: Vec<&str> =
        with_both["shifts"].as_array().into_iter().flatten().filter_map(|s| s["label"].as_str()).collect();
    assert_eq!(labels, ["reversal"], "{with_both}");
}
