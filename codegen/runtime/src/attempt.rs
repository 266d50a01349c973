//! One attempt of a request: build it, let the hooks see it, send it, read the response, and
//! hand the whole exchange to the hooks that want it.

use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use crate::auth::{Secret, SecurityScheme};
use crate::client::ClientCore;
use crate::hooks::{Exchange, ExchangeBody, ExchangeResponse, Hook};
use crate::options::RequestOptions;
use crate::outgoing::{BuildFailure, Outgoing};
use crate::request::RequestSpec;
use crate::response::RawResponse;

/// How one attempt ended.
pub(crate) enum Attempt {
    Done(RawResponse),
    Failed(reqwest::Error),
    /// The request could not be built (a header name or value that HTTP does not allow).
    Invalid(String),
}

/// What an attempt is sent with, besides the request itself.
pub(crate) struct AttemptInput<'a> {
    pub(crate) credentials: &'a [(&'static SecurityScheme, Secret)],
    pub(crate) idempotency: Option<&'a (HeaderName, HeaderValue)>,
    pub(crate) timeout: Duration,
    /// Leave the body of a success response unread.
    pub(crate) streaming: bool,
}

impl ClientCore {
    /// Sends `spec` once.
    pub(crate) async fn attempt(
        &self,
        spec: &RequestSpec,
        options: &RequestOptions,
        input: &AttemptInput<'_>,
    ) -> Attempt {
        let outgoing = Outgoing {
            base_url: &self.inner.base_url,
            default_headers: &self.inner.default_headers,
            spec,
            credentials: input.credentials,
            idempotency: input.idempotency,
            extra_headers: &options.headers,
            timeout: input.timeout,
        };
        let mut request = match outgoing.build(&self.inner.http).await {
            Ok(request) => request,
            Err(BuildFailure::Invalid(message)) => return Attempt::Invalid(message),
            Err(BuildFailure::Http(err)) => return Attempt::Failed(err),
        };
        let hooks = AttemptHooks { client: &self.inner.hooks.0, call: &options.hooks.0 };
        for hook in hooks.all() {
            if let Err(err) = hook.before_send(spec.operation, &mut request) {
                return Attempt::Invalid(format!("a hook refused the request: {err}"));
            }
        }
        // A copy of what goes out, only when a hook asks for whole exchanges: `execute`
        // consumes the request.
        let sent = hooks.all().any(|hook| hook.wants_exchanges()).then(|| SentCopy::of(&request));
        let exchanges = Exchanges { spec, hooks, sent, started: Instant::now() };
        let response = match self.inner.http.execute(request).await {
            Ok(response) => response,
            Err(err) => {
                exchanges.failed(None, &err);
                return Attempt::Failed(err);
            }
        };
        read(response, input.streaming, &exchanges).await
    }
}

/// The response of an attempt: its body read whole, or left to stream on a success of a
/// streaming call.
async fn read(response: reqwest::Response, streaming: bool, exchanges: &Exchanges<'_>) -> Attempt {
    let status = response.status();
    let headers = response.headers().clone();
    for hook in exchanges.hooks.all() {
        hook.after_response(exchanges.spec.operation, status, &headers, exchanges.started.elapsed());
    }
    if streaming && status.is_success() {
        exchanges.ended(ExchangeResponse { status, headers: &headers, body: ExchangeBody::Streamed });
        return Attempt::Done(RawResponse {
            status,
            headers,
            body: Bytes::new(),
            attempts: 0,
            stream: Some(Box::new(response)),
        });
    }
    match response.bytes().await {
        Ok(body) => {
            exchanges.ended(ExchangeResponse { status, headers: &headers, body: ExchangeBody::Bytes(&body) });
            Attempt::Done(RawResponse { status, headers, body, attempts: 0, stream: None })
        }
        Err(err) => {
            let response = ExchangeResponse { status, headers: &headers, body: ExchangeBody::Absent };
            exchanges.failed(Some(response), &err);
            Attempt::Failed(err)
        }
    }
}

/// The hooks of an attempt: the client's, then the call's.
#[derive(Clone, Copy)]
struct AttemptHooks<'a> {
    client: &'a [Arc<dyn Hook>],
    call: &'a [Arc<dyn Hook>],
}

impl<'a> AttemptHooks<'a> {
    fn all(self) -> impl Iterator<Item = &'a Arc<dyn Hook>> {
        self.client.iter().chain(self.call)
    }
}

/// Hands an attempt's whole exchange to the hooks that want it (nothing when none does).
struct Exchanges<'a> {
    spec: &'a RequestSpec,
    hooks: AttemptHooks<'a>,
    sent: Option<SentCopy>,
    started: Instant,
}

impl Exchanges<'_> {
    /// The attempt failed with `err`, after its response's head when there was one.
    fn failed(&self, response: Option<ExchangeResponse<'_>>, err: &reqwest::Error) {
        if self.sent.is_some() {
            self.ended_with(response, Some(&error_chain(err)));
        }
    }

    /// The attempt ended with `response`.
    fn ended(&self, response: ExchangeResponse<'_>) {
        self.ended_with(Some(response), None);
    }

    fn ended_with(&self, response: Option<ExchangeResponse<'_>>, error: Option<&str>) {
        let Some(sent) = &self.sent else { return };
        let spec = self.spec;
        let exchange = Exchange {
            operation: spec.operation,
            path_template: spec.path_template,
            security: spec.security,
            method: &spec.method,
            url: &sent.url,
            request_headers: &sent.headers,
            request_body: sent.body(),
            response,
            error,
            elapsed: self.started.elapsed(),
        };
        for hook in self.hooks.all().filter(|hook| hook.wants_exchanges()) {
            hook.after_exchange(&exchange);
        }
    }
}

/// What an attempt keeps of its request for the hooks that want whole exchanges.
struct SentCopy {
    url: String,
    headers: HeaderMap,
    /// `None`: no body; `Some(None)`: a streamed body, not kept.
    body: Option<Option<Bytes>>,
}

impl SentCopy {
    fn of(request: &reqwest::Request) -> SentCopy {
        SentCopy {
            url: request.url().to_string(),
            headers: request.headers().clone(),
            body: request.body().map(|body| body.as_bytes().map(Bytes::copy_from_slice)),
        }
    }

    fn body(&self) -> ExchangeBody<'_> {
        match &self.body {
            None => ExchangeBody::Absent,
            Some(Some(bytes)) => ExchangeBody::Bytes(bytes),
            Some(None) => ExchangeBody::Streamed,
        }
    }
}

/// An error's message and the messages of its sources, `: `-separated (reqwest's own message
/// says only "error sending request for url (…)"; the cause is in its sources).
fn error_chain(err: &dyn std::error::Error) -> String {
    let mut message = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        let text = cause.to_string();
        if !message.contains(&text) {
            message.push_str(": ");
            message.push_str(&text);
        }
        source = cause.source();
    }
    message
}
