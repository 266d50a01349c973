// This file is generated from specs/tws.yaml by `cargo xtask generate`. Do not edit it by hand.

#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#[rustfmt::skip]
mod client;

#[rustfmt::skip]
pub mod params;

#[rustfmt::skip]
pub mod types;

#[rustfmt::skip]
pub use client::{Client, ClientBuilder};

#[rustfmt::skip]
pub use codegen_runtime::{
    ApiResponse, CredentialFuture, CredentialSource, RequestOptions, RetryPolicy, Secret,
};

/// The body of an error response, as the spec describes it.
#[rustfmt::skip]
pub type ErrorBody = types::ApiErrorBody;

/// Everything that can go wrong in a call.
#[rustfmt::skip]
pub type Error = codegen_runtime::Error<ErrorBody>;

/// The result of a call.
#[rustfmt::skip]
pub type Result<T> = std::result::Result<T, Error>;

/// One call of an operation: `.await` it, or set per-call options first.
#[rustfmt::skip]
pub type Call<'a, T> = codegen_runtime::Call<'a, T, ErrorBody>;

/// A stream of the items of every page of a list operation.
#[rustfmt::skip]
pub type ItemStream<'a, T> = codegen_runtime::ItemStream<'a, T, ErrorBody>;

#[rustfmt::skip]
pub use codegen_runtime::{Stream, StreamExt, TryStreamExt};
