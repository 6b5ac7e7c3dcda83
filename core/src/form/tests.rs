//! Tests of the form description and the catalogue.

use super::*;
use crate::baseline::Baseline;

/// The sources the page knows how to offer.
const SOURCES: &[&str] = &[
    "elements",
    "endpoints",
    "components",
    "functions",
    "domains",
    "masters",
    "standards",
    "rules",
    "baselines",
    "subjects",
    "none",
];

fn field<'a>(f: &'a Form, ty: &str, key: &str) -> &'a Field {
    let t = f.types.iter().find(|t| t.name == ty).expect(ty);
    t.fields.iter().find(|x| x.key == key).expect(key)
}

#[test]
fn form_json_names_only_existing_types_fields_and_sources() {
    let table: Table = serde_json::from_str(FORM_JSON).expect("form.json reads");
    let f = project_form();
    for (ty, fields) in &table.fields {
        for (key, h) in fields {
            let _ = field(&f, ty, key);
            if let Some(p) = &h.pick {
                assert!(
                    SOURCES.contains(&p.source.as_str()),
                    "{ty}.{key}: {}",
                    p.source
                );
            }
            if let Some(a) = &h.auto {
                let _ = field(&f, ty, &a.from);
            }
        }
    }
    for ty in table.types.keys() {
        assert!(f.types.iter().any(|t| &t.name == ty), "{ty}");
    }
    for (rule, keys) in &table.focus {
        assert!(
            crate::rules::rule(rule).is_some(),
            "focus names no rule {rule}"
        );
        for k in keys {
            assert!(
                f.types.iter().any(|t| t.fields.iter().any(|x| &x.key == k)),
                "{rule}: no field {k}"
            );
        }
    }
}

#[test]
fn every_field_of_the_schema_is_in_the_form_with_a_widget_and_labels() {
    let f = project_form();
    let schema: Value = serde_json::from_str(&crate::schema::schema("project").unwrap_or_default())
        .expect("schema");
    assert_eq!(f.root, "ProjectDoc");
    assert_eq!(f.kind, "project/1");
    let root = &f.types[0];
    let keys: Vec<&str> = root.fields.iter().map(|x| x.key.as_str()).collect();
    let props: Vec<&str> = schema["properties"]
        .as_object()
        .expect("properties")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, props, "the schema's fields, in its order");
    for t in &f.types {
        for x in &t.fields {
            assert_ne!(x.widget, Widget::Json, "{}.{} has no widget", t.name, x.key);
            assert!(
                !x.label.vi.is_empty() && x.label.vi != x.key && !x.label.en.is_empty(),
                "{}.{} has no label",
                t.name,
                x.key
            );
            if let Some(v) = &x.vocabulary {
                let labels = f.vocabularies.iter().find(|l| &l.name == v).expect(v);
                assert!(!labels.values.is_empty());
            }
        }
    }
    let w = |ty: &str, key: &str| field(&f, ty, key).widget;
    assert_eq!(w("ProjectDoc", "kientruc"), Widget::Hidden);
    assert_eq!(w("ProjectDoc", "name"), Widget::Name);
    assert_eq!(w("ProjectDoc", "appraisal_date"), Widget::Date);
    assert_eq!(w("ProjectDoc", "phase"), Widget::Object);
    assert_eq!(w("ProjectDoc", "components"), Widget::List);
    assert_eq!(w("Component", "kind"), Widget::Choice);
    assert_eq!(w("Component", "information"), Widget::Choices);
    assert_eq!(w("Component", "standards"), Widget::Texts);
    assert_eq!(w("Component", "ipv6"), Widget::Boolean);
    assert_eq!(w("Investment", "budget_vnd"), Widget::Integer);
    let kind = field(&f, "Component", "kind");
    assert!(kind.required);
    assert_eq!(kind.vocabulary.as_deref(), Some("component kind"));
    assert_eq!(
        field(&f, "ProjectDoc", "components").item.as_deref(),
        Some("Component")
    );
    let level = field(&f, "Component", "security_level");
    assert_eq!((level.min, level.max), (Some(1), Some(5)));
    let owner = field(&f, "ProjectDoc", "owner");
    assert_eq!(owner.label.vi, "Cơ quan chủ quản");
    assert_eq!(
        owner.pick.as_ref().map(|p| p.kinds.clone()),
        Some(vec!["agency".to_string()])
    );
    let id = field(&f, "ProjectDoc", "id");
    assert!(id.required);
    assert_eq!(id.auto.as_ref().map(|a| a.from.as_str()), Some("name"));
    assert_eq!(f.focus["CONF-07"], ["ipv6"]);
}

/// A field added to the format appears with no hint: its widget from its schema, its label
/// from `fields.json`, else its key.
#[test]
fn a_new_field_appears_without_hints() {
    let schema = serde_json::json!({
        "title": "ProjectDoc",
        "required": ["id"],
        "properties": {
            "id": {"type": "string"},
            "cloud_first": {"type": ["boolean", "null"]},
            "budget_items": {"type": "array", "items": {"$ref": "#/$defs/Item"}},
        },
        "$defs": {"Item": {"type": "object", "properties": {"cost": {"type": "integer", "format": "uint16", "minimum": 0}}}}
    });
    let table: Table = serde_json::from_str("{}").expect("empty table");
    let mut d = BTreeMap::new();
    d.insert(
        "ProjectDoc".to_string(),
        BTreeMap::from([(
            "cloud_first".to_string(),
            ["Ưu tiên đám mây".to_string(), "Cloud first".to_string()],
        )]),
    );
    let f = build(&schema, &table, &d, "project/1");
    let cloud = field(&f, "ProjectDoc", "cloud_first");
    assert_eq!(
        (cloud.widget, cloud.label.vi.as_str()),
        (Widget::Boolean, "Ưu tiên đám mây")
    );
    assert!(field(&f, "ProjectDoc", "id").required);
    let items = field(&f, "ProjectDoc", "budget_items");
    assert_eq!(
        (items.widget, items.item.as_deref()),
        (Widget::List, Some("Item"))
    );
    let cost = field(&f, "Item", "cost");
    assert_eq!(
        (cost.widget, cost.label.en.as_str(), cost.min, cost.max),
        (Widget::Integer, "cost", Some(0), Some(65535))
    );
}

#[test]
fn the_catalogue_offers_the_baselines_agencies_elements_and_rows() {
    let b = Baseline::default_builtin().expect("baseline");
    let c = catalogue(&b);
    assert_eq!(c.baseline.id, "quang-ngai-2.0");
    assert!(
        c.baselines
            .iter()
            .any(|x| x.id == "vn-national-digital-2025")
    );
    let owner = c
        .elements
        .iter()
        .find(|e| e.id == "agency:ubnd-hanh-minh")
        .expect("agency");
    assert_eq!(
        (owner.kind.as_str(), owner.name.vi.as_str()),
        ("agency", "UBND xã Hành Minh")
    );
    let site = c
        .elements
        .iter()
        .find(|e| e.id == "commune:hanh-minh:website")
        .expect("site");
    assert!(site.layer.is_some());
    assert!(c.functions.iter().any(|x| x.id == "information-portal"));
    assert_eq!(c.domains.len(), b.framework.doc.data_domains.len());
    let pop = c
        .masters
        .iter()
        .find(|m| m.id == "population")
        .expect("population");
    assert_eq!(pop.holder, "national:population");
    let web = c
        .standards
        .iter()
        .find(|r| r.implied_by.iter().any(|k| k == "portal"))
        .expect("row");
    assert!(!web.standards.is_empty());
    let ids: Vec<&str> = c.rules.iter().map(|r| r.id.as_str()).collect();
    assert!(ids.contains(&"CONF-05") && ids.contains(&"CONF-07"));
    assert!(
        !ids.iter()
            .any(|r| r.starts_with("DOC-") || r.starts_with("VAL-") || r.starts_with("AMX-"))
    );
    assert!(
        !c.rules
            .iter()
            .find(|r| r.id == "CONF-07")
            .expect("CONF-07")
            .waivable
    );
}
