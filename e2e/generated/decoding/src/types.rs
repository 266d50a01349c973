// This file is generated from e2e/specs/decoding.yaml by `cargo xtask generate`. Do not edit it by hand.

//! The API's data types.
/// `State`
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum State {
    /// `open` on the wire.
    Open,
    /// `closed` on the wire.
    Closed,
    /// `on-hold` on the wire.
    OnHold,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
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

impl serde::Serialize for State {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for State {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(
                deserializer,
                &["open", "closed", "on-hold"],
            )? {
                Ok(0) => Self::Open,
                Ok(1) => Self::Closed,
                Ok(_) => Self::OnHold,
                Err(value) => Self::Unknown(value),
            },
        )
    }
}

/// `Level`
///
/// An integer enumeration: the known values are associated constants; any other
/// value the server sends is kept as is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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

impl serde::Serialize for Level {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serde::Serialize::serialize(&self.0, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for Level {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        serde::Deserialize::deserialize(deserializer).map(Self)
    }
}

/// `Child`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Child {
    /// `name`
    pub name: String,
    /// `size`
    pub size: Option<i64>,
    /// `self_link`
    ///
    /// Set by the server.
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

impl serde::Serialize for Child {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "size", &self.size)?;
        codegen_runtime::model::present(&mut map, "self_link", &self.self_link)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Child`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __ChildSlots {
    name: Option<String>,
    size: Option<Option<i64>>,
    self_link: Option<Option<String>>,
}

impl codegen_runtime::model::Object for Child {
    const NAME: &'static str = "Child";
    type Slots = __ChildSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "size" => codegen_runtime::model::set(map, &mut slots.size, "size"),
            "self_link" => {
                codegen_runtime::model::set(map, &mut slots.self_link, "self_link")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            name: codegen_runtime::model::required(slots.name, "name")?,
            size: slots.size.flatten(),
            self_link: slots.self_link.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Child {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `Extra`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Extra {
    /// `size`
    pub size: Option<i64>,
    /// Properties not named by the schema.
    pub additional_properties: std::collections::BTreeMap<String, i64>,
}

impl Extra {
    /// Sets `size`.
    pub fn size(mut self, value: impl Into<i64>) -> Self {
        self.size = Some(value.into());
        self
    }
}

impl serde::Serialize for Extra {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "size", &self.size)?;
        codegen_runtime::model::others(&mut map, &self.additional_properties)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Extra`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __ExtraSlots {
    size: Option<Option<i64>>,
    additional_properties: std::collections::BTreeMap<String, i64>,
}

impl codegen_runtime::model::Object for Extra {
    const NAME: &'static str = "Extra";
    const KEEPS_OTHERS: bool = true;

    fn store_other<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: String,
        map: &mut A,
    ) -> Result<(), A::Error> {
        codegen_runtime::model::insert(map, &mut slots.additional_properties, key)
    }
    type Slots = __ExtraSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "size" => codegen_runtime::model::set(map, &mut slots.size, "size"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            size: slots.size.flatten(),
            additional_properties: slots.additional_properties,
        })
    }
}

impl<'de> serde::Deserialize<'de> for Extra {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `Circle`
#[derive(Debug, Clone)]
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

impl serde::Serialize for Circle {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "kind", &self.kind)?;
        codegen_runtime::model::entry(&mut map, "radius", &self.radius)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Circle`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __CircleSlots {
    kind: Option<String>,
    radius: Option<f64>,
}

impl codegen_runtime::model::Object for Circle {
    const NAME: &'static str = "Circle";
    type Slots = __CircleSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "kind" => codegen_runtime::model::set(map, &mut slots.kind, "kind"),
            "radius" => codegen_runtime::model::set(map, &mut slots.radius, "radius"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            kind: codegen_runtime::model::required(slots.kind, "kind")?,
            radius: codegen_runtime::model::required(slots.radius, "radius")?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for Circle {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `Square`
#[derive(Debug, Clone)]
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

impl serde::Serialize for Square {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "kind", &self.kind)?;
        codegen_runtime::model::entry(&mut map, "side", &self.side)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Square`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __SquareSlots {
    kind: Option<String>,
    side: Option<f64>,
}

impl codegen_runtime::model::Object for Square {
    const NAME: &'static str = "Square";
    type Slots = __SquareSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "kind" => codegen_runtime::model::set(map, &mut slots.kind, "kind"),
            "side" => codegen_runtime::model::set(map, &mut slots.side, "side"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            kind: codegen_runtime::model::required(slots.kind, "kind")?,
            side: codegen_runtime::model::required(slots.side, "side")?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for Square {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `Shape`
/// The variant is named by the `kind` property: `circle`, `square`.
#[derive(Debug, Clone)]
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

impl serde::Serialize for Shape {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Circle(value) => serde::Serialize::serialize(value, serializer),
            Self::Square(value) => serde::Serialize::serialize(value, serializer),
            Self::Unknown(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}

/// `Value`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum Value {
    /// A `i64`.
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

impl serde::Serialize for Value {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Integer(value) => serde::Serialize::serialize(value, serializer),
            Self::StringList(value) => serde::Serialize::serialize(value, serializer),
            Self::Child(value) => serde::Serialize::serialize(value, serializer),
            Self::Unknown(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Value {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = codegen_runtime::model::buffer(deserializer)?;
        if let Ok(value) = codegen_runtime::lenient::integer(&value) {
            return Ok(Self::Integer(value));
        }
        if let Some(value) = codegen_runtime::model::try_variant(&value) {
            return Ok(Self::StringList(value));
        }
        if let Some(value) = codegen_runtime::model::try_variant(&value) {
            return Ok(Self::Child(value));
        }
        Ok(Self::Unknown(value.into_json()))
    }
}

/// `Record`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Record {
    /// `id`
    ///
    /// Constraints: format `int64`.
    pub id: i64,
    /// `displayName`
    pub display_name: String,
    /// `owner`
    pub owner: Option<i64>,
    /// `group`
    pub group: Option<i64>,
    /// `state`
    pub state: Option<State>,
    /// `level`
    pub level: Option<Level>,
    /// `note`
    pub note: Option<Option<String>>,
    /// `type`
    pub r#type: Option<String>,
    /// `tags`
    pub tags: Option<Vec<String>>,
    /// `children`
    pub children: Option<Vec<Child>>,
    /// `extra`
    pub extra: Option<Extra>,
    /// `shape`
    pub shape: Option<Shape>,
    /// `value`
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

impl serde::Serialize for Record {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "id", &self.id)?;
        codegen_runtime::model::entry(&mut map, "displayName", &self.display_name)?;
        codegen_runtime::model::entry(&mut map, "owner", &self.owner)?;
        codegen_runtime::model::present(&mut map, "group", &self.group)?;
        codegen_runtime::model::present(&mut map, "state", &self.state)?;
        codegen_runtime::model::present(&mut map, "level", &self.level)?;
        codegen_runtime::model::present(&mut map, "note", &self.note)?;
        codegen_runtime::model::present(&mut map, "type", &self.r#type)?;
        codegen_runtime::model::present(&mut map, "tags", &self.tags)?;
        codegen_runtime::model::present(&mut map, "children", &self.children)?;
        codegen_runtime::model::present(&mut map, "extra", &self.extra)?;
        codegen_runtime::model::present(&mut map, "shape", &self.shape)?;
        codegen_runtime::model::present(&mut map, "value", &self.value)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Record`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __RecordSlots {
    id: Option<i64>,
    display_name: Option<String>,
    owner: Option<Option<i64>>,
    group: Option<Option<i64>>,
    state: Option<Option<State>>,
    level: Option<Option<Level>>,
    note: Option<Option<String>>,
    r#type: Option<Option<String>>,
    tags: Option<Option<Vec<String>>>,
    children: Option<Option<Vec<Child>>>,
    extra: Option<Option<Extra>>,
    shape: Option<Option<Shape>>,
    value: Option<Option<Value>>,
}

impl codegen_runtime::model::Object for Record {
    const NAME: &'static str = "Record";
    type Slots = __RecordSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "displayName" => {
                codegen_runtime::model::set(map, &mut slots.display_name, "displayName")
            }
            "owner" => {
                codegen_runtime::model::set_with(
                    map,
                    &mut slots.owner,
                    "owner",
                    codegen_runtime::lenient::OptionSeed::default(),
                )
            }
            "group" => {
                codegen_runtime::model::set_with(
                    map,
                    &mut slots.group,
                    "group",
                    codegen_runtime::lenient::OptionSeed::default(),
                )
            }
            "state" => codegen_runtime::model::set(map, &mut slots.state, "state"),
            "level" => codegen_runtime::model::set(map, &mut slots.level, "level"),
            "note" => codegen_runtime::model::set(map, &mut slots.note, "note"),
            "type" => codegen_runtime::model::set(map, &mut slots.r#type, "type"),
            "tags" => codegen_runtime::model::set(map, &mut slots.tags, "tags"),
            "children" => {
                codegen_runtime::model::set(map, &mut slots.children, "children")
            }
            "extra" => codegen_runtime::model::set(map, &mut slots.extra, "extra"),
            "shape" => codegen_runtime::model::set(map, &mut slots.shape, "shape"),
            "value" => codegen_runtime::model::set(map, &mut slots.value, "value"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: codegen_runtime::model::required(slots.id, "id")?,
            display_name: codegen_runtime::model::required(
                slots.display_name,
                "displayName",
            )?,
            owner: slots.owner.flatten(),
            group: slots.group.flatten(),
            state: slots.state.flatten(),
            level: slots.level.flatten(),
            note: slots.note,
            r#type: slots.r#type.flatten(),
            tags: slots.tags.flatten(),
            children: slots.children.flatten(),
            extra: slots.extra.flatten(),
            shape: slots.shape.flatten(),
            value: slots.value.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Record {
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
