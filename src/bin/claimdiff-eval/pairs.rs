//! Pair tasks: MRPC (paraphrase accuracy / F1), STS-B (Pearson of similarity), SICK (conflict
//! precision / recall / F1 on CONTRADICTION), and `pairs-fit`, which refits the similarity
//! weights and thresholds on the training splits and prints them for score/similarity.rs.
//!
//! Splits: MRPC has only its train file here, so lines 1-3000 are for tuning and lines 3001-4076
//! are reported; STS-B tunes on sts-train and reports sts-dev; SICK tunes on SICK_train and
//! reports SICK_trial.

use std::path::Path;

use anyhow::{bail, Context, Result};
use claimdiff::model::Relation;
use claimdiff::score::{self, similarity, Idf};

use crate::Row;

/// Lines of MRPC used for tuning; the rest are reported.
const MRPC_TUNE: usize = 3000;

struct Pair {
    a: String,
    b: String,
    /// MRPC: 1/0; STS-B: score 0-5; SICK: 1 for CONTRADICTION.
    gold: f64,
}

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("{}: cannot read", path.display()))
}

fn load_mrpc(dir: &Path) -> Result<Vec<Pair>> {
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

fn load_sts(dir: &Path, file: &str) -> Result<Vec<Pair>> {
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

fn load_sick(dir: &Path, file: &str) -> Result<Vec<Pair>> {
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

fn pearson(x: &[f64], y: &[f64]) -> f64 {
    let n = x.len() as f64;
    let (mx, my) = (x.iter().sum::<f64>() / n, y.iter().sum::<f64>() / n);
    let cov: f64 = x.iter().zip(y).map(|(a, b)| (a - mx) * (b - my)).sum();
    let vx: f64 = x.iter().map(|a| (a - mx).powi(2)).sum();
    let vy: f64 = y.iter().map(|b| (b - my).powi(2)).sum();
    cov / (vx * vy).sqrt().max(1e-12)
}

/// Precision, recall, F1 of predicted positives against gold positives.
fn prf(pred: &[bool], gold: &[bool]) -> (f64, f64, f64) {
    let tp = pred.iter().zip(gold).filter(|(p, g)| **p && **g).count() as f64;
    let pp = pred.iter().filter(|p| **p).count() as f64;
    let gp = gold.iter().filter(|g| **g).count() as f64;
    let (p, r) = (tp / pp.max(1.0), tp / gp.max(1.0));
    (p, r, if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 })
}

fn row(task: &str, split: String, metric: &str, ours: String, reference: &str) -> Row {
    Row { task: task.into(), split, metric: metric.into(), ours, reference: reference.into() }
}

fn same_claim(r: Relation) -> bool {
    matches!(r, Relation::Same | Relation::Agree)
}

/// MRPC: accuracy / F1 of `same|agree` on lines 3001-4076.
pub fn mrpc(dir: &Path) -> Result<Vec<Row>> {
    let data = load_mrpc(dir)?;
    let test = &data[MRPC_TUNE.min(data.len())..];
    let pred: Vec<bool> = test.iter().map(|p| same_claim(score::score_texts(&p.a, &p.b).relation)).collect();
    let gold: Vec<bool> = test.iter().map(|p| p.gold > 0.5).collect();
    let acc = pred.iter().zip(&gold).filter(|(p, g)| p == g).count() as f64 / test.len().max(1) as f64;
    let (_, _, f1) = prf(&pred, &gold);
    Ok(vec![row(
        "paraphrase",
        format!("MRPC train lines {}-{} (tuned on 1-{MRPC_TUNE})", MRPC_TUNE + 1, data.len()),
        "accuracy / F1 (same|agree)",
        format!("{:.1} / {:.1}", 100.0 * acc, 100.0 * f1),
        "always-yes 66.5/79.9; word overlap 73.0/81.3; best lexical 75.6/83.0",
    )])
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

/// Logistic regression with soft targets (Newton's method, small ridge): weights then bias.
// Index loops read more plainly than iterator chains in this small matrix arithmetic.
#[allow(clippy::needless_range_loop)]
fn fit_logistic(x: &[[f64; similarity::N_FEATURES]], y: &[f64]) -> Vec<f64> {
    let d = similarity::N_FEATURES + 1;
    let row = |i: usize| x[i].iter().copied().chain(std::iter::once(1.0)).collect::<Vec<f64>>();
    let mut w = vec![0.0; d];
    for _ in 0..30 {
        let mut g = vec![0.0; d];
        let mut h = vec![vec![0.0; d]; d];
        for i in 0..x.len() {
            let r = row(i);
            let z: f64 = r.iter().zip(&w).map(|(a, b)| a * b).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            for j in 0..d {
                g[j] += (p - y[i]) * r[j];
                for k in 0..d {
                    h[j][k] += p * (1.0 - p) * r[j] * r[k];
                }
            }
        }
        for j in 0..d {
            g[j] += 1e-2 * w[j];
            h[j][j] += 1e-2;
        }
        let step = solve(h, g);
        for j in 0..d {
            w[j] -= step[j];
        }
    }
    w
}

/// Solves `a x = b` by Gaussian elimination with partial pivoting.
// Index loops read more plainly than iterator chains in this small matrix arithmetic.
#[allow(clippy::needless_range_loop)]
fn solve(mut a: Vec<Vec<f64>>, mut b: Vec<f64>) -> Vec<f64> {
    let n = b.len();
    for c in 0..n {
        let p = (c..n).max_by(|&i, &j| a[i][c].abs().total_cmp(&a[j][c].abs())).unwrap_or(c);
        a.swap(c, p);
        b.swap(c, p);
        let piv = if a[c][c].abs() < 1e-12 { 1e-12 } else { a[c][c] };
        for r in c + 1..n {
            let f = a[r][c] / piv;
            for k in c..n {
                a[r][k] -= f * a[c][k];
            }
            b[r] -= f * b[c];
        }
    }
    let mut x = vec![0.0; n];
    for r in (0..n).rev() {
        let s: f64 = (r + 1..n).map(|k| a[r][k] * x[k]).sum();
        x[r] = (b[r] - s) / if a[r][r].abs() < 1e-12 { 1e-12 } else { a[r][r] };
    }
    x
}

fn feats(pairs: &[Pair], idf: &Idf) -> Vec<[f64; similarity::N_FEATURES]> {
    pairs
        .iter()
        .map(|p| {
            let (ta, tb) = (similarity::tokenize(&p.a), similarity::tokenize(&p.b));
            similarity::features(&p.a, &ta, &p.b, &tb, idf).to_array()
        })
        .collect()
}

fn apply(w: &[f64], x: &[f64; similarity::N_FEATURES]) -> f64 {
    let z: f64 = x.iter().zip(w).map(|(a, b)| a * b).sum::<f64>() + w[w.len() - 1];
    1.0 / (1.0 + (-z).exp())
}

/// Refits the similarity weights on STS-B train (score / 5 as a soft target) and MRPC lines
/// 1-3000, prints them with their dev figures and the best `agree` threshold on MRPC tuning lines.
pub fn fit(dir: &Path) -> Result<Vec<Row>> {
    let mrpc = load_mrpc(dir)?;
    let (tune, test) = mrpc.split_at(MRPC_TUNE.min(mrpc.len()));
    let sts_train = load_sts(dir, "sts-train.csv")?;
    let sts_dev = load_sts(dir, "sts-dev.csv")?;
    let idf = Idf::Builtin;
    let (xs, xd, xm, xt) =
        (feats(&sts_train, &idf), feats(&sts_dev, &idf), feats(tune, &idf), feats(test, &idf));
    let ys: Vec<f64> = sts_train.iter().map(|p| p.gold / 5.0).collect();
    let ym: Vec<f64> = tune.iter().map(|p| p.gold).collect();
    let gold_dev: Vec<f64> = sts_dev.iter().map(|p| p.gold).collect();
    let mut both_x = xs.clone();
    both_x.extend(xm.iter().copied());
    let mut both_y = ys.clone();
    both_y.extend(ym.iter().copied());
    let mut rows = Vec::new();
    for (name, w) in [
        ("sts", fit_logistic(&xs, &ys)),
        ("mrpc", fit_logistic(&xm, &ym)),
        ("both", fit_logistic(&both_x, &both_y)),
    ] {
        let dev: Vec<f64> = xd.iter().map(|x| apply(&w, x)).collect();
        let tune_sim: Vec<f64> = xm.iter().map(|x| apply(&w, x)).collect();
        let (mut best_t, mut best_acc) = (0.5, 0.0);
        for k in 20..90 {
            let t = k as f64 / 100.0;
            let acc = tune_sim.iter().zip(tune).filter(|(s, p)| (**s >= t) == (p.gold > 0.5)).count() as f64
                / tune.len() as f64;
            if acc > best_acc {
                (best_t, best_acc) = (t, acc);
            }
        }
        let test_acc = xt.iter().zip(test).filter(|(x, p)| (apply(&w, x) >= best_t) == (p.gold > 0.5)).count()
            as f64
            / test.len().max(1) as f64;
        rows.push(row(
            "pairs-fit",
            format!("fit on {name}"),
            "weights+bias; STS-B dev r; MRPC threshold, tune/test acc",
            format!(
                "{:?}; {:.3}; {best_t:.2}, {:.3}/{:.3}",
                w.iter().map(|v| (v * 1000.0).round() / 1000.0).collect::<Vec<_>>(),
                pearson(&dev, &gold_dev),
                best_acc,
                test_acc
            ),
            "",
        ));
    }
    Ok(rows)
}
