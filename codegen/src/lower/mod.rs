//! Lowering: from the spec document to the IR. Names are chosen here (through `naming`),
//! references resolved, and everything the emitters need computed; problems become
//! diagnostics, never panics.

mod compose;
mod constraints;
pub(crate) mod features;
mod intern;
mod operations;
mod passes;
mod samples;
mod surface;
mod types;
mod v32;

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::Value;

use crate::diagnostic::{child, Diagnostic};
use crate::ir::{Api, Example, Operation, Scheme, SchemeLocation, Server, TypeDef, TypeKind, TypeRef};
use crate::naming::{self, Scope};
use crate::spec::{openapi, pointer, SourceDoc};

/// Builds the IR of `doc`. Returns the API when lowering could finish, and every diagnostic.
pub fn lower(doc: &SourceDoc, crate_name: &str) -> (Api, Vec<Diagnostic>) {
    let mut cx = Lowerer::new(&doc.root);
    let api = cx.run(doc, crate_name);
    (api, cx.diags)
}

pub(crate) struct Lowerer<'a> {
    root: &'a Value,
    diags: Vec<Diagnostic>,
    types: Vec<TypeDef>,
    type_scope: Scope,
    /// Schemas already lowered, by JSON pointer.
    by_pointer: HashMap<String, TypeRef>,
    /// Component schema pointer → its type name (reserved before lowering anything).
    component_names: BTreeMap<String, String>,
    examples: Vec<Example>,
}

impl<'a> Lowerer<'a> {
    fn new(root: &'a Value) -> Self {
        Lowerer {
            root,
            diags: Vec::new(),
            types: Vec::new(),
            // A type never takes the name of an item at the crate's root.
            type_scope: Scope::with_taken(naming::CRATE_ITEMS),
            by_pointer: HashMap::new(),
            component_names: BTreeMap::new(),
            examples: Vec::new(),
        }
    }

    fn run(&mut self, doc: &SourceDoc, crate_name: &str) -> Api {
        let info = self.root.get("info");
        let text = |key: &str| info.and_then(|i| i.get(key)).and_then(Value::as_str).map(str::to_owned);
        if openapi::is_minor(self.root.get("openapi").and_then(Value::as_str).unwrap_or_default(), "3.2") {
            self.diags.extend(v32::unmodelled(self.root));
        }
        let servers = self.servers();
        let schemes = self.schemes();
        self.components();
        let mut ops = operations::Ops::default();
        self.operations(&schemes, servers.iter().any(|s| !s.variables.is_empty()), &mut ops);
        let root = self.root;
        let constraints = |t: &TypeDef| {
            let mut out = String::new();
            if let Some(schema) = root.pointer(&t.pointer).filter(|_| !t.pointer.is_empty()) {
                intern::constraints(schema, 2, &mut out);
            }
            out
        };
        let no_aliases = HashMap::new();
        let interned =
            intern::intern(&mut self.types, &mut self.type_scope, intern::Phase::Lowered, &constraints, &no_aliases);
        rename_references(&interned.renames, &mut ops, &mut self.examples);
        // The error-body enum has one variant per distinct schema: merged ones are one.
        for (_, ty) in ops.errors.iter_mut().flatten() {
            intern::rename(ty, &interned.canonical);
        }
        let error_type = self.error_type(&mut ops);
        let mut api = Api {
            spec_file: doc.file.clone(),
            crate_name: crate_name.to_owned(),
            lib_name: naming::lib_name(crate_name),
            crate_version: text("x-crate-version").unwrap_or_else(|| "0.1.0".to_owned()),
            publish: info.and_then(|i| i.get("x-publish")).and_then(Value::as_bool).unwrap_or(false),
            license: info
                .and_then(|i| i.pointer("/license/identifier"))
                .and_then(Value::as_str)
                .filter(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || "-.+() ".contains(c)))
                .map(str::to_owned),
            title: text("title").unwrap_or_else(|| crate_name.to_owned()),
            api_version: text("version").unwrap_or_default(),
            description: text("description"),
            server_url: ops.server_url.and_then(|name| surface::server_url(name, &servers)),
            servers,
            schemes,
            security_sets: ops.security_sets,
            security_consts: Vec::new(),
            types: std::mem::take(&mut self.types),
            operations: ops.list,
            error_type,
            examples: std::mem::take(&mut self.examples),
            features: Vec::new(),
        };
        // Use sites keep the alias a `$ref` names, so the passes see the aliases (an alias no
        // operation uses is no root of its own: it would pull serde traits onto its target).
        let first_alias = api.types.len();
        let alias_names: HashSet<String> = interned.aliases.iter().map(|t| t.name.clone()).collect();
        api.types.extend(interned.aliases);
        self.diags.extend(passes::finish(&mut api, &alias_names));
        let mut aliases = api.types.split_off(first_alias);
        for alias in &mut aliases {
            alias.usage = Default::default();
        }
        let merged: HashMap<String, String> = aliases
            .iter()
            .filter_map(|a| match &a.kind {
                TypeKind::Alias(TypeRef::Named(target)) => Some((a.name.clone(), target.clone())),
                _ => None,
            })
            .collect();
        // Once the passes have settled optionality, types that differed only in a field's
        // read/write direction (a doc note) can be the same type too.
        let finished =
            intern::intern(&mut api.types, &mut self.type_scope, intern::Phase::Finished, &constraints, &merged);
        rename_api_references(&finished, &mut api);
        for alias in &mut aliases {
            if let TypeKind::Alias(target) = &mut alias.kind {
                intern::rename(target, &finished.canonical);
            }
        }
        aliases.extend(finished.aliases);
        // Merged names are aliases of their canonical type: they need no serde traits and are
        // compiled exactly when their target is.
        let first_alias = api.types.len();
        api.types.extend(aliases);
        // `info.x-features-per-tag: true|false` overrides the size rule.
        let per_tag = info.and_then(|i| i.get("x-features-per-tag")).and_then(Value::as_bool);
        features::split(&mut api, per_tag);
        let gates: HashMap<String, Vec<String>> =
            api.types[..first_alias].iter().map(|t| (t.name.clone(), t.features.clone())).collect();
        for alias in &mut api.types[first_alias..] {
            if let TypeKind::Alias(TypeRef::Named(target)) = &alias.kind {
                alias.features = gates.get(target).cloned().unwrap_or_default();
            }
        }
        surface::decide(&mut api);
        api
    }

    /// Follows `$ref`s from `value` (at `pointer`) to the value they name.
    pub(crate) fn deref(&self, value: &'a Value, pointer: &str) -> (&'a Value, String) {
        pointer::deref_at(self.root, value, pointer)
    }

    pub(crate) fn example(&mut self, pointer: String, ty: &TypeRef, value: &Value) {
        self.examples.push(Example { pointer, ty: ty.clone(), value: value.clone() });
    }

    /// Records the `example` and `examples` of a media type object.
    pub(crate) fn media_examples(&mut self, media: &Value, pointer: &str, ty: &TypeRef) {
        if let Some(example) = media.get("example") {
            self.example(child(pointer, "example"), ty, example);
        }
        if let Some(examples) = media.get("examples").and_then(Value::as_object) {
            for (name, example) in examples {
                let at = child(&child(pointer, "examples"), name);
                let (example, at) = self.deref(example, &at);
                if let Some(value) = example.get("value") {
                    self.example(child(&at, "value"), ty, value);
                }
            }
        }
    }

    fn servers(&mut self) -> Vec<Server> {
        let mut out = Vec::new();
        for (i, server) in self.root.get("servers").and_then(Value::as_array).into_iter().flatten().enumerate() {
            let Some(template) = server.get("url").and_then(Value::as_str) else {
                self.diags.push(Diagnostic::warning(format!("/servers/{i}"), "a server has no `url`; it is ignored"));
                continue;
            };
            let mut url = template.to_owned();
            let mut variables = Vec::new();
            if let Some(vars) = server.get("variables").and_then(Value::as_object) {
                for (name, var) in vars {
                    let default = var.get("default").and_then(Value::as_str).unwrap_or_default();
                    url = url.replace(&format!("{{{name}}}"), default);
                    if template.contains(&format!("{{{name}}}")) {
                        variables.push((name.clone(), default.to_owned()));
                    }
                }
            }
            out.push(Server {
                url,
                template: template.to_owned(),
                variables,
                description: server.get("description").and_then(Value::as_str).map(str::to_owned),
            });
        }
        out
    }

    fn schemes(&mut self) -> Vec<Scheme> {
        let mut out = Vec::new();
        let mut setters = Scope::with_taken(&[
            "base_url",
            "default_header",
            "hook",
            "http_client",
            "retry",
            "timeout",
            "attempt_timeout",
            "deadline",
            "connect_timeout",
            "build",
            "credential",
        ]);
        let mut consts = Scope::default();
        let Some(map) = self.root.pointer("/components/securitySchemes").and_then(Value::as_object) else {
            return out;
        };
        for (name, scheme) in map {
            let pointer = child("/components/securitySchemes", name);
            let (scheme, _) = self.deref(scheme, &pointer);
            let kind = scheme.get("type").and_then(Value::as_str).unwrap_or_default();
            let field = |key: &str| scheme.get(key).and_then(Value::as_str).unwrap_or_default().to_owned();
            let (location, prefix) = match kind {
                "apiKey" => {
                    let wire = field("name");
                    match field("in").as_str() {
                        "header" => (SchemeLocation::Header(wire), String::new()),
                        "query" => (SchemeLocation::Query(wire), String::new()),
                        "cookie" => (SchemeLocation::Cookie(wire), String::new()),
                        other => {
                            self.diags.push(
                                Diagnostic::error(
                                    child(&pointer, "in"),
                                    format!("apiKey scheme `{name}` has `in: {other}`"),
                                )
                                .with_hint("use header, query or cookie"),
                            );
                            continue;
                        }
                    }
                }
                "http" => match field("scheme").to_ascii_lowercase().as_str() {
                    "bearer" => (SchemeLocation::Header("Authorization".into()), "Bearer ".into()),
                    "basic" => (SchemeLocation::Header("Authorization".into()), "Basic ".into()),
                    other => {
                        self.diags.push(Diagnostic::warning(
                            child(&pointer, "scheme"),
                            format!("HTTP auth scheme `{other}` is sent as given in the Authorization header"),
                        ));
                        (SchemeLocation::Header("Authorization".into()), String::new())
                    }
                },
                "oauth2" | "openIdConnect" => (SchemeLocation::Header("Authorization".into()), "Bearer ".into()),
                other => {
                    self.diags.push(Diagnostic::warning(child(&pointer, "type"), format!("security scheme type `{other}` is not supported; operations that need it send no credential for it")));
                    continue;
                }
            };
            let setter = setters.claim(naming::snake(name, "credential"));
            let source_setter = setters.claim(format!("{}_source", setter.trim_start_matches("r#")));
            let bearer_setter = matches!(kind, "oauth2" | "openIdConnect")
                .then(|| setters.claim(format!("{}_bearer_token", setter.trim_start_matches("r#"))));
            out.push(Scheme {
                name: name.clone(),
                const_name: consts.claim(format!("SCHEME_{}", naming::constant(name))),
                setter,
                source_setter,
                bearer_setter,
                location,
                prefix,
                doc: scheme.get("description").and_then(Value::as_str).map(str::to_owned),
            });
        }
        out
    }

    fn components(&mut self) {
        let Some(schemas) = self.root.pointer("/components/schemas").and_then(Value::as_object) else { return };
        // Names the spec gives (`x-rust-name`) are claimed first, so a derived name never takes them.
        let given: Vec<(String, Option<String>)> = schemas
            .iter()
            .map(|(key, schema)| {
                let pointer = child("/components/schemas", key);
                let name = self.rust_name(schema, &pointer, naming::type_name);
                (key.clone(), name)
            })
            .collect();
        // Then the names made from schema keys; a name of an item at the crate's root last, as
        // `Api{Name}` (so it never takes a name the spec gives another schema).
        let mut clashes = Vec::new();
        for (key, name) in &given {
            let pointer = child("/components/schemas", key);
            let Some(given) = name else { continue };
            if let Some(renamed) = naming::crate_item_rename(given) {
                clashes.push((pointer, key, given.clone(), renamed));
                continue;
            }
            let name = self.type_scope.claim(given.clone());
            if &name != given {
                self.rust_name_taken(&pointer, given, &name);
            }
            self.component_names.insert(pointer, name);
        }
        for (key, name) in &given {
            if name.is_some() {
                continue;
            }
            let pointer = child("/components/schemas", key);
            let derived = naming::type_name(key);
            match naming::crate_item_rename(&derived) {
                Some(renamed) => clashes.push((pointer, key, derived, renamed)),
                None => {
                    let name = self.type_scope.claim(derived);
                    self.component_names.insert(pointer, name);
                }
            }
        }
        for (pointer, key, name, renamed) in clashes {
            let used = self.crate_item_renamed(&pointer, key, &name, renamed);
            self.component_names.insert(pointer, used);
        }
        for (key, schema) in schemas {
            let pointer = child("/components/schemas", key);
            self.component(schema, &pointer);
        }
    }
}

/// Points every reference of the operations, their error bodies and the examples at the
/// canonical name of a merged type.
fn rename_references(canonical: &HashMap<String, String>, ops: &mut operations::Ops, examples: &mut [Example]) {
    if canonical.is_empty() {
        return;
    }
    rename_operations(canonical, &mut ops.list, examples);
}

/// The parameters, bodies, responses and page items of `operations`, and `examples`.
fn rename_operations(canonical: &HashMap<String, String>, operations: &mut [Operation], examples: &mut [Example]) {
    let rename = |ty: &mut TypeRef| intern::rename(ty, canonical);
    for op in operations {
        for p in op.path_params.iter_mut().chain(&mut op.query).chain(&mut op.headers).chain(&mut op.cookies) {
            rename(&mut p.ty);
        }
        for body in op.body.iter_mut().chain(op.alt_bodies.iter_mut().map(|a| &mut a.body)) {
            rename(&mut body.ty);
        }
        if let Some(ty) = &mut op.response.ty {
            rename(ty);
        }
        if let Some(p) = &mut op.pagination {
            rename(&mut p.item_ty);
        }
    }
    for example in examples {
        rename(&mut example.ty);
    }
}

impl Lowerer<'_> {
    /// The Rust name the spec gives an operation, schema or property (`x-rust-name`), in the
    /// form `normalize` makes (`snake_case` or `UpperCamelCase`); a warning when it is not a
    /// string or not already in that form (then the normalized name is used).
    pub(crate) fn rust_name(&mut self, value: &Value, at: &str, normalize: fn(&str) -> String) -> Option<String> {
        let given = value.get("x-rust-name")?;
        let at = child(at, "x-rust-name");
        let Some(text) = given.as_str().filter(|t| !t.trim().is_empty()) else {
            self.diags.push(Diagnostic::warning(&at, "x-rust-name is not a name").with_hint("it is ignored"));
            return None;
        };
        let name = normalize(text);
        if name != text {
            self.diags.push(
                Diagnostic::warning(&at, format!("x-rust-name `{text}` is not a Rust name of this kind"))
                    .with_hint(format!("`{name}` is used")),
            );
        }
        Some(name)
    }

    /// Claims `renamed` for the component schema `key` whose name would be `name`, an item at the
    /// crate's root, with a warning saying so.
    fn crate_item_renamed(&mut self, pointer: &str, key: &str, name: &str, renamed: String) -> String {
        let used = self.type_scope.claim(renamed);
        self.diags.push(
            Diagnostic::warning(
                pointer,
                format!("schema `{key}` would be `types::{name}`, named like the crate's own `{name}`"),
            )
            .with_hint(format!("it is `types::{used}`; `x-rust-name` gives it another name")),
        );
        used
    }

    /// A warning: the name `x-rust-name` gives is already taken, so `used` is used.
    pub(crate) fn rust_name_taken(&mut self, at: &str, given: &str, used: &str) {
        self.diags.push(
            Diagnostic::warning(child(at, "x-rust-name"), format!("x-rust-name `{given}` is already taken"))
                .with_hint(format!("`{used}` is used; give another name")),
        );
    }
}

/// Points the references of the finished API (operations, examples, the error type) at the
/// canonical name of an inline type merged after the whole-API passes, and the variants of the
/// error-body enum at the canonical type of any merged one.
fn rename_api_references(interned: &intern::Interned, api: &mut Api) {
    if interned.canonical.is_empty() {
        return;
    }
    rename_operations(&interned.renames, &mut api.operations, &mut api.examples);
    intern::rename(&mut api.error_type, &interned.canonical);
    for t in &mut api.types {
        if let TypeKind::ErrorBody { variants } = &mut t.kind {
            variants.iter_mut().for_each(|(_, ty)| intern::rename(ty, &interned.canonical));
        }
    }
}
