// This file is generated from specs/symphony-pod.yaml by `cargo xtask generate`. Do not edit it by hand.

//! The API's data types.
/// An object: the schema `Avatar` of the API.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Avatar {
    /// The Avatar Size
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    /// Url of the image
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Another name of a type: the schema `AvatarList` of the API.
pub type AvatarList = Vec<Avatar>;

/// An object: the schema `AvatarUpdate` of the API.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct AvatarUpdate {
    /// Base64 encoded image. Original image must be less than 2MB.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
}

impl AvatarUpdate {
    /// Sets `image`.
    pub fn image(mut self, value: impl Into<String>) -> Self {
        self.image = Some(value.into());
        self
    }
}

/// A string enumeration of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[non_exhaustive]
pub enum BulkActionResultOverallResult {
    /// `SUCCESS` on the wire.
    #[serde(rename = "SUCCESS")]
    Success,
    /// `FAIL` on the wire.
    #[serde(rename = "FAIL")]
    Fail,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    #[serde(untagged)]
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

/// The outcome of a bulk action: `results` holds one message per submitted item, in order; an empty string means that item succeeded.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct BulkActionResult {
    /// The `overallResult` property.
    #[serde(rename = "overallResult", skip_serializing_if = "Option::is_none")]
    pub overall_result: Option<BulkActionResultOverallResult>,
    /// The `results` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<String>>,
}

/// An object: the schema `NameValuePair` of the API.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct NameValuePair {
    /// The `name` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `value` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// An object: the schema `CertInfoItem` of the API.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct CertInfoItem {
    /// The `name` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `attributes` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<NameValuePair>>,
}

/// Another name of a type: the schema `CertInfo` of the API.
pub type CertInfo = Vec<CertInfoItem>;

/// A string enumeration of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub enum CompanyCertTypeType {
    /// `USERSIGNING` on the wire.
    #[serde(rename = "USERSIGNING")]
    Usersigning,
    /// `USER` on the wire.
    #[serde(rename = "USER")]
    User,
    /// `OPERATIONSSIGNING` on the wire.
    #[serde(rename = "OPERATIONSSIGNING")]
    Operationssigning,
    /// `OPERATIONSUSER` on the wire.
    #[serde(rename = "OPERATIONSUSER")]
    Operationsuser,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    #[serde(untagged)]
    Unknown(codegen_runtime::UnknownValue),
}

impl CompanyCertTypeType {
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

impl std::fmt::Display for CompanyCertTypeType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An object: the schema `CompanyCertType` of the API.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct CompanyCertType {
    /// The `type` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CompanyCertTypeType>,
}

impl CompanyCertType {
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<CompanyCertTypeType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}

/// A string enumeration of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub enum CompanyCertStatusType {
    /// `TRUSTED` on the wire.
    #[serde(rename = "TRUSTED")]
    Trusted,
    /// `KNOWN` on the wire.
    #[serde(rename = "KNOWN")]
    Known,
    /// `REVOKED` on the wire.
    #[serde(rename = "REVOKED")]
    Revoked,
    /// `DISABLED` on the wire.
    #[serde(rename = "DISABLED")]
    Disabled,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    #[serde(untagged)]
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

/// An object: the schema `CompanyCertStatus` of the API.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct CompanyCertStatus {
    /// The `type` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CompanyCertStatusType>,
}

impl CompanyCertStatus {
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<CompanyCertStatusType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}

/// An object: the schema `CompanyCertAttributes` of the API.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct CompanyCertAttributes {
    /// Friendly name assigned by administrator
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `type` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CompanyCertType>,
    /// The `status` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<CompanyCertStatus>,
}

impl CompanyCertAttributes {
    /// Sets `name`.
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

/// An object: the schema `CompanyCert` of the API.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct CompanyCert {
    /// An X509 certificate in PEM format
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pem: Option<String>,
    /// The `attributes` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<CompanyCertAttributes>,
}

impl CompanyCert {
    /// Sets `pem`.
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

/// An object: the schema `CompanyCertInfo` of the API.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct CompanyCertInfo {
    /// Unique identifier
    #[serde(rename = "fingerPrint", skip_serializing_if = "Option::is_none")]
    pub finger_print: Option<String>,
    /// Unique identifier of issuer cert if known
    #[serde(rename = "issuerFingerPrint", skip_serializing_if = "Option::is_none")]
    pub issuer_finger_print: Option<String>,
    /// Date when we last saw this certificate presented Epoch milliseconds.
    #[serde(rename = "lastSeen", skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<i64>,
    /// Date when this cert was last updated by administrator Epoch milliseconds.
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<i64>,
    /// User ID of administrator who last updated this cert
    #[serde(rename = "updatedBy", skip_serializing_if = "Option::is_none")]
    pub updated_by: Option<i64>,
    /// The Symphony account name which this certificate authenticates
    #[serde(rename = "commonName", skip_serializing_if = "Option::is_none")]
    pub common_name: Option<String>,
    /// Expiry date of this cert Epoch milliseconds.
    #[serde(rename = "expiryDate", skip_serializing_if = "Option::is_none")]
    pub expiry_date: Option<i64>,
}

/// An object: the schema `CompanyCertDetail` of the API.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct CompanyCertDetail {
    /// The `companyCertAttributes` property.
    #[serde(rename = "companyCertAttributes", skip_serializing_if = "Option::is_none")]
    pub company_cert_attributes: Option<CompanyCertAttributes>,
    /// The `companyCertInfo` property.
    #[serde(rename = "companyCertInfo", skip_serializing_if = "Option::is_none")]
    pub company_cert_info: Option<CompanyCertInfo>,
    /// The `certInfo` property.
    #[serde(rename = "certInfo", skip_serializing_if = "Option::is_none")]
    pub cert_info: Option<CertInfo>,
}

/// An item of `CompanyCertInfoList`.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct CompanyCertInfoListInner {
    /// The `companyCertAttributes` property.
    #[serde(rename = "companyCertAttributes", skip_serializing_if = "Option::is_none")]
    pub company_cert_attributes: Option<CompanyCertAttributes>,
    /// The `companyCertInfo` property.
    #[serde(rename = "companyCertInfo", skip_serializing_if = "Option::is_none")]
    pub company_cert_info: Option<CompanyCertInfo>,
}

/// Another name of a type: the schema `CompanyCertInfoList` of the API.
pub type CompanyCertInfoList = Vec<CompanyCertInfoListInner>;

/// Another name of a type: the schema `CompanyCertTypeList` of the API.
pub type CompanyCertTypeList = Vec<CompanyCertType>;

/// An object: the schema `ConfigurationInstance` of the API.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct ConfigurationInstance {
    /// The `instanceId` property.
    #[serde(rename = "instanceId", skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    /// The `configurationId` property.
    #[serde(rename = "configurationId", skip_serializing_if = "Option::is_none")]
    pub configuration_id: Option<String>,
    /// The `name` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `description` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The `creatorId` property.
    #[serde(rename = "creatorId", skip_serializing_if = "Option::is_none")]
    pub creator_id: Option<String>,
    /// Epoch milliseconds.
    #[serde(rename = "createdDate", skip_serializing_if = "Option::is_none")]
    pub created_date: Option<i64>,
    /// This field should be used as a container for a serialized object, holding specialized field values.
    #[serde(rename = "optionalProperties", skip_serializing_if = "Option::is_none")]
    pub optional_properties: Option<String>,
}

/// Another name of a type: the schema `ConfigurationInstanceList` of the API.
pub type ConfigurationInstanceList = Vec<ConfigurationInstance>;

/// An object: the schema `ConfigurationInstanceSubmissionCreate` of the API.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct ConfigurationInstanceSubmissionCreate {
    /// The `configurationId` property.
    #[serde(rename = "configurationId", skip_serializing_if = "Option::is_none")]
    pub configuration_id: Option<String>,
    /// The `name` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `description` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The `creatorId` property.
    #[serde(rename = "creatorId", skip_serializing_if = "Option::is_none")]
    pub creator_id: Option<String>,
    /// This field should be used as a container for a serialized object, holding specialized field values.
    #[serde(rename = "optionalProperties", skip_serializing_if = "Option::is_none")]
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

    /// Sets `optionalProperties`.
    pub fn optional_properties(mut self, value: impl Into<String>) -> Self {
        self.optional_properties = Some(value.into());
        self
    }
}

/// An object: the schema `ConfigurationInstanceSubmissionUpdate` of the API.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct ConfigurationInstanceSubmissionUpdate {
    /// The `instanceId` property.
    #[serde(rename = "instanceId", skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    /// The `configurationId` property.
    #[serde(rename = "configurationId", skip_serializing_if = "Option::is_none")]
    pub configuration_id: Option<String>,
    /// The `name` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `description` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// This field should be used as a container for a serialized object, holding specialized field values.
    #[serde(rename = "optionalProperties", skip_serializing_if = "Option::is_none")]
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

    /// Sets `optionalProperties`.
    pub fn optional_properties(mut self, value: impl Into<String>) -> Self {
        self.optional_properties = Some(value.into());
        self
    }
}

/// An object: the schema `V1Configuration` of the API.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Configuration {
    /// The `configurationId` property.
    #[serde(rename = "configurationId", skip_serializing_if = "Option::is_none")]
    pub configuration_id: Option<String>,
    /// The `type` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The `name` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `description` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The `enabled` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// The `visible` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub visible: Option<bool>,
}

impl Configuration {
    /// Sets `configurationId`.
    pub fn configuration_id(mut self, value: impl Into<String>) -> Self {
        self.configuration_id = Some(value.into());
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

/// Another name of a type: the schema `ConfigurationList` of the API.
pub type ConfigurationList = Vec<Configuration>;

/// A string enumeration of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[non_exhaustive]
pub enum DelegateActionAction {
    /// `ADD` on the wire.
    #[serde(rename = "ADD")]
    Add,
    /// `REMOVE` on the wire.
    #[serde(rename = "REMOVE")]
    Remove,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    #[serde(untagged)]
    Unknown(codegen_runtime::UnknownValue),
}

impl DelegateActionAction {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Add => "ADD",
            Self::Remove => "REMOVE",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for DelegateActionAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An object: the schema `DelegateAction` of the API.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DelegateAction {
    /// The `userId` property.
    #[serde(rename = "userId", skip_serializing_if = "Option::is_none")]
    pub user_id: Option<i64>,
    /// The `action` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<DelegateActionAction>,
}

impl DelegateAction {
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<i64>) -> Self {
        self.user_id = Some(value.into());
        self
    }

    /// Sets `action`.
    pub fn action(mut self, value: impl Into<DelegateActionAction>) -> Self {
        self.action = Some(value.into());
        self
    }
}

/// A string enumeration of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub enum Format {
    /// `TEXT` on the wire.
    #[serde(rename = "TEXT")]
    Text,
    /// `XML` on the wire.
    #[serde(rename = "XML")]
    Xml,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    #[serde(untagged)]
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

/// An object: the schema `Disclaimer` of the API.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Disclaimer {
    /// The `id` property.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `name` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `content` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// The `frequencyInHours` property.
    #[serde(rename = "frequencyInHours", skip_serializing_if = "Option::is_none")]
    pub frequency_in_hours: Option<i32>,
    /// The `isDefault` property.
    #[serde(rename = "isDefault", skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
    /// The `isActive` property.
    #[serde(rename = "isActive", skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
    /// Epoch milliseconds.
    ///
    /// Set by the server.
    #[serde(rename = "createdDate", skip_serializing_if = "Option::is_none")]
    pub created_date: Option<i64>,
    /// Epoch milliseconds.
    ///
    /// Set by the server.
    #[serde(rename = "modifiedDate", skip_serializing_if = "Option::is_none")]
    pub modified_date: Option<i64>,
    /// The `format` property.
    #[serde(skip_serializing_if = "Option::is_none")]
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

    /// Sets `createdDate`.
    pub fn created_date(mut self, value: impl Into<i64>) -> Self {
        self.created_date = Some(value.into());
        self
    }

    /// Sets `modifiedDate`.
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

/// Another name of a type: the schema `DisclaimerList` of the API.
pub type DisclaimerList = Vec<Disclaimer>;

/// The body of an error response.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Error {
    /// The `code` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<i32>,
    /// The `message` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// An object: the schema `FacetedMatchCount` of the API.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct FacetedMatchCount {
    /// The matched query.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facet: Option<String>,
    /// The result count.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<i32>,
}

/// An object: the schema `Feature` of the API.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Feature {
    /// The name of the feature entitlement (the wire name is misspelt by the vendor).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entitlment: Option<String>,
    /// Whether this entitlement is enabled for the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

impl Feature {
    /// Sets `entitlment`.
    pub fn entitlment(mut self, value: impl Into<String>) -> Self {
        self.entitlment = Some(value.into());
        self
    }

    /// Sets `enabled`.
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
}

/// Another name of a type: the schema `FeatureList` of the API.
pub type FeatureList = Vec<Feature>;

/// An object: the schema `Group` of the API.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Group {
    /// The `id` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `name` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `active` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// The `memberCount` property.
    #[serde(rename = "memberCount", skip_serializing_if = "Option::is_none")]
    pub member_count: Option<i32>,
    /// The `policies` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub policies: Option<Vec<String>>,
    /// Epoch milliseconds.
    #[serde(rename = "createdDate", skip_serializing_if = "Option::is_none")]
    pub created_date: Option<i64>,
    /// Epoch milliseconds.
    #[serde(rename = "modifiedDate", skip_serializing_if = "Option::is_none")]
    pub modified_date: Option<i64>,
}

/// Another name of a type: the schema `GroupList` of the API.
pub type GroupList = Vec<Group>;

/// An object: the schema `ImmutableRoomAttributes` of the API.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct ImmutableRoomAttributes {
    /// If true, this is a public chatroom. If false, a private chatroom.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public: Option<bool>,
    /// If true, only stream owners can send messages.
    #[serde(rename = "readOnly", skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
    /// If true, clients disable the clipboard copy for content in this stream.
    #[serde(rename = "copyProtected", skip_serializing_if = "Option::is_none")]
    pub copy_protected: Option<bool>,
}

impl ImmutableRoomAttributes {
    /// Sets `public`.
    pub fn public(mut self, value: impl Into<bool>) -> Self {
        self.public = Some(value.into());
        self
    }

    /// Sets `readOnly`.
    pub fn read_only(mut self, value: impl Into<bool>) -> Self {
        self.read_only = Some(value.into());
        self
    }

    /// Sets `copyProtected`.
    pub fn copy_protected(mut self, value: impl Into<bool>) -> Self {
        self.copy_protected = Some(value.into());
        self
    }
}

/// Another name of a type: the schema `IntegerList` of the API.
pub type IntegerList = Vec<i64>;

/// An object: the schema `MemberInfo` of the API.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct MemberInfo {
    /// The `id` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The `owner` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<bool>,
    /// Epoch milliseconds.
    #[serde(rename = "joinDate", skip_serializing_if = "Option::is_none")]
    pub join_date: Option<i64>,
}

/// Another name of a type: the schema `MembershipList` of the API.
pub type MembershipList = Vec<MemberInfo>;

/// An object: the schema `MessageSuppressionResponse` of the API.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct MessageSuppressionResponse {
    /// The `messageId` property.
    #[serde(rename = "messageId", skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    /// The `suppressed` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suppressed: Option<bool>,
    /// The date when this message was suppressed. Epoch milliseconds.
    #[serde(rename = "suppressionDate", skip_serializing_if = "Option::is_none")]
    pub suppression_date: Option<i64>,
}

/// Password hashes derived with PBKDF2 (10,000 iterations, 256-bit keys) on the client; the server never sees the password.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Password {
    /// Pod password salt used for PBKDF2 derivation.
    #[serde(rename = "hSalt", skip_serializing_if = "Option::is_none")]
    pub h_salt: Option<String>,
    /// Pod password derived with PBKDF2.
    #[serde(rename = "hPassword", skip_serializing_if = "Option::is_none")]
    pub h_password: Option<codegen_runtime::Secret>,
    /// Key Manager password salt used for PBKDF2 derivation.
    #[serde(rename = "khSalt", skip_serializing_if = "Option::is_none")]
    pub kh_salt: Option<String>,
    /// Key Manager password derived with PBKDF2.
    #[serde(rename = "khPassword", skip_serializing_if = "Option::is_none")]
    pub kh_password: Option<codegen_runtime::Secret>,
}

impl Password {
    /// Sets `hSalt`.
    pub fn h_salt(mut self, value: impl Into<String>) -> Self {
        self.h_salt = Some(value.into());
        self
    }

    /// Sets `hPassword`.
    pub fn h_password(mut self, value: impl Into<codegen_runtime::Secret>) -> Self {
        self.h_password = Some(value.into());
        self
    }

    /// Sets `khSalt`.
    pub fn kh_salt(mut self, value: impl Into<String>) -> Self {
        self.kh_salt = Some(value.into());
        self
    }

    /// Sets `khPassword`.
    pub fn kh_password(mut self, value: impl Into<codegen_runtime::Secret>) -> Self {
        self.kh_password = Some(value.into());
        self
    }
}

/// A string enumeration of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[non_exhaustive]
pub enum PasswordResetType {
    /// `EMAIL` on the wire.
    #[serde(rename = "EMAIL")]
    Email,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    #[serde(untagged)]
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

/// An object: the schema `PasswordReset` of the API.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct PasswordReset {
    /// The `type` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<PasswordResetType>,
}

impl PasswordReset {
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<PasswordResetType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}

/// An object: the schema `PodAppEntitlement` of the API.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct PodAppEntitlement {
    /// Unique ID for the Application
    #[serde(rename = "appId", skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    /// Name for this Application
    #[serde(rename = "appName", skip_serializing_if = "Option::is_none")]
    pub app_name: Option<String>,
    /// The `enable` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable: Option<bool>,
    /// if true, this application will be listed in the appstore for everyone. Otherwise, this application will be hidden in the appstore.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub listed: Option<bool>,
    /// if true, the entitlement is set to automatic for the company. Otherwise, it is set to manual.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub install: Option<bool>,
}

impl PodAppEntitlement {
    /// Sets `appId`.
    pub fn app_id(mut self, value: impl Into<String>) -> Self {
        self.app_id = Some(value.into());
        self
    }

    /// Sets `appName`.
    pub fn app_name(mut self, value: impl Into<String>) -> Self {
        self.app_name = Some(value.into());
        self
    }

    /// Sets `enable`.
    pub fn enable(mut self, value: impl Into<bool>) -> Self {
        self.enable = Some(value.into());
        self
    }

    /// Sets `listed`.
    pub fn listed(mut self, value: impl Into<bool>) -> Self {
        self.listed = Some(value.into());
        self
    }

    /// Sets `install`.
    pub fn install(mut self, value: impl Into<bool>) -> Self {
        self.install = Some(value.into());
        self
    }
}

/// Another name of a type: the schema `PodAppEntitlementList` of the API.
pub type PodAppEntitlementList = Vec<PodAppEntitlement>;

/// A string enumeration of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[non_exhaustive]
pub enum PolicyPolicyType {
    /// `BLOCK` on the wire.
    #[serde(rename = "BLOCK")]
    Block,
    /// `ALLOW` on the wire.
    #[serde(rename = "ALLOW")]
    Allow,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    #[serde(untagged)]
    Unknown(codegen_runtime::UnknownValue),
}

impl PolicyPolicyType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Block => "BLOCK",
            Self::Allow => "ALLOW",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for PolicyPolicyType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An object: the schema `Policy` of the API.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Policy {
    /// The `id` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `policyType` property.
    #[serde(rename = "policyType", skip_serializing_if = "Option::is_none")]
    pub policy_type: Option<PolicyPolicyType>,
    /// The `active` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// The `memberCount` property.
    #[serde(rename = "memberCount", skip_serializing_if = "Option::is_none")]
    pub member_count: Option<i32>,
    /// The `groups` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<String>>,
    /// Epoch milliseconds.
    #[serde(rename = "createdDate", skip_serializing_if = "Option::is_none")]
    pub created_date: Option<i64>,
    /// Epoch milliseconds.
    #[serde(rename = "modifiedDate", skip_serializing_if = "Option::is_none")]
    pub modified_date: Option<i64>,
}

/// Another name of a type: the schema `PolicyList` of the API.
pub type PolicyList = Vec<Policy>;

/// A string enumeration of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub enum PresenceCategory {
    /// `UNDEFINED` on the wire.
    #[serde(rename = "UNDEFINED")]
    Undefined,
    /// `AVAILABLE` on the wire.
    #[serde(rename = "AVAILABLE")]
    Available,
    /// `BUSY` on the wire.
    #[serde(rename = "BUSY")]
    Busy,
    /// `DO_NOT_DISTURB` on the wire.
    #[serde(rename = "DO_NOT_DISTURB")]
    DoNotDisturb,
    /// `ON_THE_PHONE` on the wire.
    #[serde(rename = "ON_THE_PHONE")]
    OnThePhone,
    /// `BE_RIGHT_BACK` on the wire.
    #[serde(rename = "BE_RIGHT_BACK")]
    BeRightBack,
    /// `AWAY` on the wire.
    #[serde(rename = "AWAY")]
    Away,
    /// `OFFLINE` on the wire.
    #[serde(rename = "OFFLINE")]
    Offline,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    #[serde(untagged)]
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

/// An object: the schema `Presence` of the API.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Presence {
    /// The `category` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<PresenceCategory>,
}

impl Presence {
    /// Sets `category`.
    pub fn category(mut self, value: impl Into<PresenceCategory>) -> Self {
        self.category = Some(value.into());
        self
    }
}

/// An object: the schema `UserPresence` of the API.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserPresence {
    /// The `uid` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uid: Option<i64>,
    /// The `category` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<PresenceCategory>,
}

/// Another name of a type: the schema `PresenceList` of the API.
pub type PresenceList = Vec<UserPresence>;

/// An object: the schema `Product` of the API.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Product {
    /// App ID for the Product
    #[serde(rename = "appId", skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    /// Product Name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Product SKU
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sku: Option<String>,
    /// indicates whether the product is subscribed or not
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscribed: Option<bool>,
    /// Product Type (default or premium)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

impl Product {
    /// Sets `appId`.
    pub fn app_id(mut self, value: impl Into<String>) -> Self {
        self.app_id = Some(value.into());
        self
    }

    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `sku`.
    pub fn sku(mut self, value: impl Into<String>) -> Self {
        self.sku = Some(value.into());
        self
    }

    /// Sets `subscribed`.
    pub fn subscribed(mut self, value: impl Into<bool>) -> Self {
        self.subscribed = Some(value.into());
        self
    }

    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}

/// Another name of a type: the schema `ProductList` of the API.
pub type ProductList = Vec<Product>;

/// An object: the schema `Role` of the API.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Role {
    /// The `id` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `name` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `description` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// Another name of a type: the schema `RoleList` of the API.
pub type RoleList = Vec<Role>;

/// An object: the schema `RoomAttributes` of the API.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct RoomAttributes {
    /// Room name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Room description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// If true, any chatroom participant can add new participants. If false, only owners can add new participants.
    #[serde(rename = "membersCanInvite", skip_serializing_if = "Option::is_none")]
    pub members_can_invite: Option<bool>,
    /// If true, this chatroom (name, description and messages) can be searched and listed by non-participants. If false, only participants can search this room.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discoverable: Option<bool>,
}

impl RoomAttributes {
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

    /// Sets `membersCanInvite`.
    pub fn members_can_invite(mut self, value: impl Into<bool>) -> Self {
        self.members_can_invite = Some(value.into());
        self
    }

    /// Sets `discoverable`.
    pub fn discoverable(mut self, value: impl Into<bool>) -> Self {
        self.discoverable = Some(value.into());
        self
    }
}

/// An object: the schema `RoomCreate` of the API.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct RoomCreate {
    /// The `roomAttributes` property.
    #[serde(rename = "roomAttributes", skip_serializing_if = "Option::is_none")]
    pub room_attributes: Option<RoomAttributes>,
    /// The `immutableRoomAttributes` property.
    #[serde(rename = "immutableRoomAttributes", skip_serializing_if = "Option::is_none")]
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

/// An object: the schema `RoomSystemInfo` of the API.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct RoomSystemInfo {
    /// The `id` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The datetime when the stream was originally created. Milliseconds since Jan 1 1970. Epoch milliseconds.
    #[serde(rename = "creationDate", skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<i64>,
    /// The `createdByUserId` property.
    #[serde(rename = "createdByUserId", skip_serializing_if = "Option::is_none")]
    pub created_by_user_id: Option<i64>,
    /// If false, no messages can be sent in this stream, and membership is locked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
}

/// An object: the schema `RoomDetail` of the API.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct RoomDetail {
    /// The `roomAttributes` property.
    #[serde(rename = "roomAttributes", skip_serializing_if = "Option::is_none")]
    pub room_attributes: Option<RoomAttributes>,
    /// The `roomSystemInfo` property.
    #[serde(rename = "roomSystemInfo", skip_serializing_if = "Option::is_none")]
    pub room_system_info: Option<RoomSystemInfo>,
    /// The `immutableRoomAttributes` property.
    #[serde(rename = "immutableRoomAttributes", skip_serializing_if = "Option::is_none")]
    pub immutable_room_attributes: Option<ImmutableRoomAttributes>,
}

/// An object: the schema `UserId` of the API.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserId {
    /// The `id` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
}

impl UserId {
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<i64>) -> Self {
        self.id = Some(value.into());
        self
    }
}

/// An object: the schema `RoomSearchCriteria` of the API.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct RoomSearchCriteria {
    /// The search query. Matches the room name and description.
    pub query: String,
    /// A list of room tag labels whose values will be queried.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
    /// Restrict the search to active/inactive rooms. If unspecified, search all rooms.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// Restrict the search to private rooms. If unspecified, search all rooms.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub private: Option<bool>,
    /// Restrict the search to rooms owned by the specified user ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<UserId>,
    /// Restrict the search to rooms created by the specified user ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub creator: Option<UserId>,
    /// Restrict the search to rooms having the specified user ID as member.
    #[serde(skip_serializing_if = "Option::is_none")]
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

    /// Sets `labels`.
    pub fn labels(mut self, value: impl Into<Vec<String>>) -> Self {
        self.labels = Some(value.into());
        self
    }

    /// Sets `active`.
    pub fn active(mut self, value: impl Into<bool>) -> Self {
        self.active = Some(value.into());
        self
    }

    /// Sets `private`.
    pub fn private(mut self, value: impl Into<bool>) -> Self {
        self.private = Some(value.into());
        self
    }

    /// Sets `owner`.
    pub fn owner(mut self, value: impl Into<UserId>) -> Self {
        self.owner = Some(value.into());
        self
    }

    /// Sets `creator`.
    pub fn creator(mut self, value: impl Into<UserId>) -> Self {
        self.creator = Some(value.into());
        self
    }

    /// Sets `member`.
    pub fn member(mut self, value: impl Into<UserId>) -> Self {
        self.member = Some(value.into());
        self
    }
}

/// An object: the schema `RoomTag` of the API.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
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

/// An object: the schema `V2RoomAttributes` of the API.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct V2RoomAttributes {
    /// Room name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Keywords for search to use to find this room
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keywords: Option<Vec<RoomTag>>,
    /// Room description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// If true, any chatroom participant can add new participants. If false, only owners can add new participants.
    #[serde(rename = "membersCanInvite", skip_serializing_if = "Option::is_none")]
    pub members_can_invite: Option<bool>,
    /// If true, this chatroom (name, description and messages) can be searched and listed by non-participants. If false, only participants can search this room.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discoverable: Option<bool>,
    /// If true, this is a public chatroom. If false, a private chatroom.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public: Option<bool>,
    /// If true, only stream owners can send messages.
    #[serde(rename = "readOnly", skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
    /// If true, clients disable the clipboard copy for content in this stream.
    #[serde(rename = "copyProtected", skip_serializing_if = "Option::is_none")]
    pub copy_protected: Option<bool>,
}

impl V2RoomAttributes {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `keywords`.
    pub fn keywords(mut self, value: impl Into<Vec<RoomTag>>) -> Self {
        self.keywords = Some(value.into());
        self
    }

    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `membersCanInvite`.
    pub fn members_can_invite(mut self, value: impl Into<bool>) -> Self {
        self.members_can_invite = Some(value.into());
        self
    }

    /// Sets `discoverable`.
    pub fn discoverable(mut self, value: impl Into<bool>) -> Self {
        self.discoverable = Some(value.into());
        self
    }

    /// Sets `public`.
    pub fn public(mut self, value: impl Into<bool>) -> Self {
        self.public = Some(value.into());
        self
    }

    /// Sets `readOnly`.
    pub fn read_only(mut self, value: impl Into<bool>) -> Self {
        self.read_only = Some(value.into());
        self
    }

    /// Sets `copyProtected`.
    pub fn copy_protected(mut self, value: impl Into<bool>) -> Self {
        self.copy_protected = Some(value.into());
        self
    }
}

/// An object: the schema `V2RoomDetail` of the API.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct V2RoomDetail {
    /// The `roomAttributes` property.
    #[serde(rename = "roomAttributes", skip_serializing_if = "Option::is_none")]
    pub room_attributes: Option<V2RoomAttributes>,
    /// The `roomSystemInfo` property.
    #[serde(rename = "roomSystemInfo", skip_serializing_if = "Option::is_none")]
    pub room_system_info: Option<RoomSystemInfo>,
}

/// An object: the schema `RoomSearchResults` of the API.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct RoomSearchResults {
    /// The total number of rooms matched by the search.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// The number of skipped results.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skip: Option<i32>,
    /// The number of returned results.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i32>,
    /// The search query that produced this result.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query: Option<RoomSearchCriteria>,
    /// A list of rooms matched by the query.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rooms: Option<Vec<V2RoomDetail>>,
    /// Detailed counts of matched rooms per search criterion.
    #[serde(rename = "facetedMatchCount", skip_serializing_if = "Option::is_none")]
    pub faceted_match_count: Option<Vec<FacetedMatchCount>>,
}

/// An object: the schema `SessionInfo` of the API.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct SessionInfo {
    /// The `userId` property.
    #[serde(rename = "userId", skip_serializing_if = "Option::is_none")]
    pub user_id: Option<i64>,
}

/// An object: the schema `Stream` of the API.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Stream {
    /// The `id` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

impl Stream {
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
}

/// Another name of a type: the schema `StringList` of the API.
pub type StringList = Vec<String>;

/// An object: the schema `SuccessResponse` of the API.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct SuccessResponse {
    /// The `format` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<Format>,
    /// The `message` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// An object: the schema `User` of the API.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct User {
    /// The `id` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The `emailAddress` property.
    #[serde(rename = "emailAddress", skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
}

/// An object: the schema `UserAppEntitlement` of the API.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserAppEntitlement {
    /// Unique ID for the Application
    #[serde(rename = "appId", skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    /// Name for this Application
    #[serde(rename = "appName", skip_serializing_if = "Option::is_none")]
    pub app_name: Option<String>,
    /// if true, this application will be listed in the appstore for this user. Otherwise, this application will be hidden in the appstore.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub listed: Option<bool>,
    /// if true, it indicates this application is installed for this user. Otherwise, this user does not have this application installed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub install: Option<bool>,
    /// The `products` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub products: Option<ProductList>,
}

impl UserAppEntitlement {
    /// Sets `appId`.
    pub fn app_id(mut self, value: impl Into<String>) -> Self {
        self.app_id = Some(value.into());
        self
    }

    /// Sets `appName`.
    pub fn app_name(mut self, value: impl Into<String>) -> Self {
        self.app_name = Some(value.into());
        self
    }

    /// Sets `listed`.
    pub fn listed(mut self, value: impl Into<bool>) -> Self {
        self.listed = Some(value.into());
        self
    }

    /// Sets `install`.
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

/// Another name of a type: the schema `UserAppEntitlementList` of the API.
pub type UserAppEntitlementList = Vec<UserAppEntitlement>;

/// A string enumeration of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub enum UserAttributesAccountType {
    /// `NORMAL` on the wire.
    #[serde(rename = "NORMAL")]
    Normal,
    /// `SYSTEM` on the wire.
    #[serde(rename = "SYSTEM")]
    System,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    #[serde(untagged)]
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

/// An object: the schema `UserAttributes` of the API.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserAttributes {
    /// The `emailAddress` property.
    #[serde(rename = "emailAddress", skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// The `firstName` property.
    #[serde(rename = "firstName", skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// The `lastName` property.
    #[serde(rename = "lastName", skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// The `userName` property.
    #[serde(rename = "userName", skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    /// The `displayName` property.
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// The `department` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
    /// The `division` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub division: Option<String>,
    /// The `title` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The `workPhoneNumber` property.
    #[serde(rename = "workPhoneNumber", skip_serializing_if = "Option::is_none")]
    pub work_phone_number: Option<String>,
    /// The `mobilePhoneNumber` property.
    #[serde(rename = "mobilePhoneNumber", skip_serializing_if = "Option::is_none")]
    pub mobile_phone_number: Option<String>,
    /// The `smsNumber` property.
    #[serde(rename = "smsNumber", skip_serializing_if = "Option::is_none")]
    pub sms_number: Option<String>,
    /// The `accountType` property.
    #[serde(rename = "accountType", skip_serializing_if = "Option::is_none")]
    pub account_type: Option<UserAttributesAccountType>,
    /// The `location` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// The `jobFunction` property.
    #[serde(rename = "jobFunction", skip_serializing_if = "Option::is_none")]
    pub job_function: Option<String>,
    /// The `assetClasses` property.
    #[serde(rename = "assetClasses", skip_serializing_if = "Option::is_none")]
    pub asset_classes: Option<Vec<String>>,
    /// The `industries` property.
    #[serde(skip_serializing_if = "Option::is_none")]
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
    pub fn asset_classes(mut self, value: impl Into<Vec<String>>) -> Self {
        self.asset_classes = Some(value.into());
        self
    }

    /// Sets `industries`.
    pub fn industries(mut self, value: impl Into<Vec<String>>) -> Self {
        self.industries = Some(value.into());
        self
    }
}

/// An object: the schema `UserCreate` of the API.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserCreate {
    /// The `userAttributes` property.
    #[serde(rename = "userAttributes", skip_serializing_if = "Option::is_none")]
    pub user_attributes: Option<UserAttributes>,
    /// Password hashes derived with PBKDF2 (10,000 iterations, 256-bit keys) on the client; the server never sees the password.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password: Option<Password>,
    /// The `roles` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<String>>,
}

impl UserCreate {
    /// Sets `userAttributes`.
    pub fn user_attributes(mut self, value: impl Into<UserAttributes>) -> Self {
        self.user_attributes = Some(value.into());
        self
    }

    /// Sets `password`.
    pub fn password(mut self, value: impl Into<Password>) -> Self {
        self.password = Some(value.into());
        self
    }

    /// Sets `roles`.
    pub fn roles(mut self, value: impl Into<Vec<String>>) -> Self {
        self.roles = Some(value.into());
        self
    }
}

/// A string enumeration of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub enum Status {
    /// `ENABLED` on the wire.
    #[serde(rename = "ENABLED")]
    Enabled,
    /// `DISABLED` on the wire.
    #[serde(rename = "DISABLED")]
    Disabled,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    #[serde(untagged)]
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

/// An object: the schema `UserSystemInfo` of the API.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserSystemInfo {
    /// The `id` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The `status` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// Epoch milliseconds.
    #[serde(rename = "createdDate", skip_serializing_if = "Option::is_none")]
    pub created_date: Option<i64>,
    /// The `createdBy` property.
    #[serde(rename = "createdBy", skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// Epoch milliseconds.
    #[serde(rename = "lastUpdatedDate", skip_serializing_if = "Option::is_none")]
    pub last_updated_date: Option<i64>,
    /// Epoch milliseconds.
    #[serde(rename = "lastLoginDate", skip_serializing_if = "Option::is_none")]
    pub last_login_date: Option<i64>,
    /// The `lastPasswordReset` property.
    #[serde(rename = "lastPasswordReset", skip_serializing_if = "Option::is_none")]
    pub last_password_reset: Option<i64>,
}

/// An object: the schema `UserDetail` of the API.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserDetail {
    /// The `userAttributes` property.
    #[serde(rename = "userAttributes", skip_serializing_if = "Option::is_none")]
    pub user_attributes: Option<UserAttributes>,
    /// The `userSystemInfo` property.
    #[serde(rename = "userSystemInfo", skip_serializing_if = "Option::is_none")]
    pub user_system_info: Option<UserSystemInfo>,
    /// The `features` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub features: Option<IntegerList>,
    /// The `apps` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub apps: Option<IntegerList>,
    /// The `groups` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub groups: Option<IntegerList>,
    /// The `roles` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub roles: Option<StringList>,
    /// The `disclaimers` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disclaimers: Option<IntegerList>,
    /// The `avatar` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avatar: Option<Avatar>,
}

/// A string enumeration of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[non_exhaustive]
pub enum UserFilterUsertype {
    /// `NORMAL` on the wire.
    #[serde(rename = "NORMAL")]
    Normal,
    /// `SYSTEM` on the wire.
    #[serde(rename = "SYSTEM")]
    System,
    /// `TW` on the wire.
    #[serde(rename = "TW")]
    Tw,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    #[serde(untagged)]
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

/// An object: the schema `UserFilter` of the API.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserFilter {
    /// The `email` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The `name` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `department` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
    /// The `title` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The `role` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The `status` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// The `usertype` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub usertype: Option<UserFilterUsertype>,
    /// The `location` property.
    #[serde(skip_serializing_if = "Option::is_none")]
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

/// Another name of a type: the schema `UserIdList` of the API.
pub type UserIdList = Vec<i64>;

/// An object: the schema `UserInfo` of the API.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserInfo {
    /// The `user` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<UserAttributes>,
    /// The `userSystemInfo` property.
    #[serde(rename = "userSystemInfo", skip_serializing_if = "Option::is_none")]
    pub user_system_info: Option<UserSystemInfo>,
}

/// Another name of a type: the schema `UserList` of the API.
pub type UserList = Vec<UserInfo>;

/// An object: the schema `UserStatus` of the API.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserStatus {
    /// The `status` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
}

impl UserStatus {
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<Status>) -> Self {
        self.status = Some(value.into());
        self
    }
}

/// An object: the schema `V1ConfigurationSubmissionCreate` of the API.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct ConfigurationSubmissionCreate {
    /// The `type` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The `name` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `description` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The `enabled` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// The `visible` property.
    #[serde(skip_serializing_if = "Option::is_none")]
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

/// The same type as `Format`: the spec describes both with one shape.
pub type DisclaimerFormat = Format;

/// The same type as `PresenceCategory`: the spec describes both with one shape.
pub type UserPresenceCategory = PresenceCategory;

/// The same type as `Stream`: the spec describes both with one shape.
pub type StringId = Stream;

/// The same type as `Format`: the spec describes both with one shape.
pub type SuccessResponseFormat = Format;

/// The same type as `Status`: the spec describes both with one shape.
pub type UserSystemInfoStatus = Status;

/// The same type as `Status`: the spec describes both with one shape.
pub type UserFilterStatus = Status;

/// The same type as `Status`: the spec describes both with one shape.
pub type UserStatusStatus = Status;
