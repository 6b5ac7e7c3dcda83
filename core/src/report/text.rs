//! The plain-text renderer: findings grouped by severity, colour only when asked (a terminal).

use super::{Finding, Outcome, Report, Severity};
use crate::i18n::Lang;
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
            Group::Review => f.severity != Severity::Info && f.outcome == Outcome::Review,
            Group::Info => f.severity == Severity::Info && f.outcome != Outcome::Accepted,
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
        let _ = writeln!(
            s,
            "{}\n",
            if opts.lang == Lang::Vi {
                "TỔNG HỢP KẾT QUẢ KIỂM TRA"
            } else {
                "PORTFOLIO SUMMARY"
            }
        );
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
    let vi = l == Lang::Vi;
    let mut s = String::new();
    let title = if report.level.is_some() {
        if vi {
            "Kiểm tra sự tuân thủ Kiến trúc"
        } else {
            "Architecture conformance check"
        }
    } else if vi {
        "Kiểm tra mô hình kiến trúc"
    } else {
        "Architecture model validation"
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
        meta.push(format!(
            "{}: {b}",
            if vi { "Kiến trúc" } else { "Baseline" }
        ));
    }
    meta.push(format!(
        "{}: {}",
        if vi { "Khung" } else { "Framework" },
        super::dossier::framework_title(&report.framework, l)
    ));
    if let Some(d) = report.as_of {
        meta.push(format!(
            "{}: {}",
            if vi { "Ngày áp dụng" } else { "As of" },
            super::dossier::date(d, l)
        ));
    }
    // The regime's id only when its full name is unknown; the name follows on its own line.
    if let (Some(r), None) = (&report.regime, &report.regime_name) {
        meta.push(format!(
            "{}: {r}",
            if vi {
                "Chế độ pháp lý"
            } else {
                "Legal regime"
            }
        ));
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
            if vi { "Chuyển tiếp" } else { "Transition" },
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
            if vi {
                "Mức tuân thủ"
            } else {
                "Compliance level"
            },
            level.display(l),
            if vi {
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
    for (label, colour, mark, kind) in &groups {
        let group: Vec<&Finding> = report.findings.iter().filter(|f| kind.holds(f)).collect();
        if group.is_empty() {
            continue;
        }
        let _ = writeln!(
            s,
            "\n{colour}{}{} ({}){}",
            p.bold,
            label.get(l).to_uppercase(),
            group.len(),
            p.reset
        );
        for f in group {
            let _ = writeln!(
                s,
                "  {colour}{mark}{} {} [{}] {}",
                p.reset,
                f.rule,
                f.subject,
                f.message.get(l),
            );
            let _ = writeln!(
                s,
                "      {}{}: {}{}",
                p.dim,
                if vi { "Căn cứ" } else { "Basis" },
                f.basis.display_in(l),
                p.reset
            );
            let _ = writeln!(
                s,
                "      {}: {}",
                if vi { "Đề xuất" } else { "Suggestion" },
                f.suggestion.get(l)
            );
            if let Some(note) = super::dossier::waiver_note(f, l) {
                let _ = writeln!(s, "      {note}");
            }
        }
    }
    if report.findings.is_empty() {
        let _ = writeln!(
            s,
            "\n{}",
            if vi {
                "Không có phát hiện nào."
            } else {
                "No findings."
            }
        );
    }
    let c = &report.counts;
    let _ = writeln!(
        s,
        "\n{}",
        if vi {
            format!(
                "Tổng: {} lỗi, {} cảnh báo, {} thông tin · quy tắc: {} đạt, {} không đạt, {} cần làm rõ, {} không áp dụng · {} bỏ qua có lý do, {} giải trình ({} đã được chấp nhận)",
                c.error,
                c.warning,
                c.info,
                c.pass,
                c.fail,
                c.review,
                c.not_applicable,
                c.suppressed,
                c.waived,
                c.accepted
            )
        } else {
            format!(
                "Total: {}, {}, {} · rules: {} passed, {} failed, {} to review, {} not applicable · {} suppressed, {} waived ({} accepted)",
                super::dossier::count_en(c.error, "error", "errors"),
                super::dossier::count_en(c.warning, "warning", "warnings"),
                super::dossier::count_en(c.info, "note", "notes"),
                c.pass,
                c.fail,
                c.review,
                c.not_applicable,
                c.suppressed,
                c.waived,
                c.accepted
            )
        }
    );
    s
}
