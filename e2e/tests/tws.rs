//! The generated TWS client's session flow against wiremock on loopback: one login shared by
//! concurrent calls, renewal before `tws_token_expires_at`, a new login and one resend after a
//! 401, and the three auth headers on every call.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::json;
use tws_client::{types, Client};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

/// Hands out `token-N`, expiring `lifetime` from now, formatted as TWS does (`YYYY-MM-DD HH:MM:SS`, UTC).
struct Login {
    count: Arc<AtomicU32>,
    lifetime: Duration,
}

fn tws_time(t: SystemTime) -> String {
    let secs = t.duration_since(UNIX_EPOCH).unwrap().as_secs() as i64;
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // Civil date from days since 1970-01-01.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02}", rem / 3600, rem % 3600 / 60, rem % 60)
}

impl Respond for Login {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let n = self.count.fetch_add(1, Ordering::SeqCst) + 1;
        ResponseTemplate::new(201).set_body_json(json!({
            "tws_token": {"tws_token_data": format!("token-{n}"), "tws_token_expires_at": tws_time(SystemTime::now() + self.lifetime)},
            "tws_memberships": [{"id": "97e9a980-9caf-4466"}],
        }))
    }
}

async fn setup(lifetime: Duration) -> (MockServer, Client, Arc<AtomicU32>) {
    let server = MockServer::start().await;
    let count = Arc::new(AtomicU32::new(0));
    Mock::given(method("POST"))
        .and(path("/sessions"))
        .and(header("tws-organization-token", "org-token"))
        .respond_with(Login { count: count.clone(), lifetime })
        .mount(&server)
        .await;
    let client = Client::builder(server.uri()).organization_token("org-token").build().unwrap();
    let login = types::SessionCreate::new("admin@example.com", "hunter2");
    (server, client.with_session(&login), count)
}

fn key() -> serde_json::Value {
    json!({"data": {"id": 1, "lock_id": 143415}})
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_calls_share_one_login_and_send_all_three_headers() {
    let (server, client, logins) = setup(Duration::from_secs(3600)).await;
    Mock::given(method("GET"))
        .and(path("/keys/1"))
        .and(header("authorization", "Bearer token-1"))
        .and(header("tws-organization-token", "org-token"))
        .and(header("tws-membership-id", "97e9a980-9caf-4466"))
        .respond_with(ResponseTemplate::new(200).set_body_json(key()))
        .expect(10)
        .mount(&server)
        .await;
    let calls: Vec<_> = (0..10)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { client.get_key(1).await })
        })
        .collect();
    for call in calls {
        assert_eq!(call.await.unwrap().unwrap().data.unwrap().id, 1);
    }
    assert_eq!(logins.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn renews_the_session_before_it_expires() {
    // The session expires 61 s after each login and is renewed 60 s before: fresh for about 1 s.
    let (server, client, logins) = setup(Duration::from_secs(61)).await;
    Mock::given(method("GET"))
        .and(path("/keys/1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(key()))
        .mount(&server)
        .await;
    client.get_key(1).await.unwrap();
    assert_eq!(logins.load(Ordering::SeqCst), 1);
    tokio::time::sleep(Duration::from_millis(1500)).await;
    client.get_key(1).await.unwrap();
    assert_eq!(logins.load(Ordering::SeqCst), 2);
    let requests = server.received_requests().await.unwrap();
    let last = requests.iter().rev().find(|r| r.url.path() == "/keys/1").unwrap();
    assert_eq!(last.headers.get("authorization").unwrap(), "Bearer token-2");
}

#[tokio::test]
async fn a_401_logs_in_again_once_and_resends() {
    let (server, client, logins) = setup(Duration::from_secs(3600)).await;
    Mock::given(method("DELETE"))
        .and(path("/keys/1"))
        .and(header("authorization", "Bearer token-1"))
        .respond_with(ResponseTemplate::new(401).set_body_json(json!({"error": "session expired"})))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .and(path("/keys/1"))
        .and(header("authorization", "Bearer token-2"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    client.delete_key(1).await.unwrap();
    assert_eq!(logins.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_password_never_shows_in_debug_output() {
    let login = types::SessionCreate::new("admin@example.com", "hunter2");
    assert!(!format!("{login:?}").contains("hunter2"));
    assert_eq!(serde_json::to_value(&login).unwrap()["password"], "hunter2", "it is sent as is");
    assert_eq!(Client::server_url("tws-api-1234.sera4.com"), "https://tws-api-1234.sera4.com/v3");
}

/// A login answered with `body` (status 201), or with `status` and an error body.
async fn server_answering_login(status: u16, body: serde_json::Value) -> (MockServer, Client) {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/sessions"))
        .respond_with(ResponseTemplate::new(status).set_body_json(body))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/keys/1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(key()))
        .mount(&server)
        .await;
    let client = Client::builder(server.uri()).organization_token("org-token").build().unwrap();
    (server, client)
}

fn two_organizations() -> serde_json::Value {
    json!({
        "tws_token": {"tws_token_data": "token-1", "tws_token_expires_at": "2999-01-01 00:00:00"},
        "tws_memberships": [
            {"id": "membership-a", "organization_id": "org-a"},
            {"id": "membership-b", "organization_id": "org-b"},
        ],
    })
}

fn login() -> types::SessionCreate {
    types::SessionCreate::new("admin@example.com", "hunter2")
}

#[tokio::test]
async fn an_administrator_of_several_organizations_picks_one() {
    let (server, client) = server_answering_login(201, two_organizations()).await;
    let org_b = client.with_session_for("org-b", &login());
    org_b.get_key(1).await.unwrap();
    let org_a = client.with_session_for("org-a", &login());
    org_a.get_key(1).await.unwrap();
    let requests = server.received_requests().await.unwrap();
    let sent: Vec<_> = requests
        .iter()
        .filter(|r| r.url.path() == "/keys/1")
        .map(|r| r.headers.get("tws-membership-id").unwrap().to_str().unwrap().to_owned())
        .collect();
    assert_eq!(sent, ["membership-b", "membership-a"]);
}

#[tokio::test]
async fn several_memberships_and_no_choice_is_a_login_error_naming_them() {
    let (server, client) = server_answering_login(201, two_organizations()).await;
    let err = client.with_session(&login()).get_key(1).await.unwrap_err();
    let tws_client::Error::Login(failure) = &err else { panic!("not a login error: {err:?}") };
    assert_eq!(failure.operation, "get_key");
    assert_eq!(failure.login, "create_session");
    let text = err.to_string();
    assert!(text.contains("`org-a`") && text.contains("`org-b`"), "{text}");
    assert!(!text.contains("token-1"), "the token never shows: {text}");
    let unknown = client.with_session_for("org-c", &login()).get_key(1).await.unwrap_err();
    assert!(matches!(unknown, tws_client::Error::Login(_)), "{unknown:?}");
    assert!(unknown.to_string().contains("`org-c`"), "{unknown}");
    let sent = server.received_requests().await.unwrap();
    assert!(sent.iter().all(|r| r.url.path() == "/sessions"), "no call is sent without a membership");
}

#[tokio::test]
async fn a_refused_login_is_a_login_error_with_its_status() {
    let (server, client) = server_answering_login(401, json!({"error": "invalid credentials"})).await;
    let err = client.with_session(&login()).get_key(1).await.unwrap_err();
    let tws_client::Error::Login(failure) = &err else { panic!("not a login error: {err:?}") };
    assert_eq!(failure.status.map(|s| s.as_u16()), Some(401));
    assert!(err.to_string().contains("invalid credentials"), "{err}");
    assert!(!format!("{err:?}").contains("hunter2"), "the password never shows");
    let sent = server.received_requests().await.unwrap();
    assert!(sent.iter().all(|r| r.url.path() == "/sessions"));
}

#[tokio::test]
async fn a_refused_login_after_a_401_is_a_login_error_not_the_401() {
    let server = MockServer::start().await;
    let logins = Arc::new(AtomicU32::new(0));
    let counted = logins.clone();
    Mock::given(method("POST"))
        .and(path("/sessions"))
        .respond_with(move |_: &Request| {
            if counted.fetch_add(1, Ordering::SeqCst) == 0 {
                ResponseTemplate::new(201).set_body_json(json!({
                    "tws_token": {"tws_token_data": "token-1", "tws_token_expires_at": "2999-01-01 00:00:00"},
                    "tws_memberships": [{"id": "97e9a980-9caf-4466"}],
                }))
            } else {
                ResponseTemplate::new(401).set_body_json(json!({"error": "account locked"}))
            }
        })
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/keys/1"))
        .respond_with(ResponseTemplate::new(401).set_body_json(json!({"error": "session expired"})))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder(server.uri()).organization_token("org-token").build().unwrap().with_session(&login());
    let err = client.get_key(1).await.unwrap_err();
    let tws_client::Error::Login(failure) = &err else { panic!("not a login error: {err:?}") };
    assert_eq!(failure.status.map(|s| s.as_u16()), Some(401));
    assert!(err.to_string().contains("account locked"), "{err}");
    assert!(logins.load(Ordering::SeqCst) >= 2, "it logged in again after the 401");
}
