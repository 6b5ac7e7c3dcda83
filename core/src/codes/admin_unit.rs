//! Administrative unit codes of QĐ 124/2004/QĐ-TTg: a code is a unique, never-reused identifier;
//! provinces have 2 digits, districts 3, communes 5 (widths as used in GSO data; secondary).

use crate::i18n::{Args, Text};
use crate::rules::meta;

/// The level a code's width indicates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AdminLevel {
    /// A province (2 digits).
    Province,
    /// A district (3 digits).
    District,
    /// A commune (5 digits).
    Commune,
}

impl AdminLevel {
    /// `province`, `district` or `commune`.
    pub fn as_str(self) -> &'static str {
        match self {
            AdminLevel::Province => "province",
            AdminLevel::District => "district",
            AdminLevel::Commune => "commune",
        }
    }
}

/// A syntactically valid administrative unit code.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AdminUnitCode {
    /// The code as written.
    pub code: String,
    /// The level its width indicates.
    pub level: AdminLevel,
}

impl AdminUnitCode {
    /// Parses a code of 2, 3 or 5 digits; a message saying what is wrong otherwise.
    pub fn parse(s: &str) -> Result<AdminUnitCode, String> {
        Self::read(s).map_err(|t| t.en)
    }

    /// [`AdminUnitCode::parse`] with the reason in both languages (the phrases of rule VAL-008).
    pub(crate) fn read(s: &str) -> Result<AdminUnitCode, Text> {
        let why = |key: &str, args: Args<'_>| meta("VAL-008").phrase(key, &args.with("code", s));
        if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(why("not-digits", Args::new()));
        }
        let level = match s.len() {
            2 => AdminLevel::Province,
            3 => AdminLevel::District,
            5 => AdminLevel::Commune,
            n => return Err(why("length", Args::new().with("count", n))),
        };
        if s.bytes().all(|b| b == b'0') {
            return Err(why("zeros", Args::new()));
        }
        Ok(AdminUnitCode {
            code: s.to_string(),
            level,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_give_levels() {
        assert_eq!(
            AdminUnitCode::parse("51").map(|c| c.level),
            Ok(AdminLevel::Province)
        );
        assert_eq!(
            AdminUnitCode::parse("532").map(|c| c.level),
            Ok(AdminLevel::District)
        );
        assert_eq!(
            AdminUnitCode::parse("21382").map(|c| c.level),
            Ok(AdminLevel::Commune)
        );
        for bad in ["", "5", "5321", "213820", "51a", "00", " 51"] {
            assert!(AdminUnitCode::parse(bad).is_err(), "{bad}");
        }
    }
}
