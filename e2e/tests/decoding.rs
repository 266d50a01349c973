//! The written-out serde impls of generated types (`codegen_runtime::model`) against
//! `serde_derive`: the same spec generated both ways (`e2e/generated/decoding` and
//! `e2e/generated/decoding-derive`) decodes the same bodies into the same values, encodes them
//! back to the same JSON, and fails on the same bodies with the same path and message. The
//! expected values and paths are also written down here, so a change that broke both alike
//! would fail too.

use codegen_runtime::{decode_json, DecodeFailure};
use decoding_client::types as lean;
use decoding_derive_client::types as derived;

/// What decoding a body gives: the value's `Debug` and its JSON, or the failure.
type Outcome = Result<(String, String), DecodeFailure>;

fn outcome<T: serde::de::DeserializeOwned + serde::Serialize + std::fmt::Debug>(body: &str) -> Outcome {
    decode_json::<T>(200, body.as_bytes())
        .map(|value| (format!("{value:?}"), serde_json::to_string(&value).expect("encodes")))
}

/// The outcome without the position `serde_json` adds to messages: where `serde_derive`
/// buffers (additional properties), it reports the end of the object rather than the value.
fn compared(outcome: Outcome) -> Outcome {
    outcome.map_err(|mut failure| {
        if let Some(at) = failure.message.rfind(" at line ") {
            failure.message.truncate(at);
        }
        failure
    })
}

/// Decodes `body` as a `Record` both ways, asserts they agree, and returns the outcome.
fn record(body: &str) -> Outcome {
    let ours = outcome::<lean::Record>(body);
    let theirs = outcome::<derived::Record>(body);
    assert_eq!(compared(ours.clone()), compared(theirs), "written-out impls and serde_derive disagree on {body}");
    ours
}

fn failure(body: &str) -> DecodeFailure {
    record(body).expect_err("the body must not decode")
}

const FULL: &str = r#"{
  "id": 7, "displayName": "seven", "owner": 3, "group": 4, "state": "on-hold", "level": 2,
  "note": "hello", "type": "plain", "tags": ["a", "b"],
  "children": [{"name": "c1", "size": 1, "self_link": "/c1"}, {"name": "c2"}],
  "extra": {"size": 3, "width": 4, "height": 5},
  "shape": {"kind": "circle", "radius": 1.5},
  "value": {"name": "v"}
}"#;

#[test]
fn a_full_body_decodes_alike_and_encodes_back_alike() {
    let (_, json) = record(FULL).expect("decodes");
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let expected: serde_json::Value = serde_json::from_str(FULL).unwrap();
    assert_eq!(value, expected);
    let ours: lean::Record = serde_json::from_str(FULL).unwrap();
    assert_eq!(ours.display_name, "seven");
    assert_eq!(ours.r#type.as_deref(), Some("plain"));
    assert_eq!(ours.state.as_ref().map(|s| s.as_str()), Some("on-hold"));
    assert_eq!(ours.level, Some(lean::Level(2)));
    let extra = ours.extra.as_ref().unwrap();
    assert_eq!(extra.size, Some(3));
    assert_eq!(extra.additional_properties.get("width"), Some(&4));
    assert_eq!(extra.additional_properties.len(), 2);
    assert!(matches!(ours.shape, Some(lean::Shape::Circle(ref c)) if c.radius == 1.5));
    assert!(matches!(ours.value, Some(lean::Value::Child(ref c)) if c.name == "v"));
}

#[test]
fn keys_in_any_order_unknown_keys_and_escaped_keys_decode_alike() {
    let shuffled = r#"{"tags": [], "unknown": {"deep": [1, {"x": null}]}, "owner": null,
        "display\u004eame": "esc", "id": 1, "more": 2}"#;
    let ours: lean::Record = serde_json::from_str(shuffled).unwrap();
    assert_eq!((ours.id, ours.display_name.as_str(), ours.owner), (1, "esc", None));
    record(shuffled).expect("decodes");
    record(r#"{"id": 1, "displayName": "x", "owner": 5}"#).expect("decodes");
}

#[test]
fn nullable_optional_fields_keep_absent_null_and_a_value_apart() {
    let base = r#""id": 1, "displayName": "x", "owner": null"#;
    let note = |body: String| serde_json::from_str::<lean::Record>(&body).unwrap().note;
    assert_eq!(note(format!("{{{base}}}")), None);
    assert_eq!(note(format!("{{{base}, \"note\": null}}")), Some(None));
    assert_eq!(note(format!("{{{base}, \"note\": \"n\"}}")), Some(Some("n".to_owned())));
    for body in [format!("{{{base}}}"), format!("{{{base}, \"note\": null}}"), format!("{{{base}, \"note\": \"n\"}}")] {
        let (_, json) = record(&body).expect("decodes");
        assert_eq!(json.contains("\"note\":null"), body.contains("\"note\": null"), "{json}");
    }
    // A required, nullable field that is absent is `None` (see `the_differences_…` for the one
    // case where `serde_derive` refused it).
    let absent: lean::Record = serde_json::from_str(r#"{"id": 1, "displayName": "x"}"#).unwrap();
    assert_eq!(absent.owner, None);
}

#[test]
fn lenient_integers_decode_from_strings_alike() {
    let ours: lean::Record =
        serde_json::from_str(r#"{"id": 1, "displayName": "x", "owner": "12", "group": "5"}"#).unwrap();
    assert_eq!((ours.owner, ours.group), (Some(12), Some(5)));
    record(r#"{"id": 1, "displayName": "x", "owner": "12", "group": "5", "value": "9"}"#).expect("decodes");
    let bad = failure(r#"{"id": 1, "displayName": "x", "owner": "twelve"}"#);
    assert_eq!(bad.path, "owner");
}

#[test]
fn values_added_to_the_api_later_are_kept() {
    let body = r#"{"id": 1, "displayName": "x", "owner": 1, "state": "archived", "level": 9,
        "shape": {"kind": "triangle", "sides": 3}, "value": true}"#;
    let ours: lean::Record = serde_json::from_str(body).unwrap();
    assert_eq!(ours.state.as_ref().map(|s| s.as_str()), Some("archived"));
    assert_eq!(ours.level, Some(lean::Level(9)));
    assert!(matches!(ours.shape, Some(lean::Shape::Unknown(_))));
    assert!(matches!(ours.value, Some(lean::Value::Unknown(serde_json::Value::Bool(true)))));
    let (_, json) = record(body).expect("decodes");
    assert!(json.contains("\"state\":\"archived\"") && json.contains("\"sides\":3"), "{json}");
}

#[test]
fn untagged_one_ofs_try_their_variants_in_order_alike() {
    let caught = r#"{"size":"big","deep":{"l":[1,-2,1.5,"e\"s",null,true],"k":{}}}"#;
    for value in [r#"5"#, r#""5""#, r#"["a","b"]"#, r#"{"name":"n","size":2}"#, r#"{"size":2}"#, "null", caught] {
        record(&format!(r#"{{"id": 1, "displayName": "x", "owner": 1, "value": {value}}}"#)).expect("decodes");
    }
    // What no variant takes is kept whole, as JSON, escapes and nesting included.
    let ours: lean::Record =
        serde_json::from_str(&format!(r#"{{"id": 1, "displayName": "x", "owner": 1, "value": {caught}}}"#)).unwrap();
    let expected: serde_json::Value = serde_json::from_str(caught).unwrap();
    assert!(matches!(ours.value, Some(lean::Value::Unknown(ref v)) if *v == expected), "{:?}", ours.value);
}

#[test]
fn a_missing_required_field_names_the_object_that_lacks_it() {
    let missing = failure(r#"{"displayName": "x", "owner": null}"#);
    assert_eq!((missing.path.as_str(), missing.message.starts_with("missing field `id`")), (".", true), "{missing:?}");
    let nested = failure(r#"{"id": 1, "displayName": "x", "owner": null, "children": [{"name": "a"}, {"size": 2}]}"#);
    assert_eq!(nested.path, "children[1]");
    assert!(nested.message.starts_with("missing field `name`"), "{nested:?}");
}

#[test]
fn a_wrong_type_names_the_field_even_as_the_last_key_of_its_object() {
    let last = failure(r#"{"displayName": "x", "owner": null, "id": "seven"}"#);
    assert_eq!(last.path, "id");
    let first = failure(r#"{"id": "seven", "displayName": "x", "owner": null}"#);
    assert_eq!(first.path, "id");
    let deep = failure(r#"{"id": 1, "displayName": "x", "owner": null, "children": [{"name": "a", "size": "big"}]}"#);
    assert_eq!(deep.path, "children[0].size");
    let in_array = failure(r#"{"id": 1, "displayName": "x", "owner": null, "tags": ["a", 2]}"#);
    assert_eq!(in_array.path, "tags[1]");
    let extra = failure(r#"{"id": 1, "displayName": "x", "owner": null, "extra": {"size": 1, "width": "wide"}}"#);
    assert_eq!(extra.path, "extra.width");
    let tagged = failure(r#"{"id": 1, "displayName": "x", "owner": null, "shape": {"kind": "circle", "radius": "r"}}"#);
    assert_eq!(tagged.path, "shape");
    assert!(tagged.message.contains("radius"), "{tagged:?}");
}

#[test]
fn a_repeated_key_is_an_error_alike() {
    let twice = failure(r#"{"id": 1, "id": 2, "displayName": "x", "owner": null}"#);
    assert!(twice.message.starts_with("duplicate field `id`"), "{twice:?}");
}

/// Where the written-out impls differ from `serde_derive`, on purpose.
#[test]
fn the_differences_from_serde_derive_are_these() {
    // An enum value of the wrong type: the same path, a plainer message.
    let body = r#"{"id": 1, "displayName": "x", "owner": null, "state": 3}"#;
    let ours = outcome::<lean::Record>(body).unwrap_err();
    let theirs = outcome::<derived::Record>(body).unwrap_err();
    assert_eq!((ours.path.as_str(), theirs.path.as_str()), ("state", "state"));
    assert!(ours.message.starts_with("invalid type: integer `3`, expected a string"), "{ours:?}");
    // A required, nullable field that is absent is `None`; `serde_derive` made it `None` too,
    // except for a field decoded by a helper (`x-lenient-integer`), which had no `default`.
    let absent = r#"{"id": 1, "displayName": "x"}"#;
    assert!(outcome::<lean::Record>(absent).is_ok());
    let theirs = outcome::<derived::Record>(absent).unwrap_err();
    assert!(theirs.message.starts_with("missing field `owner`"), "{theirs:?}");
    // An array in place of an object: `serde_derive` reads it field by field, in order.
    let array = r#"[1, "x", null, null, null, null, null, null, null, null, null, null, null]"#;
    assert!(outcome::<derived::Record>(array).is_ok());
    let ours = outcome::<lean::Record>(array).unwrap_err();
    assert!(ours.message.starts_with("invalid type: sequence, expected struct Record"), "{ours:?}");
}

#[test]
fn sent_structs_encode_alike() {
    let ours = lean::Record::new(7, "seven", None).note_null().tags(["a"]).state(lean::State::Open);
    let theirs = derived::Record::new(7, "seven", None).note_null().tags(["a"]).state(derived::State::Open);
    let json = serde_json::to_string(&ours).unwrap();
    assert_eq!(json, serde_json::to_string(&theirs).unwrap());
    assert_eq!(json, r#"{"id":7,"displayName":"seven","owner":null,"state":"open","note":null,"tags":["a"]}"#);
}
