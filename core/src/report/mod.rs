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
    Pass,
    Fail,
    Review,
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

    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Pass => "pass",
            Outcome::Fail => "fail",
            Outcome::Review => "review",
            Outcome::NotApplicable => "not-applicable",
            Outcome::Accepted => "accepted",
        }
    }
    pub fn label(self) -> Text {
        match self {
            Outcome::Pass => Text::new("đạt", "pass"),
            Outcome::Fail => Text::new("không đạt", "fail"),
            Outcome::Review => Text::new("cần làm rõ", "review"),
            Outcome::NotApplicable => Text::new("không áp dụng", "not applicable"),
            Outcome::Accepted => Text::new("đã chấp nhận giải trình", "justification accepted"),
        }
    }
}

/// One problem found: a failed or review outcome of a rule on one subject, or an extra.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Finding {
    pub rule: String,
    pub severity: Severity,
    pub outcome: Outcome,
    /// The element, component, data store, integration or project id the finding is about.
    pub subject: String,
    pub message: Text,
    pub basis: Basis,
    pub suggestion: Text,
    /// The proposal's justification (giải trình) of this finding, and the appraiser's acceptance.
    /// A waived finding stays in the report: until accepted its outcome is `review`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waiver: Option<WaiverNote>,
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
    pub rule: String,
    pub outcome: Outcome,
}

/// A finding that was not reported because the subject suppresses (or the project waives) the rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Excused {
    pub rule: String,
    pub subject: String,
    pub reason: String,
}

/// Totals. `error`/`warning`/`info` count failed findings (outcome `fail`) by severity; findings
/// that need review are counted by their rules' outcomes. `pass`/`fail`/`review`/`not_applicable`
/// count rule outcomes; `extras` counts components outside the architecture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Counts {
    pub error: usize,
    pub warning: usize,
    pub info: usize,
    pub pass: usize,
    pub fail: usize,
    pub review: usize,
    pub not_applicable: usize,
    pub suppressed: usize,
    pub waived: usize,
    /// Waived findings the appraiser accepted.
    #[serde(default)]
    pub accepted: usize,
    pub extras: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Subject {
    pub id: String,
    pub name: Name,
}

/// The baseline (or, for a model validation, the framework) a report was made against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct BaselineRef {
    pub id: String,
    #[serde(default)]
    pub valid_from: Option<Date>,
    #[serde(default)]
    pub valid_to: Option<Date>,
}

/// What the dossier shows of the project itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ProjectSummary {
    pub owner: Option<String>,
    /// The owner agency's name, when `owner` resolves in the baseline.
    pub owner_name: Option<Name>,
    pub investor: Option<String>,
    pub stage: Option<String>,
    pub group: Option<String>,
    pub funding: Option<String>,
    pub budget_vnd: Option<u64>,
    pub phase: Option<crate::model::YearSpan>,
    pub components: usize,
}

/// One item of the appraisal checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ChecklistItem {
    /// Stable id: `plans`, `architecture`, `technology`, `standards`, `connection`, `security`.
    pub id: String,
    pub title: Text,
    pub outcome: Outcome,
    pub rules: Vec<String>,
}

/// A `report/1` document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Report {
    /// Always `report/1`.
    pub kientruc: String,
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
                // An accepted rule is neither failed nor under review: it counts as passed.
                Outcome::Accepted => c.pass += 1,
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
}
