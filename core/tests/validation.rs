//! Model validation against hand-written expectations: every VAL rule fires on the invalid example
//! and passes on the valid one, asserted on rule id, severity and subject.

use kientruc::{
    Baseline, Framework, Model, Outcome, RulePack, Severity, ValidateOptions, validate,
};

fn examples(path: &str) -> Vec<u8> {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples")
        .join(path);
    std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn run(bytes: &[u8], packs: &[RulePack]) -> kientruc::Report {
    let model = Model::from_json(bytes, "test").expect("model parses");
    let fw = Framework::builtin(&model.doc().framework).expect("framework");
    let opts = packs
        .iter()
        .cloned()
        .fold(ValidateOptions::new(), ValidateOptions::rulepack);
    validate(&model, &fw, &opts)
}

fn triples(r: &kientruc::Report) -> Vec<(String, Severity, String)> {
    r.findings
        .iter()
        .map(|f| (f.rule.clone(), f.severity, f.subject.clone()))
        .collect()
}

#[test]
fn the_default_baseline_validates_with_no_errors_or_warnings() {
    let b = Baseline::default_builtin().expect("baseline");
    let r = validate(&b.model, &b.framework, &ValidateOptions::default());
    assert_eq!(r.counts.error, 0, "{:#?}", r.findings);
    assert_eq!(r.counts.warning, 0, "{:#?}", r.findings);
    // Unknown owners and security levels (VAL-012), and elements whose unsourced relations were
    // removed (VAL-011), are suppressed with a reason, and the report counts them.
    assert!(r.counts.suppressed > 0);
    assert!(
        r.suppressed
            .iter()
            .all(|s| (s.rule == "VAL-012" || s.rule == "VAL-011") && !s.reason.is_empty())
    );
}

#[test]
fn every_baseline_element_records_its_source_and_every_layer_is_populated() {
    let b = Baseline::default_builtin().expect("baseline");
    for e in b.model.elements() {
        let s = e
            .source
            .as_ref()
            .unwrap_or_else(|| panic!("{} has no source", e.id));
        assert!(!s.instrument.is_empty(), "{}", e.id);
    }
    for layer in &b.framework.doc.layers {
        let n = b
            .model
            .elements()
            .iter()
            .filter(|e| {
                b.framework
                    .element_kind(&e.kind)
                    .and_then(|k| k.layer.as_deref())
                    == Some(layer.id.as_str())
            })
            .count();
        assert!(n > 0, "layer {} has no element", layer.id);
    }
    // Every national and provincial name the project format promises resolves.
    for name in [
        "national:population",
        "national:civil-status",
        "national:finance",
        "national:insurance",
        "national:land",
        "national:administrative-procedures",
        "national:social-security",
        "national:environment",
        "national:civil-servants",
        "national:planning",
        "national:business-registration",
        "national:public-service-portal",
        "national:eid-platform",
        "national:ndxp",
        "national:ngsp",
        "national:vxp",
        "provincial:lgsp",
        "provincial:portal",
        "provincial:email",
        "provincial:tthc-system",
        "provincial:public-service-portal",
        "provincial:one-stop",
        "provincial:document-management",
        "provincial:data-center",
        "provincial:user-directory",
    ] {
        assert!(b.model.element(name).is_some(), "{name} does not resolve");
    }
}

#[test]
fn the_valid_example_passes_every_rule() {
    let r = run(&examples("models/valid-commune.json"), &[]);
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
    for o in &r.outcomes {
        assert_eq!(o.outcome, Outcome::Pass, "{} should apply and pass", o.rule);
    }
    let ids: Vec<&str> = r.outcomes.iter().map(|o| o.rule.as_str()).collect();
    assert_eq!(ids, val_rule_ids());
    assert_eq!(r.counts.suppressed, 1);
    assert_eq!(r.suppressed[0].subject, "actor:doanh-nghiep");
}

#[test]
fn the_invalid_example_triggers_every_rule_on_the_right_subject() {
    use Severity::{Error, Warning};
    let r = run(&examples("models/invalid-commune.json"), &[]);
    let expected: Vec<(&str, Severity, &str)> = vec![
        ("VAL-001", Warning, "app"),
        ("VAL-001", Warning, "xa-loi"),
        ("VAL-002", Error, "app"),
        ("VAL-002", Error, "dvc>delights>actor:nguoi-dan"),
        ("VAL-002", Error, "kiosk"),
        ("VAL-003", Error, "app"),
        ("VAL-004", Error, "dvc>uses>csdl-dan-cu"),
        ("VAL-005", Error, "actor:nguoi-dan>hosts>dvc"),
        ("VAL-006", Error, "agency:phong"),
        ("VAL-007", Error, "agency:xa"),
        ("VAL-008", Error, "agency:xa"),
        ("VAL-009", Error, "dvc"),
        ("VAL-009", Error, "dvc"),
        ("VAL-010", Warning, "dvc-2"),
        ("VAL-011", Warning, "mo-coi"),
        ("VAL-012", Warning, "app"),
        ("VAL-012", Warning, "mo-coi"),
        ("VAL-013", Error, "dvc>exchanges-data-with>dvc-2"),
        ("VAL-014", Error, "xa-loi"),
        ("VAL-015", Warning, "app"),
    ];
    let expected: Vec<(String, Severity, String)> = expected
        .into_iter()
        .map(|(a, b, c)| (a.to_string(), b, c.to_string()))
        .collect();
    assert_eq!(triples(&r), expected);
    assert!(r.has_errors());
    for id in val_rule_ids() {
        assert!(
            r.outcomes
                .iter()
                .any(|o| o.rule == id && o.outcome == Outcome::Fail),
            "{id} did not fail"
        );
    }
}

#[test]
fn suppression_with_a_reason_hides_a_finding_and_is_counted() {
    let text = r#"{"kientruc":"model/1","id":"m","framework":"vn-egov-2.0","elements":[
        {"id":"a","kind":"actor","name":"A","suppress":[{"rule":"VAL-011","reason":"kept for planning"}]},
        {"id":"b","kind":"actor","name":"B"}]}"#;
    let r = run(text.as_bytes(), &[]);
    assert_eq!(
        triples(&r),
        vec![("VAL-011".to_string(), Severity::Warning, "b".to_string())]
    );
    assert_eq!(r.counts.suppressed, 1);
    assert_eq!(r.suppressed[0].reason, "kept for planning");
}

#[test]
fn findings_are_deterministic_and_independent_of_element_order() {
    let bytes = examples("models/invalid-commune.json");
    let a = kientruc::report::to_json(&run(&bytes, &[]));
    let b = kientruc::report::to_json(&run(&bytes, &[]));
    assert_eq!(a, b);
    let mut doc: serde_json::Value = serde_json::from_slice(&bytes).expect("json");
    doc["elements"].as_array_mut().expect("elements").reverse();
    doc["relations"]
        .as_array_mut()
        .expect("relations")
        .reverse();
    let reversed = run(doc.to_string().as_bytes(), &[]);
    // The duplicate id keeps whichever element comes first, so compare rule ids and subjects.
    let mut x: Vec<_> = triples(&run(&bytes, &[]));
    let mut y: Vec<_> = triples(&reversed);
    x.sort();
    y.sort();
    assert_eq!(x, y);
}

#[test]
fn rule_packs_add_declarative_constraints() {
    let pack =
        RulePack::from_json(&examples("rulepacks/quang-ngai-extra.json"), "pack").expect("pack");
    let r = run(&examples("models/valid-commune.json"), &[pack]);
    let got: Vec<(String, Severity, String)> = triples(&r);
    assert_eq!(
        got,
        vec![
            (
                "qng-extra/agency-eid-known".to_string(),
                Severity::Warning,
                "agency:xa".to_string()
            ),
            (
                "qng-extra/hosting-approved".to_string(),
                Severity::Error,
                "mot-cua".to_string()
            ),
            (
                "qng-extra/one-stop-serves".to_string(),
                Severity::Warning,
                "mot-cua".to_string()
            ),
            (
                "qng-extra/platform-named-lgsp".to_string(),
                Severity::Info,
                "lgsp".to_string()
            ),
        ],
        "{:#?}",
        r.findings
    );
    // The same rules pass on elements that satisfy them: web has hosting, agency:tinh has an e-ID.
    assert!(
        !r.findings
            .iter()
            .any(|f| f.subject == "web" || f.subject == "agency:tinh")
    );
}

#[test]
fn malformed_rule_packs_are_schema_errors_with_a_path() {
    let bad = br#"{"kientruc":"rulepack/1","id":"p","rules":[{"id":"r","severity":"error",
        "title":{"vi":"t","en":"t"},"suggestion":{"vi":"s","en":"s"},"basis":{"instrument":"x"},
        "constraint":{"pattern":{"property":"colour","regex":"a"}}}]}"#;
    let e = RulePack::from_json(bad, "p.json").expect_err("unknown property");
    assert_eq!(e.code(), "schema");
    assert!(
        e.to_string().contains("$.rules[0].constraint.property"),
        "{e}"
    );
    let bad_re = String::from_utf8_lossy(bad)
        .replace("colour", "name")
        .replace("\"a\"", "\"(\"");
    let e = RulePack::from_json(bad_re.as_bytes(), "p.json").expect_err("bad regex");
    assert!(e.to_string().contains("regex"), "{e}");
}

/// The ids of the built-in validation rules, in order.
fn val_rule_ids() -> Vec<&'static str> {
    kientruc::rules::builtin()
        .iter()
        .filter(|r| r.id.starts_with("VAL-"))
        .map(|r| r.id.as_str())
        .collect()
}
