//! The `Accept` header follows the operation's response media types (loopback, wiremock).

use codegen_runtime::{decode_json, decode_text, Call, ClientBuilder, Method, RequestSpec};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn accept_names_what_the_operation_returns() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/report.csv"))
        // The header as sent (wiremock's `header` matcher splits values at commas).
        .and(|req: &wiremock::Request| {
            req.headers.get("accept").and_then(|v| v.to_str().ok()) == Some("text/csv, application/json;q=0.5")
        })
        .respond_with(ResponseTemplate::new(200).set_body_string("a,b\n1,2\n"))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/item"))
        .and(header("accept", "application/json"))
        .respond_with(ResponseTemplate::new(200).set_body_string("7"))
        .expect(1)
        .mount(&server)
        .await;
    let core = ClientBuilder::new(server.uri(), "test").build().unwrap();
    let mut csv = RequestSpec::new("get_report", Method::GET, "/report.csv", &[]);
    csv.accept = "text/csv, application/json;q=0.5";
    let text: String = Call::<String, serde_json::Value>::new(&core, csv, decode_text).await.unwrap();
    assert_eq!(text, "a,b\n1,2\n");
    let json = RequestSpec::new("get_item", Method::GET, "/item", &[]);
    let n: i64 = Call::<i64, serde_json::Value>::new(&core, json, decode_json).await.unwrap();
    assert_eq!(n, 7, "JSON by default");
}
