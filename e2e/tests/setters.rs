//! Setters take what callers have, on the wire (wiremock): a nullable string from `"x"`, `null`
//! only through `{field}_null()`, an unset field left out, a list from an array or a
//! `Vec<&str>`; and the timeouts are named for what they bound.

use std::time::Duration;

use beam_client::{types, Client, Error, RetryPolicy};
use serde_json::json;
use wiremock::matchers::{body_json, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn setup() -> (MockServer, Client) {
    let server = MockServer::start().await;
    let client = Client::builder(server.uri()).api_key("key").build().unwrap();
    (server, client)
}

#[tokio::test]
async fn a_nullable_field_sends_a_value_null_or_nothing_as_its_setters_say() {
    let (server, client) = setup().await;
    for body in [
        json!({"device_group": 3, "user": "ann@example.com"}),
        json!({"device_group": 3, "user_group": null}),
        json!({"device_group": 3}),
    ] {
        Mock::given(method("POST"))
            .and(path("/device-group-memberships/"))
            .and(body_json(&body))
            .respond_with(ResponseTemplate::new(201))
            .expect(1)
            .named(body.to_string())
            .mount(&server)
            .await;
    }
    // `"x"` for a nullable string; `null` only by name; an unset field is absent, not `null`.
    client.create_device_group_membership(&types::MembershipWrite::new(3).user("ann@example.com")).await.unwrap();
    client.create_device_group_membership(&types::MembershipWrite::new(3).user_group_null()).await.unwrap();
    client.create_device_group_membership(&types::MembershipWrite::new(3)).await.unwrap();
}

#[tokio::test]
async fn list_setters_take_arrays_and_vecs_of_str() {
    let (server, client) = setup().await;
    Mock::given(method("PATCH"))
        .and(path("/devices/d1/"))
        .and(body_json(json!({"tags": ["a", "b"], "add_tags": ["c"], "remove_tags": ["d"]})))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    let owned = String::from("d");
    let patch = types::DevicePatch::default().tags(["a", "b"]).add_tags(vec!["c"]).remove_tags([&owned]);
    client.patch_device("d1", &patch).await.unwrap();
}

#[tokio::test]
async fn the_attempt_timeout_bounds_an_attempt_and_the_deadline_the_call() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(503).set_delay(Duration::from_millis(60)))
        .mount(&server)
        .await;
    let retries = RetryPolicy::with_max_retries(20).delays(Duration::from_millis(1), Duration::from_millis(2));
    // Each attempt is allowed 5 s; the builder's deadline ends the whole call after 300 ms.
    let client = Client::builder(server.uri())
        .api_key("key")
        .retry(retries)
        .attempt_timeout(Duration::from_secs(5))
        .deadline(Duration::from_millis(300))
        .build()
        .unwrap();
    let started = std::time::Instant::now();
    let err = client.get_info().await.unwrap_err();
    assert!(matches!(err, Error::Deadline { deadline, .. } if deadline == Duration::from_millis(300)), "{err:?}");
    assert!(started.elapsed() < Duration::from_secs(2), "took {:?}", started.elapsed());
    // Per call: a short attempt timeout without retries is a timeout, not a deadline.
    let err = client.get_info().retry(RetryPolicy::none()).attempt_timeout(Duration::from_millis(20)).await;
    assert!(matches!(err, Err(Error::Timeout { timeout, .. }) if timeout == Duration::from_millis(20)), "{err:?}");
    // And a call's own deadline wins over the builder's.
    let err = client.get_info().deadline(Duration::from_millis(100)).await.unwrap_err();
    assert!(matches!(err, Error::Deadline { deadline, .. } if deadline == Duration::from_millis(100)), "{err:?}");
}
