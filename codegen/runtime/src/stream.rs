//! Streamed success bodies: [`ByteStream`] and the future that resolves to one.

use std::fmt;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use futures_core::Stream;
use reqwest::header::HeaderMap;
use reqwest::StatusCode;

use crate::error::{Error, ErrorBodies, TransportError};
use crate::orchestrate::SendFuture;
use crate::response::status_error;

type Chunks = Pin<Box<dyn Stream<Item = reqwest::Result<Bytes>> + Send>>;

/// A success body as it arrives: a `Stream` of byte chunks, with the response's status and
/// headers. Nothing is buffered beyond the chunk being read.
///
/// Everything before the body is as for a buffered call: an error status is an
/// [`Error::Status`] with its body decoded (the future of [`Call::send_streaming`](crate::Call::send_streaming)
/// fails, no stream is made), and retries and credential renewals happen only before the
/// first byte of a success body. Once the body streams, a failure (a connection cut, the
/// attempt's timeout, which covers the body) ends the stream with an [`Error::Transport`] or
/// [`Error::Timeout`] and is never retried.
#[must_use = "streams do nothing unless polled"]
pub struct ByteStream<E> {
    operation: &'static str,
    status: StatusCode,
    headers: HeaderMap,
    attempts: u32,
    timeout: Duration,
    chunks: Option<Chunks>,
    _error: PhantomData<fn() -> E>,
}

impl<E> fmt::Debug for ByteStream<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ByteStream")
            .field("operation", &self.operation)
            .field("status", &self.status)
            .field("content_length", &self.content_length())
            .finish_non_exhaustive()
    }
}

impl<E> ByteStream<E> {
    /// The response's status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The response's headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// A header as text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The `Content-Length` the server announced, if any.
    pub fn content_length(&self) -> Option<u64> {
        self.header("content-length").and_then(|v| v.trim().parse().ok())
    }

    /// How many attempts the call took before its body started.
    pub fn attempts(&self) -> u32 {
        self.attempts
    }

    /// Reads the rest of the body into memory (what a buffered call does).
    pub async fn collect(mut self) -> Result<Vec<u8>, Error<E>> {
        let mut out = Vec::with_capacity(self.content_length().unwrap_or(0).min(1 << 20) as usize);
        while let Some(chunk) = futures_util::StreamExt::next(&mut self).await {
            out.extend_from_slice(&chunk?);
        }
        Ok(out)
    }
}

impl<E> Stream for ByteStream<E> {
    type Item = Result<Bytes, Error<E>>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        let Some(chunks) = this.chunks.as_mut() else { return Poll::Ready(None) };
        match chunks.as_mut().poll_next(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(None) => {
                this.chunks = None;
                Poll::Ready(None)
            }
            Poll::Ready(Some(Ok(chunk))) => Poll::Ready(Some(Ok(chunk))),
            Poll::Ready(Some(Err(err))) => {
                // The stream ends with its first error.
                this.chunks = None;
                let (operation, attempts) = (this.operation, this.attempts);
                Poll::Ready(Some(Err(if err.is_timeout() {
                    Error::Timeout { operation, timeout: this.timeout, attempts }
                } else {
                    Error::Transport { operation, attempts, source: TransportError::new(err.without_url()) }
                })))
            }
        }
    }
}

/// The future of [`Call::send_streaming`](crate::Call::send_streaming): the request with its
/// retries, then a [`ByteStream`] of the success body, or the error of an error status.
#[must_use = "futures do nothing unless polled"]
pub struct StreamFuture<E> {
    pub(crate) operation: &'static str,
    pub(crate) error_statuses: &'static [(u16, u16)],
    pub(crate) timeout: Duration,
    pub(crate) sending: SendFuture,
    pub(crate) _error: PhantomData<fn() -> E>,
}

impl<E> fmt::Debug for StreamFuture<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StreamFuture").field("operation", &self.operation).finish_non_exhaustive()
    }
}

impl<E: ErrorBodies> Future for StreamFuture<E> {
    type Output = Result<ByteStream<E>, Error<E>>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = &mut *self;
        match this.sending.as_mut().poll(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(Err(err)) => Poll::Ready(Err(err.widen())),
            Poll::Ready(Ok(mut raw)) => {
                if !raw.status.is_success() {
                    return Poll::Ready(Err(status_error(this.operation, this.error_statuses, raw)));
                }
                let chunks: Chunks = match raw.stream.take() {
                    Some(response) => Box::pin((*response).bytes_stream()),
                    // Read whole after all (a body the attempt had to buffer): one chunk.
                    None => {
                        let body = std::mem::take(&mut raw.body);
                        Box::pin(futures_util::stream::iter((!body.is_empty()).then_some(Ok(body))))
                    }
                };
                Poll::Ready(Ok(ByteStream {
                    operation: this.operation,
                    status: raw.status,
                    headers: raw.headers,
                    attempts: raw.attempts,
                    timeout: this.timeout,
                    chunks: Some(chunks),
                    _error: PhantomData,
                }))
            }
        }
    }
}
