//! Deterministic synthetic inputs at national scale, for benchmarks and for comparing kientruc
//! with other tools: a model of provinces, agencies and their systems with defects injected at
//! known places, and portfolios of proposals. The same seed gives the same bytes on every platform.
//!
//! The data is invented (place names, e-ID codes); it is shaped like the real architecture but
//! describes no real agency.

mod model;
mod names;
mod projects;
mod rng;

use crate::model::ModelDoc;
use serde::Serialize;
use std::io::{self, Write};

/// What to generate.
#[derive(Debug, Clone)]
pub struct ModelSpec {
    /// About how many elements (the model is built in whole units, so it may have a few fewer).
    pub elements: usize,
    /// The random seed: the same seed gives the same model.
    pub seed: u64,
    /// Defects of each kind per element, e.g. `0.001` for one in a thousand; `0` for none. At
    /// least one of each kind is injected when the rate is above zero.
    pub defect_rate: f64,
}

/// How many defects of each kind were injected. Each gives exactly one finding of its rule.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Injected {
    /// Relations to an element that does not exist (VAL-004).
    pub dangling_references: usize,
    /// Relations the framework does not allow between the two kinds (VAL-005).
    pub forbidden_relations: usize,
    /// Two-element `part-of` cycles (VAL-006).
    pub part_of_cycles: usize,
    /// Elements whose name differs from another's of the same kind only in diacritics and case
    /// (VAL-010).
    pub duplicate_names: usize,
    /// Agency e-ID codes that do not have the QCVN 102 form (VAL-007).
    pub invalid_eids: usize,
}

impl Injected {
    /// (defect, rule id, count), in a fixed order.
    pub fn by_rule(&self) -> [(&'static str, &'static str, usize); 5] {
        [
            ("dangling_references", "VAL-004", self.dangling_references),
            ("forbidden_relations", "VAL-005", self.forbidden_relations),
            ("part_of_cycles", "VAL-006", self.part_of_cycles),
            ("duplicate_names", "VAL-010", self.duplicate_names),
            ("invalid_eids", "VAL-007", self.invalid_eids),
        ]
    }
}

/// A synthetic national model and the defects injected into it.
pub fn model(spec: &ModelSpec) -> (ModelDoc, Injected) {
    model::generate(spec)
}

/// `count` synthetic `project/1` proposals against the default baseline.
pub fn projects(count: usize, seed: u64) -> Vec<serde_json::Value> {
    projects::generate(count, seed)
}

/// Writes `doc` as compact JSON with one element or relation per line: readable with `grep` and
/// `diff`, and a fraction of the size of pretty JSON at a million elements.
pub fn write_model(doc: &ModelDoc, out: &mut impl Write) -> io::Result<()> {
    let header = serde_json::json!({
        "kientruc": doc.kientruc,
        "id": doc.id,
        "name": doc.name,
        "framework": doc.framework,
    });
    let header = serde_json::to_string(&header)?;
    // The header object without its closing brace, so the arrays can follow.
    out.write_all(&header.as_bytes()[..header.len() - 1])?;
    write_array(out, "elements", &doc.elements)?;
    write_array(out, "relations", &doc.relations)?;
    out.write_all(b"}\n")
}

fn write_array<T: Serialize>(out: &mut impl Write, key: &str, items: &[T]) -> io::Result<()> {
    write!(out, ",\n\"{key}\":[")?;
    for (i, item) in items.iter().enumerate() {
        out.write_all(if i == 0 { b"\n" } else { b",\n" })?;
        serde_json::to_writer(&mut *out, item)?;
    }
    out.write_all(b"\n]")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Framework, Model, validate};

    fn findings_by_rule(doc: &ModelDoc) -> std::collections::BTreeMap<String, usize> {
        let mut bytes = Vec::new();
        write_model(doc, &mut bytes).expect("test");
        let m = Model::from_json(&bytes, "gen.json").expect("test");
        let fw = Framework::builtin("vn-egov-2.0").expect("test");
        let r = validate(&m, &fw, &Default::default());
        let mut by = std::collections::BTreeMap::new();
        for f in &r.findings {
            *by.entry(f.rule.clone()).or_default() += 1;
        }
        by
    }

    #[test]
    fn a_clean_model_has_no_findings() {
        let (doc, injected) = model(&ModelSpec {
            elements: 3_000,
            seed: 1,
            defect_rate: 0.0,
        });
        assert_eq!(injected, Injected::default());
        assert!(doc.elements.len() <= 3_000 && doc.elements.len() > 2_900);
        assert!(doc.relations.len() > 2 * doc.elements.len());
        assert!(
            findings_by_rule(&doc).is_empty(),
            "{:?}",
            findings_by_rule(&doc)
        );
    }

    #[test]
    fn each_injected_defect_gives_one_finding_of_its_rule() {
        let (doc, injected) = model(&ModelSpec {
            elements: 5_000,
            seed: 9,
            defect_rate: 0.002,
        });
        assert_eq!(injected.dangling_references, 10);
        let found = findings_by_rule(&doc);
        let expected: std::collections::BTreeMap<String, usize> = injected
            .by_rule()
            .iter()
            .map(|(_, rule, n)| (rule.to_string(), *n))
            .collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn the_same_seed_gives_the_same_bytes() {
        let spec = ModelSpec {
            elements: 500,
            seed: 42,
            defect_rate: 0.01,
        };
        let write = |doc: &ModelDoc| {
            let mut v = Vec::new();
            write_model(doc, &mut v).expect("test");
            v
        };
        assert_eq!(write(&model(&spec).0), write(&model(&spec).0));
        let other = ModelSpec {
            seed: 43,
            ..spec.clone()
        };
        assert_ne!(write(&model(&spec).0), write(&model(&other).0));
        assert_eq!(projects(20, 5), projects(20, 5));
    }

    #[test]
    fn generated_proposals_parse_and_reach_several_levels() {
        let b = crate::Baseline::default_builtin().expect("test");
        let mut levels = std::collections::BTreeSet::new();
        for p in projects(200, 3) {
            let text = serde_json::to_string(&p).expect("test");
            let project = crate::Project::from_json(text.as_bytes(), "p.json").expect("test");
            assert!(
                project.unknown_fields.is_empty(),
                "{:?}",
                project.unknown_fields
            );
            levels.insert(format!(
                "{:?}",
                crate::check(&project, &b, &Default::default()).level
            ));
        }
        assert!(levels.len() >= 3, "{levels:?}");
    }
}
