//! The C face of kientruc. Opaque handles, `kt_status` codes, a thread-local last error, one
//! `_free` per owned type, and a panic boundary around every function. The header
//! `include/kientruc.h` is generated from these sources by cbindgen and checked in.

#![allow(non_camel_case_types)]
// The one crate of the workspace that needs `unsafe`: raw pointers cross the C boundary. Every
// `unsafe` function states its contract (`clippy::missing_safety_doc`) and every block its reason
// (`clippy::undocumented_unsafe_blocks`), both from the workspace lints.
#![allow(unsafe_code)]

mod handles;
mod status;
mod strings;

#[cfg(test)]
mod ffi_tests;

pub use handles::*;
pub use status::{kt_last_error_length, kt_last_error_message, kt_status};
pub use strings::kt_string_free;
