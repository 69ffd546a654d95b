//! Benchmark of alignment at scale: two outlets of N claims each (generated, no data files),
//! aligned one-to-one with `align_claims`; prints time and peak memory per N.
//!
//! `cargo bench --bench align` runs N = 1k and 10k; `cargo bench --bench align -- 100000` (or any
//! list of N) runs those. Each N runs in a child process so its peak resident memory (VmHWM from
//! /proc/self/status) is its own. Outside `cargo bench` (no `--bench` flag, e.g. a test run of all
//! targets) only N = 1k runs, as a smoke test.
//!
//! The corpus: words drawn from a Zipf distribution (s = 1) over a 20,000-word vocabulary — the
//! scorer's common English words first, then generated pseudo-words — plus 2,000 generated
//! names as speakers and subjects; claims of 10-22 words, direct quotes or reported speech. Outlet
//! B paraphrases half of outlet A's claims (same speaker, ~75% of the words kept, some words
//! swapped, order changed) and adds as many unrelated claims, shuffled.

use std::time::Instant;

use claimdiff::align::{align_claims, claims_of, synthetic::document_from_sentences, AlignOptions};
use claimdiff::model::Document;

#[path = "support/corpus.rs"]
#[allow(dead_code)] // the shared generator also serves the other benches; only `Rng` is used here
mod corpus;

use corpus::Rng;

const VOCAB: usize = 20_000;
const NAMES: usize = 2_000;
const CLAIMS_PER_DOC: usize = 50;

/// A pseudo-word from syllables, distinct for distinct `i`.
fn pseudo_word(mut i: usize) -> String {
    const SYL: &[&str] = &[
        "ka", "lo", "mi", "ten", "ra", "sor", "vel", "dun", "pri", "ast", "gor", "ben", "lu", "tra", "ish",
        "mon", "der", "cal", "fin", "ope",
    ];
    let mut w = String::new();
    loop {
        w.push_str(SYL[i % SYL.len()]);
        i /= SYL.len();
        if i == 0 {
            break;
        }
    }
    w.push_str("ing");
    w
}

/// The vocabulary, most frequent first, and the Zipf cumulative distribution over it.
struct Lexicon {
    words: Vec<String>,
    cdf: Vec<f64>,
    names: Vec<String>,
}

impl Lexicon {
    fn new() -> Lexicon {
        let mut words: Vec<String> =
            claimdiff::score::lexicon::COMMON_WORDS.split_whitespace().map(str::to_string).collect();
        let mut i = 0;
        while words.len() < VOCAB {
            words.push(pseudo_word(i));
            i += 1;
        }
        let mut acc = 0.0;
        let cdf = (1..=words.len())
            .map(|r| {
                acc += 1.0 / r as f64;
                acc
            })
            .collect();
        let names = (0..NAMES)
            .map(|i| {
                let mut n = pseudo_word(i * 7 + 3);
                n[..1].make_ascii_uppercase();
                let mut s = pseudo_word(i * 13 + 5);
                s[..1].make_ascii_uppercase();
                format!("{n} {s}")
            })
            .collect();
        Lexicon { words, cdf, names }
    }

    fn word(&self, r: &mut Rng) -> &str {
        let total = self.cdf.last().copied().unwrap_or(1.0);
        let u = (r.next_u64() % 1_000_000_007) as f64 / 1_000_000_007.0 * total;
        let i = self.cdf.partition_point(|&c| c < u).min(self.words.len() - 1);
        &self.words[i]
    }
}

/// One claim: speaker and content words.
struct Gen {
    speaker: String,
    words: Vec<String>,
    quote: bool,
}

fn claim(lex: &Lexicon, r: &mut Rng) -> Gen {
    let n = 10 + r.below(13);
    let mut words: Vec<String> = (0..n).map(|_| lex.word(r).to_string()).collect();
    // A subject name in one claim of three.
    if r.below(3) == 0 {
        let at = r.below(words.len());
        words[at] = lex.names[r.below(NAMES)].clone();
    }
    Gen { speaker: lex.names[r.below(NAMES)].clone(), words, quote: r.below(2) == 0 }
}

fn paraphrase(lex: &Lexicon, r: &mut Rng, g: &Gen) -> Gen {
    let mut words: Vec<String> = g.words.iter().filter(|_| r.below(4) != 0).cloned().collect();
    for w in words.iter_mut() {
        if r.below(8) == 0 {
            *w = lex.word(r).to_string();
        }
    }
    if words.len() > 3 {
        let (x, y) = (r.below(words.len()), r.below(words.len()));
        words.swap(x, y);
    }
    Gen { speaker: g.speaker.clone(), words, quote: r.below(2) == 0 }
}

fn sentence(g: &Gen) -> String {
    let body = g.words.join(" ");
    if g.quote {
        format!("\"{body},\" {} said.", g.speaker)
    } else {
        format!("{} said that {body}.", g.speaker)
    }
}

fn outlet(name: &str, claims: &[Gen]) -> Vec<Document> {
    claims
        .chunks(CLAIMS_PER_DOC)
        .enumerate()
        .map(|(i, c)| {
            let s: Vec<String> = c.iter().map(sentence).collect();
            document_from_sentences(&format!("{name}/{i}.txt"), name, &s)
        })
        .collect()
}

/// Two outlets of `n` claims each; B paraphrases half of A.
fn corpus(n: usize) -> (Vec<Document>, Vec<Document>) {
    let lex = Lexicon::new();
    let mut r = Rng::new(42);
    let a: Vec<Gen> = (0..n).map(|_| claim(&lex, &mut r)).collect();
    let mut b: Vec<Gen> = Vec::with_capacity(n);
    for g in a.iter().take(n / 2) {
        b.push(paraphrase(&lex, &mut r, g));
    }
    while b.len() < n {
        b.push(claim(&lex, &mut r));
    }
    for i in (1..b.len()).rev() {
        b.swap(i, r.below(i + 1));
    }
    (outlet("A", &a), outlet("B", &b))
}

fn peak_kib() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// CPU time (user + system, all threads) this process has used so far, in seconds, from
/// /proc/self/stat: on a machine shared with other jobs, wall time says little about the code.
fn cpu_secs() -> f64 {
    let Ok(s) = std::fs::read_to_string("/proc/self/stat") else { return 0.0 };
    // Fields after the command name (which is in parentheses): utime and stime are the 12th and
    // 13th of them, in clock ticks (100 per second on Linux).
    let rest = s.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<f64> = rest.split_whitespace().map(|x| x.parse().unwrap_or(0.0)).collect();
    (f.get(11).copied().unwrap_or(0.0) + f.get(12).copied().unwrap_or(0.0)) / 100.0
}

/// Runs one size in this process and prints one table row.
fn run_one(n: usize) {
    let t0 = Instant::now();
    let (a, b) = corpus(n);
    let gen_s = t0.elapsed().as_secs_f64();
    let mem_before = peak_kib().unwrap_or(0);
    let (ca, cb) = (claims_of(&a), claims_of(&b));
    let (t, cpu0) = (Instant::now(), cpu_secs());
    // The document gate is off: the generated outlets put claims into documents at random, so
    // no two documents are about one story and the gate (calibrated on ECB+) would drop every
    // edge; with it off the bench times the whole candidate and scoring work, as before the gate.
    let opts = AlignOptions { min_doc_cosine: 0.0, ..AlignOptions::default() };
    let m = align_claims(&ca, &cb, &opts);
    let secs = t.elapsed().as_secs_f64();
    let cpu = cpu_secs() - cpu0;
    let peak = peak_kib().unwrap_or(0);
    println!(
        "| {n} | {} × {} | {:.2} s | {:.2} s | {:.0} k claims/s | {} | {:.0} MiB (corpus + extraction alone {:.0} MiB) | {:.1} s |",
        ca.len(),
        cb.len(),
        secs,
        cpu,
        (ca.len() + cb.len()) as f64 / secs / 1000.0,
        m.len(),
        peak as f64 / 1024.0,
        mem_before as f64 / 1024.0,
        gen_s,
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(i) = args.iter().position(|a| a == "--one") {
        let n = args.get(i + 1).and_then(|v| v.parse().ok()).unwrap_or(1000);
        run_one(n);
        return;
    }
    let sizes: Vec<usize> = args.iter().filter_map(|a| a.parse().ok()).collect();
    let sizes = if !sizes.is_empty() {
        sizes
    } else if args.iter().any(|a| a == "--bench") {
        vec![1_000, 10_000]
    } else {
        vec![1_000]
    };
    println!(
        "align: {} threads (rayon); time = align_claims only (index, candidates, scoring, assignment)",
        rayon::current_num_threads()
    );
    println!("| N | claims A × B | time | CPU time | throughput | aligned | peak RSS | corpus generation |");
    println!("|---|---|---|---|---|---|---|---|");
    let Ok(exe) = std::env::current_exe() else { return };
    for n in sizes {
        let status = std::process::Command::new(&exe).args(["--one", &n.to_string()]).status();
        if !status.is_ok_and(|s| s.success()) {
            eprintln!("align bench: N = {n} failed");
        }
    }
}
