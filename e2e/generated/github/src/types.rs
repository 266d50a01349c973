// This file is generated from e2e/specs/upstream/github.yaml by `cargo xtask generate`. Do not edit it by hand.

//! The API's data types.
/// An object: the schema `issue` of the API.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Issue {
    /// The `id` property.
    pub id: i64,
    /// The `number` property.
    pub number: i64,
    /// The `title` property.
    pub title: String,
    /// The `state` property.
    pub state: String,
}

/// An object: the schema `minimal-repository` of the API.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct MinimalRepository {
    /// The `id` property.
    pub id: i64,
    /// The `name` property.
    pub name: String,
    /// The `full_name` property.
    pub full_name: String,
}

/// An object: the schema `basic-error` of the API.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct BasicError {
    /// The `message` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The `documentation_url` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub documentation_url: Option<String>,
}

/// A string enumeration of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[non_exhaustive]
pub enum IssuesListForRepoState {
    /// `open` on the wire.
    #[serde(rename = "open")]
    Open,
    /// `closed` on the wire.
    #[serde(rename = "closed")]
    Closed,
    /// `all` on the wire.
    #[serde(rename = "all")]
    All,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    #[serde(untagged)]
    Unknown(codegen_runtime::UnknownValue),
}

impl IssuesListForRepoState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Open => "open",
            Self::Closed => "closed",
            Self::All => "all",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for IssuesListForRepoState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The body of an error response. The variant is chosen by the response's status, from the operation's own responses in the spec, never by trying variants in turn.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ErrorBody {
    /// An error body of the `BasicError` shape.
    BasicError(BasicError),
}

impl codegen_runtime::ErrorBodies for ErrorBody {
    fn decode_variant(
        variant: u16,
        body: &[u8],
    ) -> Result<Self, codegen_runtime::DecodeFailure> {
        match variant {
            0 => codegen_runtime::decode_json(0, body).map(Self::BasicError),
            _ => {
                Err(codegen_runtime::DecodeFailure {
                    path: ".".to_owned(),
                    message: format!("no error body variant {variant}"),
                })
            }
        }
    }
}
