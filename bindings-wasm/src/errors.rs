//! The one place where the core's errors become JavaScript `Error` objects: `name` is
//! `KientrucError`, `code` the stable code, and `line`, `column`, `path` where they apply.

use wasm_bindgen::prelude::*;

pub type JsResult<T> = Result<T, JsValue>;

fn error(code: &str, message: &str, loc: Option<kientruc::error::Location>) -> JsValue {
    let e = js_sys::Error::new(message);
    e.set_name("KientrucError");
    let obj: &JsValue = e.as_ref();
    let set = |k: &str, v: JsValue| {
        // Setting a property on a fresh Error object cannot fail.
        let _ = js_sys::Reflect::set(obj, &JsValue::from_str(k), &v);
    };
    set("code", JsValue::from_str(code));
    if let Some(l) = loc {
        if let Some(line) = l.line {
            set("line", JsValue::from_f64(line as f64));
        }
        if let Some(col) = l.column {
            set("column", JsValue::from_f64(col as f64));
        }
        if let Some(p) = l.path {
            set("path", JsValue::from_str(&p));
        }
    }
    e.into()
}

/// Converts a core error.
pub fn to_js(e: kientruc::Error) -> JsValue {
    error(e.code(), &e.to_string(), e.location())
}

/// A bad argument (wrong type, unknown language, bad date): code `argument`.
pub fn argument(message: &str) -> JsValue {
    error("argument", message, None)
}

/// Builds an error with a core code but no core error behind it (e.g. a JS object too deep to
/// serialise is a `limit`).
pub fn coded(code: &str, message: &str) -> JsValue {
    error(code, message, None)
}

/// A `lang` argument: "vi" (default) or "en".
pub fn lang(l: Option<String>) -> JsResult<kientruc::Lang> {
    match l.as_deref() {
        None => Ok(kientruc::Lang::Vi),
        Some(s) => kientruc::Lang::parse(s)
            .ok_or_else(|| argument(&format!("lang must be 'vi' or 'en', not '{s}'"))),
    }
}
