//! Reading documents given from Python: a `dict` (or `list`), JSON text as `str` or `bytes`, or a
//! path (`os.PathLike`). A `str` is always JSON text, never a path.

use crate::args::type_name;
use crate::errors::{argument, raise, to_py};
use pyo3::exceptions::PyRecursionError;
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyDict, PyList, PyString};

/// The document's bytes and the name its errors use.
pub struct Input {
    pub bytes: Vec<u8>,
    pub name: String,
}

/// Reads the document given as the argument `param`; `what` names the kind of document in the
/// labels its errors use (`<project str>`).
pub fn read(obj: &Bound<'_, PyAny>, param: &str, what: &str) -> PyResult<Input> {
    let py = obj.py();
    if let Ok(b) = obj.cast::<PyBytes>() {
        return Ok(Input {
            bytes: b.as_bytes().to_vec(),
            name: format!("<{what} bytes>"),
        });
    }
    if let Ok(b) = obj.cast::<PyByteArray>() {
        return Ok(Input {
            bytes: b.to_vec(),
            name: format!("<{what} bytes>"),
        });
    }
    if let Ok(s) = obj.cast::<PyString>() {
        let text = s.to_cow().map_err(|_| {
            raise(
                py,
                "EncodingError",
                format!("<{what} str>: the text contains lone surrogates and is not valid Unicode"),
                None,
                None,
            )
        })?;
        return Ok(Input {
            bytes: text.as_bytes().to_vec(),
            name: format!("<{what} str>"),
        });
    }
    if obj.cast::<PyDict>().is_ok() || obj.cast::<PyList>().is_ok() {
        let json = py.import("json")?;
        let kwargs = PyDict::new(py);
        kwargs.set_item("ensure_ascii", false)?;
        kwargs.set_item("allow_nan", false)?;
        let text = match json.call_method("dumps", (obj,), Some(&kwargs)) {
            Ok(t) => t,
            Err(e) if e.is_instance_of::<PyRecursionError>(py) => {
                return Err(raise(
                    py,
                    "LimitError",
                    format!("<{what} dict>: nesting depth exceeds what can be serialised"),
                    None,
                    None,
                ));
            }
            Err(e) => {
                return Err(raise(
                    py,
                    "SchemaError",
                    format!("<{what} dict>: not JSON data: {e}"),
                    None,
                    None,
                ));
            }
        };
        let text: String = text.extract()?;
        return Ok(Input {
            bytes: text.into_bytes(),
            name: format!("<{what} dict>"),
        });
    }
    if obj.hasattr("__fspath__")? {
        let path: std::path::PathBuf = obj.extract()?;
        let bytes = std::fs::read(&path).map_err(|e| {
            to_py(
                py,
                kientruc::Error::Io {
                    path: path.display().to_string(),
                    message: e.to_string(),
                },
            )
        })?;
        return Ok(Input {
            bytes,
            name: path.display().to_string(),
        });
    }
    Err(argument(
        py,
        param,
        format!(
            "must be a dict, JSON text (str or bytes) or a path (os.PathLike), not {}",
            type_name(obj)
        ),
    ))
}

/// One document or several: `None` is none; one document (a `dict`, `str`, `bytes`, `bytearray`
/// or path) is one; a `list`, `tuple` or other iterable is several, each in any form [`read`]
/// takes. For arguments whose documents are always objects (`accept`, `rulepacks`), so a list
/// never stands for one document.
pub fn one_or_many(
    obj: Option<&Bound<'_, PyAny>>,
    param: &str,
    what: &str,
) -> PyResult<Vec<Input>> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else {
        return Ok(Vec::new());
    };
    let one = obj.cast::<PyDict>().is_ok()
        || obj.cast::<PyString>().is_ok()
        || obj.cast::<PyBytes>().is_ok()
        || obj.cast::<PyByteArray>().is_ok()
        || obj.hasattr("__fspath__")?;
    if one {
        return Ok(vec![read(obj, param, what)?]);
    }
    many(obj, param, what)
}

/// Several documents: any iterable (`list`, `tuple`, generator), each in any form [`read`] takes;
/// anything else (`None`, a number) is an `ArgumentError`.
pub fn many(obj: &Bound<'_, PyAny>, param: &str, what: &str) -> PyResult<Vec<Input>> {
    let not_iterable = || {
        argument(
            obj.py(),
            param,
            format!("must be an iterable of documents, not {}", type_name(obj)),
        )
    };
    if obj.cast::<PyString>().is_ok() || obj.cast::<PyDict>().is_ok() {
        return Err(not_iterable());
    }
    let items = obj.try_iter().map_err(|_| not_iterable())?;
    items.map(|item| read(&item?, param, what)).collect()
}
