//! The texts of the built-in rules and of the reports are data (`core/data/rules/*.json`,
//! `core/data/labels/report.json`, issue 17): a reviewer corrects a Vietnamese sentence without
//! reading Rust. This test guards the contract between those templates and the code that fills
//! them:
//!
//! - statically, every template (message, suggestion, phrase, label) uses the same placeholders in
//!   Vietnamese and in English, and every rule has a message;
//! - dynamically, every example project (under several check dates and baselines), every example
//!   model, the ArchiMate samples, the rule packs and targeted cases are checked and rendered: the
//!   code checks, in every debug build, that a call passes exactly the arguments its templates use
//!   (`i18n::render`), so a template that drops or misspells a placeholder, or a call that passes
//!   one too many, panics here;
//! - every message and suggestion variant and every phrase of every rule is exercised by some
//!   finding, so the check above has seen each of them.

use kientruc::report::{TextOptions, to_html, to_markdown, to_sarif, to_text};
use kientruc::{Baseline, CheckOptions, Date, Lang, Project, Report, RulePack, ValidateOptions};
use regex::Regex;
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Check options with the appraiser's acceptances `accepted`.
fn with_accepted(accepted: Vec<kientruc::acceptance::Acceptance>) -> CheckOptions {
    let mut o = CheckOptions::new();
    o.accepted = accepted;
    o
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn read(p: &Path) -> Vec<u8> {
    std::fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// The placeholders of a template: `{name}` and `{name|one|other}`; other braces are literal.
fn placeholders(t: &str) -> BTreeSet<String> {
    let re = Regex::new(r"\{([a-z][a-z0-9_]*)(?:\|[^|{}]*\|[^{}]*)?\}").expect("re");
    re.captures_iter(t).map(|c| c[1].to_string()).collect()
}

/// A regex matching what a template renders to: literal text as written, any value in place of a
/// placeholder.
fn template_regex(t: &str, anchored: bool) -> Regex {
    let re = Regex::new(r"\{([a-z][a-z0-9_]*)(?:\|([^|{}]*)\|([^{}]*))?\}").expect("re");
    let mut out = String::new();
    let mut last = 0;
    for c in re.captures_iter(t) {
        let m = c.get(0).expect("match");
        out.push_str(&regex::escape(&t[last..m.start()]));
        match (c.get(2), c.get(3)) {
            (Some(one), Some(other)) => out.push_str(&format!(
                "(?:{}|{})",
                regex::escape(one.as_str()),
                regex::escape(other.as_str())
            )),
            _ => out.push_str("(?s:.*?)"),
        }
        last = m.end();
    }
    out.push_str(&regex::escape(&t[last..]));
    let pattern = if anchored { format!("^{out}$") } else { out };
    Regex::new(&pattern).expect("template regex")
}

/// Every template of the data files: (where, vi, en).
fn templates() -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for file in ["validation", "conformance", "document", "archimate"] {
        let path = root().join(format!("core/data/rules/{file}.json"));
        let rules: Value = serde_json::from_slice(&read(&path)).expect("rules json");
        for r in rules.as_array().expect("array") {
            let id = r["id"].as_str().expect("id");
            let mut one = |what: &str, t: &Value| {
                out.push((
                    format!("{file}.json {id} {what}"),
                    t["vi"].as_str().unwrap_or_default().to_string(),
                    t["en"].as_str().unwrap_or_default().to_string(),
                ));
            };
            for key in ["title", "message", "suggestion"] {
                if let Some(t) = r.get(key) {
                    one(key, t);
                }
            }
            for key in ["messages", "suggestions", "phrases"] {
                if let Some(map) = r.get(key).and_then(Value::as_object) {
                    for (k, t) in map {
                        one(&format!("{key}.{k}"), t);
                    }
                }
            }
        }
    }
    let path = root().join("core/data/labels/report.json");
    let labels: Value = serde_json::from_slice(&read(&path)).expect("labels json");
    for (k, t) in labels["labels"].as_object().expect("labels") {
        out.push((
            format!("report.json {k}"),
            t["vi"].as_str().unwrap_or_default().to_string(),
            t["en"].as_str().unwrap_or_default().to_string(),
        ));
    }
    out
}

#[test]
fn every_template_uses_the_same_placeholders_in_both_languages() {
    let mut problems = Vec::new();
    for (where_, vi, en) in templates() {
        if vi.trim().is_empty() || en.trim().is_empty() {
            problems.push(format!("{where_}: a language is empty"));
        }
        let (pv, pe) = (placeholders(&vi), placeholders(&en));
        if pv != pe {
            problems.push(format!("{where_}: Vietnamese uses {pv:?}, English {pe:?}"));
        }
    }
    for r in kientruc::rules::builtin() {
        if r.message.vi.is_empty() == r.messages.is_empty() {
            problems.push(format!(
                "{}: has both or neither of message and messages",
                r.id
            ));
        }
        if !r.suggestion.vi.is_empty() && !r.suggestions.is_empty() {
            problems.push(format!("{}: has both suggestion and suggestions", r.id));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_static_check_sees_a_dropped_placeholder() {
    // The check above on a template whose English lost {minimum}.
    let vi = "{name}: cấp độ tối thiểu là {minimum}";
    let en = "{name}: the minimum is";
    assert_ne!(placeholders(vi), placeholders(en));
    assert_eq!(
        placeholders("{n} {n|item|items} {…} {\"vi\": 1}"),
        ["n".to_string()].into()
    );
    let re = template_regex("{n} {n|item|items} of {who}", true);
    assert!(re.is_match("1 item of the commune") && re.is_match("2 items of x"));
    assert!(!re.is_match("2 things of x"));
}

fn project(file: &str) -> Project {
    let path = root().join("examples/projects").join(file);
    Project::from_json(&read(&path), file).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// The base project targeted cases edit.
fn base() -> Value {
    serde_json::from_slice(&read(
        &root().join("examples/projects/hanh-minh-website.json"),
    ))
    .expect("base")
}

fn check_value(v: &Value, b: &Baseline, opts: &CheckOptions) -> Report {
    let p = Project::from_json(v.to_string().as_bytes(), "case.json")
        .unwrap_or_else(|e| panic!("{e}: {v}"));
    kientruc::check(&p, b, opts)
}

fn on(y: u16, m: u8, d: u8) -> CheckOptions {
    CheckOptions::new().as_of(Date::new(y, m, d).expect("date"))
}

/// Renders a report in every format and language: the renderers fill labels through the same
/// checked path.
fn render_all(r: &Report) {
    for lang in [Lang::Vi, Lang::En] {
        let _ = to_text(r, TextOptions { lang, color: false });
        let _ = to_markdown(r, lang);
        let _ = to_html(r, lang);
        let _ = to_sarif(std::slice::from_ref(r), lang);
    }
}

/// A component of `kind` with `extra` fields.
fn comp(id: &str, kind: &str, extra: Value) -> Value {
    let mut c = json!({"id": id, "kind": kind, "name": {"vi": id, "en": id}});
    if let (Some(o), Some(e)) = (c.as_object_mut(), extra.as_object()) {
        o.extend(e.clone());
    }
    c
}

/// Targeted project cases: each edits the base project to reach situations no example shows.
fn targeted() -> Vec<(&'static str, Value, CheckOptions)> {
    let mut out = Vec::new();
    let mut case = |name: &'static str, opts: CheckOptions, edit: &dyn Fn(&mut Value)| {
        let mut v = base();
        edit(&mut v);
        out.push((name, v, opts));
    };
    let d = CheckOptions::default;
    let late = || on(2026, 9, 1);
    let early_2026 = || on(2026, 3, 15);
    case("no components", d(), &|v| v["components"] = json!([]));
    case("no owner, no phase", d(), &|v| {
        if let Some(o) = v.as_object_mut() {
            o.remove("owner");
            o.remove("phase");
        }
    });
    case("owner an e-ID not in the baseline", d(), &|v| {
        v["owner"] = json!("000.00.00.H99")
    });
    case("owner neither element nor e-ID", d(), &|v| {
        v["owner"] = json!("12.34")
    });
    case("owner not an agency", d(), &|v| {
        v["owner"] = json!("commune:hanh-minh:website")
    });
    case("inverted phase", d(), &|v| {
        v["phase"] = json!({"start": 2024, "end": 2023})
    });
    case("sign-on, classes and criteria", d(), &|v| {
        v["components"] = json!([
            comp("app", "application", json!({"information": ["public"]})),
            comp(
                "secret",
                "application",
                json!({"information": ["state-secret"], "security_level": 1})
            ),
            comp(
                "private",
                "application",
                json!({"information": ["private"], "security_level": 1, "auth": {"staff": "local-accounts"}})
            ),
            comp(
                "svc-local",
                "online-service",
                json!({"security_level": 3, "auth": {"staff": "central-sso", "citizens": "local-accounts"}})
            ),
            comp(
                "svc-none",
                "online-service",
                json!({"security_level": 3, "auth": {"staff": "central-sso", "citizens": "none"}})
            ),
            comp(
                "svc-sso",
                "online-service",
                json!({"security_level": 3, "online_service": {"level": "full"}, "auth": {"staff": "central-sso", "citizens": "central-sso"}})
            ),
            comp(
                "portal",
                "portal",
                json!({"information": ["personal"], "personal_data_subjects": 5000})
            ),
            comp(
                "portal-users",
                "portal",
                json!({"information": ["personal"], "security_level": 2})
            ),
            comp(
                "infra-agency",
                "infrastructure",
                json!({"scope": "agency", "security_level": 1})
            ),
            comp(
                "infra-province",
                "infrastructure",
                json!({"scope": "province", "security_level": 1})
            ),
            comp(
                "infra-national",
                "infrastructure",
                json!({"scope": "national", "operation_24x7": true})
            ),
            comp(
                "infra-several",
                "infrastructure",
                json!({"scope": "national", "security_level": 3})
            ),
            comp(
                "infra-unscoped",
                "infrastructure",
                json!({"security_level": 2})
            ),
            comp(
                "infra-unscoped-low",
                "infrastructure",
                json!({"security_level": 1})
            ),
            comp(
                "infra-several-low",
                "infrastructure",
                json!({"scope": "national", "security_level": 1})
            ),
            comp("kiosk", "other", json!({})),
            comp(
                "control",
                "application",
                json!({"serves": "industrial-control"})
            ),
            comp(
                "control-2",
                "application",
                json!({"serves": "industrial-control", "security_level": 2})
            ),
            comp("other", "application", json!({"serves": "other"})),
            comp(
                "national-app",
                "application",
                json!({"scope": "national", "operation_24x7": true, "security_level": 1})
            ),
            comp(
                "lan",
                "network",
                json!({"scope": "commune", "connectivity": "internet"})
            ),
            comp("lan-2", "network", json!({"scope": "commune"})),
            comp(
                "registry",
                "database",
                json!({"catalogues": ["ma-rieng"], "security_level": 2})
            ),
            comp("platform", "platform", json!({"security_level": 2})),
            comp(
                "web",
                "portal",
                json!({"internet_facing": true, "standards": ["SSL 3.0"]})
            )
        ]);
        v["security"] = json!({"monitoring": "none", "dr_plan": false, "backup": true});
    });
    case(
        "monitoring not stated, a level needed above the one declared",
        d(),
        &|v| {
            v["components"] = json!([comp(
                "svc",
                "online-service",
                json!({
                    "security_level": 2, "online_service": {"level": "partial"},
                    "auth": {"staff": "central-sso", "citizens": "national-eid"}
                })
            )]);
            v["security"] = json!({"dr_plan": true, "backup": true});
        },
    );
    case("security levels under NĐ 331/2026", late(), &|v| {
        v["components"] = json!([
            comp(
                "sensitive",
                "portal",
                json!({"information": ["personal-sensitive"], "personal_data_subjects": 20000, "security_level": 2})
            ),
            comp(
                "basic",
                "portal",
                json!({"information": ["personal"], "personal_data_subjects": 200000, "security_level": 2})
            ),
            comp(
                "unknown",
                "portal",
                json!({"information": ["personal"], "security_level": 2})
            ),
            comp(
                "cloud",
                "application",
                json!({"hosting": "approved-cloud", "security_level": 3})
            )
        ]);
        v["security"] = json!({"dr_plan": true, "backup": true});
    });
    case("data stores and domains", d(), &|v| {
        v["components"] = json!([
            comp("db", "database", json!({"security_level": 2})),
            comp(
                "land",
                "database",
                json!({"security_level": 2, "status": "upgrade", "maps_to": ["provincial:sector-databases"]})
            )
        ]);
        v["data"] = json!([
            {"id": "ghost-store", "component": "ghost", "domain": "society"},
            {"id": "unclassified", "component": "land"},
            {"id": "bad-drm", "component": "land", "domain": "DRM1"},
            {"id": "odd", "component": "land", "domain": "khac"},
            {"id": "land-part", "component": "land", "domain": "society", "master": ["land"], "part_of": "national:land"}
        ]);
    });
    case(
        "duplicates by scope and name, a new build of an operating system",
        d(),
        &|v| {
            v["components"] = json!([
                comp(
                    "docs",
                    "application",
                    json!({"function": "document-management", "scope": "agency", "status": "new"})
                ),
                comp(
                    "docs-sector",
                    "application",
                    json!({"function": "document-management", "scope": "sector", "status": "new"})
                ),
                comp(
                    "public-portal",
                    "one-stop",
                    json!({"function": "public-service-portal", "scope": "national", "status": "new"})
                ),
                comp(
                    "by-name",
                    "application",
                    json!({"name": {"vi": "Phần mềm quản lý văn bản và điều hành", "en": "Document management"}, "status": "new"})
                ),
                comp(
                    "again",
                    "portal",
                    json!({"status": "new", "maps_to": ["provincial:portal"]})
                )
            ]);
        },
    );
    case(
        "standards not declared and implied by a declared one",
        d(),
        &|v| {
            v["components"] = json!([
                comp(
                    "site",
                    "portal",
                    json!({"internet_facing": true, "standards": ["HTTP/1.1", "HTML5"]})
                ),
                comp(
                    "ws",
                    "application",
                    json!({"standards": ["SOAP v1.2", "HTTP/1.1"]})
                )
            ]);
        },
    );
    case("ipv6 not stated, private catalogues", d(), &|v| {
        v["components"][0].as_object_mut().map(|o| o.remove("ipv6"));
    });
    case("personal data under NĐ 13/2023", d(), &|v| {
        v["components"][0]["information"] = json!(["personal"]);
        v["components"][0]["personal_data_subjects"] = json!(500);
        v["personal_data"] = json!({"oversight": false});
    });
    case("personal data under Luật 91/2025", early_2026(), &|v| {
        v["components"][0]["information"] = json!(["personal"]);
        v["components"][0]["personal_data_subjects"] = json!(500);
        v["personal_data"] = json!({"oversight": false, "protection_unit": false});
    });
    case(
        "design, cloud, master data, portal and VNeID under NĐ 224/2026",
        late(),
        &|v| {
            v["stage"] = json!("basic-design");
            v["design"] = json!({"architecture_compliance": false, "cloud_considered": false});
            v["components"] = json!([
                comp(
                    "site",
                    "portal",
                    json!({"scope": "commune", "part_of": "ghost", "hosting": "provincial-data-center"})
                ),
                comp(
                    "app-local",
                    "mobile-app",
                    json!({"auth": {"citizens": "local-accounts"}})
                ),
                comp(
                    "app-sso",
                    "mobile-app",
                    json!({"auth": {"citizens": "central-sso"}})
                ),
                comp("app-none", "mobile-app", json!({})),
                comp("a", "database", json!({})),
                comp("b", "database", json!({}))
            ]);
            v["data"] = json!([
                {"id": "a-pop", "component": "a", "domain": "society", "master": ["civil-status"]},
                {"id": "b-pop", "component": "b", "domain": "society", "master": ["civil-status"]}
            ]);
        },
    );
    case("waivers and an acceptance that match nothing", d(), &|v| {
        v["waivers"] = json!([
            {"rule": "CONF-07", "reason": " "},
            {"rule": "CONF-11", "subject": "website", "reason": "Không cần."},
            {"rule": "CONF-11", "reason": "Không cần."}
        ]);
    });
    out
}

/// An ArchiMate exchange file with one mistake of each kind the AMX rules know.
fn odd_exchange() -> String {
    let head = "<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" identifier=\"m\">";
    format!(
        "{head}\n<name>t</name>\n<elements>\n\
         <element identifier=\"a\" xsi:type=\"Node\"><name>Máy chủ</name>\n\
         <properties><property propertyDefinitionRef=\"nope\"><value>v</value></property></properties></element>\n\
         <element identifier=\"b\" xsi:type=\"Node\"><name>Máy chủ</name></element>\n\
         <element identifier=\"c\" xsi:type=\"BusinessActor\"><name>Người dân</name></element>\n\
         <element identifier=\"j\" xsi:type=\"AndJunction\"/>\n\
         </elements>\n<relationships>\n\
         <relationship identifier=\"r1\" source=\"a\" target=\"ghost\" xsi:type=\"Serving\"/>\n\
         <relationship identifier=\"r2\" source=\"c\" target=\"a\" xsi:type=\"Access\"/>\n\
         <relationship identifier=\"r3\" source=\"a\" target=\"j\" xsi:type=\"Serving\"/>\n\
         <relationship identifier=\"r4\" source=\"j\" target=\"b\" xsi:type=\"Triggering\"/>\n\
         </relationships>\n<views><diagrams>\n\
         <view identifier=\"v1\" xsi:type=\"Diagram\"><name>Tổng thể</name>\n\
         <node identifier=\"n1\" elementRef=\"a\" xsi:type=\"Element\"/>\n\
         <node identifier=\"n2\" elementRef=\"ghost\" xsi:type=\"Element\"/>\n\
         <connection identifier=\"k1\" relationshipRef=\"ghost-rel\" xsi:type=\"Relationship\"/>\n\
         </view>\n<view identifier=\"v2\" xsi:type=\"Diagram\"><name>Trống</name></view>\n\
         </diagrams></views></model>"
    )
}

/// A model with one mistake of each kind `examples/models` does not show.
fn odd_model() -> Value {
    json!({
        "kientruc": "model/1",
        "id": "odd",
        "name": "Mô hình thử",
        "framework": "vn-egov-2.0",
        "roadmap": {"start": 2026, "end": 2024},
        "elements": [
            {"id": "agency:a", "kind": "agency", "name": "A", "eid": "ABC.00.00.H48", "admin_unit": "1x"},
            {"id": "agency:b", "kind": "agency", "name": "B", "admin_unit": "00000"},
            {"id": "db-2", "kind": "database", "name": "CSDL khác", "owner": "agency:a", "security_level": 2},
            {"id": "db", "kind": "database", "name": "CSDL", "owner": "agency:ghost", "security_level": 9,
             "data_domain": "khac", "function": "khac", "phase": {"start": 2025, "end": 2024},
             "suppress": [{"rule": "VAL-999", "reason": "thử"}]},
            {"id": "app", "kind": "application", "name": "Ứng dụng", "owner": "agency:b", "security_level": 2},
            {"id": "site", "kind": "portal", "name": "Trang", "owner": "agency:a", "security_level": 2}
        ],
        "relations": [
            {"from": "app", "to": "site", "kind": "exchanges-data-with", "via": "app"},
            {"from": "app", "to": "db", "kind": "uses", "via": "ghost"}
        ]
    })
}
#[test]
fn every_example_and_case_fills_its_templates_and_every_variant_is_exercised() {
    let quang_ngai = Baseline::default_builtin().expect("baseline");
    let national = Baseline::builtin("vn-national-digital-2025").expect("national");
    let packs: Vec<RulePack> = ["quang-ngai-extra.json", "quang-ngai-projects.json"]
        .iter()
        .map(|f| {
            let path = root().join("examples/rulepacks").join(f);
            RulePack::from_json(&read(&path), f).expect("pack")
        })
        .collect();
    let mut reports: Vec<Report> = Vec::new();
    let expected: Value =
        serde_json::from_slice(&read(&root().join("examples/projects/expected.json")))
            .expect("expected.json");
    let dates = [
        None,
        Some((2019, 12, 1)),
        Some((2024, 3, 15)),
        Some((2026, 3, 15)),
        Some((2026, 9, 1)),
    ];
    for p in expected["projects"].as_array().expect("projects") {
        let file = p["file"].as_str().expect("file");
        let project = project(file);
        for b in [&quang_ngai, &national] {
            for d in dates {
                let mut opts = d.map_or_else(CheckOptions::default, |(y, m, d)| on(y, m, d));
                opts.rulepacks = packs.clone();
                reports.push(kientruc::check(&project, b, &opts));
            }
        }
    }
    for (name, v, opts) in targeted() {
        let r = check_value(&v, &quang_ngai, &opts);
        assert!(!r.findings.is_empty(), "{name}: no finding");
        reports.push(r);
    }
    let odd = kientruc::Model::from_json(odd_model().to_string().as_bytes(), "odd.json")
        .expect("odd model");
    let fw = kientruc::Framework::builtin("vn-egov-2.0").expect("framework");
    reports.push(kientruc::validate(&odd, &fw, &ValidateOptions::default()));
    // A framework whose DRM taxonomy is complete and whose applications require a hosting:
    // situations the built-in frameworks never give.
    let mut fw_json: Value =
        serde_json::from_slice(&read(&root().join("core/data/frameworks/vn-egov-2.0.json")))
            .expect("framework json");
    for m in fw_json["reference_models"].as_array_mut().expect("models") {
        m["complete"] = json!(true);
    }
    for k in fw_json["element_kinds"].as_array_mut().expect("kinds") {
        if k["id"] == "application" {
            k["required"] = json!(["owner", "security_level", "hosting"]);
        }
    }
    let strict = kientruc::Framework::from_json(fw_json.to_string().as_bytes(), "strict.json")
        .expect("strict framework");
    let coded = json!({
        "kientruc": "model/1", "id": "coded", "name": "Mã", "framework": "vn-egov-2.0",
        "elements": [
            {"id": "agency:a", "kind": "agency", "name": "A"},
            {"id": "app", "kind": "application", "name": "Ứng dụng", "owner": "agency:a",
             "security_level": 2, "codes": ["DRM999.999"]}
        ],
        "relations": [{"from": "agency:a", "to": "app", "kind": "owns"}]
    });
    let coded = kientruc::Model::from_json(coded.to_string().as_bytes(), "coded.json")
        .expect("coded model");
    reports.push(kientruc::validate(
        &coded,
        &strict,
        &ValidateOptions::default(),
    ));
    // An owner agency whose e-ID code in the baseline is malformed.
    let mut qn: Value =
        serde_json::from_str(kientruc::Baseline::builtin_json("quang-ngai-2.0").expect("embedded"))
            .expect("baseline json");
    let elements = qn["elements"].as_array_mut().expect("elements");
    for e in elements.iter_mut() {
        if e["id"] == "agency:ubnd-hanh-minh" {
            e["eid"] = json!("48.H");
        }
    }
    // And a system of sector scope, which only a sector-scope duplicate meets.
    elements.push(json!({
        "id": "sector:docs", "kind": "application", "name": "Phần mềm ngành",
        "scope": "sector", "lifecycle": "existing", "function": "document-management",
        "owner": "agency:ubnd-quang-ngai", "security_level": 2
    }));
    let odd_baseline = Baseline::from_json(qn.to_string().as_bytes(), "qn.json").expect("baseline");
    for (_, v, opts) in targeted() {
        reports.push(check_value(&v, &odd_baseline, &opts));
    }
    for entry in std::fs::read_dir(root().join("examples/models")).expect("models") {
        let path = entry.expect("entry").path();
        let m =
            kientruc::Model::from_json(&read(&path), &path.display().to_string()).expect("model");
        let fw = kientruc::Framework::builtin(&m.doc().framework).expect("framework");
        reports.push(kientruc::validate(
            &m,
            &fw,
            &packs
                .iter()
                .cloned()
                .fold(ValidateOptions::default(), ValidateOptions::rulepack),
        ));
    }
    let (_, r) = kientruc::archimate::validate_exchange(
        odd_exchange().as_bytes(),
        "odd.xml",
        &ValidateOptions::default(),
    )
    .expect("odd exchange");
    reports.push(r);
    let accepted = kientruc::acceptance::AcceptanceDoc::from_json(
        br#"{"kientruc": "acceptance/1", "accepted": [
            {"project": "hanh-minh-website", "rule": "CONF-12", "subject": "website", "by": "S\u1edf KH&CN", "date": "2024-03-10"},
            {"project": "hanh-minh-website", "rule": "CONF-12", "by": "S\u1edf KH&CN", "date": "2024-03-10"}]}"#,
        "accepted.json",
    )
    .expect("acceptance")
    .accepted;
    let opts = with_accepted(accepted);
    reports.push(check_value(&base(), &quang_ngai, &opts));
    // An acceptance of a waiver of a rule that rests on a mandatory provision (DOC-014).
    let mandatory = kientruc::acceptance::AcceptanceDoc::from_json(
        br#"{"kientruc": "acceptance/1", "accepted": [
            {"project": "data-center-upgrade", "rule": "CONF-10", "by": "S\u1edf KH&CN", "date": "2023-04-20"}]}"#,
        "mandatory.json",
    )
    .expect("acceptance")
    .accepted;
    let dc: Value = serde_json::from_slice(&read(
        &root().join("examples/projects/data-center-upgrade.json"),
    ))
    .expect("example");
    let opts = with_accepted(mandatory);
    reports.push(check_value(&dc, &quang_ngai, &opts));
    for file in [
        "core/tests/data/archimate/Sample1.xml",
        "core/tests/data/regressions/archimate-1.xml",
        "core/tests/data/regressions/archimate-2.xml",
    ] {
        if let Ok((_, r)) = kientruc::archimate::validate_exchange(
            &read(&root().join(file)),
            file,
            &ValidateOptions::default(),
        ) {
            reports.push(r);
        }
    }
    for r in &reports {
        render_all(r);
    }

    // Coverage: which variants and phrases the findings show.
    let mut missing = Vec::new();
    let mut by_rule: BTreeMap<&str, Vec<&kientruc::Finding>> = BTreeMap::new();
    for f in reports.iter().flat_map(|r| &r.findings) {
        by_rule.entry(f.rule.as_str()).or_default().push(f);
    }
    for rule in kientruc::rules::builtin() {
        let findings = by_rule.get(rule.id.as_str()).cloned().unwrap_or_default();
        let variants = |single: &kientruc::i18n::Text,
                        map: &BTreeMap<String, kientruc::i18n::Text>|
         -> Vec<(String, String)> {
            if map.is_empty() {
                vec![(String::new(), single.vi.clone())]
            } else {
                map.iter().map(|(k, t)| (k.clone(), t.vi.clone())).collect()
            }
        };
        for (key, vi) in variants(&rule.message, &rule.messages) {
            let re = template_regex(&vi, true);
            if !findings.iter().any(|f| re.is_match(&f.message.vi)) {
                missing.push(format!("{} message '{key}'", rule.id));
            }
        }
        for (key, vi) in variants(&rule.suggestion, &rule.suggestions) {
            let re = template_regex(&vi, true);
            if !findings.iter().any(|f| re.is_match(&f.suggestion.vi)) {
                missing.push(format!("{} suggestion '{key}'", rule.id));
            }
        }
        for (key, t) in &rule.phrases {
            let re = template_regex(&t.vi, false);
            let shown = reports.iter().flat_map(|r| &r.findings).any(|f| {
                re.is_match(&f.message.vi)
                    || re.is_match(&f.suggestion.vi)
                    || f.basis.article.as_deref().is_some_and(|a| re.is_match(a))
            });
            if !shown {
                missing.push(format!("{} phrase '{key}'", rule.id));
            }
        }
    }
    // Variants no input can reach with the built-in data, and why. One that becomes reachable
    // must leave this list (the test says so).
    let unreachable = [(
        "baseline-not-current suggestion 'embedded'",
        "the successor of every built-in baseline (Quảng Ngãi 3.0) is not embedded yet",
    )];
    for (variant, why) in unreachable {
        match missing.iter().position(|m| m == variant) {
            Some(i) => {
                missing.remove(i);
            }
            None => {
                panic!("{variant} is exercised now ({why} no longer holds): drop it from the list")
            }
        }
    }
    assert!(
        missing.is_empty(),
        "not exercised by any example or targeted case ({}):\n{}",
        missing.len(),
        missing.join("\n")
    );
}
