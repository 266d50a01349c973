//! The runtime against a scripted HTTP server on loopback: retries, Retry-After, timeouts,
//! broken bodies, error bodies, credentials and pagination. Real sockets, real reqwest.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use codegen_runtime::{
    decode_empty, decode_json, Call, ClientBuilder, ClientCore, CredentialFuture, CredentialSource, Error, Method,
    PageKind, Pagination, RequestSpec, RetryPolicy, SchemeLocation, Secret, SecurityScheme, TryStreamExt,
};
use serde::Deserialize;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// What the server does with one request.
#[derive(Clone)]
enum Reply {
    /// Writes these bytes and closes.
    Raw(String),
    /// Waits, then writes.
    Slow(Duration, String),
    /// Reads the request, then resets the connection (RST, no response).
    Reset,
}

fn http(status: &str, headers: &[(&str, &str)], body: &str) -> Reply {
    let mut text = format!("HTTP/1.1 {status}\r\ncontent-length: {}\r\nconnection: close\r\n", body.len());
    for (k, v) in headers {
        text.push_str(&format!("{k}: {v}\r\n"));
    }
    text.push_str("\r\n");
    text.push_str(body);
    Reply::Raw(text)
}

fn json(status: &str, body: &str) -> Reply {
    http(status, &[("content-type", "application/json")], body)
}

/// A server that answers the n-th request with the n-th reply (the last one repeats) and
/// records each request's head and body.
struct Server {
    url: String,
    requests: Arc<Mutex<Vec<String>>>,
}

async fn serve(replies: Vec<Reply>) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let requests = Arc::new(Mutex::new(Vec::new()));
    let seen = requests.clone();
    tokio::spawn(async move {
        let mut n = 0;
        while let Ok((mut socket, _)) = listener.accept().await {
            let reply = replies[n.min(replies.len() - 1)].clone();
            n += 1;
            let seen = seen.clone();
            tokio::spawn(async move {
                let mut buf = Vec::new();
                let mut chunk = [0u8; 4096];
                loop {
                    let Ok(read) = socket.read(&mut chunk).await else { return };
                    if read == 0 {
                        break;
                    }
                    buf.extend_from_slice(&chunk[..read]);
                    let text = String::from_utf8_lossy(&buf).to_string();
                    if let Some(end) = text.find("\r\n\r\n") {
                        let len = text
                            .lines()
                            .find_map(|l| {
                                l.to_ascii_lowercase()
                                    .strip_prefix("content-length:")
                                    .map(|v| v.trim().parse::<usize>().unwrap_or(0))
                            })
                            .unwrap_or(0);
                        if buf.len() >= end + 4 + len {
                            break;
                        }
                    }
                }
                seen.lock().unwrap().push(String::from_utf8_lossy(&buf).to_string());
                let text = match reply {
                    Reply::Reset => {
                        let _ = socket.set_zero_linger();
                        drop(socket);
                        return;
                    }
                    Reply::Raw(text) => text,
                    Reply::Slow(delay, text) => {
                        tokio::time::sleep(delay).await;
                        text
                    }
                };
                let _ = socket.write_all(text.as_bytes()).await;
                let _ = socket.shutdown().await;
            });
        }
    });
    Server { url, requests }
}

fn fast_retries() -> RetryPolicy {
    RetryPolicy::with_max_retries(3).delays(Duration::from_millis(1), Duration::from_millis(50))
}

fn core(url: &str) -> ClientCore {
    ClientBuilder::new(url, "test").retry(fast_retries()).attempt_timeout(Duration::from_secs(5)).build().unwrap()
}

#[derive(Debug, Deserialize, PartialEq)]
struct Item {
    id: i64,
}

#[derive(Debug, Deserialize, PartialEq)]
struct ApiError {
    error: String,
}

impl codegen_runtime::ErrorBodies for ApiError {
    fn decode_variant(_variant: u16, body: &[u8]) -> Result<Self, codegen_runtime::DecodeFailure> {
        decode_json(0, body)
    }
}

fn get(path: &'static str) -> RequestSpec {
    let mut spec = RequestSpec::new("get_item", Method::GET, path, &[]);
    spec.error_statuses = &[(400, 0), (401, 0), (404, 0)];
    spec
}

#[tokio::test]
async fn retries_a_503_then_succeeds() {
    let server = serve(vec![json("503 Service Unavailable", "{}"), json("200 OK", r#"{"id": 7}"#)]).await;
    let core = core(&server.url);
    let response = Call::<Item, ApiError>::new(&core, get("/item"), decode_json).send_with_response().await.unwrap();
    assert_eq!(response.body, Item { id: 7 });
    assert_eq!(server.requests.lock().unwrap().len(), 2);
}

#[tokio::test]
async fn honours_retry_after_seconds() {
    let server =
        serve(vec![http("429 Too Many Requests", &[("retry-after", "1")], ""), json("200 OK", r#"{"id": 1}"#)]).await;
    let core = ClientBuilder::new(&server.url, "test")
        .retry(RetryPolicy::with_max_retries(2).delays(Duration::from_millis(1), Duration::from_secs(5)))
        .build()
        .unwrap();
    let started = Instant::now();
    let item: Item = Call::<Item, ApiError>::new(&core, get("/item"), decode_json).await.unwrap();
    assert_eq!(item.id, 1);
    assert!(started.elapsed() >= Duration::from_millis(950), "{:?}", started.elapsed());
}

#[tokio::test]
async fn gives_up_when_retry_after_exceeds_the_cap() {
    let server = serve(vec![http("503 Service Unavailable", &[("retry-after", "3600")], "busy")]).await;
    let err = Call::<Item, ApiError>::new(&core(&server.url), get("/item"), decode_json).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(server.requests.lock().unwrap().len(), 1);
}

#[tokio::test]
async fn never_resends_a_post_unless_asked() {
    let server = serve(vec![
        json("503 Service Unavailable", "{}"),
        json("503 Service Unavailable", "{}"),
        json("201 Created", ""),
    ])
    .await;
    let core = core(&server.url);
    let mut spec = RequestSpec::new("create", Method::POST, "/items/", &[]);
    spec.json_body(&serde_json::json!({"name": "x"}));
    let err = Call::<(), ApiError>::new(&core, spec.clone(), decode_empty).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(server.requests.lock().unwrap().len(), 1);
    Call::<(), ApiError>::new(&core, spec, decode_empty)
        .retry(fast_retries().retry_non_idempotent(true))
        .await
        .unwrap();
    assert_eq!(server.requests.lock().unwrap().len(), 3);
}

#[tokio::test]
async fn a_slow_response_is_a_timeout() {
    let server =
        serve(vec![Reply::Slow(Duration::from_secs(3), "HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}".into())]).await;
    let err = Call::<Item, ApiError>::new(&core(&server.url), get("/item"), decode_json)
        .attempt_timeout(Duration::from_millis(200))
        .retry(RetryPolicy::none())
        .await
        .unwrap_err();
    assert!(err.is_timeout(), "{err}");
    assert!(err.to_string().contains("timed out"), "{err}");
}

#[tokio::test]
async fn a_body_cut_short_is_a_transport_error() {
    let server = serve(vec![Reply::Raw("HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n{\"id\":".into())]).await;
    let err = Call::<Item, ApiError>::new(&core(&server.url), get("/item"), decode_json).await.unwrap_err();
    let Error::Transport { source, attempts, .. } = &err else { panic!("{err:?}") };
    assert_eq!(source.kind(), codegen_runtime::TransportKind::Body, "{source:?}");
    // A GET whose body was cut short is sent again (the server repeats its reply).
    assert_eq!(*attempts, 4);
    assert_eq!(server.requests.lock().unwrap().len(), 4);

    // A POST is not: the server may have acted on it.
    let server = serve(vec![Reply::Raw("HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n{\"id\":".into())]).await;
    let spec = RequestSpec::new("create", Method::POST, "/items", &[]);
    let err = Call::<Item, ApiError>::new(&core(&server.url), spec, decode_json).await.unwrap_err();
    assert!(matches!(err, Error::Transport { attempts: 1, .. }), "{err:?}");
    assert_eq!(server.requests.lock().unwrap().len(), 1);
}

#[tokio::test]
async fn a_body_that_does_not_match_names_type_path_and_snippet() {
    let server = serve(vec![json("200 OK", r#"{"id": "seven"}"#)]).await;
    let err = Call::<Item, ApiError>::new(&core(&server.url), get("/item"), decode_json).await.unwrap_err();
    let Error::Decode(decode) = &err else { panic!("{err:?}") };
    assert_eq!(decode.path, "id");
    assert!(decode.target.ends_with("Item"), "{}", decode.target);
    let text = err.to_string();
    assert!(text.contains("get_item") && text.contains(r#"{"id": "seven"}"#), "{text}");
}

#[tokio::test]
async fn html_instead_of_json_is_a_decode_error() {
    let server = serve(vec![http("200 OK", &[("content-type", "text/html")], "<html>maintenance</html>")]).await;
    let err = Call::<Item, ApiError>::new(&core(&server.url), get("/item"), decode_json).await.unwrap_err();
    let Error::Decode(decode) = &err else { panic!("{err:?}") };
    assert_eq!(decode.content_type.as_deref(), Some("text/html"));
    assert!(err.to_string().contains("<html>maintenance</html>"));
}

#[tokio::test]
async fn an_error_status_carries_its_decoded_body() {
    let server = serve(vec![json("401 Unauthorized", r#"{"error": "bad key"}"#)]).await;
    let err = Call::<Item, ApiError>::new(&core(&server.url), get("/item"), decode_json).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(401));
    assert_eq!(err.error_body(), Some(&ApiError { error: "bad key".into() }));
    assert_eq!(err.to_string(), r#"get_item: HTTP 401 Unauthorized: {"error": "bad key"}"#);
    // A status the spec does not describe keeps the raw body only.
    let server = serve(vec![json("500 Internal Server Error", r#"{"error": "boom"}"#)]).await;
    let err = Call::<Item, ApiError>::new(&core(&server.url), get("/item"), decode_json).await.unwrap_err();
    assert_eq!(err.error_body(), None);
    let Error::Status(status) = &err else { panic!() };
    assert_eq!(status.body_text(), r#"{"error": "boom"}"#);
}

#[tokio::test]
async fn connection_refused_is_retried_then_reported() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let err = Call::<Item, ApiError>::new(&core(&url), get("/item"), decode_json).await.unwrap_err();
    match err {
        Error::Transport { attempts, source, .. } => {
            assert_eq!(attempts, 4);
            // The runtime's own error type, with the kind a caller branches on.
            assert!(source.is_connect(), "{source:?}");
            assert_eq!(source.kind(), codegen_runtime::TransportKind::Connect);
            assert!(!source.is_timeout());
        }
        other => panic!("{other:?}"),
    }
}

static KEY: SecurityScheme = SecurityScheme { name: "key", location: SchemeLocation::Header("x-api-key"), prefix: "" };
static BEARER: SecurityScheme =
    SecurityScheme { name: "bearer", location: SchemeLocation::Header("authorization"), prefix: "Bearer " };
static KEY_ONLY: &[&[&SecurityScheme]] = &[&[&KEY]];
static BEARER_ONLY: &[&[&SecurityScheme]] = &[&[&BEARER]];

#[tokio::test]
async fn credentials_go_in_their_header_and_never_in_debug_output() {
    let server = serve(vec![json("200 OK", r#"{"id": 1}"#)]).await;
    let core = ClientBuilder::new(&server.url, "test").credential("key", Secret::from("s3cr3t-value")).build().unwrap();
    let mut spec = get("/item");
    spec.security = KEY_ONLY;
    let call = Call::<Item, ApiError>::new(&core, spec, decode_json);
    assert!(!format!("{core:?} {call:?}").contains("s3cr3t"));
    call.await.unwrap();
    let request = server.requests.lock().unwrap()[0].to_ascii_lowercase();
    assert!(request.contains("x-api-key: s3cr3t-value"), "{request}");
    assert!(!format!("{:?}", Secret::from("s3cr3t-value")).contains("s3cr3t"));
}

#[tokio::test]
async fn a_missing_credential_is_reported_before_sending() {
    let server = serve(vec![json("200 OK", "{}")]).await;
    let mut spec = get("/item");
    spec.security = KEY_ONLY;
    let err = Call::<Item, ApiError>::new(&core(&server.url), spec, decode_json).await.unwrap_err();
    assert!(matches!(err, Error::MissingCredential { scheme: "key", .. }), "{err:?}");
    assert!(server.requests.lock().unwrap().is_empty());
}

/// A token source that hands out `token-N` and renews when told the token was refused.
struct Rotating(AtomicU32);

impl CredentialSource for Rotating {
    fn credential(&self) -> CredentialFuture<'_> {
        let n = self.0.load(Ordering::SeqCst);
        Box::pin(async move { Ok(Secret::new(format!("token-{n}"))) })
    }

    fn invalidate(&self) -> std::pin::Pin<Box<dyn std::future::Future<Output = bool> + Send + '_>> {
        self.0.fetch_add(1, Ordering::SeqCst);
        Box::pin(async { true })
    }
}

#[tokio::test]
async fn a_401_renews_the_credential_once_and_resends() {
    let server = serve(vec![json("401 Unauthorized", r#"{"error": "expired"}"#), json("200 OK", r#"{"id": 2}"#)]).await;
    let core =
        ClientBuilder::new(&server.url, "test").credential("bearer", Rotating(AtomicU32::new(1))).build().unwrap();
    let mut spec = get("/item");
    spec.security = BEARER_ONLY;
    let item = Call::<Item, ApiError>::new(&core, spec.clone(), decode_json).await.unwrap();
    assert_eq!(item.id, 2);
    let requests = server.requests.lock().unwrap().clone();
    assert!(requests[0].to_ascii_lowercase().contains("authorization: bearer token-1"));
    assert!(requests[1].to_ascii_lowercase().contains("authorization: bearer token-2"));
}

#[tokio::test]
async fn path_parameters_cannot_change_the_path() {
    let server = serve(vec![json("200 OK", r#"{"id": 3}"#)]).await;
    let core = core(&server.url);
    let spec = RequestSpec::new("get_user", Method::GET, "/users/{email}/", &[&"a+b@org.net/../x?y#z"]);
    Call::<Item, ApiError>::new(&core, spec, decode_json).await.unwrap();
    let request = server.requests.lock().unwrap()[0].clone();
    assert!(request.starts_with("GET /users/a%2Bb%40org.net%2F..%2Fx%3Fy%23z/ HTTP/1.1"), "{request}");
    let spec = RequestSpec::new("get_user", Method::GET, "/users/{email}/", &[&".."]);
    let err = Call::<Item, ApiError>::new(&core, spec, decode_json).await.unwrap_err();
    assert!(matches!(err, Error::InvalidRequest { .. }), "{err:?}");
    assert_eq!(server.requests.lock().unwrap().len(), 1);
}

static OFFSET_PAGES: Pagination = Pagination {
    kind: PageKind::Offset { param: "offset" },
    size_param: Some("limit"),
    items: "/objects",
    next: Some("/meta/next"),
    total: Some("/meta/total_count"),
};

#[tokio::test]
async fn a_stream_follows_every_page() {
    let server = serve(vec![
        json("200 OK", r#"{"meta": {"next": "/x?offset=2", "total_count": 5}, "objects": [{"id": 1}, {"id": 2}]}"#),
        json("200 OK", r#"{"meta": {"next": "/x?offset=4", "total_count": 5}, "objects": [{"id": 3}, {"id": 4}]}"#),
        json("200 OK", r#"{"meta": {"next": null, "total_count": 5}, "objects": [{"id": 5}]}"#),
    ])
    .await;
    let core = core(&server.url);
    let mut spec = get("/items/");
    spec.query.push("limit", &2);
    let items: Vec<Item> = core.paginate::<Item, ApiError>(spec, &OFFSET_PAGES).try_collect().await.unwrap();
    assert_eq!(items.iter().map(|i| i.id).collect::<Vec<_>>(), [1, 2, 3, 4, 5]);
    let requests = server.requests.lock().unwrap().clone();
    assert!(requests[0].starts_with("GET /items/?limit=2&offset=0 "), "{}", requests[0]);
    assert!(requests[1].starts_with("GET /items/?limit=2&offset=2 "), "{}", requests[1]);
    assert!(requests[2].starts_with("GET /items/?limit=2&offset=4 "), "{}", requests[2]);
}

static PAGE_PAGES: Pagination = Pagination {
    kind: PageKind::Page { param: "page" },
    size_param: Some("page_size"),
    items: "",
    next: None,
    total: None,
};

#[tokio::test]
async fn a_page_numbered_stream_stops_at_a_short_page_and_reports_bad_items() {
    let server = serve(vec![json("200 OK", r#"[{"id": 1}, {"id": 2}]"#), json("200 OK", r#"[{"id": 3}]"#)]).await;
    let core = core(&server.url);
    let mut spec = get("/items");
    spec.query.push("page_size", &2);
    let items: Vec<Item> = core.paginate::<Item, ApiError>(spec.clone(), &PAGE_PAGES).try_collect().await.unwrap();
    assert_eq!(items.len(), 3);
    assert!(server.requests.lock().unwrap()[1].starts_with("GET /items?page_size=2&page=2 "));

    let server = serve(vec![json("200 OK", r#"[{"id": 1}, {"id": "x"}]"#)]).await;
    let err = core_items(&server.url, spec).await.unwrap_err();
    let Error::Decode(decode) = &err else { panic!("{err:?}") };
    assert_eq!(decode.path, "[1].id", "the item and its field, as in a whole-body decode");
}

async fn core_items(url: &str, spec: RequestSpec) -> Result<Vec<Item>, Error<ApiError>> {
    core(url).paginate::<Item, ApiError>(spec, &PAGE_PAGES).try_collect().await
}

static COOKIE_KEY: SecurityScheme =
    SecurityScheme { name: "session", location: SchemeLocation::Cookie("sid"), prefix: "" };
static COOKIE_ONLY: &[&[&SecurityScheme]] = &[&[&COOKIE_KEY]];

#[tokio::test]
async fn a_credential_with_a_line_break_fails_the_call_instead_of_being_dropped() {
    let server = serve(vec![json("200 OK", r#"{"id": 1}"#)]).await;
    let core = ClientBuilder::new(&server.url, "test")
        .credential("key", Secret::from("s3cr3t\r\nx-admin: true"))
        .build()
        .unwrap();
    let mut spec = get("/item");
    spec.security = KEY_ONLY;
    let err = Call::<Item, ApiError>::new(&core, spec, decode_json).await.unwrap_err();
    let Error::InvalidRequest { message, .. } = &err else { panic!("{err:?}") };
    assert!(message.contains("`key`"), "names the scheme: {message}");
    let text = format!("{err} {err:?}");
    assert!(!text.contains("s3cr3t") && !text.contains("x-admin"), "{text}");
    assert!(server.requests.lock().unwrap().is_empty(), "nothing was sent without the credential");
}

#[tokio::test]
async fn an_invalid_header_parameter_or_call_header_fails_the_call() {
    let server = serve(vec![json("200 OK", r#"{"id": 1}"#)]).await;
    let core = core(&server.url);
    let mut spec = get("/item");
    spec.header("x-request-id", &"a\nb");
    let err = Call::<Item, ApiError>::new(&core, spec, decode_json).await.unwrap_err();
    let Error::InvalidRequest { message, .. } = &err else { panic!("{err:?}") };
    assert!(message.contains("`x-request-id`"), "{message}");

    let err = Call::<Item, ApiError>::new(&core, get("/item"), decode_json)
        .header("x-trace", "line\r\nset-cookie: 1")
        .await
        .unwrap_err();
    let Error::InvalidRequest { message, .. } = &err else { panic!("{err:?}") };
    assert!(message.contains("`x-trace`") && !message.contains("set-cookie"), "{message}");
    let err = Call::<Item, ApiError>::new(&core, get("/item"), decode_json).header("bad name", "v").await.unwrap_err();
    let Error::InvalidRequest { message, .. } = &err else { panic!("{err:?}") };
    assert!(message.contains("\"bad name\""), "{message}");
    assert!(server.requests.lock().unwrap().is_empty());

    // A valid one is sent.
    Call::<Item, ApiError>::new(&core, get("/item"), decode_json).header("x-trace", "abc").await.unwrap();
    assert!(server.requests.lock().unwrap()[0].to_ascii_lowercase().contains("x-trace: abc"));
}

#[tokio::test]
async fn a_cookie_credential_is_encoded_and_cannot_add_a_cookie() {
    let server = serve(vec![json("200 OK", r#"{"id": 1}"#)]).await;
    let core =
        ClientBuilder::new(&server.url, "test").credential("session", Secret::from("abc; admin=1")).build().unwrap();
    let mut spec = get("/item");
    spec.security = COOKIE_ONLY;
    Call::<Item, ApiError>::new(&core, spec, decode_json).await.unwrap();
    let request = server.requests.lock().unwrap()[0].to_ascii_lowercase();
    let cookie = request.lines().find(|l| l.starts_with("cookie:")).unwrap_or_default();
    assert_eq!(cookie, "cookie: sid=abc%3b%20admin%3d1", "{request}");
}

#[tokio::test]
async fn a_token_in_an_error_or_undecodable_body_is_not_shown() {
    let body = r#"{"error": "mfa required", "access_token": "TOKEN-123", "user": {"password": "hunter2"}}"#;
    let server = serve(vec![json("401 Unauthorized", body)]).await;
    let err = Call::<Item, ApiError>::new(&core(&server.url), get("/item"), decode_json).await.unwrap_err();
    let text = format!("{err} {err:?}");
    assert!(text.contains("mfa required") && text.contains("<redacted>"), "{text}");
    assert!(!text.contains("TOKEN-123") && !text.contains("hunter2"), "{text}");
    // The raw body stays available to a caller who asks for it.
    let Error::Status(status) = &err else { panic!() };
    assert!(status.body_text().contains("TOKEN-123"));

    let server = serve(vec![json("200 OK", r#"{"id": "x", "session_token": "TOKEN-456"}"#)]).await;
    let err = Call::<Item, ApiError>::new(&core(&server.url), get("/item"), decode_json).await.unwrap_err();
    let text = format!("{err} {err:?}");
    assert!(matches!(err, Error::Decode(_)) && !text.contains("TOKEN-456"), "{text}");
}

#[tokio::test]
async fn a_call_stream_keeps_the_call_options_for_every_page() {
    let server = serve(vec![
        json("200 OK", r#"[{"id": 1}, {"id": 2}]"#),
        json("503 Service Unavailable", "{}"),
        json("200 OK", r#"[{"id": 3}]"#),
    ])
    .await;
    // The client never retries; the call does, and sends its header on every page.
    let core = ClientBuilder::new(&server.url, "test").retry(RetryPolicy::none()).build().unwrap();
    let mut spec = get("/items");
    spec.query.push("page_size", &2);
    let items: Vec<Item> = Call::<Vec<Item>, ApiError>::new(&core, spec, decode_json)
        .header("x-trace", "t-1")
        .retry(fast_retries())
        .paginate::<Item>(&PAGE_PAGES)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(items.iter().map(|i| i.id).collect::<Vec<_>>(), [1, 2, 3]);
    let requests = server.requests.lock().unwrap().clone();
    assert_eq!(requests.len(), 3, "the 503 of page 2 was retried with the call's policy");
    assert!(requests.iter().all(|r| r.to_ascii_lowercase().contains("x-trace: t-1")), "{requests:?}");

    // The call's timeout applies to page requests too.
    let server = serve(vec![
        json("200 OK", r#"[{"id": 1}, {"id": 2}]"#),
        Reply::Slow(Duration::from_secs(3), "HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n[]".into()),
    ])
    .await;
    let core = ClientBuilder::new(&server.url, "test").retry(RetryPolicy::none()).build().unwrap();
    let mut spec = get("/items");
    spec.query.push("page_size", &2);
    let started = Instant::now();
    let err = Call::<Vec<Item>, ApiError>::new(&core, spec, decode_json)
        .attempt_timeout(Duration::from_millis(200))
        .paginate::<Item>(&PAGE_PAGES)
        .try_collect::<Vec<Item>>()
        .await
        .unwrap_err();
    assert!(err.is_timeout(), "{err}");
    assert!(started.elapsed() < Duration::from_secs(2), "{:?}", started.elapsed());

    // An invalid call header fails the stream before anything is sent.
    let server = serve(vec![json("200 OK", "[]")]).await;
    let core = ClientBuilder::new(&server.url, "test").build().unwrap();
    let err = Call::<Vec<Item>, ApiError>::new(&core, get("/items"), decode_json)
        .header("x-trace", "a\nb")
        .paginate::<Item>(&PAGE_PAGES)
        .try_collect::<Vec<Item>>()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidRequest { .. }), "{err:?}");
    assert!(server.requests.lock().unwrap().is_empty());
}

static BARE_PAGES: Pagination =
    Pagination { kind: PageKind::Page { param: "page" }, size_param: None, items: "/items", next: None, total: None };

#[tokio::test]
async fn a_page_numbered_stream_stops_when_the_server_repeats_its_last_page() {
    // Every page past the second answers with the second page again.
    let server = serve(vec![
        json("200 OK", r#"{"items": [{"id": 1}, {"id": 2}]}"#),
        json("200 OK", r#"{"items": [{"id": 3}], "page": 2}"#),
        json("200 OK", r#"{"items": [{"id": 3}], "page": 3}"#),
    ])
    .await;
    let core = core(&server.url);
    let stream = core.paginate::<Item, ApiError>(get("/items"), &BARE_PAGES);
    let items: Vec<Item> =
        tokio::time::timeout(Duration::from_secs(5), stream.try_collect()).await.expect("the stream ends").unwrap();
    assert_eq!(items.iter().map(|i| i.id).collect::<Vec<_>>(), [1, 2, 3]);
    assert_eq!(server.requests.lock().unwrap().len(), 3);
}

#[tokio::test]
async fn honours_retry_after_as_an_http_date() {
    let when = std::time::SystemTime::now() + Duration::from_secs(2);
    let date = httpdate::fmt_http_date(when);
    let server = serve(vec![
        http("503 Service Unavailable", &[("retry-after", date.as_str())], ""),
        json("200 OK", r#"{"id": 1}"#),
    ])
    .await;
    let core = ClientBuilder::new(&server.url, "test")
        // A cap far above the date, so that a wait that overshoots it shows.
        .retry(RetryPolicy::with_max_retries(1).delays(Duration::from_millis(1), Duration::from_secs(60)))
        .build()
        .unwrap();
    let started = Instant::now();
    let item = Call::<Item, ApiError>::new(&core, get("/item"), decode_json).await.unwrap();
    assert_eq!(item.id, 1);
    // The retry is not sent before the date (a second's resolution; the setup above may have
    // used part of the wait on a loaded machine, so the bound is the date, not a duration), and
    // not long after it.
    let date_reached = httpdate::parse_http_date(&date).unwrap();
    let now = std::time::SystemTime::now();
    assert!(
        now + Duration::from_millis(100) >= date_reached,
        "retried {:?} before the date",
        date_reached.duration_since(now)
    );
    let waited = started.elapsed();
    assert!(waited < Duration::from_secs(10), "{waited:?}");
    assert_eq!(server.requests.lock().unwrap().len(), 2);
}

#[tokio::test]
async fn the_client_wide_timeout_applies_to_every_call() {
    let server =
        serve(vec![Reply::Slow(Duration::from_secs(3), "HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}".into())]).await;
    let core = ClientBuilder::new(&server.url, "test")
        .attempt_timeout(Duration::from_millis(200))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let started = Instant::now();
    let err = Call::<Item, ApiError>::new(&core, get("/item"), decode_json).await.unwrap_err();
    match err {
        Error::Timeout { timeout, attempts, .. } => {
            assert_eq!(timeout, Duration::from_millis(200));
            assert_eq!(attempts, 1);
        }
        other => panic!("{other:?}"),
    }
    assert!(started.elapsed() < Duration::from_secs(2), "{:?}", started.elapsed());
}

fn slow_then_fast() -> Vec<Reply> {
    vec![
        Reply::Slow(Duration::from_secs(3), "HTTP/1.1 200 OK\r\ncontent-length: 9\r\n\r\n{\"id\": 1}".into()),
        json("200 OK", r#"{"id": 2}"#),
    ]
}

#[tokio::test]
async fn a_timeout_is_retried_for_get_but_not_for_post() {
    let server = serve(slow_then_fast()).await;
    let core = ClientBuilder::new(&server.url, "test")
        .attempt_timeout(Duration::from_millis(200))
        .retry(fast_retries())
        .build()
        .unwrap();
    let item = Call::<Item, ApiError>::new(&core, get("/item"), decode_json).await.unwrap();
    assert_eq!(item.id, 2);
    assert_eq!(server.requests.lock().unwrap().len(), 2);

    let server = serve(slow_then_fast()).await;
    let core = ClientBuilder::new(&server.url, "test")
        .attempt_timeout(Duration::from_millis(200))
        .retry(fast_retries())
        .build()
        .unwrap();
    let mut spec = RequestSpec::new("create", Method::POST, "/items", &[]);
    spec.json_body(&serde_json::json!({"name": "x"}));
    let err = Call::<Item, ApiError>::new(&core, spec, decode_json).await.unwrap_err();
    assert!(matches!(err, Error::Timeout { attempts: 1, .. }), "{err:?}");
    assert_eq!(server.requests.lock().unwrap().len(), 1, "the POST may have reached the server: not resent");
}

#[tokio::test]
async fn a_connection_reset_is_a_transport_error_and_a_get_is_sent_again() {
    let server = serve(vec![Reply::Reset, json("200 OK", r#"{"id": 4}"#)]).await;
    let item = Call::<Item, ApiError>::new(&core(&server.url), get("/item"), decode_json).await.unwrap();
    assert_eq!(item.id, 4);
    assert_eq!(server.requests.lock().unwrap().len(), 2);

    let server = serve(vec![Reply::Reset]).await;
    let err = Call::<Item, ApiError>::new(&core(&server.url), get("/item"), decode_json)
        .retry(RetryPolicy::none())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Transport { attempts: 1, .. }), "{err:?}");
    let Error::Transport { source, .. } = &err else { unreachable!() };
    assert_eq!(source.kind(), codegen_runtime::TransportKind::Request, "{source:?}");
    assert!(!err.is_connect());

    let server = serve(vec![Reply::Reset, json("200 OK", r#"{"id": 4}"#)]).await;
    let spec = RequestSpec::new("create", Method::POST, "/items", &[]);
    let err = Call::<Item, ApiError>::new(&core(&server.url), spec, decode_json).await.unwrap_err();
    assert!(matches!(err, Error::Transport { attempts: 1, .. }), "{err:?}");
    assert_eq!(server.requests.lock().unwrap().len(), 1);
}

#[tokio::test]
async fn a_well_framed_but_truncated_json_body_is_a_decode_error() {
    let server = serve(vec![json("200 OK", r#"{"id": 1, "na"#)]).await;
    let err = Call::<Item, ApiError>::new(&core(&server.url), get("/item"), decode_json).await.unwrap_err();
    let Error::Decode(decode) = &err else { panic!("{err:?}") };
    assert!(decode.message.contains("EOF"), "{}", decode.message);
    assert_eq!(decode.path, ".");
    assert!(err.to_string().contains(r#"{"id": 1, "na"#), "{err}");
}

#[tokio::test]
async fn valid_json_under_a_non_json_content_type_is_decoded() {
    let server = serve(vec![http("200 OK", &[("content-type", "text/plain")], r#"{"id": 5}"#)]).await;
    let response =
        Call::<Item, ApiError>::new(&core(&server.url), get("/item"), decode_json).send_with_response().await.unwrap();
    assert_eq!(response.body, Item { id: 5 });
    assert_eq!(response.header("content-type"), Some("text/plain"));
}

#[tokio::test]
async fn retries_exhausted_on_a_status_say_how_many_attempts() {
    let server = serve(vec![json("503 Service Unavailable", r#"{"error": "busy"}"#)]).await;
    let err = Call::<Item, ApiError>::new(&core(&server.url), get("/item"), decode_json).await.unwrap_err();
    let Error::Status(status) = &err else { panic!("{err:?}") };
    assert_eq!(status.attempts, 4);
    assert_eq!(server.requests.lock().unwrap().len(), 4);
    assert!(err.to_string().contains("4 attempts"), "{err}");
}

#[tokio::test]
async fn a_429_on_post_is_not_retried_unless_opted_in() {
    let replies = || vec![http("429 Too Many Requests", &[("retry-after", "0")], ""), json("200 OK", r#"{"id": 6}"#)];
    let server = serve(replies()).await;
    let spec = RequestSpec::new("create", Method::POST, "/items", &[]);
    let err = Call::<Item, ApiError>::new(&core(&server.url), spec.clone(), decode_json).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(429));
    assert_eq!(server.requests.lock().unwrap().len(), 1);

    let server = serve(replies()).await;
    let item = Call::<Item, ApiError>::new(&core(&server.url), spec, decode_json)
        .retry(fast_retries().retry_non_idempotent(true))
        .await
        .unwrap();
    assert_eq!(item.id, 6);
    assert_eq!(server.requests.lock().unwrap().len(), 2);
}
