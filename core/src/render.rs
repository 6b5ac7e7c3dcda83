//! One entry point for every report format: [`render`] picks the renderer, so that no face
//! dispatches formats itself. One report or several: several open with the portfolio summary
//! (text, Markdown, HTML), JSON becomes a `portfolio/1` document, CSV is the summary table alone.

use crate::error::Error;
use crate::i18n::Lang;
use crate::report::{self, InputError, Report, TextOptions};
use std::fmt;

/// A report format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// Plain text for a person to read (optionally with ANSI colour).
    Text,
    /// `report/1` JSON for one report; `portfolio/1` for several or with unreadable inputs.
    Json,
    /// SARIF 2.1.0, one run per report.
    Sarif,
    /// Markdown.
    Markdown,
    /// A self-contained HTML page (the appraisal annex).
    Html,
    /// The portfolio summary table alone (RFC 4180, header line).
    Csv,
}

impl Format {
    /// Every format, in the order the CLI lists them.
    pub const ALL: [Format; 6] = [
        Format::Text,
        Format::Json,
        Format::Csv,
        Format::Sarif,
        Format::Markdown,
        Format::Html,
    ];

    /// The format's stable id: `text`, `json`, `sarif`, `md`, `html`, `csv`.
    pub fn id(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Json => "json",
            Format::Sarif => "sarif",
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Csv => "csv",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// A format's id (`markdown` is accepted for `md`; case ignored); anything else is an
/// [`Error::Argument`] named `format`.
impl std::str::FromStr for Format {
    type Err = Error;
    fn from_str(s: &str) -> Result<Format, Error> {
        let s = s.trim().to_ascii_lowercase();
        if s == "markdown" {
            return Ok(Format::Markdown);
        }
        Format::ALL
            .into_iter()
            .find(|f| f.id() == s)
            .ok_or_else(|| {
                let ids: Vec<&str> = Format::ALL.iter().map(|f| f.id()).collect();
                let ids = ids.join(", ");
                Error::argument(
                    "format",
                    format!("không có định dạng “{s}”; các định dạng: {ids}"),
                    format!("unknown format '{s}'; formats: {ids}"),
                )
            })
    }
}

/// What a rendering needs beyond the reports: the language, colour, the inputs that could not be
/// read (listed in the summary) and the overall diagrams the HTML page embeds (one per report, in
/// order; see [`crate::api::Batch`]).
#[derive(Debug, Clone, Copy, Default)]
#[non_exhaustive]
pub struct RenderOptions<'a> {
    /// The language of the rendering.
    pub lang: Lang,
    /// ANSI colour in text (for a terminal).
    pub color: bool,
    /// Inputs that could not be read, listed in the summary.
    pub unreadable: &'a [InputError],
    /// SVG diagrams the HTML page embeds, one per report.
    pub diagrams: &'a [Option<String>],
}

impl<'a> RenderOptions<'a> {
    /// Renders in `lang`, without colour, unreadable inputs or diagrams.
    pub fn new(lang: Lang) -> Self {
        RenderOptions {
            lang,
            ..Self::default()
        }
    }

    /// ANSI colour in text.
    pub fn color(mut self, color: bool) -> Self {
        self.color = color;
        self
    }

    /// Lists these unreadable inputs in the summary.
    pub fn unreadable(mut self, unreadable: &'a [InputError]) -> Self {
        self.unreadable = unreadable;
        self
    }

    /// Embeds these diagrams in HTML, one per report.
    pub fn diagrams(mut self, diagrams: &'a [Option<String>]) -> Self {
        self.diagrams = diagrams;
        self
    }
}

/// Renders reports in `format` and `lang` (see the module docs for one report or several).
pub fn render(reports: &[Report], format: Format, lang: Lang) -> String {
    render_with(reports, format, &RenderOptions::new(lang))
}

/// [`render`] with colour, unreadable inputs and diagrams.
pub fn render_with(reports: &[Report], format: Format, opts: &RenderOptions<'_>) -> String {
    let (lang, errors) = (opts.lang, opts.unreadable);
    match format {
        Format::Text => report::to_text_many(
            reports,
            errors,
            TextOptions {
                lang,
                color: opts.color,
            },
        ),
        Format::Json => match reports {
            [one] if errors.is_empty() => report::to_json(one),
            _ => report::to_portfolio_json(reports, errors, lang),
        },
        Format::Sarif => report::to_sarif(reports, lang),
        Format::Markdown => report::to_markdown_many(reports, errors, lang),
        Format::Html => report::to_html_with_diagrams(reports, errors, opts.diagrams, lang),
        Format::Csv => report::to_csv(reports, errors, lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_parse_from_their_ids_and_nothing_else() {
        for f in Format::ALL {
            assert_eq!(f.id().parse::<Format>().ok(), Some(f));
            assert_eq!(f.to_string().to_uppercase().parse::<Format>().ok(), Some(f));
        }
        assert_eq!("markdown".parse::<Format>().ok(), Some(Format::Markdown));
        let e = "pdf".parse::<Format>().expect_err("no pdf");
        assert_eq!(e.code(), "argument");
        assert!(e.message(Lang::En).contains("text, json, csv"));
    }
}
