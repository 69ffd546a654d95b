//! `mrpc-diag`: what each conflict detector does to MRPC on the tuning lines (1-3000) only.
//!
//! A detector *flips* a pair when the paraphrase score alone would say `agree` (≥ the `agree`
//! threshold) and the detector makes it a `conflict`. The flip helps when the pair is not a
//! paraphrase (gold 0) and hurts when it is (gold 1). Rows give the counts per reason code; with
//! `CLAIMDIFF_DIAG=FILE` every flipped pair is written to FILE, one tab-separated line each
//! (`code, helps|hurts, line, detail, a, b`), so each rule can be read on its own decisions
//! (`grep -P '^conflict-number\t' FILE`). The reported lines 3001-4076 are never read here.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Context, Result};
use claimdiff::model::Relation;
use claimdiff::score::relation::{score_sides, Side, Thresholds};
use claimdiff::score::similarity::{self, Idf};

use crate::pairs::{load_mrpc, row, MRPC_TUNE};
use crate::Row;

/// Counts and lists the flips of each detector on the MRPC tuning lines.
pub fn run(dir: &Path) -> Result<Vec<Row>> {
    let data = load_mrpc(dir)?;
    let tune = &data[..MRPC_TUNE.min(data.len())];
    let th = Thresholds::default();
    let mut counts: BTreeMap<String, (u32, u32)> = BTreeMap::new();
    let mut lines = Vec::new();
    let (mut pairs_helped, mut pairs_hurt) = (0u32, 0u32);
    for (i, p) in tune.iter().enumerate() {
        let (a, b) = (Side::from_text(&p.a, 0), Side::from_text(&p.b, 0));
        let f = similarity::features(a.text, &a.tokens, b.text, &b.tokens, &Idf::Builtin);
        if similarity::paraphrase(&f) < th.agree {
            continue;
        }
        let s = score_sides(&a, &b, &Idf::Builtin, &th);
        if s.relation != Relation::Conflict {
            continue;
        }
        let helps = p.gold < 0.5;
        if helps {
            pairs_helped += 1;
        } else {
            pairs_hurt += 1;
        }
        for r in &s.reasons {
            let c = counts.entry(r.code.clone()).or_default();
            if helps {
                c.0 += 1;
            } else {
                c.1 += 1;
            }
            let clean = |t: &str| t.replace(['\t', '\n'], " ");
            lines.push(format!(
                "{}\t{}\t{}\t{}\t{}\t{}",
                r.code,
                if helps { "helps" } else { "hurts" },
                i + 1,
                clean(&r.detail),
                clean(&p.a),
                clean(&p.b)
            ));
        }
    }
    if let Ok(path) = std::env::var("CLAIMDIFF_DIAG") {
        lines.sort();
        let mut text = lines.join("\n");
        text.push('\n');
        std::fs::write(&path, text).with_context(|| format!("{path}: cannot write"))?;
    }
    let split = format!("MRPC lines 1-{MRPC_TUNE}");
    let mut rows: Vec<Row> = counts
        .iter()
        .map(|(code, (h, u))| {
            row(
                "mrpc-diag",
                split.clone(),
                &format!("{code}: flips that help / hurt"),
                format!("{h} / {u}"),
                "",
            )
        })
        .collect();
    rows.push(row(
        "mrpc-diag",
        split,
        "pairs flipped agree → conflict: help / hurt",
        format!("{pairs_helped} / {pairs_hurt}"),
        "",
    ));
    Ok(rows)
}
