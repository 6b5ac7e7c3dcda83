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

/// The title of the framework `id` (its name and instrument), or `id` when it is not built in.
pub(crate) fn framework_title(id: &str, lang: Lang) -> String {
    use std::sync::OnceLock;
    static TITLES: OnceLock<Vec<(String, Text, crate::legal::Basis)>> = OnceLock::new();
    let titles = TITLES.get_or_init(|| {
        crate::framework::Framework::builtin_names()
            .into_iter()
            .filter_map(|n| crate::framework::Framework::builtin(n).ok())
            .map(|f| (f.id().to_string(), f.doc.name.clone(), f.doc.source.clone()))
            .collect()
    });
    titles.iter().find(|(i, _, _)| i == id).map_or_else(
        || id.to_string(),
        |(_, n, src)| crate::baseline::titled(n.get(lang), src, lang),
    )
}

/// The title of the baseline a report was made against (its name and instrument), or its id
/// when it is not a known architecture.
pub(crate) fn baseline_title(report: &Report, lang: Lang) -> Option<String> {
    report
        .baseline
        .as_ref()
        .map(|b| crate::baseline::title_of(&b.id, lang))
}

/// The label of value `id` of vocabulary `vocab` in `lang` (the label table), or `id` itself.
pub(crate) fn vocab_label(vocab: &str, id: &str, lang: Lang) -> String {
    crate::labels::value(vocab, id).map_or_else(|| id.to_string(), |v| v.get(lang).to_string())
}

/// The legal regime in full, without its heading ("Căn cứ pháp lý áp dụng: ").
pub(crate) fn regime_text(report: &Report, lang: Lang) -> Option<String> {
    let n = report.regime_name.as_ref()?.get(lang);
    let n = n
        .strip_prefix("Căn cứ pháp lý áp dụng: ")
        .or_else(|| n.split_once(": ").map(|(_, r)| r))
        .unwrap_or(n);
    Some(n.to_string())
}

/// A date in the report's language: dd/mm/yyyy in Vietnamese.
pub(crate) fn date(d: crate::date::Date, lang: Lang) -> String {
    match lang {
        Lang::Vi => d.vi(),
        Lang::En => d.to_string(),
    }
}

/// "1 item", "2 items": an English count with its noun.
pub(crate) fn count_en(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
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
            s.stage
                .as_deref()
                .map(|v| vocab_label("stage", v, lang))
                .unwrap_or_else(dash),
        ));
        rows.push((
            l(lang, "Nhóm dự án", "Project group"),
            s.group
                .as_deref()
                .map(|v| vocab_label("investment group", v, lang))
                .unwrap_or_else(dash),
        ));
        rows.push((
            l(lang, "Nguồn vốn", "Funding"),
            s.funding
                .as_deref()
                .map(|v| vocab_label("funding", v, lang))
                .unwrap_or_else(dash),
        ));
        // Regular expenditure is spent on an estimate (dự toán), not an investment total.
        let budget = if s.funding.as_deref() == Some("regular-expenditure") {
            l(lang, "Dự toán", "Cost estimate")
        } else {
            l(lang, "Tổng mức đầu tư", "Total investment")
        };
        rows.push((
            budget,
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
    if let Some(b) = baseline_title(report, lang) {
        rows.push((l(lang, "Kiến trúc đối chiếu", "Baseline"), b));
    }
    rows.push((
        l(lang, "Khung kiến trúc", "Framework"),
        framework_title(&report.framework, lang),
    ));
    if let Some(d) = report.as_of {
        rows.push((l(lang, "Ngày kiểm tra", "As of"), date(d, lang)));
    }
    match (regime_text(report, lang), &report.regime) {
        (Some(full), _) => rows.push((
            l(lang, "Căn cứ pháp lý áp dụng", "Legal basis applied"),
            full,
        )),
        (None, Some(r)) => rows.push((l(lang, "Chế độ pháp lý", "Legal regime"), r.clone())),
        (None, None) => {}
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
    let level = report.level;
    let baseline =
        baseline_title(report, lang).unwrap_or_else(|| framework_title(&report.framework, lang));
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
                "Đối chiếu với {baseline}, tại ngày kiểm tra {}, dự án “{name}” được đánh giá ở mức “{}”: {fails} nội dung không đạt, {reviews} nội dung cần làm rõ, {} thành phần ngoài Kiến trúc, {} nội dung đã giải trình. Đề nghị chủ đầu tư {action}.",
                report.as_of.map(|d| d.vi()).unwrap_or_default(),
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
                "Checked against the {baseline}, as of {}, the project \"{name}\" is {}: {}, {}, {} outside the architecture, {} justified. The investor is asked to {action}.",
                report.as_of.map(|d| d.to_string()).unwrap_or_default(),
                level.display(lang),
                count_en(fails, "failed item", "failed items"),
                count_en(reviews, "item to review", "items to review"),
                count_en(c.extras, "component", "components"),
                count_en(c.waived, "item", "items")
            )
        }
        (None, _) => {
            let errors = c.error;
            match lang {
                Lang::Vi => format!("Mô hình “{name}” có {errors} lỗi, {} cảnh báo.", c.warning),
                Lang::En => format!(
                    "The model \"{name}\" has {} and {}.",
                    count_en(errors, "error", "errors"),
                    count_en(c.warning, "warning", "warnings")
                ),
            }
        }
    }
}
