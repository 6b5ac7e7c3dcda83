//! Agency e-ID codes of QCVN 102:2016/BTTTT: `V1V2V3.Z1Z2.Y1Y2.MX1X2`, 13 characters with dots.
//! `MX1X2` is the level-1 unit (`M` a letter naming the group, `X1X2` two digits); `Y1Y2` the
//! level-2 unit, `Z1Z2` level 3, `V1V2V3` level 4, each zero when the code names a higher unit.

use crate::i18n::{Args, Text};
use crate::rules::meta;
use std::fmt;

/// The group letter `M` of the level-1 unit. Only the letters domain.md verifies are named; the
/// others are kept as [`EidGroup::Other`], never guessed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum EidGroup {
    /// `H`: a provincial People's Committee (QCVN 102:2016; e.g. `H48` Quảng Ngãi, secondary).
    ProvincialPeoplesCommittee,
    /// `K`: a provincial People's Council.
    ProvincialPeoplesCouncil,
    /// `G`: the Government bloc (ministries, e.g. `G12` Ministry of Finance; secondary).
    Government,
    /// Another letter, not named here.
    Other(char),
}

/// A syntactically valid agency e-ID code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AgencyEid {
    /// Level-4 unit number (`V1V2V3`).
    pub level4: u16,
    /// Level-3 unit number (`Z1Z2`).
    pub level3: u8,
    /// Level-2 unit number (`Y1Y2`).
    pub level2: u8,
    /// Group letter `M`.
    pub group: char,
    /// Level-1 unit number (`X1X2`).
    pub level1: u8,
}

impl AgencyEid {
    /// Parses `000.00.00.H48`. Returns a message saying what is wrong otherwise.
    pub fn parse(s: &str) -> Result<AgencyEid, String> {
        Self::read(s).map_err(|t| t.en)
    }

    /// [`AgencyEid::parse`] with the reason in both languages (the phrases of rule VAL-007).
    pub(crate) fn read(s: &str) -> Result<AgencyEid, Text> {
        let why = |key: &str, args: Args<'_>| meta("VAL-007").phrase(key, &args.with("code", s));
        let b = s.as_bytes();
        if b.len() != 13 {
            return Err(why("length", Args::new().with("count", s.chars().count())));
        }
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        let shape_ok = digits(0..3)
            && b[3] == b'.'
            && digits(4..6)
            && b[6] == b'.'
            && digits(7..9)
            && b[9] == b'.'
            && b[10].is_ascii_uppercase()
            && digits(11..13);
        if !shape_ok {
            return Err(why("shape", Args::new()));
        }
        let n = |r: std::ops::Range<usize>| {
            b[r].iter()
                .fold(0u16, |acc, d| acc * 10 + u16::from(d - b'0'))
        };
        Ok(AgencyEid {
            level4: n(0..3),
            level3: n(4..6) as u8,
            level2: n(7..9) as u8,
            group: b[10] as char,
            level1: n(11..13) as u8,
        })
    }

    /// The group its letter `M` names.
    pub fn group(&self) -> EidGroup {
        match self.group {
            'H' => EidGroup::ProvincialPeoplesCommittee,
            'K' => EidGroup::ProvincialPeoplesCouncil,
            'G' => EidGroup::Government,
            c => EidGroup::Other(c),
        }
    }

    /// The code of the level-1 unit this code falls under, e.g. `000.00.00.H48`.
    pub fn level1_unit(&self) -> AgencyEid {
        AgencyEid {
            level4: 0,
            level3: 0,
            level2: 0,
            ..*self
        }
    }
}

impl fmt::Display for AgencyEid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:03}.{:02}.{:02}.{}{:02}",
            self.level4, self.level3, self.level2, self.group, self.level1
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_province_and_district_codes() {
        let p = AgencyEid::parse("000.00.00.H48").expect("valid");
        assert_eq!(p.group(), EidGroup::ProvincialPeoplesCommittee);
        assert_eq!(p.level1, 48);
        let d = AgencyEid::parse("000.00.53.H48").expect("valid");
        assert_eq!(d.level2, 53);
        assert_eq!(d.level1_unit(), p);
        assert_eq!(d.to_string(), "000.00.53.H48");
        assert_eq!(
            AgencyEid::parse("000.00.18.G12").map(|e| e.group()),
            Ok(EidGroup::Government)
        );
    }

    #[test]
    fn rejects_malformed_codes_with_a_reason() {
        for bad in [
            "000.00.00.h48",
            "00.00.00.H48",
            "000-00-00-H48",
            "000.00.00.HH8",
            "000.00.0a.H48",
            "000.00.00.H48 ",
            "ÀÀÀ.00.00.H4",
        ] {
            let err = AgencyEid::parse(bad).expect_err(bad);
            assert!(err.contains(bad), "{err}");
        }
    }
}
