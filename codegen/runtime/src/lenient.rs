//! Integers that some servers send as strings (`"id": "10"` beside `"id": 10`).
//!
//! A field whose schema carries `x-lenient-integer: true` decodes an integer or a string that
//! holds one; it is always sent as an integer. Generated fields use
//! `#[serde(deserialize_with = "codegen_runtime::lenient::integer")]` (or `option`/`nullable`
//! for optional fields), and one-of variants the same attribute on the variant.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserializer, Visitor};

struct IntegerVisitor<T>(PhantomData<T>);

impl<T: TryFrom<i64>> IntegerVisitor<T> {
    fn fit<E: de::Error>(value: i64, shown: &dyn fmt::Display) -> Result<T, E> {
        T::try_from(value).map_err(|_| E::custom(format_args!("integer {shown} is out of range")))
    }
}

impl<T: TryFrom<i64>> Visitor<'_> for IntegerVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an integer or a string holding an integer")
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<T, E> {
        Self::fit(v, &v)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<T, E> {
        let wide = i64::try_from(v).map_err(|_| E::custom(format_args!("integer {v} is out of range")))?;
        Self::fit(wide, &v)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        let parsed: i64 =
            v.trim().parse().map_err(|_| E::invalid_value(de::Unexpected::Str(v), &"a string holding an integer"))?;
        Self::fit(parsed, &parsed)
    }
}

/// Decodes an integer, or a string holding one (`10` or `"10"`).
pub fn integer<'de, T, D>(deserializer: D) -> Result<T, D::Error>
where
    T: TryFrom<i64>,
    D: Deserializer<'de>,
{
    deserializer.deserialize_any(IntegerVisitor(PhantomData))
}

struct OptionVisitor<T>(PhantomData<T>);

impl<'de, T: TryFrom<i64>> Visitor<'de> for OptionVisitor<T> {
    type Value = Option<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("null, an integer or a string holding an integer")
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        integer(deserializer).map(Some)
    }
}

/// Like [`integer`] for an `Option` field: `null` is `None`. Use with `#[serde(default)]` when
/// the field may be absent.
pub fn option<'de, T, D>(deserializer: D) -> Result<Option<T>, D::Error>
where
    T: TryFrom<i64>,
    D: Deserializer<'de>,
{
    deserializer.deserialize_option(OptionVisitor(PhantomData))
}

/// Like [`integer`] for an optional, nullable field kept in three states (see
/// [`crate::nullable`]): `null` is `Some(None)`, a value `Some(Some(v))`.
pub fn nullable<'de, T, D>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    T: TryFrom<i64>,
    D: Deserializer<'de>,
{
    option(deserializer).map(Some)
}

/// [`integer`] as a seed, for generated `Deserialize` impls (`set_with` of the `model` module).
pub struct IntegerSeed<T>(PhantomData<T>);

impl<T> Default for IntegerSeed<T> {
    fn default() -> Self {
        IntegerSeed(PhantomData)
    }
}

impl<'de, T: TryFrom<i64>> de::DeserializeSeed<'de> for IntegerSeed<T> {
    type Value = T;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        integer(deserializer)
    }
}

/// [`option`] as a seed, for generated `Deserialize` impls (`set_with` of the `model` module).
pub struct OptionSeed<T>(PhantomData<T>);

impl<T> Default for OptionSeed<T> {
    fn default() -> Self {
        OptionSeed(PhantomData)
    }
}

impl<'de, T: TryFrom<i64>> de::DeserializeSeed<'de> for OptionSeed<T> {
    type Value = Option<T>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<T>, D::Error> {
        option(deserializer)
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    #[derive(Debug, PartialEq, Deserialize)]
    struct Group {
        #[serde(deserialize_with = "super::integer")]
        id: i64,
        #[serde(default, deserialize_with = "super::option")]
        parent: Option<i32>,
        #[serde(default, deserialize_with = "super::nullable")]
        owner: Option<Option<i64>>,
    }

    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(untagged)]
    enum Ref {
        #[serde(deserialize_with = "super::integer")]
        Id(i64),
        Object(Group),
    }

    fn group(json: &str) -> Result<Group, serde_json::Error> {
        serde_json::from_str(json)
    }

    #[test]
    fn integers_and_strings_holding_them_decode_alike() {
        let want = Group { id: 10, parent: Some(4), owner: Some(Some(7)) };
        assert_eq!(group(r#"{"id":10,"parent":4,"owner":7}"#).unwrap(), want);
        assert_eq!(group(r#"{"id":"10","parent":"4","owner":"7"}"#).unwrap(), want);
        assert_eq!(group(r#"{"id":" 10 "}"#).unwrap(), Group { id: 10, parent: None, owner: None });
        assert_eq!(
            group(r#"{"id":1,"parent":null,"owner":null}"#).unwrap(),
            Group { id: 1, parent: None, owner: Some(None) }
        );
    }

    #[test]
    fn other_values_are_errors() {
        for bad in [
            r#"{"id":"ten"}"#,
            r#"{"id":1.5}"#,
            r#"{"id":true}"#,
            r#"{"id":"1","parent":"99999999999"}"#,
            r#"{"id":18446744073709551615}"#,
        ] {
            assert!(group(bad).is_err(), "{bad} decoded");
        }
    }

    #[test]
    fn one_of_variants_take_strings_too() {
        assert_eq!(serde_json::from_str::<Ref>(r#""4""#).unwrap(), Ref::Id(4));
        assert_eq!(serde_json::from_str::<Ref>("4").unwrap(), Ref::Id(4));
        assert!(matches!(serde_json::from_str::<Ref>(r#"{"id":"4"}"#).unwrap(), Ref::Object(Group { id: 4, .. })));
    }
}
