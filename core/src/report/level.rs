//! Compliance levels (TOGAF Architecture Compliance, mapped as PRODUCT.md sets out).

use crate::i18n::{Lang, Text};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A project's compliance level. The stable ids ([`Level::id`]) are what JSON, SARIF and every
/// face show; reports store the level typed and serialise it as its id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// The document has input problems: no architecture verdict is given.
    NotAssessed,
    /// Any failed rule of severity error.
    NonConformant,
    /// Every component is an extra.
    Irrelevant,
    /// No review, no extras.
    FullyConformant,
    /// No review, some extras.
    Conformant,
    /// Some review, no extras.
    Compliant,
    /// Some review and some extras.
    Consistent,
}

impl Level {
    /// Every level, in the order of PRODUCT.md.
    pub const ALL: [Level; 7] = [
        Level::NotAssessed,
        Level::NonConformant,
        Level::Irrelevant,
        Level::FullyConformant,
        Level::Conformant,
        Level::Compliant,
        Level::Consistent,
    ];

    /// The stable id, e.g. `non-conformant`.
    pub fn id(self) -> &'static str {
        match self {
            Level::NotAssessed => "not-assessed",
            Level::NonConformant => "non-conformant",
            Level::Irrelevant => "irrelevant",
            Level::FullyConformant => "fully-conformant",
            Level::Conformant => "conformant",
            Level::Compliant => "compliant",
            Level::Consistent => "consistent",
        }
    }

    /// The level whose stable id is `id` (for a face's argument; reports hold the level typed).
    pub fn from_id(id: &str) -> Option<Level> {
        Self::ALL.into_iter().find(|l| l.id() == id)
    }

    /// The level's name (`level.*` of the label table).
    pub fn name(self) -> Text {
        crate::labels::text(&format!("level.{}", self.id())).into_owned()
    }

    /// The level's display name in `lang`, as every report shows it ("Không tuân thủ").
    pub fn display(self, lang: Lang) -> String {
        self.name().get(lang).to_string()
    }

    /// Whether a project at this level can be funded as it is (PRODUCT.md, exit codes): the CLI
    /// exits 0 for these, 1 for non-conformant and irrelevant, 2 for not-assessed.
    pub fn fundable(self) -> bool {
        matches!(
            self,
            Level::FullyConformant | Level::Conformant | Level::Compliant | Level::Consistent
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_level_is_its_stable_id_on_the_wire() {
        for l in Level::ALL {
            let id = serde_json::Value::String(l.id().to_string());
            assert_eq!(serde_json::to_value(l).ok(), Some(id.clone()));
            assert_eq!(serde_json::from_value::<Level>(id).ok(), Some(l));
            assert_eq!(Level::from_id(l.id()), Some(l));
            assert_ne!(l.display(Lang::Vi), l.display(Lang::En));
        }
        assert!(serde_json::from_str::<Level>("\"conformant-ish\"").is_err());
    }
}
