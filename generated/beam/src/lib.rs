// This file is generated from specs/beam.yaml by `cargo xtask generate`. Do not edit it by hand.

#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
mod client;

pub mod params;

pub mod types;

pub use client::{Client, ClientBuilder};

pub use codegen_runtime::{ApiResponse, CredentialSource, RequestOptions, RetryPolicy, Secret};

/// The body of an error response, as the spec describes it.
pub type ErrorBody = types::Error;

/// Everything that can go wrong in a call.
pub type Error = codegen_runtime::Error<ErrorBody>;

/// The result of a call.
pub type Result<T> = std::result::Result<T, Error>;

/// One call of an operation: `.await` it, or set per-call options first.
pub type Call<'a, T> = codegen_runtime::Call<'a, T, ErrorBody>;

/// A stream of the items of every page of a list operation.
pub type ItemStream<'a, T> = codegen_runtime::ItemStream<'a, T, ErrorBody>;

pub use codegen_runtime::{Stream, StreamExt, TryStreamExt};
