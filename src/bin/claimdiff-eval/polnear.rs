//! Attribution on PolNeAR (train and dev): precision / recall / F1 of attributed claims, a
//! predicted claim matching a gold attribution when their content spans overlap by at least half
//! of the longer one (one-to-one, greedy by overlap); then, on the matches, the share whose
//! speaker (cue) span overlaps the gold source (cue) span. Gold attributions without a source or
//! cue are left out of that share. One annotator per file: the first `.ann` in name order.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Context, Result};
use claimdiff::extract::{extract_claims, ExtractOptions};

use crate::Row;

#[derive(Default, Clone, Copy)]
struct Attr {
    content: (usize, usize),
    source: Option<(usize, usize)>,
    cue: Option<(usize, usize)>,
}

#[derive(Default)]
struct Counts {
    docs: usize,
    gold: usize,
    pred: usize,
    matched: usize,
    speaker_ok: usize,
    speaker_n: usize,
    cue_ok: usize,
    cue_n: usize,
}

/// Brat character offsets (`10 20` or `10 20;25 30`) → byte range via `bytes_at`.
fn parse_range(s: &str, bytes_at: &[usize]) -> Option<(usize, usize)> {
    let nums: Vec<usize> = s.split([' ', ';']).filter_map(|n| n.parse().ok()).collect();
    let (lo, hi) = (*nums.iter().min()?, *nums.iter().max()?);
    Some((*bytes_at.get(lo)?, *bytes_at.get(hi)?))
}

fn parse_ann(ann: &str, text: &str) -> Vec<Attr> {
    let mut bytes_at: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    bytes_at.push(text.len());
    let mut spans: BTreeMap<&str, (&str, (usize, usize))> = BTreeMap::new();
    let mut out = Vec::new();
    for line in ann.lines() {
        let mut parts = line.split('\t');
        let (Some(id), Some(body)) = (parts.next(), parts.next()) else { continue };
        if id.starts_with('T') {
            if let Some((kind, range)) = body.split_once(' ') {
                if let Some(r) = parse_range(range, &bytes_at) {
                    spans.insert(id, (kind, r));
                }
            }
        } else if id.starts_with('E') {
            let mut a = Attr::default();
            let mut has_content = false;
            for role in body.split_whitespace() {
                let Some((name, t)) = role.split_once(':') else { continue };
                let Some((_, r)) = spans.get(t) else { continue };
                let name = name.trim_end_matches(char::is_numeric);
                match name {
                    "Content" => {
                        a.content = *r;
                        has_content = true;
                    }
                    "Source" => a.source = Some(*r),
                    "Cue" => a.cue = Some(*r),
                    _ => {}
                }
            }
            if has_content {
                out.push(a);
            }
        }
    }
    out
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

fn score_doc(gold: &[Attr], pred: &[Attr], c: &mut Counts) {
    c.gold += gold.len();
    c.pred += pred.len();
    let mut cands: Vec<(usize, usize, usize)> = Vec::new();
    for (i, p) in pred.iter().enumerate() {
        for (j, g) in gold.iter().enumerate() {
            let o = overlap(p.content, g.content);
            let longer = (p.content.1 - p.content.0).max(g.content.1 - g.content.0);
            if o > 0 && 2 * o >= longer {
                cands.push((o, i, j));
            }
        }
    }
    cands.sort_by(|a, b| b.cmp(a));
    let (mut used_p, mut used_g) = (vec![false; pred.len()], vec![false; gold.len()]);
    for (_, i, j) in cands {
        if used_p[i] || used_g[j] {
            continue;
        }
        used_p[i] = true;
        used_g[j] = true;
        c.matched += 1;
        if let (Some(gs), Some(ps)) = (gold[j].source, pred[i].source) {
            c.speaker_n += 1;
            c.speaker_ok += usize::from(overlap(gs, ps) > 0);
        } else if gold[j].source.is_some() {
            c.speaker_n += 1;
        }
        if let (Some(gc), Some(pc)) = (gold[j].cue, pred[i].cue) {
            c.cue_n += 1;
            c.cue_ok += usize::from(overlap(gc, pc) > 0);
        } else if gold[j].cue.is_some() {
            c.cue_n += 1;
        }
    }
}

fn run_split(dir: &Path) -> Result<Counts> {
    let mut c = Counts::default();
    let text_dir = dir.join("text");
    let mut files: Vec<_> = std::fs::read_dir(&text_dir)
        .with_context(|| format!("{}: cannot list", text_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut anns: Vec<_> = std::fs::read_dir(dir.join("attributions"))
        .with_context(|| format!("{}: cannot list attributions", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    anns.sort();
    for f in files {
        let stem = f.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        let Some(ann) = anns.iter().find(|a| {
            a.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                n.strip_prefix(stem.as_str()).is_some_and(|r| r.starts_with('_') && r.ends_with(".ann"))
            })
        }) else {
            continue;
        };
        let text = std::fs::read_to_string(&f).with_context(|| format!("{}: cannot read", f.display()))?;
        let ann_text =
            std::fs::read_to_string(ann).with_context(|| format!("{}: cannot read", ann.display()))?;
        let gold = parse_ann(&ann_text, &text);
        let path = format!("{stem}.txt");
        // A file the reader rejects counts as predicting nothing (its gold still counts).
        let docs = claimdiff::read_str(&path, &text, &Default::default()).unwrap_or_default();
        let mut pred = Vec::new();
        for d in &docs {
            for cl in extract_claims(d, &ExtractOptions::default()) {
                if let (Some(s), Some(cue)) = (&cl.speaker, &cl.cue) {
                    pred.push(Attr {
                        content: (cl.content.start, cl.content.end),
                        source: Some((s.start, s.end)),
                        cue: Some((cue.start, cue.end)),
                    });
                }
            }
        }
        c.docs += 1;
        score_doc(&gold, &pred, &mut c);
    }
    Ok(c)
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Runs train and dev; dev is the reported figure, train the one tuned on.
pub fn run(data: &Path) -> Result<Vec<Row>> {
    let root = data.join("attribution/polnear");
    let mut rows = Vec::new();
    for split in ["train", "dev"] {
        let c = run_split(&root.join(split))?;
        let p = ratio(c.matched, c.pred);
        let r = ratio(c.matched, c.gold);
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        let name = format!("polnear {split} ({})", c.docs);
        rows.push(Row {
            task: "attribution".into(),
            split: name.clone(),
            metric: "P / R / F1".into(),
            ours: format!("{p:.3} / {r:.3} / {f:.3}"),
            reference: "human 92.3%; textacy 0.228".into(),
        });
        rows.push(Row {
            task: "attribution".into(),
            split: name,
            metric: "speaker / cue span overlap on matches".into(),
            ours: format!("{:.3} / {:.3}", ratio(c.speaker_ok, c.speaker_n), ratio(c.cue_ok, c.cue_n)),
            reference: "-".into(),
        });
    }
    Ok(rows)
}
