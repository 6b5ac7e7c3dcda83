//! The Python face of kientruc: a thin layer over the core. Types map in `baseline.rs` and
//! `report.rs`, inputs in `input.rs`, errors in `errors.rs` (once).

mod baseline;
mod errors;
mod input;
mod report;

use baseline::PyBaseline;
use errors::to_py;
use pyo3::prelude::*;
use report::{PyFinding, PyReport, to_python};
use std::sync::Arc;

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
#[pyo3(signature = (project, *, baseline = None, as_of = None, accept = None))]
fn check(
    project: &Bound<'_, PyAny>,
    baseline: Option<&str>,
    as_of: Option<&Bound<'_, PyAny>>,
    accept: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyReport> {
    let py = project.py();
    let opts = baseline::options(py, as_of, accept)?;
    let input = input::read(project, "project")?;
    py.detach(|| {
        kientruc::Project::from_json(&input.bytes, &input.name)
            .and_then(|p| kientruc::conformance::check_chosen_or_own(&p, baseline, &opts))
    })
    .map(|r| PyReport { inner: Arc::new(r) })
    .map_err(|e| to_py(py, e))
}

/// Validates an architecture model (`model/1`: dict, JSON str/bytes or path) against its framework
/// and the given rule packs (`rulepack/1` documents).
#[pyfunction]
#[pyo3(signature = (model, *, rulepacks = None, as_of = None))]
fn validate_model(
    model: &Bound<'_, PyAny>,
    rulepacks: Option<&Bound<'_, PyAny>>,
    as_of: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyReport> {
    let py = model.py();
    let input = input::read(model, "model")?;
    let mut packs = Vec::new();
    if let Some(list) = rulepacks {
        for p in list.try_iter()? {
            packs.push(input::read(&p?, "rulepack")?);
        }
    }
    let as_of = errors::as_of(as_of)?;
    let result = py.detach(|| -> Result<kientruc::Report, kientruc::Error> {
        let m = kientruc::Model::from_json(&input.bytes, &input.name)?;
        let fw = kientruc::Framework::builtin(&m.doc.framework)?;
        let mut opts = kientruc::ValidateOptions::new().as_of(as_of);
        for p in &packs {
            opts = opts.rulepack_json(&p.bytes, &p.name)?;
        }
        Ok(kientruc::validate(&m, &fw, &opts))
    });
    result
        .map(|r| PyReport { inner: Arc::new(r) })
        .map_err(|e| to_py(py, e))
}

/// Imports an ArchiMate Model Exchange File (str, bytes or path) as a `model/1` dict.
#[pyfunction]
fn import_archimate<'py>(data: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    let py = data.py();
    let input = input::read(data, "archimate")?;
    let doc = py
        .detach(|| {
            kientruc::archimate::parse(&input.bytes, &input.name)
                .map(|x| kientruc::archimate::to_model(&x))
        })
        .map_err(|e| to_py(py, e))?;
    to_python(py, &doc)
}

/// Exports a `model/1` document (dict, JSON str/bytes or path) as an ArchiMate exchange file.
#[pyfunction]
fn export_archimate(model: &Bound<'_, PyAny>) -> PyResult<String> {
    let py = model.py();
    let input = input::read(model, "model")?;
    py.detach(|| {
        kientruc::Model::from_json(&input.bytes, &input.name)
            .map(|m| kientruc::archimate::to_xml(&m.doc))
    })
    .map_err(|e| to_py(py, e))
}

/// Every built-in rule: id, severity, applies_to, title, message, suggestion, basis.
#[pyfunction]
fn rules(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    to_python(py, &kientruc::rules::builtin())
}

/// The JSON Schema of a document kind (`project`, `model`, `framework`, `rulepack`, `report`,
/// `standards`), as a dict.
#[pyfunction]
fn schema<'py>(py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyAny>> {
    let text = kientruc::schema::schema(name).ok_or_else(|| {
        pyo3::exceptions::PyValueError::new_err(format!(
            "unknown schema {name:?}; known: {}",
            kientruc::schema::NAMES.join(", ")
        ))
    })?;
    py.import("json")?.call_method1("loads", (text,))
}

/// The core reports behind a sequence of `Report`s (copies: the summary borrows a slice).
fn core_reports(reports: &Bound<'_, PyAny>) -> PyResult<Vec<kientruc::Report>> {
    let mut out = Vec::new();
    for item in reports.try_iter()? {
        let item = item?;
        let r = item.cast::<PyReport>().map_err(|_| {
            pyo3::exceptions::PyTypeError::new_err(
                "reports must be kientruc.Report objects (from Baseline.check or check_many)",
            )
        })?;
        out.push((*r.get().inner).clone());
    }
    Ok(out)
}

/// The portfolio summary of several reports, one dict per report in order: id, name, owner,
/// budget_vnd, level, errors, review (the same rows as the command line's batch summary).
#[pyfunction]
#[pyo3(signature = (reports, *, lang = "vi"))]
fn portfolio<'py>(reports: &Bound<'py, PyAny>, lang: &str) -> PyResult<Bound<'py, PyAny>> {
    let py = reports.py();
    let rows =
        kientruc::report::portfolio::summary(&core_reports(reports)?, &[], errors::lang(lang)?);
    to_python(py, &rows)
}

/// The portfolio summary as CSV (RFC 4180, header line, UTF-8).
#[pyfunction]
#[pyo3(signature = (reports, *, lang = "vi"))]
fn to_csv(reports: &Bound<'_, PyAny>, lang: &str) -> PyResult<String> {
    Ok(kientruc::report::to_csv(
        &core_reports(reports)?,
        &[],
        errors::lang(lang)?,
    ))
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
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
