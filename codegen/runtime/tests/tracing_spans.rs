//! Each request gets one span with operation, method, path template, status, attempt and
//! latency; no credential ever shows up in a span or event.

use std::sync::{Arc, Mutex};

use codegen_runtime::{decode_json, Call, ClientBuilder, Method, RequestSpec, SchemeLocation, Secret, SecurityScheme};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};

/// Records every span field and event field as `name=value` text.
#[derive(Clone, Default)]
struct Recorder(Arc<Mutex<Vec<String>>>);

struct Fields<'a>(&'a Mutex<Vec<String>>);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.lock().unwrap().push(format!("{}={:?}", field.name(), value));
    }
}

impl Subscriber for Recorder {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, span: &Attributes<'_>) -> Id {
        self.0.lock().unwrap().push(format!("span:{}", span.metadata().name()));
        span.record(&mut Fields(&self.0));
        Id::from_u64(1)
    }
    fn record(&self, _: &Id, values: &Record<'_>) {
        values.record(&mut Fields(&self.0));
    }
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, event: &Event<'_>) {
        event.record(&mut Fields(&self.0));
    }
    fn enter(&self, _: &Id) {}
    fn exit(&self, _: &Id) {}
}

static KEY: SecurityScheme =
    SecurityScheme { name: "key", location: SchemeLocation::Header("authorization"), prefix: "" };
static KEY_ONLY: &[&[&SecurityScheme]] = &[&[&KEY]];

#[tokio::test]
async fn one_span_per_request_without_secrets() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        for reply in [
            "HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\nconnection: close\r\n\r\n",
            "HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}",
        ] {
            let (mut socket, _) = listener.accept().await.unwrap();
            let mut buf = [0u8; 4096];
            let _ = socket.read(&mut buf).await;
            socket.write_all(reply.as_bytes()).await.unwrap();
        }
    });
    let recorder = Recorder::default();
    let _guard = tracing::subscriber::set_default(recorder.clone());
    let core = ClientBuilder::new(&url, "test")
        .credential("key", Secret::from("APIKEY:abc:TOPSECRET"))
        .retry(
            codegen_runtime::RetryPolicy::with_max_retries(2)
                .delays(std::time::Duration::from_millis(1), std::time::Duration::from_millis(5)),
        )
        .build()
        .unwrap();
    let mut spec = RequestSpec::new("get_user", Method::GET, "/users/{email}/", &[&"joe@example.com"]);
    spec.security = KEY_ONLY;
    let _: serde_json::Value = Call::<_, serde_json::Value>::new(&core, spec, decode_json).await.unwrap();
    let seen = recorder.0.lock().unwrap().join("\n");
    assert!(seen.contains("span:http.request"), "{seen}");
    assert!(seen.contains("operation=\"get_user\""), "{seen}");
    assert!(seen.contains("method=GET"), "{seen}");
    assert!(seen.contains("path=\"/users/{email}/\""), "{seen}");
    assert!(seen.contains("status=503") && seen.contains("status=200"), "{seen}");
    assert!(seen.contains("attempt=2"), "{seen}");
    assert!(seen.contains("latency_ms="), "{seen}");
    assert!(!seen.contains("TOPSECRET"), "{seen}");
}

static QUERY_KEY: SecurityScheme =
    SecurityScheme { name: "key", location: SchemeLocation::Query("api_key"), prefix: "" };
static QUERY_KEY_ONLY: &[&[&SecurityScheme]] = &[&[&QUERY_KEY]];

#[tokio::test]
async fn a_query_api_key_is_in_no_retry_event_and_no_transport_error() {
    // A port nothing listens on: every attempt fails to connect, is retried, then reported.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    // A password in the base URL is hidden too.
    let url = format!("http://joe:PW-TOPSECRET@{}", listener.local_addr().unwrap());
    drop(listener);
    let recorder = Recorder::default();
    let _guard = tracing::subscriber::set_default(recorder.clone());
    let core = ClientBuilder::new(&url, "test")
        .credential("key", Secret::from("QKEY-TOPSECRET"))
        .retry(
            codegen_runtime::RetryPolicy::with_max_retries(2)
                .delays(std::time::Duration::from_millis(1), std::time::Duration::from_millis(5)),
        )
        .build()
        .unwrap();
    assert!(!format!("{core:?}").contains("TOPSECRET"), "{core:?}");
    let mut spec = RequestSpec::new("get_user", Method::GET, "/users", &[]);
    spec.query.push("page", &2);
    spec.security = QUERY_KEY_ONLY;
    let err = Call::<serde_json::Value, serde_json::Value>::new(&core, spec, decode_json).await.unwrap_err();
    let seen = recorder.0.lock().unwrap().join("\n");
    assert!(seen.contains("retrying"), "the retries were logged: {seen}");
    assert!(!seen.contains("TOPSECRET"), "{seen}");
    let text = format!("{err} {err:?} {:?}", std::error::Error::source(&err));
    assert!(matches!(err, codegen_runtime::Error::Transport { attempts: 3, .. }), "{text}");
    assert!(!text.contains("TOPSECRET"), "{text}");
    // The URL is still there for debugging, with the key's value hidden.
    assert!(text.contains("/users?page=2&api_key=%3Credacted%3E"), "{text}");
}
