// This file is generated from e2e/specs/decoding.yaml by `cargo xtask generate`. Do not edit it by hand.

//! The API's data types.
/// `State`
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub enum State {
    /// `open` on the wire.
    #[serde(rename = "open")]
    Open,
    /// `closed` on the wire.
    #[serde(rename = "closed")]
    Closed,
    /// `on-hold` on the wire.
    #[serde(rename = "on-hold")]
    OnHold,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    #[serde(untagged)]
    Unknown(codegen_runtime::UnknownValue),
}

impl State {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Open => "open",
            Self::Closed => "closed",
            Self::OnHold => "on-hold",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for State {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// `Level`
///
/// An integer enumeration: the known values are associated constants; any other
/// value the server sends is kept as is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct Level(pub i64);

impl Level {
    /// The value `1`.
    pub const V1: Self = Self(1);

    /// The value `2`.
    pub const V2: Self = Self(2);

    /// The value `3`.
    pub const V3: Self = Self(3);
}

impl std::fmt::Display for Level {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// `Child`
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Child {
    /// `name`
    pub name: String,
    /// `size`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
    /// `self_link`
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub self_link: Option<String>,
}

impl Child {
    /// A `Child` with its required fields; set the optional ones with the methods named after them.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            size: None,
            self_link: None,
        }
    }

    /// Sets `size`.
    pub fn size(mut self, value: impl Into<i64>) -> Self {
        self.size = Some(value.into());
        self
    }

    /// Sets `self_link`.
    pub fn self_link(mut self, value: impl Into<String>) -> Self {
        self.self_link = Some(value.into());
        self
    }
}

/// `Extra`
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Extra {
    /// `size`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
    /// Properties not named by the schema.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, i64>,
}

impl Extra {
    /// Sets `size`.
    pub fn size(mut self, value: impl Into<i64>) -> Self {
        self.size = Some(value.into());
        self
    }
}

/// `Circle`
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Circle {
    /// `kind`
    pub kind: String,
    /// `radius`
    pub radius: f64,
}

impl Circle {
    /// A `Circle` with its required fields; set the optional ones with the methods named after them.
    pub fn new(kind: impl Into<String>, radius: impl Into<f64>) -> Self {
        Self {
            kind: kind.into(),
            radius: radius.into(),
        }
    }
}

/// `Square`
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Square {
    /// `kind`
    pub kind: String,
    /// `side`
    pub side: f64,
}

impl Square {
    /// A `Square` with its required fields; set the optional ones with the methods named after them.
    pub fn new(kind: impl Into<String>, side: impl Into<f64>) -> Self {
        Self {
            kind: kind.into(),
            side: side.into(),
        }
    }
}

/// `Shape`
/// The variant is named by the `kind` property: `circle`, `square`.
#[derive(Debug, Clone)]
#[derive(serde::Serialize)]
#[serde(untagged)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum Shape {
    /// A `Circle`.
    Circle(Circle),
    /// A `Square`.
    Square(Square),
    /// A value that matches no variant this client knows (added to the API after it was
    /// generated), as the server sent it.
    Unknown(codegen_runtime::serde_json::Value),
}

impl<'de> serde::Deserialize<'de> for Shape {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let (tag, value) = codegen_runtime::tagged(deserializer, "kind")?;
        match tag.as_str() {
            "circle" => {
                codegen_runtime::tagged_variant(value, "kind", &tag).map(Self::Circle)
            }
            "square" => {
                codegen_runtime::tagged_variant(value, "kind", &tag).map(Self::Square)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}

impl From<Circle> for Shape {
    fn from(value: Circle) -> Self {
        Self::Circle(value)
    }
}

impl From<Square> for Shape {
    fn from(value: Square) -> Self {
        Self::Square(value)
    }
}

/// `Value`
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[serde(untagged)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum Value {
    /// A `i64`.
    #[serde(deserialize_with = "codegen_runtime::lenient::integer")]
    Integer(i64),
    /// A `Vec<String>`.
    StringList(Vec<String>),
    /// A `Child`.
    Child(Child),
    /// A value that matches no variant this client knows (added to the API after it was
    /// generated), as the server sent it.
    Unknown(codegen_runtime::serde_json::Value),
}

impl From<i64> for Value {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}

impl From<Vec<String>> for Value {
    fn from(value: Vec<String>) -> Self {
        Self::StringList(value)
    }
}

impl From<Child> for Value {
    fn from(value: Child) -> Self {
        Self::Child(value)
    }
}

/// `Record`
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Record {
    /// `id`
    ///
    /// Constraints: format `int64`.
    pub id: i64,
    /// `displayName`
    #[serde(rename = "displayName")]
    pub display_name: String,
    /// `owner`
    #[serde(deserialize_with = "codegen_runtime::lenient::option")]
    pub owner: Option<i64>,
    /// `group`
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "codegen_runtime::lenient::option"
    )]

    pub group: Option<i64>,
    /// `state`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<State>,
    /// `level`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    /// `note`
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "codegen_runtime::nullable::deserialize"
    )]

    pub note: Option<Option<String>>,
    /// `type`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// `tags`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// `children`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<Child>>,
    /// `extra`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extra: Option<Extra>,
    /// `shape`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shape: Option<Shape>,
    /// `value`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
}

impl Record {
    /// A `Record` with its required fields; set the optional ones with the methods named after them.
    pub fn new(
        id: impl Into<i64>,
        display_name: impl Into<String>,
        owner: impl Into<Option<i64>>,
    ) -> Self {
        Self {
            id: id.into(),
            display_name: display_name.into(),
            owner: owner.into(),
            group: None,
            state: None,
            level: None,
            note: None,
            r#type: None,
            tags: None,
            children: None,
            extra: None,
            shape: None,
            value: None,
        }
    }

    /// Sets `group`.
    pub fn group(mut self, value: impl Into<i64>) -> Self {
        self.group = Some(value.into());
        self
    }

    /// Sets `state`.
    pub fn state(mut self, value: impl Into<State>) -> Self {
        self.state = Some(value.into());
        self
    }

    /// Sets `level`.
    pub fn level(mut self, value: impl Into<Level>) -> Self {
        self.level = Some(value.into());
        self
    }

    /// Sets `note` to a value (`note_null()` sends `null`; unset, it is left out).
    pub fn note(mut self, value: impl Into<String>) -> Self {
        self.note = Some(Some(value.into()));
        self
    }

    /// Sends `note` as `null` (unset, it is left out).
    pub fn note_null(mut self) -> Self {
        self.note = Some(None);
        self
    }

    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// Sets `tags`.
    pub fn tags(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.tags = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `children`.
    pub fn children(
        mut self,
        value: impl IntoIterator<Item = impl Into<Child>>,
    ) -> Self {
        self.children = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `extra`.
    pub fn extra(mut self, value: impl Into<Extra>) -> Self {
        self.extra = Some(value.into());
        self
    }

    /// Sets `shape`.
    pub fn shape(mut self, value: impl Into<Shape>) -> Self {
        self.shape = Some(value.into());
        self
    }

    /// Sets `value`.
    pub fn value(mut self, value: impl Into<Value>) -> Self {
        self.value = Some(value.into());
        self
    }
}

/// The body of an error response. The variant is chosen by the response's status, from the operation's own responses in the spec, never by trying variants in turn.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ErrorBody {}

impl codegen_runtime::ErrorBodies for ErrorBody {
    fn decode_variant(
        variant: u16,
        body: &[u8],
    ) -> Result<Self, codegen_runtime::DecodeFailure> {
        let _ = body;
        Err(codegen_runtime::DecodeFailure {
            path: ".".to_owned(),
            message: format!("no error body variant {variant}"),
        })
    }
}
