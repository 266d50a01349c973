//! The client generated in build.rs, against a server on loopback.

use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn the_generated_client_calls_the_server() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/users"))
        .and(query_param("limit", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!([
            {"email": "ada@example.com", "name": "Ada"},
            {"email": "bob@example.com"}
        ])))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/users/nobody@example.com"))
        .respond_with(ResponseTemplate::new(404))
        .mount(&server)
        .await;
    let client = build_rs_client::Client::builder(server.uri()).build().unwrap();
    let names = build_rs_client::first_user_names(&client, 2).await.unwrap();
    assert_eq!(names, ["Ada", "bob@example.com"]);
    let err = client.get_user("nobody@example.com").send().await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404), "{err}");
}
