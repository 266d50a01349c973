//! Session credentials against a loopback server: one login for many concurrent calls, renewal
//! before expiry, and a fresh login plus one resend after a 401.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use codegen_runtime::{
    decode_json, Call, ClientBuilder, ClientCore, Method, RequestSpec, SchemeLocation, SecurityScheme, Session,
};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

type Handler = Arc<dyn Fn(&str) -> (u16, String) + Send + Sync>;

/// A server that hands each request's head to `handler` and sends back its status and JSON.
async fn serve(handler: Handler) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let handler = handler.clone();
            tokio::spawn(async move {
                let mut buf = Vec::new();
                let mut chunk = [0u8; 4096];
                loop {
                    let Ok(n) = socket.read(&mut chunk).await else { return };
                    if n == 0 {
                        return;
                    }
                    buf.extend_from_slice(&chunk[..n]);
                    let text = String::from_utf8_lossy(&buf).to_string();
                    let Some(end) = text.find("\r\n\r\n") else { continue };
                    let len = text
                        .lines()
                        .find_map(|l| {
                            l.to_ascii_lowercase()
                                .strip_prefix("content-length:")
                                .map(|v| v.trim().parse().unwrap_or(0))
                        })
                        .unwrap_or(0usize);
                    if buf.len() < end + 4 + len {
                        continue;
                    }
                    let (status, body) = handler(&text);
                    let reply = format!(
                        "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
                        body.len()
                    );
                    if socket.write_all(reply.as_bytes()).await.is_err() {
                        return;
                    }
                    buf.clear();
                }
            });
        }
    });
    url
}

static ORG: SecurityScheme = SecurityScheme { name: "org", location: SchemeLocation::Header("x-org"), prefix: "" };
static BEARER: SecurityScheme =
    SecurityScheme { name: "bearer", location: SchemeLocation::Header("authorization"), prefix: "Bearer " };
static MEMBER: SecurityScheme =
    SecurityScheme { name: "member", location: SchemeLocation::Header("x-member"), prefix: "" };
static LOGIN_SECURITY: &[&[&SecurityScheme]] = &[&[&ORG]];
static ALL: &[&[&SecurityScheme]] = &[&[&ORG, &BEARER, &MEMBER]];

struct Fixture {
    logins: Arc<AtomicU32>,
    seen: Arc<Mutex<Vec<String>>>,
    client: ClientCore,
}

/// A server whose login hands out `token-N` expiring `lifetime` from now, and whose `/items`
/// refuses any token in `refused`.
async fn fixture(lifetime: Duration, refused: &'static [&'static str], margin: Duration) -> Fixture {
    let logins = Arc::new(AtomicU32::new(0));
    let seen = Arc::new(Mutex::new(Vec::new()));
    let (l, s) = (logins.clone(), seen.clone());
    let handler: Handler = Arc::new(move |req: &str| {
        let lower = req.to_ascii_lowercase();
        if lower.starts_with("post /sessions") {
            assert!(lower.contains("x-org: org-token"), "{req}");
            let n = l.fetch_add(1, Ordering::SeqCst) + 1;
            let expires = SystemTime::now() + lifetime;
            let secs = expires.duration_since(SystemTime::UNIX_EPOCH).unwrap().as_secs();
            return (
                201,
                format!(
                    r#"{{"tws_token": {{"tws_token_data": "token-{n}", "tws_token_expires_at": {secs}}}, "tws_membership": {{"id": 42}}}}"#
                ),
            );
        }
        s.lock().unwrap().push(lower.clone());
        if refused.iter().any(|t| lower.contains(&format!("authorization: bearer {t}"))) {
            return (401, r#"{"error": "expired"}"#.into());
        }
        (200, r#"{"ok": true}"#.into())
    });
    let url = serve(handler).await;
    let base =
        ClientBuilder::new(&url, "test").credential("org", codegen_runtime::Secret::from("org-token")).build().unwrap();
    let mut login = RequestSpec::new("create_session", Method::POST, "/sessions", &[]);
    login.security = LOGIN_SECURITY;
    login.json_body(&serde_json::json!({"username": "u", "password": "p"}));
    let session = Session::with_margin(base.clone(), login, Some("/tws_token/tws_token_expires_at"), margin);
    let client = base
        .with_credential("bearer", session.credential("/tws_token/tws_token_data"))
        .with_credential("member", session.credential("/tws_membership/id"));
    Fixture { logins, seen, client }
}

async fn get(client: &ClientCore) -> Result<serde_json::Value, codegen_runtime::Error> {
    let mut spec = RequestSpec::new("list_items", Method::GET, "/items", &[]);
    spec.security = ALL;
    Call::<serde_json::Value, serde_json::Value>::new(client, spec, decode_json).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn many_tasks_share_one_login() {
    let f = fixture(Duration::from_secs(3600), &[], Duration::from_secs(60)).await;
    let calls = (0..20).map(|_| {
        let client = f.client.clone();
        tokio::spawn(async move { get(&client).await })
    });
    for call in calls {
        call.await.unwrap().unwrap();
    }
    assert_eq!(f.logins.load(Ordering::SeqCst), 1);
    let seen = f.seen.lock().unwrap();
    assert!(seen.iter().all(|r| r.contains("authorization: bearer token-1") && r.contains("x-member: 42")));
}

#[tokio::test]
async fn renews_before_the_token_expires() {
    // Tokens live 3 s and are renewed 2 s before expiry: the second call, 1.2 s later, renews.
    let f = fixture(Duration::from_secs(3), &[], Duration::from_secs(2)).await;
    get(&f.client).await.unwrap();
    tokio::time::sleep(Duration::from_millis(1200)).await;
    get(&f.client).await.unwrap();
    assert_eq!(f.logins.load(Ordering::SeqCst), 2);
    let seen = f.seen.lock().unwrap();
    assert!(seen[1].contains("authorization: bearer token-2"), "{}", seen[1]);
}

#[tokio::test]
async fn a_401_logs_in_again_once_and_resends() {
    let f = fixture(Duration::from_secs(3600), &["token-1"], Duration::from_secs(60)).await;
    get(&f.client).await.unwrap();
    assert_eq!(f.logins.load(Ordering::SeqCst), 2);
    assert_eq!(f.seen.lock().unwrap().len(), 2);

    // A server that refuses every token: one renewal, then the 401 comes back as an error.
    let f = fixture(Duration::from_secs(3600), &["token-1", "token-2", "token-3"], Duration::from_secs(60)).await;
    let err = get(&f.client).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(401));
    assert_eq!(f.logins.load(Ordering::SeqCst), 2);
}
