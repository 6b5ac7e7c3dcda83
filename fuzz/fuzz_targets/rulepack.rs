//! A rule pack: no panic when loading it or applying it to the valid example model.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    static M: OnceLock<(kientruc::Model, kientruc::Framework)> = OnceLock::new();
    let (m, fw) = M.get_or_init(|| {
        let b = kientruc::Baseline::default_builtin().expect("baseline");
        (b.model, b.framework)
    });
    if let Ok(pack) = kientruc::RulePack::from_json(data, "fuzz") {
        let _ = kientruc::validate(m, fw, std::slice::from_ref(&pack), &Default::default());
    }
});
