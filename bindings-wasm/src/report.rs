//! `Report` for JavaScript: accessors return plain objects; renderers return strings.

use crate::errors::{JsResult, argument, lang};
use wasm_bindgen::prelude::*;

/// A serde value as a plain JS object, through JSON.
pub fn json_value<T: serde::Serialize + ?Sized>(v: &T) -> JsResult<JsValue> {
    let text = serde_json::to_string(v).map_err(|e| argument(&e.to_string()))?;
    js_sys::JSON::parse(&text).map_err(|_| argument("not JSON"))
}

#[derive(Debug)]
#[wasm_bindgen]
pub struct Report {
    inner: kientruc::Report,
}

impl Report {
    pub(crate) fn new(inner: kientruc::Report) -> Report {
        Report { inner }
    }
}

#[wasm_bindgen]
impl Report {
    /// The compliance level's stable id; `undefined` for a model validation.
    #[wasm_bindgen(getter, unchecked_return_type = "Level | undefined")]
    pub fn level(&self) -> JsValue {
        self.inner
            .level
            .map_or(JsValue::UNDEFINED, |l| JsValue::from_str(l.id()))
    }

    #[wasm_bindgen(getter)]
    pub fn subject(&self) -> String {
        self.inner.subject.id.clone()
    }

    /// The id of the baseline checked against; `undefined` for a model validation.
    #[wasm_bindgen(getter)]
    pub fn baseline(&self) -> Option<String> {
        self.inner.baseline.as_ref().map(|b| b.id.clone())
    }

    /// Why the library chose the baseline (top-level `check`), in both languages; `undefined`
    /// when the caller gave the baseline (`Baseline.check`) or for a model validation.
    #[wasm_bindgen(getter, js_name = baselineChoice, unchecked_return_type = "Text | undefined")]
    pub fn baseline_choice(&self) -> JsResult<JsValue> {
        match &self.inner.baseline_choice {
            Some(t) => json_value(t),
            None => Ok(JsValue::UNDEFINED),
        }
    }

    #[wasm_bindgen(getter, js_name = asOf)]
    pub fn as_of(&self) -> Option<String> {
        self.inner.as_of.map(|d| d.to_string())
    }

    #[wasm_bindgen(getter)]
    pub fn regime(&self) -> Option<String> {
        self.inner.regime.clone()
    }

    #[wasm_bindgen(getter, js_name = hasErrors)]
    pub fn has_errors(&self) -> bool {
        self.inner.has_errors()
    }

    #[wasm_bindgen(getter, unchecked_return_type = "Counts")]
    pub fn counts(&self) -> JsResult<JsValue> {
        json_value(&self.inner.counts)
    }

    #[wasm_bindgen(getter, unchecked_return_type = "Finding[]")]
    pub fn findings(&self) -> JsResult<JsValue> {
        json_value(&self.inner.findings)
    }

    /// Rule id → outcome.
    #[wasm_bindgen(
        getter,
        unchecked_return_type = "Record<string, \"pass\" | \"fail\" | \"review\" | \"not-applicable\" | \"accepted\">"
    )]
    pub fn outcomes(&self) -> JsResult<JsValue> {
        let map: serde_json::Map<String, serde_json::Value> = self
            .inner
            .outcomes
            .iter()
            .map(|o| (o.rule.clone(), serde_json::Value::from(o.outcome.as_str())))
            .collect();
        json_value(&map)
    }

    /// The `report/1` JSON text.
    #[wasm_bindgen(js_name = toJson)]
    pub fn to_json(&self) -> String {
        kientruc::report::to_json(&self.inner)
    }

    #[wasm_bindgen(js_name = toSarif)]
    pub fn to_sarif(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "Lang")] language: Option<String>,
    ) -> JsResult<String> {
        Ok(kientruc::report::to_sarif(
            std::slice::from_ref(&self.inner),
            lang(language)?,
        ))
    }

    #[wasm_bindgen(js_name = toMarkdown)]
    pub fn to_markdown(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "Lang")] language: Option<String>,
    ) -> JsResult<String> {
        Ok(kientruc::report::to_markdown(&self.inner, lang(language)?))
    }

    #[wasm_bindgen(js_name = toHtml)]
    pub fn to_html(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "Lang")] language: Option<String>,
    ) -> JsResult<String> {
        Ok(kientruc::report::to_html(&self.inner, lang(language)?))
    }

    #[wasm_bindgen(js_name = toText)]
    pub fn to_text(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "Lang")] language: Option<String>,
    ) -> JsResult<String> {
        let opts = kientruc::report::TextOptions {
            lang: lang(language)?,
            color: false,
        };
        Ok(kientruc::report::to_text(&self.inner, opts))
    }
}
