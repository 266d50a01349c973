//! How generated model types are (de)serialized: the shared part, so that each type's own code
//! is small.
//!
//! `serde_derive` writes, for every struct, a field enum with its own `Deserialize` impl and
//! visitor, a `visit_seq` and a `visit_map`; most of a generated crate's build is type-checking
//! that code. Here a struct describes itself instead ([`Object`]: a `match` from a key to the
//! line that stores its value in the field's named slot, one expression per field to build the
//! struct), and one visitor, written once ([`object`]), drives every struct. A key is matched
//! as `&str` (the compiler makes the `match` length checks and comparisons with constants, as
//! it does for `serde_derive`'s field visitor), values are decoded by the field types' own
//! `Deserialize`, and nothing is buffered but the value of a one-of without a tag
//! ([`Buffered`]). Nothing is numbered: a field added to the API adds lines about that field
//! only, so a regenerated crate's diff is as small as the spec's.
//!
//! The behaviour is `serde_derive`'s with the attributes the generator used to emit: unknown
//! keys are skipped, a missing required field is `missing field `x``, a repeated key is
//! `duplicate field `x``, an absent `Option` field is `None`, and errors are raised at the same
//! points of the input, so the decode error path (`crate::DecodeFailure`) names the same field.
//! One difference: a JSON array is not accepted in place of an object.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

pub use crate::buffer::Buffered;
use crate::enums::UnknownValue;

/// A generated struct, as [`object`] decodes it from a JSON object.
pub trait Object: Sized {
    /// The name in messages (`invalid type: string "x", expected struct Device`).
    const NAME: &'static str;
    /// Keys no field names are kept ([`Object::store_other`]) rather than skipped.
    const KEEPS_OTHERS: bool = false;
    /// What has been read so far: an `Option` per field, named as the field (and a map of the
    /// other keys); `Default` is nothing read yet.
    type Slots: Default;

    /// Reads the value of `key` into its field's slot; `false` (nothing read) when no field
    /// has that wire name.
    fn store<'de, A: MapAccess<'de>>(slots: &mut Self::Slots, key: &str, map: &mut A) -> Result<bool, A::Error>;

    /// Reads the value of a key no field names (only with [`Object::KEEPS_OTHERS`]).
    fn store_other<'de, A: MapAccess<'de>>(slots: &mut Self::Slots, key: String, map: &mut A) -> Result<(), A::Error> {
        let _ = (slots, key);
        skip(map)
    }

    /// The struct, once the object has ended: fails on a missing required field.
    fn finish<E: de::Error>(slots: Self::Slots) -> Result<Self, E>;
}

/// Decodes the [`Object`] `T` from a map (a JSON object).
#[inline]
pub fn object<'de, T: Object, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    deserializer.deserialize_map(ObjectVisitor(PhantomData))
}

struct ObjectVisitor<T>(PhantomData<T>);

impl<'de, T: Object> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "struct {}", T::NAME)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut slots = T::Slots::default();
        while let Some(key) = map.next_key_seed(KeySeed)? {
            if T::store(&mut slots, key.as_str(), &mut map)? {
                continue;
            }
            if T::KEEPS_OTHERS {
                T::store_other(&mut slots, key.into_owned(), &mut map)?;
            } else {
                skip(&mut map)?;
            }
        }
        T::finish(slots)
    }
}

/// A key of an object: borrowed from the input when it can be (a key without escapes in a
/// JSON text held in memory), else copied.
enum Key<'de> {
    Borrowed(&'de str),
    Owned(String),
}

impl Key<'_> {
    fn as_str(&self) -> &str {
        match self {
            Key::Borrowed(key) => key,
            Key::Owned(key) => key,
        }
    }

    fn into_owned(self) -> String {
        match self {
            Key::Borrowed(key) => key.to_owned(),
            Key::Owned(key) => key,
        }
    }
}

/// Reads a key (one seed for every struct, so that it is compiled once per deserializer, not
/// once per struct); the struct's [`Object::store`] then matches it to a field by name.
struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key<'de>;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key<'de>, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Key<'de>, E> {
        Ok(Key::Borrowed(key))
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key<'de>, E> {
        Ok(Key::Owned(key.to_owned()))
    }

    fn visit_string<E: de::Error>(self, key: String) -> Result<Key<'de>, E> {
        Ok(Key::Owned(key))
    }
}

/// Reads a field's value into its slot (`true`: the key was the field's); a field seen twice
/// is an error, as with `serde_derive`.
#[inline]
pub fn set<'de, A: MapAccess<'de>, V: Deserialize<'de>>(
    map: &mut A,
    slot: &mut Option<V>,
    name: &'static str,
) -> Result<bool, A::Error> {
    set_with(map, slot, name, PhantomData)
}

/// [`set`] through a seed (a field decoded by a runtime helper, such as
/// [`crate::lenient::IntegerSeed`]).
#[inline]
pub fn set_with<'de, A: MapAccess<'de>, S: DeserializeSeed<'de>>(
    map: &mut A,
    slot: &mut Option<S::Value>,
    name: &'static str,
    seed: S,
) -> Result<bool, A::Error> {
    if slot.is_some() {
        return Err(de::Error::duplicate_field(name));
    }
    *slot = Some(map.next_value_seed(seed)?);
    Ok(true)
}

/// Skips a value.
#[inline]
pub fn skip<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<IgnoredAny>().map(|_| ())
}

/// A required field's value, or `missing field `name``.
#[inline]
pub fn required<V, E: de::Error>(slot: Option<V>, name: &'static str) -> Result<V, E> {
    slot.ok_or_else(|| E::missing_field(name))
}

/// Reads the value of a key no field names into the struct's map of other properties.
#[inline]
pub fn insert<'de, A: MapAccess<'de>, V: Deserialize<'de>>(
    map: &mut A,
    others: &mut BTreeMap<String, V>,
    key: String,
) -> Result<(), A::Error> {
    let value = map.next_value()?;
    others.insert(key, value);
    Ok(())
}

/// Reads a string enum's value: its index in `values`, or the value itself when it is none of
/// them (a value added to the API after the client was generated).
#[inline]
pub fn variant<'de, D: Deserializer<'de>>(
    deserializer: D,
    values: &'static [&'static str],
) -> Result<Result<usize, UnknownValue>, D::Error> {
    deserializer.deserialize_str(VariantVisitor(values))
}

struct VariantVisitor(&'static [&'static str]);

impl Visitor<'_> for VariantVisitor {
    type Value = Result<usize, UnknownValue>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Self::Value, E> {
        Ok(self.0.iter().position(|known| *known == value).ok_or_else(|| UnknownValue::new(value.to_owned())))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<Self::Value, E> {
        Ok(self.0.iter().position(|known| *known == value).ok_or_else(|| UnknownValue::new(value)))
    }
}

/// Reads a value for a one-of without a tag, whose variants are tried in order with
/// [`try_variant`]; the catch-all keeps it as JSON ([`Buffered::into_json`]).
#[inline]
pub fn buffer<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Buffered<'de>, D::Error> {
    Buffered::deserialize(deserializer)
}

/// The value as a `T`, if it is one.
#[inline]
pub fn try_variant<T: serde::de::DeserializeOwned>(value: &Buffered<'_>) -> Option<T> {
    T::deserialize(value).ok()
}

/// The error of a one-of without a tag when no variant matches (`serde_derive`'s message).
pub fn no_variant<E: de::Error>(name: &'static str) -> E {
    E::custom(format_args!("data did not match any variant of untagged enum {name}"))
}

/// Starts writing a struct as a map.
#[inline]
pub fn start<S: Serializer>(serializer: S) -> Result<S::SerializeMap, S::Error> {
    serializer.serialize_map(None)
}

/// Writes a field.
#[inline]
pub fn entry<M: SerializeMap, V: Serialize + ?Sized>(
    map: &mut M,
    name: &'static str,
    value: &V,
) -> Result<(), M::Error> {
    map.serialize_entry(name, value)
}

/// Writes an optional field when it is set (`Some(None)` of a nullable one is `null`).
#[inline]
pub fn present<M: SerializeMap, V: Serialize>(
    map: &mut M,
    name: &'static str,
    value: &Option<V>,
) -> Result<(), M::Error> {
    match value {
        Some(value) => map.serialize_entry(name, value),
        None => Ok(()),
    }
}

/// Writes the properties no field names.
#[inline]
pub fn others<M: SerializeMap, V: Serialize>(map: &mut M, others: &BTreeMap<String, V>) -> Result<(), M::Error> {
    others.iter().try_for_each(|(key, value)| map.serialize_entry(key, value))
}

/// Ends a struct.
#[inline]
pub fn end<M: SerializeMap>(map: M) -> Result<M::Ok, M::Error> {
    map.end()
}
