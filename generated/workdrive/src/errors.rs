// This file is generated from specs/workdrive.yaml by `cargo xtask generate`. Do not edit it by hand.

//! One enum per operation: the error statuses its spec documents, each variant holding
//! the body documented for its status. [`Error::operation_error`](codegen_runtime::Error::operation_error)
//! turns a call's error into it; a status the operation does not document stays an
//! `Error::Status` with its raw body.
/// The error statuses documented for [`Client::list_users`](crate::Client::list_users), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListUsersError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListUsersError {
    const OPERATION: &'static str = "list_users";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_team_supervisors`](crate::Client::list_team_supervisors), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListTeamSupervisorsError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListTeamSupervisorsError {
    const OPERATION: &'static str = "list_team_supervisors";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::create_user`](crate::Client::create_user), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateUserError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for CreateUserError {
    const OPERATION: &'static str = "create_user";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::delete_user`](crate::Client::delete_user), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteUserError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for DeleteUserError {
    const OPERATION: &'static str = "delete_user";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_user`](crate::Client::update_user), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateUserError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateUserError {
    const OPERATION: &'static str = "update_user";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::bulk_create_users`](crate::Client::bulk_create_users), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum BulkCreateUsersError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for BulkCreateUsersError {
    const OPERATION: &'static str = "bulk_create_users";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::bulk_delete_users`](crate::Client::bulk_delete_users), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum BulkDeleteUsersError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for BulkDeleteUsersError {
    const OPERATION: &'static str = "bulk_delete_users";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::create_organization`](crate::Client::create_organization), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateOrganizationError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for CreateOrganizationError {
    const OPERATION: &'static str = "create_organization";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_organization`](crate::Client::update_organization), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateOrganizationError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateOrganizationError {
    const OPERATION: &'static str = "update_organization";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::generate_access_token`](crate::Client::generate_access_token), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GenerateAccessTokenError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GenerateAccessTokenError {
    const OPERATION: &'static str = "generate_access_token";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_posts`](crate::Client::list_posts), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListPostsError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListPostsError {
    const OPERATION: &'static str = "list_posts";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::create_post`](crate::Client::create_post), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreatePostError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for CreatePostError {
    const OPERATION: &'static str = "create_post";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::delete_post`](crate::Client::delete_post), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeletePostError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for DeletePostError {
    const OPERATION: &'static str = "delete_post";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_post`](crate::Client::update_post), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdatePostError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdatePostError {
    const OPERATION: &'static str = "update_post";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_news`](crate::Client::list_news), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListNewsError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListNewsError {
    const OPERATION: &'static str = "list_news";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::create_news`](crate::Client::create_news), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateNewsError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for CreateNewsError {
    const OPERATION: &'static str = "create_news";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::delete_news`](crate::Client::delete_news), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteNewsError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for DeleteNewsError {
    const OPERATION: &'static str = "delete_news";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_news`](crate::Client::update_news), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateNewsError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateNewsError {
    const OPERATION: &'static str = "update_news";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_events`](crate::Client::list_events), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListEventsError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListEventsError {
    const OPERATION: &'static str = "list_events";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::create_event`](crate::Client::create_event), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateEventError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for CreateEventError {
    const OPERATION: &'static str = "create_event";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::delete_event`](crate::Client::delete_event), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteEventError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for DeleteEventError {
    const OPERATION: &'static str = "delete_event";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_event`](crate::Client::update_event), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateEventError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateEventError {
    const OPERATION: &'static str = "update_event";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_videos`](crate::Client::list_videos), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListVideosError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListVideosError {
    const OPERATION: &'static str = "list_videos";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::create_video`](crate::Client::create_video), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateVideoError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for CreateVideoError {
    const OPERATION: &'static str = "create_video";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::delete_video`](crate::Client::delete_video), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteVideoError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for DeleteVideoError {
    const OPERATION: &'static str = "delete_video";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_video`](crate::Client::update_video), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateVideoError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateVideoError {
    const OPERATION: &'static str = "update_video";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_photos`](crate::Client::list_photos), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListPhotosError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListPhotosError {
    const OPERATION: &'static str = "list_photos";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::create_photo`](crate::Client::create_photo), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreatePhotoError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for CreatePhotoError {
    const OPERATION: &'static str = "create_photo";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::delete_photo`](crate::Client::delete_photo), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeletePhotoError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for DeletePhotoError {
    const OPERATION: &'static str = "delete_photo";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_photo`](crate::Client::update_photo), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdatePhotoError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdatePhotoError {
    const OPERATION: &'static str = "update_photo";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_documents`](crate::Client::list_documents), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListDocumentsError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListDocumentsError {
    const OPERATION: &'static str = "list_documents";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::create_document`](crate::Client::create_document), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateDocumentError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for CreateDocumentError {
    const OPERATION: &'static str = "create_document";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::delete_document`](crate::Client::delete_document), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteDocumentError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for DeleteDocumentError {
    const OPERATION: &'static str = "delete_document";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_document`](crate::Client::update_document), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateDocumentError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateDocumentError {
    const OPERATION: &'static str = "update_document";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_faqs`](crate::Client::list_faqs), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListFaqsError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListFaqsError {
    const OPERATION: &'static str = "list_faqs";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::create_faq`](crate::Client::create_faq), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateFaqError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for CreateFaqError {
    const OPERATION: &'static str = "create_faq";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::delete_faq`](crate::Client::delete_faq), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteFaqError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for DeleteFaqError {
    const OPERATION: &'static str = "delete_faq";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_faq`](crate::Client::update_faq), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateFaqError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateFaqError {
    const OPERATION: &'static str = "update_faq";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_categories`](crate::Client::list_categories), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListCategoriesError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListCategoriesError {
    const OPERATION: &'static str = "list_categories";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_enforcement_templates`](crate::Client::list_enforcement_templates), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListEnforcementTemplatesError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody>
for ListEnforcementTemplatesError {
    const OPERATION: &'static str = "list_enforcement_templates";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::send_notification`](crate::Client::send_notification), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum SendNotificationError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for SendNotificationError {
    const OPERATION: &'static str = "send_notification";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_module_codes`](crate::Client::list_module_codes), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListModuleCodesError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListModuleCodesError {
    const OPERATION: &'static str = "list_module_codes";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_courses`](crate::Client::list_courses), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListCoursesError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListCoursesError {
    const OPERATION: &'static str = "list_courses";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::delete_course`](crate::Client::delete_course), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteCourseError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for DeleteCourseError {
    const OPERATION: &'static str = "delete_course";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_tasks`](crate::Client::list_tasks), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListTasksError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListTasksError {
    const OPERATION: &'static str = "list_tasks";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::create_task`](crate::Client::create_task), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateTaskError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for CreateTaskError {
    const OPERATION: &'static str = "create_task";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_task`](crate::Client::update_task), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateTaskError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateTaskError {
    const OPERATION: &'static str = "update_task";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::assign_task`](crate::Client::assign_task), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum AssignTaskError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for AssignTaskError {
    const OPERATION: &'static str = "assign_task";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::delete_task`](crate::Client::delete_task), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteTaskError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for DeleteTaskError {
    const OPERATION: &'static str = "delete_task";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_group_chats`](crate::Client::list_group_chats), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListGroupChatsError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListGroupChatsError {
    const OPERATION: &'static str = "list_group_chats";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::create_group_chat`](crate::Client::create_group_chat), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateGroupChatError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for CreateGroupChatError {
    const OPERATION: &'static str = "create_group_chat";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::delete_group_chats`](crate::Client::delete_group_chats), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteGroupChatsError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for DeleteGroupChatsError {
    const OPERATION: &'static str = "delete_group_chats";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::create_conversation_meeting`](crate::Client::create_conversation_meeting), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateConversationMeetingError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody>
for CreateConversationMeetingError {
    const OPERATION: &'static str = "create_conversation_meeting";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_group_chat`](crate::Client::update_group_chat), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateGroupChatError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateGroupChatError {
    const OPERATION: &'static str = "update_group_chat";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::send_message`](crate::Client::send_message), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum SendMessageError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for SendMessageError {
    const OPERATION: &'static str = "send_message";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_departments`](crate::Client::list_departments), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListDepartmentsError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListDepartmentsError {
    const OPERATION: &'static str = "list_departments";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::create_department`](crate::Client::create_department), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateDepartmentError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for CreateDepartmentError {
    const OPERATION: &'static str = "create_department";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_department_heads`](crate::Client::update_department_heads), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateDepartmentHeadsError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateDepartmentHeadsError {
    const OPERATION: &'static str = "update_department_heads";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_department_members`](crate::Client::get_department_members), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetDepartmentMembersError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetDepartmentMembersError {
    const OPERATION: &'static str = "get_department_members";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_department_members`](crate::Client::update_department_members), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateDepartmentMembersError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateDepartmentMembersError {
    const OPERATION: &'static str = "update_department_members";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::delete_department`](crate::Client::delete_department), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteDepartmentError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for DeleteDepartmentError {
    const OPERATION: &'static str = "delete_department";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_department`](crate::Client::update_department), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateDepartmentError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateDepartmentError {
    const OPERATION: &'static str = "update_department";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_locations`](crate::Client::list_locations), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListLocationsError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListLocationsError {
    const OPERATION: &'static str = "list_locations";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::create_location`](crate::Client::create_location), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateLocationError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for CreateLocationError {
    const OPERATION: &'static str = "create_location";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_location_members`](crate::Client::get_location_members), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetLocationMembersError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetLocationMembersError {
    const OPERATION: &'static str = "get_location_members";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_location_members`](crate::Client::update_location_members), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateLocationMembersError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateLocationMembersError {
    const OPERATION: &'static str = "update_location_members";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::delete_location`](crate::Client::delete_location), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteLocationError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for DeleteLocationError {
    const OPERATION: &'static str = "delete_location";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::update_location`](crate::Client::update_location), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UpdateLocationError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for UpdateLocationError {
    const OPERATION: &'static str = "update_location";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_security_groups`](crate::Client::list_security_groups), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListSecurityGroupsError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListSecurityGroupsError {
    const OPERATION: &'static str = "list_security_groups";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::add_security_group_members`](crate::Client::add_security_group_members), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum AddSecurityGroupMembersError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for AddSecurityGroupMembersError {
    const OPERATION: &'static str = "add_security_group_members";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::remove_security_group_members`](crate::Client::remove_security_group_members), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum RemoveSecurityGroupMembersError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody>
for RemoveSecurityGroupMembersError {
    const OPERATION: &'static str = "remove_security_group_members";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::list_ssos`](crate::Client::list_ssos), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListSsosError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListSsosError {
    const OPERATION: &'static str = "list_ssos";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::create_sso`](crate::Client::create_sso), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateSsoError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for CreateSsoError {
    const OPERATION: &'static str = "create_sso";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}

/// The error statuses documented for [`Client::get_media_upload_url`](crate::Client::get_media_upload_url), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetMediaUploadUrlError {
    /// `400`: Bad Request: the request is invalid.
    BadRequest,
    /// `401`: Unauthorized: the API key is wrong.
    Unauthorized,
    /// `403`: Forbidden: the requested content is for administrators only.
    Forbidden,
    /// `404`: Not Found: the specified content could not be found.
    NotFound,
    /// `500`: Internal Server Error: a problem with the server; try again later.
    InternalServerError,
    /// `503`: Service Unavailable: temporarily offline for maintenance; try again later.
    ServiceUnavailable,
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetMediaUploadUrlError {
    const OPERATION: &'static str = "get_media_upload_url";

    #[inline]
    fn from_status(status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match status {
            400 => Some(Self::BadRequest),
            401 => Some(Self::Unauthorized),
            403 => Some(Self::Forbidden),
            404 => Some(Self::NotFound),
            500 => Some(Self::InternalServerError),
            503 => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }
}
