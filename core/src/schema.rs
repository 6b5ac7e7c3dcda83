//! JSON Schemas of the document formats, generated from the same types that read them, so the
//! schemas cannot drift from the code.

use crate::framework::FrameworkDoc;
use crate::model::ModelDoc;
use crate::project::ProjectDoc;
use crate::report::Report;
use crate::rulepack::RulePackDoc;
use crate::standards::StandardsDoc;

/// Names accepted by [`schema`].
pub const NAMES: &[&str] = &[
    "project",
    "model",
    "framework",
    "rulepack",
    "report",
    "standards",
    "acceptance",
];

/// The JSON Schema (draft 2020-12) of a document kind, pretty-printed, or `None` for an unknown name.
pub fn schema(name: &str) -> Option<String> {
    let mut s = match name {
        "project" => schemars::schema_for!(ProjectDoc),
        "model" => schemars::schema_for!(ModelDoc),
        "framework" => schemars::schema_for!(FrameworkDoc),
        "rulepack" => schemars::schema_for!(RulePackDoc),
        "report" => schemars::schema_for!(Report),
        "standards" => schemars::schema_for!(StandardsDoc),
        "acceptance" => schemars::schema_for!(crate::acceptance::AcceptanceDoc),
        _ => return None,
    };
    describe_fields(s.as_object_mut());
    s.insert(
        "$id".into(),
        format!("https://kientruc.invalid/schema/{name}.json").into(),
    );
    let mut text = serde_json::to_string_pretty(&s).ok()?;
    text.push('\n');
    Some(text)
}

/// The field names allowed at the object that holds `path` in a document of kind `name` (e.g.
/// `$.components[0].maps-to` → the fields of a component), read from the same JSON Schema, so
/// that a did-you-mean never drifts from the format. Empty when the path does not resolve.
pub fn fields_at(name: &str, path: &str) -> Vec<String> {
    let Some(text) = schema(name) else {
        return Vec::new();
    };
    match serde_json::from_str::<serde_json::Value>(&text) {
        Ok(root) => crate::fields::allowed_at(&root, path),
        Err(_) => Vec::new(),
    }
}

/// Vietnamese and English descriptions of fields (`core/data/labels/fields.json`): type name
/// (`ProjectDoc` for the root) → field → [vi, en].
pub const FIELDS_JSON: &str = include_str!("../data/labels/fields.json");

type FieldLabels = std::collections::BTreeMap<String, serde_json::Value>;

/// Puts the bilingual description of each field, where the table has one, in `description`
/// ("vi / en") and `markdownDescription` (which VS Code shows).
fn describe_fields(root: Option<&mut serde_json::Map<String, serde_json::Value>>) {
    let Some(root) = root else { return };
    let Ok(table) = serde_json::from_str::<FieldLabels>(FIELDS_JSON) else {
        return;
    };
    let root_name = root
        .get("title")
        .and_then(|t| t.as_str())
        .unwrap_or_default()
        .to_string();
    let apply = |name: &str, node: &mut serde_json::Value| {
        let (Some(fields), Some(props)) = (
            table.get(name),
            node.get_mut("properties").and_then(|p| p.as_object_mut()),
        ) else {
            return;
        };
        for (field, schema) in props.iter_mut() {
            let Some([vi, en]) = fields
                .get(field)
                .and_then(|l| l.as_array())
                .and_then(|a| Some([a.first()?.as_str()?, a.get(1)?.as_str()?]))
            else {
                continue;
            };
            if let Some(o) = schema.as_object_mut() {
                o.insert("description".into(), format!("{vi} / {en}").into());
                o.insert(
                    "markdownDescription".into(),
                    format!("{vi}\n\n*{en}*").into(),
                );
            }
        }
    };
    if let Some(defs) = root.get_mut("$defs").and_then(|d| d.as_object_mut()) {
        for (name, node) in defs.iter_mut() {
            apply(name, node);
        }
    }
    let mut top = serde_json::Value::Object(std::mem::take(root));
    apply(&root_name, &mut top);
    if let serde_json::Value::Object(o) = top {
        *root = o;
    }
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    /// Every field of the project schema has a vi/en description, every vocabulary field lists
    /// its values with labels, and the schema compiles as a JSON Schema.
    #[test]
    fn the_project_schema_describes_every_field_in_both_languages() {
        let s: Value = serde_json::from_str(&super::schema("project").unwrap_or_default())
            .expect("schema is JSON");
        assert!(jsonschema::validator_for(&s).is_ok(), "valid JSON Schema");
        let mut missing = Vec::new();
        let mut nodes: Vec<(String, &Value)> = vec![("ProjectDoc".into(), &s)];
        if let Some(defs) = s["$defs"].as_object() {
            nodes.extend(defs.iter().map(|(k, v)| (k.clone(), v)));
        }
        for (name, node) in nodes {
            for (field, p) in node["properties"].as_object().into_iter().flatten() {
                let d = p["description"].as_str().unwrap_or_default();
                if !d.contains(" / ") {
                    missing.push(format!("{name}.{field}"));
                }
            }
            if let Some(any) = node["anyOf"].as_array()
                && node.get("x-labels").is_some()
            {
                for v in any {
                    if v["description"].as_str().unwrap_or_default().is_empty() {
                        missing.push(format!("{name}: value {} has no label", v["const"]));
                    }
                }
            }
        }
        assert!(missing.is_empty(), "no vi/en description: {missing:?}");
        let hosting = &s["$defs"]["hosting"];
        assert_eq!(
            hosting["x-labels"]["provincial-data-center"]["vi"],
            "Trung tâm dữ liệu tỉnh"
        );
        // A document written with labels validates too.
        let v = jsonschema::validator_for(&s).expect("compiles");
        let doc = serde_json::json!({"kientruc": "project/1", "id": "x",
            "components": [{"id": "c", "kind": "portal", "hosting": "Trung tâm dữ liệu tỉnh"}]});
        assert!(v.is_valid(&doc));
        let bad = serde_json::json!({"kientruc": "project/1", "id": "x",
            "components": [{"id": "c", "kind": "portal", "hosting": "nowhere"}]});
        assert!(!v.is_valid(&bad));
    }
}
