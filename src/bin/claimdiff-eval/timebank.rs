//! Task `timebank`: time expressions on TimeBank 1.2 (`time/tbaq/TimeBank/*.tml`).
//!
//! Each document's `<DCT>` value is the anchor; the gold `<TIMEX3>` elements inside `<TEXT>` give
//! spans (offsets into the text with the markup removed) and values. We run `find_times` on that
//! plain text and report span precision / recall / F1 (a prediction matches a gold expression when
//! they overlap), value accuracy on the matched pairs, and strict value F1 (match and same value).
//! Decades compare without the trailing `X` we add (`197X` = TimeML's `197`).

use std::path::Path;

use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use claimdiff::extract::time::find_times;

use crate::Row;

/// One gold expression: byte span in the plain text, TimeML type and value.
struct Gold {
    start: usize,
    end: usize,
    kind: String,
    value: String,
}

/// Counts for one slice (all types, or DATE only).
#[derive(Default)]
struct Counts {
    gold: usize,
    pred: usize,
    matched: usize,
    value_ok: usize,
}

impl Counts {
    fn f1(&self, tp: usize) -> (f64, f64, f64) {
        let p = if self.pred == 0 { 0.0 } else { tp as f64 / self.pred as f64 };
        let r = if self.gold == 0 { 0.0 } else { tp as f64 / self.gold as f64 };
        let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
        (p, r, f)
    }
}

/// Plain text of `<TEXT>` and the gold expressions in it.
fn flatten(node: roxmltree::Node, text: &mut String, gold: &mut Vec<Gold>) {
    for child in node.children() {
        if child.is_text() {
            text.push_str(child.text().unwrap_or(""));
        } else if child.is_element() {
            let start = text.len();
            flatten(child, text, gold);
            if child.tag_name().name() == "TIMEX3" {
                gold.push(Gold {
                    start,
                    end: text.len(),
                    kind: child.attribute("type").unwrap_or("").to_string(),
                    value: child.attribute("value").unwrap_or("").to_string(),
                });
            }
        }
    }
}

fn norm(v: &str) -> &str {
    if v.starts_with('P') {
        v
    } else {
        v.trim_end_matches('X')
    }
}

/// Scores one document into `all` and `date`.
fn score_doc(path: &Path, all: &mut Counts, date: &mut Counts) -> Result<()> {
    let xml = std::fs::read_to_string(path).with_context(|| format!("{}: cannot read", path.display()))?;
    let doc = roxmltree::Document::parse(&xml).with_context(|| format!("{}: invalid XML", path.display()))?;
    let dct = doc
        .descendants()
        .find(|n| n.has_tag_name("DCT"))
        .and_then(|n| n.descendants().find(|t| t.has_tag_name("TIMEX3")))
        .and_then(|t| t.attribute("value"))
        .and_then(|v| NaiveDate::parse_from_str(v.get(..10)?, "%Y-%m-%d").ok());
    let Some(anchor) = dct else { bail!("{}: no <DCT><TIMEX3 value> date", path.display()) };
    let Some(body) = doc.descendants().find(|n| n.has_tag_name("TEXT")) else {
        bail!("{}: no <TEXT> element", path.display())
    };
    let (mut text, mut gold) = (String::new(), Vec::new());
    flatten(body, &mut text, &mut gold);
    let pred = find_times(&text, Some(anchor));
    for (counts, only_date) in [(all, false), (date, true)] {
        let gold: Vec<&Gold> = gold.iter().filter(|g| !only_date || g.kind == "DATE").collect();
        let pred: Vec<_> = pred.iter().filter(|p| !only_date || p.kind == "date").collect();
        counts.gold += gold.len();
        counts.pred += pred.len();
        let mut used = vec![false; pred.len()];
        for g in gold {
            let m = pred.iter().enumerate().find(|(k, p)| !used[*k] && p.start < g.end && g.start < p.end);
            if let Some((k, p)) = m {
                used[k] = true;
                counts.matched += 1;
                if norm(&p.value) == norm(&g.value) {
                    counts.value_ok += 1;
                } else if std::env::var_os("TIMEBANK_DEBUG").is_some() {
                    eprintln!("value {anchor} {:?}: ours {} gold {}", p.text, p.value, g.value);
                }
            } else if std::env::var_os("TIMEBANK_DEBUG").is_some() {
                eprintln!("missed {anchor} {:?} {} {}", &text[g.start..g.end], g.kind, g.value);
            }
        }
        if std::env::var_os("TIMEBANK_DEBUG").is_some() && !only_date {
            for (k, p) in pred.iter().enumerate().filter(|(k, _)| !used[*k]) {
                eprintln!("spurious {anchor} {:?} {} (#{k})", p.text, p.value);
            }
        }
    }
    Ok(())
}

/// Runs the task on `DATA_DIR/time/tbaq/TimeBank` and returns the table rows.
pub fn run(data: &Path) -> Result<Vec<Row>> {
    let dir = data.join("time/tbaq/TimeBank");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .with_context(|| format!("{}: cannot list TimeBank", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "tml"))
        .collect();
    files.sort();
    let (mut all, mut date) = (Counts::default(), Counts::default());
    for f in &files {
        score_doc(f, &mut all, &mut date)?;
    }
    let split = format!("TimeBank 1.2 ({})", files.len());
    let mut rows = Vec::new();
    for (name, c) in [("all types", &all), ("DATE", &date)] {
        let (p, r, f) = c.f1(c.matched);
        let acc = if c.matched == 0 { 0.0 } else { c.value_ok as f64 / c.matched as f64 };
        let (_, _, vf) = c.f1(c.value_ok);
        let row = |metric: String, ours: String, reference: &str| Row {
            task: "time".into(),
            split: split.clone(),
            metric,
            ours,
            reference: reference.into(),
        };
        rows.push(row(
            format!("{name} span P / R / F1 (overlap)"),
            format!("{p:.3} / {r:.3} / {f:.3}"),
            "HeidelTime ~0.90 F1 (relaxed)",
        ));
        rows.push(row(format!("{name} value accuracy (matched)"), format!("{acc:.3}"), "bar 0.80"));
        rows.push(row(format!("{name} value F1 (strict)"), format!("{vf:.3}"), "HeidelTime ~0.78 value F1"));
    }
    Ok(rows)
}
