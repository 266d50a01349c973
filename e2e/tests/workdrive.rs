//! The generated WorkDrive client against a real HTTP server on loopback (wiremock): the
//! `X-API-KEY` header, `cur_page`/`per_page` paging that follows `meta`, the time-cursor lists,
//! PATCH bodies with only what is set, DELETE with a body, and the documented errors.

use serde_json::json;
use wiremock::matchers::{body_json, header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};
use workdrive_client::{types, Client, Error, TryStreamExt};

const KEY: &str = "wd_live_6c1f0b7e9a";

async fn setup() -> (MockServer, Client) {
    let server = MockServer::start().await;
    let client = Client::builder(server.uri()).api_key(KEY).build().unwrap();
    (server, client)
}

fn user(n: u32) -> serde_json::Value {
    json!({"id": format!("u-{n}"), "email": format!("user{n}@example.com"), "firstName": format!("User {n}"), "picture": {}})
}

fn meta(cur: u32, next: serde_json::Value, total: u32) -> serde_json::Value {
    json!({"perPage": 2, "totalPages": total.div_ceil(2), "totalResults": total, "curPage": cur, "nextPage": next})
}

#[tokio::test]
async fn sends_the_api_key_header() {
    let (server, client) = setup().await;
    Mock::given(method("GET"))
        .and(path("/api/module-codes"))
        .and(header("x-api-key", KEY))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([])))
        .expect(1)
        .mount(&server)
        .await;
    client.list_module_codes().await.unwrap();
    assert!(!format!("{client:?}").contains(KEY), "the key must not show in Debug output");
}

#[tokio::test]
async fn pages_users_with_cur_page_and_per_page_following_meta() {
    let (server, client) = setup().await;
    let pages = [
        ("1", json!([user(1), user(2)]), meta(1, json!(2), 5)),
        ("2", json!([user(3), user(4)]), meta(2, json!(3), 5)),
        ("3", json!([user(5)]), meta(3, json!(null), 5)),
    ];
    for (page, users, meta) in pages {
        Mock::given(method("GET"))
            .and(path("/api/users"))
            .and(query_param("cur_page", page))
            .and(query_param("per_page", "2"))
            .and(query_param("department", "d-7"))
            .and(header("x-api-key", KEY))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({"users": users, "meta": meta})))
            .expect(1)
            .mount(&server)
            .await;
    }
    let users: Vec<types::User> =
        client.list_users().per_page(2).department("d-7").stream().try_collect().await.unwrap();
    let ids: Vec<_> = users.iter().filter_map(|u| u.id.as_deref()).collect();
    assert_eq!(ids, ["u-1", "u-2", "u-3", "u-4", "u-5"]);
}

#[tokio::test]
async fn a_next_page_of_zero_ends_the_list() {
    let (server, client) = setup().await;
    // Full pages whose `nextPage` is 0 on the last one (as in every example of the seed), and a
    // total that would allow more: the marker decides.
    Mock::given(method("GET"))
        .and(path("/api/departments"))
        .and(query_param("cur_page", "1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "departments": [{"id": "d1", "name": "Ops"}, {"id": "d2", "name": "Sales"}],
            "meta": meta(1, json!(0), 10)
        })))
        .expect(1)
        .mount(&server)
        .await;
    let all: Vec<_> = client.list_departments().stream().try_collect().await.unwrap();
    assert_eq!(all.len(), 2);
}

#[tokio::test]
async fn posts_page_by_time_and_the_first_page_decodes() {
    let (server, client) = setup().await;
    Mock::given(method("GET"))
        .and(path("/api/posts"))
        .and(query_param("time", "2022-10-23T20:32:28.637Z"))
        .and(query_param("per_page", "5"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"posts": [], "meta": meta(1, json!(null), 0)})))
        .expect(1)
        .mount(&server)
        .await;
    let page = client.list_posts("2022-10-23T20:32:28.637Z").per_page(5).await.unwrap();
    assert!(page.posts.unwrap_or_default().is_empty());
}

#[tokio::test]
async fn updating_a_user_sends_only_what_is_set() {
    let (server, client) = setup().await;
    Mock::given(method("PATCH"))
        .and(path("/api/users/u%2F1"))
        .and(body_json(json!({"status": "ARCHIVE"})))
        .respond_with(ResponseTemplate::new(200).set_body_json(user(1)))
        .expect(1)
        .mount(&server)
        .await;
    let body = types::UserUpdate::default().status(types::UserUpdateStatus::Archive);
    let updated = client.update_user("u/1", &body).await.unwrap();
    assert_eq!(updated.email.as_deref(), Some("user1@example.com"));
}

#[tokio::test]
async fn bulk_delete_sends_its_body_with_the_delete() {
    let (server, client) = setup().await;
    Mock::given(method("DELETE"))
        .and(path("/api/users/bulk-delete"))
        .and(body_json(json!({"id": ["u-1", "u-2"]})))
        .respond_with(ResponseTemplate::new(200))
        .expect(1)
        .mount(&server)
        .await;
    client.bulk_delete_users(&types::UserBulkDelete::default().id(["u-1".to_owned(), "u-2".to_owned()])).await.unwrap();
}

#[tokio::test]
async fn a_wrong_key_is_a_401_with_the_body_snippet() {
    const WRONG: &str = "wd_live_0000000000";
    let server = MockServer::start().await;
    let client = Client::builder(server.uri()).api_key(WRONG).build().unwrap();
    Mock::given(method("GET"))
        .and(path("/api/module-codes"))
        .and(header("x-api-key", WRONG))
        .respond_with(ResponseTemplate::new(401).set_body_string("API key is wrong"))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(500))
        .with_priority(10)
        .mount(&server)
        .await;
    let err = client.list_module_codes().await.unwrap_err();
    let received = server.received_requests().await.unwrap_or_default();
    assert_eq!(received.len(), 1, "a 401 is not retried: {received:?}");
    let sent = received[0].headers.get("x-api-key").and_then(|v| v.to_str().ok());
    assert_eq!(sent, Some(WRONG), "the server saw the wrong key");
    server.verify().await;
    let Error::Status(status) = &err else { panic!("expected a status error, got {err}") };
    assert_eq!(status.status, 401);
    let text = err.to_string();
    assert!(text.contains("401") && text.contains("API key is wrong"), "{text}");
}

#[tokio::test]
async fn a_body_that_does_not_match_names_the_operation() {
    let (server, client) = setup().await;
    Mock::given(method("GET"))
        .and(path("/api/users"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"users": [{"id": 5}], "meta": {}})))
        .mount(&server)
        .await;
    let err = client.list_users().await.unwrap_err();
    let Error::Decode(decode) = &err else { panic!("expected a decode error, got {err}") };
    assert_eq!(decode.operation, "list_users");
    assert_eq!(decode.path, "users[0].id");
}

#[tokio::test]
async fn date_times_and_uuids_travel_as_written_and_convert_on_request() {
    use workdrive_client::formats::{DateTime, Uuid};
    let (server, client) = setup().await;
    // What the server sends back is not how a formatter would write it: kept exactly.
    let created = json!({
        "id": "e-1",
        "startDateTime": "2024-05-01T09:00:00.000Z",
        "endDateTime": "tomorrow",
        "createdAt": "2024-04-30T18:15:00+02:00"
    });
    Mock::given(method("POST"))
        .and(path("/api/events/meeting"))
        .and(body_json(json!({
            "title": "Standup",
            "startDateTime": "2024-05-01T09:00:00Z",
            "userIds": ["6f1c3e0a-0000-4000-8000-00000000abcd", "6F1C3E0A-0000-4000-8000-0000000000EF"]
        })))
        .respond_with(ResponseTemplate::new(201).set_body_json(created))
        .expect(1)
        .mount(&server)
        .await;
    let start = DateTime::from("2024-05-01T09:00:00Z").to_offset_date_time().unwrap();
    let first = Uuid::from("6f1c3e0a-0000-4000-8000-00000000abcd").to_uuid().unwrap();
    let body = types::EventWrite::default()
        .title("Standup")
        .start_date_time(start)
        .user_ids(vec![Uuid::from(first), Uuid::from("6F1C3E0A-0000-4000-8000-0000000000EF")]);
    let event = client.create_event(&body).await.unwrap();

    let start_back = event.start_date_time.as_ref().unwrap();
    assert_eq!(start_back.as_str(), "2024-05-01T09:00:00.000Z");
    assert_eq!(start_back.to_offset_date_time().unwrap(), start);
    let created_at = event.created_at.as_ref().unwrap().to_offset_date_time().unwrap();
    // 18:15 at +02:00 the evening before is 16 h 45 min before the start.
    assert_eq!(created_at.unix_timestamp(), start.unix_timestamp() - (16 * 3600 + 45 * 60));
    // A value that is no date-time decodes (the field is the string) and fails only when converted.
    let end = event.end_date_time.as_ref().unwrap();
    assert_eq!(end, "tomorrow");
    let err = end.to_offset_date_time().unwrap_err();
    assert!(err.to_string().starts_with("`tomorrow` is not a valid date-time"), "{err}");
}
