//! The minimum security level of a component (CONF-10), applied as the articles state the criteria:
//! NĐ 85/2016/NĐ-CP Điều 6–11 (verified) until NĐ 331/2026/NĐ-CP took
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
use crate::i18n::{Arg, Args, Lang, Text, group_digits};
use crate::project::{Component, ComponentKind as K, Information, Serves, ServiceLevel};
use crate::regime::SecurityRegime;
use crate::rules::meta;
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
    pub text: Text,
    /// Rests on a secondary source (NĐ 331/2026's copy, NĐ 42/2022's service levels).
    pub secondary: bool,
}

/// What the criteria give for one component.
#[derive(Debug, Clone)]
pub(crate) struct Minimum {
    pub level: u8,
    /// The criteria that set `level` (the highest ones).
    pub why: Vec<Criterion>,
    /// Facts missing to decide whether a higher level is needed, with the level they could
    /// raise it to.
    pub missing: Vec<(u8, Text)>,
}

/// Texts joined by "; " in each language.
pub(crate) fn join<'a>(texts: impl Iterator<Item = &'a Text> + Clone) -> Text {
    let part = |lang: Lang| {
        texts
            .clone()
            .map(|t| t.get(lang))
            .collect::<Vec<_>>()
            .join("; ")
    };
    Text::new(part(Lang::Vi), part(Lang::En))
}

impl Minimum {
    pub fn why(&self) -> Text {
        join(self.why.iter().map(|c| &c.text))
    }

    /// Whether the minimum rests on secondary sources only: one verified criterion that sets the
    /// level is enough for the verdict to stand on it.
    pub fn secondary(&self) -> bool {
        self.why.iter().all(|c| c.secondary)
    }
}

/// CONF-10's phrase `key` with `args`.
pub(crate) fn phrase(key: &str, args: Args<'_>) -> Text {
    meta("CONF-10").phrase(key, &args)
}

/// The instrument of the criteria, and how its articles are written, under a regime.
struct Law {
    nd331: bool,
}

impl Law {
    /// Cites `article` of NĐ 85/2016 with its clause and point, or the matching article of
    /// NĐ 331/2026. Under NĐ 331 a clause is cited only where its copy shows it (khoản 3
    /// Điều 13); elsewhere the article alone, since the clause numbering of the copy was not read.
    fn cite(&self, point: Option<&str>, clause: Option<u8>, article: u8) -> Text {
        let known_331 = article == 9 && clause == Some(3) && point.is_none();
        let (clause, point) = if self.nd331 && !known_331 {
            (None, None)
        } else {
            (clause, point)
        };
        let (n, law) = if self.nd331 {
            (article + 4, phrase("law-nd331", Args::new()))
        } else {
            (article, phrase("law-nd85", Args::new()))
        };
        let args = Args::new().with("article", n).with("law", law);
        match (clause, point) {
            (Some(c), Some(p)) => phrase("cite-point", args.with("clause", c).with("point", p)),
            (Some(c), None) => phrase("cite-clause", args.with("clause", c)),
            _ => phrase("cite", args),
        }
    }
}

/// A criterion's phrase citing `cite`.
fn citing(key: &str, cite: Text) -> Text {
    phrase(key, Args::new().with("cite", cite))
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
    let mut push = |level: u8, text: Text, sec: bool| {
        c.push(Criterion {
            level,
            text,
            secondary: sec,
        })
    };
    push(1, citing("public-only", law.cite(None, None, 7)), secondary);
    if info(Information::StateSecret) {
        let text = citing("state-secret", law.cite(None, Some(1), 9));
        push(3, text, secondary);
    }
    match class {
        Class::Internal | Class::Other => {
            if private {
                let text = citing("internal-private", law.cite(None, Some(1), 8));
                push(2, text, secondary);
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
                let text = citing("infrastructure-agency", law.cite(None, Some(3), 8));
                push(2, text, secondary);
            }
            Some(Scope::Province | Scope::Sector) => {
                let text = citing("infrastructure-shared", law.cite(None, Some(3), 9));
                push(3, text, secondary);
            }
            Some(Scope::National) => {
                if comp.operation_24x7 == Some(true) {
                    let cite = law.cite(None, Some(3), 10);
                    push(4, citing("infrastructure-nationwide-24x7", cite), secondary);
                } else {
                    let cite = law.cite(None, Some(3), 9);
                    push(
                        3,
                        citing("infrastructure-several-provinces", cite),
                        secondary,
                    );
                    let cite = law.cite(None, Some(3), 10);
                    missing.push((4, citing("infrastructure-24x7-not-stated", cite)));
                }
            }
            None => {
                push(
                    2,
                    citing("infrastructure", law.cite(None, Some(3), 8)),
                    secondary,
                );
                let cite = law.cite(None, Some(3), 9);
                missing.push((3, citing("infrastructure-scope-not-stated", cite)));
            }
        },
        Class::IndustrialControl => {
            let cite = law.cite(None, Some(4), 9);
            missing.push((3, citing("industrial-control", cite)));
        }
    }
    // National e-government systems that must run 24/7 (NĐ 85 khoản 2 Điều 10), whatever class.
    if class != Class::Infrastructure
        && scope == Some(Scope::National)
        && comp.operation_24x7 == Some(true)
    {
        let text = citing("national-24x7", law.cite(None, Some(2), 10));
        push(4, text, secondary);
    }
    let level = c.iter().map(|x| x.level).max().unwrap_or(1);
    let why: Vec<Criterion> = c.into_iter().filter(|x| x.level == level).collect();
    missing.retain(|(l, _)| *l > level);
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
    push: &mut impl FnMut(u8, Text, bool),
    missing: &mut Vec<(u8, Text)>,
) {
    let n = subjects.unwrap_or(0);
    let count = || Text::new(group_digits(n, Lang::Vi), group_digits(n, Lang::En));
    let secondary = law.nd331;
    let text = citing("citizens-services", law.cite(Some("a"), Some(2), 8));
    push(2, text, secondary);
    let service = comp.kind() == Some(K::OnlineService) || comp.online_service.is_some();
    let tthc = matches!(comp.kind(), Some(K::OnlineService | K::OneStop));
    if law.nd331 {
        if tthc {
            push(
                3,
                phrase("administrative-procedures-331", Args::new()),
                true,
            );
        }
        let sensitive = comp
            .information
            .iter()
            .any(|x| x.known() == Some(Information::PersonalSensitive));
        if sensitive && n >= 10_000 {
            let text = phrase("sensitive-data-331", Args::new().with("subjects", count()));
            push(3, text, true);
        } else if personal && n >= 100_000 {
            let text = phrase("basic-data-331", Args::new().with("subjects", count()));
            push(3, text, true);
        } else if personal && subjects.is_none() {
            missing.push((3, phrase("subjects-not-stated-331", Args::new())));
        }
        return;
    }
    if service {
        // NĐ 85 reads service levels 1–4 (NĐ 43/2011); NĐ 42/2022 calls the old levels 3–4 partial
        // and full online services (secondary), and ended on 1/7/2026 (NĐ 224/2026 Điều 90).
        let nd42 = cx.as_of < crate::regime::ND224_FROM;
        let by: Arg<'_> = if nd42 {
            phrase("nd42", Args::new()).into()
        } else {
            "".into()
        };
        let args = Args::new()
            .with("cite", law.cite(Some("a"), Some(2), 9))
            .with("nd42", by);
        match comp
            .online_service
            .as_ref()
            .and_then(|o| o.level.as_ref())
            .and_then(|l| l.known())
        {
            Some(level) => {
                let key = if level == ServiceLevel::Full {
                    "service-full"
                } else {
                    "service-partial"
                };
                let args = args.with("level", phrase(key, Args::new()));
                push(3, phrase("online-service", args), true);
            }
            None => missing.push((3, phrase("service-level-not-stated", args))),
        }
    }
    if personal {
        match subjects {
            Some(n) if n >= 10_000 => {
                let args = Args::new()
                    .with("users", count())
                    .with("cite", law.cite(Some("c"), Some(2), 9));
                push(3, phrase("personal-10000", args), false);
            }
            Some(_) => {
                let args = Args::new()
                    .with("users", count())
                    .with("cite", law.cite(Some("c"), Some(2), 8));
                push(2, phrase("personal-under-10000", args), false);
            }
            None => {
                let cite = law.cite(Some("c"), Some(2), 9);
                missing.push((3, citing("users-not-stated", cite)));
            }
        }
    }
}

/// The level's requirements judged against max(declared, required), cited under the regime.
pub(crate) struct Requirements {
    pub monitoring: Text,
    pub plans: Text,
    pub dossier: Text,
    pub secondary: bool,
}

pub(crate) fn requirements(cx: &Cx<'_>) -> Requirements {
    let nd331 = cx.regime.security == SecurityRegime::Nd331;
    let of = |what: &str| {
        let law = if nd331 { "nd331" } else { "nd85" };
        phrase(&format!("{what}-{law}"), Args::new())
    };
    Requirements {
        monitoring: of("monitoring"),
        plans: of("plans"),
        dossier: of("dossier"),
        secondary: nd331,
    }
}

/// The phrase of a class, for messages.
pub(crate) fn class_label(class: Class) -> Text {
    let key = match class {
        Class::Internal => "class-internal",
        Class::Citizens => "class-citizens",
        Class::Infrastructure => "class-infrastructure",
        Class::IndustrialControl => "class-industrial-control",
        Class::Other => "class-other",
    };
    phrase(key, Args::new())
}
