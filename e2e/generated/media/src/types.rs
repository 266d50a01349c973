// This file is generated from e2e/specs/media.yaml by `cargo xtask generate`. Do not edit it by hand.

//! The API's data types.
/// `Event`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Event {
    /// `id`
    pub id: i64,
}

impl Event {
    /// A `Event` with its required fields; set the optional ones with the methods named after them.
    pub fn new(id: impl Into<i64>) -> Self {
        Self { id: id.into() }
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Event {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "id", &self.id)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Event`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __EventSlots {
    id: Option<i64>,
}

impl codegen_runtime::model::Object for Event {
    const NAME: &'static str = "Event";
    type Slots = __EventSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: codegen_runtime::model::required(slots.id, "id")?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for Event {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `Note`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Note {
    /// `title`
    pub title: String,
    /// `body`
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

impl serde::Serialize for Note {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "title", &self.title)?;
        codegen_runtime::model::present(&mut map, "body", &self.body)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Note`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __NoteSlots {
    title: Option<String>,
    body: Option<Option<String>>,
}

impl codegen_runtime::model::Object for Note {
    const NAME: &'static str = "Note";
    type Slots = __NoteSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "title" => codegen_runtime::model::set(map, &mut slots.title, "title"),
            "body" => codegen_runtime::model::set(map, &mut slots.body, "body"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            title: codegen_runtime::model::required(slots.title, "title")?,
            body: slots.body.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Note {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `Problem`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Problem {
    /// `message`
    pub message: String,
}

impl Problem {
    /// A `Problem` with its required fields; set the optional ones with the methods named after them.
    pub fn new(message: impl Into<String>) -> Self {
        Self { message: message.into() }
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Problem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "message", &self.message)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Problem`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __ProblemSlots {
    message: Option<String>,
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
            "message" => codegen_runtime::model::set(map, &mut slots.message, "message"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            message: codegen_runtime::model::required(slots.message, "message")?,
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

/// `Stored`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Stored {
    /// `name`
    pub name: String,
    /// `size`
    ///
    /// Constraints: format `int64`.
    pub size: i64,
}

impl Stored {
    /// A `Stored` with its required fields; set the optional ones with the methods named after them.
    pub fn new(name: impl Into<String>, size: impl Into<i64>) -> Self {
        Self {
            name: name.into(),
            size: size.into(),
        }
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Stored {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "name", &self.name)?;
        codegen_runtime::model::entry(&mut map, "size", &self.size)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Stored`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __StoredSlots {
    name: Option<String>,
    size: Option<i64>,
}

impl codegen_runtime::model::Object for Stored {
    const NAME: &'static str = "Stored";
    type Slots = __StoredSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "size" => codegen_runtime::model::set(map, &mut slots.size, "size"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            name: codegen_runtime::model::required(slots.name, "name")?,
            size: codegen_runtime::model::required(slots.size, "size")?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for Stored {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `#/paths/~1notes/post/requestBody/content/multipart~1form-data/schema`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct CreateNoteMultipartRequest {
    /// `title`
    pub title: String,
    /// `attachment`
    ///
    /// Constraints: format `binary`.
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

impl serde::Serialize for CreateNoteMultipartRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "title", &self.title)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`CreateNoteMultipartRequest`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __CreateNoteMultipartRequestSlots {
    title: Option<String>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for CreateNoteMultipartRequest {
    const NAME: &'static str = "CreateNoteMultipartRequest";
    type Slots = __CreateNoteMultipartRequestSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "title" => codegen_runtime::model::set(map, &mut slots.title, "title"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            title: codegen_runtime::model::required(slots.title, "title")?,
            attachment: Default::default(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for CreateNoteMultipartRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `#/paths/~1events/get/responses/200/content/application~1json/schema`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct ListEventsResponse {
    /// `events`
    pub events: Vec<Event>,
    /// `total`
    pub total: i64,
}

impl ListEventsResponse {
    /// A `ListEventsResponse` with its required fields; set the optional ones with the methods named after them.
    pub fn new(
        events: impl IntoIterator<Item = impl Into<Event>>,
        total: impl Into<i64>,
    ) -> Self {
        Self {
            events: events.into_iter().map(Into::into).collect(),
            total: total.into(),
        }
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for ListEventsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "events", &self.events)?;
        codegen_runtime::model::entry(&mut map, "total", &self.total)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`ListEventsResponse`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __ListEventsResponseSlots {
    events: Option<Vec<Event>>,
    total: Option<i64>,
}

impl codegen_runtime::model::Object for ListEventsResponse {
    const NAME: &'static str = "ListEventsResponse";
    type Slots = __ListEventsResponseSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "events" => codegen_runtime::model::set(map, &mut slots.events, "events"),
            "total" => codegen_runtime::model::set(map, &mut slots.total, "total"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            events: codegen_runtime::model::required(slots.events, "events")?,
            total: codegen_runtime::model::required(slots.total, "total")?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for ListEventsResponse {
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
