//! Documents given from JavaScript: JSON text (`string`), UTF-8 bytes (`Uint8Array`: very large
//! models exceed what a JS string can hold), or a plain object (serialised with `JSON.stringify`).

use crate::errors::{JsResult, argument, coded};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

pub struct Input {
    pub bytes: Vec<u8>,
    pub name: String,
}

pub fn read(v: &JsValue, what: &str) -> JsResult<Input> {
    if let Some(s) = v.as_string() {
        return Ok(Input {
            bytes: s.into_bytes(),
            name: format!("<{what} string>"),
        });
    }
    if let Some(a) = v.dyn_ref::<js_sys::Uint8Array>() {
        return Ok(Input {
            bytes: a.to_vec(),
            name: format!("<{what} bytes>"),
        });
    }
    if v.is_object() && !v.is_function() {
        let text = js_sys::JSON::stringify(v).map_err(|e| {
            if e.is_instance_of::<js_sys::RangeError>() {
                coded(
                    "limit",
                    &format!("<{what} object>: nesting depth exceeds what can be serialised"),
                )
            } else {
                coded(
                    "schema",
                    &format!("<{what} object>: not JSON data (a cycle or a BigInt?)"),
                )
            }
        })?;
        let text = text.as_string().unwrap_or_default();
        return Ok(Input {
            bytes: text.into_bytes(),
            name: format!("<{what} object>"),
        });
    }
    Err(argument(&format!(
        "{what} must be JSON text, a Uint8Array of UTF-8 or a plain object"
    )))
}

/// Options read from an options object (`{asOf, rulepacks}`), all optional.
pub struct Options {
    pub as_of: Option<kientruc::Date>,
    pub rulepacks: Vec<JsValue>,
}

pub fn options(v: &JsValue) -> JsResult<Options> {
    let mut o = Options {
        as_of: None,
        rulepacks: Vec::new(),
    };
    if v.is_undefined() || v.is_null() {
        return Ok(o);
    }
    if !v.is_object() {
        return Err(argument("options must be an object"));
    }
    let get =
        |k: &str| js_sys::Reflect::get(v, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED);
    let as_of = get("asOf");
    if !as_of.is_undefined() && !as_of.is_null() {
        let s = as_of
            .as_string()
            .ok_or_else(|| argument("asOf must be a 'YYYY-MM-DD' string"))?;
        o.as_of = Some(kientruc::Date::parse(&s).ok_or_else(|| {
            argument(&format!(
                "asOf '{s}' is not a valid date; expected YYYY-MM-DD"
            ))
        })?);
    }
    let packs = get("rulepacks");
    if !packs.is_undefined() && !packs.is_null() {
        let arr = packs
            .dyn_into::<js_sys::Array>()
            .map_err(|_| argument("rulepacks must be an array"))?;
        o.rulepacks = arr.iter().collect();
    }
    Ok(o)
}
