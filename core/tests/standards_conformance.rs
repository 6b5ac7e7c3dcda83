//! CONF-06 on what is declared (issue 13): a catalogue row of TT 39/2017 applies by the kind of
//! a component or by what it declares; a listed, equivalent or newer standard passes, nothing
//! declared is review, and only a declared conflicting standard fails. Each finding carries the
//! row's own source status (rows 1.1–1.12 verified, the others secondary).

use kientruc::legal::Status;
use kientruc::report::Finding;
use kientruc::{Baseline, CheckOptions, Outcome, Project, Report, check};
use serde_json::{Value, json};

fn run(v: &Value) -> Report {
    let p = Project::from_json(v.to_string().as_bytes(), "test").expect("project parses");
    assert!(p.unknown_fields.is_empty(), "{:?}", p.unknown_fields);
    let b = Baseline::default_builtin().expect("embedded baseline");
    check(&p, &b, &CheckOptions::default())
}

fn conf06(r: &Report) -> Outcome {
    r.outcomes
        .iter()
        .find(|o| o.rule == "CONF-06")
        .map(|o| o.outcome)
        .unwrap_or_else(|| panic!("CONF-06 has no outcome: {:#?}", r.outcomes))
}

fn findings(r: &Report) -> Vec<&Finding> {
    r.findings.iter().filter(|f| f.rule == "CONF-06").collect()
}

/// The finding about row `id` (its basis names the row).
fn about<'a>(r: &'a Report, id: &str) -> Option<&'a Finding> {
    let row = format!("mục {id} ");
    findings(r).into_iter().find(|f| {
        f.basis
            .article
            .as_deref()
            .is_some_and(|a| a.starts_with(&row))
    })
}

/// A commune project with one component.
fn project(component: Value) -> Value {
    json!({
        "kientruc": "project/1",
        "id": "conf06-fixture",
        "name": {"vi": "Dự án thử CONF-06", "en": "CONF-06 fixture"},
        "owner": "agency:ubnd-hanh-minh",
        "baseline": "quang-ngai-2.0",
        "appraisal_date": "2024-06-01",
        "phase": {"start": 2024, "end": 2025},
        "components": [component],
        "data": [],
        "integrations": [],
        "security": {"dr_plan": true, "backup": true, "monitoring": "provincial-soc"},
        "waivers": []
    })
}

/// The commune website of issue 13, declaring `standards`.
fn website(standards: Value) -> Value {
    project(json!({
        "id": "website",
        "kind": "portal",
        "name": {"vi": "Trang thông tin điện tử xã Hành Minh", "en": "Hành Minh commune website"},
        "status": "upgrade",
        "maps_to": ["commune:hanh-minh:website"],
        "serves": "citizens-businesses",
        "hosting": "provincial-data-center",
        "internet_facing": true,
        "ipv6": true,
        "security_level": 2,
        "information": ["public"],
        "auth": {"staff": "central-sso", "citizens": "none"},
        "standards": standards
    }))
}

#[test]
fn a_modern_commune_website_passes_without_naming_http_1_1_or_tcvn_6909() {
    let r = run(&website(json!(["HTTPS", "TLS 1.2", "HTML5", "UTF-8"])));
    assert_eq!(conf06(&r), Outcome::Pass, "{:#?}", findings(&r));
    assert!(findings(&r).is_empty());
}

#[test]
fn a_rest_json_lgsp_service_is_not_judged_on_xml() {
    let r = run(&project(json!({
        "id": "lgsp",
        "kind": "platform",
        "name": {"vi": "Dịch vụ chia sẻ dữ liệu qua LGSP", "en": "LGSP data-sharing service"},
        "status": "upgrade",
        "maps_to": ["provincial:lgsp"],
        "ipv6": true,
        "standards": ["REST", "RESTful", "JSON", "TLS 1.2"]
    })));
    assert_eq!(conf06(&r), Outcome::Pass, "{:#?}", findings(&r));
    assert!(about(&r, "2.1").is_none());
    assert!(
        findings(&r).iter().all(|f| !f.message.en.contains("XML")),
        "{:#?}",
        findings(&r)
    );
}

#[test]
fn a_portal_declaring_nothing_is_review_naming_each_row_and_what_meets_it() {
    let r = run(&website(json!([])));
    assert_eq!(conf06(&r), Outcome::Review, "{:#?}", findings(&r));
    for row in ["1.1", "3.1", "3.14", "4.2"] {
        let f = about(&r, row).unwrap_or_else(|| panic!("row {row}: {:#?}", findings(&r)));
        assert_eq!(f.outcome, Outcome::Review);
        assert!(f.message.vi.contains("chưa khai báo"), "{}", f.message.vi);
        assert!(f.message.en.contains("not declared"), "{}", f.message.en);
        assert!(
            f.message.en.contains(&format!("row {row}")),
            "{}",
            f.message.en
        );
    }
    let tls = about(&r, "4.2").expect("4.2");
    assert!(
        tls.suggestion.en.contains("TLS 1.2"),
        "{}",
        tls.suggestion.en
    );
    assert!(
        tls.suggestion.vi.contains("TLS 1.2"),
        "{}",
        tls.suggestion.vi
    );
    // What a portal's kind does not imply is not asked for.
    for row in ["2.1", "2.7", "1.5"] {
        assert!(about(&r, row).is_none(), "row {row}");
    }
}

#[test]
fn a_portal_declaring_ssl_3_only_for_transport_security_fails() {
    let r = run(&website(json!([
        "HTTP/1.1",
        "HTML 4.01",
        "UTF-8",
        "SSL 3.0"
    ])));
    assert_eq!(conf06(&r), Outcome::Fail, "{:#?}", findings(&r));
    let f = about(&r, "4.2").expect("4.2");
    assert_eq!(f.outcome, Outcome::Fail);
    assert!(f.message.en.contains("SSL 3.0"), "{}", f.message.en);
    assert!(f.suggestion.vi.contains("TLS 1.2"), "{}", f.suggestion.vi);
    assert_eq!(findings(&r).len(), 1, "{:#?}", findings(&r));
    // A mandatory standard beside an old one meets the row.
    let r = run(&website(json!([
        "HTTPS", "TLS 1.2", "TLS 1.0", "HTML5", "UTF-8"
    ])));
    assert_eq!(conf06(&r), Outcome::Pass, "{:#?}", findings(&r));
}

#[test]
fn an_old_vietnamese_encoding_fails_row_3_14() {
    let r = run(&website(json!(["HTTPS", "TLS 1.2", "HTML5", "TCVN3"])));
    assert_eq!(conf06(&r), Outcome::Fail, "{:#?}", findings(&r));
    let f = about(&r, "3.14").expect("3.14");
    assert!(f.message.en.contains("TCVN3"), "{}", f.message.en);
}

#[test]
fn tls_1_3_and_http_2_meet_their_rows() {
    let r = run(&website(json!(["HTTP/2", "TLS 1.3", "HTML5", "UTF-8"])));
    assert_eq!(conf06(&r), Outcome::Pass, "{:#?}", findings(&r));
    let r = run(&website(json!([
        "HTTP/3",
        "TLSv1.3",
        "HTML 4.01",
        "TCVN 6909:2001"
    ])));
    assert_eq!(conf06(&r), Outcome::Pass, "{:#?}", findings(&r));
}

#[test]
fn findings_carry_the_status_of_their_row() {
    let r = run(&website(json!([])));
    for (row, status) in [
        ("1.1", Status::Verified),
        ("3.1", Status::Secondary),
        ("4.2", Status::Secondary),
    ] {
        let f = about(&r, row).unwrap_or_else(|| panic!("row {row}"));
        assert_eq!(f.basis.status, status, "row {row}");
        assert!(
            f.basis.instrument.starts_with("TT 39/2017/TT-BTTTT"),
            "{}",
            f.basis.instrument
        );
    }
}

#[test]
fn soap_makes_the_xml_row_apply_and_asks_which_version() {
    let r = run(&project(json!({
        "id": "lgsp",
        "kind": "platform",
        "name": {"vi": "Dịch vụ SOAP qua LGSP", "en": "SOAP service on the LGSP"},
        "status": "upgrade",
        "maps_to": ["provincial:lgsp"],
        "ipv6": true,
        "standards": ["SOAP v1.2", "TLS 1.2"]
    })));
    assert_eq!(conf06(&r), Outcome::Review, "{:#?}", findings(&r));
    let f = about(&r, "2.1").expect("2.1");
    assert!(f.message.en.contains("SOAP v1.2"), "{}", f.message.en);
    assert!(f.suggestion.en.contains("XML 1.0"), "{}", f.suggestion.en);
}

#[test]
fn e_mail_implies_mail_transfer_and_its_security() {
    let r = run(&project(json!({
        "id": "mail",
        "kind": "email",
        "name": {"vi": "Thư điện tử công vụ", "en": "Official e-mail"},
        "status": "new",
        "maps_to": ["provincial:email"],
        "standards": ["SMTP", "IMAP4rev1", "POP3", "S/MIME 3.2", "SMTPS", "IMAPS"]
    })));
    assert_eq!(conf06(&r), Outcome::Pass, "{:#?}", findings(&r));
    let r = run(&project(json!({
        "id": "mail",
        "kind": "email",
        "name": {"vi": "Thư điện tử công vụ", "en": "Official e-mail"},
        "status": "new",
        "maps_to": ["provincial:email"]
    })));
    assert_eq!(conf06(&r), Outcome::Review, "{:#?}", findings(&r));
    for row in ["1.5", "1.6", "4.1", "4.4", "4.5"] {
        assert!(about(&r, row).is_some(), "row {row}");
    }
    assert!(about(&r, "4.2").is_none());
}
