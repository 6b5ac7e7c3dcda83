//! `kientruc check` and `kientruc init` end to end.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kientruc"))
        .args(args)
        .env_remove("NO_COLOR")
        .output()
        .expect("the binary runs")
}

fn example(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples/projects")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kientruc-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    dir.join(name)
}

#[test]
fn exit_codes_follow_the_level() {
    assert_eq!(
        run(&["check", &example("hanh-minh-website.json")])
            .status
            .code(),
        Some(0)
    );
    assert_eq!(
        run(&["check", &example("lgsp-extension.json")])
            .status
            .code(),
        Some(0)
    );
    let o = run(&["check", &example("point-to-point-land.json")]);
    assert_eq!(o.status.code(), Some(1));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("Mức tuân thủ: Không tuân thủ\n"), "{text}");
    assert!(
        text.contains("provincial:lgsp"),
        "suggests the LGSP: {text}"
    );
    assert!(!text.contains('\x1b'), "no colour when not on a terminal");
}

#[test]
fn several_projects_give_one_report_each() {
    let (a, b) = (
        example("hanh-minh-website.json"),
        example("district-one-stop.json"),
    );
    let o = run(&["check", &a, &b, "--format", "json"]);
    assert_eq!(o.status.code(), Some(1), "one of them is non-conformant");
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["kientruc"], "portfolio/1");
    let levels: Vec<&str> = v["reports"]
        .as_array()
        .expect("array")
        .iter()
        .map(|r| r["level"].as_str().expect("level"))
        .collect();
    assert_eq!(levels, vec!["compliant", "non-conformant"]);
    let summary: Vec<&str> = v["summary"]
        .as_array()
        .expect("summary")
        .iter()
        .map(|r| r["level"].as_str().expect("level"))
        .collect();
    assert_eq!(summary, levels);
    let o = run(&["check", &a, &b, "--format", "sarif", "--lang", "en"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("sarif");
    assert_eq!(v["version"], "2.1.0");
    assert_eq!(v["runs"].as_array().map(Vec::len), Some(2));
    let html = run(&["check", &a, &b, "--format", "html"]);
    let html = String::from_utf8_lossy(&html.stdout);
    assert_eq!(html.matches("<section class=\"report\"").count(), 2);
    assert_eq!(html.matches("<!DOCTYPE html>").count(), 1);
    let md = run(&["check", &a, "--format", "md", "--lang", "en"]);
    let md = String::from_utf8_lossy(&md.stdout);
    assert!(md.starts_with("# Architecture conformance report"), "{md}");
}

#[test]
fn baseline_and_as_of_options() {
    let p = example("hanh-minh-website.json");
    let o = run(&["check", &p, "--as-of", "2026-09-01", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["as_of"], "2026-09-01");
    assert_eq!(
        v["regime"],
        "nd224-2026/luat116-2025+nd331-2026/luat91-2025+nd356-2025/nd194-2025+nd278-2025"
    );
    let o = run(&["check", &p, "--baseline", "ha-noi-9.9"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).starts_with("kientruc: error[unknown-baseline]"));
    // A baseline from a file: the exported default.
    let file = tmp("baseline.json");
    assert_eq!(
        run(&[
            "baseline",
            "export",
            "quang-ngai-2.0",
            "-o",
            file.to_str().expect("utf8")
        ])
        .status
        .code(),
        Some(0)
    );
    let o = run(&[
        "check",
        &p,
        "--baseline",
        file.to_str().expect("utf8"),
        "--format",
        "json",
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["level"], "compliant");
}

#[test]
fn a_bad_project_is_reported_with_exit_2() {
    let bad = tmp("bad.json");
    std::fs::write(&bad, "{\"kientruc\": \"project/1\", \"id\": 7}").expect("write");
    let o = run(&["check", bad.to_str().expect("utf8")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        o.stdout.is_empty(),
        "no report for a single unreadable input"
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.starts_with("kientruc: error[schema]: ") && err.contains("$.id"),
        "{err}"
    );
    let model = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/models/valid-commune.json");
    let o = run(&["check", model.to_str().expect("utf8")]);
    assert!(
        String::from_utf8_lossy(&o.stderr)
            .contains("đây là tài liệu loại \"model/1\"; lệnh này cần \"kientruc\": \"project/1\"")
    );
    let o = run(&["check", "--lang", "en", model.to_str().expect("utf8")]);
    assert!(
        String::from_utf8_lossy(&o.stderr)
            .contains("this is a \"model/1\" document; expected \"kientruc\": \"project/1\"")
    );
}

#[test]
fn init_writes_a_template_that_checks() {
    let out = tmp("template.json");
    let _ = std::fs::remove_file(&out);
    let o = run(&["init", out.to_str().expect("utf8")]);
    assert_eq!(o.status.code(), Some(0));
    let text = std::fs::read_to_string(&out).expect("written");
    assert!(text.contains("\"$comment\""));
    // No fixed appraisal date that would back-date a copy; the comment says what happens instead.
    let t: serde_json::Value = serde_json::from_str(&text).expect("template is JSON");
    assert!(t.get("appraisal_date").is_none(), "no fixed appraisal_date");
    let comment = t["$comment"].as_str().expect("comment");
    assert!(
        comment.contains("appraisal_date")
            && comment.contains("phase.start")
            && comment.contains("--as-of")
    );
    let o = run(&["init", out.to_str().expect("utf8")]);
    assert_eq!(o.status.code(), Some(2), "refuses to overwrite");
    assert_eq!(
        run(&["init", out.to_str().expect("utf8"), "--force"])
            .status
            .code(),
        Some(0)
    );
    let o = run(&["check", out.to_str().expect("utf8"), "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["as_of"], "2024-01-01", "1 January of phase.start");
    assert!(
        v["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .all(|f| f["rule"] != "VAL-001"),
        "comments are not unknown fields"
    );
    let schema = run(&["schema", "project"]);
    let s: serde_json::Value = serde_json::from_slice(&schema.stdout).expect("schema");
    assert!(s["properties"]["components"].is_object());
}

/// The README's example output is the real output of its main command.
#[test]
fn the_readme_excerpt_is_real_output() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md"))
            .expect("README");
    let start = readme
        .find("<!-- check-output:begin -->")
        .expect("begin marker");
    let end = readme
        .find("<!-- check-output:end -->")
        .expect("end marker");
    let block = &readme[start..end];
    let body = block
        .split("```text\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("a text code block between the markers");
    let o = run(&["check", &example("hanh-minh-website.json")]);
    assert_eq!(
        body,
        String::from_utf8_lossy(&o.stdout),
        "update the README excerpt"
    );
    assert!(readme.contains(
        "cargo run --release -p kientruc-cli -- check examples/projects/hanh-minh-website.json"
    ));
}

#[test]
fn archimate_export_import_and_validate() {
    let xml = tmp("qn.xml");
    let json = tmp("qn.json");
    let o = run(&[
        "export",
        "archimate",
        "quang-ngai-2.0",
        "-o",
        xml.to_str().expect("utf8"),
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let o = run(&[
        "import",
        "archimate",
        xml.to_str().expect("utf8"),
        "-o",
        json.to_str().expect("utf8"),
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(String::from_utf8_lossy(&o.stderr).contains("imported 67 elements"));
    let back: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&json).expect("json")).expect("json");
    let original: serde_json::Value = serde_json::from_str(&String::from_utf8_lossy(
        &run(&["baseline", "export", "quang-ngai-2.0"]).stdout,
    ))
    .expect("json");
    assert_eq!(
        back["elements"].as_array().map(Vec::len),
        original["elements"].as_array().map(Vec::len)
    );
    assert_eq!(
        run(&["validate", xml.to_str().expect("utf8")])
            .status
            .code(),
        Some(0)
    );
    let bad = tmp("bad.xml");
    std::fs::write(&bad, "<?xml version=\"1.0\"?>\n<model xmlns=\"http://www.opengroup.org/xsd/archimate\" identifier=\"m\"/>").expect("write");
    let o = run(&["validate", bad.to_str().expect("utf8")]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.starts_with("kientruc: error[parse]: ") && err.contains(":2: ") && err.contains("2.x"),
        "{err}"
    );
}

#[test]
fn a_bad_file_in_a_batch_hides_no_report() {
    let (a, b) = (
        example("hanh-minh-website.json"),
        example("district-one-stop.json"),
    );
    let bad = tmp("bad-in-batch.json");
    std::fs::write(&bad, "{\"kientruc\": \"project/1\", \"id\": ").expect("write");
    let bad = bad.to_str().expect("utf8").to_string();
    let o = run(&["check", &a, &bad, &b]);
    assert_eq!(
        o.status.code(),
        Some(2),
        "an unreadable input makes the run exit 2"
    );
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(
        out.matches("Kiểm tra sự tuân thủ Kiến trúc:").count(),
        2,
        "{out}"
    );
    assert!(out.starts_with("TỔNG HỢP KẾT QUẢ KIỂM TRA"), "{out}");
    assert!(out.contains("Không đọc được hồ sơ (parse)"), "{out}");
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(err.matches("kientruc: error[parse]").count(), 1, "{err}");
    // CSV: the summary table alone, one line per input after the header.
    let o = run(&["check", &a, &bad, &b, "--format", "csv", "--lang", "en"]);
    let csv = String::from_utf8_lossy(&o.stdout);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 4, "{csv}");
    assert!(
        lines[0].starts_with("Project id,Project name,Owner"),
        "{csv}"
    );
    assert!(
        lines[2].contains("Non-conformant") || lines[1].contains("Compliant"),
        "{csv}"
    );
}

#[test]
fn exit_codes_say_whether_the_project_can_be_funded_as_is() {
    for (file, code) in [
        ("hanh-minh-website.json", 0),
        ("lgsp-extension.json", 0),
        ("remote-signing-mobile.json", 0),
        ("ipv6-transition.json", 0),
        ("district-one-stop.json", 1),
        ("commune-library-software.json", 1),
        ("hanh-minh-website-bad-waiver.json", 2),
    ] {
        let o = run(&["check", &example(file)]);
        assert_eq!(o.status.code(), Some(code), "{file}");
    }
}

#[test]
fn a_province_rule_pack_applies_to_proposals() {
    let p = example("one-stop-upgrade.json");
    let pack = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples/rulepacks/quang-ngai-projects.json");
    let o = run(&["check", &p, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["level"], "fully-conformant");
    let o = run(&[
        "check",
        &p,
        "--rulepack",
        pack.to_str().expect("utf8"),
        "--format",
        "json",
    ]);
    assert_eq!(o.status.code(), Some(0), "a warning leaves it fundable");
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["level"], "compliant");
    assert!(
        v["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .any(|f| f["rule"] == "qng-projects/new-citizen-systems-report")
    );
}

/// Every example reaches its hand-written level through the CLI: `--baseline` the file's baseline,
/// or the entry's own; an entry's `"baseline": null` runs with no `--baseline`, so the library
/// chooses the baseline in force on the check date.
#[test]
fn every_example_reaches_its_level_through_the_cli() {
    let v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(example("expected.json")).expect("read"))
            .expect("expected.json");
    let top = v["baseline"].as_str().expect("top-level baseline");
    let rules = |r: &serde_json::Value, outcome: &str| -> std::collections::BTreeSet<String> {
        r["outcomes"]
            .as_array()
            .expect("outcomes")
            .iter()
            .filter(|o| o["outcome"] == outcome)
            .map(|o| o["rule"].as_str().expect("rule").to_string())
            .collect()
    };
    let listed = |e: &serde_json::Value, k: &str| -> std::collections::BTreeSet<String> {
        e[k].as_array()
            .expect("list")
            .iter()
            .map(|s| s.as_str().expect("rule").to_string())
            .collect()
    };
    let no_variants = Vec::new();
    for e in v["projects"].as_array().expect("projects") {
        let file = e["file"].as_str().expect("file");
        let path = example(file);
        let mut base = vec!["check".to_string(), path, "--format".into(), "json".into()];
        match e.get("baseline") {
            Some(serde_json::Value::Null) => {}
            Some(n) => base.extend(["--baseline".into(), n.as_str().expect("name").into()]),
            None => base.extend(["--baseline".into(), top.into()]),
        }
        // The entry itself, then each variant with its `--rulepack` and `--accept` files.
        let variants = e["variants"].as_array().unwrap_or(&no_variants);
        for (x, args) in std::iter::once((e, base.clone())).chain(variants.iter().map(|x| {
            let mut args = base.clone();
            for (key, flag) in [("rulepacks", "--rulepack"), ("accept", "--accept")] {
                for f in x[key].as_array().unwrap_or(&no_variants) {
                    args.extend([flag.into(), example(f.as_str().expect("path"))]);
                }
            }
            (x, args)
        })) {
            let what = format!("{file} {}", x["name"].as_str().unwrap_or(""));
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let o = run(&args);
            let r: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap_or_else(|err| {
                panic!("{what}: {err}: {}", String::from_utf8_lossy(&o.stderr))
            });
            assert_eq!(r["level"], x["level"], "{what}");
            assert_eq!(rules(&r, "fail"), listed(x, "fail"), "{what} fail");
            assert_eq!(rules(&r, "review"), listed(x, "review"), "{what} review");
            assert_eq!(
                r["counts"]["accepted"],
                x["accepted"].as_u64().unwrap_or(0),
                "{what}"
            );
            if e.get("baseline") == Some(&serde_json::Value::Null) {
                assert!(
                    r["baseline_choice"].is_object(),
                    "{what}: the report says why"
                );
            }
        }
    }
}
