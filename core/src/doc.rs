//! Reading JSON documents: bytes → UTF-8 (NFC) → typed value, with line:column for syntax errors,
//! a JSON path for shape errors, and the paths of unknown fields (reported as findings, not errors).

use crate::error::{Error, Location};
use crate::i18n::Text;
use crate::text;
use serde::de::DeserializeOwned;

mod messages;

/// Limits on inputs, so that hostile input cannot exhaust memory or the stack. Each has a name
/// (the field's), which a [`Error::Limit`] reports and `kientruc --limit NAME=N` sets.
///
/// The defaults are far above any real architecture (a national model of a million elements is
/// about 400 MB) and below what would exhaust a 64-bit process.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest accepted document, in bytes. Default 1 GiB.
    pub max_bytes: usize,
    /// Deepest nesting of arrays and objects. Default 128 (serde_json's own recursion limit, which
    /// also guards typed fields; this limit also covers fields the format ignores).
    pub max_depth: usize,
    /// Longest string (key or value), in bytes as written. Default 1 MiB.
    pub max_string_bytes: usize,
    /// Most elements in a model. Default 5,000,000.
    pub max_elements: usize,
    /// Most relations in a model. Default 20,000,000.
    pub max_relations: usize,
    /// Most components in a project. Default 10,000.
    pub max_components: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: 1 << 30,
            max_depth: 128,
            max_string_bytes: 1 << 20,
            max_elements: 5_000_000,
            max_relations: 20_000_000,
            max_components: 10_000,
        }
    }
}

impl Limits {
    /// The names of the limits, as [`Limits::set`] takes them.
    pub const NAMES: [&'static str; 6] = [
        "max_bytes",
        "max_depth",
        "max_string_bytes",
        "max_elements",
        "max_relations",
        "max_components",
    ];

    /// Sets the limit called `name`; `false` when there is no such limit.
    pub fn set(&mut self, name: &str, value: usize) -> bool {
        let slot = match name {
            "max_bytes" => &mut self.max_bytes,
            "max_depth" => &mut self.max_depth,
            "max_string_bytes" => &mut self.max_string_bytes,
            "max_elements" => &mut self.max_elements,
            "max_relations" => &mut self.max_relations,
            "max_components" => &mut self.max_components,
            _ => return false,
        };
        *slot = value;
        true
    }

    /// Sets the limit called `name`, or an [`Error::Argument`] (named `limits`) that lists the
    /// limits when there is no such limit.
    pub fn try_set(&mut self, name: &str, value: usize) -> Result<(), Error> {
        if self.set(name, value) {
            Ok(())
        } else {
            Err(unknown_limit(name))
        }
    }

    /// Parses one setting as `kientruc --limit` takes it: `NAME=N`, digits of `N` optionally
    /// grouped with `_` (`max_bytes=1_000_000`). The name is checked against [`Limits::NAMES`].
    pub fn parse_setting(s: &str) -> Result<(&'static str, usize), Error> {
        let names = Self::NAMES.join(", ");
        let (name, value) = s.split_once('=').ok_or_else(|| {
            Error::argument(
                "limits",
                format!("“{s}” không có dạng TÊN=N; các giới hạn: {names}"),
                format!("'{s}' is not NAME=N; limits: {names}"),
            )
        })?;
        let name = Self::NAMES
            .iter()
            .copied()
            .find(|n| *n == name)
            .ok_or_else(|| unknown_limit(name))?;
        let n = value.replace('_', "").parse().map_err(|_| {
            Error::argument(
                "limits",
                format!("“{value}” không phải số nguyên không âm"),
                format!("'{value}' is not a whole number"),
            )
        })?;
        Ok((name, n))
    }

    /// The error for exceeding limit `name` (one of [`Limits::NAMES`]).
    pub fn exceeded(name: &str, source_name: &str, limit: usize, found: Option<usize>) -> Error {
        Error::Limit {
            source_name: source_name.into(),
            what: name.into(),
            limit,
            found,
        }
    }
}

/// The error for a limit name that is not one of [`Limits::NAMES`].
fn unknown_limit(name: &str) -> Error {
    let names = Limits::NAMES.join(", ");
    Error::argument(
        "limits",
        format!("không có giới hạn “{name}”; các giới hạn: {names}"),
        format!("no limit '{name}'; limits: {names}"),
    )
}

/// Checks nesting depth and string lengths in one pass over the bytes, before parsing, so that
/// neither a deep document nor a huge string reaches the parser. Tolerates malformed JSON: the
/// parser reports that afterwards.
fn scan(text: &str, source_name: &str, limits: &Limits) -> Result<(), Error> {
    let bytes = text.as_bytes();
    let (mut depth, mut i) = (0usize, 0usize);
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                // Skip the string: jump from one quote or backslash to the next (memchr), so
                // the long runs of text inside strings cost little.
                let start = i + 1;
                let mut j = start;
                let end = loop {
                    match memchr::memchr2(b'"', b'\\', &bytes[j..]) {
                        Some(k) if bytes[j + k] == b'\\' => j += k + 2,
                        Some(k) => break j + k,
                        None => break bytes.len(),
                    }
                    if j >= bytes.len() {
                        break bytes.len();
                    }
                };
                if end - start > limits.max_string_bytes {
                    let found = Some(end - start);
                    return Err(Limits::exceeded(
                        "max_string_bytes",
                        source_name,
                        limits.max_string_bytes,
                        found,
                    ));
                }
                i = end + 1;
                continue;
            }
            b'[' | b'{' => {
                depth += 1;
                if depth > limits.max_depth {
                    return Err(Limits::exceeded(
                        "max_depth",
                        source_name,
                        limits.max_depth,
                        None,
                    ));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    Ok(())
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
    /// The first count limit the document exceeds, as (limit name, limit, count found).
    fn exceeds(&self, _limits: &Limits) -> Option<(&'static str, usize, usize)> {
        None
    }
}

/// Parses a document of kind `T` from `bytes`. `source_name` labels errors (usually a file name).
///
/// Errors are worded in Vietnamese and English (see [`Error::detail_text`]); columns count
/// characters, so that they match what an editor shows on a line of Vietnamese text.
pub fn parse<T: DeserializeOwned + Document + schemars::JsonSchema>(
    bytes: &[u8],
    source_name: &str,
    limits: &Limits,
) -> Result<Parsed<T>, Error> {
    if bytes.len() > limits.max_bytes {
        let found = Some(bytes.len());
        return Err(Limits::exceeded(
            "max_bytes",
            source_name,
            limits.max_bytes,
            found,
        ));
    }
    let text = text::decode(bytes, source_name)?;
    scan(&text, source_name, limits)?;
    if text.trim().is_empty() {
        return Err(Error::Parse {
            source_name: source_name.into(),
            location: Location {
                line: Some(1),
                column: Some(1),
                path: None,
            },
            message: Box::new(Text::new(
                format!(
                    "tài liệu rỗng; cần một đối tượng JSON có \"kientruc\": \"{}\" (tạo mẫu bằng lệnh: kientruc init)",
                    T::KIND
                ),
                format!(
                    "empty document; expected a JSON object with \"kientruc\": \"{}\"",
                    T::KIND
                ),
            )),
        });
    }
    if !text.trim_start().starts_with('{') {
        let trimmed = text.trim_start();
        let offset = text.len() - trimmed.len();
        let (line, column) = messages::line_column(&text, offset);
        let location = Location {
            line: Some(line),
            column: Some(column),
            path: None,
        };
        // Not an object: say what was expected rather than what serde makes of an array.
        let message = Text::new(
            format!(
                "cần một đối tượng JSON {{ ... }} có \"kientruc\": \"{}\"",
                T::KIND
            ),
            format!("expected a JSON object with \"kientruc\": \"{}\"", T::KIND),
        );
        return Err(
            if serde_json::from_str::<serde::de::IgnoredAny>(&text).is_ok() {
                Error::Schema {
                    source_name: source_name.into(),
                    location,
                    message: Box::new(message),
                }
            } else {
                Error::Parse {
                    source_name: source_name.into(),
                    location,
                    message: Box::new(Text::new(
                        format!("không phải JSON: {}", message.vi),
                        format!("not JSON: {}", message.en),
                    )),
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
    // The fast path does not track the JSON path; only a document that fails is read again
    // with path tracking, to say where it fails.
    let value = match T::deserialize(serde_ignored::Deserializer::new(&mut de, &mut on_unknown)) {
        Ok(v) => v,
        Err(_) => {
            let mut de = serde_json::Deserializer::from_str(&text);
            let e = match serde_path_to_error::deserialize::<_, T>(&mut de) {
                Err(e) => e,
                // Unreachable in practice: the same bytes and type fail the same way.
                Ok(_) => {
                    return Err(Error::Schema {
                        source_name: source_name.into(),
                        location: Location::default(),
                        message: Box::new(Text::new(
                            "không đọc được tài liệu",
                            "the document could not be read",
                        )),
                    });
                }
            };
            return Err(shape_error::<T>(&text, source_name, e));
        }
    };
    if let Err(e) = de.end() {
        let (line, column) =
            messages::line_column(&text, messages::offset_of(&text, e.line(), e.column()));
        return Err(Error::Parse {
            source_name: source_name.into(),
            location: Location {
                line: Some(line),
                column: Some(column),
                path: None,
            },
            message: Box::new(messages::trailing()),
        });
    }
    if value.kind_tag() != T::KIND {
        return Err(wrong_kind::<T>(source_name, value.kind_tag()));
    }
    if let Some((name, limit, found)) = value.exceeds(limits) {
        return Err(Limits::exceeded(name, source_name, limit, Some(found)));
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
        message: Box::new(Text::new(
            format!(
                "đây là tài liệu loại \"{found}\"; lệnh này cần \"kientruc\": \"{}\"",
                T::KIND
            ),
            format!(
                "this is a \"{found}\" document; expected \"kientruc\": \"{}\"",
                T::KIND
            ),
        )),
    }
}

fn shape_error<T: Document + schemars::JsonSchema>(
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
    let offset = messages::offset_of(text, inner.line(), inner.column());
    let at = |offset: usize| {
        let (line, column) = messages::line_column(text, offset);
        (Some(line), Some(column))
    };
    match inner.classify() {
        Category::Syntax | Category::Eof | Category::Io => {
            if message.contains("recursion limit") {
                return Limits::exceeded("max_depth", source_name, 128, None);
            }
            let (offset, message) = messages::syntax(text, &message, offset);
            let (line, column) = at(offset);
            Error::Parse {
                source_name: source_name.into(),
                location: Location {
                    line,
                    column,
                    path: None,
                },
                message: Box::new(message),
            }
        }
        Category::Data => {
            // A document of another kind fails on some field first; say what it is instead.
            if let Some(found) = probe_kind(text)
                && found != T::KIND
            {
                return wrong_kind::<T>(source_name, &found);
            }
            let schema = serde_json::to_value(schemars::schema_for!(T)).ok();
            let text_message = messages::data(&message, &path, schema.as_ref());
            // A missing field is reported where its object opens, not where it closes.
            let offset = if message.starts_with("missing field") {
                messages::object_start(text, offset).unwrap_or(offset)
            } else {
                messages::back_to_value(text, offset)
            };
            let (line, column) = at(offset);
            Error::Schema {
                source_name: source_name.into(),
                location: Location {
                    line,
                    column,
                    path: match path.as_str() {
                        "." => None,
                        p if p.starts_with('[') => Some(format!("${p}")),
                        p => Some(format!("$.{p}")),
                    },
                },
                message: Box::new(text_message),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scan_counts_depth_outside_strings_only() {
        let l = Limits::default();
        let brackets = "[".repeat(500);
        // Brackets inside strings, after escaped quotes and backslashes, do not nest.
        let text = format!(r#"{{"a":"{brackets}","b":"x\"{brackets}","c":"\\","d":[{{}}]}}"#);
        assert!(scan(&text, "t", &l).is_ok());
        let deep = format!("{}{}", "[".repeat(129), "]".repeat(129));
        let e = scan(&deep, "t", &l).expect_err("too deep");
        assert!(e.to_string().contains("max_depth"));
        assert!(scan(&format!("{}{}", "[".repeat(128), "]".repeat(128)), "t", &l).is_ok());
        // A string that never ends is measured to the end of the text.
        let small = Limits {
            max_string_bytes: 4,
            ..l
        };
        assert!(scan(r#"["abcd"]"#, "t", &small).is_ok());
        assert!(scan(r#"["abcde"]"#, "t", &small).is_err());
        assert!(scan(r#"["abcde"#, "t", &small).is_err());
        assert!(scan(r#"["ab\"#, "t", &small).is_ok());
    }
}
