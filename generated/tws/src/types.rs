// This file is generated from specs/tws.yaml by `cargo xtask generate`. Do not edit it by hand.

//! The API's data types.
/// A date and time as TWS writes them, `YYYY-MM-DD HH:MM:SS`, without a UTC offset (the zone is undocumented).
///
/// Constraints: matches `^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$`.
#[derive(Debug, Clone, PartialEq)]
pub struct TwsDateTime(pub String);

impl std::fmt::Display for TwsDateTime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<String> for TwsDateTime {
    fn from(value: String) -> Self {
        Self(value)
    }
}

impl From<&str> for TwsDateTime {
    fn from(value: &str) -> Self {
        Self(value.to_owned())
    }
}

impl serde::Serialize for TwsDateTime {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serde::Serialize::serialize(&self.0, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for TwsDateTime {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        serde::Deserialize::deserialize(deserializer).map(Self)
    }
}

/// A sort order, `<field>, <direction>`.
///
/// Constraints: matches `^[a-z0-9_]+, ?(asc|desc)$`.
#[derive(Debug, Clone, PartialEq)]
pub struct SortBy(pub String);

impl std::fmt::Display for SortBy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<String> for SortBy {
    fn from(value: String) -> Self {
        Self(value)
    }
}

impl From<&str> for SortBy {
    fn from(value: &str) -> Self {
        Self(value.to_owned())
    }
}

impl serde::Serialize for SortBy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serde::Serialize::serialize(&self.0, serializer)
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for SortBy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        serde::Deserialize::deserialize(deserializer).map(Self)
    }
}

/// An error response; its shape is undocumented.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct ApiErrorBody {
    /// Properties not named by the schema.
    pub additional_properties: std::collections::BTreeMap<
        String,
        codegen_runtime::serde_json::Value,
    >,
}

impl ApiErrorBody {}

#[cfg(feature = "full-serde")]
impl serde::Serialize for ApiErrorBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::others(&mut map, &self.additional_properties)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`ApiErrorBody`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __ApiErrorBodySlots {
    additional_properties: std::collections::BTreeMap<
        String,
        codegen_runtime::serde_json::Value,
    >,
}

impl codegen_runtime::model::Object for ApiErrorBody {
    const NAME: &'static str = "ApiErrorBody";
    const KEEPS_OTHERS: bool = true;

    fn store_other<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: String,
        map: &mut A,
    ) -> Result<(), A::Error> {
        codegen_runtime::model::insert(map, &mut slots.additional_properties, key)
    }
    type Slots = __ApiErrorBodySlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        _slots: &mut Self::Slots,
        _key: &str,
        _map: &mut A,
    ) -> Result<bool, A::Error> {
        Ok(false)
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            additional_properties: slots.additional_properties,
        })
    }
}

impl<'de> serde::Deserialize<'de> for ApiErrorBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `SessionCreate`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct SessionCreate {
    /// The administrator's username (email).
    pub username: String,
    /// The password.
    ///
    /// Constraints: format `password`.
    pub password: codegen_runtime::Secret,
}

impl SessionCreate {
    /// A `SessionCreate` with its required fields; set the optional ones with the methods named after them.
    pub fn new(
        username: impl Into<String>,
        password: impl Into<codegen_runtime::Secret>,
    ) -> Self {
        Self {
            username: username.into(),
            password: password.into(),
        }
    }
}

impl serde::Serialize for SessionCreate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "username", &self.username)?;
        codegen_runtime::model::entry(&mut map, "password", &self.password)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`SessionCreate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __SessionCreateSlots {
    username: Option<String>,
    password: Option<codegen_runtime::Secret>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for SessionCreate {
    const NAME: &'static str = "SessionCreate";
    type Slots = __SessionCreateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "username" => {
                codegen_runtime::model::set(map, &mut slots.username, "username")
            }
            "password" => {
                codegen_runtime::model::set(map, &mut slots.password, "password")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            username: codegen_runtime::model::required(slots.username, "username")?,
            password: codegen_runtime::model::required(slots.password, "password")?,
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for SessionCreate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// The caller's membership in an organization.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Membership {
    /// The membership id, sent as `tws-membership-id`.
    pub id: String,
    /// The organization of the membership (the field name is undocumented).
    pub organization_id: Option<String>,
}

impl Membership {
    /// A `Membership` with its required fields; set the optional ones with the methods named after them.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            organization_id: None,
        }
    }

    /// The organization of the membership (the field name is undocumented).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        self.organization_id = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Membership {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(
            &mut map,
            "organization_id",
            &self.organization_id,
        )?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Membership`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __MembershipSlots {
    id: Option<String>,
    organization_id: Option<Option<String>>,
}

impl codegen_runtime::model::Object for Membership {
    const NAME: &'static str = "Membership";
    type Slots = __MembershipSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "organization_id" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.organization_id,
                    "organization_id",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: codegen_runtime::model::required(slots.id, "id")?,
            organization_id: slots.organization_id.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Membership {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `SessionToken`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct SessionToken {
    /// The bearer token.
    pub tws_token_data: codegen_runtime::Secret,
    /// When the token expires (format undocumented; read as epoch seconds, RFC 3339 or `YYYY-MM-DD HH:MM:SS`).
    pub tws_token_expires_at: Option<String>,
}

impl SessionToken {
    /// A `SessionToken` with its required fields; set the optional ones with the methods named after them.
    pub fn new(tws_token_data: impl Into<codegen_runtime::Secret>) -> Self {
        Self {
            tws_token_data: tws_token_data.into(),
            tws_token_expires_at: None,
        }
    }

    /// When the token expires (format undocumented; read as epoch seconds, RFC 3339 or `YYYY-MM-DD HH:MM:SS`).
    pub fn tws_token_expires_at(mut self, value: impl Into<String>) -> Self {
        self.tws_token_expires_at = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for SessionToken {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "tws_token_data", &self.tws_token_data)?;
        codegen_runtime::model::present(
            &mut map,
            "tws_token_expires_at",
            &self.tws_token_expires_at,
        )?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`SessionToken`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __SessionTokenSlots {
    tws_token_data: Option<codegen_runtime::Secret>,
    tws_token_expires_at: Option<Option<String>>,
}

impl codegen_runtime::model::Object for SessionToken {
    const NAME: &'static str = "SessionToken";
    type Slots = __SessionTokenSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "tws_token_data" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.tws_token_data,
                    "tws_token_data",
                )
            }
            "tws_token_expires_at" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.tws_token_expires_at,
                    "tws_token_expires_at",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            tws_token_data: codegen_runtime::model::required(
                slots.tws_token_data,
                "tws_token_data",
            )?,
            tws_token_expires_at: slots.tws_token_expires_at.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for SessionToken {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `Session`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Session {
    /// `tws_token`
    pub tws_token: SessionToken,
    /// The caller's memberships (an array on the public pages).
    pub tws_memberships: Option<Vec<Membership>>,
    /// The caller's membership in an organization.
    pub tws_membership: Option<Membership>,
}

impl Session {
    /// A `Session` with its required fields; set the optional ones with the methods named after them.
    pub fn new(tws_token: impl Into<SessionToken>) -> Self {
        Self {
            tws_token: tws_token.into(),
            tws_memberships: None,
            tws_membership: None,
        }
    }

    /// The caller's memberships (an array on the public pages).
    pub fn tws_memberships(
        mut self,
        value: impl IntoIterator<Item = impl Into<Membership>>,
    ) -> Self {
        self.tws_memberships = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// The caller's membership in an organization.
    pub fn tws_membership(mut self, value: impl Into<Membership>) -> Self {
        self.tws_membership = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Session {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "tws_token", &self.tws_token)?;
        codegen_runtime::model::present(
            &mut map,
            "tws_memberships",
            &self.tws_memberships,
        )?;
        codegen_runtime::model::present(
            &mut map,
            "tws_membership",
            &self.tws_membership,
        )?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Session`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __SessionSlots {
    tws_token: Option<SessionToken>,
    tws_memberships: Option<Option<Vec<Membership>>>,
    tws_membership: Option<Option<Membership>>,
}

impl codegen_runtime::model::Object for Session {
    const NAME: &'static str = "Session";
    type Slots = __SessionSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "tws_token" => {
                codegen_runtime::model::set(map, &mut slots.tws_token, "tws_token")
            }
            "tws_memberships" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.tws_memberships,
                    "tws_memberships",
                )
            }
            "tws_membership" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.tws_membership,
                    "tws_membership",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            tws_token: codegen_runtime::model::required(slots.tws_token, "tws_token")?,
            tws_memberships: slots.tws_memberships.flatten(),
            tws_membership: slots.tws_membership.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Session {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `WorkSession`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct WorkSession {
    /// The work session id.
    pub id: String,
    /// The state, e.g. `pending` or `approved` (values undocumented).
    pub status: Option<String>,
}

impl WorkSession {
    /// A `WorkSession` with its required fields; set the optional ones with the methods named after them.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            status: None,
        }
    }

    /// The state, e.g. `pending` or `approved` (values undocumented).
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for WorkSession {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "status", &self.status)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`WorkSession`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __WorkSessionSlots {
    id: Option<String>,
    status: Option<Option<String>>,
}

impl codegen_runtime::model::Object for WorkSession {
    const NAME: &'static str = "WorkSession";
    type Slots = __WorkSessionSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "status" => codegen_runtime::model::set(map, &mut slots.status, "status"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: codegen_runtime::model::required(slots.id, "id")?,
            status: slots.status.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for WorkSession {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `WorkSessionList`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct WorkSessionList {
    /// `data`
    pub data: Vec<WorkSession>,
    /// Paging metadata (total and position); the field names are undocumented.
    pub metadata: Option<PageMeta>,
}

impl WorkSessionList {
    /// A `WorkSessionList` with its required fields; set the optional ones with the methods named after them.
    pub fn new(data: impl IntoIterator<Item = impl Into<WorkSession>>) -> Self {
        Self {
            data: data.into_iter().map(Into::into).collect(),
            metadata: None,
        }
    }

    /// Paging metadata (total and position); the field names are undocumented.
    pub fn metadata(mut self, value: impl Into<PageMeta>) -> Self {
        self.metadata = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for WorkSessionList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "data", &self.data)?;
        codegen_runtime::model::present(&mut map, "metadata", &self.metadata)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`WorkSessionList`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __WorkSessionListSlots {
    data: Option<Vec<WorkSession>>,
    metadata: Option<Option<PageMeta>>,
}

impl codegen_runtime::model::Object for WorkSessionList {
    const NAME: &'static str = "WorkSessionList";
    type Slots = __WorkSessionListSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => codegen_runtime::model::set(map, &mut slots.data, "data"),
            "metadata" => {
                codegen_runtime::model::set(map, &mut slots.metadata, "metadata")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            data: codegen_runtime::model::required(slots.data, "data")?,
            metadata: slots.metadata.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for WorkSessionList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `WorkSessionEnvelope`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct WorkSessionEnvelope {
    /// `data`
    pub data: Option<WorkSession>,
}

impl WorkSessionEnvelope {
    /// Sets `data`.
    pub fn data(mut self, value: impl Into<WorkSession>) -> Self {
        self.data = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for WorkSessionEnvelope {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "data", &self.data)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`WorkSessionEnvelope`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __WorkSessionEnvelopeSlots {
    data: Option<Option<WorkSession>>,
}

impl codegen_runtime::model::Object for WorkSessionEnvelope {
    const NAME: &'static str = "WorkSessionEnvelope";
    type Slots = __WorkSessionEnvelopeSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => codegen_runtime::model::set(map, &mut slots.data, "data"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self { data: slots.data.flatten() })
    }
}

impl<'de> serde::Deserialize<'de> for WorkSessionEnvelope {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `KeyOptions`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct KeyOptions {
    /// Job Tracking tasks attached to the key.
    pub tasks: Option<Vec<String>>,
}

impl KeyOptions {
    /// Job Tracking tasks attached to the key.
    pub fn tasks(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.tasks = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

impl serde::Serialize for KeyOptions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "tasks", &self.tasks)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`KeyOptions`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __KeyOptionsSlots {
    tasks: Option<Option<Vec<String>>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for KeyOptions {
    const NAME: &'static str = "KeyOptions";
    type Slots = __KeyOptionsSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "tasks" => codegen_runtime::model::set(map, &mut slots.tasks, "tasks"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            tasks: slots.tasks.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for KeyOptions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `KeyCreate`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct KeyCreate {
    /// The locks the keys open.
    ///
    /// Constraints: each item: format `int64`.
    pub lock_ids: Vec<i64>,
    /// The members who get keys.
    pub membership_ids: Vec<String>,
    /// A date and time as TWS writes them, `YYYY-MM-DD HH:MM:SS`, without a UTC offset (the zone is undocumented).
    pub start_date: TwsDateTime,
    /// A date and time as TWS writes them, `YYYY-MM-DD HH:MM:SS`, without a UTC offset (the zone is undocumented).
    pub end_date: TwsDateTime,
    /// A reference of the caller's.
    pub ticket_number: Option<String>,
    /// `options`
    pub options: Option<KeyOptions>,
}

impl KeyCreate {
    /// A `KeyCreate` with its required fields; set the optional ones with the methods named after them.
    pub fn new(
        lock_ids: impl IntoIterator<Item = impl Into<i64>>,
        membership_ids: impl IntoIterator<Item = impl Into<String>>,
        start_date: impl Into<TwsDateTime>,
        end_date: impl Into<TwsDateTime>,
    ) -> Self {
        Self {
            lock_ids: lock_ids.into_iter().map(Into::into).collect(),
            membership_ids: membership_ids.into_iter().map(Into::into).collect(),
            start_date: start_date.into(),
            end_date: end_date.into(),
            ticket_number: None,
            options: None,
        }
    }

    /// A reference of the caller's.
    pub fn ticket_number(mut self, value: impl Into<String>) -> Self {
        self.ticket_number = Some(value.into());
        self
    }

    /// Sets `options`.
    pub fn options(mut self, value: impl Into<KeyOptions>) -> Self {
        self.options = Some(value.into());
        self
    }
}

impl serde::Serialize for KeyCreate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "lock_ids", &self.lock_ids)?;
        codegen_runtime::model::entry(&mut map, "membership_ids", &self.membership_ids)?;
        codegen_runtime::model::entry(&mut map, "start_date", &self.start_date)?;
        codegen_runtime::model::entry(&mut map, "end_date", &self.end_date)?;
        codegen_runtime::model::present(&mut map, "ticket_number", &self.ticket_number)?;
        codegen_runtime::model::present(&mut map, "options", &self.options)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`KeyCreate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __KeyCreateSlots {
    lock_ids: Option<Vec<i64>>,
    membership_ids: Option<Vec<String>>,
    start_date: Option<TwsDateTime>,
    end_date: Option<TwsDateTime>,
    ticket_number: Option<Option<String>>,
    options: Option<Option<KeyOptions>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for KeyCreate {
    const NAME: &'static str = "KeyCreate";
    type Slots = __KeyCreateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "lock_ids" => {
                codegen_runtime::model::set(map, &mut slots.lock_ids, "lock_ids")
            }
            "membership_ids" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.membership_ids,
                    "membership_ids",
                )
            }
            "start_date" => {
                codegen_runtime::model::set(map, &mut slots.start_date, "start_date")
            }
            "end_date" => {
                codegen_runtime::model::set(map, &mut slots.end_date, "end_date")
            }
            "ticket_number" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.ticket_number,
                    "ticket_number",
                )
            }
            "options" => codegen_runtime::model::set(map, &mut slots.options, "options"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            lock_ids: codegen_runtime::model::required(slots.lock_ids, "lock_ids")?,
            membership_ids: codegen_runtime::model::required(
                slots.membership_ids,
                "membership_ids",
            )?,
            start_date: codegen_runtime::model::required(
                slots.start_date,
                "start_date",
            )?,
            end_date: codegen_runtime::model::required(slots.end_date, "end_date")?,
            ticket_number: slots.ticket_number.flatten(),
            options: slots.options.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for KeyCreate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `KeyCreateRequest`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct KeyCreateRequest {
    /// `key`
    pub key: KeyCreate,
}

impl KeyCreateRequest {
    /// A `KeyCreateRequest` with its required fields; set the optional ones with the methods named after them.
    pub fn new(key: impl Into<KeyCreate>) -> Self {
        Self { key: key.into() }
    }
}

impl serde::Serialize for KeyCreateRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "key", &self.key)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`KeyCreateRequest`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __KeyCreateRequestSlots {
    key: Option<KeyCreate>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for KeyCreateRequest {
    const NAME: &'static str = "KeyCreateRequest";
    type Slots = __KeyCreateRequestSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "key" => codegen_runtime::model::set(map, &mut slots.key, "key"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            key: codegen_runtime::model::required(slots.key, "key")?,
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for KeyCreateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `Key`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Key {
    /// `id`
    ///
    /// Constraints: format `int64`.
    pub id: i64,
    /// `lock_id`
    ///
    /// Constraints: format `int64`.
    pub lock_id: Option<i64>,
    /// `membership_id`
    pub membership_id: Option<String>,
    /// A date and time as TWS writes them, `YYYY-MM-DD HH:MM:SS`, without a UTC offset (the zone is undocumented).
    pub start_date: Option<TwsDateTime>,
    /// A date and time as TWS writes them, `YYYY-MM-DD HH:MM:SS`, without a UTC offset (the zone is undocumented).
    pub end_date: Option<TwsDateTime>,
}

impl Key {
    /// A `Key` with its required fields; set the optional ones with the methods named after them.
    pub fn new(id: impl Into<i64>) -> Self {
        Self {
            id: id.into(),
            lock_id: None,
            membership_id: None,
            start_date: None,
            end_date: None,
        }
    }

    /// Sets `lock_id`.
    pub fn lock_id(mut self, value: impl Into<i64>) -> Self {
        self.lock_id = Some(value.into());
        self
    }

    /// Sets `membership_id`.
    pub fn membership_id(mut self, value: impl Into<String>) -> Self {
        self.membership_id = Some(value.into());
        self
    }

    /// A date and time as TWS writes them, `YYYY-MM-DD HH:MM:SS`, without a UTC offset (the zone is undocumented).
    pub fn start_date(mut self, value: impl Into<TwsDateTime>) -> Self {
        self.start_date = Some(value.into());
        self
    }

    /// A date and time as TWS writes them, `YYYY-MM-DD HH:MM:SS`, without a UTC offset (the zone is undocumented).
    pub fn end_date(mut self, value: impl Into<TwsDateTime>) -> Self {
        self.end_date = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Key {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "lock_id", &self.lock_id)?;
        codegen_runtime::model::present(&mut map, "membership_id", &self.membership_id)?;
        codegen_runtime::model::present(&mut map, "start_date", &self.start_date)?;
        codegen_runtime::model::present(&mut map, "end_date", &self.end_date)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Key`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __KeySlots {
    id: Option<i64>,
    lock_id: Option<Option<i64>>,
    membership_id: Option<Option<String>>,
    start_date: Option<Option<TwsDateTime>>,
    end_date: Option<Option<TwsDateTime>>,
}

impl codegen_runtime::model::Object for Key {
    const NAME: &'static str = "Key";
    type Slots = __KeySlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "lock_id" => codegen_runtime::model::set(map, &mut slots.lock_id, "lock_id"),
            "membership_id" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.membership_id,
                    "membership_id",
                )
            }
            "start_date" => {
                codegen_runtime::model::set(map, &mut slots.start_date, "start_date")
            }
            "end_date" => {
                codegen_runtime::model::set(map, &mut slots.end_date, "end_date")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: codegen_runtime::model::required(slots.id, "id")?,
            lock_id: slots.lock_id.flatten(),
            membership_id: slots.membership_id.flatten(),
            start_date: slots.start_date.flatten(),
            end_date: slots.end_date.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Key {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `KeyList`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct KeyList {
    /// `data`
    pub data: Vec<Key>,
}

impl KeyList {
    /// A `KeyList` with its required fields; set the optional ones with the methods named after them.
    pub fn new(data: impl IntoIterator<Item = impl Into<Key>>) -> Self {
        Self {
            data: data.into_iter().map(Into::into).collect(),
        }
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for KeyList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "data", &self.data)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`KeyList`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __KeyListSlots {
    data: Option<Vec<Key>>,
}

impl codegen_runtime::model::Object for KeyList {
    const NAME: &'static str = "KeyList";
    type Slots = __KeyListSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => codegen_runtime::model::set(map, &mut slots.data, "data"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            data: codegen_runtime::model::required(slots.data, "data")?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for KeyList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `KeyEnvelope`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct KeyEnvelope {
    /// `data`
    pub data: Option<Key>,
}

impl KeyEnvelope {
    /// Sets `data`.
    pub fn data(mut self, value: impl Into<Key>) -> Self {
        self.data = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for KeyEnvelope {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "data", &self.data)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`KeyEnvelope`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __KeyEnvelopeSlots {
    data: Option<Option<Key>>,
}

impl codegen_runtime::model::Object for KeyEnvelope {
    const NAME: &'static str = "KeyEnvelope";
    type Slots = __KeyEnvelopeSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => codegen_runtime::model::set(map, &mut slots.data, "data"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self { data: slots.data.flatten() })
    }
}

impl<'de> serde::Deserialize<'de> for KeyEnvelope {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `UserCreate`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserCreate {
    /// `first_name`
    pub first_name: String,
    /// `last_name`
    pub last_name: String,
    /// `email`
    ///
    /// Constraints: format `email`.
    pub email: String,
    /// The role, e.g. `user` (other values undocumented).
    pub user_group: Option<String>,
    /// A language code, e.g. `en`.
    pub language: Option<String>,
    /// Whether only administrators may register a new device for the user.
    pub device_restricted: Option<bool>,
}

impl UserCreate {
    /// A `UserCreate` with its required fields; set the optional ones with the methods named after them.
    pub fn new(
        first_name: impl Into<String>,
        last_name: impl Into<String>,
        email: impl Into<String>,
    ) -> Self {
        Self {
            first_name: first_name.into(),
            last_name: last_name.into(),
            email: email.into(),
            user_group: None,
            language: None,
            device_restricted: None,
        }
    }

    /// The role, e.g. `user` (other values undocumented).
    pub fn user_group(mut self, value: impl Into<String>) -> Self {
        self.user_group = Some(value.into());
        self
    }

    /// A language code, e.g. `en`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }

    /// Whether only administrators may register a new device for the user.
    pub fn device_restricted(mut self, value: impl Into<bool>) -> Self {
        self.device_restricted = Some(value.into());
        self
    }
}

impl serde::Serialize for UserCreate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "first_name", &self.first_name)?;
        codegen_runtime::model::entry(&mut map, "last_name", &self.last_name)?;
        codegen_runtime::model::entry(&mut map, "email", &self.email)?;
        codegen_runtime::model::present(&mut map, "user_group", &self.user_group)?;
        codegen_runtime::model::present(&mut map, "language", &self.language)?;
        codegen_runtime::model::present(
            &mut map,
            "device_restricted",
            &self.device_restricted,
        )?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`UserCreate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __UserCreateSlots {
    first_name: Option<String>,
    last_name: Option<String>,
    email: Option<String>,
    user_group: Option<Option<String>>,
    language: Option<Option<String>>,
    device_restricted: Option<Option<bool>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for UserCreate {
    const NAME: &'static str = "UserCreate";
    type Slots = __UserCreateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "first_name" => {
                codegen_runtime::model::set(map, &mut slots.first_name, "first_name")
            }
            "last_name" => {
                codegen_runtime::model::set(map, &mut slots.last_name, "last_name")
            }
            "email" => codegen_runtime::model::set(map, &mut slots.email, "email"),
            "user_group" => {
                codegen_runtime::model::set(map, &mut slots.user_group, "user_group")
            }
            "language" => {
                codegen_runtime::model::set(map, &mut slots.language, "language")
            }
            "device_restricted" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.device_restricted,
                    "device_restricted",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            first_name: codegen_runtime::model::required(
                slots.first_name,
                "first_name",
            )?,
            last_name: codegen_runtime::model::required(slots.last_name, "last_name")?,
            email: codegen_runtime::model::required(slots.email, "email")?,
            user_group: slots.user_group.flatten(),
            language: slots.language.flatten(),
            device_restricted: slots.device_restricted.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for UserCreate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `UserCreateRequest`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserCreateRequest {
    /// `user`
    pub user: UserCreate,
}

impl UserCreateRequest {
    /// A `UserCreateRequest` with its required fields; set the optional ones with the methods named after them.
    pub fn new(user: impl Into<UserCreate>) -> Self {
        Self { user: user.into() }
    }
}

impl serde::Serialize for UserCreateRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "user", &self.user)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`UserCreateRequest`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __UserCreateRequestSlots {
    user: Option<UserCreate>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for UserCreateRequest {
    const NAME: &'static str = "UserCreateRequest";
    type Slots = __UserCreateRequestSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "user" => codegen_runtime::model::set(map, &mut slots.user, "user"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            user: codegen_runtime::model::required(slots.user, "user")?,
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for UserCreateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `#/components/schemas/UserCreated/properties/data`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserCreatedData {
    /// `membership_id`
    pub membership_id: String,
}

impl UserCreatedData {
    /// A `UserCreatedData` with its required fields; set the optional ones with the methods named after them.
    pub fn new(membership_id: impl Into<String>) -> Self {
        Self {
            membership_id: membership_id.into(),
        }
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for UserCreatedData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "membership_id", &self.membership_id)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`UserCreatedData`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __UserCreatedDataSlots {
    membership_id: Option<String>,
}

impl codegen_runtime::model::Object for UserCreatedData {
    const NAME: &'static str = "UserCreatedData";
    type Slots = __UserCreatedDataSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "membership_id" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.membership_id,
                    "membership_id",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            membership_id: codegen_runtime::model::required(
                slots.membership_id,
                "membership_id",
            )?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for UserCreatedData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `UserCreated`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserCreated {
    /// `data`
    pub data: UserCreatedData,
}

impl UserCreated {
    /// A `UserCreated` with its required fields; set the optional ones with the methods named after them.
    pub fn new(data: impl Into<UserCreatedData>) -> Self {
        Self { data: data.into() }
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for UserCreated {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "data", &self.data)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`UserCreated`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __UserCreatedSlots {
    data: Option<UserCreatedData>,
}

impl codegen_runtime::model::Object for UserCreated {
    const NAME: &'static str = "UserCreated";
    type Slots = __UserCreatedSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => codegen_runtime::model::set(map, &mut slots.data, "data"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            data: codegen_runtime::model::required(slots.data, "data")?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for UserCreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `User`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct User {
    /// `id`
    pub id: String,
    /// `first_name`
    pub first_name: Option<String>,
    /// `last_name`
    pub last_name: Option<String>,
    /// `email`
    ///
    /// Constraints: format `email`.
    pub email: Option<String>,
}

impl User {
    /// A `User` with its required fields; set the optional ones with the methods named after them.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            first_name: None,
            last_name: None,
            email: None,
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

    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for User {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "first_name", &self.first_name)?;
        codegen_runtime::model::present(&mut map, "last_name", &self.last_name)?;
        codegen_runtime::model::present(&mut map, "email", &self.email)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`User`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __UserSlots {
    id: Option<String>,
    first_name: Option<Option<String>>,
    last_name: Option<Option<String>>,
    email: Option<Option<String>>,
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
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "first_name" => {
                codegen_runtime::model::set(map, &mut slots.first_name, "first_name")
            }
            "last_name" => {
                codegen_runtime::model::set(map, &mut slots.last_name, "last_name")
            }
            "email" => codegen_runtime::model::set(map, &mut slots.email, "email"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: codegen_runtime::model::required(slots.id, "id")?,
            first_name: slots.first_name.flatten(),
            last_name: slots.last_name.flatten(),
            email: slots.email.flatten(),
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

/// `UserList`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserList {
    /// `data`
    pub data: Vec<User>,
    /// Paging metadata (total and position); the field names are undocumented.
    pub metadata: Option<PageMeta>,
}

impl UserList {
    /// A `UserList` with its required fields; set the optional ones with the methods named after them.
    pub fn new(data: impl IntoIterator<Item = impl Into<User>>) -> Self {
        Self {
            data: data.into_iter().map(Into::into).collect(),
            metadata: None,
        }
    }

    /// Paging metadata (total and position); the field names are undocumented.
    pub fn metadata(mut self, value: impl Into<PageMeta>) -> Self {
        self.metadata = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for UserList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "data", &self.data)?;
        codegen_runtime::model::present(&mut map, "metadata", &self.metadata)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`UserList`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __UserListSlots {
    data: Option<Vec<User>>,
    metadata: Option<Option<PageMeta>>,
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
            "data" => codegen_runtime::model::set(map, &mut slots.data, "data"),
            "metadata" => {
                codegen_runtime::model::set(map, &mut slots.metadata, "metadata")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            data: codegen_runtime::model::required(slots.data, "data")?,
            metadata: slots.metadata.flatten(),
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

/// `UserEnvelope`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserEnvelope {
    /// `data`
    pub data: Option<User>,
}

impl UserEnvelope {
    /// Sets `data`.
    pub fn data(mut self, value: impl Into<User>) -> Self {
        self.data = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for UserEnvelope {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "data", &self.data)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`UserEnvelope`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __UserEnvelopeSlots {
    data: Option<Option<User>>,
}

impl codegen_runtime::model::Object for UserEnvelope {
    const NAME: &'static str = "UserEnvelope";
    type Slots = __UserEnvelopeSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => codegen_runtime::model::set(map, &mut slots.data, "data"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self { data: slots.data.flatten() })
    }
}

impl<'de> serde::Deserialize<'de> for UserEnvelope {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `Site`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Site {
    /// `id`
    pub id: String,
    /// `name`
    pub name: Option<String>,
}

impl Site {
    /// A `Site` with its required fields; set the optional ones with the methods named after them.
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into(), name: None }
    }

    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Site {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Site`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __SiteSlots {
    id: Option<String>,
    name: Option<Option<String>>,
}

impl codegen_runtime::model::Object for Site {
    const NAME: &'static str = "Site";
    type Slots = __SiteSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: codegen_runtime::model::required(slots.id, "id")?,
            name: slots.name.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Site {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `SiteList`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct SiteList {
    /// `data`
    pub data: Vec<Site>,
    /// Paging metadata (total and position); the field names are undocumented.
    pub metadata: Option<PageMeta>,
}

impl SiteList {
    /// A `SiteList` with its required fields; set the optional ones with the methods named after them.
    pub fn new(data: impl IntoIterator<Item = impl Into<Site>>) -> Self {
        Self {
            data: data.into_iter().map(Into::into).collect(),
            metadata: None,
        }
    }

    /// Paging metadata (total and position); the field names are undocumented.
    pub fn metadata(mut self, value: impl Into<PageMeta>) -> Self {
        self.metadata = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for SiteList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "data", &self.data)?;
        codegen_runtime::model::present(&mut map, "metadata", &self.metadata)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`SiteList`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __SiteListSlots {
    data: Option<Vec<Site>>,
    metadata: Option<Option<PageMeta>>,
}

impl codegen_runtime::model::Object for SiteList {
    const NAME: &'static str = "SiteList";
    type Slots = __SiteListSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => codegen_runtime::model::set(map, &mut slots.data, "data"),
            "metadata" => {
                codegen_runtime::model::set(map, &mut slots.metadata, "metadata")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            data: codegen_runtime::model::required(slots.data, "data")?,
            metadata: slots.metadata.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for SiteList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `Lock`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Lock {
    /// `id`
    ///
    /// Constraints: format `int64`.
    pub id: i64,
    /// `name`
    pub name: Option<String>,
}

impl Lock {
    /// A `Lock` with its required fields; set the optional ones with the methods named after them.
    pub fn new(id: impl Into<i64>) -> Self {
        Self { id: id.into(), name: None }
    }

    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Lock {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Lock`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __LockSlots {
    id: Option<i64>,
    name: Option<Option<String>>,
}

impl codegen_runtime::model::Object for Lock {
    const NAME: &'static str = "Lock";
    type Slots = __LockSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: codegen_runtime::model::required(slots.id, "id")?,
            name: slots.name.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Lock {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `LockList`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct LockList {
    /// `data`
    pub data: Vec<Lock>,
    /// Paging metadata (total and position); the field names are undocumented.
    pub metadata: Option<PageMeta>,
}

impl LockList {
    /// A `LockList` with its required fields; set the optional ones with the methods named after them.
    pub fn new(data: impl IntoIterator<Item = impl Into<Lock>>) -> Self {
        Self {
            data: data.into_iter().map(Into::into).collect(),
            metadata: None,
        }
    }

    /// Paging metadata (total and position); the field names are undocumented.
    pub fn metadata(mut self, value: impl Into<PageMeta>) -> Self {
        self.metadata = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for LockList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "data", &self.data)?;
        codegen_runtime::model::present(&mut map, "metadata", &self.metadata)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`LockList`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __LockListSlots {
    data: Option<Vec<Lock>>,
    metadata: Option<Option<PageMeta>>,
}

impl codegen_runtime::model::Object for LockList {
    const NAME: &'static str = "LockList";
    type Slots = __LockListSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => codegen_runtime::model::set(map, &mut slots.data, "data"),
            "metadata" => {
                codegen_runtime::model::set(map, &mut slots.metadata, "metadata")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            data: codegen_runtime::model::required(slots.data, "data")?,
            metadata: slots.metadata.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for LockList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `LockStatusEnvelope`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct LockStatusEnvelope {
    /// The lock's status (fields undocumented).
    pub data: Option<
        std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
    >,
}

impl LockStatusEnvelope {
    /// The lock's status (fields undocumented).
    pub fn data(
        mut self,
        value: impl Into<
            std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
        >,
    ) -> Self {
        self.data = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for LockStatusEnvelope {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "data", &self.data)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`LockStatusEnvelope`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __LockStatusEnvelopeSlots {
    data: Option<
        Option<std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>>,
    >,
}

impl codegen_runtime::model::Object for LockStatusEnvelope {
    const NAME: &'static str = "LockStatusEnvelope";
    type Slots = __LockStatusEnvelopeSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => codegen_runtime::model::set(map, &mut slots.data, "data"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self { data: slots.data.flatten() })
    }
}

impl<'de> serde::Deserialize<'de> for LockStatusEnvelope {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `Organization`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Organization {
    /// Where Sera4 POSTs webhook events.
    ///
    /// Constraints: format `uri`.
    pub webhook_url: Option<String>,
}

impl Organization {
    /// Where Sera4 POSTs webhook events.
    pub fn webhook_url(mut self, value: impl Into<String>) -> Self {
        self.webhook_url = Some(value.into());
        self
    }
}

impl serde::Serialize for Organization {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "webhook_url", &self.webhook_url)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Organization`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __OrganizationSlots {
    webhook_url: Option<Option<String>>,
}

impl codegen_runtime::model::Object for Organization {
    const NAME: &'static str = "Organization";
    type Slots = __OrganizationSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "webhook_url" => {
                codegen_runtime::model::set(map, &mut slots.webhook_url, "webhook_url")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            webhook_url: slots.webhook_url.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Organization {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `OrganizationUpdateRequest`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct OrganizationUpdateRequest {
    /// `organization`
    pub organization: Organization,
}

impl OrganizationUpdateRequest {
    /// A `OrganizationUpdateRequest` with its required fields; set the optional ones with the methods named after them.
    pub fn new(organization: impl Into<Organization>) -> Self {
        Self {
            organization: organization.into(),
        }
    }
}

impl serde::Serialize for OrganizationUpdateRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "organization", &self.organization)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`OrganizationUpdateRequest`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __OrganizationUpdateRequestSlots {
    organization: Option<Organization>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for OrganizationUpdateRequest {
    const NAME: &'static str = "OrganizationUpdateRequest";
    type Slots = __OrganizationUpdateRequestSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "organization" => {
                codegen_runtime::model::set(map, &mut slots.organization, "organization")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            organization: codegen_runtime::model::required(
                slots.organization,
                "organization",
            )?,
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for OrganizationUpdateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `OrganizationEnvelope`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct OrganizationEnvelope {
    /// `data`
    pub data: Option<Organization>,
}

impl OrganizationEnvelope {
    /// Sets `data`.
    pub fn data(mut self, value: impl Into<Organization>) -> Self {
        self.data = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for OrganizationEnvelope {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "data", &self.data)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`OrganizationEnvelope`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __OrganizationEnvelopeSlots {
    data: Option<Option<Organization>>,
}

impl codegen_runtime::model::Object for OrganizationEnvelope {
    const NAME: &'static str = "OrganizationEnvelope";
    type Slots = __OrganizationEnvelopeSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => codegen_runtime::model::set(map, &mut slots.data, "data"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self { data: slots.data.flatten() })
    }
}

impl<'de> serde::Deserialize<'de> for OrganizationEnvelope {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `#/components/schemas/WebhookEvent/properties/event`
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WebhookEventKind {
    /// `user.create` on the wire.
    UserCreate,
    /// `user.delete` on the wire.
    UserDelete,
    /// `user.update` on the wire.
    UserUpdate,
    /// `lock.create` on the wire.
    LockCreate,
    /// `lock.delete` on the wire.
    LockDelete,
    /// `lock.update` on the wire.
    LockUpdate,
    /// `lock.open` on the wire.
    LockOpen,
    /// `lock.close` on the wire.
    LockClose,
    /// `organization.update` on the wire.
    OrganizationUpdate,
    /// `access_request.create` on the wire.
    AccessRequestCreate,
    /// `access_request.update` on the wire.
    AccessRequestUpdate,
    /// `lock_group.create` on the wire.
    LockGroupCreate,
    /// `lock_group.delete` on the wire.
    LockGroupDelete,
    /// `group_key.create` on the wire.
    GroupKeyCreate,
    /// `group_key.delete` on the wire.
    GroupKeyDelete,
    /// `site.create` on the wire.
    SiteCreate,
    /// `site.delete` on the wire.
    SiteDelete,
    /// `site_key.create` on the wire.
    SiteKeyCreate,
    /// `site_key.delete` on the wire.
    SiteKeyDelete,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    Unknown(codegen_runtime::UnknownValue),
}

impl WebhookEventKind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UserCreate => "user.create",
            Self::UserDelete => "user.delete",
            Self::UserUpdate => "user.update",
            Self::LockCreate => "lock.create",
            Self::LockDelete => "lock.delete",
            Self::LockUpdate => "lock.update",
            Self::LockOpen => "lock.open",
            Self::LockClose => "lock.close",
            Self::OrganizationUpdate => "organization.update",
            Self::AccessRequestCreate => "access_request.create",
            Self::AccessRequestUpdate => "access_request.update",
            Self::LockGroupCreate => "lock_group.create",
            Self::LockGroupDelete => "lock_group.delete",
            Self::GroupKeyCreate => "group_key.create",
            Self::GroupKeyDelete => "group_key.delete",
            Self::SiteCreate => "site.create",
            Self::SiteDelete => "site.delete",
            Self::SiteKeyCreate => "site_key.create",
            Self::SiteKeyDelete => "site_key.delete",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for WebhookEventKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for WebhookEventKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for WebhookEventKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(
                deserializer,
                &[
                    "user.create",
                    "user.delete",
                    "user.update",
                    "lock.create",
                    "lock.delete",
                    "lock.update",
                    "lock.open",
                    "lock.close",
                    "organization.update",
                    "access_request.create",
                    "access_request.update",
                    "lock_group.create",
                    "lock_group.delete",
                    "group_key.create",
                    "group_key.delete",
                    "site.create",
                    "site.delete",
                    "site_key.create",
                    "site_key.delete",
                ],
            )? {
                Ok(0) => Self::UserCreate,
                Ok(1) => Self::UserDelete,
                Ok(2) => Self::UserUpdate,
                Ok(3) => Self::LockCreate,
                Ok(4) => Self::LockDelete,
                Ok(5) => Self::LockUpdate,
                Ok(6) => Self::LockOpen,
                Ok(7) => Self::LockClose,
                Ok(8) => Self::OrganizationUpdate,
                Ok(9) => Self::AccessRequestCreate,
                Ok(10) => Self::AccessRequestUpdate,
                Ok(11) => Self::LockGroupCreate,
                Ok(12) => Self::LockGroupDelete,
                Ok(13) => Self::GroupKeyCreate,
                Ok(14) => Self::GroupKeyDelete,
                Ok(15) => Self::SiteCreate,
                Ok(16) => Self::SiteDelete,
                Ok(17) => Self::SiteKeyCreate,
                Ok(_) => Self::SiteKeyDelete,
                Err(value) => Self::Unknown(value),
            },
        )
    }
}

/// A webhook payload; only the event names are documented.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct WebhookEvent {
    /// `event`
    pub event: Option<WebhookEventKind>,
    /// Properties not named by the schema.
    pub additional_properties: std::collections::BTreeMap<
        String,
        codegen_runtime::serde_json::Value,
    >,
}

impl WebhookEvent {
    /// Sets `event`.
    pub fn event(mut self, value: impl Into<WebhookEventKind>) -> Self {
        self.event = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for WebhookEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "event", &self.event)?;
        codegen_runtime::model::others(&mut map, &self.additional_properties)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`WebhookEvent`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __WebhookEventSlots {
    event: Option<Option<WebhookEventKind>>,
    additional_properties: std::collections::BTreeMap<
        String,
        codegen_runtime::serde_json::Value,
    >,
}

impl codegen_runtime::model::Object for WebhookEvent {
    const NAME: &'static str = "WebhookEvent";
    const KEEPS_OTHERS: bool = true;

    fn store_other<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: String,
        map: &mut A,
    ) -> Result<(), A::Error> {
        codegen_runtime::model::insert(map, &mut slots.additional_properties, key)
    }
    type Slots = __WebhookEventSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "event" => codegen_runtime::model::set(map, &mut slots.event, "event"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            event: slots.event.flatten(),
            additional_properties: slots.additional_properties,
        })
    }
}

impl<'de> serde::Deserialize<'de> for WebhookEvent {
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
    /// An error body of the `ApiErrorBody` shape.
    ApiErrorBody(ApiErrorBody),
}

impl codegen_runtime::ErrorBodies for ErrorBody {
    fn decode_variant(
        variant: u16,
        body: &[u8],
    ) -> Result<Self, codegen_runtime::DecodeFailure> {
        match variant {
            0 => codegen_runtime::decode_json(0, body).map(Self::ApiErrorBody),
            _ => {
                Err(codegen_runtime::DecodeFailure {
                    path: ".".to_owned(),
                    message: format!("no error body variant {variant}"),
                })
            }
        }
    }
}

/// Paging metadata (total and position); the field names are undocumented.
///
/// The same type as `ApiErrorBody`: the spec describes both with one shape.
pub type PageMeta = ApiErrorBody;
