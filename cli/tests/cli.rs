//! The `kientruc` binary end to end: exit codes, the one-line error format with locations, and the
//! commands of the core issue.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_kientruc"));
    c.env_remove("NO_COLOR");
    c
}

fn repo(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(p)
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("the binary runs")
}

fn tmp(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kientruc-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp dir");
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write");
    p
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn validate_reports_each_problem_of_the_invalid_example_and_exits_1() {
    let p = repo("examples/models/invalid-commune.json");
    let o = run(&["validate", p.to_str().expect("utf8"), "--format", "json"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let r: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json report");
    assert_eq!(r["kientruc"], "report/1");
    let has = |rule: &str, subject: &str| {
        r["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .any(|f| f["rule"] == rule && f["subject"] == subject)
    };
    assert!(has("VAL-004", "dvc>uses>csdl-dan-cu"), "dangling reference");
    assert!(
        has("VAL-005", "actor:nguoi-dan>hosts>dvc"),
        "forbidden relation"
    );
    assert!(has("VAL-006", "agency:phong"), "part-of cycle");
    assert!(has("VAL-007", "agency:xa"), "invalid e-ID");
    assert!(has("VAL-010", "dvc-2"), "diacritics-only duplicate");
}

#[test]
fn validate_of_the_default_baseline_exits_0() {
    let export = run(&["baseline", "export", "quang-ngai-2.0"]);
    assert_eq!(export.status.code(), Some(0));
    let p = tmp("baseline.json", &export.stdout);
    let o = run(&["validate", p.to_str().expect("utf8")]);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    assert!(stdout(&o).contains("0 lỗi"), "{}", stdout(&o));
    let en = run(&["validate", p.to_str().expect("utf8"), "--lang", "en"]);
    assert!(stdout(&en).contains("0 errors"), "{}", stdout(&en));
}

/// Bad input: exit 2 and exactly one line `kientruc: error[<code>]: <file>:<location>: <message>`.
fn assert_input_error(bytes: &[u8], code: &str, location: &str) {
    let p = tmp(&format!("bad-{code}-{}.json", location.len()), bytes);
    let o = run(&["validate", p.to_str().expect("utf8")]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    // An unknown framework name is not a fault of the file's shape: the message names the framework.
    let prefix = if code == "unknown-baseline" {
        "kientruc: error[unknown-baseline]: không có khung kiến trúc dựng sẵn".to_string()
    } else {
        format!("kientruc: error[{code}]: {}", p.display())
    };
    assert!(err.starts_with(&prefix), "{err}");
    assert!(
        err.contains(location),
        "expected location {location} in: {err}"
    );
    assert!(
        !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
        "{err}"
    );
    assert!(o.stdout.is_empty());
}

#[test]
fn malformed_input_gets_exit_2_and_a_located_one_line_message() {
    assert_input_error(
        b"{\n  \"kientruc\": \"model/1\",\n  \"id\": \"x\" \"framework\": 1\n}",
        "parse",
        ":3:13",
    );
    assert_input_error(b"", "parse", ":1:1");
    assert_input_error(b"   \n ", "parse", ":1:1");
    assert_input_error(b"{\"kientruc\":\"model/1\",\"id\":\"x\",\"framework\":\"vn-egov-2.0\",\"elements\":[{\"id\":\"a\",\"kind\":\"actor\",\"security_level\":\"high\"}]}", "schema", "$.elements[0].security_level");
    assert_input_error(b"{\"kientruc\":\"model/1\",\"id\":\"x\",\"framework\":\"vn-egov-2.0\",\"elements\":[{\"id\":\"a\",\"kind\":\"actor\",\"security_level\":300}]}", "schema", "$.elements[0].security_level");
    assert_input_error(
        b"{\"kientruc\":\"model/1\",\"id\":\"x\"}",
        "schema",
        "thiếu trường bắt buộc \"framework\"",
    );
    assert_input_error(
        b"{\"kientruc\":\"project/1\",\"id\":\"x\"}",
        "schema",
        "$.kientruc",
    );
    assert_input_error(b"[1, 2]", "schema", ":1:1");
    assert_input_error(
        b"{\"kientruc\":\"model/1\",\"id\":\"x\",\"framework\":\"vn-egov-2.0\"} trailing",
        "parse",
        ":1:",
    );
    assert_input_error(
        b"{\"kientruc\":\"model/1\",\"id\":\"Tr\xf6\xf4\xf9ng\",\"framework\":\"vn-egov-2.0\"}",
        "encoding",
        "VNI",
    );
    assert_input_error(
        b"{\"kientruc\":\"model/1\",\"id\":\"x\",\"framework\":\"vn-egov-9\"}",
        "unknown-baseline",
        "",
    );
    let deep = format!(
        "{{\"kientruc\":\"model/1\",\"id\":\"x\",\"framework\":\"vn-egov-2.0\",\"extra\":{}{}}}",
        "[".repeat(5000),
        "]".repeat(5000)
    );
    assert_input_error(deep.as_bytes(), "limit", "max_depth");
}

#[test]
fn unknown_fields_are_warnings_not_errors() {
    let p = tmp(
        "unknown-field.json",
        b"{\"kientruc\":\"model/1\",\"id\":\"x\",\"framework\":\"vn-egov-2.0\",\"colour\":1,\"$comment\":\"ok\"}",
    );
    let o = run(&["validate", p.to_str().expect("utf8"), "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let r: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(r["findings"][0]["rule"], "VAL-001");
    assert_eq!(
        r["findings"].as_array().map(Vec::len),
        Some(1),
        "$comment is ignored"
    );
}

#[test]
fn missing_files_and_bad_usage_exit_2() {
    let o = run(&["validate", "/nonexistent/model.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o).trim(),
        "kientruc: error[io]: /nonexistent/model.json: không có tệp này"
    );
    let o = run(&["validate", "--lang", "en", "/nonexistent/model.json"]);
    assert_eq!(
        stderr(&o).trim(),
        "kientruc: error[io]: /nonexistent/model.json: no such file"
    );
    assert_eq!(run(&["validate"]).status.code(), Some(2));
    assert_eq!(run(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(
        run(&["validate", "x.json", "--as-of", "2024-02-30"])
            .status
            .code(),
        Some(2)
    );
    let o = run(&["baseline", "show", "ha-noi-9.0", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("kientruc: error[unknown-baseline]: unknown baseline 'ha-noi-9.0'"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn rules_json_lists_every_rule_with_basis_and_both_languages() {
    let o = run(&["rules", "--format", "json"]);
    assert_eq!(o.status.code(), Some(0));
    let rules: Vec<serde_json::Value> = serde_json::from_slice(&o.stdout).expect("json");
    assert!(rules.len() >= 15);
    for r in &rules {
        let id = r["id"].as_str().expect("id");
        assert!(
            !r["basis"]["instrument"].as_str().unwrap_or("").is_empty(),
            "{id}"
        );
        for lang in ["vi", "en"] {
            assert!(
                !r["title"][lang].as_str().unwrap_or("").is_empty(),
                "{id} {lang}"
            );
        }
        assert!(
            ["error", "warning", "info"].contains(&r["severity"].as_str().unwrap_or("")),
            "{id}"
        );
    }
    let text = run(&["rules", "--lang", "en"]);
    assert!(stdout(&text).contains("VAL-006"));
}

#[test]
fn baseline_commands_and_schemas() {
    let list = stdout(&run(&["baseline", "list"]));
    assert!(list.starts_with("quang-ngai-2.0\t"), "{list}");
    let show = stdout(&run(&["baseline", "show", "quang-ngai-2.0"]));
    // Vietnamese dates are dd/mm/yyyy, document numbers in full (issue 17).
    for text in [&list, &show] {
        assert!(!has_iso_date(text), "an ISO date in: {text}");
        assert!(!text.contains("TT 39/"), "an abbreviated number in: {text}");
    }
    assert!(
        list.contains("từ 24/12/2021 đến 30/12/2024\tvn-egov-2.0\t(mặc định)"),
        "{list}"
    );
    let list_en = stdout(&run(&["baseline", "list", "--lang", "en"]));
    assert!(
        list_en.contains("from 2021-12-24 to 2024-12-30\tvn-egov-2.0\t(default)"),
        "{list_en}"
    );
    for part in [
        "Người sử dụng (các tác nhân)",
        "Quản lý chỉ đạo",
        "provincial:lgsp",
        "national:population",
    ] {
        assert!(show.contains(part), "{part} missing from: {show}");
    }
    for name in ["model", "rulepack", "framework", "report", "standards"] {
        let o = run(&["schema", name]);
        assert_eq!(o.status.code(), Some(0), "{name}");
        let s: serde_json::Value = serde_json::from_slice(&o.stdout).expect("schema is JSON");
        assert!(
            s["$schema"]
                .as_str()
                .is_some_and(|u| u.contains("json-schema.org")),
            "{name}"
        );
    }
    assert_eq!(run(&["schema", "nonsense"]).status.code(), Some(2));
}

#[test]
fn output_file_and_stdin() {
    let out = std::env::temp_dir().join(format!("kientruc-out-{}.json", std::process::id()));
    let model = std::fs::read(repo("examples/models/valid-commune.json")).expect("example");
    let mut child = bin()
        .args([
            "validate",
            "-",
            "--format",
            "json",
            "-o",
            out.to_str().expect("utf8"),
        ])
        .stdin(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    std::io::Write::write_all(&mut child.stdin.take().expect("stdin"), &model).expect("write");
    let status = child.wait().expect("wait");
    assert_eq!(status.code(), Some(0));
    let r: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&out).expect("output")).expect("json");
    assert_eq!(r["subject"]["id"], "xa-mau");
}

#[test]
fn unknown_fields_that_matter_in_a_rule_pack_are_errors() {
    let pack = tmp(
        "bad-pack.json",
        br#"{"kientruc":"rulepack/1","id":"p","rules":[{"id":"r","severity":"error","title":{"vi":"t","en":"t"},
            "suggestion":{"vi":"s","en":"s"},"basis":{"instrument":"x"},"constraint":{"requird":{"properties":["eid"]}}}]}"#,
    );
    let model = repo("examples/models/valid-commune.json");
    let o = run(&[
        "validate",
        model.to_str().expect("utf8"),
        "--rulepack",
        pack.to_str().expect("utf8"),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("error[schema]")
            && err.contains("$.rules[0].constraint")
            && err.contains("requird"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1);
}

#[test]
fn vocab_and_standards_list_labels_and_rows() {
    let o = run(&["vocab", "hosting"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stdout(&o).contains("provincial-data-center")
            && stdout(&o).contains("Trung tâm dữ liệu tỉnh")
    );
    let o = run(&["vocab", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert!(v.as_array().is_some_and(|a| a.len() >= 18));
    assert_eq!(run(&["vocab", "nope"]).status.code(), Some(2));
    let o = run(&["standards", "--kind", "portal", "--format", "json"]);
    let rows: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    let rows = rows.as_array().expect("rows");
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| {
        r["implied_by"]
            .as_array()
            .is_some_and(|k| k.iter().any(|k| k == "portal"))
    }));
    let o = run(&[
        "standards",
        "--kind",
        "Cổng/Trang thông tin điện tử",
        "--lang",
        "en",
    ]);
    assert!(stdout(&o).contains("mandatory"), "{}", stdout(&o));
    assert_eq!(
        run(&["standards", "--kind", "kiosk"]).status.code(),
        Some(2)
    );
}

/// `-o` is short for `--output` in every command, `init` included (review D20).
#[test]
fn init_writes_the_template_with_dash_o() {
    let p = tmp("init-o.json", b"");
    std::fs::remove_file(&p).expect("rm");
    let o = run(&["init", "-o", p.to_str().expect("utf8")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(&p).expect("written");
    assert!(text.contains("\"kientruc\": \"project/1\""));
    assert!(
        text.contains("\"function\""),
        "the template offers `function`"
    );
    let again = run(&["init", "--output", p.to_str().expect("utf8")]);
    assert_eq!(
        again.status.code(),
        Some(2),
        "an existing file needs --force"
    );
}

/// `kientruc vocab` lists the component functions with their Vietnamese labels, so that an
/// officer can declare `function` instead of having it read from the name (review D4).
#[test]
fn vocab_lists_the_component_functions() {
    let all = stdout(&run(&["vocab"]));
    assert!(all.contains("components[].function"), "{all}");
    let o = run(&["vocab", "function"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("document-management"));
    assert!(stdout(&o).contains("Quản lý văn bản và điều hành"));
}

/// Whether a text holds an ISO date (YYYY-MM-DD).
fn has_iso_date(s: &str) -> bool {
    s.as_bytes().windows(10).any(|w| {
        w.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        })
    })
}
