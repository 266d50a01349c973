//! Reading a response: the raw response of the send loop, decoded as a success body or turned
//! into the error of its status.

use bytes::Bytes;
use reqwest::header::HeaderMap;
use reqwest::StatusCode;

use crate::decode::{DecodeFailure, Decoder};
use crate::error::{snippet, DecodeError, Error, ErrorBodies, StatusError};

/// A response before its body is decoded.
pub(crate) struct RawResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
    pub attempts: u32,
    /// A success response whose body is still to be read (a streaming call); `body` is empty.
    pub stream: Option<Box<reqwest::Response>>,
}

/// A successful response: status, headers and the decoded body.
#[derive(Debug, Clone)]
#[non_exhaustive]
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

/// Turns a raw response into the decoded body or the right error.
pub(crate) fn finish<T, E: ErrorBodies>(
    operation: &'static str,
    error_statuses: &'static [(u16, u16)],
    raw: RawResponse,
    decode: Decoder<T>,
) -> Result<ApiResponse<T>, Error<E>> {
    if !raw.status.is_success() {
        return Err(status_error(operation, error_statuses, raw));
    }
    match decode(raw.status.as_u16(), &raw.body) {
        Ok(body) => Ok(ApiResponse { status: raw.status, headers: raw.headers, body }),
        Err(failure) => Err(Error::Decode(decode_error(operation, std::any::type_name::<T>(), &raw, failure))),
    }
}

/// The error of a success response whose body did not decode into `target`.
pub(crate) fn decode_error(
    operation: &'static str,
    target: &'static str,
    raw: &RawResponse,
    failure: DecodeFailure,
) -> Box<DecodeError> {
    Box::new(DecodeError {
        operation,
        target,
        status: raw.status,
        path: failure.path,
        snippet: snippet(&raw.body),
        message: failure.message,
        content_type: raw.headers.get(reqwest::header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).map(str::to_owned),
        headers: raw.headers.clone(),
        body: raw.body.clone(),
    })
}

/// The error-body variant an operation documents for `status`: its own code first, then its
/// range (`4XX`, written `4`), then `default` (`0`).
pub(crate) fn documented_variant(error_statuses: &[(u16, u16)], status: u16) -> Option<u16> {
    let find = |key: u16| error_statuses.iter().find(|(s, _)| *s == key).map(|(_, v)| *v);
    find(status).or_else(|| find(status / 100)).or_else(|| find(0))
}

/// The error of a response with a status the operation does not treat as success; its body
/// decoded into the variant of `E` that the operation documents for this status.
pub(crate) fn status_error<E: ErrorBodies>(
    operation: &'static str,
    error_statuses: &'static [(u16, u16)],
    raw: RawResponse,
) -> Error<E> {
    let (decoded, decode_failure) = match documented_variant(error_statuses, raw.status.as_u16()) {
        None => (None, None),
        Some(variant) => match E::decode_variant(variant, &raw.body) {
            Ok(body) => (Some(body), None),
            Err(failure) => (None, Some(failure)),
        },
    };
    Error::Status(Box::new(StatusError {
        operation,
        status: raw.status,
        headers: raw.headers,
        body: raw.body,
        decoded,
        decode_failure,
        attempts: raw.attempts,
    }))
}
