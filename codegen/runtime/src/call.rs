use std::fmt;
use std::future::{Future, IntoFuture};
use std::marker::PhantomData;
use std::pin::Pin;
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use reqwest::StatusCode;
use serde::de::DeserializeOwned;

use crate::client::{ClientCore, RawResponse};
use crate::decode::Decoder;
use crate::error::{snippet, DecodeError, Error, StatusError};
use crate::request::RequestSpec;
use crate::retry::RetryPolicy;

/// Settings for one call that override the client's.
#[derive(Debug, Clone, Default)]
pub struct RequestOptions {
    /// Extra headers (they replace headers of the same name set by the call).
    pub headers: Vec<(HeaderName, HeaderValue)>,
    /// The total timeout of one attempt.
    pub timeout: Option<Duration>,
    /// The retry policy.
    pub retry: Option<RetryPolicy>,
}

/// A successful response: status, headers and the decoded body.
#[derive(Debug, Clone)]
pub struct ApiResponse<T> {
    /// The status.
    pub status: StatusCode,
    /// The headers (e.g. `Location` after a create).
    pub headers: HeaderMap,
    /// The decoded body.
    pub body: T,
}

impl<T> ApiResponse<T> {
    /// The decoded body.
    pub fn into_body(self) -> T {
        self.body
    }

    /// A header as text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

/// One call of an operation, ready to send. `.await` it for the decoded body, or call
/// [`Call::send_with_response`] for the status and headers too. Per-call settings
/// ([`Call::timeout`], [`Call::retry`], [`Call::header`]) leave the client unchanged.
#[must_use = "a call does nothing until it is awaited"]
pub struct Call<'a, T, E> {
    core: &'a ClientCore,
    spec: RequestSpec,
    decode: Decoder<T>,
    options: RequestOptions,
    _error: PhantomData<fn() -> E>,
}

impl<T, E> fmt::Debug for Call<'_, T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Call").field("spec", &self.spec).field("options", &self.options).finish_non_exhaustive()
    }
}

impl<'a, T, E> Call<'a, T, E>
where
    T: Send + 'a,
    E: DeserializeOwned + Send + 'a,
{
    /// A call of `spec` whose success body is decoded by `decode`.
    pub fn new(core: &'a ClientCore, spec: RequestSpec, decode: Decoder<T>) -> Self {
        Call { core, spec, decode, options: RequestOptions::default(), _error: PhantomData }
    }

    /// The request this call sends.
    pub fn spec(&self) -> &RequestSpec {
        &self.spec
    }

    /// The request, for running it another way (e.g. page by page).
    pub fn into_spec(self) -> RequestSpec {
        self.spec
    }

    /// Adds a header to this call. Invalid names or values are ignored.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        if let (Ok(name), Ok(value)) = (HeaderName::try_from(name), HeaderValue::try_from(value)) {
            self.options.headers.push((name, value));
        }
        self
    }

    /// Sets the timeout of each attempt of this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// Sets the retry policy of this call.
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.options.retry = Some(retry);
        self
    }

    /// Replaces all per-call settings.
    pub fn options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Sends the call and returns the decoded body.
    pub async fn send(self) -> Result<T, Error<E>> {
        self.send_with_response().await.map(ApiResponse::into_body)
    }

    /// Sends the call and returns status, headers and the decoded body.
    pub async fn send_with_response(self) -> Result<ApiResponse<T>, Error<E>> {
        let raw = self.core.execute::<E>(&self.spec, &self.options).await?;
        finish(&self.spec, raw, self.decode)
    }
}

/// Turns a raw response into the decoded body or the right error.
pub(crate) fn finish<T, E: DeserializeOwned>(
    spec: &RequestSpec,
    raw: RawResponse,
    decode: Decoder<T>,
) -> Result<ApiResponse<T>, Error<E>> {
    if !raw.status.is_success() {
        return Err(status_error(spec, raw));
    }
    match decode(raw.status.as_u16(), &raw.body) {
        Ok(body) => Ok(ApiResponse { status: raw.status, headers: raw.headers, body }),
        Err(failure) => Err(Error::Decode(Box::new(DecodeError {
            operation: spec.operation,
            target: std::any::type_name::<T>(),
            status: raw.status,
            path: failure.path,
            snippet: snippet(&raw.body),
            message: failure.message,
            content_type: raw
                .headers
                .get(reqwest::header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned),
        }))),
    }
}

pub(crate) fn status_error<E: DeserializeOwned>(spec: &RequestSpec, raw: RawResponse) -> Error<E> {
    let status = raw.status.as_u16();
    let described = spec.error_statuses.iter().any(|&s| s == status || s == 0);
    let decoded = if described { serde_json::from_slice::<E>(&raw.body).ok() } else { None };
    Error::Status(Box::new(StatusError {
        operation: spec.operation,
        status: raw.status,
        headers: raw.headers,
        body: raw.body,
        decoded,
        attempts: raw.attempts,
    }))
}

impl<'a, T, E> IntoFuture for Call<'a, T, E>
where
    T: Send + 'a,
    E: DeserializeOwned + Send + 'a,
{
    type Output = Result<T, Error<E>>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send + 'a>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
