//! The runtime's public types a caller fabricates in tests (a fake client, a mocked error) are
//! built with public constructors, and read back as the runtime's own values are.

use codegen_runtime::{DecodeError, DecodeFailure, Error, HeaderMap, LoginError, Page, StatusCode, StatusError};

#[test]
fn a_status_error_is_built_with_its_headers_and_decoded_body() {
    let mut headers = HeaderMap::new();
    headers.insert("retry-after", "3".parse().unwrap());
    let status = StatusError::new("get_device", StatusCode::NOT_FOUND, r#"{"message": "no such device"}"#)
        .with_headers(headers)
        .with_decoded(serde_json::json!({"message": "no such device"}))
        .with_attempts(2);
    let err: Error = Error::Status(Box::new(status));
    assert_eq!(err.status(), Some(StatusCode::NOT_FOUND));
    assert_eq!(err.headers().and_then(|h| h.get("retry-after")).map(|v| v.to_str().unwrap()), Some("3"));
    assert_eq!(err.error_body(), Some(&serde_json::json!({"message": "no such device"})));
    assert_eq!(err.body(), Some(&br#"{"message": "no such device"}"#[..]));
    assert_eq!(err.to_string(), r#"get_device: HTTP 404 Not Found: {"message": "no such device"} (after 2 attempts)"#);

    let failure = DecodeFailure { path: "message".into(), message: "invalid type".into() };
    let undecoded = StatusError::<serde_json::Value>::new("get_device", StatusCode::BAD_REQUEST, "oops")
        .with_decode_failure(failure.clone());
    assert_eq!(undecoded.decode_failure, Some(failure));
    assert!(undecoded.decoded.is_none() && undecoded.headers.is_empty());
    assert_eq!(undecoded.attempts, 1);
}

#[test]
fn a_decode_error_is_built_with_a_redacted_snippet_and_its_content_type() {
    let mut headers = HeaderMap::new();
    headers.insert("content-type", "application/json".parse().unwrap());
    let body = r#"{"token": "s3cr3t", "id": "x"}"#;
    let err = DecodeError::new("get_device", "Device", StatusCode::OK, "id", "invalid type: string", body)
        .with_headers(headers);
    assert_eq!(err.content_type.as_deref(), Some("application/json"));
    assert_eq!(err.snippet, r#"{"token": "<redacted>", "id": "x"}"#);
    assert_eq!(err.body_text(), body);
    let shown = Error::<serde_json::Value>::Decode(Box::new(err)).to_string();
    assert!(shown.contains("as Device at `id`") && !shown.contains("s3cr3t"), "{shown}");
}

#[test]
fn a_login_error_names_the_call_that_needed_it() {
    let err =
        LoginError::new("login", Some(StatusCode::UNAUTHORIZED), "denied", "HTTP 401").with_operation("list_devices");
    assert_eq!((err.operation, err.login, err.status), ("list_devices", "login", Some(StatusCode::UNAUTHORIZED)));
    assert_eq!(err.to_string(), "list_devices: the session's login `login` failed: HTTP 401: denied");
}

#[test]
fn a_page_is_built_with_its_items_body_and_metadata() {
    let page = Page::new(vec![1, 2], "the body").with_total(7).with_index(3).with_status(StatusCode::PARTIAL_CONTENT);
    assert_eq!((page.items, page.body, page.total, page.index), (vec![1, 2], "the body", Some(7), 3));
    assert_eq!(page.status, StatusCode::PARTIAL_CONTENT);
    let first = Page::<u8, ()>::new(Vec::new(), ());
    assert_eq!((first.index, first.total, first.status), (0, None, StatusCode::OK));
    assert!(first.headers.is_empty());
}
