//! Task `sbd`: pySBD's English golden rules (`sbd/golden_en_rules.json`), exact match of our
//! sentence list per rule after trimming. Failed rule ids go to stderr.

use std::path::Path;

use anyhow::Context;
use serde::Deserialize;

use crate::Row;

#[derive(Deserialize)]
struct Rule {
    id: serde_json::Value,
    text: String,
    sentences: Vec<String>,
}

/// Runs the golden rules and returns one row.
pub fn run(dir: &Path) -> anyhow::Result<Vec<Row>> {
    let path = dir.join("sbd/golden_en_rules.json");
    let raw = std::fs::read_to_string(&path).with_context(|| format!("{}: cannot read", path.display()))?;
    let rules: Vec<Rule> = serde_json::from_str(&raw)
        .with_context(|| format!("{}: not a JSON list of {{id, text, sentences}}", path.display()))?;
    let mut failed = Vec::new();
    for r in &rules {
        let got: Vec<&str> =
            claimdiff::segment::split_text(&r.text).iter().map(|s| r.text[s.start..s.end].trim()).collect();
        let want: Vec<&str> = r.sentences.iter().map(|s| s.trim()).collect();
        if got != want {
            eprintln!("sbd: rule {} failed: got {got:?}, want {want:?}", r.id);
            failed.push(r.id.to_string());
        }
    }
    Ok(vec![Row {
        task: "sbd".into(),
        split: format!("golden_en_rules ({})", rules.len()),
        metric: "exact match".into(),
        ours: format!("{}/{}", rules.len() - failed.len(), rules.len()),
        reference: "pySBD 47/48; naive regex 30/48".into(),
    }])
}
