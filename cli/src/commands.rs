//! One function per command. Each returns the exit code, or an error for the caller to print.

use crate::{CheckFormat, ReportFormat, io};
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
    let vi = lang == Lang::Vi;
    let d = &b.model.doc;
    let mut s = String::new();
    let _ = writeln!(s, "{} ({})", d.name.get(lang), d.id);
    let _ = writeln!(
        s,
        "{}: {} · {}: {}",
        if vi { "Khung" } else { "Framework" },
        b.framework.doc.name.get(lang),
        if vi { "Hiệu lực" } else { "Valid" },
        d.validity()
    );
    if let Some(r) = d.roadmap {
        let _ = writeln!(
            s,
            "{}: {}–{}",
            if vi { "Lộ trình" } else { "Roadmap" },
            r.start,
            r.end
        );
    }
    if let Some(src) = &d.source {
        let _ = writeln!(
            s,
            "{}: {}",
            if vi { "Nguồn" } else { "Source" },
            src.display()
        );
    }
    if let Some(c) = &b.standards {
        let _ = writeln!(
            s,
            "{}: {} ({} {})",
            if vi { "Tiêu chuẩn" } else { "Standards" },
            c.doc.name.get(lang),
            c.doc.rows.len(),
            if vi { "hàng" } else { "rows" }
        );
    }
    let _ = writeln!(
        s,
        "{} {}, {} {}",
        d.elements.len(),
        if vi { "phần tử" } else { "elements" },
        d.relations.len(),
        if vi { "quan hệ" } else { "relations" }
    );
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
                    Some(d) if as_of.is_none() => match lang {
                        Lang::Vi => format!(" (từ {})", d.vi()),
                        Lang::En => format!(" (from {d})"),
                    },
                    _ => String::new(),
                };
                let _ = writeln!(
                    t,
                    "{:<10} {:<8} {}{from}\n{:<19} {}",
                    r.id,
                    r.severity.label().get(lang),
                    r.title.get(lang),
                    "",
                    r.basis.display()
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
    baseline: Option<&str>,
    as_of: Option<kientruc::Date>,
    format: CheckFormat,
    lang: Lang,
    output: Option<&Path>,
) -> Result<ExitCode, Error> {
    // Read and parse every project first (on all cores), so that a bad file stops the run
    // before any output.
    let projects = kientruc::parallel::map(paths, |p| {
        Project::from_json_with(&io::read(p)?, &io::label(p), limits)
    })
    .into_iter()
    .collect::<Result<Vec<_>, _>>()?;
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
    for project in &projects {
        let name = baseline
            .map(str::to_string)
            .or_else(|| project.doc.baseline.clone());
        let opts = CheckOptions {
            as_of,
            accepted: accepted.clone(),
        };
        let is_file = name.as_deref().is_some_and(|n| {
            !Baseline::builtin_names().contains(&n)
                && !kientruc::baseline::known().iter().any(|k| k.family == n)
                && Path::new(n).exists()
        });
        match name {
            Some(n) if is_file => {
                if !files.iter().any(|(f, _)| *f == n) {
                    files.push((n.clone(), resolve_baseline(&n)?));
                }
                if let Some((_, b)) = files.iter().find(|(f, _)| *f == n) {
                    reports.push(kientruc::check(project, b, &opts));
                }
            }
            n => reports.push(kientruc::conformance::check_chosen(
                project,
                n.as_deref(),
                &opts,
            )?),
        }
    }
    let text = match format {
        CheckFormat::Text => {
            let opts = TextOptions {
                lang,
                color: io::colour(output),
            };
            reports
                .iter()
                .map(|r| to_text(r, opts))
                .collect::<Vec<_>>()
                .join("\n")
        }
        CheckFormat::Json if reports.len() == 1 => to_json(&reports[0]),
        CheckFormat::Json => kientruc::report::to_json_array(&reports),
        CheckFormat::Sarif => kientruc::report::to_sarif(&reports, lang),
        CheckFormat::Md => reports
            .iter()
            .map(|r| kientruc::report::to_markdown(r, lang))
            .collect::<Vec<_>>()
            .join("\n---\n\n"),
        CheckFormat::Html => kientruc::report::to_html_many(&reports, lang),
    };
    io::write(output, &text)?;
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
