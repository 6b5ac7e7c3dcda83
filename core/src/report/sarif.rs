//! SARIF 2.1.0: one run per report, stable rule ids with basis and help text in `rules`, results
//! with `kind` = outcome, `level` = none unless the kind is fail, and logical locations naming the
//! project (or model) and the component (or element).

use super::{Finding, Outcome, Report, Severity};
use crate::i18n::Lang;
use crate::rules::{self, RuleMeta};
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// Several reports as one SARIF log, one run per report. `lang` chooses the message language.
pub fn to_sarif(reports: &[Report], lang: Lang) -> String {
    let runs: Vec<Value> = reports.iter().map(|r| run(r, lang)).collect();
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": runs,
    });
    let mut s = serde_json::to_string_pretty(&log).unwrap_or_default();
    s.push('\n');
    s
}

fn kind(o: Outcome) -> &'static str {
    match o {
        Outcome::Pass => "pass",
        Outcome::Fail => "fail",
        Outcome::Review => "review",
        Outcome::NotApplicable => "notApplicable",
        // The result itself failed; its SARIF suppression (below) says it was accepted.
        Outcome::Accepted => "fail",
    }
}

/// A waived finding as a SARIF suppression: `underReview` until the appraiser accepts it.
fn suppressions(f: &Finding) -> Value {
    match &f.waiver {
        None => Value::Null,
        Some(w) => json!([{
            "kind": "external",
            "status": if w.accepted.is_some() { "accepted" } else { "underReview" },
            "justification": w.reason,
        }]),
    }
}

fn level(f: &Finding) -> &'static str {
    if f.outcome != Outcome::Fail {
        return "none";
    }
    match f.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn rule_descriptor(meta: &RuleMeta, lang: Lang) -> Value {
    json!({
        "id": meta.id,
        "name": meta.id.replace(['-', '/'], "_"),
        "shortDescription": { "text": meta.title.get(lang) },
        "fullDescription": { "text": format!("{} — {}", meta.title.get(lang), meta.basis.display_in(lang)) },
        "help": { "text": format!("{}: {}", crate::labels::ui("report.basis", lang), meta.basis.display_in(lang)) },
        "defaultConfiguration": { "level": match meta.severity {
            Severity::Error => "error", Severity::Warning => "warning", Severity::Info => "note" } },
        "properties": {
            "severity": meta.severity.as_str(),
            "basis": meta.basis,
            "title": meta.title,
        }
    })
}

fn run(r: &Report, lang: Lang) -> Value {
    // Rules: every rule with an outcome, in id order; results refer to them by index.
    let mut ids: Vec<&str> = r.outcomes.iter().map(|o| o.rule.as_str()).collect();
    ids.extend(r.findings.iter().map(|f| f.rule.as_str()));
    ids.sort_unstable();
    ids.dedup();
    let index: BTreeMap<&str, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    let descriptors: Vec<Value> = ids
        .iter()
        .map(|id| match rules::rule(id) {
            // The rule as of the check date: only the instruments in force then, in their
            // wording.
            Some(m) => match r.as_of {
                Some(d) => rule_descriptor(&m.at(d), lang),
                None => rule_descriptor(m, lang),
            },
            None => {
                // A rule-pack rule: its metadata travels with its findings.
                let f = r.findings.iter().find(|f| f.rule == *id);
                json!({ "id": id, "shortDescription": { "text": id },
                        "help": { "text": f.map(|f| f.basis.display_in(lang)).unwrap_or_default() } })
            }
        })
        .collect();
    let subject = &r.subject.id;
    let mut results: Vec<Value> = r
        .findings
        .iter()
        .map(|f| {
            let mut locations = vec![json!({ "name": subject, "fullyQualifiedName": subject, "kind": "module" })];
            if f.subject != *subject {
                locations.push(json!({
                    "name": f.subject,
                    "fullyQualifiedName": format!("{subject}/{}", f.subject),
                    "kind": "object",
                    "parentIndex": 0,
                }));
            }
            let mut result = json!({
                "ruleId": f.rule,
                "ruleIndex": index[f.rule.as_str()],
                "kind": kind(f.outcome),
                "level": level(f),
                "message": { "text": f.message.get(lang) },
                "locations": [{ "logicalLocations": [locations.last().cloned().unwrap_or(Value::Null)] }],
                "partialFingerprints": { "kientrucSubject/v1": format!("{}|{}|{}", f.rule, subject, f.subject) },
                "properties": {
                    "severity": f.severity.as_str(),
                    "outcome": f.outcome.as_str(),
                    "subject": f.subject,
                    "basis": f.basis,
                    "suggestion": f.suggestion.get(lang),
                    "waiver": f.waiver,
                }
            });
            if f.waiver.is_some() {
                result["suppressions"] = suppressions(f);
            }
            result
        })
        .collect();
    // Passing and not-applicable rules appear as results too, so the run shows every outcome.
    for o in r
        .outcomes
        .iter()
        .filter(|o| matches!(o.outcome, Outcome::Pass | Outcome::NotApplicable))
    {
        let title = rules::rule(&o.rule)
            .map(|m| match r.as_of {
                Some(d) => m.at(d).title.get(lang).to_string(),
                None => m.title.get(lang).to_string(),
            })
            .unwrap_or_else(|| o.rule.clone());
        results.push(json!({
            "ruleId": o.rule,
            "ruleIndex": index[o.rule.as_str()],
            "kind": kind(o.outcome),
            "level": "none",
            "message": { "text": format!("{title}: {}", o.outcome.label().get(lang)) },
            "locations": [{ "logicalLocations": [{ "name": subject, "fullyQualifiedName": subject, "kind": "module" }] }],
        }));
    }
    json!({
        "tool": { "driver": {
            "name": "kientruc",
            "version": env!("CARGO_PKG_VERSION"),
            "informationUri": "https://example.invalid/kientruc",
            "rules": descriptors,
        }},
        "language": lang.as_str(),
        "logicalLocations": [{ "name": subject, "fullyQualifiedName": subject, "kind": "module" }],
        "results": results,
        "properties": {
            "subject": r.subject,
            "baseline": r.baseline,
            "framework": r.framework,
            "as_of": r.as_of,
            "regime": r.regime,
            "level": r.level,
            "counts": r.counts,
        }
    })
}
