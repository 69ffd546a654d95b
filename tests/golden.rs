//! Golden report: `reports/abe-kim.md` must equal what `claimdiff report sources/abe-kim
//! --format markdown` prints today, so any change to the report's content is a reviewed diff.
//!
//! After an intended change, regenerate the file with
//! `CLAIMDIFF_UPDATE_GOLDEN=1 cargo test --test golden` and commit it with the change.
//! The paths are passed relative to the crate root (the test's working directory), so the report
//! holds `sources/abe-kim/…` and no machine-specific absolute path.

use std::path::Path;

use assert_cmd::Command;

const SOURCES: &str = "sources/abe-kim";
const GOLDEN: &str = "reports/abe-kim.md";

/// First differing line (1-based) with both versions, for a readable failure message.
fn first_difference(expected: &str, actual: &str) -> String {
    let (mut e, mut a) = (expected.lines(), actual.lines());
    for n in 1.. {
        match (e.next(), a.next()) {
            (Some(x), Some(y)) if x == y => continue,
            (None, None) => break,
            (x, y) => {
                return format!(
                    "first difference at line {n}:\n  golden:    {}\n  generated: {}",
                    x.unwrap_or("<end of file>"),
                    y.unwrap_or("<end of file>")
                )
            }
        }
    }
    "the lines are equal; the bytes differ (line endings or final newline)".to_string()
}

#[test]
fn golden_report_has_not_drifted() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    assert!(root.join(SOURCES).is_dir(), "{SOURCES} is missing: the golden report is generated from it");
    let out = Command::cargo_bin("claimdiff")
        .expect("binary")
        .current_dir(root)
        .args(["report", SOURCES, "--format", "markdown"])
        .output()
        .expect("run claimdiff");
    assert!(out.status.success(), "report failed: {}", String::from_utf8_lossy(&out.stderr));
    let generated = String::from_utf8(out.stdout).expect("report is UTF-8");
    assert!(!generated.contains(root.to_str().expect("UTF-8 path")), "absolute path in report");

    let golden_path = root.join(GOLDEN);
    if std::env::var_os("CLAIMDIFF_UPDATE_GOLDEN").is_some_and(|v| v == "1") {
        std::fs::write(&golden_path, &generated).expect("write golden report");
        return;
    }
    let golden = std::fs::read_to_string(&golden_path).unwrap_or_else(|e| {
        panic!(
            "cannot read {GOLDEN} ({e}); create it with CLAIMDIFF_UPDATE_GOLDEN=1 cargo test --test golden"
        )
    });
    assert!(
        golden == generated,
        "{GOLDEN} is out of date — {}\nIf the change is intended, run \
         `CLAIMDIFF_UPDATE_GOLDEN=1 cargo test --test golden` and commit the file \
         (`git diff {GOLDEN}` shows the whole change).",
        first_difference(&golden, &generated)
    );
}

#[test]
fn first_difference_names_the_line() {
    assert!(first_difference("a\nb\n", "a\nc\n").contains("line 2"));
    assert!(first_difference("a\n", "a\nb\n").contains("<end of file>"));
    assert!(first_difference("a\n", "a").contains("bytes differ"));
}

#[test]
fn report_draws_no_progress_bar_when_stderr_is_not_a_terminal() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/shift");
    let out = Command::cargo_bin("claimdiff")
        .expect("binary")
        .args(["report", dir, "--format", "json"])
        .output()
        .expect("run claimdiff");
    assert!(out.status.success());
    assert!(out.stderr.is_empty(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
}
