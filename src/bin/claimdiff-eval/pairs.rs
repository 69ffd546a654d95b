//! Pair tasks: MRPC (paraphrase accuracy / F1), STS-B (Pearson of similarity), SICK (conflict
//! precision / recall / F1 on CONTRADICTION). `pairs-fit` (in `pairs_fit.rs`) refits the
//! similarity weights and thresholds on the training splits.
//!
//! Splits: MRPC has only its train file here, so lines 1-3000 are for tuning and lines 3001-4076
//! are reported; STS-B tunes on sts-train and reports sts-dev; SICK tunes on SICK_train and
//! reports SICK_trial.

use std::path::Path;

use anyhow::{bail, Context, Result};
use claimdiff::model::Relation;
use claimdiff::score;

use crate::Row;

/// Lines of MRPC used for tuning; the rest are reported.
pub const MRPC_TUNE: usize = 3000;

pub struct Pair {
    pub a: String,
    pub b: String,
    /// MRPC: 1/0; STS-B: score 0-5; SICK: 1 for CONTRADICTION.
    pub gold: f64,
}

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("{}: cannot read", path.display()))
}

pub fn load_mrpc(dir: &Path) -> Result<Vec<Pair>> {
    let path = dir.join("pairs/mrpc/msr_paraphrase_train.txt");
    let text = read(&path)?;
    let mut out = Vec::new();
    for (i, line) in text.trim_start_matches('\u{feff}').lines().enumerate() {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 5 {
            bail!("{}: line {}: expected 5 tab-separated fields", path.display(), i + 1);
        }
        let gold =
            f[0].trim().parse::<f64>().with_context(|| format!("{}: line {}", path.display(), i + 1))?;
        out.push(Pair { a: f[3].into(), b: f[4].into(), gold });
    }
    Ok(out)
}

pub fn load_sts(dir: &Path, file: &str) -> Result<Vec<Pair>> {
    let path = dir.join("pairs/stsb").join(file);
    let text = read(&path)?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 7 {
            bail!("{}: line {}: expected 7 tab-separated fields", path.display(), i + 1);
        }
        let gold =
            f[4].trim().parse::<f64>().with_context(|| format!("{}: line {}", path.display(), i + 1))?;
        out.push(Pair { a: f[5].into(), b: f[6].into(), gold });
    }
    Ok(out)
}

pub fn load_sick(dir: &Path, file: &str) -> Result<Vec<Pair>> {
    let path = dir.join("pairs/sick").join(file);
    let text = read(&path)?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 5 {
            bail!("{}: line {}: expected 5 tab-separated fields", path.display(), i + 1);
        }
        let gold = if f[4].trim() == "CONTRADICTION" { 1.0 } else { 0.0 };
        out.push(Pair { a: f[1].into(), b: f[2].into(), gold });
    }
    Ok(out)
}

pub fn pearson(x: &[f64], y: &[f64]) -> f64 {
    let n = x.len() as f64;
    let (mx, my) = (x.iter().sum::<f64>() / n, y.iter().sum::<f64>() / n);
    let cov: f64 = x.iter().zip(y).map(|(a, b)| (a - mx) * (b - my)).sum();
    let vx: f64 = x.iter().map(|a| (a - mx).powi(2)).sum();
    let vy: f64 = y.iter().map(|b| (b - my).powi(2)).sum();
    cov / (vx * vy).sqrt().max(1e-12)
}

/// Precision, recall, F1 of predicted positives against gold positives.
pub fn prf(pred: &[bool], gold: &[bool]) -> (f64, f64, f64) {
    let tp = pred.iter().zip(gold).filter(|(p, g)| **p && **g).count() as f64;
    let pp = pred.iter().filter(|p| **p).count() as f64;
    let gp = gold.iter().filter(|g| **g).count() as f64;
    let (p, r) = (tp / pp.max(1.0), tp / gp.max(1.0));
    (p, r, if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 })
}

pub fn row(task: &str, split: String, metric: &str, ours: String, reference: &str) -> Row {
    Row { task: task.into(), split, metric: metric.into(), ours, reference: reference.into() }
}

fn same_claim(r: Relation) -> bool {
    matches!(r, Relation::Same | Relation::Agree)
}

/// Accuracy and F1 of `same|agree` against the gold judgments of `pairs`.
fn mrpc_scores(pairs: &[Pair]) -> (f64, f64) {
    let pred: Vec<bool> = pairs.iter().map(|p| same_claim(score::score_texts(&p.a, &p.b).relation)).collect();
    let gold: Vec<bool> = pairs.iter().map(|p| p.gold > 0.5).collect();
    let acc = pred.iter().zip(&gold).filter(|(p, g)| p == g).count() as f64 / pairs.len().max(1) as f64;
    let (_, _, f1) = prf(&pred, &gold);
    (acc, f1)
}

/// MRPC: accuracy / F1 of `same|agree` on lines 3001-4076 (reported) and on the tuning lines
/// 1-3000 (for comparison: a gap between the two shows over-fitting).
pub fn mrpc(dir: &Path) -> Result<Vec<Row>> {
    let data = load_mrpc(dir)?;
    let (tune, test) = data.split_at(MRPC_TUNE.min(data.len()));
    let ((acc, f1), (tune_acc, tune_f1)) = (mrpc_scores(test), mrpc_scores(tune));
    Ok(vec![
        row(
            "paraphrase",
            format!("MRPC train lines {}-{} (tuned on 1-{MRPC_TUNE})", MRPC_TUNE + 1, data.len()),
            "accuracy / F1 (same|agree)",
            format!("{:.1} / {:.1}", 100.0 * acc, 100.0 * f1),
            "always-yes 66.5/79.9; word overlap 73.0/81.3; best lexical 75.6/83.0",
        ),
        row(
            "paraphrase",
            format!("MRPC train lines 1-{MRPC_TUNE} (the tuning lines)"),
            "accuracy / F1 (same|agree)",
            format!("{:.1} / {:.1}", 100.0 * tune_acc, 100.0 * tune_f1),
            "",
        ),
    ])
}

/// STS-B: Pearson of `similarity` on sts-dev.
pub fn stsb(dir: &Path) -> Result<Vec<Row>> {
    let dev = load_sts(dir, "sts-dev.csv")?;
    let sim: Vec<f64> = dev.iter().map(|p| score::score_texts(&p.a, &p.b).similarity).collect();
    let gold: Vec<f64> = dev.iter().map(|p| p.gold).collect();
    Ok(vec![row(
        "similarity",
        "STS-B dev (fitted on train)".into(),
        "Pearson",
        format!("{:.3}", pearson(&sim, &gold)),
        "word overlap 0.57; TF-IDF 0.658; MiniLM 0.827",
    )])
}

/// SICK: precision / recall / F1 of `conflict` against CONTRADICTION on SICK_trial.
pub fn sick(dir: &Path) -> Result<Vec<Row>> {
    let trial = load_sick(dir, "SICK_trial.txt")?;
    let pred: Vec<bool> =
        trial.iter().map(|p| score::score_texts(&p.a, &p.b).relation == Relation::Conflict).collect();
    let gold: Vec<bool> = trial.iter().map(|p| p.gold > 0.5).collect();
    let (p, r, f) = prf(&pred, &gold);
    Ok(vec![row(
        "conflict",
        "SICK trial (tuned on train)".into(),
        "P / R / F1 of CONTRADICTION",
        format!("{p:.2} / {r:.2} / {f:.2}"),
        "negation in only one sentence 0.60 / 0.90 / 0.72",
    )])
}
