//! Pack rules on a proposal's components and integrations (`applies_to.target: component |
//! integration`): required fields, patterns, allowed values and required integrations, read from
//! the fields as the `project/1` format writes them (dotted paths such as `auth.citizens`), so that
//! a new field of the format is usable in a pack without a code change.

use super::{Constraint, RulePack, Target};
use crate::findings::Collector;
use crate::i18n::{Arg, Args, Text};
use crate::model::Model;
use crate::project::ProjectDoc;
use crate::report::Outcome;
use serde_json::Value;

/// The field names a pack rule of `target` may name (read from the project schema).
pub(crate) fn fields(target: Target) -> Vec<String> {
    let path = match target {
        Target::Component => "$.components[0].x",
        Target::Integration => "$.integrations[0].x",
        Target::Element => return Vec::new(),
    };
    // The schema of the type that reads proposals (not `crate::schema`, which also describes rule
    // packs and would make the two modules depend on each other).
    match serde_json::to_value(schemars::schema_for!(ProjectDoc)) {
        Ok(schema) => crate::fields::allowed_at(&schema, path),
        Err(_) => Vec::new(),
    }
}

/// The values at a dotted path of a JSON object, as strings (arrays give one value per item;
/// `null` and absent give none).
fn values_at(v: &Value, path: &str) -> Vec<String> {
    let mut node = v;
    for key in path.split('.') {
        match node.get(key) {
            Some(n) => node = n,
            None => return Vec::new(),
        }
    }
    let scalar = |n: &Value| match n {
        Value::String(s) => Some(s.clone()),
        Value::Number(x) => Some(x.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Object(_) => Some("{…}".into()),
        _ => None,
    };
    match node {
        Value::Array(items) => items.iter().filter_map(scalar).collect(),
        n => scalar(n).into_iter().collect(),
    }
}

impl RulePack {
    /// Applies the pack's component and integration rules to a proposal; `model` resolves the
    /// names in `integrates.with` (ids and aliases).
    pub(crate) fn apply_project(&self, p: &ProjectDoc, model: &Model, c: &mut Collector) {
        let comps: Vec<(String, String, Value)> = p
            .components
            .iter()
            .map(|x| {
                (
                    x.id.clone(),
                    x.name.primary().to_string(),
                    serde_json::to_value(x).unwrap_or(Value::Null),
                )
            })
            .collect();
        let ints: Vec<(String, String, Value)> = p
            .integrations
            .iter()
            .map(|i| {
                (
                    i.key(),
                    i.key(),
                    serde_json::to_value(i).unwrap_or(Value::Null),
                )
            })
            .collect();
        for ((rule, meta), re) in self.doc.rules.iter().zip(&self.metas).zip(&self.regexes) {
            let sel = &rule.applies_to;
            let targets = match sel.target {
                Target::Element => continue,
                Target::Component => &comps,
                Target::Integration => &ints,
            };
            let mut n = 0;
            for (id, name, v) in targets {
                let kind_ok = sel.kinds.is_empty()
                    || values_at(v, "kind").iter().any(|k| sel.kinds.contains(k));
                let where_ok = sel
                    .when
                    .iter()
                    .all(|(path, allowed)| values_at(v, path).iter().any(|x| allowed.contains(x)));
                if !kind_ok || !where_ok {
                    continue;
                }
                n += 1;
                for (property, value, detail) in
                    violations(p, model, id, v, &rule.constraint, re.as_ref())
                {
                    let (vi, en) = (detail.vi, detail.en);
                    let args = |detail| {
                        [
                            ("id", id.as_str()),
                            ("name", name.as_str()),
                            ("property", property.as_str()),
                            ("value", value.as_str()),
                            ("detail", detail),
                        ]
                    };
                    let (args_vi, args_en) = (args(vi.as_str()), args(en.as_str()));
                    c.push_bilingual(meta, id, Outcome::Fail, &args_vi, &args_en);
                }
            }
            c.consider(&meta.id, n);
        }
    }
}

/// (property, value, detail) for each way a component or integration breaks `constraint`; the
/// details are the `rulepack.*` labels of the label table.
fn violations(
    p: &ProjectDoc,
    model: &Model,
    id: &str,
    v: &Value,
    constraint: &Constraint,
    re: Option<&regex::Regex>,
) -> Vec<(String, String, Text)> {
    let mut out = Vec::new();
    match constraint {
        Constraint::Required { properties } => {
            for prop in properties {
                if values_at(v, prop).is_empty() {
                    let args = Args::new().with("property", prop);
                    let detail = crate::labels::say("rulepack.not-declared", &args);
                    out.push((prop.clone(), String::new(), detail));
                }
            }
        }
        Constraint::Pattern { property, regex } => {
            for x in values_at(v, property) {
                if !re.is_some_and(|re| re.is_match(&x)) {
                    let args = Args::new()
                        .with("property", property)
                        .with("value", &x)
                        .with("regex", regex);
                    let detail = crate::labels::say("rulepack.pattern", &args);
                    out.push((property.clone(), x.clone(), detail));
                }
            }
        }
        Constraint::Allowed {
            property,
            values: allowed,
        } => {
            for x in values_at(v, property) {
                if !allowed.contains(&x) {
                    let args = Args::new()
                        .with("property", property)
                        .with("value", &x)
                        .with("allowed", allowed.join(", "));
                    let detail = crate::labels::say("rulepack.allowed", &args);
                    out.push((property.clone(), x.clone(), detail));
                }
            }
        }
        Constraint::Integrates { with, via } => {
            // A name matches when it is the same element (through aliases) or the same component.
            let canonical = |r: &str| {
                model
                    .element(r)
                    .map_or_else(|| r.to_string(), |e| e.id.clone())
            };
            let wanted: Vec<String> = with.iter().map(|w| canonical(w)).collect();
            let found = p.integrations.iter().any(|i| {
                let other = if i.from == id {
                    &i.to
                } else if i.to == id {
                    &i.from
                } else {
                    return false;
                };
                wanted.contains(&canonical(other))
                    && (via.is_empty()
                        || i.via
                            .as_ref()
                            .is_some_and(|x| via.iter().any(|w| w == x.as_str())))
            });
            if !found {
                let through: Arg<'_> = if via.is_empty() {
                    "".into()
                } else {
                    let or = crate::labels::text("list.or");
                    let platforms = Text::new(via.join(&or.vi), via.join(&or.en));
                    let args = Args::new().with("platforms", platforms);
                    crate::labels::say("rulepack.via", &args).into()
                };
                let args = Args::new()
                    .with("with", with.join(", "))
                    .with("via", through);
                let detail = crate::labels::say("rulepack.no-integration", &args);
                out.push(("integrations".into(), String::new(), detail));
            }
        }
        // Checked when the pack is loaded: relation counts are for model elements.
        Constraint::Relations { .. } => {}
    }
    out
}
