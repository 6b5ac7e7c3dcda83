//! `Baseline` for JavaScript.

use crate::errors::{JsResult, to_js};
use crate::input::read;
use crate::options::options;
use crate::report::Report;
use wasm_bindgen::prelude::*;

#[derive(Debug)]
#[wasm_bindgen]
pub struct Baseline {
    inner: kientruc::Baseline,
}

#[wasm_bindgen]
impl Baseline {
    /// The embedded default baseline, `quang-ngai-2.0`.
    #[wasm_bindgen(js_name = default)]
    pub fn default_builtin() -> JsResult<Baseline> {
        Self::builtin(kientruc::baseline::DEFAULT)
    }

    /// An embedded baseline by name.
    pub fn builtin(name: &str) -> JsResult<Baseline> {
        kientruc::Baseline::builtin(name)
            .map(|inner| Baseline { inner })
            .map_err(to_js)
    }

    /// A baseline from a `model/1` document: JSON text, UTF-8 bytes or a plain object; read under
    /// `opts.limits`.
    #[wasm_bindgen(js_name = fromJson)]
    pub fn from_json(
        #[wasm_bindgen(unchecked_param_type = "DocumentInput")] data: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "LoadOptions")] opts: JsValue,
    ) -> JsResult<Baseline> {
        let o = options(&opts)?;
        let i = read(&data, "baseline")?;
        kientruc::Baseline::from_json_with(&i.bytes, &i.name, &o.limits)
            .map(|inner| Baseline { inner })
            .map_err(to_js)
    }

    #[wasm_bindgen(getter)]
    pub fn id(&self) -> String {
        self.inner.id().to_string()
    }

    #[wasm_bindgen(getter)]
    pub fn framework(&self) -> String {
        self.inner.framework.id().to_string()
    }

    /// The baseline as a `model/1` JSON document (its export; `Baseline.fromJson` reads it back).
    #[wasm_bindgen(js_name = toJson)]
    pub fn to_json(&self) -> String {
        kientruc::model::to_json(self.inner.model.doc())
    }

    /// Checks a project: JSON text, UTF-8 bytes or a plain object. Options: `asOf`, `rulepacks`
    /// (the province's `rulepack/1` documents, whose project rules apply), `accept` (the
    /// appraiser's `acceptance/1` document or an array of them) and `limits`.
    pub fn check(
        &self,
        #[wasm_bindgen(unchecked_param_type = "DocumentInput")] project: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "CheckOptions")] opts: JsValue,
    ) -> JsResult<Report> {
        let o = options(&opts)?;
        let p = o.project(&project)?;
        Ok(Report::new(kientruc::check(&p, &self.inner, &o.check())))
    }

    /// Validates the baseline's own model, with `opts.asOf` and the model rules of
    /// `opts.rulepacks`.
    pub fn validate(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "ValidateOptions")] opts: JsValue,
    ) -> JsResult<Report> {
        let o = options(&opts)?;
        Ok(Report::new(kientruc::validate(
            &self.inner.model,
            &self.inner.framework,
            &o.validate(),
        )))
    }

    /// The overall diagram (sơ đồ tổng thể) of the baseline as text: `opts.format` "svg"
    /// (default), "dot" or "mermaid", in `opts.lang`; with `opts.project`, its components drawn in
    /// the layers their kinds place them and linked to what they map to.
    pub fn diagram(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "DiagramOptions")] opts: JsValue,
    ) -> JsResult<String> {
        let o = options(&opts)?;
        let d = kientruc::DiagramOptions::new()
            .format(o.format.unwrap_or_default())
            .lang(o.lang)
            .as_of(o.as_of);
        kientruc::api::diagram(Some(&self.inner), o.project.as_ref(), &d).map_err(to_js)
    }
}
