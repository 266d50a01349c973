// This file is generated from e2e/specs/media.yaml by `cargo xtask generate`. Do not edit it by hand.

//! One enum per operation: the error statuses its spec documents, each variant holding
//! the body documented for its status. [`Error::operation_error`](codegen_runtime::Error::operation_error)
//! turns a call's error into it; a status the operation does not document stays an
//! `Error::Status` with its raw body.
use crate::types;

/// The error statuses documented for [`Client::download_blob`](crate::Client::download_blob), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DownloadBlobError {
    /// `404`: no such blob
    NotFound(types::Problem),
}

impl codegen_runtime::OperationError<crate::ErrorBody> for DownloadBlobError {
    const OPERATION: &'static str = "download_blob";

    #[inline]
    fn from_status(status: u16, decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        match (status, decoded) {
            (404, Some(crate::ErrorBody::Problem(body))) => {
                Some(Self::NotFound(body.clone()))
            }
            (404, _) => None,
            _ => None,
        }
    }
}

/// The error statuses of [`Client::upload_blob`](crate::Client::upload_blob): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum UploadBlobError {}

impl codegen_runtime::OperationError<crate::ErrorBody> for UploadBlobError {
    const OPERATION: &'static str = "upload_blob";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses of [`Client::latest_report`](crate::Client::latest_report): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum LatestReportError {}

impl codegen_runtime::OperationError<crate::ErrorBody> for LatestReportError {
    const OPERATION: &'static str = "latest_report";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses of [`Client::create_note`](crate::Client::create_note): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateNoteError {}

impl codegen_runtime::OperationError<crate::ErrorBody> for CreateNoteError {
    const OPERATION: &'static str = "create_note";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses of [`Client::put_avatar`](crate::Client::put_avatar): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum PutAvatarError {}

impl codegen_runtime::OperationError<crate::ErrorBody> for PutAvatarError {
    const OPERATION: &'static str = "put_avatar";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}

/// The error statuses of [`Client::list_events`](crate::Client::list_events): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListEventsError {}

impl codegen_runtime::OperationError<crate::ErrorBody> for ListEventsError {
    const OPERATION: &'static str = "list_events";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}
