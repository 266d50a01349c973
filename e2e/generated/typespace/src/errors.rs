// This file is generated from e2e/specs/typespace.yaml by `cargo xtask generate`. Do not edit it by hand.

//! One enum per operation: the error statuses its spec documents, each variant holding
//! the body documented for its status. [`Error::operation_error`](codegen_runtime::Error::operation_error)
//! turns a call's error into it; a status the operation does not document stays an
//! `Error::Status` with its raw body.
use crate::types;

/// The error statuses documented for [`Client::list_pets`](crate::Client::list_pets), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListPetsError {
    /// `400`: A bad request.
    BadRequest(types::Error400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListPetsError {
    const OPERATION: &'static str = "list_pets";

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

/// The error statuses documented for [`Client::create_pet`](crate::Client::create_pet), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreatePetError {
    /// `400`: A bad request.
    BadRequest(types::Error400),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for CreatePetError {
    const OPERATION: &'static str = "create_pet";

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

/// The error statuses documented for [`Client::get_pet`](crate::Client::get_pet), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetPetError {
    /// `404`: No such pet.
    NotFound(types::NotFound),
    /// `422`: The id is not valid.
    Status422(types::Invalid),
    /// `5XX`: The server failed.
    ServerError(types::Problem),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for GetPetError {
    const OPERATION: &'static str = "get_pet";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (404, Some(crate::ErrorBody::NotFound(body))) => {
                Some(Self::NotFound(body.clone()))
            }
            (404, _) => None,
            (422, Some(crate::ErrorBody::Invalid(body))) => {
                Some(Self::Status422(body.clone()))
            }
            (422, _) => None,
            (500..=599, Some(crate::ErrorBody::Problem(body))) => {
                Some(Self::ServerError(body.clone()))
            }
            (500..=599, _) => None,
            _ => None,
        }
    }
}
