//! Reference-model codes: `<PREFIX><nnn>(.<nnn>)*`, e.g. `DRM001.002`. The prefix is three upper-case
//! letters (BRM, DRM, ARM, TRM, SRM in framework 2.0); whether a code exists is the framework's
//! taxonomy's business, not this parser's.

use crate::i18n::{Args, Text};
use crate::rules::meta;

/// A syntactically valid reference-model code.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RefCode<'a> {
    /// The reference model's prefix, e.g. `DRM`.
    pub prefix: &'a str,
    /// The numbers of the levels, e.g. `[1, 2]` for `DRM001.002`.
    pub parts: Vec<u16>,
}

impl<'a> RefCode<'a> {
    /// Parses `DRM001.002`; a message saying what is wrong otherwise.
    pub fn parse(s: &'a str) -> Result<RefCode<'a>, String> {
        Self::read(s).map_err(|t| t.en)
    }

    /// [`RefCode::parse`] with the reason in both languages (the phrase of rule VAL-009).
    pub(crate) fn read(s: &'a str) -> Result<RefCode<'a>, Text> {
        let bad = || meta("VAL-009").phrase("shape", &Args::new().with("code", s));
        if s.len() < 6 || !s.is_ascii() {
            return Err(bad());
        }
        let (prefix, rest) = s.split_at(3);
        if !prefix.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(bad());
        }
        let mut parts = Vec::new();
        for part in rest.split('.') {
            if part.len() != 3 || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            parts.push(part.parse().map_err(|_| bad())?);
        }
        Ok(RefCode { prefix, parts })
    }

    /// The codes of the enclosing levels, nearest first: `DRM001.002.003` → `DRM001.002`, `DRM001`.
    pub fn ancestors(code: &str) -> impl Iterator<Item = &str> {
        let mut end = code.len();
        std::iter::from_fn(move || {
            let i = code[..end].rfind('.')?;
            end = i;
            Some(&code[..i])
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_and_ancestors() {
        let c = RefCode::parse("DRM001.002").expect("valid");
        assert_eq!(c.prefix, "DRM");
        assert_eq!(c.parts, vec![1, 2]);
        let a: Vec<&str> = RefCode::ancestors("DRM001.002.003").collect();
        assert_eq!(a, vec!["DRM001.002", "DRM001"]);
        for bad in [
            "DRM1",
            "drm001",
            "DRM001.",
            "DRM001.02",
            "DRM0010",
            "DR1001",
            "DRM001..002",
            "ĐRM001",
        ] {
            assert!(RefCode::parse(bad).is_err(), "{bad}");
        }
    }
}
