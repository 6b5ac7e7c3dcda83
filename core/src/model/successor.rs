//! Starting the next version of an architecture (`kientruc baseline new`): a copy of its
//! predecessor whose provenance is marked "to confirm" until it has been checked against the
//! decision that approves the new version.
//!
//! The representation is the smallest that stays honest:
//! - the model's `source` names the new decision with status `secondary` and says the content was
//!   copied from the predecessor and must be checked against the text;
//! - every element keeps its own `source` (what it said is still where the fact came from) and
//!   gains the tag [`TO_CONFIRM`], which the architect removes once the element has been checked
//!   against the new decision. Rule packs can select the tag (`"applies_to": {"tags":
//!   ["to-confirm"]}`), `kientruc baseline show` counts it, and [`super::diff()`] reports how many
//!   elements still carry it instead of listing the tag as an edit of every element;
//! - nothing is invented: the roadmap and `valid_to` of the predecessor are not copied (they are
//!   facts of the old decision), and the old baseline's `superseded_by` is left for its maintainer
//!   to set when the new one is published.

use super::ModelDoc;
use crate::date::Date;
use crate::i18n::Name;
use crate::legal::{Basis, Status};

/// The tag of an element copied from a predecessor and not yet checked against the new decision.
pub const TO_CONFIRM: &str = "to-confirm";

/// What a successor needs that its predecessor cannot give.
#[derive(Debug, Clone)]
pub struct SuccessorSpec {
    /// The new baseline's id, e.g. `quang-ngai-3.0`.
    pub id: String,
    /// Its title, e.g. "Kiến trúc Chính quyền điện tử tỉnh Quảng Ngãi, phiên bản 3.0".
    pub title: Name,
    /// The decision that approves it, e.g. `QĐ 1702/QĐ-UBND ngày 31/12/2024`.
    pub decision: String,
    /// The day it applies from.
    pub valid_from: Date,
}

/// The note the successor's `source` carries until its content has been checked.
pub fn copied_note(old_id: &str) -> String {
    format!("nội dung sao chép từ {old_id}, cần đối chiếu văn bản")
}

/// A successor of `old`: its elements and relations, marked to confirm, with the new id, title,
/// decision (as a secondary source) and start date, and `supersedes` the old id. The family,
/// framework and standards catalogue are kept; the roadmap, `valid_to` and `superseded_by` are not.
pub fn successor(old: &ModelDoc, spec: &SuccessorSpec) -> ModelDoc {
    let mut doc = ModelDoc::new(spec.id.clone(), spec.title.clone(), old.framework.clone());
    doc.standards = old.standards.clone();
    doc.family = old.family.clone();
    doc.valid_from = Some(spec.valid_from);
    doc.supersedes = Some(old.id.clone());
    doc.source = Some(Basis::single(
        spec.decision.clone(),
        Some(copied_note(&old.id)),
        Status::Secondary,
    ));
    doc.elements = old
        .elements
        .iter()
        .map(|e| {
            let mut e = e.clone();
            if !e.tags.iter().any(|t| t == TO_CONFIRM) {
                e.tags.push(TO_CONFIRM.to_string());
            }
            e
        })
        .collect();
    doc.relations = old.relations.clone();
    doc
}

/// How many elements of `doc` are still marked to confirm.
pub fn to_confirm(doc: &ModelDoc) -> usize {
    doc.elements
        .iter()
        .filter(|e| e.tags.iter().any(|t| t == TO_CONFIRM))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_successor_copies_content_and_marks_its_provenance() {
        let old = crate::Baseline::default_builtin()
            .expect("embedded baseline")
            .model
            .doc;
        let spec = SuccessorSpec {
            id: "quang-ngai-3.0".into(),
            title: Name::Plain("Kiến trúc 3.0".into()),
            decision: "QĐ 1702/QĐ-UBND ngày 31/12/2024".into(),
            valid_from: Date::new(2024, 12, 31).expect("date"),
        };
        let new = successor(&old, &spec);
        assert_eq!(new.supersedes.as_deref(), Some("quang-ngai-2.0"));
        assert_eq!(new.family, old.family);
        assert!(new.roadmap.is_none() && new.valid_to.is_none() && new.superseded_by.is_none());
        let src = new.source.as_ref().expect("source");
        assert_eq!(src.status, Status::Secondary);
        assert!(
            src.article
                .as_deref()
                .is_some_and(|a| a.contains("quang-ngai-2.0"))
        );
        assert_eq!(new.elements.len(), old.elements.len());
        assert_eq!(new.relations.len(), old.relations.len());
        assert_eq!(to_confirm(&new), new.elements.len());
        // Sources of elements are kept as they were.
        for (a, b) in old.elements.iter().zip(&new.elements) {
            assert_eq!(a.source, b.source);
        }
        // Idempotent marking.
        assert_eq!(to_confirm(&successor(&new, &spec)), new.elements.len());
        assert!(
            successor(&new, &spec).elements[0]
                .tags
                .iter()
                .filter(|t| *t == TO_CONFIRM)
                .count()
                == 1
        );
    }
}
