//! The Markdown renderer for appraisal dossiers.

use super::Report;
use super::dossier::{closing, disclaimer, groups, l, message_with_waiver, summary, title};
use crate::i18n::Lang;
use std::fmt::Write;

/// Escapes user-provided text for Markdown (CommonMark, with GFM tables): every ASCII punctuation
/// character that could start markup is backslash-escaped (`\\`, `` ` ``, `*`, `_`, `[`, `]`, `<`,
/// `>`, `&`, `!`, `|`, `~`), `#` too (a heading at the start of a line), and line breaks become
/// spaces, so that the text stays in its table cell, list item or paragraph and renders as written.
pub(crate) fn cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut last_space = false;
    for c in s.chars() {
        match c {
            '\r' | '\n' => {
                if !last_space {
                    out.push(' ');
                }
                last_space = true;
                continue;
            }
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '!' | '|' | '~' | '#' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
        last_space = c == ' ';
    }
    out
}

/// A code span holding `s` literally: the fence is one backtick longer than the longest run of
/// backticks in `s` (padded with spaces when `s` starts or ends with one); line breaks become
/// spaces and `|` is escaped, which GFM tables require even inside code spans.
pub(crate) fn code(s: &str) -> String {
    let s = s.replace(['\r', '\n'], " ").replace('|', "\\|");
    let mut longest = 0;
    let mut run = 0;
    for c in s.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    let pad = if s.starts_with('`') || s.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{s}{pad}{fence}")
}

/// Renders several reports as one Markdown document: the portfolio summary first (when there is
/// more than one input), then each report.
pub fn to_markdown_many(
    reports: &[Report],
    errors: &[super::portfolio::InputError],
    lang: Lang,
) -> String {
    let mut s = String::new();
    if reports.len() + errors.len() > 1 {
        let _ = writeln!(
            s,
            "# {}
",
            l(lang, "portfolio.title")
        );
        let h = super::portfolio::headers(lang);
        let _ = writeln!(s, "| {} |", h.join(" | "));
        let _ = writeln!(s, "|{}", "---|".repeat(h.len()));
        for row in super::portfolio::summary(reports, errors, lang) {
            let c = super::portfolio::cells(&row, lang).map(|c| cell(&c));
            let _ = writeln!(s, "| {} |", c.join(" | "));
        }
        s.push_str("\n---\n\n");
    }
    let parts: Vec<String> = reports.iter().map(|r| to_markdown(r, lang)).collect();
    s.push_str(&parts.join("\n---\n\n"));
    s
}

/// Renders a report as Markdown.
pub fn to_markdown(report: &Report, lang: Lang) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# {}\n", title(report, lang));
    let _ = writeln!(s, "| | |\n|---|---|");
    for (k, v) in summary(report, lang) {
        let _ = writeln!(s, "| {k} | {} |", cell(&v));
    }
    if let Some(level) = report.level {
        let id = match lang {
            Lang::Vi => String::new(),
            Lang::En => format!(" (`{}`)", level.id()),
        };
        let _ = writeln!(
            s,
            "\n**{}: {}**{id}",
            l(lang, "report.compliance-level"),
            level.display(lang),
        );
    }
    if !report.checklist.is_empty() {
        let _ = writeln!(s, "\n## {}\n", l(lang, "report.checklist"));
        let _ = writeln!(
            s,
            "| {} | {} | {} |\n|---|---|---|",
            l(lang, "report.checklist.item"),
            l(lang, "report.outcome"),
            l(lang, "report.checklist.rules")
        );
        for c in &report.checklist {
            let _ = writeln!(
                s,
                "| {} | {} | {} |",
                cell(c.title.get(lang)),
                super::dossier::item_label(report, c.outcome).get(lang),
                cell(&super::dossier::shown_rules(&c.rules, lang))
            );
        }
    }
    let _ = writeln!(s, "\n## {}\n", l(lang, "report.findings"));
    if report.findings.is_empty() {
        let _ = writeln!(s, "{}", l(lang, "report.no-findings"));
    }
    for (group, findings) in groups(report) {
        let _ = writeln!(s, "### {}\n", group.get(lang));
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} | {} | {} |\n|---|---|---|---|---|---|---|",
            l(lang, "report.findings.rule"),
            l(lang, "report.findings.severity"),
            l(lang, "report.outcome"),
            l(lang, "report.findings.subject"),
            l(lang, "report.findings.message"),
            l(lang, "report.basis"),
            l(lang, "report.suggestion")
        );
        for f in findings {
            let _ = writeln!(
                s,
                "| {} | {} | {} | {} | {} | {} | {} |",
                cell(&super::dossier::shown_rule(&f.rule, lang)),
                f.severity.label().get(lang),
                super::dossier::outcome_label(f).get(lang),
                code(&super::dossier::shown_subject(&f.subject, lang)),
                cell(&message_with_waiver(f, lang)),
                cell(&f.basis.display_in(lang)),
                cell(f.suggestion.get(lang))
            );
        }
        s.push('\n');
    }
    let excused = [
        (&report.waived, l(lang, "report.waivers")),
        (&report.suppressed, l(lang, "report.suppressed")),
    ];
    for (list, heading) in excused {
        if list.is_empty() {
            continue;
        }
        let _ = writeln!(s, "## {heading}\n");
        for w in list {
            let _ = writeln!(
                s,
                "- {} {}: {}",
                cell(&w.rule),
                code(&w.subject),
                cell(&w.reason)
            );
        }
        s.push('\n');
    }
    let _ = writeln!(
        s,
        "## {}\n\n{}\n",
        l(lang, "report.conclusion"),
        cell(&closing(report, lang))
    );
    let _ = writeln!(s, "_{}_", disclaimer(lang));
    s
}
