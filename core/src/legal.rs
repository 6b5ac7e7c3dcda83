//! Legal and documentary sources: where a rule or a piece of reference data comes from.

use crate::date::{Date, Period};
use crate::i18n::Lang;
use crate::legal_words::words;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// How well a fact is established (domain.md's V and P). Unverified facts are never encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Seen word for word in the cited text.
    #[default]
    Verified,
    /// From a secondary source or a reproduction: check against the official gazette.
    Secondary,
}

impl Status {
    /// `verified` or `secondary`.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Verified => "verified",
            Status::Secondary => "secondary",
        }
    }

    /// The weaker of two statuses: a conclusion is only as well established as its weakest fact.
    pub fn weakest(self, other: Status) -> Status {
        if self == Status::Secondary || other == Status::Secondary {
            Status::Secondary
        } else {
            Status::Verified
        }
    }
}

/// One instrument cited by a rule: what it is, which article, how well it is established, and
/// when it is in force.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Citation {
    /// The instrument, e.g. `NĐ 73/2019/NĐ-CP`.
    pub instrument: String,
    /// Article, clause or section, where known (e.g. `Điều 5.1`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    /// How well the citation is established.
    #[serde(default)]
    pub status: Status,
    /// When the instrument is in force, where known.
    #[serde(default, skip_serializing_if = "is_open")]
    pub effective: Period,
}

/// The legal or methodological basis of a rule, or the source of a piece of reference data.
///
/// A rule's basis may list several citations (`cites`), each with its own effective period; a
/// finding made as of a date carries only the citations in force on that date, and its
/// `instrument`, `article`, `status` and `effective` are those citations joined (status: the
/// weakest; effective: the period in which all of them are in force).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Basis {
    /// The instrument, e.g. `NĐ 73/2019/NĐ-CP` or `QCVN 102:2016/BTTTT`; several joined by `; `.
    #[serde(default)]
    pub instrument: String,
    /// Article, clause or section, where known (e.g. `Điều 5.1`, `§II.1.b`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    /// The weakest status of the citations.
    #[serde(default)]
    pub status: Status,
    /// When the instrument is in force, where known.
    #[serde(default, skip_serializing_if = "is_open")]
    pub effective: Period,
    /// The citations this basis joins, each with its effective period.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cites: Vec<Citation>,
}

fn is_open(p: &Period) -> bool {
    p.from.is_none() && p.to.is_none()
}

/// The short form of an instrument, for article references: `NĐ 73/2019/NĐ-CP` from
/// `NĐ 73/2019/NĐ-CP (sửa đổi …)` or `QĐ 2126/QĐ-UBND ngày 24/12/2021 (…)`.
fn short(instrument: &str) -> &str {
    let end = [" (", " ngày ", ","]
        .iter()
        .filter_map(|sep| instrument.find(sep))
        .min()
        .unwrap_or(instrument.len());
    instrument[..end].trim()
}

/// The labels of `core/data/labels/report.json` this module shows (the test checks them).
#[cfg(test)]
const LABELS: [&str; 2] = [SECONDARY, NONE_IN_FORCE];
/// What a citation of secondary status adds: "(nguồn thứ cấp, cần đối chiếu văn bản gốc)".
const SECONDARY: &str = "basis.secondary";
/// A basis with no instrument in force on the check date.
const NONE_IN_FORCE: &str = "basis.none-in-force";

/// What a citation of secondary status adds, in `lang`.
fn secondary_note(lang: Lang) -> String {
    format!(" {}", crate::labels::ui(SECONDARY, lang))
}

/// `text` with every abbreviated document number written in full: "NĐ 73/2019/NĐ-CP" becomes
/// "Nghị định số 73/2019/NĐ-CP" (vi) or "Decree No. 73/2019/ND-CP" (en, the number without
/// Vietnamese letters as official English translations write it), and in English the date after a
/// number reads "of": "Resolution No. 1677/NQ-UBTVQH15 of 16/6/2025". Only an abbreviation
/// followed by a space and a digit is expanded, so "NĐ-CP" and "QĐ-UBND" stay.
pub fn full_numbers(text: &str, lang: Lang) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    'outer: while !rest.is_empty() {
        for kind in &words().kinds {
            if let Some(after) = rest
                .strip_prefix(kind.abbr.as_str())
                .and_then(|r| r.strip_prefix(' '))
                && after.starts_with(|c: char| c.is_ascii_digit())
                && !out.ends_with(|c: char| c.is_alphanumeric())
            {
                out.push_str(match lang {
                    Lang::Vi => &kind.vi,
                    Lang::En => &kind.en,
                });
                out.push(' ');
                // The number, then its date: "ngày 16/6/2025" reads "of 16/6/2025" in English.
                let end = after.find(char::is_whitespace).unwrap_or(after.len());
                // English texts write the number without Vietnamese letters: "224/2026/ND-CP".
                match lang {
                    Lang::Vi => out.push_str(&after[..end]),
                    Lang::En => out.push_str(&after[..end].replace('Đ', "D")),
                }
                rest = &after[end..];
                if lang == Lang::En
                    && let Some(date) = rest.strip_prefix(" ngày ")
                {
                    out.push(' ');
                    out.push_str(&words().provisions.of);
                    out.push(' ');
                    rest = date;
                }
                continue 'outer;
            }
        }
        let c = rest.chars().next().unwrap_or(' ');
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// Whether an article text starts with a provision reference (điểm, khoản, Điều, mục, ...), so
/// that it goes before the instrument ("khoản 1 Điều 5 Nghị định số 73/2019/NĐ-CP").
fn is_reference(article: &str) -> bool {
    [
        "điểm ",
        "khoản ",
        "Điều ",
        "mục ",
        "Mục ",
        "Chương ",
        "Phụ lục",
        "Danh mục",
        "Phần ",
    ]
    .iter()
    .any(|w| article.starts_with(w))
}

/// Vietnamese provision references in English form, for English reports: "điểm a khoản 2 Điều
/// 16" → "Art. 16(2)(a)", "khoản 3 Điều 21" → "Art. 21(3)", "Điều 46, 47" → "Art. 46, 47",
/// "mục 1.11 Danh mục ban hành kèm theo" → "row 1.11 of the catalogue annexed to". Glosses in
/// brackets keep their words.
pub fn english_provisions(text: &str) -> String {
    use std::sync::OnceLock;
    static ARTICLE: OnceLock<Option<regex::Regex>> = OnceLock::new();
    static SHARED: OnceLock<Option<regex::Regex>> = OnceLock::new();
    let (Some(article), Some(shared)) = (
        ARTICLE
            .get_or_init(|| {
                regex::Regex::new(r"(?:điểm ([a-zđ]) )?(?:khoản (\d+) )?Điều (\d+)").ok()
            })
            .as_ref(),
        SHARED
            .get_or_init(|| {
                regex::Regex::new(
                    r"((?:(?:điểm [a-zđ] )?khoản \d+, )+)((?:điểm [a-zđ] )?khoản \d+) Điều (\d+)",
                )
                .ok()
            })
            .as_ref(),
    ) else {
        return text.to_string();
    };
    // Several points and clauses of one article ("điểm a khoản 3, điểm a khoản 5 Điều 23"): each
    // with its article, so that each reads "23(3)(a)".
    let text = shared.replace_all(text, |c: &regex::Captures<'_>| {
        let n = &c[3];
        c[1].split(", ")
            .filter(|p| !p.is_empty())
            .chain(std::iter::once(&c[2]))
            .map(|p| format!("{p} Điều {n}"))
            .collect::<Vec<_>>()
            .join(", ")
    });
    let w = &words().provisions;
    let s = article.replace_all(&text, |c: &regex::Captures<'_>| {
        let mut out = format!("{} {}", w.article, &c[3]);
        if let Some(k) = c.get(2) {
            out.push_str(&format!("({})", k.as_str()));
        }
        if let Some(p) = c.get(1) {
            out.push_str(&format!("({})", p.as_str()));
        }
        out
    });
    // A row of an annexed catalogue ("mục 1.11 Danh mục ban hành kèm theo" → "row 1.11 of the
    // catalogue annexed to"), then any other section.
    let (cat_vi, cat_en) = (&w.catalogue.vi, &w.catalogue.en);
    let row_of = format!("{} {cat_en}", w.of);
    let s = s.replace(&format!(" {cat_vi} "), &format!(" {row_of} "));
    let s = if s.contains(&row_of) {
        s.replacen("mục ", &format!("{} ", w.row), 1)
    } else {
        s
    };
    let s = s.replace(&format!("{cat_vi} "), &format!("{cat_en} "));
    let s = w
        .sections
        .iter()
        .fold(s, |acc, p| acc.replace(&p.vi, &p.en));
    // "mục" as a word only: "Danh mục" is not a section. Consecutive articles read "Art. 23(3)(a),
    // 23(5)(a)".
    word_replace(&s, "mục ", &format!("{} ", w.section)).replace(&format!(", {} ", w.article), ", ")
}

/// `text` with `from` replaced where it starts a word that is not the second word of "Danh
/// mục" (a catalogue, not a section).
fn word_replace(text: &str, from: &str, to: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(from) {
        out.push_str(&rest[..i]);
        let at_word = !out.ends_with(char::is_alphanumeric) && !out.ends_with("Danh ");
        out.push_str(if at_word { to } else { from });
        rest = &rest[i + from.len()..];
    }
    out.push_str(rest);
    out
}

/// Whether `s` holds a letter only Vietnamese writes (đ, ư, ơ, ă, â, ê, ô or a tone mark): a
/// Vietnamese gloss, left out of English citations.
fn is_vietnamese(s: &str) -> bool {
    const LETTERS: &str = "ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";
    s.chars()
        .flat_map(char::to_lowercase)
        .any(|c| LETTERS.contains(c))
}

/// `text` without its bracketed glosses in Vietnamese (nested brackets included).
fn drop_vietnamese_glosses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find(" (") {
        let after = &rest[open + 2..];
        let mut depth = 1;
        let close = after.char_indices().find_map(|(i, c)| {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ => {}
            }
            (depth == 0).then_some(i)
        });
        let Some(close) = close else { break };
        out.push_str(&rest[..open]);
        let gloss = &rest[open..open + 2 + close + 1];
        if !is_vietnamese(gloss) {
            out.push_str(gloss);
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// An instrument as English citations name it: numbers in full, laws and methods by their English
/// names, without its Vietnamese description ("của UBND tỉnh …", a gloss in brackets).
fn english_instrument(instrument: &str) -> String {
    let s = words()
        .english_names
        .iter()
        .fold(full_numbers(instrument, Lang::En), |acc, p| {
            acc.replace(&p.vi, &p.en)
        });
    let s = s.split(" của ").next().unwrap_or(&s).to_string();
    drop_vietnamese_glosses(&s).trim().to_string()
}

/// One citation: "khoản 1 Điều 5 Nghị định số 73/2019/NĐ-CP (gloss)" when the article is a
/// provision reference, "Nghị định số 47/2024/NĐ-CP (what it says)" when it is a description.
fn cite_text(instrument: &str, article: Option<&str>, lang: Lang) -> String {
    if lang == Lang::En {
        // English citations name the instrument and the provisions; Vietnamese glosses and
        // descriptions stay in the Vietnamese report.
        let inst = english_instrument(instrument.trim());
        let a = article
            .map(|a| drop_vietnamese_glosses(&english_provisions(&full_numbers(a.trim(), lang))))
            .map(|a| a.trim().to_string())
            .filter(|a| !a.is_empty() && !is_vietnamese(a));
        return match a {
            // "row 1.11 of the catalogue annexed to Circular No. 39/2017/TT-BTTTT".
            Some(a) if a.ends_with(&words().provisions.catalogue.en) => format!("{a} {inst}"),
            Some(a) => format!("{inst}, {a}"),
            None => inst,
        };
    }
    let inst = full_numbers(instrument.trim(), lang);
    let Some(a) = article.map(str::trim).filter(|a| !a.is_empty()) else {
        return inst;
    };
    let a = full_numbers(a, lang);
    let a = if lang == Lang::En {
        english_provisions(&a)
    } else {
        a
    };
    // A provision of another document ("mục II.4 của Kế hoạch") or a description follows the
    // instrument.
    let reference = a.split(" (").next().unwrap_or_default();
    if lang == Lang::En || !is_reference(&a) || reference.contains(" của ") {
        return if lang == Lang::En || inst.ends_with(')') {
            format!("{inst}, {a}")
        } else {
            format!("{inst} ({a})")
        };
    }
    if lang == Lang::En {
        return format!("{inst}, {a}");
    }
    // A trailing gloss goes after the instrument: "khoản 1 Điều 5 Nghị định số … (gloss)".
    if a.ends_with(')')
        && let Some(open) = a.find(" (")
        && a[open + 2..a.len() - 1].find(['(', ')']).is_none()
    {
        return format!("{} {inst}{}", &a[..open], &a[open..]);
    }
    format!("{a} {inst}")
}

impl Basis {
    /// A basis of one instrument.
    pub fn single(instrument: impl Into<String>, article: Option<String>, status: Status) -> Basis {
        Basis {
            instrument: instrument.into(),
            article,
            status,
            ..Basis::default()
        }
    }

    /// The basis as Vietnamese reports print it: each instrument with its own articles, in
    /// administrative style ("khoản 1 Điều 5 Nghị định số 73/2019/NĐ-CP; Điều 2 Thông tư số
    /// 39/2017/TT-BTTTT"), a citation of secondary status marked as such.
    pub fn display(&self) -> String {
        self.display_in(Lang::Vi)
    }

    /// The basis as reports in `lang` print it (see [`Basis::display`]).
    pub fn display_in(&self, lang: Lang) -> String {
        if self.is_empty() {
            return crate::labels::ui(NONE_IN_FORCE, lang).into_owned();
        }
        let single;
        let cites: &[Citation] = if self.cites.is_empty() {
            single = [Citation {
                instrument: self.instrument.clone(),
                article: self.article.clone(),
                status: self.status,
                effective: self.effective,
            }];
            &single
        } else {
            &self.cites
        };
        let mut marked = false;
        let parts: Vec<String> = cites
            .iter()
            .map(|c| {
                let mut s = cite_text(&c.instrument, c.article.as_deref(), lang);
                // A citation whose Vietnamese text says its content is secondary ("nguồn thứ
                // cấp") keeps that in English, where the words are left out.
                let said = |t: &str| t.contains("nguồn thứ cấp");
                let says_secondary = lang == Lang::En
                    && (said(&c.instrument) || c.article.as_deref().is_some_and(said));
                if c.status == Status::Secondary || says_secondary {
                    s.push_str(&secondary_note(lang));
                    marked = true;
                }
                s
            })
            .collect();
        let mut s = parts.join("; ");
        if self.status == Status::Secondary && !marked {
            s.push_str(&secondary_note(lang));
        }
        s
    }

    /// The basis with its joined fields filled from `cites` (when it has citations and no
    /// instrument of its own), as rule data is written.
    pub fn normalised(mut self) -> Basis {
        if !self.cites.is_empty() && self.instrument.trim().is_empty() {
            let cites = std::mem::take(&mut self.cites);
            self = Basis::join(&cites);
            self.cites = cites;
        }
        self
    }

    /// The basis as of `d`: only the citations in force on `d`, joined, so that a finding never
    /// cites an instrument that has ended or has not begun. When none is in force on `d`, the
    /// basis is empty and secondary ([`Basis::display`] says that no instrument in force is
    /// known: the finding rests on the baseline's content only). A basis without citations is
    /// returned as it is.
    pub fn at(&self, d: Date) -> Basis {
        if self.cites.is_empty() {
            return self.clone();
        }
        let cites: Vec<Citation> = self
            .cites
            .iter()
            .filter(|c| c.effective.contains(d))
            .cloned()
            .collect();
        if cites.is_empty() {
            return Basis {
                status: Status::Secondary,
                ..Basis::default()
            };
        }
        let mut b = Basis::join(&cites);
        b.cites = cites;
        b
    }

    /// This basis with one more citation, joined again: a finding that rests on a provision the
    /// rule does not always cite (NĐ 224/2026 khoản 4 Điều 11 for the IPv6 of a commune website).
    pub fn cite_also(&mut self, c: Citation) {
        let mut cites = if self.cites.is_empty() && !self.instrument.trim().is_empty() {
            vec![Citation {
                instrument: self.instrument.clone(),
                article: self.article.clone(),
                status: self.status,
                effective: self.effective,
            }]
        } else {
            std::mem::take(&mut self.cites)
        };
        cites.push(c);
        *self = Basis::join(&cites);
        self.cites = cites;
    }

    /// Whether no instrument is cited (a basis as of a date on which none of its citations is in
    /// force).
    pub fn is_empty(&self) -> bool {
        self.instrument.trim().is_empty() && self.cites.is_empty()
    }

    fn join(cites: &[Citation]) -> Basis {
        let instrument = cites
            .iter()
            .map(|c| c.instrument.as_str())
            .collect::<Vec<_>>()
            .join("; ");
        let articles: Vec<String> = cites
            .iter()
            .filter_map(|c| {
                c.article.as_ref().map(|a| {
                    if cites.len() > 1 {
                        format!("{a} {}", short(&c.instrument))
                    } else {
                        a.clone()
                    }
                })
            })
            .collect();
        let status = cites
            .iter()
            .fold(Status::Verified, |s, c| s.weakest(c.status));
        let from = cites.iter().filter_map(|c| c.effective.from).max();
        let to = cites.iter().filter_map(|c| c.effective.to).min();
        Basis {
            instrument,
            article: (!articles.is_empty()).then(|| articles.join("; ")),
            status,
            effective: Period { from, to },
            cites: Vec::new(),
        }
    }

    /// Lowers the status to `s` when `s` is weaker: a finding that names a fact of secondary
    /// status rests on it.
    pub fn weaken(&mut self, s: Status) {
        self.status = self.status.weakest(s);
    }
}

#[cfg(test)]
mod english_tests {
    use super::*;

    #[test]
    fn provisions_read_as_english_articles() {
        assert_eq!(
            english_provisions("điểm a khoản 2 Điều 16"),
            "Art. 16(2)(a)"
        );
        assert_eq!(
            english_provisions("khoản 3 Điều 21; Điều 46, 47"),
            "Art. 21(3); Art. 46, 47"
        );
        assert_eq!(
            english_provisions("điểm a khoản 3, điểm a khoản 5 Điều 23"),
            "Art. 23(3)(a), 23(5)(a)"
        );
        assert_eq!(
            english_provisions("mục II.1.a của Kế hoạch (Danh mục điện tử dùng chung)"),
            "section II.1.a of the Plan (Danh mục điện tử dùng chung)"
        );
        assert_eq!(
            english_provisions("mục II.4 của Kế hoạch"),
            "section II.4 of the Plan"
        );
        assert_eq!(
            english_provisions("mục 1.11 Danh mục ban hành kèm theo Thông tư"),
            "row 1.11 of the catalogue annexed to Thông tư"
        );
        let b = Basis::single(
            "NĐ 73/2019/NĐ-CP",
            Some("điểm b khoản 2 Điều 16".into()),
            Status::Verified,
        );
        assert_eq!(
            b.display_in(Lang::En),
            "Decree No. 73/2019/ND-CP, Art. 16(2)(b)"
        );
        // Vietnamese glosses and descriptions stay out of English citations; a content the
        // Vietnamese says is secondary is marked so.
        let b = Basis::single(
            "QĐ 2126/QĐ-UBND ngày 24/12/2021 của UBND tỉnh Quảng Ngãi (nội dung theo Kế hoạch của UBND xã Hành Minh, nguồn thứ cấp)",
            Some("mục II.4 của Kế hoạch (giai đoạn 2022–2025)".into()),
            Status::Verified,
        );
        assert_eq!(
            b.display_in(Lang::En),
            "Decision No. 2126/QD-UBND of 24/12/2021, section II.4 of the Plan (secondary source, to be checked against the official text)"
        );
        let b = Basis::single(
            "Luật An ninh mạng số 116/2025/QH15",
            Some("khoản 1 Điều 8 (cấm)".into()),
            Status::Verified,
        );
        assert_eq!(
            b.display_in(Lang::En),
            "Law on Cybersecurity No. 116/2025/QH15, Art. 8(1)"
        );
        let b = Basis::single(
            "NĐ 13/2023/NĐ-CP",
            Some("bảo vệ dữ liệu cá nhân".into()),
            Status::Verified,
        );
        assert_eq!(b.display_in(Lang::En), "Decree No. 13/2023/ND-CP");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cite(i: &str, from: Option<Date>, to: Option<Date>, status: Status) -> Citation {
        Citation {
            instrument: i.into(),
            article: Some("Điều 1".into()),
            status,
            effective: Period { from, to },
        }
    }

    #[test]
    fn a_basis_as_of_a_date_keeps_the_citations_in_force() {
        let b = Basis {
            cites: vec![
                cite(
                    "NĐ 47/2020/NĐ-CP",
                    Date::new(2020, 5, 25),
                    None,
                    Status::Verified,
                ),
                cite(
                    "NĐ 47/2024/NĐ-CP",
                    Date::new(2024, 5, 9),
                    Date::new(2025, 8, 18),
                    Status::Verified,
                ),
                cite(
                    "NĐ 194/2025/NĐ-CP",
                    Date::new(2025, 8, 19),
                    None,
                    Status::Secondary,
                ),
            ],
            ..Basis::default()
        }
        .normalised();
        assert!(b.instrument.contains("NĐ 47/2024"));
        let in2022 = b.at(Date::jan1(2022));
        assert_eq!(in2022.instrument, "NĐ 47/2020/NĐ-CP");
        assert_eq!(in2022.cites.len(), 1);
        assert_eq!(in2022.status, Status::Verified);
        let in2024 = b.at(Date::new(2024, 6, 1).expect("date"));
        assert_eq!(in2024.instrument, "NĐ 47/2020/NĐ-CP; NĐ 47/2024/NĐ-CP");
        assert_eq!(
            in2024.article.as_deref(),
            Some("Điều 1 NĐ 47/2020/NĐ-CP; Điều 1 NĐ 47/2024/NĐ-CP")
        );
        assert_eq!(in2024.effective.to, Date::new(2025, 8, 18));
        let in2026 = b.at(Date::jan1(2026));
        assert!(!in2026.instrument.contains("47/2024"));
        assert_eq!(in2026.status, Status::Secondary, "the weakest citation");
        let before = b.at(Date::jan1(2019));
        assert!(before.is_empty(), "nothing in force, nothing cited");
        assert_eq!(before.status, Status::Secondary);
        assert!(before.display().contains("chưa có văn bản còn hiệu lực"));
    }

    /// Every label this module shows is in `core/data/labels/report.json`.
    #[test]
    fn every_basis_label_is_in_the_data() {
        #[derive(serde::Deserialize)]
        struct File {
            labels: std::collections::HashMap<String, crate::i18n::Text>,
        }
        let f: File = serde_json::from_str(crate::labels::REPORT_JSON).expect("report.json reads");
        for key in LABELS {
            let t = f.labels.get(key);
            assert!(t.is_some(), "no label '{key}' in report.json");
            assert!(t.is_some_and(|t| !t.vi.is_empty() && !t.en.is_empty()));
        }
    }

    #[test]
    fn short_names_drop_dates_and_glosses() {
        assert_eq!(
            short("QĐ 2126/QĐ-UBND ngày 24/12/2021 (Kiến trúc)"),
            "QĐ 2126/QĐ-UBND"
        );
        assert_eq!(short("NĐ 73/2019/NĐ-CP"), "NĐ 73/2019/NĐ-CP");
    }
}
