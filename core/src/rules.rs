//! Rule metadata: id, severity, bilingual title, message and suggestion templates, legal basis.
//! Built-in rules are Rust code (in `validate` and `conformance`); their texts are data, embedded
//! from `data/rules/*.json`, so that wording and basis can be reviewed without reading code.
//!
//! A template names its arguments (`{component}`, `{minimum}`); the code chooses the situation
//! (`messages`, `suggestions` keys) and passes values only — names, ids, numbers, dates, lists,
//! and phrases filled from the rule's own `phrases`. The template renderer checks, in every
//! debug build, that a call passes exactly the arguments its templates use.

use crate::i18n::{Arg, Args, TemplateName, Text, render};
use crate::legal::Basis;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
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
    /// The severity's label (`severity.*` of the label table).
    pub fn label(self) -> Text {
        crate::labels::text(&format!("severity.{}", self.as_str())).into_owned()
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
    /// The message of a rule that reports one situation; empty when `messages` holds several
    /// (still written, so that a face reading `message` finds the field).
    #[serde(default)]
    pub message: Text,
    /// The suggestion of a rule with one suggestion.
    #[serde(default)]
    pub suggestion: Text,
    /// The messages of a rule that reports several situations, by situation.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub messages: BTreeMap<String, Text>,
    /// The suggestions of a rule whose suggestion depends on the situation, by key.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub suggestions: BTreeMap<String, Text>,
    /// Parts of the rule's messages that depend on the language (a reason, a list item, a
    /// citation): filled by the code and passed to a message as an argument.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub phrases: BTreeMap<String, Text>,
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

/// What a finding says: the situation of its message and of its suggestion (`""`: the rule's
/// single `message`, `suggestion`), and the arguments of each. Each template gets exactly the
/// arguments it uses: [`Say::arg`] for the message, [`Say::fix`] for the suggestion,
/// [`Say::both`] for a value both show.
#[derive(Debug, Clone, Default)]
pub(crate) struct Say<'a> {
    pub message: &'static str,
    pub suggestion: &'static str,
    pub args: Args<'a>,
    pub fix_args: Args<'a>,
}

impl<'a> Say<'a> {
    /// The message `message` with the suggestion `suggestion`.
    pub(crate) fn new(message: &'static str, suggestion: &'static str) -> Self {
        Say {
            message,
            suggestion,
            ..Say::default()
        }
    }
    /// An argument of the message.
    pub(crate) fn arg(mut self, key: &'static str, value: impl Into<Arg<'a>>) -> Self {
        self.args.set(key, value);
        self
    }
    /// An argument of the suggestion.
    pub(crate) fn fix(mut self, key: &'static str, value: impl Into<Arg<'a>>) -> Self {
        self.fix_args.set(key, value);
        self
    }
    /// An argument of both the message and the suggestion.
    pub(crate) fn both(mut self, key: &'static str, value: impl Into<Arg<'a>>) -> Self {
        let value = value.into();
        self.fix_args.set(key, value.clone());
        self.args.set(key, value);
        self
    }
}

fn is_open(p: &crate::date::Period) -> bool {
    p.from.is_none() && p.to.is_none()
}

impl RuleMeta {
    /// Whether the rule is in force on `d`.
    pub fn in_force(&self, d: crate::date::Date) -> bool {
        self.effective.contains(d)
    }

    /// The template `key` of `map` (`""`: `single`). A key the data lacks is a defect of the
    /// code or the data: the tests fail on it (debug builds panic); a release build shows the key.
    fn template<'t>(
        &'t self,
        single: &'t Text,
        map: &'t BTreeMap<String, Text>,
        what: &str,
        key: &str,
    ) -> std::borrow::Cow<'t, Text> {
        let found = if key.is_empty() {
            Some(single).filter(|t| !t.is_empty())
        } else {
            map.get(key)
        };
        match found {
            Some(t) => std::borrow::Cow::Borrowed(t),
            None => {
                debug_assert!(false, "rule {} has no {what} '{key}'", self.id);
                std::borrow::Cow::Owned(Text::from(format!("{}: {key}", self.id)))
            }
        }
    }

    /// The message and suggestion `say` chooses, filled with its arguments.
    pub(crate) fn say(&self, say: &Say<'_>) -> (Text, Text) {
        let m = self.template(&self.message, &self.messages, "message", say.message);
        let s = self.template(
            &self.suggestion,
            &self.suggestions,
            "suggestion",
            say.suggestion,
        );
        let what = TemplateName(&self.id, "message", say.message);
        let [m] = render(&what, [&m], &say.args);
        let what = TemplateName(&self.id, "suggestion", say.suggestion);
        let [s] = render(&what, [&s], &say.fix_args);
        (m, s)
    }

    /// The phrase `key` of the rule, filled with `args`.
    pub(crate) fn phrase(&self, key: &str, args: &Args<'_>) -> Text {
        let empty = Text::default();
        let t = self.template(&empty, &self.phrases, "phrase", key);
        let [t] = render(&TemplateName(&self.id, "phrase", key), [&t], args);
        t
    }

    /// The rule as of `d`: its basis keeps only the citations in force on `d`, and its texts use
    /// the wording of the law in force on `d` (`cấp độ an ninh mạng` from 01/7/2026).
    pub fn at(&self, d: crate::date::Date) -> RuleMeta {
        let mut r = self.clone();
        r.basis = self.basis.at(d);
        let texts = [&mut r.title, &mut r.message, &mut r.suggestion]
            .into_iter()
            .chain(r.not_waivable_because.as_mut())
            .chain(r.messages.values_mut())
            .chain(r.suggestions.values_mut())
            .chain(r.phrases.values_mut());
        for t in texts {
            t.vi = crate::regime::in_terms_of(&t.vi, d);
            t.en = crate::regime::in_terms_of(&t.en, d);
        }
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
            let messages = std::iter::once(&r.message).filter(|m| !m.is_empty());
            let messages: Vec<&Text> = messages.chain(r.messages.values()).collect();
            assert!(!messages.is_empty(), "{} has no message", r.id);
            for t in messages
                .into_iter()
                .chain([&r.title])
                .chain(std::iter::once(&r.suggestion).filter(|m| !m.is_empty()))
                .chain(r.suggestions.values())
                .chain(r.phrases.values())
            {
                assert!(
                    !t.vi.trim().is_empty() && !t.en.trim().is_empty(),
                    "{}",
                    r.id
                );
            }
        }
    }
}
