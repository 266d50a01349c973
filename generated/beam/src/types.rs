// This file is generated from specs/beam.yaml by `cargo xtask generate`. Do not edit it by hand.

//! The API's data types.
/// The body of a 400 response.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Error {
    /// What went wrong, as free text.
    pub error: String,
}

/// Metadata of one page of a collection.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
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
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<codegen_runtime::serde_json::Value>,
}

/// A user of the organization.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile_image: Option<codegen_runtime::serde_json::Value>,
    /// When the user last logged in (`YYYY-MM-DDTHH:MM:SS`, no UTC offset).
    ///
    /// Set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_login: Option<String>,
}

/// The fields of a user that PATCH can change (only `is_admin`).
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserPatch {
    /// Whether the user is an administrator.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_admin: Option<bool>,
}

impl UserPatch {
    /// Sets `is_admin`.
    pub fn is_admin(mut self, value: impl Into<bool>) -> Self {
        self.is_admin = Some(value.into());
        self
    }
}

/// An invitation of a new user.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
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

impl Invitation {
    /// A `Invitation` with its required fields; set the optional ones with the methods named after them.
    pub fn new(email_address: impl Into<String>, from_name: impl Into<String>) -> Self {
        Self {
            email_address: email_address.into(),
            first_name: None,
            last_name: None,
            device_groups: None,
            from_name: from_name.into(),
            message: None,
            cc: None,
        }
    }

    /// Sets `first_name`.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }

    /// Sets `last_name`.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }

    /// Sets `device_groups`.
    pub fn device_groups(mut self, value: impl Into<Vec<i64>>) -> Self {
        self.device_groups = Some(value.into());
        self
    }

    /// Sets `message`.
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Sets `cc`.
    pub fn cc(mut self, value: impl Into<Vec<String>>) -> Self {
        self.cc = Some(value.into());
        self
    }
}

/// The live state of a device (undocumented; seen in examples); null when unknown.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
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
    pub reported_at: Option<codegen_runtime::formats::DateTime>,
}

/// The device's last call (undocumented; seen in examples); null when there was none.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DeviceLastCall {
    /// The `call_start` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_start: Option<codegen_runtime::formats::DateTime>,
    /// The `call_end` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_end: Option<codegen_runtime::formats::DateTime>,
    /// The email of the pilot.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pilot: Option<String>,
}

/// A group of devices.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DeviceGroup {
    /// The group ID.
    ///
    /// Set by the server.
    #[serde(deserialize_with = "codegen_runtime::lenient::integer")]
    pub id: i64,
    /// The `name` property.
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
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[serde(untagged)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeviceDeviceGroup {
    /// A `i64`.
    #[serde(deserialize_with = "codegen_runtime::lenient::integer")]
    Integer(i64),
    /// A `DeviceGroup`.
    DeviceGroup(DeviceGroup),
    /// A value that matches no variant this client knows (added to the API after it was
    /// generated), as the server sent it.
    Unknown(codegen_runtime::serde_json::Value),
}

impl From<i64> for DeviceDeviceGroup {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}

impl From<DeviceGroup> for DeviceDeviceGroup {
    fn from(value: DeviceGroup) -> Self {
        Self::DeviceGroup(value)
    }
}

/// A Beam device.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<DeviceState>,
    /// The device's last call (undocumented; seen in examples); null when there was none.
    ///
    /// Set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_call: Option<DeviceLastCall>,
    /// Always null in the documentation.
    ///
    /// Set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile_image: Option<codegen_runtime::serde_json::Value>,
}

/// The fields of a device that PATCH changes; only those sent change.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DevicePatch {
    /// The `name` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `tags` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Tags to add.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub add_tags: Option<Vec<String>>,
    /// Tags to remove.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remove_tags: Option<Vec<String>>,
    /// The `time_zone` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    /// The `location` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// The ID of the new device group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device_group: Option<i64>,
}

impl DevicePatch {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `tags`.
    pub fn tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tags = Some(value.into());
        self
    }

    /// Sets `add_tags`.
    pub fn add_tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.add_tags = Some(value.into());
        self
    }

    /// Sets `remove_tags`.
    pub fn remove_tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.remove_tags = Some(value.into());
        self
    }

    /// Sets `time_zone`.
    pub fn time_zone(mut self, value: impl Into<String>) -> Self {
        self.time_zone = Some(value.into());
        self
    }

    /// Sets `location`.
    pub fn location(mut self, value: impl Into<String>) -> Self {
        self.location = Some(value.into());
        self
    }

    /// Sets `device_group`.
    pub fn device_group(mut self, value: impl Into<i64>) -> Self {
        self.device_group = Some(value.into());
        self
    }
}

/// A whole device for PUT; fields left out go back to their defaults.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DevicePut {
    /// The `name` property.
    pub name: String,
    /// The `device_group` property.
    pub device_group: i64,
    /// Default: `[]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// The `time_zone` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    /// Default: `""`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
}

impl DevicePut {
    /// A `DevicePut` with its required fields; set the optional ones with the methods named after them.
    pub fn new(name: impl Into<String>, device_group: impl Into<i64>) -> Self {
        Self {
            name: name.into(),
            device_group: device_group.into(),
            tags: None,
            time_zone: None,
            location: None,
        }
    }

    /// Sets `tags`.
    pub fn tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tags = Some(value.into());
        self
    }

    /// Sets `time_zone`.
    pub fn time_zone(mut self, value: impl Into<String>) -> Self {
        self.time_zone = Some(value.into());
        self
    }

    /// Sets `location`.
    pub fn location(mut self, value: impl Into<String>) -> Self {
        self.location = Some(value.into());
        self
    }
}

/// A device group for POST and PUT.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DeviceGroupWrite {
    /// The `name` property.
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
    /// The `notify_users` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notify_users: Option<Vec<String>>,
    /// Default: `[]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer_users: Option<Vec<String>>,
    /// Default: `["a"]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_auth: Option<Vec<String>>,
}

impl DeviceGroupWrite {
    /// A `DeviceGroupWrite` with its required fields; set the optional ones with the methods named after them.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            devices: None,
            notify_admins_battery: None,
            notify_last_pilot: None,
            notify_users: None,
            answer_users: None,
            allowed_auth: None,
        }
    }

    /// Sets `devices`.
    pub fn devices(mut self, value: impl Into<Vec<String>>) -> Self {
        self.devices = Some(value.into());
        self
    }

    /// Sets `notify_admins_battery`.
    pub fn notify_admins_battery(mut self, value: impl Into<bool>) -> Self {
        self.notify_admins_battery = Some(value.into());
        self
    }

    /// Sets `notify_last_pilot`.
    pub fn notify_last_pilot(mut self, value: impl Into<bool>) -> Self {
        self.notify_last_pilot = Some(value.into());
        self
    }

    /// Sets `notify_users`.
    pub fn notify_users(mut self, value: impl Into<Vec<String>>) -> Self {
        self.notify_users = Some(value.into());
        self
    }

    /// Sets `answer_users`.
    pub fn answer_users(mut self, value: impl Into<Vec<String>>) -> Self {
        self.answer_users = Some(value.into());
        self
    }

    /// Sets `allowed_auth`.
    pub fn allowed_auth(mut self, value: impl Into<Vec<String>>) -> Self {
        self.allowed_auth = Some(value.into());
        self
    }
}

/// The fields of a device group that PATCH changes.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DeviceGroupPatch {
    /// The `name` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `devices` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub devices: Option<Vec<String>>,
    /// The `add_devices` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub add_devices: Option<Vec<String>>,
    /// The `remove_devices` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remove_devices: Option<Vec<String>>,
    /// The `notify_admins_battery` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notify_admins_battery: Option<bool>,
    /// The `notify_last_pilot` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notify_last_pilot: Option<bool>,
    /// The `notify_users` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notify_users: Option<Vec<String>>,
    /// The `add_notify_users` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub add_notify_users: Option<Vec<String>>,
    /// The `remove_notify_users` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remove_notify_users: Option<Vec<String>>,
    /// The `answer_users` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer_users: Option<Vec<String>>,
    /// The `add_answer_users` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub add_answer_users: Option<Vec<String>>,
    /// The `remove_answer_users` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remove_answer_users: Option<Vec<String>>,
    /// The `allowed_auth` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_auth: Option<Vec<String>>,
}

impl DeviceGroupPatch {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `devices`.
    pub fn devices(mut self, value: impl Into<Vec<String>>) -> Self {
        self.devices = Some(value.into());
        self
    }

    /// Sets `add_devices`.
    pub fn add_devices(mut self, value: impl Into<Vec<String>>) -> Self {
        self.add_devices = Some(value.into());
        self
    }

    /// Sets `remove_devices`.
    pub fn remove_devices(mut self, value: impl Into<Vec<String>>) -> Self {
        self.remove_devices = Some(value.into());
        self
    }

    /// Sets `notify_admins_battery`.
    pub fn notify_admins_battery(mut self, value: impl Into<bool>) -> Self {
        self.notify_admins_battery = Some(value.into());
        self
    }

    /// Sets `notify_last_pilot`.
    pub fn notify_last_pilot(mut self, value: impl Into<bool>) -> Self {
        self.notify_last_pilot = Some(value.into());
        self
    }

    /// Sets `notify_users`.
    pub fn notify_users(mut self, value: impl Into<Vec<String>>) -> Self {
        self.notify_users = Some(value.into());
        self
    }

    /// Sets `add_notify_users`.
    pub fn add_notify_users(mut self, value: impl Into<Vec<String>>) -> Self {
        self.add_notify_users = Some(value.into());
        self
    }

    /// Sets `remove_notify_users`.
    pub fn remove_notify_users(mut self, value: impl Into<Vec<String>>) -> Self {
        self.remove_notify_users = Some(value.into());
        self
    }

    /// Sets `answer_users`.
    pub fn answer_users(mut self, value: impl Into<Vec<String>>) -> Self {
        self.answer_users = Some(value.into());
        self
    }

    /// Sets `add_answer_users`.
    pub fn add_answer_users(mut self, value: impl Into<Vec<String>>) -> Self {
        self.add_answer_users = Some(value.into());
        self
    }

    /// Sets `remove_answer_users`.
    pub fn remove_answer_users(mut self, value: impl Into<Vec<String>>) -> Self {
        self.remove_answer_users = Some(value.into());
        self
    }

    /// Sets `allowed_auth`.
    pub fn allowed_auth(mut self, value: impl Into<Vec<String>>) -> Self {
        self.allowed_auth = Some(value.into());
        self
    }
}

/// A group of users.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserGroup {
    /// The `id` property.
    ///
    /// Set by the server.
    #[serde(deserialize_with = "codegen_runtime::lenient::integer")]
    pub id: i64,
    /// The `name` property.
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
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserGroupWrite {
    /// The `name` property.
    pub name: String,
    /// Default: `[]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub users: Option<Vec<String>>,
}

impl UserGroupWrite {
    /// A `UserGroupWrite` with its required fields; set the optional ones with the methods named after them.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            users: None,
        }
    }

    /// Sets `users`.
    pub fn users(mut self, value: impl Into<Vec<String>>) -> Self {
        self.users = Some(value.into());
        self
    }
}

/// The fields of a user group that PATCH changes.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserGroupPatch {
    /// The `name` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `users` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub users: Option<Vec<String>>,
    /// The `add_users` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub add_users: Option<Vec<String>>,
    /// The `remove_users` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remove_users: Option<Vec<String>>,
}

impl UserGroupPatch {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `users`.
    pub fn users(mut self, value: impl Into<Vec<String>>) -> Self {
        self.users = Some(value.into());
        self
    }

    /// Sets `add_users`.
    pub fn add_users(mut self, value: impl Into<Vec<String>>) -> Self {
        self.add_users = Some(value.into());
        self
    }

    /// Sets `remove_users`.
    pub fn remove_users(mut self, value: impl Into<Vec<String>>) -> Self {
        self.remove_users = Some(value.into());
        self
    }
}

/// The member user's email, or the user with `inline=user`; null for a user group membership.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[serde(untagged)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeviceGroupMembershipUser {
    /// A `String`.
    String(String),
    /// A `User`.
    User(User),
    /// A value that matches no variant this client knows (added to the API after it was
    /// generated), as the server sent it.
    Unknown(codegen_runtime::serde_json::Value),
}

impl From<String> for DeviceGroupMembershipUser {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl From<User> for DeviceGroupMembershipUser {
    fn from(value: User) -> Self {
        Self::User(value)
    }
}

/// The member user group's ID, or the group with `inline=user_group`; null for a user membership.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[serde(untagged)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeviceGroupMembershipUserGroup {
    /// A `i64`.
    #[serde(deserialize_with = "codegen_runtime::lenient::integer")]
    Integer(i64),
    /// A `UserGroup`.
    UserGroup(UserGroup),
    /// A value that matches no variant this client knows (added to the API after it was
    /// generated), as the server sent it.
    Unknown(codegen_runtime::serde_json::Value),
}

impl From<i64> for DeviceGroupMembershipUserGroup {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}

impl From<UserGroup> for DeviceGroupMembershipUserGroup {
    fn from(value: UserGroup) -> Self {
        Self::UserGroup(value)
    }
}

/// The membership ID, or the membership with `inline=device_group_membership`.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[serde(untagged)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum AccessTimeDeviceGroupMembership {
    /// A `i64`.
    Integer(i64),
    /// A `DeviceGroupMembership`.
    DeviceGroupMembership(DeviceGroupMembership),
    /// A value that matches no variant this client knows (added to the API after it was
    /// generated), as the server sent it.
    Unknown(codegen_runtime::serde_json::Value),
}

impl From<i64> for AccessTimeDeviceGroupMembership {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}

impl From<DeviceGroupMembership> for AccessTimeDeviceGroupMembership {
    fn from(value: DeviceGroupMembership) -> Self {
        Self::DeviceGroupMembership(value)
    }
}

/// When a membership gives access; if both times are null, the whole day.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct AccessTime {
    /// The `id` property.
    ///
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
    /// A 24-hour time of day, `HH:MM:SS`, or null.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer_required: Option<bool>,
}

/// One of several shapes of the API.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[serde(untagged)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeviceGroupMembershipAccessTimesItem {
    /// A `i64`.
    Integer(i64),
    /// A `AccessTime`.
    AccessTime(AccessTime),
    /// A value that matches no variant this client knows (added to the API after it was
    /// generated), as the server sent it.
    Unknown(codegen_runtime::serde_json::Value),
}

impl From<i64> for DeviceGroupMembershipAccessTimesItem {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}

impl From<AccessTime> for DeviceGroupMembershipAccessTimesItem {
    fn from(value: AccessTime) -> Self {
        Self::AccessTime(value)
    }
}

/// Membership of a user or a user group in a device group.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DeviceGroupMembership {
    /// The `id` property.
    ///
    /// Set by the server.
    pub id: i64,
    /// The device group ID, or the group with `inline=device_group`.
    pub device_group: DeviceDeviceGroup,
    /// The member user's email, or the user with `inline=user`; null for a user group membership.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<DeviceGroupMembershipUser>,
    /// The member user group's ID, or the group with `inline=user_group`; null for a user membership.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_group: Option<DeviceGroupMembershipUserGroup>,
    /// Access time IDs, or the access times with `inline=access_times`.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_times: Option<Vec<DeviceGroupMembershipAccessTimesItem>>,
}

/// A membership for POST and PUT.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct MembershipWrite {
    /// The `device_group` property.
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

impl MembershipWrite {
    /// A `MembershipWrite` with its required fields; set the optional ones with the methods named after them.
    pub fn new(device_group: impl Into<i64>) -> Self {
        Self {
            device_group: device_group.into(),
            user: None,
            user_group: None,
        }
    }

    /// Sets `user` (`None` sends `null`).
    pub fn user(mut self, value: impl Into<Option<String>>) -> Self {
        self.user = Some(value.into());
        self
    }

    /// Sets `user_group` (`None` sends `null`).
    pub fn user_group(mut self, value: impl Into<Option<i64>>) -> Self {
        self.user_group = Some(value.into());
        self
    }
}

/// The fields of a membership that PATCH changes.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct MembershipPatch {
    /// The `device_group` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device_group: Option<i64>,
    /// The `user` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "codegen_runtime::nullable::deserialize"
    )]

    pub user: Option<Option<String>>,
    /// The `user_group` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "codegen_runtime::nullable::deserialize"
    )]

    pub user_group: Option<Option<i64>>,
}

impl MembershipPatch {
    /// Sets `device_group`.
    pub fn device_group(mut self, value: impl Into<i64>) -> Self {
        self.device_group = Some(value.into());
        self
    }

    /// Sets `user` (`None` sends `null`).
    pub fn user(mut self, value: impl Into<Option<String>>) -> Self {
        self.user = Some(value.into());
        self
    }

    /// Sets `user_group` (`None` sends `null`).
    pub fn user_group(mut self, value: impl Into<Option<i64>>) -> Self {
        self.user_group = Some(value.into());
        self
    }
}

/// Many memberships to create in one call.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct MembershipBulk {
    /// The `objects` property.
    pub objects: Vec<MembershipWrite>,
}

impl MembershipBulk {
    /// A `MembershipBulk` with its required fields; set the optional ones with the methods named after them.
    pub fn new(objects: impl Into<Vec<MembershipWrite>>) -> Self {
        Self { objects: objects.into() }
    }
}

/// An access time for POST and PUT.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct AccessTimeWrite {
    /// The `device_group_membership` property.
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

impl AccessTimeWrite {
    /// A `AccessTimeWrite` with its required fields; set the optional ones with the methods named after them.
    pub fn new(device_group_membership: impl Into<i64>) -> Self {
        Self {
            device_group_membership: device_group_membership.into(),
            sunday: None,
            monday: None,
            tuesday: None,
            wednesday: None,
            thursday: None,
            friday: None,
            saturday: None,
            start_time: None,
            end_time: None,
            answer_required: None,
        }
    }

    /// Sets `sunday`.
    pub fn sunday(mut self, value: impl Into<bool>) -> Self {
        self.sunday = Some(value.into());
        self
    }

    /// Sets `monday`.
    pub fn monday(mut self, value: impl Into<bool>) -> Self {
        self.monday = Some(value.into());
        self
    }

    /// Sets `tuesday`.
    pub fn tuesday(mut self, value: impl Into<bool>) -> Self {
        self.tuesday = Some(value.into());
        self
    }

    /// Sets `wednesday`.
    pub fn wednesday(mut self, value: impl Into<bool>) -> Self {
        self.wednesday = Some(value.into());
        self
    }

    /// Sets `thursday`.
    pub fn thursday(mut self, value: impl Into<bool>) -> Self {
        self.thursday = Some(value.into());
        self
    }

    /// Sets `friday`.
    pub fn friday(mut self, value: impl Into<bool>) -> Self {
        self.friday = Some(value.into());
        self
    }

    /// Sets `saturday`.
    pub fn saturday(mut self, value: impl Into<bool>) -> Self {
        self.saturday = Some(value.into());
        self
    }

    /// Sets `start_time` (`None` sends `null`).
    pub fn start_time(mut self, value: impl Into<Option<String>>) -> Self {
        self.start_time = Some(value.into());
        self
    }

    /// Sets `end_time` (`None` sends `null`).
    pub fn end_time(mut self, value: impl Into<Option<String>>) -> Self {
        self.end_time = Some(value.into());
        self
    }

    /// Sets `answer_required`.
    pub fn answer_required(mut self, value: impl Into<bool>) -> Self {
        self.answer_required = Some(value.into());
        self
    }
}

/// A device group's default access time.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DefaultAccessTime {
    /// The `id` property.
    ///
    /// Set by the server.
    pub id: i64,
    /// The `device_group` property.
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
    /// A 24-hour time of day, `HH:MM:SS`, or null.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer_required: Option<bool>,
}

/// A default access time for POST.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DefaultAccessTimeWrite {
    /// The `device_group` property.
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

impl DefaultAccessTimeWrite {
    /// A `DefaultAccessTimeWrite` with its required fields; set the optional ones with the methods named after them.
    pub fn new(device_group: impl Into<i64>) -> Self {
        Self {
            device_group: device_group.into(),
            sunday: None,
            monday: None,
            tuesday: None,
            wednesday: None,
            thursday: None,
            friday: None,
            saturday: None,
            start_time: None,
            end_time: None,
            answer_required: None,
        }
    }

    /// Sets `sunday`.
    pub fn sunday(mut self, value: impl Into<bool>) -> Self {
        self.sunday = Some(value.into());
        self
    }

    /// Sets `monday`.
    pub fn monday(mut self, value: impl Into<bool>) -> Self {
        self.monday = Some(value.into());
        self
    }

    /// Sets `tuesday`.
    pub fn tuesday(mut self, value: impl Into<bool>) -> Self {
        self.tuesday = Some(value.into());
        self
    }

    /// Sets `wednesday`.
    pub fn wednesday(mut self, value: impl Into<bool>) -> Self {
        self.wednesday = Some(value.into());
        self
    }

    /// Sets `thursday`.
    pub fn thursday(mut self, value: impl Into<bool>) -> Self {
        self.thursday = Some(value.into());
        self
    }

    /// Sets `friday`.
    pub fn friday(mut self, value: impl Into<bool>) -> Self {
        self.friday = Some(value.into());
        self
    }

    /// Sets `saturday`.
    pub fn saturday(mut self, value: impl Into<bool>) -> Self {
        self.saturday = Some(value.into());
        self
    }

    /// Sets `start_time` (`None` sends `null`).
    pub fn start_time(mut self, value: impl Into<Option<String>>) -> Self {
        self.start_time = Some(value.into());
        self
    }

    /// Sets `end_time` (`None` sends `null`).
    pub fn end_time(mut self, value: impl Into<Option<String>>) -> Self {
        self.end_time = Some(value.into());
        self
    }

    /// Sets `answer_required`.
    pub fn answer_required(mut self, value: impl Into<bool>) -> Self {
        self.answer_required = Some(value.into());
        self
    }
}

/// Temporary access of a user to a device group.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct TemporaryAccess {
    /// The `id` property.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The `email_address` property.
    pub email_address: String,
    /// Default: `""`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Default: `""`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// The `device_group` property.
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
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct TemporaryAccessWrite {
    /// The `email_address` property.
    pub email_address: String,
    /// Default: `""`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Default: `""`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// The `device_group` property.
    pub device_group: i64,
    /// A date and time without a UTC offset (`YYYY-MM-DDTHH:MM:SS`), as the API sends them; the time zone is not documented.
    pub start: LocalDateTime,
    /// A date and time without a UTC offset (`YYYY-MM-DDTHH:MM:SS`), as the API sends them; the time zone is not documented.
    pub end: LocalDateTime,
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer_required: Option<bool>,
}

impl TemporaryAccessWrite {
    /// A `TemporaryAccessWrite` with its required fields; set the optional ones with the methods named after them.
    pub fn new(
        email_address: impl Into<String>,
        device_group: impl Into<i64>,
        start: impl Into<LocalDateTime>,
        end: impl Into<LocalDateTime>,
    ) -> Self {
        Self {
            email_address: email_address.into(),
            first_name: None,
            last_name: None,
            device_group: device_group.into(),
            start: start.into(),
            end: end.into(),
            answer_required: None,
        }
    }

    /// Sets `first_name`.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }

    /// Sets `last_name`.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }

    /// Sets `answer_required`.
    pub fn answer_required(mut self, value: impl Into<bool>) -> Self {
        self.answer_required = Some(value.into());
        self
    }
}

/// The fields of a temporary access grant that PATCH changes.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct TemporaryAccessPatch {
    /// The `email_address` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// The `first_name` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// The `last_name` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// The `device_group` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device_group: Option<i64>,
    /// A date and time without a UTC offset (`YYYY-MM-DDTHH:MM:SS`), as the API sends them; the time zone is not documented.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<LocalDateTime>,
    /// A date and time without a UTC offset (`YYYY-MM-DDTHH:MM:SS`), as the API sends them; the time zone is not documented.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<LocalDateTime>,
    /// The `answer_required` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer_required: Option<bool>,
}

impl TemporaryAccessPatch {
    /// Sets `email_address`.
    pub fn email_address(mut self, value: impl Into<String>) -> Self {
        self.email_address = Some(value.into());
        self
    }

    /// Sets `first_name`.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }

    /// Sets `last_name`.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }

    /// Sets `device_group`.
    pub fn device_group(mut self, value: impl Into<i64>) -> Self {
        self.device_group = Some(value.into());
        self
    }

    /// Sets `start`.
    pub fn start(mut self, value: impl Into<LocalDateTime>) -> Self {
        self.start = Some(value.into());
        self
    }

    /// Sets `end`.
    pub fn end(mut self, value: impl Into<LocalDateTime>) -> Self {
        self.end = Some(value.into());
        self
    }

    /// Sets `answer_required`.
    pub fn answer_required(mut self, value: impl Into<bool>) -> Self {
        self.answer_required = Some(value.into());
        self
    }
}

/// An API key.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
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
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct ApiKeyCreate {
    /// The `name` property.
    pub name: String,
}

impl ApiKeyCreate {
    /// A `ApiKeyCreate` with its required fields; set the optional ones with the methods named after them.
    pub fn new(name: impl Into<String>) -> Self {
        Self { name: name.into() }
    }
}

/// One rule of an access time template.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct AccessTimeTemplateItem {
    /// The `id` property.
    ///
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
    /// The `resource_uri` property.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
}

impl AccessTimeTemplateItem {
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<i64>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `sunday`.
    pub fn sunday(mut self, value: impl Into<bool>) -> Self {
        self.sunday = Some(value.into());
        self
    }

    /// Sets `monday`.
    pub fn monday(mut self, value: impl Into<bool>) -> Self {
        self.monday = Some(value.into());
        self
    }

    /// Sets `tuesday`.
    pub fn tuesday(mut self, value: impl Into<bool>) -> Self {
        self.tuesday = Some(value.into());
        self
    }

    /// Sets `wednesday`.
    pub fn wednesday(mut self, value: impl Into<bool>) -> Self {
        self.wednesday = Some(value.into());
        self
    }

    /// Sets `thursday`.
    pub fn thursday(mut self, value: impl Into<bool>) -> Self {
        self.thursday = Some(value.into());
        self
    }

    /// Sets `friday`.
    pub fn friday(mut self, value: impl Into<bool>) -> Self {
        self.friday = Some(value.into());
        self
    }

    /// Sets `saturday`.
    pub fn saturday(mut self, value: impl Into<bool>) -> Self {
        self.saturday = Some(value.into());
        self
    }

    /// Sets `start_time` (`None` sends `null`).
    pub fn start_time(mut self, value: impl Into<Option<String>>) -> Self {
        self.start_time = Some(value.into());
        self
    }

    /// Sets `end_time` (`None` sends `null`).
    pub fn end_time(mut self, value: impl Into<Option<String>>) -> Self {
        self.end_time = Some(value.into());
        self
    }

    /// Sets `answer_required`.
    pub fn answer_required(mut self, value: impl Into<bool>) -> Self {
        self.answer_required = Some(value.into());
        self
    }

    /// Sets `access_time_template`.
    pub fn access_time_template(mut self, value: impl Into<String>) -> Self {
        self.access_time_template = Some(value.into());
        self
    }

    /// Sets `resource_uri`.
    pub fn resource_uri(mut self, value: impl Into<String>) -> Self {
        self.resource_uri = Some(value.into());
        self
    }
}

/// A reusable set of access time rules.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct AccessTimeTemplate {
    /// The `id` property.
    ///
    /// Set by the server.
    pub id: i64,
    /// The `name` property.
    pub name: String,
    /// Default: `[]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_time_template_items: Option<Vec<AccessTimeTemplateItem>>,
    /// The `resource_uri` property.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
}

/// A template for POST.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct AccessTimeTemplateWrite {
    /// The `name` property.
    pub name: String,
    /// Default: `[]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_time_template_items: Option<Vec<AccessTimeTemplateItem>>,
}

impl AccessTimeTemplateWrite {
    /// A `AccessTimeTemplateWrite` with its required fields; set the optional ones with the methods named after them.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            access_time_template_items: None,
        }
    }

    /// Sets `access_time_template_items`.
    pub fn access_time_template_items(
        mut self,
        value: impl Into<Vec<AccessTimeTemplateItem>>,
    ) -> Self {
        self.access_time_template_items = Some(value.into());
        self
    }
}

/// The fields of a template that PATCH changes.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct AccessTimeTemplatePatch {
    /// The `name` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `access_time_template_items` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_time_template_items: Option<Vec<AccessTimeTemplateItem>>,
}

impl AccessTimeTemplatePatch {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `access_time_template_items`.
    pub fn access_time_template_items(
        mut self,
        value: impl Into<Vec<AccessTimeTemplateItem>>,
    ) -> Self {
        self.access_time_template_items = Some(value.into());
        self
    }
}

/// Which template to apply to which membership.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct ApplyAccessTimeTemplate {
    /// The `access_time_template` property.
    pub access_time_template: i64,
    /// The `device_group_membership` property.
    pub device_group_membership: i64,
}

impl ApplyAccessTimeTemplate {
    /// A `ApplyAccessTimeTemplate` with its required fields; set the optional ones with the methods named after them.
    pub fn new(
        access_time_template: impl Into<i64>,
        device_group_membership: impl Into<i64>,
    ) -> Self {
        Self {
            access_time_template: access_time_template.into(),
            device_group_membership: device_group_membership.into(),
        }
    }
}

/// One page of User objects.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserList {
    /// Metadata of one page of a collection.
    pub meta: ListMeta,
    /// The `objects` property.
    pub objects: Vec<User>,
}

/// One page of Device objects.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DeviceList {
    /// Metadata of one page of a collection.
    pub meta: ListMeta,
    /// The `objects` property.
    pub objects: Vec<Device>,
}

/// One page of DeviceGroup objects.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DeviceGroupList {
    /// Metadata of one page of a collection.
    pub meta: ListMeta,
    /// The `objects` property.
    pub objects: Vec<DeviceGroup>,
}

/// One page of UserGroup objects.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserGroupList {
    /// Metadata of one page of a collection.
    pub meta: ListMeta,
    /// The `objects` property.
    pub objects: Vec<UserGroup>,
}

/// One page of DeviceGroupMembership objects.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DeviceGroupMembershipList {
    /// Metadata of one page of a collection.
    pub meta: ListMeta,
    /// The `objects` property.
    pub objects: Vec<DeviceGroupMembership>,
}

/// One page of AccessTime objects.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct AccessTimeList {
    /// Metadata of one page of a collection.
    pub meta: ListMeta,
    /// The `objects` property.
    pub objects: Vec<AccessTime>,
}

/// One page of DefaultAccessTime objects.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DefaultAccessTimeList {
    /// Metadata of one page of a collection.
    pub meta: ListMeta,
    /// The `objects` property.
    pub objects: Vec<DefaultAccessTime>,
}

/// One page of TemporaryAccess objects.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct TemporaryAccessList {
    /// Metadata of one page of a collection.
    pub meta: ListMeta,
    /// The `objects` property.
    pub objects: Vec<TemporaryAccess>,
}

/// One page of ApiKey objects.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct ApiKeyList {
    /// Metadata of one page of a collection.
    pub meta: ListMeta,
    /// The `objects` property.
    pub objects: Vec<ApiKey>,
}

/// One page of AccessTimeTemplate objects.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct AccessTimeTemplateList {
    /// Metadata of one page of a collection.
    pub meta: ListMeta,
    /// The `objects` property.
    pub objects: Vec<AccessTimeTemplate>,
}

/// The body of an error response. The variant is chosen by the response's status, from the operation's own responses in the spec, never by trying variants in turn.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ErrorBody {
    /// An error body of the `Error` shape.
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
