//! Status codes, the thread-local last error, and the panic boundary. Every `extern "C"` function
//! runs its body through [`guard`], so no panic crosses into C.

use std::cell::RefCell;
use std::ffi::c_char;
use std::panic::{AssertUnwindSafe, catch_unwind};

/// The result of every fallible function: one of the `KT_STATUS_*` values, which are stable and
/// never reused. A plain integer (not a C enum), so that C++ callers can store it and
/// `kt_status_code` can check a value it is given.
pub type kt_status = i32;
/// Success.
pub const KT_STATUS_OK: kt_status = 0;
/// Not JSON, or an empty document (core code `parse`).
pub const KT_STATUS_PARSE: kt_status = 1;
/// Not UTF-8 text (core code `encoding`).
pub const KT_STATUS_ENCODING: kt_status = 2;
/// JSON of the wrong shape (core code `schema`).
pub const KT_STATUS_SCHEMA: kt_status = 3;
/// An input exceeds a limit (core code `limit`; see `kt_options_set_limit`).
pub const KT_STATUS_LIMIT: kt_status = 4;
/// No built-in baseline or framework of that name (core code `unknown-baseline`).
pub const KT_STATUS_UNKNOWN_BASELINE: kt_status = 5;
/// A file could not be read (core code `io`).
pub const KT_STATUS_IO: kt_status = 6;
/// A core error of a kind this version does not know (code `error`).
pub const KT_STATUS_ERROR: kt_status = 99;
/// A required pointer argument was NULL (code `null-argument`).
pub const KT_STATUS_NULL_ARGUMENT: kt_status = 100;
/// A string argument was not UTF-8 (code `invalid-utf8`).
pub const KT_STATUS_INVALID_UTF8: kt_status = 101;
/// An argument had a value out of range: an unknown format, field, level, language, limit or
/// other `KT_*` value, a bad date, an index too large (code `invalid-argument`).
pub const KT_STATUS_INVALID_ARGUMENT: kt_status = 102;
/// The library panicked; the operation had no effect. Please report it (code `panic`).
pub const KT_STATUS_PANIC: kt_status = 200;

/// Every status with its stable code string, NUL-terminated for `kt_status_code`. The core's
/// codes are the same strings every other face uses.
const CODES: [(kt_status, &str); 12] = [
    (KT_STATUS_OK, "ok\0"),
    (KT_STATUS_PARSE, "parse\0"),
    (KT_STATUS_ENCODING, "encoding\0"),
    (KT_STATUS_SCHEMA, "schema\0"),
    (KT_STATUS_LIMIT, "limit\0"),
    (KT_STATUS_UNKNOWN_BASELINE, "unknown-baseline\0"),
    (KT_STATUS_IO, "io\0"),
    (KT_STATUS_ERROR, "error\0"),
    (KT_STATUS_NULL_ARGUMENT, "null-argument\0"),
    (KT_STATUS_INVALID_UTF8, "invalid-utf8\0"),
    (KT_STATUS_INVALID_ARGUMENT, "invalid-argument\0"),
    (KT_STATUS_PANIC, "panic\0"),
];

/// The stable code of a status ("ok", "parse", "encoding", "schema", "limit",
/// "unknown-baseline", "io", "error", "null-argument", "invalid-utf8", "invalid-argument",
/// "panic"): a static NUL-terminated string, not to be freed. NULL for a value that is no
/// `KT_STATUS_*`.
#[unsafe(no_mangle)]
pub extern "C" fn kt_status_code(status: kt_status) -> *const c_char {
    guard_value(std::ptr::null(), || {
        CODES
            .iter()
            .find(|(s, _)| *s == status)
            .map_or(std::ptr::null(), |(_, c)| c.as_ptr().cast())
    })
}

thread_local! {
    static LAST_ERROR: RefCell<Option<String>> = const { RefCell::new(None) };
}

pub(crate) fn set_last_error(message: String) {
    LAST_ERROR.with(|e| *e.borrow_mut() = Some(message));
}

fn clear_last_error() {
    LAST_ERROR.with(|e| *e.borrow_mut() = None);
}

/// A failure: the status and the message for `kt_last_error_message`.
#[derive(Debug)]
pub(crate) struct Failure(pub kt_status, pub String);

/// The one mapping of core errors to statuses, by variant (the message keeps the code too).
impl From<kientruc::Error> for Failure {
    fn from(e: kientruc::Error) -> Failure {
        use kientruc::Error as E;
        let status = match &e {
            E::Parse { .. } => KT_STATUS_PARSE,
            E::Encoding { .. } => KT_STATUS_ENCODING,
            E::Schema { .. } => KT_STATUS_SCHEMA,
            E::Limit { .. } => KT_STATUS_LIMIT,
            E::UnknownBaseline { .. } => KT_STATUS_UNKNOWN_BASELINE,
            E::Io { .. } => KT_STATUS_IO,
            E::Argument { .. } => KT_STATUS_INVALID_ARGUMENT,
            // The core's error enum is non-exhaustive: a newer kind is a generic error.
            _ => KT_STATUS_ERROR,
        };
        Failure(status, format!("error[{}]: {e}", e.code()))
    }
}

pub(crate) fn null(name: &str) -> Failure {
    Failure(
        KT_STATUS_NULL_ARGUMENT,
        format!("argument '{name}' is NULL"),
    )
}

pub(crate) fn invalid(message: impl Into<String>) -> Failure {
    Failure(KT_STATUS_INVALID_ARGUMENT, message.into())
}

/// Runs `body`, catching panics; records the error message of a failure. The last error is
/// cleared on success, so it always describes the latest call on this thread.
pub(crate) fn guard(body: impl FnOnce() -> Result<(), Failure>) -> kt_status {
    match catch_unwind(AssertUnwindSafe(body)) {
        Ok(Ok(())) => {
            clear_last_error();
            KT_STATUS_OK
        }
        Ok(Err(Failure(status, message))) => {
            set_last_error(message);
            status
        }
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            set_last_error(format!("internal error (panic): {what}"));
            KT_STATUS_PANIC
        }
    }
}

/// Runs `body` for functions that return a value rather than a status: a panic gives `fallback`.
pub(crate) fn guard_value<T>(fallback: T, body: impl FnOnce() -> T) -> T {
    catch_unwind(AssertUnwindSafe(body)).unwrap_or(fallback)
}

/// The length of the last error message on this thread, plus one for the terminating NUL; 0 when
/// the last call succeeded.
#[unsafe(no_mangle)]
pub extern "C" fn kt_last_error_length() -> usize {
    guard_value(0, || {
        LAST_ERROR.with(|e| e.borrow().as_ref().map_or(0, |m| m.len() + 1))
    })
}

/// Copies the last error message of this thread into `buf` (capacity `len` bytes), truncated if
/// needed and always NUL-terminated when `len > 0`. Returns the number of bytes written, excluding
/// the NUL; 0 when there is no error or `buf` is NULL.
///
/// # Safety
/// `buf` must be NULL or point to at least `len` writable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kt_last_error_message(buf: *mut c_char, len: usize) -> usize {
    guard_value(0, || {
        if buf.is_null() || len == 0 {
            return 0;
        }
        LAST_ERROR.with(|e| {
            let e = e.borrow();
            let Some(m) = e.as_ref() else {
                // SAFETY: buf is non-null with at least one writable byte (len > 0).
                unsafe { *buf = 0 };
                return 0;
            };
            // Truncate on a character boundary so the copy stays valid UTF-8.
            let mut n = m.len().min(len - 1);
            while !m.is_char_boundary(n) {
                n -= 1;
            }
            // SAFETY: the caller gives `len` writable bytes; we write n + 1 <= len of them.
            unsafe {
                std::ptr::copy_nonoverlapping(m.as_ptr(), buf.cast::<u8>(), n);
                *buf.add(n) = 0;
            }
            n
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::CStr;

    #[test]
    fn panics_become_a_status_and_a_message() {
        let s = guard(|| panic!("boom"));
        assert_eq!(s, KT_STATUS_PANIC);
        let mut buf = [0 as c_char; 64];
        // SAFETY: buf has 64 writable bytes.
        let n = unsafe { kt_last_error_message(buf.as_mut_ptr(), buf.len()) };
        let msg = String::from_utf8(buf[..n].iter().map(|&c| c as u8).collect()).expect("utf8");
        assert_eq!(msg, "internal error (panic): boom");
        assert_eq!(kt_last_error_length(), msg.len() + 1);
        assert_eq!(guard(|| Ok(())), KT_STATUS_OK);
        assert_eq!(kt_last_error_length(), 0);
    }

    #[test]
    fn every_status_has_its_code_and_other_values_none() {
        let code = |s| {
            let p = kt_status_code(s);
            // SAFETY: a non-NULL result is a static NUL-terminated string.
            (!p.is_null()).then(|| unsafe { CStr::from_ptr(p) }.to_str().expect("utf8"))
        };
        assert_eq!(code(KT_STATUS_OK), Some("ok"));
        assert_eq!(code(KT_STATUS_UNKNOWN_BASELINE), Some("unknown-baseline"));
        assert_eq!(code(KT_STATUS_INVALID_ARGUMENT), Some("invalid-argument"));
        for bad in [-1, 7, 98, 103, 199, 201, i32::MAX, i32::MIN] {
            assert_eq!(code(bad), None, "{bad}");
        }
        // The core's codes are the faces' codes.
        for (e, s) in [
            (
                kientruc::Baseline::builtin("nope").expect_err("no such baseline"),
                KT_STATUS_UNKNOWN_BASELINE,
            ),
            (
                kientruc::Project::from_json(b"{", "p").expect_err("truncated"),
                KT_STATUS_PARSE,
            ),
        ] {
            let c = e.code();
            assert_eq!(Failure::from(e).0, s);
            assert_eq!(code(s), Some(c));
        }
        // A bad argument the core finds is the C face's invalid argument.
        let e = kientruc::Error::argument("limits", "sai", "wrong");
        assert_eq!(Failure::from(e).0, KT_STATUS_INVALID_ARGUMENT);
    }
}
