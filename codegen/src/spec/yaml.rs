//! YAML text → `serde_json::Value`. `serde_yaml::Value` cannot hold an integer beyond 64 bits
//! (`minimum: 100000000000000000000`), so the text is read into [`Node`], which can; such an
//! integer becomes the nearest `f64` with a warning naming where it is (JSON's own reader does the
//! same without a word, see [`big_json_integers`]).

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor};
use serde_json::Value;

use crate::diagnostic::{child, Diagnostic};

/// A YAML node as `serde_yaml` hands it over, integers of any width included.
enum Node {
    Null,
    Bool(bool),
    Int(i128),
    UInt(u128),
    Float(f64),
    String(String),
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_unit<E>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }
    fn visit_none<E>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Node, D::Error> {
        Node::deserialize(d)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Node, E> {
        Ok(Node::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Node, E> {
        Ok(Node::Int(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Node, E> {
        Ok(Node::UInt(v.into()))
    }
    fn visit_i128<E>(self, v: i128) -> Result<Node, E> {
        Ok(Node::Int(v))
    }
    fn visit_u128<E>(self, v: u128) -> Result<Node, E> {
        Ok(Node::UInt(v))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Node, E> {
        Ok(Node::Float(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Node, E> {
        Ok(Node::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Node, E> {
        Ok(Node::String(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0));
        while let Some(entry) = map.next_entry()? {
            entries.push(entry);
        }
        Ok(Node::Map(entries))
    }
    /// A tagged node (`!!binary …`, `!custom …`): its value, the tag dropped.
    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Node, A::Error> {
        let (_tag, variant): (de::IgnoredAny, _) = data.variant()?;
        variant.newtype_variant()
    }
}

/// Parses YAML text into JSON; the warnings are about integers beyond 64 bits, read as `f64`.
pub(super) fn parse(text: &str) -> Result<(Value, Vec<Diagnostic>), Box<Diagnostic>> {
    let node = serde_yaml::from_str::<Node>(text).map_err(|e| {
        let mut d = Diagnostic::error("", format!("the file is not valid YAML: {e}"));
        if let Some(loc) = e.location() {
            d.line = Some(loc.line());
            d.column = Some(loc.column());
        }
        Box::new(d)
    })?;
    let mut warnings = Vec::new();
    let value = to_json(node, "", &mut warnings)?;
    Ok((value, warnings))
}

fn to_json(node: Node, pointer: &str, warnings: &mut Vec<Diagnostic>) -> Result<Value, Box<Diagnostic>> {
    Ok(match node {
        Node::Null => Value::Null,
        Node::Bool(b) => Value::Bool(b),
        Node::Int(i) => match i64::try_from(i) {
            Ok(small) => Value::from(small),
            Err(_) => big(i.to_string(), i as f64, pointer, warnings),
        },
        Node::UInt(u) => match u64::try_from(u) {
            Ok(small) => Value::from(small),
            Err(_) => big(u.to_string(), u as f64, pointer, warnings),
        },
        Node::Float(f) => match serde_json::Number::from_f64(f) {
            Some(n) => Value::Number(n),
            None => {
                return Err(Box::new(
                    Diagnostic::error(pointer, format!("the number `{f}` has no JSON form"))
                        .with_hint("JSON numbers are finite: write a finite number or a string"),
                ))
            }
        },
        Node::String(s) => Value::String(s),
        Node::Seq(items) => Value::Array(
            items
                .into_iter()
                .enumerate()
                .map(|(i, item)| to_json(item, &format!("{pointer}/{i}"), warnings))
                .collect::<Result<_, _>>()?,
        ),
        Node::Map(entries) => {
            let mut out = serde_json::Map::with_capacity(entries.len());
            for (key, value) in entries {
                let key = match key {
                    Node::String(s) => s,
                    Node::Int(i) => i.to_string(),
                    Node::UInt(u) => u.to_string(),
                    Node::Float(f) => f.to_string(),
                    Node::Bool(b) => b.to_string(),
                    Node::Null => "null".to_owned(),
                    Node::Seq(_) | Node::Map(_) => {
                        return Err(Box::new(
                            Diagnostic::error(pointer, "a mapping key is not a scalar")
                                .with_hint("OpenAPI documents only use string keys"),
                        ))
                    }
                };
                let value = to_json(value, &child(pointer, &key), warnings)?;
                out.insert(key, value);
            }
            Value::Object(out)
        }
    })
}

/// An integer literal beyond 64 bits: the nearest `f64`, and a warning.
fn big(literal: String, approx: f64, pointer: &str, warnings: &mut Vec<Diagnostic>) -> Value {
    warnings.push(big_warning(pointer, &literal, approx));
    serde_json::Number::from_f64(approx).map_or(Value::Null, Value::Number)
}

fn big_warning(pointer: &str, literal: &str, approx: f64) -> Diagnostic {
    Diagnostic::warning(
        pointer,
        format!("the integer `{literal}` does not fit in 64 bits; it is read as the number {approx:e}"),
    )
    .with_hint("a 64-bit integer (or a string) keeps every digit")
}

/// The warnings for integers beyond 64 bits in a JSON document: `serde_json` reads them as the
/// nearest `f64` (an integral float of magnitude 2⁶³ or more, which a literal with a fraction or
/// exponent may also give; those are named too, since either way the digits are rounded).
pub(super) fn big_json_integers(value: &Value, pointer: &str, warnings: &mut Vec<Diagnostic>) {
    match value {
        Value::Number(n) if n.is_f64() => {
            let f = n.as_f64().unwrap_or_default();
            if f.fract() == 0.0 && f.abs() >= 2f64.powi(63) {
                warnings.push(big_warning(pointer, &format!("{f:e}"), f));
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                big_json_integers(item, &format!("{pointer}/{i}"), warnings);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                big_json_integers(item, &child(pointer, key), warnings);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_beyond_64_bits_are_floats_with_a_warning() {
        let (value, warnings) =
            parse("a: 100000000000000000000\nb: -9223372036854775809\nc: 18446744073709551615\n").unwrap();
        assert_eq!(value["a"].as_f64(), Some(1e20));
        assert_eq!(value["b"].as_f64(), Some(-9_223_372_036_854_775_809_f64));
        assert_eq!(value["c"].as_u64(), Some(u64::MAX));
        let pointers: Vec<&str> = warnings.iter().map(|w| w.pointer.as_str()).collect();
        assert_eq!(pointers, ["/a", "/b"]);
        assert!(warnings[0].message.contains("100000000000000000000"), "{}", warnings[0].message);
    }

    #[test]
    fn tags_are_dropped_and_keys_are_strings() {
        let (value, warnings) = parse("x: !custom {1: yes, true: ~}\n").unwrap();
        assert_eq!(value, serde_json::json!({"x": {"1": "yes", "true": null}}));
        assert!(warnings.is_empty());
    }

    #[test]
    fn a_non_scalar_key_is_an_error() {
        let err = parse("? [a]\n: 1\n").unwrap_err();
        assert!(err.message.contains("mapping key is not a scalar"), "{}", err.message);
    }

    #[test]
    fn json_big_integers_are_named() {
        let value: Value = serde_json::from_str(r#"{"m": 100000000000000000000, "n": 12, "f": 1.5}"#).unwrap();
        let mut warnings = Vec::new();
        big_json_integers(&value, "", &mut warnings);
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].pointer, "/m");
    }
}
