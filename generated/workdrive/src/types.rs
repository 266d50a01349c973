// This file is generated from specs/workdrive.yaml by `cargo xtask generate`. Do not edit it by hand.

//! The API's data types.
/// Paging information of a list response.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Meta {
    /// Number of results per page.
    pub per_page: Option<i64>,
    /// Number of pages.
    pub total_pages: Option<i64>,
    /// Number of results in all pages.
    pub total_results: Option<i64>,
    /// The number of this page (from 1).
    pub cur_page: Option<i64>,
    /// The number of the next page; null (or absent) on the last page.
    pub next_page: Option<i64>,
}

impl Meta {
    /// Number of results per page.
    pub fn per_page(mut self, value: impl Into<i64>) -> Self {
        self.per_page = Some(value.into());
        self
    }

    /// Number of pages.
    pub fn total_pages(mut self, value: impl Into<i64>) -> Self {
        self.total_pages = Some(value.into());
        self
    }

    /// Number of results in all pages.
    pub fn total_results(mut self, value: impl Into<i64>) -> Self {
        self.total_results = Some(value.into());
        self
    }

    /// The number of this page (from 1).
    pub fn cur_page(mut self, value: impl Into<i64>) -> Self {
        self.cur_page = Some(value.into());
        self
    }

    /// The number of the next page; null (or absent) on the last page.
    pub fn next_page(mut self, value: impl Into<i64>) -> Self {
        self.next_page = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Meta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "perPage", &self.per_page)?;
        codegen_runtime::model::present(&mut map, "totalPages", &self.total_pages)?;
        codegen_runtime::model::present(&mut map, "totalResults", &self.total_results)?;
        codegen_runtime::model::present(&mut map, "curPage", &self.cur_page)?;
        codegen_runtime::model::present(&mut map, "nextPage", &self.next_page)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Meta`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __MetaSlots {
    per_page: Option<Option<i64>>,
    total_pages: Option<Option<i64>>,
    total_results: Option<Option<i64>>,
    cur_page: Option<Option<i64>>,
    next_page: Option<Option<i64>>,
}

impl codegen_runtime::model::Object for Meta {
    const NAME: &'static str = "Meta";
    type Slots = __MetaSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "perPage" => codegen_runtime::model::set(map, &mut slots.per_page, "perPage"),
            "totalPages" => {
                codegen_runtime::model::set(map, &mut slots.total_pages, "totalPages")
            }
            "totalResults" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.total_results,
                    "totalResults",
                )
            }
            "curPage" => codegen_runtime::model::set(map, &mut slots.cur_page, "curPage"),
            "nextPage" => {
                codegen_runtime::model::set(map, &mut slots.next_page, "nextPage")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            per_page: slots.per_page.flatten(),
            total_pages: slots.total_pages.flatten(),
            total_results: slots.total_results.flatten(),
            cur_page: slots.cur_page.flatten(),
            next_page: slots.next_page.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Meta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserSummary {
    /// User id.
    ///
    /// Set by the server.
    pub id: Option<String>,
    /// First name.
    pub first_name: Option<String>,
    /// Last name.
    pub last_name: Option<String>,
    /// Profile picture. Any JSON; the documentation shows only `{}`.
    pub picture: Option<codegen_runtime::serde_json::Value>,
    /// Cover picture. Any JSON; the documentation shows only `{}`.
    pub cover: Option<codegen_runtime::serde_json::Value>,
    /// Colour of the user (avatar).
    pub color: Option<String>,
    /// Whether the user is online.
    pub online: Option<bool>,
    /// Availability code.
    pub availability: Option<i64>,
    /// Job title. Any JSON; the documentation shows only `{}`.
    pub designation: Option<codegen_runtime::serde_json::Value>,
    /// Department. Any JSON; the documentation shows only `{}`.
    pub department: Option<codegen_runtime::serde_json::Value>,
    /// Department details. Any JSON; the documentation shows only `{}`.
    pub department_data: Option<codegen_runtime::serde_json::Value>,
    /// Location id. Any JSON; the documentation shows only `{}`.
    pub location_id: Option<codegen_runtime::serde_json::Value>,
    /// Availability status text.
    pub availability_status_text: Option<String>,
    /// Phone number.
    pub phone: Option<String>,
    /// Email address.
    ///
    /// Constraints: format `email`.
    pub email: Option<String>,
    /// Status of the user (every example shows an email address here).
    pub status: Option<String>,
    /// Id of the user in an external system.
    pub external_user_id: Option<String>,
}

impl UserSummary {
    /// User id.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// First name.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }

    /// Last name.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }

    /// Profile picture. Any JSON; the documentation shows only `{}`.
    pub fn picture(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.picture = Some(value.into());
        self
    }

    /// Cover picture. Any JSON; the documentation shows only `{}`.
    pub fn cover(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.cover = Some(value.into());
        self
    }

    /// Colour of the user (avatar).
    pub fn color(mut self, value: impl Into<String>) -> Self {
        self.color = Some(value.into());
        self
    }

    /// Whether the user is online.
    pub fn online(mut self, value: impl Into<bool>) -> Self {
        self.online = Some(value.into());
        self
    }

    /// Availability code.
    pub fn availability(mut self, value: impl Into<i64>) -> Self {
        self.availability = Some(value.into());
        self
    }

    /// Job title. Any JSON; the documentation shows only `{}`.
    pub fn designation(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.designation = Some(value.into());
        self
    }

    /// Department. Any JSON; the documentation shows only `{}`.
    pub fn department(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.department = Some(value.into());
        self
    }

    /// Department details. Any JSON; the documentation shows only `{}`.
    pub fn department_data(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.department_data = Some(value.into());
        self
    }

    /// Location id. Any JSON; the documentation shows only `{}`.
    pub fn location_id(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.location_id = Some(value.into());
        self
    }

    /// Availability status text.
    pub fn availability_status_text(mut self, value: impl Into<String>) -> Self {
        self.availability_status_text = Some(value.into());
        self
    }

    /// Phone number.
    pub fn phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }

    /// Email address.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }

    /// Status of the user (every example shows an email address here).
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Id of the user in an external system.
    pub fn external_user_id(mut self, value: impl Into<String>) -> Self {
        self.external_user_id = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for UserSummary {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "firstName", &self.first_name)?;
        codegen_runtime::model::present(&mut map, "lastName", &self.last_name)?;
        codegen_runtime::model::present(&mut map, "picture", &self.picture)?;
        codegen_runtime::model::present(&mut map, "cover", &self.cover)?;
        codegen_runtime::model::present(&mut map, "color", &self.color)?;
        codegen_runtime::model::present(&mut map, "online", &self.online)?;
        codegen_runtime::model::present(&mut map, "availability", &self.availability)?;
        codegen_runtime::model::present(&mut map, "designation", &self.designation)?;
        codegen_runtime::model::present(&mut map, "department", &self.department)?;
        codegen_runtime::model::present(
            &mut map,
            "departmentData",
            &self.department_data,
        )?;
        codegen_runtime::model::present(&mut map, "locationId", &self.location_id)?;
        codegen_runtime::model::present(
            &mut map,
            "availabilityStatusText",
            &self.availability_status_text,
        )?;
        codegen_runtime::model::present(&mut map, "phone", &self.phone)?;
        codegen_runtime::model::present(&mut map, "email", &self.email)?;
        codegen_runtime::model::present(&mut map, "status", &self.status)?;
        codegen_runtime::model::present(
            &mut map,
            "externalUserId",
            &self.external_user_id,
        )?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`UserSummary`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __UserSummarySlots {
    id: Option<Option<String>>,
    first_name: Option<Option<String>>,
    last_name: Option<Option<String>>,
    picture: Option<Option<codegen_runtime::serde_json::Value>>,
    cover: Option<Option<codegen_runtime::serde_json::Value>>,
    color: Option<Option<String>>,
    online: Option<Option<bool>>,
    availability: Option<Option<i64>>,
    designation: Option<Option<codegen_runtime::serde_json::Value>>,
    department: Option<Option<codegen_runtime::serde_json::Value>>,
    department_data: Option<Option<codegen_runtime::serde_json::Value>>,
    location_id: Option<Option<codegen_runtime::serde_json::Value>>,
    availability_status_text: Option<Option<String>>,
    phone: Option<Option<String>>,
    email: Option<Option<String>>,
    status: Option<Option<String>>,
    external_user_id: Option<Option<String>>,
}

impl codegen_runtime::model::Object for UserSummary {
    const NAME: &'static str = "UserSummary";
    type Slots = __UserSummarySlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "firstName" => {
                codegen_runtime::model::set(map, &mut slots.first_name, "firstName")
            }
            "lastName" => {
                codegen_runtime::model::set(map, &mut slots.last_name, "lastName")
            }
            "picture" => codegen_runtime::model::set(map, &mut slots.picture, "picture"),
            "cover" => codegen_runtime::model::set(map, &mut slots.cover, "cover"),
            "color" => codegen_runtime::model::set(map, &mut slots.color, "color"),
            "online" => codegen_runtime::model::set(map, &mut slots.online, "online"),
            "availability" => {
                codegen_runtime::model::set(map, &mut slots.availability, "availability")
            }
            "designation" => {
                codegen_runtime::model::set(map, &mut slots.designation, "designation")
            }
            "department" => {
                codegen_runtime::model::set(map, &mut slots.department, "department")
            }
            "departmentData" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.department_data,
                    "departmentData",
                )
            }
            "locationId" => {
                codegen_runtime::model::set(map, &mut slots.location_id, "locationId")
            }
            "availabilityStatusText" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.availability_status_text,
                    "availabilityStatusText",
                )
            }
            "phone" => codegen_runtime::model::set(map, &mut slots.phone, "phone"),
            "email" => codegen_runtime::model::set(map, &mut slots.email, "email"),
            "status" => codegen_runtime::model::set(map, &mut slots.status, "status"),
            "externalUserId" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.external_user_id,
                    "externalUserId",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            first_name: slots.first_name.flatten(),
            last_name: slots.last_name.flatten(),
            picture: slots.picture.flatten(),
            cover: slots.cover.flatten(),
            color: slots.color.flatten(),
            online: slots.online.flatten(),
            availability: slots.availability.flatten(),
            designation: slots.designation.flatten(),
            department: slots.department.flatten(),
            department_data: slots.department_data.flatten(),
            location_id: slots.location_id.flatten(),
            availability_status_text: slots.availability_status_text.flatten(),
            phone: slots.phone.flatten(),
            email: slots.email.flatten(),
            status: slots.status.flatten(),
            external_user_id: slots.external_user_id.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for UserSummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// An invited user of an event with the answer to the invitation.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct RsvpUser {
    /// User id.
    ///
    /// Set by the server.
    pub id: Option<String>,
    /// First name.
    pub first_name: Option<String>,
    /// Last name.
    pub last_name: Option<String>,
    /// Profile picture. Any JSON; the documentation shows only `{}`.
    pub picture: Option<codegen_runtime::serde_json::Value>,
    /// Cover picture. Any JSON; the documentation shows only `{}`.
    pub cover: Option<codegen_runtime::serde_json::Value>,
    /// Colour of the user (avatar).
    pub color: Option<String>,
    /// Whether the user is online.
    pub online: Option<bool>,
    /// Availability code.
    pub availability: Option<i64>,
    /// Job title. Any JSON; the documentation shows only `{}`.
    pub designation: Option<codegen_runtime::serde_json::Value>,
    /// Department. Any JSON; the documentation shows only `{}`.
    pub department: Option<codegen_runtime::serde_json::Value>,
    /// Department details. Any JSON; the documentation shows only `{}`.
    pub department_data: Option<codegen_runtime::serde_json::Value>,
    /// Location id. Any JSON; the documentation shows only `{}`.
    pub location_id: Option<codegen_runtime::serde_json::Value>,
    /// Availability status text.
    pub availability_status_text: Option<String>,
    /// Phone number.
    pub phone: Option<String>,
    /// Email address.
    ///
    /// Constraints: format `email`.
    pub email: Option<String>,
    /// Status of the user (every example shows an email address here).
    pub status: Option<String>,
    /// Id of the user in an external system.
    pub external_user_id: Option<String>,
    /// When the user was invited.
    ///
    /// Constraints: format `date-time`.
    pub invited: Option<codegen_runtime::formats::DateTime>,
    /// The answer of the user.
    pub rsvp: Option<String>,
}

impl RsvpUser {
    /// User id.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// First name.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }

    /// Last name.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }

    /// Profile picture. Any JSON; the documentation shows only `{}`.
    pub fn picture(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.picture = Some(value.into());
        self
    }

    /// Cover picture. Any JSON; the documentation shows only `{}`.
    pub fn cover(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.cover = Some(value.into());
        self
    }

    /// Colour of the user (avatar).
    pub fn color(mut self, value: impl Into<String>) -> Self {
        self.color = Some(value.into());
        self
    }

    /// Whether the user is online.
    pub fn online(mut self, value: impl Into<bool>) -> Self {
        self.online = Some(value.into());
        self
    }

    /// Availability code.
    pub fn availability(mut self, value: impl Into<i64>) -> Self {
        self.availability = Some(value.into());
        self
    }

    /// Job title. Any JSON; the documentation shows only `{}`.
    pub fn designation(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.designation = Some(value.into());
        self
    }

    /// Department. Any JSON; the documentation shows only `{}`.
    pub fn department(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.department = Some(value.into());
        self
    }

    /// Department details. Any JSON; the documentation shows only `{}`.
    pub fn department_data(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.department_data = Some(value.into());
        self
    }

    /// Location id. Any JSON; the documentation shows only `{}`.
    pub fn location_id(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.location_id = Some(value.into());
        self
    }

    /// Availability status text.
    pub fn availability_status_text(mut self, value: impl Into<String>) -> Self {
        self.availability_status_text = Some(value.into());
        self
    }

    /// Phone number.
    pub fn phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }

    /// Email address.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }

    /// Status of the user (every example shows an email address here).
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Id of the user in an external system.
    pub fn external_user_id(mut self, value: impl Into<String>) -> Self {
        self.external_user_id = Some(value.into());
        self
    }

    /// When the user was invited.
    pub fn invited(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.invited = Some(value.into());
        self
    }

    /// The answer of the user.
    pub fn rsvp(mut self, value: impl Into<String>) -> Self {
        self.rsvp = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for RsvpUser {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "firstName", &self.first_name)?;
        codegen_runtime::model::present(&mut map, "lastName", &self.last_name)?;
        codegen_runtime::model::present(&mut map, "picture", &self.picture)?;
        codegen_runtime::model::present(&mut map, "cover", &self.cover)?;
        codegen_runtime::model::present(&mut map, "color", &self.color)?;
        codegen_runtime::model::present(&mut map, "online", &self.online)?;
        codegen_runtime::model::present(&mut map, "availability", &self.availability)?;
        codegen_runtime::model::present(&mut map, "designation", &self.designation)?;
        codegen_runtime::model::present(&mut map, "department", &self.department)?;
        codegen_runtime::model::present(
            &mut map,
            "departmentData",
            &self.department_data,
        )?;
        codegen_runtime::model::present(&mut map, "locationId", &self.location_id)?;
        codegen_runtime::model::present(
            &mut map,
            "availabilityStatusText",
            &self.availability_status_text,
        )?;
        codegen_runtime::model::present(&mut map, "phone", &self.phone)?;
        codegen_runtime::model::present(&mut map, "email", &self.email)?;
        codegen_runtime::model::present(&mut map, "status", &self.status)?;
        codegen_runtime::model::present(
            &mut map,
            "externalUserId",
            &self.external_user_id,
        )?;
        codegen_runtime::model::present(&mut map, "invited", &self.invited)?;
        codegen_runtime::model::present(&mut map, "rsvp", &self.rsvp)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`RsvpUser`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __RsvpUserSlots {
    id: Option<Option<String>>,
    first_name: Option<Option<String>>,
    last_name: Option<Option<String>>,
    picture: Option<Option<codegen_runtime::serde_json::Value>>,
    cover: Option<Option<codegen_runtime::serde_json::Value>>,
    color: Option<Option<String>>,
    online: Option<Option<bool>>,
    availability: Option<Option<i64>>,
    designation: Option<Option<codegen_runtime::serde_json::Value>>,
    department: Option<Option<codegen_runtime::serde_json::Value>>,
    department_data: Option<Option<codegen_runtime::serde_json::Value>>,
    location_id: Option<Option<codegen_runtime::serde_json::Value>>,
    availability_status_text: Option<Option<String>>,
    phone: Option<Option<String>>,
    email: Option<Option<String>>,
    status: Option<Option<String>>,
    external_user_id: Option<Option<String>>,
    invited: Option<Option<codegen_runtime::formats::DateTime>>,
    rsvp: Option<Option<String>>,
}

impl codegen_runtime::model::Object for RsvpUser {
    const NAME: &'static str = "RsvpUser";
    type Slots = __RsvpUserSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "firstName" => {
                codegen_runtime::model::set(map, &mut slots.first_name, "firstName")
            }
            "lastName" => {
                codegen_runtime::model::set(map, &mut slots.last_name, "lastName")
            }
            "picture" => codegen_runtime::model::set(map, &mut slots.picture, "picture"),
            "cover" => codegen_runtime::model::set(map, &mut slots.cover, "cover"),
            "color" => codegen_runtime::model::set(map, &mut slots.color, "color"),
            "online" => codegen_runtime::model::set(map, &mut slots.online, "online"),
            "availability" => {
                codegen_runtime::model::set(map, &mut slots.availability, "availability")
            }
            "designation" => {
                codegen_runtime::model::set(map, &mut slots.designation, "designation")
            }
            "department" => {
                codegen_runtime::model::set(map, &mut slots.department, "department")
            }
            "departmentData" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.department_data,
                    "departmentData",
                )
            }
            "locationId" => {
                codegen_runtime::model::set(map, &mut slots.location_id, "locationId")
            }
            "availabilityStatusText" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.availability_status_text,
                    "availabilityStatusText",
                )
            }
            "phone" => codegen_runtime::model::set(map, &mut slots.phone, "phone"),
            "email" => codegen_runtime::model::set(map, &mut slots.email, "email"),
            "status" => codegen_runtime::model::set(map, &mut slots.status, "status"),
            "externalUserId" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.external_user_id,
                    "externalUserId",
                )
            }
            "invited" => codegen_runtime::model::set(map, &mut slots.invited, "invited"),
            "rsvp" => codegen_runtime::model::set(map, &mut slots.rsvp, "rsvp"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            first_name: slots.first_name.flatten(),
            last_name: slots.last_name.flatten(),
            picture: slots.picture.flatten(),
            cover: slots.cover.flatten(),
            color: slots.color.flatten(),
            online: slots.online.flatten(),
            availability: slots.availability.flatten(),
            designation: slots.designation.flatten(),
            department: slots.department.flatten(),
            department_data: slots.department_data.flatten(),
            location_id: slots.location_id.flatten(),
            availability_status_text: slots.availability_status_text.flatten(),
            phone: slots.phone.flatten(),
            email: slots.email.flatten(),
            status: slots.status.flatten(),
            external_user_id: slots.external_user_id.flatten(),
            invited: slots.invited.flatten(),
            rsvp: slots.rsvp.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for RsvpUser {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// An uploaded file (see `GET /api/media`).
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Media {
    /// Media (file) id.
    ///
    /// Set by the server.
    pub id: Option<String>,
    /// MIME type.
    pub mime: Option<String>,
    /// Storage path.
    pub path: Option<String>,
    /// File name.
    pub name: Option<String>,
    /// Processing state. Any JSON; the documentation shows only `{}`.
    pub processing: Option<codegen_runtime::serde_json::Value>,
    /// File metadata. Any JSON; the documentation shows only `{}`.
    pub metadata: Option<codegen_runtime::serde_json::Value>,
    /// Size in bytes.
    ///
    /// Constraints: format `int64`.
    pub size: Option<i64>,
    /// URL of the file.
    pub url: Option<String>,
    /// CDN URL of the file.
    pub cdn: Option<String>,
    /// Storage bucket.
    pub bucket: Option<String>,
    /// MP4 renditions (videos).
    pub mp4_urls: Option<Vec<String>>,
    /// HLS stream URL (videos).
    pub hls_url: Option<String>,
    /// DASH stream URL (videos).
    pub dash_url: Option<String>,
    /// Thumbnail URL.
    pub thumbnail: Option<String>,
    /// Whether the file is an image.
    pub is_image: Option<bool>,
    /// Whether the file is a video.
    pub is_video: Option<bool>,
    /// Whether the file is a document.
    pub is_doc: Option<bool>,
    /// When the file was uploaded.
    ///
    /// Constraints: format `date-time`.
    ///
    /// Set by the server.
    pub created_at: Option<codegen_runtime::formats::DateTime>,
    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    pub owner: Option<UserSummary>,
}

impl Media {
    /// Media (file) id.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// MIME type.
    pub fn mime(mut self, value: impl Into<String>) -> Self {
        self.mime = Some(value.into());
        self
    }

    /// Storage path.
    pub fn path(mut self, value: impl Into<String>) -> Self {
        self.path = Some(value.into());
        self
    }

    /// File name.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Processing state. Any JSON; the documentation shows only `{}`.
    pub fn processing(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.processing = Some(value.into());
        self
    }

    /// File metadata. Any JSON; the documentation shows only `{}`.
    pub fn metadata(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.metadata = Some(value.into());
        self
    }

    /// Size in bytes.
    pub fn size(mut self, value: impl Into<i64>) -> Self {
        self.size = Some(value.into());
        self
    }

    /// URL of the file.
    pub fn url(mut self, value: impl Into<String>) -> Self {
        self.url = Some(value.into());
        self
    }

    /// CDN URL of the file.
    pub fn cdn(mut self, value: impl Into<String>) -> Self {
        self.cdn = Some(value.into());
        self
    }

    /// Storage bucket.
    pub fn bucket(mut self, value: impl Into<String>) -> Self {
        self.bucket = Some(value.into());
        self
    }

    /// MP4 renditions (videos).
    pub fn mp4_urls(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.mp4_urls = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// HLS stream URL (videos).
    pub fn hls_url(mut self, value: impl Into<String>) -> Self {
        self.hls_url = Some(value.into());
        self
    }

    /// DASH stream URL (videos).
    pub fn dash_url(mut self, value: impl Into<String>) -> Self {
        self.dash_url = Some(value.into());
        self
    }

    /// Thumbnail URL.
    pub fn thumbnail(mut self, value: impl Into<String>) -> Self {
        self.thumbnail = Some(value.into());
        self
    }

    /// Whether the file is an image.
    pub fn is_image(mut self, value: impl Into<bool>) -> Self {
        self.is_image = Some(value.into());
        self
    }

    /// Whether the file is a video.
    pub fn is_video(mut self, value: impl Into<bool>) -> Self {
        self.is_video = Some(value.into());
        self
    }

    /// Whether the file is a document.
    pub fn is_doc(mut self, value: impl Into<bool>) -> Self {
        self.is_doc = Some(value.into());
        self
    }

    /// When the file was uploaded.
    pub fn created_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.created_at = Some(value.into());
        self
    }

    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    pub fn owner(mut self, value: impl Into<UserSummary>) -> Self {
        self.owner = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Media {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "mime", &self.mime)?;
        codegen_runtime::model::present(&mut map, "path", &self.path)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "processing", &self.processing)?;
        codegen_runtime::model::present(&mut map, "metadata", &self.metadata)?;
        codegen_runtime::model::present(&mut map, "size", &self.size)?;
        codegen_runtime::model::present(&mut map, "url", &self.url)?;
        codegen_runtime::model::present(&mut map, "cdn", &self.cdn)?;
        codegen_runtime::model::present(&mut map, "bucket", &self.bucket)?;
        codegen_runtime::model::present(&mut map, "mp4Urls", &self.mp4_urls)?;
        codegen_runtime::model::present(&mut map, "hlsUrl", &self.hls_url)?;
        codegen_runtime::model::present(&mut map, "dashUrl", &self.dash_url)?;
        codegen_runtime::model::present(&mut map, "thumbnail", &self.thumbnail)?;
        codegen_runtime::model::present(&mut map, "isImage", &self.is_image)?;
        codegen_runtime::model::present(&mut map, "isVideo", &self.is_video)?;
        codegen_runtime::model::present(&mut map, "isDoc", &self.is_doc)?;
        codegen_runtime::model::present(&mut map, "createdAt", &self.created_at)?;
        codegen_runtime::model::present(&mut map, "owner", &self.owner)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Media`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __MediaSlots {
    id: Option<Option<String>>,
    mime: Option<Option<String>>,
    path: Option<Option<String>>,
    name: Option<Option<String>>,
    processing: Option<Option<codegen_runtime::serde_json::Value>>,
    metadata: Option<Option<codegen_runtime::serde_json::Value>>,
    size: Option<Option<i64>>,
    url: Option<Option<String>>,
    cdn: Option<Option<String>>,
    bucket: Option<Option<String>>,
    mp4_urls: Option<Option<Vec<String>>>,
    hls_url: Option<Option<String>>,
    dash_url: Option<Option<String>>,
    thumbnail: Option<Option<String>>,
    is_image: Option<Option<bool>>,
    is_video: Option<Option<bool>>,
    is_doc: Option<Option<bool>>,
    created_at: Option<Option<codegen_runtime::formats::DateTime>>,
    owner: Option<Option<UserSummary>>,
}

impl codegen_runtime::model::Object for Media {
    const NAME: &'static str = "Media";
    type Slots = __MediaSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "mime" => codegen_runtime::model::set(map, &mut slots.mime, "mime"),
            "path" => codegen_runtime::model::set(map, &mut slots.path, "path"),
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "processing" => {
                codegen_runtime::model::set(map, &mut slots.processing, "processing")
            }
            "metadata" => {
                codegen_runtime::model::set(map, &mut slots.metadata, "metadata")
            }
            "size" => codegen_runtime::model::set(map, &mut slots.size, "size"),
            "url" => codegen_runtime::model::set(map, &mut slots.url, "url"),
            "cdn" => codegen_runtime::model::set(map, &mut slots.cdn, "cdn"),
            "bucket" => codegen_runtime::model::set(map, &mut slots.bucket, "bucket"),
            "mp4Urls" => codegen_runtime::model::set(map, &mut slots.mp4_urls, "mp4Urls"),
            "hlsUrl" => codegen_runtime::model::set(map, &mut slots.hls_url, "hlsUrl"),
            "dashUrl" => codegen_runtime::model::set(map, &mut slots.dash_url, "dashUrl"),
            "thumbnail" => {
                codegen_runtime::model::set(map, &mut slots.thumbnail, "thumbnail")
            }
            "isImage" => codegen_runtime::model::set(map, &mut slots.is_image, "isImage"),
            "isVideo" => codegen_runtime::model::set(map, &mut slots.is_video, "isVideo"),
            "isDoc" => codegen_runtime::model::set(map, &mut slots.is_doc, "isDoc"),
            "createdAt" => {
                codegen_runtime::model::set(map, &mut slots.created_at, "createdAt")
            }
            "owner" => codegen_runtime::model::set(map, &mut slots.owner, "owner"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            mime: slots.mime.flatten(),
            path: slots.path.flatten(),
            name: slots.name.flatten(),
            processing: slots.processing.flatten(),
            metadata: slots.metadata.flatten(),
            size: slots.size.flatten(),
            url: slots.url.flatten(),
            cdn: slots.cdn.flatten(),
            bucket: slots.bucket.flatten(),
            mp4_urls: slots.mp4_urls.flatten(),
            hls_url: slots.hls_url.flatten(),
            dash_url: slots.dash_url.flatten(),
            thumbnail: slots.thumbnail.flatten(),
            is_image: slots.is_image.flatten(),
            is_video: slots.is_video.flatten(),
            is_doc: slots.is_doc.flatten(),
            created_at: slots.created_at.flatten(),
            owner: slots.owner.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Media {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Preview of a link found in a text.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct LinkPreview {
    /// Title of the linked page.
    pub title: Option<String>,
    /// Description of the linked page.
    pub description: Option<String>,
    /// Image of the linked page.
    pub image: Option<String>,
    /// The link.
    pub link: Option<String>,
}

impl LinkPreview {
    /// Title of the linked page.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Description of the linked page.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Image of the linked page.
    pub fn image(mut self, value: impl Into<String>) -> Self {
        self.image = Some(value.into());
        self
    }

    /// The link.
    pub fn link(mut self, value: impl Into<String>) -> Self {
        self.link = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for LinkPreview {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "title", &self.title)?;
        codegen_runtime::model::present(&mut map, "description", &self.description)?;
        codegen_runtime::model::present(&mut map, "image", &self.image)?;
        codegen_runtime::model::present(&mut map, "link", &self.link)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`LinkPreview`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __LinkPreviewSlots {
    title: Option<Option<String>>,
    description: Option<Option<String>>,
    image: Option<Option<String>>,
    link: Option<Option<String>>,
}

impl codegen_runtime::model::Object for LinkPreview {
    const NAME: &'static str = "LinkPreview";
    type Slots = __LinkPreviewSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "title" => codegen_runtime::model::set(map, &mut slots.title, "title"),
            "description" => {
                codegen_runtime::model::set(map, &mut slots.description, "description")
            }
            "image" => codegen_runtime::model::set(map, &mut slots.image, "image"),
            "link" => codegen_runtime::model::set(map, &mut slots.link, "link"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            title: slots.title.flatten(),
            description: slots.description.flatten(),
            image: slots.image.flatten(),
            link: slots.link.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for LinkPreview {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Who can see an item (an object).
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Permissions {
    /// Ids of the users who may see the item; if given, only they see it.
    ///
    /// Constraints: each item: format `uuid`.
    pub users: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Ids of the groups who may see the item.
    ///
    /// Constraints: each item: format `uuid`.
    pub groups: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Ids of the locations whose users may see the item.
    ///
    /// Constraints: each item: format `uuid`.
    pub locations: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Ids of tagged users.
    ///
    /// Constraints: each item: format `uuid`.
    pub tagged_users: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Visible to everybody.
    pub public: Option<bool>,
    /// Visible to friends.
    pub friends: Option<bool>,
    /// Visible to the author only.
    pub only_me: Option<bool>,
    /// Visible to the team.
    pub team: Option<bool>,
}

impl Permissions {
    /// Ids of the users who may see the item; if given, only they see it.
    pub fn users(
        mut self,
        value: impl IntoIterator<Item = impl Into<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.users = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Ids of the groups who may see the item.
    pub fn groups(
        mut self,
        value: impl IntoIterator<Item = impl Into<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.groups = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Ids of the locations whose users may see the item.
    pub fn locations(
        mut self,
        value: impl IntoIterator<Item = impl Into<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.locations = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Ids of tagged users.
    pub fn tagged_users(
        mut self,
        value: impl IntoIterator<Item = impl Into<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.tagged_users = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Visible to everybody.
    pub fn public(mut self, value: impl Into<bool>) -> Self {
        self.public = Some(value.into());
        self
    }

    /// Visible to friends.
    pub fn friends(mut self, value: impl Into<bool>) -> Self {
        self.friends = Some(value.into());
        self
    }

    /// Visible to the author only.
    pub fn only_me(mut self, value: impl Into<bool>) -> Self {
        self.only_me = Some(value.into());
        self
    }

    /// Visible to the team.
    pub fn team(mut self, value: impl Into<bool>) -> Self {
        self.team = Some(value.into());
        self
    }
}

impl serde::Serialize for Permissions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "users", &self.users)?;
        codegen_runtime::model::present(&mut map, "groups", &self.groups)?;
        codegen_runtime::model::present(&mut map, "locations", &self.locations)?;
        codegen_runtime::model::present(&mut map, "taggedUsers", &self.tagged_users)?;
        codegen_runtime::model::present(&mut map, "public", &self.public)?;
        codegen_runtime::model::present(&mut map, "friends", &self.friends)?;
        codegen_runtime::model::present(&mut map, "onlyMe", &self.only_me)?;
        codegen_runtime::model::present(&mut map, "team", &self.team)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Permissions`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __PermissionsSlots {
    users: Option<Option<Vec<codegen_runtime::formats::Uuid>>>,
    groups: Option<Option<Vec<codegen_runtime::formats::Uuid>>>,
    locations: Option<Option<Vec<codegen_runtime::formats::Uuid>>>,
    tagged_users: Option<Option<Vec<codegen_runtime::formats::Uuid>>>,
    public: Option<Option<bool>>,
    friends: Option<Option<bool>>,
    only_me: Option<Option<bool>>,
    team: Option<Option<bool>>,
}

impl codegen_runtime::model::Object for Permissions {
    const NAME: &'static str = "Permissions";
    type Slots = __PermissionsSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "users" => codegen_runtime::model::set(map, &mut slots.users, "users"),
            "groups" => codegen_runtime::model::set(map, &mut slots.groups, "groups"),
            "locations" => {
                codegen_runtime::model::set(map, &mut slots.locations, "locations")
            }
            "taggedUsers" => {
                codegen_runtime::model::set(map, &mut slots.tagged_users, "taggedUsers")
            }
            "public" => codegen_runtime::model::set(map, &mut slots.public, "public"),
            "friends" => codegen_runtime::model::set(map, &mut slots.friends, "friends"),
            "onlyMe" => codegen_runtime::model::set(map, &mut slots.only_me, "onlyMe"),
            "team" => codegen_runtime::model::set(map, &mut slots.team, "team"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            users: slots.users.flatten(),
            groups: slots.groups.flatten(),
            locations: slots.locations.flatten(),
            tagged_users: slots.tagged_users.flatten(),
            public: slots.public.flatten(),
            friends: slots.friends.flatten(),
            only_me: slots.only_me.flatten(),
            team: slots.team.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Permissions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A place attached to a post or news item.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct PlaceRef {
    /// The address as text.
    pub text_address: Option<String>,
    /// Coordinates of the place; listed without a type in the documentation.
    pub coordinates: Option<Option<codegen_runtime::serde_json::Value>>,
}

impl PlaceRef {
    /// The address as text.
    pub fn text_address(mut self, value: impl Into<String>) -> Self {
        self.text_address = Some(value.into());
        self
    }

    /// Coordinates of the place; listed without a type in the documentation.
    ///
    /// `coordinates_null()` sends `null`; unset, it is left out.
    pub fn coordinates(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.coordinates = Some(Some(value.into()));
        self
    }

    /// Sends `coordinates` as `null` (unset, it is left out).
    pub fn coordinates_null(mut self) -> Self {
        self.coordinates = Some(None);
        self
    }
}

impl serde::Serialize for PlaceRef {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "textAddress", &self.text_address)?;
        codegen_runtime::model::present(&mut map, "coordinates", &self.coordinates)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`PlaceRef`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __PlaceRefSlots {
    text_address: Option<Option<String>>,
    coordinates: Option<Option<codegen_runtime::serde_json::Value>>,
}

impl codegen_runtime::model::Object for PlaceRef {
    const NAME: &'static str = "PlaceRef";
    type Slots = __PlaceRefSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "textAddress" => {
                codegen_runtime::model::set(map, &mut slots.text_address, "textAddress")
            }
            "coordinates" => {
                codegen_runtime::model::set(map, &mut slots.coordinates, "coordinates")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            text_address: slots.text_address.flatten(),
            coordinates: slots.coordinates,
        })
    }
}

impl<'de> serde::Deserialize<'de> for PlaceRef {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// An external link of an event.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct ExternalLink {
    /// Title of the link.
    pub title: Option<String>,
    /// The URL.
    pub url: Option<String>,
}

impl ExternalLink {
    /// Title of the link.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// The URL.
    pub fn url(mut self, value: impl Into<String>) -> Self {
        self.url = Some(value.into());
        self
    }
}

impl serde::Serialize for ExternalLink {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "title", &self.title)?;
        codegen_runtime::model::present(&mut map, "url", &self.url)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`ExternalLink`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __ExternalLinkSlots {
    title: Option<Option<String>>,
    url: Option<Option<String>>,
}

impl codegen_runtime::model::Object for ExternalLink {
    const NAME: &'static str = "ExternalLink";
    type Slots = __ExternalLinkSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "title" => codegen_runtime::model::set(map, &mut slots.title, "title"),
            "url" => codegen_runtime::model::set(map, &mut slots.url, "url"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            title: slots.title.flatten(),
            url: slots.url.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for ExternalLink {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Visibility of the user.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DefaultVisibility {
    /// `public` on the wire.
    Public,
    /// `restricted` on the wire.
    Restricted,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    Unknown(codegen_runtime::UnknownValue),
}

impl DefaultVisibility {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Public => "public",
            Self::Restricted => "restricted",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for DefaultVisibility {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for DefaultVisibility {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for DefaultVisibility {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(
                deserializer,
                &["public", "restricted"],
            )? {
                Ok(0) => Self::Public,
                Ok(_) => Self::Restricted,
                Err(value) => Self::Unknown(value),
            },
        )
    }
}

/// A new user. No field is marked required. Without `securityGroup`, `designation` and `defaultVisibility` the on-boarding email goes to the user's supervisor, otherwise to the user.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserCreate {
    /// Email of the user.
    pub email: Option<String>,
    /// Phone number of the user.
    pub phone: Option<String>,
    /// First name of the user.
    pub first_name: Option<String>,
    /// Last name of the user.
    pub last_name: Option<String>,
    /// Job title of the user.
    pub designation: Option<String>,
    /// Whether the user is a head of department.
    pub is_department_head: Option<bool>,
    /// Id of the department the user belongs to (see `list_departments`).
    ///
    /// Constraints: format `uuid`.
    pub department: Option<codegen_runtime::formats::Uuid>,
    /// Id of the location of the user (see `list_locations`).
    pub location: Option<String>,
    /// Id of the security group assigned to the user (see `list_security_groups`).
    pub security_group: Option<String>,
    /// Id of the user's supervisor (see `list_users`). Without it the admins of the given location or department become the supervisors.
    pub reports_to: Option<String>,
    /// Skills of the user.
    pub skill: Option<Vec<String>>,
    /// Visibility of the user.
    pub default_visibility: Option<DefaultVisibility>,
    /// Ids of team supervisors: the user joins their teams (see `list_team_supervisors`).
    pub add_additional_teams: Option<Vec<String>>,
    /// Ids of locations whose location admins become the user's supervisors.
    pub add_additional_locations: Option<Vec<String>>,
}

impl UserCreate {
    /// Email of the user.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }

    /// Phone number of the user.
    pub fn phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }

    /// First name of the user.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }

    /// Last name of the user.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }

    /// Job title of the user.
    pub fn designation(mut self, value: impl Into<String>) -> Self {
        self.designation = Some(value.into());
        self
    }

    /// Whether the user is a head of department.
    pub fn is_department_head(mut self, value: impl Into<bool>) -> Self {
        self.is_department_head = Some(value.into());
        self
    }

    /// Id of the department the user belongs to (see `list_departments`).
    pub fn department(
        mut self,
        value: impl Into<codegen_runtime::formats::Uuid>,
    ) -> Self {
        self.department = Some(value.into());
        self
    }

    /// Id of the location of the user (see `list_locations`).
    pub fn location(mut self, value: impl Into<String>) -> Self {
        self.location = Some(value.into());
        self
    }

    /// Id of the security group assigned to the user (see `list_security_groups`).
    pub fn security_group(mut self, value: impl Into<String>) -> Self {
        self.security_group = Some(value.into());
        self
    }

    /// Id of the user's supervisor (see `list_users`). Without it the admins of the given location or department become the supervisors.
    pub fn reports_to(mut self, value: impl Into<String>) -> Self {
        self.reports_to = Some(value.into());
        self
    }

    /// Skills of the user.
    pub fn skill(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.skill = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Visibility of the user.
    pub fn default_visibility(mut self, value: impl Into<DefaultVisibility>) -> Self {
        self.default_visibility = Some(value.into());
        self
    }

    /// Ids of team supervisors: the user joins their teams (see `list_team_supervisors`).
    pub fn add_additional_teams(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.add_additional_teams = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Ids of locations whose location admins become the user's supervisors.
    pub fn add_additional_locations(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.add_additional_locations = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }
}

impl serde::Serialize for UserCreate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "email", &self.email)?;
        codegen_runtime::model::present(&mut map, "phone", &self.phone)?;
        codegen_runtime::model::present(&mut map, "firstName", &self.first_name)?;
        codegen_runtime::model::present(&mut map, "lastName", &self.last_name)?;
        codegen_runtime::model::present(&mut map, "designation", &self.designation)?;
        codegen_runtime::model::present(
            &mut map,
            "isDepartmentHead",
            &self.is_department_head,
        )?;
        codegen_runtime::model::present(&mut map, "department", &self.department)?;
        codegen_runtime::model::present(&mut map, "location", &self.location)?;
        codegen_runtime::model::present(
            &mut map,
            "securityGroup",
            &self.security_group,
        )?;
        codegen_runtime::model::present(&mut map, "reportsTo", &self.reports_to)?;
        codegen_runtime::model::present(&mut map, "skill", &self.skill)?;
        codegen_runtime::model::present(
            &mut map,
            "defaultVisibility",
            &self.default_visibility,
        )?;
        codegen_runtime::model::present(
            &mut map,
            "addAdditionalTeams",
            &self.add_additional_teams,
        )?;
        codegen_runtime::model::present(
            &mut map,
            "addAdditionalLocations",
            &self.add_additional_locations,
        )?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`UserCreate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __UserCreateSlots {
    email: Option<Option<String>>,
    phone: Option<Option<String>>,
    first_name: Option<Option<String>>,
    last_name: Option<Option<String>>,
    designation: Option<Option<String>>,
    is_department_head: Option<Option<bool>>,
    department: Option<Option<codegen_runtime::formats::Uuid>>,
    location: Option<Option<String>>,
    security_group: Option<Option<String>>,
    reports_to: Option<Option<String>>,
    skill: Option<Option<Vec<String>>>,
    default_visibility: Option<Option<DefaultVisibility>>,
    add_additional_teams: Option<Option<Vec<String>>>,
    add_additional_locations: Option<Option<Vec<String>>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for UserCreate {
    const NAME: &'static str = "UserCreate";
    type Slots = __UserCreateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "email" => codegen_runtime::model::set(map, &mut slots.email, "email"),
            "phone" => codegen_runtime::model::set(map, &mut slots.phone, "phone"),
            "firstName" => {
                codegen_runtime::model::set(map, &mut slots.first_name, "firstName")
            }
            "lastName" => {
                codegen_runtime::model::set(map, &mut slots.last_name, "lastName")
            }
            "designation" => {
                codegen_runtime::model::set(map, &mut slots.designation, "designation")
            }
            "isDepartmentHead" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.is_department_head,
                    "isDepartmentHead",
                )
            }
            "department" => {
                codegen_runtime::model::set(map, &mut slots.department, "department")
            }
            "location" => {
                codegen_runtime::model::set(map, &mut slots.location, "location")
            }
            "securityGroup" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.security_group,
                    "securityGroup",
                )
            }
            "reportsTo" => {
                codegen_runtime::model::set(map, &mut slots.reports_to, "reportsTo")
            }
            "skill" => codegen_runtime::model::set(map, &mut slots.skill, "skill"),
            "defaultVisibility" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.default_visibility,
                    "defaultVisibility",
                )
            }
            "addAdditionalTeams" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.add_additional_teams,
                    "addAdditionalTeams",
                )
            }
            "addAdditionalLocations" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.add_additional_locations,
                    "addAdditionalLocations",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            email: slots.email.flatten(),
            phone: slots.phone.flatten(),
            first_name: slots.first_name.flatten(),
            last_name: slots.last_name.flatten(),
            designation: slots.designation.flatten(),
            is_department_head: slots.is_department_head.flatten(),
            department: slots.department.flatten(),
            location: slots.location.flatten(),
            security_group: slots.security_group.flatten(),
            reports_to: slots.reports_to.flatten(),
            skill: slots.skill.flatten(),
            default_visibility: slots.default_visibility.flatten(),
            add_additional_teams: slots.add_additional_teams.flatten(),
            add_additional_locations: slots.add_additional_locations.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for UserCreate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// One user of a bulk create; the fields are those of `UserCreate`.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserBulkCreateItem {
    /// Email of the user.
    pub email: Option<String>,
    /// Phone number of the user.
    pub phone: Option<String>,
    /// First name of the user.
    pub first_name: Option<String>,
    /// Last name of the user.
    pub last_name: Option<String>,
    /// Job title of the user.
    pub designation: Option<String>,
    /// Whether the user is a head of department.
    pub is_department_head: Option<bool>,
    /// Id of the department the user belongs to (see `list_departments`).
    ///
    /// Constraints: format `uuid`.
    pub department: Option<codegen_runtime::formats::Uuid>,
    /// Id of the location of the user (see `list_locations`).
    pub location: Option<String>,
    /// Id of the security group assigned to the user (see `list_security_groups`).
    pub security_group: Option<String>,
    /// Id of the user's supervisor (see `list_users`). Without it the admins of the given location or department become the supervisors.
    pub reports_to: Option<String>,
    /// Skills of the user.
    pub skill: Option<Vec<String>>,
    /// Visibility of the user.
    pub default_visibility: Option<DefaultVisibility>,
    /// Ids of team supervisors: the user joins their teams (see `list_team_supervisors`).
    pub add_additional_teams: Option<Vec<String>>,
    /// Ids of locations whose location admins become the user's supervisors.
    pub add_additional_locations: Option<Vec<String>>,
    /// Id of the user in an external system (shown only in the bulk example).
    pub external_user_id: Option<String>,
}

impl UserBulkCreateItem {
    /// Email of the user.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }

    /// Phone number of the user.
    pub fn phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }

    /// First name of the user.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }

    /// Last name of the user.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }

    /// Job title of the user.
    pub fn designation(mut self, value: impl Into<String>) -> Self {
        self.designation = Some(value.into());
        self
    }

    /// Whether the user is a head of department.
    pub fn is_department_head(mut self, value: impl Into<bool>) -> Self {
        self.is_department_head = Some(value.into());
        self
    }

    /// Id of the department the user belongs to (see `list_departments`).
    pub fn department(
        mut self,
        value: impl Into<codegen_runtime::formats::Uuid>,
    ) -> Self {
        self.department = Some(value.into());
        self
    }

    /// Id of the location of the user (see `list_locations`).
    pub fn location(mut self, value: impl Into<String>) -> Self {
        self.location = Some(value.into());
        self
    }

    /// Id of the security group assigned to the user (see `list_security_groups`).
    pub fn security_group(mut self, value: impl Into<String>) -> Self {
        self.security_group = Some(value.into());
        self
    }

    /// Id of the user's supervisor (see `list_users`). Without it the admins of the given location or department become the supervisors.
    pub fn reports_to(mut self, value: impl Into<String>) -> Self {
        self.reports_to = Some(value.into());
        self
    }

    /// Skills of the user.
    pub fn skill(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.skill = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Visibility of the user.
    pub fn default_visibility(mut self, value: impl Into<DefaultVisibility>) -> Self {
        self.default_visibility = Some(value.into());
        self
    }

    /// Ids of team supervisors: the user joins their teams (see `list_team_supervisors`).
    pub fn add_additional_teams(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.add_additional_teams = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Ids of locations whose location admins become the user's supervisors.
    pub fn add_additional_locations(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.add_additional_locations = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }

    /// Id of the user in an external system (shown only in the bulk example).
    pub fn external_user_id(mut self, value: impl Into<String>) -> Self {
        self.external_user_id = Some(value.into());
        self
    }
}

impl serde::Serialize for UserBulkCreateItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "email", &self.email)?;
        codegen_runtime::model::present(&mut map, "phone", &self.phone)?;
        codegen_runtime::model::present(&mut map, "firstName", &self.first_name)?;
        codegen_runtime::model::present(&mut map, "lastName", &self.last_name)?;
        codegen_runtime::model::present(&mut map, "designation", &self.designation)?;
        codegen_runtime::model::present(
            &mut map,
            "isDepartmentHead",
            &self.is_department_head,
        )?;
        codegen_runtime::model::present(&mut map, "department", &self.department)?;
        codegen_runtime::model::present(&mut map, "location", &self.location)?;
        codegen_runtime::model::present(
            &mut map,
            "securityGroup",
            &self.security_group,
        )?;
        codegen_runtime::model::present(&mut map, "reportsTo", &self.reports_to)?;
        codegen_runtime::model::present(&mut map, "skill", &self.skill)?;
        codegen_runtime::model::present(
            &mut map,
            "defaultVisibility",
            &self.default_visibility,
        )?;
        codegen_runtime::model::present(
            &mut map,
            "addAdditionalTeams",
            &self.add_additional_teams,
        )?;
        codegen_runtime::model::present(
            &mut map,
            "addAdditionalLocations",
            &self.add_additional_locations,
        )?;
        codegen_runtime::model::present(
            &mut map,
            "externalUserId",
            &self.external_user_id,
        )?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`UserBulkCreateItem`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __UserBulkCreateItemSlots {
    email: Option<Option<String>>,
    phone: Option<Option<String>>,
    first_name: Option<Option<String>>,
    last_name: Option<Option<String>>,
    designation: Option<Option<String>>,
    is_department_head: Option<Option<bool>>,
    department: Option<Option<codegen_runtime::formats::Uuid>>,
    location: Option<Option<String>>,
    security_group: Option<Option<String>>,
    reports_to: Option<Option<String>>,
    skill: Option<Option<Vec<String>>>,
    default_visibility: Option<Option<DefaultVisibility>>,
    add_additional_teams: Option<Option<Vec<String>>>,
    add_additional_locations: Option<Option<Vec<String>>>,
    external_user_id: Option<Option<String>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for UserBulkCreateItem {
    const NAME: &'static str = "UserBulkCreateItem";
    type Slots = __UserBulkCreateItemSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "email" => codegen_runtime::model::set(map, &mut slots.email, "email"),
            "phone" => codegen_runtime::model::set(map, &mut slots.phone, "phone"),
            "firstName" => {
                codegen_runtime::model::set(map, &mut slots.first_name, "firstName")
            }
            "lastName" => {
                codegen_runtime::model::set(map, &mut slots.last_name, "lastName")
            }
            "designation" => {
                codegen_runtime::model::set(map, &mut slots.designation, "designation")
            }
            "isDepartmentHead" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.is_department_head,
                    "isDepartmentHead",
                )
            }
            "department" => {
                codegen_runtime::model::set(map, &mut slots.department, "department")
            }
            "location" => {
                codegen_runtime::model::set(map, &mut slots.location, "location")
            }
            "securityGroup" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.security_group,
                    "securityGroup",
                )
            }
            "reportsTo" => {
                codegen_runtime::model::set(map, &mut slots.reports_to, "reportsTo")
            }
            "skill" => codegen_runtime::model::set(map, &mut slots.skill, "skill"),
            "defaultVisibility" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.default_visibility,
                    "defaultVisibility",
                )
            }
            "addAdditionalTeams" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.add_additional_teams,
                    "addAdditionalTeams",
                )
            }
            "addAdditionalLocations" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.add_additional_locations,
                    "addAdditionalLocations",
                )
            }
            "externalUserId" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.external_user_id,
                    "externalUserId",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            email: slots.email.flatten(),
            phone: slots.phone.flatten(),
            first_name: slots.first_name.flatten(),
            last_name: slots.last_name.flatten(),
            designation: slots.designation.flatten(),
            is_department_head: slots.is_department_head.flatten(),
            department: slots.department.flatten(),
            location: slots.location.flatten(),
            security_group: slots.security_group.flatten(),
            reports_to: slots.reports_to.flatten(),
            skill: slots.skill.flatten(),
            default_visibility: slots.default_visibility.flatten(),
            add_additional_teams: slots.add_additional_teams.flatten(),
            add_additional_locations: slots.add_additional_locations.flatten(),
            external_user_id: slots.external_user_id.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for UserBulkCreateItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Several users to create at once.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserBulkCreate {
    /// The users to create.
    pub data: Option<Vec<UserBulkCreateItem>>,
}

impl UserBulkCreate {
    /// The users to create.
    pub fn data(
        mut self,
        value: impl IntoIterator<Item = impl Into<UserBulkCreateItem>>,
    ) -> Self {
        self.data = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

impl serde::Serialize for UserBulkCreate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "data", &self.data)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`UserBulkCreate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __UserBulkCreateSlots {
    data: Option<Option<Vec<UserBulkCreateItem>>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for UserBulkCreate {
    const NAME: &'static str = "UserBulkCreate";
    type Slots = __UserBulkCreateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => codegen_runtime::model::set(map, &mut slots.data, "data"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self { data: slots.data.flatten() })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for UserBulkCreate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Status of the user.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UserUpdateStatus {
    /// `ACTIVE` on the wire.
    Active,
    /// `ARCHIVE` on the wire.
    Archive,
    /// `PRE_INVITED` on the wire.
    PreInvited,
    /// `INVITED` on the wire.
    Invited,
    /// `BLOCKED` on the wire.
    Blocked,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    Unknown(codegen_runtime::UnknownValue),
}

impl UserUpdateStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "ACTIVE",
            Self::Archive => "ARCHIVE",
            Self::PreInvited => "PRE_INVITED",
            Self::Invited => "INVITED",
            Self::Blocked => "BLOCKED",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for UserUpdateStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for UserUpdateStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for UserUpdateStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(
                deserializer,
                &["ACTIVE", "ARCHIVE", "PRE_INVITED", "INVITED", "BLOCKED"],
            )? {
                Ok(0) => Self::Active,
                Ok(1) => Self::Archive,
                Ok(2) => Self::PreInvited,
                Ok(3) => Self::Invited,
                Ok(_) => Self::Blocked,
                Err(value) => Self::Unknown(value),
            },
        )
    }
}

/// Whether the user is available.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UserUpdateAvailability {
    /// `ACTIVE` on the wire.
    Active,
    /// `AWAY` on the wire.
    Away,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    Unknown(codegen_runtime::UnknownValue),
}

impl UserUpdateAvailability {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "ACTIVE",
            Self::Away => "AWAY",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for UserUpdateAvailability {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for UserUpdateAvailability {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for UserUpdateAvailability {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(deserializer, &["ACTIVE", "AWAY"])? {
                Ok(0) => Self::Active,
                Ok(_) => Self::Away,
                Err(value) => Self::Unknown(value),
            },
        )
    }
}

/// Changes to a user; every field is optional.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserUpdate {
    /// First name of the user.
    pub first_name: Option<String>,
    /// Last name of the user.
    pub last_name: Option<String>,
    /// Status of the user.
    pub status: Option<UserUpdateStatus>,
    /// Phone number of the user.
    pub phone: Option<String>,
    /// Whether the user is an expert.
    pub is_expert: Option<bool>,
    /// Whether the user is available.
    pub availability: Option<UserUpdateAvailability>,
    /// Media id of the user's profile picture (see `get_media_upload_url`).
    ///
    /// Constraints: format `uuid`.
    pub file_id: Option<codegen_runtime::formats::Uuid>,
    /// Media id of the user's cover picture (see `get_media_upload_url`).
    ///
    /// Constraints: format `uuid`.
    pub cover_file_id: Option<codegen_runtime::formats::Uuid>,
    /// Id of the user's supervisor.
    ///
    /// Constraints: format `uuid`.
    pub reports_to: Option<codegen_runtime::formats::Uuid>,
    /// Job title of the user.
    pub designation: Option<String>,
    /// Bio of the user.
    pub bio: Option<String>,
    /// Whether the user is a head of department.
    pub is_department_head: Option<bool>,
    /// Id of the department the user belongs to (see `list_departments`).
    pub department: Option<String>,
    /// Id of the location of the user (see `list_locations`).
    ///
    /// Constraints: format `uuid`.
    pub location: Option<codegen_runtime::formats::Uuid>,
    /// Ids of team supervisors whose teams the user joins.
    pub add_additional_teams: Option<Vec<String>>,
    /// Ids of team supervisors whose teams the user leaves.
    pub remove_additional_teams: Option<Vec<String>>,
    /// Ids of locations whose location admins become the user's supervisors.
    ///
    /// Constraints: each item: format `uuid`.
    pub add_additional_locations: Option<Vec<codegen_runtime::formats::Uuid>>,
}

impl UserUpdate {
    /// First name of the user.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }

    /// Last name of the user.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }

    /// Status of the user.
    pub fn status(mut self, value: impl Into<UserUpdateStatus>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Phone number of the user.
    pub fn phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }

    /// Whether the user is an expert.
    pub fn is_expert(mut self, value: impl Into<bool>) -> Self {
        self.is_expert = Some(value.into());
        self
    }

    /// Whether the user is available.
    pub fn availability(mut self, value: impl Into<UserUpdateAvailability>) -> Self {
        self.availability = Some(value.into());
        self
    }

    /// Media id of the user's profile picture (see `get_media_upload_url`).
    pub fn file_id(mut self, value: impl Into<codegen_runtime::formats::Uuid>) -> Self {
        self.file_id = Some(value.into());
        self
    }

    /// Media id of the user's cover picture (see `get_media_upload_url`).
    pub fn cover_file_id(
        mut self,
        value: impl Into<codegen_runtime::formats::Uuid>,
    ) -> Self {
        self.cover_file_id = Some(value.into());
        self
    }

    /// Id of the user's supervisor.
    pub fn reports_to(
        mut self,
        value: impl Into<codegen_runtime::formats::Uuid>,
    ) -> Self {
        self.reports_to = Some(value.into());
        self
    }

    /// Job title of the user.
    pub fn designation(mut self, value: impl Into<String>) -> Self {
        self.designation = Some(value.into());
        self
    }

    /// Bio of the user.
    pub fn bio(mut self, value: impl Into<String>) -> Self {
        self.bio = Some(value.into());
        self
    }

    /// Whether the user is a head of department.
    pub fn is_department_head(mut self, value: impl Into<bool>) -> Self {
        self.is_department_head = Some(value.into());
        self
    }

    /// Id of the department the user belongs to (see `list_departments`).
    pub fn department(mut self, value: impl Into<String>) -> Self {
        self.department = Some(value.into());
        self
    }

    /// Id of the location of the user (see `list_locations`).
    pub fn location(mut self, value: impl Into<codegen_runtime::formats::Uuid>) -> Self {
        self.location = Some(value.into());
        self
    }

    /// Ids of team supervisors whose teams the user joins.
    pub fn add_additional_teams(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.add_additional_teams = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Ids of team supervisors whose teams the user leaves.
    pub fn remove_additional_teams(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.remove_additional_teams = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Ids of locations whose location admins become the user's supervisors.
    pub fn add_additional_locations(
        mut self,
        value: impl IntoIterator<Item = impl Into<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.add_additional_locations = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }
}

impl serde::Serialize for UserUpdate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "firstName", &self.first_name)?;
        codegen_runtime::model::present(&mut map, "lastName", &self.last_name)?;
        codegen_runtime::model::present(&mut map, "status", &self.status)?;
        codegen_runtime::model::present(&mut map, "phone", &self.phone)?;
        codegen_runtime::model::present(&mut map, "isExpert", &self.is_expert)?;
        codegen_runtime::model::present(&mut map, "availability", &self.availability)?;
        codegen_runtime::model::present(&mut map, "fileId", &self.file_id)?;
        codegen_runtime::model::present(&mut map, "coverFileId", &self.cover_file_id)?;
        codegen_runtime::model::present(&mut map, "reportsTo", &self.reports_to)?;
        codegen_runtime::model::present(&mut map, "designation", &self.designation)?;
        codegen_runtime::model::present(&mut map, "bio", &self.bio)?;
        codegen_runtime::model::present(
            &mut map,
            "isDepartmentHead",
            &self.is_department_head,
        )?;
        codegen_runtime::model::present(&mut map, "department", &self.department)?;
        codegen_runtime::model::present(&mut map, "location", &self.location)?;
        codegen_runtime::model::present(
            &mut map,
            "addAdditionalTeams",
            &self.add_additional_teams,
        )?;
        codegen_runtime::model::present(
            &mut map,
            "removeAdditionalTeams",
            &self.remove_additional_teams,
        )?;
        codegen_runtime::model::present(
            &mut map,
            "addAdditionalLocations",
            &self.add_additional_locations,
        )?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`UserUpdate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __UserUpdateSlots {
    first_name: Option<Option<String>>,
    last_name: Option<Option<String>>,
    status: Option<Option<UserUpdateStatus>>,
    phone: Option<Option<String>>,
    is_expert: Option<Option<bool>>,
    availability: Option<Option<UserUpdateAvailability>>,
    file_id: Option<Option<codegen_runtime::formats::Uuid>>,
    cover_file_id: Option<Option<codegen_runtime::formats::Uuid>>,
    reports_to: Option<Option<codegen_runtime::formats::Uuid>>,
    designation: Option<Option<String>>,
    bio: Option<Option<String>>,
    is_department_head: Option<Option<bool>>,
    department: Option<Option<String>>,
    location: Option<Option<codegen_runtime::formats::Uuid>>,
    add_additional_teams: Option<Option<Vec<String>>>,
    remove_additional_teams: Option<Option<Vec<String>>>,
    add_additional_locations: Option<Option<Vec<codegen_runtime::formats::Uuid>>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for UserUpdate {
    const NAME: &'static str = "UserUpdate";
    type Slots = __UserUpdateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "firstName" => {
                codegen_runtime::model::set(map, &mut slots.first_name, "firstName")
            }
            "lastName" => {
                codegen_runtime::model::set(map, &mut slots.last_name, "lastName")
            }
            "status" => codegen_runtime::model::set(map, &mut slots.status, "status"),
            "phone" => codegen_runtime::model::set(map, &mut slots.phone, "phone"),
            "isExpert" => {
                codegen_runtime::model::set(map, &mut slots.is_expert, "isExpert")
            }
            "availability" => {
                codegen_runtime::model::set(map, &mut slots.availability, "availability")
            }
            "fileId" => codegen_runtime::model::set(map, &mut slots.file_id, "fileId"),
            "coverFileId" => {
                codegen_runtime::model::set(map, &mut slots.cover_file_id, "coverFileId")
            }
            "reportsTo" => {
                codegen_runtime::model::set(map, &mut slots.reports_to, "reportsTo")
            }
            "designation" => {
                codegen_runtime::model::set(map, &mut slots.designation, "designation")
            }
            "bio" => codegen_runtime::model::set(map, &mut slots.bio, "bio"),
            "isDepartmentHead" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.is_department_head,
                    "isDepartmentHead",
                )
            }
            "department" => {
                codegen_runtime::model::set(map, &mut slots.department, "department")
            }
            "location" => {
                codegen_runtime::model::set(map, &mut slots.location, "location")
            }
            "addAdditionalTeams" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.add_additional_teams,
                    "addAdditionalTeams",
                )
            }
            "removeAdditionalTeams" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.remove_additional_teams,
                    "removeAdditionalTeams",
                )
            }
            "addAdditionalLocations" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.add_additional_locations,
                    "addAdditionalLocations",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            first_name: slots.first_name.flatten(),
            last_name: slots.last_name.flatten(),
            status: slots.status.flatten(),
            phone: slots.phone.flatten(),
            is_expert: slots.is_expert.flatten(),
            availability: slots.availability.flatten(),
            file_id: slots.file_id.flatten(),
            cover_file_id: slots.cover_file_id.flatten(),
            reports_to: slots.reports_to.flatten(),
            designation: slots.designation.flatten(),
            bio: slots.bio.flatten(),
            is_department_head: slots.is_department_head.flatten(),
            department: slots.department.flatten(),
            location: slots.location.flatten(),
            add_additional_teams: slots.add_additional_teams.flatten(),
            remove_additional_teams: slots.remove_additional_teams.flatten(),
            add_additional_locations: slots.add_additional_locations.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for UserUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A badge of a user.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Badge {
    /// Badge id.
    ///
    /// Set by the server.
    pub id: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// File name of the badge image.
    pub file_name: Option<String>,
    /// Organization id.
    ///
    /// Set by the server.
    pub org_id: Option<String>,
    /// Path of the badge image.
    pub path: Option<String>,
}

impl Badge {
    /// Badge id.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Title.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Description.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// File name of the badge image.
    pub fn file_name(mut self, value: impl Into<String>) -> Self {
        self.file_name = Some(value.into());
        self
    }

    /// Organization id.
    pub fn org_id(mut self, value: impl Into<String>) -> Self {
        self.org_id = Some(value.into());
        self
    }

    /// Path of the badge image.
    pub fn path(mut self, value: impl Into<String>) -> Self {
        self.path = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Badge {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "title", &self.title)?;
        codegen_runtime::model::present(&mut map, "description", &self.description)?;
        codegen_runtime::model::present(&mut map, "badgeFileName", &self.file_name)?;
        codegen_runtime::model::present(&mut map, "orgId", &self.org_id)?;
        codegen_runtime::model::present(&mut map, "path", &self.path)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Badge`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __BadgeSlots {
    id: Option<Option<String>>,
    title: Option<Option<String>>,
    description: Option<Option<String>>,
    file_name: Option<Option<String>>,
    org_id: Option<Option<String>>,
    path: Option<Option<String>>,
}

impl codegen_runtime::model::Object for Badge {
    const NAME: &'static str = "Badge";
    type Slots = __BadgeSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "title" => codegen_runtime::model::set(map, &mut slots.title, "title"),
            "description" => {
                codegen_runtime::model::set(map, &mut slots.description, "description")
            }
            "badgeFileName" => {
                codegen_runtime::model::set(map, &mut slots.file_name, "badgeFileName")
            }
            "orgId" => codegen_runtime::model::set(map, &mut slots.org_id, "orgId"),
            "path" => codegen_runtime::model::set(map, &mut slots.path, "path"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            title: slots.title.flatten(),
            description: slots.description.flatten(),
            file_name: slots.file_name.flatten(),
            org_id: slots.org_id.flatten(),
            path: slots.path.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Badge {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A user of the organization.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct User {
    /// User id.
    ///
    /// Set by the server.
    pub id: Option<String>,
    /// Creation time.
    ///
    /// Constraints: format `date-time`.
    ///
    /// Set by the server.
    pub created_at: Option<codegen_runtime::formats::DateTime>,
    /// Last update time.
    ///
    /// Constraints: format `date-time`.
    ///
    /// Set by the server.
    pub updated_at: Option<codegen_runtime::formats::DateTime>,
    /// Id of the creator.
    ///
    /// Set by the server.
    pub created_by: Option<String>,
    /// Id of the last updater.
    ///
    /// Set by the server.
    pub updated_by: Option<String>,
    /// Organization id.
    ///
    /// Set by the server.
    pub org_id: Option<String>,
    /// User name.
    pub name: Option<String>,
    /// Email address.
    ///
    /// Constraints: format `email`.
    pub email: Option<String>,
    /// Status (ACTIVE, ARCHIVE, PRE_INVITED, INVITED, BLOCKED).
    pub status: Option<String>,
    /// First name.
    pub first_name: Option<String>,
    /// Last name.
    pub last_name: Option<String>,
    /// Profile picture; `{}` in the list example, the number `20` in the others.
    pub picture: Option<codegen_runtime::serde_json::Value>,
    /// Cover picture. Any JSON; the documentation shows only `{}`.
    pub cover: Option<codegen_runtime::serde_json::Value>,
    /// Bio.
    pub bio: Option<String>,
    /// Phone number.
    pub phone: Option<String>,
    /// Id of the user's supervisor.
    pub reports_to: Option<String>,
    /// Job title.
    pub designation: Option<String>,
    /// Department.
    pub department: Option<String>,
    /// Whether the user is a head of department.
    pub is_department_head: Option<bool>,
    /// Colour of the user (avatar).
    pub color: Option<String>,
    /// Whether the user is an expert.
    pub is_expert: Option<bool>,
    /// Availability code (the request side sends ACTIVE or AWAY).
    pub availability: Option<i64>,
    /// Location. Any JSON; the documentation shows only `{}`.
    pub location: Option<codegen_runtime::serde_json::Value>,
    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    pub reports_to_obj: Option<UserSummary>,
    /// Ids of the team members.
    pub team_members: Option<Vec<String>>,
    /// Badges of the user (in the update response).
    pub badges: Option<Vec<Badge>>,
    /// Ids of the supervisors of the additional teams.
    pub additional_teams: Option<Vec<String>>,
    /// Ids of the additional locations.
    pub add_additional_locations: Option<Vec<String>>,
}

impl User {
    /// User id.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Creation time.
    pub fn created_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.created_at = Some(value.into());
        self
    }

    /// Last update time.
    pub fn updated_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }

    /// Id of the creator.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }

    /// Id of the last updater.
    pub fn updated_by(mut self, value: impl Into<String>) -> Self {
        self.updated_by = Some(value.into());
        self
    }

    /// Organization id.
    pub fn org_id(mut self, value: impl Into<String>) -> Self {
        self.org_id = Some(value.into());
        self
    }

    /// User name.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Email address.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }

    /// Status (ACTIVE, ARCHIVE, PRE_INVITED, INVITED, BLOCKED).
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// First name.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }

    /// Last name.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }

    /// Profile picture; `{}` in the list example, the number `20` in the others.
    pub fn picture(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.picture = Some(value.into());
        self
    }

    /// Cover picture. Any JSON; the documentation shows only `{}`.
    pub fn cover(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.cover = Some(value.into());
        self
    }

    /// Bio.
    pub fn bio(mut self, value: impl Into<String>) -> Self {
        self.bio = Some(value.into());
        self
    }

    /// Phone number.
    pub fn phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }

    /// Id of the user's supervisor.
    pub fn reports_to(mut self, value: impl Into<String>) -> Self {
        self.reports_to = Some(value.into());
        self
    }

    /// Job title.
    pub fn designation(mut self, value: impl Into<String>) -> Self {
        self.designation = Some(value.into());
        self
    }

    /// Department.
    pub fn department(mut self, value: impl Into<String>) -> Self {
        self.department = Some(value.into());
        self
    }

    /// Whether the user is a head of department.
    pub fn is_department_head(mut self, value: impl Into<bool>) -> Self {
        self.is_department_head = Some(value.into());
        self
    }

    /// Colour of the user (avatar).
    pub fn color(mut self, value: impl Into<String>) -> Self {
        self.color = Some(value.into());
        self
    }

    /// Whether the user is an expert.
    pub fn is_expert(mut self, value: impl Into<bool>) -> Self {
        self.is_expert = Some(value.into());
        self
    }

    /// Availability code (the request side sends ACTIVE or AWAY).
    pub fn availability(mut self, value: impl Into<i64>) -> Self {
        self.availability = Some(value.into());
        self
    }

    /// Location. Any JSON; the documentation shows only `{}`.
    pub fn location(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.location = Some(value.into());
        self
    }

    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    pub fn reports_to_obj(mut self, value: impl Into<UserSummary>) -> Self {
        self.reports_to_obj = Some(value.into());
        self
    }

    /// Ids of the team members.
    pub fn team_members(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.team_members = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Badges of the user (in the update response).
    pub fn badges(mut self, value: impl IntoIterator<Item = impl Into<Badge>>) -> Self {
        self.badges = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Ids of the supervisors of the additional teams.
    pub fn additional_teams(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.additional_teams = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Ids of the additional locations.
    pub fn add_additional_locations(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.add_additional_locations = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for User {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "createdAt", &self.created_at)?;
        codegen_runtime::model::present(&mut map, "updatedAt", &self.updated_at)?;
        codegen_runtime::model::present(&mut map, "createdBy", &self.created_by)?;
        codegen_runtime::model::present(&mut map, "updatedBy", &self.updated_by)?;
        codegen_runtime::model::present(&mut map, "orgId", &self.org_id)?;
        codegen_runtime::model::present(&mut map, "userName", &self.name)?;
        codegen_runtime::model::present(&mut map, "email", &self.email)?;
        codegen_runtime::model::present(&mut map, "status", &self.status)?;
        codegen_runtime::model::present(&mut map, "firstName", &self.first_name)?;
        codegen_runtime::model::present(&mut map, "lastName", &self.last_name)?;
        codegen_runtime::model::present(&mut map, "picture", &self.picture)?;
        codegen_runtime::model::present(&mut map, "cover", &self.cover)?;
        codegen_runtime::model::present(&mut map, "bio", &self.bio)?;
        codegen_runtime::model::present(&mut map, "phone", &self.phone)?;
        codegen_runtime::model::present(&mut map, "reportsTo", &self.reports_to)?;
        codegen_runtime::model::present(&mut map, "designation", &self.designation)?;
        codegen_runtime::model::present(&mut map, "department", &self.department)?;
        codegen_runtime::model::present(
            &mut map,
            "isDepartmentHead",
            &self.is_department_head,
        )?;
        codegen_runtime::model::present(&mut map, "color", &self.color)?;
        codegen_runtime::model::present(&mut map, "isExpert", &self.is_expert)?;
        codegen_runtime::model::present(&mut map, "availability", &self.availability)?;
        codegen_runtime::model::present(&mut map, "location", &self.location)?;
        codegen_runtime::model::present(&mut map, "reportsToObj", &self.reports_to_obj)?;
        codegen_runtime::model::present(&mut map, "teamMembers", &self.team_members)?;
        codegen_runtime::model::present(&mut map, "badges", &self.badges)?;
        codegen_runtime::model::present(
            &mut map,
            "userAdditionalTeams",
            &self.additional_teams,
        )?;
        codegen_runtime::model::present(
            &mut map,
            "addAdditionalLocations",
            &self.add_additional_locations,
        )?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`User`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __UserSlots {
    id: Option<Option<String>>,
    created_at: Option<Option<codegen_runtime::formats::DateTime>>,
    updated_at: Option<Option<codegen_runtime::formats::DateTime>>,
    created_by: Option<Option<String>>,
    updated_by: Option<Option<String>>,
    org_id: Option<Option<String>>,
    name: Option<Option<String>>,
    email: Option<Option<String>>,
    status: Option<Option<String>>,
    first_name: Option<Option<String>>,
    last_name: Option<Option<String>>,
    picture: Option<Option<codegen_runtime::serde_json::Value>>,
    cover: Option<Option<codegen_runtime::serde_json::Value>>,
    bio: Option<Option<String>>,
    phone: Option<Option<String>>,
    reports_to: Option<Option<String>>,
    designation: Option<Option<String>>,
    department: Option<Option<String>>,
    is_department_head: Option<Option<bool>>,
    color: Option<Option<String>>,
    is_expert: Option<Option<bool>>,
    availability: Option<Option<i64>>,
    location: Option<Option<codegen_runtime::serde_json::Value>>,
    reports_to_obj: Option<Option<UserSummary>>,
    team_members: Option<Option<Vec<String>>>,
    badges: Option<Option<Vec<Badge>>>,
    additional_teams: Option<Option<Vec<String>>>,
    add_additional_locations: Option<Option<Vec<String>>>,
}

impl codegen_runtime::model::Object for User {
    const NAME: &'static str = "User";
    type Slots = __UserSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "createdAt" => {
                codegen_runtime::model::set(map, &mut slots.created_at, "createdAt")
            }
            "updatedAt" => {
                codegen_runtime::model::set(map, &mut slots.updated_at, "updatedAt")
            }
            "createdBy" => {
                codegen_runtime::model::set(map, &mut slots.created_by, "createdBy")
            }
            "updatedBy" => {
                codegen_runtime::model::set(map, &mut slots.updated_by, "updatedBy")
            }
            "orgId" => codegen_runtime::model::set(map, &mut slots.org_id, "orgId"),
            "userName" => codegen_runtime::model::set(map, &mut slots.name, "userName"),
            "email" => codegen_runtime::model::set(map, &mut slots.email, "email"),
            "status" => codegen_runtime::model::set(map, &mut slots.status, "status"),
            "firstName" => {
                codegen_runtime::model::set(map, &mut slots.first_name, "firstName")
            }
            "lastName" => {
                codegen_runtime::model::set(map, &mut slots.last_name, "lastName")
            }
            "picture" => codegen_runtime::model::set(map, &mut slots.picture, "picture"),
            "cover" => codegen_runtime::model::set(map, &mut slots.cover, "cover"),
            "bio" => codegen_runtime::model::set(map, &mut slots.bio, "bio"),
            "phone" => codegen_runtime::model::set(map, &mut slots.phone, "phone"),
            "reportsTo" => {
                codegen_runtime::model::set(map, &mut slots.reports_to, "reportsTo")
            }
            "designation" => {
                codegen_runtime::model::set(map, &mut slots.designation, "designation")
            }
            "department" => {
                codegen_runtime::model::set(map, &mut slots.department, "department")
            }
            "isDepartmentHead" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.is_department_head,
                    "isDepartmentHead",
                )
            }
            "color" => codegen_runtime::model::set(map, &mut slots.color, "color"),
            "isExpert" => {
                codegen_runtime::model::set(map, &mut slots.is_expert, "isExpert")
            }
            "availability" => {
                codegen_runtime::model::set(map, &mut slots.availability, "availability")
            }
            "location" => {
                codegen_runtime::model::set(map, &mut slots.location, "location")
            }
            "reportsToObj" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.reports_to_obj,
                    "reportsToObj",
                )
            }
            "teamMembers" => {
                codegen_runtime::model::set(map, &mut slots.team_members, "teamMembers")
            }
            "badges" => codegen_runtime::model::set(map, &mut slots.badges, "badges"),
            "userAdditionalTeams" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.additional_teams,
                    "userAdditionalTeams",
                )
            }
            "addAdditionalLocations" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.add_additional_locations,
                    "addAdditionalLocations",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            created_at: slots.created_at.flatten(),
            updated_at: slots.updated_at.flatten(),
            created_by: slots.created_by.flatten(),
            updated_by: slots.updated_by.flatten(),
            org_id: slots.org_id.flatten(),
            name: slots.name.flatten(),
            email: slots.email.flatten(),
            status: slots.status.flatten(),
            first_name: slots.first_name.flatten(),
            last_name: slots.last_name.flatten(),
            picture: slots.picture.flatten(),
            cover: slots.cover.flatten(),
            bio: slots.bio.flatten(),
            phone: slots.phone.flatten(),
            reports_to: slots.reports_to.flatten(),
            designation: slots.designation.flatten(),
            department: slots.department.flatten(),
            is_department_head: slots.is_department_head.flatten(),
            color: slots.color.flatten(),
            is_expert: slots.is_expert.flatten(),
            availability: slots.availability.flatten(),
            location: slots.location.flatten(),
            reports_to_obj: slots.reports_to_obj.flatten(),
            team_members: slots.team_members.flatten(),
            badges: slots.badges.flatten(),
            additional_teams: slots.additional_teams.flatten(),
            add_additional_locations: slots.add_additional_locations.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for User {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// One page of users.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserPage {
    /// The users of this page.
    pub users: Option<Vec<User>>,
    /// Paging information of a list response.
    pub meta: Option<Meta>,
}

impl UserPage {
    /// The users of this page.
    pub fn users(mut self, value: impl IntoIterator<Item = impl Into<User>>) -> Self {
        self.users = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Paging information of a list response.
    pub fn meta(mut self, value: impl Into<Meta>) -> Self {
        self.meta = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for UserPage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "users", &self.users)?;
        codegen_runtime::model::present(&mut map, "meta", &self.meta)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`UserPage`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __UserPageSlots {
    users: Option<Option<Vec<User>>>,
    meta: Option<Option<Meta>>,
}

impl codegen_runtime::model::Object for UserPage {
    const NAME: &'static str = "UserPage";
    type Slots = __UserPageSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "users" => codegen_runtime::model::set(map, &mut slots.users, "users"),
            "meta" => codegen_runtime::model::set(map, &mut slots.meta, "meta"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            users: slots.users.flatten(),
            meta: slots.meta.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for UserPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A team supervisor.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserBrief {
    /// User id.
    ///
    /// Set by the server.
    pub id: Option<String>,
    /// Email address.
    ///
    /// Constraints: format `email`.
    pub email: Option<String>,
    /// First name.
    pub first_name: Option<String>,
    /// Last name.
    pub last_name: Option<String>,
}

impl UserBrief {
    /// User id.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Email address.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }

    /// First name.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }

    /// Last name.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for UserBrief {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "email", &self.email)?;
        codegen_runtime::model::present(&mut map, "firstName", &self.first_name)?;
        codegen_runtime::model::present(&mut map, "lastName", &self.last_name)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`UserBrief`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __UserBriefSlots {
    id: Option<Option<String>>,
    email: Option<Option<String>>,
    first_name: Option<Option<String>>,
    last_name: Option<Option<String>>,
}

impl codegen_runtime::model::Object for UserBrief {
    const NAME: &'static str = "UserBrief";
    type Slots = __UserBriefSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "email" => codegen_runtime::model::set(map, &mut slots.email, "email"),
            "firstName" => {
                codegen_runtime::model::set(map, &mut slots.first_name, "firstName")
            }
            "lastName" => {
                codegen_runtime::model::set(map, &mut slots.last_name, "lastName")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            email: slots.email.flatten(),
            first_name: slots.first_name.flatten(),
            last_name: slots.last_name.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for UserBrief {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// One page of team supervisors.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserBriefPage {
    /// The users of this page.
    pub users: Option<Vec<UserBrief>>,
    /// Paging information of a list response.
    pub meta: Option<Meta>,
}

impl UserBriefPage {
    /// The users of this page.
    pub fn users(
        mut self,
        value: impl IntoIterator<Item = impl Into<UserBrief>>,
    ) -> Self {
        self.users = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Paging information of a list response.
    pub fn meta(mut self, value: impl Into<Meta>) -> Self {
        self.meta = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for UserBriefPage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "users", &self.users)?;
        codegen_runtime::model::present(&mut map, "meta", &self.meta)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`UserBriefPage`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __UserBriefPageSlots {
    users: Option<Option<Vec<UserBrief>>>,
    meta: Option<Option<Meta>>,
}

impl codegen_runtime::model::Object for UserBriefPage {
    const NAME: &'static str = "UserBriefPage";
    type Slots = __UserBriefPageSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "users" => codegen_runtime::model::set(map, &mut slots.users, "users"),
            "meta" => codegen_runtime::model::set(map, &mut slots.meta, "meta"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            users: slots.users.flatten(),
            meta: slots.meta.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for UserBriefPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Users to delete.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserBulkDelete {
    /// Ids of the users to delete (an array despite the singular name).
    pub id: Option<Vec<String>>,
}

impl UserBulkDelete {
    /// Ids of the users to delete (an array despite the singular name).
    pub fn id(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.id = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

impl serde::Serialize for UserBulkDelete {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`UserBulkDelete`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __UserBulkDeleteSlots {
    id: Option<Option<Vec<String>>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for UserBulkDelete {
    const NAME: &'static str = "UserBulkDelete";
    type Slots = __UserBulkDeleteSlots;

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
        Ok(Self { id: slots.id.flatten() })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for UserBulkDelete {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// The first admin of the organization.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct OrganizationCreateAdmin {
    /// First name of the admin.
    pub first_name: Option<String>,
    /// Last name of the admin.
    pub last_name: Option<String>,
    /// Email of the admin.
    ///
    /// Constraints: format `email`.
    pub email: Option<String>,
}

impl OrganizationCreateAdmin {
    /// First name of the admin.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }

    /// Last name of the admin.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }

    /// Email of the admin.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
}

impl serde::Serialize for OrganizationCreateAdmin {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "firstName", &self.first_name)?;
        codegen_runtime::model::present(&mut map, "lastName", &self.last_name)?;
        codegen_runtime::model::present(&mut map, "email", &self.email)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`OrganizationCreateAdmin`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __OrganizationCreateAdminSlots {
    first_name: Option<Option<String>>,
    last_name: Option<Option<String>>,
    email: Option<Option<String>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for OrganizationCreateAdmin {
    const NAME: &'static str = "OrganizationCreateAdmin";
    type Slots = __OrganizationCreateAdminSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "firstName" => {
                codegen_runtime::model::set(map, &mut slots.first_name, "firstName")
            }
            "lastName" => {
                codegen_runtime::model::set(map, &mut slots.last_name, "lastName")
            }
            "email" => codegen_runtime::model::set(map, &mut slots.email, "email"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            first_name: slots.first_name.flatten(),
            last_name: slots.last_name.flatten(),
            email: slots.email.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for OrganizationCreateAdmin {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Authentication method.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OrganizationCreateAuthMethod {
    /// `internal` on the wire.
    Internal,
    /// `ldap` on the wire.
    Ldap,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    Unknown(codegen_runtime::UnknownValue),
}

impl OrganizationCreateAuthMethod {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Internal => "internal",
            Self::Ldap => "ldap",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for OrganizationCreateAuthMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for OrganizationCreateAuthMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for OrganizationCreateAuthMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(deserializer, &["internal", "ldap"])? {
                Ok(0) => Self::Internal,
                Ok(_) => Self::Ldap,
                Err(value) => Self::Unknown(value),
            },
        )
    }
}

/// How the users of the organization log in.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct OrganizationCreateAuth {
    /// Authentication method.
    pub method: Option<OrganizationCreateAuthMethod>,
}

impl OrganizationCreateAuth {
    /// Authentication method.
    pub fn method(mut self, value: impl Into<OrganizationCreateAuthMethod>) -> Self {
        self.method = Some(value.into());
        self
    }
}

impl serde::Serialize for OrganizationCreateAuth {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "method", &self.method)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`OrganizationCreateAuth`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __OrganizationCreateAuthSlots {
    method: Option<Option<OrganizationCreateAuthMethod>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for OrganizationCreateAuth {
    const NAME: &'static str = "OrganizationCreateAuth";
    type Slots = __OrganizationCreateAuthSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "method" => codegen_runtime::model::set(map, &mut slots.method, "method"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            method: slots.method.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for OrganizationCreateAuth {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A new organization.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct OrganizationCreate {
    /// Name of the organization.
    pub name: Option<String>,
    /// The first admin of the organization.
    pub admin: Option<OrganizationCreateAdmin>,
    /// How the users of the organization log in.
    pub auth: Option<OrganizationCreateAuth>,
}

impl OrganizationCreate {
    /// Name of the organization.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// The first admin of the organization.
    pub fn admin(mut self, value: impl Into<OrganizationCreateAdmin>) -> Self {
        self.admin = Some(value.into());
        self
    }

    /// How the users of the organization log in.
    pub fn auth(mut self, value: impl Into<OrganizationCreateAuth>) -> Self {
        self.auth = Some(value.into());
        self
    }
}

impl serde::Serialize for OrganizationCreate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "admin", &self.admin)?;
        codegen_runtime::model::present(&mut map, "auth", &self.auth)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`OrganizationCreate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __OrganizationCreateSlots {
    name: Option<Option<String>>,
    admin: Option<Option<OrganizationCreateAdmin>>,
    auth: Option<Option<OrganizationCreateAuth>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for OrganizationCreate {
    const NAME: &'static str = "OrganizationCreate";
    type Slots = __OrganizationCreateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "admin" => codegen_runtime::model::set(map, &mut slots.admin, "admin"),
            "auth" => codegen_runtime::model::set(map, &mut slots.auth, "auth"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            name: slots.name.flatten(),
            admin: slots.admin.flatten(),
            auth: slots.auth.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for OrganizationCreate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A postal address.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Address {
    /// Street, first line.
    pub street1: Option<String>,
    /// Street, second line.
    pub street2: Option<Option<String>>,
    /// City.
    pub city: Option<String>,
    /// State.
    pub state: Option<String>,
    /// ZIP code.
    pub zip: Option<String>,
}

impl Address {
    /// Street, first line.
    pub fn street1(mut self, value: impl Into<String>) -> Self {
        self.street1 = Some(value.into());
        self
    }

    /// Street, second line.
    ///
    /// `street2_null()` sends `null`; unset, it is left out.
    pub fn street2(mut self, value: impl Into<String>) -> Self {
        self.street2 = Some(Some(value.into()));
        self
    }

    /// Sends `street2` as `null` (unset, it is left out).
    pub fn street2_null(mut self) -> Self {
        self.street2 = Some(None);
        self
    }

    /// City.
    pub fn city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }

    /// State.
    pub fn state(mut self, value: impl Into<String>) -> Self {
        self.state = Some(value.into());
        self
    }

    /// ZIP code.
    pub fn zip(mut self, value: impl Into<String>) -> Self {
        self.zip = Some(value.into());
        self
    }
}

impl serde::Serialize for Address {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "street1", &self.street1)?;
        codegen_runtime::model::present(&mut map, "street2", &self.street2)?;
        codegen_runtime::model::present(&mut map, "city", &self.city)?;
        codegen_runtime::model::present(&mut map, "state", &self.state)?;
        codegen_runtime::model::present(&mut map, "zip", &self.zip)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Address`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __AddressSlots {
    street1: Option<Option<String>>,
    street2: Option<Option<String>>,
    city: Option<Option<String>>,
    state: Option<Option<String>>,
    zip: Option<Option<String>>,
}

impl codegen_runtime::model::Object for Address {
    const NAME: &'static str = "Address";
    type Slots = __AddressSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "street1" => codegen_runtime::model::set(map, &mut slots.street1, "street1"),
            "street2" => codegen_runtime::model::set(map, &mut slots.street2, "street2"),
            "city" => codegen_runtime::model::set(map, &mut slots.city, "city"),
            "state" => codegen_runtime::model::set(map, &mut slots.state, "state"),
            "zip" => codegen_runtime::model::set(map, &mut slots.zip, "zip"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            street1: slots.street1.flatten(),
            street2: slots.street2,
            city: slots.city.flatten(),
            state: slots.state.flatten(),
            zip: slots.zip.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Address {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Changes to an organization.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct OrganizationUpdate {
    /// Media id of the organization image (see `get_media_upload_url`).
    ///
    /// Constraints: format `uuid`.
    pub file_id: Option<codegen_runtime::formats::Uuid>,
    /// Name of the organization.
    pub name: Option<String>,
    /// Legal name of the organization.
    pub legal_name: Option<String>,
    /// Websites of the organization.
    pub websites: Option<Vec<String>>,
    /// A postal address.
    pub address: Option<Option<Address>>,
    /// Email of the organization.
    ///
    /// Constraints: format `email`.
    pub email: Option<String>,
    /// Contact number of the organization.
    pub phone: Option<String>,
    /// Description of the organization.
    pub description: Option<String>,
    /// Industry of the organization.
    pub industry: Option<Option<String>>,
}

impl OrganizationUpdate {
    /// Media id of the organization image (see `get_media_upload_url`).
    pub fn file_id(mut self, value: impl Into<codegen_runtime::formats::Uuid>) -> Self {
        self.file_id = Some(value.into());
        self
    }

    /// Name of the organization.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Legal name of the organization.
    pub fn legal_name(mut self, value: impl Into<String>) -> Self {
        self.legal_name = Some(value.into());
        self
    }

    /// Websites of the organization.
    pub fn websites(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.websites = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// A postal address.
    ///
    /// `address_null()` sends `null`; unset, it is left out.
    pub fn address(mut self, value: impl Into<Address>) -> Self {
        self.address = Some(Some(value.into()));
        self
    }

    /// Sends `address` as `null` (unset, it is left out).
    pub fn address_null(mut self) -> Self {
        self.address = Some(None);
        self
    }

    /// Email of the organization.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }

    /// Contact number of the organization.
    pub fn phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }

    /// Description of the organization.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Industry of the organization.
    ///
    /// `industry_null()` sends `null`; unset, it is left out.
    pub fn industry(mut self, value: impl Into<String>) -> Self {
        self.industry = Some(Some(value.into()));
        self
    }

    /// Sends `industry` as `null` (unset, it is left out).
    pub fn industry_null(mut self) -> Self {
        self.industry = Some(None);
        self
    }
}

impl serde::Serialize for OrganizationUpdate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "fileId", &self.file_id)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "legalName", &self.legal_name)?;
        codegen_runtime::model::present(&mut map, "websites", &self.websites)?;
        codegen_runtime::model::present(&mut map, "address", &self.address)?;
        codegen_runtime::model::present(&mut map, "email", &self.email)?;
        codegen_runtime::model::present(&mut map, "phone", &self.phone)?;
        codegen_runtime::model::present(&mut map, "description", &self.description)?;
        codegen_runtime::model::present(&mut map, "industry", &self.industry)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`OrganizationUpdate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __OrganizationUpdateSlots {
    file_id: Option<Option<codegen_runtime::formats::Uuid>>,
    name: Option<Option<String>>,
    legal_name: Option<Option<String>>,
    websites: Option<Option<Vec<String>>>,
    address: Option<Option<Address>>,
    email: Option<Option<String>>,
    phone: Option<Option<String>>,
    description: Option<Option<String>>,
    industry: Option<Option<String>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for OrganizationUpdate {
    const NAME: &'static str = "OrganizationUpdate";
    type Slots = __OrganizationUpdateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileId" => codegen_runtime::model::set(map, &mut slots.file_id, "fileId"),
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "legalName" => {
                codegen_runtime::model::set(map, &mut slots.legal_name, "legalName")
            }
            "websites" => {
                codegen_runtime::model::set(map, &mut slots.websites, "websites")
            }
            "address" => codegen_runtime::model::set(map, &mut slots.address, "address"),
            "email" => codegen_runtime::model::set(map, &mut slots.email, "email"),
            "phone" => codegen_runtime::model::set(map, &mut slots.phone, "phone"),
            "description" => {
                codegen_runtime::model::set(map, &mut slots.description, "description")
            }
            "industry" => {
                codegen_runtime::model::set(map, &mut slots.industry, "industry")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            file_id: slots.file_id.flatten(),
            name: slots.name.flatten(),
            legal_name: slots.legal_name.flatten(),
            websites: slots.websites.flatten(),
            address: slots.address,
            email: slots.email.flatten(),
            phone: slots.phone.flatten(),
            description: slots.description.flatten(),
            industry: slots.industry,
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for OrganizationUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Authentication method(s): a string (`internal`) in the create response, an array of strings in the update response.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum OrganizationAuthMethod {
    /// A `String`.
    String(String),
    /// A `Vec<String>`.
    StringList(Vec<String>),
    /// A value that matches no variant this client knows (added to the API after it was
    /// generated), as the server sent it.
    Unknown(codegen_runtime::serde_json::Value),
}

impl From<String> for OrganizationAuthMethod {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl From<Vec<String>> for OrganizationAuthMethod {
    fn from(value: Vec<String>) -> Self {
        Self::StringList(value)
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for OrganizationAuthMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(value) => serde::Serialize::serialize(value, serializer),
            Self::StringList(value) => serde::Serialize::serialize(value, serializer),
            Self::Unknown(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for OrganizationAuthMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = codegen_runtime::model::buffer(deserializer)?;
        if let Some(value) = codegen_runtime::model::try_variant(&value) {
            return Ok(Self::String(value));
        }
        if let Some(value) = codegen_runtime::model::try_variant(&value) {
            return Ok(Self::StringList(value));
        }
        Ok(Self::Unknown(value.into_json()))
    }
}

/// An organization.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Organization {
    /// Creation time.
    ///
    /// Constraints: format `date-time`.
    ///
    /// Set by the server.
    pub created_at: Option<codegen_runtime::formats::DateTime>,
    /// Last update time.
    ///
    /// Constraints: format `date-time`.
    ///
    /// Set by the server.
    pub updated_at: Option<codegen_runtime::formats::DateTime>,
    /// Organization id.
    ///
    /// Set by the server.
    pub id: Option<String>,
    /// Status (e.g. ACTIVE).
    pub status: Option<String>,
    /// Subdomain of the organization.
    pub subdomain: Option<String>,
    /// Id of the parent organization.
    pub parent_org_id: Option<String>,
    /// Name.
    pub name: Option<String>,
    /// Legal name.
    pub legal_name: Option<String>,
    /// Websites.
    pub websites: Option<Vec<String>>,
    /// A postal address.
    pub address: Option<Address>,
    /// An uploaded file (see `GET /api/media`).
    pub file: Option<Media>,
    /// Email.
    ///
    /// Constraints: format `email`.
    pub email: Option<String>,
    /// Contact number.
    pub phone: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// Industry.
    pub industry: Option<String>,
    /// Authentication method(s): a string (`internal`) in the create response, an array of strings in the update response.
    pub auth_method: Option<OrganizationAuthMethod>,
    /// Id of the creator (create response).
    ///
    /// Set by the server.
    pub created_by: Option<String>,
    /// Access token of the creator for the new organization (create response).
    pub access_token: Option<codegen_runtime::Secret>,
}

impl Organization {
    /// Creation time.
    pub fn created_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.created_at = Some(value.into());
        self
    }

    /// Last update time.
    pub fn updated_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }

    /// Organization id.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Status (e.g. ACTIVE).
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Subdomain of the organization.
    pub fn subdomain(mut self, value: impl Into<String>) -> Self {
        self.subdomain = Some(value.into());
        self
    }

    /// Id of the parent organization.
    pub fn parent_org_id(mut self, value: impl Into<String>) -> Self {
        self.parent_org_id = Some(value.into());
        self
    }

    /// Name.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Legal name.
    pub fn legal_name(mut self, value: impl Into<String>) -> Self {
        self.legal_name = Some(value.into());
        self
    }

    /// Websites.
    pub fn websites(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.websites = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// A postal address.
    pub fn address(mut self, value: impl Into<Address>) -> Self {
        self.address = Some(value.into());
        self
    }

    /// An uploaded file (see `GET /api/media`).
    pub fn file(mut self, value: impl Into<Media>) -> Self {
        self.file = Some(value.into());
        self
    }

    /// Email.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }

    /// Contact number.
    pub fn phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }

    /// Description.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Industry.
    pub fn industry(mut self, value: impl Into<String>) -> Self {
        self.industry = Some(value.into());
        self
    }

    /// Authentication method(s): a string (`internal`) in the create response, an array of strings in the update response.
    pub fn auth_method(mut self, value: impl Into<OrganizationAuthMethod>) -> Self {
        self.auth_method = Some(value.into());
        self
    }

    /// Id of the creator (create response).
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }

    /// Access token of the creator for the new organization (create response).
    pub fn access_token(mut self, value: impl Into<codegen_runtime::Secret>) -> Self {
        self.access_token = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Organization {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "createdAt", &self.created_at)?;
        codegen_runtime::model::present(&mut map, "updatedAt", &self.updated_at)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "status", &self.status)?;
        codegen_runtime::model::present(&mut map, "subdomain", &self.subdomain)?;
        codegen_runtime::model::present(&mut map, "parentOrgId", &self.parent_org_id)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "legalName", &self.legal_name)?;
        codegen_runtime::model::present(&mut map, "websites", &self.websites)?;
        codegen_runtime::model::present(&mut map, "address", &self.address)?;
        codegen_runtime::model::present(&mut map, "file", &self.file)?;
        codegen_runtime::model::present(&mut map, "email", &self.email)?;
        codegen_runtime::model::present(&mut map, "phone", &self.phone)?;
        codegen_runtime::model::present(&mut map, "description", &self.description)?;
        codegen_runtime::model::present(&mut map, "industry", &self.industry)?;
        codegen_runtime::model::present(&mut map, "authMethod", &self.auth_method)?;
        codegen_runtime::model::present(&mut map, "createdBy", &self.created_by)?;
        codegen_runtime::model::present(&mut map, "accessToken", &self.access_token)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Organization`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __OrganizationSlots {
    created_at: Option<Option<codegen_runtime::formats::DateTime>>,
    updated_at: Option<Option<codegen_runtime::formats::DateTime>>,
    id: Option<Option<String>>,
    status: Option<Option<String>>,
    subdomain: Option<Option<String>>,
    parent_org_id: Option<Option<String>>,
    name: Option<Option<String>>,
    legal_name: Option<Option<String>>,
    websites: Option<Option<Vec<String>>>,
    address: Option<Option<Address>>,
    file: Option<Option<Media>>,
    email: Option<Option<String>>,
    phone: Option<Option<String>>,
    description: Option<Option<String>>,
    industry: Option<Option<String>>,
    auth_method: Option<Option<OrganizationAuthMethod>>,
    created_by: Option<Option<String>>,
    access_token: Option<Option<codegen_runtime::Secret>>,
}

impl codegen_runtime::model::Object for Organization {
    const NAME: &'static str = "Organization";
    type Slots = __OrganizationSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createdAt" => {
                codegen_runtime::model::set(map, &mut slots.created_at, "createdAt")
            }
            "updatedAt" => {
                codegen_runtime::model::set(map, &mut slots.updated_at, "updatedAt")
            }
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "status" => codegen_runtime::model::set(map, &mut slots.status, "status"),
            "subdomain" => {
                codegen_runtime::model::set(map, &mut slots.subdomain, "subdomain")
            }
            "parentOrgId" => {
                codegen_runtime::model::set(map, &mut slots.parent_org_id, "parentOrgId")
            }
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "legalName" => {
                codegen_runtime::model::set(map, &mut slots.legal_name, "legalName")
            }
            "websites" => {
                codegen_runtime::model::set(map, &mut slots.websites, "websites")
            }
            "address" => codegen_runtime::model::set(map, &mut slots.address, "address"),
            "file" => codegen_runtime::model::set(map, &mut slots.file, "file"),
            "email" => codegen_runtime::model::set(map, &mut slots.email, "email"),
            "phone" => codegen_runtime::model::set(map, &mut slots.phone, "phone"),
            "description" => {
                codegen_runtime::model::set(map, &mut slots.description, "description")
            }
            "industry" => {
                codegen_runtime::model::set(map, &mut slots.industry, "industry")
            }
            "authMethod" => {
                codegen_runtime::model::set(map, &mut slots.auth_method, "authMethod")
            }
            "createdBy" => {
                codegen_runtime::model::set(map, &mut slots.created_by, "createdBy")
            }
            "accessToken" => {
                codegen_runtime::model::set(map, &mut slots.access_token, "accessToken")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            created_at: slots.created_at.flatten(),
            updated_at: slots.updated_at.flatten(),
            id: slots.id.flatten(),
            status: slots.status.flatten(),
            subdomain: slots.subdomain.flatten(),
            parent_org_id: slots.parent_org_id.flatten(),
            name: slots.name.flatten(),
            legal_name: slots.legal_name.flatten(),
            websites: slots.websites.flatten(),
            address: slots.address.flatten(),
            file: slots.file.flatten(),
            email: slots.email.flatten(),
            phone: slots.phone.flatten(),
            description: slots.description.flatten(),
            industry: slots.industry.flatten(),
            auth_method: slots.auth_method.flatten(),
            created_by: slots.created_by.flatten(),
            access_token: slots.access_token.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Organization {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Whose access token to generate.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct AccessTokenRequest {
    /// Id of the user the token is generated for (see `list_users`).
    ///
    /// Constraints: format `uuid`.
    pub user_id: Option<codegen_runtime::formats::Uuid>,
}

impl AccessTokenRequest {
    /// Id of the user the token is generated for (see `list_users`).
    pub fn user_id(mut self, value: impl Into<codegen_runtime::formats::Uuid>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}

impl serde::Serialize for AccessTokenRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "userId", &self.user_id)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`AccessTokenRequest`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __AccessTokenRequestSlots {
    user_id: Option<Option<codegen_runtime::formats::Uuid>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for AccessTokenRequest {
    const NAME: &'static str = "AccessTokenRequest";
    type Slots = __AccessTokenRequestSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId" => codegen_runtime::model::set(map, &mut slots.user_id, "userId"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            user_id: slots.user_id.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for AccessTokenRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A generated access token.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct AccessToken {
    /// Id of the user.
    pub user_id: Option<String>,
    /// The access token (send it as `X-API-KEY`).
    pub token: Option<codegen_runtime::Secret>,
}

impl AccessToken {
    /// Id of the user.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }

    /// The access token (send it as `X-API-KEY`).
    pub fn token(mut self, value: impl Into<codegen_runtime::Secret>) -> Self {
        self.token = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for AccessToken {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "userId", &self.user_id)?;
        codegen_runtime::model::present(&mut map, "token", &self.token)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`AccessToken`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __AccessTokenSlots {
    user_id: Option<Option<String>>,
    token: Option<Option<codegen_runtime::Secret>>,
}

impl codegen_runtime::model::Object for AccessToken {
    const NAME: &'static str = "AccessToken";
    type Slots = __AccessTokenSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId" => codegen_runtime::model::set(map, &mut slots.user_id, "userId"),
            "token" => codegen_runtime::model::set(map, &mut slots.token, "token"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            user_id: slots.user_id.flatten(),
            token: slots.token.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for AccessToken {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Several users (bulk create response).
pub type UserList = Vec<User>;

/// A date and time `YYYY-MM-DDTHH:MM:SS`, with optional fraction and optional UTC offset (the documentation's examples have none).
///
/// Constraints: matches `^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$`.
#[derive(Debug, Clone, PartialEq)]
pub struct DateTimeParam(pub String);

impl std::fmt::Display for DateTimeParam {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<String> for DateTimeParam {
    fn from(value: String) -> Self {
        Self(value)
    }
}

impl From<&str> for DateTimeParam {
    fn from(value: &str) -> Self {
        Self(value.to_owned())
    }
}

impl serde::Serialize for DateTimeParam {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serde::Serialize::serialize(&self.0, serializer)
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for DateTimeParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        serde::Deserialize::deserialize(deserializer).map(Self)
    }
}

/// A post. `files` is one media object in every example, despite the plural.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Post {
    /// Id.
    ///
    /// Set by the server.
    pub id: Option<String>,
    /// Text of the post.
    pub text: Option<String>,
    /// When it was posted.
    ///
    /// Constraints: format `date-time`.
    pub posted_at: Option<codegen_runtime::formats::DateTime>,
    /// Number of comments.
    pub comments_count: Option<i64>,
    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    pub user: Option<UserSummary>,
    /// An uploaded file (see `GET /api/media`).
    pub files: Option<Media>,
    /// Preview of a link found in a text.
    pub link_previews: Option<LinkPreview>,
    /// Tags.
    pub tags: Option<Vec<String>>,
    /// Reactions.
    pub reactions: Option<Vec<codegen_runtime::serde_json::Value>>,
    /// Mentioned users.
    pub mentions: Option<Vec<UserSummary>>,
    /// Tagged users.
    pub tagged_users: Option<Vec<UserSummary>>,
    /// Link of the GIF.
    pub gif: Option<String>,
    /// Links.
    pub links: Option<Vec<String>>,
    /// Users who reacted.
    pub reaction_users: Option<Vec<UserSummary>>,
    /// A place attached to a post or news item.
    pub location: Option<PlaceRef>,
}

impl Post {
    /// Id.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Text of the post.
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }

    /// When it was posted.
    pub fn posted_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.posted_at = Some(value.into());
        self
    }

    /// Number of comments.
    pub fn comments_count(mut self, value: impl Into<i64>) -> Self {
        self.comments_count = Some(value.into());
        self
    }

    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    pub fn user(mut self, value: impl Into<UserSummary>) -> Self {
        self.user = Some(value.into());
        self
    }

    /// An uploaded file (see `GET /api/media`).
    pub fn files(mut self, value: impl Into<Media>) -> Self {
        self.files = Some(value.into());
        self
    }

    /// Preview of a link found in a text.
    pub fn link_previews(mut self, value: impl Into<LinkPreview>) -> Self {
        self.link_previews = Some(value.into());
        self
    }

    /// Tags.
    pub fn tags(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.tags = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Reactions.
    pub fn reactions(
        mut self,
        value: impl IntoIterator<Item = impl Into<codegen_runtime::serde_json::Value>>,
    ) -> Self {
        self.reactions = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Mentioned users.
    pub fn mentions(
        mut self,
        value: impl IntoIterator<Item = impl Into<UserSummary>>,
    ) -> Self {
        self.mentions = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Tagged users.
    pub fn tagged_users(
        mut self,
        value: impl IntoIterator<Item = impl Into<UserSummary>>,
    ) -> Self {
        self.tagged_users = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Link of the GIF.
    pub fn gif(mut self, value: impl Into<String>) -> Self {
        self.gif = Some(value.into());
        self
    }

    /// Links.
    pub fn links(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.links = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Users who reacted.
    pub fn reaction_users(
        mut self,
        value: impl IntoIterator<Item = impl Into<UserSummary>>,
    ) -> Self {
        self.reaction_users = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// A place attached to a post or news item.
    pub fn location(mut self, value: impl Into<PlaceRef>) -> Self {
        self.location = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Post {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "postText", &self.text)?;
        codegen_runtime::model::present(&mut map, "postedAt", &self.posted_at)?;
        codegen_runtime::model::present(
            &mut map,
            "commentsCount",
            &self.comments_count,
        )?;
        codegen_runtime::model::present(&mut map, "user", &self.user)?;
        codegen_runtime::model::present(&mut map, "files", &self.files)?;
        codegen_runtime::model::present(&mut map, "linkPreviews", &self.link_previews)?;
        codegen_runtime::model::present(&mut map, "tags", &self.tags)?;
        codegen_runtime::model::present(&mut map, "reactions", &self.reactions)?;
        codegen_runtime::model::present(&mut map, "mentions", &self.mentions)?;
        codegen_runtime::model::present(&mut map, "taggedUsers", &self.tagged_users)?;
        codegen_runtime::model::present(&mut map, "gif", &self.gif)?;
        codegen_runtime::model::present(&mut map, "links", &self.links)?;
        codegen_runtime::model::present(
            &mut map,
            "reactionUsers",
            &self.reaction_users,
        )?;
        codegen_runtime::model::present(&mut map, "location", &self.location)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Post`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __PostSlots {
    id: Option<Option<String>>,
    text: Option<Option<String>>,
    posted_at: Option<Option<codegen_runtime::formats::DateTime>>,
    comments_count: Option<Option<i64>>,
    user: Option<Option<UserSummary>>,
    files: Option<Option<Media>>,
    link_previews: Option<Option<LinkPreview>>,
    tags: Option<Option<Vec<String>>>,
    reactions: Option<Option<Vec<codegen_runtime::serde_json::Value>>>,
    mentions: Option<Option<Vec<UserSummary>>>,
    tagged_users: Option<Option<Vec<UserSummary>>>,
    gif: Option<Option<String>>,
    links: Option<Option<Vec<String>>>,
    reaction_users: Option<Option<Vec<UserSummary>>>,
    location: Option<Option<PlaceRef>>,
}

impl codegen_runtime::model::Object for Post {
    const NAME: &'static str = "Post";
    type Slots = __PostSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "postText" => codegen_runtime::model::set(map, &mut slots.text, "postText"),
            "postedAt" => {
                codegen_runtime::model::set(map, &mut slots.posted_at, "postedAt")
            }
            "commentsCount" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.comments_count,
                    "commentsCount",
                )
            }
            "user" => codegen_runtime::model::set(map, &mut slots.user, "user"),
            "files" => codegen_runtime::model::set(map, &mut slots.files, "files"),
            "linkPreviews" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.link_previews,
                    "linkPreviews",
                )
            }
            "tags" => codegen_runtime::model::set(map, &mut slots.tags, "tags"),
            "reactions" => {
                codegen_runtime::model::set(map, &mut slots.reactions, "reactions")
            }
            "mentions" => {
                codegen_runtime::model::set(map, &mut slots.mentions, "mentions")
            }
            "taggedUsers" => {
                codegen_runtime::model::set(map, &mut slots.tagged_users, "taggedUsers")
            }
            "gif" => codegen_runtime::model::set(map, &mut slots.gif, "gif"),
            "links" => codegen_runtime::model::set(map, &mut slots.links, "links"),
            "reactionUsers" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.reaction_users,
                    "reactionUsers",
                )
            }
            "location" => {
                codegen_runtime::model::set(map, &mut slots.location, "location")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            text: slots.text.flatten(),
            posted_at: slots.posted_at.flatten(),
            comments_count: slots.comments_count.flatten(),
            user: slots.user.flatten(),
            files: slots.files.flatten(),
            link_previews: slots.link_previews.flatten(),
            tags: slots.tags.flatten(),
            reactions: slots.reactions.flatten(),
            mentions: slots.mentions.flatten(),
            tagged_users: slots.tagged_users.flatten(),
            gif: slots.gif.flatten(),
            links: slots.links.flatten(),
            reaction_users: slots.reaction_users.flatten(),
            location: slots.location.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Post {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// One page of posts.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct PostPage {
    /// The posts of this page.
    pub posts: Option<Vec<Post>>,
    /// Paging information of a list response.
    pub meta: Option<Meta>,
}

impl PostPage {
    /// The posts of this page.
    pub fn posts(mut self, value: impl IntoIterator<Item = impl Into<Post>>) -> Self {
        self.posts = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Paging information of a list response.
    pub fn meta(mut self, value: impl Into<Meta>) -> Self {
        self.meta = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for PostPage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "posts", &self.posts)?;
        codegen_runtime::model::present(&mut map, "meta", &self.meta)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`PostPage`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __PostPageSlots {
    posts: Option<Option<Vec<Post>>>,
    meta: Option<Option<Meta>>,
}

impl codegen_runtime::model::Object for PostPage {
    const NAME: &'static str = "PostPage";
    type Slots = __PostPageSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "posts" => codegen_runtime::model::set(map, &mut slots.posts, "posts"),
            "meta" => codegen_runtime::model::set(map, &mut slots.meta, "meta"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            posts: slots.posts.flatten(),
            meta: slots.meta.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for PostPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A news item. `files` is one media object in every example, despite the plural.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct News {
    /// Id.
    ///
    /// Set by the server.
    pub id: Option<String>,
    /// When it was posted.
    ///
    /// Constraints: format `date-time`.
    pub posted_at: Option<codegen_runtime::formats::DateTime>,
    /// Number of comments.
    pub comments_count: Option<i64>,
    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    pub user: Option<UserSummary>,
    /// An uploaded file (see `GET /api/media`).
    pub files: Option<Media>,
    /// Preview of a link found in a text.
    pub link_previews: Option<LinkPreview>,
    /// Tags.
    pub tags: Option<Vec<String>>,
    /// Reactions.
    pub reactions: Option<Vec<codegen_runtime::serde_json::Value>>,
    /// Mentioned users.
    pub mentions: Option<Vec<UserSummary>>,
    /// Tagged users.
    pub tagged_users: Option<Vec<UserSummary>>,
    /// Link of the GIF.
    pub gif: Option<String>,
    /// Links.
    pub links: Option<Vec<String>>,
    /// Users who reacted.
    pub reaction_users: Option<Vec<UserSummary>>,
    /// A place attached to a post or news item.
    pub location: Option<PlaceRef>,
    /// Title of the news.
    pub title: Option<String>,
    /// Category name.
    pub category: Option<String>,
    /// An uploaded file (see `GET /api/media`).
    pub cover_image: Option<Media>,
}

impl News {
    /// Id.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// When it was posted.
    pub fn posted_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.posted_at = Some(value.into());
        self
    }

    /// Number of comments.
    pub fn comments_count(mut self, value: impl Into<i64>) -> Self {
        self.comments_count = Some(value.into());
        self
    }

    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    pub fn user(mut self, value: impl Into<UserSummary>) -> Self {
        self.user = Some(value.into());
        self
    }

    /// An uploaded file (see `GET /api/media`).
    pub fn files(mut self, value: impl Into<Media>) -> Self {
        self.files = Some(value.into());
        self
    }

    /// Preview of a link found in a text.
    pub fn link_previews(mut self, value: impl Into<LinkPreview>) -> Self {
        self.link_previews = Some(value.into());
        self
    }

    /// Tags.
    pub fn tags(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.tags = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Reactions.
    pub fn reactions(
        mut self,
        value: impl IntoIterator<Item = impl Into<codegen_runtime::serde_json::Value>>,
    ) -> Self {
        self.reactions = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Mentioned users.
    pub fn mentions(
        mut self,
        value: impl IntoIterator<Item = impl Into<UserSummary>>,
    ) -> Self {
        self.mentions = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Tagged users.
    pub fn tagged_users(
        mut self,
        value: impl IntoIterator<Item = impl Into<UserSummary>>,
    ) -> Self {
        self.tagged_users = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Link of the GIF.
    pub fn gif(mut self, value: impl Into<String>) -> Self {
        self.gif = Some(value.into());
        self
    }

    /// Links.
    pub fn links(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.links = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Users who reacted.
    pub fn reaction_users(
        mut self,
        value: impl IntoIterator<Item = impl Into<UserSummary>>,
    ) -> Self {
        self.reaction_users = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// A place attached to a post or news item.
    pub fn location(mut self, value: impl Into<PlaceRef>) -> Self {
        self.location = Some(value.into());
        self
    }

    /// Title of the news.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Category name.
    pub fn category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self
    }

    /// An uploaded file (see `GET /api/media`).
    pub fn cover_image(mut self, value: impl Into<Media>) -> Self {
        self.cover_image = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for News {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "postedAt", &self.posted_at)?;
        codegen_runtime::model::present(
            &mut map,
            "commentsCount",
            &self.comments_count,
        )?;
        codegen_runtime::model::present(&mut map, "user", &self.user)?;
        codegen_runtime::model::present(&mut map, "files", &self.files)?;
        codegen_runtime::model::present(&mut map, "linkPreviews", &self.link_previews)?;
        codegen_runtime::model::present(&mut map, "tags", &self.tags)?;
        codegen_runtime::model::present(&mut map, "reactions", &self.reactions)?;
        codegen_runtime::model::present(&mut map, "mentions", &self.mentions)?;
        codegen_runtime::model::present(&mut map, "taggedUsers", &self.tagged_users)?;
        codegen_runtime::model::present(&mut map, "gif", &self.gif)?;
        codegen_runtime::model::present(&mut map, "links", &self.links)?;
        codegen_runtime::model::present(
            &mut map,
            "reactionUsers",
            &self.reaction_users,
        )?;
        codegen_runtime::model::present(&mut map, "location", &self.location)?;
        codegen_runtime::model::present(&mut map, "newsTitle", &self.title)?;
        codegen_runtime::model::present(&mut map, "category", &self.category)?;
        codegen_runtime::model::present(&mut map, "coverImage", &self.cover_image)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`News`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __NewsSlots {
    id: Option<Option<String>>,
    posted_at: Option<Option<codegen_runtime::formats::DateTime>>,
    comments_count: Option<Option<i64>>,
    user: Option<Option<UserSummary>>,
    files: Option<Option<Media>>,
    link_previews: Option<Option<LinkPreview>>,
    tags: Option<Option<Vec<String>>>,
    reactions: Option<Option<Vec<codegen_runtime::serde_json::Value>>>,
    mentions: Option<Option<Vec<UserSummary>>>,
    tagged_users: Option<Option<Vec<UserSummary>>>,
    gif: Option<Option<String>>,
    links: Option<Option<Vec<String>>>,
    reaction_users: Option<Option<Vec<UserSummary>>>,
    location: Option<Option<PlaceRef>>,
    title: Option<Option<String>>,
    category: Option<Option<String>>,
    cover_image: Option<Option<Media>>,
}

impl codegen_runtime::model::Object for News {
    const NAME: &'static str = "News";
    type Slots = __NewsSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "postedAt" => {
                codegen_runtime::model::set(map, &mut slots.posted_at, "postedAt")
            }
            "commentsCount" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.comments_count,
                    "commentsCount",
                )
            }
            "user" => codegen_runtime::model::set(map, &mut slots.user, "user"),
            "files" => codegen_runtime::model::set(map, &mut slots.files, "files"),
            "linkPreviews" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.link_previews,
                    "linkPreviews",
                )
            }
            "tags" => codegen_runtime::model::set(map, &mut slots.tags, "tags"),
            "reactions" => {
                codegen_runtime::model::set(map, &mut slots.reactions, "reactions")
            }
            "mentions" => {
                codegen_runtime::model::set(map, &mut slots.mentions, "mentions")
            }
            "taggedUsers" => {
                codegen_runtime::model::set(map, &mut slots.tagged_users, "taggedUsers")
            }
            "gif" => codegen_runtime::model::set(map, &mut slots.gif, "gif"),
            "links" => codegen_runtime::model::set(map, &mut slots.links, "links"),
            "reactionUsers" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.reaction_users,
                    "reactionUsers",
                )
            }
            "location" => {
                codegen_runtime::model::set(map, &mut slots.location, "location")
            }
            "newsTitle" => {
                codegen_runtime::model::set(map, &mut slots.title, "newsTitle")
            }
            "category" => {
                codegen_runtime::model::set(map, &mut slots.category, "category")
            }
            "coverImage" => {
                codegen_runtime::model::set(map, &mut slots.cover_image, "coverImage")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            posted_at: slots.posted_at.flatten(),
            comments_count: slots.comments_count.flatten(),
            user: slots.user.flatten(),
            files: slots.files.flatten(),
            link_previews: slots.link_previews.flatten(),
            tags: slots.tags.flatten(),
            reactions: slots.reactions.flatten(),
            mentions: slots.mentions.flatten(),
            tagged_users: slots.tagged_users.flatten(),
            gif: slots.gif.flatten(),
            links: slots.links.flatten(),
            reaction_users: slots.reaction_users.flatten(),
            location: slots.location.flatten(),
            title: slots.title.flatten(),
            category: slots.category.flatten(),
            cover_image: slots.cover_image.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for News {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// One page of news.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct NewsPage {
    /// The news of this page.
    pub news: Option<Vec<News>>,
    /// Paging information of a list response.
    pub meta: Option<Meta>,
}

impl NewsPage {
    /// The news of this page.
    pub fn news(mut self, value: impl IntoIterator<Item = impl Into<News>>) -> Self {
        self.news = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Paging information of a list response.
    pub fn meta(mut self, value: impl Into<Meta>) -> Self {
        self.meta = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for NewsPage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "news", &self.news)?;
        codegen_runtime::model::present(&mut map, "meta", &self.meta)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`NewsPage`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __NewsPageSlots {
    news: Option<Option<Vec<News>>>,
    meta: Option<Option<Meta>>,
}

impl codegen_runtime::model::Object for NewsPage {
    const NAME: &'static str = "NewsPage";
    type Slots = __NewsPageSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "news" => codegen_runtime::model::set(map, &mut slots.news, "news"),
            "meta" => codegen_runtime::model::set(map, &mut slots.meta, "meta"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            news: slots.news.flatten(),
            meta: slots.meta.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for NewsPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Status of the post.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `PUBLISHED` on the wire.
    Published,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    Unknown(codegen_runtime::UnknownValue),
}

impl Status {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Published => "PUBLISHED",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Status {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for Status {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(deserializer, &["PUBLISHED"])? {
                Ok(_) => Self::Published,
                Err(value) => Self::Unknown(value),
            },
        )
    }
}

/// A new post. A post needs media (`fileIds`) or `postText`.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct PostCreate {
    /// Who can see an item (an object).
    pub permissions: Option<Permissions>,
    /// Text of the post.
    pub post_text: Option<String>,
    /// Status of the post.
    pub status: Status,
    /// Tags of the post.
    pub tags: Vec<String>,
    /// Ids of the users mentioned in the post (see `list_users`).
    ///
    /// Constraints: each item: format `uuid`.
    pub mention: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Ids of picture and video media (see `get_media_upload_url`).
    ///
    /// Constraints: each item: format `uuid`.
    pub file_ids: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// A place attached to a post or news item.
    pub location: Option<PlaceRef>,
    /// Ids of the users tagged in the post (see `list_users`).
    ///
    /// Constraints: each item: format `uuid`.
    pub tagged_user_ids: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Link of the GIF media.
    pub gif: Option<String>,
    /// URLs of links.
    pub links: Option<Vec<String>>,
}

impl PostCreate {
    /// A `PostCreate` with its required fields; set the optional ones with the methods named after them.
    pub fn new(
        status: impl Into<Status>,
        tags: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            permissions: None,
            post_text: None,
            status: status.into(),
            tags: tags.into_iter().map(Into::into).collect(),
            mention: None,
            file_ids: None,
            location: None,
            tagged_user_ids: None,
            gif: None,
            links: None,
        }
    }

    /// Who can see an item (an object).
    pub fn permissions(mut self, value: impl Into<Permissions>) -> Self {
        self.permissions = Some(value.into());
        self
    }

    /// Text of the post.
    pub fn post_text(mut self, value: impl Into<String>) -> Self {
        self.post_text = Some(value.into());
        self
    }

    /// Ids of the users mentioned in the post (see `list_users`).
    pub fn mention(
        mut self,
        value: impl IntoIterator<Item = impl Into<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.mention = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Ids of picture and video media (see `get_media_upload_url`).
    pub fn file_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.file_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// A place attached to a post or news item.
    pub fn location(mut self, value: impl Into<PlaceRef>) -> Self {
        self.location = Some(value.into());
        self
    }

    /// Ids of the users tagged in the post (see `list_users`).
    pub fn tagged_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.tagged_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Link of the GIF media.
    pub fn gif(mut self, value: impl Into<String>) -> Self {
        self.gif = Some(value.into());
        self
    }

    /// URLs of links.
    pub fn links(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.links = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

impl serde::Serialize for PostCreate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "permissions", &self.permissions)?;
        codegen_runtime::model::present(&mut map, "postText", &self.post_text)?;
        codegen_runtime::model::entry(&mut map, "status", &self.status)?;
        codegen_runtime::model::entry(&mut map, "tags", &self.tags)?;
        codegen_runtime::model::present(&mut map, "mention", &self.mention)?;
        codegen_runtime::model::present(&mut map, "fileIds", &self.file_ids)?;
        codegen_runtime::model::present(&mut map, "location", &self.location)?;
        codegen_runtime::model::present(
            &mut map,
            "taggedUserIds",
            &self.tagged_user_ids,
        )?;
        codegen_runtime::model::present(&mut map, "gif", &self.gif)?;
        codegen_runtime::model::present(&mut map, "links", &self.links)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`PostCreate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __PostCreateSlots {
    permissions: Option<Option<Permissions>>,
    post_text: Option<Option<String>>,
    status: Option<Status>,
    tags: Option<Vec<String>>,
    mention: Option<Option<Vec<codegen_runtime::formats::Uuid>>>,
    file_ids: Option<Option<Vec<codegen_runtime::formats::Uuid>>>,
    location: Option<Option<PlaceRef>>,
    tagged_user_ids: Option<Option<Vec<codegen_runtime::formats::Uuid>>>,
    gif: Option<Option<String>>,
    links: Option<Option<Vec<String>>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for PostCreate {
    const NAME: &'static str = "PostCreate";
    type Slots = __PostCreateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "permissions" => {
                codegen_runtime::model::set(map, &mut slots.permissions, "permissions")
            }
            "postText" => {
                codegen_runtime::model::set(map, &mut slots.post_text, "postText")
            }
            "status" => codegen_runtime::model::set(map, &mut slots.status, "status"),
            "tags" => codegen_runtime::model::set(map, &mut slots.tags, "tags"),
            "mention" => codegen_runtime::model::set(map, &mut slots.mention, "mention"),
            "fileIds" => codegen_runtime::model::set(map, &mut slots.file_ids, "fileIds"),
            "location" => {
                codegen_runtime::model::set(map, &mut slots.location, "location")
            }
            "taggedUserIds" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.tagged_user_ids,
                    "taggedUserIds",
                )
            }
            "gif" => codegen_runtime::model::set(map, &mut slots.gif, "gif"),
            "links" => codegen_runtime::model::set(map, &mut slots.links, "links"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            permissions: slots.permissions.flatten(),
            post_text: slots.post_text.flatten(),
            status: codegen_runtime::model::required(slots.status, "status")?,
            tags: codegen_runtime::model::required(slots.tags, "tags")?,
            mention: slots.mention.flatten(),
            file_ids: slots.file_ids.flatten(),
            location: slots.location.flatten(),
            tagged_user_ids: slots.tagged_user_ids.flatten(),
            gif: slots.gif.flatten(),
            links: slots.links.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for PostCreate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Changes to a post; every field is optional.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct PostUpdate {
    /// Who can see an item (an object).
    pub permissions: Option<Permissions>,
    /// Text of the post.
    pub post_text: Option<String>,
    /// Status of the post.
    pub status: Option<Status>,
    /// Tags of the post.
    pub tags: Option<Vec<String>>,
    /// Ids of the users mentioned in the post (see `list_users`).
    ///
    /// Constraints: each item: format `uuid`.
    pub mention: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Ids of picture and video media (see `get_media_upload_url`).
    ///
    /// Constraints: each item: format `uuid`.
    pub file_ids: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// A place attached to a post or news item.
    pub location: Option<PlaceRef>,
    /// Ids of the users tagged in the post (see `list_users`).
    ///
    /// Constraints: each item: format `uuid`.
    pub tagged_user_ids: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Link of the GIF media.
    pub gif: Option<String>,
    /// URLs of links.
    pub links: Option<Vec<String>>,
}

impl PostUpdate {
    /// Who can see an item (an object).
    pub fn permissions(mut self, value: impl Into<Permissions>) -> Self {
        self.permissions = Some(value.into());
        self
    }

    /// Text of the post.
    pub fn post_text(mut self, value: impl Into<String>) -> Self {
        self.post_text = Some(value.into());
        self
    }

    /// Status of the post.
    pub fn status(mut self, value: impl Into<Status>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Tags of the post.
    pub fn tags(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.tags = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Ids of the users mentioned in the post (see `list_users`).
    pub fn mention(
        mut self,
        value: impl IntoIterator<Item = impl Into<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.mention = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Ids of picture and video media (see `get_media_upload_url`).
    pub fn file_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.file_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// A place attached to a post or news item.
    pub fn location(mut self, value: impl Into<PlaceRef>) -> Self {
        self.location = Some(value.into());
        self
    }

    /// Ids of the users tagged in the post (see `list_users`).
    pub fn tagged_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.tagged_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Link of the GIF media.
    pub fn gif(mut self, value: impl Into<String>) -> Self {
        self.gif = Some(value.into());
        self
    }

    /// URLs of links.
    pub fn links(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.links = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

impl serde::Serialize for PostUpdate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "permissions", &self.permissions)?;
        codegen_runtime::model::present(&mut map, "postText", &self.post_text)?;
        codegen_runtime::model::present(&mut map, "status", &self.status)?;
        codegen_runtime::model::present(&mut map, "tags", &self.tags)?;
        codegen_runtime::model::present(&mut map, "mention", &self.mention)?;
        codegen_runtime::model::present(&mut map, "fileIds", &self.file_ids)?;
        codegen_runtime::model::present(&mut map, "location", &self.location)?;
        codegen_runtime::model::present(
            &mut map,
            "taggedUserIds",
            &self.tagged_user_ids,
        )?;
        codegen_runtime::model::present(&mut map, "gif", &self.gif)?;
        codegen_runtime::model::present(&mut map, "links", &self.links)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`PostUpdate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __PostUpdateSlots {
    permissions: Option<Option<Permissions>>,
    post_text: Option<Option<String>>,
    status: Option<Option<Status>>,
    tags: Option<Option<Vec<String>>>,
    mention: Option<Option<Vec<codegen_runtime::formats::Uuid>>>,
    file_ids: Option<Option<Vec<codegen_runtime::formats::Uuid>>>,
    location: Option<Option<PlaceRef>>,
    tagged_user_ids: Option<Option<Vec<codegen_runtime::formats::Uuid>>>,
    gif: Option<Option<String>>,
    links: Option<Option<Vec<String>>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for PostUpdate {
    const NAME: &'static str = "PostUpdate";
    type Slots = __PostUpdateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "permissions" => {
                codegen_runtime::model::set(map, &mut slots.permissions, "permissions")
            }
            "postText" => {
                codegen_runtime::model::set(map, &mut slots.post_text, "postText")
            }
            "status" => codegen_runtime::model::set(map, &mut slots.status, "status"),
            "tags" => codegen_runtime::model::set(map, &mut slots.tags, "tags"),
            "mention" => codegen_runtime::model::set(map, &mut slots.mention, "mention"),
            "fileIds" => codegen_runtime::model::set(map, &mut slots.file_ids, "fileIds"),
            "location" => {
                codegen_runtime::model::set(map, &mut slots.location, "location")
            }
            "taggedUserIds" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.tagged_user_ids,
                    "taggedUserIds",
                )
            }
            "gif" => codegen_runtime::model::set(map, &mut slots.gif, "gif"),
            "links" => codegen_runtime::model::set(map, &mut slots.links, "links"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            permissions: slots.permissions.flatten(),
            post_text: slots.post_text.flatten(),
            status: slots.status.flatten(),
            tags: slots.tags.flatten(),
            mention: slots.mention.flatten(),
            file_ids: slots.file_ids.flatten(),
            location: slots.location.flatten(),
            tagged_user_ids: slots.tagged_user_ids.flatten(),
            gif: slots.gif.flatten(),
            links: slots.links.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for PostUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A news item to create, or changes to one (every field is optional).
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct NewsWrite {
    /// Who can see an item (an object).
    pub permissions: Option<Permissions>,
    /// Tags of the news.
    pub tags: Option<Vec<String>>,
    /// Ids of the users mentioned in the news (see `list_users`).
    ///
    /// Constraints: each item: format `uuid`.
    pub mention: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Ids of picture and video media (see `get_media_upload_url`).
    ///
    /// Constraints: each item: format `uuid`.
    pub file_ids: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// A place attached to a post or news item.
    pub location: Option<PlaceRef>,
    /// Ids of the users tagged in the news (see `list_users`).
    ///
    /// Constraints: each item: format `uuid`.
    pub tagged_user_ids: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Link of the GIF media.
    pub gif: Option<String>,
    /// URLs of links.
    pub links: Option<Vec<String>>,
    /// Title of the news.
    pub news_title: Option<String>,
    /// Category name (see `list_categories`).
    pub category: Option<String>,
    /// Media id of the cover image (see `get_media_upload_url`).
    ///
    /// Constraints: format `uuid`.
    pub cover_image: Option<codegen_runtime::formats::Uuid>,
}

impl NewsWrite {
    /// Who can see an item (an object).
    pub fn permissions(mut self, value: impl Into<Permissions>) -> Self {
        self.permissions = Some(value.into());
        self
    }

    /// Tags of the news.
    pub fn tags(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.tags = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Ids of the users mentioned in the news (see `list_users`).
    pub fn mention(
        mut self,
        value: impl IntoIterator<Item = impl Into<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.mention = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Ids of picture and video media (see `get_media_upload_url`).
    pub fn file_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.file_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// A place attached to a post or news item.
    pub fn location(mut self, value: impl Into<PlaceRef>) -> Self {
        self.location = Some(value.into());
        self
    }

    /// Ids of the users tagged in the news (see `list_users`).
    pub fn tagged_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.tagged_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Link of the GIF media.
    pub fn gif(mut self, value: impl Into<String>) -> Self {
        self.gif = Some(value.into());
        self
    }

    /// URLs of links.
    pub fn links(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.links = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Title of the news.
    pub fn news_title(mut self, value: impl Into<String>) -> Self {
        self.news_title = Some(value.into());
        self
    }

    /// Category name (see `list_categories`).
    pub fn category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self
    }

    /// Media id of the cover image (see `get_media_upload_url`).
    pub fn cover_image(
        mut self,
        value: impl Into<codegen_runtime::formats::Uuid>,
    ) -> Self {
        self.cover_image = Some(value.into());
        self
    }
}

impl serde::Serialize for NewsWrite {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "permissions", &self.permissions)?;
        codegen_runtime::model::present(&mut map, "tags", &self.tags)?;
        codegen_runtime::model::present(&mut map, "mention", &self.mention)?;
        codegen_runtime::model::present(&mut map, "fileIds", &self.file_ids)?;
        codegen_runtime::model::present(&mut map, "location", &self.location)?;
        codegen_runtime::model::present(
            &mut map,
            "taggedUserIds",
            &self.tagged_user_ids,
        )?;
        codegen_runtime::model::present(&mut map, "gif", &self.gif)?;
        codegen_runtime::model::present(&mut map, "links", &self.links)?;
        codegen_runtime::model::present(&mut map, "newsTitle", &self.news_title)?;
        codegen_runtime::model::present(&mut map, "category", &self.category)?;
        codegen_runtime::model::present(&mut map, "coverImage", &self.cover_image)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`NewsWrite`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __NewsWriteSlots {
    permissions: Option<Option<Permissions>>,
    tags: Option<Option<Vec<String>>>,
    mention: Option<Option<Vec<codegen_runtime::formats::Uuid>>>,
    file_ids: Option<Option<Vec<codegen_runtime::formats::Uuid>>>,
    location: Option<Option<PlaceRef>>,
    tagged_user_ids: Option<Option<Vec<codegen_runtime::formats::Uuid>>>,
    gif: Option<Option<String>>,
    links: Option<Option<Vec<String>>>,
    news_title: Option<Option<String>>,
    category: Option<Option<String>>,
    cover_image: Option<Option<codegen_runtime::formats::Uuid>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for NewsWrite {
    const NAME: &'static str = "NewsWrite";
    type Slots = __NewsWriteSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "permissions" => {
                codegen_runtime::model::set(map, &mut slots.permissions, "permissions")
            }
            "tags" => codegen_runtime::model::set(map, &mut slots.tags, "tags"),
            "mention" => codegen_runtime::model::set(map, &mut slots.mention, "mention"),
            "fileIds" => codegen_runtime::model::set(map, &mut slots.file_ids, "fileIds"),
            "location" => {
                codegen_runtime::model::set(map, &mut slots.location, "location")
            }
            "taggedUserIds" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.tagged_user_ids,
                    "taggedUserIds",
                )
            }
            "gif" => codegen_runtime::model::set(map, &mut slots.gif, "gif"),
            "links" => codegen_runtime::model::set(map, &mut slots.links, "links"),
            "newsTitle" => {
                codegen_runtime::model::set(map, &mut slots.news_title, "newsTitle")
            }
            "category" => {
                codegen_runtime::model::set(map, &mut slots.category, "category")
            }
            "coverImage" => {
                codegen_runtime::model::set(map, &mut slots.cover_image, "coverImage")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            permissions: slots.permissions.flatten(),
            tags: slots.tags.flatten(),
            mention: slots.mention.flatten(),
            file_ids: slots.file_ids.flatten(),
            location: slots.location.flatten(),
            tagged_user_ids: slots.tagged_user_ids.flatten(),
            gif: slots.gif.flatten(),
            links: slots.links.flatten(),
            news_title: slots.news_title.flatten(),
            category: slots.category.flatten(),
            cover_image: slots.cover_image.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for NewsWrite {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A participant of a call.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct CallParticipant {
    /// Participant id.
    ///
    /// Set by the server.
    pub id: Option<String>,
    /// User id.
    pub user_id: Option<String>,
    /// Call id.
    pub call_id: Option<String>,
    /// Id of the participant in the media service.
    pub agora_id: Option<i64>,
    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    pub user: Option<UserSummary>,
    /// When the participant joined.
    ///
    /// Constraints: format `date-time`.
    pub joined_at: Option<codegen_runtime::formats::DateTime>,
    /// Whether the participant hosts the call.
    pub host: Option<bool>,
    /// When the participant left. Any JSON; the documentation shows only `{}`.
    pub left_at: Option<codegen_runtime::serde_json::Value>,
}

impl CallParticipant {
    /// Participant id.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// User id.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }

    /// Call id.
    pub fn call_id(mut self, value: impl Into<String>) -> Self {
        self.call_id = Some(value.into());
        self
    }

    /// Id of the participant in the media service.
    pub fn agora_id(mut self, value: impl Into<i64>) -> Self {
        self.agora_id = Some(value.into());
        self
    }

    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    pub fn user(mut self, value: impl Into<UserSummary>) -> Self {
        self.user = Some(value.into());
        self
    }

    /// When the participant joined.
    pub fn joined_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.joined_at = Some(value.into());
        self
    }

    /// Whether the participant hosts the call.
    pub fn host(mut self, value: impl Into<bool>) -> Self {
        self.host = Some(value.into());
        self
    }

    /// When the participant left. Any JSON; the documentation shows only `{}`.
    pub fn left_at(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.left_at = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for CallParticipant {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "userId", &self.user_id)?;
        codegen_runtime::model::present(&mut map, "callId", &self.call_id)?;
        codegen_runtime::model::present(&mut map, "agoraId", &self.agora_id)?;
        codegen_runtime::model::present(&mut map, "user", &self.user)?;
        codegen_runtime::model::present(&mut map, "joinedAt", &self.joined_at)?;
        codegen_runtime::model::present(&mut map, "host", &self.host)?;
        codegen_runtime::model::present(&mut map, "leftAt", &self.left_at)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`CallParticipant`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __CallParticipantSlots {
    id: Option<Option<String>>,
    user_id: Option<Option<String>>,
    call_id: Option<Option<String>>,
    agora_id: Option<Option<i64>>,
    user: Option<Option<UserSummary>>,
    joined_at: Option<Option<codegen_runtime::formats::DateTime>>,
    host: Option<Option<bool>>,
    left_at: Option<Option<codegen_runtime::serde_json::Value>>,
}

impl codegen_runtime::model::Object for CallParticipant {
    const NAME: &'static str = "CallParticipant";
    type Slots = __CallParticipantSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "userId" => codegen_runtime::model::set(map, &mut slots.user_id, "userId"),
            "callId" => codegen_runtime::model::set(map, &mut slots.call_id, "callId"),
            "agoraId" => codegen_runtime::model::set(map, &mut slots.agora_id, "agoraId"),
            "user" => codegen_runtime::model::set(map, &mut slots.user, "user"),
            "joinedAt" => {
                codegen_runtime::model::set(map, &mut slots.joined_at, "joinedAt")
            }
            "host" => codegen_runtime::model::set(map, &mut slots.host, "host"),
            "leftAt" => codegen_runtime::model::set(map, &mut slots.left_at, "leftAt"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            user_id: slots.user_id.flatten(),
            call_id: slots.call_id.flatten(),
            agora_id: slots.agora_id.flatten(),
            user: slots.user.flatten(),
            joined_at: slots.joined_at.flatten(),
            host: slots.host.flatten(),
            left_at: slots.left_at.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for CallParticipant {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// The livestream of the event: a call object in the event examples, a string in the events embedded in group chats.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum EventLivestream {
    /// A `Box<ApiCall>`.
    ApiCall(Box<ApiCall>),
    /// A `String`.
    String(String),
    /// A value that matches no variant this client knows (added to the API after it was
    /// generated), as the server sent it.
    Unknown(codegen_runtime::serde_json::Value),
}

impl From<ApiCall> for EventLivestream {
    fn from(value: ApiCall) -> Self {
        Self::ApiCall(Box::new(value))
    }
}

impl From<String> for EventLivestream {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for EventLivestream {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ApiCall(value) => serde::Serialize::serialize(value, serializer),
            Self::String(value) => serde::Serialize::serialize(value, serializer),
            Self::Unknown(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for EventLivestream {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = codegen_runtime::model::buffer(deserializer)?;
        if let Some(value) = codegen_runtime::model::try_variant(&value) {
            return Ok(Self::ApiCall(value));
        }
        if let Some(value) = codegen_runtime::model::try_variant(&value) {
            return Ok(Self::String(value));
        }
        Ok(Self::Unknown(value.into_json()))
    }
}

/// The recurrence.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct EventRepeatConfigValue {
    /// Extras. Any JSON; the documentation shows only `{}`.
    pub extras: Option<codegen_runtime::serde_json::Value>,
    /// Configuration. Any JSON; the documentation shows only `{}`.
    pub config: Option<codegen_runtime::serde_json::Value>,
}

impl EventRepeatConfigValue {
    /// Extras. Any JSON; the documentation shows only `{}`.
    pub fn extras(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.extras = Some(value.into());
        self
    }

    /// Configuration. Any JSON; the documentation shows only `{}`.
    pub fn config(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.config = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for EventRepeatConfigValue {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "extras", &self.extras)?;
        codegen_runtime::model::present(&mut map, "config", &self.config)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`EventRepeatConfigValue`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __EventRepeatConfigValueSlots {
    extras: Option<Option<codegen_runtime::serde_json::Value>>,
    config: Option<Option<codegen_runtime::serde_json::Value>>,
}

impl codegen_runtime::model::Object for EventRepeatConfigValue {
    const NAME: &'static str = "EventRepeatConfigValue";
    type Slots = __EventRepeatConfigValueSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "extras" => codegen_runtime::model::set(map, &mut slots.extras, "extras"),
            "config" => codegen_runtime::model::set(map, &mut slots.config, "config"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            extras: slots.extras.flatten(),
            config: slots.config.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for EventRepeatConfigValue {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Recurrence configuration.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct EventRepeatConfig {
    /// The recurrence.
    pub config: Option<EventRepeatConfigValue>,
}

impl EventRepeatConfig {
    /// The recurrence.
    pub fn config(mut self, value: impl Into<EventRepeatConfigValue>) -> Self {
        self.config = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for EventRepeatConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "config", &self.config)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`EventRepeatConfig`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __EventRepeatConfigSlots {
    config: Option<Option<EventRepeatConfigValue>>,
}

impl codegen_runtime::model::Object for EventRepeatConfig {
    const NAME: &'static str = "EventRepeatConfig";
    type Slots = __EventRepeatConfigSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "config" => codegen_runtime::model::set(map, &mut slots.config, "config"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            config: slots.config.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for EventRepeatConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// An event, meeting or livestream.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Event {
    /// Event id.
    ///
    /// Set by the server.
    pub id: Option<String>,
    /// Creation time.
    ///
    /// Constraints: format `date-time`.
    ///
    /// Set by the server.
    pub created_at: Option<codegen_runtime::formats::DateTime>,
    /// Last update time.
    ///
    /// Constraints: format `date-time`.
    ///
    /// Set by the server.
    pub updated_at: Option<codegen_runtime::formats::DateTime>,
    /// Id of the creator.
    ///
    /// Set by the server.
    pub created_by: Option<String>,
    /// Id of the last updater.
    ///
    /// Set by the server.
    pub updated_by: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// External links.
    pub external_link: Option<Vec<ExternalLink>>,
    /// Whether the event was imported from an external calendar.
    pub is_external_event: Option<bool>,
    /// Conference link (virtual events).
    pub conference_link: Option<String>,
    /// Location link of the venue.
    pub location: Option<String>,
    /// Start.
    ///
    /// Constraints: format `date-time`.
    pub start_date_time: Option<codegen_runtime::formats::DateTime>,
    /// End.
    ///
    /// Constraints: format `date-time`.
    pub end_date_time: Option<codegen_runtime::formats::DateTime>,
    /// Whether the event is virtual.
    pub is_virtual: Option<bool>,
    /// Source of the event.
    pub source: Option<String>,
    /// Poster. Any JSON; the documentation shows only `{}`.
    pub poster: Option<codegen_runtime::serde_json::Value>,
    /// Number of users going.
    pub going: Option<i64>,
    /// The caller's answer to the invitation.
    pub my_rsvp: Option<String>,
    /// The caller's check-in time.
    ///
    /// Constraints: format `date-time`.
    pub my_checkin: Option<codegen_runtime::formats::DateTime>,
    /// Number of comments.
    pub comments: Option<i64>,
    /// Tags.
    pub tags: Option<Vec<String>>,
    /// Reactions.
    pub reactions: Option<Vec<String>>,
    /// Type of the event (the request sends an integer code). Any JSON; the documentation shows only `{}`.
    pub r#type: Option<codegen_runtime::serde_json::Value>,
    /// Category (the request sends a name). Any JSON; the documentation shows only `{}`.
    pub category: Option<codegen_runtime::serde_json::Value>,
    /// The livestream of the event: a call object in the event examples, a string in the events embedded in group chats.
    pub livestream: Option<Box<EventLivestream>>,
    /// Invited users and their answers.
    pub rsvp_users: Option<Vec<RsvpUser>>,
    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    pub creator: Option<UserSummary>,
    /// External attendees.
    pub external_attendees: Option<Vec<String>>,
    /// Recurrence configuration.
    pub repeat_config: Option<EventRepeatConfig>,
    /// Id of the recurrence. Any JSON; the documentation shows only `{}`.
    pub repeat_id: Option<codegen_runtime::serde_json::Value>,
}

impl Event {
    /// Event id.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Creation time.
    pub fn created_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.created_at = Some(value.into());
        self
    }

    /// Last update time.
    pub fn updated_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }

    /// Id of the creator.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }

    /// Id of the last updater.
    pub fn updated_by(mut self, value: impl Into<String>) -> Self {
        self.updated_by = Some(value.into());
        self
    }

    /// Title.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Description.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// External links.
    pub fn external_link(
        mut self,
        value: impl IntoIterator<Item = impl Into<ExternalLink>>,
    ) -> Self {
        self.external_link = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Whether the event was imported from an external calendar.
    pub fn is_external_event(mut self, value: impl Into<bool>) -> Self {
        self.is_external_event = Some(value.into());
        self
    }

    /// Conference link (virtual events).
    pub fn conference_link(mut self, value: impl Into<String>) -> Self {
        self.conference_link = Some(value.into());
        self
    }

    /// Location link of the venue.
    pub fn location(mut self, value: impl Into<String>) -> Self {
        self.location = Some(value.into());
        self
    }

    /// Start.
    pub fn start_date_time(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.start_date_time = Some(value.into());
        self
    }

    /// End.
    pub fn end_date_time(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.end_date_time = Some(value.into());
        self
    }

    /// Whether the event is virtual.
    pub fn is_virtual(mut self, value: impl Into<bool>) -> Self {
        self.is_virtual = Some(value.into());
        self
    }

    /// Source of the event.
    pub fn source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }

    /// Poster. Any JSON; the documentation shows only `{}`.
    pub fn poster(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.poster = Some(value.into());
        self
    }

    /// Number of users going.
    pub fn going(mut self, value: impl Into<i64>) -> Self {
        self.going = Some(value.into());
        self
    }

    /// The caller's answer to the invitation.
    pub fn my_rsvp(mut self, value: impl Into<String>) -> Self {
        self.my_rsvp = Some(value.into());
        self
    }

    /// The caller's check-in time.
    pub fn my_checkin(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.my_checkin = Some(value.into());
        self
    }

    /// Number of comments.
    pub fn comments(mut self, value: impl Into<i64>) -> Self {
        self.comments = Some(value.into());
        self
    }

    /// Tags.
    pub fn tags(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.tags = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Reactions.
    pub fn reactions(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.reactions = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Type of the event (the request sends an integer code). Any JSON; the documentation shows only `{}`.
    pub fn r#type(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// Category (the request sends a name). Any JSON; the documentation shows only `{}`.
    pub fn category(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.category = Some(value.into());
        self
    }

    /// The livestream of the event: a call object in the event examples, a string in the events embedded in group chats.
    pub fn livestream(mut self, value: impl Into<Box<EventLivestream>>) -> Self {
        self.livestream = Some(value.into());
        self
    }

    /// Invited users and their answers.
    pub fn rsvp_users(
        mut self,
        value: impl IntoIterator<Item = impl Into<RsvpUser>>,
    ) -> Self {
        self.rsvp_users = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    pub fn creator(mut self, value: impl Into<UserSummary>) -> Self {
        self.creator = Some(value.into());
        self
    }

    /// External attendees.
    pub fn external_attendees(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.external_attendees = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Recurrence configuration.
    pub fn repeat_config(mut self, value: impl Into<EventRepeatConfig>) -> Self {
        self.repeat_config = Some(value.into());
        self
    }

    /// Id of the recurrence. Any JSON; the documentation shows only `{}`.
    pub fn repeat_id(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.repeat_id = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Event {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "createdAt", &self.created_at)?;
        codegen_runtime::model::present(&mut map, "updatedAt", &self.updated_at)?;
        codegen_runtime::model::present(&mut map, "createdBy", &self.created_by)?;
        codegen_runtime::model::present(&mut map, "updatedBy", &self.updated_by)?;
        codegen_runtime::model::present(&mut map, "title", &self.title)?;
        codegen_runtime::model::present(&mut map, "description", &self.description)?;
        codegen_runtime::model::present(&mut map, "externalLink", &self.external_link)?;
        codegen_runtime::model::present(
            &mut map,
            "isExternalEvent",
            &self.is_external_event,
        )?;
        codegen_runtime::model::present(
            &mut map,
            "conferenceLink",
            &self.conference_link,
        )?;
        codegen_runtime::model::present(&mut map, "location", &self.location)?;
        codegen_runtime::model::present(
            &mut map,
            "startDateTime",
            &self.start_date_time,
        )?;
        codegen_runtime::model::present(&mut map, "endDateTime", &self.end_date_time)?;
        codegen_runtime::model::present(&mut map, "isVirtual", &self.is_virtual)?;
        codegen_runtime::model::present(&mut map, "eventSource", &self.source)?;
        codegen_runtime::model::present(&mut map, "poster", &self.poster)?;
        codegen_runtime::model::present(&mut map, "going", &self.going)?;
        codegen_runtime::model::present(&mut map, "myRsvp", &self.my_rsvp)?;
        codegen_runtime::model::present(&mut map, "myCheckin", &self.my_checkin)?;
        codegen_runtime::model::present(&mut map, "comments", &self.comments)?;
        codegen_runtime::model::present(&mut map, "tags", &self.tags)?;
        codegen_runtime::model::present(&mut map, "reactions", &self.reactions)?;
        codegen_runtime::model::present(&mut map, "type", &self.r#type)?;
        codegen_runtime::model::present(&mut map, "category", &self.category)?;
        codegen_runtime::model::present(&mut map, "livestream", &self.livestream)?;
        codegen_runtime::model::present(&mut map, "rsvpUsers", &self.rsvp_users)?;
        codegen_runtime::model::present(&mut map, "creator", &self.creator)?;
        codegen_runtime::model::present(
            &mut map,
            "externalAttendees",
            &self.external_attendees,
        )?;
        codegen_runtime::model::present(&mut map, "repeatConfig", &self.repeat_config)?;
        codegen_runtime::model::present(&mut map, "repeatId", &self.repeat_id)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Event`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __EventSlots {
    id: Option<Option<String>>,
    created_at: Option<Option<codegen_runtime::formats::DateTime>>,
    updated_at: Option<Option<codegen_runtime::formats::DateTime>>,
    created_by: Option<Option<String>>,
    updated_by: Option<Option<String>>,
    title: Option<Option<String>>,
    description: Option<Option<String>>,
    external_link: Option<Option<Vec<ExternalLink>>>,
    is_external_event: Option<Option<bool>>,
    conference_link: Option<Option<String>>,
    location: Option<Option<String>>,
    start_date_time: Option<Option<codegen_runtime::formats::DateTime>>,
    end_date_time: Option<Option<codegen_runtime::formats::DateTime>>,
    is_virtual: Option<Option<bool>>,
    source: Option<Option<String>>,
    poster: Option<Option<codegen_runtime::serde_json::Value>>,
    going: Option<Option<i64>>,
    my_rsvp: Option<Option<String>>,
    my_checkin: Option<Option<codegen_runtime::formats::DateTime>>,
    comments: Option<Option<i64>>,
    tags: Option<Option<Vec<String>>>,
    reactions: Option<Option<Vec<String>>>,
    r#type: Option<Option<codegen_runtime::serde_json::Value>>,
    category: Option<Option<codegen_runtime::serde_json::Value>>,
    livestream: Option<Option<Box<EventLivestream>>>,
    rsvp_users: Option<Option<Vec<RsvpUser>>>,
    creator: Option<Option<UserSummary>>,
    external_attendees: Option<Option<Vec<String>>>,
    repeat_config: Option<Option<EventRepeatConfig>>,
    repeat_id: Option<Option<codegen_runtime::serde_json::Value>>,
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
            "createdAt" => {
                codegen_runtime::model::set(map, &mut slots.created_at, "createdAt")
            }
            "updatedAt" => {
                codegen_runtime::model::set(map, &mut slots.updated_at, "updatedAt")
            }
            "createdBy" => {
                codegen_runtime::model::set(map, &mut slots.created_by, "createdBy")
            }
            "updatedBy" => {
                codegen_runtime::model::set(map, &mut slots.updated_by, "updatedBy")
            }
            "title" => codegen_runtime::model::set(map, &mut slots.title, "title"),
            "description" => {
                codegen_runtime::model::set(map, &mut slots.description, "description")
            }
            "externalLink" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.external_link,
                    "externalLink",
                )
            }
            "isExternalEvent" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.is_external_event,
                    "isExternalEvent",
                )
            }
            "conferenceLink" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.conference_link,
                    "conferenceLink",
                )
            }
            "location" => {
                codegen_runtime::model::set(map, &mut slots.location, "location")
            }
            "startDateTime" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.start_date_time,
                    "startDateTime",
                )
            }
            "endDateTime" => {
                codegen_runtime::model::set(map, &mut slots.end_date_time, "endDateTime")
            }
            "isVirtual" => {
                codegen_runtime::model::set(map, &mut slots.is_virtual, "isVirtual")
            }
            "eventSource" => {
                codegen_runtime::model::set(map, &mut slots.source, "eventSource")
            }
            "poster" => codegen_runtime::model::set(map, &mut slots.poster, "poster"),
            "going" => codegen_runtime::model::set(map, &mut slots.going, "going"),
            "myRsvp" => codegen_runtime::model::set(map, &mut slots.my_rsvp, "myRsvp"),
            "myCheckin" => {
                codegen_runtime::model::set(map, &mut slots.my_checkin, "myCheckin")
            }
            "comments" => {
                codegen_runtime::model::set(map, &mut slots.comments, "comments")
            }
            "tags" => codegen_runtime::model::set(map, &mut slots.tags, "tags"),
            "reactions" => {
                codegen_runtime::model::set(map, &mut slots.reactions, "reactions")
            }
            "type" => codegen_runtime::model::set(map, &mut slots.r#type, "type"),
            "category" => {
                codegen_runtime::model::set(map, &mut slots.category, "category")
            }
            "livestream" => {
                codegen_runtime::model::set(map, &mut slots.livestream, "livestream")
            }
            "rsvpUsers" => {
                codegen_runtime::model::set(map, &mut slots.rsvp_users, "rsvpUsers")
            }
            "creator" => codegen_runtime::model::set(map, &mut slots.creator, "creator"),
            "externalAttendees" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.external_attendees,
                    "externalAttendees",
                )
            }
            "repeatConfig" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.repeat_config,
                    "repeatConfig",
                )
            }
            "repeatId" => {
                codegen_runtime::model::set(map, &mut slots.repeat_id, "repeatId")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            created_at: slots.created_at.flatten(),
            updated_at: slots.updated_at.flatten(),
            created_by: slots.created_by.flatten(),
            updated_by: slots.updated_by.flatten(),
            title: slots.title.flatten(),
            description: slots.description.flatten(),
            external_link: slots.external_link.flatten(),
            is_external_event: slots.is_external_event.flatten(),
            conference_link: slots.conference_link.flatten(),
            location: slots.location.flatten(),
            start_date_time: slots.start_date_time.flatten(),
            end_date_time: slots.end_date_time.flatten(),
            is_virtual: slots.is_virtual.flatten(),
            source: slots.source.flatten(),
            poster: slots.poster.flatten(),
            going: slots.going.flatten(),
            my_rsvp: slots.my_rsvp.flatten(),
            my_checkin: slots.my_checkin.flatten(),
            comments: slots.comments.flatten(),
            tags: slots.tags.flatten(),
            reactions: slots.reactions.flatten(),
            r#type: slots.r#type.flatten(),
            category: slots.category.flatten(),
            livestream: slots.livestream.flatten(),
            rsvp_users: slots.rsvp_users.flatten(),
            creator: slots.creator.flatten(),
            external_attendees: slots.external_attendees.flatten(),
            repeat_config: slots.repeat_config.flatten(),
            repeat_id: slots.repeat_id.flatten(),
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

/// The event of the call: its id (a string) in the event examples, the whole event in the group chat examples.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ApiCallEvent {
    /// A `String`.
    String(String),
    /// A `Box<Event>`.
    Event(Box<Event>),
    /// A value that matches no variant this client knows (added to the API after it was
    /// generated), as the server sent it.
    Unknown(codegen_runtime::serde_json::Value),
}

impl From<String> for ApiCallEvent {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl From<Event> for ApiCallEvent {
    fn from(value: Event) -> Self {
        Self::Event(Box::new(value))
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for ApiCallEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(value) => serde::Serialize::serialize(value, serializer),
            Self::Event(value) => serde::Serialize::serialize(value, serializer),
            Self::Unknown(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for ApiCallEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = codegen_runtime::model::buffer(deserializer)?;
        if let Some(value) = codegen_runtime::model::try_variant(&value) {
            return Ok(Self::String(value));
        }
        if let Some(value) = codegen_runtime::model::try_variant(&value) {
            return Ok(Self::Event(value));
        }
        Ok(Self::Unknown(value.into_json()))
    }
}

/// A call or livestream.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct ApiCall {
    /// Call id.
    ///
    /// Set by the server.
    pub id: Option<String>,
    /// Id of the message of the call. Any JSON; the documentation shows only `{}`.
    pub message_id: Option<codegen_runtime::serde_json::Value>,
    /// Duration.
    pub duration: Option<i64>,
    /// Start time.
    ///
    /// Constraints: format `date-time`.
    pub started_at: Option<codegen_runtime::formats::DateTime>,
    /// End time.
    ///
    /// Constraints: format `date-time`.
    pub ended_at: Option<codegen_runtime::formats::DateTime>,
    /// Type of the call.
    pub r#type: Option<String>,
    /// Status of the call.
    pub status: Option<String>,
    /// Whether the call is in progress.
    pub in_progress: Option<bool>,
    /// Whether it is a group call.
    pub is_group: Option<bool>,
    /// Call token. Any JSON; the documentation shows only `{}`.
    pub token: Option<codegen_runtime::serde_json::Value>,
    /// Id of the conversation. Any JSON; the documentation shows only `{}`.
    pub conversation_id: Option<codegen_runtime::serde_json::Value>,
    /// Number of current participants.
    pub no_of_participants: Option<i64>,
    /// Number of participants in total.
    pub total_participants: Option<i64>,
    /// Participants.
    pub participants: Option<Vec<CallParticipant>>,
    /// Id of the livestream conversation.
    pub livestream_conversation_id: Option<String>,
    /// Title. Any JSON; the documentation shows only `{}`.
    pub title: Option<codegen_runtime::serde_json::Value>,
    /// Id of the event for the invites. Any JSON; the documentation shows only `{}`.
    pub event_for_invites_id: Option<codegen_runtime::serde_json::Value>,
    /// An uploaded file (see `GET /api/media`).
    pub file: Option<Media>,
    /// Id of the user who started the call.
    pub user_id: Option<String>,
    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    pub user: Option<UserSummary>,
    /// When the call is scheduled.
    ///
    /// Constraints: format `date-time`.
    pub scheduled_for: Option<codegen_runtime::formats::DateTime>,
    /// Whether the call is recorded.
    pub record: Option<bool>,
    /// The event of the call: its id (a string) in the event examples, the whole event in the group chat examples.
    pub event: Option<Box<ApiCallEvent>>,
    /// Public token of the call.
    pub public_token: Option<codegen_runtime::Secret>,
}

impl ApiCall {
    /// Call id.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Id of the message of the call. Any JSON; the documentation shows only `{}`.
    pub fn message_id(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.message_id = Some(value.into());
        self
    }

    /// Duration.
    pub fn duration(mut self, value: impl Into<i64>) -> Self {
        self.duration = Some(value.into());
        self
    }

    /// Start time.
    pub fn started_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.started_at = Some(value.into());
        self
    }

    /// End time.
    pub fn ended_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.ended_at = Some(value.into());
        self
    }

    /// Type of the call.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// Status of the call.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Whether the call is in progress.
    pub fn in_progress(mut self, value: impl Into<bool>) -> Self {
        self.in_progress = Some(value.into());
        self
    }

    /// Whether it is a group call.
    pub fn is_group(mut self, value: impl Into<bool>) -> Self {
        self.is_group = Some(value.into());
        self
    }

    /// Call token. Any JSON; the documentation shows only `{}`.
    pub fn token(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.token = Some(value.into());
        self
    }

    /// Id of the conversation. Any JSON; the documentation shows only `{}`.
    pub fn conversation_id(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.conversation_id = Some(value.into());
        self
    }

    /// Number of current participants.
    pub fn no_of_participants(mut self, value: impl Into<i64>) -> Self {
        self.no_of_participants = Some(value.into());
        self
    }

    /// Number of participants in total.
    pub fn total_participants(mut self, value: impl Into<i64>) -> Self {
        self.total_participants = Some(value.into());
        self
    }

    /// Participants.
    pub fn participants(
        mut self,
        value: impl IntoIterator<Item = impl Into<CallParticipant>>,
    ) -> Self {
        self.participants = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Id of the livestream conversation.
    pub fn livestream_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.livestream_conversation_id = Some(value.into());
        self
    }

    /// Title. Any JSON; the documentation shows only `{}`.
    pub fn title(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Id of the event for the invites. Any JSON; the documentation shows only `{}`.
    pub fn event_for_invites_id(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.event_for_invites_id = Some(value.into());
        self
    }

    /// An uploaded file (see `GET /api/media`).
    pub fn file(mut self, value: impl Into<Media>) -> Self {
        self.file = Some(value.into());
        self
    }

    /// Id of the user who started the call.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }

    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    pub fn user(mut self, value: impl Into<UserSummary>) -> Self {
        self.user = Some(value.into());
        self
    }

    /// When the call is scheduled.
    pub fn scheduled_for(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.scheduled_for = Some(value.into());
        self
    }

    /// Whether the call is recorded.
    pub fn record(mut self, value: impl Into<bool>) -> Self {
        self.record = Some(value.into());
        self
    }

    /// The event of the call: its id (a string) in the event examples, the whole event in the group chat examples.
    pub fn event(mut self, value: impl Into<Box<ApiCallEvent>>) -> Self {
        self.event = Some(value.into());
        self
    }

    /// Public token of the call.
    pub fn public_token(mut self, value: impl Into<codegen_runtime::Secret>) -> Self {
        self.public_token = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for ApiCall {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "messageId", &self.message_id)?;
        codegen_runtime::model::present(&mut map, "duration", &self.duration)?;
        codegen_runtime::model::present(&mut map, "startedAt", &self.started_at)?;
        codegen_runtime::model::present(&mut map, "endedAt", &self.ended_at)?;
        codegen_runtime::model::present(&mut map, "type", &self.r#type)?;
        codegen_runtime::model::present(&mut map, "status", &self.status)?;
        codegen_runtime::model::present(&mut map, "inProgress", &self.in_progress)?;
        codegen_runtime::model::present(&mut map, "isGroup", &self.is_group)?;
        codegen_runtime::model::present(&mut map, "token", &self.token)?;
        codegen_runtime::model::present(
            &mut map,
            "conversationId",
            &self.conversation_id,
        )?;
        codegen_runtime::model::present(
            &mut map,
            "noOfParticipants",
            &self.no_of_participants,
        )?;
        codegen_runtime::model::present(
            &mut map,
            "totalParticipants",
            &self.total_participants,
        )?;
        codegen_runtime::model::present(&mut map, "participants", &self.participants)?;
        codegen_runtime::model::present(
            &mut map,
            "livestreamConversationId",
            &self.livestream_conversation_id,
        )?;
        codegen_runtime::model::present(&mut map, "title", &self.title)?;
        codegen_runtime::model::present(
            &mut map,
            "eventForInvitesId",
            &self.event_for_invites_id,
        )?;
        codegen_runtime::model::present(&mut map, "file", &self.file)?;
        codegen_runtime::model::present(&mut map, "userId", &self.user_id)?;
        codegen_runtime::model::present(&mut map, "user", &self.user)?;
        codegen_runtime::model::present(&mut map, "scheduledFor", &self.scheduled_for)?;
        codegen_runtime::model::present(&mut map, "record", &self.record)?;
        codegen_runtime::model::present(&mut map, "event", &self.event)?;
        codegen_runtime::model::present(&mut map, "publicToken", &self.public_token)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`ApiCall`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __ApiCallSlots {
    id: Option<Option<String>>,
    message_id: Option<Option<codegen_runtime::serde_json::Value>>,
    duration: Option<Option<i64>>,
    started_at: Option<Option<codegen_runtime::formats::DateTime>>,
    ended_at: Option<Option<codegen_runtime::formats::DateTime>>,
    r#type: Option<Option<String>>,
    status: Option<Option<String>>,
    in_progress: Option<Option<bool>>,
    is_group: Option<Option<bool>>,
    token: Option<Option<codegen_runtime::serde_json::Value>>,
    conversation_id: Option<Option<codegen_runtime::serde_json::Value>>,
    no_of_participants: Option<Option<i64>>,
    total_participants: Option<Option<i64>>,
    participants: Option<Option<Vec<CallParticipant>>>,
    livestream_conversation_id: Option<Option<String>>,
    title: Option<Option<codegen_runtime::serde_json::Value>>,
    event_for_invites_id: Option<Option<codegen_runtime::serde_json::Value>>,
    file: Option<Option<Media>>,
    user_id: Option<Option<String>>,
    user: Option<Option<UserSummary>>,
    scheduled_for: Option<Option<codegen_runtime::formats::DateTime>>,
    record: Option<Option<bool>>,
    event: Option<Option<Box<ApiCallEvent>>>,
    public_token: Option<Option<codegen_runtime::Secret>>,
}

impl codegen_runtime::model::Object for ApiCall {
    const NAME: &'static str = "ApiCall";
    type Slots = __ApiCallSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "messageId" => {
                codegen_runtime::model::set(map, &mut slots.message_id, "messageId")
            }
            "duration" => {
                codegen_runtime::model::set(map, &mut slots.duration, "duration")
            }
            "startedAt" => {
                codegen_runtime::model::set(map, &mut slots.started_at, "startedAt")
            }
            "endedAt" => codegen_runtime::model::set(map, &mut slots.ended_at, "endedAt"),
            "type" => codegen_runtime::model::set(map, &mut slots.r#type, "type"),
            "status" => codegen_runtime::model::set(map, &mut slots.status, "status"),
            "inProgress" => {
                codegen_runtime::model::set(map, &mut slots.in_progress, "inProgress")
            }
            "isGroup" => codegen_runtime::model::set(map, &mut slots.is_group, "isGroup"),
            "token" => codegen_runtime::model::set(map, &mut slots.token, "token"),
            "conversationId" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.conversation_id,
                    "conversationId",
                )
            }
            "noOfParticipants" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.no_of_participants,
                    "noOfParticipants",
                )
            }
            "totalParticipants" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.total_participants,
                    "totalParticipants",
                )
            }
            "participants" => {
                codegen_runtime::model::set(map, &mut slots.participants, "participants")
            }
            "livestreamConversationId" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.livestream_conversation_id,
                    "livestreamConversationId",
                )
            }
            "title" => codegen_runtime::model::set(map, &mut slots.title, "title"),
            "eventForInvitesId" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.event_for_invites_id,
                    "eventForInvitesId",
                )
            }
            "file" => codegen_runtime::model::set(map, &mut slots.file, "file"),
            "userId" => codegen_runtime::model::set(map, &mut slots.user_id, "userId"),
            "user" => codegen_runtime::model::set(map, &mut slots.user, "user"),
            "scheduledFor" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.scheduled_for,
                    "scheduledFor",
                )
            }
            "record" => codegen_runtime::model::set(map, &mut slots.record, "record"),
            "event" => codegen_runtime::model::set(map, &mut slots.event, "event"),
            "publicToken" => {
                codegen_runtime::model::set(map, &mut slots.public_token, "publicToken")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            message_id: slots.message_id.flatten(),
            duration: slots.duration.flatten(),
            started_at: slots.started_at.flatten(),
            ended_at: slots.ended_at.flatten(),
            r#type: slots.r#type.flatten(),
            status: slots.status.flatten(),
            in_progress: slots.in_progress.flatten(),
            is_group: slots.is_group.flatten(),
            token: slots.token.flatten(),
            conversation_id: slots.conversation_id.flatten(),
            no_of_participants: slots.no_of_participants.flatten(),
            total_participants: slots.total_participants.flatten(),
            participants: slots.participants.flatten(),
            livestream_conversation_id: slots.livestream_conversation_id.flatten(),
            title: slots.title.flatten(),
            event_for_invites_id: slots.event_for_invites_id.flatten(),
            file: slots.file.flatten(),
            user_id: slots.user_id.flatten(),
            user: slots.user.flatten(),
            scheduled_for: slots.scheduled_for.flatten(),
            record: slots.record.flatten(),
            event: slots.event.flatten(),
            public_token: slots.public_token.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for ApiCall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// One page of events.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct EventPage {
    /// The events of this page.
    pub events: Option<Vec<Event>>,
    /// Paging information of a list response.
    pub meta: Option<Meta>,
}

impl EventPage {
    /// The events of this page.
    pub fn events(mut self, value: impl IntoIterator<Item = impl Into<Event>>) -> Self {
        self.events = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Paging information of a list response.
    pub fn meta(mut self, value: impl Into<Meta>) -> Self {
        self.meta = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for EventPage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "events", &self.events)?;
        codegen_runtime::model::present(&mut map, "meta", &self.meta)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`EventPage`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __EventPageSlots {
    events: Option<Option<Vec<Event>>>,
    meta: Option<Option<Meta>>,
}

impl codegen_runtime::model::Object for EventPage {
    const NAME: &'static str = "EventPage";
    type Slots = __EventPageSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "events" => codegen_runtime::model::set(map, &mut slots.events, "events"),
            "meta" => codegen_runtime::model::set(map, &mut slots.meta, "meta"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            events: slots.events.flatten(),
            meta: slots.meta.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for EventPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `#/components/schemas/Recurrence/properties/config/properties/frequency/oneOf/0`
///
/// An integer enumeration: the known values are associated constants; any other
/// value the server sends is kept as is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RecurrenceConfigFrequencyInteger(pub i64);

impl RecurrenceConfigFrequencyInteger {
    /// The value `86400`.
    pub const DAILY: Self = Self(86400);

    /// The value `604800`.
    pub const WEEKLY: Self = Self(604800);

    /// The value `1209600`.
    pub const BI_WEEKLY: Self = Self(1209600);
}

impl std::fmt::Display for RecurrenceConfigFrequencyInteger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl serde::Serialize for RecurrenceConfigFrequencyInteger {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serde::Serialize::serialize(&self.0, serializer)
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for RecurrenceConfigFrequencyInteger {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        serde::Deserialize::deserialize(deserializer).map(Self)
    }
}

/// `#/components/schemas/Recurrence/properties/config/properties/frequency/oneOf/1`
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RecurrenceConfigFrequencyString {
    /// `monthly` on the wire.
    Monthly,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    Unknown(codegen_runtime::UnknownValue),
}

impl RecurrenceConfigFrequencyString {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Monthly => "monthly",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for RecurrenceConfigFrequencyString {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RecurrenceConfigFrequencyString {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for RecurrenceConfigFrequencyString {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(deserializer, &["monthly"])? {
                Ok(_) => Self::Monthly,
                Err(value) => Self::Unknown(value),
            },
        )
    }
}

/// Seconds between occurrences (86400 daily, 604800 weekly, 1209600 bi-weekly) or the word `monthly`.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum RecurrenceConfigFrequency {
    /// A `RecurrenceConfigFrequencyInteger`.
    Integer(RecurrenceConfigFrequencyInteger),
    /// A `RecurrenceConfigFrequencyString`.
    String(RecurrenceConfigFrequencyString),
}

impl From<RecurrenceConfigFrequencyInteger> for RecurrenceConfigFrequency {
    fn from(value: RecurrenceConfigFrequencyInteger) -> Self {
        Self::Integer(value)
    }
}

impl From<RecurrenceConfigFrequencyString> for RecurrenceConfigFrequency {
    fn from(value: RecurrenceConfigFrequencyString) -> Self {
        Self::String(value)
    }
}

impl serde::Serialize for RecurrenceConfigFrequency {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Integer(value) => serde::Serialize::serialize(value, serializer),
            Self::String(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for RecurrenceConfigFrequency {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = codegen_runtime::model::buffer(deserializer)?;
        if let Some(value) = codegen_runtime::model::try_variant(&value) {
            return Ok(Self::Integer(value));
        }
        if let Some(value) = codegen_runtime::model::try_variant(&value) {
            return Ok(Self::String(value));
        }
        Err(codegen_runtime::model::no_variant("RecurrenceConfigFrequency"))
    }
}

/// The end of the recurrence.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct RecurrenceConfigEndsConfig {
    /// How the recurrence ends; the documentation shows only `on`.
    pub r#type: Option<String>,
    /// The last day.
    ///
    /// Constraints: format `date`.
    pub date: Option<codegen_runtime::formats::Date>,
}

impl RecurrenceConfigEndsConfig {
    /// How the recurrence ends; the documentation shows only `on`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// The last day.
    pub fn date(mut self, value: impl Into<codegen_runtime::formats::Date>) -> Self {
        self.date = Some(value.into());
        self
    }
}

impl serde::Serialize for RecurrenceConfigEndsConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "type", &self.r#type)?;
        codegen_runtime::model::present(&mut map, "date", &self.date)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`RecurrenceConfigEndsConfig`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __RecurrenceConfigEndsConfigSlots {
    r#type: Option<Option<String>>,
    date: Option<Option<codegen_runtime::formats::Date>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for RecurrenceConfigEndsConfig {
    const NAME: &'static str = "RecurrenceConfigEndsConfig";
    type Slots = __RecurrenceConfigEndsConfigSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "type" => codegen_runtime::model::set(map, &mut slots.r#type, "type"),
            "date" => codegen_runtime::model::set(map, &mut slots.date, "date"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            r#type: slots.r#type.flatten(),
            date: slots.date.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for RecurrenceConfigEndsConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// When the recurrence ends.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct RecurrenceConfigEnds {
    /// The end of the recurrence.
    pub config: Option<RecurrenceConfigEndsConfig>,
}

impl RecurrenceConfigEnds {
    /// The end of the recurrence.
    pub fn config(mut self, value: impl Into<RecurrenceConfigEndsConfig>) -> Self {
        self.config = Some(value.into());
        self
    }
}

impl serde::Serialize for RecurrenceConfigEnds {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "config", &self.config)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`RecurrenceConfigEnds`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __RecurrenceConfigEndsSlots {
    config: Option<Option<RecurrenceConfigEndsConfig>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for RecurrenceConfigEnds {
    const NAME: &'static str = "RecurrenceConfigEnds";
    type Slots = __RecurrenceConfigEndsSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "config" => codegen_runtime::model::set(map, &mut slots.config, "config"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            config: slots.config.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for RecurrenceConfigEnds {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// The recurrence.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct RecurrenceConfig {
    /// Kind of recurrence; the documentation shows only `frequency`.
    pub r#type: Option<String>,
    /// Seconds between occurrences (86400 daily, 604800 weekly, 1209600 bi-weekly) or the word `monthly`.
    pub frequency: Option<RecurrenceConfigFrequency>,
    /// When the recurrence ends.
    pub ends: Option<RecurrenceConfigEnds>,
}

impl RecurrenceConfig {
    /// Kind of recurrence; the documentation shows only `frequency`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// Seconds between occurrences (86400 daily, 604800 weekly, 1209600 bi-weekly) or the word `monthly`.
    pub fn frequency(mut self, value: impl Into<RecurrenceConfigFrequency>) -> Self {
        self.frequency = Some(value.into());
        self
    }

    /// When the recurrence ends.
    pub fn ends(mut self, value: impl Into<RecurrenceConfigEnds>) -> Self {
        self.ends = Some(value.into());
        self
    }
}

impl serde::Serialize for RecurrenceConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "type", &self.r#type)?;
        codegen_runtime::model::present(&mut map, "frequency", &self.frequency)?;
        codegen_runtime::model::present(&mut map, "ends", &self.ends)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`RecurrenceConfig`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __RecurrenceConfigSlots {
    r#type: Option<Option<String>>,
    frequency: Option<Option<RecurrenceConfigFrequency>>,
    ends: Option<Option<RecurrenceConfigEnds>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for RecurrenceConfig {
    const NAME: &'static str = "RecurrenceConfig";
    type Slots = __RecurrenceConfigSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "type" => codegen_runtime::model::set(map, &mut slots.r#type, "type"),
            "frequency" => {
                codegen_runtime::model::set(map, &mut slots.frequency, "frequency")
            }
            "ends" => codegen_runtime::model::set(map, &mut slots.ends, "ends"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            r#type: slots.r#type.flatten(),
            frequency: slots.frequency.flatten(),
            ends: slots.ends.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for RecurrenceConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Recurrence of an event.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Recurrence {
    /// The recurrence.
    pub config: Option<RecurrenceConfig>,
}

impl Recurrence {
    /// The recurrence.
    pub fn config(mut self, value: impl Into<RecurrenceConfig>) -> Self {
        self.config = Some(value.into());
        self
    }
}

impl serde::Serialize for Recurrence {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "config", &self.config)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`Recurrence`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __RecurrenceSlots {
    config: Option<Option<RecurrenceConfig>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for Recurrence {
    const NAME: &'static str = "Recurrence";
    type Slots = __RecurrenceSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "config" => codegen_runtime::model::set(map, &mut slots.config, "config"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            config: slots.config.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for Recurrence {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// An event to create, or changes to one (every field is optional). With `permissions.users` set only those users see the event.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct EventWrite {
    /// Who can see an item (an object).
    pub permissions: Option<Permissions>,
    /// Title of the event.
    pub title: Option<String>,
    /// Description of the event.
    pub description: Option<String>,
    /// External links of the event.
    pub external_link: Option<Vec<ExternalLink>>,
    /// Invitees of a meeting (see `list_users`).
    ///
    /// Constraints: each item: format `uuid`.
    pub user_ids: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Whether the event happens virtually.
    pub is_virtual: Option<bool>,
    /// Conference link of a virtual event (not meetings).
    pub conference_link: Option<String>,
    /// Map link of the venue.
    pub location: Option<String>,
    /// Tags of the event.
    pub tags: Option<Vec<String>>,
    /// Start date and time.
    ///
    /// Constraints: format `date-time`.
    pub start_date_time: Option<codegen_runtime::formats::DateTime>,
    /// End date and time (written `endtDateTime` in the tables).
    ///
    /// Constraints: format `date-time`.
    pub end_date_time: Option<codegen_runtime::formats::DateTime>,
    /// Media id of the event's poster (see `get_media_upload_url`).
    ///
    /// Constraints: format `uuid`.
    pub poster_id: Option<codegen_runtime::formats::Uuid>,
    /// Id of a conversation (shown only in the examples).
    pub conversation_id: Option<String>,
    /// Type of the event, a module code: POST, LIVESTREAM, EVENT, FAQ or COURSE (see `list_module_codes`; POST is 1).
    pub r#type: Option<i64>,
    /// Emails of external members (meetings).
    pub external_user_emails: Option<Vec<String>>,
    /// Category name (see `list_categories`).
    pub category: Option<String>,
    /// Whether the event is a meeting.
    ///
    /// Default: `false`.
    pub is_meeting: Option<bool>,
    /// Recurrence of an event.
    pub repeat: Option<Recurrence>,
    /// Media ids of videos (livestreams; `videoPreviews` in the tables).
    pub video_preview_ids: Option<Vec<String>>,
    /// Duration of the event.
    pub duration: Option<i64>,
}

impl EventWrite {
    /// Who can see an item (an object).
    pub fn permissions(mut self, value: impl Into<Permissions>) -> Self {
        self.permissions = Some(value.into());
        self
    }

    /// Title of the event.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Description of the event.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// External links of the event.
    pub fn external_link(
        mut self,
        value: impl IntoIterator<Item = impl Into<ExternalLink>>,
    ) -> Self {
        self.external_link = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Invitees of a meeting (see `list_users`).
    pub fn user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Whether the event happens virtually.
    pub fn is_virtual(mut self, value: impl Into<bool>) -> Self {
        self.is_virtual = Some(value.into());
        self
    }

    /// Conference link of a virtual event (not meetings).
    pub fn conference_link(mut self, value: impl Into<String>) -> Self {
        self.conference_link = Some(value.into());
        self
    }

    /// Map link of the venue.
    pub fn location(mut self, value: impl Into<String>) -> Self {
        self.location = Some(value.into());
        self
    }

    /// Tags of the event.
    pub fn tags(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.tags = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Start date and time.
    pub fn start_date_time(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.start_date_time = Some(value.into());
        self
    }

    /// End date and time (written `endtDateTime` in the tables).
    pub fn end_date_time(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.end_date_time = Some(value.into());
        self
    }

    /// Media id of the event's poster (see `get_media_upload_url`).
    pub fn poster_id(
        mut self,
        value: impl Into<codegen_runtime::formats::Uuid>,
    ) -> Self {
        self.poster_id = Some(value.into());
        self
    }

    /// Id of a conversation (shown only in the examples).
    pub fn conversation_id(mut self, value: impl Into<String>) -> Self {
        self.conversation_id = Some(value.into());
        self
    }

    /// Type of the event, a module code: POST, LIVESTREAM, EVENT, FAQ or COURSE (see `list_module_codes`; POST is 1).
    pub fn r#type(mut self, value: impl Into<i64>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// Emails of external members (meetings).
    pub fn external_user_emails(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.external_user_emails = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Category name (see `list_categories`).
    pub fn category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self
    }

    /// Whether the event is a meeting.
    ///
    /// Default: `false`.
    pub fn is_meeting(mut self, value: impl Into<bool>) -> Self {
        self.is_meeting = Some(value.into());
        self
    }

    /// Recurrence of an event.
    pub fn repeat(mut self, value: impl Into<Recurrence>) -> Self {
        self.repeat = Some(value.into());
        self
    }

    /// Media ids of videos (livestreams; `videoPreviews` in the tables).
    pub fn video_preview_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.video_preview_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Duration of the event.
    pub fn duration(mut self, value: impl Into<i64>) -> Self {
        self.duration = Some(value.into());
        self
    }
}

impl serde::Serialize for EventWrite {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "permissions", &self.permissions)?;
        codegen_runtime::model::present(&mut map, "title", &self.title)?;
        codegen_runtime::model::present(&mut map, "description", &self.description)?;
        codegen_runtime::model::present(&mut map, "externalLink", &self.external_link)?;
        codegen_runtime::model::present(&mut map, "userIds", &self.user_ids)?;
        codegen_runtime::model::present(&mut map, "isVirtual", &self.is_virtual)?;
        codegen_runtime::model::present(
            &mut map,
            "conferenceLink",
            &self.conference_link,
        )?;
        codegen_runtime::model::present(&mut map, "location", &self.location)?;
        codegen_runtime::model::present(&mut map, "tags", &self.tags)?;
        codegen_runtime::model::present(
            &mut map,
            "startDateTime",
            &self.start_date_time,
        )?;
        codegen_runtime::model::present(&mut map, "endDateTime", &self.end_date_time)?;
        codegen_runtime::model::present(&mut map, "posterId", &self.poster_id)?;
        codegen_runtime::model::present(
            &mut map,
            "conversationId",
            &self.conversation_id,
        )?;
        codegen_runtime::model::present(&mut map, "type", &self.r#type)?;
        codegen_runtime::model::present(
            &mut map,
            "externalUserEmails",
            &self.external_user_emails,
        )?;
        codegen_runtime::model::present(&mut map, "category", &self.category)?;
        codegen_runtime::model::present(&mut map, "isMeeting", &self.is_meeting)?;
        codegen_runtime::model::present(&mut map, "repeat", &self.repeat)?;
        codegen_runtime::model::present(
            &mut map,
            "videoPreviewIds",
            &self.video_preview_ids,
        )?;
        codegen_runtime::model::present(&mut map, "duration", &self.duration)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`EventWrite`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __EventWriteSlots {
    permissions: Option<Option<Permissions>>,
    title: Option<Option<String>>,
    description: Option<Option<String>>,
    external_link: Option<Option<Vec<ExternalLink>>>,
    user_ids: Option<Option<Vec<codegen_runtime::formats::Uuid>>>,
    is_virtual: Option<Option<bool>>,
    conference_link: Option<Option<String>>,
    location: Option<Option<String>>,
    tags: Option<Option<Vec<String>>>,
    start_date_time: Option<Option<codegen_runtime::formats::DateTime>>,
    end_date_time: Option<Option<codegen_runtime::formats::DateTime>>,
    poster_id: Option<Option<codegen_runtime::formats::Uuid>>,
    conversation_id: Option<Option<String>>,
    r#type: Option<Option<i64>>,
    external_user_emails: Option<Option<Vec<String>>>,
    category: Option<Option<String>>,
    is_meeting: Option<Option<bool>>,
    repeat: Option<Option<Recurrence>>,
    video_preview_ids: Option<Option<Vec<String>>>,
    duration: Option<Option<i64>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for EventWrite {
    const NAME: &'static str = "EventWrite";
    type Slots = __EventWriteSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "permissions" => {
                codegen_runtime::model::set(map, &mut slots.permissions, "permissions")
            }
            "title" => codegen_runtime::model::set(map, &mut slots.title, "title"),
            "description" => {
                codegen_runtime::model::set(map, &mut slots.description, "description")
            }
            "externalLink" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.external_link,
                    "externalLink",
                )
            }
            "userIds" => codegen_runtime::model::set(map, &mut slots.user_ids, "userIds"),
            "isVirtual" => {
                codegen_runtime::model::set(map, &mut slots.is_virtual, "isVirtual")
            }
            "conferenceLink" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.conference_link,
                    "conferenceLink",
                )
            }
            "location" => {
                codegen_runtime::model::set(map, &mut slots.location, "location")
            }
            "tags" => codegen_runtime::model::set(map, &mut slots.tags, "tags"),
            "startDateTime" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.start_date_time,
                    "startDateTime",
                )
            }
            "endDateTime" => {
                codegen_runtime::model::set(map, &mut slots.end_date_time, "endDateTime")
            }
            "posterId" => {
                codegen_runtime::model::set(map, &mut slots.poster_id, "posterId")
            }
            "conversationId" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.conversation_id,
                    "conversationId",
                )
            }
            "type" => codegen_runtime::model::set(map, &mut slots.r#type, "type"),
            "externalUserEmails" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.external_user_emails,
                    "externalUserEmails",
                )
            }
            "category" => {
                codegen_runtime::model::set(map, &mut slots.category, "category")
            }
            "isMeeting" => {
                codegen_runtime::model::set(map, &mut slots.is_meeting, "isMeeting")
            }
            "repeat" => codegen_runtime::model::set(map, &mut slots.repeat, "repeat"),
            "videoPreviewIds" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.video_preview_ids,
                    "videoPreviewIds",
                )
            }
            "duration" => {
                codegen_runtime::model::set(map, &mut slots.duration, "duration")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            permissions: slots.permissions.flatten(),
            title: slots.title.flatten(),
            description: slots.description.flatten(),
            external_link: slots.external_link.flatten(),
            user_ids: slots.user_ids.flatten(),
            is_virtual: slots.is_virtual.flatten(),
            conference_link: slots.conference_link.flatten(),
            location: slots.location.flatten(),
            tags: slots.tags.flatten(),
            start_date_time: slots.start_date_time.flatten(),
            end_date_time: slots.end_date_time.flatten(),
            poster_id: slots.poster_id.flatten(),
            conversation_id: slots.conversation_id.flatten(),
            r#type: slots.r#type.flatten(),
            external_user_emails: slots.external_user_emails.flatten(),
            category: slots.category.flatten(),
            is_meeting: slots.is_meeting.flatten(),
            repeat: slots.repeat.flatten(),
            video_preview_ids: slots.video_preview_ids.flatten(),
            duration: slots.duration.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for EventWrite {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A video.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Video {
    /// Video id.
    ///
    /// Set by the server.
    pub id: Option<String>,
    /// Creation time.
    ///
    /// Constraints: format `date-time`.
    ///
    /// Set by the server.
    pub created_at: Option<codegen_runtime::formats::DateTime>,
    /// Last update time.
    ///
    /// Constraints: format `date-time`.
    ///
    /// Set by the server.
    pub updated_at: Option<codegen_runtime::formats::DateTime>,
    /// Id of the creator.
    ///
    /// Set by the server.
    pub created_by: Option<String>,
    /// Id of the last updater.
    ///
    /// Set by the server.
    pub updated_by: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// Source of the video: 1 YOUTUBE, 2 VIMEO, 3 CUSTOM, 4 RECORDING (the examples show 0).
    pub source: Option<i64>,
    /// Media id of the video.
    pub file_id: Option<String>,
    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    pub user: Option<UserSummary>,
    /// Media id of the thumbnail.
    pub thumbnail_file_id: Option<String>,
    /// Information about external media (not the paging `meta`). Any JSON; the documentation shows only `{}`.
    pub meta: Option<codegen_runtime::serde_json::Value>,
}

impl Video {
    /// Video id.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Creation time.
    pub fn created_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.created_at = Some(value.into());
        self
    }

    /// Last update time.
    pub fn updated_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }

    /// Id of the creator.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }

    /// Id of the last updater.
    pub fn updated_by(mut self, value: impl Into<String>) -> Self {
        self.updated_by = Some(value.into());
        self
    }

    /// Title.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Description.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Source of the video: 1 YOUTUBE, 2 VIMEO, 3 CUSTOM, 4 RECORDING (the examples show 0).
    pub fn source(mut self, value: impl Into<i64>) -> Self {
        self.source = Some(value.into());
        self
    }

    /// Media id of the video.
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }

    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    pub fn user(mut self, value: impl Into<UserSummary>) -> Self {
        self.user = Some(value.into());
        self
    }

    /// Media id of the thumbnail.
    pub fn thumbnail_file_id(mut self, value: impl Into<String>) -> Self {
        self.thumbnail_file_id = Some(value.into());
        self
    }

    /// Information about external media (not the paging `meta`). Any JSON; the documentation shows only `{}`.
    pub fn meta(mut self, value: impl Into<codegen_runtime::serde_json::Value>) -> Self {
        self.meta = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Video {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "createdAt", &self.created_at)?;
        codegen_runtime::model::present(&mut map, "updatedAt", &self.updated_at)?;
        codegen_runtime::model::present(&mut map, "createdBy", &self.created_by)?;
        codegen_runtime::model::present(&mut map, "updatedBy", &self.updated_by)?;
        codegen_runtime::model::present(&mut map, "title", &self.title)?;
        codegen_runtime::model::present(&mut map, "description", &self.description)?;
        codegen_runtime::model::present(&mut map, "source", &self.source)?;
        codegen_runtime::model::present(&mut map, "videoFileId", &self.file_id)?;
        codegen_runtime::model::present(&mut map, "user", &self.user)?;
        codegen_runtime::model::present(
            &mut map,
            "thumbnailFileId",
            &self.thumbnail_file_id,
        )?;
        codegen_runtime::model::present(&mut map, "meta", &self.meta)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Video`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __VideoSlots {
    id: Option<Option<String>>,
    created_at: Option<Option<codegen_runtime::formats::DateTime>>,
    updated_at: Option<Option<codegen_runtime::formats::DateTime>>,
    created_by: Option<Option<String>>,
    updated_by: Option<Option<String>>,
    title: Option<Option<String>>,
    description: Option<Option<String>>,
    source: Option<Option<i64>>,
    file_id: Option<Option<String>>,
    user: Option<Option<UserSummary>>,
    thumbnail_file_id: Option<Option<String>>,
    meta: Option<Option<codegen_runtime::serde_json::Value>>,
}

impl codegen_runtime::model::Object for Video {
    const NAME: &'static str = "Video";
    type Slots = __VideoSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "createdAt" => {
                codegen_runtime::model::set(map, &mut slots.created_at, "createdAt")
            }
            "updatedAt" => {
                codegen_runtime::model::set(map, &mut slots.updated_at, "updatedAt")
            }
            "createdBy" => {
                codegen_runtime::model::set(map, &mut slots.created_by, "createdBy")
            }
            "updatedBy" => {
                codegen_runtime::model::set(map, &mut slots.updated_by, "updatedBy")
            }
            "title" => codegen_runtime::model::set(map, &mut slots.title, "title"),
            "description" => {
                codegen_runtime::model::set(map, &mut slots.description, "description")
            }
            "source" => codegen_runtime::model::set(map, &mut slots.source, "source"),
            "videoFileId" => {
                codegen_runtime::model::set(map, &mut slots.file_id, "videoFileId")
            }
            "user" => codegen_runtime::model::set(map, &mut slots.user, "user"),
            "thumbnailFileId" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.thumbnail_file_id,
                    "thumbnailFileId",
                )
            }
            "meta" => codegen_runtime::model::set(map, &mut slots.meta, "meta"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            created_at: slots.created_at.flatten(),
            updated_at: slots.updated_at.flatten(),
            created_by: slots.created_by.flatten(),
            updated_by: slots.updated_by.flatten(),
            title: slots.title.flatten(),
            description: slots.description.flatten(),
            source: slots.source.flatten(),
            file_id: slots.file_id.flatten(),
            user: slots.user.flatten(),
            thumbnail_file_id: slots.thumbnail_file_id.flatten(),
            meta: slots.meta.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Video {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// One page of videos.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct VideoPage {
    /// The videos of this page.
    pub videos: Option<Vec<Video>>,
    /// Paging information of a list response.
    pub meta: Option<Meta>,
}

impl VideoPage {
    /// The videos of this page.
    pub fn videos(mut self, value: impl IntoIterator<Item = impl Into<Video>>) -> Self {
        self.videos = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Paging information of a list response.
    pub fn meta(mut self, value: impl Into<Meta>) -> Self {
        self.meta = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for VideoPage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "videos", &self.videos)?;
        codegen_runtime::model::present(&mut map, "meta", &self.meta)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`VideoPage`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __VideoPageSlots {
    videos: Option<Option<Vec<Video>>>,
    meta: Option<Option<Meta>>,
}

impl codegen_runtime::model::Object for VideoPage {
    const NAME: &'static str = "VideoPage";
    type Slots = __VideoPageSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "videos" => codegen_runtime::model::set(map, &mut slots.videos, "videos"),
            "meta" => codegen_runtime::model::set(map, &mut slots.meta, "meta"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            videos: slots.videos.flatten(),
            meta: slots.meta.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for VideoPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Source of the video: 1 YOUTUBE, 2 VIMEO, 3 CUSTOM, 4 RECORDING.
///
/// An integer enumeration: the known values are associated constants; any other
/// value the server sends is kept as is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct VideoCreateSource(pub i64);

impl VideoCreateSource {
    /// The value `1`.
    pub const YOUTUBE: Self = Self(1);

    /// The value `2`.
    pub const VIMEO: Self = Self(2);

    /// The value `3`.
    pub const CUSTOM: Self = Self(3);

    /// The value `4`.
    pub const RECORDING: Self = Self(4);
}

impl std::fmt::Display for VideoCreateSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl serde::Serialize for VideoCreateSource {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serde::Serialize::serialize(&self.0, serializer)
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for VideoCreateSource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        serde::Deserialize::deserialize(deserializer).map(Self)
    }
}

/// A new video. With `permissions.users` set only those users see the video.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct VideoCreate {
    /// Who can see an item (an object).
    pub permissions: Option<Permissions>,
    /// Title of the video.
    pub title: Option<String>,
    /// Description of the video.
    pub description: Option<String>,
    /// Media id of the video (see `get_media_upload_url`).
    ///
    /// Constraints: format `uuid`.
    pub video_file_id: Option<codegen_runtime::formats::Uuid>,
    /// Media id of the thumbnail (see `get_media_upload_url`).
    ///
    /// Constraints: format `uuid`.
    pub thumbnail_file_id: Option<codegen_runtime::formats::Uuid>,
    /// URL of external media (an object; its fields are not documented).
    pub meta: Option<codegen_runtime::serde_json::Value>,
    /// Source of the video: 1 YOUTUBE, 2 VIMEO, 3 CUSTOM, 4 RECORDING.
    pub source: Option<VideoCreateSource>,
}

impl VideoCreate {
    /// Who can see an item (an object).
    pub fn permissions(mut self, value: impl Into<Permissions>) -> Self {
        self.permissions = Some(value.into());
        self
    }

    /// Title of the video.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Description of the video.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Media id of the video (see `get_media_upload_url`).
    pub fn video_file_id(
        mut self,
        value: impl Into<codegen_runtime::formats::Uuid>,
    ) -> Self {
        self.video_file_id = Some(value.into());
        self
    }

    /// Media id of the thumbnail (see `get_media_upload_url`).
    pub fn thumbnail_file_id(
        mut self,
        value: impl Into<codegen_runtime::formats::Uuid>,
    ) -> Self {
        self.thumbnail_file_id = Some(value.into());
        self
    }

    /// URL of external media (an object; its fields are not documented).
    pub fn meta(mut self, value: impl Into<codegen_runtime::serde_json::Value>) -> Self {
        self.meta = Some(value.into());
        self
    }

    /// Source of the video: 1 YOUTUBE, 2 VIMEO, 3 CUSTOM, 4 RECORDING.
    pub fn source(mut self, value: impl Into<VideoCreateSource>) -> Self {
        self.source = Some(value.into());
        self
    }
}

impl serde::Serialize for VideoCreate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "permissions", &self.permissions)?;
        codegen_runtime::model::present(&mut map, "title", &self.title)?;
        codegen_runtime::model::present(&mut map, "description", &self.description)?;
        codegen_runtime::model::present(&mut map, "videoFileId", &self.video_file_id)?;
        codegen_runtime::model::present(
            &mut map,
            "thumbnailFileId",
            &self.thumbnail_file_id,
        )?;
        codegen_runtime::model::present(&mut map, "meta", &self.meta)?;
        codegen_runtime::model::present(&mut map, "source", &self.source)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`VideoCreate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __VideoCreateSlots {
    permissions: Option<Option<Permissions>>,
    title: Option<Option<String>>,
    description: Option<Option<String>>,
    video_file_id: Option<Option<codegen_runtime::formats::Uuid>>,
    thumbnail_file_id: Option<Option<codegen_runtime::formats::Uuid>>,
    meta: Option<Option<codegen_runtime::serde_json::Value>>,
    source: Option<Option<VideoCreateSource>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for VideoCreate {
    const NAME: &'static str = "VideoCreate";
    type Slots = __VideoCreateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "permissions" => {
                codegen_runtime::model::set(map, &mut slots.permissions, "permissions")
            }
            "title" => codegen_runtime::model::set(map, &mut slots.title, "title"),
            "description" => {
                codegen_runtime::model::set(map, &mut slots.description, "description")
            }
            "videoFileId" => {
                codegen_runtime::model::set(map, &mut slots.video_file_id, "videoFileId")
            }
            "thumbnailFileId" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.thumbnail_file_id,
                    "thumbnailFileId",
                )
            }
            "meta" => codegen_runtime::model::set(map, &mut slots.meta, "meta"),
            "source" => codegen_runtime::model::set(map, &mut slots.source, "source"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            permissions: slots.permissions.flatten(),
            title: slots.title.flatten(),
            description: slots.description.flatten(),
            video_file_id: slots.video_file_id.flatten(),
            thumbnail_file_id: slots.thumbnail_file_id.flatten(),
            meta: slots.meta.flatten(),
            source: slots.source.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for VideoCreate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Changes to a video; every field is optional.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct VideoUpdate {
    /// Who can see an item (an object).
    pub permissions: Option<Permissions>,
    /// Title of the video.
    pub title: Option<String>,
    /// Description of the video.
    pub description: Option<String>,
    /// Media id of the thumbnail (see `get_media_upload_url`).
    ///
    /// Constraints: format `uuid`.
    pub thumbnail_file_id: Option<codegen_runtime::formats::Uuid>,
}

impl VideoUpdate {
    /// Who can see an item (an object).
    pub fn permissions(mut self, value: impl Into<Permissions>) -> Self {
        self.permissions = Some(value.into());
        self
    }

    /// Title of the video.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Description of the video.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Media id of the thumbnail (see `get_media_upload_url`).
    pub fn thumbnail_file_id(
        mut self,
        value: impl Into<codegen_runtime::formats::Uuid>,
    ) -> Self {
        self.thumbnail_file_id = Some(value.into());
        self
    }
}

impl serde::Serialize for VideoUpdate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "permissions", &self.permissions)?;
        codegen_runtime::model::present(&mut map, "title", &self.title)?;
        codegen_runtime::model::present(&mut map, "description", &self.description)?;
        codegen_runtime::model::present(
            &mut map,
            "thumbnailFileId",
            &self.thumbnail_file_id,
        )?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`VideoUpdate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __VideoUpdateSlots {
    permissions: Option<Option<Permissions>>,
    title: Option<Option<String>>,
    description: Option<Option<String>>,
    thumbnail_file_id: Option<Option<codegen_runtime::formats::Uuid>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for VideoUpdate {
    const NAME: &'static str = "VideoUpdate";
    type Slots = __VideoUpdateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "permissions" => {
                codegen_runtime::model::set(map, &mut slots.permissions, "permissions")
            }
            "title" => codegen_runtime::model::set(map, &mut slots.title, "title"),
            "description" => {
                codegen_runtime::model::set(map, &mut slots.description, "description")
            }
            "thumbnailFileId" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.thumbnail_file_id,
                    "thumbnailFileId",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            permissions: slots.permissions.flatten(),
            title: slots.title.flatten(),
            description: slots.description.flatten(),
            thumbnail_file_id: slots.thumbnail_file_id.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for VideoUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A photo.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Photo {
    /// Photo id.
    ///
    /// Set by the server.
    pub id: Option<String>,
    /// Creation time.
    ///
    /// Constraints: format `date-time`.
    ///
    /// Set by the server.
    pub created_at: Option<codegen_runtime::formats::DateTime>,
    /// Last update time.
    ///
    /// Constraints: format `date-time`.
    ///
    /// Set by the server.
    pub updated_at: Option<codegen_runtime::formats::DateTime>,
    /// Id of the creator.
    ///
    /// Set by the server.
    pub created_by: Option<String>,
    /// Id of the last updater.
    ///
    /// Set by the server.
    pub updated_by: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// The photo. Any JSON; the documentation shows only `{}`.
    pub photo: Option<codegen_runtime::serde_json::Value>,
    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    pub user: Option<UserSummary>,
}

impl Photo {
    /// Photo id.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Creation time.
    pub fn created_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.created_at = Some(value.into());
        self
    }

    /// Last update time.
    pub fn updated_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }

    /// Id of the creator.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }

    /// Id of the last updater.
    pub fn updated_by(mut self, value: impl Into<String>) -> Self {
        self.updated_by = Some(value.into());
        self
    }

    /// Title.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Description.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// The photo. Any JSON; the documentation shows only `{}`.
    pub fn photo(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.photo = Some(value.into());
        self
    }

    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    pub fn user(mut self, value: impl Into<UserSummary>) -> Self {
        self.user = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Photo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "createdAt", &self.created_at)?;
        codegen_runtime::model::present(&mut map, "updatedAt", &self.updated_at)?;
        codegen_runtime::model::present(&mut map, "createdBy", &self.created_by)?;
        codegen_runtime::model::present(&mut map, "updatedBy", &self.updated_by)?;
        codegen_runtime::model::present(&mut map, "title", &self.title)?;
        codegen_runtime::model::present(&mut map, "description", &self.description)?;
        codegen_runtime::model::present(&mut map, "photo", &self.photo)?;
        codegen_runtime::model::present(&mut map, "user", &self.user)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Photo`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __PhotoSlots {
    id: Option<Option<String>>,
    created_at: Option<Option<codegen_runtime::formats::DateTime>>,
    updated_at: Option<Option<codegen_runtime::formats::DateTime>>,
    created_by: Option<Option<String>>,
    updated_by: Option<Option<String>>,
    title: Option<Option<String>>,
    description: Option<Option<String>>,
    photo: Option<Option<codegen_runtime::serde_json::Value>>,
    user: Option<Option<UserSummary>>,
}

impl codegen_runtime::model::Object for Photo {
    const NAME: &'static str = "Photo";
    type Slots = __PhotoSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "createdAt" => {
                codegen_runtime::model::set(map, &mut slots.created_at, "createdAt")
            }
            "updatedAt" => {
                codegen_runtime::model::set(map, &mut slots.updated_at, "updatedAt")
            }
            "createdBy" => {
                codegen_runtime::model::set(map, &mut slots.created_by, "createdBy")
            }
            "updatedBy" => {
                codegen_runtime::model::set(map, &mut slots.updated_by, "updatedBy")
            }
            "title" => codegen_runtime::model::set(map, &mut slots.title, "title"),
            "description" => {
                codegen_runtime::model::set(map, &mut slots.description, "description")
            }
            "photo" => codegen_runtime::model::set(map, &mut slots.photo, "photo"),
            "user" => codegen_runtime::model::set(map, &mut slots.user, "user"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            created_at: slots.created_at.flatten(),
            updated_at: slots.updated_at.flatten(),
            created_by: slots.created_by.flatten(),
            updated_by: slots.updated_by.flatten(),
            title: slots.title.flatten(),
            description: slots.description.flatten(),
            photo: slots.photo.flatten(),
            user: slots.user.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Photo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// One page of photos.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct PhotoPage {
    /// The photos of this page.
    pub photos: Option<Vec<Photo>>,
    /// Paging information of a list response.
    pub meta: Option<Meta>,
}

impl PhotoPage {
    /// The photos of this page.
    pub fn photos(mut self, value: impl IntoIterator<Item = impl Into<Photo>>) -> Self {
        self.photos = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Paging information of a list response.
    pub fn meta(mut self, value: impl Into<Meta>) -> Self {
        self.meta = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for PhotoPage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "photos", &self.photos)?;
        codegen_runtime::model::present(&mut map, "meta", &self.meta)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`PhotoPage`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __PhotoPageSlots {
    photos: Option<Option<Vec<Photo>>>,
    meta: Option<Option<Meta>>,
}

impl codegen_runtime::model::Object for PhotoPage {
    const NAME: &'static str = "PhotoPage";
    type Slots = __PhotoPageSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "photos" => codegen_runtime::model::set(map, &mut slots.photos, "photos"),
            "meta" => codegen_runtime::model::set(map, &mut slots.meta, "meta"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            photos: slots.photos.flatten(),
            meta: slots.meta.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for PhotoPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A new photo. With `permissions.users` set only those users see the photo.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct PhotoCreate {
    /// Who can see an item (an object).
    pub permissions: Option<Permissions>,
    /// Title of the photo.
    pub title: Option<String>,
    /// Description of the photo.
    pub description: Option<String>,
    /// Media id of the photo (see `get_media_upload_url`).
    ///
    /// Constraints: format `uuid`.
    pub file_id: Option<codegen_runtime::formats::Uuid>,
}

impl PhotoCreate {
    /// Who can see an item (an object).
    pub fn permissions(mut self, value: impl Into<Permissions>) -> Self {
        self.permissions = Some(value.into());
        self
    }

    /// Title of the photo.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Description of the photo.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Media id of the photo (see `get_media_upload_url`).
    pub fn file_id(mut self, value: impl Into<codegen_runtime::formats::Uuid>) -> Self {
        self.file_id = Some(value.into());
        self
    }
}

impl serde::Serialize for PhotoCreate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "permissions", &self.permissions)?;
        codegen_runtime::model::present(&mut map, "title", &self.title)?;
        codegen_runtime::model::present(&mut map, "description", &self.description)?;
        codegen_runtime::model::present(&mut map, "fileId", &self.file_id)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`PhotoCreate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __PhotoCreateSlots {
    permissions: Option<Option<Permissions>>,
    title: Option<Option<String>>,
    description: Option<Option<String>>,
    file_id: Option<Option<codegen_runtime::formats::Uuid>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for PhotoCreate {
    const NAME: &'static str = "PhotoCreate";
    type Slots = __PhotoCreateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "permissions" => {
                codegen_runtime::model::set(map, &mut slots.permissions, "permissions")
            }
            "title" => codegen_runtime::model::set(map, &mut slots.title, "title"),
            "description" => {
                codegen_runtime::model::set(map, &mut slots.description, "description")
            }
            "fileId" => codegen_runtime::model::set(map, &mut slots.file_id, "fileId"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            permissions: slots.permissions.flatten(),
            title: slots.title.flatten(),
            description: slots.description.flatten(),
            file_id: slots.file_id.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for PhotoCreate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Changes to a photo; every field is optional.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct PhotoUpdate {
    /// Title of the photo.
    pub title: Option<String>,
    /// Description of the photo.
    pub description: Option<String>,
}

impl PhotoUpdate {
    /// Title of the photo.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Description of the photo.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
}

impl serde::Serialize for PhotoUpdate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "title", &self.title)?;
        codegen_runtime::model::present(&mut map, "description", &self.description)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`PhotoUpdate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __PhotoUpdateSlots {
    title: Option<Option<String>>,
    description: Option<Option<String>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for PhotoUpdate {
    const NAME: &'static str = "PhotoUpdate";
    type Slots = __PhotoUpdateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "title" => codegen_runtime::model::set(map, &mut slots.title, "title"),
            "description" => {
                codegen_runtime::model::set(map, &mut slots.description, "description")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            title: slots.title.flatten(),
            description: slots.description.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for PhotoUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A document of the knowledge base.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Document {
    /// Document id.
    ///
    /// Set by the server.
    pub id: Option<String>,
    /// Name of the document (the request sends a string). Any JSON; the documentation shows only `{}`.
    pub name: Option<codegen_runtime::serde_json::Value>,
    /// Metadata. Any JSON; the documentation shows only `{}`.
    pub metadata: Option<codegen_runtime::serde_json::Value>,
    /// Whether the document is published.
    pub is_published: Option<bool>,
    /// Last update time.
    ///
    /// Constraints: format `date-time`.
    ///
    /// Set by the server.
    pub updated_at: Option<codegen_runtime::formats::DateTime>,
    /// Expiry date.
    ///
    /// Constraints: format `date-time`.
    pub expiry: Option<codegen_runtime::formats::DateTime>,
    /// An uploaded file (see `GET /api/media`).
    pub file: Option<Media>,
    /// Tags.
    pub tags: Option<Vec<String>>,
    /// Category.
    pub category: Option<String>,
    /// Owners of the document.
    pub owners: Option<Vec<UserSummary>>,
    /// Id of the caller's bookmark. Any JSON; the documentation shows only `{}`.
    pub bookmark_id: Option<codegen_runtime::serde_json::Value>,
    /// Previews of the links of the document.
    pub link_preview: Option<Vec<LinkPreview>>,
}

impl Document {
    /// Document id.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Name of the document (the request sends a string). Any JSON; the documentation shows only `{}`.
    pub fn name(mut self, value: impl Into<codegen_runtime::serde_json::Value>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Metadata. Any JSON; the documentation shows only `{}`.
    pub fn metadata(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.metadata = Some(value.into());
        self
    }

    /// Whether the document is published.
    pub fn is_published(mut self, value: impl Into<bool>) -> Self {
        self.is_published = Some(value.into());
        self
    }

    /// Last update time.
    pub fn updated_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }

    /// Expiry date.
    pub fn expiry(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.expiry = Some(value.into());
        self
    }

    /// An uploaded file (see `GET /api/media`).
    pub fn file(mut self, value: impl Into<Media>) -> Self {
        self.file = Some(value.into());
        self
    }

    /// Tags.
    pub fn tags(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.tags = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Category.
    pub fn category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self
    }

    /// Owners of the document.
    pub fn owners(
        mut self,
        value: impl IntoIterator<Item = impl Into<UserSummary>>,
    ) -> Self {
        self.owners = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Id of the caller's bookmark. Any JSON; the documentation shows only `{}`.
    pub fn bookmark_id(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.bookmark_id = Some(value.into());
        self
    }

    /// Previews of the links of the document.
    pub fn link_preview(
        mut self,
        value: impl IntoIterator<Item = impl Into<LinkPreview>>,
    ) -> Self {
        self.link_preview = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Document {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "metadata", &self.metadata)?;
        codegen_runtime::model::present(&mut map, "isPublished", &self.is_published)?;
        codegen_runtime::model::present(&mut map, "updatedAt", &self.updated_at)?;
        codegen_runtime::model::present(&mut map, "expiry", &self.expiry)?;
        codegen_runtime::model::present(&mut map, "file", &self.file)?;
        codegen_runtime::model::present(&mut map, "tags", &self.tags)?;
        codegen_runtime::model::present(&mut map, "category", &self.category)?;
        codegen_runtime::model::present(&mut map, "owners", &self.owners)?;
        codegen_runtime::model::present(&mut map, "bookmarkId", &self.bookmark_id)?;
        codegen_runtime::model::present(&mut map, "linkPreview", &self.link_preview)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Document`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __DocumentSlots {
    id: Option<Option<String>>,
    name: Option<Option<codegen_runtime::serde_json::Value>>,
    metadata: Option<Option<codegen_runtime::serde_json::Value>>,
    is_published: Option<Option<bool>>,
    updated_at: Option<Option<codegen_runtime::formats::DateTime>>,
    expiry: Option<Option<codegen_runtime::formats::DateTime>>,
    file: Option<Option<Media>>,
    tags: Option<Option<Vec<String>>>,
    category: Option<Option<String>>,
    owners: Option<Option<Vec<UserSummary>>>,
    bookmark_id: Option<Option<codegen_runtime::serde_json::Value>>,
    link_preview: Option<Option<Vec<LinkPreview>>>,
}

impl codegen_runtime::model::Object for Document {
    const NAME: &'static str = "Document";
    type Slots = __DocumentSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "metadata" => {
                codegen_runtime::model::set(map, &mut slots.metadata, "metadata")
            }
            "isPublished" => {
                codegen_runtime::model::set(map, &mut slots.is_published, "isPublished")
            }
            "updatedAt" => {
                codegen_runtime::model::set(map, &mut slots.updated_at, "updatedAt")
            }
            "expiry" => codegen_runtime::model::set(map, &mut slots.expiry, "expiry"),
            "file" => codegen_runtime::model::set(map, &mut slots.file, "file"),
            "tags" => codegen_runtime::model::set(map, &mut slots.tags, "tags"),
            "category" => {
                codegen_runtime::model::set(map, &mut slots.category, "category")
            }
            "owners" => codegen_runtime::model::set(map, &mut slots.owners, "owners"),
            "bookmarkId" => {
                codegen_runtime::model::set(map, &mut slots.bookmark_id, "bookmarkId")
            }
            "linkPreview" => {
                codegen_runtime::model::set(map, &mut slots.link_preview, "linkPreview")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            name: slots.name.flatten(),
            metadata: slots.metadata.flatten(),
            is_published: slots.is_published.flatten(),
            updated_at: slots.updated_at.flatten(),
            expiry: slots.expiry.flatten(),
            file: slots.file.flatten(),
            tags: slots.tags.flatten(),
            category: slots.category.flatten(),
            owners: slots.owners.flatten(),
            bookmark_id: slots.bookmark_id.flatten(),
            link_preview: slots.link_preview.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Document {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// One page of documents.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DocumentPage {
    /// The docs of this page.
    pub docs: Option<Vec<Document>>,
    /// Paging information of a list response.
    pub meta: Option<Meta>,
}

impl DocumentPage {
    /// The docs of this page.
    pub fn docs(mut self, value: impl IntoIterator<Item = impl Into<Document>>) -> Self {
        self.docs = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Paging information of a list response.
    pub fn meta(mut self, value: impl Into<Meta>) -> Self {
        self.meta = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for DocumentPage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "docs", &self.docs)?;
        codegen_runtime::model::present(&mut map, "meta", &self.meta)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`DocumentPage`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __DocumentPageSlots {
    docs: Option<Option<Vec<Document>>>,
    meta: Option<Option<Meta>>,
}

impl codegen_runtime::model::Object for DocumentPage {
    const NAME: &'static str = "DocumentPage";
    type Slots = __DocumentPageSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "docs" => codegen_runtime::model::set(map, &mut slots.docs, "docs"),
            "meta" => codegen_runtime::model::set(map, &mut slots.meta, "meta"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            docs: slots.docs.flatten(),
            meta: slots.meta.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for DocumentPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A document to upload; the upload response echoes it.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DocumentWrite {
    /// Name of the document.
    pub name: Option<String>,
    /// User ids of the owners of the document (see `list_users`).
    pub owner_ids: Option<Vec<String>>,
    /// Expiry date of the document.
    ///
    /// Constraints: format `date-time`.
    pub expiry: Option<codegen_runtime::formats::DateTime>,
    /// Tags of the document.
    pub tags: Option<Vec<String>>,
    /// Category of the document: an existing one (see `list_categories`) or a new one.
    pub category: Option<String>,
    /// Document URL (`docURL` in the table).
    pub doc_url: Option<String>,
    /// Link that contains the document information.
    pub link: Option<String>,
    /// Media id of the document (see `get_media_upload_url`).
    pub doc_id: Option<String>,
    /// Who can see an item (an object).
    pub permissions: Option<Permissions>,
}

impl DocumentWrite {
    /// Name of the document.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// User ids of the owners of the document (see `list_users`).
    pub fn owner_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.owner_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Expiry date of the document.
    pub fn expiry(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.expiry = Some(value.into());
        self
    }

    /// Tags of the document.
    pub fn tags(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.tags = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Category of the document: an existing one (see `list_categories`) or a new one.
    pub fn category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self
    }

    /// Document URL (`docURL` in the table).
    pub fn doc_url(mut self, value: impl Into<String>) -> Self {
        self.doc_url = Some(value.into());
        self
    }

    /// Link that contains the document information.
    pub fn link(mut self, value: impl Into<String>) -> Self {
        self.link = Some(value.into());
        self
    }

    /// Media id of the document (see `get_media_upload_url`).
    pub fn doc_id(mut self, value: impl Into<String>) -> Self {
        self.doc_id = Some(value.into());
        self
    }

    /// Who can see an item (an object).
    pub fn permissions(mut self, value: impl Into<Permissions>) -> Self {
        self.permissions = Some(value.into());
        self
    }
}

impl serde::Serialize for DocumentWrite {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "ownerIds", &self.owner_ids)?;
        codegen_runtime::model::present(&mut map, "expiry", &self.expiry)?;
        codegen_runtime::model::present(&mut map, "tags", &self.tags)?;
        codegen_runtime::model::present(&mut map, "category", &self.category)?;
        codegen_runtime::model::present(&mut map, "docUrl", &self.doc_url)?;
        codegen_runtime::model::present(&mut map, "link", &self.link)?;
        codegen_runtime::model::present(&mut map, "docId", &self.doc_id)?;
        codegen_runtime::model::present(&mut map, "permissions", &self.permissions)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`DocumentWrite`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __DocumentWriteSlots {
    name: Option<Option<String>>,
    owner_ids: Option<Option<Vec<String>>>,
    expiry: Option<Option<codegen_runtime::formats::DateTime>>,
    tags: Option<Option<Vec<String>>>,
    category: Option<Option<String>>,
    doc_url: Option<Option<String>>,
    link: Option<Option<String>>,
    doc_id: Option<Option<String>>,
    permissions: Option<Option<Permissions>>,
}

impl codegen_runtime::model::Object for DocumentWrite {
    const NAME: &'static str = "DocumentWrite";
    type Slots = __DocumentWriteSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "ownerIds" => {
                codegen_runtime::model::set(map, &mut slots.owner_ids, "ownerIds")
            }
            "expiry" => codegen_runtime::model::set(map, &mut slots.expiry, "expiry"),
            "tags" => codegen_runtime::model::set(map, &mut slots.tags, "tags"),
            "category" => {
                codegen_runtime::model::set(map, &mut slots.category, "category")
            }
            "docUrl" => codegen_runtime::model::set(map, &mut slots.doc_url, "docUrl"),
            "link" => codegen_runtime::model::set(map, &mut slots.link, "link"),
            "docId" => codegen_runtime::model::set(map, &mut slots.doc_id, "docId"),
            "permissions" => {
                codegen_runtime::model::set(map, &mut slots.permissions, "permissions")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            name: slots.name.flatten(),
            owner_ids: slots.owner_ids.flatten(),
            expiry: slots.expiry.flatten(),
            tags: slots.tags.flatten(),
            category: slots.category.flatten(),
            doc_url: slots.doc_url.flatten(),
            link: slots.link.flatten(),
            doc_id: slots.doc_id.flatten(),
            permissions: slots.permissions.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for DocumentWrite {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Changes to the knowledge-base entry of a document.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DocumentKbUpdate {
    /// Name of the document.
    pub name: Option<String>,
    /// User ids of owners to add.
    ///
    /// Constraints: each item: format `uuid`.
    pub new_owner_ids: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// User ids of owners to remove.
    ///
    /// Constraints: each item: format `uuid`.
    pub remove_owner_ids: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Expiry date of the document.
    ///
    /// Constraints: format `date-time`.
    pub expiry: Option<codegen_runtime::formats::DateTime>,
    /// Tags of the document.
    pub tags: Option<Vec<String>>,
    /// Category of the document.
    pub category: Option<String>,
    /// Link that contains the document information.
    pub link: Option<String>,
    /// Whether the document is published (shown only in the example).
    pub is_published: Option<bool>,
    /// Who can see an item (an object).
    pub permissions: Option<Permissions>,
}

impl DocumentKbUpdate {
    /// Name of the document.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// User ids of owners to add.
    pub fn new_owner_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.new_owner_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// User ids of owners to remove.
    pub fn remove_owner_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.remove_owner_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Expiry date of the document.
    pub fn expiry(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.expiry = Some(value.into());
        self
    }

    /// Tags of the document.
    pub fn tags(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.tags = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Category of the document.
    pub fn category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self
    }

    /// Link that contains the document information.
    pub fn link(mut self, value: impl Into<String>) -> Self {
        self.link = Some(value.into());
        self
    }

    /// Whether the document is published (shown only in the example).
    pub fn is_published(mut self, value: impl Into<bool>) -> Self {
        self.is_published = Some(value.into());
        self
    }

    /// Who can see an item (an object).
    pub fn permissions(mut self, value: impl Into<Permissions>) -> Self {
        self.permissions = Some(value.into());
        self
    }
}

impl serde::Serialize for DocumentKbUpdate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "newOwnerIds", &self.new_owner_ids)?;
        codegen_runtime::model::present(
            &mut map,
            "removeOwnerIds",
            &self.remove_owner_ids,
        )?;
        codegen_runtime::model::present(&mut map, "expiry", &self.expiry)?;
        codegen_runtime::model::present(&mut map, "tags", &self.tags)?;
        codegen_runtime::model::present(&mut map, "category", &self.category)?;
        codegen_runtime::model::present(&mut map, "link", &self.link)?;
        codegen_runtime::model::present(&mut map, "isPublished", &self.is_published)?;
        codegen_runtime::model::present(&mut map, "permissions", &self.permissions)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`DocumentKbUpdate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __DocumentKbUpdateSlots {
    name: Option<Option<String>>,
    new_owner_ids: Option<Option<Vec<codegen_runtime::formats::Uuid>>>,
    remove_owner_ids: Option<Option<Vec<codegen_runtime::formats::Uuid>>>,
    expiry: Option<Option<codegen_runtime::formats::DateTime>>,
    tags: Option<Option<Vec<String>>>,
    category: Option<Option<String>>,
    link: Option<Option<String>>,
    is_published: Option<Option<bool>>,
    permissions: Option<Option<Permissions>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for DocumentKbUpdate {
    const NAME: &'static str = "DocumentKbUpdate";
    type Slots = __DocumentKbUpdateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "newOwnerIds" => {
                codegen_runtime::model::set(map, &mut slots.new_owner_ids, "newOwnerIds")
            }
            "removeOwnerIds" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.remove_owner_ids,
                    "removeOwnerIds",
                )
            }
            "expiry" => codegen_runtime::model::set(map, &mut slots.expiry, "expiry"),
            "tags" => codegen_runtime::model::set(map, &mut slots.tags, "tags"),
            "category" => {
                codegen_runtime::model::set(map, &mut slots.category, "category")
            }
            "link" => codegen_runtime::model::set(map, &mut slots.link, "link"),
            "isPublished" => {
                codegen_runtime::model::set(map, &mut slots.is_published, "isPublished")
            }
            "permissions" => {
                codegen_runtime::model::set(map, &mut slots.permissions, "permissions")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            name: slots.name.flatten(),
            new_owner_ids: slots.new_owner_ids.flatten(),
            remove_owner_ids: slots.remove_owner_ids.flatten(),
            expiry: slots.expiry.flatten(),
            tags: slots.tags.flatten(),
            category: slots.category.flatten(),
            link: slots.link.flatten(),
            is_published: slots.is_published.flatten(),
            permissions: slots.permissions.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for DocumentKbUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Changes to a document; every field is optional. The example sends `permissions` both inside `kb` and at the top level.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DocumentUpdate {
    /// Changes to the knowledge-base entry of a document.
    pub kb: Option<DocumentKbUpdate>,
    /// Document URL (`docURL` in the table).
    pub doc_url: Option<String>,
    /// Media id of the document (see `get_media_upload_url`).
    pub doc_id: Option<String>,
    /// Who can see an item (an object).
    pub permissions: Option<Permissions>,
}

impl DocumentUpdate {
    /// Changes to the knowledge-base entry of a document.
    pub fn kb(mut self, value: impl Into<DocumentKbUpdate>) -> Self {
        self.kb = Some(value.into());
        self
    }

    /// Document URL (`docURL` in the table).
    pub fn doc_url(mut self, value: impl Into<String>) -> Self {
        self.doc_url = Some(value.into());
        self
    }

    /// Media id of the document (see `get_media_upload_url`).
    pub fn doc_id(mut self, value: impl Into<String>) -> Self {
        self.doc_id = Some(value.into());
        self
    }

    /// Who can see an item (an object).
    pub fn permissions(mut self, value: impl Into<Permissions>) -> Self {
        self.permissions = Some(value.into());
        self
    }
}

impl serde::Serialize for DocumentUpdate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "kb", &self.kb)?;
        codegen_runtime::model::present(&mut map, "docUrl", &self.doc_url)?;
        codegen_runtime::model::present(&mut map, "docId", &self.doc_id)?;
        codegen_runtime::model::present(&mut map, "permissions", &self.permissions)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`DocumentUpdate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __DocumentUpdateSlots {
    kb: Option<Option<DocumentKbUpdate>>,
    doc_url: Option<Option<String>>,
    doc_id: Option<Option<String>>,
    permissions: Option<Option<Permissions>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for DocumentUpdate {
    const NAME: &'static str = "DocumentUpdate";
    type Slots = __DocumentUpdateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "kb" => codegen_runtime::model::set(map, &mut slots.kb, "kb"),
            "docUrl" => codegen_runtime::model::set(map, &mut slots.doc_url, "docUrl"),
            "docId" => codegen_runtime::model::set(map, &mut slots.doc_id, "docId"),
            "permissions" => {
                codegen_runtime::model::set(map, &mut slots.permissions, "permissions")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            kb: slots.kb.flatten(),
            doc_url: slots.doc_url.flatten(),
            doc_id: slots.doc_id.flatten(),
            permissions: slots.permissions.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for DocumentUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A question of a FAQ.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Faq {
    /// Id of the question.
    ///
    /// Set by the server.
    pub id: Option<String>,
    /// The question.
    pub question: Option<String>,
    /// The answer.
    pub answer: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// Category.
    pub category: Option<String>,
    /// Tags (a string here, although tags are arrays everywhere else).
    pub tags: Option<String>,
    /// User ids of the owners.
    pub owners: Option<Vec<String>>,
    /// Id of the caller's bookmark. Any JSON; the documentation shows only `{}`.
    pub bookmark_id: Option<codegen_runtime::serde_json::Value>,
}

impl Faq {
    /// Id of the question.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// The question.
    pub fn question(mut self, value: impl Into<String>) -> Self {
        self.question = Some(value.into());
        self
    }

    /// The answer.
    pub fn answer(mut self, value: impl Into<String>) -> Self {
        self.answer = Some(value.into());
        self
    }

    /// Description.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Category.
    pub fn category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self
    }

    /// Tags (a string here, although tags are arrays everywhere else).
    pub fn tags(mut self, value: impl Into<String>) -> Self {
        self.tags = Some(value.into());
        self
    }

    /// User ids of the owners.
    pub fn owners(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.owners = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Id of the caller's bookmark. Any JSON; the documentation shows only `{}`.
    pub fn bookmark_id(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.bookmark_id = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Faq {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "question", &self.question)?;
        codegen_runtime::model::present(&mut map, "answer", &self.answer)?;
        codegen_runtime::model::present(&mut map, "description", &self.description)?;
        codegen_runtime::model::present(&mut map, "category", &self.category)?;
        codegen_runtime::model::present(&mut map, "tags", &self.tags)?;
        codegen_runtime::model::present(&mut map, "owners", &self.owners)?;
        codegen_runtime::model::present(&mut map, "bookmarkId", &self.bookmark_id)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Faq`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __FaqSlots {
    id: Option<Option<String>>,
    question: Option<Option<String>>,
    answer: Option<Option<String>>,
    description: Option<Option<String>>,
    category: Option<Option<String>>,
    tags: Option<Option<String>>,
    owners: Option<Option<Vec<String>>>,
    bookmark_id: Option<Option<codegen_runtime::serde_json::Value>>,
}

impl codegen_runtime::model::Object for Faq {
    const NAME: &'static str = "Faq";
    type Slots = __FaqSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "question" => {
                codegen_runtime::model::set(map, &mut slots.question, "question")
            }
            "answer" => codegen_runtime::model::set(map, &mut slots.answer, "answer"),
            "description" => {
                codegen_runtime::model::set(map, &mut slots.description, "description")
            }
            "category" => {
                codegen_runtime::model::set(map, &mut slots.category, "category")
            }
            "tags" => codegen_runtime::model::set(map, &mut slots.tags, "tags"),
            "owners" => codegen_runtime::model::set(map, &mut slots.owners, "owners"),
            "bookmarkId" => {
                codegen_runtime::model::set(map, &mut slots.bookmark_id, "bookmarkId")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            question: slots.question.flatten(),
            answer: slots.answer.flatten(),
            description: slots.description.flatten(),
            category: slots.category.flatten(),
            tags: slots.tags.flatten(),
            owners: slots.owners.flatten(),
            bookmark_id: slots.bookmark_id.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Faq {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// One page of FAQ questions.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct FaqPage {
    /// The data of this page.
    pub data: Option<Vec<Faq>>,
    /// Paging information of a list response.
    pub meta: Option<Meta>,
}

impl FaqPage {
    /// The data of this page.
    pub fn data(mut self, value: impl IntoIterator<Item = impl Into<Faq>>) -> Self {
        self.data = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Paging information of a list response.
    pub fn meta(mut self, value: impl Into<Meta>) -> Self {
        self.meta = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for FaqPage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "data", &self.data)?;
        codegen_runtime::model::present(&mut map, "meta", &self.meta)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`FaqPage`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __FaqPageSlots {
    data: Option<Option<Vec<Faq>>>,
    meta: Option<Option<Meta>>,
}

impl codegen_runtime::model::Object for FaqPage {
    const NAME: &'static str = "FaqPage";
    type Slots = __FaqPageSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => codegen_runtime::model::set(map, &mut slots.data, "data"),
            "meta" => codegen_runtime::model::set(map, &mut slots.meta, "meta"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            data: slots.data.flatten(),
            meta: slots.meta.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for FaqPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// The basic information of a FAQ (knowledge-base entry).
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct FaqKb {
    /// Name of the FAQ.
    pub name: Option<String>,
    /// User ids of the owners (create).
    ///
    /// Constraints: each item: format `uuid`.
    pub owner_ids: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// User ids of owners to add (update).
    ///
    /// Constraints: each item: format `uuid`.
    pub new_owner_ids: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// User ids of owners to remove (update).
    ///
    /// Constraints: each item: format `uuid`.
    pub remove_owner_ids: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Expiry date of the FAQ.
    ///
    /// Constraints: format `date-time`.
    pub expiry: Option<codegen_runtime::formats::DateTime>,
    /// Tags of the FAQ.
    pub tags: Option<Vec<String>>,
    /// Category of the FAQ (see `list_categories`).
    pub category: Option<String>,
    /// Link.
    pub link: Option<String>,
}

impl FaqKb {
    /// Name of the FAQ.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// User ids of the owners (create).
    pub fn owner_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.owner_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// User ids of owners to add (update).
    pub fn new_owner_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.new_owner_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// User ids of owners to remove (update).
    pub fn remove_owner_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.remove_owner_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Expiry date of the FAQ.
    pub fn expiry(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.expiry = Some(value.into());
        self
    }

    /// Tags of the FAQ.
    pub fn tags(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.tags = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Category of the FAQ (see `list_categories`).
    pub fn category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self
    }

    /// Link.
    pub fn link(mut self, value: impl Into<String>) -> Self {
        self.link = Some(value.into());
        self
    }
}

impl serde::Serialize for FaqKb {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "ownerIds", &self.owner_ids)?;
        codegen_runtime::model::present(&mut map, "newOwnerIds", &self.new_owner_ids)?;
        codegen_runtime::model::present(
            &mut map,
            "removeOwnerIds",
            &self.remove_owner_ids,
        )?;
        codegen_runtime::model::present(&mut map, "expiry", &self.expiry)?;
        codegen_runtime::model::present(&mut map, "tags", &self.tags)?;
        codegen_runtime::model::present(&mut map, "category", &self.category)?;
        codegen_runtime::model::present(&mut map, "link", &self.link)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`FaqKb`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __FaqKbSlots {
    name: Option<Option<String>>,
    owner_ids: Option<Option<Vec<codegen_runtime::formats::Uuid>>>,
    new_owner_ids: Option<Option<Vec<codegen_runtime::formats::Uuid>>>,
    remove_owner_ids: Option<Option<Vec<codegen_runtime::formats::Uuid>>>,
    expiry: Option<Option<codegen_runtime::formats::DateTime>>,
    tags: Option<Option<Vec<String>>>,
    category: Option<Option<String>>,
    link: Option<Option<String>>,
}

impl codegen_runtime::model::Object for FaqKb {
    const NAME: &'static str = "FaqKb";
    type Slots = __FaqKbSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "ownerIds" => {
                codegen_runtime::model::set(map, &mut slots.owner_ids, "ownerIds")
            }
            "newOwnerIds" => {
                codegen_runtime::model::set(map, &mut slots.new_owner_ids, "newOwnerIds")
            }
            "removeOwnerIds" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.remove_owner_ids,
                    "removeOwnerIds",
                )
            }
            "expiry" => codegen_runtime::model::set(map, &mut slots.expiry, "expiry"),
            "tags" => codegen_runtime::model::set(map, &mut slots.tags, "tags"),
            "category" => {
                codegen_runtime::model::set(map, &mut slots.category, "category")
            }
            "link" => codegen_runtime::model::set(map, &mut slots.link, "link"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            name: slots.name.flatten(),
            owner_ids: slots.owner_ids.flatten(),
            new_owner_ids: slots.new_owner_ids.flatten(),
            remove_owner_ids: slots.remove_owner_ids.flatten(),
            expiry: slots.expiry.flatten(),
            tags: slots.tags.flatten(),
            category: slots.category.flatten(),
            link: slots.link.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for FaqKb {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A question and its answer.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct FaqQa {
    /// The question.
    pub question: String,
    /// The answer.
    pub answer: String,
    /// Description.
    pub description: Option<String>,
}

impl FaqQa {
    /// A `FaqQa` with its required fields; set the optional ones with the methods named after them.
    pub fn new(question: impl Into<String>, answer: impl Into<String>) -> Self {
        Self {
            question: question.into(),
            answer: answer.into(),
            description: None,
        }
    }

    /// Description.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
}

impl serde::Serialize for FaqQa {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "question", &self.question)?;
        codegen_runtime::model::entry(&mut map, "answer", &self.answer)?;
        codegen_runtime::model::present(&mut map, "description", &self.description)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`FaqQa`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __FaqQaSlots {
    question: Option<String>,
    answer: Option<String>,
    description: Option<Option<String>>,
}

impl codegen_runtime::model::Object for FaqQa {
    const NAME: &'static str = "FaqQa";
    type Slots = __FaqQaSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "question" => {
                codegen_runtime::model::set(map, &mut slots.question, "question")
            }
            "answer" => codegen_runtime::model::set(map, &mut slots.answer, "answer"),
            "description" => {
                codegen_runtime::model::set(map, &mut slots.description, "description")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            question: codegen_runtime::model::required(slots.question, "question")?,
            answer: codegen_runtime::model::required(slots.answer, "answer")?,
            description: slots.description.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for FaqQa {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Changes to an existing question.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct FaqQaUpdate {
    /// Id of the question to change.
    pub id: Option<String>,
    /// The question.
    pub question: Option<String>,
    /// The answer.
    pub answer: Option<String>,
    /// Description.
    pub description: Option<String>,
}

impl FaqQaUpdate {
    /// Id of the question to change.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// The question.
    pub fn question(mut self, value: impl Into<String>) -> Self {
        self.question = Some(value.into());
        self
    }

    /// The answer.
    pub fn answer(mut self, value: impl Into<String>) -> Self {
        self.answer = Some(value.into());
        self
    }

    /// Description.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
}

impl serde::Serialize for FaqQaUpdate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "question", &self.question)?;
        codegen_runtime::model::present(&mut map, "answer", &self.answer)?;
        codegen_runtime::model::present(&mut map, "description", &self.description)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`FaqQaUpdate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __FaqQaUpdateSlots {
    id: Option<Option<String>>,
    question: Option<Option<String>>,
    answer: Option<Option<String>>,
    description: Option<Option<String>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for FaqQaUpdate {
    const NAME: &'static str = "FaqQaUpdate";
    type Slots = __FaqQaUpdateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "question" => {
                codegen_runtime::model::set(map, &mut slots.question, "question")
            }
            "answer" => codegen_runtime::model::set(map, &mut slots.answer, "answer"),
            "description" => {
                codegen_runtime::model::set(map, &mut slots.description, "description")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            question: slots.question.flatten(),
            answer: slots.answer.flatten(),
            description: slots.description.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for FaqQaUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A FAQ to create; the create and update responses echo this shape.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct FaqContent {
    /// The basic information of a FAQ (knowledge-base entry).
    pub kb: Option<FaqKb>,
    /// Questions, answers and descriptions.
    pub qas: Option<Vec<FaqQa>>,
    /// Who can see an item (an object).
    pub permissions: Option<Permissions>,
}

impl FaqContent {
    /// The basic information of a FAQ (knowledge-base entry).
    pub fn kb(mut self, value: impl Into<FaqKb>) -> Self {
        self.kb = Some(value.into());
        self
    }

    /// Questions, answers and descriptions.
    pub fn qas(mut self, value: impl IntoIterator<Item = impl Into<FaqQa>>) -> Self {
        self.qas = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Who can see an item (an object).
    pub fn permissions(mut self, value: impl Into<Permissions>) -> Self {
        self.permissions = Some(value.into());
        self
    }
}

impl serde::Serialize for FaqContent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "kb", &self.kb)?;
        codegen_runtime::model::present(&mut map, "qas", &self.qas)?;
        codegen_runtime::model::present(&mut map, "permissions", &self.permissions)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`FaqContent`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __FaqContentSlots {
    kb: Option<Option<FaqKb>>,
    qas: Option<Option<Vec<FaqQa>>>,
    permissions: Option<Option<Permissions>>,
}

impl codegen_runtime::model::Object for FaqContent {
    const NAME: &'static str = "FaqContent";
    type Slots = __FaqContentSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "kb" => codegen_runtime::model::set(map, &mut slots.kb, "kb"),
            "qas" => codegen_runtime::model::set(map, &mut slots.qas, "qas"),
            "permissions" => {
                codegen_runtime::model::set(map, &mut slots.permissions, "permissions")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            kb: slots.kb.flatten(),
            qas: slots.qas.flatten(),
            permissions: slots.permissions.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for FaqContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Changes to a FAQ; every field is optional.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct FaqUpdate {
    /// The basic information of a FAQ (knowledge-base entry).
    pub kb: Option<FaqKb>,
    /// Questions, answers and descriptions (listed in the table; the example uses the three fields below instead).
    pub qas: Option<Vec<FaqQa>>,
    /// Existing questions to change.
    pub updated_q_as: Option<Vec<FaqQaUpdate>>,
    /// Questions to add.
    pub new_qas: Option<Vec<FaqQa>>,
    /// Ids of questions to remove.
    ///
    /// Constraints: each item: format `uuid`.
    pub remove_question_ids: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Who can see an item (an object).
    pub permissions: Option<Permissions>,
}

impl FaqUpdate {
    /// The basic information of a FAQ (knowledge-base entry).
    pub fn kb(mut self, value: impl Into<FaqKb>) -> Self {
        self.kb = Some(value.into());
        self
    }

    /// Questions, answers and descriptions (listed in the table; the example uses the three fields below instead).
    pub fn qas(mut self, value: impl IntoIterator<Item = impl Into<FaqQa>>) -> Self {
        self.qas = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Existing questions to change.
    pub fn updated_q_as(
        mut self,
        value: impl IntoIterator<Item = impl Into<FaqQaUpdate>>,
    ) -> Self {
        self.updated_q_as = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Questions to add.
    pub fn new_qas(mut self, value: impl IntoIterator<Item = impl Into<FaqQa>>) -> Self {
        self.new_qas = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Ids of questions to remove.
    pub fn remove_question_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.remove_question_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Who can see an item (an object).
    pub fn permissions(mut self, value: impl Into<Permissions>) -> Self {
        self.permissions = Some(value.into());
        self
    }
}

impl serde::Serialize for FaqUpdate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "kb", &self.kb)?;
        codegen_runtime::model::present(&mut map, "qas", &self.qas)?;
        codegen_runtime::model::present(&mut map, "updatedQAs", &self.updated_q_as)?;
        codegen_runtime::model::present(&mut map, "newQas", &self.new_qas)?;
        codegen_runtime::model::present(
            &mut map,
            "removeQuestionIds",
            &self.remove_question_ids,
        )?;
        codegen_runtime::model::present(&mut map, "permissions", &self.permissions)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`FaqUpdate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __FaqUpdateSlots {
    kb: Option<Option<FaqKb>>,
    qas: Option<Option<Vec<FaqQa>>>,
    updated_q_as: Option<Option<Vec<FaqQaUpdate>>>,
    new_qas: Option<Option<Vec<FaqQa>>>,
    remove_question_ids: Option<Option<Vec<codegen_runtime::formats::Uuid>>>,
    permissions: Option<Option<Permissions>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for FaqUpdate {
    const NAME: &'static str = "FaqUpdate";
    type Slots = __FaqUpdateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "kb" => codegen_runtime::model::set(map, &mut slots.kb, "kb"),
            "qas" => codegen_runtime::model::set(map, &mut slots.qas, "qas"),
            "updatedQAs" => {
                codegen_runtime::model::set(map, &mut slots.updated_q_as, "updatedQAs")
            }
            "newQas" => codegen_runtime::model::set(map, &mut slots.new_qas, "newQas"),
            "removeQuestionIds" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.remove_question_ids,
                    "removeQuestionIds",
                )
            }
            "permissions" => {
                codegen_runtime::model::set(map, &mut slots.permissions, "permissions")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            kb: slots.kb.flatten(),
            qas: slots.qas.flatten(),
            updated_q_as: slots.updated_q_as.flatten(),
            new_qas: slots.new_qas.flatten(),
            remove_question_ids: slots.remove_question_ids.flatten(),
            permissions: slots.permissions.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for FaqUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A category of a module.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Category {
    /// Category id.
    ///
    /// Set by the server.
    pub id: Option<String>,
    /// Code of the module (see `list_module_codes`).
    pub module_code: Option<i64>,
    /// Name of the category.
    pub category: Option<String>,
    /// Colour of the category.
    pub color: Option<String>,
    /// Organization id.
    ///
    /// Set by the server.
    pub org_id: Option<String>,
}

impl Category {
    /// Category id.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Code of the module (see `list_module_codes`).
    pub fn module_code(mut self, value: impl Into<i64>) -> Self {
        self.module_code = Some(value.into());
        self
    }

    /// Name of the category.
    pub fn category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self
    }

    /// Colour of the category.
    pub fn color(mut self, value: impl Into<String>) -> Self {
        self.color = Some(value.into());
        self
    }

    /// Organization id.
    pub fn org_id(mut self, value: impl Into<String>) -> Self {
        self.org_id = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Category {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "moduleCode", &self.module_code)?;
        codegen_runtime::model::present(&mut map, "category", &self.category)?;
        codegen_runtime::model::present(&mut map, "color", &self.color)?;
        codegen_runtime::model::present(&mut map, "orgId", &self.org_id)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Category`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __CategorySlots {
    id: Option<Option<String>>,
    module_code: Option<Option<i64>>,
    category: Option<Option<String>>,
    color: Option<Option<String>>,
    org_id: Option<Option<String>>,
}

impl codegen_runtime::model::Object for Category {
    const NAME: &'static str = "Category";
    type Slots = __CategorySlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "moduleCode" => {
                codegen_runtime::model::set(map, &mut slots.module_code, "moduleCode")
            }
            "category" => {
                codegen_runtime::model::set(map, &mut slots.category, "category")
            }
            "color" => codegen_runtime::model::set(map, &mut slots.color, "color"),
            "orgId" => codegen_runtime::model::set(map, &mut slots.org_id, "orgId"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            module_code: slots.module_code.flatten(),
            category: slots.category.flatten(),
            color: slots.color.flatten(),
            org_id: slots.org_id.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Category {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// One page of categories.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct CategoryPage {
    /// The categories of this page.
    pub categories: Option<Vec<Category>>,
    /// Paging information of a list response.
    pub meta: Option<Meta>,
}

impl CategoryPage {
    /// The categories of this page.
    pub fn categories(
        mut self,
        value: impl IntoIterator<Item = impl Into<Category>>,
    ) -> Self {
        self.categories = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Paging information of a list response.
    pub fn meta(mut self, value: impl Into<Meta>) -> Self {
        self.meta = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for CategoryPage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "categories", &self.categories)?;
        codegen_runtime::model::present(&mut map, "meta", &self.meta)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`CategoryPage`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __CategoryPageSlots {
    categories: Option<Option<Vec<Category>>>,
    meta: Option<Option<Meta>>,
}

impl codegen_runtime::model::Object for CategoryPage {
    const NAME: &'static str = "CategoryPage";
    type Slots = __CategoryPageSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "categories" => {
                codegen_runtime::model::set(map, &mut slots.categories, "categories")
            }
            "meta" => codegen_runtime::model::set(map, &mut slots.meta, "meta"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            categories: slots.categories.flatten(),
            meta: slots.meta.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for CategoryPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A reminder of an enforcement template.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Reminder {
    /// How to remind: email, push, text or restrict (the example lists them all in one string).
    pub reminder_type: Option<String>,
    /// Unit of `reminderTime`: week, days, hours or minutes (the example lists them all in one string).
    pub time_unit: Option<String>,
    /// When to remind, in `reminderTimeUnit`.
    pub time: Option<i64>,
    /// Reference id.
    pub ref_id: Option<String>,
    /// Id of the content template of the organization.
    pub org_content_template_id: Option<String>,
}

impl Reminder {
    /// How to remind: email, push, text or restrict (the example lists them all in one string).
    pub fn reminder_type(mut self, value: impl Into<String>) -> Self {
        self.reminder_type = Some(value.into());
        self
    }

    /// Unit of `reminderTime`: week, days, hours or minutes (the example lists them all in one string).
    pub fn time_unit(mut self, value: impl Into<String>) -> Self {
        self.time_unit = Some(value.into());
        self
    }

    /// When to remind, in `reminderTimeUnit`.
    pub fn time(mut self, value: impl Into<i64>) -> Self {
        self.time = Some(value.into());
        self
    }

    /// Reference id.
    pub fn ref_id(mut self, value: impl Into<String>) -> Self {
        self.ref_id = Some(value.into());
        self
    }

    /// Id of the content template of the organization.
    pub fn org_content_template_id(mut self, value: impl Into<String>) -> Self {
        self.org_content_template_id = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Reminder {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "reminderType", &self.reminder_type)?;
        codegen_runtime::model::present(&mut map, "reminderTimeUnit", &self.time_unit)?;
        codegen_runtime::model::present(&mut map, "reminderTime", &self.time)?;
        codegen_runtime::model::present(&mut map, "refId", &self.ref_id)?;
        codegen_runtime::model::present(
            &mut map,
            "orgContentTemplateId",
            &self.org_content_template_id,
        )?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Reminder`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __ReminderSlots {
    reminder_type: Option<Option<String>>,
    time_unit: Option<Option<String>>,
    time: Option<Option<i64>>,
    ref_id: Option<Option<String>>,
    org_content_template_id: Option<Option<String>>,
}

impl codegen_runtime::model::Object for Reminder {
    const NAME: &'static str = "Reminder";
    type Slots = __ReminderSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "reminderType" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.reminder_type,
                    "reminderType",
                )
            }
            "reminderTimeUnit" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.time_unit,
                    "reminderTimeUnit",
                )
            }
            "reminderTime" => {
                codegen_runtime::model::set(map, &mut slots.time, "reminderTime")
            }
            "refId" => codegen_runtime::model::set(map, &mut slots.ref_id, "refId"),
            "orgContentTemplateId" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.org_content_template_id,
                    "orgContentTemplateId",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            reminder_type: slots.reminder_type.flatten(),
            time_unit: slots.time_unit.flatten(),
            time: slots.time.flatten(),
            ref_id: slots.ref_id.flatten(),
            org_content_template_id: slots.org_content_template_id.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Reminder {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// An enforcement (notification) template.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct NotificationTemplate {
    /// Template id.
    ///
    /// Set by the server.
    pub id: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// The system event of the template.
    pub system_event: Option<String>,
    /// Type.
    pub r#type: Option<String>,
    /// Sub-type.
    pub sub_type: Option<String>,
    /// Reminders.
    pub reminders: Option<Vec<Reminder>>,
}

impl NotificationTemplate {
    /// Template id.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Title.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// The system event of the template.
    pub fn system_event(mut self, value: impl Into<String>) -> Self {
        self.system_event = Some(value.into());
        self
    }

    /// Type.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// Sub-type.
    pub fn sub_type(mut self, value: impl Into<String>) -> Self {
        self.sub_type = Some(value.into());
        self
    }

    /// Reminders.
    pub fn reminders(
        mut self,
        value: impl IntoIterator<Item = impl Into<Reminder>>,
    ) -> Self {
        self.reminders = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for NotificationTemplate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "title", &self.title)?;
        codegen_runtime::model::present(&mut map, "systemEvent", &self.system_event)?;
        codegen_runtime::model::present(&mut map, "type", &self.r#type)?;
        codegen_runtime::model::present(&mut map, "subType", &self.sub_type)?;
        codegen_runtime::model::present(&mut map, "reminders", &self.reminders)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`NotificationTemplate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __NotificationTemplateSlots {
    id: Option<Option<String>>,
    title: Option<Option<String>>,
    system_event: Option<Option<String>>,
    r#type: Option<Option<String>>,
    sub_type: Option<Option<String>>,
    reminders: Option<Option<Vec<Reminder>>>,
}

impl codegen_runtime::model::Object for NotificationTemplate {
    const NAME: &'static str = "NotificationTemplate";
    type Slots = __NotificationTemplateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "title" => codegen_runtime::model::set(map, &mut slots.title, "title"),
            "systemEvent" => {
                codegen_runtime::model::set(map, &mut slots.system_event, "systemEvent")
            }
            "type" => codegen_runtime::model::set(map, &mut slots.r#type, "type"),
            "subType" => codegen_runtime::model::set(map, &mut slots.sub_type, "subType"),
            "reminders" => {
                codegen_runtime::model::set(map, &mut slots.reminders, "reminders")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            title: slots.title.flatten(),
            system_event: slots.system_event.flatten(),
            r#type: slots.r#type.flatten(),
            sub_type: slots.sub_type.flatten(),
            reminders: slots.reminders.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for NotificationTemplate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// One page of enforcement templates.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct NotificationTemplatePage {
    /// The notificationTemplates of this page.
    pub notification_templates: Option<Vec<NotificationTemplate>>,
    /// Paging information of a list response.
    pub meta: Option<Meta>,
}

impl NotificationTemplatePage {
    /// The notificationTemplates of this page.
    pub fn notification_templates(
        mut self,
        value: impl IntoIterator<Item = impl Into<NotificationTemplate>>,
    ) -> Self {
        self.notification_templates = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Paging information of a list response.
    pub fn meta(mut self, value: impl Into<Meta>) -> Self {
        self.meta = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for NotificationTemplatePage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(
            &mut map,
            "notificationTemplates",
            &self.notification_templates,
        )?;
        codegen_runtime::model::present(&mut map, "meta", &self.meta)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`NotificationTemplatePage`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __NotificationTemplatePageSlots {
    notification_templates: Option<Option<Vec<NotificationTemplate>>>,
    meta: Option<Option<Meta>>,
}

impl codegen_runtime::model::Object for NotificationTemplatePage {
    const NAME: &'static str = "NotificationTemplatePage";
    type Slots = __NotificationTemplatePageSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "notificationTemplates" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.notification_templates,
                    "notificationTemplates",
                )
            }
            "meta" => codegen_runtime::model::set(map, &mut slots.meta, "meta"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            notification_templates: slots.notification_templates.flatten(),
            meta: slots.meta.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for NotificationTemplatePage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Medium of the notification.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NotificationSendMedium {
    /// `EMAIL` on the wire.
    Email,
    /// `SMS` on the wire.
    Sms,
    /// `PUSH` on the wire.
    Push,
    /// `INAPP` on the wire.
    Inapp,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    Unknown(codegen_runtime::UnknownValue),
}

impl NotificationSendMedium {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Email => "EMAIL",
            Self::Sms => "SMS",
            Self::Push => "PUSH",
            Self::Inapp => "INAPP",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for NotificationSendMedium {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for NotificationSendMedium {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for NotificationSendMedium {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(
                deserializer,
                &["EMAIL", "SMS", "PUSH", "INAPP"],
            )? {
                Ok(0) => Self::Email,
                Ok(1) => Self::Sms,
                Ok(2) => Self::Push,
                Ok(_) => Self::Inapp,
                Err(value) => Self::Unknown(value),
            },
        )
    }
}

/// A notification to send.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct NotificationSend {
    /// Subject of the notification.
    pub title: Option<String>,
    /// Description of the notification.
    pub description: Option<String>,
    /// Medium of the notification.
    pub medium: Option<NotificationSendMedium>,
    /// Emails to send to; required when `medium` is EMAIL.
    ///
    /// Constraints: each item: format `email`.
    pub emails: Option<Vec<String>>,
    /// Ids of the users to notify; required for every medium except EMAIL (see `list_users`). Spelled `recieverUserIds` in the table.
    ///
    /// Constraints: each item: format `uuid`.
    pub receiver_user_ids: Option<Vec<codegen_runtime::formats::Uuid>>,
}

impl NotificationSend {
    /// Subject of the notification.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Description of the notification.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Medium of the notification.
    pub fn medium(mut self, value: impl Into<NotificationSendMedium>) -> Self {
        self.medium = Some(value.into());
        self
    }

    /// Emails to send to; required when `medium` is EMAIL.
    pub fn emails(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.emails = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Ids of the users to notify; required for every medium except EMAIL (see `list_users`). Spelled `recieverUserIds` in the table.
    pub fn receiver_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.receiver_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

impl serde::Serialize for NotificationSend {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "title", &self.title)?;
        codegen_runtime::model::present(&mut map, "description", &self.description)?;
        codegen_runtime::model::present(&mut map, "medium", &self.medium)?;
        codegen_runtime::model::present(&mut map, "emails", &self.emails)?;
        codegen_runtime::model::present(
            &mut map,
            "receiverUserIds",
            &self.receiver_user_ids,
        )?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`NotificationSend`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __NotificationSendSlots {
    title: Option<Option<String>>,
    description: Option<Option<String>>,
    medium: Option<Option<NotificationSendMedium>>,
    emails: Option<Option<Vec<String>>>,
    receiver_user_ids: Option<Option<Vec<codegen_runtime::formats::Uuid>>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for NotificationSend {
    const NAME: &'static str = "NotificationSend";
    type Slots = __NotificationSendSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "title" => codegen_runtime::model::set(map, &mut slots.title, "title"),
            "description" => {
                codegen_runtime::model::set(map, &mut slots.description, "description")
            }
            "medium" => codegen_runtime::model::set(map, &mut slots.medium, "medium"),
            "emails" => codegen_runtime::model::set(map, &mut slots.emails, "emails"),
            "receiverUserIds" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.receiver_user_ids,
                    "receiverUserIds",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            title: slots.title.flatten(),
            description: slots.description.flatten(),
            medium: slots.medium.flatten(),
            emails: slots.emails.flatten(),
            receiver_user_ids: slots.receiver_user_ids.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for NotificationSend {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A module and its code.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct ModuleCode {
    /// Name of the module (e.g. POST).
    pub name: Option<String>,
    /// Code of the module.
    pub module_code: Option<i64>,
}

impl ModuleCode {
    /// Name of the module (e.g. POST).
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Code of the module.
    pub fn module_code(mut self, value: impl Into<i64>) -> Self {
        self.module_code = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for ModuleCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "moduleCode", &self.module_code)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`ModuleCode`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __ModuleCodeSlots {
    name: Option<Option<String>>,
    module_code: Option<Option<i64>>,
}

impl codegen_runtime::model::Object for ModuleCode {
    const NAME: &'static str = "ModuleCode";
    type Slots = __ModuleCodeSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "moduleCode" => {
                codegen_runtime::model::set(map, &mut slots.module_code, "moduleCode")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            name: slots.name.flatten(),
            module_code: slots.module_code.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for ModuleCode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// All modules and their codes.
pub type ModuleCodeList = Vec<ModuleCode>;

/// A form of a course.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Form {
    /// Form id.
    ///
    /// Set by the server.
    pub id: Option<String>,
    /// Creation time.
    ///
    /// Constraints: format `date-time`.
    ///
    /// Set by the server.
    pub created_at: Option<codegen_runtime::formats::DateTime>,
    /// Last update time.
    ///
    /// Constraints: format `date-time`.
    ///
    /// Set by the server.
    pub updated_at: Option<codegen_runtime::formats::DateTime>,
    /// Title.
    pub title: Option<String>,
    /// Whether the form accepts answers.
    pub accepting: Option<bool>,
    /// Type. Any JSON; the documentation shows only `{}`.
    pub r#type: Option<codegen_runtime::serde_json::Value>,
    /// The form definition (form-builder JSON: `data.components`, `data.display`).
    pub schema: Option<codegen_runtime::serde_json::Value>,
}

impl Form {
    /// Form id.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Creation time.
    pub fn created_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.created_at = Some(value.into());
        self
    }

    /// Last update time.
    pub fn updated_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }

    /// Title.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Whether the form accepts answers.
    pub fn accepting(mut self, value: impl Into<bool>) -> Self {
        self.accepting = Some(value.into());
        self
    }

    /// Type. Any JSON; the documentation shows only `{}`.
    pub fn r#type(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// The form definition (form-builder JSON: `data.components`, `data.display`).
    pub fn schema(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.schema = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Form {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "createdAt", &self.created_at)?;
        codegen_runtime::model::present(&mut map, "updatedAt", &self.updated_at)?;
        codegen_runtime::model::present(&mut map, "title", &self.title)?;
        codegen_runtime::model::present(&mut map, "accepting", &self.accepting)?;
        codegen_runtime::model::present(&mut map, "type", &self.r#type)?;
        codegen_runtime::model::present(&mut map, "schema", &self.schema)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Form`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __FormSlots {
    id: Option<Option<String>>,
    created_at: Option<Option<codegen_runtime::formats::DateTime>>,
    updated_at: Option<Option<codegen_runtime::formats::DateTime>>,
    title: Option<Option<String>>,
    accepting: Option<Option<bool>>,
    r#type: Option<Option<codegen_runtime::serde_json::Value>>,
    schema: Option<Option<codegen_runtime::serde_json::Value>>,
}

impl codegen_runtime::model::Object for Form {
    const NAME: &'static str = "Form";
    type Slots = __FormSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "createdAt" => {
                codegen_runtime::model::set(map, &mut slots.created_at, "createdAt")
            }
            "updatedAt" => {
                codegen_runtime::model::set(map, &mut slots.updated_at, "updatedAt")
            }
            "title" => codegen_runtime::model::set(map, &mut slots.title, "title"),
            "accepting" => {
                codegen_runtime::model::set(map, &mut slots.accepting, "accepting")
            }
            "type" => codegen_runtime::model::set(map, &mut slots.r#type, "type"),
            "schema" => codegen_runtime::model::set(map, &mut slots.schema, "schema"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            created_at: slots.created_at.flatten(),
            updated_at: slots.updated_at.flatten(),
            title: slots.title.flatten(),
            accepting: slots.accepting.flatten(),
            r#type: slots.r#type.flatten(),
            schema: slots.schema.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Form {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A course (task list).
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Course {
    /// Course (task list) id.
    ///
    /// Set by the server.
    pub id: Option<String>,
    /// Course id.
    pub course_id: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// Categories.
    pub categories: Option<Vec<String>>,
    /// Order of the task list (the example shows a description instead of a number).
    pub order: Option<i64>,
    /// Number of tasks in the task list (the example shows a description).
    pub number_of_tasks: Option<i64>,
    /// Number of users in the task list (the example shows a description).
    pub users_count: Option<i64>,
    /// Estimated time of the tasks (the example shows a description).
    pub total_time: Option<i64>,
    /// Organization id.
    ///
    /// Set by the server.
    pub org_id: Option<String>,
    /// Number of tasks.
    pub tasks: Option<i64>,
    /// Id of the parent task list.
    pub parent_task_list_id: Option<String>,
    /// Progress.
    pub progress: Option<i64>,
    /// Last update time.
    ///
    /// Constraints: format `date-time`.
    ///
    /// Set by the server.
    pub updated_at: Option<codegen_runtime::formats::DateTime>,
    /// Status.
    pub status: Option<String>,
    /// An uploaded file (see `GET /api/media`).
    pub file: Option<Media>,
    /// A form of a course.
    pub form: Option<Form>,
    /// Due date. Any JSON; the documentation shows only `{}`.
    pub due_date: Option<codegen_runtime::serde_json::Value>,
    /// Whether the caller started the course.
    pub started: Option<bool>,
    /// Id of the creator.
    ///
    /// Set by the server.
    pub created_by: Option<String>,
    /// Id of the enforcement template.
    pub notification_template_id: Option<String>,
}

impl Course {
    /// Course (task list) id.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Course id.
    pub fn course_id(mut self, value: impl Into<String>) -> Self {
        self.course_id = Some(value.into());
        self
    }

    /// Title.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Description.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Categories.
    pub fn categories(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.categories = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Order of the task list (the example shows a description instead of a number).
    pub fn order(mut self, value: impl Into<i64>) -> Self {
        self.order = Some(value.into());
        self
    }

    /// Number of tasks in the task list (the example shows a description).
    pub fn number_of_tasks(mut self, value: impl Into<i64>) -> Self {
        self.number_of_tasks = Some(value.into());
        self
    }

    /// Number of users in the task list (the example shows a description).
    pub fn users_count(mut self, value: impl Into<i64>) -> Self {
        self.users_count = Some(value.into());
        self
    }

    /// Estimated time of the tasks (the example shows a description).
    pub fn total_time(mut self, value: impl Into<i64>) -> Self {
        self.total_time = Some(value.into());
        self
    }

    /// Organization id.
    pub fn org_id(mut self, value: impl Into<String>) -> Self {
        self.org_id = Some(value.into());
        self
    }

    /// Number of tasks.
    pub fn tasks(mut self, value: impl Into<i64>) -> Self {
        self.tasks = Some(value.into());
        self
    }

    /// Id of the parent task list.
    pub fn parent_task_list_id(mut self, value: impl Into<String>) -> Self {
        self.parent_task_list_id = Some(value.into());
        self
    }

    /// Progress.
    pub fn progress(mut self, value: impl Into<i64>) -> Self {
        self.progress = Some(value.into());
        self
    }

    /// Last update time.
    pub fn updated_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }

    /// Status.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// An uploaded file (see `GET /api/media`).
    pub fn file(mut self, value: impl Into<Media>) -> Self {
        self.file = Some(value.into());
        self
    }

    /// A form of a course.
    pub fn form(mut self, value: impl Into<Form>) -> Self {
        self.form = Some(value.into());
        self
    }

    /// Due date. Any JSON; the documentation shows only `{}`.
    pub fn due_date(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.due_date = Some(value.into());
        self
    }

    /// Whether the caller started the course.
    pub fn started(mut self, value: impl Into<bool>) -> Self {
        self.started = Some(value.into());
        self
    }

    /// Id of the creator.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }

    /// Id of the enforcement template.
    pub fn notification_template_id(mut self, value: impl Into<String>) -> Self {
        self.notification_template_id = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Course {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "courseId", &self.course_id)?;
        codegen_runtime::model::present(&mut map, "title", &self.title)?;
        codegen_runtime::model::present(&mut map, "description", &self.description)?;
        codegen_runtime::model::present(&mut map, "categories", &self.categories)?;
        codegen_runtime::model::present(&mut map, "order", &self.order)?;
        codegen_runtime::model::present(
            &mut map,
            "numberOfTasks",
            &self.number_of_tasks,
        )?;
        codegen_runtime::model::present(&mut map, "usersCount", &self.users_count)?;
        codegen_runtime::model::present(&mut map, "totalTime", &self.total_time)?;
        codegen_runtime::model::present(&mut map, "orgId", &self.org_id)?;
        codegen_runtime::model::present(&mut map, "tasks", &self.tasks)?;
        codegen_runtime::model::present(
            &mut map,
            "parentTaskListId",
            &self.parent_task_list_id,
        )?;
        codegen_runtime::model::present(&mut map, "progress", &self.progress)?;
        codegen_runtime::model::present(&mut map, "updatedAt", &self.updated_at)?;
        codegen_runtime::model::present(&mut map, "status", &self.status)?;
        codegen_runtime::model::present(&mut map, "file", &self.file)?;
        codegen_runtime::model::present(&mut map, "form", &self.form)?;
        codegen_runtime::model::present(&mut map, "dueDate", &self.due_date)?;
        codegen_runtime::model::present(&mut map, "started", &self.started)?;
        codegen_runtime::model::present(&mut map, "createdBy", &self.created_by)?;
        codegen_runtime::model::present(
            &mut map,
            "notificationTemplateId",
            &self.notification_template_id,
        )?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Course`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __CourseSlots {
    id: Option<Option<String>>,
    course_id: Option<Option<String>>,
    title: Option<Option<String>>,
    description: Option<Option<String>>,
    categories: Option<Option<Vec<String>>>,
    order: Option<Option<i64>>,
    number_of_tasks: Option<Option<i64>>,
    users_count: Option<Option<i64>>,
    total_time: Option<Option<i64>>,
    org_id: Option<Option<String>>,
    tasks: Option<Option<i64>>,
    parent_task_list_id: Option<Option<String>>,
    progress: Option<Option<i64>>,
    updated_at: Option<Option<codegen_runtime::formats::DateTime>>,
    status: Option<Option<String>>,
    file: Option<Option<Media>>,
    form: Option<Option<Form>>,
    due_date: Option<Option<codegen_runtime::serde_json::Value>>,
    started: Option<Option<bool>>,
    created_by: Option<Option<String>>,
    notification_template_id: Option<Option<String>>,
}

impl codegen_runtime::model::Object for Course {
    const NAME: &'static str = "Course";
    type Slots = __CourseSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "courseId" => {
                codegen_runtime::model::set(map, &mut slots.course_id, "courseId")
            }
            "title" => codegen_runtime::model::set(map, &mut slots.title, "title"),
            "description" => {
                codegen_runtime::model::set(map, &mut slots.description, "description")
            }
            "categories" => {
                codegen_runtime::model::set(map, &mut slots.categories, "categories")
            }
            "order" => codegen_runtime::model::set(map, &mut slots.order, "order"),
            "numberOfTasks" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.number_of_tasks,
                    "numberOfTasks",
                )
            }
            "usersCount" => {
                codegen_runtime::model::set(map, &mut slots.users_count, "usersCount")
            }
            "totalTime" => {
                codegen_runtime::model::set(map, &mut slots.total_time, "totalTime")
            }
            "orgId" => codegen_runtime::model::set(map, &mut slots.org_id, "orgId"),
            "tasks" => codegen_runtime::model::set(map, &mut slots.tasks, "tasks"),
            "parentTaskListId" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.parent_task_list_id,
                    "parentTaskListId",
                )
            }
            "progress" => {
                codegen_runtime::model::set(map, &mut slots.progress, "progress")
            }
            "updatedAt" => {
                codegen_runtime::model::set(map, &mut slots.updated_at, "updatedAt")
            }
            "status" => codegen_runtime::model::set(map, &mut slots.status, "status"),
            "file" => codegen_runtime::model::set(map, &mut slots.file, "file"),
            "form" => codegen_runtime::model::set(map, &mut slots.form, "form"),
            "dueDate" => codegen_runtime::model::set(map, &mut slots.due_date, "dueDate"),
            "started" => codegen_runtime::model::set(map, &mut slots.started, "started"),
            "createdBy" => {
                codegen_runtime::model::set(map, &mut slots.created_by, "createdBy")
            }
            "notificationTemplateId" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.notification_template_id,
                    "notificationTemplateId",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            course_id: slots.course_id.flatten(),
            title: slots.title.flatten(),
            description: slots.description.flatten(),
            categories: slots.categories.flatten(),
            order: slots.order.flatten(),
            number_of_tasks: slots.number_of_tasks.flatten(),
            users_count: slots.users_count.flatten(),
            total_time: slots.total_time.flatten(),
            org_id: slots.org_id.flatten(),
            tasks: slots.tasks.flatten(),
            parent_task_list_id: slots.parent_task_list_id.flatten(),
            progress: slots.progress.flatten(),
            updated_at: slots.updated_at.flatten(),
            status: slots.status.flatten(),
            file: slots.file.flatten(),
            form: slots.form.flatten(),
            due_date: slots.due_date.flatten(),
            started: slots.started.flatten(),
            created_by: slots.created_by.flatten(),
            notification_template_id: slots.notification_template_id.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Course {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// One page of courses.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct CoursePage {
    /// The taskLists of this page.
    pub task_lists: Option<Vec<Course>>,
    /// Paging information of a list response.
    pub meta: Option<Meta>,
}

impl CoursePage {
    /// The taskLists of this page.
    pub fn task_lists(
        mut self,
        value: impl IntoIterator<Item = impl Into<Course>>,
    ) -> Self {
        self.task_lists = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Paging information of a list response.
    pub fn meta(mut self, value: impl Into<Meta>) -> Self {
        self.meta = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for CoursePage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "taskLists", &self.task_lists)?;
        codegen_runtime::model::present(&mut map, "meta", &self.meta)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`CoursePage`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __CoursePageSlots {
    task_lists: Option<Option<Vec<Course>>>,
    meta: Option<Option<Meta>>,
}

impl codegen_runtime::model::Object for CoursePage {
    const NAME: &'static str = "CoursePage";
    type Slots = __CoursePageSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "taskLists" => {
                codegen_runtime::model::set(map, &mut slots.task_lists, "taskLists")
            }
            "meta" => codegen_runtime::model::set(map, &mut slots.meta, "meta"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            task_lists: slots.task_lists.flatten(),
            meta: slots.meta.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for CoursePage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A task (list item; `createdBy` is the embedded creator).
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Task {
    /// Task id.
    ///
    /// Set by the server.
    pub id: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Content (Article tasks).
    pub content: Option<String>,
    /// Time of the task (not described in the documentation).
    pub time: Option<i64>,
    /// Id of the video (Video tasks).
    pub video_id: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// Link (QuizLink tasks).
    pub link: Option<String>,
    /// Due date.
    ///
    /// Constraints: format `date-time`.
    pub due_date: Option<codegen_runtime::formats::DateTime>,
    /// Status.
    pub status: Option<String>,
    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    pub created_by: Option<UserSummary>,
    /// Creation time.
    ///
    /// Constraints: format `date-time`.
    ///
    /// Set by the server.
    pub created_at: Option<codegen_runtime::formats::DateTime>,
    /// Number of days to do the task.
    pub due_days: Option<i64>,
    /// The linked training course. Any JSON; the documentation shows only `{}`.
    pub training_course: Option<codegen_runtime::serde_json::Value>,
    /// Id of the linked course.
    pub training_course_task_list_id: Option<String>,
    /// Last update time.
    ///
    /// Constraints: format `date-time`.
    ///
    /// Set by the server.
    pub updated_at: Option<codegen_runtime::formats::DateTime>,
}

impl Task {
    /// Task id.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Title.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Content (Article tasks).
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }

    /// Time of the task (not described in the documentation).
    pub fn time(mut self, value: impl Into<i64>) -> Self {
        self.time = Some(value.into());
        self
    }

    /// Id of the video (Video tasks).
    pub fn video_id(mut self, value: impl Into<String>) -> Self {
        self.video_id = Some(value.into());
        self
    }

    /// Description.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Link (QuizLink tasks).
    pub fn link(mut self, value: impl Into<String>) -> Self {
        self.link = Some(value.into());
        self
    }

    /// Due date.
    pub fn due_date(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.due_date = Some(value.into());
        self
    }

    /// Status.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    pub fn created_by(mut self, value: impl Into<UserSummary>) -> Self {
        self.created_by = Some(value.into());
        self
    }

    /// Creation time.
    pub fn created_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.created_at = Some(value.into());
        self
    }

    /// Number of days to do the task.
    pub fn due_days(mut self, value: impl Into<i64>) -> Self {
        self.due_days = Some(value.into());
        self
    }

    /// The linked training course. Any JSON; the documentation shows only `{}`.
    pub fn training_course(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.training_course = Some(value.into());
        self
    }

    /// Id of the linked course.
    pub fn training_course_task_list_id(mut self, value: impl Into<String>) -> Self {
        self.training_course_task_list_id = Some(value.into());
        self
    }

    /// Last update time.
    pub fn updated_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Task {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "title", &self.title)?;
        codegen_runtime::model::present(&mut map, "content", &self.content)?;
        codegen_runtime::model::present(&mut map, "time", &self.time)?;
        codegen_runtime::model::present(&mut map, "videoId", &self.video_id)?;
        codegen_runtime::model::present(&mut map, "description", &self.description)?;
        codegen_runtime::model::present(&mut map, "link", &self.link)?;
        codegen_runtime::model::present(&mut map, "dueDate", &self.due_date)?;
        codegen_runtime::model::present(&mut map, "status", &self.status)?;
        codegen_runtime::model::present(&mut map, "createdBy", &self.created_by)?;
        codegen_runtime::model::present(&mut map, "createdAt", &self.created_at)?;
        codegen_runtime::model::present(&mut map, "dueDays", &self.due_days)?;
        codegen_runtime::model::present(
            &mut map,
            "trainingCourse",
            &self.training_course,
        )?;
        codegen_runtime::model::present(
            &mut map,
            "trainingCourseTaskListId",
            &self.training_course_task_list_id,
        )?;
        codegen_runtime::model::present(&mut map, "updatedAt", &self.updated_at)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Task`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __TaskSlots {
    id: Option<Option<String>>,
    title: Option<Option<String>>,
    content: Option<Option<String>>,
    time: Option<Option<i64>>,
    video_id: Option<Option<String>>,
    description: Option<Option<String>>,
    link: Option<Option<String>>,
    due_date: Option<Option<codegen_runtime::formats::DateTime>>,
    status: Option<Option<String>>,
    created_by: Option<Option<UserSummary>>,
    created_at: Option<Option<codegen_runtime::formats::DateTime>>,
    due_days: Option<Option<i64>>,
    training_course: Option<Option<codegen_runtime::serde_json::Value>>,
    training_course_task_list_id: Option<Option<String>>,
    updated_at: Option<Option<codegen_runtime::formats::DateTime>>,
}

impl codegen_runtime::model::Object for Task {
    const NAME: &'static str = "Task";
    type Slots = __TaskSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "title" => codegen_runtime::model::set(map, &mut slots.title, "title"),
            "content" => codegen_runtime::model::set(map, &mut slots.content, "content"),
            "time" => codegen_runtime::model::set(map, &mut slots.time, "time"),
            "videoId" => codegen_runtime::model::set(map, &mut slots.video_id, "videoId"),
            "description" => {
                codegen_runtime::model::set(map, &mut slots.description, "description")
            }
            "link" => codegen_runtime::model::set(map, &mut slots.link, "link"),
            "dueDate" => codegen_runtime::model::set(map, &mut slots.due_date, "dueDate"),
            "status" => codegen_runtime::model::set(map, &mut slots.status, "status"),
            "createdBy" => {
                codegen_runtime::model::set(map, &mut slots.created_by, "createdBy")
            }
            "createdAt" => {
                codegen_runtime::model::set(map, &mut slots.created_at, "createdAt")
            }
            "dueDays" => codegen_runtime::model::set(map, &mut slots.due_days, "dueDays"),
            "trainingCourse" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.training_course,
                    "trainingCourse",
                )
            }
            "trainingCourseTaskListId" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.training_course_task_list_id,
                    "trainingCourseTaskListId",
                )
            }
            "updatedAt" => {
                codegen_runtime::model::set(map, &mut slots.updated_at, "updatedAt")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            title: slots.title.flatten(),
            content: slots.content.flatten(),
            time: slots.time.flatten(),
            video_id: slots.video_id.flatten(),
            description: slots.description.flatten(),
            link: slots.link.flatten(),
            due_date: slots.due_date.flatten(),
            status: slots.status.flatten(),
            created_by: slots.created_by.flatten(),
            created_at: slots.created_at.flatten(),
            due_days: slots.due_days.flatten(),
            training_course: slots.training_course.flatten(),
            training_course_task_list_id: slots.training_course_task_list_id.flatten(),
            updated_at: slots.updated_at.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Task {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// One page of tasks.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct TaskPage {
    /// The tasks of this page.
    pub tasks: Option<Vec<Task>>,
    /// Paging information of a list response.
    pub meta: Option<Meta>,
}

impl TaskPage {
    /// The tasks of this page.
    pub fn tasks(mut self, value: impl IntoIterator<Item = impl Into<Task>>) -> Self {
        self.tasks = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Paging information of a list response.
    pub fn meta(mut self, value: impl Into<Meta>) -> Self {
        self.meta = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for TaskPage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "tasks", &self.tasks)?;
        codegen_runtime::model::present(&mut map, "meta", &self.meta)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`TaskPage`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __TaskPageSlots {
    tasks: Option<Option<Vec<Task>>>,
    meta: Option<Option<Meta>>,
}

impl codegen_runtime::model::Object for TaskPage {
    const NAME: &'static str = "TaskPage";
    type Slots = __TaskPageSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "tasks" => codegen_runtime::model::set(map, &mut slots.tasks, "tasks"),
            "meta" => codegen_runtime::model::set(map, &mut slots.meta, "meta"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            tasks: slots.tasks.flatten(),
            meta: slots.meta.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for TaskPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A created or updated task (`createdBy` is an id). Created with `userIds`, the response has only the fields up to `status` plus `assignedUserIds`.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct TaskRecord {
    /// Task id.
    ///
    /// Set by the server.
    pub id: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Content (Article tasks).
    pub content: Option<String>,
    /// Time of the task (not described in the documentation).
    pub time: Option<i64>,
    /// Id of the video (Video tasks).
    pub video_id: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// Link (QuizLink tasks).
    pub link: Option<String>,
    /// Due date.
    ///
    /// Constraints: format `date-time`.
    pub due_date: Option<codegen_runtime::formats::DateTime>,
    /// Status.
    pub status: Option<String>,
    /// Creation time.
    ///
    /// Constraints: format `date-time`.
    ///
    /// Set by the server.
    pub created_at: Option<codegen_runtime::formats::DateTime>,
    /// Number of days to do the task.
    pub due_days: Option<i64>,
    /// The linked training course. Any JSON; the documentation shows only `{}`.
    pub training_course: Option<codegen_runtime::serde_json::Value>,
    /// Id of the linked course.
    pub training_course_task_list_id: Option<String>,
    /// Last update time.
    ///
    /// Constraints: format `date-time`.
    ///
    /// Set by the server.
    pub updated_at: Option<codegen_runtime::formats::DateTime>,
    /// Id of the creator.
    ///
    /// Set by the server.
    pub created_by: Option<String>,
    /// Ids of the assigned users (when the task was created with `userIds`).
    pub assigned_user_ids: Option<Vec<String>>,
}

impl TaskRecord {
    /// Task id.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Title.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Content (Article tasks).
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }

    /// Time of the task (not described in the documentation).
    pub fn time(mut self, value: impl Into<i64>) -> Self {
        self.time = Some(value.into());
        self
    }

    /// Id of the video (Video tasks).
    pub fn video_id(mut self, value: impl Into<String>) -> Self {
        self.video_id = Some(value.into());
        self
    }

    /// Description.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Link (QuizLink tasks).
    pub fn link(mut self, value: impl Into<String>) -> Self {
        self.link = Some(value.into());
        self
    }

    /// Due date.
    pub fn due_date(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.due_date = Some(value.into());
        self
    }

    /// Status.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Creation time.
    pub fn created_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.created_at = Some(value.into());
        self
    }

    /// Number of days to do the task.
    pub fn due_days(mut self, value: impl Into<i64>) -> Self {
        self.due_days = Some(value.into());
        self
    }

    /// The linked training course. Any JSON; the documentation shows only `{}`.
    pub fn training_course(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.training_course = Some(value.into());
        self
    }

    /// Id of the linked course.
    pub fn training_course_task_list_id(mut self, value: impl Into<String>) -> Self {
        self.training_course_task_list_id = Some(value.into());
        self
    }

    /// Last update time.
    pub fn updated_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }

    /// Id of the creator.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }

    /// Ids of the assigned users (when the task was created with `userIds`).
    pub fn assigned_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.assigned_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for TaskRecord {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "title", &self.title)?;
        codegen_runtime::model::present(&mut map, "content", &self.content)?;
        codegen_runtime::model::present(&mut map, "time", &self.time)?;
        codegen_runtime::model::present(&mut map, "videoId", &self.video_id)?;
        codegen_runtime::model::present(&mut map, "description", &self.description)?;
        codegen_runtime::model::present(&mut map, "link", &self.link)?;
        codegen_runtime::model::present(&mut map, "dueDate", &self.due_date)?;
        codegen_runtime::model::present(&mut map, "status", &self.status)?;
        codegen_runtime::model::present(&mut map, "createdAt", &self.created_at)?;
        codegen_runtime::model::present(&mut map, "dueDays", &self.due_days)?;
        codegen_runtime::model::present(
            &mut map,
            "trainingCourse",
            &self.training_course,
        )?;
        codegen_runtime::model::present(
            &mut map,
            "trainingCourseTaskListId",
            &self.training_course_task_list_id,
        )?;
        codegen_runtime::model::present(&mut map, "updatedAt", &self.updated_at)?;
        codegen_runtime::model::present(&mut map, "createdBy", &self.created_by)?;
        codegen_runtime::model::present(
            &mut map,
            "assignedUserIds",
            &self.assigned_user_ids,
        )?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`TaskRecord`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __TaskRecordSlots {
    id: Option<Option<String>>,
    title: Option<Option<String>>,
    content: Option<Option<String>>,
    time: Option<Option<i64>>,
    video_id: Option<Option<String>>,
    description: Option<Option<String>>,
    link: Option<Option<String>>,
    due_date: Option<Option<codegen_runtime::formats::DateTime>>,
    status: Option<Option<String>>,
    created_at: Option<Option<codegen_runtime::formats::DateTime>>,
    due_days: Option<Option<i64>>,
    training_course: Option<Option<codegen_runtime::serde_json::Value>>,
    training_course_task_list_id: Option<Option<String>>,
    updated_at: Option<Option<codegen_runtime::formats::DateTime>>,
    created_by: Option<Option<String>>,
    assigned_user_ids: Option<Option<Vec<String>>>,
}

impl codegen_runtime::model::Object for TaskRecord {
    const NAME: &'static str = "TaskRecord";
    type Slots = __TaskRecordSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "title" => codegen_runtime::model::set(map, &mut slots.title, "title"),
            "content" => codegen_runtime::model::set(map, &mut slots.content, "content"),
            "time" => codegen_runtime::model::set(map, &mut slots.time, "time"),
            "videoId" => codegen_runtime::model::set(map, &mut slots.video_id, "videoId"),
            "description" => {
                codegen_runtime::model::set(map, &mut slots.description, "description")
            }
            "link" => codegen_runtime::model::set(map, &mut slots.link, "link"),
            "dueDate" => codegen_runtime::model::set(map, &mut slots.due_date, "dueDate"),
            "status" => codegen_runtime::model::set(map, &mut slots.status, "status"),
            "createdAt" => {
                codegen_runtime::model::set(map, &mut slots.created_at, "createdAt")
            }
            "dueDays" => codegen_runtime::model::set(map, &mut slots.due_days, "dueDays"),
            "trainingCourse" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.training_course,
                    "trainingCourse",
                )
            }
            "trainingCourseTaskListId" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.training_course_task_list_id,
                    "trainingCourseTaskListId",
                )
            }
            "updatedAt" => {
                codegen_runtime::model::set(map, &mut slots.updated_at, "updatedAt")
            }
            "createdBy" => {
                codegen_runtime::model::set(map, &mut slots.created_by, "createdBy")
            }
            "assignedUserIds" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.assigned_user_ids,
                    "assignedUserIds",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            title: slots.title.flatten(),
            content: slots.content.flatten(),
            time: slots.time.flatten(),
            video_id: slots.video_id.flatten(),
            description: slots.description.flatten(),
            link: slots.link.flatten(),
            due_date: slots.due_date.flatten(),
            status: slots.status.flatten(),
            created_at: slots.created_at.flatten(),
            due_days: slots.due_days.flatten(),
            training_course: slots.training_course.flatten(),
            training_course_task_list_id: slots.training_course_task_list_id.flatten(),
            updated_at: slots.updated_at.flatten(),
            created_by: slots.created_by.flatten(),
            assigned_user_ids: slots.assigned_user_ids.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for TaskRecord {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A task with its assigned users.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct TaskAssignment {
    /// Task id.
    ///
    /// Set by the server.
    pub id: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Content (Article tasks).
    pub content: Option<String>,
    /// Time of the task (not described in the documentation).
    pub time: Option<i64>,
    /// Id of the video (Video tasks).
    pub video_id: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// Link (QuizLink tasks).
    pub link: Option<String>,
    /// Due date.
    ///
    /// Constraints: format `date-time`.
    pub due_date: Option<codegen_runtime::formats::DateTime>,
    /// Status.
    pub status: Option<String>,
    /// The assigned users (objects, despite the name).
    pub assigned_user_ids: Option<Vec<UserSummary>>,
}

impl TaskAssignment {
    /// Task id.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Title.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Content (Article tasks).
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }

    /// Time of the task (not described in the documentation).
    pub fn time(mut self, value: impl Into<i64>) -> Self {
        self.time = Some(value.into());
        self
    }

    /// Id of the video (Video tasks).
    pub fn video_id(mut self, value: impl Into<String>) -> Self {
        self.video_id = Some(value.into());
        self
    }

    /// Description.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Link (QuizLink tasks).
    pub fn link(mut self, value: impl Into<String>) -> Self {
        self.link = Some(value.into());
        self
    }

    /// Due date.
    pub fn due_date(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.due_date = Some(value.into());
        self
    }

    /// Status.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// The assigned users (objects, despite the name).
    pub fn assigned_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<UserSummary>>,
    ) -> Self {
        self.assigned_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for TaskAssignment {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "title", &self.title)?;
        codegen_runtime::model::present(&mut map, "content", &self.content)?;
        codegen_runtime::model::present(&mut map, "time", &self.time)?;
        codegen_runtime::model::present(&mut map, "videoId", &self.video_id)?;
        codegen_runtime::model::present(&mut map, "description", &self.description)?;
        codegen_runtime::model::present(&mut map, "link", &self.link)?;
        codegen_runtime::model::present(&mut map, "dueDate", &self.due_date)?;
        codegen_runtime::model::present(&mut map, "status", &self.status)?;
        codegen_runtime::model::present(
            &mut map,
            "assignedUserIds",
            &self.assigned_user_ids,
        )?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`TaskAssignment`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __TaskAssignmentSlots {
    id: Option<Option<String>>,
    title: Option<Option<String>>,
    content: Option<Option<String>>,
    time: Option<Option<i64>>,
    video_id: Option<Option<String>>,
    description: Option<Option<String>>,
    link: Option<Option<String>>,
    due_date: Option<Option<codegen_runtime::formats::DateTime>>,
    status: Option<Option<String>>,
    assigned_user_ids: Option<Option<Vec<UserSummary>>>,
}

impl codegen_runtime::model::Object for TaskAssignment {
    const NAME: &'static str = "TaskAssignment";
    type Slots = __TaskAssignmentSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "title" => codegen_runtime::model::set(map, &mut slots.title, "title"),
            "content" => codegen_runtime::model::set(map, &mut slots.content, "content"),
            "time" => codegen_runtime::model::set(map, &mut slots.time, "time"),
            "videoId" => codegen_runtime::model::set(map, &mut slots.video_id, "videoId"),
            "description" => {
                codegen_runtime::model::set(map, &mut slots.description, "description")
            }
            "link" => codegen_runtime::model::set(map, &mut slots.link, "link"),
            "dueDate" => codegen_runtime::model::set(map, &mut slots.due_date, "dueDate"),
            "status" => codegen_runtime::model::set(map, &mut slots.status, "status"),
            "assignedUserIds" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.assigned_user_ids,
                    "assignedUserIds",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            title: slots.title.flatten(),
            content: slots.content.flatten(),
            time: slots.time.flatten(),
            video_id: slots.video_id.flatten(),
            description: slots.description.flatten(),
            link: slots.link.flatten(),
            due_date: slots.due_date.flatten(),
            status: slots.status.flatten(),
            assigned_user_ids: slots.assigned_user_ids.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for TaskAssignment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Type of the task.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TaskType {
    /// `Article` on the wire.
    Article,
    /// `Video` on the wire.
    Video,
    /// `QuizLink` on the wire.
    QuizLink,
    /// `Document` on the wire.
    Document,
    /// `TrainingCourse` on the wire.
    TrainingCourse,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    Unknown(codegen_runtime::UnknownValue),
}

impl TaskType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Article => "Article",
            Self::Video => "Video",
            Self::QuizLink => "QuizLink",
            Self::Document => "Document",
            Self::TrainingCourse => "TrainingCourse",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for TaskType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for TaskType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for TaskType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(
                deserializer,
                &["Article", "Video", "QuizLink", "Document", "TrainingCourse"],
            )? {
                Ok(0) => Self::Article,
                Ok(1) => Self::Video,
                Ok(2) => Self::QuizLink,
                Ok(3) => Self::Document,
                Ok(_) => Self::TrainingCourse,
                Err(value) => Self::Unknown(value),
            },
        )
    }
}

/// A new task; with `userIds` it is assigned at once.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct TaskCreate {
    /// Title of the task.
    pub title: Option<String>,
    /// Description of the task (the table lists it twice: the description of the task list, and of the task for Video, QuizLink, Document and TrainingCourse tasks).
    pub description: Option<String>,
    /// `draft` or `publish` (the examples send other words). A draft task cannot be assigned.
    pub status: Option<String>,
    /// Id of the enforcement template (see `list_enforcement_templates`).
    pub notification_template_id: Option<String>,
    /// Type of the task.
    pub task_type: Option<TaskType>,
    /// Content of the article; required for Article tasks.
    pub content: Option<String>,
    /// Link of the task (QuizLink tasks).
    pub link: Option<String>,
    /// Number of days to do the task.
    pub due_days: Option<i64>,
    /// Id of the document (Document tasks; see `list_documents`).
    pub document_id: Option<String>,
    /// Id of the course (TrainingCourse tasks; see `list_courses`).
    pub training_course_task_list_id: Option<String>,
    /// Id of an uploaded video, or the media id of a new video (see `get_media_upload_url`).
    pub video_id: Option<String>,
    /// Time of the task (shown only in the examples).
    pub time: Option<i64>,
    /// Ids of the users to assign the task to ("Create and Assign a Task"; see `list_users`).
    pub user_ids: Option<Vec<String>>,
}

impl TaskCreate {
    /// Title of the task.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Description of the task (the table lists it twice: the description of the task list, and of the task for Video, QuizLink, Document and TrainingCourse tasks).
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// `draft` or `publish` (the examples send other words). A draft task cannot be assigned.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Id of the enforcement template (see `list_enforcement_templates`).
    pub fn notification_template_id(mut self, value: impl Into<String>) -> Self {
        self.notification_template_id = Some(value.into());
        self
    }

    /// Type of the task.
    pub fn task_type(mut self, value: impl Into<TaskType>) -> Self {
        self.task_type = Some(value.into());
        self
    }

    /// Content of the article; required for Article tasks.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }

    /// Link of the task (QuizLink tasks).
    pub fn link(mut self, value: impl Into<String>) -> Self {
        self.link = Some(value.into());
        self
    }

    /// Number of days to do the task.
    pub fn due_days(mut self, value: impl Into<i64>) -> Self {
        self.due_days = Some(value.into());
        self
    }

    /// Id of the document (Document tasks; see `list_documents`).
    pub fn document_id(mut self, value: impl Into<String>) -> Self {
        self.document_id = Some(value.into());
        self
    }

    /// Id of the course (TrainingCourse tasks; see `list_courses`).
    pub fn training_course_task_list_id(mut self, value: impl Into<String>) -> Self {
        self.training_course_task_list_id = Some(value.into());
        self
    }

    /// Id of an uploaded video, or the media id of a new video (see `get_media_upload_url`).
    pub fn video_id(mut self, value: impl Into<String>) -> Self {
        self.video_id = Some(value.into());
        self
    }

    /// Time of the task (shown only in the examples).
    pub fn time(mut self, value: impl Into<i64>) -> Self {
        self.time = Some(value.into());
        self
    }

    /// Ids of the users to assign the task to ("Create and Assign a Task"; see `list_users`).
    pub fn user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

impl serde::Serialize for TaskCreate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "title", &self.title)?;
        codegen_runtime::model::present(&mut map, "description", &self.description)?;
        codegen_runtime::model::present(&mut map, "status", &self.status)?;
        codegen_runtime::model::present(
            &mut map,
            "notificationTemplateId",
            &self.notification_template_id,
        )?;
        codegen_runtime::model::present(&mut map, "task_type", &self.task_type)?;
        codegen_runtime::model::present(&mut map, "content", &self.content)?;
        codegen_runtime::model::present(&mut map, "link", &self.link)?;
        codegen_runtime::model::present(&mut map, "dueDays", &self.due_days)?;
        codegen_runtime::model::present(&mut map, "documentId", &self.document_id)?;
        codegen_runtime::model::present(
            &mut map,
            "trainingCourseTaskListId",
            &self.training_course_task_list_id,
        )?;
        codegen_runtime::model::present(&mut map, "videoId", &self.video_id)?;
        codegen_runtime::model::present(&mut map, "time", &self.time)?;
        codegen_runtime::model::present(&mut map, "userIds", &self.user_ids)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`TaskCreate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __TaskCreateSlots {
    title: Option<Option<String>>,
    description: Option<Option<String>>,
    status: Option<Option<String>>,
    notification_template_id: Option<Option<String>>,
    task_type: Option<Option<TaskType>>,
    content: Option<Option<String>>,
    link: Option<Option<String>>,
    due_days: Option<Option<i64>>,
    document_id: Option<Option<String>>,
    training_course_task_list_id: Option<Option<String>>,
    video_id: Option<Option<String>>,
    time: Option<Option<i64>>,
    user_ids: Option<Option<Vec<String>>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for TaskCreate {
    const NAME: &'static str = "TaskCreate";
    type Slots = __TaskCreateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "title" => codegen_runtime::model::set(map, &mut slots.title, "title"),
            "description" => {
                codegen_runtime::model::set(map, &mut slots.description, "description")
            }
            "status" => codegen_runtime::model::set(map, &mut slots.status, "status"),
            "notificationTemplateId" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.notification_template_id,
                    "notificationTemplateId",
                )
            }
            "task_type" => {
                codegen_runtime::model::set(map, &mut slots.task_type, "task_type")
            }
            "content" => codegen_runtime::model::set(map, &mut slots.content, "content"),
            "link" => codegen_runtime::model::set(map, &mut slots.link, "link"),
            "dueDays" => codegen_runtime::model::set(map, &mut slots.due_days, "dueDays"),
            "documentId" => {
                codegen_runtime::model::set(map, &mut slots.document_id, "documentId")
            }
            "trainingCourseTaskListId" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.training_course_task_list_id,
                    "trainingCourseTaskListId",
                )
            }
            "videoId" => codegen_runtime::model::set(map, &mut slots.video_id, "videoId"),
            "time" => codegen_runtime::model::set(map, &mut slots.time, "time"),
            "userIds" => codegen_runtime::model::set(map, &mut slots.user_ids, "userIds"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            title: slots.title.flatten(),
            description: slots.description.flatten(),
            status: slots.status.flatten(),
            notification_template_id: slots.notification_template_id.flatten(),
            task_type: slots.task_type.flatten(),
            content: slots.content.flatten(),
            link: slots.link.flatten(),
            due_days: slots.due_days.flatten(),
            document_id: slots.document_id.flatten(),
            training_course_task_list_id: slots.training_course_task_list_id.flatten(),
            video_id: slots.video_id.flatten(),
            time: slots.time.flatten(),
            user_ids: slots.user_ids.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for TaskCreate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Changes to a task; every field is optional. Published tasks cannot be updated.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct TaskUpdate {
    /// Title of the task.
    pub title: Option<String>,
    /// Description of the task (the table lists it twice: the description of the task list, and of the task for Video, QuizLink, Document and TrainingCourse tasks).
    pub description: Option<String>,
    /// `draft` or `publish` (the examples send other words). A draft task cannot be assigned.
    pub status: Option<String>,
    /// Id of the enforcement template (see `list_enforcement_templates`).
    pub notification_template_id: Option<String>,
    /// Type of the task.
    pub task_type: Option<TaskType>,
    /// Content of the article; required for Article tasks.
    pub content: Option<String>,
    /// Link of the task (QuizLink tasks).
    pub link: Option<String>,
    /// Number of days to do the task.
    pub due_days: Option<i64>,
    /// Id of the document (Document tasks; see `list_documents`).
    pub document_id: Option<String>,
    /// Id of the course (TrainingCourse tasks; see `list_courses`).
    pub training_course_task_list_id: Option<String>,
    /// Id of an uploaded video, or the media id of a new video (see `get_media_upload_url`).
    pub video_id: Option<String>,
    /// Time of the task (shown only in the examples).
    pub time: Option<i64>,
}

impl TaskUpdate {
    /// Title of the task.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Description of the task (the table lists it twice: the description of the task list, and of the task for Video, QuizLink, Document and TrainingCourse tasks).
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// `draft` or `publish` (the examples send other words). A draft task cannot be assigned.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Id of the enforcement template (see `list_enforcement_templates`).
    pub fn notification_template_id(mut self, value: impl Into<String>) -> Self {
        self.notification_template_id = Some(value.into());
        self
    }

    /// Type of the task.
    pub fn task_type(mut self, value: impl Into<TaskType>) -> Self {
        self.task_type = Some(value.into());
        self
    }

    /// Content of the article; required for Article tasks.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }

    /// Link of the task (QuizLink tasks).
    pub fn link(mut self, value: impl Into<String>) -> Self {
        self.link = Some(value.into());
        self
    }

    /// Number of days to do the task.
    pub fn due_days(mut self, value: impl Into<i64>) -> Self {
        self.due_days = Some(value.into());
        self
    }

    /// Id of the document (Document tasks; see `list_documents`).
    pub fn document_id(mut self, value: impl Into<String>) -> Self {
        self.document_id = Some(value.into());
        self
    }

    /// Id of the course (TrainingCourse tasks; see `list_courses`).
    pub fn training_course_task_list_id(mut self, value: impl Into<String>) -> Self {
        self.training_course_task_list_id = Some(value.into());
        self
    }

    /// Id of an uploaded video, or the media id of a new video (see `get_media_upload_url`).
    pub fn video_id(mut self, value: impl Into<String>) -> Self {
        self.video_id = Some(value.into());
        self
    }

    /// Time of the task (shown only in the examples).
    pub fn time(mut self, value: impl Into<i64>) -> Self {
        self.time = Some(value.into());
        self
    }
}

impl serde::Serialize for TaskUpdate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "title", &self.title)?;
        codegen_runtime::model::present(&mut map, "description", &self.description)?;
        codegen_runtime::model::present(&mut map, "status", &self.status)?;
        codegen_runtime::model::present(
            &mut map,
            "notificationTemplateId",
            &self.notification_template_id,
        )?;
        codegen_runtime::model::present(&mut map, "task_type", &self.task_type)?;
        codegen_runtime::model::present(&mut map, "content", &self.content)?;
        codegen_runtime::model::present(&mut map, "link", &self.link)?;
        codegen_runtime::model::present(&mut map, "dueDays", &self.due_days)?;
        codegen_runtime::model::present(&mut map, "documentId", &self.document_id)?;
        codegen_runtime::model::present(
            &mut map,
            "trainingCourseTaskListId",
            &self.training_course_task_list_id,
        )?;
        codegen_runtime::model::present(&mut map, "videoId", &self.video_id)?;
        codegen_runtime::model::present(&mut map, "time", &self.time)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`TaskUpdate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __TaskUpdateSlots {
    title: Option<Option<String>>,
    description: Option<Option<String>>,
    status: Option<Option<String>>,
    notification_template_id: Option<Option<String>>,
    task_type: Option<Option<TaskType>>,
    content: Option<Option<String>>,
    link: Option<Option<String>>,
    due_days: Option<Option<i64>>,
    document_id: Option<Option<String>>,
    training_course_task_list_id: Option<Option<String>>,
    video_id: Option<Option<String>>,
    time: Option<Option<i64>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for TaskUpdate {
    const NAME: &'static str = "TaskUpdate";
    type Slots = __TaskUpdateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "title" => codegen_runtime::model::set(map, &mut slots.title, "title"),
            "description" => {
                codegen_runtime::model::set(map, &mut slots.description, "description")
            }
            "status" => codegen_runtime::model::set(map, &mut slots.status, "status"),
            "notificationTemplateId" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.notification_template_id,
                    "notificationTemplateId",
                )
            }
            "task_type" => {
                codegen_runtime::model::set(map, &mut slots.task_type, "task_type")
            }
            "content" => codegen_runtime::model::set(map, &mut slots.content, "content"),
            "link" => codegen_runtime::model::set(map, &mut slots.link, "link"),
            "dueDays" => codegen_runtime::model::set(map, &mut slots.due_days, "dueDays"),
            "documentId" => {
                codegen_runtime::model::set(map, &mut slots.document_id, "documentId")
            }
            "trainingCourseTaskListId" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.training_course_task_list_id,
                    "trainingCourseTaskListId",
                )
            }
            "videoId" => codegen_runtime::model::set(map, &mut slots.video_id, "videoId"),
            "time" => codegen_runtime::model::set(map, &mut slots.time, "time"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            title: slots.title.flatten(),
            description: slots.description.flatten(),
            status: slots.status.flatten(),
            notification_template_id: slots.notification_template_id.flatten(),
            task_type: slots.task_type.flatten(),
            content: slots.content.flatten(),
            link: slots.link.flatten(),
            due_days: slots.due_days.flatten(),
            document_id: slots.document_id.flatten(),
            training_course_task_list_id: slots.training_course_task_list_id.flatten(),
            video_id: slots.video_id.flatten(),
            time: slots.time.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for TaskUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Users to assign to and unassign from a task.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct TaskAssign {
    /// Ids of the users to assign the task to (see `list_users`).
    ///
    /// Constraints: each item: format `uuid`.
    pub user_ids: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Ids of the users to unassign.
    ///
    /// Constraints: each item: format `uuid`.
    pub remove_ids: Option<Vec<codegen_runtime::formats::Uuid>>,
}

impl TaskAssign {
    /// Ids of the users to assign the task to (see `list_users`).
    pub fn user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Ids of the users to unassign.
    pub fn remove_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.remove_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

impl serde::Serialize for TaskAssign {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "userIds", &self.user_ids)?;
        codegen_runtime::model::present(&mut map, "removeIds", &self.remove_ids)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`TaskAssign`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __TaskAssignSlots {
    user_ids: Option<Option<Vec<codegen_runtime::formats::Uuid>>>,
    remove_ids: Option<Option<Vec<codegen_runtime::formats::Uuid>>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for TaskAssign {
    const NAME: &'static str = "TaskAssign";
    type Slots = __TaskAssignSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userIds" => codegen_runtime::model::set(map, &mut slots.user_ids, "userIds"),
            "removeIds" => {
                codegen_runtime::model::set(map, &mut slots.remove_ids, "removeIds")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            user_ids: slots.user_ids.flatten(),
            remove_ids: slots.remove_ids.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for TaskAssign {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A group chat in a list.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct GroupChatSummary {
    /// Conversation id.
    ///
    /// Set by the server.
    pub id: Option<String>,
    /// Group id.
    pub group_id: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Whether the group is a channel.
    pub is_channel: Option<bool>,
    /// Whether the group is private.
    pub is_private: Option<bool>,
    /// Whether users can request to join.
    pub by_request: Option<bool>,
    /// Category.
    pub category: Option<String>,
    /// Cover image. Any JSON; the documentation shows only `{}`.
    pub image: Option<codegen_runtime::serde_json::Value>,
}

impl GroupChatSummary {
    /// Conversation id.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Group id.
    pub fn group_id(mut self, value: impl Into<String>) -> Self {
        self.group_id = Some(value.into());
        self
    }

    /// Title.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Whether the group is a channel.
    pub fn is_channel(mut self, value: impl Into<bool>) -> Self {
        self.is_channel = Some(value.into());
        self
    }

    /// Whether the group is private.
    pub fn is_private(mut self, value: impl Into<bool>) -> Self {
        self.is_private = Some(value.into());
        self
    }

    /// Whether users can request to join.
    pub fn by_request(mut self, value: impl Into<bool>) -> Self {
        self.by_request = Some(value.into());
        self
    }

    /// Category.
    pub fn category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self
    }

    /// Cover image. Any JSON; the documentation shows only `{}`.
    pub fn image(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.image = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for GroupChatSummary {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "groupId", &self.group_id)?;
        codegen_runtime::model::present(&mut map, "title", &self.title)?;
        codegen_runtime::model::present(&mut map, "isChannel", &self.is_channel)?;
        codegen_runtime::model::present(&mut map, "isPrivate", &self.is_private)?;
        codegen_runtime::model::present(&mut map, "byRequest", &self.by_request)?;
        codegen_runtime::model::present(&mut map, "category", &self.category)?;
        codegen_runtime::model::present(&mut map, "image", &self.image)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`GroupChatSummary`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __GroupChatSummarySlots {
    id: Option<Option<String>>,
    group_id: Option<Option<String>>,
    title: Option<Option<String>>,
    is_channel: Option<Option<bool>>,
    is_private: Option<Option<bool>>,
    by_request: Option<Option<bool>>,
    category: Option<Option<String>>,
    image: Option<Option<codegen_runtime::serde_json::Value>>,
}

impl codegen_runtime::model::Object for GroupChatSummary {
    const NAME: &'static str = "GroupChatSummary";
    type Slots = __GroupChatSummarySlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "groupId" => codegen_runtime::model::set(map, &mut slots.group_id, "groupId"),
            "title" => codegen_runtime::model::set(map, &mut slots.title, "title"),
            "isChannel" => {
                codegen_runtime::model::set(map, &mut slots.is_channel, "isChannel")
            }
            "isPrivate" => {
                codegen_runtime::model::set(map, &mut slots.is_private, "isPrivate")
            }
            "byRequest" => {
                codegen_runtime::model::set(map, &mut slots.by_request, "byRequest")
            }
            "category" => {
                codegen_runtime::model::set(map, &mut slots.category, "category")
            }
            "image" => codegen_runtime::model::set(map, &mut slots.image, "image"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            group_id: slots.group_id.flatten(),
            title: slots.title.flatten(),
            is_channel: slots.is_channel.flatten(),
            is_private: slots.is_private.flatten(),
            by_request: slots.by_request.flatten(),
            category: slots.category.flatten(),
            image: slots.image.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for GroupChatSummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// One page of group chats.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct GroupChatPage {
    /// The conversations of this page.
    pub conversations: Option<Vec<GroupChatSummary>>,
    /// Paging information of a list response.
    pub meta: Option<Meta>,
}

impl GroupChatPage {
    /// The conversations of this page.
    pub fn conversations(
        mut self,
        value: impl IntoIterator<Item = impl Into<GroupChatSummary>>,
    ) -> Self {
        self.conversations = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Paging information of a list response.
    pub fn meta(mut self, value: impl Into<Meta>) -> Self {
        self.meta = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for GroupChatPage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "conversations", &self.conversations)?;
        codegen_runtime::model::present(&mut map, "meta", &self.meta)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`GroupChatPage`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __GroupChatPageSlots {
    conversations: Option<Option<Vec<GroupChatSummary>>>,
    meta: Option<Option<Meta>>,
}

impl codegen_runtime::model::Object for GroupChatPage {
    const NAME: &'static str = "GroupChatPage";
    type Slots = __GroupChatPageSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conversations" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.conversations,
                    "conversations",
                )
            }
            "meta" => codegen_runtime::model::set(map, &mut slots.meta, "meta"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            conversations: slots.conversations.flatten(),
            meta: slots.meta.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for GroupChatPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A group chat (conversation). `videoPreviews` is one media object in the examples, despite the plural.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct GroupChat {
    /// Conversation id.
    ///
    /// Set by the server.
    pub id: Option<String>,
    /// Creation time.
    ///
    /// Constraints: format `date-time`.
    ///
    /// Set by the server.
    pub created_at: Option<codegen_runtime::formats::DateTime>,
    /// Last update time.
    ///
    /// Constraints: format `date-time`.
    ///
    /// Set by the server.
    pub updated_at: Option<codegen_runtime::formats::DateTime>,
    /// Id of the creator.
    ///
    /// Set by the server.
    pub created_by: Option<String>,
    /// Id of the last updater.
    ///
    /// Set by the server.
    pub updated_by: Option<String>,
    /// Group id.
    pub group_id: Option<String>,
    /// A call or livestream.
    pub last_call: Option<ApiCall>,
    /// A call or livestream.
    pub scheduled_call: Option<ApiCall>,
    /// Title.
    pub title: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// An uploaded file (see `GET /api/media`).
    pub image: Option<Media>,
    /// Colour.
    pub color: Option<String>,
    /// Whether the group is a channel.
    pub is_channel: Option<bool>,
    /// Whether the group is private.
    pub is_private: Option<bool>,
    /// Whether users can request to join.
    pub by_request: Option<bool>,
    /// Type of the group.
    pub r#type: Option<String>,
    /// Category.
    pub category: Option<String>,
    /// Id of the ticket of the conversation.
    pub ticket_id: Option<String>,
    /// Number of new responses.
    pub new_response_count: Option<i64>,
    /// The initial query.
    pub initial_query: Option<String>,
    /// Id of the active call. Any JSON; the documentation shows only `{}`.
    pub active_call_id: Option<codegen_runtime::serde_json::Value>,
    /// Id of the expert. Any JSON; the documentation shows only `{}`.
    pub expert_id: Option<codegen_runtime::serde_json::Value>,
    /// The last query message. Any JSON; the documentation shows only `{}`.
    pub last_query_msg: Option<codegen_runtime::serde_json::Value>,
    /// An uploaded file (see `GET /api/media`).
    pub video_previews: Option<Media>,
    /// Participants.
    pub participants: Option<Vec<UserSummary>>,
    /// Whether the caller muted the group.
    pub muted: Option<bool>,
    /// Until when the caller snoozed the group.
    ///
    /// Constraints: format `date-time`.
    pub snoozed_until: Option<codegen_runtime::formats::DateTime>,
    /// Metadata. Any JSON; the documentation shows only `{}`.
    pub meta: Option<codegen_runtime::serde_json::Value>,
    /// Reactions.
    pub reactions: Option<Vec<String>>,
    /// Ids of the admins (update response).
    pub admins: Option<Vec<String>>,
}

impl GroupChat {
    /// Conversation id.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Creation time.
    pub fn created_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.created_at = Some(value.into());
        self
    }

    /// Last update time.
    pub fn updated_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }

    /// Id of the creator.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }

    /// Id of the last updater.
    pub fn updated_by(mut self, value: impl Into<String>) -> Self {
        self.updated_by = Some(value.into());
        self
    }

    /// Group id.
    pub fn group_id(mut self, value: impl Into<String>) -> Self {
        self.group_id = Some(value.into());
        self
    }

    /// A call or livestream.
    pub fn last_call(mut self, value: impl Into<ApiCall>) -> Self {
        self.last_call = Some(value.into());
        self
    }

    /// A call or livestream.
    pub fn scheduled_call(mut self, value: impl Into<ApiCall>) -> Self {
        self.scheduled_call = Some(value.into());
        self
    }

    /// Title.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Description.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// An uploaded file (see `GET /api/media`).
    pub fn image(mut self, value: impl Into<Media>) -> Self {
        self.image = Some(value.into());
        self
    }

    /// Colour.
    pub fn color(mut self, value: impl Into<String>) -> Self {
        self.color = Some(value.into());
        self
    }

    /// Whether the group is a channel.
    pub fn is_channel(mut self, value: impl Into<bool>) -> Self {
        self.is_channel = Some(value.into());
        self
    }

    /// Whether the group is private.
    pub fn is_private(mut self, value: impl Into<bool>) -> Self {
        self.is_private = Some(value.into());
        self
    }

    /// Whether users can request to join.
    pub fn by_request(mut self, value: impl Into<bool>) -> Self {
        self.by_request = Some(value.into());
        self
    }

    /// Type of the group.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// Category.
    pub fn category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self
    }

    /// Id of the ticket of the conversation.
    pub fn ticket_id(mut self, value: impl Into<String>) -> Self {
        self.ticket_id = Some(value.into());
        self
    }

    /// Number of new responses.
    pub fn new_response_count(mut self, value: impl Into<i64>) -> Self {
        self.new_response_count = Some(value.into());
        self
    }

    /// The initial query.
    pub fn initial_query(mut self, value: impl Into<String>) -> Self {
        self.initial_query = Some(value.into());
        self
    }

    /// Id of the active call. Any JSON; the documentation shows only `{}`.
    pub fn active_call_id(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.active_call_id = Some(value.into());
        self
    }

    /// Id of the expert. Any JSON; the documentation shows only `{}`.
    pub fn expert_id(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.expert_id = Some(value.into());
        self
    }

    /// The last query message. Any JSON; the documentation shows only `{}`.
    pub fn last_query_msg(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.last_query_msg = Some(value.into());
        self
    }

    /// An uploaded file (see `GET /api/media`).
    pub fn video_previews(mut self, value: impl Into<Media>) -> Self {
        self.video_previews = Some(value.into());
        self
    }

    /// Participants.
    pub fn participants(
        mut self,
        value: impl IntoIterator<Item = impl Into<UserSummary>>,
    ) -> Self {
        self.participants = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Whether the caller muted the group.
    pub fn muted(mut self, value: impl Into<bool>) -> Self {
        self.muted = Some(value.into());
        self
    }

    /// Until when the caller snoozed the group.
    pub fn snoozed_until(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.snoozed_until = Some(value.into());
        self
    }

    /// Metadata. Any JSON; the documentation shows only `{}`.
    pub fn meta(mut self, value: impl Into<codegen_runtime::serde_json::Value>) -> Self {
        self.meta = Some(value.into());
        self
    }

    /// Reactions.
    pub fn reactions(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.reactions = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Ids of the admins (update response).
    pub fn admins(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.admins = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for GroupChat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "createdAt", &self.created_at)?;
        codegen_runtime::model::present(&mut map, "updatedAt", &self.updated_at)?;
        codegen_runtime::model::present(&mut map, "createdBy", &self.created_by)?;
        codegen_runtime::model::present(&mut map, "updatedBy", &self.updated_by)?;
        codegen_runtime::model::present(&mut map, "groupId", &self.group_id)?;
        codegen_runtime::model::present(&mut map, "lastCall", &self.last_call)?;
        codegen_runtime::model::present(
            &mut map,
            "scheduledCall",
            &self.scheduled_call,
        )?;
        codegen_runtime::model::present(&mut map, "title", &self.title)?;
        codegen_runtime::model::present(&mut map, "description", &self.description)?;
        codegen_runtime::model::present(&mut map, "image", &self.image)?;
        codegen_runtime::model::present(&mut map, "color", &self.color)?;
        codegen_runtime::model::present(&mut map, "isChannel", &self.is_channel)?;
        codegen_runtime::model::present(&mut map, "isPrivate", &self.is_private)?;
        codegen_runtime::model::present(&mut map, "byRequest", &self.by_request)?;
        codegen_runtime::model::present(&mut map, "type", &self.r#type)?;
        codegen_runtime::model::present(&mut map, "category", &self.category)?;
        codegen_runtime::model::present(&mut map, "ticketId", &self.ticket_id)?;
        codegen_runtime::model::present(
            &mut map,
            "newResponseCount",
            &self.new_response_count,
        )?;
        codegen_runtime::model::present(&mut map, "initialQuery", &self.initial_query)?;
        codegen_runtime::model::present(&mut map, "activeCallId", &self.active_call_id)?;
        codegen_runtime::model::present(&mut map, "expertId", &self.expert_id)?;
        codegen_runtime::model::present(&mut map, "lastQueryMsg", &self.last_query_msg)?;
        codegen_runtime::model::present(
            &mut map,
            "videoPreviews",
            &self.video_previews,
        )?;
        codegen_runtime::model::present(&mut map, "participants", &self.participants)?;
        codegen_runtime::model::present(&mut map, "muted", &self.muted)?;
        codegen_runtime::model::present(&mut map, "snoozedUntil", &self.snoozed_until)?;
        codegen_runtime::model::present(&mut map, "meta", &self.meta)?;
        codegen_runtime::model::present(&mut map, "reactions", &self.reactions)?;
        codegen_runtime::model::present(&mut map, "admins", &self.admins)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`GroupChat`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __GroupChatSlots {
    id: Option<Option<String>>,
    created_at: Option<Option<codegen_runtime::formats::DateTime>>,
    updated_at: Option<Option<codegen_runtime::formats::DateTime>>,
    created_by: Option<Option<String>>,
    updated_by: Option<Option<String>>,
    group_id: Option<Option<String>>,
    last_call: Option<Option<ApiCall>>,
    scheduled_call: Option<Option<ApiCall>>,
    title: Option<Option<String>>,
    description: Option<Option<String>>,
    image: Option<Option<Media>>,
    color: Option<Option<String>>,
    is_channel: Option<Option<bool>>,
    is_private: Option<Option<bool>>,
    by_request: Option<Option<bool>>,
    r#type: Option<Option<String>>,
    category: Option<Option<String>>,
    ticket_id: Option<Option<String>>,
    new_response_count: Option<Option<i64>>,
    initial_query: Option<Option<String>>,
    active_call_id: Option<Option<codegen_runtime::serde_json::Value>>,
    expert_id: Option<Option<codegen_runtime::serde_json::Value>>,
    last_query_msg: Option<Option<codegen_runtime::serde_json::Value>>,
    video_previews: Option<Option<Media>>,
    participants: Option<Option<Vec<UserSummary>>>,
    muted: Option<Option<bool>>,
    snoozed_until: Option<Option<codegen_runtime::formats::DateTime>>,
    meta: Option<Option<codegen_runtime::serde_json::Value>>,
    reactions: Option<Option<Vec<String>>>,
    admins: Option<Option<Vec<String>>>,
}

impl codegen_runtime::model::Object for GroupChat {
    const NAME: &'static str = "GroupChat";
    type Slots = __GroupChatSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "createdAt" => {
                codegen_runtime::model::set(map, &mut slots.created_at, "createdAt")
            }
            "updatedAt" => {
                codegen_runtime::model::set(map, &mut slots.updated_at, "updatedAt")
            }
            "createdBy" => {
                codegen_runtime::model::set(map, &mut slots.created_by, "createdBy")
            }
            "updatedBy" => {
                codegen_runtime::model::set(map, &mut slots.updated_by, "updatedBy")
            }
            "groupId" => codegen_runtime::model::set(map, &mut slots.group_id, "groupId"),
            "lastCall" => {
                codegen_runtime::model::set(map, &mut slots.last_call, "lastCall")
            }
            "scheduledCall" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.scheduled_call,
                    "scheduledCall",
                )
            }
            "title" => codegen_runtime::model::set(map, &mut slots.title, "title"),
            "description" => {
                codegen_runtime::model::set(map, &mut slots.description, "description")
            }
            "image" => codegen_runtime::model::set(map, &mut slots.image, "image"),
            "color" => codegen_runtime::model::set(map, &mut slots.color, "color"),
            "isChannel" => {
                codegen_runtime::model::set(map, &mut slots.is_channel, "isChannel")
            }
            "isPrivate" => {
                codegen_runtime::model::set(map, &mut slots.is_private, "isPrivate")
            }
            "byRequest" => {
                codegen_runtime::model::set(map, &mut slots.by_request, "byRequest")
            }
            "type" => codegen_runtime::model::set(map, &mut slots.r#type, "type"),
            "category" => {
                codegen_runtime::model::set(map, &mut slots.category, "category")
            }
            "ticketId" => {
                codegen_runtime::model::set(map, &mut slots.ticket_id, "ticketId")
            }
            "newResponseCount" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.new_response_count,
                    "newResponseCount",
                )
            }
            "initialQuery" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.initial_query,
                    "initialQuery",
                )
            }
            "activeCallId" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.active_call_id,
                    "activeCallId",
                )
            }
            "expertId" => {
                codegen_runtime::model::set(map, &mut slots.expert_id, "expertId")
            }
            "lastQueryMsg" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.last_query_msg,
                    "lastQueryMsg",
                )
            }
            "videoPreviews" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.video_previews,
                    "videoPreviews",
                )
            }
            "participants" => {
                codegen_runtime::model::set(map, &mut slots.participants, "participants")
            }
            "muted" => codegen_runtime::model::set(map, &mut slots.muted, "muted"),
            "snoozedUntil" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.snoozed_until,
                    "snoozedUntil",
                )
            }
            "meta" => codegen_runtime::model::set(map, &mut slots.meta, "meta"),
            "reactions" => {
                codegen_runtime::model::set(map, &mut slots.reactions, "reactions")
            }
            "admins" => codegen_runtime::model::set(map, &mut slots.admins, "admins"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            created_at: slots.created_at.flatten(),
            updated_at: slots.updated_at.flatten(),
            created_by: slots.created_by.flatten(),
            updated_by: slots.updated_by.flatten(),
            group_id: slots.group_id.flatten(),
            last_call: slots.last_call.flatten(),
            scheduled_call: slots.scheduled_call.flatten(),
            title: slots.title.flatten(),
            description: slots.description.flatten(),
            image: slots.image.flatten(),
            color: slots.color.flatten(),
            is_channel: slots.is_channel.flatten(),
            is_private: slots.is_private.flatten(),
            by_request: slots.by_request.flatten(),
            r#type: slots.r#type.flatten(),
            category: slots.category.flatten(),
            ticket_id: slots.ticket_id.flatten(),
            new_response_count: slots.new_response_count.flatten(),
            initial_query: slots.initial_query.flatten(),
            active_call_id: slots.active_call_id.flatten(),
            expert_id: slots.expert_id.flatten(),
            last_query_msg: slots.last_query_msg.flatten(),
            video_previews: slots.video_previews.flatten(),
            participants: slots.participants.flatten(),
            muted: slots.muted.flatten(),
            snoozed_until: slots.snoozed_until.flatten(),
            meta: slots.meta.flatten(),
            reactions: slots.reactions.flatten(),
            admins: slots.admins.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for GroupChat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A member of a new group chat.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct GroupChatMember {
    /// Id of the user (see `list_users`).
    ///
    /// Constraints: format `uuid`.
    pub id: Option<codegen_runtime::formats::Uuid>,
    /// Whether the user is an admin of the group.
    pub is_admin: Option<bool>,
}

impl GroupChatMember {
    /// Id of the user (see `list_users`).
    pub fn id(mut self, value: impl Into<codegen_runtime::formats::Uuid>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Whether the user is an admin of the group.
    pub fn is_admin(mut self, value: impl Into<bool>) -> Self {
        self.is_admin = Some(value.into());
        self
    }
}

impl serde::Serialize for GroupChatMember {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "isAdmin", &self.is_admin)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`GroupChatMember`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __GroupChatMemberSlots {
    id: Option<Option<codegen_runtime::formats::Uuid>>,
    is_admin: Option<Option<bool>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for GroupChatMember {
    const NAME: &'static str = "GroupChatMember";
    type Slots = __GroupChatMemberSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "isAdmin" => codegen_runtime::model::set(map, &mut slots.is_admin, "isAdmin"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            is_admin: slots.is_admin.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for GroupChatMember {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Type of the group chat.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GroupType {
    /// `CHAT_GROUP` on the wire.
    ChatGroup,
    /// `ROOM` on the wire.
    Room,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    Unknown(codegen_runtime::UnknownValue),
}

impl GroupType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ChatGroup => "CHAT_GROUP",
            Self::Room => "ROOM",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for GroupType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for GroupType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for GroupType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(
                deserializer,
                &["CHAT_GROUP", "ROOM"],
            )? {
                Ok(0) => Self::ChatGroup,
                Ok(_) => Self::Room,
                Err(value) => Self::Unknown(value),
            },
        )
    }
}

/// A new group chat.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct GroupChatCreate {
    /// Whether the group is private.
    pub is_private: Option<bool>,
    /// Whether other users can request to join the group.
    pub by_request: Option<bool>,
    /// Description of the group.
    pub description: Option<String>,
    /// Members of the group.
    pub members: Option<Vec<GroupChatMember>>,
    /// Media id of the cover (CHAT_GROUP; see `get_media_upload_url`).
    ///
    /// Constraints: format `uuid`.
    pub file_id: Option<codegen_runtime::formats::Uuid>,
    /// Title of the group (CHAT_GROUP).
    pub title: Option<String>,
    /// Type of the group chat.
    pub group_type: Option<GroupType>,
    /// Category (CHAT_GROUP; see `list_categories`).
    pub category: Option<String>,
}

impl GroupChatCreate {
    /// Whether the group is private.
    pub fn is_private(mut self, value: impl Into<bool>) -> Self {
        self.is_private = Some(value.into());
        self
    }

    /// Whether other users can request to join the group.
    pub fn by_request(mut self, value: impl Into<bool>) -> Self {
        self.by_request = Some(value.into());
        self
    }

    /// Description of the group.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Members of the group.
    pub fn members(
        mut self,
        value: impl IntoIterator<Item = impl Into<GroupChatMember>>,
    ) -> Self {
        self.members = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Media id of the cover (CHAT_GROUP; see `get_media_upload_url`).
    pub fn file_id(mut self, value: impl Into<codegen_runtime::formats::Uuid>) -> Self {
        self.file_id = Some(value.into());
        self
    }

    /// Title of the group (CHAT_GROUP).
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Type of the group chat.
    pub fn group_type(mut self, value: impl Into<GroupType>) -> Self {
        self.group_type = Some(value.into());
        self
    }

    /// Category (CHAT_GROUP; see `list_categories`).
    pub fn category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self
    }
}

impl serde::Serialize for GroupChatCreate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "isPrivate", &self.is_private)?;
        codegen_runtime::model::present(&mut map, "byRequest", &self.by_request)?;
        codegen_runtime::model::present(&mut map, "description", &self.description)?;
        codegen_runtime::model::present(&mut map, "members", &self.members)?;
        codegen_runtime::model::present(&mut map, "fileId", &self.file_id)?;
        codegen_runtime::model::present(&mut map, "title", &self.title)?;
        codegen_runtime::model::present(&mut map, "groupType", &self.group_type)?;
        codegen_runtime::model::present(&mut map, "category", &self.category)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`GroupChatCreate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __GroupChatCreateSlots {
    is_private: Option<Option<bool>>,
    by_request: Option<Option<bool>>,
    description: Option<Option<String>>,
    members: Option<Option<Vec<GroupChatMember>>>,
    file_id: Option<Option<codegen_runtime::formats::Uuid>>,
    title: Option<Option<String>>,
    group_type: Option<Option<GroupType>>,
    category: Option<Option<String>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for GroupChatCreate {
    const NAME: &'static str = "GroupChatCreate";
    type Slots = __GroupChatCreateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "isPrivate" => {
                codegen_runtime::model::set(map, &mut slots.is_private, "isPrivate")
            }
            "byRequest" => {
                codegen_runtime::model::set(map, &mut slots.by_request, "byRequest")
            }
            "description" => {
                codegen_runtime::model::set(map, &mut slots.description, "description")
            }
            "members" => codegen_runtime::model::set(map, &mut slots.members, "members"),
            "fileId" => codegen_runtime::model::set(map, &mut slots.file_id, "fileId"),
            "title" => codegen_runtime::model::set(map, &mut slots.title, "title"),
            "groupType" => {
                codegen_runtime::model::set(map, &mut slots.group_type, "groupType")
            }
            "category" => {
                codegen_runtime::model::set(map, &mut slots.category, "category")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            is_private: slots.is_private.flatten(),
            by_request: slots.by_request.flatten(),
            description: slots.description.flatten(),
            members: slots.members.flatten(),
            file_id: slots.file_id.flatten(),
            title: slots.title.flatten(),
            group_type: slots.group_type.flatten(),
            category: slots.category.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for GroupChatCreate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Changes to a group chat; every field is optional.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct GroupChatUpdate {
    /// Whether the group is private.
    pub is_private: Option<bool>,
    /// Description of the group.
    pub description: Option<String>,
    /// Ids of new admins (see `list_users`).
    ///
    /// Constraints: each item: format `uuid`.
    pub new_admins: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Ids of admins to remove.
    ///
    /// Constraints: each item: format `uuid`.
    pub removed_admins: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Title of the group (CHAT_GROUP).
    pub title: Option<String>,
    /// Media id of the cover (CHAT_GROUP; see `get_media_upload_url`).
    ///
    /// Constraints: format `uuid`.
    pub file_id: Option<codegen_runtime::formats::Uuid>,
    /// Category (CHAT_GROUP; see `list_categories`).
    pub category: Option<String>,
}

impl GroupChatUpdate {
    /// Whether the group is private.
    pub fn is_private(mut self, value: impl Into<bool>) -> Self {
        self.is_private = Some(value.into());
        self
    }

    /// Description of the group.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Ids of new admins (see `list_users`).
    pub fn new_admins(
        mut self,
        value: impl IntoIterator<Item = impl Into<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.new_admins = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Ids of admins to remove.
    pub fn removed_admins(
        mut self,
        value: impl IntoIterator<Item = impl Into<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.removed_admins = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Title of the group (CHAT_GROUP).
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Media id of the cover (CHAT_GROUP; see `get_media_upload_url`).
    pub fn file_id(mut self, value: impl Into<codegen_runtime::formats::Uuid>) -> Self {
        self.file_id = Some(value.into());
        self
    }

    /// Category (CHAT_GROUP; see `list_categories`).
    pub fn category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self
    }
}

impl serde::Serialize for GroupChatUpdate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "isPrivate", &self.is_private)?;
        codegen_runtime::model::present(&mut map, "description", &self.description)?;
        codegen_runtime::model::present(&mut map, "newAdmins", &self.new_admins)?;
        codegen_runtime::model::present(
            &mut map,
            "removedAdmins",
            &self.removed_admins,
        )?;
        codegen_runtime::model::present(&mut map, "title", &self.title)?;
        codegen_runtime::model::present(&mut map, "fileId", &self.file_id)?;
        codegen_runtime::model::present(&mut map, "category", &self.category)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`GroupChatUpdate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __GroupChatUpdateSlots {
    is_private: Option<Option<bool>>,
    description: Option<Option<String>>,
    new_admins: Option<Option<Vec<codegen_runtime::formats::Uuid>>>,
    removed_admins: Option<Option<Vec<codegen_runtime::formats::Uuid>>>,
    title: Option<Option<String>>,
    file_id: Option<Option<codegen_runtime::formats::Uuid>>,
    category: Option<Option<String>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for GroupChatUpdate {
    const NAME: &'static str = "GroupChatUpdate";
    type Slots = __GroupChatUpdateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "isPrivate" => {
                codegen_runtime::model::set(map, &mut slots.is_private, "isPrivate")
            }
            "description" => {
                codegen_runtime::model::set(map, &mut slots.description, "description")
            }
            "newAdmins" => {
                codegen_runtime::model::set(map, &mut slots.new_admins, "newAdmins")
            }
            "removedAdmins" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.removed_admins,
                    "removedAdmins",
                )
            }
            "title" => codegen_runtime::model::set(map, &mut slots.title, "title"),
            "fileId" => codegen_runtime::model::set(map, &mut slots.file_id, "fileId"),
            "category" => {
                codegen_runtime::model::set(map, &mut slots.category, "category")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            is_private: slots.is_private.flatten(),
            description: slots.description.flatten(),
            new_admins: slots.new_admins.flatten(),
            removed_admins: slots.removed_admins.flatten(),
            title: slots.title.flatten(),
            file_id: slots.file_id.flatten(),
            category: slots.category.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for GroupChatUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A knowledge-base match of a message.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct KbMatch {
    /// Answer.
    pub answer: Option<String>,
    /// Name.
    pub name: Option<String>,
    /// Path.
    pub path: Option<String>,
    /// Confidence of the match.
    pub match_confidence_level: Option<String>,
    /// The matched FAQ question.
    pub faq_question: Option<String>,
}

impl KbMatch {
    /// Answer.
    pub fn answer(mut self, value: impl Into<String>) -> Self {
        self.answer = Some(value.into());
        self
    }

    /// Name.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Path.
    pub fn path(mut self, value: impl Into<String>) -> Self {
        self.path = Some(value.into());
        self
    }

    /// Confidence of the match.
    pub fn match_confidence_level(mut self, value: impl Into<String>) -> Self {
        self.match_confidence_level = Some(value.into());
        self
    }

    /// The matched FAQ question.
    pub fn faq_question(mut self, value: impl Into<String>) -> Self {
        self.faq_question = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for KbMatch {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "answer", &self.answer)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "path", &self.path)?;
        codegen_runtime::model::present(
            &mut map,
            "matchConfidenceLevel",
            &self.match_confidence_level,
        )?;
        codegen_runtime::model::present(&mut map, "faqQuestion", &self.faq_question)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`KbMatch`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __KbMatchSlots {
    answer: Option<Option<String>>,
    name: Option<Option<String>>,
    path: Option<Option<String>>,
    match_confidence_level: Option<Option<String>>,
    faq_question: Option<Option<String>>,
}

impl codegen_runtime::model::Object for KbMatch {
    const NAME: &'static str = "KbMatch";
    type Slots = __KbMatchSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "answer" => codegen_runtime::model::set(map, &mut slots.answer, "answer"),
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "path" => codegen_runtime::model::set(map, &mut slots.path, "path"),
            "matchConfidenceLevel" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.match_confidence_level,
                    "matchConfidenceLevel",
                )
            }
            "faqQuestion" => {
                codegen_runtime::model::set(map, &mut slots.faq_question, "faqQuestion")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            answer: slots.answer.flatten(),
            name: slots.name.flatten(),
            path: slots.path.flatten(),
            match_confidence_level: slots.match_confidence_level.flatten(),
            faq_question: slots.faq_question.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for KbMatch {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Category of the ticket.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct TicketCategory {
    /// Category id.
    pub id: Option<String>,
    /// Creation time.
    ///
    /// Constraints: format `date-time`.
    pub created_at: Option<codegen_runtime::formats::DateTime>,
    /// Last update time.
    ///
    /// Constraints: format `date-time`.
    pub updated_at: Option<codegen_runtime::formats::DateTime>,
    /// Id of the creator.
    pub created_by: Option<String>,
    /// Id of the last updater.
    pub updated_by: Option<String>,
    /// Email. Any JSON; the documentation shows only `{}`.
    pub email: Option<codegen_runtime::serde_json::Value>,
    /// Name of the category.
    pub category: Option<String>,
}

impl TicketCategory {
    /// Category id.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Creation time.
    pub fn created_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.created_at = Some(value.into());
        self
    }

    /// Last update time.
    pub fn updated_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }

    /// Id of the creator.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }

    /// Id of the last updater.
    pub fn updated_by(mut self, value: impl Into<String>) -> Self {
        self.updated_by = Some(value.into());
        self
    }

    /// Email. Any JSON; the documentation shows only `{}`.
    pub fn email(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.email = Some(value.into());
        self
    }

    /// Name of the category.
    pub fn category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for TicketCategory {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "createdAt", &self.created_at)?;
        codegen_runtime::model::present(&mut map, "updatedAt", &self.updated_at)?;
        codegen_runtime::model::present(&mut map, "createdBy", &self.created_by)?;
        codegen_runtime::model::present(&mut map, "updatedBy", &self.updated_by)?;
        codegen_runtime::model::present(&mut map, "email", &self.email)?;
        codegen_runtime::model::present(&mut map, "category", &self.category)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`TicketCategory`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __TicketCategorySlots {
    id: Option<Option<String>>,
    created_at: Option<Option<codegen_runtime::formats::DateTime>>,
    updated_at: Option<Option<codegen_runtime::formats::DateTime>>,
    created_by: Option<Option<String>>,
    updated_by: Option<Option<String>>,
    email: Option<Option<codegen_runtime::serde_json::Value>>,
    category: Option<Option<String>>,
}

impl codegen_runtime::model::Object for TicketCategory {
    const NAME: &'static str = "TicketCategory";
    type Slots = __TicketCategorySlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "createdAt" => {
                codegen_runtime::model::set(map, &mut slots.created_at, "createdAt")
            }
            "updatedAt" => {
                codegen_runtime::model::set(map, &mut slots.updated_at, "updatedAt")
            }
            "createdBy" => {
                codegen_runtime::model::set(map, &mut slots.created_by, "createdBy")
            }
            "updatedBy" => {
                codegen_runtime::model::set(map, &mut slots.updated_by, "updatedBy")
            }
            "email" => codegen_runtime::model::set(map, &mut slots.email, "email"),
            "category" => {
                codegen_runtime::model::set(map, &mut slots.category, "category")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            created_at: slots.created_at.flatten(),
            updated_at: slots.updated_at.flatten(),
            created_by: slots.created_by.flatten(),
            updated_by: slots.updated_by.flatten(),
            email: slots.email.flatten(),
            category: slots.category.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for TicketCategory {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A ticket attached to a message.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Ticket {
    /// Ticket id.
    ///
    /// Set by the server.
    pub id: Option<String>,
    /// Sender.
    pub from: Option<String>,
    /// Recipient.
    pub to: Option<String>,
    /// Response.
    pub response: Option<String>,
    /// Subject.
    pub subject: Option<String>,
    /// Snippet.
    pub snippet: Option<String>,
    /// Conversation id.
    pub conversation_id: Option<String>,
    /// Name of the sender.
    pub sender_name: Option<String>,
    /// Status.
    pub status: Option<String>,
    /// Category of the ticket.
    pub category: Option<TicketCategory>,
}

impl Ticket {
    /// Ticket id.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sender.
    pub fn from(mut self, value: impl Into<String>) -> Self {
        self.from = Some(value.into());
        self
    }

    /// Recipient.
    pub fn to(mut self, value: impl Into<String>) -> Self {
        self.to = Some(value.into());
        self
    }

    /// Response.
    pub fn response(mut self, value: impl Into<String>) -> Self {
        self.response = Some(value.into());
        self
    }

    /// Subject.
    pub fn subject(mut self, value: impl Into<String>) -> Self {
        self.subject = Some(value.into());
        self
    }

    /// Snippet.
    pub fn snippet(mut self, value: impl Into<String>) -> Self {
        self.snippet = Some(value.into());
        self
    }

    /// Conversation id.
    pub fn conversation_id(mut self, value: impl Into<String>) -> Self {
        self.conversation_id = Some(value.into());
        self
    }

    /// Name of the sender.
    pub fn sender_name(mut self, value: impl Into<String>) -> Self {
        self.sender_name = Some(value.into());
        self
    }

    /// Status.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Category of the ticket.
    pub fn category(mut self, value: impl Into<TicketCategory>) -> Self {
        self.category = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Ticket {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "from", &self.from)?;
        codegen_runtime::model::present(&mut map, "to", &self.to)?;
        codegen_runtime::model::present(&mut map, "response", &self.response)?;
        codegen_runtime::model::present(&mut map, "subject", &self.subject)?;
        codegen_runtime::model::present(&mut map, "snippet", &self.snippet)?;
        codegen_runtime::model::present(
            &mut map,
            "conversationId",
            &self.conversation_id,
        )?;
        codegen_runtime::model::present(&mut map, "senderName", &self.sender_name)?;
        codegen_runtime::model::present(&mut map, "status", &self.status)?;
        codegen_runtime::model::present(&mut map, "category", &self.category)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Ticket`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __TicketSlots {
    id: Option<Option<String>>,
    from: Option<Option<String>>,
    to: Option<Option<String>>,
    response: Option<Option<String>>,
    subject: Option<Option<String>>,
    snippet: Option<Option<String>>,
    conversation_id: Option<Option<String>>,
    sender_name: Option<Option<String>>,
    status: Option<Option<String>>,
    category: Option<Option<TicketCategory>>,
}

impl codegen_runtime::model::Object for Ticket {
    const NAME: &'static str = "Ticket";
    type Slots = __TicketSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "from" => codegen_runtime::model::set(map, &mut slots.from, "from"),
            "to" => codegen_runtime::model::set(map, &mut slots.to, "to"),
            "response" => {
                codegen_runtime::model::set(map, &mut slots.response, "response")
            }
            "subject" => codegen_runtime::model::set(map, &mut slots.subject, "subject"),
            "snippet" => codegen_runtime::model::set(map, &mut slots.snippet, "snippet"),
            "conversationId" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.conversation_id,
                    "conversationId",
                )
            }
            "senderName" => {
                codegen_runtime::model::set(map, &mut slots.sender_name, "senderName")
            }
            "status" => codegen_runtime::model::set(map, &mut slots.status, "status"),
            "category" => {
                codegen_runtime::model::set(map, &mut slots.category, "category")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            from: slots.from.flatten(),
            to: slots.to.flatten(),
            response: slots.response.flatten(),
            subject: slots.subject.flatten(),
            snippet: slots.snippet.flatten(),
            conversation_id: slots.conversation_id.flatten(),
            sender_name: slots.sender_name.flatten(),
            status: slots.status.flatten(),
            category: slots.category.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Ticket {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Attached files.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct MessageFiles {
    /// The files.
    pub files: Option<Vec<Media>>,
}

impl MessageFiles {
    /// The files.
    pub fn files(mut self, value: impl IntoIterator<Item = impl Into<Media>>) -> Self {
        self.files = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for MessageFiles {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "files", &self.files)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`MessageFiles`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __MessageFilesSlots {
    files: Option<Option<Vec<Media>>>,
}

impl codegen_runtime::model::Object for MessageFiles {
    const NAME: &'static str = "MessageFiles";
    type Slots = __MessageFilesSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "files" => codegen_runtime::model::set(map, &mut slots.files, "files"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            files: slots.files.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for MessageFiles {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Chat data.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct MessageChat {
    /// File. Any JSON; the documentation shows only `{}`.
    pub file: Option<codegen_runtime::serde_json::Value>,
}

impl MessageChat {
    /// File. Any JSON; the documentation shows only `{}`.
    pub fn file(mut self, value: impl Into<codegen_runtime::serde_json::Value>) -> Self {
        self.file = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for MessageChat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "file", &self.file)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`MessageChat`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __MessageChatSlots {
    file: Option<Option<codegen_runtime::serde_json::Value>>,
}

impl codegen_runtime::model::Object for MessageChat {
    const NAME: &'static str = "MessageChat";
    type Slots = __MessageChatSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "file" => codegen_runtime::model::set(map, &mut slots.file, "file"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self { file: slots.file.flatten() })
    }
}

impl<'de> serde::Deserialize<'de> for MessageChat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A message. `mention` and `kbExperts` are single users in the example although the request sends an array of mentions.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Message {
    /// Message id.
    ///
    /// Set by the server.
    pub id: Option<String>,
    /// Creation time.
    ///
    /// Constraints: format `date-time`.
    ///
    /// Set by the server.
    pub created_at: Option<codegen_runtime::formats::DateTime>,
    /// Last update time.
    ///
    /// Constraints: format `date-time`.
    ///
    /// Set by the server.
    pub updated_at: Option<codegen_runtime::formats::DateTime>,
    /// Id of the creator.
    ///
    /// Set by the server.
    pub created_by: Option<String>,
    /// Id of the last updater.
    ///
    /// Set by the server.
    pub updated_by: Option<String>,
    /// Text of the message.
    pub message: Option<String>,
    /// Whether the message was edited.
    pub is_edited: Option<bool>,
    /// Id of the message this one replies to.
    pub reply_of_msg_id: Option<String>,
    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    pub sender: Option<UserSummary>,
    /// Attached files.
    pub files: Option<MessageFiles>,
    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    pub mention: Option<UserSummary>,
    /// Reactions.
    pub reactions: Option<Vec<codegen_runtime::serde_json::Value>>,
    /// Preview of a link found in a text.
    pub link_previews: Option<LinkPreview>,
    /// Type of the message.
    pub r#type: Option<i64>,
    /// Number of replies.
    pub replies_count: Option<i64>,
    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    pub kb_experts: Option<UserSummary>,
    /// A knowledge-base match of a message.
    pub kb_docs: Option<KbMatch>,
    /// A knowledge-base match of a message.
    pub kb_faqs: Option<KbMatch>,
    /// A video.
    pub video: Option<Video>,
    /// Chat data.
    pub chat: Option<MessageChat>,
    /// The last query message. Any JSON; the documentation shows only `{}`.
    pub last_query_msg: Option<codegen_runtime::serde_json::Value>,
    /// Call. Any JSON; the documentation shows only `{}`.
    pub call: Option<codegen_runtime::serde_json::Value>,
    /// A ticket attached to a message.
    pub ticket: Option<Ticket>,
    /// An event, meeting or livestream.
    pub event: Option<Event>,
}

impl Message {
    /// Message id.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Creation time.
    pub fn created_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.created_at = Some(value.into());
        self
    }

    /// Last update time.
    pub fn updated_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }

    /// Id of the creator.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }

    /// Id of the last updater.
    pub fn updated_by(mut self, value: impl Into<String>) -> Self {
        self.updated_by = Some(value.into());
        self
    }

    /// Text of the message.
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Whether the message was edited.
    pub fn is_edited(mut self, value: impl Into<bool>) -> Self {
        self.is_edited = Some(value.into());
        self
    }

    /// Id of the message this one replies to.
    pub fn reply_of_msg_id(mut self, value: impl Into<String>) -> Self {
        self.reply_of_msg_id = Some(value.into());
        self
    }

    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    pub fn sender(mut self, value: impl Into<UserSummary>) -> Self {
        self.sender = Some(value.into());
        self
    }

    /// Attached files.
    pub fn files(mut self, value: impl Into<MessageFiles>) -> Self {
        self.files = Some(value.into());
        self
    }

    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    pub fn mention(mut self, value: impl Into<UserSummary>) -> Self {
        self.mention = Some(value.into());
        self
    }

    /// Reactions.
    pub fn reactions(
        mut self,
        value: impl IntoIterator<Item = impl Into<codegen_runtime::serde_json::Value>>,
    ) -> Self {
        self.reactions = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Preview of a link found in a text.
    pub fn link_previews(mut self, value: impl Into<LinkPreview>) -> Self {
        self.link_previews = Some(value.into());
        self
    }

    /// Type of the message.
    pub fn r#type(mut self, value: impl Into<i64>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// Number of replies.
    pub fn replies_count(mut self, value: impl Into<i64>) -> Self {
        self.replies_count = Some(value.into());
        self
    }

    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    pub fn kb_experts(mut self, value: impl Into<UserSummary>) -> Self {
        self.kb_experts = Some(value.into());
        self
    }

    /// A knowledge-base match of a message.
    pub fn kb_docs(mut self, value: impl Into<KbMatch>) -> Self {
        self.kb_docs = Some(value.into());
        self
    }

    /// A knowledge-base match of a message.
    pub fn kb_faqs(mut self, value: impl Into<KbMatch>) -> Self {
        self.kb_faqs = Some(value.into());
        self
    }

    /// A video.
    pub fn video(mut self, value: impl Into<Video>) -> Self {
        self.video = Some(value.into());
        self
    }

    /// Chat data.
    pub fn chat(mut self, value: impl Into<MessageChat>) -> Self {
        self.chat = Some(value.into());
        self
    }

    /// The last query message. Any JSON; the documentation shows only `{}`.
    pub fn last_query_msg(
        mut self,
        value: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        self.last_query_msg = Some(value.into());
        self
    }

    /// Call. Any JSON; the documentation shows only `{}`.
    pub fn call(mut self, value: impl Into<codegen_runtime::serde_json::Value>) -> Self {
        self.call = Some(value.into());
        self
    }

    /// A ticket attached to a message.
    pub fn ticket(mut self, value: impl Into<Ticket>) -> Self {
        self.ticket = Some(value.into());
        self
    }

    /// An event, meeting or livestream.
    pub fn event(mut self, value: impl Into<Event>) -> Self {
        self.event = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Message {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "createdAt", &self.created_at)?;
        codegen_runtime::model::present(&mut map, "updatedAt", &self.updated_at)?;
        codegen_runtime::model::present(&mut map, "createdBy", &self.created_by)?;
        codegen_runtime::model::present(&mut map, "updatedBy", &self.updated_by)?;
        codegen_runtime::model::present(&mut map, "message", &self.message)?;
        codegen_runtime::model::present(&mut map, "isEdited", &self.is_edited)?;
        codegen_runtime::model::present(
            &mut map,
            "replyOfMsgId",
            &self.reply_of_msg_id,
        )?;
        codegen_runtime::model::present(&mut map, "sender", &self.sender)?;
        codegen_runtime::model::present(&mut map, "files", &self.files)?;
        codegen_runtime::model::present(&mut map, "mention", &self.mention)?;
        codegen_runtime::model::present(&mut map, "reactions", &self.reactions)?;
        codegen_runtime::model::present(&mut map, "linkPreviews", &self.link_previews)?;
        codegen_runtime::model::present(&mut map, "type", &self.r#type)?;
        codegen_runtime::model::present(&mut map, "repliesCount", &self.replies_count)?;
        codegen_runtime::model::present(&mut map, "kbExperts", &self.kb_experts)?;
        codegen_runtime::model::present(&mut map, "kbDocs", &self.kb_docs)?;
        codegen_runtime::model::present(&mut map, "kbFaqs", &self.kb_faqs)?;
        codegen_runtime::model::present(&mut map, "video", &self.video)?;
        codegen_runtime::model::present(&mut map, "chat", &self.chat)?;
        codegen_runtime::model::present(&mut map, "lastQueryMsg", &self.last_query_msg)?;
        codegen_runtime::model::present(&mut map, "call", &self.call)?;
        codegen_runtime::model::present(&mut map, "ticket", &self.ticket)?;
        codegen_runtime::model::present(&mut map, "event", &self.event)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Message`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __MessageSlots {
    id: Option<Option<String>>,
    created_at: Option<Option<codegen_runtime::formats::DateTime>>,
    updated_at: Option<Option<codegen_runtime::formats::DateTime>>,
    created_by: Option<Option<String>>,
    updated_by: Option<Option<String>>,
    message: Option<Option<String>>,
    is_edited: Option<Option<bool>>,
    reply_of_msg_id: Option<Option<String>>,
    sender: Option<Option<UserSummary>>,
    files: Option<Option<MessageFiles>>,
    mention: Option<Option<UserSummary>>,
    reactions: Option<Option<Vec<codegen_runtime::serde_json::Value>>>,
    link_previews: Option<Option<LinkPreview>>,
    r#type: Option<Option<i64>>,
    replies_count: Option<Option<i64>>,
    kb_experts: Option<Option<UserSummary>>,
    kb_docs: Option<Option<KbMatch>>,
    kb_faqs: Option<Option<KbMatch>>,
    video: Option<Option<Video>>,
    chat: Option<Option<MessageChat>>,
    last_query_msg: Option<Option<codegen_runtime::serde_json::Value>>,
    call: Option<Option<codegen_runtime::serde_json::Value>>,
    ticket: Option<Option<Ticket>>,
    event: Option<Option<Event>>,
}

impl codegen_runtime::model::Object for Message {
    const NAME: &'static str = "Message";
    type Slots = __MessageSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "createdAt" => {
                codegen_runtime::model::set(map, &mut slots.created_at, "createdAt")
            }
            "updatedAt" => {
                codegen_runtime::model::set(map, &mut slots.updated_at, "updatedAt")
            }
            "createdBy" => {
                codegen_runtime::model::set(map, &mut slots.created_by, "createdBy")
            }
            "updatedBy" => {
                codegen_runtime::model::set(map, &mut slots.updated_by, "updatedBy")
            }
            "message" => codegen_runtime::model::set(map, &mut slots.message, "message"),
            "isEdited" => {
                codegen_runtime::model::set(map, &mut slots.is_edited, "isEdited")
            }
            "replyOfMsgId" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.reply_of_msg_id,
                    "replyOfMsgId",
                )
            }
            "sender" => codegen_runtime::model::set(map, &mut slots.sender, "sender"),
            "files" => codegen_runtime::model::set(map, &mut slots.files, "files"),
            "mention" => codegen_runtime::model::set(map, &mut slots.mention, "mention"),
            "reactions" => {
                codegen_runtime::model::set(map, &mut slots.reactions, "reactions")
            }
            "linkPreviews" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.link_previews,
                    "linkPreviews",
                )
            }
            "type" => codegen_runtime::model::set(map, &mut slots.r#type, "type"),
            "repliesCount" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.replies_count,
                    "repliesCount",
                )
            }
            "kbExperts" => {
                codegen_runtime::model::set(map, &mut slots.kb_experts, "kbExperts")
            }
            "kbDocs" => codegen_runtime::model::set(map, &mut slots.kb_docs, "kbDocs"),
            "kbFaqs" => codegen_runtime::model::set(map, &mut slots.kb_faqs, "kbFaqs"),
            "video" => codegen_runtime::model::set(map, &mut slots.video, "video"),
            "chat" => codegen_runtime::model::set(map, &mut slots.chat, "chat"),
            "lastQueryMsg" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.last_query_msg,
                    "lastQueryMsg",
                )
            }
            "call" => codegen_runtime::model::set(map, &mut slots.call, "call"),
            "ticket" => codegen_runtime::model::set(map, &mut slots.ticket, "ticket"),
            "event" => codegen_runtime::model::set(map, &mut slots.event, "event"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            created_at: slots.created_at.flatten(),
            updated_at: slots.updated_at.flatten(),
            created_by: slots.created_by.flatten(),
            updated_by: slots.updated_by.flatten(),
            message: slots.message.flatten(),
            is_edited: slots.is_edited.flatten(),
            reply_of_msg_id: slots.reply_of_msg_id.flatten(),
            sender: slots.sender.flatten(),
            files: slots.files.flatten(),
            mention: slots.mention.flatten(),
            reactions: slots.reactions.flatten(),
            link_previews: slots.link_previews.flatten(),
            r#type: slots.r#type.flatten(),
            replies_count: slots.replies_count.flatten(),
            kb_experts: slots.kb_experts.flatten(),
            kb_docs: slots.kb_docs.flatten(),
            kb_faqs: slots.kb_faqs.flatten(),
            video: slots.video.flatten(),
            chat: slots.chat.flatten(),
            last_query_msg: slots.last_query_msg.flatten(),
            call: slots.call.flatten(),
            ticket: slots.ticket.flatten(),
            event: slots.event.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Message {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A message to send.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct MessageSend {
    /// Text of the message.
    pub message: Option<String>,
    /// Ids of the users mentioned (see `list_users`).
    ///
    /// Constraints: each item: format `uuid`.
    pub mention: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Id of the message to reply to.
    ///
    /// Constraints: format `uuid`.
    pub reply_of_msg_id: Option<codegen_runtime::formats::Uuid>,
    /// Media ids attached to the message (an array despite the name; see `get_media_upload_url`).
    ///
    /// Constraints: each item: format `uuid`.
    pub file_id: Option<Vec<codegen_runtime::formats::Uuid>>,
}

impl MessageSend {
    /// Text of the message.
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Ids of the users mentioned (see `list_users`).
    pub fn mention(
        mut self,
        value: impl IntoIterator<Item = impl Into<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.mention = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Id of the message to reply to.
    pub fn reply_of_msg_id(
        mut self,
        value: impl Into<codegen_runtime::formats::Uuid>,
    ) -> Self {
        self.reply_of_msg_id = Some(value.into());
        self
    }

    /// Media ids attached to the message (an array despite the name; see `get_media_upload_url`).
    pub fn file_id(
        mut self,
        value: impl IntoIterator<Item = impl Into<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.file_id = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

impl serde::Serialize for MessageSend {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "message", &self.message)?;
        codegen_runtime::model::present(&mut map, "mention", &self.mention)?;
        codegen_runtime::model::present(
            &mut map,
            "replyOfMsgId",
            &self.reply_of_msg_id,
        )?;
        codegen_runtime::model::present(&mut map, "fileId", &self.file_id)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`MessageSend`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __MessageSendSlots {
    message: Option<Option<String>>,
    mention: Option<Option<Vec<codegen_runtime::formats::Uuid>>>,
    reply_of_msg_id: Option<Option<codegen_runtime::formats::Uuid>>,
    file_id: Option<Option<Vec<codegen_runtime::formats::Uuid>>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for MessageSend {
    const NAME: &'static str = "MessageSend";
    type Slots = __MessageSendSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "message" => codegen_runtime::model::set(map, &mut slots.message, "message"),
            "mention" => codegen_runtime::model::set(map, &mut slots.mention, "mention"),
            "replyOfMsgId" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.reply_of_msg_id,
                    "replyOfMsgId",
                )
            }
            "fileId" => codegen_runtime::model::set(map, &mut slots.file_id, "fileId"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            message: slots.message.flatten(),
            mention: slots.mention.flatten(),
            reply_of_msg_id: slots.reply_of_msg_id.flatten(),
            file_id: slots.file_id.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for MessageSend {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A meeting to create in a conversation.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct ConversationMeeting {
    /// Title of the meeting.
    pub title: Option<String>,
    /// Ids of the participants (see `list_users`).
    ///
    /// Constraints: each item: format `uuid`.
    pub user_ids: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Start of the meeting.
    ///
    /// Constraints: format `date-time`.
    pub start_date_time: Option<codegen_runtime::formats::DateTime>,
    /// End of the meeting.
    ///
    /// Constraints: format `date-time`.
    pub end_date_time: Option<codegen_runtime::formats::DateTime>,
    /// Duration of the meeting.
    pub duration: Option<i64>,
    /// Media id of a poster (shown only in the example).
    ///
    /// Constraints: format `uuid`.
    pub poster_id: Option<codegen_runtime::formats::Uuid>,
}

impl ConversationMeeting {
    /// Title of the meeting.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Ids of the participants (see `list_users`).
    pub fn user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Start of the meeting.
    pub fn start_date_time(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.start_date_time = Some(value.into());
        self
    }

    /// End of the meeting.
    pub fn end_date_time(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.end_date_time = Some(value.into());
        self
    }

    /// Duration of the meeting.
    pub fn duration(mut self, value: impl Into<i64>) -> Self {
        self.duration = Some(value.into());
        self
    }

    /// Media id of a poster (shown only in the example).
    pub fn poster_id(
        mut self,
        value: impl Into<codegen_runtime::formats::Uuid>,
    ) -> Self {
        self.poster_id = Some(value.into());
        self
    }
}

impl serde::Serialize for ConversationMeeting {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "title", &self.title)?;
        codegen_runtime::model::present(&mut map, "userIds", &self.user_ids)?;
        codegen_runtime::model::present(
            &mut map,
            "startDateTime",
            &self.start_date_time,
        )?;
        codegen_runtime::model::present(&mut map, "endDateTime", &self.end_date_time)?;
        codegen_runtime::model::present(&mut map, "duration", &self.duration)?;
        codegen_runtime::model::present(&mut map, "posterId", &self.poster_id)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`ConversationMeeting`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __ConversationMeetingSlots {
    title: Option<Option<String>>,
    user_ids: Option<Option<Vec<codegen_runtime::formats::Uuid>>>,
    start_date_time: Option<Option<codegen_runtime::formats::DateTime>>,
    end_date_time: Option<Option<codegen_runtime::formats::DateTime>>,
    duration: Option<Option<i64>>,
    poster_id: Option<Option<codegen_runtime::formats::Uuid>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for ConversationMeeting {
    const NAME: &'static str = "ConversationMeeting";
    type Slots = __ConversationMeetingSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "title" => codegen_runtime::model::set(map, &mut slots.title, "title"),
            "userIds" => codegen_runtime::model::set(map, &mut slots.user_ids, "userIds"),
            "startDateTime" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.start_date_time,
                    "startDateTime",
                )
            }
            "endDateTime" => {
                codegen_runtime::model::set(map, &mut slots.end_date_time, "endDateTime")
            }
            "duration" => {
                codegen_runtime::model::set(map, &mut slots.duration, "duration")
            }
            "posterId" => {
                codegen_runtime::model::set(map, &mut slots.poster_id, "posterId")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            title: slots.title.flatten(),
            user_ids: slots.user_ids.flatten(),
            start_date_time: slots.start_date_time.flatten(),
            end_date_time: slots.end_date_time.flatten(),
            duration: slots.duration.flatten(),
            poster_id: slots.poster_id.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for ConversationMeeting {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A department.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Department {
    /// Id.
    ///
    /// Set by the server.
    pub id: Option<String>,
    /// Creation time.
    ///
    /// Constraints: format `date-time`.
    ///
    /// Set by the server.
    pub created_at: Option<codegen_runtime::formats::DateTime>,
    /// Last update time.
    ///
    /// Constraints: format `date-time`.
    ///
    /// Set by the server.
    pub updated_at: Option<codegen_runtime::formats::DateTime>,
    /// Id of the creator.
    ///
    /// Set by the server.
    pub created_by: Option<String>,
    /// Id of the last updater.
    ///
    /// Set by the server.
    pub updated_by: Option<String>,
    /// Organization id.
    ///
    /// Set by the server.
    pub org_id: Option<String>,
    /// Type.
    pub r#type: Option<String>,
    /// Name of the department.
    pub name: Option<String>,
}

impl Department {
    /// Id.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Creation time.
    pub fn created_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.created_at = Some(value.into());
        self
    }

    /// Last update time.
    pub fn updated_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }

    /// Id of the creator.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }

    /// Id of the last updater.
    pub fn updated_by(mut self, value: impl Into<String>) -> Self {
        self.updated_by = Some(value.into());
        self
    }

    /// Organization id.
    pub fn org_id(mut self, value: impl Into<String>) -> Self {
        self.org_id = Some(value.into());
        self
    }

    /// Type.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// Name of the department.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Department {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "createdAt", &self.created_at)?;
        codegen_runtime::model::present(&mut map, "updatedAt", &self.updated_at)?;
        codegen_runtime::model::present(&mut map, "createdBy", &self.created_by)?;
        codegen_runtime::model::present(&mut map, "updatedBy", &self.updated_by)?;
        codegen_runtime::model::present(&mut map, "orgId", &self.org_id)?;
        codegen_runtime::model::present(&mut map, "type", &self.r#type)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Department`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __DepartmentSlots {
    id: Option<Option<String>>,
    created_at: Option<Option<codegen_runtime::formats::DateTime>>,
    updated_at: Option<Option<codegen_runtime::formats::DateTime>>,
    created_by: Option<Option<String>>,
    updated_by: Option<Option<String>>,
    org_id: Option<Option<String>>,
    r#type: Option<Option<String>>,
    name: Option<Option<String>>,
}

impl codegen_runtime::model::Object for Department {
    const NAME: &'static str = "Department";
    type Slots = __DepartmentSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "createdAt" => {
                codegen_runtime::model::set(map, &mut slots.created_at, "createdAt")
            }
            "updatedAt" => {
                codegen_runtime::model::set(map, &mut slots.updated_at, "updatedAt")
            }
            "createdBy" => {
                codegen_runtime::model::set(map, &mut slots.created_by, "createdBy")
            }
            "updatedBy" => {
                codegen_runtime::model::set(map, &mut slots.updated_by, "updatedBy")
            }
            "orgId" => codegen_runtime::model::set(map, &mut slots.org_id, "orgId"),
            "type" => codegen_runtime::model::set(map, &mut slots.r#type, "type"),
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            created_at: slots.created_at.flatten(),
            updated_at: slots.updated_at.flatten(),
            created_by: slots.created_by.flatten(),
            updated_by: slots.updated_by.flatten(),
            org_id: slots.org_id.flatten(),
            r#type: slots.r#type.flatten(),
            name: slots.name.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Department {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A department in a list.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DepartmentSummary {
    /// Department id.
    ///
    /// Set by the server.
    pub id: Option<String>,
    /// Name of the department.
    pub name: Option<String>,
    /// Number of members.
    pub member_count: Option<i64>,
    /// Heads (admins) of the department.
    pub admins: Option<Vec<UserSummary>>,
}

impl DepartmentSummary {
    /// Department id.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Name of the department.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Number of members.
    pub fn member_count(mut self, value: impl Into<i64>) -> Self {
        self.member_count = Some(value.into());
        self
    }

    /// Heads (admins) of the department.
    pub fn admins(
        mut self,
        value: impl IntoIterator<Item = impl Into<UserSummary>>,
    ) -> Self {
        self.admins = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for DepartmentSummary {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "memberCount", &self.member_count)?;
        codegen_runtime::model::present(&mut map, "admins", &self.admins)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`DepartmentSummary`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __DepartmentSummarySlots {
    id: Option<Option<String>>,
    name: Option<Option<String>>,
    member_count: Option<Option<i64>>,
    admins: Option<Option<Vec<UserSummary>>>,
}

impl codegen_runtime::model::Object for DepartmentSummary {
    const NAME: &'static str = "DepartmentSummary";
    type Slots = __DepartmentSummarySlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "memberCount" => {
                codegen_runtime::model::set(map, &mut slots.member_count, "memberCount")
            }
            "admins" => codegen_runtime::model::set(map, &mut slots.admins, "admins"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            name: slots.name.flatten(),
            member_count: slots.member_count.flatten(),
            admins: slots.admins.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for DepartmentSummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// One page of departments.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DepartmentPage {
    /// The departments of this page.
    pub departments: Option<Vec<DepartmentSummary>>,
    /// Paging information of a list response.
    pub meta: Option<Meta>,
}

impl DepartmentPage {
    /// The departments of this page.
    pub fn departments(
        mut self,
        value: impl IntoIterator<Item = impl Into<DepartmentSummary>>,
    ) -> Self {
        self.departments = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Paging information of a list response.
    pub fn meta(mut self, value: impl Into<Meta>) -> Self {
        self.meta = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for DepartmentPage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "departments", &self.departments)?;
        codegen_runtime::model::present(&mut map, "meta", &self.meta)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`DepartmentPage`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __DepartmentPageSlots {
    departments: Option<Option<Vec<DepartmentSummary>>>,
    meta: Option<Option<Meta>>,
}

impl codegen_runtime::model::Object for DepartmentPage {
    const NAME: &'static str = "DepartmentPage";
    type Slots = __DepartmentPageSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "departments" => {
                codegen_runtime::model::set(map, &mut slots.departments, "departments")
            }
            "meta" => codegen_runtime::model::set(map, &mut slots.meta, "meta"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            departments: slots.departments.flatten(),
            meta: slots.meta.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for DepartmentPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A department with its members.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DepartmentWithMembers {
    /// Id.
    ///
    /// Set by the server.
    pub id: Option<String>,
    /// Creation time.
    ///
    /// Constraints: format `date-time`.
    ///
    /// Set by the server.
    pub created_at: Option<codegen_runtime::formats::DateTime>,
    /// Last update time.
    ///
    /// Constraints: format `date-time`.
    ///
    /// Set by the server.
    pub updated_at: Option<codegen_runtime::formats::DateTime>,
    /// Id of the creator.
    ///
    /// Set by the server.
    pub created_by: Option<String>,
    /// Id of the last updater.
    ///
    /// Set by the server.
    pub updated_by: Option<String>,
    /// Organization id.
    ///
    /// Set by the server.
    pub org_id: Option<String>,
    /// Type.
    pub r#type: Option<String>,
    /// Name of the department.
    pub name: Option<String>,
    /// User ids of the department heads.
    pub department_heads: Option<Vec<String>>,
    /// Members of the department.
    pub members: Option<Vec<UserSummary>>,
}

impl DepartmentWithMembers {
    /// Id.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Creation time.
    pub fn created_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.created_at = Some(value.into());
        self
    }

    /// Last update time.
    pub fn updated_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }

    /// Id of the creator.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }

    /// Id of the last updater.
    pub fn updated_by(mut self, value: impl Into<String>) -> Self {
        self.updated_by = Some(value.into());
        self
    }

    /// Organization id.
    pub fn org_id(mut self, value: impl Into<String>) -> Self {
        self.org_id = Some(value.into());
        self
    }

    /// Type.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// Name of the department.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// User ids of the department heads.
    pub fn department_heads(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.department_heads = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Members of the department.
    pub fn members(
        mut self,
        value: impl IntoIterator<Item = impl Into<UserSummary>>,
    ) -> Self {
        self.members = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for DepartmentWithMembers {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "createdAt", &self.created_at)?;
        codegen_runtime::model::present(&mut map, "updatedAt", &self.updated_at)?;
        codegen_runtime::model::present(&mut map, "createdBy", &self.created_by)?;
        codegen_runtime::model::present(&mut map, "updatedBy", &self.updated_by)?;
        codegen_runtime::model::present(&mut map, "orgId", &self.org_id)?;
        codegen_runtime::model::present(&mut map, "type", &self.r#type)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(
            &mut map,
            "departmentHeads",
            &self.department_heads,
        )?;
        codegen_runtime::model::present(&mut map, "members", &self.members)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`DepartmentWithMembers`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __DepartmentWithMembersSlots {
    id: Option<Option<String>>,
    created_at: Option<Option<codegen_runtime::formats::DateTime>>,
    updated_at: Option<Option<codegen_runtime::formats::DateTime>>,
    created_by: Option<Option<String>>,
    updated_by: Option<Option<String>>,
    org_id: Option<Option<String>>,
    r#type: Option<Option<String>>,
    name: Option<Option<String>>,
    department_heads: Option<Option<Vec<String>>>,
    members: Option<Option<Vec<UserSummary>>>,
}

impl codegen_runtime::model::Object for DepartmentWithMembers {
    const NAME: &'static str = "DepartmentWithMembers";
    type Slots = __DepartmentWithMembersSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "createdAt" => {
                codegen_runtime::model::set(map, &mut slots.created_at, "createdAt")
            }
            "updatedAt" => {
                codegen_runtime::model::set(map, &mut slots.updated_at, "updatedAt")
            }
            "createdBy" => {
                codegen_runtime::model::set(map, &mut slots.created_by, "createdBy")
            }
            "updatedBy" => {
                codegen_runtime::model::set(map, &mut slots.updated_by, "updatedBy")
            }
            "orgId" => codegen_runtime::model::set(map, &mut slots.org_id, "orgId"),
            "type" => codegen_runtime::model::set(map, &mut slots.r#type, "type"),
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "departmentHeads" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.department_heads,
                    "departmentHeads",
                )
            }
            "members" => codegen_runtime::model::set(map, &mut slots.members, "members"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            created_at: slots.created_at.flatten(),
            updated_at: slots.updated_at.flatten(),
            created_by: slots.created_by.flatten(),
            updated_by: slots.updated_by.flatten(),
            org_id: slots.org_id.flatten(),
            r#type: slots.r#type.flatten(),
            name: slots.name.flatten(),
            department_heads: slots.department_heads.flatten(),
            members: slots.members.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for DepartmentWithMembers {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A user to add to a department.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DepartmentMemberInput {
    /// User id (see `list_users`).
    ///
    /// Constraints: format `uuid`.
    pub id: Option<codegen_runtime::formats::Uuid>,
    /// Whether the user becomes an admin (head) of the department; "should be true while creating a new department".
    pub is_admin: Option<bool>,
    /// Id of the user's current department ("existing Department" in the tables).
    ///
    /// Constraints: format `uuid`.
    pub existing_dept: Option<codegen_runtime::formats::Uuid>,
    /// Whether the user is already head of another department.
    pub is_department_head: Option<bool>,
}

impl DepartmentMemberInput {
    /// User id (see `list_users`).
    pub fn id(mut self, value: impl Into<codegen_runtime::formats::Uuid>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Whether the user becomes an admin (head) of the department; "should be true while creating a new department".
    pub fn is_admin(mut self, value: impl Into<bool>) -> Self {
        self.is_admin = Some(value.into());
        self
    }

    /// Id of the user's current department ("existing Department" in the tables).
    pub fn existing_dept(
        mut self,
        value: impl Into<codegen_runtime::formats::Uuid>,
    ) -> Self {
        self.existing_dept = Some(value.into());
        self
    }

    /// Whether the user is already head of another department.
    pub fn is_department_head(mut self, value: impl Into<bool>) -> Self {
        self.is_department_head = Some(value.into());
        self
    }
}

impl serde::Serialize for DepartmentMemberInput {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "isAdmin", &self.is_admin)?;
        codegen_runtime::model::present(&mut map, "existingDept", &self.existing_dept)?;
        codegen_runtime::model::present(
            &mut map,
            "isDepartmentHead",
            &self.is_department_head,
        )?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`DepartmentMemberInput`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __DepartmentMemberInputSlots {
    id: Option<Option<codegen_runtime::formats::Uuid>>,
    is_admin: Option<Option<bool>>,
    existing_dept: Option<Option<codegen_runtime::formats::Uuid>>,
    is_department_head: Option<Option<bool>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for DepartmentMemberInput {
    const NAME: &'static str = "DepartmentMemberInput";
    type Slots = __DepartmentMemberInputSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "isAdmin" => codegen_runtime::model::set(map, &mut slots.is_admin, "isAdmin"),
            "existingDept" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.existing_dept,
                    "existingDept",
                )
            }
            "isDepartmentHead" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.is_department_head,
                    "isDepartmentHead",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            is_admin: slots.is_admin.flatten(),
            existing_dept: slots.existing_dept.flatten(),
            is_department_head: slots.is_department_head.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for DepartmentMemberInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A new department.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DepartmentCreate {
    /// Members of the department; at least one must be a head.
    pub members: Option<Vec<DepartmentMemberInput>>,
    /// Name of the department.
    pub name: Option<String>,
}

impl DepartmentCreate {
    /// Members of the department; at least one must be a head.
    pub fn members(
        mut self,
        value: impl IntoIterator<Item = impl Into<DepartmentMemberInput>>,
    ) -> Self {
        self.members = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Name of the department.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}

impl serde::Serialize for DepartmentCreate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "members", &self.members)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`DepartmentCreate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __DepartmentCreateSlots {
    members: Option<Option<Vec<DepartmentMemberInput>>>,
    name: Option<Option<String>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for DepartmentCreate {
    const NAME: &'static str = "DepartmentCreate";
    type Slots = __DepartmentCreateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "members" => codegen_runtime::model::set(map, &mut slots.members, "members"),
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            members: slots.members.flatten(),
            name: slots.name.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for DepartmentCreate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Heads to add to and remove from a department.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DepartmentHeadsUpdate {
    /// Users to add as heads.
    pub add: Option<Vec<DepartmentMemberInput>>,
    /// Id of one user to remove from the heads (a single id, not an array).
    ///
    /// Constraints: format `uuid`.
    pub remove: Option<codegen_runtime::formats::Uuid>,
}

#[allow(clippy::should_implement_trait)]
impl DepartmentHeadsUpdate {
    /// Users to add as heads.
    pub fn add(
        mut self,
        value: impl IntoIterator<Item = impl Into<DepartmentMemberInput>>,
    ) -> Self {
        self.add = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Id of one user to remove from the heads (a single id, not an array).
    pub fn remove(mut self, value: impl Into<codegen_runtime::formats::Uuid>) -> Self {
        self.remove = Some(value.into());
        self
    }
}

impl serde::Serialize for DepartmentHeadsUpdate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "add", &self.add)?;
        codegen_runtime::model::present(&mut map, "remove", &self.remove)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`DepartmentHeadsUpdate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __DepartmentHeadsUpdateSlots {
    add: Option<Option<Vec<DepartmentMemberInput>>>,
    remove: Option<Option<codegen_runtime::formats::Uuid>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for DepartmentHeadsUpdate {
    const NAME: &'static str = "DepartmentHeadsUpdate";
    type Slots = __DepartmentHeadsUpdateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "add" => codegen_runtime::model::set(map, &mut slots.add, "add"),
            "remove" => codegen_runtime::model::set(map, &mut slots.remove, "remove"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            add: slots.add.flatten(),
            remove: slots.remove.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for DepartmentHeadsUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Members to add to and remove from a department.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DepartmentMembersUpdate {
    /// Users to add.
    pub add_members: Option<Vec<DepartmentMemberInput>>,
    /// Ids of the users to remove from the department.
    ///
    /// Constraints: each item: format `uuid`.
    pub remove_members: Option<Vec<codegen_runtime::formats::Uuid>>,
}

impl DepartmentMembersUpdate {
    /// Users to add.
    pub fn add_members(
        mut self,
        value: impl IntoIterator<Item = impl Into<DepartmentMemberInput>>,
    ) -> Self {
        self.add_members = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Ids of the users to remove from the department.
    pub fn remove_members(
        mut self,
        value: impl IntoIterator<Item = impl Into<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.remove_members = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

impl serde::Serialize for DepartmentMembersUpdate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "addMembers", &self.add_members)?;
        codegen_runtime::model::present(
            &mut map,
            "removeMembers",
            &self.remove_members,
        )?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`DepartmentMembersUpdate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __DepartmentMembersUpdateSlots {
    add_members: Option<Option<Vec<DepartmentMemberInput>>>,
    remove_members: Option<Option<Vec<codegen_runtime::formats::Uuid>>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for DepartmentMembersUpdate {
    const NAME: &'static str = "DepartmentMembersUpdate";
    type Slots = __DepartmentMembersUpdateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "addMembers" => {
                codegen_runtime::model::set(map, &mut slots.add_members, "addMembers")
            }
            "removeMembers" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.remove_members,
                    "removeMembers",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            add_members: slots.add_members.flatten(),
            remove_members: slots.remove_members.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for DepartmentMembersUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Changes to a department.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DepartmentUpdate {
    /// New name of the department.
    pub name: Option<String>,
}

impl DepartmentUpdate {
    /// New name of the department.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}

impl serde::Serialize for DepartmentUpdate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`DepartmentUpdate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __DepartmentUpdateSlots {
    name: Option<Option<String>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for DepartmentUpdate {
    const NAME: &'static str = "DepartmentUpdate";
    type Slots = __DepartmentUpdateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self { name: slots.name.flatten() })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for DepartmentUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A location.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Location {
    /// Id.
    ///
    /// Set by the server.
    pub id: Option<String>,
    /// Creation time.
    ///
    /// Constraints: format `date-time`.
    ///
    /// Set by the server.
    pub created_at: Option<codegen_runtime::formats::DateTime>,
    /// Last update time.
    ///
    /// Constraints: format `date-time`.
    ///
    /// Set by the server.
    pub updated_at: Option<codegen_runtime::formats::DateTime>,
    /// Id of the creator.
    ///
    /// Set by the server.
    pub created_by: Option<String>,
    /// Id of the last updater.
    ///
    /// Set by the server.
    pub updated_by: Option<String>,
    /// Name of the location.
    pub name: Option<String>,
    /// Organization id.
    ///
    /// Set by the server.
    pub org_id: Option<String>,
    /// Number of members (in lists).
    pub member_count: Option<i64>,
}

impl Location {
    /// Id.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Creation time.
    pub fn created_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.created_at = Some(value.into());
        self
    }

    /// Last update time.
    pub fn updated_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }

    /// Id of the creator.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }

    /// Id of the last updater.
    pub fn updated_by(mut self, value: impl Into<String>) -> Self {
        self.updated_by = Some(value.into());
        self
    }

    /// Name of the location.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Organization id.
    pub fn org_id(mut self, value: impl Into<String>) -> Self {
        self.org_id = Some(value.into());
        self
    }

    /// Number of members (in lists).
    pub fn member_count(mut self, value: impl Into<i64>) -> Self {
        self.member_count = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Location {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "createdAt", &self.created_at)?;
        codegen_runtime::model::present(&mut map, "updatedAt", &self.updated_at)?;
        codegen_runtime::model::present(&mut map, "createdBy", &self.created_by)?;
        codegen_runtime::model::present(&mut map, "updatedBy", &self.updated_by)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "orgId", &self.org_id)?;
        codegen_runtime::model::present(&mut map, "memberCount", &self.member_count)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Location`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __LocationSlots {
    id: Option<Option<String>>,
    created_at: Option<Option<codegen_runtime::formats::DateTime>>,
    updated_at: Option<Option<codegen_runtime::formats::DateTime>>,
    created_by: Option<Option<String>>,
    updated_by: Option<Option<String>>,
    name: Option<Option<String>>,
    org_id: Option<Option<String>>,
    member_count: Option<Option<i64>>,
}

impl codegen_runtime::model::Object for Location {
    const NAME: &'static str = "Location";
    type Slots = __LocationSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "createdAt" => {
                codegen_runtime::model::set(map, &mut slots.created_at, "createdAt")
            }
            "updatedAt" => {
                codegen_runtime::model::set(map, &mut slots.updated_at, "updatedAt")
            }
            "createdBy" => {
                codegen_runtime::model::set(map, &mut slots.created_by, "createdBy")
            }
            "updatedBy" => {
                codegen_runtime::model::set(map, &mut slots.updated_by, "updatedBy")
            }
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "orgId" => codegen_runtime::model::set(map, &mut slots.org_id, "orgId"),
            "memberCount" => {
                codegen_runtime::model::set(map, &mut slots.member_count, "memberCount")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            created_at: slots.created_at.flatten(),
            updated_at: slots.updated_at.flatten(),
            created_by: slots.created_by.flatten(),
            updated_by: slots.updated_by.flatten(),
            name: slots.name.flatten(),
            org_id: slots.org_id.flatten(),
            member_count: slots.member_count.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Location {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// One page of locations.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct LocationPage {
    /// The locations of this page.
    pub locations: Option<Vec<Location>>,
    /// Paging information of a list response.
    pub meta: Option<Meta>,
}

impl LocationPage {
    /// The locations of this page.
    pub fn locations(
        mut self,
        value: impl IntoIterator<Item = impl Into<Location>>,
    ) -> Self {
        self.locations = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Paging information of a list response.
    pub fn meta(mut self, value: impl Into<Meta>) -> Self {
        self.meta = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for LocationPage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "locations", &self.locations)?;
        codegen_runtime::model::present(&mut map, "meta", &self.meta)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`LocationPage`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __LocationPageSlots {
    locations: Option<Option<Vec<Location>>>,
    meta: Option<Option<Meta>>,
}

impl codegen_runtime::model::Object for LocationPage {
    const NAME: &'static str = "LocationPage";
    type Slots = __LocationPageSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "locations" => {
                codegen_runtime::model::set(map, &mut slots.locations, "locations")
            }
            "meta" => codegen_runtime::model::set(map, &mut slots.meta, "meta"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            locations: slots.locations.flatten(),
            meta: slots.meta.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for LocationPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A location with its members.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct LocationWithMembers {
    /// Id.
    ///
    /// Set by the server.
    pub id: Option<String>,
    /// Creation time.
    ///
    /// Constraints: format `date-time`.
    ///
    /// Set by the server.
    pub created_at: Option<codegen_runtime::formats::DateTime>,
    /// Last update time.
    ///
    /// Constraints: format `date-time`.
    ///
    /// Set by the server.
    pub updated_at: Option<codegen_runtime::formats::DateTime>,
    /// Id of the creator.
    ///
    /// Set by the server.
    pub created_by: Option<String>,
    /// Id of the last updater.
    ///
    /// Set by the server.
    pub updated_by: Option<String>,
    /// Name of the location.
    pub name: Option<String>,
    /// Organization id.
    ///
    /// Set by the server.
    pub org_id: Option<String>,
    /// Members of the location.
    pub members: Option<Vec<UserSummary>>,
}

impl LocationWithMembers {
    /// Id.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Creation time.
    pub fn created_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.created_at = Some(value.into());
        self
    }

    /// Last update time.
    pub fn updated_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }

    /// Id of the creator.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }

    /// Id of the last updater.
    pub fn updated_by(mut self, value: impl Into<String>) -> Self {
        self.updated_by = Some(value.into());
        self
    }

    /// Name of the location.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Organization id.
    pub fn org_id(mut self, value: impl Into<String>) -> Self {
        self.org_id = Some(value.into());
        self
    }

    /// Members of the location.
    pub fn members(
        mut self,
        value: impl IntoIterator<Item = impl Into<UserSummary>>,
    ) -> Self {
        self.members = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for LocationWithMembers {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "createdAt", &self.created_at)?;
        codegen_runtime::model::present(&mut map, "updatedAt", &self.updated_at)?;
        codegen_runtime::model::present(&mut map, "createdBy", &self.created_by)?;
        codegen_runtime::model::present(&mut map, "updatedBy", &self.updated_by)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "orgId", &self.org_id)?;
        codegen_runtime::model::present(&mut map, "members", &self.members)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`LocationWithMembers`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __LocationWithMembersSlots {
    id: Option<Option<String>>,
    created_at: Option<Option<codegen_runtime::formats::DateTime>>,
    updated_at: Option<Option<codegen_runtime::formats::DateTime>>,
    created_by: Option<Option<String>>,
    updated_by: Option<Option<String>>,
    name: Option<Option<String>>,
    org_id: Option<Option<String>>,
    members: Option<Option<Vec<UserSummary>>>,
}

impl codegen_runtime::model::Object for LocationWithMembers {
    const NAME: &'static str = "LocationWithMembers";
    type Slots = __LocationWithMembersSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "createdAt" => {
                codegen_runtime::model::set(map, &mut slots.created_at, "createdAt")
            }
            "updatedAt" => {
                codegen_runtime::model::set(map, &mut slots.updated_at, "updatedAt")
            }
            "createdBy" => {
                codegen_runtime::model::set(map, &mut slots.created_by, "createdBy")
            }
            "updatedBy" => {
                codegen_runtime::model::set(map, &mut slots.updated_by, "updatedBy")
            }
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "orgId" => codegen_runtime::model::set(map, &mut slots.org_id, "orgId"),
            "members" => codegen_runtime::model::set(map, &mut slots.members, "members"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            created_at: slots.created_at.flatten(),
            updated_at: slots.updated_at.flatten(),
            created_by: slots.created_by.flatten(),
            updated_by: slots.updated_by.flatten(),
            name: slots.name.flatten(),
            org_id: slots.org_id.flatten(),
            members: slots.members.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for LocationWithMembers {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A new location.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct LocationCreate {
    /// Name of the location.
    pub name: Option<String>,
    /// Id of the user who adds the location (shown only in the example).
    ///
    /// Constraints: format `uuid`.
    pub added_by: Option<codegen_runtime::formats::Uuid>,
    /// Organization id (shown only in the example).
    ///
    /// Constraints: format `uuid`.
    pub org_id: Option<codegen_runtime::formats::Uuid>,
}

impl LocationCreate {
    /// Name of the location.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Id of the user who adds the location (shown only in the example).
    pub fn added_by(mut self, value: impl Into<codegen_runtime::formats::Uuid>) -> Self {
        self.added_by = Some(value.into());
        self
    }

    /// Organization id (shown only in the example).
    pub fn org_id(mut self, value: impl Into<codegen_runtime::formats::Uuid>) -> Self {
        self.org_id = Some(value.into());
        self
    }
}

impl serde::Serialize for LocationCreate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "addedBy", &self.added_by)?;
        codegen_runtime::model::present(&mut map, "orgId", &self.org_id)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`LocationCreate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __LocationCreateSlots {
    name: Option<Option<String>>,
    added_by: Option<Option<codegen_runtime::formats::Uuid>>,
    org_id: Option<Option<codegen_runtime::formats::Uuid>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for LocationCreate {
    const NAME: &'static str = "LocationCreate";
    type Slots = __LocationCreateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "addedBy" => codegen_runtime::model::set(map, &mut slots.added_by, "addedBy"),
            "orgId" => codegen_runtime::model::set(map, &mut slots.org_id, "orgId"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            name: slots.name.flatten(),
            added_by: slots.added_by.flatten(),
            org_id: slots.org_id.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for LocationCreate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Members to add to and remove from a location.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct LocationMembersUpdate {
    /// Ids of the users to add to the location (see `list_users`).
    ///
    /// Constraints: each item: format `uuid`.
    pub add_members: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Ids of the users to remove from the location.
    ///
    /// Constraints: each item: format `uuid`.
    pub remove_members: Option<Vec<codegen_runtime::formats::Uuid>>,
}

impl LocationMembersUpdate {
    /// Ids of the users to add to the location (see `list_users`).
    pub fn add_members(
        mut self,
        value: impl IntoIterator<Item = impl Into<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.add_members = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Ids of the users to remove from the location.
    pub fn remove_members(
        mut self,
        value: impl IntoIterator<Item = impl Into<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.remove_members = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

impl serde::Serialize for LocationMembersUpdate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "addMembers", &self.add_members)?;
        codegen_runtime::model::present(
            &mut map,
            "removeMembers",
            &self.remove_members,
        )?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`LocationMembersUpdate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __LocationMembersUpdateSlots {
    add_members: Option<Option<Vec<codegen_runtime::formats::Uuid>>>,
    remove_members: Option<Option<Vec<codegen_runtime::formats::Uuid>>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for LocationMembersUpdate {
    const NAME: &'static str = "LocationMembersUpdate";
    type Slots = __LocationMembersUpdateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "addMembers" => {
                codegen_runtime::model::set(map, &mut slots.add_members, "addMembers")
            }
            "removeMembers" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.remove_members,
                    "removeMembers",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            add_members: slots.add_members.flatten(),
            remove_members: slots.remove_members.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for LocationMembersUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A security group.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct SecurityGroup {
    /// Security group id.
    ///
    /// Set by the server.
    pub id: Option<String>,
    /// Name.
    pub name: Option<String>,
    /// Number of members.
    pub member_count: Option<i64>,
}

impl SecurityGroup {
    /// Security group id.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Name.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Number of members.
    pub fn member_count(mut self, value: impl Into<i64>) -> Self {
        self.member_count = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for SecurityGroup {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "memberCount", &self.member_count)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`SecurityGroup`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __SecurityGroupSlots {
    id: Option<Option<String>>,
    name: Option<Option<String>>,
    member_count: Option<Option<i64>>,
}

impl codegen_runtime::model::Object for SecurityGroup {
    const NAME: &'static str = "SecurityGroup";
    type Slots = __SecurityGroupSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "memberCount" => {
                codegen_runtime::model::set(map, &mut slots.member_count, "memberCount")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            name: slots.name.flatten(),
            member_count: slots.member_count.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for SecurityGroup {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// One page of security groups.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct SecurityGroupPage {
    /// The groups of this page.
    pub groups: Option<Vec<SecurityGroup>>,
    /// Paging information of a list response.
    pub meta: Option<Meta>,
}

impl SecurityGroupPage {
    /// The groups of this page.
    pub fn groups(
        mut self,
        value: impl IntoIterator<Item = impl Into<SecurityGroup>>,
    ) -> Self {
        self.groups = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Paging information of a list response.
    pub fn meta(mut self, value: impl Into<Meta>) -> Self {
        self.meta = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for SecurityGroupPage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "groups", &self.groups)?;
        codegen_runtime::model::present(&mut map, "meta", &self.meta)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`SecurityGroupPage`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __SecurityGroupPageSlots {
    groups: Option<Option<Vec<SecurityGroup>>>,
    meta: Option<Option<Meta>>,
}

impl codegen_runtime::model::Object for SecurityGroupPage {
    const NAME: &'static str = "SecurityGroupPage";
    type Slots = __SecurityGroupPageSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groups" => codegen_runtime::model::set(map, &mut slots.groups, "groups"),
            "meta" => codegen_runtime::model::set(map, &mut slots.meta, "meta"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            groups: slots.groups.flatten(),
            meta: slots.meta.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for SecurityGroupPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Users to add to or remove from a security group.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct SecurityGroupMembers {
    /// Ids of the users (see `list_users`).
    ///
    /// Constraints: each item: format `uuid`.
    pub ids: Option<Vec<codegen_runtime::formats::Uuid>>,
}

impl SecurityGroupMembers {
    /// Ids of the users (see `list_users`).
    pub fn ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

impl serde::Serialize for SecurityGroupMembers {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "ids", &self.ids)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`SecurityGroupMembers`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __SecurityGroupMembersSlots {
    ids: Option<Option<Vec<codegen_runtime::formats::Uuid>>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for SecurityGroupMembers {
    const NAME: &'static str = "SecurityGroupMembers";
    type Slots = __SecurityGroupMembersSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "ids" => codegen_runtime::model::set(map, &mut slots.ids, "ids"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self { ids: slots.ids.flatten() })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for SecurityGroupMembers {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// An SSO or quick-link entry.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Sso {
    /// Id.
    ///
    /// Set by the server.
    pub id: Option<String>,
    /// Creation time.
    ///
    /// Constraints: format `date-time`.
    ///
    /// Set by the server.
    pub created_at: Option<codegen_runtime::formats::DateTime>,
    /// Last update time.
    ///
    /// Constraints: format `date-time`.
    ///
    /// Set by the server.
    pub updated_at: Option<codegen_runtime::formats::DateTime>,
    /// Id of the creator.
    ///
    /// Set by the server.
    pub created_by: Option<String>,
    /// Id of the last updater.
    ///
    /// Set by the server.
    pub updated_by: Option<String>,
    /// Authorization URI.
    pub authorization_uri: Option<String>,
    /// URI that exchanges an authorization code for a token.
    pub token_uri: Option<String>,
    /// URI that refreshes a token.
    pub refresh_uri: Option<String>,
    /// Login URL.
    pub login_url: Option<String>,
    /// Organization id.
    ///
    /// Set by the server.
    pub org_id: Option<String>,
    /// Location id (location-level entries).
    pub location_id: Option<String>,
    /// Department id (department-level entries).
    pub department_id: Option<String>,
    /// Display order.
    pub order: Option<i64>,
    /// An uploaded file (see `GET /api/media`).
    pub file: Option<Media>,
    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    pub user: Option<UserSummary>,
    /// Link (QUICK_LINK entries).
    pub link: Option<String>,
    /// Kind of entry: QUICK_LINK or SSO.
    pub r#type: Option<String>,
}

impl Sso {
    /// Id.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Creation time.
    pub fn created_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.created_at = Some(value.into());
        self
    }

    /// Last update time.
    pub fn updated_at(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }

    /// Id of the creator.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }

    /// Id of the last updater.
    pub fn updated_by(mut self, value: impl Into<String>) -> Self {
        self.updated_by = Some(value.into());
        self
    }

    /// Authorization URI.
    pub fn authorization_uri(mut self, value: impl Into<String>) -> Self {
        self.authorization_uri = Some(value.into());
        self
    }

    /// URI that exchanges an authorization code for a token.
    pub fn token_uri(mut self, value: impl Into<String>) -> Self {
        self.token_uri = Some(value.into());
        self
    }

    /// URI that refreshes a token.
    pub fn refresh_uri(mut self, value: impl Into<String>) -> Self {
        self.refresh_uri = Some(value.into());
        self
    }

    /// Login URL.
    pub fn login_url(mut self, value: impl Into<String>) -> Self {
        self.login_url = Some(value.into());
        self
    }

    /// Organization id.
    pub fn org_id(mut self, value: impl Into<String>) -> Self {
        self.org_id = Some(value.into());
        self
    }

    /// Location id (location-level entries).
    pub fn location_id(mut self, value: impl Into<String>) -> Self {
        self.location_id = Some(value.into());
        self
    }

    /// Department id (department-level entries).
    pub fn department_id(mut self, value: impl Into<String>) -> Self {
        self.department_id = Some(value.into());
        self
    }

    /// Display order.
    pub fn order(mut self, value: impl Into<i64>) -> Self {
        self.order = Some(value.into());
        self
    }

    /// An uploaded file (see `GET /api/media`).
    pub fn file(mut self, value: impl Into<Media>) -> Self {
        self.file = Some(value.into());
        self
    }

    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    pub fn user(mut self, value: impl Into<UserSummary>) -> Self {
        self.user = Some(value.into());
        self
    }

    /// Link (QUICK_LINK entries).
    pub fn link(mut self, value: impl Into<String>) -> Self {
        self.link = Some(value.into());
        self
    }

    /// Kind of entry: QUICK_LINK or SSO.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Sso {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "createdAt", &self.created_at)?;
        codegen_runtime::model::present(&mut map, "updatedAt", &self.updated_at)?;
        codegen_runtime::model::present(&mut map, "createdBy", &self.created_by)?;
        codegen_runtime::model::present(&mut map, "updatedBy", &self.updated_by)?;
        codegen_runtime::model::present(
            &mut map,
            "authorizationURI",
            &self.authorization_uri,
        )?;
        codegen_runtime::model::present(&mut map, "tokenURI", &self.token_uri)?;
        codegen_runtime::model::present(&mut map, "refreshURI", &self.refresh_uri)?;
        codegen_runtime::model::present(&mut map, "loginURL", &self.login_url)?;
        codegen_runtime::model::present(&mut map, "orgId", &self.org_id)?;
        codegen_runtime::model::present(&mut map, "locationId", &self.location_id)?;
        codegen_runtime::model::present(&mut map, "departmentId", &self.department_id)?;
        codegen_runtime::model::present(&mut map, "order", &self.order)?;
        codegen_runtime::model::present(&mut map, "file", &self.file)?;
        codegen_runtime::model::present(&mut map, "user", &self.user)?;
        codegen_runtime::model::present(&mut map, "link", &self.link)?;
        codegen_runtime::model::present(&mut map, "type", &self.r#type)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Sso`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __SsoSlots {
    id: Option<Option<String>>,
    created_at: Option<Option<codegen_runtime::formats::DateTime>>,
    updated_at: Option<Option<codegen_runtime::formats::DateTime>>,
    created_by: Option<Option<String>>,
    updated_by: Option<Option<String>>,
    authorization_uri: Option<Option<String>>,
    token_uri: Option<Option<String>>,
    refresh_uri: Option<Option<String>>,
    login_url: Option<Option<String>>,
    org_id: Option<Option<String>>,
    location_id: Option<Option<String>>,
    department_id: Option<Option<String>>,
    order: Option<Option<i64>>,
    file: Option<Option<Media>>,
    user: Option<Option<UserSummary>>,
    link: Option<Option<String>>,
    r#type: Option<Option<String>>,
}

impl codegen_runtime::model::Object for Sso {
    const NAME: &'static str = "Sso";
    type Slots = __SsoSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "createdAt" => {
                codegen_runtime::model::set(map, &mut slots.created_at, "createdAt")
            }
            "updatedAt" => {
                codegen_runtime::model::set(map, &mut slots.updated_at, "updatedAt")
            }
            "createdBy" => {
                codegen_runtime::model::set(map, &mut slots.created_by, "createdBy")
            }
            "updatedBy" => {
                codegen_runtime::model::set(map, &mut slots.updated_by, "updatedBy")
            }
            "authorizationURI" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.authorization_uri,
                    "authorizationURI",
                )
            }
            "tokenURI" => {
                codegen_runtime::model::set(map, &mut slots.token_uri, "tokenURI")
            }
            "refreshURI" => {
                codegen_runtime::model::set(map, &mut slots.refresh_uri, "refreshURI")
            }
            "loginURL" => {
                codegen_runtime::model::set(map, &mut slots.login_url, "loginURL")
            }
            "orgId" => codegen_runtime::model::set(map, &mut slots.org_id, "orgId"),
            "locationId" => {
                codegen_runtime::model::set(map, &mut slots.location_id, "locationId")
            }
            "departmentId" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.department_id,
                    "departmentId",
                )
            }
            "order" => codegen_runtime::model::set(map, &mut slots.order, "order"),
            "file" => codegen_runtime::model::set(map, &mut slots.file, "file"),
            "user" => codegen_runtime::model::set(map, &mut slots.user, "user"),
            "link" => codegen_runtime::model::set(map, &mut slots.link, "link"),
            "type" => codegen_runtime::model::set(map, &mut slots.r#type, "type"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            created_at: slots.created_at.flatten(),
            updated_at: slots.updated_at.flatten(),
            created_by: slots.created_by.flatten(),
            updated_by: slots.updated_by.flatten(),
            authorization_uri: slots.authorization_uri.flatten(),
            token_uri: slots.token_uri.flatten(),
            refresh_uri: slots.refresh_uri.flatten(),
            login_url: slots.login_url.flatten(),
            org_id: slots.org_id.flatten(),
            location_id: slots.location_id.flatten(),
            department_id: slots.department_id.flatten(),
            order: slots.order.flatten(),
            file: slots.file.flatten(),
            user: slots.user.flatten(),
            link: slots.link.flatten(),
            r#type: slots.r#type.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Sso {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// SSO and quick-link entries.
pub type SsoList = Vec<Sso>;

/// Kind of entry.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SsoCreateType {
    /// `QUICK_LINK` on the wire.
    QuickLink,
    /// `SSO` on the wire.
    Sso,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    Unknown(codegen_runtime::UnknownValue),
}

impl SsoCreateType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::QuickLink => "QUICK_LINK",
            Self::Sso => "SSO",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for SsoCreateType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SsoCreateType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for SsoCreateType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(
                deserializer,
                &["QUICK_LINK", "SSO"],
            )? {
                Ok(0) => Self::QuickLink,
                Ok(_) => Self::Sso,
                Err(value) => Self::Unknown(value),
            },
        )
    }
}

/// A new SSO or quick-link entry. QUICK_LINK needs `link`; SSO needs `authorizationURI`, `tokenURI`, `refreshURI` and `loginURL`.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct SsoCreate {
    /// Kind of entry.
    pub r#type: Option<SsoCreateType>,
    /// Name of the entry.
    pub name: Option<String>,
    /// Authorization URI (required for SSO).
    pub authorization_uri: Option<String>,
    /// URI that generates a new token from an authorization code (required for SSO).
    pub token_uri: Option<String>,
    /// URI that generates a new token from a refresh token (required for SSO).
    pub refresh_uri: Option<String>,
    /// URL that logs into the account (required for SSO).
    pub login_url: Option<String>,
    /// Display order.
    pub order: Option<i64>,
    /// Media id of the image (see `get_media_upload_url`).
    ///
    /// Constraints: format `uuid`.
    pub file_id: Option<codegen_runtime::formats::Uuid>,
    /// Department id for a department-level entry (ignored with `manage`; see `list_departments`).
    ///
    /// Constraints: format `uuid`.
    pub department_id: Option<codegen_runtime::formats::Uuid>,
    /// Location id for a location-level entry (ignored with `manage`; see `list_locations`).
    ///
    /// Constraints: format `uuid`.
    pub location_id: Option<codegen_runtime::formats::Uuid>,
    /// Link of the entry (required for QUICK_LINK).
    pub link: Option<String>,
}

impl SsoCreate {
    /// Kind of entry.
    pub fn r#type(mut self, value: impl Into<SsoCreateType>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// Name of the entry.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Authorization URI (required for SSO).
    pub fn authorization_uri(mut self, value: impl Into<String>) -> Self {
        self.authorization_uri = Some(value.into());
        self
    }

    /// URI that generates a new token from an authorization code (required for SSO).
    pub fn token_uri(mut self, value: impl Into<String>) -> Self {
        self.token_uri = Some(value.into());
        self
    }

    /// URI that generates a new token from a refresh token (required for SSO).
    pub fn refresh_uri(mut self, value: impl Into<String>) -> Self {
        self.refresh_uri = Some(value.into());
        self
    }

    /// URL that logs into the account (required for SSO).
    pub fn login_url(mut self, value: impl Into<String>) -> Self {
        self.login_url = Some(value.into());
        self
    }

    /// Display order.
    pub fn order(mut self, value: impl Into<i64>) -> Self {
        self.order = Some(value.into());
        self
    }

    /// Media id of the image (see `get_media_upload_url`).
    pub fn file_id(mut self, value: impl Into<codegen_runtime::formats::Uuid>) -> Self {
        self.file_id = Some(value.into());
        self
    }

    /// Department id for a department-level entry (ignored with `manage`; see `list_departments`).
    pub fn department_id(
        mut self,
        value: impl Into<codegen_runtime::formats::Uuid>,
    ) -> Self {
        self.department_id = Some(value.into());
        self
    }

    /// Location id for a location-level entry (ignored with `manage`; see `list_locations`).
    pub fn location_id(
        mut self,
        value: impl Into<codegen_runtime::formats::Uuid>,
    ) -> Self {
        self.location_id = Some(value.into());
        self
    }

    /// Link of the entry (required for QUICK_LINK).
    pub fn link(mut self, value: impl Into<String>) -> Self {
        self.link = Some(value.into());
        self
    }
}

impl serde::Serialize for SsoCreate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "type", &self.r#type)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(
            &mut map,
            "authorizationURI",
            &self.authorization_uri,
        )?;
        codegen_runtime::model::present(&mut map, "tokenURI", &self.token_uri)?;
        codegen_runtime::model::present(&mut map, "refreshURI", &self.refresh_uri)?;
        codegen_runtime::model::present(&mut map, "loginURL", &self.login_url)?;
        codegen_runtime::model::present(&mut map, "order", &self.order)?;
        codegen_runtime::model::present(&mut map, "fileId", &self.file_id)?;
        codegen_runtime::model::present(&mut map, "departmentId", &self.department_id)?;
        codegen_runtime::model::present(&mut map, "locationId", &self.location_id)?;
        codegen_runtime::model::present(&mut map, "link", &self.link)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`SsoCreate`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __SsoCreateSlots {
    r#type: Option<Option<SsoCreateType>>,
    name: Option<Option<String>>,
    authorization_uri: Option<Option<String>>,
    token_uri: Option<Option<String>>,
    refresh_uri: Option<Option<String>>,
    login_url: Option<Option<String>>,
    order: Option<Option<i64>>,
    file_id: Option<Option<codegen_runtime::formats::Uuid>>,
    department_id: Option<Option<codegen_runtime::formats::Uuid>>,
    location_id: Option<Option<codegen_runtime::formats::Uuid>>,
    link: Option<Option<String>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for SsoCreate {
    const NAME: &'static str = "SsoCreate";
    type Slots = __SsoCreateSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "type" => codegen_runtime::model::set(map, &mut slots.r#type, "type"),
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "authorizationURI" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.authorization_uri,
                    "authorizationURI",
                )
            }
            "tokenURI" => {
                codegen_runtime::model::set(map, &mut slots.token_uri, "tokenURI")
            }
            "refreshURI" => {
                codegen_runtime::model::set(map, &mut slots.refresh_uri, "refreshURI")
            }
            "loginURL" => {
                codegen_runtime::model::set(map, &mut slots.login_url, "loginURL")
            }
            "order" => codegen_runtime::model::set(map, &mut slots.order, "order"),
            "fileId" => codegen_runtime::model::set(map, &mut slots.file_id, "fileId"),
            "departmentId" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.department_id,
                    "departmentId",
                )
            }
            "locationId" => {
                codegen_runtime::model::set(map, &mut slots.location_id, "locationId")
            }
            "link" => codegen_runtime::model::set(map, &mut slots.link, "link"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            r#type: slots.r#type.flatten(),
            name: slots.name.flatten(),
            authorization_uri: slots.authorization_uri.flatten(),
            token_uri: slots.token_uri.flatten(),
            refresh_uri: slots.refresh_uri.flatten(),
            login_url: slots.login_url.flatten(),
            order: slots.order.flatten(),
            file_id: slots.file_id.flatten(),
            department_id: slots.department_id.flatten(),
            location_id: slots.location_id.flatten(),
            link: slots.link.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for SsoCreate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Form fields to send with the file.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct MediaUploadTicketSignedRequestFields {
    /// Object key.
    pub key: Option<String>,
    /// Content type of the file.
    pub content_type: Option<String>,
    /// Access control.
    pub acl: Option<String>,
    /// Bucket.
    pub bucket: Option<String>,
    /// Signature algorithm.
    pub x_amz_algorithm: Option<String>,
    /// Credential.
    pub x_amz_credential: Option<String>,
    /// Signature date.
    pub x_amz_date: Option<String>,
    /// Upload policy.
    pub policy: Option<String>,
    /// Signature.
    pub x_amz_signature: Option<String>,
}

impl MediaUploadTicketSignedRequestFields {
    /// Object key.
    pub fn key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(value.into());
        self
    }

    /// Content type of the file.
    pub fn content_type(mut self, value: impl Into<String>) -> Self {
        self.content_type = Some(value.into());
        self
    }

    /// Access control.
    pub fn acl(mut self, value: impl Into<String>) -> Self {
        self.acl = Some(value.into());
        self
    }

    /// Bucket.
    pub fn bucket(mut self, value: impl Into<String>) -> Self {
        self.bucket = Some(value.into());
        self
    }

    /// Signature algorithm.
    pub fn x_amz_algorithm(mut self, value: impl Into<String>) -> Self {
        self.x_amz_algorithm = Some(value.into());
        self
    }

    /// Credential.
    pub fn x_amz_credential(mut self, value: impl Into<String>) -> Self {
        self.x_amz_credential = Some(value.into());
        self
    }

    /// Signature date.
    pub fn x_amz_date(mut self, value: impl Into<String>) -> Self {
        self.x_amz_date = Some(value.into());
        self
    }

    /// Upload policy.
    pub fn policy(mut self, value: impl Into<String>) -> Self {
        self.policy = Some(value.into());
        self
    }

    /// Signature.
    pub fn x_amz_signature(mut self, value: impl Into<String>) -> Self {
        self.x_amz_signature = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for MediaUploadTicketSignedRequestFields {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "Key", &self.key)?;
        codegen_runtime::model::present(&mut map, "Content-Type", &self.content_type)?;
        codegen_runtime::model::present(&mut map, "ACL", &self.acl)?;
        codegen_runtime::model::present(&mut map, "bucket", &self.bucket)?;
        codegen_runtime::model::present(
            &mut map,
            "X-Amz-Algorithm",
            &self.x_amz_algorithm,
        )?;
        codegen_runtime::model::present(
            &mut map,
            "X-Amz-Credential",
            &self.x_amz_credential,
        )?;
        codegen_runtime::model::present(&mut map, "X-Amz-Date", &self.x_amz_date)?;
        codegen_runtime::model::present(&mut map, "Policy", &self.policy)?;
        codegen_runtime::model::present(
            &mut map,
            "X-Amz-Signature",
            &self.x_amz_signature,
        )?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`MediaUploadTicketSignedRequestFields`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __MediaUploadTicketSignedRequestFieldsSlots {
    key: Option<Option<String>>,
    content_type: Option<Option<String>>,
    acl: Option<Option<String>>,
    bucket: Option<Option<String>>,
    x_amz_algorithm: Option<Option<String>>,
    x_amz_credential: Option<Option<String>>,
    x_amz_date: Option<Option<String>>,
    policy: Option<Option<String>>,
    x_amz_signature: Option<Option<String>>,
}

impl codegen_runtime::model::Object for MediaUploadTicketSignedRequestFields {
    const NAME: &'static str = "MediaUploadTicketSignedRequestFields";
    type Slots = __MediaUploadTicketSignedRequestFieldsSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "Key" => codegen_runtime::model::set(map, &mut slots.key, "Key"),
            "Content-Type" => {
                codegen_runtime::model::set(map, &mut slots.content_type, "Content-Type")
            }
            "ACL" => codegen_runtime::model::set(map, &mut slots.acl, "ACL"),
            "bucket" => codegen_runtime::model::set(map, &mut slots.bucket, "bucket"),
            "X-Amz-Algorithm" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.x_amz_algorithm,
                    "X-Amz-Algorithm",
                )
            }
            "X-Amz-Credential" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.x_amz_credential,
                    "X-Amz-Credential",
                )
            }
            "X-Amz-Date" => {
                codegen_runtime::model::set(map, &mut slots.x_amz_date, "X-Amz-Date")
            }
            "Policy" => codegen_runtime::model::set(map, &mut slots.policy, "Policy"),
            "X-Amz-Signature" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.x_amz_signature,
                    "X-Amz-Signature",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            key: slots.key.flatten(),
            content_type: slots.content_type.flatten(),
            acl: slots.acl.flatten(),
            bucket: slots.bucket.flatten(),
            x_amz_algorithm: slots.x_amz_algorithm.flatten(),
            x_amz_credential: slots.x_amz_credential.flatten(),
            x_amz_date: slots.x_amz_date.flatten(),
            policy: slots.policy.flatten(),
            x_amz_signature: slots.x_amz_signature.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for MediaUploadTicketSignedRequestFields {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A pre-signed upload request.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct MediaUploadTicketSignedRequest {
    /// Where to POST the file (multipart/form-data) with every field of `fields`; outside this API.
    pub url: Option<String>,
    /// Form fields to send with the file.
    pub fields: Option<MediaUploadTicketSignedRequestFields>,
}

impl MediaUploadTicketSignedRequest {
    /// Where to POST the file (multipart/form-data) with every field of `fields`; outside this API.
    pub fn url(mut self, value: impl Into<String>) -> Self {
        self.url = Some(value.into());
        self
    }

    /// Form fields to send with the file.
    pub fn fields(
        mut self,
        value: impl Into<MediaUploadTicketSignedRequestFields>,
    ) -> Self {
        self.fields = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for MediaUploadTicketSignedRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "url", &self.url)?;
        codegen_runtime::model::present(&mut map, "fields", &self.fields)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`MediaUploadTicketSignedRequest`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __MediaUploadTicketSignedRequestSlots {
    url: Option<Option<String>>,
    fields: Option<Option<MediaUploadTicketSignedRequestFields>>,
}

impl codegen_runtime::model::Object for MediaUploadTicketSignedRequest {
    const NAME: &'static str = "MediaUploadTicketSignedRequest";
    type Slots = __MediaUploadTicketSignedRequestSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "url" => codegen_runtime::model::set(map, &mut slots.url, "url"),
            "fields" => codegen_runtime::model::set(map, &mut slots.fields, "fields"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            url: slots.url.flatten(),
            fields: slots.fields.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for MediaUploadTicketSignedRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// An upload ticket for a media file.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct MediaUploadTicket {
    /// Media id of the file; use it in the other calls (`fileId`, `fileIds`, `posterId` …).
    pub file_id: Option<String>,
    /// A pre-signed upload request.
    pub signed_request: Option<MediaUploadTicketSignedRequest>,
    /// URL of the file once uploaded.
    pub url: Option<String>,
}

impl MediaUploadTicket {
    /// Media id of the file; use it in the other calls (`fileId`, `fileIds`, `posterId` …).
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }

    /// A pre-signed upload request.
    pub fn signed_request(
        mut self,
        value: impl Into<MediaUploadTicketSignedRequest>,
    ) -> Self {
        self.signed_request = Some(value.into());
        self
    }

    /// URL of the file once uploaded.
    pub fn url(mut self, value: impl Into<String>) -> Self {
        self.url = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for MediaUploadTicket {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "fileId", &self.file_id)?;
        codegen_runtime::model::present(
            &mut map,
            "signedRequest",
            &self.signed_request,
        )?;
        codegen_runtime::model::present(&mut map, "url", &self.url)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`MediaUploadTicket`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __MediaUploadTicketSlots {
    file_id: Option<Option<String>>,
    signed_request: Option<Option<MediaUploadTicketSignedRequest>>,
    url: Option<Option<String>>,
}

impl codegen_runtime::model::Object for MediaUploadTicket {
    const NAME: &'static str = "MediaUploadTicket";
    type Slots = __MediaUploadTicketSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileId" => codegen_runtime::model::set(map, &mut slots.file_id, "fileId"),
            "signedRequest" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.signed_request,
                    "signedRequest",
                )
            }
            "url" => codegen_runtime::model::set(map, &mut slots.url, "url"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            file_id: slots.file_id.flatten(),
            signed_request: slots.signed_request.flatten(),
            url: slots.url.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for MediaUploadTicket {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `#/paths/~1api~1posts/get/parameters/2/schema`
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SortKey {
    /// `a` on the wire.
    A,
    /// `b` on the wire.
    B,
    /// `c` on the wire.
    C,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    Unknown(codegen_runtime::UnknownValue),
}

impl SortKey {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::A => "a",
            Self::B => "b",
            Self::C => "c",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for SortKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SortKey {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for SortKey {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(deserializer, &["a", "b", "c"])? {
                Ok(0) => Self::A,
                Ok(1) => Self::B,
                Ok(_) => Self::C,
                Err(value) => Self::Unknown(value),
            },
        )
    }
}

/// `#/paths/~1api~1events/get/parameters/3/schema`
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ListEventsFilter {
    /// `POST` on the wire.
    Post,
    /// `LIVESTREAM` on the wire.
    Livestream,
    /// `EVENT` on the wire.
    Event,
    /// `FAQ` on the wire.
    Faq,
    /// `COURSE` on the wire.
    Course,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    Unknown(codegen_runtime::UnknownValue),
}

impl ListEventsFilter {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Post => "POST",
            Self::Livestream => "LIVESTREAM",
            Self::Event => "EVENT",
            Self::Faq => "FAQ",
            Self::Course => "COURSE",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for ListEventsFilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ListEventsFilter {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for ListEventsFilter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(
                deserializer,
                &["POST", "LIVESTREAM", "EVENT", "FAQ", "COURSE"],
            )? {
                Ok(0) => Self::Post,
                Ok(1) => Self::Livestream,
                Ok(2) => Self::Event,
                Ok(3) => Self::Faq,
                Ok(_) => Self::Course,
                Err(value) => Self::Unknown(value),
            },
        )
    }
}

/// `#/paths/~1api~1photos/get/parameters/2/schema`
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ListPhotosFilter {
    /// `all_photos` on the wire.
    AllPhotos,
    /// `friends_photos` on the wire.
    FriendsPhotos,
    /// `only_me_photos` on the wire.
    OnlyMePhotos,
    /// `tagged_photos` on the wire.
    TaggedPhotos,
    /// `team_photos` on the wire.
    TeamPhotos,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    Unknown(codegen_runtime::UnknownValue),
}

impl ListPhotosFilter {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AllPhotos => "all_photos",
            Self::FriendsPhotos => "friends_photos",
            Self::OnlyMePhotos => "only_me_photos",
            Self::TaggedPhotos => "tagged_photos",
            Self::TeamPhotos => "team_photos",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for ListPhotosFilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ListPhotosFilter {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for ListPhotosFilter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(
                deserializer,
                &[
                    "all_photos",
                    "friends_photos",
                    "only_me_photos",
                    "tagged_photos",
                    "team_photos",
                ],
            )? {
                Ok(0) => Self::AllPhotos,
                Ok(1) => Self::FriendsPhotos,
                Ok(2) => Self::OnlyMePhotos,
                Ok(3) => Self::TaggedPhotos,
                Ok(_) => Self::TeamPhotos,
                Err(value) => Self::Unknown(value),
            },
        )
    }
}

/// `#/paths/~1api~1enforcement-templates/get/parameters/2/schema`
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SortDirection {
    /// `ASC` on the wire.
    Asc,
    /// `DESC` on the wire.
    Desc,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    Unknown(codegen_runtime::UnknownValue),
}

impl SortDirection {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Asc => "ASC",
            Self::Desc => "DESC",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for SortDirection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SortDirection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for SortDirection {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(deserializer, &["ASC", "DESC"])? {
                Ok(0) => Self::Asc,
                Ok(_) => Self::Desc,
                Err(value) => Self::Unknown(value),
            },
        )
    }
}

/// `#/paths/~1api~1tasks/get/parameters/3/schema`
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ListTasksFilter {
    /// `INDEPENDENT_TASKS_CREATED_BY_ME` on the wire.
    IndependentTasksCreatedByMe,
    /// `INDEPENDENT_TASKS_ASSIGNED_TO_ME` on the wire.
    IndependentTasksAssignedToMe,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    Unknown(codegen_runtime::UnknownValue),
}

impl ListTasksFilter {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::IndependentTasksCreatedByMe => "INDEPENDENT_TASKS_CREATED_BY_ME",
            Self::IndependentTasksAssignedToMe => "INDEPENDENT_TASKS_ASSIGNED_TO_ME",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for ListTasksFilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ListTasksFilter {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for ListTasksFilter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(
                deserializer,
                &["INDEPENDENT_TASKS_CREATED_BY_ME", "INDEPENDENT_TASKS_ASSIGNED_TO_ME"],
            )? {
                Ok(0) => Self::IndependentTasksCreatedByMe,
                Ok(_) => Self::IndependentTasksAssignedToMe,
                Err(value) => Self::Unknown(value),
            },
        )
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

/// Visibility of the user.
///
/// The same type as `DefaultVisibility`: the spec describes both with one shape.
pub type UserCreateDefaultVisibility = DefaultVisibility;

/// Visibility of the user.
///
/// The same type as `DefaultVisibility`: the spec describes both with one shape.
pub type UserBulkCreateItemDefaultVisibility = DefaultVisibility;

/// Status of the post.
///
/// The same type as `Status`: the spec describes both with one shape.
pub type PostCreateStatus = Status;

/// Status of the post.
///
/// The same type as `Status`: the spec describes both with one shape.
pub type PostUpdateStatus = Status;

/// Type of the task.
///
/// The same type as `TaskType`: the spec describes both with one shape.
pub type TaskCreateTaskType = TaskType;

/// Type of the task.
///
/// The same type as `TaskType`: the spec describes both with one shape.
pub type TaskUpdateTaskType = TaskType;

/// Type of the group chat.
///
/// The same type as `GroupType`: the spec describes both with one shape.
pub type GroupChatCreateGroupType = GroupType;

/// Changes to a location.
///
/// The same type as `DepartmentUpdate`: the spec describes both with one shape.
pub type LocationUpdate = DepartmentUpdate;

/// The same type as `SortKey`: the spec describes both with one shape.
pub type ListPostsSortKey = SortKey;

/// The same type as `SortKey`: the spec describes both with one shape.
pub type ListNewsSortKey = SortKey;

/// The same type as `SortDirection`: the spec describes both with one shape.
pub type ListEnforcementTemplatesSortDirection = SortDirection;

/// The same type as `SortDirection`: the spec describes both with one shape.
pub type ListCoursesSortDirection = SortDirection;

/// The same type as `SortDirection`: the spec describes both with one shape.
pub type ListTasksSortDirection = SortDirection;

/// The same type as `GroupType`: the spec describes both with one shape.
pub type ListGroupChatsGroupType = GroupType;
