//! Load, validate and portfolio benchmarks on generated data (`kientruc::generate`), with the
//! bare `serde_json::Value` parse of the same bytes measured alongside as the floor. The
//! comparison with other tools, at up to a million elements, is `bench/compare.sh`.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use kientruc::generate::{self, ModelSpec};
use kientruc::{Baseline, Framework, Model, Project};
use std::hint::black_box;

fn model_bytes(n: usize) -> Vec<u8> {
    let (doc, _) = generate::model(&ModelSpec {
        elements: n,
        seed: 1,
        defect_rate: 0.001,
    });
    let mut bytes = Vec::new();
    generate::write_model(&doc, &mut bytes).expect("in memory");
    bytes
}

fn models(c: &mut Criterion) {
    let fw = Framework::builtin("vn-egov-2.0").expect("framework");
    let mut g = c.benchmark_group("model");
    g.sample_size(10);
    for n in [10_000, 100_000] {
        let bytes = model_bytes(n);
        g.throughput(Throughput::Bytes(bytes.len() as u64));
        g.bench_with_input(
            BenchmarkId::new("value_parse_floor", n),
            &bytes,
            |b, bytes| {
                b.iter(|| {
                    serde_json::from_slice::<serde_json::Value>(black_box(bytes)).expect("JSON")
                })
            },
        );
        g.bench_with_input(BenchmarkId::new("load", n), &bytes, |b, bytes| {
            b.iter(|| Model::from_json(black_box(bytes), "m").expect("model"))
        });
        let m = Model::from_json(&bytes, "m").expect("model");
        g.bench_with_input(BenchmarkId::new("validate", n), &m, |b, m| {
            b.iter(|| kientruc::validate(black_box(m), &fw, &Default::default()))
        });
    }
    g.finish();
}

fn portfolio(c: &mut Criterion) {
    let b = Baseline::default_builtin().expect("baseline");
    let texts: Vec<String> = generate::projects(1_000, 1)
        .iter()
        .map(|p| serde_json::to_string(p).expect("JSON"))
        .collect();
    let mut g = c.benchmark_group("portfolio");
    g.sample_size(10);
    g.throughput(Throughput::Elements(texts.len() as u64));
    g.bench_function("parse_and_check_1000_on_all_cores", |bench| {
        bench.iter(|| {
            use rayon::prelude::*;
            texts
                .par_iter()
                .map(|t| {
                    let p = Project::from_json(t.as_bytes(), "p").expect("project");
                    kientruc::check(&p, &b, &Default::default()).level
                })
                .collect::<Vec<_>>()
        })
    });
    g.finish();
}

criterion_group!(benches, models, portfolio);
criterion_main!(benches);
