//! `kt_baseline` and the calls that read a document against one: checks of projects, validations
//! of models and baselines, the overall diagram.

use crate::options::kt_options;
use crate::report::{kt_report, put_report};
use crate::status::{Failure, guard, guard_value, kt_status, null};
use crate::strings::{bytes, give, opt_cstr, text};
use crate::values::{diagram_format_arg, kt_diagram_format, kt_lang, lang_arg};
use std::ffi::c_char;

/// A loaded baseline. Create with `kt_baseline_default`, `kt_baseline_builtin` or
/// `kt_baseline_from_json`; free with `kt_baseline_free`. Read-only after creation: one baseline
/// may be used by several threads at once.
#[derive(Debug)]
pub struct kt_baseline(pub(crate) kientruc::Baseline);

/// Writes a new baseline handle to `out`.
///
/// # Safety
/// `out` must be non-NULL and writable.
unsafe fn put_baseline(b: kientruc::Baseline, out: *mut *mut kt_baseline) -> Result<(), Failure> {
    // SAFETY: callers check `out` for NULL first.
    unsafe { *out = Box::into_raw(Box::new(kt_baseline(b))) };
    Ok(())
}

/// # Safety
/// `b` must be NULL or a live baseline.
unsafe fn baseline_ref<'a>(b: *const kt_baseline) -> Result<&'a kientruc::Baseline, Failure> {
    // SAFETY: forwarded contract.
    unsafe { b.as_ref() }
        .map(|b| &b.0)
        .ok_or_else(|| null("baseline"))
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

/// Loads the embedded baseline named by `name` (`name_len` bytes of UTF-8) into `*out`; the names
/// are those of `kt_builtin_baselines`. The caller owns the baseline and must free it with
/// `kt_baseline_free`.
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

/// Loads a baseline from a `model/1` JSON document (`len` bytes of UTF-8) into `*out`, under the
/// limits of `options` (NULL: the defaults). The caller owns the baseline and must free it with
/// `kt_baseline_free`.
///
/// # Safety
/// `json` must point to `len` readable bytes; `options` NULL or live; `out` must be writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_baseline_from_json(
    json: *const u8,
    len: usize,
    options: *const kt_options,
    out: *mut *mut kt_baseline,
) -> kt_status {
    guard(|| {
        if out.is_null() {
            return Err(null("out"));
        }
        // SAFETY: per the contract above.
        let data = unsafe { bytes(json, len, "json") }?;
        // SAFETY: per the contract above.
        let o = unsafe { kt_options::or_default(options) };
        let b = kientruc::Baseline::from_json_with(data, "<baseline>", &o.limits)?;
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

/// Writes the baseline as a `model/1` JSON document (its export, which `kt_baseline_from_json`
/// reads back) to `*out` (free with `kt_string_free`) and its length to `*out_len` (may be NULL).
///
/// # Safety
/// `baseline` must be a live baseline; `out` writable; `out_len` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_baseline_to_json(
    baseline: *const kt_baseline,
    out: *mut *mut c_char,
    out_len: *mut usize,
) -> kt_status {
    guard(|| {
        // SAFETY: per the contract.
        let b = unsafe { baseline_ref(baseline) }?;
        // SAFETY: per the contract.
        unsafe { give(kientruc::model::to_json(b.model.doc()), out, out_len) }
    })
}

/// Reads a project document under the options' limits.
///
/// # Safety
/// `project` must point to `len` readable bytes, or be NULL with `len` 0.
unsafe fn project_arg(
    project: *const u8,
    len: usize,
    o: &kt_options,
) -> Result<kientruc::Project, Failure> {
    // SAFETY: forwarded contract.
    let data = unsafe { bytes(project, len, "project") }?;
    Ok(kientruc::Project::from_json_with(
        data,
        "<project>",
        &o.limits,
    )?)
}

/// Checks a project (`project/1` JSON, `len` bytes of UTF-8) against `baseline`, with `options`
/// (NULL: the defaults): its limits, check date (default: the project's appraisal date), project
/// rule packs and acceptances. Writes a new report to `*out`; the caller owns it and must free it
/// with `kt_report_free`. A non-conformant project is not an error: the call succeeds and the
/// report says so.
///
/// # Safety
/// `baseline` must be a live baseline; `project` must point to `len` readable bytes; `options`
/// NULL or live; `out` must be writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_baseline_check(
    baseline: *const kt_baseline,
    project: *const u8,
    len: usize,
    options: *const kt_options,
    out: *mut *mut kt_report,
) -> kt_status {
    guard(|| {
        if out.is_null() {
            return Err(null("out"));
        }
        // SAFETY: per the contract.
        let b = unsafe { baseline_ref(baseline) }?;
        // SAFETY: per the contract.
        let o = unsafe { kt_options::or_default(options) };
        // SAFETY: per the contract.
        let p = unsafe { project_arg(project, len, o) }?;
        let r = kientruc::check(&p, b, &o.check_options());
        // SAFETY: out checked above.
        unsafe { put_report(r, out) }
    })
}

/// Checks a project (`project/1` JSON, `len` bytes of UTF-8) against the baseline the library
/// chooses: `baseline` (a NUL-terminated built-in or family name such as `quang-ngai`), else, when
/// `baseline` is NULL, the project's own `baseline` field, else the baseline in force on the check
/// date. `options` as for `kt_baseline_check`. Writes a new report to `*out` (free with
/// `kt_report_free`); `kt_report_baseline_choice` says which baseline and why. An unknown name
/// fails with KT_STATUS_UNKNOWN_BASELINE.
///
/// # Safety
/// `project` must point to `len` readable bytes; `baseline` NULL or NUL-terminated; `options`
/// NULL or live; `out` must be writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_check(
    project: *const u8,
    len: usize,
    baseline: *const c_char,
    options: *const kt_options,
    out: *mut *mut kt_report,
) -> kt_status {
    guard(|| {
        if out.is_null() {
            return Err(null("out"));
        }
        // SAFETY: per the contract.
        let named = unsafe { opt_cstr(baseline, "baseline") }?;
        // SAFETY: per the contract.
        let o = unsafe { kt_options::or_default(options) };
        // SAFETY: per the contract.
        let p = unsafe { project_arg(project, len, o) }?;
        let mut opts = o.check_options();
        opts.baseline = named.map(str::to_string);
        let r = kientruc::api::check_project(&p, &opts)?;
        // SAFETY: out checked above.
        unsafe { put_report(r, out) }
    })
}

/// Validates an architecture model (`model/1` JSON, `len` bytes) against its framework and the
/// model rules of the options' rule packs, as of the options' date (default: the model's
/// `valid_from`), under its limits (`options` NULL: the defaults). Writes a new report to `*out`;
/// free it with `kt_report_free`.
///
/// # Safety
/// `model` must point to `len` readable bytes; `options` NULL or live; `out` must be writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_validate_model(
    model: *const u8,
    len: usize,
    options: *const kt_options,
    out: *mut *mut kt_report,
) -> kt_status {
    guard(|| {
        if out.is_null() {
            return Err(null("out"));
        }
        // SAFETY: per the contract above.
        let data = unsafe { bytes(model, len, "model") }?;
        // SAFETY: per the contract above.
        let o = unsafe { kt_options::or_default(options) };
        let r = kientruc::api::validate_model_json(data, "<model>", &o.validate_options())?;
        // SAFETY: out checked above.
        unsafe { put_report(r, out) }
    })
}

/// Validates a baseline's own model against its framework, with the options' model rule packs and
/// date (`options` NULL: the defaults). Writes a new report to `*out`; free it with
/// `kt_report_free`.
///
/// # Safety
/// `baseline` must be a live baseline; `options` NULL or live; `out` must be writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_baseline_validate(
    baseline: *const kt_baseline,
    options: *const kt_options,
    out: *mut *mut kt_report,
) -> kt_status {
    guard(|| {
        if out.is_null() {
            return Err(null("out"));
        }
        // SAFETY: per the contract.
        let b = unsafe { baseline_ref(baseline) }?;
        // SAFETY: per the contract.
        let o = unsafe { kt_options::or_default(options) };
        let r = kientruc::validate(&b.model, &b.framework, &o.validate_options());
        // SAFETY: out checked above.
        unsafe { put_report(r, out) }
    })
}

/// Draws the overall diagram (sơ đồ tổng thể) of `baseline` — its elements in the eight parts of
/// the framework, and the main relations — in `format` (a `KT_DIAGRAM_*` value) and language
/// `lang`, as `kientruc diagram` does. With a project (`project/1` JSON, `project_len` bytes; NULL
/// and 0 for none), its components are drawn in and linked to what they map to. The project is
/// read under the limits of `options` (NULL: the defaults). Writes the text (SVG, DOT or Mermaid)
/// to `*out` (free with `kt_string_free`) and its length to `*out_len` (may be NULL).
///
/// # Safety
/// `baseline` must be a live baseline; `project` NULL or pointing to `project_len` readable bytes;
/// `options` NULL or live; `out` writable; `out_len` NULL or writable.
#[allow(clippy::too_many_arguments)]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_diagram(
    baseline: *const kt_baseline,
    project: *const u8,
    project_len: usize,
    format: kt_diagram_format,
    lang: kt_lang,
    options: *const kt_options,
    out: *mut *mut c_char,
    out_len: *mut usize,
) -> kt_status {
    guard(|| {
        // SAFETY: per the contract.
        let b = unsafe { baseline_ref(baseline) }?;
        let format = diagram_format_arg(format)?;
        let lang = lang_arg(lang)?;
        // SAFETY: per the contract.
        let o = unsafe { kt_options::or_default(options) };
        let p = if project.is_null() && project_len == 0 {
            None
        } else {
            // SAFETY: per the contract.
            Some(unsafe { project_arg(project, project_len, o) }?)
        };
        let d = kientruc::diagram::Diagram::new(
            &b.model,
            &b.framework,
            p.as_ref().map(|p| &p.doc),
            lang,
        );
        // SAFETY: per the contract.
        unsafe { give(d.render(format), out, out_len) }
    })
}
