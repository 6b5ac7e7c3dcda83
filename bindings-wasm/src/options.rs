//! The options object the calls take — `{asOf, baseline, rulepacks, accept, limits}` for checks,
//! `{asOf, rulepacks, limits}` for validations, `{limits}` for loaders, `{project, format, lang,
//! limits}` for the diagram — read once, here, into core types. Limits are read first: the rule
//! packs, acceptances and project in the object are read under them. Keys a call does not use are
//! ignored, as JavaScript options objects are.

use crate::errors::{JsResult, argument, lang, to_js};
use crate::input::{Input, read};
use kientruc::Limits;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

#[derive(Default)]
pub struct Options {
    pub limits: Limits,
    pub as_of: Option<kientruc::Date>,
    /// A built-in or family baseline name (top-level `check` only).
    pub baseline: Option<String>,
    pub rulepacks: Vec<kientruc::RulePack>,
    /// The entries of the `acceptance/1` documents of `accept`.
    pub accepted: Vec<kientruc::acceptance::Acceptance>,
    /// The diagram's project, read under the limits.
    pub project: Option<kientruc::Project>,
    /// The diagram's format (default SVG).
    pub format: Option<kientruc::diagram::Format>,
    pub lang: kientruc::Lang,
}

impl Options {
    /// The core's check options.
    pub fn check(self) -> kientruc::CheckOptions {
        let mut o = kientruc::CheckOptions::new()
            .as_of(self.as_of)
            .limits(self.limits)
            .lang(self.lang);
        o.accepted = self.accepted;
        o.rulepacks = self.rulepacks;
        o.baseline = self.baseline;
        o
    }

    /// The core's validation options.
    pub fn validate(self) -> kientruc::ValidateOptions {
        let mut o = kientruc::ValidateOptions::new()
            .as_of(self.as_of)
            .limits(self.limits)
            .lang(self.lang);
        o.rulepacks = self.rulepacks;
        o
    }

    /// Reads a project document under the limits.
    pub fn project(&self, v: &JsValue) -> JsResult<kientruc::Project> {
        let Input { bytes, name } = read(v, "project")?;
        kientruc::Project::from_json_with(&bytes, &name, &self.limits).map_err(to_js)
    }
}

fn present(v: &JsValue) -> bool {
    !v.is_undefined() && !v.is_null()
}

/// One document or an array of them.
fn one_or_many(v: &JsValue) -> Vec<JsValue> {
    if js_sys::Array::is_array(v) {
        js_sys::Array::from(v).iter().collect()
    } else if present(v) {
        vec![v.clone()]
    } else {
        Vec::new()
    }
}

/// `limits`: an object whose keys are the core's limit names (`max_bytes`, `max_depth`, …: the
/// names an over-limit error gives) and whose values are whole numbers.
fn limits(v: &JsValue) -> JsResult<Limits> {
    let mut l = Limits::default();
    if !present(v) {
        return Ok(l);
    }
    let names = Limits::NAMES.join(", ");
    let obj = v
        .dyn_ref::<js_sys::Object>()
        .filter(|_| !js_sys::Array::is_array(v) && !v.is_function())
        .ok_or_else(|| {
            argument(&format!(
                "limits must be an object such as {{max_bytes: 1000000}}; limits: {names}"
            ))
        })?;
    for key in js_sys::Object::keys(obj).iter() {
        let k = key.as_string().unwrap_or_default();
        let n = js_sys::Reflect::get(v, &key)
            .ok()
            .and_then(|n| n.as_f64())
            .filter(|n| n.fract() == 0.0 && *n >= 0.0 && *n <= 9_007_199_254_740_991.0)
            .ok_or_else(|| argument(&format!("limits.{k} must be a whole number ≥ 0")))?;
        // A value past what a usize holds (wasm32) is no limit at all: `as` saturates.
        if !l.set(&k, n as usize) {
            return Err(argument(&format!("unknown limit '{k}'; limits: {names}")));
        }
    }
    Ok(l)
}

pub fn options(v: &JsValue) -> JsResult<Options> {
    let mut o = Options::default();
    if !present(v) {
        return Ok(o);
    }
    if !v.is_object() {
        return Err(argument("options must be an object"));
    }
    let get =
        |k: &str| js_sys::Reflect::get(v, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED);
    o.limits = limits(&get("limits"))?;
    let as_of = get("asOf");
    if present(&as_of) {
        let s = as_of
            .as_string()
            .ok_or_else(|| argument("asOf must be a 'YYYY-MM-DD' string"))?;
        o.as_of = Some(kientruc::Date::parse(&s).ok_or_else(|| {
            argument(&format!(
                "asOf '{s}' is not a valid date; expected YYYY-MM-DD"
            ))
        })?);
    }
    let baseline = get("baseline");
    if present(&baseline) {
        o.baseline = Some(
            baseline
                .as_string()
                .ok_or_else(|| argument("baseline must be a built-in baseline name"))?,
        );
    }
    let packs = get("rulepacks");
    if present(&packs) && !js_sys::Array::is_array(&packs) {
        return Err(argument("rulepacks must be an array"));
    }
    for p in one_or_many(&packs) {
        let Input { bytes, name } = read(&p, "rulepack")?;
        o.rulepacks
            .push(kientruc::RulePack::from_json_with(&bytes, &name, &o.limits).map_err(to_js)?);
    }
    for a in one_or_many(&get("accept")) {
        let Input { bytes, name } = read(&a, "acceptance")?;
        let doc = kientruc::acceptance::AcceptanceDoc::from_json_with(&bytes, &name, &o.limits)
            .map_err(to_js)?;
        o.accepted.extend(doc.accepted);
    }
    let project = get("project");
    if present(&project) {
        o.project = Some(o.project(&project)?);
    }
    let format = get("format");
    if present(&format) {
        o.format = Some(
            format
                .as_string()
                .and_then(|f| kientruc::diagram::Format::parse(&f))
                .ok_or_else(|| argument("format must be 'svg', 'dot' or 'mermaid'"))?,
        );
    }
    let l = get("lang");
    if present(&l) {
        o.lang = lang(Some(
            l.as_string()
                .ok_or_else(|| argument("lang must be 'vi' or 'en'"))?,
        ))?;
    }
    Ok(o)
}
