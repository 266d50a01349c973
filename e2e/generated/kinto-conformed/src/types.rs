// This file is generated from e2e/specs/kinto.json with the overlay e2e/specs/kinto-conformed.overlay.yaml by `cargo xtask generate`. Do not edit it by hand.

//! The API's data types.
/// ErrorSchema
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct GetAccountsError400 {
    /// Code
    pub code: i64,
    /// Errno
    pub errno: i64,
    /// Error
    pub error: String,
    /// Message
    pub message: Option<String>,
    /// Info
    pub info: Option<String>,
    /// `details`
    pub details: Option<codegen_runtime::serde_json::Value>,
}

impl GetAccountsError400 {
    /// A `GetAccountsError400` with its required fields; set the optional ones with the methods named after them.
    pub fn new(
        code: impl Into<i64>,
        errno: impl Into<i64>,
        error: impl Into<String>,
    ) -> Self {
        Self {
            code: code.into(),
            errno: errno.into(),
            error: error.into(),
            message: None,
            info: None,
            details: None,
        }
    }

    /// Message
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Info
    pub fn info(mut self, value: impl Into<String>) -> Self {
        self.info = Some(value.into());
        self
    }

    /// Sets `details`.
    pub fn details(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.details = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for GetAccountsError400 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "code", &self.code)?;
        codegen_runtime::model::entry(&mut map, "errno", &self.errno)?;
        codegen_runtime::model::entry(&mut map, "error", &self.error)?;
        codegen_runtime::model::present(&mut map, "message", &self.message)?;
        codegen_runtime::model::present(&mut map, "info", &self.info)?;
        codegen_runtime::model::present(&mut map, "details", &self.details)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`GetAccountsError400`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __GetAccountsError400Slots {
    code: Option<i64>,
    errno: Option<i64>,
    error: Option<String>,
    message: Option<Option<String>>,
    info: Option<Option<String>>,
    details: Option<Option<codegen_runtime::serde_json::Value>>,
}

impl codegen_runtime::model::Object for GetAccountsError400 {
    const NAME: &'static str = "GetAccountsError400";
    type Slots = __GetAccountsError400Slots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => codegen_runtime::model::set(map, &mut slots.code, "code"),
            "errno" => codegen_runtime::model::set(map, &mut slots.errno, "errno"),
            "error" => codegen_runtime::model::set(map, &mut slots.error, "error"),
            "message" => codegen_runtime::model::set(map, &mut slots.message, "message"),
            "info" => codegen_runtime::model::set(map, &mut slots.info, "info"),
            "details" => codegen_runtime::model::set(map, &mut slots.details, "details"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            code: codegen_runtime::model::required(slots.code, "code")?,
            errno: codegen_runtime::model::required(slots.errno, "errno")?,
            error: codegen_runtime::model::required(slots.error, "error")?,
            message: slots.message.flatten(),
            info: slots.info.flatten(),
            details: slots.details.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for GetAccountsError400 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Data
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct GetAccountsResponseDataItem {
    /// Password
    pub password: codegen_runtime::Secret,
    /// Properties not named by the schema.
    pub additional_properties: std::collections::BTreeMap<
        String,
        codegen_runtime::serde_json::Value,
    >,
}

impl GetAccountsResponseDataItem {
    /// A `GetAccountsResponseDataItem` with its required fields; set the optional ones with the methods named after them.
    pub fn new(password: impl Into<codegen_runtime::Secret>) -> Self {
        Self {
            password: password.into(),
            additional_properties: Default::default(),
        }
    }
}

impl serde::Serialize for GetAccountsResponseDataItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "password", &self.password)?;
        codegen_runtime::model::others(&mut map, &self.additional_properties)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`GetAccountsResponseDataItem`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __GetAccountsResponseDataItemSlots {
    password: Option<codegen_runtime::Secret>,
    additional_properties: std::collections::BTreeMap<
        String,
        codegen_runtime::serde_json::Value,
    >,
}

impl codegen_runtime::model::Object for GetAccountsResponseDataItem {
    const NAME: &'static str = "GetAccountsResponseDataItem";
    const KEEPS_OTHERS: bool = true;

    fn store_other<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: String,
        map: &mut A,
    ) -> Result<(), A::Error> {
        codegen_runtime::model::insert(map, &mut slots.additional_properties, key)
    }
    type Slots = __GetAccountsResponseDataItemSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "password" => {
                codegen_runtime::model::set(map, &mut slots.password, "password")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            password: codegen_runtime::model::required(slots.password, "password")?,
            additional_properties: slots.additional_properties,
        })
    }
}

impl<'de> serde::Deserialize<'de> for GetAccountsResponseDataItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Schema
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct GetAccountsResponse {
    /// Default: `[]`.
    pub data: Option<Vec<GetAccountsResponseDataItem>>,
}

impl GetAccountsResponse {
    /// Default: `[]`.
    pub fn data(
        mut self,
        value: impl IntoIterator<Item = impl Into<GetAccountsResponseDataItem>>,
    ) -> Self {
        self.data = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for GetAccountsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "data", &self.data)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`GetAccountsResponse`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __GetAccountsResponseSlots {
    data: Option<Option<Vec<GetAccountsResponseDataItem>>>,
}

impl codegen_runtime::model::Object for GetAccountsResponse {
    const NAME: &'static str = "GetAccountsResponse";
    type Slots = __GetAccountsResponseSlots;

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

impl<'de> serde::Deserialize<'de> for GetAccountsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Permissions
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Permissions {
    /// Read
    pub read: Option<Vec<String>>,
    /// Write
    pub write: Option<Vec<String>>,
}

impl Permissions {
    /// Read
    pub fn read(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.read = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Write
    pub fn write(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.write = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

impl serde::Serialize for Permissions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "read", &self.read)?;
        codegen_runtime::model::present(&mut map, "write", &self.write)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Permissions`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __PermissionsSlots {
    read: Option<Option<Vec<String>>>,
    write: Option<Option<Vec<String>>>,
}

impl codegen_runtime::model::Object for Permissions {
    const NAME: &'static str = "Permissions";
    type Slots = __PermissionsSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "read" => codegen_runtime::model::set(map, &mut slots.read, "read"),
            "write" => codegen_runtime::model::set(map, &mut slots.write, "write"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            read: slots.read.flatten(),
            write: slots.write.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Permissions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// ObjectSchema
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct CreateAccountRequest {
    /// Data
    pub data: GetAccountsResponseDataItem,
    /// Permissions
    pub permissions: Option<Permissions>,
}

impl CreateAccountRequest {
    /// A `CreateAccountRequest` with its required fields; set the optional ones with the methods named after them.
    pub fn new(data: impl Into<GetAccountsResponseDataItem>) -> Self {
        Self {
            data: data.into(),
            permissions: None,
        }
    }

    /// Permissions
    pub fn permissions(mut self, value: impl Into<Permissions>) -> Self {
        self.permissions = Some(value.into());
        self
    }
}

impl serde::Serialize for CreateAccountRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "data", &self.data)?;
        codegen_runtime::model::present(&mut map, "permissions", &self.permissions)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`CreateAccountRequest`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __CreateAccountRequestSlots {
    data: Option<GetAccountsResponseDataItem>,
    permissions: Option<Option<Permissions>>,
}

impl codegen_runtime::model::Object for CreateAccountRequest {
    const NAME: &'static str = "CreateAccountRequest";
    type Slots = __CreateAccountRequestSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => codegen_runtime::model::set(map, &mut slots.data, "data"),
            "permissions" => {
                codegen_runtime::model::set(map, &mut slots.permissions, "permissions")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            data: codegen_runtime::model::required(slots.data, "data")?,
            permissions: slots.permissions.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for CreateAccountRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// The body of a success response, by status.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum AccountResponse3 {
    /// HTTP 200.
    Status200(CreateAccountRequest),
    /// HTTP 201.
    Status201(CreateAccountRequest),
}

impl AccountResponse3 {
    /// Decodes the body of a success response by its status. A success status
    /// the spec does not document decodes as the first documented status with
    /// a body (an empty body as the first without one).
    #[inline]
    pub fn decode(
        status: u16,
        body: &[u8],
    ) -> Result<Self, codegen_runtime::DecodeFailure> {
        match status {
            200 => codegen_runtime::decode_json(status, body).map(Self::Status200),
            201 => codegen_runtime::decode_json(status, body).map(Self::Status201),
            _ => codegen_runtime::decode_json(status, body).map(Self::Status200),
        }
    }
}

/// Schema
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DeleteAccountsResponse {
    /// Default: `[]`.
    pub data: Option<
        Vec<std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>>,
    >,
}

impl DeleteAccountsResponse {
    /// Default: `[]`.
    pub fn data(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<
                std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
            >,
        >,
    ) -> Self {
        self.data = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for DeleteAccountsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "data", &self.data)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`DeleteAccountsResponse`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __DeleteAccountsResponseSlots {
    data: Option<
        Option<
            Vec<std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>>,
        >,
    >,
}

impl codegen_runtime::model::Object for DeleteAccountsResponse {
    const NAME: &'static str = "DeleteAccountsResponse";
    type Slots = __DeleteAccountsResponseSlots;

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

impl<'de> serde::Deserialize<'de> for DeleteAccountsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// ObjectSchema
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DeleteAccountResponse {
    /// Data
    pub data: Option<
        std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
    >,
    /// Permissions
    pub permissions: Option<Permissions>,
}

impl DeleteAccountResponse {
    /// Data
    pub fn data(
        mut self,
        value: impl Into<
            std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
        >,
    ) -> Self {
        self.data = Some(value.into());
        self
    }

    /// Permissions
    pub fn permissions(mut self, value: impl Into<Permissions>) -> Self {
        self.permissions = Some(value.into());
        self
    }
}

impl serde::Serialize for DeleteAccountResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "data", &self.data)?;
        codegen_runtime::model::present(&mut map, "permissions", &self.permissions)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`DeleteAccountResponse`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __DeleteAccountResponseSlots {
    data: Option<
        Option<std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>>,
    >,
    permissions: Option<Option<Permissions>>,
}

impl codegen_runtime::model::Object for DeleteAccountResponse {
    const NAME: &'static str = "DeleteAccountResponse";
    type Slots = __DeleteAccountResponseSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => codegen_runtime::model::set(map, &mut slots.data, "data"),
            "permissions" => {
                codegen_runtime::model::set(map, &mut slots.permissions, "permissions")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            data: slots.data.flatten(),
            permissions: slots.permissions.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for DeleteAccountResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `#/paths/~1accounts~1{id}/patch/parameters/2/schema`
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResponseBehavior {
    /// `full` on the wire.
    Full,
    /// `light` on the wire.
    Light,
    /// `diff` on the wire.
    Diff,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    Unknown(codegen_runtime::UnknownValue),
}

impl ResponseBehavior {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Full => "full",
            Self::Light => "light",
            Self::Diff => "diff",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for ResponseBehavior {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ResponseBehavior {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for ResponseBehavior {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(
                deserializer,
                &["full", "light", "diff"],
            )? {
                Ok(0) => Self::Full,
                Ok(1) => Self::Light,
                Ok(_) => Self::Diff,
                Err(value) => Self::Unknown(value),
            },
        )
    }
}

/// Method
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Method {
    /// `GET` on the wire.
    Get,
    /// `HEAD` on the wire.
    Head,
    /// `DELETE` on the wire.
    Delete,
    /// `TRACE` on the wire.
    Trace,
    /// `POST` on the wire.
    Post,
    /// `PUT` on the wire.
    Put,
    /// `PATCH` on the wire.
    Patch,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    Unknown(codegen_runtime::UnknownValue),
}

impl Method {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Get => "GET",
            Self::Head => "HEAD",
            Self::Delete => "DELETE",
            Self::Trace => "TRACE",
            Self::Post => "POST",
            Self::Put => "PUT",
            Self::Patch => "PATCH",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for Method {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Method {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for Method {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(
                deserializer,
                &["GET", "HEAD", "DELETE", "TRACE", "POST", "PUT", "PATCH"],
            )? {
                Ok(0) => Self::Get,
                Ok(1) => Self::Head,
                Ok(2) => Self::Delete,
                Ok(3) => Self::Trace,
                Ok(4) => Self::Post,
                Ok(5) => Self::Put,
                Ok(_) => Self::Patch,
                Err(value) => Self::Unknown(value),
            },
        )
    }
}

/// Defaults
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct BatchRequestDefaults {
    /// Method
    pub method: Option<Method>,
    /// Path
    ///
    /// Constraints: matches `^/`.
    pub path: Option<String>,
    /// Headers
    pub headers: Option<
        std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
    >,
    /// Body
    pub body: Option<
        std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
    >,
}

impl BatchRequestDefaults {
    /// Method
    pub fn method(mut self, value: impl Into<Method>) -> Self {
        self.method = Some(value.into());
        self
    }

    /// Path
    pub fn path(mut self, value: impl Into<String>) -> Self {
        self.path = Some(value.into());
        self
    }

    /// Headers
    pub fn headers(
        mut self,
        value: impl Into<
            std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
        >,
    ) -> Self {
        self.headers = Some(value.into());
        self
    }

    /// Body
    pub fn body(
        mut self,
        value: impl Into<
            std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
        >,
    ) -> Self {
        self.body = Some(value.into());
        self
    }
}

impl serde::Serialize for BatchRequestDefaults {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "method", &self.method)?;
        codegen_runtime::model::present(&mut map, "path", &self.path)?;
        codegen_runtime::model::present(&mut map, "headers", &self.headers)?;
        codegen_runtime::model::present(&mut map, "body", &self.body)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`BatchRequestDefaults`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __BatchRequestDefaultsSlots {
    method: Option<Option<Method>>,
    path: Option<Option<String>>,
    headers: Option<
        Option<std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>>,
    >,
    body: Option<
        Option<std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>>,
    >,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for BatchRequestDefaults {
    const NAME: &'static str = "BatchRequestDefaults";
    type Slots = __BatchRequestDefaultsSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "method" => codegen_runtime::model::set(map, &mut slots.method, "method"),
            "path" => codegen_runtime::model::set(map, &mut slots.path, "path"),
            "headers" => codegen_runtime::model::set(map, &mut slots.headers, "headers"),
            "body" => codegen_runtime::model::set(map, &mut slots.body, "body"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            method: slots.method.flatten(),
            path: slots.path.flatten(),
            headers: slots.headers.flatten(),
            body: slots.body.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for BatchRequestDefaults {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `#/paths/~1batch/post/requestBody/content/application~1json/schema/properties/requests/items`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct BatchRequestRequestsItem {
    /// Method
    pub method: Option<Method>,
    /// Path
    ///
    /// Constraints: matches `^/`.
    pub path: String,
    /// Headers
    pub headers: Option<
        std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
    >,
    /// Body
    pub body: Option<
        std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
    >,
}

impl BatchRequestRequestsItem {
    /// A `BatchRequestRequestsItem` with its required fields; set the optional ones with the methods named after them.
    pub fn new(path: impl Into<String>) -> Self {
        Self {
            method: None,
            path: path.into(),
            headers: None,
            body: None,
        }
    }

    /// Method
    pub fn method(mut self, value: impl Into<Method>) -> Self {
        self.method = Some(value.into());
        self
    }

    /// Headers
    pub fn headers(
        mut self,
        value: impl Into<
            std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
        >,
    ) -> Self {
        self.headers = Some(value.into());
        self
    }

    /// Body
    pub fn body(
        mut self,
        value: impl Into<
            std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
        >,
    ) -> Self {
        self.body = Some(value.into());
        self
    }
}

impl serde::Serialize for BatchRequestRequestsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "method", &self.method)?;
        codegen_runtime::model::entry(&mut map, "path", &self.path)?;
        codegen_runtime::model::present(&mut map, "headers", &self.headers)?;
        codegen_runtime::model::present(&mut map, "body", &self.body)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`BatchRequestRequestsItem`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __BatchRequestRequestsItemSlots {
    method: Option<Option<Method>>,
    path: Option<String>,
    headers: Option<
        Option<std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>>,
    >,
    body: Option<
        Option<std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>>,
    >,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for BatchRequestRequestsItem {
    const NAME: &'static str = "BatchRequestRequestsItem";
    type Slots = __BatchRequestRequestsItemSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "method" => codegen_runtime::model::set(map, &mut slots.method, "method"),
            "path" => codegen_runtime::model::set(map, &mut slots.path, "path"),
            "headers" => codegen_runtime::model::set(map, &mut slots.headers, "headers"),
            "body" => codegen_runtime::model::set(map, &mut slots.body, "body"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            method: slots.method.flatten(),
            path: codegen_runtime::model::required(slots.path, "path")?,
            headers: slots.headers.flatten(),
            body: slots.body.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for BatchRequestRequestsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// BatchPayloadSchema
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct BatchRequest {
    /// Defaults
    pub defaults: Option<BatchRequestDefaults>,
    /// Requests
    pub requests: Vec<BatchRequestRequestsItem>,
}

impl BatchRequest {
    /// A `BatchRequest` with its required fields; set the optional ones with the methods named after them.
    pub fn new(
        requests: impl IntoIterator<Item = impl Into<BatchRequestRequestsItem>>,
    ) -> Self {
        Self {
            defaults: None,
            requests: requests.into_iter().map(Into::into).collect(),
        }
    }

    /// Defaults
    pub fn defaults(mut self, value: impl Into<BatchRequestDefaults>) -> Self {
        self.defaults = Some(value.into());
        self
    }
}

impl serde::Serialize for BatchRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "defaults", &self.defaults)?;
        codegen_runtime::model::entry(&mut map, "requests", &self.requests)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`BatchRequest`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __BatchRequestSlots {
    defaults: Option<Option<BatchRequestDefaults>>,
    requests: Option<Vec<BatchRequestRequestsItem>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for BatchRequest {
    const NAME: &'static str = "BatchRequest";
    type Slots = __BatchRequestSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "defaults" => {
                codegen_runtime::model::set(map, &mut slots.defaults, "defaults")
            }
            "requests" => {
                codegen_runtime::model::set(map, &mut slots.requests, "requests")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            defaults: slots.defaults.flatten(),
            requests: codegen_runtime::model::required(slots.requests, "requests")?,
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for BatchRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `#/paths/~1batch/post/responses/200/content/application~1json/schema/properties/responses/items`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct BatchResponseResponsesItem {
    /// Status
    pub status: i64,
    /// Path
    pub path: String,
    /// Headers
    pub headers: Option<
        std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
    >,
    /// Body
    pub body: Option<
        std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
    >,
}

impl BatchResponseResponsesItem {
    /// A `BatchResponseResponsesItem` with its required fields; set the optional ones with the methods named after them.
    pub fn new(status: impl Into<i64>, path: impl Into<String>) -> Self {
        Self {
            status: status.into(),
            path: path.into(),
            headers: None,
            body: None,
        }
    }

    /// Headers
    pub fn headers(
        mut self,
        value: impl Into<
            std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
        >,
    ) -> Self {
        self.headers = Some(value.into());
        self
    }

    /// Body
    pub fn body(
        mut self,
        value: impl Into<
            std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
        >,
    ) -> Self {
        self.body = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for BatchResponseResponsesItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "status", &self.status)?;
        codegen_runtime::model::entry(&mut map, "path", &self.path)?;
        codegen_runtime::model::present(&mut map, "headers", &self.headers)?;
        codegen_runtime::model::present(&mut map, "body", &self.body)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`BatchResponseResponsesItem`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __BatchResponseResponsesItemSlots {
    status: Option<i64>,
    path: Option<String>,
    headers: Option<
        Option<std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>>,
    >,
    body: Option<
        Option<std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>>,
    >,
}

impl codegen_runtime::model::Object for BatchResponseResponsesItem {
    const NAME: &'static str = "BatchResponseResponsesItem";
    type Slots = __BatchResponseResponsesItemSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "status" => codegen_runtime::model::set(map, &mut slots.status, "status"),
            "path" => codegen_runtime::model::set(map, &mut slots.path, "path"),
            "headers" => codegen_runtime::model::set(map, &mut slots.headers, "headers"),
            "body" => codegen_runtime::model::set(map, &mut slots.body, "body"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            status: codegen_runtime::model::required(slots.status, "status")?,
            path: codegen_runtime::model::required(slots.path, "path")?,
            headers: slots.headers.flatten(),
            body: slots.body.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for BatchResponseResponsesItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// BatchResponseBodySchema
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct BatchResponse {
    /// Responses
    pub responses: Vec<BatchResponseResponsesItem>,
}

impl BatchResponse {
    /// A `BatchResponse` with its required fields; set the optional ones with the methods named after them.
    pub fn new(
        responses: impl IntoIterator<Item = impl Into<BatchResponseResponsesItem>>,
    ) -> Self {
        Self {
            responses: responses.into_iter().map(Into::into).collect(),
        }
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for BatchResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "responses", &self.responses)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`BatchResponse`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __BatchResponseSlots {
    responses: Option<Vec<BatchResponseResponsesItem>>,
}

impl codegen_runtime::model::Object for BatchResponse {
    const NAME: &'static str = "BatchResponse";
    type Slots = __BatchResponseSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "responses" => {
                codegen_runtime::model::set(map, &mut slots.responses, "responses")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            responses: codegen_runtime::model::required(slots.responses, "responses")?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for BatchResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Data
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct GetBucketsResponseDataItem {
    /// `collection:schema`
    pub collection_schema: Option<
        std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
    >,
    /// `group:schema`
    pub group_schema: Option<
        std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
    >,
    /// `record:schema`
    pub record_schema: Option<
        std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
    >,
    /// Properties not named by the schema.
    pub additional_properties: std::collections::BTreeMap<
        String,
        codegen_runtime::serde_json::Value,
    >,
}

impl GetBucketsResponseDataItem {
    /// Sets `collection:schema`.
    pub fn collection_schema(
        mut self,
        value: impl Into<
            std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
        >,
    ) -> Self {
        self.collection_schema = Some(value.into());
        self
    }

    /// Sets `group:schema`.
    pub fn group_schema(
        mut self,
        value: impl Into<
            std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
        >,
    ) -> Self {
        self.group_schema = Some(value.into());
        self
    }

    /// Sets `record:schema`.
    pub fn record_schema(
        mut self,
        value: impl Into<
            std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
        >,
    ) -> Self {
        self.record_schema = Some(value.into());
        self
    }
}

impl serde::Serialize for GetBucketsResponseDataItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(
            &mut map,
            "collection:schema",
            &self.collection_schema,
        )?;
        codegen_runtime::model::present(&mut map, "group:schema", &self.group_schema)?;
        codegen_runtime::model::present(&mut map, "record:schema", &self.record_schema)?;
        codegen_runtime::model::others(&mut map, &self.additional_properties)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`GetBucketsResponseDataItem`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __GetBucketsResponseDataItemSlots {
    collection_schema: Option<
        Option<std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>>,
    >,
    group_schema: Option<
        Option<std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>>,
    >,
    record_schema: Option<
        Option<std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>>,
    >,
    additional_properties: std::collections::BTreeMap<
        String,
        codegen_runtime::serde_json::Value,
    >,
}

impl codegen_runtime::model::Object for GetBucketsResponseDataItem {
    const NAME: &'static str = "GetBucketsResponseDataItem";
    const KEEPS_OTHERS: bool = true;

    fn store_other<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: String,
        map: &mut A,
    ) -> Result<(), A::Error> {
        codegen_runtime::model::insert(map, &mut slots.additional_properties, key)
    }
    type Slots = __GetBucketsResponseDataItemSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "collection:schema" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.collection_schema,
                    "collection:schema",
                )
            }
            "group:schema" => {
                codegen_runtime::model::set(map, &mut slots.group_schema, "group:schema")
            }
            "record:schema" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.record_schema,
                    "record:schema",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            collection_schema: slots.collection_schema.flatten(),
            group_schema: slots.group_schema.flatten(),
            record_schema: slots.record_schema.flatten(),
            additional_properties: slots.additional_properties,
        })
    }
}

impl<'de> serde::Deserialize<'de> for GetBucketsResponseDataItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Schema
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct GetBucketsResponse {
    /// Default: `[]`.
    pub data: Option<Vec<GetBucketsResponseDataItem>>,
}

impl GetBucketsResponse {
    /// Default: `[]`.
    pub fn data(
        mut self,
        value: impl IntoIterator<Item = impl Into<GetBucketsResponseDataItem>>,
    ) -> Self {
        self.data = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for GetBucketsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "data", &self.data)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`GetBucketsResponse`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __GetBucketsResponseSlots {
    data: Option<Option<Vec<GetBucketsResponseDataItem>>>,
}

impl codegen_runtime::model::Object for GetBucketsResponse {
    const NAME: &'static str = "GetBucketsResponse";
    type Slots = __GetBucketsResponseSlots;

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

impl<'de> serde::Deserialize<'de> for GetBucketsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Permissions
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct CreateBucketRequestPermissions {
    /// Read
    pub read: Option<Vec<String>>,
    /// Write
    pub write: Option<Vec<String>>,
    /// Collection:Create
    pub collection_create: Option<Vec<String>>,
    /// Group:Create
    pub group_create: Option<Vec<String>>,
}

impl CreateBucketRequestPermissions {
    /// Read
    pub fn read(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.read = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Write
    pub fn write(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.write = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Collection:Create
    pub fn collection_create(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.collection_create = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Group:Create
    pub fn group_create(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.group_create = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

impl serde::Serialize for CreateBucketRequestPermissions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "read", &self.read)?;
        codegen_runtime::model::present(&mut map, "write", &self.write)?;
        codegen_runtime::model::present(
            &mut map,
            "collection:create",
            &self.collection_create,
        )?;
        codegen_runtime::model::present(&mut map, "group:create", &self.group_create)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`CreateBucketRequestPermissions`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __CreateBucketRequestPermissionsSlots {
    read: Option<Option<Vec<String>>>,
    write: Option<Option<Vec<String>>>,
    collection_create: Option<Option<Vec<String>>>,
    group_create: Option<Option<Vec<String>>>,
}

impl codegen_runtime::model::Object for CreateBucketRequestPermissions {
    const NAME: &'static str = "CreateBucketRequestPermissions";
    type Slots = __CreateBucketRequestPermissionsSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "read" => codegen_runtime::model::set(map, &mut slots.read, "read"),
            "write" => codegen_runtime::model::set(map, &mut slots.write, "write"),
            "collection:create" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.collection_create,
                    "collection:create",
                )
            }
            "group:create" => {
                codegen_runtime::model::set(map, &mut slots.group_create, "group:create")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            read: slots.read.flatten(),
            write: slots.write.flatten(),
            collection_create: slots.collection_create.flatten(),
            group_create: slots.group_create.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for CreateBucketRequestPermissions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// ObjectSchema
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct CreateBucketRequest {
    /// Data
    pub data: Option<GetBucketsResponseDataItem>,
    /// Permissions
    pub permissions: Option<CreateBucketRequestPermissions>,
}

impl CreateBucketRequest {
    /// Data
    pub fn data(mut self, value: impl Into<GetBucketsResponseDataItem>) -> Self {
        self.data = Some(value.into());
        self
    }

    /// Permissions
    pub fn permissions(
        mut self,
        value: impl Into<CreateBucketRequestPermissions>,
    ) -> Self {
        self.permissions = Some(value.into());
        self
    }
}

impl serde::Serialize for CreateBucketRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "data", &self.data)?;
        codegen_runtime::model::present(&mut map, "permissions", &self.permissions)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`CreateBucketRequest`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __CreateBucketRequestSlots {
    data: Option<Option<GetBucketsResponseDataItem>>,
    permissions: Option<Option<CreateBucketRequestPermissions>>,
}

impl codegen_runtime::model::Object for CreateBucketRequest {
    const NAME: &'static str = "CreateBucketRequest";
    type Slots = __CreateBucketRequestSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => codegen_runtime::model::set(map, &mut slots.data, "data"),
            "permissions" => {
                codegen_runtime::model::set(map, &mut slots.permissions, "permissions")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            data: slots.data.flatten(),
            permissions: slots.permissions.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for CreateBucketRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// The body of a success response, by status.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum BucketResponse3 {
    /// HTTP 200.
    Status200(CreateBucketRequest),
    /// HTTP 201.
    Status201(CreateBucketRequest),
}

impl BucketResponse3 {
    /// Decodes the body of a success response by its status. A success status
    /// the spec does not document decodes as the first documented status with
    /// a body (an empty body as the first without one).
    #[inline]
    pub fn decode(
        status: u16,
        body: &[u8],
    ) -> Result<Self, codegen_runtime::DecodeFailure> {
        match status {
            200 => codegen_runtime::decode_json(status, body).map(Self::Status200),
            201 => codegen_runtime::decode_json(status, body).map(Self::Status201),
            _ => codegen_runtime::decode_json(status, body).map(Self::Status200),
        }
    }
}

/// ObjectSchema
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DeleteBucketResponse {
    /// Data
    pub data: Option<
        std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
    >,
    /// Permissions
    pub permissions: Option<CreateBucketRequestPermissions>,
}

impl DeleteBucketResponse {
    /// Data
    pub fn data(
        mut self,
        value: impl Into<
            std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
        >,
    ) -> Self {
        self.data = Some(value.into());
        self
    }

    /// Permissions
    pub fn permissions(
        mut self,
        value: impl Into<CreateBucketRequestPermissions>,
    ) -> Self {
        self.permissions = Some(value.into());
        self
    }
}

impl serde::Serialize for DeleteBucketResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "data", &self.data)?;
        codegen_runtime::model::present(&mut map, "permissions", &self.permissions)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`DeleteBucketResponse`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __DeleteBucketResponseSlots {
    data: Option<
        Option<std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>>,
    >,
    permissions: Option<Option<CreateBucketRequestPermissions>>,
}

impl codegen_runtime::model::Object for DeleteBucketResponse {
    const NAME: &'static str = "DeleteBucketResponse";
    type Slots = __DeleteBucketResponseSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => codegen_runtime::model::set(map, &mut slots.data, "data"),
            "permissions" => {
                codegen_runtime::model::set(map, &mut slots.permissions, "permissions")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            data: slots.data.flatten(),
            permissions: slots.permissions.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for DeleteBucketResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Data
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct GetCollectionsResponseDataItem {
    /// Schema
    pub schema: Option<
        std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
    >,
    /// Cache Expires
    pub cache_expires: Option<i64>,
    /// Properties not named by the schema.
    pub additional_properties: std::collections::BTreeMap<
        String,
        codegen_runtime::serde_json::Value,
    >,
}

impl GetCollectionsResponseDataItem {
    /// Schema
    pub fn schema(
        mut self,
        value: impl Into<
            std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
        >,
    ) -> Self {
        self.schema = Some(value.into());
        self
    }

    /// Cache Expires
    pub fn cache_expires(mut self, value: impl Into<i64>) -> Self {
        self.cache_expires = Some(value.into());
        self
    }
}

impl serde::Serialize for GetCollectionsResponseDataItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "schema", &self.schema)?;
        codegen_runtime::model::present(&mut map, "cache_expires", &self.cache_expires)?;
        codegen_runtime::model::others(&mut map, &self.additional_properties)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`GetCollectionsResponseDataItem`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __GetCollectionsResponseDataItemSlots {
    schema: Option<
        Option<std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>>,
    >,
    cache_expires: Option<Option<i64>>,
    additional_properties: std::collections::BTreeMap<
        String,
        codegen_runtime::serde_json::Value,
    >,
}

impl codegen_runtime::model::Object for GetCollectionsResponseDataItem {
    const NAME: &'static str = "GetCollectionsResponseDataItem";
    const KEEPS_OTHERS: bool = true;

    fn store_other<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: String,
        map: &mut A,
    ) -> Result<(), A::Error> {
        codegen_runtime::model::insert(map, &mut slots.additional_properties, key)
    }
    type Slots = __GetCollectionsResponseDataItemSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "schema" => codegen_runtime::model::set(map, &mut slots.schema, "schema"),
            "cache_expires" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.cache_expires,
                    "cache_expires",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            schema: slots.schema.flatten(),
            cache_expires: slots.cache_expires.flatten(),
            additional_properties: slots.additional_properties,
        })
    }
}

impl<'de> serde::Deserialize<'de> for GetCollectionsResponseDataItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Schema
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct GetCollectionsResponse {
    /// Default: `[]`.
    pub data: Option<Vec<GetCollectionsResponseDataItem>>,
}

impl GetCollectionsResponse {
    /// Default: `[]`.
    pub fn data(
        mut self,
        value: impl IntoIterator<Item = impl Into<GetCollectionsResponseDataItem>>,
    ) -> Self {
        self.data = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for GetCollectionsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "data", &self.data)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`GetCollectionsResponse`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __GetCollectionsResponseSlots {
    data: Option<Option<Vec<GetCollectionsResponseDataItem>>>,
}

impl codegen_runtime::model::Object for GetCollectionsResponse {
    const NAME: &'static str = "GetCollectionsResponse";
    type Slots = __GetCollectionsResponseSlots;

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

impl<'de> serde::Deserialize<'de> for GetCollectionsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Permissions
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct CreateCollectionRequestPermissions {
    /// Read
    pub read: Option<Vec<String>>,
    /// Write
    pub write: Option<Vec<String>>,
    /// Record:Create
    pub record_create: Option<Vec<String>>,
}

impl CreateCollectionRequestPermissions {
    /// Read
    pub fn read(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.read = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Write
    pub fn write(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.write = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Record:Create
    pub fn record_create(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.record_create = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

impl serde::Serialize for CreateCollectionRequestPermissions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "read", &self.read)?;
        codegen_runtime::model::present(&mut map, "write", &self.write)?;
        codegen_runtime::model::present(&mut map, "record:create", &self.record_create)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`CreateCollectionRequestPermissions`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __CreateCollectionRequestPermissionsSlots {
    read: Option<Option<Vec<String>>>,
    write: Option<Option<Vec<String>>>,
    record_create: Option<Option<Vec<String>>>,
}

impl codegen_runtime::model::Object for CreateCollectionRequestPermissions {
    const NAME: &'static str = "CreateCollectionRequestPermissions";
    type Slots = __CreateCollectionRequestPermissionsSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "read" => codegen_runtime::model::set(map, &mut slots.read, "read"),
            "write" => codegen_runtime::model::set(map, &mut slots.write, "write"),
            "record:create" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.record_create,
                    "record:create",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            read: slots.read.flatten(),
            write: slots.write.flatten(),
            record_create: slots.record_create.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for CreateCollectionRequestPermissions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// ObjectSchema
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct CreateCollectionRequest {
    /// Data
    pub data: Option<GetCollectionsResponseDataItem>,
    /// Permissions
    pub permissions: Option<CreateCollectionRequestPermissions>,
}

impl CreateCollectionRequest {
    /// Data
    pub fn data(mut self, value: impl Into<GetCollectionsResponseDataItem>) -> Self {
        self.data = Some(value.into());
        self
    }

    /// Permissions
    pub fn permissions(
        mut self,
        value: impl Into<CreateCollectionRequestPermissions>,
    ) -> Self {
        self.permissions = Some(value.into());
        self
    }
}

impl serde::Serialize for CreateCollectionRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "data", &self.data)?;
        codegen_runtime::model::present(&mut map, "permissions", &self.permissions)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`CreateCollectionRequest`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __CreateCollectionRequestSlots {
    data: Option<Option<GetCollectionsResponseDataItem>>,
    permissions: Option<Option<CreateCollectionRequestPermissions>>,
}

impl codegen_runtime::model::Object for CreateCollectionRequest {
    const NAME: &'static str = "CreateCollectionRequest";
    type Slots = __CreateCollectionRequestSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => codegen_runtime::model::set(map, &mut slots.data, "data"),
            "permissions" => {
                codegen_runtime::model::set(map, &mut slots.permissions, "permissions")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            data: slots.data.flatten(),
            permissions: slots.permissions.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for CreateCollectionRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// The body of a success response, by status.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum CollectionResponse3 {
    /// HTTP 200.
    Status200(CreateCollectionRequest),
    /// HTTP 201.
    Status201(CreateCollectionRequest),
}

impl CollectionResponse3 {
    /// Decodes the body of a success response by its status. A success status
    /// the spec does not document decodes as the first documented status with
    /// a body (an empty body as the first without one).
    #[inline]
    pub fn decode(
        status: u16,
        body: &[u8],
    ) -> Result<Self, codegen_runtime::DecodeFailure> {
        match status {
            200 => codegen_runtime::decode_json(status, body).map(Self::Status200),
            201 => codegen_runtime::decode_json(status, body).map(Self::Status201),
            _ => codegen_runtime::decode_json(status, body).map(Self::Status200),
        }
    }
}

/// ObjectSchema
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DeleteCollectionResponse {
    /// Data
    pub data: Option<
        std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
    >,
    /// Permissions
    pub permissions: Option<CreateCollectionRequestPermissions>,
}

impl DeleteCollectionResponse {
    /// Data
    pub fn data(
        mut self,
        value: impl Into<
            std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
        >,
    ) -> Self {
        self.data = Some(value.into());
        self
    }

    /// Permissions
    pub fn permissions(
        mut self,
        value: impl Into<CreateCollectionRequestPermissions>,
    ) -> Self {
        self.permissions = Some(value.into());
        self
    }
}

impl serde::Serialize for DeleteCollectionResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "data", &self.data)?;
        codegen_runtime::model::present(&mut map, "permissions", &self.permissions)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`DeleteCollectionResponse`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __DeleteCollectionResponseSlots {
    data: Option<
        Option<std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>>,
    >,
    permissions: Option<Option<CreateCollectionRequestPermissions>>,
}

impl codegen_runtime::model::Object for DeleteCollectionResponse {
    const NAME: &'static str = "DeleteCollectionResponse";
    type Slots = __DeleteCollectionResponseSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => codegen_runtime::model::set(map, &mut slots.data, "data"),
            "permissions" => {
                codegen_runtime::model::set(map, &mut slots.permissions, "permissions")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            data: slots.data.flatten(),
            permissions: slots.permissions.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for DeleteCollectionResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Data
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct GetGroupsResponseDataItem {
    /// Members
    ///
    /// Default: `[]`.
    pub members: Option<Vec<String>>,
    /// Properties not named by the schema.
    pub additional_properties: std::collections::BTreeMap<
        String,
        codegen_runtime::serde_json::Value,
    >,
}

impl GetGroupsResponseDataItem {
    /// Members
    ///
    /// Default: `[]`.
    pub fn members(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.members = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

impl serde::Serialize for GetGroupsResponseDataItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "members", &self.members)?;
        codegen_runtime::model::others(&mut map, &self.additional_properties)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`GetGroupsResponseDataItem`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __GetGroupsResponseDataItemSlots {
    members: Option<Option<Vec<String>>>,
    additional_properties: std::collections::BTreeMap<
        String,
        codegen_runtime::serde_json::Value,
    >,
}

impl codegen_runtime::model::Object for GetGroupsResponseDataItem {
    const NAME: &'static str = "GetGroupsResponseDataItem";
    const KEEPS_OTHERS: bool = true;

    fn store_other<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: String,
        map: &mut A,
    ) -> Result<(), A::Error> {
        codegen_runtime::model::insert(map, &mut slots.additional_properties, key)
    }
    type Slots = __GetGroupsResponseDataItemSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "members" => codegen_runtime::model::set(map, &mut slots.members, "members"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            members: slots.members.flatten(),
            additional_properties: slots.additional_properties,
        })
    }
}

impl<'de> serde::Deserialize<'de> for GetGroupsResponseDataItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Schema
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct GetGroupsResponse {
    /// Default: `[]`.
    pub data: Option<Vec<GetGroupsResponseDataItem>>,
}

impl GetGroupsResponse {
    /// Default: `[]`.
    pub fn data(
        mut self,
        value: impl IntoIterator<Item = impl Into<GetGroupsResponseDataItem>>,
    ) -> Self {
        self.data = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for GetGroupsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "data", &self.data)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`GetGroupsResponse`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __GetGroupsResponseSlots {
    data: Option<Option<Vec<GetGroupsResponseDataItem>>>,
}

impl codegen_runtime::model::Object for GetGroupsResponse {
    const NAME: &'static str = "GetGroupsResponse";
    type Slots = __GetGroupsResponseSlots;

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

impl<'de> serde::Deserialize<'de> for GetGroupsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// ObjectSchema
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct CreateGroupRequest {
    /// Data
    pub data: Option<GetGroupsResponseDataItem>,
    /// Permissions
    pub permissions: Option<Permissions>,
}

impl CreateGroupRequest {
    /// Data
    pub fn data(mut self, value: impl Into<GetGroupsResponseDataItem>) -> Self {
        self.data = Some(value.into());
        self
    }

    /// Permissions
    pub fn permissions(mut self, value: impl Into<Permissions>) -> Self {
        self.permissions = Some(value.into());
        self
    }
}

impl serde::Serialize for CreateGroupRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "data", &self.data)?;
        codegen_runtime::model::present(&mut map, "permissions", &self.permissions)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`CreateGroupRequest`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __CreateGroupRequestSlots {
    data: Option<Option<GetGroupsResponseDataItem>>,
    permissions: Option<Option<Permissions>>,
}

impl codegen_runtime::model::Object for CreateGroupRequest {
    const NAME: &'static str = "CreateGroupRequest";
    type Slots = __CreateGroupRequestSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => codegen_runtime::model::set(map, &mut slots.data, "data"),
            "permissions" => {
                codegen_runtime::model::set(map, &mut slots.permissions, "permissions")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            data: slots.data.flatten(),
            permissions: slots.permissions.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for CreateGroupRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// The body of a success response, by status.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum GroupResponse3 {
    /// HTTP 200.
    Status200(CreateGroupRequest),
    /// HTTP 201.
    Status201(CreateGroupRequest),
}

impl GroupResponse3 {
    /// Decodes the body of a success response by its status. A success status
    /// the spec does not document decodes as the first documented status with
    /// a body (an empty body as the first without one).
    #[inline]
    pub fn decode(
        status: u16,
        body: &[u8],
    ) -> Result<Self, codegen_runtime::DecodeFailure> {
        match status {
            200 => codegen_runtime::decode_json(status, body).map(Self::Status200),
            201 => codegen_runtime::decode_json(status, body).map(Self::Status201),
            _ => codegen_runtime::decode_json(status, body).map(Self::Status200),
        }
    }
}

/// Data
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct GetPermissionssResponseDataItem {
    /// Uri
    pub uri: String,
    /// Resource Name
    pub resource_name: String,
    /// Bucket Id
    pub bucket_id: Option<String>,
    /// Collection Id
    pub collection_id: Option<String>,
    /// Group Id
    pub group_id: Option<String>,
    /// Record Id
    pub record_id: Option<String>,
    /// `permissions`
    pub permissions: Option<Vec<String>>,
    /// `id`
    pub id: Option<String>,
    /// `account_id`
    pub account_id: Option<String>,
}

impl GetPermissionssResponseDataItem {
    /// A `GetPermissionssResponseDataItem` with its required fields; set the optional ones with the methods named after them.
    pub fn new(uri: impl Into<String>, resource_name: impl Into<String>) -> Self {
        Self {
            uri: uri.into(),
            resource_name: resource_name.into(),
            bucket_id: None,
            collection_id: None,
            group_id: None,
            record_id: None,
            permissions: None,
            id: None,
            account_id: None,
        }
    }

    /// Bucket Id
    pub fn bucket_id(mut self, value: impl Into<String>) -> Self {
        self.bucket_id = Some(value.into());
        self
    }

    /// Collection Id
    pub fn collection_id(mut self, value: impl Into<String>) -> Self {
        self.collection_id = Some(value.into());
        self
    }

    /// Group Id
    pub fn group_id(mut self, value: impl Into<String>) -> Self {
        self.group_id = Some(value.into());
        self
    }

    /// Record Id
    pub fn record_id(mut self, value: impl Into<String>) -> Self {
        self.record_id = Some(value.into());
        self
    }

    /// Sets `permissions`.
    pub fn permissions(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.permissions = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `account_id`.
    pub fn account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for GetPermissionssResponseDataItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "uri", &self.uri)?;
        codegen_runtime::model::entry(&mut map, "resource_name", &self.resource_name)?;
        codegen_runtime::model::present(&mut map, "bucket_id", &self.bucket_id)?;
        codegen_runtime::model::present(&mut map, "collection_id", &self.collection_id)?;
        codegen_runtime::model::present(&mut map, "group_id", &self.group_id)?;
        codegen_runtime::model::present(&mut map, "record_id", &self.record_id)?;
        codegen_runtime::model::present(&mut map, "permissions", &self.permissions)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "account_id", &self.account_id)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`GetPermissionssResponseDataItem`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __GetPermissionssResponseDataItemSlots {
    uri: Option<String>,
    resource_name: Option<String>,
    bucket_id: Option<Option<String>>,
    collection_id: Option<Option<String>>,
    group_id: Option<Option<String>>,
    record_id: Option<Option<String>>,
    permissions: Option<Option<Vec<String>>>,
    id: Option<Option<String>>,
    account_id: Option<Option<String>>,
}

impl codegen_runtime::model::Object for GetPermissionssResponseDataItem {
    const NAME: &'static str = "GetPermissionssResponseDataItem";
    type Slots = __GetPermissionssResponseDataItemSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "uri" => codegen_runtime::model::set(map, &mut slots.uri, "uri"),
            "resource_name" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.resource_name,
                    "resource_name",
                )
            }
            "bucket_id" => {
                codegen_runtime::model::set(map, &mut slots.bucket_id, "bucket_id")
            }
            "collection_id" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.collection_id,
                    "collection_id",
                )
            }
            "group_id" => {
                codegen_runtime::model::set(map, &mut slots.group_id, "group_id")
            }
            "record_id" => {
                codegen_runtime::model::set(map, &mut slots.record_id, "record_id")
            }
            "permissions" => {
                codegen_runtime::model::set(map, &mut slots.permissions, "permissions")
            }
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "account_id" => {
                codegen_runtime::model::set(map, &mut slots.account_id, "account_id")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            uri: codegen_runtime::model::required(slots.uri, "uri")?,
            resource_name: codegen_runtime::model::required(
                slots.resource_name,
                "resource_name",
            )?,
            bucket_id: slots.bucket_id.flatten(),
            collection_id: slots.collection_id.flatten(),
            group_id: slots.group_id.flatten(),
            record_id: slots.record_id.flatten(),
            permissions: slots.permissions.flatten(),
            id: slots.id.flatten(),
            account_id: slots.account_id.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for GetPermissionssResponseDataItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Schema
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct GetPermissionssResponse {
    /// Default: `[]`.
    pub data: Option<Vec<GetPermissionssResponseDataItem>>,
}

impl GetPermissionssResponse {
    /// Default: `[]`.
    pub fn data(
        mut self,
        value: impl IntoIterator<Item = impl Into<GetPermissionssResponseDataItem>>,
    ) -> Self {
        self.data = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for GetPermissionssResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "data", &self.data)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`GetPermissionssResponse`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __GetPermissionssResponseSlots {
    data: Option<Option<Vec<GetPermissionssResponseDataItem>>>,
}

impl codegen_runtime::model::Object for GetPermissionssResponse {
    const NAME: &'static str = "GetPermissionssResponse";
    type Slots = __GetPermissionssResponseSlots;

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

impl<'de> serde::Deserialize<'de> for GetPermissionssResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// The body of a success response, by status.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum RecordResponse3 {
    /// HTTP 200.
    Status200(DeleteAccountResponse),
    /// HTTP 201.
    Status201(DeleteAccountResponse),
}

impl RecordResponse3 {
    /// Decodes the body of a success response by its status. A success status
    /// the spec does not document decodes as the first documented status with
    /// a body (an empty body as the first without one).
    #[inline]
    pub fn decode(
        status: u16,
        body: &[u8],
    ) -> Result<Self, codegen_runtime::DecodeFailure> {
        match status {
            200 => codegen_runtime::decode_json(status, body).map(Self::Status200),
            201 => codegen_runtime::decode_json(status, body).map(Self::Status201),
            _ => codegen_runtime::decode_json(status, body).map(Self::Status200),
        }
    }
}

/// The body of an error response. The variant is chosen by the response's status, from the operation's own responses in the spec, never by trying variants in turn.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ErrorBody {
    /// An error body of the `GetAccountsError400` shape.
    GetAccountsError400(GetAccountsError400),
    /// An error body of the `std::collections::BTreeMap<String,Value>` shape.
    Other(std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>),
}

impl codegen_runtime::ErrorBodies for ErrorBody {
    fn decode_variant(
        variant: u16,
        body: &[u8],
    ) -> Result<Self, codegen_runtime::DecodeFailure> {
        match variant {
            0 => codegen_runtime::decode_json(0, body).map(Self::GetAccountsError400),
            1 => codegen_runtime::decode_json(0, body).map(Self::Other),
            _ => {
                Err(codegen_runtime::DecodeFailure {
                    path: ".".to_owned(),
                    message: format!("no error body variant {variant}"),
                })
            }
        }
    }
}

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetAccountsError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetAccountsError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetAccountsError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetAccountsError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetAccountsErrordefault = GetAccountsError400;

/// Data
///
/// The same type as `GetAccountsResponseDataItem`: the spec describes both with one shape.
pub type CreateAccountRequestData = GetAccountsResponseDataItem;

/// Permissions
///
/// The same type as `Permissions`: the spec describes both with one shape.
pub type CreateAccountRequestPermissions = Permissions;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type CreateAccountError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type CreateAccountError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type CreateAccountError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type CreateAccountError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type CreateAccountError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type CreateAccountErrordefault = GetAccountsError400;

/// Data
///
/// The same type as `GetAccountsResponseDataItem`: the spec describes both with one shape.
pub type CreateAccountResponseData = GetAccountsResponseDataItem;

/// Permissions
///
/// The same type as `Permissions`: the spec describes both with one shape.
pub type CreateAccountResponsePermissions = Permissions;

/// ObjectSchema
///
/// The same type as `CreateAccountRequest`: the spec describes both with one shape.
pub type CreateAccountResponse = CreateAccountRequest;

/// Data
///
/// The same type as `GetAccountsResponseDataItem`: the spec describes both with one shape.
pub type CreateAccountResponse2Data = GetAccountsResponseDataItem;

/// Permissions
///
/// The same type as `Permissions`: the spec describes both with one shape.
pub type CreateAccountResponse2Permissions = Permissions;

/// ObjectSchema
///
/// The same type as `CreateAccountRequest`: the spec describes both with one shape.
pub type CreateAccountResponse2 = CreateAccountRequest;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type CreateAccountError415 = GetAccountsError400;

/// The body of a success response, by status.
///
/// The same type as `AccountResponse3`: the spec describes both with one shape.
pub type CreateAccountResponse3 = AccountResponse3;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteAccountsError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteAccountsError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteAccountsError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteAccountsError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteAccountsError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteAccountsErrordefault = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetAccountError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetAccountError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetAccountError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetAccountError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetAccountError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetAccountErrordefault = GetAccountsError400;

/// Data
///
/// The same type as `GetAccountsResponseDataItem`: the spec describes both with one shape.
pub type GetAccountResponseData = GetAccountsResponseDataItem;

/// Permissions
///
/// The same type as `Permissions`: the spec describes both with one shape.
pub type GetAccountResponsePermissions = Permissions;

/// ObjectSchema
///
/// The same type as `CreateAccountRequest`: the spec describes both with one shape.
pub type GetAccountResponse = CreateAccountRequest;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetAccountError404 = GetAccountsError400;

/// Data
///
/// The same type as `GetAccountsResponseDataItem`: the spec describes both with one shape.
pub type UpdateAccountRequestData = GetAccountsResponseDataItem;

/// Permissions
///
/// The same type as `Permissions`: the spec describes both with one shape.
pub type UpdateAccountRequestPermissions = Permissions;

/// ObjectSchema
///
/// The same type as `CreateAccountRequest`: the spec describes both with one shape.
pub type UpdateAccountRequest = CreateAccountRequest;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type UpdateAccountError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type UpdateAccountError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type UpdateAccountError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type UpdateAccountError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type UpdateAccountError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type UpdateAccountErrordefault = GetAccountsError400;

/// Data
///
/// The same type as `GetAccountsResponseDataItem`: the spec describes both with one shape.
pub type UpdateAccountResponseData = GetAccountsResponseDataItem;

/// Permissions
///
/// The same type as `Permissions`: the spec describes both with one shape.
pub type UpdateAccountResponsePermissions = Permissions;

/// ObjectSchema
///
/// The same type as `CreateAccountRequest`: the spec describes both with one shape.
pub type UpdateAccountResponse = CreateAccountRequest;

/// Data
///
/// The same type as `GetAccountsResponseDataItem`: the spec describes both with one shape.
pub type UpdateAccountResponse2Data = GetAccountsResponseDataItem;

/// Permissions
///
/// The same type as `Permissions`: the spec describes both with one shape.
pub type UpdateAccountResponse2Permissions = Permissions;

/// ObjectSchema
///
/// The same type as `CreateAccountRequest`: the spec describes both with one shape.
pub type UpdateAccountResponse2 = CreateAccountRequest;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type UpdateAccountError415 = GetAccountsError400;

/// The body of a success response, by status.
///
/// The same type as `AccountResponse3`: the spec describes both with one shape.
pub type UpdateAccountResponse3 = AccountResponse3;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteAccountError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteAccountError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteAccountError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteAccountError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteAccountError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteAccountErrordefault = GetAccountsError400;

/// Permissions
///
/// The same type as `Permissions`: the spec describes both with one shape.
pub type DeleteAccountResponsePermissions = Permissions;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteAccountError404 = GetAccountsError400;

/// The same type as `ResponseBehavior`: the spec describes both with one shape.
pub type PatchAccountResponseBehavior = ResponseBehavior;

/// Permissions
///
/// The same type as `Permissions`: the spec describes both with one shape.
pub type PatchAccountRequestPermissions = Permissions;

/// ObjectSchema
///
/// The same type as `DeleteAccountResponse`: the spec describes both with one shape.
pub type PatchAccountRequest = DeleteAccountResponse;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchAccountError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchAccountError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchAccountError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchAccountError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchAccountError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchAccountErrordefault = GetAccountsError400;

/// Permissions
///
/// The same type as `Permissions`: the spec describes both with one shape.
pub type PatchAccountResponsePermissions = Permissions;

/// ObjectSchema
///
/// The same type as `DeleteAccountResponse`: the spec describes both with one shape.
pub type PatchAccountResponse = DeleteAccountResponse;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchAccountError415 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchAccountError404 = GetAccountsError400;

/// Method
///
/// The same type as `Method`: the spec describes both with one shape.
pub type BatchRequestDefaultsMethod = Method;

/// Method
///
/// The same type as `Method`: the spec describes both with one shape.
pub type BatchRequestRequestsItemMethod = Method;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type BatchError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type BatchErrordefault = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteUserDataError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteUserDataError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteUserDataError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteUserDataError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteUserDataError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteUserDataErrordefault = GetAccountsError400;

/// Permissions
///
/// The same type as `Permissions`: the spec describes both with one shape.
pub type DeleteUserDataResponsePermissions = Permissions;

/// ObjectSchema
///
/// The same type as `DeleteAccountResponse`: the spec describes both with one shape.
pub type DeleteUserDataResponse = DeleteAccountResponse;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteUserDataError404 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetBucketsError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetBucketsError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetBucketsError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetBucketsError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetBucketsError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetBucketsErrordefault = GetAccountsError400;

/// Data
///
/// The same type as `GetBucketsResponseDataItem`: the spec describes both with one shape.
pub type CreateBucketRequestData = GetBucketsResponseDataItem;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type CreateBucketError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type CreateBucketError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type CreateBucketError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type CreateBucketError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type CreateBucketError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type CreateBucketErrordefault = GetAccountsError400;

/// Data
///
/// The same type as `GetBucketsResponseDataItem`: the spec describes both with one shape.
pub type CreateBucketResponseData = GetBucketsResponseDataItem;

/// Permissions
///
/// The same type as `CreateBucketRequestPermissions`: the spec describes both with one shape.
pub type CreateBucketResponsePermissions = CreateBucketRequestPermissions;

/// ObjectSchema
///
/// The same type as `CreateBucketRequest`: the spec describes both with one shape.
pub type CreateBucketResponse = CreateBucketRequest;

/// Data
///
/// The same type as `GetBucketsResponseDataItem`: the spec describes both with one shape.
pub type CreateBucketResponse2Data = GetBucketsResponseDataItem;

/// Permissions
///
/// The same type as `CreateBucketRequestPermissions`: the spec describes both with one shape.
pub type CreateBucketResponse2Permissions = CreateBucketRequestPermissions;

/// ObjectSchema
///
/// The same type as `CreateBucketRequest`: the spec describes both with one shape.
pub type CreateBucketResponse2 = CreateBucketRequest;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type CreateBucketError415 = GetAccountsError400;

/// The body of a success response, by status.
///
/// The same type as `BucketResponse3`: the spec describes both with one shape.
pub type CreateBucketResponse3 = BucketResponse3;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteBucketsError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteBucketsError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteBucketsError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteBucketsError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteBucketsError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteBucketsErrordefault = GetAccountsError400;

/// Schema
///
/// The same type as `DeleteAccountsResponse`: the spec describes both with one shape.
pub type DeleteBucketsResponse = DeleteAccountsResponse;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetBucketError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetBucketError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetBucketError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetBucketError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetBucketError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetBucketErrordefault = GetAccountsError400;

/// Data
///
/// The same type as `GetBucketsResponseDataItem`: the spec describes both with one shape.
pub type GetBucketResponseData = GetBucketsResponseDataItem;

/// Permissions
///
/// The same type as `CreateBucketRequestPermissions`: the spec describes both with one shape.
pub type GetBucketResponsePermissions = CreateBucketRequestPermissions;

/// ObjectSchema
///
/// The same type as `CreateBucketRequest`: the spec describes both with one shape.
pub type GetBucketResponse = CreateBucketRequest;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetBucketError404 = GetAccountsError400;

/// Data
///
/// The same type as `GetBucketsResponseDataItem`: the spec describes both with one shape.
pub type UpdateBucketRequestData = GetBucketsResponseDataItem;

/// Permissions
///
/// The same type as `CreateBucketRequestPermissions`: the spec describes both with one shape.
pub type UpdateBucketRequestPermissions = CreateBucketRequestPermissions;

/// ObjectSchema
///
/// The same type as `CreateBucketRequest`: the spec describes both with one shape.
pub type UpdateBucketRequest = CreateBucketRequest;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type UpdateBucketError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type UpdateBucketError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type UpdateBucketError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type UpdateBucketError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type UpdateBucketError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type UpdateBucketErrordefault = GetAccountsError400;

/// Data
///
/// The same type as `GetBucketsResponseDataItem`: the spec describes both with one shape.
pub type UpdateBucketResponseData = GetBucketsResponseDataItem;

/// Permissions
///
/// The same type as `CreateBucketRequestPermissions`: the spec describes both with one shape.
pub type UpdateBucketResponsePermissions = CreateBucketRequestPermissions;

/// ObjectSchema
///
/// The same type as `CreateBucketRequest`: the spec describes both with one shape.
pub type UpdateBucketResponse = CreateBucketRequest;

/// Data
///
/// The same type as `GetBucketsResponseDataItem`: the spec describes both with one shape.
pub type UpdateBucketResponse2Data = GetBucketsResponseDataItem;

/// Permissions
///
/// The same type as `CreateBucketRequestPermissions`: the spec describes both with one shape.
pub type UpdateBucketResponse2Permissions = CreateBucketRequestPermissions;

/// ObjectSchema
///
/// The same type as `CreateBucketRequest`: the spec describes both with one shape.
pub type UpdateBucketResponse2 = CreateBucketRequest;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type UpdateBucketError415 = GetAccountsError400;

/// The body of a success response, by status.
///
/// The same type as `BucketResponse3`: the spec describes both with one shape.
pub type UpdateBucketResponse3 = BucketResponse3;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteBucketError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteBucketError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteBucketError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteBucketError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteBucketError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteBucketErrordefault = GetAccountsError400;

/// Permissions
///
/// The same type as `CreateBucketRequestPermissions`: the spec describes both with one shape.
pub type DeleteBucketResponsePermissions = CreateBucketRequestPermissions;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteBucketError404 = GetAccountsError400;

/// The same type as `ResponseBehavior`: the spec describes both with one shape.
pub type PatchBucketResponseBehavior = ResponseBehavior;

/// Permissions
///
/// The same type as `CreateBucketRequestPermissions`: the spec describes both with one shape.
pub type PatchBucketRequestPermissions = CreateBucketRequestPermissions;

/// ObjectSchema
///
/// The same type as `DeleteBucketResponse`: the spec describes both with one shape.
pub type PatchBucketRequest = DeleteBucketResponse;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchBucketError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchBucketError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchBucketError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchBucketError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchBucketError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchBucketErrordefault = GetAccountsError400;

/// Permissions
///
/// The same type as `CreateBucketRequestPermissions`: the spec describes both with one shape.
pub type PatchBucketResponsePermissions = CreateBucketRequestPermissions;

/// ObjectSchema
///
/// The same type as `DeleteBucketResponse`: the spec describes both with one shape.
pub type PatchBucketResponse = DeleteBucketResponse;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchBucketError415 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchBucketError404 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetCollectionsError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetCollectionsError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetCollectionsError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetCollectionsError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetCollectionsError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetCollectionsErrordefault = GetAccountsError400;

/// Data
///
/// The same type as `GetCollectionsResponseDataItem`: the spec describes both with one shape.
pub type CreateCollectionRequestData = GetCollectionsResponseDataItem;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type CreateCollectionError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type CreateCollectionError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type CreateCollectionError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type CreateCollectionError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type CreateCollectionError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type CreateCollectionErrordefault = GetAccountsError400;

/// Data
///
/// The same type as `GetCollectionsResponseDataItem`: the spec describes both with one shape.
pub type CreateCollectionResponseData = GetCollectionsResponseDataItem;

/// Permissions
///
/// The same type as `CreateCollectionRequestPermissions`: the spec describes both with one shape.
pub type CreateCollectionResponsePermissions = CreateCollectionRequestPermissions;

/// ObjectSchema
///
/// The same type as `CreateCollectionRequest`: the spec describes both with one shape.
pub type CreateCollectionResponse = CreateCollectionRequest;

/// Data
///
/// The same type as `GetCollectionsResponseDataItem`: the spec describes both with one shape.
pub type CreateCollectionResponse2Data = GetCollectionsResponseDataItem;

/// Permissions
///
/// The same type as `CreateCollectionRequestPermissions`: the spec describes both with one shape.
pub type CreateCollectionResponse2Permissions = CreateCollectionRequestPermissions;

/// ObjectSchema
///
/// The same type as `CreateCollectionRequest`: the spec describes both with one shape.
pub type CreateCollectionResponse2 = CreateCollectionRequest;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type CreateCollectionError415 = GetAccountsError400;

/// The body of a success response, by status.
///
/// The same type as `CollectionResponse3`: the spec describes both with one shape.
pub type CreateCollectionResponse3 = CollectionResponse3;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteCollectionsError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteCollectionsError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteCollectionsError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteCollectionsError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteCollectionsError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteCollectionsErrordefault = GetAccountsError400;

/// Schema
///
/// The same type as `DeleteAccountsResponse`: the spec describes both with one shape.
pub type DeleteCollectionsResponse = DeleteAccountsResponse;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetCollectionError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetCollectionError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetCollectionError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetCollectionError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetCollectionError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetCollectionErrordefault = GetAccountsError400;

/// Data
///
/// The same type as `GetCollectionsResponseDataItem`: the spec describes both with one shape.
pub type GetCollectionResponseData = GetCollectionsResponseDataItem;

/// Permissions
///
/// The same type as `CreateCollectionRequestPermissions`: the spec describes both with one shape.
pub type GetCollectionResponsePermissions = CreateCollectionRequestPermissions;

/// ObjectSchema
///
/// The same type as `CreateCollectionRequest`: the spec describes both with one shape.
pub type GetCollectionResponse = CreateCollectionRequest;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetCollectionError404 = GetAccountsError400;

/// Data
///
/// The same type as `GetCollectionsResponseDataItem`: the spec describes both with one shape.
pub type UpdateCollectionRequestData = GetCollectionsResponseDataItem;

/// Permissions
///
/// The same type as `CreateCollectionRequestPermissions`: the spec describes both with one shape.
pub type UpdateCollectionRequestPermissions = CreateCollectionRequestPermissions;

/// ObjectSchema
///
/// The same type as `CreateCollectionRequest`: the spec describes both with one shape.
pub type UpdateCollectionRequest = CreateCollectionRequest;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type UpdateCollectionError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type UpdateCollectionError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type UpdateCollectionError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type UpdateCollectionError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type UpdateCollectionError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type UpdateCollectionErrordefault = GetAccountsError400;

/// Data
///
/// The same type as `GetCollectionsResponseDataItem`: the spec describes both with one shape.
pub type UpdateCollectionResponseData = GetCollectionsResponseDataItem;

/// Permissions
///
/// The same type as `CreateCollectionRequestPermissions`: the spec describes both with one shape.
pub type UpdateCollectionResponsePermissions = CreateCollectionRequestPermissions;

/// ObjectSchema
///
/// The same type as `CreateCollectionRequest`: the spec describes both with one shape.
pub type UpdateCollectionResponse = CreateCollectionRequest;

/// Data
///
/// The same type as `GetCollectionsResponseDataItem`: the spec describes both with one shape.
pub type UpdateCollectionResponse2Data = GetCollectionsResponseDataItem;

/// Permissions
///
/// The same type as `CreateCollectionRequestPermissions`: the spec describes both with one shape.
pub type UpdateCollectionResponse2Permissions = CreateCollectionRequestPermissions;

/// ObjectSchema
///
/// The same type as `CreateCollectionRequest`: the spec describes both with one shape.
pub type UpdateCollectionResponse2 = CreateCollectionRequest;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type UpdateCollectionError415 = GetAccountsError400;

/// The body of a success response, by status.
///
/// The same type as `CollectionResponse3`: the spec describes both with one shape.
pub type UpdateCollectionResponse3 = CollectionResponse3;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteCollectionError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteCollectionError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteCollectionError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteCollectionError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteCollectionError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteCollectionErrordefault = GetAccountsError400;

/// Permissions
///
/// The same type as `CreateCollectionRequestPermissions`: the spec describes both with one shape.
pub type DeleteCollectionResponsePermissions = CreateCollectionRequestPermissions;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteCollectionError404 = GetAccountsError400;

/// The same type as `ResponseBehavior`: the spec describes both with one shape.
pub type PatchCollectionResponseBehavior = ResponseBehavior;

/// Permissions
///
/// The same type as `CreateCollectionRequestPermissions`: the spec describes both with one shape.
pub type PatchCollectionRequestPermissions = CreateCollectionRequestPermissions;

/// ObjectSchema
///
/// The same type as `DeleteCollectionResponse`: the spec describes both with one shape.
pub type PatchCollectionRequest = DeleteCollectionResponse;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchCollectionError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchCollectionError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchCollectionError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchCollectionError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchCollectionError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchCollectionErrordefault = GetAccountsError400;

/// Permissions
///
/// The same type as `CreateCollectionRequestPermissions`: the spec describes both with one shape.
pub type PatchCollectionResponsePermissions = CreateCollectionRequestPermissions;

/// ObjectSchema
///
/// The same type as `DeleteCollectionResponse`: the spec describes both with one shape.
pub type PatchCollectionResponse = DeleteCollectionResponse;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchCollectionError415 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchCollectionError404 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetGroupsError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetGroupsError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetGroupsError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetGroupsError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetGroupsError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetGroupsErrordefault = GetAccountsError400;

/// Data
///
/// The same type as `GetGroupsResponseDataItem`: the spec describes both with one shape.
pub type CreateGroupRequestData = GetGroupsResponseDataItem;

/// Permissions
///
/// The same type as `Permissions`: the spec describes both with one shape.
pub type CreateGroupRequestPermissions = Permissions;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type CreateGroupError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type CreateGroupError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type CreateGroupError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type CreateGroupError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type CreateGroupError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type CreateGroupErrordefault = GetAccountsError400;

/// Data
///
/// The same type as `GetGroupsResponseDataItem`: the spec describes both with one shape.
pub type CreateGroupResponseData = GetGroupsResponseDataItem;

/// Permissions
///
/// The same type as `Permissions`: the spec describes both with one shape.
pub type CreateGroupResponsePermissions = Permissions;

/// ObjectSchema
///
/// The same type as `CreateGroupRequest`: the spec describes both with one shape.
pub type CreateGroupResponse = CreateGroupRequest;

/// Data
///
/// The same type as `GetGroupsResponseDataItem`: the spec describes both with one shape.
pub type CreateGroupResponse2Data = GetGroupsResponseDataItem;

/// Permissions
///
/// The same type as `Permissions`: the spec describes both with one shape.
pub type CreateGroupResponse2Permissions = Permissions;

/// ObjectSchema
///
/// The same type as `CreateGroupRequest`: the spec describes both with one shape.
pub type CreateGroupResponse2 = CreateGroupRequest;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type CreateGroupError415 = GetAccountsError400;

/// The body of a success response, by status.
///
/// The same type as `GroupResponse3`: the spec describes both with one shape.
pub type CreateGroupResponse3 = GroupResponse3;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteGroupsError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteGroupsError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteGroupsError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteGroupsError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteGroupsError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteGroupsErrordefault = GetAccountsError400;

/// Schema
///
/// The same type as `DeleteAccountsResponse`: the spec describes both with one shape.
pub type DeleteGroupsResponse = DeleteAccountsResponse;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetGroupError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetGroupError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetGroupError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetGroupError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetGroupError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetGroupErrordefault = GetAccountsError400;

/// Data
///
/// The same type as `GetGroupsResponseDataItem`: the spec describes both with one shape.
pub type GetGroupResponseData = GetGroupsResponseDataItem;

/// Permissions
///
/// The same type as `Permissions`: the spec describes both with one shape.
pub type GetGroupResponsePermissions = Permissions;

/// ObjectSchema
///
/// The same type as `CreateGroupRequest`: the spec describes both with one shape.
pub type GetGroupResponse = CreateGroupRequest;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetGroupError404 = GetAccountsError400;

/// Data
///
/// The same type as `GetGroupsResponseDataItem`: the spec describes both with one shape.
pub type UpdateGroupRequestData = GetGroupsResponseDataItem;

/// Permissions
///
/// The same type as `Permissions`: the spec describes both with one shape.
pub type UpdateGroupRequestPermissions = Permissions;

/// ObjectSchema
///
/// The same type as `CreateGroupRequest`: the spec describes both with one shape.
pub type UpdateGroupRequest = CreateGroupRequest;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type UpdateGroupError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type UpdateGroupError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type UpdateGroupError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type UpdateGroupError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type UpdateGroupError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type UpdateGroupErrordefault = GetAccountsError400;

/// Data
///
/// The same type as `GetGroupsResponseDataItem`: the spec describes both with one shape.
pub type UpdateGroupResponseData = GetGroupsResponseDataItem;

/// Permissions
///
/// The same type as `Permissions`: the spec describes both with one shape.
pub type UpdateGroupResponsePermissions = Permissions;

/// ObjectSchema
///
/// The same type as `CreateGroupRequest`: the spec describes both with one shape.
pub type UpdateGroupResponse = CreateGroupRequest;

/// Data
///
/// The same type as `GetGroupsResponseDataItem`: the spec describes both with one shape.
pub type UpdateGroupResponse2Data = GetGroupsResponseDataItem;

/// Permissions
///
/// The same type as `Permissions`: the spec describes both with one shape.
pub type UpdateGroupResponse2Permissions = Permissions;

/// ObjectSchema
///
/// The same type as `CreateGroupRequest`: the spec describes both with one shape.
pub type UpdateGroupResponse2 = CreateGroupRequest;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type UpdateGroupError415 = GetAccountsError400;

/// The body of a success response, by status.
///
/// The same type as `GroupResponse3`: the spec describes both with one shape.
pub type UpdateGroupResponse3 = GroupResponse3;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteGroupError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteGroupError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteGroupError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteGroupError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteGroupError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteGroupErrordefault = GetAccountsError400;

/// Permissions
///
/// The same type as `Permissions`: the spec describes both with one shape.
pub type DeleteGroupResponsePermissions = Permissions;

/// ObjectSchema
///
/// The same type as `DeleteAccountResponse`: the spec describes both with one shape.
pub type DeleteGroupResponse = DeleteAccountResponse;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteGroupError404 = GetAccountsError400;

/// The same type as `ResponseBehavior`: the spec describes both with one shape.
pub type PatchGroupResponseBehavior = ResponseBehavior;

/// Permissions
///
/// The same type as `Permissions`: the spec describes both with one shape.
pub type PatchGroupRequestPermissions = Permissions;

/// ObjectSchema
///
/// The same type as `DeleteAccountResponse`: the spec describes both with one shape.
pub type PatchGroupRequest = DeleteAccountResponse;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchGroupError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchGroupError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchGroupError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchGroupError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchGroupError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchGroupErrordefault = GetAccountsError400;

/// Permissions
///
/// The same type as `Permissions`: the spec describes both with one shape.
pub type PatchGroupResponsePermissions = Permissions;

/// ObjectSchema
///
/// The same type as `DeleteAccountResponse`: the spec describes both with one shape.
pub type PatchGroupResponse = DeleteAccountResponse;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchGroupError415 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchGroupError404 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetPermissionssError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetPermissionssError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetPermissionssError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetPermissionssError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetPermissionssError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetPermissionssErrordefault = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetRecordsError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetRecordsError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetRecordsError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetRecordsError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetRecordsError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetRecordsErrordefault = GetAccountsError400;

/// Schema
///
/// The same type as `DeleteAccountsResponse`: the spec describes both with one shape.
pub type GetRecordsResponse = DeleteAccountsResponse;

/// Permissions
///
/// The same type as `Permissions`: the spec describes both with one shape.
pub type CreateRecordRequestPermissions = Permissions;

/// ObjectSchema
///
/// The same type as `DeleteAccountResponse`: the spec describes both with one shape.
pub type CreateRecordRequest = DeleteAccountResponse;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type CreateRecordError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type CreateRecordError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type CreateRecordError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type CreateRecordError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type CreateRecordError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type CreateRecordErrordefault = GetAccountsError400;

/// Permissions
///
/// The same type as `Permissions`: the spec describes both with one shape.
pub type CreateRecordResponsePermissions = Permissions;

/// ObjectSchema
///
/// The same type as `DeleteAccountResponse`: the spec describes both with one shape.
pub type CreateRecordResponse = DeleteAccountResponse;

/// Permissions
///
/// The same type as `Permissions`: the spec describes both with one shape.
pub type CreateRecordResponse2Permissions = Permissions;

/// ObjectSchema
///
/// The same type as `DeleteAccountResponse`: the spec describes both with one shape.
pub type CreateRecordResponse2 = DeleteAccountResponse;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type CreateRecordError415 = GetAccountsError400;

/// The body of a success response, by status.
///
/// The same type as `RecordResponse3`: the spec describes both with one shape.
pub type CreateRecordResponse3 = RecordResponse3;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteRecordsError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteRecordsError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteRecordsError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteRecordsError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteRecordsError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteRecordsErrordefault = GetAccountsError400;

/// Schema
///
/// The same type as `DeleteAccountsResponse`: the spec describes both with one shape.
pub type DeleteRecordsResponse = DeleteAccountsResponse;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetRecordError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetRecordError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetRecordError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetRecordError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetRecordError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetRecordErrordefault = GetAccountsError400;

/// Permissions
///
/// The same type as `Permissions`: the spec describes both with one shape.
pub type GetRecordResponsePermissions = Permissions;

/// ObjectSchema
///
/// The same type as `DeleteAccountResponse`: the spec describes both with one shape.
pub type GetRecordResponse = DeleteAccountResponse;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type GetRecordError404 = GetAccountsError400;

/// Permissions
///
/// The same type as `Permissions`: the spec describes both with one shape.
pub type UpdateRecordRequestPermissions = Permissions;

/// ObjectSchema
///
/// The same type as `DeleteAccountResponse`: the spec describes both with one shape.
pub type UpdateRecordRequest = DeleteAccountResponse;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type UpdateRecordError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type UpdateRecordError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type UpdateRecordError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type UpdateRecordError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type UpdateRecordError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type UpdateRecordErrordefault = GetAccountsError400;

/// Permissions
///
/// The same type as `Permissions`: the spec describes both with one shape.
pub type UpdateRecordResponsePermissions = Permissions;

/// ObjectSchema
///
/// The same type as `DeleteAccountResponse`: the spec describes both with one shape.
pub type UpdateRecordResponse = DeleteAccountResponse;

/// Permissions
///
/// The same type as `Permissions`: the spec describes both with one shape.
pub type UpdateRecordResponse2Permissions = Permissions;

/// ObjectSchema
///
/// The same type as `DeleteAccountResponse`: the spec describes both with one shape.
pub type UpdateRecordResponse2 = DeleteAccountResponse;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type UpdateRecordError415 = GetAccountsError400;

/// The body of a success response, by status.
///
/// The same type as `RecordResponse3`: the spec describes both with one shape.
pub type UpdateRecordResponse3 = RecordResponse3;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteRecordError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteRecordError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteRecordError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteRecordError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteRecordError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteRecordErrordefault = GetAccountsError400;

/// Permissions
///
/// The same type as `Permissions`: the spec describes both with one shape.
pub type DeleteRecordResponsePermissions = Permissions;

/// ObjectSchema
///
/// The same type as `DeleteAccountResponse`: the spec describes both with one shape.
pub type DeleteRecordResponse = DeleteAccountResponse;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type DeleteRecordError404 = GetAccountsError400;

/// The same type as `ResponseBehavior`: the spec describes both with one shape.
pub type PatchRecordResponseBehavior = ResponseBehavior;

/// Permissions
///
/// The same type as `Permissions`: the spec describes both with one shape.
pub type PatchRecordRequestPermissions = Permissions;

/// ObjectSchema
///
/// The same type as `DeleteAccountResponse`: the spec describes both with one shape.
pub type PatchRecordRequest = DeleteAccountResponse;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchRecordError400 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchRecordError401 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchRecordError403 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchRecordError406 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchRecordError412 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchRecordErrordefault = GetAccountsError400;

/// Permissions
///
/// The same type as `Permissions`: the spec describes both with one shape.
pub type PatchRecordResponsePermissions = Permissions;

/// ObjectSchema
///
/// The same type as `DeleteAccountResponse`: the spec describes both with one shape.
pub type PatchRecordResponse = DeleteAccountResponse;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchRecordError415 = GetAccountsError400;

/// ErrorSchema
///
/// The same type as `GetAccountsError400`: the spec describes both with one shape.
pub type PatchRecordError404 = GetAccountsError400;
