//! OpenAPI Overlays (Overlay Specification 1.0.0): a separate document of `actions`, each a
//! JSONPath `target` (RFC 9535) with an `update` to merge into every node it selects or
//! `remove: true`, applied to an upstream document before it is loaded. The fixes to a spec
//! one does not own live beside it instead of inside a fork.
//!
//! Merging: an object update merges into an object key by key (objects recursively, anything
//! else replaced); an update of an array target is appended to it (its items, if it is an
//! array). Actions apply in order, each to the document as the previous ones left it.

use serde_json::Value;
use serde_json_path::JsonPath;

use super::pointer;
use crate::diagnostic::{child, Diagnostic};

/// Applies the actions of the overlay document `overlay` to `root`. Problems of the overlay
/// (not an overlay, a target that does not parse, one that selects nothing) come back at
/// pointers into the overlay (the caller places them in its text); the actions that could be
/// applied are.
pub fn apply(root: &mut Value, overlay: &Value) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    let version = overlay.get("overlay").and_then(Value::as_str);
    if !version.is_some_and(|v| v.starts_with("1.")) {
        diags.push(
            Diagnostic::error("/overlay", "not an OpenAPI Overlay 1.x document")
                .with_hint("an overlay starts with `overlay: 1.0.0`, `info` and `actions`"),
        );
    }
    match overlay.get("actions").and_then(Value::as_array) {
        None => diags.push(Diagnostic::error("/actions", "the overlay has no `actions` list")),
        Some(actions) => {
            for (i, action) in actions.iter().enumerate() {
                apply_action(root, action, &format!("/actions/{i}"), &mut diags);
            }
        }
    }
    diags
}

fn apply_action(root: &mut Value, action: &Value, at: &str, diags: &mut Vec<Diagnostic>) {
    let Some(target) = action.get("target").and_then(Value::as_str) else {
        diags.push(
            Diagnostic::error(at, "an action has no `target`").with_hint("a JSONPath such as `$.paths['/users'].get`"),
        );
        return;
    };
    let path = match JsonPath::parse(target) {
        Ok(path) => path,
        Err(err) => {
            diags.push(Diagnostic::error(child(at, "target"), format!("`{target}` is not a JSONPath: {err}")));
            return;
        }
    };
    let pointers: Vec<String> = path.query_located(root).locations().map(|l| l.to_json_pointer()).collect();
    if pointers.is_empty() {
        diags.push(
            Diagnostic::warning(child(at, "target"), format!("`{target}` selects nothing in the document"))
                .with_hint("the upstream document changed, or the target is wrong; the action does nothing"),
        );
        return;
    }
    let remove = action.get("remove").and_then(Value::as_bool).unwrap_or(false);
    match (remove, action.get("update")) {
        (true, _) => remove_all(root, pointers),
        (false, Some(update)) => {
            for pointer in &pointers {
                if let Some(node) = root.pointer_mut(pointer) {
                    merge(node, update);
                }
            }
        }
        (false, None) => diags.push(
            Diagnostic::warning(at, "the action has neither `update` nor `remove: true`").with_hint("it does nothing"),
        ),
    }
}

/// Removes the nodes at `pointers`; later array items first, so earlier indices stay valid.
fn remove_all(root: &mut Value, mut pointers: Vec<String>) {
    let index = |p: &str| p.rsplit('/').next().and_then(|last| last.parse::<usize>().ok());
    pointers.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| index(b).cmp(&index(a))).then_with(|| b.cmp(a)));
    for pointer in pointers {
        let Some((parent, last)) = pointer.rsplit_once('/') else {
            *root = Value::Null;
            continue;
        };
        let key = pointer::unescape(last);
        match root.pointer_mut(parent) {
            Some(Value::Object(map)) => {
                map.shift_remove(&key);
            }
            Some(Value::Array(items)) => {
                if let Ok(i) = key.parse::<usize>() {
                    if i < items.len() {
                        items.remove(i);
                    }
                }
            }
            _ => {}
        }
    }
}

/// Merges `update` into `node` (see the module doc).
fn merge(node: &mut Value, update: &Value) {
    match (node, update) {
        (Value::Object(target), Value::Object(changes)) => {
            for (key, value) in changes {
                match target.get_mut(key) {
                    Some(existing @ Value::Object(_)) if value.is_object() => merge(existing, value),
                    _ => {
                        target.insert(key.clone(), value.clone());
                    }
                }
            }
        }
        (Value::Array(items), Value::Array(more)) => items.extend(more.iter().cloned()),
        (Value::Array(items), one) => items.push(one.clone()),
        (node, value) => *node = value.clone(),
    }
}

#[cfg(test)]
mod tests {
    use crate::spec::source::{apply_overlay as apply, SourceDoc};
    use serde_json::json;

    fn overlay(text: &str) -> SourceDoc {
        SourceDoc::parse("overlay.yaml", text.to_owned()).unwrap()
    }

    #[test]
    fn updates_merge_and_removes_remove() {
        let mut doc =
            json!({"paths": {"/a": {"get": {"summary": "A", "tags": ["x"]}, "delete": {}}, "/b": {"get": {}}}});
        let o = overlay(
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n\
             - target: \"$.paths['/a'].get\"\n  update: {summary: Lists A, x-pagination: {kind: link-header, items: ''}}\n\
             - target: \"$.paths.*.delete\"\n  remove: true\n\
             - target: \"$.paths['/a'].get.tags\"\n  update: y\n",
        );
        assert!(apply(&mut doc, &o).is_empty());
        assert_eq!(
            doc,
            json!({"paths": {"/a": {"get": {"summary": "Lists A", "tags": ["x", "y"], "x-pagination": {"kind": "link-header", "items": ""}}}, "/b": {"get": {}}}})
        );
    }

    #[test]
    fn array_items_are_removed_from_the_last() {
        let mut doc = json!({"list": [{"drop": true}, {"keep": 1}, {"drop": true}]});
        let o = overlay("overlay: 1.0.0\nactions:\n- target: \"$.list[?@.drop == true]\"\n  remove: true\n");
        assert!(apply(&mut doc, &o).is_empty());
        assert_eq!(doc, json!({"list": [{"keep": 1}]}));
    }

    #[test]
    fn bad_targets_are_located_in_the_overlay() {
        let mut doc = json!({"paths": {}});
        let o = overlay("overlay: 1.0.0\nactions:\n- target: \"$.paths[\"\n  remove: true\n- target: \"$.nothing\"\n  remove: true\n");
        let diags = apply(&mut doc, &o);
        assert_eq!(diags.len(), 2, "{diags:?}");
        assert_eq!((diags[0].pointer.as_str(), diags[0].line), ("/actions/0/target", Some(3)));
        assert!(diags[0].message.contains("is not a JSONPath"));
        assert_eq!((diags[1].pointer.as_str(), diags[1].line), ("/actions/1/target", Some(5)));
        assert!(diags[1].message.contains("selects nothing"));
        assert!(diags.iter().all(|d| d.file == "overlay.yaml"));
    }
}
