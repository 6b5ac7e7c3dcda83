//! The Open Group ArchiMate Model Exchange File Format (3.x): import into a kientruc model, export
//! a kientruc model, and ArchiMate's own checks (AMX rules) on an imported file.
//!
//! Reading uses quick-xml without any DTD processing: a `<!DOCTYPE>` is refused, entities other than
//! the five predefined ones are errors, and nothing is ever fetched.

mod convert;
mod read;
mod rules;
mod table;
mod write;

pub use convert::to_model;
pub use read::{parse, parse_with};
use rules::check;
pub use table::{RelationshipTable, is_element_type};
pub use write::to_xml;

/// The namespace of exchange files 3.x.
pub const NAMESPACE: &str = "http://www.opengroup.org/xsd/archimate/3.0/";
/// The namespace of the 2.x format, which is refused with a clear message.
pub const NAMESPACE_2: &str = "http://www.opengroup.org/xsd/archimate";

/// A text with its `xml:lang`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LangString {
    /// The `xml:lang`, when given.
    pub lang: Option<String>,
    /// The text.
    pub text: String,
}

/// A property value bound to a property definition.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Property {
    /// The identifier of its property definition.
    pub definition_ref: String,
    /// Its values, one per language.
    pub values: Vec<LangString>,
    /// The line it is on.
    pub line: usize,
}

/// An element or a relationship.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Concept {
    /// The concept's identifier.
    pub identifier: String,
    /// The ArchiMate type, e.g. `ApplicationComponent` or `Serving`.
    pub xsi_type: String,
    /// Its names, one per language.
    pub names: Vec<LangString>,
    /// Its documentation, one per language.
    pub documentation: Vec<LangString>,
    /// Its properties.
    pub properties: Vec<Property>,
    /// Relationships: the source and target identifiers.
    pub source: Option<String>,
    /// Relationships: the target identifier.
    pub target: Option<String>,
    /// Access relationships: `Read`, `Write`, `Access` or `ReadWrite`.
    pub access_type: Option<String>,
    /// Association relationships: whether directed.
    pub is_directed: Option<bool>,
    /// Influence relationships: the modifier.
    pub modifier: Option<String>,
    /// The line it is on.
    pub line: usize,
}

/// A property definition: the name and type properties refer to.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PropertyDefinition {
    /// Its identifier.
    pub identifier: String,
    /// Its data type, e.g. `string`.
    pub data_type: String,
    /// Its names, one per language.
    pub names: Vec<LangString>,
}

/// A folder of the organizations tree.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OrgItem {
    /// The folder's labels, one per language.
    pub labels: Vec<LangString>,
    /// The concept an item refers to, for a leaf.
    pub identifier_ref: Option<String>,
    /// Nested items.
    pub children: Vec<OrgItem>,
}

/// A node of a view (nested nodes are flattened), referencing an element when it shows one.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ViewNode {
    /// The node's identifier.
    pub identifier: String,
    /// `Element`, `Container` or `Label`.
    pub xsi_type: String,
    /// The element it shows.
    pub element_ref: Option<String>,
    /// The line it is on.
    pub line: usize,
}

/// A connection of a view, referencing a relationship when it shows one.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ViewConnection {
    /// The connection's identifier.
    pub identifier: String,
    /// The relationship it shows.
    pub relationship_ref: Option<String>,
    /// The line it is on.
    pub line: usize,
}

/// A view, kept as data: kientruc draws nothing from it yet.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct View {
    /// The view's identifier.
    pub identifier: String,
    /// The view type, e.g. `Diagram`.
    pub xsi_type: String,
    /// Its names, one per language.
    pub names: Vec<LangString>,
    /// Its nodes, nested ones flattened.
    pub nodes: Vec<ViewNode>,
    /// Its connections.
    pub connections: Vec<ViewConnection>,
    /// The line it starts on.
    pub line: usize,
}

/// A parsed exchange file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Exchange {
    /// The model's identifier.
    pub identifier: String,
    /// The model's names, one per language.
    pub names: Vec<LangString>,
    /// The model's documentation.
    pub documentation: Vec<LangString>,
    /// The model's own properties.
    pub properties: Vec<Property>,
    /// The elements.
    pub elements: Vec<Concept>,
    /// The relationships.
    pub relationships: Vec<Concept>,
    /// The property definitions.
    pub property_definitions: Vec<PropertyDefinition>,
    /// The organizations tree (folders).
    pub organizations: Vec<OrgItem>,
    /// The views.
    pub views: Vec<View>,
}

impl Exchange {
    /// The property definition's name (first name), by identifier.
    pub fn property_name(&self, definition_ref: &str) -> Option<&str> {
        self.property_definitions
            .iter()
            .find(|d| d.identifier == definition_ref)
            .and_then(|d| d.names.first())
            .map(|n| n.text.as_str())
    }
}

/// Imports an exchange file (read under `opts.limits`) and validates it: the AMX rules on the
/// file, then kientruc's model rules (and the rule packs of `opts`) on the model it converts to.
/// Returns the model and one report.
pub fn validate_exchange(
    bytes: &[u8],
    source: &str,
    opts: &crate::ValidateOptions,
) -> Result<(crate::model::ModelDoc, crate::Report), crate::Error> {
    let x = parse_with(bytes, source, &opts.limits)?;
    let doc = to_model(&x);
    let model = crate::Model::from_doc(doc.clone(), Vec::new());
    let fw = crate::Framework::builtin(&model.doc().framework)?;
    let report = crate::validate::validate_with(&model, &fw, opts, |c| check(&x, c));
    Ok((doc, report))
}
