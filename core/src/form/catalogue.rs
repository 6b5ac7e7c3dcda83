//! The baseline's catalogue the form's pickers offer: its agencies and other elements, its
//! framework's layers, functions and data domains, the master data its elements hold, its
//! standards catalogue's rows, and the rules a justification may name.

use crate::baseline::Baseline;
use crate::i18n::{Lang, Text};
use serde::Serialize;

/// What the pickers of the form offer for one baseline.
#[derive(Debug, Clone, Serialize)]
pub struct Catalogue {
    /// The baseline the catalogue is of.
    pub baseline: BaselineInfo,
    /// Built-in baselines the project may name.
    pub baselines: Vec<Item>,
    /// The framework's layers.
    pub layers: Vec<Item>,
    /// The baseline's elements (agencies, systems, platforms…), in document order.
    pub elements: Vec<ElementItem>,
    /// The framework's business functions.
    pub functions: Vec<FunctionItem>,
    /// The framework's data domains.
    pub domains: Vec<Item>,
    /// Master data by national name, with the element that holds it.
    pub masters: Vec<MasterItem>,
    /// The rows of the baseline's standards catalogue; empty when it names none.
    pub standards: Vec<StandardRowItem>,
    /// The rules a justification may name: those that judge a proposal.
    pub rules: Vec<RuleItem>,
}

/// The identity of the catalogue's baseline.
#[derive(Debug, Clone, Serialize)]
pub struct BaselineInfo {
    /// The baseline's id.
    pub id: String,
    /// Its name.
    pub name: Text,
    /// The id of the framework it follows.
    pub framework: String,
}

/// A value offered by id and name (a baseline, a layer, a data domain).
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    /// The value written into the project.
    pub id: String,
    /// What the picker shows.
    pub name: Text,
}

/// An element of the baseline, as a picker offers it.
#[derive(Debug, Clone, Serialize)]
pub struct ElementItem {
    /// The element's id (what a reference writes).
    pub id: String,
    /// Its kind's id.
    pub kind: String,
    /// Its kind's name.
    pub kind_name: Text,
    /// The element's name.
    pub name: Text,
    /// The element's layer, else its kind's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub layer: Option<String>,
    /// The agency's electronic id (mã định danh điện tử), where the baseline gives it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eid: Option<String>,
    /// Other names the element is known by.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// The first day the element exists (ISO date), where known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<String>,
    /// The last day the element exists (ISO date), e.g. a unit abolished by the 2025 merger.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<String>,
}

/// A business function of the framework.
#[derive(Debug, Clone, Serialize)]
pub struct FunctionItem {
    /// The function's id.
    pub id: String,
    /// Its name.
    pub name: Text,
    /// The component kinds that usually implement it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub kinds: Vec<String>,
}

/// A master data set (dữ liệu chủ) and the element that holds it.
#[derive(Debug, Clone, Serialize)]
pub struct MasterItem {
    /// The national name's id.
    pub id: String,
    /// Its name.
    pub name: Text,
    /// The id of the baseline element that holds it.
    pub holder: String,
}

/// A row of the standards catalogue.
#[derive(Debug, Clone, Serialize)]
pub struct StandardRowItem {
    /// The row's id.
    pub id: String,
    /// What the row is about.
    pub name: Text,
    /// Component kinds the row applies to by their nature.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub implied_by: Vec<String>,
    /// The standards the row lists.
    pub standards: Vec<StandardItem>,
}

/// One standard of a row.
#[derive(Debug, Clone, Serialize)]
pub struct StandardItem {
    /// The standard's name (e.g. "TCVN 11930:2017").
    pub name: String,
    /// Mandatory or recommended.
    pub status: crate::standards::StandardStatus,
}

/// A rule a justification (giải trình) may name.
#[derive(Debug, Clone, Serialize)]
pub struct RuleItem {
    /// The rule's id.
    pub id: String,
    /// Its title.
    pub title: Text,
    /// False when the rule rests on a mandatory provision: a justification has no effect.
    pub waivable: bool,
}

fn both(n: &crate::i18n::Name) -> Text {
    Text::new(n.get(Lang::Vi), n.get(Lang::En))
}

/// The catalogue of `b` for the form's pickers.
pub fn catalogue(b: &Baseline) -> Catalogue {
    let fw = &b.framework;
    let elements = b
        .model
        .elements()
        .iter()
        .map(|e| {
            let kind = fw.element_kind(&e.kind);
            ElementItem {
                id: e.id.clone(),
                kind: e.kind.clone(),
                kind_name: kind.map_or_else(|| Text::new(&e.kind, &e.kind), |k| k.name.clone()),
                name: both(&e.name),
                layer: e
                    .layer
                    .clone()
                    .or_else(|| kind.and_then(|k| k.layer.clone())),
                eid: e.eid.clone(),
                aliases: e.aliases.clone(),
                valid_from: e.valid_from.map(|d| d.to_string()),
                valid_to: e.valid_to.map(|d| d.to_string()),
            }
        })
        .collect();
    let mut masters: Vec<MasterItem> = Vec::new();
    for e in b.model.elements() {
        for m in &e.master {
            if !masters.iter().any(|x| &x.id == m) {
                masters.push(MasterItem {
                    id: m.clone(),
                    name: both(&e.name),
                    holder: e.id.clone(),
                });
            }
        }
    }
    let standards = b.standards.as_ref().map_or_else(Vec::new, |c| {
        c.doc
            .rows
            .iter()
            .map(|r| StandardRowItem {
                id: r.id.clone(),
                name: r.name.clone(),
                implied_by: r.implied_by.clone(),
                standards: r
                    .standards
                    .iter()
                    .map(|s| StandardItem {
                        name: s.name.clone(),
                        status: s.status,
                    })
                    .collect(),
            })
            .collect()
    });
    // Format problems (DOC-…) and input problems are not architecture requirements: nothing to
    // justify there.
    let rules = crate::rules::builtin()
        .iter()
        .filter(|r| {
            r.applies_to == crate::rules::AppliesTo::Project
                && !r.input_problem
                && !r.id.starts_with("DOC-")
        })
        .map(|r| RuleItem {
            id: r.id.clone(),
            title: r.title.clone(),
            waivable: r.waivable,
        })
        .collect();
    Catalogue {
        baseline: BaselineInfo {
            id: b.id().to_string(),
            name: both(&b.model.doc().name),
            framework: fw.id().to_string(),
        },
        baselines: crate::baseline::known()
            .iter()
            .filter(|k| k.embedded)
            .map(|k| Item {
                id: k.id.clone(),
                name: both(&k.name),
            })
            .collect(),
        layers: fw
            .doc
            .layers
            .iter()
            .map(|l| Item {
                id: l.id.clone(),
                name: l.name.clone(),
            })
            .collect(),
        elements,
        functions: fw
            .doc
            .functions
            .iter()
            .map(|f| FunctionItem {
                id: f.id.clone(),
                name: f.name.clone(),
                kinds: f.kinds.clone(),
            })
            .collect(),
        domains: fw
            .doc
            .data_domains
            .iter()
            .map(|d| Item {
                id: d.id.clone(),
                name: d.name.clone(),
            })
            .collect(),
        masters,
        standards,
        rules,
    }
}
