//! The bad-input corpus (tests/bad-inputs/, expectations in expected.tsv) through the Rust API.
//! The CLI, Python, Node, C and C# faces run the same list; each must give the same code.

use kientruc::{Baseline, Framework, Model, Project, Report};
use std::path::PathBuf;

fn corpus() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/bad-inputs")
}

/// (file, kind, expectation) rows of expected.tsv.
fn cases() -> Vec<(String, String, String)> {
    let text = std::fs::read_to_string(corpus().join("expected.tsv")).expect("expected.tsv");
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 3, "three tab-separated columns: {l}");
            (f[0].to_string(), f[1].to_string(), f[2].to_string())
        })
        .collect()
}

fn load(kind: &str, bytes: &[u8], name: &str, b: &Baseline) -> Result<Report, kientruc::Error> {
    match kind {
        "model" => {
            let m = Model::from_json(bytes, name)?;
            let fw = Framework::builtin(&m.doc().framework)?;
            Ok(kientruc::validate(&m, &fw, &Default::default()))
        }
        "project" => {
            let p = Project::from_json(bytes, name)?;
            Ok(kientruc::check(&p, b, &Default::default()))
        }
        other => panic!("unknown kind {other}"),
    }
}

#[test]
fn every_bad_input_gives_its_expected_code_or_finding() {
    let b = Baseline::default_builtin().expect("baseline");
    let cases = cases();
    assert!(cases.len() >= 40, "the corpus has {} cases", cases.len());
    let mut failures = Vec::new();
    for (file, kind, expect) in &cases {
        let bytes = std::fs::read(corpus().join(file)).expect(file);
        let got = match load(kind, &bytes, file, &b) {
            Err(e) => format!("error:{}", e.code()),
            Ok(r) => match expect.strip_prefix("finding:") {
                Some(rule) if r.findings.iter().any(|f| f.rule == rule) => expect.clone(),
                Some(_) => format!(
                    "findings {:?}",
                    r.findings.iter().map(|f| &f.rule).collect::<Vec<_>>()
                ),
                None => "ok".to_string(),
            },
        };
        if &got != expect {
            failures.push(format!("{file}: expected {expect}, got {got}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn limit_errors_name_the_limit() {
    let bytes = std::fs::read(corpus().join("deep-nesting-100k.json")).expect("file");
    let e = Model::from_json(&bytes, "deep.json").expect_err("too deep");
    assert!(e.to_string().contains("max_depth"), "{e}");
    let bytes = std::fs::read(corpus().join("huge-string.json")).expect("file");
    let e = Model::from_json(&bytes, "huge.json").expect_err("too long");
    assert!(e.to_string().contains("max_string_bytes"), "{e}");
    // A raised limit lets the same input through.
    let mut limits = kientruc::Limits::default();
    assert!(limits.set("max_string_bytes", 20 << 20));
    assert!(!limits.set("max_nonsense", 1));
    assert!(Model::from_json_with(&bytes, "huge.json", &limits).is_ok());
    let mut small = kientruc::Limits::default();
    small.set("max_elements", 1);
    let two = br#"{"kientruc":"model/1","id":"m","framework":"vn-egov-2.0","elements":[{"id":"a","kind":"agency"},{"id":"b","kind":"agency"}]}"#;
    let e = Model::from_json_with(two, "two.json", &small).expect_err("two elements");
    assert_eq!(e.code(), "limit");
    assert!(
        e.to_string().contains("max_elements") && e.to_string().contains("found 2"),
        "{e}"
    );
}
