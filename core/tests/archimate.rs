//! ArchiMate exchange files: export validates against the XSDs (xmllint), import → export → import
//! round trips, the relationship table is applied in full, and bad files give located errors.

use kientruc::archimate::{self, RelationshipTable};
use kientruc::model::ModelDoc;
use kientruc::{Baseline, Report};
use std::path::{Path, PathBuf};
use std::process::Command;

fn data(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/archimate")
        .join(p)
}

fn xmllint(xml: &str, name: &str) -> (bool, String) {
    let dir = std::env::temp_dir().join(format!("kientruc-amx-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let file = dir.join(name);
    std::fs::write(&file, xml).expect("write");
    let out = Command::new("xmllint")
        .args(["--noout", "--nonet", "--schema"])
        .arg(data("wrapper.xsd"))
        .arg(&file)
        .output()
        .expect("xmllint runs (Debian package libxml2-utils; scripts/test.sh installs it)");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn import(xml: &str) -> Result<(ModelDoc, Report), kientruc::Error> {
    archimate::validate_exchange(xml.as_bytes(), "test.xml", &Default::default())
}

fn same(a: &ModelDoc, b: &ModelDoc) {
    assert_eq!(
        serde_json::to_value(a).expect("json"),
        serde_json::to_value(b).expect("json")
    );
}

#[test]
fn the_default_baseline_exports_to_a_valid_file_and_re_imports_to_the_same_model() {
    let b = Baseline::default_builtin().expect("baseline");
    let xml = archimate::to_xml(b.model.doc());
    let (ok, msg) = xmllint(&xml, "baseline.xml");
    assert!(ok, "xmllint rejected the export: {msg}");
    let (back, report) = import(&xml).expect("re-import");
    same(b.model.doc(), &back);
    // The export uses only relationships the ArchiMate table allows.
    assert!(
        !report.findings.iter().any(|f| f.rule == "AMX-001"),
        "{:#?}",
        report.findings
    );
    assert_eq!(report.counts.error, 0, "{:#?}", report.findings);
    // Export → import → export is stable too.
    assert_eq!(archimate::to_xml(&back), xml);
}

/// The export carries the overall diagram as a view: every element on it once, in a container
/// per layer, every view node referencing an element of the file, every connection a
/// relationship between two nodes; import keeps quiet about it (no AMX finding, no warning).
#[test]
fn the_export_has_a_view_of_the_overall_diagram() {
    let b = Baseline::default_builtin().expect("baseline");
    let xml = archimate::to_xml(b.model.doc());
    assert!(xml.contains("<view identifier=\"v-overall\" xsi:type=\"Diagram\">"));
    let x = archimate::parse(xml.as_bytes(), "b.xml").expect("parse");
    assert_eq!(x.views.len(), 1);
    let v = &x.views[0];
    let elements: std::collections::HashSet<&str> =
        x.elements.iter().map(|e| e.identifier.as_str()).collect();
    let relationships: std::collections::HashSet<&str> = x
        .relationships
        .iter()
        .map(|r| r.identifier.as_str())
        .collect();
    let mut shown: Vec<&str> = v
        .nodes
        .iter()
        .filter_map(|n| n.element_ref.as_deref())
        .collect();
    for e in &shown {
        assert!(elements.contains(e), "view node references {e}");
    }
    shown.sort_unstable();
    let n = shown.len();
    shown.dedup();
    assert_eq!(n, shown.len(), "an element is on the view twice");
    assert_eq!(shown.len(), elements.len(), "every element is on the view");
    let containers = v.nodes.iter().filter(|n| n.xsi_type == "Container").count();
    assert_eq!(containers, b.framework.doc.layers.len());
    assert_eq!(v.connections.len(), b.model.relations().len());
    for c in &v.connections {
        let r = c.relationship_ref.as_deref().expect("relationshipRef");
        assert!(relationships.contains(r), "{r}");
    }
    let (back, report) = import(&xml).expect("import");
    same(b.model.doc(), &back);
    assert!(
        !report.findings.iter().any(|f| f.rule.starts_with("AMX")),
        "{:#?}",
        report.findings
    );
    assert_eq!(report.counts.warning, 0, "{:#?}", report.findings);
    // The same warnings as the model itself gets, no more.
    let direct = kientruc::validate(&b.model, &b.framework, &Default::default());
    assert_eq!(report.counts.warning, direct.counts.warning);
    assert_eq!(report.counts.error, direct.counts.error);
}

#[test]
fn archi_sample_imports_with_types_kept() {
    let xml = std::fs::read_to_string(data("Sample1.xml")).expect("sample");
    let (m, r) = import(&xml).expect("import");
    assert_eq!(m.elements.len(), 2);
    assert_eq!(m.elements[0].kind, "actor");
    assert_eq!(
        m.elements[0]
            .properties
            .get("archimate:type")
            .map(String::as_str),
        Some("BusinessRole")
    );
    assert_eq!(m.relations.len(), 1);
    assert_eq!(
        m.relations[0]
            .properties
            .get("archimate:type")
            .map(String::as_str),
        Some("Assignment")
    );
    assert!(
        !r.findings.iter().any(|f| f.rule.starts_with("AMX")),
        "{:#?}",
        r.findings
    );
}

/// A small deterministic generator (xorshift) for round-trip property tests.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

fn generated(seed: u64) -> ModelDoc {
    let mut r = Rng(seed * 2654435761 + 1);
    let kinds = [
        "agency",
        "actor",
        "portal",
        "application",
        "database",
        "platform",
        "infrastructure",
        "network",
        "security",
        "catalogue",
        "governance",
        "other",
        "online-service",
    ];
    let names = [
        "Cổng Dịch vụ công",
        "Hệ thống một cửa",
        "CSDL đất đai",
        "Mạng LAN",
        "LGSP",
        "Trung tâm dữ liệu",
        "<a & b>",
        "\"quoted\" 'x'",
        "",
    ];
    let rels = [
        "serves",
        "uses",
        "hosts",
        "exchanges-data-with",
        "owns",
        "realises",
        "part-of",
        "replaces",
    ];
    let n = 1 + (r.next() % 30) as usize;
    let mut elements = Vec::new();
    for i in 0..n {
        let name = r.pick(&names);
        let mut e = kientruc::model::Element {
            id: format!(
                "{}:e{i}/{}",
                r.pick(&["national", "provincial", "x"]),
                r.next() % 100
            ),
            kind: r.pick(&kinds).to_string(),
            name: if r.next() % 2 == 0 {
                kientruc::i18n::Name::Plain(name.into())
            } else {
                kientruc::i18n::Name::Both(kientruc::i18n::Text::new(name, "English name"))
            },
            ..Default::default()
        };
        if r.next() % 2 == 0 {
            e.security_level = Some((r.next() % 5 + 1) as u8);
            e.codes = vec!["DRM001.002".into(), "ARM003".into()];
            e.eid = Some("000.00.00.H48".into());
            e.tags = vec!["a".into(), "ư".into()];
            e.valid_from = kientruc::Date::parse("2021-12-24");
            e.phase = Some(kientruc::model::YearSpan {
                start: 2022,
                end: 2025,
            });
            e.suppress = vec![kientruc::model::Suppression {
                rule: "VAL-011".into(),
                reason: "lý do".into(),
            }];
            e.properties.insert("Ghi chú".into(), "giá trị".into());
        }
        elements.push(e);
    }
    let mut relations = Vec::new();
    for i in 0..(r.next() % 40) as usize {
        let a = elements[(r.next() % n as u64) as usize].id.clone();
        let b = elements[(r.next() % n as u64) as usize].id.clone();
        relations.push(kientruc::model::Relation {
            id: (r.next() % 3 == 0).then(|| format!("rel-{i}")),
            from: a,
            to: b,
            kind: r.pick(&rels).to_string(),
            via: (r.next() % 4 == 0).then(|| "provincial:lgsp".to_string()),
            ..Default::default()
        });
    }
    ModelDoc {
        kientruc: "model/1".into(),
        id: format!("gen-{seed}"),
        name: kientruc::i18n::Name::Plain(format!("Mô hình {seed}")),
        framework: "vn-egov-2.0".into(),
        standards: None,
        valid_from: kientruc::Date::parse("2022-01-01"),
        valid_to: None,
        family: None,
        supersedes: None,
        superseded_by: None,
        roadmap: None,
        source: None,
        elements,
        relations,
    }
}

#[test]
fn generated_models_round_trip_and_export_valid_files() {
    for seed in 0..40 {
        let m = generated(seed);
        let xml = archimate::to_xml(&m);
        let (back, _) = import(&xml).unwrap_or_else(|e| panic!("seed {seed}: {e}\n{xml}"));
        same(&m, &back);
        if seed % 8 == 0 {
            let (ok, msg) = xmllint(&xml, &format!("gen-{seed}.xml"));
            assert!(ok, "seed {seed}: {msg}");
        }
    }
}

/// Every source/target pair of the table, with every relationship type: AMX-001 fires exactly for
/// the letters the table does not list. The expectation is read from the data file by this test's
/// own scan, independently of the library's parser.
#[test]
fn the_relationship_table_is_applied_in_full() {
    let table_xml = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("data/archimate/relationships.xml"),
    )
    .expect("table");
    let letters = [
        ('a', "Access"),
        ('c', "Composition"),
        ('f', "Flow"),
        ('g', "Aggregation"),
        ('i', "Assignment"),
        ('n', "Influence"),
        ('o', "Association"),
        ('r', "Realization"),
        ('s', "Specialization"),
        ('t', "Triggering"),
        ('v', "Serving"),
    ];
    let attr = |line: &str, key: &str| -> Option<String> {
        let start = line.find(&format!("{key}=\""))? + key.len() + 2;
        Some(line[start..start + line[start..].find('"')?].to_string())
    };
    let mut pairs = Vec::new();
    let mut source = String::new();
    for line in table_xml.lines() {
        if line.contains("<source ") {
            source = attr(line, "concept").expect("concept");
        } else if line.contains("<target ") {
            pairs.push((
                source.clone(),
                attr(line, "concept").expect("concept"),
                attr(line, "relations").expect("relations"),
            ));
        }
    }
    assert_eq!(pairs.len(), 62 * 62, "the table has every pair");
    let element_types: Vec<&str> = {
        let mut v: Vec<&str> = pairs
            .iter()
            .map(|(s, _, _)| s.as_str())
            .filter(|s| *s != "Relationship")
            .collect();
        v.dedup();
        v
    };
    let ident = |t: &str| {
        if t == "Junction" {
            "AndJunction".to_string()
        } else {
            t.to_string()
        }
    };
    let mut xml = String::from(
        "<?xml version=\"1.0\"?>\n<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" identifier=\"m\"><name>t</name><elements>\n",
    );
    for t in &element_types {
        xml.push_str(&format!(
            "<element identifier=\"e-{t}\" xsi:type=\"{}\"><name>{t}</name></element>\n",
            ident(t)
        ));
    }
    xml.push_str("</elements><relationships>\n");
    let mut expected_fail = std::collections::BTreeSet::new();
    let mut n = 0;
    for (s, t, rels) in pairs
        .iter()
        .filter(|(s, t, _)| s != "Relationship" && t != "Relationship")
    {
        for (c, ty) in letters {
            let id = format!("r{n}");
            n += 1;
            xml.push_str(&format!("<relationship identifier=\"{id}\" source=\"e-{s}\" target=\"e-{t}\" xsi:type=\"{ty}\"/>\n"));
            if !rels.contains(c) {
                expected_fail.insert(id);
            }
        }
    }
    xml.push_str("</relationships></model>\n");
    let (_, report) = import(&xml).expect("import");
    let failed: std::collections::BTreeSet<String> = report
        .findings
        .iter()
        .filter(|f| f.rule == "AMX-001")
        .map(|f| f.subject.clone())
        .collect();
    assert_eq!(failed.len(), expected_fail.len());
    assert!(failed == expected_fail, "AMX-001 differs from the table");
    // The library's own table agrees letter by letter.
    let table = RelationshipTable::get();
    for (s, t, rels) in &pairs {
        for (c, ty) in letters {
            assert_eq!(table.allows(s, ty, t), rels.contains(c), "{s} {ty} {t}");
        }
    }
}

fn error_of(xml: &str) -> kientruc::Error {
    import(xml).expect_err("an error")
}

#[test]
fn bad_files_give_located_errors_or_findings() {
    let head = "<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" identifier=\"m\">";
    // Malformed XML.
    let e = error_of(&format!(
        "{head}\n<name>t</name>\n<elements><element></elements></model>"
    ));
    assert_eq!(e.code(), "parse");
    assert!(e.location().and_then(|l| l.line).is_some(), "{e}");
    // Wrong namespace, and the 2.x namespace.
    let e = error_of("<model xmlns=\"urn:other\" identifier=\"m\"/>");
    assert!(
        e.to_string().contains("namespace") && e.to_string().contains(":1:")
            || e.to_string().contains("1"),
        "{e}"
    );
    let e = error_of(
        "<?xml version=\"1.0\"?>\n<model xmlns=\"http://www.opengroup.org/xsd/archimate\" identifier=\"m\"/>",
    );
    assert!(e.to_string().contains("2.x"), "{e}");
    assert_eq!(e.location().and_then(|l| l.line), Some(2));
    // A missing identifier.
    let e = error_of(&format!(
        "{head}\n<name>t</name>\n<elements>\n<element xsi:type=\"Node\"><name>n</name></element></elements></model>"
    ));
    assert!(e.to_string().contains("identifier"), "{e}");
    assert_eq!(e.location().and_then(|l| l.line), Some(4));
    // Unknown element type.
    let e = error_of(&format!(
        "{head}\n<name>t</name>\n<elements>\n<element identifier=\"a\" xsi:type=\"Spaceship\"><name>n</name></element></elements></model>"
    ));
    assert!(e.to_string().contains("Spaceship"), "{e}");
    // Control characters XML 1.0 forbids, raw or as references.
    let e = error_of(&format!("{head}\n<name>a\u{0}b</name></model>"));
    assert!(
        e.to_string().contains("XML 1.0") && e.location().and_then(|l| l.line) == Some(2),
        "{e}"
    );
    let e = error_of(&format!("{head}\n<name>a&#0;b</name></model>"));
    assert!(
        e.to_string().contains("&#0;") || e.to_string().contains("entity"),
        "{e}"
    );
    // A DTD is refused (no entity expansion).
    let e = error_of("<?xml version=\"1.0\"?>\n<!DOCTYPE model [<!ENTITY x \"y\">]>\n<model/>");
    assert!(e.to_string().contains("DOCTYPE"), "{e}");
    // A relationship to a missing element, and a property with no definition: findings with lines.
    let xml = format!(
        "{head}\n<name>t</name>\n<elements>\n<element identifier=\"a\" xsi:type=\"Node\"><name>n</name>\n<properties><property propertyDefinitionRef=\"nope\"><value>v</value></property></properties></element>\n</elements>\n<relationships>\n<relationship identifier=\"r\" source=\"a\" target=\"ghost\" xsi:type=\"Serving\"/>\n</relationships></model>"
    );
    let (_, r) = import(&xml).expect("import");
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "AMX-006")
        .expect("dangling");
    assert!(
        f.message.en.contains("ghost") && f.message.en.contains("line 8"),
        "{}",
        f.message.en
    );
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "AMX-007")
        .expect("undefined property");
    assert!(
        f.message.en.contains("nope") && f.message.en.contains("line 5"),
        "{}",
        f.message.en
    );
    // kientruc's own rules run on the imported model too.
    assert!(
        r.findings.iter().any(|f| f.rule == "VAL-004"),
        "{:#?}",
        r.findings
    );
}

/// Inputs the fuzzers found crashes with (scripts/fuzz.sh); each must now import or fail cleanly,
/// and an imported model must export and re-import to itself.
#[test]
fn fuzz_regressions() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/regressions");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).expect("regressions") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let bytes = std::fs::read(&path).expect("read");
        if !name.starts_with("archimate") {
            continue;
        }
        checked += 1;
        if let Ok((doc, _)) = archimate::validate_exchange(&bytes, &name, &Default::default()) {
            let xml = archimate::to_xml(&doc);
            let x = archimate::parse(xml.as_bytes(), "again")
                .unwrap_or_else(|e| panic!("{name}: export does not re-import: {e}"));
            same(&doc, &archimate::to_model(&x));
        }
    }
    // An empty or misplaced folder must not pass as "no regression": the two crash inputs found so
    // far (archimate-1.xml, archimate-2.xml) are read.
    assert!(
        checked >= 2,
        "{checked} regression inputs in {}",
        dir.display()
    );
}
