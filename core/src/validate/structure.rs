//! Structural rules: duplicate ids (VAL-003), dangling references (VAL-004), relations not allowed
//! between two kinds (VAL-005), cycles in hierarchical relations (VAL-006), orphans (VAL-011) and
//! inverted periods (VAL-014).

use super::Rule;
use crate::findings::Collector;
use crate::framework::Framework;
use crate::i18n::{Arg, Args, Lang, Text};
use crate::model::Model;
use crate::model::{FastMap, FastSet};
use crate::report::Outcome;
use crate::rules::{Say, meta};
use petgraph::graph::{DiGraph, NodeIndex};

/// The structural rules.
pub(super) const RULES: &[Rule] = &[
    |m, _, _, c| duplicate_ids(m, c),
    |m, _, _, c| dangling(m, c),
    |m, fw, _, c| relations_allowed(m, fw, c),
    |m, fw, _, c| cycles(m, fw, c),
    |m, _, _, c| orphans(m, c),
    |m, _, _, c| periods(m, c),
];

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
        c.say(
            m,
            id,
            Outcome::Fail,
            &Say::default().arg("id", id).arg("count", n),
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
                let what = m.phrase(field, &Args::new());
                let say = Say::default().arg("what", what).both("target", target);
                c.say(m, &key, Outcome::Fail, &say);
            }
        }
    }
    for (i, e) in model.elements().iter().enumerate() {
        if let Some(owner) = &e.owner {
            n += 1;
            if model.owner(i).is_none() {
                let what = m.phrase("owner", &Args::new());
                let say = Say::default().arg("what", what).both("target", owner);
                c.say(m, &e.id, Outcome::Fail, &say);
            }
        }
    }
    c.consider(&m.id, n);
}

/// An element kind as a message shows it: its framework name in Vietnamese, its id in English
/// (the id the author types).
pub(super) fn kind_name(fw: &Framework, kind: &str) -> Text {
    let vi = fw.element_kind(kind).map_or(kind, |k| k.name.vi.as_str());
    Text::new(vi, kind)
}

/// A relation kind as a message shows it: its framework name in Vietnamese, its id in English.
fn relation_name(fw: &Framework, kind: &str) -> Text {
    let vi = fw.relation_kind(kind).map_or(kind, |k| k.name.vi.as_str());
    Text::new(vi, kind)
}

fn relations_allowed(model: &Model, fw: &Framework, c: &mut Collector) {
    let m = meta("VAL-005");
    let mut n = 0;
    // Kinds are interned: each distinct kind is looked up in the framework once, and each
    // distinct (relation, from, to) triple judged once.
    let names = model.kind_names();
    let element_known: Vec<bool> = names.iter().map(|k| fw.element_kind(k).is_some()).collect();
    let relation_known: Vec<bool> = names
        .iter()
        .map(|k| fw.relation_kind(k).is_some())
        .collect();
    let mut judged: FastMap<(usize, usize, usize), bool> = FastMap::default();
    for (i, r) in model.relations().iter().enumerate() {
        let (Some(ai), Some(bi)) = model.ends(i) else {
            continue;
        };
        let (a, b) = (&model.elements()[ai], &model.elements()[bi]);
        let (rk, ak, bk) = (
            model.relation_kind_id(i),
            model.element_kind_id(ai),
            model.element_kind_id(bi),
        );
        // Unknown kinds are VAL-002's to report; judging them here would report twice.
        if !relation_known[rk] || !element_known[ak] || !element_known[bk] {
            continue;
        }
        n += 1;
        let allows = *judged
            .entry((rk, ak, bk))
            .or_insert_with(|| fw.allows(&r.kind, &a.kind, &b.kind));
        if !allows {
            let allowed = fw.allowed_targets(&r.kind, &a.kind);
            let allowed = if allowed.is_empty() {
                Text::from("—")
            } else {
                let names: Vec<Text> = allowed.iter().map(|k| kind_name(fw, k)).collect();
                let join = |lang| {
                    names
                        .iter()
                        .map(|n| n.get(lang))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                Text::new(join(Lang::Vi), join(Lang::En))
            };
            let say = Say::default()
                .arg("relation", relation_name(fw, &r.kind))
                .arg("from", &r.from)
                .arg("from_kind", kind_name(fw, &a.kind))
                .arg("to", &r.to)
                .arg("to_kind", kind_name(fw, &b.kind))
                .arg("allowed", allowed);
            c.say(m, &r.key(), Outcome::Fail, &say);
        }
    }
    c.consider(&m.id, n);
}

/// One finding per cycle (a strongly connected component with more than one element, or an
/// element that is part of itself), on the smallest id in it.
fn cycles(model: &Model, fw: &Framework, c: &mut Collector) {
    let m = meta("VAL-006");
    for kind in fw.doc.relation_kinds.iter().filter(|k| k.hierarchical) {
        // A kind no relation of the model has can make no cycle.
        let Some(kind_id) = model.kind_names().iter().position(|k| *k == kind.id) else {
            c.consider(&m.id, 0);
            continue;
        };
        let mut g: DiGraph<(), ()> = DiGraph::with_capacity(model.elements().len(), 0);
        for _ in model.elements() {
            g.add_node(());
        }
        let mut self_loops = FastSet::default();
        let mut edges = 0;
        for i in (0..model.relations().len()).filter(|&i| model.relation_kind_id(i) == kind_id) {
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
            let say = Say::default()
                .arg("cycle", cycle)
                .both("relation", relation_name(fw, &kind.id));
            c.say(m, ids[0], Outcome::Fail, &say);
        }
    }
}

fn orphans(model: &Model, c: &mut Collector) {
    let m = meta("VAL-011");
    c.consider(&m.id, model.elements().len());
    // An element named as another's owner or as a relation's platform is connected too.
    let mut referenced = vec![false; model.elements().len()];
    for p in (0..model.elements().len()).filter_map(|i| model.owner(i)) {
        referenced[p] = true;
    }
    for r in model.relations() {
        if let Some(p) = r.via.as_deref().and_then(|v| model.position(v)) {
            referenced[p] = true;
        }
    }
    for (i, e) in model.elements().iter().enumerate() {
        if !model.is_linked(i) && !referenced[i] && e.owner.is_none() {
            let say = Say::default().arg("name", e.name.primary());
            c.say(m, &e.id, Outcome::Fail, &say);
        }
    }
}

fn periods(model: &Model, c: &mut Collector) {
    let m = meta("VAL-014");
    let mut n = 0;
    let mut check = |c: &mut Collector,
                     subject: &str,
                     name: &str,
                     what: &str,
                     start: Arg<'_>,
                     end: Arg<'_>,
                     bad: bool| {
        n += 1;
        if bad {
            let say = Say::default()
                .arg("what", m.phrase(what, &Args::new()))
                .arg("name", name)
                .arg("start", start)
                .arg("end", end);
            c.say(m, subject, Outcome::Fail, &say);
        }
    };
    let d = model.doc();
    // A date in each language's form: dd/mm/yyyy in Vietnamese.
    let fmt = |o: Option<crate::date::Date>| -> Arg<'_> {
        match o {
            Some(d) => d.text().into(),
            None => "".into(),
        }
    };
    if d.valid_from.is_some() || d.valid_to.is_some() {
        check(
            c,
            &d.id,
            d.name.primary(),
            "validity",
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
            "roadmap",
            r.start.into(),
            r.end.into(),
            r.start > r.end,
        );
    }
    for e in model.elements() {
        if e.valid_from.is_some() || e.valid_to.is_some() {
            check(
                c,
                &e.id,
                e.name.primary(),
                "validity",
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
                "phase",
                p.start.into(),
                p.end.into(),
                p.start > p.end,
            );
        }
    }
    c.consider(&m.id, n);
}
