//! Compliance levels (TOGAF Architecture Compliance, mapped as PRODUCT.md sets out).

use crate::i18n::{Lang, Text};

/// A project's compliance level. The stable ids are used in JSON, SARIF and every API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
    pub const ALL: [Level; 7] = [
        Level::NotAssessed,
        Level::NonConformant,
        Level::Irrelevant,
        Level::FullyConformant,
        Level::Conformant,
        Level::Compliant,
        Level::Consistent,
    ];

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

    pub fn from_id(id: &str) -> Option<Level> {
        Self::ALL.into_iter().find(|l| l.id() == id)
    }

    /// The level's name (`level.*` of the label table).
    pub fn name(self) -> Text {
        crate::labels::text(&format!("level.{}", self.id())).into_owned()
    }

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
