//! `Baseline` for JavaScript.

use crate::errors::{JsResult, to_js};
use crate::input::{accepted, options, read};
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

    /// A baseline from a `model/1` document: JSON text, UTF-8 bytes or a plain object.
    #[wasm_bindgen(js_name = fromJson)]
    pub fn from_json(
        #[wasm_bindgen(unchecked_param_type = "DocumentInput")] data: JsValue,
    ) -> JsResult<Baseline> {
        let i = read(&data, "baseline")?;
        kientruc::Baseline::from_json(&i.bytes, &i.name)
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

    /// Checks a project: JSON text, UTF-8 bytes or a plain object. `opts.accept` is the
    /// appraiser's `acceptance/1` document (same forms) or an array of them.
    pub fn check(
        &self,
        #[wasm_bindgen(unchecked_param_type = "DocumentInput")] project: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "CheckOptions")] opts: JsValue,
    ) -> JsResult<Report> {
        let i = read(&project, "project")?;
        let o = options(&opts)?;
        let p = kientruc::Project::from_json(&i.bytes, &i.name).map_err(to_js)?;
        Ok(Report::new(kientruc::check(&p, &self.inner, &{
            let mut co = kientruc::CheckOptions::new().as_of(o.as_of);
            co.accepted = accepted(&o.accept)?;
            co
        })))
    }

    /// Validates the baseline's own model.
    pub fn validate(&self) -> Report {
        Report::new(kientruc::validate(
            &self.inner.model,
            &self.inner.framework,
            &Default::default(),
        ))
    }
}
