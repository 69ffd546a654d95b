//! Bad input on the command line: each case gives a clear message naming the file and the
//! problem, never a panic; exit code 2 when an input failed, and the good inputs still come out.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

fn claimdiff() -> Command {
    Command::cargo_bin("claimdiff").expect("binary builds")
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write fixture");
    p.display().to_string()
}

const GOOD: &str = "---\noutlet: Test Wire\ndate: 2020-03-04\n---\nThe council met on Tuesday. It voted to close the bridge.\n";

/// Runs `extract --format json` on `inputs` and returns (exit code, stdout JSON, stderr).
fn extract(inputs: &[&str]) -> (i32, serde_json::Value, String) {
    let out = claimdiff().arg("extract").args(inputs).args(["--format", "json"]).output().unwrap();
    let json = serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null);
    (out.status.code().unwrap_or(-1), json, String::from_utf8_lossy(&out.stderr).into_owned())
}

fn assert_fails_with(name: &str, bytes: &[u8], message: &str) {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(dir.path(), name, bytes);
    let good = write(dir.path(), "good.txt", GOOD.as_bytes());
    let (code, json, err) = extract(&[&bad, &good]);
    assert_eq!(code, 2, "exit code for {name}; stderr: {err}");
    assert!(err.contains(&bad) && err.contains(message), "stderr for {name}: {err}");
    assert!(!err.contains("panicked"), "{err}");
    let docs = json["documents"].as_array().expect("documents");
    assert_eq!(docs.len(), 1, "the good input is still processed");
    assert_eq!(docs[0]["outlet"], "Test Wire");
}

#[test]
fn empty_file() {
    assert_fails_with("empty.txt", b"", "empty file");
    assert_fails_with("blank.md", b"  \n\n", "empty file");
}

#[test]
fn binary_file() {
    assert_fails_with("image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "binary file (NUL byte at offset 8)");
}

#[test]
fn missing_and_unreadable_path() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.txt", GOOD.as_bytes());
    let missing = dir.path().join("nope.txt").display().to_string();
    let (code, json, err) = extract(&[&missing, &good]);
    assert_eq!(code, 2);
    assert!(err.contains(&missing) && err.contains("cannot read"), "{err}");
    assert_eq!(json["documents"].as_array().map(Vec::len), Some(1));
}

#[test]
fn unclosed_front_matter() {
    assert_fails_with(
        "open.txt",
        b"---\noutlet: A\ndate: 2020-01-01\nText without end.\n",
        "front matter is not closed",
    );
}

#[test]
fn unknown_extension() {
    assert_fails_with("story.pdf", b"%PDF-1.4 hello", "unknown extension 'pdf'");
}

#[test]
fn unknown_extension_inside_a_directory_is_reported_not_read() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "b.txt", GOOD.as_bytes());
    write(dir.path(), "a.txt", GOOD.replace("Test Wire", "Alpha").as_bytes());
    write(dir.path(), "scan.pdf", b"%PDF");
    write(dir.path(), ".DS_Store", b"\0\0");
    let d = dir.path().display().to_string();
    let (code, json, err) = extract(&[&d]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("scan.pdf") && !err.contains(".DS_Store"), "{err}");
    let outlets: Vec<_> = json["documents"].as_array().unwrap().iter().map(|d| d["outlet"].clone()).collect();
    assert_eq!(outlets, ["Alpha", "Test Wire"], "sorted order");
}

#[test]
fn damaged_utf8_is_read_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    // UTF-8 curly quotes around one stray byte: damaged UTF-8, not another encoding.
    let mut bytes = b"---\noutlet: X\ndate: 2020-01-01\n---\nThe caf".to_vec();
    bytes.extend([0xff]);
    bytes.extend("e opened, \u{201c}finally\u{201d}. It was busy.\n".as_bytes());
    let p = write(dir.path(), "damaged.txt", &bytes);
    let (code, json, err) = extract(&[&p]);
    assert_eq!(code, 0, "{err}");
    let doc = &json["documents"][0];
    let w = doc["warnings"].as_array().unwrap();
    assert!(
        w.iter().any(|w| w["code"] == "invalid-utf8"
            && w["message"].as_str().unwrap().contains(&p)
            && w["message"].as_str().unwrap().contains("offset 42")),
        "{w:?}"
    );
    assert!(doc["body"].as_str().unwrap().contains("caf?e opened"));
}

#[test]
fn latin1_file_is_decoded_and_spans_point_into_its_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = b"---\noutlet: X\ndate: 2020-01-01\n---\n\x93The caf\xe9 will close,\x94 said Jos\xe9 Pe\xf1a, \xe0 la fran\xe7aise.\n";
    let p = write(dir.path(), "latin1.txt", bytes);
    let (code, json, err) = extract(&[&p]);
    assert_eq!(code, 0, "{err}");
    let doc = &json["documents"][0];
    let w = doc["warnings"].as_array().unwrap();
    assert!(
        w.iter().any(|w| w["code"] == "decoded-charset" && w["message"].as_str().unwrap().contains(&p)),
        "{w:?}"
    );
    assert!(doc["body"].as_str().unwrap().contains("The café will close,\" said José Peña"));
    // The speaker span of `claims` points at the name's bytes in the file.
    let out = claimdiff().args(["claims", &p, "--format", "json"]).output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let sp = &json["documents"][0]["claims"][0]["speaker"];
    let (s, e) = (sp["start"].as_u64().unwrap() as usize, sp["end"].as_u64().unwrap() as usize);
    assert_eq!(&bytes[s..e], b"Jos\xe9 Pe\xf1a");
}

#[test]
fn fifty_megabyte_single_line() {
    let dir = tempfile::tempdir().unwrap();
    let sentence = "The river rose by 3.5 metres overnight, officials said. ";
    let n = 50 * 1024 * 1024 / sentence.len();
    let mut body = String::with_capacity(n * sentence.len() + 64);
    body.push_str("---\noutlet: Big\ndate: 2021-01-01\n---\n");
    for _ in 0..n {
        body.push_str(sentence);
    }
    let p = write(dir.path(), "big.txt", body.as_bytes());
    let started = std::time::Instant::now();
    let out = claimdiff().args(["extract", &p, "--format", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stdout.len() > 50 * 1024 * 1024);
    // Linear work: a debug build reads 50 MB in seconds, a quadratic step would take hours.
    assert!(started.elapsed().as_secs() < 300, "took {:?}", started.elapsed());
}

#[test]
fn html_with_script_and_deep_nesting() {
    let dir = tempfile::tempdir().unwrap();
    let n = 100_000;
    let mut html = String::from("<html><head><script>document.write('<p>fake</p>')</script></head><body>");
    html.push_str(&"<div>".repeat(n));
    html.push_str("<p>The mayor said the bridge will reopen in May.</p>");
    html.push_str(&"</div>".repeat(n));
    html.push_str("</body></html>");
    let p = write(dir.path(), "deep.html", html.as_bytes());
    let (code, json, err) = extract(&[&p]);
    assert_eq!(code, 0, "{err}");
    let doc = &json["documents"][0];
    let body = doc["body"].as_str().unwrap();
    assert!(
        body.contains("The mayor said the bridge will reopen in May.") && !body.contains("fake"),
        "{body}"
    );
    let s = &doc["sentences"][0];
    let (a, b) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
    assert!(html[a..b].starts_with("The mayor said"), "offsets into the HTML file");
}

#[test]
fn stdin_is_sniffed() {
    let out = claimdiff()
        .args(["extract", "-", "--format", "json", "--outlet", "Piped", "--date", "Feb. 28, 2019"])
        .write_stdin(r#"{"title": "T", "text": "Rain fell all day. Roads closed."}"#)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let doc = &json["documents"][0];
    assert_eq!(doc["format"], "json");
    assert_eq!(doc["outlet"], "Piped");
    assert_eq!(doc["published"], "2019-02-28");
    assert_eq!(doc["path"], "-");
}

#[test]
fn bad_date_flag_is_a_usage_error() {
    claimdiff()
        .args(["extract", "x.txt", "--date", "someday"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--date"));
}

#[test]
fn missing_file_without_extension_is_missing_not_of_unknown_type() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.txt", GOOD.as_bytes());
    let missing = dir.path().join("no-such-article").display().to_string();
    let (code, json, err) = extract(&[&missing, &good]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains(&missing) && err.contains("cannot read"), "{err}");
    assert!(!err.contains("unknown extension"), "{err}");
    assert_eq!(json["documents"].as_array().map(Vec::len), Some(1));
}

#[test]
fn directory_without_articles_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.txt", GOOD.as_bytes());
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let hidden_only = dir.path().join("hidden");
    std::fs::create_dir(&hidden_only).unwrap();
    write(&hidden_only, ".draft.txt", GOOD.as_bytes());
    let (e, h) = (empty.display().to_string(), hidden_only.display().to_string());
    let (code, json, err) = extract(&[&e, &h, &good]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains(&format!("{e}: no article in this directory")), "{err}");
    assert!(err.contains(&format!("{h}: no article in this directory")), "{err}");
    assert_eq!(json["documents"].as_array().map(Vec::len), Some(1));
}
