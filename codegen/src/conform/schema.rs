//! Validation of a JSON value against a schema of the loaded document, as a generated client
//! decodes it: `$ref`s followed (a `nullable` beside a `$ref` counts, as in lowering), `allOf`
//! members all apply (their properties together are what the object declares), a `oneOf`/`anyOf`
//! needs one member that fits, `nullable` (3.0) and `type: [.., "null"]` (3.1), `enum`,
//! `required`, `properties`, `additionalProperties`, `items`, `type`. Formats are not checked.
//!
//! Integer vs number: a JSON number written with a fraction or an exponent (`3600.0`, `1e3`) is
//! not an integer, whatever its value: serde decodes it as a float and refuses it for an `i64`
//! field, so a spec that says `integer` for it is wrong for a generated client.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::Kind;
use crate::diagnostic::child;

/// One violation.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Violation {
    pub kind: Kind,
    /// JSON pointer in the instance.
    pub at: String,
    /// The schema node that rejects the value (after `$ref`s).
    pub schema: String,
    /// Where that schema is used (before `$ref`s): a property, `items`, a media type's `schema`.
    pub site: String,
    /// The pointer to show (the keyword that rejects, when the schema has it).
    pub place: String,
    pub message: String,
    pub value: Option<Value>,
    pub name: Option<String>,
}

/// Every violation of `value` against the schema at `schema` (a pointer into `root`).
pub(crate) fn validate(root: &Value, value: &Value, schema: &str) -> Vec<Violation> {
    let mut v = Validator { root, out: Vec::new() };
    v.value(value, schema, schema, "", false, 0);
    v.out
}

/// `$ref`s followed in a row before giving up (alias cycles).
const MAX_HOPS: usize = 32;

struct Validator<'a> {
    root: &'a Value,
    out: Vec<Violation>,
}

/// The JSON type of a value (`integer` for a number written without fraction or exponent).
pub(crate) fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// A short rendering of a value for messages.
pub(crate) fn preview(value: &Value) -> String {
    let text = value.to_string();
    match text.char_indices().nth(40) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

/// The pointer of a local `$ref`, or `None` for a remote one.
pub(crate) fn ref_pointer(reference: &str) -> Option<String> {
    crate::spec::pointer::target(reference)
}

/// The non-null types a schema declares (`type`, else `object` for one with properties, `array`
/// for one with items); empty when any type goes.
pub(crate) fn types(node: &Map<String, Value>) -> BTreeSet<String> {
    let mut out: BTreeSet<String> = match node.get("type") {
        Some(Value::String(t)) => [t.clone()].into(),
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).map(str::to_owned).collect(),
        _ if node.contains_key("properties") || node.contains_key("additionalProperties") => ["object".into()].into(),
        _ if node.contains_key("items") => ["array".into()].into(),
        _ => BTreeSet::new(),
    };
    out.remove("null");
    out
}

/// An integer written as a string where the schema says `x-lenient-integer: true` (which the
/// runtime decodes).
pub(crate) fn lenient_integer(node: &Map<String, Value>, types: &BTreeSet<String>, value: &Value) -> bool {
    node.get("x-lenient-integer").and_then(Value::as_bool) == Some(true)
        && types.contains("integer")
        && value.as_str().is_some_and(holds_integer)
}

/// Whether a string holds an integer (as `x-lenient-integer` reads it: trimmed, an `i64`).
pub(crate) fn holds_integer(text: &str) -> bool {
    text.trim().parse::<i64>().is_ok()
}

fn accepts(types: &BTreeSet<String>, json: &str) -> bool {
    types.is_empty() || types.contains(json) || (json == "integer" && types.contains("number"))
}

/// What an object schema declares, its `allOf` members included.
#[derive(Default)]
struct Declared {
    names: BTreeSet<String>,
    /// The schema of `additionalProperties`, when it is one.
    additional: Option<String>,
    /// Where `additionalProperties: false` is said.
    forbidden: Option<String>,
    /// `additionalProperties: true` or `{}`: anything goes.
    open: bool,
}

impl<'a> Validator<'a> {
    fn node(&self, pointer: &str) -> Option<&'a Map<String, Value>> {
        self.root.pointer(pointer).and_then(Value::as_object)
    }

    fn push(&mut self, kind: Kind, at: &str, schema: &str, site: &str, keyword: Option<&str>, message: String) {
        let place = match keyword {
            Some(k) if self.node(schema).is_some_and(|n| n.contains_key(k)) => child(schema, k),
            _ => schema.to_owned(),
        };
        self.out.push(Violation {
            kind,
            at: at.to_owned(),
            schema: schema.to_owned(),
            site: site.to_owned(),
            place,
            message,
            value: None,
            name: None,
        });
    }

    /// Validates `value` (at `at` in the instance) against the schema at `schema`, used at
    /// `site`; an `allOf` member (`member`) leaves undeclared properties to its parent.
    fn value(&mut self, value: &Value, schema: &str, site: &str, at: &str, member: bool, hops: usize) {
        let Some(node) = self.node(schema) else { return };
        if hops > MAX_HOPS {
            return;
        }
        if value.is_null() {
            if !self.admits_null(schema, 0) {
                self.push(Kind::Null, at, site, site, None, "null, but the schema is not nullable".into());
                self.last_value(value, None);
            }
            return;
        }
        if let Some(reference) = node.get("$ref").and_then(Value::as_str) {
            if let Some(target) = ref_pointer(reference) {
                self.value(value, &target, site, at, member, hops + 1);
            }
            return;
        }
        let declared = types(node);
        if !accepts(&declared, json_type(value)) && !lenient_integer(node, &declared, value) {
            let expected = declared.iter().cloned().collect::<Vec<_>>().join(" or ");
            let what = match json_type(value) {
                "number" => "a number with a fraction or exponent",
                "integer" => "an integer",
                "string" => "a string",
                "boolean" => "a boolean",
                "array" => "an array",
                _ => "an object",
            };
            let message = format!("{what} ({}), but the schema's type is {expected}", preview(value));
            self.push(Kind::WrongType, at, schema, site, Some("type"), message);
            self.last_value(value, None);
            return;
        }
        if let Some(values) = node.get("enum").and_then(Value::as_array) {
            if !values.contains(value) {
                let listed: Vec<String> = values.iter().map(preview).collect();
                let message = format!("{} is not one of the enum's values ({})", preview(value), listed.join(", "));
                self.push(Kind::NotInEnum, at, schema, site, Some("enum"), message);
                self.last_value(value, None);
            }
        }
        if let Some(members) = node.get("allOf").and_then(Value::as_array) {
            for i in 0..members.len() {
                let member_at = format!("{schema}/allOf/{i}");
                self.value(value, &member_at, &member_at, at, true, hops + 1);
            }
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(members) = node.get(key).and_then(Value::as_array) {
                self.one_of(value, &child(schema, key), members.len(), at, hops);
            }
        }
        match value {
            Value::Object(object) => self.object(object, schema, at, member, hops),
            Value::Array(items) if node.contains_key("items") => {
                let items_at = child(schema, "items");
                for (i, item) in items.iter().enumerate() {
                    self.value(item, &items_at, &items_at, &format!("{at}/{i}"), false, 0);
                }
            }
            _ => {}
        }
    }

    fn last_value(&mut self, value: &Value, name: Option<&str>) {
        if let Some(last) = self.out.last_mut() {
            last.value = Some(value.clone());
            last.name = name.map(str::to_owned);
        }
    }

    /// Whether the schema at `schema` lets `null` through.
    fn admits_null(&self, schema: &str, hops: usize) -> bool {
        let Some(node) = self.node(schema) else { return true };
        if hops > MAX_HOPS || node.get("nullable").and_then(Value::as_bool) == Some(true) {
            return true;
        }
        if let Some(Value::Array(ts)) = node.get("type") {
            if ts.iter().any(|t| t == "null") {
                return true;
            }
        }
        if node.get("type").is_some_and(|t| t == "null") {
            return true;
        }
        if node.get("enum").and_then(Value::as_array).is_some_and(|e| e.contains(&Value::Null)) {
            return true;
        }
        if let Some(target) = node.get("$ref").and_then(Value::as_str).and_then(ref_pointer) {
            return self.admits_null(&target, hops + 1);
        }
        if let Some(members) = node.get("allOf").and_then(Value::as_array) {
            let annotated = members.iter().any(|m| m.get("nullable").and_then(Value::as_bool) == Some(true));
            let all = (0..members.len()).all(|i| self.admits_null(&format!("{schema}/allOf/{i}"), hops + 1));
            return annotated || all;
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(members) = node.get(key).and_then(Value::as_array) {
                return (0..members.len()).any(|i| self.admits_null(&format!("{schema}/{key}/{i}"), hops + 1));
            }
        }
        // A schema that constrains nothing (`{}`, a description) accepts anything.
        types(node).is_empty() && !node.contains_key("enum")
    }

    fn object(&mut self, object: &Map<String, Value>, schema: &str, at: &str, member: bool, hops: usize) {
        let Some(node) = self.node(schema) else { return };
        for name in node.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
            if !object.contains_key(name) {
                let message = format!("required property `{name}` is missing");
                self.push(Kind::MissingRequired, at, schema, schema, Some("required"), message);
                if let Some(last) = self.out.last_mut() {
                    last.name = Some(name.to_owned());
                }
            }
        }
        let properties = node.get("properties").and_then(Value::as_object);
        for (name, value) in object {
            if properties.is_some_and(|p| p.contains_key(name)) {
                let prop = child(&child(schema, "properties"), name);
                self.value(value, &prop, &prop, &child(at, name), false, 0);
            }
        }
        if member {
            return;
        }
        let mut declared = Declared::default();
        self.declared(schema, &mut declared, hops);
        let any_listed = !declared.names.is_empty();
        for (name, value) in object.iter().filter(|(name, _)| !declared.names.contains(*name)) {
            let value_at = child(at, name);
            if let Some(additional) = &declared.additional {
                self.value(value, additional, additional, &value_at, false, 0);
            } else if let Some(forbidden) = declared.forbidden.clone() {
                let message = format!("property `{name}` is not allowed (`additionalProperties: false`)");
                self.push(
                    Kind::ForbiddenProperty,
                    &value_at,
                    &forbidden,
                    schema,
                    Some("additionalProperties"),
                    message,
                );
                self.last_value(value, Some(name));
            } else if any_listed && !declared.open {
                let message = format!("property `{name}` is not in the schema");
                self.push(Kind::UndeclaredProperty, &value_at, schema, schema, Some("properties"), message);
                self.last_value(value, Some(name));
            }
        }
    }

    /// Collects what the schema at `schema` declares, through `$ref`s and `allOf`.
    fn declared(&self, schema: &str, out: &mut Declared, hops: usize) {
        let Some(node) = self.node(schema) else { return };
        if hops > MAX_HOPS {
            return;
        }
        if let Some(target) = node.get("$ref").and_then(Value::as_str).and_then(ref_pointer) {
            return self.declared(&target, out, hops + 1);
        }
        out.names
            .extend(node.get("properties").and_then(Value::as_object).into_iter().flatten().map(|(k, _)| k.clone()));
        match node.get("additionalProperties") {
            Some(Value::Bool(false)) => out.forbidden = out.forbidden.take().or_else(|| Some(schema.to_owned())),
            Some(Value::Bool(true)) => out.open = true,
            Some(Value::Object(o)) if o.is_empty() => out.open = true,
            Some(Value::Object(_)) => out.additional = Some(child(schema, "additionalProperties")),
            _ => {}
        }
        for (i, _) in node.get("allOf").and_then(Value::as_array).into_iter().flatten().enumerate() {
            self.declared(&format!("{schema}/allOf/{i}"), out, hops + 1);
        }
    }

    /// A `oneOf`/`anyOf` at `members_at` with `count` members: the violations of the member that
    /// fits (its warnings), else of the one member whose type fits, else one `no-variant`.
    fn one_of(&mut self, value: &Value, members_at: &str, count: usize, at: &str, hops: usize) {
        let mut results = Vec::with_capacity(count);
        for i in 0..count {
            let member = format!("{members_at}/{i}");
            let mut sub = Validator { root: self.root, out: Vec::new() };
            sub.value(value, &member, &member, at, false, hops + 1);
            if sub.out.iter().all(|v| v.kind.severity() != super::Severity::Error) {
                self.out.extend(sub.out);
                return;
            }
            results.push(sub.out);
        }
        let root_level = |v: &Violation| v.at == at && matches!(v.kind, Kind::WrongType | Kind::Null | Kind::NoVariant);
        let fitting: Vec<usize> = (0..count).filter(|&i| !results[i].iter().any(root_level)).collect();
        if let [only] = fitting.as_slice() {
            let chosen = std::mem::take(&mut results[*only]);
            self.out.extend(chosen);
            return;
        }
        let keyword = members_at.rsplit('/').next().unwrap_or("oneOf").to_owned();
        let reasons: Vec<String> = results
            .iter()
            .enumerate()
            .map(|(i, r)| format!("#{i}: {}", r.first().map_or("?", |v| v.message.as_str())))
            .collect();
        let message = format!("matches none of the {count} `{keyword}` members ({})", reasons.join("; "));
        let parent = &members_at[..members_at.len() - keyword.len() - 1];
        self.push(Kind::NoVariant, at, parent, parent, Some(&keyword), message);
        self.last_value(value, Some(&keyword));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn kinds(root: &Value, value: Value) -> Vec<(Kind, String, String)> {
        validate(root, &value, "/s").into_iter().map(|v| (v.kind, v.at, v.place)).collect()
    }

    #[test]
    fn integers_are_written_without_a_fraction() {
        let root = json!({"s": {"type": "integer"}});
        assert!(kinds(&root, json!(3600)).is_empty());
        let found = validate(&root, &serde_json::from_str("3600.0").unwrap(), "/s");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].message, "a number with a fraction or exponent (3600.0), but the schema's type is integer");
        let number = json!({"s": {"type": "number"}});
        assert!(kinds(&number, json!(3)).is_empty(), "an integer is a number");
        let lenient = json!({"s": {"type": "integer", "x-lenient-integer": true}});
        assert!(kinds(&lenient, json!("30")).is_empty());
        assert_eq!(kinds(&lenient, json!("thirty")).len(), 1);
    }

    #[test]
    fn null_follows_refs_and_unions() {
        let root = json!({"s": {"type": "object", "properties": {
            "a": {"$ref": "#/t"}, "b": {"$ref": "#/t", "nullable": true}, "c": {"type": ["string", "null"]},
            "d": {"oneOf": [{"$ref": "#/t"}, {"type": "null"}]}, "e": {"description": "anything"}}},
            "t": {"type": "string"}});
        let found = kinds(&root, json!({"a": null, "b": null, "c": null, "d": null, "e": null}));
        assert_eq!(found, [(Kind::Null, "/a".into(), "/s/properties/a".into())]);
    }

    #[test]
    fn all_of_members_declare_properties_together() {
        let root = json!({"s": {"allOf": [{"$ref": "#/base"}, {"properties": {"b": {"type": "integer"}}, "required": ["b"]}]},
            "base": {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]}});
        assert!(kinds(&root, json!({"a": "x", "b": 1})).is_empty());
        let found = kinds(&root, json!({"b": "1", "c": true}));
        assert_eq!(
            found,
            [
                (Kind::MissingRequired, String::new(), "/base/required".into()),
                (Kind::WrongType, "/b".into(), "/s/allOf/1/properties/b/type".into()),
                (Kind::UndeclaredProperty, "/c".into(), "/s".into()),
            ]
        );
    }

    #[test]
    fn a_one_of_that_fails_names_its_members_or_the_one_that_fits() {
        let root =
            json!({"s": {"oneOf": [{"type": "string"}, {"type": "object", "properties": {"n": {"type": "integer"}}}]}});
        assert!(kinds(&root, json!("x")).is_empty());
        assert_eq!(
            kinds(&root, json!({"n": "7"})),
            [(Kind::WrongType, "/n".into(), "/s/oneOf/1/properties/n/type".into())]
        );
        let found = validate(&root, &json!(true), "/s");
        assert_eq!(found[0].kind, Kind::NoVariant);
        assert_eq!(
            found[0].message,
            "matches none of the 2 `oneOf` members (#0: a boolean (true), but the schema's type is string; #1: a boolean (true), but the schema's type is object)"
        );
    }

    #[test]
    fn forbidden_and_enum() {
        let root =
            json!({"s": {"type": "object", "additionalProperties": false, "properties": {"k": {"enum": ["a", "b"]}}}});
        let found = kinds(&root, json!({"k": "c", "x": 1}));
        assert_eq!(
            found,
            [
                (Kind::NotInEnum, "/k".into(), "/s/properties/k/enum".into()),
                (Kind::ForbiddenProperty, "/x".into(), "/s/additionalProperties".into()),
            ]
        );
    }
}
