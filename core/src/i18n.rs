//! Bilingual text. Vietnamese is the default language of every user-facing string.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A display language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Vietnamese, the default.
    #[default]
    Vi,
    /// English.
    En,
}

impl Lang {
    /// `vi` or `en` (case and surrounding spaces ignored).
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "vi" => Some(Self::Vi),
            "en" => Some(Self::En),
            _ => None,
        }
    }
    /// `vi` or `en`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Vi => "vi",
            Self::En => "en",
        }
    }
}

/// A text in Vietnamese and English.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Text {
    /// Vietnamese.
    pub vi: String,
    /// English.
    pub en: String,
}

/// The same text in both languages (a name, or a message not yet translated).
impl From<String> for Text {
    fn from(s: String) -> Self {
        Text {
            vi: s.clone(),
            en: s,
        }
    }
}

impl From<String> for Box<Text> {
    fn from(s: String) -> Self {
        Box::new(Text::from(s))
    }
}

impl From<&str> for Box<Text> {
    fn from(s: &str) -> Self {
        Box::new(Text::from(s))
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::from(s.to_string())
    }
}

impl Text {
    /// A text from its Vietnamese and English forms.
    pub fn new(vi: impl Into<String>, en: impl Into<String>) -> Self {
        Self {
            vi: vi.into(),
            en: en.into(),
        }
    }
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        }
    }
    /// Replaces each `{key}` in both languages by its value. Values are not re-scanned.
    pub fn fill(&self, args: &[(&str, &str)]) -> Text {
        Text {
            vi: fill(&self.vi, args),
            en: fill(&self.en, args),
        }
    }
}

pub(crate) fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let key = &after[..close];
                match args.iter().find(|(k, _)| *k == key) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(key);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Formats an integer with thousands grouped the Vietnamese way (`1.500.000`) or the English
/// way (`1,500,000`).
pub fn group_digits(n: u64, lang: Lang) -> String {
    let digits = n.to_string();
    let sep = if lang == Lang::Vi { '.' } else { ',' };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// A name as documents give it: one string (Vietnamese), or both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Name {
    /// One string, used for both languages.
    Plain(String),
    /// Vietnamese and English.
    Both(Text),
}

// By hand rather than `#[serde(untagged)]`: an untagged enum buffers every value before trying
// each variant, which at a million names is a large part of loading a model, and its error
// ("did not match any variant") does not say what a name should be.
impl<'de> Deserialize<'de> for Name {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct NameVisitor;
        impl<'de> serde::de::Visitor<'de> for NameVisitor {
            type Value = Name;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a name: a string, or an object with \"vi\" and \"en\"")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Name, E> {
                Ok(Name::Plain(v.to_string()))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Name, E> {
                Ok(Name::Plain(v))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Name, A::Error> {
                Text::deserialize(serde::de::value::MapAccessDeserializer::new(map)).map(Name::Both)
            }
        }
        d.deserialize_any(NameVisitor)
    }
}

impl Default for Name {
    fn default() -> Self {
        Name::Plain(String::new())
    }
}

impl Name {
    /// The name in `lang`; a plain name serves both languages.
    pub fn get(&self, lang: Lang) -> &str {
        match self {
            Name::Plain(s) => s,
            Name::Both(t) => {
                let s = t.get(lang);
                if s.is_empty() { &t.vi } else { s }
            }
        }
    }
    /// The Vietnamese (primary) name.
    pub fn primary(&self) -> &str {
        self.get(Lang::Vi)
    }
    /// Whether the Vietnamese name is blank.
    pub fn is_empty(&self) -> bool {
        self.primary().trim().is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_known_keys_and_keeps_unknown_ones() {
        let t = Text::new("{a} và {b}", "{a} and {c}");
        let f = t.fill(&[("a", "X"), ("b", "{a}")]);
        assert_eq!(f.vi, "X và {a}");
        assert_eq!(f.en, "X and {c}");
    }

    #[test]
    fn name_falls_back_to_vietnamese() {
        let n = Name::Both(Text::new("Cổng", ""));
        assert_eq!(n.get(Lang::En), "Cổng");
        assert_eq!(Lang::parse(" EN "), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
    }
}
