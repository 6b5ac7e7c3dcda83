//! What the appraisal dossier renderers (Markdown, HTML) share: labels, the project summary, the
//! findings grouped under the checklist items, and the closing paragraph.

use super::checklist::item_of;
use super::{Finding, Level, Report};
use crate::i18n::{Lang, Text};

/// The disclaimer every dossier carries.
pub(super) fn disclaimer(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "Kết quả kiểm tra tự động, hỗ trợ — không thay thế ý kiến thẩm định.",
        Lang::En => "Automated, supporting check — it does not replace the appraisal opinion.",
    }
}

pub(super) fn title(report: &Report, lang: Lang) -> &'static str {
    match (report.level.is_some(), lang) {
        (true, Lang::Vi) => "Báo cáo kiểm tra sự tuân thủ Kiến trúc",
        (true, Lang::En) => "Architecture conformance report",
        (false, Lang::Vi) => "Báo cáo kiểm tra mô hình kiến trúc",
        (false, Lang::En) => "Architecture model validation report",
    }
}

/// A label in the report's language.
pub(super) fn l(lang: Lang, vi: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

/// (label, value) rows of the project summary.
pub(super) fn summary(report: &Report, lang: Lang) -> Vec<(&'static str, String)> {
    let mut rows = vec![(
        l(lang, "Dự án", "Project"),
        format!("{} ({})", report.subject.name.get(lang), report.subject.id),
    )];
    if let Some(s) = &report.summary {
        let dash = || "—".to_string();
        let owner = match (&s.owner_name, &s.owner) {
            (Some(n), Some(o)) => format!("{} ({o})", n.get(lang)),
            (None, Some(o)) => o.clone(),
            _ => dash(),
        };
        rows.push((l(lang, "Chủ quản", "Owner"), owner));
        rows.push((
            l(lang, "Chủ đầu tư", "Investor"),
            s.investor.clone().unwrap_or_else(dash),
        ));
        rows.push((
            l(lang, "Giai đoạn hồ sơ", "Stage"),
            s.stage.clone().unwrap_or_else(dash),
        ));
        rows.push((
            l(lang, "Nhóm dự án", "Project group"),
            s.group.clone().unwrap_or_else(dash),
        ));
        rows.push((
            l(lang, "Nguồn vốn", "Funding"),
            s.funding.clone().unwrap_or_else(dash),
        ));
        rows.push((
            l(lang, "Tổng mức đầu tư", "Budget"),
            s.budget_vnd
                .map(|b| format!("{} VNĐ", crate::i18n::group_digits(b, lang)))
                .unwrap_or_else(dash),
        ));
        rows.push((
            l(lang, "Thời gian thực hiện", "Phase"),
            s.phase
                .map(|p| format!("{}–{}", p.start, p.end))
                .unwrap_or_else(dash),
        ));
    }
    if let Some(b) = &report.baseline {
        rows.push((l(lang, "Kiến trúc đối chiếu", "Baseline"), b.id.clone()));
    }
    rows.push((
        l(lang, "Khung kiến trúc", "Framework"),
        report.framework.clone(),
    ));
    if let Some(d) = report.as_of {
        rows.push((l(lang, "Ngày kiểm tra", "As of"), d.to_string()));
    }
    if let Some(r) = &report.regime {
        let full = report
            .regime_name
            .as_ref()
            .map(|n| format!(" — {}", n.get(lang)))
            .unwrap_or_default();
        rows.push((
            l(lang, "Chế độ pháp lý", "Legal regime"),
            format!("{r}{full}"),
        ));
    }
    for n in &report.regime_notes {
        rows.push((
            l(lang, "Chuyển tiếp", "Transition"),
            n.get(lang).to_string(),
        ));
    }
    if let Some(c) = &report.baseline_choice {
        rows.push((
            l(lang, "Chọn Kiến trúc đối chiếu", "Baseline chosen"),
            c.get(lang).to_string(),
        ));
    }
    rows
}

/// Findings grouped under the checklist items, in checklist order; findings of rules outside the
/// checklist (format rules, rule packs) come last under "other".
pub(super) fn groups(report: &Report) -> Vec<(Text, Vec<&Finding>)> {
    let mut out: Vec<(String, Text, Vec<&Finding>)> = report
        .checklist
        .iter()
        .map(|c| (c.id.clone(), c.title.clone(), Vec::new()))
        .collect();
    let mut other = Vec::new();
    let mut accepted = Vec::new();
    for f in &report.findings {
        if f.outcome == super::Outcome::Accepted {
            accepted.push(f);
            continue;
        }
        match item_of(&f.rule).and_then(|(id, _)| out.iter_mut().find(|(i, _, _)| i == id)) {
            Some((_, _, v)) => v.push(f),
            None => other.push(f),
        }
    }
    let mut groups: Vec<(Text, Vec<&Finding>)> = out
        .into_iter()
        .filter(|(_, _, v)| !v.is_empty())
        .map(|(_, t, v)| (t, v))
        .collect();
    if !other.is_empty() {
        groups.push((Text::new("Nội dung khác", "Other"), other));
    }
    if !accepted.is_empty() {
        groups.push((
            Text::new(
                "Nội dung đã được chấp nhận giải trình",
                "Justifications accepted by the appraiser",
            ),
            accepted,
        ));
    }
    groups
}

/// The justification of a waived finding, as the dossier prints it after the message: the
/// proposal's reason, and who accepted it and when, or that it awaits the appraiser.
pub(crate) fn waiver_note(f: &Finding, lang: Lang) -> Option<String> {
    let w = f.waiver.as_ref()?;
    Some(match (&w.accepted, lang) {
        (Some(a), Lang::Vi) => format!(
            "Giải trình: “{}” — đã được {} chấp nhận ngày {}{}",
            w.reason,
            a.by,
            a.date.vi(),
            a.note
                .as_ref()
                .map(|n| format!(" ({n})"))
                .unwrap_or_default()
        ),
        (Some(a), Lang::En) => format!(
            "Justification: “{}” — accepted by {} on {}{}",
            w.reason,
            a.by,
            a.date,
            a.note
                .as_ref()
                .map(|n| format!(" ({n})"))
                .unwrap_or_default()
        ),
        (None, Lang::Vi) => format!(
            "Giải trình: “{}” — cần thẩm định giải trình (nội dung gốc: {})",
            w.reason,
            w.outcome.label().vi
        ),
        (None, Lang::En) => format!(
            "Justification: “{}” — the appraiser has to assess it (originally: {})",
            w.reason,
            w.outcome.label().en
        ),
    })
}

/// A finding's message with its justification, if any.
pub(crate) fn message_with_waiver(f: &Finding, lang: Lang) -> String {
    match waiver_note(f, lang) {
        Some(n) => format!("{} {n}", f.message.get(lang)),
        None => f.message.get(lang).to_string(),
    }
}

/// The paragraph an appraiser can paste into the appraisal opinion.
pub(super) fn closing(report: &Report, lang: Lang) -> String {
    let c = &report.counts;
    let level = report.level.as_deref().and_then(Level::from_id);
    let baseline = report
        .baseline
        .as_ref()
        .map(|b| b.id.as_str())
        .unwrap_or(report.framework.as_str());
    let name = report.subject.name.get(lang);
    let fails = report
        .findings
        .iter()
        .filter(|f| f.outcome == super::Outcome::Fail && f.severity != super::Severity::Info)
        .count();
    let reviews = report
        .findings
        .iter()
        .filter(|f| f.outcome == super::Outcome::Review)
        .count();
    match (level, lang) {
        (Some(level), Lang::Vi) => {
            let action = match level {
                Level::NotAssessed => {
                    "sửa các lỗi của hồ sơ nêu trên để có thể đánh giá sự tuân thủ Kiến trúc"
                }
                Level::NonConformant => {
                    "điều chỉnh các nội dung không đạt nêu trên trước khi trình thẩm định"
                }
                Level::Irrelevant => {
                    "làm rõ sự phù hợp của dự án với Kiến trúc, hoặc bổ sung các thành phần vào Kiến trúc"
                }
                Level::FullyConformant | Level::Conformant => {
                    "tiếp tục hoàn thiện hồ sơ theo quy định"
                }
                Level::Compliant | Level::Consistent => {
                    "bổ sung thông tin, giải trình các nội dung cần làm rõ"
                }
            };
            format!(
                "Đối chiếu với Kiến trúc {baseline} (ngày kiểm tra {}), dự án «{name}» được đánh giá ở mức «{}»: {fails} nội dung không đạt, {reviews} nội dung cần làm rõ, {} thành phần ngoài Kiến trúc, {} nội dung đã giải trình. Đề nghị chủ đầu tư {action}.",
                report.as_of.map(|d| d.to_string()).unwrap_or_default(),
                level.display(lang),
                c.extras,
                c.waived
            )
        }
        (Some(level), Lang::En) => {
            let action = match level {
                Level::NotAssessed => {
                    "correct the document's problems above so that its conformance can be assessed"
                }
                Level::NonConformant => {
                    "correct the failed items above before submitting the project for appraisal"
                }
                Level::Irrelevant => {
                    "explain how the project relates to the architecture, or add its components to the architecture"
                }
                Level::FullyConformant | Level::Conformant => "complete the dossier as required",
                Level::Compliant | Level::Consistent => {
                    "supply the missing information and justify the items under review"
                }
            };
            format!(
                "Checked against the architecture {baseline} (as of {}), the project \"{name}\" is {}: {fails} failed items, {reviews} items to review, {} components outside the architecture, {} items justified. The investor is asked to {action}.",
                report.as_of.map(|d| d.to_string()).unwrap_or_default(),
                level.display(lang),
                c.extras,
                c.waived
            )
        }
        (None, _) => {
            let errors = c.error;
            match lang {
                Lang::Vi => format!("Mô hình «{name}» có {errors} lỗi, {} cảnh báo.", c.warning),
                Lang::En => format!(
                    "The model \"{name}\" has {errors} errors and {} warnings.",
                    c.warning
                ),
            }
        }
    }
}
