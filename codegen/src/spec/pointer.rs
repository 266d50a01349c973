//! JSON pointers (RFC 6901) and the only place a `$ref` is followed.
//!
//! A local `$ref` is `#` and a JSON pointer whose characters may be percent-encoded (`{` as
//! `%7B`): [`target`] decodes it once into a pointer, [`resolve`] finds the node it names,
//! [`deref`](fn@deref) and [`deref_at`] follow a chain of them. A pointer's segments escape
//! `~` as `~0` and `/` as `~1` ([`unescape`], [`segments`]; escaping is
//! `diagnostic::escape_segment`).

use serde_json::Value;

/// How many `$ref`s a chain may have before it is taken for a cycle and left where it is.
const MAX_HOPS: usize = 32;

/// Percent-decoding (`$ref`s may percent-encode characters such as `{` and `}`; so may
/// recorded URLs): invalid escapes are kept as they are, bytes that are not UTF-8 replaced.
pub(crate) fn percent_decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned()
}

/// One segment of a JSON pointer, unescaped (`~1` → `/`, then `~0` → `~`).
pub fn unescape(segment: &str) -> String {
    segment.replace("~1", "/").replace("~0", "~")
}

/// The unescaped segments of a JSON pointer (none for the root, `""`).
pub fn segments(pointer: &str) -> Vec<String> {
    pointer.split('/').skip(1).map(unescape).collect()
}

/// The JSON pointer a local `$ref` names (`#/components/schemas/User` →
/// `/components/schemas/User`), percent-decoded; `None` for a reference that is not local.
pub fn target(reference: &str) -> Option<String> {
    reference.strip_prefix('#').map(percent_decode)
}

/// The node a local `$ref` (`#/components/schemas/User`) names in `root`.
pub fn resolve<'a>(root: &'a Value, reference: &str) -> Option<&'a Value> {
    let pointer = target(reference)?;
    root.pointer(&pointer)
}

/// Follows `$ref`s from `value` to the node they end at (after at most 32 of them; a
/// reference that does not resolve ends the chain at the node that holds it).
pub fn deref<'a>(root: &'a Value, value: &'a Value) -> &'a Value {
    deref_at(root, value, "").0
}

/// [`deref`](fn@deref), also returning where the node is: `pointer` (the place of `value`) when no
/// `$ref` was followed, else the last reference followed, without its `#` (as written, not
/// percent-decoded, so that it reads as the spec wrote it).
pub fn deref_at<'a>(root: &'a Value, value: &'a Value, pointer: &str) -> (&'a Value, String) {
    let mut current = value;
    let mut at = None;
    for _ in 0..MAX_HOPS {
        let Some(reference) = current.get("$ref").and_then(Value::as_str) else { break };
        match resolve(root, reference) {
            Some(target) => {
                at = Some(reference);
                current = target;
            }
            None => break,
        }
    }
    let at = at.map_or_else(|| pointer.to_owned(), |r| r.trim_start_matches('#').to_owned());
    (current, at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reference_resolves_through_percent_escapes_and_survives_broken_ones() {
        let root = serde_json::json!({"paths": {"/users/{id}": {"get": {}}}, "%é": 1});
        assert!(resolve(&root, "#/paths/~1users~1%7Bid%7D/get").is_some());
        // A `%` before a multi-byte character was sliced inside it (a panic) by an old decoder.
        assert_eq!(resolve(&root, "#/%é"), Some(&serde_json::json!(1)));
        assert_eq!(percent_decode("a%zz%4"), "a%zz%4");
        assert_eq!(resolve(&root, "#"), Some(&root));
        assert_eq!(resolve(&root, "other.yaml#/paths"), None);
    }

    #[test]
    fn chains_are_followed_and_cycles_end() {
        let root = serde_json::json!({
            "a": {"$ref": "#/b"}, "b": {"$ref": "#/c"}, "c": {"type": "string"},
            "x": {"$ref": "#/y"}, "y": {"$ref": "#/x"}, "z": {"$ref": "#/nowhere"}
        });
        assert_eq!(deref_at(&root, &root["a"], "/a"), (&root["c"], "/c".to_owned()));
        assert_eq!(deref_at(&root, &root["c"], "/c"), (&root["c"], "/c".to_owned()));
        assert_eq!(deref(&root, &root["z"]), &root["z"]);
        assert!(deref(&root, &root["x"]).get("$ref").is_some());
    }

    #[test]
    fn segments_are_unescaped() {
        assert_eq!(segments("/a~1b/c~0d/~01"), ["a/b", "c~d", "~1"]);
        assert!(segments("").is_empty());
        assert_eq!(target("#/a%7Bb%7D"), Some("/a{b}".to_owned()));
    }
}
