//! The hand-written runtime every generated client crate depends on.
//!
//! Generated code stays thin: an operation method describes its request as a [`RequestSpec`]
//! (method, encoded path, query, headers, body, security requirements) and hands it to a
//! [`Call`]. Everything else lives here, written and tested once:
//!
//! * HTTP execution over `reqwest` ([`ClientCore`]; TLS by feature: `rustls-webpki`, the default,
//!   `rustls-native-roots` or `native-tls`),
//! * credentials and their placement ([`Secret`], [`CredentialSource`], [`SecurityScheme`]),
//! * retries with backoff and `Retry-After` ([`RetryPolicy`]), timeouts,
//! * one error type ([`Error`]) that tells transport, timeout, status and decode failures apart,
//! * pagination as a `Stream` of items ([`Pagination`], [`ItemStream`]),
//! * streamed downloads ([`ByteStream`]) and uploads from memory, files or streams ([`Upload`]),
//! * hooks around every attempt ([`Hook`]), and the recording of whole exchanges as JSON Lines
//!   with credentials redacted ([`Recorder`]),
//! * percent-encoding of path parameters ([`path`]).
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod auth;
mod buffer;
mod call;
mod client;
pub mod contract;
mod decode;
mod enums;
mod error;
mod example;
pub mod formats;
mod hooks;
pub mod lenient;
mod links;
#[cfg(feature = "mock")]
pub mod mock;
pub mod model;
mod multipart;
pub mod nullable;
mod paginate;
pub mod path;
mod record;
mod redact;
mod request;
mod retry;
mod session;
mod stream;
mod upload;

pub use auth::{CredentialFuture, CredentialSource, SchemeLocation, Secret, SecurityScheme};
pub use call::{ApiResponse, Call, CallFuture, RequestOptions, ResponseFuture};
pub use client::{BuildError, ClientBuilder, ClientCore};
pub use decode::{decode_bytes, decode_empty, decode_json, decode_json_optional, decode_text, DecodeFailure, Decoder};
pub use enums::{tagged, tagged_variant, unknown_tag, UnknownValue};
pub use error::{BoxError, DecodeError, Error, ErrorBodies, OperationError, StatusError, TransportError};
pub use example::{check_example, example_outcome, ExampleOutcome, ExampleReport, ExampleResult, REPORT_ENV};
pub use hooks::{Exchange, ExchangeBody, ExchangeResponse, Hook, Hooks};
pub use multipart::{FilePart, Multipart};
pub use paginate::{ItemStream, Page, PageKind, PageStream, Pagination};
pub use record::{Recorder, TRAFFIC_FORMAT};
pub use request::{json_text, Body, QueryWriter, RequestSpec};
pub use retry::{
    AttemptInfo, DefaultClassifier, Outcome, RetryClassifier, RetryPolicy, SharedClassifier, TransportKind,
};
pub use session::{parse_time, LoginError, Session, SessionCredential};
pub use stream::{ByteStream, StreamFuture};
pub use upload::Upload;

/// The examples of the crate's README, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

/// Re-exported so generated crates need no direct dependency on these.
pub use futures_core::Stream;
pub use futures_util::{StreamExt, TryStreamExt};
pub use reqwest::{header::HeaderMap, Method, StatusCode};
pub use {bytes, reqwest, serde, serde_json};
