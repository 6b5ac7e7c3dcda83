//! The reference framework as data: layers of the overall diagram, the five reference models and
//! their code taxonomies, data domains, element kinds, relation kinds and which relations are
//! allowed between which kinds. The version is a parameter: nothing here names a version.

use crate::doc::{self, Document, Limits, Parsed};
use crate::error::Error;
use crate::i18n::Text;
use crate::legal::Basis;
use crate::model::{FastMap, FastSet};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A `framework/1` document.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct FrameworkDoc {
    /// Always `framework/1`.
    pub kientruc: String,
    /// The framework's id, e.g. `vn-egov-2.0`.
    pub id: String,
    /// Its name.
    pub name: Text,
    /// The instrument that issues it.
    pub source: Basis,
    /// Parts of the overall architecture diagram, in diagram order.
    pub layers: Vec<Layer>,
    /// The reference models and their known taxonomies.
    pub reference_models: Vec<ReferenceModel>,
    /// The data reference domains a data store is classified in.
    #[serde(default)]
    pub data_domains: Vec<DataDomain>,
    /// The functions a system serves, for duplication checks (kientruc's classification, not a
    /// legal code list).
    #[serde(default)]
    pub functions: Vec<Function>,
    /// The kinds of element a model may have.
    pub element_kinds: Vec<ElementKind>,
    /// The kinds of relation a model may have.
    pub relation_kinds: Vec<RelationKind>,
    /// Named sets of element kinds used in `allowed_relations` as `@name`.
    #[serde(default)]
    pub kind_groups: BTreeMap<String, Vec<String>>,
    /// The relation table: which relation may go from which kind to which.
    pub allowed_relations: Vec<AllowedRelation>,
}

impl Document for FrameworkDoc {
    const KIND: &'static str = "framework/1";
    fn kind_tag(&self) -> &str {
        &self.kientruc
    }
}

/// A layer: a part of the overall architecture diagram.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Layer {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: Text,
    /// Where the framework defines it.
    pub source: Basis,
}

/// A reference model (BRM, DRM, ARM, TRM, SRM) with the part of its taxonomy that is known.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct ReferenceModel {
    /// Code prefix, e.g. `DRM`. Codes are `<PREFIX><nnn>(.<nnn>)*`.
    pub prefix: String,
    /// Its name.
    pub name: Text,
    /// Its source.
    pub source: Basis,
    /// Whether `entries` is the whole taxonomy. When it is not, a code that is not listed gets a
    /// syntax check only.
    #[serde(default)]
    pub complete: bool,
    /// The known codes.
    #[serde(default)]
    pub entries: Vec<TaxonomyEntry>,
}

/// A code of a reference model's taxonomy.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct TaxonomyEntry {
    /// The code, e.g. `DRM001`.
    pub code: String,
    /// Its name.
    pub name: Text,
    /// Its source.
    pub source: Basis,
}

/// A data reference domain.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct DataDomain {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: Text,
    /// Its source.
    pub source: Basis,
}

/// A function a system serves (document management, one-stop, e-mail, …): two systems of the
/// same function for the same scope duplicate each other.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Function {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: Text,
    /// Component kinds that imply this function (used only when a kind implies exactly one).
    #[serde(default)]
    pub kinds: Vec<String>,
    /// Diacritics-folded keywords (`crate::text::fold`) that infer the function from a name.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// Whether two systems of this function duplicate only within the same data domain.
    #[serde(default)]
    pub per_data_domain: bool,
    /// Its source.
    pub source: Basis,
}

/// A kind of element.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct ElementKind {
    /// Its id, e.g. `agency`.
    pub id: String,
    /// Its name.
    pub name: Text,
    /// The layer of the overall diagram this kind places an element in.
    #[serde(default)]
    pub layer: Option<String>,
    /// Properties every element of this kind must carry (checked by VAL-012).
    #[serde(default)]
    pub required: Vec<String>,
    /// Elements of this kind are integration platforms (LGSP, NGSP/NDXP, VXP): data exchange
    /// across agencies must go through one of them.
    #[serde(default)]
    pub integration: bool,
    /// Elements of this kind are shared systems (dùng chung): one serves every unit of its scope,
    /// so a new one at a narrower scope duplicates it (CONF-02).
    #[serde(default)]
    pub shared: bool,
}

/// A kind of relation.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct RelationKind {
    /// Its id, e.g. `serves`.
    pub id: String,
    /// Its name.
    pub name: Text,
    /// The relation must name the platform it goes through (`via`).
    #[serde(default)]
    pub needs_via: bool,
    /// Relations of this kind form a hierarchy that must be acyclic.
    #[serde(default)]
    pub hierarchical: bool,
}

/// One row of the relation table: `relation` may go from any kind in `from` to any kind in `to`.
/// Entries starting with `@` name a kind group.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct AllowedRelation {
    /// The relation kind.
    pub relation: String,
    /// The kinds (or `@groups`) it may go from.
    pub from: Vec<String>,
    /// The kinds (or `@groups`) it may go to.
    pub to: Vec<String>,
}

/// A loaded, indexed framework.
#[derive(Debug, Clone)]
pub struct Framework {
    /// The document as read.
    pub doc: FrameworkDoc,
    /// (relation kind, from kind, to kind) as indexes into the document's lists.
    allowed: FastSet<(usize, usize, usize)>,
    kinds: FastMap<String, usize>,
    relation_kinds: FastMap<String, usize>,
    codes: FastMap<String, usize>,
    /// The JSON paths of fields the format does not define.
    pub unknown_fields: Vec<String>,
}

const EMBEDDED: &[(&str, &str)] = &[
    (
        "vn-egov-2.0",
        include_str!("../data/frameworks/vn-egov-2.0.json"),
    ),
    (
        "vn-national-digital-2025",
        include_str!("../data/frameworks/vn-national-digital-2025.json"),
    ),
];

impl Framework {
    /// Names of the embedded frameworks.
    pub fn builtin_names() -> Vec<&'static str> {
        EMBEDDED.iter().map(|(n, _)| *n).collect()
    }

    /// An embedded framework by id.
    pub fn builtin(id: &str) -> Result<Framework, Error> {
        let (_, text) =
            EMBEDDED
                .iter()
                .find(|(n, _)| *n == id)
                .ok_or_else(|| Error::UnknownBaseline {
                    what: "framework",
                    name: id.into(),
                    known: Self::builtin_names()
                        .iter()
                        .map(|s| s.to_string())
                        .collect(),
                })?;
        Self::from_json(text.as_bytes(), &format!("<builtin framework {id}>"))
    }

    /// Loads a `framework/1` document. Group names in the relation table must be defined.
    pub fn from_json(bytes: &[u8], source_name: &str) -> Result<Framework, Error> {
        Self::from_json_with(bytes, source_name, &Limits::default())
    }

    /// [`Framework::from_json`] with other [`Limits`].
    pub fn from_json_with(
        bytes: &[u8],
        source_name: &str,
        limits: &Limits,
    ) -> Result<Framework, Error> {
        let Parsed {
            value,
            unknown_fields,
        } = doc::parse::<FrameworkDoc>(bytes, source_name, limits)?;
        Self::from_doc(value, unknown_fields, source_name)
    }

    fn from_doc(
        doc: FrameworkDoc,
        unknown_fields: Vec<String>,
        source_name: &str,
    ) -> Result<Framework, Error> {
        let kinds: FastMap<String, usize> = doc
            .element_kinds
            .iter()
            .enumerate()
            .map(|(i, k)| (k.id.clone(), i))
            .collect();
        let relation_kinds: FastMap<String, usize> = doc
            .relation_kinds
            .iter()
            .enumerate()
            .map(|(i, k)| (k.id.clone(), i))
            .collect();
        let bad = |path: String, message: String| Error::Schema {
            source_name: source_name.into(),
            location: crate::error::Location {
                path: Some(path),
                ..Default::default()
            },
            message: message.into(),
        };
        let mut allowed = FastSet::default();
        for (i, row) in doc.allowed_relations.iter().enumerate() {
            let rel = *relation_kinds.get(&row.relation).ok_or_else(|| {
                bad(
                    format!("$.allowed_relations[{i}].relation"),
                    format!("unknown relation kind '{}'", row.relation),
                )
            })?;
            let expand =
                |list: &[String], side: &str| -> Result<Vec<usize>, Error> {
                    let mut out = Vec::new();
                    for (j, k) in list.iter().enumerate() {
                        let path = || format!("$.allowed_relations[{i}].{side}[{j}]");
                        let names: Vec<&String> = match k.strip_prefix('@') {
                            Some(g) => doc
                                .kind_groups
                                .get(g)
                                .ok_or_else(|| bad(path(), format!("unknown kind group '@{g}'")))?
                                .iter()
                                .collect(),
                            None => vec![k],
                        };
                        for n in names {
                            out.push(*kinds.get(n).ok_or_else(|| {
                                bad(path(), format!("unknown element kind '{n}'"))
                            })?);
                        }
                    }
                    Ok(out)
                };
            let to = expand(&row.to, "to")?;
            for f in expand(&row.from, "from")? {
                for &t in &to {
                    allowed.insert((rel, f, t));
                }
            }
        }
        let mut codes = FastMap::default();
        for (i, m) in doc.reference_models.iter().enumerate() {
            for e in &m.entries {
                codes.insert(e.code.clone(), i);
            }
        }
        Ok(Framework {
            doc,
            allowed,
            kinds,
            relation_kinds,
            codes,
            unknown_fields,
        })
    }

    /// Why a reference-model code is not acceptable under this framework, or `None` when it is:
    /// not a code, a prefix of no reference model, or a code missing from a complete taxonomy.
    /// The reasons are VAL-009's phrases.
    pub(crate) fn refcode_problem(&self, code: &str) -> Option<Text> {
        if let Err(e) = crate::codes::RefCode::read(code) {
            return Some(e);
        }
        // The rule's phrases are looked up only for a code that has a problem: this runs for
        // every code of every element.
        let m = || crate::rules::meta("VAL-009");
        let Some(model) = self.reference_model_for(code) else {
            let prefixes: Vec<&str> = self
                .doc
                .reference_models
                .iter()
                .map(|m| m.prefix.as_str())
                .collect();
            let args = crate::i18n::Args::new().with("prefixes", prefixes.join(", "));
            return Some(m().phrase("prefix", &args));
        };
        if model.complete && self.taxonomy_entry(code).is_none() {
            let args = crate::i18n::Args::new().with("prefix", &model.prefix);
            return Some(m().phrase("not-in-taxonomy", &args));
        }
        None
    }

    /// The component `function` vocabulary (for the duplication check, CONF-02): the framework's
    /// business functions, which are data of the framework, not a Rust vocabulary, so they are
    /// not in the label table; `kientruc vocab` lists them with the others. A document may write
    /// a function by its id or its Vietnamese or English name.
    pub fn function_vocabulary(&self) -> crate::labels::VocabLabels {
        let values = self
            .doc
            .functions
            .iter()
            .map(|f| crate::labels::ValueLabel {
                id: f.id.clone(),
                vi: f.name.vi.clone(),
                en: f.name.en.clone(),
                aliases: Vec::new(),
            })
            .collect();
        crate::labels::VocabLabels {
            name: "function".into(),
            field: "components[].function".into(),
            label: crate::labels::text("vocab.function").into_owned(),
            values,
        }
    }

    /// The framework's id.
    pub fn id(&self) -> &str {
        &self.doc.id
    }

    /// The element kind `id`.
    pub fn element_kind(&self, id: &str) -> Option<&ElementKind> {
        self.kinds.get(id).map(|&i| &self.doc.element_kinds[i])
    }

    /// The relation kind `id`.
    pub fn relation_kind(&self, id: &str) -> Option<&RelationKind> {
        self.relation_kinds
            .get(id)
            .map(|&i| &self.doc.relation_kinds[i])
    }

    /// The layer `id`.
    pub fn layer(&self, id: &str) -> Option<&Layer> {
        self.doc.layers.iter().find(|l| l.id == id)
    }

    /// The function with this id, or whose Vietnamese or English label folds to `value`.
    pub fn function(&self, value: &str) -> Option<&Function> {
        let folded = crate::text::fold(value);
        self.doc.functions.iter().find(|f| {
            f.id == value
                || crate::text::fold(&f.name.vi) == folded
                || crate::text::fold(&f.name.en) == folded
        })
    }

    /// The only function a component kind implies, if it implies exactly one.
    pub fn function_of_kind(&self, kind: &str) -> Option<&Function> {
        let mut it = self
            .doc
            .functions
            .iter()
            .filter(|f| f.kinds.iter().any(|k| k == kind));
        match (it.next(), it.next()) {
            (Some(f), None) => Some(f),
            _ => None,
        }
    }

    /// The first function (in the framework's order) one of whose keywords occurs in `name` as
    /// whole words, after diacritics folding.
    pub fn function_of_name(&self, name: &str) -> Option<&Function> {
        let folded = format!(" {} ", crate::text::fold(name));
        self.doc.functions.iter().find(|f| {
            f.keywords.iter().any(|k| {
                !k.trim().is_empty() && folded.contains(&format!(" {} ", crate::text::fold(k)))
            })
        })
    }

    /// The data domain `id`.
    pub fn data_domain(&self, id: &str) -> Option<&DataDomain> {
        self.doc.data_domains.iter().find(|d| d.id == id)
    }

    /// Whether `relation` may go from an element of kind `from` to one of kind `to`. Unknown
    /// kinds allow nothing.
    pub fn allows(&self, relation: &str, from: &str, to: &str) -> bool {
        match (
            self.relation_kinds.get(relation),
            self.kinds.get(from),
            self.kinds.get(to),
        ) {
            (Some(&r), Some(&f), Some(&t)) => self.allowed.contains(&(r, f, t)),
            _ => false,
        }
    }

    /// The kinds a relation may lead to from `from`, sorted, for messages.
    pub fn allowed_targets(&self, relation: &str, from: &str) -> Vec<&str> {
        let (Some(&r), Some(&f)) = (self.relation_kinds.get(relation), self.kinds.get(from)) else {
            return Vec::new();
        };
        let mut v: Vec<&str> = self
            .allowed
            .iter()
            .filter(|(rr, ff, _)| *rr == r && *ff == f)
            .map(|&(_, _, t)| self.doc.element_kinds[t].id.as_str())
            .collect();
        v.sort_unstable();
        v
    }

    /// The reference model whose prefix starts `code`.
    pub fn reference_model_for(&self, code: &str) -> Option<&ReferenceModel> {
        self.doc
            .reference_models
            .iter()
            .find(|m| code.starts_with(m.prefix.as_str()))
    }

    /// The taxonomy entry of `code`, if listed.
    pub fn taxonomy_entry(&self, code: &str) -> Option<&TaxonomyEntry> {
        let &m = self.codes.get(code)?;
        self.doc.reference_models[m]
            .entries
            .iter()
            .find(|e| e.code == code)
    }
}
