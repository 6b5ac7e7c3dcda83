//! An architecture model as a typed graph: elements are nodes, relations are edges, with an index
//! from element ids (and aliases) to nodes.

pub mod diff;
mod element;
pub mod successor;

pub use diff::{ModelDiff, diff};
pub use element::{Element, ModelDoc, Relation, Suppression, YearSpan};
pub use successor::{SuccessorSpec, successor};

use crate::doc::{self, Limits, Parsed};
use crate::error::Error;
use petgraph::graph::{DiGraph, NodeIndex};
use std::collections::HashMap;

/// Hash maps keyed by input strings: foldhash is several times faster than SipHash on short ids
/// and, seeded per map, still resists inputs crafted to collide.
pub(crate) type FastMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;
pub(crate) type FastSet<K> = std::collections::HashSet<K, foldhash::fast::RandomState>;

/// A `model/1` document as pretty JSON with a trailing newline.
pub fn to_json(doc: &ModelDoc) -> String {
    let mut s = serde_json::to_string_pretty(doc).unwrap_or_default();
    s.push('\n');
    s
}

/// A loaded model. Node `i` of the graph is element `i` of the document; edge weights are indexes
/// into the document's relations. Relations whose ends do not resolve have no edge.
#[derive(Debug, Clone)]
pub struct Model {
    /// The document; private, since the index and graph below are built from it (read it with
    /// [`Model::doc`], take it with [`Model::into_doc`], rebuild with [`Model::from_doc`]).
    doc: ModelDoc,
    graph: DiGraph<u32, u32>,
    /// Element positions, hashed by the element's id: the ids are not copied into the table
    /// (at a million elements the copies cost more memory than the table).
    index: Index,
    /// Aliases (rare) to element positions. An alias never shadows an id.
    aliases: FastMap<String, u32>,
    /// The element positions a relation's `from` and `to` resolve to, one pair per relation
    /// (`u32::MAX` where an end does not resolve): the rules look them up once, here.
    ends: Vec<(u32, u32)>,
    /// The position of each element's owner (`u32::MAX` where it has none or it does not
    /// resolve), resolved once for the rules that follow ownership.
    owners: Vec<u32>,
    /// Element and relation kinds interned: `element_kinds[i]` indexes `kind_names` for element
    /// `i`, `relation_kinds[r]` for relation `r`. A model has a handful of distinct kinds, so a
    /// rule looks each up in the framework once, not once per element.
    element_kinds: Vec<u32>,
    relation_kinds: Vec<u32>,
    kind_names: Vec<String>,
    /// Whether element `i` is an end of a relation whose both ends resolve (an edge of the graph).
    linked: Vec<bool>,
    /// JSON paths of fields the format does not define.
    pub unknown_fields: Vec<String>,
}

impl Model {
    /// The model's document.
    pub fn doc(&self) -> &ModelDoc {
        &self.doc
    }

    /// The model's document, without the index.
    pub fn into_doc(self) -> ModelDoc {
        self.doc
    }

    /// Parses a `model/1` document.
    pub fn from_json(bytes: &[u8], source_name: &str) -> Result<Model, Error> {
        Self::from_json_with(bytes, source_name, &Limits::default())
    }

    /// [`Model::from_json`] with other [`Limits`].
    pub fn from_json_with(
        bytes: &[u8],
        source_name: &str,
        limits: &Limits,
    ) -> Result<Model, Error> {
        let Parsed {
            value,
            unknown_fields,
        } = doc::parse::<ModelDoc>(bytes, source_name, limits)?;
        Ok(Self::from_doc(value, unknown_fields))
    }

    /// Builds the graph and index of a document.
    pub fn from_doc(doc: ModelDoc, unknown_fields: Vec<String>) -> Model {
        let mut graph = DiGraph::with_capacity(doc.elements.len(), doc.relations.len());
        let mut index = Index::with_capacity(doc.elements.len());
        for i in 0..doc.elements.len() {
            graph.add_node(i as u32);
            // The first of several elements with one id wins; VAL-003 reports the others.
            index.insert_first(&doc.elements, i);
        }
        let mut aliases = FastMap::default();
        for (i, e) in doc.elements.iter().enumerate() {
            for a in &e.aliases {
                if index.get(&doc.elements, a).is_none() {
                    aliases.entry(a.clone()).or_insert(i as u32);
                }
            }
        }
        let lookup = |id: &str| resolve(&index, &aliases, &doc.elements, id);
        let pos = |n: Option<usize>| n.map_or(u32::MAX, |n| n as u32);
        let mut ends = Vec::with_capacity(doc.relations.len());
        let mut linked = vec![false; doc.elements.len()];
        for (r, rel) in doc.relations.iter().enumerate() {
            let (a, b) = (lookup(&rel.from), lookup(&rel.to));
            if let (Some(a), Some(b)) = (a, b) {
                graph.add_edge(NodeIndex::new(a), NodeIndex::new(b), r as u32);
                linked[a] = true;
                linked[b] = true;
            }
            ends.push((pos(a), pos(b)));
        }
        let owners = doc
            .elements
            .iter()
            .map(|e| pos(e.owner.as_deref().and_then(lookup)))
            .collect();
        let mut kinds = Interner::default();
        let element_kinds = doc.elements.iter().map(|e| kinds.id(&e.kind)).collect();
        let relation_kinds = doc.relations.iter().map(|r| kinds.id(&r.kind)).collect();
        Model {
            doc,
            graph,
            index,
            aliases,
            ends,
            owners,
            element_kinds,
            relation_kinds,
            kind_names: kinds.names,
            linked,
            unknown_fields,
        }
    }

    /// The element an id or alias names.
    pub fn element(&self, id: &str) -> Option<&Element> {
        self.position(id).map(|i| &self.doc.elements[i])
    }

    /// The position of the element an id or alias names.
    pub fn position(&self, id: &str) -> Option<usize> {
        resolve(&self.index, &self.aliases, &self.doc.elements, id)
    }

    /// The positions of the elements relation `r`'s `from` and `to` name, where they resolve.
    ///
    /// Precondition: `r < self.relations().len()`.
    pub fn ends(&self, r: usize) -> (Option<usize>, Option<usize>) {
        let pos = |p: u32| (p != u32::MAX).then_some(p as usize);
        let (a, b) = self.ends[r];
        (pos(a), pos(b))
    }

    /// The position of element `i`'s owner, where it has one that resolves.
    ///
    /// Precondition: `i < self.elements().len()`.
    pub(crate) fn owner(&self, i: usize) -> Option<usize> {
        self.owners
            .get(i)
            .and_then(|&p| (p != u32::MAX).then_some(p as usize))
    }

    /// Whether element `i` has a relation to or from an element (both ends resolving).
    pub(crate) fn is_linked(&self, i: usize) -> bool {
        self.linked.get(i).copied().unwrap_or(false)
    }

    /// The distinct element and relation kinds of the model, indexed by
    /// [`Model::element_kind_id`] and [`Model::relation_kind_id`].
    pub(crate) fn kind_names(&self) -> &[String] {
        &self.kind_names
    }

    /// The interned kind of element `i`.
    pub(crate) fn element_kind_id(&self, i: usize) -> usize {
        self.element_kinds[i] as usize
    }

    /// The interned kind of relation `r`.
    pub(crate) fn relation_kind_id(&self, r: usize) -> usize {
        self.relation_kinds[r] as usize
    }

    /// The elements, in document order (element `i` is node `i` of the graph).
    pub fn elements(&self) -> &[Element] {
        &self.doc.elements
    }

    /// The relations, in document order.
    pub fn relations(&self) -> &[Relation] {
        &self.doc.relations
    }

    /// The relation graph: node weights are element positions, edge weights relation positions.
    pub fn graph(&self) -> &DiGraph<u32, u32> {
        &self.graph
    }

    /// Number of relations touching element `i` (in either direction).
    pub fn degree(&self, i: usize) -> usize {
        let n = NodeIndex::new(i);
        self.graph
            .edges_directed(n, petgraph::Direction::Outgoing)
            .count()
            + self
                .graph
                .edges_directed(n, petgraph::Direction::Incoming)
                .count()
    }

    /// Relations leaving element `i`, as (relation, target element position).
    pub fn outgoing(&self, i: usize) -> impl Iterator<Item = (&Relation, usize)> {
        use petgraph::visit::EdgeRef;
        self.graph
            .edges_directed(NodeIndex::new(i), petgraph::Direction::Outgoing)
            .map(|e| {
                (
                    &self.doc.relations[*e.weight() as usize],
                    e.target().index(),
                )
            })
    }

    /// Relations arriving at element `i`, as (relation, source element position).
    pub fn incoming(&self, i: usize) -> impl Iterator<Item = (&Relation, usize)> {
        use petgraph::visit::EdgeRef;
        self.graph
            .edges_directed(NodeIndex::new(i), petgraph::Direction::Incoming)
            .map(|e| {
                (
                    &self.doc.relations[*e.weight() as usize],
                    e.source().index(),
                )
            })
    }
}

/// Kind names to small integers, in order of first appearance.
#[derive(Default)]
struct Interner {
    names: Vec<String>,
    ids: FastMap<String, u32>,
}

impl Interner {
    /// The id of `name`.
    fn id(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.ids.get(name) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(name.to_string());
        self.ids.insert(name.to_string(), i);
        i
    }
}

/// The position of the element `id` names: an element's id first, then an alias.
fn resolve(
    index: &Index,
    aliases: &FastMap<String, u32>,
    elements: &[Element],
    id: &str,
) -> Option<usize> {
    index
        .get(elements, id)
        .or_else(|| aliases.get(id).map(|&p| p as usize))
}

/// A hash table of element positions keyed by the elements' own ids.
#[derive(Clone)]
struct Index {
    table: hashbrown::HashTable<u32>,
    hasher: foldhash::fast::RandomState,
}

impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Index({} ids)", self.table.len())
    }
}

impl Index {
    fn with_capacity(n: usize) -> Index {
        Index {
            table: hashbrown::HashTable::with_capacity(n),
            hasher: Default::default(),
        }
    }

    /// Adds element `i` unless an earlier element has its id.
    fn insert_first(&mut self, elements: &[Element], i: usize) {
        use std::hash::BuildHasher;
        let id = elements[i].id.as_str();
        let hash = self.hasher.hash_one(id);
        let hasher = &self.hasher;
        if let hashbrown::hash_table::Entry::Vacant(v) = self.table.entry(
            hash,
            |&p| elements[p as usize].id == id,
            |&p| hasher.hash_one(elements[p as usize].id.as_str()),
        ) {
            v.insert(i as u32);
        }
    }

    /// Precondition: `elements` is the slice the index was built from.
    fn get(&self, elements: &[Element], id: &str) -> Option<usize> {
        use std::hash::BuildHasher;
        self.table
            // `get`, not indexing: `Model::doc` is public, and a caller who shrinks the element
            // list gets misses, not a panic.
            .find(self.hasher.hash_one(id), |&p| {
                elements.get(p as usize).is_some_and(|e| e.id == id)
            })
            .map(|&p| p as usize)
    }
}
