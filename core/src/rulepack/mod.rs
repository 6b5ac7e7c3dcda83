//! Rule packs (`rulepack/1`): declarative constraints, so that a province adds rules without
//! recompiling. A small shape language: required properties, a pattern, allowed values, relation
//! cardinality (elements of a model) and required integrations (components of a proposal), each
//! for the targets a selector picks: model elements by kind and tag, or a proposal's components
//! and integrations by kind and field values (see `rulepack::project`).

pub(crate) mod project;

use crate::doc::{self, Document, Limits, Parsed};
use crate::error::{Error, Location};
use crate::findings::Collector;
use crate::i18n::{Args, Name, Text};
use crate::legal::Basis;
use crate::model::{Element, Model};
use crate::report::{Outcome, Severity};
use crate::rules::{AppliesTo, RuleMeta};
use regex::Regex;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A `rulepack/1` document.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct RulePackDoc {
    /// Always `rulepack/1`.
    pub kientruc: String,
    /// The pack's id; its rules are reported as `<pack id>/<rule id>`.
    pub id: String,
    /// The pack's name.
    #[serde(default)]
    pub name: Name,
    /// The pack's rules.
    pub rules: Vec<PackRule>,
}

impl Document for RulePackDoc {
    const KIND: &'static str = "rulepack/1";
    fn kind_tag(&self) -> &str {
        &self.kientruc
    }
}

/// A rule of a pack.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct PackRule {
    /// Its id within the pack.
    pub id: String,
    /// Its severity.
    pub severity: Severity,
    /// Its title.
    pub title: Text,
    /// Message template; `{id}`, `{name}`, `{property}`, `{value}` and `{detail}` are filled in.
    /// Defaults to "{name} ({id}): {detail}".
    #[serde(default)]
    pub message: Option<Text>,
    /// How to fix a finding.
    pub suggestion: Text,
    /// The policy or law it enforces.
    pub basis: Basis,
    /// What it looks at.
    #[serde(default)]
    pub applies_to: Selector,
    /// What must hold.
    pub constraint: Constraint,
}

/// What a pack rule looks at: model elements (the default), or a proposal's components or
/// integrations. Empty lists select everything.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct Selector {
    /// `element` (a model's elements; `kientruc validate`), `component` or `integration` (a
    /// proposal's; `kientruc check`).
    #[serde(default)]
    pub target: Target,
    /// Element kinds, or component kinds.
    #[serde(default)]
    pub kinds: Vec<String>,
    /// Element tags (elements only).
    #[serde(default)]
    pub tags: Vec<String>,
    /// Components or integrations whose field (a dotted path such as `auth.citizens`) has one of
    /// the listed values, e.g. `{"status": ["new"], "serves": ["citizens-businesses"]}`.
    #[serde(default, rename = "where")]
    pub when: std::collections::BTreeMap<String, Vec<String>>,
}

/// What a pack rule applies to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Target {
    /// A model's elements (`validate`).
    #[default]
    Element,
    /// A proposal's components (`check`).
    Component,
    /// A proposal's integrations (`check`).
    Integration,
}

/// Which relations of an element a `relations` constraint counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Relations to the element.
    In,
    /// Relations from the element.
    Out,
}

/// The constraint, written as an object with exactly one key.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Constraint {
    /// Every listed property is present.
    Required {
        /// The properties (element properties, or dotted field paths of a proposal).
        properties: Vec<String>,
    },
    /// Every value of the property matches the regular expression (whole value).
    Pattern {
        /// The property.
        property: String,
        /// The regular expression (the `regex` crate's syntax).
        regex: String,
    },
    /// Every value of the property is one of `values`.
    Allowed {
        /// The property.
        property: String,
        /// The values allowed.
        values: Vec<String>,
    },
    /// The number of relations of `kind` in `direction` (to or from elements of `other_kinds`,
    /// if given) lies in `min..=max`.
    Relations {
        /// The relation kind.
        kind: String,
        /// Relations to the element or from it.
        direction: Direction,
        /// The kinds of element at the other end (any when empty).
        #[serde(default)]
        other_kinds: Vec<String>,
        /// The fewest allowed.
        #[serde(default)]
        min: Option<usize>,
        /// The most allowed.
        #[serde(default)]
        max: Option<usize>,
    },
    /// (Components) the component exchanges data with one of `with` (architecture element ids or
    /// aliases, or project component ids) through one of `via` (any when empty).
    Integrates {
        /// The ends one of which the component must exchange data with.
        with: Vec<String>,
        /// The platforms the exchange may go through.
        #[serde(default)]
        via: Vec<String>,
    },
}

/// Element properties a pack may name.
pub const PROPERTIES: &[&str] = &[
    "id",
    "kind",
    "name",
    "layer",
    "owner",
    "eid",
    "admin_unit",
    "codes",
    "security_level",
    "hosting",
    "lifecycle",
    "scope",
    "data_domain",
    "master",
    "aliases",
    "tags",
    "valid_from",
    "valid_to",
    "source",
];

/// The values of `property` on `e` (empty when absent). Precondition: `property` is in [`PROPERTIES`].
fn values(e: &Element, property: &str) -> Vec<String> {
    let one = |o: Option<String>| o.into_iter().collect();
    match property {
        "id" => vec![e.id.clone()],
        "kind" => vec![e.kind.clone()],
        "name" => one((!e.name.is_empty()).then(|| e.name.primary().to_string())),
        "layer" => one(e.layer.clone()),
        "owner" => one(e.owner.clone()),
        "eid" => one(e.eid.clone()),
        "admin_unit" => one(e.admin_unit.clone()),
        "codes" => e.codes.clone(),
        "security_level" => one(e.security_level.map(|l| l.to_string())),
        "hosting" => one(e.hosting.as_ref().map(|t| t.as_str().to_string())),
        "lifecycle" => one(e.lifecycle.as_ref().map(|t| t.as_str().to_string())),
        "scope" => one(e.scope.as_ref().map(|t| t.as_str().to_string())),
        "data_domain" => one(e.data_domain.clone()),
        "master" => e.master.clone(),
        "aliases" => e.aliases.clone(),
        "tags" => e.tags.clone(),
        "valid_from" => one(e.valid_from.map(|d| d.to_string())),
        "valid_to" => one(e.valid_to.map(|d| d.to_string())),
        "source" => one(e.source.as_ref().map(|s| s.instrument.clone())),
        _ => Vec::new(),
    }
}

/// A loaded rule pack with compiled patterns.
#[derive(Debug, Clone)]
pub struct RulePack {
    /// The document as read.
    pub doc: RulePackDoc,
    metas: Vec<RuleMeta>,
    regexes: Vec<Option<Regex>>,
    /// The JSON paths of fields the format does not define.
    pub unknown_fields: Vec<String>,
}

impl RulePack {
    /// Loads a `rulepack/1` document; unknown property names and bad patterns are schema errors.
    pub fn from_json(bytes: &[u8], source_name: &str) -> Result<RulePack, Error> {
        Self::from_json_with(bytes, source_name, &Limits::default())
    }

    /// [`RulePack::from_json`] with other [`Limits`].
    pub fn from_json_with(
        bytes: &[u8],
        source_name: &str,
        limits: &Limits,
    ) -> Result<RulePack, Error> {
        let Parsed {
            value: doc,
            unknown_fields,
        } = doc::parse::<RulePackDoc>(bytes, source_name, limits)?;
        // The message is the label `key` of the label table, in both languages.
        let bad = |i: usize, field: &str, key: &str, args: Args<'_>| Error::Schema {
            source_name: source_name.into(),
            location: Location {
                path: Some(format!("$.rules[{i}].constraint.{field}")),
                ..Default::default()
            },
            message: Box::new(crate::labels::say(key, &args)),
        };
        let check_property = |i: usize, p: &str| {
            let known: Vec<String> = match doc.rules[i].applies_to.target {
                Target::Element => PROPERTIES.iter().map(|s| s.to_string()).collect(),
                t => project::fields(t),
            };
            let head = p.split('.').next().unwrap_or(p);
            if known.iter().any(|k| k == head) {
                Ok(())
            } else {
                let args = Args::new()
                    .with("property", p)
                    .with("known", known.join(", "));
                Err(bad(i, "property", "rulepack.error.unknown-property", args))
            }
        };
        let mut regexes = Vec::new();
        let mut metas = Vec::new();
        for (i, r) in doc.rules.iter().enumerate() {
            let re = match &r.constraint {
                Constraint::Required { properties } => {
                    for p in properties {
                        check_property(i, p)?;
                    }
                    None
                }
                Constraint::Pattern { property, regex } => {
                    check_property(i, property)?;
                    let re = regex::RegexBuilder::new(&format!("^(?:{regex})$"))
                        .size_limit(1 << 20)
                        .build()
                        .map_err(|e| {
                            let args = Args::new().with("error", e.to_string());
                            bad(i, "regex", "rulepack.error.regex", args)
                        })?;
                    Some(re)
                }
                Constraint::Allowed { property, .. } => {
                    check_property(i, property)?;
                    None
                }
                Constraint::Integrates { .. } if r.applies_to.target != Target::Component => {
                    return Err(bad(
                        i,
                        "integrates",
                        "rulepack.error.integrates",
                        Args::new(),
                    ));
                }
                Constraint::Integrates { .. } => None,
                Constraint::Relations { .. } if r.applies_to.target != Target::Element => {
                    return Err(bad(i, "relations", "rulepack.error.relations", Args::new()));
                }
                Constraint::Relations { min, max, .. } => {
                    if let (Some(a), Some(b)) = (min, max)
                        && a > b
                    {
                        let args = Args::new().with("min", *a).with("max", *b);
                        return Err(bad(i, "min", "rulepack.error.min-max", args));
                    }
                    None
                }
            };
            regexes.push(re);
            metas.push(RuleMeta {
                id: format!("{}/{}", doc.id, r.id),
                severity: r.severity,
                applies_to: if r.applies_to.target == Target::Element {
                    AppliesTo::Model
                } else {
                    AppliesTo::Project
                },
                title: r.title.clone(),
                message: r.message.clone().unwrap_or_else(|| {
                    Text::new("{name} ({id}): {detail}", "{name} ({id}): {detail}")
                }),
                suggestion: r.suggestion.clone(),
                messages: Default::default(),
                suggestions: Default::default(),
                phrases: Default::default(),
                basis: r.basis.clone().normalised(),
                waivable: true,
                not_waivable_because: None,
                effective: Default::default(),
                input_problem: false,
            });
        }
        Ok(RulePack {
            doc,
            metas,
            regexes,
            unknown_fields,
        })
    }

    /// The pack's rules as rule metadata (ids prefixed with the pack id).
    pub fn rules(&self) -> &[RuleMeta] {
        &self.metas
    }

    /// Whether the pack has the rule `id` (its full id, `<pack>/<rule>`).
    pub fn has_rule(&self, id: &str) -> bool {
        self.metas.iter().any(|m| m.id == id)
    }

    /// Applies every element rule of the pack to the model's elements.
    pub(crate) fn apply(&self, model: &Model, c: &mut Collector) {
        for ((rule, meta), re) in self.doc.rules.iter().zip(&self.metas).zip(&self.regexes) {
            if rule.applies_to.target != Target::Element {
                continue;
            }
            let mut n = 0;
            for (i, e) in model.elements().iter().enumerate() {
                let sel = &rule.applies_to;
                if (!sel.kinds.is_empty() && !sel.kinds.contains(&e.kind))
                    || (!sel.tags.is_empty() && !sel.tags.iter().any(|t| e.tags.contains(t)))
                {
                    continue;
                }
                n += 1;
                for (property, value, detail) in
                    violations(model, i, e, &rule.constraint, re.as_ref())
                {
                    let (vi, en) = (detail.vi, detail.en);
                    let args = |detail| {
                        [
                            ("id", e.id.as_str()),
                            ("name", e.name.primary()),
                            ("property", property.as_str()),
                            ("value", value.as_str()),
                            ("detail", detail),
                        ]
                    };
                    let (args_vi, args_en) = (args(vi.as_str()), args(en.as_str()));
                    c.push_bilingual(meta, &e.id, Outcome::Fail, &args_vi, &args_en);
                }
            }
            c.consider(&meta.id, n);
        }
    }
}

/// (property, value, detail) for each way element `e` breaks `constraint`; the details are the
/// `rulepack.*` labels of the label table.
fn violations(
    model: &Model,
    i: usize,
    e: &Element,
    constraint: &Constraint,
    re: Option<&Regex>,
) -> Vec<(String, String, Text)> {
    let mut out = Vec::new();
    match constraint {
        Constraint::Required { properties } => {
            for p in properties {
                if values(e, p).is_empty() {
                    let args = Args::new().with("property", p);
                    let detail = crate::labels::say("rulepack.lacks", &args);
                    out.push((p.clone(), String::new(), detail));
                }
            }
        }
        Constraint::Pattern { property, regex } => {
            for v in values(e, property) {
                if !re.is_some_and(|re| re.is_match(&v)) {
                    let args = Args::new()
                        .with("property", property)
                        .with("value", &v)
                        .with("regex", regex);
                    let detail = crate::labels::say("rulepack.pattern", &args);
                    out.push((property.clone(), v.clone(), detail));
                }
            }
        }
        Constraint::Allowed {
            property,
            values: allowed,
        } => {
            for v in values(e, property) {
                if !allowed.contains(&v) {
                    let args = Args::new()
                        .with("property", property)
                        .with("value", &v)
                        .with("allowed", allowed.join(", "));
                    let detail = crate::labels::say("rulepack.allowed", &args);
                    out.push((property.clone(), v.clone(), detail));
                }
            }
        }
        // Checked when the pack is loaded: element rules have no `integrates`.
        Constraint::Integrates { .. } => {}
        Constraint::Relations {
            kind,
            direction,
            other_kinds,
            min,
            max,
        } => {
            let matches = |(r, other): (&crate::model::Relation, usize)| {
                r.kind == *kind
                    && (other_kinds.is_empty()
                        || other_kinds.contains(&model.elements()[other].kind))
            };
            let count = match direction {
                Direction::Out => model.outgoing(i).filter(|x| matches(*x)).count(),
                Direction::In => model.incoming(i).filter(|x| matches(*x)).count(),
            };
            let low = min.is_some_and(|m| count < m);
            let high = max.is_some_and(|m| count > m);
            if low || high {
                let range = format!(
                    "{}–{}",
                    min.map(|m| m.to_string()).unwrap_or_else(|| "0".into()),
                    max.map(|m| m.to_string()).unwrap_or_else(|| "∞".into())
                );
                let key = match direction {
                    Direction::Out => "rulepack.relations-outgoing",
                    Direction::In => "rulepack.relations-incoming",
                };
                let args = Args::new()
                    .with("count", count)
                    .with("kind", kind)
                    .with("range", range);
                let detail = crate::labels::say(key, &args);
                out.push((kind.clone(), count.to_string(), detail));
            }
        }
    }
    out
}
