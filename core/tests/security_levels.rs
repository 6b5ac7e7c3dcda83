//! CONF-10 as the articles state it (NĐ 85/2016/NĐ-CP Điều 6–11, domain.md Part 2 §1.1–1.2; NĐ
//! 331/2026/NĐ-CP from 19/8/2026): each test is a case the rule got wrong before.

use kientruc::{Baseline, CheckOptions, Outcome, Project, Report, check};
use serde_json::{Value, json};

/// A commune project with one component, every other rule satisfied as far as it can be.
fn project(component: Value) -> Value {
    json!({
        "kientruc": "project/1",
        "id": "p",
        "name": "Dự án thử",
        "owner": "agency:ubnd-quang-ngai",
        "appraisal_date": "2024-06-01",
        "phase": {"start": 2024, "end": 2025},
        "components": [component],
        "security": {"dr_plan": true, "backup": true, "monitoring": "provincial-soc"}
    })
}

fn run(v: &Value) -> Report {
    let p = Project::from_json(v.to_string().as_bytes(), "test").expect("project parses");
    let b = Baseline::default_builtin().expect("baseline");
    check(&p, &b, &CheckOptions::default())
}

fn conf10(r: &Report) -> Outcome {
    r.outcomes
        .iter()
        .find(|o| o.rule == "CONF-10")
        .map(|o| o.outcome)
        .expect("CONF-10 outcome")
}

fn messages(r: &Report) -> Vec<String> {
    r.findings
        .iter()
        .filter(|f| f.rule == "CONF-10")
        .map(|f| format!("{} | {} | {}", f.message.vi, f.message.en, f.suggestion.vi))
        .collect()
}

#[test]
fn an_internal_system_with_personal_data_is_level_2_whatever_the_number_of_people() {
    // khoản 1 Điều 8: the 10,000-user criterion of khoản 2 Điều 9 is for citizen systems only.
    let r = run(&project(json!({
        "id": "hr", "kind": "application", "name": "Phần mềm quản lý hồ sơ cán bộ",
        "maps_to": ["provincial:document-management"], "status": "upgrade",
        "information": ["personal"], "personal_data_subjects": 50000, "security_level": 2
    })));
    assert_eq!(conf10(&r), Outcome::Pass, "{:#?}", messages(&r));
}

#[test]
fn infrastructure_is_judged_by_its_own_scope_not_its_owners() {
    // A department LAN owned by the province serves one agency: level 2 (khoản 3 Điều 8).
    let lan = json!({
        "id": "lan", "kind": "network", "name": "Mạng LAN của Sở",
        "maps_to": ["provincial:tslcd"], "status": "upgrade", "scope": "agency", "security_level": 2
    });
    assert_eq!(conf10(&run(&project(lan.clone()))), Outcome::Pass);
    // Without a scope the level cannot be settled: review, never a failure taken from the owner.
    let mut no_scope = lan;
    no_scope.as_object_mut().expect("object").remove("scope");
    let r = run(&project(no_scope));
    assert_eq!(conf10(&r), Outcome::Review, "{:#?}", messages(&r));
    assert!(messages(&r)[0].contains("scope"));
    // Province-wide shared infrastructure is level 3 (khoản 3 Điều 9).
    let r = run(&project(json!({
        "id": "dc", "kind": "infrastructure", "name": "Hạ tầng dùng chung",
        "maps_to": ["provincial:data-center"], "status": "upgrade", "scope": "province", "security_level": 2
    })));
    assert_eq!(conf10(&r), Outcome::Fail);
    assert!(
        messages(&r)[0].contains("khoản 3 Điều 9"),
        "{:#?}",
        messages(&r)
    );
}

#[test]
fn a_portal_serves_citizens_even_without_serves() {
    // TT 03/2017 Điều 4: portals are systems serving citizens and businesses, so level 2 at least.
    let r = run(&project(json!({
        "id": "web", "kind": "portal", "name": "Trang thông tin điện tử xã",
        "maps_to": ["commune:hanh-minh:website"], "status": "upgrade", "security_level": 1
    })));
    assert_eq!(conf10(&r), Outcome::Fail);
    assert!(
        messages(&r)[0].contains("cấp độ tối thiểu 2"),
        "{:#?}",
        messages(&r)
    );
}

#[test]
fn an_online_service_without_its_service_level_needs_review() {
    let r = run(&project(json!({
        "id": "dvc", "kind": "online-service", "name": "Dịch vụ công trực tuyến",
        "maps_to": ["service:online-public-services"], "status": "new", "security_level": 2
    })));
    assert_eq!(conf10(&r), Outcome::Review, "{:#?}", messages(&r));
    assert!(messages(&r)[0].contains("online_service.level"));
}

#[test]
fn a_firewall_protects_a_system_and_needs_no_level_of_its_own() {
    let r = run(&project(json!({
        "id": "fw", "kind": "security", "name": "Tường lửa cho mạng LAN xã",
        "maps_to": ["provincial:security-by-level"], "status": "new"
    })));
    assert!(messages(&r).is_empty(), "{:#?}", messages(&r));
}

#[test]
fn plans_follow_the_required_level_not_a_lower_declared_one() {
    // Declared level 1, required 3: the level fails and so do the missing plans of level 3.
    let mut v = project(json!({
        "id": "dvc", "kind": "online-service", "name": "Dịch vụ công trực tuyến toàn trình",
        "maps_to": ["service:online-public-services"], "status": "new", "security_level": 1,
        "online_service": {"level": "full"}
    }));
    v["security"] = json!({"dr_plan": false, "backup": false, "monitoring": "none"});
    let r = run(&v);
    let m = messages(&r);
    assert_eq!(m.len(), 4, "{m:#?}");
    assert!(m.iter().any(|x| x.contains("dr_plan")) && m.iter().any(|x| x.contains("backup")));
    assert!(m.iter().any(|x| x.contains("security.monitoring")));
}

#[test]
fn under_nd_331_the_texts_cite_the_2026_instruments_only() {
    let mut v = project(json!({
        "id": "tthc", "kind": "one-stop", "name": "Hệ thống giải quyết TTHC",
        "maps_to": ["provincial:tthc-system"], "status": "upgrade", "security_level": 2
    }));
    v["appraisal_date"] = json!("2026-09-01");
    v["security"] = json!({"dr_plan": false});
    let r = run(&v);
    let m = messages(&r);
    assert!(!m.is_empty());
    for x in &m {
        assert!(!x.contains("85/2016") && !x.contains("31/2017"), "{x}");
        assert!(x.contains("331/2026"), "{x}");
    }
    assert!(
        r.findings
            .iter()
            .filter(|f| f.rule == "CONF-10")
            .all(|f| f.basis.status == kientruc::legal::Status::Secondary)
    );
}
