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

/// New options, freed by the caller.
fn options() -> *mut kt_options {
    let mut o = null_mut();
    // SAFETY: `o` is writable.
    assert_eq!(unsafe { kt_options_new(&mut o) }, KT_STATUS_OK);
    o
}

#[test]
fn a_check_hands_out_a_report_that_is_read_and_freed() {
    let mut b = null_mut();
    // SAFETY: every pointer passed below is valid for the documented lengths, and each owned
    // handle or string is freed exactly once.
    unsafe {
        assert_eq!(kt_baseline_default(&mut b), KT_STATUS_OK);
        let mut r = null_mut();
        assert_eq!(
            kt_baseline_check(b, PROJECT.as_ptr(), PROJECT.len(), null(), &mut r),
            KT_STATUS_OK
        );
        assert!(kt_report_finding_count(r) > 0);
        let (mut s, mut len) = (null_mut(), 0usize);
        assert_eq!(
            kt_report_finding_field(r, 0, KT_FIELD_RULE, 1, &mut s, &mut len),
            KT_STATUS_OK
        );
        assert_eq!(CStr::from_ptr(s).to_bytes().len(), len);
        kt_string_free(s);
        let mut json = null_mut();
        assert_eq!(
            kt_report_render(r, KT_FORMAT_JSON, 0, &mut json, null_mut()),
            KT_STATUS_OK
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
            kt_report_finding_field(r, usize::MAX, KT_FIELD_RULE, 0, &mut s, null_mut()),
            KT_STATUS_OK
        );
        kt_report_free(r);
        kt_baseline_free(b);
        kt_report_free(null_mut());
        kt_baseline_free(null_mut());
        kt_options_free(null_mut());
        kt_string_free(null_mut());
    }
}

#[test]
fn bad_arguments_are_status_codes_with_a_message() {
    let mut b = null_mut();
    let o = options();
    // SAFETY: as above; the NULL and invalid arguments are the documented error cases.
    unsafe {
        assert_eq!(kt_baseline_default(null_mut()), KT_STATUS_NULL_ARGUMENT);
        assert_eq!(kt_baseline_default(&mut b), KT_STATUS_OK);
        let mut r = null_mut();
        assert_eq!(
            kt_baseline_check(b, null(), 5, null(), &mut r),
            KT_STATUS_NULL_ARGUMENT
        );
        assert!(r.is_null());
        let bad = b"{\"kientruc\":\xff}";
        assert_eq!(
            kt_baseline_check(b, bad.as_ptr(), bad.len(), null(), &mut r),
            KT_STATUS_ENCODING
        );
        assert!(last_error().contains("UTF-8"), "{}", last_error());
        let cut = b"{\"kientruc\":";
        assert_eq!(
            kt_baseline_check(b, cut.as_ptr(), cut.len(), null(), &mut r),
            KT_STATUS_PARSE
        );
        assert!(kt_last_error_length() > 1);
        // A tiny buffer gets a truncated, NUL-terminated message.
        let mut tiny = [0x55u8; 4];
        kt_last_error_message(tiny.as_mut_ptr().cast::<c_char>(), tiny.len());
        assert_eq!(tiny[3], 0);
        assert_eq!(
            kt_options_set_as_of(o, c"2024-02-30".as_ptr()),
            KT_STATUS_INVALID_ARGUMENT
        );
        // A success clears the last error.
        assert_eq!(
            kt_options_set_as_of(o, c"2026-09-01".as_ptr()),
            KT_STATUS_OK
        );
        assert_eq!(kt_last_error_length(), 0);
        assert_eq!(
            kt_baseline_check(b, PROJECT.as_ptr(), PROJECT.len(), o, &mut r),
            KT_STATUS_OK
        );
        let mut s = null_mut();
        assert_eq!(
            kt_report_info(r, KT_INFO_AS_OF, KT_LANG_VI, &mut s, null_mut()),
            KT_STATUS_OK
        );
        assert_eq!(CStr::from_ptr(s).to_bytes(), b"2026-09-01");
        kt_string_free(s);
        kt_report_free(r);
        kt_baseline_free(b);
        kt_options_free(o);
    }
}

#[test]
fn integers_out_of_range_are_invalid_arguments_not_undefined_behaviour() {
    let mut b = null_mut();
    let mut r = null_mut();
    let o = options();
    // SAFETY: every pointer is valid; each handle and string is freed once.
    unsafe {
        assert_eq!(kt_baseline_default(&mut b), KT_STATUS_OK);
        assert_eq!(
            kt_baseline_check(b, PROJECT.as_ptr(), PROJECT.len(), null(), &mut r),
            KT_STATUS_OK
        );
        let mut s = null_mut();
        let mut c: *const c_char = null();
        for bad in [6, 7, 99, u32::MAX] {
            assert_eq!(
                kt_report_render(r, bad, KT_LANG_VI, &mut s, null_mut()),
                KT_STATUS_INVALID_ARGUMENT,
                "format {bad}"
            );
        }
        assert!(last_error().contains("unknown format"), "{}", last_error());
        assert_eq!(
            kt_report_finding_field(r, 0, 11, KT_LANG_VI, &mut s, null_mut()),
            KT_STATUS_INVALID_ARGUMENT
        );
        assert_eq!(
            kt_report_info(r, 7, KT_LANG_VI, &mut s, null_mut()),
            KT_STATUS_INVALID_ARGUMENT
        );
        assert_eq!(kt_level_id(8, &mut c), KT_STATUS_INVALID_ARGUMENT);
        assert_eq!(
            kt_level_name(u32::MAX, KT_LANG_VI, &mut c),
            KT_STATUS_INVALID_ARGUMENT
        );
        assert_eq!(
            kt_level_name(KT_LEVEL_COMPLIANT, 2, &mut c),
            KT_STATUS_INVALID_ARGUMENT
        );
        assert_eq!(kt_options_set_limit(o, 6, 1), KT_STATUS_INVALID_ARGUMENT);
        let mut n = 0usize;
        assert_eq!(kt_options_limit(o, 6, &mut n), KT_STATUS_INVALID_ARGUMENT);
        assert_eq!(
            kt_diagram(b, null(), 0, 3, KT_LANG_VI, null(), &mut s, null_mut()),
            KT_STATUS_INVALID_ARGUMENT
        );
        assert!(s.is_null(), "nothing is written on failure");
        // In range, the same calls succeed.
        assert_eq!(kt_level_id(KT_LEVEL_NOT_ASSESSED, &mut c), KT_STATUS_OK);
        assert_eq!(CStr::from_ptr(c).to_bytes(), b"not-assessed");
        assert_eq!(
            kt_level_name(KT_LEVEL_COMPLIANT, KT_LANG_EN, &mut c),
            KT_STATUS_OK
        );
        assert_eq!(CStr::from_ptr(c).to_bytes(), b"Compliant");
        kt_report_free(r);
        kt_baseline_free(b);
        kt_options_free(o);
    }
}

#[test]
fn a_limit_set_in_the_options_holds() {
    let o = options();
    let mut b = null_mut();
    let mut r = null_mut();
    // SAFETY: every pointer is valid; each handle is freed once.
    unsafe {
        assert_eq!(kt_baseline_default(&mut b), KT_STATUS_OK);
        let mut n = 0usize;
        assert_eq!(
            kt_options_limit(null(), KT_LIMIT_MAX_BYTES, &mut n),
            KT_STATUS_OK
        );
        assert_eq!(n, 1 << 30);
        assert_eq!(
            kt_options_set_limit(o, KT_LIMIT_MAX_BYTES, PROJECT.len() - 1),
            KT_STATUS_OK
        );
        assert_eq!(
            kt_baseline_check(b, PROJECT.as_ptr(), PROJECT.len(), o, &mut r),
            KT_STATUS_LIMIT
        );
        assert!(r.is_null());
        assert!(last_error().contains("max_bytes"), "{}", last_error());
        assert_eq!(
            kt_options_set_limit(o, KT_LIMIT_MAX_BYTES, PROJECT.len()),
            KT_STATUS_OK
        );
        assert_eq!(
            kt_baseline_check(b, PROJECT.as_ptr(), PROJECT.len(), o, &mut r),
            KT_STATUS_OK
        );
        kt_report_free(r);
        kt_baseline_free(b);
        kt_options_free(o);
    }
}

#[test]
fn a_model_validates_through_the_c_api() {
    let model = br#"{"kientruc":"model/1","id":"m","framework":"vn-egov-2.0",
      "elements":[{"id":"a","kind":"agency","name":"A"}],"relations":[{"from":"a","to":"a","kind":"part-of"}]}"#;
    let mut r = null_mut();
    // SAFETY: `model` is valid for its length; no options.
    unsafe {
        assert_eq!(
            kt_validate_model(model.as_ptr(), model.len(), null(), &mut r),
            KT_STATUS_OK
        );
        let mut counts = std::mem::zeroed::<kt_counts>();
        assert_eq!(kt_report_counts(r, &mut counts), KT_STATUS_OK);
        assert!(counts.error >= 1);
        assert_eq!(kt_report_level(r), KT_LEVEL_NONE);
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
    let o = options();
    let mut b = null_mut();
    let mut r = null_mut();
    // SAFETY: every pointer is valid for its length; each handle and string is freed once.
    unsafe {
        assert_eq!(kt_baseline_default(&mut b), KT_STATUS_OK);
        assert_eq!(
            kt_options_add_acceptance(o, acceptance.as_ptr(), acceptance.len()),
            KT_STATUS_OK
        );
        assert_eq!(
            kt_baseline_check(b, project.as_ptr(), project.len(), o, &mut r),
            KT_STATUS_OK
        );
        let mut counts = std::mem::zeroed::<kt_counts>();
        assert_eq!(kt_report_counts(r, &mut counts), KT_STATUS_OK);
        assert_eq!((counts.waived, counts.accepted), (1, 1));
        let n = kt_report_finding_count(r);
        let mut seen = false;
        for i in 0..n {
            let mut s = null_mut();
            assert_eq!(
                kt_report_finding_field(r, i, KT_FIELD_ACCEPTED_BY, 0, &mut s, null_mut()),
                KT_STATUS_OK
            );
            seen |= CStr::from_ptr(s).to_bytes() == b"S";
            kt_string_free(s);
        }
        assert!(seen, "the acceptance is recorded on the finding");
        kt_report_free(r);
        // A bad document: a status code, and the options keep what they had.
        assert_eq!(
            kt_options_add_acceptance(o, b"{".as_ptr(), 1),
            KT_STATUS_PARSE
        );
        assert!(last_error().contains("<acceptance 1>"), "{}", last_error());
        assert_eq!(
            kt_options_add_acceptance(o, null(), 1),
            KT_STATUS_NULL_ARGUMENT
        );
        kt_baseline_free(b);
        kt_options_free(o);
    }
}
