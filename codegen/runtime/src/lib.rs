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
//!
//! # Layers
//!
//! The modules form layers; a module imports only modules of its own layer or the layers
//! below (never above), and within a layer the imports have no cycle.
//!
//! | Layer | Modules | Job |
//! |---|---|---|
//! | L0 values and policies | `error`, `retry`, `auth`, `hooks`, `upload`, `path`, `redact`, `decode`, `enums`, `formats`, `buffer`, `model`, `lenient`, `nullable` | The error type (transport kinds, login errors), retry decisions ([`RetryPolicy`], one `decide` per attempt), credentials and where they go, hooks, uploads, (de)serialization helpers; nothing here imports the request side or above |
//! | L1 request and response | `request`, `multipart`, `options`, `outgoing`, `response`, `links` | A request as a [`RequestSpec`], built into an HTTP request without a network (`outgoing`, the one header check); a response read as a body or as the error of its status (`response`); per-call [`RequestOptions`]; next links |
//! | L2 execution | `client`, `attempt`, `orchestrate` | The client's configuration ([`ClientBuilder`], [`ClientCore`]); one attempt (build, hooks, send, read); the send loop in phases (prepare, bound by the deadline, attempt, renew after a 401, decide) |
//! | L3 calls | `call`, `stream`, `paginate` | [`Call`] and its futures, streamed downloads, pagination |
//! | L4 sessions | `session` | Credentials from a login call, sent through a [`ClientCore`] |
//! | testing support | `mock`, `contract`, `record`, `example` | Test kits and the recording of exchanges: they may use any layer; no other module uses them |
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod attempt;
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
mod options;
mod orchestrate;
mod outgoing;
mod paginate;
pub mod path;
mod record;
mod redact;
mod request;
mod response;
mod retry;
mod session;
mod stream;
mod upload;

pub use auth::{CredentialFuture, CredentialSource, SchemeLocation, Secret, SecurityScheme};
pub use call::{Call, CallFuture, ResponseFuture};
pub use client::{BuildError, ClientBuilder, ClientCore};
pub use decode::{decode_bytes, decode_empty, decode_json, decode_json_optional, decode_text, DecodeFailure, Decoder};
pub use enums::{tagged, tagged_variant, unknown_tag, UnknownValue};
pub use error::{
    BoxError, DecodeError, Error, ErrorBodies, LoginError, OperationError, StatusError, TransportError, TransportKind,
};
pub use example::{check_example, example_outcome, ExampleOutcome, ExampleReport, ExampleResult, REPORT_ENV};
pub use hooks::{Exchange, ExchangeBody, ExchangeResponse, Hook, Hooks};
pub use multipart::{FilePart, Multipart};
pub use options::RequestOptions;
pub use paginate::{ItemStream, Page, PageKind, PageStream, Pagination};
pub use record::{Recorder, TRAFFIC_FORMAT};
pub use request::{json_text, Body, QueryWriter, RequestSpec};
pub use response::ApiResponse;
pub use retry::{AttemptInfo, DefaultClassifier, Outcome, RetryClassifier, RetryPolicy, SharedClassifier};
pub use session::{parse_time, Session, SessionCredential};
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
