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

impl codegen_runtime::model::Object for GetAccountsError400 {
    const NAME: &'static str = "GetAccountsError400";
    type Slots = (
        Option<i64>,
        Option<i64>,
        Option<String>,
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<codegen_runtime::serde_json::Value>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "code" => Some(0),
            "errno" => Some(1),
            "error" => Some(2),
            "message" => Some(3),
            "info" => Some(4),
            "details" => Some(5),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None, None, None, None, None, None)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "code"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "errno"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "error"),
            3 => codegen_runtime::model::set(map, &mut slots.3, "message"),
            4 => codegen_runtime::model::set(map, &mut slots.4, "info"),
            5 => codegen_runtime::model::set(map, &mut slots.5, "details"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            code: codegen_runtime::model::required(slots.0, "code")?,
            errno: codegen_runtime::model::required(slots.1, "errno")?,
            error: codegen_runtime::model::required(slots.2, "error")?,
            message: slots.3.flatten(),
            info: slots.4.flatten(),
            details: slots.5.flatten(),
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

impl codegen_runtime::model::Object for GetAccountsResponseDataItem {
    const NAME: &'static str = "GetAccountsResponseDataItem";
    const KEEPS_OTHERS: bool = true;

    fn store_other<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: String,
        map: &mut A,
    ) -> Result<(), A::Error> {
        codegen_runtime::model::insert(map, &mut slots.1, key)
    }
    type Slots = (
        Option<codegen_runtime::Secret>,
        std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "password" => Some(0),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None, Default::default())
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "password"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            password: codegen_runtime::model::required(slots.0, "password")?,
            additional_properties: slots.1,
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

impl codegen_runtime::model::Object for GetAccountsResponse {
    const NAME: &'static str = "GetAccountsResponse";
    type Slots = (Option<Option<Vec<GetAccountsResponseDataItem>>>,);

    fn field(key: &str) -> Option<usize> {
        match key {
            "data" => Some(0),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None,)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "data"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self { data: slots.0.flatten() })
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

impl codegen_runtime::model::Object for Permissions {
    const NAME: &'static str = "Permissions";
    type Slots = (Option<Option<Vec<String>>>, Option<Option<Vec<String>>>);

    fn field(key: &str) -> Option<usize> {
        match key {
            "read" => Some(0),
            "write" => Some(1),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None, None)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "read"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "write"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            read: slots.0.flatten(),
            write: slots.1.flatten(),
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

impl codegen_runtime::model::Object for CreateAccountRequest {
    const NAME: &'static str = "CreateAccountRequest";
    type Slots = (Option<GetAccountsResponseDataItem>, Option<Option<Permissions>>);

    fn field(key: &str) -> Option<usize> {
        match key {
            "data" => Some(0),
            "permissions" => Some(1),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None, None)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "data"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "permissions"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            data: codegen_runtime::model::required(slots.0, "data")?,
            permissions: slots.1.flatten(),
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

impl codegen_runtime::model::Object for DeleteAccountsResponse {
    const NAME: &'static str = "DeleteAccountsResponse";
    type Slots = (
        Option<
            Option<
                Vec<
                    std::collections::BTreeMap<
                        String,
                        codegen_runtime::serde_json::Value,
                    >,
                >,
            >,
        >,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "data" => Some(0),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None,)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "data"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self { data: slots.0.flatten() })
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

impl codegen_runtime::model::Object for DeleteAccountResponse {
    const NAME: &'static str = "DeleteAccountResponse";
    type Slots = (
        Option<
            Option<
                std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
            >,
        >,
        Option<Option<Permissions>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "data" => Some(0),
            "permissions" => Some(1),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None, None)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "data"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "permissions"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            data: slots.0.flatten(),
            permissions: slots.1.flatten(),
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
impl codegen_runtime::model::Object for BatchRequestDefaults {
    const NAME: &'static str = "BatchRequestDefaults";
    type Slots = (
        Option<Option<Method>>,
        Option<Option<String>>,
        Option<
            Option<
                std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
            >,
        >,
        Option<
            Option<
                std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
            >,
        >,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "method" => Some(0),
            "path" => Some(1),
            "headers" => Some(2),
            "body" => Some(3),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None, None, None, None)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "method"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "path"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "headers"),
            3 => codegen_runtime::model::set(map, &mut slots.3, "body"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            method: slots.0.flatten(),
            path: slots.1.flatten(),
            headers: slots.2.flatten(),
            body: slots.3.flatten(),
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
impl codegen_runtime::model::Object for BatchRequestRequestsItem {
    const NAME: &'static str = "BatchRequestRequestsItem";
    type Slots = (
        Option<Option<Method>>,
        Option<String>,
        Option<
            Option<
                std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
            >,
        >,
        Option<
            Option<
                std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
            >,
        >,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "method" => Some(0),
            "path" => Some(1),
            "headers" => Some(2),
            "body" => Some(3),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None, None, None, None)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "method"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "path"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "headers"),
            3 => codegen_runtime::model::set(map, &mut slots.3, "body"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            method: slots.0.flatten(),
            path: codegen_runtime::model::required(slots.1, "path")?,
            headers: slots.2.flatten(),
            body: slots.3.flatten(),
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
impl codegen_runtime::model::Object for BatchRequest {
    const NAME: &'static str = "BatchRequest";
    type Slots = (
        Option<Option<BatchRequestDefaults>>,
        Option<Vec<BatchRequestRequestsItem>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "defaults" => Some(0),
            "requests" => Some(1),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None, None)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "defaults"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "requests"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            defaults: slots.0.flatten(),
            requests: codegen_runtime::model::required(slots.1, "requests")?,
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

impl codegen_runtime::model::Object for BatchResponseResponsesItem {
    const NAME: &'static str = "BatchResponseResponsesItem";
    type Slots = (
        Option<i64>,
        Option<String>,
        Option<
            Option<
                std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
            >,
        >,
        Option<
            Option<
                std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
            >,
        >,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "status" => Some(0),
            "path" => Some(1),
            "headers" => Some(2),
            "body" => Some(3),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None, None, None, None)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "status"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "path"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "headers"),
            3 => codegen_runtime::model::set(map, &mut slots.3, "body"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            status: codegen_runtime::model::required(slots.0, "status")?,
            path: codegen_runtime::model::required(slots.1, "path")?,
            headers: slots.2.flatten(),
            body: slots.3.flatten(),
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

impl codegen_runtime::model::Object for BatchResponse {
    const NAME: &'static str = "BatchResponse";
    type Slots = (Option<Vec<BatchResponseResponsesItem>>,);

    fn field(key: &str) -> Option<usize> {
        match key {
            "responses" => Some(0),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None,)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "responses"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            responses: codegen_runtime::model::required(slots.0, "responses")?,
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

impl codegen_runtime::model::Object for GetBucketsResponseDataItem {
    const NAME: &'static str = "GetBucketsResponseDataItem";
    const KEEPS_OTHERS: bool = true;

    fn store_other<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: String,
        map: &mut A,
    ) -> Result<(), A::Error> {
        codegen_runtime::model::insert(map, &mut slots.3, key)
    }
    type Slots = (
        Option<
            Option<
                std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
            >,
        >,
        Option<
            Option<
                std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
            >,
        >,
        Option<
            Option<
                std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
            >,
        >,
        std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "collection:schema" => Some(0),
            "group:schema" => Some(1),
            "record:schema" => Some(2),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None, None, None, Default::default())
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "collection:schema"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "group:schema"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "record:schema"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            collection_schema: slots.0.flatten(),
            group_schema: slots.1.flatten(),
            record_schema: slots.2.flatten(),
            additional_properties: slots.3,
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

impl codegen_runtime::model::Object for GetBucketsResponse {
    const NAME: &'static str = "GetBucketsResponse";
    type Slots = (Option<Option<Vec<GetBucketsResponseDataItem>>>,);

    fn field(key: &str) -> Option<usize> {
        match key {
            "data" => Some(0),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None,)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "data"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self { data: slots.0.flatten() })
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

impl codegen_runtime::model::Object for CreateBucketRequestPermissions {
    const NAME: &'static str = "CreateBucketRequestPermissions";
    type Slots = (
        Option<Option<Vec<String>>>,
        Option<Option<Vec<String>>>,
        Option<Option<Vec<String>>>,
        Option<Option<Vec<String>>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "read" => Some(0),
            "write" => Some(1),
            "collection:create" => Some(2),
            "group:create" => Some(3),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None, None, None, None)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "read"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "write"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "collection:create"),
            3 => codegen_runtime::model::set(map, &mut slots.3, "group:create"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            read: slots.0.flatten(),
            write: slots.1.flatten(),
            collection_create: slots.2.flatten(),
            group_create: slots.3.flatten(),
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

impl codegen_runtime::model::Object for CreateBucketRequest {
    const NAME: &'static str = "CreateBucketRequest";
    type Slots = (
        Option<Option<GetBucketsResponseDataItem>>,
        Option<Option<CreateBucketRequestPermissions>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "data" => Some(0),
            "permissions" => Some(1),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None, None)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "data"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "permissions"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            data: slots.0.flatten(),
            permissions: slots.1.flatten(),
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

impl codegen_runtime::model::Object for DeleteBucketResponse {
    const NAME: &'static str = "DeleteBucketResponse";
    type Slots = (
        Option<
            Option<
                std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
            >,
        >,
        Option<Option<CreateBucketRequestPermissions>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "data" => Some(0),
            "permissions" => Some(1),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None, None)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "data"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "permissions"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            data: slots.0.flatten(),
            permissions: slots.1.flatten(),
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

impl codegen_runtime::model::Object for GetCollectionsResponseDataItem {
    const NAME: &'static str = "GetCollectionsResponseDataItem";
    const KEEPS_OTHERS: bool = true;

    fn store_other<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: String,
        map: &mut A,
    ) -> Result<(), A::Error> {
        codegen_runtime::model::insert(map, &mut slots.2, key)
    }
    type Slots = (
        Option<
            Option<
                std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
            >,
        >,
        Option<Option<i64>>,
        std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "schema" => Some(0),
            "cache_expires" => Some(1),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None, None, Default::default())
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "schema"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "cache_expires"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            schema: slots.0.flatten(),
            cache_expires: slots.1.flatten(),
            additional_properties: slots.2,
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

impl codegen_runtime::model::Object for GetCollectionsResponse {
    const NAME: &'static str = "GetCollectionsResponse";
    type Slots = (Option<Option<Vec<GetCollectionsResponseDataItem>>>,);

    fn field(key: &str) -> Option<usize> {
        match key {
            "data" => Some(0),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None,)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "data"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self { data: slots.0.flatten() })
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

impl codegen_runtime::model::Object for CreateCollectionRequestPermissions {
    const NAME: &'static str = "CreateCollectionRequestPermissions";
    type Slots = (
        Option<Option<Vec<String>>>,
        Option<Option<Vec<String>>>,
        Option<Option<Vec<String>>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "read" => Some(0),
            "write" => Some(1),
            "record:create" => Some(2),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None, None, None)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "read"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "write"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "record:create"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            read: slots.0.flatten(),
            write: slots.1.flatten(),
            record_create: slots.2.flatten(),
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

impl codegen_runtime::model::Object for CreateCollectionRequest {
    const NAME: &'static str = "CreateCollectionRequest";
    type Slots = (
        Option<Option<GetCollectionsResponseDataItem>>,
        Option<Option<CreateCollectionRequestPermissions>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "data" => Some(0),
            "permissions" => Some(1),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None, None)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "data"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "permissions"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            data: slots.0.flatten(),
            permissions: slots.1.flatten(),
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

impl codegen_runtime::model::Object for DeleteCollectionResponse {
    const NAME: &'static str = "DeleteCollectionResponse";
    type Slots = (
        Option<
            Option<
                std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
            >,
        >,
        Option<Option<CreateCollectionRequestPermissions>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "data" => Some(0),
            "permissions" => Some(1),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None, None)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "data"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "permissions"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            data: slots.0.flatten(),
            permissions: slots.1.flatten(),
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

impl codegen_runtime::model::Object for GetGroupsResponseDataItem {
    const NAME: &'static str = "GetGroupsResponseDataItem";
    const KEEPS_OTHERS: bool = true;

    fn store_other<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: String,
        map: &mut A,
    ) -> Result<(), A::Error> {
        codegen_runtime::model::insert(map, &mut slots.1, key)
    }
    type Slots = (
        Option<Option<Vec<String>>>,
        std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "members" => Some(0),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None, Default::default())
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "members"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            members: slots.0.flatten(),
            additional_properties: slots.1,
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

impl codegen_runtime::model::Object for GetGroupsResponse {
    const NAME: &'static str = "GetGroupsResponse";
    type Slots = (Option<Option<Vec<GetGroupsResponseDataItem>>>,);

    fn field(key: &str) -> Option<usize> {
        match key {
            "data" => Some(0),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None,)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "data"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self { data: slots.0.flatten() })
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

impl codegen_runtime::model::Object for CreateGroupRequest {
    const NAME: &'static str = "CreateGroupRequest";
    type Slots = (
        Option<Option<GetGroupsResponseDataItem>>,
        Option<Option<Permissions>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "data" => Some(0),
            "permissions" => Some(1),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None, None)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "data"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "permissions"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            data: slots.0.flatten(),
            permissions: slots.1.flatten(),
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

impl codegen_runtime::model::Object for GetPermissionssResponseDataItem {
    const NAME: &'static str = "GetPermissionssResponseDataItem";
    type Slots = (
        Option<String>,
        Option<String>,
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<Vec<String>>>,
        Option<Option<String>>,
        Option<Option<String>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "uri" => Some(0),
            "resource_name" => Some(1),
            "bucket_id" => Some(2),
            "collection_id" => Some(3),
            "group_id" => Some(4),
            "record_id" => Some(5),
            "permissions" => Some(6),
            "id" => Some(7),
            "account_id" => Some(8),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None, None, None, None, None, None, None, None, None)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "uri"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "resource_name"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "bucket_id"),
            3 => codegen_runtime::model::set(map, &mut slots.3, "collection_id"),
            4 => codegen_runtime::model::set(map, &mut slots.4, "group_id"),
            5 => codegen_runtime::model::set(map, &mut slots.5, "record_id"),
            6 => codegen_runtime::model::set(map, &mut slots.6, "permissions"),
            7 => codegen_runtime::model::set(map, &mut slots.7, "id"),
            8 => codegen_runtime::model::set(map, &mut slots.8, "account_id"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            uri: codegen_runtime::model::required(slots.0, "uri")?,
            resource_name: codegen_runtime::model::required(slots.1, "resource_name")?,
            bucket_id: slots.2.flatten(),
            collection_id: slots.3.flatten(),
            group_id: slots.4.flatten(),
            record_id: slots.5.flatten(),
            permissions: slots.6.flatten(),
            id: slots.7.flatten(),
            account_id: slots.8.flatten(),
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

impl codegen_runtime::model::Object for GetPermissionssResponse {
    const NAME: &'static str = "GetPermissionssResponse";
    type Slots = (Option<Option<Vec<GetPermissionssResponseDataItem>>>,);

    fn field(key: &str) -> Option<usize> {
        match key {
            "data" => Some(0),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None,)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "data"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self { data: slots.0.flatten() })
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
