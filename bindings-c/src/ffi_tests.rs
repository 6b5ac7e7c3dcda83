//! The FFI functions called from Rust as C would call them: ownership handed out and back, NULL
//! and invalid arguments, errors and the last-error buffer. Small inputs on purpose: these tests
//! also run under Miri (`scripts/miri.sh`), which checks every raw-pointer access of the unsafe
//! code, and Miri is slow.

use super::*;
use std::ffi::{CStr, c_char};
use std::ptr::{null, null_mut};

const PROJECT: &[u8] = br#"{"kientruc":"project/1","id":"p","name":"Trang tin","owner":"agency:ubnd-hanh-minh",
  "appraisal_date":"2025-03-01","components":[{"id":"c","kind":"portal","maps_to":["commune:hanh-minh:website"],
  "status":"upgrade","internet_facing":true,"ipv6":false,"security_level":2}],
  "integrations":[{"from":"c","to":"national:population","via":"direct"}]}"#;

fn last_error() -> String {
    let mut buf = vec![0u8; 512];
    // SAFETY: `buf` is writable for its length.
    let n = unsafe { kt_last_error_message(buf.as_mut_ptr().cast::<c_char>(), buf.len()) };
    String::from_utf8_lossy(&buf[..n.min(buf.len())])
        .trim_end_matches('\0')
        .to_string()
}

#[test]
fn a_check_hands_out_a_report_that_is_read_and_freed() {
    let mut b = null_mut();
    // SAFETY: every pointer passed below is valid for the documented lengths, and each owned
    // handle or string is freed exactly once.
    unsafe {
        assert_eq!(kt_baseline_default(&mut b), kt_status::Ok);
        let mut r = null_mut();
        assert_eq!(
            kt_baseline_check(b, PROJECT.as_ptr(), PROJECT.len(), null(), &mut r),
            kt_status::Ok
        );
        assert!(kt_report_finding_count(r) > 0);
        let (mut s, mut len) = (null_mut(), 0usize);
        assert_eq!(
            kt_report_finding_field(r, 0, kt_field::Rule, 1, &mut s, &mut len),
            kt_status::Ok
        );
        assert_eq!(CStr::from_ptr(s).to_bytes().len(), len);
        kt_string_free(s);
        let mut json = null_mut();
        assert_eq!(
            kt_report_render(r, kt_format::Json, 0, &mut json, null_mut()),
            kt_status::Ok
        );
        assert!(
            CStr::from_ptr(json)
                .to_str()
                .expect("UTF-8")
                .contains("report/1")
        );
        kt_string_free(json);
        // Out of range is an error, not a read past the end.
        assert_ne!(
            kt_report_finding_field(r, usize::MAX, kt_field::Rule, 0, &mut s, null_mut()),
            kt_status::Ok
        );
        kt_report_free(r);
        kt_baseline_free(b);
        kt_report_free(null_mut());
        kt_baseline_free(null_mut());
        kt_string_free(null_mut());
    }
}

#[test]
fn bad_arguments_are_status_codes_with_a_message() {
    let mut b = null_mut();
    // SAFETY: as above; the NULL and invalid arguments are the documented error cases.
    unsafe {
        assert_eq!(kt_baseline_default(null_mut()), kt_status::NullArgument);
        assert_eq!(kt_baseline_default(&mut b), kt_status::Ok);
        let mut r = null_mut();
        assert_eq!(
            kt_baseline_check(b, null(), 5, null(), &mut r),
            kt_status::NullArgument
        );
        assert!(r.is_null());
        let bad = b"{\"kientruc\":\xff}";
        assert_eq!(
            kt_baseline_check(b, bad.as_ptr(), bad.len(), null(), &mut r),
            kt_status::Encoding
        );
        assert!(last_error().contains("UTF-8"), "{}", last_error());
        let cut = b"{\"kientruc\":";
        assert_eq!(
            kt_baseline_check(b, cut.as_ptr(), cut.len(), null(), &mut r),
            kt_status::Parse
        );
        assert!(kt_last_error_length() > 1);
        // A tiny buffer gets a truncated, NUL-terminated message.
        let mut tiny = [0x55u8; 4];
        kt_last_error_message(tiny.as_mut_ptr().cast::<c_char>(), tiny.len());
        assert_eq!(tiny[3], 0);
        let date = c"2024-02-30";
        assert_eq!(
            kt_baseline_check(b, PROJECT.as_ptr(), PROJECT.len(), date.as_ptr(), &mut r),
            kt_status::InvalidArgument
        );
        // A success clears the last error.
        assert_eq!(
            kt_baseline_check(b, PROJECT.as_ptr(), PROJECT.len(), null(), &mut r),
            kt_status::Ok
        );
        assert_eq!(kt_last_error_length(), 0);
        kt_report_free(r);
        kt_baseline_free(b);
    }
}

#[test]
fn a_model_validates_through_the_c_api() {
    let model = br#"{"kientruc":"model/1","id":"m","framework":"vn-egov-2.0",
      "elements":[{"id":"a","kind":"agency","name":"A"}],"relations":[{"from":"a","to":"a","kind":"part-of"}]}"#;
    let mut r = null_mut();
    // SAFETY: `model` is valid for its length; no packs.
    unsafe {
        assert_eq!(
            kt_validate_model(model.as_ptr(), model.len(), null(), null(), 0, &mut r),
            kt_status::Ok
        );
        let mut counts = std::mem::zeroed::<kt_counts>();
        assert_eq!(kt_report_counts(r, &mut counts), kt_status::Ok);
        assert!(counts.error >= 1);
        kt_report_free(r);
    }
}

#[test]
fn an_acceptance_turns_a_justified_finding_into_accepted() {
    // The project's CONF-07 (no IPv6) is not waivable; its CONF-11 (other hosting) is.
    let project = br#"{"kientruc":"project/1","id":"p","owner":"agency:ubnd-hanh-minh","appraisal_date":"2025-03-01",
      "components":[{"id":"c","kind":"portal","maps_to":["commune:hanh-minh:website"],"status":"upgrade",
      "hosting":"other","internet_facing":true,"ipv6":true,"security_level":2}],
      "waivers":[{"rule":"CONF-11","subject":"c","reason":"Temporary rental."}]}"#;
    let acceptance = br#"{"kientruc":"acceptance/1","accepted":[{"project":"p","rule":"CONF-11","by":"S","date":"2025-03-02"}]}"#;
    let docs = [acceptance.as_ptr()];
    let lens = [acceptance.len()];
    let mut b = null_mut();
    let mut r = null_mut();
    // SAFETY: every pointer is valid for its length; each handle and string is freed once.
    unsafe {
        assert_eq!(kt_baseline_default(&mut b), kt_status::Ok);
        assert_eq!(
            kt_baseline_check_with_acceptance(
                b,
                project.as_ptr(),
                project.len(),
                docs.as_ptr(),
                lens.as_ptr(),
                1,
                null(),
                &mut r
            ),
            kt_status::Ok
        );
        let mut counts = std::mem::zeroed::<kt_counts>();
        assert_eq!(kt_report_counts(r, &mut counts), kt_status::Ok);
        assert_eq!((counts.waived, counts.accepted), (1, 1));
        let n = kt_report_finding_count(r);
        let mut seen = false;
        for i in 0..n {
            let mut s = null_mut();
            assert_eq!(
                kt_report_finding_field(r, i, kt_field::AcceptedBy, 0, &mut s, null_mut()),
                kt_status::Ok
            );
            seen |= CStr::from_ptr(s).to_bytes() == b"S";
            kt_string_free(s);
        }
        assert!(seen, "the acceptance is recorded on the finding");
        kt_report_free(r);
        r = null_mut();
        // NULL arrays with a count, and a bad document: status codes, nothing written.
        assert_eq!(
            kt_baseline_check_with_acceptance(
                b,
                project.as_ptr(),
                project.len(),
                null(),
                lens.as_ptr(),
                1,
                null(),
                &mut r
            ),
            kt_status::NullArgument
        );
        let bad = [b"{".as_ptr()];
        let bad_lens = [1usize];
        assert_eq!(
            kt_baseline_check_with_acceptance(
                b,
                project.as_ptr(),
                project.len(),
                bad.as_ptr(),
                bad_lens.as_ptr(),
                1,
                null(),
                &mut r
            ),
            kt_status::Parse
        );
        assert!(last_error().contains("<acceptance 0>"), "{}", last_error());
        assert!(r.is_null());
        kt_baseline_free(b);
    }
}
