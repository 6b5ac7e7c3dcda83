//! Between exchange files and kientruc models. Every kientruc field travels as a property named
//! `kientruc:<field>` (strings as they are, other values as JSON), so that an export re-imports to
//! the same model; files from other tools map by type (`data/archimate/mapping.json`) and keep their
//! own properties and ArchiMate types in `properties`.

use super::{Exchange, LangString, Property};
use crate::i18n::{Name, Text};
use crate::model::{Element, ModelDoc, Relation};
use serde::Deserialize;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

#[derive(Debug, Deserialize)]
pub(crate) struct RelMap {
    #[serde(rename = "type")]
    pub ty: String,
    pub reverse: bool,
}

#[derive(Debug, Deserialize)]
pub(crate) struct ImportRel {
    pub kind: String,
    pub reverse: bool,
}

#[derive(Debug, Deserialize)]
pub(crate) struct Mapping {
    pub property_prefix: String,
    pub export: BTreeMap<String, String>,
    pub import: BTreeMap<String, String>,
    pub relations: BTreeMap<String, RelMap>,
    pub import_relations: BTreeMap<String, ImportRel>,
}

/// The embedded mapping; a malformed embedded file is a build defect, caught by the tests.
pub(crate) fn mapping() -> &'static Mapping {
    static M: OnceLock<Mapping> = OnceLock::new();
    M.get_or_init(|| {
        match serde_json::from_str(include_str!("../../data/archimate/mapping.json")) {
            Ok(m) => m,
            Err(e) => panic!("embedded ArchiMate mapping is malformed: {e}"),
        }
    })
}

/// Fields whose values are strings (kept verbatim); every other field travels as JSON.
const STRING_FIELDS: &[&str] = &[
    "id",
    "kind",
    "layer",
    "owner",
    "eid",
    "admin_unit",
    "hosting",
    "lifecycle",
    "scope",
    "valid_from",
    "valid_to",
    "data_domain",
    "from",
    "to",
    "via",
    "framework",
    "standards",
];

/// A serialised struct as (field, property value) pairs, without the fields that travel otherwise.
pub(crate) fn fields(v: &Value, skip: &[&str]) -> Vec<(String, String)> {
    let Value::Object(map) = v else {
        return Vec::new();
    };
    map.iter()
        .filter(|(k, _)| !skip.contains(&k.as_str()))
        .map(|(k, v)| {
            let text = match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            (k.clone(), text)
        })
        .collect()
}

/// A name from `name` elements: one without a language is a plain name; vi and en make both.
fn name_of(names: &[LangString]) -> Name {
    let find = |l: &str| {
        names
            .iter()
            .find(|n| n.lang.as_deref() == Some(l))
            .map(|n| n.text.clone())
    };
    match (find("vi"), find("en")) {
        (Some(vi), Some(en)) => Name::Both(Text::new(vi, en)),
        (Some(vi), None) => Name::Plain(vi),
        _ => Name::Plain(names.first().map(|n| n.text.clone()).unwrap_or_default()),
    }
}

/// Splits properties into kientruc fields and foreign ones (named by their definitions).
fn split(x: &Exchange, props: &[Property]) -> (Map<String, Value>, BTreeMap<String, String>) {
    let prefix = &mapping().property_prefix;
    let mut fields = Map::new();
    let mut foreign = BTreeMap::new();
    for p in props {
        // A property without a definition is an AMX finding; it carries no name to keep.
        let Some(name) = x.property_name(&p.definition_ref) else {
            continue;
        };
        let text = p.values.first().map(|v| v.text.clone()).unwrap_or_default();
        match name.strip_prefix(prefix.as_str()) {
            Some(field) => {
                let value = if STRING_FIELDS.contains(&field) {
                    Value::String(text)
                } else {
                    serde_json::from_str(&text).unwrap_or(Value::String(text))
                };
                fields.insert(field.to_string(), value);
            }
            None => {
                foreign.insert(name.to_string(), text);
            }
        }
    }
    (fields, foreign)
}

/// Builds a kientruc model from an exchange file. Values that do not fit the model's types are
/// dropped (the AMX rules and model validation report what remains wrong).
pub fn to_model(x: &Exchange) -> ModelDoc {
    let m = mapping();
    let (mut model_fields, _) = split(x, &x.properties);
    let id_of: HashMap<&str, String> = x
        .elements
        .iter()
        .map(|c| {
            let (f, _) = split(x, &c.properties);
            let id = f
                .get("id")
                .and_then(Value::as_str)
                .map_or_else(|| c.identifier.clone(), str::to_string);
            (c.identifier.as_str(), id)
        })
        .collect();
    let mut elements = Vec::with_capacity(x.elements.len());
    for c in &x.elements {
        let (mut f, mut foreign) = split(x, &c.properties);
        if !f.contains_key("kind") {
            let kind = m
                .import
                .get(&c.xsi_type)
                .cloned()
                .unwrap_or_else(|| "other".into());
            f.insert("kind".into(), Value::String(kind));
            foreign.insert("archimate:type".into(), c.xsi_type.clone());
        }
        f.insert(
            "id".into(),
            Value::String(id_of[c.identifier.as_str()].clone()),
        );
        let mut e: Element =
            serde_json::from_value(Value::Object(f.clone())).unwrap_or_else(|_| Element {
                id: id_of[c.identifier.as_str()].clone(),
                kind: f
                    .get("kind")
                    .and_then(Value::as_str)
                    .unwrap_or("other")
                    .to_string(),
                ..Element::default()
            });
        e.name = name_of(&c.names);
        if let Some(d) = c.documentation.first() {
            foreign.insert("archimate:documentation".into(), d.text.clone());
        }
        e.properties.extend(foreign);
        elements.push(e);
    }
    let mut relations = Vec::with_capacity(x.relationships.len());
    for c in &x.relationships {
        let (mut f, mut foreign) = split(x, &c.properties);
        let end = |r: &Option<String>| {
            let r = r.clone().unwrap_or_default();
            id_of.get(r.as_str()).cloned().unwrap_or(r)
        };
        let (mut from, mut to) = (end(&c.source), end(&c.target));
        let reversed = match f.remove("reversed") {
            Some(Value::Bool(b)) => b,
            _ => false,
        };
        if !f.contains_key("kind") {
            let imp = m.import_relations.get(&c.xsi_type);
            let kind = imp.map_or("uses", |i| i.kind.as_str());
            f.insert("kind".into(), Value::String(kind.into()));
            if imp.is_some_and(|i| i.reverse) {
                std::mem::swap(&mut from, &mut to);
            }
            foreign.insert("archimate:type".into(), c.xsi_type.clone());
            f.entry("id").or_insert(Value::String(c.identifier.clone()));
        }
        if reversed {
            std::mem::swap(&mut from, &mut to);
        }
        // Files kientruc wrote carry the ends' ids, which also name missing elements exactly.
        if let (Some(Value::String(a)), Some(Value::String(b))) = (f.get("from"), f.get("to")) {
            (from, to) = (a.clone(), b.clone());
        }
        // Attributes of particular relationship types travel as properties.
        let attrs = [
            ("archimate:accessType", c.access_type.clone()),
            ("archimate:isDirected", c.is_directed.map(|b| b.to_string())),
            ("archimate:modifier", c.modifier.clone()),
        ];
        for (k, v) in attrs {
            if let Some(v) = v {
                foreign.insert(k.into(), v);
            }
        }
        f.insert("from".into(), Value::String(from.clone()));
        f.insert("to".into(), Value::String(to.clone()));
        let mut r: Relation =
            serde_json::from_value(Value::Object(f.clone())).unwrap_or_else(|_| Relation {
                from,
                to,
                kind: f
                    .get("kind")
                    .and_then(Value::as_str)
                    .unwrap_or("uses")
                    .to_string(),
                ..Relation::default()
            });
        r.properties.extend(foreign);
        relations.push(r);
    }
    model_fields.insert("kientruc".into(), Value::String("model/1".into()));
    model_fields
        .entry("id")
        .or_insert(Value::String(x.identifier.clone()));
    model_fields
        .entry("framework")
        .or_insert(Value::String("vn-egov-2.0".into()));
    let mut doc: ModelDoc = serde_json::from_value(Value::Object(model_fields))
        .unwrap_or_else(|_| ModelDoc::new(x.identifier.clone(), Name::default(), "vn-egov-2.0"));
    doc.name = name_of(&x.names);
    doc.elements = elements;
    doc.relations = relations;
    doc
}
