//! The rules of the 2023–2026 regimes (PRODUCT.md checks 15–17), each run only from its effective
//! date (`effective` in `data/rules/conformance.json`):
//!
//! - CONF-15 personal-data protection (NĐ 13/2023 from 01/7/2023; Luật 91/2025 + NĐ 356/2025
//!   from 01/01/2026);
//! - CONF-16 design content of NĐ 224/2026 Điều 46–47 (from 01/7/2026);
//! - CONF-17 the statutory principles of NĐ 224/2026 Điều 23 not judged elsewhere: cloud considered
//!   first (khoản 2 điểm a) and master data stored in one system (khoản 5 điểm b). Shared platforms
//!   instead of stand-alone software (khoản 1 điểm a) is CONF-02's duplication; the security level
//!   decided at design (khoản 4 điểm a) is CONF-10's declared level;
//! - CONF-18 department and commune websites as components of the provincial portal (Điều 11
//!   khoản 1);
//! - CONF-19 platform apps sign citizens in through VNeID (Điều 29 khoản 3);
//! - CONF-20 level 3–4 systems on rented infrastructure logically separated (NĐ 331/2026 Điều 30
//!   khoản 8; from 19/8/2026);
//! - CONF-21 fit with the 5-year or annual digital transformation plan (NĐ 45/2026 from 01/3/2026,
//!   secondary; NĐ 224/2026 khoản 1 Điều 45 from 01/7/2026).
//!
//! Each finding's texts cite the instruments of the regime in force on the check date.

use super::{Cx, Target, levels, t};
use crate::i18n::Name;
use crate::project::{
    CitizenAuth, Component, ComponentKind as K, Information, PersonalData, Stage,
};
use crate::regime::{InvestmentRegime, PersonalDataRegime, SecurityRegime};
use crate::report::Outcome;
use crate::rules::meta;
use crate::vocab::{Hosting, Scope};

pub(super) fn check(cx: &mut Cx<'_>) {
    if in_force(cx, "CONF-15") {
        personal_data(cx);
    }
    if in_force(cx, "CONF-16") {
        design(cx);
    }
    if in_force(cx, "CONF-17") {
        principles(cx);
    }
    if in_force(cx, "CONF-18") {
        portal_components(cx);
    }
    if in_force(cx, "CONF-19") {
        vneid(cx);
    }
    if in_force(cx, "CONF-20") {
        logical_separation(cx);
    }
    if in_force(cx, "CONF-21") {
        plan(cx);
    }
}

/// CONF-21: from 01/3/2026 (NĐ 45/2026, secondary) and 01/7/2026 (NĐ 224/2026 khoản 1 Điều 45)
/// the proposal shows its fit with the 5-year or annual digital transformation plan. The tool
/// cannot read the plans, so it asks only that the proposal name the plan it implements (`plan`):
/// named, it passes; not named, review. A project that continues under NĐ 73/2019 is not judged
/// by it. The architecture's roadmap is CONF-14's, not a plan.
fn plan(cx: &mut Cx<'_>) {
    if cx.regime.investment == InvestmentRegime::Nd73 {
        cx.c.consider("CONF-21", 0);
        return;
    }
    cx.c.consider("CONF-21", 1);
    if cx.p.plan.as_deref().is_some_and(|p| !p.trim().is_empty()) {
        return;
    }
    // The province's plans domain-2026.md §2 and §4 quote (openings only).
    let (known, known_en) = if cx.as_of.year == 2026 {
        (
            " Các kế hoạch của tỉnh Quảng Ngãi đã biết: Kế hoạch số 121/KH-UBND ngày 31/12/2025 (Kế hoạch chuyển đổi số tỉnh Quảng Ngãi năm 2026); Kế hoạch số 05/KH-UBND ngày 08/01/2026 (Kế hoạch phát triển Chính quyền số giai đoạn 2026 – 2030).",
            " Quảng Ngãi's plans known to the tool: Plan No. 121/KH-UBND of 31/12/2025 (the province's 2026 digital transformation plan); Plan No. 05/KH-UBND of 08/01/2026 (digital government development plan 2026–2030).",
        )
    } else {
        ("", "")
    };
    let subject = cx.p.id.clone();
    let name = cx.p.name.clone();
    cx.finding(
        "CONF-21",
        &subject,
        Outcome::Review,
        &name,
        t(
            "hồ sơ chưa nêu Kế hoạch chuyển đổi số 5 năm hoặc hằng năm mà dự án thực hiện (plan)",
            "the proposal does not name the 5-year or annual digital transformation plan it implements (plan)",
        ),
        t(
            format!("Nêu sự phù hợp với Kế hoạch chuyển đổi số 5 năm hoặc hằng năm: số, ngày và mục của kế hoạch mà dự án thực hiện (plan).{known}"),
            format!("State the fit with the 5-year or annual digital transformation plan: the number, date and item of the plan the project implements (plan).{known_en}"),
        ),
    );
}

fn in_force(cx: &Cx<'_>, rule: &str) -> bool {
    meta(rule).in_force(cx.as_of)
}

fn processes_personal_data(c: &Component) -> bool {
    c.information.iter().any(|i| {
        matches!(
            i.known(),
            Some(Information::Personal | Information::PersonalSensitive)
        )
    }) || c.personal_data_subjects.is_some_and(|n| n > 0)
}

/// CONF-15. Under NĐ 13/2023 the articles were not read (domain files quote none), so a missing
/// or negative declaration is a review. Under Luật 91/2025: the protection unit (khoản 2 Điều 33)
/// and the 72-hour breach notice (khoản 1 Điều 23) bind every controller, so `false` fails; the
/// oversight mechanism (khoản 2 Điều 19) binds a state body processing without consent, which the
/// proposal may not do, so `false` is a review. State bodies are exempt from the impact
/// assessment (khoản 6 Điều 21): it is never asked for.
fn personal_data(cx: &mut Cx<'_>) {
    let comps: Vec<&Component> =
        cx.p.components
            .iter()
            .filter(|c| processes_personal_data(c))
            .collect();
    cx.c.consider("CONF-15", comps.len());
    let project_decl = cx.p.personal_data.clone();
    let regime = cx.regime.personal_data;
    for comp in comps {
        let decl: Option<PersonalData> = comp.personal_data.clone().or(project_decl.clone());
        let r = match regime {
            PersonalDataRegime::Nd13 => nd13(decl.as_ref()),
            PersonalDataRegime::Luat91 => luat91(decl.as_ref()),
            PersonalDataRegime::None => None,
        };
        if let Some((o, d, f)) = r {
            cx.finding("CONF-15", &comp.id, o, &comp.name, d, f);
        }
    }
}

/// A (Vietnamese, English) label.
type Label = (&'static str, &'static str);

type Verdict = (Outcome, (String, String), (String, String));

fn nd13(decl: Option<&PersonalData>) -> Option<Verdict> {
    let fix = t(
        "Bổ sung thuyết minh biện pháp bảo vệ dữ liệu cá nhân theo Nghị định số 13/2023/NĐ-CP (khai báo personal_data).",
        "Describe how personal data is protected under Decree 13/2023/ND-CP (declare personal_data).",
    );
    match decl {
        None => Some((
            Outcome::Review,
            t(
                "xử lý dữ liệu cá nhân nhưng không khai báo biện pháp bảo vệ dữ liệu cá nhân theo Nghị định số 13/2023/NĐ-CP (personal_data)",
                "processes personal data but does not state how it is protected under Decree 13/2023/ND-CP (personal_data)",
            ),
            fix,
        )),
        Some(d) => {
            let (missing, negative) = items(d, false);
            if missing.is_empty() && negative.is_empty() {
                return None;
            }
            let all: Vec<&str> = missing.iter().chain(negative.iter()).map(|x| x.0).collect();
            let all_en: Vec<&str> = missing.iter().chain(negative.iter()).map(|x| x.1).collect();
            Some((
                Outcome::Review,
                t(
                    format!(
                        "biện pháp bảo vệ dữ liệu cá nhân chưa đầy đủ hoặc chưa khai báo: {} (đối chiếu Nghị định số 13/2023/NĐ-CP)",
                        all.join("; ")
                    ),
                    format!(
                        "personal-data measures missing or not stated: {} (check against Decree 13/2023/ND-CP)",
                        all_en.join("; ")
                    ),
                ),
                fix,
            ))
        }
    }
}

/// The declared items of `d`: (missing, declared false), each as (vi, en). `with_articles` cites
/// the articles of Luật 91/2025.
fn items(d: &PersonalData, with_articles: bool) -> (Vec<Label>, Vec<Label>) {
    let rows: [(Option<bool>, &str, &str, &str, &str); 3] = [
        (
            d.oversight,
            "cơ chế giám sát việc xử lý dữ liệu cá nhân (personal_data.oversight)",
            "cơ chế giám sát việc xử lý dữ liệu cá nhân (khoản 2 Điều 19 Luật số 91/2025/QH15; personal_data.oversight)",
            "an oversight mechanism for the processing (personal_data.oversight)",
            "an oversight mechanism for the processing (Law 91/2025/QH15, Art. 19(2); personal_data.oversight)",
        ),
        (
            d.protection_unit,
            "bộ phận, nhân sự bảo vệ dữ liệu cá nhân (personal_data.protection_unit)",
            "bộ phận, nhân sự đủ điều kiện năng lực bảo vệ dữ liệu cá nhân (khoản 2 Điều 33 Luật số 91/2025/QH15; personal_data.protection_unit)",
            "a personal-data protection unit (personal_data.protection_unit)",
            "a qualified personal-data protection unit or staff (Law 91/2025/QH15, Art. 33(2); personal_data.protection_unit)",
        ),
        (
            d.breach_notification_72h,
            "thông báo vi phạm dữ liệu cá nhân (personal_data.breach_notification_72h)",
            "thông báo vi phạm chậm nhất là 72 giờ (khoản 1 Điều 23 Luật số 91/2025/QH15; personal_data.breach_notification_72h)",
            "breach notification (personal_data.breach_notification_72h)",
            "breach notification within 72 hours (Law 91/2025/QH15, Art. 23(1); personal_data.breach_notification_72h)",
        ),
    ];
    let mut missing = Vec::new();
    let mut negative = Vec::new();
    for (v, vi, vi_art, en, en_art) in rows {
        let label = if with_articles {
            (vi_art, en_art)
        } else {
            (vi, en)
        };
        match v {
            None => missing.push(label),
            Some(false) => negative.push(label),
            Some(true) => {}
        }
    }
    (missing, negative)
}

fn luat91(decl: Option<&PersonalData>) -> Option<Verdict> {
    let fix = t(
        "Thiết lập cơ chế giám sát (khoản 2 Điều 19), chỉ định bộ phận, nhân sự bảo vệ dữ liệu cá nhân (khoản 2 Điều 33) và quy trình thông báo vi phạm trong 72 giờ (khoản 1 Điều 23) Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15; cơ quan nhà nước có thẩm quyền không phải lập hồ sơ đánh giá tác động (khoản 6 Điều 21).",
        "Set up the oversight mechanism (Art. 19(2)), designate a personal-data protection unit (Art. 33(2)) and a 72-hour breach-notification procedure (Art. 23(1)) of the Personal Data Protection Law 91/2025/QH15; competent state bodies file no impact assessment (Art. 21(6)).",
    );
    let Some(d) = decl else {
        return Some((
            Outcome::Review,
            t(
                "xử lý dữ liệu cá nhân nhưng không khai báo biện pháp bảo vệ theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 và Nghị định số 356/2025/NĐ-CP (personal_data)",
                "processes personal data but does not state how it meets the Personal Data Protection Law 91/2025/QH15 and Decree 356/2025/ND-CP (personal_data)",
            ),
            fix,
        ));
    };
    let (missing, negative) = items(d, true);
    // Declared false: the protection unit and the breach notice bind every controller; the
    // oversight mechanism binds processing without consent only.
    let binding_false: Vec<_> = negative
        .iter()
        .filter(|x| !x.0.contains("oversight"))
        .collect();
    let o = if !binding_false.is_empty() {
        Outcome::Fail
    } else if !missing.is_empty() || !negative.is_empty() {
        Outcome::Review
    } else {
        return None;
    };
    let mut vi = Vec::new();
    let mut en = Vec::new();
    if !negative.is_empty() {
        vi.push(format!(
            "không có {}",
            negative.iter().map(|x| x.0).collect::<Vec<_>>().join("; ")
        ));
        en.push(format!(
            "has no {}",
            negative.iter().map(|x| x.1).collect::<Vec<_>>().join("; ")
        ));
    }
    if !missing.is_empty() {
        vi.push(format!(
            "chưa khai báo {}",
            missing.iter().map(|x| x.0).collect::<Vec<_>>().join("; ")
        ));
        en.push(format!(
            "does not state {}",
            missing.iter().map(|x| x.1).collect::<Vec<_>>().join("; ")
        ));
    }
    if negative.iter().any(|x| x.0.contains("oversight")) {
        vi.push("cơ chế giám sát bắt buộc khi cơ quan nhà nước xử lý dữ liệu cá nhân không cần sự đồng ý để thực hiện nhiệm vụ quản lý nhà nước (điểm c khoản 1, khoản 2 Điều 19): cần làm rõ căn cứ xử lý".to_string());
        en.push("the oversight mechanism is required when a state body processes personal data without consent for its state functions (Art. 19(1)(c), 19(2)): state the legal ground of the processing".to_string());
    }
    Some((o, t(vi.join("; "), en.join("; ")), fix))
}

/// CONF-16. Applies under NĐ 224/2026 only: a project continuing under NĐ 45/2026 (Điều 91
/// khoản 2) is not judged by it. An item declared `false` fails in a design-stage dossier (basic
/// or detailed design, economic-technical report) and is a review at earlier stages, whose
/// documents come before the design.
fn design(cx: &mut Cx<'_>) {
    if cx.regime.investment != InvestmentRegime::Nd224 {
        cx.c.consider("CONF-16", 0);
        return;
    }
    cx.c.consider("CONF-16", 1);
    let keeps_data = !cx.p.data.is_empty()
        || cx
            .p
            .components
            .iter()
            .any(|c| c.kind() == Some(K::Database));
    let d = cx.p.design.clone().unwrap_or_default();
    let rows: Vec<(Option<bool>, &str, &str)> = {
        let mut v = vec![
            (
                d.architecture_compliance,
                "phân tích sự tuân thủ Khung kiến trúc tổng thể quốc gia số hoặc Khung kiến trúc số của cơ quan, tổ chức (design.architecture_compliance)",
                "the analysis of compliance with the national digital architecture framework or the agency's framework (design.architecture_compliance)",
            ),
            (
                d.position_in_architecture,
                "vị trí và mối quan hệ kết nối, tích hợp với các hệ thống số khác trong Kiến trúc số (điểm a khoản 3 Điều 23; design.position_in_architecture)",
                "the position and the connections with other digital systems in the digital architecture (Art. 23(3)(a); design.position_in_architecture)",
            ),
            (
                d.ipv6_readiness,
                "yêu cầu về tính sẵn sàng với IPv6 (design.ipv6_readiness)",
                "the IPv6 readiness requirements (design.ipv6_readiness)",
            ),
            (
                d.security_option,
                "phương án bảo đảm an ninh mạng (design.security_option)",
                "the cyber-security option (design.security_option)",
            ),
            (
                d.overall_model,
                "mô hình tổng thể (design.overall_model)",
                "the overall model (design.overall_model)",
            ),
            (
                d.logical_model,
                "mô hình lô-gic (design.logical_model)",
                "the logical model (design.logical_model)",
            ),
            (
                d.physical_model,
                "mô hình vật lý (design.physical_model)",
                "the physical model (design.physical_model)",
            ),
        ];
        if keeps_data {
            v.push((
                d.data_entity_model,
                "mô hình các thực thể dữ liệu (điểm a khoản 5 Điều 23; design.data_entity_model)",
                "the data-entity model (Art. 23(5)(a); design.data_entity_model)",
            ));
        }
        v
    };
    let missing: Vec<_> = rows.iter().filter(|r| r.0.is_none()).collect();
    let negative: Vec<_> = rows.iter().filter(|r| r.0 == Some(false)).collect();
    if missing.is_empty() && negative.is_empty() {
        return;
    }
    let design_stage = matches!(
        cx.p.stage.as_ref().and_then(|s| s.known()),
        Some(Stage::BasicDesign | Stage::DetailedDesign | Stage::EconTechReport)
    );
    let o = if !negative.is_empty() && design_stage {
        Outcome::Fail
    } else {
        Outcome::Review
    };
    let mut vi = Vec::new();
    let mut en = Vec::new();
    if !negative.is_empty() {
        vi.push(format!(
            "hồ sơ thiết kế không có {}",
            negative.iter().map(|r| r.1).collect::<Vec<_>>().join("; ")
        ));
        en.push(format!(
            "the design lacks {}",
            negative.iter().map(|r| r.2).collect::<Vec<_>>().join("; ")
        ));
    }
    if !missing.is_empty() {
        vi.push(format!(
            "chưa khai báo {}",
            missing.iter().map(|r| r.1).collect::<Vec<_>>().join("; ")
        ));
        en.push(format!(
            "does not state {}",
            missing.iter().map(|r| r.2).collect::<Vec<_>>().join("; ")
        ));
    }
    let subject = cx.p.id.clone();
    let name = cx.p.name.clone();
    cx.finding(
        "CONF-16",
        &subject,
        o,
        &name,
        t(vi.join("; "), en.join("; ")),
        t(
            "Bổ sung vào hồ sơ thiết kế các nội dung theo Điều 46, 47 Nghị định số 224/2026/NĐ-CP.",
            "Add the contents Decree 224/2026/ND-CP, Art. 46–47 requires to the design.",
        ),
    );
}

fn hosted(c: &Component) -> bool {
    matches!(
        c.kind(),
        Some(
            K::Application
                | K::Database
                | K::Portal
                | K::OneStop
                | K::OnlineService
                | K::Platform
                | K::Email
                | K::Infrastructure
        )
    )
}

/// CONF-17: cloud considered first (a component hosted on an approved cloud shows it; otherwise
/// `design.cloud_considered`), and no master data stored by two of the project's own systems.
fn principles(cx: &mut Cx<'_>) {
    let hosts = cx.p.components.iter().any(hosted);
    let mut masters: Vec<(String, Vec<String>)> = Vec::new();
    for s in &cx.p.data {
        let system = s.component.clone().unwrap_or_else(|| s.id.clone());
        for m in &s.master {
            match masters.iter_mut().find(|(x, _)| x == m) {
                Some((_, v)) => {
                    if !v.contains(&system) {
                        v.push(system.clone());
                    }
                }
                None => masters.push((m.clone(), vec![system.clone()])),
            }
        }
    }
    cx.c.consider(
        "CONF-17",
        usize::from(hosts) + usize::from(!masters.is_empty()),
    );
    let subject = cx.p.id.clone();
    let name = cx.p.name.clone();
    if hosts {
        let cloud =
            cx.p.components.iter().any(|c| {
                c.hosting.as_ref().and_then(|h| h.known()) == Some(Hosting::ApprovedCloud)
            });
        let declared = cx.p.design.as_ref().and_then(|d| d.cloud_considered);
        let r = match (cloud, declared) {
            (true, _) | (false, Some(true)) => None,
            (false, Some(false)) => Some((
                Outcome::Fail,
                t(
                    "không xem xét điện toán đám mây là giải pháp đầu tiên (design.cloud_considered: false)",
                    "did not consider cloud computing as the first solution (design.cloud_considered: false)",
                ),
            )),
            (false, None) => Some((
                Outcome::Review,
                t(
                    "không có thành phần đặt trên đám mây và chưa khai báo đã xem xét điện toán đám mây là giải pháp đầu tiên (design.cloud_considered)",
                    "hosts nothing on a cloud and does not state that cloud computing was considered first (design.cloud_considered)",
                ),
            )),
        };
        if let Some((o, d)) = r {
            cx.finding(
                "CONF-17",
                &subject,
                o,
                &name,
                d,
                t(
                    "Thuyết minh việc xem xét điện toán đám mây là giải pháp đầu tiên (điểm a khoản 2 Điều 23 Nghị định số 224/2026/NĐ-CP).",
                    "Show that cloud computing was considered as the first solution (Decree 224/2026/ND-CP, Art. 23(2)(a)).",
                ),
            );
        }
    }
    for (m, systems) in masters.iter().filter(|(_, v)| v.len() > 1) {
        cx.finding(
            "CONF-17",
            &format!("{subject}:master:{m}"),
            Outcome::Fail,
            &name,
            t(
                format!(
                    "dữ liệu chủ “{m}” được thiết kế lưu trữ tại nhiều hệ thống: {}",
                    systems.join(", ")
                ),
                format!(
                    "master data '{m}' is designed to be stored in several systems: {}",
                    systems.join(", ")
                ),
            ),
            t(
                "Dữ liệu chủ chỉ được thiết kế lưu trữ tại một hệ thống số; các hệ thống khác khai thác qua kết nối, chia sẻ (điểm b khoản 5 Điều 23 Nghị định số 224/2026/NĐ-CP).",
                "Store master data in one digital system only; the others use it through connection and sharing (Decree 224/2026/ND-CP, Art. 23(5)(b)).",
            ),
        );
    }
}

/// Whether `r` names the provincial portal, or an element that is part of it.
fn is_provincial_portal(cx: &Cx<'_>, r: &str) -> bool {
    let portal = |id: &str| match cx.b.model.element(id) {
        Some(e) => {
            e.id == "provincial:portal"
                || (e.function.as_deref() == Some("information-portal")
                    && e.scope() == Some(Scope::Province))
        }
        None => false,
    };
    if portal(r) {
        return true;
    }
    cx.b.model
        .relations()
        .iter()
        .any(|rel| rel.kind == "part-of" && rel.from == r && portal(&rel.to))
}

/// Whether `c` is the website of a department or a commune (NĐ 224/2026 Điều 11): a portal of
/// commune or agency scope, its own or its owner's.
pub(super) fn department_or_commune_site(cx: &Cx<'_>, c: &Component) -> bool {
    let owner_scope = cx.owner.and_then(|o| o.scope());
    c.kind() == Some(K::Portal)
        && matches!(
            c.scope.as_ref().and_then(|s| s.known()).or(owner_scope),
            Some(Scope::Commune | Scope::Agency)
        )
}

/// CONF-18: a portal (website) of a department or commune is a component of the provincial
/// portal: it declares `part_of` (or `maps_to`) the provincial portal. Not declared: review.
fn portal_components(cx: &mut Cx<'_>) {
    let comps: Vec<&Component> =
        cx.p.components
            .iter()
            .filter(|c| department_or_commune_site(cx, c))
            .collect();
    cx.c.consider("CONF-18", comps.len());
    for comp in comps {
        let declared = comp
            .part_of
            .iter()
            .chain(comp.maps_to.iter())
            .any(|r| is_provincial_portal(cx, r));
        if declared {
            continue;
        }
        let detail = match comp.part_of.as_deref() {
            Some(r) if matches!(cx.resolve(r), Target::Missing) => t(
                format!("part_of “{r}” không phải phần tử của Kiến trúc đối chiếu"),
                format!("part_of '{r}' is not an element of the baseline"),
            ),
            _ => t(
                "trang thông tin điện tử của sở, xã không khai báo là thành phần của Cổng thông tin điện tử tỉnh (part_of)",
                "a department or commune website not declared a component of the provincial portal (part_of)",
            ),
        };
        cx.finding(
            "CONF-18",
            &comp.id,
            Outcome::Review,
            &comp.name,
            detail,
            t(
                "Tổ chức trang thông tin điện tử là thành phần của Cổng thông tin điện tử cấp tỉnh (khoản 1 Điều 11 Nghị định số 224/2026/NĐ-CP; part_of: provincial:portal).",
                "Make the website a component of the provincial portal (Decree 224/2026/ND-CP, Art. 11(1); part_of: provincial:portal).",
            ),
        );
    }
}

/// CONF-19: apps of digital platforms serving citizens (mobile apps; platforms that serve
/// citizens) can identify and authenticate through VNeID.
fn vneid(cx: &mut Cx<'_>) {
    let comps: Vec<&Component> =
        cx.p.components
            .iter()
            .filter(|c| match c.kind() {
                Some(K::MobileApp) => levels::class_of(c).0 == levels::Class::Citizens,
                Some(K::Platform) => levels::class_of(c) == (levels::Class::Citizens, true),
                _ => false,
            })
            .collect();
    cx.c.consider("CONF-19", comps.len());
    for comp in comps {
        let auth = comp
            .auth
            .as_ref()
            .and_then(|a| a.citizens.as_ref())
            .map(|c| c.known());
        let r = match auth {
            Some(Some(CitizenAuth::NationalEid | CitizenAuth::None)) => None,
            Some(Some(CitizenAuth::LocalAccounts)) => Some((
                Outcome::Fail,
                t(
                    "người dân đăng nhập bằng tài khoản riêng của ứng dụng, không qua VNeID",
                    "citizens sign in with the app's own accounts, not through VNeID",
                ),
            )),
            Some(Some(CitizenAuth::CentralSso)) => Some((
                Outcome::Review,
                t(
                    "người dân đăng nhập qua hệ thống xác thực tập trung: cần làm rõ việc định danh, xác thực qua VNeID",
                    "citizens sign in through a central sign-on: state whether it identifies and authenticates through VNeID",
                ),
            )),
            Some(None) | None => Some((
                Outcome::Review,
                t(
                    "không khai báo cách định danh, xác thực người dân (auth.citizens)",
                    "does not state how citizens are identified and authenticated (auth.citizens)",
                ),
            )),
        };
        if let Some((o, d)) = r {
            cx.finding(
                "CONF-19",
                &comp.id,
                o,
                &comp.name,
                d,
                t(
                    "Định danh, xác thực người dùng thông qua ứng dụng định danh quốc gia VNeID (khoản 3 Điều 29 Nghị định số 224/2026/NĐ-CP; auth.citizens: national-eid).",
                    "Identify and authenticate users through the national identity app VNeID (Decree 224/2026/ND-CP, Art. 29(3); auth.citizens: national-eid).",
                ),
            );
        }
    }
}

/// CONF-20 (NĐ 331/2026 only, not under its Điều 39 transition): a component of level 3 or 4
/// (declared or required) hosted on an approved cloud or elsewhere outside the state's own data
/// centres (`approved-cloud`, `other`: taken as rented) is logically separated.
fn logical_separation(cx: &mut Cx<'_>) {
    if cx.regime.security != SecurityRegime::Nd331 {
        cx.c.consider("CONF-20", 0);
        return;
    }
    let mut out = Vec::new();
    for comp in &cx.p.components {
        let rented = matches!(
            comp.hosting.as_ref().and_then(|h| h.known()),
            Some(Hosting::ApprovedCloud | Hosting::Other)
        );
        if !rented || levels::protects_only(comp) {
            continue;
        }
        let level = comp
            .security_level
            .unwrap_or(0)
            .max(levels::minimum(cx, comp).level);
        if !(3..=4).contains(&level) {
            continue;
        }
        out.push((comp, level));
    }
    cx.c.consider("CONF-20", out.len());
    for (comp, level) in out {
        let r = match comp.logical_separation {
            Some(true) => None,
            Some(false) => Some((
                Outcome::Fail,
                t(
                    format!(
                        "hệ thống cấp độ {level} đặt trên hạ tầng thuê không được thiết kế tách riêng về lô-gic (logical_separation: false)"
                    ),
                    format!(
                        "a level-{level} system on rented infrastructure is not logically separated (logical_separation: false)"
                    ),
                ),
            )),
            None => Some((
                Outcome::Review,
                t(
                    format!(
                        "hệ thống cấp độ {level} đặt trên hạ tầng thuê: chưa khai báo việc tách riêng về lô-gic (logical_separation)"
                    ),
                    format!(
                        "a level-{level} system on rented infrastructure: logical separation not stated (logical_separation)"
                    ),
                ),
            )),
        };
        if let Some((o, d)) = r {
            let name: Name = comp.name.clone();
            cx.finding(
                "CONF-20",
                &comp.id,
                o,
                &name,
                d,
                t(
                    "Thiết kế hệ thống tách riêng, độc lập với các hệ thống khác về lô-gic (khoản 8 Điều 30 Nghị định số 331/2026/NĐ-CP).",
                    "Design the system logically separate and independent from other systems (Decree 331/2026/ND-CP, Art. 30(8)).",
                ),
            );
        }
    }
}

/// The outcome and texts of `baseline-not-current`: the architecture in force on the check date
/// (appended to the detail) and how to load it.
///
/// The outcome is a review when the architecture in force is one whose content the tool lacks
/// (3.0, QĐ 1702/QĐ-UBND) and the project's regime lets it apply (NĐ 73/2019; NĐ 45/2026, which
/// accepts "một trong các Khung kiến trúc số hiện hành", secondary): the tool's missing data is
/// not the proposal's defect. It fails when the architecture that applies is available (a
/// successor that is embedded; under NĐ 224/2026, the national framework, khoản 1 Điều 37):
/// checking against an expired one then establishes nothing.
pub(super) fn not_current(cx: &Cx<'_>) -> (Outcome, (String, String), (String, String)) {
    // Before the baseline began, no successor of it applies.
    let began = cx.b.model.doc.validity().from;
    let successor = crate::baseline::successor_in_force(cx.b.id(), cx.as_of)
        .filter(|_| began.is_none_or(|f| f <= cx.as_of));
    let Some(k) = successor else {
        return (
            Outcome::Fail,
            t("", ""),
            t(
                "Kiểm tra với Kiến trúc hiện hành vào ngày thẩm định (--baseline FILE), hoặc ghi rõ ngày kiểm tra (--as-of).",
                "Check against the architecture in force on the appraisal date (--baseline FILE), or set the check date (--as-of).",
            ),
        );
    };
    let name = k.title(crate::Lang::Vi);
    let name_en = k.title(crate::Lang::En);
    let regime = cx.regime.investment;
    let missing = !k.embedded && regime != InvestmentRegime::Nd224;
    let detail = if missing {
        t(
            format!(
                "; cần làm rõ: đối chiếu với {name}, nội dung chưa có trong công cụ; nạp Kiến trúc bằng --baseline"
            ),
            format!(
                "; to review: check against the {name_en}, whose content the tool does not have; load it with --baseline"
            ),
        )
    } else {
        t(
            format!("; Kiến trúc có hiệu lực vào ngày kiểm tra: {name}"),
            format!("; the architecture in force on the check date: the {name_en}"),
        )
    };
    let fix = if k.embedded {
        t(
            format!("Kiểm tra với {name} (tùy chọn --baseline {}).", k.id),
            format!("Check against the {name_en} (option --baseline {}).", k.id),
        )
    } else {
        let (national, national_en) = match regime {
            InvestmentRegime::Nd224 => (
                "; từ 01/7/2026, khi cơ quan chưa có Khung kiến trúc số phù hợp, kiểm tra theo Khung kiến trúc tổng thể quốc gia số (khoản 1 Điều 37 Nghị định số 224/2026/NĐ-CP): bỏ trường “baseline” của hồ sơ hoặc dùng tùy chọn --baseline với Khung kiến trúc tổng thể quốc gia số",
                "; from 1/7/2026, where the agency has no aligned digital framework, check against the national framework (Decree 224/2026/ND-CP, Art. 37(1)): drop the proposal's baseline field or use --baseline vn-national-digital-2025",
            ),
            InvestmentRegime::Nd45 => (
                "; hoặc kiểm tra theo Khung kiến trúc tổng thể quốc gia số (Nghị định số 45/2026/NĐ-CP, nguồn thứ cấp): bỏ trường “baseline” của hồ sơ hoặc dùng tùy chọn --baseline với Khung kiến trúc tổng thể quốc gia số",
                "; or check against the national framework (Decree 45/2026/ND-CP, secondary): drop the proposal's baseline field or use --baseline vn-national-digital-2025",
            ),
            InvestmentRegime::Nd73 => ("", ""),
        };
        t(
            format!(
                "Nội dung của {name} chưa có trong công cụ: nạp Kiến trúc này bằng tùy chọn --baseline với tệp mô hình Kiến trúc{national}."
            ),
            format!(
                "The content of the {name_en} is not embedded: load it with --baseline and an architecture model file{national_en}."
            ),
        )
    };
    let outcome = if missing {
        Outcome::Review
    } else {
        Outcome::Fail
    };
    (outcome, detail, fix)
}

/// The agencies that succeeded `id` (baseline `replaces` relations from an agency), as a text to
/// append to CONF-13's finding on a dissolved owner.
pub(super) fn successors(cx: &Cx<'_>, id: &str) -> (String, String) {
    let names: Vec<(String, String)> =
        cx.b.model
            .relations()
            .iter()
            .filter(|r| r.kind == "replaces" && r.to == id)
            .filter_map(|r| cx.b.model.element(&r.from))
            .filter(|e| e.kind == "agency")
            .map(|e| {
                let src = e
                    .source
                    .as_ref()
                    .map(|s| format!(", {}", s.instrument))
                    .unwrap_or_default();
                (
                    format!("{} ({}{src})", e.name.primary(), e.id),
                    format!("{} ({}{src})", e.name.get(crate::Lang::En), e.id),
                )
            })
            .collect();
    if names.is_empty() {
        return (String::new(), String::new());
    }
    (
        format!(
            "; cơ quan kế thừa: {}",
            names
                .iter()
                .map(|n| n.0.as_str())
                .collect::<Vec<_>>()
                .join("; ")
        ),
        format!(
            "; succeeded by: {}",
            names
                .iter()
                .map(|n| n.1.as_str())
                .collect::<Vec<_>>()
                .join("; ")
        ),
    )
}
