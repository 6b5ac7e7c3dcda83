//! The `report/1` JSON renderer.

use super::Report;

/// The report as pretty-printed JSON with a trailing newline. Byte-identical for equal reports.
pub fn to_json(report: &Report) -> String {
    let mut s = serde_json::to_string_pretty(report).unwrap_or_else(|e| {
        // Serialising plain data to a string cannot fail; keep the contract of returning JSON.
        format!("{{\"kientruc\":\"report/1\",\"error\":\"{e}\"}}")
    });
    s.push('\n');
    s
}

/// Several reports as one JSON array (the CLI's output for several projects).
pub fn to_json_array(reports: &[Report]) -> String {
    let mut s = serde_json::to_string_pretty(reports)
        .unwrap_or_else(|e| format!("[{{\"kientruc\":\"report/1\",\"error\":\"{e}\"}}]"));
    s.push('\n');
    s
}

/// Parses a `report/1` document (as written by [`to_json`]).
pub fn from_json(text: &str) -> Result<super::Report, crate::Error> {
    serde_json::from_str(text).map_err(|e| crate::Error::Schema {
        source_name: "<report>".into(),
        location: crate::error::Location {
            line: Some(e.line()),
            column: Some(e.column()),
            path: None,
        },
        message: e.to_string().into(),
    })
}
