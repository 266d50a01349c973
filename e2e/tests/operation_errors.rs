//! Each operation's documented error statuses as its own enum (`beam_client::errors`), reached
//! from a call's error with `operation_error()`, and the status helpers of every error, against
//! a real HTTP server on loopback (wiremock).

use beam_client::errors::{GetDeviceError, UpdateDeviceError};
use beam_client::{types, Client};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn answering(verb: &str, at: &str, response: ResponseTemplate) -> (MockServer, Client) {
    let server = MockServer::start().await;
    Mock::given(method(verb)).and(path(at)).respond_with(response).mount(&server).await;
    let client = Client::builder(server.uri()).api_key("key").build().unwrap();
    (server, client)
}

#[tokio::test]
async fn a_documented_404_is_the_operations_not_found() {
    let (_server, client) = answering("GET", "/devices/7/", ResponseTemplate::new(404)).await;
    let e = client.get_device("7").await.unwrap_err();
    assert!(matches!(e.operation_error(), Some(GetDeviceError::NotFound)), "{e:?}");
    assert!(e.is_not_found() && !e.is_conflict() && !e.is_unauthorized() && !e.is_server_error());
    // Another operation's enum does not claim it.
    assert!(e.operation_error::<UpdateDeviceError>().is_none());
}

#[tokio::test]
async fn a_documented_body_is_decoded_into_the_variant() {
    let body = json!({"error": "device_group: unknown group"});
    let (_server, client) = answering("PUT", "/devices/7/", ResponseTemplate::new(400).set_body_json(body)).await;
    let e = client.update_device("7", &types::DevicePut::new("Lobby", 3)).await.unwrap_err();
    match e.operation_error() {
        Some(UpdateDeviceError::BadRequest(body)) => assert_eq!(body.error, "device_group: unknown group"),
        other => panic!("expected BadRequest, got {other:?} from {e:?}"),
    }
    // The crate-wide path still works.
    assert!(matches!(e.error_body(), Some(beam_client::ErrorBody::ApiError(b)) if b.error.starts_with("device_group")));
}

#[tokio::test]
async fn an_undocumented_status_keeps_its_raw_body() {
    let (_server, client) =
        answering("GET", "/devices/7/", ResponseTemplate::new(418).set_body_string("short and stout")).await;
    let e = client.get_device("7").await.unwrap_err();
    assert!(e.operation_error::<GetDeviceError>().is_none(), "{e:?}");
    assert_eq!(e.status().map(|s| s.as_u16()), Some(418));
    assert_eq!(e.body(), Some(&b"short and stout"[..]));
    assert!(!e.is_not_found() && !e.is_server_error());
}

#[tokio::test]
async fn a_documented_body_that_does_not_match_is_no_variant() {
    let (_server, client) =
        answering("PUT", "/devices/7/", ResponseTemplate::new(400).set_body_json(json!({"error": 5}))).await;
    let e = client.update_device("7", &types::DevicePut::new("Lobby", 3)).await.unwrap_err();
    assert!(e.operation_error::<UpdateDeviceError>().is_none(), "{e:?}");
    assert_eq!(e.status().map(|s| s.as_u16()), Some(400));
}

#[tokio::test]
async fn status_helpers_name_the_status() {
    let never = beam_client::RetryPolicy::with_max_retries(0);
    for (status, check) in [
        (401, beam_client::Error::is_unauthorized as fn(&beam_client::Error) -> bool),
        (403, beam_client::Error::is_forbidden),
        (409, beam_client::Error::is_conflict),
        (429, beam_client::Error::is_rate_limited),
        (503, beam_client::Error::is_server_error),
    ] {
        let (_server, client) = answering("GET", "/devices/7/", ResponseTemplate::new(status)).await;
        let e = client.get_device("7").retry(never.clone()).await.unwrap_err();
        assert!(check(&e), "{status}: {e:?}");
        assert!(!e.is_not_found(), "{status}: {e:?}");
    }
}
