//! A schema inferred from sample values, kept small: the JSON types seen (an integer and a
//! number are a number), nullability, an object's properties (the union of the keys seen,
//! required when in every sample) and an array's items. Several non-null types are "any JSON"
//! (no `type`; in 3.1 a type list), which the generator turns into `serde_json::Value`.

use std::collections::BTreeSet;

use indexmap::IndexMap;
use serde_json::{json, Map, Value};

use super::schema::json_type;

/// The schema dialect of the document the user wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dialect {
    /// Swagger 2.0: `x-nullable`, no type lists.
    Swagger2,
    /// OpenAPI 3.0: `nullable`, no type lists.
    OpenApi30,
    /// OpenAPI 3.1 (JSON Schema 2020-12): type lists with `"null"`.
    OpenApi31,
}

impl Dialect {
    /// The dialect of a document as written (`doc.is_converted()` says 2.0).
    pub(crate) fn of(root: &Value, converted: bool) -> Dialect {
        if converted {
            Dialect::Swagger2
        } else if crate::spec::openapi::is_31_or_later(root) {
            Dialect::OpenApi31
        } else {
            Dialect::OpenApi30
        }
    }

    /// The keyword that makes a schema nullable beside its `type` (not in 3.1).
    pub(crate) fn nullable_keyword(self) -> &'static str {
        match self {
            Dialect::Swagger2 => "x-nullable",
            _ => "nullable",
        }
    }
}

/// What the samples at one place looked like.
#[derive(Debug, Clone, Default)]
pub(crate) struct Shape {
    types: BTreeSet<&'static str>,
    null: bool,
    objects: usize,
    properties: IndexMap<String, (Shape, usize)>,
    items: Option<Box<Shape>>,
}

impl Shape {
    /// The shape of `samples`.
    pub(crate) fn of<'v>(samples: impl IntoIterator<Item = &'v Value>) -> Shape {
        let mut shape = Shape::default();
        for sample in samples {
            shape.add(sample);
        }
        shape
    }

    /// Adds one sample.
    pub(crate) fn add(&mut self, value: &Value) {
        match value {
            Value::Null => self.null = true,
            Value::Object(object) => {
                self.types.insert("object");
                self.objects += 1;
                for (key, v) in object {
                    let (shape, seen) = self.properties.entry(key.clone()).or_default();
                    shape.add(v);
                    *seen += 1;
                }
            }
            Value::Array(items) => {
                self.types.insert("array");
                let shape = self.items.get_or_insert_with(Box::default);
                for item in items {
                    shape.add(item);
                }
            }
            other => {
                self.types.insert(json_type(other));
            }
        }
    }

    /// The non-null types seen, an integer counting as a number when numbers with fractions
    /// were seen too.
    fn kinds(&self) -> Vec<&'static str> {
        let number = self.types.contains("number");
        self.types.iter().copied().filter(|t| !(number && *t == "integer")).collect()
    }

    /// The schema, in `dialect`.
    pub(crate) fn schema(&self, dialect: Dialect) -> Value {
        let kinds = self.kinds();
        let mut schema = match kinds.as_slice() {
            [] => return json!({}),
            ["object"] => self.object(dialect),
            ["array"] => {
                let items = self.items.as_ref().filter(|i| !i.kinds().is_empty() || i.null);
                json!({"type": "array", "items": items.map_or(json!({}), |i| i.schema(dialect))})
            }
            [one] => json!({"type": one}),
            several if dialect == Dialect::OpenApi31 => {
                let mut list: Vec<&str> = several.to_vec();
                if self.null {
                    list.push("null");
                }
                return json!({"type": list});
            }
            // Any JSON (`null` included).
            _ => return json!({}),
        };
        if self.null {
            nullable(&mut schema, dialect);
        }
        schema
    }

    fn object(&self, dialect: Dialect) -> Value {
        let mut properties = Map::new();
        let mut required = Vec::new();
        for (name, (shape, seen)) in &self.properties {
            properties.insert(name.clone(), shape.schema(dialect));
            if *seen == self.objects {
                required.push(Value::String(name.clone()));
            }
        }
        let mut schema = json!({"type": "object"});
        if !properties.is_empty() {
            schema["properties"] = Value::Object(properties);
        }
        if !required.is_empty() {
            schema["required"] = Value::Array(required);
        }
        schema
    }
}

/// Makes a schema with a single `type` nullable, the way `dialect` says it.
pub(crate) fn nullable(schema: &mut Value, dialect: Dialect) {
    let Some(object) = schema.as_object_mut() else { return };
    match (dialect, object.get("type").cloned()) {
        (Dialect::OpenApi31, Some(Value::String(t))) => {
            object.insert("type".into(), json!([t, "null"]));
        }
        (Dialect::OpenApi31, _) => {}
        (other, _) => {
            object.insert(other.nullable_keyword().into(), Value::Bool(true));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn infer(samples: &[Value], dialect: Dialect) -> Value {
        Shape::of(samples).schema(dialect)
    }

    #[test]
    fn objects_require_the_keys_seen_in_every_sample() {
        let samples = [json!({"id": 1, "name": "a", "tags": ["x"]}), json!({"id": 2.5, "name": null, "tags": []})];
        assert_eq!(
            infer(&samples, Dialect::OpenApi30),
            json!({"type": "object", "properties": {
                "id": {"type": "number"},
                "name": {"type": "string", "nullable": true},
                "tags": {"type": "array", "items": {"type": "string"}}},
              "required": ["id", "name", "tags"]})
        );
        let partial = [json!({"a": true}), json!({"b": {"c": 1}})];
        assert_eq!(
            infer(&partial, Dialect::Swagger2),
            json!({"type": "object", "properties": {"a": {"type": "boolean"},
                "b": {"type": "object", "properties": {"c": {"type": "integer"}}, "required": ["c"]}}})
        );
    }

    #[test]
    fn several_types_are_any_json() {
        let samples = [json!("text"), json!([1]), json!({"k": 1}), Value::Null];
        assert_eq!(infer(&samples, Dialect::OpenApi30), json!({}));
        assert_eq!(infer(&samples, Dialect::OpenApi31), json!({"type": ["array", "object", "string", "null"]}));
        assert_eq!(infer(&[json!(1), Value::Null], Dialect::OpenApi31), json!({"type": ["integer", "null"]}));
        assert_eq!(infer(&[Value::Null], Dialect::OpenApi30), json!({}));
        assert_eq!(infer(&[json!([])], Dialect::OpenApi30), json!({"type": "array", "items": {}}));
    }
}
