//! `Baseline` for Python: a loaded baseline shared by reference, picklable for worker processes.

use crate::errors::to_py;
use crate::input::{Input, read, read_one_or_many};
use crate::report::PyReport;
use kientruc::acceptance::AcceptanceDoc;
use kientruc::{Baseline, CheckOptions, Project};
use pyo3::prelude::*;
use pyo3::types::PyType;
use std::sync::Arc;

#[pyclass(module = "kientruc._native", name = "Baseline", frozen)]
pub struct PyBaseline {
    inner: Arc<Baseline>,
    /// The built-in name, when the baseline is one (pickles by name).
    builtin: Option<String>,
}

impl PyBaseline {
    fn builtin_named(py: Python<'_>, name: &str) -> PyResult<Self> {
        let b = py
            .detach(|| Baseline::builtin(name))
            .map_err(|e| to_py(py, e))?;
        Ok(PyBaseline {
            inner: Arc::new(b),
            builtin: Some(name.to_string()),
        })
    }

    fn from_input(py: Python<'_>, input: Input) -> PyResult<Self> {
        let b = py
            .detach(|| Baseline::from_json(&input.bytes, &input.name))
            .map_err(|e| to_py(py, e))?;
        Ok(PyBaseline {
            inner: Arc::new(b),
            builtin: None,
        })
    }
}

/// The check options of `as_of` and `accept` (`acceptance/1` documents; their errors map like a
/// project's).
pub fn options(
    py: Python<'_>,
    as_of: Option<&Bound<'_, PyAny>>,
    accept: Option<&Bound<'_, PyAny>>,
) -> PyResult<CheckOptions> {
    let as_of = crate::errors::as_of(as_of)?;
    let docs = read_one_or_many(accept, "acceptance")?;
    let accepted = py
        .detach(|| -> Result<Vec<_>, kientruc::Error> {
            let mut all = Vec::new();
            for d in &docs {
                all.extend(AcceptanceDoc::from_json(&d.bytes, &d.name)?.accepted);
            }
            Ok(all)
        })
        .map_err(|e| to_py(py, e))?;
    let mut opts = CheckOptions::new().as_of(as_of);
    opts.accepted = accepted;
    Ok(opts)
}

/// Checks one project given as bytes, without the GIL.
fn check_input(
    py: Python<'_>,
    baseline: &Baseline,
    input: Input,
    opts: &CheckOptions,
) -> PyResult<PyReport> {
    let result = py.detach(|| {
        Project::from_json(&input.bytes, &input.name).map(|p| kientruc::check(&p, baseline, opts))
    });
    result
        .map(|r| PyReport { inner: Arc::new(r) })
        .map_err(|e| to_py(py, e))
}

#[pymethods]
impl PyBaseline {
    /// The embedded default baseline, `quang-ngai-2.0`.
    #[classmethod]
    fn default(_cls: &Bound<'_, PyType>, py: Python<'_>) -> PyResult<Self> {
        Self::builtin_named(py, kientruc::baseline::DEFAULT)
    }

    /// An embedded baseline by name.
    #[classmethod]
    fn builtin(_cls: &Bound<'_, PyType>, py: Python<'_>, name: &str) -> PyResult<Self> {
        Self::builtin_named(py, name)
    }

    /// A baseline from a `model/1` document: JSON `str`, `bytes` or a `dict`.
    #[classmethod]
    fn from_json(_cls: &Bound<'_, PyType>, data: &Bound<'_, PyAny>) -> PyResult<Self> {
        if data.hasattr("__fspath__")? {
            return Err(pyo3::exceptions::PyTypeError::new_err(
                "from_json takes JSON text or a dict; use Baseline.from_file for a path",
            ));
        }
        Self::from_input(data.py(), read(data, "baseline")?)
    }

    /// A baseline from a `model/1` file.
    #[classmethod]
    fn from_file(_cls: &Bound<'_, PyType>, path: &Bound<'_, PyAny>) -> PyResult<Self> {
        if !path.hasattr("__fspath__")? {
            return Err(pyo3::exceptions::PyTypeError::new_err(
                "from_file takes a path (os.PathLike, e.g. pathlib.Path)",
            ));
        }
        Self::from_input(path.py(), read(path, "baseline")?)
    }

    #[getter]
    fn id(&self) -> String {
        self.inner.id().to_string()
    }

    #[getter]
    fn framework(&self) -> String {
        self.inner.framework.id().to_string()
    }

    #[getter]
    fn valid_from(&self) -> Option<String> {
        self.inner.model.doc.valid_from.map(|d| d.to_string())
    }

    #[getter]
    fn valid_to(&self) -> Option<String> {
        self.inner.model.doc.valid_to.map(|d| d.to_string())
    }

    /// Checks a project: a `dict`, JSON `str`/`bytes`, or a path. `accept` is the appraiser's
    /// `acceptance/1` document (same forms) or a list of them. The GIL is released meanwhile.
    #[pyo3(signature = (project, *, as_of = None, accept = None))]
    fn check(
        &self,
        project: &Bound<'_, PyAny>,
        as_of: Option<&Bound<'_, PyAny>>,
        accept: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyReport> {
        let py = project.py();
        let opts = options(py, as_of, accept)?;
        check_input(py, &self.inner, read(project, "project")?, &opts)
    }

    /// Checks several projects; one report each, in order. `accept` applies to every project
    /// (each acceptance names its project).
    #[pyo3(signature = (projects, *, as_of = None, accept = None))]
    fn check_many(
        &self,
        projects: &Bound<'_, PyAny>,
        as_of: Option<&Bound<'_, PyAny>>,
        accept: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Vec<PyReport>> {
        let py = projects.py();
        let opts = options(py, as_of, accept)?;
        let mut out = Vec::new();
        for item in projects.try_iter()? {
            out.push(check_input(
                py,
                &self.inner,
                read(&item?, "project")?,
                &opts,
            )?);
        }
        Ok(out)
    }

    /// Validates the baseline's own model.
    fn validate(&self, py: Python<'_>) -> PyReport {
        let r = py.detach(|| {
            kientruc::validate(
                &self.inner.model,
                &self.inner.framework,
                &Default::default(),
            )
        });
        PyReport { inner: Arc::new(r) }
    }

    /// The baseline as `model/1` JSON text.
    fn to_json(&self) -> PyResult<String> {
        match self.builtin.as_deref().and_then(Baseline::builtin_json) {
            Some(t) => Ok(t.to_string()),
            None => serde_json::to_string_pretty(&self.inner.model.doc)
                .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string())),
        }
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let cls = py.get_type::<PyBaseline>();
        Ok(match &self.builtin {
            Some(name) => (cls.getattr("builtin")?, (name.clone(),)),
            None => (cls.getattr("from_json")?, (self.to_json()?,)),
        })
    }

    fn __repr__(&self) -> String {
        format!(
            "Baseline(id={:?}, framework={:?})",
            self.inner.id(),
            self.inner.framework.id()
        )
    }
}
