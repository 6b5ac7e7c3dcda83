//! Synthetic Vietnamese place and system names. Place names are made of syllables chosen by a
//! number written in bijective base-k, so that every number gives a different name, and no two
//! syllables fold to the same ASCII form: the only names of one kind that fold alike are the
//! duplicates the generator injects on purpose. The places are invented; none names a real
//! province or commune, so no real code is implied.

const SYLLABLES: [&str; 24] = [
    "An", "Bình", "Hòa", "Phú", "Thạnh", "Đông", "Tây", "Nghĩa", "Sơn", "Hành", "Minh", "Đức",
    "Phước", "Tân", "Lộc", "Thuận", "Mỹ", "Long", "Hưng", "Quang", "Trà", "Giang", "Thủy", "Kỳ",
];

/// The departments a province's units start with (generic titles of provincial departments).
pub const DEPARTMENTS: [&str; 12] = [
    "Sở Nội vụ",
    "Sở Tài chính",
    "Sở Xây dựng",
    "Sở Công Thương",
    "Sở Nông nghiệp và Môi trường",
    "Sở Khoa học và Công nghệ",
    "Sở Giáo dục và Đào tạo",
    "Sở Y tế",
    "Sở Tư pháp",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Văn phòng Ủy ban nhân dân tỉnh",
    "Thanh tra tỉnh",
];

/// A place name for number `n`, e.g. `Phú Lộc`, made unique by construction.
pub fn place(n: usize) -> String {
    // Bijective base-k numerals (every number one distinct syllable string). The affine map
    // keeps that one-to-one, skips the one-syllable names and spreads neighbours apart.
    let mut n = n * 7 + SYLLABLES.len() + 7;
    let mut parts = Vec::new();
    loop {
        parts.push(SYLLABLES[n % SYLLABLES.len()]);
        n /= SYLLABLES.len();
        if n == 0 {
            break;
        }
        n -= 1;
    }
    parts.reverse();
    parts.join(" ")
}

/// `name` without diacritics, đ as d, in lower case: a name that differs from `name` only in the
/// ways VAL-010 folds away.
pub fn strip_diacritics(name: &str) -> String {
    use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};
    name.nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| if matches!(c, 'đ' | 'Đ') { 'd' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;
    use std::collections::HashSet;

    #[test]
    fn places_are_distinct_after_folding() {
        let folded: HashSet<String> = (0..20_000).map(|n| fold(&place(n))).collect();
        assert_eq!(folded.len(), 20_000);
        let syllables: HashSet<String> = SYLLABLES.iter().map(|s| fold(s)).collect();
        assert_eq!(syllables.len(), SYLLABLES.len());
    }

    #[test]
    fn stripped_names_fold_alike() {
        let n = "Cơ sở dữ liệu Đất đai xã Phước Sơn";
        assert_eq!(strip_diacritics(n), "co so du lieu dat dai xa phuoc son");
        assert_eq!(fold(&strip_diacritics(n)), fold(n));
    }
}
