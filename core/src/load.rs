//! Loaders that take [`Limits`] for the documents whose own loaders do not take them yet: a
//! baseline (`model/1`), a rule pack (`rulepack/1`) and an ArchiMate exchange file. The C and
//! WebAssembly faces pass their caller's limits through these, as the CLI passes its `--limit`s
//! to [`Project::from_json_with`](crate::Project::from_json_with) and
//! [`Model::from_json_with`](crate::Model::from_json_with).

use crate::archimate::{self, Exchange};
use crate::doc::{self, Limits};
use crate::rulepack::{RulePack, RulePackDoc};
use crate::standards::Catalogue;
use crate::{Baseline, Error, Framework, Model};

/// [`Baseline::from_json`] under `limits`.
pub fn baseline(bytes: &[u8], source_name: &str, limits: &Limits) -> Result<Baseline, Error> {
    let model = Model::from_json_with(bytes, source_name, limits)?;
    let framework = Framework::builtin(&model.doc.framework)?;
    let standards = match &model.doc.standards {
        Some(s) => Some(Catalogue::builtin(s)?),
        None => None,
    };
    Ok(Baseline::from_parts(model, framework, standards))
}

/// [`RulePack::from_json`] under `limits`. The pack's own loader reads with the default limits, so
/// the document is read once under `limits` first: a limit lower than the default holds; a higher
/// one does not lift the default (rule packs are small documents).
pub fn rulepack(bytes: &[u8], source_name: &str, limits: &Limits) -> Result<RulePack, Error> {
    doc::parse::<RulePackDoc>(bytes, source_name, limits)?;
    RulePack::from_json(bytes, source_name)
}

/// [`archimate::parse`] under `limits`: `max_bytes` before reading, `max_elements` and
/// `max_relations` on what was read (the XML reader streams, so nesting needs no limit).
pub fn archimate(bytes: &[u8], source_name: &str, limits: &Limits) -> Result<Exchange, Error> {
    if bytes.len() > limits.max_bytes {
        let found = Some(bytes.len());
        return Err(Limits::exceeded(
            "max_bytes",
            source_name,
            limits.max_bytes,
            found,
        ));
    }
    let x = archimate::parse(bytes, source_name)?;
    for (name, limit, found) in [
        ("max_elements", limits.max_elements, x.elements.len()),
        ("max_relations", limits.max_relations, x.relationships.len()),
    ] {
        if found > limit {
            return Err(Limits::exceeded(name, source_name, limit, Some(found)));
        }
    }
    Ok(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small() -> Limits {
        let mut l = Limits::default();
        l.set("max_bytes", 64);
        l
    }

    #[test]
    fn each_loader_holds_a_lower_limit() {
        let model = crate::Baseline::builtin_json(crate::baseline::DEFAULT).expect("built-in");
        assert!(baseline(model.as_bytes(), "b", &Limits::default()).is_ok());
        let e = baseline(model.as_bytes(), "b", &small()).expect_err("too big");
        assert_eq!(e.code(), "limit");
        let pack = br#"{"kientruc": "rulepack/1", "id": "p", "name": "A pack with a long enough name", "rules": []}"#;
        assert!(rulepack(pack, "p", &Limits::default()).is_ok());
        assert_eq!(
            rulepack(pack, "p", &small()).expect_err("too big").code(),
            "limit"
        );
        let xml = archimate::to_xml(
            &crate::Model::from_json(model.as_bytes(), "m")
                .expect("m")
                .doc,
        );
        assert!(archimate(xml.as_bytes(), "x", &Limits::default()).is_ok());
        assert_eq!(
            archimate(xml.as_bytes(), "x", &small())
                .expect_err("big")
                .code(),
            "limit"
        );
        let mut few = Limits::default();
        few.set("max_elements", 3);
        let e = archimate(xml.as_bytes(), "x", &few).expect_err("many elements");
        assert!(e.to_string().contains("max_elements"), "{e}");
    }
}
