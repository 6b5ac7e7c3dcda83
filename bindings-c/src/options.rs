//! `kt_options`: what a call may be given beyond its input document — input limits, the check
//! date, project or model rule packs, the appraiser's acceptances. An opaque handle with setters,
//! so that later versions add options without changing any signature; every call that reads a
//! document takes one (NULL means the defaults).

use crate::status::{Failure, guard, guard_value, invalid, kt_status, null};
use crate::strings::{bytes, opt_cstr};
use crate::values::{kt_limit, limit_arg};
use kientruc::Limits;
use std::ffi::c_char;

/// Options of a call: limits, check date, rule packs and acceptances. Create with
/// `kt_options_new`, free with `kt_options_free`. Documents added to it are read when added, under
/// the limits set so far: set limits first. Not to be changed while another thread uses it in a
/// call; one options object may serve many calls, on several threads at once.
#[derive(Debug, Default)]
pub struct kt_options {
    pub(crate) limits: Limits,
    pub(crate) as_of: Option<kientruc::Date>,
    pub(crate) rulepacks: Vec<kientruc::RulePack>,
    pub(crate) accepted: Vec<kientruc::acceptance::Acceptance>,
    /// How many acceptance documents were added (an error names `<acceptance i>`).
    acceptance_docs: usize,
}

/// The defaults when the caller passes NULL.
static DEFAULTS: std::sync::LazyLock<kt_options> = std::sync::LazyLock::new(kt_options::default);

impl kt_options {
    /// The options behind a pointer the caller gave: NULL is the defaults.
    ///
    /// # Safety
    /// `o` must be NULL or a live options object.
    pub(crate) unsafe fn or_default<'a>(o: *const kt_options) -> &'a kt_options {
        // SAFETY: forwarded contract.
        unsafe { o.as_ref() }.unwrap_or(&DEFAULTS)
    }

    /// The core's check options (the options' documents are cloned per call).
    pub(crate) fn check_options(&self) -> kientruc::CheckOptions {
        let mut o = kientruc::CheckOptions::new()
            .as_of(self.as_of)
            .limits(self.limits);
        o.accepted = self.accepted.clone();
        o.rulepacks = self.rulepacks.clone();
        o
    }

    /// The core's validation options (the rule packs are cloned per call).
    pub(crate) fn validate_options(&self) -> kientruc::ValidateOptions {
        let mut o = kientruc::ValidateOptions::new()
            .as_of(self.as_of)
            .limits(self.limits);
        o.rulepacks = self.rulepacks.clone();
        o
    }
}

/// # Safety
/// `o` must be NULL or a live options object not used by another thread.
unsafe fn options_mut<'a>(o: *mut kt_options) -> Result<&'a mut kt_options, Failure> {
    // SAFETY: forwarded contract.
    unsafe { o.as_mut() }.ok_or_else(|| null("options"))
}

/// Writes new options with the defaults (limits as documented in SECURITY.md, no date, no rule
/// pack, no acceptance) to `*out`; free them with `kt_options_free`.
///
/// # Safety
/// `out` must be NULL (KT_STATUS_NULL_ARGUMENT) or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_options_new(out: *mut *mut kt_options) -> kt_status {
    guard(|| {
        if out.is_null() {
            return Err(null("out"));
        }
        // SAFETY: checked non-null above.
        unsafe { *out = Box::into_raw(Box::default()) };
        Ok(())
    })
}

/// Frees options. NULL is allowed; must not be called twice on the same pointer.
///
/// # Safety
/// `options` must be NULL or a pointer from `kt_options_new`, not yet freed.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_options_free(options: *mut kt_options) {
    guard_value((), || {
        if !options.is_null() {
            // SAFETY: the pointer came from Box::into_raw in kt_options_new.
            drop(unsafe { Box::from_raw(options) });
        }
    })
}

/// Sets input limit `limit` (a `KT_LIMIT_*` value) to `value`. A document over a limit fails the
/// call that reads it with KT_STATUS_LIMIT; an unknown `limit` gives KT_STATUS_INVALID_ARGUMENT.
///
/// # Safety
/// `options` must be a live options object not used by another thread.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_options_set_limit(
    options: *mut kt_options,
    limit: kt_limit,
    value: usize,
) -> kt_status {
    guard(|| {
        // SAFETY: per the contract.
        let o = unsafe { options_mut(options) }?;
        let name = limit_arg(limit)?;
        if !o.limits.set(name, value) {
            return Err(invalid(format!("the library has no limit '{name}'")));
        }
        Ok(())
    })
}

/// Writes the value of input limit `limit` (a `KT_LIMIT_*` value) to `*out`. `options` may be
/// NULL: the default.
///
/// # Safety
/// `options` must be NULL or a live options object; `out` writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_options_limit(
    options: *const kt_options,
    limit: kt_limit,
    out: *mut usize,
) -> kt_status {
    guard(|| {
        // SAFETY: per the contract.
        let o = unsafe { kt_options::or_default(options) };
        let name = limit_arg(limit)?;
        if out.is_null() {
            return Err(null("out"));
        }
        let l = &o.limits;
        let v = match name {
            "max_bytes" => l.max_bytes,
            "max_depth" => l.max_depth,
            "max_string_bytes" => l.max_string_bytes,
            "max_elements" => l.max_elements,
            "max_relations" => l.max_relations,
            "max_components" => l.max_components,
            other => return Err(invalid(format!("the library has no limit '{other}'"))),
        };
        // SAFETY: checked non-null above.
        unsafe { *out = v };
        Ok(())
    })
}

/// Sets the date checks and validations are made as of: a NUL-terminated `YYYY-MM-DD`, or NULL for
/// the default (a project's appraisal date, a model's `valid_from`; never the clock). A bad date
/// gives KT_STATUS_INVALID_ARGUMENT and leaves the options unchanged.
///
/// # Safety
/// `options` must be a live options object not used by another thread; `as_of` NULL or
/// NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_options_set_as_of(
    options: *mut kt_options,
    as_of: *const c_char,
) -> kt_status {
    guard(|| {
        // SAFETY: per the contract.
        let o = unsafe { options_mut(options) }?;
        // SAFETY: per the contract.
        o.as_of = unsafe { as_of_arg(as_of) }?;
        Ok(())
    })
}

/// Reads an `as_of` argument: NULL for the default date, else a NUL-terminated `YYYY-MM-DD`.
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

/// Adds a rule pack (`rulepack/1` JSON, `len` bytes of UTF-8): its project rules apply to checks,
/// its model rules to validations. The pack is read now, under the limits set so far; a pack that
/// cannot be read fails with the status a project would (KT_STATUS_PARSE, KT_STATUS_SCHEMA, ...),
/// its message naming `<rulepack i>` (i counts from 0), and the options stay unchanged.
///
/// # Safety
/// `options` must be a live options object not used by another thread; `json` must point to `len`
/// readable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_options_add_rulepack(
    options: *mut kt_options,
    json: *const u8,
    len: usize,
) -> kt_status {
    guard(|| {
        // SAFETY: per the contract.
        let o = unsafe { options_mut(options) }?;
        // SAFETY: per the contract.
        let data = unsafe { bytes(json, len, "json") }?;
        let name = format!("<rulepack {}>", o.rulepacks.len());
        o.rulepacks
            .push(kientruc::RulePack::from_json_with(data, &name, &o.limits)?);
        Ok(())
    })
}

/// Adds the appraiser's acceptance of a proposal's justifications (`acceptance/1` JSON, `len`
/// bytes of UTF-8); its entries for other projects are ignored. Read now, under the limits set so
/// far; errors as for `kt_options_add_rulepack`, naming `<acceptance i>`.
///
/// # Safety
/// As for `kt_options_add_rulepack`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_options_add_acceptance(
    options: *mut kt_options,
    json: *const u8,
    len: usize,
) -> kt_status {
    guard(|| {
        // SAFETY: per the contract.
        let o = unsafe { options_mut(options) }?;
        // SAFETY: per the contract.
        let data = unsafe { bytes(json, len, "json") }?;
        let name = format!("<acceptance {}>", o.acceptance_docs);
        let doc = kientruc::acceptance::AcceptanceDoc::from_json_with(data, &name, &o.limits)?;
        o.accepted.extend(doc.accepted);
        o.acceptance_docs += 1;
        Ok(())
    })
}
