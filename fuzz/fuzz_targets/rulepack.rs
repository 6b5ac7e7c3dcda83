//! A rule pack: no panic when loading it or applying it to the default baseline's model; the
//! report is deterministic and re-parses.
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
        let opts = kientruc::ValidateOptions::new().rulepack(pack);
        let r = kientruc::validate(m, fw, &opts);
        let json = kientruc::report::to_json(&r);
        assert_eq!(json, kientruc::report::to_json(&kientruc::validate(m, fw, &opts)));
        assert_eq!(kientruc::report::from_json(&json).expect("re-parses"), r);
    }
});
