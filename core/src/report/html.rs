//! The HTML renderer: one self-contained, printable page for an appraisal dossier. No external
//! stylesheet, script, font or image: the page opens with no network.

use super::dossier::{closing, disclaimer, groups, l, summary, title};
use super::{Level, Outcome, Report, Severity};
use crate::i18n::Lang;
use std::fmt::Write;

use crate::text::escape_markup as esc;

const STYLE: &str = "body{font-family:\"Times New Roman\",Times,serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111;line-height:1.4}\
h1{font-size:1.5rem;text-align:center;text-transform:uppercase}h2{font-size:1.2rem;border-bottom:1px solid #999;margin-top:1.5rem}h3{font-size:1.05rem}\
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #999;padding:.3rem .4rem;vertical-align:top;text-align:left;font-size:.92rem}\
th{background:#eee}.level{font-size:1.15rem;font-weight:bold;padding:.5rem;border:2px solid #333;margin:1rem 0}\
.fail{color:#a00}.review{color:#8a5a00}.pass{color:#060}.not-applicable{color:#555}code{font-family:monospace;font-size:.9em}\
.note{font-style:italic;margin-top:2rem;border-top:1px solid #999;padding-top:.5rem}\
.diagram{overflow-x:auto}.diagram svg{max-width:100%;height:auto}\
@media print{body{margin:0;max-width:none}h2{page-break-after:avoid}tr{page-break-inside:avoid}}";

fn outcome_class(o: Outcome) -> &'static str {
    o.as_str()
}

/// Renders a report as a self-contained HTML page.
pub fn to_html(report: &Report, lang: Lang) -> String {
    to_html_many(std::slice::from_ref(report), lang)
}

/// Renders several reports as one page, each starting on a new printed page.
pub fn to_html_many(reports: &[Report], lang: Lang) -> String {
    to_html_portfolio(reports, &[], lang)
}

/// [`to_html_many`] with the inputs that could not be read; with more than one input the page
/// opens with the portfolio summary table.
pub fn to_html_portfolio(
    reports: &[Report],
    errors: &[super::portfolio::InputError],
    lang: Lang,
) -> String {
    to_html_with_diagrams(reports, errors, &[], lang)
}

/// [`to_html_portfolio`] with the overall diagram of each report: `diagrams[i]` is an SVG image
/// (e.g. [`crate::diagram::Diagram::to_svg`] of the baseline with the project drawn in), inlined
/// in a section "Sơ đồ tổng thể" of report `i`; a missing or `None` entry leaves the section out.
/// The SVG is trusted as given: pass only what the diagram module renders.
pub fn to_html_with_diagrams(
    reports: &[Report],
    errors: &[super::portfolio::InputError],
    diagrams: &[Option<String>],
    lang: Lang,
) -> String {
    let mut s = String::new();
    let page_title = match reports {
        [one] => format!("{} — {}", title(one, lang), one.subject.name.get(lang)),
        _ => l(lang, "report.title.many").to_string(),
    };
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        lang.as_str(),
        esc(&page_title),
    );
    let portfolio = reports.len() + errors.len() > 1;
    if portfolio {
        let _ = writeln!(
            s,
            "<section class=\"portfolio\">\n<h1>{}</h1>\n<table class=\"portfolio\">\n<tr>{}</tr>",
            esc(&l(lang, "portfolio.title")),
            super::portfolio::headers(lang)
                .iter()
                .map(|h| format!("<th scope=\"col\">{}</th>", esc(h)))
                .collect::<String>()
        );
        for row in super::portfolio::summary(reports, errors, lang) {
            let cells = super::portfolio::cells(&row, lang);
            let _ = writeln!(
                s,
                "<tr data-level=\"{}\">{}</tr>",
                esc(row.level.map_or("unreadable", Level::id)),
                cells
                    .iter()
                    .map(|c| format!("<td>{}</td>", esc(c)))
                    .collect::<String>()
            );
        }
        s.push_str("</table>\n</section>\n");
    }
    for (i, report) in reports.iter().enumerate() {
        if i > 0 || portfolio {
            s.push_str("<hr style=\"page-break-before:always\">\n");
        }
        let diagram = diagrams.get(i).and_then(|d| d.as_deref());
        section(&mut s, report, diagram, lang);
    }
    s.push_str("</body>\n</html>\n");
    s
}

fn section(s: &mut String, report: &Report, diagram: Option<&str>, lang: Lang) {
    let t = title(report, lang);
    let _ = writeln!(
        s,
        "<section class=\"report\" data-subject=\"{}\">\n<h1>{}</h1>",
        esc(&report.subject.id),
        esc(&t)
    );
    s.push_str("<table class=\"summary\">\n");
    for (k, v) in summary(report, lang) {
        let _ = writeln!(
            s,
            "<tr><th scope=\"row\">{}</th><td>{}</td></tr>",
            esc(&k),
            esc(&v)
        );
    }
    s.push_str("</table>\n");
    if let Some(level) = report.level {
        let _ = writeln!(
            s,
            "<p class=\"level\" data-level=\"{}\">{}: {}</p>",
            level.id(),
            esc(&l(lang, "report.compliance-level")),
            esc(&level.display(lang))
        );
    }
    if !report.checklist.is_empty() {
        let _ = writeln!(
            s,
            "<h2>{}</h2>\n<table>\n<tr><th>{}</th><th>{}</th><th>{}</th></tr>",
            esc(&l(lang, "report.checklist")),
            esc(&l(lang, "report.checklist.item")),
            esc(&l(lang, "report.outcome")),
            esc(&l(lang, "report.checklist.rules"))
        );
        for c in &report.checklist {
            let _ = writeln!(
                s,
                "<tr><td>{}</td><td class=\"{}\">{}</td><td>{}</td></tr>",
                esc(c.title.get(lang)),
                outcome_class(c.outcome),
                esc(super::dossier::item_label(report, c.outcome).get(lang)),
                esc(&super::dossier::shown_rules(&c.rules, lang))
            );
        }
        s.push_str("</table>\n");
    }
    let _ = writeln!(s, "<h2>{}</h2>", esc(&l(lang, "report.findings")));
    if report.findings.is_empty() {
        let _ = writeln!(s, "<p>{}</p>", esc(&l(lang, "report.no-findings")));
    }
    for (group, findings) in groups(report) {
        let _ = writeln!(
            s,
            "<h3>{}</h3>\n<table>\n<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
            esc(group.get(lang)),
            esc(&l(lang, "report.findings.rule")),
            esc(&l(lang, "report.findings.severity")),
            esc(&l(lang, "report.findings.subject")),
            esc(&l(lang, "report.findings.message")),
            esc(&l(lang, "report.basis")),
            esc(&l(lang, "report.suggestion"))
        );
        for f in findings {
            let class = if f.severity == Severity::Info {
                "not-applicable"
            } else {
                outcome_class(f.outcome)
            };
            let _ = writeln!(
                s,
                "<tr class=\"finding\" data-rule=\"{}\"><td>{}</td><td class=\"{class}\">{} · {}</td><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&f.rule),
                esc(&super::dossier::shown_rule(&f.rule, lang)),
                esc(f.severity.label().get(lang)),
                esc(super::dossier::outcome_label(f).get(lang)),
                esc(&super::dossier::shown_subject(&f.subject, lang)),
                esc(&super::dossier::message_with_waiver(f, lang)),
                esc(&f.basis.display_in(lang)),
                esc(f.suggestion.get(lang))
            );
        }
        s.push_str("</table>\n");
    }
    for (list, heading) in [
        (&report.waived, "report.waivers"),
        (&report.suppressed, "report.suppressed"),
    ] {
        if list.is_empty() {
            continue;
        }
        let _ = writeln!(s, "<h2>{}</h2>\n<ul>", esc(&l(lang, heading)));
        for w in list {
            let _ = writeln!(
                s,
                "<li>{} <code>{}</code>: {}</li>",
                esc(&w.rule),
                esc(&w.subject),
                esc(&w.reason)
            );
        }
        s.push_str("</ul>\n");
    }
    if let Some(svg) = diagram {
        let _ = writeln!(
            s,
            "<h2>{}</h2>\n<figure class=\"diagram\">\n{}</figure>",
            esc(&l(lang, "report.diagram")),
            svg.trim_start_matches(|c: char| c != '<')
        );
    }
    let _ = writeln!(
        s,
        "<h2>{}</h2>\n<p class=\"closing\">{}</p>",
        esc(&l(lang, "report.conclusion")),
        esc(&closing(report, lang))
    );
    let _ = writeln!(
        s,
        "<p class=\"note\">{}</p>\n</section>",
        esc(&disclaimer(lang))
    );
}
