//! Model validation: the VAL-nnn rules over an architecture model, plus the declarative rules of
//! any rule packs given. Findings come out in a deterministic order.

mod content;
mod structure;

use crate::findings::Collector;
use crate::framework::Framework;
use crate::model::Model;
use crate::options::ValidateOptions;
use crate::report::{Counts, Report, Subject};

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
    structure::check(model, framework, &mut c);
    content::check(model, framework, packs, &mut c);
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
