// This file is generated from e2e/specs/kinto.json with the overlay e2e/specs/kinto-conformed.overlay.yaml by `cargo xtask generate`. Do not edit it by hand.

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

#[rustfmt::skip]
pub mod types;

#[rustfmt::skip]
pub use client::{Client, ClientBuilder};

#[rustfmt::skip]
pub use codegen_runtime::{
    ApiResponse, AttemptInfo, CredentialFuture, CredentialSource, DefaultClassifier,
    Exchange, ExchangeBody, ExchangeResponse, HeaderMap, Hook, Outcome, Recorder,
    RequestOptions, RetryClassifier, RetryPolicy, Secret, StatusCode, TransportError,
    TransportKind,
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

#[rustfmt::skip]
pub use call::Call;
