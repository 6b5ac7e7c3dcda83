//! `docs/maintaining-an-architecture.md` runs as written: the commands of its fenced block
//! ```` ```sh walkthrough ```` are run in order, in an empty directory, with the built binary.

use std::path::Path;
use std::process::Command;

/// Splits a command line into words: double quotes group words (no escapes inside).
fn words(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut any = false;
    for c in line.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                any = true;
            }
            c if c.is_whitespace() && !quoted => {
                if any {
                    out.push(std::mem::take(&mut cur));
                    any = false;
                }
            }
            c => {
                cur.push(c);
                any = true;
            }
        }
    }
    assert!(!quoted, "unbalanced quotes in: {line}");
    if any {
        out.push(cur);
    }
    out
}

#[test]
fn the_maintenance_walkthrough_runs_as_written() {
    let doc = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/maintaining-an-architecture.md"),
    )
    .expect("docs/maintaining-an-architecture.md");
    let block: Vec<&str> = doc
        .lines()
        .skip_while(|l| l.trim() != "```sh walkthrough")
        .skip(1)
        .take_while(|l| l.trim() != "```")
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    assert!(block.len() >= 8, "the walkthrough block: {block:?}");
    let dir = std::env::temp_dir().join(format!("kientruc-walkthrough-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("dir");
    for line in &block {
        let w = words(line);
        assert_eq!(w[0], "kientruc", "only kientruc commands are run: {line}");
        let o = Command::new(env!("CARGO_BIN_EXE_kientruc"))
            .args(&w[1..])
            .current_dir(&dir)
            .env("NO_COLOR", "1")
            .output()
            .expect("the binary runs");
        // 0, or 1 for a report with error findings: never a usage or input error.
        assert!(
            matches!(o.status.code(), Some(0) | Some(1)),
            "{line}: exit {:?}\n{}",
            o.status.code(),
            String::from_utf8_lossy(&o.stderr)
        );
        if let Some(i) = w.iter().position(|a| a == "-o") {
            assert!(dir.join(&w[i + 1]).is_file(), "{line}: no {}", w[i + 1]);
        }
    }
    // The successor validates, and after the round trip through ArchiMate nothing changed but the
    // model's own fields set by `baseline new`.
    let model = std::fs::read(dir.join("quang-ngai-3.0.json")).expect("model");
    let m = kientruc::Model::from_json(&model, "3.0").expect("parses");
    assert_eq!(m.doc().supersedes.as_deref(), Some("quang-ngai-2.0"));
    let diff: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("changes-3.0.json")).expect("json"))
            .expect("diff json");
    for k in [
        "elements_added",
        "elements_removed",
        "elements_changed",
        "relations_added",
        "relations_removed",
        "relations_changed",
    ] {
        assert_eq!(diff[k].as_array().map(Vec::len), Some(0), "{k}: {diff}");
    }
    assert_eq!(diff["to_confirm"], diff["new"]["elements"]);
    let md = std::fs::read_to_string(dir.join("thay-doi-3.0.md")).expect("md");
    assert!(md.starts_with("# So sánh hai phiên bản Kiến trúc"), "{md}");
    let report = std::fs::read_to_string(dir.join("bao-cao.md")).expect("report");
    assert!(
        report.contains("phiên bản 3.0, hướng tới Chính quyền số"),
        "checked against the file (named by its title): {report}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
