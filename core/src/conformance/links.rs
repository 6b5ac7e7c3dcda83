//! Connections and standards: integrations through the LGSP/NGSP (CONF-05), the standards
//! catalogue (CONF-06), IPv6 (CONF-07), online services connected to the provincial
//! administrative-procedure system (CONF-09) and shared e-catalogues (CONF-12).

use super::{Cx, Target, t};
use crate::i18n::{Lang, Name, Text};
use crate::legal::Basis;
use crate::model::Element;
use crate::project::{Component, ComponentKind, Connectivity, Integration, Via};
use crate::report::Outcome;
use crate::standards::{RowMatch, StandardRow, normalise};
use crate::vocab::{Scope, Vocabulary};

pub(super) fn check(cx: &mut Cx<'_>) {
    integrations(cx);
    standards(cx);
    ipv6(cx);
    online_services(cx);
    catalogues(cx);
}

/// The province's integration platform: the element PRODUCT.md names `provincial:lgsp`, else an
/// existing integration platform of provincial scope.
fn provincial_platform<'a>(cx: &Cx<'a>) -> Option<&'a Element> {
    let fw = &cx.b.framework;
    cx.b.model.element("provincial:lgsp").or_else(|| {
        cx.b.model
            .elements()
            .iter()
            .filter(|e| {
                fw.element_kind(&e.kind).is_some_and(|k| k.integration)
                    && e.scope() == Some(Scope::Province)
                    && e.lifecycle() == Some(crate::vocab::Lifecycle::Existing)
            })
            .min_by(|a, b| a.id.cmp(&b.id))
    })
}

/// Who owns one end of an integration, as far as the baseline and the project prove it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Owner {
    /// A national system.
    National,
    /// An agency, by element id (or the project's `owner` as written).
    Agency(String),
    /// The project's own components when the project names no owner: one system, one owner
    /// (NĐ 85/2016 Điều 5), so they share it.
    Project,
    /// A baseline element whose owner no source names.
    Unknown,
}

fn owner_of<'a>(cx: &Cx<'a>, target: Target<'a>) -> Owner {
    match target {
        Target::Component(_) => cx
            .owner
            .map(|o| o.id.clone())
            .or_else(|| cx.p.owner.clone())
            .map_or(Owner::Project, Owner::Agency),
        Target::Element(e) if e.scope() == Some(Scope::National) => Owner::National,
        Target::Element(e) if e.kind == "agency" => Owner::Agency(e.id.clone()),
        Target::Element(e) => e.owner.as_ref().map_or(Owner::Unknown, |o| {
            Owner::Agency(cx.b.model.element(o).map_or(o.clone(), |a| a.id.clone()))
        }),
        Target::Missing => Owner::Unknown,
    }
}

/// Whether two ends are proven to belong to the same agency. An unknown owner is never proven
/// the same: the law requires the LGSP unless both ends are the same agency.
fn same_owner(a: &Owner, b: &Owner) -> bool {
    match (a, b) {
        (Owner::Agency(x), Owner::Agency(y)) => x == y,
        (Owner::Project, Owner::Project) => true,
        _ => false,
    }
}

fn integrations(cx: &mut Cx<'_>) {
    cx.c.consider("CONF-05", cx.p.integrations.len());
    let lgsp = provincial_platform(cx)
        .map(|e| (e.id.clone(), e.name.clone()))
        .unwrap_or_else(|| ("lgsp".into(), Name::Plain("LGSP".into())));
    let mut out = Vec::new();
    for i in &cx.p.integrations {
        let (a, b) = (cx.resolve(&i.from), cx.resolve(&i.to));
        let missing: Vec<&str> = [(&i.from, a), (&i.to, b)]
            .into_iter()
            .filter(|(_, t)| matches!(t, Target::Missing))
            .map(|(r, _)| r.as_str())
            .collect();
        if !missing.is_empty() {
            let (subject, o, detail, fix) = unresolved(i, &missing);
            out.push((subject, o, detail, fix, Vec::new()));
            continue;
        }
        let via = i.via.as_ref().and_then(|v| v.known());
        if matches!(via, Some(Via::Lgsp | Via::Ngsp | Via::Vxp)) {
            continue;
        }
        let (oa, ob) = (owner_of(cx, a), owner_of(cx, b));
        let national = oa == Owner::National || ob == Owner::National;
        if !national && same_owner(&oa, &ob) {
            continue;
        }
        let unknown = !national && (oa == Owner::Unknown || ob == Owner::Unknown);
        let facts: Vec<&Element> = [a, b]
            .into_iter()
            .filter_map(|t| match t {
                Target::Element(e) => Some(e),
                _ => None,
            })
            .collect();
        let how = match via {
            Some(Via::Direct) => t(
                "kết nối trực tiếp (via: direct)",
                "a direct connection (via: direct)",
            ),
            _ => t(
                "không khai báo nền tảng tích hợp (via)",
                "no integration platform declared (via)",
            ),
        };
        let text = |lang: Lang| {
            let (from, to) = (cx.label(&i.from, lang), cx.label(&i.to, lang));
            let platform = format!("{} ({})", lgsp.1.get(lang), lgsp.0);
            let vi = lang == Lang::Vi;
            let whose = if unknown {
                if vi {
                    " (Kiến trúc không nêu chủ quản của một đầu, nên không chứng minh được hai đầu cùng một cơ quan)"
                } else {
                    " (the architecture names no owner for one end, so the two ends are not proven to be one agency)"
                }
            } else {
                ""
            };
            let detail = if vi {
                format!(
                    "trao đổi dữ liệu {from} → {to} giữa các cơ quan{}{whose} là {}",
                    if national {
                        ", với hệ thống quốc gia,"
                    } else {
                        ""
                    },
                    how.0
                )
            } else {
                format!(
                    "the exchange {from} → {to} across agencies{}{whose} is {}",
                    if national {
                        ", with a national system,"
                    } else {
                        ""
                    },
                    how.1
                )
            };
            let fix = match (national, vi) {
                (true, true) => format!(
                    "Dùng dịch vụ của {platform}, kết nối NGSP/NDXP, thay vì kết nối trực tiếp tới {to}."
                ),
                (true, false) => format!(
                    "Use the {platform} service, connected to NGSP/NDXP, instead of a direct connection to {to}."
                ),
                (false, true) => {
                    format!("Dùng dịch vụ của {platform} thay vì kết nối trực tiếp tới {to}.")
                }
                (false, false) => {
                    format!("Use the {platform} service instead of a direct connection to {to}.")
                }
            };
            (detail, fix)
        };
        let ((dv, fv), (de, fe)) = (text(Lang::Vi), text(Lang::En));
        out.push((i.key(), Outcome::Fail, (dv, de), (fv, fe), facts));
    }
    let name = Name::Both(Text::new("Kết nối", "Integration"));
    for (subject, o, detail, fix, facts) in out {
        cx.finding_on("CONF-05", &subject, o, &name, detail, fix, None, &facts);
    }
}

fn unresolved(
    i: &Integration,
    missing: &[&str],
) -> (String, Outcome, (String, String), (String, String)) {
    let m = missing.join(", ");
    (
        i.key(),
        Outcome::Review,
        t(
            format!("đầu kết nối “{m}” không phải thành phần của dự án hay phần tử của Kiến trúc"),
            format!("the end '{m}' is neither a project component nor an architecture element"),
        ),
        t(
            "Dùng mã thành phần của dự án, hoặc tên quốc gia/tỉnh (national:…, provincial:…) có trong Kiến trúc.",
            "Use a project component id, or a national/provincial name (national:…, provincial:…) the architecture knows.",
        ),
    )
}

/// The standards a component declares, with the protocols and formats of its integrations.
fn declared(cx: &Cx<'_>, comp: &Component) -> Vec<String> {
    let mut v = comp.standards.clone();
    for i in
        cx.p.integrations
            .iter()
            .filter(|i| i.from == comp.id || i.to == comp.id)
    {
        v.extend(i.protocol.iter().chain(&i.format).cloned());
    }
    v
}

/// CONF-06: for each component, the catalogue rows that apply (by its kind, or by what it
/// declares) and how its declared standards meet each mandatory row. Each finding's basis is the
/// row itself, with the row's own source status.
fn standards(cx: &mut Cx<'_>) {
    let Some(cat) = cx.b.standards.as_ref() else {
        cx.c.consider("CONF-06", 0);
        return;
    };
    let mut out = Vec::new();
    let mut n = 0;
    for comp in &cx.p.components {
        let Some(kind) = comp.kind() else { continue };
        n += 1;
        let decl = declared(cx, comp);
        let mut rows: Vec<usize> = decl.iter().flat_map(|d| cat.rows_of(d)).collect();
        rows.extend(
            cat.doc
                .rows
                .iter()
                .enumerate()
                .filter(|(_, r)| r.implied_by.iter().any(|k| k == kind.as_str()))
                .map(|(i, _)| i),
        );
        rows.sort_unstable();
        rows.dedup();
        for r in rows {
            let Some(row) = cat.doc.rows.get(r) else {
                continue;
            };
            // A row with recommended standards only obliges nothing.
            if !row.is_mandatory() {
                continue;
            }
            let inst = short_instrument(&row.source.instrument);
            let (o, detail, fix) = match cat.evaluate(r, &decl) {
                RowMatch::Met(_) | RowMatch::Recommended(_) => continue,
                RowMatch::Conflict(names) => conflict(row, &inst, &names),
                RowMatch::NotDeclared => not_declared(row, &inst, kind.as_str(), &decl),
            };
            let basis = Basis {
                instrument: inst.clone(),
                article: Some(
                    row.source
                        .article
                        .clone()
                        .unwrap_or_else(|| format!("mục {} Danh mục ban hành kèm theo", row.id)),
                ),
                status: row.source.status,
                effective: row.source.effective,
                cites: Vec::new(),
            };
            out.push((comp.id.clone(), comp.name.clone(), o, detail, fix, basis));
        }
    }
    cx.c.consider("CONF-06", n);
    for (subject, name, o, detail, fix, basis) in out {
        cx.finding("CONF-06", &subject, o, &name, detail, fix);
        if let Some(f) = cx.c.findings.last_mut()
            && f.rule == "CONF-06"
            && f.subject == subject
        {
            f.basis = basis;
        }
    }
}

/// `TT 39/2017/TT-BTTTT` of `TT 39/2017/TT-BTTTT (Danh mục …)`.
fn short_instrument(instrument: &str) -> String {
    instrument
        .split(" (")
        .next()
        .unwrap_or(instrument)
        .trim()
        .to_string()
}

/// `mục 4.2 “An toàn tầng giao vận”` / `row 4.2 "Transport security"`.
fn row_label(row: &StandardRow) -> (String, String) {
    t(
        format!("mục {} “{}”", row.id, row.name.vi),
        format!("row {} \"{}\"", row.id, row.name.en),
    )
}

/// What meets a row, for messages: its mandatory standards, then recommended ones, newer versions
/// and recorded equivalents.
fn what_meets(row: &StandardRow) -> (String, String) {
    let mandatory = row.mandatory_names().join(", ");
    let (mut vi, mut en) = (
        format!("bắt buộc {mandatory}"),
        format!("mandatory {mandatory}"),
    );
    let recommended = row.recommended_names();
    if !recommended.is_empty() {
        let r = recommended.join(", ");
        vi.push_str(&format!("; khuyến nghị {r}"));
        en.push_str(&format!("; recommended {r}"));
    }
    if !row.newer.is_empty() {
        let r = row.newer.join(", ");
        vi.push_str(&format!("; phiên bản mới hơn {r}"));
        en.push_str(&format!("; newer versions {r}"));
    }
    for (std, eq) in row.equivalents() {
        let names = eq.names.join(", ");
        vi.push_str(&format!("; {names} (tương đương {})", std.name));
        en.push_str(&format!("; {names} (equivalent to {})", std.name));
    }
    (vi, en)
}

/// Standards of the row's function that it does not list, and none of its mandatory ones: fail.
fn conflict(
    row: &StandardRow,
    inst: &str,
    names: &[String],
) -> (Outcome, (String, String), (String, String)) {
    let (lv, le) = row_label(row);
    let (mv, me) = what_meets(row);
    let declared = names.join(", ");
    let need = row.mandatory_names().join(", ");
    (
        Outcome::Fail,
        t(
            format!(
                "khai báo {declared} cho chức năng của {lv} của {inst}, là tiêu chuẩn mục này không quy định, và không khai báo tiêu chuẩn bắt buộc nào của mục (đáp ứng bằng: {mv})"
            ),
            format!(
                "declares {declared} for the function of {le} of {inst}, a standard the row does not list, and none of the row's mandatory standards (met by: {me})"
            ),
        ),
        t(
            format!(
                "Thay {declared} bằng tiêu chuẩn của {lv} ({need}) và khai báo trong 'standards'."
            ),
            format!(
                "Replace {declared} with a standard of {le} ({need}) and declare it in 'standards'."
            ),
        ),
    )
}

/// The row applies but nothing of its function is declared: review.
fn not_declared(
    row: &StandardRow,
    inst: &str,
    kind: &str,
    declared: &[String],
) -> (Outcome, (String, String), (String, String)) {
    let (lv, le) = row_label(row);
    let (mv, me) = what_meets(row);
    let need = row.mandatory_names().join(", ");
    let implying: Vec<&str> = declared
        .iter()
        .filter(|d| {
            let n = normalise(d);
            row.implied_by_standards.iter().any(|i| normalise(i) == n)
        })
        .map(String::as_str)
        .collect();
    let (wv, we) = if row.implied_by.iter().any(|k| k == kind) {
        t(
            format!("thành phần loại {kind} có chức năng này"),
            format!("a component of kind {kind} has this function"),
        )
    } else {
        let i = implying.join(", ");
        t(
            format!("thành phần khai báo {i}, có chức năng này"),
            format!("the component declares {i}, which has this function"),
        )
    };
    (
        Outcome::Review,
        t(
            format!(
                "chưa khai báo tiêu chuẩn cho {lv} của {inst}, áp dụng vì {wv} (đáp ứng bằng: {mv})"
            ),
            format!(
                "not declared: a standard for {le} of {inst}, which applies because {we} (met by: {me})"
            ),
        ),
        t(
            format!(
                "Khai báo trong 'standards' tiêu chuẩn thành phần áp dụng cho {lv}, tối thiểu một trong: {need}."
            ),
            format!(
                "Declare in 'standards' the standard the component applies for {le}, at least one of: {need}."
            ),
        ),
    )
}

/// Whether a component faces the Internet: as declared, else by its kind or connectivity.
fn internet_facing(comp: &Component) -> bool {
    comp.internet_facing.unwrap_or_else(|| {
        matches!(
            comp.kind(),
            Some(
                ComponentKind::Portal
                    | ComponentKind::OnlineService
                    | ComponentKind::OneStop
                    | ComponentKind::MobileApp
            )
        ) || comp.connectivity.as_ref().and_then(|c| c.known()) == Some(Connectivity::Internet)
    })
}

fn ipv6(cx: &mut Cx<'_>) {
    let facing: Vec<&Component> =
        cx.p.components
            .iter()
            .filter(|c| internet_facing(c))
            .collect();
    cx.c.consider("CONF-07", facing.len());
    for comp in facing {
        let (o, detail) = match comp.ipv6 {
            Some(true) => continue,
            Some(false) => (
                Outcome::Fail,
                t(
                    "kết nối Internet nhưng không hỗ trợ IPv6",
                    "faces the Internet without IPv6",
                ),
            ),
            None => (
                Outcome::Review,
                t(
                    "kết nối Internet nhưng không khai báo khả năng IPv6 (ipv6)",
                    "faces the Internet but does not state IPv6 readiness (ipv6)",
                ),
            ),
        };
        cx.finding(
            "CONF-07",
            &comp.id,
            o,
            &comp.name,
            detail,
            t(
                "Bảo đảm sẵn sàng IPv6 (mục 1.11 Danh mục ban hành kèm theo Thông tư số 39/2017/TT-BTTTT) và khai báo ipv6: true.",
                "Make it IPv6-ready (Circular No. 39/2017/TT-BTTTT, row 1.11) and declare ipv6: true.",
            ),
        );
        // From 01/7/2026 a department's or commune's website must support IPv6 by NĐ 224/2026
        // khoản 4 Điều 11 as well.
        if cx.as_of >= crate::regime::ND224_FROM
            && super::law2026::department_or_commune_site(cx, comp)
            && let Some(f) = cx.c.findings.last_mut()
        {
            f.basis.cite_also(crate::legal::Citation {
                instrument: "NĐ 224/2026/NĐ-CP".into(),
                article: Some(
                    "khoản 4 Điều 11 (cổng, trang thông tin điện tử dùng tên miền “.vn”, hỗ trợ IPv6)"
                        .into(),
                ),
                status: crate::legal::Status::Secondary,
                effective: crate::date::Period {
                    from: Some(crate::regime::ND224_FROM),
                    to: None,
                },
            });
        }
    }
}

fn online_services(cx: &mut Cx<'_>) {
    let tthc =
        cx.b.model
            .elements()
            .iter()
            .filter(|e| e.kind == "one-stop" && e.scope() == Some(Scope::Province))
            .min_by(|a, b| a.id.cmp(&b.id));
    let services: Vec<&Component> = cx
        .p
        .components
        .iter()
        .filter(|c| c.kind() == Some(ComponentKind::OnlineService) || c.online_service.is_some())
        .collect();
    let Some(tthc) = tthc else {
        cx.c.consider("CONF-09", 0);
        return;
    };
    cx.c.consider("CONF-09", services.len());
    let is_tthc = |r: &str| cx.b.model.element(r).is_some_and(|e| e.id == tthc.id);
    for comp in services {
        let connected = comp.maps_to.iter().any(|m| is_tthc(m))
            || cx.p.integrations.iter().any(|i| {
                (i.from == comp.id && is_tthc(&i.to)) || (i.to == comp.id && is_tthc(&i.from))
            });
        if connected {
            continue;
        }
        cx.finding_on(
            "CONF-09",
            &comp.id,
            Outcome::Fail,
            &comp.name,
            t(
                format!("dịch vụ công trực tuyến không kết nối với {} ({})", tthc.name.primary(), tthc.id),
                format!("the online service is not connected to {} ({})", tthc.name.get(crate::Lang::En), tthc.id),
            ),
            t(
                format!("Kết nối với {} qua LGSP (khai báo integrations), để đồng bộ với Cổng Dịch vụ công quốc gia.", tthc.id),
                format!("Connect it to {} through the LGSP (declare it in integrations), so that it synchronises with the National Public Service Portal.", tthc.id),
            ),
            None,
            &[tthc],
        );
    }
}

fn catalogues(cx: &mut Cx<'_>) {
    let mut known: Vec<String> = vec!["admin-units".into(), "agency-eid".into()];
    for e in
        cx.b.model
            .elements()
            .iter()
            .filter(|e| e.kind == "catalogue")
    {
        known.push(e.id.clone());
        known.extend(e.aliases.iter().cloned());
    }
    let subjects: Vec<&Component> =
        cx.p.components
            .iter()
            .filter(|c| {
                matches!(
                    c.kind(),
                    Some(
                        ComponentKind::OneStop
                            | ComponentKind::OnlineService
                            | ComponentKind::Database
                            | ComponentKind::Platform
                    )
                )
            })
            .collect();
    cx.c.consider("CONF-12", subjects.len());
    let fix = t(
        "Dùng danh mục điện tử dùng chung (admin-units: đơn vị hành chính theo QĐ 124/2004; agency-eid: mã định danh theo QCVN 102:2016) và khai báo trong 'catalogues'.",
        "Use the shared e-catalogues (admin-units: administrative units per QĐ 124/2004; agency-eid: e-ID codes per QCVN 102:2016) and declare them in 'catalogues'.",
    );
    for comp in subjects {
        let private: Vec<&str> = comp
            .catalogues
            .iter()
            .filter(|c| !known.contains(c))
            .map(String::as_str)
            .collect();
        let (o, detail) = if !private.is_empty() {
            let p = private.join(", ");
            (
                Outcome::Fail,
                t(
                    format!("dùng bảng mã riêng không thuộc danh mục dùng chung: {p}"),
                    format!("uses private code lists outside the shared catalogues: {p}"),
                ),
            )
        } else if comp.catalogues.is_empty() {
            (
                Outcome::Review,
                t(
                    "không khai báo danh mục điện tử dùng chung nào (catalogues)",
                    "declares no shared e-catalogue (catalogues)",
                ),
            )
        } else {
            continue;
        };
        cx.finding("CONF-12", &comp.id, o, &comp.name, detail, fix.clone());
    }
}
