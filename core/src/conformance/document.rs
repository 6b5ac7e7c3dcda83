//! Input problems of a project document (PRODUCT.md, "Input problems"): unknown fields (DOC-001),
//! values outside the vocabularies (DOC-002) and references that resolve to nothing (DOC-003), each
//! with a did-you-mean. While any is present the report gives no architecture verdict
//! (`not-assessed`): a typo must never turn a verdict into a pass.

use super::Cx;
use crate::codes::AgencyEid;
use crate::i18n::{Arg, Args, Text};
use crate::report::Outcome;
use crate::rules::{Say, meta};
use crate::suggest::did_you_mean;
use crate::text::fold;
use crate::vocab::{Term, Vocabulary};

pub(super) fn check(cx: &mut Cx<'_>, unknown_fields: &[String]) {
    fields(cx, unknown_fields);
    vocabularies(cx);
    references(cx);
}

/// The subject of a finding at a JSON path: the component's id under `$.components[i]`.
fn subject_at(cx: &Cx<'_>, path: &str) -> String {
    path.strip_prefix("$.components[")
        .and_then(|r| r[..r.find(']')?].parse::<usize>().ok())
        .and_then(|i| cx.p.components.get(i))
        .map_or(cx.p.id.clone(), |c| c.id.clone())
}

/// A did-you-mean clause naming `value` (per language), or nothing.
fn hint<'a>(value: Option<impl Into<Arg<'a>>>) -> Arg<'a> {
    match value {
        Some(v) => crate::labels::say("hint.did-you-mean", &Args::new().with("value", v)).into(),
        None => "".into(),
    }
}

fn fields(cx: &mut Cx<'_>, unknown_fields: &[String]) {
    let m = meta("DOC-001");
    cx.c.consider(&m.id, 1);
    for path in unknown_fields {
        let allowed = crate::schema::fields_at("project", path);
        let key = path.rsplit('.').next().unwrap_or(path);
        let say = Say::default()
            .arg("field", key)
            .arg("place", crate::form::place(path))
            .arg("allowed", allowed.join(", "))
            .arg(
                "hint",
                hint(did_you_mean(key, allowed.iter().map(String::as_str))),
            );
        let subject = subject_at(cx, path);
        cx.c.say(m, &subject, Outcome::Fail, &say);
    }
}

/// What holds a value outside its vocabulary: a vocabulary of the label table (by name), or a
/// field DOC-002's phrase `key` names.
pub(super) enum Holder<'a> {
    Vocabulary(&'a str),
    Field(&'static str, &'static str),
}

/// Reports an unknown value of a closed vocabulary with the allowed values and the closest one.
/// Vietnamese messages name the values by their labels (accepted as input too), English ones by
/// their ids.
pub(super) fn unknown(
    cx: &mut Cx<'_>,
    subject: &str,
    holder: Holder<'_>,
    value: &str,
    allowed: &[&str],
) {
    let m = meta("DOC-002");
    let vocab_name = match holder {
        Holder::Vocabulary(name) => Some(name),
        Holder::Field(..) => None,
    };
    let (what, field, vocab) = match holder {
        Holder::Vocabulary(name) => {
            let v = crate::labels::vocabulary(name);
            // Mid-sentence: "của nơi triển khai", "of hosting".
            let lower = |s: &str| {
                let mut c = s.chars();
                c.next()
                    .map_or(String::new(), |f| f.to_lowercase().chain(c).collect())
            };
            let what = v.map_or_else(
                || Text::from(name),
                |v| Text::new(lower(&v.label.vi), lower(&v.label.en)),
            );
            // The field as the document writes it: `components[].auth.staff` → `auth.staff`.
            let field = v.map_or(name, |v| {
                let f = v.field.rsplit("[].").next().unwrap_or(&v.field);
                f.strip_suffix("[]").unwrap_or(f)
            });
            (what, field, v)
        }
        Holder::Field(key, field) => (m.phrase(key, &Args::new()), field, None),
    };
    let vi_label = |id: &str| {
        vocab
            .and_then(|v| v.value(id))
            .map_or(id.to_string(), |l| l.vi.clone())
    };
    // Close in spelling, else the one value whose label holds the words written ("Người dân").
    let closest = did_you_mean(value, allowed.iter().copied()).or_else(|| {
        vocab_name
            .and_then(|n| crate::labels::containing(n, value))
            .and_then(|id| allowed.iter().copied().find(|a| *a == id))
    });
    let list_vi = allowed
        .iter()
        .map(|id| format!("“{}”", vi_label(id)))
        .collect::<Vec<_>>()
        .join(", ");
    // Vietnamese names the field by its form label first: "trường “Đối tượng phục vụ” (serves)".
    let what = match crate::form::field_label(field) {
        Some(l) => Text::new(l.vi, what.en),
        None => what,
    };
    let say = Say::default()
        .arg("what", what)
        .arg("field", field)
        .arg("value", value)
        .arg("allowed", Text::new(list_vi, allowed.join(", ")))
        .arg("hint", hint(closest.map(|id| Text::new(vi_label(id), id))));
    cx.c.say(m, subject, Outcome::Fail, &say);
}

fn term<T: Vocabulary>(cx: &mut Cx<'_>, subject: &str, t: &Option<Term<T>>) {
    if let Some(Term::Unknown(v)) = t {
        unknown(cx, subject, Holder::Vocabulary(T::NAME), v, T::ALL);
    }
}

fn vocabularies(cx: &mut Cx<'_>) {
    let p = cx.p;
    cx.c.consider("DOC-002", 1 + p.components.len() + p.integrations.len());
    term(cx, &p.id, &p.stage);
    if let Some(i) = &p.investment {
        term(cx, &p.id, &i.group);
        term(cx, &p.id, &i.funding);
    }
    if let Some(s) = &p.security {
        term(cx, &p.id, &s.monitoring);
        term(cx, &p.id, &s.digital_signature);
    }
    let functions: Vec<&str> =
        cx.b.framework
            .doc
            .functions
            .iter()
            .map(|f| f.id.as_str())
            .collect();
    for comp in &p.components {
        let id = comp.id.as_str();
        term(cx, id, &Some(comp.kind.clone()));
        term(cx, id, &comp.status);
        term(cx, id, &comp.scope);
        term(cx, id, &comp.serves);
        term(cx, id, &comp.hosting);
        term(cx, id, &comp.connectivity);
        for info in &comp.information {
            term(cx, id, &Some(info.clone()));
        }
        if let Some(a) = &comp.auth {
            term(cx, id, &a.staff);
            term(cx, id, &a.citizens);
        }
        if let Some(o) = &comp.online_service {
            term(cx, id, &o.level);
        }
        if let Some(f) = &comp.function
            && cx.b.framework.function(f).is_none()
        {
            unknown(cx, id, Holder::Field("function", "function"), f, &functions);
        }
        if let Some(level) = comp.security_level
            && !(1..=5).contains(&level)
        {
            unknown(
                cx,
                id,
                Holder::Field("security-level", "security_level"),
                &level.to_string(),
                &["1", "2", "3", "4", "5"],
            );
        }
    }
    for i in &p.integrations {
        term(cx, &i.key(), &i.via);
    }
}

/// What a reference may name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Names {
    /// A baseline element (by id or alias).
    Baseline,
    /// A project component.
    Component,
    /// A project component or a baseline element.
    Either,
}

fn references(cx: &mut Cx<'_>) {
    let p = cx.p;
    let mut refs: Vec<(String, &'static str, String, Names)> = Vec::new();
    for comp in &p.components {
        for m in &comp.maps_to {
            refs.push((comp.id.clone(), "maps_to", m.clone(), Names::Baseline));
        }
        if let Some(r) = &comp.replaces {
            refs.push((comp.id.clone(), "replaces", r.clone(), Names::Baseline));
        }
    }
    for d in &p.data {
        if let Some(c) = &d.component {
            refs.push((d.id.clone(), "component", c.clone(), Names::Component));
        }
        if let Some(n) = &d.part_of {
            refs.push((d.id.clone(), "part_of", n.clone(), Names::Baseline));
        }
    }
    for i in &p.integrations {
        refs.push((i.key(), "from", i.from.clone(), Names::Either));
        refs.push((i.key(), "to", i.to.clone(), Names::Either));
    }
    if let Some(o) = &p.owner
        && owner_names_an_element(o)
    {
        refs.push((p.id.clone(), "owner", o.clone(), Names::Baseline));
    }
    cx.c.consider("DOC-003", refs.len());
    for (subject, field, value, names) in refs {
        let in_baseline = cx.b.model.element(&value).is_some();
        let in_project = p.components.iter().any(|c| c.id == value);
        let ok = match names {
            Names::Baseline => in_baseline,
            Names::Component => in_project,
            Names::Either => in_baseline || in_project,
        };
        if ok {
            continue;
        }
        let suggestion = closest(cx, &value, names);
        let m = meta("DOC-003");
        let what = match names {
            Names::Baseline => "baseline",
            Names::Component => "component",
            Names::Either => "either",
        };
        let label = crate::form::field_label(field).unwrap_or_else(|| Text::from(field));
        let say = Say::default()
            .arg("field", field)
            .arg("label", label)
            .arg("value", &value)
            .arg("what", m.phrase(what, &Args::new()))
            .arg("hint", hint(suggestion));
        cx.c.say(m, &subject, Outcome::Fail, &say);
    }
}

/// Whether an owner names an element (an input reference, DOC-003's when it resolves to nothing)
/// rather than an e-ID code (CONF-13's to judge): PRODUCT.md, "Input problems". One input problem
/// is reported once: an owner written as a name that matches no element is DOC-003 alone.
pub(super) fn owner_names_an_element(owner: &str) -> bool {
    AgencyEid::parse(owner).is_err() && !owner.chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// The id closest to a reference that resolves to nothing: by edit distance over ids and aliases,
/// else by the diacritics-folded display name ("Trang thông tin điện tử xã Hành Minh" →
/// `commune:hanh-minh:website`).
fn closest(cx: &Cx<'_>, value: &str, names: Names) -> Option<String> {
    let mut ids: Vec<&str> = Vec::new();
    if names != Names::Component {
        for e in cx.b.model.elements() {
            ids.push(e.id.as_str());
            ids.extend(e.aliases.iter().map(String::as_str));
        }
    }
    if names != Names::Baseline {
        ids.extend(cx.p.components.iter().map(|c| c.id.as_str()));
    }
    if let Some(id) = did_you_mean(value, ids.iter().copied()) {
        return Some(id.to_string());
    }
    if names == Names::Component {
        return None;
    }
    let folded = fold(value);
    let exact =
        cx.b.model.elements().iter().find(|e| {
            fold(e.name.primary()) == folded || fold(e.name.get(crate::Lang::En)) == folded
        });
    if let Some(e) = exact {
        return Some(e.id.clone());
    }
    let names_vi: Vec<(&str, &str)> =
        cx.b.model
            .elements()
            .iter()
            .map(|e| (e.name.primary(), e.id.as_str()))
            .collect();
    did_you_mean(value, names_vi.iter().map(|(n, _)| *n)).and_then(|n| {
        names_vi
            .iter()
            .find(|(m, _)| *m == n)
            .map(|(_, id)| id.to_string())
    })
}
