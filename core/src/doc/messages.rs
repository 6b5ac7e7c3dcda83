//! Input errors a person can act on: serde_json's and serde's messages translated, by pattern,
//! into Vietnamese and English, with no programming-language type names; Word smart quotes,
//! comments and trailing commas named as such; a missing field placed at its object's opening
//! brace with the fields the object allows. The texts are in the label table (`input.*` in
//! `core/data/labels/report.json`), so that a reviewer corrects them without reading Rust.

use crate::i18n::{Args, Text};

/// The input-error text `key` of the label table (`input.*` in `core/data/labels/report.json`).
fn label(key: &str) -> Text {
    crate::labels::say(key, &Args::new())
}
use serde_json::Value;

/// The byte offset serde_json's (line, column) points at: the last byte it read, clamped to the
/// text and moved back to a character boundary.
pub(super) fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match text[start..].find('\n') {
            Some(i) => start += i + 1,
            None => break,
        }
    }
    let mut o = (start + column.saturating_sub(1)).min(text.len());
    while o > 0 && !text.is_char_boundary(o) {
        o -= 1;
    }
    o
}

/// serde_json places some shape errors at the `}`, `]` or `,` after the value: move back onto
/// the value's last character.
pub(super) fn back_to_value(text: &str, offset: usize) -> usize {
    let b = text.as_bytes();
    let mut o = offset.min(b.len());
    if o < b.len() && matches!(b[o], b'}' | b']' | b',') {
        o = o.saturating_sub(1);
        while o > 0 && b[o].is_ascii_whitespace() {
            o -= 1;
        }
    }
    o
}

/// The 1-based line and character (not byte) column of a byte offset.
pub(super) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        1 + before.matches('\n').count(),
        1 + text[line_start..offset].chars().count(),
    )
}

/// A mistake people make when writing JSON by hand or in a word processor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slip {
    SmartDouble(char),
    SmartSingle(char),
    SingleQuote,
    LineComment,
    BlockComment,
    TrailingComma,
    /// A string opened with `"` whose closing quote is a smart quote.
    SmartClose(char),
}

/// The first slip outside strings (and the smart quote that ends a string too early), with its
/// byte offset.
fn first_slip(text: &str) -> Option<(usize, Slip)> {
    let b = text.as_bytes();
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        match c {
            '"' => {
                // Inside a string: a raw line break (not allowed in JSON) after a smart quote
                // means the smart quote was meant to close the string.
                let mut smart: Option<(usize, char)> = None;
                let mut escaped = false;
                loop {
                    match it.next() {
                        None => return smart.map(|(o, q)| (o, Slip::SmartClose(q))),
                        Some((_, '\\')) if !escaped => escaped = true,
                        Some((_, '"')) if !escaped => break,
                        Some((o, q @ ('”' | '“'))) => {
                            escaped = false;
                            smart = smart.or(Some((o, q)));
                        }
                        Some((_, '\n' | '\r')) => {
                            if let Some((o, q)) = smart {
                                return Some((o, Slip::SmartClose(q)));
                            }
                            escaped = false;
                        }
                        Some(_) => escaped = false,
                    }
                }
            }
            '“' | '”' | '„' | '‟' => return Some((i, Slip::SmartDouble(c))),
            '‘' | '’' => return Some((i, Slip::SmartSingle(c))),
            '\'' => return Some((i, Slip::SingleQuote)),
            '/' if b.get(i + 1) == Some(&b'/') => return Some((i, Slip::LineComment)),
            '/' if b.get(i + 1) == Some(&b'*') => return Some((i, Slip::BlockComment)),
            ',' => {
                let rest = text[i + 1..].trim_start();
                if rest.starts_with('}') || rest.starts_with(']') {
                    return Some((i, Slip::TrailingComma));
                }
            }
            _ => {}
        }
    }
    None
}

fn slip_text(slip: Slip) -> Text {
    match slip {
        Slip::SmartDouble(q) => crate::labels::say(
            "input.slip.smart-double",
            &Args::new().with("q", q.to_string()),
        ),
        Slip::SmartSingle(q) => crate::labels::say(
            "input.slip.smart-single",
            &Args::new().with("q", q.to_string()),
        ),
        Slip::SingleQuote => label("input.slip.single-quote"),
        Slip::LineComment => label("input.slip.line-comment"),
        Slip::BlockComment => label("input.slip.block-comment"),
        Slip::TrailingComma => label("input.slip.trailing-comma"),
        Slip::SmartClose(q) => crate::labels::say(
            "input.slip.smart-close",
            &Args::new().with("q", q.to_string()),
        ),
    }
}

/// A syntax error: a slip at or before where the parser stopped, else serde_json's message
/// translated. Returns the byte offset to report and the message.
pub(super) fn syntax(text: &str, message: &str, offset: usize) -> (usize, Text) {
    if let Some((at, slip)) = first_slip(text)
        && at <= offset
    {
        return (at, slip_text(slip));
    }
    (offset, syntax_message(message))
}

fn syntax_message(m: &str) -> Text {
    let key = if m.starts_with("EOF while parsing a list") {
        "input.syntax.eof-list"
    } else if m.starts_with("EOF while parsing an object") {
        "input.syntax.eof-object"
    } else if m.starts_with("EOF while parsing a string") {
        "input.syntax.eof-string"
    } else if m.starts_with("EOF while parsing") {
        "input.syntax.the-document-ends-too-early"
    } else if m.starts_with("expected `:`") {
        "input.syntax.a-colon-is-missing-between"
    } else if m.starts_with("expected `,` or `]`") {
        "input.syntax.comma-in-list"
    } else if m.starts_with("expected `,` or `}`") {
        "input.syntax.comma-in-object"
    } else if m.starts_with("expected ident") {
        "input.syntax.invalid-value-text-must-be"
    } else if m.starts_with("expected value") {
        "input.syntax.a-value-is-needed-here"
    } else if m.starts_with("key must be a string") {
        "input.syntax.a-field-name-must-be"
    } else if m.starts_with("invalid escape") {
        "input.syntax.invalid-character-after-to-write"
    } else if m.starts_with("invalid number") || m.starts_with("number out of range") {
        "input.syntax.invalid-number-write-the-digits"
    } else if m.starts_with("control character") {
        "input.syntax.a-string-contains-a-line"
    } else if m.contains("hex escape") || m.contains("unicode code point") {
        "input.syntax.invalid-u-escape-in-a"
    } else if m.starts_with("trailing characters") {
        return trailing();
    } else {
        return crate::labels::say("input.syntax.other", &Args::new().with("message", m));
    };
    label(key)
}

pub(super) fn trailing() -> Text {
    label("input.syntax.trailing-characters")
}

/// The schema node at a serde path (`components[0].auth`), following `$ref`s and the first
/// object branch of an `anyOf`/`oneOf`.
fn node_at<'a>(root: &'a Value, path: &str) -> Option<&'a Value> {
    let mut node = resolve(root, root)?;
    for seg in segments(path) {
        node = match seg {
            Seg::Field(f) => resolve(root, node.get("properties")?.get(f)?)?,
            Seg::Index => resolve(root, node.get("items")?)?,
        };
    }
    Some(node)
}

fn resolve<'a>(root: &'a Value, mut node: &'a Value) -> Option<&'a Value> {
    for _ in 0..16 {
        if let Some(r) = node.get("$ref").and_then(Value::as_str) {
            node = root.pointer(r.strip_prefix('#')?)?;
            continue;
        }
        if node.get("properties").is_some() || node.get("items").is_some() {
            return Some(node);
        }
        let branches = node
            .get("anyOf")
            .or_else(|| node.get("oneOf"))
            .and_then(Value::as_array)?;
        node = branches
            .iter()
            .find(|b| b.get("type") != Some(&Value::from("null")))?;
    }
    None
}

enum Seg<'a> {
    Field(&'a str),
    Index,
}

fn segments(path: &str) -> Vec<Seg<'_>> {
    let mut out = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (name, rest) = part.split_at(part.find('[').unwrap_or(part.len()));
        if !name.is_empty() {
            out.push(Seg::Field(name));
        }
        out.extend(rest.matches('[').map(|_| Seg::Index));
    }
    out
}

/// The fields an object at `path` allows, required ones first and marked.
fn allowed_fields(schema: &Value, path: &str) -> Option<(Vec<String>, Vec<String>)> {
    let node = node_at(schema, path)?;
    let props = node.get("properties")?.as_object()?;
    let required: Vec<String> = node
        .get("required")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    let optional = props
        .keys()
        .filter(|k| !required.contains(k))
        .cloned()
        .collect();
    Some((required, optional))
}

/// The opening `{` of the object whose closing `}` is at or before `offset`.
pub(super) fn object_start(text: &str, offset: usize) -> Option<usize> {
    let b = text.as_bytes();
    let close = text[..(offset + 1).min(text.len())].rfind('}')?;
    let (mut stack, mut i) = (Vec::new(), 0usize);
    while i < close {
        match b[i] {
            b'"' => {
                i += 1;
                while i < close && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'{' | b'[' => stack.push(i),
            b'}' | b']' => {
                stack.pop();
            }
            _ => {}
        }
        i += 1;
    }
    stack.pop().filter(|&s| b[s] == b'{')
}

/// A shape error (serde's data error) in both languages. `path` is serde's (`.` for the root);
/// `schema` is the document's JSON Schema, for the fields an object allows. Returns the message
/// and, for a missing field, that the location is the object's opening brace.
pub(super) fn data(message: &str, path: &str, schema: Option<&Value>) -> Text {
    if let Some(rest) = message.strip_prefix("missing field `") {
        let field = rest.split('`').next().unwrap_or(rest);
        let at = if path == "." { "" } else { path };
        let list = schema
            .and_then(|s| allowed_fields(s, at))
            .map(|(req, opt)| {
                let mut v: Vec<String> = req.iter().map(|f| format!("{f}*")).collect();
                v.extend(opt);
                v.join(", ")
            });
        let allowed = match list {
            Some(l) => {
                crate::labels::say("input.data.fields-allowed", &Args::new().with("fields", l))
            }
            None => Text::default(),
        };
        let args = Args::new().with("field", field).with("allowed", allowed);
        return crate::labels::say("input.data.missing-field", &args);
    }
    if let Some(rest) = message.strip_prefix("duplicate field `") {
        let field = rest.split('`').next().unwrap_or(rest);
        return crate::labels::say(
            "input.data.duplicate-field",
            &Args::new().with("field", field),
        );
    }
    if message.contains("is not a valid date") {
        let found = message.split('\'').nth(1).unwrap_or("");
        return crate::labels::say("input.data.invalid-date", &Args::new().with("found", found));
    }
    let parsed = message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "))
        .and_then(|r| r.rsplit_once(", expected "));
    let field = path
        .rsplit('.')
        .next()
        .map(|s| s.split('[').next().unwrap_or(s))
        .filter(|s| !s.is_empty())
        .unwrap_or("");
    let Some((found, expected)) = parsed else {
        return crate::labels::say(
            "input.data.wrong-form",
            &Args::new().with("message", message),
        );
    };
    let (evi, een) = expected_text(field, expected, path, schema);
    let (fvi, fen) = found_text(found);
    let subject = if field.is_empty() {
        label("input.data.the-document")
    } else {
        Text::from(format!("\"{field}\"").as_str())
    };
    let mut hint = Text::default();
    if let Some(s) = found
        .strip_prefix("string \"")
        .and_then(|s| s.strip_suffix('"'))
        && s.trim().parse::<f64>().is_ok()
        && (expected.starts_with('u') || expected.starts_with('i') || expected.starts_with('f'))
    {
        hint = crate::labels::say(
            "input.data.remove-quotes",
            &Args::new().with("value", s.trim()),
        );
    }
    let args = Args::new()
        .with("subject", subject)
        .with("expected", Text::new(evi, een))
        .with("found", Text::new(fvi, fen))
        .with("hint", hint);
    crate::labels::say("input.data.wrong-type", &args)
}

fn found_text(found: &str) -> (String, String) {
    let say = |key: &str, value: &str| {
        let t = crate::labels::say(key, &Args::new().with("value", value));
        (t.vi, t.en)
    };
    if let Some(s) = found.strip_prefix("string ") {
        return say("input.found.string", s);
    }
    for p in ["integer ", "floating point "] {
        if let Some(n) = found.strip_prefix(p) {
            return say("input.found.number", n.trim_matches('`'));
        }
    }
    if let Some(b) = found.strip_prefix("boolean ") {
        let b = b.trim_matches('`');
        return (b.to_string(), b.to_string());
    }
    match found {
        "null" => ("null".into(), "null".into()),
        "map" => {
            let t = label("input.found.object");
            (t.vi, t.en)
        }
        "sequence" => {
            let t = label("input.found.list");
            (t.vi, t.en)
        }
        other => (other.into(), other.into()),
    }
}

fn expected_text(
    field: &str,
    expected: &str,
    path: &str,
    schema: Option<&Value>,
) -> (String, String) {
    let s = |key: &str| {
        let t = label(key);
        (t.vi, t.en)
    };
    match (field, expected) {
        ("security_level", _) => s("input.expected.security-level"),
        ("start" | "end", "u16") => s("input.expected.must-be-a-year-a"),
        ("budget_vnd", _) => s("input.expected.must-be-an-amount-in"),
        (_, "struct YearSpan") => s("input.expected.must-look-like-start-2024"),
        (_, "u8") => s("input.expected.whole-number-u8"),
        (_, "u16") => s("input.expected.whole-number-u16"),
        (_, "u32" | "u64" | "usize" | "i32" | "i64") => s("input.expected.whole-number"),
        (_, "f32" | "f64") => s("input.expected.must-be-a-number-e"),
        (_, "a boolean") => s("input.expected.must-be-true-or-false"),
        (_, "a string" | "a borrowed string" | "string") => s("input.expected.must-be-a-string-in"),
        (_, "a sequence") => s("input.expected.must-be-a-list-in"),
        (_, e) if e.starts_with("a name") => s("input.expected.must-be-a-name-a"),
        (_, e) if e.starts_with("struct ") || e.starts_with("a map") => {
            let at = if path == "." { "" } else { path };
            match schema.and_then(|sc| allowed_fields(sc, at)) {
                Some((req, opt)) => {
                    let mut v: Vec<String> = req.iter().map(|f| format!("{f}*")).collect();
                    v.extend(opt);
                    let l = v.join(", ");
                    let t = crate::labels::say(
                        "input.expected.object-with-fields",
                        &Args::new().with("fields", l),
                    );
                    (t.vi, t.en)
                }
                None => s("input.expected.must-be-an-object"),
            }
        }
        _ => s("input.expected.has-the-wrong-form-see"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slips_are_found_outside_strings_only() {
        assert_eq!(
            first_slip("{\"a\": \"x // y\", // c\n}").map(|s| s.1),
            Some(Slip::LineComment)
        );
        assert_eq!(
            first_slip("{\"a\": [1, 2,\n ]}").map(|s| s.1),
            Some(Slip::TrailingComma)
        );
        assert_eq!(
            first_slip("{“a”: 1}").map(|s| s.1),
            Some(Slip::SmartDouble('“'))
        );
        assert_eq!(
            first_slip("{\"a\": \"b”,\n \"c\": 1}").map(|s| s.1),
            Some(Slip::SmartClose('”'))
        );
        assert_eq!(first_slip("{\"a\": \"Cổng “xã”\"}"), None);
    }

    #[test]
    fn columns_count_characters() {
        let t = "{\"tên\": “x”}";
        let o = t.find('“').unwrap_or(0);
        assert_eq!(line_column(t, o), (1, 9));
        assert_eq!(offset_of("a\nbc", 2, 2), 3);
        assert_eq!(object_start("{\"a\": {\"b\": \"}\"}}", 15), Some(6));
    }

    #[test]
    fn no_type_names_in_messages() {
        for (m, p) in [
            (
                "invalid type: string \"cao\", expected u8",
                "components[0].security_level",
            ),
            (
                "invalid type: string \"2024\", expected struct YearSpan",
                "phase",
            ),
            ("invalid value: integer `300`, expected u8", "elements[0].x"),
            ("invalid type: integer `7`, expected a string", "id"),
        ] {
            let t = data(m, p, None);
            for bad in ["u8", "struct", "YearSpan", "expected"] {
                assert!(!t.vi.contains(bad) && !t.en.contains(bad), "{t:?}");
            }
        }
    }
}
