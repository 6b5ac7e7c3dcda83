//! Issue 15: the rule set, the texts and the default baseline change on the dates the law says,
//! tested on both sides of every switch.

use kientruc::baseline::choose;
use kientruc::regime::{
    DataSharingRegime, InvestmentRegime, PersonalDataRegime, SecurityRegime, regime_at,
};
use kientruc::rules::in_force;
use kientruc::{CheckOptions, Date, Project};

fn d(y: u16, m: u8, day: u8) -> Date {
    Date::new(y, m, day).expect("date")
}

fn ids(at: Date) -> Vec<String> {
    in_force(at).into_iter().map(|r| r.id).collect()
}

#[test]
fn the_rule_set_changes_on_its_effective_dates() {
    assert!(!ids(d(2023, 6, 30)).contains(&"CONF-15".into()));
    assert!(ids(d(2023, 7, 1)).contains(&"CONF-15".into()));
    for r in ["CONF-16", "CONF-17", "CONF-18", "CONF-19"] {
        assert!(!ids(d(2026, 6, 30)).contains(&r.into()), "{r}");
        assert!(ids(d(2026, 7, 1)).contains(&r.into()), "{r}");
    }
    assert!(!ids(d(2026, 8, 18)).contains(&"CONF-20".into()));
    assert!(ids(d(2026, 8, 19)).contains(&"CONF-20".into()));
}

#[test]
fn the_regime_parts_switch_on_their_dates() {
    assert_eq!(regime_at(d(2026, 2, 28)).investment, InvestmentRegime::Nd73);
    assert_eq!(regime_at(d(2026, 3, 1)).investment, InvestmentRegime::Nd45);
    assert_eq!(regime_at(d(2026, 6, 30)).investment, InvestmentRegime::Nd45);
    assert_eq!(regime_at(d(2026, 7, 1)).investment, InvestmentRegime::Nd224);
    assert_eq!(regime_at(d(2026, 6, 30)).security, SecurityRegime::Nd85);
    assert_eq!(
        regime_at(d(2026, 7, 1)).security,
        SecurityRegime::Luat116Nd85
    );
    assert_eq!(
        regime_at(d(2026, 8, 18)).security,
        SecurityRegime::Luat116Nd85
    );
    assert_eq!(regime_at(d(2026, 8, 19)).security, SecurityRegime::Nd331);
    assert_eq!(
        regime_at(d(2023, 6, 30)).personal_data,
        PersonalDataRegime::None
    );
    assert_eq!(
        regime_at(d(2023, 7, 1)).personal_data,
        PersonalDataRegime::Nd13
    );
    assert_eq!(
        regime_at(d(2025, 12, 31)).personal_data,
        PersonalDataRegime::Nd13
    );
    assert_eq!(
        regime_at(d(2026, 1, 1)).personal_data,
        PersonalDataRegime::Luat91
    );
    assert_eq!(
        regime_at(d(2025, 8, 18)).data_sharing,
        DataSharingRegime::Nd47of2024
    );
    assert_eq!(
        regime_at(d(2025, 8, 19)).data_sharing,
        DataSharingRegime::Nd194
    );
    let name = regime_at(d(2026, 9, 1)).name;
    assert!(name.vi.starts_with("Căn cứ pháp lý áp dụng: "));
    assert!(name.vi.contains("Luật An ninh mạng số 116/2025/QH15"));
}

#[test]
fn the_texts_cite_the_instruments_in_force() {
    let at = |id: &str, day: Date| {
        in_force(day)
            .into_iter()
            .find(|r| r.id == id)
            .map(|r| r.basis.instrument)
            .unwrap_or_default()
    };
    assert!(at("CONF-03", d(2025, 8, 18)).contains("NĐ 47/2024"));
    assert!(!at("CONF-03", d(2025, 8, 19)).contains("NĐ 47/2024"));
    assert!(at("CONF-03", d(2025, 8, 19)).contains("NĐ 194/2025"));
    assert!(at("CONF-05", d(2025, 8, 19)).contains("NĐ 194/2025"));
    assert!(at("CONF-15", d(2025, 12, 31)).contains("NĐ 13/2023"));
    assert!(!at("CONF-15", d(2026, 1, 1)).contains("NĐ 13/2023"));
    assert!(at("CONF-15", d(2026, 1, 1)).contains("91/2025/QH15"));
    assert!(at("CONF-10", d(2026, 6, 30)).contains("86/2015"));
    assert!(at("CONF-10", d(2026, 7, 1)).contains("116/2025"));
    assert!(at("CONF-10", d(2026, 8, 19)).contains("NĐ 331/2026"));
}

#[test]
fn the_default_baseline_follows_the_date() {
    let c = choose(None, d(2024, 12, 30)).expect("choice");
    assert_eq!(c.baseline.id(), "quang-ngai-2.0");
    let c = choose(None, d(2024, 12, 31)).expect("choice");
    assert_eq!(
        c.baseline.id(),
        "quang-ngai-2.0",
        "3.0's content is not embedded"
    );
    assert!(c.why.vi.contains("Quyết định số 1702/QĐ-UBND"));
    let c = choose(None, d(2026, 2, 28)).expect("choice");
    assert_eq!(c.baseline.id(), "quang-ngai-2.0", "NĐ 73/2019's last day");
    // NĐ 45/2026 (01/3–30/6/2026): the national framework "or a framework in force".
    let c = choose(None, d(2026, 3, 1)).expect("choice");
    assert_eq!(c.baseline.id(), "vn-national-digital-2025");
    assert!(
        c.why.vi.contains("Nghị định số 45/2026/NĐ-CP"),
        "{}",
        c.why.vi
    );
    assert!(
        !c.why.vi.contains("Điều 37"),
        "NĐ 224/2026 is not yet in force"
    );
    let c = choose(None, d(2026, 6, 30)).expect("choice");
    assert_eq!(c.baseline.id(), "vn-national-digital-2025");
    let c = choose(None, d(2026, 7, 1)).expect("choice");
    assert_eq!(c.baseline.id(), "vn-national-digital-2025");
    assert!(c.why.vi.contains("khoản 1 Điều 37"));
    // The province's references still resolve, as context.
    assert!(c.baseline.model.element("provincial:lgsp").is_some());
    assert!(c.baseline.model.element("principle:cloud-first").is_some());
    // A family name picks the version in force; a built-in name is used as it is.
    let c = choose(Some("quang-ngai"), d(2026, 9, 1)).expect("choice");
    assert_eq!(c.baseline.id(), "quang-ngai-2.0");
    let c = choose(Some("vn-national-digital-2025"), d(2024, 1, 1)).expect("choice");
    assert_eq!(c.baseline.id(), "vn-national-digital-2025");
}

fn website(date: &str, baseline: Option<&str>) -> kientruc::Report {
    let mut v: serde_json::Value = serde_json::from_slice(
        &std::fs::read(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../examples/projects/phuoc-giang-website-2026.json"),
        )
        .expect("read"),
    )
    .expect("json");
    v["appraisal_date"] = serde_json::json!(date);
    v.as_object_mut().expect("object").remove("baseline");
    let p = Project::from_json(v.to_string().as_bytes(), "t").expect("parse");
    let mut opts = CheckOptions::default();
    opts.baseline = baseline.map(str::to_string);
    kientruc::api::check_project(&p, &opts).expect("check")
}

#[test]
fn baseline_not_current_asks_for_review_naming_qd_1702_until_the_national_default() {
    let r = website("2026-02-28", None);
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "baseline-not-current")
        .expect("finding");
    assert_eq!(f.outcome, kientruc::Outcome::Review, "the tool's gap");
    assert!(
        f.message.vi.contains("Quyết định số 1702/QĐ-UBND"),
        "{}",
        f.message.vi
    );
    assert!(f.suggestion.vi.contains("--baseline"));
    let r = website("2026-03-01", None);
    assert_eq!(
        r.baseline.as_ref().map(|b| b.id.as_str()),
        Some("vn-national-digital-2025"),
        "NĐ 45/2026"
    );
    assert!(r.findings.iter().all(|f| f.rule != "baseline-not-current"));
    let r = website("2026-07-01", None);
    assert_eq!(
        r.baseline.as_ref().map(|b| b.id.as_str()),
        Some("vn-national-digital-2025")
    );
    assert!(r.findings.iter().all(|f| f.rule != "baseline-not-current"));
    assert!(r.baseline_choice.is_some());
    // The provincial rules do not crash or fail falsely against the national baseline.
    assert!(
        r.findings.iter().all(|f| !f.rule.starts_with("DOC-")),
        "{:#?}",
        r.findings
    );
}

#[test]
fn a_dissolved_owner_is_told_its_successor() {
    let mut v: serde_json::Value = serde_json::from_slice(
        &std::fs::read(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../examples/projects/hanh-minh-website.json"),
        )
        .expect("read"),
    )
    .expect("json");
    v["appraisal_date"] = serde_json::json!("2026-09-01");
    let p = Project::from_json(v.to_string().as_bytes(), "t").expect("parse");
    let b = kientruc::Baseline::default_builtin().expect("baseline");
    let r = kientruc::check(&p, &b, &CheckOptions::default());
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "CONF-13")
        .expect("CONF-13");
    assert!(
        f.message.vi.contains("agency:ubnd-phuoc-giang"),
        "{}",
        f.message.vi
    );
}
