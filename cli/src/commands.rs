//! One function per command. Each returns the exit code, or an error for the caller to print.

use crate::{CheckFormat, DiagramFormat, DiffFormat, ReportFormat, ValidateFormat, io};
use kientruc::Limits;
use kientruc::api::Batch;
use kientruc::{
    Baseline, CheckOptions, DiagramOptions, Error, Lang, Model, Project, RenderOptions, RulePack,
    ValidateOptions,
};
use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Parses `--limit NAME=N` for clap (the core's parser; its English message).
pub fn parse_limit(s: &str) -> Result<(String, usize), String> {
    Limits::parse_setting(s)
        .map(|(name, n)| (name.to_string(), n))
        .map_err(|e| e.detail_in(Lang::En))
}

/// Parses `--as-of` for clap, so a bad date is a usage error (exit 2).
pub fn parse_date(s: &str) -> Result<kientruc::Date, String> {
    s.parse().map_err(|e: Error| e.detail_in(Lang::En))
}

fn exit_for(has_errors: bool) -> ExitCode {
    if has_errors {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

#[allow(clippy::too_many_arguments)]
pub fn validate(
    limits: &Limits,
    path: &Path,
    format: ValidateFormat,
    lang: Lang,
    rulepacks: &[PathBuf],
    as_of: Option<kientruc::Date>,
    output: Option<&Path>,
) -> Result<ExitCode, Error> {
    let bytes = io::read(path)?;
    let mut opts = ValidateOptions::new()
        .as_of(as_of)
        .lang(lang)
        .limits(*limits);
    for p in rulepacks {
        opts = opts.rulepack_json(&io::read(p)?, &io::label(p))?;
    }
    let report = kientruc::api::validate_json(&bytes, &io::label(path), &opts)?;
    let render = RenderOptions::new(lang).color(io::colour(output));
    let text = kientruc::render_with(std::slice::from_ref(&report), format.into(), &render);
    io::write(output, &text)?;
    Ok(exit_for(report.has_errors()))
}

/// A baseline named on the command line that is a model file (model/1), read under `limits`;
/// `None` for a built-in or family name, or a name that is no file.
fn baseline_file(limits: &Limits, name: &str) -> Result<Option<Baseline>, Error> {
    let path = Path::new(name);
    let named = Baseline::builtin_names().contains(&name)
        || kientruc::baseline::known().iter().any(|k| k.family == name);
    if named || !path.exists() {
        return Ok(None);
    }
    Baseline::from_json_with(&io::read(path)?, &io::label(path), limits).map(Some)
}

/// A baseline by built-in name, or from a model file when `name` is a path to one.
pub fn resolve_baseline(limits: &Limits, name: &str) -> Result<Baseline, Error> {
    match baseline_file(limits, name)? {
        Some(b) => Ok(b),
        None => Baseline::builtin(name),
    }
}

pub fn baseline_list(lang: Lang) -> Result<ExitCode, Error> {
    let mut s = String::new();
    for name in Baseline::builtin_names() {
        let b = Baseline::builtin(name)?;
        let d = &b.model.doc();
        let default = if name == kientruc::baseline::DEFAULT {
            format!("\t({})", kientruc::labels::ui("cli.default", lang))
        } else {
            String::new()
        };
        let _ = writeln!(
            s,
            "{name}\t{}\t{}\t{}{default}",
            d.name.get(lang),
            d.validity().text().get(lang),
            d.framework,
        );
    }
    io::write(None, &s)?;
    Ok(ExitCode::SUCCESS)
}

pub fn baseline_show(limits: &Limits, name: &str, lang: Lang) -> Result<ExitCode, Error> {
    let b = resolve_baseline(limits, name)?;
    let label = |key: &str| kientruc::labels::ui(key, lang);
    let d = b.model.doc();
    let mut s = String::new();
    let _ = writeln!(s, "{} ({})", d.name.get(lang), d.id);
    let _ = writeln!(
        s,
        "{}: {} · {}: {}",
        label("cli.framework"),
        b.framework.doc.name.get(lang),
        label("cli.valid"),
        d.validity().text().get(lang)
    );
    if let Some(r) = d.roadmap {
        let _ = writeln!(s, "{}: {}", label("cli.roadmap"), r.text().get(lang));
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

pub fn baseline_export(
    limits: &Limits,
    name: &str,
    output: Option<&Path>,
) -> Result<ExitCode, Error> {
    let text = match Baseline::builtin_json(name) {
        Some(t) => t.to_string(),
        None => kientruc::model::to_json(resolve_baseline(limits, name)?.model.doc()),
    };
    io::write(output, &text)?;
    Ok(ExitCode::SUCCESS)
}

/// A model document by built-in baseline name, or from a model file (model/1).
fn load_model(limits: &Limits, name: &str) -> Result<kientruc::model::ModelDoc, Error> {
    let path = Path::new(name);
    if Baseline::builtin_names().contains(&name) || !path.exists() {
        return Ok(Baseline::builtin(name)?.model.into_doc());
    }
    Ok(Model::from_json_with(&io::read(path)?, &io::label(path), limits)?.into_doc())
}

/// `kientruc baseline new`: the successor of a baseline, its content marked to confirm.
pub fn baseline_new(
    limits: &Limits,
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
    let count = n.to_string();
    let args = [
        ("new", new.id.as_str()),
        ("old", old.id.as_str()),
        ("n", count.as_str()),
        ("tag", kientruc::model::successor::TO_CONFIRM),
        ("decision", spec.decision.as_str()),
    ];
    eprintln!(
        "kientruc: {}\nkientruc: {}",
        kientruc::labels::ui_with("cli.successor-created", Lang::Vi, &args),
        kientruc::labels::ui_with("cli.successor-created", Lang::En, &args)
    );
    Ok(ExitCode::SUCCESS)
}

/// `kientruc diff OLD NEW`: what changed between two versions of an architecture. Exit 0 whether
/// or not they differ.
pub fn diff(
    limits: &Limits,
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
    limits: &Limits,
    format: ReportFormat,
    lang: Lang,
    as_of: Option<kientruc::Date>,
    rulepacks: &[PathBuf],
    output: Option<&Path>,
) -> Result<ExitCode, Error> {
    let packs = rulepacks
        .iter()
        .map(|p| RulePack::from_json_with(&io::read(p)?, &io::label(p), limits))
        .collect::<Result<Vec<_>, Error>>()?;
    let all = kientruc::api::rules(as_of, &packs);
    let text = match format {
        ReportFormat::Json => json_text(serde_json::to_value(&all))?,
        ReportFormat::Text => kientruc::api::rules_text(&all, as_of.is_some(), lang),
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
    limits: &Limits,
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
    let mut batch = Batch::new().with_diagrams(format == CheckFormat::Html);
    let mut projects = Vec::with_capacity(parsed.len());
    for (path, r) in paths.iter().zip(parsed) {
        match r {
            Ok(p) => projects.push(p),
            Err(e) if paths.len() == 1 => return Err(e),
            Err(e) => {
                io::report_error(&e, lang);
                batch.unreadable(&io::label(path), &e, lang);
            }
        }
    }
    let mut opts = CheckOptions::new().as_of(as_of).lang(lang).limits(*limits);
    if let Some(b) = baseline {
        opts = opts.baseline(b);
    }
    for p in rulepacks {
        opts = opts.rulepack_json(&io::read(p)?, &io::label(p))?;
    }
    for a in accept {
        opts = opts.accept_json(&io::read(a)?, &io::label(a))?;
    }
    // A baseline file always wins; a built-in name is used as named; no name or a family name
    // (`quang-ngai`) lets the library choose the baseline in force on the check date.
    let mut files: Vec<(String, Option<Baseline>)> = Vec::new();
    for project in &projects {
        let name = baseline.or(project.doc.baseline.as_deref());
        let file = match name {
            None => None,
            Some(n) => {
                if !files.iter().any(|(f, _)| f == n) {
                    files.push((n.to_string(), baseline_file(limits, n)?));
                }
                files
                    .iter()
                    .find(|(f, _)| f == n)
                    .and_then(|(_, b)| b.as_ref())
            }
        };
        batch.check(project, file, &opts)?;
    }
    io::write(
        output,
        &batch.render(format.into(), lang, io::colour(output)),
    )?;
    if !batch.unreadable.is_empty() {
        return Ok(ExitCode::from(2));
    }
    Ok(exit_for_levels(&batch.reports))
}

/// The exit code of a check says whether the projects can be funded as they are (the worst of
/// them): 0 fully-conformant, conformant, compliant, consistent; 1 non-conformant, irrelevant;
/// 2 not-assessed (input problems).
fn exit_for_levels(reports: &[kientruc::Report]) -> ExitCode {
    let levels: Vec<Option<kientruc::Level>> = reports.iter().map(|r| r.level).collect();
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

pub fn import_archimate(
    limits: &Limits,
    path: &Path,
    output: Option<&Path>,
) -> Result<ExitCode, Error> {
    let bytes = io::read(path)?;
    let opts = ValidateOptions::new().limits(*limits);
    let (doc, report) = kientruc::archimate::validate_exchange(&bytes, &io::label(path), &opts)?;
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

pub fn export_archimate(
    limits: &Limits,
    name: &str,
    output: Option<&Path>,
) -> Result<ExitCode, Error> {
    let b = resolve_baseline(limits, name)?;
    io::write(output, &kientruc::archimate::to_xml(b.model.doc()))?;
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
    let functions = kientruc::Framework::builtin("vn-egov-2.0")?.function_vocabulary();
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
    limits: &Limits,
    kind: Option<&str>,
    baseline: Option<&str>,
    format: ReportFormat,
    lang: Lang,
    output: Option<&Path>,
) -> Result<ExitCode, Error> {
    use kientruc::standards::StandardStatus;
    let b = resolve_baseline(limits, baseline.unwrap_or(kientruc::baseline::DEFAULT))?;
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
    limits: &Limits,
    model: Option<&str>,
    project: Option<&Path>,
    format: DiagramFormat,
    lang: Lang,
    output: Option<&Path>,
) -> Result<ExitCode, Error> {
    let project = project
        .map(|p| Project::from_json_with(&io::read(p)?, &io::label(p), limits))
        .transpose()?;
    let named = model.or_else(|| project.as_ref().and_then(|p| p.doc.baseline.as_deref()));
    let file = match named {
        Some(n) => baseline_file(limits, n)?,
        None => None,
    };
    let mut opts = DiagramOptions::new()
        .format(format.into())
        .lang(lang)
        .limits(*limits);
    if let Some(m) = model {
        opts = opts.baseline(m);
    }
    let text = kientruc::api::diagram(file.as_ref(), project.as_ref(), &opts)?;
    io::write(output, &text)?;
    Ok(ExitCode::SUCCESS)
}
