use std::future::Future;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;
use serde::de::DeserializeOwned;

use crate::client::ClientCore;
use crate::decode::{decode_json, DecodeFailure, Decoder};
use crate::error::{DecodeError, Error, ErrorBodies, SendError};
use crate::links::{next_link, under_base};
use crate::options::RequestOptions;
use crate::request::RequestSpec;
use crate::response::{decode_error, status_error, RawResponse};

/// A stream of the items of every page of a list operation.
pub type ItemStream<T, E> = Pin<Box<dyn Stream<Item = Result<T, Error<E>>> + Send + 'static>>;

/// How a list operation's pages are addressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    /// An offset query parameter counts items to skip.
    Offset {
        /// The parameter's name.
        param: &'static str,
    },
    /// A page-number query parameter, first page 1.
    Page {
        /// The parameter's name.
        param: &'static str,
    },
    /// A token from the page (at [`Pagination::next`]) sent back in a query parameter; no
    /// token (absent, `null`, `""`) on the last page.
    Cursor {
        /// The parameter's name.
        param: &'static str,
    },
    /// The next page's URL or path, in the page at [`Pagination::next`]; none on the last page.
    NextUrl,
    /// The next page's URL in the `Link` response header (`rel="next"`, RFC 8288); none on
    /// the last page.
    LinkHeader,
}

/// How to walk the pages of a list operation (from the spec's `x-pagination`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pagination {
    /// How pages are addressed.
    pub kind: PageKind,
    /// The page-size query parameter, if any.
    pub size_param: Option<&'static str>,
    /// JSON pointer to the items in a page (`""`: the page is the array).
    pub items: &'static str,
    /// JSON pointer to the cursor token (`Cursor`), the next page's URL (`NextUrl`), or a value
    /// that is null or absent on the last page (`Offset`, `Page`).
    pub next: Option<&'static str>,
    /// JSON pointer to the total item count.
    pub total: Option<&'static str>,
}

/// Where a stream of pages stands. Not generic: fetching a page and reading its paging fields
/// is compiled once, here; a generated crate compiles only the decoding of each item type.
struct Cursor {
    core: ClientCore,
    spec: RequestSpec,
    options: RequestOptions,
    pagination: &'static Pagination,
    /// The item type's name, for decode errors.
    target: &'static str,
    position: u64,
    seen: u64,
    done: bool,
    /// A hash of the previous page's raw items: a page-numbered API that answers every page
    /// past the end with the last page again would otherwise be walked forever.
    previous: Option<u64>,
}

/// One fetched page: its items as JSON text (an array), for the caller to decode.
struct Fetched {
    raw: RawResponse,
    items: Vec<u8>,
    /// The total item count, when the pagination names where the page holds it.
    total: Option<u64>,
}

/// A stream of the pages of a list operation: each page's items, its decoded body and its
/// metadata.
pub type PageStream<I, B, E> = Pin<Box<dyn Stream<Item = Result<Page<I, B>, Error<E>>> + Send + 'static>>;

/// One page of a list operation, from [`Call::pages`](crate::Call::paginate_pages).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Page<I, B> {
    /// The page's items.
    pub items: Vec<I>,
    /// The whole page, decoded as the operation's response (its other fields: counts, links).
    pub body: B,
    /// The total item count the page reports, when the spec's `x-pagination` names it (`total`).
    pub total: Option<u64>,
    /// Which page of the walk this is, from 0.
    pub index: u64,
    /// The response's status.
    pub status: reqwest::StatusCode,
    /// The response's headers (e.g. `Link`, rate limits).
    pub headers: reqwest::header::HeaderMap,
}

impl<I, B> Page<I, B> {
    /// A page with `items` and its decoded `body`, as a test or a fake client makes one: the
    /// first page (index 0), `200 OK`, no headers, no total. The setters add the rest.
    pub fn new(items: Vec<I>, body: B) -> Self {
        Page {
            items,
            body,
            total: None,
            index: 0,
            status: reqwest::StatusCode::OK,
            headers: reqwest::header::HeaderMap::new(),
        }
    }

    /// With the total item count the page reports.
    pub fn with_total(mut self, total: u64) -> Self {
        self.total = Some(total);
        self
    }

    /// As page `index` of the walk (from 0).
    pub fn with_index(mut self, index: u64) -> Self {
        self.index = index;
        self
    }

    /// With this response status.
    pub fn with_status(mut self, status: reqwest::StatusCode) -> Self {
        self.status = status;
        self
    }

    /// With these response headers.
    pub fn with_headers(mut self, headers: reqwest::header::HeaderMap) -> Self {
        self.headers = headers;
        self
    }
}

/// The stream of every page, for one item type and page body type.
struct PageList<I, B, E> {
    walk: Walk,
    decode: Decoder<B>,
    index: u64,
    _items: PhantomData<fn() -> (I, E)>,
}

// Nothing is pinned but the boxed future.
impl<I, B, E> Unpin for PageList<I, B, E> {}

impl<I: DeserializeOwned, B, E: ErrorBodies> Stream for PageList<I, B, E> {
    type Item = Result<Page<I, B>, Error<E>>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        let (cursor, page) = match this.walk.poll_page(cx) {
            Poll::Ready(Some(Ok(fetched))) => fetched,
            Poll::Ready(Some(Err(err))) => return Poll::Ready(Some(Err(err))),
            Poll::Ready(None) => return Poll::Ready(None),
            Poll::Pending => return Poll::Pending,
        };
        let items = match decode_json::<Vec<I>>(page.raw.status.as_u16(), &page.items) {
            Ok(items) => items,
            Err(failure) => return Poll::Ready(Some(Err(Error::Decode(cursor.item_error(&page, failure))))),
        };
        let body = match (this.decode)(page.raw.status.as_u16(), &page.raw.body) {
            Ok(body) => body,
            Err(failure) => {
                let target = std::any::type_name::<B>();
                return Poll::Ready(Some(Err(Error::Decode(decode_error(
                    cursor.spec.operation,
                    target,
                    &page.raw,
                    failure,
                )))));
            }
        };
        let index = this.index;
        this.index += 1;
        this.walk.cursor = Some(cursor);
        let Fetched { raw, total, .. } = page;
        Poll::Ready(Some(Ok(Page { items, body, total, index, status: raw.status, headers: raw.headers })))
    }
}

/// Why a page could not be fetched.
enum PageError {
    Send(SendError),
    /// A status the operation does not treat as success; its body is decoded by the caller.
    Status(RawResponse),
    Decode(Box<DecodeError>),
}

type PageFuture = Pin<Box<dyn Future<Output = (Cursor, Result<Option<Fetched>, PageError>)> + Send + 'static>>;

/// A fetched page with the cursor that fetched it, or why there is none.
type NextPage<E> = Result<(Cursor, Fetched), Error<E>>;

/// What both streams share: the cursor, and the page being fetched with it.
struct Walk {
    cursor: Option<Cursor>,
    fetching: Option<PageFuture>,
}

impl Walk {
    fn new(cursor: Cursor) -> Self {
        Walk { cursor: Some(cursor), fetching: None }
    }

    /// The next page with its cursor, which the caller puts back (`self.cursor`) once the page
    /// is used; `None` at the end. After an error the cursor is dropped: the stream ends.
    fn poll_page<E: ErrorBodies>(&mut self, cx: &mut Context<'_>) -> Poll<Option<NextPage<E>>> {
        loop {
            if self.fetching.is_none() {
                match self.cursor.take() {
                    Some(cursor) if !cursor.done => self.fetching = Some(Box::pin(cursor.fetch())),
                    _ => return Poll::Ready(None),
                }
            }
            let Some(fetching) = self.fetching.as_mut() else { return Poll::Ready(None) };
            let (cursor, page) = match fetching.as_mut().poll(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(done) => done,
            };
            self.fetching = None;
            return Poll::Ready(Some(match page {
                Ok(Some(page)) => Ok((cursor, page)),
                // No page: the cursor is done, and the next turn ends the stream.
                Ok(None) => {
                    self.cursor = Some(cursor);
                    continue;
                }
                Err(PageError::Send(err)) => Err(err.widen()),
                Err(PageError::Status(raw)) => {
                    Err(status_error(cursor.spec.operation, cursor.spec.error_statuses, raw))
                }
                Err(PageError::Decode(err)) => Err(Error::Decode(err)),
            }));
        }
    }
}

/// The stream of the items of every page, for one item type.
struct Pages<T, E> {
    walk: Walk,
    items: std::vec::IntoIter<T>,
    _error: PhantomData<fn() -> E>,
}

// Items are moved out of the buffer, never pinned.
impl<T, E> Unpin for Pages<T, E> {}

impl ClientCore {
    /// Streams the items of every page of `spec`, starting at the page its query names (or the
    /// first), until the last page.
    pub fn paginate<T, E>(&self, spec: RequestSpec, pagination: &'static Pagination) -> ItemStream<T, E>
    where
        T: DeserializeOwned + Send + 'static,
        E: ErrorBodies + Send + 'static,
    {
        self.paginate_with(spec, RequestOptions::default(), pagination)
    }

    /// [`ClientCore::paginate`] with per-call options for every page request.
    pub(crate) fn paginate_with<T, E>(
        &self,
        spec: RequestSpec,
        options: RequestOptions,
        pagination: &'static Pagination,
    ) -> ItemStream<T, E>
    where
        T: DeserializeOwned + Send + 'static,
        E: ErrorBodies + Send + 'static,
    {
        let cursor = Cursor::new(self.clone(), spec, options, pagination, std::any::type_name::<T>());
        Box::pin(Pages::<T, E> { walk: Walk::new(cursor), items: Vec::new().into_iter(), _error: PhantomData })
    }
}

impl ClientCore {
    /// Streams every page of `spec` (see [`ClientCore::paginate`]: the same requests and end
    /// conditions), each with its items, its body decoded by `decode` and its total.
    pub(crate) fn pages_with<I, B, E>(
        &self,
        spec: RequestSpec,
        options: RequestOptions,
        pagination: &'static Pagination,
        decode: Decoder<B>,
    ) -> PageStream<I, B, E>
    where
        I: DeserializeOwned + Send + 'static,
        B: Send + 'static,
        E: ErrorBodies + Send + 'static,
    {
        let cursor = Cursor::new(self.clone(), spec, options, pagination, std::any::type_name::<I>());
        Box::pin(PageList::<I, B, E> { walk: Walk::new(cursor), decode, index: 0, _items: PhantomData })
    }
}

impl<T: DeserializeOwned, E: ErrorBodies> Stream for Pages<T, E> {
    type Item = Result<T, Error<E>>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        loop {
            if let Some(item) = this.items.next() {
                return Poll::Ready(Some(Ok(item)));
            }
            let (cursor, page) = match this.walk.poll_page(cx) {
                Poll::Ready(Some(Ok(fetched))) => fetched,
                Poll::Ready(Some(Err(err))) => return Poll::Ready(Some(Err(err))),
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Pending => return Poll::Pending,
            };
            match decode_json::<Vec<T>>(page.raw.status.as_u16(), &page.items) {
                Ok(items) => {
                    this.items = items.into_iter();
                    this.walk.cursor = Some(cursor);
                }
                Err(failure) => return Poll::Ready(Some(Err(Error::Decode(cursor.item_error(&page, failure))))),
            }
        }
    }
}

impl Cursor {
    fn new(
        core: ClientCore,
        spec: RequestSpec,
        options: RequestOptions,
        pagination: &'static Pagination,
        target: &'static str,
    ) -> Self {
        let position = match pagination.kind {
            PageKind::Offset { param } => spec.query.get(param).and_then(|v| v.parse().ok()).unwrap_or(0),
            PageKind::Page { param } => spec.query.get(param).and_then(|v| v.parse().ok()).unwrap_or(1),
            PageKind::Cursor { .. } | PageKind::NextUrl | PageKind::LinkHeader => 0,
        };
        Cursor { core, spec, options, pagination, target, position, seen: 0, done: false, previous: None }
    }

    /// Fetches the next page and moves past it; `None` when the body is empty (the end).
    async fn fetch(mut self) -> (Self, Result<Option<Fetched>, PageError>) {
        let page = self.fetch_page().await;
        if page.is_err() {
            self.done = true;
        }
        (self, page)
    }

    async fn fetch_page(&mut self) -> Result<Option<Fetched>, PageError> {
        let p = self.pagination;
        match p.kind {
            PageKind::Offset { param } | PageKind::Page { param } => self.spec.query.set(param, &self.position),
            // The first request is the call as given; later ones were set up by `advance`.
            PageKind::Cursor { .. } | PageKind::NextUrl | PageKind::LinkHeader => {}
        }
        let raw = self.core.execute(&self.spec, &self.options).await.map_err(PageError::Send)?;
        if !raw.status.is_success() {
            return Err(PageError::Status(raw));
        }
        // An empty body (`204 No Content` for an empty list) is the end.
        if raw.body.iter().all(u8::is_ascii_whitespace) {
            self.done = true;
            return Ok(None);
        }
        let page: serde_json::Value = serde_json::from_slice(&raw.body).map_err(|e| {
            PageError::Decode(decode_error(self.spec.operation, self.target, &raw, DecodeFailure::of(&raw.body, &e)))
        })?;
        let Some(serde_json::Value::Array(items)) = page.pointer(p.items) else {
            let failure =
                DecodeFailure { path: p.items.to_owned(), message: format!("no array at `{}` in the page", p.items) };
            return Err(PageError::Decode(decode_error(self.spec.operation, self.target, &raw, failure)));
        };
        let count = items.len() as u64;
        let items = serde_json::to_vec(items).unwrap_or_default();
        let hash = {
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            items.hash(&mut hasher);
            hasher.finish()
        };
        if count > 0 && self.previous == Some(hash) {
            // The same items as the page before: the server repeats its last page.
            self.done = true;
            return Ok(None);
        }
        self.previous = Some(hash);
        self.seen += count;
        let total = p.total.and_then(|t| page.pointer(t)).and_then(|v| v.as_u64());
        let requested = p.size_param.and_then(|name| self.spec.query.get(name)).and_then(|v| v.parse::<u64>().ok());
        let total_reached = total.is_some_and(|t| self.seen >= t);
        match self.advance(&raw, &page, total_reached) {
            Ok(Some(done)) => {
                self.done = count == 0 || done;
                return Ok(Some(Fetched { raw, items, total }));
            }
            Ok(None) => {}
            Err(message) => {
                let path = p.next.unwrap_or("Link").to_owned();
                let failure = DecodeFailure { path, message };
                return Err(PageError::Decode(decode_error(self.spec.operation, self.target, &raw, failure)));
            }
        }
        self.done = count == 0 || counted_last(p, &page, total_reached, requested.is_some_and(|size| count < size));
        self.position += match p.kind {
            PageKind::Offset { .. } => count,
            _ => 1,
        };
        Ok(Some(Fetched { raw, items, total }))
    }

    /// For the styles where the page names its successor (cursor, next URL, `Link` header):
    /// sets up the next request and says whether this page was the last (`None` for offset and
    /// page numbers, which count instead). A next URL the client may not follow (another
    /// origin, outside the base path) is an error: credentials are never sent elsewhere.
    fn advance(
        &mut self,
        raw: &RawResponse,
        page: &serde_json::Value,
        total_reached: bool,
    ) -> Result<Option<bool>, String> {
        let p = self.pagination;
        let text_at = |pointer: Option<&str>| -> Option<String> {
            match page.pointer(pointer?)? {
                serde_json::Value::String(s) if !s.is_empty() => Some(s.clone()),
                serde_json::Value::Number(n) => Some(n.to_string()),
                _ => None,
            }
        };
        let next_url = match p.kind {
            PageKind::Offset { .. } | PageKind::Page { .. } => return Ok(None),
            PageKind::Cursor { param } => {
                let Some(token) = text_at(p.next) else { return Ok(Some(true)) };
                self.spec.query.set(param, &token);
                return Ok(Some(total_reached));
            }
            PageKind::NextUrl => text_at(p.next),
            PageKind::LinkHeader => raw
                .headers
                .get_all(reqwest::header::LINK)
                .iter()
                .filter_map(|v| v.to_str().ok())
                .find_map(|v| next_link(v).map(str::to_owned)),
        };
        let Some(next) = next_url else { return Ok(Some(true)) };
        let (path, query) = under_base(self.core.base_url(), &self.spec.path, &next)?;
        self.spec.path = path;
        self.spec.query = query;
        Ok(Some(total_reached))
    }

    /// The error of an item that did not decode: its path within the page, the page's body.
    fn item_error(&self, page: &Fetched, failure: DecodeFailure) -> Box<DecodeError> {
        // `objects` + `[3].id`: the path in the page, as for a whole-body decode.
        let mut path: String = self.pagination.items.trim_start_matches('/').replace('/', ".");
        if failure.path != "." {
            path.push_str(&failure.path);
        } else if path.is_empty() {
            path.push('.');
        }
        let failure = DecodeFailure { path, message: failure.message };
        decode_error(self.spec.operation, self.target, &page.raw, failure)
    }
}

/// Whether a page of the styles that count (offset, page numbers) was the last: a "next"
/// marker that is absent, empty, `false`, `null` or page 0 says so, and is trusted over page
/// sizes (servers may cap the size asked for); else the total, when the page has one; else a
/// page shorter than the size asked for (`short`).
fn counted_last(p: &Pagination, page: &serde_json::Value, total_reached: bool, short: bool) -> bool {
    match p.next {
        Some(next) => {
            total_reached
                || matches!(page.pointer(next), None | Some(serde_json::Value::Null) | Some(serde_json::Value::Bool(false)))
                || page.pointer(next).and_then(|v| v.as_str()) == Some("")
                // Page numbers start at 1: a next page of 0 means there is none.
                || page.pointer(next).and_then(serde_json::Value::as_u64) == Some(0)
        }
        None if p.total.is_some() => total_reached,
        None => short,
    }
}
