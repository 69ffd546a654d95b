//! CLI tests of `claimdiff report`: the agreement matrix, conflicts with evidence, what only one
//! outlet reports, in every format; HTML escaping of article text; `-o` and stdout give the same
//! bytes; the JSON keeps its old fields and adds the new ones.

use assert_cmd::Command;

/// Two outlets on one flood: a changed number, a misquote, and one claim each that the other
/// lacks. The Courier's title, outlet and quote contain `<script>` and `&`.
const DIR: &str = "tests/fixtures/report";

fn run(args: &[&str]) -> String {
    let out = Command::cargo_bin("claimdiff")
        .expect("binary")
        .arg("report")
        .arg(DIR)
        .args(args)
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn json_keeps_the_old_fields_and_adds_matrix_conflicts_and_only() {
    let v: serde_json::Value = serde_json::from_str(&run(&["--format", "json"])).expect("json");
    for key in ["version", "articles", "outlets", "speakers", "timelines", "matrix", "conflicts", "only"] {
        assert!(v.get(key).is_some(), "report lacks {key}");
    }
    let m = &v["matrix"][0];
    assert_eq!(m["outlet_a"], "Daily Courier & Sons");
    assert_eq!(m["outlet_b"], "Evening Herald");
    for key in ["claims_a", "claims_b", "aligned", "coverage", "agreement_rate", "conflicts", "score"] {
        assert!(m.get(key).is_some(), "matrix cell lacks {key}");
    }
    let conflicts = v["conflicts"].as_array().expect("conflicts");
    let codes: Vec<&str> = conflicts
        .iter()
        .flat_map(|c| c["reasons"].as_array().into_iter().flatten())
        .filter_map(|r| r["code"].as_str())
        .collect();
    assert!(codes.contains(&"conflict-number"), "{codes:?}");
    assert!(codes.contains(&"conflict-misquote"), "{codes:?}");
    // evidence spans point at the original bytes of each file
    let courier = std::fs::read_to_string(format!("{DIR}/courier.txt")).expect("fixture");
    let num = conflicts
        .iter()
        .flat_map(|c| c["reasons"].as_array().into_iter().flatten())
        .find(|r| r["code"] == "conflict-number")
        .expect("number conflict");
    let (s, e) = (
        num["a"][0]["start"].as_u64().expect("start") as usize,
        num["a"][0]["end"].as_u64().expect("end") as usize,
    );
    assert_eq!(&courier[s..e], num["a"][0]["text"].as_str().expect("text"));
    let only = &v["only"];
    let has = |outlet: &str, word: &str| {
        only[outlet]
            .as_array()
            .is_some_and(|v| v.iter().any(|c| c["text"].as_str().is_some_and(|t| t.contains(word))))
    };
    assert!(has("Daily Courier & Sons", "sandbags") && !has("Daily Courier & Sons", "homes"), "{only}");
    assert!(has("Evening Herald", "railway") && !has("Evening Herald", "homes"), "{only}");
}

#[test]
fn markdown_has_the_matrix_conflicts_with_evidence_and_the_misquote_diff() {
    let md = run(&["--format", "markdown"]);
    assert!(md.contains("## Agreement between outlets"), "{md}");
    assert!(md.contains("| Daily Courier &amp; Sons | Evening Herald | 4 | 4 |"), "{md}");
    assert!(md.contains("## Conflicts (2)"), "{md}");
    assert!(md.contains("`conflict-number: 300 homes vs 30 homes"), "{md}");
    assert!(md.contains("word diff: we will rebuild every ~~street~~ **road**"), "{md}");
    assert!(md.contains("## Only in one outlet"), "{md}");
    assert!(!md.contains("<script>"), "{md}");
}

#[test]
fn table_has_every_section() {
    let t = run(&["--format", "table"]);
    for needle in [
        "Agreement between outlets",
        "Conflicts: 2",
        "conflict-number",
        "{+road+}",
        "Only in Evening Herald:",
    ] {
        assert!(t.contains(needle), "table lacks {needle}:\n{t}");
    }
}

#[test]
fn html_escapes_everything_from_the_articles() {
    let h = run(&["--format", "html"]);
    assert!(h.starts_with("<!DOCTYPE html>"));
    assert!(!h.to_lowercase().contains("<script"), "unescaped script tag");
    assert!(h.contains("&lt;script&gt;steal()&lt;/script&gt;"), "{h}");
    assert!(h.contains("Daily Courier &amp; Sons"), "{h}");
    assert!(h.contains("<svg"), "no timeline");
    assert!(h.contains("<del>street</del> <ins>road</ins>"), "{h}");
    // one self-contained file: nothing is loaded from elsewhere
    assert!(!h.contains("src=") && !h.contains("href="), "{h}");
}

#[test]
fn output_file_and_stdout_are_the_same_bytes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("r.md");
    let out = Command::cargo_bin("claimdiff")
        .expect("binary")
        .args(["report", DIR, "--format", "markdown", "-o"])
        .arg(&path)
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stdout.is_empty());
    assert_eq!(std::fs::read_to_string(&path).expect("report file"), run(&["--format", "markdown"]));
}

/// Aligned pairs with a `possible-conflict-*` reason get their own section after the conflicts,
/// in every format; the fixture of `tests/compare.rs` has a differing sum and opposite stances.
#[test]
fn possible_conflicts_have_their_own_section() {
    let run_on = |format: &str| {
        let out = Command::cargo_bin("claimdiff")
            .expect("binary")
            .args(["report", "tests/fixtures/compare-weak", "--format", format])
            .output()
            .expect("run");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).expect("UTF-8")
    };
    let md = run_on("markdown");
    assert!(md.contains("## Conflicts (0)") && md.contains("## Possible conflicts (2)"), "{md}");
    assert!(md.contains("`possible-conflict-number: $12 million vs $19 million (usd)"), "{md}");
    assert!(run_on("table").contains("Possible conflicts: 2"));
    assert!(run_on("html").contains("<h2>Possible conflicts (2)</h2>"));
    let v: serde_json::Value = serde_json::from_str(&run_on("json")).expect("json");
    assert_eq!(v["possible_conflicts"].as_array().map(Vec::len), Some(2));
    // a corpus without any keeps its report as it was: no empty section
    assert!(!run(&["--format", "markdown"]).contains("Possible conflicts"));
}
