//! The decode policy for servers that deviate from their spec (`docs/decode-policy.md`), on the wire: generated clients against wiremock on loopback.
//!
//! Tolerated: undeclared fields, `null` in an optional field, a 2xx status the operation does
//! not document, an error body that does not parse. Kept for the caller: the raw response of a
//! body that did not decode. Still errors: a missing required field and a wrong type in a
//! required field, naming the field's path.

use decoding_client::types::{Record, Shape, State};
use serde_json::{json, Value};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A server answering `PUT /records/7` with `status`, `body` labelled `content_type`, and an
/// `x-request-id` header.
async fn server(verb: &str, at: &str, status: u16, body: &str, content_type: &str) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method(verb))
        .and(path(at))
        .respond_with(
            ResponseTemplate::new(status)
                .insert_header("x-request-id", "req-42")
                .set_body_raw(body.as_bytes().to_vec(), content_type),
        )
        .expect(1)
        .mount(&server)
        .await;
    server
}

/// `put_record` answered with `status` and the JSON text `body`.
async fn put_record(status: u16, body: &str) -> Result<Record, decoding_client::Error> {
    let server = server("PUT", "/records/7", status, body, "application/json").await;
    let client =
        decoding_client::Client::builder(server.uri()).retry(decoding_client::RetryPolicy::none()).build().unwrap();
    client.put_record(7, &Record::new(7, "seven", 3)).await
}

/// Rule 1: a field the spec does not declare, at any depth (the record, an item of a list, a
/// variant of a tagged one-of), is skipped.
#[tokio::test]
async fn undeclared_fields_never_fail_a_call() {
    let body = r#"{
        "id": 7, "displayName": "seven", "owner": 3,
        "addedLater": {"deep": [1, {"x": null}]}, "flag": true,
        "children": [{"name": "c1", "colour": "red"}],
        "shape": {"kind": "circle", "radius": 1.5, "centre": [0, 0]}
    }"#;
    let record = put_record(200, body).await.unwrap();
    assert_eq!((record.id, record.display_name.as_str(), record.owner), (7, "seven", Some(3)));
    assert_eq!(record.children.as_ref().map(|c| c[0].name.as_str()), Some("c1"));
    assert!(matches!(&record.shape, Some(Shape::Circle(c)) if c.radius == 1.5), "{:?}", record.shape);
    // A value of a string enum the spec does not list is kept, not refused.
    let record =
        put_record(200, r#"{"id": 7, "displayName": "seven", "owner": 3, "state": "archived"}"#).await.unwrap();
    assert!(matches!(&record.state, Some(State::Unknown(v)) if v.as_str() == "archived"), "{:?}", record.state);
}

/// Rule 2: `null` in an optional field that is not nullable is the field left out, at any
/// depth and whatever the field's type (scalar, lenient integer, enum, list, object, one-of).
#[tokio::test]
async fn null_in_an_optional_field_is_absent() {
    let body = r#"{
        "id": 7, "displayName": "seven", "owner": null,
        "group": null, "state": null, "level": null, "type": null, "tags": null,
        "children": [{"name": "c1", "size": null, "self_link": null}],
        "extra": {"size": null}, "shape": null, "value": null
    }"#;
    let record = put_record(200, body).await.unwrap();
    assert_eq!(record.owner, None, "a required, nullable field: null is its value");
    assert_eq!(record.group, None);
    assert!(record.state.is_none() && record.level.is_none());
    assert_eq!(record.r#type, None);
    assert_eq!(record.tags, None);
    let children = record.children.expect("the list is there");
    assert_eq!((children[0].size, children[0].self_link.as_deref()), (None, None));
    assert_eq!(record.extra.expect("the object is there").size, None);
    assert!(record.shape.is_none() && record.value.is_none());
}

/// Rule 3: a success status the operation does not document (it documents only 200) decodes
/// with its success schema.
#[tokio::test]
async fn an_undocumented_success_status_decodes_with_the_success_schema() {
    for status in [201, 202, 203] {
        let record = put_record(status, r#"{"id": 7, "displayName": "seven", "owner": 3}"#).await.unwrap();
        assert_eq!((record.id, record.display_name.as_str()), (7, "seven"), "HTTP {status}");
    }
}

/// Rule 4: an error status whose body does not parse (a 404 labelled JSON whose body is plain
/// text) is a status error that keeps the raw text, not a decode failure.
#[tokio::test]
async fn an_error_body_that_does_not_parse_is_a_status_error_with_the_raw_text() {
    for content_type in ["application/json", "text/html"] {
        let server = server("GET", "/pets/7", 404, "pet 7: not found", content_type).await;
        let client = typespace_client::Client::builder(server.uri())
            .retry(typespace_client::RetryPolicy::none())
            .build()
            .unwrap();
        let err = client.get_pet(7).await.unwrap_err();
        let typespace_client::Error::Status(status) = &err else {
            panic!("expected a status error, got {err:?}");
        };
        assert_eq!(status.status.as_u16(), 404);
        assert!(status.decoded.is_none(), "{status:?}");
        assert!(status.decode_failure.is_some(), "why the documented 404 body did not decode: {status:?}");
        assert_eq!(status.body_text(), "pet 7: not found");
        assert_eq!(err.body(), Some(&b"pet 7: not found"[..]));
        assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
        assert!(err.to_string().contains("pet 7: not found"), "{err}");
    }
}

/// Rule 5: a success body that does not decode keeps status, headers and the raw body, so the
/// caller can still read the data (as text, or as JSON into a looser type).
#[tokio::test]
async fn a_decode_failure_keeps_the_response() {
    let body = r#"{"id": "seven", "displayName": "seven", "owner": 3, "tags": ["a"]}"#;
    let err = put_record(200, body).await.unwrap_err();
    let decoding_client::Error::Decode(decode) = &err else { panic!("expected a decode error, got {err:?}") };
    assert_eq!(decode.status.as_u16(), 200);
    assert_eq!(decode.path, "id");
    assert_eq!(decode.headers.get("x-request-id").map(|v| v.to_str().unwrap()), Some("req-42"));
    assert_eq!(decode.body_text(), body);
    let value: Value = decode.json().unwrap();
    assert_eq!(value["tags"], json!(["a"]));
    // The same from the error itself, whatever its kind.
    assert_eq!(err.body(), Some(body.as_bytes()));
    assert_eq!(err.headers().and_then(|h| h.get("x-request-id")).map(|v| v.to_str().unwrap()), Some("req-42"));
    assert_eq!(err.json::<Value>().unwrap().unwrap()["id"], "seven");
    // `Debug` shows the snippet, not the body field by field.
    assert!(!format!("{err:?}").contains("body: b"), "{err:?}");
}

/// What stays an error: a missing required field, and a wrong type in a required field, each
/// naming the field's path.
#[tokio::test]
async fn a_missing_or_mistyped_required_field_is_a_decode_error_naming_the_field() {
    let err = put_record(200, r#"{"id": 7, "owner": 3}"#).await.unwrap_err();
    let decoding_client::Error::Decode(decode) = &err else { panic!("expected a decode error, got {err:?}") };
    assert_eq!(decode.path, ".");
    assert!(decode.message.starts_with("missing field `displayName`"), "{}", decode.message);

    let err =
        put_record(200, r#"{"id": 7, "displayName": "seven", "owner": 3, "children": [{"name": "a"}, {"size": 2}]}"#)
            .await
            .unwrap_err();
    let decoding_client::Error::Decode(decode) = &err else { panic!("expected a decode error, got {err:?}") };
    assert_eq!(decode.path, "children[1]");
    assert!(decode.message.starts_with("missing field `name`"), "{}", decode.message);

    let err = put_record(200, r#"{"id": 7, "displayName": null, "owner": 3}"#).await.unwrap_err();
    let decoding_client::Error::Decode(decode) = &err else { panic!("expected a decode error, got {err:?}") };
    assert_eq!(decode.path, "displayName", "null in a required field that is not nullable");

    let err = put_record(200, r#"{"id": 7, "displayName": "seven", "owner": 3, "children": [{"name": 5}]}"#)
        .await
        .unwrap_err();
    let decoding_client::Error::Decode(decode) = &err else { panic!("expected a decode error, got {err:?}") };
    assert_eq!(decode.path, "children[0].name");
    assert!(decode.message.starts_with("invalid type: integer `5`, expected a string"), "{}", decode.message);
}
