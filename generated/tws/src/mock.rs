// This file is generated from specs/tws.yaml by `cargo xtask generate`. Do not edit it by hand.

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

static CREATE_SESSION: OperationSpec = OperationSpec {
    name: "CreateSession",
    id: "create_session",
    method: "POST",
    path: "/sessions",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::SessionCreate>),
        type_name: "SessionCreate",
    }),
    status: 201,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"tws_token\":{\"tws_token_data\":\"<BEARER_TOKEN>\",\"tws_token_expires_at\":\"2025-04-15 10:00:00\"},\"tws_memberships\":[{\"id\":\"97e9a980-9caf-4466\"}]}",
    ),
};

impl MockOperation for ops::CreateSession {
    type Ok = types::Session;
    const SPEC: &'static OperationSpec = &CREATE_SESSION;
}

static LIST_WORK_SESSIONS: OperationSpec = OperationSpec {
    name: "ListWorkSessions",
    id: "list_work_sessions",
    method: "GET",
    path: "/work_sessions",
    query: &[("page", false), ("page_size", false), ("sort_by", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"data\":[{\"id\":\"5001\",\"status\":\"pending\"}],\"metadata\":{\"total\":1,\"page\":1}}",
    ),
};

impl MockOperation for ops::ListWorkSessions {
    type Ok = types::WorkSessionList;
    const SPEC: &'static OperationSpec = &LIST_WORK_SESSIONS;
}

static APPROVE_WORK_SESSION: OperationSpec = OperationSpec {
    name: "ApproveWorkSession",
    id: "approve_work_session",
    method: "POST",
    path: "/work_sessions/{work_session_id}/approve",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some("{\"data\":{\"id\":\"5001\",\"status\":\"approved\"}}"),
};

impl MockOperation for ops::ApproveWorkSession {
    type Ok = types::WorkSessionEnvelope;
    const SPEC: &'static OperationSpec = &APPROVE_WORK_SESSION;
}

static CREATE_KEYS: OperationSpec = OperationSpec {
    name: "CreateKeys",
    id: "create_keys",
    method: "POST",
    path: "/keys",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::KeyCreateRequest>),
        type_name: "KeyCreateRequest",
    }),
    status: 201,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some("{\"data\":[{\"id\":1}]}"),
};

impl MockOperation for ops::CreateKeys {
    type Ok = types::KeyList;
    const SPEC: &'static OperationSpec = &CREATE_KEYS;
}

static GET_KEY: OperationSpec = OperationSpec {
    name: "GetKey",
    id: "get_key",
    method: "GET",
    path: "/keys/{key_id}",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"data\":{\"id\":1,\"lock_id\":143415,\"membership_id\":\"97e9a980-9caf-4466\",\"start_date\":\"2025-04-15 10:00:00\",\"end_date\":\"2025-04-15 12:00:00\"}}",
    ),
};

impl MockOperation for ops::GetKey {
    type Ok = types::KeyEnvelope;
    const SPEC: &'static OperationSpec = &GET_KEY;
}

static DELETE_KEY: OperationSpec = OperationSpec {
    name: "DeleteKey",
    id: "delete_key",
    method: "DELETE",
    path: "/keys/{key_id}",
    query: &[],
    body: None,
    status: 204,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteKey {
    type Ok = ();
    const SPEC: &'static OperationSpec = &DELETE_KEY;
}

static LIST_USERS: OperationSpec = OperationSpec {
    name: "ListUsers",
    id: "list_users",
    method: "GET",
    path: "/users",
    query: &[("page", false), ("page_size", false), ("sort_by", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"data\":[{\"id\":\"u-1\",\"first_name\":\"Ada\",\"last_name\":\"Lovelace\",\"email\":\"ada@example.com\"}]}",
    ),
};

impl MockOperation for ops::ListUsers {
    type Ok = types::UserList;
    const SPEC: &'static OperationSpec = &LIST_USERS;
}

static CREATE_USER: OperationSpec = OperationSpec {
    name: "CreateUser",
    id: "create_user",
    method: "POST",
    path: "/users",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::UserCreateRequest>),
        type_name: "UserCreateRequest",
    }),
    status: 201,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some("{\"data\":{\"membership_id\":\"97e9a980-9caf-4466\"}}"),
};

impl MockOperation for ops::CreateUser {
    type Ok = types::UserCreated;
    const SPEC: &'static OperationSpec = &CREATE_USER;
}

static GET_USER: OperationSpec = OperationSpec {
    name: "GetUser",
    id: "get_user",
    method: "GET",
    path: "/users/{user_id}",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"data\":{\"id\":\"u-1\",\"first_name\":\"Ada\",\"last_name\":\"Lovelace\",\"email\":\"ada@example.com\"}}",
    ),
};

impl MockOperation for ops::GetUser {
    type Ok = types::UserEnvelope;
    const SPEC: &'static OperationSpec = &GET_USER;
}

static DELETE_USER: OperationSpec = OperationSpec {
    name: "DeleteUser",
    id: "delete_user",
    method: "DELETE",
    path: "/users/{user_id}",
    query: &[],
    body: None,
    status: 204,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteUser {
    type Ok = ();
    const SPEC: &'static OperationSpec = &DELETE_USER;
}

static LIST_SITES: OperationSpec = OperationSpec {
    name: "ListSites",
    id: "list_sites",
    method: "GET",
    path: "/sites",
    query: &[("page", false), ("page_size", false), ("sort_by", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some("{\"data\":[{\"id\":\"s-1\",\"name\":\"Head office\"}]}"),
};

impl MockOperation for ops::ListSites {
    type Ok = types::SiteList;
    const SPEC: &'static OperationSpec = &LIST_SITES;
}

static LIST_SITE_LOCKS: OperationSpec = OperationSpec {
    name: "ListSiteLocks",
    id: "list_site_locks",
    method: "GET",
    path: "/sites/{site_id}/locks",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some("{\"data\":[{\"id\":143415}]}"),
};

impl MockOperation for ops::ListSiteLocks {
    type Ok = types::LockList;
    const SPEC: &'static OperationSpec = &LIST_SITE_LOCKS;
}

static LIST_LOCKS: OperationSpec = OperationSpec {
    name: "ListLocks",
    id: "list_locks",
    method: "GET",
    path: "/locks",
    query: &[("page", false), ("page_size", false), ("sort_by", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some("{\"data\":[{\"id\":143415,\"name\":\"Front door\"}]}"),
};

impl MockOperation for ops::ListLocks {
    type Ok = types::LockList;
    const SPEC: &'static OperationSpec = &LIST_LOCKS;
}

static GET_LOCK_STATUS: OperationSpec = OperationSpec {
    name: "GetLockStatus",
    id: "get_lock_status",
    method: "GET",
    path: "/locks/{lock_id}/status",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some("{\"data\":{\"open\":false}}"),
};

impl MockOperation for ops::GetLockStatus {
    type Ok = types::LockStatusEnvelope;
    const SPEC: &'static OperationSpec = &GET_LOCK_STATUS;
}

static UPDATE_ORGANIZATION: OperationSpec = OperationSpec {
    name: "UpdateOrganization",
    id: "update_organization",
    method: "PUT",
    path: "/organization",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(
            codegen_runtime::mock::check_json::<types::OrganizationUpdateRequest>,
        ),
        type_name: "OrganizationUpdateRequest",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some("{\"data\":{\"webhook_url\":\"https://example.com/tws-events\"}}"),
};

impl MockOperation for ops::UpdateOrganization {
    type Ok = types::OrganizationEnvelope;
    const SPEC: &'static OperationSpec = &UPDATE_ORGANIZATION;
}

static OPERATIONS: &[&OperationSpec] = &[
    &CREATE_SESSION,
    &LIST_WORK_SESSIONS,
    &APPROVE_WORK_SESSION,
    &CREATE_KEYS,
    &GET_KEY,
    &DELETE_KEY,
    &LIST_USERS,
    &CREATE_USER,
    &GET_USER,
    &DELETE_USER,
    &LIST_SITES,
    &LIST_SITE_LOCKS,
    &LIST_LOCKS,
    &GET_LOCK_STATUS,
    &UPDATE_ORGANIZATION,
];

static SCHEMES: &[&str] = &["bearer", "organization_token", "membership_id"];

/// A mock server of the API on loopback, for tests of code that uses the client.
///
/// ```no_run
/// # async fn example() {
/// let server = tws_client::mock::Server::start().await;
/// server.expect(tws_client::ops::CreateSession).any_times();
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
