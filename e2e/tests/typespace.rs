//! The type space of a generated client on loopback (wiremock), with `e2e/specs/typespace.yaml`:
//! error bodies decoded by the operation's own status, a tagged union decoded by its tag,
//! optional parameters set on the call, sent structs built with `new` and setters.

use serde_json::json;
use typespace_client::{types, Client, Error, ErrorBody};
use wiremock::matchers::{body_json, header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn answering(verb: &str, at: &str, status: u16, body: serde_json::Value) -> (MockServer, Client) {
    let server = MockServer::start().await;
    Mock::given(method(verb))
        .and(path(at))
        .respond_with(ResponseTemplate::new(status).set_body_json(body))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder(server.uri()).retry(typespace_client::RetryPolicy::none()).build().unwrap();
    (server, client)
}

async fn get_pet_failing(status: u16, body: serde_json::Value) -> Error {
    let (_server, client) = answering("GET", "/pets/7", status, body).await;
    client.get_pet(7).await.unwrap_err()
}

#[tokio::test]
async fn each_documented_error_status_decodes_into_its_own_variant() {
    // `Problem` (all fields optional) would fit every one of these bodies: only the status decides.
    let err = get_pet_failing(404, json!({"missing": "pet 7"})).await;
    assert!(matches!(err.error_body(), Some(ErrorBody::NotFound(n)) if n.missing == "pet 7"), "{err:?}");
    let err = get_pet_failing(422, json!({"errors": ["id is negative"]})).await;
    assert!(matches!(err.error_body(), Some(ErrorBody::Invalid(i)) if i.errors == ["id is negative"]), "{err:?}");
    let err = get_pet_failing(503, json!({"title": "maintenance"})).await;
    assert!(
        matches!(err.error_body(), Some(ErrorBody::Problem(p)) if p.title.as_deref() == Some("maintenance")),
        "the 5XX range: {err:?}"
    );
    // Another operation's 400 is its own (interned) schema.
    let (_server, client) = answering("GET", "/pets", 400, json!({"code": 3, "message": "limit too large"})).await;
    let err = client.list_pets().await.unwrap_err();
    assert!(matches!(err.error_body(), Some(ErrorBody::Error400(e)) if e.code == 3), "{err:?}");
}

#[tokio::test]
async fn an_undocumented_status_keeps_the_raw_body() {
    let err = get_pet_failing(409, json!({"title": "conflict"})).await;
    let Error::Status(status) = &err else { panic!("expected a status error, got {err:?}") };
    assert_eq!(status.status.as_u16(), 409);
    assert!(status.decoded.is_none() && status.decode_failure.is_none(), "nothing is guessed: {status:?}");
    assert_eq!(status.body_text(), r#"{"title":"conflict"}"#);
}

#[tokio::test]
async fn a_malformed_documented_error_body_reports_its_field_path() {
    let err = get_pet_failing(422, json!({"errors": ["fine", 12]})).await;
    let Error::Status(status) = &err else { panic!("expected a status error, got {err:?}") };
    assert!(status.decoded.is_none());
    let failure = status.decode_failure.as_ref().expect("why it did not decode");
    assert_eq!(failure.path, "errors[1]");
    let shown = err.to_string();
    assert!(shown.contains("get_pet: HTTP 422") && shown.contains("at `errors[1]`"), "{shown}");
}

#[tokio::test]
async fn a_tagged_union_decodes_by_its_tag() {
    let (_server, client) = answering(
        "GET",
        "/pets",
        200,
        json!([
            {"pet_type": "cat", "name": "Tom", "lives": 9, "barks": true},
            {"pet_type": "dog", "name": "Rex", "barks": false}
        ]),
    )
    .await;
    let pets = client.list_pets().await.unwrap();
    // The cat also has `barks`, which an untagged (first-fit) decoding would have read as a dog.
    assert!(matches!(&pets[0], types::Pet::Cat(c) if c.name == "Tom" && c.lives == 9), "{pets:?}");
    assert!(matches!(&pets[1], types::Pet::Dog(d) if d.name == "Rex" && !d.barks), "{pets:?}");
}

#[tokio::test]
async fn a_wrong_tag_or_a_bad_variant_is_reported_precisely() {
    let (_server, client) =
        answering("GET", "/pets/7", 200, json!({"pet_type": "dog", "name": "Rex", "barks": "loud"})).await;
    let err = client.get_pet(7).await.unwrap_err();
    let Error::Decode(decode) = &err else { panic!("expected a decode error, got {err:?}") };
    assert!(
        decode.message.contains("as `pet_type: dog` at `barks`: invalid type: string \"loud\""),
        "{}",
        decode.message
    );

    let (_server, client) = answering("GET", "/pets/7", 200, json!({"name": "Rex", "barks": true})).await;
    let err = client.get_pet(7).await.unwrap_err();
    let Error::Decode(decode) = &err else { panic!("expected a decode error, got {err:?}") };
    assert!(decode.message.contains("missing the tag `pet_type`"), "{}", decode.message);

    let (_server, client) = answering("GET", "/pets/7", 200, json!({"pet_type": 4, "name": "Rex"})).await;
    let err = client.get_pet(7).await.unwrap_err();
    assert!(err.to_string().contains("the tag `pet_type` is 4, not a string"), "{err}");
}

#[tokio::test]
async fn an_unknown_tag_is_kept_as_data() {
    let bird = json!({"pet_type": "bird", "name": "Tweety", "wings": 2});
    let (_server, client) = answering("GET", "/pets/7", 200, bird.clone()).await;
    match client.get_pet(7).await.unwrap() {
        types::Pet::Unknown(value) => assert_eq!(value, bird),
        other => panic!("expected the unknown pet as data, got {other:?}"),
    }
}

#[tokio::test]
async fn a_variant_converts_into_its_union() {
    let dog: types::Dog = serde_json::from_value(json!({"pet_type": "dog", "name": "Rex", "barks": true})).unwrap();
    // `PartialEq` on structs and one-ofs comes with the `partial-eq` feature (for tests).
    assert_eq!(types::Pet::from(dog.clone()), types::Pet::Dog(dog));
}

#[tokio::test]
async fn optional_parameters_are_setters_and_the_last_value_wins() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/pets"))
        .and(query_param("limit", "5"))
        .and(query_param("kind", "cat"))
        .and(header("X-Request-Id", "req-2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([])))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::new(server.uri()).unwrap();
    let pets = client
        .list_pets()
        .limit(50)
        .x_request_id("req-1")
        .kind(&types::NewPetType::Cat)
        .limit(5)
        .x_request_id("req-2")
        .await
        .unwrap();
    assert!(pets.is_empty());
    let request = &server.received_requests().await.unwrap()[0];
    assert_eq!(request.url.query(), Some("kind=cat&limit=5"), "one value per parameter");
}

#[tokio::test]
async fn a_sent_struct_is_built_with_new_and_setters() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/pets"))
        .and(body_json(json!({"name": "Rex", "pet_type": "dog", "note": null})))
        .respond_with(
            ResponseTemplate::new(201).set_body_json(json!({"pet_type": "dog", "name": "Rex", "barks": true})),
        )
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/pets"))
        .and(body_json(json!({"name": "Tom", "pet_type": "cat"})))
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({"pet_type": "cat", "name": "Tom", "lives": 9})))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::new(server.uri()).unwrap();
    // `note: None` sends `null` (it clears the note); leaving it unset sends nothing.
    let rex = types::NewPet::new("Rex", types::NewPetType::Dog).note_null();
    assert!(matches!(client.create_pet(&rex).await.unwrap(), types::Pet::Dog(_)));
    let tom = types::NewPet::new("Tom", types::NewPetType::Cat);
    assert!(matches!(client.create_pet(&tom).await.unwrap(), types::Pet::Cat(_)));
}

#[tokio::test]
async fn a_create_with_an_idempotency_key_is_retried_with_the_same_key() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/pets"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/pets"))
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({"pet_type": "cat", "name": "Tom", "lives": 9})))
        .mount(&server)
        .await;
    let fast = typespace_client::RetryPolicy::with_max_retries(2)
        .delays(std::time::Duration::from_millis(1), std::time::Duration::from_millis(5));
    let client = Client::builder(server.uri()).retry(fast).build().unwrap();
    let tom = types::NewPet::new("Tom", types::NewPetType::Cat);
    assert!(matches!(client.create_pet(&tom).await.unwrap(), types::Pet::Cat(_)));
    client.create_pet(&tom).idempotency_key("tom-1").await.unwrap();
    let keys: Vec<String> = server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(|r| r.headers.get("idempotency-key").expect("every create carries a key").to_str().unwrap().to_owned())
        .collect();
    assert_eq!(keys.len(), 3, "the first create was retried after its 503: {keys:?}");
    assert_eq!(keys[0], keys[1], "the retry carries the same key");
    assert_eq!(keys[2], "tom-1", "a key given to the call replaces the fresh one");
}
