//! What OpenAPI 3.2 adds and the generator does not use yet: a located warning each, never a
//! refusal (the rest of a 3.2 document is read like 3.1).

use serde_json::Value;

use crate::diagnostic::{child, Diagnostic};

/// The warnings for the 3.2 additions the generator skips: the `query` method and
/// `additionalOperations` of a path item, `$self`, and `itemSchema` (a sequential media
/// type's items). An `in: querystring` parameter is warned about where parameters are read.
pub(super) fn unmodelled(root: &Value) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    if root.get("$self").is_some() {
        diags.push(
            Diagnostic::warning("/$self", "`$self` (OpenAPI 3.2) is not used")
                .with_hint("references are resolved within this document"),
        );
    }
    for (path, item) in root.get("paths").and_then(Value::as_object).into_iter().flatten() {
        let at = child("/paths", path);
        if item.get("query").is_some() {
            diags.push(
                Diagnostic::warning(child(&at, "query"), "the `query` operation (OpenAPI 3.2) is not modelled")
                    .with_hint("it gets no method; the path's other operations do"),
            );
        }
        for method in item.get("additionalOperations").and_then(Value::as_object).into_iter().flatten().map(|m| m.0) {
            diags.push(
                Diagnostic::warning(
                    child(&child(&at, "additionalOperations"), method),
                    format!("the `{method}` operation (OpenAPI 3.2 `additionalOperations`) is not modelled"),
                )
                .with_hint("it gets no method; the path's other operations do"),
            );
        }
    }
    item_schemas(root, "", &mut diags);
    diags
}

/// A warning for each media type object (under `content`) with an `itemSchema`.
fn item_schemas(value: &Value, pointer: &str, diags: &mut Vec<Diagnostic>) {
    match value {
        Value::Object(map) => {
            let parent = pointer.rsplit('/').nth(1);
            if parent == Some("content") && map.contains_key("itemSchema") {
                diags.push(
                    Diagnostic::warning(child(pointer, "itemSchema"), "`itemSchema` (OpenAPI 3.2) is not modelled")
                        .with_hint("the body is not typed by its items; add a `schema` to type it"),
                );
            }
            for (key, v) in map {
                if key != "example" && key != "examples" {
                    item_schemas(v, &child(pointer, key), diags);
                }
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                item_schemas(v, &format!("{pointer}/{i}"), diags);
            }
        }
        _ => {}
    }
}
