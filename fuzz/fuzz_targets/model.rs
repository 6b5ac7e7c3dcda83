//! A model document: no panic; validation is deterministic and its report re-parses.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(m) = kientruc::Model::from_json(data, "fuzz") {
        if let Ok(fw) = kientruc::Framework::builtin(&m.doc().framework) {
            let r = kientruc::validate(&m, &fw, &Default::default());
            let json = kientruc::report::to_json(&r);
            assert_eq!(json, kientruc::report::to_json(&kientruc::validate(&m, &fw, &Default::default())));
            assert_eq!(kientruc::report::from_json(&json).expect("re-parses"), r);
        }
        // A model exports to ArchiMate and re-imports without panicking.
        let xml = kientruc::archimate::to_xml(m.doc());
        let _ = kientruc::archimate::parse(xml.as_bytes(), "fuzz.xml").map(|x| kientruc::archimate::to_model(&x));
    }
});
