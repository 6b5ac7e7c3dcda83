//! `Baseline` for Python: a loaded baseline shared by reference, picklable for worker processes.

use crate::args;
use crate::errors::{argument, to_py};
use crate::input::{Input, many, one_or_many, read};
use crate::report::PyReport;
use kientruc::{Baseline, CheckOptions, ValidateOptions};
use pyo3::prelude::*;
use pyo3::types::PyType;
use std::sync::Arc;

#[derive(Debug)]
#[pyclass(module = "kientruc._native", name = "Baseline", frozen)]
pub struct PyBaseline {
    pub inner: Arc<Baseline>,
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

    fn from_input(py: Python<'_>, input: Input, limits: &kientruc::Limits) -> PyResult<Self> {
        let b = py
            .detach(|| Baseline::from_json_with(&input.bytes, &input.name, limits))
            .map_err(|e| to_py(py, e))?;
        Ok(PyBaseline {
            inner: Arc::new(b),
            builtin: None,
        })
    }
}

/// The check options of the keyword arguments every check takes: `as_of`, `accept`
/// (`acceptance/1` documents), `rulepacks` (`rulepack/1` documents), `limits`, and `baseline` (a
/// built-in or family name, for the calls that choose the baseline). The documents are read under
/// the limits; their errors map like a project's.
pub struct CheckArgs<'a, 'py> {
    pub as_of: Option<&'a Bound<'py, PyAny>>,
    pub accept: Option<&'a Bound<'py, PyAny>>,
    pub rulepacks: Option<&'a Bound<'py, PyAny>>,
    pub limits: Option<&'a Bound<'py, PyAny>>,
    pub baseline: Option<&'a Bound<'py, PyAny>>,
}

impl CheckArgs<'_, '_> {
    pub fn options(&self, py: Python<'_>) -> PyResult<CheckOptions> {
        let mut opts = CheckOptions::new()
            .as_of(args::date(self.as_of, "as_of")?)
            .limits(args::limits(self.limits)?);
        if let Some(name) = args::opt_string(self.baseline, "baseline")? {
            opts = opts.baseline(name);
        }
        let packs = one_or_many(self.rulepacks, "rulepacks", "rulepack")?;
        let accept = one_or_many(self.accept, "accept", "acceptance")?;
        py.detach(|| -> Result<CheckOptions, kientruc::Error> {
            for p in &packs {
                opts = opts.rulepack_json(&p.bytes, &p.name)?;
            }
            for a in &accept {
                opts = opts.accept_json(&a.bytes, &a.name)?;
            }
            Ok(opts)
        })
        .map_err(|e| to_py(py, e))
    }
}

/// The validation options of `as_of`, `rulepacks` and `limits`.
pub fn validate_options(
    py: Python<'_>,
    as_of: Option<&Bound<'_, PyAny>>,
    rulepacks: Option<&Bound<'_, PyAny>>,
    limits: Option<&Bound<'_, PyAny>>,
) -> PyResult<ValidateOptions> {
    let mut opts = ValidateOptions::new()
        .as_of(args::date(as_of, "as_of")?)
        .limits(args::limits(limits)?);
    let packs = one_or_many(rulepacks, "rulepacks", "rulepack")?;
    py.detach(|| -> Result<ValidateOptions, kientruc::Error> {
        for p in &packs {
            opts = opts.rulepack_json(&p.bytes, &p.name)?;
        }
        Ok(opts)
    })
    .map_err(|e| to_py(py, e))
}

/// Checks one project given as bytes against `baseline`, without the GIL.
fn check_input(
    py: Python<'_>,
    baseline: &Baseline,
    input: &Input,
    opts: &CheckOptions,
) -> PyResult<PyReport> {
    py.detach(|| kientruc::api::check_json_against(&input.bytes, &input.name, baseline, opts))
        .map(PyReport::new)
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
    fn builtin(_cls: &Bound<'_, PyType>, name: &Bound<'_, PyAny>) -> PyResult<Self> {
        Self::builtin_named(name.py(), &args::string(name, "name")?)
    }

    /// A baseline from a `model/1` document: JSON `str`, `bytes` or a `dict`, read under `limits`.
    #[classmethod]
    #[pyo3(signature = (data, *, limits = None))]
    fn from_json(
        _cls: &Bound<'_, PyType>,
        data: &Bound<'_, PyAny>,
        limits: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        if data.hasattr("__fspath__")? {
            return Err(argument(
                data.py(),
                "data",
                "from_json takes JSON text or a dict; use Baseline.from_file for a path",
            ));
        }
        let limits = args::limits(limits)?;
        Self::from_input(data.py(), read(data, "data", "baseline")?, &limits)
    }

    /// A baseline from a `model/1` file, read under `limits`.
    #[classmethod]
    #[pyo3(signature = (path, *, limits = None))]
    fn from_file(
        _cls: &Bound<'_, PyType>,
        path: &Bound<'_, PyAny>,
        limits: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        if !path.hasattr("__fspath__")? {
            return Err(argument(
                path.py(),
                "path",
                format!(
                    "from_file takes a path (os.PathLike, e.g. pathlib.Path), not {}",
                    args::type_name(path)
                ),
            ));
        }
        let limits = args::limits(limits)?;
        Self::from_input(path.py(), read(path, "path", "baseline")?, &limits)
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
        self.inner.model.doc().valid_from.map(|d| d.to_string())
    }

    #[getter]
    fn valid_to(&self) -> Option<String> {
        self.inner.model.doc().valid_to.map(|d| d.to_string())
    }

    /// Checks a project: a `dict`, JSON `str`/`bytes`, or a path. `accept` is the appraiser's
    /// `acceptance/1` document (same forms) or a list of them; `rulepacks` the province's
    /// `rulepack/1` documents; `limits` a dict of input limits. The GIL is released meanwhile.
    #[pyo3(signature = (project, *, as_of = None, accept = None, rulepacks = None, limits = None))]
    fn check(
        &self,
        project: &Bound<'_, PyAny>,
        as_of: Option<&Bound<'_, PyAny>>,
        accept: Option<&Bound<'_, PyAny>>,
        rulepacks: Option<&Bound<'_, PyAny>>,
        limits: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyReport> {
        let py = project.py();
        let input = read(project, "project", "project")?;
        let opts = CheckArgs {
            as_of,
            accept,
            rulepacks,
            limits,
            baseline: None,
        }
        .options(py)?;
        check_input(py, &self.inner, &input, &opts)
    }

    /// Checks several projects; one report each, in order. The options apply to every project
    /// (each acceptance names its project).
    #[pyo3(signature = (projects, *, as_of = None, accept = None, rulepacks = None, limits = None))]
    fn check_many(
        &self,
        projects: &Bound<'_, PyAny>,
        as_of: Option<&Bound<'_, PyAny>>,
        accept: Option<&Bound<'_, PyAny>>,
        rulepacks: Option<&Bound<'_, PyAny>>,
        limits: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Vec<PyReport>> {
        let py = projects.py();
        let inputs = many(projects, "projects", "project")?;
        let opts = CheckArgs {
            as_of,
            accept,
            rulepacks,
            limits,
            baseline: None,
        }
        .options(py)?;
        inputs
            .iter()
            .map(|i| check_input(py, &self.inner, i, &opts))
            .collect()
    }

    /// Validates the baseline's own model, as of `as_of`, with `rulepacks`.
    #[pyo3(signature = (*, as_of = None, rulepacks = None, limits = None))]
    fn validate(
        &self,
        py: Python<'_>,
        as_of: Option<&Bound<'_, PyAny>>,
        rulepacks: Option<&Bound<'_, PyAny>>,
        limits: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyReport> {
        let opts = validate_options(py, as_of, rulepacks, limits)?;
        let r = py.detach(|| kientruc::validate(&self.inner.model, &self.inner.framework, &opts));
        Ok(PyReport::new(r))
    }

    /// The baseline as `model/1` JSON text.
    fn to_json(&self) -> String {
        match self.builtin.as_deref().and_then(Baseline::builtin_json) {
            Some(t) => t.to_string(),
            None => kientruc::model::to_json(self.inner.model.doc()),
        }
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let cls = py.get_type::<PyBaseline>();
        Ok(match &self.builtin {
            Some(name) => (cls.getattr("builtin")?, (name.clone(),)),
            None => (cls.getattr("from_json")?, (self.to_json(),)),
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
