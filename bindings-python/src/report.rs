//! `Report` and `Finding` for Python: immutable views over the core report. Every rendering goes
//! through the core's `render`.

use crate::args;
use crate::errors::to_py;
use kientruc::report::{Finding, Report};
use kientruc::{Format, Outcome};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyType};
use std::sync::Arc;

/// Converts a serde value into Python objects through the `json` module (small documents only).
pub fn to_python<'py, T: serde::Serialize>(
    py: Python<'py>,
    value: &T,
) -> PyResult<Bound<'py, PyAny>> {
    let text = serde_json::to_string(value)
        .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
    py.import("json")?.call_method1("loads", (text,))
}

/// A check or validation report.
#[derive(Debug)]
#[pyclass(module = "kientruc._native", name = "Report", frozen)]
pub struct PyReport {
    pub inner: Arc<Report>,
}

impl PyReport {
    pub fn new(report: Report) -> Self {
        PyReport {
            inner: Arc::new(report),
        }
    }

    /// The report rendered alone in `format` and `lang`.
    fn rendered(&self, format: Format, lang: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
        let lang = args::lang(lang)?;
        Ok(kientruc::render(
            std::slice::from_ref(&*self.inner),
            format,
            lang,
        ))
    }

    fn finding_views(&self, keep: impl Fn(&Finding) -> bool) -> Vec<PyFinding> {
        (0..self.inner.findings.len())
            .filter(|&index| keep(&self.inner.findings[index]))
            .map(|index| PyFinding {
                report: self.inner.clone(),
                index,
            })
            .collect()
    }
}

#[pymethods]
impl PyReport {
    /// The compliance level's stable id, or `None` for a model validation.
    #[getter]
    fn level(&self) -> Option<&'static str> {
        self.inner.level.map(kientruc::Level::id)
    }

    /// The compliance level's display name in `lang` (as every report shows it), or `None`.
    #[pyo3(signature = (lang = None), text_signature = "($self, lang='vi')")]
    fn level_name(&self, lang: Option<&Bound<'_, PyAny>>) -> PyResult<Option<String>> {
        let lang = args::lang(lang)?;
        Ok(self.inner.level.map(|l| l.display(lang)))
    }

    /// The id of the project or model.
    #[getter]
    fn subject(&self) -> String {
        self.inner.subject.id.clone()
    }

    #[getter]
    fn baseline(&self) -> Option<String> {
        self.inner.baseline.as_ref().map(|b| b.id.clone())
    }

    /// Why the library chose the baseline (`kientruc.check`), in `lang`; `None` when the caller
    /// gave the baseline (`Baseline.check`) or for a model validation.
    #[pyo3(signature = (lang = None), text_signature = "($self, lang='vi')")]
    fn baseline_choice(&self, lang: Option<&Bound<'_, PyAny>>) -> PyResult<Option<String>> {
        let lang = args::lang(lang)?;
        Ok(self
            .inner
            .baseline_choice
            .as_ref()
            .map(|t| t.get(lang).to_string()))
    }

    /// The check date, a `datetime.date` (as the `as_of` arguments take).
    #[getter]
    fn as_of<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.inner
            .as_of
            .map(|d| {
                let date = py.import("datetime")?.getattr("date")?;
                date.call1((d.year, d.month, d.day))
            })
            .transpose()
    }

    #[getter]
    fn regime(&self) -> Option<String> {
        self.inner.regime.clone()
    }

    /// Whether a finding of severity error failed.
    #[getter]
    fn has_errors(&self) -> bool {
        self.inner.has_errors()
    }

    /// Totals: error, warning, info, pass, fail, review, not_applicable, suppressed, waived,
    /// accepted, extras.
    #[getter]
    fn counts<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, &self.inner.counts)
    }

    /// Rule id → outcome (`pass`, `fail`, `review`, `not-applicable`, `accepted`).
    #[getter]
    fn outcomes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        for o in &self.inner.outcomes {
            d.set_item(&o.rule, o.outcome.as_str())?;
        }
        Ok(d)
    }

    #[getter]
    fn findings(&self) -> Vec<PyFinding> {
        self.finding_views(|_| true)
    }

    /// The findings whose justification the appraiser accepted (outcome `accepted`).
    #[getter]
    fn accepted(&self) -> Vec<PyFinding> {
        self.finding_views(|f| f.outcome == Outcome::Accepted)
    }

    /// The proposal's justifications (giải trình) that matched findings: `rule`, `subject`,
    /// `reason`. The findings themselves stay in `findings`, each with its `waiver`.
    #[getter]
    fn waived<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, &self.inner.waived)
    }

    /// Findings an element's `suppress` list switched off: `rule`, `subject`, `reason`.
    #[getter]
    fn suppressed<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, &self.inner.suppressed)
    }

    /// The appraisal checklist: `id`, `title` (`vi`, `en`), `outcome`, `rules`; empty for a model
    /// validation.
    #[getter]
    fn checklist<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, &self.inner.checklist)
    }

    /// The `report/1` JSON text.
    fn to_json(&self) -> String {
        kientruc::report::to_json(&self.inner)
    }

    /// The report as plain Python data (the `report/1` contract).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, &*self.inner)
    }

    /// The report in `format` (`text`, `json`, `sarif`, `md`, `html`, `csv`) and `lang`.
    #[pyo3(signature = (format = None, lang = None), text_signature = "($self, format='text', lang='vi')")]
    fn render(
        &self,
        format: Option<&Bound<'_, PyAny>>,
        lang: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<String> {
        let format = match format {
            Some(f) if !f.is_none() => args::parsed(f, "format")?,
            _ => Format::Text,
        };
        self.rendered(format, lang)
    }

    #[pyo3(signature = (lang = None), text_signature = "($self, lang='vi')")]
    fn to_sarif(&self, lang: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
        self.rendered(Format::Sarif, lang)
    }

    #[pyo3(signature = (lang = None), text_signature = "($self, lang='vi')")]
    fn to_markdown(&self, lang: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
        self.rendered(Format::Markdown, lang)
    }

    #[pyo3(signature = (lang = None), text_signature = "($self, lang='vi')")]
    fn to_html(&self, lang: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
        self.rendered(Format::Html, lang)
    }

    #[pyo3(signature = (lang = None), text_signature = "($self, lang='vi')")]
    fn to_text(&self, lang: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
        self.rendered(Format::Text, lang)
    }

    /// Rebuilds a report from its JSON (used by pickle).
    #[classmethod]
    fn from_json(cls: &Bound<'_, PyType>, text: &Bound<'_, PyAny>) -> PyResult<Self> {
        let json = args::string(text, "text")?;
        let report = kientruc::report::from_json(&json).map_err(|e| to_py(cls.py(), e))?;
        Ok(PyReport::new(report))
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let from_json = py.get_type::<PyReport>().getattr("from_json")?;
        Ok((from_json, (kientruc::report::to_json(&self.inner),)))
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<PyReport>()
            .is_ok_and(|o| *o.get().inner == *self.inner)
    }

    fn __repr__(&self) -> String {
        format!(
            "Report(subject={:?}, level={:?}, findings={})",
            self.inner.subject.id,
            self.inner.level.map(kientruc::Level::id),
            self.inner.findings.len()
        )
    }
}

/// One finding of a report.
#[derive(Debug)]
#[pyclass(module = "kientruc._native", name = "Finding", frozen)]
pub struct PyFinding {
    report: Arc<Report>,
    index: usize,
}

impl PyFinding {
    fn f(&self) -> &Finding {
        &self.report.findings[self.index]
    }
}

#[pymethods]
impl PyFinding {
    #[getter]
    fn rule(&self) -> String {
        self.f().rule.clone()
    }

    /// `error`, `warning` or `info`.
    #[getter]
    fn severity(&self) -> &'static str {
        self.f().severity.as_str()
    }

    /// `fail`, `review` or `accepted` (a justification the appraiser accepted).
    #[getter]
    fn outcome(&self) -> &'static str {
        self.f().outcome.as_str()
    }

    /// The proposal's justification (giải trình) of this finding, or `None`: a dict with `reason`,
    /// `outcome` (the outcome before it was justified) and, once the appraiser accepts it,
    /// `accepted` (`by`, `date`, `note`).
    #[getter]
    fn waiver<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        match &self.f().waiver {
            Some(w) => to_python(py, w),
            None => Ok(py.None().into_bound(py)),
        }
    }

    #[getter]
    fn subject(&self) -> String {
        self.f().subject.clone()
    }

    /// The legal or methodological basis: instrument, article, status, effective.
    #[getter]
    fn basis<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, &self.f().basis)
    }

    #[pyo3(signature = (lang = None), text_signature = "($self, lang='vi')")]
    fn message(&self, lang: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
        Ok(self.f().message.get(args::lang(lang)?).to_string())
    }

    #[pyo3(signature = (lang = None), text_signature = "($self, lang='vi')")]
    fn suggestion(&self, lang: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
        Ok(self.f().suggestion.get(args::lang(lang)?).to_string())
    }

    fn __repr__(&self) -> String {
        let f = self.f();
        format!(
            "Finding(rule={:?}, outcome={:?}, subject={:?})",
            f.rule,
            f.outcome.as_str(),
            f.subject
        )
    }
}
