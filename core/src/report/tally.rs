//! The tally of a report: one count of its findings and rules, defined here once and printed by
//! every format (the text totals, the dossier's closing paragraph, the portfolio table), so that
//! they never contradict each other.
//!
//! The units follow the level (PRODUCT.md, "Compliance levels"):
//! - a failed finding of severity error is "không đạt" (failed);
//! - a finding under review and a failed warning are "cần làm rõ" (to review): the appraiser must
//!   decide, as for a waived finding not yet accepted;
//! - info findings (an extra, a note on a refused justification) are notes: never failed, never
//!   passed (an info finding under review, a project with no components, is to review);
//! - an accepted finding is neither passed nor failed: it is counted as accepted;
//! - rules are counted only as passed or not applicable; a rule with a problem is counted through
//!   its findings;
//! - a report with input problems (`not-assessed`) gives no verdict: only its input problems are
//!   counted.

use super::{Finding, Level, Outcome, Report, Severity};
use crate::i18n::{Arg, Args, Lang};
use crate::labels::say;

/// The counts every format prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    /// Whether the report gives a verdict (its level is not `not-assessed`).
    pub assessed: bool,
    /// Input problems of the document (rules marked `input_problem`).
    pub input_problems: usize,
    /// Failed findings of severity error: "nội dung không đạt".
    pub failed: usize,
    /// Findings under review (waived ones awaiting the appraiser included) and failed warnings:
    /// "nội dung cần làm rõ".
    pub to_review: usize,
    /// Of `to_review`, the failed warnings.
    pub warnings: usize,
    /// Info findings: notes that change nothing.
    pub notes: usize,
    /// Components outside the architecture.
    pub extras: usize,
    /// Justifications (giải trình) awaiting the appraiser.
    pub waived_pending: usize,
    /// Justifications the appraiser accepted.
    pub accepted: usize,
    /// Justifications not considered: of a mandatory provision (DOC-010) or without a reason
    /// (DOC-011).
    pub refused: usize,
    /// Rules that passed.
    pub rules_pass: usize,
    /// Rules that did not apply.
    pub rules_not_applicable: usize,
    /// Findings suppressed by an element's `suppress` list.
    pub suppressed: usize,
}

fn input_problem(f: &Finding) -> bool {
    f.outcome == Outcome::Fail && crate::rules::rule(&f.rule).is_some_and(|m| m.input_problem)
}

impl Tally {
    /// The tally of `report`.
    pub fn of(report: &Report) -> Tally {
        let level = report.level;
        let mut t = Tally {
            assessed: level != Some(Level::NotAssessed),
            extras: report.counts.extras,
            suppressed: report.counts.suppressed,
            ..Tally::default()
        };
        for f in &report.findings {
            if input_problem(f) {
                t.input_problems += 1;
                continue;
            }
            match (f.severity, f.outcome) {
                // An info finding under review still asks the appraiser (a project with no
                // components); the others are notes.
                (Severity::Info, Outcome::Review) => t.to_review += 1,
                (Severity::Info, _) => t.notes += 1,
                (_, Outcome::Accepted) => t.accepted += 1,
                (Severity::Error, Outcome::Fail) => t.failed += 1,
                (Severity::Warning, Outcome::Fail) => {
                    t.to_review += 1;
                    t.warnings += 1;
                }
                (_, Outcome::Review) => t.to_review += 1,
                _ => {}
            }
            if f.outcome == Outcome::Review && f.waiver.is_some() {
                t.waived_pending += 1;
            }
            if matches!(f.rule.as_str(), "DOC-010" | "DOC-011") {
                t.refused += 1;
            }
        }
        for o in &report.outcomes {
            match o.outcome {
                Outcome::Pass => t.rules_pass += 1,
                Outcome::NotApplicable => t.rules_not_applicable += 1,
                _ => {}
            }
        }
        t
    }

    /// The findings in one phrase: "1 nội dung không đạt, 4 nội dung cần làm rõ (trong đó 2 cảnh
    /// báo), 1 thành phần ngoài Kiến trúc", or, with input problems, "2 lỗi của hồ sơ; chưa đánh
    /// giá sự tuân thủ Kiến trúc" (labels `tally.*`).
    pub fn findings_phrase(&self, lang: Lang) -> String {
        if !self.assessed {
            let args = Args::new().with("problems", self.input_problems);
            return say("tally.not-assessed", &args).get(lang).to_string();
        }
        let warnings: Arg<'_> = match self.warnings {
            0 => "".into(),
            n => say("tally.warnings", &Args::new().with("warnings", n)).into(),
        };
        let args = Args::new()
            .with("failed", self.failed)
            .with("to_review", self.to_review)
            .with("warnings", warnings)
            .with("extras", self.extras);
        say("tally.findings", &args).get(lang).to_string()
    }

    /// The justifications in one phrase ("giải trình: 1 chờ thẩm định, 0 đã được chấp nhận, 1
    /// không được xét"), or `None` when the proposal has none.
    pub fn waivers_phrase(&self, lang: Lang) -> Option<String> {
        if self.waived_pending + self.accepted + self.refused == 0 {
            return None;
        }
        let args = Args::new()
            .with("pending", self.waived_pending)
            .with("accepted", self.accepted)
            .with("refused", self.refused);
        Some(say("tally.waivers", &args).get(lang).to_string())
    }

    /// The rules in one phrase ("15 quy tắc đạt, 6 quy tắc không áp dụng"), or `None` when the
    /// report gives no verdict.
    pub fn rules_phrase(&self, lang: Lang) -> Option<String> {
        if !self.assessed {
            return None;
        }
        let args = Args::new()
            .with("pass", self.rules_pass)
            .with("not_applicable", self.rules_not_applicable);
        Some(say("tally.rules", &args).get(lang).to_string())
    }

    /// The notes ("1 thông tin"), shown only with a verdict.
    pub fn notes_phrase(&self, lang: Lang) -> String {
        let args = Args::new().with("notes", self.notes);
        say("tally.notes", &args).get(lang).to_string()
    }

    /// The findings an element's `suppress` list removed ("2 bỏ qua có lý do"), or `None`.
    pub fn suppressed_phrase(&self, lang: Lang) -> Option<String> {
        let args = Args::new().with("suppressed", self.suppressed);
        (self.suppressed > 0).then(|| say("tally.suppressed", &args).get(lang).to_string())
    }
}
