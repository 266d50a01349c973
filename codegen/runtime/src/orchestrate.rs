//! The send loop of a call, in phases: prepare the call once (its request checked, its
//! security alternative chosen and its credentials fetched, its idempotency key made), then per
//! attempt: bound it by what is left of the deadline, send it, and decide on its outcome (renew
//! the credentials after a 401, retry, or finish with the response or an error).

use std::future::Future;
use std::pin::Pin;
use std::time::{Duration, Instant};

use reqwest::header::{HeaderName, HeaderValue};
use reqwest::StatusCode;
use tracing::Instrument;

use crate::attempt::{Attempt, AttemptInput};
use crate::auth::{redact_url, Secret, SecurityScheme};
use crate::client::ClientCore;
use crate::error::{transport_kind, Error, SendError, TransportError};
use crate::options::RequestOptions;
use crate::outgoing::header;
use crate::request::RequestSpec;
use crate::response::RawResponse;
use crate::retry::{AttemptInfo, Decision, Outcome, Retries};

/// The future of [`ClientCore::send`].
pub(crate) type SendFuture = Pin<Box<dyn Future<Output = Result<RawResponse, SendError>> + Send + 'static>>;

impl ClientCore {
    /// Sends `spec` with retries, in a boxed future that owns the request and a clone of this
    /// core (so it is `'static`).
    pub(crate) fn send(&self, spec: RequestSpec, options: RequestOptions) -> SendFuture {
        let core = self.clone();
        Box::pin(async move { core.execute(&spec, &options).await })
    }

    /// Sends `spec` with retries like [`ClientCore::send`], but leaves the body of a success
    /// response unread, in [`RawResponse::stream`].
    pub(crate) fn send_streaming(&self, spec: RequestSpec, options: RequestOptions) -> SendFuture {
        let core = self.clone();
        Box::pin(async move { core.execute_with(&spec, &options, true).await })
    }

    /// Sends `spec` with retries and returns the final response, whatever its status.
    ///
    /// Not generic (its errors carry no error body): the retry loop, the credential lookups and
    /// reqwest's futures are compiled once, here, not once in every generated crate.
    pub(crate) async fn execute(&self, spec: &RequestSpec, options: &RequestOptions) -> Result<RawResponse, SendError> {
        self.execute_with(spec, options, false).await
    }

    /// [`ClientCore::execute`]; with `streaming`, the body of a success response is left unread.
    async fn execute_with(
        &self,
        spec: &RequestSpec,
        options: &RequestOptions,
        streaming: bool,
    ) -> Result<RawResponse, SendError> {
        let span = tracing::debug_span!(
            "http.request",
            operation = spec.operation,
            method = %spec.method,
            path = spec.path_template,
            status = tracing::field::Empty,
            attempt = tracing::field::Empty,
            latency_ms = tracing::field::Empty,
        );
        self.run(spec, options, &span, streaming).instrument(span.clone()).await
    }

    /// The loop: one attempt after another until one phase finishes the call.
    async fn run(
        &self,
        spec: &RequestSpec,
        options: &RequestOptions,
        span: &tracing::Span,
        streaming: bool,
    ) -> Result<RawResponse, SendError> {
        let mut call = Run::prepare(self, spec, options).await?;
        loop {
            let timeout = call.attempt_timeout()?;
            call.attempts += 1;
            let started = Instant::now();
            let input = AttemptInput {
                credentials: &call.credentials,
                idempotency: call.idempotency.as_ref(),
                timeout,
                streaming,
            };
            let outcome = self.attempt(spec, options, &input).await;
            span.record("attempt", call.attempts);
            span.record("latency_ms", started.elapsed().as_millis() as u64);
            let next = match outcome {
                Attempt::Done(response) => call.on_response(response, span).await?,
                Attempt::Invalid(message) => {
                    return Err(Error::InvalidRequest { operation: spec.operation, message });
                }
                Attempt::Failed(err) => call.on_failure(err, timeout)?,
            };
            match next {
                Next::SendAgain => {}
                Next::Wait(delay) => tokio::time::sleep(delay).await,
                Next::Done(response) => return Ok(response),
            }
        }
    }
}

/// What the loop does after an attempt.
enum Next {
    /// Send the request again at once (after a renewed credential).
    SendAgain,
    /// Send the request again after this delay.
    Wait(Duration),
    /// The call's response.
    Done(RawResponse),
}

/// The state of one call across its attempts.
struct Run<'a> {
    core: &'a ClientCore,
    spec: &'a RequestSpec,
    /// The security alternative the request is sent with.
    schemes: &'static [&'static SecurityScheme],
    credentials: Vec<(&'static SecurityScheme, Secret)>,
    idempotency: Option<(HeaderName, HeaderValue)>,
    /// The timeout of one attempt.
    timeout: Duration,
    /// A body that cannot be sent twice (a stream) is sent once: no retry, no renewal.
    replayable: bool,
    may_resend: bool,
    retries: Retries<'a>,
    reauthenticated: bool,
    attempts: u32,
}

impl<'a> Run<'a> {
    /// The first phase: checks the request, chooses its security alternative and fetches its
    /// credentials, makes its idempotency key, and sets the retry policy, timeout and deadline.
    async fn prepare(
        core: &'a ClientCore,
        spec: &'a RequestSpec,
        options: &'a RequestOptions,
    ) -> Result<Self, SendError> {
        if let Some(message) = &spec.invalid {
            return Err(Error::InvalidRequest { operation: spec.operation, message: message.clone() });
        }
        let begun = Instant::now();
        let schemes = core.choose_schemes(spec)?;
        let credentials = core.credentials(spec, schemes).await?;
        let policy = options.retry.as_ref().unwrap_or(&core.inner.retry);
        let idempotency = idempotency(spec, options)?;
        let replayable = spec.body.is_replayable();
        let deadline = options.deadline.or(policy.deadline).or(core.inner.deadline);
        Ok(Run {
            core,
            spec,
            schemes,
            credentials,
            may_resend: replayable && (idempotency.is_some() || policy.may_resend(&spec.method)),
            idempotency,
            timeout: options.timeout.unwrap_or(core.inner.timeout),
            replayable,
            retries: Retries::new(policy, options.retry_classifier.as_ref(), replayable, begun, deadline),
            reauthenticated: false,
            attempts: 0,
        })
    }

    /// The next attempt's timeout, shortened to what is left of the deadline; an error when
    /// nothing is left.
    fn attempt_timeout(&self) -> Result<Duration, SendError> {
        let left = self.retries.left();
        if left == Some(Duration::ZERO) {
            return Err(self.past_deadline(None));
        }
        Ok(left.map_or(self.timeout, |left| left.min(self.timeout)))
    }

    /// The phase after a response: a first 401 renews the credentials and sends again;
    /// otherwise the retry decision.
    async fn on_response(&mut self, mut response: RawResponse, span: &tracing::Span) -> Result<Next, SendError> {
        response.attempts = self.attempts;
        span.record("status", response.status.as_u16());
        let status = response.status;
        if status == StatusCode::UNAUTHORIZED && !self.reauthenticated && !self.schemes.is_empty() && self.replayable {
            self.reauthenticated = true;
            if self.core.renew(self.schemes).await {
                tracing::debug!("credential renewed after 401; sending again");
                self.credentials = self.core.credentials(self.spec, self.schemes).await?;
                return Ok(Next::SendAgain);
            }
        }
        match self.decide(Outcome::Response { status, headers: &response.headers }) {
            Decision::Retry(delay) => {
                tracing::debug!(status = status.as_u16(), ?delay, "retrying");
                Ok(Next::Wait(delay))
            }
            Decision::Stop => Ok(Next::Done(response)),
            Decision::PastDeadline => Err(self.past_deadline(Some(status))),
        }
    }

    /// The phase after an attempt that got no response: the retry decision, else the error.
    /// Nothing reached the server: always safe to send again. A timeout, a connection reset or
    /// closed before the response, a body cut short: the server may have acted, so only
    /// requests that may be resent.
    fn on_failure(&mut self, err: reqwest::Error, attempt_timeout: Duration) -> Result<Next, SendError> {
        let err = redact_url(err, self.schemes);
        match self.decide(Outcome::Failed(transport_kind(&err))) {
            Decision::Retry(delay) => {
                tracing::debug!(error = %err, ?delay, "retrying");
                Ok(Next::Wait(delay))
            }
            Decision::PastDeadline => Err(self.past_deadline(None)),
            Decision::Stop if err.is_timeout() && attempt_timeout < self.timeout => {
                // The deadline, not the attempt's own timeout, cut it short.
                Err(self.past_deadline(None))
            }
            Decision::Stop if err.is_timeout() => {
                Err(Error::Timeout { operation: self.spec.operation, timeout: self.timeout, attempts: self.attempts })
            }
            Decision::Stop => Err(Error::Transport {
                operation: self.spec.operation,
                attempts: self.attempts,
                source: TransportError::new(err),
            }),
        }
    }

    /// The retry decision on the last attempt's outcome.
    fn decide(&mut self, outcome: Outcome<'_>) -> Decision {
        let info = AttemptInfo {
            operation: self.spec.operation,
            method: &self.spec.method,
            attempt: self.attempts,
            may_resend: self.may_resend,
            outcome,
        };
        self.retries.decide(&info)
    }

    fn past_deadline(&self, last_status: Option<StatusCode>) -> SendError {
        Error::Deadline {
            operation: self.spec.operation,
            deadline: self.retries.deadline().unwrap_or_default(),
            attempts: self.attempts,
            last_status,
        }
    }
}

/// The call's idempotency header: one key per logical call, the same on every attempt, so the
/// server can tell a retry from a new request and resending is safe.
fn idempotency(spec: &RequestSpec, options: &RequestOptions) -> Result<Option<(HeaderName, HeaderValue)>, SendError> {
    match (&options.idempotency_key, spec.idempotency_key) {
        (None, None) => Ok(None),
        (key, name) => {
            let name = name.unwrap_or("Idempotency-Key");
            let key = key.clone().unwrap_or_else(fresh_key);
            let pair = header(name, &key, Some("the idempotency key"))
                .map_err(|message| Error::InvalidRequest { operation: spec.operation, message })?;
            Ok(Some(pair))
        }
    }
}

/// A fresh idempotency key: 122 random bits in the shape of a version-4 UUID.
fn fresh_key() -> String {
    let bits = fastrand::u128(..);
    let bits = (bits & !(0xf << 76) | (0x4 << 76)) & !(0x3 << 62) | (0x2 << 62);
    let hex = format!("{bits:032x}");
    format!("{}-{}-{}-{}-{}", &hex[..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..])
}
