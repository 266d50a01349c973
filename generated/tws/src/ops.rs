// This file is generated from specs/tws.yaml by `cargo xtask generate`. Do not edit it by hand.

//! One marker type per operation. A method returns `Call<T, ops::Operation>`; the
//! setters of the operation's optional parameters are methods of that call, so a
//! parameter added to the API is a new method, never a new argument. A marker's value
//! names its operation where a value is wanted (`mock::Server::expect(ops::Operation)`
//! with the `mock` feature).
/// Marks the calls of [`Client::create_session`](crate::Client::create_session): `Call<T, ops::CreateSession>`.
pub struct CreateSession;

/// Marks the calls of [`Client::list_work_sessions`](crate::Client::list_work_sessions): `Call<T, ops::ListWorkSessions>`, which has the setters of its 3 optional parameter(s) and `stream()`.
pub struct ListWorkSessions;

/// Marks the calls of [`Client::approve_work_session`](crate::Client::approve_work_session): `Call<T, ops::ApproveWorkSession>`.
pub struct ApproveWorkSession;

/// Marks the calls of [`Client::create_keys`](crate::Client::create_keys): `Call<T, ops::CreateKeys>`.
pub struct CreateKeys;

/// Marks the calls of [`Client::get_key`](crate::Client::get_key): `Call<T, ops::GetKey>`.
pub struct GetKey;

/// Marks the calls of [`Client::delete_key`](crate::Client::delete_key): `Call<T, ops::DeleteKey>`.
pub struct DeleteKey;

/// Marks the calls of [`Client::list_users`](crate::Client::list_users): `Call<T, ops::ListUsers>`, which has the setters of its 3 optional parameter(s) and `stream()`.
pub struct ListUsers;

/// Marks the calls of [`Client::create_user`](crate::Client::create_user): `Call<T, ops::CreateUser>`.
pub struct CreateUser;

/// Marks the calls of [`Client::get_user`](crate::Client::get_user): `Call<T, ops::GetUser>`.
pub struct GetUser;

/// Marks the calls of [`Client::delete_user`](crate::Client::delete_user): `Call<T, ops::DeleteUser>`.
pub struct DeleteUser;

/// Marks the calls of [`Client::list_sites`](crate::Client::list_sites): `Call<T, ops::ListSites>`, which has the setters of its 3 optional parameter(s) and `stream()`.
pub struct ListSites;

/// Marks the calls of [`Client::list_site_locks`](crate::Client::list_site_locks): `Call<T, ops::ListSiteLocks>`.
pub struct ListSiteLocks;

/// Marks the calls of [`Client::list_locks`](crate::Client::list_locks): `Call<T, ops::ListLocks>`, which has the setters of its 3 optional parameter(s) and `stream()`.
pub struct ListLocks;

/// Marks the calls of [`Client::get_lock_status`](crate::Client::get_lock_status): `Call<T, ops::GetLockStatus>`.
pub struct GetLockStatus;

/// Marks the calls of [`Client::update_organization`](crate::Client::update_organization): `Call<T, ops::UpdateOrganization>`.
pub struct UpdateOrganization;
