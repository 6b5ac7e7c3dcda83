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

use super::{Cx, Target, levels};
use crate::i18n::{Arg, Args, Text};
use crate::project::{
    CitizenAuth, Component, ComponentKind as K, Information, PersonalData, Stage,
};
use crate::regime::{InvestmentRegime, PersonalDataRegime, SecurityRegime};
use crate::report::Outcome;
use crate::rules::{Say, meta};
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
    // The province's plans known for 2026 (openings only; secondary copies).
    let known: Arg<'_> = if cx.as_of.year == 2026 {
        meta("CONF-21").phrase("known-2026", &Args::new()).into()
    } else {
        "".into()
    };
    let subject = cx.p.id.clone();
    let say = Say::new("no-plan", "name-plan")
        .arg("name", &cx.p.name)
        .fix("known", known);
    cx.say("CONF-21", &subject, Outcome::Review, say);
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

/// CONF-15. Under NĐ 13/2023 the articles were not read (the sources quote none), so a missing
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
        if let Some((o, say)) = r {
            cx.say("CONF-15", &comp.id, o, say.arg("name", &comp.name));
        }
    }
}

/// CONF-15's (or CONF-16's) phrase `key` with `args`.
fn phrase(rule: &str, key: &str, args: Args<'_>) -> Text {
    meta(rule).phrase(key, &args)
}

/// `rule`'s phrase `key` (e.g. "không có {items}") listing the phrases `items`, or nothing.
fn listing(rule: &str, key: &str, items: &[&str]) -> Option<Text> {
    if items.is_empty() {
        return None;
    }
    let texts: Vec<Text> = items.iter().map(|i| phrase(rule, i, Args::new())).collect();
    let args = Args::new().with("items", levels::join(texts.iter()));
    Some(phrase(rule, key, args))
}

fn nd13(decl: Option<&PersonalData>) -> Option<(Outcome, Say<'static>)> {
    let Some(d) = decl else {
        return Some((Outcome::Review, Say::new("nd13-not-stated", "nd13")));
    };
    let (missing, negative) = items(d, false);
    if missing.is_empty() && negative.is_empty() {
        return None;
    }
    let all: Vec<Text> = missing
        .iter()
        .chain(negative.iter())
        .map(|k| phrase("CONF-15", k, Args::new()))
        .collect();
    let say = Say::new("nd13-incomplete", "nd13").arg("items", levels::join(all.iter()));
    Some((Outcome::Review, say))
}

/// The declared items of `d` as CONF-15's phrase keys: (missing, declared false).
/// `luat91` cites the articles of Luật 91/2025.
fn items(d: &PersonalData, luat91: bool) -> (Vec<&'static str>, Vec<&'static str>) {
    let rows: [(Option<bool>, &str, &str); 3] = [
        (d.oversight, "oversight", "oversight-luat91"),
        (
            d.protection_unit,
            "protection-unit",
            "protection-unit-luat91",
        ),
        (
            d.breach_notification_72h,
            "breach-notification",
            "breach-notification-luat91",
        ),
    ];
    let mut missing = Vec::new();
    let mut negative = Vec::new();
    for (v, plain, cited) in rows {
        let key = if luat91 { cited } else { plain };
        match v {
            None => missing.push(key),
            Some(false) => negative.push(key),
            Some(true) => {}
        }
    }
    (missing, negative)
}

fn luat91(decl: Option<&PersonalData>) -> Option<(Outcome, Say<'static>)> {
    let Some(d) = decl else {
        return Some((Outcome::Review, Say::new("luat91-not-stated", "luat91")));
    };
    let (missing, negative) = items(d, true);
    // Declared false: the protection unit and the breach notice bind every controller; the
    // oversight mechanism binds processing without consent only.
    let oversight_false = d.oversight == Some(false);
    let o = if negative.len() > usize::from(oversight_false) {
        Outcome::Fail
    } else if !missing.is_empty() || !negative.is_empty() {
        Outcome::Review
    } else {
        return None;
    };
    let mut problems: Vec<Text> = Vec::new();
    problems.extend(listing("CONF-15", "has-no", &negative));
    problems.extend(listing("CONF-15", "not-stated", &missing));
    if oversight_false {
        problems.push(phrase("CONF-15", "oversight-ground", Args::new()));
    }
    let say =
        Say::new("luat91-incomplete", "luat91").arg("problems", levels::join(problems.iter()));
    Some((o, say))
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
    let mut rows: Vec<(Option<bool>, &str)> = vec![
        (d.architecture_compliance, "architecture-compliance"),
        (d.position_in_architecture, "position-in-architecture"),
        (d.ipv6_readiness, "ipv6-readiness"),
        (d.security_option, "security-option"),
        (d.overall_model, "overall-model"),
        (d.logical_model, "logical-model"),
        (d.physical_model, "physical-model"),
    ];
    if keeps_data {
        rows.push((d.data_entity_model, "data-entity-model"));
    }
    let missing: Vec<&str> = rows.iter().filter(|r| r.0.is_none()).map(|r| r.1).collect();
    let negative: Vec<&str> = rows
        .iter()
        .filter(|r| r.0 == Some(false))
        .map(|r| r.1)
        .collect();
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
    let mut problems: Vec<Text> = Vec::new();
    problems.extend(listing("CONF-16", "lacks", &negative));
    problems.extend(listing("CONF-16", "not-stated", &missing));
    let subject = cx.p.id.clone();
    let say = Say::new("design-incomplete", "add-design")
        .arg("name", &cx.p.name)
        .arg("problems", levels::join(problems.iter()));
    cx.say("CONF-16", &subject, o, say);
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
            (false, Some(false)) => Some((Outcome::Fail, "cloud-not-considered")),
            (false, None) => Some((Outcome::Review, "cloud-not-stated")),
        };
        if let Some((o, key)) = r {
            let say = Say::new(key, "cloud").arg("name", &name);
            cx.say("CONF-17", &subject, o, say);
        }
    }
    for (m, systems) in masters.iter().filter(|(_, v)| v.len() > 1) {
        let say = Say::new("master-in-several-systems", "one-system")
            .arg("name", &name)
            .arg("master", m)
            .arg("systems", systems.join(", "));
        cx.say(
            "CONF-17",
            &format!("{subject}:master:{m}"),
            Outcome::Fail,
            say,
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
        let say = match comp.part_of.as_deref() {
            Some(r) if matches!(cx.resolve(r), Target::Missing) => {
                Say::new("part-of-unknown", "portal").arg("part_of", r)
            }
            _ => Say::new("not-part-of-portal", "portal"),
        };
        cx.say(
            "CONF-18",
            &comp.id,
            Outcome::Review,
            say.arg("name", &comp.name),
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
            Some(Some(CitizenAuth::LocalAccounts)) => Some((Outcome::Fail, "local-accounts")),
            Some(Some(CitizenAuth::CentralSso)) => Some((Outcome::Review, "central-sso")),
            Some(None) | None => Some((Outcome::Review, "not-stated")),
        };
        if let Some((o, key)) = r {
            let say = Say::new(key, "vneid").arg("name", &comp.name);
            cx.say("CONF-19", &comp.id, o, say);
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
            Some(false) => Some((Outcome::Fail, "not-separated")),
            None => Some((Outcome::Review, "not-stated")),
        };
        if let Some((o, key)) = r {
            let say = Say::new(key, "separate")
                .arg("name", &comp.name)
                .arg("level", level);
            cx.say("CONF-20", &comp.id, o, say);
        }
    }
}

/// The outcome and what `baseline-not-current` says beyond the dates: the architecture in force
/// on the check date (`in_force`, appended to the message) and how to load it (the suggestion).
///
/// The outcome is a review when the architecture in force is one whose content the tool lacks
/// (3.0, QĐ 1702/QĐ-UBND) and the project's regime lets it apply (NĐ 73/2019; NĐ 45/2026, which
/// accepts "một trong các Khung kiến trúc số hiện hành", secondary): the tool's missing data is
/// not the proposal's defect. It fails when the architecture that applies is available (a
/// successor that is embedded; under NĐ 224/2026, the national framework, khoản 1 Điều 37):
/// checking against an expired one then establishes nothing.
pub(super) fn not_current<'a>(cx: &Cx<'_>) -> (Outcome, Say<'a>) {
    // Before the baseline began, no successor of it applies.
    let began = cx.b.model.doc().validity().from;
    let successor = crate::baseline::successor_in_force(cx.b.id(), cx.as_of)
        .filter(|_| began.is_none_or(|f| f <= cx.as_of));
    let Some(k) = successor else {
        let say = Say::new("not-in-force", "no-successor").arg("in_force", "");
        return (Outcome::Fail, say);
    };
    let m = meta("baseline-not-current");
    let title = Text::new(k.title(crate::Lang::Vi), k.title(crate::Lang::En));
    let regime = cx.regime.investment;
    let missing = !k.embedded && regime != InvestmentRegime::Nd224;
    let args = Args::new().with("baseline", title.clone());
    let in_force = m.phrase(if missing { "missing" } else { "in-force" }, &args);
    let say = if k.embedded {
        Say::new("not-in-force", "embedded").fix("id", k.id.as_str())
    } else {
        let national: Arg<'_> = match regime {
            InvestmentRegime::Nd224 => m.phrase("national", &Args::new()).into(),
            InvestmentRegime::Nd45 => m.phrase("national-45", &Args::new()).into(),
            InvestmentRegime::Nd73 => "".into(),
        };
        Say::new("not-in-force", "not-embedded").fix("national", national)
    };
    let outcome = if missing {
        Outcome::Review
    } else {
        Outcome::Fail
    };
    (
        outcome,
        say.arg("in_force", in_force).fix("baseline", title),
    )
}

/// The agencies that succeeded `id` (baseline `replaces` relations from an agency), each as
/// "name (id, instrument)", for CONF-13's finding on a dissolved owner; `None` when none did.
pub(super) fn successors(cx: &Cx<'_>, id: &str) -> Option<Text> {
    let names: Vec<Text> =
        cx.b.model
            .relations()
            .iter()
            .filter(|r| r.kind == "replaces" && r.to == id)
            .filter_map(|r| cx.b.model.element(&r.from))
            .filter(|e| e.kind == "agency")
            .map(|e| {
                // The instrument with its document number in full ("Nghị quyết số 1677/…").
                let src = |lang| {
                    e.source
                        .as_ref()
                        .map(|s| format!(", {}", crate::legal::full_numbers(&s.instrument, lang)))
                        .unwrap_or_default()
                };
                Text::new(
                    format!("{} ({}{})", e.name.primary(), e.id, src(crate::Lang::Vi)),
                    format!(
                        "{} ({}{})",
                        e.name.get(crate::Lang::En),
                        e.id,
                        src(crate::Lang::En)
                    ),
                )
            })
            .collect();
    (!names.is_empty()).then(|| levels::join(names.iter()))
}
