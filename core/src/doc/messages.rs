//! Input errors a person can act on: serde_json's and serde's messages translated, by pattern,
//! into Vietnamese and English, with no programming-language type names; Word smart quotes,
//! comments and trailing commas named as such; a missing field placed at its object's opening
//! brace with the fields the object allows.

use crate::i18n::Text;
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
        Slip::SmartDouble(q) => Text::new(
            format!(
                "dấu nháy kép kiểu Word {q} được dùng làm dấu nháy của JSON; thay mọi dấu “ ” bằng dấu nháy thẳng \" (hãy soạn tệp bằng trình soạn thảo văn bản thuần như Notepad hoặc VS Code, hoặc tắt chức năng tự động đổi dấu nháy)"
            ),
            format!(
                "a Word smart quote {q} is used as a JSON quote; replace every “ ” by the straight quote \" (edit the file in a plain-text editor such as Notepad or VS Code, or turn off automatic smart quotes)"
            ),
        ),
        Slip::SmartSingle(q) => Text::new(
            format!(
                "dấu nháy đơn kiểu Word {q} được dùng làm dấu nháy của JSON; JSON chỉ dùng dấu nháy kép thẳng \", ví dụ \"id\": \"website\""
            ),
            format!(
                "a Word smart single quote {q} is used as a JSON quote; JSON uses only the straight double quote \", e.g. \"id\": \"website\""
            ),
        ),
        Slip::SingleQuote => Text::new(
            "dấu nháy đơn ' được dùng làm dấu nháy của JSON; JSON chỉ dùng dấu nháy kép \", ví dụ \"id\": \"website\"",
            "a single quote ' is used as a JSON quote; JSON uses only double quotes \", e.g. \"id\": \"website\"",
        ),
        Slip::LineComment => Text::new(
            "chú thích // không được phép trong JSON; xóa chú thích, hoặc ghi nó thành một trường \"$comment\": \"...\" (kientruc bỏ qua các trường này)",
            "a // comment is not allowed in JSON; delete it, or write it as a field \"$comment\": \"...\" (kientruc ignores these)",
        ),
        Slip::BlockComment => Text::new(
            "chú thích /* ... */ không được phép trong JSON; xóa chú thích, hoặc ghi nó thành một trường \"$comment\": \"...\" (kientruc bỏ qua các trường này)",
            "a /* ... */ comment is not allowed in JSON; delete it, or write it as a field \"$comment\": \"...\" (kientruc ignores these)",
        ),
        Slip::TrailingComma => Text::new(
            "dấu phẩy thừa: sau phần tử cuối cùng của đối tượng { } hoặc danh sách [ ] không được có dấu phẩy; xóa dấu phẩy này",
            "trailing comma: the last member of an object { } or list [ ] must not be followed by a comma; delete this comma",
        ),
        Slip::SmartClose(q) => Text::new(
            format!(
                "chuỗi mở bằng dấu nháy thẳng \" nhưng đóng bằng dấu nháy kiểu Word {q}; thay {q} bằng dấu nháy thẳng \""
            ),
            format!(
                "a string opened with a straight quote \" is closed with a Word smart quote {q}; replace {q} by the straight quote \""
            ),
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
    let (vi, en): (&str, &str) = if m.starts_with("EOF while parsing a list") {
        (
            "tài liệu kết thúc khi danh sách chưa đóng: thiếu dấu ]",
            "the document ends inside a list: a ] is missing",
        )
    } else if m.starts_with("EOF while parsing an object") {
        (
            "tài liệu kết thúc khi đối tượng chưa đóng: thiếu dấu }",
            "the document ends inside an object: a } is missing",
        )
    } else if m.starts_with("EOF while parsing a string") {
        (
            "tài liệu kết thúc khi chuỗi chưa đóng: thiếu dấu nháy kép \" đóng chuỗi",
            "the document ends inside a string: the closing double quote \" is missing",
        )
    } else if m.starts_with("EOF while parsing") {
        (
            "tài liệu kết thúc giữa chừng; kiểm tra các dấu đóng } ] và \"",
            "the document ends too early; check the closing } ] and \"",
        )
    } else if m.starts_with("expected `:`") {
        (
            "thiếu dấu hai chấm : giữa tên trường và giá trị, ví dụ \"id\": \"website\"",
            "a colon : is missing between the field name and its value, e.g. \"id\": \"website\"",
        )
    } else if m.starts_with("expected `,` or `]`") {
        (
            "thiếu dấu phẩy , giữa hai phần tử của danh sách, hoặc thiếu dấu ] đóng danh sách",
            "a comma , is missing between two members of a list, or the closing ] is missing",
        )
    } else if m.starts_with("expected `,` or `}`") {
        (
            "thiếu dấu phẩy , giữa hai trường, hoặc thiếu dấu } đóng đối tượng",
            "a comma , is missing between two fields, or the closing } is missing",
        )
    } else if m.starts_with("expected ident") {
        (
            "giá trị không hợp lệ: chữ phải đặt trong dấu nháy kép \"...\"; chỉ true, false và null (chữ thường) được viết không có dấu nháy",
            "invalid value: text must be in double quotes \"...\"; only true, false and null (lower case) are written without quotes",
        )
    } else if m.starts_with("expected value") {
        (
            "cần một giá trị ở đây: chuỗi trong dấu nháy kép \"...\", số, true, false, null, đối tượng { } hoặc danh sách [ ]",
            "a value is needed here: a string in double quotes \"...\", a number, true, false, null, an object { } or a list [ ]",
        )
    } else if m.starts_with("key must be a string") {
        (
            "tên trường phải đặt trong dấu nháy kép, ví dụ \"id\"",
            "a field name must be in double quotes, e.g. \"id\"",
        )
    } else if m.starts_with("invalid escape") {
        (
            "ký tự sau dấu \\ không hợp lệ; muốn ghi dấu \\ (ví dụ trong đường dẫn Windows) hãy viết \\\\",
            "invalid character after \\; to write a backslash (e.g. in a Windows path) write \\\\",
        )
    } else if m.starts_with("invalid number") || m.starts_with("number out of range") {
        (
            "số không hợp lệ: viết chữ số liền nhau, không có dấu chấm hay dấu cách phân cách hàng nghìn, ví dụ 150000000",
            "invalid number: write the digits together, without thousands separators, e.g. 150000000",
        )
    } else if m.starts_with("control character") {
        (
            "chuỗi chứa ký tự xuống dòng hoặc ký tự điều khiển: một chuỗi phải nằm trên một dòng và đóng bằng dấu nháy kép \" (viết \\n để xuống dòng)",
            "a string contains a line break or control character: a string must stay on one line and end with a double quote \" (write \\n for a line break)",
        )
    } else if m.contains("hex escape") || m.contains("unicode code point") {
        (
            "mã \\u trong chuỗi không hợp lệ; ghi thẳng ký tự tiếng Việt thay cho mã \\u",
            "invalid \\u escape in a string; write the character itself instead",
        )
    } else if m.starts_with("trailing characters") {
        return trailing();
    } else {
        return Text::new(
            format!("lỗi cú pháp JSON: {m}"),
            format!("JSON syntax error: {m}"),
        );
    };
    Text::new(vi, en)
}

pub(super) fn trailing() -> Text {
    Text::new(
        "còn ký tự sau khi tài liệu JSON đã kết thúc: kiểm tra dấu } cuối cùng (có thể thừa một dấu }, hoặc hai tài liệu bị ghép vào một tệp)",
        "trailing characters after the JSON document: check the last } (there may be one } too many, or two documents in one file)",
    )
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
        let (lvi, len) = match list {
            Some(l) => (
                format!("; đối tượng này có thể có các trường (* là bắt buộc): {l}"),
                format!("; this object may have the fields (* = required): {l}"),
            ),
            None => (String::new(), String::new()),
        };
        return Text::new(
            format!("thiếu trường bắt buộc \"{field}\"{lvi}"),
            format!("the required field \"{field}\" is missing{len}"),
        );
    }
    if let Some(rest) = message.strip_prefix("duplicate field `") {
        let field = rest.split('`').next().unwrap_or(rest);
        return Text::new(
            format!("trường \"{field}\" được ghi hai lần trong cùng một đối tượng; giữ lại một"),
            format!("the field \"{field}\" is written twice in the same object; keep one"),
        );
    }
    if message.contains("is not a valid date") {
        let found = message.split('\'').nth(1).unwrap_or("");
        return Text::new(
            format!(
                "ngày \"{found}\" không hợp lệ; ngày phải có dạng NĂM-THÁNG-NGÀY, ví dụ \"2024-03-15\""
            ),
            format!(
                "\"{found}\" is not a valid date; write it as YEAR-MONTH-DAY, e.g. \"2024-03-15\""
            ),
        );
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
        return Text::new(
            format!("giá trị không đúng dạng ({message}); xem mẫu bằng lệnh: kientruc init"),
            format!("the value has the wrong form ({message}); see the template: kientruc init"),
        );
    };
    let (evi, een) = expected_text(field, expected, path, schema);
    let (fvi, fen) = found_text(found);
    let subject = if field.is_empty() {
        (String::from("tài liệu"), String::from("the document"))
    } else {
        (format!("\"{field}\""), format!("\"{field}\""))
    };
    let mut hint = (String::new(), String::new());
    if let Some(s) = found
        .strip_prefix("string \"")
        .and_then(|s| s.strip_suffix('"'))
        && s.trim().parse::<f64>().is_ok()
        && (expected.starts_with('u') || expected.starts_with('i') || expected.starts_with('f'))
    {
        hint = (
            format!("; bỏ dấu nháy: {}", s.trim()),
            format!("; remove the quotes: {}", s.trim()),
        );
    }
    Text::new(
        format!("{} {evi} (tài liệu ghi: {fvi}{})", subject.0, hint.0),
        format!("{} {een} (found: {fen}{})", subject.1, hint.1),
    )
}

fn found_text(found: &str) -> (String, String) {
    if let Some(s) = found.strip_prefix("string ") {
        return (format!("chuỗi {s}"), format!("the text {s}"));
    }
    for p in ["integer ", "floating point "] {
        if let Some(n) = found.strip_prefix(p) {
            let n = n.trim_matches('`');
            return (format!("số {n}"), format!("the number {n}"));
        }
    }
    if let Some(b) = found.strip_prefix("boolean ") {
        let b = b.trim_matches('`');
        return (b.to_string(), b.to_string());
    }
    match found {
        "null" => ("null".into(), "null".into()),
        "map" => ("một đối tượng { }".into(), "an object { }".into()),
        "sequence" => ("một danh sách [ ]".into(), "a list [ ]".into()),
        other => (other.into(), other.into()),
    }
}

fn expected_text(
    field: &str,
    expected: &str,
    path: &str,
    schema: Option<&Value>,
) -> (String, String) {
    let s = |a: &str, b: &str| (a.to_string(), b.to_string());
    match (field, expected) {
        ("security_level", _) => s(
            "phải là số nguyên từ 1 đến 5, ví dụ 3",
            "must be a whole number from 1 to 5, e.g. 3",
        ),
        ("start" | "end", "u16") => s(
            "phải là một năm (số nguyên), ví dụ 2024",
            "must be a year (a whole number), e.g. 2024",
        ),
        ("budget_vnd", _) => s(
            "phải là số tiền bằng đồng, số nguyên viết liền không có dấu phân cách, ví dụ 150000000",
            "must be an amount in dong, a whole number without separators, e.g. 150000000",
        ),
        (_, "struct YearSpan") => s(
            "phải có dạng {\"start\": 2024, \"end\": 2025}",
            "must look like {\"start\": 2024, \"end\": 2025}",
        ),
        (_, "u8") => s(
            "phải là số nguyên từ 0 đến 255",
            "must be a whole number from 0 to 255",
        ),
        (_, "u16") => s(
            "phải là số nguyên từ 0 đến 65535",
            "must be a whole number from 0 to 65535",
        ),
        (_, "u32" | "u64" | "usize" | "i32" | "i64") => s(
            "phải là số nguyên không âm, ví dụ 0",
            "must be a whole number, e.g. 0",
        ),
        (_, "f32" | "f64") => s("phải là một số, ví dụ 1.5", "must be a number, e.g. 1.5"),
        (_, "a boolean") => s(
            "phải là true hoặc false (không có dấu nháy)",
            "must be true or false (without quotes)",
        ),
        (_, "a string" | "a borrowed string" | "string") => s(
            "phải là một chuỗi trong dấu nháy kép, ví dụ \"website\"",
            "must be a string in double quotes, e.g. \"website\"",
        ),
        (_, "a sequence") => s(
            "phải là một danh sách trong ngoặc vuông, ví dụ [\"a\", \"b\"] (có thể rỗng: [])",
            "must be a list in square brackets, e.g. [\"a\", \"b\"] (or empty: [])",
        ),
        (_, e) if e.starts_with("a name") => s(
            "phải là một tên: chuỗi \"...\", hoặc {\"vi\": \"...\", \"en\": \"...\"}",
            "must be a name: a string \"...\", or {\"vi\": \"...\", \"en\": \"...\"}",
        ),
        (_, e) if e.starts_with("struct ") || e.starts_with("a map") => {
            let at = if path == "." { "" } else { path };
            match schema.and_then(|sc| allowed_fields(sc, at)) {
                Some((req, opt)) => {
                    let mut v: Vec<String> = req.iter().map(|f| format!("{f}*")).collect();
                    v.extend(opt);
                    let l = v.join(", ");
                    (
                        format!("phải là một đối tượng {{ }} với các trường (* là bắt buộc): {l}"),
                        format!("must be an object {{ }} with the fields (* = required): {l}"),
                    )
                }
                None => s("phải là một đối tượng { }", "must be an object { }"),
            }
        }
        _ => s(
            "không đúng dạng; xem mẫu bằng lệnh: kientruc init",
            "has the wrong form; see the template: kientruc init",
        ),
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
