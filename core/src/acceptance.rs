//! The appraiser's acceptance of a proposal's justifications (`acceptance/1`).
//!
//! A proposal's `waivers` are its author's justifications (giải trình), not a verdict: only the
//! appraiser, in a separate document, turns a justified finding into `accepted`. The shape is
//! PRODUCT.md's ("Waivers and acceptance"):
//! `{"kientruc": "acceptance/1", "accepted": [{"project", "rule", "subject"?, "by", "date", "note"?}]}`.

use crate::date::Date;
use crate::doc::{self, Document, Limits, Parsed};
use crate::error::Error;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// An `acceptance/1` document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct AcceptanceDoc {
    /// Always `acceptance/1`.
    pub kientruc: String,
    /// The justifications accepted, one entry per project, rule and (optionally) subject.
    #[serde(default)]
    pub accepted: Vec<Acceptance>,
}

impl Document for AcceptanceDoc {
    const KIND: &'static str = "acceptance/1";
    fn kind_tag(&self) -> &str {
        &self.kientruc
    }
}

/// One accepted justification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Acceptance {
    /// The project id (`id` of the `project/1` document).
    pub project: String,
    /// The rule whose finding is accepted, e.g. `CONF-05`.
    pub rule: String,
    /// The finding's subject; omitted: every subject of the rule in that project.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// Who accepts (the appraising body), e.g. `Sở KH&CN`.
    pub by: String,
    /// When.
    pub date: Date,
    /// The appraiser's note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// What a report records of an acceptance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Accepted {
    /// Who accepted (the appraising body).
    pub by: String,
    /// When.
    pub date: Date,
    /// The appraiser's note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Acceptance {
    /// Whether this acceptance covers a finding of `rule` on `subject` in `project`.
    pub fn covers(&self, project: &str, rule: &str, subject: &str) -> bool {
        self.project == project
            && self.rule == rule
            && self.subject.as_deref().is_none_or(|s| s == subject)
    }

    /// What the report records of this acceptance.
    pub fn record(&self) -> Accepted {
        Accepted {
            by: self.by.clone(),
            date: self.date,
            note: self.note.clone(),
        }
    }
}

impl AcceptanceDoc {
    /// Reads an `acceptance/1` document.
    pub fn from_json(bytes: &[u8], source_name: &str) -> Result<AcceptanceDoc, Error> {
        Self::from_json_with(bytes, source_name, &Limits::default())
    }

    /// [`AcceptanceDoc::from_json`] with other [`Limits`].
    pub fn from_json_with(
        bytes: &[u8],
        source_name: &str,
        limits: &Limits,
    ) -> Result<AcceptanceDoc, Error> {
        let Parsed {
            value,
            unknown_fields,
        } = doc::parse::<AcceptanceDoc>(bytes, source_name, limits)?;
        // An acceptance is the appraiser's signature: a misspelt field must not pass silently.
        if let Some(path) = unknown_fields.first() {
            return Err(Error::Schema {
                source_name: source_name.into(),
                location: crate::error::Location {
                    line: None,
                    column: None,
                    path: Some(path.clone()),
                },
                message: Box::new(crate::i18n::Text::new(
                    format!(
                        "trường {path} không thuộc định dạng acceptance/1 (các trường được dùng: project, rule, subject, by, date, note)"
                    ),
                    format!(
                        "the field {path} is not part of acceptance/1 (allowed: project, rule, subject, by, date, note)"
                    ),
                )),
            });
        }
        Ok(value)
    }
}
