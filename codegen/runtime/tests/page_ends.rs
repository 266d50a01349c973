//! Page streams against a server that has an end: a list of items served page by page from
//! what each request asks for (not a script of replies), for every `x-pagination` kind and
//! each way a last page can say it is the last: `next: null` or absent, a total reached, a
//! short page, an empty page, no `rel="next"` link. The stream must yield exactly the items
//! the server served, each once, and ask for no page past the end (loopback, wiremock).
//! (Prism, which the generated contract tests run against, repeats its example page forever:
//! those walks prove only that a repeated page ends a stream.)

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use codegen_runtime::{
    decode_json, Call, ClientBuilder, Error, Method, PageKind, Pagination, RequestSpec, RetryPolicy, TryStreamExt,
};
use serde::Deserialize;
use serde_json::{json, Value};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

#[derive(Debug, Deserialize)]
struct Item {
    id: u64,
}

/// How the last page says it is the last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum End {
    /// The next marker (cursor, next URL, next page number) is `null`.
    NextNull,
    /// The next marker is absent.
    NextAbsent,
    /// The next marker is an empty string.
    NextEmpty,
    /// The page holds a total, and the items so far reach it (the marker, if any, still points
    /// on: the total is what ends the walk).
    Total,
    /// A page shorter than the size asked for.
    ShortPage,
    /// A page without items after the last full one.
    EmptyPage,
    /// (`Link` header) the last page links only to `prev` and `first`.
    NoNextLink,
    /// (`Link` header) the last page has no `Link` header.
    NoLinkHeader,
}

/// A list of `len` items (ids 1..=len) served `size` per page in the style `kind` asks for,
/// with the last page ending as `end` says. Counts the requests and the items it served.
struct Server {
    kind: PageKind,
    end: End,
    len: u64,
    size: u64,
    /// The server's own URL (wiremock's requests name `localhost`, not the address).
    base: String,
    requests: Arc<AtomicUsize>,
    served: Arc<AtomicUsize>,
}

impl Server {
    /// Where the page starts: from the offset, page number or cursor the request carries.
    fn start(&self, request: &Request) -> u64 {
        let query = |name: &str| request.url.query_pairs().find(|(n, _)| n == name).map(|(_, v)| v.into_owned());
        match self.kind {
            PageKind::Offset { param } => query(param).map_or(0, |v| v.parse().unwrap()),
            PageKind::Page { param } => query(param).map_or(0, |v| (v.parse::<u64>().unwrap() - 1) * self.size),
            PageKind::Cursor { param } => {
                query(param).map_or(0, |v| v.strip_prefix("after-").unwrap().parse().unwrap())
            }
            PageKind::NextUrl | PageKind::LinkHeader => query("after").map_or(0, |v| v.parse().unwrap()),
        }
    }

    /// The marker pointing at the page that starts at `next`, in the style's form.
    fn marker(&self, base: &str, next: u64) -> Value {
        match self.kind {
            PageKind::Offset { .. } => json!(next),
            PageKind::Page { .. } => json!(next / self.size + 1),
            PageKind::Cursor { .. } => json!(format!("after-{next}")),
            // A path under the base URL here, a whole URL in the `Link` header.
            PageKind::NextUrl => json!(format!("/items?after={next}")),
            PageKind::LinkHeader => json!(format!("<{base}/items?after={next}>; rel=\"next\"")),
        }
    }
}

impl Respond for Server {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        self.requests.fetch_add(1, Ordering::SeqCst);
        let base = self.base.as_str();
        let start = self.start(request);
        let size = request.url.query_pairs().find(|(n, _)| n == "limit").map_or(self.size, |(_, v)| v.parse().unwrap());
        let end = (start + size).min(self.len);
        let mut ids: Vec<u64> = (start + 1..=end).collect();
        let last = end >= self.len;
        if self.end == End::EmptyPage && start >= self.len {
            ids.clear();
        }
        self.served.fetch_add(ids.len(), Ordering::SeqCst);
        let items: Vec<Value> = ids.iter().map(|id| json!({"id": id})).collect();
        let mut page = json!({"items": items});
        let marker = self.marker(base, end);
        match (last, self.end) {
            (false, _) | (true, End::Total) => page["next"] = marker.clone(),
            (true, End::NextNull) => page["next"] = Value::Null,
            (true, End::NextEmpty) => page["next"] = json!(""),
            (true, _) => {}
        }
        // Only the ends that need no marker at all leave it out of every page.
        if matches!(self.end, End::ShortPage | End::EmptyPage)
            && matches!(self.kind, PageKind::Offset { .. } | PageKind::Page { .. })
        {
            page.as_object_mut().unwrap().remove("next");
        }
        if self.end == End::Total {
            page["total"] = json!(self.len);
        }
        let mut response = ResponseTemplate::new(200);
        if self.kind == PageKind::LinkHeader {
            let first = format!("<{base}/items?after=0>; rel=\"first\"");
            match (last, self.end) {
                (false, _) | (true, End::Total) => {
                    let next = marker.as_str().unwrap().to_owned();
                    response = response.insert_header("link", format!("{next}, {first}").as_str());
                }
                (true, End::NoNextLink) => {
                    let prev = format!("<{base}/items?after={}>; rel=\"prev\"", start.saturating_sub(self.size));
                    response = response.insert_header("link", format!("{prev}, {first}").as_str());
                }
                (true, _) => {}
            }
            page.as_object_mut().unwrap().remove("next");
        }
        response.set_body_json(page)
    }
}

struct Outcome {
    /// The ids the stream yielded, in order.
    ids: Vec<u64>,
    requests: usize,
    served: usize,
}

/// Walks the stream of `pages` against a server of `len` items, `size` a page (asked for with
/// `limit` when `ask_size`).
async fn walk(pages: &'static Pagination, end: End, len: u64, size: u64, ask_size: bool) -> Result<Outcome, Error> {
    let (mock, requests, served) = serve(pages, end, len, size).await;
    let core = ClientBuilder::new(mock.uri(), "test").retry(RetryPolicy::none()).build().unwrap();
    let stream = core.paginate(list(ask_size.then_some(size)), pages);
    let items: Vec<Item> =
        tokio::time::timeout(Duration::from_secs(30), stream.try_collect()).await.expect("the stream ends")?;
    Ok(Outcome {
        ids: items.into_iter().map(|i| i.id).collect(),
        requests: requests.load(Ordering::SeqCst),
        served: served.load(Ordering::SeqCst),
    })
}

/// A mock server of `len` items in the style of `pages`, and its counts of requests and items.
async fn serve(pages: &Pagination, end: End, len: u64, size: u64) -> (MockServer, Arc<AtomicUsize>, Arc<AtomicUsize>) {
    let mock = MockServer::start().await;
    let requests = Arc::new(AtomicUsize::new(0));
    let served = Arc::new(AtomicUsize::new(0));
    let server = Server {
        kind: pages.kind,
        end,
        len,
        size,
        base: mock.uri(),
        requests: requests.clone(),
        served: served.clone(),
    };
    Mock::given(wiremock::matchers::path("/items")).respond_with(server).mount(&mock).await;
    (mock, requests, served)
}

/// The list request, asking for `size` items a page when given.
fn list(size: Option<u64>) -> RequestSpec {
    let mut spec = RequestSpec::new("list_items", Method::GET, "/items", &[]);
    if let Some(size) = size {
        spec.query.push("limit", &size);
    }
    spec
}

/// Asserts that the stream yielded the `len` items the server served, each once and in order,
/// in `requests` requests.
#[track_caller]
fn assert_walked(outcome: &Outcome, len: u64, requests: usize, what: &str) {
    assert_eq!(outcome.ids.len(), outcome.served, "{what}: items yielded vs served");
    assert_eq!(outcome.ids, (1..=len).collect::<Vec<_>>(), "{what}: every item once, in order");
    assert_eq!(outcome.requests, requests, "{what}: requests (none past the end)");
}

static OFFSET_NEXT: Pagination = Pagination {
    kind: PageKind::Offset { param: "offset" },
    size_param: Some("limit"),
    items: "/items",
    next: Some("/next"),
    total: None,
};
static OFFSET_TOTAL: Pagination = Pagination {
    kind: PageKind::Offset { param: "offset" },
    size_param: Some("limit"),
    items: "/items",
    next: None,
    total: Some("/total"),
};
static OFFSET_BARE: Pagination = Pagination {
    kind: PageKind::Offset { param: "offset" },
    size_param: Some("limit"),
    items: "/items",
    next: None,
    total: None,
};

#[tokio::test]
async fn offset_pages_end_at_a_null_or_absent_next_a_total_a_short_or_an_empty_page() {
    // Six items, three a page: both pages are full, so only the marker can end the walk.
    let o = walk(&OFFSET_NEXT, End::NextNull, 6, 3, true).await.unwrap();
    assert_walked(&o, 6, 2, "offset, next: null");
    let o = walk(&OFFSET_NEXT, End::NextAbsent, 6, 3, true).await.unwrap();
    assert_walked(&o, 6, 2, "offset, next absent");
    let o = walk(&OFFSET_TOTAL, End::Total, 6, 3, true).await.unwrap();
    assert_walked(&o, 6, 2, "offset, total reached");
    let o = walk(&OFFSET_BARE, End::ShortPage, 7, 3, true).await.unwrap();
    assert_walked(&o, 7, 3, "offset, a short last page");
    // Without a size asked for, a short page says nothing: the empty page after it ends it.
    let o = walk(&OFFSET_BARE, End::EmptyPage, 6, 3, false).await.unwrap();
    assert_walked(&o, 6, 3, "offset, an empty page");
}

static PAGE_NEXT: Pagination = Pagination {
    kind: PageKind::Page { param: "page" },
    size_param: Some("limit"),
    items: "/items",
    next: Some("/next"),
    total: None,
};
static PAGE_TOTAL: Pagination = Pagination {
    kind: PageKind::Page { param: "page" },
    size_param: Some("limit"),
    items: "/items",
    next: None,
    total: Some("/total"),
};
static PAGE_BARE: Pagination = Pagination {
    kind: PageKind::Page { param: "page" },
    size_param: Some("limit"),
    items: "/items",
    next: None,
    total: None,
};

#[tokio::test]
async fn numbered_pages_end_at_a_null_or_absent_next_a_total_a_short_or_an_empty_page() {
    let o = walk(&PAGE_NEXT, End::NextNull, 6, 3, true).await.unwrap();
    assert_walked(&o, 6, 2, "page, next: null");
    let o = walk(&PAGE_NEXT, End::NextAbsent, 6, 3, true).await.unwrap();
    assert_walked(&o, 6, 2, "page, next absent");
    let o = walk(&PAGE_TOTAL, End::Total, 6, 3, true).await.unwrap();
    assert_walked(&o, 6, 2, "page, total reached");
    let o = walk(&PAGE_BARE, End::ShortPage, 7, 3, true).await.unwrap();
    assert_walked(&o, 7, 3, "page, a short last page");
    let o = walk(&PAGE_BARE, End::EmptyPage, 6, 3, false).await.unwrap();
    assert_walked(&o, 6, 3, "page, an empty page");
}

static CURSOR: Pagination = Pagination {
    kind: PageKind::Cursor { param: "cursor" },
    size_param: Some("limit"),
    items: "/items",
    next: Some("/next"),
    total: None,
};
static CURSOR_TOTAL: Pagination = Pagination {
    kind: PageKind::Cursor { param: "cursor" },
    size_param: Some("limit"),
    items: "/items",
    next: Some("/next"),
    total: Some("/total"),
};

#[tokio::test]
async fn cursor_pages_end_at_a_null_absent_or_empty_cursor_or_a_total() {
    let o = walk(&CURSOR, End::NextNull, 6, 3, true).await.unwrap();
    assert_walked(&o, 6, 2, "cursor: null");
    let o = walk(&CURSOR, End::NextAbsent, 6, 3, true).await.unwrap();
    assert_walked(&o, 6, 2, "cursor absent");
    let o = walk(&CURSOR, End::NextEmpty, 7, 3, true).await.unwrap();
    assert_walked(&o, 7, 3, "cursor: \"\"");
    // The last page still hands out a cursor; the total says there is nothing behind it.
    let o = walk(&CURSOR_TOTAL, End::Total, 6, 3, true).await.unwrap();
    assert_walked(&o, 6, 2, "cursor, total reached");
}

static NEXT_URL: Pagination =
    Pagination { kind: PageKind::NextUrl, size_param: None, items: "/items", next: Some("/next"), total: None };
static NEXT_URL_TOTAL: Pagination = Pagination {
    kind: PageKind::NextUrl,
    size_param: None,
    items: "/items",
    next: Some("/next"),
    total: Some("/total"),
};

#[tokio::test]
async fn next_url_pages_end_at_a_null_absent_or_empty_next_or_a_total() {
    let o = walk(&NEXT_URL, End::NextNull, 7, 3, false).await.unwrap();
    assert_walked(&o, 7, 3, "next-url: null");
    let o = walk(&NEXT_URL, End::NextAbsent, 6, 3, false).await.unwrap();
    assert_walked(&o, 6, 2, "next-url absent");
    let o = walk(&NEXT_URL, End::NextEmpty, 6, 3, false).await.unwrap();
    assert_walked(&o, 6, 2, "next-url: \"\"");
    let o = walk(&NEXT_URL_TOTAL, End::Total, 6, 3, false).await.unwrap();
    assert_walked(&o, 6, 2, "next-url, total reached");
}

static LINK: Pagination =
    Pagination { kind: PageKind::LinkHeader, size_param: None, items: "/items", next: None, total: None };
static LINK_TOTAL: Pagination =
    Pagination { kind: PageKind::LinkHeader, size_param: None, items: "/items", next: None, total: Some("/total") };

#[tokio::test]
async fn link_header_pages_end_without_a_next_link_or_at_a_total() {
    let o = walk(&LINK, End::NoNextLink, 7, 3, false).await.unwrap();
    assert_walked(&o, 7, 3, "link: prev and first only");
    let o = walk(&LINK, End::NoLinkHeader, 6, 3, false).await.unwrap();
    assert_walked(&o, 6, 2, "link: no header");
    let o = walk(&LINK_TOTAL, End::Total, 6, 3, false).await.unwrap();
    assert_walked(&o, 6, 2, "link, total reached");
}

#[tokio::test]
async fn a_server_with_an_end_is_not_mistaken_for_one_without() {
    // The controls: the same servers with the end conditions the pagination does not read go
    // on until an empty page (offset) or fail to end at the total (a full last page without
    // a marker asks once more, and the empty answer ends it).
    let o = walk(&OFFSET_BARE, End::EmptyPage, 6, 3, true).await.unwrap();
    assert_walked(&o, 6, 3, "offset, full last page, no marker: one more request");
    let o = walk(&PAGE_NEXT, End::Total, 6, 3, true).await.unwrap();
    assert_walked(&o, 6, 3, "page, a total the pagination does not name: the empty page ends it");
}

#[derive(Debug, Deserialize)]
struct ListBody {
    items: Vec<Item>,
    total: Option<u64>,
}

#[tokio::test]
async fn a_page_stream_yields_each_served_page_once_with_its_total_and_index() {
    // The generated `pages()`: the same walk, page by page, each decoded as the response type.
    for (pages, end, len, requests) in [(&OFFSET_TOTAL, End::Total, 7, 3), (&CURSOR, End::NextNull, 6, 2)] {
        let (mock, asked, served) = serve(pages, end, len, 3).await;
        let core = ClientBuilder::new(mock.uri(), "test").retry(RetryPolicy::none()).build().unwrap();
        let call = Call::<ListBody, serde_json::Value>::new(&core, list(Some(3)), decode_json::<ListBody>);
        let walked: Vec<codegen_runtime::Page<Item, ListBody>> =
            tokio::time::timeout(Duration::from_secs(30), call.paginate_pages::<Item>(pages).try_collect())
                .await
                .expect("the stream ends")
                .unwrap();
        assert_eq!(walked.len(), requests, "{end:?}: one page per request");
        assert_eq!(asked.load(Ordering::SeqCst), requests, "{end:?}: no request past the end");
        assert_eq!(walked.iter().map(|p| p.index).collect::<Vec<_>>(), (0..requests as u64).collect::<Vec<_>>());
        let ids: Vec<u64> = walked.iter().flat_map(|p| p.items.iter().map(|i| i.id)).collect();
        assert_eq!(ids.len(), served.load(Ordering::SeqCst), "{end:?}: items yielded vs served");
        assert_eq!(ids, (1..=len).collect::<Vec<_>>());
        for page in &walked {
            assert_eq!(page.body.items.len(), page.items.len(), "the body is the page as served");
            let expected = (end == End::Total).then_some(len);
            assert_eq!((page.total, page.body.total), (expected, expected));
        }
    }
}
