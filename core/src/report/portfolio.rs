//! A portfolio: the summary table that opens a check of several proposals (id, name, owner,
//! budget, level, errors, items to review), with the inputs that could not be read listed as
//! errors. Text, Markdown and HTML print it first; `to_csv` prints it alone; `to_portfolio_json`
//! gives the reports with the same summary.

use super::{Level, Report};
use crate::i18n::{Args, Lang};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One row of the summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct PortfolioRow {
    /// The project id, or the file name of an input that could not be read.
    pub id: String,
    /// The project's name, or empty for an unreadable input.
    pub name: String,
    /// The owner agency's name, else its id.
    pub owner: Option<String>,
    /// The budget in VND.
    pub budget_vnd: Option<u64>,
    /// The level (its stable id on the wire); `null` for an input that could not be read.
    pub level: Option<Level>,
    /// Failed findings of severity error ("không đạt"); for a report with input problems
    /// (`not-assessed`), its input problems. As [`super::Tally`] counts them.
    pub errors: usize,
    /// Items the appraiser has to look at ("cần làm rõ"): findings under review, waived ones
    /// awaiting acceptance, failed warnings; 0 for a report with input problems, which gives no
    /// verdict. As [`super::Tally`] counts them.
    pub review: usize,
    /// For an input that could not be read: its error code and message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<InputError>,
}

/// An input of a batch that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct InputError {
    /// The input's name.
    pub file: String,
    /// The stable error code (`parse`, `encoding`, `schema`, `limit`, `io`, ...).
    pub code: String,
    /// The error message in the batch's language.
    pub message: String,
}

/// A report's (failed, to review) counts as the tally defines them ([`super::Tally`]): for a
/// report with input problems, (its input problems, 0).
fn tally(r: &Report) -> (usize, usize) {
    let t = super::Tally::of(r);
    if t.assessed {
        (t.failed, t.to_review)
    } else {
        (t.input_problems, 0)
    }
}

/// The summary rows of `reports` (in their order), then one per unreadable input.
pub fn summary(reports: &[Report], errors: &[InputError], lang: Lang) -> Vec<PortfolioRow> {
    let mut rows: Vec<PortfolioRow> = reports
        .iter()
        .map(|r| {
            let s = r.summary.as_ref();
            let owner = s.and_then(|s| match (&s.owner_name, &s.owner) {
                (Some(n), _) => Some(n.get(lang).to_string()),
                (None, o) => o.clone(),
            });
            PortfolioRow {
                id: r.subject.id.clone(),
                name: r.subject.name.get(lang).to_string(),
                owner,
                budget_vnd: s.and_then(|s| s.budget_vnd),
                level: r.level,
                errors: tally(r).0,
                review: tally(r).1,
                error: None,
            }
        })
        .collect();
    rows.extend(errors.iter().map(|e| PortfolioRow {
        id: e.file.clone(),
        name: String::new(),
        owner: None,
        budget_vnd: None,
        level: None,
        errors: 1,
        review: 0,
        error: Some(e.clone()),
    }));
    rows
}

/// The column headers, in the order of [`cells`].
pub(crate) fn headers(lang: Lang) -> [std::borrow::Cow<'static, str>; 7] {
    [
        "portfolio.id",
        "portfolio.name",
        "portfolio.owner",
        "portfolio.budget",
        "portfolio.level",
        "portfolio.errors",
        "portfolio.review",
    ]
    .map(|k| crate::labels::ui(k, lang))
}

/// A row's cells as a person reads them.
pub(crate) fn cells(row: &PortfolioRow, lang: Lang) -> [String; 7] {
    let level = match (&row.level, &row.error) {
        (Some(l), _) => l.display(lang),
        (None, Some(e)) => crate::labels::ui_with(
            "portfolio.unreadable",
            lang,
            &[("code", &e.code), ("message", &e.message)],
        ),
        (None, None) => String::new(),
    };
    let mut cells = [
        row.id.clone(),
        row.name.clone(),
        row.owner.clone().unwrap_or_default(),
        row.budget_vnd
            .map(|b| crate::i18n::group_digits(b, lang))
            .unwrap_or_default(),
        level,
        row.errors.to_string(),
        row.review.to_string(),
    ];
    // A report with input problems gives no verdict: its errors are the document's, and nothing
    // is counted for review.
    if row.level == Some(Level::NotAssessed) {
        let args = Args::new()
            .with("level", cells[4].as_str())
            .with("problems", row.errors);
        cells[4] = crate::labels::say("portfolio.not-assessed", &args)
            .get(lang)
            .to_string();
        cells[5] = "—".into();
        cells[6] = "—".into();
    }
    cells
}

/// The summary as CSV (RFC 4180: fields with a comma, quote or line break are quoted), with a
/// header line; UTF-8 without a BOM.
pub fn to_csv(reports: &[Report], errors: &[InputError], lang: Lang) -> String {
    let field = |s: &str| {
        if s.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_string()
        }
    };
    let mut out = String::new();
    let line = |cells: &[String]| cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(",");
    out.push_str(&line(&headers(lang).map(|h| h.into_owned())));
    out.push_str("\r\n");
    for row in summary(reports, errors, lang) {
        out.push_str(&line(&cells(&row, lang)));
        out.push_str("\r\n");
    }
    out
}

/// The portfolio as a JSON document: `{"kientruc": "portfolio/1", "summary": [...], "reports":
/// [...], "errors": [...]}`.
pub fn to_portfolio_json(reports: &[Report], errors: &[InputError], lang: Lang) -> String {
    let doc = serde_json::json!({
        "kientruc": "portfolio/1",
        "summary": summary(reports, errors, lang),
        "reports": reports,
        "errors": errors,
    });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}

/// The summary as a plain-text table, columns padded to their widest cell.
pub(crate) fn text_table(reports: &[Report], errors: &[InputError], lang: Lang) -> String {
    let rows: Vec<[String; 7]> = std::iter::once(headers(lang).map(|h| h.into_owned()))
        .chain(
            summary(reports, errors, lang)
                .iter()
                .map(|r| cells(r, lang)),
        )
        .collect();
    let mut width = [0usize; 7];
    for r in &rows {
        for (w, c) in width.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let mut s = String::new();
    for (i, r) in rows.iter().enumerate() {
        let line: Vec<String> = r
            .iter()
            .zip(width)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
            .collect();
        s.push_str(line.join("  ").trim_end());
        s.push('\n');
        if i == 0 {
            let rule: Vec<String> = width.iter().map(|w| "-".repeat(*w)).collect();
            s.push_str(&rule.join("  "));
            s.push('\n');
        }
    }
    s
}
