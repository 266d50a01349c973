//! The contract tests count from the wire: `contract::Wire` keeps each answered request as it
//! went out, and `Tally` counts optional parameters and body properties from those requests,
//! not from what the test set (loopback, wiremock).

use codegen_runtime::contract::{Param, Tally, Wire};
use codegen_runtime::{decode_empty, Call, ClientBuilder, Method, Multipart, RequestSpec, RetryPolicy};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn server(status: u16) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST")).and(path("/things")).respond_with(ResponseTemplate::new(status)).mount(&server).await;
    server
}

fn client(server: &MockServer, wire: &Wire) -> codegen_runtime::ClientCore {
    ClientBuilder::new(server.uri(), "test").retry(RetryPolicy::none()).hook(wire.clone()).build().unwrap()
}

async fn send(
    core: &codegen_runtime::ClientCore,
    spec: RequestSpec,
) -> Result<(), codegen_runtime::Error<serde_json::Value>> {
    Call::<(), serde_json::Value>::new(core, spec, decode_empty).await
}

#[tokio::test]
async fn optional_parameters_are_counted_when_the_request_carried_them() {
    let server = server(204).await;
    let wire = Wire::default();
    let core = client(&server, &wire);
    let mut spec = RequestSpec::new("create_thing", Method::POST, "/things", &[]);
    spec.query.push("limit", &5);
    spec.query.push_deep("filter", &json!({"owner": "ann", "tags": ["a", "b"]}));
    spec.query.push_object("range", &json!({"from": 1, "to": 2}), true);
    spec.header("X-Trace", &"t1");
    spec.cookie("session_hint", &"s1");
    spec.json_body(&json!({"name": "n", "size": {"w": 1, "h": 2}}));
    let result = send(&core, spec).await;
    let mut t = Tally::default();
    assert!(t.sent("create_thing", &result));
    let params = [
        Param::Query("limit"),
        Param::Query("filter"),
        Param::QueryFields("range", &["from", "to"]),
        Param::Header("x-trace"),
        Param::Cookie("session_hint"),
        // Set by no one: the request did not carry it.
        Param::Query("offset"),
        Param::Header("x-missing"),
        Param::Cookie("missing"),
        Param::QueryFields("window", &["from", "size"]),
    ];
    t.optional_sent(&wire, "create_thing", "create_thing (every optional parameter)", &params);
    assert_eq!(t.optional, 5);
    assert_eq!(t.optional_set, params.len());
    assert_eq!(t.failures.len(), 4, "{:?}", t.failures);
    assert!(t.failures[0].contains("query parameter `offset` was set but the request sent did not carry it"));
    assert!(t.failures[1].contains("header parameter `x-missing`"));
    assert!(t.failures[2].contains("cookie parameter `missing`"));
    assert!(t.failures[3].contains("query parameter `window`"));
    assert!(wire.take().is_empty(), "counting empties the wire");
}

#[tokio::test]
async fn bodies_are_counted_as_they_went_out() {
    let server = server(201).await;
    let wire = Wire::default();
    let core = client(&server, &wire);
    let mut t = Tally::default();

    let mut spec = RequestSpec::new("create_thing", Method::POST, "/things", &[]);
    // `null` members and unset optional fields never reach the wire: only what was sent counts.
    spec.json_body(&json!({"name": "n", "size": {"w": 1, "h": 2}, "tags": [{"k": "v"}]}));
    send(&core, spec).await.unwrap();
    t.body_sent(&wire, "create_thing");
    assert_eq!((t.bodies, t.top_level, t.nested), (1, 3, 3));

    let mut spec = RequestSpec::new("create_thing", Method::POST, "/things", &[]);
    spec.form_body(&json!({"name": "n", "tags": ["a", "b"], "meta": {"k": "v"}, "gone": null}));
    send(&core, spec).await.unwrap();
    t.body_sent(&wire, "create_thing");
    assert_eq!((t.bodies, t.top_level, t.nested), (2, 6, 4), "a form's nested value travels as JSON text");

    let mut form = Multipart::new();
    form.text("name", "n");
    form.text("meta", r#"{"k":"v","l":"w"}"#);
    form.file("upload", &codegen_runtime::FilePart::new("a.txt", b"hello".to_vec()));
    let mut spec = RequestSpec::new("create_thing", Method::POST, "/things", &[]);
    spec.body = form.finish();
    send(&core, spec).await.unwrap();
    t.body_sent(&wire, "create_thing");
    assert_eq!((t.bodies, t.top_level, t.nested), (3, 9, 6));

    // A request without a body is a failure of the operation, not a body.
    send(&core, RequestSpec::new("create_thing", Method::POST, "/things", &[])).await.unwrap();
    t.body_sent(&wire, "create_thing");
    assert_eq!(t.bodies, 3);
    assert_eq!(t.failures.len(), 1, "{:?}", t.failures);
}

#[tokio::test]
async fn only_answered_requests_are_kept() {
    let wire = Wire::default();
    // Nothing listens on port 9 of loopback: the attempt gets no response.
    let core =
        ClientBuilder::new("http://127.0.0.1:9", "test").retry(RetryPolicy::none()).hook(wire.clone()).build().unwrap();
    let mut spec = RequestSpec::new("create_thing", Method::POST, "/things", &[]);
    spec.query.push("limit", &5);
    let result = send(&core, spec).await;
    let mut t = Tally::default();
    assert!(!t.sent("create_thing", &result));
    t.optional_sent(&wire, "create_thing", "create_thing", &[Param::Query("limit")]);
    assert_eq!((t.optional, t.optional_set, t.failures.len()), (0, 0, 0));

    // An error status is an answer: what the request carried counts.
    let server = server(422).await;
    let core = client(&server, &wire);
    let mut spec = RequestSpec::new("create_thing", Method::POST, "/things", &[]);
    spec.query.push("limit", &5);
    let result = send(&core, spec).await;
    assert!(t.sent("create_thing", &result));
    t.optional_sent(&wire, "create_thing", "create_thing", &[Param::Query("limit")]);
    assert_eq!((t.optional, t.optional_set), (1, 1));
}
