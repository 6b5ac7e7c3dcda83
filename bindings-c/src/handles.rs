//! Opaque handles (`kt_baseline`, `kt_report`) and their operations. The C side only ever holds
//! pointers; each owned handle has one `_free`.

use crate::status::{Failure, guard, guard_value, invalid, kt_status, null};
use crate::strings::{byte_arrays, bytes, give, opt_cstr, text};
use std::ffi::c_char;

/// A loaded baseline. Create with `kt_baseline_default`, `kt_baseline_builtin` or
/// `kt_baseline_from_json`; free with `kt_baseline_free`. Read-only after creation: one baseline
/// may be used by several threads at once.
#[derive(Debug)]
pub struct kt_baseline(kientruc::Baseline);

/// A report of a check or a validation. Free with `kt_report_free`.
#[derive(Debug)]
pub struct kt_report(kientruc::Report);

/// A compliance level. `KT_LEVEL_NONE` is the level of a model validation.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum kt_level {
    None = 0,
    NonConformant = 1,
    Irrelevant = 2,
    FullyConformant = 3,
    Conformant = 4,
    Compliant = 5,
    Consistent = 6,
    /// The document has input problems: no architecture verdict.
    NotAssessed = 7,
}

/// A rule's outcome.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum kt_outcome {
    Pass = 0,
    Fail = 1,
    Review = 2,
    NotApplicable = 3,
    /// A justified finding the appraiser accepted.
    Accepted = 4,
}

/// A report rendering.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum kt_format {
    Json = 0,
    Sarif = 1,
    Markdown = 2,
    Html = 3,
    Text = 4,
}

/// A field of a finding, for `kt_report_finding_field`.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum kt_field {
    Rule = 0,
    /// "error", "warning" or "info".
    Severity = 1,
    /// "fail", "review" or "accepted".
    Outcome = 2,
    Subject = 3,
    Message = 4,
    Suggestion = 5,
    /// The basis as one line: instrument, article, "(secondary)" where it applies.
    Basis = 6,
    /// The proposal's justification (giải trình) of the finding; "" when it has none.
    WaiverReason = 7,
    /// The outcome the finding had before it was justified ("fail" or "review"); "" when it has
    /// no justification.
    WaiverOutcome = 8,
    /// Who accepted the justification; "" when it is not accepted.
    AcceptedBy = 9,
    /// When the justification was accepted (`YYYY-MM-DD`); "" when it is not accepted.
    AcceptedDate = 10,
}

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

/// The language of the texts a function returns: 0 Vietnamese (default), 1 English.
pub type kt_lang = u32;
/// Vietnamese.
pub const KT_LANG_VI: kt_lang = 0;
/// English.
pub const KT_LANG_EN: kt_lang = 1;

fn lang(l: kt_lang) -> Result<kientruc::Lang, Failure> {
    match l {
        KT_LANG_VI => Ok(kientruc::Lang::Vi),
        KT_LANG_EN => Ok(kientruc::Lang::En),
        other => Err(invalid(format!(
            "unknown language {other}; use KT_LANG_VI or KT_LANG_EN"
        ))),
    }
}

/// Writes a new baseline handle to `out`.
///
/// # Safety
/// `out` must be writable.
unsafe fn put_baseline(b: kientruc::Baseline, out: *mut *mut kt_baseline) -> Result<(), Failure> {
    // SAFETY: callers check `out` for NULL first.
    unsafe { *out = Box::into_raw(Box::new(kt_baseline(b))) };
    Ok(())
}

/// # Safety
/// `out` must be writable.
unsafe fn put_report(r: kientruc::Report, out: *mut *mut kt_report) -> Result<(), Failure> {
    // SAFETY: callers check `out` for NULL first.
    unsafe { *out = Box::into_raw(Box::new(kt_report(r))) };
    Ok(())
}

/// The library's version, a static NUL-terminated string (do not free).
#[unsafe(no_mangle)]
pub extern "C" fn kt_version() -> *const c_char {
    concat!(env!("CARGO_PKG_VERSION"), "\0").as_ptr().cast()
}

/// Loads the embedded default baseline (`quang-ngai-2.0`) into `*out`.
/// The caller owns the baseline and must free it with `kt_baseline_free`.
///
/// # Safety
/// `out` must be NULL (which gives KT_STATUS_NULL_ARGUMENT) or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_baseline_default(out: *mut *mut kt_baseline) -> kt_status {
    guard(|| {
        if out.is_null() {
            return Err(null("out"));
        }
        let b = kientruc::Baseline::default_builtin()?;
        // SAFETY: out checked above.
        unsafe { put_baseline(b, out) }
    })
}

/// Loads the embedded baseline named by `name` (`name_len` bytes of UTF-8) into `*out`.
/// The caller owns the baseline and must free it with `kt_baseline_free`.
///
/// # Safety
/// `name` must point to `name_len` readable bytes; `out` must be writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_baseline_builtin(
    name: *const u8,
    name_len: usize,
    out: *mut *mut kt_baseline,
) -> kt_status {
    guard(|| {
        if out.is_null() {
            return Err(null("out"));
        }
        // SAFETY: per the contract above.
        let name = unsafe { text(name, name_len, "name") }?;
        let b = kientruc::Baseline::builtin(name)?;
        // SAFETY: out checked above.
        unsafe { put_baseline(b, out) }
    })
}

/// Loads a baseline from a `model/1` JSON document (`len` bytes of UTF-8) into `*out`.
/// The caller owns the baseline and must free it with `kt_baseline_free`.
///
/// # Safety
/// `json` must point to `len` readable bytes; `out` must be writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_baseline_from_json(
    json: *const u8,
    len: usize,
    out: *mut *mut kt_baseline,
) -> kt_status {
    guard(|| {
        if out.is_null() {
            return Err(null("out"));
        }
        // SAFETY: per the contract above.
        let data = unsafe { bytes(json, len, "json") }?;
        let b = kientruc::Baseline::from_json(data, "<baseline>")?;
        // SAFETY: out checked above.
        unsafe { put_baseline(b, out) }
    })
}

/// Frees a baseline. NULL is allowed; must not be called twice on the same pointer.
///
/// # Safety
/// `baseline` must be NULL or a pointer from a `kt_baseline_*` constructor, not yet freed.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_baseline_free(baseline: *mut kt_baseline) {
    guard_value((), || {
        if !baseline.is_null() {
            // SAFETY: the pointer came from Box::into_raw in put_baseline.
            drop(unsafe { Box::from_raw(baseline) });
        }
    })
}

/// Reads the `as_of` argument: NULL for the default date, else a NUL-terminated `YYYY-MM-DD`.
///
/// # Safety
/// `as_of` must be NULL or NUL-terminated.
unsafe fn as_of_arg(as_of: *const c_char) -> Result<Option<kientruc::Date>, Failure> {
    // SAFETY: forwarded contract.
    match unsafe { opt_cstr(as_of, "as_of") }? {
        None => Ok(None),
        Some(s) => kientruc::Date::parse(s)
            .map(Some)
            .ok_or_else(|| invalid(format!("as_of '{s}' is not a date YYYY-MM-DD"))),
    }
}

/// The one body of `kt_baseline_check` and `kt_baseline_check_with_acceptance`.
///
/// # Safety
/// As for `kt_baseline_check`; `accepted` holds the acceptances already read.
unsafe fn check_into(
    baseline: *const kt_baseline,
    project: *const u8,
    len: usize,
    accepted: Vec<kientruc::acceptance::Acceptance>,
    as_of: *const c_char,
    out: *mut *mut kt_report,
) -> Result<(), Failure> {
    if out.is_null() {
        return Err(null("out"));
    }
    // SAFETY: a live baseline per the contract, or NULL.
    let b = unsafe { baseline.as_ref() }.ok_or_else(|| null("baseline"))?;
    // SAFETY: per the contract.
    let data = unsafe { bytes(project, len, "project") }?;
    // SAFETY: per the contract.
    let as_of = unsafe { as_of_arg(as_of) }?;
    let p = kientruc::Project::from_json(data, "<project>")?;
    let r = kientruc::check(&p, &b.0, &{
        let mut o = kientruc::CheckOptions::new().as_of(as_of);
        o.accepted = accepted;
        o
    });
    // SAFETY: out checked above.
    unsafe { put_report(r, out) }
}

/// Checks a project (`project/1` JSON, `len` bytes of UTF-8) against `baseline`, as of `as_of`
/// (a NUL-terminated `YYYY-MM-DD`, or NULL for the default date). Writes a new report to `*out`;
/// the caller owns it and must free it with `kt_report_free`. A non-conformant project is not an
/// error: the call succeeds and the report says so.
///
/// # Safety
/// `baseline` must be a live baseline; `project` must point to `len` readable bytes; `as_of` must
/// be NULL or NUL-terminated; `out` must be writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_baseline_check(
    baseline: *const kt_baseline,
    project: *const u8,
    len: usize,
    as_of: *const c_char,
    out: *mut *mut kt_report,
) -> kt_status {
    guard(|| {
        // SAFETY: the contract above is check_into's.
        unsafe { check_into(baseline, project, len, Vec::new(), as_of, out) }
    })
}

/// `kt_baseline_check` with the appraiser's acceptance of the proposal's justifications: the
/// `n_acceptances` `acceptance/1` JSON documents `acceptances[i]` with lengths
/// `acceptance_lens[i]` (both may be NULL when `n_acceptances` is 0). Entries for other projects
/// are ignored. An acceptance that cannot be read fails the call with the same status as a project
/// would (`KT_STATUS_PARSE`, `KT_STATUS_SCHEMA`, ...), its message naming `<acceptance i>`.
///
/// # Safety
/// As for `kt_baseline_check`; `acceptances` and `acceptance_lens` must hold `n_acceptances`
/// valid entries.
#[allow(clippy::too_many_arguments)]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_baseline_check_with_acceptance(
    baseline: *const kt_baseline,
    project: *const u8,
    len: usize,
    acceptances: *const *const u8,
    acceptance_lens: *const usize,
    n_acceptances: usize,
    as_of: *const c_char,
    out: *mut *mut kt_report,
) -> kt_status {
    guard(|| {
        if out.is_null() {
            return Err(null("out"));
        }
        // SAFETY: the contract above is read_acceptances'.
        let accepted = unsafe { read_acceptances(acceptances, acceptance_lens, n_acceptances) }?;
        // SAFETY: the contract above is check_into's.
        unsafe { check_into(baseline, project, len, accepted, as_of, out) }
    })
}

/// Reads the `n_acceptances` `acceptance/1` documents `acceptances[i]` (lengths
/// `acceptance_lens[i]`; both may be NULL when `n_acceptances` is 0); an error names
/// `<acceptance i>`.
///
/// # Safety
/// `acceptances` and `acceptance_lens` must hold `n_acceptances` valid entries.
unsafe fn read_acceptances(
    acceptances: *const *const u8,
    acceptance_lens: *const usize,
    n_acceptances: usize,
) -> Result<Vec<kientruc::acceptance::Acceptance>, Failure> {
    let mut accepted = Vec::new();
    // SAFETY: forwarded contract.
    let docs = unsafe {
        byte_arrays(
            acceptances,
            acceptance_lens,
            n_acceptances,
            ("acceptances", "acceptance_lens"),
        )
    }?;
    for (i, data) in docs.into_iter().enumerate() {
        let doc =
            kientruc::acceptance::AcceptanceDoc::from_json(data, &format!("<acceptance {i}>"))?;
        accepted.extend(doc.accepted);
    }
    Ok(accepted)
}

/// Checks a project (`project/1` JSON, `len` bytes of UTF-8) against the baseline the library
/// chooses: `baseline` (a NUL-terminated built-in or family name such as `quang-ngai`), else, when
/// `baseline` is NULL, the project's own `baseline` field, else the baseline in force on the check
/// date. `as_of` and the acceptances are as for `kt_baseline_check_with_acceptance`. Writes a new
/// report to `*out` (free with `kt_report_free`); `kt_report_baseline_choice` says which baseline
/// and why. An unknown name fails with `KT_STATUS_UNKNOWN_BASELINE`.
///
/// # Safety
/// `project` must point to `len` readable bytes; `baseline` and `as_of` must be NULL or
/// NUL-terminated; `acceptances` and `acceptance_lens` must hold `n_acceptances` valid entries;
/// `out` must be writable.
#[allow(clippy::too_many_arguments)]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_check(
    project: *const u8,
    len: usize,
    baseline: *const c_char,
    as_of: *const c_char,
    acceptances: *const *const u8,
    acceptance_lens: *const usize,
    n_acceptances: usize,
    out: *mut *mut kt_report,
) -> kt_status {
    guard(|| {
        if out.is_null() {
            return Err(null("out"));
        }
        // SAFETY: per the contract.
        let data = unsafe { bytes(project, len, "project") }?;
        // SAFETY: per the contract.
        let named = unsafe { opt_cstr(baseline, "baseline") }?;
        // SAFETY: per the contract.
        let as_of = unsafe { as_of_arg(as_of) }?;
        // SAFETY: per the contract.
        let accepted = unsafe { read_acceptances(acceptances, acceptance_lens, n_acceptances) }?;
        let p = kientruc::Project::from_json(data, "<project>")?;
        let r = kientruc::api::check_project(&p, &{
            let mut o = kientruc::CheckOptions::new().as_of(as_of);
            o.accepted = accepted;
            o.baseline = named.map(str::to_string);
            o
        })?;
        // SAFETY: out checked above.
        unsafe { put_report(r, out) }
    })
}

/// Validates an architecture model (`model/1` JSON, `len` bytes) against its framework and the
/// `n_packs` rule packs given as `packs[i]` with lengths `pack_lens[i]` (both may be NULL when
/// `n_packs` is 0). Writes a new report to `*out`; free it with `kt_report_free`.
///
/// # Safety
/// `model` must point to `len` readable bytes; `packs` and `pack_lens` must hold `n_packs` valid
/// entries; `out` must be writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_validate_model(
    model: *const u8,
    len: usize,
    packs: *const *const u8,
    pack_lens: *const usize,
    n_packs: usize,
    out: *mut *mut kt_report,
) -> kt_status {
    guard(|| {
        if out.is_null() {
            return Err(null("out"));
        }
        // SAFETY: per the contract above.
        let data = unsafe { bytes(model, len, "model") }?;
        // SAFETY: per the contract above.
        let rulepacks = unsafe { byte_arrays(packs, pack_lens, n_packs, ("packs", "pack_lens")) }?
            .into_iter()
            .enumerate()
            .map(|(i, b)| kientruc::RulePack::from_json(b, &format!("<rulepack {i}>")))
            .collect::<Result<Vec<_>, _>>()?;
        let m = kientruc::Model::from_json(data, "<model>")?;
        let fw = kientruc::Framework::builtin(&m.doc().framework)?;
        let opts = rulepacks.into_iter().fold(
            kientruc::ValidateOptions::new(),
            kientruc::ValidateOptions::rulepack,
        );
        let r = kientruc::validate(&m, &fw, &opts);
        // SAFETY: out checked above.
        unsafe { put_report(r, out) }
    })
}

/// Frees a report. NULL is allowed; must not be called twice on the same pointer.
///
/// # Safety
/// `report` must be NULL or a pointer from `kt_baseline_check`,
/// `kt_baseline_check_with_acceptance` or `kt_validate_model`, not yet freed.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_report_free(report: *mut kt_report) {
    guard_value((), || {
        if !report.is_null() {
            // SAFETY: the pointer came from Box::into_raw in put_report.
            drop(unsafe { Box::from_raw(report) });
        }
    })
}

/// The report's compliance level; `KT_LEVEL_NONE` for a model validation or a NULL report.
///
/// # Safety
/// `report` must be NULL or a live report.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_report_level(report: *const kt_report) -> kt_level {
    guard_value(kt_level::None, || {
        // SAFETY: a live report or NULL per the contract.
        let Some(r) = (unsafe { report.as_ref() }) else {
            return kt_level::None;
        };
        match r.0.level {
            None => kt_level::None,
            Some(kientruc::Level::NonConformant) => kt_level::NonConformant,
            Some(kientruc::Level::Irrelevant) => kt_level::Irrelevant,
            Some(kientruc::Level::FullyConformant) => kt_level::FullyConformant,
            Some(kientruc::Level::Conformant) => kt_level::Conformant,
            Some(kientruc::Level::Compliant) => kt_level::Compliant,
            Some(kientruc::Level::Consistent) => kt_level::Consistent,
            Some(kientruc::Level::NotAssessed) => kt_level::NotAssessed,
        }
    })
}

/// The stable id of a level ("non-conformant", ...; "" for KT_LEVEL_NONE), a static string.
#[unsafe(no_mangle)]
pub extern "C" fn kt_level_id(level: kt_level) -> *const c_char {
    let s: &'static str = match level {
        kt_level::None => "\0",
        kt_level::NonConformant => "non-conformant\0",
        kt_level::Irrelevant => "irrelevant\0",
        kt_level::FullyConformant => "fully-conformant\0",
        kt_level::Conformant => "conformant\0",
        kt_level::Compliant => "compliant\0",
        kt_level::Consistent => "consistent\0",
        kt_level::NotAssessed => "not-assessed\0",
    };
    s.as_ptr().cast()
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
        let r = unsafe { report.as_ref() }.ok_or_else(|| null("report"))?;
        // SAFETY: per the contract.
        let out = unsafe { out.as_mut() }.ok_or_else(|| null("out"))?;
        let c = &r.0.counts;
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

/// Writes one field of finding `index` in language `lang` to `*out` (a new string the caller
/// frees with `kt_string_free`) and its length to `*out_len` (may be NULL).
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
        let r = unsafe { report.as_ref() }.ok_or_else(|| null("report"))?;
        let l = self::lang(lang)?;
        let f = r.0.findings.get(index).ok_or_else(|| {
            invalid(format!(
                "finding index {index} is out of range (the report has {})",
                r.0.findings.len()
            ))
        })?;
        let s = match field {
            kt_field::Rule => f.rule.clone(),
            kt_field::Severity => f.severity.as_str().into(),
            kt_field::Outcome => f.outcome.as_str().into(),
            kt_field::Subject => f.subject.clone(),
            kt_field::Message => f.message.get(l).into(),
            kt_field::Suggestion => f.suggestion.get(l).into(),
            kt_field::Basis => f.basis.display(),
            kt_field::WaiverReason => f
                .waiver
                .as_ref()
                .map_or(String::new(), |w| w.reason.clone()),
            kt_field::WaiverOutcome => f.waiver.as_ref().map_or("", |w| w.outcome.as_str()).into(),
            kt_field::AcceptedBy => f
                .waiver
                .as_ref()
                .and_then(|w| w.accepted.as_ref())
                .map_or(String::new(), |a| a.by.clone()),
            kt_field::AcceptedDate => f
                .waiver
                .as_ref()
                .and_then(|w| w.accepted.as_ref())
                .map_or(String::new(), |a| a.date.to_string()),
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
/// and its outcome to `*outcome`.
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
        let r = unsafe { report.as_ref() }.ok_or_else(|| null("report"))?;
        if outcome.is_null() {
            return Err(null("outcome"));
        }
        let o =
            r.0.outcomes
                .get(index)
                .ok_or_else(|| invalid(format!("outcome index {index} is out of range")))?;
        let value = match o.outcome {
            kientruc::Outcome::Pass => kt_outcome::Pass,
            kientruc::Outcome::Fail => kt_outcome::Fail,
            kientruc::Outcome::Review => kt_outcome::Review,
            kientruc::Outcome::NotApplicable => kt_outcome::NotApplicable,
            kientruc::Outcome::Accepted => kt_outcome::Accepted,
        };
        // SAFETY: per the contract.
        unsafe { give(o.rule.clone(), rule, std::ptr::null_mut()) }?;
        // SAFETY: checked non-null above.
        unsafe { *outcome = value };
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
        let r = unsafe { report.as_ref() }.ok_or_else(|| null("report"))?;
        let l = self::lang(lang)?;
        let s =
            r.0.baseline_choice
                .as_ref()
                .map_or(String::new(), |t| t.get(l).to_string());
        // SAFETY: per the contract.
        unsafe { give(s, out, out_len) }
    })
}

/// Renders the report in `format` and language `lang` into `*out` (a new string, free with
/// `kt_string_free`); its length in bytes goes to `*out_len` (may be NULL).
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
        let r = unsafe { report.as_ref() }.ok_or_else(|| null("report"))?;
        let l = self::lang(lang)?;
        let s = match format {
            kt_format::Json => kientruc::report::to_json(&r.0),
            kt_format::Sarif => kientruc::report::to_sarif(std::slice::from_ref(&r.0), l),
            kt_format::Markdown => kientruc::report::to_markdown(&r.0, l),
            kt_format::Html => kientruc::report::to_html(&r.0, l),
            kt_format::Text => kientruc::report::to_text(
                &r.0,
                kientruc::report::TextOptions {
                    lang: l,
                    color: false,
                },
            ),
        };
        // SAFETY: per the contract.
        unsafe { give(s, out, out_len) }
    })
}

/// Every built-in rule as a JSON array, into `*out` (free with `kt_string_free`).
///
/// # Safety
/// `out` writable; `out_len` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_rules_json(out: *mut *mut c_char, out_len: *mut usize) -> kt_status {
    guard(|| {
        let s = serde_json_rules();
        // SAFETY: per the contract.
        unsafe { give(s, out, out_len) }
    })
}

fn serde_json_rules() -> String {
    let rules: Vec<String> = kientruc::rules::builtin()
        .iter()
        .map(kientruc::rules::to_json)
        .collect();
    format!("[{}]", rules.join(","))
}

/// The JSON Schema of a document kind (`name`: NUL-terminated, e.g. "project"), into `*out`.
///
/// # Safety
/// `name` NUL-terminated; `out` writable; `out_len` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_schema(
    name: *const c_char,
    out: *mut *mut c_char,
    out_len: *mut usize,
) -> kt_status {
    guard(|| {
        // SAFETY: per the contract.
        let name = unsafe { opt_cstr(name, "name") }?.ok_or_else(|| null("name"))?;
        let s = kientruc::schema::schema(name)
            .ok_or_else(|| invalid(format!("unknown schema '{name}'")))?;
        // SAFETY: per the contract.
        unsafe { give(s, out, out_len) }
    })
}

/// Imports an ArchiMate Model Exchange File (`len` bytes of UTF-8 XML) and writes the model as
/// `model/1` JSON to `*out` (free with `kt_string_free`).
///
/// # Safety
/// `xml` must point to `len` readable bytes; `out` writable; `out_len` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_archimate_import(
    xml: *const u8,
    len: usize,
    out: *mut *mut c_char,
    out_len: *mut usize,
) -> kt_status {
    guard(|| {
        // SAFETY: per the contract above.
        let data = unsafe { bytes(xml, len, "xml") }?;
        let x = kientruc::archimate::parse(data, "<archimate>")?;
        let doc = kientruc::archimate::to_model(&x);
        let json = kientruc::model::to_json(&doc);
        // SAFETY: per the contract above.
        unsafe { give(json, out, out_len) }
    })
}

/// Exports a `model/1` JSON document (`len` bytes) as an ArchiMate Model Exchange File into `*out`
/// (free with `kt_string_free`).
///
/// # Safety
/// `model` must point to `len` readable bytes; `out` writable; `out_len` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_archimate_export(
    model: *const u8,
    len: usize,
    out: *mut *mut c_char,
    out_len: *mut usize,
) -> kt_status {
    guard(|| {
        // SAFETY: per the contract above.
        let data = unsafe { bytes(model, len, "model") }?;
        let m = kientruc::Model::from_json(data, "<model>")?;
        // SAFETY: per the contract above.
        unsafe { give(kientruc::archimate::to_xml(m.doc()), out, out_len) }
    })
}
