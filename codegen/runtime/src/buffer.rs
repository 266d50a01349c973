//! A value read once and decoded more than once: the buffer of a one-of without a tag, whose
//! variants are tried in order.
//!
//! `serde_json::Value` would do, but it allocates a `String` per key and a B-tree per object;
//! [`Buffered`] keeps an object as a `Vec` of pairs and borrows strings from the input where
//! the deserializer lends them (`serde_json::from_slice` and `from_str` do, for strings without
//! escapes), as `serde_derive`'s private `Content` does for `#[serde(untagged)]`. A `&Buffered`
//! is a [`Deserializer`], so every variant decodes from it through its own `Deserialize`, and a
//! value no variant takes becomes a `serde_json::Value` ([`Buffered::into_json`]) only then.

use std::borrow::Cow;
use std::fmt;

use serde::de::value::{Error, MapAccessDeserializer, MapDeserializer, SeqDeserializer};
use serde::de::{self, Deserialize, Deserializer, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

/// A buffered value: what a self-describing deserializer (JSON) handed over, kept in memory.
#[derive(Debug, Clone, PartialEq)]
pub enum Buffered<'de> {
    /// `null` (or a unit, or `None`).
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A non-negative integer.
    U64(u64),
    /// A negative integer.
    I64(i64),
    /// A number with a fraction or an exponent.
    F64(f64),
    /// A string, borrowed from the input when it could be.
    Str(Cow<'de, str>),
    /// Bytes (not produced by JSON).
    Bytes(Cow<'de, [u8]>),
    /// An array.
    Seq(Vec<Buffered<'de>>),
    /// An object: its keys and values in the order they came, repeated keys kept.
    Map(Vec<(Buffered<'de>, Buffered<'de>)>),
}

impl Buffered<'_> {
    /// The value as JSON (for the catch-all variant that keeps what no variant took). Bytes
    /// become an array of numbers, a key that is not a string its JSON text, and a number
    /// that JSON cannot hold (`NaN`) `null`, as `serde_json` makes it.
    pub fn into_json(self) -> Value {
        match self {
            Buffered::Null => Value::Null,
            Buffered::Bool(b) => Value::Bool(b),
            Buffered::U64(n) => Value::from(n),
            Buffered::I64(n) => Value::from(n),
            Buffered::F64(n) => serde_json::Number::from_f64(n).map_or(Value::Null, Value::Number),
            Buffered::Str(s) => Value::String(s.into_owned()),
            Buffered::Bytes(b) => Value::Array(b.iter().map(|&b| Value::from(b)).collect()),
            Buffered::Seq(items) => Value::Array(items.into_iter().map(Buffered::into_json).collect()),
            Buffered::Map(pairs) => Value::Object(
                pairs
                    .into_iter()
                    .map(|(k, v)| {
                        let key = match k {
                            Buffered::Str(s) => s.into_owned(),
                            other => other.into_json().to_string(),
                        };
                        (key, v.into_json())
                    })
                    .collect(),
            ),
        }
    }
}

impl<'de> Deserialize<'de> for Buffered<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(BufferVisitor)
    }
}

struct BufferVisitor;

impl<'de> Visitor<'de> for BufferVisitor {
    type Value = Buffered<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Buffered::Bool(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(if v < 0 { Buffered::I64(v) } else { Buffered::U64(v as u64) })
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Buffered::U64(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Ok(Buffered::F64(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Buffered::Str(Cow::Owned(v.to_owned())))
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Buffered::Str(Cow::Borrowed(v)))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(Buffered::Str(Cow::Owned(v)))
    }

    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Self::Value, E> {
        Ok(Buffered::Bytes(Cow::Owned(v.to_owned())))
    }

    fn visit_borrowed_bytes<E: de::Error>(self, v: &'de [u8]) -> Result<Self::Value, E> {
        Ok(Buffered::Bytes(Cow::Borrowed(v)))
    }

    fn visit_byte_buf<E: de::Error>(self, v: Vec<u8>) -> Result<Self::Value, E> {
        Ok(Buffered::Bytes(Cow::Owned(v)))
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Buffered::Null)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Buffered::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        Buffered::deserialize(deserializer)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        Buffered::deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        // A hint is the deserializer's claim, not a promise: cap what it may reserve.
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Buffered::Seq(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut pairs = Vec::with_capacity(map.size_hint().unwrap_or(0).min(4096));
        while let Some(pair) = map.next_entry()? {
            pairs.push(pair);
        }
        Ok(Buffered::Map(pairs))
    }
}

/// Decoding from a buffered value. Strings are lent for the borrow of the buffer only, so what
/// decodes from it owns its strings (every generated type does).
impl<'de, 'a, 'b> Deserializer<'de> for &'a Buffered<'b> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Buffered::Null => visitor.visit_unit(),
            Buffered::Bool(b) => visitor.visit_bool(*b),
            Buffered::U64(n) => visitor.visit_u64(*n),
            Buffered::I64(n) => visitor.visit_i64(*n),
            Buffered::F64(n) => visitor.visit_f64(*n),
            Buffered::Str(s) => visitor.visit_str(s),
            Buffered::Bytes(b) => visitor.visit_bytes(b),
            Buffered::Seq(items) => {
                let mut seq = SeqDeserializer::new(items.iter());
                let value = visitor.visit_seq(&mut seq)?;
                seq.end()?;
                Ok(value)
            }
            Buffered::Map(pairs) => {
                let mut map = MapDeserializer::new(pairs.iter().map(|(k, v)| (k, v)));
                let value = visitor.visit_map(&mut map)?;
                map.end()?;
                Ok(value)
            }
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Buffered::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    /// A unit variant is a string, any other a one-key object (serde's external tagging).
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self {
            Buffered::Str(s) => visitor.visit_enum(s.as_ref().into_deserializer()),
            Buffered::Map(pairs) if pairs.len() == 1 => {
                visitor.visit_enum(MapAccessDeserializer::new(MapDeserializer::new(pairs.iter().map(|(k, v)| (k, v)))))
            }
            _ => self.deserialize_any(visitor),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple tuple_struct map struct identifier
    }
}

impl<'de, 'a, 'b> IntoDeserializer<'de, Error> for &'a Buffered<'b> {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn buffered(json: &str) -> Buffered<'_> {
        serde_json::from_str(json).expect("buffers")
    }

    #[test]
    fn strings_without_escapes_are_borrowed() {
        let b = buffered(r#"{"a": "plain", "b": "esc\"aped"}"#);
        let Buffered::Map(pairs) = b else { panic!("a map") };
        assert!(matches!(&pairs[0].1, Buffered::Str(Cow::Borrowed("plain"))));
        assert!(matches!(&pairs[1].1, Buffered::Str(Cow::Owned(s)) if s == "esc\"aped"));
    }

    #[test]
    fn decodes_what_json_decodes() {
        let json = r#"{"n": -3, "u": 7, "f": 1.5, "s": "x", "l": [1, 2], "o": null, "m": {"k": true}}"#;
        let b = buffered(json);
        let direct: BTreeMap<String, Value> = serde_json::from_str(json).unwrap();
        let through: BTreeMap<String, Value> = BTreeMap::deserialize(&b).unwrap();
        assert_eq!(through, direct);
        assert_eq!(b.into_json(), serde_json::from_str::<Value>(json).unwrap());
    }

    #[test]
    fn options_and_wrong_types() {
        let b = buffered(r#"[null, 4]"#);
        let v: Vec<Option<u8>> = Vec::deserialize(&b).unwrap();
        assert_eq!(v, [None, Some(4)]);
        let err = <Vec<String>>::deserialize(&b).unwrap_err().to_string();
        assert!(err.contains("invalid type"), "{err}");
        // Too many elements for a tuple is an error, not a silent drop.
        let err = <(Option<u8>,)>::deserialize(&b).unwrap_err().to_string();
        assert!(err.contains("invalid length"), "{err}");
    }

    #[test]
    fn repeated_keys_are_kept() {
        let b = buffered(r#"{"a": 1, "a": 2}"#);
        assert!(matches!(&b, Buffered::Map(pairs) if pairs.len() == 2));
    }
}
