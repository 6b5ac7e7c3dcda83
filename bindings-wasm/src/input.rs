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

/// The reports of a batch: `Report` objects of this package (read through their `toJson`), or
/// `report/1` documents (JSON text, UTF-8 bytes or plain objects).
pub fn reports(v: &JsValue) -> JsResult<Vec<kientruc::Report>> {
    if !js_sys::Array::is_array(v) {
        return Err(argument("reports must be an array"));
    }
    let mut out = Vec::new();
    for item in js_sys::Array::from(v).iter() {
        let to_json = if item.is_object() {
            js_sys::Reflect::get(&item, &JsValue::from_str("toJson")).unwrap_or(JsValue::UNDEFINED)
        } else {
            JsValue::UNDEFINED
        };
        let text = match to_json.dyn_ref::<js_sys::Function>() {
            Some(f) => f
                .call0(&item)?
                .as_string()
                .ok_or_else(|| argument("a report's toJson() did not return text"))?,
            None => {
                let i = read(&item, "report")?;
                String::from_utf8(i.bytes)
                    .map_err(|_| coded("encoding", "<report bytes>: not UTF-8"))?
            }
        };
        out.push(kientruc::report::from_json(&text).map_err(crate::errors::to_js)?);
    }
    Ok(out)
}
