//! The appraisal checklist: the items of ND 73/2019 Art. 21.3 (conformity with plans; compliance
//! with the architecture; technology choice; standards and technical regulations; connection and
//! data sharing) plus information security, each with the worst outcome of its rules.

use super::{ChecklistItem, Finding, Outcome, RuleOutcome, Severity};
use crate::i18n::Text;

/// (id, Vietnamese, English, rules) for each item, in the order of Art. 21.3.
const ITEMS: &[(&str, &str, &str, &[&str])] = &[
    (
        "plans",
        "Sự phù hợp với quy hoạch, kế hoạch ứng dụng CNTT",
        "Conformity with IT plans and programmes",
        &["CONF-14", "baseline-not-current"],
    ),
    (
        "architecture",
        "Sự tuân thủ Khung Kiến trúc CPĐT Việt Nam, Kiến trúc CQĐT cấp tỉnh",
        "Compliance with the e-government architecture",
        &["CONF-01", "CONF-02", "CONF-04", "CONF-13"],
    ),
    (
        "technology",
        "Sự phù hợp của giải pháp công nghệ",
        "Technology choice",
        &["CONF-08", "CONF-11"],
    ),
    (
        "standards",
        "Sự phù hợp với tiêu chuẩn, quy chuẩn kỹ thuật",
        "Standards and technical regulations",
        &["CONF-06", "CONF-07"],
    ),
    (
        "connection",
        "Kết nối, liên thông, chia sẻ dữ liệu",
        "Connection and data sharing",
        &["CONF-03", "CONF-05", "CONF-09", "CONF-12"],
    ),
    (
        "security",
        "Bảo đảm an toàn thông tin theo cấp độ",
        "Information security by level",
        &["CONF-10"],
    ),
];

/// The checklist for a report's rule outcomes and findings, with the level's mapping (PRODUCT.md,
/// "Compliance levels"): a failed error makes its item fail; a failed warning or a review makes it
/// "cần làm rõ"; info findings have no effect (their rule counts as passed here). So the checklist
/// never shows red where the level does not.
pub fn checklist(outcomes: &[RuleOutcome], findings: &[Finding]) -> Vec<ChecklistItem> {
    ITEMS
        .iter()
        .map(|(id, vi, en, rules)| {
            let mut outcome = Outcome::NotApplicable;
            let mut raise = |o: Outcome| {
                if o.rank() > outcome.rank() {
                    outcome = o;
                }
            };
            for o in outcomes.iter().filter(|o| rules.contains(&o.rule.as_str())) {
                // Applicable rules pass unless a finding says otherwise (below).
                raise(match o.outcome {
                    Outcome::NotApplicable => Outcome::NotApplicable,
                    _ => Outcome::Pass,
                });
            }
            for f in findings.iter().filter(|f| rules.contains(&f.rule.as_str())) {
                raise(match (f.severity, f.outcome) {
                    (Severity::Info, _) => Outcome::Pass,
                    (Severity::Error, Outcome::Fail) => Outcome::Fail,
                    (_, Outcome::Fail | Outcome::Review) => Outcome::Review,
                    (_, o) => o,
                });
            }
            ChecklistItem {
                id: id.to_string(),
                title: Text::new(*vi, *en),
                outcome,
                rules: rules.iter().map(|r| r.to_string()).collect(),
            }
        })
        .collect()
}

/// The checklist item a rule falls under, if any, as (id, title).
pub fn item_of(rule: &str) -> Option<(&'static str, Text)> {
    ITEMS
        .iter()
        .find(|(_, _, _, rules)| rules.contains(&rule))
        .map(|(id, vi, en, _)| (*id, Text::new(*vi, *en)))
}
