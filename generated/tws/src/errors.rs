// This file is generated from specs/tws.yaml by `cargo xtask generate`. Do not edit it by hand.

//! One enum per operation: the error statuses its spec documents, each variant holding
//! the body documented for its status. [`Error::operation_error`](codegen_runtime::Error::operation_error)
//! turns a call's error into it; a status the operation does not document stays an
//! `Error::Status` with its raw body.
use crate::types;

/// The error statuses documented for [`Client::create_session`](crate::Client::create_session), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateSessionError {
    /// `401`: Not authenticated; create a new session.
    Unauthorized(types::ApiErrorBody),
    /// `422`: Malformed input.
    Status422(types::ApiErrorBody),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for CreateSessionError {
    const OPERATION: &'static str = "create_session";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (401, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (422, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Status422(body.clone()))
            }
            (422, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_work_sessions`](crate::Client::list_work_sessions), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListWorkSessionsError {
    /// `401`: Not authenticated; create a new session.
    Unauthorized(types::ApiErrorBody),
    /// `403`: Not permitted for this resource or URL (check the API URL and membership pairing).
    Forbidden(types::ApiErrorBody),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListWorkSessionsError {
    const OPERATION: &'static str = "list_work_sessions";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (401, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::approve_work_session`](crate::Client::approve_work_session), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ApproveWorkSessionError {
    /// `401`: Not authenticated; create a new session.
    Unauthorized(types::ApiErrorBody),
    /// `403`: Not permitted for this resource or URL (check the API URL and membership pairing).
    Forbidden(types::ApiErrorBody),
    /// `409`: Already exists or is being processed.
    Conflict(types::ApiErrorBody),
    /// `422`: Malformed input.
    Status422(types::ApiErrorBody),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ApproveWorkSessionError {
    const OPERATION: &'static str = "approve_work_session";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (401, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (409, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Conflict(body.clone()))
            }
            (409, _) => None,
            (422, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Status422(body.clone()))
            }
            (422, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::create_keys`](crate::Client::create_keys), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateKeysError {
    /// `401`: Not authenticated; create a new session.
    Unauthorized(types::ApiErrorBody),
    /// `403`: Not permitted for this resource or URL (check the API URL and membership pairing).
    Forbidden(types::ApiErrorBody),
    /// `409`: Already exists or is being processed.
    Conflict(types::ApiErrorBody),
    /// `422`: Malformed input.
    Status422(types::ApiErrorBody),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for CreateKeysError {
    const OPERATION: &'static str = "create_keys";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (401, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (409, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Conflict(body.clone()))
            }
            (409, _) => None,
            (422, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Status422(body.clone()))
            }
            (422, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_key`](crate::Client::get_key), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetKeyError {
    /// `401`: Not authenticated; create a new session.
    Unauthorized(types::ApiErrorBody),
    /// `403`: Not permitted for this resource or URL (check the API URL and membership pairing).
    Forbidden(types::ApiErrorBody),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetKeyError {
    const OPERATION: &'static str = "get_key";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (401, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::delete_key`](crate::Client::delete_key), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteKeyError {
    /// `401`: Not authenticated; create a new session.
    Unauthorized(types::ApiErrorBody),
    /// `403`: Not permitted for this resource or URL (check the API URL and membership pairing).
    Forbidden(types::ApiErrorBody),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for DeleteKeyError {
    const OPERATION: &'static str = "delete_key";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (401, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_users`](crate::Client::list_users), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListUsersError {
    /// `401`: Not authenticated; create a new session.
    Unauthorized(types::ApiErrorBody),
    /// `403`: Not permitted for this resource or URL (check the API URL and membership pairing).
    Forbidden(types::ApiErrorBody),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListUsersError {
    const OPERATION: &'static str = "list_users";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (401, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::create_user`](crate::Client::create_user), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateUserError {
    /// `401`: Not authenticated; create a new session.
    Unauthorized(types::ApiErrorBody),
    /// `403`: Not permitted for this resource or URL (check the API URL and membership pairing).
    Forbidden(types::ApiErrorBody),
    /// `409`: Already exists or is being processed.
    Conflict(types::ApiErrorBody),
    /// `422`: Malformed input.
    Status422(types::ApiErrorBody),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for CreateUserError {
    const OPERATION: &'static str = "create_user";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (401, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (409, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Conflict(body.clone()))
            }
            (409, _) => None,
            (422, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Status422(body.clone()))
            }
            (422, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_user`](crate::Client::get_user), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetUserError {
    /// `401`: Not authenticated; create a new session.
    Unauthorized(types::ApiErrorBody),
    /// `403`: Not permitted for this resource or URL (check the API URL and membership pairing).
    Forbidden(types::ApiErrorBody),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetUserError {
    const OPERATION: &'static str = "get_user";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (401, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::delete_user`](crate::Client::delete_user), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteUserError {
    /// `401`: Not authenticated; create a new session.
    Unauthorized(types::ApiErrorBody),
    /// `403`: Not permitted for this resource or URL (check the API URL and membership pairing).
    Forbidden(types::ApiErrorBody),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for DeleteUserError {
    const OPERATION: &'static str = "delete_user";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (401, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_sites`](crate::Client::list_sites), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListSitesError {
    /// `401`: Not authenticated; create a new session.
    Unauthorized(types::ApiErrorBody),
    /// `403`: Not permitted for this resource or URL (check the API URL and membership pairing).
    Forbidden(types::ApiErrorBody),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListSitesError {
    const OPERATION: &'static str = "list_sites";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (401, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_site_locks`](crate::Client::list_site_locks), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListSiteLocksError {
    /// `401`: Not authenticated; create a new session.
    Unauthorized(types::ApiErrorBody),
    /// `403`: Not permitted for this resource or URL (check the API URL and membership pairing).
    Forbidden(types::ApiErrorBody),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListSiteLocksError {
    const OPERATION: &'static str = "list_site_locks";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (401, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_locks`](crate::Client::list_locks), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListLocksError {
    /// `401`: Not authenticated; create a new session.
    Unauthorized(types::ApiErrorBody),
    /// `403`: Not permitted for this resource or URL (check the API URL and membership pairing).
    Forbidden(types::ApiErrorBody),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListLocksError {
    const OPERATION: &'static str = "list_locks";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (401, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_lock_status`](crate::Client::get_lock_status), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetLockStatusError {
    /// `401`: Not authenticated; create a new session.
    Unauthorized(types::ApiErrorBody),
    /// `403`: Not permitted for this resource or URL (check the API URL and membership pairing).
    Forbidden(types::ApiErrorBody),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetLockStatusError {
    const OPERATION: &'static str = "get_lock_status";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (401, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_organization`](crate::Client::update_organization), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateOrganizationError {
    /// `401`: Not authenticated; create a new session.
    Unauthorized(types::ApiErrorBody),
    /// `403`: Not permitted for this resource or URL (check the API URL and membership pairing).
    Forbidden(types::ApiErrorBody),
    /// `422`: Malformed input.
    Status422(types::ApiErrorBody),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateOrganizationError {
    const OPERATION: &'static str = "update_organization";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (401, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (422, Some(crate::ErrorBody::ApiErrorBody(body))) => {
                Some(Self::Status422(body.clone()))
            }
            (422, _) => None,
            _ => None,
        }
    }
}
