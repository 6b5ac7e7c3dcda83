//! Content rules: unknown fields (VAL-001), vocabularies (VAL-002), codes (VAL-007, VAL-008,
//! VAL-009), possible duplicates (VAL-010), required properties (VAL-012), cross-agency exchange
//! bypassing the integration platforms (VAL-013) and malformed suppressions (VAL-015).

use crate::codes::{AdminUnitCode, AgencyEid};
use crate::findings::Collector;
use crate::framework::Framework;
use crate::model::{Element, Model};
use crate::report::Outcome;
use crate::rulepack::RulePack;
use crate::rules::{self, meta};
use crate::text::fold;
use crate::vocab::{Term, Vocabulary};

pub(super) fn check(model: &Model, fw: &Framework, packs: &[RulePack], c: &mut Collector) {
    unknown_fields(model, c);
    vocabularies(model, fw, c);
    codes(model, fw, c);
    duplicate_names(model, c);
    required(model, fw, c);
    exchanges(model, fw, c);
    suppressions(model, packs, c);
}

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
        c.push(
            m,
            subject,
            Outcome::Fail,
            &[("field", path), ("format", "model/1"), ("schema", "model")],
        );
    }
}

/// Reports a value outside its vocabulary.
pub(crate) fn unknown_value(
    c: &mut Collector,
    subject: &str,
    what: &str,
    value: &str,
    allowed: &[&str],
) {
    let allowed = allowed.join(", ");
    c.push(
        meta("VAL-002"),
        subject,
        Outcome::Fail,
        &[("what", what), ("value", value), ("allowed", &allowed)],
    );
}

/// Checks an optional vocabulary term, reporting an unknown value.
pub(crate) fn term<T: Vocabulary>(c: &mut Collector, subject: &str, t: &Option<Term<T>>) {
    if let Some(Term::Unknown(v)) = t {
        unknown_value(c, subject, T::NAME, v, T::ALL);
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
    for e in model.elements() {
        if fw.element_kind(&e.kind).is_none() {
            unknown_value(c, &e.id, "kind", &e.kind, &kinds);
        }
        if let Some(l) = &e.layer
            && fw.layer(l).is_none()
        {
            unknown_value(c, &e.id, "layer", l, &layers);
        }
        if let Some(f) = &e.function
            && fw.function(f).is_none()
        {
            let functions: Vec<&str> = fw.doc.functions.iter().map(|f| f.id.as_str()).collect();
            unknown_value(c, &e.id, "function", f, &functions);
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
                "security_level",
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
            unknown_value(c, &e.id, "data_domain", d, &allowed);
        }
    }
    for r in model.relations() {
        if fw.relation_kind(&r.kind).is_none() {
            unknown_value(c, &r.key(), "relation kind", &r.kind, &rel_kinds);
        }
    }
}

fn codes(model: &Model, fw: &Framework, c: &mut Collector) {
    let (eid, unit, rm) = (meta("VAL-007"), meta("VAL-008"), meta("VAL-009"));
    let (mut n_eid, mut n_unit, mut n_rm) = (0, 0, 0);
    let fwid = fw.id();
    for e in model.elements() {
        if let Some(code) = &e.eid {
            n_eid += 1;
            if let Err(reason) = AgencyEid::parse(code) {
                c.push(
                    eid,
                    &e.id,
                    Outcome::Fail,
                    &[("code", code), ("reason", &reason)],
                );
            }
        }
        if let Some(code) = &e.admin_unit {
            n_unit += 1;
            if let Err(reason) = AdminUnitCode::parse(code) {
                c.push(
                    unit,
                    &e.id,
                    Outcome::Fail,
                    &[("code", code), ("reason", &reason)],
                );
            }
        }
        let domain_code = e.data_domain.as_deref().filter(|d| d.starts_with("DRM"));
        for code in e.codes.iter().map(String::as_str).chain(domain_code) {
            n_rm += 1;
            if let Some((vi, en)) = fw.refcode_problem(code) {
                let vi_args = [("code", code), ("framework", fwid), ("reason", vi.as_str())];
                let en_args = [("code", code), ("framework", fwid), ("reason", en.as_str())];
                c.push_bilingual(rm, &e.id, Outcome::Fail, &vi_args, &en_args);
            }
        }
    }
    c.consider(&eid.id, n_eid);
    c.consider(&unit.id, n_unit);
    c.consider(&rm.id, n_rm);
}

/// Elements of one kind whose names fold to the same key. Each is reported against the one with
/// the smallest id, so the findings do not depend on the order of the elements.
fn duplicate_names(model: &Model, c: &mut Collector) {
    let m = meta("VAL-010");
    let mut groups: crate::model::FastMap<(&str, String), Vec<&Element>> = Default::default();
    let mut n = 0;
    for e in model.elements().iter().filter(|e| !e.name.is_empty()) {
        n += 1;
        groups
            .entry((e.kind.as_str(), fold(e.name.primary())))
            .or_default()
            .push(e);
    }
    c.consider(&m.id, n);
    for mut group in groups.into_values().filter(|g| g.len() > 1) {
        group.sort_by(|a, b| a.id.cmp(&b.id));
        let first = group[0];
        // Same id twice is VAL-003's finding, not a possible duplicate.
        for e in group.iter().skip(1).filter(|e| e.id != first.id) {
            c.push(
                m,
                &e.id,
                Outcome::Fail,
                &[
                    ("name", e.name.primary()),
                    ("other", &first.id),
                    ("other_name", first.name.primary()),
                    ("kind", &e.kind),
                ],
            );
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

fn why(property: &str) -> (&'static str, &'static str) {
    match property {
        "owner" => (
            "mỗi hệ thống thông tin chỉ có một chủ quản, NĐ 85/2016 Điều 5",
            "each information system has exactly one owner, ND 85/2016 Art. 5",
        ),
        "security_level" => (
            "cấp độ an toàn hệ thống thông tin, NĐ 85/2016 Điều 13",
            "the information-system security level, ND 85/2016 Art. 13",
        ),
        "data_domain" => (
            "miền dữ liệu tham chiếu của Khung 2.0",
            "the data reference domain of framework 2.0",
        ),
        _ => (
            "thuộc tính bắt buộc của loại phần tử",
            "a property the kind requires",
        ),
    }
}

/// Required properties per element kind (from the framework). Elements of national scope are
/// references to systems the province does not own; their properties are their owners' business.
fn required(model: &Model, fw: &Framework, c: &mut Collector) {
    let m = meta("VAL-012");
    let mut n = 0;
    for e in model.elements() {
        let Some(kind) = fw.element_kind(&e.kind) else {
            continue;
        };
        if kind.required.is_empty() || e.scope() == Some(crate::vocab::Scope::National) {
            continue;
        }
        n += 1;
        for p in &kind.required {
            if !has_property(e, p) {
                let (w, w_en) = why(p);
                c.push(
                    m,
                    &e.id,
                    Outcome::Fail,
                    &[
                        ("name", e.name.primary()),
                        ("kind", &e.kind),
                        ("property", p),
                        ("why", w),
                        ("why_en", w_en),
                    ],
                );
            }
        }
    }
    c.consider(&m.id, n);
}

/// The agency that owns element `e`: its `owner`, or itself when it is an agency.
fn owner_of<'a>(model: &'a Model, e: &'a Element) -> Option<&'a str> {
    match &e.owner {
        Some(o) => Some(model.element(o).map(|a| a.id.as_str()).unwrap_or(o)),
        None if e.kind == "agency" => Some(&e.id),
        None => None,
    }
}

fn exchanges(model: &Model, fw: &Framework, c: &mut Collector) {
    let m = meta("VAL-013");
    let mut n = 0;
    for (i, r) in model.relations().iter().enumerate() {
        if !fw.relation_kind(&r.kind).is_some_and(|k| k.needs_via) {
            continue;
        }
        let (Some(a), Some(b)) = model.ends(i) else {
            continue;
        };
        let (a, b) = (&model.elements()[a], &model.elements()[b]);
        n += 1;
        let (oa, ob) = (owner_of(model, a), owner_of(model, b));
        let via = r.via.as_deref().and_then(|v| model.element(v));
        let (how, how_en) = match (&r.via, via) {
            (Some(_), Some(v)) if fw.element_kind(&v.kind).is_some_and(|k| k.integration) => {
                continue;
            }
            (Some(v), Some(_)) => (
                format!("đi qua “{v}”, không phải nền tảng tích hợp, chia sẻ dữ liệu"),
                format!("goes through '{v}', which is not an integration platform"),
            ),
            // A dangling `via` is VAL-004's finding.
            (Some(_), None) => continue,
            (None, _) => (
                "kết nối trực tiếp, không khai báo nền tảng tích hợp (via)".to_string(),
                "is point to point: it names no integration platform (via)".to_string(),
            ),
        };
        let cross = match (oa, ob) {
            (Some(x), Some(y)) => x != y,
            _ => false,
        };
        if cross || r.via.is_some() {
            c.push(
                m,
                &r.key(),
                Outcome::Fail,
                &[
                    ("from", &r.from),
                    ("to", &r.to),
                    ("from_owner", oa.unwrap_or("?")),
                    ("to_owner", ob.unwrap_or("?")),
                    ("how", &how),
                    ("how_en", &how_en),
                ],
            );
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
                Some(("quy tắc này không tồn tại", "no such rule exists"))
            } else if s.reason.trim().is_empty() {
                Some(("không ghi lý do", "gives no reason"))
            } else {
                None
            };
            if let Some((vi, en)) = problem {
                c.push(
                    m,
                    &e.id,
                    Outcome::Fail,
                    &[
                        ("name", e.name.primary()),
                        ("rule", &s.rule),
                        ("problem", vi),
                        ("problem_en", en),
                    ],
                );
            }
        }
    }
    c.consider(&m.id, n);
}
