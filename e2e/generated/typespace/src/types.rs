// This file is generated from e2e/specs/typespace.yaml by `cargo xtask generate`. Do not edit it by hand.

//! The API's data types.
/// `#/components/schemas/Dog/properties/pet_type`
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DogPetType {
    /// `dog` on the wire.
    Dog,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
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

#[cfg(feature = "full-serde")]
impl serde::Serialize for DogPetType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for DogPetType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(deserializer, &["dog"])? {
                Ok(_) => Self::Dog,
                Err(value) => Self::Unknown(value),
            },
        )
    }
}

/// `Name`
pub type Name = String;

/// `Dog`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Dog {
    /// `pet_type`
    pub pet_type: DogPetType,
    /// `name`
    pub name: Name,
    /// `barks`
    pub barks: bool,
}

impl Dog {
    /// A `Dog` with its required fields; set the optional ones with the methods named after them.
    pub fn new(
        pet_type: impl Into<DogPetType>,
        name: impl Into<Name>,
        barks: impl Into<bool>,
    ) -> Self {
        Self {
            pet_type: pet_type.into(),
            name: name.into(),
            barks: barks.into(),
        }
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Dog {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "pet_type", &self.pet_type)?;
        codegen_runtime::model::entry(&mut map, "name", &self.name)?;
        codegen_runtime::model::entry(&mut map, "barks", &self.barks)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for Dog {
    const NAME: &'static str = "Dog";
    type Slots = (Option<DogPetType>, Option<Name>, Option<bool>);

    fn field(key: &str) -> Option<usize> {
        match key {
            "pet_type" => Some(0),
            "name" => Some(1),
            "barks" => Some(2),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "pet_type"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "name"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "barks"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            pet_type: codegen_runtime::model::required(slots.0, "pet_type")?,
            name: codegen_runtime::model::required(slots.1, "name")?,
            barks: codegen_runtime::model::required(slots.2, "barks")?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for Dog {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `#/components/schemas/Cat/properties/pet_type`
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CatPetType {
    /// `cat` on the wire.
    Cat,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
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

#[cfg(feature = "full-serde")]
impl serde::Serialize for CatPetType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CatPetType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(deserializer, &["cat"])? {
                Ok(_) => Self::Cat,
                Err(value) => Self::Unknown(value),
            },
        )
    }
}

/// `Cat`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Cat {
    /// `pet_type`
    pub pet_type: CatPetType,
    /// `name`
    pub name: Name,
    /// `lives`
    pub lives: i64,
}

impl Cat {
    /// A `Cat` with its required fields; set the optional ones with the methods named after them.
    pub fn new(
        pet_type: impl Into<CatPetType>,
        name: impl Into<Name>,
        lives: impl Into<i64>,
    ) -> Self {
        Self {
            pet_type: pet_type.into(),
            name: name.into(),
            lives: lives.into(),
        }
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Cat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "pet_type", &self.pet_type)?;
        codegen_runtime::model::entry(&mut map, "name", &self.name)?;
        codegen_runtime::model::entry(&mut map, "lives", &self.lives)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for Cat {
    const NAME: &'static str = "Cat";
    type Slots = (Option<CatPetType>, Option<Name>, Option<i64>);

    fn field(key: &str) -> Option<usize> {
        match key {
            "pet_type" => Some(0),
            "name" => Some(1),
            "lives" => Some(2),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "pet_type"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "name"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "lives"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            pet_type: codegen_runtime::model::required(slots.0, "pet_type")?,
            name: codegen_runtime::model::required(slots.1, "name")?,
            lives: codegen_runtime::model::required(slots.2, "lives")?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for Cat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `Pet`
/// The variant is named by the `pet_type` property: `dog`, `cat`.
#[derive(Debug, Clone)]
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

#[cfg(feature = "full-serde")]
impl serde::Serialize for Pet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Dog(value) => serde::Serialize::serialize(value, serializer),
            Self::Cat(value) => serde::Serialize::serialize(value, serializer),
            Self::Unknown(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}

/// `#/components/schemas/NewPet/properties/pet_type`
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NewPetType {
    /// `dog` on the wire.
    Dog,
    /// `cat` on the wire.
    Cat,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    Unknown(codegen_runtime::UnknownValue),
}

impl NewPetType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dog => "dog",
            Self::Cat => "cat",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for NewPetType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for NewPetType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for NewPetType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(deserializer, &["dog", "cat"])? {
                Ok(0) => Self::Dog,
                Ok(_) => Self::Cat,
                Err(value) => Self::Unknown(value),
            },
        )
    }
}

/// `NewPet`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct NewPet {
    /// `name`
    pub name: String,
    /// `pet_type`
    pub pet_type: NewPetType,
    /// Free text; `null` clears it.
    pub note: Option<Option<String>>,
}

impl NewPet {
    /// A `NewPet` with its required fields; set the optional ones with the methods named after them.
    pub fn new(name: impl Into<String>, pet_type: impl Into<NewPetType>) -> Self {
        Self {
            name: name.into(),
            pet_type: pet_type.into(),
            note: None,
        }
    }

    /// Free text; `null` clears it.
    ///
    /// `note_null()` sends `null`; unset, it is left out.
    pub fn note(mut self, value: impl Into<String>) -> Self {
        self.note = Some(Some(value.into()));
        self
    }

    /// Sends `note` as `null` (unset, it is left out).
    pub fn note_null(mut self) -> Self {
        self.note = Some(None);
        self
    }
}

impl serde::Serialize for NewPet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "name", &self.name)?;
        codegen_runtime::model::entry(&mut map, "pet_type", &self.pet_type)?;
        codegen_runtime::model::present(&mut map, "note", &self.note)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for NewPet {
    const NAME: &'static str = "NewPet";
    type Slots = (Option<String>, Option<NewPetType>, Option<Option<String>>);

    fn field(key: &str) -> Option<usize> {
        match key {
            "name" => Some(0),
            "pet_type" => Some(1),
            "note" => Some(2),
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
            1 => codegen_runtime::model::set(map, &mut slots.1, "pet_type"),
            2 => codegen_runtime::model::set(map, &mut slots.2, "note"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            name: codegen_runtime::model::required(slots.0, "name")?,
            pet_type: codegen_runtime::model::required(slots.1, "pet_type")?,
            note: slots.2,
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for NewPet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `NotFound`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct NotFound {
    /// `missing`
    pub missing: String,
}

impl NotFound {
    /// A `NotFound` with its required fields; set the optional ones with the methods named after them.
    pub fn new(missing: impl Into<String>) -> Self {
        Self { missing: missing.into() }
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for NotFound {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "missing", &self.missing)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for NotFound {
    const NAME: &'static str = "NotFound";
    type Slots = (Option<String>,);

    fn field(key: &str) -> Option<usize> {
        match key {
            "missing" => Some(0),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "missing"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            missing: codegen_runtime::model::required(slots.0, "missing")?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for NotFound {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `Invalid`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Invalid {
    /// `errors`
    pub errors: Vec<String>,
}

impl Invalid {
    /// A `Invalid` with its required fields; set the optional ones with the methods named after them.
    pub fn new(errors: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            errors: errors.into_iter().map(Into::into).collect(),
        }
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Invalid {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "errors", &self.errors)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for Invalid {
    const NAME: &'static str = "Invalid";
    type Slots = (Option<Vec<String>>,);

    fn field(key: &str) -> Option<usize> {
        match key {
            "errors" => Some(0),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "errors"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            errors: codegen_runtime::model::required(slots.0, "errors")?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for Invalid {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `Problem`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Problem {
    /// `title`
    pub title: Option<String>,
    /// `status`
    pub status: Option<i64>,
}

impl Problem {
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Sets `status`.
    pub fn status(mut self, value: impl Into<i64>) -> Self {
        self.status = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Problem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "title", &self.title)?;
        codegen_runtime::model::present(&mut map, "status", &self.status)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for Problem {
    const NAME: &'static str = "Problem";
    type Slots = (Option<Option<String>>, Option<Option<i64>>);

    fn field(key: &str) -> Option<usize> {
        match key {
            "title" => Some(0),
            "status" => Some(1),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "title"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "status"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            title: slots.0.flatten(),
            status: slots.1.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Problem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `#/paths/~1pets/get/responses/400/content/application~1json/schema`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Error400 {
    /// `code`
    pub code: i64,
    /// `message`
    pub message: String,
}

impl Error400 {
    /// A `Error400` with its required fields; set the optional ones with the methods named after them.
    pub fn new(code: impl Into<i64>, message: impl Into<String>) -> Self {
        Self {
            code: code.into(),
            message: message.into(),
        }
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Error400 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "code", &self.code)?;
        codegen_runtime::model::entry(&mut map, "message", &self.message)?;
        codegen_runtime::model::end(map)
    }
}

impl codegen_runtime::model::Object for Error400 {
    const NAME: &'static str = "Error400";
    type Slots = (Option<i64>, Option<String>);

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
            code: codegen_runtime::model::required(slots.0, "code")?,
            message: codegen_runtime::model::required(slots.1, "message")?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for Error400 {
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

/// The same type as `NewPetType`: the spec describes both with one shape.
pub type ListPetsKind = NewPetType;

/// The same type as `Error400`: the spec describes both with one shape.
pub type ListPetsError400 = Error400;

/// The same type as `Error400`: the spec describes both with one shape.
pub type CreatePetError400 = Error400;
