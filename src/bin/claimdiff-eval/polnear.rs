//! Attribution on PolNeAR (train and dev): precision / recall / F1 of attributed claims, a
//! predicted claim matching a gold attribution when their content spans overlap by at least half
//! of the longer one (one-to-one, greedy by overlap); then, on the matches, the share whose
//! speaker (cue) span overlaps the gold source (cue) span. Gold attributions without a source or
//! cue are left out of that share. One annotator per file: the first `.ann` in name order.
//! Predictions are the statements of [`extract_statements`], which leave out claims `within`
//! another claim's content: PolNeAR does not annotate an attribution reported inside another
//! one's content ("He notes that the board announced that …" is one attribution; of 19,822 train
//! gold attributions only 124 have their cue inside another gold content). A prediction's content
//! is scored on its claims' contents without their speaker and cue words, like the gold's
//! fragments. With `CLAIMDIFF_DIAG=FILE` set, misses and false predictions go to `FILE.train` / `FILE.dev`
//! (see `polnear_diag`).

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Context, Result};
use claimdiff::extract::{extract_statements, ExtractOptions};

use crate::Row;

#[derive(Default, Clone)]
pub struct Attr {
    /// From the first byte of the content to its last.
    pub content: (usize, usize),
    /// The content's fragments (brat `10 20;25 30`): gold contents interrupted by their
    /// attribution (`"…," she said. "…"`) are scored on the fragments, not the gap.
    pub parts: Vec<(usize, usize)>,
    pub source: Option<(usize, usize)>,
    pub cue: Option<(usize, usize)>,
    /// Gold only: the cue is a core reporting verb (see [`core_cue`]).
    pub core: bool,
}

/// Reporting verbs proper, every inflection: the "who said what" part of PolNeAR. The rest of
/// its attributions have attitude, action or noun cues ("has blocked", "support", "his
/// condemnations of"), which the tool does not set out to extract as claims.
const CORE_VERBS: &[&str] = &[
    "say",
    "says",
    "said",
    "saying",
    "tell",
    "tells",
    "told",
    "telling",
    "add",
    "adds",
    "added",
    "adding",
    "ask",
    "asks",
    "asked",
    "asking",
    "write",
    "writes",
    "wrote",
    "writing",
    "tweet",
    "tweets",
    "tweeted",
    "tweeting",
    "note",
    "notes",
    "noted",
    "noting",
    "explain",
    "explained",
    "argue",
    "argued",
    "argues",
    "claim",
    "claimed",
    "claims",
    "insist",
    "insisted",
    "warn",
    "warned",
    "warns",
    "announce",
    "announced",
    "state",
    "stated",
    "declare",
    "declared",
    "report",
    "reported",
    "reports",
];

/// True when a gold cue is `according to` or a core reporting verb, after adverbs and
/// auxiliaries (`also said`, `has repeatedly warned`) and before a weekday (`said Friday`).
fn core_cue(cue: &str) -> bool {
    let lower = cue.to_lowercase();
    let mut words: Vec<&str> = lower.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).collect();
    while words.last().is_some_and(|w| w.ends_with("day")) {
        words.pop();
    }
    if words == ["according", "to"] {
        return true;
    }
    let Some((last, before)) = words.split_last() else { return false };
    const LEAD: &[&str] = &["also", "later", "then", "has", "have", "had", "previously", "again", "once"];
    CORE_VERBS.contains(last) && before.iter().all(|w| LEAD.contains(w) || w.ends_with("ly"))
}

#[derive(Default)]
struct Counts {
    docs: usize,
    gold: usize,
    pred: usize,
    matched: usize,
    speaker_ok: usize,
    /// Matches whose speaker span is the gold source span, byte for byte.
    speaker_exact: usize,
    speaker_n: usize,
    cue_ok: usize,
    cue_n: usize,
    core_gold: usize,
    core_matched: usize,
}

/// Byte ranges of one annotation, in order.
type Fragments = Vec<(usize, usize)>;

/// Brat character offsets (`10 20` or `10 20;25 30`) → byte fragments via `bytes_at`.
fn parse_range(s: &str, bytes_at: &[usize]) -> Option<Vec<(usize, usize)>> {
    let mut out = Vec::new();
    for frag in s.split(';') {
        let nums: Vec<usize> = frag.split_whitespace().filter_map(|n| n.parse().ok()).collect();
        let (lo, hi) = (*nums.iter().min()?, *nums.iter().max()?);
        out.push((*bytes_at.get(lo)?, *bytes_at.get(hi)?));
    }
    out.sort();
    Some(out)
}

fn hull(parts: &[(usize, usize)]) -> (usize, usize) {
    let lo = parts.iter().map(|p| p.0).min().unwrap_or(0);
    (lo, parts.iter().map(|p| p.1).max().unwrap_or(lo))
}

fn parse_ann(ann: &str, text: &str) -> Vec<Attr> {
    let mut bytes_at: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    bytes_at.push(text.len());
    let mut spans: BTreeMap<&str, (&str, Fragments)> = BTreeMap::new();
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
                        a.content = hull(r);
                        a.parts = r.clone();
                        has_content = true;
                    }
                    "Source" => a.source = Some(hull(r)),
                    "Cue" => {
                        a.cue = Some(hull(r));
                        let words: Vec<&str> = r.iter().filter_map(|&(s, e)| text.get(s..e)).collect();
                        a.core = core_cue(&words.join(" "));
                    }
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

/// The content's fragments: `parts`, or the whole `content` when it has none.
fn fragments(a: &Attr) -> Vec<(usize, usize)> {
    if a.parts.is_empty() {
        vec![a.content]
    } else {
        a.parts.clone()
    }
}

/// Overlap of a prediction's content with a gold content, fragment by fragment, and the lengths
/// of both (the sums of their fragments).
pub fn content_overlap(p: &Attr, g: &Attr) -> (usize, usize, usize) {
    let (pf, gf) = (fragments(p), fragments(g));
    let o = pf.iter().map(|&a| gf.iter().map(|&b| overlap(a, b)).sum::<usize>()).sum();
    let len = |f: &[(usize, usize)]| f.iter().map(|x| x.1 - x.0).sum::<usize>();
    (o, len(&pf), len(&gf))
}

/// Scores one document; returns which predictions and which gold attributions were matched.
fn score_doc(gold: &[Attr], pred: &[Attr], c: &mut Counts) -> (Vec<bool>, Vec<bool>) {
    c.gold += gold.len();
    c.core_gold += gold.iter().filter(|g| g.core).count();
    c.pred += pred.len();
    let mut cands: Vec<(usize, usize, usize)> = Vec::new();
    for (i, p) in pred.iter().enumerate() {
        for (j, g) in gold.iter().enumerate() {
            let (o, plen, glen) = content_overlap(p, g);
            let longer = plen.max(glen);
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
        c.core_matched += usize::from(gold[j].core);
        if let (Some(gs), Some(ps)) = (gold[j].source, pred[i].source) {
            c.speaker_n += 1;
            c.speaker_ok += usize::from(overlap(gs, ps) > 0);
            c.speaker_exact += usize::from(gs == ps);
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
    (used_p, used_g)
}

fn run_split(dir: &Path) -> Result<Counts> {
    let mut c = Counts::default();
    let diag_path = std::env::var("CLAIMDIFF_DIAG").ok();
    let mut diag = crate::polnear_diag::Diag::default();
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
            // One predicted attribution per statement (a quotation over several sentences is
            // one), with the speaker and cue of its first claim.
            let (claims, statements) = extract_statements(d, &ExtractOptions::default());
            for st in statements {
                let Some(cl) = st.claims.first().and_then(|&i| claims.get(i)) else { continue };
                if let (Some(s), Some(cue)) = (&cl.speaker, &cl.cue) {
                    let members: Vec<&claimdiff::model::Claim> =
                        st.claims.iter().filter_map(|&i| claims.get(i)).collect();
                    pred.push(Attr {
                        content: (st.start, st.end),
                        parts: pred_parts(&members),
                        source: Some((s.start, s.end)),
                        cue: Some((cue.start, cue.end)),
                        core: false,
                    });
                }
            }
        }
        c.docs += 1;
        let (used_p, used_g) = score_doc(&gold, &pred, &mut c);
        if diag_path.is_some() {
            let removed: Vec<(usize, usize, String)> =
                docs.iter().flat_map(|d| &d.removed).map(|r| (r.start, r.end, r.reason.clone())).collect();
            diag.doc(&stem, &text, (&gold, &pred), (&used_p, &used_g), &removed);
        }
    }
    if let Some(p) = diag_path {
        // One file per split: `FILE.train`, `FILE.dev`.
        let split = dir.file_name().and_then(|n| n.to_str()).unwrap_or("split");
        let path = format!("{p}.{split}");
        diag.write(&path).with_context(|| format!("{path}: cannot write diagnostics"))?;
    }
    Ok(c)
}

/// The content fragments of one predicted statement, like the gold's: each claim's content
/// with its own speaker and cue cut out (`"A," she said, "B"` → `"A,"` and `"B"`), so that the
/// attribution words between the sentences of a quotation are not scored as content.
fn pred_parts(claims: &[&claimdiff::model::Claim]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for c in claims {
        let mut frag = vec![(c.content.start, c.content.end)];
        let holes = [c.speaker.as_ref().map(|s| (s.start, s.end)), c.cue.as_ref().map(|q| (q.start, q.end))];
        for (hs, he) in holes.into_iter().flatten() {
            frag = frag
                .into_iter()
                .flat_map(|(s, e)| {
                    if hs >= e || he <= s {
                        vec![(s, e)]
                    } else {
                        vec![(s, hs.max(s)), (he.min(e), e)]
                    }
                })
                .filter(|(s, e)| e > s)
                .collect();
        }
        out.extend(frag);
    }
    // Sorted and merged, so overlapping claims are not counted twice.
    out.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (s, e) in out {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    merged
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
        rows.push(Row {
            task: "attribution".into(),
            split: format!("polnear {split} ({})", c.docs),
            metric: "speaker span exact on matches".into(),
            ours: format!("{:.3}", ratio(c.speaker_exact, c.speaker_n)),
            reference: "-".into(),
        });
        rows.push(Row {
            task: "attribution".into(),
            split: format!("polnear {split}, reporting-verb cues"),
            metric: "recall (share of gold)".into(),
            ours: format!(
                "{:.3} ({} of {} gold, {:.0}%)",
                ratio(c.core_matched, c.core_gold),
                c.core_gold,
                c.gold,
                100.0 * ratio(c.core_gold, c.gold)
            ),
            reference: "-".into(),
        });
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn core_cues_are_reporting_verbs_with_their_adverbs() {
        for cue in ["said", "also said Friday", "has repeatedly warned", "According to", "tweeted"] {
            assert!(core_cue(cue), "{cue}");
        }
        for cue in ["has blocked", "support", "his condemnations of", "said in", "is questioning", ""] {
            assert!(!core_cue(cue), "{cue}");
        }
    }

    #[test]
    fn discontinuous_gold_content_is_scored_on_its_fragments() {
        // "A b c," she said. "D e f."  — gold content is the two quotations, not the gap.
        let text = "\"A b c,\" she said. \"D e f.\"";
        let ann = "T1\tContent 0 8;19 27\tx\nT2\tSource 9 12\tshe\nT3\tCue 13 17\tsaid\nE1\tAttribution:T3 Content:T1 Source:T2 Cue:T3\n";
        let gold = parse_ann(ann, text);
        assert_eq!(gold.len(), 1);
        assert_eq!(gold[0].parts, vec![(0, 8), (19, 27)]);
        let pred = |s, e| Attr {
            content: (s, e),
            parts: Vec::new(),
            source: Some((9, 12)),
            cue: Some((13, 17)),
            core: false,
        };
        // The whole span matches (overlap 16 of the longer 27 ≥ half) ...
        let mut c = Counts::default();
        score_doc(&gold, &[pred(0, 27)], &mut c);
        assert_eq!((c.matched, c.speaker_ok, c.speaker_exact, c.cue_ok), (1, 1, 1, 1));
        // ... the attribution words alone do not, though they lie inside the hull.
        let mut c = Counts::default();
        score_doc(&gold, &[pred(9, 17)], &mut c);
        assert_eq!(c.matched, 0);
    }
}
