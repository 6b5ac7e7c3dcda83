//! # kientruc
//!
//! Models Vietnam's e-government architectures (Kiến trúc Chính phủ điện tử / Chính quyền điện tử),
//! validates them, and checks IT project proposals for conformance with them.
//!
//! The core is pure Rust and does no I/O beyond reading the bytes it is given: files are the
//! caller's job. Reference data (frameworks, baselines, standards, rule texts) is embedded at
//! build time and the same files load from disk.
//!
//! ```
//! let baseline = kientruc::Baseline::default_builtin().expect("embedded baseline");
//! let report = kientruc::validate(&baseline.model, &baseline.framework, &Default::default());
//! assert_eq!(report.counts.error, 0);
//! ```
//!
//! The faces (CLI, Python, WASM, C) call [`api`] with [`CheckOptions`] or [`ValidateOptions`] and
//! render with [`render()`]:
//!
//! ```
//! use kientruc::{CheckOptions, Format, Lang, api, render};
//! let project = br#"{"kientruc": "project/1", "id": "p", "components": []}"#;
//! let opts = CheckOptions::new().as_of("2024-06-01".parse::<kientruc::Date>()?);
//! let report = api::check_json(project, "p.json", &opts)?;
//! let text = render(&[report], "md".parse::<Format>()?, "en".parse::<Lang>()?);
//! assert!(text.starts_with("# Architecture conformance report"));
//! # Ok::<(), kientruc::Error>(())
//! ```

#![warn(missing_docs)]

pub mod acceptance;
pub mod api;
pub mod archimate;
pub mod baseline;
pub mod codes;
pub(crate) mod conformance;
pub mod date;
pub mod diagram;
pub(crate) mod doc;
pub mod error;
pub(crate) mod fields;
pub(crate) mod findings;
pub mod form;
pub mod framework;
/// Synthetic models and proposals for benchmarks (the `generate` feature, which the CLI and the
/// benches enable; not part of the default API).
#[cfg(feature = "generate")]
pub mod generate;
pub mod i18n;
pub mod labels;
pub mod legal;
mod legal_words;
pub mod model;
pub mod options;
pub mod project;
pub mod regime;
pub mod render;
pub mod report;
pub mod rulepack;
pub mod rules;
pub mod schema;
pub mod standards;
pub(crate) mod suggest;
pub(crate) mod text;
pub(crate) mod validate;
pub mod vocab;

pub use baseline::Baseline;
pub use conformance::check;
pub use date::Date;
pub use doc::Limits;
pub use error::{Error, Result};
pub use framework::Framework;
pub use i18n::Lang;
pub use model::Model;
pub use options::{CheckOptions, DiagramOptions, ValidateOptions};
pub use project::Project;
pub use render::{Format, RenderOptions, render, render_with};
pub use report::{Finding, Level, Outcome, Report, Severity};
pub use rulepack::RulePack;
pub use validate::validate;
