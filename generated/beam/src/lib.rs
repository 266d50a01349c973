// This file is generated from specs/beam.yaml by `cargo xtask generate`. Do not edit it by hand.

#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]
#[rustfmt::skip]
mod client;

#[rustfmt::skip]
mod call;

#[rustfmt::skip]
pub mod errors;

#[rustfmt::skip]
pub mod ops;

#[cfg(feature = "mock")]
#[rustfmt::skip]
pub mod mock;

#[rustfmt::skip]
pub mod types;

#[rustfmt::skip]
pub use client::{Client, ClientBuilder};

#[rustfmt::skip]
pub use codegen_runtime::{
    ApiResponse, AttemptInfo, BuildError, CredentialFuture, CredentialSource,
    DecodeError, DecodeFailure, DefaultClassifier, Exchange, ExchangeBody,
    ExchangeResponse, HeaderMap, Hook, LoginError, Outcome, Recorder, RequestOptions,
    RetryClassifier, RetryPolicy, Secret, StatusCode, TransportError, TransportKind,
    UnknownValue,
};

/// The HTTP client underneath, for [`ClientBuilder::http_client`] and the request a [`Hook`] sees.
#[rustfmt::skip]
pub use codegen_runtime::reqwest;

/// The body of an error response: the variant the operation's spec documents for the status.
#[rustfmt::skip]
pub type ErrorBody = types::ErrorBody;

/// Everything that can go wrong in a call.
#[rustfmt::skip]
pub type Error = codegen_runtime::Error<ErrorBody>;

/// The result of a call.
#[rustfmt::skip]
pub type Result<T> = std::result::Result<T, Error>;

/// An error response (`Error::Status`): status, headers, raw body and the decoded error body.
#[rustfmt::skip]
pub type StatusError = codegen_runtime::StatusError<ErrorBody>;

#[rustfmt::skip]
pub use call::Call;

/// What [`Call::send`] returns: the future of the decoded body.
#[rustfmt::skip]
pub type CallFuture<T> = codegen_runtime::CallFuture<T, ErrorBody>;

/// What [`Call::send_with_response`] returns: the future of status, headers and body.
#[rustfmt::skip]
pub type ResponseFuture<T> = codegen_runtime::ResponseFuture<T, ErrorBody>;

/// The JSON of fields, bodies and one-ofs the spec leaves open (`serde_json::Value`).
#[rustfmt::skip]
pub use codegen_runtime::serde_json;

/// A stream of the items of every page of a list operation.
#[rustfmt::skip]
pub type ItemStream<T> = codegen_runtime::ItemStream<T, ErrorBody>;

/// A stream of the pages of a list operation (`pages()`): items `I`, the page as `B`.
#[rustfmt::skip]
pub type PageStream<I, B> = codegen_runtime::PageStream<I, B, ErrorBody>;

#[rustfmt::skip]
pub use codegen_runtime::Page;

#[rustfmt::skip]
pub use codegen_runtime::{Stream, StreamExt, TryStreamExt};

#[rustfmt::skip]
pub use codegen_runtime::formats;
