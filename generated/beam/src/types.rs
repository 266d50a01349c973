// This file is generated from specs/beam.yaml by `cargo xtask generate`. Do not edit it by hand.

//! The API's data types.
/// The body of a 400 response.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct ApiError {
    /// What went wrong, as free text.
    pub error: String,
}

impl ApiError {
    /// A `ApiError` with its required fields; set the optional ones with the methods named after them.
    pub fn new(error: impl Into<String>) -> Self {
        Self { error: error.into() }
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for ApiError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "error", &self.error)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`ApiError`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __ApiErrorSlots {
    error: Option<String>,
}

impl codegen_runtime::model::Object for ApiError {
    const NAME: &'static str = "ApiError";
    type Slots = __ApiErrorSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "error" => codegen_runtime::model::set(map, &mut slots.error, "error"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            error: codegen_runtime::model::required(slots.error, "error")?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for ApiError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Metadata of one page of a collection.
#[derive(Debug, Clone)]
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

#[allow(clippy::should_implement_trait)]
impl ListMeta {
    /// A `ListMeta` with its required fields; set the optional ones with the methods named after them.
    pub fn new(
        limit: impl Into<i64>,
        offset: impl Into<i64>,
        next: impl Into<Option<String>>,
        previous: impl Into<Option<String>>,
        total_count: impl Into<i64>,
    ) -> Self {
        Self {
            limit: limit.into(),
            offset: offset.into(),
            next: next.into(),
            previous: previous.into(),
            total_count: total_count.into(),
        }
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for ListMeta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "limit", &self.limit)?;
        codegen_runtime::model::entry(&mut map, "offset", &self.offset)?;
        codegen_runtime::model::entry(&mut map, "next", &self.next)?;
        codegen_runtime::model::entry(&mut map, "previous", &self.previous)?;
        codegen_runtime::model::entry(&mut map, "total_count", &self.total_count)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`ListMeta`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __ListMetaSlots {
    limit: Option<i64>,
    offset: Option<i64>,
    next: Option<Option<String>>,
    previous: Option<Option<String>>,
    total_count: Option<i64>,
}

impl codegen_runtime::model::Object for ListMeta {
    const NAME: &'static str = "ListMeta";
    type Slots = __ListMetaSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "limit" => codegen_runtime::model::set(map, &mut slots.limit, "limit"),
            "offset" => codegen_runtime::model::set(map, &mut slots.offset, "offset"),
            "next" => codegen_runtime::model::set(map, &mut slots.next, "next"),
            "previous" => {
                codegen_runtime::model::set(map, &mut slots.previous, "previous")
            }
            "total_count" => {
                codegen_runtime::model::set(map, &mut slots.total_count, "total_count")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            limit: codegen_runtime::model::required(slots.limit, "limit")?,
            offset: codegen_runtime::model::required(slots.offset, "offset")?,
            next: slots.next.flatten(),
            previous: slots.previous.flatten(),
            total_count: codegen_runtime::model::required(
                slots.total_count,
                "total_count",
            )?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for ListMeta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A date and time without a UTC offset (`YYYY-MM-DDTHH:MM:SS`), as the API sends them; the time zone is not documented.
///
/// Constraints: matches `^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$`.
#[derive(Debug, Clone, PartialEq)]
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

impl From<&str> for LocalDateTime {
    fn from(value: &str) -> Self {
        Self(value.to_owned())
    }
}

impl serde::Serialize for LocalDateTime {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serde::Serialize::serialize(&self.0, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for LocalDateTime {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        serde::Deserialize::deserialize(deserializer).map(Self)
    }
}

/// A 24-hour time of day, `HH:MM:SS`.
///
/// Constraints: matches `^\d{2}:\d{2}:\d{2}$`.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeOfDay(pub String);

impl std::fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<String> for TimeOfDay {
    fn from(value: String) -> Self {
        Self(value)
    }
}

impl From<&str> for TimeOfDay {
    fn from(value: &str) -> Self {
        Self(value.to_owned())
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for TimeOfDay {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serde::Serialize::serialize(&self.0, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for TimeOfDay {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        serde::Deserialize::deserialize(deserializer).map(Self)
    }
}

/// Information about the API key and its organization.
#[derive(Debug, Clone)]
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
    pub user: Option<codegen_runtime::serde_json::Value>,
}

impl Info {
    /// A `Info` with its required fields; set the optional ones with the methods named after them.
    pub fn new(key: impl Into<String>, organization: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            organization: organization.into(),
            user: None,
        }
    }

    /// Only used for OAuth2-based authentication (not supported at this time).
    pub fn user(mut self, value: impl Into<codegen_runtime::serde_json::Value>) -> Self {
        self.user = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Info {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "key", &self.key)?;
        codegen_runtime::model::entry(&mut map, "organization", &self.organization)?;
        codegen_runtime::model::present(&mut map, "user", &self.user)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Info`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __InfoSlots {
    key: Option<String>,
    organization: Option<String>,
    user: Option<Option<codegen_runtime::serde_json::Value>>,
}

impl codegen_runtime::model::Object for Info {
    const NAME: &'static str = "Info";
    type Slots = __InfoSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "key" => codegen_runtime::model::set(map, &mut slots.key, "key"),
            "organization" => {
                codegen_runtime::model::set(map, &mut slots.organization, "organization")
            }
            "user" => codegen_runtime::model::set(map, &mut slots.user, "user"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            key: codegen_runtime::model::required(slots.key, "key")?,
            organization: codegen_runtime::model::required(
                slots.organization,
                "organization",
            )?,
            user: slots.user.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Info {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A user of the organization.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct User {
    /// The user's email address; it identifies the user (`{email}` in paths).
    ///
    /// Constraints: format `email`.
    ///
    /// Set by the server.
    pub email_address: String,
    /// First name.
    ///
    /// Set by the server.
    pub first_name: Option<String>,
    /// Last name.
    ///
    /// Set by the server.
    pub last_name: Option<String>,
    /// Whether the user is an administrator of the organization.
    pub is_admin: Option<bool>,
    /// Whether the user has only temporary access.
    ///
    /// Set by the server.
    pub is_temporary: Option<bool>,
    /// The profile image; always null in the documentation.
    ///
    /// Set by the server.
    pub profile_image: Option<codegen_runtime::serde_json::Value>,
    /// When the user last logged in (`YYYY-MM-DDTHH:MM:SS`, no UTC offset).
    ///
    /// Constraints: matches `^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$`.
    ///
    /// Set by the server.
    pub last_login: Option<String>,
}

impl User {
    /// A `User` with its required fields; set the optional ones with the methods named after them.
    pub fn new(email_address: impl Into<String>) -> Self {
        Self {
            email_address: email_address.into(),
            first_name: None,
            last_name: None,
            is_admin: None,
            is_temporary: None,
            profile_image: None,
            last_login: None,
        }
    }

    /// First name.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }

    /// Last name.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }

    /// Whether the user is an administrator of the organization.
    pub fn is_admin(mut self, value: impl Into<bool>) -> Self {
        self.is_admin = Some(value.into());
        self
    }

    /// Whether the user has only temporary access.
    pub fn is_temporary(mut self, value: impl Into<bool>) -> Self {
        self.is_temporary = Some(value.into());
        self
    }

    /// The profile image; always null in the documentation.
    pub fn profile_image(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.profile_image = Some(value.into());
        self
    }

    /// When the user last logged in (`YYYY-MM-DDTHH:MM:SS`, no UTC offset).
    pub fn last_login(mut self, value: impl Into<String>) -> Self {
        self.last_login = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for User {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "email_address", &self.email_address)?;
        codegen_runtime::model::present(&mut map, "first_name", &self.first_name)?;
        codegen_runtime::model::present(&mut map, "last_name", &self.last_name)?;
        codegen_runtime::model::present(&mut map, "is_admin", &self.is_admin)?;
        codegen_runtime::model::present(&mut map, "is_temporary", &self.is_temporary)?;
        codegen_runtime::model::present(&mut map, "profile_image", &self.profile_image)?;
        codegen_runtime::model::present(&mut map, "last_login", &self.last_login)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`User`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __UserSlots {
    email_address: Option<String>,
    first_name: Option<Option<String>>,
    last_name: Option<Option<String>>,
    is_admin: Option<Option<bool>>,
    is_temporary: Option<Option<bool>>,
    profile_image: Option<Option<codegen_runtime::serde_json::Value>>,
    last_login: Option<Option<String>>,
}

impl codegen_runtime::model::Object for User {
    const NAME: &'static str = "User";
    type Slots = __UserSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "email_address" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.email_address,
                    "email_address",
                )
            }
            "first_name" => {
                codegen_runtime::model::set(map, &mut slots.first_name, "first_name")
            }
            "last_name" => {
                codegen_runtime::model::set(map, &mut slots.last_name, "last_name")
            }
            "is_admin" => {
                codegen_runtime::model::set(map, &mut slots.is_admin, "is_admin")
            }
            "is_temporary" => {
                codegen_runtime::model::set(map, &mut slots.is_temporary, "is_temporary")
            }
            "profile_image" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.profile_image,
                    "profile_image",
                )
            }
            "last_login" => {
                codegen_runtime::model::set(map, &mut slots.last_login, "last_login")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            email_address: codegen_runtime::model::required(
                slots.email_address,
                "email_address",
            )?,
            first_name: slots.first_name.flatten(),
            last_name: slots.last_name.flatten(),
            is_admin: slots.is_admin.flatten(),
            is_temporary: slots.is_temporary.flatten(),
            profile_image: slots.profile_image.flatten(),
            last_login: slots.last_login.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for User {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// The fields of a user that PATCH can change (only `is_admin`).
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserPatch {
    /// Whether the user is an administrator.
    pub is_admin: Option<bool>,
}

impl UserPatch {
    /// Whether the user is an administrator.
    pub fn is_admin(mut self, value: impl Into<bool>) -> Self {
        self.is_admin = Some(value.into());
        self
    }
}

impl serde::Serialize for UserPatch {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "is_admin", &self.is_admin)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`UserPatch`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __UserPatchSlots {
    is_admin: Option<Option<bool>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for UserPatch {
    const NAME: &'static str = "UserPatch";
    type Slots = __UserPatchSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "is_admin" => {
                codegen_runtime::model::set(map, &mut slots.is_admin, "is_admin")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            is_admin: slots.is_admin.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for UserPatch {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// An invitation of a new user.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Invitation {
    /// The address the invitation goes to.
    ///
    /// Constraints: format `email`.
    pub email_address: String,
    /// First name.
    ///
    /// Default: `""`.
    pub first_name: Option<String>,
    /// Last name.
    ///
    /// Default: `""`.
    pub last_name: Option<String>,
    /// IDs of the device groups the new user joins.
    ///
    /// Default: `[]`.
    pub device_groups: Option<Vec<i64>>,
    /// The sender's name shown in the email.
    pub from_name: String,
    /// The invitation text (the server has a default).
    pub message: Option<String>,
    /// Addresses that get a copy of the invitation.
    ///
    /// Default: `[]`.
    ///
    /// Constraints: each item: format `email`.
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

    /// First name.
    ///
    /// Default: `""`.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }

    /// Last name.
    ///
    /// Default: `""`.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }

    /// IDs of the device groups the new user joins.
    ///
    /// Default: `[]`.
    pub fn device_groups(
        mut self,
        value: impl IntoIterator<Item = impl Into<i64>>,
    ) -> Self {
        self.device_groups = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// The invitation text (the server has a default).
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Addresses that get a copy of the invitation.
    ///
    /// Default: `[]`.
    pub fn cc(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.cc = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

impl serde::Serialize for Invitation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "email_address", &self.email_address)?;
        codegen_runtime::model::present(&mut map, "first_name", &self.first_name)?;
        codegen_runtime::model::present(&mut map, "last_name", &self.last_name)?;
        codegen_runtime::model::present(&mut map, "device_groups", &self.device_groups)?;
        codegen_runtime::model::entry(&mut map, "from_name", &self.from_name)?;
        codegen_runtime::model::present(&mut map, "message", &self.message)?;
        codegen_runtime::model::present(&mut map, "cc", &self.cc)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Invitation`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __InvitationSlots {
    email_address: Option<String>,
    first_name: Option<Option<String>>,
    last_name: Option<Option<String>>,
    device_groups: Option<Option<Vec<i64>>>,
    from_name: Option<String>,
    message: Option<Option<String>>,
    cc: Option<Option<Vec<String>>>,
}

impl codegen_runtime::model::Object for Invitation {
    const NAME: &'static str = "Invitation";
    type Slots = __InvitationSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "email_address" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.email_address,
                    "email_address",
                )
            }
            "first_name" => {
                codegen_runtime::model::set(map, &mut slots.first_name, "first_name")
            }
            "last_name" => {
                codegen_runtime::model::set(map, &mut slots.last_name, "last_name")
            }
            "device_groups" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.device_groups,
                    "device_groups",
                )
            }
            "from_name" => {
                codegen_runtime::model::set(map, &mut slots.from_name, "from_name")
            }
            "message" => codegen_runtime::model::set(map, &mut slots.message, "message"),
            "cc" => codegen_runtime::model::set(map, &mut slots.cc, "cc"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            email_address: codegen_runtime::model::required(
                slots.email_address,
                "email_address",
            )?,
            first_name: slots.first_name.flatten(),
            last_name: slots.last_name.flatten(),
            device_groups: slots.device_groups.flatten(),
            from_name: codegen_runtime::model::required(slots.from_name, "from_name")?,
            message: slots.message.flatten(),
            cc: slots.cc.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Invitation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// The live state of a device (undocumented; seen in examples); null when unknown.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DeviceState {
    /// The call state, e.g. `STATE_AVAILABLE` or `STATE_IN_CALL`.
    pub call_state: Option<String>,
    /// Battery level in percent.
    pub batt_percent: Option<i64>,
    /// Whether the battery is charging.
    pub batt_charging: Option<bool>,
    /// The email of the pilot in a call, or empty.
    pub pilot: Option<String>,
    /// When the state was reported.
    ///
    /// Constraints: format `date-time`.
    pub reported_at: Option<codegen_runtime::formats::DateTime>,
}

impl DeviceState {
    /// The call state, e.g. `STATE_AVAILABLE` or `STATE_IN_CALL`.
    pub fn call_state(mut self, value: impl Into<String>) -> Self {
        self.call_state = Some(value.into());
        self
    }

    /// Battery level in percent.
    pub fn batt_percent(mut self, value: impl Into<i64>) -> Self {
        self.batt_percent = Some(value.into());
        self
    }

    /// Whether the battery is charging.
    pub fn batt_charging(mut self, value: impl Into<bool>) -> Self {
        self.batt_charging = Some(value.into());
        self
    }

    /// The email of the pilot in a call, or empty.
    pub fn pilot(mut self, value: impl Into<String>) -> Self {
        self.pilot = Some(value.into());
        self
    }

    /// When the state was reported.
    pub fn reported_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.reported_at = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for DeviceState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "call_state", &self.call_state)?;
        codegen_runtime::model::present(&mut map, "batt_percent", &self.batt_percent)?;
        codegen_runtime::model::present(&mut map, "batt_charging", &self.batt_charging)?;
        codegen_runtime::model::present(&mut map, "pilot", &self.pilot)?;
        codegen_runtime::model::present(&mut map, "reported_at", &self.reported_at)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`DeviceState`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __DeviceStateSlots {
    call_state: Option<Option<String>>,
    batt_percent: Option<Option<i64>>,
    batt_charging: Option<Option<bool>>,
    pilot: Option<Option<String>>,
    reported_at: Option<Option<codegen_runtime::formats::DateTime>>,
}

impl codegen_runtime::model::Object for DeviceState {
    const NAME: &'static str = "DeviceState";
    type Slots = __DeviceStateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "call_state" => {
                codegen_runtime::model::set(map, &mut slots.call_state, "call_state")
            }
            "batt_percent" => {
                codegen_runtime::model::set(map, &mut slots.batt_percent, "batt_percent")
            }
            "batt_charging" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.batt_charging,
                    "batt_charging",
                )
            }
            "pilot" => codegen_runtime::model::set(map, &mut slots.pilot, "pilot"),
            "reported_at" => {
                codegen_runtime::model::set(map, &mut slots.reported_at, "reported_at")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            call_state: slots.call_state.flatten(),
            batt_percent: slots.batt_percent.flatten(),
            batt_charging: slots.batt_charging.flatten(),
            pilot: slots.pilot.flatten(),
            reported_at: slots.reported_at.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for DeviceState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// The device's last call (undocumented; seen in examples); null when there was none.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DeviceLastCall {
    /// `call_start`
    ///
    /// Constraints: format `date-time`.
    pub call_start: Option<codegen_runtime::formats::DateTime>,
    /// `call_end`
    ///
    /// Constraints: format `date-time`.
    pub call_end: Option<codegen_runtime::formats::DateTime>,
    /// The email of the pilot.
    pub pilot: Option<String>,
}

impl DeviceLastCall {
    /// Sets `call_start`.
    pub fn call_start(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.call_start = Some(value.into());
        self
    }

    /// Sets `call_end`.
    pub fn call_end(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.call_end = Some(value.into());
        self
    }

    /// The email of the pilot.
    pub fn pilot(mut self, value: impl Into<String>) -> Self {
        self.pilot = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for DeviceLastCall {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "call_start", &self.call_start)?;
        codegen_runtime::model::present(&mut map, "call_end", &self.call_end)?;
        codegen_runtime::model::present(&mut map, "pilot", &self.pilot)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`DeviceLastCall`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __DeviceLastCallSlots {
    call_start: Option<Option<codegen_runtime::formats::DateTime>>,
    call_end: Option<Option<codegen_runtime::formats::DateTime>>,
    pilot: Option<Option<String>>,
}

impl codegen_runtime::model::Object for DeviceLastCall {
    const NAME: &'static str = "DeviceLastCall";
    type Slots = __DeviceLastCallSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "call_start" => {
                codegen_runtime::model::set(map, &mut slots.call_start, "call_start")
            }
            "call_end" => {
                codegen_runtime::model::set(map, &mut slots.call_end, "call_end")
            }
            "pilot" => codegen_runtime::model::set(map, &mut slots.pilot, "pilot"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            call_start: slots.call_start.flatten(),
            call_end: slots.call_end.flatten(),
            pilot: slots.pilot.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for DeviceLastCall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A group of devices.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DeviceGroup {
    /// The group ID.
    ///
    /// Set by the server.
    pub id: i64,
    /// `name`
    pub name: String,
    /// IDs of the devices in the group.
    ///
    /// Default: `[]`.
    pub devices: Option<Vec<String>>,
    /// Notify administrators about low batteries.
    ///
    /// Default: `true`.
    pub notify_admins_battery: Option<bool>,
    /// Notify the last pilot.
    ///
    /// Default: `true`.
    pub notify_last_pilot: Option<bool>,
    /// Users notified (undocumented; in every example).
    ///
    /// Constraints: each item: format `email`.
    pub notify_users: Option<Vec<String>>,
    /// Users who may answer calls to the group's devices.
    ///
    /// Default: `[]`.
    ///
    /// Constraints: each item: format `email`.
    pub answer_users: Option<Vec<String>>,
    /// Allowed authorization models; `a` means all.
    ///
    /// Default: `["a"]`.
    pub allowed_auth: Option<Vec<String>>,
}

impl DeviceGroup {
    /// A `DeviceGroup` with its required fields; set the optional ones with the methods named after them.
    pub fn new(id: impl Into<i64>, name: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            devices: None,
            notify_admins_battery: None,
            notify_last_pilot: None,
            notify_users: None,
            answer_users: None,
            allowed_auth: None,
        }
    }

    /// IDs of the devices in the group.
    ///
    /// Default: `[]`.
    pub fn devices(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.devices = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Notify administrators about low batteries.
    ///
    /// Default: `true`.
    pub fn notify_admins_battery(mut self, value: impl Into<bool>) -> Self {
        self.notify_admins_battery = Some(value.into());
        self
    }

    /// Notify the last pilot.
    ///
    /// Default: `true`.
    pub fn notify_last_pilot(mut self, value: impl Into<bool>) -> Self {
        self.notify_last_pilot = Some(value.into());
        self
    }

    /// Users notified (undocumented; in every example).
    pub fn notify_users(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.notify_users = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Users who may answer calls to the group's devices.
    ///
    /// Default: `[]`.
    pub fn answer_users(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.answer_users = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Allowed authorization models; `a` means all.
    ///
    /// Default: `["a"]`.
    pub fn allowed_auth(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.allowed_auth = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for DeviceGroup {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "id", &self.id)?;
        codegen_runtime::model::entry(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "devices", &self.devices)?;
        codegen_runtime::model::present(
            &mut map,
            "notify_admins_battery",
            &self.notify_admins_battery,
        )?;
        codegen_runtime::model::present(
            &mut map,
            "notify_last_pilot",
            &self.notify_last_pilot,
        )?;
        codegen_runtime::model::present(&mut map, "notify_users", &self.notify_users)?;
        codegen_runtime::model::present(&mut map, "answer_users", &self.answer_users)?;
        codegen_runtime::model::present(&mut map, "allowed_auth", &self.allowed_auth)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`DeviceGroup`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __DeviceGroupSlots {
    id: Option<i64>,
    name: Option<String>,
    devices: Option<Option<Vec<String>>>,
    notify_admins_battery: Option<Option<bool>>,
    notify_last_pilot: Option<Option<bool>>,
    notify_users: Option<Option<Vec<String>>>,
    answer_users: Option<Option<Vec<String>>>,
    allowed_auth: Option<Option<Vec<String>>>,
}

impl codegen_runtime::model::Object for DeviceGroup {
    const NAME: &'static str = "DeviceGroup";
    type Slots = __DeviceGroupSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => {
                codegen_runtime::model::set_with(
                    map,
                    &mut slots.id,
                    "id",
                    codegen_runtime::lenient::IntegerSeed::default(),
                )
            }
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "devices" => codegen_runtime::model::set(map, &mut slots.devices, "devices"),
            "notify_admins_battery" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.notify_admins_battery,
                    "notify_admins_battery",
                )
            }
            "notify_last_pilot" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.notify_last_pilot,
                    "notify_last_pilot",
                )
            }
            "notify_users" => {
                codegen_runtime::model::set(map, &mut slots.notify_users, "notify_users")
            }
            "answer_users" => {
                codegen_runtime::model::set(map, &mut slots.answer_users, "answer_users")
            }
            "allowed_auth" => {
                codegen_runtime::model::set(map, &mut slots.allowed_auth, "allowed_auth")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: codegen_runtime::model::required(slots.id, "id")?,
            name: codegen_runtime::model::required(slots.name, "name")?,
            devices: slots.devices.flatten(),
            notify_admins_battery: slots.notify_admins_battery.flatten(),
            notify_last_pilot: slots.notify_last_pilot.flatten(),
            notify_users: slots.notify_users.flatten(),
            answer_users: slots.answer_users.flatten(),
            allowed_auth: slots.allowed_auth.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for DeviceGroup {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// The ID of the device's group, or the group itself with `inline=device_group`.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeviceGroupValue {
    /// A `i64`.
    Integer(i64),
    /// A `DeviceGroup`.
    DeviceGroup(DeviceGroup),
    /// A value that matches no variant this client knows (added to the API after it was
    /// generated), as the server sent it.
    Unknown(codegen_runtime::serde_json::Value),
}

impl From<i64> for DeviceGroupValue {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}

impl From<DeviceGroup> for DeviceGroupValue {
    fn from(value: DeviceGroup) -> Self {
        Self::DeviceGroup(value)
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for DeviceGroupValue {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Integer(value) => serde::Serialize::serialize(value, serializer),
            Self::DeviceGroup(value) => serde::Serialize::serialize(value, serializer),
            Self::Unknown(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for DeviceGroupValue {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = codegen_runtime::model::buffer(deserializer)?;
        if let Ok(value) = codegen_runtime::lenient::integer(&value) {
            return Ok(Self::Integer(value));
        }
        if let Some(value) = codegen_runtime::model::try_variant(&value) {
            return Ok(Self::DeviceGroup(value));
        }
        Ok(Self::Unknown(value.into_json()))
    }
}

/// A Beam device.
#[derive(Debug, Clone)]
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
    pub tags: Option<Vec<String>>,
    /// An IANA time zone name, e.g. `America/Los_Angeles`.
    pub time_zone: Option<String>,
    /// Where the device is.
    ///
    /// Default: `""`.
    pub location: Option<String>,
    /// The ID of the device's group, or the group itself with `inline=device_group`.
    pub group: DeviceGroupValue,
    /// The live state of a device (undocumented; seen in examples); null when unknown.
    ///
    /// Set by the server.
    pub state: Option<DeviceState>,
    /// The device's last call (undocumented; seen in examples); null when there was none.
    ///
    /// Set by the server.
    pub last_call: Option<DeviceLastCall>,
    /// Always null in the documentation.
    ///
    /// Set by the server.
    pub profile_image: Option<codegen_runtime::serde_json::Value>,
}

impl Device {
    /// A `Device` with its required fields; set the optional ones with the methods named after them.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        group: impl Into<DeviceGroupValue>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            tags: None,
            time_zone: None,
            location: None,
            group: group.into(),
            state: None,
            last_call: None,
            profile_image: None,
        }
    }

    /// Tags.
    ///
    /// Default: `[]`.
    pub fn tags(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.tags = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// An IANA time zone name, e.g. `America/Los_Angeles`.
    pub fn time_zone(mut self, value: impl Into<String>) -> Self {
        self.time_zone = Some(value.into());
        self
    }

    /// Where the device is.
    ///
    /// Default: `""`.
    pub fn location(mut self, value: impl Into<String>) -> Self {
        self.location = Some(value.into());
        self
    }

    /// The live state of a device (undocumented; seen in examples); null when unknown.
    pub fn state(mut self, value: impl Into<DeviceState>) -> Self {
        self.state = Some(value.into());
        self
    }

    /// The device's last call (undocumented; seen in examples); null when there was none.
    pub fn last_call(mut self, value: impl Into<DeviceLastCall>) -> Self {
        self.last_call = Some(value.into());
        self
    }

    /// Always null in the documentation.
    pub fn profile_image(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.profile_image = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Device {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "id", &self.id)?;
        codegen_runtime::model::entry(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "tags", &self.tags)?;
        codegen_runtime::model::present(&mut map, "time_zone", &self.time_zone)?;
        codegen_runtime::model::present(&mut map, "location", &self.location)?;
        codegen_runtime::model::entry(&mut map, "device_group", &self.group)?;
        codegen_runtime::model::present(&mut map, "state", &self.state)?;
        codegen_runtime::model::present(&mut map, "last_call", &self.last_call)?;
        codegen_runtime::model::present(&mut map, "profile_image", &self.profile_image)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Device`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __DeviceSlots {
    id: Option<String>,
    name: Option<String>,
    tags: Option<Option<Vec<String>>>,
    time_zone: Option<Option<String>>,
    location: Option<Option<String>>,
    group: Option<DeviceGroupValue>,
    state: Option<Option<DeviceState>>,
    last_call: Option<Option<DeviceLastCall>>,
    profile_image: Option<Option<codegen_runtime::serde_json::Value>>,
}

impl codegen_runtime::model::Object for Device {
    const NAME: &'static str = "Device";
    type Slots = __DeviceSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "tags" => codegen_runtime::model::set(map, &mut slots.tags, "tags"),
            "time_zone" => {
                codegen_runtime::model::set(map, &mut slots.time_zone, "time_zone")
            }
            "location" => {
                codegen_runtime::model::set(map, &mut slots.location, "location")
            }
            "device_group" => {
                codegen_runtime::model::set(map, &mut slots.group, "device_group")
            }
            "state" => codegen_runtime::model::set(map, &mut slots.state, "state"),
            "last_call" => {
                codegen_runtime::model::set(map, &mut slots.last_call, "last_call")
            }
            "profile_image" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.profile_image,
                    "profile_image",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: codegen_runtime::model::required(slots.id, "id")?,
            name: codegen_runtime::model::required(slots.name, "name")?,
            tags: slots.tags.flatten(),
            time_zone: slots.time_zone.flatten(),
            location: slots.location.flatten(),
            group: codegen_runtime::model::required(slots.group, "device_group")?,
            state: slots.state.flatten(),
            last_call: slots.last_call.flatten(),
            profile_image: slots.profile_image.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Device {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// The fields of a device that PATCH changes; only those sent change.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DevicePatch {
    /// `name`
    pub name: Option<String>,
    /// `tags`
    pub tags: Option<Vec<String>>,
    /// Tags to add.
    pub add_tags: Option<Vec<String>>,
    /// Tags to remove.
    pub remove_tags: Option<Vec<String>>,
    /// `time_zone`
    pub time_zone: Option<String>,
    /// `location`
    pub location: Option<String>,
    /// The ID of the new device group.
    pub device_group: Option<i64>,
}

impl DevicePatch {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `tags`.
    pub fn tags(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.tags = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Tags to add.
    pub fn add_tags(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.add_tags = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Tags to remove.
    pub fn remove_tags(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.remove_tags = Some(value.into_iter().map(Into::into).collect());
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

    /// The ID of the new device group.
    pub fn device_group(mut self, value: impl Into<i64>) -> Self {
        self.device_group = Some(value.into());
        self
    }
}

impl serde::Serialize for DevicePatch {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "tags", &self.tags)?;
        codegen_runtime::model::present(&mut map, "add_tags", &self.add_tags)?;
        codegen_runtime::model::present(&mut map, "remove_tags", &self.remove_tags)?;
        codegen_runtime::model::present(&mut map, "time_zone", &self.time_zone)?;
        codegen_runtime::model::present(&mut map, "location", &self.location)?;
        codegen_runtime::model::present(&mut map, "device_group", &self.device_group)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`DevicePatch`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __DevicePatchSlots {
    name: Option<Option<String>>,
    tags: Option<Option<Vec<String>>>,
    add_tags: Option<Option<Vec<String>>>,
    remove_tags: Option<Option<Vec<String>>>,
    time_zone: Option<Option<String>>,
    location: Option<Option<String>>,
    device_group: Option<Option<i64>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for DevicePatch {
    const NAME: &'static str = "DevicePatch";
    type Slots = __DevicePatchSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "tags" => codegen_runtime::model::set(map, &mut slots.tags, "tags"),
            "add_tags" => {
                codegen_runtime::model::set(map, &mut slots.add_tags, "add_tags")
            }
            "remove_tags" => {
                codegen_runtime::model::set(map, &mut slots.remove_tags, "remove_tags")
            }
            "time_zone" => {
                codegen_runtime::model::set(map, &mut slots.time_zone, "time_zone")
            }
            "location" => {
                codegen_runtime::model::set(map, &mut slots.location, "location")
            }
            "device_group" => {
                codegen_runtime::model::set(map, &mut slots.device_group, "device_group")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            name: slots.name.flatten(),
            tags: slots.tags.flatten(),
            add_tags: slots.add_tags.flatten(),
            remove_tags: slots.remove_tags.flatten(),
            time_zone: slots.time_zone.flatten(),
            location: slots.location.flatten(),
            device_group: slots.device_group.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for DevicePatch {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A whole device for PUT; fields left out go back to their defaults.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DevicePut {
    /// `name`
    pub name: String,
    /// `device_group`
    pub device_group: i64,
    /// Default: `[]`.
    pub tags: Option<Vec<String>>,
    /// `time_zone`
    pub time_zone: Option<String>,
    /// Default: `""`.
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

    /// Default: `[]`.
    pub fn tags(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.tags = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `time_zone`.
    pub fn time_zone(mut self, value: impl Into<String>) -> Self {
        self.time_zone = Some(value.into());
        self
    }

    /// Default: `""`.
    pub fn location(mut self, value: impl Into<String>) -> Self {
        self.location = Some(value.into());
        self
    }
}

impl serde::Serialize for DevicePut {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "name", &self.name)?;
        codegen_runtime::model::entry(&mut map, "device_group", &self.device_group)?;
        codegen_runtime::model::present(&mut map, "tags", &self.tags)?;
        codegen_runtime::model::present(&mut map, "time_zone", &self.time_zone)?;
        codegen_runtime::model::present(&mut map, "location", &self.location)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`DevicePut`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __DevicePutSlots {
    name: Option<String>,
    device_group: Option<i64>,
    tags: Option<Option<Vec<String>>>,
    time_zone: Option<Option<String>>,
    location: Option<Option<String>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for DevicePut {
    const NAME: &'static str = "DevicePut";
    type Slots = __DevicePutSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "device_group" => {
                codegen_runtime::model::set(map, &mut slots.device_group, "device_group")
            }
            "tags" => codegen_runtime::model::set(map, &mut slots.tags, "tags"),
            "time_zone" => {
                codegen_runtime::model::set(map, &mut slots.time_zone, "time_zone")
            }
            "location" => {
                codegen_runtime::model::set(map, &mut slots.location, "location")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            name: codegen_runtime::model::required(slots.name, "name")?,
            device_group: codegen_runtime::model::required(
                slots.device_group,
                "device_group",
            )?,
            tags: slots.tags.flatten(),
            time_zone: slots.time_zone.flatten(),
            location: slots.location.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for DevicePut {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A device group for POST and PUT.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DeviceGroupWrite {
    /// `name`
    pub name: String,
    /// Default: `[]`.
    pub devices: Option<Vec<String>>,
    /// Default: `true`.
    pub notify_admins_battery: Option<bool>,
    /// Default: `true`.
    pub notify_last_pilot: Option<bool>,
    /// `notify_users`
    ///
    /// Constraints: each item: format `email`.
    pub notify_users: Option<Vec<String>>,
    /// Default: `[]`.
    ///
    /// Constraints: each item: format `email`.
    pub answer_users: Option<Vec<String>>,
    /// Default: `["a"]`.
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

    /// Default: `[]`.
    pub fn devices(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.devices = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Default: `true`.
    pub fn notify_admins_battery(mut self, value: impl Into<bool>) -> Self {
        self.notify_admins_battery = Some(value.into());
        self
    }

    /// Default: `true`.
    pub fn notify_last_pilot(mut self, value: impl Into<bool>) -> Self {
        self.notify_last_pilot = Some(value.into());
        self
    }

    /// Sets `notify_users`.
    pub fn notify_users(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.notify_users = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Default: `[]`.
    pub fn answer_users(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.answer_users = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Default: `["a"]`.
    pub fn allowed_auth(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.allowed_auth = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

impl serde::Serialize for DeviceGroupWrite {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "devices", &self.devices)?;
        codegen_runtime::model::present(
            &mut map,
            "notify_admins_battery",
            &self.notify_admins_battery,
        )?;
        codegen_runtime::model::present(
            &mut map,
            "notify_last_pilot",
            &self.notify_last_pilot,
        )?;
        codegen_runtime::model::present(&mut map, "notify_users", &self.notify_users)?;
        codegen_runtime::model::present(&mut map, "answer_users", &self.answer_users)?;
        codegen_runtime::model::present(&mut map, "allowed_auth", &self.allowed_auth)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`DeviceGroupWrite`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __DeviceGroupWriteSlots {
    name: Option<String>,
    devices: Option<Option<Vec<String>>>,
    notify_admins_battery: Option<Option<bool>>,
    notify_last_pilot: Option<Option<bool>>,
    notify_users: Option<Option<Vec<String>>>,
    answer_users: Option<Option<Vec<String>>>,
    allowed_auth: Option<Option<Vec<String>>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for DeviceGroupWrite {
    const NAME: &'static str = "DeviceGroupWrite";
    type Slots = __DeviceGroupWriteSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "devices" => codegen_runtime::model::set(map, &mut slots.devices, "devices"),
            "notify_admins_battery" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.notify_admins_battery,
                    "notify_admins_battery",
                )
            }
            "notify_last_pilot" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.notify_last_pilot,
                    "notify_last_pilot",
                )
            }
            "notify_users" => {
                codegen_runtime::model::set(map, &mut slots.notify_users, "notify_users")
            }
            "answer_users" => {
                codegen_runtime::model::set(map, &mut slots.answer_users, "answer_users")
            }
            "allowed_auth" => {
                codegen_runtime::model::set(map, &mut slots.allowed_auth, "allowed_auth")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            name: codegen_runtime::model::required(slots.name, "name")?,
            devices: slots.devices.flatten(),
            notify_admins_battery: slots.notify_admins_battery.flatten(),
            notify_last_pilot: slots.notify_last_pilot.flatten(),
            notify_users: slots.notify_users.flatten(),
            answer_users: slots.answer_users.flatten(),
            allowed_auth: slots.allowed_auth.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for DeviceGroupWrite {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// The fields of a device group that PATCH changes.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DeviceGroupPatch {
    /// `name`
    pub name: Option<String>,
    /// `devices`
    pub devices: Option<Vec<String>>,
    /// `add_devices`
    pub add_devices: Option<Vec<String>>,
    /// `remove_devices`
    pub remove_devices: Option<Vec<String>>,
    /// `notify_admins_battery`
    pub notify_admins_battery: Option<bool>,
    /// `notify_last_pilot`
    pub notify_last_pilot: Option<bool>,
    /// `notify_users`
    ///
    /// Constraints: each item: format `email`.
    pub notify_users: Option<Vec<String>>,
    /// `add_notify_users`
    ///
    /// Constraints: each item: format `email`.
    pub add_notify_users: Option<Vec<String>>,
    /// `remove_notify_users`
    ///
    /// Constraints: each item: format `email`.
    pub remove_notify_users: Option<Vec<String>>,
    /// `answer_users`
    ///
    /// Constraints: each item: format `email`.
    pub answer_users: Option<Vec<String>>,
    /// `add_answer_users`
    ///
    /// Constraints: each item: format `email`.
    pub add_answer_users: Option<Vec<String>>,
    /// `remove_answer_users`
    ///
    /// Constraints: each item: format `email`.
    pub remove_answer_users: Option<Vec<String>>,
    /// `allowed_auth`
    pub allowed_auth: Option<Vec<String>>,
}

impl DeviceGroupPatch {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `devices`.
    pub fn devices(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.devices = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `add_devices`.
    pub fn add_devices(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.add_devices = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `remove_devices`.
    pub fn remove_devices(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.remove_devices = Some(value.into_iter().map(Into::into).collect());
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
    pub fn notify_users(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.notify_users = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `add_notify_users`.
    pub fn add_notify_users(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.add_notify_users = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `remove_notify_users`.
    pub fn remove_notify_users(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.remove_notify_users = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `answer_users`.
    pub fn answer_users(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.answer_users = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `add_answer_users`.
    pub fn add_answer_users(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.add_answer_users = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `remove_answer_users`.
    pub fn remove_answer_users(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.remove_answer_users = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `allowed_auth`.
    pub fn allowed_auth(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.allowed_auth = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

impl serde::Serialize for DeviceGroupPatch {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "devices", &self.devices)?;
        codegen_runtime::model::present(&mut map, "add_devices", &self.add_devices)?;
        codegen_runtime::model::present(
            &mut map,
            "remove_devices",
            &self.remove_devices,
        )?;
        codegen_runtime::model::present(
            &mut map,
            "notify_admins_battery",
            &self.notify_admins_battery,
        )?;
        codegen_runtime::model::present(
            &mut map,
            "notify_last_pilot",
            &self.notify_last_pilot,
        )?;
        codegen_runtime::model::present(&mut map, "notify_users", &self.notify_users)?;
        codegen_runtime::model::present(
            &mut map,
            "add_notify_users",
            &self.add_notify_users,
        )?;
        codegen_runtime::model::present(
            &mut map,
            "remove_notify_users",
            &self.remove_notify_users,
        )?;
        codegen_runtime::model::present(&mut map, "answer_users", &self.answer_users)?;
        codegen_runtime::model::present(
            &mut map,
            "add_answer_users",
            &self.add_answer_users,
        )?;
        codegen_runtime::model::present(
            &mut map,
            "remove_answer_users",
            &self.remove_answer_users,
        )?;
        codegen_runtime::model::present(&mut map, "allowed_auth", &self.allowed_auth)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`DeviceGroupPatch`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __DeviceGroupPatchSlots {
    name: Option<Option<String>>,
    devices: Option<Option<Vec<String>>>,
    add_devices: Option<Option<Vec<String>>>,
    remove_devices: Option<Option<Vec<String>>>,
    notify_admins_battery: Option<Option<bool>>,
    notify_last_pilot: Option<Option<bool>>,
    notify_users: Option<Option<Vec<String>>>,
    add_notify_users: Option<Option<Vec<String>>>,
    remove_notify_users: Option<Option<Vec<String>>>,
    answer_users: Option<Option<Vec<String>>>,
    add_answer_users: Option<Option<Vec<String>>>,
    remove_answer_users: Option<Option<Vec<String>>>,
    allowed_auth: Option<Option<Vec<String>>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for DeviceGroupPatch {
    const NAME: &'static str = "DeviceGroupPatch";
    type Slots = __DeviceGroupPatchSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "devices" => codegen_runtime::model::set(map, &mut slots.devices, "devices"),
            "add_devices" => {
                codegen_runtime::model::set(map, &mut slots.add_devices, "add_devices")
            }
            "remove_devices" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.remove_devices,
                    "remove_devices",
                )
            }
            "notify_admins_battery" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.notify_admins_battery,
                    "notify_admins_battery",
                )
            }
            "notify_last_pilot" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.notify_last_pilot,
                    "notify_last_pilot",
                )
            }
            "notify_users" => {
                codegen_runtime::model::set(map, &mut slots.notify_users, "notify_users")
            }
            "add_notify_users" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.add_notify_users,
                    "add_notify_users",
                )
            }
            "remove_notify_users" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.remove_notify_users,
                    "remove_notify_users",
                )
            }
            "answer_users" => {
                codegen_runtime::model::set(map, &mut slots.answer_users, "answer_users")
            }
            "add_answer_users" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.add_answer_users,
                    "add_answer_users",
                )
            }
            "remove_answer_users" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.remove_answer_users,
                    "remove_answer_users",
                )
            }
            "allowed_auth" => {
                codegen_runtime::model::set(map, &mut slots.allowed_auth, "allowed_auth")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            name: slots.name.flatten(),
            devices: slots.devices.flatten(),
            add_devices: slots.add_devices.flatten(),
            remove_devices: slots.remove_devices.flatten(),
            notify_admins_battery: slots.notify_admins_battery.flatten(),
            notify_last_pilot: slots.notify_last_pilot.flatten(),
            notify_users: slots.notify_users.flatten(),
            add_notify_users: slots.add_notify_users.flatten(),
            remove_notify_users: slots.remove_notify_users.flatten(),
            answer_users: slots.answer_users.flatten(),
            add_answer_users: slots.add_answer_users.flatten(),
            remove_answer_users: slots.remove_answer_users.flatten(),
            allowed_auth: slots.allowed_auth.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for DeviceGroupPatch {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A group of users.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserGroup {
    /// `id`
    ///
    /// Set by the server.
    pub id: i64,
    /// `name`
    pub name: String,
    /// Emails of the members.
    ///
    /// Default: `[]`.
    ///
    /// Constraints: each item: format `email`.
    pub users: Option<Vec<String>>,
}

impl UserGroup {
    /// A `UserGroup` with its required fields; set the optional ones with the methods named after them.
    pub fn new(id: impl Into<i64>, name: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            users: None,
        }
    }

    /// Emails of the members.
    ///
    /// Default: `[]`.
    pub fn users(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.users = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for UserGroup {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "id", &self.id)?;
        codegen_runtime::model::entry(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "users", &self.users)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`UserGroup`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __UserGroupSlots {
    id: Option<i64>,
    name: Option<String>,
    users: Option<Option<Vec<String>>>,
}

impl codegen_runtime::model::Object for UserGroup {
    const NAME: &'static str = "UserGroup";
    type Slots = __UserGroupSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => {
                codegen_runtime::model::set_with(
                    map,
                    &mut slots.id,
                    "id",
                    codegen_runtime::lenient::IntegerSeed::default(),
                )
            }
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "users" => codegen_runtime::model::set(map, &mut slots.users, "users"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: codegen_runtime::model::required(slots.id, "id")?,
            name: codegen_runtime::model::required(slots.name, "name")?,
            users: slots.users.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for UserGroup {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A user group for POST and PUT.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserGroupWrite {
    /// `name`
    pub name: String,
    /// Default: `[]`.
    ///
    /// Constraints: each item: format `email`.
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

    /// Default: `[]`.
    pub fn users(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.users = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

impl serde::Serialize for UserGroupWrite {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "users", &self.users)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`UserGroupWrite`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __UserGroupWriteSlots {
    name: Option<String>,
    users: Option<Option<Vec<String>>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for UserGroupWrite {
    const NAME: &'static str = "UserGroupWrite";
    type Slots = __UserGroupWriteSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "users" => codegen_runtime::model::set(map, &mut slots.users, "users"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            name: codegen_runtime::model::required(slots.name, "name")?,
            users: slots.users.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for UserGroupWrite {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// The fields of a user group that PATCH changes.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserGroupPatch {
    /// `name`
    pub name: Option<String>,
    /// `users`
    ///
    /// Constraints: each item: format `email`.
    pub users: Option<Vec<String>>,
    /// `add_users`
    ///
    /// Constraints: each item: format `email`.
    pub add_users: Option<Vec<String>>,
    /// `remove_users`
    ///
    /// Constraints: each item: format `email`.
    pub remove_users: Option<Vec<String>>,
}

impl UserGroupPatch {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `users`.
    pub fn users(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.users = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `add_users`.
    pub fn add_users(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.add_users = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `remove_users`.
    pub fn remove_users(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.remove_users = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

impl serde::Serialize for UserGroupPatch {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "users", &self.users)?;
        codegen_runtime::model::present(&mut map, "add_users", &self.add_users)?;
        codegen_runtime::model::present(&mut map, "remove_users", &self.remove_users)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`UserGroupPatch`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __UserGroupPatchSlots {
    name: Option<Option<String>>,
    users: Option<Option<Vec<String>>>,
    add_users: Option<Option<Vec<String>>>,
    remove_users: Option<Option<Vec<String>>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for UserGroupPatch {
    const NAME: &'static str = "UserGroupPatch";
    type Slots = __UserGroupPatchSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "users" => codegen_runtime::model::set(map, &mut slots.users, "users"),
            "add_users" => {
                codegen_runtime::model::set(map, &mut slots.add_users, "add_users")
            }
            "remove_users" => {
                codegen_runtime::model::set(map, &mut slots.remove_users, "remove_users")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            name: slots.name.flatten(),
            users: slots.users.flatten(),
            add_users: slots.add_users.flatten(),
            remove_users: slots.remove_users.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for UserGroupPatch {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// The member user's email, or the user with `inline=user`; null for a user group membership.
///
/// Constraints: format `email`.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
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

#[cfg(feature = "full-serde")]
impl serde::Serialize for DeviceGroupMembershipUser {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(value) => serde::Serialize::serialize(value, serializer),
            Self::User(value) => serde::Serialize::serialize(value, serializer),
            Self::Unknown(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for DeviceGroupMembershipUser {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = codegen_runtime::model::buffer(deserializer)?;
        if let Some(value) = codegen_runtime::model::try_variant(&value) {
            return Ok(Self::String(value));
        }
        if let Some(value) = codegen_runtime::model::try_variant(&value) {
            return Ok(Self::User(value));
        }
        Ok(Self::Unknown(value.into_json()))
    }
}

/// The member user group's ID, or the group with `inline=user_group`; null for a user membership.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeviceGroupMembershipUserGroup {
    /// A `i64`.
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

#[cfg(feature = "full-serde")]
impl serde::Serialize for DeviceGroupMembershipUserGroup {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Integer(value) => serde::Serialize::serialize(value, serializer),
            Self::UserGroup(value) => serde::Serialize::serialize(value, serializer),
            Self::Unknown(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for DeviceGroupMembershipUserGroup {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = codegen_runtime::model::buffer(deserializer)?;
        if let Ok(value) = codegen_runtime::lenient::integer(&value) {
            return Ok(Self::Integer(value));
        }
        if let Some(value) = codegen_runtime::model::try_variant(&value) {
            return Ok(Self::UserGroup(value));
        }
        Ok(Self::Unknown(value.into_json()))
    }
}

/// The membership ID, or the membership with `inline=device_group_membership`.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
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

#[cfg(feature = "full-serde")]
impl serde::Serialize for AccessTimeDeviceGroupMembership {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Integer(value) => serde::Serialize::serialize(value, serializer),
            Self::DeviceGroupMembership(value) => {
                serde::Serialize::serialize(value, serializer)
            }
            Self::Unknown(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for AccessTimeDeviceGroupMembership {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = codegen_runtime::model::buffer(deserializer)?;
        if let Some(value) = codegen_runtime::model::try_variant(&value) {
            return Ok(Self::Integer(value));
        }
        if let Some(value) = codegen_runtime::model::try_variant(&value) {
            return Ok(Self::DeviceGroupMembership(value));
        }
        Ok(Self::Unknown(value.into_json()))
    }
}

/// When a membership gives access; if both times are null, the whole day.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct AccessTime {
    /// `id`
    ///
    /// Set by the server.
    pub id: i64,
    /// The membership ID, or the membership with `inline=device_group_membership`.
    pub device_group_membership: AccessTimeDeviceGroupMembership,
    /// The rule applies on Sundays.
    ///
    /// Default: `true`.
    pub sunday: Option<bool>,
    /// The rule applies on Mondays.
    ///
    /// Default: `true`.
    pub monday: Option<bool>,
    /// The rule applies on Tuesdays.
    ///
    /// Default: `true`.
    pub tuesday: Option<bool>,
    /// The rule applies on Wednesdays.
    ///
    /// Default: `true`.
    pub wednesday: Option<bool>,
    /// The rule applies on Thursdays.
    ///
    /// Default: `true`.
    pub thursday: Option<bool>,
    /// The rule applies on Fridays.
    ///
    /// Default: `true`.
    pub friday: Option<bool>,
    /// The rule applies on Saturdays.
    ///
    /// Default: `true`.
    pub saturday: Option<bool>,
    /// A 24-hour time of day, `HH:MM:SS`, or null.
    ///
    /// Constraints: matches `^\d{2}:\d{2}:\d{2}$`.
    pub start_time: Option<String>,
    /// A 24-hour time of day, `HH:MM:SS`, or null.
    ///
    /// Constraints: matches `^\d{2}:\d{2}:\d{2}$`.
    pub end_time: Option<String>,
    /// Default: `false`.
    pub answer_required: Option<bool>,
}

impl AccessTime {
    /// A `AccessTime` with its required fields; set the optional ones with the methods named after them.
    pub fn new(
        id: impl Into<i64>,
        device_group_membership: impl Into<AccessTimeDeviceGroupMembership>,
    ) -> Self {
        Self {
            id: id.into(),
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

    /// The rule applies on Sundays.
    ///
    /// Default: `true`.
    pub fn sunday(mut self, value: impl Into<bool>) -> Self {
        self.sunday = Some(value.into());
        self
    }

    /// The rule applies on Mondays.
    ///
    /// Default: `true`.
    pub fn monday(mut self, value: impl Into<bool>) -> Self {
        self.monday = Some(value.into());
        self
    }

    /// The rule applies on Tuesdays.
    ///
    /// Default: `true`.
    pub fn tuesday(mut self, value: impl Into<bool>) -> Self {
        self.tuesday = Some(value.into());
        self
    }

    /// The rule applies on Wednesdays.
    ///
    /// Default: `true`.
    pub fn wednesday(mut self, value: impl Into<bool>) -> Self {
        self.wednesday = Some(value.into());
        self
    }

    /// The rule applies on Thursdays.
    ///
    /// Default: `true`.
    pub fn thursday(mut self, value: impl Into<bool>) -> Self {
        self.thursday = Some(value.into());
        self
    }

    /// The rule applies on Fridays.
    ///
    /// Default: `true`.
    pub fn friday(mut self, value: impl Into<bool>) -> Self {
        self.friday = Some(value.into());
        self
    }

    /// The rule applies on Saturdays.
    ///
    /// Default: `true`.
    pub fn saturday(mut self, value: impl Into<bool>) -> Self {
        self.saturday = Some(value.into());
        self
    }

    /// A 24-hour time of day, `HH:MM:SS`, or null.
    pub fn start_time(mut self, value: impl Into<String>) -> Self {
        self.start_time = Some(value.into());
        self
    }

    /// A 24-hour time of day, `HH:MM:SS`, or null.
    pub fn end_time(mut self, value: impl Into<String>) -> Self {
        self.end_time = Some(value.into());
        self
    }

    /// Default: `false`.
    pub fn answer_required(mut self, value: impl Into<bool>) -> Self {
        self.answer_required = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for AccessTime {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "id", &self.id)?;
        codegen_runtime::model::entry(
            &mut map,
            "device_group_membership",
            &self.device_group_membership,
        )?;
        codegen_runtime::model::present(&mut map, "sunday", &self.sunday)?;
        codegen_runtime::model::present(&mut map, "monday", &self.monday)?;
        codegen_runtime::model::present(&mut map, "tuesday", &self.tuesday)?;
        codegen_runtime::model::present(&mut map, "wednesday", &self.wednesday)?;
        codegen_runtime::model::present(&mut map, "thursday", &self.thursday)?;
        codegen_runtime::model::present(&mut map, "friday", &self.friday)?;
        codegen_runtime::model::present(&mut map, "saturday", &self.saturday)?;
        codegen_runtime::model::present(&mut map, "start_time", &self.start_time)?;
        codegen_runtime::model::present(&mut map, "end_time", &self.end_time)?;
        codegen_runtime::model::present(
            &mut map,
            "answer_required",
            &self.answer_required,
        )?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`AccessTime`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __AccessTimeSlots {
    id: Option<i64>,
    device_group_membership: Option<AccessTimeDeviceGroupMembership>,
    sunday: Option<Option<bool>>,
    monday: Option<Option<bool>>,
    tuesday: Option<Option<bool>>,
    wednesday: Option<Option<bool>>,
    thursday: Option<Option<bool>>,
    friday: Option<Option<bool>>,
    saturday: Option<Option<bool>>,
    start_time: Option<Option<String>>,
    end_time: Option<Option<String>>,
    answer_required: Option<Option<bool>>,
}

impl codegen_runtime::model::Object for AccessTime {
    const NAME: &'static str = "AccessTime";
    type Slots = __AccessTimeSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "device_group_membership" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.device_group_membership,
                    "device_group_membership",
                )
            }
            "sunday" => codegen_runtime::model::set(map, &mut slots.sunday, "sunday"),
            "monday" => codegen_runtime::model::set(map, &mut slots.monday, "monday"),
            "tuesday" => codegen_runtime::model::set(map, &mut slots.tuesday, "tuesday"),
            "wednesday" => {
                codegen_runtime::model::set(map, &mut slots.wednesday, "wednesday")
            }
            "thursday" => {
                codegen_runtime::model::set(map, &mut slots.thursday, "thursday")
            }
            "friday" => codegen_runtime::model::set(map, &mut slots.friday, "friday"),
            "saturday" => {
                codegen_runtime::model::set(map, &mut slots.saturday, "saturday")
            }
            "start_time" => {
                codegen_runtime::model::set(map, &mut slots.start_time, "start_time")
            }
            "end_time" => {
                codegen_runtime::model::set(map, &mut slots.end_time, "end_time")
            }
            "answer_required" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.answer_required,
                    "answer_required",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: codegen_runtime::model::required(slots.id, "id")?,
            device_group_membership: codegen_runtime::model::required(
                slots.device_group_membership,
                "device_group_membership",
            )?,
            sunday: slots.sunday.flatten(),
            monday: slots.monday.flatten(),
            tuesday: slots.tuesday.flatten(),
            wednesday: slots.wednesday.flatten(),
            thursday: slots.thursday.flatten(),
            friday: slots.friday.flatten(),
            saturday: slots.saturday.flatten(),
            start_time: slots.start_time.flatten(),
            end_time: slots.end_time.flatten(),
            answer_required: slots.answer_required.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for AccessTime {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `#/components/schemas/DeviceGroupMembership/properties/access_times/items`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
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

#[cfg(feature = "full-serde")]
impl serde::Serialize for DeviceGroupMembershipAccessTimesItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Integer(value) => serde::Serialize::serialize(value, serializer),
            Self::AccessTime(value) => serde::Serialize::serialize(value, serializer),
            Self::Unknown(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for DeviceGroupMembershipAccessTimesItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = codegen_runtime::model::buffer(deserializer)?;
        if let Some(value) = codegen_runtime::model::try_variant(&value) {
            return Ok(Self::Integer(value));
        }
        if let Some(value) = codegen_runtime::model::try_variant(&value) {
            return Ok(Self::AccessTime(value));
        }
        Ok(Self::Unknown(value.into_json()))
    }
}

/// Membership of a user or a user group in a device group.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DeviceGroupMembership {
    /// `id`
    ///
    /// Set by the server.
    pub id: i64,
    /// The device group ID, or the group with `inline=device_group`.
    pub device_group: DeviceGroupValue,
    /// The member user's email, or the user with `inline=user`; null for a user group membership.
    ///
    /// Constraints: format `email`.
    pub user: Option<DeviceGroupMembershipUser>,
    /// The member user group's ID, or the group with `inline=user_group`; null for a user membership.
    pub user_group: Option<DeviceGroupMembershipUserGroup>,
    /// Access time IDs, or the access times with `inline=access_times`.
    ///
    /// Set by the server.
    pub access_times: Option<Vec<DeviceGroupMembershipAccessTimesItem>>,
}

impl DeviceGroupMembership {
    /// A `DeviceGroupMembership` with its required fields; set the optional ones with the methods named after them.
    pub fn new(id: impl Into<i64>, device_group: impl Into<DeviceGroupValue>) -> Self {
        Self {
            id: id.into(),
            device_group: device_group.into(),
            user: None,
            user_group: None,
            access_times: None,
        }
    }

    /// The member user's email, or the user with `inline=user`; null for a user group membership.
    pub fn user(mut self, value: impl Into<DeviceGroupMembershipUser>) -> Self {
        self.user = Some(value.into());
        self
    }

    /// The member user group's ID, or the group with `inline=user_group`; null for a user membership.
    pub fn user_group(
        mut self,
        value: impl Into<DeviceGroupMembershipUserGroup>,
    ) -> Self {
        self.user_group = Some(value.into());
        self
    }

    /// Access time IDs, or the access times with `inline=access_times`.
    pub fn access_times(
        mut self,
        value: impl IntoIterator<Item = impl Into<DeviceGroupMembershipAccessTimesItem>>,
    ) -> Self {
        self.access_times = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for DeviceGroupMembership {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "id", &self.id)?;
        codegen_runtime::model::entry(&mut map, "device_group", &self.device_group)?;
        codegen_runtime::model::present(&mut map, "user", &self.user)?;
        codegen_runtime::model::present(&mut map, "user_group", &self.user_group)?;
        codegen_runtime::model::present(&mut map, "access_times", &self.access_times)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`DeviceGroupMembership`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __DeviceGroupMembershipSlots {
    id: Option<i64>,
    device_group: Option<DeviceGroupValue>,
    user: Option<Option<DeviceGroupMembershipUser>>,
    user_group: Option<Option<DeviceGroupMembershipUserGroup>>,
    access_times: Option<Option<Vec<DeviceGroupMembershipAccessTimesItem>>>,
}

impl codegen_runtime::model::Object for DeviceGroupMembership {
    const NAME: &'static str = "DeviceGroupMembership";
    type Slots = __DeviceGroupMembershipSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "device_group" => {
                codegen_runtime::model::set(map, &mut slots.device_group, "device_group")
            }
            "user" => codegen_runtime::model::set(map, &mut slots.user, "user"),
            "user_group" => {
                codegen_runtime::model::set(map, &mut slots.user_group, "user_group")
            }
            "access_times" => {
                codegen_runtime::model::set(map, &mut slots.access_times, "access_times")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: codegen_runtime::model::required(slots.id, "id")?,
            device_group: codegen_runtime::model::required(
                slots.device_group,
                "device_group",
            )?,
            user: slots.user.flatten(),
            user_group: slots.user_group.flatten(),
            access_times: slots.access_times.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for DeviceGroupMembership {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A membership for POST and PUT.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct MembershipWrite {
    /// `device_group`
    pub device_group: i64,
    /// The member's email; set exactly one of `user` and `user_group`.
    ///
    /// Constraints: format `email`.
    pub user: Option<Option<String>>,
    /// The member user group's ID.
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

    /// The member's email; set exactly one of `user` and `user_group`.
    ///
    /// `user_null()` sends `null`; unset, it is left out.
    pub fn user(mut self, value: impl Into<String>) -> Self {
        self.user = Some(Some(value.into()));
        self
    }

    /// Sends `user` as `null` (unset, it is left out).
    pub fn user_null(mut self) -> Self {
        self.user = Some(None);
        self
    }

    /// The member user group's ID.
    ///
    /// `user_group_null()` sends `null`; unset, it is left out.
    pub fn user_group(mut self, value: impl Into<i64>) -> Self {
        self.user_group = Some(Some(value.into()));
        self
    }

    /// Sends `user_group` as `null` (unset, it is left out).
    pub fn user_group_null(mut self) -> Self {
        self.user_group = Some(None);
        self
    }
}

impl serde::Serialize for MembershipWrite {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "device_group", &self.device_group)?;
        codegen_runtime::model::present(&mut map, "user", &self.user)?;
        codegen_runtime::model::present(&mut map, "user_group", &self.user_group)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`MembershipWrite`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __MembershipWriteSlots {
    device_group: Option<i64>,
    user: Option<Option<String>>,
    user_group: Option<Option<i64>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for MembershipWrite {
    const NAME: &'static str = "MembershipWrite";
    type Slots = __MembershipWriteSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "device_group" => {
                codegen_runtime::model::set(map, &mut slots.device_group, "device_group")
            }
            "user" => codegen_runtime::model::set(map, &mut slots.user, "user"),
            "user_group" => {
                codegen_runtime::model::set(map, &mut slots.user_group, "user_group")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            device_group: codegen_runtime::model::required(
                slots.device_group,
                "device_group",
            )?,
            user: slots.user,
            user_group: slots.user_group,
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for MembershipWrite {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// The fields of a membership that PATCH changes.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct MembershipPatch {
    /// `device_group`
    pub device_group: Option<i64>,
    /// `user`
    ///
    /// Constraints: format `email`.
    pub user: Option<Option<String>>,
    /// `user_group`
    pub user_group: Option<Option<i64>>,
}

impl MembershipPatch {
    /// Sets `device_group`.
    pub fn device_group(mut self, value: impl Into<i64>) -> Self {
        self.device_group = Some(value.into());
        self
    }

    /// Sets `user` to a value (`user_null()` sends `null`; unset, it is left out).
    pub fn user(mut self, value: impl Into<String>) -> Self {
        self.user = Some(Some(value.into()));
        self
    }

    /// Sends `user` as `null` (unset, it is left out).
    pub fn user_null(mut self) -> Self {
        self.user = Some(None);
        self
    }

    /// Sets `user_group` to a value (`user_group_null()` sends `null`; unset, it is left out).
    pub fn user_group(mut self, value: impl Into<i64>) -> Self {
        self.user_group = Some(Some(value.into()));
        self
    }

    /// Sends `user_group` as `null` (unset, it is left out).
    pub fn user_group_null(mut self) -> Self {
        self.user_group = Some(None);
        self
    }
}

impl serde::Serialize for MembershipPatch {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "device_group", &self.device_group)?;
        codegen_runtime::model::present(&mut map, "user", &self.user)?;
        codegen_runtime::model::present(&mut map, "user_group", &self.user_group)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`MembershipPatch`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __MembershipPatchSlots {
    device_group: Option<Option<i64>>,
    user: Option<Option<String>>,
    user_group: Option<Option<i64>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for MembershipPatch {
    const NAME: &'static str = "MembershipPatch";
    type Slots = __MembershipPatchSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "device_group" => {
                codegen_runtime::model::set(map, &mut slots.device_group, "device_group")
            }
            "user" => codegen_runtime::model::set(map, &mut slots.user, "user"),
            "user_group" => {
                codegen_runtime::model::set(map, &mut slots.user_group, "user_group")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            device_group: slots.device_group.flatten(),
            user: slots.user,
            user_group: slots.user_group,
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for MembershipPatch {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Many memberships to create in one call.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct MembershipBulk {
    /// `objects`
    pub objects: Vec<MembershipWrite>,
}

impl MembershipBulk {
    /// A `MembershipBulk` with its required fields; set the optional ones with the methods named after them.
    pub fn new(objects: impl IntoIterator<Item = impl Into<MembershipWrite>>) -> Self {
        Self {
            objects: objects.into_iter().map(Into::into).collect(),
        }
    }
}

impl serde::Serialize for MembershipBulk {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "objects", &self.objects)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`MembershipBulk`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __MembershipBulkSlots {
    objects: Option<Vec<MembershipWrite>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for MembershipBulk {
    const NAME: &'static str = "MembershipBulk";
    type Slots = __MembershipBulkSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "objects" => codegen_runtime::model::set(map, &mut slots.objects, "objects"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            objects: codegen_runtime::model::required(slots.objects, "objects")?,
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for MembershipBulk {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// An access time for POST and PUT.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct AccessTimeWrite {
    /// `device_group_membership`
    pub device_group_membership: i64,
    /// The rule applies on Sundays.
    ///
    /// Default: `true`.
    pub sunday: Option<bool>,
    /// The rule applies on Mondays.
    ///
    /// Default: `true`.
    pub monday: Option<bool>,
    /// The rule applies on Tuesdays.
    ///
    /// Default: `true`.
    pub tuesday: Option<bool>,
    /// The rule applies on Wednesdays.
    ///
    /// Default: `true`.
    pub wednesday: Option<bool>,
    /// The rule applies on Thursdays.
    ///
    /// Default: `true`.
    pub thursday: Option<bool>,
    /// The rule applies on Fridays.
    ///
    /// Default: `true`.
    pub friday: Option<bool>,
    /// The rule applies on Saturdays.
    ///
    /// Default: `true`.
    pub saturday: Option<bool>,
    /// A 24-hour time of day, `HH:MM:SS`, or null.
    ///
    /// Constraints: matches `^\d{2}:\d{2}:\d{2}$`.
    pub start_time: Option<Option<String>>,
    /// A 24-hour time of day, `HH:MM:SS`, or null.
    ///
    /// Constraints: matches `^\d{2}:\d{2}:\d{2}$`.
    pub end_time: Option<Option<String>>,
    /// Default: `false`.
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

    /// The rule applies on Sundays.
    ///
    /// Default: `true`.
    pub fn sunday(mut self, value: impl Into<bool>) -> Self {
        self.sunday = Some(value.into());
        self
    }

    /// The rule applies on Mondays.
    ///
    /// Default: `true`.
    pub fn monday(mut self, value: impl Into<bool>) -> Self {
        self.monday = Some(value.into());
        self
    }

    /// The rule applies on Tuesdays.
    ///
    /// Default: `true`.
    pub fn tuesday(mut self, value: impl Into<bool>) -> Self {
        self.tuesday = Some(value.into());
        self
    }

    /// The rule applies on Wednesdays.
    ///
    /// Default: `true`.
    pub fn wednesday(mut self, value: impl Into<bool>) -> Self {
        self.wednesday = Some(value.into());
        self
    }

    /// The rule applies on Thursdays.
    ///
    /// Default: `true`.
    pub fn thursday(mut self, value: impl Into<bool>) -> Self {
        self.thursday = Some(value.into());
        self
    }

    /// The rule applies on Fridays.
    ///
    /// Default: `true`.
    pub fn friday(mut self, value: impl Into<bool>) -> Self {
        self.friday = Some(value.into());
        self
    }

    /// The rule applies on Saturdays.
    ///
    /// Default: `true`.
    pub fn saturday(mut self, value: impl Into<bool>) -> Self {
        self.saturday = Some(value.into());
        self
    }

    /// A 24-hour time of day, `HH:MM:SS`, or null.
    ///
    /// `start_time_null()` sends `null`; unset, it is left out.
    pub fn start_time(mut self, value: impl Into<String>) -> Self {
        self.start_time = Some(Some(value.into()));
        self
    }

    /// Sends `start_time` as `null` (unset, it is left out).
    pub fn start_time_null(mut self) -> Self {
        self.start_time = Some(None);
        self
    }

    /// A 24-hour time of day, `HH:MM:SS`, or null.
    ///
    /// `end_time_null()` sends `null`; unset, it is left out.
    pub fn end_time(mut self, value: impl Into<String>) -> Self {
        self.end_time = Some(Some(value.into()));
        self
    }

    /// Sends `end_time` as `null` (unset, it is left out).
    pub fn end_time_null(mut self) -> Self {
        self.end_time = Some(None);
        self
    }

    /// Default: `false`.
    pub fn answer_required(mut self, value: impl Into<bool>) -> Self {
        self.answer_required = Some(value.into());
        self
    }
}

impl serde::Serialize for AccessTimeWrite {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(
            &mut map,
            "device_group_membership",
            &self.device_group_membership,
        )?;
        codegen_runtime::model::present(&mut map, "sunday", &self.sunday)?;
        codegen_runtime::model::present(&mut map, "monday", &self.monday)?;
        codegen_runtime::model::present(&mut map, "tuesday", &self.tuesday)?;
        codegen_runtime::model::present(&mut map, "wednesday", &self.wednesday)?;
        codegen_runtime::model::present(&mut map, "thursday", &self.thursday)?;
        codegen_runtime::model::present(&mut map, "friday", &self.friday)?;
        codegen_runtime::model::present(&mut map, "saturday", &self.saturday)?;
        codegen_runtime::model::present(&mut map, "start_time", &self.start_time)?;
        codegen_runtime::model::present(&mut map, "end_time", &self.end_time)?;
        codegen_runtime::model::present(
            &mut map,
            "answer_required",
            &self.answer_required,
        )?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`AccessTimeWrite`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __AccessTimeWriteSlots {
    device_group_membership: Option<i64>,
    sunday: Option<Option<bool>>,
    monday: Option<Option<bool>>,
    tuesday: Option<Option<bool>>,
    wednesday: Option<Option<bool>>,
    thursday: Option<Option<bool>>,
    friday: Option<Option<bool>>,
    saturday: Option<Option<bool>>,
    start_time: Option<Option<String>>,
    end_time: Option<Option<String>>,
    answer_required: Option<Option<bool>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for AccessTimeWrite {
    const NAME: &'static str = "AccessTimeWrite";
    type Slots = __AccessTimeWriteSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "device_group_membership" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.device_group_membership,
                    "device_group_membership",
                )
            }
            "sunday" => codegen_runtime::model::set(map, &mut slots.sunday, "sunday"),
            "monday" => codegen_runtime::model::set(map, &mut slots.monday, "monday"),
            "tuesday" => codegen_runtime::model::set(map, &mut slots.tuesday, "tuesday"),
            "wednesday" => {
                codegen_runtime::model::set(map, &mut slots.wednesday, "wednesday")
            }
            "thursday" => {
                codegen_runtime::model::set(map, &mut slots.thursday, "thursday")
            }
            "friday" => codegen_runtime::model::set(map, &mut slots.friday, "friday"),
            "saturday" => {
                codegen_runtime::model::set(map, &mut slots.saturday, "saturday")
            }
            "start_time" => {
                codegen_runtime::model::set(map, &mut slots.start_time, "start_time")
            }
            "end_time" => {
                codegen_runtime::model::set(map, &mut slots.end_time, "end_time")
            }
            "answer_required" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.answer_required,
                    "answer_required",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            device_group_membership: codegen_runtime::model::required(
                slots.device_group_membership,
                "device_group_membership",
            )?,
            sunday: slots.sunday.flatten(),
            monday: slots.monday.flatten(),
            tuesday: slots.tuesday.flatten(),
            wednesday: slots.wednesday.flatten(),
            thursday: slots.thursday.flatten(),
            friday: slots.friday.flatten(),
            saturday: slots.saturday.flatten(),
            start_time: slots.start_time,
            end_time: slots.end_time,
            answer_required: slots.answer_required.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for AccessTimeWrite {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A device group's default access time.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DefaultAccessTime {
    /// `id`
    ///
    /// Set by the server.
    pub id: i64,
    /// `device_group`
    pub device_group: DeviceGroupValue,
    /// The rule applies on Sundays.
    ///
    /// Default: `true`.
    pub sunday: Option<bool>,
    /// The rule applies on Mondays.
    ///
    /// Default: `true`.
    pub monday: Option<bool>,
    /// The rule applies on Tuesdays.
    ///
    /// Default: `true`.
    pub tuesday: Option<bool>,
    /// The rule applies on Wednesdays.
    ///
    /// Default: `true`.
    pub wednesday: Option<bool>,
    /// The rule applies on Thursdays.
    ///
    /// Default: `true`.
    pub thursday: Option<bool>,
    /// The rule applies on Fridays.
    ///
    /// Default: `true`.
    pub friday: Option<bool>,
    /// The rule applies on Saturdays.
    ///
    /// Default: `true`.
    pub saturday: Option<bool>,
    /// A 24-hour time of day, `HH:MM:SS`, or null.
    ///
    /// Constraints: matches `^\d{2}:\d{2}:\d{2}$`.
    pub start_time: Option<String>,
    /// A 24-hour time of day, `HH:MM:SS`, or null.
    ///
    /// Constraints: matches `^\d{2}:\d{2}:\d{2}$`.
    pub end_time: Option<String>,
    /// Default: `false`.
    pub answer_required: Option<bool>,
}

impl DefaultAccessTime {
    /// A `DefaultAccessTime` with its required fields; set the optional ones with the methods named after them.
    pub fn new(id: impl Into<i64>, device_group: impl Into<DeviceGroupValue>) -> Self {
        Self {
            id: id.into(),
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

    /// The rule applies on Sundays.
    ///
    /// Default: `true`.
    pub fn sunday(mut self, value: impl Into<bool>) -> Self {
        self.sunday = Some(value.into());
        self
    }

    /// The rule applies on Mondays.
    ///
    /// Default: `true`.
    pub fn monday(mut self, value: impl Into<bool>) -> Self {
        self.monday = Some(value.into());
        self
    }

    /// The rule applies on Tuesdays.
    ///
    /// Default: `true`.
    pub fn tuesday(mut self, value: impl Into<bool>) -> Self {
        self.tuesday = Some(value.into());
        self
    }

    /// The rule applies on Wednesdays.
    ///
    /// Default: `true`.
    pub fn wednesday(mut self, value: impl Into<bool>) -> Self {
        self.wednesday = Some(value.into());
        self
    }

    /// The rule applies on Thursdays.
    ///
    /// Default: `true`.
    pub fn thursday(mut self, value: impl Into<bool>) -> Self {
        self.thursday = Some(value.into());
        self
    }

    /// The rule applies on Fridays.
    ///
    /// Default: `true`.
    pub fn friday(mut self, value: impl Into<bool>) -> Self {
        self.friday = Some(value.into());
        self
    }

    /// The rule applies on Saturdays.
    ///
    /// Default: `true`.
    pub fn saturday(mut self, value: impl Into<bool>) -> Self {
        self.saturday = Some(value.into());
        self
    }

    /// A 24-hour time of day, `HH:MM:SS`, or null.
    pub fn start_time(mut self, value: impl Into<String>) -> Self {
        self.start_time = Some(value.into());
        self
    }

    /// A 24-hour time of day, `HH:MM:SS`, or null.
    pub fn end_time(mut self, value: impl Into<String>) -> Self {
        self.end_time = Some(value.into());
        self
    }

    /// Default: `false`.
    pub fn answer_required(mut self, value: impl Into<bool>) -> Self {
        self.answer_required = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for DefaultAccessTime {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "id", &self.id)?;
        codegen_runtime::model::entry(&mut map, "device_group", &self.device_group)?;
        codegen_runtime::model::present(&mut map, "sunday", &self.sunday)?;
        codegen_runtime::model::present(&mut map, "monday", &self.monday)?;
        codegen_runtime::model::present(&mut map, "tuesday", &self.tuesday)?;
        codegen_runtime::model::present(&mut map, "wednesday", &self.wednesday)?;
        codegen_runtime::model::present(&mut map, "thursday", &self.thursday)?;
        codegen_runtime::model::present(&mut map, "friday", &self.friday)?;
        codegen_runtime::model::present(&mut map, "saturday", &self.saturday)?;
        codegen_runtime::model::present(&mut map, "start_time", &self.start_time)?;
        codegen_runtime::model::present(&mut map, "end_time", &self.end_time)?;
        codegen_runtime::model::present(
            &mut map,
            "answer_required",
            &self.answer_required,
        )?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`DefaultAccessTime`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __DefaultAccessTimeSlots {
    id: Option<i64>,
    device_group: Option<DeviceGroupValue>,
    sunday: Option<Option<bool>>,
    monday: Option<Option<bool>>,
    tuesday: Option<Option<bool>>,
    wednesday: Option<Option<bool>>,
    thursday: Option<Option<bool>>,
    friday: Option<Option<bool>>,
    saturday: Option<Option<bool>>,
    start_time: Option<Option<String>>,
    end_time: Option<Option<String>>,
    answer_required: Option<Option<bool>>,
}

impl codegen_runtime::model::Object for DefaultAccessTime {
    const NAME: &'static str = "DefaultAccessTime";
    type Slots = __DefaultAccessTimeSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "device_group" => {
                codegen_runtime::model::set(map, &mut slots.device_group, "device_group")
            }
            "sunday" => codegen_runtime::model::set(map, &mut slots.sunday, "sunday"),
            "monday" => codegen_runtime::model::set(map, &mut slots.monday, "monday"),
            "tuesday" => codegen_runtime::model::set(map, &mut slots.tuesday, "tuesday"),
            "wednesday" => {
                codegen_runtime::model::set(map, &mut slots.wednesday, "wednesday")
            }
            "thursday" => {
                codegen_runtime::model::set(map, &mut slots.thursday, "thursday")
            }
            "friday" => codegen_runtime::model::set(map, &mut slots.friday, "friday"),
            "saturday" => {
                codegen_runtime::model::set(map, &mut slots.saturday, "saturday")
            }
            "start_time" => {
                codegen_runtime::model::set(map, &mut slots.start_time, "start_time")
            }
            "end_time" => {
                codegen_runtime::model::set(map, &mut slots.end_time, "end_time")
            }
            "answer_required" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.answer_required,
                    "answer_required",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: codegen_runtime::model::required(slots.id, "id")?,
            device_group: codegen_runtime::model::required(
                slots.device_group,
                "device_group",
            )?,
            sunday: slots.sunday.flatten(),
            monday: slots.monday.flatten(),
            tuesday: slots.tuesday.flatten(),
            wednesday: slots.wednesday.flatten(),
            thursday: slots.thursday.flatten(),
            friday: slots.friday.flatten(),
            saturday: slots.saturday.flatten(),
            start_time: slots.start_time.flatten(),
            end_time: slots.end_time.flatten(),
            answer_required: slots.answer_required.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for DefaultAccessTime {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A default access time for POST.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DefaultAccessTimeWrite {
    /// `device_group`
    pub device_group: i64,
    /// The rule applies on Sundays.
    ///
    /// Default: `true`.
    pub sunday: Option<bool>,
    /// The rule applies on Mondays.
    ///
    /// Default: `true`.
    pub monday: Option<bool>,
    /// The rule applies on Tuesdays.
    ///
    /// Default: `true`.
    pub tuesday: Option<bool>,
    /// The rule applies on Wednesdays.
    ///
    /// Default: `true`.
    pub wednesday: Option<bool>,
    /// The rule applies on Thursdays.
    ///
    /// Default: `true`.
    pub thursday: Option<bool>,
    /// The rule applies on Fridays.
    ///
    /// Default: `true`.
    pub friday: Option<bool>,
    /// The rule applies on Saturdays.
    ///
    /// Default: `true`.
    pub saturday: Option<bool>,
    /// A 24-hour time of day, `HH:MM:SS`, or null.
    ///
    /// Constraints: matches `^\d{2}:\d{2}:\d{2}$`.
    pub start_time: Option<Option<String>>,
    /// A 24-hour time of day, `HH:MM:SS`, or null.
    ///
    /// Constraints: matches `^\d{2}:\d{2}:\d{2}$`.
    pub end_time: Option<Option<String>>,
    /// Default: `false`.
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

    /// The rule applies on Sundays.
    ///
    /// Default: `true`.
    pub fn sunday(mut self, value: impl Into<bool>) -> Self {
        self.sunday = Some(value.into());
        self
    }

    /// The rule applies on Mondays.
    ///
    /// Default: `true`.
    pub fn monday(mut self, value: impl Into<bool>) -> Self {
        self.monday = Some(value.into());
        self
    }

    /// The rule applies on Tuesdays.
    ///
    /// Default: `true`.
    pub fn tuesday(mut self, value: impl Into<bool>) -> Self {
        self.tuesday = Some(value.into());
        self
    }

    /// The rule applies on Wednesdays.
    ///
    /// Default: `true`.
    pub fn wednesday(mut self, value: impl Into<bool>) -> Self {
        self.wednesday = Some(value.into());
        self
    }

    /// The rule applies on Thursdays.
    ///
    /// Default: `true`.
    pub fn thursday(mut self, value: impl Into<bool>) -> Self {
        self.thursday = Some(value.into());
        self
    }

    /// The rule applies on Fridays.
    ///
    /// Default: `true`.
    pub fn friday(mut self, value: impl Into<bool>) -> Self {
        self.friday = Some(value.into());
        self
    }

    /// The rule applies on Saturdays.
    ///
    /// Default: `true`.
    pub fn saturday(mut self, value: impl Into<bool>) -> Self {
        self.saturday = Some(value.into());
        self
    }

    /// A 24-hour time of day, `HH:MM:SS`, or null.
    ///
    /// `start_time_null()` sends `null`; unset, it is left out.
    pub fn start_time(mut self, value: impl Into<String>) -> Self {
        self.start_time = Some(Some(value.into()));
        self
    }

    /// Sends `start_time` as `null` (unset, it is left out).
    pub fn start_time_null(mut self) -> Self {
        self.start_time = Some(None);
        self
    }

    /// A 24-hour time of day, `HH:MM:SS`, or null.
    ///
    /// `end_time_null()` sends `null`; unset, it is left out.
    pub fn end_time(mut self, value: impl Into<String>) -> Self {
        self.end_time = Some(Some(value.into()));
        self
    }

    /// Sends `end_time` as `null` (unset, it is left out).
    pub fn end_time_null(mut self) -> Self {
        self.end_time = Some(None);
        self
    }

    /// Default: `false`.
    pub fn answer_required(mut self, value: impl Into<bool>) -> Self {
        self.answer_required = Some(value.into());
        self
    }
}

impl serde::Serialize for DefaultAccessTimeWrite {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "device_group", &self.device_group)?;
        codegen_runtime::model::present(&mut map, "sunday", &self.sunday)?;
        codegen_runtime::model::present(&mut map, "monday", &self.monday)?;
        codegen_runtime::model::present(&mut map, "tuesday", &self.tuesday)?;
        codegen_runtime::model::present(&mut map, "wednesday", &self.wednesday)?;
        codegen_runtime::model::present(&mut map, "thursday", &self.thursday)?;
        codegen_runtime::model::present(&mut map, "friday", &self.friday)?;
        codegen_runtime::model::present(&mut map, "saturday", &self.saturday)?;
        codegen_runtime::model::present(&mut map, "start_time", &self.start_time)?;
        codegen_runtime::model::present(&mut map, "end_time", &self.end_time)?;
        codegen_runtime::model::present(
            &mut map,
            "answer_required",
            &self.answer_required,
        )?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`DefaultAccessTimeWrite`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __DefaultAccessTimeWriteSlots {
    device_group: Option<i64>,
    sunday: Option<Option<bool>>,
    monday: Option<Option<bool>>,
    tuesday: Option<Option<bool>>,
    wednesday: Option<Option<bool>>,
    thursday: Option<Option<bool>>,
    friday: Option<Option<bool>>,
    saturday: Option<Option<bool>>,
    start_time: Option<Option<String>>,
    end_time: Option<Option<String>>,
    answer_required: Option<Option<bool>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for DefaultAccessTimeWrite {
    const NAME: &'static str = "DefaultAccessTimeWrite";
    type Slots = __DefaultAccessTimeWriteSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "device_group" => {
                codegen_runtime::model::set(map, &mut slots.device_group, "device_group")
            }
            "sunday" => codegen_runtime::model::set(map, &mut slots.sunday, "sunday"),
            "monday" => codegen_runtime::model::set(map, &mut slots.monday, "monday"),
            "tuesday" => codegen_runtime::model::set(map, &mut slots.tuesday, "tuesday"),
            "wednesday" => {
                codegen_runtime::model::set(map, &mut slots.wednesday, "wednesday")
            }
            "thursday" => {
                codegen_runtime::model::set(map, &mut slots.thursday, "thursday")
            }
            "friday" => codegen_runtime::model::set(map, &mut slots.friday, "friday"),
            "saturday" => {
                codegen_runtime::model::set(map, &mut slots.saturday, "saturday")
            }
            "start_time" => {
                codegen_runtime::model::set(map, &mut slots.start_time, "start_time")
            }
            "end_time" => {
                codegen_runtime::model::set(map, &mut slots.end_time, "end_time")
            }
            "answer_required" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.answer_required,
                    "answer_required",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            device_group: codegen_runtime::model::required(
                slots.device_group,
                "device_group",
            )?,
            sunday: slots.sunday.flatten(),
            monday: slots.monday.flatten(),
            tuesday: slots.tuesday.flatten(),
            wednesday: slots.wednesday.flatten(),
            thursday: slots.thursday.flatten(),
            friday: slots.friday.flatten(),
            saturday: slots.saturday.flatten(),
            start_time: slots.start_time,
            end_time: slots.end_time,
            answer_required: slots.answer_required.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for DefaultAccessTimeWrite {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Temporary access of a user to a device group.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct TemporaryAccess {
    /// `id`
    ///
    /// Set by the server.
    pub id: Option<i64>,
    /// `email_address`
    ///
    /// Constraints: format `email`.
    pub email_address: String,
    /// Default: `""`.
    pub first_name: Option<String>,
    /// Default: `""`.
    pub last_name: Option<String>,
    /// `device_group`
    pub device_group: i64,
    /// A date and time without a UTC offset (`YYYY-MM-DDTHH:MM:SS`), as the API sends them; the time zone is not documented.
    pub start: LocalDateTime,
    /// A date and time without a UTC offset (`YYYY-MM-DDTHH:MM:SS`), as the API sends them; the time zone is not documented.
    pub end: LocalDateTime,
    /// Default: `false`.
    pub answer_required: Option<bool>,
}

impl TemporaryAccess {
    /// A `TemporaryAccess` with its required fields; set the optional ones with the methods named after them.
    pub fn new(
        email_address: impl Into<String>,
        device_group: impl Into<i64>,
        start: impl Into<LocalDateTime>,
        end: impl Into<LocalDateTime>,
    ) -> Self {
        Self {
            id: None,
            email_address: email_address.into(),
            first_name: None,
            last_name: None,
            device_group: device_group.into(),
            start: start.into(),
            end: end.into(),
            answer_required: None,
        }
    }

    /// Sets `id`.
    pub fn id(mut self, value: impl Into<i64>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Default: `""`.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }

    /// Default: `""`.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }

    /// Default: `false`.
    pub fn answer_required(mut self, value: impl Into<bool>) -> Self {
        self.answer_required = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for TemporaryAccess {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::entry(&mut map, "email_address", &self.email_address)?;
        codegen_runtime::model::present(&mut map, "first_name", &self.first_name)?;
        codegen_runtime::model::present(&mut map, "last_name", &self.last_name)?;
        codegen_runtime::model::entry(&mut map, "device_group", &self.device_group)?;
        codegen_runtime::model::entry(&mut map, "start", &self.start)?;
        codegen_runtime::model::entry(&mut map, "end", &self.end)?;
        codegen_runtime::model::present(
            &mut map,
            "answer_required",
            &self.answer_required,
        )?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`TemporaryAccess`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __TemporaryAccessSlots {
    id: Option<Option<i64>>,
    email_address: Option<String>,
    first_name: Option<Option<String>>,
    last_name: Option<Option<String>>,
    device_group: Option<i64>,
    start: Option<LocalDateTime>,
    end: Option<LocalDateTime>,
    answer_required: Option<Option<bool>>,
}

impl codegen_runtime::model::Object for TemporaryAccess {
    const NAME: &'static str = "TemporaryAccess";
    type Slots = __TemporaryAccessSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "email_address" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.email_address,
                    "email_address",
                )
            }
            "first_name" => {
                codegen_runtime::model::set(map, &mut slots.first_name, "first_name")
            }
            "last_name" => {
                codegen_runtime::model::set(map, &mut slots.last_name, "last_name")
            }
            "device_group" => {
                codegen_runtime::model::set(map, &mut slots.device_group, "device_group")
            }
            "start" => codegen_runtime::model::set(map, &mut slots.start, "start"),
            "end" => codegen_runtime::model::set(map, &mut slots.end, "end"),
            "answer_required" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.answer_required,
                    "answer_required",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            email_address: codegen_runtime::model::required(
                slots.email_address,
                "email_address",
            )?,
            first_name: slots.first_name.flatten(),
            last_name: slots.last_name.flatten(),
            device_group: codegen_runtime::model::required(
                slots.device_group,
                "device_group",
            )?,
            start: codegen_runtime::model::required(slots.start, "start")?,
            end: codegen_runtime::model::required(slots.end, "end")?,
            answer_required: slots.answer_required.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for TemporaryAccess {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A temporary access grant for POST and PUT.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct TemporaryAccessWrite {
    /// `email_address`
    ///
    /// Constraints: format `email`.
    pub email_address: String,
    /// Default: `""`.
    pub first_name: Option<String>,
    /// Default: `""`.
    pub last_name: Option<String>,
    /// `device_group`
    pub device_group: i64,
    /// A date and time without a UTC offset (`YYYY-MM-DDTHH:MM:SS`), as the API sends them; the time zone is not documented.
    pub start: LocalDateTime,
    /// A date and time without a UTC offset (`YYYY-MM-DDTHH:MM:SS`), as the API sends them; the time zone is not documented.
    pub end: LocalDateTime,
    /// Default: `false`.
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

    /// Default: `""`.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }

    /// Default: `""`.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }

    /// Default: `false`.
    pub fn answer_required(mut self, value: impl Into<bool>) -> Self {
        self.answer_required = Some(value.into());
        self
    }
}

impl serde::Serialize for TemporaryAccessWrite {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "email_address", &self.email_address)?;
        codegen_runtime::model::present(&mut map, "first_name", &self.first_name)?;
        codegen_runtime::model::present(&mut map, "last_name", &self.last_name)?;
        codegen_runtime::model::entry(&mut map, "device_group", &self.device_group)?;
        codegen_runtime::model::entry(&mut map, "start", &self.start)?;
        codegen_runtime::model::entry(&mut map, "end", &self.end)?;
        codegen_runtime::model::present(
            &mut map,
            "answer_required",
            &self.answer_required,
        )?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`TemporaryAccessWrite`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __TemporaryAccessWriteSlots {
    email_address: Option<String>,
    first_name: Option<Option<String>>,
    last_name: Option<Option<String>>,
    device_group: Option<i64>,
    start: Option<LocalDateTime>,
    end: Option<LocalDateTime>,
    answer_required: Option<Option<bool>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for TemporaryAccessWrite {
    const NAME: &'static str = "TemporaryAccessWrite";
    type Slots = __TemporaryAccessWriteSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "email_address" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.email_address,
                    "email_address",
                )
            }
            "first_name" => {
                codegen_runtime::model::set(map, &mut slots.first_name, "first_name")
            }
            "last_name" => {
                codegen_runtime::model::set(map, &mut slots.last_name, "last_name")
            }
            "device_group" => {
                codegen_runtime::model::set(map, &mut slots.device_group, "device_group")
            }
            "start" => codegen_runtime::model::set(map, &mut slots.start, "start"),
            "end" => codegen_runtime::model::set(map, &mut slots.end, "end"),
            "answer_required" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.answer_required,
                    "answer_required",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            email_address: codegen_runtime::model::required(
                slots.email_address,
                "email_address",
            )?,
            first_name: slots.first_name.flatten(),
            last_name: slots.last_name.flatten(),
            device_group: codegen_runtime::model::required(
                slots.device_group,
                "device_group",
            )?,
            start: codegen_runtime::model::required(slots.start, "start")?,
            end: codegen_runtime::model::required(slots.end, "end")?,
            answer_required: slots.answer_required.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for TemporaryAccessWrite {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// The fields of a temporary access grant that PATCH changes.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct TemporaryAccessPatch {
    /// `email_address`
    ///
    /// Constraints: format `email`.
    pub email_address: Option<String>,
    /// `first_name`
    pub first_name: Option<String>,
    /// `last_name`
    pub last_name: Option<String>,
    /// `device_group`
    pub device_group: Option<i64>,
    /// A date and time without a UTC offset (`YYYY-MM-DDTHH:MM:SS`), as the API sends them; the time zone is not documented.
    pub start: Option<LocalDateTime>,
    /// A date and time without a UTC offset (`YYYY-MM-DDTHH:MM:SS`), as the API sends them; the time zone is not documented.
    pub end: Option<LocalDateTime>,
    /// `answer_required`
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

    /// A date and time without a UTC offset (`YYYY-MM-DDTHH:MM:SS`), as the API sends them; the time zone is not documented.
    pub fn start(mut self, value: impl Into<LocalDateTime>) -> Self {
        self.start = Some(value.into());
        self
    }

    /// A date and time without a UTC offset (`YYYY-MM-DDTHH:MM:SS`), as the API sends them; the time zone is not documented.
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

impl serde::Serialize for TemporaryAccessPatch {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "email_address", &self.email_address)?;
        codegen_runtime::model::present(&mut map, "first_name", &self.first_name)?;
        codegen_runtime::model::present(&mut map, "last_name", &self.last_name)?;
        codegen_runtime::model::present(&mut map, "device_group", &self.device_group)?;
        codegen_runtime::model::present(&mut map, "start", &self.start)?;
        codegen_runtime::model::present(&mut map, "end", &self.end)?;
        codegen_runtime::model::present(
            &mut map,
            "answer_required",
            &self.answer_required,
        )?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`TemporaryAccessPatch`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __TemporaryAccessPatchSlots {
    email_address: Option<Option<String>>,
    first_name: Option<Option<String>>,
    last_name: Option<Option<String>>,
    device_group: Option<Option<i64>>,
    start: Option<Option<LocalDateTime>>,
    end: Option<Option<LocalDateTime>>,
    answer_required: Option<Option<bool>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for TemporaryAccessPatch {
    const NAME: &'static str = "TemporaryAccessPatch";
    type Slots = __TemporaryAccessPatchSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "email_address" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.email_address,
                    "email_address",
                )
            }
            "first_name" => {
                codegen_runtime::model::set(map, &mut slots.first_name, "first_name")
            }
            "last_name" => {
                codegen_runtime::model::set(map, &mut slots.last_name, "last_name")
            }
            "device_group" => {
                codegen_runtime::model::set(map, &mut slots.device_group, "device_group")
            }
            "start" => codegen_runtime::model::set(map, &mut slots.start, "start"),
            "end" => codegen_runtime::model::set(map, &mut slots.end, "end"),
            "answer_required" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.answer_required,
                    "answer_required",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            email_address: slots.email_address.flatten(),
            first_name: slots.first_name.flatten(),
            last_name: slots.last_name.flatten(),
            device_group: slots.device_group.flatten(),
            start: slots.start.flatten(),
            end: slots.end.flatten(),
            answer_required: slots.answer_required.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for TemporaryAccessPatch {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// An API key.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct ApiKey {
    /// The key's unique name; it identifies the key.
    pub name: String,
    /// `APIKEY:` and the key's public ID.
    ///
    /// Set by the server.
    pub prefix: Option<String>,
    /// The whole key; only in the response to its creation.
    ///
    /// Set by the server.
    pub api_key: Option<codegen_runtime::Secret>,
}

impl ApiKey {
    /// A `ApiKey` with its required fields; set the optional ones with the methods named after them.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            prefix: None,
            api_key: None,
        }
    }

    /// `APIKEY:` and the key's public ID.
    pub fn prefix(mut self, value: impl Into<String>) -> Self {
        self.prefix = Some(value.into());
        self
    }

    /// The whole key; only in the response to its creation.
    pub fn api_key(mut self, value: impl Into<codegen_runtime::Secret>) -> Self {
        self.api_key = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for ApiKey {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "prefix", &self.prefix)?;
        codegen_runtime::model::present(&mut map, "api_key", &self.api_key)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`ApiKey`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __ApiKeySlots {
    name: Option<String>,
    prefix: Option<Option<String>>,
    api_key: Option<Option<codegen_runtime::Secret>>,
}

impl codegen_runtime::model::Object for ApiKey {
    const NAME: &'static str = "ApiKey";
    type Slots = __ApiKeySlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "prefix" => codegen_runtime::model::set(map, &mut slots.prefix, "prefix"),
            "api_key" => codegen_runtime::model::set(map, &mut slots.api_key, "api_key"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            name: codegen_runtime::model::required(slots.name, "name")?,
            prefix: slots.prefix.flatten(),
            api_key: slots.api_key.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for ApiKey {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// The name of a new API key.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct ApiKeyCreate {
    /// `name`
    pub name: String,
}

impl ApiKeyCreate {
    /// A `ApiKeyCreate` with its required fields; set the optional ones with the methods named after them.
    pub fn new(name: impl Into<String>) -> Self {
        Self { name: name.into() }
    }
}

impl serde::Serialize for ApiKeyCreate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "name", &self.name)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`ApiKeyCreate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __ApiKeyCreateSlots {
    name: Option<String>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for ApiKeyCreate {
    const NAME: &'static str = "ApiKeyCreate";
    type Slots = __ApiKeyCreateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            name: codegen_runtime::model::required(slots.name, "name")?,
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for ApiKeyCreate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// One rule of an access time template.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct AccessTimeTemplateItem {
    /// `id`
    ///
    /// Set by the server.
    pub id: Option<i64>,
    /// The rule applies on Sundays.
    ///
    /// Default: `true`.
    pub sunday: Option<bool>,
    /// The rule applies on Mondays.
    ///
    /// Default: `true`.
    pub monday: Option<bool>,
    /// The rule applies on Tuesdays.
    ///
    /// Default: `true`.
    pub tuesday: Option<bool>,
    /// The rule applies on Wednesdays.
    ///
    /// Default: `true`.
    pub wednesday: Option<bool>,
    /// The rule applies on Thursdays.
    ///
    /// Default: `true`.
    pub thursday: Option<bool>,
    /// The rule applies on Fridays.
    ///
    /// Default: `true`.
    pub friday: Option<bool>,
    /// The rule applies on Saturdays.
    ///
    /// Default: `true`.
    pub saturday: Option<bool>,
    /// A 24-hour time of day, `HH:MM:SS`, or null.
    ///
    /// Constraints: matches `^\d{2}:\d{2}:\d{2}$`.
    pub start_time: Option<Option<String>>,
    /// A 24-hour time of day, `HH:MM:SS`, or null.
    ///
    /// Constraints: matches `^\d{2}:\d{2}:\d{2}$`.
    pub end_time: Option<Option<String>>,
    /// Default: `false`.
    pub answer_required: Option<bool>,
    /// The path of the parent template.
    ///
    /// Set by the server.
    pub access_time_template: Option<String>,
    /// `resource_uri`
    ///
    /// Set by the server.
    pub resource_uri: Option<String>,
}

impl AccessTimeTemplateItem {
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<i64>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// The rule applies on Sundays.
    ///
    /// Default: `true`.
    pub fn sunday(mut self, value: impl Into<bool>) -> Self {
        self.sunday = Some(value.into());
        self
    }

    /// The rule applies on Mondays.
    ///
    /// Default: `true`.
    pub fn monday(mut self, value: impl Into<bool>) -> Self {
        self.monday = Some(value.into());
        self
    }

    /// The rule applies on Tuesdays.
    ///
    /// Default: `true`.
    pub fn tuesday(mut self, value: impl Into<bool>) -> Self {
        self.tuesday = Some(value.into());
        self
    }

    /// The rule applies on Wednesdays.
    ///
    /// Default: `true`.
    pub fn wednesday(mut self, value: impl Into<bool>) -> Self {
        self.wednesday = Some(value.into());
        self
    }

    /// The rule applies on Thursdays.
    ///
    /// Default: `true`.
    pub fn thursday(mut self, value: impl Into<bool>) -> Self {
        self.thursday = Some(value.into());
        self
    }

    /// The rule applies on Fridays.
    ///
    /// Default: `true`.
    pub fn friday(mut self, value: impl Into<bool>) -> Self {
        self.friday = Some(value.into());
        self
    }

    /// The rule applies on Saturdays.
    ///
    /// Default: `true`.
    pub fn saturday(mut self, value: impl Into<bool>) -> Self {
        self.saturday = Some(value.into());
        self
    }

    /// A 24-hour time of day, `HH:MM:SS`, or null.
    ///
    /// `start_time_null()` sends `null`; unset, it is left out.
    pub fn start_time(mut self, value: impl Into<String>) -> Self {
        self.start_time = Some(Some(value.into()));
        self
    }

    /// Sends `start_time` as `null` (unset, it is left out).
    pub fn start_time_null(mut self) -> Self {
        self.start_time = Some(None);
        self
    }

    /// A 24-hour time of day, `HH:MM:SS`, or null.
    ///
    /// `end_time_null()` sends `null`; unset, it is left out.
    pub fn end_time(mut self, value: impl Into<String>) -> Self {
        self.end_time = Some(Some(value.into()));
        self
    }

    /// Sends `end_time` as `null` (unset, it is left out).
    pub fn end_time_null(mut self) -> Self {
        self.end_time = Some(None);
        self
    }

    /// Default: `false`.
    pub fn answer_required(mut self, value: impl Into<bool>) -> Self {
        self.answer_required = Some(value.into());
        self
    }

    /// The path of the parent template.
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

impl serde::Serialize for AccessTimeTemplateItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "sunday", &self.sunday)?;
        codegen_runtime::model::present(&mut map, "monday", &self.monday)?;
        codegen_runtime::model::present(&mut map, "tuesday", &self.tuesday)?;
        codegen_runtime::model::present(&mut map, "wednesday", &self.wednesday)?;
        codegen_runtime::model::present(&mut map, "thursday", &self.thursday)?;
        codegen_runtime::model::present(&mut map, "friday", &self.friday)?;
        codegen_runtime::model::present(&mut map, "saturday", &self.saturday)?;
        codegen_runtime::model::present(&mut map, "start_time", &self.start_time)?;
        codegen_runtime::model::present(&mut map, "end_time", &self.end_time)?;
        codegen_runtime::model::present(
            &mut map,
            "answer_required",
            &self.answer_required,
        )?;
        codegen_runtime::model::present(
            &mut map,
            "access_time_template",
            &self.access_time_template,
        )?;
        codegen_runtime::model::present(&mut map, "resource_uri", &self.resource_uri)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`AccessTimeTemplateItem`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __AccessTimeTemplateItemSlots {
    id: Option<Option<i64>>,
    sunday: Option<Option<bool>>,
    monday: Option<Option<bool>>,
    tuesday: Option<Option<bool>>,
    wednesday: Option<Option<bool>>,
    thursday: Option<Option<bool>>,
    friday: Option<Option<bool>>,
    saturday: Option<Option<bool>>,
    start_time: Option<Option<String>>,
    end_time: Option<Option<String>>,
    answer_required: Option<Option<bool>>,
    access_time_template: Option<Option<String>>,
    resource_uri: Option<Option<String>>,
}

impl codegen_runtime::model::Object for AccessTimeTemplateItem {
    const NAME: &'static str = "AccessTimeTemplateItem";
    type Slots = __AccessTimeTemplateItemSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "sunday" => codegen_runtime::model::set(map, &mut slots.sunday, "sunday"),
            "monday" => codegen_runtime::model::set(map, &mut slots.monday, "monday"),
            "tuesday" => codegen_runtime::model::set(map, &mut slots.tuesday, "tuesday"),
            "wednesday" => {
                codegen_runtime::model::set(map, &mut slots.wednesday, "wednesday")
            }
            "thursday" => {
                codegen_runtime::model::set(map, &mut slots.thursday, "thursday")
            }
            "friday" => codegen_runtime::model::set(map, &mut slots.friday, "friday"),
            "saturday" => {
                codegen_runtime::model::set(map, &mut slots.saturday, "saturday")
            }
            "start_time" => {
                codegen_runtime::model::set(map, &mut slots.start_time, "start_time")
            }
            "end_time" => {
                codegen_runtime::model::set(map, &mut slots.end_time, "end_time")
            }
            "answer_required" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.answer_required,
                    "answer_required",
                )
            }
            "access_time_template" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.access_time_template,
                    "access_time_template",
                )
            }
            "resource_uri" => {
                codegen_runtime::model::set(map, &mut slots.resource_uri, "resource_uri")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            sunday: slots.sunday.flatten(),
            monday: slots.monday.flatten(),
            tuesday: slots.tuesday.flatten(),
            wednesday: slots.wednesday.flatten(),
            thursday: slots.thursday.flatten(),
            friday: slots.friday.flatten(),
            saturday: slots.saturday.flatten(),
            start_time: slots.start_time,
            end_time: slots.end_time,
            answer_required: slots.answer_required.flatten(),
            access_time_template: slots.access_time_template.flatten(),
            resource_uri: slots.resource_uri.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for AccessTimeTemplateItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A reusable set of access time rules.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct AccessTimeTemplate {
    /// `id`
    ///
    /// Set by the server.
    pub id: i64,
    /// `name`
    pub name: String,
    /// Default: `[]`.
    pub items: Option<Vec<AccessTimeTemplateItem>>,
    /// `resource_uri`
    ///
    /// Set by the server.
    pub resource_uri: Option<String>,
}

impl AccessTimeTemplate {
    /// A `AccessTimeTemplate` with its required fields; set the optional ones with the methods named after them.
    pub fn new(id: impl Into<i64>, name: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            items: None,
            resource_uri: None,
        }
    }

    /// Default: `[]`.
    pub fn items(
        mut self,
        value: impl IntoIterator<Item = impl Into<AccessTimeTemplateItem>>,
    ) -> Self {
        self.items = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `resource_uri`.
    pub fn resource_uri(mut self, value: impl Into<String>) -> Self {
        self.resource_uri = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for AccessTimeTemplate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "id", &self.id)?;
        codegen_runtime::model::entry(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(
            &mut map,
            "access_time_template_items",
            &self.items,
        )?;
        codegen_runtime::model::present(&mut map, "resource_uri", &self.resource_uri)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`AccessTimeTemplate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __AccessTimeTemplateSlots {
    id: Option<i64>,
    name: Option<String>,
    items: Option<Option<Vec<AccessTimeTemplateItem>>>,
    resource_uri: Option<Option<String>>,
}

impl codegen_runtime::model::Object for AccessTimeTemplate {
    const NAME: &'static str = "AccessTimeTemplate";
    type Slots = __AccessTimeTemplateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "access_time_template_items" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.items,
                    "access_time_template_items",
                )
            }
            "resource_uri" => {
                codegen_runtime::model::set(map, &mut slots.resource_uri, "resource_uri")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: codegen_runtime::model::required(slots.id, "id")?,
            name: codegen_runtime::model::required(slots.name, "name")?,
            items: slots.items.flatten(),
            resource_uri: slots.resource_uri.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for AccessTimeTemplate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A template for POST.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct AccessTimeTemplateWrite {
    /// `name`
    pub name: String,
    /// Default: `[]`.
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

    /// Default: `[]`.
    pub fn access_time_template_items(
        mut self,
        value: impl IntoIterator<Item = impl Into<AccessTimeTemplateItem>>,
    ) -> Self {
        self.access_time_template_items = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }
}

impl serde::Serialize for AccessTimeTemplateWrite {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(
            &mut map,
            "access_time_template_items",
            &self.access_time_template_items,
        )?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`AccessTimeTemplateWrite`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __AccessTimeTemplateWriteSlots {
    name: Option<String>,
    access_time_template_items: Option<Option<Vec<AccessTimeTemplateItem>>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for AccessTimeTemplateWrite {
    const NAME: &'static str = "AccessTimeTemplateWrite";
    type Slots = __AccessTimeTemplateWriteSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "access_time_template_items" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.access_time_template_items,
                    "access_time_template_items",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            name: codegen_runtime::model::required(slots.name, "name")?,
            access_time_template_items: slots.access_time_template_items.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for AccessTimeTemplateWrite {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// The fields of a template that PATCH changes.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct AccessTimeTemplatePatch {
    /// `name`
    pub name: Option<String>,
    /// `access_time_template_items`
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
        value: impl IntoIterator<Item = impl Into<AccessTimeTemplateItem>>,
    ) -> Self {
        self.access_time_template_items = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }
}

impl serde::Serialize for AccessTimeTemplatePatch {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(
            &mut map,
            "access_time_template_items",
            &self.access_time_template_items,
        )?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`AccessTimeTemplatePatch`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __AccessTimeTemplatePatchSlots {
    name: Option<Option<String>>,
    access_time_template_items: Option<Option<Vec<AccessTimeTemplateItem>>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for AccessTimeTemplatePatch {
    const NAME: &'static str = "AccessTimeTemplatePatch";
    type Slots = __AccessTimeTemplatePatchSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "access_time_template_items" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.access_time_template_items,
                    "access_time_template_items",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            name: slots.name.flatten(),
            access_time_template_items: slots.access_time_template_items.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for AccessTimeTemplatePatch {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Which template to apply to which membership.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct ApplyAccessTimeTemplate {
    /// `access_time_template`
    pub access_time_template: i64,
    /// `device_group_membership`
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

impl serde::Serialize for ApplyAccessTimeTemplate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(
            &mut map,
            "access_time_template",
            &self.access_time_template,
        )?;
        codegen_runtime::model::entry(
            &mut map,
            "device_group_membership",
            &self.device_group_membership,
        )?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`ApplyAccessTimeTemplate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __ApplyAccessTimeTemplateSlots {
    access_time_template: Option<i64>,
    device_group_membership: Option<i64>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for ApplyAccessTimeTemplate {
    const NAME: &'static str = "ApplyAccessTimeTemplate";
    type Slots = __ApplyAccessTimeTemplateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "access_time_template" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.access_time_template,
                    "access_time_template",
                )
            }
            "device_group_membership" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.device_group_membership,
                    "device_group_membership",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            access_time_template: codegen_runtime::model::required(
                slots.access_time_template,
                "access_time_template",
            )?,
            device_group_membership: codegen_runtime::model::required(
                slots.device_group_membership,
                "device_group_membership",
            )?,
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for ApplyAccessTimeTemplate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// One page of User objects.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserList {
    /// Metadata of one page of a collection.
    pub meta: ListMeta,
    /// `objects`
    pub objects: Vec<User>,
}

impl UserList {
    /// A `UserList` with its required fields; set the optional ones with the methods named after them.
    pub fn new(
        meta: impl Into<ListMeta>,
        objects: impl IntoIterator<Item = impl Into<User>>,
    ) -> Self {
        Self {
            meta: meta.into(),
            objects: objects.into_iter().map(Into::into).collect(),
        }
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for UserList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "meta", &self.meta)?;
        codegen_runtime::model::entry(&mut map, "objects", &self.objects)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`UserList`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __UserListSlots {
    meta: Option<ListMeta>,
    objects: Option<Vec<User>>,
}

impl codegen_runtime::model::Object for UserList {
    const NAME: &'static str = "UserList";
    type Slots = __UserListSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "meta" => codegen_runtime::model::set(map, &mut slots.meta, "meta"),
            "objects" => codegen_runtime::model::set(map, &mut slots.objects, "objects"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            meta: codegen_runtime::model::required(slots.meta, "meta")?,
            objects: codegen_runtime::model::required(slots.objects, "objects")?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for UserList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// One page of Device objects.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DeviceList {
    /// Metadata of one page of a collection.
    pub meta: ListMeta,
    /// `objects`
    pub objects: Vec<Device>,
}

impl DeviceList {
    /// A `DeviceList` with its required fields; set the optional ones with the methods named after them.
    pub fn new(
        meta: impl Into<ListMeta>,
        objects: impl IntoIterator<Item = impl Into<Device>>,
    ) -> Self {
        Self {
            meta: meta.into(),
            objects: objects.into_iter().map(Into::into).collect(),
        }
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for DeviceList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "meta", &self.meta)?;
        codegen_runtime::model::entry(&mut map, "objects", &self.objects)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`DeviceList`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __DeviceListSlots {
    meta: Option<ListMeta>,
    objects: Option<Vec<Device>>,
}

impl codegen_runtime::model::Object for DeviceList {
    const NAME: &'static str = "DeviceList";
    type Slots = __DeviceListSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "meta" => codegen_runtime::model::set(map, &mut slots.meta, "meta"),
            "objects" => codegen_runtime::model::set(map, &mut slots.objects, "objects"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            meta: codegen_runtime::model::required(slots.meta, "meta")?,
            objects: codegen_runtime::model::required(slots.objects, "objects")?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for DeviceList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// One page of DeviceGroup objects.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DeviceGroupList {
    /// Metadata of one page of a collection.
    pub meta: ListMeta,
    /// `objects`
    pub objects: Vec<DeviceGroup>,
}

impl DeviceGroupList {
    /// A `DeviceGroupList` with its required fields; set the optional ones with the methods named after them.
    pub fn new(
        meta: impl Into<ListMeta>,
        objects: impl IntoIterator<Item = impl Into<DeviceGroup>>,
    ) -> Self {
        Self {
            meta: meta.into(),
            objects: objects.into_iter().map(Into::into).collect(),
        }
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for DeviceGroupList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "meta", &self.meta)?;
        codegen_runtime::model::entry(&mut map, "objects", &self.objects)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`DeviceGroupList`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __DeviceGroupListSlots {
    meta: Option<ListMeta>,
    objects: Option<Vec<DeviceGroup>>,
}

impl codegen_runtime::model::Object for DeviceGroupList {
    const NAME: &'static str = "DeviceGroupList";
    type Slots = __DeviceGroupListSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "meta" => codegen_runtime::model::set(map, &mut slots.meta, "meta"),
            "objects" => codegen_runtime::model::set(map, &mut slots.objects, "objects"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            meta: codegen_runtime::model::required(slots.meta, "meta")?,
            objects: codegen_runtime::model::required(slots.objects, "objects")?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for DeviceGroupList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// One page of UserGroup objects.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserGroupList {
    /// Metadata of one page of a collection.
    pub meta: ListMeta,
    /// `objects`
    pub objects: Vec<UserGroup>,
}

impl UserGroupList {
    /// A `UserGroupList` with its required fields; set the optional ones with the methods named after them.
    pub fn new(
        meta: impl Into<ListMeta>,
        objects: impl IntoIterator<Item = impl Into<UserGroup>>,
    ) -> Self {
        Self {
            meta: meta.into(),
            objects: objects.into_iter().map(Into::into).collect(),
        }
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for UserGroupList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "meta", &self.meta)?;
        codegen_runtime::model::entry(&mut map, "objects", &self.objects)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`UserGroupList`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __UserGroupListSlots {
    meta: Option<ListMeta>,
    objects: Option<Vec<UserGroup>>,
}

impl codegen_runtime::model::Object for UserGroupList {
    const NAME: &'static str = "UserGroupList";
    type Slots = __UserGroupListSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "meta" => codegen_runtime::model::set(map, &mut slots.meta, "meta"),
            "objects" => codegen_runtime::model::set(map, &mut slots.objects, "objects"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            meta: codegen_runtime::model::required(slots.meta, "meta")?,
            objects: codegen_runtime::model::required(slots.objects, "objects")?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for UserGroupList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// One page of DeviceGroupMembership objects.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DeviceGroupMembershipList {
    /// Metadata of one page of a collection.
    pub meta: ListMeta,
    /// `objects`
    pub objects: Vec<DeviceGroupMembership>,
}

impl DeviceGroupMembershipList {
    /// A `DeviceGroupMembershipList` with its required fields; set the optional ones with the methods named after them.
    pub fn new(
        meta: impl Into<ListMeta>,
        objects: impl IntoIterator<Item = impl Into<DeviceGroupMembership>>,
    ) -> Self {
        Self {
            meta: meta.into(),
            objects: objects.into_iter().map(Into::into).collect(),
        }
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for DeviceGroupMembershipList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "meta", &self.meta)?;
        codegen_runtime::model::entry(&mut map, "objects", &self.objects)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`DeviceGroupMembershipList`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __DeviceGroupMembershipListSlots {
    meta: Option<ListMeta>,
    objects: Option<Vec<DeviceGroupMembership>>,
}

impl codegen_runtime::model::Object for DeviceGroupMembershipList {
    const NAME: &'static str = "DeviceGroupMembershipList";
    type Slots = __DeviceGroupMembershipListSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "meta" => codegen_runtime::model::set(map, &mut slots.meta, "meta"),
            "objects" => codegen_runtime::model::set(map, &mut slots.objects, "objects"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            meta: codegen_runtime::model::required(slots.meta, "meta")?,
            objects: codegen_runtime::model::required(slots.objects, "objects")?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for DeviceGroupMembershipList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// One page of AccessTime objects.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct AccessTimeList {
    /// Metadata of one page of a collection.
    pub meta: ListMeta,
    /// `objects`
    pub objects: Vec<AccessTime>,
}

impl AccessTimeList {
    /// A `AccessTimeList` with its required fields; set the optional ones with the methods named after them.
    pub fn new(
        meta: impl Into<ListMeta>,
        objects: impl IntoIterator<Item = impl Into<AccessTime>>,
    ) -> Self {
        Self {
            meta: meta.into(),
            objects: objects.into_iter().map(Into::into).collect(),
        }
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for AccessTimeList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "meta", &self.meta)?;
        codegen_runtime::model::entry(&mut map, "objects", &self.objects)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`AccessTimeList`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __AccessTimeListSlots {
    meta: Option<ListMeta>,
    objects: Option<Vec<AccessTime>>,
}

impl codegen_runtime::model::Object for AccessTimeList {
    const NAME: &'static str = "AccessTimeList";
    type Slots = __AccessTimeListSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "meta" => codegen_runtime::model::set(map, &mut slots.meta, "meta"),
            "objects" => codegen_runtime::model::set(map, &mut slots.objects, "objects"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            meta: codegen_runtime::model::required(slots.meta, "meta")?,
            objects: codegen_runtime::model::required(slots.objects, "objects")?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for AccessTimeList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// One page of DefaultAccessTime objects.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DefaultAccessTimeList {
    /// Metadata of one page of a collection.
    pub meta: ListMeta,
    /// `objects`
    pub objects: Vec<DefaultAccessTime>,
}

impl DefaultAccessTimeList {
    /// A `DefaultAccessTimeList` with its required fields; set the optional ones with the methods named after them.
    pub fn new(
        meta: impl Into<ListMeta>,
        objects: impl IntoIterator<Item = impl Into<DefaultAccessTime>>,
    ) -> Self {
        Self {
            meta: meta.into(),
            objects: objects.into_iter().map(Into::into).collect(),
        }
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for DefaultAccessTimeList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "meta", &self.meta)?;
        codegen_runtime::model::entry(&mut map, "objects", &self.objects)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`DefaultAccessTimeList`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __DefaultAccessTimeListSlots {
    meta: Option<ListMeta>,
    objects: Option<Vec<DefaultAccessTime>>,
}

impl codegen_runtime::model::Object for DefaultAccessTimeList {
    const NAME: &'static str = "DefaultAccessTimeList";
    type Slots = __DefaultAccessTimeListSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "meta" => codegen_runtime::model::set(map, &mut slots.meta, "meta"),
            "objects" => codegen_runtime::model::set(map, &mut slots.objects, "objects"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            meta: codegen_runtime::model::required(slots.meta, "meta")?,
            objects: codegen_runtime::model::required(slots.objects, "objects")?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for DefaultAccessTimeList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// One page of TemporaryAccess objects.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct TemporaryAccessList {
    /// Metadata of one page of a collection.
    pub meta: ListMeta,
    /// `objects`
    pub objects: Vec<TemporaryAccess>,
}

impl TemporaryAccessList {
    /// A `TemporaryAccessList` with its required fields; set the optional ones with the methods named after them.
    pub fn new(
        meta: impl Into<ListMeta>,
        objects: impl IntoIterator<Item = impl Into<TemporaryAccess>>,
    ) -> Self {
        Self {
            meta: meta.into(),
            objects: objects.into_iter().map(Into::into).collect(),
        }
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for TemporaryAccessList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "meta", &self.meta)?;
        codegen_runtime::model::entry(&mut map, "objects", &self.objects)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`TemporaryAccessList`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __TemporaryAccessListSlots {
    meta: Option<ListMeta>,
    objects: Option<Vec<TemporaryAccess>>,
}

impl codegen_runtime::model::Object for TemporaryAccessList {
    const NAME: &'static str = "TemporaryAccessList";
    type Slots = __TemporaryAccessListSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "meta" => codegen_runtime::model::set(map, &mut slots.meta, "meta"),
            "objects" => codegen_runtime::model::set(map, &mut slots.objects, "objects"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            meta: codegen_runtime::model::required(slots.meta, "meta")?,
            objects: codegen_runtime::model::required(slots.objects, "objects")?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for TemporaryAccessList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// One page of ApiKey objects.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct ApiKeyList {
    /// Metadata of one page of a collection.
    pub meta: ListMeta,
    /// `objects`
    pub objects: Vec<ApiKey>,
}

impl ApiKeyList {
    /// A `ApiKeyList` with its required fields; set the optional ones with the methods named after them.
    pub fn new(
        meta: impl Into<ListMeta>,
        objects: impl IntoIterator<Item = impl Into<ApiKey>>,
    ) -> Self {
        Self {
            meta: meta.into(),
            objects: objects.into_iter().map(Into::into).collect(),
        }
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for ApiKeyList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "meta", &self.meta)?;
        codegen_runtime::model::entry(&mut map, "objects", &self.objects)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`ApiKeyList`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __ApiKeyListSlots {
    meta: Option<ListMeta>,
    objects: Option<Vec<ApiKey>>,
}

impl codegen_runtime::model::Object for ApiKeyList {
    const NAME: &'static str = "ApiKeyList";
    type Slots = __ApiKeyListSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "meta" => codegen_runtime::model::set(map, &mut slots.meta, "meta"),
            "objects" => codegen_runtime::model::set(map, &mut slots.objects, "objects"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            meta: codegen_runtime::model::required(slots.meta, "meta")?,
            objects: codegen_runtime::model::required(slots.objects, "objects")?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for ApiKeyList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// One page of AccessTimeTemplate objects.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct AccessTimeTemplateList {
    /// Metadata of one page of a collection.
    pub meta: ListMeta,
    /// `objects`
    pub objects: Vec<AccessTimeTemplate>,
}

impl AccessTimeTemplateList {
    /// A `AccessTimeTemplateList` with its required fields; set the optional ones with the methods named after them.
    pub fn new(
        meta: impl Into<ListMeta>,
        objects: impl IntoIterator<Item = impl Into<AccessTimeTemplate>>,
    ) -> Self {
        Self {
            meta: meta.into(),
            objects: objects.into_iter().map(Into::into).collect(),
        }
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for AccessTimeTemplateList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "meta", &self.meta)?;
        codegen_runtime::model::entry(&mut map, "objects", &self.objects)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`AccessTimeTemplateList`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __AccessTimeTemplateListSlots {
    meta: Option<ListMeta>,
    objects: Option<Vec<AccessTimeTemplate>>,
}

impl codegen_runtime::model::Object for AccessTimeTemplateList {
    const NAME: &'static str = "AccessTimeTemplateList";
    type Slots = __AccessTimeTemplateListSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "meta" => codegen_runtime::model::set(map, &mut slots.meta, "meta"),
            "objects" => codegen_runtime::model::set(map, &mut slots.objects, "objects"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            meta: codegen_runtime::model::required(slots.meta, "meta")?,
            objects: codegen_runtime::model::required(slots.objects, "objects")?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for AccessTimeTemplateList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// The body of an error response. The variant is chosen by the response's status, from the operation's own responses in the spec, never by trying variants in turn.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ErrorBody {
    /// An error body of the `ApiError` shape.
    ApiError(ApiError),
}

impl codegen_runtime::ErrorBodies for ErrorBody {
    fn decode_variant(
        variant: u16,
        body: &[u8],
    ) -> Result<Self, codegen_runtime::DecodeFailure> {
        match variant {
            0 => codegen_runtime::decode_json(0, body).map(Self::ApiError),
            _ => {
                Err(codegen_runtime::DecodeFailure {
                    path: ".".to_owned(),
                    message: format!("no error body variant {variant}"),
                })
            }
        }
    }
}

/// The device group ID, or the group with `inline=device_group`.
///
/// The same type as `DeviceGroupValue`: the spec describes both with one shape.
pub type DeviceGroupMembershipDeviceGroup = DeviceGroupValue;

/// The same type as `DeviceGroupValue`: the spec describes both with one shape.
pub type DefaultAccessTimeDeviceGroup = DeviceGroupValue;
