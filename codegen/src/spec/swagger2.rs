//! Swagger 2.0 documents, converted in process to the OpenAPI 3.0.3 shape that lowering reads.
//!
//! The conversion follows the rules of the OpenAPI 3.0 specification's own migration notes:
//! `body` and `formData` parameters become a `requestBody` (`consumes` gives its media types,
//! form parameters become the properties of one object, `type: file` becomes
//! `format: binary`), `produces` gives the media types of each response's `content`,
//! `definitions`, `parameters`, `responses` and `securityDefinitions` move under `components`
//! (with every `$ref` rewritten), `host`, `basePath` and `schemes` become `servers`,
//! `collectionFormat` becomes `style`/`explode`, `x-nullable` becomes `nullable`, a string
//! `discriminator` becomes `{propertyName}`, and the schema keywords of a non-body parameter or
//! a header move into its `schema`.
//!
//! Every converted node remembers where it came from ([`Origins`]), so a diagnostic about the
//! converted document names the pointer (and so the line) of the 2.0 file. What has no
//! OpenAPI 3 equivalent is reported as a warning located in the 2.0 file.

use std::collections::HashMap;

use serde_json::{json, Map, Value};

use super::openapi::METHODS;
use super::pointer;
use crate::diagnostic::{child, Diagnostic};

/// Where the nodes of a converted document came from: converted pointer → source pointer.
#[derive(Debug, Clone, Default)]
pub struct Origins {
    map: HashMap<String, String>,
}

impl Origins {
    fn add(&mut self, converted: impl Into<String>, source: impl Into<String>) {
        self.map.insert(converted.into(), source.into());
    }

    /// The pointer in the 2.0 document of the converted node at `pointer`: the source of its
    /// nearest recorded ancestor with the rest of the pointer appended (nodes below a recorded
    /// one keep their shape), or `pointer` itself when no ancestor was moved.
    pub fn source(&self, pointer: &str) -> String {
        let mut prefix = pointer;
        loop {
            if let Some(source) = self.map.get(prefix) {
                return format!("{source}{}", &pointer[prefix.len()..]);
            }
            match prefix.rfind('/') {
                Some(slash) => prefix = &prefix[..slash],
                None => return pointer.to_owned(),
            }
        }
    }
}

/// A converted document, where its nodes came from, and what could not be converted exactly
/// (warnings at pointers of the 2.0 document).
#[derive(Debug, Clone)]
pub struct Converted {
    /// The OpenAPI 3.0.3 document.
    pub root: Value,
    /// Converted pointer → 2.0 pointer.
    pub origins: Origins,
    /// Warnings, at pointers of the 2.0 document.
    pub notes: Vec<Diagnostic>,
}

/// Whether `root` is a Swagger 2.0 document (`swagger: "2.0"`, or the number 2.0 that an
/// unquoted YAML `swagger: 2.0` reads as).
pub fn is_swagger2(root: &Value) -> bool {
    match root.get("swagger") {
        Some(Value::String(s)) => s == "2.0" || s.starts_with("2.0."),
        Some(Value::Number(n)) => n.as_f64() == Some(2.0),
        _ => false,
    }
}

/// Converts a Swagger 2.0 document to OpenAPI 3.0.3.
pub fn convert(root: &Value) -> Converted {
    let mut cx = Cx {
        root,
        origins: Origins::default(),
        notes: Vec::new(),
        consumes: media_list(root.get("consumes")),
        produces: media_list(root.get("produces")),
    };
    let root = cx.document();
    Converted { root, origins: cx.origins, notes: cx.notes }
}

fn media_list(value: Option<&Value>) -> Vec<String> {
    value.and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).map(str::to_owned).collect()
}

/// A `$ref` to a node of the 2.0 document `root` → the same node's place in the converted
/// document. A `$ref` that does not resolve in the 2.0 document is left as it is, so that its
/// diagnostic names what the 2.0 file says.
fn moved_reference(root: &Value, reference: &str) -> Option<String> {
    pointer::resolve(root, reference)?;
    [
        ("#/definitions/", "#/components/schemas/"),
        ("#/parameters/", "#/components/parameters/"),
        ("#/responses/", "#/components/responses/"),
    ]
    .into_iter()
    .find_map(|(from, to)| reference.strip_prefix(from).map(|rest| format!("{to}{rest}")))
}

/// Rewrites every `$ref` still naming a 2.0 location (examples hold data and are left alone).
fn rewrite_refs(root: &Value, value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                if key == "$ref" {
                    if let Some(moved) = v.as_str().and_then(|r| moved_reference(root, r)) {
                        *v = Value::String(moved);
                    }
                } else if key != "example" && key != "examples" {
                    rewrite_refs(root, v);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|item| rewrite_refs(root, item)),
        _ => {}
    }
}

/// Whether `pointer` names an entry of the 2.0 document's `parameters`.
fn is_parameter(pointer: &str) -> bool {
    pointer.strip_prefix("/parameters/").is_some_and(|name| !name.contains('/'))
}

fn is_extension(key: &str) -> bool {
    key.starts_with("x-")
}

const FORM: &str = "application/x-www-form-urlencoded";
const MULTIPART: &str = "multipart/form-data";

/// The keywords of a 2.0 non-body parameter, header or items object that belong to its schema.
const SCHEMA_KEYWORDS: &[&str] = &[
    "type",
    "format",
    "items",
    "default",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "enum",
    "multipleOf",
    "x-nullable",
];

/// A `body` or `formData` parameter on its way into a request body.
struct BodyParam<'a> {
    param: &'a Value,
    /// Its pointer in the 2.0 document (the parameter, or the `#/parameters/…` it refers to).
    source: String,
}

struct Cx<'a> {
    root: &'a Value,
    origins: Origins,
    notes: Vec<Diagnostic>,
    consumes: Vec<String>,
    produces: Vec<String>,
}

impl<'a> Cx<'a> {
    fn document(&mut self) -> Value {
        let mut out = Map::new();
        out.insert("openapi".into(), json!("3.0.3"));
        self.origins.add("/openapi", "/swagger");
        let Some(src) = self.root.as_object() else { return Value::Object(out) };
        if let Some(info) = src.get("info") {
            out.insert("info".into(), info.clone());
        }
        if let Some(servers) = self.servers() {
            out.insert("servers".into(), servers);
        }
        if let Some(security) = src.get("security") {
            out.insert("security".into(), security.clone());
        }
        for key in ["tags", "externalDocs"] {
            if let Some(v) = src.get(key) {
                out.insert(key.into(), v.clone());
            }
        }
        let mut paths = Map::new();
        for (path, item) in src.get("paths").and_then(Value::as_object).into_iter().flatten() {
            if is_extension(path) {
                paths.insert(path.clone(), item.clone());
                continue;
            }
            let at = child("/paths", path);
            paths.insert(path.clone(), self.path_item(item, &at));
        }
        out.insert("paths".into(), Value::Object(paths));
        let components = self.components(src);
        if !components.is_empty() {
            out.insert("components".into(), Value::Object(components));
        }
        for (key, value) in src {
            if is_extension(key) {
                out.insert(key.clone(), value.clone());
            }
        }
        let mut out = Value::Object(out);
        // Extensions are copied as they are; the `$ref`s in them move with their targets too.
        rewrite_refs(self.root, &mut out);
        out
    }

    /// `host`, `basePath` and `schemes` → one server per scheme (https when none is given).
    fn servers(&mut self) -> Option<Value> {
        let host = self.root.get("host").and_then(Value::as_str);
        let base = self.root.get("basePath").and_then(Value::as_str).unwrap_or("");
        let base = base.trim_end_matches('/');
        let Some(host) = host else {
            if base.is_empty() {
                return None;
            }
            self.origins.add("/servers", "/basePath");
            return Some(json!([{ "url": base }]));
        };
        self.origins.add("/servers", "/host");
        let mut schemes: Vec<&str> = self
            .root
            .get("schemes")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .filter(|s| matches!(*s, "http" | "https"))
            .collect();
        if schemes.is_empty() {
            schemes.push("https");
        }
        let host = host.trim_end_matches('/');
        for i in 0..schemes.len() {
            self.origins.add(format!("/servers/{i}"), "/host");
            self.origins.add(format!("/servers/{i}/url"), "/host");
        }
        Some(Value::Array(schemes.iter().map(|s| json!({ "url": format!("{s}://{host}{base}") })).collect()))
    }

    fn components(&mut self, src: &Map<String, Value>) -> Map<String, Value> {
        let mut components = Map::new();
        if let Some(definitions) = src.get("definitions").and_then(Value::as_object) {
            self.origins.add("/components/schemas", "/definitions");
            let schemas = definitions.iter().map(|(name, s)| (name.clone(), self.schema(s))).collect();
            components.insert("schemas".into(), Value::Object(schemas));
        }
        if let Some(params) = src.get("parameters").and_then(Value::as_object) {
            self.origins.add("/components/parameters", "/parameters");
            let mut out = Map::new();
            for (name, p) in params {
                // Body and form parameters are inlined into each request body that uses them.
                if matches!(p.get("in").and_then(Value::as_str), Some("body" | "formData")) {
                    continue;
                }
                let source = child("/parameters", name);
                let converted = child("/components/parameters", name);
                out.insert(name.clone(), self.parameter(p, &source, &converted));
            }
            if !out.is_empty() {
                components.insert("parameters".into(), Value::Object(out));
            }
        }
        if let Some(responses) = src.get("responses").and_then(Value::as_object) {
            self.origins.add("/components/responses", "/responses");
            let produces = self.produces.clone();
            let mut out = Map::new();
            for (name, r) in responses {
                let source = child("/responses", name);
                let converted = child("/components/responses", name);
                out.insert(name.clone(), self.response(r, &source, &converted, &produces));
            }
            components.insert("responses".into(), Value::Object(out));
        }
        if let Some(schemes) = src.get("securityDefinitions").and_then(Value::as_object) {
            self.origins.add("/components/securitySchemes", "/securityDefinitions");
            let mut out = Map::new();
            for (name, scheme) in schemes {
                let source = child("/securityDefinitions", name);
                let converted = child("/components/securitySchemes", name);
                out.insert(name.clone(), self.security_scheme(scheme, &source, &converted));
            }
            components.insert("securitySchemes".into(), Value::Object(out));
        }
        components
    }

    /// basic → http/basic, apiKey as is, oauth2 `flow` → `flows`.
    fn security_scheme(&mut self, scheme: &Value, source: &str, converted: &str) -> Value {
        let Some(obj) = scheme.as_object() else { return scheme.clone() };
        let mut out = Map::new();
        let kind = obj.get("type").and_then(Value::as_str).unwrap_or("");
        match kind {
            "basic" => {
                self.origins.add(child(converted, "scheme"), child(source, "type"));
                out.insert("type".into(), json!("http"));
                out.insert("scheme".into(), json!("basic"));
            }
            "oauth2" => {
                out.insert("type".into(), json!("oauth2"));
                let flow = obj.get("flow").and_then(Value::as_str).unwrap_or("");
                let name = match flow {
                    "implicit" => "implicit",
                    "password" => "password",
                    "application" => "clientCredentials",
                    "accessCode" => "authorizationCode",
                    other => {
                        self.notes.push(
                            Diagnostic::warning(
                                child(source, "flow"),
                                format!("OAuth2 flow `{other}` is not a Swagger 2.0 flow"),
                            )
                            .with_hint("use implicit, password, application or accessCode"),
                        );
                        "implicit"
                    }
                };
                let mut f = Map::new();
                for key in ["authorizationUrl", "tokenUrl"] {
                    if let Some(v) = obj.get(key) {
                        f.insert(key.into(), v.clone());
                    }
                }
                f.insert("scopes".into(), obj.get("scopes").cloned().unwrap_or_else(|| json!({})));
                // `…/flows/{flow}/tokenUrl` is `…/tokenUrl` in 2.0.
                self.origins.add(child(converted, "flows"), child(source, "flow"));
                self.origins.add(child(&child(converted, "flows"), name), source);
                let mut flows = Map::new();
                flows.insert(name.into(), Value::Object(f));
                out.insert("flows".into(), Value::Object(flows));
            }
            _ => {
                for key in ["type", "name", "in"] {
                    if let Some(v) = obj.get(key) {
                        out.insert(key.into(), v.clone());
                    }
                }
            }
        }
        for (key, value) in obj {
            if key == "description" || is_extension(key) {
                out.insert(key.clone(), value.clone());
            }
        }
        Value::Object(out)
    }

    /// A `$ref` to a 2.0 location → the same node's place in the converted document.
    fn reference(&self, reference: &str) -> String {
        moved_reference(self.root, reference).unwrap_or_else(|| reference.to_owned())
    }

    /// A 2.0 schema (or items object) → an OpenAPI 3.0 schema.
    fn schema(&mut self, schema: &Value) -> Value {
        let Some(obj) = schema.as_object() else { return schema.clone() };
        let mut out = Map::with_capacity(obj.len());
        for (key, value) in obj {
            match key.as_str() {
                "$ref" => {
                    let r = value.as_str().map_or_else(|| value.clone(), |r| Value::String(self.reference(r)));
                    out.insert(key.clone(), r);
                }
                "x-nullable" => {
                    out.insert("nullable".into(), value.clone());
                }
                "type" if value == "file" => {
                    out.insert("type".into(), json!("string"));
                    out.insert("format".into(), json!("binary"));
                }
                "format" if out.get("format").is_some() => {}
                "discriminator" if value.is_string() => {
                    out.insert(key.clone(), json!({ "propertyName": value }));
                }
                "collectionFormat" => {}
                "properties" | "patternProperties" => {
                    let props = match value.as_object() {
                        Some(props) => Value::Object(props.iter().map(|(k, v)| (k.clone(), self.schema(v))).collect()),
                        None => value.clone(),
                    };
                    out.insert(key.clone(), props);
                }
                "items" | "additionalProperties" | "not" => {
                    let v = match value {
                        Value::Array(items) => Value::Array(items.iter().map(|s| self.schema(s)).collect()),
                        other => self.schema(other),
                    };
                    out.insert(key.clone(), v);
                }
                "allOf" | "anyOf" | "oneOf" => {
                    let v = match value {
                        Value::Array(items) => Value::Array(items.iter().map(|s| self.schema(s)).collect()),
                        other => other.clone(),
                    };
                    out.insert(key.clone(), v);
                }
                _ => {
                    out.insert(key.clone(), value.clone());
                }
            }
        }
        Value::Object(out)
    }

    /// The schema of a non-body parameter or header: its schema keywords, converted.
    fn inline_schema(&mut self, obj: &Map<String, Value>) -> Value {
        let mut schema = Map::new();
        for key in SCHEMA_KEYWORDS {
            if let Some(v) = obj.get(*key) {
                schema.insert((*key).to_owned(), v.clone());
            }
        }
        self.schema(&Value::Object(schema))
    }

    /// `collectionFormat` of an array parameter in `location` → (`style`, `explode`), or `None`
    /// to keep the OpenAPI 3 default of that location (which 2.0's `csv` is, outside the query).
    fn collection(&mut self, obj: &Map<String, Value>, location: &str, source: &str) -> Option<(&'static str, bool)> {
        if obj.get("type").and_then(Value::as_str) != Some("array") {
            return None;
        }
        let format = obj.get("collectionFormat").and_then(Value::as_str).unwrap_or("csv");
        let in_query = matches!(location, "query" | "formData");
        let at = child(source, "collectionFormat");
        match (format, in_query) {
            ("csv", true) => Some(("form", false)),
            ("multi", true) => Some(("form", true)),
            ("ssv", true) => Some(("spaceDelimited", false)),
            ("pipes", true) => Some(("pipeDelimited", false)),
            ("csv", false) => None,
            ("tsv", _) => {
                self.notes.push(
                    Diagnostic::warning(
                        at,
                        "collectionFormat `tsv` has no OpenAPI 3 equivalent; the values are sent comma-separated",
                    )
                    .with_hint("use csv, ssv, pipes or multi if the server accepts it"),
                );
                if in_query {
                    Some(("form", false))
                } else {
                    None
                }
            }
            (other, _) => {
                self.notes.push(
                    Diagnostic::warning(
                        at,
                        format!("collectionFormat `{other}` is not supported in a {location} parameter; the values are sent comma-separated"),
                    )
                    .with_hint(if in_query { "use csv, ssv, tsv, pipes or multi" } else { "use csv" }),
                );
                if in_query {
                    Some(("form", false))
                } else {
                    None
                }
            }
        }
    }

    /// A path, query or header parameter (or a `$ref` to one).
    fn parameter(&mut self, param: &Value, source: &str, converted: &str) -> Value {
        self.origins.add(converted, source);
        let Some(obj) = param.as_object() else { return param.clone() };
        if let Some(r) = obj.get("$ref").and_then(Value::as_str) {
            return json!({ "$ref": self.reference(r) });
        }
        self.origins.add(child(converted, "schema"), source);
        let location = obj.get("in").and_then(Value::as_str).unwrap_or("");
        let mut out = Map::new();
        for key in ["name", "in", "description", "required", "allowEmptyValue"] {
            if let Some(v) = obj.get(key) {
                out.insert(key.into(), v.clone());
            }
        }
        if let Some((style, explode)) = self.collection(obj, location, source) {
            out.insert("style".into(), json!(style));
            out.insert("explode".into(), json!(explode));
        }
        out.insert("schema".into(), self.inline_schema(obj));
        for (key, value) in obj {
            if is_extension(key) && key != "x-nullable" {
                out.insert(key.clone(), value.clone());
            }
        }
        Value::Object(out)
    }

    /// A 2.0 parameter, with a `$ref` to `#/parameters/…` followed (once), and the pointer of
    /// what it is in the 2.0 document.
    fn follow(&self, param: &'a Value, source: String) -> (&'a Value, String) {
        let reference = param.get("$ref").and_then(Value::as_str);
        if let Some(at) = reference.and_then(pointer::target).filter(|at| is_parameter(at)) {
            if let Some(target) = self.root.pointer(&at) {
                return (target, at);
            }
        }
        (param, source)
    }

    fn path_item(&mut self, item: &'a Value, at: &str) -> Value {
        let Some(obj) = item.as_object() else { return item.clone() };
        let mut out = Map::new();
        // Parameters shared by the operations: path, query and header ones stay on the path
        // item; body and form ones go into each operation's request body.
        let mut shared_bodies: Vec<(String, String, BodyParam<'a>)> = Vec::new();
        let mut shared = Vec::new();
        for (i, p) in obj.get("parameters").and_then(Value::as_array).into_iter().flatten().enumerate() {
            let source = format!("{at}/parameters/{i}");
            let (target, target_source) = self.follow(p, source.clone());
            match target.get("in").and_then(Value::as_str) {
                Some(location @ ("body" | "formData")) => {
                    let name = target.get("name").and_then(Value::as_str).unwrap_or("").to_owned();
                    shared_bodies.push((location.to_owned(), name, BodyParam { param: target, source: target_source }));
                }
                _ => {
                    let converted = format!("{at}/parameters/{}", shared.len());
                    shared.push(self.parameter(p, &source, &converted));
                }
            }
        }
        for (key, value) in obj {
            match key.as_str() {
                "parameters" => {
                    if !shared.is_empty() {
                        out.insert(key.clone(), Value::Array(std::mem::take(&mut shared)));
                    }
                }
                m if METHODS.contains(&m) => {
                    let op_at = child(at, m);
                    out.insert(key.clone(), self.operation(value, &op_at, &shared_bodies));
                }
                _ => {
                    out.insert(key.clone(), value.clone());
                }
            }
        }
        Value::Object(out)
    }

    fn operation(&mut self, op: &'a Value, at: &str, shared_bodies: &[(String, String, BodyParam<'a>)]) -> Value {
        let Some(obj) = op.as_object() else { return op.clone() };
        let consumes = obj.get("consumes").map_or_else(|| self.consumes.clone(), |c| media_list(Some(c)));
        let produces = obj.get("produces").map_or_else(|| self.produces.clone(), |p| media_list(Some(p)));
        let mut params = Vec::new();
        let mut body: Option<BodyParam<'a>> = None;
        let mut form: Vec<(String, BodyParam<'a>)> = Vec::new();
        for (i, p) in obj.get("parameters").and_then(Value::as_array).into_iter().flatten().enumerate() {
            let source = format!("{at}/parameters/{i}");
            let (target, target_source) = self.follow(p, source.clone());
            match target.get("in").and_then(Value::as_str) {
                Some("body") => body = Some(BodyParam { param: target, source: target_source }),
                Some("formData") => {
                    let name = target.get("name").and_then(Value::as_str).unwrap_or("").to_owned();
                    form.push((name, BodyParam { param: target, source: target_source }));
                }
                _ => {
                    let converted = format!("{at}/parameters/{}", params.len());
                    params.push(self.parameter(p, &source, &converted));
                }
            }
        }
        // Shared body and form parameters apply unless the operation overrides them.
        let mut inherited_form = Vec::new();
        for (location, name, shared) in shared_bodies {
            let shared = BodyParam { param: shared.param, source: shared.source.clone() };
            if location == "body" {
                if body.is_none() && form.is_empty() {
                    body = Some(shared);
                }
            } else if !form.iter().any(|(n, _)| n == name) {
                inherited_form.push((name.clone(), shared));
            }
        }
        inherited_form.append(&mut form);
        let form = inherited_form;
        let mut out = Map::new();
        for (key, value) in obj {
            match key.as_str() {
                "consumes" | "produces" | "schemes" => {}
                "parameters" => {
                    if !params.is_empty() {
                        out.insert(key.clone(), Value::Array(std::mem::take(&mut params)));
                    }
                }
                "responses" => {
                    let mut responses = Map::new();
                    for (code, r) in value.as_object().into_iter().flatten() {
                        let r_at = child(&child(at, "responses"), code);
                        let converted =
                            if is_extension(code) { r.clone() } else { self.response(r, &r_at, &r_at, &produces) };
                        responses.insert(code.clone(), converted);
                    }
                    out.insert(key.clone(), Value::Object(responses));
                }
                _ => {
                    out.insert(key.clone(), value.clone());
                }
            }
        }
        let body_at = child(at, "requestBody");
        if let Some(body) = body {
            if !form.is_empty() {
                self.notes.push(
                    Diagnostic::warning(
                        &body.source,
                        "an operation has both a body and form parameters; the form parameters are ignored",
                    )
                    .with_hint("a Swagger 2.0 operation has either one `in: body` parameter or `in: formData` ones"),
                );
            }
            out.insert("requestBody".into(), self.body(&body, &body_at, &consumes));
        } else if !form.is_empty() {
            out.insert("requestBody".into(), self.form(&form, &body_at, &consumes));
        }
        Value::Object(out)
    }

    /// An `in: body` parameter → a request body with one media type per `consumes` entry.
    fn body(&mut self, body: &BodyParam<'a>, at: &str, consumes: &[String]) -> Value {
        self.origins.add(at, &body.source);
        let mut types: Vec<String> = consumes.iter().filter(|m| *m != FORM && *m != MULTIPART).cloned().collect();
        if types.is_empty() {
            types = if consumes.is_empty() { vec!["application/json".to_owned()] } else { consumes.to_vec() };
        }
        let schema = body.param.get("schema").map(|s| self.schema(s)).unwrap_or_else(|| json!({}));
        let mut content = Map::new();
        for media in types {
            let media_at = child(&child(at, "content"), &media);
            self.origins.add(&media_at, &body.source);
            self.origins.add(child(&media_at, "schema"), child(&body.source, "schema"));
            content.insert(media, json!({ "schema": schema }));
        }
        let mut out = Map::new();
        if let Some(d) = body.param.get("description") {
            out.insert("description".into(), d.clone());
        }
        out.insert("content".into(), Value::Object(content));
        if let Some(r) = body.param.get("required") {
            out.insert("required".into(), r.clone());
        }
        for (key, value) in body.param.as_object().into_iter().flatten() {
            if is_extension(key) {
                out.insert(key.clone(), value.clone());
            }
        }
        Value::Object(out)
    }

    /// `in: formData` parameters → one object schema, multipart when `consumes` says so or a
    /// parameter is a file, URL-encoded otherwise.
    fn form(&mut self, form: &[(String, BodyParam<'a>)], at: &str, consumes: &[String]) -> Value {
        self.origins.add(at, &form[0].1.source);
        let has_file = form.iter().any(|(_, p)| p.param.get("type").and_then(Value::as_str) == Some("file"));
        let mut types: Vec<&str> =
            consumes.iter().map(String::as_str).filter(|m| *m == FORM || *m == MULTIPART).collect();
        if has_file {
            types.retain(|m| *m == MULTIPART);
        }
        if types.is_empty() {
            types.push(if has_file { MULTIPART } else { FORM });
        }
        let mut properties = Map::new();
        let mut required = Vec::new();
        let mut encoding = Map::new();
        let mut sources = Vec::new();
        for (name, p) in form {
            let Some(obj) = p.param.as_object() else { continue };
            let mut schema = self.inline_schema(obj);
            if let (Some(d), Some(s)) = (obj.get("description"), schema.as_object_mut()) {
                s.insert("description".into(), d.clone());
            }
            properties.insert(name.clone(), schema);
            if obj.get("required").and_then(Value::as_bool) == Some(true) {
                required.push(json!(name));
            }
            if let Some((style, explode)) = self.collection(obj, "formData", &p.source) {
                encoding.insert(name.clone(), json!({ "style": style, "explode": explode }));
            }
            sources.push((name.clone(), p.source.clone()));
        }
        let any_required = !required.is_empty();
        let mut schema = Map::new();
        schema.insert("type".into(), json!("object"));
        schema.insert("properties".into(), Value::Object(properties));
        if !required.is_empty() {
            schema.insert("required".into(), Value::Array(required));
        }
        let schema = Value::Object(schema);
        let mut content = Map::new();
        for media in types {
            let media_at = child(&child(at, "content"), media);
            let schema_at = child(&media_at, "schema");
            self.origins.add(&media_at, &form[0].1.source);
            self.origins.add(&schema_at, &form[0].1.source);
            for (name, source) in &sources {
                self.origins.add(child(&child(&schema_at, "properties"), name), source);
                self.origins.add(child(&child(&media_at, "encoding"), name), source);
            }
            let mut m = Map::new();
            m.insert("schema".into(), schema.clone());
            if !encoding.is_empty() {
                m.insert("encoding".into(), Value::Object(encoding.clone()));
            }
            content.insert(media.to_owned(), Value::Object(m));
        }
        let mut out = Map::new();
        out.insert("content".into(), Value::Object(content));
        if any_required {
            out.insert("required".into(), json!(true));
        }
        Value::Object(out)
    }

    /// A response: `schema` → `content` (one entry per `produces` type), `examples` per media
    /// type → that type's `example`, headers' schema keywords → their `schema`.
    fn response(&mut self, response: &Value, source: &str, converted: &str, produces: &[String]) -> Value {
        self.origins.add(converted, source);
        let Some(obj) = response.as_object() else { return response.clone() };
        if let Some(r) = obj.get("$ref").and_then(Value::as_str) {
            return json!({ "$ref": self.reference(r) });
        }
        let mut out = Map::new();
        out.insert("description".into(), obj.get("description").cloned().unwrap_or_else(|| json!("")));
        if let Some(headers) = obj.get("headers").and_then(Value::as_object) {
            let mut converted_headers = Map::new();
            for (name, h) in headers {
                let h_source = child(&child(source, "headers"), name);
                let h_at = child(&child(converted, "headers"), name);
                self.origins.add(&h_at, &h_source);
                self.origins.add(child(&h_at, "schema"), &h_source);
                let Some(h) = h.as_object() else { continue };
                let mut header = Map::new();
                if let Some(d) = h.get("description") {
                    header.insert("description".into(), d.clone());
                }
                header.insert("schema".into(), self.inline_schema(h));
                converted_headers.insert(name.clone(), Value::Object(header));
            }
            out.insert("headers".into(), Value::Object(converted_headers));
        }
        let examples = obj.get("examples").and_then(Value::as_object);
        if let Some(schema) = obj.get("schema") {
            let is_file = schema.get("type").and_then(Value::as_str) == Some("file");
            let mut types: Vec<String> = if is_file {
                produces.iter().filter(|m| !m.contains("json")).cloned().collect()
            } else {
                produces.to_vec()
            };
            if types.is_empty() {
                types.push(if is_file { "application/octet-stream" } else { "application/json" }.to_owned());
            }
            for media in examples.into_iter().flatten().map(|(m, _)| m) {
                if !types.contains(media) {
                    types.push(media.clone());
                }
            }
            let schema = self.schema(schema);
            let mut content = Map::new();
            for media in types {
                let media_at = child(&child(converted, "content"), &media);
                self.origins.add(&media_at, source);
                self.origins.add(child(&media_at, "schema"), child(source, "schema"));
                let mut m = Map::new();
                m.insert("schema".into(), schema.clone());
                if let Some(example) = examples.and_then(|e| e.get(&media)) {
                    self.origins.add(child(&media_at, "example"), child(&child(source, "examples"), &media));
                    m.insert("example".into(), example.clone());
                }
                content.insert(media, Value::Object(m));
            }
            out.insert("content".into(), Value::Object(content));
        } else if let Some(examples) = examples.filter(|e| !e.is_empty()) {
            // No schema, but an example per media type: the response has a body of that media
            // type (JSON without a schema is any JSON), not none.
            let mut content = Map::new();
            for (media, example) in examples {
                let media_at = child(&child(converted, "content"), media);
                self.origins.add(&media_at, child(&child(source, "examples"), media));
                self.origins.add(child(&media_at, "example"), child(&child(source, "examples"), media));
                content.insert(media.clone(), json!({ "example": example }));
            }
            out.insert("content".into(), Value::Object(content));
        }
        for (key, value) in obj {
            if is_extension(key) {
                out.insert(key.clone(), value.clone());
            }
        }
        Value::Object(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(extra: Value) -> Value {
        let mut root = json!({ "swagger": "2.0", "info": { "title": "T", "version": "1" }, "paths": {} });
        for (k, v) in extra.as_object().expect("object") {
            root[k] = v.clone();
        }
        root
    }

    fn op(parameters: Value) -> Value {
        json!({ "paths": { "/p": { "post": { "parameters": parameters, "responses": { "204": { "description": "ok" } } } } } })
    }

    #[test]
    fn recognises_swagger_2_only() {
        assert!(is_swagger2(&json!({ "swagger": "2.0" })));
        assert!(is_swagger2(&json!({ "swagger": 2.0 })));
        assert!(!is_swagger2(&json!({ "swagger": "1.2" })));
        assert!(!is_swagger2(&json!({ "openapi": "3.0.3" })));
    }

    #[test]
    fn version_info_and_extensions() {
        let c = convert(&doc(json!({ "x-logo": { "url": "l" }, "tags": [{ "name": "a" }] })));
        assert_eq!(c.root["openapi"], "3.0.3");
        assert!(c.root.get("swagger").is_none());
        assert_eq!(c.root["info"]["title"], "T");
        assert_eq!(c.root["x-logo"]["url"], "l");
        assert_eq!(c.root["tags"][0]["name"], "a");
        assert_eq!(c.origins.source("/openapi"), "/swagger");
    }

    #[test]
    fn host_base_path_and_schemes_become_servers() {
        let c = convert(&doc(
            json!({ "host": "api.example.com", "basePath": "/v2/", "schemes": ["http", "wss", "https"] }),
        ));
        assert_eq!(
            c.root["servers"],
            json!([{ "url": "http://api.example.com/v2" }, { "url": "https://api.example.com/v2" }])
        );
        assert_eq!(c.origins.source("/servers/1/url"), "/host");
        let c = convert(&doc(json!({ "host": "api.example.com" })));
        assert_eq!(c.root["servers"], json!([{ "url": "https://api.example.com" }]));
        let c = convert(&doc(json!({ "basePath": "/api" })));
        assert_eq!(c.root["servers"], json!([{ "url": "/api" }]));
        assert!(convert(&doc(json!({}))).root.get("servers").is_none());
    }

    #[test]
    fn definitions_become_component_schemas_with_refs_rewritten() {
        let c = convert(&doc(json!({ "definitions": {
            "Pet": { "type": "object", "properties": { "owner": { "$ref": "#/definitions/Owner" },
                                                      "tags": { "type": "array", "items": { "$ref": "#/definitions/Tag" } } } },
            "Owner": { "allOf": [{ "$ref": "#/definitions/Tag" }] },
            "Tag": { "type": "string" },
        }, "x-ext": { "$ref": "#/definitions/Tag" } })));
        let schemas = &c.root["components"]["schemas"];
        assert_eq!(schemas["Pet"]["properties"]["owner"]["$ref"], "#/components/schemas/Owner");
        assert_eq!(schemas["Pet"]["properties"]["tags"]["items"]["$ref"], "#/components/schemas/Tag");
        assert_eq!(schemas["Owner"]["allOf"][0]["$ref"], "#/components/schemas/Tag");
        assert_eq!(c.root["x-ext"]["$ref"], "#/components/schemas/Tag", "refs in extensions move too");
        assert_eq!(c.origins.source("/components/schemas/Pet/properties/owner"), "/definitions/Pet/properties/owner");
    }

    #[test]
    fn x_nullable_file_and_discriminator() {
        let c = convert(&doc(json!({ "definitions": {
            "A": { "type": "object", "discriminator": "kind", "properties": {
                "n": { "type": "string", "x-nullable": true }, "f": { "type": "file" } } },
        } })));
        let a = &c.root["components"]["schemas"]["A"];
        assert_eq!(a["discriminator"], json!({ "propertyName": "kind" }));
        assert_eq!(a["properties"]["n"], json!({ "type": "string", "nullable": true }));
        assert_eq!(a["properties"]["f"], json!({ "type": "string", "format": "binary" }));
    }

    #[test]
    fn body_parameter_becomes_request_body_per_consumes() {
        let mut root = doc(op(json!([
            { "name": "q", "in": "query", "type": "string" },
            { "name": "pet", "in": "body", "required": true, "description": "d", "schema": { "$ref": "#/definitions/Pet" } },
        ])));
        root["consumes"] = json!(["application/json", "application/xml"]);
        root["definitions"] = json!({ "Pet": { "type": "object" } });
        let c = convert(&root);
        let post = &c.root["paths"]["/p"]["post"];
        assert_eq!(post["parameters"].as_array().map(Vec::len), Some(1));
        let body = &post["requestBody"];
        assert_eq!(body["required"], true);
        assert_eq!(body["description"], "d");
        let types: Vec<&String> = body["content"].as_object().expect("content").keys().collect();
        assert_eq!(types, ["application/json", "application/xml"]);
        assert_eq!(body["content"]["application/xml"]["schema"]["$ref"], "#/components/schemas/Pet");
        assert_eq!(c.origins.source("/paths/~1p/post/requestBody"), "/paths/~1p/post/parameters/1");
        assert_eq!(
            c.origins.source("/paths/~1p/post/requestBody/content/application~1json/schema/$ref"),
            "/paths/~1p/post/parameters/1/schema/$ref"
        );
        let root = doc(op(json!([{ "name": "b", "in": "body", "schema": { "type": "string" } }])));
        let body = &convert(&root).root["paths"]["/p"]["post"]["requestBody"];
        assert_eq!(body["content"]["application/json"]["schema"]["type"], "string", "JSON without `consumes`");
    }

    #[test]
    fn form_parameters_become_one_object() {
        let mut root = doc(op(json!([
            { "name": "id", "in": "path", "required": true, "type": "string" },
            { "name": "file", "in": "formData", "required": true, "type": "file", "description": "the file" },
            { "name": "tags", "in": "formData", "type": "array", "items": { "type": "string" }, "collectionFormat": "multi" },
        ])));
        root["consumes"] = json!(["application/x-www-form-urlencoded", "multipart/form-data"]);
        let c = convert(&root);
        let body = &c.root["paths"]["/p"]["post"]["requestBody"];
        assert_eq!(body["required"], true);
        let content = body["content"].as_object().expect("content");
        assert_eq!(content.keys().collect::<Vec<_>>(), ["multipart/form-data"], "a file needs multipart");
        let media = &content["multipart/form-data"];
        assert_eq!(
            media["schema"],
            json!({ "type": "object", "properties": {
                "file": { "type": "string", "format": "binary", "description": "the file" },
                "tags": { "type": "array", "items": { "type": "string" } },
            }, "required": ["file"] })
        );
        assert_eq!(media["encoding"]["tags"], json!({ "style": "form", "explode": true }));
        assert_eq!(
            c.origins.source("/paths/~1p/post/requestBody/content/multipart~1form-data/schema/properties/tags/items"),
            "/paths/~1p/post/parameters/2/items"
        );
        let root = doc(op(json!([{ "name": "a", "in": "formData", "type": "string" }])));
        let body = &convert(&root).root["paths"]["/p"]["post"]["requestBody"];
        assert!(body["content"].get(FORM).is_some(), "URL-encoded without a file or `consumes`");
        assert!(body.get("required").is_none());
    }

    #[test]
    fn parameter_keywords_move_into_schema() {
        let root = doc(op(json!([{
            "name": "n", "in": "query", "required": true, "description": "d", "type": "integer", "format": "int32",
            "minimum": 1, "maximum": 9, "default": 3, "enum": [1, 3, 9], "x-nullable": true, "x-extra": 1,
        }])));
        let c = convert(&root);
        let p = &c.root["paths"]["/p"]["post"]["parameters"][0];
        assert_eq!(
            p,
            &json!({ "name": "n", "in": "query", "description": "d", "required": true,
                     "schema": { "type": "integer", "format": "int32", "default": 3, "maximum": 9, "minimum": 1,
                                 "enum": [1, 3, 9], "nullable": true },
                     "x-extra": 1 })
        );
        assert_eq!(
            c.origins.source("/paths/~1p/post/parameters/0/schema/minimum"),
            "/paths/~1p/post/parameters/0/minimum"
        );
    }

    #[test]
    fn collection_formats_become_style_and_explode() {
        let array = |format: &str, location: &str| {
            json!({ "name": "a", "in": location, "required": true, "type": "array", "items": { "type": "string" },
                    "collectionFormat": format })
        };
        let root = doc(op(json!([
            array("csv", "query"), array("ssv", "query"), array("pipes", "query"), array("multi", "query"),
            array("tsv", "query"), array("csv", "header"), array("pipes", "path"),
            { "name": "d", "in": "query", "type": "array", "items": { "type": "string" } },
        ])));
        let c = convert(&root);
        let params = c.root["paths"]["/p"]["post"]["parameters"].as_array().expect("parameters").clone();
        let styles: Vec<(Value, Value)> = params
            .iter()
            .map(|p| (p.get("style").cloned().unwrap_or(Value::Null), p.get("explode").cloned().unwrap_or(Value::Null)))
            .collect();
        assert_eq!(
            styles,
            [
                (json!("form"), json!(false)),
                (json!("spaceDelimited"), json!(false)),
                (json!("pipeDelimited"), json!(false)),
                (json!("form"), json!(true)),
                (json!("form"), json!(false)),
                (Value::Null, Value::Null),
                (Value::Null, Value::Null),
                (json!("form"), json!(false)),
            ]
        );
        assert!(params.iter().all(|p| p["schema"].get("collectionFormat").is_none()));
        let pointers: Vec<&str> = c.notes.iter().map(|d| d.pointer.as_str()).collect();
        assert_eq!(
            pointers,
            ["/paths/~1p/post/parameters/4/collectionFormat", "/paths/~1p/post/parameters/6/collectionFormat"]
        );
    }

    #[test]
    fn responses_get_content_per_produces_examples_and_header_schemas() {
        let root = doc(json!({
            "produces": ["application/json"],
            "paths": { "/p": { "get": { "produces": ["application/json", "text/csv"], "responses": {
                "200": { "description": "ok", "schema": { "type": "array", "items": { "type": "string" } },
                         "headers": { "X-Rate": { "type": "integer", "description": "r" } },
                         "examples": { "application/json": ["a"], "application/yaml": ["b"] } },
                "204": { "description": "none" },
                "404": { "$ref": "#/responses/Missing" },
            } } },
            "/f": { "get": { "produces": ["application/json", "application/pdf"], "responses": {
                "200": { "schema": { "type": "file" } } } } } },
            "responses": { "Missing": { "description": "gone", "schema": { "$ref": "#/definitions/E" } } },
            "definitions": { "E": { "type": "object" } },
        }));
        let c = convert(&root);
        let ok = &c.root["paths"]["/p"]["get"]["responses"]["200"];
        let types: Vec<&String> = ok["content"].as_object().expect("content").keys().collect();
        assert_eq!(types, ["application/json", "text/csv", "application/yaml"]);
        assert_eq!(ok["content"]["application/json"]["example"], json!(["a"]));
        assert_eq!(ok["content"]["application/yaml"]["example"], json!(["b"]));
        assert!(ok["content"]["text/csv"].get("example").is_none());
        assert_eq!(ok["headers"]["X-Rate"], json!({ "description": "r", "schema": { "type": "integer" } }));
        let none = &c.root["paths"]["/p"]["get"]["responses"]["204"];
        assert_eq!(none, &json!({ "description": "none" }));
        assert_eq!(c.root["paths"]["/p"]["get"]["responses"]["404"]["$ref"], "#/components/responses/Missing");
        let missing = &c.root["components"]["responses"]["Missing"];
        assert_eq!(missing["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/E");
        let file = &c.root["paths"]["/f"]["get"]["responses"]["200"];
        assert_eq!(file["description"], "");
        assert_eq!(file["content"].as_object().expect("content").keys().collect::<Vec<_>>(), ["application/pdf"]);
        assert_eq!(
            c.origins.source("/paths/~1p/get/responses/200/content/text~1csv/schema/items"),
            "/paths/~1p/get/responses/200/schema/items"
        );
        assert_eq!(
            c.origins.source("/paths/~1p/get/responses/200/content/application~1json/example"),
            "/paths/~1p/get/responses/200/examples/application~1json"
        );
        assert_eq!(
            c.origins.source("/components/responses/Missing/content/application~1json/schema"),
            "/responses/Missing/schema"
        );
    }

    #[test]
    fn security_definitions_become_schemes() {
        let flow = |flow: &str| json!({ "type": "oauth2", "flow": flow, "authorizationUrl": "a", "tokenUrl": "t", "scopes": { "s": "S" } });
        let c = convert(&doc(json!({ "securityDefinitions": {
            "basic": { "type": "basic", "description": "d" },
            "key": { "type": "apiKey", "in": "query", "name": "k" },
            "implicit": flow("implicit"), "password": flow("password"),
            "application": flow("application"), "accessCode": flow("accessCode"),
        }, "security": [{ "key": [] }] })));
        let schemes = &c.root["components"]["securitySchemes"];
        assert_eq!(schemes["basic"], json!({ "type": "http", "scheme": "basic", "description": "d" }));
        assert_eq!(schemes["key"], json!({ "type": "apiKey", "name": "k", "in": "query" }));
        assert_eq!(schemes["implicit"]["flows"]["implicit"]["authorizationUrl"], "a");
        assert_eq!(schemes["password"]["flows"]["password"]["tokenUrl"], "t");
        assert_eq!(schemes["application"]["flows"]["clientCredentials"]["scopes"]["s"], "S");
        assert!(schemes["accessCode"]["flows"]["authorizationCode"].get("tokenUrl").is_some());
        assert_eq!(c.root["security"], json!([{ "key": [] }]));
        assert_eq!(c.origins.source("/components/securitySchemes/key/in"), "/securityDefinitions/key/in");
        assert_eq!(c.origins.source("/components/securitySchemes/basic/scheme"), "/securityDefinitions/basic/type");
        assert_eq!(
            c.origins.source("/components/securitySchemes/password/flows/password/tokenUrl"),
            "/securityDefinitions/password/tokenUrl"
        );
    }

    #[test]
    fn shared_and_referenced_parameters() {
        let root = doc(json!({
            "parameters": {
                "Limit": { "name": "limit", "in": "query", "type": "integer" },
                "Body": { "name": "b", "in": "body", "schema": { "type": "object" } },
            },
            "paths": { "/p/{id}": {
                "parameters": [{ "name": "id", "in": "path", "required": true, "type": "string" }, { "$ref": "#/parameters/Body" }],
                "put": { "parameters": [{ "$ref": "#/parameters/Limit" }], "responses": { "204": { "description": "ok" } } },
                "post": { "parameters": [{ "name": "f", "in": "formData", "type": "string" }],
                          "responses": { "204": { "description": "ok" } } },
            } },
        }));
        let c = convert(&root);
        let item = &c.root["paths"]["/p/{id}"];
        assert_eq!(item["parameters"].as_array().map(Vec::len), Some(1));
        assert_eq!(item["put"]["parameters"][0], json!({ "$ref": "#/components/parameters/Limit" }));
        assert_eq!(item["put"]["requestBody"]["content"]["application/json"]["schema"]["type"], "object");
        assert_eq!(c.origins.source("/paths/~1p~1{id}/put/requestBody"), "/parameters/Body");
        assert!(
            item["post"]["requestBody"]["content"].get(FORM).is_some(),
            "the operation's form replaces the shared body"
        );
        let components = &c.root["components"]["parameters"];
        assert!(components.get("Limit").is_some());
        assert!(components.get("Body").is_none(), "body parameters are inlined");
        assert_eq!(components["Limit"]["schema"]["type"], "integer");
    }

    #[test]
    fn parameter_references_are_followed_through_escapes() {
        let root = doc(json!({
            "parameters": { "a/b {c}": { "name": "b", "in": "body", "schema": { "type": "object" } } },
            "paths": { "/p": { "post": { "parameters": [{ "$ref": "#/parameters/a~1b%20%7Bc%7D" }],
                                         "responses": { "204": { "description": "ok" } } } } },
        }));
        let c = convert(&root);
        assert_eq!(
            c.root["paths"]["/p"]["post"]["requestBody"]["content"]["application/json"]["schema"]["type"],
            "object"
        );
        assert_eq!(c.origins.source("/paths/~1p/post/requestBody"), "/parameters/a~1b {c}");
    }

    #[test]
    fn an_unknown_pointer_keeps_its_shape() {
        let c = convert(&doc(json!({ "paths": { "/a": { "get": { "responses": {} } } } })));
        assert_eq!(c.origins.source("/paths/~1a/get/responses"), "/paths/~1a/get/responses");
        assert_eq!(c.origins.source(""), "");
    }
}
