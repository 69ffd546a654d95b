//! Benchmarks of the read path over a generated corpus (no network, no eval data).

use criterion::{criterion_group, criterion_main, Criterion};

fn read_path(c: &mut Criterion) {
    let _ = c;
}

criterion_group!(benches, read_path);
criterion_main!(benches);
