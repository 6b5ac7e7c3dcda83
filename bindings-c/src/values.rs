//! The enumerations of the C API: languages, report formats, finding and report fields, levels,
//! outcomes, limits and diagram formats. Each is a plain integer type with `KT_*` constants, never
//! a Rust enum: C and C# can pass any integer, and a value out of range must give
//! `KT_STATUS_INVALID_ARGUMENT`, not undefined behaviour. The `*_arg` functions check a value on
//! entry; they are the only place an integer becomes a core type.

use crate::status::{Failure, invalid};
use kientruc::{Lang, Level, Outcome};

/// The language of the texts a function returns: `KT_LANG_VI` (Vietnamese, default) or
/// `KT_LANG_EN`.
pub type kt_lang = u32;
/// Vietnamese.
pub const KT_LANG_VI: kt_lang = 0;
/// English.
pub const KT_LANG_EN: kt_lang = 1;

pub(crate) fn lang_arg(l: kt_lang) -> Result<Lang, Failure> {
    match l {
        KT_LANG_VI => Ok(Lang::Vi),
        KT_LANG_EN => Ok(Lang::En),
        other => Err(invalid(format!(
            "unknown language {other}; use KT_LANG_VI or KT_LANG_EN"
        ))),
    }
}

/// A compliance level: one of the `KT_LEVEL_*` values. `KT_LEVEL_NONE` is the level of a model
/// validation.
pub type kt_level = u32;
pub const KT_LEVEL_NONE: kt_level = 0;
pub const KT_LEVEL_NON_CONFORMANT: kt_level = 1;
pub const KT_LEVEL_IRRELEVANT: kt_level = 2;
pub const KT_LEVEL_FULLY_CONFORMANT: kt_level = 3;
pub const KT_LEVEL_CONFORMANT: kt_level = 4;
pub const KT_LEVEL_COMPLIANT: kt_level = 5;
pub const KT_LEVEL_CONSISTENT: kt_level = 6;
/// The document has input problems: no architecture verdict.
pub const KT_LEVEL_NOT_ASSESSED: kt_level = 7;

/// The levels by value; index 0 (`KT_LEVEL_NONE`) is no level.
const LEVELS: [Option<Level>; 8] = [
    None,
    Some(Level::NonConformant),
    Some(Level::Irrelevant),
    Some(Level::FullyConformant),
    Some(Level::Conformant),
    Some(Level::Compliant),
    Some(Level::Consistent),
    Some(Level::NotAssessed),
];

/// A level given by the caller: `None` for `KT_LEVEL_NONE`.
pub(crate) fn level_arg(l: kt_level) -> Result<Option<Level>, Failure> {
    LEVELS.get(l as usize).copied().ok_or_else(|| {
        invalid(format!(
            "unknown level {l}; use a KT_LEVEL_* value (0 to {})",
            LEVELS.len() - 1
        ))
    })
}

/// The value of a level (`KT_LEVEL_NONE` for none).
pub(crate) fn level_value(l: Option<Level>) -> kt_level {
    LEVELS.iter().position(|x| *x == l).unwrap_or(0) as kt_level
}

/// A rule's outcome: one of the `KT_OUTCOME_*` values.
pub type kt_outcome = u32;
pub const KT_OUTCOME_PASS: kt_outcome = 0;
pub const KT_OUTCOME_FAIL: kt_outcome = 1;
pub const KT_OUTCOME_REVIEW: kt_outcome = 2;
pub const KT_OUTCOME_NOT_APPLICABLE: kt_outcome = 3;
/// A justified finding the appraiser accepted.
pub const KT_OUTCOME_ACCEPTED: kt_outcome = 4;

pub(crate) fn outcome_value(o: Outcome) -> kt_outcome {
    match o {
        Outcome::Pass => KT_OUTCOME_PASS,
        Outcome::Fail => KT_OUTCOME_FAIL,
        Outcome::Review => KT_OUTCOME_REVIEW,
        Outcome::NotApplicable => KT_OUTCOME_NOT_APPLICABLE,
        Outcome::Accepted => KT_OUTCOME_ACCEPTED,
    }
}

/// A report rendering: one of the `KT_FORMAT_*` values.
pub type kt_format = u32;
/// `report/1` JSON; for several reports (`kt_render_many`), an array of them with the portfolio
/// summary.
pub const KT_FORMAT_JSON: kt_format = 0;
/// SARIF 2.1.0.
pub const KT_FORMAT_SARIF: kt_format = 1;
pub const KT_FORMAT_MARKDOWN: kt_format = 2;
/// A self-contained HTML page.
pub const KT_FORMAT_HTML: kt_format = 3;
/// Plain text for a person to read.
pub const KT_FORMAT_TEXT: kt_format = 4;
/// The portfolio summary table as CSV (RFC 4180, with a header line): one row per report.
pub const KT_FORMAT_CSV: kt_format = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Json,
    Sarif,
    Markdown,
    Html,
    Text,
    Csv,
}

pub(crate) fn format_arg(f: kt_format) -> Result<Format, Failure> {
    Ok(match f {
        KT_FORMAT_JSON => Format::Json,
        KT_FORMAT_SARIF => Format::Sarif,
        KT_FORMAT_MARKDOWN => Format::Markdown,
        KT_FORMAT_HTML => Format::Html,
        KT_FORMAT_TEXT => Format::Text,
        KT_FORMAT_CSV => Format::Csv,
        other => {
            return Err(invalid(format!(
                "unknown format {other}; use a KT_FORMAT_* value (0 to {KT_FORMAT_CSV})"
            )));
        }
    })
}

/// A field of a finding, for `kt_report_finding_field`: one of the `KT_FIELD_*` values.
pub type kt_field = u32;
pub const KT_FIELD_RULE: kt_field = 0;
/// "error", "warning" or "info".
pub const KT_FIELD_SEVERITY: kt_field = 1;
/// "fail", "review" or "accepted".
pub const KT_FIELD_OUTCOME: kt_field = 2;
pub const KT_FIELD_SUBJECT: kt_field = 3;
pub const KT_FIELD_MESSAGE: kt_field = 4;
pub const KT_FIELD_SUGGESTION: kt_field = 5;
/// The basis as one line: instrument, article, "(secondary)" where it applies.
pub const KT_FIELD_BASIS: kt_field = 6;
/// The proposal's justification (giải trình) of the finding; "" when it has none.
pub const KT_FIELD_WAIVER_REASON: kt_field = 7;
/// The outcome the finding had before it was justified ("fail" or "review"); "" when it has no
/// justification.
pub const KT_FIELD_WAIVER_OUTCOME: kt_field = 8;
/// Who accepted the justification; "" when it is not accepted.
pub const KT_FIELD_ACCEPTED_BY: kt_field = 9;
/// When the justification was accepted (`YYYY-MM-DD`); "" when it is not accepted.
pub const KT_FIELD_ACCEPTED_DATE: kt_field = 10;

/// A finding field, by value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    Rule,
    Severity,
    Outcome,
    Subject,
    Message,
    Suggestion,
    Basis,
    WaiverReason,
    WaiverOutcome,
    AcceptedBy,
    AcceptedDate,
}

/// The fields in the order of their `KT_FIELD_*` values.
const FIELDS: [Field; 11] = [
    Field::Rule,
    Field::Severity,
    Field::Outcome,
    Field::Subject,
    Field::Message,
    Field::Suggestion,
    Field::Basis,
    Field::WaiverReason,
    Field::WaiverOutcome,
    Field::AcceptedBy,
    Field::AcceptedDate,
];

pub(crate) fn field_arg(f: kt_field) -> Result<Field, Failure> {
    FIELDS.get(f as usize).copied().ok_or_else(|| {
        invalid(format!(
            "unknown field {f}; use a KT_FIELD_* value (0 to {KT_FIELD_ACCEPTED_DATE})"
        ))
    })
}

/// A property of a report, for `kt_report_info`: one of the `KT_INFO_*` values. Each gives ""
/// where the report has none (a model validation has no baseline, date or regime).
pub type kt_info = u32;
/// The id of the project or model checked.
pub const KT_INFO_SUBJECT: kt_info = 0;
/// The name of the project or model, in the language asked for.
pub const KT_INFO_SUBJECT_NAME: kt_info = 1;
/// The id of the baseline checked against.
pub const KT_INFO_BASELINE: kt_info = 2;
/// The id of the framework the baseline or model follows.
pub const KT_INFO_FRAMEWORK: kt_info = 3;
/// The date the check was made as of (`YYYY-MM-DD`).
pub const KT_INFO_AS_OF: kt_info = 4;
/// The legal regime's stable id (see docs/checks.md).
pub const KT_INFO_REGIME: kt_info = 5;
/// The legal regime in full, in the language asked for.
pub const KT_INFO_REGIME_NAME: kt_info = 6;

/// A report property, by value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Info {
    Subject,
    SubjectName,
    Baseline,
    Framework,
    AsOf,
    Regime,
    RegimeName,
}

/// The properties in the order of their `KT_INFO_*` values.
const INFOS: [Info; 7] = [
    Info::Subject,
    Info::SubjectName,
    Info::Baseline,
    Info::Framework,
    Info::AsOf,
    Info::Regime,
    Info::RegimeName,
];

pub(crate) fn info_arg(i: kt_info) -> Result<Info, Failure> {
    INFOS.get(i as usize).copied().ok_or_else(|| {
        invalid(format!(
            "unknown report property {i}; use a KT_INFO_* value (0 to {KT_INFO_REGIME_NAME})"
        ))
    })
}

/// An input limit, for `kt_options_set_limit`: one of the `KT_LIMIT_*` values. Each is the limit
/// of the same name that the CLI sets with `--limit NAME=N` (SECURITY.md).
pub type kt_limit = u32;
/// Largest accepted document, in bytes.
pub const KT_LIMIT_MAX_BYTES: kt_limit = 0;
/// Deepest nesting of arrays and objects.
pub const KT_LIMIT_MAX_DEPTH: kt_limit = 1;
/// Longest string (key or value), in bytes as written.
pub const KT_LIMIT_MAX_STRING_BYTES: kt_limit = 2;
/// Most elements in a model.
pub const KT_LIMIT_MAX_ELEMENTS: kt_limit = 3;
/// Most relations in a model.
pub const KT_LIMIT_MAX_RELATIONS: kt_limit = 4;
/// Most components in a project.
pub const KT_LIMIT_MAX_COMPONENTS: kt_limit = 5;

/// The core's name of a limit (as `Limits::set` takes it).
pub(crate) fn limit_arg(l: kt_limit) -> Result<&'static str, Failure> {
    Ok(match l {
        KT_LIMIT_MAX_BYTES => "max_bytes",
        KT_LIMIT_MAX_DEPTH => "max_depth",
        KT_LIMIT_MAX_STRING_BYTES => "max_string_bytes",
        KT_LIMIT_MAX_ELEMENTS => "max_elements",
        KT_LIMIT_MAX_RELATIONS => "max_relations",
        KT_LIMIT_MAX_COMPONENTS => "max_components",
        other => {
            return Err(invalid(format!(
                "unknown limit {other}; use a KT_LIMIT_* value (0 to {KT_LIMIT_MAX_COMPONENTS})"
            )));
        }
    })
}

/// An output format of the overall diagram: one of the `KT_DIAGRAM_*` values.
pub type kt_diagram_format = u32;
/// A self-contained SVG image.
pub const KT_DIAGRAM_SVG: kt_diagram_format = 0;
/// Graphviz DOT.
pub const KT_DIAGRAM_DOT: kt_diagram_format = 1;
/// A Mermaid flowchart.
pub const KT_DIAGRAM_MERMAID: kt_diagram_format = 2;

pub(crate) fn diagram_format_arg(
    f: kt_diagram_format,
) -> Result<kientruc::diagram::Format, Failure> {
    use kientruc::diagram::Format;
    Ok(match f {
        KT_DIAGRAM_SVG => Format::Svg,
        KT_DIAGRAM_DOT => Format::Dot,
        KT_DIAGRAM_MERMAID => Format::Mermaid,
        other => {
            return Err(invalid(format!(
                "unknown diagram format {other}; use KT_DIAGRAM_SVG, KT_DIAGRAM_DOT or KT_DIAGRAM_MERMAID"
            )));
        }
    })
}
