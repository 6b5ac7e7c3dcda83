//! The appraisal checklist: the items of ND 73/2019 Art. 21.3 (conformity with plans; compliance
//! with the architecture; technology choice; standards and technical regulations; connection and
//! data sharing) plus information security, each with the worst outcome of its rules.

use super::{ChecklistItem, Finding, Outcome, RuleOutcome, Severity};
use crate::i18n::Text;
use crate::regime::InvestmentRegime;

/// (id, Vietnamese, English, rules) for each item, in the order of Art. 21.3.
const ITEMS: &[(&str, &str, &str, &[&str])] = &[
    (
        "plans",
        "Sự phù hợp với quy hoạch, kế hoạch ứng dụng CNTT",
        "Conformity with IT plans and programmes",
        &["CONF-14", "CONF-21"],
    ),
    (
        "architecture",
        "Sự tuân thủ Khung Kiến trúc CPĐT Việt Nam, Kiến trúc CQĐT cấp tỉnh",
        "Compliance with the e-government architecture",
        // Whether the architecture checked against is the one in force belongs here: a verdict
        // against an expired architecture says nothing of compliance with the current one.
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
    (
        "technology",
        "Sự phù hợp của giải pháp công nghệ",
        "Technology choice",
        &["CONF-08", "CONF-11", "CONF-19"],
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
        &["CONF-10", "CONF-15", "CONF-20"],
    ),
];

/// The item titles under NĐ 224/2026/NĐ-CP: the feasibility study shows fit with the digital
/// transformation plan (khoản 1 Điều 45) and the appraisal covers compliance with the digital
/// architecture framework (điểm d, đ, e khoản 4 Điều 50); the other items keep their wording.
const ND224_TITLES: &[(&str, &str, &str)] = &[
    (
        "plans",
        "Sự phù hợp với Kế hoạch chuyển đổi số 5 năm hoặc hằng năm (khoản 1 Điều 45 Nghị định số 224/2026/NĐ-CP)",
        "Fit with the 5-year or annual digital transformation plan (Decree 224/2026/ND-CP, Art. 45(1))",
    ),
    (
        "architecture",
        "Sự tuân thủ Khung kiến trúc tổng thể quốc gia số hoặc Khung kiến trúc số của cơ quan, tổ chức (điểm d, đ, e khoản 4 Điều 50 Nghị định số 224/2026/NĐ-CP)",
        "Compliance with the national digital architecture framework or the agency's digital architecture framework (Decree 224/2026/ND-CP, Art. 50(4)(d), (đ), (e))",
    ),
    (
        "security",
        "Bảo đảm an ninh mạng theo cấp độ, bảo vệ dữ liệu cá nhân",
        "Cyber security by level, personal-data protection",
    ),
];

/// The item titles under NĐ 45/2026/NĐ-CP (its text was not read: secondary): compliance with the
/// national overall digital architecture framework or a digital architecture framework in force.
const ND45_TITLES: &[(&str, &str, &str)] = &[
    (
        "plans",
        "Sự phù hợp với kế hoạch chuyển đổi số (Nghị định số 45/2026/NĐ-CP, nguồn thứ cấp)",
        "Fit with the digital transformation plan (Decree 45/2026/ND-CP, secondary source)",
    ),
    (
        "architecture",
        "Sự tuân thủ Khung kiến trúc tổng thể quốc gia số hoặc Khung kiến trúc số hiện hành (Nghị định số 45/2026/NĐ-CP, nguồn thứ cấp)",
        "Compliance with the national digital architecture framework or a digital architecture framework in force (Decree 45/2026/ND-CP, secondary source)",
    ),
];

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
        .map(|(id, vi, en, rules)| {
            let titles = match regime {
                InvestmentRegime::Nd224 => ND224_TITLES,
                InvestmentRegime::Nd45 => ND45_TITLES,
                InvestmentRegime::Nd73 => &[],
            };
            let (vi, en) = match titles.iter().find(|t| t.0 == *id) {
                Some(t) => (&t.1, &t.2),
                None => (vi, en),
            };
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
