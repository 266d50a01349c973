//! Hooks run around every attempt, from the builder and from one call (loopback, wiremock).

use std::sync::{Arc, Mutex};
use std::time::Duration;

use codegen_runtime::{decode_empty, BoxError, Call, ClientBuilder, Error, Hook, Method, RequestSpec, RetryPolicy};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Adds a header and records each response's status.
struct RequestId {
    id: &'static str,
    seen: Arc<Mutex<Vec<(String, u16)>>>,
}

impl Hook for RequestId {
    fn before_send(
        &self,
        _operation: &'static str,
        request: &mut codegen_runtime::reqwest::Request,
    ) -> Result<(), BoxError> {
        request.headers_mut().insert("x-request-id", self.id.parse()?);
        Ok(())
    }

    fn after_response(
        &self,
        operation: &'static str,
        status: codegen_runtime::StatusCode,
        _: &codegen_runtime::HeaderMap,
        _: Duration,
    ) {
        self.seen.lock().unwrap().push((format!("{}:{operation}", self.id), status.as_u16()));
    }
}

struct Refuse;

impl Hook for Refuse {
    fn before_send(&self, _: &'static str, _: &mut codegen_runtime::reqwest::Request) -> Result<(), BoxError> {
        Err("no signing key".into())
    }
}

#[tokio::test]
async fn builder_and_call_hooks_see_every_attempt_in_order() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/thing"))
        .and(header("x-request-id", "call"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/thing"))
        .and(header("x-request-id", "call"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let seen = Arc::new(Mutex::new(Vec::new()));
    let core = ClientBuilder::new(server.uri(), "test")
        .retry(RetryPolicy::with_max_retries(1).delays(Duration::from_millis(1), Duration::from_millis(5)))
        .hook(RequestId { id: "client", seen: seen.clone() })
        .build()
        .unwrap();
    let spec = RequestSpec::new("get_thing", Method::GET, "/thing", &[]);
    // The call's hook runs after the client's: its header is the one that goes out.
    Call::<(), serde_json::Value>::new(&core, spec, decode_empty)
        .hook(RequestId { id: "call", seen: seen.clone() })
        .await
        .unwrap();
    let seen = seen.lock().unwrap().clone();
    assert_eq!(
        seen,
        [
            ("client:get_thing".to_owned(), 503),
            ("call:get_thing".to_owned(), 503),
            ("client:get_thing".to_owned(), 204),
            ("call:get_thing".to_owned(), 204)
        ],
        "both hooks, on both attempts"
    );
}

#[tokio::test]
async fn a_hook_that_refuses_fails_the_call_unsent() {
    let server = MockServer::start().await;
    let core = ClientBuilder::new(server.uri(), "test").hook(Refuse).build().unwrap();
    let spec = RequestSpec::new("get_thing", Method::GET, "/thing", &[]);
    let err = Call::<(), serde_json::Value>::new(&core, spec, decode_empty).await.unwrap_err();
    assert!(matches!(&err, Error::InvalidRequest { message, .. } if message.contains("no signing key")), "{err}");
    assert!(server.received_requests().await.unwrap().is_empty());
}
