//! Mapping to the architecture: extras (CONF-01), duplication (CONF-02), private copies of
//! master data (CONF-03), data domains (CONF-04), the owner agency (CONF-13), the roadmap
//! (CONF-14) and the baseline's validity (`baseline-not-current`).

use super::Cx;
use crate::codes::AgencyEid;
use crate::i18n::{Arg, Args, Lang, Text};
use crate::model::Element;
use crate::project::{Component, ComponentStatus};
use crate::report::{Outcome, Severity};
use crate::rules::{Say, meta};
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
        let say = Say::new("no-components", "list-components").arg("name", &cx.p.name);
        cx.say("CONF-01", &cx.p.id.clone(), Outcome::Review, say);
        return;
    }
    let fw = &cx.b.framework;
    let m = meta("CONF-01");
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
        let layer = match layer {
            Some(l) => m.phrase("in-layer", &Args::new().with("layer", &l.name)),
            None => m.phrase("no-layer", &Args::new()),
        };
        let missing: Arg<'_> = if missing.is_empty() {
            "".into()
        } else {
            let args = Args::new().with("references", missing.join(", "));
            m.phrase("missing-references", &args).into()
        };
        cx.extras.insert(comp.id.clone());
        let say = Say::new("extra", "add-or-justify")
            .arg("name", &comp.name)
            .arg("layer", layer)
            .arg("missing", missing);
        cx.say("CONF-01", &comp.id, Outcome::Fail, say);
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
    /// CONF-02's phrase saying how.
    fn text(self) -> Text {
        let key = match self {
            FunctionFrom::Declared => "declared",
            FunctionFrom::Kind => "from-kind",
            FunctionFrom::Name => "from-name",
        };
        meta("CONF-02").phrase(key, &Args::new())
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
                let say = Say::new("upgrade-names-nothing", "name-system");
                out.push((comp, Outcome::Review, None, say, Vec::new()));
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
            let say = Say::new("new-maps-to-existing", "upgrade-or-justify")
                .both("systems", list(&existing));
            out.push((comp, Outcome::Review, None, say, existing));
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
        let severity = (from == FunctionFrom::Name).then_some(Severity::Warning);
        // The scope in administrative words: "cấp xã", "phạm vi một cơ quan".
        let scope = meta("CONF-02").phrase(&format!("scope-{}", scope.as_str()), &Args::new());
        // A function read from the name is a guess: the suggestion says how to state it, which
        // turns the warning into a verdict either way.
        let fix = if from == FunctionFrom::Name {
            "reuse-inferred"
        } else {
            "reuse"
        };
        let say = Say::new("duplicates", fix)
            .arg("function", &function.name)
            .arg("how", from.text())
            .arg("scope", scope)
            .both("systems", list(&reuse));
        out.push((comp, Outcome::Fail, severity, say, reuse));
    }
    cx.c.consider("CONF-02", n);
    for (comp, outcome, severity, say, facts) in out {
        let say = say.arg("name", &comp.name);
        cx.say_on("CONF-02", &comp.id, outcome, say, severity, &facts);
    }
}

/// `name (id); name (id)` in each language.
fn list(elements: &[&Element]) -> Text {
    let part = |lang| {
        elements
            .iter()
            .map(|e| format!("{} ({})", e.name.get(lang), e.id))
            .collect::<Vec<_>>()
            .join("; ")
    };
    Text::new(part(Lang::Vi), part(Lang::En))
}

/// `name (id)` of a baseline element in each language.
fn named_element(e: &Element) -> Text {
    list(&[e])
}

/// Whether `store` is the provincial part of `holder`: it declares `part_of` the holder, or its
/// component is synchronised with the holder through the LGSP/NGSP. Returns how (CONF-03's
/// phrase).
fn is_part(cx: &Cx<'_>, store: &crate::project::DataStore, holder: &Element) -> Option<Text> {
    let m = meta("CONF-03");
    if store
        .part_of
        .as_deref()
        .and_then(|p| cx.b.model.element(p))
        .is_some_and(|e| e.id == holder.id)
    {
        return Some(m.phrase("declared-part-of", &Args::new()));
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
            m.phrase("synchronised", &Args::new().with("via", via))
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
                        .map_or_else(Text::default, |b| {
                            Text::new(b.display_in(Lang::Vi), b.display_in(Lang::En))
                        });
                    let say = Say::new("provincial-part", "keep-synchronised")
                        .arg("name", &store.id)
                        .arg("master", m)
                        .both("holder", named_element(holder))
                        .arg("how", how)
                        .arg("law", law);
                    let info = Some(Severity::Info);
                    cx.say_on("CONF-03", &store.id, Outcome::Pass, say, info, &[holder]);
                    // The note rests on the instrument that builds the database from local parts.
                    if let (Some(f), Some(b)) =
                        (cx.c.findings.last_mut(), holder.provincial_parts.as_deref())
                    {
                        f.basis.weaken(b.status);
                    }
                }
                Some(holder) => {
                    let say = Say::new("private-copy", "consume")
                        .arg("name", &store.id)
                        .arg("master", m)
                        .both("holder", named_element(holder));
                    cx.say_on("CONF-03", &store.id, Outcome::Fail, say, None, &[holder]);
                }
                None => {
                    let holder = super::document::Holder::Field("master", "master");
                    super::document::unknown(cx, &store.id, holder, m, &known)
                }
            }
        }
    }
}

fn domains(cx: &mut Cx<'_>) {
    let fw = &cx.b.framework;
    let mut out: Vec<(String, Outcome, Say<'_>)> = Vec::new();
    let mut n = 0;
    for store in &cx.p.data {
        n += 1;
        if let Some(c) = &store.component
            && cx.p.components.iter().all(|comp| comp.id != *c)
        {
            let say = Say::new("unknown-component", "set-domain").arg("component", c);
            out.push((store.id.clone(), Outcome::Review, say));
        }
        let problem = match &store.domain {
            None => Some(Say::new("not-classified", "set-domain")),
            Some(d) if fw.data_domain(d).is_some() => None,
            Some(d) if d.starts_with("DRM") => fw.refcode_problem(d).map(|reason| {
                Say::new("invalid-drm", "set-domain")
                    .arg("domain", d)
                    .arg("reason", reason)
            }),
            Some(d) => Some(Say::new("unknown-domain", "set-domain").arg("domain", d)),
        };
        if let Some(say) = problem {
            out.push((store.id.clone(), Outcome::Fail, say));
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
            let say = Say::new("database-without-store", "set-domain");
            out.push((comp.id.clone(), Outcome::Review, say));
        }
    }
    cx.c.consider("CONF-04", n);
    let domains: Vec<&str> = fw.doc.data_domains.iter().map(|d| d.id.as_str()).collect();
    let list = domains.join(", ");
    for (subject, o, say) in out {
        let say = say
            .arg("name", subject.as_str())
            .fix("domains", list.as_str());
        cx.say("CONF-04", &subject, o, say);
    }
}

fn owner(cx: &mut Cx<'_>) {
    let subject = cx.p.id.clone();
    let name = cx.p.name.clone();
    let Some(owner) = cx.p.owner.clone() else {
        cx.c.consider("CONF-13", 1);
        let say = Say::new("no-owner", "give-owner").arg("name", &name);
        cx.say("CONF-13", &subject, Outcome::Review, say);
        return;
    };
    let agencies = || cx.b.model.elements().iter().filter(|e| e.kind == "agency");
    let by_id = cx.b.model.element(&owner);
    let by_eid = agencies().find(|e| e.eid.as_deref() == Some(owner.as_str()));
    // An owner naming no element and not written as a code is an unresolved reference: DOC-003
    // reports it (with a did-you-mean), and CONF-13 has nothing to judge until it is corrected.
    if by_id.is_none() && by_eid.is_none() && super::document::owner_names_an_element(&owner) {
        cx.c.consider("CONF-13", 0);
        return;
    }
    cx.c.consider("CONF-13", 1);
    let agency = match (by_id, by_eid) {
        (Some(e), _) | (None, Some(e)) => e,
        (None, None) => {
            let (o, say) = match AgencyEid::read(&owner) {
                Ok(_) => (Outcome::Review, Say::new("eid-not-in-baseline", "use-eid")),
                Err(reason) => (
                    Outcome::Fail,
                    Say::new("invalid-owner", "use-eid").arg("reason", reason),
                ),
            };
            let say = say.arg("name", &name).arg("owner", owner.as_str());
            cx.say("CONF-13", &subject, o, say);
            return;
        }
    };
    let fw = &cx.b.framework;
    let (o, say) = if agency.kind != "agency" {
        // The kind by its name in the framework ("ứng dụng", "application").
        let kind = fw
            .element_kind(&agency.kind)
            .map_or_else(|| Text::from(agency.kind.as_str()), |k| k.name.clone());
        let say = Say::new("not-an-agency", "identify-owner")
            .arg("owner", owner.as_str())
            .arg("kind", kind);
        (Outcome::Fail, say)
    } else if !agency.validity().contains(cx.as_of) {
        let successors: Arg<'_> = match super::law2026::successors(cx, &agency.id) {
            Some(agencies) => {
                let args = Args::new().with("agencies", agencies);
                meta("CONF-13").phrase("successors", &args).into()
            }
            None => "".into(),
        };
        let v = agency.validity();
        let say = Say::new("dissolved", "identify-owner")
            .arg("agency", &agency.name)
            .arg("date", cx.as_of.text())
            .arg("validity", v.text())
            .arg("successors", successors);
        (Outcome::Fail, say)
    } else {
        match agency.eid.as_deref().map(AgencyEid::read) {
            None => (
                Outcome::Review,
                Say::new("eid-unknown", "identify-owner").arg("agency", &agency.name),
            ),
            Some(Err(reason)) => (
                Outcome::Fail,
                Say::new("invalid-eid", "identify-owner").arg("reason", reason),
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
    cx.say("CONF-13", &subject, o, say.arg("name", &name));
}

fn roadmap(cx: &mut Cx<'_>) {
    let Some(r) = cx.b.model.doc().roadmap else {
        cx.c.consider("CONF-14", 0);
        return;
    };
    cx.c.consider("CONF-14", 1);
    let subject = cx.p.id.clone();
    let (o, say) = match cx.p.phase {
        None => (Outcome::Review, Say::new("no-phase", "schedule")),
        Some(ph) if ph.start > ph.end => (
            Outcome::Fail,
            Say::new("inverted-phase", "schedule")
                .arg("start", ph.start)
                .arg("end", ph.end),
        ),
        Some(ph) if ph.start >= r.start && ph.end <= r.end => return,
        Some(ph) => (
            Outcome::Fail,
            Say::new("outside-roadmap", "schedule")
                .arg("phase", ph.text())
                .arg("roadmap", r.text()),
        ),
    };
    let say = say.arg("name", &cx.p.name).fix("roadmap", r.text());
    cx.say("CONF-14", &subject, o, say);
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
    let (outcome, say) = super::law2026::not_current(cx);
    let say = say
        .arg("name", &cx.b.model.doc().name)
        .arg("validity", validity.text())
        .arg("date", cx.as_of.text());
    cx.say("baseline-not-current", &subject, outcome, say);
}
