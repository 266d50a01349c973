// This file is generated from e2e/specs/media.yaml by `cargo xtask generate`. Do not edit it by hand.

//! The API's data types.
/// An object: the schema `Event` of the API.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Event {
    /// The `id` property.
    pub id: i64,
}

/// An object: the schema `Note` of the API.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Note {
    /// The `title` property.
    pub title: String,
    /// The `body` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
}

impl Note {
    /// A `Note` with its required fields; set the optional ones with the methods named after them.
    pub fn new(title: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            body: None,
        }
    }

    /// Sets `body`.
    pub fn body(mut self, value: impl Into<String>) -> Self {
        self.body = Some(value.into());
        self
    }
}

/// An object: the schema `Problem` of the API.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Problem {
    /// The `message` property.
    pub message: String,
}

/// An object: the schema `Stored` of the API.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Stored {
    /// The `name` property.
    pub name: String,
    /// The `size` property.
    pub size: i64,
}

/// An object of the API.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct CreateNoteMultipartRequest {
    /// The `title` property.
    pub title: String,
    /// The `attachment` property.
    #[serde(skip)]
    pub attachment: Option<codegen_runtime::FilePart>,
}

impl CreateNoteMultipartRequest {
    /// A `CreateNoteMultipartRequest` with its required fields; set the optional ones with the methods named after them.
    pub fn new(title: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            attachment: None,
        }
    }

    /// Sets `attachment`.
    pub fn attachment(mut self, value: impl Into<codegen_runtime::FilePart>) -> Self {
        self.attachment = Some(value.into());
        self
    }
}

/// An object of the API.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct ListEventsResponse {
    /// The `events` property.
    pub events: Vec<Event>,
    /// The `total` property.
    pub total: i64,
}

/// The body of an error response. The variant is chosen by the response's status, from the operation's own responses in the spec, never by trying variants in turn.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ErrorBody {
    /// An error body of the `Problem` shape.
    Problem(Problem),
}

impl codegen_runtime::ErrorBodies for ErrorBody {
    fn decode_variant(
        variant: u16,
        body: &[u8],
    ) -> Result<Self, codegen_runtime::DecodeFailure> {
        match variant {
            0 => codegen_runtime::decode_json(0, body).map(Self::Problem),
            _ => {
                Err(codegen_runtime::DecodeFailure {
                    path: ".".to_owned(),
                    message: format!("no error body variant {variant}"),
                })
            }
        }
    }
}
