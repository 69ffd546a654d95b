//! Diagnostics for the PolNeAR task (`CLAIMDIFF_DIAG=FILE`): every missed gold attribution and
//! every false prediction, one tab-separated line each, with a category, so the loss can be
//! counted by kind (`cut -f1 FILE | sort | uniq -c`). A false prediction that overlaps a gold
//! attribution shows the gold it overlaps most (`gold(taken)` when another prediction matched it,
//! `longer`/`shorter` for the prediction's length against it). Off unless the variable is set.

use std::collections::BTreeMap;
use std::io::Write;

use super::polnear::{content_overlap, Attr};

/// Collects diagnostic lines and category counts over a split.
#[derive(Default)]
pub struct Diag {
    lines: Vec<String>,
    counts: BTreeMap<String, usize>,
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

fn show(text: &str, sp: Option<(usize, usize)>) -> String {
    sp.and_then(|(s, e)| text.get(s..e)).unwrap_or("-").replace(['\n', '\t'], " ")
}

/// The paragraph around byte `at` (for context).
fn context(text: &str, (s, e): (usize, usize)) -> String {
    let a = text[..s.min(text.len())].rfind('\n').map_or(0, |i| i + 1);
    let b = text[e.min(text.len())..].find('\n').map_or(text.len(), |i| e + i);
    show(text, Some((a, b)))
}

impl Diag {
    fn add(&mut self, cat: &str, line: String) {
        *self.counts.entry(cat.to_string()).or_default() += 1;
        self.lines.push(format!("{cat}\t{line}"));
    }

    /// Records the misses and false predictions of one document.
    /// `removed` lists the byte spans (and reasons) the reader cut from the text.
    pub fn doc(
        &mut self,
        name: &str,
        text: &str,
        (gold, pred): (&[Attr], &[Attr]),
        (used_p, used_g): (&[bool], &[bool]),
        removed: &[(usize, usize, String)],
    ) {
        for (j, g) in gold.iter().enumerate() {
            if used_g[j] {
                continue;
            }
            let best = pred
                .iter()
                .enumerate()
                .map(|(i, p)| (content_overlap(p, g).0, i))
                .filter(|(o, _)| *o > 0)
                .max();
            let cue = show(text, g.cue).to_lowercase();
            let cut = removed.iter().find(|r| overlap((r.0, r.1), g.content) > 0);
            let cat = match best {
                None if cut.is_some() => "miss-removed",
                Some((_, i)) if used_p[i] => "miss-pred-taken",
                Some((_, i)) if pred[i].content.1 - pred[i].content.0 > g.content.1 - g.content.0 => {
                    "miss-pred-longer"
                }
                Some(_) => "miss-pred-shorter",
                None if g.source.is_none() => "miss-no-source",
                None => "miss-none",
            };
            let p = best.map(|(_, i)| &pred[i]);
            self.add(
                cat,
                format!(
                    "{name}\tgold [{}|{}|{}]\tpred [{}|{}|{}]\tctx {}",
                    show(text, g.source),
                    cue,
                    show(text, Some(g.content)),
                    show(text, p.and_then(|p| p.source)),
                    show(text, p.and_then(|p| p.cue)),
                    show(text, p.map(|p| p.content)),
                    context(text, g.content)
                ),
            );
            if let (Some(r), None) = (cut, best) {
                *self.counts.entry(format!("miss-removed\t{}", r.2)).or_default() += 1;
            }
            if cat == "miss-none" {
                *self.counts.entry(format!("miss-cue\t{cue}")).or_default() += 1;
            }
        }
        for (i, p) in pred.iter().enumerate() {
            if used_p[i] {
                let cue = show(text, p.cue).to_lowercase();
                *self.counts.entry(format!("hit-cue\t{cue}")).or_default() += 1;
                // Matched predictions too, so a rule's precision on a class can be counted.
                self.add(
                    "hit",
                    format!(
                        "{name}\tpred [{}|{}|{}]\tctx {}",
                        show(text, p.source),
                        cue,
                        show(text, Some(p.content)),
                        context(text, p.content)
                    ),
                );
                continue;
            }
            // The gold content this prediction overlaps most, and whether another prediction took it.
            let best = gold
                .iter()
                .enumerate()
                .map(|(j, g)| (content_overlap(p, g).0, j))
                .filter(|(o, _)| *o > 0)
                .max();
            let hit = best.is_some();
            let cat = if hit { "false-overlapping" } else { "false-spurious" };
            let g = best.map(|(_, j)| &gold[j]);
            let shape = match g {
                Some(g) if p.content.1 - p.content.0 > g.content.1 - g.content.0 => "longer",
                Some(_) => "shorter",
                None => "-",
            };
            let taken = best.is_some_and(|(_, j)| used_g[j]);
            let cue = show(text, p.cue).to_lowercase();
            if !hit {
                *self.counts.entry(format!("false-cue\t{cue}")).or_default() += 1;
            }
            self.add(
                cat,
                format!(
                    "{name}\tpred [{}|{}|{}]\tgold{} {shape} [{}|{}|{}]\tctx {}",
                    show(text, p.source),
                    cue,
                    show(text, Some(p.content)),
                    if taken { "(taken)" } else { "" },
                    show(text, g.and_then(|g| g.source)),
                    show(text, g.and_then(|g| g.cue)),
                    show(text, g.map(|g| g.content)),
                    context(text, p.content)
                ),
            );
        }
    }

    /// Writes the lines and then the counts (most frequent first) to `path`.
    pub fn write(&self, path: &str) -> std::io::Result<()> {
        let mut f = std::io::BufWriter::new(std::fs::File::create(path)?);
        let mut counts: Vec<(&String, &usize)> = self.counts.iter().collect();
        counts.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        for (k, v) in counts {
            writeln!(f, "#count\t{v}\t{k}")?;
        }
        for l in &self.lines {
            writeln!(f, "{l}")?;
        }
        f.flush()
    }
}
