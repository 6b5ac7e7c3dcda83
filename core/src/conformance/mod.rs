//! Project conformance: the fourteen CONF checks of a proposal against a baseline, the per-rule
//! outcomes, and the compliance level (TOGAF Architecture Compliance, mapped).

mod document;
mod law2026;
mod levels;
mod links;
mod mapping;
mod security;
mod waivers;

use crate::report::checklist::checklist_for;

use crate::baseline::Baseline;
use crate::date::Date;
use crate::findings::Collector;
use crate::i18n::Lang;
use crate::legal::Status;
use crate::model::Element;
use crate::options::CheckOptions;
use crate::project::{Component, Project, ProjectDoc};
use crate::regime::{Regime, regime_for};
use crate::report::{
    BaselineRef, Counts, Level, Outcome, ProjectSummary, Report, Severity, Subject,
};
use crate::rules::{Say, meta};
use std::collections::BTreeSet;

/// What a reference in a project names.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Target<'a> {
    Component(&'a Component),
    Element(&'a Element),
    Missing,
}

/// The state of one check run.
pub(crate) struct Cx<'a> {
    pub p: &'a ProjectDoc,
    pub b: &'a Baseline,
    pub as_of: Date,
    pub regime: Regime,
    pub c: Collector,
    /// The owner agency, when the project's `owner` resolves to one.
    pub owner: Option<&'a Element>,
    /// Components reported as extras by CONF-01.
    pub extras: BTreeSet<String>,
}

impl<'a> Cx<'a> {
    /// Resolves a reference against the project's components, then the baseline.
    pub fn resolve(&self, r: &str) -> Target<'a> {
        if let Some(c) = self.p.components.iter().find(|c| c.id == r) {
            return Target::Component(c);
        }
        match self.b.model.element(r) {
            Some(e) => Target::Element(e),
            None => Target::Missing,
        }
    }

    /// Records a finding of `rule` on `subject` with the message and suggestion `say` chooses
    /// (the rule's basis as of the check date).
    pub fn say(&mut self, rule: &str, subject: &str, outcome: Outcome, say: Say<'_>) {
        let m = meta(rule);
        self.c.say(m, subject, outcome, &say);
        let basis = m.basis.at(self.as_of);
        if let Some(f) = self.c.findings.last_mut() {
            f.basis = basis;
        }
    }

    /// [`Cx::say`] for a finding that also rests on baseline elements (`facts`): its basis status
    /// is the weakest of the rule's citations in force and the elements' sources. `severity`
    /// overrides the rule's (a duplicate inferred from a name is a warning, a note is info).
    pub fn say_on(
        &mut self,
        rule: &str,
        subject: &str,
        outcome: Outcome,
        say: Say<'_>,
        severity: Option<Severity>,
        facts: &[&Element],
    ) {
        self.say(rule, subject, outcome, say);
        if let Some(f) = self.c.findings.last_mut() {
            if let Some(s) = severity {
                f.severity = s;
            }
            for e in facts {
                // An element without a source is unsupported: never stronger than secondary.
                let status = e.source.as_ref().map_or(Status::Secondary, |s| s.status);
                f.basis.weaken(status);
            }
        }
    }

    /// The display name of a baseline element or component reference.
    pub fn label(&self, r: &str, lang: Lang) -> String {
        match self.resolve(r) {
            Target::Component(c) => format!("{} ({})", c.name.get(lang), c.id),
            Target::Element(e) => format!("{} ({})", e.name.get(lang), e.id),
            Target::Missing => r.to_string(),
        }
    }
}

/// The date a check of `p` is made as of, before the baseline's start date is considered:
/// `as_of`, else the project's `appraisal_date`, else 1 January of `phase.start`.
pub fn check_date(p: &ProjectDoc, as_of: Option<Date>) -> Option<Date> {
    as_of
        .or(p.appraisal_date)
        .or(p.phase.map(|ph| Date::jan1(ph.start)))
}

/// Checks `project` against the baseline the library chooses for it (PRODUCT.md, "Which baseline
/// a check uses"): `named` is `None` (the default in force on the check date) or a built-in name or
/// family name (`quang-ngai`). The report's `baseline_choice` says which and why.
pub fn check_chosen(
    project: &Project,
    named: Option<&str>,
    opts: &CheckOptions,
) -> crate::Result<Report> {
    let choice = choose_baseline(project, named, opts)?;
    Ok(check_with_choice(project, &choice, opts))
}

/// [`check_chosen`] with the project's own `baseline` field standing in when `named` is `None`,
/// as the command line does: the Python, WASM and C faces' `check`.
pub fn check_chosen_or_own(
    project: &Project,
    named: Option<&str>,
    opts: &CheckOptions,
) -> crate::Result<Report> {
    check_chosen(project, named.or(project.doc.baseline.as_deref()), opts)
}

/// The baseline [`check_chosen`] uses for `project`: the one named, else the one in force on the
/// check date (PRODUCT.md, "Which baseline a check uses"), with the reason.
pub fn choose_baseline(
    project: &Project,
    named: Option<&str>,
    opts: &CheckOptions,
) -> crate::Result<crate::baseline::Choice> {
    let d = check_date(&project.doc, opts.as_of)
        .or(
            crate::baseline::Baseline::builtin(crate::baseline::DEFAULT)?
                .model
                .doc()
                .valid_from,
        )
        .unwrap_or(Date::jan1(2000));
    let decided = project
        .doc
        .investment
        .as_ref()
        .and_then(|i| i.decision_date);
    crate::baseline::choose_for(named, d, decided)
}

/// [`check`] against a chosen baseline, the report saying why it was chosen.
pub fn check_with_choice(
    project: &Project,
    choice: &crate::baseline::Choice,
    opts: &CheckOptions,
) -> Report {
    let mut report = check(project, &choice.baseline, opts);
    if !choice.why.vi.is_empty() {
        report.baseline_choice = Some(choice.why.clone());
    }
    report
}

/// Checks `project` against `baseline`.
pub fn check(project: &Project, baseline: &Baseline, opts: &CheckOptions) -> Report {
    let p = &project.doc;
    let as_of = check_date(p, opts.as_of)
        .or(baseline.model.doc().valid_from)
        .unwrap_or(Date::jan1(2000));
    let mut cx = Cx {
        p,
        b: baseline,
        as_of,
        regime: regime_for(as_of, p.investment.as_ref().and_then(|i| i.decision_date)),
        c: Collector::default(),
        owner: None,
        extras: BTreeSet::new(),
    };
    document::check(&mut cx, &project.unknown_fields);
    mapping::check(&mut cx);
    links::check(&mut cx);
    security::check(&mut cx);
    law2026::check(&mut cx);
    for pack in &opts.rulepacks {
        pack.apply_project(p, &baseline.model, &mut cx.c);
    }
    waivers::apply(&mut cx, &opts.accepted, &opts.rulepacks);
    if !crate::regime::level_terms(as_of).is_empty() {
        for f in &mut cx.c.findings {
            for t in [&mut f.message, &mut f.suggestion] {
                t.vi = crate::regime::in_terms_of(&t.vi, as_of);
                t.en = crate::regime::in_terms_of(&t.en, as_of);
            }
        }
    }
    let investment = cx.regime.investment;
    let outcomes = cx.c.outcomes();
    let extras = cx.extras.len();
    let level = level(&cx.c.findings, p.components.len(), extras);
    let mut report = Report {
        kientruc: "report/1".into(),
        subject: Subject {
            id: p.id.clone(),
            name: p.name.clone(),
        },
        baseline: Some(BaselineRef {
            id: baseline.model.doc().id.clone(),
            valid_from: baseline.model.doc().valid_from,
            valid_to: baseline.model.doc().valid_to,
        }),
        framework: baseline.framework.id().to_string(),
        as_of: Some(as_of),
        regime: Some(cx.regime.id.to_string()),
        regime_name: Some(cx.regime.name.clone()),
        regime_notes: cx.regime.notes.clone(),
        baseline_choice: None,
        level: Some(level),
        counts: Counts {
            extras,
            ..Counts::default()
        },
        summary: Some(ProjectSummary {
            owner: p.owner.clone(),
            owner_name: cx.owner.map(|o| o.name.clone()),
            investor: p.investor.clone(),
            stage: p.stage.as_ref().map(|s| s.as_str().to_string()),
            group: p
                .investment
                .as_ref()
                .and_then(|i| i.group.as_ref())
                .map(|g| g.as_str().to_string()),
            funding: p
                .investment
                .as_ref()
                .and_then(|i| i.funding.as_ref())
                .map(|f| f.as_str().to_string()),
            budget_vnd: p.investment.as_ref().and_then(|i| i.budget_vnd),
            phase: p.phase,
            components: p.components.len(),
        }),
        checklist: Vec::new(),
        findings: cx.c.findings,
        outcomes,
        suppressed: cx.c.suppressed,
        waived: cx.c.waived,
    };
    report.finish();
    if level == Level::NotAssessed {
        report.mark_consequences();
    }
    report.checklist = checklist_for(&report.outcomes, &report.findings, investment);
    report
}

/// The compliance level from the findings (PRODUCT.md, "Compliance levels"): an input problem of
/// the document gives no verdict (not-assessed); a failed error is non-conformant; a failed warning
/// or any review — a waived finding not yet accepted included — needs the appraiser (review);
/// info findings and accepted findings never change the level; extras are components that map to
/// nothing.
pub(crate) fn level(
    findings: &[crate::report::Finding],
    components: usize,
    extras: usize,
) -> Level {
    let input_problem = findings.iter().any(|f| {
        f.outcome == Outcome::Fail && crate::rules::rule(&f.rule).is_some_and(|m| m.input_problem)
    });
    if input_problem {
        return Level::NotAssessed;
    }
    let failed_error = findings
        .iter()
        .any(|f| f.severity == Severity::Error && f.outcome == Outcome::Fail);
    if failed_error {
        return Level::NonConformant;
    }
    if components > 0 && extras == components {
        return Level::Irrelevant;
    }
    // A proposal with no components addresses nothing: the appraiser has to ask for more.
    let review = components == 0
        || findings.iter().any(|f| {
            f.severity != Severity::Info
                && (f.outcome == Outcome::Review || f.outcome == Outcome::Fail)
        });
    match (review, extras > 0) {
        (false, false) => Level::FullyConformant,
        (false, true) => Level::Conformant,
        (true, false) => Level::Compliant,
        (true, true) => Level::Consistent,
    }
}
