//! Arguments given from Python → the core's types, in one place. A bad argument — a wrong type
//! (`None` where a value is needed, `12` for a document), an unknown language, format or limit, a
//! malformed date — raises `kientruc.ArgumentError` (a `KientrucError`, `TypeError` and
//! `ValueError` at once), never a bare builtin exception.

use crate::errors::{about, argument};
use crate::report::PyReport;
use kientruc::Limits;
use kientruc::{Date, Lang};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyInt, PyString};

/// The type name of `v`, for messages.
pub fn type_name(v: &Bound<'_, PyAny>) -> String {
    v.get_type()
        .name()
        .map_or_else(|_| "?".to_string(), |n| n.to_string())
}

/// A `str` argument.
pub fn string(v: &Bound<'_, PyAny>, param: &str) -> PyResult<String> {
    match v.cast::<PyString>() {
        Ok(s) => Ok(s.to_cow()?.into_owned()),
        Err(_) => Err(argument(
            v.py(),
            param,
            format!("must be a str, not {}", type_name(v)),
        )),
    }
}

/// An optional `str` argument (`None`: not given).
pub fn opt_string(v: Option<&Bound<'_, PyAny>>, param: &str) -> PyResult<Option<String>> {
    match v {
        Some(v) if !v.is_none() => string(v, param).map(Some),
        _ => Ok(None),
    }
}

/// A value the core parses from a string (`lang`, `format`): its `FromStr` error becomes an
/// `ArgumentError` named `param`.
pub fn parsed<T>(v: &Bound<'_, PyAny>, param: &str) -> PyResult<T>
where
    T: std::str::FromStr<Err = kientruc::Error>,
{
    string(v, param)?
        .parse()
        .map_err(|e| about(v.py(), param, e))
}

/// A `lang` argument: `"vi"` or `"en"`; not given (or `None`): Vietnamese.
pub fn lang(v: Option<&Bound<'_, PyAny>>) -> PyResult<Lang> {
    match v {
        Some(v) if !v.is_none() => parsed(v, "lang"),
        _ => Ok(Lang::Vi),
    }
}

/// A date argument (`as_of`): `None`, a `datetime.date` (a `datetime` counts by its date) or a
/// `YYYY-MM-DD` string.
pub fn date(v: Option<&Bound<'_, PyAny>>, param: &str) -> PyResult<Option<Date>> {
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    let py = v.py();
    if v.cast::<PyString>().is_ok() {
        return parsed(v, param).map(Some);
    }
    let date_type = py.import("datetime")?.getattr("date")?;
    if !v.is_instance(&date_type)? {
        return Err(argument(
            py,
            param,
            format!(
                "must be a datetime.date or a 'YYYY-MM-DD' string, not {}",
                type_name(v)
            ),
        ));
    }
    let part = |name: &str| -> PyResult<u16> { v.getattr(name)?.extract() };
    let (y, m, d) = (part("year")?, part("month")?, part("day")?);
    let bad = || argument(py, param, format!("{y:04}-{m:02}-{d:02} is out of range"));
    let m = u8::try_from(m).map_err(|_| bad())?;
    let d = u8::try_from(d).map_err(|_| bad())?;
    Date::new(y, m, d).map(Some).ok_or_else(bad)
}

/// A `limits` argument: `None` (the defaults) or a dict of limit names to non-negative `int`s,
/// e.g. `{"max_bytes": 1_000_000}`; the limits it does not name keep their defaults.
pub fn limits(v: Option<&Bound<'_, PyAny>>) -> PyResult<Limits> {
    let mut limits = Limits::default();
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok(limits);
    };
    let py = v.py();
    let dict = v.cast::<PyDict>().map_err(|_| {
        argument(
            py,
            "limits",
            format!(
                "must be a dict of limit names to numbers, not {}",
                type_name(v)
            ),
        )
    })?;
    for (key, value) in dict.iter() {
        let name = string(&key, "limits")?;
        let n = match value.cast::<PyInt>() {
            Ok(i) if value.cast::<PyBool>().is_err() => i.extract::<usize>().ok(),
            _ => None,
        };
        let n = n.ok_or_else(|| {
            argument(
                py,
                "limits",
                format!(
                    "{name} must be a whole number ≥ 0, not {}",
                    value
                        .repr()
                        .map_or_else(|_| type_name(&value), |r| r.to_string())
                ),
            )
        })?;
        limits
            .try_set(&name, n)
            .map_err(|e| about(py, "limits", e))?;
    }
    Ok(limits)
}

/// The core reports behind a `Report` or an iterable of them (copies: renderers take a slice).
pub fn reports(v: &Bound<'_, PyAny>) -> PyResult<Vec<kientruc::Report>> {
    let py = v.py();
    if let Ok(r) = v.cast::<PyReport>() {
        return Ok(vec![(*r.get().inner).clone()]);
    }
    let not_reports = || {
        argument(
            py,
            "reports",
            format!(
                "must be a kientruc.Report or an iterable of them, not {}",
                type_name(v)
            ),
        )
    };
    if v.cast::<PyString>().is_ok() {
        return Err(not_reports());
    }
    let mut out = Vec::new();
    for item in v.try_iter().map_err(|_| not_reports())? {
        let item = item?;
        let r = item.cast::<PyReport>().map_err(|_| {
            argument(
                py,
                "reports",
                format!(
                    "every item must be a kientruc.Report (from check or check_many), not {}",
                    type_name(&item)
                ),
            )
        })?;
        out.push((*r.get().inner).clone());
    }
    Ok(out)
}
