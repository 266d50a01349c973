// This file is generated from specs/tws.yaml by `cargo xtask generate`. Do not edit it by hand.

//! The API's data types.
/// A date and time as TWS writes them, `YYYY-MM-DD HH:MM:SS`, without a UTC offset (the zone is undocumented).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
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

/// An error response; its shape is undocumented.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct ErrorBody {
    /// Properties not named by the schema.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<
        String,
        codegen_runtime::serde_json::Value,
    >,
}

/// An object: the schema `SessionCreate` of the API.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct SessionCreate {
    /// The administrator's username (email).
    pub username: String,
    /// The password.
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

/// The caller's membership in an organization.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Membership {
    /// The membership id, sent as `tws-membership-id`.
    pub id: String,
    /// The organization of the membership (the field name is undocumented).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
}

/// An object: the schema `SessionToken` of the API.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct SessionToken {
    /// The bearer token.
    pub tws_token_data: codegen_runtime::Secret,
    /// When the token expires (format undocumented; read as epoch seconds, RFC 3339 or `YYYY-MM-DD HH:MM:SS`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tws_token_expires_at: Option<String>,
}

/// An object: the schema `Session` of the API.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Session {
    /// The `tws_token` property.
    pub tws_token: SessionToken,
    /// The caller's memberships (an array on the public pages).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tws_memberships: Option<Vec<Membership>>,
    /// The caller's membership in an organization.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tws_membership: Option<Membership>,
}

/// An object: the schema `WorkSession` of the API.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct WorkSession {
    /// The work session id.
    pub id: String,
    /// The state, e.g. `pending` or `approved` (values undocumented).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

/// An object: the schema `WorkSessionList` of the API.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct WorkSessionList {
    /// The `data` property.
    pub data: Vec<WorkSession>,
    /// Paging metadata (total and position); the field names are undocumented.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<ErrorBody>,
}

/// An object: the schema `WorkSessionEnvelope` of the API.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct WorkSessionEnvelope {
    /// The `data` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<WorkSession>,
}

/// An object: the schema `KeyOptions` of the API.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct KeyOptions {
    /// Job Tracking tasks attached to the key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tasks: Option<Vec<String>>,
}

impl KeyOptions {
    /// Sets `tasks`.
    pub fn tasks(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tasks = Some(value.into());
        self
    }
}

/// An object: the schema `KeyCreate` of the API.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct KeyCreate {
    /// The locks the keys open.
    pub lock_ids: Vec<i64>,
    /// The members who get keys.
    pub membership_ids: Vec<String>,
    /// A date and time as TWS writes them, `YYYY-MM-DD HH:MM:SS`, without a UTC offset (the zone is undocumented).
    pub start_date: TwsDateTime,
    /// A date and time as TWS writes them, `YYYY-MM-DD HH:MM:SS`, without a UTC offset (the zone is undocumented).
    pub end_date: TwsDateTime,
    /// A reference of the caller's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ticket_number: Option<String>,
    /// The `options` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub options: Option<KeyOptions>,
}

impl KeyCreate {
    /// A `KeyCreate` with its required fields; set the optional ones with the methods named after them.
    pub fn new(
        lock_ids: impl Into<Vec<i64>>,
        membership_ids: impl Into<Vec<String>>,
        start_date: impl Into<TwsDateTime>,
        end_date: impl Into<TwsDateTime>,
    ) -> Self {
        Self {
            lock_ids: lock_ids.into(),
            membership_ids: membership_ids.into(),
            start_date: start_date.into(),
            end_date: end_date.into(),
            ticket_number: None,
            options: None,
        }
    }

    /// Sets `ticket_number`.
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

/// An object: the schema `KeyCreateRequest` of the API.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct KeyCreateRequest {
    /// The `key` property.
    pub key: KeyCreate,
}

impl KeyCreateRequest {
    /// A `KeyCreateRequest` with its required fields; set the optional ones with the methods named after them.
    pub fn new(key: impl Into<KeyCreate>) -> Self {
        Self { key: key.into() }
    }
}

/// An object: the schema `Key` of the API.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Key {
    /// The `id` property.
    pub id: i64,
    /// The `lock_id` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lock_id: Option<i64>,
    /// The `membership_id` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub membership_id: Option<String>,
    /// A date and time as TWS writes them, `YYYY-MM-DD HH:MM:SS`, without a UTC offset (the zone is undocumented).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_date: Option<TwsDateTime>,
    /// A date and time as TWS writes them, `YYYY-MM-DD HH:MM:SS`, without a UTC offset (the zone is undocumented).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<TwsDateTime>,
}

/// An object: the schema `KeyList` of the API.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct KeyList {
    /// The `data` property.
    pub data: Vec<Key>,
}

/// An object: the schema `KeyEnvelope` of the API.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct KeyEnvelope {
    /// The `data` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Key>,
}

/// An object: the schema `UserCreate` of the API.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserCreate {
    /// The `first_name` property.
    pub first_name: String,
    /// The `last_name` property.
    pub last_name: String,
    /// The `email` property.
    pub email: String,
    /// The role, e.g. `user` (other values undocumented).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_group: Option<String>,
    /// A language code, e.g. `en`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Whether only administrators may register a new device for the user.
    #[serde(skip_serializing_if = "Option::is_none")]
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

    /// Sets `user_group`.
    pub fn user_group(mut self, value: impl Into<String>) -> Self {
        self.user_group = Some(value.into());
        self
    }

    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }

    /// Sets `device_restricted`.
    pub fn device_restricted(mut self, value: impl Into<bool>) -> Self {
        self.device_restricted = Some(value.into());
        self
    }
}

/// An object: the schema `UserCreateRequest` of the API.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserCreateRequest {
    /// The `user` property.
    pub user: UserCreate,
}

impl UserCreateRequest {
    /// A `UserCreateRequest` with its required fields; set the optional ones with the methods named after them.
    pub fn new(user: impl Into<UserCreate>) -> Self {
        Self { user: user.into() }
    }
}

/// An object of the API.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserCreatedData {
    /// The `membership_id` property.
    pub membership_id: String,
}

/// An object: the schema `UserCreated` of the API.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserCreated {
    /// The `data` property.
    pub data: UserCreatedData,
}

/// An object: the schema `User` of the API.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct User {
    /// The `id` property.
    pub id: String,
    /// The `first_name` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// The `last_name` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// The `email` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// An object: the schema `UserList` of the API.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserList {
    /// The `data` property.
    pub data: Vec<User>,
    /// Paging metadata (total and position); the field names are undocumented.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<ErrorBody>,
}

/// An object: the schema `UserEnvelope` of the API.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserEnvelope {
    /// The `data` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<User>,
}

/// An object: the schema `Site` of the API.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Site {
    /// The `id` property.
    pub id: String,
    /// The `name` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// An object: the schema `SiteList` of the API.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct SiteList {
    /// The `data` property.
    pub data: Vec<Site>,
    /// Paging metadata (total and position); the field names are undocumented.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<ErrorBody>,
}

/// An object: the schema `Lock` of the API.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Lock {
    /// The `id` property.
    pub id: i64,
    /// The `name` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// An object: the schema `LockList` of the API.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct LockList {
    /// The `data` property.
    pub data: Vec<Lock>,
    /// Paging metadata (total and position); the field names are undocumented.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<ErrorBody>,
}

/// An object: the schema `LockStatusEnvelope` of the API.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct LockStatusEnvelope {
    /// The lock's status (fields undocumented).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<
        std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
    >,
}

/// An object: the schema `Organization` of the API.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Organization {
    /// Where Sera4 POSTs webhook events.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub webhook_url: Option<String>,
}

impl Organization {
    /// Sets `webhook_url`.
    pub fn webhook_url(mut self, value: impl Into<String>) -> Self {
        self.webhook_url = Some(value.into());
        self
    }
}

/// An object: the schema `OrganizationUpdateRequest` of the API.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct OrganizationUpdateRequest {
    /// The `organization` property.
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

/// An object: the schema `OrganizationEnvelope` of the API.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct OrganizationEnvelope {
    /// The `data` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Organization>,
}

/// A string enumeration of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[non_exhaustive]
pub enum WebhookEventEvent {
    /// `user.create` on the wire.
    #[serde(rename = "user.create")]
    UserCreate,
    /// `user.delete` on the wire.
    #[serde(rename = "user.delete")]
    UserDelete,
    /// `user.update` on the wire.
    #[serde(rename = "user.update")]
    UserUpdate,
    /// `lock.create` on the wire.
    #[serde(rename = "lock.create")]
    LockCreate,
    /// `lock.delete` on the wire.
    #[serde(rename = "lock.delete")]
    LockDelete,
    /// `lock.update` on the wire.
    #[serde(rename = "lock.update")]
    LockUpdate,
    /// `lock.open` on the wire.
    #[serde(rename = "lock.open")]
    LockOpen,
    /// `lock.close` on the wire.
    #[serde(rename = "lock.close")]
    LockClose,
    /// `organization.update` on the wire.
    #[serde(rename = "organization.update")]
    OrganizationUpdate,
    /// `access_request.create` on the wire.
    #[serde(rename = "access_request.create")]
    AccessRequestCreate,
    /// `access_request.update` on the wire.
    #[serde(rename = "access_request.update")]
    AccessRequestUpdate,
    /// `lock_group.create` on the wire.
    #[serde(rename = "lock_group.create")]
    LockGroupCreate,
    /// `lock_group.delete` on the wire.
    #[serde(rename = "lock_group.delete")]
    LockGroupDelete,
    /// `group_key.create` on the wire.
    #[serde(rename = "group_key.create")]
    GroupKeyCreate,
    /// `group_key.delete` on the wire.
    #[serde(rename = "group_key.delete")]
    GroupKeyDelete,
    /// `site.create` on the wire.
    #[serde(rename = "site.create")]
    SiteCreate,
    /// `site.delete` on the wire.
    #[serde(rename = "site.delete")]
    SiteDelete,
    /// `site_key.create` on the wire.
    #[serde(rename = "site_key.create")]
    SiteKeyCreate,
    /// `site_key.delete` on the wire.
    #[serde(rename = "site_key.delete")]
    SiteKeyDelete,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    #[serde(untagged)]
    Unknown(codegen_runtime::UnknownValue),
}

impl WebhookEventEvent {
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

impl std::fmt::Display for WebhookEventEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A webhook payload; only the event names are documented.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct WebhookEvent {
    /// The `event` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event: Option<WebhookEventEvent>,
    /// Properties not named by the schema.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<
        String,
        codegen_runtime::serde_json::Value,
    >,
}

/// The body of an error response. The variant is chosen by the response's status, from the operation's own responses in the spec, never by trying variants in turn.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ApiErrorBody {
    /// An error body of the `ErrorBody` shape.
    ErrorBody(ErrorBody),
}

impl codegen_runtime::ErrorBodies for ApiErrorBody {
    fn decode_variant(
        variant: u16,
        body: &[u8],
    ) -> Result<Self, codegen_runtime::DecodeFailure> {
        match variant {
            0 => codegen_runtime::decode_json(0, body).map(Self::ErrorBody),
            _ => {
                Err(codegen_runtime::DecodeFailure {
                    path: ".".to_owned(),
                    message: format!("no error body variant {variant}"),
                })
            }
        }
    }
}

/// A sort order, `<field>, <direction>`.
///
/// The same type as `TwsDateTime`: the spec describes both with one shape.
pub type SortBy = TwsDateTime;

/// Paging metadata (total and position); the field names are undocumented.
///
/// The same type as `ErrorBody`: the spec describes both with one shape.
pub type PageMeta = ErrorBody;
