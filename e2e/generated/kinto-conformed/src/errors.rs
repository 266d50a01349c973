// This file is generated from e2e/specs/kinto.json with the overlay e2e/specs/kinto-conformed.overlay.yaml by `cargo xtask generate`. Do not edit it by hand.

//! One enum per operation: the error statuses its spec documents, each variant holding
//! the body documented for its status. [`Error::operation_error`](codegen_runtime::Error::operation_error)
//! turns a call's error into it; a status the operation does not document stays an
//! `Error::Status` with its raw body.
use crate::types;

/// The error statuses documented for [`Client::get_accounts`](crate::Client::get_accounts), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetAccountsError {
    /// `304`: Response has not changed since value in If-None-Match header
    NotModified,
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetAccountsError {
    const OPERATION: &'static str = "get_accounts";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (304, _) => Some(Self::NotModified),
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::create_account`](crate::Client::create_account), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateAccountError {
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `415`: The client request was not sent with a correct Content-Type.
    UnsupportedMediaType(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for CreateAccountError {
    const OPERATION: &'static str = "create_account";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (415, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::UnsupportedMediaType(body.clone()))
            }
            (415, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::delete_accounts`](crate::Client::delete_accounts), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteAccountsError {
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for DeleteAccountsError {
    const OPERATION: &'static str = "delete_accounts";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_account`](crate::Client::get_account), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetAccountError {
    /// `304`: Response has not changed since value in If-None-Match header
    NotModified,
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `404`: The object does not exist or was deleted.
    NotFound(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetAccountError {
    const OPERATION: &'static str = "get_account";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (304, _) => Some(Self::NotModified),
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (404, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotFound(body.clone()))
            }
            (404, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_account`](crate::Client::update_account), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateAccountError {
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `415`: The client request was not sent with a correct Content-Type.
    UnsupportedMediaType(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateAccountError {
    const OPERATION: &'static str = "update_account";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (415, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::UnsupportedMediaType(body.clone()))
            }
            (415, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::delete_account`](crate::Client::delete_account), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteAccountError {
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `404`: The object does not exist or was already deleted.
    NotFound(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for DeleteAccountError {
    const OPERATION: &'static str = "delete_account";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (404, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotFound(body.clone()))
            }
            (404, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::patch_account`](crate::Client::patch_account), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum PatchAccountError {
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `404`: The object does not exist or was deleted.
    NotFound(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `415`: The client request was not sent with a correct Content-Type.
    UnsupportedMediaType(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for PatchAccountError {
    const OPERATION: &'static str = "patch_account";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (404, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotFound(body.clone()))
            }
            (404, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (415, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::UnsupportedMediaType(body.clone()))
            }
            (415, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::batch`](crate::Client::batch), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum BatchError {
    /// `400`: The request was badly formatted.
    BadRequest(types::GetAccountsError400),
    /// `default`: an unknown error occurred.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for BatchError {
    const OPERATION: &'static str = "batch";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::heartbeat`](crate::Client::heartbeat), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum HeartbeatError {
    /// `503`: One or more subsystems failing.
    ServiceUnavailable(
        std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
    ),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for HeartbeatError {
    const OPERATION: &'static str = "__heartbeat__";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (503, Some(crate::ErrorBody::Other(body))) => {
                Some(Self::ServiceUnavailable(body.clone()))
            }
            (503, _) => None,
            _ => None,
        }
    }
}

/// The error statuses of [`Client::lbheartbeat`](crate::Client::lbheartbeat): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum LbheartbeatError {}

impl codegen_runtime::OperationError<crate::ErrorBody> for LbheartbeatError {
    const OPERATION: &'static str = "__lbheartbeat__";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses of [`Client::server_info`](crate::Client::server_info): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ServerInfoError {}

impl codegen_runtime::OperationError<crate::ErrorBody> for ServerInfoError {
    const OPERATION: &'static str = "server_info";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses of [`Client::get_openapi_spec`](crate::Client::get_openapi_spec): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetOpenapiSpecError {}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetOpenapiSpecError {
    const OPERATION: &'static str = "get_openapi_spec";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses of [`Client::version`](crate::Client::version): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum VersionError {}

impl codegen_runtime::OperationError<crate::ErrorBody> for VersionError {
    const OPERATION: &'static str = "__version__";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses documented for [`Client::delete_user_data`](crate::Client::delete_user_data), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteUserDataError {
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `404`: The object does not exist or was already deleted.
    NotFound(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for DeleteUserDataError {
    const OPERATION: &'static str = "delete_user-data";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (404, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotFound(body.clone()))
            }
            (404, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_buckets`](crate::Client::get_buckets), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetBucketsError {
    /// `304`: Response has not changed since value in If-None-Match header
    NotModified,
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetBucketsError {
    const OPERATION: &'static str = "get_buckets";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (304, _) => Some(Self::NotModified),
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::create_bucket`](crate::Client::create_bucket), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateBucketError {
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `415`: The client request was not sent with a correct Content-Type.
    UnsupportedMediaType(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for CreateBucketError {
    const OPERATION: &'static str = "create_bucket";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (415, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::UnsupportedMediaType(body.clone()))
            }
            (415, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::delete_buckets`](crate::Client::delete_buckets), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteBucketsError {
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for DeleteBucketsError {
    const OPERATION: &'static str = "delete_buckets";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_bucket`](crate::Client::get_bucket), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetBucketError {
    /// `304`: Response has not changed since value in If-None-Match header
    NotModified,
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `404`: The object does not exist or was deleted.
    NotFound(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetBucketError {
    const OPERATION: &'static str = "get_bucket";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (304, _) => Some(Self::NotModified),
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (404, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotFound(body.clone()))
            }
            (404, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_bucket`](crate::Client::update_bucket), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateBucketError {
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `415`: The client request was not sent with a correct Content-Type.
    UnsupportedMediaType(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateBucketError {
    const OPERATION: &'static str = "update_bucket";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (415, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::UnsupportedMediaType(body.clone()))
            }
            (415, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::delete_bucket`](crate::Client::delete_bucket), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteBucketError {
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `404`: The object does not exist or was already deleted.
    NotFound(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for DeleteBucketError {
    const OPERATION: &'static str = "delete_bucket";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (404, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotFound(body.clone()))
            }
            (404, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::patch_bucket`](crate::Client::patch_bucket), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum PatchBucketError {
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `404`: The object does not exist or was deleted.
    NotFound(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `415`: The client request was not sent with a correct Content-Type.
    UnsupportedMediaType(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for PatchBucketError {
    const OPERATION: &'static str = "patch_bucket";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (404, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotFound(body.clone()))
            }
            (404, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (415, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::UnsupportedMediaType(body.clone()))
            }
            (415, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_collections`](crate::Client::get_collections), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetCollectionsError {
    /// `304`: Response has not changed since value in If-None-Match header
    NotModified,
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetCollectionsError {
    const OPERATION: &'static str = "get_collections";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (304, _) => Some(Self::NotModified),
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::create_collection`](crate::Client::create_collection), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateCollectionError {
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `415`: The client request was not sent with a correct Content-Type.
    UnsupportedMediaType(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for CreateCollectionError {
    const OPERATION: &'static str = "create_collection";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (415, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::UnsupportedMediaType(body.clone()))
            }
            (415, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::delete_collections`](crate::Client::delete_collections), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteCollectionsError {
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for DeleteCollectionsError {
    const OPERATION: &'static str = "delete_collections";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_collection`](crate::Client::get_collection), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetCollectionError {
    /// `304`: Response has not changed since value in If-None-Match header
    NotModified,
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `404`: The object does not exist or was deleted.
    NotFound(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetCollectionError {
    const OPERATION: &'static str = "get_collection";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (304, _) => Some(Self::NotModified),
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (404, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotFound(body.clone()))
            }
            (404, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_collection`](crate::Client::update_collection), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateCollectionError {
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `415`: The client request was not sent with a correct Content-Type.
    UnsupportedMediaType(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateCollectionError {
    const OPERATION: &'static str = "update_collection";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (415, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::UnsupportedMediaType(body.clone()))
            }
            (415, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::delete_collection`](crate::Client::delete_collection), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteCollectionError {
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `404`: The object does not exist or was already deleted.
    NotFound(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for DeleteCollectionError {
    const OPERATION: &'static str = "delete_collection";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (404, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotFound(body.clone()))
            }
            (404, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::patch_collection`](crate::Client::patch_collection), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum PatchCollectionError {
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `404`: The object does not exist or was deleted.
    NotFound(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `415`: The client request was not sent with a correct Content-Type.
    UnsupportedMediaType(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for PatchCollectionError {
    const OPERATION: &'static str = "patch_collection";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (404, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotFound(body.clone()))
            }
            (404, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (415, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::UnsupportedMediaType(body.clone()))
            }
            (415, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses of [`Client::contribute`](crate::Client::contribute): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ContributeError {}

impl codegen_runtime::OperationError<crate::ErrorBody> for ContributeError {
    const OPERATION: &'static str = "contribute";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses documented for [`Client::get_groups`](crate::Client::get_groups), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetGroupsError {
    /// `304`: Response has not changed since value in If-None-Match header
    NotModified,
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetGroupsError {
    const OPERATION: &'static str = "get_groups";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (304, _) => Some(Self::NotModified),
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::create_group`](crate::Client::create_group), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateGroupError {
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `415`: The client request was not sent with a correct Content-Type.
    UnsupportedMediaType(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for CreateGroupError {
    const OPERATION: &'static str = "create_group";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (415, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::UnsupportedMediaType(body.clone()))
            }
            (415, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::delete_groups`](crate::Client::delete_groups), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteGroupsError {
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for DeleteGroupsError {
    const OPERATION: &'static str = "delete_groups";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_group`](crate::Client::get_group), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetGroupError {
    /// `304`: Response has not changed since value in If-None-Match header
    NotModified,
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `404`: The object does not exist or was deleted.
    NotFound(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetGroupError {
    const OPERATION: &'static str = "get_group";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (304, _) => Some(Self::NotModified),
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (404, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotFound(body.clone()))
            }
            (404, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_group`](crate::Client::update_group), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateGroupError {
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `415`: The client request was not sent with a correct Content-Type.
    UnsupportedMediaType(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateGroupError {
    const OPERATION: &'static str = "update_group";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (415, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::UnsupportedMediaType(body.clone()))
            }
            (415, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::delete_group`](crate::Client::delete_group), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteGroupError {
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `404`: The object does not exist or was already deleted.
    NotFound(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for DeleteGroupError {
    const OPERATION: &'static str = "delete_group";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (404, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotFound(body.clone()))
            }
            (404, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::patch_group`](crate::Client::patch_group), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum PatchGroupError {
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `404`: The object does not exist or was deleted.
    NotFound(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `415`: The client request was not sent with a correct Content-Type.
    UnsupportedMediaType(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for PatchGroupError {
    const OPERATION: &'static str = "patch_group";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (404, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotFound(body.clone()))
            }
            (404, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (415, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::UnsupportedMediaType(body.clone()))
            }
            (415, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_permissionss`](crate::Client::get_permissionss), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetPermissionssError {
    /// `304`: Response has not changed since value in If-None-Match header
    NotModified,
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetPermissionssError {
    const OPERATION: &'static str = "get_permissionss";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (304, _) => Some(Self::NotModified),
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_records`](crate::Client::get_records), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetRecordsError {
    /// `304`: Response has not changed since value in If-None-Match header
    NotModified,
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetRecordsError {
    const OPERATION: &'static str = "get_records";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (304, _) => Some(Self::NotModified),
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::create_record`](crate::Client::create_record), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateRecordError {
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `415`: The client request was not sent with a correct Content-Type.
    UnsupportedMediaType(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for CreateRecordError {
    const OPERATION: &'static str = "create_record";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (415, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::UnsupportedMediaType(body.clone()))
            }
            (415, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::delete_records`](crate::Client::delete_records), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteRecordsError {
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for DeleteRecordsError {
    const OPERATION: &'static str = "delete_records";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_record`](crate::Client::get_record), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetRecordError {
    /// `304`: Response has not changed since value in If-None-Match header
    NotModified,
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `404`: The object does not exist or was deleted.
    NotFound(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetRecordError {
    const OPERATION: &'static str = "get_record";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (304, _) => Some(Self::NotModified),
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (404, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotFound(body.clone()))
            }
            (404, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_record`](crate::Client::update_record), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateRecordError {
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `415`: The client request was not sent with a correct Content-Type.
    UnsupportedMediaType(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateRecordError {
    const OPERATION: &'static str = "update_record";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (415, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::UnsupportedMediaType(body.clone()))
            }
            (415, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::delete_record`](crate::Client::delete_record), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteRecordError {
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `404`: The object does not exist or was already deleted.
    NotFound(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for DeleteRecordError {
    const OPERATION: &'static str = "delete_record";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (404, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotFound(body.clone()))
            }
            (404, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::patch_record`](crate::Client::patch_record), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum PatchRecordError {
    /// `400`: The request is invalid.
    BadRequest(types::GetAccountsError400),
    /// `401`: The request is missing authentication headers.
    Unauthorized(types::GetAccountsError400),
    /// `403`: The user is not allowed to perform the operation, or the resource is not accessible.
    Forbidden(types::GetAccountsError400),
    /// `404`: The object does not exist or was deleted.
    NotFound(types::GetAccountsError400),
    /// `406`: The client doesn't accept supported responses Content-Type.
    NotAcceptable(types::GetAccountsError400),
    /// `412`: Object was changed or deleted since value in `If-Match` header.
    PreconditionFailed(types::GetAccountsError400),
    /// `415`: The client request was not sent with a correct Content-Type.
    UnsupportedMediaType(types::GetAccountsError400),
    /// `default`: Unexpected error.
    Default(types::GetAccountsError400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for PatchRecordError {
    const OPERATION: &'static str = "patch_record";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (404, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotFound(body.clone()))
            }
            (404, _) => None,
            (406, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::NotAcceptable(body.clone()))
            }
            (406, _) => None,
            (412, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::PreconditionFailed(body.clone()))
            }
            (412, _) => None,
            (415, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::UnsupportedMediaType(body.clone()))
            }
            (415, _) => None,
            (_, Some(crate::ErrorBody::GetAccountsError400(body))) => {
                Some(Self::Default(body.clone()))
            }
            _ => None,
        }
    }
}
