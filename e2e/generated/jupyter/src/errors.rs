// This file is generated from e2e/specs/jupyter.yaml by `cargo xtask generate`. Do not edit it by hand.

//! One enum per operation: the error statuses its spec documents, each variant holding
//! the body documented for its status. [`Error::operation_error`](codegen_runtime::Error::operation_error)
//! turns a call's error into it; a status the operation does not document stays an
//! `Error::Status` with its raw body.
use crate::types;

/// The error statuses of [`Client::get_api`](crate::Client::get_api): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetApiError {}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetApiError {
    const OPERATION: &'static str = "get_api";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses documented for [`Client::get_api_contents_path`](crate::Client::get_api_contents_path), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetApiContentsPathError {
    /// `400`: Bad request
    BadRequest(types::Error400),
    /// `404`: No item found
    NotFound,
    /// `500`: Model key error
    InternalServerError,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetApiContentsPathError {
    const OPERATION: &'static str = "get_api_contents_path";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::Error400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (404, _) => Some(Self::NotFound),
            (500, _) => Some(Self::InternalServerError),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::put_api_contents_path`](crate::Client::put_api_contents_path), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum PutApiContentsPathError {
    /// `400`: No data provided
    BadRequest(types::Error400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for PutApiContentsPathError {
    const OPERATION: &'static str = "put_api_contents_path";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::Error400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::post_api_contents_path`](crate::Client::post_api_contents_path), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum PostApiContentsPathError {
    /// `400`: Bad request
    BadRequest(types::Error400),
    /// `404`: No item found
    NotFound,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for PostApiContentsPathError {
    const OPERATION: &'static str = "post_api_contents_path";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::Error400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (404, _) => Some(Self::NotFound),
            _ => None,
        }
    }
}

/// The error statuses of [`Client::delete_api_contents_path`](crate::Client::delete_api_contents_path): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteApiContentsPathError {}

impl codegen_runtime::OperationError<crate::ErrorBody> for DeleteApiContentsPathError {
    const OPERATION: &'static str = "delete_api_contents_path";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses documented for [`Client::patch_api_contents_path`](crate::Client::patch_api_contents_path), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum PatchApiContentsPathError {
    /// `400`: No data provided
    BadRequest(types::Error400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for PatchApiContentsPathError {
    const OPERATION: &'static str = "patch_api_contents_path";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::Error400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_api_contents_path_checkpoints`](crate::Client::get_api_contents_path_checkpoints), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetApiContentsPathCheckpointsError {
    /// `400`: Bad request
    BadRequest(types::Error400),
    /// `404`: No item found
    NotFound,
    /// `500`: Model key error
    InternalServerError,
}

impl codegen_runtime::OperationError<crate::ErrorBody>
for GetApiContentsPathCheckpointsError {
    const OPERATION: &'static str = "get_api_contents_path_checkpoints";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::Error400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (404, _) => Some(Self::NotFound),
            (500, _) => Some(Self::InternalServerError),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::post_api_contents_path_checkpoints`](crate::Client::post_api_contents_path_checkpoints), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum PostApiContentsPathCheckpointsError {
    /// `400`: Bad request
    BadRequest(types::Error400),
    /// `404`: No item found
    NotFound,
}

impl codegen_runtime::OperationError<crate::ErrorBody>
for PostApiContentsPathCheckpointsError {
    const OPERATION: &'static str = "post_api_contents_path_checkpoints";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::Error400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (404, _) => Some(Self::NotFound),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::post_api_contents_path_checkpoints_checkpoint_id`](crate::Client::post_api_contents_path_checkpoints_checkpoint_id), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum PostApiContentsPathCheckpointsCheckpointIdError {
    /// `400`: Bad request
    BadRequest(types::Error400),
}

impl codegen_runtime::OperationError<crate::ErrorBody>
for PostApiContentsPathCheckpointsCheckpointIdError {
    const OPERATION: &'static str = "post_api_contents_path_checkpoints_checkpoint_id";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::Error400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            _ => None,
        }
    }
}

/// The error statuses of [`Client::delete_api_contents_path_checkpoints_checkpoint_id`](crate::Client::delete_api_contents_path_checkpoints_checkpoint_id): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteApiContentsPathCheckpointsCheckpointIdError {}

impl codegen_runtime::OperationError<crate::ErrorBody>
for DeleteApiContentsPathCheckpointsCheckpointIdError {
    const OPERATION: &'static str = "delete_api_contents_path_checkpoints_checkpoint_id";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses of [`Client::get_api_resolve_path`](crate::Client::get_api_resolve_path): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetApiResolvePathError {}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetApiResolvePathError {
    const OPERATION: &'static str = "get_api_resolvePath";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses of [`Client::get_api_sessions_session`](crate::Client::get_api_sessions_session): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetApiSessionsSessionError {}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetApiSessionsSessionError {
    const OPERATION: &'static str = "get_api_sessions_session";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses documented for [`Client::delete_api_sessions_session`](crate::Client::delete_api_sessions_session), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteApiSessionsSessionError {
    /// `410`: Kernel was deleted before the session, and the session was *not* deleted (TODO - check to make sure session wasn't deleted)
    Gone,
}

impl codegen_runtime::OperationError<crate::ErrorBody>
for DeleteApiSessionsSessionError {
    const OPERATION: &'static str = "delete_api_sessions_session";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            410 => Some(Self::Gone),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::patch_api_sessions_session`](crate::Client::patch_api_sessions_session), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum PatchApiSessionsSessionError {
    /// `400`: No data provided
    BadRequest,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for PatchApiSessionsSessionError {
    const OPERATION: &'static str = "patch_api_sessions_session";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            _ => None,
        }
    }
}

/// The error statuses of [`Client::get_api_sessions`](crate::Client::get_api_sessions): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetApiSessionsError {}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetApiSessionsError {
    const OPERATION: &'static str = "get_api_sessions";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses documented for [`Client::post_api_sessions`](crate::Client::post_api_sessions), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum PostApiSessionsError {
    /// `501`: Session not available
    NotImplemented(types::PostApiSessionsError501),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for PostApiSessionsError {
    const OPERATION: &'static str = "post_api_sessions";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (501, Some(crate::ErrorBody::PostApiSessionsError501(body))) => {
                Some(Self::NotImplemented(body.clone()))
            }
            (501, _) => None,
            _ => None,
        }
    }
}

/// The error statuses of [`Client::get_api_kernels`](crate::Client::get_api_kernels): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetApiKernelsError {}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetApiKernelsError {
    const OPERATION: &'static str = "get_api_kernels";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses of [`Client::post_api_kernels`](crate::Client::post_api_kernels): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum PostApiKernelsError {}

impl codegen_runtime::OperationError<crate::ErrorBody> for PostApiKernelsError {
    const OPERATION: &'static str = "post_api_kernels";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses of [`Client::get_api_kernels_kernel_id`](crate::Client::get_api_kernels_kernel_id): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetApiKernelsKernelIdError {}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetApiKernelsKernelIdError {
    const OPERATION: &'static str = "get_api_kernels_kernel_id";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses of [`Client::delete_api_kernels_kernel_id`](crate::Client::delete_api_kernels_kernel_id): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteApiKernelsKernelIdError {}

impl codegen_runtime::OperationError<crate::ErrorBody>
for DeleteApiKernelsKernelIdError {
    const OPERATION: &'static str = "delete_api_kernels_kernel_id";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses of [`Client::post_api_kernels_kernel_id_interrupt`](crate::Client::post_api_kernels_kernel_id_interrupt): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum PostApiKernelsKernelIdInterruptError {}

impl codegen_runtime::OperationError<crate::ErrorBody>
for PostApiKernelsKernelIdInterruptError {
    const OPERATION: &'static str = "post_api_kernels_kernel_id_interrupt";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses of [`Client::post_api_kernels_kernel_id_restart`](crate::Client::post_api_kernels_kernel_id_restart): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum PostApiKernelsKernelIdRestartError {}

impl codegen_runtime::OperationError<crate::ErrorBody>
for PostApiKernelsKernelIdRestartError {
    const OPERATION: &'static str = "post_api_kernels_kernel_id_restart";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses of [`Client::get_api_kernelspecs`](crate::Client::get_api_kernelspecs): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetApiKernelspecsError {}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetApiKernelspecsError {
    const OPERATION: &'static str = "get_api_kernelspecs";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses of [`Client::get_api_config_section_name`](crate::Client::get_api_config_section_name): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetApiConfigSectionNameError {}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetApiConfigSectionNameError {
    const OPERATION: &'static str = "get_api_config_section_name";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses of [`Client::patch_api_config_section_name`](crate::Client::patch_api_config_section_name): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum PatchApiConfigSectionNameError {}

impl codegen_runtime::OperationError<crate::ErrorBody>
for PatchApiConfigSectionNameError {
    const OPERATION: &'static str = "patch_api_config_section_name";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses documented for [`Client::get_api_terminals`](crate::Client::get_api_terminals), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetApiTerminalsError {
    /// `403`: Forbidden to access
    Forbidden,
    /// `404`: Not found
    NotFound,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetApiTerminalsError {
    const OPERATION: &'static str = "get_api_terminals";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::post_api_terminals`](crate::Client::post_api_terminals), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum PostApiTerminalsError {
    /// `403`: Forbidden to access
    Forbidden,
    /// `404`: Not found
    NotFound,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for PostApiTerminalsError {
    const OPERATION: &'static str = "post_api_terminals";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_api_terminals_terminal_id`](crate::Client::get_api_terminals_terminal_id), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetApiTerminalsTerminalIdError {
    /// `403`: Forbidden to access
    Forbidden,
    /// `404`: Not found
    NotFound,
}

impl codegen_runtime::OperationError<crate::ErrorBody>
for GetApiTerminalsTerminalIdError {
    const OPERATION: &'static str = "get_api_terminals_terminal_id";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::delete_api_terminals_terminal_id`](crate::Client::delete_api_terminals_terminal_id), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteApiTerminalsTerminalIdError {
    /// `403`: Forbidden to access
    Forbidden,
    /// `404`: Not found
    NotFound,
}

impl codegen_runtime::OperationError<crate::ErrorBody>
for DeleteApiTerminalsTerminalIdError {
    const OPERATION: &'static str = "delete_api_terminals_terminal_id";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            _ => None,
        }
    }
}

/// The error statuses of [`Client::get_api_me`](crate::Client::get_api_me): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetApiMeError {}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetApiMeError {
    const OPERATION: &'static str = "get_api_me";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses of [`Client::get_api_status`](crate::Client::get_api_status): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetApiStatusError {}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetApiStatusError {
    const OPERATION: &'static str = "get_api_status";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses of [`Client::get_api_spec_yaml`](crate::Client::get_api_spec_yaml): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetApiSpecYamlError {}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetApiSpecYamlError {
    const OPERATION: &'static str = "get_api_spec_yaml";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}
