//! What the OpenAPI specification fixes and every layer reads the same way: the HTTP methods
//! of a path item, the parameters of a path template, the version of a document.

use serde_json::Value;

/// The HTTP methods an OpenAPI path item can hold.
pub const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// The `{name}`s of a path template, in order.
pub fn template_params(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        match rest[open..].find('}') {
            Some(close) => {
                out.push(rest[open + 1..open + close].to_owned());
                rest = &rest[open + close + 1..];
            }
            None => break,
        }
    }
    out
}

/// Whether the version `v` is of the minor version `minor` (`3.1.0` and `3.1` are of `3.1`).
pub(crate) fn is_minor(v: &str, minor: &str) -> bool {
    v.strip_prefix(minor).is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
}

/// Whether the document's `openapi` is 3.1 or later: JSON Schema 2020-12 rules (type lists,
/// `$ref` siblings). 3.2 is read like 3.1.
pub(crate) fn is_31_or_later(root: &Value) -> bool {
    root.get("openapi").and_then(Value::as_str).is_some_and(|v| is_minor(v, "3.1") || is_minor(v, "3.2"))
}
