//! Security and operation: sign-on (CONF-08), the security level and its plans (CONF-10) and
//! hosting and connectivity (CONF-11).

use super::{Cx, levels};
use crate::i18n::{Args, Text};
use crate::project::{
    CitizenAuth, Component, ComponentKind as K, Connectivity, Monitoring, Serves, Signature,
    StaffAuth,
};
use crate::regime::SecurityRegime;
use crate::report::Outcome;
use crate::rules::Say;
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
                Some(Some(StaffAuth::LocalAccounts)) => {
                    Some((Outcome::Fail, "staff-local-accounts"))
                }
                // An unknown value is VAL-002's finding.
                Some(None) => None,
                None => Some((Outcome::Review, "staff-not-stated")),
            };
            if let Some((o, key)) = r {
                let say = Say::new(key, "staff").fix("sso", sso.as_str());
                out.push((comp, o, say));
            }
        }
        if citizens_apply {
            let r = match auth.citizens.as_ref().map(|s| s.known()) {
                Some(Some(CitizenAuth::NationalEid)) | Some(None) => None,
                Some(Some(CitizenAuth::CentralSso)) => {
                    Some((Outcome::Review, "citizens-central-sso"))
                }
                Some(Some(CitizenAuth::LocalAccounts)) => {
                    Some((Outcome::Fail, "citizens-local-accounts"))
                }
                Some(Some(CitizenAuth::None)) if kind_in(comp, &[K::OnlineService, K::OneStop]) => {
                    Some((Outcome::Review, "citizens-not-authenticated"))
                }
                Some(Some(CitizenAuth::None)) => None,
                None => Some((Outcome::Review, "citizens-not-stated")),
            };
            if let Some((o, key)) = r {
                let say = Say::new(key, "citizens").fix("eid", eid.as_str());
                out.push((comp, o, say));
            }
        }
    }
    cx.c.consider("CONF-08", n);
    for (comp, o, say) in out {
        cx.say("CONF-08", &comp.id, o, say.arg("name", &comp.name));
    }
}

fn levels(cx: &mut Cx<'_>) {
    let req = levels::requirements(cx);
    // (subject, outcome, what to say, rests on a secondary source)
    let mut out: Vec<(String, Outcome, Say<'_>, bool)> = Vec::new();
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
        let secondary = min.secondary() || req.secondary;
        let below = |key| {
            Say::new(key, "raise-level")
                .arg("name", &comp.name)
                .arg("class", levels::class_label(levels::class_of(comp).0))
                .both("minimum", min.level)
                .arg("why", min.why())
                .fix("dossier", req.dossier.clone())
        };
        match comp.security_level {
            None => out.push((
                comp.id.clone(),
                Outcome::Fail,
                below("missing-level"),
                secondary,
            )),
            Some(d) if (1..=5).contains(&d) && d < min.level => out.push((
                comp.id.clone(),
                Outcome::Fail,
                below("below-minimum").arg("declared", d),
                secondary,
            )),
            // An out-of-range level is VAL-002's finding.
            Some(d) if !(1..=5).contains(&d) => {}
            Some(d) => {
                let open: Vec<&Text> = min
                    .missing
                    .iter()
                    .filter(|(l, _)| *l > d)
                    .map(|(_, t)| t)
                    .collect();
                if !open.is_empty() {
                    let say = Say::new("undecided", "state-facts")
                        .arg("name", &comp.name)
                        .arg("declared", d)
                        .arg("missing", levels::join(open.iter().copied()));
                    out.push((comp.id.clone(), Outcome::Review, say, true));
                }
            }
        }
    }
    let pid = cx.p.id.clone();
    let sec = cx.p.security.clone().unwrap_or_default();
    let mut project_subject = false;
    let system = declared.max(required);
    if system >= 3 {
        project_subject = true;
        let basis = if declared >= required {
            levels::phrase("declares-level", Args::new().with("level", declared))
        } else {
            levels::phrase("needs-level", Args::new().with("level", required))
        };
        let mon = sec.monitoring.as_ref().map(|m| m.known());
        let r = match mon {
            Some(Some(Monitoring::None)) => Some((Outcome::Fail, "monitoring-none")),
            None => Some((Outcome::Review, "monitoring-not-stated")),
            _ => None,
        };
        if let Some((o, key)) = r {
            let say = Say::new(key, "monitoring")
                .arg("name", &cx.p.name)
                .arg("basis", basis.clone())
                .arg("monitoring", req.monitoring.clone());
            out.push((pid.clone(), o, say, req.secondary));
        }
        for (flag, plan) in [(sec.dr_plan, "plan-dr"), (sec.backup, "plan-backup")] {
            let o = match flag {
                Some(true) => continue,
                Some(false) => Outcome::Fail,
                None => Outcome::Review,
            };
            let say = Say::new("plan", "plan")
                .arg("name", &cx.p.name)
                .arg("basis", basis.clone())
                .arg("plan", levels::phrase(plan, Args::new()))
                .arg("plans", req.plans.clone());
            out.push((pid.clone(), o, say, req.secondary));
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
        let say = Say::new("no-signature", "signature").arg("name", &cx.p.name);
        out.push((pid.clone(), Outcome::Review, say, true));
    }
    cx.c.consider("CONF-10", n + usize::from(project_subject));
    // Under NĐ 85/2016 the rule's own citations in force apply; from 01/7/2026 (Luật 116/2025,
    // then NĐ 331/2026, or NĐ 85/2016 under NĐ 331 Điều 39's transition) the regime's basis.
    let nd331 = cx.regime.security != SecurityRegime::Nd85;
    let regime_basis = cx.regime.security_basis.clone();
    for (subject, o, say, secondary) in out {
        cx.say("CONF-10", &subject, o, say);
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
    let dc =
        cx.b.model
            .element("provincial:data-center")
            .map_or("provincial:data-center".to_string(), |e| e.id.clone());
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
                Some(Some(h)) => {
                    let label = Text::new(
                        crate::vocab::label(h, crate::Lang::Vi),
                        crate::vocab::label(h, crate::Lang::En),
                    );
                    let say = Say::new("hosted-elsewhere", "host").arg("hosting", label);
                    Some((Outcome::Fail, say))
                }
                None => Some((Outcome::Review, Say::new("hosting-not-stated", "host"))),
            };
            if let Some((o, say)) = r {
                out.push((comp, o, say.fix("dc", dc.as_str())));
            }
        }
        let scope = comp.scope.as_ref().and_then(|s| s.known()).or(owner_scope);
        let local = matches!(scope, Some(Scope::Commune | Scope::District));
        if kind_in(comp, &[K::Network]) && local {
            n += 1;
            let r = match comp.connectivity.as_ref().map(|c| c.known()) {
                Some(Some(Connectivity::Tslcd | Connectivity::LanOnly)) | Some(None) => None,
                Some(Some(Connectivity::Internet)) => {
                    Some((Outcome::Fail, "network-over-internet"))
                }
                None => Some((Outcome::Review, "connectivity-not-stated")),
            };
            if let Some((o, key)) = r {
                out.push((comp, o, Say::new(key, "network")));
            }
        }
    }
    cx.c.consider("CONF-11", n);
    for (comp, o, say) in out {
        cx.say("CONF-11", &comp.id, o, say.arg("name", &comp.name));
    }
}
