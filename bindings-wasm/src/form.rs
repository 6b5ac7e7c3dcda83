//! What the offline page's form needs beyond a check: the `project/1` form description (fields,
//! labels, vocabularies, pickers; `kientruc::form`), a built-in baseline's catalogue for the
//! pickers, the overall diagram with the project drawn in, and the printable dossier with that
//! diagram. Each function converts its inputs and returns the core's result, nothing more.

use crate::errors::{JsResult, lang, to_js};
use crate::report::json_value;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_FORM: &str = r#"
/** How a form field is edited. */
export type Widget = "hidden" | "text" | "name" | "date" | "integer" | "boolean" | "choice" | "choices" | "texts" | "object" | "list" | "json";
/** Where a field's values are picked from: `elements` of the baseline (only `kinds` when given),
 * `endpoints` (the project's components and the baseline's elements), the project's
 * `components`, the framework's `functions` and data `domains`, `masters` (master data), the
 * `standards` catalogue's rows, `rules`, built-in `baselines`, the report's `subjects`, or
 * `none`. `free`: other text may be typed; `value`: what a picked element writes. */
export interface Pick {
  source: "elements" | "endpoints" | "components" | "functions" | "domains" | "masters" | "standards" | "rules" | "baselines" | "subjects" | "none";
  kinds?: string[]; free?: boolean; value?: "id" | "name";
}
/** One field of a form type. */
export interface FormField {
  key: string; label: Text; help?: Text; widget: Widget; required: boolean;
  /** The vocabulary of a `choice` or `choices` field (see `Form.vocabularies`). */
  vocabulary?: string;
  /** The type of an `object` field or of a `list`'s items. */
  item?: string;
  pick?: Pick; min?: number; max?: number; advanced?: boolean; multiline?: boolean;
  /** An id made from field `from` (without diacritics, then `suffix`) until edited by hand. */
  auto?: { from: string; suffix?: string };
}
/** An object type of the document. */
export interface FormType { name: string; label?: Text; add?: Text; title?: string; fields: FormField[] }
/** A vocabulary's labels. */
export interface VocabularyLabels { name: string; field: string; label: Text; values: { id: string; vi: string; en: string; aliases?: string[] }[] }
/** The `project/1` form: types from the root (`root`) down, their vocabularies, and rule id →
 * the field keys a finding of the rule is about (first that exists). */
export interface Form { kind: string; root: string; types: FormType[]; vocabularies: VocabularyLabels[]; focus: Record<string, string[]> }
/** An entry of a catalogue. */
export interface CatalogueItem { id: string; name: Text }
/** An element of the baseline. */
export interface CatalogueElement {
  id: string; kind: string; kind_name: Text; name: Text; layer?: string; eid?: string;
  aliases?: string[]; valid_from?: string; valid_to?: string;
}
/** What the form's pickers offer for one baseline. */
export interface FormCatalogue {
  baseline: { id: string; name: Text; framework: string };
  baselines: CatalogueItem[];
  layers: CatalogueItem[];
  elements: CatalogueElement[];
  functions: (CatalogueItem & { kinds?: string[] })[];
  domains: CatalogueItem[];
  masters: (CatalogueItem & { holder: string })[];
  standards: { id: string; name: Text; implied_by?: string[]; standards: { name: string; status: "mandatory" | "recommended" | "mandatory-one-of" }[] }[];
  rules: { id: string; title: Text; waivable: boolean }[];
}
"#;

/// The `project/1` form: every field of the format with its widget, labels, vocabulary and
/// picker, derived from the JSON Schema (plain object).
#[wasm_bindgen(js_name = projectForm, unchecked_return_type = "Form")]
pub fn project_form() -> JsResult<JsValue> {
    json_value(&kientruc::form::project_form())
}

/// What the form's pickers offer for a built-in baseline (plain object).
#[wasm_bindgen(js_name = formCatalogue, unchecked_return_type = "FormCatalogue")]
pub fn form_catalogue(baseline: &str) -> JsResult<JsValue> {
    let b = kientruc::Baseline::builtin(baseline).map_err(to_js)?;
    json_value(&kientruc::form::catalogue(&b))
}

/// The overall diagram (SVG) of the baseline `check` uses for the project (same options), with
/// the project's components drawn in.
#[wasm_bindgen]
pub fn diagram(
    #[wasm_bindgen(unchecked_param_type = "DocumentInput")] project: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ChosenCheckOptions")] opts: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Lang")] language: Option<String>,
) -> JsResult<String> {
    let mut o = crate::options::options(&opts)?;
    let p = o.project(&project)?;
    let mut d = kientruc::DiagramOptions::new()
        .lang(lang(language)?)
        .limits(o.limits)
        .as_of(o.as_of);
    d.baseline = o.baseline.take();
    kientruc::api::diagram(None, Some(&p), &d).map_err(to_js)
}

/// The dossier report of a check (as `check` does it) as one printable HTML page, with the
/// overall diagram.
#[wasm_bindgen(js_name = dossierHtml)]
pub fn dossier_html(
    #[wasm_bindgen(unchecked_param_type = "DocumentInput")] project: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ChosenCheckOptions")] opts: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Lang")] language: Option<String>,
) -> JsResult<String> {
    let l = lang(language)?;
    let o = crate::options::options(&opts)?;
    let p = o.project(&project)?;
    let check = o.check().lang(l);
    let mut batch = kientruc::api::Batch::new().with_diagrams(true);
    batch.check(&p, None, &check).map_err(to_js)?;
    Ok(batch.render(kientruc::Format::Html, l, false))
}
