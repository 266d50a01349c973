use std::collections::VecDeque;
use std::pin::Pin;

use futures_core::Stream;
use serde::de::DeserializeOwned;

use crate::call::{status_error, RequestOptions};
use crate::client::ClientCore;
use crate::error::{snippet, DecodeError, Error};
use crate::request::RequestSpec;

/// A stream of the items of every page of a list operation.
pub type ItemStream<'a, T, E> = Pin<Box<dyn Stream<Item = Result<T, Error<E>>> + Send + 'a>>;

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
    /// JSON pointer to a value that is null or absent on the last page.
    pub next: Option<&'static str>,
    /// JSON pointer to the total item count.
    pub total: Option<&'static str>,
}

struct State<'a, T> {
    core: &'a ClientCore,
    spec: RequestSpec,
    options: RequestOptions,
    pagination: &'static Pagination,
    buffer: VecDeque<T>,
    position: u64,
    seen: u64,
    done: bool,
}

impl ClientCore {
    /// Streams the items of every page of `spec`, starting at the page its query names (or the
    /// first), until the last page.
    pub fn paginate<'a, T, E>(&'a self, spec: RequestSpec, pagination: &'static Pagination) -> ItemStream<'a, T, E>
    where
        T: DeserializeOwned + Send + 'a,
        E: DeserializeOwned + Send + 'a,
    {
        let position = match pagination.kind {
            PageKind::Offset { param } => spec.query.get(param).and_then(|v| v.parse().ok()).unwrap_or(0),
            PageKind::Page { param } => spec.query.get(param).and_then(|v| v.parse().ok()).unwrap_or(1),
        };
        let state = State {
            core: self,
            spec,
            options: RequestOptions::default(),
            pagination,
            buffer: VecDeque::new(),
            position,
            seen: 0,
            done: false,
        };
        Box::pin(futures_util::stream::unfold(state, |mut state| async move {
            loop {
                if let Some(item) = state.buffer.pop_front() {
                    return Some((Ok(item), state));
                }
                if state.done {
                    return None;
                }
                if let Err(err) = state.fetch_page::<E>().await {
                    state.done = true;
                    return Some((Err(err), state));
                }
            }
        }))
    }
}

impl<T: DeserializeOwned> State<'_, T> {
    async fn fetch_page<E: DeserializeOwned>(&mut self) -> Result<(), Error<E>> {
        let p = self.pagination;
        match p.kind {
            PageKind::Offset { param } | PageKind::Page { param } => self.spec.query.set(param, &self.position),
        }
        let raw = self.core.execute::<E>(&self.spec, &self.options).await?;
        if !raw.status.is_success() {
            return Err(status_error(&self.spec, raw));
        }
        let decode_error = |path: String, message: String, body: &[u8], status| {
            Error::Decode(Box::new(DecodeError {
                operation: self.spec.operation,
                target: std::any::type_name::<T>(),
                status,
                path,
                snippet: snippet(body),
                message,
                content_type: None,
            }))
        };
        // An empty body (`204 No Content` for an empty list) is the end.
        if raw.body.iter().all(u8::is_ascii_whitespace) {
            self.done = true;
            return Ok(());
        }
        let page: serde_json::Value = serde_json::from_slice(&raw.body)
            .map_err(|e| decode_error(".".to_owned(), e.to_string(), &raw.body, raw.status))?;
        let items = match page.pointer(p.items) {
            Some(serde_json::Value::Array(items)) => items,
            _ => {
                let message = format!("no array at `{}` in the page", p.items);
                return Err(decode_error(p.items.to_owned(), message, &raw.body, raw.status));
            }
        };
        let count = items.len() as u64;
        for (i, item) in items.iter().enumerate() {
            let item = T::deserialize(item)
                .map_err(|e| decode_error(format!("{}/{i}", p.items), e.to_string(), &raw.body, raw.status))?;
            self.buffer.push_back(item);
        }
        self.seen += count;
        let requested = p.size_param.and_then(|name| self.spec.query.get(name)).and_then(|v| v.parse::<u64>().ok());
        let total_reached =
            p.total.and_then(|t| page.pointer(t)).and_then(|v| v.as_u64()).is_some_and(|t| self.seen >= t);
        self.done = count == 0
            || match p.next {
                // A "next" marker is trusted over page sizes (servers may cap the size asked for).
                Some(next) => {
                    total_reached
                        || matches!(
                            page.pointer(next),
                            None | Some(serde_json::Value::Null) | Some(serde_json::Value::Bool(false))
                        )
                        || page.pointer(next).and_then(|v| v.as_str()) == Some("")
                        // Page numbers start at 1: a next page of 0 means there is none.
                        || page.pointer(next).and_then(serde_json::Value::as_u64) == Some(0)
                }
                None if p.total.is_some() => total_reached,
                None => requested.is_some_and(|size| count < size),
            };
        self.position += match p.kind {
            PageKind::Offset { .. } => count,
            PageKind::Page { .. } => 1,
        };
        Ok(())
    }
}
