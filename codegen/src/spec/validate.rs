//! Checks of the whole document that lowering relies on: the OpenAPI version, that every
//! `$ref` is local and resolves, that path templates and path parameters agree, and that
//! operation ids are unique. All problems are collected; nothing stops at the first.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::openapi::{is_minor, template_params, METHODS};
use super::pointer::{deref, resolve};
use crate::diagnostic::{child, Diagnostic};

/// Runs every document-level check.
pub fn validate(root: &Value) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    let Some(obj) = root.as_object() else {
        diags.push(
            Diagnostic::error("", "the document is not an object")
                .with_hint("an OpenAPI document is a mapping with `openapi`, `info` and `paths`"),
        );
        return diags;
    };
    if let Some(swagger) = obj.get("swagger") {
        diags.push(
            Diagnostic::error("/swagger", format!("Swagger version {} is not supported", version_text(swagger)))
                .with_hint("Swagger 2.0 and OpenAPI 3.0.x, 3.1.x and 3.2.x are supported"),
        );
        return diags;
    }
    match obj.get("openapi").and_then(Value::as_str) {
        None => diags.push(
            Diagnostic::error("", "the document has no `openapi` version").with_hint("add `openapi: 3.0.3` at the top"),
        ),
        Some(v) if ["3.0", "3.1", "3.2"].iter().any(|minor| is_minor(v, minor)) => {}
        Some(v) => diags.push(
            Diagnostic::error("/openapi", format!("OpenAPI version {v} is not supported"))
                .with_hint("versions 3.0.x, 3.1.x and 3.2.x are supported"),
        ),
    }
    if !obj.get("info").is_some_and(Value::is_object) {
        diags.push(
            Diagnostic::error("", "the document has no `info` object")
                .with_hint("add `info` with `title` and `version`"),
        );
    }
    check_refs(root, root, "", &mut diags);
    check_paths(root, &mut diags);
    diags
}

fn version_text(version: &Value) -> String {
    match version {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn check_refs(root: &Value, value: &Value, pointer: &str, diags: &mut Vec<Diagnostic>) {
    match value {
        Value::Object(map) => {
            if let Some(reference) = map.get("$ref").and_then(Value::as_str) {
                let at = child(pointer, "$ref");
                if !reference.starts_with('#') {
                    diags.push(
                        Diagnostic::error(at, format!("external $ref `{reference}` is not supported"))
                            .with_hint("bundle the document into one file first (for example with `redocly bundle`)"),
                    );
                } else if resolve(root, reference).is_none() {
                    diags.push(
                        Diagnostic::error(at, format!("$ref `{reference}` does not resolve"))
                            .with_hint("check the spelling of the target; JSON pointers are case-sensitive"),
                    );
                }
            }
            for (key, v) in map {
                // Examples hold data, not schema: a `$ref` key there is just a value.
                if key == "example" || key == "examples" && !pointer.ends_with("/components") {
                    continue;
                }
                check_refs(root, v, &child(pointer, key), diags);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                check_refs(root, v, &format!("{pointer}/{i}"), diags);
            }
        }
        _ => {}
    }
}

fn check_paths(root: &Value, diags: &mut Vec<Diagnostic>) {
    let Some(paths) = root.get("paths") else {
        if root.get("openapi").and_then(Value::as_str).is_some_and(|v| v.starts_with("3.0")) {
            diags.push(
                Diagnostic::error("", "the document has no `paths`")
                    .with_hint("OpenAPI 3.0 requires `paths`, even if empty"),
            );
        }
        return;
    };
    let Some(paths) = paths.as_object() else {
        diags.push(Diagnostic::error("/paths", "`paths` is not an object"));
        return;
    };
    let mut ids: BTreeMap<String, String> = BTreeMap::new();
    for (path, item) in paths {
        let item_ptr = child("/paths", path);
        if !path.starts_with('/') {
            diags.push(Diagnostic::error(&item_ptr, format!("path `{path}` does not start with `/`")));
        }
        let item = deref(root, item);
        let template: Vec<String> = template_params(path);
        let mut seen = BTreeSet::new();
        for name in &template {
            if !seen.insert(name) {
                diags.push(Diagnostic::error(&item_ptr, format!("path `{path}` names the parameter `{name}` twice")));
            }
        }
        let shared = declared_path_params(root, item.get("parameters"));
        for method in METHODS {
            let Some(op) = item.get(*method) else { continue };
            let op_ptr = child(&item_ptr, method);
            if let Some(id) = op.get("operationId").and_then(Value::as_str) {
                if let Some(first) = ids.insert(id.to_owned(), op_ptr.clone()) {
                    diags.push(
                        Diagnostic::error(child(&op_ptr, "operationId"), format!("operationId `{id}` is used twice"))
                            .with_hint(format!("the first use is at #{first}; operation ids must be unique")),
                    );
                }
            }
            let mut declared = shared.clone();
            declared.extend(declared_path_params(root, op.get("parameters")));
            for name in &template {
                if !declared.contains(name) {
                    diags.push(
                        Diagnostic::error(&op_ptr, format!("path parameter `{name}` of `{path}` is not declared"))
                            .with_hint(format!("add a parameter with `name: {name}`, `in: path`, `required: true`")),
                    );
                }
            }
            for (i, param) in op.get("parameters").and_then(Value::as_array).into_iter().flatten().enumerate() {
                let param = deref(root, param);
                let p_ptr = format!("{op_ptr}/parameters/{i}");
                if param.get("in").and_then(Value::as_str) == Some("path") {
                    let name = param.get("name").and_then(Value::as_str).unwrap_or("");
                    if !template.iter().any(|t| t == name) {
                        diags.push(
                            Diagnostic::error(p_ptr, format!("path parameter `{name}` is not in the path `{path}`"))
                                .with_hint("rename it to match a `{placeholder}` of the path, or move it to the query"),
                        );
                    }
                }
            }
        }
    }
}

fn declared_path_params(root: &Value, params: Option<&Value>) -> BTreeSet<String> {
    params
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|p| deref(root, p))
        .filter(|p| p.get("in").and_then(Value::as_str) == Some("path"))
        .filter_map(|p| p.get("name").and_then(Value::as_str).map(str::to_owned))
        .collect()
}
