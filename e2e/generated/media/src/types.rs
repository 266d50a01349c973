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

impl codegen_runtime::model::Object for Event {
    const NAME: &'static str = "Event";
    type Slots = (Option<i64>,);

    fn field(key: &str) -> Option<usize> {
        match key {
            "id" => Some(0),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "id"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: codegen_runtime::model::required(slots.0, "id")?,
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

impl codegen_runtime::model::Object for Note {
    const NAME: &'static str = "Note";
    type Slots = (Option<String>, Option<Option<String>>);

    fn field(key: &str) -> Option<usize> {
        match key {
            "title" => Some(0),
            "body" => Some(1),
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
            1 => codegen_runtime::model::set(map, &mut slots.1, "body"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            title: codegen_runtime::model::required(slots.0, "title")?,
            body: slots.1.flatten(),
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

impl codegen_runtime::model::Object for Problem {
    const NAME: &'static str = "Problem";
    type Slots = (Option<String>,);

    fn field(key: &str) -> Option<usize> {
        match key {
            "message" => Some(0),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "message"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            message: codegen_runtime::model::required(slots.0, "message")?,
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

impl codegen_runtime::model::Object for Stored {
    const NAME: &'static str = "Stored";
    type Slots = (Option<String>, Option<i64>);

    fn field(key: &str) -> Option<usize> {
        match key {
            "name" => Some(0),
            "size" => Some(1),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "name"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "size"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            name: codegen_runtime::model::required(slots.0, "name")?,
            size: codegen_runtime::model::required(slots.1, "size")?,
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
impl codegen_runtime::model::Object for CreateNoteMultipartRequest {
    const NAME: &'static str = "CreateNoteMultipartRequest";
    type Slots = (Option<String>,);

    fn field(key: &str) -> Option<usize> {
        match key {
            "title" => Some(0),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "title"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            title: codegen_runtime::model::required(slots.0, "title")?,
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

impl codegen_runtime::model::Object for ListEventsResponse {
    const NAME: &'static str = "ListEventsResponse";
    type Slots = (Option<Vec<Event>>, Option<i64>);

    fn field(key: &str) -> Option<usize> {
        match key {
            "events" => Some(0),
            "total" => Some(1),
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
            0 => codegen_runtime::model::set(map, &mut slots.0, "events"),
            1 => codegen_runtime::model::set(map, &mut slots.1, "total"),
            _ => codegen_runtime::model::skip(map),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            events: codegen_runtime::model::required(slots.0, "events")?,
            total: codegen_runtime::model::required(slots.1, "total")?,
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
