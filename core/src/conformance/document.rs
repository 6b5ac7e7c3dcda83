//! Format checks of a project document: unknown fields (VAL-001) and values outside the
//! vocabularies (VAL-002). Unresolved references are the conformance rules' findings.

use super::Cx;
use crate::report::Outcome;
use crate::rules::meta;
use crate::validate::{term, unknown_value};

pub(super) fn check(cx: &mut Cx<'_>, unknown_fields: &[String]) {
    let m = meta("VAL-001");
    cx.c.consider(&m.id, 1);
    for path in unknown_fields {
        let subject = path
            .strip_prefix("$.components[")
            .and_then(|r| r[..r.find(']')?].parse::<usize>().ok())
            .and_then(|i| cx.p.components.get(i))
            .map_or(cx.p.id.as_str(), |c| c.id.as_str());
        cx.c.push(
            m,
            subject,
            Outcome::Fail,
            &[
                ("field", path),
                ("format", "project/1"),
                ("schema", "project"),
            ],
        );
    }
    let p = cx.p;
    let fw = &cx.b.framework;
    let c = &mut cx.c;
    c.consider("VAL-002", 1 + p.components.len() + p.integrations.len());
    term(c, &p.id, &p.stage);
    if let Some(i) = &p.investment {
        term(c, &p.id, &i.group);
        term(c, &p.id, &i.funding);
    }
    if let Some(s) = &p.security {
        term(c, &p.id, &s.monitoring);
        term(c, &p.id, &s.digital_signature);
    }
    for comp in &p.components {
        let id = comp.id.as_str();
        term(c, id, &Some(comp.kind.clone()));
        term(c, id, &comp.status);
        term(c, id, &comp.scope);
        term(c, id, &comp.serves);
        term(c, id, &comp.hosting);
        term(c, id, &comp.connectivity);
        for info in &comp.information {
            term(c, id, &Some(info.clone()));
        }
        if let Some(a) = &comp.auth {
            term(c, id, &a.staff);
            term(c, id, &a.citizens);
        }
        if let Some(o) = &comp.online_service {
            term(c, id, &o.level);
        }
        if let Some(f) = &comp.function
            && fw.function(f).is_none()
        {
            let functions: Vec<&str> = fw.doc.functions.iter().map(|f| f.id.as_str()).collect();
            unknown_value(c, id, "function", f, &functions);
        }
        if let Some(level) = comp.security_level
            && !(1..=5).contains(&level)
        {
            unknown_value(
                c,
                id,
                "security_level",
                &level.to_string(),
                &["1", "2", "3", "4", "5"],
            );
        }
    }
    for i in &p.integrations {
        term(c, &i.key(), &i.via);
    }
}
