// This file is generated from e2e/specs/upstream/github.yaml with the overlay e2e/specs/github.overlay.yaml by `cargo xtask generate`. Do not edit it by hand.

//! One enum per operation: the error statuses its spec documents, each variant holding
//! the body documented for its status. [`Error::operation_error`](codegen_runtime::Error::operation_error)
//! turns a call's error into it; a status the operation does not document stays an
//! `Error::Status` with its raw body.
use crate::types;

/// The error statuses documented for [`Client::issues_list_for_repo`](crate::Client::issues_list_for_repo), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum IssuesListForRepoError {
    /// `404`: Resource not found
    NotFound(types::BasicError),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for IssuesListForRepoError {
    const OPERATION: &'static str = "issues/list-for-repo";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (404, Some(crate::ErrorBody::BasicError(body))) => {
                Some(Self::NotFound(body.clone()))
            }
            (404, _) => None,
            _ => None,
        }
    }
}

/// The error statuses of [`Client::repos_list_for_org`](crate::Client::repos_list_for_org): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ReposListForOrgError {}

impl codegen_runtime::OperationError<crate::ErrorBody> for ReposListForOrgError {
    const OPERATION: &'static str = "repos/list-for-org";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}
