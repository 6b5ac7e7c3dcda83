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

/// Checks nesting depth and string lengths in one pass over the text, before parsing, so that
/// neither a deep document nor a huge string reaches the parser; in the same pass, whether the
/// text is certainly NFC (see [`text::is_nfc`]), when `nfc` asks for it. Returns `Ok(false)` as
/// soon as some text may not be NFC: the caller then normalises and scans the normalised text
/// (with `nfc` false), where the limits apply.
/// Tolerates malformed JSON: the parser reports that afterwards.
fn scan(text: &str, source_name: &str, limits: &Limits, nfc: bool) -> Result<bool, Error> {
    let bytes = text.as_bytes();
    let (mut depth, mut i) = (0usize, 0usize);
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                let start = i + 1;
                let mut j = start;
                // To the closing quote, eight bytes at a time through text with no quote, no
                // backslash and nothing but ASCII, which is most of a document's strings.
                let end = loop {
                    j = skip_plain(bytes, j);
                    match bytes.get(j) {
                        None => break bytes.len(),
                        Some(b'"') => break j,
                        // An escape: the next byte is escaped, unless it starts a non-ASCII
                        // character, which cannot end the string and must still be checked.
                        Some(b'\\') => {
                            j += 1 + usize::from(bytes.get(j + 1).is_some_and(u8::is_ascii));
                        }
                        Some(b) if b.is_ascii() => j += 1,
                        Some(_) if !nfc => j += 1,
                        Some(_) if let Some(n) = precomposed_latin_len(bytes, j) => j += n,
                        Some(_) => match text::nfc_step(text, j) {
                            Some(next) => j = next,
                            None => return Ok(false),
                        },
                    }
                };
                let end = end.min(bytes.len());
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
            b if nfc && !b.is_ascii() => {
                match text::nfc_step(text, i) {
                    Some(next) => i = next,
                    None => return Ok(false),
                }
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    Ok(true)
}

/// The length of the character at `j` when it is a precomposed Latin letter (U+00C0–U+024F,
/// U+1E00–U+1EFF: NFC starters, see `text::is_nfc`), read from its first bytes.
///
/// Precondition: `bytes` is UTF-8 and `j` starts a character.
fn precomposed_latin_len(bytes: &[u8], j: usize) -> Option<usize> {
    match (bytes[j], bytes.get(j + 1).copied().unwrap_or(0)) {
        (0xC3..=0xC8, _) | (0xC9, 0x80..=0x8F) => Some(2),
        (0xE1, 0xB8..=0xBB) => Some(3),
        _ => None,
    }
}

/// The position of the first byte at or after `j` that is a quote, a backslash or not ASCII
/// (or `bytes.len()`), reading eight bytes at a time.
fn skip_plain(bytes: &[u8], mut j: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Whether any byte of `w` is zero (the classic bit trick: exact as to whether one is).
    let has_zero = |w: u64| w.wrapping_sub(ONES) & !w & HIGH != 0;
    while let Some(chunk) = bytes.get(j..j + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        if w & HIGH != 0
            || has_zero(w ^ (ONES * u64::from(b'"')))
            || has_zero(w ^ (ONES * u64::from(b'\\')))
        {
            break;
        }
        j += 8;
    }
    while let Some(&b) = bytes.get(j) {
        if b == b'"' || b == b'\\' || !b.is_ascii() {
            break;
        }
        j += 1;
    }
    j
}

/// The text to parse: `raw` if it is NFC, else its NFC form; checked against the limits.
fn normalised<'a>(
    raw: &'a str,
    source_name: &str,
    limits: &Limits,
) -> Result<std::borrow::Cow<'a, str>, Error> {
    use std::borrow::Cow;
    match scan(raw, source_name, limits, true) {
        Ok(true) => return Ok(Cow::Borrowed(raw)),
        // A limit exceeded in text that is NFC stands; in text that is not, the limits apply
        // to the normalised text, as they always have.
        Err(e) if text::is_nfc(raw) => return Err(e),
        Ok(false) | Err(_) => {}
    }
    let normal = text::nfc(raw);
    scan(&normal, source_name, limits, false)?;
    Ok(normal)
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
    parse_on::<T>(bytes, source_name, limits, speculate(bytes.len()))
}

/// [`parse`], with the text checked on a second thread while the bytes are parsed when
/// `two_threads` (the result is the same either way).
fn parse_on<T: DeserializeOwned + Document + schemars::JsonSchema>(
    bytes: &[u8],
    source_name: &str,
    limits: &Limits,
    two_threads: bool,
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
    let raw = text::utf8(bytes, source_name)?;
    let check = || normalised(raw, source_name, limits);
    // On a large input, the checks of the text (NFC, limits) run on a second thread while this
    // one parses the text as it is. The parse is used only when the checks pass and the text
    // needed no normalising: then it read exactly the text the checks passed. Otherwise it is
    // dropped and everything goes as on one thread, so errors and their order do not change.
    // What an input over a limit can make the parse allocate meanwhile is bounded by
    // `max_bytes`, as for any input within the limits.
    let (checked, guess) = if two_threads {
        std::thread::scope(|s| {
            let checker = s.spawn(check);
            let guess = read_fast::<_, T>(serde_json::Deserializer::from_str(raw)).ok();
            let checked = checker
                .join()
                .unwrap_or_else(|e| std::panic::resume_unwind(e));
            (checked, guess)
        })
    } else {
        (check(), None)
    };
    let text = checked?;
    let guess = guess.filter(|_| matches!(text, std::borrow::Cow::Borrowed(_)));
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
    // The fast path does not track the JSON path; only a document that fails is read again
    // with path tracking, to say where it fails.
    let read = match guess {
        Some(read) => Ok(read),
        None => read_fast::<_, T>(serde_json::Deserializer::from_str(&text)),
    };
    let (value, mut unknown_fields) = match read {
        Ok(read) => read,
        Err(Unread::Trailing(e)) => {
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
        Err(Unread::Shape) => {
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

/// Inputs from this size on are checked and parsed at once on two threads (see [`parse`]).
const SPECULATE_FROM: usize = 4 << 20;

/// Whether to check an input of `len` bytes on a second thread while parsing it: on native
/// targets with more than one core (WebAssembly has no threads), for large inputs only.
fn speculate(len: usize) -> bool {
    !cfg!(target_family = "wasm")
        && len >= SPECULATE_FROM
        && std::thread::available_parallelism().is_ok_and(|n| n.get() > 1)
}

/// Why [`read_fast`] did not give a document.
enum Unread {
    /// The value does not fit the type (or is not JSON): read again to say where.
    Shape,
    /// Something follows the document.
    Trailing(serde_json::Error),
}

/// Reads a `T` and the JSON paths of the fields it does not define, without tracking where it
/// is (see [`parse`]).
fn read_fast<'de, R: serde_json::de::Read<'de>, T: DeserializeOwned>(
    mut de: serde_json::Deserializer<R>,
) -> Result<(T, Vec<String>), Unread> {
    let mut unknown_fields = Vec::new();
    let mut on_unknown = |path: serde_ignored::Path<'_>| {
        let p = json_path(&path);
        if !p.ends_with(".$comment") {
            unknown_fields.push(p);
        }
    };
    let value = T::deserialize(serde_ignored::Deserializer::new(&mut de, &mut on_unknown))
        .map_err(|_| Unread::Shape)?;
    de.end().map_err(Unread::Trailing)?;
    Ok((value, unknown_fields))
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
        assert!(scan(&text, "t", &l, true).is_ok());
        let deep = format!("{}{}", "[".repeat(129), "]".repeat(129));
        let e = scan(&deep, "t", &l, true).expect_err("too deep");
        assert!(e.to_string().contains("max_depth"));
        assert!(
            scan(
                &format!("{}{}", "[".repeat(128), "]".repeat(128)),
                "t",
                &l,
                true
            )
            .is_ok()
        );
        // A string that never ends is measured to the end of the text.
        let small = Limits {
            max_string_bytes: 4,
            ..l
        };
        assert!(scan(r#"["abcd"]"#, "t", &small, true).is_ok());
        assert!(scan(r#"["abcde"]"#, "t", &small, true).is_err());
        assert!(scan(r#"["abcde"#, "t", &small, true).is_err());
        assert!(scan(r#"["ab\"#, "t", &small, true).is_ok());
        // Long plain runs (read eight bytes at a time) are measured to the byte.
        let at = |n: usize| format!(r#"["{}"]"#, "a".repeat(n));
        let limit = Limits {
            max_string_bytes: 17,
            ..l
        };
        assert!(scan(&at(17), "t", &limit, true).is_ok());
        assert!(scan(&at(18), "t", &limit, true).is_err());
    }

    /// Checking on a second thread while parsing changes no outcome: a good document, one that
    /// needs normalising, one with an unknown field, and each kind of failure in its order.
    #[test]
    fn two_threads_read_what_one_reads() {
        use crate::model::ModelDoc;
        let elements: Vec<String> = (0..30)
            .map(|i| format!(r#"{{"id":"e{i}","kind":"agency","name":"Ủy ban nhân dân xã {i}"}}"#))
            .collect();
        let doc = |extra: &str| {
            format!(
                r#"{{"kientruc":"model/1","id":"m","framework":"vn-egov-2.0","elements":[{}{extra}]}}"#,
                elements.join(",\n")
            )
        };
        let good = doc("");
        let cases: Vec<Vec<u8>> = vec![
            good.clone().into_bytes(),
            format!("\u{FEFF}{good}").into_bytes(),
            doc(r#","e\u0301""#)
                .replace(
                    "\"e\\u0301\"",
                    "{\"id\":\"x\",\"kind\":\"agency\",\"name\":\"Hue\u{301}\"}",
                )
                .into_bytes(),
            doc(r#",{"id":"y","kind":"agency","colour":"red"}"#).into_bytes(),
            format!("{good} trailing").into_bytes(),
            doc(r#",{"id":"z","kind":"agency","name":7}"#).into_bytes(),
            doc(&format!(
                r#",{{"id":"{}","kind":"agency"}}"#,
                "w".repeat(300)
            ))
            .into_bytes(),
            [good.as_bytes(), b"\xff"].concat(),
            good.replace("model/1", "project/1").into_bytes(),
        ];
        let limits = Limits {
            max_string_bytes: 200,
            ..Limits::default()
        };
        let outcome = |bytes: &[u8], two| match parse_on::<ModelDoc>(bytes, "t", &limits, two) {
            Ok(p) => Ok((
                p.value.elements.len(),
                p.value
                    .elements
                    .last()
                    .map(|e| e.name.primary().to_string()),
                p.unknown_fields,
            )),
            Err(e) => Err((e.code(), e.to_string())),
        };
        for bytes in &cases {
            assert_eq!(outcome(bytes, true), outcome(bytes, false));
        }
        // The cases do reach each outcome.
        let all: Vec<_> = cases.iter().map(|b| outcome(b, true)).collect();
        assert_eq!(
            all[2].as_ref().ok().and_then(|o| o.1.clone()),
            Some("Hu\u{e9}".into())
        );
        assert_eq!(
            all[3].as_ref().ok().map(|o| o.2.clone()),
            Some(vec!["$.elements[30].colour".to_string()])
        );
        let codes: Vec<_> = all[4..]
            .iter()
            .map(|o| o.as_ref().err().map(|e| e.0))
            .collect();
        assert!(codes.iter().all(Option::is_some), "{all:?}");
    }

    #[test]
    fn precomposed_latin_is_told_by_its_first_bytes() {
        for u in 0x80..=0x2FFF {
            let Some(c) = char::from_u32(u) else { continue };
            let s = c.to_string();
            let latin = matches!(u, 0xC0..=0x24F | 0x1E00..=0x1EFF);
            assert_eq!(
                precomposed_latin_len(s.as_bytes(), 0),
                latin.then_some(s.len()),
                "{c:?}"
            );
        }
    }

    #[test]
    fn the_scan_finds_text_that_is_not_nfc_inside_and_outside_strings() {
        let l = Limits::default();
        // Precomposed Vietnamese, after an escape too, is NFC; a combining mark after an ASCII
        // letter (decomposed "ế") is not, wherever it is.
        assert_eq!(
            scan("{\"a\":\"Kiến trúc \\\"ế\"}", "t", &l, true).ok(),
            Some(true)
        );
        assert_eq!(
            scan("{\"a\":\"Kie\u{302}\u{301}n\"}", "t", &l, true).ok(),
            Some(false)
        );
        assert_eq!(scan("{\"a\":1} e\u{301}", "t", &l, true).ok(), Some(false));
        // Not asked to, it does not look.
        assert_eq!(
            scan("{\"a\":\"e\u{301}\"}", "t", &l, false).ok(),
            Some(true)
        );
        // A limit exceeded in text that is not NFC is judged on the normalised text: the
        // decomposed "é" takes 3 bytes, the composed one 2.
        let small = Limits {
            max_string_bytes: 2,
            ..l
        };
        assert!(normalised("[\"e\u{301}\"]", "t", &small).is_ok());
        assert!(normalised("[\"e\u{301}x\"]", "t", &small).is_err());
    }
}
