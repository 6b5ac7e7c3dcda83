//! One function per command. Each returns the exit code, or an error for the caller to print.

use crate::{CheckFormat, DiagramFormat, DiffFormat, ReportFormat, io};
use kientruc::report::{TextOptions, to_json, to_text};
use kientruc::{
    Baseline, CheckOptions, Error, Framework, Lang, Model, Project, RulePack, ValidateOptions,
};
use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Parses `--limit NAME=N` for clap.
pub fn parse_limit(s: &str) -> Result<(String, usize), String> {
    let names = kientruc::doc::Limits::NAMES.join(", ");
    let (name, value) = s
        .split_once('=')
        .ok_or_else(|| format!("'{s}' is not NAME=N; limits: {names}"))?;
    if !kientruc::doc::Limits::NAMES.contains(&name) {
        return Err(format!("no limit '{name}'; limits: {names}"));
    }
    let n = value
        .replace('_', "")
        .parse()
        .map_err(|_| format!("'{value}' is not a whole number"))?;
    Ok((name.to_string(), n))
}

/// Parses `--as-of` for clap, so a bad date is a usage error (exit 2).
pub fn parse_date(s: &str) -> Result<kientruc::Date, String> {
    kientruc::Date::parse(s)
        .ok_or_else(|| format!("'{s}' is not a valid date; expected YYYY-MM-DD"))
}

fn load_packs(paths: &[PathBuf]) -> Result<Vec<RulePack>, Error> {
    paths
        .iter()
        .map(|p| RulePack::from_json(&io::read(p)?, &io::label(p)))
        .collect()
}

fn exit_for(has_errors: bool) -> ExitCode {
    if has_errors {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

pub fn validate(
    limits: &kientruc::doc::Limits,
    path: &Path,
    format: ReportFormat,
    lang: Lang,
    rulepacks: &[PathBuf],
    as_of: Option<kientruc::Date>,
    output: Option<&Path>,
) -> Result<ExitCode, Error> {
    let bytes = io::read(path)?;
    let packs = load_packs(rulepacks)?;
    let opts = ValidateOptions { as_of };
    let report = if is_xml(&bytes) {
        kientruc::archimate::validate_exchange(&bytes, &io::label(path), &packs, &opts)?.1
    } else {
        let model = Model::from_json_with(&bytes, &io::label(path), limits)?;
        let framework = Framework::builtin(&model.doc.framework)?;
        kientruc::validate(&model, &framework, &packs, &opts)
    };
    let text = match format {
        ReportFormat::Json => to_json(&report),
        ReportFormat::Text => to_text(
            &report,
            TextOptions {
                lang,
                color: io::colour(output),
            },
        ),
    };
    io::write(output, &text)?;
    Ok(exit_for(report.has_errors()))
}

/// A baseline by built-in name, or from a model file when `name` is a path to one.
pub fn resolve_baseline(name: &str) -> Result<Baseline, Error> {
    let path = Path::new(name);
    if Baseline::builtin_names().contains(&name) || !path.exists() {
        return Baseline::builtin(name);
    }
    Baseline::from_json(&io::read(path)?, &io::label(path))
}

pub fn baseline_list() -> Result<ExitCode, Error> {
    let mut s = String::new();
    for name in Baseline::builtin_names() {
        let b = Baseline::builtin(name)?;
        let d = &b.model.doc;
        let _ = writeln!(
            s,
            "{name}\t{}\t{}\t{}{}",
            d.name.primary(),
            d.validity(),
            d.framework,
            if name == kientruc::baseline::DEFAULT {
                "\t(mặc định / default)"
            } else {
                ""
            }
        );
    }
    io::write(None, &s)?;
    Ok(ExitCode::SUCCESS)
}

pub fn baseline_show(name: &str, lang: Lang) -> Result<ExitCode, Error> {
    let b = resolve_baseline(name)?;
    let label = |key: &str| kientruc::labels::ui(key, lang);
    let d = &b.model.doc;
    let mut s = String::new();
    let _ = writeln!(s, "{} ({})", d.name.get(lang), d.id);
    let _ = writeln!(
        s,
        "{}: {} · {}: {}",
        label("cli.framework"),
        b.framework.doc.name.get(lang),
        label("cli.valid"),
        match lang {
            Lang::Vi => d.validity().vi(),
            Lang::En => d.validity().to_string(),
        }
    );
    if let Some(r) = d.roadmap {
        let _ = writeln!(s, "{}: {}–{}", label("cli.roadmap"), r.start, r.end);
    }
    if let Some(src) = &d.source {
        let _ = writeln!(s, "{}: {}", label("cli.source"), src.display());
    }
    if let Some(c) = &b.standards {
        let rows = c.doc.rows.len().to_string();
        let args = [("name", c.doc.name.get(lang)), ("rows", rows.as_str())];
        let _ = writeln!(
            s,
            "{}",
            kientruc::labels::ui_with("cli.standards", lang, &args)
        );
    }
    let (elements, relations) = (d.elements.len().to_string(), d.relations.len().to_string());
    let args = [
        ("elements", elements.as_str()),
        ("relations", relations.as_str()),
    ];
    let _ = writeln!(s, "{}", kientruc::labels::ui_with("cli.size", lang, &args));
    let pending = kientruc::model::successor::to_confirm(d);
    if pending > 0 {
        let count = pending.to_string();
        let args = [
            ("count", count.as_str()),
            ("tag", kientruc::model::successor::TO_CONFIRM),
        ];
        let _ = writeln!(
            s,
            "{}",
            kientruc::labels::ui_with("cli.to-confirm", lang, &args)
        );
    }
    let fw = &b.framework;
    let layer_of = |e: &kientruc::model::Element| {
        e.layer
            .clone()
            .or_else(|| fw.element_kind(&e.kind).and_then(|k| k.layer.clone()))
    };
    for layer in &fw.doc.layers {
        let members: Vec<_> = d
            .elements
            .iter()
            .filter(|e| layer_of(e).as_deref() == Some(&layer.id))
            .collect();
        let _ = writeln!(s, "\n{} ({})", layer.name.get(lang), members.len());
        for e in members {
            let _ = writeln!(s, "  {:<44} {}", e.id, e.name.get(lang));
        }
    }
    io::write(None, &s)?;
    Ok(ExitCode::SUCCESS)
}

pub fn baseline_export(name: &str, output: Option<&Path>) -> Result<ExitCode, Error> {
    let text = match Baseline::builtin_json(name) {
        Some(t) => t.to_string(),
        None => kientruc::model::to_json(&resolve_baseline(name)?.model.doc),
    };
    io::write(output, &text)?;
    Ok(ExitCode::SUCCESS)
}

/// A model document by built-in baseline name, or from a model file (model/1).
fn load_model(
    limits: &kientruc::doc::Limits,
    name: &str,
) -> Result<kientruc::model::ModelDoc, Error> {
    let path = Path::new(name);
    if Baseline::builtin_names().contains(&name) || !path.exists() {
        return Ok(Baseline::builtin(name)?.model.doc);
    }
    Ok(Model::from_json_with(&io::read(path)?, &io::label(path), limits)?.doc)
}

/// `kientruc baseline new`: the successor of a baseline, its content marked to confirm.
pub fn baseline_new(
    limits: &kientruc::doc::Limits,
    from: &str,
    spec: &kientruc::model::SuccessorSpec,
    output: Option<&Path>,
) -> Result<ExitCode, Error> {
    let old = load_model(limits, from)?;
    if spec.id.trim().is_empty() || spec.id == old.id {
        return usage(Lang::Vi, "cli.error.successor-id", &[("id", &old.id)]);
    }
    let new = kientruc::model::successor(&old, spec);
    io::write(output, &kientruc::model::to_json(&new))?;
    let n = kientruc::model::successor::to_confirm(&new);
    eprintln!(
        "kientruc: đã tạo {} từ {}: {n} phần tử mang nhãn «{tag}» (cần đối chiếu {}; bỏ nhãn sau khi đối chiếu); lộ trình (roadmap) và ngày hết hiệu lực không sao chép. Khi ban hành, đặt \"superseded_by\": \"{}\" cho {}.\n\
         kientruc: created {} from {}: {n} elements tagged '{tag}' (check them against {}; remove the tag once checked); the roadmap and end date are not copied. When it is published, set \"superseded_by\": \"{}\" on {}.",
        new.id,
        old.id,
        spec.decision,
        new.id,
        old.id,
        new.id,
        old.id,
        spec.decision,
        new.id,
        old.id,
        tag = kientruc::model::successor::TO_CONFIRM,
    );
    Ok(ExitCode::SUCCESS)
}

/// `kientruc diff OLD NEW`: what changed between two versions of an architecture. Exit 0 whether
/// or not they differ.
pub fn diff(
    limits: &kientruc::doc::Limits,
    old: &str,
    new: &str,
    format: DiffFormat,
    lang: Lang,
    output: Option<&Path>,
) -> Result<ExitCode, Error> {
    let d = kientruc::model::diff(&load_model(limits, old)?, &load_model(limits, new)?);
    let text = match format {
        DiffFormat::Text => kientruc::model::diff::to_text(&d, lang),
        DiffFormat::Md => kientruc::model::diff::to_markdown(&d, lang),
        DiffFormat::Json => kientruc::model::diff::to_json(&d),
    };
    io::write(output, &text)?;
    Ok(ExitCode::SUCCESS)
}

pub fn rules(
    format: ReportFormat,
    lang: Lang,
    as_of: Option<kientruc::Date>,
    rulepacks: &[PathBuf],
    output: Option<&Path>,
) -> Result<ExitCode, Error> {
    let packs = load_packs(rulepacks)?;
    let dated: Vec<kientruc::rules::RuleMeta> = match as_of {
        Some(d) => kientruc::rules::in_force(d),
        None => kientruc::rules::builtin().to_vec(),
    };
    let all: Vec<&kientruc::rules::RuleMeta> = dated
        .iter()
        .chain(packs.iter().flat_map(|p| p.rules()))
        .collect();
    let text = match format {
        ReportFormat::Json => {
            let mut t = serde_json::to_string_pretty(&all).map_err(|e| Error::Io {
                path: "<rules>".into(),
                message: e.to_string(),
            })?;
            t.push('\n');
            t
        }
        ReportFormat::Text => {
            let mut t = String::new();
            for r in all {
                let from = match r.effective.from {
                    Some(d) if as_of.is_none() => {
                        let date = match lang {
                            Lang::Vi => d.vi(),
                            Lang::En => d.to_string(),
                        };
                        kientruc::labels::ui_with("cli.in-force-from", lang, &[("date", &date)])
                    }
                    _ => String::new(),
                };
                let _ = writeln!(
                    t,
                    "{:<10} {:<8} {}{from}\n{:<19} {}",
                    r.id,
                    r.severity.label().get(lang),
                    r.title.get(lang),
                    "",
                    r.basis.display_in(lang)
                );
            }
            t
        }
    };
    io::write(output, &text)?;
    Ok(ExitCode::SUCCESS)
}

pub fn schema(name: &str, output: Option<&Path>) -> Result<ExitCode, Error> {
    // The name was checked by clap against the same list.
    let text = kientruc::schema::schema(name).unwrap_or_default();
    io::write(output, &text)?;
    Ok(ExitCode::SUCCESS)
}

#[allow(clippy::too_many_arguments)]
pub fn check(
    limits: &kientruc::doc::Limits,
    paths: &[PathBuf],
    accept: &[PathBuf],
    rulepacks: &[PathBuf],
    baseline: Option<&str>,
    as_of: Option<kientruc::Date>,
    format: CheckFormat,
    lang: Lang,
    output: Option<&Path>,
) -> Result<ExitCode, Error> {
    // Read and parse every project (on all cores). An unreadable one is reported on stderr the
    // documented way and listed in the summary; the readable ones are still checked.
    let parsed: Vec<_> = {
        use rayon::prelude::*;
        paths
            .par_iter()
            .map(|p| Project::from_json_with(&io::read(p)?, &io::label(p), limits))
            .collect()
    };
    let mut projects = Vec::with_capacity(parsed.len());
    let mut unreadable = Vec::new();
    for (path, r) in paths.iter().zip(parsed) {
        match r {
            Ok(p) => projects.push(p),
            Err(e) if paths.len() == 1 => return Err(e),
            Err(e) => {
                io::report_error(&e, lang);
                unreadable.push(kientruc::report::InputError {
                    file: io::label(path),
                    code: e.code().to_string(),
                    message: e.message(lang),
                });
            }
        }
    }
    let packs = load_packs(rulepacks)?;
    let mut accepted = Vec::new();
    for a in accept {
        let doc = kientruc::acceptance::AcceptanceDoc::from_json_with(
            &io::read(a)?,
            &io::label(a),
            limits,
        )?;
        accepted.extend(doc.accepted);
    }
    // A baseline file always wins; a built-in name is used as named; no name or a family name
    // (`quang-ngai`) lets the library choose the baseline in force on the check date.
    let mut files: Vec<(String, Baseline)> = Vec::new();
    let mut reports = Vec::with_capacity(projects.len());
    let mut diagrams = Vec::new();
    for project in &projects {
        let name = baseline
            .map(str::to_string)
            .or_else(|| project.doc.baseline.clone());
        let opts = CheckOptions {
            as_of,
            accepted: accepted.clone(),
            rulepacks: packs.clone(),
        };
        let is_file = name.as_deref().is_some_and(|n| {
            !Baseline::builtin_names().contains(&n)
                && !kientruc::baseline::known().iter().any(|k| k.family == n)
                && Path::new(n).exists()
        });
        // The overall diagram of the baseline with the project drawn in (HTML only).
        // As of the check date: units abolished by then are not drawn.
        let as_of_check = kientruc::conformance::check_date(&project.doc, as_of);
        let mut draw = |b: &Baseline| {
            if format == CheckFormat::Html {
                let d = kientruc::diagram::Diagram::new_as_of(
                    &b.model,
                    &b.framework,
                    Some(&project.doc),
                    lang,
                    as_of_check.or(b.model.doc.valid_from),
                );
                diagrams.push(Some(d.to_svg()));
            }
        };
        match name {
            Some(n) if is_file => {
                if !files.iter().any(|(f, _)| *f == n) {
                    files.push((n.clone(), resolve_baseline(&n)?));
                }
                if let Some((_, b)) = files.iter().find(|(f, _)| *f == n) {
                    reports.push(kientruc::check(project, b, &opts));
                    draw(b);
                }
            }
            n => {
                let choice = kientruc::conformance::choose_baseline(project, n.as_deref(), &opts)?;
                reports.push(kientruc::conformance::check_with_choice(
                    project, &choice, &opts,
                ));
                draw(&choice.baseline);
            }
        }
    }
    let text = match format {
        CheckFormat::Text => {
            let opts = TextOptions {
                lang,
                color: io::colour(output),
            };
            kientruc::report::to_text_many(&reports, &unreadable, opts)
        }
        CheckFormat::Json if reports.len() == 1 && unreadable.is_empty() => to_json(&reports[0]),
        CheckFormat::Json => kientruc::report::to_portfolio_json(&reports, &unreadable, lang),
        CheckFormat::Csv => kientruc::report::to_csv(&reports, &unreadable, lang),
        CheckFormat::Sarif => kientruc::report::to_sarif(&reports, lang),
        CheckFormat::Md => kientruc::report::to_markdown_many(&reports, &unreadable, lang),
        CheckFormat::Html => {
            kientruc::report::to_html_with_diagrams(&reports, &unreadable, &diagrams, lang)
        }
    };
    io::write(output, &text)?;
    if !unreadable.is_empty() {
        return Ok(ExitCode::from(2));
    }
    Ok(exit_for_levels(&reports))
}

/// The exit code of a check says whether the projects can be funded as they are (the worst of
/// them): 0 fully-conformant, conformant, compliant, consistent; 1 non-conformant, irrelevant;
/// 2 not-assessed (input problems).
fn exit_for_levels(reports: &[kientruc::Report]) -> ExitCode {
    let levels: Vec<Option<kientruc::Level>> = reports
        .iter()
        .map(|r| r.level.as_deref().and_then(kientruc::Level::from_id))
        .collect();
    if levels.contains(&Some(kientruc::Level::NotAssessed)) {
        ExitCode::from(2)
    } else if levels.iter().any(|l| l.is_some_and(|l| !l.fundable())) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

pub fn init(file: Option<&Path>, force: bool) -> Result<ExitCode, Error> {
    if let Some(f) = file
        && f.exists()
        && !force
    {
        return Err(Error::Io {
            path: f.display().to_string(),
            message: "already exists; use --force to overwrite it".into(),
        });
    }
    io::write(file, kientruc::project::TEMPLATE)?;
    if let Some(f) = file {
        eprintln!(
            "kientruc: đã tạo mẫu hồ sơ dự án / wrote a project template: {}",
            f.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Whether input looks like XML (an ArchiMate exchange file) rather than JSON.
fn is_xml(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'<')
}

pub fn import_archimate(path: &Path, output: Option<&Path>) -> Result<ExitCode, Error> {
    let bytes = io::read(path)?;
    let (doc, report) = kientruc::archimate::validate_exchange(
        &bytes,
        &io::label(path),
        &[],
        &ValidateOptions::default(),
    )?;
    io::write(output, &kientruc::model::to_json(&doc))?;
    let c = &report.counts;
    eprintln!(
        "kientruc: imported {} elements, {} relations; {} errors, {} warnings (kientruc validate {} for details)",
        doc.elements.len(),
        doc.relations.len(),
        c.error,
        c.warning,
        io::label(path)
    );
    Ok(ExitCode::SUCCESS)
}

pub fn export_archimate(name: &str, output: Option<&Path>) -> Result<ExitCode, Error> {
    let b = resolve_baseline(name)?;
    io::write(output, &kientruc::archimate::to_xml(&b.model.doc))?;
    Ok(ExitCode::SUCCESS)
}

/// A usage error found after argument parsing: the documented error line with the label `key`
/// of the label table, exit 2.
fn usage(lang: Lang, key: &str, args: &[(&'static str, &str)]) -> Result<ExitCode, Error> {
    let m = kientruc::labels::ui_with(key, lang, args);
    eprintln!("kientruc: error[argument]: {m}");
    Ok(ExitCode::from(2))
}

fn json_text(v: serde_json::Result<serde_json::Value>) -> Result<String, Error> {
    let mut t = v
        .and_then(|v| serde_json::to_string_pretty(&v))
        .map_err(|e| Error::Io {
            path: "<json>".into(),
            message: e.to_string(),
        })?;
    t.push('\n');
    Ok(t)
}

/// `kientruc vocab [NAME]`: the vocabularies, their values and labels.
pub fn vocab(
    name: Option<&str>,
    format: ReportFormat,
    lang: Lang,
    output: Option<&Path>,
) -> Result<ExitCode, Error> {
    use kientruc::labels;
    // The component function (CONF-02) comes from the framework, not the label table.
    let functions = labels::functions();
    let all: Vec<&labels::VocabLabels> = labels::vocabularies()
        .iter()
        .chain(std::iter::once(&functions))
        .collect();
    let chosen: Vec<&labels::VocabLabels> = match name {
        None => all.clone(),
        Some(n) if ["function", "chức năng", "chuc nang"].contains(&n.to_lowercase().as_str()) =>
        {
            vec![&functions]
        }
        Some(n) => match labels::vocabulary(n) {
            Some(v) => vec![v],
            None => {
                let names: Vec<&str> = all.iter().map(|v| v.name.as_str()).collect();
                let names = names.join(", ");
                return usage(
                    lang,
                    "cli.error.no-vocabulary",
                    &[("name", n), ("names", &names)],
                );
            }
        },
    };
    let text = match format {
        ReportFormat::Json => json_text(serde_json::to_value(&chosen))?,
        ReportFormat::Text => {
            let other = match lang {
                Lang::Vi => Lang::En,
                Lang::En => Lang::Vi,
            };
            let also = kientruc::labels::ui("cli.also-accepted", lang);
            let mut t = String::new();
            for (i, v) in chosen.iter().enumerate() {
                if i > 0 {
                    t.push('\n');
                }
                let _ = writeln!(
                    t,
                    "{} — {} / {} ({})",
                    v.name,
                    v.label.get(lang),
                    v.label.get(other),
                    v.field
                );
                for x in &v.values {
                    let _ = writeln!(t, "  {:<24} {} / {}", x.id, x.get(lang), x.get(other));
                    if !x.aliases.is_empty() {
                        let _ = writeln!(t, "  {:<24} {also}: {}", "", x.aliases.join("; "));
                    }
                }
            }
            t
        }
    };
    io::write(output, &text)?;
    Ok(ExitCode::SUCCESS)
}

/// `kientruc standards [--kind K]`: the rows of the baseline's standards catalogue.
pub fn standards(
    kind: Option<&str>,
    baseline: Option<&str>,
    format: ReportFormat,
    lang: Lang,
    output: Option<&Path>,
) -> Result<ExitCode, Error> {
    use kientruc::standards::StandardStatus;
    let b = resolve_baseline(baseline.unwrap_or(kientruc::baseline::DEFAULT))?;
    let Some(catalogue) = &b.standards else {
        return usage(lang, "cli.error.no-standards", &[]);
    };
    let kind_id = match kind {
        None => None,
        Some(k) => {
            let id = <kientruc::project::ComponentKind as kientruc::vocab::Vocabulary>::parse(k)
                .map(kientruc::vocab::Vocabulary::as_str)
                .or_else(|| kientruc::labels::resolve("component kind", k));
            match id {
                Some(id) => Some(id),
                None => {
                    let kinds =
                        <kientruc::project::ComponentKind as kientruc::vocab::Vocabulary>::ALL
                            .join(", ");
                    return usage(lang, "cli.error.no-kind", &[("kind", k), ("kinds", &kinds)]);
                }
            }
        }
    };
    let rows: Vec<&kientruc::standards::StandardRow> = catalogue
        .doc
        .rows
        .iter()
        .filter(|r| kind_id.is_none_or(|k| r.implied_by.iter().any(|i| i == k)))
        .collect();
    let label = |key: &str| kientruc::labels::ui(key, lang);
    let text = match format {
        ReportFormat::Json => json_text(serde_json::to_value(&rows))?,
        ReportFormat::Text => {
            let mut t = String::new();
            let _ = writeln!(t, "{} ({})", catalogue.doc.name.get(lang), catalogue.doc.id);
            for r in &rows {
                let _ = writeln!(t, "\n{:<6} {} — {}", r.id, r.function, r.name.get(lang));
                if !r.implied_by.is_empty() {
                    let _ = writeln!(
                        t,
                        "{:<6} {}: {}",
                        "",
                        label("cli.implied-by-kinds"),
                        r.implied_by.join(", ")
                    );
                }
                for s in &r.standards {
                    let status = label(match s.status {
                        StandardStatus::Mandatory => "cli.mandatory",
                        StandardStatus::Recommended => "cli.recommended",
                        StandardStatus::MandatoryOneOf => "cli.mandatory-one-of",
                    });
                    let aliases = if s.aliases.is_empty() {
                        String::new()
                    } else {
                        format!(
                            "  ({}: {})",
                            label("cli.also-accepted"),
                            s.aliases.join(", ")
                        )
                    };
                    let _ = writeln!(t, "{:<6}   {:<24} {status}{aliases}", "", s.name);
                }
            }
            if rows.is_empty() {
                let _ = writeln!(t, "{}", label("cli.no-rows"));
            }
            t
        }
    };
    io::write(output, &text)?;
    Ok(ExitCode::SUCCESS)
}

/// The overall diagram of a baseline or model, with a project's components drawn in.
pub fn diagram(
    limits: &kientruc::doc::Limits,
    model: Option<&str>,
    project: Option<&Path>,
    format: DiagramFormat,
    lang: Lang,
    output: Option<&Path>,
) -> Result<ExitCode, Error> {
    let project = project
        .map(|p| Project::from_json_with(&io::read(p)?, &io::label(p), limits))
        .transpose()?;
    let name = model
        .map(str::to_string)
        .or_else(|| project.as_ref().and_then(|p| p.doc.baseline.clone()))
        .unwrap_or_else(|| kientruc::baseline::DEFAULT.to_string());
    let b = resolve_baseline(&name)?;
    // A project is drawn as of its check date (appraisal date, else 1 January of its phase):
    // units abolished by then are not drawn. A model alone is drawn whole.
    let as_of = project
        .as_ref()
        .and_then(|p| kientruc::conformance::check_date(&p.doc, None));
    let d = kientruc::diagram::Diagram::new_as_of(
        &b.model,
        &b.framework,
        project.as_ref().map(|p| &p.doc),
        lang,
        as_of,
    );
    let text = match format {
        DiagramFormat::Svg => d.to_svg(),
        DiagramFormat::Dot => d.to_dot(),
        DiagramFormat::Mermaid => d.to_mermaid(),
    };
    io::write(output, &text)?;
    Ok(ExitCode::SUCCESS)
}
