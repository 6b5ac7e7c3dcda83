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
    let Ok(root) = serde_json::from_str::<serde_json::Value>(&text) else {
        return Vec::new();
    };
    // The parent object's path: drop the last `.key`.
    let parent = path.rfind('.').map_or("", |i| &path[..i]);
    let mut node = &root;
    let mut rest = parent.strip_prefix('$').unwrap_or(parent);
    loop {
        node = object_schema(&root, node);
        if rest.is_empty() {
            break;
        }
        if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else { break };
            node = match node.get("items") {
                Some(items) => items,
                None => return Vec::new(),
            };
            rest = &r[end + 1..];
            continue;
        }
        let Some(r) = rest.strip_prefix('.') else {
            return Vec::new();
        };
        let end = r.find(['.', '[']).unwrap_or(r.len());
        node = match node.get("properties").and_then(|p| p.get(&r[..end])) {
            Some(n) => n,
            None => return Vec::new(),
        };
        rest = &r[end..];
    }
    node.get("properties")
        .and_then(|p| p.as_object())
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default()
}

/// Follows `$ref`s and the non-null branch of `anyOf` (optional fields) to the object schema.
fn object_schema<'a>(
    root: &'a serde_json::Value,
    mut node: &'a serde_json::Value,
) -> &'a serde_json::Value {
    for _ in 0..16 {
        if let Some(r) = node.get("$ref").and_then(|r| r.as_str()) {
            let Some(name) = r.strip_prefix("#/$defs/") else {
                return node;
            };
            match root.get("$defs").and_then(|d| d.get(name)) {
                Some(n) => node = n,
                None => return node,
            }
            continue;
        }
        if let Some(any) = node.get("anyOf").and_then(|a| a.as_array())
            && let Some(n) = any
                .iter()
                .find(|b| b.get("type").and_then(|t| t.as_str()) != Some("null"))
        {
            node = n;
            continue;
        }
        return node;
    }
    node
}
