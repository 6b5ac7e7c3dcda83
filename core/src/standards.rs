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

/// How a standard applies (TT 39/2017 columns).
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
    /// The catalogue's id, e.g. `tt39-2017`.
    pub id: String,
    /// Its name.
    pub name: Name,
    /// The instrument that issues it.
    pub source: Basis,
    /// The groups of rows.
    #[serde(default)]
    pub groups: Vec<StandardGroup>,
    /// The rows.
    pub rows: Vec<StandardRow>,
}

impl Document for StandardsDoc {
    const KIND: &'static str = "standards/1";
    fn kind_tag(&self) -> &str {
        &self.kientruc
    }
}

/// A group of rows.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct StandardGroup {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: Text,
}

/// One row of the catalogue: a function and the standards that serve it.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct StandardRow {
    /// The row number in the instrument, e.g. `4.2`.
    pub id: String,
    /// The group's id.
    pub group: String,
    /// A stable function id, e.g. `transport-security`.
    pub function: String,
    /// The function's name.
    pub name: Text,
    /// The standards the row lists.
    pub standards: Vec<Standard>,
    /// Component kinds whose nature implies this function (a portal implies web content). Only
    /// what the kind truly implies: otherwise the row applies when something of it is declared.
    #[serde(default)]
    pub implied_by: Vec<String>,
    /// Declared names that imply this function without meeting it (SOAP and XML Schema exchange
    /// XML, so row 2.1 applies and asks which XML version).
    #[serde(default)]
    pub implied_by_standards: Vec<String>,
    /// Newer versions of a mandatory standard of the row that the row does not list (TLS 1.3 for
    /// TLS 1.2): declaring one meets the row.
    #[serde(default)]
    pub newer: Vec<String>,
    /// Other known standards of this function that the row does not list (SSL 3.0 for transport
    /// security). Declaring one without any mandatory standard of the row fails the row. These
    /// names make no claim about the catalogue: only that they serve the same function.
    #[serde(default)]
    pub conflicts: Vec<String>,
    /// Where the row is in the instrument.
    pub source: Basis,
}

/// A standard of a row.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Standard {
    /// Its name, e.g. `TLS 1.2`.
    pub name: String,
    /// How it applies.
    pub status: StandardStatus,
    /// Other spellings of the same standard (`TLS v1.2`).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Other standards that meet this one, with why and on what source (UTF-8 meets TCVN
    /// 6909:2001, the Vietnamese Unicode character set).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub equivalents: Vec<Equivalent>,
}

/// Names that meet a standard although they are not its name, with the reason and its source.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Equivalent {
    /// The names that meet the standard.
    pub names: Vec<String>,
    /// Why they meet it.
    pub note: Text,
    /// The source of that.
    pub source: Basis,
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
        self.names(|s| s != StandardStatus::Recommended)
    }

    /// The recommended standards of the row, for messages.
    pub fn recommended_names(&self) -> Vec<&str> {
        self.names(|s| s == StandardStatus::Recommended)
    }

    fn names(&self, keep: impl Fn(StandardStatus) -> bool) -> Vec<&str> {
        self.standards
            .iter()
            .filter(|s| keep(s.status))
            .map(|s| s.name.as_str())
            .collect()
    }

    /// The recorded equivalents of the row's standards: (standard, equivalent names).
    pub fn equivalents(&self) -> impl Iterator<Item = (&Standard, &Equivalent)> {
        self.standards
            .iter()
            .flat_map(|s| s.equivalents.iter().map(move |e| (s, e)))
    }
}

/// How a declared set of standards meets a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowMatch {
    /// A mandatory standard of the row is declared, by name, alias or recorded equivalent, or a
    /// newer version of one: the standard of the row (the declared name for a newer version).
    Met(String),
    /// Only a recommended standard of the row is declared (and nothing that conflicts).
    Recommended(String),
    /// Standards of the row's function that the row does not list are declared, and no
    /// mandatory standard of it (nor a newer version of one).
    Conflict(Vec<String>),
    /// Nothing of the row's function that it lists or conflicts with is declared.
    NotDeclared,
}

/// What an index entry says a name is to a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Entry {
    /// A standard of the row (its name, an alias or a recorded equivalent).
    Listed(usize),
    Newer,
    Conflict,
    /// A name that implies the row's function without meeting it.
    Implies,
}

/// A loaded catalogue with a name index.
#[derive(Debug, Clone)]
pub struct Catalogue {
    /// The document as read.
    pub doc: StandardsDoc,
    /// Normalised name → (row, what the name is to the row) for every standard, alias,
    /// equivalent, newer version, conflicting and implying name.
    index: HashMap<String, Vec<(usize, Entry)>>,
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
    /// Names of the embedded catalogues.
    pub fn builtin_names() -> Vec<&'static str> {
        EMBEDDED.iter().map(|(n, _)| *n).collect()
    }

    /// An embedded catalogue by id.
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

    /// Reads a `standards/1` document under the default [`Limits`].
    pub fn from_json(bytes: &[u8], source_name: &str) -> Result<Catalogue, Error> {
        Self::from_json_with(bytes, source_name, &Limits::default())
    }

    /// [`Catalogue::from_json`] with other [`Limits`].
    pub fn from_json_with(
        bytes: &[u8],
        source_name: &str,
        limits: &Limits,
    ) -> Result<Catalogue, Error> {
        let Parsed { value, .. } = doc::parse::<StandardsDoc>(bytes, source_name, limits)?;
        Ok(Self::from_doc(value))
    }

    /// Builds the name index of a document.
    pub fn from_doc(doc: StandardsDoc) -> Catalogue {
        let mut index: HashMap<String, Vec<(usize, Entry)>> = HashMap::new();
        for (r, row) in doc.rows.iter().enumerate() {
            let mut add = |name: &str, e: Entry| {
                let v = index.entry(normalise(name)).or_default();
                if !v.contains(&(r, e)) {
                    v.push((r, e));
                }
            };
            for (s, std) in row.standards.iter().enumerate() {
                let equivalents = std.equivalents.iter().flat_map(|e| &e.names);
                for name in std::iter::once(&std.name)
                    .chain(&std.aliases)
                    .chain(equivalents)
                {
                    add(name, Entry::Listed(s));
                }
            }
            for n in &row.newer {
                add(n, Entry::Newer);
            }
            for n in &row.conflicts {
                add(n, Entry::Conflict);
            }
            for n in &row.implied_by_standards {
                add(n, Entry::Implies);
            }
        }
        Catalogue { doc, index }
    }

    /// The rows a declared standard name belongs to, conflicts with or implies (several rows may
    /// list one standard).
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

    /// Whether the catalogue knows a standard by this name (in any row, as an equivalent or a
    /// newer version, or as a conflicting or implying name).
    pub fn knows(&self, name: &str) -> bool {
        self.index.contains_key(&normalise(name))
    }

    /// How the declared standards meet row `r`: a mandatory standard (or an equivalent or a newer
    /// version of one) meets it; else a conflicting standard fails it; else a recommended one
    /// meets it; else nothing of it is declared.
    pub fn evaluate(&self, r: usize, declared: &[String]) -> RowMatch {
        let Some(row) = self.doc.rows.get(r) else {
            return RowMatch::NotDeclared;
        };
        let mut recommended = None;
        let mut conflicts: Vec<String> = Vec::new();
        for d in declared {
            for &(row_of, e) in self.index.get(&normalise(d)).into_iter().flatten() {
                if row_of != r {
                    continue;
                }
                match e {
                    Entry::Listed(s) => match row.standards.get(s) {
                        Some(std) if std.status != StandardStatus::Recommended => {
                            return RowMatch::Met(std.name.clone());
                        }
                        Some(std) => {
                            recommended.get_or_insert_with(|| std.name.clone());
                        }
                        None => {}
                    },
                    Entry::Newer => return RowMatch::Met(d.clone()),
                    Entry::Conflict => {
                        if !conflicts.contains(d) {
                            conflicts.push(d.clone());
                        }
                    }
                    Entry::Implies => {}
                }
            }
        }
        match recommended {
            _ if !conflicts.is_empty() => RowMatch::Conflict(conflicts),
            Some(s) => RowMatch::Recommended(s),
            None => RowMatch::NotDeclared,
        }
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
    fn rows_are_met_by_what_they_list_or_a_newer_version_and_fail_on_a_conflict() {
        let cat = Catalogue::builtin("tt39-2017").expect("embedded catalogue");
        let row = |id: &str| cat.doc.rows.iter().position(|r| r.id == id).expect("row");
        let tls = row("4.2");
        assert_eq!(
            cat.evaluate(tls, &["TLS v1.2".into()]),
            RowMatch::Met("TLS 1.2".into())
        );
        assert_eq!(
            cat.evaluate(tls, &["tls 1.3".into()]),
            RowMatch::Met("tls 1.3".into())
        );
        assert_eq!(cat.evaluate(tls, &["FTP".into()]), RowMatch::NotDeclared);
        assert_eq!(
            cat.evaluate(tls, &["SSLv3".into()]),
            RowMatch::Conflict(vec!["SSLv3".into()])
        );
        assert_eq!(
            cat.evaluate(tls, &["TLS 1.0".into(), "TLS 1.2".into()]),
            RowMatch::Met("TLS 1.2".into()),
            "a mandatory standard meets the row even beside an old one"
        );
        let web = row("3.1");
        assert_eq!(
            cat.evaluate(web, &["HTML5".into()]),
            RowMatch::Recommended("HTML5".into())
        );
        assert_eq!(
            cat.evaluate(web, &["HTML5".into(), "HTML 3.2".into()]),
            RowMatch::Conflict(vec!["HTML 3.2".into()])
        );
        let vn = row("3.14");
        assert_eq!(
            cat.evaluate(vn, &["utf-8".into()]),
            RowMatch::Met("TCVN 6909:2001".into())
        );
        assert_eq!(
            cat.evaluate(vn, &["Windows-1258".into()]),
            RowMatch::Conflict(vec!["Windows-1258".into()])
        );
        assert_eq!(
            cat.evaluate(row("1.1"), &["HTTPS".into()]),
            RowMatch::Met("HTTP/1.1".into())
        );
        assert!(cat.rows_of("SOAP").contains(&row("2.1")));
        assert_eq!(
            cat.evaluate(row("2.1"), &["SOAP".into()]),
            RowMatch::NotDeclared
        );
        assert!(cat.doc.rows.iter().all(|r| !r.standards.is_empty()));
    }

    #[test]
    fn row_statuses_follow_the_domain_brief() {
        // domain.md Part 2 §2: rows 1.1-1.12 verified, every other row secondary.
        let cat = Catalogue::builtin("tt39-2017").expect("embedded catalogue");
        for r in &cat.doc.rows {
            let connection =
                r.id.strip_prefix("1.")
                    .and_then(|n| n.parse::<u32>().ok())
                    .is_some_and(|n| (1..=12).contains(&n));
            let want = if connection {
                crate::legal::Status::Verified
            } else {
                crate::legal::Status::Secondary
            };
            assert_eq!(r.source.status, want, "row {}", r.id);
        }
    }
}
