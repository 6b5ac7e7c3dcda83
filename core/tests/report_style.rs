//! The style of rendered reports (PRODUCT.md, "Reports"; issue 17):
//!
//! - golden Markdown, HTML and SARIF reports of a few examples in both languages, beside the text
//!   ones (`examples/projects/golden/<name>.vi.md`, `.en.md`, `.vi.html`, `.en.html`,
//!   `.vi.sarif.json`, `.en.sarif.json`); `KIENTRUC_BLESS=1` rewrites them after an intended change;
//! - no internal word in a Vietnamese report of any example project or model, in any format (text,
//!   Markdown, HTML, SARIF's texts, the portfolio of all examples in text, Markdown, HTML and CSV):
//!   raw stable ids, ISO dates, "Điều n.n" citations, abbreviated document numbers, English words;
//! - Markdown escaping of every user-provided string (CommonMark, GFM tables).

use kientruc::report::{
    TextOptions, to_csv, to_html, to_html_many, to_markdown, to_markdown_many, to_sarif, to_text,
    to_text_many,
};
use kientruc::{Baseline, CheckOptions, Lang, Project, Report, ValidateOptions, check};
use regex::Regex;
use serde_json::{Value, json};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/projects")
}

fn read(p: &Path) -> Vec<u8> {
    std::fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn files() -> Vec<String> {
    let v: Value =
        serde_json::from_slice(&read(&examples().join("expected.json"))).expect("expected.json");
    v["projects"]
        .as_array()
        .expect("projects")
        .iter()
        .map(|p| p["file"].as_str().expect("file").to_string())
        .collect()
}

fn report(b: &Baseline, file: &str) -> Report {
    let p = Project::from_json(&read(&examples().join(file)), file).expect("parse");
    check(&p, b, &CheckOptions::default())
}

fn text(r: &Report, lang: Lang) -> String {
    to_text(r, TextOptions { lang, color: false })
}

/// Compares `got` with the golden file `name`, or writes it when blessing.
fn golden(name: &str, got: &str) -> Option<String> {
    let path = examples().join("golden").join(name);
    if std::env::var_os("KIENTRUC_BLESS").is_some() {
        std::fs::write(&path, got).expect("write");
        return None;
    }
    let want = String::from_utf8(read(&path)).expect("utf8");
    (want != got).then(|| format!("{name} differs from {}", path.display()))
}

/// A few examples that together show every part of a dossier: a justification (waiver), the
/// 2026 law with secondary sources and a baseline no longer in force, extras and regular
/// expenditure, a failed error.
const GOLDEN: &[&str] = &[
    "hanh-minh-website-rented-hosting",
    "phuoc-giang-website-2026",
    "commune-library-software",
    "portal-without-ipv6",
];

#[test]
fn markdown_html_and_sarif_reports_match_their_golden_files() {
    let b = Baseline::default_builtin().expect("baseline");
    let mut differ = Vec::new();
    for name in GOLDEN {
        let r = report(&b, &format!("{name}.json"));
        for lang in [Lang::Vi, Lang::En] {
            let l = lang.as_str();
            let outputs = [
                (format!("{name}.{l}.md"), to_markdown(&r, lang)),
                (format!("{name}.{l}.html"), to_html(&r, lang)),
                (
                    format!("{name}.{l}.sarif.json"),
                    to_sarif(std::slice::from_ref(&r), lang),
                ),
            ];
            for (file, got) in outputs {
                differ.extend(golden(&file, &got));
            }
        }
    }
    assert!(
        differ.is_empty(),
        "{} (KIENTRUC_BLESS=1 rewrites them; read the diff)",
        differ.join("\n")
    );
}

/// What a Vietnamese report must not show, with why.
fn forbidden() -> Vec<(Regex, &'static str)> {
    let ids = [
        // Stable ids of the vocabularies shown in the summary.
        "econ-tech-report",
        "feasibility",
        "basic-design",
        "detailed-design",
        "outline-estimate",
        "development-investment",
        "regular-expenditure",
        // Baselines and frameworks: shown by name and decision.
        "quang-ngai-2.0",
        "quang-ngai-3.0",
        "vn-national-digital-2025",
        "vn-egov-2.0",
        // Levels: shown by their Vietnamese names.
        "fully-conformant",
        "non-conformant",
        "not-assessed",
        "irrelevant",
        "conformant",
        "compliant",
        "consistent",
        // A rule id that is words: shown by its title.
        "baseline-not-current",
        // Hosting values.
        "agency-premises",
        "provincial-data-center",
        "rented",
    ];
    let mut v: Vec<(Regex, &'static str)> = ids
        .iter()
        .map(|id| {
            (
                Regex::new(&format!(r"(^|[^\w-]){}($|[^\w-])", regex::escape(id))).expect("re"),
                "a raw stable id",
            )
        })
        .collect();
    v.extend([
        (
            Regex::new(r"\bnd\d+-\d{4}").expect("re"),
            "a regime id (nd73-2019/…)",
        ),
        (
            Regex::new(r"\b\d{4}-\d{2}-\d{2}\b").expect("re"),
            "an ISO date (dd/mm/yyyy in Vietnamese)",
        ),
        (
            Regex::new(r"Điều \d+\.\d").expect("re"),
            "a citation “Điều n.n” (điểm → khoản → Điều)",
        ),
        (
            Regex::new(r"Phụ lục, mục").expect("re"),
            "“Phụ lục, mục” (mục n Danh mục ban hành kèm theo …)",
        ),
        (
            Regex::new(r"(?i)(?:^|[^\w-])(secondary|review|waived|suppressed|baseline|conftest|seed plan|domain\.md|model/1|project/1|error|warning|info|pass|fail|not applicable|accepted|justification|appraiser|finding|rule pack|as of|legal regime|transition|because|should|must|the|and|of|is|not)(?:$|[^\w-])")
                .expect("re"),
            "an English or internal word",
        ),
        (Regex::new(r"[«»]").expect("re"), "«…» quotes (“…”)"),
        // Fields and vocabulary values by their Vietnamese names first (issue 17, review D16):
        // "trường Đối tượng phục vụ (serves)", "kết nối trực tiếp (không qua LGSP)", "giải
        // trình thứ 1".
        (
            Regex::new(r"trường “[a-z_.$\[\]]+”").expect("re"),
            "a field by its raw name (trường <tên tiếng Việt> (field))",
        ),
        (
            Regex::new(r"\([a-z_]+(?:\.[a-z_]+)*: [a-z0-9-]+\)").expect("re"),
            "a raw “field: value” in brackets",
        ),
        (
            Regex::new(r"\b[a-z_]+(?:\.[a-z_]+)*: [a-z]+-[a-z-]+").expect("re"),
            "a raw vocabulary value (its Vietnamese label)",
        ),
        (
            Regex::new(r"waivers\[\d+\]|\$\.[a-z_]").expect("re"),
            "a document path (giải trình thứ 1; trường … ở gốc hồ sơ)",
        ),
    ]);
    v
}

/// An abbreviated document number: "NĐ 42/2022", and the kind abbreviated before a full number,
/// "NQ 1677/NQ-UBTVQH15", "TT 39/2017/TT-BTTTT" (Vietnamese text writes "Nghị quyết số
/// 1677/NQ-UBTVQH15", "Thông tư số 39/2017/TT-BTTTT"); "QCVN 102:2016/BTTTT" is a standard's own
/// designation and stays.
fn abbreviated_numbers(s: &str) -> Vec<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| Regex::new(r"\b(NĐ|TT|QĐ|NQ|CV) \d+/[^\s,;)]*").expect("re"));
    re.find_iter(s).map(|m| m.as_str().to_string()).collect()
}

/// A field path in brackets ("(personal_data)", "(design.ipv6_readiness)") with no "trường"
/// before it: the field goes after its Vietnamese name, "trường Bảo vệ dữ liệu cá nhân
/// (personal_data)".
fn bare_fields(s: &str) -> Vec<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| Regex::new(r"\(([a-z][a-z0-9]*(?:[_.][a-z0-9]+)+)\)").expect("re"));
    re.find_iter(s)
        .filter(|m| {
            let before: String = s[..m.start()].chars().rev().take(60).collect();
            !before.contains(&"trường".chars().rev().collect::<String>())
        })
        .map(|m| m.as_str().to_string())
        .collect()
}

/// A span of one year written as a range, "2026–2026" ("năm 2026" in Vietnamese). The regex
/// crate has no back-references: the two years are compared by hand.
fn one_year_spans(s: &str) -> Vec<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| Regex::new(r"\b(\d{4}) ?[–-] ?(\d{4})\b").expect("re"));
    re.captures_iter(s)
        .filter(|c| c[1] == c[2])
        .map(|c| c[0].to_string())
        .collect()
}

/// The report's text with what may legally stay an id taken out (the allow-list):
///
/// - rule ids (CONF-05, DOC-004, `baseline-not-current`, rule-pack ids): the appraiser and the
///   rule catalogue refer to rules by id;
/// - subjects (component, data store and integration ids, shown in brackets or as code, and the
///   project id after its name): they are the proposal's own names for its parts;
/// - element ids in parentheses after a name ("(provincial:data-center)", "(national:land)") and
///   the field names a suggestion tells the author to fill (`maps_to`, `ipv6: true`, `eid: null`,
///   `--baseline`): the proposal is written with them. They contain `:` or `_` or start with `--`
///   and are not in the forbidden list anyway;
/// - command-line options (`--baseline`) and the document fields a suggestion names in quotes
///   (“baseline”): the author types them as they are;
/// - HTML markup (tag names, attributes such as `data-level="non-conformant"`, the stylesheet):
///   not shown.
fn shown_text(r: &Report, rendered: &str) -> String {
    shown_text_of(&[r], rendered)
}

/// [`shown_text`] with the ids of several reports allowed (a portfolio).
fn shown_text_of(reports: &[&Report], rendered: &str) -> String {
    static MARKUP: OnceLock<(Regex, Regex, Regex)> = OnceLock::new();
    let (style, tag, option) = MARKUP.get_or_init(|| {
        (
            Regex::new(r"(?s)<style>.*?</style>").expect("re"),
            Regex::new(r"<[^>]*>").expect("re"),
            Regex::new(r"--[a-z][a-z-]*").expect("re"),
        )
    });
    let mut s = rendered.to_string();
    if s.contains("<html") {
        s = style.replace_all(&s, "").into_owned();
        s = tag.replace_all(&s, " ").into_owned();
    }
    s = option.replace_all(&s, " ").into_owned();
    // A field after its Vietnamese name, as the author types it: "trường “Kiến trúc đối chiếu”
    // (baseline)".
    static FIELD: OnceLock<Regex> = OnceLock::new();
    let field = FIELD.get_or_init(|| Regex::new(r"” \([a-z_.]+\)").expect("re"));
    s = field.replace_all(&s, "” ").into_owned();
    let mut allowed: BTreeSet<&str> = BTreeSet::new();
    for r in reports {
        allowed.extend(ids_of(r));
    }
    // Longest first, so that an id is not cut by a shorter one it contains.
    let mut allowed: Vec<&str> = allowed.into_iter().filter(|a| !a.is_empty()).collect();
    allowed.sort_by_key(|a| std::cmp::Reverse(a.len()));
    let ids = allowed
        .iter()
        .map(|a| regex::escape(a))
        .collect::<Vec<_>>()
        .join("|");
    if !ids.is_empty() {
        s = Regex::new(&ids)
            .expect("ids")
            .replace_all(&s, " ")
            .into_owned();
    }
    s
}

/// What a report may show as an id: its subjects, rules and the project id.
fn ids_of(r: &Report) -> Vec<&str> {
    let mut allowed: Vec<&str> = r.findings.iter().map(|f| f.subject.as_str()).collect();
    // Rules by their codes; a rule id that is words (`baseline-not-current`) is shown by its
    // title and is not allowed.
    let code = |id: &&str| id.bytes().any(|b| b.is_ascii_digit());
    allowed.extend(r.findings.iter().map(|f| f.rule.as_str()).filter(code));
    allowed.extend(r.outcomes.iter().map(|o| o.rule.as_str()).filter(code));
    allowed.extend(
        r.checklist
            .iter()
            .flat_map(|c| c.rules.iter().map(String::as_str))
            .filter(code),
    );
    allowed.push(r.subject.id.as_str());
    allowed
}

/// The texts a person reads in a SARIF log: every "text" value, one a line.
fn sarif_texts(sarif: &str) -> String {
    fn walk(v: &Value, out: &mut String) {
        match v {
            Value::Object(m) => {
                for (k, x) in m {
                    match (k.as_str(), x) {
                        ("text", Value::String(t)) => {
                            out.push_str(t);
                            out.push('\n');
                        }
                        _ => walk(x, out),
                    }
                }
            }
            Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let v: Value = serde_json::from_str(sarif).expect("sarif json");
    let mut out = String::new();
    walk(&v, &mut out);
    out
}

/// The style problems of one rendered text.
fn problems_in(what: &str, shown: &str) -> Vec<String> {
    static RULES: OnceLock<Vec<(Regex, &'static str)>> = OnceLock::new();
    let rules = RULES.get_or_init(forbidden);
    let mut problems = Vec::new();
    for line in shown.lines() {
        for (re, why) in rules {
            if let Some(m) = re.find(line) {
                problems.push(format!(
                    "{what}: {why}: “{}” in: {}",
                    m.as_str().trim(),
                    line.trim()
                ));
            }
        }
        for n in abbreviated_numbers(line) {
            problems.push(format!(
                "{what}: an abbreviated document number “{n}” in: {}",
                line.trim()
            ));
        }
        for f in bare_fields(line) {
            problems.push(format!(
                "{what}: a field “{f}” with no Vietnamese name before it (trường <tên> (field)) in: {}",
                line.trim()
            ));
        }
        for y in one_year_spans(line) {
            problems.push(format!(
                "{what}: a one-year span “{y}” (“năm 2026” in Vietnamese) in: {}",
                line.trim()
            ));
        }
    }
    problems
}

/// The Vietnamese renderings of one report: (format, shown text).
fn vietnamese(r: &Report) -> Vec<(&'static str, String)> {
    vec![
        ("text", shown_text(r, &text(r, Lang::Vi))),
        ("md", shown_text(r, &to_markdown(r, Lang::Vi))),
        ("html", shown_text(r, &to_html(r, Lang::Vi))),
        (
            "sarif",
            shown_text(
                r,
                &sarif_texts(&to_sarif(std::slice::from_ref(r), Lang::Vi)),
            ),
        ),
    ]
}

/// Reports of example projects changed to reach messages no example reaches: an owner that no
/// longer exists on the check date (CONF-13 with the successor and its instrument), an owner
/// written as a name (an unresolved reference), a one-year phase outside the roadmap.
fn variants(b: &Baseline) -> Vec<(String, Report)> {
    let example = |file: &str| -> Value {
        serde_json::from_slice(&read(&examples().join(file))).expect("json")
    };
    let mut out = Vec::new();
    let mut add = |name: &str, v: Value| {
        let p = Project::from_json(v.to_string().as_bytes(), name).expect("project");
        out.push((name.to_string(), check(&p, b, &CheckOptions::default())));
    };
    let mut v = example("phuoc-giang-website-2026.json");
    v["owner"] = json!("agency:ubnd-hanh-minh");
    add("phuoc-giang-website-2026 (dissolved owner)", v);
    let mut v = example("phuoc-giang-website-2026.json");
    v["owner"] = json!("UBND xã Phước Giang");
    add("phuoc-giang-website-2026 (owner by name)", v);
    let mut v = example("hanh-minh-website.json");
    v["phase"] = json!({"start": 2027, "end": 2027});
    add("hanh-minh-website (phase 2027)", v);
    // A mail server that declares no e-mail security standard (CONF-06 names the catalogue).
    let mut v = example("hanh-minh-website.json");
    v["components"] = json!([{
        "id": "mail-xa", "kind": "email", "status": "new", "scope": "commune",
        "name": {"vi": "Máy chủ thư điện tử xã Hành Minh", "en": "Hành Minh commune mail server"},
        "serves": "internal", "hosting": "agency-premises", "internet_facing": true,
        "ipv6": true, "security_level": 2, "information": ["private"],
        "auth": {"staff": "local-accounts", "citizens": "none"},
        "standards": ["SMTP/MIME", "IMAP4rev1", "TLS 1.2", "UTF-8"]
    }]);
    add("hanh-minh-website (mail server)", v);
    out
}

#[test]
fn vietnamese_reports_show_no_raw_ids_iso_dates_or_abbreviated_citations() {
    let b = Baseline::default_builtin().expect("baseline");
    let mut problems = Vec::new();
    let mut reports = Vec::new();
    for file in files() {
        let r = report(&b, &file);
        for (format, shown) in vietnamese(&r) {
            problems.extend(problems_in(&format!("{file} ({format})"), &shown));
        }
        reports.push(r);
    }
    // Variants of examples that reach messages no example reaches.
    for (name, r) in variants(&b) {
        for (format, shown) in vietnamese(&r) {
            problems.extend(problems_in(&format!("{name} ({format})"), &shown));
        }
    }
    // The portfolio of every example, as the command line prints it for several files.
    let all: Vec<&Report> = reports.iter().collect();
    for (format, rendered) in [
        (
            "portfolio text",
            to_text_many(
                &reports,
                &[],
                TextOptions {
                    lang: Lang::Vi,
                    color: false,
                },
            ),
        ),
        ("portfolio md", to_markdown_many(&reports, &[], Lang::Vi)),
        ("portfolio html", to_html_many(&reports, Lang::Vi)),
        ("portfolio csv", to_csv(&reports, &[], Lang::Vi)),
    ] {
        problems.extend(problems_in(format, &shown_text_of(&all, &rendered)));
    }
    // The validation reports of the example models.
    let dir = examples().join("../models");
    for entry in std::fs::read_dir(&dir).expect("models") {
        let path = entry.expect("entry").path();
        let name = path.display().to_string();
        let m = kientruc::Model::from_json(&read(&path), &name).expect("model");
        let fw = kientruc::Framework::builtin(&m.doc().framework).expect("framework");
        let r = kientruc::validate(&m, &fw, &ValidateOptions::default());
        for (format, shown) in vietnamese(&r) {
            problems.extend(problems_in(&format!("{name} ({format})"), &shown));
        }
    }
    problems.dedup();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_style_check_catches_what_it_forbids() {
    let rules = forbidden();
    let caught = |s: &str| {
        rules.iter().any(|(re, _)| re.is_match(s))
            || !abbreviated_numbers(s).is_empty()
            || !one_year_spans(s).is_empty()
            || !bare_fields(s).is_empty()
    };
    for bad in [
        "Giai đoạn hồ sơ: econ-tech-report",
        "Nguồn vốn | regular-expenditure |",
        "Kiến trúc: quang-ngai-2.0 · Khung",
        "Chế độ pháp lý: nd73-2019/nd85-2016",
        "Ngày áp dụng: 2024-03-15",
        "Căn cứ: NĐ 73/2019/NĐ-CP, Điều 16.2.a",
        "theo NĐ 42/2022 về dịch vụ công",
        "TT 39/2017 mục 1.11",
        "Căn cứ: … (secondary)",
        "cần review",
        "mức «Tuân thủ»",
        "Căn cứ: the owner is not an agency",
        "Đề xuất: chạy conftest",
        "theo seed plan",
        "cơ quan kế thừa: UBND xã Phước Giang (NQ 1677/NQ-UBTVQH15 ngày 16/6/2025)",
        "tiêu chuẩn cho mục 4.1 của TT 39/2017/TT-BTTTT",
        "hiệu lực – 2025-06-30",
        "| Thời gian thực hiện | 2025–2025 |",
        "giai đoạn 2026–2026 nằm ngoài lộ trình",
        "không khai báo biện pháp bảo vệ dữ liệu cá nhân (personal_data)",
        "yêu cầu về tính sẵn sàng với IPv6 (design.ipv6_readiness)",
        "không được thiết kế tách riêng về lô-gic (logical_separation: false)",
        "là kết nối trực tiếp (via: direct)",
        "Xác thực cán bộ qua CSDL người dùng tập trung, auth.staff: central-sso.",
        "DOC-010 [waivers[0]] Giải trình",
        "Trường “$.intergrations” không thuộc định dạng hồ sơ dự án",
        "“UBND xã Phước Giang” ở trường “owner” không trỏ tới phần tử nào",
    ] {
        assert!(caught(bad), "not caught: {bad}");
    }
    for good in [
        "khoản 1 Điều 5, điểm a khoản 2 Điều 16 Nghị định số 73/2019/NĐ-CP",
        "Quyết định số 2126/QĐ-UBND ngày 24/12/2021",
        "Ngày áp dụng: 15/03/2024",
        "Báo cáo kinh tế - kỹ thuật",
        "tạo thành chu trình qua quan hệ “part-of”",
        "Nghị quyết số 1677/NQ-UBTVQH15 ngày 16/6/2025",
        "QCVN 102:2016/BTTTT (Thông tư số 10/2016/TT-BTTTT)",
        "| Thời gian thực hiện | 2024–2025 |",
        "thời gian thực hiện năm 2026 nằm ngoài lộ trình 2022–2025",
        "ở trường Cơ quan chủ quản (owner) không trỏ tới phần tử nào",
        "(trường Bảo vệ dữ liệu cá nhân của thành phần, personal_data)",
        "là kết nối trực tiếp (không qua LGSP)",
    ] {
        assert!(!caught(good), "wrongly caught: {good}");
    }
}

/// Table rows of a Markdown document: the number of cells of each (pipes not escaped by `\`).
fn cells_per_row(md: &str) -> Vec<(usize, String)> {
    md.lines()
        .filter(|l| l.starts_with('|'))
        .map(|l| {
            let mut n = 0;
            let mut escaped = false;
            for c in l.chars() {
                match (c, escaped) {
                    ('\\', false) => escaped = true,
                    ('|', false) => n += 1,
                    _ => escaped = false,
                }
                if c != '\\' {
                    escaped = false;
                }
            }
            (n - 1, l.to_string())
        })
        .collect()
}

#[test]
fn markdown_escapes_hostile_names_subjects_and_reasons() {
    let hostile = "Dự án | *đậm* _nghiêng_ `mã` <script>alert(1)</script> [liên kết](http://x) \\ ~~gạch~~ &amp;\n# Tiêu đề giả";
    let project = json!({
        "kientruc": "project/1",
        "id": "hostile",
        "name": hostile,
        "owner": "commune:hanh-minh",
        "phase": {"start": 2024, "end": 2024},
        "components": [{
            "id": "web`site|x",
            "kind": "portal",
            "name": {"vi": hostile, "en": hostile},
            "status": "upgrade",
            "maps_to": ["commune:hanh-minh:website"],
            "hosting": "other"
        }],
        "waivers": [{"rule": "CONF-11", "reason": hostile}]
    });
    let p = match Project::from_json(project.to_string().as_bytes(), "hostile.json") {
        Ok(p) => p,
        Err(e) => panic!("{e}"),
    };
    let b = Baseline::default_builtin().expect("baseline");
    let r = check(&p, &b, &CheckOptions::default());
    for lang in [Lang::Vi, Lang::En] {
        let md = to_markdown(&r, lang);
        for (n, row) in cells_per_row(&md) {
            assert!(
                n == 2 || n == 3 || n == 7,
                "a cell broke out: {n} cells in {row}"
            );
        }
        assert!(!md.contains("<script>"), "{md}");
        assert!(!md.contains("\n# Tiêu đề giả"), "{md}");
        assert!(!md.contains("[liên kết](http://x)"), "{md}");
        assert!(
            md.contains("\\*đậm\\*") && md.contains("\\_nghiêng\\_"),
            "{md}"
        );
        assert!(md.contains("\\<script\\>"), "{md}");
        // A subject holding a backtick is a code span with a longer fence.
        assert!(md.contains("``web`site\\|x``"), "{md}");
        // The justification list stays one item per waiver.
        let items: Vec<&str> = md.lines().filter(|l| l.starts_with("- CONF-11")).collect();
        assert_eq!(items.len(), 1, "{md}");
    }
}

/// The reasons the code parsers give (agency e-ID, administrative unit, reference-model code) are in
/// the report's language: a Vietnamese CONF-13 or VAL-007/008/009 message has no English reason.
#[test]
fn parse_reasons_are_in_the_report_language() {
    let b = Baseline::default_builtin().expect("baseline");
    let mut v: Value =
        serde_json::from_slice(&read(&examples().join("hanh-minh-website.json"))).expect("json");
    v["owner"] = json!("12.34");
    let p = Project::from_json(v.to_string().as_bytes(), "owner.json").expect("project");
    let r = check(&p, &b, &CheckOptions::default());
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "CONF-13")
        .expect("CONF-13");
    assert!(
        f.message.vi.contains("“12.34” có 5 ký tự") && !f.message.vi.contains("characters"),
        "{}",
        f.message.vi
    );
    assert!(
        f.message.en.contains("'12.34' has 5 characters"),
        "{}",
        f.message.en
    );
    let model = json!({
        "kientruc": "model/1", "id": "m", "name": "M", "framework": "vn-egov-2.0",
        "elements": [{"id": "agency:a", "kind": "agency", "name": "A", "eid": "A.B",
                      "admin_unit": "1x", "codes": ["DRM1"]}]
    });
    let m = kientruc::Model::from_json(model.to_string().as_bytes(), "m.json").expect("model");
    let fw = kientruc::Framework::builtin("vn-egov-2.0").expect("framework");
    let r = kientruc::validate(&m, &fw, &ValidateOptions::default());
    let english = Regex::new(r"\b(has|is|not|the|digits|characters|code)\b").expect("re");
    for rule in ["VAL-007", "VAL-008", "VAL-009"] {
        let f = r
            .findings
            .iter()
            .find(|f| f.rule == rule)
            .unwrap_or_else(|| panic!("{rule}"));
        assert!(!english.is_match(&f.message.vi), "{rule}: {}", f.message.vi);
    }
}

/// An owner written as a name that matches no element is one input problem (PRODUCT.md, "Input
/// problems": an unresolved reference is DOC-003, with a did-you-mean), not also a CONF-13 error
/// with the e-ID parser's reason; CONF-13 has nothing to judge until the owner is corrected.
#[test]
fn an_owner_written_as_a_name_is_reported_once() {
    let b = Baseline::default_builtin().expect("baseline");
    let (_, r) = variants(&b)
        .into_iter()
        .find(|(name, _)| name.ends_with("(owner by name)"))
        .expect("variant");
    let about_owner: Vec<String> = r
        .findings
        .iter()
        .filter(|f| f.message.vi.contains("UBND xã Phước Giang”"))
        .map(|f| format!("{}: {}", f.rule, f.message.vi))
        .collect();
    assert_eq!(about_owner.len(), 1, "{about_owner:#?}");
    assert!(about_owner[0].starts_with("DOC-003"), "{about_owner:#?}");
    assert!(
        about_owner[0].contains("agency:ubnd-phuoc-giang"),
        "a did-you-mean: {about_owner:#?}"
    );
    assert!(!r.findings.iter().any(|f| f.rule == "CONF-13"));
    let conf13 = r.outcomes.iter().find(|o| o.rule == "CONF-13");
    assert!(
        conf13.is_none_or(|o| o.outcome == kientruc::Outcome::NotApplicable),
        "CONF-13 does not pass on an owner it could not read: {conf13:?}"
    );
}

/// English reports cite in English (issue 17, review D17): a basis names the instrument by its
/// English name and number ("Decree No. 224/2026/ND-CP", "Law on Cybersecurity No. …") with its
/// provisions ("Art. 23(3)(a), 23(5)(a)"), without Vietnamese glosses, and never turns "Danh
/// mục" into "Danh section"; one form of a document number throughout.
#[test]
fn english_reports_cite_in_english() {
    let b = Baseline::default_builtin().expect("baseline");
    let vietnamese =
        Regex::new(r"[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐ]")
            .expect("re");
    let mixed = Regex::new(
        r"Danh section|annexed to[;,]|\b(Decree|Circular|Decision) \d|/NĐ-|/QĐ-|điểm [a-z] khoản|Luật ",
    )
        .expect("re");
    let mut problems = Vec::new();
    let mut reports: Vec<(String, Report)> = files()
        .into_iter()
        .map(|f| (f.clone(), report(&b, &f)))
        .collect();
    reports.extend(variants(&b));
    for (name, r) in &reports {
        let text = text(r, Lang::En);
        for line in text.lines() {
            let basis = line.trim_start().strip_prefix("Basis: ");
            if let Some(m) = basis.and_then(|l| vietnamese.find(l)) {
                problems.push(format!("{name}: Vietnamese “{}” in: {line}", m.as_str()));
            }
            if let Some(m) = mixed.find(line) {
                problems.push(format!("{name}: “{}” in: {line}", m.as_str()));
            }
        }
        for line in to_markdown(r, Lang::En).lines() {
            if let Some(m) = mixed.find(line) {
                problems.push(format!("{name} (md): “{}” in: {line}", m.as_str()));
            }
        }
    }
    problems.dedup();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
