//! What the appraisal dossier renderers (Markdown, HTML) share: labels, the project summary, the
//! findings grouped under the checklist items, and the closing paragraph.

use super::checklist::item_of;
use super::{Finding, Level, Report};
use crate::i18n::{Arg, Args, Lang, Text};
use std::borrow::Cow;

/// The disclaimer every dossier carries.
pub(super) fn disclaimer(lang: Lang) -> Cow<'static, str> {
    l(lang, "report.disclaimer")
}

pub(super) fn title(report: &Report, lang: Lang) -> Cow<'static, str> {
    if report.level.is_some() {
        l(lang, "report.title.conformance")
    } else {
        l(lang, "report.title.validation")
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
        .strip_prefix(crate::regime::name_heading(lang))
        .filter(|_| !crate::regime::name_heading(lang).is_empty())
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

/// The label `key` of the label table (`core/data/labels/report.json`) in the report's language.
pub(crate) fn l(lang: Lang, key: &str) -> Cow<'static, str> {
    crate::labels::ui(key, lang)
}

/// (label, value) rows of the project summary.
pub(super) fn summary(report: &Report, lang: Lang) -> Vec<(Cow<'static, str>, String)> {
    let mut rows = vec![(
        l(lang, "summary.project"),
        format!("{} ({})", report.subject.name.get(lang), report.subject.id),
    )];
    if let Some(s) = &report.summary {
        let dash = || "—".to_string();
        let owner = match (&s.owner_name, &s.owner) {
            // An element id stays out of the summary (the name says it); an e-ID code stays,
            // as the dossier quotes it.
            (Some(n), Some(o)) if o.contains(':') => n.get(lang).to_string(),
            (Some(n), Some(o)) => format!("{} ({o})", n.get(lang)),
            (None, Some(o)) => o.clone(),
            _ => dash(),
        };
        rows.push((l(lang, "summary.owner"), owner));
        rows.push((
            l(lang, "summary.investor"),
            s.investor.clone().unwrap_or_else(dash),
        ));
        rows.push((
            l(lang, "summary.stage"),
            s.stage
                .as_deref()
                .map(|v| vocab_label("stage", v, lang))
                .unwrap_or_else(dash),
        ));
        rows.push((
            l(lang, "summary.group"),
            s.group
                .as_deref()
                .map(|v| vocab_label("investment group", v, lang))
                .unwrap_or_else(dash),
        ));
        rows.push((
            l(lang, "summary.funding"),
            s.funding
                .as_deref()
                .map(|v| vocab_label("funding", v, lang))
                .unwrap_or_else(dash),
        ));
        // Regular expenditure is spent on an estimate (dự toán), not an investment total.
        let budget = if s.funding.as_deref() == Some("regular-expenditure") {
            l(lang, "summary.estimate")
        } else {
            l(lang, "summary.investment")
        };
        rows.push((
            budget,
            s.budget_vnd
                .map(|b| format!("{} VNĐ", crate::i18n::group_digits(b, lang)))
                .unwrap_or_else(dash),
        ));
        rows.push((
            l(lang, "summary.phase"),
            s.phase
                .map(|p| p.text().get(lang).to_string())
                .unwrap_or_else(dash),
        ));
    }
    if let Some(b) = baseline_title(report, lang) {
        rows.push((l(lang, "summary.baseline"), b));
    }
    rows.push((
        l(lang, "summary.framework"),
        framework_title(&report.framework, lang),
    ));
    if let Some(d) = report.as_of {
        rows.push((l(lang, "summary.as-of"), date(d, lang)));
    }
    match (regime_text(report, lang), &report.regime) {
        (Some(full), _) => rows.push((l(lang, "summary.legal-basis"), full)),
        (None, Some(r)) => rows.push((l(lang, "summary.regime"), r.clone())),
        (None, None) => {}
    }
    for n in &report.regime_notes {
        rows.push((l(lang, "summary.transition"), n.get(lang).to_string()));
    }
    if let Some(c) = &report.baseline_choice {
        rows.push((l(lang, "summary.baseline-chosen"), c.get(lang).to_string()));
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
        // The report's own checklist says which item a rule is under (it depends on the regime).
        let item = report
            .checklist
            .iter()
            .find(|c| c.rules.contains(&f.rule))
            .map(|c| c.id.as_str())
            .or_else(|| item_of(&f.rule).map(|(id, _)| id));
        match item.and_then(|id| out.iter_mut().find(|(i, _, _)| i == id)) {
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
        groups.push((
            crate::labels::text("report.group.other").into_owned(),
            other,
        ));
    }
    if !accepted.is_empty() {
        let heading = crate::labels::text("report.group.accepted").into_owned();
        groups.push((heading, accepted));
    }
    groups
}

/// The justification of a waived finding, as the dossier prints it after the message: the
/// proposal's reason, and who accepted it and when, or that it awaits the appraiser.
pub(crate) fn waiver_note(f: &Finding, lang: Lang) -> Option<String> {
    let w = f.waiver.as_ref()?;
    let t = match &w.accepted {
        Some(a) => {
            let note: Arg<'_> = match &a.note {
                Some(n) => crate::labels::say("waiver.note", &Args::new().with("note", n)).into(),
                None => "".into(),
            };
            let args = Args::new()
                .with("reason", &w.reason)
                .with("by", &a.by)
                .with("date", a.date.text())
                .with("note", note);
            crate::labels::say("waiver.accepted", &args)
        }
        None => {
            let args = Args::new()
                .with("reason", &w.reason)
                .with("outcome", w.outcome.label());
            crate::labels::say("waiver.pending", &args)
        }
    };
    Some(match lang {
        Lang::Vi => t.vi,
        Lang::En => t.en,
    })
}

/// A finding's message with its justification, if any, and the consequence mark.
pub(crate) fn message_with_waiver(f: &Finding, lang: Lang) -> String {
    let m = format!("{}{}", f.message.get(lang), consequence_note(f, lang));
    match waiver_note(f, lang) {
        Some(n) => format!("{m} {n}"),
        None => m,
    }
}

/// " (hệ quả của lỗi hồ sơ)" after the message of a finding that may only follow from an input
/// problem of its subject (`Finding::consequence`); empty otherwise.
pub(crate) fn consequence_note(f: &Finding, lang: Lang) -> &'static str {
    match (f.consequence, lang) {
        (false, _) => "",
        (true, Lang::Vi) => " (có thể là hệ quả của lỗi hồ sơ ở cùng đối tượng)",
        (true, Lang::En) => " (may follow from the input problem of the same subject)",
    }
}

/// The outcome a dossier shows for a finding: an info finding is a note ("ghi nhận"), neither
/// passed nor failed (see `Tally`).
pub(crate) fn outcome_label(f: &Finding) -> Text {
    if f.severity == super::Severity::Info && f.outcome != super::Outcome::Review {
        crate::labels::text("outcome.noted").into_owned()
    } else {
        f.outcome.label()
    }
}

/// The outcome a dossier shows for a checklist item: none is given when the document has input
/// problems (level `not-assessed`).
pub(crate) fn item_label(report: &Report, o: super::Outcome) -> Text {
    if report.level == Some(Level::NotAssessed) {
        crate::labels::text("outcome.not-assessed").into_owned()
    } else {
        o.label()
    }
}

/// The paragraph an appraiser can paste into the appraisal opinion.
pub(super) fn closing(report: &Report, lang: Lang) -> String {
    let c = &report.counts;
    let level = report.level;
    let against = |lang| {
        baseline_title(report, lang).unwrap_or_else(|| framework_title(&report.framework, lang))
    };
    let baseline = Text::new(against(Lang::Vi), against(Lang::En));
    let name = &report.subject.name;
    let tally = super::Tally::of(report);
    let date = report.as_of.map_or_else(Text::default, |d| d.text());
    let args = match level {
        // No verdict: the paragraph names the document's problems only.
        Some(Level::NotAssessed) => {
            let args = Args::new()
                .with("baseline", baseline)
                .with("date", date)
                .with("name", name)
                .with("problems", tally.input_problems);
            crate::labels::say("closing.not-assessed", &args)
        }
        Some(level) => {
            let action = match level {
                Level::NotAssessed => "closing.action.not-assessed",
                Level::NonConformant => "closing.action.non-conformant",
                Level::Irrelevant => "closing.action.irrelevant",
                Level::FullyConformant | Level::Conformant => "closing.action.conformant",
                Level::Compliant | Level::Consistent => "closing.action.compliant",
            };
            let counted = |lang| match tally.waivers_phrase(lang) {
                Some(w) => format!("{}; {w}", tally.findings_phrase(lang)),
                None => tally.findings_phrase(lang),
            };
            let args = Args::new()
                .with("baseline", baseline)
                .with("date", date)
                .with("name", name)
                .with("level", level.name())
                .with("counted", Text::new(counted(Lang::Vi), counted(Lang::En)))
                .with("action", crate::labels::text(action).into_owned());
            crate::labels::say("closing.conformance", &args)
        }
        None => {
            let args = Args::new()
                .with("name", name)
                .with("errors", c.error)
                .with("warnings", c.warning);
            crate::labels::say("closing.validation", &args)
        }
    };
    match lang {
        Lang::Vi => args.vi,
        Lang::En => args.en,
    }
}

/// A finding's subject as a reader sees it: a waiver (`waivers[0]`) by its ordinal, "giải trình
/// thứ 1" / "justification 1"; any other subject (a component, data store or integration id, the
/// project id) as it is, since the proposal names its parts with it. Machine formats (JSON,
/// SARIF properties) keep the subject.
pub(crate) fn shown_subject(subject: &str, lang: Lang) -> std::borrow::Cow<'_, str> {
    let waiver = subject
        .strip_prefix("waivers[")
        .and_then(|r| r.strip_suffix(']'))
        .and_then(|i| i.parse::<usize>().ok());
    match waiver {
        Some(i) => {
            let args = crate::i18n::Args::new().with("n", i + 1);
            crate::labels::say("place.waiver", &args)
                .get(lang)
                .to_string()
                .into()
        }
        None => subject.into(),
    }
}

/// A rule as a reader sees it: by its code (CONF-05, DOC-004, a rule pack's id); a built-in rule
/// whose id is words rather than a code (`baseline-not-current`) by its title, so that no English
/// id stands in a Vietnamese table. JSON and SARIF keep the id.
pub(crate) fn shown_rule(id: &str, lang: Lang) -> Cow<'_, str> {
    if !id.bytes().any(|b| b.is_ascii_digit())
        && let Some(r) = crate::rules::rule(id)
    {
        return r.title.get(lang).to_string().into();
    }
    id.into()
}

/// The rules of a checklist item, each as [`shown_rule`] shows it.
pub(crate) fn shown_rules(ids: &[String], lang: Lang) -> String {
    ids.iter()
        .map(|id| shown_rule(id, lang))
        .collect::<Vec<_>>()
        .join(", ")
}
