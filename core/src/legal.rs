//! Legal and documentary sources: where a rule or a piece of reference data comes from.

use crate::date::Period;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// How well a fact is established (domain.md's V and P). Unverified facts are never encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Seen word for word in the cited text.
    #[default]
    Verified,
    /// From a secondary source or a reproduction: check against the official gazette.
    Secondary,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Verified => "verified",
            Status::Secondary => "secondary",
        }
    }
}

/// The legal or methodological basis of a rule, or the source of a piece of reference data.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Basis {
    /// The instrument, e.g. `NĐ 73/2019/NĐ-CP` or `QCVN 102:2016/BTTTT`.
    pub instrument: String,
    /// Article, clause or section, where known (e.g. `Điều 5.1`, `§II.1.b`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    #[serde(default)]
    pub status: Status,
    /// When the instrument is in force, where known.
    #[serde(default, skip_serializing_if = "is_open")]
    pub effective: Period,
}

fn is_open(p: &Period) -> bool {
    p.from.is_none() && p.to.is_none()
}

impl Basis {
    /// `instrument, article (secondary)`, as reports print it.
    pub fn display(&self) -> String {
        let mut s = self.instrument.clone();
        if let Some(a) = &self.article {
            s.push_str(", ");
            s.push_str(a);
        }
        if self.status == Status::Secondary {
            s.push_str(" (secondary)");
        }
        s
    }
}
