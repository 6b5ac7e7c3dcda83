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
use crate::report::{Excused, Outcome, WaiverNote};
use crate::rules::{builtin, meta, rule};
use crate::suggest::did_you_mean;

pub(super) fn apply(cx: &mut Cx<'_>, accepted: &[Acceptance], packs: &[crate::rulepack::RulePack]) {
    let project = cx.p.id.clone();
    let waivers = cx.p.waivers.clone();
    cx.c.consider("DOC-004", waivers.len());
    let mut used = vec![false; accepted.len()];
    for (i, w) in waivers.iter().enumerate() {
        let index = (i + 1).to_string();
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
            let (hint, hint_en) = match did_you_mean(&w.rule, ids) {
                Some(s) => (
                    format!(" (có phải là {s}?)"),
                    format!(" (did you mean {s}?)"),
                ),
                None => (String::new(), String::new()),
            };
            let args_vi = [
                ("index", index.as_str()),
                ("rule", w.rule.as_str()),
                ("hint", hint.as_str()),
                ("hint_en", hint_en.as_str()),
            ];
            cx.c.push(meta("DOC-004"), &subject, Outcome::Fail, &args_vi);
            continue;
        };
        if w.reason.trim().is_empty() {
            cx.c.push(
                meta("DOC-011"),
                &subject,
                Outcome::Fail,
                &[("index", index.as_str()), ("rule", w.rule.as_str())],
            );
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
            cx.c.push(
                meta("DOC-010"),
                &subject,
                Outcome::Fail,
                &[
                    ("reason", w.reason.as_str()),
                    ("rule", w.rule.as_str()),
                    ("why", why.vi.as_str()),
                    ("why_en", why.en.as_str()),
                ],
            );
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
            let (s_vi, s_en) = match &w.subject {
                Some(s) => (format!(" (đối tượng {s})"), format!(" (subject {s})")),
                None => (String::new(), String::new()),
            };
            cx.c.push_bilingual(
                meta("DOC-012"),
                &subject,
                Outcome::Fail,
                &[
                    ("index", index.as_str()),
                    ("rule", w.rule.as_str()),
                    ("subject", s_vi.as_str()),
                ],
                &[
                    ("index", index.as_str()),
                    ("rule", w.rule.as_str()),
                    ("subject_en", s_en.as_str()),
                ],
            );
        }
    }
    for (a, used) in accepted.iter().zip(used) {
        if used || a.project != project {
            continue;
        }
        let (s_vi, s_en) = match &a.subject {
            Some(s) => (format!(" (đối tượng {s})"), format!(" (subject {s})")),
            None => (String::new(), String::new()),
        };
        let (date, date_en) = (a.date.vi(), a.date.to_string());
        cx.c.push_bilingual(
            meta("DOC-013"),
            &project,
            Outcome::Fail,
            &[
                ("by", a.by.as_str()),
                ("date", date.as_str()),
                ("rule", a.rule.as_str()),
                ("subject", s_vi.as_str()),
            ],
            &[
                ("by", a.by.as_str()),
                ("date", date_en.as_str()),
                ("rule", a.rule.as_str()),
                ("subject_en", s_en.as_str()),
            ],
        );
    }
}

/// DOC-014: the appraiser's acceptance `a` of a waiver of a rule that rests on a mandatory
/// provision (`why`) has no effect.
fn no_effect(cx: &mut Cx<'_>, a: &Acceptance, why: &crate::i18n::Text) {
    let (s_vi, s_en) = match &a.subject {
        Some(s) => (format!(" (đối tượng {s})"), format!(" (subject {s})")),
        None => (String::new(), String::new()),
    };
    let (date, date_en) = (a.date.vi(), a.date.to_string());
    let project = cx.p.id.clone();
    cx.c.push_bilingual(
        meta("DOC-014"),
        &project,
        Outcome::Fail,
        &[
            ("by", a.by.as_str()),
            ("date", date.as_str()),
            ("rule", a.rule.as_str()),
            ("subject", s_vi.as_str()),
            ("why", why.vi.as_str()),
        ],
        &[
            ("by", a.by.as_str()),
            ("date", date_en.as_str()),
            ("rule", a.rule.as_str()),
            ("subject_en", s_en.as_str()),
            ("why_en", why.en.as_str()),
        ],
    );
}
