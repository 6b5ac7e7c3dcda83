//! `Report` and `Finding` for Python: immutable views over the core report.

use crate::errors::to_py;
use kientruc::report::{Finding, Report};
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
#[pyclass(module = "kientruc._native", name = "Report", frozen)]
pub struct PyReport {
    pub inner: Arc<Report>,
}

#[pymethods]
impl PyReport {
    /// The compliance level's stable id, or `None` for a model validation.
    #[getter]
    fn level(&self) -> Option<&'static str> {
        self.inner.level.map(kientruc::Level::id)
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
    #[pyo3(signature = (lang = "vi"))]
    fn baseline_choice(&self, lang: &str) -> PyResult<Option<String>> {
        let lang = crate::errors::lang(lang)?;
        Ok(self
            .inner
            .baseline_choice
            .as_ref()
            .map(|t| t.get(lang).to_string()))
    }

    #[getter]
    fn as_of(&self) -> Option<String> {
        self.inner.as_of.map(|d| d.to_string())
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
        (0..self.inner.findings.len())
            .map(|index| PyFinding {
                report: self.inner.clone(),
                index,
            })
            .collect()
    }

    /// The `report/1` JSON text.
    fn to_json(&self) -> String {
        kientruc::report::to_json(&self.inner)
    }

    /// The report as plain Python data (the `report/1` contract).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, &*self.inner)
    }

    #[pyo3(signature = (lang = "vi"))]
    fn to_sarif(&self, lang: &str) -> PyResult<String> {
        Ok(kientruc::report::to_sarif(
            std::slice::from_ref(&*self.inner),
            crate::errors::lang(lang)?,
        ))
    }

    #[pyo3(signature = (lang = "vi"))]
    fn to_markdown(&self, lang: &str) -> PyResult<String> {
        Ok(kientruc::report::to_markdown(
            &self.inner,
            crate::errors::lang(lang)?,
        ))
    }

    #[pyo3(signature = (lang = "vi"))]
    fn to_html(&self, lang: &str) -> PyResult<String> {
        Ok(kientruc::report::to_html(
            &self.inner,
            crate::errors::lang(lang)?,
        ))
    }

    #[pyo3(signature = (lang = "vi"))]
    fn to_text(&self, lang: &str) -> PyResult<String> {
        let opts = kientruc::report::TextOptions {
            lang: crate::errors::lang(lang)?,
            color: false,
        };
        Ok(kientruc::report::to_text(&self.inner, opts))
    }

    /// Rebuilds a report from its JSON (used by pickle).
    #[classmethod]
    fn from_json(_cls: &Bound<'_, PyType>, py: Python<'_>, text: &str) -> PyResult<Self> {
        let report = kientruc::report::from_json(text).map_err(|e| to_py(py, e))?;
        Ok(PyReport {
            inner: Arc::new(report),
        })
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

    #[pyo3(signature = (lang = "vi"))]
    fn message(&self, lang: &str) -> PyResult<String> {
        Ok(self.f().message.get(crate::errors::lang(lang)?).to_string())
    }

    #[pyo3(signature = (lang = "vi"))]
    fn suggestion(&self, lang: &str) -> PyResult<String> {
        Ok(self
            .f()
            .suggestion
            .get(crate::errors::lang(lang)?)
            .to_string())
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
