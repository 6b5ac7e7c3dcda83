//! Project conformance against the hand-written expectations of `examples/projects/expected.json`,
//! per-rule pass / fail / review fixtures, the six levels, determinism and the report formats.

use kientruc::report::{TextOptions, to_html, to_json, to_markdown, to_sarif, to_text};
use kientruc::{Baseline, CheckOptions, Lang, Outcome, Project, Report, check};
use serde_json::{Value, json};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/projects")
}

fn read(p: &Path) -> Vec<u8> {
    std::fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn baseline() -> Baseline {
    Baseline::default_builtin().expect("embedded baseline")
}

fn check_value(v: &Value) -> Report {
    let p = Project::from_json(v.to_string().as_bytes(), "test").expect("project parses");
    check(&p, &baseline(), &CheckOptions::default())
}

fn outcome(r: &Report, rule: &str) -> Outcome {
    r.outcomes
        .iter()
        .find(|o| o.rule == rule)
        .map(|o| o.outcome)
        .unwrap_or_else(|| panic!("{rule} has no outcome: {:#?}", r.outcomes))
}

fn ids(r: &Report, o: Outcome) -> BTreeSet<String> {
    r.outcomes
        .iter()
        .filter(|x| x.outcome == o)
        .map(|x| x.rule.clone())
        .collect()
}

fn expected() -> Vec<Value> {
    let v: Value =
        serde_json::from_slice(&read(&examples().join("expected.json"))).expect("expected.json");
    v["projects"].as_array().expect("projects").clone()
}

/// Checks an example as its entry in expected.json says: against `b` (the file's baseline), or
/// the entry's own `baseline` — a built-in name, or null = the baseline the library chooses for
/// the check date (`api::check_project`).
fn check_example(e: &Value, p: &Project, b: &Baseline) -> Report {
    check_example_with(e, p, b, &CheckOptions::default())
}

fn check_example_with(e: &Value, p: &Project, b: &Baseline, o: &CheckOptions) -> Report {
    match e.get("baseline") {
        None => check(p, b, o),
        Some(Value::Null) => kientruc::api::check_project(p, o).expect("a baseline is chosen"),
        Some(n) => check(
            p,
            &Baseline::builtin(n.as_str().expect("baseline name")).expect("built-in"),
            o,
        ),
    }
}

/// The options of one of an entry's `variants`: its rule packs and acceptances, paths relative to
/// the examples folder.
fn variant_options(v: &Value) -> CheckOptions {
    let paths = |k: &str| -> Vec<PathBuf> {
        v.get(k)
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .map(|s| examples().join(s.as_str().expect("path")))
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut o = CheckOptions::default();
    for f in paths("rulepacks") {
        o.rulepacks
            .push(kientruc::RulePack::from_json(&read(&f), "pack").expect("rule pack"));
    }
    for f in paths("accept") {
        let doc = kientruc::acceptance::AcceptanceDoc::from_json(&read(&f), "acceptance")
            .expect("acceptance");
        o.accepted.extend(doc.accepted);
    }
    o
}

/// Asserts that a report has the level, failed and review rules an expectation (an entry or one of
/// its variants) lists.
fn assert_expected(r: &Report, e: &Value, what: &str) {
    assert_eq!(
        r.level.map(kientruc::Level::id),
        e["level"].as_str(),
        "{what}: {:#?}",
        r.findings
    );
    assert_eq!(ids(r, Outcome::Fail), strings(&e["fail"]), "{what} fail");
    assert_eq!(
        ids(r, Outcome::Review),
        strings(&e["review"]),
        "{what} review"
    );
    assert_eq!(
        r.counts.accepted as u64,
        e["accepted"].as_u64().unwrap_or(0),
        "{what} accepted"
    );
}

fn strings(v: &Value) -> BTreeSet<String> {
    v.as_array()
        .expect("array")
        .iter()
        .map(|s| s.as_str().expect("string").to_string())
        .collect()
}

#[test]
fn every_example_reaches_its_hand_written_level_and_rules() {
    let top: Value =
        serde_json::from_slice(&read(&examples().join("expected.json"))).expect("expected.json");
    let b =
        Baseline::builtin(top["baseline"].as_str().expect("top-level baseline")).expect("built-in");
    let list = expected();
    assert!(list.len() >= 8);
    let mut files: Vec<String> = std::fs::read_dir(examples())
        .expect("dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json") && n != "expected.json")
        .collect();
    files.sort();
    let mut listed: Vec<String> = list
        .iter()
        .map(|e| e["file"].as_str().expect("file").to_string())
        .collect();
    listed.sort();
    assert_eq!(
        files, listed,
        "every example has an expectation and every expectation an example"
    );
    for e in &list {
        let file = e["file"].as_str().expect("file");
        let p = Project::from_json(&read(&examples().join(file)), file).expect("example parses");
        // Only an example of an input problem may carry a field the format does not define.
        assert!(
            p.unknown_fields.is_empty() || e["level"] == "not-assessed",
            "{file}: {:?}",
            p.unknown_fields
        );
        let r = check_example(e, &p, &b);
        assert_expected(&r, e, file);
        for v in e["variants"].as_array().map(Vec::as_slice).unwrap_or(&[]) {
            let name = format!("{file} / {}", v["name"].as_str().expect("variant name"));
            let rv = check_example_with(e, &p, &b, &variant_options(v));
            assert_expected(&rv, v, &name);
            // A variant changes the verdict, or at least what the report says (an acceptance
            // of a mandatory rule changes nothing but is reported, DOC-014).
            let rules = |r: &Report| -> BTreeSet<String> {
                r.findings.iter().map(|f| f.rule.clone()).collect()
            };
            assert!(
                rv.level != r.level
                    || ids(&rv, Outcome::Review) != ids(&r, Outcome::Review)
                    || rules(&rv) != rules(&r),
                "{name}: a variant's options change the verdict or the findings"
            );
            assert!(
                !v["reasoning"]["vi"].as_str().unwrap_or("").is_empty(),
                "{name} reasoning"
            );
        }
        assert_eq!(
            r.counts.extras as u64,
            e["extras"].as_u64().expect("extras"),
            "{file} extras"
        );
        assert_eq!(
            r.counts.waived as u64,
            e["waived"].as_u64().unwrap_or(0),
            "{file} waived"
        );
        assert!(
            !e["reasoning"]["vi"].as_str().unwrap_or("").is_empty(),
            "{file} reasoning"
        );
    }
}

#[test]
fn the_six_levels_are_each_reached() {
    let levels: BTreeSet<String> = expected()
        .iter()
        .map(|e| e["level"].as_str().expect("level").to_string())
        .collect();
    let all: BTreeSet<String> = kientruc::Level::ALL
        .iter()
        .map(|l| l.id().to_string())
        .collect();
    assert_eq!(levels, all);
}

/// The base project: every rule that applies passes.
fn base() -> Value {
    serde_json::from_slice(&read(&examples().join("one-stop-upgrade.json"))).expect("json")
}

fn with(f: impl FnOnce(&mut Value)) -> Report {
    check_value(&with_value(f))
}

fn with_value(f: impl FnOnce(&mut Value)) -> Value {
    let mut v = base();
    f(&mut v);
    v
}

#[test]
fn the_base_fixture_passes_every_applicable_rule() {
    let r = check_value(&base());
    assert_eq!(r.level.map(kientruc::Level::id), Some("fully-conformant"));
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
    for rule in [
        "CONF-01",
        "CONF-02",
        "CONF-05",
        "CONF-06",
        "CONF-07",
        "CONF-08",
        "CONF-09",
        "CONF-10",
        "CONF-11",
        "CONF-12",
        "CONF-13",
        "CONF-14",
        "baseline-not-current",
    ] {
        assert_eq!(outcome(&r, rule), Outcome::Pass, "{rule}");
    }
    // No data stores: the data rules do not apply.
    assert_eq!(outcome(&r, "CONF-03"), Outcome::NotApplicable);
    assert_eq!(outcome(&r, "CONF-04"), Outcome::NotApplicable);
}

#[test]
fn conf01_extras_and_empty_projects() {
    let r = with(|v| {
        v["components"].as_array_mut().expect("c").push(json!({"id": "x", "kind": "application", "name": "Phần mềm X",
            "hosting": "provincial-data-center", "security_level": 2, "auth": {"staff": "central-sso"}}));
    });
    // An extra is an info finding: counted apart, it never fails the rule.
    assert_eq!(outcome(&r, "CONF-01"), Outcome::Pass);
    assert_eq!(r.counts.extras, 1);
    assert_eq!(r.level.map(kientruc::Level::id), Some("conformant"));
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "CONF-01")
        .expect("extra");
    assert_eq!(
        (f.subject.as_str(), f.severity),
        ("x", kientruc::Severity::Info)
    );
    assert!(
        f.suggestion
            .vi
            .contains("Bổ sung vào Kiến trúc hoặc giải trình")
    );
    let r = with(|v| v["components"] = json!([]));
    assert_eq!(outcome(&r, "CONF-01"), Outcome::Review);
    let r = with(|v| v["components"][0]["maps_to"] = json!(["provincial:no-such-thing"]));
    assert!(r.findings.iter().any(|f| f.rule == "CONF-01"
        && f.subject == "tthc"
        && f.message.en.contains("provincial:no-such-thing")));
    let r = with(|v| {
        v["components"][0]["maps_to"] = json!([]);
        v["components"][0]["codes"] = json!(["DRM001.002"]);
        v["components"][0]["status"] = json!("new");
    });
    assert_eq!(
        outcome(&r, "CONF-01"),
        Outcome::Pass,
        "a known taxonomy code maps a component"
    );
}

#[test]
fn conf02_duplication() {
    let r = with(|v| {
        v["components"][0]["maps_to"] = json!([]);
        v["components"][0]["status"] = json!("new");
        v["components"][0]["scope"] = json!("commune");
        v["components"][0]["codes"] = json!(["DRM001.001"]);
    });
    assert_eq!(outcome(&r, "CONF-02"), Outcome::Fail);
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "CONF-02")
        .expect("finding");
    assert_eq!(f.subject, "tthc");
    assert!(
        f.suggestion.en.contains("provincial:tthc-system"),
        "names the system to reuse: {}",
        f.suggestion.en
    );
    let r = with(|v| v["components"][0]["maps_to"] = json!([]));
    assert_eq!(
        outcome(&r, "CONF-02"),
        Outcome::Review,
        "an upgrade of nothing named"
    );
}

fn conf02(r: &Report) -> Vec<&kientruc::Finding> {
    r.findings.iter().filter(|f| f.rule == "CONF-02").collect()
}

#[test]
fn conf02_a_commune_buying_its_own_document_software_duplicates_the_provincial_one() {
    let r = with(|v| {
        v["owner"] = json!("agency:ubnd-hanh-minh");
        v["appraisal_date"] = json!("2024-03-15");
        v["components"] = json!([{"id": "qlvb", "kind": "application", "name": "Phần mềm quản lý văn bản và điều hành xã Hành Minh",
            "status": "new", "scope": "commune", "function": "document-management"}]);
        v["integrations"] = json!([]);
    });
    let f = conf02(&r);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(
        (f[0].outcome, f[0].severity),
        (Outcome::Fail, kientruc::Severity::Error)
    );
    assert!(
        f[0].suggestion
            .en
            .contains("provincial:document-management"),
        "{}",
        f[0].suggestion.en
    );
    assert!(f[0].message.vi.contains("khai báo"), "{}", f[0].message.vi);
    // The same, with the function inferred from the name: a warning, and the finding says so.
    let r = with(|v| {
        v["owner"] = json!("agency:ubnd-hanh-minh");
        v["components"] = json!([{"id": "qlvb", "kind": "application", "name": "Phần mềm Quản lý văn bản xã",
            "status": "new", "scope": "commune"}]);
        v["integrations"] = json!([]);
    });
    let f = conf02(&r);
    assert_eq!(
        (f[0].outcome, f[0].severity),
        (Outcome::Fail, kientruc::Severity::Warning)
    );
    assert!(
        f[0].message.vi.contains("suy ra từ tên"),
        "{}",
        f[0].message.vi
    );
    // A function inferred from the kind (e-mail).
    let r = with(|v| {
        v["components"] = json!([{"id": "mail", "kind": "email", "name": "Hệ thống X", "status": "new", "scope": "province"}]);
        v["integrations"] = json!([]);
    });
    let f = conf02(&r);
    assert!(
        f[0].message.vi.contains("suy ra từ loại"),
        "{}",
        f[0].message.vi
    );
    assert!(f[0].suggestion.en.contains("provincial:email"));
    // An unknown function is an input problem (DOC-002) listing the allowed values.
    let r = with(|v| v["components"][0]["function"] = json!("coffee-making"));
    assert!(
        r.findings
            .iter()
            .any(|f| f.rule == "DOC-002" && f.message.en.contains("document-management"))
    );
    // A Vietnamese label is accepted.
    let r = with(|v| {
        v["components"] = json!([{"id": "qlvb", "kind": "application", "name": "Phần mềm X", "status": "new",
            "scope": "province", "function": "Quản lý văn bản và điều hành"}]);
        v["integrations"] = json!([]);
    });
    assert_eq!(conf02(&r).len(), 1);
}

#[test]
fn conf02_different_functions_never_duplicate() {
    for kind in ["platform", "application"] {
        let r = with(|v| {
            v["components"] = json!([{"id": "ioc", "kind": kind, "name": "Trung tâm giám sát, điều hành thông minh (IOC) tỉnh",
                "status": "new", "scope": "province"}]);
            v["integrations"] = json!([]);
        });
        assert!(conf02(&r).is_empty(), "{kind}: {:#?}", conf02(&r));
        assert_eq!(outcome(&r, "CONF-02"), Outcome::Pass);
    }
}

#[test]
fn conf02_new_with_an_existing_system_is_review_and_national_systems_only_meet_national_components()
{
    let r = with(|v| {
        v["components"][0]["status"] = json!("new");
    });
    let f = conf02(&r);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].outcome, Outcome::Review);
    assert!(
        f[0].message.vi.contains("nâng cấp hay xây mới"),
        "{}",
        f[0].message.vi
    );
    assert!(!f[0].message.en.contains("national:public-service-portal"));
    // A new provincial one-stop system naming nothing duplicates the provincial one, not the
    // National Public Service Portal.
    let r = with(|v| {
        v["components"][0]["status"] = json!("new");
        v["components"][0]["maps_to"] = json!([]);
    });
    let f = conf02(&r);
    assert!(f[0].suggestion.en.contains("provincial:tthc-system"));
    assert!(
        !f[0]
            .suggestion
            .en
            .contains("national:public-service-portal")
    );
    // A national-scope one does meet the national portal.
    let r = with(|v| {
        v["components"][0]["status"] = json!("new");
        v["components"][0]["maps_to"] = json!([]);
        v["components"][0]["scope"] = json!("national");
        v["components"][0]["function"] = json!("public-service-portal");
    });
    assert!(
        conf02(&r)[0]
            .suggestion
            .en
            .contains("national:public-service-portal")
    );
}

#[test]
fn conf03_provincial_parts_of_the_national_land_database() {
    let land = |extra: Value, integrations: Value| {
        with(|v| {
            v["components"].as_array_mut().expect("c").push(json!({"id": "land-db", "kind": "database",
                "name": "Cơ sở dữ liệu đất đai tỉnh", "maps_to": ["provincial:sector-databases"], "status": "upgrade",
                "hosting": "provincial-data-center", "security_level": 3, "catalogues": ["admin-units"], "standards": ["UTF-8"]}));
            let mut store = json!({"id": "land", "component": "land-db", "domain": "resource-management", "master": ["land"]});
            if let (Some(s), Some(e)) = (store.as_object_mut(), extra.as_object()) {
                s.extend(e.clone());
            }
            v["data"] = json!([store]);
            if let Some(a) = integrations.as_array() {
                v["integrations"]
                    .as_array_mut()
                    .expect("i")
                    .extend(a.iter().cloned());
            }
        })
    };
    let r = land(
        json!({}),
        json!([{"from": "land-db", "to": "national:land", "via": "lgsp"}]),
    );
    assert_eq!(outcome(&r, "CONF-03"), Outcome::Pass, "{:#?}", r.findings);
    let note = r
        .findings
        .iter()
        .find(|f| f.rule == "CONF-03")
        .expect("note");
    assert_eq!(note.severity, kientruc::Severity::Info);
    assert_eq!(
        note.basis.status,
        kientruc::legal::Status::Secondary,
        "rests on the land law, secondary"
    );
    assert!(
        note.message.vi.contains("Luật Đất đai"),
        "{}",
        note.message.vi
    );
    let r = land(json!({"part_of": "national:land"}), json!([]));
    assert_eq!(outcome(&r, "CONF-03"), Outcome::Pass, "{:#?}", r.findings);
    // Kept locally with no synchronisation: a private copy.
    let r = land(json!({}), json!([]));
    assert_eq!(outcome(&r, "CONF-03"), Outcome::Fail);
    // Synchronised directly, not through the LGSP/NGSP: still a private copy.
    let r = land(
        json!({}),
        json!([{"from": "land-db", "to": "national:land", "via": "direct"}]),
    );
    assert_eq!(outcome(&r, "CONF-03"), Outcome::Fail);
    // Population data has no provincial parts: kept locally it fails, part_of or not.
    let r = land(
        json!({"master": ["population"], "part_of": "national:population"}),
        json!([{"from": "land-db", "to": "national:population", "via": "lgsp"}]),
    );
    assert_eq!(outcome(&r, "CONF-03"), Outcome::Fail);
}

#[test]
fn conf03_master_data_and_conf04_domains() {
    let r = with(|v| {
        v["data"] =
            json!([{"id": "d", "component": "tthc", "domain": "society", "master": ["population"]}])
    });
    assert_eq!(outcome(&r, "CONF-03"), Outcome::Fail);
    assert_eq!(outcome(&r, "CONF-04"), Outcome::Pass);
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "CONF-03")
        .expect("finding");
    assert!(
        f.suggestion.en.contains("national:population") && f.suggestion.en.contains("LGSP"),
        "{}",
        f.suggestion.en
    );
    let r = with(|v| v["data"] = json!([{"id": "d", "component": "tthc"}]));
    assert_eq!(outcome(&r, "CONF-03"), Outcome::Pass);
    assert_eq!(outcome(&r, "CONF-04"), Outcome::Fail);
    let r = with(|v| v["data"] = json!([{"id": "d", "domain": "DRM001.002"}]));
    assert_eq!(outcome(&r, "CONF-04"), Outcome::Pass);
    let r = with(|v| v["data"] = json!([{"id": "d", "domain": "DRM1"}]));
    assert_eq!(outcome(&r, "CONF-04"), Outcome::Fail);
    let r = with(|v| {
        v["components"].as_array_mut().expect("c").push(json!({"id": "db", "kind": "database", "name": "CSDL", "maps_to": ["provincial:sector-databases"],
            "status": "upgrade", "hosting": "provincial-data-center", "security_level": 2, "catalogues": ["admin-units"], "standards": ["UTF-8"]}));
    });
    assert_eq!(
        outcome(&r, "CONF-04"),
        Outcome::Review,
        "a database without a data store"
    );
    let r = with(|v| {
        v["data"] = json!([{"id": "d", "component": "no-such-component", "domain": "society"}])
    });
    assert_eq!(
        outcome(&r, "CONF-04"),
        Outcome::Review,
        "a data store of an unknown component"
    );
    let r = with(|v| v["data"] = json!([{"id": "d", "domain": "society", "master": ["unicorns"]}]));
    assert!(
        r.findings
            .iter()
            .any(|f| f.rule == "DOC-002" && f.subject == "d")
    );
}

#[test]
fn conf05_integrations() {
    let r = with(|v| v["integrations"][1]["via"] = json!("direct"));
    assert_eq!(outcome(&r, "CONF-05"), Outcome::Fail);
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "CONF-05")
        .expect("finding");
    assert_eq!(f.subject, "tthc->national:population");
    assert!(
        f.suggestion.en.contains("provincial:lgsp"),
        "{}",
        f.suggestion.en
    );
    let r = with(|v| v["integrations"][1]["to"] = json!("national:unknown"));
    assert_eq!(outcome(&r, "CONF-05"), Outcome::Review);
    // Within one owner, a direct link is fine.
    let r = with(|v| {
        v["integrations"] = json!([{"from": "dvc-xay-dung", "to": "tthc", "via": "direct"}])
    });
    assert_eq!(outcome(&r, "CONF-05"), Outcome::Pass);
    // The architecture names no owner for provincial systems: an unknown owner is not proven to
    // be the project's agency, so a direct link to one is cross-agency.
    let r = with(|v| {
        v["integrations"] =
            json!([{"from": "tthc", "to": "provincial:document-management", "via": "direct"}])
    });
    assert_eq!(outcome(&r, "CONF-05"), Outcome::Fail);
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "CONF-05")
        .expect("finding");
    assert!(f.message.en.contains("names no owner"), "{}", f.message.en);
    assert_eq!(f.basis.status, kientruc::legal::Status::Verified);
    // A finding naming an element of secondary source is secondary.
    let r = with(|v| {
        v["integrations"] =
            json!([{"from": "dvc-xay-dung", "to": "provincial:tthc-system", "via": "direct"}])
    });
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "CONF-05")
        .expect("finding");
    assert_eq!(f.basis.status, kientruc::legal::Status::Secondary);
    // The basis holds the citations in force on the check date only.
    assert!(!f.basis.cites.is_empty());
    assert!(
        f.basis.instrument.contains("NĐ 47/2024"),
        "{}",
        f.basis.instrument
    );
    let r = with(|v| {
        v["appraisal_date"] = json!("2022-03-01");
        v["integrations"][1]["via"] = json!("direct");
    });
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "CONF-05")
        .expect("finding");
    assert!(
        !f.basis.instrument.contains("47/2024"),
        "{}",
        f.basis.instrument
    );
}

#[test]
fn conf06_standards() {
    // The protocols of a component's integrations count as declared standards (HTTPS meets 4.2).
    let plain = |v: &mut Value| {
        for i in v["integrations"].as_array_mut().expect("i") {
            i["protocol"] = Value::Null;
        }
    };
    let r = with(|v| {
        plain(v);
        v["components"][0]["standards"] = json!(["HTTP/1.1", "TCVN 6909:2001"]);
    });
    assert_eq!(
        outcome(&r, "CONF-06"),
        Outcome::Review,
        "transport security row 4.2 applies to a one-stop system but nothing of it is declared"
    );
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "CONF-06")
        .expect("finding");
    assert!(
        f.message.en.contains("not declared")
            && f.message.en.contains("row 4.2")
            && f.suggestion.en.contains("TLS 1.2"),
        "{}",
        f.message.en
    );
    let r = with(|v| {
        v["components"][0]["standards"] = json!(["HTTP/1.1", "TCVN 6909:2001"]);
    });
    assert_eq!(
        outcome(&r, "CONF-06"),
        Outcome::Pass,
        "HTTPS from the integrations meets row 4.2"
    );
    let r = with(|v| {
        plain(v);
        v["components"][0]["standards"] = json!(["HTTP/1.1", "TCVN 6909:2001", "TLSv1.3"]);
    });
    assert_eq!(
        outcome(&r, "CONF-06"),
        Outcome::Pass,
        "a newer version of a mandatory standard (TLS 1.3 for TLS 1.2) meets the row"
    );
    let r = with(|v| {
        v["components"][0]["standards"] = json!(["http/1.1", "tcvn 6909:2001", "TLS v1.2"])
    });
    assert_eq!(outcome(&r, "CONF-06"), Outcome::Pass, "names match loosely");
}

#[test]
fn conf07_ipv6() {
    assert_eq!(
        outcome(
            &with(|v| v["components"][0]["ipv6"] = json!(false)),
            "CONF-07"
        ),
        Outcome::Fail
    );
    assert_eq!(
        outcome(
            &with(|v| v["components"][0]["ipv6"] = Value::Null),
            "CONF-07"
        ),
        Outcome::Review
    );
}

#[test]
fn conf08_sign_on() {
    assert_eq!(
        outcome(
            &with(|v| v["components"][0]["auth"]["staff"] = json!("local-accounts")),
            "CONF-08"
        ),
        Outcome::Fail
    );
    assert_eq!(
        outcome(
            &with(|v| v["components"][0]["auth"]["citizens"] = json!("local-accounts")),
            "CONF-08"
        ),
        Outcome::Fail
    );
    assert_eq!(
        outcome(
            &with(|v| v["components"][0]["auth"] = Value::Null),
            "CONF-08"
        ),
        Outcome::Review
    );
    assert_eq!(
        outcome(
            &with(|v| v["components"][0]["auth"]["citizens"] = json!("central-sso")),
            "CONF-08"
        ),
        Outcome::Review
    );
}

#[test]
fn conf09_online_services_connect_to_the_provincial_system() {
    let r = with(|v| {
        let list = v["integrations"].as_array_mut().expect("i");
        list.retain(|i| i["from"] != "dvc-xay-dung");
    });
    assert_eq!(outcome(&r, "CONF-09"), Outcome::Fail);
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "CONF-09")
        .expect("finding");
    assert_eq!(f.subject, "dvc-xay-dung");
    assert!(f.suggestion.en.contains("provincial:tthc-system"));
}

#[test]
fn conf10_security_levels_show_the_criterion() {
    let r = with(|v| v["components"][0]["security_level"] = json!(2));
    assert_eq!(outcome(&r, "CONF-10"), Outcome::Fail);
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "CONF-10")
        .expect("finding");
    assert!(
        f.message.en.contains("minimum 3") && f.message.en.contains("Art. 9(2)(c)"),
        "{}",
        f.message.en
    );
    let r = with(|v| v["components"][0]["security_level"] = Value::Null);
    assert!(
        r.findings
            .iter()
            .any(|f| f.rule == "CONF-10" && f.message.en.contains("declares no security level"))
    );
    assert_eq!(
        outcome(
            &with(|v| v["security"]["monitoring"] = Value::Null),
            "CONF-10"
        ),
        Outcome::Review
    );
    assert_eq!(
        outcome(
            &with(|v| v["security"]["monitoring"] = json!("none")),
            "CONF-10"
        ),
        Outcome::Fail
    );
    assert_eq!(
        outcome(
            &with(|v| v["security"]["dr_plan"] = json!(false)),
            "CONF-10"
        ),
        Outcome::Fail
    );
    // Under ND 331/2026 (from 19/8/2026) an administrative-procedure system is level 3 by itself.
    let r = with(|v| {
        v["appraisal_date"] = json!("2026-09-01");
        v["components"][0]["personal_data_subjects"] = json!(10);
        v["components"][0]["security_level"] = json!(2);
        v["components"][1]["personal_data_subjects"] = json!(10);
    });
    assert_eq!(
        r.regime.as_deref(),
        Some("nd224-2026/luat116-2025+nd331-2026/luat91-2025+nd356-2025/nd194-2025+nd278-2025")
    );
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "CONF-10" && f.subject == "tthc")
        .expect("finding");
    assert!(
        f.message.en.contains("331/2026") && f.message.en.contains("administrative-procedure"),
        "{}",
        f.message.en
    );
    assert_eq!(f.basis.status, kientruc::legal::Status::Secondary);
}

#[test]
fn conf11_hosting_and_commune_connectivity() {
    assert_eq!(
        outcome(
            &with(|v| v["components"][0]["hosting"] = json!("agency-premises")),
            "CONF-11"
        ),
        Outcome::Fail
    );
    assert_eq!(
        outcome(
            &with(|v| v["components"][0]["hosting"] = Value::Null),
            "CONF-11"
        ),
        Outcome::Review
    );
    let lan = |connectivity: Value| {
        with(|v| {
            v["components"].as_array_mut().expect("c").push(json!({"id": "lan", "kind": "network", "name": "LAN xã",
                "maps_to": ["commune:hanh-minh:lan"], "status": "upgrade", "scope": "commune", "security_level": 2, "connectivity": connectivity}));
        })
    };
    assert_eq!(outcome(&lan(json!("internet")), "CONF-11"), Outcome::Fail);
    assert_eq!(outcome(&lan(Value::Null), "CONF-11"), Outcome::Review);
    assert_eq!(outcome(&lan(json!("tslcd")), "CONF-11"), Outcome::Pass);
}

#[test]
fn conf12_shared_catalogues() {
    assert_eq!(
        outcome(
            &with(|v| v["components"][0]["catalogues"] = json!(["bang-ma-rieng"])),
            "CONF-12"
        ),
        Outcome::Fail
    );
    assert_eq!(
        outcome(
            &with(|v| v["components"][0]["catalogues"] = json!([])),
            "CONF-12"
        ),
        Outcome::Review
    );
    assert_eq!(
        outcome(
            &with(|v| v["components"][0]["catalogues"] = json!(["catalogue:admin-units"])),
            "CONF-12"
        ),
        Outcome::Pass
    );
}

#[test]
fn conf13_owner_agency() {
    assert_eq!(
        outcome(
            &with(|v| v["owner"] = json!("agency:ubnd-quang-ngai")),
            "CONF-13"
        ),
        Outcome::Pass
    );
    assert_eq!(
        outcome(
            &with(|v| v["owner"] = json!("agency:ubnd-hanh-minh")),
            "CONF-13"
        ),
        Outcome::Review
    );
    assert_eq!(
        outcome(&with(|v| v["owner"] = json!("000.00.99.H48")), "CONF-13"),
        Outcome::Review
    );
    // An owner written as a name is an unresolved reference, one input problem (DOC-003), which
    // CONF-13 does not report again.
    assert_eq!(
        outcome(&with(|v| v["owner"] = json!("UBND tinh")), "CONF-13"),
        Outcome::NotApplicable
    );
    assert_eq!(
        outcome(&with(|v| v["owner"] = json!("UBND tinh")), "DOC-003"),
        Outcome::Fail
    );
    assert_eq!(
        outcome(&with(|v| v["owner"] = json!("provincial:lgsp")), "CONF-13"),
        Outcome::Fail
    );
    assert_eq!(
        outcome(&with(|v| v["owner"] = Value::Null), "CONF-13"),
        Outcome::Review
    );
    // Hành Minh no longer exists after the merger of 1/7/2025.
    let r = with(|v| {
        v["owner"] = json!("agency:ubnd-hanh-minh");
        v["appraisal_date"] = json!("2025-08-01");
    });
    assert_eq!(outcome(&r, "CONF-13"), Outcome::Fail);
}

#[test]
fn conf14_roadmap_and_baseline_validity() {
    assert_eq!(
        outcome(
            &with(|v| v["phase"] = json!({"start": 2025, "end": 2027})),
            "CONF-14"
        ),
        Outcome::Fail
    );
    assert_eq!(
        outcome(&with(|v| v["phase"] = Value::Null), "CONF-14"),
        Outcome::Review
    );
    // From 31/12/2024 the architecture in force is 3.0, whose content the tool does not have:
    // the check against 2.0's content asks for review; the tool's gap is not the proposal's defect.
    let r = with(|v| v["appraisal_date"] = json!("2025-03-01"));
    assert_eq!(outcome(&r, "baseline-not-current"), Outcome::Review);
    assert_eq!(r.level.map(kientruc::Level::id), Some("compliant"));
    // From 01/7/2026 the framework that applies (the national one) is in the tool: checking
    // against the expired 2.0 establishes nothing.
    let r = with(|v| v["appraisal_date"] = json!("2026-09-01"));
    assert_eq!(outcome(&r, "baseline-not-current"), Outcome::Fail);
    assert_eq!(
        r.level.map(kientruc::Level::id),
        Some("non-conformant"),
        "an architecture no longer in force cannot establish conformance"
    );
    let p = Project::from_json(base().to_string().as_bytes(), "t").expect("p");
    let r = check(
        &p,
        &baseline(),
        &CheckOptions::new().as_of(kientruc::Date::parse("2021-01-01")),
    );
    assert_eq!(outcome(&r, "baseline-not-current"), Outcome::Fail);
    assert_eq!(r.as_of, kientruc::Date::parse("2021-01-01"));
}

#[test]
fn waivers_are_justifications_not_verdicts() {
    // A waiver of a waivable rule keeps the finding, with its reason, as review.
    let r = with(|v| {
        v["components"][0]["hosting"] = json!("other");
        v["waivers"] =
            json!([{"rule": "CONF-11", "subject": "tthc", "reason": "Thuê hạ tầng tạm thời."}]);
    });
    assert_eq!(r.level.map(kientruc::Level::id), Some("compliant"));
    assert_eq!(r.counts.waived, 1);
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "CONF-11")
        .expect("kept");
    assert_eq!(f.outcome, Outcome::Review);
    let w = f.waiver.as_ref().expect("waiver");
    assert_eq!(
        (w.reason.as_str(), w.outcome),
        ("Thuê hạ tầng tạm thời.", Outcome::Fail)
    );
    // The appraiser's acceptance makes it `accepted`: no effect on the level.
    let p = Project::from_json(
        with_value(|v| {
            v["components"][0]["hosting"] = json!("other");
            v["waivers"] =
                json!([{"rule": "CONF-11", "subject": "tthc", "reason": "Thuê hạ tầng tạm thời."}]);
        })
        .to_string()
        .as_bytes(),
        "p",
    )
    .expect("p");
    let acc = kientruc::acceptance::AcceptanceDoc::from_json(
        br#"{"kientruc": "acceptance/1", "accepted": [{"project": "one-stop-upgrade", "rule": "CONF-11", "by": "S\u1edf KH&CN", "date": "2024-06-01"}]}"#,
        "acc",
    )
    .expect("acceptance");
    let r = check(&p, &baseline(), &CheckOptions::new().accept(acc));
    assert_eq!(r.level.map(kientruc::Level::id), Some("fully-conformant"));
    assert_eq!(r.counts.accepted, 1);
    assert_eq!(outcome(&r, "CONF-11"), Outcome::Accepted);
    // Mandatory provisions are not waivable: the finding stands and the waiver is reported.
    let r = with(|v| {
        v["components"][0]["ipv6"] = json!(false);
        v["waivers"] =
            json!([{"rule": "CONF-07", "subject": "tthc", "reason": "Kinh phí hạn chế."}]);
    });
    assert_eq!(r.level.map(kientruc::Level::id), Some("non-conformant"));
    assert!(r.findings.iter().any(|f| f.rule == "DOC-010"));
    // A waiver needs a reason; one that matches nothing is reported.
    let r = with(|v| {
        v["components"][0]["hosting"] = json!("other");
        v["waivers"] = json!([{"rule": "CONF-11", "subject": "tthc", "reason": " "}, {"rule": "CONF-12", "reason": "x"}]);
    });
    assert!(r.findings.iter().any(|f| f.rule == "DOC-011"));
    assert!(r.findings.iter().any(|f| f.rule == "DOC-012"));
    assert_eq!(
        r.findings
            .iter()
            .find(|f| f.rule == "CONF-11")
            .map(|f| f.outcome),
        Some(Outcome::Fail)
    );
}

/// A waiver of everything, the case a proposer could once use to silence every legal error.
#[test]
fn waiving_everything_still_fails_on_the_mandatory_rules() {
    let rules: Vec<Value> = kientruc::rules::builtin()
        .iter()
        .filter(|m| m.id.starts_with("CONF-"))
        .map(|m| json!({"rule": m.id, "reason": "Kinh phí hạn chế"}))
        .collect();
    let r = with(|v| {
        v["components"][0]["ipv6"] = json!(false);
        v["components"][0]["security_level"] = json!(1);
        v["components"][0]["hosting"] = json!("other");
        v["waivers"] = Value::Array(rules);
    });
    assert_eq!(r.level.map(kientruc::Level::id), Some("non-conformant"));
    for rule in ["CONF-07", "CONF-10"] {
        assert!(
            r.findings
                .iter()
                .any(|f| f.rule == rule && f.outcome == Outcome::Fail),
            "{rule} stands"
        );
    }
    // The waived ones are in every format with their reason.
    let reason = "Kinh phí hạn chế";
    assert!(to_text(&r, TextOptions::default()).contains(reason));
    assert!(to_markdown(&r, Lang::Vi).contains(reason));
    assert!(to_html(&r, Lang::Vi).contains(reason));
    assert!(to_sarif(std::slice::from_ref(&r), Lang::Vi).contains(reason));
    assert!(to_json(&r).contains(reason));
}

#[test]
fn input_problems_give_no_verdict_and_say_what_was_meant() {
    let r = with(|v| {
        v["colour"] = json!("red");
        v["components"][0]["kind"] = json!("kiosk");
        v["components"][0]["hosting"] = json!("basement");
        v["$comment"] = json!("ignored");
    });
    assert_eq!(r.level.map(kientruc::Level::id), Some("not-assessed"));
    assert!(r.findings.iter().any(|f| f.rule == "DOC-001"
        && f.subject == "one-stop-upgrade"
        && f.message.en.contains("'colour' at the top level")));
    let kinds = r
        .findings
        .iter()
        .find(|f| f.rule == "DOC-002" && f.message.en.contains("kiosk"))
        .expect("kind");
    assert!(
        kinds.message.en.contains("portal, online-service"),
        "lists the allowed values"
    );
    assert!(
        r.findings
            .iter()
            .any(|f| f.rule == "DOC-002" && f.message.en.contains("basement"))
    );
    // A typo in a field name (maps-to) must not turn an upgrade into an extra with exit 0.
    let r = with(|v| {
        let c = v["components"][0].as_object_mut().expect("component");
        let m = c.remove("maps_to").expect("maps_to");
        c.insert("maps-to".into(), m);
    });
    assert_eq!(r.level.map(kientruc::Level::id), Some("not-assessed"));
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "DOC-001")
        .expect("DOC-001");
    assert!(
        f.message.en.contains("Did you mean 'maps_to'?"),
        "{}",
        f.message.en
    );
    // A reference by display name suggests the element id.
    let r = with(|v| {
        v["components"][0]["maps_to"] = json!([
            "Hệ thống thông tin giải quyết TTHC tỉnh (Cổng dịch vụ công và Hệ thống thông tin một cửa điện tử)"
        ]);
    });
    assert_eq!(r.level.map(kientruc::Level::id), Some("not-assessed"));
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "DOC-003")
        .expect("DOC-003");
    assert!(
        f.message
            .vi
            .contains("Có phải là “provincial:tthc-system”?"),
        "{}",
        f.message.vi
    );
    // Integration ends, data-store components and owners given as element ids are references too.
    let r = with(|v| {
        v["integrations"][0]["to"] = json!("national:populaton");
        v["owner"] = json!("agency:ubnd-quang-ngia");
    });
    let doc3: Vec<&str> = r
        .findings
        .iter()
        .filter(|f| f.rule == "DOC-003")
        .map(|f| f.message.en.as_str())
        .collect();
    assert_eq!(doc3.len(), 2, "{doc3:#?}");
    assert!(
        doc3.iter()
            .any(|m| m.contains("Did you mean 'national:population'?"))
    );
    assert!(
        doc3.iter()
            .any(|m| m.contains("Did you mean 'agency:ubnd-quang-ngai'?"))
    );
}

/// Reports are byte-identical across runs and across the order of components, data and integrations.
#[test]
fn reports_are_deterministic_and_order_independent() {
    let b = baseline();
    for e in expected() {
        let file = e["file"].as_str().expect("file");
        let bytes = read(&examples().join(file));
        let run = |bytes: &[u8]| {
            let p = Project::from_json(bytes, file).expect("parse");
            let r = check(&p, &b, &CheckOptions::default());
            (
                to_json(&r),
                to_sarif(std::slice::from_ref(&r), Lang::Vi),
                to_markdown(&r, Lang::En),
                to_html(&r, Lang::Vi),
            )
        };
        let first = run(&bytes);
        assert_eq!(first, run(&bytes), "{file}");
        let mut v: Value = serde_json::from_slice(&bytes).expect("json");
        for key in ["components", "data", "integrations"] {
            if let Some(a) = v[key].as_array_mut() {
                a.reverse();
            }
        }
        assert_eq!(
            first,
            run(v.to_string().as_bytes()),
            "{file}: order of components changed the report"
        );
    }
}

#[test]
fn sarif_of_every_example_validates_against_the_sarif_2_1_0_schema() {
    let schema: Value = serde_json::from_slice(&read(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/sarif/sarif-schema-2.1.0.json"),
    ))
    .expect("schema");
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let b = baseline();
    let mut reports = Vec::new();
    for e in expected() {
        let file = e["file"].as_str().expect("file");
        let p = Project::from_json(&read(&examples().join(file)), file).expect("parse");
        let r = check_example(&e, &p, &b);
        for lang in [Lang::Vi, Lang::En] {
            let sarif: Value =
                serde_json::from_str(&to_sarif(std::slice::from_ref(&r), lang)).expect("json");
            let errors: Vec<String> = validator
                .iter_errors(&sarif)
                .map(|e| format!("{} at {}", e, e.instance_path))
                .collect();
            assert!(errors.is_empty(), "{file}: {errors:#?}");
            let run = &sarif["runs"][0];
            assert_eq!(run["properties"]["level"], e["level"]);
            for res in run["results"].as_array().expect("results") {
                let kind = res["kind"].as_str().expect("kind");
                assert!(["pass", "fail", "review", "notApplicable"].contains(&kind));
                if kind != "fail" {
                    assert_eq!(res["level"], "none");
                }
            }
        }
        reports.push(r);
    }
    // Several projects: one run each.
    let all: Value = serde_json::from_str(&to_sarif(&reports, Lang::Vi)).expect("json");
    assert!(validator.is_valid(&all));
    assert_eq!(all["runs"].as_array().map(Vec::len), Some(reports.len()));
}

#[test]
fn html_reports_are_self_contained_and_printable() {
    let b = baseline();
    for e in expected() {
        let file = e["file"].as_str().expect("file");
        let p = Project::from_json(&read(&examples().join(file)), file).expect("parse");
        let r = check_example(&e, &p, &b);
        for lang in [Lang::Vi, Lang::En] {
            let html = to_html(&r, lang);
            assert!(html.starts_with("<!DOCTYPE html>"));
            for banned in [
                "<link", "<script", "src=", "@import", "url(", "http://", "https://",
            ] {
                assert!(
                    !html.contains(banned),
                    "{file}: external reference {banned}"
                );
            }
            assert!(html.contains("@media print"));
            assert!(html.contains(&format!(
                "data-level=\"{}\"",
                e["level"].as_str().expect("level")
            )));
        }
        let vi = to_html(&r, Lang::Vi);
        assert!(vi.contains("Kết quả kiểm tra tự động, hỗ trợ — không thay thế ý kiến thẩm định."));
        let md = to_markdown(&r, Lang::Vi);
        assert!(md.contains("Kết quả kiểm tra tự động, hỗ trợ — không thay thế ý kiến thẩm định."));
        // NĐ 73/2019 khoản 3 Điều 21's items, or their NĐ 224/2026 wording (điểm d, đ, e khoản 4
        // Điều 50) from 01/7/2026.
        for item in [
            "Sự tuân thủ Khung",
            "Kết nối, liên thông, chia sẻ dữ liệu",
            "Bảo đảm an",
        ] {
            assert!(md.contains(item), "{file}: checklist item {item}");
        }
    }
    // Waived findings are shown with their justification («giải trình») and reason.
    let p = Project::from_json(
        &read(&examples().join("hanh-minh-website-rented-hosting.json")),
        "p",
    )
    .expect("parse");
    let r = check(&p, &b, &CheckOptions::default());
    let md = to_markdown(&r, Lang::Vi);
    assert!(
        md.contains("Giải trình: “Thuê máy chủ của doanh nghiệp viễn thông"),
        "{md}"
    );
    assert!(to_html(&r, Lang::En).contains("Justifications (waivers)"));
    // Escaping: a hostile project name cannot inject markup.
    let r = with(|v| v["name"] = json!("<script>alert(1)</script>"));
    let html = to_html(&r, Lang::Vi);
    assert!(!html.contains("<script>") && html.contains("&lt;script&gt;"));
}

#[test]
fn json_reports_follow_the_report_1_contract() {
    let p = Project::from_json(&read(&examples().join("portal-without-ipv6.json")), "p")
        .expect("parse");
    let r: Value =
        serde_json::from_str(&to_json(&check(&p, &baseline(), &CheckOptions::default())))
            .expect("json");
    assert_eq!(r["kientruc"], "report/1");
    assert_eq!(r["subject"]["id"], "portal-without-ipv6");
    assert_eq!(r["baseline"]["id"], "quang-ngai-2.0");
    assert_eq!(r["level"], "non-conformant");
    for f in r["findings"].as_array().expect("findings") {
        for key in [
            "rule",
            "severity",
            "outcome",
            "subject",
            "message",
            "basis",
            "suggestion",
        ] {
            assert!(!f[key].is_null(), "finding lacks {key}");
        }
        assert!(f["message"]["vi"].is_string() && f["message"]["en"].is_string());
    }
    for key in [
        "error",
        "warning",
        "info",
        "pass",
        "fail",
        "review",
        "not_applicable",
        "suppressed",
        "waived",
        "extras",
    ] {
        assert!(r["counts"][key].is_u64(), "counts.{key}");
    }
    assert_eq!(r["checklist"].as_array().map(Vec::len), Some(6));
}

/// Golden text reports guard the formatting only; the expectations above guard the results.
/// Set KIENTRUC_BLESS=1 to rewrite them after an intended formatting change.
#[test]
fn text_reports_match_their_golden_files() {
    let b = baseline();
    let dir = examples().join("golden");
    let bless = std::env::var_os("KIENTRUC_BLESS").is_some();
    for e in expected() {
        let file = e["file"].as_str().expect("file");
        let p = Project::from_json(&read(&examples().join(file)), file).expect("parse");
        let r = check_example(&e, &p, &b);
        let text = to_text(
            &r,
            TextOptions {
                lang: Lang::Vi,
                color: false,
            },
        );
        let golden = dir.join(file.replace(".json", ".txt"));
        if bless {
            std::fs::create_dir_all(&dir).expect("dir");
            std::fs::write(&golden, &text).expect("write");
        } else {
            let want = String::from_utf8(read(&golden)).expect("utf8");
            assert_eq!(
                text,
                want,
                "{file}: text report differs from {}",
                golden.display()
            );
        }
    }
}

#[test]
fn docs_describe_every_rule() {
    let docs =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/checks.md"))
            .expect("docs/checks.md");
    for r in kientruc::rules::builtin() {
        assert!(
            docs.contains(&format!("### {} — ", r.id)),
            "docs/checks.md lacks a section for {}",
            r.id
        );
    }
}

#[test]
fn one_baseline_serves_many_threads_with_identical_results() {
    fn shareable<T: Send + Sync>() {}
    shareable::<kientruc::Baseline>();
    shareable::<kientruc::Report>();
    let b = std::sync::Arc::new(baseline());
    let projects: Vec<Project> = expected()
        .iter()
        .map(|e| {
            let f = e["file"].as_str().expect("file");
            Project::from_json(&read(&examples().join(f)), f).expect("parse")
        })
        .collect();
    let serial: Vec<String> = projects
        .iter()
        .map(|p| to_json(&check(p, &b, &CheckOptions::default())))
        .collect();
    let projects = std::sync::Arc::new(projects);
    let handles: Vec<_> = (0..8)
        .map(|_| {
            let (b, projects) = (b.clone(), projects.clone());
            // 8 threads × 72 rounds × 14 examples: over 1,000 checks each.
            std::thread::spawn(move || {
                (0..72)
                    .flat_map(|_| {
                        projects
                            .iter()
                            .map(|p| to_json(&check(p, &b, &CheckOptions::default())))
                            .collect::<Vec<_>>()
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    for h in handles {
        let got = h.join().expect("thread");
        for (i, r) in got.iter().enumerate() {
            assert_eq!(r, &serial[i % serial.len()]);
        }
    }
}
