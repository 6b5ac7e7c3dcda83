//! Cases an appraiser's review of the verdicts found wrong, each with the fix it needed.

use kientruc::{Baseline, CheckOptions, Date, Outcome, Project, Report, check};
use serde_json::{Value, json};
use std::path::Path;

fn example(file: &str) -> Value {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples/projects")
        .join(file);
    serde_json::from_slice(&std::fs::read(p).expect("example")).expect("json")
}

fn run(v: &Value, opts: &CheckOptions) -> Report {
    let p = Project::from_json(v.to_string().as_bytes(), "p").expect("project");
    check(&p, &Baseline::default_builtin().expect("baseline"), opts)
}

#[test]
fn a_provincial_part_of_a_national_database_is_not_an_extra() {
    let mut v = example("provincial-land-database.json");
    let c = v["components"][0].as_object_mut().expect("component");
    c.remove("maps_to");
    c.insert("part_of".into(), json!("national:land"));
    let r = run(&v, &CheckOptions::default());
    assert_eq!(r.counts.extras, 0, "{:#?}", r.findings);
    assert_ne!(r.level.map(kientruc::Level::id), Some("irrelevant"));
}

#[test]
fn the_regime_names_no_instrument_before_its_date() {
    let v = example("hanh-minh-website.json");
    let at = |d: &str| {
        let r = run(&v, &CheckOptions::new().as_of(Date::parse(d)));
        format!("{:?}", r.regime_name)
    };
    assert!(
        !at("2024-03-15").contains("82/2024"),
        "NĐ 82/2024 is dated 10/7/2024"
    );
    assert!(at("2024-07-10").contains("82/2024"));
    assert!(
        !at("2025-09-10").contains("278/2025"),
        "NĐ 278/2025 is dated 22/10/2025"
    );
    assert!(at("2025-10-22").contains("278/2025"));
}

#[test]
fn accepting_a_waiver_of_a_mandatory_rule_is_not_called_a_missing_waiver() {
    let mut v = example("hanh-minh-website.json");
    v["components"][0]["ipv6"] = json!(false);
    v["waivers"] = json!([{"rule": "CONF-07", "subject": "website", "reason": "Nhà cung cấp chưa hỗ trợ IPv6."}]);
    let accepted = kientruc::acceptance::AcceptanceDoc::from_json(
        br#"{"kientruc": "acceptance/1", "accepted": [{"project": "hanh-minh-website", "rule": "CONF-07", "subject": "website", "by": "S\u1edf KH&CN", "date": "2024-03-10"}]}"#,
        "a",
    )
    .expect("acceptance")
    .accepted;
    let r = run(&v, &{
        let mut o = CheckOptions::new();
        o.accepted = accepted;
        o
    });
    assert_eq!(r.level.map(kientruc::Level::id), Some("non-conformant"));
    assert!(r.findings.iter().any(|f| f.rule == "DOC-010"));
    assert!(
        !r.findings.iter().any(|f| f.rule == "DOC-013"),
        "{:#?}",
        r.findings
    );
}

#[test]
fn an_expired_architecture_is_an_architecture_item_not_a_plan_item() {
    let v = example("one-stop-upgrade.json");
    let r = run(&v, &CheckOptions::new().as_of(Date::parse("2025-03-01")));
    let item = |id: &str| {
        r.checklist
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.outcome)
            .expect("item")
    };
    // 3.0's content is not in the tool: a review, not a failure (verdicts_review.rs, D2).
    assert_eq!(item("architecture"), Outcome::Review);
    assert_eq!(
        item("plans"),
        Outcome::Pass,
        "the roadmap 2022-2025 holds 2024-2025"
    );
}
