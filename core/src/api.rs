//! The calls every face makes, from bytes to reports: the CLI, Python, WASM and C faces convert
//! their types and call these, so that no face assembles a pipeline of its own (parse, choose the
//! baseline, apply rule packs and acceptances, validate or check, draw, render).
//!
//! Every call takes its options ([`CheckOptions`], [`ValidateOptions`], [`DiagramOptions`]), which
//! carry the input limits, the check date, the language, rule packs and acceptances. Rendering is
//! [`crate::render::render`].

use crate::baseline::{self, Baseline};
use crate::date::Date;
use crate::diagram::Diagram;
use crate::error::{Error, Result};
use crate::framework::Framework;
use crate::i18n::Lang;
use crate::model::Model;
use crate::options::{CheckOptions, DiagramOptions, ValidateOptions};
use crate::project::Project;
use crate::render::{Format, RenderOptions, render_with};
use crate::report::{InputError, Report};
use crate::rulepack::RulePack;
use crate::rules::RuleMeta;
use std::fmt::Write;

/// Checks a `project/1` document (read under `opts.limits`) against the baseline the library
/// chooses: `opts.baseline`, else the project's own `baseline`, else the one in force on the check
/// date (PRODUCT.md, "Which baseline a check uses"). The report's `baseline_choice` says why.
pub fn check_json(bytes: &[u8], source_name: &str, opts: &CheckOptions) -> Result<Report> {
    let project = Project::from_json_with(bytes, source_name, &opts.limits)?;
    check_project(&project, opts)
}

/// Checks a `project/1` document (read under `opts.limits`) against `baseline`.
pub fn check_json_against(
    bytes: &[u8],
    source_name: &str,
    baseline: &Baseline,
    opts: &CheckOptions,
) -> Result<Report> {
    let project = Project::from_json_with(bytes, source_name, &opts.limits)?;
    Ok(crate::check(&project, baseline, opts))
}

/// Checks a parsed project against the baseline the library chooses (see [`check_json`]).
pub fn check_project(project: &Project, opts: &CheckOptions) -> Result<Report> {
    crate::conformance::check_chosen_or_own(project, opts.baseline.as_deref(), opts)
}

/// Validates a model: a `model/1` document against its framework, or an ArchiMate exchange file
/// (XML, told apart by its first character) with the AMX rules as well; read under `opts.limits`,
/// with the rule packs of `opts`.
pub fn validate_json(bytes: &[u8], source_name: &str, opts: &ValidateOptions) -> Result<Report> {
    if is_xml(bytes) {
        return crate::archimate::validate_exchange(bytes, source_name, opts).map(|(_, r)| r);
    }
    validate_model_json(bytes, source_name, opts)
}

/// Validates a `model/1` document (JSON only; read under `opts.limits`) against the built-in
/// framework it names, with the rule packs of `opts`.
pub fn validate_model_json(
    bytes: &[u8],
    source_name: &str,
    opts: &ValidateOptions,
) -> Result<Report> {
    let model = Model::from_json_with(bytes, source_name, &opts.limits)?;
    let framework = Framework::builtin(&model.doc().framework)?;
    Ok(crate::validate(&model, &framework, opts))
}

/// Whether input looks like XML (an ArchiMate exchange file) rather than JSON.
fn is_xml(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'<')
}

/// The overall diagram of `baseline`, with `project`'s components drawn in, in `opts.format`.
/// With no baseline: for a project, the baseline a check of it would use (`opts.baseline`, else
/// the project's own `baseline`, else the one in force on its check date; see [`check_json`]);
/// with no project either, the built-in `opts.baseline`, else the default one. Drawn as of
/// `opts.as_of`, else the project's check date (see [`DiagramOptions::as_of`]).
pub fn diagram(
    baseline: Option<&Baseline>,
    project: Option<&Project>,
    opts: &DiagramOptions,
) -> Result<String> {
    let chosen;
    let b = match (baseline, project) {
        (Some(b), _) => b,
        (None, Some(p)) => {
            let named = opts.baseline.as_deref().or(p.doc.baseline.as_deref());
            let check = CheckOptions::new().as_of(opts.as_of);
            chosen = crate::conformance::choose_baseline(p, named, &check)?.baseline;
            &chosen
        }
        (None, None) => {
            chosen = Baseline::builtin(opts.baseline.as_deref().unwrap_or(baseline::DEFAULT))?;
            &chosen
        }
    };
    let as_of = opts
        .as_of
        .or_else(|| project.and_then(|p| crate::conformance::check_date(&p.doc, None)));
    let doc = project.map(|p| &p.doc);
    let d = Diagram::new_as_of(&b.model, &b.framework, doc, opts.lang, as_of);
    Ok(d.render(opts.format))
}

/// The rules a listing shows: the built-in ones (only those in force on `as_of`, with the
/// citations in force then, when a date is given), then the rules of `packs`.
pub fn rules(as_of: Option<Date>, packs: &[RulePack]) -> Vec<RuleMeta> {
    let mut all = match as_of {
        Some(d) => crate::rules::in_force(d),
        None => crate::rules::builtin().to_vec(),
    };
    all.extend(packs.iter().flat_map(|p| p.rules().iter().cloned()));
    all
}

/// A rule listing as text: id, severity, title (with the date it applies from, for an undated
/// listing), then the basis.
pub fn rules_text(rules: &[RuleMeta], dated: bool, lang: Lang) -> String {
    let mut t = String::new();
    for r in rules {
        let from = match r.effective.from {
            Some(d) if !dated => {
                let date = match lang {
                    Lang::Vi => d.vi(),
                    Lang::En => d.to_string(),
                };
                crate::labels::ui_with("cli.in-force-from", lang, &[("date", &date)])
            }
            _ => String::new(),
        };
        let _ = writeln!(
            t,
            "{:<10} {:<8} {}{from}\n{:<19} {}",
            r.id,
            r.severity.label().get(lang),
            r.title.get(lang),
            "",
            r.basis.display_in(lang)
        );
    }
    t
}

/// The reports of a batch of proposals, the inputs that could not be read, and (when asked) each
/// report's overall diagram for the HTML page. The caller reads the inputs and parses them (on as
/// many threads as it likes), then adds each here in order.
#[derive(Debug, Default)]
pub struct Batch {
    /// One report per readable proposal, in order.
    pub reports: Vec<Report>,
    /// The inputs that could not be read, in order.
    pub unreadable: Vec<InputError>,
    diagrams: Vec<Option<String>>,
    draw: bool,
}

impl Batch {
    /// An empty batch that draws no diagram.
    pub fn new() -> Self {
        Self::default()
    }

    /// Also draws each report's overall diagram (its baseline with the project), which the HTML
    /// rendering embeds.
    pub fn with_diagrams(mut self, draw: bool) -> Self {
        self.draw = draw;
        self
    }

    /// Checks `project` against `baseline`, or the one the library chooses when `None` (see
    /// [`check_json`]), and adds the report.
    pub fn check(
        &mut self,
        project: &Project,
        baseline: Option<&Baseline>,
        opts: &CheckOptions,
    ) -> Result<()> {
        let chosen;
        let (report, used) = match baseline {
            Some(b) => (crate::check(project, b, opts), b),
            None => {
                let named = opts.baseline.as_deref().or(project.doc.baseline.as_deref());
                chosen = crate::conformance::choose_baseline(project, named, opts)?;
                let r = crate::conformance::check_with_choice(project, &chosen, opts);
                (r, &chosen.baseline)
            }
        };
        if self.draw {
            // As of the check date: units abolished by then are not drawn.
            let as_of = crate::conformance::check_date(&project.doc, opts.as_of)
                .or(used.model.doc().valid_from);
            let (model, fw) = (&used.model, &used.framework);
            let d = Diagram::new_as_of(model, fw, Some(&project.doc), opts.lang, as_of);
            self.diagrams.push(Some(d.to_svg()));
        }
        self.reports.push(report);
        Ok(())
    }

    /// Records an input that could not be read, its message in `lang`.
    pub fn unreadable(&mut self, source_name: &str, error: &Error, lang: Lang) {
        self.unreadable.push(InputError {
            file: source_name.to_string(),
            code: error.code().to_string(),
            message: error.message(lang),
        });
    }

    /// Renders the batch: the reports, the unreadable inputs in the summary, the diagrams in HTML.
    pub fn render(&self, format: Format, lang: Lang, color: bool) -> String {
        let opts = RenderOptions::new(lang)
            .color(color)
            .unreadable(&self.unreadable)
            .diagrams(&self.diagrams);
        render_with(&self.reports, format, &opts)
    }
}
