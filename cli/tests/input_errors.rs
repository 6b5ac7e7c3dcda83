//! Input errors as a person sees them: `kientruc check` on each small bad input of
//! `tests/data/input-errors/`, standard error compared with `tests/golden/input-errors.vi.txt`
//! and `input-errors.en.txt`. Set KIENTRUC_BLESS=1 to rewrite the golden files after an
//! intended change of wording.

use std::path::{Path, PathBuf};
use std::process::Command;

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/input-errors")
}

fn inputs() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(dir())
        .expect("input-errors directory")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    files.sort();
    files
}

/// One section per input: its name, the exit code, and standard error.
fn transcript(lang: &str) -> String {
    let mut out = String::new();
    for file in inputs() {
        let o = Command::new(env!("CARGO_BIN_EXE_kientruc"))
            .current_dir(dir())
            .args(["check", "--lang", lang, "--format", "json", &file])
            .output()
            .expect("runs");
        let code = o
            .status
            .code()
            .map_or("signal".to_string(), |c| c.to_string());
        out.push_str(&format!("== {file} (exit {code})\n"));
        out.push_str(&String::from_utf8_lossy(&o.stderr));
    }
    out
}

#[test]
fn input_errors_match_their_golden_files() {
    assert!(inputs().len() >= 10);
    let bless = std::env::var_os("KIENTRUC_BLESS").is_some();
    for lang in ["vi", "en"] {
        let text = transcript(lang);
        let golden = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(format!("tests/golden/input-errors.{lang}.txt"));
        if bless {
            std::fs::write(&golden, &text).expect("write");
            continue;
        }
        let want = std::fs::read_to_string(&golden).expect("golden file");
        assert_eq!(
            text,
            want,
            "stderr differs from {} (KIENTRUC_BLESS=1 rewrites it)",
            golden.display()
        );
    }
}

/// No message names a programming-language type, and every error has a line and column.
#[test]
fn messages_name_no_rust_types_and_have_a_location() {
    for lang in ["vi", "en"] {
        let text = transcript(lang);
        for line in text.lines().filter(|l| l.starts_with("kientruc: error[")) {
            for bad in [
                "u8",
                "u16",
                "u64",
                "struct ",
                "YearSpan",
                "invalid type",
                "expected `",
                "EOF",
                "sequence",
                "map,",
            ] {
                assert!(!line.contains(bad), "{bad:?} in: {line}");
            }
            assert!(
                line.split(": ")
                    .nth(2)
                    .is_some_and(|loc| loc.matches(':').count() >= 2),
                "line:column in: {line}"
            );
        }
    }
}

/// A document written with Vietnamese labels is accepted, and the report carries the ids.
#[test]
fn vietnamese_labels_are_accepted_and_normalised() {
    let o = Command::new(env!("CARGO_BIN_EXE_kientruc"))
        .current_dir(dir())
        .args(["check", "--format", "json", "16-vietnamese-labels.json"])
        .output()
        .expect("runs");
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let text = String::from_utf8_lossy(&o.stdout);
    let r: serde_json::Value = serde_json::from_str(&text).expect("JSON report");
    let rules: Vec<&str> = r["findings"]
        .as_array()
        .map(|a| a.iter().filter_map(|f| f["rule"].as_str()).collect())
        .unwrap_or_default();
    assert!(
        !rules.iter().any(|r| r.starts_with("DOC-")),
        "no unknown vocabulary values: {rules:?}"
    );
    assert_eq!(r["level"], "compliant", "{text}");
}
