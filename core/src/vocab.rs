//! Closed vocabularies of the document formats. A value outside a vocabulary is kept as
//! [`Term::Unknown`] and reported as a finding that lists the allowed values, never a parse error.
//! A value may also be written as its Vietnamese or English label or an alias (case- and
//! diacritics-insensitive, see [`crate::labels`]); it is normalised to the stable id on reading.

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;

/// A closed set of string values.
pub trait Vocabulary: Copy + Sized + 'static {
    /// The vocabulary's name in messages, e.g. `lifecycle`.
    const NAME: &'static str;
    /// Every allowed value, in documentation order.
    const ALL: &'static [&'static str];
    /// The value whose id is `s`.
    fn parse(s: &str) -> Option<Self>;
    /// The value's stable id.
    fn as_str(self) -> &'static str;
}

/// The label of a known value in `lang`, or its id when the table has none.
pub fn label<T: Vocabulary>(t: T, lang: crate::i18n::Lang) -> &'static str {
    crate::labels::value(T::NAME, t.as_str()).map_or(t.as_str(), |v| v.get(lang))
}

/// The problems of vocabulary `T` in the table: a value without a label (or with an empty one),
/// a label for a value the vocabulary does not have, two values whose names fold alike.
#[cfg(test)]
pub(crate) fn problems<T: Vocabulary>() -> Vec<String> {
    let mut out = Vec::new();
    let Some(v) = crate::labels::vocabulary(T::NAME).filter(|v| v.name == T::NAME) else {
        return vec![format!("vocabulary '{}' has no entry", T::NAME)];
    };
    if v.label.vi.trim().is_empty() || v.label.en.trim().is_empty() {
        out.push(format!("vocabulary '{}' has no vi/en label", T::NAME));
    }
    let ids: Vec<&str> = v.values.iter().map(|x| x.id.as_str()).collect();
    if ids != T::ALL {
        out.push(format!(
            "vocabulary '{}': labels for {ids:?}, values {:?} (same values, same order)",
            T::NAME,
            T::ALL
        ));
    }
    for x in &v.values {
        if x.vi.trim().is_empty() || x.en.trim().is_empty() {
            out.push(format!("{}: '{}' lacks a vi or en label", T::NAME, x.id));
        }
        if T::parse(&x.id).is_none() {
            out.push(format!("{}: '{}' is not a value", T::NAME, x.id));
        }
    }
    let mut seen: std::collections::HashMap<String, &str> = Default::default();
    for x in &v.values {
        let names = [&x.id, &x.vi, &x.en].into_iter().chain(x.aliases.iter());
        for n in names {
            if let Some(other) = seen.insert(crate::text::fold(n), &x.id)
                && other != x.id
            {
                out.push(format!(
                    "{}: '{n}' names both '{other}' and '{}'",
                    T::NAME,
                    x.id
                ));
            }
        }
    }
    out
}

/// Defines a [`Vocabulary`] enum with its string forms.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident ($label:literal) { $($(#[$vmeta:meta])* $variant:ident = $s:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[$vmeta])* #[doc = concat!("`", $s, "`")] $variant),+ }
        impl $crate::vocab::Vocabulary for $name {
            const NAME: &'static str = $label;
            const ALL: &'static [&'static str] = &[$($s),+];
            fn parse(s: &str) -> Option<Self> {
                match s { $($s => Some(Self::$variant),)+ _ => None }
            }
            fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $s),+ }
            }
        }
    };
}

/// A vocabulary value as read from a document: known, or kept verbatim for the report.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Term<T> {
    /// A value of the vocabulary.
    Known(T),
    /// Anything else, as written.
    Unknown(String),
}

impl<T: Vocabulary> Term<T> {
    /// The value, when known.
    pub fn known(&self) -> Option<T> {
        match self {
            Term::Known(t) => Some(*t),
            Term::Unknown(_) => None,
        }
    }
    /// The stable id, or the text as written.
    pub fn as_str(&self) -> &str {
        match self {
            Term::Known(t) => t.as_str(),
            Term::Unknown(s) => s,
        }
    }
}

impl<T: Vocabulary> From<T> for Term<T> {
    fn from(t: T) -> Self {
        Term::Known(t)
    }
}

impl<T: Vocabulary> Serialize for Term<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de, T: Vocabulary> Deserialize<'de> for Term<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <Cow<'de, str>>::deserialize(d)?;
        let known = T::parse(&s).or_else(|| crate::labels::resolve(T::NAME, &s).and_then(T::parse));
        Ok(match known {
            Some(t) => Term::Known(t),
            None => Term::Unknown(s.into_owned()),
        })
    }
}

impl<T: Vocabulary> JsonSchema for Term<T> {
    fn schema_name() -> Cow<'static, str> {
        T::NAME.to_string().into()
    }
    /// The allowed ids, each with its labels, then the Vietnamese labels (also accepted); editors
    /// show the `description`s when completing a value.
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let labels = crate::labels::vocabulary(T::NAME).filter(|v| v.name == T::NAME);
        let mut any = Vec::new();
        let mut by_label = Vec::new();
        let mut x_labels = serde_json::Map::new();
        for id in T::ALL {
            match labels.and_then(|v| v.value(id)) {
                Some(l) => {
                    any.push(serde_json::json!({
                        "const": id,
                        "title": l.vi,
                        "description": format!("{} / {}", l.vi, l.en),
                        "markdownDescription": format!("**{}** — {}", l.vi, l.en),
                    }));
                    if l.vi != *id {
                        by_label.push(serde_json::json!({
                            "const": l.vi,
                            "description": format!("= {id} ({})", l.en),
                        }));
                    }
                    x_labels.insert(
                        id.to_string(),
                        serde_json::json!({ "vi": l.vi, "en": l.en, "aliases": l.aliases }),
                    );
                }
                None => any.push(serde_json::json!({ "const": id })),
            }
        }
        any.extend(by_label);
        let (vi, en) = labels.map_or((T::NAME, T::NAME), |v| (&v.label.vi, &v.label.en));
        schemars::json_schema!({
            "type": "string",
            "description": format!(
                "{vi}. Ghi mã hoặc nhãn tiếng Việt (không phân biệt hoa thường, có dấu hay không); kientruc chuẩn hóa về mã. / {en}. Write the id or a label (any case, with or without diacritics); kientruc normalises it to the id."
            ),
            "anyOf": any,
            "x-labels": x_labels,
        })
    }
}

vocabulary! {
    /// Lifecycle status of an architecture element.
    Lifecycle ("lifecycle") { Existing = "existing", Planned = "planned", Retiring = "retiring" }
}

vocabulary! {
    /// Where a system runs.
    Hosting ("hosting") {
        ProvincialDataCenter = "provincial-data-center",
        NationalDataCenter = "national-data-center",
        ApprovedCloud = "approved-cloud",
        AgencyPremises = "agency-premises",
        Other = "other",
    }
}

vocabulary! {
    /// The administrative scope a system serves.
    Scope ("scope") {
        Agency = "agency", Commune = "commune", District = "district",
        Province = "province", Sector = "sector", National = "national",
    }
}

impl Scope {
    /// Breadth order: agency < commune < district < province < sector < national.
    pub fn rank(self) -> u8 {
        self as u8
    }
}

vocabulary! {
    /// Severity of a rule.
    SeverityTerm ("severity") { Error = "error", Warning = "warning", Info = "info" }
}
