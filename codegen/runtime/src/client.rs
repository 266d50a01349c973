use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue, ACCEPT, CONTENT_TYPE};
use reqwest::StatusCode;
use tracing::Instrument;

use crate::auth::{CredentialSource, SchemeLocation, Secret, SecurityScheme};
use crate::call::RequestOptions;
use crate::error::Error;
use crate::hooks::{Exchange, ExchangeBody, ExchangeResponse};
use crate::request::{Body, RequestSpec};
use crate::retry::{retry_after, AttemptInfo, Outcome, RetryPolicy, TransportKind};
use crate::session::LoginError;

/// A base URL for `Debug`: a password in it is replaced.
fn shown_url(url: &str) -> String {
    match reqwest::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let _ = parsed.set_password(Some("<redacted>"));
            parsed.to_string()
        }
        _ => url.to_owned(),
    }
}

/// The default total timeout of one attempt.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// The default connect timeout.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Builds a [`ClientCore`]; generated clients wrap it with typed setters.
pub struct ClientBuilder {
    base_url: String,
    http: Option<reqwest::Client>,
    credentials: Vec<(&'static str, Arc<dyn CredentialSource>)>,
    retry: RetryPolicy,
    timeout: Duration,
    deadline: Option<Duration>,
    connect_timeout: Duration,
    user_agent: String,
    /// Headers sent with every request (their values are not shown in `Debug`).
    default_headers: Vec<(String, String)>,
    hooks: crate::Hooks,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &shown_url(&self.base_url))
            .field("credentials", &self.credentials.iter().map(|(name, _)| *name).collect::<Vec<_>>())
            .field("retry", &self.retry)
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

impl ClientBuilder {
    /// A builder for a client of the API at `base_url` (e.g. `https://api.example.com/v1`).
    pub fn new(base_url: impl Into<String>, user_agent: impl Into<String>) -> Self {
        ClientBuilder {
            base_url: base_url.into(),
            http: None,
            credentials: Vec::new(),
            retry: RetryPolicy::default(),
            timeout: DEFAULT_TIMEOUT,
            deadline: None,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            user_agent: user_agent.into(),
            default_headers: Vec::new(),
            hooks: crate::Hooks::default(),
        }
    }

    /// Adds a hook run around every attempt of every call (before a call's own hooks).
    pub fn hook(mut self, hook: impl crate::Hook) -> Self {
        self.hooks.push(hook);
        self
    }

    /// Sends this header with every request (a call's own headers and credentials take
    /// precedence). An invalid name or value makes [`ClientBuilder::build`] fail, naming it.
    pub fn default_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.default_headers.push((name.into(), value.into()));
        self
    }

    /// Changes the base URL.
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = base_url.into();
        self
    }

    /// Uses this `reqwest::Client` (proxies, TLS roots, pools); its own settings then apply
    /// and the builder's connect timeout is not used (the crate's user agent is still sent).
    ///
    /// An escape hatch: with [`crate::Hook::before_send`]'s request, the only place reqwest's
    /// types appear in this crate's API. Errors are this crate's own ([`crate::TransportError`]),
    /// whatever client sends the request.
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    /// Sets the credential of the security scheme `scheme` (its name in the spec).
    pub fn credential(mut self, scheme: &'static str, source: impl CredentialSource + 'static) -> Self {
        self.credentials.retain(|(name, _)| *name != scheme);
        self.credentials.push((scheme, Arc::new(source)));
        self
    }

    /// Sets the retry policy for every call (a call can override it).
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// Bounds each attempt of every call (a call can override it): with retries a call can
    /// run several times this long; [`ClientBuilder::deadline`] bounds the whole call.
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The old name of [`ClientBuilder::attempt_timeout`]: it bounds one attempt, not a call.
    #[deprecated(note = "bounds one attempt only: use `attempt_timeout`, or `deadline` for the whole call")]
    pub fn timeout(self, timeout: Duration) -> Self {
        self.attempt_timeout(timeout)
    }

    /// Bounds every call as a whole, attempts and the waits between them (a call's own
    /// deadline, or its retry policy's, takes precedence). When it runs out the call fails with
    /// [`Error::Deadline`]; each attempt is cut to what is left.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.deadline = Some(deadline);
        self
    }

    /// Sets the connect timeout.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Builds the client. Fails when the base URL is not an absolute `http`/`https` URL (a typo
    /// shows here, not as a transport error on the first call) or the TLS backend cannot be set
    /// up.
    pub fn build(self) -> Result<ClientCore, BuildError> {
        check_base_url(&self.base_url)?;
        let mut defaults = HeaderMap::new();
        for (name, value) in &self.default_headers {
            let (name, value) = header(name, value, &format!("default header `{name}`"))
                .map_err(|reason| BuildError::Header { name: name.clone(), reason })?;
            defaults.insert(name, value);
        }
        // A client of the caller's keeps this crate's user agent: it is sent as a header.
        if self.http.is_some() {
            if let Ok(agent) = HeaderValue::from_str(&self.user_agent) {
                defaults.entry(reqwest::header::USER_AGENT).or_insert(agent);
            }
        }
        let http = match self.http {
            Some(http) => http,
            None => reqwest::Client::builder()
                .connect_timeout(self.connect_timeout)
                .user_agent(self.user_agent)
                .build()
                .map_err(|e| BuildError::Http(Box::new(e)))?,
        };
        Ok(ClientCore {
            inner: Arc::new(Inner {
                base_url: self.base_url.trim_end_matches('/').to_owned(),
                http,
                credentials: self.credentials,
                retry: self.retry,
                timeout: self.timeout,
                deadline: self.deadline,
                default_headers: defaults,
                hooks: self.hooks,
            }),
        })
    }
}

/// Why a client could not be built.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BuildError {
    /// The base URL is not an absolute `http` or `https` URL.
    #[error("the base URL `{url}` is not usable: {reason}")]
    BaseUrl {
        /// The URL as given (a password in it is hidden).
        url: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A default header's name or value is not valid in HTTP.
    #[error("the default header `{name}` is not usable: {reason}")]
    Header {
        /// The header's name.
        name: String,
        /// What is wrong with it (never its value).
        reason: String,
    },
    /// The HTTP client (its TLS backend) could not be set up.
    #[error("the HTTP client could not be set up: {0}")]
    Http(#[source] crate::error::BoxError),
}

fn check_base_url(base_url: &str) -> Result<(), BuildError> {
    let fail = |reason: String| BuildError::BaseUrl { url: shown_url(base_url), reason };
    let url = reqwest::Url::parse(base_url).map_err(|e| fail(e.to_string()))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(fail(format!("the scheme is `{}`, not http or https", url.scheme())));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(fail("it has no host".to_owned()));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(fail("it has a query or fragment; give the path prefix only".to_owned()));
    }
    Ok(())
}

/// The shared part of every generated client: configuration, connection pool, credentials.
/// Cloning is cheap.
#[derive(Clone)]
pub struct ClientCore {
    inner: Arc<Inner>,
}

struct Inner {
    base_url: String,
    http: reqwest::Client,
    credentials: Vec<(&'static str, Arc<dyn CredentialSource>)>,
    retry: RetryPolicy,
    timeout: Duration,
    deadline: Option<Duration>,
    default_headers: HeaderMap,
    hooks: crate::Hooks,
}

impl fmt::Debug for ClientCore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientCore")
            .field("base_url", &shown_url(&self.inner.base_url))
            .field("credentials", &self.inner.credentials.iter().map(|(name, _)| *name).collect::<Vec<_>>())
            .field("retry", &self.inner.retry)
            .field("timeout", &self.inner.timeout)
            .finish_non_exhaustive()
    }
}

/// A response before its body is decoded.
pub(crate) struct RawResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
    pub attempts: u32,
    /// A success response whose body is still to be read (a streaming call); `body` is empty.
    pub stream: Option<Box<reqwest::Response>>,
}

/// What can fail before a response arrives: an [`Error`] that never holds an error body.
pub(crate) type SendError = Error<std::convert::Infallible>;

/// The future of [`ClientCore::send`].
pub(crate) type SendFuture = Pin<Box<dyn Future<Output = Result<RawResponse, SendError>> + Send + 'static>>;

enum Attempt {
    Done(RawResponse),
    Failed(reqwest::Error),
    /// The request could not be built (a header name or value that HTTP does not allow).
    Invalid(String),
}

/// A fresh idempotency key: 122 random bits in the shape of a version-4 UUID.
fn fresh_key() -> String {
    let bits = fastrand::u128(..);
    let bits = (bits & !(0xf << 76) | (0x4 << 76)) & !(0x3 << 62) | (0x2 << 62);
    let hex = format!("{bits:032x}");
    format!("{}-{}-{}-{}-{}", &hex[..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..])
}

/// What kind of failure `err` is, for retry classifiers.
pub(crate) fn transport_kind(err: &reqwest::Error) -> TransportKind {
    if err.is_connect() {
        TransportKind::Connect
    } else if err.is_timeout() {
        TransportKind::Timeout
    } else if err.is_request() {
        TransportKind::Request
    } else if err.is_body() || err.is_decode() {
        // reqwest reports a body that ended early while it was read as a decode error.
        TransportKind::Body
    } else {
        TransportKind::Other
    }
}

/// `err` without the values of query parameters that carry credentials, nor a password in the
/// URL: reqwest's errors print the URL, and an API key sent in the query would otherwise reach
/// messages and logs.
fn redact_url(mut err: reqwest::Error, schemes: &[&SecurityScheme]) -> reqwest::Error {
    let names: Vec<&str> = schemes
        .iter()
        .filter_map(|scheme| match scheme.location {
            SchemeLocation::Query(name) => Some(name),
            _ => None,
        })
        .collect();
    let Some(url) = err.url_mut() else { return err };
    if url.password().is_some() {
        let _ = url.set_password(Some("<redacted>"));
    }
    if names.is_empty() || url.query().is_none() {
        return err;
    }
    let pairs: Vec<(String, String)> = url
        .query_pairs()
        .map(|(name, value)| {
            let value = if names.contains(&name.as_ref()) { "<redacted>".into() } else { value.into_owned() };
            (name.into_owned(), value)
        })
        .collect();
    url.query_pairs_mut().clear().extend_pairs(pairs);
    err
}

/// A header name and value, or why HTTP does not allow them: naming the header and what it
/// carries (`what`, e.g. "security scheme `key`"), never showing the value.
fn header(name: &str, value: &str, what: &str) -> Result<(HeaderName, HeaderValue), String> {
    let name = HeaderName::try_from(name).map_err(|_| format!("{name:?} ({what}) is not a valid header name"))?;
    let value = HeaderValue::try_from(value).map_err(|_| {
        format!("the value of header `{name}` ({what}) is not a valid header value (e.g. it holds CR or LF)")
    })?;
    Ok((name, value))
}

impl ClientCore {
    /// A copy of this core with the credential of `scheme` replaced (e.g. by a session's).
    pub fn with_credential(&self, scheme: &'static str, source: impl CredentialSource + 'static) -> ClientCore {
        let mut credentials = self.inner.credentials.clone();
        credentials.retain(|(name, _)| *name != scheme);
        credentials.push((scheme, Arc::new(source)));
        ClientCore {
            inner: Arc::new(Inner {
                base_url: self.inner.base_url.clone(),
                http: self.inner.http.clone(),
                credentials,
                retry: self.inner.retry.clone(),
                timeout: self.inner.timeout,
                deadline: self.inner.deadline,
                default_headers: self.inner.default_headers.clone(),
                hooks: self.inner.hooks.clone(),
            }),
        }
    }

    /// The total timeout of one attempt, unless a call sets its own.
    pub(crate) fn timeout(&self) -> Duration {
        self.inner.timeout
    }

    /// The base URL, without a trailing slash.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    fn source(&self, scheme: &str) -> Option<&Arc<dyn CredentialSource>> {
        self.inner.credentials.iter().find(|(name, _)| *name == scheme).map(|(_, source)| source)
    }

    /// Picks the first security alternative whose schemes all have credentials.
    fn choose_schemes(&self, spec: &RequestSpec) -> Result<&'static [&'static SecurityScheme], SendError> {
        if spec.security.is_empty() {
            return Ok(&[]);
        }
        for alternative in spec.security {
            if alternative.iter().all(|scheme| self.source(scheme.name).is_some()) {
                return Ok(alternative);
            }
        }
        let missing =
            spec.security[0].iter().find(|scheme| self.source(scheme.name).is_none()).map_or("?", |scheme| scheme.name);
        Err(Error::MissingCredential { operation: spec.operation, scheme: missing })
    }

    async fn credentials(
        &self,
        spec: &RequestSpec,
        schemes: &'static [&'static SecurityScheme],
    ) -> Result<Vec<(&'static SecurityScheme, Secret)>, SendError> {
        let mut out = Vec::with_capacity(schemes.len());
        for scheme in schemes {
            let source = self
                .source(scheme.name)
                .ok_or(Error::MissingCredential { operation: spec.operation, scheme: scheme.name })?;
            let secret = source.credential().await.map_err(|source| match source.downcast::<LoginError>() {
                Ok(mut login) => {
                    login.operation = spec.operation;
                    Error::Login(login)
                }
                Err(source) => Error::Credential { operation: spec.operation, scheme: scheme.name, source },
            })?;
            out.push((*scheme, secret));
        }
        Ok(out)
    }

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
        self.execute_inner(spec, options, &span, streaming).instrument(span.clone()).await
    }

    async fn execute_inner(
        &self,
        spec: &RequestSpec,
        options: &RequestOptions,
        span: &tracing::Span,
        streaming: bool,
    ) -> Result<RawResponse, SendError> {
        if let Some(message) = &spec.invalid {
            return Err(Error::InvalidRequest { operation: spec.operation, message: message.clone() });
        }
        let begun = Instant::now();
        let schemes = self.choose_schemes(spec)?;
        let mut credentials = self.credentials(spec, schemes).await?;
        let retry = options.retry.as_ref().unwrap_or(&self.inner.retry);
        let timeout = options.timeout.unwrap_or(self.inner.timeout);
        // One key per logical call, the same on every attempt: the server can tell a retry
        // from a new request, so resending is safe.
        let idempotency = match (&options.idempotency_key, spec.idempotency_key) {
            (None, None) => None,
            (key, name) => {
                let name = name.unwrap_or("Idempotency-Key");
                let key = key.clone().unwrap_or_else(fresh_key);
                let (name, value) = header(name, &key, "the idempotency key")
                    .map_err(|message| Error::InvalidRequest { operation: spec.operation, message })?;
                Some((name, value))
            }
        };
        // A body that cannot be sent twice (a stream) is sent once: no retry, no renewal,
        // whatever a classifier says.
        let replayable = spec.body.is_replayable();
        let may_resend = replayable && (idempotency.is_some() || retry.may_resend(&spec.method));
        let deadline = options.deadline.or(retry.deadline).or(self.inner.deadline);
        let past_deadline = |attempts: u32, last_status: Option<StatusCode>| Error::Deadline {
            operation: spec.operation,
            deadline: deadline.unwrap_or_default(),
            attempts,
            last_status,
        };
        // Would waiting `delay` from now pass the deadline?
        let passes = |delay: Duration| deadline.is_some_and(|deadline| begun.elapsed() + delay >= deadline);
        let mut retries = 0u32;
        let mut reauthenticated = false;
        let mut attempts = 0u32;
        loop {
            // Each attempt's timeout, shortened to what is left of the deadline.
            let left = deadline.map(|deadline| deadline.saturating_sub(begun.elapsed()));
            if left == Some(Duration::ZERO) {
                return Err(past_deadline(attempts, None));
            }
            let attempt_timeout = left.map_or(timeout, |left| left.min(timeout));
            attempts += 1;
            let started = Instant::now();
            let outcome =
                self.attempt(spec, options, &credentials, idempotency.as_ref(), attempt_timeout, streaming).await;
            span.record("attempt", attempts);
            span.record("latency_ms", started.elapsed().as_millis() as u64);
            match outcome {
                Attempt::Done(mut response) => {
                    response.attempts = attempts;
                    span.record("status", response.status.as_u16());
                    let status = response.status;
                    if status == StatusCode::UNAUTHORIZED && !reauthenticated && !schemes.is_empty() && replayable {
                        reauthenticated = true;
                        let mut renewed = false;
                        let mut keys = Vec::new();
                        for scheme in schemes {
                            if let Some(source) = self.source(scheme.name) {
                                let key = source.renewal_key();
                                if !keys.contains(&key) {
                                    keys.push(key);
                                    renewed |= source.invalidate().await;
                                }
                            }
                        }
                        if renewed {
                            tracing::debug!("credential renewed after 401; sending again");
                            credentials = self.credentials(spec, schemes).await?;
                            continue;
                        }
                    }
                    let info = AttemptInfo {
                        operation: spec.operation,
                        method: &spec.method,
                        attempt: attempts,
                        may_resend,
                        outcome: Outcome::Response { status, headers: &response.headers },
                    };
                    if replayable
                        && retries < retry.max_retries
                        && retry.should_retry(options.retry_classifier.as_ref(), &info)
                    {
                        let delay = match retry_after(&response.headers) {
                            Some(delay) if delay > retry.max_delay => return Ok(response),
                            Some(delay) => delay,
                            None => retry.backoff(retries),
                        };
                        if passes(delay) {
                            return Err(past_deadline(attempts, Some(status)));
                        }
                        retries += 1;
                        tracing::debug!(status = status.as_u16(), ?delay, "retrying");
                        tokio::time::sleep(delay).await;
                        continue;
                    }
                    return Ok(response);
                }
                Attempt::Invalid(message) => {
                    return Err(Error::InvalidRequest { operation: spec.operation, message });
                }
                Attempt::Failed(err) => {
                    let err = redact_url(err, schemes);
                    // Nothing reached the server: always safe to send again. A timeout, a connection
                    // reset or closed before the response, a body cut short: the server may have
                    // acted, so only methods that may be resent.
                    let info = AttemptInfo {
                        operation: spec.operation,
                        method: &spec.method,
                        attempt: attempts,
                        may_resend,
                        outcome: Outcome::Failed(transport_kind(&err)),
                    };
                    if replayable
                        && retries < retry.max_retries
                        && retry.should_retry(options.retry_classifier.as_ref(), &info)
                    {
                        let delay = retry.backoff(retries);
                        if passes(delay) {
                            return Err(past_deadline(attempts, None));
                        }
                        retries += 1;
                        tracing::debug!(error = %err, ?delay, "retrying");
                        tokio::time::sleep(delay).await;
                        continue;
                    }
                    if err.is_timeout() && attempt_timeout < timeout {
                        // The deadline, not the attempt's own timeout, cut it short.
                        return Err(past_deadline(attempts, None));
                    }
                    if err.is_timeout() {
                        return Err(Error::Timeout { operation: spec.operation, timeout, attempts });
                    }
                    return Err(Error::Transport {
                        operation: spec.operation,
                        attempts,
                        source: crate::error::TransportError::new(err),
                    });
                }
            }
        }
    }

    async fn attempt(
        &self,
        spec: &RequestSpec,
        options: &RequestOptions,
        credentials: &[(&'static SecurityScheme, Secret)],
        idempotency: Option<&(HeaderName, HeaderValue)>,
        timeout: Duration,
        streaming: bool,
    ) -> Attempt {
        let mut url = String::with_capacity(self.inner.base_url.len() + spec.path.len() + 32);
        url.push_str(&self.inner.base_url);
        url.push_str(&spec.path);
        let mut query = spec.query.clone();
        let mut headers = HeaderMap::new();
        // Generated from the spec's media types, which lowering keeps to valid header text.
        let accept = HeaderValue::from_str(spec.accept).unwrap_or(HeaderValue::from_static("application/json"));
        headers.insert(ACCEPT, accept);
        for (name, value) in &self.inner.default_headers {
            headers.insert(name.clone(), value.clone());
        }
        let mut cookies = Vec::new();
        for (scheme, secret) in credentials {
            match scheme.location {
                SchemeLocation::Header(name) => {
                    let value = format!("{}{}", scheme.prefix, secret.expose());
                    let what = format!("security scheme `{}`", scheme.name);
                    let (name, mut value) = match header(name, &value, &what) {
                        Ok(pair) => pair,
                        Err(message) => return Attempt::Invalid(message),
                    };
                    value.set_sensitive(true);
                    headers.insert(name, value);
                }
                SchemeLocation::Query(name) => query.set(name, &format_args!("{}{}", scheme.prefix, secret.expose())),
                SchemeLocation::Cookie(name) => {
                    // Encoded like cookie parameters: a `;` in a credential cannot add a cookie.
                    let value = format!("{}{}", scheme.prefix, secret.expose());
                    let value = percent_encoding::utf8_percent_encode(&value, crate::path::QUERY);
                    cookies.push(format!("{name}={value}"));
                }
            }
        }
        for (name, value) in &spec.cookies {
            let value = percent_encoding::utf8_percent_encode(value, crate::path::QUERY);
            cookies.push(format!("{name}={value}"));
        }
        if !cookies.is_empty() {
            let (_, mut value) = match header("cookie", &cookies.join("; "), "cookies") {
                Ok(pair) => pair,
                Err(_) => return Attempt::Invalid("a cookie name is not valid in a `cookie` header".to_owned()),
            };
            value.set_sensitive(true);
            headers.insert(reqwest::header::COOKIE, value);
        }
        if !query.is_empty() {
            url.push('?');
            url.push_str(&query.encode());
        }
        for (name, value) in &spec.headers {
            match header(name, value, "a header parameter") {
                Ok((name, value)) => {
                    headers.append(name, value);
                }
                Err(message) => return Attempt::Invalid(message),
            }
        }
        let body = match &spec.body {
            Body::Empty => None,
            Body::Json(bytes) => {
                headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                Some(reqwest::Body::from(bytes.clone()))
            }
            Body::Form(text) => {
                headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/x-www-form-urlencoded"));
                Some(reqwest::Body::from(text.clone()))
            }
            Body::Raw { content_type, bytes } => {
                match header("content-type", content_type, "the body's media type") {
                    Ok((_, value)) => {
                        headers.insert(CONTENT_TYPE, value);
                    }
                    Err(message) => return Attempt::Invalid(message),
                }
                Some(reqwest::Body::from(bytes.clone()))
            }
            Body::Upload { content_type, upload } => {
                match header("content-type", content_type, "the body's media type") {
                    Ok((_, value)) => {
                        headers.insert(CONTENT_TYPE, value);
                    }
                    Err(message) => return Attempt::Invalid(message),
                }
                match upload.body().await {
                    Ok(body) => Some(body),
                    Err(message) => return Attempt::Invalid(message),
                }
            }
        };
        if let Some((name, value)) = idempotency {
            headers.insert(name.clone(), value.clone());
        }
        for (name, value) in &options.headers {
            headers.insert(name.clone(), value.clone());
        }
        let mut request = self.inner.http.request(spec.method.clone(), url).headers(headers).timeout(timeout);
        if let Some(body) = body {
            request = request.body(body);
        }
        let mut request = match request.build() {
            Ok(request) => request,
            Err(err) => return Attempt::Failed(err),
        };
        let hooks = || self.inner.hooks.0.iter().chain(&options.hooks.0);
        for hook in hooks() {
            if let Err(err) = hook.before_send(spec.operation, &mut request) {
                return Attempt::Invalid(format!("a hook refused the request: {err}"));
            }
        }
        // A copy of what goes out, only when a hook asks for whole exchanges: `execute`
        // consumes the request.
        let sent = hooks().any(|hook| hook.wants_exchanges()).then(|| SentCopy::of(&request));
        let exchange = |response: Option<ExchangeResponse<'_>>, error: Option<&str>, elapsed: Duration| {
            let Some(sent) = &sent else { return };
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
                elapsed,
            };
            for hook in hooks().filter(|hook| hook.wants_exchanges()) {
                hook.after_exchange(&exchange);
            }
        };
        let started = std::time::Instant::now();
        let response = match self.inner.http.execute(request).await {
            Ok(response) => response,
            Err(err) => {
                if sent.is_some() {
                    exchange(None, Some(&error_chain(&err)), started.elapsed());
                }
                return Attempt::Failed(err);
            }
        };
        let status = response.status();
        let headers = response.headers().clone();
        for hook in hooks() {
            hook.after_response(spec.operation, status, &headers, started.elapsed());
        }
        if streaming && status.is_success() {
            let recorded = ExchangeResponse { status, headers: &headers, body: ExchangeBody::Streamed };
            exchange(Some(recorded), None, started.elapsed());
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
                let recorded = ExchangeResponse { status, headers: &headers, body: ExchangeBody::Bytes(&body) };
                exchange(Some(recorded), None, started.elapsed());
                Attempt::Done(RawResponse { status, headers, body, attempts: 0, stream: None })
            }
            Err(err) => {
                if sent.is_some() {
                    let recorded = ExchangeResponse { status, headers: &headers, body: ExchangeBody::Absent };
                    exchange(Some(recorded), Some(&error_chain(&err)), started.elapsed());
                }
                Attempt::Failed(err)
            }
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
