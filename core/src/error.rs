//! The one error type of the core. Every face (CLI, Python, WASM, C) maps it exactly once.
//!
//! Errors are for input that cannot be read at all: bytes that are not text, text that is not JSON,
//! JSON of the wrong shape, an unknown built-in name, a size limit. Problems *inside* a readable
//! document (an unknown field, an unknown vocabulary value, a dangling reference) are findings in a
//! report, never errors.

use std::fmt;

/// Where in an input a problem sits. `line` and `column` are 1-based; `column` counts bytes, as
/// serde_json does. `path` is a JSON path such as `$.elements[3].kind` when it is known.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Location {
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub path: Option<String>,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column, &self.path) {
            (Some(l), Some(c), Some(p)) => write!(f, "{l}:{c}: {p}"),
            (Some(l), Some(c), None) => write!(f, "{l}:{c}"),
            (Some(l), None, _) => write!(f, "{l}"),
            (None, _, Some(p)) => write!(f, "{p}"),
            (None, _, None) => Ok(()),
        }
    }
}

/// A legacy 8-bit Vietnamese encoding that non-UTF-8 input resembles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum LegacyEncoding {
    Windows1258,
    Tcvn3,
    Vni,
}

impl LegacyEncoding {
    pub fn name(self) -> &'static str {
        match self {
            Self::Windows1258 => "Windows-1258",
            Self::Tcvn3 => "TCVN3 (ABC)",
            Self::Vni => "VNI",
        }
    }
}

/// The error enum of the core. Codes are stable (see [`Error::code`]).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Not JSON (or an empty document).
    #[error("{source_name}:{location}: {message}")]
    Parse {
        source_name: String,
        location: Location,
        message: String,
    },
    /// Not UTF-8 text.
    #[error("{source_name}:{line}:{column}: {}", encoding_message(*.offset, *.looks_like))]
    Encoding {
        source_name: String,
        /// Byte offset of the first invalid byte.
        offset: usize,
        line: usize,
        /// 1-based byte column of the first invalid byte.
        column: usize,
        looks_like: Option<LegacyEncoding>,
    },
    /// JSON of the wrong shape: a wrong type, a missing required field, a wrong `"kientruc"` kind.
    #[error("{source_name}:{location}: {message}")]
    Schema {
        source_name: String,
        location: Location,
        message: String,
    },
    /// An input exceeds a documented limit (see [`crate::doc::Limits`]).
    #[error("{source_name}: {what} exceeds the limit of {limit}{}", found.map(|n| format!(" (found {n})")).unwrap_or_default())]
    Limit {
        source_name: String,
        /// The limit's name, e.g. `max_depth` (a field of [`crate::doc::Limits`]).
        what: String,
        limit: usize,
        /// The size found, when it is known (a nesting depth is known only to exceed).
        found: Option<usize>,
    },
    /// No built-in baseline (or framework) of that name. `what` says which.
    #[error("unknown {what} '{name}'; built-in: {}", known.join(", "))]
    UnknownBaseline {
        what: &'static str,
        name: String,
        known: Vec<String>,
    },
    /// Reading or writing a file failed. The core never does I/O itself; faces use this variant.
    #[error("{path}: {message}")]
    Io { path: String, message: String },
}

fn encoding_message(offset: usize, looks_like: Option<LegacyEncoding>) -> String {
    let mut s = format!("not valid UTF-8 (first invalid byte at offset {offset})");
    match looks_like {
        Some(enc) => s.push_str(&format!(
            "; it looks like the legacy Vietnamese encoding {}: convert it to UTF-8 (Unicode, TCVN 6909:2001)",
            enc.name()
        )),
        None => s.push_str("; save the file as UTF-8"),
    }
    s
}

impl Error {
    /// The stable error code, the same in every face: `parse`, `encoding`, `schema`, `limit`,
    /// `unknown-baseline`, `io`.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Parse { .. } => "parse",
            Self::Encoding { .. } => "encoding",
            Self::Schema { .. } => "schema",
            Self::Limit { .. } => "limit",
            Self::UnknownBaseline { .. } => "unknown-baseline",
            Self::Io { .. } => "io",
        }
    }

    /// The location inside the input, where the error has one.
    pub fn location(&self) -> Option<Location> {
        match self {
            Self::Parse { location, .. } | Self::Schema { location, .. } => Some(location.clone()),
            Self::Encoding { line, column, .. } => Some(Location {
                line: Some(*line),
                column: Some(*column),
                path: None,
            }),
            _ => None,
        }
    }

    /// The message without the source name and location (faces that show those separately).
    pub fn detail(&self) -> String {
        match self {
            Self::Parse { message, .. } | Self::Schema { message, .. } => message.clone(),
            Self::Encoding {
                offset, looks_like, ..
            } => encoding_message(*offset, *looks_like),
            Self::Io { message, .. } => message.clone(),
            other => other.to_string(),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
