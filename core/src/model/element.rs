//! The `model/1` document: elements and relations of an architecture, as written in JSON.

use crate::date::{Date, Period};
use crate::doc::Document;
use crate::i18n::Name;
use crate::legal::Basis;
use crate::vocab::{Hosting, Lifecycle, Scope, Term};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A `model/1` document. A baseline is a model that names its framework.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct ModelDoc {
    /// Always `model/1`.
    pub kientruc: String,
    /// The model's id, e.g. `quang-ngai-2.0`.
    pub id: String,
    /// The model's name.
    #[serde(default)]
    pub name: Name,
    /// The framework the model follows, e.g. `vn-egov-2.0`.
    pub framework: String,
    /// The standards catalogue the model uses, e.g. `tt39-2017`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standards: Option<String>,
    /// When the architecture applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<Date>,
    /// The last day the architecture applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<Date>,
    /// The family of successive versions the architecture belongs to, e.g. `quang-ngai`: a family
    /// name picks the version in force on the check date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    /// The architecture this one replaces (a baseline id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supersedes: Option<String>,
    /// The architecture that replaced this one (a baseline id, embedded or only known).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub superseded_by: Option<String>,
    /// The roadmap period, in years.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roadmap: Option<YearSpan>,
    /// The decision that approves the architecture.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Basis>,
    /// The elements.
    #[serde(default)]
    pub elements: Vec<Element>,
    /// The relations.
    #[serde(default)]
    pub relations: Vec<Relation>,
}

impl Document for ModelDoc {
    const KIND: &'static str = "model/1";
    fn kind_tag(&self) -> &str {
        &self.kientruc
    }
    fn exceeds(&self, limits: &crate::doc::Limits) -> Option<(&'static str, usize, usize)> {
        [
            ("max_elements", limits.max_elements, self.elements.len()),
            ("max_relations", limits.max_relations, self.relations.len()),
        ]
        .into_iter()
        .find(|(_, limit, n)| n > limit)
    }
}

impl ModelDoc {
    /// An empty `model/1` document with just its id, name and framework.
    pub fn new(id: impl Into<String>, name: Name, framework: impl Into<String>) -> ModelDoc {
        ModelDoc {
            kientruc: <ModelDoc as Document>::KIND.into(),
            id: id.into(),
            name,
            framework: framework.into(),
            standards: None,
            valid_from: None,
            valid_to: None,
            family: None,
            supersedes: None,
            superseded_by: None,
            roadmap: None,
            source: None,
            elements: Vec::new(),
            relations: Vec::new(),
        }
    }

    /// When the architecture applies.
    pub fn validity(&self) -> Period {
        Period {
            from: self.valid_from,
            to: self.valid_to,
        }
    }
}

/// A span of years, both ends inclusive (a roadmap phase).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct YearSpan {
    /// The first year.
    pub start: u16,
    /// The last year.
    pub end: u16,
}

impl YearSpan {
    /// The span in both languages, worded by the label table (`date.years.*`): "2024–2025", and
    /// one year as "năm 2025" / "2025" (never "2025–2025").
    pub fn text(&self) -> crate::i18n::Text {
        let args = crate::i18n::Args::new().with("start", self.start);
        if self.start == self.end {
            crate::labels::say("date.years.one", &args)
        } else {
            crate::labels::say("date.years.span", &args.with("end", self.end))
        }
    }
}

/// An element of an architecture: an agency, an actor, a channel, a system, a platform, a piece of
/// infrastructure, a catalogue, a standard, a governance item.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct Element {
    /// The element's id, unique in the model.
    pub id: String,
    /// One of the framework's element kinds.
    pub kind: String,
    /// Its name.
    #[serde(default)]
    pub name: Name,
    /// Layer of the overall diagram; defaults to the kind's layer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layer: Option<String>,
    /// The owning agency (chủ quản): an element id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// Agency e-ID code (QCVN 102:2016). `null` when the code is not known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eid: Option<String>,
    /// Administrative unit code (QĐ 124/2004/QĐ-TTg).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin_unit: Option<String>,
    /// Reference-model codes (BRM/DRM/ARM/TRM/SRM).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<String>,
    /// Information-system security level, 1–5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_level: Option<u8>,
    /// Where the system runs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hosting: Option<Term<Hosting>>,
    /// Existing, planned or retiring.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lifecycle: Option<Term<Lifecycle>>,
    /// The administrative scope it serves.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Term<Scope>>,
    /// The roadmap phase in which the element is planned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<YearSpan>,
    /// The day it exists from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<Date>,
    /// The last day it exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<Date>,
    /// Data reference domain: a framework data-domain id or a DRM code (databases).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_domain: Option<String>,
    /// The function the system serves (one of the framework's `functions`), for duplication
    /// checks. Set only where the element's nature is evident from its sourced name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub function: Option<String>,
    /// For a national database the law builds from provincial parts: the instrument that says so.
    /// A provincial store of its master data synchronised with it through the LGSP/NGSP, or
    /// declared `part_of` it, is that part, not a private copy (CONF-03).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provincial_parts: Option<Box<Basis>>,
    /// Master data this element holds, by national name (e.g. `population`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub master: Vec<String>,
    /// Other ids that resolve to this element (e.g. `provincial:one-stop`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Free tags (e.g. `to-confirm`), selectable by rule packs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Where the element's facts come from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Box<Basis>>,
    /// Rules not to apply to this element, each with the reason (counted in reports).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suppress: Vec<Suppression>,
    /// Other properties, e.g. those of an imported ArchiMate model.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub properties: BTreeMap<String, String>,
}

impl Element {
    /// When the element exists.
    pub fn validity(&self) -> Period {
        Period {
            from: self.valid_from,
            to: self.valid_to,
        }
    }

    /// The lifecycle, when it is a known value.
    pub fn lifecycle(&self) -> Option<Lifecycle> {
        self.lifecycle.as_ref().and_then(Term::known)
    }

    /// The scope, when it is a known value.
    pub fn scope(&self) -> Option<Scope> {
        self.scope.as_ref().and_then(Term::known)
    }

    /// The suppression of `rule` on this element, if it has one with a reason.
    pub fn suppression(&self, rule: &str) -> Option<&Suppression> {
        self.suppress
            .iter()
            .find(|s| s.rule == rule && !s.reason.trim().is_empty())
    }
}

/// A rule not applied to one element, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Suppression {
    /// The rule's id.
    pub rule: String,
    /// Why it does not apply.
    #[serde(default)]
    pub reason: String,
}

/// A relation between two elements.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct Relation {
    /// Optional; defaults to `from>kind>to`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The source element's id.
    pub from: String,
    /// The target element's id.
    pub to: String,
    /// One of the framework's relation kinds.
    pub kind: String,
    /// The integration platform a data exchange goes through (LGSP, NGSP/NDXP, VXP).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
    /// Where the relation's fact comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Box<Basis>>,
    /// Other properties, e.g. the ArchiMate relationship type of an imported model.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub properties: BTreeMap<String, String>,
}

impl Relation {
    /// The relation's id, or the one derived from its ends.
    pub fn key(&self) -> String {
        match &self.id {
            Some(id) => id.clone(),
            None => format!("{}>{}>{}", self.from, self.kind, self.to),
        }
    }
}
