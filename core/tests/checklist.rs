//! The appraisal checklist (NĐ 73/2019 khoản 3 Điều 21 items) uses the level's mapping: a failed
//! error is "không đạt", a failed warning or a review is "cần làm rõ", an info finding has no effect.

use kientruc::{Baseline, CheckOptions, Outcome, Project, Report, check};
use std::path::Path;

fn example(file: &str) -> Report {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples/projects")
        .join(file);
    let bytes = std::fs::read(&path).expect("example");
    let p = Project::from_json(&bytes, file).expect("parses");
    check(
        &p,
        &Baseline::default_builtin().expect("baseline"),
        &CheckOptions::default(),
    )
}

fn item(r: &Report, id: &str) -> Outcome {
    r.checklist
        .iter()
        .find(|c| c.id == id)
        .map(|c| c.outcome)
        .expect("item")
}

#[test]
fn an_extra_is_information_and_leaves_the_architecture_item_passed() {
    // remote-signing-mobile has one extra (CONF-01, info) and is "conformant".
    let r = example("remote-signing-mobile.json");
    assert_eq!(r.level.map(kientruc::Level::id), Some("conformant"));
    assert_eq!(item(&r, "architecture"), Outcome::Pass);
}

#[test]
fn a_failed_warning_is_review_in_the_checklist_as_in_the_level() {
    // commune-library-software fails CONF-08 and CONF-11, both warnings: review, never red.
    let r = example("commune-library-software.json");
    assert!(
        r.findings
            .iter()
            .any(|f| f.rule == "CONF-11" && f.outcome == Outcome::Fail)
    );
    assert_eq!(item(&r, "technology"), Outcome::Review);
    // A failed error stays red: portal-without-ipv6 fails CONF-07.
    let r = example("portal-without-ipv6.json");
    assert_eq!(item(&r, "standards"), Outcome::Fail);
}

#[test]
fn no_item_is_worse_than_the_level_allows() {
    for file in [
        "hanh-minh-website.json",
        "ipv6-transition.json",
        "remote-signing-mobile.json",
        "lgsp-extension.json",
    ] {
        let r = example(file);
        let level = r.level.map(kientruc::Level::id).unwrap_or_default();
        if level != "non-conformant" {
            assert!(
                r.checklist.iter().all(|c| c.outcome != Outcome::Fail),
                "{file} is {level} but its checklist has a failed item: {:#?}",
                r.checklist
            );
        }
    }
}
