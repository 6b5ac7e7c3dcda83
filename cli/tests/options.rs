//! `--limit` reaches every document a command reads (projects, rule packs, acceptances, baseline
//! files, ArchiMate files), and `validate` renders in every report format.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo(p: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(p)
        .to_string_lossy()
        .into_owned()
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kientruc"))
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .expect("the binary runs")
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kientruc-options-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp dir");
    dir.join(name)
}

/// Runs `args` without and with `--limit limit`: the first must succeed (exit 0 or 1), the second
/// must fail with a limit error naming the limit.
fn assert_limited(args: &[&str], limit: &str) {
    let ok = run(args);
    let stderr = String::from_utf8_lossy(&ok.stderr);
    assert!(
        matches!(ok.status.code(), Some(0 | 1)),
        "{args:?}: {stderr}"
    );
    let mut limited = vec!["--limit", limit];
    limited.extend_from_slice(args);
    let o = run(&limited);
    let stderr = String::from_utf8_lossy(&o.stderr);
    let name = limit.split('=').next().unwrap_or_default();
    assert_eq!(o.status.code(), Some(2), "{limited:?}: {stderr}");
    assert!(
        stderr.contains("error[limit]") && stderr.contains(name),
        "{limited:?}: {stderr}"
    );
}

#[test]
fn limits_apply_to_every_document_a_command_reads() {
    let project = repo("examples/projects/hanh-minh-website.json");
    let pack = repo("examples/rulepacks/quang-ngai-projects.json");
    let accept = repo("examples/acceptances/hanh-minh-website-rented-hosting.json");
    // The longest string of the project is about 100 bytes; the rule pack has one of 320, the
    // acceptance one of 180 bytes: the limit stops them, not the project.
    assert_limited(
        &["check", &project, "--rulepack", &pack],
        "max_string_bytes=150",
    );
    assert_limited(
        &["check", &project, "--accept", &accept],
        "max_string_bytes=150",
    );
    let baseline = tmp("baseline.json");
    let o = run(&["baseline", "export", "quang-ngai-2.0"]);
    std::fs::write(&baseline, &o.stdout).expect("write");
    let baseline = baseline.to_string_lossy().into_owned();
    assert_limited(
        &["check", &project, "--baseline", &baseline],
        "max_elements=10",
    );
    assert_limited(&["baseline", "show", &baseline], "max_elements=10");
    assert_limited(&["export", "archimate", &baseline], "max_elements=10");
    assert_limited(&["diagram", &baseline], "max_elements=10");
    let model = repo("examples/models/valid-commune.json");
    assert_limited(
        &["validate", &model, "--rulepack", &pack],
        "max_string_bytes=150",
    );
    assert_limited(&["rules", "--rulepack", &pack], "max_string_bytes=150");
    let xml = tmp("baseline.xml");
    let o = run(&[
        "export",
        "archimate",
        "quang-ngai-2.0",
        "-o",
        &xml.to_string_lossy(),
    ]);
    assert_eq!(o.status.code(), Some(0));
    let xml = xml.to_string_lossy().into_owned();
    assert_limited(&["validate", &xml], "max_elements=10");
    assert_limited(&["import", "archimate", &xml], "max_relations=10");
}

#[test]
fn bad_limits_are_usage_errors() {
    let project = repo("examples/projects/hanh-minh-website.json");
    for bad in ["max_cats=3", "max_depth", "max_depth=ten"] {
        let o = run(&["--limit", bad, "check", &project]);
        assert_eq!(o.status.code(), Some(2), "{bad}");
    }
}

#[test]
fn validate_renders_every_report_format() {
    let model = repo("examples/models/invalid-commune.json");
    let out = |format: &str| {
        let o = run(&["validate", &model, "--format", format, "--lang", "en"]);
        assert_eq!(o.status.code(), Some(1), "{format}");
        String::from_utf8(o.stdout).expect("utf-8")
    };
    assert!(out("text").contains("VAL-004"));
    assert!(out("json").contains("\"kientruc\": \"report/1\""));
    assert!(out("sarif").contains("\"version\": \"2.1.0\""));
    assert!(out("md").starts_with("# ") && out("md").contains("VAL-004"));
    assert!(out("html").starts_with("<!DOCTYPE html>") && out("html").contains("VAL-004"));
    let o = run(&["validate", &model, "--format", "csv"]);
    assert_eq!(o.status.code(), Some(2), "no portfolio table for a model");
}
