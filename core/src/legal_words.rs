//! The words of legal citations (`core/data/legal/citations.json`): the full names of the
//! instrument kinds abbreviated in the data ("NĐ" → "Nghị định số" / "Decree No."), the English
//! names of laws and of the tool's checking methods, and the English words of provision references
//! ("Art.", "row", "section", "the catalogue annexed to"). [`crate::legal`] applies them; the
//! Vietnamese provision grammar it parses (điểm, khoản, Điều, mục) stays code.

use serde::Deserialize;
use std::sync::OnceLock;

/// The embedded table.
pub(crate) const CITATIONS_JSON: &str = include_str!("../data/legal/citations.json");

/// The words of legal citations, as the file writes them.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CitationWords {
    #[serde(rename = "$comment", default)]
    _comment: String,
    /// The kinds of instrument abbreviated in the data, with their full names.
    pub(crate) kinds: Vec<Kind>,
    /// Vietnamese names of laws and methods → English names; longer names first where one
    /// contains another.
    pub(crate) english_names: Vec<Pair>,
    /// The English words of provision references.
    pub(crate) provisions: Provisions,
}

/// One kind of instrument: "NĐ", "Nghị định số", "Decree No.".
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Kind {
    pub(crate) abbr: String,
    pub(crate) vi: String,
    pub(crate) en: String,
}

/// A Vietnamese phrase and its English form.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Pair {
    pub(crate) vi: String,
    pub(crate) en: String,
}

/// The English words of provision references.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Provisions {
    /// Before an article number: "Art. 16(2)(a)".
    pub(crate) article: String,
    /// A row of an annexed catalogue ("mục 1.11 Danh mục …"): "row 1.11".
    pub(crate) row: String,
    /// Any other "mục": "section II.4".
    pub(crate) section: String,
    /// Between a number and its date, or a row and its catalogue: "of".
    pub(crate) of: String,
    /// "Danh mục ban hành kèm theo" → "the catalogue annexed to".
    pub(crate) catalogue: Pair,
    /// Other parts of a reference, replaced as written ("Phụ lục" → "Annex").
    pub(crate) sections: Vec<Pair>,
}

/// The table; a broken file (the tests read it) gives empty words rather than a panic.
pub(crate) fn words() -> &'static CitationWords {
    static WORDS: OnceLock<CitationWords> = OnceLock::new();
    WORDS.get_or_init(|| {
        serde_json::from_str(CITATIONS_JSON)
            .map_err(|e| debug_assert!(false, "citations.json: {e}"))
            .unwrap_or_default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every entry the code needs is in the file and none is empty: the kinds the data
    /// abbreviates, the English words, the names of the laws the rules cite.
    #[test]
    fn every_citation_word_is_in_the_data() {
        let w: CitationWords = serde_json::from_str(CITATIONS_JSON).expect("citations.json reads");
        for abbr in ["NĐ", "TT", "QĐ", "CV", "NQ"] {
            assert!(
                w.kinds.iter().any(|k| k.abbr == abbr),
                "no instrument kind '{abbr}' in citations.json"
            );
        }
        for k in &w.kinds {
            assert!(!k.vi.is_empty() && !k.en.is_empty(), "kind {}", k.abbr);
        }
        let p = &w.provisions;
        for (name, s) in [
            ("article", &p.article),
            ("row", &p.row),
            ("section", &p.section),
            ("of", &p.of),
            ("catalogue.vi", &p.catalogue.vi),
            ("catalogue.en", &p.catalogue.en),
        ] {
            assert!(!s.trim().is_empty(), "provisions.{name} is empty");
        }
        for pair in w.english_names.iter().chain(&p.sections) {
            assert!(!pair.vi.is_empty() && !pair.en.is_empty(), "{pair:?}");
        }
    }
}
