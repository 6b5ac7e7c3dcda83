//! `check_one_project`: a typical proposal against the embedded default baseline. Parsing the
//! project and loading the baseline are measured apart from the check itself.

use criterion::{Criterion, criterion_group, criterion_main};
use kientruc::{Baseline, CheckOptions, Project, check};
use std::hint::black_box;

fn project_bytes() -> Vec<u8> {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples/projects/one-stop-upgrade.json");
    std::fs::read(p).expect("example project")
}

fn bench(c: &mut Criterion) {
    let bytes = project_bytes();
    let baseline = Baseline::default_builtin().expect("baseline");
    let project = Project::from_json(&bytes, "p").expect("project");
    c.bench_function("check_one_project", |b| {
        b.iter(|| {
            check(
                black_box(&project),
                black_box(&baseline),
                &CheckOptions::default(),
            )
        })
    });
    c.bench_function("parse_one_project", |b| {
        b.iter(|| Project::from_json(black_box(&bytes), "p"))
    });
    let text = Baseline::builtin_json("quang-ngai-2.0").expect("embedded");
    c.bench_function("load_default_baseline", |b| {
        b.iter(|| Baseline::from_json(black_box(text.as_bytes()), "b"))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
