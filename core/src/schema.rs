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
