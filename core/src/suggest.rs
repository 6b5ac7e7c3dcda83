//! Did-you-mean: the closest known name to a misspelt one, by edit distance over case- and
//! diacritics-folded text, so that "maps-to" suggests `maps_to` and "CONF-5" suggests `CONF-05`.

use crate::text::fold;

/// Levenshtein distance over characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Folds for comparison: case, diacritics, and `-`/`_`/space told apart by nothing.
fn key(s: &str) -> String {
    fold(s)
        .chars()
        .filter(|c| !matches!(c, '-' | '_' | ' ' | '.'))
        .collect()
}

/// The candidate closest to `value`, if it is close enough to be what was meant: at most a third
/// of the longer name's characters differ (at least one edit allowed). Ties go to the first
/// candidate in the order given.
pub fn did_you_mean<'a>(
    value: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let v = key(value);
    let mut best: Option<(usize, &str)> = None;
    for c in candidates {
        let k = key(c);
        let d = distance(&v, &k);
        let allowed = (v.chars().count().max(k.chars().count()) / 3).max(1);
        if d <= allowed && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn close_names_are_suggested_and_far_ones_are_not() {
        assert_eq!(
            did_you_mean("maps-to", ["maps_to", "replaces"]),
            Some("maps_to")
        );
        assert_eq!(
            did_you_mean("CONF-5", ["CONF-05", "CONF-06"]),
            Some("CONF-05")
        );
        assert_eq!(
            did_you_mean("conf10", ["CONF-01", "CONF-10"]),
            Some("CONF-10")
        );
        assert_eq!(did_you_mean("xyz", ["CONF-05"]), None);
        assert_eq!(
            did_you_mean("Trung tam du lieu tinh", ["Trung tâm dữ liệu tỉnh"]),
            Some("Trung tâm dữ liệu tỉnh")
        );
    }
}
