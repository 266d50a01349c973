// This file is generated from e2e/specs/decoding.yaml by `cargo xtask generate`. Do not edit it by hand.

//! One enum per operation: the error statuses its spec documents, each variant holding
//! the body documented for its status. [`Error::operation_error`](codegen_runtime::Error::operation_error)
//! turns a call's error into it; a status the operation does not document stays an
//! `Error::Status` with its raw body.
/// The error statuses of [`Client::put_record`](crate::Client::put_record): its spec documents none, so every error status is `Error::Status` with its raw body.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum PutRecordError {}

impl codegen_runtime::OperationError<crate::ErrorBody> for PutRecordError {
    const OPERATION: &'static str = "put_record";

    #[inline]
    fn from_status(_status: u16, _decoded: Option<&crate::ErrorBody>) -> Option<Self> {
        None
    }
}
