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
///
/// Constraints: at least 1 character.
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

/// The fields of [`Dog`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __DogSlots {
    pet_type: Option<DogPetType>,
    name: Option<Name>,
    barks: Option<bool>,
}

impl codegen_runtime::model::Object for Dog {
    const NAME: &'static str = "Dog";
    type Slots = __DogSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pet_type" => {
                codegen_runtime::model::set(map, &mut slots.pet_type, "pet_type")
            }
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "barks" => codegen_runtime::model::set(map, &mut slots.barks, "barks"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            pet_type: codegen_runtime::model::required(slots.pet_type, "pet_type")?,
            name: codegen_runtime::model::required(slots.name, "name")?,
            barks: codegen_runtime::model::required(slots.barks, "barks")?,
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

/// The fields of [`Cat`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __CatSlots {
    pet_type: Option<CatPetType>,
    name: Option<Name>,
    lives: Option<i64>,
}

impl codegen_runtime::model::Object for Cat {
    const NAME: &'static str = "Cat";
    type Slots = __CatSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pet_type" => {
                codegen_runtime::model::set(map, &mut slots.pet_type, "pet_type")
            }
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "lives" => codegen_runtime::model::set(map, &mut slots.lives, "lives"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            pet_type: codegen_runtime::model::required(slots.pet_type, "pet_type")?,
            name: codegen_runtime::model::required(slots.name, "name")?,
            lives: codegen_runtime::model::required(slots.lives, "lives")?,
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
/// The fields of [`NewPet`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __NewPetSlots {
    name: Option<String>,
    pet_type: Option<NewPetType>,
    note: Option<Option<String>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for NewPet {
    const NAME: &'static str = "NewPet";
    type Slots = __NewPetSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "pet_type" => {
                codegen_runtime::model::set(map, &mut slots.pet_type, "pet_type")
            }
            "note" => codegen_runtime::model::set(map, &mut slots.note, "note"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            name: codegen_runtime::model::required(slots.name, "name")?,
            pet_type: codegen_runtime::model::required(slots.pet_type, "pet_type")?,
            note: slots.note,
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

/// The fields of [`NotFound`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __NotFoundSlots {
    missing: Option<String>,
}

impl codegen_runtime::model::Object for NotFound {
    const NAME: &'static str = "NotFound";
    type Slots = __NotFoundSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "missing" => codegen_runtime::model::set(map, &mut slots.missing, "missing"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            missing: codegen_runtime::model::required(slots.missing, "missing")?,
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

/// The fields of [`Invalid`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __InvalidSlots {
    errors: Option<Vec<String>>,
}

impl codegen_runtime::model::Object for Invalid {
    const NAME: &'static str = "Invalid";
    type Slots = __InvalidSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "errors" => codegen_runtime::model::set(map, &mut slots.errors, "errors"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            errors: codegen_runtime::model::required(slots.errors, "errors")?,
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

/// The fields of [`Problem`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __ProblemSlots {
    title: Option<Option<String>>,
    status: Option<Option<i64>>,
}

impl codegen_runtime::model::Object for Problem {
    const NAME: &'static str = "Problem";
    type Slots = __ProblemSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "title" => codegen_runtime::model::set(map, &mut slots.title, "title"),
            "status" => codegen_runtime::model::set(map, &mut slots.status, "status"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            title: slots.title.flatten(),
            status: slots.status.flatten(),
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

/// The fields of [`Error400`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __Error400Slots {
    code: Option<i64>,
    message: Option<String>,
}

impl codegen_runtime::model::Object for Error400 {
    const NAME: &'static str = "Error400";
    type Slots = __Error400Slots;

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
            code: codegen_runtime::model::required(slots.code, "code")?,
            message: codegen_runtime::model::required(slots.message, "message")?,
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
