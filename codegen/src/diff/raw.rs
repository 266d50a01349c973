//! What the IR does not keep, read from the spec document itself: schema constraints and
//! formats, parameter schemas, the documented status codes.

use serde_json::Value;

use crate::spec::pointer;

/// The keywords compared as constraints.
pub const CONSTRAINTS: &[&str] = &[
    "maxLength",
    "minLength",
    "pattern",
    "maximum",
    "minimum",
    "exclusiveMaximum",
    "exclusiveMinimum",
    "multipleOf",
    "maxItems",
    "minItems",
    "uniqueItems",
    "maxProperties",
    "minProperties",
];

/// A spec document.
#[derive(Clone, Copy)]
pub struct Raw<'a> {
    root: &'a Value,
}

impl<'a> Raw<'a> {
    /// Wraps the document's root.
    pub fn new(root: &'a Value) -> Self {
        Raw { root }
    }

    /// Follows `$ref`s (local ones, at most 32).
    pub fn deref(&self, value: &'a Value) -> &'a Value {
        pointer::deref(self.root, value)
    }

    /// The value at a JSON pointer, `$ref`s followed.
    pub fn at(&self, pointer: &str) -> Option<&'a Value> {
        if pointer.is_empty() {
            return None;
        }
        self.root.pointer(pointer).map(|v| self.deref(v))
    }

    /// The property `wire` of the object schema at `pointer`, as written (not dereferenced):
    /// the schema's own `properties` first, then its `allOf` members, last one first (the
    /// generator lets the last definition win).
    pub fn property(&self, pointer: &str, wire: &str) -> Option<&'a Value> {
        self.at(pointer).and_then(|schema| self.property_in(schema, wire, 0))
    }

    fn property_in(&self, schema: &'a Value, wire: &str, depth: usize) -> Option<&'a Value> {
        if depth > 16 {
            return None;
        }
        if let Some(p) = schema.get("properties").and_then(|p| p.get(wire)) {
            return Some(p);
        }
        let members = schema.get("allOf").and_then(Value::as_array)?;
        members.iter().rev().find_map(|m| self.property_in(self.deref(m), wire, depth + 1))
    }

    /// The operation object at `path` and `method` (lower case).
    pub fn operation(&self, path: &str, method: &str) -> Option<&'a Value> {
        let item = self.deref(self.root.get("paths")?.get(path)?);
        item.get(method.to_ascii_lowercase())
    }

    /// The parameter object (dereferenced) named `wire` in `location`, the operation's own
    /// before the path item's.
    pub fn param(&self, path: &str, method: &str, location: &str, wire: &str) -> Option<&'a Value> {
        let item = self.deref(self.root.get("paths")?.get(path)?);
        let op = item.get(method.to_ascii_lowercase());
        let lists = [op.and_then(|o| o.get("parameters")), item.get("parameters")];
        lists.into_iter().flatten().filter_map(Value::as_array).flatten().map(|p| self.deref(p)).find(|p| {
            p.get("in").and_then(Value::as_str) == Some(location)
                && p.get("name").and_then(Value::as_str).is_some_and(|n| {
                    if location == "header" {
                        n.eq_ignore_ascii_case(wire)
                    } else {
                        n == wire
                    }
                })
        })
    }

    /// The documented response statuses of an operation (`200`, `4XX`, `default`), in order.
    pub fn statuses(&self, path: &str, method: &str) -> Vec<String> {
        self.operation(path, method)
            .and_then(|o| o.get("responses"))
            .and_then(Value::as_object)
            .map(|r| r.keys().cloned().collect())
            .unwrap_or_default()
    }
}

/// One constraint keyword that differs.
#[derive(Debug, Clone, PartialEq)]
pub struct ConstraintDelta {
    /// The keyword.
    pub keyword: &'static str,
    /// Its old value.
    pub old: Option<Value>,
    /// Its new value.
    pub new: Option<Value>,
    /// `true` when some value valid before may be invalid now.
    pub tightened: bool,
}

impl ConstraintDelta {
    /// `maxLength 50 → 20`.
    pub fn describe(&self) -> String {
        let show = |v: &Option<Value>| v.as_ref().map_or_else(|| "none".to_owned(), |v| v.to_string());
        format!("{} {} → {}", self.keyword, show(&self.old), show(&self.new))
    }
}

/// The constraint keywords that differ between two schemas (neither dereferenced here).
pub fn constraint_deltas(old: &Value, new: &Value) -> Vec<ConstraintDelta> {
    let mut out = Vec::new();
    for keyword in CONSTRAINTS {
        let (o, n) = (old.get(*keyword), new.get(*keyword));
        if o == n || numeric_eq(o, n) {
            continue;
        }
        out.push(ConstraintDelta { keyword, old: o.cloned(), new: n.cloned(), tightened: tightened(keyword, o, n) });
    }
    out
}

fn numeric_eq(o: Option<&Value>, n: Option<&Value>) -> bool {
    matches!((o.and_then(Value::as_f64), n.and_then(Value::as_f64)), (Some(a), Some(b)) if a == b)
}

/// Whether going from `o` to `n` for `keyword` can make a valid value invalid.
fn tightened(keyword: &str, o: Option<&Value>, n: Option<&Value>) -> bool {
    let (o, n) = match (o, n) {
        (_, None) => return false,
        (None, Some(n)) => return !matches!(n, Value::Bool(false)),
        (Some(o), Some(n)) => (o, n),
    };
    match keyword {
        "maxLength" | "maximum" | "maxItems" | "maxProperties" => match (o.as_f64(), n.as_f64()) {
            (Some(a), Some(b)) => b < a,
            _ => true,
        },
        "minLength" | "minimum" | "minItems" | "minProperties" => match (o.as_f64(), n.as_f64()) {
            (Some(a), Some(b)) => b > a,
            _ => true,
        },
        // 3.0 booleans: true is stricter; 3.1 numbers: a bound like maximum/minimum.
        "exclusiveMaximum" => match (o, n) {
            (Value::Bool(a), Value::Bool(b)) => !a && *b,
            _ => match (o.as_f64(), n.as_f64()) {
                (Some(a), Some(b)) => b < a,
                _ => true,
            },
        },
        "exclusiveMinimum" => match (o, n) {
            (Value::Bool(a), Value::Bool(b)) => !a && *b,
            _ => match (o.as_f64(), n.as_f64()) {
                (Some(a), Some(b)) => b > a,
                _ => true,
            },
        },
        "uniqueItems" => n == &Value::Bool(true),
        // A different pattern or divisor may reject values the old one accepted.
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn tightening() {
        let d = constraint_deltas(&json!({"maxLength": 50}), &json!({"maxLength": 20}));
        assert!(d[0].tightened);
        let d = constraint_deltas(&json!({"maxLength": 50}), &json!({}));
        assert!(!d[0].tightened);
        let d = constraint_deltas(&json!({}), &json!({"pattern": "^a"}));
        assert!(d[0].tightened);
        let d = constraint_deltas(&json!({"minimum": 1}), &json!({"minimum": 0}));
        assert!(!d[0].tightened);
        assert!(constraint_deltas(&json!({"maximum": 1}), &json!({"maximum": 1.0})).is_empty());
    }
}
