//! The one place where the core's errors become Python exceptions. The exception classes live in
//! `kientruc._errors` (pure Python, so that they can derive from two bases, e.g.
//! `ParseError(KientrucError, ValueError)`).

use kientruc::Error;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyDict;

/// The Python class name for a core error code.
fn class_name(code: &str) -> &'static str {
    match code {
        "parse" => "ParseError",
        "encoding" => "EncodingError",
        "schema" => "SchemaError",
        "limit" => "LimitError",
        "unknown-baseline" => "UnknownBaselineError",
        "io" => "KientrucIOError",
        _ => "KientrucError",
    }
}

/// Builds the exception `class` of `kientruc._errors` with the message and location fields.
pub fn raise(
    py: Python<'_>,
    class: &str,
    message: String,
    source: Option<&str>,
    loc: Option<kientruc::error::Location>,
) -> PyErr {
    let build = || -> PyResult<PyErr> {
        let cls = py.import("kientruc._errors")?.getattr(class)?;
        let kwargs = PyDict::new(py);
        kwargs.set_item("source", source)?;
        if let Some(l) = loc {
            kwargs.set_item("line", l.line)?;
            kwargs.set_item("column", l.column)?;
            kwargs.set_item("path", l.path)?;
        }
        Ok(PyErr::from_value(
            cls.call((message.clone(),), Some(&kwargs))?,
        ))
    };
    build().unwrap_or_else(|e| e)
}

/// Converts a core error into the matching Python exception.
pub fn to_py(py: Python<'_>, e: Error) -> PyErr {
    let source = match &e {
        Error::Parse { source_name, .. }
        | Error::Schema { source_name, .. }
        | Error::Encoding { source_name, .. }
        | Error::Limit { source_name, .. } => Some(source_name.clone()),
        Error::Io { path, .. } => Some(path.clone()),
        _ => None,
    };
    raise(
        py,
        class_name(e.code()),
        e.to_string(),
        source.as_deref(),
        e.location(),
    )
}

/// A `lang` argument: `"vi"` or `"en"`.
pub fn lang(s: &str) -> PyResult<kientruc::Lang> {
    kientruc::Lang::parse(s)
        .ok_or_else(|| PyValueError::new_err(format!("lang must be 'vi' or 'en', not {s:?}")))
}

/// An `as_of` argument: a `datetime.date` or a `YYYY-MM-DD` string.
pub fn as_of(value: Option<&Bound<'_, PyAny>>) -> PyResult<Option<kientruc::Date>> {
    let Some(v) = value else { return Ok(None) };
    if v.is_none() {
        return Ok(None);
    }
    let text: String = if let Ok(s) = v.extract::<String>() {
        s
    } else if v.hasattr("isoformat")? {
        v.call_method0("isoformat")?.extract()?
    } else {
        return Err(PyTypeError::new_err(
            "as_of must be a datetime.date or a 'YYYY-MM-DD' string",
        ));
    };
    kientruc::Date::parse(&text).map(Some).ok_or_else(|| {
        PyValueError::new_err(format!(
            "as_of {text:?} is not a valid date; expected YYYY-MM-DD"
        ))
    })
}
