//! What generated enums share: the opaque value of a string enum's `Unknown` variant, and the
//! decoding of one-ofs tagged by a discriminator property.

use std::fmt;

use serde::de::{DeserializeOwned, Error as _};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

/// A value of a string enum that the client does not know (the API added it after the client
/// was generated). It can be read ([`UnknownValue::as_str`]) but not built or matched on by
/// value, so code never depends on a value that a later client turns into a variant of its own.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct UnknownValue(String);

impl UnknownValue {
    pub(crate) fn new(value: String) -> Self {
        UnknownValue(value)
    }

    /// The value as the server sent it.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Reads a one-of tagged by `property`: the object and its tag. Fails, naming the property,
/// when the value is not an object or its tag is missing or not a string.
pub fn tagged<'de, D: Deserializer<'de>>(deserializer: D, property: &'static str) -> Result<(String, Value), D::Error> {
    let value = Value::deserialize(deserializer)?;
    let tag = match value.get(property) {
        Some(Value::String(tag)) => tag.clone(),
        Some(other) => {
            return Err(D::Error::custom(format_args!("the tag `{property}` is {other}, not a string")));
        }
        None if value.is_object() => return Err(D::Error::custom(format_args!("missing the tag `{property}`"))),
        None => return Err(D::Error::custom(format_args!("expected an object tagged by `{property}`, got {value}"))),
    };
    Ok((tag, value))
}

/// Decodes `value` as the variant its tag names; an error says which variant it failed as and
/// the path to the failing field inside it (``as `pet_type: dog` at `barks`: …``).
///
/// The value is decoded from its JSON text with `serde_json`'s slice reader, the instantiation
/// every received type already has, and the path is read back as for whole bodies.
pub fn tagged_variant<T: DeserializeOwned, E: serde::de::Error>(
    value: Value,
    property: &str,
    tag: &str,
) -> Result<T, E> {
    let text = serde_json::to_vec(&value).map_err(E::custom)?;
    crate::decode::decode_json(0, &text).map_err(|failure| {
        // The position is in the re-encoded text, which the caller never saw: the path says where.
        let message = failure.message.rsplit_once(" at line ").map_or(failure.message.as_str(), |(m, _)| m);
        E::custom(format_args!("as `{property}: {tag}` at `{}`: {message}", failure.path))
    })
}

/// The error of a tag that names no variant of a one-of that has no catch-all.
pub fn unknown_tag<E: serde::de::Error>(property: &str, tag: &str, expected: &'static [&'static str]) -> E {
    E::custom(format_args!("unknown `{property}` `{tag}`, expected one of {}", expected.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, Deserialize)]
    struct Dog {
        bark: bool,
    }

    #[derive(Debug, PartialEq)]
    enum Pet {
        Dog(Dog),
        Unknown(Value),
    }

    impl<'de> Deserialize<'de> for Pet {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let (tag, value) = tagged(deserializer, "kind")?;
            match tag.as_str() {
                "dog" => tagged_variant(value, "kind", &tag).map(Pet::Dog),
                _ => Ok(Pet::Unknown(value)),
            }
        }
    }

    #[test]
    fn decodes_by_tag_and_keeps_unknown_tags_as_data() {
        let dog: Pet = serde_json::from_str(r#"{"kind": "dog", "bark": true}"#).unwrap();
        assert_eq!(dog, Pet::Dog(Dog { bark: true }));
        let bird: Pet = serde_json::from_str(r#"{"kind": "bird", "wings": 2}"#).unwrap();
        assert_eq!(bird, Pet::Unknown(serde_json::json!({"kind": "bird", "wings": 2})));
    }

    #[test]
    fn wrong_tags_and_bodies_are_named() {
        let err = serde_json::from_str::<Pet>(r#"{"kind": "dog", "bark": "loud"}"#).unwrap_err().to_string();
        assert!(err.contains("as `kind: dog` at `bark`: invalid type: string \"loud\", expected a boolean"), "{err}");
        let err = serde_json::from_str::<Pet>(r#"{"bark": true}"#).unwrap_err().to_string();
        assert!(err.contains("missing the tag `kind`"), "{err}");
        let err = serde_json::from_str::<Pet>(r#"{"kind": 3}"#).unwrap_err().to_string();
        assert!(err.contains("the tag `kind` is 3, not a string"), "{err}");
    }

    #[test]
    fn unknown_values_read_back_as_sent() {
        let v: UnknownValue = serde_json::from_str(r#""rebooting""#).unwrap();
        assert_eq!(v.as_str(), "rebooting");
        assert_eq!(serde_json::to_string(&v).unwrap(), r#""rebooting""#);
    }
}
