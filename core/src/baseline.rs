//! Baselines: a province's architecture model together with its framework and standards catalogue.
//! `quang-ngai-2.0` is embedded and is the default.

use crate::date::Date;
use crate::doc::Limits;
use crate::error::Error;
use crate::framework::Framework;
use crate::i18n::{Args, Text};
use crate::model::Model;
use crate::standards::Catalogue;
use std::sync::OnceLock;

/// The name of the default baseline.
pub const DEFAULT: &str = "quang-ngai-2.0";

const EMBEDDED: &[(&str, &str)] = &[
    (
        "quang-ngai-2.0",
        include_str!("../data/baselines/quang-ngai-2.0.json"),
    ),
    (
        "vn-national-digital-2025",
        include_str!("../data/baselines/vn-national-digital-2025.json"),
    ),
];

const CATALOGUE: &str = include_str!("../data/baselines/catalogue.json");

/// The national-framework baseline that applies from 01/7/2026 where no aligned agency framework
/// is known (NĐ 224/2026/NĐ-CP khoản 1 Điều 37).
pub const NATIONAL: &str = "vn-national-digital-2025";

/// An architecture known to kientruc, embedded or not (`data/baselines/catalogue.json`).
#[derive(Debug, Clone, serde::Deserialize, serde::Serialize, schemars::JsonSchema)]
pub struct Known {
    /// Its id, e.g. `quang-ngai-2.0`.
    pub id: String,
    /// The family of successive versions, e.g. `quang-ngai`.
    pub family: String,
    /// Whether its content is embedded (QĐ 1702's is not: only its heading is known).
    pub embedded: bool,
    /// Its name.
    pub name: crate::i18n::Name,
    /// The day it applies from.
    #[serde(default)]
    pub valid_from: Option<Date>,
    /// The last day it applies.
    #[serde(default)]
    pub valid_to: Option<Date>,
    /// The version it replaces.
    #[serde(default)]
    pub supersedes: Option<String>,
    /// The version that replaced it.
    #[serde(default)]
    pub superseded_by: Option<String>,
    /// The decision that approves it.
    pub source: crate::legal::Basis,
}

impl Known {
    /// When it applies.
    pub fn validity(&self) -> crate::date::Period {
        crate::date::Period {
            from: self.valid_from,
            to: self.valid_to,
        }
    }
}

#[derive(serde::Deserialize)]
struct CatalogueDoc {
    baselines: Vec<Known>,
}

/// The architectures known to kientruc, embedded or not.
pub fn known() -> &'static [Known] {
    static K: OnceLock<Vec<Known>> = OnceLock::new();
    K.get_or_init(|| match serde_json::from_str::<CatalogueDoc>(CATALOGUE) {
        Ok(c) => c.baselines,
        Err(e) => panic!("embedded baseline catalogue is malformed: {e}"),
    })
}

/// The baseline a check uses, and why it was chosen.
#[derive(Debug, Clone)]
pub struct Choice {
    /// The baseline.
    pub baseline: Baseline,
    /// Why this baseline (vi, en), shown in the report.
    pub why: Text,
}

fn quoted(k: &Known) -> String {
    k.title(crate::i18n::Lang::Vi)
}

fn quoted_en(k: &Known) -> String {
    k.title(crate::i18n::Lang::En)
}

/// A document title with the instrument that issued it, as reports print it: "Kiến trúc Chính
/// quyền điện tử tỉnh Quảng Ngãi, phiên bản 2.0 (Quyết định số 2126/QĐ-UBND ngày 24/12/2021)".
/// The instrument is the first one `source` names, without its gloss.
pub fn titled(name: &str, source: &crate::legal::Basis, lang: crate::i18n::Lang) -> String {
    let first = source.instrument.split("; ").next().unwrap_or_default();
    let head = first.split(" (").next().unwrap_or_default();
    let head = head.split(", ").next().unwrap_or_default().trim();
    let number = head.split(' ').nth(1).unwrap_or_default();
    let name = crate::legal::full_numbers(name, lang);
    if head.is_empty() || (!number.is_empty() && name.contains(number)) {
        return name;
    }
    let mut inst = crate::legal::full_numbers(head, lang);
    if lang == crate::i18n::Lang::En {
        inst = inst.replace(" ngày ", " of ");
    }
    format!("{name} ({inst})")
}

impl Known {
    /// The architecture's name with its instrument (see [`titled`]).
    pub fn title(&self, lang: crate::i18n::Lang) -> String {
        titled(self.name.get(lang), &self.source, lang)
    }
}

/// The title of a known architecture (see [`titled`]), or `id` itself when it is not known.
pub fn title_of(id: &str, lang: crate::i18n::Lang) -> String {
    known()
        .iter()
        .find(|k| k.id == id)
        .map_or_else(|| id.to_string(), |k| k.title(lang))
}

/// The baseline for a check made as of `d` of a project not yet decided on `d` (see
/// [`choose_for`]).
pub fn choose(named: Option<&str>, d: Date) -> Result<Choice, Error> {
    choose_for(named, d, None)
}

/// The baseline for a check made as of `d` of a project whose investment was decided on `decided`
/// (`investment.decision_date`), when `named` is `None` (the default: PRODUCT.md, "Which baseline
/// a check uses", as docs/checks.md amends it after the articles) or a family name (`quang-ngai`):
/// the version in force among those known, by the investment regime of the project
/// ([`crate::regime::regime_for`], so that a project continuing under NĐ 45/2026 after 01/7/2026
/// is given NĐ 45/2026's choice, not NĐ 224/2026's). A built-in baseline name is used as it is;
/// anything else is an `unknown-baseline` error (a file is the caller's business).
///
/// - NĐ 73/2019 (up to 28/02/2026, or a project decided under it): the provincial architecture in
///   force on `d`: `quang-ngai-2.0` up to 30/12/2024; from 31/12/2024 the architecture 3.0
///   (QĐ 1702/QĐ-UBND) is in force but its content is not embedded: 2.0's content, and
///   `baseline-not-current` asks for review (the tool's missing data is not the proposal's
///   defect);
/// - NĐ 45/2026 (01/3–30/6/2026, or a project decided under it): a project complies with the
///   national overall digital architecture framework "hoặc một trong các Khung kiến trúc số hiện
///   hành" (secondary): with no name, the national-framework baseline, since 3.0's content is
///   not embedded;
/// - NĐ 224/2026 (from 01/7/2026), with no name: the national-framework baseline (khoản 1
///   Điều 37).
///
/// The national-framework baseline carries the province's agencies and systems of
/// `quang-ngai-2.0` as context, so that the proposal's references resolve and duplication is
/// judged against systems that exist.
pub fn choose_for(named: Option<&str>, d: Date, decided: Option<Date>) -> Result<Choice, Error> {
    use crate::regime::InvestmentRegime;
    if let Some(n) = named {
        if Baseline::builtin_names().contains(&n) {
            return Ok(Choice {
                baseline: Baseline::builtin(n)?,
                why: choice(
                    "baseline.choice.named",
                    Args::new().with("title", title_of_both(n)),
                ),
            });
        }
    }
    let family = named.unwrap_or("quang-ngai");
    let members: Vec<&Known> = known().iter().filter(|k| k.family == family).collect();
    if members.is_empty() {
        return Baseline::builtin(family).map(|b| Choice {
            baseline: b,
            why: Text::new(String::new(), String::new()),
        });
    }
    let investment = crate::regime::regime_for(d, decided).investment;
    if named.is_none() && investment != InvestmentRegime::Nd73 {
        let national = Baseline::builtin(NATIONAL)?;
        let context = Baseline::builtin(DEFAULT)?;
        let b = national.with_context(&context);
        let (national, context) = (title_of_both(NATIONAL), title_of_both(DEFAULT));
        let why = if investment == InvestmentRegime::Nd224 {
            let args = Args::new()
                .with("national", national)
                .with("context", context);
            choice("baseline.choice.nd224", args)
        } else {
            // NĐ 45/2026: on the check date, or kept by a project decided under it (NĐ 224/2026
            // khoản 2 Điều 91; the regime's note says so).
            let continued = d >= crate::regime::ND224_FROM;
            let how = crate::labels::say(
                if continued {
                    "baseline.choice.nd45.continued"
                } else {
                    "baseline.choice.nd45.from"
                },
                &Args::new(),
            );
            let args = Args::new()
                .with("how", how)
                .with("v3", title_of_both("quang-ngai-3.0"))
                .with("national", national)
                .with("context", context);
            choice("baseline.choice.nd45", args)
        };
        return Ok(Choice { baseline: b, why });
    }
    // The version in force on `d`; else the latest that started before `d`; else the first.
    let in_force = members.iter().find(|k| k.validity().contains(d)).copied();
    let pick = in_force
        .or_else(|| {
            members
                .iter()
                .filter(|k| k.valid_from.is_some_and(|f| f <= d))
                .max_by_key(|k| k.valid_from)
                .copied()
        })
        .or_else(|| members.first().copied());
    let Some(pick) = pick else {
        return Baseline::builtin(family).map(|b| Choice {
            baseline: b,
            why: Text::new(String::new(), String::new()),
        });
    };
    if pick.embedded {
        return Ok(Choice {
            baseline: Baseline::builtin(&pick.id)?,
            why: choice(
                "baseline.choice.in-force",
                Args::new()
                    .with("baseline", Text::new(quoted(pick), quoted_en(pick)))
                    .with("date", d.text()),
            ),
        });
    }
    // In force but not embedded: the latest embedded predecessor's content.
    let mut prev = pick.supersedes.as_deref();
    let mut fallback = None;
    while let Some(id) = prev {
        match known().iter().find(|k| k.id == id) {
            Some(k) if k.embedded => {
                fallback = Some(k);
                break;
            }
            Some(k) => prev = k.supersedes.as_deref(),
            None => break,
        }
    }
    let fb = fallback.map_or(DEFAULT, |k| k.id.as_str());
    Ok(Choice {
        baseline: Baseline::builtin(fb)?,
        why: choice(
            "baseline.choice.not-embedded",
            Args::new()
                .with("date", d.text())
                .with("baseline", Text::new(quoted(pick), quoted_en(pick)))
                .with("content", title_of_both(fb)),
        ),
    })
}

/// Why a baseline was chosen: the label `key` of the label table (`baseline.choice.*`) filled
/// with `args`.
fn choice(key: &str, args: Args<'_>) -> Text {
    crate::labels::say(key, &args)
}

/// The title of the architecture `id` in both languages.
fn title_of_both(id: &str) -> Text {
    Text::new(
        title_of(id, crate::i18n::Lang::Vi),
        title_of(id, crate::i18n::Lang::En),
    )
}

/// The architecture in force on `d` that replaced `id` (following `superseded_by`), if known.
pub fn successor_in_force(id: &str, d: Date) -> Option<&'static Known> {
    let mut next = known().iter().find(|k| k.id == id)?.superseded_by.clone();
    let mut last = None;
    while let Some(n) = next {
        let k = known().iter().find(|k| k.id == n)?;
        last = Some(k);
        if k.validity().contains(d) {
            return Some(k);
        }
        next = k.superseded_by.clone();
    }
    last
}

/// A baseline ready for checks. Cloning is a deep copy; share one behind an `Arc` across threads.
#[derive(Debug, Clone)]
pub struct Baseline {
    /// The architecture model.
    pub model: Model,
    /// The framework the model follows.
    pub framework: Framework,
    /// The standards catalogue the model names, if any.
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
        Self::from_json_with(bytes, source_name, &Limits::default())
    }

    /// [`Baseline::from_json`] with other [`Limits`].
    pub fn from_json_with(
        bytes: &[u8],
        source_name: &str,
        limits: &Limits,
    ) -> Result<Baseline, Error> {
        let model = Model::from_json_with(bytes, source_name, limits)?;
        let framework = Framework::builtin(&model.doc().framework)?;
        let standards = match &model.doc().standards {
            Some(s) => Some(Catalogue::builtin(s)?),
            None => None,
        };
        Ok(Baseline {
            model,
            framework,
            standards,
        })
    }

    /// A baseline from a model, framework and catalogue already loaded.
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

    /// This baseline with the elements and relations of `context` that it lacks (same ids are
    /// kept from `self`): the national-framework baseline with a province's agencies and systems.
    pub fn with_context(&self, context: &Baseline) -> Baseline {
        let mut doc = self.model.doc().clone();
        for e in &context.model.doc().elements {
            if self.model.element(&e.id).is_none() {
                let mut e = e.clone();
                // A planned element keeps the plan period of the architecture it comes from.
                if e.lifecycle() == Some(crate::vocab::Lifecycle::Planned) && e.phase.is_none() {
                    e.phase = context.model.doc().roadmap;
                }
                doc.elements.push(e);
            }
        }
        let keys: std::collections::HashSet<String> =
            doc.relations.iter().map(|r| r.key()).collect();
        for r in &context.model.doc().relations {
            if !keys.contains(&r.key()) {
                doc.relations.push(r.clone());
            }
        }
        Baseline {
            model: Model::from_doc(doc, Vec::new()),
            framework: self.framework.clone(),
            standards: self.standards.clone(),
        }
    }

    /// The baseline's id.
    pub fn id(&self) -> &str {
        &self.model.doc().id
    }
}
