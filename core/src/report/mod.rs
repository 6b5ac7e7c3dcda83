//! The report shared by model validation and project conformance, and its renderers.
//!
//! The JSON form (`report/1`) is a documented contract; see `docs/report.md`.

pub(crate) mod checklist;
mod dossier;
mod html;
mod json;
mod level;
mod markdown;
pub mod portfolio;
mod sarif;
mod tally;
mod text;

/// A finding's severity: defined with the rules, whose metadata carries it.
pub use crate::rules::Severity;
pub use html::to_html_with_diagrams;
pub use html::{to_html, to_html_many, to_html_portfolio};
pub use json::{from_json, to_json, to_json_array};
pub use level::Level;
pub use markdown::{to_markdown, to_markdown_many};
pub use portfolio::{InputError, PortfolioRow, to_csv, to_portfolio_json};
pub use sarif::to_sarif;
pub use tally::Tally;
pub use text::{TextOptions, to_text, to_text_many};

use crate::date::Date;
use crate::i18n::{Name, Text};
use crate::legal::Basis;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A rule's outcome for one subject or for a whole report.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// The rule is met.
    Pass,
    /// The rule is not met.
    Fail,
    /// The appraiser has to look: the facts needed are missing or unverified.
    Review,
    /// The rule has nothing to look at.
    NotApplicable,
    /// A finding the proposal justifies (giải trình) and the appraiser accepted: no effect on the
    /// level, listed apart.
    Accepted,
}

impl Outcome {
    /// How bad an outcome is, for combining subjects:
    /// not-applicable < pass < accepted < review < fail.
    pub fn rank(self) -> u8 {
        match self {
            Outcome::NotApplicable => 0,
            Outcome::Pass => 1,
            Outcome::Accepted => 2,
            Outcome::Review => 3,
            Outcome::Fail => 4,
        }
    }

    /// The stable id, e.g. `not-applicable`.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Pass => "pass",
            Outcome::Fail => "fail",
            Outcome::Review => "review",
            Outcome::NotApplicable => "not-applicable",
            Outcome::Accepted => "accepted",
        }
    }
    /// The outcome's label (`outcome.*` of the label table).
    pub fn label(self) -> Text {
        crate::labels::text(&format!("outcome.{}", self.as_str())).into_owned()
    }
}

/// One problem found: a failed or review outcome of a rule on one subject, or an extra.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Finding {
    /// The rule's id.
    pub rule: String,
    /// The rule's severity, unless the finding sets its own (a duplicate inferred only from a
    /// name is a warning).
    pub severity: Severity,
    /// `fail`, `review` or `accepted`.
    pub outcome: Outcome,
    /// The element, component, data store, integration or project id the finding is about.
    pub subject: String,
    /// What is wrong, in Vietnamese and English.
    pub message: Text,
    /// The legal or methodological basis.
    pub basis: Basis,
    /// How to fix it.
    pub suggestion: Text,
    /// The proposal's justification (giải trình) of this finding, and the appraiser's acceptance.
    /// A waived finding stays in the report: until accepted its outcome is `review`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waiver: Option<WaiverNote>,
    /// In a report with input problems (`not-assessed`): this finding is about a subject whose
    /// document has an input problem (an unknown field, a value outside its vocabulary, a reference
    /// to nothing), so it may be a consequence of that problem rather than of the design.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub consequence: bool,
}

/// A justification attached to a finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct WaiverNote {
    /// The proposal's reason.
    pub reason: String,
    /// The outcome the finding had before it was justified (`fail` or `review`).
    pub outcome: Outcome,
    /// The appraiser's acceptance, when an `acceptance/1` document accepts it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accepted: Option<crate::acceptance::Accepted>,
}

/// The outcome of one rule over all its subjects.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct RuleOutcome {
    /// The rule's id.
    pub rule: String,
    /// The worst outcome over the rule's subjects.
    pub outcome: Outcome,
}

/// A finding that was not reported because the subject suppresses (or the project waives) the rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Excused {
    /// The rule's id.
    pub rule: String,
    /// The subject excused.
    pub subject: String,
    /// The reason given.
    pub reason: String,
}

/// Totals. `error`/`warning`/`info` count failed findings (outcome `fail`) by severity; findings
/// that need review are counted by their rules' outcomes. `pass`/`fail`/`review`/`not_applicable`
/// count rule outcomes; `extras` counts components outside the architecture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Counts {
    /// Failed findings of severity error.
    pub error: usize,
    /// Failed findings of severity warning.
    pub warning: usize,
    /// Failed findings of severity info.
    pub info: usize,
    /// Rules passed (accepted ones included).
    pub pass: usize,
    /// Rules failed.
    pub fail: usize,
    /// Rules that need review.
    pub review: usize,
    /// Rules that did not apply.
    pub not_applicable: usize,
    /// Findings suppressed by an element.
    pub suppressed: usize,
    /// The proposal's justifications that matched findings.
    pub waived: usize,
    /// Waived findings the appraiser accepted.
    #[serde(default)]
    pub accepted: usize,
    /// Components outside the architecture (mapped to nothing).
    pub extras: usize,
}

/// What a report is about: a project or a model.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Subject {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: Name,
}

/// The baseline (or, for a model validation, the framework) a report was made against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct BaselineRef {
    /// The baseline's id.
    pub id: String,
    /// The day it applies from.
    #[serde(default)]
    pub valid_from: Option<Date>,
    /// The last day it applies.
    #[serde(default)]
    pub valid_to: Option<Date>,
}

/// What the dossier shows of the project itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ProjectSummary {
    /// The system owner (chủ quản), as the project gives it.
    pub owner: Option<String>,
    /// The owner agency's name, when `owner` resolves in the baseline.
    pub owner_name: Option<Name>,
    /// The investor (chủ đầu tư).
    pub investor: Option<String>,
    /// The investment stage's id.
    pub stage: Option<String>,
    /// The investment group.
    pub group: Option<String>,
    /// The source of funds' id.
    pub funding: Option<String>,
    /// The budget in VND.
    pub budget_vnd: Option<u64>,
    /// The years the project runs.
    pub phase: Option<crate::model::YearSpan>,
    /// How many components the project has.
    pub components: usize,
}

/// One item of the appraisal checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ChecklistItem {
    /// Stable id: `plans`, `architecture`, `technology`, `standards`, `connection`, `security`.
    pub id: String,
    /// The item's title.
    pub title: Text,
    /// The worst outcome of its rules.
    pub outcome: Outcome,
    /// The rules under the item.
    pub rules: Vec<String>,
}

/// A `report/1` document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Report {
    /// Always `report/1`.
    pub kientruc: String,
    /// The project or model checked.
    pub subject: Subject,
    /// The baseline a project was checked against; `null` for a model validation.
    pub baseline: Option<BaselineRef>,
    /// The framework the model or baseline follows.
    pub framework: String,
    /// The date the check was made as of.
    pub as_of: Option<Date>,
    /// The legal regime used (see `docs/checks.md`).
    pub regime: Option<String>,
    /// The regime in full ("Căn cứ pháp lý áp dụng: …").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regime_name: Option<Text>,
    /// Transitional provisions applied to the project (NĐ 224/2026 Điều 91, NĐ 331/2026 Điều 39).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regime_notes: Vec<Text>,
    /// Which baseline was used and why, when the caller let the library choose it (no baseline
    /// named, or a family name such as `quang-ngai`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline_choice: Option<Text>,
    /// The compliance level (its stable id on the wire); `null` for a model validation.
    pub level: Option<Level>,
    /// Totals.
    pub counts: Counts,
    /// The project's owner, investor, stage and investment; `null` for a model validation.
    #[serde(default)]
    pub summary: Option<ProjectSummary>,
    /// The appraisal checklist (ND 73/2019 Art. 21.3 items and information security) with the
    /// worst outcome of the rules under each item; empty for a model validation.
    #[serde(default)]
    pub checklist: Vec<ChecklistItem>,
    /// Failed, review and extra findings only, in a deterministic order.
    pub findings: Vec<Finding>,
    /// Every rule that ran, with its outcome, in rule-id order.
    pub outcomes: Vec<RuleOutcome>,
    /// Findings suppressed by an element's `suppress` list.
    #[serde(default)]
    pub suppressed: Vec<Excused>,
    /// The project's waivers (giải trình) that matched findings; the findings themselves stay in
    /// `findings` with their `waiver`.
    #[serde(default)]
    pub waived: Vec<Excused>,
}

impl Report {
    /// Whether a finding of severity error failed (the CLI exits 1; the level is non-conformant).
    pub fn has_errors(&self) -> bool {
        self.counts.error > 0
    }

    /// Sorts findings and outcomes into the documented order and recomputes the counts that
    /// derive from them. Findings sort by rule id, then subject, then the English message.
    pub(crate) fn finish(&mut self) {
        self.findings.sort_by(|a, b| {
            (a.rule.as_str(), a.subject.as_str(), a.message.en.as_str()).cmp(&(
                b.rule.as_str(),
                b.subject.as_str(),
                b.message.en.as_str(),
            ))
        });
        self.findings.dedup();
        self.outcomes.sort_by(|a, b| a.rule.cmp(&b.rule));
        for list in [&mut self.suppressed, &mut self.waived] {
            list.sort_by(|a, b| (&a.rule, &a.subject).cmp(&(&b.rule, &b.subject)));
            list.dedup();
        }
        let c = &mut self.counts;
        c.error = 0;
        c.warning = 0;
        c.info = 0;
        for f in self.findings.iter().filter(|f| f.outcome == Outcome::Fail) {
            match f.severity {
                Severity::Error => c.error += 1,
                Severity::Warning => c.warning += 1,
                Severity::Info => c.info += 1,
            }
        }
        c.pass = 0;
        c.fail = 0;
        c.review = 0;
        c.not_applicable = 0;
        for o in &self.outcomes {
            match o.outcome {
                Outcome::Pass => c.pass += 1,
                Outcome::Fail => c.fail += 1,
                Outcome::Review => c.review += 1,
                Outcome::NotApplicable => c.not_applicable += 1,
                // An accepted rule is neither passed nor failed: `accepted` counts its findings.
                Outcome::Accepted => {}
            }
        }
        c.suppressed = self.suppressed.len();
        c.waived = self.waived.len();
        c.accepted = self
            .findings
            .iter()
            .filter(|f| f.outcome == Outcome::Accepted)
            .count();
    }

    /// Marks, when the document has input problems, the other findings about a subject that has
    /// one (`Finding::consequence`): a broken field of a component may be all that its findings
    /// report. Input problems on the project itself mark the project's own findings.
    pub(crate) fn mark_consequences(&mut self) {
        let input = |f: &Finding| {
            f.outcome == Outcome::Fail
                && crate::rules::rule(&f.rule).is_some_and(|m| m.input_problem)
        };
        let broken: std::collections::BTreeSet<String> = self
            .findings
            .iter()
            .filter(|f| input(f))
            .map(|f| f.subject.clone())
            .collect();
        for f in &mut self.findings {
            f.consequence = !input(f) && broken.contains(&f.subject);
        }
    }
}
