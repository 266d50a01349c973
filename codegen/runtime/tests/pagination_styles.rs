//! Page streams in every style the spec can declare (`x-pagination` kinds `cursor`, `next-url`,
//! `link-header`) against wiremock on loopback: each follows its own end condition, a repeated
//! page ends the stream, and a next page elsewhere is an error, not a request.

use codegen_runtime::{
    ClientBuilder, ClientCore, Error, Method, PageKind, Pagination, RequestSpec, RetryPolicy, TryStreamExt,
};
use serde::Deserialize;
use serde_json::json;
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[derive(Debug, Deserialize, PartialEq)]
struct Item {
    id: i64,
}

static CURSOR: Pagination = Pagination {
    kind: PageKind::Cursor { param: "cursor" },
    size_param: Some("limit"),
    items: "/members",
    next: Some("/response_metadata/next_cursor"),
    total: None,
};

static NEXT_URL: Pagination =
    Pagination { kind: PageKind::NextUrl, size_param: None, items: "/results", next: Some("/next"), total: None };

static LINK: Pagination =
    Pagination { kind: PageKind::LinkHeader, size_param: None, items: "", next: None, total: None };

fn core(server: &MockServer, prefix: &str) -> ClientCore {
    ClientBuilder::new(format!("{}{prefix}", server.uri()), "test").retry(RetryPolicy::none()).build().unwrap()
}

async fn ids(core: &ClientCore, spec: RequestSpec, pages: &'static Pagination) -> Result<Vec<i64>, Error> {
    let items: Vec<Item> = core.paginate(spec, pages).try_collect().await?;
    Ok(items.into_iter().map(|i| i.id).collect())
}

#[tokio::test]
async fn cursor_tokens_go_back_in_their_parameter_until_there_is_none() {
    let server = MockServer::start().await;
    let page = |ids: &[i64], next: serde_json::Value| {
        let members: Vec<_> = ids.iter().map(|id| json!({"id": id})).collect();
        json!({"members": members, "response_metadata": {"next_cursor": next}})
    };
    Mock::given(method("GET"))
        .and(path("/users.list"))
        .and(query_param_is_missing("cursor"))
        .and(query_param("limit", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(page(&[1, 2], json!("dXNlcjoz"))))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/users.list"))
        .and(query_param("cursor", "dXNlcjoz"))
        .and(query_param("limit", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(page(&[3], json!(""))))
        .expect(1)
        .mount(&server)
        .await;
    let mut spec = RequestSpec::new("users_list", Method::GET, "/users.list", &[]);
    spec.query.push("limit", &2);
    assert_eq!(ids(&core(&server, ""), spec, &CURSOR).await.unwrap(), [1, 2, 3], "an empty cursor is the end");
}

#[tokio::test]
async fn a_cursor_that_repeats_its_page_ends_the_stream() {
    let server = MockServer::start().await;
    // A server that answers every cursor with the same page and the same cursor.
    Mock::given(method("GET"))
        .and(path("/users.list"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"members": [{"id": 1}], "response_metadata": {"next_cursor": "again"}})),
        )
        .expect(2)
        .mount(&server)
        .await;
    let spec = RequestSpec::new("users_list", Method::GET, "/users.list", &[]);
    assert_eq!(ids(&core(&server, ""), spec, &CURSOR).await.unwrap(), [1]);
}

#[tokio::test]
async fn next_urls_are_followed_under_the_base_url() {
    let server = MockServer::start().await;
    let base = server.uri();
    Mock::given(method("GET"))
        .and(path("/api/v2/pokemon"))
        .and(query_param_is_missing("offset"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(
                json!({"results": [{"id": 1}], "next": format!("{base}/api/v2/pokemon?offset=1&limit=1")}),
            ),
        )
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v2/pokemon"))
        .and(query_param("offset", "1"))
        .respond_with(
            // A path works as well as a URL.
            ResponseTemplate::new(200)
                .set_body_json(json!({"results": [{"id": 2}], "next": "/api/v2/pokemon?offset=2&limit=1"})),
        )
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v2/pokemon"))
        .and(query_param("offset", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"results": [{"id": 3}], "next": null})))
        .expect(1)
        .mount(&server)
        .await;
    let spec = RequestSpec::new("list_pokemon", Method::GET, "/pokemon", &[]);
    assert_eq!(ids(&core(&server, "/api/v2"), spec, &NEXT_URL).await.unwrap(), [1, 2, 3]);
}

#[tokio::test]
async fn a_next_url_on_another_host_is_an_error_and_is_not_requested() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/items"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"results": [{"id": 1}], "next": "https://elsewhere.example/items?page=2"})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let spec = RequestSpec::new("list_items", Method::GET, "/items", &[]);
    let err = ids(&core(&server, ""), spec, &NEXT_URL).await.unwrap_err();
    let shown = err.to_string();
    assert!(shown.contains("not on the API's origin"), "{shown}");
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
}

#[tokio::test]
async fn link_headers_lead_to_the_next_page_until_there_is_no_next() {
    let server = MockServer::start().await;
    let base = server.uri();
    Mock::given(method("GET"))
        .and(path("/repos/o/r/issues"))
        .and(query_param_is_missing("page"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([{"id": 1}, {"id": 2}])).insert_header(
            "link",
            format!(r#"<{base}/repos/o/r/issues?per_page=2&page=2>; rel="next", <{base}/repos/o/r/issues?per_page=2&page=2>; rel="last""#),
        ))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/repos/o/r/issues"))
        .and(query_param("page", "2"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!([{"id": 3}]))
                .insert_header("link", format!(r#"<{base}/repos/o/r/issues?per_page=2&page=1>; rel="prev""#)),
        )
        .expect(1)
        .mount(&server)
        .await;
    let spec = RequestSpec::new("list_issues", Method::GET, "/repos/o/r/issues", &[]);
    assert_eq!(ids(&core(&server, ""), spec, &LINK).await.unwrap(), [1, 2, 3]);
}
