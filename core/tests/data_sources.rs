//! Every fact in the embedded reference data records where it comes from.
//!
//! The policy (docs/checks.md, "Sources of reference data"):
//! - baselines: the model, every element and every relation carry a `source` with a non-empty
//!   instrument. A relation may instead rest on its two ends: it has no source of its own only when
//!   both ends are sourced elements (the relation restates what their sources describe, e.g. the
//!   portal serves citizens); a relation that adds a fact of its own (a data exchange, hosting,
//!   ownership) carries its own source.
//! - frameworks: the framework, its layers, reference models, taxonomy entries, data domains and
//!   functions carry a source. Element kinds, relation kinds and the allowed-relations table are
//!   kientruc's modelling vocabulary, not facts of law, and carry none.
//! - standards catalogues: the catalogue and every row carry a source.
//! - rules: every rule has a basis with at least one citation, each with a non-empty instrument.
//! - a fact domain.md marks P (secondary) is never encoded as `verified`.

use serde_json::Value;
use std::path::{Path, PathBuf};

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

fn files(sub: &str) -> Vec<(String, Value)> {
    let dir = data_dir().join(sub);
    let mut out = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    entries.sort();
    for p in entries {
        let bytes = std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        let v: Value =
            serde_json::from_slice(&bytes).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        out.push((p.display().to_string(), v));
    }
    assert!(!out.is_empty(), "no data files in {}", dir.display());
    out
}

/// Whether `v` has a `source` (or `basis`) with a non-empty instrument, or citations that all have one.
fn sourced(v: &Value, key: &str) -> bool {
    let Some(s) = v.get(key) else { return false };
    let own = s
        .get("instrument")
        .and_then(Value::as_str)
        .is_some_and(|i| !i.trim().is_empty());
    let cites = s.get("cites").and_then(Value::as_array);
    match cites {
        Some(c) if !c.is_empty() => c.iter().all(|c| {
            c.get("instrument")
                .and_then(Value::as_str)
                .is_some_and(|i| !i.trim().is_empty())
        }),
        _ => own,
    }
}

fn array<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get(key)
        .and_then(Value::as_array)
        .map_or(&[][..], Vec::as_slice)
}

fn id(v: &Value) -> String {
    ["id", "code", "prefix", "from"]
        .iter()
        .find_map(|k| v.get(*k).and_then(Value::as_str))
        .unwrap_or("?")
        .to_string()
}

#[test]
fn every_baseline_element_and_relation_has_a_source() {
    let mut problems = Vec::new();
    for (file, m) in files("baselines") {
        // The catalogue of known architectures (embedded or not): each entry carries a source.
        if file.ends_with("catalogue.json") {
            for k in array(&m, "baselines") {
                if !sourced(k, "source") {
                    problems.push(format!("{file}: {} has no source", k["id"]));
                }
            }
            continue;
        }
        if !sourced(&m, "source") {
            problems.push(format!("{file}: the model has no source"));
        }
        let mut with_source = std::collections::HashSet::new();
        for e in array(&m, "elements") {
            if sourced(e, "source") {
                with_source.insert(id(e));
            } else {
                problems.push(format!("{file}: element {} has no source", id(e)));
            }
        }
        for r in array(&m, "relations") {
            let end = |k: &str| r.get(k).and_then(Value::as_str).unwrap_or("");
            let kind = end("kind");
            // Relations that add a fact of their own need their own source.
            let own_fact = matches!(kind, "exchanges-data-with" | "hosts" | "owns");
            let ends_sourced = with_source.contains(end("from")) && with_source.contains(end("to"));
            if !sourced(r, "source") && (own_fact || !ends_sourced) {
                problems.push(format!(
                    "{file}: relation {} -{kind}-> {} has no source",
                    end("from"),
                    end("to")
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_framework_fact_has_a_source() {
    let mut problems = Vec::new();
    for (file, f) in files("frameworks") {
        if !sourced(&f, "source") {
            problems.push(format!("{file}: the framework has no source"));
        }
        let mut items: Vec<(&str, &Value)> = Vec::new();
        for k in ["layers", "data_domains", "functions", "reference_models"] {
            items.extend(array(&f, k).iter().map(|v| (k, v)));
        }
        for m in array(&f, "reference_models") {
            items.extend(array(m, "entries").iter().map(|v| ("entries", v)));
        }
        for (k, v) in items {
            if !sourced(v, "source") {
                problems.push(format!("{file}: {k} {} has no source", id(v)));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_standards_row_has_a_source() {
    let mut problems = Vec::new();
    for (file, s) in files("standards") {
        if !sourced(&s, "source") {
            problems.push(format!("{file}: the catalogue has no source"));
        }
        for r in array(&s, "rows") {
            if !sourced(r, "source") {
                problems.push(format!("{file}: row {} has no source", id(r)));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_rule_has_a_basis() {
    let mut problems = Vec::new();
    for (file, rules) in files("rules") {
        for r in rules.as_array().map_or(&[][..], Vec::as_slice) {
            if !sourced(r, "basis") {
                problems.push(format!("{file}: rule {} has no basis", id(r)));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    for r in kientruc::rules::builtin() {
        assert!(!r.basis.instrument.trim().is_empty(), "{}", r.id);
    }
}

/// Facts domain.md (and domain-2026.md) mark P: wherever an instrument or article mentions one of
/// these, the status must be `secondary`.
const KNOWN_SECONDARY: &[(&str, &str)] = &[
    (
        "dự thảo",
        "the 2019 draft of the DRM (domain.md Part 1 §3.1)",
    ),
    (
        "dữ liệu GSO",
        "administrative-unit codes from GSO data (domain.md §6.3)",
    ),
    (
        "NĐ 107/2021",
        "the merger of the public-service portal and one-stop system (PRODUCT.md check 9)",
    ),
    (
        "06/2025",
        "the systems listed at the 2025 merger (domain-2026.md §1.2: P)",
    ),
    ("NĐ 45/2026", "domain-2026.md §5: P"),
    (
        "NĐ 224/2026",
        "domain-2026.md §5: V-mirror, to check against the gazette",
    ),
    (
        "NĐ 331/2026",
        "domain-2026.md §5: V-mirror, to check against the gazette",
    ),
    ("Luật Dữ liệu", "domain-2026.md §5: effective date P"),
    ("Luật Đất đai", "read from a secondary copy"),
    (
        "H48",
        "QCVN 102 level-1 code of Quảng Ngãi (domain.md Part 2 §3: P)",
    ),
    ("G22", "QCVN 102 group G (domain.md Part 2 §3: P)"),
];

fn walk<'a>(v: &'a Value, path: String, out: &mut Vec<(String, &'a Value)>) {
    match v {
        Value::Object(m) => {
            if m.contains_key("instrument") {
                out.push((path.clone(), v));
            }
            for (k, x) in m {
                walk(x, format!("{path}.{k}"), out);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                let label = x
                    .get("id")
                    .and_then(Value::as_str)
                    .map_or(i.to_string(), str::to_string);
                walk(x, format!("{path}[{label}]"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn no_fact_known_to_be_secondary_is_marked_verified() {
    let mut problems = Vec::new();
    for sub in ["baselines", "frameworks", "standards", "rules"] {
        for (file, v) in files(sub) {
            let mut sources = Vec::new();
            walk(&v, String::new(), &mut sources);
            for (path, s) in sources {
                // A joined basis takes the weakest status of its citations: judge the citations.
                if s.get("cites").is_some() {
                    continue;
                }
                let text = |k: &str| s.get(k).and_then(Value::as_str).unwrap_or("").to_string();
                let all = format!("{} {}", text("instrument"), text("article"));
                let status = text("status");
                for (marker, why) in KNOWN_SECONDARY {
                    if all.contains(marker) && status != "secondary" {
                        problems.push(format!(
                            "{file}{path}: '{marker}' is P ({why}) but marked '{status}'"
                        ));
                    }
                }
            }
        }
    }
    // TT 39/2017: only rows 1.1–1.12 were seen verbatim (domain.md Part 2 §2).
    for (file, s) in files("standards") {
        for r in array(&s, "rows") {
            let rid = id(r);
            let verified_row = rid
                .strip_prefix("1.")
                .and_then(|n| n.parse::<u32>().ok())
                .is_some_and(|n| (1..=12).contains(&n));
            let status = r["source"]["status"].as_str().unwrap_or("");
            if !verified_row && status == "verified" {
                problems.push(format!("{file}: row {rid} is P but marked verified"));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_dated_instrument_carries_its_effective_period() {
    // Instruments whose dates domain*.md gives: a source or citation naming one of them carries
    // an effective period (a source joining several instruments in one string is exempt).
    const DATED: &[&str] = &[
        "NĐ 47/2024/NĐ-CP",
        "NĐ 47/2020/NĐ-CP",
        "NĐ 73/2019/NĐ-CP",
        "NĐ 85/2016/NĐ-CP",
        "TT 39/2017/TT-BTTTT",
        "QĐ 2323/QĐ-BTTTT",
        "NĐ 194/2025/NĐ-CP",
    ];
    let mut problems = Vec::new();
    for sub in ["baselines", "frameworks", "standards", "rules"] {
        for (file, v) in files(sub) {
            let mut sources = Vec::new();
            walk(&v, String::new(), &mut sources);
            for (path, s) in sources {
                let instrument = s["instrument"].as_str().unwrap_or("");
                if instrument.contains(';') || s.get("cites").is_some() {
                    continue;
                }
                if DATED.iter().any(|d| instrument.starts_with(d)) && s.get("effective").is_none() {
                    problems.push(format!(
                        "{file}{path}: {instrument} has no effective period"
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn a_2022_finding_does_not_cite_a_2024_decree() {
    let r = kientruc::rules::rule("CONF-03").expect("rule");
    let in2022 = r.basis.at(kientruc::Date::jan1(2022));
    assert!(
        !in2022.instrument.contains("47/2024"),
        "{}",
        in2022.instrument
    );
    assert!(in2022.instrument.contains("47/2020"));
    let in2025 = r.basis.at(kientruc::Date::new(2025, 1, 1).expect("date"));
    assert!(in2025.instrument.contains("47/2024"));
    let in2026 = r.basis.at(kientruc::Date::new(2026, 1, 1).expect("date"));
    assert!(
        !in2026.instrument.contains("47/2024"),
        "repealed by NĐ 194/2025 from 19/8/2025"
    );
}
