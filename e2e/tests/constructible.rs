//! What code written against a generated client builds by hand: a response (a test's fake, a
//! cache), an error response, a page. Every struct has `new(required…)` and setters, received
//! ones too; the runtime's types a caller names are re-exported by the crate and built with
//! public constructors. These would not compile without them.

use beam_client::{
    types, BuildError, CallFuture, DecodeError, DecodeFailure, Error, ErrorBody, HeaderMap, LoginError, Page,
    PageStream, ResponseFuture, StatusCode, StatusError, UnknownValue,
};

/// A device as a fake server would answer it.
fn device() -> types::Device {
    types::Device::new("d1", "Lobby", 7i64)
        .tags(["lobby", "east"])
        .time_zone("Europe/Paris")
        .state(types::DeviceState::default().batt_percent(80).batt_charging(true))
}

#[test]
fn a_received_struct_is_built_with_new_and_setters() {
    let device = device();
    assert_eq!((device.id.as_str(), device.name.as_str()), ("d1", "Lobby"));
    assert!(matches!(device.group, types::DeviceGroupValue::Integer(7)));
    assert_eq!(device.tags, Some(vec!["lobby".to_owned(), "east".to_owned()]));
    assert_eq!(device.state.as_ref().and_then(|s| s.batt_percent), Some(80));
    assert!(device.location.is_none(), "a setter not called leaves its field unset");

    let list = types::DeviceList::new(types::ListMeta::new(20, 0, None, None, 1), [device.clone()]);
    assert_eq!((list.meta.total_count, list.meta.next.as_deref(), list.objects.len()), (1, None, 1));
    let user = types::User::new("joe@example.com").first_name("Joe").is_admin(false);
    assert_eq!((user.email_address.as_str(), user.first_name.as_deref()), ("joe@example.com", Some("Joe")));
    // A string newtype converts from `&str` as from `String`.
    let stamp: types::LocalDateTime = "2014-07-09T18:07:50".into();
    assert_eq!(stamp.to_string(), "2014-07-09T18:07:50");
}

/// A fake of `client.get_device(id).await`: what a test hands the code under test.
fn fake_get_device(id: &str) -> beam_client::Result<types::Device> {
    if id == "d1" {
        return Ok(device());
    }
    let body = br#"{"error": "no such device"}"#.to_vec();
    let status = StatusError::new("get_device", StatusCode::NOT_FOUND, body)
        .with_decoded(ErrorBody::ApiError(types::ApiError::new("no such device")));
    Err(Error::Status(Box::new(status)))
}

#[test]
fn an_error_response_is_built_by_hand_and_read_like_a_real_one() {
    assert_eq!(fake_get_device("d1").unwrap().name, "Lobby");
    let err = fake_get_device("d2").unwrap_err();
    assert_eq!(err.status(), Some(StatusCode::NOT_FOUND));
    let Some(ErrorBody::ApiError(body)) = err.error_body() else { panic!("no decoded body: {err:?}") };
    assert_eq!(body.error, "no such device");
    assert_eq!(err.to_string(), r#"get_device: HTTP 404 Not Found: {"error": "no such device"}"#);

    let decode = DecodeError::new("get_device", "Device", StatusCode::OK, "name", "missing field `name`", "{}");
    let err: Error = Error::Decode(Box::new(decode));
    assert_eq!(err.body(), Some(&b"{}"[..]));
    let failure = DecodeFailure { path: ".".into(), message: "not JSON".into() };
    let status = StatusError::new("get_device", StatusCode::BAD_GATEWAY, "<html>").with_decode_failure(failure);
    assert!(status.decoded.is_none() && status.headers == HeaderMap::new());
    let login = LoginError::new("login", Some(StatusCode::UNAUTHORIZED), "denied", "refused");
    assert!(matches!(Error::Login(Box::new(login)), Error::Login(l) if l.login == "login"));
}

#[test]
fn a_page_is_built_by_hand() {
    let list =
        types::DeviceList::new(types::ListMeta::new(1, 0, Some("/devices/?offset=1".to_owned()), None, 2), [device()]);
    let page: Page<types::Device, types::DeviceList> = Page::new(list.objects.clone(), list).with_total(2);
    assert_eq!((page.items.len(), page.total, page.index), (1, Some(2), 0));
    assert_eq!(page.body.meta.next.as_deref(), Some("/devices/?offset=1"));
}

/// The crate names every runtime type a caller's signatures need.
#[allow(dead_code)]
struct Names {
    call: Option<CallFuture<types::Device>>,
    response: Option<ResponseFuture<types::Device>>,
    pages: Option<PageStream<types::User, types::UserList>>,
    build: Option<BuildError>,
    unknown: Option<UnknownValue>,
    json: Option<beam_client::serde_json::Value>,
}
