// This file is generated from specs/workdrive.yaml by `cargo xtask generate`. Do not edit it by hand.

//! One marker type per operation. A method returns `Call<T, ops::Operation>`; the
//! setters of the operation's optional parameters are methods of that call, so a
//! parameter added to the API is a new method, never a new argument. A marker's value
//! names its operation where a value is wanted (`mock::Server::expect(ops::Operation)`
//! with the `mock` feature).
/// Marks the calls of [`Client::list_users`](crate::Client::list_users): `Call<T, ops::ListUsers>`, which has the setters of its 4 optional parameter(s) and `stream()`.
pub struct ListUsers;

/// Marks the calls of [`Client::list_team_supervisors`](crate::Client::list_team_supervisors): `Call<T, ops::ListTeamSupervisors>`, which has the setters of its 3 optional parameter(s) and `stream()`.
pub struct ListTeamSupervisors;

/// Marks the calls of [`Client::create_user`](crate::Client::create_user): `Call<T, ops::CreateUser>`, which has the setters of its 1 optional parameter(s).
pub struct CreateUser;

/// Marks the calls of [`Client::delete_user`](crate::Client::delete_user): `Call<T, ops::DeleteUser>`, which has the setters of its 1 optional parameter(s).
pub struct DeleteUser;

/// Marks the calls of [`Client::update_user`](crate::Client::update_user): `Call<T, ops::UpdateUser>`.
pub struct UpdateUser;

/// Marks the calls of [`Client::bulk_create_users`](crate::Client::bulk_create_users): `Call<T, ops::BulkCreateUsers>`.
pub struct BulkCreateUsers;

/// Marks the calls of [`Client::bulk_delete_users`](crate::Client::bulk_delete_users): `Call<T, ops::BulkDeleteUsers>`.
pub struct BulkDeleteUsers;

/// Marks the calls of [`Client::create_organization`](crate::Client::create_organization): `Call<T, ops::CreateOrganization>`.
pub struct CreateOrganization;

/// Marks the calls of [`Client::update_organization`](crate::Client::update_organization): `Call<T, ops::UpdateOrganization>`.
pub struct UpdateOrganization;

/// Marks the calls of [`Client::generate_access_token`](crate::Client::generate_access_token): `Call<T, ops::GenerateAccessToken>`.
pub struct GenerateAccessToken;

/// Marks the calls of [`Client::list_posts`](crate::Client::list_posts): `Call<T, ops::ListPosts>`, which has the setters of its 2 optional parameter(s).
pub struct ListPosts;

/// Marks the calls of [`Client::create_post`](crate::Client::create_post): `Call<T, ops::CreatePost>`.
pub struct CreatePost;

/// Marks the calls of [`Client::delete_post`](crate::Client::delete_post): `Call<T, ops::DeletePost>`.
pub struct DeletePost;

/// Marks the calls of [`Client::update_post`](crate::Client::update_post): `Call<T, ops::UpdatePost>`.
pub struct UpdatePost;

/// Marks the calls of [`Client::list_news`](crate::Client::list_news): `Call<T, ops::ListNews>`, which has the setters of its 2 optional parameter(s).
pub struct ListNews;

/// Marks the calls of [`Client::create_news`](crate::Client::create_news): `Call<T, ops::CreateNews>`.
pub struct CreateNews;

/// Marks the calls of [`Client::delete_news`](crate::Client::delete_news): `Call<T, ops::DeleteNews>`.
pub struct DeleteNews;

/// Marks the calls of [`Client::update_news`](crate::Client::update_news): `Call<T, ops::UpdateNews>`.
pub struct UpdateNews;

/// Marks the calls of [`Client::list_events`](crate::Client::list_events): `Call<T, ops::ListEvents>`, which has the setters of its 11 optional parameter(s).
pub struct ListEvents;

/// Marks the calls of [`Client::create_event`](crate::Client::create_event): `Call<T, ops::CreateEvent>`.
pub struct CreateEvent;

/// Marks the calls of [`Client::delete_event`](crate::Client::delete_event): `Call<T, ops::DeleteEvent>`, which has the setters of its 1 optional parameter(s).
pub struct DeleteEvent;

/// Marks the calls of [`Client::update_event`](crate::Client::update_event): `Call<T, ops::UpdateEvent>`, which has the setters of its 1 optional parameter(s).
pub struct UpdateEvent;

/// Marks the calls of [`Client::list_videos`](crate::Client::list_videos): `Call<T, ops::ListVideos>`, which has the setters of its 5 optional parameter(s) and `stream()`.
pub struct ListVideos;

/// Marks the calls of [`Client::create_video`](crate::Client::create_video): `Call<T, ops::CreateVideo>`.
pub struct CreateVideo;

/// Marks the calls of [`Client::delete_video`](crate::Client::delete_video): `Call<T, ops::DeleteVideo>`.
pub struct DeleteVideo;

/// Marks the calls of [`Client::update_video`](crate::Client::update_video): `Call<T, ops::UpdateVideo>`.
pub struct UpdateVideo;

/// Marks the calls of [`Client::list_photos`](crate::Client::list_photos): `Call<T, ops::ListPhotos>`, which has the setters of its 4 optional parameter(s) and `stream()`.
pub struct ListPhotos;

/// Marks the calls of [`Client::create_photo`](crate::Client::create_photo): `Call<T, ops::CreatePhoto>`.
pub struct CreatePhoto;

/// Marks the calls of [`Client::delete_photo`](crate::Client::delete_photo): `Call<T, ops::DeletePhoto>`.
pub struct DeletePhoto;

/// Marks the calls of [`Client::update_photo`](crate::Client::update_photo): `Call<T, ops::UpdatePhoto>`.
pub struct UpdatePhoto;

/// Marks the calls of [`Client::list_documents`](crate::Client::list_documents): `Call<T, ops::ListDocuments>`, which has the setters of its 3 optional parameter(s) and `stream()`.
pub struct ListDocuments;

/// Marks the calls of [`Client::create_document`](crate::Client::create_document): `Call<T, ops::CreateDocument>`, which has the setters of its 1 optional parameter(s).
pub struct CreateDocument;

/// Marks the calls of [`Client::delete_document`](crate::Client::delete_document): `Call<T, ops::DeleteDocument>`.
pub struct DeleteDocument;

/// Marks the calls of [`Client::update_document`](crate::Client::update_document): `Call<T, ops::UpdateDocument>`, which has the setters of its 1 optional parameter(s).
pub struct UpdateDocument;

/// Marks the calls of [`Client::list_faqs`](crate::Client::list_faqs): `Call<T, ops::ListFaqs>`, which has the setters of its 3 optional parameter(s) and `stream()`.
pub struct ListFaqs;

/// Marks the calls of [`Client::create_faq`](crate::Client::create_faq): `Call<T, ops::CreateFaq>`, which has the setters of its 1 optional parameter(s).
pub struct CreateFaq;

/// Marks the calls of [`Client::delete_faq`](crate::Client::delete_faq): `Call<T, ops::DeleteFaq>`.
pub struct DeleteFaq;

/// Marks the calls of [`Client::update_faq`](crate::Client::update_faq): `Call<T, ops::UpdateFaq>`, which has the setters of its 1 optional parameter(s).
pub struct UpdateFaq;

/// Marks the calls of [`Client::list_categories`](crate::Client::list_categories): `Call<T, ops::ListCategories>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub struct ListCategories;

/// Marks the calls of [`Client::list_enforcement_templates`](crate::Client::list_enforcement_templates): `Call<T, ops::ListEnforcementTemplates>`, which has the setters of its 3 optional parameter(s) and `stream()`.
pub struct ListEnforcementTemplates;

/// Marks the calls of [`Client::send_notification`](crate::Client::send_notification): `Call<T, ops::SendNotification>`.
pub struct SendNotification;

/// Marks the calls of [`Client::list_module_codes`](crate::Client::list_module_codes): `Call<T, ops::ListModuleCodes>`.
pub struct ListModuleCodes;

/// Marks the calls of [`Client::list_courses`](crate::Client::list_courses): `Call<T, ops::ListCourses>`, which has the setters of its 4 optional parameter(s) and `stream()`.
pub struct ListCourses;

/// Marks the calls of [`Client::delete_course`](crate::Client::delete_course): `Call<T, ops::DeleteCourse>`.
pub struct DeleteCourse;

/// Marks the calls of [`Client::list_tasks`](crate::Client::list_tasks): `Call<T, ops::ListTasks>`, which has the setters of its 5 optional parameter(s) and `stream()`.
pub struct ListTasks;

/// Marks the calls of [`Client::create_task`](crate::Client::create_task): `Call<T, ops::CreateTask>`.
pub struct CreateTask;

/// Marks the calls of [`Client::update_task`](crate::Client::update_task): `Call<T, ops::UpdateTask>`.
pub struct UpdateTask;

/// Marks the calls of [`Client::assign_task`](crate::Client::assign_task): `Call<T, ops::AssignTask>`.
pub struct AssignTask;

/// Marks the calls of [`Client::delete_task`](crate::Client::delete_task): `Call<T, ops::DeleteTask>`.
pub struct DeleteTask;

/// Marks the calls of [`Client::list_group_chats`](crate::Client::list_group_chats): `Call<T, ops::ListGroupChats>`, which has the setters of its 6 optional parameter(s) and `stream()`.
pub struct ListGroupChats;

/// Marks the calls of [`Client::create_group_chat`](crate::Client::create_group_chat): `Call<T, ops::CreateGroupChat>`.
pub struct CreateGroupChat;

/// Marks the calls of [`Client::delete_group_chats`](crate::Client::delete_group_chats): `Call<T, ops::DeleteGroupChats>`, which has the setters of its 1 optional parameter(s).
pub struct DeleteGroupChats;

/// Marks the calls of [`Client::create_conversation_meeting`](crate::Client::create_conversation_meeting): `Call<T, ops::CreateConversationMeeting>`.
pub struct CreateConversationMeeting;

/// Marks the calls of [`Client::update_group_chat`](crate::Client::update_group_chat): `Call<T, ops::UpdateGroupChat>`.
pub struct UpdateGroupChat;

/// Marks the calls of [`Client::send_message`](crate::Client::send_message): `Call<T, ops::SendMessage>`.
pub struct SendMessage;

/// Marks the calls of [`Client::list_departments`](crate::Client::list_departments): `Call<T, ops::ListDepartments>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub struct ListDepartments;

/// Marks the calls of [`Client::create_department`](crate::Client::create_department): `Call<T, ops::CreateDepartment>`.
pub struct CreateDepartment;

/// Marks the calls of [`Client::update_department_heads`](crate::Client::update_department_heads): `Call<T, ops::UpdateDepartmentHeads>`.
pub struct UpdateDepartmentHeads;

/// Marks the calls of [`Client::get_department_members`](crate::Client::get_department_members): `Call<T, ops::GetDepartmentMembers>`.
pub struct GetDepartmentMembers;

/// Marks the calls of [`Client::update_department_members`](crate::Client::update_department_members): `Call<T, ops::UpdateDepartmentMembers>`.
pub struct UpdateDepartmentMembers;

/// Marks the calls of [`Client::delete_department`](crate::Client::delete_department): `Call<T, ops::DeleteDepartment>`.
pub struct DeleteDepartment;

/// Marks the calls of [`Client::update_department`](crate::Client::update_department): `Call<T, ops::UpdateDepartment>`.
pub struct UpdateDepartment;

/// Marks the calls of [`Client::list_locations`](crate::Client::list_locations): `Call<T, ops::ListLocations>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub struct ListLocations;

/// Marks the calls of [`Client::create_location`](crate::Client::create_location): `Call<T, ops::CreateLocation>`.
pub struct CreateLocation;

/// Marks the calls of [`Client::get_location_members`](crate::Client::get_location_members): `Call<T, ops::GetLocationMembers>`.
pub struct GetLocationMembers;

/// Marks the calls of [`Client::update_location_members`](crate::Client::update_location_members): `Call<T, ops::UpdateLocationMembers>`.
pub struct UpdateLocationMembers;

/// Marks the calls of [`Client::delete_location`](crate::Client::delete_location): `Call<T, ops::DeleteLocation>`.
pub struct DeleteLocation;

/// Marks the calls of [`Client::update_location`](crate::Client::update_location): `Call<T, ops::UpdateLocation>`.
pub struct UpdateLocation;

/// Marks the calls of [`Client::list_security_groups`](crate::Client::list_security_groups): `Call<T, ops::ListSecurityGroups>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub struct ListSecurityGroups;

/// Marks the calls of [`Client::add_security_group_members`](crate::Client::add_security_group_members): `Call<T, ops::AddSecurityGroupMembers>`.
pub struct AddSecurityGroupMembers;

/// Marks the calls of [`Client::remove_security_group_members`](crate::Client::remove_security_group_members): `Call<T, ops::RemoveSecurityGroupMembers>`.
pub struct RemoveSecurityGroupMembers;

/// Marks the calls of [`Client::list_ssos`](crate::Client::list_ssos): `Call<T, ops::ListSsos>`, which has the setters of its 3 optional parameter(s).
pub struct ListSsos;

/// Marks the calls of [`Client::create_sso`](crate::Client::create_sso): `Call<T, ops::CreateSso>`, which has the setters of its 1 optional parameter(s).
pub struct CreateSso;

/// Marks the calls of [`Client::get_media_upload_url`](crate::Client::get_media_upload_url): `Call<T, ops::GetMediaUploadUrl>`.
pub struct GetMediaUploadUrl;
