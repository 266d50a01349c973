//! Sample arguments for every operation, from the spec's examples where it has them and made
//! up from the schema where not. Generated contract tests call each operation with them.

use serde_json::{Map, Value};

use super::Lowerer;
use crate::validate::resolve_local;

/// How deep a made-up sample nests before it stops adding optional structure.
const MAX_DEPTH: usize = 8;

impl Lowerer<'_> {
    /// The example of a parameter: its own `example`, its first named example, or its schema's.
    pub(super) fn param_sample(&self, param: &Value) -> Value {
        if let Some(example) = param.get("example") {
            return example.clone();
        }
        if let Some(example) = param
            .get("examples")
            .and_then(Value::as_object)
            .and_then(|m| m.values().next())
            .and_then(|e| e.get("value"))
        {
            return example.clone();
        }
        match param.get("schema") {
            Some(schema) => self.sample(schema, 0),
            None => Value::String("example".into()),
        }
    }

    /// The example of a media type, or one made from its schema.
    pub(super) fn media_sample(&self, media: &Value) -> Value {
        if let Some(example) = media.get("example") {
            return example.clone();
        }
        if let Some(example) =
            media.get("examples").and_then(Value::as_object).and_then(|m| m.values().next()).and_then(|e| {
                let e = e.get("$ref").and_then(Value::as_str).and_then(|r| resolve_local(self.root, r)).unwrap_or(e);
                e.get("value")
            })
        {
            return example.clone();
        }
        media.get("schema").map_or(Value::Null, |s| self.sample(s, 0))
    }

    /// A value that validates against `schema`, as plain as possible.
    pub(super) fn sample(&self, schema: &Value, depth: usize) -> Value {
        let mut schema = schema;
        for _ in 0..32 {
            match schema.get("$ref").and_then(Value::as_str).and_then(|r| resolve_local(self.root, r)) {
                Some(target) => schema = target,
                None => break,
            }
        }
        if let Some(v) = schema.get("example").or_else(|| schema.get("default")) {
            return v.clone();
        }
        if let Some(first) = schema.get("examples").and_then(Value::as_array).and_then(|a| a.first()) {
            return first.clone();
        }
        if let Some(first) = schema.get("enum").and_then(Value::as_array).and_then(|a| a.iter().find(|v| !v.is_null()))
        {
            return first.clone();
        }
        if depth > MAX_DEPTH {
            return Value::Null;
        }
        if let Some(members) = schema.get("allOf").and_then(Value::as_array) {
            let mut merged = Map::new();
            for member in members {
                if let Value::Object(part) = self.sample(member, depth + 1) {
                    merged.extend(part);
                }
            }
            if let Value::Object(own) = self.object_sample(schema, depth) {
                merged.extend(own);
            }
            return Value::Object(merged);
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(first) = schema.get(key).and_then(Value::as_array).and_then(|a| a.first()) {
                return self.sample(first, depth + 1);
            }
        }
        let ty = match schema.get("type") {
            Some(Value::String(t)) => t.as_str(),
            Some(Value::Array(types)) => {
                types.iter().filter_map(Value::as_str).find(|t| *t != "null").unwrap_or("null")
            }
            _ if schema.get("properties").is_some() => "object",
            _ if schema.get("items").is_some() => "array",
            _ => "",
        };
        let format = schema.get("format").and_then(Value::as_str).unwrap_or_default();
        match ty {
            "string" => Value::String(
                match format {
                    "date-time" => "2024-01-01T00:00:00Z",
                    "date" => "2024-01-01",
                    "email" => "user@example.com",
                    "uuid" => "00000000-0000-4000-8000-000000000000",
                    "uri" | "url" => "https://example.com/",
                    "ipv4" => "192.0.2.1",
                    _ => "string",
                }
                .to_owned(),
            ),
            "integer" => {
                let min = schema.get("minimum").and_then(Value::as_i64).unwrap_or(1);
                Value::from(min.max(1).min(schema.get("maximum").and_then(Value::as_i64).unwrap_or(i64::MAX)))
            }
            "number" => Value::from(schema.get("minimum").and_then(Value::as_f64).unwrap_or(1.0).max(1.0)),
            "boolean" => Value::Bool(true),
            "array" => {
                let min = schema.get("minItems").and_then(Value::as_u64).unwrap_or(0);
                let item = schema.get("items").map_or(Value::Null, |i| self.sample(i, depth + 1));
                Value::Array((0..min.max(1)).map(|_| item.clone()).collect())
            }
            "object" => self.object_sample(schema, depth),
            "null" => Value::Null,
            _ => Value::Object(Map::new()),
        }
    }

    fn object_sample(&self, schema: &Value, depth: usize) -> Value {
        let mut out = Map::new();
        let required: Vec<&str> =
            schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
        if let Some(props) = schema.get("properties").and_then(Value::as_object) {
            for (name, prop) in props {
                let read_only = prop.get("readOnly").and_then(Value::as_bool).unwrap_or(false);
                if required.contains(&name.as_str()) && !read_only {
                    out.insert(name.clone(), self.sample(prop, depth + 1));
                }
            }
        }
        Value::Object(out)
    }
}
