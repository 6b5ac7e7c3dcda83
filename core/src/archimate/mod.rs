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
    pub lang: Option<String>,
    pub text: String,
}

/// A property value bound to a property definition.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Property {
    pub definition_ref: String,
    pub values: Vec<LangString>,
    pub line: usize,
}

/// An element or a relationship.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Concept {
    pub identifier: String,
    pub xsi_type: String,
    pub names: Vec<LangString>,
    pub documentation: Vec<LangString>,
    pub properties: Vec<Property>,
    /// Relationships: the source and target identifiers.
    pub source: Option<String>,
    pub target: Option<String>,
    pub access_type: Option<String>,
    pub is_directed: Option<bool>,
    pub modifier: Option<String>,
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PropertyDefinition {
    pub identifier: String,
    pub data_type: String,
    pub names: Vec<LangString>,
}

/// A folder of the organizations tree.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OrgItem {
    pub labels: Vec<LangString>,
    pub identifier_ref: Option<String>,
    pub children: Vec<OrgItem>,
}

/// A node of a view (nested nodes are flattened), referencing an element when it shows one.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ViewNode {
    pub identifier: String,
    pub xsi_type: String,
    pub element_ref: Option<String>,
    pub line: usize,
}

/// A connection of a view, referencing a relationship when it shows one.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ViewConnection {
    pub identifier: String,
    pub relationship_ref: Option<String>,
    pub line: usize,
}

/// A view, kept as data: kientruc draws nothing from it yet.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct View {
    pub identifier: String,
    pub xsi_type: String,
    pub names: Vec<LangString>,
    pub nodes: Vec<ViewNode>,
    pub connections: Vec<ViewConnection>,
    pub line: usize,
}

/// A parsed exchange file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Exchange {
    pub identifier: String,
    pub names: Vec<LangString>,
    pub documentation: Vec<LangString>,
    pub properties: Vec<Property>,
    pub elements: Vec<Concept>,
    pub relationships: Vec<Concept>,
    pub property_definitions: Vec<PropertyDefinition>,
    pub organizations: Vec<OrgItem>,
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
