//! Vietnamese labels for vocabulary values give the same report as the stable ids.

use kientruc::{Baseline, CheckOptions, Project, check};
use std::path::Path;

fn report(file: &str) -> kientruc::Report {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples/projects")
        .join(file);
    let p = Project::from_json(&std::fs::read(path).expect("example"), file).expect("parses");
    check(
        &p,
        &Baseline::default_builtin().expect("baseline"),
        &CheckOptions::default(),
    )
}

#[test]
fn labels_give_the_report_of_the_stable_ids() {
    let ids = report("hanh-minh-website.json");
    let labels = report("hanh-minh-website-labels.json");
    let project = Project::from_json(
        &std::fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../examples/projects/hanh-minh-website-labels.json"),
        )
        .expect("file"),
        "labels",
    )
    .expect("parses");
    let c = &project.doc.components[0];
    assert_eq!(c.kind.as_str(), "portal");
    assert_eq!(
        c.hosting.as_ref().map(|h| h.as_str()),
        Some("provincial-data-center")
    );
    assert_eq!(
        project.doc.stage.as_ref().map(|s| s.as_str()),
        Some("econ-tech-report")
    );
    assert_eq!(ids.level, labels.level);
    assert_eq!(ids.outcomes, labels.outcomes);
    let strip = |r: &kientruc::Report| -> Vec<(String, String, String)> {
        r.findings
            .iter()
            .map(|f| {
                (
                    f.rule.clone(),
                    f.outcome.as_str().to_string(),
                    f.severity.as_str().to_string(),
                )
            })
            .collect()
    };
    assert_eq!(strip(&ids), strip(&labels));
    assert_eq!(
        ids.summary.as_ref().map(|s| &s.funding),
        labels.summary.as_ref().map(|s| &s.funding)
    );
}
