//! String formats that a generated field keeps exactly as received: `format: date-time`
//! ([`DateTime`]), `date` ([`Date`]) and `uuid` ([`Uuid`]).
//!
//! Each holds the string it was decoded from and encodes it back unchanged (a value the server
//! sends in a form a parser would normalize, or reject, still round-trips), reads as a `&str`
//! (`as_str()`, `Deref`, `Display`) and is made from one (`From<String>`, `From<&str>`).
//! Conversions into parsed types are opt-in, behind the runtime's features (forwarded by every
//! generated crate under the same names), so no parsing dependency is compiled by default:
//!
//! - `time`: `DateTime::to_offset_date_time` (RFC 3339) and `Date::to_date` (`YYYY-MM-DD`),
//!   `TryFrom` into `time::OffsetDateTime` / `time::Date`, and `From` of them;
//! - `uuid`: `Uuid::to_uuid`, `TryFrom` into `uuid::Uuid`, and `From` of it.
//!
//! Features only add conversions: a field's type is the same with or without them.

use std::fmt;
use std::ops::Deref;

/// A value that does not parse as its format.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{value}` is not a valid {format}: {reason}")]
pub struct FormatError {
    /// The format (`date-time`, `date`, `uuid`).
    pub format: &'static str,
    /// The value (cut to 64 characters).
    pub value: String,
    /// Why it does not parse.
    pub reason: String,
}

impl FormatError {
    #[cfg_attr(not(any(feature = "time", feature = "uuid")), allow(dead_code))]
    fn new(format: &'static str, value: &str, reason: impl fmt::Display) -> Self {
        let value = match value.char_indices().nth(64) {
            Some((end, _)) => format!("{}…", &value[..end]),
            None => value.to_owned(),
        };
        Self { format, value, reason: reason.to_string() }
    }
}

macro_rules! string_format {
    ($(#[$doc:meta])* $name:ident, $format:literal) => {
        $(#[$doc])*
        #[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(String);

        impl $name {
            /// The format's name in OpenAPI.
            pub const FORMAT: &'static str = $format;

            /// The value as written, unchecked.
            pub fn new(value: impl Into<String>) -> Self {
                Self(value.into())
            }

            /// The string as received (or given).
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// The string, owned.
            pub fn into_string(self) -> String {
                self.0
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Debug::fmt(&self.0, f)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl From<String> for $name {
            fn from(value: String) -> Self {
                Self(value)
            }
        }

        impl From<&str> for $name {
            fn from(value: &str) -> Self {
                Self(value.to_owned())
            }
        }

        impl From<&String> for $name {
            fn from(value: &String) -> Self {
                Self(value.clone())
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> Self {
                value.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }

        impl PartialEq<String> for $name {
            fn eq(&self, other: &String) -> bool {
                &self.0 == other
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.0)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                String::deserialize(deserializer).map(Self)
            }
        }
    };
}

string_format!(
    /// A `format: date-time` string (RFC 3339, `2024-01-01T12:00:00Z`), kept as received.
    ///
    /// With the `time` feature: `DateTime::to_offset_date_time`, `TryFrom<&DateTime>` for
    /// `time::OffsetDateTime` and `From<time::OffsetDateTime>`.
    DateTime,
    "date-time"
);

string_format!(
    /// A `format: date` string (`2024-01-01`), kept as received.
    ///
    /// With the `time` feature: `Date::to_date`, `TryFrom<&Date>` for `time::Date` and
    /// `From<time::Date>`.
    Date,
    "date"
);

string_format!(
    /// A `format: uuid` string (`6f1c…-…`), kept as received.
    ///
    /// With the `uuid` feature: `Uuid::to_uuid`, `TryFrom<&Uuid>` for `uuid::Uuid` and
    /// `From<uuid::Uuid>`.
    Uuid,
    "uuid"
);

#[cfg(feature = "time")]
mod with_time {
    use super::{Date, DateTime, FormatError};
    use time::format_description::well_known::{Iso8601, Rfc3339};

    impl DateTime {
        /// Parses the value as RFC 3339 (the format OpenAPI's `date-time` names).
        pub fn to_offset_date_time(&self) -> Result<time::OffsetDateTime, FormatError> {
            time::OffsetDateTime::parse(&self.0, &Rfc3339).map_err(|e| FormatError::new(Self::FORMAT, &self.0, e))
        }
    }

    impl TryFrom<&DateTime> for time::OffsetDateTime {
        type Error = FormatError;
        fn try_from(value: &DateTime) -> Result<Self, FormatError> {
            value.to_offset_date_time()
        }
    }

    impl TryFrom<DateTime> for time::OffsetDateTime {
        type Error = FormatError;
        fn try_from(value: DateTime) -> Result<Self, FormatError> {
            value.to_offset_date_time()
        }
    }

    impl From<time::OffsetDateTime> for DateTime {
        /// RFC 3339 with the value's offset; a year RFC 3339 cannot write (before 0 or after
        /// 9999) or an offset with seconds is written in ISO 8601's extended form, in UTC.
        fn from(value: time::OffsetDateTime) -> Self {
            match value.format(&Rfc3339) {
                Ok(text) => Self(text),
                Err(_) => Self(
                    value
                        .to_offset(time::UtcOffset::UTC)
                        .format(&Iso8601::DEFAULT)
                        .unwrap_or_else(|_| value.to_string()),
                ),
            }
        }
    }

    impl Date {
        /// Parses the value as a full date, `YYYY-MM-DD` (RFC 3339's `full-date`).
        pub fn to_date(&self) -> Result<time::Date, FormatError> {
            let fail = |reason: &str| FormatError::new(Self::FORMAT, &self.0, reason);
            let mut parts = self.0.splitn(3, '-');
            let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
                return Err(fail("expected YYYY-MM-DD"));
            };
            let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
            if !digits(y, 4) || !digits(m, 2) || !digits(d, 2) {
                return Err(fail("expected YYYY-MM-DD"));
            }
            let number = |s: &str| s.parse::<u16>().map_err(|e| fail(&e.to_string()));
            let month = u8::try_from(number(m)?).map_err(|e| fail(&e.to_string()))?;
            let month = time::Month::try_from(month).map_err(|e| fail(&e.to_string()))?;
            let day = u8::try_from(number(d)?).map_err(|e| fail(&e.to_string()))?;
            time::Date::from_calendar_date(i32::from(number(y)?), month, day).map_err(|e| fail(&e.to_string()))
        }
    }

    impl TryFrom<&Date> for time::Date {
        type Error = FormatError;
        fn try_from(value: &Date) -> Result<Self, FormatError> {
            value.to_date()
        }
    }

    impl TryFrom<Date> for time::Date {
        type Error = FormatError;
        fn try_from(value: Date) -> Result<Self, FormatError> {
            value.to_date()
        }
    }

    impl From<time::Date> for Date {
        /// `YYYY-MM-DD` (a year outside 0..=9999 is written with its sign and all its digits).
        fn from(value: time::Date) -> Self {
            let year = value.year();
            let year = if (0..=9999).contains(&year) { format!("{year:04}") } else { format!("{year:+}") };
            Self(format!("{year}-{:02}-{:02}", u8::from(value.month()), value.day()))
        }
    }
}

#[cfg(feature = "uuid")]
mod with_uuid {
    use super::{FormatError, Uuid};

    impl Uuid {
        /// Parses the value (hyphenated, simple, braced or URN form).
        pub fn to_uuid(&self) -> Result<uuid::Uuid, FormatError> {
            uuid::Uuid::parse_str(&self.0).map_err(|e| FormatError::new(Self::FORMAT, &self.0, e))
        }
    }

    impl TryFrom<&Uuid> for uuid::Uuid {
        type Error = FormatError;
        fn try_from(value: &Uuid) -> Result<Self, FormatError> {
            value.to_uuid()
        }
    }

    impl TryFrom<Uuid> for uuid::Uuid {
        type Error = FormatError;
        fn try_from(value: Uuid) -> Result<Self, FormatError> {
            value.to_uuid()
        }
    }

    impl From<uuid::Uuid> for Uuid {
        /// The hyphenated, lower-case form.
        fn from(value: uuid::Uuid) -> Self {
            Self(value.hyphenated().to_string())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip_exactly() {
        // Not what a parser would write back (lower-case `t`, fractional zeros, upper-case hex).
        let json = r#"["2024-01-01t12:00:00.500+01:00","2024-02-29","6F1C3E0A-0000-4000-8000-00000000ABCD"]"#;
        let (dt, d, u): (DateTime, Date, Uuid) = serde_json::from_str(json).unwrap();
        assert_eq!(dt, "2024-01-01t12:00:00.500+01:00");
        assert_eq!(d.as_str(), "2024-02-29");
        assert_eq!(u.to_string(), "6F1C3E0A-0000-4000-8000-00000000ABCD");
        assert_eq!(serde_json::to_string(&(dt, d, u)).unwrap(), json);
        // Not checked without a feature: a field that does not parse still decodes.
        let odd: DateTime = serde_json::from_str("\"yesterday\"").unwrap();
        assert_eq!(&*odd, "yesterday");
        assert_eq!(format!("{odd:?}"), "\"yesterday\"");
    }

    #[cfg(feature = "time")]
    #[test]
    fn date_times_and_dates_convert() {
        let dt = DateTime::from("2024-01-01T12:30:00.5+01:00");
        let parsed = dt.to_offset_date_time().unwrap();
        assert_eq!(parsed.unix_timestamp(), 1_704_108_600);
        assert_eq!(parsed.millisecond(), 500);
        assert_eq!(DateTime::from(parsed), "2024-01-01T12:30:00.5+01:00");
        let utc = time::OffsetDateTime::from_unix_timestamp(0).unwrap();
        assert_eq!(DateTime::from(utc), "1970-01-01T00:00:00Z");

        let err = DateTime::from("2024-13-01T00:00:00Z").to_offset_date_time().unwrap_err();
        assert_eq!(err.format, "date-time");
        assert!(err.to_string().starts_with("`2024-13-01T00:00:00Z` is not a valid date-time: "), "{err}");
        assert!(time::OffsetDateTime::try_from(&DateTime::from("yesterday")).is_err());

        let date = Date::from("2024-02-29").to_date().unwrap();
        assert_eq!((date.year(), u8::from(date.month()), date.day()), (2024, 2, 29));
        assert_eq!(Date::from(date), "2024-02-29");
        assert_eq!(Date::from(time::Date::from_calendar_date(7, time::Month::March, 5).unwrap()), "0007-03-05");
        for bad in ["2023-02-29", "2024-1-01", "2024-00-10", "24-01-01", "2024-01-01T00:00:00Z", "", "२०२४-01-01"]
        {
            let err = Date::from(bad).to_date().unwrap_err();
            assert_eq!(err.format, "date", "{bad}");
        }
        let long = "9".repeat(100);
        let err = Date::from(long.as_str()).to_date().unwrap_err();
        assert_eq!(err.value.chars().count(), 65, "cut to 64 characters and an ellipsis");
    }

    #[cfg(feature = "uuid")]
    #[test]
    fn uuids_convert() {
        let u = Uuid::from("6F1C3E0A-0000-4000-8000-00000000ABCD");
        let parsed = u.to_uuid().unwrap();
        assert_eq!(Uuid::from(parsed), "6f1c3e0a-0000-4000-8000-00000000abcd");
        assert_eq!(uuid::Uuid::try_from(&u).unwrap(), parsed);
        let err = Uuid::from("not-a-uuid").to_uuid().unwrap_err();
        assert_eq!(err.format, "uuid");
        assert!(err.to_string().starts_with("`not-a-uuid` is not a valid uuid: "), "{err}");
    }
}
