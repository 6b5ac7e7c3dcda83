//! Waivers (giải trình) and their acceptance.
//!
//! A proposal's waivers are its author's justifications, not a verdict. Contract:
//! - a waived finding stays in the report with its reason (`Finding::waiver`) and counts as review
//!   ("cần thẩm định giải trình") until an `acceptance/1` document of the appraiser accepts it,
//!   which makes its outcome `accepted` (no effect on the level);
//! - a waiver of a rule that rests on a mandatory provision (`waivable: false`) has no effect and is
//!   reported (DOC-010); an acceptance of such a waiver has no effect either and is reported
//!   (DOC-014);
//! - a waiver naming an unknown rule is an input problem (DOC-004, with a did-you-mean); one with an
//!   empty reason is not considered (DOC-011); one matching no finding is reported (DOC-012); an
//!   acceptance with no matching waiver is reported (DOC-013).

use super::Cx;
use crate::acceptance::Acceptance;
use crate::i18n::{Arg, Args, Text};
use crate::report::{Excused, Outcome, WaiverNote};
use crate::rules::{Say, builtin, meta, rule};
use crate::suggest::did_you_mean;

pub(super) fn apply(cx: &mut Cx<'_>, accepted: &[Acceptance], packs: &[crate::rulepack::RulePack]) {
    let project = cx.p.id.clone();
    let waivers = cx.p.waivers.clone();
    cx.c.consider("DOC-004", waivers.len());
    let mut used = vec![false; accepted.len()];
    for (i, w) in waivers.iter().enumerate() {
        let subject = format!("waivers[{i}]");
        let pack_rule = packs
            .iter()
            .flat_map(|p| p.rules())
            .find(|m| m.id == w.rule);
        let Some(m) = rule(&w.rule).or(pack_rule) else {
            let ids = builtin()
                .iter()
                .chain(packs.iter().flat_map(|p| p.rules()))
                .map(|r| r.id.as_str());
            let m = meta("DOC-004");
            let hint: Arg<'_> = match did_you_mean(&w.rule, ids) {
                Some(s) => m
                    .phrase("did-you-mean", &Args::new().with("rule", s))
                    .into(),
                None => "".into(),
            };
            let say = Say::default()
                .arg("index", i + 1)
                .arg("rule", &w.rule)
                .arg("hint", hint);
            cx.c.say(m, &subject, Outcome::Fail, &say);
            continue;
        };
        if w.reason.trim().is_empty() {
            let say = Say::default().arg("index", i + 1).arg("rule", &w.rule);
            cx.c.say(meta("DOC-011"), &subject, Outcome::Fail, &say);
            continue;
        }
        // A rule not in force on the check date has no finding to waive (DOC-012 below), and is
        // not called mandatory on a date it does not bind.
        if !m.waivable && m.in_force(cx.as_of) {
            let why = m.not_waivable_because.clone().unwrap_or_default();
            // An acceptance of it has no effect either: DOC-014 says so (not DOC-013, which
            // would claim the proposal has no such waiver).
            for (k, a) in accepted.iter().enumerate() {
                if a.project == project
                    && a.rule == w.rule
                    && (a.subject.is_none() || a.subject == w.subject)
                {
                    used[k] = true;
                    no_effect(cx, a, &why);
                }
            }
            let say = Say::default()
                .arg("reason", &w.reason)
                .arg("rule", &w.rule)
                .arg("why", why);
            cx.c.say(meta("DOC-010"), &subject, Outcome::Fail, &say);
            continue;
        }
        let mut matched = false;
        for f in cx.c.findings.iter_mut() {
            let applies = f.rule == w.rule
                && w.subject.as_ref().is_none_or(|s| *s == f.subject)
                && f.waiver.is_none()
                && matches!(f.outcome, Outcome::Fail | Outcome::Review);
            if !applies {
                continue;
            }
            matched = true;
            let acceptance = accepted
                .iter()
                .position(|a| a.covers(&project, &f.rule, &f.subject));
            if let Some(k) = acceptance {
                used[k] = true;
            }
            f.waiver = Some(WaiverNote {
                reason: w.reason.clone(),
                outcome: f.outcome,
                accepted: acceptance.map(|k| accepted[k].record()),
            });
            f.outcome = if acceptance.is_some() {
                Outcome::Accepted
            } else {
                Outcome::Review
            };
        }
        if matched {
            cx.c.waived.push(Excused {
                rule: w.rule.clone(),
                subject: w.subject.clone().unwrap_or_default(),
                reason: w.reason.clone(),
            });
        } else {
            let m = meta("DOC-012");
            let say = Say::default()
                .arg("index", i + 1)
                .arg("rule", &w.rule)
                .arg("subject", subject_phrase(m, w.subject.as_deref()));
            cx.c.say(m, &subject, Outcome::Fail, &say);
        }
    }
    for (a, used) in accepted.iter().zip(used) {
        if used || a.project != project {
            continue;
        }
        let m = meta("DOC-013");
        let say = Say::default()
            .arg("by", &a.by)
            .arg("date", a.date.text())
            .arg("rule", &a.rule)
            .arg("subject", subject_phrase(m, a.subject.as_deref()));
        cx.c.say(m, &project, Outcome::Fail, &say);
    }
}

/// The rule's phrase naming a waiver's or acceptance's subject, or nothing.
fn subject_phrase<'a>(m: &crate::rules::RuleMeta, subject: Option<&'a str>) -> Arg<'a> {
    match subject {
        Some(s) => m.phrase("subject", &Args::new().with("subject", s)).into(),
        None => "".into(),
    }
}

/// DOC-014: the appraiser's acceptance `a` of a waiver of a rule that rests on a mandatory
/// provision (`why`) has no effect.
fn no_effect(cx: &mut Cx<'_>, a: &Acceptance, why: &Text) {
    let m = meta("DOC-014");
    let say = Say::default()
        .arg("by", &a.by)
        .arg("date", a.date.text())
        .arg("rule", &a.rule)
        .arg("subject", subject_phrase(m, a.subject.as_deref()))
        .arg("why", why.clone());
    let project = cx.p.id.clone();
    cx.c.say(m, &project, Outcome::Fail, &say);
}
