//! The one error type of the core. Every face (CLI, Python, WASM, C) maps it exactly once.
//!
//! Errors are for input that cannot be read at all: bytes that are not text, text that is not JSON,
//! JSON of the wrong shape, an unknown built-in name, a size limit. Problems *inside* a readable
//! document (an unknown field, an unknown vocabulary value, a dangling reference) are findings in a
//! report, never errors.

use crate::i18n::{Lang, Text};
use std::fmt;

/// Where in an input a problem sits. `line` and `column` are 1-based; for JSON documents `column`
/// counts characters (as an editor shows them on a line of Vietnamese text); an `encoding` error
/// counts bytes (the text is not readable as characters). `path` is a JSON path such as
/// `$.elements[3].kind` when it is known.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Location {
    /// 1-based line.
    pub line: Option<usize>,
    /// 1-based column: characters in a JSON document, bytes in an `encoding` error.
    pub column: Option<usize>,
    /// The JSON path, e.g. `$.elements[3].kind`.
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
    /// Windows-1258 (Microsoft's Vietnamese code page).
    Windows1258,
    /// TCVN3 (ABC), the 8-bit standard TCVN 5712.
    Tcvn3,
    /// VNI, the encoding of the VNI fonts.
    Vni,
}

impl LegacyEncoding {
    /// The encoding's usual name.
    pub fn name(self) -> &'static str {
        match self {
            Self::Windows1258 => "Windows-1258",
            Self::Tcvn3 => "TCVN3 (ABC)",
            Self::Vni => "VNI",
        }
    }
}

/// The error enum of the core. Codes are stable (see [`Error::code`]).
///
/// Messages are bilingual: [`Error::message`] and [`Error::detail_in`] give them in Vietnamese or
/// English (the CLI prints Vietnamese unless `--lang en`). `Display` (`to_string()`) is the
/// English line, so that logs and the messages of the Python, WASM and C faces stay as they were.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Not JSON (or an empty document).
    #[error("{source_name}:{location}: {}", message.en)]
    Parse {
        /// The input's name (a file name or `<stdin>`).
        source_name: String,
        /// Where the problem is.
        location: Location,
        /// What is wrong, in Vietnamese and English.
        message: Box<Text>,
    },
    /// Not UTF-8 text.
    #[error("{source_name}:{line}:{column}: {}", encoding_message(*.offset, *.looks_like))]
    Encoding {
        /// The input's name.
        source_name: String,
        /// Byte offset of the first invalid byte.
        offset: usize,
        /// 1-based line of the first invalid byte.
        line: usize,
        /// 1-based byte column of the first invalid byte.
        column: usize,
        /// The legacy Vietnamese encoding the bytes resemble, if any.
        looks_like: Option<LegacyEncoding>,
    },
    /// JSON of the wrong shape: a wrong type, a missing required field, a wrong `"kientruc"` kind.
    #[error("{source_name}:{location}: {}", message.en)]
    Schema {
        /// The input's name.
        source_name: String,
        /// Where the problem is, with the JSON path when known.
        location: Location,
        /// What is wrong, in Vietnamese and English.
        message: Box<Text>,
    },
    /// An input exceeds a documented limit (see [`crate::doc::Limits`]).
    #[error("{source_name}: {what} exceeds the limit of {limit}{}", found.map(|n| format!(" (found {n})")).unwrap_or_default())]
    Limit {
        /// The input's name.
        source_name: String,
        /// The limit's name, e.g. `max_depth` (a field of [`crate::doc::Limits`]).
        what: String,
        /// The limit's value.
        limit: usize,
        /// The size found, when it is known (a nesting depth is known only to exceed).
        found: Option<usize>,
    },
    /// No built-in baseline (or framework) of that name. `what` says which.
    #[error("unknown {what} '{name}'; built-in: {}", known.join(", "))]
    UnknownBaseline {
        /// `baseline`, `framework` or `standards catalogue`.
        what: &'static str,
        /// The name asked for.
        name: String,
        /// The built-in names of that kind.
        known: Vec<String>,
    },
    /// Reading or writing a file failed. The core never does I/O itself; faces use this variant.
    #[error("{path}: {message}")]
    Io {
        /// The file.
        path: String,
        /// What went wrong.
        message: String,
    },
    /// A bad argument of a call, not of a document: an unknown language, format or limit name, a
    /// malformed date. `name` is the argument's name as the face spells it (`as_of`, `lang`).
    #[error("{name}: {}", message.en)]
    Argument {
        /// The argument's name.
        name: String,
        /// What is wrong, in Vietnamese and English.
        message: Box<Text>,
    },
}

fn encoding_message(offset: usize, looks_like: Option<LegacyEncoding>) -> String {
    encoding_text(offset, looks_like).en
}

fn encoding_text(offset: usize, looks_like: Option<LegacyEncoding>) -> Text {
    let head = Text::new(
        format!("tệp không phải văn bản UTF-8 (byte sai đầu tiên ở vị trí {offset})"),
        format!("not valid UTF-8 (first invalid byte at offset {offset})"),
    );
    let tail = match looks_like {
        Some(enc) => Text::new(
            format!(
                "; có vẻ tệp dùng bảng mã tiếng Việt cũ {}: hãy chuyển sang Unicode UTF-8 (TCVN 6909:2001), ví dụ bằng công cụ chuyển mã của Unikey",
                enc.name()
            ),
            format!(
                "; it looks like the legacy Vietnamese encoding {}: convert it to UTF-8 (Unicode, TCVN 6909:2001)",
                enc.name()
            ),
        ),
        None => Text::new(
            "; hãy lưu tệp với bảng mã UTF-8",
            "; save the file as UTF-8",
        ),
    };
    Text::new(head.vi + &tail.vi, head.en + &tail.en)
}

/// Vietnamese for the I/O messages the faces write (an operating-system message stays as it is).
fn io_text(message: &str) -> Text {
    let vi = match message {
        "no such file" => "không có tệp này",
        "is a directory, not a file" => "đây là thư mục, không phải tệp",
        "already exists; use --force to overwrite it" => "tệp đã có; dùng --force để ghi đè",
        other => other,
    };
    Text::new(vi, message)
}

impl Error {
    /// A bad argument called `name` (see [`Error::Argument`]), worded in Vietnamese and English.
    pub fn argument(
        name: impl Into<String>,
        vi: impl Into<String>,
        en: impl Into<String>,
    ) -> Error {
        Error::Argument {
            name: name.into(),
            message: Box::new(Text::new(vi, en)),
        }
    }

    /// The stable error code, the same in every face: `parse`, `encoding`, `schema`, `limit`,
    /// `unknown-baseline`, `io`, `argument`.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Parse { .. } => "parse",
            Self::Encoding { .. } => "encoding",
            Self::Schema { .. } => "schema",
            Self::Limit { .. } => "limit",
            Self::UnknownBaseline { .. } => "unknown-baseline",
            Self::Io { .. } => "io",
            Self::Argument { .. } => "argument",
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

    /// The message without the source name and location (faces that show those separately),
    /// in English.
    pub fn detail(&self) -> String {
        self.detail_in(Lang::En)
    }

    /// The message without the source name and location, in `lang`.
    pub fn detail_in(&self, lang: Lang) -> String {
        self.detail_text().get(lang).to_string()
    }

    /// The message without the source name and location, in both languages.
    pub fn detail_text(&self) -> Text {
        match self {
            Self::Parse { message, .. }
            | Self::Schema { message, .. }
            | Self::Argument { message, .. } => (**message).clone(),
            Self::Encoding {
                offset, looks_like, ..
            } => encoding_text(*offset, *looks_like),
            Self::Io { message, .. } => io_text(message),
            Self::Limit {
                what, limit, found, ..
            } => {
                let found_vi = found
                    .map(|n| format!(" (tài liệu có {n})"))
                    .unwrap_or_default();
                let found_en = found.map(|n| format!(" (found {n})")).unwrap_or_default();
                Text::new(
                    format!(
                        "vượt giới hạn {what} = {limit}{found_vi}; nếu tài liệu đúng là lớn như vậy, nâng giới hạn bằng --limit {what}=N"
                    ),
                    format!("{what} exceeds the limit of {limit}{found_en}"),
                )
            }
            Self::UnknownBaseline { what, name, known } => {
                let what_vi = match *what {
                    "baseline" => "kiến trúc",
                    "framework" => "khung kiến trúc",
                    "standards catalogue" => "danh mục tiêu chuẩn",
                    other => other,
                };
                Text::new(
                    format!(
                        "không có {what_vi} dựng sẵn tên “{name}”; các tên có sẵn: {}",
                        known.join(", ")
                    ),
                    format!("unknown {what} '{name}'; built-in: {}", known.join(", ")),
                )
            }
        }
    }

    /// The whole message, as the CLI prints it after `error[<code>]: `, in `lang`:
    /// `<source>:<line>:<column>: <path>: <message>` where these are known.
    pub fn message(&self, lang: Lang) -> String {
        let detail = self.detail_in(lang);
        match self {
            Self::Parse {
                source_name,
                location,
                ..
            }
            | Self::Schema {
                source_name,
                location,
                ..
            } => format!("{source_name}:{location}: {detail}"),
            Self::Encoding {
                source_name,
                line,
                column,
                ..
            } => format!("{source_name}:{line}:{column}: {detail}"),
            Self::Limit { source_name, .. } => format!("{source_name}: {detail}"),
            Self::Io { path, .. } => format!("{path}: {detail}"),
            Self::Argument { name, .. } => format!("{name}: {detail}"),
            Self::UnknownBaseline { .. } => detail,
        }
    }
}

/// The core's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
