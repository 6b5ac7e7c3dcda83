//! A successor of `quang-ngai-2.0` started with `kientruc baseline new` and edited by hand
//! (`tests/data/successor/quang-ngai-3.0-draft.json`): `diff` lists exactly the hand edits.

use kientruc::model::diff::{RelationRef, diff, diff_json};
use kientruc::model::{Model, successor::TO_CONFIRM};
use kientruc::{Baseline, ValidateOptions, validate};
use std::path::Path;

fn fixture() -> Vec<u8> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/successor/quang-ngai-3.0-draft.json");
    std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn diff_of_2_0_and_the_edited_successor_lists_exactly_the_edits() {
    let old = Baseline::default_builtin()
        .expect("embedded")
        .model
        .into_doc();
    let new = Model::from_json(&fixture(), "draft").expect("fixture parses");
    assert!(new.unknown_fields.is_empty(), "{:?}", new.unknown_fields);
    let d = diff(&old, new.doc());

    let ids = |v: &[kientruc::model::diff::ElementRef]| -> Vec<String> {
        v.iter().map(|e| e.id.clone()).collect()
    };
    assert_eq!(ids(&d.elements_added), ["provincial:open-data"]);
    assert_eq!(ids(&d.elements_removed), ["agency:vpcp"]);
    assert_eq!(d.renames(), [("provincial:reporting", "qn:reporting")]);
    let changed: Vec<(String, Vec<String>)> = d
        .elements_changed
        .iter()
        .map(|c| {
            (
                c.id.clone(),
                c.changes.iter().map(|f| f.field.clone()).collect(),
            )
        })
        .collect();
    assert_eq!(
        changed,
        [
            ("provincial:lgsp".to_string(), vec!["lifecycle".to_string()]),
            ("qn:reporting".to_string(), vec![]),
        ]
    );
    let lgsp = &d.elements_changed[0].changes[0];
    assert_eq!(
        (lgsp.old.as_str(), lgsp.new.as_str()),
        (Some("planned"), Some("existing"))
    );
    assert_eq!(
        d.relations_added,
        [RelationRef {
            from: "provincial:open-data".into(),
            kind: "serves".into(),
            to: "actor:citizens".into()
        }]
    );
    // The relation of the renamed element is matched after the rename, not removed and re-added.
    assert!(d.relations_removed.is_empty(), "{:?}", d.relations_removed);
    assert!(d.relations_changed.is_empty(), "{:?}", d.relations_changed);
    // Every element still carries the successor's mark, the added one included.
    assert_eq!(d.to_confirm, new.doc().elements.len());
    assert!(
        new.doc()
            .elements
            .iter()
            .all(|e| e.tags.iter().any(|t| t == TO_CONFIRM))
    );
    // The model's own fields: what `baseline new` set.
    let fields: Vec<&str> = d.model.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "id",
            "name",
            "valid_from",
            "valid_to",
            "superseded_by",
            "roadmap",
            "source",
            "supersedes"
        ]
    );
    // The face entry point gives the same.
    let text = Baseline::builtin_json("quang-ngai-2.0").expect("embedded json");
    assert_eq!(
        diff_json(text.as_bytes(), &fixture()).expect("diff_json"),
        d
    );
}

#[test]
fn the_edited_successor_validates_without_errors() {
    let m = Model::from_json(&fixture(), "draft").expect("parses");
    let fw = kientruc::Framework::builtin(&m.doc().framework).expect("framework");
    let r = validate(&m, &fw, &ValidateOptions::default());
    assert_eq!(r.counts.error, 0, "{:#?}", r.findings);
    assert_eq!(r.counts.warning, 0, "{:#?}", r.findings);
}
