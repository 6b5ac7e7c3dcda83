//! Security and operation: sign-on (CONF-08), the security level and its plans (CONF-10) and
//! hosting and connectivity (CONF-11).

use super::{Cx, t};
use crate::i18n::{Lang, group_digits};
use crate::project::{
    CitizenAuth, Component, ComponentKind as K, Connectivity, Information, Monitoring, Serves,
    ServiceLevel, Signature, StaffAuth,
};
use crate::regime::SecurityRegime;
use crate::report::Outcome;
use crate::vocab::Vocabulary;
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

/// The minimum level a component needs and the criterion that sets it, under the regime.
pub(crate) fn minimum_level(cx: &Cx<'_>, comp: &Component) -> (u8, (String, String)) {
    let nd331 = cx.regime.security == SecurityRegime::Nd331;
    let law = if nd331 { "NĐ 331/2026" } else { "NĐ 85/2016" };
    let info = |i: Information| comp.information.iter().any(|x| x.known() == Some(i));
    let personal = info(Information::Personal) || info(Information::PersonalSensitive);
    let subjects = comp.personal_data_subjects.unwrap_or(0);
    let (nv, ne) = (
        group_digits(subjects, Lang::Vi),
        group_digits(subjects, Lang::En),
    );
    let citizens = serves_citizens(comp);
    let scope = comp
        .scope
        .as_ref()
        .and_then(|s| s.known())
        .or_else(|| cx.owner.and_then(|o| o.scope()));
    let broad = matches!(
        scope,
        Some(Scope::Province | Scope::Sector | Scope::National)
    );
    let infra = kind_in(comp, &[K::Platform, K::Infrastructure, K::Network])
        || comp.serves.as_ref().and_then(|s| s.known()) == Some(Serves::Infrastructure);
    let mut c: Vec<(u8, String, String)> = vec![(
        1,
        format!(
            "hệ thống nội bộ chỉ xử lý thông tin công cộng ({law} Điều {})",
            if nd331 { "11" } else { "7" }
        ),
        format!(
            "an internal system processing public information only ({law} Art. {})",
            if nd331 { "11" } else { "7" }
        ),
    )];
    let a8 = if nd331 { "Điều 12" } else { "Điều 8" };
    let a9 = if nd331 { "Điều 13" } else { "Điều 9" };
    let a10 = if nd331 { "Điều 14" } else { "Điều 10" };
    if info(Information::Private) || personal {
        c.push((
            2,
            format!("xử lý thông tin riêng hoặc thông tin cá nhân ({law} {a8})"),
            format!(
                "processes private or personal information ({law} {})",
                a8.replace("Điều", "Art.")
            ),
        ));
    }
    if citizens {
        c.push((
            2,
            format!("phục vụ người dân, doanh nghiệp ({law} {a8})"),
            format!(
                "serves citizens and businesses ({law} {})",
                a8.replace("Điều", "Art.")
            ),
        ));
    }
    if infra && !broad {
        c.push((
            2,
            format!("hạ tầng phục vụ một cơ quan, tổ chức ({law} {a8})"),
            format!(
                "infrastructure serving one agency ({law} {})",
                a8.replace("Điều", "Art.")
            ),
        ));
    }
    let a9en = a9.replace("Điều", "Art.");
    if info(Information::StateSecret) {
        c.push((
            3,
            format!(
                "xử lý thông tin bí mật nhà nước ({law} {a9}; mức độ tổn hại quyết định cấp 3–5)"
            ),
            format!(
                "processes state secrets ({law} {a9en}; the degree of harm decides levels 3–5)"
            ),
        ));
    }
    if infra && broad {
        c.push((
            3,
            format!("hạ tầng dùng chung trong phạm vi một ngành, một tỉnh ({law} {a9})"),
            format!("infrastructure shared across a sector or a province ({law} {a9en})"),
        ));
    }
    if nd331 {
        if kind_in(comp, &[K::OnlineService, K::OneStop]) {
            c.push((
                3,
                format!(
                    "hệ thống thông tin giải quyết thủ tục hành chính ({law} {a9}; nguồn thứ cấp)"
                ),
                format!("an administrative-procedure system ({law} {a9en}; secondary source)"),
            ));
        }
        if info(Information::PersonalSensitive) && subjects >= 10_000 {
            c.push((3, format!("dữ liệu cá nhân nhạy cảm của {nv} người (≥ 10.000; {law} {a9}; nguồn thứ cấp)"), format!("sensitive personal data of {ne} people (≥ 10,000; {law} {a9en}; secondary source)")));
        }
        if personal && subjects >= 100_000 {
            c.push((
                3,
                format!(
                    "dữ liệu cá nhân của {subjects} người (≥ 100.000; {law} {a9}; nguồn thứ cấp)"
                ),
                format!(
                    "personal data of {subjects} people (≥ 100,000; {law} {a9en}; secondary source)"
                ),
            ));
        }
    } else {
        if let Some(level) = comp
            .online_service
            .as_ref()
            .and_then(|o| o.level.as_ref())
            .and_then(|l| l.known())
        {
            let l = if level == ServiceLevel::Full {
                "toàn trình"
            } else {
                "một phần"
            };
            c.push((3, format!("dịch vụ công trực tuyến {l}, tương đương mức độ 3 trở lên ({law} Điều 9.2.a; NĐ 42/2022, nguồn thứ cấp)"), format!("a {} online public service, i.e. level 3 or above ({law} Art. 9.2.a; ND 42/2022, secondary)", level.as_str())));
        }
        if (personal || info(Information::Private)) && subjects >= 10_000 {
            c.push((
                3,
                format!(
                    "xử lý thông tin cá nhân của {nv} người sử dụng (≥ 10.000; {law} Điều 9.2.c)"
                ),
                format!(
                    "processes personal information of {ne} users (≥ 10,000; {law} Art. 9.2.c)"
                ),
            ));
        } else if personal && subjects > 0 {
            c.push((
                2,
                format!(
                    "xử lý thông tin cá nhân của {nv} người sử dụng (< 10.000; {law} Điều 8.2.c)"
                ),
                format!(
                    "processes personal information of {ne} users (< 10,000; {law} Art. 8.2.c)"
                ),
            ));
        }
    }
    if scope == Some(Scope::National) && comp.operation_24x7 == Some(true) {
        c.push((
            4,
            format!("hệ thống quốc gia vận hành 24/7 ({law} {a10})"),
            format!(
                "a national system run 24/7 ({law} {})",
                a10.replace("Điều", "Art.")
            ),
        ));
    }
    let max = c.iter().map(|x| x.0).max().unwrap_or(1);
    let (vi, en): (Vec<String>, Vec<String>) = c
        .into_iter()
        .filter(|x| x.0 == max)
        .map(|(_, v, e)| (v, e))
        .unzip();
    (max, (vi.join("; "), en.join("; ")))
}

fn levels(cx: &mut Cx<'_>) {
    let mut out = Vec::new();
    let mut system = 0u8;
    for comp in &cx.p.components {
        let (min, (why, why_en)) = minimum_level(cx, comp);
        let fix = t(
            format!(
                "Đề xuất cấp độ {min} trở lên trong hồ sơ đề xuất cấp độ (NĐ 85/2016 Điều 13, 15) và phương án bảo đảm ATTT tương ứng."
            ),
            format!(
                "Propose level {min} or above in the security-level proposal dossier (ND 85/2016 Art. 13, 15) with the matching security plan."
            ),
        );
        match comp.security_level {
            None => out.push((
                comp.id.clone(),
                comp.name.clone(),
                Outcome::Fail,
                t(
                    format!("chưa khai báo cấp độ an toàn; cấp tối thiểu là {min} vì: {why}"),
                    format!("declares no security level; the minimum is {min} because: {why_en}"),
                ),
                fix,
            )),
            Some(d) if (1..=5).contains(&d) && d < min => out.push((
                comp.id.clone(),
                comp.name.clone(),
                Outcome::Fail,
                t(
                    format!("khai báo cấp độ {d}, thấp hơn cấp tối thiểu {min} vì: {why}"),
                    format!("declares level {d}, below the minimum {min} because: {why_en}"),
                ),
                fix,
            )),
            Some(d) => system = system.max(d),
        }
        if let Some(d) = comp.security_level {
            system = system.max(d.min(5));
        }
    }
    let pid = cx.p.id.clone();
    let pname = cx.p.name.clone();
    let sec = cx.p.security.clone().unwrap_or_default();
    let mut project_subject = false;
    if system >= 3 {
        project_subject = true;
        let mon = sec.monitoring.as_ref().map(|m| m.known());
        let r = match mon {
            Some(Some(Monitoring::None)) => Some(Outcome::Fail),
            None => Some(Outcome::Review),
            _ => None,
        };
        if let Some(o) = r {
            out.push((pid.clone(), pname.clone(), o, t(format!("hệ thống cấp độ {system} phải được giám sát ATTT (TT 31/2017 Điều 5) nhưng security.monitoring {}", if o == Outcome::Fail { "là none" } else { "không được khai báo" }), format!("a level-{system} system must be monitored (TT 31/2017 Art. 5) but security.monitoring is {}", if o == Outcome::Fail { "none" } else { "not stated" })), t("Kết nối giám sát với SOC của tỉnh (security.monitoring: provincial-soc) hoặc tự giám sát theo TT 31/2017.", "Connect monitoring to the provincial SOC (security.monitoring: provincial-soc) or monitor per TT 31/2017.")));
        }
        for (flag, vi, en) in [
            (
                sec.dr_plan,
                "phương án dự phòng, ứng cứu sự cố, khôi phục sau thảm họa (dr_plan)",
                "a backup, incident-response and disaster-recovery plan (dr_plan)",
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
                    format!("hệ thống cấp độ {system} cần {vi} (NĐ 85/2016 Điều 19)"),
                    format!("a level-{system} system needs {en} (ND 85/2016 Art. 19)"),
                ),
                t(
                    "Bổ sung phương án trong hồ sơ đề xuất cấp độ.",
                    "Add the plan to the security-level dossier.",
                ),
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
        out.push((pid.clone(), pname.clone(), Outcome::Review, t("không dùng chữ ký số cho văn bản điện tử (security.digital_signature: none)", "uses no digital signature for e-documents (security.digital_signature: none)"), t("Văn bản điện tử của cơ quan nhà nước ký bằng chữ ký số chuyên dùng Chính phủ (TT 41/2017); dịch vụ cho người dân có thể dùng CA công cộng hoặc ký số từ xa.", "Sign official e-documents with the Government's specialised digital signatures (TT 41/2017); services to citizens may use public CAs or remote signing.")));
    }
    cx.c.consider(
        "CONF-10",
        cx.p.components.len() + usize::from(project_subject),
    );
    let nd331 = cx.regime.security == SecurityRegime::Nd331;
    let basis = cx.regime.security_basis.clone();
    for (subject, name, o, d, fix) in out {
        cx.finding("CONF-10", &subject, o, &name, d, fix);
        if nd331 && let Some(f) = cx.c.findings.last_mut() {
            f.basis = basis.clone();
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
                            "đặt tại '{}', không phải Trung tâm dữ liệu tỉnh hay đám mây được phê duyệt",
                            crate::vocab::Vocabulary::as_str(h)
                        ),
                        format!(
                            "is hosted at '{}', not the provincial data centre or an approved cloud",
                            crate::vocab::Vocabulary::as_str(h)
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
