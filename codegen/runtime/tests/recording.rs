//! Recording exchanges as JSON Lines (`docs/traffic.md`) through real HTTP on loopback
//! (wiremock, or a bare listener), read back and checked field by field.

use std::fmt::Display;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::time::Duration;

use codegen_runtime::{
    decode_bytes, decode_empty, decode_json, Call, ClientBuilder, ClientCore, Exchange, ExchangeBody, Hook, Method,
    Recorder, RequestSpec, RetryPolicy, SchemeLocation, Secret, SecurityScheme, TryStreamExt, Upload,
};
use serde_json::{json, Value};
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A fresh file under the system's temporary directory, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str) -> TempFile {
        static COUNT: AtomicU32 = AtomicU32::new(0);
        let unique =
            format!("codegen-recording-{}-{}-{name}.jsonl", std::process::id(), COUNT.fetch_add(1, Ordering::Relaxed));
        TempFile(std::env::temp_dir().join(unique))
    }

    /// Every line, parsed (a line that is not JSON fails the test).
    fn lines(&self) -> Vec<Value> {
        let text = std::fs::read_to_string(&self.0).unwrap();
        assert!(text.is_empty() || text.ends_with('\n'), "the last line is not ended: {text:?}");
        text.lines().map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"))).collect()
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn core(url: &str, recorder: &Recorder) -> ClientCore {
    let retry = RetryPolicy::with_max_retries(2).delays(Duration::from_millis(1), Duration::from_millis(5));
    ClientBuilder::new(url, "test").retry(retry).hook(recorder.clone()).build().unwrap()
}

fn get(
    core: &ClientCore,
    operation: &'static str,
    template: &'static str,
    args: &[&dyn Display],
) -> Call<Value, Value> {
    Call::new(core, RequestSpec::new(operation, Method::GET, template, args), decode_json)
}

/// The value of header `name` among `[name, value]` pairs (names are lower case).
fn header<'a>(message: &'a Value, name: &str) -> Option<&'a str> {
    message["headers"].as_array().unwrap().iter().find(|pair| pair[0] == name).map(|pair| pair[1].as_str().unwrap())
}

/// The keys of a JSON object, sorted.
fn keys(value: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = value.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    keys
}

#[tokio::test]
async fn a_recording_has_one_line_per_attempt_with_every_field() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/devices/beam1/"))
        .and(query_param("expand", "owner"))
        .respond_with(
            ResponseTemplate::new(200).set_body_raw(r#"{"id":"beam1","size":3600.0,"note":null}"#, "application/json"),
        )
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/devices"))
        .respond_with(ResponseTemplate::new(201).set_body_raw(r#"{"id":"new"}"#, "application/json"))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/devices/gone/"))
        .respond_with(ResponseTemplate::new(404).set_body_raw("no such device", "text/plain"))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/flaky"))
        .respond_with(ResponseTemplate::new(503).set_body_raw("busy", "text/plain"))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/flaky"))
        .respond_with(ResponseTemplate::new(200).set_body_raw("{}", "application/json"))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/blob"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(vec![0xff, 0xfe, 0x00, 0x41], "application/octet-stream"))
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .and(path("/devices/beam1/"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;

    let file = TempFile::new("fields");
    let recorder = Recorder::to_file(&file.0).unwrap();
    let core = core(&server.uri(), &recorder);

    let mut call = get(&core, "get_device", "/devices/{id}/", &[&"beam1"]);
    call.spec_mut().query.push("expand", &"owner");
    assert_eq!(call.await.unwrap()["id"], "beam1");

    let mut spec = RequestSpec::new("create_device", Method::POST, "/devices", &[]);
    spec.json_body(&json!({"name": "beam2", "size": 3}));
    let sent = String::from_utf8(match &spec.body {
        codegen_runtime::Body::Json(bytes) => bytes.clone(),
        other => panic!("{other:?}"),
    })
    .unwrap();
    Call::<Value, Value>::new(&core, spec, decode_json).await.unwrap();

    let err = get(&core, "get_device", "/devices/{id}/", &[&"gone"]).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));

    get(&core, "flaky", "/flaky", &[]).await.unwrap();

    let spec = RequestSpec::new("get_blob", Method::GET, "/blob", &[]);
    assert_eq!(Call::<Vec<u8>, Value>::new(&core, spec, decode_bytes).await.unwrap(), [0xff, 0xfe, 0x00, 0x41]);

    let spec = RequestSpec::new("delete_device", Method::DELETE, "/devices/{id}/", &[&"beam1"]);
    Call::<(), Value>::new(&core, spec, decode_empty).await.unwrap();

    let lines = file.lines();
    assert_eq!(lines.len(), 7, "{lines:#?}");
    assert_eq!(recorder.lines(), 7);
    assert!(recorder.take_error().is_none());
    let base = server.uri();

    // A GET with a query: every field of the format.
    let line = &lines[0];
    assert_eq!(keys(line), ["format", "method", "operation", "request", "response", "template", "url"]);
    assert_eq!(line["format"], "codegen-traffic/1");
    assert_eq!(line["operation"], "get_device");
    assert_eq!(line["method"], "GET");
    assert_eq!(line["template"], "/devices/{id}/");
    assert_eq!(line["url"], format!("{base}/devices/beam1/?expand=owner"));
    assert_eq!(keys(&line["request"]), ["headers"], "no body: no `body` field");
    assert_eq!(header(&line["request"], "accept"), Some("application/json"));
    assert_eq!(line["response"]["status"], 200);
    assert_eq!(header(&line["response"], "content-type"), Some("application/json"));
    // The server's exact text: `3600.0` and `null` as they were sent.
    assert_eq!(line["response"]["body"], r#"{"id":"beam1","size":3600.0,"note":null}"#);

    // A POST with a JSON body.
    let line = &lines[1];
    assert_eq!(
        (&line["operation"], &line["method"], &line["template"]),
        (&json!("create_device"), &json!("POST"), &json!("/devices"))
    );
    assert_eq!(line["url"], format!("{base}/devices"));
    assert_eq!(line["request"]["body"], sent.as_str());
    assert_eq!(header(&line["request"], "content-type"), Some("application/json"));
    assert_eq!(line["response"]["status"], 201);
    assert_eq!(line["response"]["body"], r#"{"id":"new"}"#);

    // A 404: recorded like any response.
    let line = &lines[2];
    assert_eq!(line["url"], format!("{base}/devices/gone/"));
    assert_eq!(line["response"]["status"], 404);
    assert_eq!(line["response"]["body"], "no such device");
    assert_eq!(header(&line["response"], "content-type"), Some("text/plain"));

    // A 503 retried, then a 200: one line per attempt.
    assert_eq!(
        (&lines[3]["operation"], &lines[3]["response"]["status"], &lines[3]["response"]["body"]),
        (&json!("flaky"), &json!(503), &json!("busy"))
    );
    assert_eq!(
        (&lines[4]["operation"], &lines[4]["response"]["status"], &lines[4]["response"]["body"]),
        (&json!("flaky"), &json!(200), &json!("{}"))
    );

    // Bytes that are not UTF-8: base64, and no `body`.
    let line = &lines[5];
    assert_eq!(keys(&line["response"]), ["body_base64", "headers", "status"]);
    assert_eq!(line["response"]["body_base64"], "//4AQQ==");

    // An empty body is `""`; the path template keeps its parameter.
    let line = &lines[6];
    assert_eq!((&line["method"], &line["template"]), (&json!("DELETE"), &json!("/devices/{id}/")));
    assert_eq!(line["url"], format!("{base}/devices/beam1/"));
    assert_eq!(line["response"]["status"], 204);
    assert_eq!(line["response"]["body"], "");
}

#[tokio::test]
async fn concurrent_calls_give_whole_lines() {
    let server = MockServer::start().await;
    // Large enough bodies that interleaved writes would cut lines.
    let body = format!(r#"{{"filler":"{}"}}"#, "x".repeat(20_000));
    Mock::given(method("GET"))
        .and(path("/items"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(body.clone(), "application/json"))
        .mount(&server)
        .await;
    let file = TempFile::new("concurrent");
    let recorder = Recorder::to_file(&file.0).unwrap();
    let core = core(&server.uri(), &recorder);
    const N: usize = 64;
    let tasks: Vec<_> = (0..N)
        .map(|i| {
            let mut call = get(&core, "list_items", "/items", &[]);
            call.spec_mut().query.push("n", &i);
            tokio::spawn(call)
        })
        .collect();
    for task in tasks {
        task.await.unwrap().unwrap();
    }
    let lines = file.lines();
    assert_eq!(lines.len(), N);
    let mut seen: Vec<usize> = lines
        .iter()
        .map(|line| {
            assert_eq!(line["response"]["body"].as_str().unwrap(), body);
            let url = line["url"].as_str().unwrap();
            url.rsplit_once("?n=").unwrap().1.parse().unwrap()
        })
        .collect();
    seen.sort_unstable();
    assert_eq!(seen, (0..N).collect::<Vec<_>>());
}

static BEARER: SecurityScheme =
    SecurityScheme { name: "bearer", location: SchemeLocation::Header("authorization"), prefix: "Bearer " };
/// A header whose name alone would not look secret: only the scheme says it is.
static VENDOR_KEY: SecurityScheme =
    SecurityScheme { name: "vendor_key", location: SchemeLocation::Header("X-Vendor"), prefix: "" };
/// Likewise in the query.
static QUERY_KEY: SecurityScheme =
    SecurityScheme { name: "query_key", location: SchemeLocation::Query("k"), prefix: "" };
static COOKIE_KEY: SecurityScheme =
    SecurityScheme { name: "cookie_key", location: SchemeLocation::Cookie("sid"), prefix: "" };
static ONLY_QUERY_KEY: &[&[&SecurityScheme]] = &[&[&QUERY_KEY]];
static SECURITY: &[&[&SecurityScheme]] = &[&[&BEARER, &VENDOR_KEY, &QUERY_KEY, &COOKIE_KEY]];

const SECRETS: [&str; 10] = [
    "bearer-S3CRET",
    "vendor-S3CRET",
    "query-S3CRET",
    "cookie-S3CRET",
    "param-S3CRET",
    "password-S3CRET",
    "token-S3CRET",
    "setcookie-S3CRET",
    "form-S3CRET",
    "sid-S3CRET",
];

#[tokio::test]
async fn no_secret_reaches_the_file() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/login"))
        .respond_with(
            ResponseTemplate::new(200).insert_header("set-cookie", "session=setcookie-S3CRET; HttpOnly").set_body_raw(
                r#"{"user":{"name":"ann","access_token":"token-S3CRET"},"expires_in":60}"#,
                "application/json",
            ),
        )
        .mount(&server)
        .await;
    let file = TempFile::new("secrets");
    let recorder = Recorder::to_file(&file.0).unwrap();
    let core = ClientBuilder::new(server.uri(), "test")
        .credential("bearer", Secret::new("bearer-S3CRET"))
        .credential("vendor_key", Secret::new("vendor-S3CRET"))
        .credential("query_key", Secret::new("query-S3CRET"))
        .credential("cookie_key", Secret::new("cookie-S3CRET"))
        .hook(recorder.clone())
        .build()
        .unwrap();
    let mut spec = RequestSpec::new("login", Method::POST, "/login", &[]);
    spec.security = SECURITY;
    spec.query.push("api_key", &"param-S3CRET");
    spec.query.push("page", &2);
    spec.json_body(&json!({"login": "ann", "password": "password-S3CRET"}));
    let body = Call::<Value, Value>::new(&core, spec, decode_json).await.unwrap();
    assert_eq!(body["user"]["access_token"], "token-S3CRET", "the caller still gets the raw body");

    // A form body, answered by a JSON error labelled as text.
    Mock::given(method("POST"))
        .and(path("/form-login"))
        .respond_with(
            ResponseTemplate::new(401).set_body_raw(r#"{"error":"denied","session_id":"sid-S3CRET"}"#, "text/plain"),
        )
        .mount(&server)
        .await;
    let mut spec = RequestSpec::new("form_login", Method::POST, "/form-login", &[]);
    spec.form_body(&json!({"user": "ann", "passwd": "form-S3CRET"}));
    let err = Call::<Value, Value>::new(&core, spec, decode_json).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(401));

    let bytes = std::fs::read(&file.0).unwrap();
    let text = String::from_utf8(bytes.clone()).unwrap();
    for secret in SECRETS {
        assert!(!bytes.windows(secret.len()).any(|w| w == secret.as_bytes()), "{secret} in {text}");
    }
    // Each was there and is now `[redacted]`, the rest kept.
    let lines = file.lines();
    assert_eq!(lines.len(), 2);
    let line = &lines[0];
    let url = line["url"].as_str().unwrap();
    assert!(url.ends_with("/login?api_key=[redacted]&page=2&k=[redacted]"), "{url}");
    for name in ["authorization", "x-vendor", "cookie"] {
        assert_eq!(header(&line["request"], name), Some("[redacted]"), "{name}");
    }
    assert_eq!(header(&line["response"], "set-cookie"), Some("[redacted]"));
    let sent: Value = serde_json::from_str(line["request"]["body"].as_str().unwrap()).unwrap();
    assert_eq!(sent, json!({"login": "ann", "password": "[redacted]"}));
    assert_eq!(line["response"]["body"], r#"{"user":{"name":"ann","access_token":"[redacted]"},"expires_in":60}"#);
    let line = &lines[1];
    // The pairs in any order: serde_json's map is sorted, or in insertion order when another
    // crate of the build turns on `preserve_order`.
    let mut pairs: Vec<&str> = line["request"]["body"].as_str().unwrap().split('&').collect();
    pairs.sort_unstable();
    assert_eq!(pairs, ["passwd=[redacted]", "user=ann"]);
    assert_eq!(line["response"]["body"], r#"{"error":"denied","session_id":"[redacted]"}"#);
}

#[tokio::test]
async fn a_transport_failure_is_a_line_with_an_error_and_no_response() {
    // A port nothing listens on: the connection is refused.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let file = TempFile::new("failure");
    let recorder = Recorder::to_file(&file.0).unwrap();
    let core = ClientBuilder::new(&url, "test")
        .retry(RetryPolicy::with_max_retries(1).delays(Duration::from_millis(1), Duration::from_millis(2)))
        .credential("query_key", Secret::new("query-S3CRET"))
        .hook(recorder)
        .build()
        .unwrap();
    let mut spec = RequestSpec::new("ping", Method::GET, "/ping", &[]);
    spec.security = ONLY_QUERY_KEY;
    let err = Call::<(), Value>::new(&core, spec, decode_empty).await.unwrap_err();
    assert!(err.is_connect(), "{err}");
    let text = std::fs::read_to_string(&file.0).unwrap();
    assert!(!text.contains("query-S3CRET"), "{text}");
    let lines = file.lines();
    assert_eq!(lines.len(), 2, "a connection failure is retried: one line per attempt");
    for line in &lines {
        assert_eq!(keys(line), ["error", "format", "method", "operation", "request", "template", "url"]);
        assert_eq!(line["url"], format!("{url}/ping?k=[redacted]"));
        let error = line["error"].as_str().unwrap();
        assert!(error.contains("/ping?k=[redacted]") && error.to_lowercase().contains("connect"), "{error}");
    }
}

#[tokio::test]
async fn a_streamed_download_is_recorded_without_its_body() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/blob"))
        .respond_with(ResponseTemplate::new(200).set_body_raw("chunked bytes", "application/octet-stream"))
        .mount(&server)
        .await;
    Mock::given(method("PUT")).and(path("/blob")).respond_with(ResponseTemplate::new(204)).mount(&server).await;
    let file = TempFile::new("streamed");
    let recorder = Recorder::to_file(&file.0).unwrap();
    let core = core(&server.uri(), &recorder);
    let spec = RequestSpec::new("download", Method::GET, "/blob", &[]);
    let stream = Call::<Vec<u8>, Value>::new(&core, spec, decode_bytes).send_streaming().await.unwrap();
    let chunks: Vec<_> = stream.try_collect().await.unwrap();
    assert_eq!(chunks.concat(), b"chunked bytes", "recording does not take the body from the caller");
    // Uploads: one from a stream is not kept, one from memory is.
    let chunks =
        futures_util::stream::iter([b"part one, ".to_vec(), b"part two".to_vec()].map(Ok::<_, std::io::Error>));
    let mut spec = RequestSpec::new("upload", Method::PUT, "/blob", &[]);
    spec.upload_body("application/octet-stream", Upload::stream(chunks));
    Call::<(), Value>::new(&core, spec, decode_empty).await.unwrap();
    let mut spec = RequestSpec::new("upload", Method::PUT, "/blob", &[]);
    spec.upload_body("application/octet-stream", b"in memory".to_vec());
    Call::<(), Value>::new(&core, spec, decode_empty).await.unwrap();

    let lines = file.lines();
    assert_eq!(lines.len(), 3);
    let response = &lines[0]["response"];
    assert_eq!(keys(response), ["headers", "status", "streamed"]);
    assert_eq!(response["streamed"], true);
    assert_eq!(keys(&lines[1]["request"]), ["headers", "streamed"]);
    assert_eq!(lines[1]["request"]["streamed"], true);
    assert_eq!(keys(&lines[2]["request"]), ["body", "headers"]);
    assert_eq!(lines[2]["request"]["body"], "in memory");
}

/// Counts the exchanges it is given.
struct Counter {
    wants: bool,
    seen: Arc<AtomicU32>,
}

impl Hook for Counter {
    fn wants_exchanges(&self) -> bool {
        self.wants
    }

    fn after_exchange(&self, exchange: &Exchange<'_>) {
        assert_eq!(exchange.request_body, ExchangeBody::Absent);
        self.seen.fetch_add(1, Ordering::Relaxed);
    }
}

#[tokio::test]
async fn only_hooks_that_ask_get_exchanges_from_the_client_and_from_a_call() {
    let server = MockServer::start().await;
    Mock::given(method("GET")).respond_with(ResponseTemplate::new(204)).mount(&server).await;
    let wanted = Arc::new(AtomicU32::new(0));
    let unwanted = Arc::new(AtomicU32::new(0));
    let on_call = Arc::new(AtomicU32::new(0));
    let core = ClientBuilder::new(server.uri(), "test")
        .hook(Counter { wants: true, seen: wanted.clone() })
        .hook(Counter { wants: false, seen: unwanted.clone() })
        .build()
        .unwrap();
    for _ in 0..3 {
        let spec = RequestSpec::new("ping", Method::GET, "/ping", &[]);
        Call::<(), Value>::new(&core, spec, decode_empty)
            .hook(Counter { wants: true, seen: on_call.clone() })
            .await
            .unwrap();
    }
    assert_eq!(wanted.load(Ordering::Relaxed), 3);
    assert_eq!(on_call.load(Ordering::Relaxed), 3);
    assert_eq!(unwanted.load(Ordering::Relaxed), 0);
}
