//! `kt_report` and what is read from one: level, totals, findings, outcomes, its properties, and
//! its renderings (one report, or several as a batch with the portfolio summary).

use crate::status::{Failure, guard, guard_value, invalid, kt_status, null};
use crate::strings::give;
use crate::values::{
    Field, Format, Info, KT_LEVEL_NONE, field_arg, format_arg, info_arg, kt_field, kt_format,
    kt_info, kt_lang, kt_level, kt_outcome, lang_arg, level_value, outcome_value,
};
use kientruc::{Lang, Report};
use std::ffi::c_char;

/// A report of a check or a validation. Free with `kt_report_free`.
#[derive(Debug)]
pub struct kt_report(pub(crate) Report);

/// Report totals. `accepted` (justifications the appraiser accepted) comes last, after the fields
/// of earlier versions, so that their offsets stay the same.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct kt_counts {
    pub error: usize,
    pub warning: usize,
    pub info: usize,
    pub pass: usize,
    pub fail: usize,
    pub review: usize,
    pub not_applicable: usize,
    pub suppressed: usize,
    pub waived: usize,
    pub extras: usize,
    pub accepted: usize,
}

/// Writes a new report handle to `out`.
///
/// # Safety
/// `out` must be non-NULL and writable.
pub(crate) unsafe fn put_report(r: Report, out: *mut *mut kt_report) -> Result<(), Failure> {
    // SAFETY: callers check `out` for NULL first.
    unsafe { *out = Box::into_raw(Box::new(kt_report(r))) };
    Ok(())
}

/// # Safety
/// `r` must be NULL or a live report.
unsafe fn report_ref<'a>(r: *const kt_report) -> Result<&'a Report, Failure> {
    // SAFETY: forwarded contract.
    unsafe { r.as_ref() }
        .map(|r| &r.0)
        .ok_or_else(|| null("report"))
}

/// Frees a report. NULL is allowed; must not be called twice on the same pointer.
///
/// # Safety
/// `report` must be NULL or a pointer from a call that writes a `kt_report`, not yet freed.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_report_free(report: *mut kt_report) {
    guard_value((), || {
        if !report.is_null() {
            // SAFETY: the pointer came from Box::into_raw in put_report.
            drop(unsafe { Box::from_raw(report) });
        }
    })
}

/// The report's compliance level (a `KT_LEVEL_*` value); `KT_LEVEL_NONE` for a model validation
/// or a NULL report.
///
/// # Safety
/// `report` must be NULL or a live report.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_report_level(report: *const kt_report) -> kt_level {
    guard_value(KT_LEVEL_NONE, || {
        // SAFETY: a live report or NULL per the contract.
        let Some(r) = (unsafe { report.as_ref() }) else {
            return KT_LEVEL_NONE;
        };
        level_value(r.0.level)
    })
}

/// Copies the report's totals into `*out`.
///
/// # Safety
/// `report` must be a live report; `out` must be writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_report_counts(
    report: *const kt_report,
    out: *mut kt_counts,
) -> kt_status {
    guard(|| {
        // SAFETY: per the contract.
        let r = unsafe { report_ref(report) }?;
        // SAFETY: per the contract.
        let out = unsafe { out.as_mut() }.ok_or_else(|| null("out"))?;
        let c = &r.counts;
        *out = kt_counts {
            error: c.error,
            warning: c.warning,
            info: c.info,
            pass: c.pass,
            fail: c.fail,
            review: c.review,
            not_applicable: c.not_applicable,
            suppressed: c.suppressed,
            waived: c.waived,
            extras: c.extras,
            accepted: c.accepted,
        };
        Ok(())
    })
}

/// Writes property `info` (a `KT_INFO_*` value) of the report, in language `lang`, to `*out` (a new
/// string, free with `kt_string_free`) and its length to `*out_len` (may be NULL); "" where the
/// report has none.
///
/// # Safety
/// `report` must be a live report; `out` writable; `out_len` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_report_info(
    report: *const kt_report,
    info: kt_info,
    lang: kt_lang,
    out: *mut *mut c_char,
    out_len: *mut usize,
) -> kt_status {
    guard(|| {
        // SAFETY: per the contract.
        let r = unsafe { report_ref(report) }?;
        let info = info_arg(info)?;
        let l = lang_arg(lang)?;
        let s = match info {
            Info::Subject => r.subject.id.clone(),
            Info::SubjectName => r.subject.name.get(l).to_string(),
            Info::Baseline => r.baseline.as_ref().map_or(String::new(), |b| b.id.clone()),
            Info::Framework => r.framework.clone(),
            Info::AsOf => r.as_of.map_or(String::new(), |d| d.to_string()),
            Info::Regime => r.regime.clone().unwrap_or_default(),
            Info::RegimeName => r
                .regime_name
                .as_ref()
                .map_or(String::new(), |t| t.get(l).to_string()),
        };
        // SAFETY: per the contract.
        unsafe { give(s, out, out_len) }
    })
}

/// The number of findings (0 for NULL).
///
/// # Safety
/// `report` must be NULL or a live report.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_report_finding_count(report: *const kt_report) -> usize {
    guard_value(0, || {
        // SAFETY: a live report or NULL per the contract.
        unsafe { report.as_ref() }.map_or(0, |r| r.0.findings.len())
    })
}

/// Writes one field (a `KT_FIELD_*` value) of finding `index` in language `lang` to `*out` (a new
/// string the caller frees with `kt_string_free`) and its length to `*out_len` (may be NULL).
///
/// # Safety
/// `report` must be a live report; `out` writable; `out_len` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_report_finding_field(
    report: *const kt_report,
    index: usize,
    field: kt_field,
    lang: kt_lang,
    out: *mut *mut c_char,
    out_len: *mut usize,
) -> kt_status {
    guard(|| {
        // SAFETY: per the contract.
        let r = unsafe { report_ref(report) }?;
        let field = field_arg(field)?;
        let l = lang_arg(lang)?;
        let f = r.findings.get(index).ok_or_else(|| {
            invalid(format!(
                "finding index {index} is out of range (the report has {})",
                r.findings.len()
            ))
        })?;
        let accepted = f.waiver.as_ref().and_then(|w| w.accepted.as_ref());
        let s = match field {
            Field::Rule => f.rule.clone(),
            Field::Severity => f.severity.as_str().into(),
            Field::Outcome => f.outcome.as_str().into(),
            Field::Subject => f.subject.clone(),
            Field::Message => f.message.get(l).into(),
            Field::Suggestion => f.suggestion.get(l).into(),
            Field::Basis => f.basis.display(),
            Field::WaiverReason => f
                .waiver
                .as_ref()
                .map_or(String::new(), |w| w.reason.clone()),
            Field::WaiverOutcome => f.waiver.as_ref().map_or("", |w| w.outcome.as_str()).into(),
            Field::AcceptedBy => accepted.map_or(String::new(), |a| a.by.clone()),
            Field::AcceptedDate => accepted.map_or(String::new(), |a| a.date.to_string()),
        };
        // SAFETY: per the contract.
        unsafe { give(s, out, out_len) }
    })
}

/// The number of rule outcomes (0 for NULL).
///
/// # Safety
/// `report` must be NULL or a live report.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_report_outcome_count(report: *const kt_report) -> usize {
    guard_value(0, || {
        // SAFETY: a live report or NULL per the contract.
        unsafe { report.as_ref() }.map_or(0, |r| r.0.outcomes.len())
    })
}

/// Writes the rule id of outcome `index` to `*rule` (a new string, free with `kt_string_free`)
/// and its outcome (a `KT_OUTCOME_*` value) to `*outcome`.
///
/// # Safety
/// `report` must be a live report; `rule` and `outcome` writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_report_outcome(
    report: *const kt_report,
    index: usize,
    rule: *mut *mut c_char,
    outcome: *mut kt_outcome,
) -> kt_status {
    guard(|| {
        // SAFETY: per the contract.
        let r = unsafe { report_ref(report) }?;
        if outcome.is_null() {
            return Err(null("outcome"));
        }
        let o = r
            .outcomes
            .get(index)
            .ok_or_else(|| invalid(format!("outcome index {index} is out of range")))?;
        // SAFETY: per the contract.
        unsafe { give(o.rule.clone(), rule, std::ptr::null_mut()) }?;
        // SAFETY: checked non-null above.
        unsafe { *outcome = outcome_value(o.outcome) };
        Ok(())
    })
}

/// Writes why the library chose the report's baseline (`kt_check`), in language `lang`, to `*out`
/// (a new string, free with `kt_string_free`) and its length to `*out_len` (may be NULL); "" when
/// the caller gave the baseline (`kt_baseline_check`) or for a model validation.
///
/// # Safety
/// `report` must be a live report; `out` writable; `out_len` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_report_baseline_choice(
    report: *const kt_report,
    lang: kt_lang,
    out: *mut *mut c_char,
    out_len: *mut usize,
) -> kt_status {
    guard(|| {
        // SAFETY: per the contract.
        let r = unsafe { report_ref(report) }?;
        let l = lang_arg(lang)?;
        let s = r
            .baseline_choice
            .as_ref()
            .map_or(String::new(), |t| t.get(l).to_string());
        // SAFETY: per the contract.
        unsafe { give(s, out, out_len) }
    })
}

/// Renders reports in one format: one report as itself, several as a batch that opens with the
/// portfolio summary (JSON: the array of reports with the summary).
fn render(reports: &[Report], format: Format, lang: Lang) -> String {
    use kientruc::report as r;
    match (format, reports) {
        (Format::Json, [one]) => r::to_json(one),
        (Format::Json, _) => r::to_portfolio_json(reports, &[], lang),
        (Format::Sarif, _) => r::to_sarif(reports, lang),
        (Format::Markdown, _) => r::to_markdown_many(reports, &[], lang),
        (Format::Html, _) => r::to_html_many(reports, lang),
        (Format::Text, _) => r::to_text_many(reports, &[], r::TextOptions { lang, color: false }),
        (Format::Csv, _) => r::to_csv(reports, &[], lang),
    }
}

/// Renders the report in `format` (a `KT_FORMAT_*` value) and language `lang` into `*out` (a new
/// string, free with `kt_string_free`); its length in bytes goes to `*out_len` (may be NULL).
/// KT_FORMAT_CSV gives the one-row portfolio summary.
///
/// # Safety
/// `report` must be a live report; `out` writable; `out_len` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_report_render(
    report: *const kt_report,
    format: kt_format,
    lang: kt_lang,
    out: *mut *mut c_char,
    out_len: *mut usize,
) -> kt_status {
    guard(|| {
        // SAFETY: per the contract.
        let r = unsafe { report_ref(report) }?;
        let format = format_arg(format)?;
        let l = lang_arg(lang)?;
        // SAFETY: per the contract.
        unsafe { give(render(std::slice::from_ref(r), format, l), out, out_len) }
    })
}

/// Renders the `n` reports `reports[0..n]` as one batch, as `kientruc check A B …` does: text,
/// Markdown and HTML open with the portfolio summary table (id, name, owner, budget, level, errors,
/// items to review); KT_FORMAT_CSV is that table alone; KT_FORMAT_JSON an object with the reports
/// and the summary; KT_FORMAT_SARIF one run per report. The reports are not consumed. Writes the
/// text to `*out` (free with `kt_string_free`) and its length to `*out_len` (may be NULL).
///
/// # Safety
/// `reports` must hold `n` live reports (it may be NULL when `n` is 0); `out` writable; `out_len`
/// NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_render_many(
    reports: *const *const kt_report,
    n: usize,
    format: kt_format,
    lang: kt_lang,
    out: *mut *mut c_char,
    out_len: *mut usize,
) -> kt_status {
    guard(|| {
        let format = format_arg(format)?;
        let l = lang_arg(lang)?;
        if n > 0 && reports.is_null() {
            return Err(null("reports"));
        }
        // The core renders a slice of reports: copy them once (a batch is small next to its
        // rendering).
        let mut batch = Vec::with_capacity(n);
        for i in 0..n {
            // SAFETY: `reports` holds n entries per the contract.
            let p = unsafe { *reports.add(i) };
            // SAFETY: each entry is NULL or a live report per the contract.
            let r = unsafe { p.as_ref() }.ok_or_else(|| null(&format!("reports[{i}]")))?;
            batch.push(r.0.clone());
        }
        // SAFETY: per the contract.
        unsafe { give(render(&batch, format, l), out, out_len) }
    })
}
