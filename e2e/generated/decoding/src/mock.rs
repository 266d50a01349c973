// This file is generated from e2e/specs/decoding.yaml by `cargo xtask generate`. Do not edit it by hand.

//! A test kit (feature `mock`): a server on loopback that answers the calls a test
//! expects, typed per operation, and a [`Client`](crate::Client) pointed at it.
//!
//! Each request is checked against the spec (an operation's method and path, its query
//! parameters, a JSON body decoded into the operation's body type); one that does not
//! conform, or that no expectation matches, is answered with a diagnostic (status 500,
//! a text body naming the request and the expectations) and fails the test when the
//! server is dropped, as does an expectation not called as often as it wants.
#![allow(deprecated)]
use codegen_runtime::mock::{MockServer, OperationSpec, ResponseKind};
use crate::ops;

#[allow(unused_imports)]
use crate::types;

pub use codegen_runtime::mock::{
    Expectation, MockError, MockOperation, DIAGNOSTIC_STATUS, MOCK_CREDENTIAL,
};

static PUT_RECORD: OperationSpec = OperationSpec {
    name: "PutRecord",
    id: "put_record",
    method: "PUT",
    path: "/records/{id}",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::Record>),
        type_name: "Record",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"id\":7,\"displayName\":\"seven\",\"owner\":3,\"state\":\"open\",\"level\":2,\"tags\":[\"a\"],\"type\":\"plain\",\"extra\":{\"size\":3}}",
    ),
};

impl MockOperation for ops::PutRecord {
    type Ok = types::Record;
    const SPEC: &'static OperationSpec = &PUT_RECORD;
}

static OPERATIONS: &[&OperationSpec] = &[&PUT_RECORD];

static SCHEMES: &[&str] = &[];

/// A mock server of the API on loopback, for tests of code that uses the client.
///
/// ```no_run
/// # async fn example() {
/// let server = decoding_client::mock::Server::start().await;
/// server.expect(decoding_client::ops::PutRecord).path("id-1").any_times();
/// let client = server.client();
/// // … the code under test calls `client` …
/// # drop(client);
/// # }
/// ```
///
/// An expectation answers the spec's documented example until it is told otherwise
/// (`returns`, `returns_status`, `returns_empty`), and wants at least one call unless
/// it says how many (`times`, `any_times`). Dropping the server verifies: a problem
/// panics, naming the operation and the expectation.
#[derive(Debug)]
pub struct Server {
    inner: MockServer,
}

impl Server {
    /// Starts a server on a free port of `127.0.0.1` (needs a Tokio runtime).
    pub async fn start() -> Self {
        Server {
            inner: MockServer::start(OPERATIONS).await,
        }
    }

    /// Expects a call of `operation` (a marker of [`ops`], `ops::GetThing`):
    /// the builder says what it must carry, how often it comes and what it is answered.
    pub fn expect<O: MockOperation>(&self, operation: O) -> Expectation<'_, O> {
        let _ = operation;
        self.inner.expect::<O>()
    }

    /// A client of this server: no retries, and the credential [`MOCK_CREDENTIAL`] for
    /// every security scheme (a session's login still replaces the ones it provides).
    pub fn client(&self) -> crate::Client {
        let agent = concat!(
            env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"), " (mock)"
        );
        crate::Client::from_core(self.inner.client_core(agent, SCHEMES))
    }

    /// The server's base URL, for a client built with other settings.
    pub fn uri(&self) -> String {
        self.inner.uri()
    }

    /// The problems so far (requests answered with a diagnostic, expectations not met).
    pub fn problems(&self) -> Vec<String> {
        self.inner.problems()
    }

    /// Verifies, as dropping the server does, but returns the problems instead of
    /// panicking.
    ///
    /// # Errors
    ///
    /// [`MockError`] listing every problem.
    pub fn verify(self) -> Result<(), MockError> {
        self.inner.verify()
    }
}
