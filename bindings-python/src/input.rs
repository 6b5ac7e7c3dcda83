//! Reading documents given from Python: a `dict` (or `list`), JSON text as `str` or `bytes`, or a
//! path (`os.PathLike`). A `str` is always JSON text, never a path.

use crate::errors::{raise, to_py};
use pyo3::exceptions::{PyRecursionError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyDict, PyList, PyString, PyTuple};

/// The document's bytes and the name its errors use.
pub struct Input {
    pub bytes: Vec<u8>,
    pub name: String,
}

pub fn read(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<Input> {
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
    Err(PyTypeError::new_err(format!(
        "{what} must be a dict, JSON text (str or bytes) or a path (os.PathLike), not {}",
        obj.get_type().name()?
    )))
}

/// One document or several: a `list` or `tuple` is several documents (each in any form `read`
/// takes), `None` none, anything else one. For arguments whose documents are always objects
/// (`accept`), so a list never stands for one document.
pub fn read_one_or_many(obj: Option<&Bound<'_, PyAny>>, what: &str) -> PyResult<Vec<Input>> {
    let Some(obj) = obj else {
        return Ok(Vec::new());
    };
    if obj.is_none() {
        return Ok(Vec::new());
    }
    if obj.cast::<PyList>().is_ok() || obj.cast::<PyTuple>().is_ok() {
        return obj.try_iter()?.map(|item| read(&item?, what)).collect();
    }
    Ok(vec![read(obj, what)?])
}
