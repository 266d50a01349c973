//! `build()` refuses a base URL that cannot work, with the reason, before any call is made.

use codegen_runtime::{BuildError, ClientBuilder};

fn build(url: &str) -> Result<(), BuildError> {
    ClientBuilder::new(url, "test").build().map(|_| ())
}

#[test]
fn a_usable_base_url_builds() {
    build("https://api.example.com/v1").unwrap();
    build("http://127.0.0.1:8080").unwrap();
}

#[test]
fn a_base_url_that_cannot_work_is_an_error_naming_it() {
    for (url, reason) in [
        ("api.example.com/v1", "relative URL without a base"),
        ("ftp://files.example.com", "the scheme is `ftp`"),
        ("https://api.example.com/v1?key=1", "query or fragment"),
        ("https://user:hunter2@api.example.com/v1?x", "query or fragment"),
    ] {
        let err = build(url).unwrap_err();
        let shown = err.to_string();
        assert!(shown.contains(reason), "{url}: {shown}");
        assert!(!shown.contains("hunter2"), "a password in the URL is hidden: {shown}");
    }
}

#[tokio::test]
async fn default_headers_and_the_user_agent_go_with_every_request() {
    use codegen_runtime::{decode_empty, Call, Method, RequestSpec};
    use wiremock::matchers::{header, method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/ping"))
        .and(header("x-team", "payments"))
        .and(header("user-agent", "beam-client/0.1.0"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    // A client of the caller's own still sends the crate's user agent.
    let core = ClientBuilder::new(server.uri(), "beam-client/0.1.0")
        .http_client(codegen_runtime::reqwest::Client::new())
        .default_header("x-team", "payments")
        .build()
        .unwrap();
    let spec = RequestSpec::new("ping", Method::GET, "/ping", &[]);
    Call::<(), serde_json::Value>::new(&core, spec, decode_empty).await.unwrap();
}

#[test]
fn an_invalid_default_header_fails_the_build_naming_it() {
    let err =
        ClientBuilder::new("https://api.example.com", "test").default_header("x-key", "a\r\nb").build().unwrap_err();
    let shown = err.to_string();
    assert!(shown.contains("x-key") && !shown.contains("a\r\nb"), "{shown}");
}
