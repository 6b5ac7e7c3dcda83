//! What the library holds rather than reads: its version, built-in baselines, rules, schemas,
//! level ids and display names; and the ArchiMate conversions, which produce text from text.

use crate::options::kt_options;
use crate::status::{guard, invalid, kt_status, null};
use crate::strings::{bytes, give, opt_cstr};
use crate::values::{kt_lang, kt_level, lang_arg, level_arg};
use kientruc::{Lang, Level};
use std::ffi::{CString, c_char};
use std::sync::LazyLock;

/// The library's version, a static NUL-terminated string (do not free).
#[unsafe(no_mangle)]
pub extern "C" fn kt_version() -> *const c_char {
    concat!(env!("CARGO_PKG_VERSION"), "\0").as_ptr().cast()
}

/// Level ids and display names as static C strings: `[id, Vietnamese name, English name]` per
/// level, "" for none. Built once; they live as long as the library.
static LEVEL_TEXTS: LazyLock<Vec<(Option<Level>, [CString; 3])>> = LazyLock::new(|| {
    let c = |s: &str| CString::new(s).unwrap_or_default();
    std::iter::once(None)
        .chain(Level::ALL.into_iter().map(Some))
        .map(|l| {
            let texts = match l {
                None => [c(""), c(""), c("")],
                Some(l) => [c(l.id()), c(&l.display(Lang::Vi)), c(&l.display(Lang::En))],
            };
            (l, texts)
        })
        .collect()
});

/// Writes the static text `which` (0 id, 1 Vietnamese, 2 English) of level `level` to `*out`.
///
/// # Safety
/// `out` must be NULL or writable.
unsafe fn level_text(
    level: kt_level,
    which: usize,
    out: *mut *const c_char,
) -> Result<(), crate::status::Failure> {
    let l = level_arg(level)?;
    if out.is_null() {
        return Err(null("out"));
    }
    let texts = LEVEL_TEXTS
        .iter()
        .find(|(x, _)| *x == l)
        .map(|(_, t)| &t[which])
        .ok_or_else(|| invalid(format!("no text for level {level}")))?;
    // SAFETY: checked non-null above; the string is static.
    unsafe { *out = texts.as_ptr() };
    Ok(())
}

/// Writes the stable id of `level` (a `KT_LEVEL_*` value: "non-conformant", …; "" for
/// KT_LEVEL_NONE) to `*out`: a static NUL-terminated string, not to be freed. An unknown value
/// gives KT_STATUS_INVALID_ARGUMENT.
///
/// # Safety
/// `out` must be NULL (KT_STATUS_NULL_ARGUMENT) or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_level_id(level: kt_level, out: *mut *const c_char) -> kt_status {
    // SAFETY: forwarded contract.
    guard(|| unsafe { level_text(level, 0, out) })
}

/// Writes the display name of `level` (a `KT_LEVEL_*` value) in language `lang` — the name every
/// report prints, e.g. "Cơ bản tuân thủ, cần bổ sung thông tin" — to `*out`: a static
/// NUL-terminated string, not to be freed; "" for KT_LEVEL_NONE. An unknown level or language
/// gives KT_STATUS_INVALID_ARGUMENT.
///
/// # Safety
/// `out` must be NULL (KT_STATUS_NULL_ARGUMENT) or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_level_name(
    level: kt_level,
    lang: kt_lang,
    out: *mut *const c_char,
) -> kt_status {
    guard(|| {
        let which = match lang_arg(lang)? {
            Lang::Vi => 1,
            Lang::En => 2,
        };
        // SAFETY: forwarded contract.
        unsafe { level_text(level, which, out) }
    })
}

/// The names of the built-in baselines, as a JSON array of strings (the names
/// `kt_baseline_builtin` takes), into `*out` (free with `kt_string_free`).
///
/// # Safety
/// `out` writable; `out_len` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_builtin_baselines(
    out: *mut *mut c_char,
    out_len: *mut usize,
) -> kt_status {
    guard(|| {
        let names = kientruc::Baseline::builtin_names();
        let json = format!(
            "[{}]",
            names
                .iter()
                .map(|n| format!("{n:?}"))
                .collect::<Vec<_>>()
                .join(",")
        );
        // SAFETY: per the contract.
        unsafe { give(json, out, out_len) }
    })
}

/// Every built-in rule as a JSON array, into `*out` (free with `kt_string_free`).
///
/// # Safety
/// `out` writable; `out_len` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_rules_json(out: *mut *mut c_char, out_len: *mut usize) -> kt_status {
    guard(|| {
        let rules: Vec<String> = kientruc::rules::builtin()
            .iter()
            .map(kientruc::rules::to_json)
            .collect();
        // SAFETY: per the contract.
        unsafe { give(format!("[{}]", rules.join(",")), out, out_len) }
    })
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
        let s = kientruc::schema::schema(name).ok_or_else(|| {
            invalid(format!(
                "unknown schema '{name}'; known: {}",
                kientruc::schema::NAMES.join(", ")
            ))
        })?;
        // SAFETY: per the contract.
        unsafe { give(s, out, out_len) }
    })
}

/// Imports an ArchiMate Model Exchange File (`len` bytes of UTF-8 XML), under the limits of
/// `options` (NULL: the defaults; `max_bytes`, `max_elements` and `max_relations` apply), and
/// writes the model as `model/1` JSON to `*out` (free with `kt_string_free`).
///
/// # Safety
/// `xml` must point to `len` readable bytes; `options` NULL or live; `out` writable; `out_len`
/// NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_archimate_import(
    xml: *const u8,
    len: usize,
    options: *const kt_options,
    out: *mut *mut c_char,
    out_len: *mut usize,
) -> kt_status {
    guard(|| {
        // SAFETY: per the contract above.
        let data = unsafe { bytes(xml, len, "xml") }?;
        // SAFETY: per the contract above.
        let o = unsafe { kt_options::or_default(options) };
        let x = kientruc::archimate::parse_with(data, "<archimate>", &o.limits)?;
        let json = kientruc::model::to_json(&kientruc::archimate::to_model(&x));
        // SAFETY: per the contract above.
        unsafe { give(json, out, out_len) }
    })
}

/// Exports a `model/1` JSON document (`len` bytes), read under the limits of `options` (NULL: the
/// defaults), as an ArchiMate Model Exchange File into `*out` (free with `kt_string_free`).
///
/// # Safety
/// `model` must point to `len` readable bytes; `options` NULL or live; `out` writable; `out_len`
/// NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_archimate_export(
    model: *const u8,
    len: usize,
    options: *const kt_options,
    out: *mut *mut c_char,
    out_len: *mut usize,
) -> kt_status {
    guard(|| {
        // SAFETY: per the contract above.
        let data = unsafe { bytes(model, len, "model") }?;
        // SAFETY: per the contract above.
        let o = unsafe { kt_options::or_default(options) };
        let m = kientruc::Model::from_json_with(data, "<model>", &o.limits)?;
        // SAFETY: per the contract above.
        unsafe { give(kientruc::archimate::to_xml(m.doc()), out, out_len) }
    })
}
