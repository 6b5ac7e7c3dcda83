//! The face API (`kientruc::api`, `render`, the option structs): every call honours the options
//! it is given, limits included, and gives the same result as the lower-level calls it replaces.

use kientruc::Limits;
use kientruc::api::{self, Batch};
use kientruc::{
    Baseline, CheckOptions, Date, DiagramOptions, Error, Format, Framework, Lang, Project, Report,
    RulePack, ValidateOptions, render,
};
use std::path::PathBuf;

fn examples() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples")
}

fn read(rel: &str) -> Vec<u8> {
    let p = examples().join(rel);
    std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// Limits with one of them set low.
fn limit(name: &str, n: usize) -> Limits {
    let mut l = Limits::default();
    l.try_set(name, n).expect("a limit name");
    l
}

fn assert_limit(r: Result<impl std::fmt::Debug, Error>, what: &str) {
    match r {
        Err(Error::Limit { what: w, .. }) => assert_eq!(w, what),
        other => panic!("expected a {what} limit error, got {other:?}"),
    }
}

#[test]
fn check_json_gives_the_report_of_parse_then_check() {
    let bytes = read("projects/hanh-minh-website.json");
    let b = Baseline::default_builtin().expect("baseline");
    let p = Project::from_json(&bytes, "p").expect("project");
    let opts = CheckOptions::new();
    let direct = kientruc::check(&p, &b, &opts);
    let via = api::check_json_against(&bytes, "p", &b, &opts).expect("checks");
    assert_eq!(via, direct);
    // The chosen baseline: the project's own field, else by date; `opts.baseline` names one.
    let chosen = api::check_json(&bytes, "p", &opts).expect("checks");
    let own = api::check_project(&p, &opts).expect("checks");
    assert_eq!(chosen, own);
    let national = api::check_json(
        &bytes,
        "p",
        &CheckOptions::new().baseline("vn-national-digital-2025"),
    )
    .expect("checks");
    assert_eq!(
        national.baseline.map(|b| b.id).as_deref(),
        Some("vn-national-digital-2025")
    );
}

#[test]
fn limits_in_the_options_change_the_outcome_of_an_oversized_input() {
    let bytes = read("projects/one-stop-upgrade.json");
    let b = Baseline::default_builtin().expect("baseline");
    assert!(api::check_json_against(&bytes, "p", &b, &CheckOptions::new()).is_ok());
    let tight = CheckOptions::new().limits(limit("max_components", 1));
    assert_limit(
        api::check_json_against(&bytes, "p", &b, &tight),
        "max_components",
    );
    assert_limit(api::check_json(&bytes, "p", &tight), "max_components");
    // Rule packs and acceptances given as bytes are read under the same limits.
    let small = CheckOptions::new().limits(limit("max_bytes", 100));
    assert_limit(
        small.rulepack_json(&read("rulepacks/quang-ngai-projects.json"), "pack"),
        "max_bytes",
    );
    let small = CheckOptions::new().limits(limit("max_bytes", 100));
    assert_limit(
        small.accept_json(
            &read("acceptances/hanh-minh-website-rented-hosting.json"),
            "a",
        ),
        "max_bytes",
    );
    // Validation: a model over max_elements.
    let model = read("models/valid-commune.json");
    assert!(api::validate_json(&model, "m", &ValidateOptions::new()).is_ok());
    let few = ValidateOptions::new().limits(limit("max_elements", 2));
    assert_limit(api::validate_json(&model, "m", &few), "max_elements");
}

#[test]
fn every_loader_takes_limits() {
    let tiny = limit("max_bytes", 64);
    let baseline = Baseline::builtin_json("quang-ngai-2.0").expect("embedded");
    assert!(Baseline::from_json_with(baseline.as_bytes(), "b", &Limits::default()).is_ok());
    assert_limit(
        Baseline::from_json_with(baseline.as_bytes(), "b", &tiny),
        "max_bytes",
    );
    let fw = std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/frameworks/vn-egov-2.0.json"),
    )
    .expect("framework file");
    assert!(Framework::from_json_with(&fw, "f", &Limits::default()).is_ok());
    assert_limit(
        Framework::from_json_with(&fw, "f", &limit("max_depth", 2)),
        "max_depth",
    );
    let standards = std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/standards/tt39-2017.json"),
    )
    .expect("catalogue file");
    assert!(
        kientruc::standards::Catalogue::from_json_with(&standards, "s", &Limits::default()).is_ok()
    );
    assert_limit(
        kientruc::standards::Catalogue::from_json_with(&standards, "s", &tiny),
        "max_bytes",
    );
    let pack = read("rulepacks/quang-ngai-extra.json");
    assert!(RulePack::from_json_with(&pack, "r", &Limits::default()).is_ok());
    assert_limit(
        RulePack::from_json_with(&pack, "r", &limit("max_string_bytes", 8)),
        "max_string_bytes",
    );
}

#[test]
fn archimate_files_are_read_under_limits() {
    let b = Baseline::default_builtin().expect("baseline");
    let xml = kientruc::archimate::to_xml(b.model.doc());
    let x = xml.as_bytes();
    let parsed = kientruc::archimate::parse_with(x, "x", &Limits::default()).expect("parses");
    let n = parsed.elements.len();
    let r = parsed.relationships.len();
    assert!(kientruc::archimate::parse_with(x, "x", &limit("max_elements", n)).is_ok());
    let cases = [
        ("max_bytes", x.len() - 1),
        ("max_depth", 3),
        ("max_string_bytes", 4),
        ("max_elements", n - 1),
        ("max_relations", r - 1),
    ];
    for (name, n) in cases {
        assert_limit(
            kientruc::archimate::parse_with(x, "x", &limit(name, n)),
            name,
        );
    }
    // validate_json reads exchange files too, under the options' limits.
    let report = api::validate_json(x, "x", &ValidateOptions::new()).expect("validates");
    assert_eq!(report.subject.id, b.model.doc().id);
    let few = ValidateOptions::new().limits(limit("max_elements", n - 1));
    assert_limit(api::validate_json(x, "x", &few), "max_elements");
}

#[test]
fn validate_json_applies_the_rule_packs_and_date_of_its_options() {
    let model = read("models/valid-commune.json");
    let plain = api::validate_json(&model, "m", &ValidateOptions::new()).expect("validates");
    assert!(plain.findings.is_empty());
    let opts = ValidateOptions::new()
        .rulepack_json(&read("rulepacks/quang-ngai-extra.json"), "pack")
        .expect("pack")
        .as_of(Date::parse("2026-09-01"));
    let packed = api::validate_json(&model, "m", &opts).expect("validates");
    assert!(
        packed
            .findings
            .iter()
            .any(|f| f.rule.starts_with("qng-extra/"))
    );
    assert_eq!(packed.as_of, Date::parse("2026-09-01"));
}

#[test]
fn render_dispatches_to_every_renderer() {
    let b = Baseline::default_builtin().expect("baseline");
    let check = |f: &str| {
        api::check_json_against(&read(&format!("projects/{f}")), f, &b, &CheckOptions::new())
            .expect("checks")
    };
    let one = check("point-to-point-land.json");
    let two = [one.clone(), check("lgsp-extension.json")];
    let text = kientruc::report::TextOptions {
        lang: Lang::En,
        color: false,
    };
    let single = std::slice::from_ref(&one);
    use kientruc::report as r;
    for lang in [Lang::Vi, Lang::En] {
        assert_eq!(render(single, Format::Json, lang), r::to_json(&one));
        assert_eq!(
            render(single, Format::Markdown, lang),
            r::to_markdown(&one, lang)
        );
        assert_eq!(render(single, Format::Html, lang), r::to_html(&one, lang));
        assert_eq!(
            render(single, Format::Sarif, lang),
            r::to_sarif(single, lang)
        );
        assert_eq!(
            render(single, Format::Csv, lang),
            r::to_csv(single, &[], lang)
        );
        assert_eq!(
            render(&two, Format::Json, lang),
            r::to_portfolio_json(&two, &[], lang)
        );
        assert_eq!(
            render(&two, Format::Markdown, lang),
            r::to_markdown_many(&two, &[], lang)
        );
    }
    assert_eq!(
        render(single, Format::Text, Lang::En),
        r::to_text(&one, text)
    );
}

#[test]
fn dates_languages_and_formats_parse_from_strings_or_give_argument_errors() {
    assert_eq!("2024-06-01".parse::<Date>().ok(), Date::new(2024, 6, 1));
    assert_eq!(" EN ".parse::<Lang>().ok(), Some(Lang::En));
    assert_eq!("html".parse::<Format>().ok(), Some(Format::Html));
    assert_eq!(
        "mermaid".parse::<kientruc::diagram::Format>().ok(),
        Some(kientruc::diagram::Format::Mermaid)
    );
    for e in [
        "2024-02-30".parse::<Date>().err(),
        "fr".parse::<Lang>().err(),
        "pdf".parse::<Format>().err(),
        "png".parse::<kientruc::diagram::Format>().err(),
        Limits::parse_setting("max_cats=3").err(),
        Limits::parse_setting("max_depth").err(),
        Limits::parse_setting("max_depth=ten").err(),
    ] {
        let e = e.expect("an error");
        assert_eq!(e.code(), "argument", "{e}");
        assert_ne!(e.message(Lang::Vi), e.message(Lang::En));
    }
    assert_eq!(
        Limits::parse_setting("max_bytes=1_000").ok(),
        Some(("max_bytes", 1000))
    );
}

#[test]
fn a_batch_lists_unreadable_inputs_and_embeds_diagrams_in_html() {
    let opts = CheckOptions::new();
    let mut batch = Batch::new().with_diagrams(true);
    let p = Project::from_json(&read("projects/hanh-minh-website.json"), "p").expect("project");
    batch.check(&p, None, &opts).expect("checks");
    let e = Project::from_json(b"{", "bad.json").expect_err("unreadable");
    batch.unreadable("bad.json", &e, Lang::En);
    assert_eq!(batch.reports.len(), 1);
    assert_eq!(batch.unreadable[0].code, "parse");
    let html = batch.render(Format::Html, Lang::En, false);
    assert!(html.contains("<svg") && html.contains("bad.json"));
    let csv = batch.render(Format::Csv, Lang::En, false);
    assert_eq!(csv.lines().count(), 3, "{csv}");
    // Without diagrams the page has none; the reports are the same.
    let mut plain = Batch::new();
    plain.check(&p, None, &opts).expect("checks");
    assert!(!plain.render(Format::Html, Lang::En, false).contains("<svg"));
    assert_eq!(plain.reports, batch.reports);
}

#[test]
fn the_diagram_call_draws_the_named_or_own_baseline_in_every_format() {
    let p = Project::from_json(&read("projects/one-stop-upgrade.json"), "p").expect("project");
    let svg = api::diagram(None, Some(&p), &DiagramOptions::new()).expect("draws");
    assert!(svg.starts_with("<svg"));
    let b = Baseline::default_builtin().expect("baseline");
    let given = api::diagram(Some(&b), Some(&p), &DiagramOptions::new()).expect("draws");
    assert_eq!(svg, given);
    let dot = api::diagram(
        None,
        None,
        &DiagramOptions::new().format(kientruc::diagram::Format::Dot),
    )
    .expect("draws");
    assert!(dot.starts_with("digraph"));
    let e =
        api::diagram(None, None, &DiagramOptions::new().baseline("no-such")).expect_err("unknown");
    assert_eq!(e.code(), "unknown-baseline");
}

#[test]
fn rule_listings_date_and_extend_the_builtin_rules() {
    let all = api::rules(None, &[]);
    assert_eq!(all.len(), kientruc::rules::builtin().len());
    let before_2026 = api::rules(Date::parse("2024-01-01"), &[]);
    assert!(before_2026.len() < all.len());
    let pack = RulePack::from_json(&read("rulepacks/quang-ngai-extra.json"), "p").expect("pack");
    let with = api::rules(None, std::slice::from_ref(&pack));
    assert_eq!(with.len(), all.len() + pack.rules().len());
    let text = api::rules_text(&with, false, Lang::En);
    assert!(text.contains("qng-extra/") && text.contains("CONF-01"));
}

#[test]
fn reports_from_the_api_and_from_the_lower_calls_agree_for_every_example() {
    let b = Baseline::default_builtin().expect("baseline");
    let dir = examples().join("projects");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).expect("examples") {
        let path = entry.expect("entry").path();
        let name = path.file_name().and_then(|s| s.to_str()).unwrap_or("");
        if !name.ends_with(".json") || name == "expected.json" {
            continue;
        }
        let bytes = std::fs::read(&path).expect("read");
        let p = Project::from_json(&bytes, name).expect("project");
        let r: Report =
            api::check_json_against(&bytes, name, &b, &CheckOptions::new()).expect("checks");
        assert_eq!(r, kientruc::check(&p, &b, &CheckOptions::new()), "{name}");
        n += 1;
    }
    assert!(n >= 20);
}
