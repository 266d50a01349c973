//! Extension points around every attempt of a request: add a request id, sign a request,
//! record metrics or whole exchanges, or look at what goes out in a test. Set on the builder
//! for every call, or on one call; builder hooks run first.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::HeaderMap;
use reqwest::{Method, StatusCode};

use crate::auth::SecurityScheme;
use crate::error::BoxError;

/// Called around every attempt (retries included) of every request it is set for.
pub trait Hook: Send + Sync + 'static {
    /// Before the attempt is sent, with the request as it will go out (credentials already
    /// placed). An error fails the call without sending it, as `Error::InvalidRequest`.
    fn before_send(&self, operation: &'static str, request: &mut reqwest::Request) -> Result<(), BoxError> {
        let _ = (operation, request);
        Ok(())
    }

    /// After the attempt's response arrived: its status and headers, and how long it took.
    fn after_response(&self, operation: &'static str, status: StatusCode, headers: &HeaderMap, elapsed: Duration) {
        let _ = (operation, status, headers, elapsed);
    }

    /// `true` when this hook wants [`Hook::after_exchange`] called. Only then does an attempt
    /// keep a copy of its request (URL, headers, body) and hand the whole exchange over; the
    /// default, `false`, costs a call nothing.
    fn wants_exchanges(&self) -> bool {
        false
    }

    /// After an attempt ended, when [`Hook::wants_exchanges`] says so: the request as it went
    /// out (after every hook's [`Hook::before_send`]) and the response with its whole body, or
    /// why no response came. Called once per attempt, so a retried call gives one exchange per
    /// attempt. Nothing is redacted here: the exchange holds credentials as sent
    /// ([`crate::Recorder`] redacts what it writes).
    fn after_exchange(&self, exchange: &Exchange<'_>) {
        let _ = exchange;
    }
}

/// One attempt of a request as it went over the wire, for [`Hook::after_exchange`]. Its
/// `Debug` shows the operation, method, status and body lengths, never the URL, headers or
/// bytes (they may carry credentials).
#[derive(Clone, Copy)]
#[non_exhaustive]
pub struct Exchange<'a> {
    /// The operation ([`RequestSpec::operation`](crate::RequestSpec::operation)).
    pub operation: &'static str,
    /// The path template of the operation as the spec writes it
    /// ([`RequestSpec::path_template`](crate::RequestSpec::path_template)).
    pub path_template: &'static str,
    /// The operation's security requirements: the schemes whose credentials may be in the
    /// request ([`RequestSpec::security`](crate::RequestSpec::security)).
    pub security: &'static [&'static [&'static SecurityScheme]],
    /// The method.
    pub method: &'a Method,
    /// The URL as sent, query included.
    pub url: &'a str,
    /// The request headers as sent by this crate and its hooks (the HTTP stack may add
    /// transport headers such as `content-length` or `host` of its own).
    pub request_headers: &'a HeaderMap,
    /// The request body.
    pub request_body: ExchangeBody<'a>,
    /// The response, when one came: its status, headers and body.
    pub response: Option<ExchangeResponse<'a>>,
    /// Why the attempt failed: no response came (connection refused, timeout, reset), or the
    /// body of the response could not be read to its end (then `response` is set and its body
    /// is [`ExchangeBody::Absent`]). The message holds the URL as sent.
    pub error: Option<&'a str>,
    /// How long the attempt took, up to its body's end.
    pub elapsed: Duration,
}

/// A response of an [`Exchange`] (its `Debug` shows the status and the body's length).
#[derive(Clone, Copy)]
#[non_exhaustive]
pub struct ExchangeResponse<'a> {
    /// The status.
    pub status: StatusCode,
    /// The headers as received.
    pub headers: &'a HeaderMap,
    /// The body.
    pub body: ExchangeBody<'a>,
}

/// The body of a request or response in an [`Exchange`] (its `Debug` shows the length).
#[derive(Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ExchangeBody<'a> {
    /// There was none (or, for a response, it could not be read: see [`Exchange::error`]).
    Absent,
    /// The whole body (possibly empty).
    Bytes(&'a [u8]),
    /// The body was streamed and not kept: an upload from a file or a stream, or the success
    /// body of a streaming call (`send_streaming`), which goes to the caller chunk by chunk.
    Streamed,
}

impl fmt::Debug for Exchange<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Exchange")
            .field("operation", &self.operation)
            .field("method", self.method)
            .field("path_template", &self.path_template)
            .field("request_body", &self.request_body)
            .field("response", &self.response)
            .field("failed", &self.error.is_some())
            .field("elapsed", &self.elapsed)
            .finish_non_exhaustive()
    }
}

impl fmt::Debug for ExchangeResponse<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ExchangeResponse")
            .field("status", &self.status)
            .field("body", &self.body)
            .finish_non_exhaustive()
    }
}

impl fmt::Debug for ExchangeBody<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExchangeBody::Absent => f.write_str("Absent"),
            ExchangeBody::Bytes(bytes) => write!(f, "Bytes(len {})", bytes.len()),
            ExchangeBody::Streamed => f.write_str("Streamed"),
        }
    }
}

/// Hooks in the order they run.
#[derive(Clone, Default)]
pub struct Hooks(pub(crate) Vec<Arc<dyn Hook>>);

impl Hooks {
    /// Adds a hook after the others.
    pub fn push(&mut self, hook: impl Hook) {
        self.0.push(Arc::new(hook));
    }

    /// `true` when there is none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Hooks {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Hooks({})", self.0.len())
    }
}
