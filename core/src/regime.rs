//! Legal regimes: which instruments govern a check made as of a given date (domain-2026.md §5–6).
//! A regime names four parts, each switching on its own dates:
//!
//! - **IT investment and appraisal**: NĐ 73/2019/NĐ-CP (amended by NĐ 82/2024/NĐ-CP) until
//!   28/02/2026; NĐ 45/2026/NĐ-CP from 01/3/2026 (secondary: its text was not read); NĐ 224/2026/
//!   NĐ-CP from 01/7/2026 (Điều 90 khoản 1; its copy is a mirror: secondary). Điều 91 khoản 2 of
//!   NĐ 224: a project already decided, or with an appraisal report, under NĐ 45/2026 may continue
//!   under it. The project's `investment.decision_date` says when it was decided; when it is absent
//!   the project is taken as not yet decided on the check date (Điều 91 khoản 1: it follows the
//!   regime of the check date). A project decided before 01/3/2026 keeps NĐ 73/2019, the decree it
//!   was decided under; NĐ 45/2026's own transitional clause was not read, so that case is marked
//!   secondary.
//! - **Security levels**: NĐ 85/2016/NĐ-CP with the Luật An toàn thông tin mạng 2015 until
//!   30/6/2026; the Luật An ninh mạng 116/2025/QH15 from 01/7/2026 (Điều 44: it repeals the 2015
//!   law); NĐ 331/2026/NĐ-CP from 19/8/2026. Between 01/7 and 18/8/2026 the law is in force but
//!   its decree is not: the level criteria stay those of NĐ 85/2016, since Luật 116 Điều 8 khoản 1
//!   only names the five levels by harm, Điều 45 khoản 1 keeps the levels already set, and NĐ 331
//!   Điều 39 khoản 1 itself approves systems built before 01/7/2026 under NĐ 85/2016. That reading
//!   is an inference, so the basis of such findings is secondary. NĐ 331 Điều 39 khoản 1: a system
//!   under construction before 01/7/2026 (its investment decided before then) is approved under
//!   NĐ 85/2016 within six months, then must meet NĐ 331 within twelve: such a project is judged on
//!   NĐ 85/2016's criteria, with a note.
//! - **Personal data**: NĐ 13/2023/NĐ-CP from 01/7/2023 until 31/12/2025; the Luật Bảo vệ dữ liệu
//!   cá nhân 91/2025/QH15 and NĐ 356/2025/NĐ-CP from 01/01/2026 (NĐ 356 Điều 42 khoản 2 repeals
//!   NĐ 13/2023). Before 01/7/2023: no decree on personal data is encoded.
//! - **Data sharing**: NĐ 47/2020/NĐ-CP (from 25/5/2020) and NĐ 47/2024/NĐ-CP (from 09/5/2024);
//!   NĐ 194/2025/NĐ-CP from 19/8/2025 (Điều 40: it repeals NĐ 47/2024 and parts of NĐ 47/2020),
//!   with NĐ 278/2025/NĐ-CP (22/10/2025; its content is secondary).

use crate::date::{Date, Period};
use crate::i18n::Text;
use crate::legal::{Basis, Citation, Status};

/// Which instrument governs IT investment and its appraisal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InvestmentRegime {
    /// NĐ 73/2019/NĐ-CP (amended by NĐ 82/2024/NĐ-CP).
    Nd73,
    /// NĐ 45/2026/NĐ-CP (secondary).
    Nd45,
    /// NĐ 224/2026/NĐ-CP (mirror of the text: secondary).
    Nd224,
}

/// Which instrument sets the security-level criteria.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecurityRegime {
    /// NĐ 85/2016/NĐ-CP, Art. 7–11, under the Luật An toàn thông tin mạng 2015.
    Nd85,
    /// The Luật An ninh mạng 116/2025/QH15 is in force, NĐ 331/2026 not yet (01/7–18/8/2026), or a
    /// system under construction before 01/7/2026 (NĐ 331 Điều 39 khoản 1): NĐ 85/2016's criteria.
    Luat116Nd85,
    /// NĐ 331/2026/NĐ-CP, Art. 11–15 (secondary: a mirror of the text), under Luật 116/2025.
    Nd331,
}

/// Which instruments govern personal-data protection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonalDataRegime {
    /// Before 01/7/2023: no decree on personal data is encoded.
    None,
    /// NĐ 13/2023/NĐ-CP (01/7/2023–31/12/2025).
    Nd13,
    /// Luật 91/2025/QH15 and NĐ 356/2025/NĐ-CP (from 01/01/2026).
    Luat91,
}

/// Which instruments govern data connection and sharing between agencies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataSharingRegime {
    /// NĐ 47/2020/NĐ-CP.
    Nd47of2020,
    /// NĐ 47/2020/NĐ-CP and NĐ 47/2024/NĐ-CP (09/5/2024–18/8/2025).
    Nd47of2024,
    /// NĐ 194/2025/NĐ-CP from 19/8/2025, with NĐ 278/2025/NĐ-CP (secondary).
    Nd194,
}

/// The legal regime a check applies: the instruments in force on the check date for
/// investment, security, personal data and data sharing (see `docs/checks.md`).
#[derive(Debug, Clone)]
pub struct Regime {
    /// Stable id printed in reports: the four parts joined by `/`, e.g.
    /// `nd224-2026/luat116-2025+nd331-2026/luat91-2025+nd356-2025/nd194-2025+nd278-2025`.
    pub id: String,
    /// The regime in full ("Căn cứ pháp lý áp dụng: …").
    pub name: Text,
    /// The instruments on IT investment.
    pub investment: InvestmentRegime,
    /// The instruments on information security.
    pub security: SecurityRegime,
    /// The instruments on personal data protection.
    pub personal_data: PersonalDataRegime,
    /// The instruments on data sharing and connection.
    pub data_sharing: DataSharingRegime,
    /// The instrument on IT investment whose appraisal items the report follows.
    pub investment_basis: Basis,
    /// The basis of the security-level criteria (CONF-10).
    pub security_basis: Basis,
    /// The date the security part was chosen for: the check date, or, under NĐ 331 Điều 39's
    /// transition, the day before 01/7/2026.
    pub security_date: Date,
    /// Transitional provisions applied (vi, en), shown in the report.
    pub notes: Vec<Text>,
}

/// A date constant: year, month, day.
const fn on(year: u16, month: u8, day: u8) -> Date {
    Date { year, month, day }
}

/// NĐ 82/2024/NĐ-CP, amending NĐ 73/2019, dated 10/7/2024 (domain.md §5.1; named from then on).
const ND82_FROM: Date = on(2024, 7, 10);

/// NĐ 278/2025/NĐ-CP, dated 22/10/2025 (domain-2026.md §5; its effective date is not known, so it
/// is named from its date).
const ND278_FROM: Date = on(2025, 10, 22);

pub(crate) const ND45_FROM: Date = on(2026, 3, 1);
pub(crate) const ND224_FROM: Date = on(2026, 7, 1);
/// Luật An ninh mạng 116/2025/QH15 (Điều 44 khoản 1).
pub(crate) const LUAT116_FROM: Date = ND224_FROM;
pub(crate) const ND331_FROM: Date = on(2026, 8, 19);
pub(crate) const ND13_FROM: Date = on(2023, 7, 1);
pub(crate) const LUAT91_FROM: Date = on(2026, 1, 1);
pub(crate) const ND47_2024_FROM: Date = on(2024, 5, 9);
pub(crate) const ND194_FROM: Date = on(2025, 8, 19);

/// The security-level wording of the law in force on `d`, as (earlier wording, wording from
/// 01/7/2026) pairs, Vietnamese and English: from 01/7/2026 the Luật An ninh mạng
/// 116/2025/QH15 (khoản 1 Điều 8) names the levels "cấp độ an ninh mạng", where NĐ 85/2016/NĐ-CP
/// and the Luật An toàn thông tin mạng 2015 said "cấp độ an toàn hệ thống thông tin". Empty
/// before 01/7/2026. Longer phrases come first, so that each is replaced once.
pub(crate) fn level_terms(d: Date) -> &'static [(&'static str, &'static str)] {
    const FROM_2026: &[(&str, &str)] = &[
        (
            "Cấp độ an toàn hệ thống thông tin",
            "Cấp độ an ninh mạng của hệ thống thông tin",
        ),
        (
            "cấp độ an toàn hệ thống thông tin",
            "cấp độ an ninh mạng của hệ thống thông tin",
        ),
        (
            "pháp luật về an toàn thông tin mạng, an ninh mạng",
            "pháp luật về an ninh mạng",
        ),
        (
            "chưa khai báo cấp độ an toàn (",
            "chưa khai báo cấp độ an ninh mạng (",
        ),
        (
            "Information-system security level",
            "Cyber-security level of the information system",
        ),
        (
            "information-system security level",
            "cyber-security level of the information system",
        ),
        (
            "the law on information security and cyber security",
            "the cyber-security law",
        ),
        (
            "declares no security level",
            "declares no cyber-security level",
        ),
    ];
    if d >= LUAT116_FROM { FROM_2026 } else { &[] }
}

/// `text` in the security-level wording of the law in force on `d` ([`level_terms`]).
pub(crate) fn in_terms_of(text: &str, d: Date) -> String {
    level_terms(d)
        .iter()
        .fold(text.to_string(), |acc, (old, new)| acc.replace(old, new))
}

fn day_before(d: Date) -> Date {
    d.pred()
}

fn period(from: Option<Date>, to: Option<Date>) -> Period {
    Period { from, to }
}

fn cite(instrument: &str, article: &str, status: Status, p: Period) -> Citation {
    Citation {
        instrument: instrument.into(),
        article: (!article.is_empty()).then(|| article.to_string()),
        status,
        effective: p,
    }
}

fn basis(cites: Vec<Citation>) -> Basis {
    Basis {
        cites,
        ..Basis::default()
    }
    .normalised()
}

/// The regime in force on `d` for a project not yet decided on `d`.
pub fn regime_at(d: Date) -> Regime {
    regime_for(d, None)
}

/// The regime for a check made as of `d` of a project whose investment was decided on `decided`
/// (`investment.decision_date`; `None`: not yet decided on `d`).
pub fn regime_for(d: Date, decided: Option<Date>) -> Regime {
    let decided = decided.filter(|x| *x <= d);
    let mut notes = Vec::new();
    // Investment.
    let by_date = |x: Date| {
        if x >= ND224_FROM {
            InvestmentRegime::Nd224
        } else if x >= ND45_FROM {
            InvestmentRegime::Nd45
        } else {
            InvestmentRegime::Nd73
        }
    };
    let mut investment = by_date(d);
    let mut investment_transition = false;
    if let Some(x) = decided {
        let at_decision = by_date(x);
        if at_decision != investment {
            investment = at_decision;
            investment_transition = true;
            notes.push(match at_decision {
                InvestmentRegime::Nd45 => Text::new(
                    format!("dự án đã quyết định đầu tư ngày {} theo Nghị định số 45/2026/NĐ-CP nên được tiếp tục thực hiện theo Nghị định này (khoản 2 Điều 91 Nghị định số 224/2026/NĐ-CP)", x.vi()),
                    format!("the project was decided on {} under Decree No. 45/2026/ND-CP and may continue under it (Decree No. 224/2026/ND-CP, Art. 91(2))", x.vi()),
                ),
                _ => Text::new(
                    format!("dự án đã quyết định đầu tư ngày {} theo Nghị định số 73/2019/NĐ-CP; quy định chuyển tiếp của Nghị định số 45/2026/NĐ-CP chưa được đối chiếu (nguồn thứ cấp)", x.vi()),
                    format!("the project was decided on {} under Decree No. 73/2019/ND-CP; the transitional clause of Decree No. 45/2026/ND-CP was not read (secondary)", x.vi()),
                ),
            });
        }
    }
    let investment_basis = match investment {
        InvestmentRegime::Nd73 => {
            let mut b = Basis::single(
                if d >= ND82_FROM {
                    "NĐ 73/2019/NĐ-CP (sửa đổi bởi NĐ 82/2024/NĐ-CP)"
                } else {
                    "NĐ 73/2019/NĐ-CP"
                },
                Some("Điều 5.1, 16.2.a, 21.3, 29.1.d".into()),
                if investment_transition {
                    Status::Secondary
                } else {
                    Status::Verified
                },
            );
            b.effective = period(Date::new(2019, 9, 5), Some(day_before(ND45_FROM)));
            b
        }
        InvestmentRegime::Nd45 => {
            let mut b = Basis::single("NĐ 45/2026/NĐ-CP", None, Status::Secondary);
            b.effective = period(Some(ND45_FROM), Some(day_before(ND224_FROM)));
            if investment_transition {
                b.instrument.push_str("; NĐ 224/2026/NĐ-CP");
                b.article = Some("khoản 2 Điều 91 NĐ 224/2026/NĐ-CP (chuyển tiếp)".into());
            }
            b
        }
        InvestmentRegime::Nd224 => {
            let mut b = Basis::single(
                "NĐ 224/2026/NĐ-CP",
                Some("Điều 37, 45–47, 50 khoản 4".into()),
                Status::Secondary,
            );
            b.effective = period(Some(ND224_FROM), None);
            b
        }
    };
    // Security.
    let mut security = if d >= ND331_FROM {
        SecurityRegime::Nd331
    } else if d >= LUAT116_FROM {
        SecurityRegime::Luat116Nd85
    } else {
        SecurityRegime::Nd85
    };
    let mut security_date = d;
    if security == SecurityRegime::Nd331 {
        if let Some(x) = decided.filter(|x| *x < LUAT116_FROM) {
            security = SecurityRegime::Luat116Nd85;
            security_date = day_before(ND331_FROM);
            notes.push(Text::new(
                format!("hệ thống được đầu tư xây dựng trước ngày 01/7/2026 (quyết định đầu tư ngày {}): cấp độ được phê duyệt theo Nghị định số 85/2016/NĐ-CP trong 06 tháng, sau đó phải đáp ứng Nghị định số 331/2026/NĐ-CP trong 12 tháng (khoản 1 Điều 39 Nghị định số 331/2026/NĐ-CP)", x.vi()),
                format!("the system was under construction before 1/7/2026 (decided on {}): its level is approved under Decree No. 85/2016/ND-CP within 6 months, then it must meet Decree No. 331/2026/ND-CP within 12 months (Decree No. 331/2026/ND-CP, Art. 39(1))", x.vi()),
            ));
        }
    }
    let security_basis = match security {
        SecurityRegime::Nd85 => basis(vec![
            cite(
                "Luật An toàn thông tin mạng số 86/2015/QH13",
                "Điều 21",
                Status::Verified,
                period(Date::new(2016, 7, 1), Some(day_before(LUAT116_FROM))),
            ),
            cite(
                "NĐ 85/2016/NĐ-CP",
                "Điều 7–11",
                Status::Verified,
                period(Date::new(2016, 7, 1), None),
            ),
        ]),
        SecurityRegime::Luat116Nd85 => {
            let mut cites = vec![
                cite(
                    "Luật An ninh mạng số 116/2025/QH15",
                    "khoản 1 Điều 8, khoản 1 Điều 45",
                    Status::Verified,
                    period(Some(LUAT116_FROM), None),
                ),
                // Applied after its parent law was repealed: an inference (module docs).
                cite(
                    "NĐ 85/2016/NĐ-CP",
                    "Điều 7–11",
                    Status::Secondary,
                    period(Date::new(2016, 7, 1), None),
                ),
            ];
            if d >= ND331_FROM {
                cites.push(cite(
                    "NĐ 331/2026/NĐ-CP",
                    "khoản 1 Điều 39 (chuyển tiếp)",
                    Status::Secondary,
                    period(Some(ND331_FROM), None),
                ));
            }
            let mut b = basis(cites);
            b.status = Status::Secondary;
            b
        }
        SecurityRegime::Nd331 => basis(vec![
            cite(
                "Luật An ninh mạng số 116/2025/QH15",
                "khoản 1 Điều 8",
                Status::Verified,
                period(Some(LUAT116_FROM), None),
            ),
            cite(
                "NĐ 331/2026/NĐ-CP",
                "Điều 11–15",
                Status::Secondary,
                period(Some(ND331_FROM), None),
            ),
        ]),
    };
    let personal_data = if d >= LUAT91_FROM {
        PersonalDataRegime::Luat91
    } else if d >= ND13_FROM {
        PersonalDataRegime::Nd13
    } else {
        PersonalDataRegime::None
    };
    let data_sharing = if d >= ND194_FROM {
        DataSharingRegime::Nd194
    } else if d >= ND47_2024_FROM {
        DataSharingRegime::Nd47of2024
    } else {
        DataSharingRegime::Nd47of2020
    };
    let parts: [(&str, &str, &str); 4] = [
        match investment {
            // NĐ 82/2024/NĐ-CP (10/7/2024) is named only from its date.
            InvestmentRegime::Nd73 if d >= ND82_FROM => (
                "nd73-2019",
                "đầu tư ứng dụng công nghệ thông tin: Nghị định số 73/2019/NĐ-CP (sửa đổi bởi Nghị định số 82/2024/NĐ-CP)",
                "IT investment: Decree No. 73/2019/ND-CP (amended by Decree No. 82/2024/ND-CP)",
            ),
            InvestmentRegime::Nd73 => (
                "nd73-2019",
                "đầu tư ứng dụng công nghệ thông tin: Nghị định số 73/2019/NĐ-CP",
                "IT investment: Decree No. 73/2019/ND-CP",
            ),
            InvestmentRegime::Nd45 => (
                "nd45-2026",
                "đầu tư ứng dụng công nghệ thông tin: Nghị định số 45/2026/NĐ-CP (nguồn thứ cấp)",
                "IT investment: Decree No. 45/2026/ND-CP (secondary source)",
            ),
            InvestmentRegime::Nd224 => (
                "nd224-2026",
                "chuyển đổi số, đầu tư ứng dụng công nghệ thông tin: Luật Chuyển đổi số số 148/2025/QH15 và Nghị định số 224/2026/NĐ-CP",
                "digital transformation and IT investment: Law on Digital Transformation No. 148/2025/QH15 and Decree No. 224/2026/ND-CP",
            ),
        },
        match (security, d >= ND331_FROM) {
            (SecurityRegime::Nd85, _) => (
                "nd85-2016",
                "cấp độ an toàn hệ thống thông tin: Luật An toàn thông tin mạng số 86/2015/QH13 và Nghị định số 85/2016/NĐ-CP",
                "security levels: Law on Network Information Security No. 86/2015/QH13 and Decree No. 85/2016/ND-CP",
            ),
            (SecurityRegime::Luat116Nd85, false) => (
                "luat116-2025+nd85-2016",
                "cấp độ an ninh mạng: Luật An ninh mạng số 116/2025/QH15; tiêu chí cấp độ theo Nghị định số 85/2016/NĐ-CP cho đến khi Nghị định số 331/2026/NĐ-CP có hiệu lực",
                "security levels: Law on Cybersecurity No. 116/2025/QH15; level criteria of Decree No. 85/2016/ND-CP until Decree No. 331/2026/ND-CP takes effect",
            ),
            (SecurityRegime::Luat116Nd85, true) => (
                "luat116-2025+nd85-2016",
                "cấp độ an ninh mạng: Luật An ninh mạng số 116/2025/QH15; tiêu chí cấp độ theo Nghị định số 85/2016/NĐ-CP (chuyển tiếp, khoản 1 Điều 39 Nghị định số 331/2026/NĐ-CP)",
                "security levels: Law on Cybersecurity No. 116/2025/QH15; level criteria of Decree No. 85/2016/ND-CP (transition, Decree No. 331/2026/ND-CP, Art. 39(1))",
            ),
            (SecurityRegime::Nd331, _) => (
                "luat116-2025+nd331-2026",
                "cấp độ an ninh mạng: Luật An ninh mạng số 116/2025/QH15 và Nghị định số 331/2026/NĐ-CP",
                "security levels: Law on Cybersecurity No. 116/2025/QH15 and Decree No. 331/2026/ND-CP",
            ),
        },
        match personal_data {
            PersonalDataRegime::None => (
                "no-pdp",
                "bảo vệ dữ liệu cá nhân: chưa có nghị định riêng",
                "personal data: no specific decree",
            ),
            PersonalDataRegime::Nd13 => (
                "nd13-2023",
                "bảo vệ dữ liệu cá nhân: Nghị định số 13/2023/NĐ-CP",
                "personal data: Decree No. 13/2023/ND-CP",
            ),
            PersonalDataRegime::Luat91 => (
                "luat91-2025+nd356-2025",
                "bảo vệ dữ liệu cá nhân: Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 và Nghị định số 356/2025/NĐ-CP",
                "personal data: Law on Personal Data Protection No. 91/2025/QH15 and Decree No. 356/2025/ND-CP",
            ),
        },
        match data_sharing {
            DataSharingRegime::Nd47of2020 => (
                "nd47-2020",
                "kết nối, chia sẻ dữ liệu: Nghị định số 47/2020/NĐ-CP",
                "data sharing: Decree No. 47/2020/ND-CP",
            ),
            DataSharingRegime::Nd47of2024 => (
                "nd47-2020+nd47-2024",
                "kết nối, chia sẻ dữ liệu: Nghị định số 47/2020/NĐ-CP và Nghị định số 47/2024/NĐ-CP",
                "data sharing: Decrees 47/2020/ND-CP and 47/2024/ND-CP",
            ),
            // NĐ 278/2025/NĐ-CP (22/10/2025) is named only from its date.
            DataSharingRegime::Nd194 if d < ND278_FROM => (
                "nd194-2025",
                "kết nối, chia sẻ dữ liệu: Nghị định số 194/2025/NĐ-CP",
                "data sharing: Decree No. 194/2025/ND-CP",
            ),
            DataSharingRegime::Nd194 => (
                "nd194-2025+nd278-2025",
                "kết nối, chia sẻ dữ liệu: Nghị định số 194/2025/NĐ-CP và Nghị định số 278/2025/NĐ-CP (nguồn thứ cấp)",
                "data sharing: Decree No. 194/2025/ND-CP and Decree No. 278/2025/ND-CP (secondary source)",
            ),
        },
    ];
    let id = parts.iter().map(|p| p.0).collect::<Vec<_>>().join("/");
    let vi = parts.iter().map(|p| p.1).collect::<Vec<_>>().join("; ");
    let en = parts.iter().map(|p| p.2).collect::<Vec<_>>().join("; ");
    Regime {
        id,
        name: Text::new(
            format!("Căn cứ pháp lý áp dụng: {vi}."),
            format!("Legal basis applied: {en}."),
        ),
        investment,
        security,
        personal_data,
        data_sharing,
        investment_basis,
        security_basis,
        security_date,
        notes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_security_regime_changes_on_1_july_and_19_august_2026() {
        let d = |y, m, dd| Date::new(y, m, dd).expect("date");
        assert_eq!(regime_at(d(2026, 6, 30)).security, SecurityRegime::Nd85);
        assert_eq!(
            regime_at(d(2026, 7, 1)).security,
            SecurityRegime::Luat116Nd85
        );
        assert_eq!(
            regime_at(d(2026, 8, 18)).security,
            SecurityRegime::Luat116Nd85
        );
        assert_eq!(regime_at(ND331_FROM).security, SecurityRegime::Nd331);
        assert_eq!(
            regime_at(Date::jan1(2024)).id,
            "nd73-2019/nd85-2016/nd13-2023/nd47-2020"
        );
    }

    #[test]
    fn a_project_decided_under_nd45_keeps_it_after_1_july_2026() {
        let d = |y, m, dd| Date::new(y, m, dd).expect("date");
        let r = regime_for(d(2026, 9, 1), Some(d(2026, 4, 1)));
        assert_eq!(r.investment, InvestmentRegime::Nd45);
        assert_eq!(r.security, SecurityRegime::Luat116Nd85, "NĐ 331 Điều 39");
        assert_eq!(r.notes.len(), 2);
        let r = regime_for(d(2026, 9, 1), None);
        assert_eq!(r.investment, InvestmentRegime::Nd224);
        assert_eq!(r.security, SecurityRegime::Nd331);
        // A decision date after the check date is ignored.
        let r = regime_for(d(2026, 9, 1), Some(d(2026, 12, 1)));
        assert_eq!(r.investment, InvestmentRegime::Nd224);
    }
}
