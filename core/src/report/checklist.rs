//! The appraisal checklist: the items of ND 73/2019 Art. 21.3 (conformity with plans; compliance
//! with the architecture; technology choice; standards and technical regulations; connection and
//! data sharing) plus information security, each with the worst outcome of its rules.

use super::{ChecklistItem, Finding, Outcome, RuleOutcome, Severity};
use crate::i18n::Text;
use crate::regime::InvestmentRegime;

/// (id, Vietnamese, English, rules) for each item, in the order of Art. 21.3.
/// The checklist items (their titles are `checklist.<id>` of the label table, and
/// `checklist.<id>.nd224` under NĐ 224/2026 where it renames them) and the rules of each.
const ITEMS: &[(&str, &[&str])] = &[
    ("plans", &["CONF-14"]),
    (
        "architecture",
        &[
            "CONF-01",
            "CONF-02",
            "CONF-04",
            "CONF-13",
            "CONF-16",
            "CONF-17",
            "CONF-18",
            "baseline-not-current",
        ],
    ),
    ("technology", &["CONF-08", "CONF-11", "CONF-19"]),
    ("standards", &["CONF-06", "CONF-07"]),
    ("connection", &["CONF-03", "CONF-05", "CONF-09", "CONF-12"]),
    ("security", &["CONF-10", "CONF-15", "CONF-20"]),
];

/// The items NĐ 224/2026 renames.
const ND224_TITLES: &[&str] = &["plans", "architecture", "security"];

fn title(id: &str, regime: InvestmentRegime) -> Text {
    let key = if regime == InvestmentRegime::Nd224 && ND224_TITLES.contains(&id) {
        format!("checklist.{id}.nd224")
    } else {
        format!("checklist.{id}")
    };
    crate::labels::text(&key).into_owned()
}

pub fn checklist_for(
    outcomes: &[RuleOutcome],
    findings: &[Finding],
    regime: InvestmentRegime,
) -> Vec<ChecklistItem> {
    ITEMS
        .iter()
        .map(|(id, rules)| {
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
                title: title(id, regime),
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
        .find(|(_, rules)| rules.contains(&rule))
        .map(|(id, _)| (*id, title(id, InvestmentRegime::Nd73)))
}
