//! Bilingual text. Vietnamese is the default language of every user-facing string.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::BTreeSet;

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
    /// Whether both languages are empty.
    pub fn is_empty(&self) -> bool {
        self.vi.is_empty() && self.en.is_empty()
    }
    /// Replaces each `{key}` in both languages by its value. Values are not re-scanned.
    pub fn fill(&self, args: &[(&str, &str)]) -> Text {
        Text {
            vi: fill(&self.vi, args),
            en: fill(&self.en, args),
        }
    }
}

/// Fills a template written by someone else (a rule pack's message): each `{key}` with a value
/// in `args` is replaced, other braces are kept as written. Values are not re-scanned.
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

/// One argument of a built-in template: a value both languages show as is (a name, an id, a
/// number), or a value per language (a vocabulary label, a date, a phrase already filled).
#[derive(Debug, Clone)]
pub(crate) enum Arg<'a> {
    One(Cow<'a, str>),
    Two(Cow<'a, str>, Cow<'a, str>),
}

impl Arg<'_> {
    pub(crate) fn get(&self, lang: Lang) -> &str {
        match (self, lang) {
            (Arg::One(s), _) | (Arg::Two(s, _), Lang::Vi) | (Arg::Two(_, s), Lang::En) => s,
        }
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::One(Cow::Borrowed(s))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::One(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::One(Cow::Owned(s))
    }
}

impl<'a> From<&'a Text> for Arg<'a> {
    fn from(t: &'a Text) -> Self {
        Arg::Two(Cow::Borrowed(&t.vi), Cow::Borrowed(&t.en))
    }
}

impl From<Text> for Arg<'_> {
    fn from(t: Text) -> Self {
        Arg::Two(Cow::Owned(t.vi), Cow::Owned(t.en))
    }
}

/// A name shows in the report's language (a plain name in both).
impl<'a> From<&'a Name> for Arg<'a> {
    fn from(n: &'a Name) -> Self {
        Arg::Two(
            Cow::Borrowed(n.get(Lang::Vi)),
            Cow::Borrowed(n.get(Lang::En)),
        )
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::One(Cow::Owned(n.to_string()))
            }
        }
    )*};
}
number_args!(u8, u16, u32, u64, usize, i32);

/// The named arguments a call site passes to a template.
#[derive(Debug, Clone, Default)]
pub(crate) struct Args<'a>(Vec<(&'static str, Arg<'a>)>);

impl<'a> Args<'a> {
    pub(crate) fn new() -> Self {
        Args(Vec::new())
    }
    /// Adds (or replaces) the argument `key`.
    pub(crate) fn with(mut self, key: &'static str, value: impl Into<Arg<'a>>) -> Self {
        self.set(key, value);
        self
    }
    pub(crate) fn set(&mut self, key: &'static str, value: impl Into<Arg<'a>>) {
        let value = value.into();
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = value,
            None => self.0.push((key, value)),
        }
    }
    fn get(&self, key: &str, lang: Lang) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.get(lang))
    }
    fn names(&self) -> BTreeSet<&str> {
        self.0.iter().map(|(k, _)| *k).collect()
    }
}

/// One piece of a template: literal text, `{name}`, or `{name|one|other}` (the word for a count
/// of one, and for any other count: English plurals).
enum Piece<'t> {
    Literal(&'t str),
    Value(&'t str),
    Plural(&'t str, &'t str, &'t str),
}

/// Whether `s` is a placeholder name: lower-case ASCII letters, digits and `_`, starting with a
/// letter. Other braced text (`{…}`, `{"vi": …}`) is literal.
fn is_name(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

fn pieces(template: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        let inner = &after[..close];
        let mut parts = inner.splitn(3, '|');
        let name = parts.next().unwrap_or_default();
        let piece = match (parts.next(), parts.next()) {
            (None, _) if is_name(name) => Some(Piece::Value(name)),
            (Some(one), Some(other)) if is_name(name) => Some(Piece::Plural(name, one, other)),
            _ => None,
        };
        match piece {
            Some(p) => {
                out.push(Piece::Literal(&rest[..open]));
                out.push(p);
            }
            None => out.push(Piece::Literal(&rest[..open + 2 + close])),
        }
        rest = &after[close + 1..];
    }
    out.push(Piece::Literal(rest));
    out
}

/// The argument names a template uses.
pub(crate) fn placeholders(template: &str) -> BTreeSet<&str> {
    pieces(template)
        .into_iter()
        .filter_map(|p| match p {
            Piece::Value(n) | Piece::Plural(n, _, _) => Some(n),
            Piece::Literal(_) => None,
        })
        .collect()
}

fn fill_one(template: &str, args: &Args<'_>, lang: Lang) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    for p in pieces(template) {
        match p {
            Piece::Literal(s) => out.push_str(s),
            Piece::Value(n) => match args.get(n, lang) {
                Some(v) => out.push_str(v),
                None => {
                    out.push('{');
                    out.push_str(n);
                    out.push('}');
                }
            },
            Piece::Plural(n, one, other) => {
                let count = args.get(n, lang).unwrap_or_default();
                out.push_str(if count.trim() == "1" { one } else { other });
            }
        }
    }
    out
}

/// Names a template in a failed check ("CONF-10 message 'missing-level'"), formatted only then.
pub(crate) struct TemplateName<'a>(pub &'a str, pub &'a str, pub &'a str);

impl std::fmt::Display for TemplateName<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {} '{}'", self.0, self.1, self.2)
    }
}

/// Fills built-in templates (a rule's message and suggestion, a phrase, a label) with `args`,
/// each language with its own values.
///
/// Contract: the templates of one call, together, use exactly the arguments passed, in each
/// language. A debug build (every test) panics naming `what` when an argument is missing from the
/// templates or a placeholder has no argument, so that a reviewer's edit of a template that drops
/// or misspells a placeholder fails the tests; a release build leaves an unknown placeholder as
/// written.
pub(crate) fn render<const N: usize>(
    what: &dyn std::fmt::Display,
    templates: [&Text; N],
    args: &Args<'_>,
) -> [Text; N] {
    if cfg!(debug_assertions) {
        let given = args.names();
        for lang in [Lang::Vi, Lang::En] {
            let used: BTreeSet<&str> = templates
                .iter()
                .flat_map(|t| placeholders(t.get(lang)))
                .collect();
            assert!(
                used == given,
                "template {what} ({}): the code passes {given:?}, the templates use {used:?}",
                lang.as_str()
            );
        }
    }
    templates.map(|t| Text {
        vi: fill_one(&t.vi, args, Lang::Vi),
        en: fill_one(&t.en, args, Lang::En),
    })
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
    fn render_fills_each_language_with_its_values_and_plurals() {
        let t = Text::new(
            "{n} mục của {who}: {{…}}",
            "{n} {n|item|items} of {who}: {{…}}",
        );
        let one = Args::new()
            .with("n", 1usize)
            .with("who", Text::new("xã", "the commune"));
        let [f] = render(&"test", [&t], &one);
        assert_eq!(f.vi, "1 mục của xã: {{…}}");
        assert_eq!(f.en, "1 item of the commune: {{…}}");
        let [f] = render(&"test", [&t], &one.clone().with("n", 2usize));
        assert_eq!(f.en, "2 items of the commune: {{…}}");
        assert_eq!(
            placeholders("{a} {b|x|y} {\"vi\": 1} {…} {Không}"),
            ["a", "b"].into_iter().collect()
        );
    }

    #[test]
    #[should_panic(expected = "the code passes")]
    fn render_refuses_an_argument_the_template_does_not_use() {
        let t = Text::new("{a}", "{a}");
        let _ = render(&"test", [&t], &Args::new().with("a", "x").with("b", "y"));
    }

    #[test]
    #[should_panic(expected = "the templates use")]
    fn render_refuses_a_placeholder_without_an_argument() {
        let t = Text::new("{a} {b}", "{a} {b}");
        let _ = render(&"test", [&t], &Args::new().with("a", "x"));
    }

    #[test]
    fn name_falls_back_to_vietnamese() {
        let n = Name::Both(Text::new("Cổng", ""));
        assert_eq!(n.get(Lang::En), "Cổng");
        assert_eq!(Lang::parse(" EN "), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
    }
}
