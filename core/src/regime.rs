//! Legal regimes: which instruments govern a check made as of a given date. The law changes under
//! the library's feet (security levels: NĐ 85/2016 until NĐ 331/2026 took effect on 19/8/2026,
//! a secondary fact), so every report says which regime it used.
//!
//! Not encoded, for lack of a verified date: NĐ 45/2026/NĐ-CP, said to replace NĐ 73/2019 for IT
//! investment. Until its effective date is verified, NĐ 73/2019 governs every date.

use crate::date::Date;
use crate::i18n::Text;
use crate::legal::{Basis, Status};

/// Which instrument sets the security-level criteria.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecurityRegime {
    /// NĐ 85/2016/NĐ-CP, Art. 7–11.
    Nd85,
    /// NĐ 331/2026/NĐ-CP, Art. 11–15 (secondary: text not read).
    Nd331,
}

#[derive(Debug, Clone)]
pub struct Regime {
    /// Stable id printed in reports.
    pub id: &'static str,
    pub name: Text,
    pub security: SecurityRegime,
    /// The instrument on IT investment whose appraisal items the report follows.
    pub investment: Basis,
    pub security_basis: Basis,
}

const ND331_FROM: Date = Date {
    year: 2026,
    month: 8,
    day: 19,
};

/// The regime in force on `d`.
pub fn regime_at(d: Date) -> Regime {
    let investment = Basis {
        instrument: "NĐ 73/2019/NĐ-CP (sửa đổi bởi NĐ 82/2024/NĐ-CP)".into(),
        article: Some("Điều 5.1, 16.2.a, 21.3, 29.1.d".into()),
        status: Status::Verified,
        effective: Default::default(),
        cites: Vec::new(),
    };
    if d >= ND331_FROM {
        Regime {
            id: "nd73-2019/nd331-2026",
            name: Text::new(
                "Đầu tư ứng dụng CNTT: NĐ 73/2019; cấp độ an toàn HTTT: NĐ 331/2026 (nguồn thứ cấp)",
                "IT investment: ND 73/2019; security levels: ND 331/2026 (secondary source)",
            ),
            security: SecurityRegime::Nd331,
            investment,
            security_basis: Basis {
                instrument: "NĐ 331/2026/NĐ-CP".into(),
                article: Some("Điều 11–15".into()),
                status: Status::Secondary,
                effective: crate::date::Period {
                    from: Some(ND331_FROM),
                    to: None,
                },
                cites: Vec::new(),
            },
        }
    } else {
        Regime {
            id: "nd73-2019/nd85-2016",
            name: Text::new(
                "Đầu tư ứng dụng CNTT: NĐ 73/2019; cấp độ an toàn HTTT: NĐ 85/2016",
                "IT investment: ND 73/2019; security levels: ND 85/2016",
            ),
            security: SecurityRegime::Nd85,
            investment,
            security_basis: Basis {
                instrument: "NĐ 85/2016/NĐ-CP".into(),
                article: Some("Điều 7–11".into()),
                status: Status::Verified,
                effective: crate::date::Period {
                    from: None,
                    to: Date::new(2026, 8, 18),
                },
                cites: Vec::new(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_security_regime_changes_on_19_august_2026() {
        let before = Date::new(2026, 8, 18).expect("date");
        assert_eq!(regime_at(before).security, SecurityRegime::Nd85);
        assert_eq!(regime_at(ND331_FROM).security, SecurityRegime::Nd331);
        assert_eq!(regime_at(Date::jan1(2024)).id, "nd73-2019/nd85-2016");
    }
}
