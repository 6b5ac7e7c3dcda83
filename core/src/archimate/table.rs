//! The ArchiMate 3.2 relationship table (Appendix B), as Archi encodes it: for each pair of concept
//! types, the letters of the relationships allowed. Loaded from the embedded data files.

use quick_xml::events::Event;
use quick_xml::reader::Reader;
use std::collections::HashMap;
use std::sync::OnceLock;

const TABLE: &str = include_str!("../../data/archimate/relationships.xml");
const KEYS: &str = include_str!("../../data/archimate/relationships-keys.xml");

/// The table: (source type, target type) → allowed relationship types.
#[derive(Debug)]
pub struct RelationshipTable {
    allowed: HashMap<(String, String), Vec<&'static str>>,
    concepts: Vec<String>,
    letters: HashMap<char, &'static str>,
}

fn attr(e: &quick_xml::events::BytesStart<'_>, key: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == key.as_bytes())
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

/// Relationship type names without the "Relationship" suffix, as the exchange format spells them.
pub const RELATIONSHIP_TYPES: &[&str] = &[
    "Access",
    "Composition",
    "Flow",
    "Aggregation",
    "Assignment",
    "Influence",
    "Association",
    "Realization",
    "Specialization",
    "Triggering",
    "Serving",
];

impl RelationshipTable {
    /// The embedded table, parsed once.
    pub fn get() -> &'static RelationshipTable {
        static T: OnceLock<RelationshipTable> = OnceLock::new();
        T.get_or_init(|| Self::parse(TABLE, KEYS))
    }

    fn parse(table: &str, keys: &str) -> RelationshipTable {
        let mut letters = HashMap::new();
        let mut r = Reader::from_str(keys);
        while let Ok(ev) = r.read_event() {
            match ev {
                Event::Empty(e) | Event::Start(e) if e.local_name().as_ref() == b"key" => {
                    if let (Some(c), Some(rel)) = (attr(&e, "char"), attr(&e, "relationship")) {
                        let name = rel.trim_end_matches("Relationship");
                        if let (Some(ch), Some(t)) = (
                            c.chars().next(),
                            RELATIONSHIP_TYPES.iter().find(|t| **t == name),
                        ) {
                            letters.insert(ch, *t);
                        }
                    }
                }
                Event::Eof => break,
                _ => {}
            }
        }
        let mut allowed = HashMap::new();
        let mut concepts = Vec::new();
        let mut source = String::new();
        let mut r = Reader::from_str(table);
        while let Ok(ev) = r.read_event() {
            match ev {
                Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == b"source" => {
                    source = attr(&e, "concept").unwrap_or_default();
                    concepts.push(source.clone());
                }
                Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == b"target" => {
                    let target = attr(&e, "concept").unwrap_or_default();
                    let rels = attr(&e, "relations").unwrap_or_default();
                    let types: Vec<&'static str> = rels
                        .chars()
                        .filter_map(|c| letters.get(&c).copied())
                        .collect();
                    allowed.insert((source.clone(), target), types);
                }
                Event::Eof => break,
                _ => {}
            }
        }
        RelationshipTable {
            allowed,
            concepts,
            letters,
        }
    }

    /// The relationship types allowed from `source` to `target` (exchange-format type names;
    /// `AndJunction`/`OrJunction` are looked up as `Junction`).
    pub fn allowed(&self, source: &str, target: &str) -> &[&'static str] {
        let norm = |t: &str| {
            if t.ends_with("Junction") {
                "Junction".to_string()
            } else {
                t.to_string()
            }
        };
        self.allowed
            .get(&(norm(source), norm(target)))
            .map_or(&[], |v| v.as_slice())
    }

    /// Whether ArchiMate 3.1 allows `relationship` from `source` to `target` (element types).
    pub fn allows(&self, source: &str, relationship: &str, target: &str) -> bool {
        self.allowed(source, target).contains(&relationship)
    }

    /// Every concept type of the table (including `Junction` and the pseudo-concept `Relationship`).
    pub fn concepts(&self) -> &[String] {
        &self.concepts
    }

    /// The relationship type a key letter stands for.
    pub fn letter(&self, c: char) -> Option<&'static str> {
        self.letters.get(&c).copied()
    }
}

/// Whether `t` is an element type of the exchange format: a concept of the table (not the
/// pseudo-concept `Relationship`, and `Junction` as `AndJunction`/`OrJunction`).
pub fn is_element_type(t: &str) -> bool {
    match t {
        "AndJunction" | "OrJunction" => true,
        "Junction" | "Relationship" => false,
        _ => RelationshipTable::get().concepts().iter().any(|c| c == t),
    }
}
