// This file is generated from e2e/specs/upstream/github.yaml with the overlay e2e/specs/github.overlay.yaml by `cargo xtask generate`. Do not edit it by hand.

//! The API's data types.
/// `issue`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Issue {
    /// `id`
    ///
    /// Constraints: format `int64`.
    pub id: i64,
    /// `number`
    pub number: i64,
    /// `title`
    pub title: String,
    /// `state`
    pub state: String,
}

impl Issue {
    /// A `Issue` with its required fields; set the optional ones with the methods named after them.
    pub fn new(
        id: impl Into<i64>,
        number: impl Into<i64>,
        title: impl Into<String>,
        state: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            number: number.into(),
            title: title.into(),
            state: state.into(),
        }
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Issue {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "id", &self.id)?;
        codegen_runtime::model::entry(&mut map, "number", &self.number)?;
        codegen_runtime::model::entry(&mut map, "title", &self.title)?;
        codegen_runtime::model::entry(&mut map, "state", &self.state)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Issue`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __IssueSlots {
    id: Option<i64>,
    number: Option<i64>,
    title: Option<String>,
    state: Option<String>,
}

impl codegen_runtime::model::Object for Issue {
    const NAME: &'static str = "Issue";
    type Slots = __IssueSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "number" => codegen_runtime::model::set(map, &mut slots.number, "number"),
            "title" => codegen_runtime::model::set(map, &mut slots.title, "title"),
            "state" => codegen_runtime::model::set(map, &mut slots.state, "state"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: codegen_runtime::model::required(slots.id, "id")?,
            number: codegen_runtime::model::required(slots.number, "number")?,
            title: codegen_runtime::model::required(slots.title, "title")?,
            state: codegen_runtime::model::required(slots.state, "state")?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for Issue {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `minimal-repository`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct MinimalRepository {
    /// `id`
    ///
    /// Constraints: format `int64`.
    pub id: i64,
    /// `name`
    pub name: String,
    /// `full_name`
    pub full_name: String,
}

impl MinimalRepository {
    /// A `MinimalRepository` with its required fields; set the optional ones with the methods named after them.
    pub fn new(
        id: impl Into<i64>,
        name: impl Into<String>,
        full_name: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            full_name: full_name.into(),
        }
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for MinimalRepository {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "id", &self.id)?;
        codegen_runtime::model::entry(&mut map, "name", &self.name)?;
        codegen_runtime::model::entry(&mut map, "full_name", &self.full_name)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`MinimalRepository`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __MinimalRepositorySlots {
    id: Option<i64>,
    name: Option<String>,
    full_name: Option<String>,
}

impl codegen_runtime::model::Object for MinimalRepository {
    const NAME: &'static str = "MinimalRepository";
    type Slots = __MinimalRepositorySlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "full_name" => {
                codegen_runtime::model::set(map, &mut slots.full_name, "full_name")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: codegen_runtime::model::required(slots.id, "id")?,
            name: codegen_runtime::model::required(slots.name, "name")?,
            full_name: codegen_runtime::model::required(slots.full_name, "full_name")?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for MinimalRepository {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `basic-error`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct BasicError {
    /// `message`
    pub message: Option<String>,
    /// `documentation_url`
    pub documentation_url: Option<String>,
}

impl BasicError {
    /// Sets `message`.
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Sets `documentation_url`.
    pub fn documentation_url(mut self, value: impl Into<String>) -> Self {
        self.documentation_url = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for BasicError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "message", &self.message)?;
        codegen_runtime::model::present(
            &mut map,
            "documentation_url",
            &self.documentation_url,
        )?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`BasicError`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __BasicErrorSlots {
    message: Option<Option<String>>,
    documentation_url: Option<Option<String>>,
}

impl codegen_runtime::model::Object for BasicError {
    const NAME: &'static str = "BasicError";
    type Slots = __BasicErrorSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "message" => codegen_runtime::model::set(map, &mut slots.message, "message"),
            "documentation_url" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.documentation_url,
                    "documentation_url",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            message: slots.message.flatten(),
            documentation_url: slots.documentation_url.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for BasicError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `#/paths/~1repos~1{owner}~1{repo}~1issues/get/parameters/2/schema`
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IssuesListForRepoState {
    /// `open` on the wire.
    Open,
    /// `closed` on the wire.
    Closed,
    /// `all` on the wire.
    All,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
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

impl serde::Serialize for IssuesListForRepoState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for IssuesListForRepoState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(
                deserializer,
                &["open", "closed", "all"],
            )? {
                Ok(0) => Self::Open,
                Ok(1) => Self::Closed,
                Ok(_) => Self::All,
                Err(value) => Self::Unknown(value),
            },
        )
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
