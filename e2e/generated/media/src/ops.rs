// This file is generated from e2e/specs/media.yaml by `cargo xtask generate`. Do not edit it by hand.

//! One marker type per operation. A method returns `Call<T, ops::Operation>`; the
//! setters of the operation's optional parameters are methods of that call, so a
//! parameter added to the API is a new method, never a new argument. A marker's value
//! names its operation where a value is wanted (`mock::Server::expect(ops::Operation)`
//! with the `mock` feature).
/// Marks the calls of [`Client::download_blob`](crate::Client::download_blob): `Call<T, ops::DownloadBlob>`.
pub struct DownloadBlob;

/// Marks the calls of [`Client::upload_blob`](crate::Client::upload_blob): `Call<T, ops::UploadBlob>`.
pub struct UploadBlob;

/// Marks the calls of [`Client::latest_report`](crate::Client::latest_report): `Call<T, ops::LatestReport>`.
pub struct LatestReport;

/// Marks the calls of [`Client::create_note`](crate::Client::create_note): `Call<T, ops::CreateNote>`, which has the setters of its 1 optional parameter(s).
pub struct CreateNote;

/// Marks the calls of [`Client::put_avatar`](crate::Client::put_avatar): `Call<T, ops::PutAvatar>`.
pub struct PutAvatar;

/// Marks the calls of [`Client::list_events`](crate::Client::list_events): `Call<T, ops::ListEvents>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub struct ListEvents;
