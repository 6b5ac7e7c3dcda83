//! The options every face passes to the core: the check date, the language, the input limits,
//! province rule packs (`rulepack/1`) and the appraiser's acceptances (`acceptance/1`).
//!
//! The structs are `#[non_exhaustive]`: build them from `Default` (or `new`) with the builder
//! methods, so that an option added later breaks no caller. Documents given as bytes
//! ([`CheckOptions::rulepack_json`], [`CheckOptions::accept_json`]) are read under the options'
//! [`Limits`], so set the limits first.

use crate::acceptance::{Acceptance, AcceptanceDoc};
use crate::date::Date;
use crate::diagram::Format as DiagramFormat;
use crate::doc::Limits;
use crate::error::Result;
use crate::i18n::Lang;
use crate::rulepack::RulePack;

/// `vi` or `en` (case and surrounding spaces ignored); anything else is an
/// [`Error::Argument`](crate::Error::Argument) named `lang`. (Here, with the other options, rather
/// than in `i18n`: the error type depends on `i18n`.)
impl std::str::FromStr for Lang {
    type Err = crate::Error;
    fn from_str(s: &str) -> Result<Lang, crate::Error> {
        Lang::parse(s).ok_or_else(|| {
            crate::Error::argument(
                "lang",
                format!("ngôn ngữ phải là 'vi' hoặc 'en', không phải “{s}”"),
                format!("lang must be 'vi' or 'en', not '{s}'"),
            )
        })
    }
}

/// Options of a conformance check ([`crate::check`], [`crate::api::check_json`]).
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct CheckOptions {
    /// The date the check is made as of. Default: the project's `appraisal_date`, else 1 January
    /// of `phase.start`, else the baseline's start date. Never the clock.
    pub as_of: Option<Date>,
    /// The appraiser's acceptances of the proposal's waivers (`acceptance/1` documents' entries);
    /// entries for other projects are ignored.
    pub accepted: Vec<Acceptance>,
    /// Province rule packs (`rulepack/1`) whose component and integration rules apply to the
    /// proposal; their element rules are for `validate`.
    pub rulepacks: Vec<RulePack>,
    /// For the calls that choose the baseline ([`crate::api::check_json`],
    /// [`crate::api::check_project`]): a built-in name or a family name (`quang-ngai`). `None`:
    /// the project's own `baseline`, else the one in force on the check date. Calls given a
    /// baseline ignore it.
    pub baseline: Option<String>,
    /// Limits on every document read for the check (the project, rule packs, acceptances).
    pub limits: Limits,
    /// The language of messages that are not bilingual data: the errors of unreadable inputs in a
    /// batch, the labels of a diagram. Reports themselves carry both languages.
    pub lang: Lang,
}

impl CheckOptions {
    /// The default options: no date, no rule pack, no acceptance, default limits, Vietnamese.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds the entries of an `acceptance/1` document.
    pub fn accept(mut self, doc: AcceptanceDoc) -> Self {
        self.accepted.extend(doc.accepted);
        self
    }

    /// Reads an `acceptance/1` document under the options' limits and adds its entries.
    pub fn accept_json(self, bytes: &[u8], source_name: &str) -> Result<Self> {
        let doc = AcceptanceDoc::from_json_with(bytes, source_name, &self.limits)?;
        Ok(self.accept(doc))
    }
}

/// Options of a model validation ([`crate::validate`], [`crate::api::validate_json`]).
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct ValidateOptions {
    /// The date the validation is made as of; defaults to the model's `valid_from`.
    pub as_of: Option<Date>,
    /// Rule packs (`rulepack/1`) whose element rules apply to the model.
    pub rulepacks: Vec<RulePack>,
    /// Limits on every document read for the validation (the model or exchange file, rule packs).
    pub limits: Limits,
    /// The language of messages that are not bilingual data. Reports carry both languages.
    pub lang: Lang,
}

impl ValidateOptions {
    /// The default options: no date, no rule pack, default limits, Vietnamese.
    pub fn new() -> Self {
        Self::default()
    }
}

/// Options of the overall diagram ([`crate::api::diagram`]).
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct DiagramOptions {
    /// SVG (the default), Graphviz DOT or Mermaid.
    pub format: DiagramFormat,
    /// The language of the labels.
    pub lang: Lang,
    /// Limits on the documents read for the diagram (the project, a model file).
    pub limits: Limits,
    /// A built-in baseline name, for a call given no baseline. `None`: the project's own
    /// `baseline`, else the default one.
    pub baseline: Option<String>,
    /// The date the diagram shows: elements not in existence then (units abolished by the 2025
    /// merger) are not drawn. `None`: a project's check date (its appraisal date, else 1 January
    /// of its phase); with no project, or a project with neither, the whole model.
    pub as_of: Option<Date>,
}

impl DiagramOptions {
    /// SVG, Vietnamese, default limits, no baseline named.
    pub fn new() -> Self {
        Self::default()
    }

    /// Draws in `format`.
    pub fn format(mut self, format: DiagramFormat) -> Self {
        self.format = format;
        self
    }
}

/// The setters the option structs share, each documented by the field it sets: `as_of`, `lang`
/// and `limits` for every struct, `baseline` where it chooses one, `rulepack`/`rulepack_json`
/// where rule packs apply.
macro_rules! setters {
    ($t:ident: $($extra:ident),*) => {
        impl $t {
            /// Sets the date (see the field's documentation for what `None` means).
            pub fn as_of(mut self, date: impl Into<Option<Date>>) -> Self {
                self.as_of = date.into();
                self
            }

            /// Sets the language of the messages and labels that are not bilingual data.
            pub fn lang(mut self, lang: Lang) -> Self {
                self.lang = lang;
                self
            }

            /// Reads documents under `limits`.
            pub fn limits(mut self, limits: Limits) -> Self {
                self.limits = limits;
                self
            }
        }
        $(setters!(@$extra $t);)*
    };
    (@baseline $t:ident) => {
        impl $t {
            /// Names the built-in (or family) baseline for a call that is given none.
            pub fn baseline(mut self, name: impl Into<String>) -> Self {
                self.baseline = Some(name.into());
                self
            }
        }
    };
    (@rulepacks $t:ident) => {
        impl $t {
            /// Adds a rule pack.
            pub fn rulepack(mut self, pack: RulePack) -> Self {
                self.rulepacks.push(pack);
                self
            }

            /// Reads a `rulepack/1` document under the options' limits and adds it.
            pub fn rulepack_json(self, bytes: &[u8], source_name: &str) -> Result<Self> {
                let pack = RulePack::from_json_with(bytes, source_name, &self.limits)?;
                Ok(self.rulepack(pack))
            }
        }
    };
}

setters!(CheckOptions: baseline, rulepacks);
setters!(ValidateOptions: rulepacks);
setters!(DiagramOptions: baseline);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_given_as_bytes_are_read_under_the_options_limits() {
        let pack = br#"{"kientruc": "rulepack/1", "id": "p", "rules": []}"#;
        assert!(CheckOptions::new().rulepack_json(pack, "p").is_ok());
        let tight = Limits {
            max_bytes: 10,
            ..Limits::default()
        };
        let e = CheckOptions::new()
            .limits(tight)
            .rulepack_json(pack, "p")
            .expect_err("over max_bytes");
        assert_eq!(e.code(), "limit");
        let e = ValidateOptions::new()
            .limits(tight)
            .rulepack_json(pack, "p")
            .expect_err("over max_bytes");
        assert_eq!(e.code(), "limit");
        let acceptance = br#"{"kientruc": "acceptance/1", "accepted": []}"#;
        assert!(CheckOptions::new().accept_json(acceptance, "a").is_ok());
        let e = CheckOptions::new()
            .limits(tight)
            .accept_json(acceptance, "a")
            .expect_err("over max_bytes");
        assert_eq!(e.code(), "limit");
    }
}
