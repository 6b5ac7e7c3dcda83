//! `kientruc diagram`, and the diagrams in docs/diagrams: each is what scripts/diagrams.sh writes
//! (this test runs the same commands; regenerate with `scripts/diagrams.sh`).

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn run(args: &[&str]) -> (i32, String, String) {
    let o = Command::new(env!("CARGO_BIN_EXE_kientruc"))
        .current_dir(root())
        .args(args)
        .output()
        .expect("runs");
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

#[test]
fn docs_diagrams_are_what_the_script_writes() {
    let script = std::fs::read_to_string(root().join("scripts/diagrams.sh")).expect("script");
    let cases: [(&str, Vec<&str>); 4] = [
        ("quang-ngai-2.0.svg", vec!["diagram", "quang-ngai-2.0"]),
        (
            "quang-ngai-2.0.en.svg",
            vec!["diagram", "quang-ngai-2.0", "--lang", "en"],
        ),
        (
            "hanh-minh-website.svg",
            vec![
                "diagram",
                "--project",
                "examples/projects/hanh-minh-website.json",
            ],
        ),
        (
            "one-stop-upgrade.svg",
            vec![
                "diagram",
                "--project",
                "examples/projects/one-stop-upgrade.json",
            ],
        ),
    ];
    for (file, args) in cases {
        assert!(
            script.contains(file.split('.').next().unwrap_or(file)),
            "{file} not in the script"
        );
        let (code, out, err) = run(&args);
        assert_eq!(code, 0, "{err}");
        let path = root().join("docs/diagrams").join(file);
        let checked_in = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {e}; run scripts/diagrams.sh", path.display()));
        assert!(
            checked_in == out,
            "docs/diagrams/{file} is out of date: run scripts/diagrams.sh"
        );
    }
}

#[test]
fn diagram_formats_and_defaults() {
    // Default: the embedded baseline, SVG on standard output.
    let (code, svg, err) = run(&["diagram"]);
    assert_eq!(code, 0, "{err}");
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    let (code, dot, _) = run(&["diagram", "--format", "dot", "--lang", "en"]);
    assert_eq!(code, 0);
    assert!(dot.starts_with("digraph \"quang-ngai-2.0\""));
    assert!(dot.contains("Online public services"));
    let (code, mmd, _) = run(&[
        "diagram",
        "--format",
        "mermaid",
        "--project",
        "examples/projects/one-stop-upgrade.json",
    ]);
    assert_eq!(code, 0);
    assert!(mmd.contains("flowchart TB") && mmd.contains("kt_upgrade"));
    // A bad baseline name is an error with its code.
    let (code, _, err) = run(&["diagram", "no-such-baseline"]);
    assert_eq!(code, 2);
    assert!(err.contains("error["), "{err}");
    // The HTML report carries the diagram.
    let (code, html, err) = run(&[
        "check",
        "examples/projects/hanh-minh-website.json",
        "--format",
        "html",
    ]);
    assert!(code == 0 || code == 1, "{err}");
    assert!(html.contains("<h2>Sơ đồ tổng thể</h2>") && html.contains("kt-status-upgrade"));
}
