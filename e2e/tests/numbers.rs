//! A `number` whose value is integral goes on the wire without a fraction (`3600`, not
//! `3600.0`), as JavaScript writes it: servers that validate integers refuse `3600.0`. Checked on
//! the bytes a loopback server (wiremock) receives: a body field of a generated type (written-out
//! serde impls and `serde_derive` alike), a query parameter and a path parameter as generated
//! setters and methods pass them, and a form body.

use codegen_runtime::{decode_json, Call, ClientBuilder, Method, RequestSpec};
use decoding_client::types as lean;
use decoding_derive_client::types as derived;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const RECORD: &str = r#"{"id":7,"displayName":"seven","owner":3}"#;

async fn server() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/records/7"))
        .respond_with(ResponseTemplate::new(200).set_body_string(RECORD))
        .mount(&server)
        .await;
    server
}

/// The body of the only request `server` received.
async fn sent_body(server: &MockServer) -> String {
    let requests = server.received_requests().await.expect("recording is on");
    assert_eq!(requests.len(), 1, "one request");
    String::from_utf8(requests[0].body.clone()).expect("a UTF-8 body")
}

#[tokio::test]
async fn a_body_field_with_an_integral_number_is_sent_without_a_fraction() {
    let server = server().await;
    let client = decoding_client::Client::builder(server.uri()).build().unwrap();
    let record = lean::Record::new(7, "seven", Some(3)).shape(lean::Circle::new("circle", 3600.0));
    client.put_record(7, &record).await.unwrap();
    let body = sent_body(&server).await;
    assert!(body.contains(r#""shape":{"kind":"circle","radius":3600}"#), "{body}");

    let server = self::server().await;
    let client = decoding_derive_client::Client::builder(server.uri()).build().unwrap();
    let record = derived::Record::new(7, "seven", Some(3)).shape(derived::Square::new("square", 2.5));
    client.put_record(7, &record).await.unwrap();
    let body = sent_body(&server).await;
    assert!(body.contains(r#""shape":{"kind":"square","side":2.5}"#), "a fraction stays: {body}");
}

#[tokio::test]
async fn query_path_and_form_numbers_are_sent_without_a_fraction() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/dial/3600"))
        .respond_with(ResponseTemplate::new(200).set_body_string("1"))
        .mount(&server)
        .await;
    let core = ClientBuilder::new(server.uri(), "test").build().unwrap();
    // What a generated method and setter write for `type: number` parameters.
    let (seconds, ratio, form_value) = (3600.0f64, 0.25f64, 12.0f64);
    let mut req = RequestSpec::new("dial", Method::POST, "/dial/{seconds}", &[&seconds]);
    req.query.push("timeout", &seconds);
    req.query.push("ratio", &ratio);
    req.query.push_deep("filter", &serde_json::json!({"min": 10.0}));
    req.form_body(&serde_json::json!({"level": form_value}));
    let n: i64 = Call::<i64, serde_json::Value>::new(&core, req, decode_json).await.unwrap();
    assert_eq!(n, 1);
    let requests = server.received_requests().await.expect("recording is on");
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].url.path(), "/dial/3600");
    assert_eq!(requests[0].url.query(), Some("timeout=3600&ratio=0.25&filter%5Bmin%5D=10"));
    assert_eq!(String::from_utf8_lossy(&requests[0].body), "level=12");
}
