//! A framework file: no panic when loading it.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(fw) = kientruc::Framework::from_json(data, "fuzz") {
        let _ = fw.allowed_targets("serves", "portal");
    }
});
