//! Baselines: a province's architecture model together with its framework and standards catalogue.
//! `quang-ngai-2.0` is embedded and is the default.

use crate::error::Error;
use crate::framework::Framework;
use crate::model::Model;
use crate::standards::Catalogue;
use std::sync::OnceLock;

/// The name of the default baseline.
pub const DEFAULT: &str = "quang-ngai-2.0";

const EMBEDDED: &[(&str, &str)] = &[(
    "quang-ngai-2.0",
    include_str!("../data/baselines/quang-ngai-2.0.json"),
)];

/// A baseline ready for checks. Cloning is a deep copy; share one behind an `Arc` across threads.
#[derive(Debug, Clone)]
pub struct Baseline {
    pub model: Model,
    pub framework: Framework,
    pub standards: Option<Catalogue>,
}

impl Baseline {
    /// Names of the embedded baselines.
    pub fn builtin_names() -> Vec<&'static str> {
        EMBEDDED.iter().map(|(n, _)| *n).collect()
    }

    /// The embedded default baseline (`quang-ngai-2.0`).
    pub fn default_builtin() -> Result<Baseline, Error> {
        Self::builtin(DEFAULT)
    }

    /// An embedded baseline by name. Parsed once per process, then cloned.
    pub fn builtin(name: &str) -> Result<Baseline, Error> {
        static CACHE: OnceLock<Vec<Result<Baseline, Error>>> = OnceLock::new();
        let cache = CACHE.get_or_init(|| {
            EMBEDDED
                .iter()
                .map(|(n, text)| {
                    Self::from_json(text.as_bytes(), &format!("<builtin baseline {n}>"))
                })
                .collect()
        });
        match EMBEDDED.iter().position(|(n, _)| *n == name) {
            Some(i) => cache[i].clone(),
            None => Err(Error::UnknownBaseline {
                what: "baseline",
                name: name.into(),
                known: Self::builtin_names()
                    .iter()
                    .map(|s| s.to_string())
                    .collect(),
            }),
        }
    }

    /// The embedded JSON text of a built-in baseline (for `baseline export`).
    pub fn builtin_json(name: &str) -> Option<&'static str> {
        EMBEDDED.iter().find(|(n, _)| *n == name).map(|(_, t)| *t)
    }

    /// Loads a `model/1` document as a baseline. Its `framework` and `standards` name embedded
    /// ones; use [`Baseline::from_parts`] to supply your own.
    pub fn from_json(bytes: &[u8], source_name: &str) -> Result<Baseline, Error> {
        let model = Model::from_json(bytes, source_name)?;
        let framework = Framework::builtin(&model.doc.framework)?;
        let standards = match &model.doc.standards {
            Some(s) => Some(Catalogue::builtin(s)?),
            None => None,
        };
        Ok(Baseline {
            model,
            framework,
            standards,
        })
    }

    pub fn from_parts(
        model: Model,
        framework: Framework,
        standards: Option<Catalogue>,
    ) -> Baseline {
        Baseline {
            model,
            framework,
            standards,
        }
    }

    pub fn id(&self) -> &str {
        &self.model.doc.id
    }
}
