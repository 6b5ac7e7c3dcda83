//! The one place where the core's errors become Python exceptions. The exception classes live in
//! `kientruc._errors` (pure Python, so that they can derive from two bases, e.g.
//! `ParseError(KientrucError, ValueError)`). Errors map by variant; a bad argument of a call is an
//! `ArgumentError` whether the core or this face finds it.

use kientruc::Error;
use pyo3::prelude::*;
use pyo3::types::PyDict;

/// The Python class of a core error.
fn class_name(e: &Error) -> &'static str {
    match e {
        Error::Parse { .. } => "ParseError",
        Error::Encoding { .. } => "EncodingError",
        Error::Schema { .. } => "SchemaError",
        Error::Limit { .. } => "LimitError",
        Error::UnknownBaseline { .. } => "UnknownBaselineError",
        Error::Io { .. } => "KientrucIOError",
        Error::Argument { .. } => "ArgumentError",
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
        class_name(&e),
        e.to_string(),
        source.as_deref(),
        e.location(),
    )
}

/// `kientruc.ArgumentError` for the argument `param`: "`param`: `message`".
pub fn argument(py: Python<'_>, param: &str, message: impl std::fmt::Display) -> PyErr {
    raise(
        py,
        "ArgumentError",
        format!("{param}: {message}"),
        None,
        None,
    )
}

/// A core error about an argument, named after the face's parameter `param` (the core names the
/// value's kind, e.g. `date` for `as_of`); other errors map as [`to_py`] does.
pub fn about(py: Python<'_>, param: &str, e: Error) -> PyErr {
    match e {
        Error::Argument { .. } => argument(py, param, e.detail()),
        e => to_py(py, e),
    }
}
