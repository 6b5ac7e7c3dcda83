//! A project document against the default baseline: no panic; the same input gives the same report;
//! every renderer works and the JSON report parses back.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    static B: OnceLock<kientruc::Baseline> = OnceLock::new();
    let b = B.get_or_init(|| kientruc::Baseline::default_builtin().expect("baseline"));
    if let Ok(p) = kientruc::Project::from_json(data, "fuzz") {
        let r = kientruc::check(&p, b, &Default::default());
        let json = kientruc::report::to_json(&r);
        assert_eq!(json, kientruc::report::to_json(&kientruc::check(&p, b, &Default::default())));
        let back: kientruc::Report = serde_json_parse(&json);
        assert_eq!(back, r);
        let _ = kientruc::report::to_sarif(std::slice::from_ref(&r), kientruc::Lang::En);
        let _ = kientruc::report::to_html(&r, kientruc::Lang::Vi);
        let _ = kientruc::report::to_markdown(&r, kientruc::Lang::Vi);
    }
});

fn serde_json_parse(s: &str) -> kientruc::Report {
    kientruc::report::from_json(s).expect("a report re-parses")
}
