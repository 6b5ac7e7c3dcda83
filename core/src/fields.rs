//! The field names a JSON Schema allows at a JSON path: what the did-you-means of unknown fields
//! and the fields of project rule packs are read from, so that neither drifts from the format.
//! Independent of the document types: callers pass the schema.

/// The field names allowed at the object that holds `path` (e.g. `$.components[0].maps-to` → the
/// fields of a component) in the JSON Schema `root`. Empty when the path does not resolve.
pub(crate) fn allowed_at(root: &serde_json::Value, path: &str) -> Vec<String> {
    // The parent object's path: drop the last `.key`.
    let parent = path.rfind('.').map_or("", |i| &path[..i]);
    let mut node = root;
    let mut rest = parent.strip_prefix('$').unwrap_or(parent);
    loop {
        node = object_schema(root, node);
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
