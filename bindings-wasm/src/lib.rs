//! The WebAssembly face of kientruc: a thin layer over the core for browsers and Node. Inputs
//! map in `input.rs`, errors in `errors.rs` (once), types in `baseline.rs` and `report.rs`.

mod baseline;
mod errors;
mod input;
mod report;

pub use baseline::Baseline;
pub use report::Report;

use errors::{JsResult, to_js};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = r#"
/** A compliance level's stable id. */
export type Level = "not-assessed" | "non-conformant" | "irrelevant" | "fully-conformant" | "conformant" | "compliant" | "consistent";
/** A display language; Vietnamese is the default. */
export type Lang = "vi" | "en";
/** Text in both languages. */
export interface Text { vi: string; en: string }
/** One instrument a rule cites, with the period it is in force. */
export interface Citation { instrument: string; article?: string; status: "verified" | "secondary"; effective?: { from?: string; to?: string } }
/** The legal or methodological basis of a rule: the citations in force on the check date, joined, and the list (`cites`). */
export interface Basis { instrument: string; article?: string; status: "verified" | "secondary"; effective?: { from?: string; to?: string }; cites?: Citation[] }
/** One finding of a report (plain object). */
export interface Finding {
  rule: string;
  severity: "error" | "warning" | "info";
  outcome: "pass" | "fail" | "review" | "not-applicable" | "accepted";
  subject: string;
  message: Text;
  basis: Basis;
  suggestion: Text;
  /** The proposal's justification (giải trình) of this finding, when it has one. */
  waiver?: Waiver;
}
/** A finding's justification: the proposal's reason, the outcome before it, and the appraiser's
 * acceptance once an `acceptance/1` document accepts it (the finding's outcome is then "accepted"). */
export interface Waiver {
  reason: string;
  outcome: "fail" | "review";
  accepted?: { by: string; date: string; note?: string };
}
/** Report totals. */
export interface Counts {
  error: number; warning: number; info: number; pass: number; fail: number; review: number;
  not_applicable: number; suppressed: number; waived: number; accepted: number; extras: number;
}
/** One row of a batch summary (`portfolio`). */
export interface PortfolioRow {
  id: string; name: string; owner: string | null; budget_vnd: number | null; level: Level | null;
  errors: number; review: number;
}
/** A report of a batch: a `Report` of this package or a `report/1` document. */
export type ReportInput = Report | DocumentInput;
/** A rule of the built-in catalogue. */
export interface RuleInfo { id: string; severity: "error" | "warning" | "info"; applies_to: string; title: Text; message: Text; suggestion: Text; basis: Basis }
/** A document: JSON text, UTF-8 bytes, or a plain object. */
export type DocumentInput = string | Uint8Array | object;
/** Options of a check: the date, and the appraiser's acceptance (`acceptance/1`) of the
 * proposal's justifications, one document or several. */
export interface CheckOptions { asOf?: string; accept?: DocumentInput | DocumentInput[] }
/** Options of the top-level `check`: those of `CheckOptions` and the baseline, a built-in or
 * family name (`quang-ngai`); without it the project's own `baseline`, else the one in force on
 * the check date. */
export interface ChosenCheckOptions extends CheckOptions { baseline?: string }
/** Options of a model validation. */
export interface ValidateOptions { asOf?: string; rulepacks?: DocumentInput[] }
/** The error every function throws: `name` is "KientrucError", `code` one of
 * "parse" | "encoding" | "schema" | "limit" | "unknown-baseline" | "io" | "argument". */
export interface KientrucError extends Error { code: string; line?: number; column?: number; path?: string }
"#;

/// Names of the embedded baselines.
#[wasm_bindgen(js_name = builtinBaselines, unchecked_return_type = "string[]")]
pub fn builtin_baselines() -> JsValue {
    let arr = js_sys::Array::new();
    for n in kientruc::Baseline::builtin_names() {
        arr.push(&JsValue::from_str(n));
    }
    arr.into()
}

/// Checks a project against the baseline the library chooses: `opts.baseline` (a built-in or
/// family name), else the project's own `baseline` field, else the one in force on the check date.
/// The report's `baselineChoice` says which and why.
#[wasm_bindgen]
pub fn check(
    #[wasm_bindgen(unchecked_param_type = "DocumentInput")] project: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ChosenCheckOptions")] opts: JsValue,
) -> JsResult<Report> {
    let i = input::read(&project, "project")?;
    let o = input::options(&opts)?;
    let p = kientruc::Project::from_json(&i.bytes, &i.name).map_err(to_js)?;
    let mut co = kientruc::CheckOptions::new().as_of(o.as_of);
    co.accepted = input::accepted(&o.accept)?;
    co.baseline = o.baseline;
    kientruc::api::check_project(&p, &co)
        .map(Report::new)
        .map_err(to_js)
}

/// Validates an architecture model (`model/1`) against its framework and optional rule packs.
#[wasm_bindgen(js_name = validateModel)]
pub fn validate_model(
    #[wasm_bindgen(unchecked_param_type = "DocumentInput")] model: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ValidateOptions")] options: JsValue,
) -> JsResult<Report> {
    let input = input::read(&model, "model")?;
    let opts = input::options(&options)?;
    let m = kientruc::Model::from_json(&input.bytes, &input.name).map_err(to_js)?;
    let fw = kientruc::Framework::builtin(&m.doc().framework).map_err(to_js)?;
    let mut vo = kientruc::ValidateOptions::new().as_of(opts.as_of);
    for p in opts.rulepacks {
        let i = input::read(&p, "rulepack")?;
        vo = vo.rulepack(kientruc::RulePack::from_json(&i.bytes, &i.name).map_err(to_js)?);
    }
    let r = kientruc::validate(&m, &fw, &vo);
    Ok(Report::new(r))
}

/// Imports an ArchiMate Model Exchange File (text or UTF-8 bytes) as a `model/1` object.
#[wasm_bindgen(js_name = importArchimate)]
pub fn import_archimate(
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array")] xml: JsValue,
) -> JsResult<JsValue> {
    let i = input::read(&xml, "archimate")?;
    let x = kientruc::archimate::parse(&i.bytes, &i.name).map_err(to_js)?;
    report::json_value(&kientruc::archimate::to_model(&x))
}

/// Exports a `model/1` document as an ArchiMate Model Exchange File.
#[wasm_bindgen(js_name = exportArchimate)]
pub fn export_archimate(
    #[wasm_bindgen(unchecked_param_type = "DocumentInput")] model: JsValue,
) -> JsResult<String> {
    let i = input::read(&model, "model")?;
    let m = kientruc::Model::from_json(&i.bytes, &i.name).map_err(to_js)?;
    Ok(kientruc::archimate::to_xml(m.doc()))
}

/// Every built-in rule, as plain objects.
#[wasm_bindgen(unchecked_return_type = "RuleInfo[]")]
pub fn rules() -> JsResult<JsValue> {
    report::json_value(&kientruc::rules::builtin())
}

/// The JSON Schema of a document kind, as a plain object.
#[wasm_bindgen]
pub fn schema(name: &str) -> JsResult<JsValue> {
    let text = kientruc::schema::schema(name).ok_or_else(|| {
        errors::argument(&format!(
            "unknown schema '{name}'; known: {}",
            kientruc::schema::NAMES.join(", ")
        ))
    })?;
    js_sys::JSON::parse(&text).map_err(|_| errors::argument("schema is not JSON"))
}

/// The batch summary of several reports, one row per report in order (id, name, owner,
/// budget_vnd, level, errors, review), as plain objects.
#[wasm_bindgen(unchecked_return_type = "PortfolioRow[]")]
pub fn portfolio(
    #[wasm_bindgen(unchecked_param_type = "ReportInput[]")] reports: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Lang")] language: Option<String>,
) -> JsResult<JsValue> {
    let reports = input::reports(&reports)?;
    let rows = kientruc::report::portfolio::summary(&reports, &[], errors::lang(language)?);
    report::json_value(&rows)
}

/// The batch summary as CSV (RFC 4180, with a header line).
#[wasm_bindgen(js_name = toCsv)]
pub fn to_csv(
    #[wasm_bindgen(unchecked_param_type = "ReportInput[]")] reports: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Lang")] language: Option<String>,
) -> JsResult<String> {
    let reports = input::reports(&reports)?;
    Ok(kientruc::report::to_csv(
        &reports,
        &[],
        errors::lang(language)?,
    ))
}

/// The library version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
