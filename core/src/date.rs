//! Calendar dates (`YYYY-MM-DD`) and validity periods. Checks run "as of" a date, never the clock.

use crate::i18n::{Args, Text};
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A proleptic Gregorian calendar date. Ordered chronologically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, from 1.
    pub year: u16,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month, from 1.
    pub day: u8,
}

impl Date {
    /// Builds a date, checking the month and the day of the month.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (year >= 1 && (1..=days).contains(&day)).then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD` exactly.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = &s[r];
            part.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| part.parse().ok())
                .flatten()
        };
        Date::new(
            u16::try_from(num(0..4)?).ok()?,
            u8::try_from(num(5..7)?).ok()?,
            u8::try_from(num(8..10)?).ok()?,
        )
    }

    /// The date as Vietnamese administrative texts write it: `dd/mm/yyyy`.
    pub fn vi(&self) -> String {
        format!("{:02}/{:02}/{:04}", self.day, self.month, self.year)
    }

    /// The date in both languages: `dd/mm/yyyy` in Vietnamese, `YYYY-MM-DD` in English.
    pub fn text(&self) -> Text {
        Text::new(self.vi(), self.to_string())
    }

    /// The day before (1 January of year 1 is its own predecessor).
    pub fn pred(&self) -> Date {
        if self.day > 1 {
            return Date {
                day: self.day - 1,
                ..*self
            };
        }
        let (year, month) = if self.month > 1 {
            (self.year, self.month - 1)
        } else if self.year > 1 {
            (self.year - 1, 12)
        } else {
            return *self;
        };
        let day = (28..=31)
            .rev()
            .find(|d| Date::new(year, month, *d).is_some())
            .unwrap_or(28);
        Date { year, month, day }
    }

    /// 1 January of `year`.
    pub fn jan1(year: u16) -> Date {
        Date {
            year,
            month: 1,
            day: 1,
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// `YYYY-MM-DD` exactly; anything else is an [`Error::Argument`](crate::Error::Argument) named
/// `date` (a face renames it after its own parameter, e.g. `as_of`).
impl std::str::FromStr for Date {
    type Err = crate::Error;
    fn from_str(s: &str) -> Result<Date, crate::Error> {
        Date::parse(s).ok_or_else(|| {
            let t = crate::labels::say("date.invalid", &Args::new().with("value", s));
            crate::Error::argument("date", t.vi, t.en)
        })
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Date::parse(&s).ok_or_else(|| {
            serde::de::Error::custom(format!("'{s}' is not a valid date; expected YYYY-MM-DD"))
        })
    }
}

impl JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "description": "A calendar date, YYYY-MM-DD"
        })
    }
}

/// A validity period; an open end is `None`. Both ends are inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Period {
    /// The first day; `None`: open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Date>,
    /// The last day; `None`: open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Date>,
}

impl Period {
    /// Whether `d` falls in the period (both ends inclusive).
    pub fn contains(&self, d: Date) -> bool {
        self.from.is_none_or(|f| f <= d) && self.to.is_none_or(|t| d <= t)
    }
    /// The period in Vietnamese: "từ 24/12/2021 đến 30/12/2024", "từ 24/12/2021".
    pub fn vi(&self) -> String {
        self.text().vi
    }

    /// The period in both languages, worded by the label table (`date.period.*` in
    /// `core/data/labels/report.json`): "từ 24/12/2021 đến 30/12/2024" / "from 2021-12-24 to
    /// 2024-12-30", "đến 30/06/2025" / "until 2025-06-30".
    pub fn text(&self) -> Text {
        let key = match (self.from, self.to) {
            (Some(_), Some(_)) => "date.period.from-to",
            (Some(_), None) => "date.period.from",
            (None, Some(_)) => "date.period.to",
            (None, None) => "date.period.open",
        };
        let mut args = Args::new();
        if let Some(d) = self.from {
            args.set("from", d.text());
        }
        if let Some(d) = self.to {
            args.set("to", d.text());
        }
        crate::labels::say(key, &args)
    }

    /// Whether the period ends before it starts.
    pub fn is_inverted(&self) -> bool {
        matches!((self.from, self.to), (Some(f), Some(t)) if f > t)
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.from, self.to) {
            (Some(a), Some(b)) => write!(f, "{a} – {b}"),
            (Some(a), None) => write!(f, "{a} –"),
            (None, Some(b)) => write!(f, "– {b}"),
            (None, None) => f.write_str("–"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_valid_dates_and_rejects_invalid_ones() {
        assert_eq!(Date::parse("2021-12-24"), Date::new(2021, 12, 24));
        assert_eq!(Date::parse("2024-02-29").map(|d| d.day), Some(29));
        for bad in [
            "2023-02-29",
            "2021-13-01",
            "2021-1-01",
            "21-12-2021",
            "2021-12-3x",
            "",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn period_bounds_are_inclusive() {
        let p = Period {
            from: Date::parse("2021-12-24"),
            to: Date::parse("2024-12-31"),
        };
        assert!(p.contains(Date::jan1(2022)));
        assert!(p.contains(Date::parse("2024-12-31").expect("date")));
        assert!(!p.contains(Date::jan1(2025)));
        assert!(!p.is_inverted());
    }
}
