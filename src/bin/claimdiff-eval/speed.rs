//! Task `speed`: throughput of the read path with claim extraction (ingest → clean → segment →
//! extract, what `claimdiff claims` does before printing) on real news text, one thread: the
//! PolNeAR article texts (`<data>/attribution/polnear/{train,dev}/text/*.txt`) and the FNC-1
//! article bodies (`<data>/stance/fnc1/train_bodies.csv`). Texts are read into memory first, so
//! only the processing is timed.
//!
//! Each corpus is processed twice: the first pass includes the one-time costs a short CLI run
//! pays (compiling the regexes, filling their lazy-DFA caches), the second is the steady state
//! of a long run. Time is the thread's CPU time (`/proc/thread-self/schedstat`, so other jobs on
//! a shared machine do not count) or wall clock where that is missing. MiB/s = 2^20 bytes of
//! input text per second. Not a test: figures depend on the machine.

use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use claimdiff::extract::{extract_corpus, ExtractOptions};
use claimdiff::model::Document;
use claimdiff::ReadOptions;

use crate::Row;

/// CPU time of this thread so far, if the kernel reports it.
fn thread_cpu() -> Option<Duration> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = s.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}

/// Seconds taken by `f`: thread CPU time when available, else wall clock.
fn timed<T>(f: impl FnOnce() -> T) -> (T, f64) {
    let (cpu, wall) = (thread_cpu(), Instant::now());
    let out = f();
    let secs = match (cpu, thread_cpu()) {
        (Some(a), Some(b)) => b.saturating_sub(a).as_secs_f64(),
        _ => wall.elapsed().as_secs_f64(),
    };
    (out, secs)
}

/// The `.txt` files of a directory, sorted, as (name, text).
fn texts_in(dir: &Path) -> Result<Vec<(String, String)>> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .with_context(|| format!("{}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).with_context(|| format!("{}", p.display()))?;
            Ok((p.file_name().unwrap_or_default().to_string_lossy().into_owned(), text))
        })
        .collect()
}

/// The `articleBody` column of FNC-1's `train_bodies.csv` (RFC 4180 quoting: `""` is a quote).
fn csv_bodies(csv: &str) -> Vec<(String, String)> {
    let mut rows = Vec::new();
    let mut fields: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = csv.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => fields.push(std::mem::take(&mut field)),
            '\n' if !quoted => {
                fields.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut fields));
            }
            '\r' if !quoted => {}
            _ => field.push(c),
        }
    }
    if !field.is_empty() || !fields.is_empty() {
        fields.push(field);
        rows.push(fields);
    }
    rows.into_iter()
        .skip(1)
        .filter_map(|mut r| (r.len() == 2).then(|| (format!("{}.txt", r[0]), r.swap_remove(1))))
        .collect()
}

/// Ingest, clean and segment every text (the bench's `read_all`).
fn read_all(texts: &[(String, String)]) -> Vec<Document> {
    let opts = ReadOptions::default();
    texts.iter().flat_map(|(name, text)| claimdiff::read_str(name, text, &opts).unwrap_or_default()).collect()
}

fn mib_s(bytes: usize, secs: f64) -> String {
    format!("{:.2}", bytes as f64 / (1 << 20) as f64 / secs.max(1e-9))
}

/// Rows for one corpus: read+extract twice (cold, warm), then the read path alone.
fn measure(name: &str, texts: &[(String, String)]) -> Vec<Row> {
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();
    let opts = ExtractOptions::default();
    let pass = || {
        timed(|| {
            let mut docs = read_all(texts);
            extract_corpus(&mut docs, &opts);
            docs.iter().map(|d| d.claims.as_ref().map_or(0, Vec::len)).sum::<usize>()
        })
    };
    let (claims, cold) = pass();
    let (_, warm) = pass();
    let (_, read) = timed(|| read_all(texts).len());
    let split = format!("{name} ({} texts, {:.2} MiB)", texts.len(), bytes as f64 / (1 << 20) as f64);
    let row = |metric: &str, ours: String| Row {
        task: "speed".into(),
        split: split.clone(),
        metric: metric.into(),
        ours,
        reference: "≥ 10 MB/s per core (issue 3)".into(),
    };
    vec![
        row(
            "read + extract MiB/s, 1 thread: first pass / second pass (claims)",
            format!("{} / {} ({claims})", mib_s(bytes, cold), mib_s(bytes, warm)),
        ),
        row("ingest + clean + segment MiB/s, 1 thread", mib_s(bytes, read)),
    ]
}

pub fn run(data: &Path) -> Result<Vec<Row>> {
    let polnear = data.join("attribution/polnear");
    let mut texts = texts_in(&polnear.join("train/text"))?;
    texts.extend(texts_in(&polnear.join("dev/text"))?);
    let csv = data.join("stance/fnc1/train_bodies.csv");
    let bodies = csv_bodies(&std::fs::read_to_string(&csv).with_context(|| format!("{}", csv.display()))?);
    let mut rows = measure("polnear train+dev", &texts);
    rows.extend(measure("fnc-1 bodies", &bodies));
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_and_newlines() {
        let csv = "Body ID,articleBody\n0,\"A \"\"quoted\"\" word,\nnext line\"\r\n7,plain\n";
        let rows = csv_bodies(csv);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0], ("0.txt".into(), "A \"quoted\" word,\nnext line".into()));
        assert_eq!(rows[1], ("7.txt".into(), "plain".into()));
    }
}
