//! The verdict defects of the second appraiser's review (an appraisal officer of Sở KH&CN
//! Quảng Ngãi), one test per defect (D1–D13, D19), each on a small change to an example proposal.

use kientruc::report::{Tally, TextOptions, to_markdown, to_text};
use kientruc::{Baseline, CheckOptions, Date, Lang, Outcome, Project, Report, check};
use serde_json::{Value, json};
use std::path::Path;

/// Check options with the appraiser's acceptances `accepted`.
fn with_accepted(accepted: Vec<kientruc::acceptance::Acceptance>) -> CheckOptions {
    let mut o = CheckOptions::new();
    o.accepted = accepted;
    o
}

fn example(file: &str) -> Value {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples/projects")
        .join(file);
    serde_json::from_slice(&std::fs::read(p).expect("example")).expect("json")
}

fn project(v: &Value) -> Project {
    Project::from_json(v.to_string().as_bytes(), "p").expect("project")
}

/// Checked against the baseline the library chooses (no baseline named).
fn chosen(v: &Value, opts: &CheckOptions) -> Report {
    let mut v = v.clone();
    v.as_object_mut().expect("object").remove("baseline");
    kientruc::api::check_project(&project(&v), opts).expect("check")
}

fn on_2_0(v: &Value, opts: &CheckOptions) -> Report {
    check(
        &project(v),
        &Baseline::default_builtin().expect("baseline"),
        opts,
    )
}

fn outcome(r: &Report, rule: &str) -> Option<Outcome> {
    r.outcomes
        .iter()
        .find(|o| o.rule == rule)
        .map(|o| o.outcome)
}

fn finding<'r>(r: &'r Report, rule: &str) -> &'r kientruc::Finding {
    r.findings
        .iter()
        .find(|f| f.rule == rule)
        .unwrap_or_else(|| panic!("no {rule} finding: {:#?}", r.findings))
}

fn acceptance(json: &str) -> Vec<kientruc::acceptance::Acceptance> {
    kientruc::acceptance::AcceptanceDoc::from_json(json.as_bytes(), "a")
        .expect("acceptance")
        .accepted
}

/// D1: a rule whose basis is a mandatory ("phải") provision is not waivable: a waiver of the
/// logical separation of a level-3 system on rented cloud (NĐ 331/2026 khoản 8 Điều 30) leaves it
/// non-conformant.
#[test]
fn d1_a_waiver_of_a_mandatory_provision_leaves_the_failure() {
    for id in [
        "CONF-06", "CONF-07", "CONF-10", "CONF-15", "CONF-16", "CONF-17", "CONF-18", "CONF-19",
        "CONF-20", "CONF-21",
    ] {
        let m = kientruc::rules::rule(id).expect("rule");
        assert!(!m.waivable, "{id} rests on a mandatory provision");
        assert!(m.not_waivable_because.is_some(), "{id} says why");
    }
    // Judgements and the architecture's own plan stay justifiable.
    for id in ["CONF-02", "CONF-05", "CONF-11", "CONF-14"] {
        assert!(kientruc::rules::rule(id).expect("rule").waivable, "{id}");
    }
    let mut v = example("provincial-database-cloud-2026.json");
    v["waivers"] = json!([{"rule": "CONF-20", "subject": "education-db", "reason": "Nhà cung cấp bảo đảm cách ly."}]);
    let r = chosen(&v, &CheckOptions::default());
    assert_eq!(r.level.map(kientruc::Level::id), Some("non-conformant"));
    assert_eq!(outcome(&r, "CONF-20"), Some(Outcome::Fail));
    assert_eq!(finding(&r, "DOC-010").severity, kientruc::Severity::Info);
}

/// D5: an acceptance of a waiver of a mandatory provision has no effect and says so (DOC-014),
/// instead of being dropped silently.
#[test]
fn d5_an_acceptance_of_a_mandatory_waiver_is_reported() {
    let mut v = example("provincial-database-cloud-2026.json");
    v["waivers"] = json!([{"rule": "CONF-20", "subject": "education-db", "reason": "Nhà cung cấp bảo đảm cách ly."}]);
    let opts = with_accepted(acceptance(
        r#"{"kientruc": "acceptance/1", "accepted": [{"project": "provincial-database-cloud-2026", "rule": "CONF-20", "subject": "education-db", "by": "Sở KH&CN", "date": "2026-11-05"}]}"#,
    ));
    let r = chosen(&v, &opts);
    assert_eq!(r.level.map(kientruc::Level::id), Some("non-conformant"));
    assert_eq!(r.counts.accepted, 0);
    let f = finding(&r, "DOC-014");
    assert!(f.message.vi.contains("05/11/2026"), "{}", f.message.vi);
    assert!(f.message.vi.contains("không có hiệu lực"));
    assert!(r.findings.iter().all(|f| f.rule != "DOC-013"));
}

/// D2: between 31/12/2024 and 28/02/2026 the architecture in force (3.0) is not in the tool: a
/// review, not a failure; from 01/3/2026 (NĐ 45/2026) the national framework is the default.
#[test]
fn d2_the_tools_missing_baseline_is_not_the_proposals_defect() {
    let mut v = example("hanh-minh-website.json");
    v["appraisal_date"] = json!("2025-03-10");
    v["phase"] = json!({"start": 2025, "end": 2025});
    let r = chosen(&v, &CheckOptions::default());
    assert_eq!(outcome(&r, "baseline-not-current"), Some(Outcome::Review));
    assert_eq!(r.level.map(kientruc::Level::id), Some("compliant"));
    let f = finding(&r, "baseline-not-current");
    assert!(f.message.vi.contains("cần làm rõ"), "{}", f.message.vi);
    assert!(f.message.vi.contains("1702/QĐ-UBND"));
    // Naming 2.0 for such a date is the same review.
    let r = on_2_0(&v, &CheckOptions::default());
    assert_eq!(outcome(&r, "baseline-not-current"), Some(Outcome::Review));
    // 15/04/2026: NĐ 45/2026 accepts the national framework.
    let mut v = example("provincial-email-2026.json");
    v["appraisal_date"] = json!("2026-04-15");
    let r = chosen(&v, &CheckOptions::default());
    assert_eq!(
        r.baseline.as_ref().map(|b| b.id.as_str()),
        Some("vn-national-digital-2025")
    );
    let why = r.baseline_choice.as_ref().expect("why").vi.clone();
    assert!(why.contains("Nghị định số 45/2026/NĐ-CP"), "{why}");
    assert!(!why.contains("Điều 37"), "{why}");
    assert_eq!(r.level.map(kientruc::Level::id), Some("fully-conformant"));
}

/// D7: a project decided under NĐ 45/2026 continues under it (NĐ 224/2026 khoản 2 Điều 91): its
/// baseline choice cites NĐ 45/2026, not NĐ 224/2026 khoản 1 Điều 37.
#[test]
fn d7_the_baseline_choice_follows_the_transitional_regime() {
    let v = example("provincial-email-2026-decided.json");
    let r = chosen(&v, &CheckOptions::default());
    assert_eq!(r.regime.as_deref().map(|s| &s[..9]), Some("nd45-2026"));
    let why = r.baseline_choice.as_ref().expect("why").vi.clone();
    assert!(why.contains("khoản 2 Điều 91"), "{why}");
    assert!(why.contains("Nghị định số 45/2026/NĐ-CP"), "{why}");
    assert!(!why.contains("khoản 1 Điều 37"), "{why}");
    let d = |s: &str| Date::parse(s).expect("date");
    let c = kientruc::baseline::choose_for(None, d("2026-10-20"), Some(d("2026-05-10")))
        .expect("choice");
    assert_eq!(c.why.vi, why);
}

/// D3: from 01/3/2026 the proposal shows its fit with the 5-year or annual digital transformation
/// plan: review when it names none, pass when it names one; the 2.0 roadmap is not such a plan.
#[test]
fn d3_fit_with_the_transformation_plan_is_asked_from_2026() {
    let mut v = example("provincial-online-service-2026.json");
    assert_eq!(
        outcome(&chosen(&v, &CheckOptions::default()), "CONF-21"),
        Some(Outcome::Pass)
    );
    v.as_object_mut().expect("object").remove("plan");
    let r = chosen(&v, &CheckOptions::default());
    assert_eq!(outcome(&r, "CONF-21"), Some(Outcome::Review));
    assert_eq!(r.level.map(kientruc::Level::id), Some("compliant"));
    assert!(
        finding(&r, "CONF-21")
            .basis
            .display()
            .contains("khoản 1 Điều 45")
    );
    let plans = r.checklist.iter().find(|c| c.id == "plans").expect("plans");
    assert_eq!(plans.outcome, Outcome::Review);
    assert!(!plans.rules.contains(&"CONF-14".to_string()));
    // Before 01/3/2026 it does not apply.
    let r = on_2_0(&example("hanh-minh-website.json"), &CheckOptions::default());
    assert_eq!(outcome(&r, "CONF-21"), None);
    // The 2.0 roadmap named in 2026 cites the architecture, not khoản 1 Điều 45.
    let r = on_2_0(
        &example("phuoc-giang-website-2026.json"),
        &CheckOptions::default(),
    );
    let basis = finding(&r, "CONF-14").basis.display();
    assert!(!basis.contains("Điều 45"), "{basis}");
}

/// D4: the officer can avoid a name-inferred duplicate warning: `function` is listed with its
/// labels, is in the template, and the warning says to set it.
#[test]
fn d4_the_function_field_is_offered_where_the_officer_looks() {
    let f = kientruc::Framework::builtin("vn-egov-2.0")
        .expect("framework")
        .function_vocabulary();
    assert!(
        f.values
            .iter()
            .any(|x| x.id == "document-management" && x.vi == "Quản lý văn bản và điều hành")
    );
    assert!(kientruc::project::TEMPLATE.contains("\"function\""));
    let mut v = example("commune-document-software.json");
    for c in v["components"].as_array_mut().expect("components") {
        c.as_object_mut().expect("component").remove("function");
    }
    let r = on_2_0(&v, &CheckOptions::default());
    let f = finding(&r, "CONF-02");
    assert_eq!(f.severity, kientruc::Severity::Warning, "{:#?}", f);
    assert!(f.suggestion.vi.contains("function"), "{}", f.suggestion.vi);
}

/// D6: one tally in every format: info notes (an extra, a refused justification) are not failed
/// rules, an accepted finding is not passed, and the text totals, the closing paragraph and the
/// portfolio row say the same numbers.
#[test]
fn d6_one_tally_in_every_format() {
    let r = on_2_0(
        &example("commune-library-software.json"),
        &CheckOptions::default(),
    );
    assert_eq!(
        outcome(&r, "CONF-01"),
        Some(Outcome::Pass),
        "an extra is a note"
    );
    let t = Tally::of(&r);
    let text = to_text(
        &r,
        TextOptions {
            lang: Lang::Vi,
            color: false,
        },
    );
    let md = to_markdown(&r, Lang::Vi);
    let phrase = t.findings_phrase(Lang::Vi);
    assert!(text.contains(&phrase), "{text}");
    assert!(md.contains(&phrase), "{md}");
    let row = &kientruc::report::portfolio::summary(std::slice::from_ref(&r), &[], Lang::Vi)[0];
    assert_eq!((row.errors, row.review), (t.failed, t.to_review));
    // A refused justification is counted as such, not as a failed rule.
    let r = on_2_0(
        &example("data-center-upgrade.json"),
        &CheckOptions::default(),
    );
    let t = Tally::of(&r);
    assert_eq!((t.failed, t.refused), (1, 1));
    assert_eq!(outcome(&r, "DOC-010"), Some(Outcome::NotApplicable));
    // An accepted justification is not a passed rule.
    let v = example("hanh-minh-website-rented-hosting.json");
    let plain = on_2_0(&v, &CheckOptions::default());
    let opts = with_accepted(acceptance(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../examples/acceptances/hanh-minh-website-rented-hosting.json"),
        )
        .expect("acceptance"),
    ));
    let r = on_2_0(&v, &opts);
    assert_eq!(r.counts.accepted, 1);
    assert_eq!(r.counts.pass, plain.counts.pass, "accepted ≠ passed");
    assert_eq!(Tally::of(&r).accepted, 1);
}

/// D8: the diagram as of a check date leaves out the units abolished on 01/7/2025 and does not
/// call the 2022–2025 plan items "planned" in 2026.
#[test]
fn d8_the_dated_diagram_shows_what_exists_on_the_date() {
    let b = Baseline::default_builtin().expect("baseline");
    let v = example("hanh-minh-website.json");
    let p = project(&v);
    let draw = |d: Option<&str>| {
        kientruc::diagram::Diagram::new_as_of(
            &b.model,
            &b.framework,
            Some(&p.doc),
            Lang::Vi,
            d.and_then(Date::parse),
        )
    };
    let has = |d: &kientruc::diagram::Diagram, id: &str| d.nodes.iter().any(|n| n.id == id);
    let planned =
        |d: &kientruc::diagram::Diagram, id: &str| d.nodes.iter().any(|n| n.id == id && n.planned);
    let whole = draw(None);
    assert!(has(&whole, "agency:ubnd-kon-tum"));
    assert!(planned(&whole, "provincial:lgsp"));
    let in2024 = draw(Some("2024-03-15"));
    assert!(has(&in2024, "agency:ubnd-hanh-minh"));
    assert!(planned(&in2024, "provincial:lgsp"));
    let in2026 = draw(Some("2026-10-20"));
    for gone in [
        "agency:ubnd-kon-tum",
        "agency:ubnd-binh-son",
        "agency:ubnd-hanh-minh",
    ] {
        assert!(!has(&in2026, gone), "{gone}");
    }
    assert!(has(&in2026, "provincial:lgsp"));
    assert!(
        !planned(&in2026, "provincial:lgsp"),
        "the 2022–2025 plan ended"
    );
    assert!(
        in2026
            .edges
            .iter()
            .all(|e| e.from < in2026.nodes.len() && e.to < in2026.nodes.len())
    );
}

/// D9: a report with input problems marks the findings about a broken subject as consequences
/// and prints no rule counts, as no verdict is given.
#[test]
fn d9_a_not_assessed_report_gives_no_counts_and_marks_consequences() {
    let mut v = example("hanh-minh-website.json");
    let c = v["components"][0].as_object_mut().expect("component");
    let level = c.remove("security_level").expect("level");
    c.insert("security_levle".into(), level);
    let r = on_2_0(&v, &CheckOptions::default());
    assert_eq!(r.level.map(kientruc::Level::id), Some("not-assessed"));
    assert!(finding(&r, "CONF-10").consequence);
    assert!(!finding(&r, "DOC-001").consequence);
    assert!(!finding(&r, "CONF-13").consequence, "another subject");
    let text = to_text(
        &r,
        TextOptions {
            lang: Lang::Vi,
            color: false,
        },
    );
    assert!(!text.contains("quy tắc đạt"), "{text}");
    assert!(text.contains("hệ quả của lỗi hồ sơ"), "{text}");
    let md = to_markdown(&r, Lang::Vi);
    assert!(!md.contains("nội dung không đạt"), "{md}");
}

/// D10, D11: a finding cites only instruments in force on the check date, glosses included.
#[test]
fn d10_d11_findings_cite_only_instruments_in_force() {
    let d = |s: &str| Date::parse(s).expect("date");
    let conf15 = kientruc::rules::rule("CONF-15")
        .expect("rule")
        .at(d("2024-03-20"));
    assert!(!conf15.basis.display().contains("356/2025"), "a 2024 basis");
    let mut v = example("hanh-minh-website.json");
    v["appraisal_date"] = json!("2026-04-15");
    v["phase"] = json!({"start": 2026, "end": 2027});
    let r = on_2_0(&v, &CheckOptions::default());
    let basis = finding(&r, "CONF-14").basis.display();
    assert!(!basis.contains("73/2019"), "ended 28/02/2026: {basis}");
    assert!(!basis.contains("224/2026"), "from 01/7/2026: {basis}");
    for f in &r.findings {
        for c in &f.basis.cites {
            assert!(c.effective.contains(d("2026-04-15")), "{}: {c:?}", f.rule);
        }
    }
}

/// D12: from 01/7/2026 the IPv6 finding of a commune website also cites NĐ 224/2026 khoản 4
/// Điều 11.
#[test]
fn d12_a_commune_website_without_ipv6_cites_article_11() {
    let mut v = example("phuoc-giang-portal-subsite-2026.json");
    v["components"][0]["ipv6"] = json!(false);
    let r = chosen(&v, &CheckOptions::default());
    let basis = finding(&r, "CONF-07").basis.display();
    assert!(basis.contains("khoản 4 Điều 11"), "{basis}");
    let mut v = example("hanh-minh-website.json");
    v["components"][0]["ipv6"] = json!(false);
    let r = on_2_0(&v, &CheckOptions::default());
    assert!(!finding(&r, "CONF-07").basis.display().contains("224/2026"));
}

/// D13: from 01/7/2026 the security texts speak of "cấp độ an ninh mạng" (Luật 116/2025/QH15
/// khoản 1 Điều 8).
#[test]
fn d13_the_security_wording_follows_the_law_in_force() {
    let mut v = example("data-center-upgrade.json");
    v["appraisal_date"] = json!("2026-10-20");
    let r = on_2_0(&v, &CheckOptions::default());
    let m = &finding(&r, "DOC-010").message.vi;
    assert!(m.contains("cấp độ an ninh mạng"), "{m}");
    assert!(!m.contains("cấp độ an toàn hệ thống thông tin"), "{m}");
    let d = |s: &str| Date::parse(s).expect("date");
    let conf10 = kientruc::rules::rule("CONF-10").expect("rule");
    assert!(conf10.at(d("2026-07-01")).title.vi.contains("an ninh mạng"));
    assert!(
        conf10
            .at(d("2026-06-30"))
            .title
            .vi
            .contains("an toàn hệ thống thông tin")
    );
    let r = on_2_0(
        &example("data-center-upgrade.json"),
        &CheckOptions::default(),
    );
    assert!(
        finding(&r, "DOC-010")
            .message
            .vi
            .contains("cấp độ an toàn hệ thống thông tin")
    );
}

/// D19: a Vietnamese value contained in one label gets its did-you-mean.
#[test]
fn d19_a_natural_vietnamese_value_gets_a_suggestion() {
    let mut v = example("hanh-minh-website.json");
    v["components"][0]["serves"] = json!("Người dân");
    let r = on_2_0(&v, &CheckOptions::default());
    let f = finding(&r, "DOC-002");
    assert!(
        f.message
            .vi
            .contains("Có phải là “Phục vụ người dân, doanh nghiệp”?"),
        "{}",
        f.message.vi
    );
}
