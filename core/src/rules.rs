//! Rule metadata: id, severity, bilingual title, message and suggestion templates, legal basis.
//! Built-in rules are Rust code (in `validate` and `conformance`); their texts are data, embedded
//! from `data/rules/*.json`, so that wording and basis can be reviewed without reading code.

use crate::i18n::Text;
use crate::legal::Basis;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// How serious a failed rule is: an error makes a project non-conformant (and a model invalid), a
/// warning needs the appraiser, information never changes the level.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// A failed error makes a project non-conformant.
    Error,
    /// A failed warning needs the appraiser.
    Warning,
    /// Information; never changes the level.
    Info,
}

impl Severity {
    /// `error`, `warning` or `info`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
    /// The display name in Vietnamese and English.
    pub fn label(self) -> Text {
        match self {
            Severity::Error => Text::new("lỗi", "error"),
            Severity::Warning => Text::new("cảnh báo", "warning"),
            Severity::Info => Text::new("thông tin", "info"),
        }
    }
}

/// What a rule reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum AppliesTo {
    /// An architecture model (validation).
    Model,
    /// A project proposal (conformance).
    Project,
    /// Any document (format checks).
    Any,
}

/// A rule's description. `message` and `suggestion` are templates with `{name}` placeholders.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct RuleMeta {
    /// The rule's id, e.g. `CONF-05`.
    pub id: String,
    /// Its severity.
    pub severity: Severity,
    /// What it reads.
    pub applies_to: AppliesTo,
    /// Its title.
    pub title: Text,
    /// The message template of a finding.
    pub message: Text,
    /// The suggestion template of a finding.
    pub suggestion: Text,
    /// The legal or methodological basis.
    pub basis: Basis,
    /// Whether a proposal's waiver (giải trình) can excuse the rule. Rules whose basis is a
    /// mandatory provision are not waivable: a waiver of them is reported (DOC-010) and has no
    /// effect. Default: waivable.
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub waivable: bool,
    /// Why the rule is not waivable (Vietnamese, English), shown with DOC-010.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_waivable_because: Option<Text>,
    /// When the rule is in force (the instruments it enforces); open when it always applies.
    /// A check made as of a date outside it does not run the rule.
    #[serde(default, skip_serializing_if = "is_open")]
    pub effective: crate::date::Period,
    /// A finding of this rule is an input problem of the document: the report gets no architecture
    /// verdict (level `not-assessed`) and the CLI exits 2.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub input_problem: bool,
}

fn is_open(p: &crate::date::Period) -> bool {
    p.from.is_none() && p.to.is_none()
}

impl RuleMeta {
    /// Whether the rule is in force on `d`.
    pub fn in_force(&self, d: crate::date::Date) -> bool {
        self.effective.contains(d)
    }

    /// The rule as of `d`: its basis keeps only the citations in force on `d`.
    pub fn at(&self, d: crate::date::Date) -> RuleMeta {
        let mut r = self.clone();
        r.basis = self.basis.at(d);
        r
    }
}

/// The built-in rules in force on `d`, with their basis as of `d`.
pub fn in_force(d: crate::date::Date) -> Vec<RuleMeta> {
    builtin()
        .iter()
        .filter(|r| r.in_force(d))
        .map(|r| r.at(d))
        .collect()
}

fn yes() -> bool {
    true
}

fn is_true(b: &bool) -> bool {
    *b
}

const VALIDATION: &str = include_str!("../data/rules/validation.json");
const CONFORMANCE: &str = include_str!("../data/rules/conformance.json");
const ARCHIMATE: &str = include_str!("../data/rules/archimate.json");
const DOCUMENT: &str = include_str!("../data/rules/document.json");

/// The built-in rules, parsed once. A malformed embedded file is a build defect, caught by tests.
pub fn builtin() -> &'static [RuleMeta] {
    static RULES: OnceLock<Vec<RuleMeta>> = OnceLock::new();
    RULES.get_or_init(|| {
        let mut v: Vec<RuleMeta> = Vec::new();
        for text in [VALIDATION, CONFORMANCE, ARCHIMATE, DOCUMENT] {
            match serde_json::from_str::<Vec<RuleMeta>>(text) {
                Ok(rules) => v.extend(rules.into_iter().map(|mut r: RuleMeta| {
                    r.basis = r.basis.normalised();
                    r
                })),
                Err(e) => panic!("embedded rule data is malformed: {e}"),
            }
        }
        v
    })
}

/// A rule's metadata as JSON (for faces without serde).
pub fn to_json(rule: &RuleMeta) -> String {
    serde_json::to_string(rule).unwrap_or_default()
}

/// The built-in rule with this id.
pub fn rule(id: &str) -> Option<&'static RuleMeta> {
    builtin().iter().find(|r| r.id == id)
}

/// The built-in rule with this id; the ids used in code all exist (tested).
pub(crate) fn meta(id: &str) -> &'static RuleMeta {
    match rule(id) {
        Some(r) => r,
        None => panic!("no built-in rule {id}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_rule_has_basis_and_both_languages() {
        let rules = builtin();
        assert!(!rules.is_empty());
        let mut ids = std::collections::HashSet::new();
        for r in rules {
            assert!(ids.insert(&r.id), "duplicate rule id {}", r.id);
            assert!(!r.basis.instrument.trim().is_empty(), "{}", r.id);
            for t in [&r.title, &r.message, &r.suggestion] {
                assert!(
                    !t.vi.trim().is_empty() && !t.en.trim().is_empty(),
                    "{}",
                    r.id
                );
            }
        }
    }
}
