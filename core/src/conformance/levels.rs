//! The minimum security level of a component (CONF-10), applied as the articles state the criteria:
//! NĐ 85/2016/NĐ-CP Điều 6–11 (domain.md Part 2 §1.1–1.2, verified) until NĐ 331/2026/NĐ-CP took
//! effect on 19/8/2026 (Điều 11–15, from a law firm's copy: secondary).
//!
//! Contracts the rule relies on:
//! - the system class comes from the component (NĐ 85 Điều 6.2, TT 03/2017 Điều 4): portals,
//!   one-stop systems, online services and citizen apps serve citizens and businesses; platforms,
//!   networks and data-centre equipment are information infrastructure; `serves` overrides;
//!   everything else is internal;
//! - the criteria for citizen and business systems (khoản 2 Điều 8, khoản 2 Điều 9) apply only to
//!   that class: an internal system with personal information is level 2 however many people it
//!   holds (khoản 1 Điều 8);
//! - infrastructure is judged by its own `scope`, never its owner's;
//! - security parts (firewall, IDS, SOC software) protect a system and take its level, so they need
//!   none of their own.

use super::Cx;
use crate::i18n::{Lang, group_digits};
use crate::project::{Component, ComponentKind as K, Information, Serves, ServiceLevel};
use crate::regime::SecurityRegime;
use crate::vocab::Scope;

/// The class of a system (NĐ 85/2016 khoản 2 Điều 6).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    Internal,
    Citizens,
    Infrastructure,
    IndustrialControl,
    Other,
}

/// The class of `comp`, and whether it was declared (`serves`) rather than read from the kind.
pub(crate) fn class_of(comp: &Component) -> (Class, bool) {
    if let Some(s) = comp.serves.as_ref().and_then(|s| s.known()) {
        let c = match s {
            Serves::Internal => Class::Internal,
            Serves::CitizensBusinesses => Class::Citizens,
            Serves::Infrastructure => Class::Infrastructure,
            Serves::IndustrialControl => Class::IndustrialControl,
            Serves::Other => Class::Other,
        };
        return (c, true);
    }
    let c = match comp.kind() {
        Some(K::Portal | K::OnlineService | K::OneStop | K::MobileApp) => Class::Citizens,
        Some(K::Platform | K::Network | K::Infrastructure) => Class::Infrastructure,
        _ => Class::Internal,
    };
    (c, false)
}

/// Whether a component is a security part that protects a system rather than being one.
pub(crate) fn protects_only(comp: &Component) -> bool {
    comp.kind() == Some(K::Security)
}

/// One criterion that sets a minimum level, with the article it comes from.
#[derive(Debug, Clone)]
pub(crate) struct Criterion {
    pub level: u8,
    pub vi: String,
    pub en: String,
    /// Rests on a secondary source (NĐ 331/2026's copy, NĐ 42/2022's service levels).
    pub secondary: bool,
}

/// What the criteria give for one component.
#[derive(Debug, Clone)]
pub(crate) struct Minimum {
    pub level: u8,
    /// The criteria that set `level` (the highest ones).
    pub why: Vec<Criterion>,
    /// Facts missing to decide whether a higher level is needed, as (vi, en), with the level they
    /// could raise it to.
    pub missing: Vec<(u8, String, String)>,
}

impl Minimum {
    pub fn why(&self, lang: Lang) -> String {
        self.why
            .iter()
            .map(|c| if lang == Lang::Vi { &c.vi } else { &c.en }.as_str())
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// Whether the minimum rests on secondary sources only: one verified criterion that sets the
    /// level is enough for the verdict to stand on it.
    pub fn secondary(&self) -> bool {
        self.why.iter().all(|c| c.secondary)
    }
}

/// The instrument of the criteria, and how its articles are written, under a regime.
struct Law {
    nd331: bool,
}

impl Law {
    /// Cites `article` of NĐ 85/2016 (with its clause), or the matching article of NĐ 331/2026.
    /// Under NĐ 331 a clause is cited only where its copy shows it (khoản 3 Điều 13); elsewhere
    /// the article alone, since the clause numbering of the copy was not read.
    fn cite(&self, vi_clause: &str, en_clause: &str, article: u8) -> (String, String) {
        let known_331 = article == 9 && vi_clause == "khoản 3";
        let (vi_clause, en_clause) = if self.nd331 && !known_331 {
            ("", "")
        } else {
            (vi_clause, en_clause)
        };
        let (n, no_vi, no_en) = if self.nd331 {
            (
                article + 4,
                "Nghị định số 331/2026/NĐ-CP",
                "Decree 331/2026/ND-CP",
            )
        } else {
            (
                article,
                "Nghị định số 85/2016/NĐ-CP",
                "Decree 85/2016/ND-CP",
            )
        };
        let vi = if vi_clause.is_empty() {
            format!("Điều {n} {no_vi}")
        } else {
            format!("{vi_clause} Điều {n} {no_vi}")
        };
        let en = if en_clause.is_empty() {
            format!("{no_en}, Art. {n}")
        } else {
            format!("{no_en}, Art. {n}{en_clause}")
        };
        (vi, en)
    }
}

/// The minimum level `comp` needs under the regime of `cx`, with the criteria that set it.
/// `article` numbers are NĐ 85/2016's; NĐ 331/2026 moved each criterion four articles on
/// (Điều 7–10 → Điều 11–14), as its copy shows for Điều 12 and 13.
pub(crate) fn minimum(cx: &Cx<'_>, comp: &Component) -> Minimum {
    let law = Law {
        nd331: cx.regime.security == SecurityRegime::Nd331,
    };
    let secondary = law.nd331;
    let info = |i: Information| comp.information.iter().any(|x| x.known() == Some(i));
    let personal = info(Information::Personal) || info(Information::PersonalSensitive);
    let private = info(Information::Private) || personal;
    let subjects = comp.personal_data_subjects;
    let (class, _) = class_of(comp);
    let scope = comp.scope.as_ref().and_then(|s| s.known());
    let mut c: Vec<Criterion> = Vec::new();
    let mut missing = Vec::new();
    let mut push = |level: u8, (vi, en): (String, String), sec: bool| {
        c.push(Criterion {
            level,
            vi,
            en,
            secondary: sec,
        })
    };
    let (a7v, a7e) = law.cite("", "", 7);
    push(
        1,
        (
            format!("hệ thống chỉ xử lý thông tin công cộng ({a7v})"),
            format!("a system processing public information only ({a7e})"),
        ),
        secondary,
    );
    if info(Information::StateSecret) {
        let (v, e) = law.cite("khoản 1", "(1)", 9);
        push(
            3,
            (
                format!(
                    "xử lý thông tin bí mật nhà nước ({v}; mức độ tổn hại quyết định cấp 3, 4 hoặc 5)"
                ),
                format!(
                    "processes state secrets ({e}; the degree of harm decides level 3, 4 or 5)"
                ),
            ),
            secondary,
        );
    }
    match class {
        Class::Internal | Class::Other => {
            if private {
                let (v, e) = law.cite("khoản 1", "(1)", 8);
                push(
                    2,
                    (
                        format!(
                            "hệ thống phục vụ hoạt động nội bộ xử lý thông tin riêng hoặc thông tin cá nhân ({v}), không phụ thuộc số người"
                        ),
                        format!(
                            "an internal system processing private or personal information ({e}), whatever the number of people"
                        ),
                    ),
                    secondary,
                );
            }
        }
        Class::Citizens => citizens(
            cx,
            &law,
            comp,
            personal || private,
            subjects,
            &mut push,
            &mut missing,
        ),
        Class::Infrastructure => match scope {
            Some(Scope::Agency | Scope::Commune | Scope::District) => {
                let (v, e) = law.cite("khoản 3", "(3)", 8);
                push(
                    2,
                    (
                        format!(
                            "hạ tầng thông tin phục vụ hoạt động của một cơ quan, tổ chức ({v})"
                        ),
                        format!("information infrastructure serving one agency ({e})"),
                    ),
                    secondary,
                );
            }
            Some(Scope::Province | Scope::Sector) => {
                let (v, e) = law.cite("khoản 3", "(3)", 9);
                push(
                    3,
                    (
                        format!(
                            "hạ tầng thông tin dùng chung trong phạm vi một ngành, một tỉnh hoặc một số tỉnh ({v})"
                        ),
                        format!(
                            "information infrastructure shared within a sector, a province or several provinces ({e})"
                        ),
                    ),
                    secondary,
                );
            }
            Some(Scope::National) => {
                if comp.operation_24x7 == Some(true) {
                    let (v, e) = law.cite("khoản 3", "(3)", 10);
                    push(
                        4,
                        (
                            format!(
                                "hạ tầng thông tin dùng chung trên phạm vi toàn quốc, vận hành 24/7 ({v})"
                            ),
                            format!(
                                "information infrastructure shared nationwide and run 24/7 ({e})"
                            ),
                        ),
                        secondary,
                    );
                } else {
                    let (v, e) = law.cite("khoản 3", "(3)", 9);
                    push(
                        3,
                        (
                            format!("hạ tầng thông tin dùng chung của nhiều tỉnh ({v})"),
                            format!("information infrastructure shared by several provinces ({e})"),
                        ),
                        secondary,
                    );
                    let (v, e) = law.cite("khoản 3", "(3)", 10);
                    missing.push((
                        4,
                        format!("chưa khai báo yêu cầu vận hành 24/7 (operation_24x7) của hạ tầng toàn quốc ({v})"),
                        format!("does not state whether the nationwide infrastructure runs 24/7 (operation_24x7) ({e})"),
                    ));
                }
            }
            None => {
                let (v, e) = law.cite("khoản 3", "(3)", 8);
                push(
                    2,
                    (
                        format!("hạ tầng thông tin ({v})"),
                        format!("information infrastructure ({e})"),
                    ),
                    secondary,
                );
                let (v, e) = law.cite("khoản 3", "(3)", 9);
                missing.push((
                    3,
                    format!("chưa khai báo phạm vi phục vụ của hạ tầng (scope): hạ tầng dùng chung của một ngành, một tỉnh cần cấp độ 3 ({v})"),
                    format!("does not state the infrastructure's scope (scope): infrastructure shared by a sector or a province needs level 3 ({e})"),
                ));
            }
        },
        Class::IndustrialControl => {
            let (v, e) = law.cite("khoản 4", "(4)", 9);
            missing.push((
                3,
                format!("hệ thống điều khiển công nghiệp: cấp độ tùy cấp công trình xây dựng ({v})"),
                format!("an industrial control system: the level depends on the grade of the construction work ({e})"),
            ));
        }
    }
    // National e-government systems that must run 24/7 (NĐ 85 khoản 2 Điều 10), whatever class.
    if class != Class::Infrastructure
        && scope == Some(Scope::National)
        && comp.operation_24x7 == Some(true)
    {
        let (v, e) = law.cite("khoản 2", "(2)", 10);
        push(
            4,
            (
                format!(
                    "hệ thống thông tin quốc gia phục vụ Chính phủ điện tử, vận hành 24/7 ({v})"
                ),
                format!("a national e-government system that must run 24/7 ({e})"),
            ),
            secondary,
        );
    }
    let level = c.iter().map(|x| x.level).max().unwrap_or(1);
    let why: Vec<Criterion> = c.into_iter().filter(|x| x.level == level).collect();
    missing.retain(|(l, _, _)| *l > level);
    Minimum {
        level,
        why,
        missing,
    }
}

/// Criteria for systems serving citizens and businesses (khoản 2 Điều 8, khoản 2 Điều 9 of
/// NĐ 85/2016; Điều 12–13 of NĐ 331/2026).
fn citizens(
    cx: &Cx<'_>,
    law: &Law,
    comp: &Component,
    personal: bool,
    subjects: Option<u64>,
    push: &mut impl FnMut(u8, (String, String), bool),
    missing: &mut Vec<(u8, String, String)>,
) {
    let n = subjects.unwrap_or(0);
    let (nv, ne) = (group_digits(n, Lang::Vi), group_digits(n, Lang::En));
    let secondary = law.nd331;
    let (v, e) = law.cite("điểm a khoản 2", "(2)(a)", 8);
    push(
        2,
        (
            format!(
                "hệ thống phục vụ người dân, doanh nghiệp cung cấp thông tin và dịch vụ trực tuyến ({v})"
            ),
            format!(
                "a system serving citizens and businesses with information and online services ({e})"
            ),
        ),
        secondary,
    );
    let service = comp.kind() == Some(K::OnlineService) || comp.online_service.is_some();
    let tthc = matches!(comp.kind(), Some(K::OnlineService | K::OneStop));
    if law.nd331 {
        if tthc {
            push(
                3,
                (
                    "hệ thống thông tin giải quyết thủ tục hành chính (điểm b khoản 2 Điều 13 Nghị định số 331/2026/NĐ-CP)".into(),
                    "an administrative-procedure system (Decree 331/2026/ND-CP, Art. 13(2)(b))".into(),
                ),
                true,
            );
        }
        let sensitive = comp
            .information
            .iter()
            .any(|x| x.known() == Some(Information::PersonalSensitive));
        if sensitive && n >= 10_000 {
            push(
                3,
                (
                    format!(
                        "xử lý dữ liệu cá nhân nhạy cảm của {nv} chủ thể (từ 10.000 trở lên; điểm c khoản 2 Điều 13 Nghị định số 331/2026/NĐ-CP)"
                    ),
                    format!(
                        "processes sensitive personal data of {ne} data subjects (10,000 or more; Decree 331/2026/ND-CP, Art. 13(2)(c))"
                    ),
                ),
                true,
            );
        } else if personal && n >= 100_000 {
            push(
                3,
                (
                    format!(
                        "xử lý dữ liệu cá nhân cơ bản của {nv} chủ thể (từ 100.000 trở lên; điểm c khoản 2 Điều 13 Nghị định số 331/2026/NĐ-CP)"
                    ),
                    format!(
                        "processes basic personal data of {ne} data subjects (100,000 or more; Decree 331/2026/ND-CP, Art. 13(2)(c))"
                    ),
                ),
                true,
            );
        } else if personal && subjects.is_none() {
            missing.push((
                3,
                "chưa khai báo số chủ thể dữ liệu cá nhân (personal_data_subjects): từ 100.000 chủ thể (10.000 với dữ liệu nhạy cảm) cần cấp độ 3 (điểm c khoản 2 Điều 13 Nghị định số 331/2026/NĐ-CP)".into(),
                "does not state the number of personal-data subjects (personal_data_subjects): 100,000 or more (10,000 for sensitive data) needs level 3 (Decree 331/2026/ND-CP, Art. 13(2)(c))".into(),
            ));
        }
        return;
    }
    if service {
        // NĐ 85 reads service levels 1–4 (NĐ 43/2011); NĐ 42/2022 calls the old levels 3–4 partial
        // and full online services (secondary), and ended on 1/7/2026 (NĐ 224/2026 Điều 90).
        let nd42 = cx.as_of < crate::regime::ND224_FROM;
        let (v, e) = law.cite("điểm a khoản 2", "(2)(a)", 9);
        let (by_vi, by_en) = if nd42 {
            (
                "; Nghị định số 42/2022/NĐ-CP, nguồn thứ cấp",
                "; Decree 42/2022/ND-CP, secondary source",
            )
        } else {
            ("", "")
        };
        match comp
            .online_service
            .as_ref()
            .and_then(|o| o.level.as_ref())
            .and_then(|l| l.known())
        {
            Some(level) => {
                let (lv, le) = if level == ServiceLevel::Full {
                    ("toàn trình", "full")
                } else {
                    ("một phần", "partial")
                };
                push(
                    3,
                    (
                        format!("cung cấp dịch vụ công trực tuyến {lv}, tương đương mức độ 3 trở lên ({v}{by_vi})"),
                        format!("offers a {le} online public service, i.e. level 3 or above ({e}{by_en})"),
                    ),
                    true,
                );
            }
            None => missing.push((
                3,
                format!("chưa khai báo mức dịch vụ công trực tuyến (online_service.level: toàn trình hoặc một phần): dịch vụ từ mức độ 3 trở lên cần cấp độ 3 ({v}{by_vi})"),
                format!("does not state the online service's level (online_service.level: full or partial): services of level 3 or above need level 3 ({e}{by_en})"),
            )),
        }
    }
    if personal {
        match subjects {
            Some(n) if n >= 10_000 => {
                let (v, e) = law.cite("điểm c khoản 2", "(2)(c)", 9);
                push(
                    3,
                    (
                        format!(
                            "xử lý thông tin cá nhân của {nv} người sử dụng (từ 10.000 trở lên; {v})"
                        ),
                        format!(
                            "processes personal information of {ne} users (10,000 or more; {e})"
                        ),
                    ),
                    false,
                );
            }
            Some(_) => {
                let (v, e) = law.cite("điểm c khoản 2", "(2)(c)", 8);
                push(
                    2,
                    (
                        format!(
                            "xử lý thông tin cá nhân của {nv} người sử dụng (dưới 10.000; {v})"
                        ),
                        format!("processes personal information of {ne} users (under 10,000; {e})"),
                    ),
                    false,
                );
            }
            None => {
                let (v, e) = law.cite("điểm c khoản 2", "(2)(c)", 9);
                missing.push((
                    3,
                    format!("chưa khai báo số người sử dụng có thông tin cá nhân được xử lý (personal_data_subjects): từ 10.000 người trở lên cần cấp độ 3 ({v})"),
                    format!("does not state how many users' personal information it processes (personal_data_subjects): 10,000 or more need level 3 ({e})"),
                ));
            }
        }
    }
}

/// The level's requirements judged against max(declared, required), cited under the regime.
pub(crate) struct Requirements {
    pub monitoring: (String, String),
    pub plans: (String, String),
    pub dossier: (String, String),
    pub secondary: bool,
}

pub(crate) fn requirements(cx: &Cx<'_>) -> Requirements {
    if cx.regime.security == SecurityRegime::Nd331 {
        Requirements {
            monitoring: (
                "giám sát an ninh mạng, thu thập và lưu nhật ký tập trung từ 3 tháng trở lên ở cấp độ 3 (TCVN 14423:2026 theo Điều 28–30 Nghị định số 331/2026/NĐ-CP; khoản 4 Điều 10 Luật An ninh mạng số 116/2025/QH15; nguồn thứ cấp)".into(),
                "cyber-security monitoring with central logs kept 3 months or more at level 3 (TCVN 14423:2026 under Decree 331/2026/ND-CP, Art. 28–30; Cyber Security Law 116/2025/QH15, Art. 10(4); secondary source)".into(),
            ),
            plans: (
                "phương án dự phòng, sao lưu (3-2-1 ở cấp độ 3), ứng cứu sự cố và khôi phục (TCVN 14423:2026 theo Điều 28–30 Nghị định số 331/2026/NĐ-CP; nguồn thứ cấp)".into(),
                "a backup (3-2-1 at level 3), incident-response and recovery plan (TCVN 14423:2026 under Decree 331/2026/ND-CP, Art. 28–30; secondary source)".into(),
            ),
            dossier: (
                "thuyết minh đề xuất cấp độ lồng ghép vào báo cáo nghiên cứu khả thi (khoản 1 Điều 19 Nghị định số 331/2026/NĐ-CP) và hồ sơ đề xuất cấp độ (Điều 21)".into(),
                "the level proposal written into the feasibility study (Decree 331/2026/ND-CP, Art. 19(1)) and the level dossier (Art. 21)".into(),
            ),
            secondary: true,
        }
    } else {
        Requirements {
            monitoring: (
                "giám sát an toàn hệ thống thông tin (Điều 5 Thông tư số 31/2017/TT-BTTTT; điểm đ khoản 1 Điều 19 Nghị định số 85/2016/NĐ-CP)".into(),
                "information-security monitoring (Circular 31/2017/TT-BTTTT, Art. 5; Decree 85/2016/ND-CP, Art. 19(1)(đ))".into(),
            ),
            plans: (
                "phương án dự phòng, ứng cứu sự cố, khôi phục sau thảm họa và sao lưu dữ liệu (điểm e khoản 1 Điều 19 Nghị định số 85/2016/NĐ-CP)".into(),
                "a backup, incident-response and disaster-recovery plan (Decree 85/2016/ND-CP, Art. 19(1)(e))".into(),
            ),
            dossier: (
                "thuyết minh đề xuất cấp độ trong báo cáo nghiên cứu khả thi hoặc báo cáo kinh tế - kỹ thuật và hồ sơ đề xuất cấp độ (Điều 13, 15 Nghị định số 85/2016/NĐ-CP)".into(),
                "the security-level proposal in the feasibility study or economic-technical report (Decree 85/2016/ND-CP, Art. 13, 15)".into(),
            ),
            secondary: false,
        }
    }
}

/// The vocabulary id of a class, for messages.
pub(crate) fn class_label(class: Class) -> (&'static str, &'static str) {
    match class {
        Class::Internal => ("hệ thống phục vụ hoạt động nội bộ", "an internal system"),
        Class::Citizens => (
            "hệ thống phục vụ người dân, doanh nghiệp",
            "a system serving citizens and businesses",
        ),
        Class::Infrastructure => (
            "hệ thống cơ sở hạ tầng thông tin",
            "information infrastructure",
        ),
        Class::IndustrialControl => (
            "hệ thống điều khiển công nghiệp",
            "an industrial control system",
        ),
        Class::Other => ("hệ thống thông tin khác", "another information system"),
    }
}
