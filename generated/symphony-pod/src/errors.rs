// This file is generated from specs/symphony-pod.yaml by `cargo xtask generate`. Do not edit it by hand.

//! One enum per operation: the error statuses its spec documents, each variant holding
//! the body documented for its status. [`Error::operation_error`](codegen_runtime::Error::operation_error)
//! turns a call's error into it; a status the operation does not document stays an
//! `Error::Status` with its raw body.
use crate::types;

/// The error statuses documented for [`Client::list_app_entitlements`](crate::Client::list_app_entitlements), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListAppEntitlementsError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListAppEntitlementsError {
    const OPERATION: &'static str = "v1AdminAppEntitlementListGet";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_app_entitlements`](crate::Client::update_app_entitlements), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateAppEntitlementsError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateAppEntitlementsError {
    const OPERATION: &'static str = "v1AdminAppEntitlementListPost";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_user_app_entitlements`](crate::Client::list_user_app_entitlements), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListUserAppEntitlementsError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListUserAppEntitlementsError {
    const OPERATION: &'static str = "v1AdminUserUidAppEntitlementListGet";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_user_app_entitlements`](crate::Client::update_user_app_entitlements), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateUserAppEntitlementsError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody>
for UpdateUserAppEntitlementsError {
    const OPERATION: &'static str = "v1AdminUserUidAppEntitlementListPost";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_configuration`](crate::Client::get_configuration), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetConfigurationError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetConfigurationError {
    const OPERATION: &'static str = "v1ConfigurationConfigurationIdGetGet";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_configuration`](crate::Client::update_configuration), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateConfigurationError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateConfigurationError {
    const OPERATION: &'static str = "v1ConfigurationConfigurationIdUpdatePut";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::create_configuration`](crate::Client::create_configuration), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateConfigurationError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for CreateConfigurationError {
    const OPERATION: &'static str = "v1ConfigurationCreatePost";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_configurations`](crate::Client::list_configurations), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListConfigurationsError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListConfigurationsError {
    const OPERATION: &'static str = "v1ConfigurationListGet";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::create_configuration_instance`](crate::Client::create_configuration_instance), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateConfigurationInstanceError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody>
for CreateConfigurationInstanceError {
    const OPERATION: &'static str = "v1ConfigurationConfigurationIdInstanceCreatePost";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_configuration_instance`](crate::Client::get_configuration_instance), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetConfigurationInstanceError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody>
for GetConfigurationInstanceError {
    const OPERATION: &'static str = "v1ConfigurationConfigurationIdInstanceInstanceIdGetGet";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_configuration_instance`](crate::Client::update_configuration_instance), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateConfigurationInstanceError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody>
for UpdateConfigurationInstanceError {
    const OPERATION: &'static str = "v1ConfigurationConfigurationIdInstanceInstanceIdUpdatePut";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_configuration_instances`](crate::Client::list_configuration_instances), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListConfigurationInstancesError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody>
for ListConfigurationInstancesError {
    const OPERATION: &'static str = "v1ConfigurationConfigurationIdInstanceListGet";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::create_disclaimer`](crate::Client::create_disclaimer), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateDisclaimerError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for CreateDisclaimerError {
    const OPERATION: &'static str = "v1AdminDisclaimerCreatePost";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_disclaimer`](crate::Client::get_disclaimer), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetDisclaimerError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetDisclaimerError {
    const OPERATION: &'static str = "v1AdminDisclaimerDidGet";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_disclaimer`](crate::Client::update_disclaimer), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateDisclaimerError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateDisclaimerError {
    const OPERATION: &'static str = "v1AdminDisclaimerDidUpdatePost";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_disclaimer_users`](crate::Client::list_disclaimer_users), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListDisclaimerUsersError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListDisclaimerUsersError {
    const OPERATION: &'static str = "v1AdminDisclaimerDidUsersGet";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_disclaimers`](crate::Client::list_disclaimers), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListDisclaimersError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListDisclaimersError {
    const OPERATION: &'static str = "v1AdminDisclaimerListGet";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::add_group_members`](crate::Client::add_group_members), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum AddGroupMembersError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for AddGroupMembersError {
    const OPERATION: &'static str = "v1AdminGroupGidMembershipAddPost";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_group_members`](crate::Client::list_group_members), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListGroupMembersError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListGroupMembersError {
    const OPERATION: &'static str = "v1AdminGroupGidMembershipListGet";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::remove_group_members`](crate::Client::remove_group_members), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum RemoveGroupMembersError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for RemoveGroupMembersError {
    const OPERATION: &'static str = "v1AdminGroupGidMembershipRemovePost";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_groups`](crate::Client::list_groups), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListGroupsError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListGroupsError {
    const OPERATION: &'static str = "v1AdminGroupListGet";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_policies`](crate::Client::list_policies), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListPoliciesError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListPoliciesError {
    const OPERATION: &'static str = "v1AdminPolicyListGet";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::suppress_message`](crate::Client::suppress_message), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum SuppressMessageError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for SuppressMessageError {
    const OPERATION: &'static str = "v1AdminMessagesuppressionIdSuppressPost";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_presence`](crate::Client::list_presence), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListPresenceError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListPresenceError {
    const OPERATION: &'static str = "v1PresenceGet";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_user_presence`](crate::Client::get_user_presence), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetUserPresenceError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetUserPresenceError {
    const OPERATION: &'static str = "v1UserUidPresenceGet";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::set_user_presence`](crate::Client::set_user_presence), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum SetUserPresenceError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for SetUserPresenceError {
    const OPERATION: &'static str = "v1UserUidPresencePost";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::add_room_member`](crate::Client::add_room_member), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum AddRoomMemberError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for AddRoomMemberError {
    const OPERATION: &'static str = "v1RoomIdMembershipAddPost";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::demote_room_owner`](crate::Client::demote_room_owner), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DemoteRoomOwnerError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for DemoteRoomOwnerError {
    const OPERATION: &'static str = "v1RoomIdMembershipDemoteOwnerPost";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_room_members`](crate::Client::list_room_members), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListRoomMembersError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListRoomMembersError {
    const OPERATION: &'static str = "v1RoomIdMembershipListGet";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::promote_room_owner`](crate::Client::promote_room_owner), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum PromoteRoomOwnerError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for PromoteRoomOwnerError {
    const OPERATION: &'static str = "v1RoomIdMembershipPromoteOwnerPost";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::remove_room_member`](crate::Client::remove_room_member), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum RemoveRoomMemberError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for RemoveRoomMemberError {
    const OPERATION: &'static str = "v1RoomIdMembershipRemovePost";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::create_company_cert`](crate::Client::create_company_cert), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateCompanyCertError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for CreateCompanyCertError {
    const OPERATION: &'static str = "v1CompanycertCreatePost";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::delete_company_cert`](crate::Client::delete_company_cert), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteCompanyCertError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for DeleteCompanyCertError {
    const OPERATION: &'static str = "v1CompanycertDeletePost";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_company_cert`](crate::Client::get_company_cert), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetCompanyCertError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetCompanyCertError {
    const OPERATION: &'static str = "v1CompanycertFingerPrintGetGet";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_company_certs_issued_by`](crate::Client::list_company_certs_issued_by), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListCompanyCertsIssuedByError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody>
for ListCompanyCertsIssuedByError {
    const OPERATION: &'static str = "v1CompanycertFingerPrintIssuedByGet";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_company_cert`](crate::Client::update_company_cert), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateCompanyCertError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateCompanyCertError {
    const OPERATION: &'static str = "v1CompanycertFingerPrintUpdatePost";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_company_certs`](crate::Client::list_company_certs), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListCompanyCertsError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListCompanyCertsError {
    const OPERATION: &'static str = "v1CompanycertListGet";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_pod_managed_company_certs`](crate::Client::list_pod_managed_company_certs), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListPodManagedCompanyCertsError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody>
for ListPodManagedCompanyCertsError {
    const OPERATION: &'static str = "v1CompanycertPodmanagedListGet";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_company_certs_by_type`](crate::Client::list_company_certs_by_type), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListCompanyCertsByTypeError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListCompanyCertsByTypeError {
    const OPERATION: &'static str = "v1CompanycertTypeListPost";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_session_info`](crate::Client::get_session_info), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetSessionInfoError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetSessionInfoError {
    const OPERATION: &'static str = "v1SessioninfoGet";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::create_im`](crate::Client::create_im), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateImError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for CreateImError {
    const OPERATION: &'static str = "v1ImCreatePost";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::create_room_v1`](crate::Client::create_room_v1), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateRoomV1Error {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for CreateRoomV1Error {
    const OPERATION: &'static str = "v1RoomCreatePost";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_room_info_v1`](crate::Client::get_room_info_v1), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetRoomInfoV1Error {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetRoomInfoV1Error {
    const OPERATION: &'static str = "v1RoomIdInfoGet";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::set_room_active`](crate::Client::set_room_active), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum SetRoomActiveError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for SetRoomActiveError {
    const OPERATION: &'static str = "v1RoomIdSetActivePost";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_room_v1`](crate::Client::update_room_v1), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateRoomV1Error {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateRoomV1Error {
    const OPERATION: &'static str = "v1RoomIdUpdatePost";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::create_room`](crate::Client::create_room), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateRoomError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for CreateRoomError {
    const OPERATION: &'static str = "v2RoomCreatePost";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_room_info`](crate::Client::get_room_info), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetRoomInfoError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetRoomInfoError {
    const OPERATION: &'static str = "v2RoomIdInfoGet";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_room`](crate::Client::update_room), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateRoomError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateRoomError {
    const OPERATION: &'static str = "v2RoomIdUpdatePost";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::search_rooms`](crate::Client::search_rooms), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum SearchRoomsError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for SearchRoomsError {
    const OPERATION: &'static str = "v2RoomSearchPost";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_features`](crate::Client::list_features), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListFeaturesError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListFeaturesError {
    const OPERATION: &'static str = "v1AdminSystemFeaturesListGet";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_roles`](crate::Client::list_roles), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListRolesError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListRolesError {
    const OPERATION: &'static str = "v1AdminSystemRolesListGet";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::create_user`](crate::Client::create_user), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateUserError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for CreateUserError {
    const OPERATION: &'static str = "v1AdminUserCreatePost";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::find_users`](crate::Client::find_users), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum FindUsersError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for FindUsersError {
    const OPERATION: &'static str = "v1AdminUserFindPost";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_user_ids`](crate::Client::list_user_ids), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListUserIdsError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListUserIdsError {
    const OPERATION: &'static str = "v1AdminUserListGet";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::reset_user_password`](crate::Client::reset_user_password), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ResetUserPasswordError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ResetUserPasswordError {
    const OPERATION: &'static str = "v1AdminUserUidActionPasswordResetPost";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_user_avatar`](crate::Client::get_user_avatar), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetUserAvatarError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetUserAvatarError {
    const OPERATION: &'static str = "v1AdminUserUidAvatarGet";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_user_avatar`](crate::Client::update_user_avatar), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateUserAvatarError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateUserAvatarError {
    const OPERATION: &'static str = "v1AdminUserUidAvatarUpdatePost";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_user_delegates`](crate::Client::get_user_delegates), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetUserDelegatesError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetUserDelegatesError {
    const OPERATION: &'static str = "v1AdminUserUidDelegatesGet";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_user_delegates`](crate::Client::update_user_delegates), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateUserDelegatesError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateUserDelegatesError {
    const OPERATION: &'static str = "v1AdminUserUidDelegatesUpdatePost";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_user_disclaimer`](crate::Client::get_user_disclaimer), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetUserDisclaimerError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetUserDisclaimerError {
    const OPERATION: &'static str = "v1AdminUserUidDisclaimerGet";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::assign_user_disclaimer`](crate::Client::assign_user_disclaimer), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum AssignUserDisclaimerError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for AssignUserDisclaimerError {
    const OPERATION: &'static str = "v1AdminUserUidDisclaimerUpdatePost";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_user_features`](crate::Client::list_user_features), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListUserFeaturesError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListUserFeaturesError {
    const OPERATION: &'static str = "v1AdminUserUidFeaturesGet";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_user_features`](crate::Client::update_user_features), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateUserFeaturesError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateUserFeaturesError {
    const OPERATION: &'static str = "v1AdminUserUidFeaturesUpdatePost";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_user_details`](crate::Client::get_user_details), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetUserDetailsError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetUserDetailsError {
    const OPERATION: &'static str = "v1AdminUserUidGet";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_user_roles`](crate::Client::list_user_roles), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListUserRolesError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListUserRolesError {
    const OPERATION: &'static str = "v1AdminUserUidRolesGet";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_user_roles`](crate::Client::update_user_roles), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateUserRolesError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateUserRolesError {
    const OPERATION: &'static str = "v1AdminUserUidRolesUpdatePost";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_user_status`](crate::Client::get_user_status), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetUserStatusError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetUserStatusError {
    const OPERATION: &'static str = "v1AdminUserUidStatusGet";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_user_status`](crate::Client::update_user_status), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateUserStatusError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateUserStatusError {
    const OPERATION: &'static str = "v1AdminUserUidStatusUpdatePost";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_user`](crate::Client::update_user), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateUserError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateUserError {
    const OPERATION: &'static str = "v1AdminUserUidUpdatePost";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_user_by_email`](crate::Client::get_user_by_email), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetUserByEmailError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetUserByEmailError {
    const OPERATION: &'static str = "v1UserGet";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_user_by_username`](crate::Client::get_user_by_username), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetUserByUsernameError {
    /// `400`: Client error, see response body for further details.
    BadRequest(types::ApiError),
    /// `401`: Unauthorized: Session tokens invalid.
    Unauthorized(types::ApiError),
    /// `403`: Forbidden: Caller lacks necessary entitlement.
    Forbidden(types::ApiError),
    /// `500`: Server error, see response body for further details.
    InternalServerError(types::ApiError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetUserByUsernameError {
    const OPERATION: &'static str = "v1UserNameUserNameGetGet";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (400, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::BadRequest(body.clone()))
            }
            (400, _) => None,
            (401, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Unauthorized(body.clone()))
            }
            (401, _) => None,
            (403, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::Forbidden(body.clone()))
            }
            (403, _) => None,
            (500, Some(crate::ErrorBody::ApiError(body))) => {
                Some(Self::InternalServerError(body.clone()))
            }
            (500, _) => None,
            _ => None,
        }
    }
}
