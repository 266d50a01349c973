//! The generated Beam client against a real HTTP server on loopback (wiremock): method, path,
//! query, headers and body of the seed's examples, auth, pagination across pages, and the
//! documented errors.

use beam_client::{types, Client, Error, TryStreamExt};
use serde_json::json;
use wiremock::matchers::{body_json, header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

const KEY: &str = "APIKEY:zBlGa0mxS1jL:UQDEl8DwRyetgeOeEZLb1BJNbDWTo8dZk1SwrfZy3Jax";

async fn setup() -> (MockServer, Client) {
    let server = MockServer::start().await;
    let client = Client::builder(server.uri()).api_key(KEY).build().unwrap();
    (server, client)
}

fn user(email: &str) -> serde_json::Value {
    json!({"email_address": email, "first_name": "Joe", "last_name": "User", "is_admin": false,
           "is_temporary": false, "profile_image": null, "last_login": "2014-07-09T18:07:50"})
}

#[tokio::test]
async fn sends_the_raw_api_key_and_decodes_info() {
    let (server, client) = setup().await;
    Mock::given(method("GET"))
        .and(path("/info/"))
        .and(header("authorization", KEY))
        .and(header("accept", "application/json"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"key": "My Example API Key", "organization": "My Organization", "user": null})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let info = client.get_info().await.unwrap();
    assert_eq!(info.organization, "My Organization");
    assert!(!format!("{client:?}").contains("UQDEl8Dw"), "the key must not show in Debug output");
}

#[tokio::test]
async fn a_call_and_a_stream_are_static_and_can_be_spawned() {
    let (server, client) = setup().await;
    Mock::given(method("GET"))
        .and(path("/info/"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"key": "k", "organization": "Spawned", "user": null})),
        )
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/users/"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "meta": {"limit": 2, "offset": 0, "next": null, "previous": null, "total_count": 1},
            "objects": [user("s@example.com")],
        })))
        .expect(1)
        .mount(&server)
        .await;
    // The call owns a handle to the client: the client itself may be gone before it runs.
    let call = tokio::spawn(client.get_info());
    let stream = client.list_users().stream();
    drop(client);
    let users = tokio::spawn(async move { stream.try_collect::<Vec<types::User>>().await });
    assert_eq!(call.await.unwrap().unwrap().organization, "Spawned");
    assert_eq!(users.await.unwrap().unwrap()[0].email_address, "s@example.com");
}

#[tokio::test]
async fn patches_a_user_by_email_sending_only_what_is_set() {
    let (server, client) = setup().await;
    Mock::given(method("PATCH"))
        .and(path("/users/a%2Bb%40org.net/"))
        .and(header("content-type", "application/json"))
        .and(body_json(json!({"is_admin": true})))
        .respond_with(ResponseTemplate::new(202))
        .expect(1)
        .mount(&server)
        .await;
    client.patch_user("a+b@org.net", &types::UserPatch::default().is_admin(true)).await.unwrap();
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests[0].url.path(), "/users/a%2Bb%40org.net/", "the email is one percent-encoded segment");
    assert_eq!(String::from_utf8_lossy(&requests[0].body), r#"{"is_admin":true}"#);
}

#[tokio::test]
async fn path_parameters_cannot_escape_their_segment() {
    let (server, client) = setup().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(user("x@y.z")))
        .mount(&server)
        .await;
    client.get_user("../info/?x#y").await.unwrap();
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests[0].url.path(), "/users/..%2Finfo%2F%3Fx%23y/");
    assert!(matches!(client.get_user("..").await, Err(Error::InvalidRequest { .. })));
    assert_eq!(server.received_requests().await.unwrap().len(), 1, "nothing was sent for `..`");
}

#[tokio::test]
async fn invites_a_user_as_the_seed_example_does() {
    let (server, client) = setup().await;
    let invitation = json!({"email_address": "smith@org3.net", "first_name": "Joe", "last_name": "Smith",
                            "from_name": "John Johnson", "device_groups": [10]});
    Mock::given(method("POST"))
        .and(path("/invite/"))
        .and(query_param("send_mail", "false"))
        .and(body_json(invitation.clone()))
        .respond_with(ResponseTemplate::new(201).set_body_json(invitation.clone()))
        .expect(1)
        .mount(&server)
        .await;
    let body: types::Invitation = serde_json::from_value(invitation).unwrap();
    let created = client.invite_user(&body).send_mail(false).await.unwrap();
    assert_eq!(created.email_address, "smith@org3.net");
    assert_eq!(created.device_groups, Some(vec![10]));
}

#[tokio::test]
async fn follows_pagination_across_pages() {
    let (server, client) = setup().await;
    let pages = [
        (0, Some("/admin-api/1/users/?limit=2&offset=2")),
        (2, Some("/admin-api/1/users/?limit=2&offset=4")),
        (4, None),
    ];
    for (offset, next) in pages {
        let objects: Vec<_> = (offset..(offset + 2).min(5)).map(|i| user(&format!("u{i}@example.com"))).collect();
        Mock::given(method("GET"))
            .and(path("/users/"))
            .and(query_param("offset", offset.to_string()))
            .and(query_param("limit", "2"))
            .and(query_param("include_temporary", "false"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({
                "meta": {"limit": 2, "offset": offset, "next": next, "previous": null, "total_count": 5},
                "objects": objects,
            })))
            .expect(1)
            .mount(&server)
            .await;
    }
    let users: Vec<types::User> =
        client.list_users().limit(2).include_temporary(false).stream().try_collect().await.unwrap();
    let emails: Vec<&str> = users.iter().map(|u| u.email_address.as_str()).collect();
    assert_eq!(emails, ["u0@example.com", "u1@example.com", "u2@example.com", "u3@example.com", "u4@example.com"]);
}

#[tokio::test]
async fn a_404_is_a_status_error() {
    let (server, client) = setup().await;
    // 404 only for the exact request; anything else gets a 500 (wiremock's own answer to an
    // unmatched request is a 404, which would let a wrong path pass).
    Mock::given(method("GET"))
        .and(path("/device-groups/999/"))
        .and(header("authorization", KEY))
        .respond_with(ResponseTemplate::new(404))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(500))
        .with_priority(10)
        .mount(&server)
        .await;
    let err = client.get_device_group(999).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
    assert!(err.error_body().is_none());
    assert!(err.to_string().starts_with("get_device_group: HTTP 404"), "{err}");
    let received = server.received_requests().await.unwrap_or_default();
    assert_eq!(received.len(), 1, "{received:?}");
    assert_eq!((received[0].method.as_str(), received[0].url.path()), ("GET", "/device-groups/999/"));
    server.verify().await;
}

#[tokio::test]
async fn a_400_carries_the_decoded_error_body() {
    let (server, client) = setup().await;
    let message = "The 'device_group' field has no data and doesn't allow a default or null value.";
    Mock::given(method("PUT"))
        .and(path("/devices/beam12345678/"))
        .respond_with(ResponseTemplate::new(400).set_body_json(json!({ "error": message })))
        .mount(&server)
        .await;
    let device: types::DevicePut = serde_json::from_value(json!({"name": "Lobby", "device_group": 6})).unwrap();
    let err = client.update_device("beam12345678", &device).await.unwrap_err();
    match err.error_body() {
        Some(beam_client::ErrorBody::ApiError(body)) => assert_eq!(body.error, message),
        other => panic!("expected the 400 error body, got {other:?}"),
    }
}

#[tokio::test]
async fn a_create_returns_the_location_header() {
    let (server, client) = setup().await;
    let location = "https://suitabletech.com/admin-api/1/device-groups/123/";
    Mock::given(method("POST"))
        .and(path("/device-groups/"))
        .and(body_json(json!({"name": "Sales Group", "notify_last_pilot": true, "devices": ["beam1234567"]})))
        .respond_with(ResponseTemplate::new(201).insert_header("location", location))
        .mount(&server)
        .await;
    let group: types::DeviceGroupWrite =
        serde_json::from_value(json!({"name": "Sales Group", "notify_last_pilot": true, "devices": ["beam1234567"]}))
            .unwrap();
    let response = client.create_device_group(&group).send_with_response().await.unwrap();
    assert_eq!(response.status.as_u16(), 201);
    assert_eq!(response.header("location"), Some(location));
}

#[tokio::test]
async fn an_inlined_reference_decodes_either_way() {
    let (server, client) = setup().await;
    let device = |group: serde_json::Value| json!({"id": "beam1", "name": "Beam 1", "device_group": group, "state": null, "last_call": null});
    Mock::given(method("GET"))
        .and(path("/devices/beam1/"))
        .and(query_param("inline", "device_group"))
        .respond_with(ResponseTemplate::new(200).set_body_json(device(json!({"id": 4, "name": "Lobby"}))))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/devices/beam1/"))
        .respond_with(ResponseTemplate::new(200).set_body_json(device(json!(4))))
        .mount(&server)
        .await;
    let inlined = client.get_device("beam1").inline("device_group").await.unwrap();
    assert!(matches!(inlined.group, types::DeviceGroupValue::DeviceGroup(ref g) if g.name == "Lobby"));
    let plain = client.get_device("beam1").await.unwrap();
    assert!(matches!(plain.group, types::DeviceGroupValue::Integer(4)));
}

/// The documented response bodies of the seed (JSON repaired, nothing else changed), which send
/// group IDs as strings (`"id": "10"`, `"device_group": "4"`) in 11 places of 7 responses.
fn documented(operation: &str) -> serde_json::Value {
    let all: serde_json::Value =
        serde_json::from_str(include_str!("data/beam-seed-string-ids.json")).expect("the fixture is JSON");
    all[operation].clone()
}

async fn serve(server: &MockServer, route: &str, body: serde_json::Value) {
    Mock::given(method("GET"))
        .and(path(route))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .expect(1)
        .mount(server)
        .await;
}

fn group_id(group: &types::DeviceGroupValue) -> Option<i64> {
    match group {
        types::DeviceGroupValue::Integer(id) => Some(*id),
        _ => None,
    }
}

#[tokio::test]
async fn documented_devices_with_string_group_ids_decode() {
    let (server, client) = setup().await;
    let list = documented("list_devices");
    assert_eq!(list["objects"][0]["device_group"], json!("4"), "the fixture keeps the documented strings");
    serve(&server, "/devices/", list).await;
    serve(&server, "/devices/beam1234567/", documented("get_device")).await;
    let page = client.list_devices().await.unwrap();
    let groups: Vec<Option<i64>> = page.objects.iter().map(|d| group_id(&d.group)).collect();
    assert_eq!(groups, [Some(4), Some(5), Some(6)]);
    let device = client.get_device("beam1234567").await.unwrap();
    assert_eq!(group_id(&device.group), Some(4));
}

#[tokio::test]
async fn documented_groups_with_string_ids_decode() {
    let (server, client) = setup().await;
    serve(&server, "/device-groups/", documented("list_device_groups")).await;
    serve(&server, "/device-groups/10/", documented("get_device_group")).await;
    serve(&server, "/user-groups/", documented("list_user_groups")).await;
    serve(&server, "/user-groups/1/", documented("get_user_group")).await;
    let device_groups = client.list_device_groups().await.unwrap();
    assert_eq!(device_groups.objects.iter().map(|g| g.id).collect::<Vec<_>>(), [10, 11, 12]);
    assert_eq!(client.get_device_group(10).await.unwrap().id, 10);
    let user_groups = client.list_user_groups().await.unwrap();
    assert_eq!(user_groups.objects.iter().map(|g| g.id).collect::<Vec<_>>(), [1]);
    assert_eq!(client.get_user_group(1).await.unwrap().id, 1);
}

#[tokio::test]
async fn documented_memberships_with_an_inlined_string_id_decode() {
    let (server, client) = setup().await;
    let body = documented("list_device_group_memberships");
    assert_eq!(body["objects"][0]["user_group"]["id"], json!("1"));
    serve(&server, "/device-group-memberships/", body).await;
    let page = client.list_device_group_memberships().inline("user,user_group").await.unwrap();
    let first = &page.objects[0];
    assert!(
        matches!(first.user_group, Some(types::DeviceGroupMembershipUserGroup::UserGroup(ref g)) if g.id == 1),
        "{:?}",
        first.user_group
    );
}

#[tokio::test]
async fn lenient_ids_still_reject_what_is_no_integer() {
    let (server, client) = setup().await;
    serve(&server, "/device-groups/10/", json!({"id": "ten", "name": "Lobby"})).await;
    let err = client.get_device_group(10).await.unwrap_err();
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
}

#[tokio::test]
async fn memberships_filter_by_user_and_user_group() {
    let (server, client) = setup().await;
    Mock::given(method("GET"))
        .and(path("/device-group-memberships/"))
        .and(query_param("user", "sam@example.org"))
        .and(query_param("user_group", "123"))
        .and(query_param("device_group", "14"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "meta": {"limit": 20, "offset": 0, "next": null, "previous": null, "total_count": 0},
            "objects": [],
        })))
        .expect(1)
        .mount(&server)
        .await;
    let page =
        client.list_device_group_memberships().user("sam@example.org").user_group(123).device_group(14).await.unwrap();
    assert!(page.objects.is_empty());
}
