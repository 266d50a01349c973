// This file is generated from e2e/specs/jupyter.yaml with the overlay e2e/specs/jupyter-conformed.overlay.yaml by `cargo xtask generate`. Do not edit it by hand.

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

static GET_API: OperationSpec = OperationSpec {
    name: "GetApi",
    id: "get_api",
    method: "GET",
    path: "/api/",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetApi {
    type Ok = types::GetApiResponse;
    const SPEC: &'static OperationSpec = &GET_API;
}

static GET_API_CONTENTS_PATH: OperationSpec = OperationSpec {
    name: "GetApiContentsPath",
    id: "get_api_contents_path",
    method: "GET",
    path: "/api/contents/{path}",
    query: &[("type", false), ("format", false), ("content", false), ("hash", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetApiContentsPath {
    type Ok = types::Contents;
    const SPEC: &'static OperationSpec = &GET_API_CONTENTS_PATH;
}

static PUT_API_CONTENTS_PATH: OperationSpec = OperationSpec {
    name: "PutApiContentsPath",
    id: "put_api_contents_path",
    method: "PUT",
    path: "/api/contents/{path}",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: false,
        media_type: "application/json",
        check: Some(
            codegen_runtime::mock::check_json::<types::PutApiContentsPathRequest>,
        ),
        type_name: "PutApiContentsPathRequest",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::PutApiContentsPath {
    type Ok = types::Contents;
    const SPEC: &'static OperationSpec = &PUT_API_CONTENTS_PATH;
}

static POST_API_CONTENTS_PATH: OperationSpec = OperationSpec {
    name: "PostApiContentsPath",
    id: "post_api_contents_path",
    method: "POST",
    path: "/api/contents/{path}",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: false,
        media_type: "application/json",
        check: Some(
            codegen_runtime::mock::check_json::<types::PostApiContentsPathRequest>,
        ),
        type_name: "PostApiContentsPathRequest",
    }),
    status: 201,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::PostApiContentsPath {
    type Ok = types::Contents;
    const SPEC: &'static OperationSpec = &POST_API_CONTENTS_PATH;
}

static DELETE_API_CONTENTS_PATH: OperationSpec = OperationSpec {
    name: "DeleteApiContentsPath",
    id: "delete_api_contents_path",
    method: "DELETE",
    path: "/api/contents/{path}",
    query: &[],
    body: None,
    status: 204,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteApiContentsPath {
    type Ok = ();
    const SPEC: &'static OperationSpec = &DELETE_API_CONTENTS_PATH;
}

static PATCH_API_CONTENTS_PATH: OperationSpec = OperationSpec {
    name: "PatchApiContentsPath",
    id: "patch_api_contents_path",
    method: "PATCH",
    path: "/api/contents/{path}",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(
            codegen_runtime::mock::check_json::<types::PatchApiContentsPathRequest>,
        ),
        type_name: "PatchApiContentsPathRequest",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::PatchApiContentsPath {
    type Ok = types::Contents;
    const SPEC: &'static OperationSpec = &PATCH_API_CONTENTS_PATH;
}

static GET_API_CONTENTS_PATH_CHECKPOINTS: OperationSpec = OperationSpec {
    name: "GetApiContentsPathCheckpoints",
    id: "get_api_contents_path_checkpoints",
    method: "GET",
    path: "/api/contents/{path}/checkpoints",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetApiContentsPathCheckpoints {
    type Ok = Vec<types::Checkpoints>;
    const SPEC: &'static OperationSpec = &GET_API_CONTENTS_PATH_CHECKPOINTS;
}

static POST_API_CONTENTS_PATH_CHECKPOINTS: OperationSpec = OperationSpec {
    name: "PostApiContentsPathCheckpoints",
    id: "post_api_contents_path_checkpoints",
    method: "POST",
    path: "/api/contents/{path}/checkpoints",
    query: &[],
    body: None,
    status: 201,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::PostApiContentsPathCheckpoints {
    type Ok = types::Checkpoints;
    const SPEC: &'static OperationSpec = &POST_API_CONTENTS_PATH_CHECKPOINTS;
}

static POST_API_CONTENTS_PATH_CHECKPOINTS_CHECKPOINT_ID: OperationSpec = OperationSpec {
    name: "PostApiContentsPathCheckpointsCheckpointId",
    id: "post_api_contents_path_checkpoints_checkpoint_id",
    method: "POST",
    path: "/api/contents/{path}/checkpoints/{checkpoint_id}",
    query: &[],
    body: None,
    status: 204,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::PostApiContentsPathCheckpointsCheckpointId {
    type Ok = ();
    const SPEC: &'static OperationSpec = &POST_API_CONTENTS_PATH_CHECKPOINTS_CHECKPOINT_ID;
}

static DELETE_API_CONTENTS_PATH_CHECKPOINTS_CHECKPOINT_ID: OperationSpec = OperationSpec {
    name: "DeleteApiContentsPathCheckpointsCheckpointId",
    id: "delete_api_contents_path_checkpoints_checkpoint_id",
    method: "DELETE",
    path: "/api/contents/{path}/checkpoints/{checkpoint_id}",
    query: &[],
    body: None,
    status: 204,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteApiContentsPathCheckpointsCheckpointId {
    type Ok = ();
    const SPEC: &'static OperationSpec = &DELETE_API_CONTENTS_PATH_CHECKPOINTS_CHECKPOINT_ID;
}

static GET_API_RESOLVE_PATH: OperationSpec = OperationSpec {
    name: "GetApiResolvePath",
    id: "get_api_resolvePath",
    method: "GET",
    path: "/api/resolvePath",
    query: &[("path", true), ("kernel", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetApiResolvePath {
    type Ok = types::ResolvedPath;
    const SPEC: &'static OperationSpec = &GET_API_RESOLVE_PATH;
}

static GET_API_SESSIONS_SESSION: OperationSpec = OperationSpec {
    name: "GetApiSessionsSession",
    id: "get_api_sessions_session",
    method: "GET",
    path: "/api/sessions/{session}",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetApiSessionsSession {
    type Ok = types::Session;
    const SPEC: &'static OperationSpec = &GET_API_SESSIONS_SESSION;
}

static DELETE_API_SESSIONS_SESSION: OperationSpec = OperationSpec {
    name: "DeleteApiSessionsSession",
    id: "delete_api_sessions_session",
    method: "DELETE",
    path: "/api/sessions/{session}",
    query: &[],
    body: None,
    status: 204,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteApiSessionsSession {
    type Ok = ();
    const SPEC: &'static OperationSpec = &DELETE_API_SESSIONS_SESSION;
}

static PATCH_API_SESSIONS_SESSION: OperationSpec = OperationSpec {
    name: "PatchApiSessionsSession",
    id: "patch_api_sessions_session",
    method: "PATCH",
    path: "/api/sessions/{session}",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::Session>),
        type_name: "Session",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::PatchApiSessionsSession {
    type Ok = types::Session;
    const SPEC: &'static OperationSpec = &PATCH_API_SESSIONS_SESSION;
}

static GET_API_SESSIONS: OperationSpec = OperationSpec {
    name: "GetApiSessions",
    id: "get_api_sessions",
    method: "GET",
    path: "/api/sessions",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetApiSessions {
    type Ok = Vec<types::Session>;
    const SPEC: &'static OperationSpec = &GET_API_SESSIONS;
}

static POST_API_SESSIONS: OperationSpec = OperationSpec {
    name: "PostApiSessions",
    id: "post_api_sessions",
    method: "POST",
    path: "/api/sessions",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: false,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::Session>),
        type_name: "Session",
    }),
    status: 201,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::PostApiSessions {
    type Ok = types::Session;
    const SPEC: &'static OperationSpec = &POST_API_SESSIONS;
}

static GET_API_KERNELS: OperationSpec = OperationSpec {
    name: "GetApiKernels",
    id: "get_api_kernels",
    method: "GET",
    path: "/api/kernels",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetApiKernels {
    type Ok = Vec<types::Kernel>;
    const SPEC: &'static OperationSpec = &GET_API_KERNELS;
}

static POST_API_KERNELS: OperationSpec = OperationSpec {
    name: "PostApiKernels",
    id: "post_api_kernels",
    method: "POST",
    path: "/api/kernels",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: false,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::PostApiKernelsRequest>),
        type_name: "PostApiKernelsRequest",
    }),
    status: 201,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::PostApiKernels {
    type Ok = types::Kernel;
    const SPEC: &'static OperationSpec = &POST_API_KERNELS;
}

static GET_API_KERNELS_KERNEL_ID: OperationSpec = OperationSpec {
    name: "GetApiKernelsKernelId",
    id: "get_api_kernels_kernel_id",
    method: "GET",
    path: "/api/kernels/{kernel_id}",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetApiKernelsKernelId {
    type Ok = types::Kernel;
    const SPEC: &'static OperationSpec = &GET_API_KERNELS_KERNEL_ID;
}

static DELETE_API_KERNELS_KERNEL_ID: OperationSpec = OperationSpec {
    name: "DeleteApiKernelsKernelId",
    id: "delete_api_kernels_kernel_id",
    method: "DELETE",
    path: "/api/kernels/{kernel_id}",
    query: &[],
    body: None,
    status: 204,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteApiKernelsKernelId {
    type Ok = ();
    const SPEC: &'static OperationSpec = &DELETE_API_KERNELS_KERNEL_ID;
}

static POST_API_KERNELS_KERNEL_ID_INTERRUPT: OperationSpec = OperationSpec {
    name: "PostApiKernelsKernelIdInterrupt",
    id: "post_api_kernels_kernel_id_interrupt",
    method: "POST",
    path: "/api/kernels/{kernel_id}/interrupt",
    query: &[],
    body: None,
    status: 204,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::PostApiKernelsKernelIdInterrupt {
    type Ok = ();
    const SPEC: &'static OperationSpec = &POST_API_KERNELS_KERNEL_ID_INTERRUPT;
}

static POST_API_KERNELS_KERNEL_ID_RESTART: OperationSpec = OperationSpec {
    name: "PostApiKernelsKernelIdRestart",
    id: "post_api_kernels_kernel_id_restart",
    method: "POST",
    path: "/api/kernels/{kernel_id}/restart",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::PostApiKernelsKernelIdRestart {
    type Ok = types::Kernel;
    const SPEC: &'static OperationSpec = &POST_API_KERNELS_KERNEL_ID_RESTART;
}

static GET_API_KERNELSPECS: OperationSpec = OperationSpec {
    name: "GetApiKernelspecs",
    id: "get_api_kernelspecs",
    method: "GET",
    path: "/api/kernelspecs",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetApiKernelspecs {
    type Ok = types::GetApiKernelspecsResponse;
    const SPEC: &'static OperationSpec = &GET_API_KERNELSPECS;
}

static GET_API_CONFIG_SECTION_NAME: OperationSpec = OperationSpec {
    name: "GetApiConfigSectionName",
    id: "get_api_config_section_name",
    method: "GET",
    path: "/api/config/{section_name}",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetApiConfigSectionName {
    type Ok = codegen_runtime::serde_json::Value;
    const SPEC: &'static OperationSpec = &GET_API_CONFIG_SECTION_NAME;
}

static PATCH_API_CONFIG_SECTION_NAME: OperationSpec = OperationSpec {
    name: "PatchApiConfigSectionName",
    id: "patch_api_config_section_name",
    method: "PATCH",
    path: "/api/config/{section_name}",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: false,
        media_type: "application/json",
        check: Some(
            codegen_runtime::mock::check_json::<codegen_runtime::serde_json::Value>,
        ),
        type_name: "codegen_runtime::serde_json::Value",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::PatchApiConfigSectionName {
    type Ok = codegen_runtime::serde_json::Value;
    const SPEC: &'static OperationSpec = &PATCH_API_CONFIG_SECTION_NAME;
}

static GET_API_TERMINALS: OperationSpec = OperationSpec {
    name: "GetApiTerminals",
    id: "get_api_terminals",
    method: "GET",
    path: "/api/terminals",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetApiTerminals {
    type Ok = Vec<types::Terminal>;
    const SPEC: &'static OperationSpec = &GET_API_TERMINALS;
}

static POST_API_TERMINALS: OperationSpec = OperationSpec {
    name: "PostApiTerminals",
    id: "post_api_terminals",
    method: "POST",
    path: "/api/terminals",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::PostApiTerminals {
    type Ok = types::Terminal;
    const SPEC: &'static OperationSpec = &POST_API_TERMINALS;
}

static GET_API_TERMINALS_TERMINAL_ID: OperationSpec = OperationSpec {
    name: "GetApiTerminalsTerminalId",
    id: "get_api_terminals_terminal_id",
    method: "GET",
    path: "/api/terminals/{terminal_id}",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetApiTerminalsTerminalId {
    type Ok = types::Terminal;
    const SPEC: &'static OperationSpec = &GET_API_TERMINALS_TERMINAL_ID;
}

static DELETE_API_TERMINALS_TERMINAL_ID: OperationSpec = OperationSpec {
    name: "DeleteApiTerminalsTerminalId",
    id: "delete_api_terminals_terminal_id",
    method: "DELETE",
    path: "/api/terminals/{terminal_id}",
    query: &[],
    body: None,
    status: 204,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteApiTerminalsTerminalId {
    type Ok = ();
    const SPEC: &'static OperationSpec = &DELETE_API_TERMINALS_TERMINAL_ID;
}

static GET_API_ME: OperationSpec = OperationSpec {
    name: "GetApiMe",
    id: "get_api_me",
    method: "GET",
    path: "/api/me",
    query: &[("permissions", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetApiMe {
    type Ok = types::GetApiMeResponse;
    const SPEC: &'static OperationSpec = &GET_API_ME;
}

static GET_API_STATUS: OperationSpec = OperationSpec {
    name: "GetApiStatus",
    id: "get_api_status",
    method: "GET",
    path: "/api/status",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetApiStatus {
    type Ok = types::ApiStatus;
    const SPEC: &'static OperationSpec = &GET_API_STATUS;
}

static GET_API_SPEC_YAML: OperationSpec = OperationSpec {
    name: "GetApiSpecYaml",
    id: "get_api_spec_yaml",
    method: "GET",
    path: "/api/spec.yaml",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Text,
    media_type: "text/x-yaml",
    example: None,
};

impl MockOperation for ops::GetApiSpecYaml {
    type Ok = String;
    const SPEC: &'static OperationSpec = &GET_API_SPEC_YAML;
}

static OPERATIONS: &[&OperationSpec] = &[
    &GET_API,
    &GET_API_CONTENTS_PATH,
    &PUT_API_CONTENTS_PATH,
    &POST_API_CONTENTS_PATH,
    &DELETE_API_CONTENTS_PATH,
    &PATCH_API_CONTENTS_PATH,
    &GET_API_CONTENTS_PATH_CHECKPOINTS,
    &POST_API_CONTENTS_PATH_CHECKPOINTS,
    &POST_API_CONTENTS_PATH_CHECKPOINTS_CHECKPOINT_ID,
    &DELETE_API_CONTENTS_PATH_CHECKPOINTS_CHECKPOINT_ID,
    &GET_API_RESOLVE_PATH,
    &GET_API_SESSIONS_SESSION,
    &DELETE_API_SESSIONS_SESSION,
    &PATCH_API_SESSIONS_SESSION,
    &GET_API_SESSIONS,
    &POST_API_SESSIONS,
    &GET_API_KERNELS,
    &POST_API_KERNELS,
    &GET_API_KERNELS_KERNEL_ID,
    &DELETE_API_KERNELS_KERNEL_ID,
    &POST_API_KERNELS_KERNEL_ID_INTERRUPT,
    &POST_API_KERNELS_KERNEL_ID_RESTART,
    &GET_API_KERNELSPECS,
    &GET_API_CONFIG_SECTION_NAME,
    &PATCH_API_CONFIG_SECTION_NAME,
    &GET_API_TERMINALS,
    &POST_API_TERMINALS,
    &GET_API_TERMINALS_TERMINAL_ID,
    &DELETE_API_TERMINALS_TERMINAL_ID,
    &GET_API_ME,
    &GET_API_STATUS,
    &GET_API_SPEC_YAML,
];

static SCHEMES: &[&str] = &[];

/// A mock server of the API on loopback, for tests of code that uses the client.
///
/// ```no_run
/// # async fn example() {
/// let server = jupyter_conformed_client::mock::Server::start().await;
/// server.expect(jupyter_conformed_client::ops::GetApi).any_times();
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
