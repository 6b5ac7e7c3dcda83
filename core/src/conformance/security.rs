//! Security and operation: sign-on (CONF-08), the security level and its plans (CONF-10) and
//! hosting and connectivity (CONF-11).

use super::{Cx, levels, t};
use crate::i18n::{Lang, Name};
use crate::project::{
    CitizenAuth, Component, ComponentKind as K, Connectivity, Monitoring, Serves, Signature,
    StaffAuth,
};
use crate::regime::SecurityRegime;
use crate::report::Outcome;
use crate::vocab::{Hosting, Scope};

pub(super) fn check(cx: &mut Cx<'_>) {
    sign_on(cx);
    levels(cx);
    hosting(cx);
}

fn kind_in(comp: &Component, kinds: &[K]) -> bool {
    comp.kind().is_some_and(|k| kinds.contains(&k))
}

fn serves_citizens(comp: &Component) -> bool {
    comp.serves.as_ref().and_then(|s| s.known()) == Some(Serves::CitizensBusinesses)
        || kind_in(comp, &[K::OnlineService, K::OneStop, K::MobileApp])
}

fn sign_on(cx: &mut Cx<'_>) {
    let sso =
        cx.b.model
            .element("provincial:user-directory")
            .map_or("provincial:user-directory".to_string(), |e| e.id.clone());
    let eid =
        cx.b.model
            .element("national:eid-platform")
            .map_or("national:eid-platform".to_string(), |e| e.id.clone());
    let mut out = Vec::new();
    let mut n = 0;
    for comp in &cx.p.components {
        let staff_applies = kind_in(
            comp,
            &[
                K::Application,
                K::OneStop,
                K::Email,
                K::OnlineService,
                K::Portal,
            ],
        );
        let citizens_apply = serves_citizens(comp);
        if !staff_applies && !citizens_apply {
            continue;
        }
        n += 1;
        let auth = comp.auth.clone().unwrap_or_default();
        if staff_applies {
            let r = match auth.staff.as_ref().map(|s| s.known()) {
                Some(Some(StaffAuth::CentralSso | StaffAuth::None)) => None,
                Some(Some(StaffAuth::LocalAccounts)) => Some((
                    Outcome::Fail,
                    t(
                        "cán bộ đăng nhập bằng tài khoản riêng của hệ thống",
                        "staff sign in with the system's own accounts",
                    ),
                )),
                // An unknown value is VAL-002's finding.
                Some(None) => None,
                None => Some((
                    Outcome::Review,
                    t(
                        "không khai báo cách cán bộ đăng nhập (auth.staff)",
                        "does not state how staff sign in (auth.staff)",
                    ),
                )),
            };
            if let Some((o, d)) = r {
                out.push((comp, o, d, t(format!("Xác thực cán bộ qua CSDL người dùng tập trung ({sso}), auth.staff: central-sso."), format!("Authenticate staff through the central user database ({sso}), auth.staff: central-sso."))));
            }
        }
        if citizens_apply {
            let r = match auth.citizens.as_ref().map(|s| s.known()) {
                Some(Some(CitizenAuth::NationalEid)) | Some(None) => None,
                Some(Some(CitizenAuth::CentralSso)) => Some((
                    Outcome::Review,
                    t(
                        "người dân đăng nhập qua tài khoản tập trung của tỉnh, không qua định danh điện tử quốc gia",
                        "citizens sign in with the province's central accounts, not the national e-ID",
                    ),
                )),
                Some(Some(CitizenAuth::LocalAccounts)) => Some((
                    Outcome::Fail,
                    t(
                        "người dân đăng nhập bằng tài khoản riêng của hệ thống",
                        "citizens sign in with the system's own accounts",
                    ),
                )),
                Some(Some(CitizenAuth::None)) if kind_in(comp, &[K::OnlineService, K::OneStop]) => {
                    Some((
                        Outcome::Review,
                        t(
                            "dịch vụ công trực tuyến không xác thực người dân",
                            "the online service does not authenticate citizens",
                        ),
                    ))
                }
                Some(Some(CitizenAuth::None)) => None,
                None => Some((
                    Outcome::Review,
                    t(
                        "không khai báo cách người dân đăng nhập (auth.citizens)",
                        "does not state how citizens sign in (auth.citizens)",
                    ),
                )),
            };
            if let Some((o, d)) = r {
                out.push((comp, o, d, t(format!("Xác thực người dân bằng định danh điện tử quốc gia ({eid}, VNeID), auth.citizens: national-eid."), format!("Authenticate citizens with the national e-ID ({eid}, VNeID), auth.citizens: national-eid."))));
            }
        }
    }
    cx.c.consider("CONF-08", n);
    for (comp, o, d, fix) in out {
        cx.finding("CONF-08", &comp.id, o, &comp.name, d, fix);
    }
}

fn levels(cx: &mut Cx<'_>) {
    type Item = (
        String,
        Name,
        Outcome,
        (String, String),
        (String, String),
        bool,
    );
    let req = levels::requirements(cx);
    let mut out: Vec<Item> = Vec::new();
    // Art. 5: a system takes the highest level of its components; its requirements follow the
    // higher of what it declares and what the criteria require.
    let mut declared = 0u8;
    let mut required = 0u8;
    let mut n = 0;
    for comp in &cx.p.components {
        if let Some(d) = comp.security_level.filter(|d| (1..=5).contains(d)) {
            declared = declared.max(d);
        }
        if levels::protects_only(comp) {
            continue;
        }
        n += 1;
        let min = levels::minimum(cx, comp);
        required = required.max(min.level);
        let (cv, ce) = levels::class_label(levels::class_of(comp).0);
        let fix = t(
            format!(
                "Đề xuất cấp độ {} trở lên, thể hiện trong {}.",
                min.level, req.dossier.0
            ),
            format!(
                "Propose level {} or above, in {}.",
                min.level, req.dossier.1
            ),
        );
        let (why_vi, why_en) = (min.why(Lang::Vi), min.why(Lang::En));
        let secondary = min.secondary() || req.secondary;
        match comp.security_level {
            None => out.push((
                comp.id.clone(),
                comp.name.clone(),
                Outcome::Fail,
                t(
                    format!(
                        "chưa khai báo cấp độ an toàn ({cv}); cấp độ tối thiểu là {} vì: {why_vi}",
                        min.level
                    ),
                    format!(
                        "declares no security level ({ce}); the minimum is {} because: {why_en}",
                        min.level
                    ),
                ),
                fix,
                secondary,
            )),
            Some(d) if (1..=5).contains(&d) && d < min.level => out.push((
                comp.id.clone(),
                comp.name.clone(),
                Outcome::Fail,
                t(
                    format!(
                        "khai báo cấp độ {d}, thấp hơn cấp độ tối thiểu {} ({cv}) vì: {why_vi}",
                        min.level
                    ),
                    format!(
                        "declares level {d}, below the minimum {} ({ce}) because: {why_en}",
                        min.level
                    ),
                ),
                fix,
                secondary,
            )),
            // An out-of-range level is VAL-002's finding.
            Some(d) if !(1..=5).contains(&d) => {}
            Some(d) => {
                let open: Vec<&(u8, String, String)> =
                    min.missing.iter().filter(|(l, _, _)| *l > d).collect();
                if !open.is_empty() {
                    let vi = open
                        .iter()
                        .map(|m| m.1.as_str())
                        .collect::<Vec<_>>()
                        .join("; ");
                    let en = open
                        .iter()
                        .map(|m| m.2.as_str())
                        .collect::<Vec<_>>()
                        .join("; ");
                    out.push((
                        comp.id.clone(),
                        comp.name.clone(),
                        Outcome::Review,
                        t(
                            format!("khai báo cấp độ {d}; chưa đủ thông tin để xác định cấp độ tối thiểu: {vi}"),
                            format!("declares level {d}; not enough is stated to decide the minimum: {en}"),
                        ),
                        t(
                            "Bổ sung thông tin còn thiếu, hoặc đề xuất cấp độ cao hơn.",
                            "State the missing facts, or propose a higher level.",
                        ),
                        true,
                    ));
                }
            }
        }
    }
    let pid = cx.p.id.clone();
    let pname = cx.p.name.clone();
    let sec = cx.p.security.clone().unwrap_or_default();
    let mut project_subject = false;
    let system = declared.max(required);
    if system >= 3 {
        project_subject = true;
        let basis = if declared >= required {
            t(
                format!("khai báo cấp độ {declared}"),
                format!("declares level {declared}"),
            )
        } else {
            t(
                format!("cần tối thiểu cấp độ {required}"),
                format!("needs at least level {required}"),
            )
        };
        let mon = sec.monitoring.as_ref().map(|m| m.known());
        let r = match mon {
            Some(Some(Monitoring::None)) => Some((Outcome::Fail, t("là none", "is none"))),
            None => Some((Outcome::Review, t("không được khai báo", "is not stated"))),
            _ => None,
        };
        if let Some((o, how)) = r {
            out.push((
                pid.clone(),
                pname.clone(),
                o,
                t(
                    format!("hệ thống {} nên phải có {} nhưng security.monitoring {}", basis.0, req.monitoring.0, how.0),
                    format!("the system {}, so it needs {}, but security.monitoring {}", basis.1, req.monitoring.1, how.1),
                ),
                t(
                    "Kết nối giám sát với SOC của tỉnh (security.monitoring: provincial-soc) hoặc tự giám sát và khai báo.",
                    "Connect monitoring to the provincial SOC (security.monitoring: provincial-soc) or monitor it yourself and say so.",
                ),
                req.secondary,
            ));
        }
        for (flag, vi, en) in [
            (
                sec.dr_plan,
                "phương án dự phòng, ứng cứu sự cố, khôi phục (dr_plan)",
                "a recovery plan (dr_plan)",
            ),
            (
                sec.backup,
                "sao lưu dữ liệu (backup)",
                "data backup (backup)",
            ),
        ] {
            let o = match flag {
                Some(true) => continue,
                Some(false) => Outcome::Fail,
                None => Outcome::Review,
            };
            out.push((
                pid.clone(),
                pname.clone(),
                o,
                t(
                    format!("hệ thống {} nên cần {vi}: {}", basis.0, req.plans.0),
                    format!("the system {}, so it needs {en}: {}", basis.1, req.plans.1),
                ),
                t(
                    "Bổ sung phương án trong hồ sơ đề xuất cấp độ.",
                    "Add the plan to the security-level dossier.",
                ),
                req.secondary,
            ));
        }
    }
    let handles_documents =
        cx.p.components
            .iter()
            .any(|c| kind_in(c, &[K::Application, K::OneStop, K::OnlineService]));
    if handles_documents
        && sec.digital_signature.as_ref().and_then(|s| s.known()) == Some(Signature::None)
    {
        project_subject = true;
        out.push((pid.clone(), pname.clone(), Outcome::Review, t("không dùng chữ ký số cho văn bản điện tử (security.digital_signature: none)", "uses no digital signature for e-documents (security.digital_signature: none)"), t("Văn bản điện tử của cơ quan nhà nước ký bằng chữ ký số chuyên dùng Chính phủ (Thông tư số 41/2017/TT-BTTTT); dịch vụ cho người dân có thể dùng chữ ký số công cộng hoặc ký số từ xa.", "Sign official e-documents with the Government's specialised digital signatures (Circular 41/2017/TT-BTTTT); services to citizens may use public CAs or remote signing."), true));
    }
    cx.c.consider("CONF-10", n + usize::from(project_subject));
    // Under NĐ 85/2016 the rule's own citations in force apply; from 01/7/2026 (Luật 116/2025,
    // then NĐ 331/2026, or NĐ 85/2016 under NĐ 331 Điều 39's transition) the regime's basis.
    let nd331 = cx.regime.security != SecurityRegime::Nd85;
    let regime_basis = cx.regime.security_basis.clone();
    for (subject, name, o, d, fix, secondary) in out {
        cx.finding("CONF-10", &subject, o, &name, d, fix);
        if let Some(f) = cx.c.findings.last_mut() {
            if nd331 {
                f.basis = regime_basis.clone();
            }
            if secondary {
                f.basis.status = crate::legal::Status::Secondary;
            }
        }
    }
}

fn hosting(cx: &mut Cx<'_>) {
    let mut out = Vec::new();
    let mut n = 0;
    let owner_scope = cx.owner.and_then(|o| o.scope());
    for comp in &cx.p.components {
        if kind_in(
            comp,
            &[
                K::Application,
                K::Database,
                K::Portal,
                K::OneStop,
                K::OnlineService,
                K::Platform,
                K::Email,
                K::Infrastructure,
            ],
        ) {
            n += 1;
            let r = match comp.hosting.as_ref().map(|h| h.known()) {
                Some(Some(
                    Hosting::ProvincialDataCenter
                    | Hosting::NationalDataCenter
                    | Hosting::ApprovedCloud,
                ))
                | Some(None) => None,
                Some(Some(h)) => Some((
                    Outcome::Fail,
                    t(
                        format!(
                            "đặt tại “{}”, không phải Trung tâm dữ liệu tỉnh hay đám mây được phê duyệt",
                            crate::vocab::label(h, crate::Lang::Vi)
                        ),
                        format!(
                            "is hosted at “{}”, not the provincial data centre or an approved cloud",
                            crate::vocab::label(h, crate::Lang::En)
                        ),
                    ),
                )),
                None => Some((
                    Outcome::Review,
                    t(
                        "không khai báo nơi đặt hệ thống (hosting)",
                        "does not state where it is hosted (hosting)",
                    ),
                )),
            };
            if let Some((o, d)) = r {
                let dc =
                    cx.b.model
                        .element("provincial:data-center")
                        .map_or("provincial:data-center".to_string(), |e| e.id.clone());
                out.push((comp, o, d, t(format!("Đặt hệ thống tại Trung tâm dữ liệu tỉnh ({dc}) hoặc đám mây được phê duyệt."), format!("Host it in the provincial data centre ({dc}) or an approved cloud."))));
            }
        }
        let scope = comp.scope.as_ref().and_then(|s| s.known()).or(owner_scope);
        let local = matches!(scope, Some(Scope::Commune | Scope::District));
        if kind_in(comp, &[K::Network]) && local {
            n += 1;
            let r = match comp.connectivity.as_ref().map(|c| c.known()) {
                Some(Some(Connectivity::Tslcd | Connectivity::LanOnly)) | Some(None) => None,
                Some(Some(Connectivity::Internet)) => Some((
                    Outcome::Fail,
                    t(
                        "mạng cấp xã/huyện kết nối hệ thống của tỉnh qua Internet thay vì mạng truyền số liệu chuyên dùng",
                        "a commune or district network reaches provincial systems over the Internet instead of the specialised data network",
                    ),
                )),
                None => Some((
                    Outcome::Review,
                    t(
                        "không khai báo đường kết nối tới hệ thống của tỉnh (connectivity)",
                        "does not state how it reaches provincial systems (connectivity)",
                    ),
                )),
            };
            if let Some((o, d)) = r {
                out.push((comp, o, d, t("Kết nối tới hệ thống của tỉnh qua mạng truyền số liệu chuyên dùng (connectivity: tslcd).", "Reach provincial systems over the specialised data network (connectivity: tslcd).")));
            }
        }
    }
    cx.c.consider("CONF-11", n);
    for (comp, o, d, fix) in out {
        cx.finding("CONF-11", &comp.id, o, &comp.name, d, fix);
    }
}
