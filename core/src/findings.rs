//! Findings collection: collects findings and per-rule subject counts, applies suppressions and
//! waivers, and turns the result into per-rule outcomes. Shared by model validation, project
//! conformance, rule packs and the ArchiMate rules, in a module of its own so that none of them
//! depends on another for it.

use crate::i18n::{Text, fill};
use crate::report::{Excused, Finding, Outcome, RuleOutcome, Severity};
use crate::rules::RuleMeta;
use std::collections::BTreeMap;

#[derive(Debug, Default)]
pub(crate) struct Collector {
    pub findings: Vec<Finding>,
    /// Rule id → number of subjects the rule looked at.
    subjects: BTreeMap<String, usize>,
    pub suppressed: Vec<Excused>,
    pub waived: Vec<Excused>,
}

impl Collector {
    /// Records that `rule` looked at `n` more subjects (so it is applicable when `n > 0`).
    pub fn consider(&mut self, rule: &str, n: usize) {
        *self.subjects.entry(rule.to_string()).or_default() += n;
    }

    /// Adds a finding of `meta` on `subject`, filling the message and suggestion templates.
    pub fn push(
        &mut self,
        meta: &RuleMeta,
        subject: &str,
        outcome: Outcome,
        args: &[(&str, &str)],
    ) {
        self.push_bilingual(meta, subject, outcome, args, args);
    }

    /// Adds a finding whose template arguments differ between Vietnamese (`vi`) and English (`en`).
    pub fn push_bilingual(
        &mut self,
        meta: &RuleMeta,
        subject: &str,
        outcome: Outcome,
        vi: &[(&str, &str)],
        en: &[(&str, &str)],
    ) {
        let both = |t: &Text| Text::new(fill(&t.vi, vi), fill(&t.en, en));
        let (message, suggestion) = (both(&meta.message), both(&meta.suggestion));
        self.push_with(meta, subject, outcome, meta.severity, message, suggestion);
    }

    /// Adds a finding with a given severity and texts (rule packs, computed messages).
    pub fn push_with(
        &mut self,
        meta: &RuleMeta,
        subject: &str,
        outcome: Outcome,
        severity: Severity,
        message: Text,
        suggestion: Text,
    ) {
        self.consider(&meta.id, 0);
        self.findings.push(Finding {
            rule: meta.id.clone(),
            severity,
            outcome,
            subject: subject.to_string(),
            message,
            basis: meta.basis.clone(),
            suggestion,
            waiver: None,
        });
    }

    /// Moves findings that `excuse` names a reason for into `suppressed` (or `waived`).
    pub fn excuse(&mut self, waive: bool, mut excuse: impl FnMut(&Finding) -> Option<String>) {
        let mut kept = Vec::with_capacity(self.findings.len());
        for f in self.findings.drain(..) {
            match excuse(&f) {
                Some(reason) => {
                    let e = Excused {
                        rule: f.rule,
                        subject: f.subject,
                        reason,
                    };
                    if waive {
                        self.waived.push(e)
                    } else {
                        self.suppressed.push(e)
                    }
                }
                None => kept.push(f),
            }
        }
        self.findings = kept;
    }

    /// The outcome of every rule considered: fail if any finding fails, else review if any is
    /// review, else pass when it had subjects (or excused findings), else not-applicable. An info
    /// finding (an extra) still makes its rule fail; it is the level that ignores info findings.
    pub fn outcomes(&self) -> Vec<RuleOutcome> {
        let mut worst: BTreeMap<&str, Outcome> = BTreeMap::new();
        for f in &self.findings {
            let e = worst.entry(f.rule.as_str()).or_insert(Outcome::Pass);
            if f.outcome.rank() > e.rank() {
                *e = f.outcome;
            }
        }
        self.subjects
            .iter()
            .map(|(rule, &n)| {
                let outcome = match worst.get(rule.as_str()) {
                    Some(&o) => o,
                    None if n > 0 || self.excused(rule) => Outcome::Pass,
                    None => Outcome::NotApplicable,
                };
                RuleOutcome {
                    rule: rule.clone(),
                    outcome,
                }
            })
            .collect()
    }

    fn excused(&self, rule: &str) -> bool {
        self.suppressed
            .iter()
            .chain(&self.waived)
            .any(|e| e.rule == rule)
    }
}
