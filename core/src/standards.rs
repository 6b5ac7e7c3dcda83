//! The technical standards catalogue (`standards/1`), e.g. TT 39/2017/TT-BTTTT: rows (functions)
//! of standards with their status. Standard names match case- and space-insensitively, with a
//! `v` before a version number ignored and with aliases (`TLS 1.2` = `TLS v1.2` = `tlsv1.2`).

use crate::doc::{self, Document, Limits, Parsed};
use crate::error::Error;
use crate::i18n::{Name, Text};
use crate::legal::Basis;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum StandardStatus {
    /// Bắt buộc áp dụng.
    Mandatory,
    /// Khuyến nghị áp dụng.
    Recommended,
    /// Bắt buộc áp dụng một (hoặc nhiều) trong các tiêu chuẩn có trạng thái này trong hàng.
    MandatoryOneOf,
}

/// A `standards/1` document.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct StandardsDoc {
    /// Always `standards/1`.
    pub kientruc: String,
    pub id: String,
    pub name: Name,
    pub source: Basis,
    #[serde(default)]
    pub groups: Vec<StandardGroup>,
    pub rows: Vec<StandardRow>,
}

impl Document for StandardsDoc {
    const KIND: &'static str = "standards/1";
    fn kind_tag(&self) -> &str {
        &self.kientruc
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct StandardGroup {
    pub id: String,
    pub name: Text,
}

/// One row of the catalogue: a function and the standards that serve it.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct StandardRow {
    /// The row number in the instrument, e.g. `4.2`.
    pub id: String,
    pub group: String,
    /// A stable function id, e.g. `transport-security`.
    pub function: String,
    pub name: Text,
    pub standards: Vec<Standard>,
    /// Component kinds whose nature implies this function (a portal implies web content).
    #[serde(default)]
    pub implied_by: Vec<String>,
    /// Newer versions than the row lists as mandatory: declaring one instead gives review.
    #[serde(default)]
    pub newer: Vec<String>,
    pub source: Basis,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Standard {
    pub name: String,
    pub status: StandardStatus,
    #[serde(default)]
    pub aliases: Vec<String>,
}

impl StandardRow {
    /// Whether the row obliges: some standard in it is mandatory.
    pub fn is_mandatory(&self) -> bool {
        self.standards
            .iter()
            .any(|s| s.status != StandardStatus::Recommended)
    }

    /// The mandatory standards of the row, for messages.
    pub fn mandatory_names(&self) -> Vec<&str> {
        self.standards
            .iter()
            .filter(|s| s.status != StandardStatus::Recommended)
            .map(|s| s.name.as_str())
            .collect()
    }
}

/// How a declared set of standards meets a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowMatch {
    /// A mandatory standard of the row is declared.
    Met(String),
    /// No mandatory standard, but a newer version is declared (the appraiser decides).
    Newer(String),
    NotMet,
}

/// A loaded catalogue with a name index.
#[derive(Debug, Clone)]
pub struct Catalogue {
    pub doc: StandardsDoc,
    /// Normalised name → (row, standard) for every standard, alias and newer version.
    index: HashMap<String, Vec<(usize, Option<usize>)>>,
}

/// Normalises a standard name for matching: lower case, spaces removed, a `v` that marks a version
/// dropped (`TLS v1.2`, `TLSv1.2` → `tls1.2`; but `IPv6` stays `ipv6`). Two numbers that were
/// apart stay apart (`PKCS#1 v2.2` → `pkcs#1·2.2`, not `pkcs#12.2`).
pub fn normalise(name: &str) -> String {
    let lower = name.to_lowercase();
    let mut out = String::with_capacity(lower.len());
    for token in lower.split_whitespace() {
        // `tlsv1.2` → `tls`, `v1.2`: a letters-only word (not ending in `ip`) then `v<digit>`.
        let split = token.char_indices().find(|&(i, c)| {
            c == 'v'
                && i >= 2
                && token[..i].chars().all(char::is_alphabetic)
                && !token[..i].ends_with("ip")
                && token[i + 1..].starts_with(|d: char| d.is_ascii_digit())
        });
        let parts: [&str; 2] = match split {
            Some((i, _)) => [&token[..i], &token[i..]],
            None => [token, ""],
        };
        for part in parts.into_iter().filter(|p| !p.is_empty()) {
            let part = match part.strip_prefix('v') {
                Some(rest) if rest.starts_with(|d: char| d.is_ascii_digit()) => rest,
                _ => part,
            };
            if out.ends_with(|c: char| c.is_ascii_digit())
                && part.starts_with(|c: char| c.is_ascii_digit())
            {
                out.push('·');
            }
            out.push_str(part);
        }
    }
    out
}

const EMBEDDED: &[(&str, &str)] = &[(
    "tt39-2017",
    include_str!("../data/standards/tt39-2017.json"),
)];

impl Catalogue {
    pub fn builtin_names() -> Vec<&'static str> {
        EMBEDDED.iter().map(|(n, _)| *n).collect()
    }

    pub fn builtin(id: &str) -> Result<Catalogue, Error> {
        let (_, text) =
            EMBEDDED
                .iter()
                .find(|(n, _)| *n == id)
                .ok_or_else(|| Error::UnknownBaseline {
                    what: "standards catalogue",
                    name: id.into(),
                    known: Self::builtin_names()
                        .iter()
                        .map(|s| s.to_string())
                        .collect(),
                })?;
        Self::from_json(text.as_bytes(), &format!("<builtin standards {id}>"))
    }

    pub fn from_json(bytes: &[u8], source_name: &str) -> Result<Catalogue, Error> {
        let Parsed { value, .. } =
            doc::parse::<StandardsDoc>(bytes, source_name, &Limits::default())?;
        Ok(Self::from_doc(value))
    }

    pub fn from_doc(doc: StandardsDoc) -> Catalogue {
        let mut index: HashMap<String, Vec<(usize, Option<usize>)>> = HashMap::new();
        for (r, row) in doc.rows.iter().enumerate() {
            for (s, std) in row.standards.iter().enumerate() {
                for name in std::iter::once(&std.name).chain(&std.aliases) {
                    index.entry(normalise(name)).or_default().push((r, Some(s)));
                }
            }
            for n in &row.newer {
                index.entry(normalise(n)).or_default().push((r, None));
            }
        }
        Catalogue { doc, index }
    }

    /// The rows a declared standard name belongs to (several rows may list one standard).
    pub fn rows_of(&self, name: &str) -> Vec<usize> {
        let mut v: Vec<usize> = self
            .index
            .get(&normalise(name))
            .into_iter()
            .flatten()
            .map(|&(r, _)| r)
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    }

    /// Whether the catalogue knows a standard by this name (in any row, or as a newer version).
    pub fn knows(&self, name: &str) -> bool {
        self.index.contains_key(&normalise(name))
    }

    /// How the declared standards meet row `r`.
    pub fn evaluate(&self, r: usize, declared: &[String]) -> RowMatch {
        let mut newer = None;
        for d in declared {
            for &(row, s) in self.index.get(&normalise(d)).into_iter().flatten() {
                if row != r {
                    continue;
                }
                match s.map(|s| &self.doc.rows[r].standards[s]) {
                    Some(std) if std.status != StandardStatus::Recommended => {
                        return RowMatch::Met(std.name.clone());
                    }
                    _ if self.doc.rows[r]
                        .newer
                        .iter()
                        .any(|n| normalise(n) == normalise(d)) =>
                    {
                        newer = Some(d.clone())
                    }
                    _ => {}
                }
            }
        }
        newer.map_or(RowMatch::NotMet, RowMatch::Newer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_loosely_but_keep_ipv6_apart_from_ip() {
        assert_eq!(normalise("TLS 1.2"), normalise("TLS v1.2"));
        assert_eq!(normalise("TLSv1.2"), normalise("tls 1.2"));
        assert_eq!(normalise("IPv6"), "ipv6");
        assert_eq!(normalise("OData v4"), normalise("odata 4"));
        assert_ne!(normalise("IPv4"), normalise("IPv6"));
        assert_ne!(normalise("PKCS#1 v2.2"), normalise("PKCS#12.2"));
        assert_eq!(normalise("SMTP / MIME"), normalise("smtp/mime"));
    }

    #[test]
    fn rows_are_met_by_a_mandatory_standard_and_reviewed_for_newer_versions() {
        let cat = Catalogue::builtin("tt39-2017").expect("embedded catalogue");
        let row = cat
            .doc
            .rows
            .iter()
            .position(|r| r.id == "4.2")
            .expect("row 4.2");
        assert_eq!(
            cat.evaluate(row, &["TLS v1.2".into()]),
            RowMatch::Met("TLS 1.2".into())
        );
        assert_eq!(
            cat.evaluate(row, &["tls 1.3".into()]),
            RowMatch::Newer("tls 1.3".into())
        );
        assert_eq!(cat.evaluate(row, &["FTP".into()]), RowMatch::NotMet);
        let web = cat
            .doc
            .rows
            .iter()
            .position(|r| r.id == "3.1")
            .expect("row 3.1");
        assert_eq!(
            cat.evaluate(web, &["HTML5".into()]),
            RowMatch::Newer("HTML5".into())
        );
        assert!(cat.doc.rows.iter().all(|r| !r.standards.is_empty()));
    }
}
