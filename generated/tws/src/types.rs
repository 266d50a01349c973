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

#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Session {
    pub tws_token: SessionToken,
    /// The caller's memberships (an array on the public pages).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tws_memberships: Option<Vec<Membership>>,
    /// The caller's membership in an organization.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tws_membership: Option<Membership>,
}

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

#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct WorkSessionList {
    pub data: Vec<WorkSession>,
    /// Paging metadata (total and position); the field names are undocumented.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<ErrorBody>,
}

#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct WorkSessionEnvelope {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<WorkSession>,
}

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

#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct KeyCreateRequest {
    pub key: KeyCreate,
}

impl KeyCreateRequest {
    /// A `KeyCreateRequest` with its required fields; set the optional ones with the methods named after them.
    pub fn new(key: impl Into<KeyCreate>) -> Self {
        Self { key: key.into() }
    }
}

#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Key {
    pub id: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lock_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub membership_id: Option<String>,
    /// A date and time as TWS writes them, `YYYY-MM-DD HH:MM:SS`, without a UTC offset (the zone is undocumented).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_date: Option<TwsDateTime>,
    /// A date and time as TWS writes them, `YYYY-MM-DD HH:MM:SS`, without a UTC offset (the zone is undocumented).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<TwsDateTime>,
}

#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct KeyList {
    pub data: Vec<Key>,
}

#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct KeyEnvelope {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Key>,
}

#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserCreate {
    pub first_name: String,
    pub last_name: String,
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

#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserCreateRequest {
    pub user: UserCreate,
}

impl UserCreateRequest {
    /// A `UserCreateRequest` with its required fields; set the optional ones with the methods named after them.
    pub fn new(user: impl Into<UserCreate>) -> Self {
        Self { user: user.into() }
    }
}

#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserCreatedData {
    pub membership_id: String,
}

#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserCreated {
    pub data: UserCreatedData,
}

#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct User {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserList {
    pub data: Vec<User>,
    /// Paging metadata (total and position); the field names are undocumented.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<ErrorBody>,
}

#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserEnvelope {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<User>,
}

#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Site {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct SiteList {
    pub data: Vec<Site>,
    /// Paging metadata (total and position); the field names are undocumented.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<ErrorBody>,
}

#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Lock {
    pub id: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct LockList {
    pub data: Vec<Lock>,
    /// Paging metadata (total and position); the field names are undocumented.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<ErrorBody>,
}

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

#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct OrganizationUpdateRequest {
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

#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct OrganizationEnvelope {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Organization>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[non_exhaustive]
pub enum WebhookEventEvent {
    #[serde(rename = "user.create")]
    UserCreate,
    #[serde(rename = "user.delete")]
    UserDelete,
    #[serde(rename = "user.update")]
    UserUpdate,
    #[serde(rename = "lock.create")]
    LockCreate,
    #[serde(rename = "lock.delete")]
    LockDelete,
    #[serde(rename = "lock.update")]
    LockUpdate,
    #[serde(rename = "lock.open")]
    LockOpen,
    #[serde(rename = "lock.close")]
    LockClose,
    #[serde(rename = "organization.update")]
    OrganizationUpdate,
    #[serde(rename = "access_request.create")]
    AccessRequestCreate,
    #[serde(rename = "access_request.update")]
    AccessRequestUpdate,
    #[serde(rename = "lock_group.create")]
    LockGroupCreate,
    #[serde(rename = "lock_group.delete")]
    LockGroupDelete,
    #[serde(rename = "group_key.create")]
    GroupKeyCreate,
    #[serde(rename = "group_key.delete")]
    GroupKeyDelete,
    #[serde(rename = "site.create")]
    SiteCreate,
    #[serde(rename = "site.delete")]
    SiteDelete,
    #[serde(rename = "site_key.create")]
    SiteKeyCreate,
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
