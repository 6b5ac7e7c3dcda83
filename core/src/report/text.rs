//! The plain-text renderer: findings grouped by severity, colour only when asked (a terminal).

use super::dossier::l as label;

use super::{Finding, Outcome, Report, Severity};
use crate::i18n::{Args, Lang};
use std::fmt::Write;

/// How to render text.
#[derive(Debug, Clone, Copy, Default)]
pub struct TextOptions {
    /// The language.
    pub lang: Lang,
    /// ANSI colours; the CLI sets this only when writing to a terminal.
    pub color: bool,
}

struct Palette {
    red: &'static str,
    yellow: &'static str,
    blue: &'static str,
    bold: &'static str,
    dim: &'static str,
    reset: &'static str,
}

const COLOR: Palette = Palette {
    red: "\x1b[31m",
    yellow: "\x1b[33m",
    blue: "\x1b[34m",
    bold: "\x1b[1m",
    dim: "\x1b[2m",
    reset: "\x1b[0m",
};
const PLAIN: Palette = Palette {
    red: "",
    yellow: "",
    blue: "",
    bold: "",
    dim: "",
    reset: "",
};

/// The sections of the text report.
enum Group {
    Failed(Severity),
    Review,
    Info,
    Accepted,
}

impl Group {
    fn holds(&self, f: &Finding) -> bool {
        match self {
            Group::Failed(s) => f.severity == *s && f.outcome == Outcome::Fail,
            // Everything under review is listed there, whatever its severity, as the tally
            // counts it.
            Group::Review => f.outcome == Outcome::Review,
            Group::Info => {
                f.severity == Severity::Info
                    && !matches!(f.outcome, Outcome::Accepted | Outcome::Review)
            }
            Group::Accepted => f.outcome == Outcome::Accepted,
        }
    }
}

/// Renders several reports as text: the portfolio summary table first (when there is more than one
/// input), then each report.
pub fn to_text_many(
    reports: &[Report],
    errors: &[super::portfolio::InputError],
    opts: TextOptions,
) -> String {
    let mut s = String::new();
    if reports.len() + errors.len() > 1 {
        let _ = writeln!(s, "{}\n", label(opts.lang, "portfolio.heading"));
        s.push_str(&super::portfolio::text_table(reports, errors, opts.lang));
        s.push('\n');
    }
    let parts: Vec<String> = reports.iter().map(|r| to_text(r, opts)).collect();
    s.push_str(&parts.join("\n"));
    s
}

/// Renders a report as text for a person to read.
pub fn to_text(report: &Report, opts: TextOptions) -> String {
    let l = opts.lang;
    let p = if opts.color { &COLOR } else { &PLAIN };
    let mut s = String::new();
    let title = if report.level.is_some() {
        label(l, "text.title.conformance")
    } else {
        label(l, "text.title.validation")
    };
    let _ = writeln!(
        s,
        "{}{title}: {} ({}){}",
        p.bold,
        report.subject.name.get(l),
        report.subject.id,
        p.reset
    );
    let mut meta = Vec::new();
    if let Some(b) = super::dossier::baseline_title(report, l) {
        meta.push(format!("{}: {b}", label(l, "text.baseline")));
    }
    meta.push(format!(
        "{}: {}",
        label(l, "text.framework"),
        super::dossier::framework_title(&report.framework, l)
    ));
    if let Some(d) = report.as_of {
        meta.push(format!(
            "{}: {}",
            label(l, "text.as-of"),
            super::dossier::date(d, l)
        ));
    }
    // The regime's id only when its full name is unknown; the name follows on its own line.
    if let (Some(r), None) = (&report.regime, &report.regime_name) {
        meta.push(format!("{}: {r}", label(l, "summary.regime")));
    }
    let _ = writeln!(s, "{}{}{}", p.dim, meta.join(" · "), p.reset);
    if let Some(n) = &report.regime_name {
        let _ = writeln!(s, "{}{}{}", p.dim, n.get(l), p.reset);
    }
    for n in &report.regime_notes {
        let _ = writeln!(
            s,
            "{}{}: {}{}",
            p.dim,
            label(l, "summary.transition"),
            n.get(l),
            p.reset
        );
    }
    if let Some(c) = &report.baseline_choice {
        let _ = writeln!(s, "{}{}{}", p.dim, c.get(l), p.reset);
    }
    if let Some(level) = report.level {
        let _ = writeln!(
            s,
            "{}{}: {}{}{}",
            p.bold,
            label(l, "report.compliance-level"),
            level.display(l),
            if l == Lang::Vi {
                String::new()
            } else {
                format!(" [{}]", level.id())
            },
            p.reset
        );
    }
    // Failures by severity, then everything the appraiser must look at, then information.
    let groups = [
        (
            Severity::Error.label(),
            p.red,
            "✗",
            Group::Failed(Severity::Error),
        ),
        (
            Severity::Warning.label(),
            p.yellow,
            "!",
            Group::Failed(Severity::Warning),
        ),
        (Outcome::Review.label(), p.yellow, "?", Group::Review),
        (Severity::Info.label(), p.blue, "i", Group::Info),
        (Outcome::Accepted.label(), p.blue, "✓", Group::Accepted),
    ];
    for (heading, colour, mark, kind) in &groups {
        let group: Vec<&Finding> = report.findings.iter().filter(|f| kind.holds(f)).collect();
        if group.is_empty() {
            continue;
        }
        let _ = writeln!(
            s,
            "\n{colour}{}{} ({}){}",
            p.bold,
            heading.get(l).to_uppercase(),
            group.len(),
            p.reset
        );
        for f in group {
            let _ = writeln!(
                s,
                "  {colour}{mark}{} {} [{}] {}{}",
                p.reset,
                super::dossier::shown_rule(&f.rule, l),
                super::dossier::shown_subject(&f.subject, l),
                f.message.get(l),
                super::dossier::consequence_note(f, l),
            );
            let _ = writeln!(
                s,
                "      {}{}: {}{}",
                p.dim,
                label(l, "report.basis"),
                f.basis.display_in(l),
                p.reset
            );
            let _ = writeln!(
                s,
                "      {}: {}",
                label(l, "report.suggestion"),
                f.suggestion.get(l)
            );
            if let Some(note) = super::dossier::waiver_note(f, l) {
                let _ = writeln!(s, "      {note}");
            }
        }
    }
    if report.findings.is_empty() {
        let _ = writeln!(s, "\n{}", label(l, "report.no-findings"));
    }
    let t = super::Tally::of(report);
    let c = &report.counts;
    // A model validation has no verdict to tally: its errors, warnings and notes.
    let mut first = if report.level.is_some() {
        t.findings_phrase(l)
    } else {
        let args = Args::new()
            .with("errors", c.error)
            .with("warnings", c.warning);
        crate::labels::say("tally.validation", &args)
            .get(l)
            .to_string()
    };
    if t.assessed {
        first = format!("{first}, {}", t.notes_phrase(l));
    }
    let mut parts = vec![first];
    parts.extend(t.waivers_phrase(l));
    parts.extend(t.rules_phrase(l));
    parts.extend(t.suppressed_phrase(l));
    let totals = crate::labels::say("text.totals", &Args::new().with("parts", parts.join(" · ")));
    let _ = writeln!(s, "\n{}", totals.get(l));
    s
}
