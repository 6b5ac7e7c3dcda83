//! Mapping to the architecture: extras (CONF-01), duplication (CONF-02), private copies of
//! master data (CONF-03), data domains (CONF-04), the owner agency (CONF-13), the roadmap
//! (CONF-14) and the baseline's validity (`baseline-not-current`).

use super::{Cx, t};
use crate::codes::AgencyEid;
use crate::i18n::Name;
use crate::model::Element;
use crate::project::{Component, ComponentStatus};
use crate::report::{Outcome, Severity};
use crate::vocab::{Lifecycle, Scope, Vocabulary};

pub(super) fn check(cx: &mut Cx<'_>) {
    owner(cx);
    extras(cx);
    duplication(cx);
    master_data(cx);
    domains(cx);
    roadmap(cx);
    baseline_current(cx);
}

/// Baseline elements a component names in `maps_to` and `replaces`, and the names that resolve
/// to nothing.
fn named<'a>(cx: &Cx<'a>, comp: &Component) -> (Vec<&'a Element>, Vec<String>) {
    let mut found = Vec::new();
    let mut missing = Vec::new();
    // A component that is part of an architecture element (a provincial part of a national
    // database, a commune site within the provincial portal) maps to it too.
    for r in comp
        .maps_to
        .iter()
        .chain(comp.replaces.as_ref())
        .chain(comp.part_of.as_ref())
    {
        match cx.b.model.element(r) {
            Some(e) => found.push(e),
            None => missing.push(r.clone()),
        }
    }
    (found, missing)
}

fn extras(cx: &mut Cx<'_>) {
    cx.c.consider("CONF-01", cx.p.components.len());
    if cx.p.components.is_empty() {
        let name = cx.p.name.clone();
        cx.finding(
            "CONF-01",
            &cx.p.id.clone(),
            Outcome::Review,
            &name,
            t(
                "dự án không khai báo thành phần nào",
                "the project declares no components",
            ),
            t(
                "Liệt kê các thành phần dự án xây dựng, nâng cấp hoặc thay thế.",
                "List the components the project builds, upgrades or replaces.",
            ),
        );
        return;
    }
    let fw = &cx.b.framework;
    for comp in &cx.p.components {
        let (found, missing) = named(cx, comp);
        let good_codes: Vec<&String> = comp
            .codes
            .iter()
            .filter(|c| fw.refcode_problem(c).is_none())
            .collect();
        if !found.is_empty() || !good_codes.is_empty() {
            continue;
        }
        let layer = fw
            .element_kind(comp.kind.as_str())
            .and_then(|k| k.layer.as_deref())
            .and_then(|l| fw.layer(l));
        let (lvi, len) = match layer {
            Some(l) => (
                format!("thuộc lớp “{}”", l.name.vi),
                format!("in the layer \"{}\"", l.name.en),
            ),
            None => (
                "không thuộc lớp nào của sơ đồ tổng thể".to_string(),
                "in no layer of the overall diagram".to_string(),
            ),
        };
        let (mvi, men) = if missing.is_empty() {
            (String::new(), String::new())
        } else {
            let m = missing.join(", ");
            (
                format!("; tham chiếu không có trong Kiến trúc: {m}"),
                format!("; references not in the architecture: {m}"),
            )
        };
        cx.extras.insert(comp.id.clone());
        cx.finding(
            "CONF-01",
            &comp.id,
            Outcome::Fail,
            &comp.name,
            t(
                format!("thành phần ngoài Kiến trúc ({lvi}): không gắn với phần tử nào (maps_to, replaces) và không có mã mô hình tham chiếu{mvi}"),
                format!("an extra ({len}): it names no architecture element (maps_to, replaces) and carries no reference-model code{men}"),
            ),
            t(
                "Bổ sung vào Kiến trúc hoặc giải trình; hoặc khai báo phần tử Kiến trúc mà thành phần hiện thực hóa (maps_to).",
                "Add it to the architecture, or justify it; or name the architecture element it realises (maps_to).",
            ),
        );
    }
}

/// The scope a component serves: its own, else its owner's, else a single agency.
fn scope_of(cx: &Cx<'_>, comp: &Component) -> Scope {
    comp.scope
        .as_ref()
        .and_then(|s| s.known())
        .or_else(|| cx.owner.and_then(Element::scope))
        .unwrap_or(Scope::Agency)
}

fn in_force(cx: &Cx<'_>, e: &Element) -> bool {
    e.lifecycle() != Some(Lifecycle::Retiring) && e.validity().contains(cx.as_of)
}

/// How a component's function was established; the finding says which.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FunctionFrom {
    Declared,
    Kind,
    Name,
}

impl FunctionFrom {
    fn text(self) -> (&'static str, &'static str) {
        match self {
            FunctionFrom::Declared => ("khai báo", "declared"),
            FunctionFrom::Kind => (
                "suy ra từ loại thành phần",
                "inferred from the component kind",
            ),
            FunctionFrom::Name => ("suy ra từ tên", "inferred from the name"),
        }
    }
}

/// The function of a component: declared, else the only one its kind implies, else from the
/// keywords of its name.
fn function_of<'f>(
    fw: &'f crate::framework::Framework,
    comp: &Component,
) -> Option<(&'f crate::framework::Function, FunctionFrom)> {
    if let Some(f) = &comp.function {
        // An unknown value is a VAL-002 finding; nothing is inferred in its place.
        return fw.function(f).map(|f| (f, FunctionFrom::Declared));
    }
    if let Some(f) = fw.function_of_kind(comp.kind.as_str()) {
        return Some((f, FunctionFrom::Kind));
    }
    fw.function_of_name(comp.name.primary())
        .map(|f| (f, FunctionFrom::Name))
}

/// Whether baseline system `e` already serves a component of `scope` owned by the project's owner.
/// A national system serves national-scope components only; a provincial (or sector) system
/// serves every commune and district of the province; a system of a narrower scope serves only
/// its own agency.
fn serves_scope(cx: &Cx<'_>, e: &Element, scope: Scope) -> bool {
    match e.scope() {
        Some(Scope::National) => scope == Scope::National,
        Some(s @ (Scope::Province | Scope::Sector)) => {
            scope != Scope::National && s.rank() >= scope.rank()
        }
        Some(s) => {
            let same_owner = match (e.owner.as_deref(), cx.owner) {
                (Some(o), Some(a)) => cx.b.model.element(o).is_some_and(|x| x.id == a.id),
                _ => false,
            };
            same_owner && s.rank() >= scope.rank()
        }
        None => false,
    }
}

fn duplication(cx: &mut Cx<'_>) {
    let fw = &cx.b.framework;
    let mut n = 0;
    let mut out = Vec::new();
    for comp in &cx.p.components {
        if comp.kind().is_none() {
            continue;
        }
        n += 1;
        let (found, _) = named(cx, comp);
        let status = comp.status.as_ref().and_then(|s| s.known());
        if matches!(
            status,
            Some(ComponentStatus::Upgrade | ComponentStatus::Replace)
        ) {
            if found.is_empty() {
                out.push((
                    comp,
                    Outcome::Review,
                    None,
                    t(
                        "được khai báo là nâng cấp/thay thế nhưng không nêu hệ thống nào của Kiến trúc (maps_to, replaces)",
                        "is declared an upgrade or replacement but names no architecture system (maps_to, replaces)",
                    ),
                    t("Nêu hệ thống được nâng cấp hoặc thay thế.", "Name the system it upgrades or replaces."),
                    Vec::new(),
                ));
            }
            continue;
        }
        // A new component that names an existing system: an upgrade, or a second one?
        let existing: Vec<&Element> = found
            .iter()
            .copied()
            .filter(|e| e.lifecycle() == Some(Lifecycle::Existing) && in_force(cx, e))
            .collect();
        if status == Some(ComponentStatus::New) && !existing.is_empty() {
            let (ids, ids_en) = list(&existing);
            out.push((
                comp,
                Outcome::Review,
                None,
                t(
                    format!("được khai báo là xây mới (status: new) nhưng gắn với hệ thống đang vận hành {ids}: nâng cấp hay xây mới?"),
                    format!("is declared new (status: new) but maps to the operating system {ids_en}: an upgrade, or a new build?"),
                ),
                t(
                    format!("Nếu nâng cấp {ids}, khai báo status: upgrade; nếu xây mới, giải trình vì sao không dùng lại hệ thống đang có."),
                    format!("If it upgrades {ids_en}, declare status: upgrade; if it is a new build, justify why the existing system is not reused."),
                ),
                existing,
            ));
            continue;
        }
        let Some((function, from)) = function_of(fw, comp) else {
            continue;
        };
        // A component that names a system of its own function is that system (building a planned
        // one, or extending one): it duplicates nothing.
        if found.iter().any(|e| {
            e.function
                .as_deref()
                .and_then(|f| fw.function(f))
                .is_some_and(|f| f.id == function.id)
        }) {
            continue;
        }
        let scope = scope_of(cx, comp);
        let domains: Vec<&str> =
            cx.p.data
                .iter()
                .filter(|d| d.component.as_deref() == Some(comp.id.as_str()))
                .filter_map(|d| d.domain.as_deref())
                .collect();
        let candidates: Vec<&Element> =
            cx.b.model
                .elements()
                .iter()
                .filter(|e| {
                    e.function
                        .as_deref()
                        .and_then(|f| fw.function(f))
                        .is_some_and(|f| f.id == function.id)
                        && in_force(cx, e)
                        && !found.iter().any(|f| f.id == e.id)
                        && serves_scope(cx, e, scope)
                        && (!function.per_data_domain
                            || e.data_domain
                                .as_deref()
                                .is_some_and(|d| domains.contains(&d)))
                })
                .collect();
        // Name the closest systems: those of the narrowest scope that serves the component.
        let narrowest = candidates
            .iter()
            .filter_map(|e| e.scope())
            .map(Scope::rank)
            .min();
        let mut reuse: Vec<&Element> = candidates
            .into_iter()
            .filter(|e| e.scope().map(Scope::rank) == narrowest)
            .collect();
        reuse.sort_by(|a, b| a.id.cmp(&b.id));
        if reuse.is_empty() {
            continue;
        }
        let (ids, ids_en) = list(&reuse);
        let (how, how_en) = from.text();
        let severity = (from == FunctionFrom::Name).then_some(Severity::Warning);
        out.push((
            comp,
            Outcome::Fail,
            severity,
            t(
                format!(
                    "có chức năng “{}” ({how}), trùng lặp với hệ thống đã có hoặc đã quy hoạch trong Kiến trúc và đã phục vụ {}: {ids}",
                    function.name.vi, scope_vi(scope)
                ),
                format!(
                    "has the function \"{}\" ({how_en}) and duplicates a system the architecture already has or plans, which already serves the scope {}: {ids_en}",
                    function.name.en, scope.as_str()
                ),
            ),
            t(
                format!("Dùng lại {ids} (khai báo maps_to và nâng cấp nếu cần) thay vì xây mới."),
                format!("Reuse {ids_en} (declare maps_to and upgrade it if needed) instead of building a new one."),
            ),
            reuse,
        ));
    }
    cx.c.consider("CONF-02", n);
    for (comp, outcome, severity, detail, fix, facts) in out {
        cx.finding_on(
            "CONF-02", &comp.id, outcome, &comp.name, detail, fix, severity, &facts,
        );
    }
}

/// A scope as Vietnamese administrative text.
fn scope_vi(scope: Scope) -> &'static str {
    match scope {
        Scope::Agency => "phạm vi một cơ quan",
        Scope::Commune => "cấp xã",
        Scope::District => "cấp huyện",
        Scope::Province => "cấp tỉnh",
        Scope::Sector => "phạm vi ngành",
        Scope::National => "phạm vi quốc gia",
    }
}

/// `name (id); name (id)` in Vietnamese and in English.
fn list(elements: &[&Element]) -> (String, String) {
    let vi = elements
        .iter()
        .map(|e| format!("{} ({})", e.name.primary(), e.id))
        .collect::<Vec<_>>()
        .join("; ");
    let en = elements
        .iter()
        .map(|e| format!("{} ({})", e.name.get(crate::Lang::En), e.id))
        .collect::<Vec<_>>()
        .join("; ");
    (vi, en)
}

/// Whether `store` is the provincial part of `holder`: it declares `part_of` the holder, or its
/// component is synchronised with the holder through the LGSP/NGSP. Returns how, in Vietnamese
/// and English.
fn is_part(
    cx: &Cx<'_>,
    store: &crate::project::DataStore,
    holder: &Element,
) -> Option<(String, String)> {
    if store
        .part_of
        .as_deref()
        .and_then(|p| cx.b.model.element(p))
        .is_some_and(|e| e.id == holder.id)
    {
        return Some(t("khai báo part_of", "declared part_of"));
    }
    let comp = store.component.as_deref()?;
    let is_holder = |r: &str| cx.b.model.element(r).is_some_and(|e| e.id == holder.id);
    cx.p.integrations
        .iter()
        .find(|i| {
            matches!(
                i.via.as_ref().and_then(|v| v.known()),
                Some(crate::project::Via::Lgsp | crate::project::Via::Ngsp)
            ) && ((i.from == comp && is_holder(&i.to)) || (i.to == comp && is_holder(&i.from)))
        })
        .map(|i| {
            let via = i
                .via
                .as_ref()
                .map(|v| v.as_str().to_uppercase())
                .unwrap_or_default();
            t(
                format!("đồng bộ qua {via}"),
                format!("synchronised through {via}"),
            )
        })
}

fn master_data(cx: &mut Cx<'_>) {
    cx.c.consider("CONF-03", cx.p.data.len());
    let holders: Vec<&Element> =
        cx.b.model
            .elements()
            .iter()
            .filter(|e| !e.master.is_empty())
            .collect();
    let mut known: Vec<&str> = holders
        .iter()
        .flat_map(|e| e.master.iter().map(String::as_str))
        .collect();
    known.sort_unstable();
    known.dedup();
    for store in &cx.p.data {
        for m in &store.master {
            match holders.iter().find(|e| e.master.contains(m)) {
                Some(holder)
                    if holder.provincial_parts.is_some()
                        && is_part(cx, store, holder).is_some() =>
                {
                    let how = is_part(cx, store, holder).unwrap_or_default();
                    let law = holder
                        .provincial_parts
                        .as_deref()
                        .map(|b| b.display_in(crate::Lang::Vi))
                        .unwrap_or_default();
                    let law_en = holder
                        .provincial_parts
                        .as_deref()
                        .map(|b| b.display_in(crate::Lang::En))
                        .unwrap_or_default();
                    let h = format!("{} ({})", holder.name.primary(), holder.id);
                    let h_en = format!("{} ({})", holder.name.get(crate::Lang::En), holder.id);
                    cx.finding_on(
                        "CONF-03",
                        &store.id,
                        Outcome::Pass,
                        &Name::Plain(store.id.clone()),
                        t(
                            format!("lưu dữ liệu chủ “{m}” là phần cấp tỉnh của {h} ({}), được pháp luật xây dựng từ các phần của địa phương ({law}): không phải bản sao riêng", how.0),
                            format!("keeps the master data '{m}' as the provincial part of {h_en} ({}), which the law builds from local parts ({law_en}): not a private copy", how.1),
                        ),
                        t(
                            format!("Bảo đảm đồng bộ với {h} qua LGSP/NGSP theo quy định của cơ quan quản lý CSDL quốc gia."),
                            format!("Keep it synchronised with {h_en} through the LGSP/NGSP as the national database's owner requires."),
                        ),
                        Some(Severity::Info),
                        &[holder],
                    );
                    // The note rests on the instrument that builds the database from local parts.
                    if let (Some(f), Some(b)) =
                        (cx.c.findings.last_mut(), holder.provincial_parts.as_deref())
                    {
                        f.basis.weaken(b.status);
                    }
                }
                Some(holder) => {
                    let h = format!("{} ({})", holder.name.primary(), holder.id);
                    let h_en = format!("{} ({})", holder.name.get(crate::Lang::En), holder.id);
                    cx.finding_on(
                        "CONF-03",
                        &store.id,
                        Outcome::Fail,
                        &Name::Plain(store.id.clone()),
                        t(
                            format!("lưu bản sao riêng dữ liệu chủ “{m}” do {h} quản lý"),
                            format!("keeps a private copy of the master data '{m}' held by {h_en}"),
                        ),
                        t(
                            format!("Khai thác {h} qua LGSP của tỉnh (kết nối NGSP/NDXP) thay vì lưu dữ liệu gốc về công dân, tổ chức."),
                            format!("Consume {h_en} through the province's LGSP (connected to NGSP/NDXP) instead of keeping the master data."),
                        ),
                        None,
                        &[holder],
                    );
                }
                None => super::document::unknown(cx, &store.id, "master", m, &known),
            }
        }
    }
}

fn domains(cx: &mut Cx<'_>) {
    let fw = &cx.b.framework;
    let mut out = Vec::new();
    let mut n = 0;
    for store in &cx.p.data {
        n += 1;
        if let Some(c) = &store.component
            && cx.p.components.iter().all(|comp| comp.id != *c)
        {
            out.push((
                store.id.clone(),
                Outcome::Review,
                t(
                    format!("kho dữ liệu thuộc thành phần “{c}”, không có trong dự án"),
                    format!("the data store belongs to the component '{c}', which the project does not have"),
                ),
            ));
        }
        let problem = match &store.domain {
            None => Some((
                Outcome::Fail,
                t(
                    "chưa được phân loại theo miền dữ liệu tham chiếu",
                    "is not classified in a data reference domain",
                ),
            )),
            Some(d) if fw.data_domain(d).is_some() => None,
            Some(d) if d.starts_with("DRM") => fw.refcode_problem(d).map(|(vi, en)| {
                (
                    Outcome::Fail,
                    t(
                        format!("miền dữ liệu “{d}” không hợp lệ: {vi}"),
                        format!("the data domain '{d}' is invalid: {en}"),
                    ),
                )
            }),
            Some(d) => Some((
                Outcome::Fail,
                t(
                    format!("miền dữ liệu “{d}” không phải mã DRM hay miền dữ liệu của Khung"),
                    format!(
                        "the data domain '{d}' is neither a DRM code nor a domain of the framework"
                    ),
                ),
            )),
        };
        if let Some((o, detail)) = problem {
            out.push((store.id.clone(), o, detail));
        }
    }
    for comp in
        cx.p.components
            .iter()
            .filter(|c| c.kind() == Some(crate::project::ComponentKind::Database))
    {
        n += 1;
        if !cx
            .p
            .data
            .iter()
            .any(|d| d.component.as_deref() == Some(comp.id.as_str()))
        {
            out.push((
                comp.id.clone(),
                Outcome::Review,
                t(
                    "là cơ sở dữ liệu nhưng không khai báo kho dữ liệu (data) và miền dữ liệu",
                    "is a database but declares no data store (data) with its domain",
                ),
            ));
        }
    }
    cx.c.consider("CONF-04", n);
    let domains: Vec<&str> = fw.doc.data_domains.iter().map(|d| d.id.as_str()).collect();
    let list = domains.join(", ");
    for (subject, o, detail) in out {
        cx.finding(
            "CONF-04",
            &subject,
            o,
            &Name::Plain(subject.clone()),
            detail,
            t(
                format!("Ghi 'domain' là một miền dữ liệu của Khung ({list}) hoặc một mã DRM, ví dụ DRM001.002."),
                format!("Set 'domain' to a framework data domain ({list}) or a DRM code such as DRM001.002."),
            ),
        );
    }
}

fn owner(cx: &mut Cx<'_>) {
    cx.c.consider("CONF-13", 1);
    let subject = cx.p.id.clone();
    let name = cx.p.name.clone();
    let Some(owner) = cx.p.owner.clone() else {
        cx.finding(
            "CONF-13",
            &subject,
            Outcome::Review,
            &name,
            t(
                "không khai báo cơ quan chủ quản (owner)",
                "declares no owner agency (owner)",
            ),
            t(
                "Ghi mã định danh hoặc mã phần tử của cơ quan chủ quản.",
                "Give the owner agency's e-ID code or element id.",
            ),
        );
        return;
    };
    let agencies = || cx.b.model.elements().iter().filter(|e| e.kind == "agency");
    let by_id = cx.b.model.element(&owner);
    let by_eid = agencies().find(|e| e.eid.as_deref() == Some(owner.as_str()));
    let agency = match (by_id, by_eid) {
        (Some(e), _) | (None, Some(e)) => e,
        (None, None) => {
            let (o, detail) = match AgencyEid::parse(&owner) {
                Ok(_) => (
                    Outcome::Review,
                    t(
                        format!(
                            "cơ quan chủ quản có mã định danh “{owner}” hợp lệ nhưng không có trong danh sách cơ quan của Kiến trúc"
                        ),
                        format!(
                            "the owner's e-ID code '{owner}' is valid but not among the architecture's agencies"
                        ),
                    ),
                ),
                Err(reason) => (
                    Outcome::Fail,
                    t(
                        format!(
                            "cơ quan chủ quản “{owner}” không có trong Kiến trúc và không phải mã định danh hợp lệ ({reason})"
                        ),
                        format!(
                            "the owner '{owner}' is not in the architecture and is not a valid e-ID code ({reason})"
                        ),
                    ),
                ),
            };
            cx.finding(
                "CONF-13",
                &subject,
                o,
                &name,
                detail,
                t(
                    "Dùng mã định danh theo QCVN 102:2016 hoặc mã phần tử cơ quan trong Kiến trúc.",
                    "Use a QCVN 102:2016 e-ID code or the agency's element id in the architecture.",
                ),
            );
            return;
        }
    };
    let (o, detail) = if agency.kind != "agency" {
        (
            Outcome::Fail,
            t(
                format!("“{owner}” là {}, không phải cơ quan", agency.kind),
                format!("'{owner}' is a {}, not an agency", agency.kind),
            ),
        )
    } else if !agency.validity().contains(cx.as_of) {
        let (next_vi, next_en) = super::law2026::successors(cx, &agency.id);
        (
            Outcome::Fail,
            t(
                format!(
                    "cơ quan {} không còn tồn tại vào ngày {} (hiệu lực {}){next_vi}",
                    agency.name.primary(),
                    cx.as_of,
                    agency.validity()
                ),
                format!(
                    "the agency {} does not exist on {} (valid {}){next_en}",
                    agency.name.get(crate::Lang::En),
                    cx.as_of,
                    agency.validity()
                ),
            ),
        )
    } else {
        match agency.eid.as_deref().map(AgencyEid::parse) {
            None => (
                Outcome::Review,
                t(
                    format!(
                        "chưa biết mã định danh điện tử của {} (eid: null)",
                        agency.name.primary()
                    ),
                    format!(
                        "the e-ID code of {} is not known (eid: null)",
                        agency.name.get(crate::Lang::En)
                    ),
                ),
            ),
            Some(Err(reason)) => (
                Outcome::Fail,
                t(
                    format!("mã định danh của cơ quan không hợp lệ: {reason}"),
                    format!("the agency's e-ID code is invalid: {reason}"),
                ),
            ),
            Some(Ok(_)) => {
                cx.owner = Some(agency);
                return;
            }
        }
    };
    if agency.kind == "agency" {
        cx.owner = Some(agency);
    }
    cx.finding(
        "CONF-13",
        &subject,
        o,
        &name,
        detail,
        t(
            "Xác định cơ quan chủ quản hiện hành và mã định danh theo QCVN 102:2016.",
            "Identify the current owner agency and its QCVN 102:2016 e-ID code.",
        ),
    );
}

fn roadmap(cx: &mut Cx<'_>) {
    let Some(r) = cx.b.model.doc().roadmap else {
        cx.c.consider("CONF-14", 0);
        return;
    };
    cx.c.consider("CONF-14", 1);
    let subject = cx.p.id.clone();
    let name = cx.p.name.clone();
    let fix = t(
        format!(
            "Bố trí dự án trong lộ trình {}–{} của Kiến trúc, hoặc giải trình.",
            r.start, r.end
        ),
        format!(
            "Schedule the project within the architecture's {}–{} roadmap, or justify it.",
            r.start, r.end
        ),
    );
    let (o, detail) = match cx.p.phase {
        None => (
            Outcome::Review,
            t(
                "không khai báo giai đoạn thực hiện (phase)",
                "declares no phase",
            ),
        ),
        Some(ph) if ph.start > ph.end => (
            Outcome::Fail,
            t(
                format!("giai đoạn {}–{} bắt đầu sau khi kết thúc", ph.start, ph.end),
                format!("the phase {}–{} starts after it ends", ph.start, ph.end),
            ),
        ),
        Some(ph) if ph.start >= r.start && ph.end <= r.end => return,
        Some(ph) => (
            Outcome::Fail,
            t(
                format!(
                    "giai đoạn {}–{} nằm ngoài lộ trình {}–{} của Kiến trúc",
                    ph.start, ph.end, r.start, r.end
                ),
                format!(
                    "the phase {}–{} lies outside the architecture's {}–{} roadmap",
                    ph.start, ph.end, r.start, r.end
                ),
            ),
        ),
    };
    cx.finding("CONF-14", &subject, o, &name, detail, fix);
}

fn baseline_current(cx: &mut Cx<'_>) {
    let validity = cx.b.model.doc().validity();
    if validity.from.is_none() && validity.to.is_none() {
        cx.c.consider("baseline-not-current", 0);
        return;
    }
    cx.c.consider("baseline-not-current", 1);
    if validity.contains(cx.as_of) {
        return;
    }
    let subject = cx.p.id.clone();
    let bname = cx.b.model.doc().name.clone();
    let (in_force, fix) = super::law2026::not_current(cx);
    cx.finding(
        "baseline-not-current",
        &subject,
        Outcome::Fail,
        &bname,
        t(
            format!(
                "Kiến trúc có hiệu lực {}, không bao gồm ngày kiểm tra {}{}",
                validity.vi(),
                cx.as_of.vi(),
                in_force.0
            ),
            format!(
                "the baseline is valid {}, which does not include the check date {}{}",
                validity, cx.as_of, in_force.1
            ),
        ),
        fix,
    );
}
