//! Text input: UTF-8 decoding with a legacy-encoding hint, BOM stripping, NFC normalisation, and the
//! Vietnamese folding used to detect names that differ only in case or diacritics.

use crate::error::{Error, LegacyEncoding};
use std::borrow::Cow;
use unicode_normalization::{UnicodeNormalization, char::is_combining_mark, is_nfc_quick};

/// Decodes `bytes` as UTF-8 (stripping a leading BOM) and NFC-normalises the text.
///
/// Returns borrowed text when the input is already NFC, which is the common case.
pub fn decode<'a>(bytes: &'a [u8], source_name: &str) -> Result<Cow<'a, str>, Error> {
    Ok(nfc(utf8(bytes, source_name)?))
}

/// Decodes `bytes` as UTF-8, stripping a leading BOM, without normalising.
pub(crate) fn utf8<'a>(bytes: &'a [u8], source_name: &str) -> Result<&'a str, Error> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let offset = e.valid_up_to();
        let line = 1 + bytes[..offset].iter().filter(|&&b| b == b'\n').count();
        let line_start = bytes[..offset]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        Error::Encoding {
            source_name: source_name.to_string(),
            offset,
            line,
            column: 1 + offset - line_start,
            looks_like: guess_legacy(bytes),
        }
    })?;
    Ok(text)
}

/// NFC-normalises `text`, borrowing when it already is NFC.
pub fn nfc(text: &str) -> Cow<'_, str> {
    if is_nfc(text) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.nfc().collect())
    }
}

/// Whether `text` is certainly NFC. ASCII characters and the precomposed Latin letters (which
/// is what Vietnamese text is made of) are NFC starters that nothing before them can combine
/// with, so only the other characters need the Unicode quick check, run by run; a combining mark
/// after an ASCII letter starts its run with "maybe" and fails it.
pub(crate) fn is_nfc(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii() {
            i += 1;
            continue;
        }
        match nfc_step(text, i) {
            Some(next) => i = next,
            None => return false,
        }
    }
    true
}

/// Checks the non-ASCII text at byte `i` of `text`: a precomposed Latin letter, or else the run
/// of non-ASCII characters up to the next ASCII byte with the Unicode quick check. Returns where
/// the checked text ends, or `None` when it may not be NFC.
///
/// Precondition: `i` is the start of a non-ASCII character of `text`.
pub(crate) fn nfc_step(text: &str, i: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    // `i` is a char boundary (the precondition); `get` keeps a broken caller from panicking.
    let c = text.get(i..)?.chars().next()?;
    if is_precomposed_latin(c) {
        return Some(i + c.len_utf8());
    }
    let end = bytes[i..]
        .iter()
        .position(u8::is_ascii)
        .map_or(bytes.len(), |n| i + n);
    (is_nfc_quick(text[i..end].chars()) == unicode_normalization::IsNormalized::Yes).then_some(end)
}

/// The position of `c` among the precomposed Latin letters (Latin-1 letters, Latin Extended-A
/// and -B, Latin Extended Additional: all of Vietnamese), or `None` for other characters. Every
/// one is NFC and a starter (the test `precomposed_latin_is_nfc_starters` checks each).
fn latin_index(c: char) -> Option<usize> {
    match c as u32 {
        u @ 0xC0..=0x24F => Some((u - 0xC0) as usize),
        u @ 0x1E00..=0x1EFF => Some((u - 0x1E00 + (0x250 - 0xC0)) as usize),
        _ => None,
    }
}

fn is_precomposed_latin(c: char) -> bool {
    latin_index(c).is_some()
}

/// For each precomposed Latin letter, by [`latin_index`]: what [`fold`] makes of it, as one
/// lower-case ASCII byte: the letter it decomposes to (`Ệ` → `e`), `d` for `đ` and `Đ`, or 0
/// for letters with no ASCII base (`ø`, `æ`), which take the general path. Built once.
fn latin_folds() -> &'static [u8] {
    use std::sync::OnceLock;
    static TABLE: OnceLock<Vec<u8>> = OnceLock::new();
    TABLE.get_or_init(|| {
        (0xC0..=0x24F)
            .chain(0x1E00..=0x1EFF)
            .map(|u| match char::from_u32(u) {
                Some('đ' | 'Đ') => b'd',
                Some(c) => {
                    let mut first = None;
                    unicode_normalization::char::decompose_canonical(c, |d| {
                        first.get_or_insert(d);
                    });
                    first
                        .filter(char::is_ascii_alphanumeric)
                        .map_or(0, |d| d.to_ascii_lowercase() as u8)
                }
                None => 0,
            })
            .collect()
    })
}

/// Folds a Vietnamese name for duplicate detection: diacritics removed, `đ` → `d`, lower case,
/// runs of whitespace and punctuation collapsed to one space. "Cổng Dịch vụ công" and
/// "cong  dich vu cong" fold to the same key.
pub fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending_space = false;
    let table = latin_folds();
    let bytes = name.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // ASCII and the precomposed Latin letters (most of a Vietnamese name) become one ASCII
        // byte here; anything else takes the general path.
        let b = bytes[i];
        let ascii = if b.is_ascii() {
            i += 1;
            b
        } else {
            // `i` is a char boundary: the steps move by whole characters.
            let Some(c) = name.get(i..).and_then(|rest| rest.chars().next()) else {
                break;
            };
            i += c.len_utf8();
            match latin_index(c).and_then(|k| table.get(k).copied()) {
                Some(folded) if folded != 0 => folded,
                _ => {
                    // Per character rather than `nfd()` over the string: canonical reordering
                    // does not matter when every combining mark is dropped.
                    unicode_normalization::char::decompose_canonical(c, |d| {
                        fold_char(d, &mut out, &mut pending_space)
                    });
                    continue;
                }
            }
        };
        if ascii.is_ascii_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(ascii.to_ascii_lowercase() as char);
        } else {
            pending_space = true;
        }
    }
    out
}

/// Adds one character of a decomposed name to `out` (see [`fold`]).
fn fold_char(c: char, out: &mut String, pending_space: &mut bool) {
    if is_combining_mark(c) {
        return;
    }
    let c = match c {
        'đ' | 'Đ' => 'd',
        _ => c,
    };
    if c.is_alphanumeric() {
        if *pending_space && !out.is_empty() {
            out.push(' ');
        }
        *pending_space = false;
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    } else {
        *pending_space = true;
    }
}

/// Escapes text for XML and HTML content and attribute values. Characters XML 1.0 forbids (C0
/// controls other than tab and line breaks) cannot be written and become U+FFFD.
pub fn escape_markup(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// Guesses which legacy 8-bit Vietnamese encoding non-UTF-8 bytes resemble, from byte values
/// characteristic of each. `None` when too few high bytes match any of them.
fn guess_legacy(bytes: &[u8]) -> Option<LegacyEncoding> {
    // Windows-1258: combining tone marks (0xCC 0xEC 0xD2 0xDE 0xF2) and ơ ư đ ă (0xF5 0xFD 0xF0 0xE3).
    const CP1258: &[u8] = &[0xCC, 0xEC, 0xD2, 0xDE, 0xF2, 0xF5, 0xFD, 0xF0, 0xE3];
    // TCVN3 (ABC): precomposed lower-case letters in 0xA1..=0xFE; ă â ê ô ơ ư đ are 0xA8..=0xAE.
    const TCVN3: &[u8] = &[
        0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9,
    ];
    // VNI: a base letter followed by a tone byte: ù ø û õ ï (0xF9 0xF8 0xFB 0xF5 0xEF), ñ for đ, ö for ư.
    const VNI: &[u8] = &[0xF9, 0xF8, 0xFB, 0xF5, 0xEF, 0xF1, 0xF6, 0xF4, 0xE2, 0xEA];
    let (mut w, mut t, mut v, mut high) = (0usize, 0usize, 0usize, 0usize);
    for (i, &b) in bytes.iter().enumerate() {
        if b < 0x80 {
            continue;
        }
        high += 1;
        // VNI writes a base letter then one or two diacritic bytes: "Trường" is "Tröôøng".
        let after_letter =
            i > 0 && (bytes[i - 1].is_ascii_alphabetic() || VNI.contains(&bytes[i - 1]));
        if CP1258.contains(&b) {
            w += 1;
        }
        if TCVN3.contains(&b) {
            t += 1;
        }
        if VNI.contains(&b) && after_letter {
            v += 1;
        }
    }
    if high == 0 {
        return None;
    }
    let best = [
        (t, LegacyEncoding::Tcvn3),
        (v, LegacyEncoding::Vni),
        (w, LegacyEncoding::Windows1258),
    ]
    .into_iter()
    .max_by_key(|(score, _)| *score)?;
    (best.0 * 2 >= high).then_some(best.1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_latin_table_folds_as_decomposition_does() {
        use unicode_normalization::UnicodeNormalization;
        let reference = |s: &str| -> String {
            s.nfd()
                .filter(|c| !is_combining_mark(*c))
                .map(|c| if matches!(c, 'đ' | 'Đ') { 'd' } else { c })
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect()
        };
        for c in (0xC0..=0x24F)
            .chain(0x1E00..=0x1EFF)
            .filter_map(char::from_u32)
        {
            let s = c.to_string();
            assert_eq!(fold(&s), reference(&s), "{c:?}");
        }
    }

    #[test]
    fn precomposed_latin_is_nfc_starters() {
        use unicode_normalization::char::canonical_combining_class;
        for c in (0xC0..=0x24F)
            .chain(0x1E00..=0x1EFF)
            .filter_map(char::from_u32)
        {
            assert!(is_precomposed_latin(c));
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            let s = c.to_string();
            assert_eq!(
                is_nfc_quick(s.chars()),
                unicode_normalization::IsNormalized::Yes,
                "{c:?}"
            );
        }
        // A decomposed letter is not NFC, even after precomposed ones.
        assert!(!is_nfc("Hành e\u{301}"));
        assert!(is_nfc("Hành Minh, Quảng Ngãi"));
    }

    #[test]
    fn fold_ignores_case_diacritics_and_spacing() {
        assert_eq!(fold("Cổng Dịch vụ công"), "cong dich vu cong");
        assert_eq!(fold("  cong   DICH vu-cong "), "cong dich vu cong");
        assert_eq!(fold("Đường"), "duong");
    }

    #[test]
    fn decode_strips_bom_and_normalises_to_nfc() {
        let decomposed = "Co\u{0302}\u{0309}ng"; // Cổng, decomposed
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend_from_slice(decomposed.as_bytes());
        let text = decode(&bytes, "x").expect("valid");
        assert_eq!(text, "Cổng");
    }

    #[test]
    fn non_utf8_reports_offset_line_and_a_guess() {
        // "Vieät Nam" in VNI: 'e' followed by 0xE4 ('ä' = circumflex + dot below) ... use 'ö' for ư.
        let vni = b"{\n\"name\": \"Tr\xf6\xf4\xf9ng x\xf9a\"}";
        match decode(vni, "p.json") {
            Err(Error::Encoding {
                offset,
                line,
                looks_like,
                ..
            }) => {
                assert_eq!(line, 2);
                assert_eq!(offset, 13);
                assert_eq!(looks_like, Some(LegacyEncoding::Vni));
            }
            other => panic!("expected an encoding error, got {other:?}"),
        }
        // TCVN3: "Đường" is 0xA7 0xAD 0xEC 0x6E 0x67 in ABC; use ư (0xAD) and đ (0xAE).
        let tcvn = b"\xae\xad\xa8\xa9 \xb8";
        assert!(matches!(
            decode(tcvn, "t"),
            Err(Error::Encoding {
                looks_like: Some(LegacyEncoding::Tcvn3),
                ..
            })
        ));
        let cp = b"Vi\xEA\xF2t \xF0\xF5\xCC";
        assert!(matches!(
            decode(cp, "w"),
            Err(Error::Encoding {
                looks_like: Some(LegacyEncoding::Windows1258),
                ..
            })
        ));
        let binary = b"\x00\x81\x82\x83\x84\x85";
        assert!(matches!(
            decode(binary, "b"),
            Err(Error::Encoding {
                looks_like: None,
                ..
            })
        ));
    }
}
