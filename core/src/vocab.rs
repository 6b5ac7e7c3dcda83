//! Closed vocabularies of the document formats. A value outside a vocabulary is kept as
//! [`Term::Unknown`] and reported as a finding that lists the allowed values, never a parse error.

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;

/// A closed set of string values.
pub trait Vocabulary: Copy + Sized + 'static {
    /// The vocabulary's name in messages, e.g. `lifecycle`.
    const NAME: &'static str;
    /// Every allowed value, in documentation order.
    const ALL: &'static [&'static str];
    fn parse(s: &str) -> Option<Self>;
    fn as_str(self) -> &'static str;
}

/// Defines a [`Vocabulary`] enum with its string forms.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident ($label:literal) { $($(#[$vmeta:meta])* $variant:ident = $s:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }
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
    Known(T),
    Unknown(String),
}

impl<T: Vocabulary> Term<T> {
    pub fn known(&self) -> Option<T> {
        match self {
            Term::Known(t) => Some(*t),
            Term::Unknown(_) => None,
        }
    }
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
        Ok(match T::parse(&s) {
            Some(t) => Term::Known(t),
            None => Term::Unknown(s.into_owned()),
        })
    }
}

impl<T: Vocabulary> JsonSchema for Term<T> {
    fn schema_name() -> Cow<'static, str> {
        T::NAME.to_string().into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "enum": T::ALL })
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
