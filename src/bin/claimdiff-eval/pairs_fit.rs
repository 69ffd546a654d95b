//! `pairs-fit`: refits the similarity weights (score/features.rs) and sweeps the relation
//! thresholds (score/relation.rs) on training data only, and prints what to commit.
//!
//! Weights: logistic regression (Newton's method, ridge 0.01) on the features of STS-B train
//! (score / 5 as a soft target) and MRPC lines 1-3000 (0/1). Each recipe is judged by 5-fold
//! cross-validation on MRPC lines 1-3000 (the folds' threshold chosen on their training part) and
//! by STS-B dev Pearson; the MRPC report lines 3001-4076 are printed for information, not used to
//! choose. Thresholds: `agree` by accuracy of `same|agree` on MRPC lines 1-3000, `conflict` by F1
//! of `conflict` against CONTRADICTION on SICK train.

use std::path::Path;

use anyhow::Result;
use claimdiff::model::Relation;
use claimdiff::score::relation::{score_sides, Side, Thresholds};
use claimdiff::score::similarity::{self, Idf, FEATURE_NAMES, N_FEATURES};

use crate::pairs::{load_mrpc, load_sick, load_sts, pearson, prf, row, Pair, MRPC_TUNE};
use crate::Row;

type X = [f64; N_FEATURES];

/// Weighted logistic regression with soft targets: weights then bias.
// Index loops read more plainly than iterator chains in this small matrix arithmetic.
#[allow(clippy::needless_range_loop)]
fn fit_logistic(x: &[X], y: &[f64], sw: &[f64]) -> Vec<f64> {
    let d = N_FEATURES + 1;
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
                g[j] += sw[i] * (p - y[i]) * r[j];
                for k in 0..d {
                    h[j][k] += sw[i] * p * (1.0 - p) * r[j] * r[k];
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

fn feats(pairs: &[Pair], idf: &Idf) -> Vec<X> {
    pairs
        .iter()
        .map(|p| {
            let (ta, tb) = (similarity::tokenize(&p.a), similarity::tokenize(&p.b));
            similarity::features(&p.a, &ta, &p.b, &tb, idf).to_array()
        })
        .collect()
}

fn apply(w: &[f64], x: &X) -> f64 {
    let z: f64 = x.iter().zip(w).map(|(a, b)| a * b).sum::<f64>() + w[w.len() - 1];
    1.0 / (1.0 + (-z).exp())
}

/// The threshold 0.20-0.89 with the best accuracy of `score ≥ t` against `gold`, and that accuracy.
fn best_threshold(scores: &[f64], gold: &[bool]) -> (f64, f64) {
    let (mut best_t, mut best_acc) = (0.5, 0.0);
    for k in 20..90 {
        let t = f64::from(k) / 100.0;
        let acc = accuracy(scores, gold, t);
        if acc > best_acc {
            (best_t, best_acc) = (t, acc);
        }
    }
    (best_t, best_acc)
}

fn accuracy(scores: &[f64], gold: &[bool], t: f64) -> f64 {
    scores.iter().zip(gold).filter(|(s, g)| (**s >= t) == **g).count() as f64 / gold.len().max(1) as f64
}

/// A training recipe: which sets go in, and the weight of each MRPC example.
struct Recipe {
    name: &'static str,
    sts: bool,
    mrpc_weight: f64,
    /// Features left out (weight fixed at 0), by name.
    without: &'static [&'static str],
}

fn train(r: &Recipe, xs: &[X], ys: &[f64], xm: &[X], ym: &[f64]) -> Vec<f64> {
    let mask = |v: &X| -> X {
        let mut out = *v;
        for (i, name) in FEATURE_NAMES.iter().enumerate() {
            if r.without.contains(name) {
                out[i] = 0.0;
            }
        }
        out
    };
    let (xs, xm): (Vec<X>, Vec<X>) = (xs.iter().map(mask).collect(), xm.iter().map(mask).collect());
    let (mut x, mut y, mut sw) = (Vec::new(), Vec::new(), Vec::new());
    if r.sts {
        x.extend_from_slice(&xs);
        y.extend_from_slice(ys);
        sw.extend(std::iter::repeat_n(1.0, xs.len()));
    }
    if r.mrpc_weight > 0.0 {
        x.extend_from_slice(&xm);
        y.extend_from_slice(ym);
        sw.extend(std::iter::repeat_n(r.mrpc_weight, xm.len()));
    }
    fit_logistic(&x, &y, &sw)
}

/// 5-fold cross-validated accuracy on the MRPC tuning lines (interleaved folds).
fn cross_validate(r: &Recipe, xs: &[X], ys: &[f64], xm: &[X], ym: &[f64]) -> f64 {
    let gold: Vec<bool> = ym.iter().map(|g| *g > 0.5).collect();
    let mut right = 0.0;
    for fold in 0..5 {
        let pick = |keep: bool| -> (Vec<X>, Vec<f64>) {
            (0..xm.len()).filter(|i| (i % 5 == fold) != keep).map(|i| (xm[i], ym[i])).unzip()
        };
        let (xtr, ytr) = pick(true);
        let (xte, yte) = pick(false);
        let w = train(r, xs, ys, &xtr, &ytr);
        let tr_scores: Vec<f64> = xtr.iter().map(|x| apply(&w, x)).collect();
        let tr_gold: Vec<bool> = ytr.iter().map(|g| *g > 0.5).collect();
        let (t, _) = best_threshold(&tr_scores, &tr_gold);
        let te_scores: Vec<f64> = xte.iter().map(|x| apply(&w, x)).collect();
        let te_gold: Vec<bool> = yte.iter().map(|g| *g > 0.5).collect();
        right += accuracy(&te_scores, &te_gold, t) * te_gold.len() as f64;
    }
    right / gold.len().max(1) as f64
}

fn rounded(w: &[f64]) -> String {
    let parts: Vec<String> = w.iter().map(|v| format!("{v:.3}")).collect();
    parts.join(", ")
}

/// Refits the similarity weights and sweeps the relation thresholds; see the module docs.
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
    let gold_tune: Vec<bool> = tune.iter().map(|p| p.gold > 0.5).collect();
    let gold_test: Vec<bool> = test.iter().map(|p| p.gold > 0.5).collect();
    let mut rows =
        vec![row("pairs-fit", "features".into(), "order of the weights", FEATURE_NAMES.join(", "), "")];
    // Left out of the similarity: features whose weight came out against their meaning when all
    // were fitted together (collinear overlap measures trading off), which made weak pairs of
    // unequal length score higher.
    const SIM_OUT: &[&str] =
        &["soft_content", "bigrams", "trigrams", "length_ratio", "numbers_equal", "names", "unmatched"];
    let recipes = [
        Recipe { name: "sts", sts: true, mrpc_weight: 0.0, without: &[] },
        Recipe { name: "mrpc", sts: false, mrpc_weight: 1.0, without: &[] },
        Recipe { name: "both", sts: true, mrpc_weight: 1.0, without: &[] },
        Recipe { name: "both, readable subset", sts: true, mrpc_weight: 1.0, without: SIM_OUT },
        Recipe { name: "mrpc, readable subset", sts: false, mrpc_weight: 1.0, without: SIM_OUT },
    ];
    for r in &recipes {
        let w = train(r, &xs, &ys, &xm, &ym);
        let dev: Vec<f64> = xd.iter().map(|x| apply(&w, x)).collect();
        let tune_scores: Vec<f64> = xm.iter().map(|x| apply(&w, x)).collect();
        let (t, tune_acc) = best_threshold(&tune_scores, &gold_tune);
        let test_scores: Vec<f64> = xt.iter().map(|x| apply(&w, x)).collect();
        let cv = cross_validate(r, &xs, &ys, &xm, &ym);
        rows.push(row(
            "pairs-fit",
            format!("fit on {}", r.name),
            "weights; bias; STS-B dev r; MRPC threshold, tune / 5-fold CV / report acc",
            format!(
                "[{}]; {:.3}; {:.3}; {t:.2}, {:.3} / {cv:.3} / {:.3}",
                rounded(&w[..N_FEATURES]),
                w[N_FEATURES],
                pearson(&dev, &gold_dev),
                tune_acc,
                accuracy(&test_scores, &gold_test, t)
            ),
            "",
        ));
    }
    rows.extend(sweep_agree(tune));
    rows.push(audit_detectors(tune));
    rows.extend(sweep_conflict(&load_sick(dir, "SICK_train.txt")?));
    Ok(rows)
}

fn relations(pairs: &[Pair], th: &Thresholds) -> Vec<Relation> {
    pairs
        .iter()
        .map(|p| {
            let (a, b) = (Side::from_text(&p.a, 0), Side::from_text(&p.b, 0));
            score_sides(&a, &b, &Idf::Builtin, th).relation
        })
        .collect()
}

/// Accuracy of `same|agree` on MRPC tuning lines for `agree` thresholds 0.40-0.74.
fn sweep_agree(tune: &[Pair]) -> Vec<Row> {
    let gold: Vec<bool> = tune.iter().map(|p| p.gold > 0.5).collect();
    let mut cells = Vec::new();
    let mut best = (0.0, 0.0);
    for k in (40..75).step_by(2) {
        let th = Thresholds { agree: f64::from(k) / 100.0, ..Thresholds::default() };
        let pred = relations(tune, &th);
        let acc = pred
            .iter()
            .zip(&gold)
            .filter(|(r, g)| matches!(r, Relation::Same | Relation::Agree) == **g)
            .count() as f64
            / gold.len().max(1) as f64;
        if acc > best.1 {
            best = (th.agree, acc);
        }
        cells.push(format!("{:.2}:{acc:.3}", th.agree));
    }
    vec![row(
        "pairs-fit",
        format!("MRPC lines 1-{MRPC_TUNE}"),
        "accuracy of same|agree by agree threshold",
        format!("best {:.2} ({:.3}); {}", best.0, best.1, cells.join(" ")),
        "",
    )]
}

/// F1 of `conflict` against CONTRADICTION on SICK train for `conflict` thresholds 0.20-0.70.
fn sweep_conflict(train: &[Pair]) -> Vec<Row> {
    let gold: Vec<bool> = train.iter().map(|p| p.gold > 0.5).collect();
    let mut cells = Vec::new();
    let mut best = (0.0, 0.0);
    for k in (20..71).step_by(5) {
        let th = Thresholds { conflict: f64::from(k) / 100.0, ..Thresholds::default() };
        let pred: Vec<bool> = relations(train, &th).iter().map(|r| *r == Relation::Conflict).collect();
        let (p, r, f) = prf(&pred, &gold);
        if f > best.1 {
            best = (th.conflict, f);
        }
        cells.push(format!("{:.2}:{p:.2}/{r:.2}/{f:.3}", th.conflict));
    }
    vec![row(
        "pairs-fit",
        "SICK train".into(),
        "P/R/F1 of conflict by conflict threshold",
        format!("best {:.2} ({:.3}); {}", best.0, best.1, cells.join(" ")),
        "",
    )]
}

/// What each conflict detector does to MRPC accuracy on the tuning lines: a firing `helps` when
/// the pair is not a paraphrase but its paraphrase score would have made it `agree`, `hurts` when
/// it is a paraphrase that would have been `agree`; other firings change nothing.
fn audit_detectors(tune: &[Pair]) -> Row {
    let th = Thresholds::default();
    let mut counts: std::collections::BTreeMap<String, (u32, u32, u32)> = Default::default();
    for p in tune {
        let (a, b) = (Side::from_text(&p.a, 0), Side::from_text(&p.b, 0));
        let s = score_sides(&a, &b, &Idf::Builtin, &th);
        if s.relation != Relation::Conflict {
            continue;
        }
        let f = similarity::features(a.text, &a.tokens, b.text, &b.tokens, &Idf::Builtin);
        let agree = similarity::paraphrase(&f) >= th.agree;
        for r in &s.reasons {
            let c = counts.entry(r.code.clone()).or_default();
            match (agree, p.gold > 0.5) {
                (true, false) => c.0 += 1,
                (true, true) => c.1 += 1,
                _ => c.2 += 1,
            }
        }
    }
    let cells: Vec<String> = counts.iter().map(|(k, (h, u, n))| format!("{k} {h}/{u}/{n}")).collect();
    row(
        "pairs-fit",
        format!("MRPC lines 1-{MRPC_TUNE}"),
        "conflict detectors: helps / hurts / no change",
        cells.join("; "),
        "",
    )
}
