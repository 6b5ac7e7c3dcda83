//! The overall diagram (sơ đồ tổng thể): a model laid out as the parts of the overall
//! architecture diagram, one horizontal band per layer of the framework (in the framework's
//! order; the layers are data, never constants here), each element in the band its `layer` or
//! its kind places it in, with the main relations between them. A project's components are drawn
//! in the bands their kinds place them in, coloured by status (new, upgrade, replace, or extra
//! when they map to nothing), and linked to the baseline elements they map to or replace and to
//! the ends of their integrations.
//!
//! Which relations are drawn: `serves`, `uses`, `exchanges-data-with`, `realises`, `hosts` and
//! `replaces` (see [`DRAWN_RELATIONS`]). `part-of` and `owns` are left out: in a provincial
//! baseline they are mostly the administrative hierarchy (district part of province, commune part
//! of district) and ownership of every system by an agency, which would cross every band and say
//! nothing about how the systems work together. Relation kinds a framework adds are left out too.
//! The ArchiMate export's view shows every relation.
//!
//! Three renderings: SVG (self-contained, hand-written layout: see [`layout`]), Graphviz DOT
//! and Mermaid. Output is deterministic: the same input gives the same bytes.

pub mod layout;
mod svg;
mod textual;

use crate::framework::Framework;
use crate::i18n::Lang;
use crate::model::Model;
use crate::project::{ComponentStatus, ProjectDoc};
use crate::vocab::Lifecycle;

pub use layout::Layout;

/// The relation kinds the overall diagram draws; the others are left out (see the module docs).
pub const DRAWN_RELATIONS: &[&str] = &[
    "serves",
    "uses",
    "exchanges-data-with",
    "realises",
    "hosts",
    "replaces",
];

/// The id of the band of elements whose layer the framework does not know.
pub const OTHER_BAND: &str = "other";

/// An output format of the diagram.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// A self-contained SVG image.
    #[default]
    Svg,
    /// A Graphviz DOT graph.
    Dot,
    /// A Mermaid flowchart.
    Mermaid,
}

impl Format {
    /// `svg`, `dot` (or `gv`, `graphviz`), `mermaid` (or `mmd`); case ignored.
    pub fn parse(s: &str) -> Option<Format> {
        match s.trim().to_ascii_lowercase().as_str() {
            "svg" => Some(Format::Svg),
            "dot" | "gv" | "graphviz" => Some(Format::Dot),
            "mermaid" | "mmd" => Some(Format::Mermaid),
            _ => None,
        }
    }
}

/// [`Format::parse`]; anything else is an [`crate::Error::Argument`] named `format`.
impl std::str::FromStr for Format {
    type Err = crate::Error;
    fn from_str(s: &str) -> Result<Format, crate::Error> {
        Format::parse(s).ok_or_else(|| {
            crate::Error::argument(
                "format",
                format!("không có định dạng sơ đồ “{s}”; các định dạng: svg, dot, mermaid"),
                format!("unknown diagram format '{s}'; formats: svg, dot, mermaid"),
            )
        })
    }
}

/// A band of the diagram: a layer of the framework (or the band of elements in no layer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Band {
    /// The layer id (`other` for elements in no known layer).
    pub id: String,
    /// The layer's name in the diagram's language.
    pub name: String,
}

/// How a project component relates to the architecture, for its colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ComponentClass {
    /// A new system.
    New,
    /// An upgrade of a baseline element.
    Upgrade,
    /// A replacement of a baseline element.
    Replace,
    /// Maps to nothing in the architecture (CONF-01's extras).
    Extra,
    /// No status declared.
    Unspecified,
}

impl ComponentClass {
    /// Every class, in legend order.
    pub const ALL: [ComponentClass; 5] = [
        ComponentClass::New,
        ComponentClass::Upgrade,
        ComponentClass::Replace,
        ComponentClass::Extra,
        ComponentClass::Unspecified,
    ];

    /// The stable id, used in the SVG's `class` (`kt-status-<id>`).
    pub fn id(self) -> &'static str {
        match self {
            ComponentClass::New => "new",
            ComponentClass::Upgrade => "upgrade",
            ComponentClass::Replace => "replace",
            ComponentClass::Extra => "extra",
            ComponentClass::Unspecified => "unspecified",
        }
    }

    /// The legend's text for the class (`diagram.class.*` in the label table).
    pub fn label(self, lang: Lang) -> &'static str {
        let key = match self {
            ComponentClass::New => "diagram.class.new",
            ComponentClass::Upgrade => "diagram.class.upgrade",
            ComponentClass::Replace => "diagram.class.replace",
            ComponentClass::Extra => "diagram.class.extra",
            ComponentClass::Unspecified => "diagram.class.unspecified",
        };
        match crate::labels::ui(key, lang) {
            std::borrow::Cow::Borrowed(s) => s,
            std::borrow::Cow::Owned(_) => key,
        }
    }
}

/// Where a node comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// An element of the model.
    Element,
    /// A component of the project.
    Component(ComponentClass),
}

/// A box of the diagram: an element or a project component.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    /// The element's or component's id.
    pub id: String,
    /// The name shown, in the diagram's language.
    pub label: String,
    /// The element kind or component kind.
    pub kind: String,
    /// Index into [`Diagram::bands`].
    pub band: usize,
    /// Element or component (with its class).
    pub origin: Origin,
    /// A planned element (lifecycle `planned`): drawn dashed.
    pub planned: bool,
}

/// What an edge shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EdgeKind {
    /// A relation of the model, by relation kind.
    Relation(String),
    /// A component's `maps_to`.
    MapsTo,
    /// A component's `replaces`.
    Replaces,
    /// A project integration, with its `via` (`lgsp`, `ngsp`, `vxp`, `direct`) when given.
    Integration(Option<String>),
}

impl EdgeKind {
    /// A stable id for classes and legends.
    pub fn id(&self) -> String {
        match self {
            EdgeKind::Relation(k) => k.clone(),
            EdgeKind::MapsTo => "maps-to".into(),
            EdgeKind::Replaces => "component-replaces".into(),
            EdgeKind::Integration(Some(v)) if v == "direct" => "integration-direct".into(),
            EdgeKind::Integration(_) => "integration".into(),
        }
    }
}

/// A line of the diagram.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    /// Indexes into [`Diagram::nodes`].
    pub from: usize,
    /// Index into [`Diagram::nodes`].
    pub to: usize,
    /// What it shows.
    pub kind: EdgeKind,
    /// The edge's name in the diagram's language (relation name, "gắn với", "qua LGSP"...).
    pub label: String,
}

/// The overall diagram of a model, optionally with a project drawn in: what to draw, before any
/// layout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagram {
    /// The model's id, or the project's when one is drawn in (used to prefix SVG ids).
    pub id: String,
    /// The title: the model's name.
    pub title: String,
    /// The subtitle: the project's name, when one is drawn in.
    pub subtitle: Option<String>,
    /// The language of the labels.
    pub lang: Lang,
    /// The bands, top to bottom, in the framework's layer order.
    pub bands: Vec<Band>,
    /// The nodes.
    pub nodes: Vec<Node>,
    /// The edges.
    pub edges: Vec<Edge>,
}

impl Diagram {
    /// The overall diagram of `model` under `fw`, with `project`'s components drawn in: every
    /// element, whatever its validity.
    pub fn new(model: &Model, fw: &Framework, project: Option<&ProjectDoc>, lang: Lang) -> Diagram {
        Self::new_as_of(model, fw, project, lang, None)
    }

    /// The overall diagram as of `as_of` (a check date): elements not in force on that date
    /// (units and agencies abolished on 01/7/2025, tỉnh Kon Tum after the merger; units not yet
    /// created) are not drawn, nor are their relations; a planned element is drawn as planned
    /// only while its plan period (its `phase`, else the model's roadmap) has not ended: a
    /// 2022–2025 plan item is no longer "planned" in 2026, and whether it was built is not
    /// known. With no date, as [`Diagram::new`].
    pub fn new_as_of(
        model: &Model,
        fw: &Framework,
        project: Option<&ProjectDoc>,
        lang: Lang,
        as_of: Option<crate::date::Date>,
    ) -> Diagram {
        let mut bands: Vec<Band> = fw
            .doc
            .layers
            .iter()
            .map(|l| Band {
                id: l.id.clone(),
                name: l.name.get(lang).to_string(),
            })
            .collect();
        let mut other: Option<usize> = None;
        let mut band_of = |layer: Option<&str>, bands: &mut Vec<Band>| -> usize {
            if let Some(i) = layer.and_then(|l| fw.doc.layers.iter().position(|x| x.id == l)) {
                return i;
            }
            *other.get_or_insert_with(|| {
                bands.push(Band {
                    id: OTHER_BAND.into(),
                    name: crate::labels::ui("diagram.other-in-no-layer", lang).into(),
                });
                bands.len() - 1
            })
        };
        let mut nodes = Vec::with_capacity(model.elements().len());
        // Element index in the model → node index, for the elements drawn.
        let mut node_of: Vec<Option<usize>> = Vec::with_capacity(model.elements().len());
        let mut hidden = false;
        let mut plan_ended = false;
        for e in model.elements() {
            if as_of.is_some_and(|d| !e.validity().contains(d)) {
                node_of.push(None);
                hidden = true;
                continue;
            }
            let mut planned = e.lifecycle() == Some(Lifecycle::Planned);
            if planned
                && let (Some(d), Some(period)) = (as_of, e.phase.or(model.doc().roadmap))
                && period.end < d.year
            {
                planned = false;
                plan_ended = true;
            }
            node_of.push(Some(nodes.len()));
            let layer = e
                .layer
                .as_deref()
                .or_else(|| fw.element_kind(&e.kind).and_then(|k| k.layer.as_deref()));
            let label = e.name.get(lang);
            nodes.push(Node {
                id: e.id.clone(),
                label: if label.trim().is_empty() {
                    e.id.clone()
                } else {
                    label.to_string()
                },
                kind: e.kind.clone(),
                band: band_of(layer, &mut bands),
                origin: Origin::Element,
                planned,
            });
        }
        let position = |id: &str| model.position(id).and_then(|i| node_of[i]);
        let rel_name = |kind: &str| {
            fw.relation_kind(kind)
                .map_or_else(|| kind.to_string(), |k| k.name.get(lang).to_string())
        };
        let mut edges = Vec::new();
        for (r, rel) in model.relations().iter().enumerate() {
            if !DRAWN_RELATIONS.contains(&rel.kind.as_str()) {
                continue;
            }
            if let (Some(a), Some(b)) = model.ends(r)
                && let (Some(a), Some(b)) = (node_of[a], node_of[b])
            {
                edges.push(Edge {
                    from: a,
                    to: b,
                    kind: EdgeKind::Relation(rel.kind.clone()),
                    label: rel_name(&rel.kind),
                });
            }
        }
        let first_component = nodes.len();
        if let Some(p) = project {
            for c in &p.components {
                // Whether it maps to the model at all (drawn or not): its class.
                let resolved = c
                    .maps_to
                    .iter()
                    .chain(c.replaces.as_ref())
                    .any(|r| model.position(r).is_some());
                let coded = c
                    .codes
                    .iter()
                    .any(|code| fw.refcode_problem(code).is_none());
                let class = if !resolved && !coded {
                    ComponentClass::Extra
                } else {
                    match c.status.as_ref().and_then(|s| s.known()) {
                        Some(ComponentStatus::New) => ComponentClass::New,
                        Some(ComponentStatus::Upgrade) => ComponentClass::Upgrade,
                        Some(ComponentStatus::Replace) => ComponentClass::Replace,
                        None => ComponentClass::Unspecified,
                    }
                };
                let layer = fw
                    .element_kind(c.kind.as_str())
                    .and_then(|k| k.layer.as_deref());
                let label = c.name.get(lang);
                let from = nodes.len();
                nodes.push(Node {
                    id: c.id.clone(),
                    label: if label.trim().is_empty() {
                        c.id.clone()
                    } else {
                        label.to_string()
                    },
                    kind: c.kind.as_str().to_string(),
                    band: band_of(layer, &mut bands),
                    origin: Origin::Component(class),
                    planned: false,
                });
                for m in &c.maps_to {
                    if let Some(to) = position(m) {
                        edges.push(Edge {
                            from,
                            to,
                            kind: EdgeKind::MapsTo,
                            label: crate::labels::ui("diagram.maps-to", lang).into(),
                        });
                    }
                }
                if let Some(to) = c.replaces.as_deref().and_then(position) {
                    edges.push(Edge {
                        from,
                        to,
                        kind: EdgeKind::Replaces,
                        label: rel_name("replaces"),
                    });
                }
            }
            let end = |id: &str| {
                p.components
                    .iter()
                    .position(|c| c.id == id)
                    .map(|i| first_component + i)
                    .or_else(|| position(id))
            };
            for i in &p.integrations {
                if let (Some(a), Some(b)) = (end(&i.from), end(&i.to)) {
                    let via = i.via.as_ref().map(|v| v.as_str().to_string());
                    let label = match via.as_deref() {
                        Some("direct") => crate::labels::ui("diagram.direct", lang).to_string(),
                        Some(v) => format!(
                            "{} {}",
                            crate::labels::ui("diagram.via", lang),
                            v.to_uppercase()
                        ),
                        None => crate::labels::ui("diagram.integration", lang).to_string(),
                    };
                    edges.push(Edge {
                        from: a,
                        to: b,
                        kind: EdgeKind::Integration(via),
                        label,
                    });
                }
            }
        }
        let model_name = model.doc().name.get(lang);
        let title = format!(
            "{} — {}",
            crate::labels::ui("diagram.overall-diagram", lang),
            if model_name.is_empty() {
                model.doc().id.as_str()
            } else {
                model_name
            }
        );
        let mut subtitle = project.map(|p| {
            let name = p.name.get(lang);
            format!(
                "{}: {} ({})",
                crate::labels::ui("diagram.project", lang),
                if name.is_empty() { &p.id } else { name },
                p.id
            )
        });
        // Say what the date changed, so that a missing unit or a solid plan item is explained.
        if let Some(d) = as_of {
            let args = crate::i18n::Args::new().with("date", d.text());
            let mut notes = vec![
                crate::labels::say("diagram.as-of", &args)
                    .get(lang)
                    .to_string(),
            ];
            if hidden {
                notes.push(crate::labels::ui("diagram.units-agencies-and-systems", lang).into());
            }
            if plan_ended {
                notes.push(crate::labels::ui("diagram.planned-elements-of-an", lang).into());
            }
            let note = notes.join("; ");
            subtitle = Some(match subtitle {
                Some(s) => format!("{s} · {note}"),
                None => note,
            });
        }
        Diagram {
            id: project.map_or_else(|| model.doc().id.clone(), |p| p.id.clone()),
            title,
            subtitle,
            lang,
            bands,
            nodes,
            edges,
        }
    }

    /// The positions of bands and nodes and the paths of edges.
    pub fn layout(&self) -> Layout {
        layout::layout(self)
    }

    /// A self-contained SVG image (no XML declaration, so it can be inlined in HTML).
    pub fn to_svg(&self) -> String {
        svg::render(self, &self.layout())
    }

    /// A Graphviz DOT graph: one cluster per band.
    pub fn to_dot(&self) -> String {
        textual::dot(self)
    }

    /// A Mermaid flowchart: one subgraph per band.
    pub fn to_mermaid(&self) -> String {
        textual::mermaid(self)
    }

    /// The diagram in `format`.
    pub fn render(&self, format: Format) -> String {
        match format {
            Format::Svg => self.to_svg(),
            Format::Dot => self.to_dot(),
            Format::Mermaid => self.to_mermaid(),
        }
    }

    /// The component classes present, in legend order.
    pub fn classes(&self) -> Vec<ComponentClass> {
        let mut v: Vec<ComponentClass> = self
            .nodes
            .iter()
            .filter_map(|n| match n.origin {
                Origin::Component(c) => Some(c),
                Origin::Element => None,
            })
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    }
}
