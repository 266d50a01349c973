// This file is generated from e2e/specs/upstream/github.yaml with the overlay e2e/specs/github.overlay.yaml by `cargo xtask generate`. Do not edit it by hand.

//! The API's data types.
/// `issue`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Issue {
    /// `id`
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

impl codegen_runtime::model::Object for Issue {
    const NAME: &'static str = "Issue";
    type Slots = (Option<i64>, Option<i64>, Option<String>, Option<String>);

    fn field(key: &str) -> Option<usize> {
        match key {
            "id" => Some(0),
            "number" => Some(1),
            "title" => Some(2),
            "state" => Some(3),
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
            1 => codegen_runtime::model::set(map, &mut slots.1, "number"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "title"),
            3 => codegen_runtime::model::set(map, &mut slots.3, "state"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: codegen_runtime::model::required(slots.0, "id")?,
            number: codegen_runtime::model::required(slots.1, "number")?,
            title: codegen_runtime::model::required(slots.2, "title")?,
            state: codegen_runtime::model::required(slots.3, "state")?,
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

impl codegen_runtime::model::Object for MinimalRepository {
    const NAME: &'static str = "MinimalRepository";
    type Slots = (Option<i64>, Option<String>, Option<String>);

    fn field(key: &str) -> Option<usize> {
        match key {
            "id" => Some(0),
            "name" => Some(1),
            "full_name" => Some(2),
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
            2 => codegen_runtime::model::set(map, &mut slots.2, "full_name"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: codegen_runtime::model::required(slots.0, "id")?,
            name: codegen_runtime::model::required(slots.1, "name")?,
            full_name: codegen_runtime::model::required(slots.2, "full_name")?,
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

impl codegen_runtime::model::Object for BasicError {
    const NAME: &'static str = "BasicError";
    type Slots = (Option<Option<String>>, Option<Option<String>>);

    fn field(key: &str) -> Option<usize> {
        match key {
            "message" => Some(0),
            "documentation_url" => Some(1),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "message"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "documentation_url"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            message: slots.0.flatten(),
            documentation_url: slots.1.flatten(),
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
