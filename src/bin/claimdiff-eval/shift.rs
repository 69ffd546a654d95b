//! Position shift on a small gold set built for claimdiff from PolNeAR (train and dev): pairs of
//! statements by one speaker on one topic at two publication dates, each labelled `no-shift`,
//! `partial-shift` or `reversal`, plus `softened` / `hardened` where it applies.
//!
//! **How the pairs were chosen.** From the PolNeAR attribution annotations (train + dev only), the
//! attributions whose source names one of the campaign's main politicians (Trump, Clinton,
//! Sanders, Cruz, Rubio, Ryan) were listed with their content, filtered by topic words (support /
//! endorse / nominee, Muslim ban, the Mexico wall, the Iraq war, Clinton's qualification and
//! e-mails, Wall Street, the convention). From those lists, pairs of contents on one topic at two
//! different publication dates were picked by reading them — changes of position where the
//! coverage shows one (Ryan "not ready to support Trump" → support, Sanders on whether Clinton is
//! qualified, Cruz and Rubio on Trump) and, as many, restatements of a position unchanged (the same
//! position weeks apart, and the same statement reported on two days). 45 pairs of a first version
//! (26 no-shift, 10 partial-shift, 9 reversal) form the **tune** part; 43 pairs added later the
//! same way (30 no-shift, 10 partial-shift, 3 reversal; more speakers and topics) form the
//! **held-out** part, labelled before any rule change and never used to tune (column `part`; the
//! file's `#` header documents the columns and the scale).
//!
//! **How they were labelled** (by the claimdiff helper who built the set, reading both contents,
//! not by running claimdiff): `reversal` when the later statement takes the opposite side on the
//! same question (not ready to support → supports; not qualified → qualified); `partial-shift` when
//! it moves without crossing (adds an exception, a qualification, "negotiable", from praise to
//! criticism of the same person); `no-shift` when it restates the position, possibly in other
//! words or with more detail. Direction: `softened` toward the counterpart (support, concession,
//! exception), `hardened` away from it; none when neither applies (Clinton narrowing her e-mail
//! statement).
//!
//! **What is stored.** `shift_gold.tsv` holds only references and the labels: split, speaker, and
//! for each side the PolNeAR file id and the byte range of the annotated content in
//! `<split>/text/<id>.txt`; then label and direction. The texts stay in `../shared/eval`.
//!
//! **What is measured.** Each side's article is read and its claims extracted; the claim whose
//! content overlaps the gold span most stands for that side (the share found this way is
//! reported); when extraction found none, a one-sentence document `SPEAKER said CONTENT.` stands
//! in. `timeline::compare_claims` labels the pair. Rows per part (tune, held-out, all): label
//! accuracy next to the majority-class baseline (always answering the part's own most frequent
//! label), label + direction accuracy; and the topic threshold check: for same-topic gold pairs
//! (positives) and same-speaker pairs taken from different gold topic chains (negatives), the F1
//! of "topic similarity ≥ t" on the tune part for a sweep of t, which is how
//! `ShiftOptions::topic_threshold` was chosen; and the tune-part label accuracy for a sweep of the
//! restatement threshold (`timeline::shift::RESTATEMENT`). Mismatches of the tune part are printed on stderr
//! (all pairs with `CLAIMDIFF_EVAL_VERBOSE=1`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use claimdiff::model::{Claim, Document, ShiftLabel};

use crate::Row;

const GOLD: &str = include_str!("shift_gold.tsv");

/// One side of a gold pair.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Side {
    file: String,
    start: usize,
    end: usize,
}

struct Pair {
    split: String,
    speaker: String,
    a: Side,
    b: Side,
    label: ShiftLabel,
    direction: Option<String>,
    /// `tune` (rules may be tuned on it) or `heldout` (never used to tune).
    part: String,
}

fn parse_label(s: &str) -> Option<ShiftLabel> {
    match s {
        "no-shift" => Some(ShiftLabel::NoShift),
        "partial-shift" => Some(ShiftLabel::PartialShift),
        "reversal" => Some(ShiftLabel::Reversal),
        _ => None,
    }
}

fn parse_gold() -> Result<Vec<Pair>> {
    let mut out = Vec::new();
    for (n, line) in GOLD.lines().enumerate().filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#')) {
        let f: Vec<&str> = line.split('\t').collect();
        let bad = || anyhow::anyhow!("shift_gold.tsv line {}: expected 11 tab-separated fields", n + 1);
        if f.len() != 11 || !matches!(f[10], "tune" | "heldout") {
            return Err(bad());
        }
        let num = |s: &str| s.parse::<usize>().map_err(|_| bad());
        out.push(Pair {
            split: f[0].to_string(),
            speaker: f[1].to_string(),
            a: Side { file: f[2].to_string(), start: num(f[3])?, end: num(f[4])? },
            b: Side { file: f[5].to_string(), start: num(f[6])?, end: num(f[7])? },
            label: parse_label(f[8]).ok_or_else(bad)?,
            direction: (f[9] != "-").then(|| f[9].to_string()),
            part: f[10].to_string(),
        });
    }
    Ok(out)
}

/// `publisher` and `publication_date` per file id, from `metadata.tsv`.
fn metadata(dir: &Path) -> Result<BTreeMap<String, (String, String)>> {
    let path = dir.join("metadata.tsv");
    let text = std::fs::read_to_string(&path).with_context(|| format!("{}", path.display()))?;
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    let col = |name: &str| header.iter().position(|h| *h == name);
    let (Some(f), Some(p), Some(d)) = (col("filename"), col("publisher"), col("publication_date")) else {
        bail!("{}: no filename / publisher / publication_date columns", path.display());
    };
    Ok(lines
        .filter_map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            Some((c.get(f)?.to_string(), (c.get(p)?.to_string(), c.get(d)?.to_string())))
        })
        .collect())
}

/// A side resolved to a document and the index of the claim standing for it.
struct Resolved {
    doc: Document,
    claim: usize,
    extracted: bool,
}

impl Resolved {
    fn claim(&self) -> Option<(&Document, &Claim)> {
        self.doc.claims.as_ref()?.get(self.claim).map(|c| (&self.doc, c))
    }
}

fn text_path(dir: &Path, file: &str) -> Option<PathBuf> {
    ["train", "dev"]
        .iter()
        .map(|s| dir.join(s).join("text").join(format!("{file}.txt")))
        .find(|p| p.is_file())
}

fn resolve(
    dir: &Path,
    meta: &BTreeMap<String, (String, String)>,
    side: &Side,
    speaker: &str,
) -> Result<Resolved> {
    let path = text_path(dir, &side.file)
        .with_context(|| format!("{}: no text file for {}", dir.display(), side.file))?;
    let text = std::fs::read_to_string(&path).with_context(|| format!("{}", path.display()))?;
    let gold = text
        .get(side.start..side.end)
        .with_context(|| {
            format!("{}: bytes {}..{} are not a text span", path.display(), side.start, side.end)
        })?
        .to_string();
    let (outlet, date) = meta.get(&side.file).cloned().unwrap_or_default();
    let opts = claimdiff::ReadOptions { outlet: Some(outlet.clone()), date: date.parse().ok() };
    let path_s = path.to_string_lossy().to_string();
    let mut docs = claimdiff::read_str(&path_s, &text, &opts).unwrap_or_default();
    claimdiff::extract::extract_corpus(&mut docs, &Default::default());
    if let Some(doc) = docs.into_iter().next() {
        let best = doc
            .claims
            .iter()
            .flatten()
            .enumerate()
            .map(|(i, c)| (i, c.content.end.min(side.end).saturating_sub(c.content.start.max(side.start))))
            .filter(|(_, o)| *o > 0)
            .max_by(|x, y| x.1.cmp(&y.1).then(y.0.cmp(&x.0)));
        if let Some((claim, _)) = best {
            return Ok(Resolved { doc, claim, extracted: true });
        }
    }
    let sentence = format!("{speaker} said {}.", gold.trim().trim_end_matches('.'));
    let mut doc = claimdiff::align::synthetic::document_from_sentences(&path_s, &outlet, &[sentence]);
    doc.published = opts.date;
    Ok(Resolved { doc, claim: 0, extracted: false })
}

#[derive(Default)]
struct Tally {
    n: usize,
    label_ok: usize,
    full_ok: usize,
    /// Gold labels counted, for the majority-class baseline of this part.
    labels: BTreeMap<ShiftLabel, usize>,
}

impl Tally {
    /// The most frequent gold label of the part (ties: the first in label order) and its count:
    /// the accuracy of always answering it.
    fn majority(&self) -> (ShiftLabel, usize) {
        self.labels
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map_or((ShiftLabel::NoShift, 0), |(l, n)| (*l, *n))
    }
}

fn pct(a: usize, b: usize) -> String {
    if b == 0 {
        "-".into()
    } else {
        format!("{:.1}% ({a}/{b})", 100.0 * a as f64 / b as f64)
    }
}

fn label_name(l: ShiftLabel) -> &'static str {
    match l {
        ShiftLabel::NoShift => "no-shift",
        ShiftLabel::PartialShift => "partial-shift",
        ShiftLabel::Reversal => "reversal",
    }
}

/// Runs the task (see the module docs).
pub fn run(data: &Path) -> Result<Vec<Row>> {
    let dir = data.join("attribution").join("polnear");
    let meta = metadata(&dir)?;
    let pairs = parse_gold()?;
    let mut cache: BTreeMap<Side, Resolved> = BTreeMap::new();
    for p in &pairs {
        for s in [&p.a, &p.b] {
            if !cache.contains_key(s) {
                cache.insert(s.clone(), resolve(&dir, &meta, s, &p.speaker)?);
            }
        }
    }
    let mut tallies: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut topic_pos: Vec<(String, f64)> = Vec::new();
    for p in &pairs {
        let (Some(a), Some(b)) = (cache[&p.a].claim(), cache[&p.b].claim()) else { continue };
        let s = claimdiff::timeline::compare_claims(a, b, &p.speaker);
        topic_pos.push((p.part.clone(), claimdiff::timeline::claim_topic_similarity(a, b, &p.speaker)));
        // held-out mismatches stay unseen unless asked for: rules are tuned on `tune` only
        let verbose = std::env::var_os("CLAIMDIFF_EVAL_VERBOSE").is_some();
        if verbose || (s.label != p.label && p.part == "tune") {
            eprintln!(
                "shift: {}/{} {} {}:{} → {}:{} gold {} {:?}, got {} {:?} [{}]",
                p.part,
                p.split,
                p.speaker,
                p.a.file,
                p.a.start,
                p.b.file,
                p.b.start,
                label_name(p.label),
                p.direction,
                label_name(s.label),
                s.direction,
                s.reasons.iter().map(|r| r.code.as_str()).collect::<Vec<_>>().join(",")
            );
            if std::env::var_os("CLAIMDIFF_EVAL_TEXTS").is_some() {
                let cut = |c: &Claim| c.content.text.chars().take(160).collect::<String>();
                let cue = |c: &Claim| c.cue.as_ref().map_or(String::new(), |q| q.text.clone());
                eprintln!("    a: [{}] {}\n    b: [{}] {}", cue(a.1), cut(a.1), cue(b.1), cut(b.1));
                for r in &s.reasons {
                    eprintln!("    {}: {}", r.code, r.detail.chars().take(160).collect::<String>());
                }
            }
        }
        for key in [p.part.as_str(), "all"] {
            let t = tallies.entry(key).or_default();
            t.n += 1;
            t.label_ok += usize::from(s.label == p.label);
            t.full_ok += usize::from(
                s.label == p.label && (p.label == ShiftLabel::NoShift || s.direction == p.direction),
            );
            *t.labels.entry(p.label).or_default() += 1;
        }
    }
    let sides = cache.len();
    let extracted = cache.values().filter(|r| r.extracted).count();
    let mut rows = Vec::new();
    for part in ["tune", "heldout", "all"] {
        let Some(t) = tallies.get(part) else { continue };
        let (majority, majority_n) = t.majority();
        rows.push(Row {
            task: "shift".into(),
            split: format!("PolNeAR gold pairs, {part} ({})", t.n),
            metric: "label accuracy (no / partial / reversal)".into(),
            ours: pct(t.label_ok, t.n),
            reference: format!("majority class ({}) {}", label_name(majority), pct(majority_n, t.n)),
        });
        rows.push(Row {
            task: "shift".into(),
            split: format!("PolNeAR gold pairs, {part} ({})", t.n),
            metric: "label + direction accuracy".into(),
            ours: pct(t.full_ok, t.n),
            reference: String::new(),
        });
    }
    rows.push(Row {
        task: "shift".into(),
        split: "PolNeAR gold pairs, all".into(),
        metric: "sides found by claim extraction".into(),
        ours: pct(extracted, sides),
        reference: "else `SPEAKER said CONTENT.` stands in".into(),
    });
    rows.extend(topic_sweep(&pairs, &cache, &topic_pos));
    rows.push(restatement_sweep(&pairs, &cache));
    Ok(rows)
}

/// Label accuracy on the tune part for a sweep of the restatement threshold
/// (`timeline::shift::RESTATEMENT`), which is how its default was chosen; 1.01 = never a
/// restatement.
fn restatement_sweep(pairs: &[Pair], cache: &BTreeMap<Side, Resolved>) -> Row {
    let tune: Vec<&Pair> = pairs.iter().filter(|p| p.part == "tune").collect();
    let mut cells = Vec::new();
    for t in [0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 1.01] {
        let ok = tune
            .iter()
            .filter(|p| {
                let (Some(a), Some(b)) = (cache[&p.a].claim(), cache[&p.b].claim()) else { return false };
                claimdiff::timeline::compare_claims_with(a, b, &p.speaker, t).label == p.label
            })
            .count();
        cells.push(format!("{t:.2}: {ok}/{}", tune.len()));
    }
    Row {
        task: "shift".into(),
        split: format!("PolNeAR gold pairs, tune ({})", tune.len()),
        metric: "label accuracy when a restatement needs similarity ≥ t".into(),
        ours: cells.join("; "),
        reference: format!("default t = {}", claimdiff::timeline::shift::RESTATEMENT),
    }
}

/// The topic threshold sweep on the tune part: positives are the gold pairs, negatives the same-speaker
/// pairs of sides in different gold topic chains (connected components of the gold pairs).
fn topic_sweep(pairs: &[Pair], cache: &BTreeMap<Side, Resolved>, pos: &[(String, f64)]) -> Vec<Row> {
    let sides: Vec<&Side> = cache.keys().collect();
    let idx = |s: &Side| sides.iter().position(|x| *x == s).unwrap_or(0);
    let mut sets = claimdiff::disjoint::DisjointSets::new(sides.len());
    let mut speaker_of: BTreeMap<usize, (&str, &str)> = BTreeMap::new();
    for p in pairs {
        let (x, y) = (idx(&p.a), idx(&p.b));
        speaker_of.insert(x, (p.speaker.as_str(), p.part.as_str()));
        speaker_of.insert(y, (p.speaker.as_str(), p.part.as_str()));
        sets.union(x, y);
    }
    let mut neg: Vec<f64> = Vec::new();
    for i in 0..sides.len() {
        for j in i + 1..sides.len() {
            let (Some(si), Some(sj)) = (speaker_of.get(&i), speaker_of.get(&j)) else { continue };
            if si.0 != sj.0 || si.1 != "tune" || sj.1 != "tune" || sets.find(i) == sets.find(j) {
                continue;
            }
            let (Some(a), Some(b)) = (cache[sides[i]].claim(), cache[sides[j]].claim()) else { continue };
            neg.push(claimdiff::timeline::claim_topic_similarity(a, b, si.0));
        }
    }
    let pos: Vec<f64> = pos.iter().filter(|(s, _)| s == "tune").map(|(_, v)| *v).collect();
    let mut sweep = Vec::new();
    for t in [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5] {
        let tp = pos.iter().filter(|v| **v >= t).count();
        let fp = neg.iter().filter(|v| **v >= t).count();
        let (p, r) = (tp as f64 / (tp + fp).max(1) as f64, tp as f64 / pos.len().max(1) as f64);
        let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        sweep.push(format!("{t:.2}: P {p:.2} R {r:.2} F1 {f1:.2}"));
    }
    vec![Row {
        task: "shift".into(),
        split: format!("PolNeAR gold, tune ({} same-topic, {} other-topic pairs)", pos.len(), neg.len()),
        metric: "same topic when topic similarity ≥ t".into(),
        ours: sweep.join("; "),
        reference: format!("default t = {}", claimdiff::timeline::ShiftOptions::default().topic_threshold),
    }]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gold_file_parses_and_every_pair_moves_forward_in_one_file_pair() {
        let pairs = parse_gold().expect("gold parses");
        assert!(pairs.len() >= 40, "{}", pairs.len());
        for p in &pairs {
            assert!(p.a.start < p.a.end && p.b.start < p.b.end);
            assert!(p.a.file != p.b.file, "{}: a pair spans two articles", p.a.file);
            assert!(p.split == "train" || p.split == "dev");
            assert!(p.part == "tune" || p.part == "heldout");
            // file ids start with the publisher and the date: the later side is later
            let date = |f: &str| f.split('_').nth(1).unwrap_or("").to_string();
            assert!(date(&p.a.file) < date(&p.b.file), "{} !< {}", p.a.file, p.b.file);
        }
        for part in ["tune", "heldout"] {
            let labels: std::collections::BTreeSet<_> =
                pairs.iter().filter(|p| p.part == part).map(|p| p.label).collect();
            assert_eq!(labels.len(), 3, "all three labels occur in {part}");
        }
        // a pair is in one part only, and no pair is listed twice
        let keys: std::collections::BTreeSet<_> = pairs.iter().map(|p| (&p.a, &p.b)).collect();
        assert_eq!(keys.len(), pairs.len(), "a pair is listed twice");
    }
}
