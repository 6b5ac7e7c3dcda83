//! Status codes, the thread-local last error, and the panic boundary. Every `extern "C"` function
//! runs its body through [`guard`], so no panic crosses into C.

use std::cell::RefCell;
use std::panic::{AssertUnwindSafe, catch_unwind};

/// The result of every fallible function. Values are stable and never reused.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum kt_status {
    /// Success.
    Ok = 0,
    /// Not JSON, or an empty document (core code `parse`).
    Parse = 1,
    /// Not UTF-8 text (core code `encoding`).
    Encoding = 2,
    /// JSON of the wrong shape (core code `schema`).
    Schema = 3,
    /// An input exceeds a limit (core code `limit`).
    Limit = 4,
    /// No built-in baseline or framework of that name (core code `unknown-baseline`).
    UnknownBaseline = 5,
    /// A file could not be read (core code `io`).
    Io = 6,
    /// A core error of a kind this version does not know.
    Error = 99,
    /// A required pointer argument was NULL.
    NullArgument = 100,
    /// A string argument was not UTF-8.
    InvalidUtf8 = 101,
    /// An argument had a value out of range (unknown enum value, bad date, index too large).
    InvalidArgument = 102,
    /// The library panicked; the operation had no effect. Please report it.
    Panic = 200,
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
pub(crate) struct Failure(pub kt_status, pub String);

impl From<kientruc::Error> for Failure {
    fn from(e: kientruc::Error) -> Failure {
        let status = match e.code() {
            "parse" => kt_status::Parse,
            "encoding" => kt_status::Encoding,
            "schema" => kt_status::Schema,
            "limit" => kt_status::Limit,
            "unknown-baseline" => kt_status::UnknownBaseline,
            "io" => kt_status::Io,
            _ => kt_status::Error,
        };
        Failure(status, format!("error[{}]: {e}", e.code()))
    }
}

pub(crate) fn null(name: &str) -> Failure {
    Failure(
        kt_status::NullArgument,
        format!("argument '{name}' is NULL"),
    )
}

pub(crate) fn invalid(message: impl Into<String>) -> Failure {
    Failure(kt_status::InvalidArgument, message.into())
}

/// Runs `body`, catching panics; records the error message of a failure. The last error is
/// cleared on success, so it always describes the latest call on this thread.
pub(crate) fn guard(body: impl FnOnce() -> Result<(), Failure>) -> kt_status {
    match catch_unwind(AssertUnwindSafe(body)) {
        Ok(Ok(())) => {
            clear_last_error();
            kt_status::Ok
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
            kt_status::Panic
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
pub unsafe extern "C" fn kt_last_error_message(buf: *mut std::ffi::c_char, len: usize) -> usize {
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

    #[test]
    fn panics_become_a_status_and_a_message() {
        let s = guard(|| panic!("boom"));
        assert_eq!(s, kt_status::Panic);
        let mut buf = [0 as std::ffi::c_char; 64];
        // SAFETY: buf has 64 writable bytes.
        let n = unsafe { kt_last_error_message(buf.as_mut_ptr(), buf.len()) };
        let msg = String::from_utf8(buf[..n].iter().map(|&c| c as u8).collect()).expect("utf8");
        assert_eq!(msg, "internal error (panic): boom");
        assert_eq!(kt_last_error_length(), msg.len() + 1);
        assert_eq!(guard(|| Ok(())), kt_status::Ok);
        assert_eq!(kt_last_error_length(), 0);
    }
}
