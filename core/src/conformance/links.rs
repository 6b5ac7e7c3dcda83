//! Connections and standards: integrations through the LGSP/NGSP (CONF-05), the standards
//! catalogue (CONF-06), IPv6 (CONF-07), online services connected to the provincial
//! administrative-procedure system (CONF-09) and shared e-catalogues (CONF-12).

use super::{Cx, Target};
use crate::i18n::{Arg, Args, Lang, Name, Text};
use crate::legal::Basis;
use crate::model::Element;
use crate::project::{Component, ComponentKind, Connectivity, Via};
use crate::report::Outcome;
use crate::rules::{Say, meta};
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
    let m = meta("CONF-05");
    let mut out = Vec::new();
    for i in &cx.p.integrations {
        let (a, b) = (cx.resolve(&i.from), cx.resolve(&i.to));
        let missing: Vec<&str> = [(&i.from, a), (&i.to, b)]
            .into_iter()
            .filter(|(_, t)| matches!(t, Target::Missing))
            .map(|(r, _)| r.as_str())
            .collect();
        if !missing.is_empty() {
            let say = Say::new("unresolved-end", "use-known-end").arg("ends", missing.join(", "));
            out.push((i.key(), Outcome::Review, say, Vec::new()));
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
            Some(Via::Direct) => "direct",
            _ => "no-platform",
        };
        let optional = |on: bool, key: &str| -> Arg<'_> {
            if on {
                m.phrase(key, &Args::new()).into()
            } else {
                "".into()
            }
        };
        let label = |r: &str| Text::new(cx.label(r, Lang::Vi), cx.label(r, Lang::En));
        let platform = Text::new(
            format!("{} ({})", lgsp.1.get(Lang::Vi), lgsp.0),
            format!("{} ({})", lgsp.1.get(Lang::En), lgsp.0),
        );
        let fix = if national {
            "use-platform-national"
        } else {
            "use-platform"
        };
        let say = Say::new("cross-agency", fix)
            .arg("from", label(&i.from))
            .both("to", label(&i.to))
            .arg("national", optional(national, "with-national"))
            .arg("whose", optional(unknown, "owner-unknown"))
            .arg("how", m.phrase(how, &Args::new()))
            .fix("platform", platform);
        out.push((i.key(), Outcome::Fail, say, facts));
    }
    for (subject, o, say, facts) in out {
        cx.say_on("CONF-05", &subject, o, say, None, &facts);
    }
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
            let (o, say) = match cat.evaluate(r, &decl) {
                RowMatch::Met(_) | RowMatch::Recommended(_) => continue,
                RowMatch::Conflict(names) => (
                    Outcome::Fail,
                    Say::new("conflict", "replace").both("declared", names.join(", ")),
                ),
                RowMatch::NotDeclared => (
                    Outcome::Review,
                    Say::new("not-declared", "declare")
                        .arg("because", applies_because(row, kind.as_str(), &decl)),
                ),
            };
            let say = say
                .arg("name", &comp.name)
                .both("row", row_label(row))
                .arg(
                    "instrument",
                    Text::new(
                        crate::legal::full_numbers(&inst, Lang::Vi),
                        crate::legal::full_numbers(&inst, Lang::En),
                    ),
                )
                .arg("met_by", what_meets(row))
                .fix("need", row.mandatory_names().join(", "));
            let article = row
                .source
                .article
                .clone()
                .unwrap_or_else(|| phrase("basis-row", Args::new().with("row", &row.id)).vi);
            let basis = Basis {
                instrument: inst,
                article: Some(article),
                status: row.source.status,
                effective: row.source.effective,
                cites: Vec::new(),
            };
            out.push((comp.id.clone(), o, say, basis));
        }
    }
    cx.c.consider("CONF-06", n);
    for (subject, o, say, basis) in out {
        cx.say("CONF-06", &subject, o, say);
        if let Some(f) = cx.c.findings.last_mut()
            && f.rule == "CONF-06"
            && f.subject == subject
        {
            f.basis = basis;
        }
    }
}

/// CONF-06's phrase `key`.
fn phrase(key: &str, args: Args<'_>) -> Text {
    meta("CONF-06").phrase(key, &args)
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
fn row_label(row: &StandardRow) -> Text {
    phrase(
        "row",
        Args::new().with("row", &row.id).with("title", &row.name),
    )
}

/// What meets a row, for messages: its mandatory standards, then recommended ones, newer versions
/// and recorded equivalents.
fn what_meets(row: &StandardRow) -> Text {
    let listed = |key: &str, names: String| phrase(key, Args::new().with("standards", names));
    let mut parts = vec![listed("mandatory", row.mandatory_names().join(", "))];
    let recommended = row.recommended_names();
    if !recommended.is_empty() {
        parts.push(listed("recommended", recommended.join(", ")));
    }
    if !row.newer.is_empty() {
        parts.push(listed("newer", row.newer.join(", ")));
    }
    for (std, eq) in row.equivalents() {
        let args = Args::new()
            .with("standards", eq.names.join(", "))
            .with("standard", &std.name);
        parts.push(phrase("equivalent", args));
    }
    super::levels::join(parts.iter())
}

/// Why a row nothing of whose function is declared applies: the component's kind implies it, or
/// a standard it declares does.
fn applies_because(row: &StandardRow, kind: &str, declared: &[String]) -> Text {
    if row.implied_by.iter().any(|k| k == kind) {
        let vi = crate::labels::value("component kind", kind).map_or(kind, |v| v.vi.as_str());
        return phrase(
            "kind-implies",
            Args::new().with("kind", Text::new(vi, kind)),
        );
    }
    let implying: Vec<&str> = declared
        .iter()
        .filter(|d| {
            let n = normalise(d);
            row.implied_by_standards.iter().any(|i| normalise(i) == n)
        })
        .map(String::as_str)
        .collect();
    phrase(
        "declared-implies",
        Args::new().with("standards", implying.join(", ")),
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
        let (o, key) = match comp.ipv6 {
            Some(true) => continue,
            Some(false) => (Outcome::Fail, "no-ipv6"),
            None => (Outcome::Review, "ipv6-not-stated"),
        };
        let say = Say::new(key, "ipv6").arg("name", &comp.name);
        cx.say("CONF-07", &comp.id, o, say);
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
        let system = Text::new(
            format!("{} ({})", tthc.name.get(Lang::Vi), tthc.id),
            format!("{} ({})", tthc.name.get(Lang::En), tthc.id),
        );
        let say = Say::new("not-connected", "connect")
            .arg("name", &comp.name)
            .arg("system", system)
            .fix("id", &tthc.id);
        cx.say_on("CONF-09", &comp.id, Outcome::Fail, say, None, &[tthc]);
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
    for comp in subjects {
        let private: Vec<&str> = comp
            .catalogues
            .iter()
            .filter(|c| !known.contains(c))
            .map(String::as_str)
            .collect();
        let (o, say) = if !private.is_empty() {
            let say =
                Say::new("private-lists", "shared-catalogues").arg("lists", private.join(", "));
            (Outcome::Fail, say)
        } else if comp.catalogues.is_empty() {
            (Outcome::Review, Say::new("not-stated", "shared-catalogues"))
        } else {
            continue;
        };
        cx.say("CONF-12", &comp.id, o, say.arg("name", &comp.name));
    }
}
