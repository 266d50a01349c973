// This file is generated from specs/beam.yaml by `cargo xtask generate`. Do not edit it by hand.

//! The optional parameters of operations that have them. Every field is optional;
//! start from `Default::default()`.
/// Optional parameters of [`Client::list_users`](crate::Client::list_users).
#[derive(Debug, Clone, Default)]
pub struct ListUsersParams {
    /// Whether to include temporary users (default true).
    pub include_temporary: Option<bool>,
    /// The maximum number of objects to return (default 20).
    pub limit: Option<i64>,
    /// The index of the first object to return (default 0).
    pub offset: Option<i64>,
}

/// Optional parameters of [`Client::invite_user`](crate::Client::invite_user).
#[derive(Debug, Clone, Default)]
pub struct InviteUserParams {
    /// Whether to email the user (default true).
    pub send_mail: Option<bool>,
}

/// Optional parameters of [`Client::list_devices`](crate::Client::list_devices).
#[derive(Debug, Clone, Default)]
pub struct ListDevicesParams {
    /// Only devices of this device group.
    pub device_group: Option<i64>,
    /// A comma-separated list of fields to return as embedded objects instead of IDs; any of: `device_group`.
    pub inline: Option<String>,
    /// The maximum number of objects to return (default 20).
    pub limit: Option<i64>,
    /// The index of the first object to return (default 0).
    pub offset: Option<i64>,
}

/// Optional parameters of [`Client::get_device`](crate::Client::get_device).
#[derive(Debug, Clone, Default)]
pub struct GetDeviceParams {
    /// A comma-separated list of fields to return as embedded objects instead of IDs; any of: `device_group`.
    pub inline: Option<String>,
}

/// Optional parameters of [`Client::list_device_groups`](crate::Client::list_device_groups).
#[derive(Debug, Clone, Default)]
pub struct ListDeviceGroupsParams {
    /// The maximum number of objects to return (default 20).
    pub limit: Option<i64>,
    /// The index of the first object to return (default 0).
    pub offset: Option<i64>,
}

/// Optional parameters of [`Client::list_user_groups`](crate::Client::list_user_groups).
#[derive(Debug, Clone, Default)]
pub struct ListUserGroupsParams {
    /// The maximum number of objects to return (default 20).
    pub limit: Option<i64>,
    /// The index of the first object to return (default 0).
    pub offset: Option<i64>,
}

/// Optional parameters of [`Client::list_device_group_memberships`](crate::Client::list_device_group_memberships).
#[derive(Debug, Clone, Default)]
pub struct ListDeviceGroupMembershipsParams {
    /// A comma-separated list of fields to return as embedded objects instead of IDs; any of: `user`, `user_group`, `device_group`, `access_times`.
    pub inline: Option<String>,
    /// Only memberships of this device group.
    pub device_group: Option<i64>,
    /// The maximum number of objects to return (default 20).
    pub limit: Option<i64>,
    /// The index of the first object to return (default 0).
    pub offset: Option<i64>,
}

/// Optional parameters of [`Client::get_device_group_membership`](crate::Client::get_device_group_membership).
#[derive(Debug, Clone, Default)]
pub struct GetDeviceGroupMembershipParams {
    /// A comma-separated list of fields to return as embedded objects instead of IDs; any of: `user`, `user_group`, `device_group`, `access_times`.
    pub inline: Option<String>,
}

/// Optional parameters of [`Client::list_access_times`](crate::Client::list_access_times).
#[derive(Debug, Clone, Default)]
pub struct ListAccessTimesParams {
    /// A comma-separated list of fields to return as embedded objects instead of IDs; any of: `device_group_membership`.
    pub inline: Option<String>,
    /// Only access times of this membership.
    pub device_group_membership: Option<i64>,
    /// The maximum number of objects to return (default 20).
    pub limit: Option<i64>,
    /// The index of the first object to return (default 0).
    pub offset: Option<i64>,
}

/// Optional parameters of [`Client::get_access_time`](crate::Client::get_access_time).
#[derive(Debug, Clone, Default)]
pub struct GetAccessTimeParams {
    /// A comma-separated list of fields to return as embedded objects instead of IDs; any of: `device_group_membership`.
    pub inline: Option<String>,
}

/// Optional parameters of [`Client::list_default_access_times`](crate::Client::list_default_access_times).
#[derive(Debug, Clone, Default)]
pub struct ListDefaultAccessTimesParams {
    /// A comma-separated list of fields to return as embedded objects instead of IDs; any of: `device_group`.
    pub inline: Option<String>,
    /// Only default access times of this device group.
    pub device_group: Option<i64>,
    /// The maximum number of objects to return (default 20).
    pub limit: Option<i64>,
    /// The index of the first object to return (default 0).
    pub offset: Option<i64>,
}

/// Optional parameters of [`Client::get_default_access_time`](crate::Client::get_default_access_time).
#[derive(Debug, Clone, Default)]
pub struct GetDefaultAccessTimeParams {
    /// A comma-separated list of fields to return as embedded objects instead of IDs; any of: `device_group`.
    pub inline: Option<String>,
}

/// Optional parameters of [`Client::list_temporary_access`](crate::Client::list_temporary_access).
#[derive(Debug, Clone, Default)]
pub struct ListTemporaryAccessParams {
    /// The maximum number of objects to return (default 20).
    pub limit: Option<i64>,
    /// The index of the first object to return (default 0).
    pub offset: Option<i64>,
}

/// Optional parameters of [`Client::grant_temporary_access`](crate::Client::grant_temporary_access).
#[derive(Debug, Clone, Default)]
pub struct GrantTemporaryAccessParams {
    /// Whether to email the user (default true).
    pub send_mail: Option<bool>,
}

/// Optional parameters of [`Client::list_api_keys`](crate::Client::list_api_keys).
#[derive(Debug, Clone, Default)]
pub struct ListApiKeysParams {
    /// The maximum number of objects to return (default 20).
    pub limit: Option<i64>,
    /// The index of the first object to return (default 0).
    pub offset: Option<i64>,
}

/// Optional parameters of [`Client::list_access_time_templates`](crate::Client::list_access_time_templates).
#[derive(Debug, Clone, Default)]
pub struct ListAccessTimeTemplatesParams {
    /// The maximum number of objects to return (default 20).
    pub limit: Option<i64>,
    /// The index of the first object to return (default 0).
    pub offset: Option<i64>,
}
