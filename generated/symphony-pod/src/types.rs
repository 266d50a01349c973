// This file is generated from specs/symphony-pod.yaml by `cargo xtask generate`. Do not edit it by hand.

//! The API's data types.
/// `Avatar`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Avatar {
    /// The Avatar Size
    pub size: Option<String>,
    /// Url of the image
    pub url: Option<String>,
}

impl Avatar {
    /// The Avatar Size
    pub fn size(mut self, value: impl Into<String>) -> Self {
        self.size = Some(value.into());
        self
    }

    /// Url of the image
    pub fn url(mut self, value: impl Into<String>) -> Self {
        self.url = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Avatar {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "size", &self.size)?;
        codegen_runtime::model::present(&mut map, "url", &self.url)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for Avatar {
    const NAME: &'static str = "Avatar";
    type Slots = (Option<Option<String>>, Option<Option<String>>);

    fn field(key: &str) -> Option<usize> {
        match key {
            "size" => Some(0),
            "url" => Some(1),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "size"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "url"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            size: slots.0.flatten(),
            url: slots.1.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Avatar {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `AvatarList`
pub type AvatarList = Vec<Avatar>;

/// `AvatarUpdate`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct AvatarUpdate {
    /// Base64 encoded image. Original image must be less than 2MB.
    pub image: Option<String>,
}

impl AvatarUpdate {
    /// Base64 encoded image. Original image must be less than 2MB.
    pub fn image(mut self, value: impl Into<String>) -> Self {
        self.image = Some(value.into());
        self
    }
}

impl serde::Serialize for AvatarUpdate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "image", &self.image)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for AvatarUpdate {
    const NAME: &'static str = "AvatarUpdate";
    type Slots = (Option<Option<String>>,);

    fn field(key: &str) -> Option<usize> {
        match key {
            "image" => Some(0),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "image"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self { image: slots.0.flatten() })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for AvatarUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `#/components/schemas/BulkActionResult/properties/overallResult`
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BulkActionResultOverallResult {
    /// `SUCCESS` on the wire.
    Success,
    /// `FAIL` on the wire.
    Fail,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    Unknown(codegen_runtime::UnknownValue),
}

impl BulkActionResultOverallResult {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "SUCCESS",
            Self::Fail => "FAIL",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for BulkActionResultOverallResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for BulkActionResultOverallResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for BulkActionResultOverallResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(deserializer, &["SUCCESS", "FAIL"])? {
                Ok(0) => Self::Success,
                Ok(_) => Self::Fail,
                Err(value) => Self::Unknown(value),
            },
        )
    }
}

/// The outcome of a bulk action: `results` holds one message per submitted item, in order; an empty string means that item succeeded.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct BulkActionResult {
    /// `overallResult`
    pub overall_result: Option<BulkActionResultOverallResult>,
    /// `results`
    pub results: Option<Vec<String>>,
}

impl BulkActionResult {
    /// Sets `overallResult`.
    pub fn overall_result(
        mut self,
        value: impl Into<BulkActionResultOverallResult>,
    ) -> Self {
        self.overall_result = Some(value.into());
        self
    }

    /// Sets `results`.
    pub fn results(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.results = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for BulkActionResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(
            &mut map,
            "overallResult",
            &self.overall_result,
        )?;
        codegen_runtime::model::present(&mut map, "results", &self.results)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for BulkActionResult {
    const NAME: &'static str = "BulkActionResult";
    type Slots = (
        Option<Option<BulkActionResultOverallResult>>,
        Option<Option<Vec<String>>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "overallResult" => Some(0),
            "results" => Some(1),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "overallResult"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "results"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            overall_result: slots.0.flatten(),
            results: slots.1.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for BulkActionResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `NameValuePair`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct NameValuePair {
    /// `name`
    pub name: Option<String>,
    /// `value`
    pub value: Option<String>,
}

impl NameValuePair {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for NameValuePair {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "value", &self.value)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for NameValuePair {
    const NAME: &'static str = "NameValuePair";
    type Slots = (Option<Option<String>>, Option<Option<String>>);

    fn field(key: &str) -> Option<usize> {
        match key {
            "name" => Some(0),
            "value" => Some(1),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "name"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "value"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            name: slots.0.flatten(),
            value: slots.1.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for NameValuePair {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `CertInfoItem`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct CertInfoItem {
    /// `name`
    pub name: Option<String>,
    /// `attributes`
    pub attributes: Option<Vec<NameValuePair>>,
}

impl CertInfoItem {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `attributes`.
    pub fn attributes(
        mut self,
        value: impl IntoIterator<Item = impl Into<NameValuePair>>,
    ) -> Self {
        self.attributes = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for CertInfoItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "attributes", &self.attributes)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for CertInfoItem {
    const NAME: &'static str = "CertInfoItem";
    type Slots = (Option<Option<String>>, Option<Option<Vec<NameValuePair>>>);

    fn field(key: &str) -> Option<usize> {
        match key {
            "name" => Some(0),
            "attributes" => Some(1),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "name"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "attributes"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            name: slots.0.flatten(),
            attributes: slots.1.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for CertInfoItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `CertInfo`
pub type CertInfo = Vec<CertInfoItem>;

/// `#/components/schemas/CompanyCertType/properties/type`
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CompanyCertTypeKind {
    /// `USERSIGNING` on the wire.
    Usersigning,
    /// `USER` on the wire.
    User,
    /// `OPERATIONSSIGNING` on the wire.
    Operationssigning,
    /// `OPERATIONSUSER` on the wire.
    Operationsuser,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    Unknown(codegen_runtime::UnknownValue),
}

impl CompanyCertTypeKind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Usersigning => "USERSIGNING",
            Self::User => "USER",
            Self::Operationssigning => "OPERATIONSSIGNING",
            Self::Operationsuser => "OPERATIONSUSER",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for CompanyCertTypeKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CompanyCertTypeKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CompanyCertTypeKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(
                deserializer,
                &["USERSIGNING", "USER", "OPERATIONSSIGNING", "OPERATIONSUSER"],
            )? {
                Ok(0) => Self::Usersigning,
                Ok(1) => Self::User,
                Ok(2) => Self::Operationssigning,
                Ok(_) => Self::Operationsuser,
                Err(value) => Self::Unknown(value),
            },
        )
    }
}

/// `CompanyCertType`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct CompanyCertType {
    /// `type`
    pub r#type: Option<CompanyCertTypeKind>,
}

impl CompanyCertType {
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<CompanyCertTypeKind>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}

impl serde::Serialize for CompanyCertType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "type", &self.r#type)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for CompanyCertType {
    const NAME: &'static str = "CompanyCertType";
    type Slots = (Option<Option<CompanyCertTypeKind>>,);

    fn field(key: &str) -> Option<usize> {
        match key {
            "type" => Some(0),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "type"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self { r#type: slots.0.flatten() })
    }
}

impl<'de> serde::Deserialize<'de> for CompanyCertType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `#/components/schemas/CompanyCertStatus/properties/type`
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CompanyCertStatusType {
    /// `TRUSTED` on the wire.
    Trusted,
    /// `KNOWN` on the wire.
    Known,
    /// `REVOKED` on the wire.
    Revoked,
    /// `DISABLED` on the wire.
    Disabled,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    Unknown(codegen_runtime::UnknownValue),
}

impl CompanyCertStatusType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Trusted => "TRUSTED",
            Self::Known => "KNOWN",
            Self::Revoked => "REVOKED",
            Self::Disabled => "DISABLED",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for CompanyCertStatusType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CompanyCertStatusType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CompanyCertStatusType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(
                deserializer,
                &["TRUSTED", "KNOWN", "REVOKED", "DISABLED"],
            )? {
                Ok(0) => Self::Trusted,
                Ok(1) => Self::Known,
                Ok(2) => Self::Revoked,
                Ok(_) => Self::Disabled,
                Err(value) => Self::Unknown(value),
            },
        )
    }
}

/// `CompanyCertStatus`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct CompanyCertStatus {
    /// `type`
    pub r#type: Option<CompanyCertStatusType>,
}

impl CompanyCertStatus {
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<CompanyCertStatusType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}

impl serde::Serialize for CompanyCertStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "type", &self.r#type)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for CompanyCertStatus {
    const NAME: &'static str = "CompanyCertStatus";
    type Slots = (Option<Option<CompanyCertStatusType>>,);

    fn field(key: &str) -> Option<usize> {
        match key {
            "type" => Some(0),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "type"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self { r#type: slots.0.flatten() })
    }
}

impl<'de> serde::Deserialize<'de> for CompanyCertStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `CompanyCertAttributes`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct CompanyCertAttributes {
    /// Friendly name assigned by administrator
    pub name: Option<String>,
    /// `type`
    pub r#type: Option<CompanyCertType>,
    /// `status`
    pub status: Option<CompanyCertStatus>,
}

impl CompanyCertAttributes {
    /// Friendly name assigned by administrator
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<CompanyCertType>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// Sets `status`.
    pub fn status(mut self, value: impl Into<CompanyCertStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}

impl serde::Serialize for CompanyCertAttributes {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "type", &self.r#type)?;
        codegen_runtime::model::present(&mut map, "status", &self.status)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for CompanyCertAttributes {
    const NAME: &'static str = "CompanyCertAttributes";
    type Slots = (
        Option<Option<String>>,
        Option<Option<CompanyCertType>>,
        Option<Option<CompanyCertStatus>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "name" => Some(0),
            "type" => Some(1),
            "status" => Some(2),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "name"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "type"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "status"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            name: slots.0.flatten(),
            r#type: slots.1.flatten(),
            status: slots.2.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for CompanyCertAttributes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `CompanyCert`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct CompanyCert {
    /// An X509 certificate in PEM format
    pub pem: Option<String>,
    /// `attributes`
    pub attributes: Option<CompanyCertAttributes>,
}

impl CompanyCert {
    /// An X509 certificate in PEM format
    pub fn pem(mut self, value: impl Into<String>) -> Self {
        self.pem = Some(value.into());
        self
    }

    /// Sets `attributes`.
    pub fn attributes(mut self, value: impl Into<CompanyCertAttributes>) -> Self {
        self.attributes = Some(value.into());
        self
    }
}

impl serde::Serialize for CompanyCert {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "pem", &self.pem)?;
        codegen_runtime::model::present(&mut map, "attributes", &self.attributes)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for CompanyCert {
    const NAME: &'static str = "CompanyCert";
    type Slots = (Option<Option<String>>, Option<Option<CompanyCertAttributes>>);

    fn field(key: &str) -> Option<usize> {
        match key {
            "pem" => Some(0),
            "attributes" => Some(1),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "pem"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "attributes"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            pem: slots.0.flatten(),
            attributes: slots.1.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for CompanyCert {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `CompanyCertInfo`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct CompanyCertInfo {
    /// Unique identifier
    pub finger_print: Option<String>,
    /// Unique identifier of issuer cert if known
    pub issuer_finger_print: Option<String>,
    /// Date when we last saw this certificate presented Epoch milliseconds.
    pub last_seen: Option<i64>,
    /// Date when this cert was last updated by administrator Epoch milliseconds.
    pub updated_at: Option<i64>,
    /// User ID of administrator who last updated this cert
    pub updated_by: Option<i64>,
    /// The Symphony account name which this certificate authenticates
    pub common_name: Option<String>,
    /// Expiry date of this cert Epoch milliseconds.
    pub expiry_date: Option<i64>,
}

impl CompanyCertInfo {
    /// Unique identifier
    pub fn finger_print(mut self, value: impl Into<String>) -> Self {
        self.finger_print = Some(value.into());
        self
    }

    /// Unique identifier of issuer cert if known
    pub fn issuer_finger_print(mut self, value: impl Into<String>) -> Self {
        self.issuer_finger_print = Some(value.into());
        self
    }

    /// Date when we last saw this certificate presented Epoch milliseconds.
    pub fn last_seen(mut self, value: impl Into<i64>) -> Self {
        self.last_seen = Some(value.into());
        self
    }

    /// Date when this cert was last updated by administrator Epoch milliseconds.
    pub fn updated_at(mut self, value: impl Into<i64>) -> Self {
        self.updated_at = Some(value.into());
        self
    }

    /// User ID of administrator who last updated this cert
    pub fn updated_by(mut self, value: impl Into<i64>) -> Self {
        self.updated_by = Some(value.into());
        self
    }

    /// The Symphony account name which this certificate authenticates
    pub fn common_name(mut self, value: impl Into<String>) -> Self {
        self.common_name = Some(value.into());
        self
    }

    /// Expiry date of this cert Epoch milliseconds.
    pub fn expiry_date(mut self, value: impl Into<i64>) -> Self {
        self.expiry_date = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for CompanyCertInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "fingerPrint", &self.finger_print)?;
        codegen_runtime::model::present(
            &mut map,
            "issuerFingerPrint",
            &self.issuer_finger_print,
        )?;
        codegen_runtime::model::present(&mut map, "lastSeen", &self.last_seen)?;
        codegen_runtime::model::present(&mut map, "updatedAt", &self.updated_at)?;
        codegen_runtime::model::present(&mut map, "updatedBy", &self.updated_by)?;
        codegen_runtime::model::present(&mut map, "commonName", &self.common_name)?;
        codegen_runtime::model::present(&mut map, "expiryDate", &self.expiry_date)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for CompanyCertInfo {
    const NAME: &'static str = "CompanyCertInfo";
    type Slots = (
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<i64>>,
        Option<Option<i64>>,
        Option<Option<i64>>,
        Option<Option<String>>,
        Option<Option<i64>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "fingerPrint" => Some(0),
            "issuerFingerPrint" => Some(1),
            "lastSeen" => Some(2),
            "updatedAt" => Some(3),
            "updatedBy" => Some(4),
            "commonName" => Some(5),
            "expiryDate" => Some(6),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None, None, None, None, None, None, None)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "fingerPrint"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "issuerFingerPrint"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "lastSeen"),
            3 => codegen_runtime::model::set(map, &mut slots.3, "updatedAt"),
            4 => codegen_runtime::model::set(map, &mut slots.4, "updatedBy"),
            5 => codegen_runtime::model::set(map, &mut slots.5, "commonName"),
            6 => codegen_runtime::model::set(map, &mut slots.6, "expiryDate"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            finger_print: slots.0.flatten(),
            issuer_finger_print: slots.1.flatten(),
            last_seen: slots.2.flatten(),
            updated_at: slots.3.flatten(),
            updated_by: slots.4.flatten(),
            common_name: slots.5.flatten(),
            expiry_date: slots.6.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for CompanyCertInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `CompanyCertDetail`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct CompanyCertDetail {
    /// `companyCertAttributes`
    pub company_cert_attributes: Option<CompanyCertAttributes>,
    /// `companyCertInfo`
    pub company_cert_info: Option<CompanyCertInfo>,
    /// `certInfo`
    pub cert_info: Option<CertInfo>,
}

impl CompanyCertDetail {
    /// Sets `companyCertAttributes`.
    pub fn company_cert_attributes(
        mut self,
        value: impl Into<CompanyCertAttributes>,
    ) -> Self {
        self.company_cert_attributes = Some(value.into());
        self
    }

    /// Sets `companyCertInfo`.
    pub fn company_cert_info(mut self, value: impl Into<CompanyCertInfo>) -> Self {
        self.company_cert_info = Some(value.into());
        self
    }

    /// Sets `certInfo`.
    pub fn cert_info(mut self, value: impl Into<CertInfo>) -> Self {
        self.cert_info = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for CompanyCertDetail {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(
            &mut map,
            "companyCertAttributes",
            &self.company_cert_attributes,
        )?;
        codegen_runtime::model::present(
            &mut map,
            "companyCertInfo",
            &self.company_cert_info,
        )?;
        codegen_runtime::model::present(&mut map, "certInfo", &self.cert_info)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for CompanyCertDetail {
    const NAME: &'static str = "CompanyCertDetail";
    type Slots = (
        Option<Option<CompanyCertAttributes>>,
        Option<Option<CompanyCertInfo>>,
        Option<Option<CertInfo>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "companyCertAttributes" => Some(0),
            "companyCertInfo" => Some(1),
            "certInfo" => Some(2),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "companyCertAttributes"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "companyCertInfo"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "certInfo"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            company_cert_attributes: slots.0.flatten(),
            company_cert_info: slots.1.flatten(),
            cert_info: slots.2.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for CompanyCertDetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// An item of `CompanyCertInfoList`.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct CompanyCertInfoListInner {
    /// `companyCertAttributes`
    pub company_cert_attributes: Option<CompanyCertAttributes>,
    /// `companyCertInfo`
    pub company_cert_info: Option<CompanyCertInfo>,
}

impl CompanyCertInfoListInner {
    /// Sets `companyCertAttributes`.
    pub fn company_cert_attributes(
        mut self,
        value: impl Into<CompanyCertAttributes>,
    ) -> Self {
        self.company_cert_attributes = Some(value.into());
        self
    }

    /// Sets `companyCertInfo`.
    pub fn company_cert_info(mut self, value: impl Into<CompanyCertInfo>) -> Self {
        self.company_cert_info = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for CompanyCertInfoListInner {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(
            &mut map,
            "companyCertAttributes",
            &self.company_cert_attributes,
        )?;
        codegen_runtime::model::present(
            &mut map,
            "companyCertInfo",
            &self.company_cert_info,
        )?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for CompanyCertInfoListInner {
    const NAME: &'static str = "CompanyCertInfoListInner";
    type Slots = (
        Option<Option<CompanyCertAttributes>>,
        Option<Option<CompanyCertInfo>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "companyCertAttributes" => Some(0),
            "companyCertInfo" => Some(1),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "companyCertAttributes"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "companyCertInfo"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            company_cert_attributes: slots.0.flatten(),
            company_cert_info: slots.1.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for CompanyCertInfoListInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `CompanyCertInfoList`
pub type CompanyCertInfoList = Vec<CompanyCertInfoListInner>;

/// `CompanyCertTypeList`
pub type CompanyCertTypeList = Vec<CompanyCertType>;

/// `ConfigurationInstance`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct ConfigurationInstance {
    /// `instanceId`
    pub instance_id: Option<String>,
    /// `configurationId`
    pub configuration_id: Option<String>,
    /// `name`
    pub name: Option<String>,
    /// `description`
    pub description: Option<String>,
    /// `creatorId`
    pub creator_id: Option<String>,
    /// Epoch milliseconds.
    pub created_date: Option<i64>,
    /// This field should be used as a container for a serialized object, holding specialized field values.
    pub optional_properties: Option<String>,
}

impl ConfigurationInstance {
    /// Sets `instanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }

    /// Sets `configurationId`.
    pub fn configuration_id(mut self, value: impl Into<String>) -> Self {
        self.configuration_id = Some(value.into());
        self
    }

    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `creatorId`.
    pub fn creator_id(mut self, value: impl Into<String>) -> Self {
        self.creator_id = Some(value.into());
        self
    }

    /// Epoch milliseconds.
    pub fn created_date(mut self, value: impl Into<i64>) -> Self {
        self.created_date = Some(value.into());
        self
    }

    /// This field should be used as a container for a serialized object, holding specialized field values.
    pub fn optional_properties(mut self, value: impl Into<String>) -> Self {
        self.optional_properties = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for ConfigurationInstance {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "instanceId", &self.instance_id)?;
        codegen_runtime::model::present(
            &mut map,
            "configurationId",
            &self.configuration_id,
        )?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "description", &self.description)?;
        codegen_runtime::model::present(&mut map, "creatorId", &self.creator_id)?;
        codegen_runtime::model::present(&mut map, "createdDate", &self.created_date)?;
        codegen_runtime::model::present(
            &mut map,
            "optionalProperties",
            &self.optional_properties,
        )?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for ConfigurationInstance {
    const NAME: &'static str = "ConfigurationInstance";
    type Slots = (
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<i64>>,
        Option<Option<String>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "instanceId" => Some(0),
            "configurationId" => Some(1),
            "name" => Some(2),
            "description" => Some(3),
            "creatorId" => Some(4),
            "createdDate" => Some(5),
            "optionalProperties" => Some(6),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None, None, None, None, None, None, None)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "instanceId"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "configurationId"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "name"),
            3 => codegen_runtime::model::set(map, &mut slots.3, "description"),
            4 => codegen_runtime::model::set(map, &mut slots.4, "creatorId"),
            5 => codegen_runtime::model::set(map, &mut slots.5, "createdDate"),
            6 => codegen_runtime::model::set(map, &mut slots.6, "optionalProperties"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            instance_id: slots.0.flatten(),
            configuration_id: slots.1.flatten(),
            name: slots.2.flatten(),
            description: slots.3.flatten(),
            creator_id: slots.4.flatten(),
            created_date: slots.5.flatten(),
            optional_properties: slots.6.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for ConfigurationInstance {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `ConfigurationInstanceList`
pub type ConfigurationInstanceList = Vec<ConfigurationInstance>;

/// `ConfigurationInstanceSubmissionCreate`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct ConfigurationInstanceSubmissionCreate {
    /// `configurationId`
    pub configuration_id: Option<String>,
    /// `name`
    pub name: Option<String>,
    /// `description`
    pub description: Option<String>,
    /// `creatorId`
    pub creator_id: Option<String>,
    /// This field should be used as a container for a serialized object, holding specialized field values.
    pub optional_properties: Option<String>,
}

impl ConfigurationInstanceSubmissionCreate {
    /// Sets `configurationId`.
    pub fn configuration_id(mut self, value: impl Into<String>) -> Self {
        self.configuration_id = Some(value.into());
        self
    }

    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `creatorId`.
    pub fn creator_id(mut self, value: impl Into<String>) -> Self {
        self.creator_id = Some(value.into());
        self
    }

    /// This field should be used as a container for a serialized object, holding specialized field values.
    pub fn optional_properties(mut self, value: impl Into<String>) -> Self {
        self.optional_properties = Some(value.into());
        self
    }
}

impl serde::Serialize for ConfigurationInstanceSubmissionCreate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(
            &mut map,
            "configurationId",
            &self.configuration_id,
        )?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "description", &self.description)?;
        codegen_runtime::model::present(&mut map, "creatorId", &self.creator_id)?;
        codegen_runtime::model::present(
            &mut map,
            "optionalProperties",
            &self.optional_properties,
        )?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for ConfigurationInstanceSubmissionCreate {
    const NAME: &'static str = "ConfigurationInstanceSubmissionCreate";
    type Slots = (
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<String>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "configurationId" => Some(0),
            "name" => Some(1),
            "description" => Some(2),
            "creatorId" => Some(3),
            "optionalProperties" => Some(4),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None, None, None, None, None)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "configurationId"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "name"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "description"),
            3 => codegen_runtime::model::set(map, &mut slots.3, "creatorId"),
            4 => codegen_runtime::model::set(map, &mut slots.4, "optionalProperties"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            configuration_id: slots.0.flatten(),
            name: slots.1.flatten(),
            description: slots.2.flatten(),
            creator_id: slots.3.flatten(),
            optional_properties: slots.4.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for ConfigurationInstanceSubmissionCreate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `ConfigurationInstanceSubmissionUpdate`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct ConfigurationInstanceSubmissionUpdate {
    /// `instanceId`
    pub instance_id: Option<String>,
    /// `configurationId`
    pub configuration_id: Option<String>,
    /// `name`
    pub name: Option<String>,
    /// `description`
    pub description: Option<String>,
    /// This field should be used as a container for a serialized object, holding specialized field values.
    pub optional_properties: Option<String>,
}

impl ConfigurationInstanceSubmissionUpdate {
    /// Sets `instanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }

    /// Sets `configurationId`.
    pub fn configuration_id(mut self, value: impl Into<String>) -> Self {
        self.configuration_id = Some(value.into());
        self
    }

    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// This field should be used as a container for a serialized object, holding specialized field values.
    pub fn optional_properties(mut self, value: impl Into<String>) -> Self {
        self.optional_properties = Some(value.into());
        self
    }
}

impl serde::Serialize for ConfigurationInstanceSubmissionUpdate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "instanceId", &self.instance_id)?;
        codegen_runtime::model::present(
            &mut map,
            "configurationId",
            &self.configuration_id,
        )?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "description", &self.description)?;
        codegen_runtime::model::present(
            &mut map,
            "optionalProperties",
            &self.optional_properties,
        )?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for ConfigurationInstanceSubmissionUpdate {
    const NAME: &'static str = "ConfigurationInstanceSubmissionUpdate";
    type Slots = (
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<String>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "instanceId" => Some(0),
            "configurationId" => Some(1),
            "name" => Some(2),
            "description" => Some(3),
            "optionalProperties" => Some(4),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None, None, None, None, None)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "instanceId"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "configurationId"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "name"),
            3 => codegen_runtime::model::set(map, &mut slots.3, "description"),
            4 => codegen_runtime::model::set(map, &mut slots.4, "optionalProperties"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            instance_id: slots.0.flatten(),
            configuration_id: slots.1.flatten(),
            name: slots.2.flatten(),
            description: slots.3.flatten(),
            optional_properties: slots.4.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for ConfigurationInstanceSubmissionUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `V1Configuration`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Configuration {
    /// `configurationId`
    pub id: Option<String>,
    /// `type`
    pub r#type: Option<String>,
    /// `name`
    pub name: Option<String>,
    /// `description`
    pub description: Option<String>,
    /// `enabled`
    pub enabled: Option<bool>,
    /// `visible`
    pub visible: Option<bool>,
}

impl Configuration {
    /// Sets `configurationId`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `enabled`.
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }

    /// Sets `visible`.
    pub fn visible(mut self, value: impl Into<bool>) -> Self {
        self.visible = Some(value.into());
        self
    }
}

impl serde::Serialize for Configuration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "configurationId", &self.id)?;
        codegen_runtime::model::present(&mut map, "type", &self.r#type)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "description", &self.description)?;
        codegen_runtime::model::present(&mut map, "enabled", &self.enabled)?;
        codegen_runtime::model::present(&mut map, "visible", &self.visible)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for Configuration {
    const NAME: &'static str = "Configuration";
    type Slots = (
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<bool>>,
        Option<Option<bool>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "configurationId" => Some(0),
            "type" => Some(1),
            "name" => Some(2),
            "description" => Some(3),
            "enabled" => Some(4),
            "visible" => Some(5),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "configurationId"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "type"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "name"),
            3 => codegen_runtime::model::set(map, &mut slots.3, "description"),
            4 => codegen_runtime::model::set(map, &mut slots.4, "enabled"),
            5 => codegen_runtime::model::set(map, &mut slots.5, "visible"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.0.flatten(),
            r#type: slots.1.flatten(),
            name: slots.2.flatten(),
            description: slots.3.flatten(),
            enabled: slots.4.flatten(),
            visible: slots.5.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Configuration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `ConfigurationList`
pub type ConfigurationList = Vec<Configuration>;

/// `#/components/schemas/DelegateAction/properties/action`
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DelegateActionKind {
    /// `ADD` on the wire.
    Add,
    /// `REMOVE` on the wire.
    Remove,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    Unknown(codegen_runtime::UnknownValue),
}

impl DelegateActionKind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Add => "ADD",
            Self::Remove => "REMOVE",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for DelegateActionKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for DelegateActionKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for DelegateActionKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(deserializer, &["ADD", "REMOVE"])? {
                Ok(0) => Self::Add,
                Ok(_) => Self::Remove,
                Err(value) => Self::Unknown(value),
            },
        )
    }
}

/// `DelegateAction`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DelegateAction {
    /// `userId`
    pub user_id: Option<i64>,
    /// `action`
    pub action: Option<DelegateActionKind>,
}

impl DelegateAction {
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<i64>) -> Self {
        self.user_id = Some(value.into());
        self
    }

    /// Sets `action`.
    pub fn action(mut self, value: impl Into<DelegateActionKind>) -> Self {
        self.action = Some(value.into());
        self
    }
}

impl serde::Serialize for DelegateAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "userId", &self.user_id)?;
        codegen_runtime::model::present(&mut map, "action", &self.action)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for DelegateAction {
    const NAME: &'static str = "DelegateAction";
    type Slots = (Option<Option<i64>>, Option<Option<DelegateActionKind>>);

    fn field(key: &str) -> Option<usize> {
        match key {
            "userId" => Some(0),
            "action" => Some(1),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "userId"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "action"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            user_id: slots.0.flatten(),
            action: slots.1.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for DelegateAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `#/components/schemas/Disclaimer/properties/format`
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// `TEXT` on the wire.
    Text,
    /// `XML` on the wire.
    Xml,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    Unknown(codegen_runtime::UnknownValue),
}

impl Format {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "TEXT",
            Self::Xml => "XML",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Format {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Format {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(deserializer, &["TEXT", "XML"])? {
                Ok(0) => Self::Text,
                Ok(_) => Self::Xml,
                Err(value) => Self::Unknown(value),
            },
        )
    }
}

/// `Disclaimer`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Disclaimer {
    /// `id`
    ///
    /// Set by the server.
    pub id: Option<String>,
    /// `name`
    pub name: Option<String>,
    /// `content`
    pub content: Option<String>,
    /// `frequencyInHours`
    pub frequency_in_hours: Option<i32>,
    /// `isDefault`
    pub is_default: Option<bool>,
    /// `isActive`
    pub is_active: Option<bool>,
    /// Epoch milliseconds.
    ///
    /// Set by the server.
    pub created_date: Option<i64>,
    /// Epoch milliseconds.
    ///
    /// Set by the server.
    pub modified_date: Option<i64>,
    /// `format`
    pub format: Option<Format>,
}

impl Disclaimer {
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `content`.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }

    /// Sets `frequencyInHours`.
    pub fn frequency_in_hours(mut self, value: impl Into<i32>) -> Self {
        self.frequency_in_hours = Some(value.into());
        self
    }

    /// Sets `isDefault`.
    pub fn is_default(mut self, value: impl Into<bool>) -> Self {
        self.is_default = Some(value.into());
        self
    }

    /// Sets `isActive`.
    pub fn is_active(mut self, value: impl Into<bool>) -> Self {
        self.is_active = Some(value.into());
        self
    }

    /// Epoch milliseconds.
    pub fn created_date(mut self, value: impl Into<i64>) -> Self {
        self.created_date = Some(value.into());
        self
    }

    /// Epoch milliseconds.
    pub fn modified_date(mut self, value: impl Into<i64>) -> Self {
        self.modified_date = Some(value.into());
        self
    }

    /// Sets `format`.
    pub fn format(mut self, value: impl Into<Format>) -> Self {
        self.format = Some(value.into());
        self
    }
}

impl serde::Serialize for Disclaimer {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "content", &self.content)?;
        codegen_runtime::model::present(
            &mut map,
            "frequencyInHours",
            &self.frequency_in_hours,
        )?;
        codegen_runtime::model::present(&mut map, "isDefault", &self.is_default)?;
        codegen_runtime::model::present(&mut map, "isActive", &self.is_active)?;
        codegen_runtime::model::present(&mut map, "createdDate", &self.created_date)?;
        codegen_runtime::model::present(&mut map, "modifiedDate", &self.modified_date)?;
        codegen_runtime::model::present(&mut map, "format", &self.format)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for Disclaimer {
    const NAME: &'static str = "Disclaimer";
    type Slots = (
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<i32>>,
        Option<Option<bool>>,
        Option<Option<bool>>,
        Option<Option<i64>>,
        Option<Option<i64>>,
        Option<Option<Format>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "id" => Some(0),
            "name" => Some(1),
            "content" => Some(2),
            "frequencyInHours" => Some(3),
            "isDefault" => Some(4),
            "isActive" => Some(5),
            "createdDate" => Some(6),
            "modifiedDate" => Some(7),
            "format" => Some(8),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "id"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "name"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "content"),
            3 => codegen_runtime::model::set(map, &mut slots.3, "frequencyInHours"),
            4 => codegen_runtime::model::set(map, &mut slots.4, "isDefault"),
            5 => codegen_runtime::model::set(map, &mut slots.5, "isActive"),
            6 => codegen_runtime::model::set(map, &mut slots.6, "createdDate"),
            7 => codegen_runtime::model::set(map, &mut slots.7, "modifiedDate"),
            8 => codegen_runtime::model::set(map, &mut slots.8, "format"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.0.flatten(),
            name: slots.1.flatten(),
            content: slots.2.flatten(),
            frequency_in_hours: slots.3.flatten(),
            is_default: slots.4.flatten(),
            is_active: slots.5.flatten(),
            created_date: slots.6.flatten(),
            modified_date: slots.7.flatten(),
            format: slots.8.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Disclaimer {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `DisclaimerList`
pub type DisclaimerList = Vec<Disclaimer>;

/// The body of an error response.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct ApiError {
    /// `code`
    pub code: Option<i32>,
    /// `message`
    pub message: Option<String>,
}

impl ApiError {
    /// Sets `code`.
    pub fn code(mut self, value: impl Into<i32>) -> Self {
        self.code = Some(value.into());
        self
    }

    /// Sets `message`.
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for ApiError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "code", &self.code)?;
        codegen_runtime::model::present(&mut map, "message", &self.message)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for ApiError {
    const NAME: &'static str = "ApiError";
    type Slots = (Option<Option<i32>>, Option<Option<String>>);

    fn field(key: &str) -> Option<usize> {
        match key {
            "code" => Some(0),
            "message" => Some(1),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "code"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "message"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            code: slots.0.flatten(),
            message: slots.1.flatten(),
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

/// `FacetedMatchCount`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct FacetedMatchCount {
    /// The matched query.
    pub facet: Option<String>,
    /// The result count.
    pub count: Option<i32>,
}

impl FacetedMatchCount {
    /// The matched query.
    pub fn facet(mut self, value: impl Into<String>) -> Self {
        self.facet = Some(value.into());
        self
    }

    /// The result count.
    pub fn count(mut self, value: impl Into<i32>) -> Self {
        self.count = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for FacetedMatchCount {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "facet", &self.facet)?;
        codegen_runtime::model::present(&mut map, "count", &self.count)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for FacetedMatchCount {
    const NAME: &'static str = "FacetedMatchCount";
    type Slots = (Option<Option<String>>, Option<Option<i32>>);

    fn field(key: &str) -> Option<usize> {
        match key {
            "facet" => Some(0),
            "count" => Some(1),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "facet"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "count"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            facet: slots.0.flatten(),
            count: slots.1.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for FacetedMatchCount {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `Feature`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Feature {
    /// The name of the feature entitlement (the wire name is misspelt by the vendor).
    pub entitlment: Option<String>,
    /// Whether this entitlement is enabled for the user.
    pub enabled: Option<bool>,
}

impl Feature {
    /// The name of the feature entitlement (the wire name is misspelt by the vendor).
    pub fn entitlment(mut self, value: impl Into<String>) -> Self {
        self.entitlment = Some(value.into());
        self
    }

    /// Whether this entitlement is enabled for the user.
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
}

impl serde::Serialize for Feature {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "entitlment", &self.entitlment)?;
        codegen_runtime::model::present(&mut map, "enabled", &self.enabled)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for Feature {
    const NAME: &'static str = "Feature";
    type Slots = (Option<Option<String>>, Option<Option<bool>>);

    fn field(key: &str) -> Option<usize> {
        match key {
            "entitlment" => Some(0),
            "enabled" => Some(1),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "entitlment"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "enabled"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            entitlment: slots.0.flatten(),
            enabled: slots.1.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Feature {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `FeatureList`
pub type FeatureList = Vec<Feature>;

/// `Group`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Group {
    /// `id`
    pub id: Option<String>,
    /// `name`
    pub name: Option<String>,
    /// `active`
    pub active: Option<bool>,
    /// `memberCount`
    pub member_count: Option<i32>,
    /// `policies`
    pub policies: Option<Vec<String>>,
    /// Epoch milliseconds.
    pub created_date: Option<i64>,
    /// Epoch milliseconds.
    pub modified_date: Option<i64>,
}

impl Group {
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `active`.
    pub fn active(mut self, value: impl Into<bool>) -> Self {
        self.active = Some(value.into());
        self
    }

    /// Sets `memberCount`.
    pub fn member_count(mut self, value: impl Into<i32>) -> Self {
        self.member_count = Some(value.into());
        self
    }

    /// Sets `policies`.
    pub fn policies(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.policies = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Epoch milliseconds.
    pub fn created_date(mut self, value: impl Into<i64>) -> Self {
        self.created_date = Some(value.into());
        self
    }

    /// Epoch milliseconds.
    pub fn modified_date(mut self, value: impl Into<i64>) -> Self {
        self.modified_date = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Group {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "active", &self.active)?;
        codegen_runtime::model::present(&mut map, "memberCount", &self.member_count)?;
        codegen_runtime::model::present(&mut map, "policies", &self.policies)?;
        codegen_runtime::model::present(&mut map, "createdDate", &self.created_date)?;
        codegen_runtime::model::present(&mut map, "modifiedDate", &self.modified_date)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for Group {
    const NAME: &'static str = "Group";
    type Slots = (
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<bool>>,
        Option<Option<i32>>,
        Option<Option<Vec<String>>>,
        Option<Option<i64>>,
        Option<Option<i64>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "id" => Some(0),
            "name" => Some(1),
            "active" => Some(2),
            "memberCount" => Some(3),
            "policies" => Some(4),
            "createdDate" => Some(5),
            "modifiedDate" => Some(6),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None, None, None, None, None, None, None)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "id"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "name"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "active"),
            3 => codegen_runtime::model::set(map, &mut slots.3, "memberCount"),
            4 => codegen_runtime::model::set(map, &mut slots.4, "policies"),
            5 => codegen_runtime::model::set(map, &mut slots.5, "createdDate"),
            6 => codegen_runtime::model::set(map, &mut slots.6, "modifiedDate"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.0.flatten(),
            name: slots.1.flatten(),
            active: slots.2.flatten(),
            member_count: slots.3.flatten(),
            policies: slots.4.flatten(),
            created_date: slots.5.flatten(),
            modified_date: slots.6.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Group {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `GroupList`
pub type GroupList = Vec<Group>;

/// `ImmutableRoomAttributes`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct ImmutableRoomAttributes {
    /// If true, this is a public chatroom. If false, a private chatroom.
    pub public: Option<bool>,
    /// If true, only stream owners can send messages.
    pub read_only: Option<bool>,
    /// If true, clients disable the clipboard copy for content in this stream.
    pub copy_protected: Option<bool>,
}

impl ImmutableRoomAttributes {
    /// If true, this is a public chatroom. If false, a private chatroom.
    pub fn public(mut self, value: impl Into<bool>) -> Self {
        self.public = Some(value.into());
        self
    }

    /// If true, only stream owners can send messages.
    pub fn read_only(mut self, value: impl Into<bool>) -> Self {
        self.read_only = Some(value.into());
        self
    }

    /// If true, clients disable the clipboard copy for content in this stream.
    pub fn copy_protected(mut self, value: impl Into<bool>) -> Self {
        self.copy_protected = Some(value.into());
        self
    }
}

impl serde::Serialize for ImmutableRoomAttributes {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "public", &self.public)?;
        codegen_runtime::model::present(&mut map, "readOnly", &self.read_only)?;
        codegen_runtime::model::present(
            &mut map,
            "copyProtected",
            &self.copy_protected,
        )?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for ImmutableRoomAttributes {
    const NAME: &'static str = "ImmutableRoomAttributes";
    type Slots = (Option<Option<bool>>, Option<Option<bool>>, Option<Option<bool>>);

    fn field(key: &str) -> Option<usize> {
        match key {
            "public" => Some(0),
            "readOnly" => Some(1),
            "copyProtected" => Some(2),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "public"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "readOnly"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "copyProtected"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            public: slots.0.flatten(),
            read_only: slots.1.flatten(),
            copy_protected: slots.2.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for ImmutableRoomAttributes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `IntegerList`
pub type IntegerList = Vec<i64>;

/// `MemberInfo`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct MemberInfo {
    /// `id`
    pub id: Option<i64>,
    /// `owner`
    pub owner: Option<bool>,
    /// Epoch milliseconds.
    pub join_date: Option<i64>,
}

impl MemberInfo {
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<i64>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `owner`.
    pub fn owner(mut self, value: impl Into<bool>) -> Self {
        self.owner = Some(value.into());
        self
    }

    /// Epoch milliseconds.
    pub fn join_date(mut self, value: impl Into<i64>) -> Self {
        self.join_date = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for MemberInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "owner", &self.owner)?;
        codegen_runtime::model::present(&mut map, "joinDate", &self.join_date)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for MemberInfo {
    const NAME: &'static str = "MemberInfo";
    type Slots = (Option<Option<i64>>, Option<Option<bool>>, Option<Option<i64>>);

    fn field(key: &str) -> Option<usize> {
        match key {
            "id" => Some(0),
            "owner" => Some(1),
            "joinDate" => Some(2),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "id"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "owner"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "joinDate"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.0.flatten(),
            owner: slots.1.flatten(),
            join_date: slots.2.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for MemberInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `MembershipList`
pub type MembershipList = Vec<MemberInfo>;

/// `MessageSuppressionResponse`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct MessageSuppressionResponse {
    /// `messageId`
    pub message_id: Option<String>,
    /// `suppressed`
    pub suppressed: Option<bool>,
    /// The date when this message was suppressed. Epoch milliseconds.
    pub suppression_date: Option<i64>,
}

impl MessageSuppressionResponse {
    /// Sets `messageId`.
    pub fn message_id(mut self, value: impl Into<String>) -> Self {
        self.message_id = Some(value.into());
        self
    }

    /// Sets `suppressed`.
    pub fn suppressed(mut self, value: impl Into<bool>) -> Self {
        self.suppressed = Some(value.into());
        self
    }

    /// The date when this message was suppressed. Epoch milliseconds.
    pub fn suppression_date(mut self, value: impl Into<i64>) -> Self {
        self.suppression_date = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for MessageSuppressionResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "messageId", &self.message_id)?;
        codegen_runtime::model::present(&mut map, "suppressed", &self.suppressed)?;
        codegen_runtime::model::present(
            &mut map,
            "suppressionDate",
            &self.suppression_date,
        )?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for MessageSuppressionResponse {
    const NAME: &'static str = "MessageSuppressionResponse";
    type Slots = (Option<Option<String>>, Option<Option<bool>>, Option<Option<i64>>);

    fn field(key: &str) -> Option<usize> {
        match key {
            "messageId" => Some(0),
            "suppressed" => Some(1),
            "suppressionDate" => Some(2),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "messageId"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "suppressed"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "suppressionDate"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            message_id: slots.0.flatten(),
            suppressed: slots.1.flatten(),
            suppression_date: slots.2.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for MessageSuppressionResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Password hashes derived with PBKDF2 (10,000 iterations, 256-bit keys) on the client; the server never sees the password.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Password {
    /// Pod password salt used for PBKDF2 derivation.
    pub h_salt: Option<String>,
    /// Pod password derived with PBKDF2.
    pub h_password: Option<codegen_runtime::Secret>,
    /// Key Manager password salt used for PBKDF2 derivation.
    pub kh_salt: Option<String>,
    /// Key Manager password derived with PBKDF2.
    pub kh_password: Option<codegen_runtime::Secret>,
}

impl Password {
    /// Pod password salt used for PBKDF2 derivation.
    pub fn h_salt(mut self, value: impl Into<String>) -> Self {
        self.h_salt = Some(value.into());
        self
    }

    /// Pod password derived with PBKDF2.
    pub fn h_password(mut self, value: impl Into<codegen_runtime::Secret>) -> Self {
        self.h_password = Some(value.into());
        self
    }

    /// Key Manager password salt used for PBKDF2 derivation.
    pub fn kh_salt(mut self, value: impl Into<String>) -> Self {
        self.kh_salt = Some(value.into());
        self
    }

    /// Key Manager password derived with PBKDF2.
    pub fn kh_password(mut self, value: impl Into<codegen_runtime::Secret>) -> Self {
        self.kh_password = Some(value.into());
        self
    }
}

impl serde::Serialize for Password {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "hSalt", &self.h_salt)?;
        codegen_runtime::model::present(&mut map, "hPassword", &self.h_password)?;
        codegen_runtime::model::present(&mut map, "khSalt", &self.kh_salt)?;
        codegen_runtime::model::present(&mut map, "khPassword", &self.kh_password)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for Password {
    const NAME: &'static str = "Password";
    type Slots = (
        Option<Option<String>>,
        Option<Option<codegen_runtime::Secret>>,
        Option<Option<String>>,
        Option<Option<codegen_runtime::Secret>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "hSalt" => Some(0),
            "hPassword" => Some(1),
            "khSalt" => Some(2),
            "khPassword" => Some(3),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "hSalt"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "hPassword"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "khSalt"),
            3 => codegen_runtime::model::set(map, &mut slots.3, "khPassword"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            h_salt: slots.0.flatten(),
            h_password: slots.1.flatten(),
            kh_salt: slots.2.flatten(),
            kh_password: slots.3.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for Password {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `#/components/schemas/PasswordReset/properties/type`
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PasswordResetType {
    /// `EMAIL` on the wire.
    Email,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    Unknown(codegen_runtime::UnknownValue),
}

impl PasswordResetType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Email => "EMAIL",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for PasswordResetType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for PasswordResetType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for PasswordResetType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(deserializer, &["EMAIL"])? {
                Ok(_) => Self::Email,
                Err(value) => Self::Unknown(value),
            },
        )
    }
}

/// `PasswordReset`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct PasswordReset {
    /// `type`
    pub r#type: Option<PasswordResetType>,
}

impl PasswordReset {
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<PasswordResetType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}

impl serde::Serialize for PasswordReset {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "type", &self.r#type)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for PasswordReset {
    const NAME: &'static str = "PasswordReset";
    type Slots = (Option<Option<PasswordResetType>>,);

    fn field(key: &str) -> Option<usize> {
        match key {
            "type" => Some(0),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "type"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self { r#type: slots.0.flatten() })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for PasswordReset {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `PodAppEntitlement`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct PodAppEntitlement {
    /// Unique ID for the Application
    pub app_id: Option<String>,
    /// Name for this Application
    pub app_name: Option<String>,
    /// `enable`
    pub enable: Option<bool>,
    /// if true, this application will be listed in the appstore for everyone. Otherwise, this application will be hidden in the appstore.
    pub listed: Option<bool>,
    /// if true, the entitlement is set to automatic for the company. Otherwise, it is set to manual.
    pub install: Option<bool>,
}

impl PodAppEntitlement {
    /// Unique ID for the Application
    pub fn app_id(mut self, value: impl Into<String>) -> Self {
        self.app_id = Some(value.into());
        self
    }

    /// Name for this Application
    pub fn app_name(mut self, value: impl Into<String>) -> Self {
        self.app_name = Some(value.into());
        self
    }

    /// Sets `enable`.
    pub fn enable(mut self, value: impl Into<bool>) -> Self {
        self.enable = Some(value.into());
        self
    }

    /// if true, this application will be listed in the appstore for everyone. Otherwise, this application will be hidden in the appstore.
    pub fn listed(mut self, value: impl Into<bool>) -> Self {
        self.listed = Some(value.into());
        self
    }

    /// if true, the entitlement is set to automatic for the company. Otherwise, it is set to manual.
    pub fn install(mut self, value: impl Into<bool>) -> Self {
        self.install = Some(value.into());
        self
    }
}

impl serde::Serialize for PodAppEntitlement {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "appId", &self.app_id)?;
        codegen_runtime::model::present(&mut map, "appName", &self.app_name)?;
        codegen_runtime::model::present(&mut map, "enable", &self.enable)?;
        codegen_runtime::model::present(&mut map, "listed", &self.listed)?;
        codegen_runtime::model::present(&mut map, "install", &self.install)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for PodAppEntitlement {
    const NAME: &'static str = "PodAppEntitlement";
    type Slots = (
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<bool>>,
        Option<Option<bool>>,
        Option<Option<bool>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "appId" => Some(0),
            "appName" => Some(1),
            "enable" => Some(2),
            "listed" => Some(3),
            "install" => Some(4),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None, None, None, None, None)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "appId"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "appName"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "enable"),
            3 => codegen_runtime::model::set(map, &mut slots.3, "listed"),
            4 => codegen_runtime::model::set(map, &mut slots.4, "install"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            app_id: slots.0.flatten(),
            app_name: slots.1.flatten(),
            enable: slots.2.flatten(),
            listed: slots.3.flatten(),
            install: slots.4.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for PodAppEntitlement {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `PodAppEntitlementList`
pub type PodAppEntitlementList = Vec<PodAppEntitlement>;

/// `#/components/schemas/Policy/properties/policyType`
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PolicyType {
    /// `BLOCK` on the wire.
    Block,
    /// `ALLOW` on the wire.
    Allow,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    Unknown(codegen_runtime::UnknownValue),
}

impl PolicyType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Block => "BLOCK",
            Self::Allow => "ALLOW",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for PolicyType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for PolicyType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for PolicyType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(deserializer, &["BLOCK", "ALLOW"])? {
                Ok(0) => Self::Block,
                Ok(_) => Self::Allow,
                Err(value) => Self::Unknown(value),
            },
        )
    }
}

/// `Policy`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Policy {
    /// `id`
    pub id: Option<String>,
    /// `policyType`
    pub policy_type: Option<PolicyType>,
    /// `active`
    pub active: Option<bool>,
    /// `memberCount`
    pub member_count: Option<i32>,
    /// `groups`
    pub groups: Option<Vec<String>>,
    /// Epoch milliseconds.
    pub created_date: Option<i64>,
    /// Epoch milliseconds.
    pub modified_date: Option<i64>,
}

impl Policy {
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `policyType`.
    pub fn policy_type(mut self, value: impl Into<PolicyType>) -> Self {
        self.policy_type = Some(value.into());
        self
    }

    /// Sets `active`.
    pub fn active(mut self, value: impl Into<bool>) -> Self {
        self.active = Some(value.into());
        self
    }

    /// Sets `memberCount`.
    pub fn member_count(mut self, value: impl Into<i32>) -> Self {
        self.member_count = Some(value.into());
        self
    }

    /// Sets `groups`.
    pub fn groups(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.groups = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Epoch milliseconds.
    pub fn created_date(mut self, value: impl Into<i64>) -> Self {
        self.created_date = Some(value.into());
        self
    }

    /// Epoch milliseconds.
    pub fn modified_date(mut self, value: impl Into<i64>) -> Self {
        self.modified_date = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Policy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "policyType", &self.policy_type)?;
        codegen_runtime::model::present(&mut map, "active", &self.active)?;
        codegen_runtime::model::present(&mut map, "memberCount", &self.member_count)?;
        codegen_runtime::model::present(&mut map, "groups", &self.groups)?;
        codegen_runtime::model::present(&mut map, "createdDate", &self.created_date)?;
        codegen_runtime::model::present(&mut map, "modifiedDate", &self.modified_date)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for Policy {
    const NAME: &'static str = "Policy";
    type Slots = (
        Option<Option<String>>,
        Option<Option<PolicyType>>,
        Option<Option<bool>>,
        Option<Option<i32>>,
        Option<Option<Vec<String>>>,
        Option<Option<i64>>,
        Option<Option<i64>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "id" => Some(0),
            "policyType" => Some(1),
            "active" => Some(2),
            "memberCount" => Some(3),
            "groups" => Some(4),
            "createdDate" => Some(5),
            "modifiedDate" => Some(6),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None, None, None, None, None, None, None)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "id"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "policyType"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "active"),
            3 => codegen_runtime::model::set(map, &mut slots.3, "memberCount"),
            4 => codegen_runtime::model::set(map, &mut slots.4, "groups"),
            5 => codegen_runtime::model::set(map, &mut slots.5, "createdDate"),
            6 => codegen_runtime::model::set(map, &mut slots.6, "modifiedDate"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.0.flatten(),
            policy_type: slots.1.flatten(),
            active: slots.2.flatten(),
            member_count: slots.3.flatten(),
            groups: slots.4.flatten(),
            created_date: slots.5.flatten(),
            modified_date: slots.6.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Policy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `PolicyList`
pub type PolicyList = Vec<Policy>;

/// `#/components/schemas/Presence/properties/category`
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PresenceCategory {
    /// `UNDEFINED` on the wire.
    Undefined,
    /// `AVAILABLE` on the wire.
    Available,
    /// `BUSY` on the wire.
    Busy,
    /// `DO_NOT_DISTURB` on the wire.
    DoNotDisturb,
    /// `ON_THE_PHONE` on the wire.
    OnThePhone,
    /// `BE_RIGHT_BACK` on the wire.
    BeRightBack,
    /// `AWAY` on the wire.
    Away,
    /// `OFFLINE` on the wire.
    Offline,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    Unknown(codegen_runtime::UnknownValue),
}

impl PresenceCategory {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Undefined => "UNDEFINED",
            Self::Available => "AVAILABLE",
            Self::Busy => "BUSY",
            Self::DoNotDisturb => "DO_NOT_DISTURB",
            Self::OnThePhone => "ON_THE_PHONE",
            Self::BeRightBack => "BE_RIGHT_BACK",
            Self::Away => "AWAY",
            Self::Offline => "OFFLINE",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for PresenceCategory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for PresenceCategory {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for PresenceCategory {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(
                deserializer,
                &[
                    "UNDEFINED",
                    "AVAILABLE",
                    "BUSY",
                    "DO_NOT_DISTURB",
                    "ON_THE_PHONE",
                    "BE_RIGHT_BACK",
                    "AWAY",
                    "OFFLINE",
                ],
            )? {
                Ok(0) => Self::Undefined,
                Ok(1) => Self::Available,
                Ok(2) => Self::Busy,
                Ok(3) => Self::DoNotDisturb,
                Ok(4) => Self::OnThePhone,
                Ok(5) => Self::BeRightBack,
                Ok(6) => Self::Away,
                Ok(_) => Self::Offline,
                Err(value) => Self::Unknown(value),
            },
        )
    }
}

/// `Presence`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Presence {
    /// `category`
    pub category: Option<PresenceCategory>,
}

impl Presence {
    /// Sets `category`.
    pub fn category(mut self, value: impl Into<PresenceCategory>) -> Self {
        self.category = Some(value.into());
        self
    }
}

impl serde::Serialize for Presence {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "category", &self.category)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for Presence {
    const NAME: &'static str = "Presence";
    type Slots = (Option<Option<PresenceCategory>>,);

    fn field(key: &str) -> Option<usize> {
        match key {
            "category" => Some(0),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "category"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            category: slots.0.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Presence {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `UserPresence`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserPresence {
    /// `uid`
    pub uid: Option<i64>,
    /// `category`
    pub category: Option<PresenceCategory>,
}

impl UserPresence {
    /// Sets `uid`.
    pub fn uid(mut self, value: impl Into<i64>) -> Self {
        self.uid = Some(value.into());
        self
    }

    /// Sets `category`.
    pub fn category(mut self, value: impl Into<PresenceCategory>) -> Self {
        self.category = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for UserPresence {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "uid", &self.uid)?;
        codegen_runtime::model::present(&mut map, "category", &self.category)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for UserPresence {
    const NAME: &'static str = "UserPresence";
    type Slots = (Option<Option<i64>>, Option<Option<PresenceCategory>>);

    fn field(key: &str) -> Option<usize> {
        match key {
            "uid" => Some(0),
            "category" => Some(1),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "uid"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "category"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            uid: slots.0.flatten(),
            category: slots.1.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for UserPresence {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `PresenceList`
pub type PresenceList = Vec<UserPresence>;

/// `Product`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Product {
    /// App ID for the Product
    pub app_id: Option<String>,
    /// Product Name
    pub name: Option<String>,
    /// Product SKU
    pub sku: Option<String>,
    /// indicates whether the product is subscribed or not
    pub subscribed: Option<bool>,
    /// Product Type (default or premium)
    pub r#type: Option<String>,
}

impl Product {
    /// App ID for the Product
    pub fn app_id(mut self, value: impl Into<String>) -> Self {
        self.app_id = Some(value.into());
        self
    }

    /// Product Name
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Product SKU
    pub fn sku(mut self, value: impl Into<String>) -> Self {
        self.sku = Some(value.into());
        self
    }

    /// indicates whether the product is subscribed or not
    pub fn subscribed(mut self, value: impl Into<bool>) -> Self {
        self.subscribed = Some(value.into());
        self
    }

    /// Product Type (default or premium)
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}

impl serde::Serialize for Product {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "appId", &self.app_id)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "sku", &self.sku)?;
        codegen_runtime::model::present(&mut map, "subscribed", &self.subscribed)?;
        codegen_runtime::model::present(&mut map, "type", &self.r#type)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for Product {
    const NAME: &'static str = "Product";
    type Slots = (
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<bool>>,
        Option<Option<String>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "appId" => Some(0),
            "name" => Some(1),
            "sku" => Some(2),
            "subscribed" => Some(3),
            "type" => Some(4),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None, None, None, None, None)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "appId"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "name"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "sku"),
            3 => codegen_runtime::model::set(map, &mut slots.3, "subscribed"),
            4 => codegen_runtime::model::set(map, &mut slots.4, "type"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            app_id: slots.0.flatten(),
            name: slots.1.flatten(),
            sku: slots.2.flatten(),
            subscribed: slots.3.flatten(),
            r#type: slots.4.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Product {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `ProductList`
pub type ProductList = Vec<Product>;

/// `Role`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Role {
    /// `id`
    pub id: Option<String>,
    /// `name`
    pub name: Option<String>,
    /// `description`
    pub description: Option<String>,
}

impl Role {
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Role {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "description", &self.description)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for Role {
    const NAME: &'static str = "Role";
    type Slots = (
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<String>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "id" => Some(0),
            "name" => Some(1),
            "description" => Some(2),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "id"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "name"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "description"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.0.flatten(),
            name: slots.1.flatten(),
            description: slots.2.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Role {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `RoleList`
pub type RoleList = Vec<Role>;

/// `RoomAttributes`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct RoomAttributes {
    /// Room name.
    pub name: Option<String>,
    /// Room description.
    pub description: Option<String>,
    /// If true, any chatroom participant can add new participants. If false, only owners can add new participants.
    pub members_can_invite: Option<bool>,
    /// If true, this chatroom (name, description and messages) can be searched and listed by non-participants. If false, only participants can search this room.
    pub discoverable: Option<bool>,
}

impl RoomAttributes {
    /// Room name.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Room description.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// If true, any chatroom participant can add new participants. If false, only owners can add new participants.
    pub fn members_can_invite(mut self, value: impl Into<bool>) -> Self {
        self.members_can_invite = Some(value.into());
        self
    }

    /// If true, this chatroom (name, description and messages) can be searched and listed by non-participants. If false, only participants can search this room.
    pub fn discoverable(mut self, value: impl Into<bool>) -> Self {
        self.discoverable = Some(value.into());
        self
    }
}

impl serde::Serialize for RoomAttributes {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "description", &self.description)?;
        codegen_runtime::model::present(
            &mut map,
            "membersCanInvite",
            &self.members_can_invite,
        )?;
        codegen_runtime::model::present(&mut map, "discoverable", &self.discoverable)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for RoomAttributes {
    const NAME: &'static str = "RoomAttributes";
    type Slots = (
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<bool>>,
        Option<Option<bool>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "name" => Some(0),
            "description" => Some(1),
            "membersCanInvite" => Some(2),
            "discoverable" => Some(3),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "name"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "description"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "membersCanInvite"),
            3 => codegen_runtime::model::set(map, &mut slots.3, "discoverable"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            name: slots.0.flatten(),
            description: slots.1.flatten(),
            members_can_invite: slots.2.flatten(),
            discoverable: slots.3.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for RoomAttributes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `RoomCreate`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct RoomCreate {
    /// `roomAttributes`
    pub room_attributes: Option<RoomAttributes>,
    /// `immutableRoomAttributes`
    pub immutable_room_attributes: Option<ImmutableRoomAttributes>,
}

impl RoomCreate {
    /// Sets `roomAttributes`.
    pub fn room_attributes(mut self, value: impl Into<RoomAttributes>) -> Self {
        self.room_attributes = Some(value.into());
        self
    }

    /// Sets `immutableRoomAttributes`.
    pub fn immutable_room_attributes(
        mut self,
        value: impl Into<ImmutableRoomAttributes>,
    ) -> Self {
        self.immutable_room_attributes = Some(value.into());
        self
    }
}

impl serde::Serialize for RoomCreate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(
            &mut map,
            "roomAttributes",
            &self.room_attributes,
        )?;
        codegen_runtime::model::present(
            &mut map,
            "immutableRoomAttributes",
            &self.immutable_room_attributes,
        )?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for RoomCreate {
    const NAME: &'static str = "RoomCreate";
    type Slots = (
        Option<Option<RoomAttributes>>,
        Option<Option<ImmutableRoomAttributes>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "roomAttributes" => Some(0),
            "immutableRoomAttributes" => Some(1),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "roomAttributes"),
            1 => {
                codegen_runtime::model::set(map, &mut slots.1, "immutableRoomAttributes")
            }
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            room_attributes: slots.0.flatten(),
            immutable_room_attributes: slots.1.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for RoomCreate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `RoomSystemInfo`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct RoomSystemInfo {
    /// `id`
    pub id: Option<String>,
    /// The datetime when the stream was originally created. Milliseconds since Jan 1 1970. Epoch milliseconds.
    pub creation_date: Option<i64>,
    /// `createdByUserId`
    pub created_by_user_id: Option<i64>,
    /// If false, no messages can be sent in this stream, and membership is locked.
    pub active: Option<bool>,
}

impl RoomSystemInfo {
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// The datetime when the stream was originally created. Milliseconds since Jan 1 1970. Epoch milliseconds.
    pub fn creation_date(mut self, value: impl Into<i64>) -> Self {
        self.creation_date = Some(value.into());
        self
    }

    /// Sets `createdByUserId`.
    pub fn created_by_user_id(mut self, value: impl Into<i64>) -> Self {
        self.created_by_user_id = Some(value.into());
        self
    }

    /// If false, no messages can be sent in this stream, and membership is locked.
    pub fn active(mut self, value: impl Into<bool>) -> Self {
        self.active = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for RoomSystemInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "creationDate", &self.creation_date)?;
        codegen_runtime::model::present(
            &mut map,
            "createdByUserId",
            &self.created_by_user_id,
        )?;
        codegen_runtime::model::present(&mut map, "active", &self.active)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for RoomSystemInfo {
    const NAME: &'static str = "RoomSystemInfo";
    type Slots = (
        Option<Option<String>>,
        Option<Option<i64>>,
        Option<Option<i64>>,
        Option<Option<bool>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "id" => Some(0),
            "creationDate" => Some(1),
            "createdByUserId" => Some(2),
            "active" => Some(3),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "id"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "creationDate"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "createdByUserId"),
            3 => codegen_runtime::model::set(map, &mut slots.3, "active"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.0.flatten(),
            creation_date: slots.1.flatten(),
            created_by_user_id: slots.2.flatten(),
            active: slots.3.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for RoomSystemInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `RoomDetail`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct RoomDetail {
    /// `roomAttributes`
    pub room_attributes: Option<RoomAttributes>,
    /// `roomSystemInfo`
    pub room_system_info: Option<RoomSystemInfo>,
    /// `immutableRoomAttributes`
    pub immutable_room_attributes: Option<ImmutableRoomAttributes>,
}

impl RoomDetail {
    /// Sets `roomAttributes`.
    pub fn room_attributes(mut self, value: impl Into<RoomAttributes>) -> Self {
        self.room_attributes = Some(value.into());
        self
    }

    /// Sets `roomSystemInfo`.
    pub fn room_system_info(mut self, value: impl Into<RoomSystemInfo>) -> Self {
        self.room_system_info = Some(value.into());
        self
    }

    /// Sets `immutableRoomAttributes`.
    pub fn immutable_room_attributes(
        mut self,
        value: impl Into<ImmutableRoomAttributes>,
    ) -> Self {
        self.immutable_room_attributes = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for RoomDetail {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(
            &mut map,
            "roomAttributes",
            &self.room_attributes,
        )?;
        codegen_runtime::model::present(
            &mut map,
            "roomSystemInfo",
            &self.room_system_info,
        )?;
        codegen_runtime::model::present(
            &mut map,
            "immutableRoomAttributes",
            &self.immutable_room_attributes,
        )?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for RoomDetail {
    const NAME: &'static str = "RoomDetail";
    type Slots = (
        Option<Option<RoomAttributes>>,
        Option<Option<RoomSystemInfo>>,
        Option<Option<ImmutableRoomAttributes>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "roomAttributes" => Some(0),
            "roomSystemInfo" => Some(1),
            "immutableRoomAttributes" => Some(2),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "roomAttributes"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "roomSystemInfo"),
            2 => {
                codegen_runtime::model::set(map, &mut slots.2, "immutableRoomAttributes")
            }
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            room_attributes: slots.0.flatten(),
            room_system_info: slots.1.flatten(),
            immutable_room_attributes: slots.2.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for RoomDetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `UserId`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserId {
    /// `id`
    pub id: Option<i64>,
}

impl UserId {
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<i64>) -> Self {
        self.id = Some(value.into());
        self
    }
}

impl serde::Serialize for UserId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for UserId {
    const NAME: &'static str = "UserId";
    type Slots = (Option<Option<i64>>,);

    fn field(key: &str) -> Option<usize> {
        match key {
            "id" => Some(0),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "id"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self { id: slots.0.flatten() })
    }
}

impl<'de> serde::Deserialize<'de> for UserId {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `RoomSearchCriteria`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct RoomSearchCriteria {
    /// The search query. Matches the room name and description.
    pub query: String,
    /// A list of room tag labels whose values will be queried.
    pub labels: Option<Vec<String>>,
    /// Restrict the search to active/inactive rooms. If unspecified, search all rooms.
    pub active: Option<bool>,
    /// Restrict the search to private rooms. If unspecified, search all rooms.
    pub private: Option<bool>,
    /// Restrict the search to rooms owned by the specified user ID.
    pub owner: Option<UserId>,
    /// Restrict the search to rooms created by the specified user ID.
    pub creator: Option<UserId>,
    /// Restrict the search to rooms having the specified user ID as member.
    pub member: Option<UserId>,
}

impl RoomSearchCriteria {
    /// A `RoomSearchCriteria` with its required fields; set the optional ones with the methods named after them.
    pub fn new(query: impl Into<String>) -> Self {
        Self {
            query: query.into(),
            labels: None,
            active: None,
            private: None,
            owner: None,
            creator: None,
            member: None,
        }
    }

    /// A list of room tag labels whose values will be queried.
    pub fn labels(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.labels = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Restrict the search to active/inactive rooms. If unspecified, search all rooms.
    pub fn active(mut self, value: impl Into<bool>) -> Self {
        self.active = Some(value.into());
        self
    }

    /// Restrict the search to private rooms. If unspecified, search all rooms.
    pub fn private(mut self, value: impl Into<bool>) -> Self {
        self.private = Some(value.into());
        self
    }

    /// Restrict the search to rooms owned by the specified user ID.
    pub fn owner(mut self, value: impl Into<UserId>) -> Self {
        self.owner = Some(value.into());
        self
    }

    /// Restrict the search to rooms created by the specified user ID.
    pub fn creator(mut self, value: impl Into<UserId>) -> Self {
        self.creator = Some(value.into());
        self
    }

    /// Restrict the search to rooms having the specified user ID as member.
    pub fn member(mut self, value: impl Into<UserId>) -> Self {
        self.member = Some(value.into());
        self
    }
}

impl serde::Serialize for RoomSearchCriteria {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "query", &self.query)?;
        codegen_runtime::model::present(&mut map, "labels", &self.labels)?;
        codegen_runtime::model::present(&mut map, "active", &self.active)?;
        codegen_runtime::model::present(&mut map, "private", &self.private)?;
        codegen_runtime::model::present(&mut map, "owner", &self.owner)?;
        codegen_runtime::model::present(&mut map, "creator", &self.creator)?;
        codegen_runtime::model::present(&mut map, "member", &self.member)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for RoomSearchCriteria {
    const NAME: &'static str = "RoomSearchCriteria";
    type Slots = (
        Option<String>,
        Option<Option<Vec<String>>>,
        Option<Option<bool>>,
        Option<Option<bool>>,
        Option<Option<UserId>>,
        Option<Option<UserId>>,
        Option<Option<UserId>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "query" => Some(0),
            "labels" => Some(1),
            "active" => Some(2),
            "private" => Some(3),
            "owner" => Some(4),
            "creator" => Some(5),
            "member" => Some(6),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None, None, None, None, None, None, None)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "query"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "labels"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "active"),
            3 => codegen_runtime::model::set(map, &mut slots.3, "private"),
            4 => codegen_runtime::model::set(map, &mut slots.4, "owner"),
            5 => codegen_runtime::model::set(map, &mut slots.5, "creator"),
            6 => codegen_runtime::model::set(map, &mut slots.6, "member"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            query: codegen_runtime::model::required(slots.0, "query")?,
            labels: slots.1.flatten(),
            active: slots.2.flatten(),
            private: slots.3.flatten(),
            owner: slots.4.flatten(),
            creator: slots.5.flatten(),
            member: slots.6.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for RoomSearchCriteria {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `RoomTag`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct RoomTag {
    /// A unique label of the Tag.
    pub key: String,
    /// The value of this Tag's label.
    pub value: String,
}

impl RoomTag {
    /// A `RoomTag` with its required fields; set the optional ones with the methods named after them.
    pub fn new(key: impl Into<String>, value: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            value: value.into(),
        }
    }
}

impl serde::Serialize for RoomTag {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "key", &self.key)?;
        codegen_runtime::model::entry(&mut map, "value", &self.value)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for RoomTag {
    const NAME: &'static str = "RoomTag";
    type Slots = (Option<String>, Option<String>);

    fn field(key: &str) -> Option<usize> {
        match key {
            "key" => Some(0),
            "value" => Some(1),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "key"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "value"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            key: codegen_runtime::model::required(slots.0, "key")?,
            value: codegen_runtime::model::required(slots.1, "value")?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for RoomTag {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `V2RoomAttributes`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct V2RoomAttributes {
    /// Room name.
    pub name: Option<String>,
    /// Keywords for search to use to find this room
    pub keywords: Option<Vec<RoomTag>>,
    /// Room description.
    pub description: Option<String>,
    /// If true, any chatroom participant can add new participants. If false, only owners can add new participants.
    pub members_can_invite: Option<bool>,
    /// If true, this chatroom (name, description and messages) can be searched and listed by non-participants. If false, only participants can search this room.
    pub discoverable: Option<bool>,
    /// If true, this is a public chatroom. If false, a private chatroom.
    pub public: Option<bool>,
    /// If true, only stream owners can send messages.
    pub read_only: Option<bool>,
    /// If true, clients disable the clipboard copy for content in this stream.
    pub copy_protected: Option<bool>,
}

impl V2RoomAttributes {
    /// Room name.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Keywords for search to use to find this room
    pub fn keywords(
        mut self,
        value: impl IntoIterator<Item = impl Into<RoomTag>>,
    ) -> Self {
        self.keywords = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Room description.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// If true, any chatroom participant can add new participants. If false, only owners can add new participants.
    pub fn members_can_invite(mut self, value: impl Into<bool>) -> Self {
        self.members_can_invite = Some(value.into());
        self
    }

    /// If true, this chatroom (name, description and messages) can be searched and listed by non-participants. If false, only participants can search this room.
    pub fn discoverable(mut self, value: impl Into<bool>) -> Self {
        self.discoverable = Some(value.into());
        self
    }

    /// If true, this is a public chatroom. If false, a private chatroom.
    pub fn public(mut self, value: impl Into<bool>) -> Self {
        self.public = Some(value.into());
        self
    }

    /// If true, only stream owners can send messages.
    pub fn read_only(mut self, value: impl Into<bool>) -> Self {
        self.read_only = Some(value.into());
        self
    }

    /// If true, clients disable the clipboard copy for content in this stream.
    pub fn copy_protected(mut self, value: impl Into<bool>) -> Self {
        self.copy_protected = Some(value.into());
        self
    }
}

impl serde::Serialize for V2RoomAttributes {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "keywords", &self.keywords)?;
        codegen_runtime::model::present(&mut map, "description", &self.description)?;
        codegen_runtime::model::present(
            &mut map,
            "membersCanInvite",
            &self.members_can_invite,
        )?;
        codegen_runtime::model::present(&mut map, "discoverable", &self.discoverable)?;
        codegen_runtime::model::present(&mut map, "public", &self.public)?;
        codegen_runtime::model::present(&mut map, "readOnly", &self.read_only)?;
        codegen_runtime::model::present(
            &mut map,
            "copyProtected",
            &self.copy_protected,
        )?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for V2RoomAttributes {
    const NAME: &'static str = "V2RoomAttributes";
    type Slots = (
        Option<Option<String>>,
        Option<Option<Vec<RoomTag>>>,
        Option<Option<String>>,
        Option<Option<bool>>,
        Option<Option<bool>>,
        Option<Option<bool>>,
        Option<Option<bool>>,
        Option<Option<bool>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "name" => Some(0),
            "keywords" => Some(1),
            "description" => Some(2),
            "membersCanInvite" => Some(3),
            "discoverable" => Some(4),
            "public" => Some(5),
            "readOnly" => Some(6),
            "copyProtected" => Some(7),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None, None, None, None, None, None, None, None)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "name"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "keywords"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "description"),
            3 => codegen_runtime::model::set(map, &mut slots.3, "membersCanInvite"),
            4 => codegen_runtime::model::set(map, &mut slots.4, "discoverable"),
            5 => codegen_runtime::model::set(map, &mut slots.5, "public"),
            6 => codegen_runtime::model::set(map, &mut slots.6, "readOnly"),
            7 => codegen_runtime::model::set(map, &mut slots.7, "copyProtected"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            name: slots.0.flatten(),
            keywords: slots.1.flatten(),
            description: slots.2.flatten(),
            members_can_invite: slots.3.flatten(),
            discoverable: slots.4.flatten(),
            public: slots.5.flatten(),
            read_only: slots.6.flatten(),
            copy_protected: slots.7.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for V2RoomAttributes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `V2RoomDetail`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct V2RoomDetail {
    /// `roomAttributes`
    pub room_attributes: Option<V2RoomAttributes>,
    /// `roomSystemInfo`
    pub room_system_info: Option<RoomSystemInfo>,
}

impl V2RoomDetail {
    /// Sets `roomAttributes`.
    pub fn room_attributes(mut self, value: impl Into<V2RoomAttributes>) -> Self {
        self.room_attributes = Some(value.into());
        self
    }

    /// Sets `roomSystemInfo`.
    pub fn room_system_info(mut self, value: impl Into<RoomSystemInfo>) -> Self {
        self.room_system_info = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for V2RoomDetail {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(
            &mut map,
            "roomAttributes",
            &self.room_attributes,
        )?;
        codegen_runtime::model::present(
            &mut map,
            "roomSystemInfo",
            &self.room_system_info,
        )?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for V2RoomDetail {
    const NAME: &'static str = "V2RoomDetail";
    type Slots = (Option<Option<V2RoomAttributes>>, Option<Option<RoomSystemInfo>>);

    fn field(key: &str) -> Option<usize> {
        match key {
            "roomAttributes" => Some(0),
            "roomSystemInfo" => Some(1),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "roomAttributes"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "roomSystemInfo"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            room_attributes: slots.0.flatten(),
            room_system_info: slots.1.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for V2RoomDetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `RoomSearchResults`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct RoomSearchResults {
    /// The total number of rooms matched by the search.
    pub count: Option<i64>,
    /// The number of skipped results.
    pub skip: Option<i32>,
    /// The number of returned results.
    pub limit: Option<i32>,
    /// The search query that produced this result.
    pub query: Option<RoomSearchCriteria>,
    /// A list of rooms matched by the query.
    pub rooms: Option<Vec<V2RoomDetail>>,
    /// Detailed counts of matched rooms per search criterion.
    pub faceted_match_count: Option<Vec<FacetedMatchCount>>,
}

impl RoomSearchResults {
    /// The total number of rooms matched by the search.
    pub fn count(mut self, value: impl Into<i64>) -> Self {
        self.count = Some(value.into());
        self
    }

    /// The number of skipped results.
    pub fn skip(mut self, value: impl Into<i32>) -> Self {
        self.skip = Some(value.into());
        self
    }

    /// The number of returned results.
    pub fn limit(mut self, value: impl Into<i32>) -> Self {
        self.limit = Some(value.into());
        self
    }

    /// The search query that produced this result.
    pub fn query(mut self, value: impl Into<RoomSearchCriteria>) -> Self {
        self.query = Some(value.into());
        self
    }

    /// A list of rooms matched by the query.
    pub fn rooms(
        mut self,
        value: impl IntoIterator<Item = impl Into<V2RoomDetail>>,
    ) -> Self {
        self.rooms = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Detailed counts of matched rooms per search criterion.
    pub fn faceted_match_count(
        mut self,
        value: impl IntoIterator<Item = impl Into<FacetedMatchCount>>,
    ) -> Self {
        self.faceted_match_count = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for RoomSearchResults {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "count", &self.count)?;
        codegen_runtime::model::present(&mut map, "skip", &self.skip)?;
        codegen_runtime::model::present(&mut map, "limit", &self.limit)?;
        codegen_runtime::model::present(&mut map, "query", &self.query)?;
        codegen_runtime::model::present(&mut map, "rooms", &self.rooms)?;
        codegen_runtime::model::present(
            &mut map,
            "facetedMatchCount",
            &self.faceted_match_count,
        )?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for RoomSearchResults {
    const NAME: &'static str = "RoomSearchResults";
    type Slots = (
        Option<Option<i64>>,
        Option<Option<i32>>,
        Option<Option<i32>>,
        Option<Option<RoomSearchCriteria>>,
        Option<Option<Vec<V2RoomDetail>>>,
        Option<Option<Vec<FacetedMatchCount>>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "count" => Some(0),
            "skip" => Some(1),
            "limit" => Some(2),
            "query" => Some(3),
            "rooms" => Some(4),
            "facetedMatchCount" => Some(5),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "count"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "skip"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "limit"),
            3 => codegen_runtime::model::set(map, &mut slots.3, "query"),
            4 => codegen_runtime::model::set(map, &mut slots.4, "rooms"),
            5 => codegen_runtime::model::set(map, &mut slots.5, "facetedMatchCount"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            count: slots.0.flatten(),
            skip: slots.1.flatten(),
            limit: slots.2.flatten(),
            query: slots.3.flatten(),
            rooms: slots.4.flatten(),
            faceted_match_count: slots.5.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for RoomSearchResults {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `SessionInfo`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct SessionInfo {
    /// `userId`
    pub user_id: Option<i64>,
}

impl SessionInfo {
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<i64>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for SessionInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "userId", &self.user_id)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for SessionInfo {
    const NAME: &'static str = "SessionInfo";
    type Slots = (Option<Option<i64>>,);

    fn field(key: &str) -> Option<usize> {
        match key {
            "userId" => Some(0),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "userId"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self { user_id: slots.0.flatten() })
    }
}

impl<'de> serde::Deserialize<'de> for SessionInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `Stream`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct ApiStream {
    /// `id`
    pub id: Option<String>,
}

impl ApiStream {
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
}

impl serde::Serialize for ApiStream {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for ApiStream {
    const NAME: &'static str = "ApiStream";
    type Slots = (Option<Option<String>>,);

    fn field(key: &str) -> Option<usize> {
        match key {
            "id" => Some(0),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "id"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self { id: slots.0.flatten() })
    }
}

impl<'de> serde::Deserialize<'de> for ApiStream {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `StringList`
pub type StringList = Vec<String>;

/// `SuccessResponse`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct SuccessResponse {
    /// `format`
    pub format: Option<Format>,
    /// `message`
    pub message: Option<String>,
}

impl SuccessResponse {
    /// Sets `format`.
    pub fn format(mut self, value: impl Into<Format>) -> Self {
        self.format = Some(value.into());
        self
    }

    /// Sets `message`.
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for SuccessResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "format", &self.format)?;
        codegen_runtime::model::present(&mut map, "message", &self.message)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for SuccessResponse {
    const NAME: &'static str = "SuccessResponse";
    type Slots = (Option<Option<Format>>, Option<Option<String>>);

    fn field(key: &str) -> Option<usize> {
        match key {
            "format" => Some(0),
            "message" => Some(1),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "format"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "message"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            format: slots.0.flatten(),
            message: slots.1.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for SuccessResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `User`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct User {
    /// `id`
    pub id: Option<i64>,
    /// `emailAddress`
    pub email_address: Option<String>,
}

impl User {
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<i64>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `emailAddress`.
    pub fn email_address(mut self, value: impl Into<String>) -> Self {
        self.email_address = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for User {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "emailAddress", &self.email_address)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for User {
    const NAME: &'static str = "User";
    type Slots = (Option<Option<i64>>, Option<Option<String>>);

    fn field(key: &str) -> Option<usize> {
        match key {
            "id" => Some(0),
            "emailAddress" => Some(1),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "id"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "emailAddress"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.0.flatten(),
            email_address: slots.1.flatten(),
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

/// `UserAppEntitlement`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserAppEntitlement {
    /// Unique ID for the Application
    pub app_id: Option<String>,
    /// Name for this Application
    pub app_name: Option<String>,
    /// if true, this application will be listed in the appstore for this user. Otherwise, this application will be hidden in the appstore.
    pub listed: Option<bool>,
    /// if true, it indicates this application is installed for this user. Otherwise, this user does not have this application installed.
    pub install: Option<bool>,
    /// `products`
    pub products: Option<ProductList>,
}

impl UserAppEntitlement {
    /// Unique ID for the Application
    pub fn app_id(mut self, value: impl Into<String>) -> Self {
        self.app_id = Some(value.into());
        self
    }

    /// Name for this Application
    pub fn app_name(mut self, value: impl Into<String>) -> Self {
        self.app_name = Some(value.into());
        self
    }

    /// if true, this application will be listed in the appstore for this user. Otherwise, this application will be hidden in the appstore.
    pub fn listed(mut self, value: impl Into<bool>) -> Self {
        self.listed = Some(value.into());
        self
    }

    /// if true, it indicates this application is installed for this user. Otherwise, this user does not have this application installed.
    pub fn install(mut self, value: impl Into<bool>) -> Self {
        self.install = Some(value.into());
        self
    }

    /// Sets `products`.
    pub fn products(mut self, value: impl Into<ProductList>) -> Self {
        self.products = Some(value.into());
        self
    }
}

impl serde::Serialize for UserAppEntitlement {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "appId", &self.app_id)?;
        codegen_runtime::model::present(&mut map, "appName", &self.app_name)?;
        codegen_runtime::model::present(&mut map, "listed", &self.listed)?;
        codegen_runtime::model::present(&mut map, "install", &self.install)?;
        codegen_runtime::model::present(&mut map, "products", &self.products)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for UserAppEntitlement {
    const NAME: &'static str = "UserAppEntitlement";
    type Slots = (
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<bool>>,
        Option<Option<bool>>,
        Option<Option<ProductList>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "appId" => Some(0),
            "appName" => Some(1),
            "listed" => Some(2),
            "install" => Some(3),
            "products" => Some(4),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None, None, None, None, None)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "appId"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "appName"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "listed"),
            3 => codegen_runtime::model::set(map, &mut slots.3, "install"),
            4 => codegen_runtime::model::set(map, &mut slots.4, "products"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            app_id: slots.0.flatten(),
            app_name: slots.1.flatten(),
            listed: slots.2.flatten(),
            install: slots.3.flatten(),
            products: slots.4.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for UserAppEntitlement {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `UserAppEntitlementList`
pub type UserAppEntitlementList = Vec<UserAppEntitlement>;

/// `#/components/schemas/UserAttributes/properties/accountType`
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UserAttributesAccountType {
    /// `NORMAL` on the wire.
    Normal,
    /// `SYSTEM` on the wire.
    System,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    Unknown(codegen_runtime::UnknownValue),
}

impl UserAttributesAccountType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Normal => "NORMAL",
            Self::System => "SYSTEM",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for UserAttributesAccountType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for UserAttributesAccountType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for UserAttributesAccountType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(deserializer, &["NORMAL", "SYSTEM"])? {
                Ok(0) => Self::Normal,
                Ok(_) => Self::System,
                Err(value) => Self::Unknown(value),
            },
        )
    }
}

/// `UserAttributes`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserAttributes {
    /// `emailAddress`
    pub email_address: Option<String>,
    /// `firstName`
    pub first_name: Option<String>,
    /// `lastName`
    pub last_name: Option<String>,
    /// `userName`
    pub user_name: Option<String>,
    /// `displayName`
    pub display_name: Option<String>,
    /// `department`
    pub department: Option<String>,
    /// `division`
    pub division: Option<String>,
    /// `title`
    pub title: Option<String>,
    /// `workPhoneNumber`
    pub work_phone_number: Option<String>,
    /// `mobilePhoneNumber`
    pub mobile_phone_number: Option<String>,
    /// `smsNumber`
    pub sms_number: Option<String>,
    /// `accountType`
    pub account_type: Option<UserAttributesAccountType>,
    /// `location`
    pub location: Option<String>,
    /// `jobFunction`
    pub job_function: Option<String>,
    /// `assetClasses`
    pub asset_classes: Option<Vec<String>>,
    /// `industries`
    pub industries: Option<Vec<String>>,
}

impl UserAttributes {
    /// Sets `emailAddress`.
    pub fn email_address(mut self, value: impl Into<String>) -> Self {
        self.email_address = Some(value.into());
        self
    }

    /// Sets `firstName`.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }

    /// Sets `lastName`.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }

    /// Sets `userName`.
    pub fn user_name(mut self, value: impl Into<String>) -> Self {
        self.user_name = Some(value.into());
        self
    }

    /// Sets `displayName`.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self
    }

    /// Sets `department`.
    pub fn department(mut self, value: impl Into<String>) -> Self {
        self.department = Some(value.into());
        self
    }

    /// Sets `division`.
    pub fn division(mut self, value: impl Into<String>) -> Self {
        self.division = Some(value.into());
        self
    }

    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Sets `workPhoneNumber`.
    pub fn work_phone_number(mut self, value: impl Into<String>) -> Self {
        self.work_phone_number = Some(value.into());
        self
    }

    /// Sets `mobilePhoneNumber`.
    pub fn mobile_phone_number(mut self, value: impl Into<String>) -> Self {
        self.mobile_phone_number = Some(value.into());
        self
    }

    /// Sets `smsNumber`.
    pub fn sms_number(mut self, value: impl Into<String>) -> Self {
        self.sms_number = Some(value.into());
        self
    }

    /// Sets `accountType`.
    pub fn account_type(mut self, value: impl Into<UserAttributesAccountType>) -> Self {
        self.account_type = Some(value.into());
        self
    }

    /// Sets `location`.
    pub fn location(mut self, value: impl Into<String>) -> Self {
        self.location = Some(value.into());
        self
    }

    /// Sets `jobFunction`.
    pub fn job_function(mut self, value: impl Into<String>) -> Self {
        self.job_function = Some(value.into());
        self
    }

    /// Sets `assetClasses`.
    pub fn asset_classes(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.asset_classes = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `industries`.
    pub fn industries(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.industries = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

impl serde::Serialize for UserAttributes {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "emailAddress", &self.email_address)?;
        codegen_runtime::model::present(&mut map, "firstName", &self.first_name)?;
        codegen_runtime::model::present(&mut map, "lastName", &self.last_name)?;
        codegen_runtime::model::present(&mut map, "userName", &self.user_name)?;
        codegen_runtime::model::present(&mut map, "displayName", &self.display_name)?;
        codegen_runtime::model::present(&mut map, "department", &self.department)?;
        codegen_runtime::model::present(&mut map, "division", &self.division)?;
        codegen_runtime::model::present(&mut map, "title", &self.title)?;
        codegen_runtime::model::present(
            &mut map,
            "workPhoneNumber",
            &self.work_phone_number,
        )?;
        codegen_runtime::model::present(
            &mut map,
            "mobilePhoneNumber",
            &self.mobile_phone_number,
        )?;
        codegen_runtime::model::present(&mut map, "smsNumber", &self.sms_number)?;
        codegen_runtime::model::present(&mut map, "accountType", &self.account_type)?;
        codegen_runtime::model::present(&mut map, "location", &self.location)?;
        codegen_runtime::model::present(&mut map, "jobFunction", &self.job_function)?;
        codegen_runtime::model::present(&mut map, "assetClasses", &self.asset_classes)?;
        codegen_runtime::model::present(&mut map, "industries", &self.industries)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for UserAttributes {
    const NAME: &'static str = "UserAttributes";
    type Slots = (
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<UserAttributesAccountType>>,
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<Vec<String>>>,
        Option<Option<Vec<String>>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "emailAddress" => Some(0),
            "firstName" => Some(1),
            "lastName" => Some(2),
            "userName" => Some(3),
            "displayName" => Some(4),
            "department" => Some(5),
            "division" => Some(6),
            "title" => Some(7),
            "workPhoneNumber" => Some(8),
            "mobilePhoneNumber" => Some(9),
            "smsNumber" => Some(10),
            "accountType" => Some(11),
            "location" => Some(12),
            "jobFunction" => Some(13),
            "assetClasses" => Some(14),
            "industries" => Some(15),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
        )
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "emailAddress"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "firstName"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "lastName"),
            3 => codegen_runtime::model::set(map, &mut slots.3, "userName"),
            4 => codegen_runtime::model::set(map, &mut slots.4, "displayName"),
            5 => codegen_runtime::model::set(map, &mut slots.5, "department"),
            6 => codegen_runtime::model::set(map, &mut slots.6, "division"),
            7 => codegen_runtime::model::set(map, &mut slots.7, "title"),
            8 => codegen_runtime::model::set(map, &mut slots.8, "workPhoneNumber"),
            9 => codegen_runtime::model::set(map, &mut slots.9, "mobilePhoneNumber"),
            10 => codegen_runtime::model::set(map, &mut slots.10, "smsNumber"),
            11 => codegen_runtime::model::set(map, &mut slots.11, "accountType"),
            12 => codegen_runtime::model::set(map, &mut slots.12, "location"),
            13 => codegen_runtime::model::set(map, &mut slots.13, "jobFunction"),
            14 => codegen_runtime::model::set(map, &mut slots.14, "assetClasses"),
            15 => codegen_runtime::model::set(map, &mut slots.15, "industries"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            email_address: slots.0.flatten(),
            first_name: slots.1.flatten(),
            last_name: slots.2.flatten(),
            user_name: slots.3.flatten(),
            display_name: slots.4.flatten(),
            department: slots.5.flatten(),
            division: slots.6.flatten(),
            title: slots.7.flatten(),
            work_phone_number: slots.8.flatten(),
            mobile_phone_number: slots.9.flatten(),
            sms_number: slots.10.flatten(),
            account_type: slots.11.flatten(),
            location: slots.12.flatten(),
            job_function: slots.13.flatten(),
            asset_classes: slots.14.flatten(),
            industries: slots.15.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for UserAttributes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `UserCreate`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserCreate {
    /// `userAttributes`
    pub user_attributes: Option<UserAttributes>,
    /// Password hashes derived with PBKDF2 (10,000 iterations, 256-bit keys) on the client; the server never sees the password.
    pub password: Option<Password>,
    /// `roles`
    pub roles: Option<Vec<String>>,
}

impl UserCreate {
    /// Sets `userAttributes`.
    pub fn user_attributes(mut self, value: impl Into<UserAttributes>) -> Self {
        self.user_attributes = Some(value.into());
        self
    }

    /// Password hashes derived with PBKDF2 (10,000 iterations, 256-bit keys) on the client; the server never sees the password.
    pub fn password(mut self, value: impl Into<Password>) -> Self {
        self.password = Some(value.into());
        self
    }

    /// Sets `roles`.
    pub fn roles(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.roles = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

impl serde::Serialize for UserCreate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(
            &mut map,
            "userAttributes",
            &self.user_attributes,
        )?;
        codegen_runtime::model::present(&mut map, "password", &self.password)?;
        codegen_runtime::model::present(&mut map, "roles", &self.roles)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for UserCreate {
    const NAME: &'static str = "UserCreate";
    type Slots = (
        Option<Option<UserAttributes>>,
        Option<Option<Password>>,
        Option<Option<Vec<String>>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "userAttributes" => Some(0),
            "password" => Some(1),
            "roles" => Some(2),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "userAttributes"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "password"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "roles"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            user_attributes: slots.0.flatten(),
            password: slots.1.flatten(),
            roles: slots.2.flatten(),
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

/// `#/components/schemas/UserSystemInfo/properties/status`
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `ENABLED` on the wire.
    Enabled,
    /// `DISABLED` on the wire.
    Disabled,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    Unknown(codegen_runtime::UnknownValue),
}

impl Status {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Status {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Status {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(
                deserializer,
                &["ENABLED", "DISABLED"],
            )? {
                Ok(0) => Self::Enabled,
                Ok(_) => Self::Disabled,
                Err(value) => Self::Unknown(value),
            },
        )
    }
}

/// `UserSystemInfo`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserSystemInfo {
    /// `id`
    pub id: Option<i64>,
    /// `status`
    pub status: Option<Status>,
    /// Epoch milliseconds.
    pub created_date: Option<i64>,
    /// `createdBy`
    pub created_by: Option<String>,
    /// Epoch milliseconds.
    pub last_updated_date: Option<i64>,
    /// Epoch milliseconds.
    pub last_login_date: Option<i64>,
    /// `lastPasswordReset`
    pub last_password_reset: Option<i64>,
}

impl UserSystemInfo {
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<i64>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `status`.
    pub fn status(mut self, value: impl Into<Status>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Epoch milliseconds.
    pub fn created_date(mut self, value: impl Into<i64>) -> Self {
        self.created_date = Some(value.into());
        self
    }

    /// Sets `createdBy`.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }

    /// Epoch milliseconds.
    pub fn last_updated_date(mut self, value: impl Into<i64>) -> Self {
        self.last_updated_date = Some(value.into());
        self
    }

    /// Epoch milliseconds.
    pub fn last_login_date(mut self, value: impl Into<i64>) -> Self {
        self.last_login_date = Some(value.into());
        self
    }

    /// Sets `lastPasswordReset`.
    pub fn last_password_reset(mut self, value: impl Into<i64>) -> Self {
        self.last_password_reset = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for UserSystemInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "status", &self.status)?;
        codegen_runtime::model::present(&mut map, "createdDate", &self.created_date)?;
        codegen_runtime::model::present(&mut map, "createdBy", &self.created_by)?;
        codegen_runtime::model::present(
            &mut map,
            "lastUpdatedDate",
            &self.last_updated_date,
        )?;
        codegen_runtime::model::present(
            &mut map,
            "lastLoginDate",
            &self.last_login_date,
        )?;
        codegen_runtime::model::present(
            &mut map,
            "lastPasswordReset",
            &self.last_password_reset,
        )?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for UserSystemInfo {
    const NAME: &'static str = "UserSystemInfo";
    type Slots = (
        Option<Option<i64>>,
        Option<Option<Status>>,
        Option<Option<i64>>,
        Option<Option<String>>,
        Option<Option<i64>>,
        Option<Option<i64>>,
        Option<Option<i64>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "id" => Some(0),
            "status" => Some(1),
            "createdDate" => Some(2),
            "createdBy" => Some(3),
            "lastUpdatedDate" => Some(4),
            "lastLoginDate" => Some(5),
            "lastPasswordReset" => Some(6),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None, None, None, None, None, None, None)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "id"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "status"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "createdDate"),
            3 => codegen_runtime::model::set(map, &mut slots.3, "createdBy"),
            4 => codegen_runtime::model::set(map, &mut slots.4, "lastUpdatedDate"),
            5 => codegen_runtime::model::set(map, &mut slots.5, "lastLoginDate"),
            6 => codegen_runtime::model::set(map, &mut slots.6, "lastPasswordReset"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.0.flatten(),
            status: slots.1.flatten(),
            created_date: slots.2.flatten(),
            created_by: slots.3.flatten(),
            last_updated_date: slots.4.flatten(),
            last_login_date: slots.5.flatten(),
            last_password_reset: slots.6.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for UserSystemInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `UserDetail`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserDetail {
    /// `userAttributes`
    pub user_attributes: Option<UserAttributes>,
    /// `userSystemInfo`
    pub user_system_info: Option<UserSystemInfo>,
    /// `features`
    pub features: Option<IntegerList>,
    /// `apps`
    pub apps: Option<IntegerList>,
    /// `groups`
    pub groups: Option<IntegerList>,
    /// `roles`
    pub roles: Option<StringList>,
    /// `disclaimers`
    pub disclaimers: Option<IntegerList>,
    /// `avatar`
    pub avatar: Option<Avatar>,
}

impl UserDetail {
    /// Sets `userAttributes`.
    pub fn user_attributes(mut self, value: impl Into<UserAttributes>) -> Self {
        self.user_attributes = Some(value.into());
        self
    }

    /// Sets `userSystemInfo`.
    pub fn user_system_info(mut self, value: impl Into<UserSystemInfo>) -> Self {
        self.user_system_info = Some(value.into());
        self
    }

    /// Sets `features`.
    pub fn features(mut self, value: impl Into<IntegerList>) -> Self {
        self.features = Some(value.into());
        self
    }

    /// Sets `apps`.
    pub fn apps(mut self, value: impl Into<IntegerList>) -> Self {
        self.apps = Some(value.into());
        self
    }

    /// Sets `groups`.
    pub fn groups(mut self, value: impl Into<IntegerList>) -> Self {
        self.groups = Some(value.into());
        self
    }

    /// Sets `roles`.
    pub fn roles(mut self, value: impl Into<StringList>) -> Self {
        self.roles = Some(value.into());
        self
    }

    /// Sets `disclaimers`.
    pub fn disclaimers(mut self, value: impl Into<IntegerList>) -> Self {
        self.disclaimers = Some(value.into());
        self
    }

    /// Sets `avatar`.
    pub fn avatar(mut self, value: impl Into<Avatar>) -> Self {
        self.avatar = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for UserDetail {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(
            &mut map,
            "userAttributes",
            &self.user_attributes,
        )?;
        codegen_runtime::model::present(
            &mut map,
            "userSystemInfo",
            &self.user_system_info,
        )?;
        codegen_runtime::model::present(&mut map, "features", &self.features)?;
        codegen_runtime::model::present(&mut map, "apps", &self.apps)?;
        codegen_runtime::model::present(&mut map, "groups", &self.groups)?;
        codegen_runtime::model::present(&mut map, "roles", &self.roles)?;
        codegen_runtime::model::present(&mut map, "disclaimers", &self.disclaimers)?;
        codegen_runtime::model::present(&mut map, "avatar", &self.avatar)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for UserDetail {
    const NAME: &'static str = "UserDetail";
    type Slots = (
        Option<Option<UserAttributes>>,
        Option<Option<UserSystemInfo>>,
        Option<Option<IntegerList>>,
        Option<Option<IntegerList>>,
        Option<Option<IntegerList>>,
        Option<Option<StringList>>,
        Option<Option<IntegerList>>,
        Option<Option<Avatar>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "userAttributes" => Some(0),
            "userSystemInfo" => Some(1),
            "features" => Some(2),
            "apps" => Some(3),
            "groups" => Some(4),
            "roles" => Some(5),
            "disclaimers" => Some(6),
            "avatar" => Some(7),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None, None, None, None, None, None, None, None)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "userAttributes"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "userSystemInfo"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "features"),
            3 => codegen_runtime::model::set(map, &mut slots.3, "apps"),
            4 => codegen_runtime::model::set(map, &mut slots.4, "groups"),
            5 => codegen_runtime::model::set(map, &mut slots.5, "roles"),
            6 => codegen_runtime::model::set(map, &mut slots.6, "disclaimers"),
            7 => codegen_runtime::model::set(map, &mut slots.7, "avatar"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            user_attributes: slots.0.flatten(),
            user_system_info: slots.1.flatten(),
            features: slots.2.flatten(),
            apps: slots.3.flatten(),
            groups: slots.4.flatten(),
            roles: slots.5.flatten(),
            disclaimers: slots.6.flatten(),
            avatar: slots.7.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for UserDetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `#/components/schemas/UserFilter/properties/usertype`
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UserFilterUsertype {
    /// `NORMAL` on the wire.
    Normal,
    /// `SYSTEM` on the wire.
    System,
    /// `TW` on the wire.
    Tw,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    Unknown(codegen_runtime::UnknownValue),
}

impl UserFilterUsertype {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Normal => "NORMAL",
            Self::System => "SYSTEM",
            Self::Tw => "TW",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for UserFilterUsertype {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for UserFilterUsertype {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for UserFilterUsertype {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(
                deserializer,
                &["NORMAL", "SYSTEM", "TW"],
            )? {
                Ok(0) => Self::Normal,
                Ok(1) => Self::System,
                Ok(_) => Self::Tw,
                Err(value) => Self::Unknown(value),
            },
        )
    }
}

/// `UserFilter`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserFilter {
    /// `email`
    pub email: Option<String>,
    /// `name`
    pub name: Option<String>,
    /// `department`
    pub department: Option<String>,
    /// `title`
    pub title: Option<String>,
    /// `role`
    pub role: Option<String>,
    /// `status`
    pub status: Option<Status>,
    /// `usertype`
    pub usertype: Option<UserFilterUsertype>,
    /// `location`
    pub location: Option<String>,
}

impl UserFilter {
    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }

    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `department`.
    pub fn department(mut self, value: impl Into<String>) -> Self {
        self.department = Some(value.into());
        self
    }

    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Sets `role`.
    pub fn role(mut self, value: impl Into<String>) -> Self {
        self.role = Some(value.into());
        self
    }

    /// Sets `status`.
    pub fn status(mut self, value: impl Into<Status>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `usertype`.
    pub fn usertype(mut self, value: impl Into<UserFilterUsertype>) -> Self {
        self.usertype = Some(value.into());
        self
    }

    /// Sets `location`.
    pub fn location(mut self, value: impl Into<String>) -> Self {
        self.location = Some(value.into());
        self
    }
}

impl serde::Serialize for UserFilter {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "email", &self.email)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "department", &self.department)?;
        codegen_runtime::model::present(&mut map, "title", &self.title)?;
        codegen_runtime::model::present(&mut map, "role", &self.role)?;
        codegen_runtime::model::present(&mut map, "status", &self.status)?;
        codegen_runtime::model::present(&mut map, "usertype", &self.usertype)?;
        codegen_runtime::model::present(&mut map, "location", &self.location)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for UserFilter {
    const NAME: &'static str = "UserFilter";
    type Slots = (
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<Status>>,
        Option<Option<UserFilterUsertype>>,
        Option<Option<String>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "email" => Some(0),
            "name" => Some(1),
            "department" => Some(2),
            "title" => Some(3),
            "role" => Some(4),
            "status" => Some(5),
            "usertype" => Some(6),
            "location" => Some(7),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None, None, None, None, None, None, None, None)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "email"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "name"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "department"),
            3 => codegen_runtime::model::set(map, &mut slots.3, "title"),
            4 => codegen_runtime::model::set(map, &mut slots.4, "role"),
            5 => codegen_runtime::model::set(map, &mut slots.5, "status"),
            6 => codegen_runtime::model::set(map, &mut slots.6, "usertype"),
            7 => codegen_runtime::model::set(map, &mut slots.7, "location"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            email: slots.0.flatten(),
            name: slots.1.flatten(),
            department: slots.2.flatten(),
            title: slots.3.flatten(),
            role: slots.4.flatten(),
            status: slots.5.flatten(),
            usertype: slots.6.flatten(),
            location: slots.7.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for UserFilter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `UserIdList`
pub type UserIdList = Vec<i64>;

/// `UserInfo`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserInfo {
    /// `user`
    pub user: Option<UserAttributes>,
    /// `userSystemInfo`
    pub user_system_info: Option<UserSystemInfo>,
}

impl UserInfo {
    /// Sets `user`.
    pub fn user(mut self, value: impl Into<UserAttributes>) -> Self {
        self.user = Some(value.into());
        self
    }

    /// Sets `userSystemInfo`.
    pub fn user_system_info(mut self, value: impl Into<UserSystemInfo>) -> Self {
        self.user_system_info = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for UserInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "user", &self.user)?;
        codegen_runtime::model::present(
            &mut map,
            "userSystemInfo",
            &self.user_system_info,
        )?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for UserInfo {
    const NAME: &'static str = "UserInfo";
    type Slots = (Option<Option<UserAttributes>>, Option<Option<UserSystemInfo>>);

    fn field(key: &str) -> Option<usize> {
        match key {
            "user" => Some(0),
            "userSystemInfo" => Some(1),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "user"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "userSystemInfo"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            user: slots.0.flatten(),
            user_system_info: slots.1.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for UserInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `UserList`
pub type UserList = Vec<UserInfo>;

/// `UserStatus`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserStatus {
    /// `status`
    pub status: Option<Status>,
}

impl UserStatus {
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<Status>) -> Self {
        self.status = Some(value.into());
        self
    }
}

impl serde::Serialize for UserStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "status", &self.status)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for UserStatus {
    const NAME: &'static str = "UserStatus";
    type Slots = (Option<Option<Status>>,);

    fn field(key: &str) -> Option<usize> {
        match key {
            "status" => Some(0),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "status"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self { status: slots.0.flatten() })
    }
}

impl<'de> serde::Deserialize<'de> for UserStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `V1ConfigurationSubmissionCreate`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct ConfigurationSubmissionCreate {
    /// `type`
    pub r#type: Option<String>,
    /// `name`
    pub name: Option<String>,
    /// `description`
    pub description: Option<String>,
    /// `enabled`
    pub enabled: Option<bool>,
    /// `visible`
    pub visible: Option<bool>,
}

impl ConfigurationSubmissionCreate {
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `enabled`.
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }

    /// Sets `visible`.
    pub fn visible(mut self, value: impl Into<bool>) -> Self {
        self.visible = Some(value.into());
        self
    }
}

impl serde::Serialize for ConfigurationSubmissionCreate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "type", &self.r#type)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "description", &self.description)?;
        codegen_runtime::model::present(&mut map, "enabled", &self.enabled)?;
        codegen_runtime::model::present(&mut map, "visible", &self.visible)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for ConfigurationSubmissionCreate {
    const NAME: &'static str = "ConfigurationSubmissionCreate";
    type Slots = (
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<String>>,
        Option<Option<bool>>,
        Option<Option<bool>>,
    );

    fn field(key: &str) -> Option<usize> {
        match key {
            "type" => Some(0),
            "name" => Some(1),
            "description" => Some(2),
            "enabled" => Some(3),
            "visible" => Some(4),
            _ => None,
        }
    }

    fn slots() -> Self::Slots {
        (None, None, None, None, None)
    }

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => codegen_runtime::model::set(map, &mut slots.0, "type"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "name"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "description"),
            3 => codegen_runtime::model::set(map, &mut slots.3, "enabled"),
            4 => codegen_runtime::model::set(map, &mut slots.4, "visible"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            r#type: slots.0.flatten(),
            name: slots.1.flatten(),
            description: slots.2.flatten(),
            enabled: slots.3.flatten(),
            visible: slots.4.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for ConfigurationSubmissionCreate {
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

/// The same type as `Format`: the spec describes both with one shape.
pub type DisclaimerFormat = Format;

/// The same type as `PresenceCategory`: the spec describes both with one shape.
pub type UserPresenceCategory = PresenceCategory;

/// The same type as `ApiStream`: the spec describes both with one shape.
pub type StringId = ApiStream;

/// The same type as `Format`: the spec describes both with one shape.
pub type SuccessResponseFormat = Format;

/// The same type as `Status`: the spec describes both with one shape.
pub type UserSystemInfoStatus = Status;

/// The same type as `Status`: the spec describes both with one shape.
pub type UserFilterStatus = Status;

/// The same type as `Status`: the spec describes both with one shape.
pub type UserStatusKind = Status;
