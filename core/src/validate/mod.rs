//! Model validation: the VAL-nnn rules over an architecture model, plus the declarative rules of
//! any rule packs given. Findings come out in a deterministic order.

mod content;
mod structure;

use crate::findings::Collector;
use crate::framework::Framework;
use crate::model::Model;
use crate::options::ValidateOptions;
use crate::report::{Counts, Report, Subject};
use crate::rulepack::RulePack;

/// Validates `model` against `framework` and the rule packs of `opts`.
///
/// Precondition: none; a model naming another framework is still checked against `framework`
/// (the caller chooses), and the report names the framework used.
pub fn validate(model: &Model, framework: &Framework, opts: &ValidateOptions) -> Report {
    validate_with(model, framework, opts, |_| {})
}

/// [`validate`] with more findings added by `extra` (e.g. the AMX rules of an imported file).
pub(crate) fn validate_with(
    model: &Model,
    framework: &Framework,
    opts: &ValidateOptions,
    extra: impl FnOnce(&mut Collector),
) -> Report {
    let packs = opts.rulepacks.as_slice();
    let mut c = Collector::default();
    extra(&mut c);
    // The order of the rules does not change the report, which sorts its findings by rule,
    // subject and message (each rule's own findings keep their order); the slowest rule first.
    let rules: Vec<Rule> = content::RULES
        .iter()
        .chain(structure::RULES)
        .copied()
        .collect();
    let threads = if cfg!(target_family = "wasm")
        || model.elements().len() + model.relations().len() < PARALLEL_FROM
    {
        1
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    };
    for found in run_rules(&rules, model, framework, packs, threads) {
        c.absorb(found);
    }
    for pack in packs {
        pack.apply(model, &mut c);
    }
    // Suppressions: an element may switch off a rule for itself, with a reason.
    c.excuse(false, |f| {
        model
            .element(&f.subject)
            .and_then(|e| e.suppression(&f.rule))
            .map(|s| s.reason.clone())
    });
    let outcomes = c.outcomes();
    let as_of = opts.as_of.or(model.doc().valid_from);
    let mut report = Report {
        kientruc: "report/1".into(),
        subject: Subject {
            id: model.doc().id.clone(),
            name: model.doc().name.clone(),
        },
        baseline: None,
        framework: framework.id().to_string(),
        as_of,
        regime: as_of.map(|d| crate::regime::regime_at(d).id),
        regime_name: as_of.map(|d| crate::regime::regime_at(d).name),
        regime_notes: Vec::new(),
        baseline_choice: None,
        level: None,
        counts: Counts::default(),
        summary: None,
        checklist: Vec::new(),
        findings: c.findings,
        outcomes,
        suppressed: c.suppressed,
        waived: c.waived,
    };
    report.finish();
    report
}

/// A built-in rule: looks at the model and adds its findings and subject counts.
type Rule = fn(&Model, &Framework, &[RulePack], &mut Collector);

/// Below this many elements and relations, rules run on the calling thread: starting threads
/// would cost more than it saves.
const PARALLEL_FROM: usize = 20_000;

/// Runs each rule into a collector of its own and returns the collectors in the order of
/// `rules`, so that merging them gives the findings in the same order as running the rules one
/// after the other. The rules are independent (each reads the model and writes only its own
/// collector), so they run on up to `threads` threads, each taking the next rule not yet taken.
/// The caller passes 1 on WebAssembly, which has no threads, and for small models.
fn run_rules(
    rules: &[Rule],
    model: &Model,
    fw: &Framework,
    packs: &[RulePack],
    threads: usize,
) -> Vec<Collector> {
    let run = |rule: &Rule| {
        let mut c = Collector::default();
        rule(model, fw, packs, &mut c);
        c
    };
    let threads = threads.min(rules.len());
    if threads < 2 {
        return rules.iter().map(run).collect();
    }
    use std::sync::atomic::{AtomicUsize, Ordering};
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, Collector)> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(rule) = rules.get(i) else { break };
                        mine.push((i, run(rule)));
                    }
                    mine
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rules give the same findings and outcomes on one thread and on several.
    #[test]
    fn rules_on_threads_find_what_they_find_in_sequence() {
        let (doc, _) = crate::generate::model(&crate::generate::ModelSpec {
            elements: 3_000,
            seed: 7,
            defect_rate: 0.01,
        });
        let model = Model::from_doc(doc, vec!["$.elements[3].colour".into()]);
        let fw = Framework::builtin(&model.doc().framework).expect("built-in framework");
        let rules: Vec<Rule> = structure::RULES
            .iter()
            .chain(content::RULES)
            .copied()
            .collect();
        let flatten = |cs: Vec<Collector>| {
            let mut all = Collector::default();
            cs.into_iter().for_each(|c| all.absorb(c));
            let outcomes = all.outcomes();
            // Within a rule, some findings come in hash order (the report sorts them).
            let mut findings = all.findings;
            findings.sort_by(|a, b| {
                (&a.rule, &a.subject, &a.message.en).cmp(&(&b.rule, &b.subject, &b.message.en))
            });
            (findings, outcomes)
        };
        let one = flatten(run_rules(&rules, &model, &fw, &[], 1));
        assert!(one.0.len() > 100, "the defects give findings");
        for threads in [2, 3, 64] {
            assert_eq!(flatten(run_rules(&rules, &model, &fw, &[], threads)), one);
        }
    }
}
