//! Reading JSON documents: bytes → UTF-8 (NFC) → typed value, with line:column for syntax errors,
//! a JSON path for shape errors, and the paths of unknown fields (reported as findings, not errors).

use crate::error::{Error, Location};
use crate::text;
use serde::de::DeserializeOwned;

/// Limits on inputs, so that hostile input cannot exhaust memory or the stack.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest accepted document, in bytes. Default 512 MiB.
    pub max_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: 512 << 20,
        }
    }
}

/// A parsed document and the JSON paths of fields the format does not define.
#[derive(Debug)]
pub struct Parsed<T> {
    pub value: T,
    pub unknown_fields: Vec<String>,
}

/// A document that names its kind and version in its `"kientruc"` key.
pub trait Document {
    /// The expected value of the `"kientruc"` key, e.g. `model/1`.
    const KIND: &'static str;
    fn kind_tag(&self) -> &str;
}

/// Parses a document of kind `T` from `bytes`. `source_name` labels errors (usually a file name).
pub fn parse<T: DeserializeOwned + Document>(
    bytes: &[u8],
    source_name: &str,
    limits: &Limits,
) -> Result<Parsed<T>, Error> {
    if bytes.len() > limits.max_bytes {
        return Err(Error::Limit {
            source_name: source_name.into(),
            what: "document size in bytes".into(),
            limit: limits.max_bytes,
            found: Some(bytes.len()),
        });
    }
    let text = text::decode(bytes, source_name)?;
    if text.trim().is_empty() {
        return Err(Error::Parse {
            source_name: source_name.into(),
            location: Location {
                line: Some(1),
                column: Some(1),
                path: None,
            },
            message: format!(
                "empty document; expected a JSON object with \"kientruc\": \"{}\"",
                T::KIND
            ),
        });
    }
    if !text.trim_start().starts_with('{') {
        let trimmed = text.trim_start();
        let offset = text.len() - trimmed.len();
        let line = 1 + text[..offset].matches('\n').count();
        let column = 1 + offset - text[..offset].rfind('\n').map_or(0, |i| i + 1);
        let location = Location {
            line: Some(line),
            column: Some(column),
            path: None,
        };
        // Not an object: say what was expected rather than what serde makes of an array.
        let message = format!("expected a JSON object with \"kientruc\": \"{}\"", T::KIND);
        return Err(
            if serde_json::from_str::<serde::de::IgnoredAny>(&text).is_ok() {
                Error::Schema {
                    source_name: source_name.into(),
                    location,
                    message,
                }
            } else {
                Error::Parse {
                    source_name: source_name.into(),
                    location,
                    message: format!("not JSON: {message}"),
                }
            },
        );
    }
    let mut unknown_fields = Vec::new();
    let mut de = serde_json::Deserializer::from_str(&text);
    let mut on_unknown = |path: serde_ignored::Path<'_>| {
        let p = json_path(&path);
        if !p.ends_with(".$comment") {
            unknown_fields.push(p);
        }
    };
    let result = serde_path_to_error::deserialize::<_, T>(serde_ignored::Deserializer::new(
        &mut de,
        &mut on_unknown,
    ));
    let value = match result {
        Ok(v) => v,
        Err(e) => return Err(shape_error::<T>(&text, source_name, e)),
    };
    if let Err(e) = de.end() {
        return Err(Error::Parse {
            source_name: source_name.into(),
            location: Location {
                line: Some(e.line()),
                column: Some(e.column()),
                path: None,
            },
            message: "trailing characters after the JSON document".into(),
        });
    }
    if value.kind_tag() != T::KIND {
        return Err(wrong_kind::<T>(source_name, value.kind_tag()));
    }
    unknown_fields.sort();
    Ok(Parsed {
        value,
        unknown_fields,
    })
}

fn wrong_kind<T: Document>(source_name: &str, found: &str) -> Error {
    Error::Schema {
        source_name: source_name.into(),
        location: Location {
            path: Some("$.kientruc".into()),
            ..Location::default()
        },
        message: format!(
            "this is a \"{found}\" document; expected \"kientruc\": \"{}\"",
            T::KIND
        ),
    }
}

fn shape_error<T: Document>(
    text: &str,
    source_name: &str,
    e: serde_path_to_error::Error<serde_json::Error>,
) -> Error {
    use serde_json::error::Category;
    let path = e.path().to_string();
    let inner = e.into_inner();
    let message = inner.to_string();
    // serde_json appends " at line L column C"; we print the location ourselves.
    let message = match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message,
    };
    let location = Location {
        line: Some(inner.line()),
        column: Some(inner.column()),
        path: match path.as_str() {
            "." => None,
            p if p.starts_with('[') => Some(format!("${p}")),
            p => Some(format!("$.{p}")),
        },
    };
    match inner.classify() {
        Category::Syntax | Category::Eof | Category::Io => {
            if message.contains("recursion limit") {
                return Error::Limit {
                    source_name: source_name.into(),
                    what: "JSON nesting depth".into(),
                    limit: 128,
                    found: None,
                };
            }
            Error::Parse {
                source_name: source_name.into(),
                location: Location {
                    path: None,
                    ..location
                },
                message,
            }
        }
        Category::Data => {
            // A document of another kind fails on some field first; say what it is instead.
            if let Some(found) = probe_kind(text)
                && found != T::KIND
            {
                return wrong_kind::<T>(source_name, &found);
            }
            Error::Schema {
                source_name: source_name.into(),
                location,
                message,
            }
        }
    }
}

/// Reads just the `"kientruc"` key of a JSON object, if it is a string.
fn probe_kind(text: &str) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Probe {
        kientruc: Option<serde_json::Value>,
    }
    let p: Probe = serde_json::from_str(text).ok()?;
    match p.kientruc? {
        serde_json::Value::String(s) => Some(s),
        other => Some(other.to_string()),
    }
}

fn json_path(path: &serde_ignored::Path<'_>) -> String {
    use serde_ignored::Path;
    match path {
        Path::Root => "$".into(),
        Path::Seq { parent, index } => format!("{}[{index}]", json_path(parent)),
        Path::Map { parent, key } => format!("{}.{key}", json_path(parent)),
        Path::Some { parent }
        | Path::NewtypeStruct { parent }
        | Path::NewtypeVariant { parent } => json_path(parent),
    }
}
