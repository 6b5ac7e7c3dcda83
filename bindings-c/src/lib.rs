//! The C face of kientruc. Opaque handles, `kt_status` codes, a thread-local last error, one
//! `_free` per owned type, and a panic boundary around every function. Every enumeration that
//! crosses the boundary is a plain integer checked on entry (`values.rs`). The header
//! `include/kientruc.h` is generated from these sources by cbindgen and checked in.

#![allow(non_camel_case_types)]
// The one crate of the workspace that needs `unsafe`: raw pointers cross the C boundary. Every
// `unsafe` function states its contract (`clippy::missing_safety_doc`) and every block its reason
// (`clippy::undocumented_unsafe_blocks`), both from the workspace lints.
#![allow(unsafe_code)]

mod baseline;
mod catalog;
mod options;
mod report;
mod status;
mod strings;
mod values;

#[cfg(test)]
mod ffi_tests;

pub use baseline::*;
pub use catalog::*;
pub use options::*;
pub use report::*;
pub use status::*;
pub use strings::kt_string_free;
pub use values::*;
