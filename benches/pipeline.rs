//! Benchmarks of the read path over a generated corpus (no network, no eval data): ingest + clean
//! + segment, the sentence splitter alone, and the read path with claim extraction.
//!
//! Single-threaded, so figures are per core. By default criterion times wall clock; with
//! `CLAIMDIFF_BENCH_CPU=1` it times the thread's CPU time instead ([`cpu::ThreadCpu`]), which
//! keeps the per-core figure meaningful when other jobs load the machine.

use criterion::measurement::Measurement;
use criterion::{Criterion, Throughput};

#[path = "support/cpu.rs"]
mod cpu;

#[path = "support/corpus.rs"]
mod corpus;

fn total_bytes(docs: &[String]) -> u64 {
    docs.iter().map(|d| d.len() as u64).sum()
}

fn read_all(docs: &[String]) -> Vec<claimdiff::model::Document> {
    let opts = claimdiff::ReadOptions::default();
    docs.iter()
        .enumerate()
        .flat_map(|(i, d)| claimdiff::read_str(&format!("a{i}.txt"), d, &opts).unwrap_or_default())
        .collect()
}

fn read_path<M: Measurement + 'static>(c: &mut Criterion<M>) {
    let docs = corpus::generate(7, 64, 8_000);
    let bytes = total_bytes(&docs);

    let mut g = c.benchmark_group("ingest_clean_segment");
    g.throughput(Throughput::Bytes(bytes));
    g.sample_size(20);
    g.bench_function("txt", |b| b.iter(|| read_all(&docs)));
    g.finish();

    let mut g = c.benchmark_group("segment");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("split_text", |b| {
        b.iter(|| docs.iter().map(|d| claimdiff::segment::split_text(d).len()).sum::<usize>())
    });
    g.finish();

    let mut g = c.benchmark_group("claims");
    g.throughput(Throughput::Bytes(bytes));
    g.sample_size(20);
    g.bench_function("read_and_extract", |b| {
        b.iter(|| {
            let mut read = read_all(&docs);
            claimdiff::extract::extract_corpus(&mut read, &claimdiff::extract::ExtractOptions::default());
            read.len()
        })
    });
    g.finish();
}

fn main() {
    if std::env::var_os("CLAIMDIFF_BENCH_CPU").is_some_and(|v| v != "0") {
        let mut c = Criterion::default().with_measurement(cpu::ThreadCpu).configure_from_args();
        read_path(&mut c);
        c.final_summary();
    } else {
        let mut c = Criterion::default().configure_from_args();
        read_path(&mut c);
        c.final_summary();
    }
}
