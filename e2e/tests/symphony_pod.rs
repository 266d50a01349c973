//! The generated Symphony Pod client against a real HTTP server on loopback (wiremock): the
//! `sessionToken` header from a fixed token and from a token provider that renews after a 401,
//! `skip`/`limit` and `offset`/`limit` paging (with 204 as the empty last page), `Option` results
//! on 204, bare JSON arrays as bodies, typed error bodies, unknown enum values and decode errors.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use serde_json::json;
use symphony_pod_client::{types, Client, CredentialFuture, CredentialSource, Error, Secret, TryStreamExt};
use wiremock::matchers::{body_json, header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn setup() -> (MockServer, Client) {
    let server = MockServer::start().await;
    let client = Client::builder(server.uri()).session_token("pod-session-1").build().unwrap();
    (server, client)
}

fn cert(name: &str) -> serde_json::Value {
    json!({"companyCertAttributes": {"name": name, "type": {"type": "USER"}, "status": {"type": "TRUSTED"}},
           "companyCertInfo": {"fingerPrint": format!("fp-{name}"), "expiryDate": 1_700_000_000_000_i64}})
}

#[tokio::test]
async fn sends_the_session_token_header_on_every_call() {
    let (server, client) = setup().await;
    Mock::given(method("GET"))
        .and(path("/v1/sessioninfo"))
        .and(header("sessionToken", "pod-session-1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"userId": 7_078_106_103_809_i64})))
        .expect(2)
        .mount(&server)
        .await;
    for _ in 0..2 {
        let info = client.get_session_info().await.unwrap();
        assert_eq!(info.user_id, Some(7_078_106_103_809));
    }
    assert!(!format!("{client:?}").contains("pod-session-1"), "the token must not show in Debug output");
}

/// A token provider: hands out the current token; after a 401 it "logs in again" once.
struct Tokens {
    current: Mutex<String>,
    renewals: AtomicUsize,
}

impl CredentialSource for Tokens {
    fn credential(&self) -> CredentialFuture<'_> {
        let token = self.current.lock().unwrap().clone();
        Box::pin(async move { Ok(Secret::from(token)) })
    }

    fn invalidate(&self) -> std::pin::Pin<Box<dyn std::future::Future<Output = bool> + Send + '_>> {
        Box::pin(async move {
            let n = self.renewals.fetch_add(1, Ordering::SeqCst) + 1;
            *self.current.lock().unwrap() = format!("renewed-{n}");
            true
        })
    }
}

#[tokio::test]
async fn a_token_provider_is_asked_on_every_call_and_renews_after_a_401() {
    let server = MockServer::start().await;
    let tokens = Arc::new(Tokens { current: Mutex::new("expired".into()), renewals: AtomicUsize::new(0) });
    let client = Client::builder(server.uri()).session_token_source(SharedSource(tokens.clone())).build().unwrap();
    Mock::given(method("GET"))
        .and(path("/v1/admin/user/42"))
        .and(header("sessionToken", "expired"))
        .respond_with(
            ResponseTemplate::new(401).set_body_json(json!({"code": 401, "message": "Session tokens invalid"})),
        )
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/admin/user/42"))
        .and(header("sessionToken", "renewed-1"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"userSystemInfo": {"id": 42, "status": "ENABLED"}})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let user = client.get_user_details(42).await.unwrap();
    assert_eq!(user.user_system_info.and_then(|s| s.id), Some(42));
    assert_eq!(tokens.renewals.load(Ordering::SeqCst), 1, "one renewal after the 401");

    // A token changed from outside is used by the next call, with the same client.
    *tokens.current.lock().unwrap() = "rotated".into();
    Mock::given(method("GET"))
        .and(path("/v1/sessioninfo"))
        .and(header("sessionToken", "rotated"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"userId": 42})))
        .expect(1)
        .mount(&server)
        .await;
    client.get_session_info().await.unwrap();
}

/// The provider is shared with the test, which changes its token.
struct SharedSource(Arc<Tokens>);

impl CredentialSource for SharedSource {
    fn credential(&self) -> CredentialFuture<'_> {
        self.0.credential()
    }

    fn invalidate(&self) -> std::pin::Pin<Box<dyn std::future::Future<Output = bool> + Send + '_>> {
        self.0.invalidate()
    }
}

#[tokio::test]
async fn a_401_that_persists_is_an_error_with_the_decoded_body() {
    let (server, client) = setup().await;
    Mock::given(method("GET"))
        .and(path("/v1/sessioninfo"))
        .respond_with(
            ResponseTemplate::new(401).set_body_json(json!({"code": 401, "message": "Session tokens invalid"})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let err = client.get_session_info().await.unwrap_err();
    assert!(matches!(&err, Error::Status(s) if s.status == 401), "{err}");
    match err.error_body() {
        Some(symphony_pod_client::ErrorBody::ApiError(body)) => {
            assert_eq!(body.message.as_deref(), Some("Session tokens invalid"))
        }
        other => panic!("expected the documented 401 body, got {other:?}"),
    }
}

#[tokio::test]
async fn pages_company_certs_with_skip_and_limit() {
    let (server, client) = setup().await;
    for (skip, names) in [("0", vec!["a", "b"]), ("2", vec!["c", "d"]), ("4", vec!["e"])] {
        let body: Vec<_> = names.iter().map(|n| cert(n)).collect();
        Mock::given(method("GET"))
            .and(path("/v1/companycert/list"))
            .and(query_param("skip", skip))
            .and(query_param("limit", "2"))
            .and(header("sessionToken", "pod-session-1"))
            .respond_with(ResponseTemplate::new(200).set_body_json(body))
            .expect(1)
            .mount(&server)
            .await;
    }
    let certs: Vec<types::CompanyCertInfoListInner> =
        client.list_company_certs().limit(2).stream().try_collect().await.unwrap();
    let names: Vec<_> = certs.iter().filter_map(|c| c.company_cert_attributes.as_ref()?.name.clone()).collect();
    assert_eq!(names, ["a", "b", "c", "d", "e"], "a short page ends the list");
}

#[tokio::test]
async fn a_204_is_none_and_ends_a_configuration_list() {
    let (server, client) = setup().await;
    Mock::given(method("GET"))
        .and(path("/v1/configuration/list"))
        .and(query_param("offset", "0"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([
            {"configurationId": "c1", "type": "t", "name": "One", "enabled": true},
            {"configurationId": "c2", "type": "t", "name": "Two", "visible": false}
        ])))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/configuration/list"))
        .and(query_param("offset", "2"))
        .respond_with(ResponseTemplate::new(204))
        .expect(2)
        .mount(&server)
        .await;
    let all: Vec<types::Configuration> = client.list_configurations().stream().try_collect().await.unwrap();
    assert_eq!(all.iter().filter_map(|c| c.name.as_deref()).collect::<Vec<_>>(), ["One", "Two"]);

    let empty = client.list_configurations().offset(2).await.unwrap();
    assert!(empty.is_none(), "204 No Content is `None`");
}

#[tokio::test]
async fn finding_a_user_by_email_is_none_on_204_and_some_on_200() {
    let (server, client) = setup().await;
    Mock::given(method("GET"))
        .and(path("/v1/user"))
        .and(query_param("email", "nobody@example.com"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/user"))
        .and(query_param("email", "jane+ops@example.com"))
        .and(query_param("local", "true"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"id": 9, "emailAddress": "jane+ops@example.com"})),
        )
        .mount(&server)
        .await;
    let none = client.get_user_by_email("nobody@example.com").await.unwrap();
    assert!(none.is_none());
    let some = client.get_user_by_email("jane+ops@example.com").local(true).await.unwrap().expect("a user");
    assert_eq!(some.id, Some(9));
}

#[tokio::test]
async fn room_search_pages_with_its_body_and_total() {
    let (server, client) = setup().await;
    let room = |name: &str| json!({"roomAttributes": {"name": name, "public": true}, "roomSystemInfo": {"id": format!("id-{name}"), "active": true}});
    for (skip, rooms) in [("0", vec![room("alpha")]), ("1", vec![room("beta")])] {
        Mock::given(method("POST"))
            .and(path("/v2/room/search"))
            .and(query_param("skip", skip))
            .and(query_param("limit", "1"))
            .and(body_json(json!({"query": "ops", "active": true})))
            .respond_with(
                ResponseTemplate::new(200).set_body_json(json!({"count": 2, "skip": 0, "limit": 1, "rooms": rooms})),
            )
            .expect(1)
            .mount(&server)
            .await;
    }
    let criteria = types::RoomSearchCriteria::new("ops").active(true);
    let rooms: Vec<types::V2RoomDetail> = client.search_rooms(&criteria).limit(1).stream().try_collect().await.unwrap();
    let names: Vec<_> = rooms.iter().filter_map(|r| r.room_attributes.as_ref()?.name.clone()).collect();
    assert_eq!(names, ["alpha", "beta"], "stops at `count` without asking for a third page");
}

#[tokio::test]
async fn sends_bare_json_arrays_and_encodes_path_segments() {
    let (server, client) = setup().await;
    Mock::given(method("POST"))
        .and(path("/v1/im/create"))
        .and(body_json(json!([7, 8])))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": "xhGxbTcvTDK6EIMMrwdOrX___quztr2HdA"})))
        .expect(1)
        .mount(&server)
        .await;
    let stream = client.create_im(&vec![7, 8]).await.unwrap();
    assert_eq!(stream.id.as_deref(), Some("xhGxbTcvTDK6EIMMrwdOrX___quztr2HdA"));

    Mock::given(method("POST"))
        .and(path("/v1/admin/group/a%2Fb%3D%3D/membership/add"))
        .and(body_json(json!([1, 2, 3])))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"overallResult": "SUCCESS", "results": ["", "", ""]})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let result = client.add_group_members("a/b==", &vec![1, 2, 3]).await.unwrap();
    assert_eq!(result.overall_result, Some(types::BulkActionResultOverallResult::Success));
}

#[tokio::test]
async fn an_unknown_presence_value_does_not_fail_the_response() {
    let (server, client) = setup().await;
    Mock::given(method("GET"))
        .and(path("/v1/presence"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([
            {"uid": 1, "category": "AVAILABLE"},
            {"uid": 2, "category": "IN_A_MEETING"}
        ])))
        .mount(&server)
        .await;
    let presence = client.list_presence().await.unwrap();
    assert_eq!(presence[0].category, Some(types::UserPresenceCategory::Available));
    match &presence[1].category {
        Some(unknown @ types::UserPresenceCategory::Unknown(_)) => assert_eq!(unknown.as_str(), "IN_A_MEETING"),
        other => panic!("expected the unknown value, got {other:?}"),
    }
}

#[tokio::test]
async fn a_body_that_does_not_match_names_the_operation_type_and_field() {
    let (server, client) = setup().await;
    Mock::given(method("GET"))
        .and(path("/v1/admin/user/5"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"userAttributes": {"firstName": 12}})))
        .mount(&server)
        .await;
    let err = client.get_user_details(5).await.unwrap_err();
    let Error::Decode(decode) = &err else { panic!("expected a decode error, got {err}") };
    assert_eq!(decode.operation, "v1AdminUserUidGet");
    assert!(decode.target.ends_with("UserDetail"), "{}", decode.target);
    assert_eq!(decode.path, "userAttributes.firstName");
    assert!(decode.snippet.contains("\"firstName\":12"), "{}", decode.snippet);
}

#[tokio::test]
#[allow(deprecated)]
async fn a_deprecated_v1_call_still_works() {
    let (server, client) = setup().await;
    Mock::given(method("GET"))
        .and(path("/v1/room/r1/info"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "roomAttributes": {"name": "Ops"}, "immutableRoomAttributes": {"public": false, "readOnly": false}
        })))
        .mount(&server)
        .await;
    let room = client.get_room_info_v1("r1").await.unwrap();
    assert_eq!(room.immutable_room_attributes.and_then(|a| a.public), Some(false));
}

#[tokio::test]
async fn creating_a_disclaimer_sends_only_the_fields_set() {
    let (server, client) = setup().await;
    Mock::given(method("POST"))
        .and(path("/v1/admin/disclaimer/create"))
        .and(body_json(json!({"name": "Legal", "content": "Be nice.", "format": "TEXT"})))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "id": "d1", "name": "Legal", "content": "Be nice.", "format": "TEXT", "createdDate": 1, "modifiedDate": 1
        })))
        .expect(1)
        .mount(&server)
        .await;
    let created = client
        .create_disclaimer(
            &types::Disclaimer::default().name("Legal").content("Be nice.").format(types::DisclaimerFormat::Text),
        )
        .await
        .unwrap();
    assert_eq!(created.id.as_deref(), Some("d1"));
}
