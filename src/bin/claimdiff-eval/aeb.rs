//! Task `aeb`: article-body extraction on the Zyte article-extraction benchmark pages
//! (`<data>/clean/aeb/html/<id>.html.gz`, truth in `ground-truth.json`).
//!
//! Each page goes through what users get (ingest → clean → segment, via
//! [`claimdiff::pipeline::build_document`]); the body is the text of all sentences except the
//! headline. Scoring follows the benchmark's `evaluate.py`: tokens are `\w+` runs (case kept),
//! shingles are word 4-grams counted with multiplicity; per page tp/fp/fn are normalised to sum
//! to 1 (so long pages weigh no more than short ones), summed over pages, and precision, recall
//! and F1 are computed from the sums.

use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::Path;
use std::sync::LazyLock;
use std::time::Instant;

use anyhow::{Context, Result};
use regex::Regex;
use serde::Deserialize;

use claimdiff::ingest::{ingest_bytes, IngestOptions};
use claimdiff::model::Role;
use claimdiff::pipeline::build_document;

use crate::Row;

#[derive(Deserialize)]
struct Truth {
    #[serde(rename = "articleBody")]
    article_body: String,
}

static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\w+").expect("valid regex"));

/// Word 4-gram shingles of a text with their counts.
fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    let tokens: Vec<&str> = WORD.find_iter(text).map(|m| m.as_str()).collect();
    let mut out = HashMap::new();
    for w in tokens.windows(4) {
        *out.entry(w.to_vec()).or_insert(0) += 1;
    }
    out
}

/// Normalised (tp, fp, fn) of one page, as the benchmark computes it.
fn page_scores(truth: &str, pred: &str) -> (f64, f64, f64) {
    let t = shingles(truth);
    let p = shingles(pred);
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for (k, &tc) in &t {
        let pc = p.get(k).copied().unwrap_or(0);
        tp += tc.min(pc);
        fn_ += tc.saturating_sub(pc);
    }
    for (k, &pc) in &p {
        let tc = t.get(k).copied().unwrap_or(0);
        fp += pc.saturating_sub(tc);
    }
    let s = (tp + fp + fn_) as f64;
    if s == 0.0 {
        return (0.0, 0.0, 0.0);
    }
    (tp as f64 / s, fp as f64 / s, fn_ as f64 / s)
}

fn prf(sums: (f64, f64, f64)) -> (f64, f64, f64) {
    let (tp, fp, fn_) = sums;
    let p = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
    let r = if tp + fn_ > 0.0 { tp / (tp + fn_) } else { 0.0 };
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f)
}

fn read_gz(path: &Path) -> Result<Vec<u8>> {
    let file = std::fs::File::open(path).with_context(|| format!("{}", path.display()))?;
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(file)
        .read_to_end(&mut out)
        .with_context(|| format!("{}: not gzip", path.display()))?;
    Ok(out)
}

/// Runs the task and prints its rows.
pub fn run(data: &Path) -> Result<Vec<Row>> {
    let dir = data.join("clean/aeb");
    let truth_path = dir.join("ground-truth.json");
    let truth: BTreeMap<String, Truth> = serde_json::from_str(
        &std::fs::read_to_string(&truth_path).with_context(|| format!("{}", truth_path.display()))?,
    )
    .with_context(|| format!("{}", truth_path.display()))?;
    let opts = IngestOptions::default();
    let mut sums = (0.0, 0.0, 0.0);
    let mut sums_ingest = (0.0, 0.0, 0.0);
    let mut pages = 0;
    let mut failed = 0;
    let mut bytes_total = 0usize;
    let mut elapsed = std::time::Duration::ZERO;
    for (id, t) in &truth {
        let page = dir.join("html").join(format!("{id}.html.gz"));
        if !page.exists() {
            continue;
        }
        let html = read_gz(&page)?;
        pages += 1;
        bytes_total += html.len();
        let name = format!("{id}.html");
        let started = Instant::now();
        let result = ingest_bytes(&name, &html, &opts);
        let (pred, pred_ingest) = match result {
            Ok(sources) => {
                let ingest_text: String =
                    sources.iter().map(|s| s.text.text.as_str()).collect::<Vec<_>>().join("\n\n");
                let docs: Vec<_> = sources.into_iter().map(build_document).collect();
                let body: Vec<&str> = docs
                    .iter()
                    .flat_map(|d| d.sentences.iter())
                    .filter(|s| s.role != Role::Headline)
                    .map(|s| s.text.as_str())
                    .collect();
                (body.join("\n"), ingest_text)
            }
            Err(_) => {
                failed += 1;
                (String::new(), String::new())
            }
        };
        elapsed += started.elapsed();
        let s = page_scores(&t.article_body, &pred);
        sums = (sums.0 + s.0, sums.1 + s.1, sums.2 + s.2);
        let s = page_scores(&t.article_body, &pred_ingest);
        sums_ingest = (sums_ingest.0 + s.0, sums_ingest.1 + s.1, sums_ingest.2 + s.2);
    }
    let (p, r, f) = prf(sums);
    let (pi, ri, fi) = prf(sums_ingest);
    let split = format!("{pages} pages");
    let mbs = bytes_total as f64 / 1e6 / elapsed.as_secs_f64().max(1e-9);
    let row = |metric: &str, ours: String, reference: &str| Row {
        task: "aeb".to_string(),
        split: split.clone(),
        metric: metric.to_string(),
        ours,
        reference: reference.to_string(),
    };
    Ok(vec![
        row(
            "body word-4-gram F1",
            format!("{f:.3}"),
            "trafilatura 0.958; readability 0.922; newspaper 0.949; whole page 0.665",
        ),
        row("body precision", format!("{p:.3}"), ""),
        row("body recall", format!("{r:.3}"), ""),
        row("F1 / P / R after ingest only (before clean)", format!("{fi:.3} / {pi:.3} / {ri:.3}"), ""),
        row(
            "speed, HTML MB/s (1 thread, ingest+clean+segment); pages failed",
            format!("{mbs:.1}; {failed}"),
            "trafilatura (Python) ~8 MB/s",
        ),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shingle_scores_follow_the_benchmark() {
        // Perfect match.
        assert_eq!(page_scores("a b c d e", "a b c d e"), (1.0, 0.0, 0.0));
        // Prediction holds the truth plus one extra word: 2 true shingles, 1 false.
        let (tp, fp, fn_) = page_scores("a b c d e", "a b c d e f");
        assert!((tp - 2.0 / 3.0).abs() < 1e-9 && (fp - 1.0 / 3.0).abs() < 1e-9 && fn_ == 0.0);
        // Empty prediction: all missed.
        assert_eq!(page_scores("a b c d", ""), (0.0, 0.0, 1.0));
        let (p, r, f) = prf((1.5, 0.5, 0.0));
        assert!((p - 0.75).abs() < 1e-9 && r == 1.0 && (f - 6.0 / 7.0).abs() < 1e-9);
    }
}
