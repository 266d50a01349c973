//! Error bodies are decoded by the variant the operation documents for the response status,
//! never by trying variants in turn (loopback HTTP with wiremock).

use codegen_runtime::{decode_json, Call, ClientBuilder, DecodeFailure, Error, ErrorBodies, Method, RequestSpec};
use serde::Deserialize;
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[derive(Debug, Deserialize, PartialEq)]
struct NotFound {
    missing: String,
}

/// Every field optional: it would "fit" any object, which is why guessing was wrong.
#[derive(Debug, Deserialize, PartialEq)]
struct Problem {
    title: Option<String>,
    status: Option<i64>,
}

#[derive(Debug, Deserialize, PartialEq)]
struct Invalid {
    errors: Vec<String>,
}

#[derive(Debug, PartialEq)]
enum Body {
    Problem(Problem),
    NotFound(NotFound),
    Invalid(Invalid),
}

impl ErrorBodies for Body {
    fn decode_variant(variant: u16, body: &[u8]) -> Result<Self, DecodeFailure> {
        match variant {
            0 => decode_json(0, body).map(Body::Problem),
            1 => decode_json(0, body).map(Body::NotFound),
            2 => decode_json(0, body).map(Body::Invalid),
            _ => unreachable!("the test documents three variants"),
        }
    }
}

/// `GET /thing`: 404 → NotFound, 422 → Invalid, 5XX → Problem (no `default`).
fn spec() -> RequestSpec {
    let mut spec = RequestSpec::new("get_thing", Method::GET, "/thing", &[]);
    spec.error_statuses = &[(404, 1), (422, 2), (5, 0)];
    spec
}

async fn answer(status: u16, body: serde_json::Value) -> Error<Body> {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/thing"))
        .respond_with(ResponseTemplate::new(status).set_body_json(body))
        .expect(1..)
        .mount(&server)
        .await;
    let core = ClientBuilder::new(server.uri(), "test").retry(codegen_runtime::RetryPolicy::none()).build().unwrap();
    Call::<(), Body>::new(&core, spec(), |_, _| Ok(())).await.unwrap_err()
}

#[tokio::test]
async fn each_documented_status_decodes_into_its_own_variant() {
    let err = answer(404, json!({"missing": "thing 7", "title": "t"})).await;
    assert_eq!(err.error_body(), Some(&Body::NotFound(NotFound { missing: "thing 7".into() })));
    let err = answer(422, json!({"errors": ["name is empty"]})).await;
    assert_eq!(err.error_body(), Some(&Body::Invalid(Invalid { errors: vec!["name is empty".into()] })));
    // A range (`5XX`) covers every status in it.
    let err = answer(503, json!({"title": "down"})).await;
    assert_eq!(err.error_body(), Some(&Body::Problem(Problem { title: Some("down".into()), status: None })));
}

#[tokio::test]
async fn an_undocumented_status_keeps_the_raw_body_only() {
    // `Problem` would fit this body; the operation does not document 409, so nothing is guessed.
    let err = answer(409, json!({"title": "conflict"})).await;
    let Error::Status(status) = &err else { panic!("expected a status error, got {err:?}") };
    assert_eq!(status.status.as_u16(), 409);
    assert_eq!(status.decoded, None);
    assert_eq!(status.decode_failure, None);
    assert_eq!(status.body_text(), r#"{"title":"conflict"}"#);
}

#[tokio::test]
async fn a_malformed_documented_error_body_says_where_it_failed() {
    let err = answer(422, json!({"errors": ["ok", 7]})).await;
    let Error::Status(status) = &err else { panic!("expected a status error, got {err:?}") };
    assert_eq!(status.decoded, None);
    let failure = status.decode_failure.as_ref().expect("the failure is kept");
    assert_eq!(failure.path, "errors[1]");
    assert!(failure.message.contains("invalid type: integer `7`"), "{}", failure.message);
    let shown = err.to_string();
    assert!(shown.contains("HTTP 422"), "{shown}");
    assert!(shown.contains("at `errors[1]`"), "{shown}");
}
