// This file is generated from specs/beam.yaml by `cargo xtask generate`. Do not edit it by hand.

//! One enum per operation: the error statuses its spec documents, each variant holding
//! the body documented for its status. [`Error::operation_error`](codegen_runtime::Error::operation_error)
//! turns a call's error into it; a status the operation does not document stays an
//! `Error::Status` with its raw body.
use crate::types;

/// The error statuses of [`Client::get_info`](crate::Client::get_info): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetInfoError {}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetInfoError {
    const OPERATION: &'static str = "get_info";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses of [`Client::list_users`](crate::Client::list_users): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListUsersError {}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListUsersError {
    const OPERATION: &'static str = "list_users";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses documented for [`Client::get_user`](crate::Client::get_user), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetUserError {
    /// `404`: No such object.
    NotFound,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetUserError {
    const OPERATION: &'static str = "get_user";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            404 => Some(Self::NotFound),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::patch_user`](crate::Client::patch_user), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum PatchUserError {
    /// `404`: No such object.
    NotFound,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for PatchUserError {
    const OPERATION: &'static str = "patch_user";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            404 => Some(Self::NotFound),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::invite_user`](crate::Client::invite_user), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum InviteUserError {
    /// `400`: The request is invalid.
    BadRequest(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for InviteUserError {
    const OPERATION: &'static str = "invite_user";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            _ => None,
        }
    }
}

/// The error statuses of [`Client::list_devices`](crate::Client::list_devices): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListDevicesError {}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListDevicesError {
    const OPERATION: &'static str = "list_devices";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses documented for [`Client::get_device`](crate::Client::get_device), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetDeviceError {
    /// `404`: No such object.
    NotFound,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetDeviceError {
    const OPERATION: &'static str = "get_device";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            404 => Some(Self::NotFound),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_device`](crate::Client::update_device), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateDeviceError {
    /// `400`: The request is invalid.
    BadRequest(types::ApiError),
    /// `404`: No such object.
    NotFound,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateDeviceError {
    const OPERATION: &'static str = "update_device";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (404, _) => Some(Self::NotFound),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::patch_device`](crate::Client::patch_device), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum PatchDeviceError {
    /// `400`: The request is invalid.
    BadRequest(types::ApiError),
    /// `404`: No such object.
    NotFound,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for PatchDeviceError {
    const OPERATION: &'static str = "patch_device";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (404, _) => Some(Self::NotFound),
            _ => None,
        }
    }
}

/// The error statuses of [`Client::list_device_groups`](crate::Client::list_device_groups): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListDeviceGroupsError {}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListDeviceGroupsError {
    const OPERATION: &'static str = "list_device_groups";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses documented for [`Client::create_device_group`](crate::Client::create_device_group), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateDeviceGroupError {
    /// `400`: The request is invalid.
    BadRequest(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for CreateDeviceGroupError {
    const OPERATION: &'static str = "create_device_group";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_device_group`](crate::Client::get_device_group), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetDeviceGroupError {
    /// `404`: No such object.
    NotFound,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetDeviceGroupError {
    const OPERATION: &'static str = "get_device_group";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            404 => Some(Self::NotFound),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_device_group`](crate::Client::update_device_group), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateDeviceGroupError {
    /// `400`: The request is invalid.
    BadRequest(types::ApiError),
    /// `404`: No such object.
    NotFound,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateDeviceGroupError {
    const OPERATION: &'static str = "update_device_group";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (404, _) => Some(Self::NotFound),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::delete_device_group`](crate::Client::delete_device_group), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteDeviceGroupError {
    /// `404`: No such object.
    NotFound,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for DeleteDeviceGroupError {
    const OPERATION: &'static str = "delete_device_group";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            404 => Some(Self::NotFound),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::patch_device_group`](crate::Client::patch_device_group), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum PatchDeviceGroupError {
    /// `400`: The request is invalid.
    BadRequest(types::ApiError),
    /// `404`: No such object.
    NotFound,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for PatchDeviceGroupError {
    const OPERATION: &'static str = "patch_device_group";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (404, _) => Some(Self::NotFound),
            _ => None,
        }
    }
}

/// The error statuses of [`Client::list_user_groups`](crate::Client::list_user_groups): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListUserGroupsError {}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListUserGroupsError {
    const OPERATION: &'static str = "list_user_groups";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses documented for [`Client::create_user_group`](crate::Client::create_user_group), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateUserGroupError {
    /// `400`: The request is invalid.
    BadRequest(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for CreateUserGroupError {
    const OPERATION: &'static str = "create_user_group";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_user_group`](crate::Client::get_user_group), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetUserGroupError {
    /// `404`: No such object.
    NotFound,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetUserGroupError {
    const OPERATION: &'static str = "get_user_group";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            404 => Some(Self::NotFound),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_user_group`](crate::Client::update_user_group), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateUserGroupError {
    /// `400`: The request is invalid.
    BadRequest(types::ApiError),
    /// `404`: No such object.
    NotFound,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateUserGroupError {
    const OPERATION: &'static str = "update_user_group";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (404, _) => Some(Self::NotFound),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::delete_user_group`](crate::Client::delete_user_group), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteUserGroupError {
    /// `404`: No such object.
    NotFound,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for DeleteUserGroupError {
    const OPERATION: &'static str = "delete_user_group";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            404 => Some(Self::NotFound),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::patch_user_group`](crate::Client::patch_user_group), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum PatchUserGroupError {
    /// `400`: The request is invalid.
    BadRequest(types::ApiError),
    /// `404`: No such object.
    NotFound,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for PatchUserGroupError {
    const OPERATION: &'static str = "patch_user_group";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (404, _) => Some(Self::NotFound),
            _ => None,
        }
    }
}

/// The error statuses of [`Client::list_device_group_memberships`](crate::Client::list_device_group_memberships): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListDeviceGroupMembershipsError {}

impl codegen_runtime::OperationError<crate::ErrorBody>
for ListDeviceGroupMembershipsError {
    const OPERATION: &'static str = "list_device_group_memberships";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses documented for [`Client::create_device_group_membership`](crate::Client::create_device_group_membership), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateDeviceGroupMembershipError {
    /// `400`: The request is invalid.
    BadRequest(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody>
for CreateDeviceGroupMembershipError {
    const OPERATION: &'static str = "create_device_group_membership";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::create_device_group_memberships_bulk`](crate::Client::create_device_group_memberships_bulk), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateDeviceGroupMembershipsBulkError {
    /// `400`: The request is invalid.
    BadRequest(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody>
for CreateDeviceGroupMembershipsBulkError {
    const OPERATION: &'static str = "create_device_group_memberships_bulk";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_device_group_membership`](crate::Client::get_device_group_membership), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetDeviceGroupMembershipError {
    /// `404`: No such object.
    NotFound,
}

impl codegen_runtime::OperationError<crate::ErrorBody>
for GetDeviceGroupMembershipError {
    const OPERATION: &'static str = "get_device_group_membership";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            404 => Some(Self::NotFound),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_device_group_membership`](crate::Client::update_device_group_membership), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateDeviceGroupMembershipError {
    /// `400`: The request is invalid.
    BadRequest(types::ApiError),
    /// `404`: No such object.
    NotFound,
}

impl codegen_runtime::OperationError<crate::ErrorBody>
for UpdateDeviceGroupMembershipError {
    const OPERATION: &'static str = "update_device_group_membership";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (404, _) => Some(Self::NotFound),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::delete_device_group_membership`](crate::Client::delete_device_group_membership), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteDeviceGroupMembershipError {
    /// `404`: No such object.
    NotFound,
}

impl codegen_runtime::OperationError<crate::ErrorBody>
for DeleteDeviceGroupMembershipError {
    const OPERATION: &'static str = "delete_device_group_membership";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            404 => Some(Self::NotFound),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::patch_device_group_membership`](crate::Client::patch_device_group_membership), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum PatchDeviceGroupMembershipError {
    /// `400`: The request is invalid.
    BadRequest(types::ApiError),
    /// `404`: No such object.
    NotFound,
}

impl codegen_runtime::OperationError<crate::ErrorBody>
for PatchDeviceGroupMembershipError {
    const OPERATION: &'static str = "patch_device_group_membership";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (404, _) => Some(Self::NotFound),
            _ => None,
        }
    }
}

/// The error statuses of [`Client::list_access_times`](crate::Client::list_access_times): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListAccessTimesError {}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListAccessTimesError {
    const OPERATION: &'static str = "list_access_times";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses documented for [`Client::create_access_time`](crate::Client::create_access_time), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateAccessTimeError {
    /// `400`: The request is invalid.
    BadRequest(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for CreateAccessTimeError {
    const OPERATION: &'static str = "create_access_time";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_access_time`](crate::Client::get_access_time), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetAccessTimeError {
    /// `404`: No such object.
    NotFound,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetAccessTimeError {
    const OPERATION: &'static str = "get_access_time";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            404 => Some(Self::NotFound),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_access_time`](crate::Client::update_access_time), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateAccessTimeError {
    /// `400`: The request is invalid.
    BadRequest(types::ApiError),
    /// `404`: No such object.
    NotFound,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateAccessTimeError {
    const OPERATION: &'static str = "update_access_time";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (404, _) => Some(Self::NotFound),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::delete_access_time`](crate::Client::delete_access_time), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteAccessTimeError {
    /// `404`: No such object.
    NotFound,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for DeleteAccessTimeError {
    const OPERATION: &'static str = "delete_access_time";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            404 => Some(Self::NotFound),
            _ => None,
        }
    }
}

/// The error statuses of [`Client::list_default_access_times`](crate::Client::list_default_access_times): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListDefaultAccessTimesError {}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListDefaultAccessTimesError {
    const OPERATION: &'static str = "list_default_access_times";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses documented for [`Client::create_default_access_time`](crate::Client::create_default_access_time), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateDefaultAccessTimeError {
    /// `400`: The request is invalid.
    BadRequest(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for CreateDefaultAccessTimeError {
    const OPERATION: &'static str = "create_default_access_time";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_default_access_time`](crate::Client::get_default_access_time), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetDefaultAccessTimeError {
    /// `404`: No such object.
    NotFound,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetDefaultAccessTimeError {
    const OPERATION: &'static str = "get_default_access_time";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            404 => Some(Self::NotFound),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::delete_default_access_time`](crate::Client::delete_default_access_time), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteDefaultAccessTimeError {
    /// `404`: No such object.
    NotFound,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for DeleteDefaultAccessTimeError {
    const OPERATION: &'static str = "delete_default_access_time";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            404 => Some(Self::NotFound),
            _ => None,
        }
    }
}

/// The error statuses of [`Client::list_temporary_access`](crate::Client::list_temporary_access): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListTemporaryAccessError {}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListTemporaryAccessError {
    const OPERATION: &'static str = "list_temporary_access";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses documented for [`Client::grant_temporary_access`](crate::Client::grant_temporary_access), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GrantTemporaryAccessError {
    /// `400`: The request is invalid.
    BadRequest(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GrantTemporaryAccessError {
    const OPERATION: &'static str = "grant_temporary_access";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_temporary_access`](crate::Client::get_temporary_access), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetTemporaryAccessError {
    /// `404`: No such object.
    NotFound,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetTemporaryAccessError {
    const OPERATION: &'static str = "get_temporary_access";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            404 => Some(Self::NotFound),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_temporary_access`](crate::Client::update_temporary_access), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateTemporaryAccessError {
    /// `400`: The request is invalid.
    BadRequest(types::ApiError),
    /// `404`: No such object.
    NotFound,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateTemporaryAccessError {
    const OPERATION: &'static str = "update_temporary_access";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (404, _) => Some(Self::NotFound),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::delete_temporary_access`](crate::Client::delete_temporary_access), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteTemporaryAccessError {
    /// `404`: No such object.
    NotFound,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for DeleteTemporaryAccessError {
    const OPERATION: &'static str = "delete_temporary_access";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            404 => Some(Self::NotFound),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::patch_temporary_access`](crate::Client::patch_temporary_access), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum PatchTemporaryAccessError {
    /// `400`: The request is invalid.
    BadRequest(types::ApiError),
    /// `404`: No such object.
    NotFound,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for PatchTemporaryAccessError {
    const OPERATION: &'static str = "patch_temporary_access";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (404, _) => Some(Self::NotFound),
            _ => None,
        }
    }
}

/// The error statuses of [`Client::list_api_keys`](crate::Client::list_api_keys): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListApiKeysError {}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListApiKeysError {
    const OPERATION: &'static str = "list_api_keys";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses documented for [`Client::create_api_key`](crate::Client::create_api_key), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateApiKeyError {
    /// `400`: The request is invalid.
    BadRequest(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for CreateApiKeyError {
    const OPERATION: &'static str = "create_api_key";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::delete_api_key`](crate::Client::delete_api_key), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteApiKeyError {
    /// `404`: No such object.
    NotFound,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for DeleteApiKeyError {
    const OPERATION: &'static str = "delete_api_key";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            404 => Some(Self::NotFound),
            _ => None,
        }
    }
}

/// The error statuses of [`Client::list_access_time_templates`](crate::Client::list_access_time_templates): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListAccessTimeTemplatesError {}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListAccessTimeTemplatesError {
    const OPERATION: &'static str = "list_access_time_templates";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses documented for [`Client::create_access_time_template`](crate::Client::create_access_time_template), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateAccessTimeTemplateError {
    /// `400`: The request is invalid.
    BadRequest(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody>
for CreateAccessTimeTemplateError {
    const OPERATION: &'static str = "create_access_time_template";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_access_time_template`](crate::Client::get_access_time_template), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetAccessTimeTemplateError {
    /// `404`: No such object.
    NotFound,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetAccessTimeTemplateError {
    const OPERATION: &'static str = "get_access_time_template";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            404 => Some(Self::NotFound),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::delete_access_time_template`](crate::Client::delete_access_time_template), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteAccessTimeTemplateError {
    /// `404`: No such object.
    NotFound,
}

impl codegen_runtime::OperationError<crate::ErrorBody>
for DeleteAccessTimeTemplateError {
    const OPERATION: &'static str = "delete_access_time_template";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            404 => Some(Self::NotFound),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::patch_access_time_template`](crate::Client::patch_access_time_template), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum PatchAccessTimeTemplateError {
    /// `400`: The request is invalid.
    BadRequest(types::ApiError),
    /// `404`: No such object.
    NotFound,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for PatchAccessTimeTemplateError {
    const OPERATION: &'static str = "patch_access_time_template";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (404, _) => Some(Self::NotFound),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::apply_access_time_template`](crate::Client::apply_access_time_template), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ApplyAccessTimeTemplateError {
    /// `400`: The request is invalid.
    BadRequest(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ApplyAccessTimeTemplateError {
    const OPERATION: &'static str = "apply_access_time_template";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            _ => None,
        }
    }
}
