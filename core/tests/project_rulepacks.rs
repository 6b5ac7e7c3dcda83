//! Province rule packs for proposals (`rulepack/1` rules with `applies_to.target: component` or
//! `integration`): they change verdicts, can be waived like any rule, and bad packs are schema
//! errors with a path.

use kientruc::{Baseline, CheckOptions, Outcome, Project, Report, RulePack, check};
use serde_json::{Value, json};
use std::path::Path;

fn read(rel: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(rel)).expect("file")
}

fn pack() -> RulePack {
    RulePack::from_json(&read("examples/rulepacks/quang-ngai-projects.json"), "pack").expect("pack")
}

fn base() -> Value {
    serde_json::from_slice(&read("examples/projects/one-stop-upgrade.json")).expect("json")
}

fn run(v: &Value, packs: Vec<RulePack>) -> Report {
    let p = Project::from_json(v.to_string().as_bytes(), "p").expect("project");
    let b = Baseline::default_builtin().expect("baseline");
    check(
        &p,
        &b,
        &packs
            .into_iter()
            .fold(CheckOptions::new(), CheckOptions::rulepack),
    )
}

fn rules(r: &Report) -> Vec<(String, String)> {
    r.findings
        .iter()
        .filter(|f| f.rule.starts_with("qng-projects/"))
        .map(|f| (f.rule.clone(), f.subject.clone()))
        .collect()
}

#[test]
fn a_project_rule_pack_changes_a_verdict() {
    let v = base();
    assert_eq!(
        run(&v, vec![]).level.map(kientruc::Level::id),
        Some("fully-conformant")
    );
    // The new online service does not integrate with the provincial reporting system.
    let r = run(&v, vec![pack()]);
    assert_eq!(r.level.map(kientruc::Level::id), Some("compliant"));
    assert_eq!(
        rules(&r),
        vec![(
            "qng-projects/new-citizen-systems-report".to_string(),
            "dvc-xay-dung".to_string()
        )]
    );
    // Declaring the integration through the LGSP satisfies it.
    let mut v = base();
    v["integrations"].as_array_mut().expect("array").push(json!(
        {"from": "dvc-xay-dung", "to": "provincial:reporting", "via": "lgsp", "protocol": "HTTPS", "format": "JSON"}));
    let r = run(&v, vec![pack()]);
    assert_eq!(rules(&r), vec![], "{:#?}", r.findings);
    assert_eq!(r.level.map(kientruc::Level::id), Some("fully-conformant"));
}

#[test]
fn allowed_values_and_required_fields_read_nested_fields() {
    let mut v = base();
    v["components"][0]["auth"]["citizens"] = json!("central-sso");
    v["integrations"][0]
        .as_object_mut()
        .expect("object")
        .remove("format");
    let got = rules(&run(&v, vec![pack()]));
    assert!(got.contains(&(
        "qng-projects/citizens-sign-in-with-vneid".to_string(),
        "tthc".to_string()
    )));
    assert!(got.contains(&(
        "qng-projects/integrations-state-format".to_string(),
        "tthc->national:public-service-portal".to_string()
    )));
}

#[test]
fn a_pack_rule_can_be_waived_like_any_rule() {
    let mut v = base();
    v["waivers"] = json!([{"rule": "qng-projects/new-citizen-systems-report", "subject": "dvc-xay-dung",
        "reason": "Kết nối Hệ thống báo cáo thực hiện ở giai đoạn 2."}]);
    let r = run(&v, vec![pack()]);
    assert!(!r.findings.iter().any(|f| f.rule == "DOC-004"));
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "qng-projects/new-citizen-systems-report")
        .expect("kept with its waiver");
    assert_eq!(f.outcome, Outcome::Review);
    assert!(f.waiver.is_some());
}

#[test]
fn bad_project_packs_are_schema_errors_with_a_path() {
    let bad = |constraint: &str, target: &str| {
        let text = format!(
            r#"{{"kientruc":"rulepack/1","id":"p","rules":[{{"id":"r","severity":"error",
            "title":{{"vi":"t","en":"t"}},"suggestion":{{"vi":"s","en":"s"}},"basis":{{"instrument":"x"}},
            "applies_to":{{"target":"{target}"}},"constraint":{constraint}}}]}}"#
        );
        RulePack::from_json(text.as_bytes(), "p.json").expect_err("bad pack")
    };
    let e = bad(r#"{"required":{"properties":["colour"]}}"#, "component");
    assert_eq!(e.code(), "schema");
    assert!(
        e.to_string().contains("maps_to"),
        "lists the component fields: {e}"
    );
    let e = bad(r#"{"integrates":{"with":["provincial:lgsp"]}}"#, "element");
    assert!(e.to_string().contains("components only"), "{e}");
    let e = bad(
        r#"{"relations":{"kind":"uses","direction":"out"}}"#,
        "component",
    );
    assert!(e.to_string().contains("model elements only"), "{e}");
}
