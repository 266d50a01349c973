//! The overlay that corrects a spec from the findings (OpenAPI Overlay 1.0.0, YAML): fields
//! seen `null` become nullable, values of other JSON types widen their schema, undocumented
//! statuses are added with a schema inferred from their bodies, undeclared properties are
//! declared, enum values seen are added, properties seen missing stop being required, and
//! required query parameters seen missing become optional.
//!
//! Targets name the document as the user wrote it: for a Swagger 2.0 file the 2.0 structure
//! (`definitions`, `x-nullable`, a response's `schema`), since overlays apply before the
//! conversion. Every action says in its `description` which exchanges it comes from. Actions
//! inside a schema that another action replaces are left out (the replacement covers them).

use std::collections::{BTreeMap, BTreeSet};

use indexmap::IndexMap;
use serde_json::{json, Map, Value};

use super::check::json_like;
use super::infer::{nullable, Dialect, Shape};
use super::schema::{holds_integer, types};
use super::{Exchange, Finding, Kind, Origin, Report};
use crate::diagnostic::child;
use crate::SourceDoc;

/// The keywords that give a schema its shape; a widened schema loses them.
const SHAPE: &[&str] = &[
    "$ref",
    "type",
    "format",
    "properties",
    "additionalProperties",
    "items",
    "required",
    "enum",
    "allOf",
    "oneOf",
    "anyOf",
    "not",
    "discriminator",
    "nullable",
];

/// Samples seen at one place of the spec, and the exchanges they came from.
#[derive(Debug, Default)]
struct Seen {
    values: Vec<Value>,
    from: BTreeSet<Origin>,
}

impl Seen {
    fn add(&mut self, values: &[Value], origin: &Origin) {
        self.values.extend(values.iter().cloned());
        self.from.insert(origin.clone());
    }
}

/// What the findings ask to change, by pointer in the loaded document.
#[derive(Debug, Default)]
struct Plan {
    nullable: BTreeMap<String, Seen>,
    widen: BTreeMap<String, (String, Seen)>,
    statuses: BTreeMap<(String, u16), (Option<String>, Seen)>,
    undeclared: BTreeMap<String, IndexMap<String, Seen>>,
    enums: BTreeMap<String, Seen>,
    required: BTreeMap<String, (BTreeSet<String>, Seen)>,
    optional: BTreeMap<String, Seen>,
    variants: BTreeMap<String, Seen>,
    bodies: BTreeMap<String, (Option<String>, Seen)>,
}

/// One overlay action, before it is written.
struct Action {
    /// The pointer (in the loaded document) of the node it changes, to drop actions inside a
    /// replaced schema.
    pointer: String,
    /// The JSONPath, in the document as written.
    target: String,
    description: String,
    update: Option<Value>,
}

pub(crate) fn write(doc: &SourceDoc, exchanges: &[Exchange], report: &Report, command: &str) -> String {
    let dialect = Dialect::of(&doc.root, doc.is_converted());
    let mut plan = Plan::default();
    for finding in &report.findings {
        plan.add(finding, exchanges);
    }
    let actions = plan.actions(doc, dialect);
    render(report, &actions, command)
}

impl Plan {
    fn add(&mut self, f: &Finding, exchanges: &[Exchange]) {
        let e = &f.evidence;
        let value = e.values.as_slice();
        match f.kind {
            Kind::Null => self.nullable.entry(e.site.clone()).or_default().add(value, &f.origin),
            Kind::WrongType => {
                let entry = self.widen.entry(e.site.clone()).or_insert_with(|| (e.schema.clone(), Seen::default()));
                entry.1.add(value, &f.origin);
            }
            Kind::UndocumentedStatus => {
                let Some(status) = e.name.as_deref().and_then(|s| s.parse().ok()) else { return };
                let media = exchanges.get(f.exchange).and_then(|x| x.response.as_ref()).and_then(|r| {
                    r.body.as_ref().filter(|b| *b != &super::Body::Text(String::new())).and(r.content_type())
                });
                let entry = self.statuses.entry((e.schema.clone(), status)).or_default();
                // The first media type of a body (an empty body has none).
                entry.0 = entry.0.take().or(media);
                entry.1.add(value, &f.origin);
            }
            Kind::UndeclaredProperty | Kind::ForbiddenProperty => {
                let Some(name) = &e.name else { return };
                let props = self.undeclared.entry(e.schema.clone()).or_default();
                props.entry(name.clone()).or_default().add(value, &f.origin);
            }
            Kind::NotInEnum => self.enums.entry(e.schema.clone()).or_default().add(value, &f.origin),
            Kind::MissingRequired => {
                let Some(name) = &e.name else { return };
                let entry = self.required.entry(e.schema.clone()).or_default();
                entry.0.insert(name.clone());
                entry.1.add(&[], &f.origin);
            }
            Kind::MissingQueryParameter => self.optional.entry(e.schema.clone()).or_default().add(&[], &f.origin),
            Kind::NoVariant => {
                let Some(keyword) = &e.name else { return };
                self.variants.entry(child(&e.schema, keyword)).or_default().add(value, &f.origin);
            }
            Kind::ContentType if !e.site.is_empty() => {
                let entry = self.bodies.entry(e.site.clone()).or_default();
                entry.0 = entry.0.take().or_else(|| e.name.clone());
                entry.1.add(value, &f.origin);
            }
            Kind::UnmatchedExchange | Kind::ContentType | Kind::InvalidJson | Kind::UnknownQueryParameter => {}
        }
    }

    fn actions(mut self, doc: &SourceDoc, dialect: Dialect) -> Vec<Action> {
        // A place seen null and of another type is widened to take null too.
        for (site, (_, seen)) in &mut self.widen {
            if let Some(nulls) = self.nullable.remove(site) {
                seen.values.push(Value::Null);
                seen.from.extend(nulls.from);
            }
        }
        let w = Writer { doc, dialect };
        let mut out = Vec::new();
        for (site, (schema, seen)) in &self.widen {
            out.extend(w.widen(site, schema, seen));
        }
        for (site, seen) in &self.nullable {
            out.extend(w.nullable(site, seen));
        }
        for ((responses, status), (media, seen)) in &self.statuses {
            let response = w.response(*status, media.as_deref(), seen);
            let description = format!("Status {status} {}.", from(&seen.from));
            out.push(w.action(responses, description, Some(json!({status.to_string(): response}))));
        }
        for (response, (media, seen)) in &self.bodies {
            let update = w.response(0, media.as_deref(), seen);
            if update.as_object().is_some_and(|o| !o.is_empty()) {
                let description = format!("A body where the spec documents none, seen {}.", from(&seen.from));
                out.push(w.action(response, description, Some(update)));
            }
        }
        for (schema, props) in &self.undeclared {
            out.push(w.properties(schema, props));
        }
        for (schema, seen) in &self.enums {
            out.push(w.enum_values(schema, seen));
        }
        for (schema, (missing, seen)) in &self.required {
            out.extend(w.required(schema, missing, seen));
        }
        for (parameter, seen) in &self.optional {
            let name = doc.root.pointer(&child(parameter, "name")).and_then(Value::as_str).unwrap_or("?");
            let description = format!("Query parameter `{name}` not sent {}.", from(&seen.from));
            out.push(w.action(parameter, description, Some(json!({"required": false}))));
        }
        for (members, seen) in &self.variants {
            // An update of a list appends to it: one more member, for what was seen.
            let description = format!("A value that fits no member seen {}.", from(&seen.from));
            out.push(w.action(members, description, Some(Shape::of(&seen.values).schema(dialect))));
        }
        let replaced: Vec<&String> = self.widen.keys().collect();
        let inside = |a: &Action| replaced.iter().any(|r| a.pointer.starts_with(&format!("{r}/")));
        out.into_iter().filter(|a| !inside(a)).collect()
    }
}

/// Writes actions in the document's own structure and dialect.
struct Writer<'a> {
    doc: &'a SourceDoc,
    dialect: Dialect,
}

impl Writer<'_> {
    fn action(&self, pointer: &str, description: String, update: Option<Value>) -> Action {
        let source = self.doc.source_pointer(pointer);
        Action { pointer: pointer.to_owned(), target: json_path(&source), description, update }
    }

    fn node(&self, pointer: &str) -> Option<&Map<String, Value>> {
        self.doc.root.pointer(pointer).and_then(Value::as_object)
    }

    /// Removes the shape of the schema at `site` (one action) and gives it `schema` (another).
    fn replace(&self, site: &str, schema: Value, description: String) -> Vec<Action> {
        let mut present: Vec<&str> =
            SHAPE.iter().copied().filter(|k| self.node(site).is_some_and(|n| n.contains_key(*k))).collect();
        if self.dialect == Dialect::Swagger2 {
            for key in &mut present {
                if *key == "nullable" {
                    *key = "x-nullable";
                }
            }
        }
        let mut out = Vec::new();
        if !present.is_empty() {
            let keys: Vec<String> = present.iter().map(|k| quote(k)).collect();
            let mut remove = self.action(site, format!("{description} The declared shape goes."), None);
            remove.target = format!("{}[{}]", remove.target, keys.join(","));
            out.push(remove);
        }
        // Without its shape, a schema with nothing to add is already any JSON.
        if present.is_empty() || schema.as_object().is_some_and(|o| !o.is_empty()) {
            let suffix = if present.is_empty() { "" } else { " The shape seen comes instead." };
            out.push(self.action(site, format!("{description}{suffix}"), Some(schema)));
        } else if let Some(only) = out.first_mut() {
            only.description = description;
        }
        out
    }

    fn widen(&self, site: &str, schema: &str, seen: &Seen) -> Vec<Action> {
        let declared = self.node(schema).map(types).unwrap_or_default();
        let mut kinds: Vec<&str> = seen.values.iter().map(super::schema::json_type).collect();
        kinds.sort_unstable();
        kinds.dedup();
        // An integer property sent as a string that holds one: the runtime reads it leniently.
        let strings_of_integers = seen.values.iter().all(|v| v.is_null() || v.as_str().is_some_and(holds_integer));
        let property = site.rsplit('/').nth(1) == Some("properties") && site == schema;
        if declared.len() == 1 && declared.contains("integer") && strings_of_integers && property {
            let description = format!("Integers sent as strings {}.", from(&seen.from));
            let mut update = json!({"x-lenient-integer": true});
            if kinds.contains(&"null") {
                update[self.dialect.nullable_keyword()] = Value::Bool(true);
                if self.dialect == Dialect::OpenApi31 {
                    update = json!({"x-lenient-integer": true, "type": ["integer", "null"]});
                }
            }
            return vec![self.action(site, description, Some(update))];
        }
        let mut shape = Shape::of(&seen.values);
        for ty in &declared {
            shape.add(&sample_of(ty));
        }
        let description = format!("Seen as {} {}.", kinds.join(", "), from(&seen.from));
        self.replace(site, shape.schema(self.dialect), description)
    }

    fn nullable(&self, site: &str, seen: &Seen) -> Vec<Action> {
        let description = format!("Seen null {}.", from(&seen.from));
        let Some(node) = self.node(site) else { return Vec::new() };
        if self.dialect != Dialect::OpenApi31 {
            let update = json!({(self.dialect.nullable_keyword()): true});
            return vec![self.action(site, description, Some(update))];
        }
        match node.get("type") {
            Some(Value::String(_)) => {
                let mut update = json!({"type": node["type"].clone()});
                nullable(&mut update, self.dialect);
                vec![self.action(site, description, Some(update))]
            }
            Some(Value::Array(list)) => {
                let mut list = list.clone();
                list.push(json!("null"));
                vec![self.action(site, description, Some(json!({"type": list})))]
            }
            _ => {
                // A `$ref`, an `allOf`, …: any of the schema as it is, or null.
                let shape: Map<String, Value> = node
                    .iter()
                    .filter(|(k, _)| SHAPE.contains(&k.as_str()))
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                self.replace(site, json!({"anyOf": [shape, {"type": "null"}]}), description)
            }
        }
    }

    /// A response object for the bodies seen (with a description, for a new `status`; only the
    /// body, for status 0: a response the spec has).
    fn response(&self, status: u16, media: Option<&str>, seen: &Seen) -> Value {
        let mut response = match status {
            0 => json!({}),
            _ => json!({"description": format!("Seen in recorded traffic (status {status}).")}),
        };
        // A JSON body that did not parse (reported as invalid JSON) gets no schema.
        let schema = match media {
            Some(m) if json_like(m) => (!seen.values.is_empty()).then(|| Shape::of(&seen.values).schema(self.dialect)),
            Some(m) if m.starts_with("text/") => Some(json!({"type": "string"})),
            Some(_) => Some(json!({"type": "string", "format": "binary"})),
            None => None,
        };
        match (media, schema) {
            (Some(media), Some(schema)) if self.dialect != Dialect::Swagger2 => {
                response["content"] = json!({media: {"schema": schema}});
            }
            // 2.0 has no media type per response: only a JSON body is described.
            (Some(media), Some(schema)) if json_like(media) => response["schema"] = schema,
            _ => {}
        }
        response
    }

    fn properties(&self, schema: &str, props: &IndexMap<String, Seen>) -> Action {
        let mut properties = Map::new();
        let mut from_all = BTreeSet::new();
        for (name, seen) in props {
            properties.insert(name.clone(), Shape::of(&seen.values).schema(self.dialect));
            from_all.extend(seen.from.iter().cloned());
        }
        let names: Vec<String> = props.keys().map(|k| format!("`{k}`")).collect();
        let description = format!("Undeclared {} seen {}.", names.join(", "), from(&from_all));
        self.action(schema, description, Some(json!({"properties": properties})))
    }

    fn enum_values(&self, schema: &str, seen: &Seen) -> Action {
        let mut values: Vec<Value> =
            self.node(schema).and_then(|n| n.get("enum")).and_then(Value::as_array).cloned().unwrap_or_default();
        for v in &seen.values {
            if !values.contains(v) {
                values.push(v.clone());
            }
        }
        let description = format!("Enum values seen {}.", from(&seen.from));
        self.action(schema, description, Some(json!({"enum": values})))
    }

    fn required(&self, schema: &str, missing: &BTreeSet<String>, seen: &Seen) -> Vec<Action> {
        let listed: Vec<Value> =
            self.node(schema).and_then(|n| n.get("required")).and_then(Value::as_array).cloned().unwrap_or_default();
        let kept: Vec<Value> = listed.into_iter().filter(|v| v.as_str().is_none_or(|n| !missing.contains(n))).collect();
        let names: Vec<String> = missing.iter().map(|n| format!("`{n}`")).collect();
        let description = format!("{} seen missing {}.", names.join(", "), from(&seen.from));
        if kept.is_empty() {
            let mut remove = self.action(&child(schema, "required"), description, None);
            remove.pointer = schema.to_owned();
            return vec![remove];
        }
        vec![self.action(schema, description, Some(json!({"required": kept})))]
    }
}

/// A value of a JSON type, to add a declared type to a shape.
fn sample_of(ty: &str) -> Value {
    match ty {
        "integer" => json!(0),
        "number" => json!(0.5),
        "boolean" => json!(true),
        "string" => json!(""),
        "array" => json!([]),
        "object" => json!({}),
        _ => Value::Null,
    }
}

/// "in t.jsonl:3, 7 and a.har:12" (the first five lines of each file, then how many more).
fn from(origins: &BTreeSet<Origin>) -> String {
    let mut files: Vec<String> = Vec::new();
    let mut rest = origins.iter().peekable();
    while let Some(first) = rest.next() {
        let mut lines = vec![first.line.to_string()];
        while let Some(next) = rest.next_if(|o| o.file == first.file) {
            lines.push(next.line.to_string());
        }
        let more = lines.len().saturating_sub(5);
        lines.truncate(5);
        let more = if more > 0 { format!(" and {more} more") } else { String::new() };
        files.push(format!("{}:{}{more}", first.file, lines.join(", ")));
    }
    match files.split_last() {
        Some((last, [])) => format!("in {last}"),
        Some((last, others)) => format!("in {} and {last}", others.join(", ")),
        None => String::new(),
    }
}

/// The keywords whose items are array indices in a pointer.
const ARRAYS: &[&str] = &["allOf", "oneOf", "anyOf", "parameters", "prefixItems", "servers", "tags", "security"];

/// A JSONPath (RFC 9535) for a JSON pointer: `$.paths['/a/{id}'].get.responses`.
pub(crate) fn json_path(pointer: &str) -> String {
    let mut out = String::from("$");
    let mut previous = "";
    let segments = crate::spec::pointer::segments(pointer);
    for segment in &segments {
        let index = segment.parse::<usize>().ok().filter(|_| ARRAYS.contains(&previous));
        match index {
            Some(i) => out.push_str(&format!("[{i}]")),
            None if shorthand(segment) => out.push_str(&format!(".{segment}")),
            None => out.push_str(&format!("[{}]", quote(segment))),
        }
        previous = segment;
    }
    out
}

/// Whether a name can follow a `.` in JSONPath.
fn shorthand(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// A JSONPath name selector: `'name'`, escaped.
fn quote(name: &str) -> String {
    format!("'{}'", name.replace('\\', "\\\\").replace('\'', "\\'"))
}

fn render(report: &Report, actions: &[Action], command: &str) -> String {
    let traffic = report.traffic.join(", ");
    let items: Vec<Value> = actions
        .iter()
        .map(|a| {
            let mut item = json!({"target": a.target, "description": a.description});
            match &a.update {
                Some(update) => item["update"] = update.clone(),
                None => item["remove"] = Value::Bool(true),
            }
            item
        })
        .collect();
    let overlay = json!({
        "overlay": "1.0.0",
        "info": {"title": format!("Corrections of {} from recorded traffic", report.spec), "version": "1.0.0"},
        "actions": items,
    });
    let body = serde_yaml::to_string(&overlay).unwrap_or_default();
    let uncorrected: BTreeSet<&str> = report
        .findings
        .iter()
        .filter(|f| match f.kind {
            Kind::ContentType => f.evidence.site.is_empty(),
            other => matches!(other, Kind::UnmatchedExchange | Kind::InvalidJson | Kind::UnknownQueryParameter),
        })
        .map(|f| f.kind.name())
        .collect();
    let mut head = format!("# Written by `{command}` from {traffic}.\n");
    if !uncorrected.is_empty() {
        let kinds: Vec<&str> = uncorrected.into_iter().collect();
        head.push_str(&format!("# Not corrected here (see the report): {}.\n", kinds.join(", ")));
    }
    format!("{head}{body}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_paths_quote_what_shorthand_cannot_name() {
        assert_eq!(
            json_path("/paths/~1api~1contents~1{path}/get/responses"),
            "$.paths['/api/contents/{path}'].get.responses"
        );
        assert_eq!(
            json_path("/components/schemas/Contents/properties/content"),
            "$.components.schemas.Contents.properties.content"
        );
        assert_eq!(
            json_path("/paths/~1a/get/parameters/0/schema/allOf/1"),
            "$.paths['/a'].get.parameters[0].schema.allOf[1]"
        );
        assert_eq!(json_path("/definitions/it's/properties/x-y"), "$.definitions['it\\'s'].properties['x-y']");
        assert_eq!(json_path("/paths/~1a/get/responses/200"), "$.paths['/a'].get.responses['200']");
    }
}
