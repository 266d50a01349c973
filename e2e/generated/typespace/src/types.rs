// This file is generated from e2e/specs/typespace.yaml by `cargo xtask generate`. Do not edit it by hand.

//! The API's data types.
/// A string enumeration of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[non_exhaustive]
pub enum DogPetType {
    /// `dog` on the wire.
    #[serde(rename = "dog")]
    Dog,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    #[serde(untagged)]
    Unknown(codegen_runtime::UnknownValue),
}

impl DogPetType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dog => "dog",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for DogPetType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Another name of a type: the schema `Name` of the API.
pub type Name = String;

/// An object: the schema `Dog` of the API.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Dog {
    /// The `pet_type` property.
    pub pet_type: DogPetType,
    /// The `name` property.
    pub name: Name,
    /// The `barks` property.
    pub barks: bool,
}

/// A string enumeration of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[non_exhaustive]
pub enum CatPetType {
    /// `cat` on the wire.
    #[serde(rename = "cat")]
    Cat,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    #[serde(untagged)]
    Unknown(codegen_runtime::UnknownValue),
}

impl CatPetType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cat => "cat",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for CatPetType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An object: the schema `Cat` of the API.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Cat {
    /// The `pet_type` property.
    pub pet_type: CatPetType,
    /// The `name` property.
    pub name: Name,
    /// The `lives` property.
    pub lives: i64,
}

/// One of several shapes: the schema `Pet` of the API.
/// The variant is named by the `pet_type` property: `dog`, `cat`.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize), serde(untagged))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum Pet {
    /// A `Dog`.
    Dog(Dog),
    /// A `Cat`.
    Cat(Cat),
    /// A value that matches no variant this client knows (added to the API after it was
    /// generated), as the server sent it.
    Unknown(codegen_runtime::serde_json::Value),
}

impl<'de> serde::Deserialize<'de> for Pet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let (tag, value) = codegen_runtime::tagged(deserializer, "pet_type")?;
        match tag.as_str() {
            "dog" => {
                codegen_runtime::tagged_variant(value, "pet_type", &tag).map(Self::Dog)
            }
            "cat" => {
                codegen_runtime::tagged_variant(value, "pet_type", &tag).map(Self::Cat)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}

impl From<Dog> for Pet {
    fn from(value: Dog) -> Self {
        Self::Dog(value)
    }
}

impl From<Cat> for Pet {
    fn from(value: Cat) -> Self {
        Self::Cat(value)
    }
}

/// A string enumeration of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[non_exhaustive]
pub enum NewPetPetType {
    /// `dog` on the wire.
    #[serde(rename = "dog")]
    Dog,
    /// `cat` on the wire.
    #[serde(rename = "cat")]
    Cat,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    #[serde(untagged)]
    Unknown(codegen_runtime::UnknownValue),
}

impl NewPetPetType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dog => "dog",
            Self::Cat => "cat",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for NewPetPetType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An object: the schema `NewPet` of the API.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct NewPet {
    /// The `name` property.
    pub name: String,
    /// The `pet_type` property.
    pub pet_type: NewPetPetType,
    /// Free text; `null` clears it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "codegen_runtime::nullable::deserialize"
    )]

    pub note: Option<Option<String>>,
}

impl NewPet {
    /// A `NewPet` with its required fields; set the optional ones with the methods named after them.
    pub fn new(name: impl Into<String>, pet_type: impl Into<NewPetPetType>) -> Self {
        Self {
            name: name.into(),
            pet_type: pet_type.into(),
            note: None,
        }
    }

    /// Sets `note` (`None` sends `null`).
    pub fn note(mut self, value: impl Into<Option<String>>) -> Self {
        self.note = Some(value.into());
        self
    }
}

/// An object: the schema `NotFound` of the API.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct NotFound {
    /// The `missing` property.
    pub missing: String,
}

/// An object: the schema `Invalid` of the API.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Invalid {
    /// The `errors` property.
    pub errors: Vec<String>,
}

/// An object: the schema `Problem` of the API.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Problem {
    /// The `title` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The `status` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<i64>,
}

/// An object of the API.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Error400 {
    /// The `code` property.
    pub code: i64,
    /// The `message` property.
    pub message: String,
}

/// The body of an error response. The variant is chosen by the response's status, from the operation's own responses in the spec, never by trying variants in turn.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ErrorBody {
    /// An error body of the `Error400` shape.
    Error400(Error400),
    /// An error body of the `NotFound` shape.
    NotFound(NotFound),
    /// An error body of the `Invalid` shape.
    Invalid(Invalid),
    /// An error body of the `Problem` shape.
    Problem(Problem),
}

impl codegen_runtime::ErrorBodies for ErrorBody {
    fn decode_variant(
        variant: u16,
        body: &[u8],
    ) -> Result<Self, codegen_runtime::DecodeFailure> {
        match variant {
            0 => codegen_runtime::decode_json(0, body).map(Self::Error400),
            1 => codegen_runtime::decode_json(0, body).map(Self::NotFound),
            2 => codegen_runtime::decode_json(0, body).map(Self::Invalid),
            3 => codegen_runtime::decode_json(0, body).map(Self::Problem),
            _ => {
                Err(codegen_runtime::DecodeFailure {
                    path: ".".to_owned(),
                    message: format!("no error body variant {variant}"),
                })
            }
        }
    }
}

/// The same type as `NewPetPetType`: the spec describes both with one shape.
pub type ListPetsKind = NewPetPetType;

/// The same type as `Error400`: the spec describes both with one shape.
pub type ListPetsError400 = Error400;

/// The same type as `Error400`: the spec describes both with one shape.
pub type CreatePetError400 = Error400;
