//! The mock kit (`mock` feature) from a user's side: small "service" functions written against
//! the Beam and TWS clients, as an application would write them, tested with the crates'
//! `mock::Server` only (no Prism, no hand-written server, no wiremock matchers): a 404 handled,
//! a listing over several pages, a create whose `Location` is read, a refused login; what the
//! server says about a request it did not expect or that breaks the spec; and the same service
//! code fed values and errors built by hand.

use beam_client::{ops, types, Client, StatusCode, TryStreamExt};
use serde_json::json;

// ---------------------------------------------------------------------------------------------
// Service code under test: what an application writes against the clients.
// ---------------------------------------------------------------------------------------------

/// The name of a device, `None` when there is no such device.
async fn device_name(client: &Client, id: &str) -> beam_client::Result<Option<String>> {
    match client.get_device(id).await {
        Ok(device) => Ok(Some(device.name)),
        Err(err) if err.is_not_found() => Ok(None),
        Err(err) => Err(err),
    }
}

/// The names of every device, fetched `page_size` at a time.
async fn all_device_names(client: &Client, page_size: i64) -> beam_client::Result<Vec<String>> {
    client.list_devices().limit(page_size).stream().map_ok(|device| device.name).try_collect().await
}

/// Creates a device group of `devices`; returns the URL of the new group (its `Location`).
async fn create_group(client: &Client, name: &str, devices: &[&str]) -> beam_client::Result<String> {
    let body = types::DeviceGroupWrite::new(name).devices(devices.iter().copied());
    let created = client.create_device_group(&body).send_with_response().await?;
    let location = created.headers.get("location").and_then(|v| v.to_str().ok()).unwrap_or_default();
    Ok(location.to_owned())
}

/// The organization's name, as the API describes itself.
async fn organization(client: &Client) -> beam_client::Result<String> {
    Ok(client.get_info().await?.organization)
}

/// What a lookup says to a person: the device's name, that it is gone, or why it failed.
fn describe(lookup: beam_client::Result<types::Device>) -> String {
    match lookup {
        Ok(device) => format!("device {}", device.name),
        Err(err) if err.is_not_found() => "no such device".to_owned(),
        Err(beam_client::Error::Decode(decode)) => format!("the server sent a {} we cannot read", decode.target),
        Err(err) => format!("failed: {}", err.status().map_or(0, |s| s.as_u16())),
    }
}

/// The lock of a key, as an administrator logged in with `username`/`password` sees it.
async fn lock_of_key(
    client: &tws_client::Client,
    username: &str,
    password: &str,
    key: i64,
) -> tws_client::Result<Option<i64>> {
    let session = client.with_session(&tws_client::types::SessionCreate::new(username, password));
    Ok(session.get_key(key).await?.data.and_then(|k| k.lock_id))
}

// ---------------------------------------------------------------------------------------------
// Values a test builds.
// ---------------------------------------------------------------------------------------------

fn device(id: &str, name: &str) -> types::Device {
    types::Device::new(id, name, 7i64).tags(["lobby"])
}

fn page(offset: i64, total: i64, names: &[&str]) -> types::DeviceList {
    let end = offset + names.len() as i64;
    let next = (end < total).then(|| format!("/admin-api/1/devices/?limit=2&offset={end}"));
    let devices = names.iter().map(|n| device(&format!("id-{n}"), n));
    types::DeviceList::new(types::ListMeta::new(2, offset, next, None, total), devices)
}

// ---------------------------------------------------------------------------------------------
// Beam: the service functions against the mock server.
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn a_missing_device_is_none_and_a_present_one_its_name() {
    let server = beam_client::mock::Server::start().await;
    server.expect(ops::GetDevice).path("beam1").returns(&device("beam1", "Lobby")).times(1);
    server.expect(ops::GetDevice).path("beam2").returns_status(404, &types::ApiError::new("No such object")).times(1);
    let client = server.client();
    assert_eq!(device_name(&client, "beam1").await.unwrap().as_deref(), Some("Lobby"));
    assert_eq!(device_name(&client, "beam2").await.unwrap(), None);
}

#[tokio::test]
async fn every_device_is_listed_across_pages() {
    let server = beam_client::mock::Server::start().await;
    let pages = [page(0, 5, &["a", "b"]), page(2, 5, &["c", "d"]), page(4, 5, &["e"])];
    for page in &pages {
        let offset = page.meta.offset;
        server.expect(ops::ListDevices).query("limit", 2).query("offset", offset).returns(page).times(1);
    }
    let names = all_device_names(&server.client(), 2).await.unwrap();
    assert_eq!(names, ["a", "b", "c", "d", "e"]);
}

#[tokio::test]
async fn a_created_group_is_where_its_location_says() {
    let server = beam_client::mock::Server::start().await;
    server
        .expect(ops::CreateDeviceGroup)
        .response_header("Location", "https://suitabletech.com/admin-api/1/device-groups/12/")
        .times(1);
    let location = create_group(&server.client(), "Sales", &["beam1", "beam2"]).await.unwrap();
    assert_eq!(location, "https://suitabletech.com/admin-api/1/device-groups/12/");
}

#[tokio::test]
async fn without_a_body_an_expectation_answers_the_documented_example() {
    let server = beam_client::mock::Server::start().await;
    server.expect(ops::GetInfo).times(1);
    assert_eq!(organization(&server.client()).await.unwrap(), "My Organization");
    // Explicitly, for an operation with an example…
    server.expect(ops::GetDevice).path("beam1234567").returns_example();
    assert_eq!(device_name(&server.client(), "beam1234567").await.unwrap().as_deref(), Some("Beam 1"));
}

#[tokio::test]
async fn the_client_needs_no_credentials_of_its_own() {
    let server = beam_client::mock::Server::start().await;
    server.expect(ops::GetInfo).any_times();
    // `get_info` requires the `api_key` scheme: the mock client has a dummy credential.
    organization(&server.client()).await.unwrap();
    assert_eq!(beam_client::mock::MOCK_CREDENTIAL, "mock-credential");
}

// ---------------------------------------------------------------------------------------------
// Beam: what the server says when a test goes wrong.
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn an_unexpected_request_is_answered_with_a_diagnostic_and_fails_the_test() {
    let server = beam_client::mock::Server::start().await;
    server.expect(ops::GetDevice).path("beam1").any_times();
    let err = server.client().get_device("beam9").await.unwrap_err();
    assert_eq!(err.status(), Some(StatusCode::INTERNAL_SERVER_ERROR));
    let beam_client::Error::Status(status) = &err else { panic!("{err:?}") };
    let body = status.body_text();
    assert!(body.contains("no expectation matches it"), "{body}");
    assert!(body.contains("/devices/beam9/ (GetDevice)"), "names the request and its operation: {body}");
    assert!(body.contains("GetDevice id=beam1"), "names the expectations there are: {body}");
    let problems = server.verify().unwrap_err();
    assert_eq!(problems.problems.len(), 1, "{problems}");
    assert!(problems.to_string().contains("unexpected request GET /devices/beam9/"), "{problems}");
}

#[tokio::test]
async fn an_expectation_called_too_rarely_or_too_often_is_named() {
    let server = beam_client::mock::Server::start().await;
    server.expect(ops::GetDevice).path("beam1").times(1).named("the lobby robot");
    server.expect(ops::GetInfo).times(1);
    let client = server.client();
    organization(&client).await.unwrap();
    organization(&client).await.unwrap();
    let text = server.verify().unwrap_err().to_string();
    assert!(text.contains("expectation `the lobby robot` wanted exactly 1 call(s), got 0"), "{text}");
    assert!(text.contains("expectation `GetInfo` wanted exactly 1 call(s), got 2"), "{text}");
}

#[tokio::test]
#[should_panic(expected = "expectation `GetDevice id=beam1` wanted at least 1 call, got 0")]
async fn dropping_the_server_verifies() {
    let server = beam_client::mock::Server::start().await;
    server.expect(ops::GetDevice).path("beam1");
}

#[tokio::test]
async fn a_request_the_spec_does_not_allow_is_reported() {
    let server = beam_client::mock::Server::start().await;
    server.expect(ops::CreateDeviceGroup).any_times();
    // Not through the typed client, which cannot send this: a body without the required `name`
    // and a query parameter the operation does not have.
    let http = beam_client::reqwest::Client::new();
    let response = http
        .post(format!("{}/device-groups/?dry_run=1", server.uri()))
        .header("content-type", "application/json")
        .body(r#"{"devices": ["beam1"]}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), beam_client::mock::DIAGNOSTIC_STATUS);
    let body = response.text().await.unwrap();
    assert!(body.contains("does not conform to the spec"), "{body}");
    assert!(body.contains("query parameter `dry_run` is not in the spec"), "{body}");
    assert!(body.contains("the body is not a DeviceGroupWrite"), "{body}");
    assert!(body.contains("missing field `name`"), "{body}");
    let problems = server.verify().unwrap_err();
    assert!(problems.to_string().contains("POST /device-groups/ (CreateDeviceGroup)"), "{problems}");
}

#[tokio::test]
async fn a_path_no_operation_has_is_reported() {
    let server = beam_client::mock::Server::start().await;
    let response = beam_client::reqwest::get(format!("{}/robots/", server.uri())).await.unwrap();
    assert_eq!(response.status().as_u16(), 500);
    let body = response.text().await.unwrap();
    assert!(body.contains("GET /robots/: no operation of the API has this method and path"), "{body}");
    assert!(body.contains("no expectations are set"), "{body}");
    assert_eq!(server.problems().len(), 1);
    assert!(server.verify().is_err());
}

// ---------------------------------------------------------------------------------------------
// TWS: a session login, refused and accepted.
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn a_refused_login_fails_the_call_with_a_login_error_and_sends_nothing_else() {
    let server = tws_client::mock::Server::start().await;
    server
        .expect(tws_client::ops::CreateSession)
        .returns_status(401, &json!({"error": "invalid credentials"}))
        .times(1);
    server.expect(tws_client::ops::GetKey).times(0);
    let err = lock_of_key(&server.client(), "admin@example.com", "wrong", 1).await.unwrap_err();
    let tws_client::Error::Login(login) = &err else { panic!("not a login error: {err:?}") };
    assert_eq!(login.status, Some(StatusCode::UNAUTHORIZED));
    assert!(err.to_string().contains("invalid credentials"), "{err}");
}

#[tokio::test]
async fn a_logged_in_call_gets_its_answer() {
    let server = tws_client::mock::Server::start().await;
    let token = tws_client::types::SessionToken::new("token-1").tws_token_expires_at("2999-01-01 00:00:00");
    let session =
        tws_client::types::Session::new(token).tws_memberships([tws_client::types::Membership::new("membership-a")]);
    server.expect(tws_client::ops::CreateSession).returns(&session).times(1);
    let key = tws_client::types::KeyEnvelope::default().data(tws_client::types::Key::new(1).lock_id(143_415));
    server.expect(tws_client::ops::GetKey).path(1).returns(&key).times(2);
    let client = server.client();
    // `lock_of_key` makes a session client per call: each logs in once.
    server.expect(tws_client::ops::CreateSession).returns(&session).times(1);
    assert_eq!(lock_of_key(&client, "admin@example.com", "hunter2", 1).await.unwrap(), Some(143_415));
    assert_eq!(lock_of_key(&client, "admin@example.com", "hunter2", 1).await.unwrap(), Some(143_415));
}

// ---------------------------------------------------------------------------------------------
// The same service code with values and errors built by hand (no server at all).
// ---------------------------------------------------------------------------------------------

#[test]
fn service_code_reads_hand_built_values_and_errors_like_real_ones() {
    assert_eq!(describe(Ok(device("d1", "Lobby"))), "device Lobby");

    let not_found = beam_client::StatusError::new("get_device", StatusCode::NOT_FOUND, r#"{"error": "gone"}"#)
        .with_decoded(beam_client::ErrorBody::ApiError(types::ApiError::new("gone")));
    assert_eq!(describe(Err(beam_client::Error::Status(Box::new(not_found)))), "no such device");

    let decode = beam_client::DecodeError::new("get_device", "Device", StatusCode::OK, "name", "missing field", "{}");
    assert_eq!(describe(Err(beam_client::Error::Decode(Box::new(decode)))), "the server sent a Device we cannot read");

    let busy = beam_client::StatusError::new("get_device", StatusCode::SERVICE_UNAVAILABLE, "busy").with_attempts(3);
    assert_eq!(describe(Err(beam_client::Error::Status(Box::new(busy)))), "failed: 503");

    // A page as `pages()` yields it, for code that reads totals.
    let list = page(0, 5, &["a", "b"]);
    let page: beam_client::Page<types::Device, types::DeviceList> =
        beam_client::Page::new(list.objects.clone(), list).with_total(5);
    assert_eq!(
        (page.items.len(), page.total, page.body.meta.next.as_deref()),
        (2, Some(5), Some("/admin-api/1/devices/?limit=2&offset=2"))
    );

    // A refused login, as `lock_of_key` would return it.
    let login = tws_client::LoginError::new("create_session", Some(StatusCode::UNAUTHORIZED), "denied", "refused");
    let err = tws_client::Error::Login(Box::new(login));
    assert!(matches!(&err, tws_client::Error::Login(l) if l.status == Some(StatusCode::UNAUTHORIZED)));
}
