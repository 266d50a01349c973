//! What a schema requires beyond its Rust type, as one sentence for the docs:
//! `Constraints: matches `[a-z]+`; 3 to 255 characters.`
//!
//! The generated code does not check these (a server is the judge of its own rules), but a
//! caller should see them, and two types that interning keeps apart because their constraints
//! differ (`intern::constraints`) must not look alike in the crate: this sentence is where they
//! differ. It covers the schema's own keywords, those of its items and values written inline,
//! and those of its composition members written inline; a `$ref` names a type whose own docs say
//! its constraints.

use serde_json::Value;

/// The sentence, or `None` when `schema` constrains nothing.
pub(super) fn describe(schema: &Value) -> Option<String> {
    let parts = parts(schema, 1);
    (!parts.is_empty()).then(|| format!("Constraints: {}.", parts.join("; ")))
}

/// The clauses of `schema`, and (`depth` levels down) of its inline items and values.
fn parts(schema: &Value, depth: u8) -> Vec<String> {
    let mut out = own(schema);
    for key in ["allOf", "oneOf", "anyOf"] {
        for member in schema.get(key).and_then(Value::as_array).into_iter().flatten() {
            out.extend(own(member));
        }
    }
    if depth > 0 {
        for (key, what) in [("items", "each item"), ("additionalProperties", "each value")] {
            if let Some(inner) = schema.get(key).filter(|s| s.is_object()) {
                let inner = parts(inner, depth - 1);
                if !inner.is_empty() {
                    out.push(format!("{what}: {}", inner.join(", ")));
                }
            }
        }
    }
    out
}

/// The clauses of the keywords of `schema` itself.
fn own(schema: &Value) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(pattern) = schema.get("pattern").and_then(Value::as_str) {
        out.push(format!("matches {}", code(pattern)));
    }
    if let Some(format) = schema.get("format").and_then(Value::as_str) {
        out.push(format!("format {}", code(format)));
    }
    out.extend(range(schema, "minLength", "maxLength", "characters"));
    out.extend(bounds(schema));
    if let Some(m) = schema.get("multipleOf").filter(|m| m.is_number()) {
        out.push(format!("a multiple of {m}"));
    }
    out.extend(range(schema, "minItems", "maxItems", "items"));
    if schema.get("uniqueItems") == Some(&Value::Bool(true)) {
        out.push("no item twice".to_owned());
    }
    out.extend(range(schema, "minProperties", "maxProperties", "properties"));
    out
}

/// `3 to 255 characters`, `at least 1 item`, `exactly 2 characters`.
fn range(schema: &Value, min: &str, max: &str, unit: &str) -> Option<String> {
    let min = schema.get(min).filter(|v| v.is_number());
    let max = schema.get(max).filter(|v| v.is_number());
    // One of a unit is `item`, not `items`.
    let unit_of = |n: &Value| if n.as_u64() == Some(1) { unit.trim_end_matches('s') } else { unit };
    match (min, max) {
        (Some(a), Some(b)) if a == b => Some(format!("exactly {a} {}", unit_of(a))),
        (Some(a), Some(b)) => Some(format!("{a} to {b} {unit}")),
        (Some(a), None) => Some(format!("at least {a} {}", unit_of(a))),
        (None, Some(b)) => Some(format!("at most {b} {}", unit_of(b))),
        (None, None) => None,
    }
}

/// Numeric bounds, in OpenAPI 3.0's form (`exclusiveMinimum: true` beside `minimum`) or 3.1's
/// (`exclusiveMinimum: 5`).
fn bounds(schema: &Value) -> Vec<String> {
    let bound = |inclusive: &str, exclusive: &str, at: &str, beyond: &str| {
        let value = schema.get(inclusive).filter(|v| v.is_number());
        match (value, schema.get(exclusive)) {
            (Some(v), Some(Value::Bool(true))) => Some(format!("{beyond} {v}")),
            (_, Some(v)) if v.is_number() => Some(format!("{beyond} {v}")),
            (Some(v), _) => Some(format!("{at} {v}")),
            (None, _) => None,
        }
    };
    [
        bound("minimum", "exclusiveMinimum", "at least", "more than"),
        bound("maximum", "exclusiveMaximum", "at most", "less than"),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// `text` as a Markdown code span, long enough a fence for backticks in it.
fn code(text: &str) -> String {
    if text.contains('`') {
        format!("`` {text} ``")
    } else {
        format!("`{text}`")
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::describe;

    #[test]
    fn says_what_a_schema_requires() {
        let s = json!({"type": "string", "pattern": "[a-z]+", "minLength": 3, "maxLength": 255});
        assert_eq!(describe(&s).as_deref(), Some("Constraints: matches `[a-z]+`; 3 to 255 characters."));
        let n = json!({"type": "number", "minimum": 0, "exclusiveMinimum": true, "maximum": 1, "multipleOf": 0.5});
        assert_eq!(describe(&n).as_deref(), Some("Constraints: more than 0; at most 1; a multiple of 0.5."));
        let n31 = json!({"type": "integer", "exclusiveMaximum": 10});
        assert_eq!(describe(&n31).as_deref(), Some("Constraints: less than 10."));
        let a =
            json!({"type": "array", "minItems": 1, "uniqueItems": true, "items": {"format": "uuid", "maxLength": 36}});
        assert_eq!(
            describe(&a).as_deref(),
            Some("Constraints: at least 1 item; no item twice; each item: format `uuid`, at most 36 characters.")
        );
        assert_eq!(describe(&json!({"type": "string", "description": "x"})), None);
        assert_eq!(
            describe(&json!({"type": "string", "pattern": "a`b"})).as_deref(),
            Some("Constraints: matches `` a`b ``.")
        );
    }
}
