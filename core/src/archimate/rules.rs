//! ArchiMate's own checks on an exchange file (AMX rules), as Archi's validator makes them:
//! relationships against the table, junctions, unused elements, duplicates, empty views, dangling
//! references and properties without definitions.

use super::{Exchange, Property, table::RelationshipTable};
use crate::findings::Collector;
use crate::i18n::Args;
use crate::report::Outcome;
use crate::rules::{Say, meta};
use std::collections::{HashMap, HashSet};

/// Adds the AMX findings of `x` to `c`. Findings name the file's identifiers; their messages give
/// the line.
pub(crate) fn check(x: &Exchange, c: &mut Collector) {
    let table = RelationshipTable::get();
    let elements: HashMap<&str, &super::Concept> = x
        .elements
        .iter()
        .map(|e| (e.identifier.as_str(), e))
        .collect();
    let relationships: HashSet<&str> = x
        .relationships
        .iter()
        .map(|r| r.identifier.as_str())
        .collect();
    let line = |n: usize| n.to_string();

    // AMX-006: dangling references, and AMX-001: the relationship table.
    let (dangling, allowed) = (meta("AMX-006"), meta("AMX-001"));
    let mut refs = 0;
    c.consider(&allowed.id, 0);
    for r in &x.relationships {
        let ends = [
            (r.source.as_deref(), "source"),
            (r.target.as_deref(), "target"),
        ];
        let mut types = Vec::new();
        for (end, what) in ends {
            let Some(end) = end else { continue };
            refs += 1;
            // A relationship may point at another relationship (association to a relationship).
            match elements.get(end) {
                Some(e) => types.push(e.xsi_type.as_str()),
                None if relationships.contains(end) => types.push("Relationship"),
                None => dangle(c, dangling, &r.identifier, what, end, r.line),
            }
        }
        if let [s, t] = types[..] {
            c.consider(&allowed.id, 1);
            if !table.allows(s, &r.xsi_type, t) {
                let ok = table.allowed(s, t).join(", ");
                c.push(
                    allowed,
                    &r.identifier,
                    Outcome::Fail,
                    &[
                        ("type", &r.xsi_type),
                        ("id", &r.identifier),
                        ("source_type", s),
                        ("target_type", t),
                        ("allowed", if ok.is_empty() { "—" } else { &ok }),
                        ("line", &line(r.line)),
                    ],
                );
            }
        }
    }
    for v in &x.views {
        for n in &v.nodes {
            if let Some(e) = &n.element_ref {
                refs += 1;
                if !elements.contains_key(e.as_str()) {
                    dangle(c, dangling, &v.identifier, "view-element", e, n.line);
                }
            }
        }
        for k in &v.connections {
            if let Some(r) = &k.relationship_ref {
                refs += 1;
                if !relationships.contains(r.as_str()) {
                    dangle(c, dangling, &v.identifier, "view-relationship", r, k.line);
                }
            }
        }
    }
    c.consider(&dangling.id, refs);

    // AMX-007: properties without definitions.
    let defs: HashSet<&str> = x
        .property_definitions
        .iter()
        .map(|d| d.identifier.as_str())
        .collect();
    let undefined = meta("AMX-007");
    let mut n = 0;
    let owners = std::iter::once((x.identifier.as_str(), &x.properties)).chain(
        x.elements
            .iter()
            .chain(&x.relationships)
            .map(|c| (c.identifier.as_str(), &c.properties)),
    );
    for (owner, props) in owners {
        for p in props.iter() {
            n += 1;
            check_property(c, undefined, &defs, owner, p);
        }
    }
    c.consider(&undefined.id, n);

    // AMX-002: junctions join relationships of one type.
    let junction = meta("AMX-002");
    let mut junctions = 0;
    for j in x
        .elements
        .iter()
        .filter(|e| e.xsi_type.ends_with("Junction"))
    {
        junctions += 1;
        let mut types: Vec<&str> = x
            .relationships
            .iter()
            .filter(|r| {
                r.source.as_deref() == Some(&j.identifier)
                    || r.target.as_deref() == Some(&j.identifier)
            })
            .map(|r| r.xsi_type.as_str())
            .collect();
        types.sort_unstable();
        types.dedup();
        if types.len() > 1 {
            c.push(
                junction,
                &j.identifier,
                Outcome::Fail,
                &[
                    ("id", &j.identifier),
                    ("types", &types.join(", ")),
                    ("line", &line(j.line)),
                ],
            );
        }
    }
    c.consider(&junction.id, junctions);

    // AMX-003: elements in no view (only when the file has views at all).
    let unused = meta("AMX-003");
    if x.views.is_empty() {
        c.consider(&unused.id, 0);
    } else {
        let shown: HashSet<&str> = x
            .views
            .iter()
            .flat_map(|v| v.nodes.iter().filter_map(|n| n.element_ref.as_deref()))
            .collect();
        c.consider(&unused.id, x.elements.len());
        for e in x
            .elements
            .iter()
            .filter(|e| !e.xsi_type.ends_with("Junction") && !shown.contains(e.identifier.as_str()))
        {
            let name = e.names.first().map_or("", |n| n.text.as_str());
            c.push(
                unused,
                &e.identifier,
                Outcome::Fail,
                &[
                    ("name", name),
                    ("type", &e.xsi_type),
                    ("line", &line(e.line)),
                ],
            );
        }
    }

    // AMX-004: same name and type (exactly, as Archi compares).
    let dup = meta("AMX-004");
    let mut first: HashMap<(&str, &str), &super::Concept> = HashMap::new();
    c.consider(&dup.id, x.elements.len());
    for e in &x.elements {
        let Some(name) = e
            .names
            .first()
            .map(|n| n.text.as_str())
            .filter(|n| !n.is_empty())
        else {
            continue;
        };
        match first.get(&(e.xsi_type.as_str(), name)) {
            Some(o) => c.push(
                dup,
                &e.identifier,
                Outcome::Fail,
                &[
                    ("name", name),
                    ("type", &e.xsi_type),
                    ("other", &o.identifier),
                    ("line", &line(e.line)),
                ],
            ),
            None => {
                first.insert((e.xsi_type.as_str(), name), e);
            }
        }
    }

    // AMX-005: empty views.
    let empty = meta("AMX-005");
    c.consider(&empty.id, x.views.len());
    for v in x
        .views
        .iter()
        .filter(|v| v.nodes.is_empty() && v.connections.is_empty())
    {
        let name = v
            .names
            .first()
            .map_or(v.identifier.as_str(), |n| n.text.as_str());
        c.push(
            empty,
            &v.identifier,
            Outcome::Fail,
            &[("name", name), ("line", &line(v.line))],
        );
    }
}

/// AMX-006 on `subject`: its `what` (a phrase of the rule) names `target`, which does not exist.
fn dangle(
    c: &mut Collector,
    m: &crate::rules::RuleMeta,
    subject: &str,
    what: &str,
    target: &str,
    line: usize,
) {
    let say = Say::default()
        .arg("what", m.phrase(what, &Args::new()))
        .arg("target", target)
        .arg("line", line);
    c.say(m, subject, Outcome::Fail, &say);
}

fn check_property(
    c: &mut Collector,
    m: &crate::rules::RuleMeta,
    defs: &HashSet<&str>,
    owner: &str,
    p: &Property,
) {
    if !defs.contains(p.definition_ref.as_str()) {
        c.push(
            m,
            owner,
            Outcome::Fail,
            &[
                ("owner", owner),
                ("target", &p.definition_ref),
                ("line", &p.line.to_string()),
            ],
        );
    }
}
