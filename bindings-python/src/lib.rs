//! The Python face of kientruc: type conversion over the core's face API (`kientruc::api`,
//! `render`, the option structs). Types map in `baseline.rs` and `report.rs`, arguments in
//! `args.rs` and `input.rs`, errors in `errors.rs` (once).

mod args;
mod baseline;
mod errors;
mod input;
mod report;

use baseline::{CheckArgs, PyBaseline, validate_options};
use errors::to_py;
use pyo3::prelude::*;
use report::{PyFinding, PyReport, to_python};

/// Names of the embedded baselines.
#[pyfunction]
fn builtin_baselines() -> Vec<&'static str> {
    kientruc::Baseline::builtin_names()
}

/// Checks a project against the baseline the library chooses: `baseline` (a built-in name or a
/// family name such as `quang-ngai`), else the project's own `baseline` field, else the one in
/// force on the check date. The report's `baseline_choice` says which and why. The GIL is
/// released meanwhile.
#[pyfunction]
#[pyo3(signature = (project, *, baseline = None, as_of = None, accept = None, rulepacks = None, limits = None))]
fn check(
    project: &Bound<'_, PyAny>,
    baseline: Option<&Bound<'_, PyAny>>,
    as_of: Option<&Bound<'_, PyAny>>,
    accept: Option<&Bound<'_, PyAny>>,
    rulepacks: Option<&Bound<'_, PyAny>>,
    limits: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyReport> {
    let py = project.py();
    let input = input::read(project, "project", "project")?;
    let opts = CheckArgs {
        as_of,
        accept,
        rulepacks,
        limits,
        baseline,
    }
    .options(py)?;
    py.detach(|| kientruc::api::check_json(&input.bytes, &input.name, &opts))
        .map(PyReport::new)
        .map_err(|e| to_py(py, e))
}

/// Validates an architecture model (`model/1`: dict, JSON str/bytes or path; or an ArchiMate
/// exchange file as XML text or a path) against its framework and the given rule packs
/// (`rulepack/1` documents).
#[pyfunction]
#[pyo3(signature = (model, *, rulepacks = None, as_of = None, limits = None))]
fn validate_model(
    model: &Bound<'_, PyAny>,
    rulepacks: Option<&Bound<'_, PyAny>>,
    as_of: Option<&Bound<'_, PyAny>>,
    limits: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyReport> {
    let py = model.py();
    let input = input::read(model, "model", "model")?;
    let opts = validate_options(py, as_of, rulepacks, limits)?;
    py.detach(|| kientruc::api::validate_json(&input.bytes, &input.name, &opts))
        .map(PyReport::new)
        .map_err(|e| to_py(py, e))
}

/// Imports an ArchiMate Model Exchange File (str, bytes or path) as a `model/1` dict.
#[pyfunction]
#[pyo3(signature = (data, *, limits = None))]
fn import_archimate<'py>(
    data: &Bound<'py, PyAny>,
    limits: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = data.py();
    let input = input::read(data, "data", "archimate")?;
    let limits = args::limits(limits)?;
    let doc = py
        .detach(|| {
            kientruc::archimate::parse_with(&input.bytes, &input.name, &limits)
                .map(|x| kientruc::archimate::to_model(&x))
        })
        .map_err(|e| to_py(py, e))?;
    to_python(py, &doc)
}

/// Exports a `model/1` document (dict, JSON str/bytes or path) as an ArchiMate exchange file.
#[pyfunction]
#[pyo3(signature = (model, *, limits = None))]
fn export_archimate(
    model: &Bound<'_, PyAny>,
    limits: Option<&Bound<'_, PyAny>>,
) -> PyResult<String> {
    let py = model.py();
    let input = input::read(model, "model", "model")?;
    let limits = args::limits(limits)?;
    py.detach(|| {
        kientruc::Model::from_json_with(&input.bytes, &input.name, &limits)
            .map(|m| kientruc::archimate::to_xml(m.doc()))
    })
    .map_err(|e| to_py(py, e))
}

/// The rules: the built-in ones (only those in force on `as_of`, with the citations in force
/// then, when a date is given), then those of `rulepacks`. Each: id, severity, applies_to, title,
/// message, suggestion, basis.
#[pyfunction]
#[pyo3(signature = (*, as_of = None, rulepacks = None, limits = None))]
fn rules<'py>(
    py: Python<'py>,
    as_of: Option<&Bound<'py, PyAny>>,
    rulepacks: Option<&Bound<'py, PyAny>>,
    limits: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let opts = validate_options(py, as_of, rulepacks, limits)?;
    to_python(py, &kientruc::api::rules(opts.as_of, &opts.rulepacks))
}

/// The JSON Schema of a document kind (`project`, `model`, `framework`, `rulepack`, `report`,
/// `standards`, `acceptance`), as a dict.
#[pyfunction]
fn schema<'py>(name: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    let py = name.py();
    let name = args::string(name, "name")?;
    let text = kientruc::schema::schema(&name).ok_or_else(|| {
        errors::argument(
            py,
            "name",
            format!(
                "unknown schema {name:?}; known: {}",
                kientruc::schema::NAMES.join(", ")
            ),
        )
    })?;
    py.import("json")?.call_method1("loads", (text,))
}

/// The portfolio summary of several reports, one dict per report in order: id, name, owner,
/// budget_vnd, level, errors, review (the same rows as the command line's batch summary).
#[pyfunction]
#[pyo3(signature = (reports, *, lang = None), text_signature = "(reports, *, lang='vi')")]
fn portfolio<'py>(
    reports: &Bound<'py, PyAny>,
    lang: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = reports.py();
    let rows =
        kientruc::report::portfolio::summary(&args::reports(reports)?, &[], args::lang(lang)?);
    to_python(py, &rows)
}

/// The portfolio summary as CSV (RFC 4180, header line, UTF-8).
#[pyfunction]
#[pyo3(signature = (reports, *, lang = None), text_signature = "(reports, *, lang='vi')")]
fn to_csv(reports: &Bound<'_, PyAny>, lang: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
    let reports = args::reports(reports)?;
    Ok(kientruc::render(
        &reports,
        kientruc::Format::Csv,
        args::lang(lang)?,
    ))
}

/// One report or several in `format` (`text`, `json`, `sarif`, `md`, `html`, `csv`) and `lang`,
/// as the command line prints them: several open with the portfolio summary, JSON of several is
/// a `portfolio/1` document.
#[pyfunction]
#[pyo3(signature = (reports, format = None, *, lang = None), text_signature = "(reports, format='text', *, lang='vi')")]
fn render(
    reports: &Bound<'_, PyAny>,
    format: Option<&Bound<'_, PyAny>>,
    lang: Option<&Bound<'_, PyAny>>,
) -> PyResult<String> {
    let reports = args::reports(reports)?;
    let format = match format {
        Some(f) if !f.is_none() => args::parsed(f, "format")?,
        _ => kientruc::Format::Text,
    };
    Ok(kientruc::render(&reports, format, args::lang(lang)?))
}

/// The overall diagram (sơ đồ tổng thể) of a baseline — a `Baseline`, a built-in name, or `None`
/// for the project's own `baseline`, else the default one — with `project`'s components drawn in,
/// as `svg`, `dot` or `mermaid` text.
#[pyfunction]
#[pyo3(
    signature = (baseline = None, project = None, *, format = None, lang = None, limits = None),
    text_signature = "(baseline=None, project=None, *, format='svg', lang='vi', limits=None)"
)]
fn diagram(
    py: Python<'_>,
    baseline: Option<&Bound<'_, PyAny>>,
    project: Option<&Bound<'_, PyAny>>,
    format: Option<&Bound<'_, PyAny>>,
    lang: Option<&Bound<'_, PyAny>>,
    limits: Option<&Bound<'_, PyAny>>,
) -> PyResult<String> {
    let mut opts = kientruc::DiagramOptions::new()
        .lang(args::lang(lang)?)
        .limits(args::limits(limits)?);
    if let Some(f) = format.filter(|f| !f.is_none()) {
        opts = opts.format(args::parsed(f, "format")?);
    }
    let given = match baseline.filter(|b| !b.is_none()) {
        None => None,
        Some(b) => match b.cast::<PyBaseline>() {
            Ok(b) => Some(b.get().inner.clone()),
            Err(_) => {
                opts = opts.baseline(args::string(b, "baseline").map_err(|_| {
                    errors::argument(
                        py,
                        "baseline",
                        format!(
                            "must be a kientruc.Baseline or a built-in name, not {}",
                            args::type_name(b)
                        ),
                    )
                })?);
                None
            }
        },
    };
    let project = match project.filter(|p| !p.is_none()) {
        Some(p) => Some(input::read(p, "project", "project")?),
        None => None,
    };
    py.detach(|| {
        let project = project
            .map(|p| kientruc::Project::from_json_with(&p.bytes, &p.name, &opts.limits))
            .transpose()?;
        kientruc::api::diagram(given.as_deref(), project.as_ref(), &opts)
    })
    .map_err(|e| to_py(py, e))
}

/// The display names of the compliance levels in `lang`, by stable id, in the order of PRODUCT.md.
#[pyfunction]
#[pyo3(signature = (lang = None), text_signature = "(lang='vi')")]
fn level_names<'py>(
    py: Python<'py>,
    lang: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, pyo3::types::PyDict>> {
    let lang = args::lang(lang)?;
    let d = pyo3::types::PyDict::new(py);
    for l in kientruc::Level::ALL {
        d.set_item(l.id(), l.display(lang))?;
    }
    Ok(d)
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyBaseline>()?;
    m.add_class::<PyReport>()?;
    m.add_class::<PyFinding>()?;
    m.add_function(wrap_pyfunction!(builtin_baselines, m)?)?;
    m.add_function(wrap_pyfunction!(check, m)?)?;
    m.add_function(wrap_pyfunction!(validate_model, m)?)?;
    m.add_function(wrap_pyfunction!(rules, m)?)?;
    m.add_function(wrap_pyfunction!(import_archimate, m)?)?;
    m.add_function(wrap_pyfunction!(export_archimate, m)?)?;
    m.add_function(wrap_pyfunction!(schema, m)?)?;
    m.add_function(wrap_pyfunction!(portfolio, m)?)?;
    m.add_function(wrap_pyfunction!(to_csv, m)?)?;
    m.add_function(wrap_pyfunction!(render, m)?)?;
    m.add_function(wrap_pyfunction!(diagram, m)?)?;
    m.add_function(wrap_pyfunction!(level_names, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
