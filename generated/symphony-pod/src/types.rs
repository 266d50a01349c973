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

/// The fields of [`Avatar`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __AvatarSlots {
    size: Option<Option<String>>,
    url: Option<Option<String>>,
}

impl codegen_runtime::model::Object for Avatar {
    const NAME: &'static str = "Avatar";
    type Slots = __AvatarSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "size" => codegen_runtime::model::set(map, &mut slots.size, "size"),
            "url" => codegen_runtime::model::set(map, &mut slots.url, "url"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            size: slots.size.flatten(),
            url: slots.url.flatten(),
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
/// The fields of [`AvatarUpdate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __AvatarUpdateSlots {
    image: Option<Option<String>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for AvatarUpdate {
    const NAME: &'static str = "AvatarUpdate";
    type Slots = __AvatarUpdateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "image" => codegen_runtime::model::set(map, &mut slots.image, "image"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            image: slots.image.flatten(),
        })
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

/// The fields of [`BulkActionResult`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __BulkActionResultSlots {
    overall_result: Option<Option<BulkActionResultOverallResult>>,
    results: Option<Option<Vec<String>>>,
}

impl codegen_runtime::model::Object for BulkActionResult {
    const NAME: &'static str = "BulkActionResult";
    type Slots = __BulkActionResultSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "overallResult" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.overall_result,
                    "overallResult",
                )
            }
            "results" => codegen_runtime::model::set(map, &mut slots.results, "results"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            overall_result: slots.overall_result.flatten(),
            results: slots.results.flatten(),
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

/// The fields of [`NameValuePair`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __NameValuePairSlots {
    name: Option<Option<String>>,
    value: Option<Option<String>>,
}

impl codegen_runtime::model::Object for NameValuePair {
    const NAME: &'static str = "NameValuePair";
    type Slots = __NameValuePairSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "value" => codegen_runtime::model::set(map, &mut slots.value, "value"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            name: slots.name.flatten(),
            value: slots.value.flatten(),
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

/// The fields of [`CertInfoItem`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __CertInfoItemSlots {
    name: Option<Option<String>>,
    attributes: Option<Option<Vec<NameValuePair>>>,
}

impl codegen_runtime::model::Object for CertInfoItem {
    const NAME: &'static str = "CertInfoItem";
    type Slots = __CertInfoItemSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "attributes" => {
                codegen_runtime::model::set(map, &mut slots.attributes, "attributes")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            name: slots.name.flatten(),
            attributes: slots.attributes.flatten(),
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

/// The fields of [`CompanyCertType`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __CompanyCertTypeSlots {
    r#type: Option<Option<CompanyCertTypeKind>>,
}

impl codegen_runtime::model::Object for CompanyCertType {
    const NAME: &'static str = "CompanyCertType";
    type Slots = __CompanyCertTypeSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "type" => codegen_runtime::model::set(map, &mut slots.r#type, "type"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            r#type: slots.r#type.flatten(),
        })
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

/// The fields of [`CompanyCertStatus`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __CompanyCertStatusSlots {
    r#type: Option<Option<CompanyCertStatusType>>,
}

impl codegen_runtime::model::Object for CompanyCertStatus {
    const NAME: &'static str = "CompanyCertStatus";
    type Slots = __CompanyCertStatusSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "type" => codegen_runtime::model::set(map, &mut slots.r#type, "type"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            r#type: slots.r#type.flatten(),
        })
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

/// The fields of [`CompanyCertAttributes`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __CompanyCertAttributesSlots {
    name: Option<Option<String>>,
    r#type: Option<Option<CompanyCertType>>,
    status: Option<Option<CompanyCertStatus>>,
}

impl codegen_runtime::model::Object for CompanyCertAttributes {
    const NAME: &'static str = "CompanyCertAttributes";
    type Slots = __CompanyCertAttributesSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "type" => codegen_runtime::model::set(map, &mut slots.r#type, "type"),
            "status" => codegen_runtime::model::set(map, &mut slots.status, "status"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            name: slots.name.flatten(),
            r#type: slots.r#type.flatten(),
            status: slots.status.flatten(),
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
/// The fields of [`CompanyCert`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __CompanyCertSlots {
    pem: Option<Option<String>>,
    attributes: Option<Option<CompanyCertAttributes>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for CompanyCert {
    const NAME: &'static str = "CompanyCert";
    type Slots = __CompanyCertSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pem" => codegen_runtime::model::set(map, &mut slots.pem, "pem"),
            "attributes" => {
                codegen_runtime::model::set(map, &mut slots.attributes, "attributes")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            pem: slots.pem.flatten(),
            attributes: slots.attributes.flatten(),
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
    ///
    /// Constraints: format `int64`.
    pub last_seen: Option<i64>,
    /// Date when this cert was last updated by administrator Epoch milliseconds.
    ///
    /// Constraints: format `int64`.
    pub updated_at: Option<i64>,
    /// User ID of administrator who last updated this cert
    ///
    /// Constraints: format `int64`.
    pub updated_by: Option<i64>,
    /// The Symphony account name which this certificate authenticates
    pub common_name: Option<String>,
    /// Expiry date of this cert Epoch milliseconds.
    ///
    /// Constraints: format `int64`.
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

/// The fields of [`CompanyCertInfo`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __CompanyCertInfoSlots {
    finger_print: Option<Option<String>>,
    issuer_finger_print: Option<Option<String>>,
    last_seen: Option<Option<i64>>,
    updated_at: Option<Option<i64>>,
    updated_by: Option<Option<i64>>,
    common_name: Option<Option<String>>,
    expiry_date: Option<Option<i64>>,
}

impl codegen_runtime::model::Object for CompanyCertInfo {
    const NAME: &'static str = "CompanyCertInfo";
    type Slots = __CompanyCertInfoSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fingerPrint" => {
                codegen_runtime::model::set(map, &mut slots.finger_print, "fingerPrint")
            }
            "issuerFingerPrint" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.issuer_finger_print,
                    "issuerFingerPrint",
                )
            }
            "lastSeen" => {
                codegen_runtime::model::set(map, &mut slots.last_seen, "lastSeen")
            }
            "updatedAt" => {
                codegen_runtime::model::set(map, &mut slots.updated_at, "updatedAt")
            }
            "updatedBy" => {
                codegen_runtime::model::set(map, &mut slots.updated_by, "updatedBy")
            }
            "commonName" => {
                codegen_runtime::model::set(map, &mut slots.common_name, "commonName")
            }
            "expiryDate" => {
                codegen_runtime::model::set(map, &mut slots.expiry_date, "expiryDate")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            finger_print: slots.finger_print.flatten(),
            issuer_finger_print: slots.issuer_finger_print.flatten(),
            last_seen: slots.last_seen.flatten(),
            updated_at: slots.updated_at.flatten(),
            updated_by: slots.updated_by.flatten(),
            common_name: slots.common_name.flatten(),
            expiry_date: slots.expiry_date.flatten(),
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

/// The fields of [`CompanyCertDetail`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __CompanyCertDetailSlots {
    company_cert_attributes: Option<Option<CompanyCertAttributes>>,
    company_cert_info: Option<Option<CompanyCertInfo>>,
    cert_info: Option<Option<CertInfo>>,
}

impl codegen_runtime::model::Object for CompanyCertDetail {
    const NAME: &'static str = "CompanyCertDetail";
    type Slots = __CompanyCertDetailSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "companyCertAttributes" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.company_cert_attributes,
                    "companyCertAttributes",
                )
            }
            "companyCertInfo" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.company_cert_info,
                    "companyCertInfo",
                )
            }
            "certInfo" => {
                codegen_runtime::model::set(map, &mut slots.cert_info, "certInfo")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            company_cert_attributes: slots.company_cert_attributes.flatten(),
            company_cert_info: slots.company_cert_info.flatten(),
            cert_info: slots.cert_info.flatten(),
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

/// The fields of [`CompanyCertInfoListInner`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __CompanyCertInfoListInnerSlots {
    company_cert_attributes: Option<Option<CompanyCertAttributes>>,
    company_cert_info: Option<Option<CompanyCertInfo>>,
}

impl codegen_runtime::model::Object for CompanyCertInfoListInner {
    const NAME: &'static str = "CompanyCertInfoListInner";
    type Slots = __CompanyCertInfoListInnerSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "companyCertAttributes" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.company_cert_attributes,
                    "companyCertAttributes",
                )
            }
            "companyCertInfo" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.company_cert_info,
                    "companyCertInfo",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            company_cert_attributes: slots.company_cert_attributes.flatten(),
            company_cert_info: slots.company_cert_info.flatten(),
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
    ///
    /// Constraints: format `int64`.
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

/// The fields of [`ConfigurationInstance`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __ConfigurationInstanceSlots {
    instance_id: Option<Option<String>>,
    configuration_id: Option<Option<String>>,
    name: Option<Option<String>>,
    description: Option<Option<String>>,
    creator_id: Option<Option<String>>,
    created_date: Option<Option<i64>>,
    optional_properties: Option<Option<String>>,
}

impl codegen_runtime::model::Object for ConfigurationInstance {
    const NAME: &'static str = "ConfigurationInstance";
    type Slots = __ConfigurationInstanceSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "instanceId" => {
                codegen_runtime::model::set(map, &mut slots.instance_id, "instanceId")
            }
            "configurationId" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.configuration_id,
                    "configurationId",
                )
            }
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "description" => {
                codegen_runtime::model::set(map, &mut slots.description, "description")
            }
            "creatorId" => {
                codegen_runtime::model::set(map, &mut slots.creator_id, "creatorId")
            }
            "createdDate" => {
                codegen_runtime::model::set(map, &mut slots.created_date, "createdDate")
            }
            "optionalProperties" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.optional_properties,
                    "optionalProperties",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            instance_id: slots.instance_id.flatten(),
            configuration_id: slots.configuration_id.flatten(),
            name: slots.name.flatten(),
            description: slots.description.flatten(),
            creator_id: slots.creator_id.flatten(),
            created_date: slots.created_date.flatten(),
            optional_properties: slots.optional_properties.flatten(),
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
/// The fields of [`ConfigurationInstanceSubmissionCreate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __ConfigurationInstanceSubmissionCreateSlots {
    configuration_id: Option<Option<String>>,
    name: Option<Option<String>>,
    description: Option<Option<String>>,
    creator_id: Option<Option<String>>,
    optional_properties: Option<Option<String>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for ConfigurationInstanceSubmissionCreate {
    const NAME: &'static str = "ConfigurationInstanceSubmissionCreate";
    type Slots = __ConfigurationInstanceSubmissionCreateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "configurationId" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.configuration_id,
                    "configurationId",
                )
            }
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "description" => {
                codegen_runtime::model::set(map, &mut slots.description, "description")
            }
            "creatorId" => {
                codegen_runtime::model::set(map, &mut slots.creator_id, "creatorId")
            }
            "optionalProperties" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.optional_properties,
                    "optionalProperties",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            configuration_id: slots.configuration_id.flatten(),
            name: slots.name.flatten(),
            description: slots.description.flatten(),
            creator_id: slots.creator_id.flatten(),
            optional_properties: slots.optional_properties.flatten(),
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
/// The fields of [`ConfigurationInstanceSubmissionUpdate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __ConfigurationInstanceSubmissionUpdateSlots {
    instance_id: Option<Option<String>>,
    configuration_id: Option<Option<String>>,
    name: Option<Option<String>>,
    description: Option<Option<String>>,
    optional_properties: Option<Option<String>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for ConfigurationInstanceSubmissionUpdate {
    const NAME: &'static str = "ConfigurationInstanceSubmissionUpdate";
    type Slots = __ConfigurationInstanceSubmissionUpdateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "instanceId" => {
                codegen_runtime::model::set(map, &mut slots.instance_id, "instanceId")
            }
            "configurationId" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.configuration_id,
                    "configurationId",
                )
            }
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "description" => {
                codegen_runtime::model::set(map, &mut slots.description, "description")
            }
            "optionalProperties" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.optional_properties,
                    "optionalProperties",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            instance_id: slots.instance_id.flatten(),
            configuration_id: slots.configuration_id.flatten(),
            name: slots.name.flatten(),
            description: slots.description.flatten(),
            optional_properties: slots.optional_properties.flatten(),
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

/// The fields of [`Configuration`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __ConfigurationSlots {
    id: Option<Option<String>>,
    r#type: Option<Option<String>>,
    name: Option<Option<String>>,
    description: Option<Option<String>>,
    enabled: Option<Option<bool>>,
    visible: Option<Option<bool>>,
}

impl codegen_runtime::model::Object for Configuration {
    const NAME: &'static str = "Configuration";
    type Slots = __ConfigurationSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "configurationId" => {
                codegen_runtime::model::set(map, &mut slots.id, "configurationId")
            }
            "type" => codegen_runtime::model::set(map, &mut slots.r#type, "type"),
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "description" => {
                codegen_runtime::model::set(map, &mut slots.description, "description")
            }
            "enabled" => codegen_runtime::model::set(map, &mut slots.enabled, "enabled"),
            "visible" => codegen_runtime::model::set(map, &mut slots.visible, "visible"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            r#type: slots.r#type.flatten(),
            name: slots.name.flatten(),
            description: slots.description.flatten(),
            enabled: slots.enabled.flatten(),
            visible: slots.visible.flatten(),
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
    ///
    /// Constraints: format `int64`.
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
/// The fields of [`DelegateAction`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __DelegateActionSlots {
    user_id: Option<Option<i64>>,
    action: Option<Option<DelegateActionKind>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for DelegateAction {
    const NAME: &'static str = "DelegateAction";
    type Slots = __DelegateActionSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId" => codegen_runtime::model::set(map, &mut slots.user_id, "userId"),
            "action" => codegen_runtime::model::set(map, &mut slots.action, "action"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            user_id: slots.user_id.flatten(),
            action: slots.action.flatten(),
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
    ///
    /// Constraints: format `int32`.
    pub frequency_in_hours: Option<i32>,
    /// `isDefault`
    pub is_default: Option<bool>,
    /// `isActive`
    pub is_active: Option<bool>,
    /// Epoch milliseconds.
    ///
    /// Constraints: format `int64`.
    ///
    /// Set by the server.
    pub created_date: Option<i64>,
    /// Epoch milliseconds.
    ///
    /// Constraints: format `int64`.
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

/// The fields of [`Disclaimer`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __DisclaimerSlots {
    id: Option<Option<String>>,
    name: Option<Option<String>>,
    content: Option<Option<String>>,
    frequency_in_hours: Option<Option<i32>>,
    is_default: Option<Option<bool>>,
    is_active: Option<Option<bool>>,
    created_date: Option<Option<i64>>,
    modified_date: Option<Option<i64>>,
    format: Option<Option<Format>>,
}

impl codegen_runtime::model::Object for Disclaimer {
    const NAME: &'static str = "Disclaimer";
    type Slots = __DisclaimerSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "content" => codegen_runtime::model::set(map, &mut slots.content, "content"),
            "frequencyInHours" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.frequency_in_hours,
                    "frequencyInHours",
                )
            }
            "isDefault" => {
                codegen_runtime::model::set(map, &mut slots.is_default, "isDefault")
            }
            "isActive" => {
                codegen_runtime::model::set(map, &mut slots.is_active, "isActive")
            }
            "createdDate" => {
                codegen_runtime::model::set(map, &mut slots.created_date, "createdDate")
            }
            "modifiedDate" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.modified_date,
                    "modifiedDate",
                )
            }
            "format" => codegen_runtime::model::set(map, &mut slots.format, "format"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            name: slots.name.flatten(),
            content: slots.content.flatten(),
            frequency_in_hours: slots.frequency_in_hours.flatten(),
            is_default: slots.is_default.flatten(),
            is_active: slots.is_active.flatten(),
            created_date: slots.created_date.flatten(),
            modified_date: slots.modified_date.flatten(),
            format: slots.format.flatten(),
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
    ///
    /// Constraints: format `int32`.
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

/// The fields of [`ApiError`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __ApiErrorSlots {
    code: Option<Option<i32>>,
    message: Option<Option<String>>,
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
            "code" => codegen_runtime::model::set(map, &mut slots.code, "code"),
            "message" => codegen_runtime::model::set(map, &mut slots.message, "message"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            code: slots.code.flatten(),
            message: slots.message.flatten(),
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
    ///
    /// Constraints: format `int32`.
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

/// The fields of [`FacetedMatchCount`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __FacetedMatchCountSlots {
    facet: Option<Option<String>>,
    count: Option<Option<i32>>,
}

impl codegen_runtime::model::Object for FacetedMatchCount {
    const NAME: &'static str = "FacetedMatchCount";
    type Slots = __FacetedMatchCountSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "facet" => codegen_runtime::model::set(map, &mut slots.facet, "facet"),
            "count" => codegen_runtime::model::set(map, &mut slots.count, "count"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            facet: slots.facet.flatten(),
            count: slots.count.flatten(),
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

/// The fields of [`Feature`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __FeatureSlots {
    entitlment: Option<Option<String>>,
    enabled: Option<Option<bool>>,
}

impl codegen_runtime::model::Object for Feature {
    const NAME: &'static str = "Feature";
    type Slots = __FeatureSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "entitlment" => {
                codegen_runtime::model::set(map, &mut slots.entitlment, "entitlment")
            }
            "enabled" => codegen_runtime::model::set(map, &mut slots.enabled, "enabled"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            entitlment: slots.entitlment.flatten(),
            enabled: slots.enabled.flatten(),
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
    ///
    /// Constraints: format `int32`.
    pub member_count: Option<i32>,
    /// `policies`
    pub policies: Option<Vec<String>>,
    /// Epoch milliseconds.
    ///
    /// Constraints: format `int64`.
    pub created_date: Option<i64>,
    /// Epoch milliseconds.
    ///
    /// Constraints: format `int64`.
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

/// The fields of [`Group`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __GroupSlots {
    id: Option<Option<String>>,
    name: Option<Option<String>>,
    active: Option<Option<bool>>,
    member_count: Option<Option<i32>>,
    policies: Option<Option<Vec<String>>>,
    created_date: Option<Option<i64>>,
    modified_date: Option<Option<i64>>,
}

impl codegen_runtime::model::Object for Group {
    const NAME: &'static str = "Group";
    type Slots = __GroupSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "active" => codegen_runtime::model::set(map, &mut slots.active, "active"),
            "memberCount" => {
                codegen_runtime::model::set(map, &mut slots.member_count, "memberCount")
            }
            "policies" => {
                codegen_runtime::model::set(map, &mut slots.policies, "policies")
            }
            "createdDate" => {
                codegen_runtime::model::set(map, &mut slots.created_date, "createdDate")
            }
            "modifiedDate" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.modified_date,
                    "modifiedDate",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            name: slots.name.flatten(),
            active: slots.active.flatten(),
            member_count: slots.member_count.flatten(),
            policies: slots.policies.flatten(),
            created_date: slots.created_date.flatten(),
            modified_date: slots.modified_date.flatten(),
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

/// The fields of [`ImmutableRoomAttributes`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __ImmutableRoomAttributesSlots {
    public: Option<Option<bool>>,
    read_only: Option<Option<bool>>,
    copy_protected: Option<Option<bool>>,
}

impl codegen_runtime::model::Object for ImmutableRoomAttributes {
    const NAME: &'static str = "ImmutableRoomAttributes";
    type Slots = __ImmutableRoomAttributesSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "public" => codegen_runtime::model::set(map, &mut slots.public, "public"),
            "readOnly" => {
                codegen_runtime::model::set(map, &mut slots.read_only, "readOnly")
            }
            "copyProtected" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.copy_protected,
                    "copyProtected",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            public: slots.public.flatten(),
            read_only: slots.read_only.flatten(),
            copy_protected: slots.copy_protected.flatten(),
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
///
/// Constraints: each item: format `int64`.
pub type IntegerList = Vec<i64>;

/// `MemberInfo`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct MemberInfo {
    /// `id`
    ///
    /// Constraints: format `int64`.
    pub id: Option<i64>,
    /// `owner`
    pub owner: Option<bool>,
    /// Epoch milliseconds.
    ///
    /// Constraints: format `int64`.
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

/// The fields of [`MemberInfo`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __MemberInfoSlots {
    id: Option<Option<i64>>,
    owner: Option<Option<bool>>,
    join_date: Option<Option<i64>>,
}

impl codegen_runtime::model::Object for MemberInfo {
    const NAME: &'static str = "MemberInfo";
    type Slots = __MemberInfoSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "owner" => codegen_runtime::model::set(map, &mut slots.owner, "owner"),
            "joinDate" => {
                codegen_runtime::model::set(map, &mut slots.join_date, "joinDate")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            owner: slots.owner.flatten(),
            join_date: slots.join_date.flatten(),
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
    ///
    /// Constraints: format `int64`.
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

/// The fields of [`MessageSuppressionResponse`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __MessageSuppressionResponseSlots {
    message_id: Option<Option<String>>,
    suppressed: Option<Option<bool>>,
    suppression_date: Option<Option<i64>>,
}

impl codegen_runtime::model::Object for MessageSuppressionResponse {
    const NAME: &'static str = "MessageSuppressionResponse";
    type Slots = __MessageSuppressionResponseSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "messageId" => {
                codegen_runtime::model::set(map, &mut slots.message_id, "messageId")
            }
            "suppressed" => {
                codegen_runtime::model::set(map, &mut slots.suppressed, "suppressed")
            }
            "suppressionDate" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.suppression_date,
                    "suppressionDate",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            message_id: slots.message_id.flatten(),
            suppressed: slots.suppressed.flatten(),
            suppression_date: slots.suppression_date.flatten(),
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
/// The fields of [`Password`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __PasswordSlots {
    h_salt: Option<Option<String>>,
    h_password: Option<Option<codegen_runtime::Secret>>,
    kh_salt: Option<Option<String>>,
    kh_password: Option<Option<codegen_runtime::Secret>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for Password {
    const NAME: &'static str = "Password";
    type Slots = __PasswordSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hSalt" => codegen_runtime::model::set(map, &mut slots.h_salt, "hSalt"),
            "hPassword" => {
                codegen_runtime::model::set(map, &mut slots.h_password, "hPassword")
            }
            "khSalt" => codegen_runtime::model::set(map, &mut slots.kh_salt, "khSalt"),
            "khPassword" => {
                codegen_runtime::model::set(map, &mut slots.kh_password, "khPassword")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            h_salt: slots.h_salt.flatten(),
            h_password: slots.h_password.flatten(),
            kh_salt: slots.kh_salt.flatten(),
            kh_password: slots.kh_password.flatten(),
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
/// The fields of [`PasswordReset`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __PasswordResetSlots {
    r#type: Option<Option<PasswordResetType>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for PasswordReset {
    const NAME: &'static str = "PasswordReset";
    type Slots = __PasswordResetSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "type" => codegen_runtime::model::set(map, &mut slots.r#type, "type"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            r#type: slots.r#type.flatten(),
        })
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

/// The fields of [`PodAppEntitlement`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __PodAppEntitlementSlots {
    app_id: Option<Option<String>>,
    app_name: Option<Option<String>>,
    enable: Option<Option<bool>>,
    listed: Option<Option<bool>>,
    install: Option<Option<bool>>,
}

impl codegen_runtime::model::Object for PodAppEntitlement {
    const NAME: &'static str = "PodAppEntitlement";
    type Slots = __PodAppEntitlementSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appId" => codegen_runtime::model::set(map, &mut slots.app_id, "appId"),
            "appName" => codegen_runtime::model::set(map, &mut slots.app_name, "appName"),
            "enable" => codegen_runtime::model::set(map, &mut slots.enable, "enable"),
            "listed" => codegen_runtime::model::set(map, &mut slots.listed, "listed"),
            "install" => codegen_runtime::model::set(map, &mut slots.install, "install"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            app_id: slots.app_id.flatten(),
            app_name: slots.app_name.flatten(),
            enable: slots.enable.flatten(),
            listed: slots.listed.flatten(),
            install: slots.install.flatten(),
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
    ///
    /// Constraints: format `int32`.
    pub member_count: Option<i32>,
    /// `groups`
    pub groups: Option<Vec<String>>,
    /// Epoch milliseconds.
    ///
    /// Constraints: format `int64`.
    pub created_date: Option<i64>,
    /// Epoch milliseconds.
    ///
    /// Constraints: format `int64`.
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

/// The fields of [`Policy`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __PolicySlots {
    id: Option<Option<String>>,
    policy_type: Option<Option<PolicyType>>,
    active: Option<Option<bool>>,
    member_count: Option<Option<i32>>,
    groups: Option<Option<Vec<String>>>,
    created_date: Option<Option<i64>>,
    modified_date: Option<Option<i64>>,
}

impl codegen_runtime::model::Object for Policy {
    const NAME: &'static str = "Policy";
    type Slots = __PolicySlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "policyType" => {
                codegen_runtime::model::set(map, &mut slots.policy_type, "policyType")
            }
            "active" => codegen_runtime::model::set(map, &mut slots.active, "active"),
            "memberCount" => {
                codegen_runtime::model::set(map, &mut slots.member_count, "memberCount")
            }
            "groups" => codegen_runtime::model::set(map, &mut slots.groups, "groups"),
            "createdDate" => {
                codegen_runtime::model::set(map, &mut slots.created_date, "createdDate")
            }
            "modifiedDate" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.modified_date,
                    "modifiedDate",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            policy_type: slots.policy_type.flatten(),
            active: slots.active.flatten(),
            member_count: slots.member_count.flatten(),
            groups: slots.groups.flatten(),
            created_date: slots.created_date.flatten(),
            modified_date: slots.modified_date.flatten(),
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

/// The fields of [`Presence`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __PresenceSlots {
    category: Option<Option<PresenceCategory>>,
}

impl codegen_runtime::model::Object for Presence {
    const NAME: &'static str = "Presence";
    type Slots = __PresenceSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "category" => {
                codegen_runtime::model::set(map, &mut slots.category, "category")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            category: slots.category.flatten(),
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
    ///
    /// Constraints: format `int64`.
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

/// The fields of [`UserPresence`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __UserPresenceSlots {
    uid: Option<Option<i64>>,
    category: Option<Option<PresenceCategory>>,
}

impl codegen_runtime::model::Object for UserPresence {
    const NAME: &'static str = "UserPresence";
    type Slots = __UserPresenceSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "uid" => codegen_runtime::model::set(map, &mut slots.uid, "uid"),
            "category" => {
                codegen_runtime::model::set(map, &mut slots.category, "category")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            uid: slots.uid.flatten(),
            category: slots.category.flatten(),
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

/// The fields of [`Product`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __ProductSlots {
    app_id: Option<Option<String>>,
    name: Option<Option<String>>,
    sku: Option<Option<String>>,
    subscribed: Option<Option<bool>>,
    r#type: Option<Option<String>>,
}

impl codegen_runtime::model::Object for Product {
    const NAME: &'static str = "Product";
    type Slots = __ProductSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appId" => codegen_runtime::model::set(map, &mut slots.app_id, "appId"),
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "sku" => codegen_runtime::model::set(map, &mut slots.sku, "sku"),
            "subscribed" => {
                codegen_runtime::model::set(map, &mut slots.subscribed, "subscribed")
            }
            "type" => codegen_runtime::model::set(map, &mut slots.r#type, "type"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            app_id: slots.app_id.flatten(),
            name: slots.name.flatten(),
            sku: slots.sku.flatten(),
            subscribed: slots.subscribed.flatten(),
            r#type: slots.r#type.flatten(),
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

/// The fields of [`Role`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __RoleSlots {
    id: Option<Option<String>>,
    name: Option<Option<String>>,
    description: Option<Option<String>>,
}

impl codegen_runtime::model::Object for Role {
    const NAME: &'static str = "Role";
    type Slots = __RoleSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "description" => {
                codegen_runtime::model::set(map, &mut slots.description, "description")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            name: slots.name.flatten(),
            description: slots.description.flatten(),
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

/// The fields of [`RoomAttributes`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __RoomAttributesSlots {
    name: Option<Option<String>>,
    description: Option<Option<String>>,
    members_can_invite: Option<Option<bool>>,
    discoverable: Option<Option<bool>>,
}

impl codegen_runtime::model::Object for RoomAttributes {
    const NAME: &'static str = "RoomAttributes";
    type Slots = __RoomAttributesSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "description" => {
                codegen_runtime::model::set(map, &mut slots.description, "description")
            }
            "membersCanInvite" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.members_can_invite,
                    "membersCanInvite",
                )
            }
            "discoverable" => {
                codegen_runtime::model::set(map, &mut slots.discoverable, "discoverable")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            name: slots.name.flatten(),
            description: slots.description.flatten(),
            members_can_invite: slots.members_can_invite.flatten(),
            discoverable: slots.discoverable.flatten(),
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
/// The fields of [`RoomCreate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __RoomCreateSlots {
    room_attributes: Option<Option<RoomAttributes>>,
    immutable_room_attributes: Option<Option<ImmutableRoomAttributes>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for RoomCreate {
    const NAME: &'static str = "RoomCreate";
    type Slots = __RoomCreateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "roomAttributes" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.room_attributes,
                    "roomAttributes",
                )
            }
            "immutableRoomAttributes" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.immutable_room_attributes,
                    "immutableRoomAttributes",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            room_attributes: slots.room_attributes.flatten(),
            immutable_room_attributes: slots.immutable_room_attributes.flatten(),
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
    ///
    /// Constraints: format `int64`.
    pub creation_date: Option<i64>,
    /// `createdByUserId`
    ///
    /// Constraints: format `int64`.
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

/// The fields of [`RoomSystemInfo`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __RoomSystemInfoSlots {
    id: Option<Option<String>>,
    creation_date: Option<Option<i64>>,
    created_by_user_id: Option<Option<i64>>,
    active: Option<Option<bool>>,
}

impl codegen_runtime::model::Object for RoomSystemInfo {
    const NAME: &'static str = "RoomSystemInfo";
    type Slots = __RoomSystemInfoSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "creationDate" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.creation_date,
                    "creationDate",
                )
            }
            "createdByUserId" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.created_by_user_id,
                    "createdByUserId",
                )
            }
            "active" => codegen_runtime::model::set(map, &mut slots.active, "active"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            creation_date: slots.creation_date.flatten(),
            created_by_user_id: slots.created_by_user_id.flatten(),
            active: slots.active.flatten(),
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

/// The fields of [`RoomDetail`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __RoomDetailSlots {
    room_attributes: Option<Option<RoomAttributes>>,
    room_system_info: Option<Option<RoomSystemInfo>>,
    immutable_room_attributes: Option<Option<ImmutableRoomAttributes>>,
}

impl codegen_runtime::model::Object for RoomDetail {
    const NAME: &'static str = "RoomDetail";
    type Slots = __RoomDetailSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "roomAttributes" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.room_attributes,
                    "roomAttributes",
                )
            }
            "roomSystemInfo" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.room_system_info,
                    "roomSystemInfo",
                )
            }
            "immutableRoomAttributes" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.immutable_room_attributes,
                    "immutableRoomAttributes",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            room_attributes: slots.room_attributes.flatten(),
            room_system_info: slots.room_system_info.flatten(),
            immutable_room_attributes: slots.immutable_room_attributes.flatten(),
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
    ///
    /// Constraints: format `int64`.
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

/// The fields of [`UserId`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __UserIdSlots {
    id: Option<Option<i64>>,
}

impl codegen_runtime::model::Object for UserId {
    const NAME: &'static str = "UserId";
    type Slots = __UserIdSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self { id: slots.id.flatten() })
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

/// The fields of [`RoomSearchCriteria`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __RoomSearchCriteriaSlots {
    query: Option<String>,
    labels: Option<Option<Vec<String>>>,
    active: Option<Option<bool>>,
    private: Option<Option<bool>>,
    owner: Option<Option<UserId>>,
    creator: Option<Option<UserId>>,
    member: Option<Option<UserId>>,
}

impl codegen_runtime::model::Object for RoomSearchCriteria {
    const NAME: &'static str = "RoomSearchCriteria";
    type Slots = __RoomSearchCriteriaSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "query" => codegen_runtime::model::set(map, &mut slots.query, "query"),
            "labels" => codegen_runtime::model::set(map, &mut slots.labels, "labels"),
            "active" => codegen_runtime::model::set(map, &mut slots.active, "active"),
            "private" => codegen_runtime::model::set(map, &mut slots.private, "private"),
            "owner" => codegen_runtime::model::set(map, &mut slots.owner, "owner"),
            "creator" => codegen_runtime::model::set(map, &mut slots.creator, "creator"),
            "member" => codegen_runtime::model::set(map, &mut slots.member, "member"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            query: codegen_runtime::model::required(slots.query, "query")?,
            labels: slots.labels.flatten(),
            active: slots.active.flatten(),
            private: slots.private.flatten(),
            owner: slots.owner.flatten(),
            creator: slots.creator.flatten(),
            member: slots.member.flatten(),
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

/// The fields of [`RoomTag`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __RoomTagSlots {
    key: Option<String>,
    value: Option<String>,
}

impl codegen_runtime::model::Object for RoomTag {
    const NAME: &'static str = "RoomTag";
    type Slots = __RoomTagSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "key" => codegen_runtime::model::set(map, &mut slots.key, "key"),
            "value" => codegen_runtime::model::set(map, &mut slots.value, "value"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            key: codegen_runtime::model::required(slots.key, "key")?,
            value: codegen_runtime::model::required(slots.value, "value")?,
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

/// The fields of [`V2RoomAttributes`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __V2RoomAttributesSlots {
    name: Option<Option<String>>,
    keywords: Option<Option<Vec<RoomTag>>>,
    description: Option<Option<String>>,
    members_can_invite: Option<Option<bool>>,
    discoverable: Option<Option<bool>>,
    public: Option<Option<bool>>,
    read_only: Option<Option<bool>>,
    copy_protected: Option<Option<bool>>,
}

impl codegen_runtime::model::Object for V2RoomAttributes {
    const NAME: &'static str = "V2RoomAttributes";
    type Slots = __V2RoomAttributesSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "keywords" => {
                codegen_runtime::model::set(map, &mut slots.keywords, "keywords")
            }
            "description" => {
                codegen_runtime::model::set(map, &mut slots.description, "description")
            }
            "membersCanInvite" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.members_can_invite,
                    "membersCanInvite",
                )
            }
            "discoverable" => {
                codegen_runtime::model::set(map, &mut slots.discoverable, "discoverable")
            }
            "public" => codegen_runtime::model::set(map, &mut slots.public, "public"),
            "readOnly" => {
                codegen_runtime::model::set(map, &mut slots.read_only, "readOnly")
            }
            "copyProtected" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.copy_protected,
                    "copyProtected",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            name: slots.name.flatten(),
            keywords: slots.keywords.flatten(),
            description: slots.description.flatten(),
            members_can_invite: slots.members_can_invite.flatten(),
            discoverable: slots.discoverable.flatten(),
            public: slots.public.flatten(),
            read_only: slots.read_only.flatten(),
            copy_protected: slots.copy_protected.flatten(),
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

/// The fields of [`V2RoomDetail`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __V2RoomDetailSlots {
    room_attributes: Option<Option<V2RoomAttributes>>,
    room_system_info: Option<Option<RoomSystemInfo>>,
}

impl codegen_runtime::model::Object for V2RoomDetail {
    const NAME: &'static str = "V2RoomDetail";
    type Slots = __V2RoomDetailSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "roomAttributes" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.room_attributes,
                    "roomAttributes",
                )
            }
            "roomSystemInfo" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.room_system_info,
                    "roomSystemInfo",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            room_attributes: slots.room_attributes.flatten(),
            room_system_info: slots.room_system_info.flatten(),
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
    ///
    /// Constraints: format `int64`.
    pub count: Option<i64>,
    /// The number of skipped results.
    ///
    /// Constraints: format `int32`.
    pub skip: Option<i32>,
    /// The number of returned results.
    ///
    /// Constraints: format `int32`.
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

/// The fields of [`RoomSearchResults`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __RoomSearchResultsSlots {
    count: Option<Option<i64>>,
    skip: Option<Option<i32>>,
    limit: Option<Option<i32>>,
    query: Option<Option<RoomSearchCriteria>>,
    rooms: Option<Option<Vec<V2RoomDetail>>>,
    faceted_match_count: Option<Option<Vec<FacetedMatchCount>>>,
}

impl codegen_runtime::model::Object for RoomSearchResults {
    const NAME: &'static str = "RoomSearchResults";
    type Slots = __RoomSearchResultsSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "count" => codegen_runtime::model::set(map, &mut slots.count, "count"),
            "skip" => codegen_runtime::model::set(map, &mut slots.skip, "skip"),
            "limit" => codegen_runtime::model::set(map, &mut slots.limit, "limit"),
            "query" => codegen_runtime::model::set(map, &mut slots.query, "query"),
            "rooms" => codegen_runtime::model::set(map, &mut slots.rooms, "rooms"),
            "facetedMatchCount" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.faceted_match_count,
                    "facetedMatchCount",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            count: slots.count.flatten(),
            skip: slots.skip.flatten(),
            limit: slots.limit.flatten(),
            query: slots.query.flatten(),
            rooms: slots.rooms.flatten(),
            faceted_match_count: slots.faceted_match_count.flatten(),
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
    ///
    /// Constraints: format `int64`.
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

/// The fields of [`SessionInfo`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __SessionInfoSlots {
    user_id: Option<Option<i64>>,
}

impl codegen_runtime::model::Object for SessionInfo {
    const NAME: &'static str = "SessionInfo";
    type Slots = __SessionInfoSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId" => codegen_runtime::model::set(map, &mut slots.user_id, "userId"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            user_id: slots.user_id.flatten(),
        })
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

/// The fields of [`ApiStream`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __ApiStreamSlots {
    id: Option<Option<String>>,
}

impl codegen_runtime::model::Object for ApiStream {
    const NAME: &'static str = "ApiStream";
    type Slots = __ApiStreamSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self { id: slots.id.flatten() })
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

/// The fields of [`SuccessResponse`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __SuccessResponseSlots {
    format: Option<Option<Format>>,
    message: Option<Option<String>>,
}

impl codegen_runtime::model::Object for SuccessResponse {
    const NAME: &'static str = "SuccessResponse";
    type Slots = __SuccessResponseSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "format" => codegen_runtime::model::set(map, &mut slots.format, "format"),
            "message" => codegen_runtime::model::set(map, &mut slots.message, "message"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            format: slots.format.flatten(),
            message: slots.message.flatten(),
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
    ///
    /// Constraints: format `int64`.
    pub id: Option<i64>,
    /// `emailAddress`
    ///
    /// Constraints: format `email`.
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

/// The fields of [`User`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __UserSlots {
    id: Option<Option<i64>>,
    email_address: Option<Option<String>>,
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
            "emailAddress" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.email_address,
                    "emailAddress",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            email_address: slots.email_address.flatten(),
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

/// The fields of [`UserAppEntitlement`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __UserAppEntitlementSlots {
    app_id: Option<Option<String>>,
    app_name: Option<Option<String>>,
    listed: Option<Option<bool>>,
    install: Option<Option<bool>>,
    products: Option<Option<ProductList>>,
}

impl codegen_runtime::model::Object for UserAppEntitlement {
    const NAME: &'static str = "UserAppEntitlement";
    type Slots = __UserAppEntitlementSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appId" => codegen_runtime::model::set(map, &mut slots.app_id, "appId"),
            "appName" => codegen_runtime::model::set(map, &mut slots.app_name, "appName"),
            "listed" => codegen_runtime::model::set(map, &mut slots.listed, "listed"),
            "install" => codegen_runtime::model::set(map, &mut slots.install, "install"),
            "products" => {
                codegen_runtime::model::set(map, &mut slots.products, "products")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            app_id: slots.app_id.flatten(),
            app_name: slots.app_name.flatten(),
            listed: slots.listed.flatten(),
            install: slots.install.flatten(),
            products: slots.products.flatten(),
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

/// The fields of [`UserAttributes`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __UserAttributesSlots {
    email_address: Option<Option<String>>,
    first_name: Option<Option<String>>,
    last_name: Option<Option<String>>,
    user_name: Option<Option<String>>,
    display_name: Option<Option<String>>,
    department: Option<Option<String>>,
    division: Option<Option<String>>,
    title: Option<Option<String>>,
    work_phone_number: Option<Option<String>>,
    mobile_phone_number: Option<Option<String>>,
    sms_number: Option<Option<String>>,
    account_type: Option<Option<UserAttributesAccountType>>,
    location: Option<Option<String>>,
    job_function: Option<Option<String>>,
    asset_classes: Option<Option<Vec<String>>>,
    industries: Option<Option<Vec<String>>>,
}

impl codegen_runtime::model::Object for UserAttributes {
    const NAME: &'static str = "UserAttributes";
    type Slots = __UserAttributesSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "emailAddress" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.email_address,
                    "emailAddress",
                )
            }
            "firstName" => {
                codegen_runtime::model::set(map, &mut slots.first_name, "firstName")
            }
            "lastName" => {
                codegen_runtime::model::set(map, &mut slots.last_name, "lastName")
            }
            "userName" => {
                codegen_runtime::model::set(map, &mut slots.user_name, "userName")
            }
            "displayName" => {
                codegen_runtime::model::set(map, &mut slots.display_name, "displayName")
            }
            "department" => {
                codegen_runtime::model::set(map, &mut slots.department, "department")
            }
            "division" => {
                codegen_runtime::model::set(map, &mut slots.division, "division")
            }
            "title" => codegen_runtime::model::set(map, &mut slots.title, "title"),
            "workPhoneNumber" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.work_phone_number,
                    "workPhoneNumber",
                )
            }
            "mobilePhoneNumber" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.mobile_phone_number,
                    "mobilePhoneNumber",
                )
            }
            "smsNumber" => {
                codegen_runtime::model::set(map, &mut slots.sms_number, "smsNumber")
            }
            "accountType" => {
                codegen_runtime::model::set(map, &mut slots.account_type, "accountType")
            }
            "location" => {
                codegen_runtime::model::set(map, &mut slots.location, "location")
            }
            "jobFunction" => {
                codegen_runtime::model::set(map, &mut slots.job_function, "jobFunction")
            }
            "assetClasses" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.asset_classes,
                    "assetClasses",
                )
            }
            "industries" => {
                codegen_runtime::model::set(map, &mut slots.industries, "industries")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            email_address: slots.email_address.flatten(),
            first_name: slots.first_name.flatten(),
            last_name: slots.last_name.flatten(),
            user_name: slots.user_name.flatten(),
            display_name: slots.display_name.flatten(),
            department: slots.department.flatten(),
            division: slots.division.flatten(),
            title: slots.title.flatten(),
            work_phone_number: slots.work_phone_number.flatten(),
            mobile_phone_number: slots.mobile_phone_number.flatten(),
            sms_number: slots.sms_number.flatten(),
            account_type: slots.account_type.flatten(),
            location: slots.location.flatten(),
            job_function: slots.job_function.flatten(),
            asset_classes: slots.asset_classes.flatten(),
            industries: slots.industries.flatten(),
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
/// The fields of [`UserCreate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __UserCreateSlots {
    user_attributes: Option<Option<UserAttributes>>,
    password: Option<Option<Password>>,
    roles: Option<Option<Vec<String>>>,
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
            "userAttributes" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.user_attributes,
                    "userAttributes",
                )
            }
            "password" => {
                codegen_runtime::model::set(map, &mut slots.password, "password")
            }
            "roles" => codegen_runtime::model::set(map, &mut slots.roles, "roles"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            user_attributes: slots.user_attributes.flatten(),
            password: slots.password.flatten(),
            roles: slots.roles.flatten(),
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
    ///
    /// Constraints: format `int64`.
    pub id: Option<i64>,
    /// `status`
    pub status: Option<Status>,
    /// Epoch milliseconds.
    ///
    /// Constraints: format `int64`.
    pub created_date: Option<i64>,
    /// `createdBy`
    pub created_by: Option<String>,
    /// Epoch milliseconds.
    ///
    /// Constraints: format `int64`.
    pub last_updated_date: Option<i64>,
    /// Epoch milliseconds.
    ///
    /// Constraints: format `int64`.
    pub last_login_date: Option<i64>,
    /// `lastPasswordReset`
    ///
    /// Constraints: format `int64`.
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

/// The fields of [`UserSystemInfo`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __UserSystemInfoSlots {
    id: Option<Option<i64>>,
    status: Option<Option<Status>>,
    created_date: Option<Option<i64>>,
    created_by: Option<Option<String>>,
    last_updated_date: Option<Option<i64>>,
    last_login_date: Option<Option<i64>>,
    last_password_reset: Option<Option<i64>>,
}

impl codegen_runtime::model::Object for UserSystemInfo {
    const NAME: &'static str = "UserSystemInfo";
    type Slots = __UserSystemInfoSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "status" => codegen_runtime::model::set(map, &mut slots.status, "status"),
            "createdDate" => {
                codegen_runtime::model::set(map, &mut slots.created_date, "createdDate")
            }
            "createdBy" => {
                codegen_runtime::model::set(map, &mut slots.created_by, "createdBy")
            }
            "lastUpdatedDate" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.last_updated_date,
                    "lastUpdatedDate",
                )
            }
            "lastLoginDate" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.last_login_date,
                    "lastLoginDate",
                )
            }
            "lastPasswordReset" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.last_password_reset,
                    "lastPasswordReset",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            status: slots.status.flatten(),
            created_date: slots.created_date.flatten(),
            created_by: slots.created_by.flatten(),
            last_updated_date: slots.last_updated_date.flatten(),
            last_login_date: slots.last_login_date.flatten(),
            last_password_reset: slots.last_password_reset.flatten(),
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

/// The fields of [`UserDetail`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __UserDetailSlots {
    user_attributes: Option<Option<UserAttributes>>,
    user_system_info: Option<Option<UserSystemInfo>>,
    features: Option<Option<IntegerList>>,
    apps: Option<Option<IntegerList>>,
    groups: Option<Option<IntegerList>>,
    roles: Option<Option<StringList>>,
    disclaimers: Option<Option<IntegerList>>,
    avatar: Option<Option<Avatar>>,
}

impl codegen_runtime::model::Object for UserDetail {
    const NAME: &'static str = "UserDetail";
    type Slots = __UserDetailSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userAttributes" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.user_attributes,
                    "userAttributes",
                )
            }
            "userSystemInfo" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.user_system_info,
                    "userSystemInfo",
                )
            }
            "features" => {
                codegen_runtime::model::set(map, &mut slots.features, "features")
            }
            "apps" => codegen_runtime::model::set(map, &mut slots.apps, "apps"),
            "groups" => codegen_runtime::model::set(map, &mut slots.groups, "groups"),
            "roles" => codegen_runtime::model::set(map, &mut slots.roles, "roles"),
            "disclaimers" => {
                codegen_runtime::model::set(map, &mut slots.disclaimers, "disclaimers")
            }
            "avatar" => codegen_runtime::model::set(map, &mut slots.avatar, "avatar"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            user_attributes: slots.user_attributes.flatten(),
            user_system_info: slots.user_system_info.flatten(),
            features: slots.features.flatten(),
            apps: slots.apps.flatten(),
            groups: slots.groups.flatten(),
            roles: slots.roles.flatten(),
            disclaimers: slots.disclaimers.flatten(),
            avatar: slots.avatar.flatten(),
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
/// The fields of [`UserFilter`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __UserFilterSlots {
    email: Option<Option<String>>,
    name: Option<Option<String>>,
    department: Option<Option<String>>,
    title: Option<Option<String>>,
    role: Option<Option<String>>,
    status: Option<Option<Status>>,
    usertype: Option<Option<UserFilterUsertype>>,
    location: Option<Option<String>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for UserFilter {
    const NAME: &'static str = "UserFilter";
    type Slots = __UserFilterSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "email" => codegen_runtime::model::set(map, &mut slots.email, "email"),
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "department" => {
                codegen_runtime::model::set(map, &mut slots.department, "department")
            }
            "title" => codegen_runtime::model::set(map, &mut slots.title, "title"),
            "role" => codegen_runtime::model::set(map, &mut slots.role, "role"),
            "status" => codegen_runtime::model::set(map, &mut slots.status, "status"),
            "usertype" => {
                codegen_runtime::model::set(map, &mut slots.usertype, "usertype")
            }
            "location" => {
                codegen_runtime::model::set(map, &mut slots.location, "location")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            email: slots.email.flatten(),
            name: slots.name.flatten(),
            department: slots.department.flatten(),
            title: slots.title.flatten(),
            role: slots.role.flatten(),
            status: slots.status.flatten(),
            usertype: slots.usertype.flatten(),
            location: slots.location.flatten(),
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
///
/// Constraints: each item: format `int64`.
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

/// The fields of [`UserInfo`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __UserInfoSlots {
    user: Option<Option<UserAttributes>>,
    user_system_info: Option<Option<UserSystemInfo>>,
}

impl codegen_runtime::model::Object for UserInfo {
    const NAME: &'static str = "UserInfo";
    type Slots = __UserInfoSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "user" => codegen_runtime::model::set(map, &mut slots.user, "user"),
            "userSystemInfo" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.user_system_info,
                    "userSystemInfo",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            user: slots.user.flatten(),
            user_system_info: slots.user_system_info.flatten(),
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

/// The fields of [`UserStatus`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __UserStatusSlots {
    status: Option<Option<Status>>,
}

impl codegen_runtime::model::Object for UserStatus {
    const NAME: &'static str = "UserStatus";
    type Slots = __UserStatusSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "status" => codegen_runtime::model::set(map, &mut slots.status, "status"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            status: slots.status.flatten(),
        })
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
/// The fields of [`ConfigurationSubmissionCreate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __ConfigurationSubmissionCreateSlots {
    r#type: Option<Option<String>>,
    name: Option<Option<String>>,
    description: Option<Option<String>>,
    enabled: Option<Option<bool>>,
    visible: Option<Option<bool>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for ConfigurationSubmissionCreate {
    const NAME: &'static str = "ConfigurationSubmissionCreate";
    type Slots = __ConfigurationSubmissionCreateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "type" => codegen_runtime::model::set(map, &mut slots.r#type, "type"),
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "description" => {
                codegen_runtime::model::set(map, &mut slots.description, "description")
            }
            "enabled" => codegen_runtime::model::set(map, &mut slots.enabled, "enabled"),
            "visible" => codegen_runtime::model::set(map, &mut slots.visible, "visible"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            r#type: slots.r#type.flatten(),
            name: slots.name.flatten(),
            description: slots.description.flatten(),
            enabled: slots.enabled.flatten(),
            visible: slots.visible.flatten(),
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
