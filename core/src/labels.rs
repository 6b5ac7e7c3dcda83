//! Vietnamese and English labels of the closed vocabularies (`core/data/labels/vocab.json`), and
//! the label matching that lets a document say "Trung tâm dữ liệu tỉnh" for
//! `provincial-data-center`.
//!
//! The table is data: each vocabulary is looked up by its name
//! ([`crate::vocab::Vocabulary::NAME`]), so a new vocabulary needs only a new entry in the file
//! (the test `every_vocabulary_value_has_a_label` and the schema test fail until it has one). Matching folds case and diacritics
//! (`text::fold`) and accepts the id, the Vietnamese label, the English label and the
//! Vietnamese aliases.

use crate::i18n::{Lang, Text};
use crate::text::fold;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::OnceLock;

/// The embedded label table.
pub const VOCAB_JSON: &str = include_str!("../data/labels/vocab.json");

/// The labels, headings and shared sentences of the renderers and the command line
/// (`core/data/labels/report.json`): key → Vietnamese and English template.
pub const REPORT_JSON: &str = include_str!("../data/labels/report.json");

#[derive(Deserialize)]
struct ReportFile {
    labels: HashMap<String, Text>,
}

fn report_labels() -> &'static HashMap<String, Text> {
    static LABELS: OnceLock<HashMap<String, Text>> = OnceLock::new();
    // Embedded and read by the tests: a broken file shows keys instead of labels, never panics.
    LABELS.get_or_init(|| {
        serde_json::from_str::<ReportFile>(REPORT_JSON)
            .map(|f| f.labels)
            .unwrap_or_default()
    })
}

/// The label `key` of the report label table; a key the table lacks is a defect (debug builds
/// panic, a release build shows the key).
pub(crate) fn text(key: &str) -> std::borrow::Cow<'static, Text> {
    match report_labels().get(key) {
        Some(t) => std::borrow::Cow::Borrowed(t),
        None => {
            debug_assert!(false, "no label '{key}' in report.json");
            std::borrow::Cow::Owned(Text::from(key))
        }
    }
}

/// The label `key` in `lang`, for a label without arguments.
pub fn ui(key: &str, lang: Lang) -> std::borrow::Cow<'static, str> {
    match text(key) {
        std::borrow::Cow::Borrowed(t) => {
            debug_assert!(
                crate::i18n::placeholders(&t.vi).is_empty(),
                "label '{key}' takes arguments"
            );
            std::borrow::Cow::Borrowed(t.get(lang))
        }
        std::borrow::Cow::Owned(t) => std::borrow::Cow::Owned(t.get(lang).to_string()),
    }
}

/// The label `key` filled with `args` (checked as [`crate::i18n::render`] checks).
pub(crate) fn say(key: &str, args: &crate::i18n::Args<'_>) -> Text {
    let t = text(key);
    let what = crate::i18n::TemplateName("report.json", "label", key);
    let [t] = crate::i18n::render(&what, [&t], args);
    t
}

/// The label `key` in `lang` filled with `args`, whose values read the same in both languages
/// (for the command line).
pub fn ui_with(key: &str, lang: Lang, args: &[(&'static str, &str)]) -> String {
    let mut a = crate::i18n::Args::new();
    for (k, v) in args {
        a.set(k, *v);
    }
    let t = say(key, &a);
    match lang {
        Lang::Vi => t.vi,
        Lang::En => t.en,
    }
}

/// The labels of one vocabulary value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValueLabel {
    /// The stable id written in documents and reports.
    pub id: String,
    /// The Vietnamese label.
    pub vi: String,
    /// The English label.
    pub en: String,
    /// Other Vietnamese (or English) names accepted for the value.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

impl ValueLabel {
    /// The labels as a [`Text`].
    pub fn text(&self) -> Text {
        Text::new(self.vi.clone(), self.en.clone())
    }
    /// The label in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        }
    }
}

/// The labels of one vocabulary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VocabLabels {
    /// The vocabulary's name ([`crate::vocab::Vocabulary::NAME`]), e.g. `hosting`.
    pub name: String,
    /// Where the vocabulary is used, as a JSON path pattern, e.g. `components[].hosting`.
    #[serde(default)]
    pub field: String,
    /// The vocabulary's own label.
    pub label: Text,
    /// Its values, in the vocabulary's order.
    pub values: Vec<ValueLabel>,
}

impl VocabLabels {
    /// The labels of the value `id`.
    pub fn value(&self, id: &str) -> Option<&ValueLabel> {
        self.values.iter().find(|v| v.id == id)
    }
}

#[derive(Deserialize)]
struct File {
    vocabularies: Vec<VocabLabels>,
}

struct Table {
    vocabularies: Vec<VocabLabels>,
    /// Vocabulary name → folded id, label or alias → value index.
    index: HashMap<String, HashMap<String, usize>>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        // The file is embedded and checked by the tests; a broken file gives an empty table
        // (ids still match, labels do not) rather than a panic.
        let vocabularies = serde_json::from_str::<File>(VOCAB_JSON)
            .map(|f| f.vocabularies)
            .unwrap_or_default();
        let mut index = HashMap::new();
        for v in &vocabularies {
            let mut names: HashMap<String, usize> = HashMap::new();
            for (i, value) in v.values.iter().enumerate() {
                let all = [&value.id, &value.vi, &value.en]
                    .into_iter()
                    .chain(value.aliases.iter());
                for name in all {
                    names.entry(fold(name)).or_insert(i);
                }
            }
            index.insert(v.name.clone(), names);
        }
        Table {
            vocabularies,
            index,
        }
    })
}

/// Every vocabulary of the table, in the file's order.
pub fn vocabularies() -> &'static [VocabLabels] {
    &table().vocabularies
}

/// The vocabulary called `name` ([`crate::vocab::Vocabulary::NAME`]); the name matches folded too, so that
/// `kientruc vocab "Component kind"` finds it.
pub fn vocabulary(name: &str) -> Option<&'static VocabLabels> {
    let t = table();
    t.vocabularies.iter().find(|v| v.name == name).or_else(|| {
        let f = fold(name);
        t.vocabularies
            .iter()
            .find(|v| fold(&v.name) == f || fold(&v.field) == f || fold(&v.label.vi) == f)
    })
}

/// The labels of value `id` of vocabulary `name`.
pub fn value(name: &str, id: &str) -> Option<&'static ValueLabel> {
    vocabulary(name)?.value(id)
}

/// The stable id that `input` (an id, a label or an alias, in any case, with or without
/// diacritics) names in vocabulary `name`.
pub fn resolve(name: &str, input: &str) -> Option<&'static str> {
    let t = table();
    let i = *t.index.get(name)?.get(&fold(input))?;
    let v = t.vocabularies.iter().find(|v| v.name == name)?;
    Some(v.values.get(i)?.id.as_str())
}

/// The only value of vocabulary `name` one of whose names (Vietnamese or English label, alias)
/// contains `input` as whole words, after folding: "Người dân" is in "Phục vụ người dân, doanh
/// nghiệp" (`citizens-businesses`). `None` when no value or several values do, so that a
/// did-you-mean never guesses between two.
pub fn containing(name: &str, input: &str) -> Option<&'static str> {
    let needle = fold(input);
    if needle.is_empty() {
        return None;
    }
    let needle = format!(" {needle} ");
    let v = vocabulary(name).filter(|v| v.name == name)?;
    let mut hits = v.values.iter().filter(|x| {
        [&x.vi, &x.en]
            .into_iter()
            .chain(x.aliases.iter())
            .any(|n| format!(" {} ", fold(n)).contains(&needle))
    });
    match (hits.next(), hits.next()) {
        (Some(x), None) => Some(x.id.as_str()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::project::*;
    use crate::vocab::{Hosting, Lifecycle, Scope, SeverityTerm, Vocabulary, label, problems};

    /// Every vocabulary of the code. A vocabulary added to a document is also caught by
    /// `crate::schema`'s test, which walks the schemas.
    macro_rules! all_problems {
        ($($t:ty),+ $(,)?) => {{
            let mut p = Vec::new();
            let mut names = Vec::new();
            $( p.extend(problems::<$t>()); names.push(<$t as Vocabulary>::NAME); )+
            (p, names)
        }};
    }

    #[test]
    fn every_vocabulary_value_has_a_label() {
        assert!(
            serde_json::from_str::<File>(VOCAB_JSON).is_ok(),
            "vocab.json reads"
        );
        let (problems, names) = all_problems!(
            Lifecycle,
            Hosting,
            Scope,
            SeverityTerm,
            ComponentKind,
            Stage,
            InvestmentGroup,
            Funding,
            ComponentStatus,
            Serves,
            Connectivity,
            Information,
            StaffAuth,
            CitizenAuth,
            ServiceLevel,
            Via,
            Monitoring,
            Signature,
        );
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        for v in vocabularies() {
            assert!(
                names.contains(&v.name.as_str()),
                "label table names '{}', which no vocabulary has",
                v.name
            );
        }
    }

    #[test]
    fn labels_resolve_folded() {
        assert_eq!(
            resolve("hosting", "trung tam du lieu TINH"),
            Some("provincial-data-center")
        );
        assert_eq!(
            resolve("component kind", "Cổng/Trang thông tin điện tử"),
            Some("portal")
        );
        assert_eq!(resolve("scope", "xa"), Some("commune"));
        assert_eq!(
            resolve("funding", "Kinh phí chi thường xuyên"),
            Some("regular-expenditure")
        );
        assert_eq!(
            resolve("stage", "Báo cáo kinh tế – kỹ thuật"),
            Some("econ-tech-report")
        );
        assert_eq!(resolve("investment group", "a"), Some("A"));
        assert_eq!(resolve("hosting", "nowhere"), None);
        // A value named inside a label, when only one label has it.
        assert_eq!(
            containing("serves", "Người dân"),
            Some("citizens-businesses")
        );
        assert_eq!(containing("serves", "phục vụ"), None, "several labels");
        assert_eq!(containing("serves", ""), None);
        assert_eq!(resolve("no such vocabulary", "xa"), None);
        assert_eq!(
            label(Hosting::ProvincialDataCenter, Lang::Vi),
            "Trung tâm dữ liệu tỉnh"
        );
        assert_eq!(
            vocabulary("Component kind").map(|v| v.name.as_str()),
            Some("component kind")
        );
    }
}
