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
//!
//! The dates and the choice between instruments are code (the reasoning above); the wording is
//! data (`core/data/legal/regimes.json`): each part's id and name in both languages, the
//! transitional notes, the instruments and articles of the investment and security bases, and the
//! security-level wording from 01/7/2026. A test fails when the code needs an entry the file lacks
//! or the file holds one no regime uses.

use crate::date::{Date, Period};
use crate::i18n::Text;
use crate::legal::{Basis, Citation, Status};
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::OnceLock;

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

/// The wording of the regimes (`core/data/legal/regimes.json`): the name of each part, the
/// transitional notes, the citations of the bases and the security-level wording from 01/7/2026.
/// The code chooses the entries by date (the constants above and the module docs hold the legal
/// reasoning); the file holds what a reviewer reads and corrects.
pub const REGIMES_JSON: &str = include_str!("../data/legal/regimes.json");

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RegimeFile {
    #[serde(rename = "$comment", default)]
    _comment: String,
    /// "Căn cứ pháp lý áp dụng: {parts}.": the parts joined by "; ".
    name: Text,
    /// Part key (`investment.nd224`) → its id in `Regime::id` and its wording.
    parts: HashMap<String, Part>,
    /// Note key → a transitional note, filled with `{date}` (the decision date).
    notes: HashMap<String, Text>,
    /// Citation key → instrument and article, as rule data writes them.
    citations: HashMap<String, Cited>,
    level_terms: Vec<LevelTerm>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Part {
    id: String,
    vi: String,
    en: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Cited {
    instrument: String,
    #[serde(default)]
    article: Option<String>,
}

/// One phrase of the security-level wording and the phrase the law in force from 01/7/2026 uses.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct LevelTerm {
    /// The wording of NĐ 85/2016/NĐ-CP and the Luật An toàn thông tin mạng 2015.
    pub(crate) from: String,
    /// The wording of the Luật An ninh mạng 116/2025/QH15.
    pub(crate) to: String,
}

fn regime_file() -> &'static RegimeFile {
    static FILE: OnceLock<RegimeFile> = OnceLock::new();
    // Embedded and read by the tests: a broken file shows keys instead of wording, never panics.
    FILE.get_or_init(|| serde_json::from_str(REGIMES_JSON).unwrap_or_default())
}

#[cfg(test)]
thread_local! {
    /// The keys the code looked up, so that a test finds the entries no regime uses.
    static USED: std::cell::RefCell<std::collections::BTreeSet<String>> = Default::default();
}

/// Notes that `key` was looked up (tests only).
fn used(_key: &str) {
    #[cfg(test)]
    USED.with(|u| u.borrow_mut().insert(_key.to_string()));
}

/// The entry `key` of `table`; a key the file lacks is a defect (debug builds panic, a release
/// build shows the key).
fn entry<'a, T>(table: &'a HashMap<String, T>, what: &str, key: &str) -> Option<&'a T> {
    used(&format!("{what}.{key}"));
    let found = table.get(key);
    debug_assert!(found.is_some(), "no {what} '{key}' in regimes.json");
    found
}

/// The heading of a regime's name in `lang` ("Căn cứ pháp lý áp dụng: "): the `name` template
/// of the file before `{parts}`, so that a report showing the parts alone follows the file.
pub(crate) fn name_heading(lang: crate::i18n::Lang) -> &'static str {
    let t = regime_file().name.get(lang);
    t.split_once("{parts}").map_or("", |(heading, _)| heading)
}

/// The part `key`: its id and its wording.
fn part(key: &str) -> (String, Text) {
    match entry(&regime_file().parts, "parts", key) {
        Some(p) => (p.id.clone(), Text::new(p.vi.clone(), p.en.clone())),
        None => (key.to_string(), Text::from(key)),
    }
}

/// The note `key` for a project decided on `decided`.
fn note(key: &str, decided: Date) -> Text {
    let t = entry(&regime_file().notes, "notes", key)
        .cloned()
        .unwrap_or_else(|| Text::from(format!("{key} {{date}}")));
    let what = crate::i18n::TemplateName("regimes.json", "note", key);
    let args = crate::i18n::Args::new().with("date", decided.vi());
    let [t] = crate::i18n::render(&what, [&t], &args);
    t
}

/// The citation `key`: instrument and article.
fn cited(key: &str) -> (String, Option<String>) {
    match entry(&regime_file().citations, "citations", key) {
        Some(c) => (c.instrument.clone(), c.article.clone()),
        None => (key.to_string(), None),
    }
}

/// The security-level wording of the law in force on `d`, as (earlier wording, wording from
/// 01/7/2026) pairs, Vietnamese and English (`level_terms` in `core/data/legal/regimes.json`): from
/// 01/7/2026 the Luật An ninh mạng 116/2025/QH15 (khoản 1 Điều 8) names the levels "cấp độ an ninh
/// mạng", where NĐ 85/2016/NĐ-CP and the Luật An toàn thông tin mạng 2015 said "cấp độ an toàn hệ
/// thống thông tin". Empty before 01/7/2026. Longer phrases come first in the file, so that each
/// is replaced once.
pub(crate) fn level_terms(d: Date) -> &'static [LevelTerm] {
    if d >= LUAT116_FROM {
        &regime_file().level_terms
    } else {
        &[]
    }
}

/// `text` in the security-level wording of the law in force on `d` ([`level_terms`]).
pub(crate) fn in_terms_of(text: &str, d: Date) -> String {
    level_terms(d)
        .iter()
        .fold(text.to_string(), |acc, t| acc.replace(&t.from, &t.to))
}

fn day_before(d: Date) -> Date {
    d.pred()
}

fn period(from: Option<Date>, to: Option<Date>) -> Period {
    Period { from, to }
}

/// The citation `key` of the regime file, with its status and effective period.
fn cite(key: &str, status: Status, p: Period) -> Citation {
    let (instrument, article) = cited(key);
    Citation {
        instrument,
        article,
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
                InvestmentRegime::Nd45 => note("investment.continues-nd45", x),
                _ => note("investment.decided-nd73", x),
            });
        }
    }
    let investment_basis = match investment {
        InvestmentRegime::Nd73 => {
            let (instrument, article) = cited(if d >= ND82_FROM {
                "investment.nd73+nd82"
            } else {
                "investment.nd73"
            });
            let mut b = Basis::single(
                instrument,
                article,
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
            let (instrument, article) = cited(if investment_transition {
                "investment.nd45-continued"
            } else {
                "investment.nd45"
            });
            let mut b = Basis::single(instrument, article, Status::Secondary);
            b.effective = period(Some(ND45_FROM), Some(day_before(ND224_FROM)));
            b
        }
        InvestmentRegime::Nd224 => {
            let (instrument, article) = cited("investment.nd224");
            let mut b = Basis::single(instrument, article, Status::Secondary);
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
            notes.push(note("security.nd331-transition", x));
        }
    }
    let security_basis = match security {
        SecurityRegime::Nd85 => basis(vec![
            cite(
                "security.luat86-2015",
                Status::Verified,
                period(Date::new(2016, 7, 1), Some(day_before(LUAT116_FROM))),
            ),
            cite(
                "security.nd85",
                Status::Verified,
                period(Date::new(2016, 7, 1), None),
            ),
        ]),
        SecurityRegime::Luat116Nd85 => {
            let mut cites = vec![
                cite(
                    "security.luat116-transition",
                    Status::Verified,
                    period(Some(LUAT116_FROM), None),
                ),
                // Applied after its parent law was repealed: an inference (module docs).
                cite(
                    "security.nd85",
                    Status::Secondary,
                    period(Date::new(2016, 7, 1), None),
                ),
            ];
            if d >= ND331_FROM {
                cites.push(cite(
                    "security.nd331-transition",
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
                "security.luat116",
                Status::Verified,
                period(Some(LUAT116_FROM), None),
            ),
            cite(
                "security.nd331",
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
    let parts = [
        match investment {
            // NĐ 82/2024/NĐ-CP (10/7/2024) is named only from its date.
            InvestmentRegime::Nd73 if d >= ND82_FROM => "investment.nd73+nd82",
            InvestmentRegime::Nd73 => "investment.nd73",
            InvestmentRegime::Nd45 => "investment.nd45",
            InvestmentRegime::Nd224 => "investment.nd224",
        },
        match (security, d >= ND331_FROM) {
            (SecurityRegime::Nd85, _) => "security.nd85",
            (SecurityRegime::Luat116Nd85, false) => "security.luat116+nd85",
            (SecurityRegime::Luat116Nd85, true) => "security.luat116+nd85-transition",
            (SecurityRegime::Nd331, _) => "security.nd331",
        },
        match personal_data {
            PersonalDataRegime::None => "personal-data.none",
            PersonalDataRegime::Nd13 => "personal-data.nd13",
            PersonalDataRegime::Luat91 => "personal-data.luat91",
        },
        match data_sharing {
            DataSharingRegime::Nd47of2020 => "data-sharing.nd47-2020",
            DataSharingRegime::Nd47of2024 => "data-sharing.nd47-2020+nd47-2024",
            // NĐ 278/2025/NĐ-CP (22/10/2025) is named only from its date.
            DataSharingRegime::Nd194 if d < ND278_FROM => "data-sharing.nd194",
            DataSharingRegime::Nd194 => "data-sharing.nd194+nd278",
        },
    ]
    .map(part);
    let id = parts
        .iter()
        .map(|p| p.0.as_str())
        .collect::<Vec<_>>()
        .join("/");
    let joined = Text::new(
        parts
            .iter()
            .map(|p| p.1.vi.as_str())
            .collect::<Vec<_>>()
            .join("; "),
        parts
            .iter()
            .map(|p| p.1.en.as_str())
            .collect::<Vec<_>>()
            .join("; "),
    );
    let what = crate::i18n::TemplateName("regimes.json", "name", "name");
    let args = crate::i18n::Args::new().with("parts", joined);
    let [name] = crate::i18n::render(&what, [&regime_file().name], &args);
    Regime {
        id,
        name,
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

    /// Every entry the code looks up is in `regimes.json` (a missing one panics in `entry`), and
    /// every entry of the file is used by some regime: the check dates around each switch, with
    /// no decision and with a decision under each investment regime.
    #[test]
    fn every_regime_entry_is_in_the_data_and_used() {
        let file: RegimeFile = serde_json::from_str(REGIMES_JSON).expect("regimes.json reads");
        let switches = [
            ND82_FROM,
            ND278_FROM,
            ND45_FROM,
            ND224_FROM,
            ND331_FROM,
            ND13_FROM,
            LUAT91_FROM,
            ND47_2024_FROM,
            ND194_FROM,
        ];
        let dates: Vec<Date> = switches
            .iter()
            .flat_map(|d| [d.pred(), *d])
            .chain([on(2019, 9, 5), on(2026, 12, 31)])
            .collect();
        USED.with(|u| u.borrow_mut().clear());
        for d in &dates {
            for decided in std::iter::once(None).chain(dates.iter().copied().map(Some)) {
                let r = regime_for(*d, decided);
                assert_eq!(r.id.split('/').count(), 4, "{}", r.id);
                assert!(!r.name.vi.contains('{') && !r.name.en.contains('{'));
                for t in &r.notes {
                    assert!(!t.vi.contains('{') && !t.en.contains('{'), "{t:?}");
                }
            }
        }
        assert!(!level_terms(ND224_FROM).is_empty(), "the 2026 wording");
        let used = USED.with(|u| u.borrow().clone());
        let keys = |what: &str, k: Vec<&String>| -> Vec<String> {
            k.into_iter().map(|k| format!("{what}.{k}")).collect()
        };
        let in_file: std::collections::BTreeSet<String> =
            keys("parts", file.parts.keys().collect())
                .into_iter()
                .chain(keys("notes", file.notes.keys().collect()))
                .chain(keys("citations", file.citations.keys().collect()))
                .collect();
        assert_eq!(
            in_file, used,
            "regimes.json entries against the entries the code uses"
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
