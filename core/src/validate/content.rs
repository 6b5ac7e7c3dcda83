//! Content rules: unknown fields (VAL-001), vocabularies (VAL-002), codes (VAL-007, VAL-008,
//! VAL-009), possible duplicates (VAL-010), required properties (VAL-012), cross-agency exchange
//! bypassing the integration platforms (VAL-013) and malformed suppressions (VAL-015).

use super::Rule;
use crate::codes::{AdminUnitCode, AgencyEid};
use crate::findings::Collector;
use crate::framework::Framework;
use crate::i18n::{Args, Text};
use crate::model::{Element, Model};
use crate::report::Outcome;
use crate::rulepack::RulePack;
use crate::rules::{self, Say, meta};
use crate::text::fold;
use crate::vocab::{Term, Vocabulary};

/// The content rules. The slowest (VAL-010, which folds every name) comes first, so that on
/// several threads it starts first and the others share the remaining threads meanwhile.
pub(super) const RULES: &[Rule] = &[
    |m, fw, _, c| duplicate_names(m, fw, c),
    |m, _, _, c| unknown_fields(m, c),
    |m, fw, _, c| vocabularies(m, fw, c),
    |m, fw, _, c| codes(m, fw, c),
    |m, fw, _, c| required(m, fw, c),
    |m, fw, _, c| exchanges(m, fw, c),
    |m, _, packs, c| suppressions(m, packs, c),
];

/// The subject a JSON path inside a model document is about.
fn subject_of_path<'a>(model: &'a Model, path: &str) -> &'a str {
    let index = |prefix: &str| -> Option<usize> {
        let rest = path.strip_prefix(prefix)?;
        rest[..rest.find(']')?].parse().ok()
    };
    if let Some(e) = index("$.elements[").and_then(|i| model.elements().get(i)) {
        return &e.id;
    }
    &model.doc().id
}

fn unknown_fields(model: &Model, c: &mut Collector) {
    let m = meta("VAL-001");
    c.consider(&m.id, 1);
    for path in &model.unknown_fields {
        let subject = subject_of_path(model, path);
        c.say(
            m,
            subject,
            Outcome::Fail,
            &Say::default()
                .arg("field", path.rsplit('.').next().unwrap_or(path))
                .arg("place", crate::form::place(path)),
        );
    }
}

/// What a value outside its vocabulary is: a field of the framework's (VAL-002's phrase `key`),
/// or a vocabulary of the label table.
enum What<'a> {
    Field(&'static str, &'static str),
    Vocabulary(&'a str),
}

/// Reports a value outside its vocabulary.
fn unknown_value(c: &mut Collector, subject: &str, what: What<'_>, value: &str, allowed: &[&str]) {
    let m = meta("VAL-002");
    let (label, field) = match what {
        What::Field(key, field) => (m.phrase(key, &Args::new()), field),
        What::Vocabulary(name) => (
            crate::labels::vocabulary(name).map_or_else(|| Text::from(name), |v| v.label.clone()),
            name,
        ),
    };
    let say = Say::default()
        .arg("what", label)
        .arg("field", field)
        .arg("value", value)
        .both("allowed", allowed.join(", "));
    c.say(m, subject, Outcome::Fail, &say);
}

/// Checks an optional vocabulary term, reporting an unknown value.
fn term<T: Vocabulary>(c: &mut Collector, subject: &str, t: &Option<Term<T>>) {
    if let Some(Term::Unknown(v)) = t {
        unknown_value(c, subject, What::Vocabulary(T::NAME), v, T::ALL);
    }
}

fn vocabularies(model: &Model, fw: &Framework, c: &mut Collector) {
    let m = meta("VAL-002");
    c.consider(&m.id, model.elements().len() + model.relations().len());
    let kinds: Vec<&str> = fw.doc.element_kinds.iter().map(|k| k.id.as_str()).collect();
    let layers: Vec<&str> = fw.doc.layers.iter().map(|k| k.id.as_str()).collect();
    let rel_kinds: Vec<&str> = fw
        .doc
        .relation_kinds
        .iter()
        .map(|k| k.id.as_str())
        .collect();
    let known = known_kinds(model, fw);
    for (i, e) in model.elements().iter().enumerate() {
        if !known[model.element_kind_id(i)].0 {
            unknown_value(c, &e.id, What::Field("kind", "kind"), &e.kind, &kinds);
        }
        if let Some(l) = &e.layer
            && fw.layer(l).is_none()
        {
            unknown_value(c, &e.id, What::Field("layer", "layer"), l, &layers);
        }
        if let Some(f) = &e.function
            && fw.function(f).is_none()
        {
            let functions: Vec<&str> = fw.doc.functions.iter().map(|f| f.id.as_str()).collect();
            let what = What::Field("function", "function");
            unknown_value(c, &e.id, what, f, &functions);
        }
        term(c, &e.id, &e.hosting);
        term(c, &e.id, &e.lifecycle);
        term(c, &e.id, &e.scope);
        if let Some(level) = e.security_level
            && !(1..=5).contains(&level)
        {
            unknown_value(
                c,
                &e.id,
                What::Field("security-level", "security_level"),
                &level.to_string(),
                &["1", "2", "3", "4", "5"],
            );
        }
        if let Some(d) = &e.data_domain
            && fw.data_domain(d).is_none()
            && !d.starts_with("DRM")
        {
            let mut allowed: Vec<&str> =
                fw.doc.data_domains.iter().map(|d| d.id.as_str()).collect();
            allowed.push("DRMnnn(.nnn)*");
            let what = What::Field("data-domain", "data_domain");
            unknown_value(c, &e.id, what, d, &allowed);
        }
    }
    for (i, r) in model.relations().iter().enumerate() {
        if !known[model.relation_kind_id(i)].1 {
            let what = What::Field("relation-kind", "kind");
            unknown_value(c, &r.key(), what, &r.kind, &rel_kinds);
        }
    }
}

/// For each of the model's interned kinds: whether the framework has it as an element kind and
/// as a relation kind (looked up once per distinct kind, not once per element).
fn known_kinds(model: &Model, fw: &Framework) -> Vec<(bool, bool)> {
    model
        .kind_names()
        .iter()
        .map(|k| (fw.element_kind(k).is_some(), fw.relation_kind(k).is_some()))
        .collect()
}

fn codes(model: &Model, fw: &Framework, c: &mut Collector) {
    let (eid, unit, rm) = (meta("VAL-007"), meta("VAL-008"), meta("VAL-009"));
    let (mut n_eid, mut n_unit, mut n_rm) = (0, 0, 0);
    for e in model.elements() {
        if let Some(code) = &e.eid {
            n_eid += 1;
            if let Err(reason) = AgencyEid::read(code) {
                let say = Say::default().arg("code", code).arg("reason", reason);
                c.say(eid, &e.id, Outcome::Fail, &say);
            }
        }
        if let Some(code) = &e.admin_unit {
            n_unit += 1;
            if let Err(reason) = AdminUnitCode::read(code) {
                let say = Say::default().arg("code", code).arg("reason", reason);
                c.say(unit, &e.id, Outcome::Fail, &say);
            }
        }
        let domain_code = e.data_domain.as_deref().filter(|d| d.starts_with("DRM"));
        for code in e.codes.iter().map(String::as_str).chain(domain_code) {
            n_rm += 1;
            if let Some(reason) = fw.refcode_problem(code) {
                let say = Say::default()
                    .arg("code", code)
                    .fix("framework", &fw.doc.name)
                    .arg("reason", reason);
                c.say(rm, &e.id, Outcome::Fail, &say);
            }
        }
    }
    c.consider(&eid.id, n_eid);
    c.consider(&unit.id, n_unit);
    c.consider(&rm.id, n_rm);
}

/// Elements of one kind whose names fold to the same key. Each is reported against the one with
/// the smallest id, so the findings do not depend on the order of the elements.
fn duplicate_names(model: &Model, fw: &Framework, c: &mut Collector) {
    let m = meta("VAL-010");
    // The first element of each key, and the groups of keys seen more than once (rare): one
    // list per group rather than one per element.
    let mut first: crate::model::FastMap<(usize, String), usize> = Default::default();
    let mut groups: crate::model::FastMap<usize, Vec<&Element>> = Default::default();
    let mut n = 0;
    let elements = model.elements();
    for (i, e) in elements
        .iter()
        .enumerate()
        .filter(|(_, e)| !e.name.is_empty())
    {
        n += 1;
        match first.entry((model.element_kind_id(i), fold(e.name.primary()))) {
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(i);
            }
            std::collections::hash_map::Entry::Occupied(o) => groups
                .entry(*o.get())
                .or_insert_with(|| vec![&elements[*o.get()]])
                .push(e),
        }
    }
    c.consider(&m.id, n);
    for mut group in groups.into_values() {
        group.sort_by(|a, b| a.id.cmp(&b.id));
        let first = group[0];
        // Same id twice is VAL-003's finding, not a possible duplicate.
        for e in group.iter().skip(1).filter(|e| e.id != first.id) {
            let say = Say::default()
                .arg("name", e.name.primary())
                .arg("other", &first.id)
                .arg("other_name", first.name.primary())
                .arg("kind", super::structure::kind_name(fw, &e.kind));
            c.say(m, &e.id, Outcome::Fail, &say);
        }
    }
}

fn has_property(e: &Element, property: &str) -> bool {
    match property {
        "owner" => e.owner.is_some(),
        "security_level" => e.security_level.is_some(),
        "data_domain" => e.data_domain.is_some(),
        "eid" => e.eid.is_some(),
        "admin_unit" => e.admin_unit.is_some(),
        "hosting" => e.hosting.is_some(),
        "lifecycle" => e.lifecycle.is_some(),
        "scope" => e.scope.is_some(),
        "source" => e.source.is_some(),
        "codes" => !e.codes.is_empty(),
        "name" => !e.name.is_empty(),
        _ => true,
    }
}

/// Why a property is required: VAL-012's phrase for it, or the general one.
fn why(property: &str) -> Text {
    let key = match property {
        "owner" | "security_level" | "data_domain" => property,
        _ => "other",
    };
    meta("VAL-012").phrase(key, &Args::new())
}

/// Required properties per element kind (from the framework). Elements of national scope are
/// references to systems the province does not own; their properties are their owners' business.
fn required(model: &Model, fw: &Framework, c: &mut Collector) {
    let m = meta("VAL-012");
    let mut n = 0;
    let kinds: Vec<_> = model
        .kind_names()
        .iter()
        .map(|k| fw.element_kind(k))
        .collect();
    for (i, e) in model.elements().iter().enumerate() {
        let Some(kind) = kinds[model.element_kind_id(i)] else {
            continue;
        };
        if kind.required.is_empty() || e.scope() == Some(crate::vocab::Scope::National) {
            continue;
        }
        n += 1;
        for p in &kind.required {
            if !has_property(e, p) {
                let say = Say::default()
                    .arg("name", e.name.primary())
                    .arg("kind", super::structure::kind_name(fw, &e.kind))
                    .both("property", p)
                    .fix("why", why(p));
                c.say(m, &e.id, Outcome::Fail, &say);
            }
        }
    }
    c.consider(&m.id, n);
}

/// The agency that owns element `i`: its `owner`, or itself when it is an agency.
fn owner_of(model: &Model, i: usize) -> Option<&str> {
    let e = &model.elements()[i];
    match &e.owner {
        Some(o) => Some(
            model
                .owner(i)
                .map(|a| model.elements()[a].id.as_str())
                .unwrap_or(o),
        ),
        None if e.kind == "agency" => Some(&e.id),
        None => None,
    }
}

fn exchanges(model: &Model, fw: &Framework, c: &mut Collector) {
    let m = meta("VAL-013");
    let mut n = 0;
    let needs_via: Vec<bool> = model
        .kind_names()
        .iter()
        .map(|k| fw.relation_kind(k).is_some_and(|k| k.needs_via))
        .collect();
    for (i, r) in model.relations().iter().enumerate() {
        if !needs_via[model.relation_kind_id(i)] {
            continue;
        }
        let (Some(a), Some(b)) = model.ends(i) else {
            continue;
        };
        n += 1;
        let (oa, ob) = (owner_of(model, a), owner_of(model, b));
        let via = r.via.as_deref().and_then(|v| model.element(v));
        let how = match (&r.via, via) {
            (Some(_), Some(v)) if fw.element_kind(&v.kind).is_some_and(|k| k.integration) => {
                continue;
            }
            (Some(v), Some(_)) => m.phrase("not-a-platform", &Args::new().with("via", v)),
            // A dangling `via` is VAL-004's finding.
            (Some(_), None) => continue,
            (None, _) => m.phrase("direct", &Args::new()),
        };
        let cross = match (oa, ob) {
            (Some(x), Some(y)) => x != y,
            _ => false,
        };
        if cross || r.via.is_some() {
            let say = Say::default()
                .arg("from", &r.from)
                .arg("to", &r.to)
                .arg("from_owner", oa.unwrap_or("?"))
                .arg("to_owner", ob.unwrap_or("?"))
                .arg("how", how);
            c.say(m, &r.key(), Outcome::Fail, &say);
        }
    }
    c.consider(&m.id, n);
}

fn suppressions(model: &Model, packs: &[RulePack], c: &mut Collector) {
    let m = meta("VAL-015");
    let mut n = 0;
    for e in model.elements() {
        for s in &e.suppress {
            n += 1;
            let known = rules::rule(&s.rule).is_some() || packs.iter().any(|p| p.has_rule(&s.rule));
            let problem = if !known {
                Some("unknown-rule")
            } else if s.reason.trim().is_empty() {
                Some("no-reason")
            } else {
                None
            };
            if let Some(key) = problem {
                let say = Say::default()
                    .arg("name", e.name.primary())
                    .arg("rule", &s.rule)
                    .arg("problem", m.phrase(key, &Args::new()));
                c.say(m, &e.id, Outcome::Fail, &say);
            }
        }
    }
    c.consider(&m.id, n);
}
