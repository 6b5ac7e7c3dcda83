//! Property tests over generated models and projects: serialisation round trips, reports that do
//! not depend on input order, findings only about what the input holds, and suppressions that
//! remove exactly what they name.

use kientruc::model::{Element, ModelDoc, Relation, Suppression};
use kientruc::{Baseline, Framework, Model, Project, Report, validate};
use proptest::prelude::*;
use std::collections::BTreeSet;

/// Small pools, so that generated models have duplicates, dangling references and cycles.
const IDS: [&str; 7] = ["a", "b", "c", "xã", "d-1", "agency:x", "missing"];
const KINDS: [&str; 7] = [
    "agency",
    "application",
    "database",
    "platform",
    "portal",
    "online-service",
    "nonsense",
];
const RELATIONS: [&str; 6] = [
    "part-of",
    "uses",
    "serves",
    "hosts",
    "exchanges-data-with",
    "owns",
];
const NAMES: [&str; 5] = [
    "Cổng thông tin",
    "Cong thong tin",
    "Phần mềm một cửa",
    "",
    "Cơ sở dữ liệu",
];
const EIDS: [&str; 3] = ["000.00.00.H48", "00.00.00.H48", "000.00.31.H48"];

fn element() -> impl Strategy<Value = Element> {
    (
        0..IDS.len() - 1,
        0..KINDS.len(),
        0..NAMES.len(),
        prop::option::of(0..IDS.len()),
        prop::option::of(0..EIDS.len()),
        prop::option::of(0u8..8),
    )
        .prop_map(|(id, kind, name, owner, eid, level)| Element {
            id: IDS[id].into(),
            kind: KINDS[kind].into(),
            name: kientruc::i18n::Name::Plain(NAMES[name].into()),
            owner: owner.map(|o| IDS[o].into()),
            eid: eid.map(|e| EIDS[e].into()),
            security_level: level,
            ..Element::default()
        })
}

fn relation() -> impl Strategy<Value = Relation> {
    (
        0..IDS.len(),
        0..IDS.len(),
        0..RELATIONS.len(),
        prop::option::of(0..IDS.len()),
    )
        .prop_map(|(f, t, k, via)| Relation {
            from: IDS[f].into(),
            to: IDS[t].into(),
            kind: RELATIONS[k].into(),
            via: via.map(|v| IDS[v].into()),
            ..Relation::default()
        })
}

fn model_doc() -> impl Strategy<Value = ModelDoc> {
    (
        prop::collection::vec(element(), 0..10),
        prop::collection::vec(relation(), 0..14),
    )
        .prop_map(|(elements, relations)| {
            let mut doc = ModelDoc::new("m", kientruc::i18n::Name::default(), "vn-egov-2.0");
            doc.elements = elements;
            doc.relations = relations;
            doc
        })
}

fn load(doc: &ModelDoc) -> Model {
    Model::from_json(kientruc::model::to_json(doc).as_bytes(), "gen.json")
        .expect("a generated model loads")
}

fn run(doc: &ModelDoc) -> Report {
    let fw = Framework::builtin("vn-egov-2.0").expect("framework");
    validate(&load(doc), &fw, &Default::default())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn a_model_round_trips_through_json(doc in model_doc()) {
        let json = kientruc::model::to_json(&doc);
        let again = kientruc::model::to_json(load(&doc).doc());
        prop_assert_eq!(json, again);
    }

    #[test]
    fn the_report_does_not_depend_on_input_order(doc in model_doc(), seed in any::<u64>()) {
        let mut shuffled = doc.clone();
        // A deterministic shuffle: reverse, then rotate by the seed.
        shuffled.elements.reverse();
        shuffled.relations.reverse();
        if !shuffled.relations.is_empty() {
            let k = (seed as usize) % shuffled.relations.len();
            shuffled.relations.rotate_left(k);
        }
        // Which of several same-id elements comes first is input order by design (the first
        // wins); compare only models whose ids are distinct.
        let ids: BTreeSet<&str> = doc.elements.iter().map(|e| e.id.as_str()).collect();
        prop_assume!(ids.len() == doc.elements.len());
        prop_assert_eq!(kientruc::report::to_json(&run(&doc)), kientruc::report::to_json(&run(&shuffled)));
    }

    #[test]
    fn findings_are_only_about_what_the_input_holds(doc in model_doc()) {
        let mut subjects: BTreeSet<String> = doc.elements.iter().map(|e| e.id.clone()).collect();
        subjects.extend(doc.relations.iter().map(Relation::key));
        subjects.insert(doc.id.clone());
        for f in &run(&doc).findings {
            prop_assert!(subjects.contains(&f.subject), "{} is about {}, not in the input", f.rule, f.subject);
        }
    }

    #[test]
    fn suppression_removes_exactly_the_suppressed_findings(doc in model_doc(), pick in any::<prop::sample::Index>()) {
        let before = run(&doc);
        let ids: BTreeSet<&str> = doc.elements.iter().map(|e| e.id.as_str()).collect();
        // Findings on elements whose id is unique (a suppression is looked up by id).
        let on_elements: Vec<_> = before.findings.iter()
            .filter(|f| ids.contains(f.subject.as_str()) && doc.elements.iter().filter(|e| e.id == f.subject).count() == 1)
            .collect();
        prop_assume!(!on_elements.is_empty());
        let target = on_elements[pick.index(on_elements.len())];
        let mut suppressed = doc.clone();
        for e in suppressed.elements.iter_mut().filter(|e| e.id == target.subject) {
            e.suppress.push(Suppression { rule: target.rule.clone(), reason: "đã giải trình".into() });
        }
        let after = run(&suppressed);
        let key = |f: &kientruc::Finding| (f.rule.clone(), f.subject.clone(), f.message.en.clone());
        let removed: Vec<_> = before.findings.iter().filter(|f| f.rule == target.rule && f.subject == target.subject).map(key).collect();
        let mut expected: Vec<_> = before.findings.iter().map(key).filter(|k| !removed.contains(k)).collect();
        expected.sort();
        let mut got: Vec<_> = after.findings.iter().map(key).collect();
        got.sort();
        prop_assert_eq!(got, expected);
        // The report lists each suppression once (rule, element and reason), however many
        // findings of that rule it excused on that element.
        prop_assert!(!removed.is_empty());
        prop_assert_eq!(after.suppressed.len(), 1);
        prop_assert_eq!((&after.suppressed[0].rule, &after.suppressed[0].subject), (&target.rule, &target.subject));
    }

    #[test]
    fn a_project_report_round_trips_and_is_deterministic(level in 1u8..6, ipv6 in any::<bool>(), via in 0usize..3) {
        let b = Baseline::default_builtin().expect("baseline");
        let via = ["lgsp", "direct", "vxp"][via];
        let text = format!(r#"{{"kientruc":"project/1","id":"p","name":"Dự án","owner":"agency:ubnd-hanh-minh","appraisal_date":"2025-03-01",
            "components":[{{"id":"c","kind":"portal","maps_to":["provincial:portal"],"status":"upgrade","internet_facing":true,"ipv6":{ipv6},"security_level":{level}}}],
            "integrations":[{{"from":"c","to":"national:population","via":"{via}"}}]}}"#);
        let p = Project::from_json(text.as_bytes(), "p.json").expect("project");
        let r = kientruc::check(&p, &b, &Default::default());
        let json = kientruc::report::to_json(&r);
        prop_assert_eq!(&kientruc::report::from_json(&json).expect("re-parses"), &r);
        prop_assert_eq!(json, kientruc::report::to_json(&kientruc::check(&p, &b, &Default::default())));
    }
}
