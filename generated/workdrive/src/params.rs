// This file is generated from specs/workdrive.yaml by `cargo xtask generate`. Do not edit it by hand.

//! The optional parameters of operations that have them. Every field is optional;
//! start from `Default::default()`.
use crate::types;

/// Optional parameters of [`Client::list_users`](crate::Client::list_users).
#[derive(Debug, Clone, Default)]
pub struct ListUsersParams {
    /// A page number within the paginated result set (from 1).
    pub cur_page: Option<i64>,
    /// Number of results to return per page.
    pub per_page: Option<i64>,
    /// Only users of this location (see `list_locations`).
    pub location: Option<String>,
    /// Only users of this department (see `list_departments`).
    pub department: Option<String>,
}

/// Optional parameters of [`Client::list_team_supervisors`](crate::Client::list_team_supervisors).
#[derive(Debug, Clone, Default)]
pub struct ListTeamSupervisorsParams {
    /// A page number within the paginated result set (from 1).
    pub cur_page: Option<i64>,
    /// Number of results to return per page.
    pub per_page: Option<i64>,
    /// The user whose supervisors are listed.
    pub user_id: Option<String>,
}

/// Optional parameters of [`Client::create_user`](crate::Client::create_user).
#[derive(Debug, Clone, Default)]
pub struct CreateUserParams {
    /// Take the missing user details from the default user on-boarding settings.
    pub bulk: Option<bool>,
}

/// Optional parameters of [`Client::delete_user`](crate::Client::delete_user).
#[derive(Debug, Clone, Default)]
pub struct DeleteUserParams {
    /// Hand the deleted user's data to the assignees of the default user off-boarding settings.
    pub bulk: Option<bool>,
}

/// Optional parameters of [`Client::list_posts`](crate::Client::list_posts).
#[derive(Debug, Clone, Default)]
pub struct ListPostsParams {
    /// Number of results to return per page.
    pub per_page: Option<i64>,
    /// Sort order: `a` recent, `b` most reacted, `c` most commented.
    pub sort_key: Option<types::SortKey>,
}

/// Optional parameters of [`Client::list_news`](crate::Client::list_news).
#[derive(Debug, Clone, Default)]
pub struct ListNewsParams {
    /// Number of results to return per page.
    pub per_page: Option<i64>,
    /// Sort order: `a` recent, `b` most reacted, `c` most commented.
    pub sort_key: Option<types::SortKey>,
}

/// Optional parameters of [`Client::list_events`](crate::Client::list_events).
#[derive(Debug, Clone, Default)]
pub struct ListEventsParams {
    /// Number of results to return per page.
    pub per_page: Option<i64>,
    /// Include events imported from calendars (Google, Outlook).
    pub external_events: Option<bool>,
    /// Only events of this type.
    pub filter: Option<types::ListEventsFilter>,
    /// Only events of this category (see `list_categories`).
    pub category: Option<String>,
    /// Only events that happened in the past.
    pub only_past: Option<bool>,
    /// Include the events happening now.
    pub include_happening_now: Option<bool>,
    /// Only meeting-type events.
    pub only_meeting: Option<bool>,
    /// Only events the user is going to attend.
    pub only_going: Option<bool>,
    /// Only events that end by this date.
    pub to_date: Option<types::DateTimeParam>,
    /// Only events that start from this date.
    pub from_date: Option<types::DateTimeParam>,
    /// Include recent answers to invitations (shown only in the example; not in the parameter table).
    pub include_recent_rsvps: Option<bool>,
}

/// Optional parameters of [`Client::delete_event`](crate::Client::delete_event).
#[derive(Debug, Clone, Default)]
pub struct DeleteEventParams {
    /// Whether all recurrences of the event or only the ones after this event are deleted; values not documented.
    pub repeat: Option<String>,
}

/// Optional parameters of [`Client::update_event`](crate::Client::update_event).
#[derive(Debug, Clone, Default)]
pub struct UpdateEventParams {
    /// Whether all recurrences of the event or only the ones after this event are updated; values not documented.
    pub repeat: Option<String>,
}

/// Optional parameters of [`Client::list_videos`](crate::Client::list_videos).
#[derive(Debug, Clone, Default)]
pub struct ListVideosParams {
    /// A page number within the paginated result set (from 1).
    pub cur_page: Option<i64>,
    /// Number of results to return per page.
    pub per_page: Option<i64>,
    /// Only videos of the users the user follows.
    pub is_following: Option<bool>,
    /// Only videos uploaded by this user.
    pub user_id: Option<String>,
    /// Only videos with these keywords in title or description.
    pub search: Option<String>,
}

/// Optional parameters of [`Client::list_photos`](crate::Client::list_photos).
#[derive(Debug, Clone, Default)]
pub struct ListPhotosParams {
    /// A page number within the paginated result set (from 1).
    pub cur_page: Option<i64>,
    /// Number of results to return per page.
    pub per_page: Option<i64>,
    /// Which photos to list.
    pub filter: Option<types::ListPhotosFilter>,
    /// Only photos uploaded by this user (see `list_users`).
    pub user_id: Option<String>,
}

/// Optional parameters of [`Client::list_documents`](crate::Client::list_documents).
#[derive(Debug, Clone, Default)]
pub struct ListDocumentsParams {
    /// A page number within the paginated result set (from 1).
    pub cur_page: Option<i64>,
    /// Number of results to return per page.
    pub per_page: Option<i64>,
    /// Only documents of this category (see `list_categories`).
    pub category: Option<String>,
}

/// Optional parameters of [`Client::create_document`](crate::Client::create_document).
#[derive(Debug, Clone, Default)]
pub struct CreateDocumentParams {
    /// Publish the document at once.
    pub publish: Option<bool>,
}

/// Optional parameters of [`Client::update_document`](crate::Client::update_document).
#[derive(Debug, Clone, Default)]
pub struct UpdateDocumentParams {
    /// Publish the document at once.
    pub publish: Option<bool>,
}

/// Optional parameters of [`Client::list_faqs`](crate::Client::list_faqs).
#[derive(Debug, Clone, Default)]
pub struct ListFaqsParams {
    /// A page number within the paginated result set (from 1).
    pub cur_page: Option<i64>,
    /// Number of results to return per page.
    pub per_page: Option<i64>,
    /// Only FAQs of this category (see `list_categories`).
    pub category: Option<String>,
}

/// Optional parameters of [`Client::create_faq`](crate::Client::create_faq).
#[derive(Debug, Clone, Default)]
pub struct CreateFaqParams {
    /// Publish the FAQ at once.
    pub publish: Option<bool>,
}

/// Optional parameters of [`Client::update_faq`](crate::Client::update_faq).
#[derive(Debug, Clone, Default)]
pub struct UpdateFaqParams {
    /// Publish the FAQ at once.
    pub publish: Option<bool>,
}

/// Optional parameters of [`Client::list_categories`](crate::Client::list_categories).
#[derive(Debug, Clone, Default)]
pub struct ListCategoriesParams {
    /// A page number within the paginated result set (from 1).
    pub cur_page: Option<i64>,
    /// Number of results to return per page.
    pub per_page: Option<i64>,
}

/// Optional parameters of [`Client::list_enforcement_templates`](crate::Client::list_enforcement_templates).
#[derive(Debug, Clone, Default)]
pub struct ListEnforcementTemplatesParams {
    /// A page number within the paginated result set (from 1).
    pub cur_page: Option<i64>,
    /// Number of results to return per page.
    pub per_page: Option<i64>,
    /// Sort direction by creation date of the templates.
    pub sort_direction: Option<types::SortDirection>,
}

/// Optional parameters of [`Client::list_courses`](crate::Client::list_courses).
#[derive(Debug, Clone, Default)]
pub struct ListCoursesParams {
    /// A page number within the paginated result set (from 1).
    pub cur_page: Option<i64>,
    /// Number of results to return per page.
    pub per_page: Option<i64>,
    /// Which courses to list; the description is cut off in the documentation, the example sends `ALL_COURSES`.
    pub filter: Option<String>,
    /// Sort direction by creation date of the courses.
    pub sort_direction: Option<types::SortDirection>,
}

/// Optional parameters of [`Client::list_tasks`](crate::Client::list_tasks).
#[derive(Debug, Clone, Default)]
pub struct ListTasksParams {
    /// A page number within the paginated result set (from 1).
    pub cur_page: Option<i64>,
    /// Number of results to return per page.
    pub per_page: Option<i64>,
    /// Sort direction.
    pub sort_direction: Option<types::SortDirection>,
    /// Which tasks to list.
    pub filter: Option<types::ListTasksFilter>,
    /// Only published (or unpublished) tasks (shown only in the example).
    pub published: Option<bool>,
}

/// Optional parameters of [`Client::list_group_chats`](crate::Client::list_group_chats).
#[derive(Debug, Clone, Default)]
pub struct ListGroupChatsParams {
    /// A page number within the paginated result set (from 1).
    pub cur_page: Option<i64>,
    /// Number of results to return per page.
    pub per_page: Option<i64>,
    /// Only groups of this type.
    pub group_type: Option<types::GroupType>,
    /// Only the groups the user has joined.
    pub my_group_chats: Option<bool>,
    /// Include the participants of the groups.
    pub include_participants: Option<bool>,
    /// Only groups created up to this time.
    pub time: Option<String>,
}

/// Optional parameters of [`Client::delete_group_chats`](crate::Client::delete_group_chats).
#[derive(Debug, Clone, Default)]
pub struct DeleteGroupChatsParams {
    /// Ids of the group chats to delete.
    pub id: Option<Vec<String>>,
}

/// Optional parameters of [`Client::list_departments`](crate::Client::list_departments).
#[derive(Debug, Clone, Default)]
pub struct ListDepartmentsParams {
    /// A page number within the paginated result set (from 1).
    pub cur_page: Option<i64>,
    /// Number of results to return per page.
    pub per_page: Option<i64>,
}

/// Optional parameters of [`Client::list_locations`](crate::Client::list_locations).
#[derive(Debug, Clone, Default)]
pub struct ListLocationsParams {
    /// A page number within the paginated result set (from 1).
    pub cur_page: Option<i64>,
    /// Number of results to return per page.
    pub per_page: Option<i64>,
}

/// Optional parameters of [`Client::list_security_groups`](crate::Client::list_security_groups).
#[derive(Debug, Clone, Default)]
pub struct ListSecurityGroupsParams {
    /// A page number within the paginated result set (from 1).
    pub cur_page: Option<i64>,
    /// Number of results to return per page.
    pub per_page: Option<i64>,
}

/// Optional parameters of [`Client::list_ssos`](crate::Client::list_ssos).
#[derive(Debug, Clone, Default)]
pub struct ListSsosParams {
    /// List the admin-level entries.
    pub manage: Option<bool>,
    /// Only entries of this location (see `list_locations`).
    pub location: Option<String>,
    /// Only entries of this department (see `list_departments`).
    pub department: Option<String>,
}

/// Optional parameters of [`Client::create_sso`](crate::Client::create_sso).
#[derive(Debug, Clone, Default)]
pub struct CreateSsoParams {
    /// Create an admin-level entry.
    pub manage: Option<bool>,
}
