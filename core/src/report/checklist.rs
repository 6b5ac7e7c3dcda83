//! The appraisal checklist: the items of ND 73/2019 Art. 21.3 (conformity with plans; compliance
//! with the architecture; technology choice; standards and technical regulations; connection and
//! data sharing) plus information security, each with the worst outcome of its rules.

use super::{ChecklistItem, Finding, Outcome, RuleOutcome, Severity};
use crate::i18n::Text;
use crate::regime::InvestmentRegime;

/// (id, Vietnamese, English, rules) for each item, in the order of Art. 21.3.
/// The checklist items (their titles are `checklist.<id>` of the label table, and
/// `checklist.<id>.nd224` / `.nd45` under NĐ 224/2026 / NĐ 45/2026 where they rename them) and the
/// rules of each (see `rules_of` for the regime's changes).
const ITEMS: &[(&str, &[&str])] = &[
    ("plans", &["CONF-14", "CONF-21"]),
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

/// The items NĐ 45/2026/NĐ-CP renames (its text was not read: the titles say "nguồn thứ cấp"):
/// compliance with the national overall digital architecture framework or a digital architecture
/// framework in force.
const ND45_TITLES: &[&str] = &["plans", "architecture"];

fn title(id: &str, regime: InvestmentRegime) -> Text {
    let key = match regime {
        InvestmentRegime::Nd224 if ND224_TITLES.contains(&id) => format!("checklist.{id}.nd224"),
        InvestmentRegime::Nd45 if ND45_TITLES.contains(&id) => format!("checklist.{id}.nd45"),
        _ => format!("checklist.{id}"),
    };
    crate::labels::text(&key).into_owned()
}

/// The rules under item `id` in `regime`: under NĐ 73/2019 the plans item is the architecture's
/// roadmap (CONF-14); from NĐ 45/2026 it is the digital transformation plan (CONF-21), and the
/// roadmap is part of the architecture, not a plan.
fn rules_of(id: &str, rules: &[&'static str], regime: InvestmentRegime) -> Vec<&'static str> {
    let mut v = rules.to_vec();
    match (regime, id) {
        // NĐ 73/2019: the roadmap stands for the plans; CONF-21 is not in force.
        (InvestmentRegime::Nd73, "plans") => v.retain(|r| *r != "CONF-21"),
        (InvestmentRegime::Nd73, _) => {}
        (_, "plans") => v.retain(|r| *r != "CONF-14"),
        // With the other CONF rules, before baseline-not-current.
        (_, "architecture") => {
            let at = v
                .iter()
                .position(|r| !r.starts_with("CONF-"))
                .unwrap_or(v.len());
            v.insert(at, "CONF-14");
        }
        _ => {}
    }
    v
}

/// The checklist for a report's rule outcomes and findings under the investment regime in force
/// (NĐ 73/2019 khoản 3 Điều 21's items, or their NĐ 224/2026 wording), with the level's mapping
/// (PRODUCT.md, "Compliance levels"): a failed error makes its item fail; a failed warning or a
/// review makes it "cần làm rõ"; info findings have no effect (their rule counts as passed here).
/// So the checklist never shows red where the level does not.
pub fn checklist_for(
    outcomes: &[RuleOutcome],
    findings: &[Finding],
    regime: InvestmentRegime,
) -> Vec<ChecklistItem> {
    ITEMS
        .iter()
        .map(|(id, rules)| {
            let rules = rules_of(id, rules, regime);
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
