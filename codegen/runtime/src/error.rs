use std::fmt;
use std::time::Duration;

use bytes::Bytes;
use reqwest::header::HeaderMap;
use reqwest::StatusCode;

use crate::decode::DecodeFailure;

/// The error bodies of a generated crate: an enum with one variant per error schema of the
/// spec. Which variant a response decodes into is chosen by its status, from the operation's
/// own responses ([`RequestSpec::error_statuses`](crate::RequestSpec::error_statuses)), never
/// by trying variants in turn.
pub trait ErrorBodies: Sized {
    /// Decodes `body` as the variant numbered `variant`.
    fn decode_variant(variant: u16, body: &[u8]) -> Result<Self, DecodeFailure>;
}

/// Any JSON: for clients whose spec describes no error body.
impl ErrorBodies for serde_json::Value {
    fn decode_variant(_variant: u16, body: &[u8]) -> Result<Self, DecodeFailure> {
        crate::decode::decode_json(0, body)
    }
}

/// The error statuses one operation documents, as an enum of its own (`errors::GetDeviceError`
/// in a generated crate): one variant per documented status, range (`4XX`) or `default`, each
/// holding the body the spec gives for it (or nothing). [`Error::operation_error`] converts an
/// error into it; the crate-wide `E` stays the body of [`StatusError::decoded`].
pub trait OperationError<E>: Sized {
    /// The id of the operation whose statuses these are.
    const OPERATION: &'static str;

    /// The variant documented for `status`: its own code first, then its range, then
    /// `default`; `None` for a status the operation does not document, or when the documented
    /// body did not decode (`decoded` is `None` then).
    fn from_status(status: u16, decoded: Option<&E>) -> Option<Self>;
}

/// A boxed error from a credential source or another user-supplied component.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// How many bytes of a body an error message shows.
const SNIPPET_LEN: usize = 200;

/// The start of a body as text, for error messages: at most 200 bytes, cut at a character
/// boundary, with `…` when cut. In JSON, the values of keys that look secret (`password`,
/// `secret`, names ending in `token`, `api_key`) are replaced by `"<redacted>"` first, so a
/// login response's token never reaches a message.
pub(crate) fn snippet(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let text = crate::redact::json_text(text.trim(), SNIPPET_LEN + 1, crate::redact::is_secret_key, "<redacted>");
    let text = text.as_str();
    if text.len() <= SNIPPET_LEN {
        return text.to_owned();
    }
    let mut end = SNIPPET_LEN;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &text[..end])
}

/// ` (after N attempts)` when a status was retried until the retries ran out.
fn after_attempts(attempts: u32) -> String {
    if attempts > 1 {
        format!(" (after {attempts} attempts)")
    } else {
        String::new()
    }
}

/// What went wrong with an attempt that got no response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TransportKind {
    /// The connection could not be made: nothing reached the server.
    Connect,
    /// The attempt took longer than its timeout.
    Timeout,
    /// The connection was reset or closed before the response.
    Request,
    /// The response's body was cut short.
    Body,
    /// Anything else (TLS, a redirect loop, …).
    Other,
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

/// A session's login failed (refused, unreachable, or its response lacks what the session
/// needs), so the call that needed its credentials was not sent. Calls report it as
/// [`Error::Login`].
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct LoginError {
    /// The operation whose call needed the session.
    pub operation: &'static str,
    /// The login operation.
    pub login: &'static str,
    /// The login's response status, when the server answered.
    pub status: Option<StatusCode>,
    /// The login's response body, when the server answered.
    pub body: Bytes,
    /// What went wrong.
    pub reason: String,
}

impl LoginError {
    /// A failed login `login` (the login operation's id), with its response status and body
    /// when the server answered, and why it failed. The operation that needed the session is
    /// the login itself until [`LoginError::with_operation`] names another.
    pub fn new(
        login: &'static str,
        status: Option<StatusCode>,
        body: impl Into<Bytes>,
        reason: impl Into<String>,
    ) -> Self {
        LoginError { operation: login, login, status, body: body.into(), reason: reason.into() }
    }

    /// As the error of a call of `operation`, which needed the session.
    pub fn with_operation(mut self, operation: &'static str) -> Self {
        self.operation = operation;
        self
    }
}

impl std::fmt::Display for LoginError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: the session's login `{}` failed: {}", self.operation, self.login, self.reason)?;
        let body = snippet(&self.body);
        if !body.is_empty() {
            write!(f, ": {}", body.replace('\n', " "))?;
        }
        Ok(())
    }
}

impl std::error::Error for LoginError {}

/// Why a request got no response (the HTTP stack's error, with credentials in its URL
/// redacted). Its kind says whether anything may have reached the server; its `Display` and
/// `source()` chain say the rest.
pub struct TransportError {
    inner: reqwest::Error,
}

impl TransportError {
    pub(crate) fn new(inner: reqwest::Error) -> Self {
        TransportError { inner }
    }

    /// What kind of failure it is.
    pub fn kind(&self) -> TransportKind {
        transport_kind(&self.inner)
    }

    /// The connection could not be made: nothing reached the server.
    pub fn is_connect(&self) -> bool {
        self.kind() == TransportKind::Connect
    }

    /// The attempt ran out of time.
    pub fn is_timeout(&self) -> bool {
        self.kind() == TransportKind::Timeout
    }

    /// The connection was reset or closed before the response.
    pub fn is_request(&self) -> bool {
        self.kind() == TransportKind::Request
    }

    /// The response's body was cut short.
    pub fn is_body(&self) -> bool {
        self.kind() == TransportKind::Body
    }
}

impl fmt::Debug for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TransportError").field("kind", &self.kind()).field("message", &self.to_string()).finish()
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.inner.fmt(f)
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        std::error::Error::source(&self.inner)
    }
}

/// `, the last answered 503 Service Unavailable`.
fn last_status_note(status: Option<StatusCode>) -> String {
    status.map_or(String::new(), |status| format!(", the last answered {status}"))
}

/// Everything that can go wrong in a call. `E` is the crate's error-body type: the body of an
/// error response decoded with the schema the spec declares for that status.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error<E = serde_json::Value> {
    /// The request could not be built from the arguments (e.g. a path parameter that is empty
    /// or a dot segment, or a body that does not serialize).
    #[error("{operation}: invalid request: {message}")]
    InvalidRequest {
        /// The operation's id.
        operation: &'static str,
        /// What is wrong.
        message: String,
    },
    /// The operation needs a credential the client was not given.
    #[error("{operation}: no credential configured for security scheme `{scheme}`")]
    MissingCredential {
        /// The operation's id.
        operation: &'static str,
        /// The scheme's name in the spec.
        scheme: &'static str,
    },
    /// A credential source failed.
    #[error("{operation}: credential source for `{scheme}` failed: {source}")]
    Credential {
        /// The operation's id.
        operation: &'static str,
        /// The scheme's name in the spec.
        scheme: &'static str,
        /// The source's error.
        source: BoxError,
    },
    /// The login of the client's session failed (its status and body say why), so the call
    /// was not sent.
    #[error("{0}")]
    Login(Box<LoginError>),
    /// The request did not complete: connection refused or reset, TLS, a body cut short.
    #[error("{operation}: transport error after {attempts} attempt(s): {source}")]
    Transport {
        /// The operation's id.
        operation: &'static str,
        /// How many attempts were made.
        attempts: u32,
        /// What failed.
        source: TransportError,
    },
    /// The request took longer than its timeout.
    #[error("{operation}: timed out after {timeout:?} (attempt {attempts})")]
    Timeout {
        /// The operation's id.
        operation: &'static str,
        /// The timeout in force.
        timeout: Duration,
        /// How many attempts were made.
        attempts: u32,
    },
    /// The call's deadline ([`crate::RetryPolicy::deadline`], [`crate::Call::deadline`]) ran out
    /// before it succeeded: during an attempt, or when the wait before the next one would pass it.
    #[error("{operation}: the deadline of {deadline:?} ran out after {attempts} attempt(s){last}", last = last_status_note(*.last_status))]
    Deadline {
        /// The operation's id.
        operation: &'static str,
        /// The deadline in force.
        deadline: Duration,
        /// How many attempts were made.
        attempts: u32,
        /// The status of the last attempt, when the server answered it.
        last_status: Option<StatusCode>,
    },
    /// The server answered with a status the operation does not treat as success (after
    /// retries, the message says how many attempts were made).
    #[error("{status}{note}", status = .0, note = after_attempts(.0.attempts))]
    Status(Box<StatusError<E>>),
    /// A success response whose body did not decode into the operation's type.
    #[error("{0}")]
    Decode(Box<DecodeError>),
}

/// What can fail before a response arrives: an [`Error`] that never holds an error body.
pub(crate) type SendError = Error<std::convert::Infallible>;

impl Error<std::convert::Infallible> {
    /// The same error as one of a crate whose error body is `E` (an error that arose before a
    /// response holds no error body).
    pub(crate) fn widen<E>(self) -> Error<E> {
        match self {
            Error::InvalidRequest { operation, message } => Error::InvalidRequest { operation, message },
            Error::MissingCredential { operation, scheme } => Error::MissingCredential { operation, scheme },
            Error::Credential { operation, scheme, source } => Error::Credential { operation, scheme, source },
            Error::Login(login) => Error::Login(login),
            Error::Transport { operation, attempts, source } => Error::Transport { operation, attempts, source },
            Error::Timeout { operation, timeout, attempts } => Error::Timeout { operation, timeout, attempts },
            Error::Deadline { operation, deadline, attempts, last_status } => {
                Error::Deadline { operation, deadline, attempts, last_status }
            }
            Error::Status(status) => {
                let StatusError { operation, status, headers, body, decoded, decode_failure, attempts } = *status;
                Error::Status(Box::new(StatusError {
                    operation,
                    status,
                    headers,
                    body,
                    decoded: decoded.map(|never| match never {}),
                    decode_failure,
                    attempts,
                }))
            }
            Error::Decode(decode) => Error::Decode(decode),
        }
    }
}

impl<E> Error<E> {
    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Status(e) => Some(e.status),
            Error::Decode(e) => Some(e.status),
            _ => None,
        }
    }

    /// The response headers, when the server answered (an error status, or a success body
    /// that did not decode).
    pub fn headers(&self) -> Option<&HeaderMap> {
        match self {
            Error::Status(e) => Some(&e.headers),
            Error::Decode(e) => Some(&e.headers),
            _ => None,
        }
    }

    /// The raw body of the response, when the server answered (an error status, or a success
    /// body that did not decode): what the server sent, whatever the spec says.
    pub fn body(&self) -> Option<&[u8]> {
        match self {
            Error::Status(e) => Some(&e.body),
            Error::Decode(e) => Some(&e.body),
            _ => None,
        }
    }

    /// The raw body decoded as JSON into `T` (e.g. `serde_json::Value`), when the server
    /// answered; `None` when no response came.
    pub fn json<T: serde::de::DeserializeOwned>(&self) -> Option<Result<T, DecodeFailure>> {
        let status = self.status()?;
        self.body().map(|body| crate::decode::decode_json(status.as_u16(), body))
    }

    /// The decoded error body, when the server answered with an error the spec describes.
    pub fn error_body(&self) -> Option<&E> {
        match self {
            Error::Status(e) => e.decoded.as_ref(),
            _ => None,
        }
    }

    /// The error as the enum of the statuses its operation documents (`errors::GetDeviceError`
    /// in a generated crate), chosen by the type asked for: `Some` for an error status the
    /// operation `O` documents whose body (if it has one) decoded; `None` for another
    /// operation's error, an undocumented status (its raw body is in [`Error::body`]), a
    /// documented body that did not decode, or an error without a response.
    pub fn operation_error<O: OperationError<E>>(&self) -> Option<O> {
        match self {
            Error::Status(e) if e.operation == O::OPERATION => O::from_status(e.status.as_u16(), e.decoded.as_ref()),
            _ => None,
        }
    }

    /// The status of an error response (`Error::Status`), not of a success that did not decode.
    fn error_status(&self) -> Option<u16> {
        match self {
            Error::Status(e) => Some(e.status.as_u16()),
            _ => None,
        }
    }

    /// `true` for an error response with status 404 Not Found.
    pub fn is_not_found(&self) -> bool {
        self.error_status() == Some(404)
    }

    /// `true` for an error response with status 409 Conflict.
    pub fn is_conflict(&self) -> bool {
        self.error_status() == Some(409)
    }

    /// `true` for an error response with status 401 Unauthorized.
    pub fn is_unauthorized(&self) -> bool {
        self.error_status() == Some(401)
    }

    /// `true` for an error response with status 403 Forbidden.
    pub fn is_forbidden(&self) -> bool {
        self.error_status() == Some(403)
    }

    /// `true` for an error response with status 429 Too Many Requests (after the retries the
    /// policy allows), or a deadline that ran out while the server answered 429.
    pub fn is_rate_limited(&self) -> bool {
        match self {
            Error::Deadline { last_status, .. } => last_status.is_some_and(|s| s.as_u16() == 429),
            _ => self.error_status() == Some(429),
        }
    }

    /// `true` for an error response with a 5xx status.
    pub fn is_server_error(&self) -> bool {
        self.error_status().is_some_and(|s| (500..600).contains(&s))
    }

    /// `true` when the connection could not be made (nothing reached the server).
    pub fn is_connect(&self) -> bool {
        matches!(self, Error::Transport { source, .. } if source.is_connect())
    }

    /// `true` for [`Error::Timeout`] and [`Error::Deadline`].
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Timeout { .. } | Error::Deadline { .. })
    }
}

/// An error response: status, headers, the raw body and, when the operation's spec describes
/// the body for this status, the decoded body (or why it did not decode).
#[non_exhaustive]
pub struct StatusError<E> {
    /// The operation's id.
    pub operation: &'static str,
    /// The response status.
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The raw body.
    pub body: Bytes,
    /// The body decoded with the schema the operation's spec gives for this status (or for its
    /// range, `4XX`, or its `default`); `None` for a status the operation does not document, or
    /// when the body did not match (then [`StatusError::decode_failure`] says why).
    pub decoded: Option<E>,
    /// Why a documented error body did not decode: the path to the failing field and serde's
    /// message.
    pub decode_failure: Option<DecodeFailure>,
    /// How many attempts were made.
    pub attempts: u32,
}

impl<E> StatusError<E> {
    /// An error response of `operation` with `status` and the raw `body`, as a test or a fake
    /// client makes one: no headers, nothing decoded, one attempt. The setters add the rest.
    pub fn new(operation: &'static str, status: StatusCode, body: impl Into<Bytes>) -> Self {
        StatusError {
            operation,
            status,
            headers: HeaderMap::new(),
            body: body.into(),
            decoded: None,
            decode_failure: None,
            attempts: 1,
        }
    }

    /// With these response headers.
    pub fn with_headers(mut self, headers: HeaderMap) -> Self {
        self.headers = headers;
        self
    }

    /// With the error body decoded (what the operation documents for the status).
    pub fn with_decoded(mut self, decoded: E) -> Self {
        self.decoded = Some(decoded);
        self
    }

    /// With why the documented error body did not decode.
    pub fn with_decode_failure(mut self, failure: DecodeFailure) -> Self {
        self.decode_failure = Some(failure);
        self
    }

    /// After this many attempts.
    pub fn with_attempts(mut self, attempts: u32) -> Self {
        self.attempts = attempts;
        self
    }

    /// The body as (lossy) text.
    pub fn body_text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The body decoded as JSON into `T`, whatever the operation documents for the status
    /// (e.g. `serde_json::Value` for an undocumented status); a failure names the path of the
    /// failing field.
    pub fn json<T: serde::de::DeserializeOwned>(&self) -> Result<T, DecodeFailure> {
        crate::decode::decode_json(self.status.as_u16(), &self.body)
    }
}

impl<E> fmt::Debug for StatusError<E>
where
    E: fmt::Debug,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StatusError")
            .field("operation", &self.operation)
            .field("status", &self.status)
            .field("body", &snippet(&self.body))
            .field("decoded", &self.decoded)
            .field("decode_failure", &self.decode_failure)
            .field("attempts", &self.attempts)
            .finish_non_exhaustive()
    }
}

impl<E> fmt::Display for StatusError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: HTTP {}", self.operation, self.status)?;
        let body = snippet(&self.body);
        if !body.is_empty() {
            write!(f, ": {}", body.replace('\n', " "))?;
        }
        if let Some(failure) = &self.decode_failure {
            write!(
                f,
                " (the body does not match the documented error schema at `{}`: {})",
                failure.path, failure.message
            )?;
        }
        Ok(())
    }
}

impl<E: fmt::Debug> std::error::Error for StatusError<E> {}

/// A success response whose body did not match the operation's type. The response is all
/// here (status, headers, the raw body), so a caller can still read what the server sent:
/// [`DecodeError::body_text`], or [`DecodeError::json`] into a looser type such as
/// `serde_json::Value`. Its `Debug` and `Display` show the snippet, never the whole body.
#[non_exhaustive]
pub struct DecodeError {
    /// The operation's id.
    pub operation: &'static str,
    /// The Rust type the body should have decoded into.
    pub target: &'static str,
    /// The response status.
    pub status: StatusCode,
    /// The path to the failing field (`objects[3].created`), or `.` for the whole body.
    pub path: String,
    /// The start of the body (secret-looking JSON values redacted).
    pub snippet: String,
    /// What serde said.
    pub message: String,
    /// The `Content-Type` of the response.
    pub content_type: Option<String>,
    /// The response headers.
    pub headers: HeaderMap,
    /// The raw body, as received.
    pub body: Bytes,
}

impl DecodeError {
    /// A success body of `operation` with `status` that did not decode as `target` (a Rust type
    /// name) at `path` (`.` for the whole body) for serde's `message`, as a test or a fake
    /// client makes one: no headers, no content type; the snippet is made from `body`.
    pub fn new(
        operation: &'static str,
        target: &'static str,
        status: StatusCode,
        path: impl Into<String>,
        message: impl Into<String>,
        body: impl Into<Bytes>,
    ) -> Self {
        let body = body.into();
        DecodeError {
            operation,
            target,
            status,
            path: path.into(),
            snippet: snippet(&body),
            message: message.into(),
            content_type: None,
            headers: HeaderMap::new(),
            body,
        }
    }

    /// With these response headers (the content type is read from them).
    pub fn with_headers(mut self, headers: HeaderMap) -> Self {
        self.content_type = headers.get(reqwest::header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).map(str::to_owned);
        self.headers = headers;
        self
    }

    /// The body as (lossy) text.
    pub fn body_text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The body decoded as JSON into `T` (e.g. `serde_json::Value`, or a type of the caller's
    /// that fits what the server sent); a failure names the path of the failing field.
    pub fn json<T: serde::de::DeserializeOwned>(&self) -> Result<T, DecodeFailure> {
        crate::decode::decode_json(self.status.as_u16(), &self.body)
    }
}

impl fmt::Debug for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DecodeError")
            .field("operation", &self.operation)
            .field("target", &self.target)
            .field("status", &self.status)
            .field("path", &self.path)
            .field("snippet", &self.snippet)
            .field("message", &self.message)
            .field("content_type", &self.content_type)
            .finish_non_exhaustive()
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: could not decode the HTTP {} body as {} at `{}`: {}; body: {}",
            self.operation,
            self.status.as_u16(),
            self.target,
            self.path,
            self.message,
            self.snippet.replace('\n', " ")
        )
    }
}

impl std::error::Error for DecodeError {}

#[cfg(test)]
mod tests {
    use super::*;

    /// The statuses of a made-up `getItem`: 404 with a body, 401 without, `5XX` with one.
    #[derive(Debug, PartialEq)]
    enum GetItemError {
        NotFound(String),
        Unauthorized,
        ServerError(String),
    }

    impl OperationError<String> for GetItemError {
        const OPERATION: &'static str = "getItem";

        fn from_status(status: u16, decoded: Option<&String>) -> Option<Self> {
            match status {
                404 => decoded.map(|b| GetItemError::NotFound(b.clone())),
                401 => Some(GetItemError::Unauthorized),
                500..=599 => decoded.map(|b| GetItemError::ServerError(b.clone())),
                _ => None,
            }
        }
    }

    fn status(operation: &'static str, status: u16, decoded: Option<&str>) -> Error<String> {
        Error::Status(Box::new(StatusError {
            operation,
            status: StatusCode::from_u16(status).unwrap_or(StatusCode::IM_A_TEAPOT),
            headers: HeaderMap::new(),
            body: Bytes::from_static(b"raw"),
            decoded: decoded.map(str::to_owned),
            decode_failure: None,
            attempts: 1,
        }))
    }

    #[test]
    fn an_error_converts_into_its_operations_enum() {
        let e = status("getItem", 404, Some("gone"));
        assert_eq!(e.operation_error::<GetItemError>(), Some(GetItemError::NotFound("gone".into())));
        assert_eq!(status("getItem", 401, None).operation_error(), Some(GetItemError::Unauthorized));
        assert_eq!(
            status("getItem", 503, Some("down")).operation_error(),
            Some(GetItemError::ServerError("down".into()))
        );
        // Another operation's error, an undocumented status, a body that did not decode.
        assert_eq!(status("listItems", 404, Some("gone")).operation_error::<GetItemError>(), None);
        let teapot = status("getItem", 418, None);
        assert_eq!(teapot.operation_error::<GetItemError>(), None);
        assert_eq!(teapot.body(), Some(&b"raw"[..]));
        assert_eq!(status("getItem", 404, None).operation_error::<GetItemError>(), None);
        let timeout: Error<String> =
            Error::Timeout { operation: "getItem", timeout: Duration::from_secs(1), attempts: 1 };
        assert_eq!(timeout.operation_error::<GetItemError>(), None);
    }

    #[test]
    fn status_helpers_name_the_status() {
        type Check = fn(&Error<String>) -> bool;
        let checks: [(u16, Check); 6] = [
            (404, Error::is_not_found),
            (409, Error::is_conflict),
            (401, Error::is_unauthorized),
            (403, Error::is_forbidden),
            (429, Error::is_rate_limited),
            (502, Error::is_server_error),
        ];
        for (code, check) in checks {
            for (other, _) in checks {
                assert_eq!(check(&status("getItem", other, None)), other == code, "{code} vs {other}");
            }
        }
        assert!(status("getItem", 500, None).is_server_error() && !status("getItem", 499, None).is_server_error());
        let deadline: Error<String> = Error::Deadline {
            operation: "getItem",
            deadline: Duration::from_secs(1),
            attempts: 3,
            last_status: Some(StatusCode::TOO_MANY_REQUESTS),
        };
        assert!(deadline.is_rate_limited() && !deadline.is_not_found());
        let transport: Error<String> = Error::InvalidRequest { operation: "getItem", message: "x".into() };
        assert!(!transport.is_not_found() && !transport.is_server_error() && !transport.is_rate_limited());
    }

    #[test]
    fn snippets_hide_secret_looking_values() {
        let body = br#"{"access_token": "eyJhbGciOi.sig", "token_type": "bearer", "user": {"Password": "hunter2", "api-key": 12345, "name": "ann"}}"#;
        let text = snippet(body);
        assert_eq!(
            text,
            r#"{"access_token": "<redacted>", "token_type": "bearer", "user": {"Password": "<redacted>", "api-key": "<redacted>", "name": "ann"}}"#
        );
        let pretty = "{\n  \"refreshToken\" :\n    \"r-123\",\n  \"client_secret\": \"c\\\"s\"\n}";
        let text = snippet(pretty.as_bytes());
        assert!(!text.contains("r-123") && !text.contains("c\\\"s"), "{text}");
        assert!(text.contains("\"refreshToken\" :\n    \"<redacted>\""), "{text}");
    }

    #[test]
    fn every_cut_of_a_body_is_redacted_without_panicking() {
        let body = "{\"naïve\": \"é\\\"}\", \"password\" : \"p4ss-XYZ\", \"k\": [{\"apiKey\": {\"v\": \"XYZ-in\"}}], \"t\": \"🦀\\u0041\"}";
        for end in (0..=body.len()).filter(|&end| body.is_char_boundary(end)) {
            let text = snippet(&body.as_bytes()[..end]);
            assert!(!text.contains("p4ss") && !text.contains("XYZ-in"), "{end}: {text}");
        }
        for cut in 0..body.len() {
            // Not even at a character boundary (the body is taken as lossy UTF-8).
            let _ = snippet(&body.as_bytes()[..cut]);
        }
    }

    #[test]
    fn a_long_secret_is_hidden_before_the_cut_and_other_text_passes() {
        let long = "x".repeat(500);
        let text = snippet(format!(r#"{{"id": 1, "token": "{long}"}}"#).as_bytes());
        assert_eq!(text, r#"{"id": 1, "token": "<redacted>"}"#);
        let text = snippet(format!(r#"{{"note": "{long}"}}"#).as_bytes());
        assert!(text.ends_with('…') && text.len() <= SNIPPET_LEN + '…'.len_utf8(), "{text}");
        assert_eq!(snippet(b"<html>maintenance</html>"), "<html>maintenance</html>");
        assert_eq!(snippet("{\"na\u{ef}ve\": \"é\\\"\"}".as_bytes()), "{\"na\u{ef}ve\": \"é\\\"\"}");
        assert_eq!(snippet("{\"t\u{e9}_token\": \"é\"}".as_bytes()), "{\"t\u{e9}_token\": \"<redacted>\"}");
        assert_eq!(snippet(br#"["token", "a"]"#), r#"["token", "a"]"#);
        assert_eq!(snippet(br#"{"token": {"v": "a}", "w": [1]}, "id": 2}"#), r#"{"token": "<redacted>", "id": 2}"#);
        assert_eq!(snippet(br#"{"secrets": ["a", "b"]}"#), r#"{"secrets": "<redacted>"}"#);
        assert_eq!(snippet(br#"{"token": {"v": "cut"#), r#"{"token": "<redacted>""#);
    }
}
