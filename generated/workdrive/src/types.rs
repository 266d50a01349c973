// This file is generated from specs/workdrive.yaml by `cargo xtask generate`. Do not edit it by hand.

//! The API's data types.
/// Paging information of a list response.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Meta {
    /// Number of results per page.
    #[serde(rename = "perPage", skip_serializing_if = "Option::is_none")]
    pub per_page: Option<i64>,
    /// Number of pages.
    #[serde(rename = "totalPages", skip_serializing_if = "Option::is_none")]
    pub total_pages: Option<i64>,
    /// Number of results in all pages.
    #[serde(rename = "totalResults", skip_serializing_if = "Option::is_none")]
    pub total_results: Option<i64>,
    /// The number of this page (from 1).
    #[serde(rename = "curPage", skip_serializing_if = "Option::is_none")]
    pub cur_page: Option<i64>,
    /// The number of the next page; null (or absent) on the last page.
    #[serde(rename = "nextPage", default, skip_serializing_if = "Option::is_none")]
    pub next_page: Option<i64>,
}

/// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserSummary {
    /// User id.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// First name.
    #[serde(rename = "firstName", skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Last name.
    #[serde(rename = "lastName", skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Profile picture. Any JSON; the documentation shows only `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture: Option<codegen_runtime::serde_json::Value>,
    /// Cover picture. Any JSON; the documentation shows only `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cover: Option<codegen_runtime::serde_json::Value>,
    /// Colour of the user (avatar).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    /// Whether the user is online.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub online: Option<bool>,
    /// Availability code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub availability: Option<i64>,
    /// Job title. Any JSON; the documentation shows only `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub designation: Option<codegen_runtime::serde_json::Value>,
    /// Department. Any JSON; the documentation shows only `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<codegen_runtime::serde_json::Value>,
    /// Department details. Any JSON; the documentation shows only `{}`.
    #[serde(rename = "departmentData", default, skip_serializing_if = "Option::is_none")]
    pub department_data: Option<codegen_runtime::serde_json::Value>,
    /// Location id. Any JSON; the documentation shows only `{}`.
    #[serde(rename = "locationId", default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<codegen_runtime::serde_json::Value>,
    /// Availability status text.
    #[serde(rename = "availabilityStatusText", skip_serializing_if = "Option::is_none")]
    pub availability_status_text: Option<String>,
    /// Phone number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Email address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Status of the user (every example shows an email address here).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Id of the user in an external system.
    #[serde(rename = "externalUserId", skip_serializing_if = "Option::is_none")]
    pub external_user_id: Option<String>,
}

/// An invited user of an event with the answer to the invitation.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct RsvpUser {
    /// User id.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// First name.
    #[serde(rename = "firstName", skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Last name.
    #[serde(rename = "lastName", skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Profile picture. Any JSON; the documentation shows only `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture: Option<codegen_runtime::serde_json::Value>,
    /// Cover picture. Any JSON; the documentation shows only `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cover: Option<codegen_runtime::serde_json::Value>,
    /// Colour of the user (avatar).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    /// Whether the user is online.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub online: Option<bool>,
    /// Availability code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub availability: Option<i64>,
    /// Job title. Any JSON; the documentation shows only `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub designation: Option<codegen_runtime::serde_json::Value>,
    /// Department. Any JSON; the documentation shows only `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<codegen_runtime::serde_json::Value>,
    /// Department details. Any JSON; the documentation shows only `{}`.
    #[serde(rename = "departmentData", default, skip_serializing_if = "Option::is_none")]
    pub department_data: Option<codegen_runtime::serde_json::Value>,
    /// Location id. Any JSON; the documentation shows only `{}`.
    #[serde(rename = "locationId", default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<codegen_runtime::serde_json::Value>,
    /// Availability status text.
    #[serde(rename = "availabilityStatusText", skip_serializing_if = "Option::is_none")]
    pub availability_status_text: Option<String>,
    /// Phone number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Email address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Status of the user (every example shows an email address here).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Id of the user in an external system.
    #[serde(rename = "externalUserId", skip_serializing_if = "Option::is_none")]
    pub external_user_id: Option<String>,
    /// When the user was invited.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub invited: Option<codegen_runtime::formats::DateTime>,
    /// The answer of the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rsvp: Option<String>,
}

/// An uploaded file (see `GET /api/media`).
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Media {
    /// Media (file) id.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// MIME type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mime: Option<String>,
    /// Storage path.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// File name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Processing state. Any JSON; the documentation shows only `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub processing: Option<codegen_runtime::serde_json::Value>,
    /// File metadata. Any JSON; the documentation shows only `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<codegen_runtime::serde_json::Value>,
    /// Size in bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
    /// URL of the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// CDN URL of the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cdn: Option<String>,
    /// Storage bucket.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bucket: Option<String>,
    /// MP4 renditions (videos).
    #[serde(rename = "mp4Urls", skip_serializing_if = "Option::is_none")]
    pub mp4_urls: Option<Vec<String>>,
    /// HLS stream URL (videos).
    #[serde(rename = "hlsUrl", skip_serializing_if = "Option::is_none")]
    pub hls_url: Option<String>,
    /// DASH stream URL (videos).
    #[serde(rename = "dashUrl", skip_serializing_if = "Option::is_none")]
    pub dash_url: Option<String>,
    /// Thumbnail URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thumbnail: Option<String>,
    /// Whether the file is an image.
    #[serde(rename = "isImage", skip_serializing_if = "Option::is_none")]
    pub is_image: Option<bool>,
    /// Whether the file is a video.
    #[serde(rename = "isVideo", skip_serializing_if = "Option::is_none")]
    pub is_video: Option<bool>,
    /// Whether the file is a document.
    #[serde(rename = "isDoc", skip_serializing_if = "Option::is_none")]
    pub is_doc: Option<bool>,
    /// When the file was uploaded.
    ///
    /// Set by the server.
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<codegen_runtime::formats::DateTime>,
    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<UserSummary>,
}

/// Preview of a link found in a text.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct LinkPreview {
    /// Title of the linked page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Description of the linked page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Image of the linked page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// The link.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
}

/// Who can see an item (an object).
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Permissions {
    /// Ids of the users who may see the item; if given, only they see it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub users: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Ids of the groups who may see the item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Ids of the locations whose users may see the item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locations: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Ids of tagged users.
    #[serde(rename = "taggedUsers", skip_serializing_if = "Option::is_none")]
    pub tagged_users: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Visible to everybody.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public: Option<bool>,
    /// Visible to friends.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub friends: Option<bool>,
    /// Visible to the author only.
    #[serde(rename = "onlyMe", skip_serializing_if = "Option::is_none")]
    pub only_me: Option<bool>,
    /// Visible to the team.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team: Option<bool>,
}

impl Permissions {
    /// Sets `users`.
    pub fn users(
        mut self,
        value: impl Into<Vec<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.users = Some(value.into());
        self
    }

    /// Sets `groups`.
    pub fn groups(
        mut self,
        value: impl Into<Vec<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.groups = Some(value.into());
        self
    }

    /// Sets `locations`.
    pub fn locations(
        mut self,
        value: impl Into<Vec<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.locations = Some(value.into());
        self
    }

    /// Sets `taggedUsers`.
    pub fn tagged_users(
        mut self,
        value: impl Into<Vec<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.tagged_users = Some(value.into());
        self
    }

    /// Sets `public`.
    pub fn public(mut self, value: impl Into<bool>) -> Self {
        self.public = Some(value.into());
        self
    }

    /// Sets `friends`.
    pub fn friends(mut self, value: impl Into<bool>) -> Self {
        self.friends = Some(value.into());
        self
    }

    /// Sets `onlyMe`.
    pub fn only_me(mut self, value: impl Into<bool>) -> Self {
        self.only_me = Some(value.into());
        self
    }

    /// Sets `team`.
    pub fn team(mut self, value: impl Into<bool>) -> Self {
        self.team = Some(value.into());
        self
    }
}

/// A place attached to a post or news item.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct PlaceRef {
    /// The address as text.
    #[serde(rename = "textAddress", skip_serializing_if = "Option::is_none")]
    pub text_address: Option<String>,
    /// Coordinates of the place; listed without a type in the documentation.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "codegen_runtime::nullable::deserialize"
    )]

    pub coordinates: Option<Option<codegen_runtime::serde_json::Value>>,
}

impl PlaceRef {
    /// Sets `textAddress`.
    pub fn text_address(mut self, value: impl Into<String>) -> Self {
        self.text_address = Some(value.into());
        self
    }

    /// Sets `coordinates` (`None` sends `null`).
    pub fn coordinates(
        mut self,
        value: impl Into<Option<codegen_runtime::serde_json::Value>>,
    ) -> Self {
        self.coordinates = Some(value.into());
        self
    }
}

/// An external link of an event.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct ExternalLink {
    /// Title of the link.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl ExternalLink {
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Sets `url`.
    pub fn url(mut self, value: impl Into<String>) -> Self {
        self.url = Some(value.into());
        self
    }
}

/// Visibility of the user.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[non_exhaustive]
pub enum DefaultVisibility {
    /// `public` on the wire.
    #[serde(rename = "public")]
    Public,
    /// `restricted` on the wire.
    #[serde(rename = "restricted")]
    Restricted,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    #[serde(untagged)]
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

/// A new user. No field is marked required. Without `securityGroup`, `designation` and `defaultVisibility` the on-boarding email goes to the user's supervisor, otherwise to the user.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserCreate {
    /// Email of the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Phone number of the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// First name of the user.
    #[serde(rename = "firstName", skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Last name of the user.
    #[serde(rename = "lastName", skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Job title of the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub designation: Option<String>,
    /// Whether the user is a head of department.
    #[serde(rename = "isDepartmentHead", skip_serializing_if = "Option::is_none")]
    pub is_department_head: Option<bool>,
    /// Id of the department the user belongs to (see `list_departments`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub department: Option<codegen_runtime::formats::Uuid>,
    /// Id of the location of the user (see `list_locations`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// Id of the security group assigned to the user (see `list_security_groups`).
    #[serde(rename = "securityGroup", skip_serializing_if = "Option::is_none")]
    pub security_group: Option<String>,
    /// Id of the user's supervisor (see `list_users`). Without it the admins of the given location or department become the supervisors.
    #[serde(rename = "reportsTo", skip_serializing_if = "Option::is_none")]
    pub reports_to: Option<String>,
    /// Skills of the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skill: Option<Vec<String>>,
    /// Visibility of the user.
    #[serde(rename = "defaultVisibility", skip_serializing_if = "Option::is_none")]
    pub default_visibility: Option<DefaultVisibility>,
    /// Ids of team supervisors: the user joins their teams (see `list_team_supervisors`).
    #[serde(rename = "addAdditionalTeams", skip_serializing_if = "Option::is_none")]
    pub add_additional_teams: Option<Vec<String>>,
    /// Ids of locations whose location admins become the user's supervisors.
    #[serde(rename = "addAdditionalLocations", skip_serializing_if = "Option::is_none")]
    pub add_additional_locations: Option<Vec<String>>,
}

impl UserCreate {
    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }

    /// Sets `phone`.
    pub fn phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }

    /// Sets `firstName`.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }

    /// Sets `lastName`.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }

    /// Sets `designation`.
    pub fn designation(mut self, value: impl Into<String>) -> Self {
        self.designation = Some(value.into());
        self
    }

    /// Sets `isDepartmentHead`.
    pub fn is_department_head(mut self, value: impl Into<bool>) -> Self {
        self.is_department_head = Some(value.into());
        self
    }

    /// Sets `department`.
    pub fn department(
        mut self,
        value: impl Into<codegen_runtime::formats::Uuid>,
    ) -> Self {
        self.department = Some(value.into());
        self
    }

    /// Sets `location`.
    pub fn location(mut self, value: impl Into<String>) -> Self {
        self.location = Some(value.into());
        self
    }

    /// Sets `securityGroup`.
    pub fn security_group(mut self, value: impl Into<String>) -> Self {
        self.security_group = Some(value.into());
        self
    }

    /// Sets `reportsTo`.
    pub fn reports_to(mut self, value: impl Into<String>) -> Self {
        self.reports_to = Some(value.into());
        self
    }

    /// Sets `skill`.
    pub fn skill(mut self, value: impl Into<Vec<String>>) -> Self {
        self.skill = Some(value.into());
        self
    }

    /// Sets `defaultVisibility`.
    pub fn default_visibility(mut self, value: impl Into<DefaultVisibility>) -> Self {
        self.default_visibility = Some(value.into());
        self
    }

    /// Sets `addAdditionalTeams`.
    pub fn add_additional_teams(mut self, value: impl Into<Vec<String>>) -> Self {
        self.add_additional_teams = Some(value.into());
        self
    }

    /// Sets `addAdditionalLocations`.
    pub fn add_additional_locations(mut self, value: impl Into<Vec<String>>) -> Self {
        self.add_additional_locations = Some(value.into());
        self
    }
}

/// One user of a bulk create; the fields are those of `UserCreate`.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserBulkCreateItem {
    /// Email of the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Phone number of the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// First name of the user.
    #[serde(rename = "firstName", skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Last name of the user.
    #[serde(rename = "lastName", skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Job title of the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub designation: Option<String>,
    /// Whether the user is a head of department.
    #[serde(rename = "isDepartmentHead", skip_serializing_if = "Option::is_none")]
    pub is_department_head: Option<bool>,
    /// Id of the department the user belongs to (see `list_departments`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub department: Option<codegen_runtime::formats::Uuid>,
    /// Id of the location of the user (see `list_locations`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// Id of the security group assigned to the user (see `list_security_groups`).
    #[serde(rename = "securityGroup", skip_serializing_if = "Option::is_none")]
    pub security_group: Option<String>,
    /// Id of the user's supervisor (see `list_users`). Without it the admins of the given location or department become the supervisors.
    #[serde(rename = "reportsTo", skip_serializing_if = "Option::is_none")]
    pub reports_to: Option<String>,
    /// Skills of the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skill: Option<Vec<String>>,
    /// Visibility of the user.
    #[serde(rename = "defaultVisibility", skip_serializing_if = "Option::is_none")]
    pub default_visibility: Option<DefaultVisibility>,
    /// Ids of team supervisors: the user joins their teams (see `list_team_supervisors`).
    #[serde(rename = "addAdditionalTeams", skip_serializing_if = "Option::is_none")]
    pub add_additional_teams: Option<Vec<String>>,
    /// Ids of locations whose location admins become the user's supervisors.
    #[serde(rename = "addAdditionalLocations", skip_serializing_if = "Option::is_none")]
    pub add_additional_locations: Option<Vec<String>>,
    /// Id of the user in an external system (shown only in the bulk example).
    #[serde(rename = "externalUserId", skip_serializing_if = "Option::is_none")]
    pub external_user_id: Option<String>,
}

impl UserBulkCreateItem {
    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }

    /// Sets `phone`.
    pub fn phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }

    /// Sets `firstName`.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }

    /// Sets `lastName`.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }

    /// Sets `designation`.
    pub fn designation(mut self, value: impl Into<String>) -> Self {
        self.designation = Some(value.into());
        self
    }

    /// Sets `isDepartmentHead`.
    pub fn is_department_head(mut self, value: impl Into<bool>) -> Self {
        self.is_department_head = Some(value.into());
        self
    }

    /// Sets `department`.
    pub fn department(
        mut self,
        value: impl Into<codegen_runtime::formats::Uuid>,
    ) -> Self {
        self.department = Some(value.into());
        self
    }

    /// Sets `location`.
    pub fn location(mut self, value: impl Into<String>) -> Self {
        self.location = Some(value.into());
        self
    }

    /// Sets `securityGroup`.
    pub fn security_group(mut self, value: impl Into<String>) -> Self {
        self.security_group = Some(value.into());
        self
    }

    /// Sets `reportsTo`.
    pub fn reports_to(mut self, value: impl Into<String>) -> Self {
        self.reports_to = Some(value.into());
        self
    }

    /// Sets `skill`.
    pub fn skill(mut self, value: impl Into<Vec<String>>) -> Self {
        self.skill = Some(value.into());
        self
    }

    /// Sets `defaultVisibility`.
    pub fn default_visibility(mut self, value: impl Into<DefaultVisibility>) -> Self {
        self.default_visibility = Some(value.into());
        self
    }

    /// Sets `addAdditionalTeams`.
    pub fn add_additional_teams(mut self, value: impl Into<Vec<String>>) -> Self {
        self.add_additional_teams = Some(value.into());
        self
    }

    /// Sets `addAdditionalLocations`.
    pub fn add_additional_locations(mut self, value: impl Into<Vec<String>>) -> Self {
        self.add_additional_locations = Some(value.into());
        self
    }

    /// Sets `externalUserId`.
    pub fn external_user_id(mut self, value: impl Into<String>) -> Self {
        self.external_user_id = Some(value.into());
        self
    }
}

/// Several users to create at once.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserBulkCreate {
    /// The users to create.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<UserBulkCreateItem>>,
}

impl UserBulkCreate {
    /// Sets `data`.
    pub fn data(mut self, value: impl Into<Vec<UserBulkCreateItem>>) -> Self {
        self.data = Some(value.into());
        self
    }
}

/// Status of the user.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[non_exhaustive]
pub enum UserUpdateStatus {
    /// `ACTIVE` on the wire.
    #[serde(rename = "ACTIVE")]
    Active,
    /// `ARCHIVE` on the wire.
    #[serde(rename = "ARCHIVE")]
    Archive,
    /// `PRE_INVITED` on the wire.
    #[serde(rename = "PRE_INVITED")]
    PreInvited,
    /// `INVITED` on the wire.
    #[serde(rename = "INVITED")]
    Invited,
    /// `BLOCKED` on the wire.
    #[serde(rename = "BLOCKED")]
    Blocked,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    #[serde(untagged)]
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

/// Whether the user is available.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[non_exhaustive]
pub enum UserUpdateAvailability {
    /// `ACTIVE` on the wire.
    #[serde(rename = "ACTIVE")]
    Active,
    /// `AWAY` on the wire.
    #[serde(rename = "AWAY")]
    Away,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    #[serde(untagged)]
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

/// Changes to a user; every field is optional.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserUpdate {
    /// First name of the user.
    #[serde(rename = "firstName", skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Last name of the user.
    #[serde(rename = "lastName", skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Status of the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<UserUpdateStatus>,
    /// Phone number of the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Whether the user is an expert.
    #[serde(rename = "isExpert", skip_serializing_if = "Option::is_none")]
    pub is_expert: Option<bool>,
    /// Whether the user is available.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub availability: Option<UserUpdateAvailability>,
    /// Media id of the user's profile picture (see `get_media_upload_url`).
    #[serde(rename = "fileId", skip_serializing_if = "Option::is_none")]
    pub file_id: Option<codegen_runtime::formats::Uuid>,
    /// Media id of the user's cover picture (see `get_media_upload_url`).
    #[serde(rename = "coverFileId", skip_serializing_if = "Option::is_none")]
    pub cover_file_id: Option<codegen_runtime::formats::Uuid>,
    /// Id of the user's supervisor.
    #[serde(rename = "reportsTo", skip_serializing_if = "Option::is_none")]
    pub reports_to: Option<codegen_runtime::formats::Uuid>,
    /// Job title of the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub designation: Option<String>,
    /// Bio of the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bio: Option<String>,
    /// Whether the user is a head of department.
    #[serde(rename = "isDepartmentHead", skip_serializing_if = "Option::is_none")]
    pub is_department_head: Option<bool>,
    /// Id of the department the user belongs to (see `list_departments`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
    /// Id of the location of the user (see `list_locations`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<codegen_runtime::formats::Uuid>,
    /// Ids of team supervisors whose teams the user joins.
    #[serde(rename = "addAdditionalTeams", skip_serializing_if = "Option::is_none")]
    pub add_additional_teams: Option<Vec<String>>,
    /// Ids of team supervisors whose teams the user leaves.
    #[serde(rename = "removeAdditionalTeams", skip_serializing_if = "Option::is_none")]
    pub remove_additional_teams: Option<Vec<String>>,
    /// Ids of locations whose location admins become the user's supervisors.
    #[serde(rename = "addAdditionalLocations", skip_serializing_if = "Option::is_none")]
    pub add_additional_locations: Option<Vec<codegen_runtime::formats::Uuid>>,
}

impl UserUpdate {
    /// Sets `firstName`.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }

    /// Sets `lastName`.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }

    /// Sets `status`.
    pub fn status(mut self, value: impl Into<UserUpdateStatus>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `phone`.
    pub fn phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }

    /// Sets `isExpert`.
    pub fn is_expert(mut self, value: impl Into<bool>) -> Self {
        self.is_expert = Some(value.into());
        self
    }

    /// Sets `availability`.
    pub fn availability(mut self, value: impl Into<UserUpdateAvailability>) -> Self {
        self.availability = Some(value.into());
        self
    }

    /// Sets `fileId`.
    pub fn file_id(mut self, value: impl Into<codegen_runtime::formats::Uuid>) -> Self {
        self.file_id = Some(value.into());
        self
    }

    /// Sets `coverFileId`.
    pub fn cover_file_id(
        mut self,
        value: impl Into<codegen_runtime::formats::Uuid>,
    ) -> Self {
        self.cover_file_id = Some(value.into());
        self
    }

    /// Sets `reportsTo`.
    pub fn reports_to(
        mut self,
        value: impl Into<codegen_runtime::formats::Uuid>,
    ) -> Self {
        self.reports_to = Some(value.into());
        self
    }

    /// Sets `designation`.
    pub fn designation(mut self, value: impl Into<String>) -> Self {
        self.designation = Some(value.into());
        self
    }

    /// Sets `bio`.
    pub fn bio(mut self, value: impl Into<String>) -> Self {
        self.bio = Some(value.into());
        self
    }

    /// Sets `isDepartmentHead`.
    pub fn is_department_head(mut self, value: impl Into<bool>) -> Self {
        self.is_department_head = Some(value.into());
        self
    }

    /// Sets `department`.
    pub fn department(mut self, value: impl Into<String>) -> Self {
        self.department = Some(value.into());
        self
    }

    /// Sets `location`.
    pub fn location(mut self, value: impl Into<codegen_runtime::formats::Uuid>) -> Self {
        self.location = Some(value.into());
        self
    }

    /// Sets `addAdditionalTeams`.
    pub fn add_additional_teams(mut self, value: impl Into<Vec<String>>) -> Self {
        self.add_additional_teams = Some(value.into());
        self
    }

    /// Sets `removeAdditionalTeams`.
    pub fn remove_additional_teams(mut self, value: impl Into<Vec<String>>) -> Self {
        self.remove_additional_teams = Some(value.into());
        self
    }

    /// Sets `addAdditionalLocations`.
    pub fn add_additional_locations(
        mut self,
        value: impl Into<Vec<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.add_additional_locations = Some(value.into());
        self
    }
}

/// A badge of a user.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Badge {
    /// Badge id.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// File name of the badge image.
    #[serde(rename = "badgeFileName", skip_serializing_if = "Option::is_none")]
    pub badge_file_name: Option<String>,
    /// Organization id.
    ///
    /// Set by the server.
    #[serde(rename = "orgId", skip_serializing_if = "Option::is_none")]
    pub org_id: Option<String>,
    /// Path of the badge image.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
}

/// A user of the organization.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct User {
    /// User id.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Creation time.
    ///
    /// Set by the server.
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<codegen_runtime::formats::DateTime>,
    /// Last update time.
    ///
    /// Set by the server.
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<codegen_runtime::formats::DateTime>,
    /// Id of the creator.
    ///
    /// Set by the server.
    #[serde(rename = "createdBy", skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// Id of the last updater.
    ///
    /// Set by the server.
    #[serde(rename = "updatedBy", skip_serializing_if = "Option::is_none")]
    pub updated_by: Option<String>,
    /// Organization id.
    ///
    /// Set by the server.
    #[serde(rename = "orgId", skip_serializing_if = "Option::is_none")]
    pub org_id: Option<String>,
    /// User name.
    #[serde(rename = "userName", skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    /// Email address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Status (ACTIVE, ARCHIVE, PRE_INVITED, INVITED, BLOCKED).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// First name.
    #[serde(rename = "firstName", skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Last name.
    #[serde(rename = "lastName", skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Profile picture; `{}` in the list example, the number `20` in the others.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture: Option<codegen_runtime::serde_json::Value>,
    /// Cover picture. Any JSON; the documentation shows only `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cover: Option<codegen_runtime::serde_json::Value>,
    /// Bio.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bio: Option<String>,
    /// Phone number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Id of the user's supervisor.
    #[serde(rename = "reportsTo", skip_serializing_if = "Option::is_none")]
    pub reports_to: Option<String>,
    /// Job title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub designation: Option<String>,
    /// Department.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
    /// Whether the user is a head of department.
    #[serde(rename = "isDepartmentHead", skip_serializing_if = "Option::is_none")]
    pub is_department_head: Option<bool>,
    /// Colour of the user (avatar).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    /// Whether the user is an expert.
    #[serde(rename = "isExpert", skip_serializing_if = "Option::is_none")]
    pub is_expert: Option<bool>,
    /// Availability code (the request side sends ACTIVE or AWAY).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub availability: Option<i64>,
    /// Location. Any JSON; the documentation shows only `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<codegen_runtime::serde_json::Value>,
    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    #[serde(rename = "reportsToObj", skip_serializing_if = "Option::is_none")]
    pub reports_to_obj: Option<UserSummary>,
    /// Ids of the team members.
    #[serde(rename = "teamMembers", skip_serializing_if = "Option::is_none")]
    pub team_members: Option<Vec<String>>,
    /// Badges of the user (in the update response).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub badges: Option<Vec<Badge>>,
    /// Ids of the supervisors of the additional teams.
    #[serde(rename = "userAdditionalTeams", skip_serializing_if = "Option::is_none")]
    pub user_additional_teams: Option<Vec<String>>,
    /// Ids of the additional locations.
    #[serde(rename = "addAdditionalLocations", skip_serializing_if = "Option::is_none")]
    pub add_additional_locations: Option<Vec<String>>,
}

/// One page of users.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserPage {
    /// The users of this page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub users: Option<Vec<User>>,
    /// Paging information of a list response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
}

/// A team supervisor.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserBrief {
    /// User id.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Email address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// First name.
    #[serde(rename = "firstName", skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Last name.
    #[serde(rename = "lastName", skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
}

/// One page of team supervisors.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserBriefPage {
    /// The users of this page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub users: Option<Vec<UserBrief>>,
    /// Paging information of a list response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
}

/// Users to delete.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct UserBulkDelete {
    /// Ids of the users to delete (an array despite the singular name).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<Vec<String>>,
}

impl UserBulkDelete {
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<Vec<String>>) -> Self {
        self.id = Some(value.into());
        self
    }
}

/// The first admin of the organization.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct OrganizationCreateAdmin {
    /// First name of the admin.
    #[serde(rename = "firstName", skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Last name of the admin.
    #[serde(rename = "lastName", skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Email of the admin.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

impl OrganizationCreateAdmin {
    /// Sets `firstName`.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }

    /// Sets `lastName`.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }

    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
}

/// Authentication method.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[non_exhaustive]
pub enum OrganizationCreateAuthMethod {
    /// `internal` on the wire.
    #[serde(rename = "internal")]
    Internal,
    /// `ldap` on the wire.
    #[serde(rename = "ldap")]
    Ldap,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    #[serde(untagged)]
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

/// How the users of the organization log in.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct OrganizationCreateAuth {
    /// Authentication method.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<OrganizationCreateAuthMethod>,
}

impl OrganizationCreateAuth {
    /// Sets `method`.
    pub fn method(mut self, value: impl Into<OrganizationCreateAuthMethod>) -> Self {
        self.method = Some(value.into());
        self
    }
}

/// A new organization.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct OrganizationCreate {
    /// Name of the organization.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The first admin of the organization.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub admin: Option<OrganizationCreateAdmin>,
    /// How the users of the organization log in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auth: Option<OrganizationCreateAuth>,
}

impl OrganizationCreate {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `admin`.
    pub fn admin(mut self, value: impl Into<OrganizationCreateAdmin>) -> Self {
        self.admin = Some(value.into());
        self
    }

    /// Sets `auth`.
    pub fn auth(mut self, value: impl Into<OrganizationCreateAuth>) -> Self {
        self.auth = Some(value.into());
        self
    }
}

/// A postal address.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Address {
    /// Street, first line.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub street1: Option<String>,
    /// Street, second line.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "codegen_runtime::nullable::deserialize"
    )]

    pub street2: Option<Option<String>>,
    /// City.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// State.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// ZIP code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zip: Option<String>,
}

impl Address {
    /// Sets `street1`.
    pub fn street1(mut self, value: impl Into<String>) -> Self {
        self.street1 = Some(value.into());
        self
    }

    /// Sets `street2` (`None` sends `null`).
    pub fn street2(mut self, value: impl Into<Option<String>>) -> Self {
        self.street2 = Some(value.into());
        self
    }

    /// Sets `city`.
    pub fn city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }

    /// Sets `state`.
    pub fn state(mut self, value: impl Into<String>) -> Self {
        self.state = Some(value.into());
        self
    }

    /// Sets `zip`.
    pub fn zip(mut self, value: impl Into<String>) -> Self {
        self.zip = Some(value.into());
        self
    }
}

/// Changes to an organization.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct OrganizationUpdate {
    /// Media id of the organization image (see `get_media_upload_url`).
    #[serde(rename = "fileId", skip_serializing_if = "Option::is_none")]
    pub file_id: Option<codegen_runtime::formats::Uuid>,
    /// Name of the organization.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Legal name of the organization.
    #[serde(rename = "legalName", skip_serializing_if = "Option::is_none")]
    pub legal_name: Option<String>,
    /// Websites of the organization.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub websites: Option<Vec<String>>,
    /// A postal address.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "codegen_runtime::nullable::deserialize"
    )]

    pub address: Option<Option<Address>>,
    /// Email of the organization.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Contact number of the organization.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Description of the organization.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Industry of the organization.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "codegen_runtime::nullable::deserialize"
    )]

    pub industry: Option<Option<String>>,
}

impl OrganizationUpdate {
    /// Sets `fileId`.
    pub fn file_id(mut self, value: impl Into<codegen_runtime::formats::Uuid>) -> Self {
        self.file_id = Some(value.into());
        self
    }

    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `legalName`.
    pub fn legal_name(mut self, value: impl Into<String>) -> Self {
        self.legal_name = Some(value.into());
        self
    }

    /// Sets `websites`.
    pub fn websites(mut self, value: impl Into<Vec<String>>) -> Self {
        self.websites = Some(value.into());
        self
    }

    /// Sets `address` (`None` sends `null`).
    pub fn address(mut self, value: impl Into<Option<Address>>) -> Self {
        self.address = Some(value.into());
        self
    }

    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }

    /// Sets `phone`.
    pub fn phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }

    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `industry` (`None` sends `null`).
    pub fn industry(mut self, value: impl Into<Option<String>>) -> Self {
        self.industry = Some(value.into());
        self
    }
}

/// Authentication method(s): a string (`internal`) in the create response, an array of strings in the update response.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[serde(untagged)]
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

/// An organization.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Organization {
    /// Creation time.
    ///
    /// Set by the server.
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<codegen_runtime::formats::DateTime>,
    /// Last update time.
    ///
    /// Set by the server.
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<codegen_runtime::formats::DateTime>,
    /// Organization id.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Status (e.g. ACTIVE).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Subdomain of the organization.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subdomain: Option<String>,
    /// Id of the parent organization.
    #[serde(rename = "parentOrgId", default, skip_serializing_if = "Option::is_none")]
    pub parent_org_id: Option<String>,
    /// Name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Legal name.
    #[serde(rename = "legalName", skip_serializing_if = "Option::is_none")]
    pub legal_name: Option<String>,
    /// Websites.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub websites: Option<Vec<String>>,
    /// A postal address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
    /// An uploaded file (see `GET /api/media`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<Media>,
    /// Email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Contact number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Industry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub industry: Option<String>,
    /// Authentication method(s): a string (`internal`) in the create response, an array of strings in the update response.
    #[serde(rename = "authMethod", skip_serializing_if = "Option::is_none")]
    pub auth_method: Option<OrganizationAuthMethod>,
    /// Id of the creator (create response).
    ///
    /// Set by the server.
    #[serde(rename = "createdBy", skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// Access token of the creator for the new organization (create response).
    #[serde(rename = "accessToken", skip_serializing_if = "Option::is_none")]
    pub access_token: Option<codegen_runtime::Secret>,
}

/// Whose access token to generate.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct AccessTokenRequest {
    /// Id of the user the token is generated for (see `list_users`).
    #[serde(rename = "userId", skip_serializing_if = "Option::is_none")]
    pub user_id: Option<codegen_runtime::formats::Uuid>,
}

impl AccessTokenRequest {
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<codegen_runtime::formats::Uuid>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}

/// A generated access token.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct AccessToken {
    /// Id of the user.
    #[serde(rename = "userId", skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// The access token (send it as `X-API-KEY`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<codegen_runtime::Secret>,
}

/// Several users (bulk create response).
pub type UserList = Vec<User>;

/// A date and time `YYYY-MM-DDTHH:MM:SS`, with optional fraction and optional UTC offset (the documentation's examples have none).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[serde(transparent)]
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

/// A post. `files` is one media object in every example, despite the plural.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Post {
    /// Id.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Text of the post.
    #[serde(rename = "postText", skip_serializing_if = "Option::is_none")]
    pub post_text: Option<String>,
    /// When it was posted.
    #[serde(rename = "postedAt", skip_serializing_if = "Option::is_none")]
    pub posted_at: Option<codegen_runtime::formats::DateTime>,
    /// Number of comments.
    #[serde(rename = "commentsCount", skip_serializing_if = "Option::is_none")]
    pub comments_count: Option<i64>,
    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<UserSummary>,
    /// An uploaded file (see `GET /api/media`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub files: Option<Media>,
    /// Preview of a link found in a text.
    #[serde(rename = "linkPreviews", skip_serializing_if = "Option::is_none")]
    pub link_previews: Option<LinkPreview>,
    /// Tags.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Reactions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reactions: Option<Vec<codegen_runtime::serde_json::Value>>,
    /// Mentioned users.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mentions: Option<Vec<UserSummary>>,
    /// Tagged users.
    #[serde(rename = "taggedUsers", skip_serializing_if = "Option::is_none")]
    pub tagged_users: Option<Vec<UserSummary>>,
    /// Link of the GIF.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gif: Option<String>,
    /// Links.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub links: Option<Vec<String>>,
    /// Users who reacted.
    #[serde(rename = "reactionUsers", skip_serializing_if = "Option::is_none")]
    pub reaction_users: Option<Vec<UserSummary>>,
    /// A place attached to a post or news item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<PlaceRef>,
}

/// One page of posts.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct PostPage {
    /// The posts of this page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub posts: Option<Vec<Post>>,
    /// Paging information of a list response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
}

/// A news item. `files` is one media object in every example, despite the plural.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct News {
    /// Id.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// When it was posted.
    #[serde(rename = "postedAt", skip_serializing_if = "Option::is_none")]
    pub posted_at: Option<codegen_runtime::formats::DateTime>,
    /// Number of comments.
    #[serde(rename = "commentsCount", skip_serializing_if = "Option::is_none")]
    pub comments_count: Option<i64>,
    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<UserSummary>,
    /// An uploaded file (see `GET /api/media`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub files: Option<Media>,
    /// Preview of a link found in a text.
    #[serde(rename = "linkPreviews", skip_serializing_if = "Option::is_none")]
    pub link_previews: Option<LinkPreview>,
    /// Tags.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Reactions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reactions: Option<Vec<codegen_runtime::serde_json::Value>>,
    /// Mentioned users.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mentions: Option<Vec<UserSummary>>,
    /// Tagged users.
    #[serde(rename = "taggedUsers", skip_serializing_if = "Option::is_none")]
    pub tagged_users: Option<Vec<UserSummary>>,
    /// Link of the GIF.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gif: Option<String>,
    /// Links.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub links: Option<Vec<String>>,
    /// Users who reacted.
    #[serde(rename = "reactionUsers", skip_serializing_if = "Option::is_none")]
    pub reaction_users: Option<Vec<UserSummary>>,
    /// A place attached to a post or news item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<PlaceRef>,
    /// Title of the news.
    #[serde(rename = "newsTitle", skip_serializing_if = "Option::is_none")]
    pub news_title: Option<String>,
    /// Category name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// An uploaded file (see `GET /api/media`).
    #[serde(rename = "coverImage", skip_serializing_if = "Option::is_none")]
    pub cover_image: Option<Media>,
}

/// One page of news.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct NewsPage {
    /// The news of this page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub news: Option<Vec<News>>,
    /// Paging information of a list response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
}

/// Status of the post.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[non_exhaustive]
pub enum Status {
    /// `PUBLISHED` on the wire.
    #[serde(rename = "PUBLISHED")]
    Published,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    #[serde(untagged)]
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

/// A new post. A post needs media (`fileIds`) or `postText`.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct PostCreate {
    /// Who can see an item (an object).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Permissions>,
    /// Text of the post.
    #[serde(rename = "postText", skip_serializing_if = "Option::is_none")]
    pub post_text: Option<String>,
    /// Status of the post.
    pub status: Status,
    /// Tags of the post.
    pub tags: Vec<String>,
    /// Ids of the users mentioned in the post (see `list_users`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mention: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Ids of picture and video media (see `get_media_upload_url`).
    #[serde(rename = "fileIds", skip_serializing_if = "Option::is_none")]
    pub file_ids: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// A place attached to a post or news item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<PlaceRef>,
    /// Ids of the users tagged in the post (see `list_users`).
    #[serde(rename = "taggedUserIds", skip_serializing_if = "Option::is_none")]
    pub tagged_user_ids: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Link of the GIF media.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gif: Option<String>,
    /// URLs of links.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub links: Option<Vec<String>>,
}

impl PostCreate {
    /// A `PostCreate` with its required fields; set the optional ones with the methods named after them.
    pub fn new(status: impl Into<Status>, tags: impl Into<Vec<String>>) -> Self {
        Self {
            permissions: None,
            post_text: None,
            status: status.into(),
            tags: tags.into(),
            mention: None,
            file_ids: None,
            location: None,
            tagged_user_ids: None,
            gif: None,
            links: None,
        }
    }

    /// Sets `permissions`.
    pub fn permissions(mut self, value: impl Into<Permissions>) -> Self {
        self.permissions = Some(value.into());
        self
    }

    /// Sets `postText`.
    pub fn post_text(mut self, value: impl Into<String>) -> Self {
        self.post_text = Some(value.into());
        self
    }

    /// Sets `mention`.
    pub fn mention(
        mut self,
        value: impl Into<Vec<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.mention = Some(value.into());
        self
    }

    /// Sets `fileIds`.
    pub fn file_ids(
        mut self,
        value: impl Into<Vec<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.file_ids = Some(value.into());
        self
    }

    /// Sets `location`.
    pub fn location(mut self, value: impl Into<PlaceRef>) -> Self {
        self.location = Some(value.into());
        self
    }

    /// Sets `taggedUserIds`.
    pub fn tagged_user_ids(
        mut self,
        value: impl Into<Vec<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.tagged_user_ids = Some(value.into());
        self
    }

    /// Sets `gif`.
    pub fn gif(mut self, value: impl Into<String>) -> Self {
        self.gif = Some(value.into());
        self
    }

    /// Sets `links`.
    pub fn links(mut self, value: impl Into<Vec<String>>) -> Self {
        self.links = Some(value.into());
        self
    }
}

/// Changes to a post; every field is optional.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct PostUpdate {
    /// Who can see an item (an object).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Permissions>,
    /// Text of the post.
    #[serde(rename = "postText", skip_serializing_if = "Option::is_none")]
    pub post_text: Option<String>,
    /// Status of the post.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// Tags of the post.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Ids of the users mentioned in the post (see `list_users`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mention: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Ids of picture and video media (see `get_media_upload_url`).
    #[serde(rename = "fileIds", skip_serializing_if = "Option::is_none")]
    pub file_ids: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// A place attached to a post or news item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<PlaceRef>,
    /// Ids of the users tagged in the post (see `list_users`).
    #[serde(rename = "taggedUserIds", skip_serializing_if = "Option::is_none")]
    pub tagged_user_ids: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Link of the GIF media.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gif: Option<String>,
    /// URLs of links.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub links: Option<Vec<String>>,
}

impl PostUpdate {
    /// Sets `permissions`.
    pub fn permissions(mut self, value: impl Into<Permissions>) -> Self {
        self.permissions = Some(value.into());
        self
    }

    /// Sets `postText`.
    pub fn post_text(mut self, value: impl Into<String>) -> Self {
        self.post_text = Some(value.into());
        self
    }

    /// Sets `status`.
    pub fn status(mut self, value: impl Into<Status>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `tags`.
    pub fn tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tags = Some(value.into());
        self
    }

    /// Sets `mention`.
    pub fn mention(
        mut self,
        value: impl Into<Vec<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.mention = Some(value.into());
        self
    }

    /// Sets `fileIds`.
    pub fn file_ids(
        mut self,
        value: impl Into<Vec<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.file_ids = Some(value.into());
        self
    }

    /// Sets `location`.
    pub fn location(mut self, value: impl Into<PlaceRef>) -> Self {
        self.location = Some(value.into());
        self
    }

    /// Sets `taggedUserIds`.
    pub fn tagged_user_ids(
        mut self,
        value: impl Into<Vec<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.tagged_user_ids = Some(value.into());
        self
    }

    /// Sets `gif`.
    pub fn gif(mut self, value: impl Into<String>) -> Self {
        self.gif = Some(value.into());
        self
    }

    /// Sets `links`.
    pub fn links(mut self, value: impl Into<Vec<String>>) -> Self {
        self.links = Some(value.into());
        self
    }
}

/// A news item to create, or changes to one (every field is optional).
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct NewsWrite {
    /// Who can see an item (an object).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Permissions>,
    /// Tags of the news.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Ids of the users mentioned in the news (see `list_users`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mention: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Ids of picture and video media (see `get_media_upload_url`).
    #[serde(rename = "fileIds", skip_serializing_if = "Option::is_none")]
    pub file_ids: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// A place attached to a post or news item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<PlaceRef>,
    /// Ids of the users tagged in the news (see `list_users`).
    #[serde(rename = "taggedUserIds", skip_serializing_if = "Option::is_none")]
    pub tagged_user_ids: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Link of the GIF media.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gif: Option<String>,
    /// URLs of links.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub links: Option<Vec<String>>,
    /// Title of the news.
    #[serde(rename = "newsTitle", skip_serializing_if = "Option::is_none")]
    pub news_title: Option<String>,
    /// Category name (see `list_categories`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Media id of the cover image (see `get_media_upload_url`).
    #[serde(rename = "coverImage", skip_serializing_if = "Option::is_none")]
    pub cover_image: Option<codegen_runtime::formats::Uuid>,
}

impl NewsWrite {
    /// Sets `permissions`.
    pub fn permissions(mut self, value: impl Into<Permissions>) -> Self {
        self.permissions = Some(value.into());
        self
    }

    /// Sets `tags`.
    pub fn tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tags = Some(value.into());
        self
    }

    /// Sets `mention`.
    pub fn mention(
        mut self,
        value: impl Into<Vec<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.mention = Some(value.into());
        self
    }

    /// Sets `fileIds`.
    pub fn file_ids(
        mut self,
        value: impl Into<Vec<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.file_ids = Some(value.into());
        self
    }

    /// Sets `location`.
    pub fn location(mut self, value: impl Into<PlaceRef>) -> Self {
        self.location = Some(value.into());
        self
    }

    /// Sets `taggedUserIds`.
    pub fn tagged_user_ids(
        mut self,
        value: impl Into<Vec<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.tagged_user_ids = Some(value.into());
        self
    }

    /// Sets `gif`.
    pub fn gif(mut self, value: impl Into<String>) -> Self {
        self.gif = Some(value.into());
        self
    }

    /// Sets `links`.
    pub fn links(mut self, value: impl Into<Vec<String>>) -> Self {
        self.links = Some(value.into());
        self
    }

    /// Sets `newsTitle`.
    pub fn news_title(mut self, value: impl Into<String>) -> Self {
        self.news_title = Some(value.into());
        self
    }

    /// Sets `category`.
    pub fn category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self
    }

    /// Sets `coverImage`.
    pub fn cover_image(
        mut self,
        value: impl Into<codegen_runtime::formats::Uuid>,
    ) -> Self {
        self.cover_image = Some(value.into());
        self
    }
}

/// A participant of a call.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct CallParticipant {
    /// Participant id.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// User id.
    #[serde(rename = "userId", skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// Call id.
    #[serde(rename = "callId", skip_serializing_if = "Option::is_none")]
    pub call_id: Option<String>,
    /// Id of the participant in the media service.
    #[serde(rename = "agoraId", skip_serializing_if = "Option::is_none")]
    pub agora_id: Option<i64>,
    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<UserSummary>,
    /// When the participant joined.
    #[serde(rename = "joinedAt", skip_serializing_if = "Option::is_none")]
    pub joined_at: Option<codegen_runtime::formats::DateTime>,
    /// Whether the participant hosts the call.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host: Option<bool>,
    /// When the participant left. Any JSON; the documentation shows only `{}`.
    #[serde(rename = "leftAt", default, skip_serializing_if = "Option::is_none")]
    pub left_at: Option<codegen_runtime::serde_json::Value>,
}

/// The livestream of the event: a call object in the event examples, a string in the events embedded in group chats.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[serde(untagged)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum EventLivestream {
    /// A `Box<Call>`.
    Call(Box<Call>),
    /// A `String`.
    String(String),
    /// A value that matches no variant this client knows (added to the API after it was
    /// generated), as the server sent it.
    Unknown(codegen_runtime::serde_json::Value),
}

impl From<Call> for EventLivestream {
    fn from(value: Call) -> Self {
        Self::Call(Box::new(value))
    }
}

impl From<String> for EventLivestream {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

/// The recurrence.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct EventRepeatConfigConfig {
    /// Extras. Any JSON; the documentation shows only `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extras: Option<codegen_runtime::serde_json::Value>,
    /// Configuration. Any JSON; the documentation shows only `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<codegen_runtime::serde_json::Value>,
}

/// Recurrence configuration.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct EventRepeatConfig {
    /// The recurrence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config: Option<EventRepeatConfigConfig>,
}

/// An event, meeting or livestream.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Event {
    /// Event id.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Creation time.
    ///
    /// Set by the server.
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<codegen_runtime::formats::DateTime>,
    /// Last update time.
    ///
    /// Set by the server.
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<codegen_runtime::formats::DateTime>,
    /// Id of the creator.
    ///
    /// Set by the server.
    #[serde(rename = "createdBy", skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// Id of the last updater.
    ///
    /// Set by the server.
    #[serde(rename = "updatedBy", skip_serializing_if = "Option::is_none")]
    pub updated_by: Option<String>,
    /// Title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// External links.
    #[serde(rename = "externalLink", skip_serializing_if = "Option::is_none")]
    pub external_link: Option<Vec<ExternalLink>>,
    /// Whether the event was imported from an external calendar.
    #[serde(rename = "isExternalEvent", skip_serializing_if = "Option::is_none")]
    pub is_external_event: Option<bool>,
    /// Conference link (virtual events).
    #[serde(rename = "conferenceLink", skip_serializing_if = "Option::is_none")]
    pub conference_link: Option<String>,
    /// Location link of the venue.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// Start.
    #[serde(rename = "startDateTime", skip_serializing_if = "Option::is_none")]
    pub start_date_time: Option<codegen_runtime::formats::DateTime>,
    /// End.
    #[serde(rename = "endDateTime", skip_serializing_if = "Option::is_none")]
    pub end_date_time: Option<codegen_runtime::formats::DateTime>,
    /// Whether the event is virtual.
    #[serde(rename = "isVirtual", skip_serializing_if = "Option::is_none")]
    pub is_virtual: Option<bool>,
    /// Source of the event.
    #[serde(rename = "eventSource", skip_serializing_if = "Option::is_none")]
    pub event_source: Option<String>,
    /// Poster. Any JSON; the documentation shows only `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub poster: Option<codegen_runtime::serde_json::Value>,
    /// Number of users going.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub going: Option<i64>,
    /// The caller's answer to the invitation.
    #[serde(rename = "myRsvp", skip_serializing_if = "Option::is_none")]
    pub my_rsvp: Option<String>,
    /// The caller's check-in time.
    #[serde(rename = "myCheckin", skip_serializing_if = "Option::is_none")]
    pub my_checkin: Option<codegen_runtime::formats::DateTime>,
    /// Number of comments.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comments: Option<i64>,
    /// Tags.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Reactions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reactions: Option<Vec<String>>,
    /// Type of the event (the request sends an integer code). Any JSON; the documentation shows only `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<codegen_runtime::serde_json::Value>,
    /// Category (the request sends a name). Any JSON; the documentation shows only `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<codegen_runtime::serde_json::Value>,
    /// The livestream of the event: a call object in the event examples, a string in the events embedded in group chats.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub livestream: Option<Box<EventLivestream>>,
    /// Invited users and their answers.
    #[serde(rename = "rsvpUsers", skip_serializing_if = "Option::is_none")]
    pub rsvp_users: Option<Vec<RsvpUser>>,
    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub creator: Option<UserSummary>,
    /// External attendees.
    #[serde(rename = "externalAttendees", skip_serializing_if = "Option::is_none")]
    pub external_attendees: Option<Vec<String>>,
    /// Recurrence configuration.
    #[serde(rename = "repeatConfig", skip_serializing_if = "Option::is_none")]
    pub repeat_config: Option<EventRepeatConfig>,
    /// Id of the recurrence. Any JSON; the documentation shows only `{}`.
    #[serde(rename = "repeatId", default, skip_serializing_if = "Option::is_none")]
    pub repeat_id: Option<codegen_runtime::serde_json::Value>,
}

/// The event of the call: its id (a string) in the event examples, the whole event in the group chat examples.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[serde(untagged)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CallEvent {
    /// A `String`.
    String(String),
    /// A `Box<Event>`.
    Event(Box<Event>),
    /// A value that matches no variant this client knows (added to the API after it was
    /// generated), as the server sent it.
    Unknown(codegen_runtime::serde_json::Value),
}

impl From<String> for CallEvent {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl From<Event> for CallEvent {
    fn from(value: Event) -> Self {
        Self::Event(Box::new(value))
    }
}

/// A call or livestream.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Call {
    /// Call id.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Id of the message of the call. Any JSON; the documentation shows only `{}`.
    #[serde(rename = "messageId", default, skip_serializing_if = "Option::is_none")]
    pub message_id: Option<codegen_runtime::serde_json::Value>,
    /// Duration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration: Option<i64>,
    /// Start time.
    #[serde(rename = "startedAt", skip_serializing_if = "Option::is_none")]
    pub started_at: Option<codegen_runtime::formats::DateTime>,
    /// End time.
    #[serde(rename = "endedAt", skip_serializing_if = "Option::is_none")]
    pub ended_at: Option<codegen_runtime::formats::DateTime>,
    /// Type of the call.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status of the call.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Whether the call is in progress.
    #[serde(rename = "inProgress", skip_serializing_if = "Option::is_none")]
    pub in_progress: Option<bool>,
    /// Whether it is a group call.
    #[serde(rename = "isGroup", skip_serializing_if = "Option::is_none")]
    pub is_group: Option<bool>,
    /// Call token. Any JSON; the documentation shows only `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<codegen_runtime::serde_json::Value>,
    /// Id of the conversation. Any JSON; the documentation shows only `{}`.
    #[serde(rename = "conversationId", default, skip_serializing_if = "Option::is_none")]
    pub conversation_id: Option<codegen_runtime::serde_json::Value>,
    /// Number of current participants.
    #[serde(rename = "noOfParticipants", skip_serializing_if = "Option::is_none")]
    pub no_of_participants: Option<i64>,
    /// Number of participants in total.
    #[serde(rename = "totalParticipants", skip_serializing_if = "Option::is_none")]
    pub total_participants: Option<i64>,
    /// Participants.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub participants: Option<Vec<CallParticipant>>,
    /// Id of the livestream conversation.
    #[serde(
        rename = "livestreamConversationId",
        skip_serializing_if = "Option::is_none"
    )]

    pub livestream_conversation_id: Option<String>,
    /// Title. Any JSON; the documentation shows only `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<codegen_runtime::serde_json::Value>,
    /// Id of the event for the invites. Any JSON; the documentation shows only `{}`.
    #[serde(
        rename = "eventForInvitesId",
        default,
        skip_serializing_if = "Option::is_none"
    )]

    pub event_for_invites_id: Option<codegen_runtime::serde_json::Value>,
    /// An uploaded file (see `GET /api/media`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<Media>,
    /// Id of the user who started the call.
    #[serde(rename = "userId", skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<UserSummary>,
    /// When the call is scheduled.
    #[serde(rename = "scheduledFor", skip_serializing_if = "Option::is_none")]
    pub scheduled_for: Option<codegen_runtime::formats::DateTime>,
    /// Whether the call is recorded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record: Option<bool>,
    /// The event of the call: its id (a string) in the event examples, the whole event in the group chat examples.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event: Option<Box<CallEvent>>,
    /// Public token of the call.
    #[serde(rename = "publicToken", skip_serializing_if = "Option::is_none")]
    pub public_token: Option<codegen_runtime::Secret>,
}

/// One page of events.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct EventPage {
    /// The events of this page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<Event>>,
    /// Paging information of a list response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
}

/// An integer value of the API.
///
/// An integer enumeration: the known values are associated constants; any other
/// value the server sends is kept as is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[serde(transparent)]
pub struct RecurrenceConfigFrequencyVariant0(pub i64);

impl RecurrenceConfigFrequencyVariant0 {
    /// The value `86400`.
    pub const DAILY: Self = Self(86400);

    /// The value `604800`.
    pub const WEEKLY: Self = Self(604800);

    /// The value `1209600`.
    pub const BI_WEEKLY: Self = Self(1209600);
}

impl std::fmt::Display for RecurrenceConfigFrequencyVariant0 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A string enumeration of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[non_exhaustive]
pub enum RecurrenceConfigFrequencyVariant1 {
    /// `monthly` on the wire.
    #[serde(rename = "monthly")]
    Monthly,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    #[serde(untagged)]
    Unknown(codegen_runtime::UnknownValue),
}

impl RecurrenceConfigFrequencyVariant1 {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Monthly => "monthly",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for RecurrenceConfigFrequencyVariant1 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Seconds between occurrences (86400 daily, 604800 weekly, 1209600 bi-weekly) or the word `monthly`.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[serde(untagged)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum RecurrenceConfigFrequency {
    /// A `RecurrenceConfigFrequencyVariant0`.
    RecurrenceConfigFrequencyVariant0(RecurrenceConfigFrequencyVariant0),
    /// A `RecurrenceConfigFrequencyVariant1`.
    RecurrenceConfigFrequencyVariant1(RecurrenceConfigFrequencyVariant1),
}

impl From<RecurrenceConfigFrequencyVariant0> for RecurrenceConfigFrequency {
    fn from(value: RecurrenceConfigFrequencyVariant0) -> Self {
        Self::RecurrenceConfigFrequencyVariant0(value)
    }
}

impl From<RecurrenceConfigFrequencyVariant1> for RecurrenceConfigFrequency {
    fn from(value: RecurrenceConfigFrequencyVariant1) -> Self {
        Self::RecurrenceConfigFrequencyVariant1(value)
    }
}

/// The end of the recurrence.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct RecurrenceConfigEndsConfig {
    /// How the recurrence ends; the documentation shows only `on`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The last day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<codegen_runtime::formats::Date>,
}

impl RecurrenceConfigEndsConfig {
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// Sets `date`.
    pub fn date(mut self, value: impl Into<codegen_runtime::formats::Date>) -> Self {
        self.date = Some(value.into());
        self
    }
}

/// When the recurrence ends.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct RecurrenceConfigEnds {
    /// The end of the recurrence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config: Option<RecurrenceConfigEndsConfig>,
}

impl RecurrenceConfigEnds {
    /// Sets `config`.
    pub fn config(mut self, value: impl Into<RecurrenceConfigEndsConfig>) -> Self {
        self.config = Some(value.into());
        self
    }
}

/// The recurrence.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct RecurrenceConfig {
    /// Kind of recurrence; the documentation shows only `frequency`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Seconds between occurrences (86400 daily, 604800 weekly, 1209600 bi-weekly) or the word `monthly`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub frequency: Option<RecurrenceConfigFrequency>,
    /// When the recurrence ends.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ends: Option<RecurrenceConfigEnds>,
}

impl RecurrenceConfig {
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// Sets `frequency`.
    pub fn frequency(mut self, value: impl Into<RecurrenceConfigFrequency>) -> Self {
        self.frequency = Some(value.into());
        self
    }

    /// Sets `ends`.
    pub fn ends(mut self, value: impl Into<RecurrenceConfigEnds>) -> Self {
        self.ends = Some(value.into());
        self
    }
}

/// Recurrence of an event.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Recurrence {
    /// The recurrence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config: Option<RecurrenceConfig>,
}

impl Recurrence {
    /// Sets `config`.
    pub fn config(mut self, value: impl Into<RecurrenceConfig>) -> Self {
        self.config = Some(value.into());
        self
    }
}

/// An event to create, or changes to one (every field is optional). With `permissions.users` set only those users see the event.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct EventWrite {
    /// Who can see an item (an object).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Permissions>,
    /// Title of the event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Description of the event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// External links of the event.
    #[serde(rename = "externalLink", skip_serializing_if = "Option::is_none")]
    pub external_link: Option<Vec<ExternalLink>>,
    /// Invitees of a meeting (see `list_users`).
    #[serde(rename = "userIds", skip_serializing_if = "Option::is_none")]
    pub user_ids: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Whether the event happens virtually.
    #[serde(rename = "isVirtual", skip_serializing_if = "Option::is_none")]
    pub is_virtual: Option<bool>,
    /// Conference link of a virtual event (not meetings).
    #[serde(rename = "conferenceLink", skip_serializing_if = "Option::is_none")]
    pub conference_link: Option<String>,
    /// Map link of the venue.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// Tags of the event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Start date and time.
    #[serde(rename = "startDateTime", skip_serializing_if = "Option::is_none")]
    pub start_date_time: Option<codegen_runtime::formats::DateTime>,
    /// End date and time (written `endtDateTime` in the tables).
    #[serde(rename = "endDateTime", skip_serializing_if = "Option::is_none")]
    pub end_date_time: Option<codegen_runtime::formats::DateTime>,
    /// Media id of the event's poster (see `get_media_upload_url`).
    #[serde(rename = "posterId", skip_serializing_if = "Option::is_none")]
    pub poster_id: Option<codegen_runtime::formats::Uuid>,
    /// Id of a conversation (shown only in the examples).
    #[serde(rename = "conversationId", skip_serializing_if = "Option::is_none")]
    pub conversation_id: Option<String>,
    /// Type of the event, a module code: POST, LIVESTREAM, EVENT, FAQ or COURSE (see `list_module_codes`; POST is 1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<i64>,
    /// Emails of external members (meetings).
    #[serde(rename = "externalUserEmails", skip_serializing_if = "Option::is_none")]
    pub external_user_emails: Option<Vec<String>>,
    /// Category name (see `list_categories`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Whether the event is a meeting.
    ///
    /// Default: `false`.
    #[serde(rename = "isMeeting", skip_serializing_if = "Option::is_none")]
    pub is_meeting: Option<bool>,
    /// Recurrence of an event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub repeat: Option<Recurrence>,
    /// Media ids of videos (livestreams; `videoPreviews` in the tables).
    #[serde(rename = "videoPreviewIds", skip_serializing_if = "Option::is_none")]
    pub video_preview_ids: Option<Vec<String>>,
    /// Duration of the event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration: Option<i64>,
}

impl EventWrite {
    /// Sets `permissions`.
    pub fn permissions(mut self, value: impl Into<Permissions>) -> Self {
        self.permissions = Some(value.into());
        self
    }

    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `externalLink`.
    pub fn external_link(mut self, value: impl Into<Vec<ExternalLink>>) -> Self {
        self.external_link = Some(value.into());
        self
    }

    /// Sets `userIds`.
    pub fn user_ids(
        mut self,
        value: impl Into<Vec<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.user_ids = Some(value.into());
        self
    }

    /// Sets `isVirtual`.
    pub fn is_virtual(mut self, value: impl Into<bool>) -> Self {
        self.is_virtual = Some(value.into());
        self
    }

    /// Sets `conferenceLink`.
    pub fn conference_link(mut self, value: impl Into<String>) -> Self {
        self.conference_link = Some(value.into());
        self
    }

    /// Sets `location`.
    pub fn location(mut self, value: impl Into<String>) -> Self {
        self.location = Some(value.into());
        self
    }

    /// Sets `tags`.
    pub fn tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tags = Some(value.into());
        self
    }

    /// Sets `startDateTime`.
    pub fn start_date_time(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.start_date_time = Some(value.into());
        self
    }

    /// Sets `endDateTime`.
    pub fn end_date_time(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.end_date_time = Some(value.into());
        self
    }

    /// Sets `posterId`.
    pub fn poster_id(
        mut self,
        value: impl Into<codegen_runtime::formats::Uuid>,
    ) -> Self {
        self.poster_id = Some(value.into());
        self
    }

    /// Sets `conversationId`.
    pub fn conversation_id(mut self, value: impl Into<String>) -> Self {
        self.conversation_id = Some(value.into());
        self
    }

    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<i64>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// Sets `externalUserEmails`.
    pub fn external_user_emails(mut self, value: impl Into<Vec<String>>) -> Self {
        self.external_user_emails = Some(value.into());
        self
    }

    /// Sets `category`.
    pub fn category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self
    }

    /// Sets `isMeeting`.
    pub fn is_meeting(mut self, value: impl Into<bool>) -> Self {
        self.is_meeting = Some(value.into());
        self
    }

    /// Sets `repeat`.
    pub fn repeat(mut self, value: impl Into<Recurrence>) -> Self {
        self.repeat = Some(value.into());
        self
    }

    /// Sets `videoPreviewIds`.
    pub fn video_preview_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.video_preview_ids = Some(value.into());
        self
    }

    /// Sets `duration`.
    pub fn duration(mut self, value: impl Into<i64>) -> Self {
        self.duration = Some(value.into());
        self
    }
}

/// A video.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Video {
    /// Video id.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Creation time.
    ///
    /// Set by the server.
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<codegen_runtime::formats::DateTime>,
    /// Last update time.
    ///
    /// Set by the server.
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<codegen_runtime::formats::DateTime>,
    /// Id of the creator.
    ///
    /// Set by the server.
    #[serde(rename = "createdBy", skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// Id of the last updater.
    ///
    /// Set by the server.
    #[serde(rename = "updatedBy", skip_serializing_if = "Option::is_none")]
    pub updated_by: Option<String>,
    /// Title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Source of the video: 1 YOUTUBE, 2 VIMEO, 3 CUSTOM, 4 RECORDING (the examples show 0).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<i64>,
    /// Media id of the video.
    #[serde(rename = "videoFileId", skip_serializing_if = "Option::is_none")]
    pub video_file_id: Option<String>,
    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<UserSummary>,
    /// Media id of the thumbnail.
    #[serde(rename = "thumbnailFileId", skip_serializing_if = "Option::is_none")]
    pub thumbnail_file_id: Option<String>,
    /// Information about external media (not the paging `meta`). Any JSON; the documentation shows only `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<codegen_runtime::serde_json::Value>,
}

/// One page of videos.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct VideoPage {
    /// The videos of this page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub videos: Option<Vec<Video>>,
    /// Paging information of a list response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
}

/// Source of the video: 1 YOUTUBE, 2 VIMEO, 3 CUSTOM, 4 RECORDING.
///
/// An integer enumeration: the known values are associated constants; any other
/// value the server sends is kept as is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[serde(transparent)]
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

/// A new video. With `permissions.users` set only those users see the video.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct VideoCreate {
    /// Who can see an item (an object).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Permissions>,
    /// Title of the video.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Description of the video.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Media id of the video (see `get_media_upload_url`).
    #[serde(rename = "videoFileId", skip_serializing_if = "Option::is_none")]
    pub video_file_id: Option<codegen_runtime::formats::Uuid>,
    /// Media id of the thumbnail (see `get_media_upload_url`).
    #[serde(rename = "thumbnailFileId", skip_serializing_if = "Option::is_none")]
    pub thumbnail_file_id: Option<codegen_runtime::formats::Uuid>,
    /// URL of external media (an object; its fields are not documented).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<codegen_runtime::serde_json::Value>,
    /// Source of the video: 1 YOUTUBE, 2 VIMEO, 3 CUSTOM, 4 RECORDING.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<VideoCreateSource>,
}

impl VideoCreate {
    /// Sets `permissions`.
    pub fn permissions(mut self, value: impl Into<Permissions>) -> Self {
        self.permissions = Some(value.into());
        self
    }

    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `videoFileId`.
    pub fn video_file_id(
        mut self,
        value: impl Into<codegen_runtime::formats::Uuid>,
    ) -> Self {
        self.video_file_id = Some(value.into());
        self
    }

    /// Sets `thumbnailFileId`.
    pub fn thumbnail_file_id(
        mut self,
        value: impl Into<codegen_runtime::formats::Uuid>,
    ) -> Self {
        self.thumbnail_file_id = Some(value.into());
        self
    }

    /// Sets `meta`.
    pub fn meta(mut self, value: impl Into<codegen_runtime::serde_json::Value>) -> Self {
        self.meta = Some(value.into());
        self
    }

    /// Sets `source`.
    pub fn source(mut self, value: impl Into<VideoCreateSource>) -> Self {
        self.source = Some(value.into());
        self
    }
}

/// Changes to a video; every field is optional.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct VideoUpdate {
    /// Who can see an item (an object).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Permissions>,
    /// Title of the video.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Description of the video.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Media id of the thumbnail (see `get_media_upload_url`).
    #[serde(rename = "thumbnailFileId", skip_serializing_if = "Option::is_none")]
    pub thumbnail_file_id: Option<codegen_runtime::formats::Uuid>,
}

impl VideoUpdate {
    /// Sets `permissions`.
    pub fn permissions(mut self, value: impl Into<Permissions>) -> Self {
        self.permissions = Some(value.into());
        self
    }

    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `thumbnailFileId`.
    pub fn thumbnail_file_id(
        mut self,
        value: impl Into<codegen_runtime::formats::Uuid>,
    ) -> Self {
        self.thumbnail_file_id = Some(value.into());
        self
    }
}

/// A photo.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Photo {
    /// Photo id.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Creation time.
    ///
    /// Set by the server.
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<codegen_runtime::formats::DateTime>,
    /// Last update time.
    ///
    /// Set by the server.
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<codegen_runtime::formats::DateTime>,
    /// Id of the creator.
    ///
    /// Set by the server.
    #[serde(rename = "createdBy", skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// Id of the last updater.
    ///
    /// Set by the server.
    #[serde(rename = "updatedBy", skip_serializing_if = "Option::is_none")]
    pub updated_by: Option<String>,
    /// Title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The photo. Any JSON; the documentation shows only `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub photo: Option<codegen_runtime::serde_json::Value>,
    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<UserSummary>,
}

/// One page of photos.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct PhotoPage {
    /// The photos of this page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub photos: Option<Vec<Photo>>,
    /// Paging information of a list response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
}

/// A new photo. With `permissions.users` set only those users see the photo.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct PhotoCreate {
    /// Who can see an item (an object).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Permissions>,
    /// Title of the photo.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Description of the photo.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Media id of the photo (see `get_media_upload_url`).
    #[serde(rename = "fileId", skip_serializing_if = "Option::is_none")]
    pub file_id: Option<codegen_runtime::formats::Uuid>,
}

impl PhotoCreate {
    /// Sets `permissions`.
    pub fn permissions(mut self, value: impl Into<Permissions>) -> Self {
        self.permissions = Some(value.into());
        self
    }

    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `fileId`.
    pub fn file_id(mut self, value: impl Into<codegen_runtime::formats::Uuid>) -> Self {
        self.file_id = Some(value.into());
        self
    }
}

/// Changes to a photo; every field is optional.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct PhotoUpdate {
    /// Title of the photo.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Description of the photo.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl PhotoUpdate {
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
}

/// A document of the knowledge base.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Document {
    /// Document id.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the document (the request sends a string). Any JSON; the documentation shows only `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<codegen_runtime::serde_json::Value>,
    /// Metadata. Any JSON; the documentation shows only `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<codegen_runtime::serde_json::Value>,
    /// Whether the document is published.
    #[serde(rename = "isPublished", skip_serializing_if = "Option::is_none")]
    pub is_published: Option<bool>,
    /// Last update time.
    ///
    /// Set by the server.
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<codegen_runtime::formats::DateTime>,
    /// Expiry date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expiry: Option<codegen_runtime::formats::DateTime>,
    /// An uploaded file (see `GET /api/media`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<Media>,
    /// Tags.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Category.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Owners of the document.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owners: Option<Vec<UserSummary>>,
    /// Id of the caller's bookmark. Any JSON; the documentation shows only `{}`.
    #[serde(rename = "bookmarkId", default, skip_serializing_if = "Option::is_none")]
    pub bookmark_id: Option<codegen_runtime::serde_json::Value>,
    /// Previews of the links of the document.
    #[serde(rename = "linkPreview", skip_serializing_if = "Option::is_none")]
    pub link_preview: Option<Vec<LinkPreview>>,
}

/// One page of documents.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DocumentPage {
    /// The docs of this page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub docs: Option<Vec<Document>>,
    /// Paging information of a list response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
}

/// A document to upload; the upload response echoes it.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DocumentWrite {
    /// Name of the document.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// User ids of the owners of the document (see `list_users`).
    #[serde(rename = "ownerIds", skip_serializing_if = "Option::is_none")]
    pub owner_ids: Option<Vec<String>>,
    /// Expiry date of the document.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expiry: Option<codegen_runtime::formats::DateTime>,
    /// Tags of the document.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Category of the document: an existing one (see `list_categories`) or a new one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Document URL (`docURL` in the table).
    #[serde(rename = "docUrl", skip_serializing_if = "Option::is_none")]
    pub doc_url: Option<String>,
    /// Link that contains the document information.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// Media id of the document (see `get_media_upload_url`).
    #[serde(rename = "docId", skip_serializing_if = "Option::is_none")]
    pub doc_id: Option<String>,
    /// Who can see an item (an object).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Permissions>,
}

impl DocumentWrite {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `ownerIds`.
    pub fn owner_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.owner_ids = Some(value.into());
        self
    }

    /// Sets `expiry`.
    pub fn expiry(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.expiry = Some(value.into());
        self
    }

    /// Sets `tags`.
    pub fn tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tags = Some(value.into());
        self
    }

    /// Sets `category`.
    pub fn category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self
    }

    /// Sets `docUrl`.
    pub fn doc_url(mut self, value: impl Into<String>) -> Self {
        self.doc_url = Some(value.into());
        self
    }

    /// Sets `link`.
    pub fn link(mut self, value: impl Into<String>) -> Self {
        self.link = Some(value.into());
        self
    }

    /// Sets `docId`.
    pub fn doc_id(mut self, value: impl Into<String>) -> Self {
        self.doc_id = Some(value.into());
        self
    }

    /// Sets `permissions`.
    pub fn permissions(mut self, value: impl Into<Permissions>) -> Self {
        self.permissions = Some(value.into());
        self
    }
}

/// Changes to the knowledge-base entry of a document.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DocumentKbUpdate {
    /// Name of the document.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// User ids of owners to add.
    #[serde(rename = "newOwnerIds", skip_serializing_if = "Option::is_none")]
    pub new_owner_ids: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// User ids of owners to remove.
    #[serde(rename = "removeOwnerIds", skip_serializing_if = "Option::is_none")]
    pub remove_owner_ids: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Expiry date of the document.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expiry: Option<codegen_runtime::formats::DateTime>,
    /// Tags of the document.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Category of the document.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Link that contains the document information.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// Whether the document is published (shown only in the example).
    #[serde(rename = "isPublished", skip_serializing_if = "Option::is_none")]
    pub is_published: Option<bool>,
    /// Who can see an item (an object).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Permissions>,
}

impl DocumentKbUpdate {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `newOwnerIds`.
    pub fn new_owner_ids(
        mut self,
        value: impl Into<Vec<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.new_owner_ids = Some(value.into());
        self
    }

    /// Sets `removeOwnerIds`.
    pub fn remove_owner_ids(
        mut self,
        value: impl Into<Vec<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.remove_owner_ids = Some(value.into());
        self
    }

    /// Sets `expiry`.
    pub fn expiry(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.expiry = Some(value.into());
        self
    }

    /// Sets `tags`.
    pub fn tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tags = Some(value.into());
        self
    }

    /// Sets `category`.
    pub fn category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self
    }

    /// Sets `link`.
    pub fn link(mut self, value: impl Into<String>) -> Self {
        self.link = Some(value.into());
        self
    }

    /// Sets `isPublished`.
    pub fn is_published(mut self, value: impl Into<bool>) -> Self {
        self.is_published = Some(value.into());
        self
    }

    /// Sets `permissions`.
    pub fn permissions(mut self, value: impl Into<Permissions>) -> Self {
        self.permissions = Some(value.into());
        self
    }
}

/// Changes to a document; every field is optional. The example sends `permissions` both inside `kb` and at the top level.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DocumentUpdate {
    /// Changes to the knowledge-base entry of a document.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kb: Option<DocumentKbUpdate>,
    /// Document URL (`docURL` in the table).
    #[serde(rename = "docUrl", skip_serializing_if = "Option::is_none")]
    pub doc_url: Option<String>,
    /// Media id of the document (see `get_media_upload_url`).
    #[serde(rename = "docId", skip_serializing_if = "Option::is_none")]
    pub doc_id: Option<String>,
    /// Who can see an item (an object).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Permissions>,
}

impl DocumentUpdate {
    /// Sets `kb`.
    pub fn kb(mut self, value: impl Into<DocumentKbUpdate>) -> Self {
        self.kb = Some(value.into());
        self
    }

    /// Sets `docUrl`.
    pub fn doc_url(mut self, value: impl Into<String>) -> Self {
        self.doc_url = Some(value.into());
        self
    }

    /// Sets `docId`.
    pub fn doc_id(mut self, value: impl Into<String>) -> Self {
        self.doc_id = Some(value.into());
        self
    }

    /// Sets `permissions`.
    pub fn permissions(mut self, value: impl Into<Permissions>) -> Self {
        self.permissions = Some(value.into());
        self
    }
}

/// A question of a FAQ.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Faq {
    /// Id of the question.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The question.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub question: Option<String>,
    /// The answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer: Option<String>,
    /// Description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Category.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Tags (a string here, although tags are arrays everywhere else).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<String>,
    /// User ids of the owners.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owners: Option<Vec<String>>,
    /// Id of the caller's bookmark. Any JSON; the documentation shows only `{}`.
    #[serde(rename = "bookmarkId", default, skip_serializing_if = "Option::is_none")]
    pub bookmark_id: Option<codegen_runtime::serde_json::Value>,
}

/// One page of FAQ questions.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct FaqPage {
    /// The data of this page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<Faq>>,
    /// Paging information of a list response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
}

/// The basic information of a FAQ (knowledge-base entry).
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct FaqKb {
    /// Name of the FAQ.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// User ids of the owners (create).
    #[serde(rename = "ownerIds", skip_serializing_if = "Option::is_none")]
    pub owner_ids: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// User ids of owners to add (update).
    #[serde(rename = "newOwnerIds", skip_serializing_if = "Option::is_none")]
    pub new_owner_ids: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// User ids of owners to remove (update).
    #[serde(rename = "removeOwnerIds", skip_serializing_if = "Option::is_none")]
    pub remove_owner_ids: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Expiry date of the FAQ.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expiry: Option<codegen_runtime::formats::DateTime>,
    /// Tags of the FAQ.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Category of the FAQ (see `list_categories`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Link.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
}

impl FaqKb {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `ownerIds`.
    pub fn owner_ids(
        mut self,
        value: impl Into<Vec<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.owner_ids = Some(value.into());
        self
    }

    /// Sets `newOwnerIds`.
    pub fn new_owner_ids(
        mut self,
        value: impl Into<Vec<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.new_owner_ids = Some(value.into());
        self
    }

    /// Sets `removeOwnerIds`.
    pub fn remove_owner_ids(
        mut self,
        value: impl Into<Vec<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.remove_owner_ids = Some(value.into());
        self
    }

    /// Sets `expiry`.
    pub fn expiry(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.expiry = Some(value.into());
        self
    }

    /// Sets `tags`.
    pub fn tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tags = Some(value.into());
        self
    }

    /// Sets `category`.
    pub fn category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self
    }

    /// Sets `link`.
    pub fn link(mut self, value: impl Into<String>) -> Self {
        self.link = Some(value.into());
        self
    }
}

/// A question and its answer.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct FaqQa {
    /// The question.
    pub question: String,
    /// The answer.
    pub answer: String,
    /// Description.
    #[serde(skip_serializing_if = "Option::is_none")]
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

    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
}

/// Changes to an existing question.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct FaqQaUpdate {
    /// Id of the question to change.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The question.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub question: Option<String>,
    /// The answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer: Option<String>,
    /// Description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl FaqQaUpdate {
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `question`.
    pub fn question(mut self, value: impl Into<String>) -> Self {
        self.question = Some(value.into());
        self
    }

    /// Sets `answer`.
    pub fn answer(mut self, value: impl Into<String>) -> Self {
        self.answer = Some(value.into());
        self
    }

    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
}

/// A FAQ to create; the create and update responses echo this shape.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct FaqContent {
    /// The basic information of a FAQ (knowledge-base entry).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kb: Option<FaqKb>,
    /// Questions, answers and descriptions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qas: Option<Vec<FaqQa>>,
    /// Who can see an item (an object).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Permissions>,
}

impl FaqContent {
    /// Sets `kb`.
    pub fn kb(mut self, value: impl Into<FaqKb>) -> Self {
        self.kb = Some(value.into());
        self
    }

    /// Sets `qas`.
    pub fn qas(mut self, value: impl Into<Vec<FaqQa>>) -> Self {
        self.qas = Some(value.into());
        self
    }

    /// Sets `permissions`.
    pub fn permissions(mut self, value: impl Into<Permissions>) -> Self {
        self.permissions = Some(value.into());
        self
    }
}

/// Changes to a FAQ; every field is optional.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct FaqUpdate {
    /// The basic information of a FAQ (knowledge-base entry).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kb: Option<FaqKb>,
    /// Questions, answers and descriptions (listed in the table; the example uses the three fields below instead).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qas: Option<Vec<FaqQa>>,
    /// Existing questions to change.
    #[serde(rename = "updatedQAs", skip_serializing_if = "Option::is_none")]
    pub updated_q_as: Option<Vec<FaqQaUpdate>>,
    /// Questions to add.
    #[serde(rename = "newQas", skip_serializing_if = "Option::is_none")]
    pub new_qas: Option<Vec<FaqQa>>,
    /// Ids of questions to remove.
    #[serde(rename = "removeQuestionIds", skip_serializing_if = "Option::is_none")]
    pub remove_question_ids: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Who can see an item (an object).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Permissions>,
}

impl FaqUpdate {
    /// Sets `kb`.
    pub fn kb(mut self, value: impl Into<FaqKb>) -> Self {
        self.kb = Some(value.into());
        self
    }

    /// Sets `qas`.
    pub fn qas(mut self, value: impl Into<Vec<FaqQa>>) -> Self {
        self.qas = Some(value.into());
        self
    }

    /// Sets `updatedQAs`.
    pub fn updated_q_as(mut self, value: impl Into<Vec<FaqQaUpdate>>) -> Self {
        self.updated_q_as = Some(value.into());
        self
    }

    /// Sets `newQas`.
    pub fn new_qas(mut self, value: impl Into<Vec<FaqQa>>) -> Self {
        self.new_qas = Some(value.into());
        self
    }

    /// Sets `removeQuestionIds`.
    pub fn remove_question_ids(
        mut self,
        value: impl Into<Vec<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.remove_question_ids = Some(value.into());
        self
    }

    /// Sets `permissions`.
    pub fn permissions(mut self, value: impl Into<Permissions>) -> Self {
        self.permissions = Some(value.into());
        self
    }
}

/// A category of a module.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Category {
    /// Category id.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Code of the module (see `list_module_codes`).
    #[serde(rename = "moduleCode", skip_serializing_if = "Option::is_none")]
    pub module_code: Option<i64>,
    /// Name of the category.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Colour of the category.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    /// Organization id.
    ///
    /// Set by the server.
    #[serde(rename = "orgId", skip_serializing_if = "Option::is_none")]
    pub org_id: Option<String>,
}

/// One page of categories.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct CategoryPage {
    /// The categories of this page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub categories: Option<Vec<Category>>,
    /// Paging information of a list response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
}

/// A reminder of an enforcement template.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Reminder {
    /// How to remind: email, push, text or restrict (the example lists them all in one string).
    #[serde(rename = "reminderType", skip_serializing_if = "Option::is_none")]
    pub reminder_type: Option<String>,
    /// Unit of `reminderTime`: week, days, hours or minutes (the example lists them all in one string).
    #[serde(rename = "reminderTimeUnit", skip_serializing_if = "Option::is_none")]
    pub reminder_time_unit: Option<String>,
    /// When to remind, in `reminderTimeUnit`.
    #[serde(rename = "reminderTime", skip_serializing_if = "Option::is_none")]
    pub reminder_time: Option<i64>,
    /// Reference id.
    #[serde(rename = "refId", skip_serializing_if = "Option::is_none")]
    pub ref_id: Option<String>,
    /// Id of the content template of the organization.
    #[serde(rename = "orgContentTemplateId", skip_serializing_if = "Option::is_none")]
    pub org_content_template_id: Option<String>,
}

/// An enforcement (notification) template.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct NotificationTemplate {
    /// Template id.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The system event of the template.
    #[serde(rename = "systemEvent", skip_serializing_if = "Option::is_none")]
    pub system_event: Option<String>,
    /// Type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Sub-type.
    #[serde(rename = "subType", skip_serializing_if = "Option::is_none")]
    pub sub_type: Option<String>,
    /// Reminders.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reminders: Option<Vec<Reminder>>,
}

/// One page of enforcement templates.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct NotificationTemplatePage {
    /// The notificationTemplates of this page.
    #[serde(rename = "notificationTemplates", skip_serializing_if = "Option::is_none")]
    pub notification_templates: Option<Vec<NotificationTemplate>>,
    /// Paging information of a list response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
}

/// Medium of the notification.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[non_exhaustive]
pub enum NotificationSendMedium {
    /// `EMAIL` on the wire.
    #[serde(rename = "EMAIL")]
    Email,
    /// `SMS` on the wire.
    #[serde(rename = "SMS")]
    Sms,
    /// `PUSH` on the wire.
    #[serde(rename = "PUSH")]
    Push,
    /// `INAPP` on the wire.
    #[serde(rename = "INAPP")]
    Inapp,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    #[serde(untagged)]
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

/// A notification to send.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct NotificationSend {
    /// Subject of the notification.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Description of the notification.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Medium of the notification.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub medium: Option<NotificationSendMedium>,
    /// Emails to send to; required when `medium` is EMAIL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub emails: Option<Vec<String>>,
    /// Ids of the users to notify; required for every medium except EMAIL (see `list_users`). Spelled `recieverUserIds` in the table.
    #[serde(rename = "receiverUserIds", skip_serializing_if = "Option::is_none")]
    pub receiver_user_ids: Option<Vec<codegen_runtime::formats::Uuid>>,
}

impl NotificationSend {
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `medium`.
    pub fn medium(mut self, value: impl Into<NotificationSendMedium>) -> Self {
        self.medium = Some(value.into());
        self
    }

    /// Sets `emails`.
    pub fn emails(mut self, value: impl Into<Vec<String>>) -> Self {
        self.emails = Some(value.into());
        self
    }

    /// Sets `receiverUserIds`.
    pub fn receiver_user_ids(
        mut self,
        value: impl Into<Vec<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.receiver_user_ids = Some(value.into());
        self
    }
}

/// A module and its code.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct ModuleCode {
    /// Name of the module (e.g. POST).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Code of the module.
    #[serde(rename = "moduleCode", skip_serializing_if = "Option::is_none")]
    pub module_code: Option<i64>,
}

/// All modules and their codes.
pub type ModuleCodeList = Vec<ModuleCode>;

/// A form of a course.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Form {
    /// Form id.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Creation time.
    ///
    /// Set by the server.
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<codegen_runtime::formats::DateTime>,
    /// Last update time.
    ///
    /// Set by the server.
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<codegen_runtime::formats::DateTime>,
    /// Title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Whether the form accepts answers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accepting: Option<bool>,
    /// Type. Any JSON; the documentation shows only `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<codegen_runtime::serde_json::Value>,
    /// The form definition (form-builder JSON: `data.components`, `data.display`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema: Option<codegen_runtime::serde_json::Value>,
}

/// A course (task list).
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Course {
    /// Course (task list) id.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Course id.
    #[serde(rename = "courseId", skip_serializing_if = "Option::is_none")]
    pub course_id: Option<String>,
    /// Title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Categories.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub categories: Option<Vec<String>>,
    /// Order of the task list (the example shows a description instead of a number).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<i64>,
    /// Number of tasks in the task list (the example shows a description).
    #[serde(rename = "numberOfTasks", skip_serializing_if = "Option::is_none")]
    pub number_of_tasks: Option<i64>,
    /// Number of users in the task list (the example shows a description).
    #[serde(rename = "usersCount", skip_serializing_if = "Option::is_none")]
    pub users_count: Option<i64>,
    /// Estimated time of the tasks (the example shows a description).
    #[serde(rename = "totalTime", skip_serializing_if = "Option::is_none")]
    pub total_time: Option<i64>,
    /// Organization id.
    ///
    /// Set by the server.
    #[serde(rename = "orgId", skip_serializing_if = "Option::is_none")]
    pub org_id: Option<String>,
    /// Number of tasks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tasks: Option<i64>,
    /// Id of the parent task list.
    #[serde(rename = "parentTaskListId", skip_serializing_if = "Option::is_none")]
    pub parent_task_list_id: Option<String>,
    /// Progress.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub progress: Option<i64>,
    /// Last update time.
    ///
    /// Set by the server.
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<codegen_runtime::formats::DateTime>,
    /// Status.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// An uploaded file (see `GET /api/media`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<Media>,
    /// A form of a course.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub form: Option<Form>,
    /// Due date. Any JSON; the documentation shows only `{}`.
    #[serde(rename = "dueDate", default, skip_serializing_if = "Option::is_none")]
    pub due_date: Option<codegen_runtime::serde_json::Value>,
    /// Whether the caller started the course.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub started: Option<bool>,
    /// Id of the creator.
    ///
    /// Set by the server.
    #[serde(rename = "createdBy", skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// Id of the enforcement template.
    #[serde(rename = "notificationTemplateId", skip_serializing_if = "Option::is_none")]
    pub notification_template_id: Option<String>,
}

/// One page of courses.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct CoursePage {
    /// The taskLists of this page.
    #[serde(rename = "taskLists", skip_serializing_if = "Option::is_none")]
    pub task_lists: Option<Vec<Course>>,
    /// Paging information of a list response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
}

/// A task (list item; `createdBy` is the embedded creator).
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Task {
    /// Task id.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Content (Article tasks).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// Time of the task (not described in the documentation).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<i64>,
    /// Id of the video (Video tasks).
    #[serde(rename = "videoId", skip_serializing_if = "Option::is_none")]
    pub video_id: Option<String>,
    /// Description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Link (QuizLink tasks).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// Due date.
    #[serde(rename = "dueDate", skip_serializing_if = "Option::is_none")]
    pub due_date: Option<codegen_runtime::formats::DateTime>,
    /// Status.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    #[serde(rename = "createdBy", skip_serializing_if = "Option::is_none")]
    pub created_by: Option<UserSummary>,
    /// Creation time.
    ///
    /// Set by the server.
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<codegen_runtime::formats::DateTime>,
    /// Number of days to do the task.
    #[serde(rename = "dueDays", skip_serializing_if = "Option::is_none")]
    pub due_days: Option<i64>,
    /// The linked training course. Any JSON; the documentation shows only `{}`.
    #[serde(rename = "trainingCourse", default, skip_serializing_if = "Option::is_none")]
    pub training_course: Option<codegen_runtime::serde_json::Value>,
    /// Id of the linked course.
    #[serde(
        rename = "trainingCourseTaskListId",
        skip_serializing_if = "Option::is_none"
    )]

    pub training_course_task_list_id: Option<String>,
    /// Last update time.
    ///
    /// Set by the server.
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<codegen_runtime::formats::DateTime>,
}

/// One page of tasks.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct TaskPage {
    /// The tasks of this page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tasks: Option<Vec<Task>>,
    /// Paging information of a list response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
}

/// A created or updated task (`createdBy` is an id). Created with `userIds`, the response has only the fields up to `status` plus `assignedUserIds`.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct TaskRecord {
    /// Task id.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Content (Article tasks).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// Time of the task (not described in the documentation).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<i64>,
    /// Id of the video (Video tasks).
    #[serde(rename = "videoId", skip_serializing_if = "Option::is_none")]
    pub video_id: Option<String>,
    /// Description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Link (QuizLink tasks).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// Due date.
    #[serde(rename = "dueDate", skip_serializing_if = "Option::is_none")]
    pub due_date: Option<codegen_runtime::formats::DateTime>,
    /// Status.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Creation time.
    ///
    /// Set by the server.
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<codegen_runtime::formats::DateTime>,
    /// Number of days to do the task.
    #[serde(rename = "dueDays", skip_serializing_if = "Option::is_none")]
    pub due_days: Option<i64>,
    /// The linked training course. Any JSON; the documentation shows only `{}`.
    #[serde(rename = "trainingCourse", default, skip_serializing_if = "Option::is_none")]
    pub training_course: Option<codegen_runtime::serde_json::Value>,
    /// Id of the linked course.
    #[serde(
        rename = "trainingCourseTaskListId",
        skip_serializing_if = "Option::is_none"
    )]

    pub training_course_task_list_id: Option<String>,
    /// Last update time.
    ///
    /// Set by the server.
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<codegen_runtime::formats::DateTime>,
    /// Id of the creator.
    ///
    /// Set by the server.
    #[serde(rename = "createdBy", skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// Ids of the assigned users (when the task was created with `userIds`).
    #[serde(rename = "assignedUserIds", skip_serializing_if = "Option::is_none")]
    pub assigned_user_ids: Option<Vec<String>>,
}

/// A task with its assigned users.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct TaskAssignment {
    /// Task id.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Content (Article tasks).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// Time of the task (not described in the documentation).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<i64>,
    /// Id of the video (Video tasks).
    #[serde(rename = "videoId", skip_serializing_if = "Option::is_none")]
    pub video_id: Option<String>,
    /// Description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Link (QuizLink tasks).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// Due date.
    #[serde(rename = "dueDate", skip_serializing_if = "Option::is_none")]
    pub due_date: Option<codegen_runtime::formats::DateTime>,
    /// Status.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The assigned users (objects, despite the name).
    #[serde(rename = "assignedUserIds", skip_serializing_if = "Option::is_none")]
    pub assigned_user_ids: Option<Vec<UserSummary>>,
}

/// Type of the task.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
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
    #[serde(untagged)]
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

/// A new task; with `userIds` it is assigned at once.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct TaskCreate {
    /// Title of the task.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Description of the task (the table lists it twice: the description of the task list, and of the task for Video, QuizLink, Document and TrainingCourse tasks).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `draft` or `publish` (the examples send other words). A draft task cannot be assigned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Id of the enforcement template (see `list_enforcement_templates`).
    #[serde(rename = "notificationTemplateId", skip_serializing_if = "Option::is_none")]
    pub notification_template_id: Option<String>,
    /// Type of the task.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub task_type: Option<TaskType>,
    /// Content of the article; required for Article tasks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// Link of the task (QuizLink tasks).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// Number of days to do the task.
    #[serde(rename = "dueDays", skip_serializing_if = "Option::is_none")]
    pub due_days: Option<i64>,
    /// Id of the document (Document tasks; see `list_documents`).
    #[serde(rename = "documentId", skip_serializing_if = "Option::is_none")]
    pub document_id: Option<String>,
    /// Id of the course (TrainingCourse tasks; see `list_courses`).
    #[serde(
        rename = "trainingCourseTaskListId",
        skip_serializing_if = "Option::is_none"
    )]

    pub training_course_task_list_id: Option<String>,
    /// Id of an uploaded video, or the media id of a new video (see `get_media_upload_url`).
    #[serde(rename = "videoId", skip_serializing_if = "Option::is_none")]
    pub video_id: Option<String>,
    /// Time of the task (shown only in the examples).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<i64>,
    /// Ids of the users to assign the task to ("Create and Assign a Task"; see `list_users`).
    #[serde(rename = "userIds", skip_serializing_if = "Option::is_none")]
    pub user_ids: Option<Vec<String>>,
}

impl TaskCreate {
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `notificationTemplateId`.
    pub fn notification_template_id(mut self, value: impl Into<String>) -> Self {
        self.notification_template_id = Some(value.into());
        self
    }

    /// Sets `task_type`.
    pub fn task_type(mut self, value: impl Into<TaskType>) -> Self {
        self.task_type = Some(value.into());
        self
    }

    /// Sets `content`.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }

    /// Sets `link`.
    pub fn link(mut self, value: impl Into<String>) -> Self {
        self.link = Some(value.into());
        self
    }

    /// Sets `dueDays`.
    pub fn due_days(mut self, value: impl Into<i64>) -> Self {
        self.due_days = Some(value.into());
        self
    }

    /// Sets `documentId`.
    pub fn document_id(mut self, value: impl Into<String>) -> Self {
        self.document_id = Some(value.into());
        self
    }

    /// Sets `trainingCourseTaskListId`.
    pub fn training_course_task_list_id(mut self, value: impl Into<String>) -> Self {
        self.training_course_task_list_id = Some(value.into());
        self
    }

    /// Sets `videoId`.
    pub fn video_id(mut self, value: impl Into<String>) -> Self {
        self.video_id = Some(value.into());
        self
    }

    /// Sets `time`.
    pub fn time(mut self, value: impl Into<i64>) -> Self {
        self.time = Some(value.into());
        self
    }

    /// Sets `userIds`.
    pub fn user_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.user_ids = Some(value.into());
        self
    }
}

/// Changes to a task; every field is optional. Published tasks cannot be updated.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct TaskUpdate {
    /// Title of the task.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Description of the task (the table lists it twice: the description of the task list, and of the task for Video, QuizLink, Document and TrainingCourse tasks).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `draft` or `publish` (the examples send other words). A draft task cannot be assigned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Id of the enforcement template (see `list_enforcement_templates`).
    #[serde(rename = "notificationTemplateId", skip_serializing_if = "Option::is_none")]
    pub notification_template_id: Option<String>,
    /// Type of the task.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub task_type: Option<TaskType>,
    /// Content of the article; required for Article tasks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// Link of the task (QuizLink tasks).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// Number of days to do the task.
    #[serde(rename = "dueDays", skip_serializing_if = "Option::is_none")]
    pub due_days: Option<i64>,
    /// Id of the document (Document tasks; see `list_documents`).
    #[serde(rename = "documentId", skip_serializing_if = "Option::is_none")]
    pub document_id: Option<String>,
    /// Id of the course (TrainingCourse tasks; see `list_courses`).
    #[serde(
        rename = "trainingCourseTaskListId",
        skip_serializing_if = "Option::is_none"
    )]

    pub training_course_task_list_id: Option<String>,
    /// Id of an uploaded video, or the media id of a new video (see `get_media_upload_url`).
    #[serde(rename = "videoId", skip_serializing_if = "Option::is_none")]
    pub video_id: Option<String>,
    /// Time of the task (shown only in the examples).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<i64>,
}

impl TaskUpdate {
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `notificationTemplateId`.
    pub fn notification_template_id(mut self, value: impl Into<String>) -> Self {
        self.notification_template_id = Some(value.into());
        self
    }

    /// Sets `task_type`.
    pub fn task_type(mut self, value: impl Into<TaskType>) -> Self {
        self.task_type = Some(value.into());
        self
    }

    /// Sets `content`.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }

    /// Sets `link`.
    pub fn link(mut self, value: impl Into<String>) -> Self {
        self.link = Some(value.into());
        self
    }

    /// Sets `dueDays`.
    pub fn due_days(mut self, value: impl Into<i64>) -> Self {
        self.due_days = Some(value.into());
        self
    }

    /// Sets `documentId`.
    pub fn document_id(mut self, value: impl Into<String>) -> Self {
        self.document_id = Some(value.into());
        self
    }

    /// Sets `trainingCourseTaskListId`.
    pub fn training_course_task_list_id(mut self, value: impl Into<String>) -> Self {
        self.training_course_task_list_id = Some(value.into());
        self
    }

    /// Sets `videoId`.
    pub fn video_id(mut self, value: impl Into<String>) -> Self {
        self.video_id = Some(value.into());
        self
    }

    /// Sets `time`.
    pub fn time(mut self, value: impl Into<i64>) -> Self {
        self.time = Some(value.into());
        self
    }
}

/// Users to assign to and unassign from a task.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct TaskAssign {
    /// Ids of the users to assign the task to (see `list_users`).
    #[serde(rename = "userIds", skip_serializing_if = "Option::is_none")]
    pub user_ids: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Ids of the users to unassign.
    #[serde(rename = "removeIds", skip_serializing_if = "Option::is_none")]
    pub remove_ids: Option<Vec<codegen_runtime::formats::Uuid>>,
}

impl TaskAssign {
    /// Sets `userIds`.
    pub fn user_ids(
        mut self,
        value: impl Into<Vec<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.user_ids = Some(value.into());
        self
    }

    /// Sets `removeIds`.
    pub fn remove_ids(
        mut self,
        value: impl Into<Vec<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.remove_ids = Some(value.into());
        self
    }
}

/// A group chat in a list.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct GroupChatSummary {
    /// Conversation id.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Group id.
    #[serde(rename = "groupId", skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// Title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Whether the group is a channel.
    #[serde(rename = "isChannel", skip_serializing_if = "Option::is_none")]
    pub is_channel: Option<bool>,
    /// Whether the group is private.
    #[serde(rename = "isPrivate", skip_serializing_if = "Option::is_none")]
    pub is_private: Option<bool>,
    /// Whether users can request to join.
    #[serde(rename = "byRequest", skip_serializing_if = "Option::is_none")]
    pub by_request: Option<bool>,
    /// Category.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Cover image. Any JSON; the documentation shows only `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<codegen_runtime::serde_json::Value>,
}

/// One page of group chats.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct GroupChatPage {
    /// The conversations of this page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conversations: Option<Vec<GroupChatSummary>>,
    /// Paging information of a list response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
}

/// A group chat (conversation). `videoPreviews` is one media object in the examples, despite the plural.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct GroupChat {
    /// Conversation id.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Creation time.
    ///
    /// Set by the server.
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<codegen_runtime::formats::DateTime>,
    /// Last update time.
    ///
    /// Set by the server.
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<codegen_runtime::formats::DateTime>,
    /// Id of the creator.
    ///
    /// Set by the server.
    #[serde(rename = "createdBy", skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// Id of the last updater.
    ///
    /// Set by the server.
    #[serde(rename = "updatedBy", skip_serializing_if = "Option::is_none")]
    pub updated_by: Option<String>,
    /// Group id.
    #[serde(rename = "groupId", skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// A call or livestream.
    #[serde(rename = "lastCall", skip_serializing_if = "Option::is_none")]
    pub last_call: Option<Call>,
    /// A call or livestream.
    #[serde(rename = "scheduledCall", skip_serializing_if = "Option::is_none")]
    pub scheduled_call: Option<Call>,
    /// Title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// An uploaded file (see `GET /api/media`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<Media>,
    /// Colour.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    /// Whether the group is a channel.
    #[serde(rename = "isChannel", skip_serializing_if = "Option::is_none")]
    pub is_channel: Option<bool>,
    /// Whether the group is private.
    #[serde(rename = "isPrivate", skip_serializing_if = "Option::is_none")]
    pub is_private: Option<bool>,
    /// Whether users can request to join.
    #[serde(rename = "byRequest", skip_serializing_if = "Option::is_none")]
    pub by_request: Option<bool>,
    /// Type of the group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Category.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Id of the ticket of the conversation.
    #[serde(rename = "ticketId", skip_serializing_if = "Option::is_none")]
    pub ticket_id: Option<String>,
    /// Number of new responses.
    #[serde(rename = "newResponseCount", skip_serializing_if = "Option::is_none")]
    pub new_response_count: Option<i64>,
    /// The initial query.
    #[serde(rename = "initialQuery", skip_serializing_if = "Option::is_none")]
    pub initial_query: Option<String>,
    /// Id of the active call. Any JSON; the documentation shows only `{}`.
    #[serde(rename = "activeCallId", default, skip_serializing_if = "Option::is_none")]
    pub active_call_id: Option<codegen_runtime::serde_json::Value>,
    /// Id of the expert. Any JSON; the documentation shows only `{}`.
    #[serde(rename = "expertId", default, skip_serializing_if = "Option::is_none")]
    pub expert_id: Option<codegen_runtime::serde_json::Value>,
    /// The last query message. Any JSON; the documentation shows only `{}`.
    #[serde(rename = "lastQueryMsg", default, skip_serializing_if = "Option::is_none")]
    pub last_query_msg: Option<codegen_runtime::serde_json::Value>,
    /// An uploaded file (see `GET /api/media`).
    #[serde(rename = "videoPreviews", skip_serializing_if = "Option::is_none")]
    pub video_previews: Option<Media>,
    /// Participants.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub participants: Option<Vec<UserSummary>>,
    /// Whether the caller muted the group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub muted: Option<bool>,
    /// Until when the caller snoozed the group.
    #[serde(rename = "snoozedUntil", skip_serializing_if = "Option::is_none")]
    pub snoozed_until: Option<codegen_runtime::formats::DateTime>,
    /// Metadata. Any JSON; the documentation shows only `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<codegen_runtime::serde_json::Value>,
    /// Reactions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reactions: Option<Vec<String>>,
    /// Ids of the admins (update response).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub admins: Option<Vec<String>>,
}

/// A member of a new group chat.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct GroupChatMember {
    /// Id of the user (see `list_users`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<codegen_runtime::formats::Uuid>,
    /// Whether the user is an admin of the group.
    #[serde(rename = "isAdmin", skip_serializing_if = "Option::is_none")]
    pub is_admin: Option<bool>,
}

impl GroupChatMember {
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<codegen_runtime::formats::Uuid>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `isAdmin`.
    pub fn is_admin(mut self, value: impl Into<bool>) -> Self {
        self.is_admin = Some(value.into());
        self
    }
}

/// Type of the group chat.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[non_exhaustive]
pub enum GroupType {
    /// `CHAT_GROUP` on the wire.
    #[serde(rename = "CHAT_GROUP")]
    ChatGroup,
    /// `ROOM` on the wire.
    #[serde(rename = "ROOM")]
    Room,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    #[serde(untagged)]
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

/// A new group chat.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct GroupChatCreate {
    /// Whether the group is private.
    #[serde(rename = "isPrivate", skip_serializing_if = "Option::is_none")]
    pub is_private: Option<bool>,
    /// Whether other users can request to join the group.
    #[serde(rename = "byRequest", skip_serializing_if = "Option::is_none")]
    pub by_request: Option<bool>,
    /// Description of the group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Members of the group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub members: Option<Vec<GroupChatMember>>,
    /// Media id of the cover (CHAT_GROUP; see `get_media_upload_url`).
    #[serde(rename = "fileId", skip_serializing_if = "Option::is_none")]
    pub file_id: Option<codegen_runtime::formats::Uuid>,
    /// Title of the group (CHAT_GROUP).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Type of the group chat.
    #[serde(rename = "groupType", skip_serializing_if = "Option::is_none")]
    pub group_type: Option<GroupType>,
    /// Category (CHAT_GROUP; see `list_categories`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
}

impl GroupChatCreate {
    /// Sets `isPrivate`.
    pub fn is_private(mut self, value: impl Into<bool>) -> Self {
        self.is_private = Some(value.into());
        self
    }

    /// Sets `byRequest`.
    pub fn by_request(mut self, value: impl Into<bool>) -> Self {
        self.by_request = Some(value.into());
        self
    }

    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `members`.
    pub fn members(mut self, value: impl Into<Vec<GroupChatMember>>) -> Self {
        self.members = Some(value.into());
        self
    }

    /// Sets `fileId`.
    pub fn file_id(mut self, value: impl Into<codegen_runtime::formats::Uuid>) -> Self {
        self.file_id = Some(value.into());
        self
    }

    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Sets `groupType`.
    pub fn group_type(mut self, value: impl Into<GroupType>) -> Self {
        self.group_type = Some(value.into());
        self
    }

    /// Sets `category`.
    pub fn category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self
    }
}

/// Changes to a group chat; every field is optional.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct GroupChatUpdate {
    /// Whether the group is private.
    #[serde(rename = "isPrivate", skip_serializing_if = "Option::is_none")]
    pub is_private: Option<bool>,
    /// Description of the group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Ids of new admins (see `list_users`).
    #[serde(rename = "newAdmins", skip_serializing_if = "Option::is_none")]
    pub new_admins: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Ids of admins to remove.
    #[serde(rename = "removedAdmins", skip_serializing_if = "Option::is_none")]
    pub removed_admins: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Title of the group (CHAT_GROUP).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Media id of the cover (CHAT_GROUP; see `get_media_upload_url`).
    #[serde(rename = "fileId", skip_serializing_if = "Option::is_none")]
    pub file_id: Option<codegen_runtime::formats::Uuid>,
    /// Category (CHAT_GROUP; see `list_categories`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
}

impl GroupChatUpdate {
    /// Sets `isPrivate`.
    pub fn is_private(mut self, value: impl Into<bool>) -> Self {
        self.is_private = Some(value.into());
        self
    }

    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `newAdmins`.
    pub fn new_admins(
        mut self,
        value: impl Into<Vec<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.new_admins = Some(value.into());
        self
    }

    /// Sets `removedAdmins`.
    pub fn removed_admins(
        mut self,
        value: impl Into<Vec<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.removed_admins = Some(value.into());
        self
    }

    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Sets `fileId`.
    pub fn file_id(mut self, value: impl Into<codegen_runtime::formats::Uuid>) -> Self {
        self.file_id = Some(value.into());
        self
    }

    /// Sets `category`.
    pub fn category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self
    }
}

/// A knowledge-base match of a message.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct KbMatch {
    /// Answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer: Option<String>,
    /// Name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Path.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Confidence of the match.
    #[serde(rename = "matchConfidenceLevel", skip_serializing_if = "Option::is_none")]
    pub match_confidence_level: Option<String>,
    /// The matched FAQ question.
    #[serde(rename = "faqQuestion", skip_serializing_if = "Option::is_none")]
    pub faq_question: Option<String>,
}

/// Category of the ticket.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct TicketCategory {
    /// Category id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Creation time.
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<codegen_runtime::formats::DateTime>,
    /// Last update time.
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<codegen_runtime::formats::DateTime>,
    /// Id of the creator.
    #[serde(rename = "createdBy", skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// Id of the last updater.
    #[serde(rename = "updatedBy", skip_serializing_if = "Option::is_none")]
    pub updated_by: Option<String>,
    /// Email. Any JSON; the documentation shows only `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<codegen_runtime::serde_json::Value>,
    /// Name of the category.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
}

/// A ticket attached to a message.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Ticket {
    /// Ticket id.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Sender.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// Recipient.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// Response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response: Option<String>,
    /// Subject.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// Snippet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snippet: Option<String>,
    /// Conversation id.
    #[serde(rename = "conversationId", skip_serializing_if = "Option::is_none")]
    pub conversation_id: Option<String>,
    /// Name of the sender.
    #[serde(rename = "senderName", skip_serializing_if = "Option::is_none")]
    pub sender_name: Option<String>,
    /// Status.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Category of the ticket.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<TicketCategory>,
}

/// Attached files.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct MessageFiles {
    /// The files.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub files: Option<Vec<Media>>,
}

/// Chat data.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct MessageChat {
    /// File. Any JSON; the documentation shows only `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<codegen_runtime::serde_json::Value>,
}

/// A message. `mention` and `kbExperts` are single users in the example although the request sends an array of mentions.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Message {
    /// Message id.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Creation time.
    ///
    /// Set by the server.
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<codegen_runtime::formats::DateTime>,
    /// Last update time.
    ///
    /// Set by the server.
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<codegen_runtime::formats::DateTime>,
    /// Id of the creator.
    ///
    /// Set by the server.
    #[serde(rename = "createdBy", skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// Id of the last updater.
    ///
    /// Set by the server.
    #[serde(rename = "updatedBy", skip_serializing_if = "Option::is_none")]
    pub updated_by: Option<String>,
    /// Text of the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Whether the message was edited.
    #[serde(rename = "isEdited", skip_serializing_if = "Option::is_none")]
    pub is_edited: Option<bool>,
    /// Id of the message this one replies to.
    #[serde(rename = "replyOfMsgId", skip_serializing_if = "Option::is_none")]
    pub reply_of_msg_id: Option<String>,
    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender: Option<UserSummary>,
    /// Attached files.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub files: Option<MessageFiles>,
    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mention: Option<UserSummary>,
    /// Reactions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reactions: Option<Vec<codegen_runtime::serde_json::Value>>,
    /// Preview of a link found in a text.
    #[serde(rename = "linkPreviews", skip_serializing_if = "Option::is_none")]
    pub link_previews: Option<LinkPreview>,
    /// Type of the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<i64>,
    /// Number of replies.
    #[serde(rename = "repliesCount", skip_serializing_if = "Option::is_none")]
    pub replies_count: Option<i64>,
    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    #[serde(rename = "kbExperts", skip_serializing_if = "Option::is_none")]
    pub kb_experts: Option<UserSummary>,
    /// A knowledge-base match of a message.
    #[serde(rename = "kbDocs", skip_serializing_if = "Option::is_none")]
    pub kb_docs: Option<KbMatch>,
    /// A knowledge-base match of a message.
    #[serde(rename = "kbFaqs", skip_serializing_if = "Option::is_none")]
    pub kb_faqs: Option<KbMatch>,
    /// A video.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub video: Option<Video>,
    /// Chat data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chat: Option<MessageChat>,
    /// The last query message. Any JSON; the documentation shows only `{}`.
    #[serde(rename = "lastQueryMsg", default, skip_serializing_if = "Option::is_none")]
    pub last_query_msg: Option<codegen_runtime::serde_json::Value>,
    /// Call. Any JSON; the documentation shows only `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call: Option<codegen_runtime::serde_json::Value>,
    /// A ticket attached to a message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ticket: Option<Ticket>,
    /// An event, meeting or livestream.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event: Option<Event>,
}

/// A message to send.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct MessageSend {
    /// Text of the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Ids of the users mentioned (see `list_users`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mention: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Id of the message to reply to.
    #[serde(rename = "replyOfMsgId", skip_serializing_if = "Option::is_none")]
    pub reply_of_msg_id: Option<codegen_runtime::formats::Uuid>,
    /// Media ids attached to the message (an array despite the name; see `get_media_upload_url`).
    #[serde(rename = "fileId", skip_serializing_if = "Option::is_none")]
    pub file_id: Option<Vec<codegen_runtime::formats::Uuid>>,
}

impl MessageSend {
    /// Sets `message`.
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Sets `mention`.
    pub fn mention(
        mut self,
        value: impl Into<Vec<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.mention = Some(value.into());
        self
    }

    /// Sets `replyOfMsgId`.
    pub fn reply_of_msg_id(
        mut self,
        value: impl Into<codegen_runtime::formats::Uuid>,
    ) -> Self {
        self.reply_of_msg_id = Some(value.into());
        self
    }

    /// Sets `fileId`.
    pub fn file_id(
        mut self,
        value: impl Into<Vec<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.file_id = Some(value.into());
        self
    }
}

/// A meeting to create in a conversation.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct ConversationMeeting {
    /// Title of the meeting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Ids of the participants (see `list_users`).
    #[serde(rename = "userIds", skip_serializing_if = "Option::is_none")]
    pub user_ids: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Start of the meeting.
    #[serde(rename = "startDateTime", skip_serializing_if = "Option::is_none")]
    pub start_date_time: Option<codegen_runtime::formats::DateTime>,
    /// End of the meeting.
    #[serde(rename = "endDateTime", skip_serializing_if = "Option::is_none")]
    pub end_date_time: Option<codegen_runtime::formats::DateTime>,
    /// Duration of the meeting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration: Option<i64>,
    /// Media id of a poster (shown only in the example).
    #[serde(rename = "posterId", skip_serializing_if = "Option::is_none")]
    pub poster_id: Option<codegen_runtime::formats::Uuid>,
}

impl ConversationMeeting {
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Sets `userIds`.
    pub fn user_ids(
        mut self,
        value: impl Into<Vec<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.user_ids = Some(value.into());
        self
    }

    /// Sets `startDateTime`.
    pub fn start_date_time(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.start_date_time = Some(value.into());
        self
    }

    /// Sets `endDateTime`.
    pub fn end_date_time(
        mut self,
        value: impl Into<codegen_runtime::formats::DateTime>,
    ) -> Self {
        self.end_date_time = Some(value.into());
        self
    }

    /// Sets `duration`.
    pub fn duration(mut self, value: impl Into<i64>) -> Self {
        self.duration = Some(value.into());
        self
    }

    /// Sets `posterId`.
    pub fn poster_id(
        mut self,
        value: impl Into<codegen_runtime::formats::Uuid>,
    ) -> Self {
        self.poster_id = Some(value.into());
        self
    }
}

/// A department.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Department {
    /// Id.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Creation time.
    ///
    /// Set by the server.
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<codegen_runtime::formats::DateTime>,
    /// Last update time.
    ///
    /// Set by the server.
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<codegen_runtime::formats::DateTime>,
    /// Id of the creator.
    ///
    /// Set by the server.
    #[serde(rename = "createdBy", skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// Id of the last updater.
    ///
    /// Set by the server.
    #[serde(rename = "updatedBy", skip_serializing_if = "Option::is_none")]
    pub updated_by: Option<String>,
    /// Organization id.
    ///
    /// Set by the server.
    #[serde(rename = "orgId", skip_serializing_if = "Option::is_none")]
    pub org_id: Option<String>,
    /// Type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Name of the department.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// A department in a list.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DepartmentSummary {
    /// Department id.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the department.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Number of members.
    #[serde(rename = "memberCount", skip_serializing_if = "Option::is_none")]
    pub member_count: Option<i64>,
    /// Heads (admins) of the department.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub admins: Option<Vec<UserSummary>>,
}

/// One page of departments.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DepartmentPage {
    /// The departments of this page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub departments: Option<Vec<DepartmentSummary>>,
    /// Paging information of a list response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
}

/// A department with its members.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DepartmentWithMembers {
    /// Id.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Creation time.
    ///
    /// Set by the server.
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<codegen_runtime::formats::DateTime>,
    /// Last update time.
    ///
    /// Set by the server.
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<codegen_runtime::formats::DateTime>,
    /// Id of the creator.
    ///
    /// Set by the server.
    #[serde(rename = "createdBy", skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// Id of the last updater.
    ///
    /// Set by the server.
    #[serde(rename = "updatedBy", skip_serializing_if = "Option::is_none")]
    pub updated_by: Option<String>,
    /// Organization id.
    ///
    /// Set by the server.
    #[serde(rename = "orgId", skip_serializing_if = "Option::is_none")]
    pub org_id: Option<String>,
    /// Type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Name of the department.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// User ids of the department heads.
    #[serde(rename = "departmentHeads", skip_serializing_if = "Option::is_none")]
    pub department_heads: Option<Vec<String>>,
    /// Members of the department.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub members: Option<Vec<UserSummary>>,
}

/// A user to add to a department.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DepartmentMemberInput {
    /// User id (see `list_users`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<codegen_runtime::formats::Uuid>,
    /// Whether the user becomes an admin (head) of the department; "should be true while creating a new department".
    #[serde(rename = "isAdmin", skip_serializing_if = "Option::is_none")]
    pub is_admin: Option<bool>,
    /// Id of the user's current department ("existing Department" in the tables).
    #[serde(rename = "existingDept", skip_serializing_if = "Option::is_none")]
    pub existing_dept: Option<codegen_runtime::formats::Uuid>,
    /// Whether the user is already head of another department.
    #[serde(rename = "isDepartmentHead", skip_serializing_if = "Option::is_none")]
    pub is_department_head: Option<bool>,
}

impl DepartmentMemberInput {
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<codegen_runtime::formats::Uuid>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `isAdmin`.
    pub fn is_admin(mut self, value: impl Into<bool>) -> Self {
        self.is_admin = Some(value.into());
        self
    }

    /// Sets `existingDept`.
    pub fn existing_dept(
        mut self,
        value: impl Into<codegen_runtime::formats::Uuid>,
    ) -> Self {
        self.existing_dept = Some(value.into());
        self
    }

    /// Sets `isDepartmentHead`.
    pub fn is_department_head(mut self, value: impl Into<bool>) -> Self {
        self.is_department_head = Some(value.into());
        self
    }
}

/// A new department.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DepartmentCreate {
    /// Members of the department; at least one must be a head.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub members: Option<Vec<DepartmentMemberInput>>,
    /// Name of the department.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl DepartmentCreate {
    /// Sets `members`.
    pub fn members(mut self, value: impl Into<Vec<DepartmentMemberInput>>) -> Self {
        self.members = Some(value.into());
        self
    }

    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}

/// Heads to add to and remove from a department.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DepartmentHeadsUpdate {
    /// Users to add as heads.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub add: Option<Vec<DepartmentMemberInput>>,
    /// Id of one user to remove from the heads (a single id, not an array).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remove: Option<codegen_runtime::formats::Uuid>,
}

#[allow(clippy::should_implement_trait)]
impl DepartmentHeadsUpdate {
    /// Sets `add`.
    pub fn add(mut self, value: impl Into<Vec<DepartmentMemberInput>>) -> Self {
        self.add = Some(value.into());
        self
    }

    /// Sets `remove`.
    pub fn remove(mut self, value: impl Into<codegen_runtime::formats::Uuid>) -> Self {
        self.remove = Some(value.into());
        self
    }
}

/// Members to add to and remove from a department.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DepartmentMembersUpdate {
    /// Users to add.
    #[serde(rename = "addMembers", skip_serializing_if = "Option::is_none")]
    pub add_members: Option<Vec<DepartmentMemberInput>>,
    /// Ids of the users to remove from the department.
    #[serde(rename = "removeMembers", skip_serializing_if = "Option::is_none")]
    pub remove_members: Option<Vec<codegen_runtime::formats::Uuid>>,
}

impl DepartmentMembersUpdate {
    /// Sets `addMembers`.
    pub fn add_members(mut self, value: impl Into<Vec<DepartmentMemberInput>>) -> Self {
        self.add_members = Some(value.into());
        self
    }

    /// Sets `removeMembers`.
    pub fn remove_members(
        mut self,
        value: impl Into<Vec<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.remove_members = Some(value.into());
        self
    }
}

/// Changes to a department.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct DepartmentUpdate {
    /// New name of the department.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl DepartmentUpdate {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}

/// A location.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Location {
    /// Id.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Creation time.
    ///
    /// Set by the server.
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<codegen_runtime::formats::DateTime>,
    /// Last update time.
    ///
    /// Set by the server.
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<codegen_runtime::formats::DateTime>,
    /// Id of the creator.
    ///
    /// Set by the server.
    #[serde(rename = "createdBy", skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// Id of the last updater.
    ///
    /// Set by the server.
    #[serde(rename = "updatedBy", skip_serializing_if = "Option::is_none")]
    pub updated_by: Option<String>,
    /// Name of the location.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Organization id.
    ///
    /// Set by the server.
    #[serde(rename = "orgId", skip_serializing_if = "Option::is_none")]
    pub org_id: Option<String>,
    /// Number of members (in lists).
    #[serde(rename = "memberCount", skip_serializing_if = "Option::is_none")]
    pub member_count: Option<i64>,
}

/// One page of locations.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct LocationPage {
    /// The locations of this page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locations: Option<Vec<Location>>,
    /// Paging information of a list response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
}

/// A location with its members.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct LocationWithMembers {
    /// Id.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Creation time.
    ///
    /// Set by the server.
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<codegen_runtime::formats::DateTime>,
    /// Last update time.
    ///
    /// Set by the server.
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<codegen_runtime::formats::DateTime>,
    /// Id of the creator.
    ///
    /// Set by the server.
    #[serde(rename = "createdBy", skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// Id of the last updater.
    ///
    /// Set by the server.
    #[serde(rename = "updatedBy", skip_serializing_if = "Option::is_none")]
    pub updated_by: Option<String>,
    /// Name of the location.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Organization id.
    ///
    /// Set by the server.
    #[serde(rename = "orgId", skip_serializing_if = "Option::is_none")]
    pub org_id: Option<String>,
    /// Members of the location.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub members: Option<Vec<UserSummary>>,
}

/// A new location.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct LocationCreate {
    /// Name of the location.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Id of the user who adds the location (shown only in the example).
    #[serde(rename = "addedBy", skip_serializing_if = "Option::is_none")]
    pub added_by: Option<codegen_runtime::formats::Uuid>,
    /// Organization id (shown only in the example).
    #[serde(rename = "orgId", skip_serializing_if = "Option::is_none")]
    pub org_id: Option<codegen_runtime::formats::Uuid>,
}

impl LocationCreate {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `addedBy`.
    pub fn added_by(mut self, value: impl Into<codegen_runtime::formats::Uuid>) -> Self {
        self.added_by = Some(value.into());
        self
    }

    /// Sets `orgId`.
    pub fn org_id(mut self, value: impl Into<codegen_runtime::formats::Uuid>) -> Self {
        self.org_id = Some(value.into());
        self
    }
}

/// Members to add to and remove from a location.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct LocationMembersUpdate {
    /// Ids of the users to add to the location (see `list_users`).
    #[serde(rename = "addMembers", skip_serializing_if = "Option::is_none")]
    pub add_members: Option<Vec<codegen_runtime::formats::Uuid>>,
    /// Ids of the users to remove from the location.
    #[serde(rename = "removeMembers", skip_serializing_if = "Option::is_none")]
    pub remove_members: Option<Vec<codegen_runtime::formats::Uuid>>,
}

impl LocationMembersUpdate {
    /// Sets `addMembers`.
    pub fn add_members(
        mut self,
        value: impl Into<Vec<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.add_members = Some(value.into());
        self
    }

    /// Sets `removeMembers`.
    pub fn remove_members(
        mut self,
        value: impl Into<Vec<codegen_runtime::formats::Uuid>>,
    ) -> Self {
        self.remove_members = Some(value.into());
        self
    }
}

/// A security group.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct SecurityGroup {
    /// Security group id.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Number of members.
    #[serde(rename = "memberCount", skip_serializing_if = "Option::is_none")]
    pub member_count: Option<i64>,
}

/// One page of security groups.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct SecurityGroupPage {
    /// The groups of this page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<SecurityGroup>>,
    /// Paging information of a list response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
}

/// Users to add to or remove from a security group.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct SecurityGroupMembers {
    /// Ids of the users (see `list_users`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ids: Option<Vec<codegen_runtime::formats::Uuid>>,
}

impl SecurityGroupMembers {
    /// Sets `ids`.
    pub fn ids(mut self, value: impl Into<Vec<codegen_runtime::formats::Uuid>>) -> Self {
        self.ids = Some(value.into());
        self
    }
}

/// An SSO or quick-link entry.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Sso {
    /// Id.
    ///
    /// Set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Creation time.
    ///
    /// Set by the server.
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<codegen_runtime::formats::DateTime>,
    /// Last update time.
    ///
    /// Set by the server.
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<codegen_runtime::formats::DateTime>,
    /// Id of the creator.
    ///
    /// Set by the server.
    #[serde(rename = "createdBy", skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// Id of the last updater.
    ///
    /// Set by the server.
    #[serde(rename = "updatedBy", skip_serializing_if = "Option::is_none")]
    pub updated_by: Option<String>,
    /// Authorization URI.
    #[serde(rename = "authorizationURI", skip_serializing_if = "Option::is_none")]
    pub authorization_uri: Option<String>,
    /// URI that exchanges an authorization code for a token.
    #[serde(rename = "tokenURI", skip_serializing_if = "Option::is_none")]
    pub token_uri: Option<String>,
    /// URI that refreshes a token.
    #[serde(rename = "refreshURI", skip_serializing_if = "Option::is_none")]
    pub refresh_uri: Option<String>,
    /// Login URL.
    #[serde(rename = "loginURL", skip_serializing_if = "Option::is_none")]
    pub login_url: Option<String>,
    /// Organization id.
    ///
    /// Set by the server.
    #[serde(rename = "orgId", skip_serializing_if = "Option::is_none")]
    pub org_id: Option<String>,
    /// Location id (location-level entries).
    #[serde(rename = "locationId", skip_serializing_if = "Option::is_none")]
    pub location_id: Option<String>,
    /// Department id (department-level entries).
    #[serde(rename = "departmentId", skip_serializing_if = "Option::is_none")]
    pub department_id: Option<String>,
    /// Display order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<i64>,
    /// An uploaded file (see `GET /api/media`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<Media>,
    /// A user embedded in another object (owner, author, member, participant …). The documentation drops some fields in some places, so every field is optional.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<UserSummary>,
    /// Link (QUICK_LINK entries).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// Kind of entry: QUICK_LINK or SSO.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

/// SSO and quick-link entries.
pub type SsoList = Vec<Sso>;

/// Kind of entry.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[non_exhaustive]
pub enum SsoCreateType {
    /// `QUICK_LINK` on the wire.
    #[serde(rename = "QUICK_LINK")]
    QuickLink,
    /// `SSO` on the wire.
    #[serde(rename = "SSO")]
    Sso,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    #[serde(untagged)]
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

/// A new SSO or quick-link entry. QUICK_LINK needs `link`; SSO needs `authorizationURI`, `tokenURI`, `refreshURI` and `loginURL`.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct SsoCreate {
    /// Kind of entry.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<SsoCreateType>,
    /// Name of the entry.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Authorization URI (required for SSO).
    #[serde(rename = "authorizationURI", skip_serializing_if = "Option::is_none")]
    pub authorization_uri: Option<String>,
    /// URI that generates a new token from an authorization code (required for SSO).
    #[serde(rename = "tokenURI", skip_serializing_if = "Option::is_none")]
    pub token_uri: Option<String>,
    /// URI that generates a new token from a refresh token (required for SSO).
    #[serde(rename = "refreshURI", skip_serializing_if = "Option::is_none")]
    pub refresh_uri: Option<String>,
    /// URL that logs into the account (required for SSO).
    #[serde(rename = "loginURL", skip_serializing_if = "Option::is_none")]
    pub login_url: Option<String>,
    /// Display order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<i64>,
    /// Media id of the image (see `get_media_upload_url`).
    #[serde(rename = "fileId", skip_serializing_if = "Option::is_none")]
    pub file_id: Option<codegen_runtime::formats::Uuid>,
    /// Department id for a department-level entry (ignored with `manage`; see `list_departments`).
    #[serde(rename = "departmentId", skip_serializing_if = "Option::is_none")]
    pub department_id: Option<codegen_runtime::formats::Uuid>,
    /// Location id for a location-level entry (ignored with `manage`; see `list_locations`).
    #[serde(rename = "locationId", skip_serializing_if = "Option::is_none")]
    pub location_id: Option<codegen_runtime::formats::Uuid>,
    /// Link of the entry (required for QUICK_LINK).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
}

impl SsoCreate {
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<SsoCreateType>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `authorizationURI`.
    pub fn authorization_uri(mut self, value: impl Into<String>) -> Self {
        self.authorization_uri = Some(value.into());
        self
    }

    /// Sets `tokenURI`.
    pub fn token_uri(mut self, value: impl Into<String>) -> Self {
        self.token_uri = Some(value.into());
        self
    }

    /// Sets `refreshURI`.
    pub fn refresh_uri(mut self, value: impl Into<String>) -> Self {
        self.refresh_uri = Some(value.into());
        self
    }

    /// Sets `loginURL`.
    pub fn login_url(mut self, value: impl Into<String>) -> Self {
        self.login_url = Some(value.into());
        self
    }

    /// Sets `order`.
    pub fn order(mut self, value: impl Into<i64>) -> Self {
        self.order = Some(value.into());
        self
    }

    /// Sets `fileId`.
    pub fn file_id(mut self, value: impl Into<codegen_runtime::formats::Uuid>) -> Self {
        self.file_id = Some(value.into());
        self
    }

    /// Sets `departmentId`.
    pub fn department_id(
        mut self,
        value: impl Into<codegen_runtime::formats::Uuid>,
    ) -> Self {
        self.department_id = Some(value.into());
        self
    }

    /// Sets `locationId`.
    pub fn location_id(
        mut self,
        value: impl Into<codegen_runtime::formats::Uuid>,
    ) -> Self {
        self.location_id = Some(value.into());
        self
    }

    /// Sets `link`.
    pub fn link(mut self, value: impl Into<String>) -> Self {
        self.link = Some(value.into());
        self
    }
}

/// Form fields to send with the file.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct MediaUploadTicketSignedRequestFields {
    /// Object key.
    #[serde(rename = "Key", skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Content type of the file.
    #[serde(rename = "Content-Type", skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    /// Access control.
    #[serde(rename = "ACL", skip_serializing_if = "Option::is_none")]
    pub acl: Option<String>,
    /// Bucket.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bucket: Option<String>,
    /// Signature algorithm.
    #[serde(rename = "X-Amz-Algorithm", skip_serializing_if = "Option::is_none")]
    pub x_amz_algorithm: Option<String>,
    /// Credential.
    #[serde(rename = "X-Amz-Credential", skip_serializing_if = "Option::is_none")]
    pub x_amz_credential: Option<String>,
    /// Signature date.
    #[serde(rename = "X-Amz-Date", skip_serializing_if = "Option::is_none")]
    pub x_amz_date: Option<String>,
    /// Upload policy.
    #[serde(rename = "Policy", skip_serializing_if = "Option::is_none")]
    pub policy: Option<String>,
    /// Signature.
    #[serde(rename = "X-Amz-Signature", skip_serializing_if = "Option::is_none")]
    pub x_amz_signature: Option<String>,
}

/// A pre-signed upload request.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct MediaUploadTicketSignedRequest {
    /// Where to POST the file (multipart/form-data) with every field of `fields`; outside this API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Form fields to send with the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fields: Option<MediaUploadTicketSignedRequestFields>,
}

/// An upload ticket for a media file.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Serialize))]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct MediaUploadTicket {
    /// Media id of the file; use it in the other calls (`fileId`, `fileIds`, `posterId` …).
    #[serde(rename = "fileId", skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// A pre-signed upload request.
    #[serde(rename = "signedRequest", skip_serializing_if = "Option::is_none")]
    pub signed_request: Option<MediaUploadTicketSignedRequest>,
    /// URL of the file once uploaded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A string enumeration of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[non_exhaustive]
pub enum SortKey {
    /// `a` on the wire.
    #[serde(rename = "a")]
    A,
    /// `b` on the wire.
    #[serde(rename = "b")]
    B,
    /// `c` on the wire.
    #[serde(rename = "c")]
    C,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    #[serde(untagged)]
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

/// A string enumeration of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[non_exhaustive]
pub enum ListEventsFilter {
    /// `POST` on the wire.
    #[serde(rename = "POST")]
    Post,
    /// `LIVESTREAM` on the wire.
    #[serde(rename = "LIVESTREAM")]
    Livestream,
    /// `EVENT` on the wire.
    #[serde(rename = "EVENT")]
    Event,
    /// `FAQ` on the wire.
    #[serde(rename = "FAQ")]
    Faq,
    /// `COURSE` on the wire.
    #[serde(rename = "COURSE")]
    Course,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    #[serde(untagged)]
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

/// A string enumeration of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[non_exhaustive]
pub enum ListPhotosFilter {
    /// `all_photos` on the wire.
    #[serde(rename = "all_photos")]
    AllPhotos,
    /// `friends_photos` on the wire.
    #[serde(rename = "friends_photos")]
    FriendsPhotos,
    /// `only_me_photos` on the wire.
    #[serde(rename = "only_me_photos")]
    OnlyMePhotos,
    /// `tagged_photos` on the wire.
    #[serde(rename = "tagged_photos")]
    TaggedPhotos,
    /// `team_photos` on the wire.
    #[serde(rename = "team_photos")]
    TeamPhotos,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    #[serde(untagged)]
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

/// A string enumeration of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[non_exhaustive]
pub enum SortDirection {
    /// `ASC` on the wire.
    #[serde(rename = "ASC")]
    Asc,
    /// `DESC` on the wire.
    #[serde(rename = "DESC")]
    Desc,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    #[serde(untagged)]
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

/// A string enumeration of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(serde::Deserialize))]
#[non_exhaustive]
pub enum ListTasksFilter {
    /// `INDEPENDENT_TASKS_CREATED_BY_ME` on the wire.
    #[serde(rename = "INDEPENDENT_TASKS_CREATED_BY_ME")]
    IndependentTasksCreatedByMe,
    /// `INDEPENDENT_TASKS_ASSIGNED_TO_ME` on the wire.
    #[serde(rename = "INDEPENDENT_TASKS_ASSIGNED_TO_ME")]
    IndependentTasksAssignedToMe,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    #[serde(untagged)]
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
