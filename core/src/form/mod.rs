//! The `project/1` form of the offline page, as data: every field of the project's JSON Schema
//! ([`crate::schema::schema`]) in the schema's order, with the widget its type calls for, its
//! Vietnamese and English label and help, its vocabulary and where its values are picked from;
//! and the [`catalogue`] of a baseline those pickers offer (agencies and other elements, the
//! framework's functions and data domains, master data, the standards catalogue's rows, rules).
//!
//! Contract: the form is derived, never written by hand. A field added to `ProjectDoc` (or to a
//! type under it) appears in [`project_form`] with a widget read from its schema and, until
//! `core/data/labels/form.json` gives it a short label, its `fields.json` description as label;
//! a vocabulary value added to the code appears with its `vocab.json` labels. `form.json` holds
//! only presentation: short labels, help, pickers, bounds, and which field a finding of a rule
//! goes to (`focus`).

mod catalogue;

pub use catalogue::{
    BaselineInfo, Catalogue, ElementItem, FunctionItem, Item, MasterItem, RuleItem, StandardItem,
    StandardRowItem, catalogue,
};

use crate::i18n::{Args, Text};
use crate::labels::VocabLabels;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

/// The embedded presentation table.
pub const FORM_JSON: &str = include_str!("../../data/labels/form.json");

/// The whole form: the types met from the root down, the vocabularies their fields use, and
/// rule id → the fields (by key, first match wins) a finding of the rule is about.
#[derive(Debug, Clone, Serialize)]
pub struct Form {
    /// The document kind, e.g. `project/1`.
    pub kind: String,
    /// The root type's name (`ProjectDoc`).
    pub root: String,
    /// The object types met from the root down, the root first.
    pub types: Vec<TypeForm>,
    /// The labels of the vocabularies the fields use.
    pub vocabularies: Vec<VocabLabels>,
    /// Rule id → the keys of the fields a finding of the rule is about (first match wins).
    pub focus: BTreeMap<String, Vec<String>>,
}

/// An object type of the document and its fields.
#[derive(Debug, Clone, Serialize)]
pub struct TypeForm {
    /// The type's name in the schema (`Component`).
    pub name: String,
    /// What one item is called (a component, a data store…).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<Text>,
    /// The text of the button that adds an item to a list of this type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub add: Option<Text>,
    /// The field whose value titles an item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Its fields, in the schema's order.
    pub fields: Vec<Field>,
}

/// How a field is edited.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Widget {
    /// A constant (the `kientruc` tag): not shown.
    Hidden,
    /// A line of text.
    Text,
    /// A name: Vietnamese, and optionally English.
    Name,
    /// A date (`YYYY-MM-DD`).
    Date,
    /// A whole number.
    Integer,
    /// Yes, no, or not stated (absent).
    Boolean,
    /// One value of a vocabulary.
    Choice,
    /// Several values of a vocabulary.
    Choices,
    /// A list of strings.
    Texts,
    /// A nested object (`item` names its type).
    Object,
    /// A list of objects (`item` names their type).
    List,
    /// A shape the form has no widget for: edited as JSON text.
    Json,
}

/// One field of a type.
#[derive(Debug, Clone, Serialize)]
pub struct Field {
    /// The field's key in the JSON document.
    pub key: String,
    /// Its short label.
    pub label: Text,
    /// A sentence of help, where the table gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<Text>,
    /// How the field is edited.
    pub widget: Widget,
    /// Whether the schema requires the field.
    pub required: bool,
    /// The vocabulary of a `choice` or `choices` field ([`crate::vocab::Vocabulary::NAME`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vocabulary: Option<String>,
    /// The type of an `object` field or of the items of a `list`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    /// Where the field's values are picked from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pick: Option<Pick>,
    /// The smallest value of an `integer` field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<i64>,
    /// The largest value of an `integer` field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<i64>,
    /// Shown folded under "more" (rarely needed, or filled automatically).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub advanced: bool,
    /// A long text.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub multiline: bool,
    /// Filled from another field of the same object until edited by hand (ids).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto: Option<Auto>,
}

/// Where a field's values are picked from (see `form.json`'s `$comment` for the sources).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pick {
    /// The catalogue's list the values come from (`elements`, `functions`, `domains`…).
    pub source: String,
    /// Only elements of these kinds (source `elements`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kinds: Vec<String>,
    /// Text outside the list may be typed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub free: bool,
    /// What is written for a picked element: `id` (default) or `name`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// An id made from another field: `from`'s value without diacritics, then `suffix`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Auto {
    /// The key of the field the value is made from.
    pub from: String,
    /// What follows the folded value.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub suffix: String,
}

#[derive(Deserialize)]
struct Table {
    #[serde(default)]
    types: BTreeMap<String, TypeHints>,
    #[serde(default)]
    fields: BTreeMap<String, BTreeMap<String, Hints>>,
    #[serde(default)]
    focus: BTreeMap<String, Vec<String>>,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct TypeHints {
    label: Option<[String; 2]>,
    add: Option<[String; 2]>,
    title: Option<String>,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Hints {
    label: Option<[String; 2]>,
    help: Option<[String; 2]>,
    pick: Option<Pick>,
    min: Option<i64>,
    max: Option<i64>,
    #[serde(default)]
    advanced: bool,
    #[serde(default)]
    hidden: bool,
    #[serde(default)]
    multiline: bool,
    auto: Option<Auto>,
}

fn text(pair: &[String; 2]) -> Text {
    Text::new(pair[0].clone(), pair[1].clone())
}

/// The short label of a `project/1` field, for messages that name a field by its Vietnamese name
/// first ("trường “Đối tượng phục vụ” (serves)"): the label of the form table
/// (`core/data/labels/form.json`) of the path's last name (`auth.staff` → `staff`,
/// `components[0].hosting` → `hosting`), looked up in the project's own fields first, then in a
/// component's, then in the other types in the table's order. `None` for a field the table does
/// not label.
pub fn field_label(path: &str) -> Option<Text> {
    static TABLE: std::sync::OnceLock<Option<Table>> = std::sync::OnceLock::new();
    let table = TABLE
        .get_or_init(|| serde_json::from_str::<Table>(FORM_JSON).ok())
        .as_ref()?;
    let last = path.rsplit('.').next().unwrap_or(path);
    let name = last.split('[').next().unwrap_or(last);
    let first = ["ProjectDoc", "Component"];
    first
        .iter()
        .filter_map(|t| table.fields.get(*t))
        .chain(
            table
                .fields
                .iter()
                .filter(|(t, _)| !first.contains(&t.as_str()))
                .map(|(_, f)| f),
        )
        .find_map(|fields| fields.get(name)?.label.as_ref())
        .map(text)
}

/// Where an unknown field stands, for people: "ở gốc hồ sơ" / "at the top level" for `$.x`,
/// "trong thành phần thứ 1, trường “Đăng nhập, xác thực” (auth)" / "in component 1, auth" for
/// `$.components[0].auth.x` (a list item by its ordinal, a field by its Vietnamese name first).
/// Paths of project and model documents alike.
pub(crate) fn place(path: &str) -> Text {
    let parent = path
        .rsplit_once('.')
        .map_or("", |(p, _)| p)
        .trim_start_matches('$')
        .trim_start_matches('.');
    if parent.is_empty() {
        return crate::labels::say("place.root", &Args::new());
    }
    let (mut vi, mut en) = (Vec::new(), Vec::new());
    for seg in parent.split('.') {
        let (name, index) = match seg.split_once('[') {
            Some((n, i)) => (n, i.trim_end_matches(']').parse::<usize>().ok()),
            None => (seg, None),
        };
        let item = match name {
            "components" => Some("place.component"),
            "data" => Some("place.data"),
            "integrations" => Some("place.integration"),
            "waivers" => Some("place.waiver"),
            "elements" => Some("place.element"),
            "relations" => Some("place.relation"),
            _ => None,
        };
        match (item, index) {
            (Some(key), Some(i)) => {
                let t = crate::labels::say(key, &Args::new().with("n", i + 1));
                vi.push(t.vi);
                en.push(t.en);
            }
            _ => {
                let label = field_label(name);
                vi.push(label.as_ref().map_or_else(
                    || format!("trường {name}"),
                    |l| format!("trường “{}” ({name})", l.vi),
                ));
                en.push(name.to_string());
            }
        }
    }
    let t = Text::new(vi.join(", "), en.join(", "));
    crate::labels::say("place.in", &Args::new().with("where", t))
}

/// The form of `project/1` from the embedded tables.
pub fn project_form() -> Form {
    // The embedded tables are checked by the tests; a broken one gives a form with no hints.
    let table = serde_json::from_str::<Table>(FORM_JSON).unwrap_or(Table {
        types: BTreeMap::new(),
        fields: BTreeMap::new(),
        focus: BTreeMap::new(),
    });
    let schema = crate::schema::schema("project")
        .and_then(|s| serde_json::from_str::<Value>(&s).ok())
        .unwrap_or(Value::Null);
    let descriptions: BTreeMap<String, BTreeMap<String, [String; 2]>> =
        serde_json::from_str::<BTreeMap<String, Value>>(crate::schema::FIELDS_JSON)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|(k, v)| Some((k, serde_json::from_value(v).ok()?)))
            .collect();
    build(
        &schema,
        &table,
        &descriptions,
        <crate::project::ProjectDoc as crate::doc::Document>::KIND,
    )
}

fn build(
    schema: &Value,
    table: &Table,
    descriptions: &BTreeMap<String, BTreeMap<String, [String; 2]>>,
    kind: &str,
) -> Form {
    let root = schema["title"].as_str().unwrap_or_default().to_string();
    let mut types: Vec<TypeForm> = Vec::new();
    let mut vocabularies: Vec<VocabLabels> = Vec::new();
    let mut queue = vec![root.clone()];
    while let Some(name) = queue.pop() {
        if types.iter().any(|t| t.name == name) {
            continue;
        }
        let node = if name == root {
            schema
        } else {
            &schema["$defs"][&name]
        };
        let required: Vec<&str> = node["required"]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let hints = table.fields.get(&name);
        let mut fields = Vec::new();
        for (key, prop) in node["properties"].as_object().into_iter().flatten() {
            let h = hints.and_then(|h| h.get(key));
            let shape = shape(schema, prop);
            let widget = if h.is_some_and(|h| h.hidden) {
                Widget::Hidden
            } else {
                shape.widget
            };
            if let Some(v) = &shape.vocabulary
                && !vocabularies.iter().any(|x| &x.name == v)
                && let Some(l) = crate::labels::vocabulary(v).filter(|l| &l.name == v)
            {
                vocabularies.push(l.clone());
            }
            if let Some(item) = &shape.item {
                queue.insert(0, item.clone());
            }
            let described = descriptions.get(&name).and_then(|d| d.get(key));
            let label = h
                .and_then(|h| h.label.as_ref())
                .or(described)
                .map(text)
                .unwrap_or_else(|| Text::new(key.clone(), key.clone()));
            fields.push(Field {
                key: key.clone(),
                label,
                help: h.and_then(|h| h.help.as_ref()).map(text),
                widget,
                required: required.contains(&key.as_str()),
                vocabulary: shape.vocabulary,
                item: shape.item,
                pick: h.and_then(|h| h.pick.clone()),
                min: h.and_then(|h| h.min).or(shape.min),
                max: h.and_then(|h| h.max).or(shape.max),
                advanced: h.is_some_and(|h| h.advanced),
                multiline: h.is_some_and(|h| h.multiline),
                auto: h.and_then(|h| h.auto.clone()),
            });
        }
        let th = table.types.get(&name);
        types.push(TypeForm {
            label: th.and_then(|t| t.label.as_ref()).map(text),
            add: th.and_then(|t| t.add.as_ref()).map(text),
            title: th.and_then(|t| t.title.clone()),
            name,
            fields,
        });
    }
    Form {
        kind: kind.to_string(),
        root,
        types,
        vocabularies,
        focus: table.focus.clone(),
    }
}

/// What a property's schema says about its widget.
struct Shape {
    widget: Widget,
    vocabulary: Option<String>,
    item: Option<String>,
    min: Option<i64>,
    max: Option<i64>,
}

impl Shape {
    fn of(widget: Widget) -> Shape {
        Shape {
            widget,
            vocabulary: None,
            item: None,
            min: None,
            max: None,
        }
    }
}

/// The widget of a property: optional fields (`anyOf [X, null]`, `type: [X, "null"]`) are
/// their `X`; a `$ref` to a vocabulary (a definition with `x-labels`) is a choice, to `Name` or
/// `Date` a name or a date, to an object an object; arrays are lists of their items' shape.
fn shape(root: &Value, prop: &Value) -> Shape {
    if let Some(any) = prop["anyOf"].as_array() {
        let mut branches = any.iter().filter(|b| b["type"] != "null");
        return match (branches.next(), branches.next()) {
            (Some(b), None) => shape(root, b),
            _ => Shape::of(Widget::Json),
        };
    }
    if let Some(r) = prop["$ref"].as_str() {
        let name = ref_name(r);
        let def = &root["$defs"][&name];
        return match name.as_str() {
            "Name" => Shape::of(Widget::Name),
            "Date" => Shape::of(Widget::Date),
            _ if def.get("x-labels").is_some() => Shape {
                vocabulary: Some(name.to_string()),
                ..Shape::of(Widget::Choice)
            },
            _ if def["properties"].is_object() => Shape {
                item: Some(name.to_string()),
                ..Shape::of(Widget::Object)
            },
            _ => Shape::of(Widget::Json),
        };
    }
    let ty = match &prop["type"] {
        Value::String(s) => s.as_str(),
        Value::Array(a) => a
            .iter()
            .filter_map(Value::as_str)
            .find(|t| *t != "null")
            .unwrap_or_default(),
        _ => "",
    };
    match ty {
        "string" => Shape::of(Widget::Text),
        "boolean" => Shape::of(Widget::Boolean),
        "integer" => Shape {
            min: prop["minimum"].as_i64(),
            max: match prop["format"].as_str() {
                Some("uint8") => Some(u8::MAX.into()),
                Some("uint16") => Some(u16::MAX.into()),
                Some("uint32") => Some(u32::MAX.into()),
                _ => prop["maximum"].as_i64(),
            },
            ..Shape::of(Widget::Integer)
        },
        "array" => {
            let item = shape(root, &prop["items"]);
            match item.widget {
                Widget::Choice => Shape {
                    widget: Widget::Choices,
                    ..item
                },
                Widget::Text => Shape::of(Widget::Texts),
                Widget::Object => Shape {
                    widget: Widget::List,
                    ..item
                },
                _ => Shape::of(Widget::Json),
            }
        }
        _ => Shape::of(Widget::Json),
    }
}

/// The definition a `$ref` names: `#/$defs/component%20kind` → `component kind` (a JSON
/// pointer in a URI fragment: percent-encoded, then `~1` for `/` and `~0` for `~`).
fn ref_name(r: &str) -> String {
    let raw = r.strip_prefix("#/$defs/").unwrap_or(r).as_bytes();
    let mut bytes = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let hex = raw
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (raw[i], hex) {
            (b'%', Some(b)) => {
                bytes.push(b);
                i += 3;
            }
            (c, _) => {
                bytes.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&bytes)
        .replace("~1", "/")
        .replace("~0", "~")
}

#[cfg(test)]
mod tests;
