//! Structural rules: duplicate ids (VAL-003), dangling references (VAL-004), relations not allowed
//! between two kinds (VAL-005), cycles in hierarchical relations (VAL-006), orphans (VAL-011) and
//! inverted periods (VAL-014).

use crate::findings::Collector;
use crate::framework::Framework;
use crate::model::Model;
use crate::model::{FastMap, FastSet};
use crate::report::Outcome;
use crate::rules::meta;
use petgraph::graph::{DiGraph, NodeIndex};

pub(super) fn check(model: &Model, fw: &Framework, c: &mut Collector) {
    duplicate_ids(model, c);
    dangling(model, c);
    relations_allowed(model, fw, c);
    cycles(model, fw, c);
    orphans(model, c);
    periods(model, c);
}

fn duplicate_ids(model: &Model, c: &mut Collector) {
    let m = meta("VAL-003");
    c.consider(&m.id, model.elements().len() + model.relations().len());
    let n = model.elements().len() + model.relations().len();
    let mut counts: FastMap<&str, usize> = FastMap::with_capacity_and_hasher(n, Default::default());
    let relation_ids = model.relations().iter().filter_map(|r| r.id.as_deref());
    for id in model
        .elements()
        .iter()
        .map(|e| e.id.as_str())
        .chain(relation_ids)
    {
        *counts.entry(id).or_default() += 1;
    }
    let mut dups: Vec<(&str, usize)> = counts.into_iter().filter(|&(_, n)| n > 1).collect();
    dups.sort_unstable();
    for (id, n) in dups {
        c.push(
            m,
            id,
            Outcome::Fail,
            &[("id", id), ("count", &n.to_string())],
        );
    }
}

fn dangling(model: &Model, c: &mut Collector) {
    let m = meta("VAL-004");
    let mut n = 0;
    for (i, r) in model.relations().iter().enumerate() {
        let (from, to) = model.ends(i);
        let via_ok = r.via.as_ref().map(|v| model.element(v).is_some());
        n += 2 + usize::from(via_ok.is_some());
        if from.is_some() && to.is_some() && via_ok != Some(false) {
            continue;
        }
        // The key is made only for a finding: at a million relations, formatting every one
        // would cost more than the check.
        let key = r.key();
        for (field, target, ok) in [
            ("from", Some(&r.from), from.is_some()),
            ("to", Some(&r.to), to.is_some()),
            ("via", r.via.as_ref(), via_ok != Some(false)),
        ] {
            if let (Some(target), false) = (target, ok) {
                c.push(
                    m,
                    &key,
                    Outcome::Fail,
                    &[("field", field), ("target", target)],
                );
            }
        }
    }
    for e in model.elements() {
        if let Some(owner) = &e.owner {
            n += 1;
            if model.element(owner).is_none() {
                c.push(
                    m,
                    &e.id,
                    Outcome::Fail,
                    &[("field", "owner"), ("target", owner)],
                );
            }
        }
    }
    c.consider(&m.id, n);
}

fn relations_allowed(model: &Model, fw: &Framework, c: &mut Collector) {
    let m = meta("VAL-005");
    let mut n = 0;
    for (i, r) in model.relations().iter().enumerate() {
        let (Some(a), Some(b)) = model.ends(i) else {
            continue;
        };
        let (a, b) = (&model.elements()[a], &model.elements()[b]);
        // Unknown kinds are VAL-002's to report; judging them here would report twice.
        if fw.relation_kind(&r.kind).is_none()
            || fw.element_kind(&a.kind).is_none()
            || fw.element_kind(&b.kind).is_none()
        {
            continue;
        }
        n += 1;
        if !fw.allows(&r.kind, &a.kind, &b.kind) {
            let allowed = fw.allowed_targets(&r.kind, &a.kind);
            let allowed = if allowed.is_empty() {
                "—".to_string()
            } else {
                allowed.join(", ")
            };
            c.push(
                m,
                &r.key(),
                Outcome::Fail,
                &[
                    ("relation", &r.kind),
                    ("from", &r.from),
                    ("from_kind", &a.kind),
                    ("to", &r.to),
                    ("to_kind", &b.kind),
                    ("allowed", &allowed),
                ],
            );
        }
    }
    c.consider(&m.id, n);
}

/// One finding per cycle (a strongly connected component with more than one element, or an
/// element that is part of itself), on the smallest id in it.
fn cycles(model: &Model, fw: &Framework, c: &mut Collector) {
    let m = meta("VAL-006");
    for kind in fw.doc.relation_kinds.iter().filter(|k| k.hierarchical) {
        let mut g: DiGraph<(), ()> = DiGraph::with_capacity(model.elements().len(), 0);
        for _ in model.elements() {
            g.add_node(());
        }
        let mut self_loops = FastSet::default();
        let mut edges = 0;
        for (i, _) in model
            .relations()
            .iter()
            .enumerate()
            .filter(|(_, r)| r.kind == kind.id)
        {
            if let (Some(a), Some(b)) = model.ends(i) {
                edges += 1;
                if a == b {
                    self_loops.insert(a);
                }
                g.add_edge(NodeIndex::new(a), NodeIndex::new(b), ());
            }
        }
        c.consider(&m.id, edges);
        for scc in petgraph::algo::tarjan_scc(&g) {
            if scc.len() < 2 && !scc.first().is_some_and(|n| self_loops.contains(&n.index())) {
                continue;
            }
            let mut ids: Vec<&str> = scc
                .iter()
                .map(|n| model.elements()[n.index()].id.as_str())
                .collect();
            ids.sort_unstable();
            let cycle = ids.join(", ");
            c.push(
                m,
                ids[0],
                Outcome::Fail,
                &[("cycle", &cycle), ("relation", &kind.id)],
            );
        }
    }
}

fn orphans(model: &Model, c: &mut Collector) {
    let m = meta("VAL-011");
    c.consider(&m.id, model.elements().len());
    // An element named as another's owner or as a relation's platform is connected too.
    let mut referenced: FastSet<usize> = FastSet::default();
    for e in model.elements() {
        if let Some(p) = e.owner.as_deref().and_then(|o| model.position(o)) {
            referenced.insert(p);
        }
    }
    for r in model.relations() {
        if let Some(p) = r.via.as_deref().and_then(|v| model.position(v)) {
            referenced.insert(p);
        }
    }
    for (i, e) in model.elements().iter().enumerate() {
        if model.degree(i) == 0 && !referenced.contains(&i) && e.owner.is_none() {
            c.push(m, &e.id, Outcome::Fail, &[("name", e.name.primary())]);
        }
    }
}

fn periods(model: &Model, c: &mut Collector) {
    let m = meta("VAL-014");
    let mut n = 0;
    let mut check = |c: &mut Collector,
                     subject: &str,
                     name: &str,
                     what: (&str, &str),
                     start: String,
                     end: String,
                     bad: bool| {
        n += 1;
        if bad {
            c.push(
                m,
                subject,
                Outcome::Fail,
                &[
                    ("what", what.0),
                    ("what_en", what.1),
                    ("name", name),
                    ("start", &start),
                    ("end", &end),
                ],
            );
        }
    };
    let d = &model.doc();
    let fmt = |o: Option<crate::date::Date>| o.map(|d| d.to_string()).unwrap_or_default();
    if d.valid_from.is_some() || d.valid_to.is_some() {
        check(
            c,
            &d.id,
            d.name.primary(),
            ("Thời hạn hiệu lực", "validity"),
            fmt(d.valid_from),
            fmt(d.valid_to),
            d.validity().is_inverted(),
        );
    }
    if let Some(r) = d.roadmap {
        check(
            c,
            &d.id,
            d.name.primary(),
            ("Lộ trình", "roadmap"),
            r.start.to_string(),
            r.end.to_string(),
            r.start > r.end,
        );
    }
    for e in model.elements() {
        if e.valid_from.is_some() || e.valid_to.is_some() {
            check(
                c,
                &e.id,
                e.name.primary(),
                ("Thời hạn hiệu lực", "validity"),
                fmt(e.valid_from),
                fmt(e.valid_to),
                e.validity().is_inverted(),
            );
        }
        if let Some(p) = e.phase {
            check(
                c,
                &e.id,
                e.name.primary(),
                ("Giai đoạn", "phase"),
                p.start.to_string(),
                p.end.to_string(),
                p.start > p.end,
            );
        }
    }
    c.consider(&m.id, n);
}
