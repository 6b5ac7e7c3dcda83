//! An ArchiMate exchange file: no panic; an imported model exports and re-imports to itself.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok((doc, _report)) = kientruc::archimate::validate_exchange(data, "fuzz.xml", &Default::default()) {
        let xml = kientruc::archimate::to_xml(&doc);
        let x = kientruc::archimate::parse(xml.as_bytes(), "again.xml").expect("an export re-imports");
        let again = kientruc::archimate::to_model(&x);
        assert_eq!(kientruc::model::to_json(&again), kientruc::model::to_json(&doc));
    }
});
