//! Benchmark of `claimdiff report`'s library path (read → extract → report) on a generated
//! corpus of 10,000 short articles from 20 outlets (issue 5 item 7: target < 60 s on 2 cores).
//!
//! The corpus is built in memory by a deterministic generator (xorshift64, fixed seed), so every
//! run measures the same text: news vocabulary, direct and indirect quotes with named speakers,
//! publication dates over four months. Run with `cargo bench --bench report`; for one quick
//! timing add `-- --warm-up-time 1 --measurement-time 1` (criterion still takes 10 samples).

use std::fmt::Write;

use criterion::{criterion_group, criterion_main, Criterion};

const ARTICLES: usize = 10_000;
const OUTLETS: [&str; 20] = [
    "Daily Courier",
    "Evening Herald",
    "Morning Post",
    "The Ledger",
    "Capital Times",
    "Northern Star",
    "Harbor Gazette",
    "Valley Tribune",
    "Metro Observer",
    "Coastal Record",
    "Western Sentinel",
    "Eastern Chronicle",
    "Union Dispatch",
    "River Journal",
    "Plains Bulletin",
    "Summit Review",
    "Lakeside News",
    "Central Examiner",
    "Frontier Press",
    "Bay Monitor",
];
const SPEAKERS: [&str; 12] = [
    "Mayor Maria Lopez",
    "Governor Alan Reed",
    "Minister Yuki Tanaka",
    "President Omar Haddad",
    "Senator Clara Holt",
    "Chairman Kim Sun",
    "Prime Minister Ivan Petrov",
    "Judge Ruth Adler",
    "General Paul Mensah",
    "Commissioner Lena Berg",
    "Ambassador Raj Patel",
    "Chief Anna Nowak",
];
const CUES: [&str; 8] =
    ["said", "told reporters", "warned", "insisted", "stated", "claimed", "added", "argued"];
const SUBJECTS: [&str; 10] = [
    "the union",
    "the government",
    "the council",
    "talks",
    "the ceasefire",
    "the budget",
    "the sanctions",
    "the strike",
    "the summit",
    "the trade deal",
];
const VERBS: [&str; 10] = [
    "will resume",
    "must end",
    "could collapse",
    "may be delayed",
    "has failed",
    "would benefit",
    "is not negotiable",
    "should be reviewed",
    "has been postponed",
    "will be signed",
];
const TAILS: [&str; 10] = [
    "by the end of the month",
    "without preconditions",
    "unless the other side backs down",
    "after weeks of tension",
    "despite strong opposition",
    "within 30 days",
    "next week",
    "as soon as possible",
    "if the vote passes",
    "in the coming months",
];
const FILLER: [&str; 8] = [
    "Officials met on Monday to discuss the latest proposal.",
    "Protesters gathered outside the city hall for a third day.",
    "The talks were held behind closed doors.",
    "Analysts said the outcome remained uncertain.",
    "About 1,200 workers have been affected since March.",
    "The ministry did not respond to a request for comment.",
    "Markets fell 2.5 percent after the announcement.",
    "A spokesperson declined to give further details.",
];

/// A tiny deterministic PRNG: the same seed gives the same corpus on every machine.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

/// One article: (file name, text with front matter); dates spread over Jan–Apr 2021.
fn article(rng: &mut XorShift, i: usize) -> (String, String) {
    let outlet = OUTLETS[i % OUTLETS.len()];
    let day = rng.next() % 120;
    let date = chrono::NaiveDate::from_ymd_opt(2021, 1, 1).expect("date") + chrono::Days::new(day);
    let mut text = format!("---\noutlet: {outlet}\npublished: {date}\n---\n");
    let _ = writeln!(text, "# {} {} {}\n", rng.pick(&SUBJECTS), rng.pick(&VERBS), rng.pick(&TAILS));
    for _ in 0..(3 + rng.next() % 4) {
        let speaker = rng.pick(&SPEAKERS);
        let (cue, subj, verb, tail) =
            (rng.pick(&CUES), rng.pick(&SUBJECTS), rng.pick(&VERBS), rng.pick(&TAILS));
        let para = match rng.next() % 3 {
            0 => format!("\"We believe {subj} {verb} {tail},\" {speaker} {cue}."),
            1 => format!("{speaker} {cue} that {subj} {verb} {tail}."),
            _ => format!("{speaker} {cue} on Tuesday: \"{subj} {verb}.\""),
        };
        let _ = writeln!(text, "{para} {}\n", rng.pick(&FILLER));
    }
    (format!("{}-{date}-{i:05}.md", outlet.to_lowercase().replace(' ', "-")), text)
}

/// The whole corpus, generated once outside the timed loop.
fn corpus() -> Vec<(String, String)> {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    (0..ARTICLES).map(|i| article(&mut rng, i)).collect()
}

/// CPU time (user + system, all threads) of this process so far, in seconds (/proc/self/stat;
/// 100 clock ticks per second): on a machine shared with other jobs wall time says little.
fn cpu_secs() -> f64 {
    let Ok(s) = std::fs::read_to_string("/proc/self/stat") else { return 0.0 };
    let rest = s.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<f64> = rest.split_whitespace().map(|x| x.parse().unwrap_or(0.0)).collect();
    (f.get(11).copied().unwrap_or(0.0) + f.get(12).copied().unwrap_or(0.0)) / 100.0
}

/// What `claimdiff report` does after reading the files: build documents, extract, report.
fn run_report(corpus: &[(String, String)]) -> claimdiff::report::Report {
    let opts = claimdiff::ReadOptions::default();
    let mut docs = Vec::with_capacity(corpus.len());
    for (path, text) in corpus {
        docs.extend(claimdiff::read_str(path, text, &opts).expect("generated article reads"));
    }
    claimdiff::extract::extract_corpus(&mut docs, &Default::default());
    claimdiff::report::report(&docs, &Default::default())
}

fn report_10k(c: &mut Criterion) {
    let corpus = corpus();
    // One timed run first, so the figure the README quotes is printed even when the criterion
    // samples (10 more runs) are cut short; also writes the corpus out for a CLI timing when
    // CLAIMDIFF_BENCH_WRITE=DIR is set (`claimdiff report DIR`).
    if let Some(dir) = std::env::var_os("CLAIMDIFF_BENCH_WRITE") {
        let dir = std::path::PathBuf::from(dir);
        std::fs::create_dir_all(&dir).expect("create corpus dir");
        for (name, text) in &corpus {
            std::fs::write(dir.join(name), text).expect("write article");
        }
    }
    let (t0, cpu0) = (std::time::Instant::now(), cpu_secs());
    let r = run_report(&corpus);
    eprintln!(
        "report: {ARTICLES} articles, {} outlets, {} pairs, {} conflicts: {:.2} s, {:.2} s CPU (one run, {} threads)",
        r.outlets.len(),
        r.matrix.len(),
        r.conflicts.len(),
        t0.elapsed().as_secs_f64(),
        cpu_secs() - cpu0,
        rayon::current_num_threads()
    );
    assert_eq!(r.articles, ARTICLES);
    assert_eq!(r.outlets.len(), OUTLETS.len(), "front matter must give 20 outlets");
    if std::env::var_os("CLAIMDIFF_BENCH_ONCE").is_some() {
        // The one timed run is enough (the criterion samples take ten more).
        return;
    }
    let mut group = c.benchmark_group("report");
    group.sample_size(10);
    group.bench_function("10k_articles_20_outlets", |b| b.iter(|| run_report(&corpus)));
    group.finish();
}

criterion_group!(benches, report_10k);
criterion_main!(benches);
