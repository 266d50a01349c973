// This file is generated from specs/beam.yaml by `cargo xtask generate`. Do not edit it by hand.

//! One marker type per operation. A method returns `Call<T, ops::Operation>`; the
//! setters of the operation's optional parameters are methods of that call, so a
//! parameter added to the API is a new method, never a new argument. A marker's value
//! names its operation where a value is wanted (`mock::Server::expect(ops::Operation)`
//! with the `mock` feature).
/// Marks the calls of [`Client::get_info`](crate::Client::get_info): `Call<T, ops::GetInfo>`.
pub struct GetInfo;

/// Marks the calls of [`Client::list_users`](crate::Client::list_users): `Call<T, ops::ListUsers>`, which has the setters of its 3 optional parameter(s) and `stream()`.
pub struct ListUsers;

/// Marks the calls of [`Client::get_user`](crate::Client::get_user): `Call<T, ops::GetUser>`.
pub struct GetUser;

/// Marks the calls of [`Client::patch_user`](crate::Client::patch_user): `Call<T, ops::PatchUser>`.
pub struct PatchUser;

/// Marks the calls of [`Client::invite_user`](crate::Client::invite_user): `Call<T, ops::InviteUser>`, which has the setters of its 1 optional parameter(s).
pub struct InviteUser;

/// Marks the calls of [`Client::list_devices`](crate::Client::list_devices): `Call<T, ops::ListDevices>`, which has the setters of its 4 optional parameter(s) and `stream()`.
pub struct ListDevices;

/// Marks the calls of [`Client::get_device`](crate::Client::get_device): `Call<T, ops::GetDevice>`, which has the setters of its 1 optional parameter(s).
pub struct GetDevice;

/// Marks the calls of [`Client::update_device`](crate::Client::update_device): `Call<T, ops::UpdateDevice>`.
pub struct UpdateDevice;

/// Marks the calls of [`Client::patch_device`](crate::Client::patch_device): `Call<T, ops::PatchDevice>`.
pub struct PatchDevice;

/// Marks the calls of [`Client::list_device_groups`](crate::Client::list_device_groups): `Call<T, ops::ListDeviceGroups>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub struct ListDeviceGroups;

/// Marks the calls of [`Client::create_device_group`](crate::Client::create_device_group): `Call<T, ops::CreateDeviceGroup>`.
pub struct CreateDeviceGroup;

/// Marks the calls of [`Client::get_device_group`](crate::Client::get_device_group): `Call<T, ops::GetDeviceGroup>`.
pub struct GetDeviceGroup;

/// Marks the calls of [`Client::update_device_group`](crate::Client::update_device_group): `Call<T, ops::UpdateDeviceGroup>`.
pub struct UpdateDeviceGroup;

/// Marks the calls of [`Client::delete_device_group`](crate::Client::delete_device_group): `Call<T, ops::DeleteDeviceGroup>`.
pub struct DeleteDeviceGroup;

/// Marks the calls of [`Client::patch_device_group`](crate::Client::patch_device_group): `Call<T, ops::PatchDeviceGroup>`.
pub struct PatchDeviceGroup;

/// Marks the calls of [`Client::list_user_groups`](crate::Client::list_user_groups): `Call<T, ops::ListUserGroups>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub struct ListUserGroups;

/// Marks the calls of [`Client::create_user_group`](crate::Client::create_user_group): `Call<T, ops::CreateUserGroup>`.
pub struct CreateUserGroup;

/// Marks the calls of [`Client::get_user_group`](crate::Client::get_user_group): `Call<T, ops::GetUserGroup>`.
pub struct GetUserGroup;

/// Marks the calls of [`Client::update_user_group`](crate::Client::update_user_group): `Call<T, ops::UpdateUserGroup>`.
pub struct UpdateUserGroup;

/// Marks the calls of [`Client::delete_user_group`](crate::Client::delete_user_group): `Call<T, ops::DeleteUserGroup>`.
pub struct DeleteUserGroup;

/// Marks the calls of [`Client::patch_user_group`](crate::Client::patch_user_group): `Call<T, ops::PatchUserGroup>`.
pub struct PatchUserGroup;

/// Marks the calls of [`Client::list_device_group_memberships`](crate::Client::list_device_group_memberships): `Call<T, ops::ListDeviceGroupMemberships>`, which has the setters of its 6 optional parameter(s) and `stream()`.
pub struct ListDeviceGroupMemberships;

/// Marks the calls of [`Client::create_device_group_membership`](crate::Client::create_device_group_membership): `Call<T, ops::CreateDeviceGroupMembership>`.
pub struct CreateDeviceGroupMembership;

/// Marks the calls of [`Client::create_device_group_memberships_bulk`](crate::Client::create_device_group_memberships_bulk): `Call<T, ops::CreateDeviceGroupMembershipsBulk>`.
pub struct CreateDeviceGroupMembershipsBulk;

/// Marks the calls of [`Client::get_device_group_membership`](crate::Client::get_device_group_membership): `Call<T, ops::GetDeviceGroupMembership>`, which has the setters of its 1 optional parameter(s).
pub struct GetDeviceGroupMembership;

/// Marks the calls of [`Client::update_device_group_membership`](crate::Client::update_device_group_membership): `Call<T, ops::UpdateDeviceGroupMembership>`.
pub struct UpdateDeviceGroupMembership;

/// Marks the calls of [`Client::delete_device_group_membership`](crate::Client::delete_device_group_membership): `Call<T, ops::DeleteDeviceGroupMembership>`.
pub struct DeleteDeviceGroupMembership;

/// Marks the calls of [`Client::patch_device_group_membership`](crate::Client::patch_device_group_membership): `Call<T, ops::PatchDeviceGroupMembership>`.
pub struct PatchDeviceGroupMembership;

/// Marks the calls of [`Client::list_access_times`](crate::Client::list_access_times): `Call<T, ops::ListAccessTimes>`, which has the setters of its 4 optional parameter(s) and `stream()`.
pub struct ListAccessTimes;

/// Marks the calls of [`Client::create_access_time`](crate::Client::create_access_time): `Call<T, ops::CreateAccessTime>`.
pub struct CreateAccessTime;

/// Marks the calls of [`Client::get_access_time`](crate::Client::get_access_time): `Call<T, ops::GetAccessTime>`, which has the setters of its 1 optional parameter(s).
pub struct GetAccessTime;

/// Marks the calls of [`Client::update_access_time`](crate::Client::update_access_time): `Call<T, ops::UpdateAccessTime>`.
pub struct UpdateAccessTime;

/// Marks the calls of [`Client::delete_access_time`](crate::Client::delete_access_time): `Call<T, ops::DeleteAccessTime>`.
pub struct DeleteAccessTime;

/// Marks the calls of [`Client::list_default_access_times`](crate::Client::list_default_access_times): `Call<T, ops::ListDefaultAccessTimes>`, which has the setters of its 4 optional parameter(s) and `stream()`.
pub struct ListDefaultAccessTimes;

/// Marks the calls of [`Client::create_default_access_time`](crate::Client::create_default_access_time): `Call<T, ops::CreateDefaultAccessTime>`.
pub struct CreateDefaultAccessTime;

/// Marks the calls of [`Client::get_default_access_time`](crate::Client::get_default_access_time): `Call<T, ops::GetDefaultAccessTime>`, which has the setters of its 1 optional parameter(s).
pub struct GetDefaultAccessTime;

/// Marks the calls of [`Client::delete_default_access_time`](crate::Client::delete_default_access_time): `Call<T, ops::DeleteDefaultAccessTime>`.
pub struct DeleteDefaultAccessTime;

/// Marks the calls of [`Client::list_temporary_access`](crate::Client::list_temporary_access): `Call<T, ops::ListTemporaryAccess>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub struct ListTemporaryAccess;

/// Marks the calls of [`Client::grant_temporary_access`](crate::Client::grant_temporary_access): `Call<T, ops::GrantTemporaryAccess>`, which has the setters of its 1 optional parameter(s).
pub struct GrantTemporaryAccess;

/// Marks the calls of [`Client::get_temporary_access`](crate::Client::get_temporary_access): `Call<T, ops::GetTemporaryAccess>`.
pub struct GetTemporaryAccess;

/// Marks the calls of [`Client::update_temporary_access`](crate::Client::update_temporary_access): `Call<T, ops::UpdateTemporaryAccess>`.
pub struct UpdateTemporaryAccess;

/// Marks the calls of [`Client::delete_temporary_access`](crate::Client::delete_temporary_access): `Call<T, ops::DeleteTemporaryAccess>`.
pub struct DeleteTemporaryAccess;

/// Marks the calls of [`Client::patch_temporary_access`](crate::Client::patch_temporary_access): `Call<T, ops::PatchTemporaryAccess>`.
pub struct PatchTemporaryAccess;

/// Marks the calls of [`Client::list_api_keys`](crate::Client::list_api_keys): `Call<T, ops::ListApiKeys>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub struct ListApiKeys;

/// Marks the calls of [`Client::create_api_key`](crate::Client::create_api_key): `Call<T, ops::CreateApiKey>`.
pub struct CreateApiKey;

/// Marks the calls of [`Client::delete_api_key`](crate::Client::delete_api_key): `Call<T, ops::DeleteApiKey>`.
pub struct DeleteApiKey;

/// Marks the calls of [`Client::list_access_time_templates`](crate::Client::list_access_time_templates): `Call<T, ops::ListAccessTimeTemplates>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub struct ListAccessTimeTemplates;

/// Marks the calls of [`Client::create_access_time_template`](crate::Client::create_access_time_template): `Call<T, ops::CreateAccessTimeTemplate>`.
pub struct CreateAccessTimeTemplate;

/// Marks the calls of [`Client::get_access_time_template`](crate::Client::get_access_time_template): `Call<T, ops::GetAccessTimeTemplate>`.
pub struct GetAccessTimeTemplate;

/// Marks the calls of [`Client::delete_access_time_template`](crate::Client::delete_access_time_template): `Call<T, ops::DeleteAccessTimeTemplate>`.
pub struct DeleteAccessTimeTemplate;

/// Marks the calls of [`Client::patch_access_time_template`](crate::Client::patch_access_time_template): `Call<T, ops::PatchAccessTimeTemplate>`.
pub struct PatchAccessTimeTemplate;

/// Marks the calls of [`Client::apply_access_time_template`](crate::Client::apply_access_time_template): `Call<T, ops::ApplyAccessTimeTemplate>`.
pub struct ApplyAccessTimeTemplate;
