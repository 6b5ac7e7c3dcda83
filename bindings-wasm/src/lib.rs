//! The WebAssembly face of kientruc: a thin layer over the core for browsers and Node. Documents
//! map in `input.rs`, options objects in `options.rs`, errors in `errors.rs` (once), types in
//! `baseline.rs` and `report.rs`.

mod baseline;
mod errors;
mod form;
mod input;
mod options;
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
  /** In a report with input problems: the finding is about a subject whose document has one, so
   * it may only be a consequence of it. */
  consequence?: boolean;
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
/** A rule: its texts are templates with `{name}` placeholders. A rule that reports one situation
 * has `message` (and `suggestion`); one that reports several has `messages` by situation (and
 * `suggestions` by key), with `phrases` the parts of them that depend on the language. */
export interface RuleInfo { id: string; severity: "error" | "warning" | "info"; applies_to: string; title: Text; message: Text; suggestion: Text; messages?: Record<string, Text>; suggestions?: Record<string, Text>; phrases?: Record<string, Text>; basis: Basis; /** Absent: a justification may excuse it. */ waivable?: false; not_waivable_because?: Text; /** When the rule is in force; absent: always. */ effective?: { from?: string; to?: string }; /** A finding of it is an input problem (level `not-assessed`). */ input_problem?: true }
/** Options of `rules`: only the rules in force on `asOf` (with the citations in force then), then
 * the rules of the `rulepacks`, read under `limits`. */
export interface RulesOptions extends LoadOptions { asOf?: string; rulepacks?: DocumentInput[] }
/** A document: JSON text, UTF-8 bytes, or a plain object. */
export type DocumentInput = string | Uint8Array | object;
/** The name of an input limit: the names an over-limit error ("max_bytes exceeds the limit of …")
 * and the CLI's `--limit NAME=N` use. */
export type LimitName = "max_bytes" | "max_depth" | "max_string_bytes" | "max_elements" | "max_relations" | "max_components";
/** Input limits to set (the others keep their defaults, SECURITY.md): whole numbers. */
export type Limits = Partial<Record<LimitName, number>>;
/** Options of every call that reads a document: its input limits. */
export interface LoadOptions { limits?: Limits }
/** Options of a check: the date, the province's rule packs (`rulepack/1`, whose project rules
 * apply), the appraiser's acceptance (`acceptance/1`) of the proposal's justifications, one
 * document or several, and the input limits (which apply to these documents too). */
export interface CheckOptions extends LoadOptions { asOf?: string; rulepacks?: DocumentInput[]; accept?: DocumentInput | DocumentInput[] }
/** Options of the top-level `check`: those of `CheckOptions` and the baseline, a built-in or
 * family name (`quang-ngai`); without it the project's own `baseline`, else the one in force on
 * the check date. */
export interface ChosenCheckOptions extends CheckOptions { baseline?: string }
/** Options of a model validation: the date and rule packs (their model rules apply). */
export interface ValidateOptions extends LoadOptions { asOf?: string; rulepacks?: DocumentInput[] }
/** Options of the overall diagram: a project to draw in, the format (default "svg"), the language. */
export interface DiagramOptions extends LoadOptions { project?: DocumentInput; format?: "svg" | "dot" | "mermaid"; lang?: Lang; /** The date drawn (units abolished by then are left out); default: the project's check date. */ asOf?: string }
/** A compliance level with its display name in both languages, as every report prints it. */
export interface LevelInfo { id: Level; name: Text }
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
    let o = options::options(&opts)?;
    let p = o.project(&project)?;
    kientruc::api::check_project(&p, &o.check())
        .map(Report::new)
        .map_err(to_js)
}

/// Validates an architecture model (`model/1`) against its framework, as of `opts.asOf`, with the
/// model rules of `opts.rulepacks`, under `opts.limits`.
#[wasm_bindgen(js_name = validateModel)]
pub fn validate_model(
    #[wasm_bindgen(unchecked_param_type = "DocumentInput")] model: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ValidateOptions")] opts: JsValue,
) -> JsResult<Report> {
    let o = options::options(&opts)?;
    let input = input::read(&model, "model")?;
    kientruc::api::validate_model_json(&input.bytes, &input.name, &o.validate())
        .map(Report::new)
        .map_err(to_js)
}

/// Imports an ArchiMate Model Exchange File (text or UTF-8 bytes) as a `model/1` object, under
/// `opts.limits` (`max_bytes`, `max_elements`, `max_relations`).
#[wasm_bindgen(js_name = importArchimate)]
pub fn import_archimate(
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array")] xml: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "LoadOptions")] opts: JsValue,
) -> JsResult<JsValue> {
    let o = options::options(&opts)?;
    let i = input::read(&xml, "archimate")?;
    let x = kientruc::archimate::parse_with(&i.bytes, &i.name, &o.limits).map_err(to_js)?;
    report::json_value(&kientruc::archimate::to_model(&x))
}

/// Exports a `model/1` document, read under `opts.limits`, as an ArchiMate Model Exchange File.
#[wasm_bindgen(js_name = exportArchimate)]
pub fn export_archimate(
    #[wasm_bindgen(unchecked_param_type = "DocumentInput")] model: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "LoadOptions")] opts: JsValue,
) -> JsResult<String> {
    let o = options::options(&opts)?;
    let i = input::read(&model, "model")?;
    let m = kientruc::Model::from_json_with(&i.bytes, &i.name, &o.limits).map_err(to_js)?;
    Ok(kientruc::archimate::to_xml(m.doc()))
}

/// Every compliance level with its display name in both languages, in the core's order.
#[wasm_bindgen(unchecked_return_type = "LevelInfo[]")]
pub fn levels() -> JsResult<JsValue> {
    let list: Vec<serde_json::Value> = kientruc::Level::ALL
        .iter()
        .map(|l| serde_json::json!({"id": l.id(), "name": l.name()}))
        .collect();
    report::json_value(&list)
}

/// The display name of a level (its stable id, as `report.level` gives it) in `lang`, as every
/// report prints it.
#[wasm_bindgen(js_name = levelName)]
pub fn level_name(
    #[wasm_bindgen(unchecked_param_type = "Level")] level: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Lang")] language: Option<String>,
) -> JsResult<String> {
    let id = level.as_string().unwrap_or_default();
    let l = kientruc::Level::from_id(&id).ok_or_else(|| {
        let ids: Vec<&str> = kientruc::Level::ALL.iter().map(|l| l.id()).collect();
        errors::argument(&format!(
            "unknown level {level:?}; levels: {}",
            ids.join(", ")
        ))
    })?;
    Ok(l.display(errors::lang(language)?))
}

/// The built-in rules (only those in force on `opts.asOf`, when given), then the rules of
/// `opts.rulepacks`, as plain objects.
#[wasm_bindgen(unchecked_return_type = "RuleInfo[]")]
pub fn rules(
    #[wasm_bindgen(unchecked_optional_param_type = "RulesOptions")] opts: JsValue,
) -> JsResult<JsValue> {
    let o = options::options(&opts)?;
    report::json_value(&kientruc::api::rules(o.as_of, &o.rulepacks))
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
