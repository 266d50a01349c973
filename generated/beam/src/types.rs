// This file is generated from specs/beam.yaml by `cargo xtask generate`. Do not edit it by hand.

//! The API's data types.
/// The body of a 400 response.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
pub struct Error {
    /// What went wrong, as free text.
    pub error: String,
}

/// Metadata of one page of a collection.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
pub struct ListMeta {
    /// The maximum number of objects in this response (the `limit` parameter, else 20).
    pub limit: i64,
    /// The index of the first object of this page (the `offset` parameter, else 0).
    pub offset: i64,
    /// A path-absolute URI of the next page (e.g. `/admin-api/1/users/?limit=10&offset=10`); null on the last page.
    pub next: Option<String>,
    /// A path-absolute URI of the previous page; null on the first page.
    pub previous: Option<String>,
    /// The number of objects in the whole collection.
    pub total_count: i64,
}

/// A date and time without a UTC offset (`YYYY-MM-DDTHH:MM:SS`), as the API sends them; the time zone is not documented.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct LocalDateTime(pub String);

impl std::fmt::Display for LocalDateTime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<String> for LocalDateTime {
    fn from(value: String) -> Self {
        Self(value)
    }
}

/// Information about the API key and its organization.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
pub struct Info {
    /// The name of the API key being used.
    ///
    /// Set by the server.
    pub key: String,
    /// The name of the organization associated with this API key.
    ///
    /// Set by the server.
    pub organization: String,
    /// Only used for OAuth2-based authentication (not supported at this time).
    ///
    /// Set by the server.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "codegen_runtime::nullable::deserialize"
    )]

    pub user: Option<Option<codegen_runtime::serde_json::Value>>,
}

/// A user of the organization.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
pub struct User {
    /// The user's email address; it identifies the user (`{email}` in paths).
    ///
    /// Set by the server.
    pub email_address: String,
    /// First name.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Last name.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Whether the user is an administrator of the organization.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_admin: Option<bool>,
    /// Whether the user has only temporary access.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_temporary: Option<bool>,
    /// The profile image; always null in the documentation.
    ///
    /// Set by the server.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "codegen_runtime::nullable::deserialize"
    )]

    pub profile_image: Option<Option<codegen_runtime::serde_json::Value>>,
    /// When the user last logged in (`YYYY-MM-DDTHH:MM:SS`, no UTC offset).
    ///
    /// Set by the server.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "codegen_runtime::nullable::deserialize"
    )]

    pub last_login: Option<Option<String>>,
}

/// The fields of a user that PATCH can change (only `is_admin`).
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
pub struct UserPatch {
    /// Whether the user is an administrator.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_admin: Option<bool>,
}

/// An invitation of a new user.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Invitation {
    /// The address the invitation goes to.
    pub email_address: String,
    /// First name.
    ///
    /// Default: `""`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Last name.
    ///
    /// Default: `""`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// IDs of the device groups the new user joins.
    ///
    /// Default: `[]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device_groups: Option<Vec<i64>>,
    /// The sender's name shown in the email.
    pub from_name: String,
    /// The invitation text (the server has a default).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Addresses that get a copy of the invitation.
    ///
    /// Default: `[]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cc: Option<Vec<String>>,
}

/// The live state of a device (undocumented; seen in examples); null when unknown.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
pub struct DeviceState {
    /// The call state, e.g. `STATE_AVAILABLE` or `STATE_IN_CALL`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_state: Option<String>,
    /// Battery level in percent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub batt_percent: Option<i64>,
    /// Whether the battery is charging.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub batt_charging: Option<bool>,
    /// The email of the pilot in a call, or empty.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pilot: Option<String>,
    /// When the state was reported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reported_at: Option<String>,
}

/// The device's last call (undocumented; seen in examples); null when there was none.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
pub struct DeviceLastCall {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_start: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_end: Option<String>,
    /// The email of the pilot.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pilot: Option<String>,
}

/// A group of devices.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
pub struct DeviceGroup {
    /// The group ID.
    ///
    /// Set by the server.
    pub id: i64,
    pub name: String,
    /// IDs of the devices in the group.
    ///
    /// Default: `[]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub devices: Option<Vec<String>>,
    /// Notify administrators about low batteries.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notify_admins_battery: Option<bool>,
    /// Notify the last pilot.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notify_last_pilot: Option<bool>,
    /// Users notified (undocumented; in every example).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notify_users: Option<Vec<String>>,
    /// Users who may answer calls to the group's devices.
    ///
    /// Default: `[]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer_users: Option<Vec<String>>,
    /// Allowed authorization models; `a` means all.
    ///
    /// Default: `["a"]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_auth: Option<Vec<String>>,
}

/// The ID of the device's group, or the group itself with `inline=device_group`.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum DeviceDeviceGroup {
    Integer(i64),
    DeviceGroup(DeviceGroup),
}

/// A Beam device.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
pub struct Device {
    /// The device ID, e.g. `beam1234567`.
    ///
    /// Set by the server.
    pub id: String,
    /// The device name.
    pub name: String,
    /// Tags.
    ///
    /// Default: `[]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// An IANA time zone name, e.g. `America/Los_Angeles`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    /// Where the device is.
    ///
    /// Default: `""`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// The ID of the device's group, or the group itself with `inline=device_group`.
    pub device_group: DeviceDeviceGroup,
    /// The live state of a device (undocumented; seen in examples); null when unknown.
    ///
    /// Set by the server.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "codegen_runtime::nullable::deserialize"
    )]

    pub state: Option<Option<DeviceState>>,
    /// The device's last call (undocumented; seen in examples); null when there was none.
    ///
    /// Set by the server.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "codegen_runtime::nullable::deserialize"
    )]

    pub last_call: Option<Option<DeviceLastCall>>,
    /// Always null in the documentation.
    ///
    /// Set by the server.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "codegen_runtime::nullable::deserialize"
    )]

    pub profile_image: Option<Option<codegen_runtime::serde_json::Value>>,
}

/// The fields of a device that PATCH changes; only those sent change.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
pub struct DevicePatch {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Tags to add.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub add_tags: Option<Vec<String>>,
    /// Tags to remove.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remove_tags: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// The ID of the new device group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device_group: Option<i64>,
}

/// A whole device for PUT; fields left out go back to their defaults.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
pub struct DevicePut {
    pub name: String,
    pub device_group: i64,
    /// Default: `[]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    /// Default: `""`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
}

/// A device group for POST and PUT.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
pub struct DeviceGroupWrite {
    pub name: String,
    /// Default: `[]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub devices: Option<Vec<String>>,
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notify_admins_battery: Option<bool>,
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notify_last_pilot: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notify_users: Option<Vec<String>>,
    /// Default: `[]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer_users: Option<Vec<String>>,
    /// Default: `["a"]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_auth: Option<Vec<String>>,
}

/// The fields of a device group that PATCH changes.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
pub struct DeviceGroupPatch {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub devices: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub add_devices: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remove_devices: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notify_admins_battery: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notify_last_pilot: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notify_users: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub add_notify_users: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remove_notify_users: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer_users: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub add_answer_users: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remove_answer_users: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_auth: Option<Vec<String>>,
}

/// A group of users.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
pub struct UserGroup {
    /// Set by the server.
    pub id: i64,
    pub name: String,
    /// Emails of the members.
    ///
    /// Default: `[]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub users: Option<Vec<String>>,
}

/// A user group for POST and PUT.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
pub struct UserGroupWrite {
    pub name: String,
    /// Default: `[]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub users: Option<Vec<String>>,
}

/// The fields of a user group that PATCH changes.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
pub struct UserGroupPatch {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub users: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub add_users: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remove_users: Option<Vec<String>>,
}

/// The member user's email, or the user with `inline=user`; null for a user group membership.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum DeviceGroupMembershipUser {
    String(String),
    User(User),
}

/// The member user group's ID, or the group with `inline=user_group`; null for a user membership.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum DeviceGroupMembershipUserGroup {
    Integer(i64),
    UserGroup(UserGroup),
}

/// The membership ID, or the membership with `inline=device_group_membership`.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum AccessTimeDeviceGroupMembership {
    Integer(i64),
    DeviceGroupMembership(DeviceGroupMembership),
}

/// When a membership gives access; if both times are null, the whole day.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
pub struct AccessTime {
    /// Set by the server.
    pub id: i64,
    /// The membership ID, or the membership with `inline=device_group_membership`.
    pub device_group_membership: AccessTimeDeviceGroupMembership,
    /// The rule applies on Sundays.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sunday: Option<bool>,
    /// The rule applies on Mondays.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub monday: Option<bool>,
    /// The rule applies on Tuesdays.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tuesday: Option<bool>,
    /// The rule applies on Wednesdays.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wednesday: Option<bool>,
    /// The rule applies on Thursdays.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thursday: Option<bool>,
    /// The rule applies on Fridays.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub friday: Option<bool>,
    /// The rule applies on Saturdays.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub saturday: Option<bool>,
    /// A 24-hour time of day, `HH:MM:SS`, or null.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "codegen_runtime::nullable::deserialize"
    )]

    pub start_time: Option<Option<String>>,
    /// A 24-hour time of day, `HH:MM:SS`, or null.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "codegen_runtime::nullable::deserialize"
    )]

    pub end_time: Option<Option<String>>,
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer_required: Option<bool>,
}

#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum DeviceGroupMembershipAccessTimesItem {
    Integer(i64),
    AccessTime(AccessTime),
}

/// Membership of a user or a user group in a device group.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
pub struct DeviceGroupMembership {
    /// Set by the server.
    pub id: i64,
    /// The device group ID, or the group with `inline=device_group`.
    pub device_group: DeviceDeviceGroup,
    /// The member user's email, or the user with `inline=user`; null for a user group membership.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "codegen_runtime::nullable::deserialize"
    )]

    pub user: Option<Option<DeviceGroupMembershipUser>>,
    /// The member user group's ID, or the group with `inline=user_group`; null for a user membership.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "codegen_runtime::nullable::deserialize"
    )]

    pub user_group: Option<Option<DeviceGroupMembershipUserGroup>>,
    /// Access time IDs, or the access times with `inline=access_times`.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_times: Option<Vec<DeviceGroupMembershipAccessTimesItem>>,
}

/// A membership for POST and PUT.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
pub struct MembershipWrite {
    pub device_group: i64,
    /// The member's email; set exactly one of `user` and `user_group`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "codegen_runtime::nullable::deserialize"
    )]

    pub user: Option<Option<String>>,
    /// The member user group's ID.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "codegen_runtime::nullable::deserialize"
    )]

    pub user_group: Option<Option<i64>>,
}

/// The fields of a membership that PATCH changes.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
pub struct MembershipPatch {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device_group: Option<i64>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "codegen_runtime::nullable::deserialize"
    )]

    pub user: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "codegen_runtime::nullable::deserialize"
    )]

    pub user_group: Option<Option<i64>>,
}

/// Many memberships to create in one call.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
pub struct MembershipBulk {
    pub objects: Vec<MembershipWrite>,
}

/// An access time for POST and PUT.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
pub struct AccessTimeWrite {
    pub device_group_membership: i64,
    /// The rule applies on Sundays.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sunday: Option<bool>,
    /// The rule applies on Mondays.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub monday: Option<bool>,
    /// The rule applies on Tuesdays.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tuesday: Option<bool>,
    /// The rule applies on Wednesdays.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wednesday: Option<bool>,
    /// The rule applies on Thursdays.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thursday: Option<bool>,
    /// The rule applies on Fridays.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub friday: Option<bool>,
    /// The rule applies on Saturdays.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub saturday: Option<bool>,
    /// A 24-hour time of day, `HH:MM:SS`, or null.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "codegen_runtime::nullable::deserialize"
    )]

    pub start_time: Option<Option<String>>,
    /// A 24-hour time of day, `HH:MM:SS`, or null.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "codegen_runtime::nullable::deserialize"
    )]

    pub end_time: Option<Option<String>>,
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer_required: Option<bool>,
}

/// A device group's default access time.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
pub struct DefaultAccessTime {
    /// Set by the server.
    pub id: i64,
    pub device_group: DeviceDeviceGroup,
    /// The rule applies on Sundays.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sunday: Option<bool>,
    /// The rule applies on Mondays.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub monday: Option<bool>,
    /// The rule applies on Tuesdays.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tuesday: Option<bool>,
    /// The rule applies on Wednesdays.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wednesday: Option<bool>,
    /// The rule applies on Thursdays.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thursday: Option<bool>,
    /// The rule applies on Fridays.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub friday: Option<bool>,
    /// The rule applies on Saturdays.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub saturday: Option<bool>,
    /// A 24-hour time of day, `HH:MM:SS`, or null.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "codegen_runtime::nullable::deserialize"
    )]

    pub start_time: Option<Option<String>>,
    /// A 24-hour time of day, `HH:MM:SS`, or null.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "codegen_runtime::nullable::deserialize"
    )]

    pub end_time: Option<Option<String>>,
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer_required: Option<bool>,
}

/// A default access time for POST.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
pub struct DefaultAccessTimeWrite {
    pub device_group: i64,
    /// The rule applies on Sundays.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sunday: Option<bool>,
    /// The rule applies on Mondays.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub monday: Option<bool>,
    /// The rule applies on Tuesdays.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tuesday: Option<bool>,
    /// The rule applies on Wednesdays.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wednesday: Option<bool>,
    /// The rule applies on Thursdays.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thursday: Option<bool>,
    /// The rule applies on Fridays.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub friday: Option<bool>,
    /// The rule applies on Saturdays.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub saturday: Option<bool>,
    /// A 24-hour time of day, `HH:MM:SS`, or null.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "codegen_runtime::nullable::deserialize"
    )]

    pub start_time: Option<Option<String>>,
    /// A 24-hour time of day, `HH:MM:SS`, or null.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "codegen_runtime::nullable::deserialize"
    )]

    pub end_time: Option<Option<String>>,
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer_required: Option<bool>,
}

/// Temporary access of a user to a device group.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
pub struct TemporaryAccess {
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    pub email_address: String,
    /// Default: `""`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Default: `""`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    pub device_group: i64,
    /// A date and time without a UTC offset (`YYYY-MM-DDTHH:MM:SS`), as the API sends them; the time zone is not documented.
    pub start: LocalDateTime,
    /// A date and time without a UTC offset (`YYYY-MM-DDTHH:MM:SS`), as the API sends them; the time zone is not documented.
    pub end: LocalDateTime,
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer_required: Option<bool>,
}

/// A temporary access grant for POST and PUT.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
pub struct TemporaryAccessWrite {
    pub email_address: String,
    /// Default: `""`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Default: `""`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    pub device_group: i64,
    /// A date and time without a UTC offset (`YYYY-MM-DDTHH:MM:SS`), as the API sends them; the time zone is not documented.
    pub start: LocalDateTime,
    /// A date and time without a UTC offset (`YYYY-MM-DDTHH:MM:SS`), as the API sends them; the time zone is not documented.
    pub end: LocalDateTime,
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer_required: Option<bool>,
}

/// The fields of a temporary access grant that PATCH changes.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
pub struct TemporaryAccessPatch {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device_group: Option<i64>,
    /// A date and time without a UTC offset (`YYYY-MM-DDTHH:MM:SS`), as the API sends them; the time zone is not documented.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<LocalDateTime>,
    /// A date and time without a UTC offset (`YYYY-MM-DDTHH:MM:SS`), as the API sends them; the time zone is not documented.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<LocalDateTime>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer_required: Option<bool>,
}

/// An API key.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
pub struct ApiKey {
    /// The key's unique name; it identifies the key.
    pub name: String,
    /// `APIKEY:` and the key's public ID.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
    /// The whole key; only in the response to its creation.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_key: Option<codegen_runtime::Secret>,
}

/// The name of a new API key.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
pub struct ApiKeyCreate {
    pub name: String,
}

/// One rule of an access time template.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct AccessTimeTemplateItem {
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The rule applies on Sundays.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sunday: Option<bool>,
    /// The rule applies on Mondays.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub monday: Option<bool>,
    /// The rule applies on Tuesdays.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tuesday: Option<bool>,
    /// The rule applies on Wednesdays.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wednesday: Option<bool>,
    /// The rule applies on Thursdays.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thursday: Option<bool>,
    /// The rule applies on Fridays.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub friday: Option<bool>,
    /// The rule applies on Saturdays.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub saturday: Option<bool>,
    /// A 24-hour time of day, `HH:MM:SS`, or null.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "codegen_runtime::nullable::deserialize"
    )]

    pub start_time: Option<Option<String>>,
    /// A 24-hour time of day, `HH:MM:SS`, or null.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "codegen_runtime::nullable::deserialize"
    )]

    pub end_time: Option<Option<String>>,
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer_required: Option<bool>,
    /// The path of the parent template.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_time_template: Option<String>,
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
}

/// A reusable set of access time rules.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
pub struct AccessTimeTemplate {
    /// Set by the server.
    pub id: i64,
    pub name: String,
    /// Default: `[]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_time_template_items: Option<Vec<AccessTimeTemplateItem>>,
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
}

/// A template for POST.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
pub struct AccessTimeTemplateWrite {
    pub name: String,
    /// Default: `[]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_time_template_items: Option<Vec<AccessTimeTemplateItem>>,
}

/// The fields of a template that PATCH changes.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
pub struct AccessTimeTemplatePatch {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_time_template_items: Option<Vec<AccessTimeTemplateItem>>,
}

/// Which template to apply to which membership.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
pub struct ApplyAccessTimeTemplate {
    pub access_time_template: i64,
    pub device_group_membership: i64,
}

/// One page of User objects.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
pub struct UserList {
    /// Metadata of one page of a collection.
    pub meta: ListMeta,
    pub objects: Vec<User>,
}

/// One page of Device objects.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
pub struct DeviceList {
    /// Metadata of one page of a collection.
    pub meta: ListMeta,
    pub objects: Vec<Device>,
}

/// One page of DeviceGroup objects.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
pub struct DeviceGroupList {
    /// Metadata of one page of a collection.
    pub meta: ListMeta,
    pub objects: Vec<DeviceGroup>,
}

/// One page of UserGroup objects.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
pub struct UserGroupList {
    /// Metadata of one page of a collection.
    pub meta: ListMeta,
    pub objects: Vec<UserGroup>,
}

/// One page of DeviceGroupMembership objects.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
pub struct DeviceGroupMembershipList {
    /// Metadata of one page of a collection.
    pub meta: ListMeta,
    pub objects: Vec<DeviceGroupMembership>,
}

/// One page of AccessTime objects.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
pub struct AccessTimeList {
    /// Metadata of one page of a collection.
    pub meta: ListMeta,
    pub objects: Vec<AccessTime>,
}

/// One page of DefaultAccessTime objects.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
pub struct DefaultAccessTimeList {
    /// Metadata of one page of a collection.
    pub meta: ListMeta,
    pub objects: Vec<DefaultAccessTime>,
}

/// One page of TemporaryAccess objects.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
pub struct TemporaryAccessList {
    /// Metadata of one page of a collection.
    pub meta: ListMeta,
    pub objects: Vec<TemporaryAccess>,
}

/// One page of ApiKey objects.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
pub struct ApiKeyList {
    /// Metadata of one page of a collection.
    pub meta: ListMeta,
    pub objects: Vec<ApiKey>,
}

/// One page of AccessTimeTemplate objects.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
pub struct AccessTimeTemplateList {
    /// Metadata of one page of a collection.
    pub meta: ListMeta,
    pub objects: Vec<AccessTimeTemplate>,
}

/// The body of an error response. The variant is chosen by the response's status, from the operation's own responses in the spec, never by trying variants in turn.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ErrorBody {
    Error(Error),
}

impl codegen_runtime::ErrorBodies for ErrorBody {
    fn decode_variant(
        variant: u16,
        body: &[u8],
    ) -> Result<Self, codegen_runtime::DecodeFailure> {
        match variant {
            0 => codegen_runtime::decode_json(0, body).map(Self::Error),
            _ => {
                Err(codegen_runtime::DecodeFailure {
                    path: ".".to_owned(),
                    message: format!("no error body variant {variant}"),
                })
            }
        }
    }
}

/// A 24-hour time of day, `HH:MM:SS`.
///
/// The same type as `LocalDateTime`: the spec describes both with one shape.
pub type TimeOfDay = LocalDateTime;

/// The device group ID, or the group with `inline=device_group`.
///
/// The same type as `DeviceDeviceGroup`: the spec describes both with one shape.
pub type DeviceGroupMembershipDeviceGroup = DeviceDeviceGroup;

/// The same type as `DeviceDeviceGroup`: the spec describes both with one shape.
pub type DefaultAccessTimeDeviceGroup = DeviceDeviceGroup;
