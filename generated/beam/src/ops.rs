// This file is generated from specs/beam.yaml by `cargo xtask generate`. Do not edit it by hand.

//! One marker type per operation. A method returns `Call<T, ops::Operation>`; the
//! setters of the operation's optional parameters are methods of that call, so a
//! parameter added to the API is a new method, never a new argument.
/// Marks the calls of [`Client::get_info`](crate::Client::get_info): `Call<T, ops::GetInfo>`.
pub enum GetInfo {}

/// Marks the calls of [`Client::list_users`](crate::Client::list_users): `Call<T, ops::ListUsers>`, which has the setters of its 3 optional parameter(s) and `stream()`.
pub enum ListUsers {}

/// Marks the calls of [`Client::get_user`](crate::Client::get_user): `Call<T, ops::GetUser>`.
pub enum GetUser {}

/// Marks the calls of [`Client::patch_user`](crate::Client::patch_user): `Call<T, ops::PatchUser>`.
pub enum PatchUser {}

/// Marks the calls of [`Client::invite_user`](crate::Client::invite_user): `Call<T, ops::InviteUser>`, which has the setters of its 1 optional parameter(s).
pub enum InviteUser {}

/// Marks the calls of [`Client::list_devices`](crate::Client::list_devices): `Call<T, ops::ListDevices>`, which has the setters of its 4 optional parameter(s) and `stream()`.
pub enum ListDevices {}

/// Marks the calls of [`Client::get_device`](crate::Client::get_device): `Call<T, ops::GetDevice>`, which has the setters of its 1 optional parameter(s).
pub enum GetDevice {}

/// Marks the calls of [`Client::update_device`](crate::Client::update_device): `Call<T, ops::UpdateDevice>`.
pub enum UpdateDevice {}

/// Marks the calls of [`Client::patch_device`](crate::Client::patch_device): `Call<T, ops::PatchDevice>`.
pub enum PatchDevice {}

/// Marks the calls of [`Client::list_device_groups`](crate::Client::list_device_groups): `Call<T, ops::ListDeviceGroups>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub enum ListDeviceGroups {}

/// Marks the calls of [`Client::create_device_group`](crate::Client::create_device_group): `Call<T, ops::CreateDeviceGroup>`.
pub enum CreateDeviceGroup {}

/// Marks the calls of [`Client::get_device_group`](crate::Client::get_device_group): `Call<T, ops::GetDeviceGroup>`.
pub enum GetDeviceGroup {}

/// Marks the calls of [`Client::update_device_group`](crate::Client::update_device_group): `Call<T, ops::UpdateDeviceGroup>`.
pub enum UpdateDeviceGroup {}

/// Marks the calls of [`Client::delete_device_group`](crate::Client::delete_device_group): `Call<T, ops::DeleteDeviceGroup>`.
pub enum DeleteDeviceGroup {}

/// Marks the calls of [`Client::patch_device_group`](crate::Client::patch_device_group): `Call<T, ops::PatchDeviceGroup>`.
pub enum PatchDeviceGroup {}

/// Marks the calls of [`Client::list_user_groups`](crate::Client::list_user_groups): `Call<T, ops::ListUserGroups>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub enum ListUserGroups {}

/// Marks the calls of [`Client::create_user_group`](crate::Client::create_user_group): `Call<T, ops::CreateUserGroup>`.
pub enum CreateUserGroup {}

/// Marks the calls of [`Client::get_user_group`](crate::Client::get_user_group): `Call<T, ops::GetUserGroup>`.
pub enum GetUserGroup {}

/// Marks the calls of [`Client::update_user_group`](crate::Client::update_user_group): `Call<T, ops::UpdateUserGroup>`.
pub enum UpdateUserGroup {}

/// Marks the calls of [`Client::delete_user_group`](crate::Client::delete_user_group): `Call<T, ops::DeleteUserGroup>`.
pub enum DeleteUserGroup {}

/// Marks the calls of [`Client::patch_user_group`](crate::Client::patch_user_group): `Call<T, ops::PatchUserGroup>`.
pub enum PatchUserGroup {}

/// Marks the calls of [`Client::list_device_group_memberships`](crate::Client::list_device_group_memberships): `Call<T, ops::ListDeviceGroupMemberships>`, which has the setters of its 6 optional parameter(s) and `stream()`.
pub enum ListDeviceGroupMemberships {}

/// Marks the calls of [`Client::create_device_group_membership`](crate::Client::create_device_group_membership): `Call<T, ops::CreateDeviceGroupMembership>`.
pub enum CreateDeviceGroupMembership {}

/// Marks the calls of [`Client::create_device_group_memberships_bulk`](crate::Client::create_device_group_memberships_bulk): `Call<T, ops::CreateDeviceGroupMembershipsBulk>`.
pub enum CreateDeviceGroupMembershipsBulk {}

/// Marks the calls of [`Client::get_device_group_membership`](crate::Client::get_device_group_membership): `Call<T, ops::GetDeviceGroupMembership>`, which has the setters of its 1 optional parameter(s).
pub enum GetDeviceGroupMembership {}

/// Marks the calls of [`Client::update_device_group_membership`](crate::Client::update_device_group_membership): `Call<T, ops::UpdateDeviceGroupMembership>`.
pub enum UpdateDeviceGroupMembership {}

/// Marks the calls of [`Client::delete_device_group_membership`](crate::Client::delete_device_group_membership): `Call<T, ops::DeleteDeviceGroupMembership>`.
pub enum DeleteDeviceGroupMembership {}

/// Marks the calls of [`Client::patch_device_group_membership`](crate::Client::patch_device_group_membership): `Call<T, ops::PatchDeviceGroupMembership>`.
pub enum PatchDeviceGroupMembership {}

/// Marks the calls of [`Client::list_access_times`](crate::Client::list_access_times): `Call<T, ops::ListAccessTimes>`, which has the setters of its 4 optional parameter(s) and `stream()`.
pub enum ListAccessTimes {}

/// Marks the calls of [`Client::create_access_time`](crate::Client::create_access_time): `Call<T, ops::CreateAccessTime>`.
pub enum CreateAccessTime {}

/// Marks the calls of [`Client::get_access_time`](crate::Client::get_access_time): `Call<T, ops::GetAccessTime>`, which has the setters of its 1 optional parameter(s).
pub enum GetAccessTime {}

/// Marks the calls of [`Client::update_access_time`](crate::Client::update_access_time): `Call<T, ops::UpdateAccessTime>`.
pub enum UpdateAccessTime {}

/// Marks the calls of [`Client::delete_access_time`](crate::Client::delete_access_time): `Call<T, ops::DeleteAccessTime>`.
pub enum DeleteAccessTime {}

/// Marks the calls of [`Client::list_default_access_times`](crate::Client::list_default_access_times): `Call<T, ops::ListDefaultAccessTimes>`, which has the setters of its 4 optional parameter(s) and `stream()`.
pub enum ListDefaultAccessTimes {}

/// Marks the calls of [`Client::create_default_access_time`](crate::Client::create_default_access_time): `Call<T, ops::CreateDefaultAccessTime>`.
pub enum CreateDefaultAccessTime {}

/// Marks the calls of [`Client::get_default_access_time`](crate::Client::get_default_access_time): `Call<T, ops::GetDefaultAccessTime>`, which has the setters of its 1 optional parameter(s).
pub enum GetDefaultAccessTime {}

/// Marks the calls of [`Client::delete_default_access_time`](crate::Client::delete_default_access_time): `Call<T, ops::DeleteDefaultAccessTime>`.
pub enum DeleteDefaultAccessTime {}

/// Marks the calls of [`Client::list_temporary_access`](crate::Client::list_temporary_access): `Call<T, ops::ListTemporaryAccess>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub enum ListTemporaryAccess {}

/// Marks the calls of [`Client::grant_temporary_access`](crate::Client::grant_temporary_access): `Call<T, ops::GrantTemporaryAccess>`, which has the setters of its 1 optional parameter(s).
pub enum GrantTemporaryAccess {}

/// Marks the calls of [`Client::get_temporary_access`](crate::Client::get_temporary_access): `Call<T, ops::GetTemporaryAccess>`.
pub enum GetTemporaryAccess {}

/// Marks the calls of [`Client::update_temporary_access`](crate::Client::update_temporary_access): `Call<T, ops::UpdateTemporaryAccess>`.
pub enum UpdateTemporaryAccess {}

/// Marks the calls of [`Client::delete_temporary_access`](crate::Client::delete_temporary_access): `Call<T, ops::DeleteTemporaryAccess>`.
pub enum DeleteTemporaryAccess {}

/// Marks the calls of [`Client::patch_temporary_access`](crate::Client::patch_temporary_access): `Call<T, ops::PatchTemporaryAccess>`.
pub enum PatchTemporaryAccess {}

/// Marks the calls of [`Client::list_api_keys`](crate::Client::list_api_keys): `Call<T, ops::ListApiKeys>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub enum ListApiKeys {}

/// Marks the calls of [`Client::create_api_key`](crate::Client::create_api_key): `Call<T, ops::CreateApiKey>`.
pub enum CreateApiKey {}

/// Marks the calls of [`Client::delete_api_key`](crate::Client::delete_api_key): `Call<T, ops::DeleteApiKey>`.
pub enum DeleteApiKey {}

/// Marks the calls of [`Client::list_access_time_templates`](crate::Client::list_access_time_templates): `Call<T, ops::ListAccessTimeTemplates>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub enum ListAccessTimeTemplates {}

/// Marks the calls of [`Client::create_access_time_template`](crate::Client::create_access_time_template): `Call<T, ops::CreateAccessTimeTemplate>`.
pub enum CreateAccessTimeTemplate {}

/// Marks the calls of [`Client::get_access_time_template`](crate::Client::get_access_time_template): `Call<T, ops::GetAccessTimeTemplate>`.
pub enum GetAccessTimeTemplate {}

/// Marks the calls of [`Client::delete_access_time_template`](crate::Client::delete_access_time_template): `Call<T, ops::DeleteAccessTimeTemplate>`.
pub enum DeleteAccessTimeTemplate {}

/// Marks the calls of [`Client::patch_access_time_template`](crate::Client::patch_access_time_template): `Call<T, ops::PatchAccessTimeTemplate>`.
pub enum PatchAccessTimeTemplate {}

/// Marks the calls of [`Client::apply_access_time_template`](crate::Client::apply_access_time_template): `Call<T, ops::ApplyAccessTimeTemplate>`.
pub enum ApplyAccessTimeTemplate {}
