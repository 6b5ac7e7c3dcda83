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

    pub fn name(self) -> Text {
        match self {
            Level::NotAssessed => Text::new(
                "Chưa đánh giá được: hồ sơ có lỗi",
                "Not assessed: the document has input problems",
            ),
            Level::NonConformant => Text::new("Không tuân thủ", "Non-conformant"),
            Level::Irrelevant => Text::new(
                "Ngoài phạm vi Kiến trúc: cần cập nhật Kiến trúc hoặc giải trình",
                "Irrelevant: outside the architecture; update the architecture or justify it",
            ),
            Level::FullyConformant => Text::new("Tuân thủ đầy đủ", "Fully conformant"),
            Level::Conformant => Text::new("Tuân thủ, có thành phần ngoài Kiến trúc", "Conformant"),
            Level::Compliant => Text::new("Cơ bản tuân thủ, cần bổ sung thông tin", "Compliant"),
            Level::Consistent => Text::new(
                "Cơ bản tuân thủ, cần bổ sung thông tin; có thành phần ngoài Kiến trúc",
                "Consistent",
            ),
        }
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
