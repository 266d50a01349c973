//! GitHub's `Link`-header pagination through an overlay (`e2e/specs/github.overlay.yaml` over a
//! hand-trimmed excerpt of GitHub's description), against a loopback server (wiremock) that
//! pages like api.github.com.

use github_client::{types, Client, TryStreamExt};
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

fn issues(from: i64, count: i64) -> serde_json::Value {
    let list: Vec<_> = (from..from + count)
        .map(|n| serde_json::json!({"id": 1000 + n, "number": n, "title": format!("issue {n}"), "state": "open"}))
        .collect();
    serde_json::Value::Array(list)
}

fn no_page_param(req: &Request) -> bool {
    !req.url.query_pairs().any(|(k, _)| k == "page")
}

/// Three pages of two issues; page 1 is the call as made, the next ones are GitHub's
/// `rel="next"` URLs (with `rel="last"`/`rel="prev"` beside them, as GitHub sends).
async fn three_pages() -> MockServer {
    let server = MockServer::start().await;
    let base = format!("{}/repos/octo/hello/issues", server.uri());
    let link = |next: Option<u32>, prev: Option<u32>| {
        let mut parts = Vec::new();
        if let Some(p) = prev {
            parts.push(format!("<{base}?state=all&per_page=2&page={p}>; rel=\"prev\""));
        }
        if let Some(n) = next {
            parts.push(format!("<{base}?state=all&per_page=2&page={n}>; rel=\"next\""));
        }
        parts.push(format!("<{base}?state=all&per_page=2&page=3>; rel=\"last\""));
        parts.join(", ")
    };
    Mock::given(method("GET"))
        .and(path("/repos/octo/hello/issues"))
        .and(query_param("state", "all"))
        .and(query_param("per_page", "2"))
        .and(no_page_param)
        .respond_with(ResponseTemplate::new(200).set_body_json(issues(1, 2)).insert_header("link", link(Some(2), None)))
        .mount(&server)
        .await;
    for (page, next) in [(2, Some(3)), (3, None)] {
        Mock::given(method("GET"))
            .and(path("/repos/octo/hello/issues"))
            .and(query_param("state", "all"))
            .and(query_param("page", page.to_string()))
            .respond_with(
                ResponseTemplate::new(200)
                    .set_body_json(issues(page as i64 * 2 - 1, 2))
                    .insert_header("link", link(next, Some(page - 1))),
            )
            .mount(&server)
            .await;
    }
    server
}

fn client(server: &MockServer) -> Client {
    Client::builder(server.uri()).retry(github_client::RetryPolicy::none()).build().unwrap()
}

#[tokio::test]
async fn the_item_stream_follows_link_headers_across_three_pages() {
    let server = three_pages().await;
    let client = client(&server);
    let all: Vec<types::Issue> = client
        .issues_list_for_repo("octo", "hello")
        .state(&types::IssuesListForRepoState::All)
        .per_page(2)
        .stream()
        .try_collect()
        .await
        .unwrap();
    let numbers: Vec<i64> = all.iter().map(|i| i.number).collect();
    assert_eq!(numbers, [1, 2, 3, 4, 5, 6]);
    assert_eq!(server.received_requests().await.unwrap().len(), 3);
}

#[tokio::test]
async fn the_page_stream_yields_each_page_with_its_headers() {
    let server = three_pages().await;
    let client = client(&server);
    let pages: Vec<_> = client
        .issues_list_for_repo("octo", "hello")
        .state(&types::IssuesListForRepoState::All)
        .per_page(2)
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 3);
    for (i, page) in pages.iter().enumerate() {
        assert_eq!(page.index, i as u64);
        assert_eq!(page.status, 200);
        assert_eq!(page.items.len(), 2);
        assert_eq!(page.body.len(), 2, "the body is the page as the operation returns it (the array)");
        assert_eq!(page.total, None, "GitHub reports no total");
        let link = page.headers.get("link").and_then(|v| v.to_str().ok()).unwrap();
        assert_eq!(link.contains("rel=\"next\""), i < 2, "{link}");
    }
    assert_eq!(pages[2].items[1].number, 6);
}

#[tokio::test]
async fn a_server_that_repeats_its_last_page_ends_the_stream() {
    let server = MockServer::start().await;
    let next = format!("<{}/orgs/octo/repos?page=2>; rel=\"next\"", server.uri());
    let repos = serde_json::json!([
        {"id": 1, "name": "a", "full_name": "octo/a"},
        {"id": 2, "name": "b", "full_name": "octo/b"}
    ]);
    // Every page is the same, always with a `rel="next"`.
    Mock::given(method("GET"))
        .and(path("/orgs/octo/repos"))
        .respond_with(ResponseTemplate::new(200).set_body_json(&repos).insert_header("link", next.as_str()))
        .mount(&server)
        .await;
    let client = client(&server);
    let all: Vec<types::MinimalRepository> = client.repos_list_for_org("octo").stream().try_collect().await.unwrap();
    assert_eq!(all.len(), 2, "the repeated page is not yielded again");
    assert_eq!(server.received_requests().await.unwrap().len(), 2, "the walk stops at the first repeat");
    let pages: Vec<_> = client.repos_list_for_org("octo").pages().try_collect().await.unwrap();
    assert_eq!(pages.len(), 1);
    assert_eq!(server.received_requests().await.unwrap().len(), 4);
}
