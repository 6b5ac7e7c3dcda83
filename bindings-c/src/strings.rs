//! Reading C arguments and handing strings back. Returned strings are allocated by Rust and must be
//! freed with `kt_string_free`.

use crate::status::{Failure, KT_STATUS_INVALID_UTF8, guard_value, invalid, null};
use std::ffi::{CStr, CString, c_char};

/// Borrows `len` bytes at `ptr` (UTF-8 is the core's to check, to report the right location).
///
/// # Safety
/// `ptr` must be NULL or point to `len` readable bytes that live for `'a`.
pub(crate) unsafe fn bytes<'a>(
    ptr: *const u8,
    len: usize,
    name: &str,
) -> Result<&'a [u8], Failure> {
    if ptr.is_null() {
        return if len == 0 { Ok(&[]) } else { Err(null(name)) };
    }
    // SAFETY: guaranteed by the caller.
    Ok(unsafe { std::slice::from_raw_parts(ptr, len) })
}

/// Borrows `len` bytes at `ptr` as UTF-8 text.
///
/// # Safety
/// As for [`bytes`].
pub(crate) unsafe fn text<'a>(ptr: *const u8, len: usize, name: &str) -> Result<&'a str, Failure> {
    // SAFETY: forwarded contract.
    let b = unsafe { bytes(ptr, len, name) }?;
    std::str::from_utf8(b).map_err(|e| {
        Failure(
            KT_STATUS_INVALID_UTF8,
            format!(
                "argument '{name}' is not UTF-8 (invalid byte at offset {})",
                e.valid_up_to()
            ),
        )
    })
}

/// Borrows an optional NUL-terminated UTF-8 string.
///
/// # Safety
/// `ptr` must be NULL or a NUL-terminated string.
pub(crate) unsafe fn opt_cstr<'a>(
    ptr: *const c_char,
    name: &str,
) -> Result<Option<&'a str>, Failure> {
    if ptr.is_null() {
        return Ok(None);
    }
    // SAFETY: guaranteed by the caller.
    let s = unsafe { CStr::from_ptr(ptr) };
    s.to_str().map(Some).map_err(|_| {
        Failure(
            KT_STATUS_INVALID_UTF8,
            format!("argument '{name}' is not UTF-8"),
        )
    })
}

/// Writes an owned copy of `s` to `out` (and its length, without the NUL, to `out_len`).
///
/// # Safety
/// `out` must be NULL or writable; `out_len` likewise.
pub(crate) unsafe fn give(
    s: String,
    out: *mut *mut c_char,
    out_len: *mut usize,
) -> Result<(), Failure> {
    if out.is_null() {
        return Err(null("out"));
    }
    let len = s.len();
    // A NUL inside the text would cut it short in C: refuse rather than truncate silently.
    let c = CString::new(s).map_err(|_| invalid("the text contains a NUL byte"))?;
    // SAFETY: checked non-null above; out_len is checked before use.
    unsafe {
        *out = c.into_raw();
        if !out_len.is_null() {
            *out_len = len;
        }
    }
    Ok(())
}

/// Frees a string returned by the library. NULL is allowed. Must not be called twice on the same
/// pointer, and never on memory not returned by kientruc.
///
/// # Safety
/// `s` must be NULL or a pointer returned by a kientruc function and not yet freed.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_string_free(s: *mut c_char) {
    guard_value((), || {
        if !s.is_null() {
            // SAFETY: the pointer came from CString::into_raw in `give`.
            drop(unsafe { CString::from_raw(s) });
        }
    })
}
