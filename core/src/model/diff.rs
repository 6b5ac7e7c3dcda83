//! What changed between two versions of an architecture (`kientruc diff OLD NEW`): elements and
//! relations added, removed and changed, field by field.
//!
//! Elements are matched by id; an element whose id is in only one of the two models is matched
//! with one of the other model's unmatched elements of the same kind and the same
//! diacritics-folded name (`text::fold`) when that match is unique on both sides: a
//! renamed id. Relations are matched by `(from, kind, to)` after the renames are applied to the
//! old model's ends. The tag [`super::successor::TO_CONFIRM`] is not an edit (a successor carries
//! it on every element until each is checked): the diff counts the elements of the new model that
//! still carry it instead. Everything is sorted, so the output is deterministic.

use super::successor::{TO_CONFIRM, to_confirm};
use super::{Element, ModelDoc, Relation};
use crate::error::Error;
use crate::i18n::{Args, Lang};
use crate::text::fold;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;

/// The differences between two `model/1` documents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModelDiff {
    /// The old model.
    pub old: ModelRef,
    /// The new model.
    pub new: ModelRef,
    /// Changes of the model's own fields (name, validity, succession, source, ...).
    pub model: Vec<FieldChange>,
    /// Elements in the new model only, by id.
    pub elements_added: Vec<ElementRef>,
    /// Elements in the old model only, by id.
    pub elements_removed: Vec<ElementRef>,
    /// Elements in both (by id or by a rename) whose fields differ, by new id.
    pub elements_changed: Vec<ElementChange>,
    /// Relations in the new model only.
    pub relations_added: Vec<RelationRef>,
    /// Relations in the old model only.
    pub relations_removed: Vec<RelationRef>,
    /// Relations in both whose fields differ.
    pub relations_changed: Vec<RelationChange>,
    /// Elements of the new model still tagged `to-confirm` (copied from the predecessor and not
    /// yet checked against the new decision).
    pub to_confirm: usize,
}

/// Which model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModelRef {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// How many elements it has.
    pub elements: usize,
    /// How many relations it has.
    pub relations: usize,
}

/// An element added or removed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ElementRef {
    /// Its id.
    pub id: String,
    /// Its kind.
    pub kind: String,
    /// Its name.
    pub name: String,
}

/// One field whose value differs; `null` where the field is absent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldChange {
    /// The field's name.
    pub field: String,
    /// The old value.
    pub old: Value,
    /// The new value.
    pub new: Value,
}

/// An element in both models whose fields differ.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ElementChange {
    /// The id in the new model.
    pub id: String,
    /// The id in the old model, when it was renamed (matched by kind and folded name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_id: Option<String>,
    /// Its kind in the new model.
    pub kind: String,
    /// Its name in the new model.
    pub name: String,
    /// The fields that differ (the id not included).
    pub changes: Vec<FieldChange>,
}

/// A relation, by its ends and kind.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct RelationRef {
    /// Its source element.
    pub from: String,
    /// Its kind.
    pub kind: String,
    /// Its target element.
    pub to: String,
}

/// A relation in both models whose fields differ.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RelationChange {
    /// The relation as it is in the new model.
    pub relation: RelationRef,
    /// The fields that differ.
    pub changes: Vec<FieldChange>,
}

impl ModelDiff {
    /// Whether the two models have the same content (the `to-confirm` marks aside).
    pub fn is_empty(&self) -> bool {
        self.model.is_empty()
            && self.elements_added.is_empty()
            && self.elements_removed.is_empty()
            && self.elements_changed.is_empty()
            && self.relations_added.is_empty()
            && self.relations_removed.is_empty()
            && self.relations_changed.is_empty()
    }

    /// The ids of renamed elements, old → new.
    pub fn renames(&self) -> Vec<(&str, &str)> {
        self.elements_changed
            .iter()
            .filter_map(|c| c.old_id.as_deref().map(|o| (o, c.id.as_str())))
            .collect()
    }
}

fn model_ref(d: &ModelDoc) -> ModelRef {
    ModelRef {
        id: d.id.clone(),
        name: d.name.primary().to_string(),
        elements: d.elements.len(),
        relations: d.relations.len(),
    }
}

fn element_ref(e: &Element) -> ElementRef {
    ElementRef {
        id: e.id.clone(),
        kind: e.kind.clone(),
        name: e.name.primary().to_string(),
    }
}

fn relation_ref(r: &Relation) -> RelationRef {
    RelationRef {
        from: r.from.clone(),
        kind: r.kind.clone(),
        to: r.to.clone(),
    }
}

/// A value as a JSON object (its serialised fields), without the fields named in `skip`.
fn fields<T: Serialize>(v: &T, skip: &[&str]) -> Map<String, Value> {
    match serde_json::to_value(v) {
        Ok(Value::Object(mut m)) => {
            for k in skip {
                m.shift_remove(*k);
            }
            m
        }
        _ => Map::new(),
    }
}

/// The fields that differ between two objects, in the order of the format (the old object's
/// fields first, then those only the new one has).
fn compare(old: &Map<String, Value>, new: &Map<String, Value>) -> Vec<FieldChange> {
    let mut out = Vec::new();
    for (k, o) in old {
        match new.get(k) {
            Some(n) if n == o => {}
            n => out.push(FieldChange {
                field: k.clone(),
                old: o.clone(),
                new: n.cloned().unwrap_or(Value::Null),
            }),
        }
    }
    for (k, n) in new {
        if !old.contains_key(k) {
            out.push(FieldChange {
                field: k.clone(),
                old: Value::Null,
                new: n.clone(),
            });
        }
    }
    out
}

/// An element's fields for comparison: without its id and without the `to-confirm` tag.
fn element_fields(e: &Element) -> Map<String, Value> {
    let mut e = e.clone();
    e.tags.retain(|t| t != TO_CONFIRM);
    fields(&e, &["id"])
}

/// Whether `e` is the element its id indexes (the first of several with one id).
fn first(index: &HashMap<&str, &Element>, e: &Element) -> bool {
    index
        .get(e.id.as_str())
        .is_some_and(|x| std::ptr::eq(*x, e))
}

/// The key elements are matched by when their ids differ: kind and folded primary name.
fn name_key(e: &Element) -> Option<(String, String)> {
    let n = fold(e.name.primary());
    (!n.is_empty()).then(|| (e.kind.clone(), n))
}

/// What changed from `old` to `new`.
pub fn diff(old: &ModelDoc, new: &ModelDoc) -> ModelDiff {
    // Model fields.
    let model = compare(
        &fields(old, &["kientruc", "elements", "relations"]),
        &fields(new, &["kientruc", "elements", "relations"]),
    );

    // Elements by id (the first of several with one id, as the model's index does).
    let mut old_by_id: HashMap<&str, &Element> = HashMap::new();
    for e in &old.elements {
        old_by_id.entry(e.id.as_str()).or_insert(e);
    }
    let mut new_by_id: HashMap<&str, &Element> = HashMap::new();
    for e in &new.elements {
        new_by_id.entry(e.id.as_str()).or_insert(e);
    }
    let mut old_only: Vec<&Element> = Vec::new();
    for e in &old.elements {
        if !new_by_id.contains_key(e.id.as_str()) && first(&old_by_id, e) {
            old_only.push(e);
        }
    }
    let mut new_only: Vec<&Element> = Vec::new();
    for e in &new.elements {
        if !old_by_id.contains_key(e.id.as_str()) && first(&new_by_id, e) {
            new_only.push(e);
        }
    }

    // Renames: a unique (kind, folded name) among the unmatched elements of each side.
    let mut old_keys: BTreeMap<(String, String), Vec<usize>> = BTreeMap::new();
    for (i, e) in old_only.iter().enumerate() {
        if let Some(k) = name_key(e) {
            old_keys.entry(k).or_default().push(i);
        }
    }
    let mut new_keys: BTreeMap<(String, String), Vec<usize>> = BTreeMap::new();
    for (i, e) in new_only.iter().enumerate() {
        if let Some(k) = name_key(e) {
            new_keys.entry(k).or_default().push(i);
        }
    }
    let mut renamed: Vec<(&Element, &Element)> = Vec::new();
    let mut old_renamed = vec![false; old_only.len()];
    let mut new_renamed = vec![false; new_only.len()];
    for (k, os) in &old_keys {
        if let (Some(ns), [o]) = (new_keys.get(k), os.as_slice())
            && let [n] = ns.as_slice()
        {
            renamed.push((old_only[*o], new_only[*n]));
            old_renamed[*o] = true;
            new_renamed[*n] = true;
        }
    }

    let mut elements_added: Vec<ElementRef> = new_only
        .iter()
        .zip(&new_renamed)
        .filter(|(_, r)| !**r)
        .map(|(e, _)| element_ref(e))
        .collect();
    elements_added.sort_by(|a, b| a.id.cmp(&b.id));
    let mut elements_removed: Vec<ElementRef> = old_only
        .iter()
        .zip(&old_renamed)
        .filter(|(_, r)| !**r)
        .map(|(e, _)| element_ref(e))
        .collect();
    elements_removed.sort_by(|a, b| a.id.cmp(&b.id));

    let mut elements_changed = Vec::new();
    for e in &new.elements {
        if !first(&new_by_id, e) {
            continue;
        }
        if let Some(o) = old_by_id.get(e.id.as_str()) {
            let changes = compare(&element_fields(o), &element_fields(e));
            if !changes.is_empty() {
                elements_changed.push(ElementChange {
                    id: e.id.clone(),
                    old_id: None,
                    kind: e.kind.clone(),
                    name: e.name.primary().to_string(),
                    changes,
                });
            }
        }
    }
    for (o, e) in &renamed {
        elements_changed.push(ElementChange {
            id: e.id.clone(),
            old_id: Some(o.id.clone()),
            kind: e.kind.clone(),
            name: e.name.primary().to_string(),
            changes: compare(&element_fields(o), &element_fields(e)),
        });
    }
    elements_changed.sort_by(|a, b| a.id.cmp(&b.id));

    // Relations by (from, kind, to), the old ends renamed. Several relations with one key are
    // paired in document order.
    let rename: HashMap<&str, &str> = renamed
        .iter()
        .map(|(o, e)| (o.id.as_str(), e.id.as_str()))
        .collect();
    let renamed_end = |s: &str| {
        rename
            .get(s)
            .map_or_else(|| s.to_string(), |n| n.to_string())
    };
    let mut old_rel: BTreeMap<RelationRef, Vec<&Relation>> = BTreeMap::new();
    for r in &old.relations {
        let key = RelationRef {
            from: renamed_end(&r.from),
            kind: r.kind.clone(),
            to: renamed_end(&r.to),
        };
        old_rel.entry(key).or_default().push(r);
    }
    let mut new_rel: BTreeMap<RelationRef, Vec<&Relation>> = BTreeMap::new();
    for r in &new.relations {
        new_rel.entry(relation_ref(r)).or_default().push(r);
    }
    let mut relations_added = Vec::new();
    let mut relations_removed = Vec::new();
    let mut relations_changed = Vec::new();
    let skip = ["from", "kind", "to"];
    for (k, ns) in &new_rel {
        let os = old_rel.get(k).map(Vec::as_slice).unwrap_or(&[]);
        for (i, n) in ns.iter().enumerate() {
            match os.get(i) {
                Some(o) => {
                    let changes = compare(&fields(*o, &skip), &fields(*n, &skip));
                    if !changes.is_empty() {
                        relations_changed.push(RelationChange {
                            relation: k.clone(),
                            changes,
                        });
                    }
                }
                None => relations_added.push(k.clone()),
            }
        }
    }
    for (k, os) in &old_rel {
        let n = new_rel.get(k).map_or(0, Vec::len);
        for o in os.iter().skip(n) {
            relations_removed.push(relation_ref(o));
        }
    }
    relations_removed.sort();

    ModelDiff {
        old: model_ref(old),
        new: model_ref(new),
        model,
        elements_added,
        elements_removed,
        elements_changed,
        relations_added,
        relations_removed,
        relations_changed,
        to_confirm: to_confirm(new),
    }
}

/// [`diff`] of two `model/1` JSON texts (for the faces).
pub fn diff_json(old: &[u8], new: &[u8]) -> Result<ModelDiff, Error> {
    let o = super::Model::from_json(old, "<old>")?;
    let n = super::Model::from_json(new, "<new>")?;
    Ok(diff(&o.doc, &n.doc))
}

/// The diff as pretty JSON with a trailing newline.
pub fn to_json(d: &ModelDiff) -> String {
    let mut s = serde_json::to_string_pretty(d).unwrap_or_default();
    s.push('\n');
    s
}

/// A field value as text: strings as they are, absent as "—", anything else as compact JSON.
fn value(v: &Value, lang: Lang) -> String {
    match v {
        Value::Null => format!("({})", crate::labels::ui("diff.none-value", lang)),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Escapes text for a Markdown table cell.
fn cell(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace("\r\n", " ")
        .replace(['\n', '\r'], " ")
}

fn relation_text(r: &RelationRef) -> String {
    format!("{} —{}→ {}", r.from, r.kind, r.to)
}

struct Heads {
    title: Cow<'static, str>,
    model: Cow<'static, str>,
    added: Cow<'static, str>,
    removed: Cow<'static, str>,
    changed: Cow<'static, str>,
    rel_added: Cow<'static, str>,
    rel_removed: Cow<'static, str>,
    rel_changed: Cow<'static, str>,
    renamed_from: Cow<'static, str>,
    none: Cow<'static, str>,
    field: Cow<'static, str>,
    old: Cow<'static, str>,
    new: Cow<'static, str>,
}

/// The headings of a diff in `lang` (`diff.*` in the label table).
fn heads(lang: Lang) -> Heads {
    let t = |key: &str| crate::labels::ui(key, lang);
    Heads {
        title: t("diff.title"),
        model: t("diff.model"),
        added: t("diff.added"),
        removed: t("diff.removed"),
        changed: t("diff.changed"),
        rel_added: t("diff.rel-added"),
        rel_removed: t("diff.rel-removed"),
        rel_changed: t("diff.rel-changed"),
        renamed_from: t("diff.renamed-from"),
        none: t("diff.none"),
        field: t("diff.field"),
        old: t("diff.old"),
        new: t("diff.new"),
    }
}

fn summary(d: &ModelDiff, lang: Lang) -> Vec<String> {
    let say = |key: &str, args: Args<'_>| crate::labels::say(key, &args).get(lang).to_string();
    let mut out = vec![say(
        "diff.summary.versions",
        Args::new()
            .with("old_name", &d.old.name)
            .with("old_id", &d.old.id)
            .with("old_elements", d.old.elements)
            .with("old_relations", d.old.relations)
            .with("new_name", &d.new.name)
            .with("new_id", &d.new.id)
            .with("new_elements", d.new.elements)
            .with("new_relations", d.new.relations),
    )];
    out.push(say(
        "diff.summary.counts",
        Args::new()
            .with("added", d.elements_added.len())
            .with("removed", d.elements_removed.len())
            .with("changed", d.elements_changed.len())
            .with("renamed", d.renames().len())
            .with("rel_added", d.relations_added.len())
            .with("rel_removed", d.relations_removed.len())
            .with("rel_changed", d.relations_changed.len()),
    ));
    if d.to_confirm > 0 {
        out.push(say(
            "diff.summary.to-confirm",
            Args::new().with("n", d.to_confirm).with("tag", TO_CONFIRM),
        ));
    }
    out
}

/// The diff as plain text, in `lang`.
pub fn to_text(d: &ModelDiff, lang: Lang) -> String {
    let h = heads(lang);
    let mut s = String::new();
    let _ = writeln!(s, "{}", h.title);
    for line in summary(d, lang) {
        let _ = writeln!(s, "{line}");
    }
    if d.is_empty() {
        let _ = writeln!(s, "{}", h.none);
        return s;
    }
    let changes = |s: &mut String, cs: &[FieldChange]| {
        for c in cs {
            let _ = writeln!(
                s,
                "    {}: {} → {}",
                c.field,
                value(&c.old, lang),
                value(&c.new, lang)
            );
        }
    };
    if !d.model.is_empty() {
        let _ = writeln!(s, "\n{}", h.model);
        changes(&mut s, &d.model);
    }
    for (head, list) in [
        (h.added, &d.elements_added),
        (h.removed, &d.elements_removed),
    ] {
        if !list.is_empty() {
            let _ = writeln!(s, "\n{} ({})", head, list.len());
            for e in list {
                let _ = writeln!(s, "  {} [{}] {}", e.id, e.kind, e.name);
            }
        }
    }
    if !d.elements_changed.is_empty() {
        let _ = writeln!(s, "\n{} ({})", h.changed, d.elements_changed.len());
        for e in &d.elements_changed {
            let renamed = e
                .old_id
                .as_ref()
                .map(|o| format!(" ({} {o})", h.renamed_from))
                .unwrap_or_default();
            let _ = writeln!(s, "  {}{renamed} [{}] {}", e.id, e.kind, e.name);
            changes(&mut s, &e.changes);
        }
    }
    for (head, list) in [
        (h.rel_added, &d.relations_added),
        (h.rel_removed, &d.relations_removed),
    ] {
        if !list.is_empty() {
            let _ = writeln!(s, "\n{} ({})", head, list.len());
            for r in list {
                let _ = writeln!(s, "  {}", relation_text(r));
            }
        }
    }
    if !d.relations_changed.is_empty() {
        let _ = writeln!(s, "\n{} ({})", h.rel_changed, d.relations_changed.len());
        for r in &d.relations_changed {
            let _ = writeln!(s, "  {}", relation_text(&r.relation));
            changes(&mut s, &r.changes);
        }
    }
    s
}

/// The diff as Markdown, in `lang`: one table per section, cells escaped.
pub fn to_markdown(d: &ModelDiff, lang: Lang) -> String {
    let h = heads(lang);
    let mut s = String::new();
    let _ = writeln!(s, "# {}\n", h.title);
    for line in summary(d, lang) {
        let _ = writeln!(s, "{}\n", cell(&line));
    }
    if d.is_empty() {
        let _ = writeln!(s, "{}", h.none);
        return s;
    }
    let t = |key: &str| crate::labels::ui(key, lang);
    let (c_id, c_kind, c_name) = (t("diff.col.id"), t("diff.col.kind"), t("diff.col.name"));
    let table = |s: &mut String, rows: Vec<[String; 3]>, subject: &str| {
        let _ = writeln!(s, "| {subject} | {} | {} | {} |", h.field, h.old, h.new);
        let _ = writeln!(s, "|---|---|---|---|");
        for [a, b, c] in rows {
            let _ = writeln!(s, "| {} | {} | {} |", a, b, c);
        }
        let _ = writeln!(s);
    };
    let rows = |subject: &str, cs: &[FieldChange]| -> Vec<[String; 3]> {
        cs.iter()
            .map(|c| {
                [
                    format!("{} | `{}`", cell(subject), cell(&c.field)),
                    cell(&value(&c.old, lang)),
                    cell(&value(&c.new, lang)),
                ]
            })
            .collect()
    };
    if !d.model.is_empty() {
        let _ = writeln!(s, "## {}\n", h.model);
        table(&mut s, rows(&d.new.id, &d.model), &t("diff.model"));
    }
    for (head, list) in [
        (h.added, &d.elements_added),
        (h.removed, &d.elements_removed),
    ] {
        if !list.is_empty() {
            let _ = writeln!(s, "## {} ({})\n", head, list.len());
            let _ = writeln!(s, "| {c_id} | {c_kind} | {c_name} |");
            let _ = writeln!(s, "|---|---|---|");
            for e in list {
                let _ = writeln!(
                    s,
                    "| `{}` | {} | {} |",
                    cell(&e.id),
                    cell(&e.kind),
                    cell(&e.name)
                );
            }
            let _ = writeln!(s);
        }
    }
    if !d.elements_changed.is_empty() {
        let _ = writeln!(s, "## {} ({})\n", h.changed, d.elements_changed.len());
        let mut all = Vec::new();
        for e in &d.elements_changed {
            let subject = match &e.old_id {
                Some(o) => format!("{} ({} {o})", e.id, h.renamed_from),
                None => e.id.clone(),
            };
            if e.changes.is_empty() {
                all.push([
                    format!("{} | `id`", cell(&subject)),
                    cell(e.old_id.as_deref().unwrap_or("")),
                    cell(&e.id),
                ]);
            }
            all.extend(rows(&subject, &e.changes));
        }
        table(&mut s, all, &c_id);
    }
    for (head, list) in [
        (h.rel_added, &d.relations_added),
        (h.rel_removed, &d.relations_removed),
    ] {
        if !list.is_empty() {
            let _ = writeln!(s, "## {} ({})\n", head, list.len());
            let _ = writeln!(
                s,
                "| {} | {} | {} |",
                t("diff.col.from"),
                c_kind,
                t("diff.col.to")
            );
            let _ = writeln!(s, "|---|---|---|");
            for r in list {
                let _ = writeln!(
                    s,
                    "| `{}` | {} | `{}` |",
                    cell(&r.from),
                    cell(&r.kind),
                    cell(&r.to)
                );
            }
            let _ = writeln!(s);
        }
    }
    if !d.relations_changed.is_empty() {
        let _ = writeln!(s, "## {} ({})\n", h.rel_changed, d.relations_changed.len());
        let mut all = Vec::new();
        for r in &d.relations_changed {
            all.extend(rows(&relation_text(&r.relation), &r.changes));
        }
        table(&mut s, all, &t("diff.col.relation"));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Name;

    fn el(id: &str, kind: &str, name: &str) -> Element {
        Element {
            id: id.into(),
            kind: kind.into(),
            name: Name::Plain(name.into()),
            ..Element::default()
        }
    }

    fn rel(from: &str, kind: &str, to: &str) -> Relation {
        Relation {
            from: from.into(),
            kind: kind.into(),
            to: to.into(),
            ..Relation::default()
        }
    }

    #[test]
    fn added_removed_renamed_changed_and_relations_after_renames() {
        let mut old = ModelDoc::new("a", Name::Plain("A".into()), "vn-egov-2.0");
        old.elements = vec![
            el("x", "application", "Hệ thống X"),
            el("y", "application", "Cổng Dịch vụ công"),
            el("gone", "database", "CSDL cũ"),
            el("z", "portal", "Cổng Z"),
        ];
        old.relations = vec![rel("y", "uses", "x"), rel("x", "uses", "gone")];
        let mut new = old.clone();
        new.id = "b".into();
        new.elements = vec![
            el("x", "application", "Hệ thống X"),
            el("y2", "application", "cong dich vu cong"),
            el("z", "portal", "Cổng Z mới"),
            el("w", "database", "CSDL mới"),
        ];
        new.elements[3].tags.push(TO_CONFIRM.into());
        new.relations = vec![rel("y2", "uses", "x"), rel("z", "uses", "x")];
        let d = diff(&old, &new);
        assert_eq!(d.model.len(), 1);
        assert_eq!(d.model[0].field, "id");
        assert_eq!(
            d.elements_added.iter().map(|e| &e.id).collect::<Vec<_>>(),
            ["w"]
        );
        assert_eq!(
            d.elements_removed.iter().map(|e| &e.id).collect::<Vec<_>>(),
            ["gone"]
        );
        assert_eq!(d.renames(), [("y", "y2")]);
        let z = d.elements_changed.iter().find(|c| c.id == "z").expect("z");
        assert_eq!(z.changes.len(), 1);
        assert_eq!(z.changes[0].field, "name");
        assert_eq!(
            d.relations_added,
            [RelationRef {
                from: "z".into(),
                kind: "uses".into(),
                to: "x".into()
            }]
        );
        assert_eq!(d.relations_removed.len(), 1);
        assert_eq!(d.relations_removed[0].to, "gone");
        assert_eq!(d.to_confirm, 1);
        // Deterministic and renderable.
        assert_eq!(to_text(&d, Lang::Vi), to_text(&diff(&old, &new), Lang::Vi));
        assert!(to_text(&d, Lang::Vi).contains("đổi mã từ y"));
        assert!(to_markdown(&d, Lang::En).contains("id renamed from y"));
        assert!(diff(&old, &old).is_empty());
    }

    #[test]
    fn markdown_cells_are_escaped() {
        let mut old = ModelDoc::new("a", Name::Plain("A".into()), "vn-egov-2.0");
        old.elements = vec![el("x", "application", "a|b")];
        let mut new = old.clone();
        new.elements[0].owner = Some("p|q\nr".into());
        let md = to_markdown(&diff(&old, &new), Lang::Vi);
        assert!(md.contains("p\\|q r"), "{md}");
    }

    #[test]
    fn the_to_confirm_tag_is_not_an_edit() {
        let old = crate::Baseline::default_builtin()
            .expect("embedded")
            .model
            .doc;
        let spec = super::super::successor::SuccessorSpec {
            id: "next".into(),
            title: Name::Plain("Next".into()),
            decision: "QĐ".into(),
            valid_from: crate::Date::new(2024, 12, 31).expect("date"),
        };
        let new = super::super::successor::successor(&old, &spec);
        let d = diff(&old, &new);
        assert!(d.elements_changed.is_empty(), "{:#?}", d.elements_changed);
        assert!(d.relations_changed.is_empty() && d.relations_added.is_empty());
        assert_eq!(d.to_confirm, old.elements.len());
        assert!(!d.model.is_empty());
    }
}
