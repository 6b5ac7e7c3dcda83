//! Findings collection: collects findings and per-rule subject counts, applies suppressions and
//! waivers, and turns the result into per-rule outcomes. Shared by model validation, project
//! conformance, rule packs and the ArchiMate rules, in a module of its own so that none of them
//! depends on another for it.

use crate::i18n::{Text, fill};
use crate::report::{Excused, Finding, Outcome, RuleOutcome, Severity};
use crate::rules::{RuleMeta, Say};
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

    /// Adds a finding of a rule with a single message and suggestion whose arguments read the
    /// same in both languages.
    pub fn push(
        &mut self,
        meta: &RuleMeta,
        subject: &str,
        outcome: Outcome,
        args: &[(&'static str, &str)],
    ) {
        let mut say = Say::default();
        for (k, v) in args {
            say.args.set(k, *v);
        }
        self.say(meta, subject, outcome, &say);
    }

    /// Adds a finding of `meta` on `subject` with the message and suggestion `say` chooses.
    pub fn say(&mut self, meta: &RuleMeta, subject: &str, outcome: Outcome, say: &Say<'_>) {
        let (message, suggestion) = meta.say(say);
        self.push_with(meta, subject, outcome, meta.severity, message, suggestion);
    }

    /// Adds a finding of a rule pack, whose templates are its author's: filled as written, not
    /// checked (`vi` and `en` are the arguments of each language).
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
            consequence: false,
        });
    }

    /// Adds everything `other` collected after what this one holds.
    pub fn absorb(&mut self, other: Collector) {
        self.findings.extend(other.findings);
        for (rule, n) in other.subjects {
            *self.subjects.entry(rule).or_default() += n;
        }
        self.suppressed.extend(other.suppressed);
        self.waived.extend(other.waived);
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
    /// review, else pass when it had subjects (or excused findings), else not-applicable. A failed
    /// info finding (an extra, a note on a refused waiver) never makes its rule fail: it is a note,
    /// counted apart (PRODUCT.md: "info findings never change the level"), so the rule outcomes,
    /// the level and the tally agree. (An info finding under review, as for a project with no
    /// components, still asks for review.)
    pub fn outcomes(&self) -> Vec<RuleOutcome> {
        let mut worst: BTreeMap<&str, Outcome> = BTreeMap::new();
        let note = |f: &Finding| f.severity == Severity::Info && f.outcome == Outcome::Fail;
        for f in self.findings.iter().filter(|f| !note(f)) {
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
