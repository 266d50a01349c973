// This file is generated from specs/workdrive.yaml by `cargo xtask generate`. Do not edit it by hand.

//! A test kit (feature `mock`): a server on loopback that answers the calls a test
//! expects, typed per operation, and a [`Client`](crate::Client) pointed at it.
//!
//! Each request is checked against the spec (an operation's method and path, its query
//! parameters, a JSON body decoded into the operation's body type); one that does not
//! conform, or that no expectation matches, is answered with a diagnostic (status 500,
//! a text body naming the request and the expectations) and fails the test when the
//! server is dropped, as does an expectation not called as often as it wants.
#![allow(deprecated)]
use codegen_runtime::mock::{MockServer, OperationSpec, ResponseKind};
use crate::ops;

#[allow(unused_imports)]
use crate::types;

pub use codegen_runtime::mock::{
    Expectation, MockError, MockOperation, DIAGNOSTIC_STATUS, MOCK_CREDENTIAL,
};

static LIST_USERS: OperationSpec = OperationSpec {
    name: "ListUsers",
    id: "list_users",
    method: "GET",
    path: "/api/users",
    query: &[
        ("cur_page", false),
        ("per_page", false),
        ("location", false),
        ("department", false),
    ],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"users\":[{\"id\":\"string\",\"createdAt\":\"2022-12-22T09:09:12.831Z\",\"updatedAt\":\"2022-12-22T09:09:12.831Z\",\"createdBy\":\"string\",\"updatedBy\":\"string\",\"orgId\":\"string\",\"userName\":\"string\",\"email\":\"john@example.com\",\"status\":\"string\",\"firstName\":\"John\",\"lastName\":\"Smith\",\"picture\":{},\"cover\":{},\"bio\":\"string\",\"phone\":\"string\",\"reportsTo\":\"string\",\"designation\":\"string\",\"department\":\"string\",\"isDepartmentHead\":true,\"color\":\"string\",\"isExpert\":true,\"availability\":1,\"location\":{},\"reportsToObj\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"departmentData\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}}],\"meta\":{\"perPage\":0,\"totalPages\":0,\"totalResults\":0,\"curPage\":0,\"nextPage\":0}}",
    ),
};

impl MockOperation for ops::ListUsers {
    type Ok = types::UserPage;
    const SPEC: &'static OperationSpec = &LIST_USERS;
}

static LIST_TEAM_SUPERVISORS: OperationSpec = OperationSpec {
    name: "ListTeamSupervisors",
    id: "list_team_supervisors",
    method: "GET",
    path: "/api/users/supervisors",
    query: &[("cur_page", false), ("per_page", false), ("userId", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"users\":[{\"id\":\"string\",\"email\":\"john@example.com\",\"firstName\":\"John\",\"lastName\":\"Smith\"}],\"meta\":{\"perPage\":0,\"totalPages\":0,\"totalResults\":0,\"curPage\":0,\"nextPage\":0}}",
    ),
};

impl MockOperation for ops::ListTeamSupervisors {
    type Ok = types::UserBriefPage;
    const SPEC: &'static OperationSpec = &LIST_TEAM_SUPERVISORS;
}

static CREATE_USER: OperationSpec = OperationSpec {
    name: "CreateUser",
    id: "create_user",
    method: "POST",
    path: "/api/users/add",
    query: &[("bulk", false)],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::UserCreate>),
        type_name: "UserCreate",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"id\":\"string\",\"createdAt\":\"2022-12-21T10:57:54.722Z\",\"updatedAt\":\"2022-12-21T10:57:54.722Z\",\"createdBy\":\"string\",\"updatedBy\":\"string\",\"orgId\":\"string\",\"userName\":\"string\",\"email\":\"john@example.com\",\"status\":\"string\",\"firstName\":\"John\",\"lastName\":\"Smith\",\"picture\":20,\"cover\":{},\"bio\":\"string\",\"phone\":\"string\",\"reportsTo\":\"string\",\"designation\":\"string\",\"department\":\"string\",\"isDepartmentHead\":true,\"color\":\"string\",\"isExpert\":true,\"availability\":1,\"location\":{},\"teamMembers\":[\"string\"],\"userAdditionalTeams\":[\"string\"],\"addAdditionalLocations\":[\"string\"]}",
    ),
};

impl MockOperation for ops::CreateUser {
    type Ok = types::User;
    const SPEC: &'static OperationSpec = &CREATE_USER;
}

static DELETE_USER: OperationSpec = OperationSpec {
    name: "DeleteUser",
    id: "delete_user",
    method: "DELETE",
    path: "/api/users/{id}",
    query: &[("bulk", false)],
    body: None,
    status: 200,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteUser {
    type Ok = ();
    const SPEC: &'static OperationSpec = &DELETE_USER;
}

static UPDATE_USER: OperationSpec = OperationSpec {
    name: "UpdateUser",
    id: "update_user",
    method: "PATCH",
    path: "/api/users/{id}",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::UserUpdate>),
        type_name: "UserUpdate",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"id\":\"string\",\"createdAt\":\"2022-12-21T11:44:08.324Z\",\"updatedAt\":\"2022-12-21T11:44:08.324Z\",\"createdBy\":\"string\",\"updatedBy\":\"string\",\"orgId\":\"string\",\"userName\":\"string\",\"email\":\"john@example.com\",\"status\":\"string\",\"firstName\":\"John\",\"lastName\":\"Smith\",\"picture\":20,\"cover\":{},\"bio\":\"string\",\"phone\":\"string\",\"reportsTo\":\"string\",\"designation\":\"string\",\"department\":\"string\",\"isDepartmentHead\":true,\"color\":\"string\",\"isExpert\":true,\"availability\":1,\"location\":{},\"teamMembers\":[\"string\"],\"badges\":[{\"id\":\"string\",\"title\":\"string\",\"description\":\"string\",\"badgeFileName\":\"string\",\"orgId\":\"string\",\"path\":\"string\"}],\"userAdditionalTeams\":[\"string\"],\"addAdditionalLocations\":[\"string\"]}",
    ),
};

impl MockOperation for ops::UpdateUser {
    type Ok = types::User;
    const SPEC: &'static OperationSpec = &UPDATE_USER;
}

static BULK_CREATE_USERS: OperationSpec = OperationSpec {
    name: "BulkCreateUsers",
    id: "bulk_create_users",
    method: "POST",
    path: "/api/users/bulk-create",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::UserBulkCreate>),
        type_name: "UserBulkCreate",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "[{\"id\":\"string\",\"createdAt\":\"2022-12-21T10:57:54.722Z\",\"updatedAt\":\"2022-12-21T10:57:54.722Z\",\"createdBy\":\"string\",\"updatedBy\":\"string\",\"orgId\":\"string\",\"userName\":\"string\",\"email\":\"john@example.com\",\"status\":\"string\",\"firstName\":\"John\",\"lastName\":\"Smith\",\"picture\":20,\"cover\":{},\"bio\":\"string\",\"phone\":\"string\",\"reportsTo\":\"string\",\"designation\":\"string\",\"department\":\"string\",\"isDepartmentHead\":true,\"color\":\"string\",\"isExpert\":true,\"availability\":1,\"location\":{},\"teamMembers\":[\"string\"],\"userAdditionalTeams\":[\"string\"],\"addAdditionalLocations\":[\"string\"]}]",
    ),
};

impl MockOperation for ops::BulkCreateUsers {
    type Ok = types::UserList;
    const SPEC: &'static OperationSpec = &BULK_CREATE_USERS;
}

static BULK_DELETE_USERS: OperationSpec = OperationSpec {
    name: "BulkDeleteUsers",
    id: "bulk_delete_users",
    method: "DELETE",
    path: "/api/users/bulk-delete",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::UserBulkDelete>),
        type_name: "UserBulkDelete",
    }),
    status: 200,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::BulkDeleteUsers {
    type Ok = ();
    const SPEC: &'static OperationSpec = &BULK_DELETE_USERS;
}

static CREATE_ORGANIZATION: OperationSpec = OperationSpec {
    name: "CreateOrganization",
    id: "create_organization",
    method: "POST",
    path: "/api/organization",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::OrganizationCreate>),
        type_name: "OrganizationCreate",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"createdAt\":\"2023-03-03T06:44:27.486Z\",\"updatedAt\":null,\"id\":\"bd06213a-a26b-4cd7-a6b8-cfa154073e1f\",\"status\":\"ACTIVE\",\"subdomain\":\"stilla\",\"parentOrgId\":null,\"name\":\"Stilla\",\"legalName\":\"Stilla\",\"websites\":null,\"address\":null,\"email\":null,\"phone\":null,\"description\":null,\"industry\":null,\"authMethod\":\"internal\",\"createdBy\":\"a3068d46-b993-11ed-afa1-0242ac120002\",\"accessToken\":\"3fexxx-xxx-x-xxxxx-xxxx-xxxx-xxxxx\"}",
    ),
};

impl MockOperation for ops::CreateOrganization {
    type Ok = types::Organization;
    const SPEC: &'static OperationSpec = &CREATE_ORGANIZATION;
}

static UPDATE_ORGANIZATION: OperationSpec = OperationSpec {
    name: "UpdateOrganization",
    id: "update_organization",
    method: "PATCH",
    path: "/api/organization/{id}",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::OrganizationUpdate>),
        type_name: "OrganizationUpdate",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"createdAt\":\"2023-03-03T07:53:49.830Z\",\"updatedAt\":\"2023-03-03T07:53:49.830Z\",\"id\":\"string\",\"status\":\"string\",\"subdomain\":\"string\",\"parentOrgId\":\"string\",\"name\":\"string\",\"legalName\":\"string\",\"websites\":[\"string\"],\"address\":{\"street1\":\"string\",\"street2\":\"string\",\"city\":\"string\",\"state\":\"string\",\"zip\":\"string\"},\"file\":{\"id\":\"string\",\"mime\":\"string\",\"path\":\"string\",\"name\":\"string\",\"processing\":{},\"metadata\":{},\"size\":0,\"url\":\"string\",\"cdn\":\"string\",\"bucket\":\"string\",\"mp4Urls\":[\"string\"],\"hlsUrl\":\"string\",\"dashUrl\":\"string\",\"thumbnail\":\"string\",\"isImage\":true,\"isVideo\":true,\"isDoc\":true,\"createdAt\":\"2023-03-03T07:53:49.830Z\",\"owner\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"locationId\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\",\"externalUserId\":\"string\"}},\"email\":\"abc@xyz.com\",\"phone\":\"714-517-5291\",\"description\":\"Real estate company\",\"industry\":\"Real estate\",\"authMethod\":[\"internal\"]}",
    ),
};

impl MockOperation for ops::UpdateOrganization {
    type Ok = types::Organization;
    const SPEC: &'static OperationSpec = &UPDATE_ORGANIZATION;
}

static GENERATE_ACCESS_TOKEN: OperationSpec = OperationSpec {
    name: "GenerateAccessToken",
    id: "generate_access_token",
    method: "POST",
    path: "/api/token/generate-access",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::AccessTokenRequest>),
        type_name: "AccessTokenRequest",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"userId\":\"20cf22ed-be0b-40ce-930b-5aae73d2563c\",\"token\":\"3080826c-1270-45c7-b40f-36ac317556fd\"}",
    ),
};

impl MockOperation for ops::GenerateAccessToken {
    type Ok = types::AccessToken;
    const SPEC: &'static OperationSpec = &GENERATE_ACCESS_TOKEN;
}

static LIST_POSTS: OperationSpec = OperationSpec {
    name: "ListPosts",
    id: "list_posts",
    method: "GET",
    path: "/api/posts",
    query: &[("time", true), ("per_page", false), ("sort_key", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"posts\":[{\"id\":\"string\",\"postText\":\"string\",\"postedAt\":\"2022-12-16T06:47:09.531Z\",\"commentsCount\":0,\"user\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"files\":{\"id\":\"string\",\"mime\":\"string\",\"path\":\"string\",\"name\":\"string\",\"processing\":{},\"metadata\":{},\"size\":0,\"url\":\"string\",\"cdn\":\"string\",\"bucket\":\"string\",\"mp4Urls\":[\"string\"],\"hlsUrl\":\"string\",\"dashUrl\":\"string\",\"thumbnail\":\"string\",\"isImage\":true,\"isVideo\":true,\"isDoc\":true,\"createdAt\":\"2022-12-16T06:47:09.531Z\",\"owner\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}},\"linkPreviews\":{\"title\":\"string\",\"description\":\"string\",\"image\":\"string\",\"link\":\"string\"},\"tags\":[\"string\"],\"reactions\":[{}],\"mentions\":[{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}],\"taggedUsers\":[{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}],\"gif\":\"string\",\"links\":[\"string\"],\"reactionUsers\":[{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}],\"location\":{\"textAddress\":\"string\"}}],\"meta\":{\"perPage\":0,\"totalPages\":0,\"totalResults\":0,\"curPage\":0,\"nextPage\":0}}",
    ),
};

impl MockOperation for ops::ListPosts {
    type Ok = types::PostPage;
    const SPEC: &'static OperationSpec = &LIST_POSTS;
}

static CREATE_POST: OperationSpec = OperationSpec {
    name: "CreatePost",
    id: "create_post",
    method: "POST",
    path: "/api/posts",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::PostCreate>),
        type_name: "PostCreate",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"id\":\"string\",\"postText\":\"string\",\"postedAt\":\"2022-12-16T06:46:21.283Z\",\"commentsCount\":0,\"user\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"files\":{\"id\":\"string\",\"mime\":\"string\",\"path\":\"string\",\"name\":\"string\",\"processing\":{},\"metadata\":{},\"size\":0,\"url\":\"string\",\"cdn\":\"string\",\"bucket\":\"string\",\"mp4Urls\":[\"string\"],\"hlsUrl\":\"string\",\"dashUrl\":\"string\",\"thumbnail\":\"string\",\"isImage\":true,\"isVideo\":true,\"isDoc\":true,\"createdAt\":\"2022-12-16T06:46:21.283Z\",\"owner\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}},\"linkPreviews\":{\"title\":\"string\",\"description\":\"string\",\"image\":\"string\",\"link\":\"string\"},\"tags\":[\"string\"],\"reactions\":[{}],\"mentions\":[{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}],\"taggedUsers\":[{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}],\"gif\":\"string\",\"links\":[\"string\"],\"reactionUsers\":[{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}],\"location\":{\"textAddress\":\"string\"}}",
    ),
};

impl MockOperation for ops::CreatePost {
    type Ok = types::Post;
    const SPEC: &'static OperationSpec = &CREATE_POST;
}

static DELETE_POST: OperationSpec = OperationSpec {
    name: "DeletePost",
    id: "delete_post",
    method: "DELETE",
    path: "/api/posts/{id}",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeletePost {
    type Ok = ();
    const SPEC: &'static OperationSpec = &DELETE_POST;
}

static UPDATE_POST: OperationSpec = OperationSpec {
    name: "UpdatePost",
    id: "update_post",
    method: "PATCH",
    path: "/api/posts/{id}",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::PostUpdate>),
        type_name: "PostUpdate",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"id\":\"string\",\"postText\":\"string\",\"postedAt\":\"2022-12-16T06:46:21.283Z\",\"commentsCount\":0,\"user\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"files\":{\"id\":\"string\",\"mime\":\"string\",\"path\":\"string\",\"name\":\"string\",\"processing\":{},\"metadata\":{},\"size\":0,\"url\":\"string\",\"cdn\":\"string\",\"bucket\":\"string\",\"mp4Urls\":[\"string\"],\"hlsUrl\":\"string\",\"dashUrl\":\"string\",\"thumbnail\":\"string\",\"isImage\":true,\"isVideo\":true,\"isDoc\":true,\"createdAt\":\"2022-12-16T06:46:21.283Z\",\"owner\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}},\"linkPreviews\":{\"title\":\"string\",\"description\":\"string\",\"image\":\"string\",\"link\":\"string\"},\"tags\":[\"string\"],\"reactions\":[{}],\"mentions\":[{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}],\"taggedUsers\":[{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}],\"gif\":\"string\",\"links\":[\"string\"],\"reactionUsers\":[{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}],\"location\":{\"textAddress\":\"string\"}}",
    ),
};

impl MockOperation for ops::UpdatePost {
    type Ok = types::Post;
    const SPEC: &'static OperationSpec = &UPDATE_POST;
}

static LIST_NEWS: OperationSpec = OperationSpec {
    name: "ListNews",
    id: "list_news",
    method: "GET",
    path: "/api/news",
    query: &[("time", true), ("per_page", false), ("sort_key", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"news\":[{\"id\":\"string\",\"postedAt\":\"2022-12-16T06:38:30.150Z\",\"commentsCount\":0,\"user\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"files\":{\"id\":\"string\",\"mime\":\"string\",\"path\":\"string\",\"name\":\"string\",\"processing\":{},\"metadata\":{},\"size\":0,\"url\":\"string\",\"cdn\":\"string\",\"bucket\":\"string\",\"mp4Urls\":[\"string\"],\"hlsUrl\":\"string\",\"dashUrl\":\"string\",\"thumbnail\":\"string\",\"isImage\":true,\"isVideo\":true,\"isDoc\":true,\"createdAt\":\"2022-12-16T06:38:30.150Z\",\"owner\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}},\"linkPreviews\":{\"title\":\"string\",\"description\":\"string\",\"image\":\"string\",\"link\":\"string\"},\"tags\":[\"string\"],\"reactions\":[{}],\"mentions\":[{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}],\"taggedUsers\":[{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}],\"gif\":\"string\",\"links\":[\"string\"],\"newsTitle\":\"string\",\"reactionUsers\":[{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}],\"category\":\"string\",\"coverImage\":{\"id\":\"string\",\"mime\":\"string\",\"path\":\"string\",\"name\":\"string\",\"processing\":{},\"metadata\":{},\"size\":0,\"url\":\"string\",\"cdn\":\"string\",\"bucket\":\"string\",\"mp4Urls\":[\"string\"],\"hlsUrl\":\"string\",\"dashUrl\":\"string\",\"thumbnail\":\"string\",\"isImage\":true,\"isVideo\":true,\"isDoc\":true,\"createdAt\":\"2022-12-16T06:38:30.150Z\",\"owner\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}},\"location\":{\"textAddress\":\"string\"}}],\"meta\":{\"perPage\":0,\"totalPages\":0,\"totalResults\":0,\"curPage\":0,\"nextPage\":0}}",
    ),
};

impl MockOperation for ops::ListNews {
    type Ok = types::NewsPage;
    const SPEC: &'static OperationSpec = &LIST_NEWS;
}

static CREATE_NEWS: OperationSpec = OperationSpec {
    name: "CreateNews",
    id: "create_news",
    method: "POST",
    path: "/api/news",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::NewsWrite>),
        type_name: "NewsWrite",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"id\":\"string\",\"postedAt\":\"2022-12-30T06:21:37.147Z\",\"commentsCount\":0,\"user\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"files\":{\"id\":\"string\",\"mime\":\"string\",\"path\":\"string\",\"name\":\"string\",\"processing\":{},\"metadata\":{},\"size\":0,\"url\":\"string\",\"cdn\":\"string\",\"bucket\":\"string\",\"mp4Urls\":[\"string\"],\"hlsUrl\":\"string\",\"dashUrl\":\"string\",\"thumbnail\":\"string\",\"isImage\":true,\"isVideo\":true,\"isDoc\":true,\"createdAt\":\"2022-12-30T06:21:37.147Z\",\"owner\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}},\"linkPreviews\":{\"title\":\"string\",\"description\":\"string\",\"image\":\"string\",\"link\":\"string\"},\"tags\":[\"string\"],\"reactions\":[{}],\"mentions\":[{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}],\"taggedUsers\":[{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}],\"gif\":\"string\",\"links\":[\"string\"],\"newsTitle\":\"string\",\"reactionUsers\":[{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}],\"category\":\"string\",\"coverImage\":{\"id\":\"string\",\"mime\":\"string\",\"path\":\"string\",\"name\":\"string\",\"processing\":{},\"metadata\":{},\"size\":0,\"url\":\"string\",\"cdn\":\"string\",\"bucket\":\"string\",\"mp4Urls\":[\"string\"],\"hlsUrl\":\"string\",\"dashUrl\":\"string\",\"thumbnail\":\"string\",\"isImage\":true,\"isVideo\":true,\"isDoc\":true,\"createdAt\":\"2022-12-30T06:21:37.148Z\",\"owner\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}},\"location\":{\"textAddress\":\"string\"}}",
    ),
};

impl MockOperation for ops::CreateNews {
    type Ok = types::News;
    const SPEC: &'static OperationSpec = &CREATE_NEWS;
}

static DELETE_NEWS: OperationSpec = OperationSpec {
    name: "DeleteNews",
    id: "delete_news",
    method: "DELETE",
    path: "/api/news/{id}",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteNews {
    type Ok = ();
    const SPEC: &'static OperationSpec = &DELETE_NEWS;
}

static UPDATE_NEWS: OperationSpec = OperationSpec {
    name: "UpdateNews",
    id: "update_news",
    method: "PATCH",
    path: "/api/news/{id}",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::NewsWrite>),
        type_name: "NewsWrite",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"id\":\"string\",\"postedAt\":\"2022-12-30T06:21:37.147Z\",\"commentsCount\":0,\"user\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"files\":{\"id\":\"string\",\"mime\":\"string\",\"path\":\"string\",\"name\":\"string\",\"processing\":{},\"metadata\":{},\"size\":0,\"url\":\"string\",\"cdn\":\"string\",\"bucket\":\"string\",\"mp4Urls\":[\"string\"],\"hlsUrl\":\"string\",\"dashUrl\":\"string\",\"thumbnail\":\"string\",\"isImage\":true,\"isVideo\":true,\"isDoc\":true,\"createdAt\":\"2022-12-30T06:21:37.147Z\",\"owner\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}},\"linkPreviews\":{\"title\":\"string\",\"description\":\"string\",\"image\":\"string\",\"link\":\"string\"},\"tags\":[\"string\"],\"reactions\":[{}],\"mentions\":[{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}],\"taggedUsers\":[{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}],\"gif\":\"string\",\"links\":[\"string\"],\"newsTitle\":\"string\",\"reactionUsers\":[{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}],\"category\":\"string\",\"coverImage\":{\"id\":\"string\",\"mime\":\"string\",\"path\":\"string\",\"name\":\"string\",\"processing\":{},\"metadata\":{},\"size\":0,\"url\":\"string\",\"cdn\":\"string\",\"bucket\":\"string\",\"mp4Urls\":[\"string\"],\"hlsUrl\":\"string\",\"dashUrl\":\"string\",\"thumbnail\":\"string\",\"isImage\":true,\"isVideo\":true,\"isDoc\":true,\"createdAt\":\"2022-12-30T06:21:37.148Z\",\"owner\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}},\"location\":{\"textAddress\":\"string\"}}",
    ),
};

impl MockOperation for ops::UpdateNews {
    type Ok = types::News;
    const SPEC: &'static OperationSpec = &UPDATE_NEWS;
}

static LIST_EVENTS: OperationSpec = OperationSpec {
    name: "ListEvents",
    id: "list_events",
    method: "GET",
    path: "/api/events",
    query: &[
        ("time", true),
        ("per_page", false),
        ("externalEvents", false),
        ("filter", false),
        ("category", false),
        ("onlyPast", false),
        ("include_happening_now", false),
        ("onlyMeeting", false),
        ("onlyGoing", false),
        ("toDate", false),
        ("fromDate", false),
        ("include_recent_rsvps", false),
    ],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"events\":[{\"id\":\"string\",\"createdAt\":\"2022-10-20T06:02:13.423Z\",\"updatedAt\":\"2022-10-20T06:02:13.423Z\",\"createdBy\":\"string\",\"updatedBy\":\"string\",\"title\":\"string\",\"description\":\"string\",\"externalLink\":[{\"title\":\"string\",\"url\":\"string\"}],\"isExternalEvent\":true,\"conferenceLink\":\"string\",\"location\":\"string\",\"startDateTime\":\"2022-10-20T06:02:13.423Z\",\"endDateTime\":\"2022-10-20T06:02:13.423Z\",\"isVirtual\":true,\"eventSource\":\"string\",\"poster\":{},\"going\":0,\"myRsvp\":\"string\",\"myCheckin\":\"2022-10-20T06:02:13.423Z\",\"comments\":0,\"tags\":[\"string\"],\"reactions\":[\"string\"],\"type\":{},\"category\":{},\"livestream\":{\"id\":\"string\",\"messageId\":{},\"duration\":0,\"startedAt\":\"2022-10-20T06:02:13.423Z\",\"endedAt\":\"2022-10-20T06:02:13.423Z\",\"type\":\"string\",\"status\":\"string\",\"inProgress\":true,\"isGroup\":true,\"token\":{},\"conversationId\":{},\"noOfParticipants\":0,\"totalParticipants\":0,\"participants\":[{\"id\":\"string\",\"userId\":\"string\",\"callId\":\"string\",\"agoraId\":0,\"user\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"joinedAt\":\"2022-10-20T06:02:13.423Z\",\"host\":true,\"leftAt\":{}}],\"livestreamConversationId\":\"string\",\"title\":{},\"eventForInvitesId\":{},\"file\":{\"id\":\"string\",\"mime\":\"string\",\"path\":\"string\",\"name\":\"string\",\"processing\":{},\"metadata\":{},\"size\":0,\"url\":\"string\",\"cdn\":\"string\",\"bucket\":\"string\",\"mp4Urls\":[\"string\"],\"hlsUrl\":\"string\",\"dashUrl\":\"string\",\"thumbnail\":\"string\",\"isImage\":true,\"isVideo\":true,\"isDoc\":true,\"createdAt\":\"2022-10-20T06:02:13.423Z\",\"owner\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}},\"userId\":\"string\",\"user\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"scheduledFor\":\"2022-10-20T06:02:13.423Z\",\"record\":true,\"event\":\"string\",\"publicToken\":\"string\"},\"rsvpUsers\":[{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\",\"invited\":\"2022-10-20T06:02:13.423Z\",\"rsvp\":\"string\"}],\"creator\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"externalAttendees\":[\"string\"],\"repeatConfig\":{\"config\":{\"extras\":{},\"config\":{}}},\"repeatId\":{}}],\"meta\":{\"perPage\":0,\"totalPages\":0,\"totalResults\":0,\"curPage\":0,\"nextPage\":0}}",
    ),
};

impl MockOperation for ops::ListEvents {
    type Ok = types::EventPage;
    const SPEC: &'static OperationSpec = &LIST_EVENTS;
}

static CREATE_EVENT: OperationSpec = OperationSpec {
    name: "CreateEvent",
    id: "create_event",
    method: "POST",
    path: "/api/events/meeting",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::EventWrite>),
        type_name: "EventWrite",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"id\":\"string\",\"createdAt\":\"2022-10-20T08:31:20.159Z\",\"updatedAt\":\"2022-10-20T08:31:20.159Z\",\"createdBy\":\"string\",\"updatedBy\":\"string\",\"title\":\"string\",\"description\":\"string\",\"externalLink\":[{\"title\":\"string\",\"url\":\"string\"}],\"isExternalEvent\":true,\"conferenceLink\":\"string\",\"location\":\"string\",\"startDateTime\":\"2022-10-20T08:31:20.159Z\",\"endDateTime\":\"2022-10-20T08:31:20.159Z\",\"isVirtual\":true,\"eventSource\":\"string\",\"poster\":{},\"going\":0,\"myRsvp\":\"string\",\"myCheckin\":\"2022-10-20T08:31:20.159Z\",\"comments\":0,\"tags\":[\"string\"],\"reactions\":[\"string\"],\"type\":{},\"category\":{},\"livestream\":{\"id\":\"string\",\"messageId\":{},\"duration\":0,\"startedAt\":\"2022-10-20T08:31:20.159Z\",\"endedAt\":\"2022-10-20T08:31:20.159Z\",\"type\":\"string\",\"status\":\"string\",\"inProgress\":true,\"isGroup\":true,\"token\":{},\"conversationId\":{},\"noOfParticipants\":0,\"totalParticipants\":0,\"participants\":[{\"id\":\"string\",\"userId\":\"string\",\"callId\":\"string\",\"agoraId\":0,\"user\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"joinedAt\":\"2022-10-20T08:31:20.160Z\",\"host\":true,\"leftAt\":{}}],\"livestreamConversationId\":\"string\",\"title\":{},\"eventForInvitesId\":{},\"file\":{\"id\":\"string\",\"mime\":\"string\",\"path\":\"string\",\"name\":\"string\",\"processing\":{},\"metadata\":{},\"size\":0,\"url\":\"string\",\"cdn\":\"string\",\"bucket\":\"string\",\"mp4Urls\":[\"string\"],\"hlsUrl\":\"string\",\"dashUrl\":\"string\",\"thumbnail\":\"string\",\"isImage\":true,\"isVideo\":true,\"isDoc\":true,\"createdAt\":\"2022-10-20T08:31:20.160Z\",\"owner\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}},\"userId\":\"string\",\"user\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"scheduledFor\":\"2022-10-20T08:31:20.160Z\",\"record\":true,\"event\":\"string\",\"publicToken\":\"string\"},\"rsvpUsers\":[{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\",\"invited\":\"2022-10-20T08:31:20.160Z\",\"rsvp\":\"string\"}],\"creator\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"externalAttendees\":[\"string\"],\"repeatConfig\":{\"config\":{\"extras\":{},\"config\":{}}},\"repeatId\":{}}",
    ),
};

impl MockOperation for ops::CreateEvent {
    type Ok = types::Event;
    const SPEC: &'static OperationSpec = &CREATE_EVENT;
}

static DELETE_EVENT: OperationSpec = OperationSpec {
    name: "DeleteEvent",
    id: "delete_event",
    method: "DELETE",
    path: "/api/events/{id}",
    query: &[("repeat", false)],
    body: None,
    status: 200,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteEvent {
    type Ok = ();
    const SPEC: &'static OperationSpec = &DELETE_EVENT;
}

static UPDATE_EVENT: OperationSpec = OperationSpec {
    name: "UpdateEvent",
    id: "update_event",
    method: "PATCH",
    path: "/api/events/{id}",
    query: &[("repeat", false)],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::EventWrite>),
        type_name: "EventWrite",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"id\":\"string\",\"createdAt\":\"2022-10-20T08:31:20.159Z\",\"updatedAt\":\"2022-10-20T08:31:20.159Z\",\"createdBy\":\"string\",\"updatedBy\":\"string\",\"title\":\"string\",\"description\":\"string\",\"externalLink\":[{\"title\":\"string\",\"url\":\"string\"}],\"isExternalEvent\":true,\"conferenceLink\":\"string\",\"location\":\"string\",\"startDateTime\":\"2022-10-20T08:31:20.159Z\",\"endDateTime\":\"2022-10-20T08:31:20.159Z\",\"isVirtual\":true,\"eventSource\":\"string\",\"poster\":{},\"going\":0,\"myRsvp\":\"string\",\"myCheckin\":\"2022-10-20T08:31:20.159Z\",\"comments\":0,\"tags\":[\"string\"],\"reactions\":[\"string\"],\"type\":{},\"category\":{},\"livestream\":{\"id\":\"string\",\"messageId\":{},\"duration\":0,\"startedAt\":\"2022-10-20T08:31:20.159Z\",\"endedAt\":\"2022-10-20T08:31:20.159Z\",\"type\":\"string\",\"status\":\"string\",\"inProgress\":true,\"isGroup\":true,\"token\":{},\"conversationId\":{},\"noOfParticipants\":0,\"totalParticipants\":0,\"participants\":[{\"id\":\"string\",\"userId\":\"string\",\"callId\":\"string\",\"agoraId\":0,\"user\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"joinedAt\":\"2022-10-20T08:31:20.160Z\",\"host\":true,\"leftAt\":{}}],\"livestreamConversationId\":\"string\",\"title\":{},\"eventForInvitesId\":{},\"file\":{\"id\":\"string\",\"mime\":\"string\",\"path\":\"string\",\"name\":\"string\",\"processing\":{},\"metadata\":{},\"size\":0,\"url\":\"string\",\"cdn\":\"string\",\"bucket\":\"string\",\"mp4Urls\":[\"string\"],\"hlsUrl\":\"string\",\"dashUrl\":\"string\",\"thumbnail\":\"string\",\"isImage\":true,\"isVideo\":true,\"isDoc\":true,\"createdAt\":\"2022-10-20T08:31:20.160Z\",\"owner\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}},\"userId\":\"string\",\"user\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"scheduledFor\":\"2022-10-20T08:31:20.160Z\",\"record\":true,\"event\":\"string\",\"publicToken\":\"string\"},\"rsvpUsers\":[{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\",\"invited\":\"2022-10-20T08:31:20.160Z\",\"rsvp\":\"string\"}],\"creator\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"externalAttendees\":[\"string\"],\"repeatConfig\":{\"config\":{\"extras\":{},\"config\":{}}},\"repeatId\":{}}",
    ),
};

impl MockOperation for ops::UpdateEvent {
    type Ok = types::Event;
    const SPEC: &'static OperationSpec = &UPDATE_EVENT;
}

static LIST_VIDEOS: OperationSpec = OperationSpec {
    name: "ListVideos",
    id: "list_videos",
    method: "GET",
    path: "/api/videos",
    query: &[
        ("cur_page", false),
        ("per_page", false),
        ("isFollowing", false),
        ("userId", false),
        ("search", false),
    ],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"videos\":[{\"id\":\"string\",\"createdAt\":\"2022-10-20T09:24:34.581Z\",\"updatedAt\":\"2022-10-20T09:24:34.581Z\",\"createdBy\":\"string\",\"updatedBy\":\"string\",\"title\":\"string\",\"description\":\"string\",\"source\":0,\"videoFileId\":\"string\",\"user\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"thumbnailFileId\":\"string\",\"meta\":{}}],\"meta\":{\"perPage\":0,\"totalPages\":0,\"totalResults\":0,\"curPage\":0,\"nextPage\":0}}",
    ),
};

impl MockOperation for ops::ListVideos {
    type Ok = types::VideoPage;
    const SPEC: &'static OperationSpec = &LIST_VIDEOS;
}

static CREATE_VIDEO: OperationSpec = OperationSpec {
    name: "CreateVideo",
    id: "create_video",
    method: "POST",
    path: "/api/videos",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::VideoCreate>),
        type_name: "VideoCreate",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"id\":\"string\",\"createdAt\":\"2022-10-20T12:46:59.074Z\",\"updatedAt\":\"2022-10-20T12:46:59.074Z\",\"createdBy\":\"string\",\"updatedBy\":\"string\",\"title\":\"string\",\"description\":\"string\",\"source\":0,\"videoFileId\":\"string\",\"user\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"thumbnailFileId\":\"string\",\"meta\":{}}",
    ),
};

impl MockOperation for ops::CreateVideo {
    type Ok = types::Video;
    const SPEC: &'static OperationSpec = &CREATE_VIDEO;
}

static DELETE_VIDEO: OperationSpec = OperationSpec {
    name: "DeleteVideo",
    id: "delete_video",
    method: "DELETE",
    path: "/api/videos/{id}",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteVideo {
    type Ok = ();
    const SPEC: &'static OperationSpec = &DELETE_VIDEO;
}

static UPDATE_VIDEO: OperationSpec = OperationSpec {
    name: "UpdateVideo",
    id: "update_video",
    method: "PATCH",
    path: "/api/videos/{id}",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::VideoUpdate>),
        type_name: "VideoUpdate",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"id\":\"string\",\"createdAt\":\"2022-10-20T12:46:59.074Z\",\"updatedAt\":\"2022-10-20T12:46:59.074Z\",\"createdBy\":\"string\",\"updatedBy\":\"string\",\"title\":\"string\",\"description\":\"string\",\"source\":0,\"videoFileId\":\"string\",\"user\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"thumbnailFileId\":\"string\",\"meta\":{}}",
    ),
};

impl MockOperation for ops::UpdateVideo {
    type Ok = types::Video;
    const SPEC: &'static OperationSpec = &UPDATE_VIDEO;
}

static LIST_PHOTOS: OperationSpec = OperationSpec {
    name: "ListPhotos",
    id: "list_photos",
    method: "GET",
    path: "/api/photos",
    query: &[
        ("cur_page", false),
        ("per_page", false),
        ("filter", false),
        ("userId", false),
    ],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"photos\":[{\"id\":\"string\",\"createdAt\":\"2022-10-20T19:03:51.880Z\",\"updatedAt\":\"2022-10-20T19:03:51.880Z\",\"createdBy\":\"string\",\"updatedBy\":\"string\",\"title\":\"string\",\"description\":\"string\",\"photo\":{},\"user\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}}],\"meta\":{\"perPage\":0,\"totalPages\":0,\"totalResults\":0,\"curPage\":0,\"nextPage\":0}}",
    ),
};

impl MockOperation for ops::ListPhotos {
    type Ok = types::PhotoPage;
    const SPEC: &'static OperationSpec = &LIST_PHOTOS;
}

static CREATE_PHOTO: OperationSpec = OperationSpec {
    name: "CreatePhoto",
    id: "create_photo",
    method: "POST",
    path: "/api/photos",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::PhotoCreate>),
        type_name: "PhotoCreate",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"id\":\"string\",\"createdAt\":\"2022-10-20T19:28:35.125Z\",\"updatedAt\":\"2022-10-20T19:28:35.125Z\",\"createdBy\":\"string\",\"updatedBy\":\"string\",\"title\":\"string\",\"description\":\"string\",\"photo\":{},\"user\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}}",
    ),
};

impl MockOperation for ops::CreatePhoto {
    type Ok = types::Photo;
    const SPEC: &'static OperationSpec = &CREATE_PHOTO;
}

static DELETE_PHOTO: OperationSpec = OperationSpec {
    name: "DeletePhoto",
    id: "delete_photo",
    method: "DELETE",
    path: "/api/photos/{id}",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeletePhoto {
    type Ok = ();
    const SPEC: &'static OperationSpec = &DELETE_PHOTO;
}

static UPDATE_PHOTO: OperationSpec = OperationSpec {
    name: "UpdatePhoto",
    id: "update_photo",
    method: "PATCH",
    path: "/api/photos/{id}",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::PhotoUpdate>),
        type_name: "PhotoUpdate",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"id\":\"string\",\"createdAt\":\"2022-10-20T19:28:35.125Z\",\"updatedAt\":\"2022-10-20T19:28:35.125Z\",\"createdBy\":\"string\",\"updatedBy\":\"string\",\"title\":\"string\",\"description\":\"string\",\"photo\":{},\"user\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}}",
    ),
};

impl MockOperation for ops::UpdatePhoto {
    type Ok = types::Photo;
    const SPEC: &'static OperationSpec = &UPDATE_PHOTO;
}

static LIST_DOCUMENTS: OperationSpec = OperationSpec {
    name: "ListDocuments",
    id: "list_documents",
    method: "GET",
    path: "/api/documents",
    query: &[("cur_page", false), ("per_page", false), ("category", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"docs\":[{\"id\":\"string\",\"name\":{},\"metadata\":{},\"isPublished\":true,\"updatedAt\":\"2022-10-21T05:41:12.836Z\",\"expiry\":\"2022-10-21T05:41:12.836Z\",\"file\":{\"id\":\"string\",\"mime\":\"string\",\"path\":\"string\",\"name\":\"string\",\"processing\":{},\"metadata\":{},\"size\":0,\"url\":\"string\",\"cdn\":\"string\",\"bucket\":\"string\",\"mp4Urls\":[\"string\"],\"hlsUrl\":\"string\",\"dashUrl\":\"string\",\"thumbnail\":\"string\",\"isImage\":true,\"isVideo\":true,\"isDoc\":true,\"createdAt\":\"2022-10-21T05:41:12.836Z\",\"owner\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}},\"tags\":[\"string\"],\"category\":\"string\",\"owners\":[{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}],\"bookmarkId\":{},\"linkPreview\":[{\"title\":\"string\",\"description\":\"string\",\"image\":\"string\",\"link\":\"string\"}]}],\"meta\":{\"perPage\":0,\"totalPages\":0,\"totalResults\":0,\"curPage\":0,\"nextPage\":0}}",
    ),
};

impl MockOperation for ops::ListDocuments {
    type Ok = types::DocumentPage;
    const SPEC: &'static OperationSpec = &LIST_DOCUMENTS;
}

static CREATE_DOCUMENT: OperationSpec = OperationSpec {
    name: "CreateDocument",
    id: "create_document",
    method: "POST",
    path: "/api/documents",
    query: &[("publish", false)],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::DocumentWrite>),
        type_name: "DocumentWrite",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"name\":\"string\",\"ownerIds\":[\"string\"],\"expiry\":\"2022-10-26T07:16:25.738Z\",\"tags\":[\"string\"],\"category\":\"string\",\"docUrl\":\"string\",\"link\":\"string\",\"docId\":\"string\",\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"taggedUsers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true}}",
    ),
};

impl MockOperation for ops::CreateDocument {
    type Ok = types::DocumentWrite;
    const SPEC: &'static OperationSpec = &CREATE_DOCUMENT;
}

static DELETE_DOCUMENT: OperationSpec = OperationSpec {
    name: "DeleteDocument",
    id: "delete_document",
    method: "DELETE",
    path: "/api/documents/{id}",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteDocument {
    type Ok = ();
    const SPEC: &'static OperationSpec = &DELETE_DOCUMENT;
}

static UPDATE_DOCUMENT: OperationSpec = OperationSpec {
    name: "UpdateDocument",
    id: "update_document",
    method: "PATCH",
    path: "/api/documents/{id}",
    query: &[("publish", false)],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::DocumentUpdate>),
        type_name: "DocumentUpdate",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"id\":\"string\",\"name\":{},\"metadata\":{},\"isPublished\":true,\"updatedAt\":\"2022-10-21T06:58:14.936Z\",\"expiry\":\"2022-10-21T06:58:14.936Z\",\"file\":{\"id\":\"string\",\"mime\":\"string\",\"path\":\"string\",\"name\":\"string\",\"processing\":{},\"metadata\":{},\"size\":0,\"url\":\"string\",\"cdn\":\"string\",\"bucket\":\"string\",\"mp4Urls\":[\"string\"],\"hlsUrl\":\"string\",\"dashUrl\":\"string\",\"thumbnail\":\"string\",\"isImage\":true,\"isVideo\":true,\"isDoc\":true,\"createdAt\":\"2022-10-21T06:58:14.936Z\",\"owner\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}},\"tags\":[\"string\"],\"category\":\"string\",\"owners\":[{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}],\"bookmarkId\":{},\"linkPreview\":[{\"title\":\"string\",\"description\":\"string\",\"image\":\"string\",\"link\":\"string\"}]}",
    ),
};

impl MockOperation for ops::UpdateDocument {
    type Ok = types::Document;
    const SPEC: &'static OperationSpec = &UPDATE_DOCUMENT;
}

static LIST_FAQS: OperationSpec = OperationSpec {
    name: "ListFaqs",
    id: "list_faqs",
    method: "GET",
    path: "/api/faqs",
    query: &[("cur_page", false), ("per_page", false), ("category", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"data\":[{\"id\":\"string\",\"question\":\"I have some queries related to refund policy\",\"answer\":\"Refund Policy have a lot of aspects that are being categorized into multiple policies\",\"description\":\"If you are not satisfied then feel free to contact us\",\"category\":\"Refund Policy\",\"tags\":\"Refund Policy\",\"owners\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"bookmarkId\":{}}],\"meta\":{\"perPage\":0,\"totalPages\":0,\"totalResults\":0,\"curPage\":0,\"nextPage\":0}}",
    ),
};

impl MockOperation for ops::ListFaqs {
    type Ok = types::FaqPage;
    const SPEC: &'static OperationSpec = &LIST_FAQS;
}

static CREATE_FAQ: OperationSpec = OperationSpec {
    name: "CreateFaq",
    id: "create_faq",
    method: "POST",
    path: "/api/faqs",
    query: &[("publish", false)],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::FaqContent>),
        type_name: "FaqContent",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"kb\":{\"name\":\"string\",\"ownerIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"expiry\":\"2022-10-21T10:06:17.192Z\",\"tags\":[\"string\"],\"category\":\"string\"},\"qas\":[{\"question\":\"string\",\"answer\":\"string\",\"description\":\"string\"}],\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"taggedUsers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true}}",
    ),
};

impl MockOperation for ops::CreateFaq {
    type Ok = types::FaqContent;
    const SPEC: &'static OperationSpec = &CREATE_FAQ;
}

static DELETE_FAQ: OperationSpec = OperationSpec {
    name: "DeleteFaq",
    id: "delete_faq",
    method: "DELETE",
    path: "/api/faqs/{id}",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteFaq {
    type Ok = ();
    const SPEC: &'static OperationSpec = &DELETE_FAQ;
}

static UPDATE_FAQ: OperationSpec = OperationSpec {
    name: "UpdateFaq",
    id: "update_faq",
    method: "PATCH",
    path: "/api/faqs/{id}",
    query: &[("publish", false)],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::FaqUpdate>),
        type_name: "FaqUpdate",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"kb\":{\"name\":\"string\",\"ownerIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"expiry\":\"2022-10-21T10:06:17.192Z\",\"tags\":[\"string\"],\"category\":\"string\"},\"qas\":[{\"question\":\"string\",\"answer\":\"string\",\"description\":\"string\"}],\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"taggedUsers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true}}",
    ),
};

impl MockOperation for ops::UpdateFaq {
    type Ok = types::FaqContent;
    const SPEC: &'static OperationSpec = &UPDATE_FAQ;
}

static LIST_CATEGORIES: OperationSpec = OperationSpec {
    name: "ListCategories",
    id: "list_categories",
    method: "GET",
    path: "/api/categories",
    query: &[("cur_page", false), ("per_page", false), ("moduleCode", true)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"categories\":[{\"id\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"moduleCode\":0,\"category\":\"string\",\"color\":\"string\",\"orgId\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"}],\"meta\":{\"perPage\":0,\"totalPages\":0,\"totalResults\":0,\"curPage\":0,\"nextPage\":0}}",
    ),
};

impl MockOperation for ops::ListCategories {
    type Ok = types::CategoryPage;
    const SPEC: &'static OperationSpec = &LIST_CATEGORIES;
}

static LIST_ENFORCEMENT_TEMPLATES: OperationSpec = OperationSpec {
    name: "ListEnforcementTemplates",
    id: "list_enforcement_templates",
    method: "GET",
    path: "/api/enforcement-templates",
    query: &[("cur_page", false), ("per_page", false), ("sort_direction", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"notificationTemplates\":[{\"id\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"title\":\"string\",\"systemEvent\":\"string\",\"type\":\"string\",\"subType\":\"string\",\"reminders\":[{\"reminderType\":\"email | push | text | restrict\",\"reminderTimeUnit\":\"week | days | hours | minutes\",\"reminderTime\":0,\"refId\":\"1\",\"orgContentTemplateId\":\"string\"}]}],\"meta\":{\"perPage\":0,\"totalPages\":0,\"totalResults\":0,\"curPage\":0,\"nextPage\":0}}",
    ),
};

impl MockOperation for ops::ListEnforcementTemplates {
    type Ok = types::NotificationTemplatePage;
    const SPEC: &'static OperationSpec = &LIST_ENFORCEMENT_TEMPLATES;
}

static SEND_NOTIFICATION: OperationSpec = OperationSpec {
    name: "SendNotification",
    id: "send_notification",
    method: "POST",
    path: "/api/notifications/send",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::NotificationSend>),
        type_name: "NotificationSend",
    }),
    status: 200,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::SendNotification {
    type Ok = ();
    const SPEC: &'static OperationSpec = &SEND_NOTIFICATION;
}

static LIST_MODULE_CODES: OperationSpec = OperationSpec {
    name: "ListModuleCodes",
    id: "list_module_codes",
    method: "GET",
    path: "/api/module-codes",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some("[{\"name\":\"POST\",\"moduleCode\":1}]"),
};

impl MockOperation for ops::ListModuleCodes {
    type Ok = types::ModuleCodeList;
    const SPEC: &'static OperationSpec = &LIST_MODULE_CODES;
}

static LIST_COURSES: OperationSpec = OperationSpec {
    name: "ListCourses",
    id: "list_courses",
    method: "GET",
    path: "/api/courses",
    query: &[
        ("cur_page", false),
        ("per_page", false),
        ("filter", false),
        ("sort_direction", false),
    ],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"taskLists\":[{\"id\":\"string\",\"courseId\":\"string\",\"title\":\"Fill out timeSheet\",\"description\":\"TimeSheet completion is a good self-management technique\",\"categories\":[\"Business\",\"Development\"],\"order\":0,\"numberOfTasks\":0,\"usersCount\":0,\"totalTime\":0,\"orgId\":\"1\",\"tasks\":1,\"parentTaskListId\":\"string\",\"progress\":0,\"updatedAt\":\"2022-10-23T12:32:57.449Z\",\"status\":\"string\",\"file\":{\"id\":\"string\",\"mime\":\"string\",\"path\":\"string\",\"name\":\"string\",\"processing\":{},\"metadata\":{},\"size\":0,\"url\":\"string\",\"cdn\":\"string\",\"bucket\":\"string\",\"mp4Urls\":[\"string\"],\"hlsUrl\":\"string\",\"dashUrl\":\"string\",\"thumbnail\":\"string\",\"isImage\":true,\"isVideo\":true,\"isDoc\":true,\"createdAt\":\"2022-10-23T12:32:57.450Z\",\"owner\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}},\"form\":{\"id\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"createdAt\":\"2022-10-23T12:32:57.450Z\",\"updatedAt\":\"2022-10-23T12:32:57.450Z\",\"title\":\"Employment form\",\"accepting\":true,\"type\":{},\"schema\":{\"data\":{\"components\":[{\"input\":true,\"tableView\":true,\"inputType\":\"text\",\"inputMask\":\"\",\"label\":\"First Name\",\"key\":\"firstName\",\"placeholder\":\"Enter your first name\",\"prefix\":\"\",\"suffix\":\"\",\"multiple\":false,\"defaultValue\":\"\",\"protected\":false,\"unique\":false,\"persistent\":true,\"validate\":{\"required\":false,\"minLength\":\"\",\"maxLength\":\"\",\"pattern\":\"\",\"custom\":\"\",\"customPrivate\":false},\"conditional\":{\"show\":false,\"when\":null,\"eq\":\"\"},\"type\":\"textfield\"},{\"type\":\"button\",\"theme\":\"primary\",\"disableOnInvalid\":true,\"action\":\"submit\",\"block\":false,\"rightIcon\":\"\",\"leftIcon\":\"\",\"size\":\"md\",\"key\":\"submit\",\"tableView\":false,\"label\":\"Submit\",\"input\":true}],\"display\":\"form\"}}},\"dueDate\":{},\"started\":true,\"createdBy\":\"1\",\"notificationTemplateId\":\"string\"}],\"meta\":{\"perPage\":0,\"totalPages\":0,\"totalResults\":0,\"curPage\":0,\"nextPage\":0}}",
    ),
};

impl MockOperation for ops::ListCourses {
    type Ok = types::CoursePage;
    const SPEC: &'static OperationSpec = &LIST_COURSES;
}

static DELETE_COURSE: OperationSpec = OperationSpec {
    name: "DeleteCourse",
    id: "delete_course",
    method: "DELETE",
    path: "/api/courses/{id}",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteCourse {
    type Ok = ();
    const SPEC: &'static OperationSpec = &DELETE_COURSE;
}

static LIST_TASKS: OperationSpec = OperationSpec {
    name: "ListTasks",
    id: "list_tasks",
    method: "GET",
    path: "/api/tasks",
    query: &[
        ("cur_page", false),
        ("per_page", false),
        ("sort_direction", false),
        ("filter", false),
        ("published", false),
    ],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"tasks\":[{\"id\":\"string\",\"title\":\"Fill out timeSheet\",\"content\":\"Fill time sheet at end of day\",\"time\":1,\"videoId\":\"string\",\"description\":\"string\",\"link\":\"string\",\"dueDate\":\"2022-12-29T06:25:47.432Z\",\"status\":\"string\",\"createdBy\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"departmentData\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"createdAt\":\"2022-12-29T06:25:47.434Z\",\"dueDays\":0,\"trainingCourse\":{},\"trainingCourseTaskListId\":\"string\",\"updatedAt\":\"2022-12-29T06:25:47.434Z\"}],\"meta\":{\"perPage\":0,\"totalPages\":0,\"totalResults\":0,\"curPage\":0,\"nextPage\":0}}",
    ),
};

impl MockOperation for ops::ListTasks {
    type Ok = types::TaskPage;
    const SPEC: &'static OperationSpec = &LIST_TASKS;
}

static CREATE_TASK: OperationSpec = OperationSpec {
    name: "CreateTask",
    id: "create_task",
    method: "POST",
    path: "/api/tasks",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::TaskCreate>),
        type_name: "TaskCreate",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"id\":\"string\",\"title\":\"Fill out timeSheet\",\"content\":\"Fill time sheet at end of day\",\"time\":1,\"videoId\":\"string\",\"description\":\"string\",\"link\":\"string\",\"dueDate\":\"2022-12-29T06:25:47.269Z\",\"status\":\"string\",\"createdAt\":\"2022-12-29T06:25:47.269Z\",\"dueDays\":0,\"trainingCourse\":{},\"trainingCourseTaskListId\":\"string\",\"updatedAt\":\"2022-12-29T06:25:47.269Z\",\"createdBy\":\"string\"}",
    ),
};

impl MockOperation for ops::CreateTask {
    type Ok = types::TaskRecord;
    const SPEC: &'static OperationSpec = &CREATE_TASK;
}

static UPDATE_TASK: OperationSpec = OperationSpec {
    name: "UpdateTask",
    id: "update_task",
    method: "PATCH",
    path: "/api/tasks/update/{id}",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::TaskUpdate>),
        type_name: "TaskUpdate",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"id\":\"string\",\"title\":\"Fill out timeSheet\",\"content\":\"Fill time sheet at end of day\",\"time\":1,\"videoId\":\"string\",\"description\":\"string\",\"link\":\"string\",\"dueDate\":\"2022-12-29T06:25:47.269Z\",\"status\":\"string\",\"createdAt\":\"2022-12-29T06:25:47.269Z\",\"dueDays\":0,\"trainingCourse\":{},\"trainingCourseTaskListId\":\"string\",\"updatedAt\":\"2022-12-29T06:25:47.269Z\",\"createdBy\":\"string\"}",
    ),
};

impl MockOperation for ops::UpdateTask {
    type Ok = types::TaskRecord;
    const SPEC: &'static OperationSpec = &UPDATE_TASK;
}

static ASSIGN_TASK: OperationSpec = OperationSpec {
    name: "AssignTask",
    id: "assign_task",
    method: "PATCH",
    path: "/api/tasks/assign/{id}",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::TaskAssign>),
        type_name: "TaskAssign",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"id\":\"string\",\"title\":\"Fill out timeSheet\",\"content\":\"Fill time sheet at end of day\",\"time\":1,\"videoId\":\"string\",\"description\":\"string\",\"link\":\"string\",\"dueDate\":\"2022-12-15T11:07:19.168Z\",\"status\":\"string\",\"assignedUserIds\":[{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}]}",
    ),
};

impl MockOperation for ops::AssignTask {
    type Ok = types::TaskAssignment;
    const SPEC: &'static OperationSpec = &ASSIGN_TASK;
}

static DELETE_TASK: OperationSpec = OperationSpec {
    name: "DeleteTask",
    id: "delete_task",
    method: "DELETE",
    path: "/api/tasks/{id}",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteTask {
    type Ok = ();
    const SPEC: &'static OperationSpec = &DELETE_TASK;
}

static LIST_GROUP_CHATS: OperationSpec = OperationSpec {
    name: "ListGroupChats",
    id: "list_group_chats",
    method: "GET",
    path: "/api/group-chats",
    query: &[
        ("cur_page", false),
        ("per_page", false),
        ("group_type", false),
        ("my_group_chats", false),
        ("include_participants", false),
        ("time", false),
    ],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"conversations\":[{\"id\":\"string\",\"groupId\":\"string\",\"title\":\"string\",\"isChannel\":true,\"isPrivate\":true,\"byRequest\":true,\"category\":\"string\",\"image\":{}}],\"meta\":{\"perPage\":0,\"totalPages\":0,\"totalResults\":0,\"curPage\":0,\"nextPage\":0}}",
    ),
};

impl MockOperation for ops::ListGroupChats {
    type Ok = types::GroupChatPage;
    const SPEC: &'static OperationSpec = &LIST_GROUP_CHATS;
}

static CREATE_GROUP_CHAT: OperationSpec = OperationSpec {
    name: "CreateGroupChat",
    id: "create_group_chat",
    method: "POST",
    path: "/api/group-chats",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::GroupChatCreate>),
        type_name: "GroupChatCreate",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"id\":\"string\",\"createdAt\":\"2022-10-23T20:33:00.826Z\",\"updatedAt\":\"2022-10-23T20:33:00.826Z\",\"createdBy\":\"string\",\"updatedBy\":\"string\",\"groupId\":\"string\",\"lastCall\":{\"id\":\"string\",\"messageId\":{},\"duration\":0,\"startedAt\":\"2022-10-23T20:33:00.826Z\",\"endedAt\":\"2022-10-23T20:33:00.826Z\",\"type\":\"string\",\"status\":\"string\",\"inProgress\":true,\"isGroup\":true,\"token\":{},\"conversationId\":{},\"noOfParticipants\":0,\"totalParticipants\":0,\"participants\":[{\"id\":\"string\",\"userId\":\"string\",\"callId\":\"string\",\"agoraId\":0,\"user\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"joinedAt\":\"2022-10-23T20:33:00.826Z\",\"host\":true,\"leftAt\":{}}],\"livestreamConversationId\":\"string\",\"title\":{},\"eventForInvitesId\":{},\"file\":{\"id\":\"string\",\"mime\":\"string\",\"path\":\"string\",\"name\":\"string\",\"processing\":{},\"metadata\":{},\"size\":0,\"url\":\"string\",\"cdn\":\"string\",\"bucket\":\"string\",\"mp4Urls\":[\"string\"],\"hlsUrl\":\"string\",\"dashUrl\":\"string\",\"thumbnail\":\"string\",\"isImage\":true,\"isVideo\":true,\"isDoc\":true,\"createdAt\":\"2022-10-23T20:33:00.826Z\",\"owner\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}},\"userId\":\"string\",\"user\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"scheduledFor\":\"2022-10-23T20:33:00.826Z\",\"record\":true,\"event\":{\"id\":\"string\",\"createdAt\":\"2022-10-23T20:33:00.826Z\",\"updatedAt\":\"2022-10-23T20:33:00.826Z\",\"createdBy\":\"string\",\"updatedBy\":\"string\",\"title\":\"string\",\"description\":\"string\",\"externalLink\":[{\"title\":\"string\",\"url\":\"string\"}],\"isExternalEvent\":true,\"conferenceLink\":\"string\",\"location\":\"string\",\"startDateTime\":\"2022-10-23T20:33:00.826Z\",\"endDateTime\":\"2022-10-23T20:33:00.826Z\",\"isVirtual\":true,\"eventSource\":\"string\",\"poster\":{},\"going\":0,\"myRsvp\":\"string\",\"myCheckin\":\"2022-10-23T20:33:00.826Z\",\"comments\":0,\"tags\":[\"string\"],\"reactions\":[\"string\"],\"type\":{},\"category\":{},\"livestream\":\"string\",\"rsvpUsers\":[{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\",\"invited\":\"2022-10-23T20:33:00.826Z\",\"rsvp\":\"string\"}],\"creator\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"externalAttendees\":[\"string\"],\"repeatConfig\":{\"config\":{\"extras\":{},\"config\":{}}},\"repeatId\":{}},\"publicToken\":\"string\"},\"scheduledCall\":{\"id\":\"string\",\"messageId\":{},\"duration\":0,\"startedAt\":\"2022-10-23T20:33:00.826Z\",\"endedAt\":\"2022-10-23T20:33:00.826Z\",\"type\":\"string\",\"status\":\"string\",\"inProgress\":true,\"isGroup\":true,\"token\":{},\"conversationId\":{},\"noOfParticipants\":0,\"totalParticipants\":0,\"participants\":[{\"id\":\"string\",\"userId\":\"string\",\"callId\":\"string\",\"agoraId\":0,\"user\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"joinedAt\":\"2022-10-23T20:33:00.826Z\",\"host\":true,\"leftAt\":{}}],\"livestreamConversationId\":\"string\",\"title\":{},\"eventForInvitesId\":{},\"file\":{\"id\":\"string\",\"mime\":\"string\",\"path\":\"string\",\"name\":\"string\",\"processing\":{},\"metadata\":{},\"size\":0,\"url\":\"string\",\"cdn\":\"string\",\"bucket\":\"string\",\"mp4Urls\":[\"string\"],\"hlsUrl\":\"string\",\"dashUrl\":\"string\",\"thumbnail\":\"string\",\"isImage\":true,\"isVideo\":true,\"isDoc\":true,\"createdAt\":\"2022-10-23T20:33:00.826Z\",\"owner\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}},\"userId\":\"string\",\"user\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"scheduledFor\":\"2022-10-23T20:33:00.826Z\",\"record\":true,\"event\":{\"id\":\"string\",\"createdAt\":\"2022-10-23T20:33:00.826Z\",\"updatedAt\":\"2022-10-23T20:33:00.826Z\",\"createdBy\":\"string\",\"updatedBy\":\"string\",\"title\":\"string\",\"description\":\"string\",\"externalLink\":[{\"title\":\"string\",\"url\":\"string\"}],\"isExternalEvent\":true,\"conferenceLink\":\"string\",\"location\":\"string\",\"startDateTime\":\"2022-10-23T20:33:00.826Z\",\"endDateTime\":\"2022-10-23T20:33:00.826Z\",\"isVirtual\":true,\"eventSource\":\"string\",\"poster\":{},\"going\":0,\"myRsvp\":\"string\",\"myCheckin\":\"2022-10-23T20:33:00.826Z\",\"comments\":0,\"tags\":[\"string\"],\"reactions\":[\"string\"],\"type\":{},\"category\":{},\"livestream\":\"string\",\"rsvpUsers\":[{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\",\"invited\":\"2022-10-23T20:33:00.826Z\",\"rsvp\":\"string\"}],\"creator\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"externalAttendees\":[\"string\"],\"repeatConfig\":{\"config\":{\"extras\":{},\"config\":{}}},\"repeatId\":{}},\"publicToken\":\"string\"},\"title\":\"string\",\"description\":\"string\",\"image\":{\"id\":\"string\",\"mime\":\"string\",\"path\":\"string\",\"name\":\"string\",\"processing\":{},\"metadata\":{},\"size\":0,\"url\":\"string\",\"cdn\":\"string\",\"bucket\":\"string\",\"mp4Urls\":[\"string\"],\"hlsUrl\":\"string\",\"dashUrl\":\"string\",\"thumbnail\":\"string\",\"isImage\":true,\"isVideo\":true,\"isDoc\":true,\"createdAt\":\"2022-10-23T20:33:00.826Z\",\"owner\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}},\"color\":\"string\",\"isChannel\":true,\"isPrivate\":true,\"byRequest\":true,\"type\":\"string\",\"category\":\"string\",\"ticketId\":\"string\",\"newResponseCount\":0,\"initialQuery\":\"string\",\"activeCallId\":{},\"expertId\":{},\"lastQueryMsg\":{},\"videoPreviews\":{\"id\":\"string\",\"mime\":\"string\",\"path\":\"string\",\"name\":\"string\",\"processing\":{},\"metadata\":{},\"size\":0,\"url\":\"string\",\"cdn\":\"string\",\"bucket\":\"string\",\"mp4Urls\":[\"string\"],\"hlsUrl\":\"string\",\"dashUrl\":\"string\",\"thumbnail\":\"string\",\"isImage\":true,\"isVideo\":true,\"isDoc\":true,\"createdAt\":\"2022-10-23T20:33:00.826Z\",\"owner\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}},\"participants\":[{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}],\"muted\":true,\"snoozedUntil\":\"2022-10-23T20:33:00.826Z\",\"meta\":{},\"reactions\":[\"string\"]}",
    ),
};

impl MockOperation for ops::CreateGroupChat {
    type Ok = types::GroupChat;
    const SPEC: &'static OperationSpec = &CREATE_GROUP_CHAT;
}

static DELETE_GROUP_CHATS: OperationSpec = OperationSpec {
    name: "DeleteGroupChats",
    id: "delete_group_chats",
    method: "DELETE",
    path: "/api/group-chats",
    query: &[("id", false)],
    body: None,
    status: 200,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteGroupChats {
    type Ok = ();
    const SPEC: &'static OperationSpec = &DELETE_GROUP_CHATS;
}

static CREATE_CONVERSATION_MEETING: OperationSpec = OperationSpec {
    name: "CreateConversationMeeting",
    id: "create_conversation_meeting",
    method: "POST",
    path: "/api/group-chats/{id}",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::ConversationMeeting>),
        type_name: "ConversationMeeting",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"id\":\"string\",\"createdAt\":\"2022-10-24T06:02:15.390Z\",\"updatedAt\":\"2022-10-24T06:02:15.390Z\",\"createdBy\":\"string\",\"updatedBy\":\"string\",\"title\":\"string\",\"description\":\"string\",\"externalLink\":[{\"title\":\"string\",\"url\":\"string\"}],\"isExternalEvent\":true,\"conferenceLink\":\"string\",\"location\":\"string\",\"startDateTime\":\"2022-10-24T06:02:15.391Z\",\"endDateTime\":\"2022-10-24T06:02:15.391Z\",\"isVirtual\":true,\"eventSource\":\"string\",\"poster\":{},\"going\":0,\"myRsvp\":\"string\",\"myCheckin\":\"2022-10-24T06:02:15.391Z\",\"comments\":0,\"tags\":[\"string\"],\"reactions\":[\"string\"],\"type\":{},\"category\":{},\"livestream\":{\"id\":\"string\",\"messageId\":{},\"duration\":0,\"startedAt\":\"2022-10-24T06:02:15.391Z\",\"endedAt\":\"2022-10-24T06:02:15.391Z\",\"type\":\"string\",\"status\":\"string\",\"inProgress\":true,\"isGroup\":true,\"token\":{},\"conversationId\":{},\"noOfParticipants\":0,\"totalParticipants\":0,\"participants\":[{\"id\":\"string\",\"userId\":\"string\",\"callId\":\"string\",\"agoraId\":0,\"user\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"joinedAt\":\"2022-10-24T06:02:15.391Z\",\"host\":true,\"leftAt\":{}}],\"livestreamConversationId\":\"string\",\"title\":{},\"eventForInvitesId\":{},\"file\":{\"id\":\"string\",\"mime\":\"string\",\"path\":\"string\",\"name\":\"string\",\"processing\":{},\"metadata\":{},\"size\":0,\"url\":\"string\",\"cdn\":\"string\",\"bucket\":\"string\",\"mp4Urls\":[\"string\"],\"hlsUrl\":\"string\",\"dashUrl\":\"string\",\"thumbnail\":\"string\",\"isImage\":true,\"isVideo\":true,\"isDoc\":true,\"createdAt\":\"2022-10-24T06:02:15.391Z\",\"owner\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}},\"userId\":\"string\",\"user\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"scheduledFor\":\"2022-10-24T06:02:15.391Z\",\"record\":true,\"event\":\"string\",\"publicToken\":\"string\"},\"rsvpUsers\":[{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\",\"invited\":\"2022-10-24T06:02:15.391Z\",\"rsvp\":\"string\"}],\"creator\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"externalAttendees\":[\"string\"],\"repeatConfig\":{\"config\":{\"extras\":{},\"config\":{}}},\"repeatId\":{}}",
    ),
};

impl MockOperation for ops::CreateConversationMeeting {
    type Ok = types::Event;
    const SPEC: &'static OperationSpec = &CREATE_CONVERSATION_MEETING;
}

static UPDATE_GROUP_CHAT: OperationSpec = OperationSpec {
    name: "UpdateGroupChat",
    id: "update_group_chat",
    method: "PATCH",
    path: "/api/group-chats/{id}",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::GroupChatUpdate>),
        type_name: "GroupChatUpdate",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"id\":\"string\",\"createdAt\":\"2022-10-26T07:10:50.376Z\",\"updatedAt\":\"2022-10-26T07:10:50.376Z\",\"createdBy\":\"string\",\"updatedBy\":\"string\",\"groupId\":\"string\",\"lastCall\":{\"id\":\"string\",\"messageId\":{},\"duration\":0,\"startedAt\":\"2022-10-26T07:10:50.376Z\",\"endedAt\":\"2022-10-26T07:10:50.376Z\",\"type\":\"string\",\"status\":\"string\",\"inProgress\":true,\"isGroup\":true,\"token\":{},\"conversationId\":{},\"noOfParticipants\":0,\"totalParticipants\":0,\"participants\":[{\"id\":\"string\",\"userId\":\"string\",\"callId\":\"string\",\"agoraId\":0,\"user\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"joinedAt\":\"2022-10-26T07:10:50.376Z\",\"host\":true,\"leftAt\":{}}],\"livestreamConversationId\":\"string\",\"title\":{},\"eventForInvitesId\":{},\"file\":{\"id\":\"string\",\"mime\":\"string\",\"path\":\"string\",\"name\":\"string\",\"processing\":{},\"metadata\":{},\"size\":0,\"url\":\"string\",\"cdn\":\"string\",\"bucket\":\"string\",\"mp4Urls\":[\"string\"],\"hlsUrl\":\"string\",\"dashUrl\":\"string\",\"thumbnail\":\"string\",\"isImage\":true,\"isVideo\":true,\"isDoc\":true,\"createdAt\":\"2022-10-26T07:10:50.376Z\",\"owner\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}},\"userId\":\"string\",\"user\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"scheduledFor\":\"2022-10-26T07:10:50.376Z\",\"record\":true,\"event\":{\"id\":\"string\",\"createdAt\":\"2022-10-26T07:10:50.376Z\",\"updatedAt\":\"2022-10-26T07:10:50.376Z\",\"createdBy\":\"string\",\"updatedBy\":\"string\",\"title\":\"string\",\"description\":\"string\",\"externalLink\":[{\"title\":\"string\",\"url\":\"string\"}],\"isExternalEvent\":true,\"conferenceLink\":\"string\",\"location\":\"string\",\"startDateTime\":\"2022-10-26T07:10:50.376Z\",\"endDateTime\":\"2022-10-26T07:10:50.376Z\",\"isVirtual\":true,\"eventSource\":\"string\",\"poster\":{},\"going\":0,\"myRsvp\":\"string\",\"myCheckin\":\"2022-10-26T07:10:50.376Z\",\"comments\":0,\"tags\":[\"string\"],\"reactions\":[\"string\"],\"type\":{},\"category\":{},\"livestream\":\"string\",\"rsvpUsers\":[{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\",\"invited\":\"2022-10-26T07:10:50.376Z\",\"rsvp\":\"string\"}],\"creator\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"externalAttendees\":[\"string\"],\"repeatConfig\":{\"config\":{\"extras\":{},\"config\":{}}},\"repeatId\":{}},\"publicToken\":\"string\"},\"scheduledCall\":{\"id\":\"string\",\"messageId\":{},\"duration\":0,\"startedAt\":\"2022-10-26T07:10:50.376Z\",\"endedAt\":\"2022-10-26T07:10:50.376Z\",\"type\":\"string\",\"status\":\"string\",\"inProgress\":true,\"isGroup\":true,\"token\":{},\"conversationId\":{},\"noOfParticipants\":0,\"totalParticipants\":0,\"participants\":[{\"id\":\"string\",\"userId\":\"string\",\"callId\":\"string\",\"agoraId\":0,\"user\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"joinedAt\":\"2022-10-26T07:10:50.376Z\",\"host\":true,\"leftAt\":{}}],\"livestreamConversationId\":\"string\",\"title\":{},\"eventForInvitesId\":{},\"file\":{\"id\":\"string\",\"mime\":\"string\",\"path\":\"string\",\"name\":\"string\",\"processing\":{},\"metadata\":{},\"size\":0,\"url\":\"string\",\"cdn\":\"string\",\"bucket\":\"string\",\"mp4Urls\":[\"string\"],\"hlsUrl\":\"string\",\"dashUrl\":\"string\",\"thumbnail\":\"string\",\"isImage\":true,\"isVideo\":true,\"isDoc\":true,\"createdAt\":\"2022-10-26T07:10:50.376Z\",\"owner\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}},\"userId\":\"string\",\"user\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"scheduledFor\":\"2022-10-26T07:10:50.377Z\",\"record\":true,\"event\":{\"id\":\"string\",\"createdAt\":\"2022-10-26T07:10:50.377Z\",\"updatedAt\":\"2022-10-26T07:10:50.377Z\",\"createdBy\":\"string\",\"updatedBy\":\"string\",\"title\":\"string\",\"description\":\"string\",\"externalLink\":[{\"title\":\"string\",\"url\":\"string\"}],\"isExternalEvent\":true,\"conferenceLink\":\"string\",\"location\":\"string\",\"startDateTime\":\"2022-10-26T07:10:50.377Z\",\"endDateTime\":\"2022-10-26T07:10:50.377Z\",\"isVirtual\":true,\"eventSource\":\"string\",\"poster\":{},\"going\":0,\"myRsvp\":\"string\",\"myCheckin\":\"2022-10-26T07:10:50.377Z\",\"comments\":0,\"tags\":[\"string\"],\"reactions\":[\"string\"],\"type\":{},\"category\":{},\"livestream\":\"string\",\"rsvpUsers\":[{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\",\"invited\":\"2022-10-26T07:10:50.377Z\",\"rsvp\":\"string\"}],\"creator\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"externalAttendees\":[\"string\"],\"repeatConfig\":{\"config\":{\"extras\":{},\"config\":{}}},\"repeatId\":{}},\"publicToken\":\"string\"},\"title\":\"string\",\"description\":\"string\",\"image\":{\"id\":\"string\",\"mime\":\"string\",\"path\":\"string\",\"name\":\"string\",\"processing\":{},\"metadata\":{},\"size\":0,\"url\":\"string\",\"cdn\":\"string\",\"bucket\":\"string\",\"mp4Urls\":[\"string\"],\"hlsUrl\":\"string\",\"dashUrl\":\"string\",\"thumbnail\":\"string\",\"isImage\":true,\"isVideo\":true,\"isDoc\":true,\"createdAt\":\"2022-10-26T07:10:50.377Z\",\"owner\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}},\"color\":\"string\",\"isChannel\":true,\"isPrivate\":true,\"byRequest\":true,\"type\":\"string\",\"category\":\"string\",\"ticketId\":\"string\",\"newResponseCount\":0,\"initialQuery\":\"string\",\"activeCallId\":{},\"expertId\":{},\"lastQueryMsg\":{},\"videoPreviews\":{\"id\":\"string\",\"mime\":\"string\",\"path\":\"string\",\"name\":\"string\",\"processing\":{},\"metadata\":{},\"size\":0,\"url\":\"string\",\"cdn\":\"string\",\"bucket\":\"string\",\"mp4Urls\":[\"string\"],\"hlsUrl\":\"string\",\"dashUrl\":\"string\",\"thumbnail\":\"string\",\"isImage\":true,\"isVideo\":true,\"isDoc\":true,\"createdAt\":\"2022-10-26T07:10:50.377Z\",\"owner\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}},\"participants\":[{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}],\"muted\":true,\"snoozedUntil\":\"2022-10-26T07:10:50.377Z\",\"meta\":{},\"reactions\":[\"string\"],\"admins\":[\"string\"]}",
    ),
};

impl MockOperation for ops::UpdateGroupChat {
    type Ok = types::GroupChat;
    const SPEC: &'static OperationSpec = &UPDATE_GROUP_CHAT;
}

static SEND_MESSAGE: OperationSpec = OperationSpec {
    name: "SendMessage",
    id: "send_message",
    method: "POST",
    path: "/api/{conversationId}/messages",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::MessageSend>),
        type_name: "MessageSend",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"id\":\"string\",\"createdAt\":\"2022-10-24T05:31:17.783Z\",\"updatedAt\":\"2022-10-24T05:31:17.783Z\",\"createdBy\":\"string\",\"updatedBy\":\"string\",\"message\":\"string\",\"isEdited\":true,\"replyOfMsgId\":\"string\",\"sender\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"files\":{\"files\":[{\"id\":\"string\",\"mime\":\"string\",\"path\":\"string\",\"name\":\"string\",\"processing\":{},\"metadata\":{},\"size\":0,\"url\":\"string\",\"cdn\":\"string\",\"bucket\":\"string\",\"mp4Urls\":[\"string\"],\"hlsUrl\":\"string\",\"dashUrl\":\"string\",\"thumbnail\":\"string\",\"isImage\":true,\"isVideo\":true,\"isDoc\":true,\"createdAt\":\"2022-10-24T05:31:17.784Z\",\"owner\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}}]},\"mention\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"reactions\":[{}],\"linkPreviews\":{\"title\":\"string\",\"description\":\"string\",\"image\":\"string\",\"link\":\"string\"},\"type\":0,\"repliesCount\":0,\"kbExperts\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"kbDocs\":{\"answer\":\"string\",\"name\":\"string\",\"path\":\"string\",\"matchConfidenceLevel\":\"string\",\"faqQuestion\":\"string\"},\"kbFaqs\":{\"answer\":\"string\",\"name\":\"string\",\"path\":\"string\",\"matchConfidenceLevel\":\"string\",\"faqQuestion\":\"string\"},\"video\":{\"id\":\"string\",\"createdAt\":\"2022-10-24T05:31:17.784Z\",\"updatedAt\":\"2022-10-24T05:31:17.784Z\",\"createdBy\":\"string\",\"updatedBy\":\"string\",\"title\":\"string\",\"description\":\"string\",\"source\":0,\"videoFileId\":\"string\",\"user\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"thumbnailFileId\":\"string\",\"meta\":{}},\"chat\":{\"file\":{}},\"lastQueryMsg\":{},\"call\":{},\"ticket\":{\"id\":\"string\",\"from\":\"string\",\"to\":\"string\",\"response\":\"string\",\"subject\":\"string\",\"snippet\":\"string\",\"conversationId\":\"string\",\"senderName\":\"string\",\"status\":\"string\",\"category\":{\"id\":\"string\",\"createdAt\":\"2022-10-24T05:31:17.784Z\",\"updatedAt\":\"2022-10-24T05:31:17.784Z\",\"createdBy\":\"string\",\"updatedBy\":\"string\",\"email\":{},\"category\":\"string\"}},\"event\":{\"id\":\"string\",\"createdAt\":\"2022-10-24T05:31:17.784Z\",\"updatedAt\":\"2022-10-24T05:31:17.784Z\",\"createdBy\":\"string\",\"updatedBy\":\"string\",\"title\":\"string\",\"location\":\"string\",\"startDateTime\":\"2022-10-24T05:31:17.784Z\",\"endDateTime\":\"2022-10-24T05:31:17.784Z\",\"poster\":{},\"type\":{}}}",
    ),
};

impl MockOperation for ops::SendMessage {
    type Ok = types::Message;
    const SPEC: &'static OperationSpec = &SEND_MESSAGE;
}

static LIST_DEPARTMENTS: OperationSpec = OperationSpec {
    name: "ListDepartments",
    id: "list_departments",
    method: "GET",
    path: "/api/departments",
    query: &[("cur_page", false), ("per_page", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"departments\":[{\"id\":\"string\",\"name\":\"string\",\"memberCount\":0,\"admins\":[{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}]}],\"meta\":{\"perPage\":0,\"totalPages\":0,\"totalResults\":0,\"curPage\":0,\"nextPage\":0}}",
    ),
};

impl MockOperation for ops::ListDepartments {
    type Ok = types::DepartmentPage;
    const SPEC: &'static OperationSpec = &LIST_DEPARTMENTS;
}

static CREATE_DEPARTMENT: OperationSpec = OperationSpec {
    name: "CreateDepartment",
    id: "create_department",
    method: "POST",
    path: "/api/departments",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::DepartmentCreate>),
        type_name: "DepartmentCreate",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"id\":\"string\",\"createdAt\":\"2022-11-28T05:52:23.167Z\",\"updatedAt\":\"2022-11-28T05:52:23.167Z\",\"createdBy\":\"string\",\"updatedBy\":\"string\",\"orgId\":\"string\",\"type\":\"string\",\"name\":\"Management\"}",
    ),
};

impl MockOperation for ops::CreateDepartment {
    type Ok = types::Department;
    const SPEC: &'static OperationSpec = &CREATE_DEPARTMENT;
}

static UPDATE_DEPARTMENT_HEADS: OperationSpec = OperationSpec {
    name: "UpdateDepartmentHeads",
    id: "update_department_heads",
    method: "PATCH",
    path: "/api/departments/{id}/admin",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::DepartmentHeadsUpdate>),
        type_name: "DepartmentHeadsUpdate",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"id\":\"string\",\"createdAt\":\"2022-10-20T12:46:59.074Z\",\"updatedAt\":\"2022-10-20T12:46:59.074Z\",\"createdBy\":\"string\",\"updatedBy\":\"string\",\"type\":\"string\",\"orgId\":\"string\",\"name\":\"Management\"}",
    ),
};

impl MockOperation for ops::UpdateDepartmentHeads {
    type Ok = types::Department;
    const SPEC: &'static OperationSpec = &UPDATE_DEPARTMENT_HEADS;
}

static GET_DEPARTMENT_MEMBERS: OperationSpec = OperationSpec {
    name: "GetDepartmentMembers",
    id: "get_department_members",
    method: "GET",
    path: "/api/departments/{id}/members",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"id\":\"string\",\"createdAt\":\"2022-12-17T08:12:23.698Z\",\"updatedAt\":\"2022-12-17T08:12:23.698Z\",\"createdBy\":\"string\",\"updatedBy\":\"string\",\"orgId\":\"string\",\"type\":\"string\",\"name\":\"Management\",\"departmentHeads\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"members\":[{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}]}",
    ),
};

impl MockOperation for ops::GetDepartmentMembers {
    type Ok = types::DepartmentWithMembers;
    const SPEC: &'static OperationSpec = &GET_DEPARTMENT_MEMBERS;
}

static UPDATE_DEPARTMENT_MEMBERS: OperationSpec = OperationSpec {
    name: "UpdateDepartmentMembers",
    id: "update_department_members",
    method: "POST",
    path: "/api/departments/{id}/members",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::DepartmentMembersUpdate>),
        type_name: "DepartmentMembersUpdate",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"id\":\"string\",\"createdAt\":\"2022-12-17T08:11:41.769Z\",\"updatedAt\":\"2022-12-17T08:11:41.769Z\",\"createdBy\":\"string\",\"updatedBy\":\"string\",\"orgId\":\"string\",\"type\":\"string\",\"name\":\"Management\",\"departmentHeads\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"members\":[{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}]}",
    ),
};

impl MockOperation for ops::UpdateDepartmentMembers {
    type Ok = types::DepartmentWithMembers;
    const SPEC: &'static OperationSpec = &UPDATE_DEPARTMENT_MEMBERS;
}

static DELETE_DEPARTMENT: OperationSpec = OperationSpec {
    name: "DeleteDepartment",
    id: "delete_department",
    method: "DELETE",
    path: "/api/departments/{id}",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteDepartment {
    type Ok = ();
    const SPEC: &'static OperationSpec = &DELETE_DEPARTMENT;
}

static UPDATE_DEPARTMENT: OperationSpec = OperationSpec {
    name: "UpdateDepartment",
    id: "update_department",
    method: "PATCH",
    path: "/api/departments/{id}",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::DepartmentUpdate>),
        type_name: "DepartmentUpdate",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"id\":\"string\",\"createdAt\":\"2022-10-20T12:46:59.074Z\",\"updatedAt\":\"2022-10-20T12:46:59.074Z\",\"createdBy\":\"string\",\"updatedBy\":\"string\",\"type\":\"string\",\"orgId\":\"string\",\"name\":\"Management\"}",
    ),
};

impl MockOperation for ops::UpdateDepartment {
    type Ok = types::Department;
    const SPEC: &'static OperationSpec = &UPDATE_DEPARTMENT;
}

static LIST_LOCATIONS: OperationSpec = OperationSpec {
    name: "ListLocations",
    id: "list_locations",
    method: "GET",
    path: "/api/locations",
    query: &[("cur_page", false), ("per_page", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"locations\":[{\"id\":\"string\",\"createdAt\":\"2022-11-25T12:24:36.296Z\",\"updatedAt\":\"2022-11-25T12:24:36.296Z\",\"createdBy\":\"string\",\"updatedBy\":\"string\",\"name\":\"string\",\"orgId\":\"afdcc332-51a0-11eb-b540-537816f1bbe5\",\"memberCount\":2}],\"meta\":{\"perPage\":0,\"totalPages\":0,\"totalResults\":0,\"curPage\":0,\"nextPage\":0}}",
    ),
};

impl MockOperation for ops::ListLocations {
    type Ok = types::LocationPage;
    const SPEC: &'static OperationSpec = &LIST_LOCATIONS;
}

static CREATE_LOCATION: OperationSpec = OperationSpec {
    name: "CreateLocation",
    id: "create_location",
    method: "POST",
    path: "/api/locations",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::LocationCreate>),
        type_name: "LocationCreate",
    }),
    status: 200,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::CreateLocation {
    type Ok = ();
    const SPEC: &'static OperationSpec = &CREATE_LOCATION;
}

static GET_LOCATION_MEMBERS: OperationSpec = OperationSpec {
    name: "GetLocationMembers",
    id: "get_location_members",
    method: "GET",
    path: "/api/locations/{id}/members",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"id\":\"string\",\"createdAt\":\"2022-12-17T08:13:21.760Z\",\"updatedAt\":\"2022-12-17T08:13:21.760Z\",\"createdBy\":\"string\",\"updatedBy\":\"string\",\"name\":\"string\",\"orgId\":\"afdcc332-51a0-11eb-b540-537816f1bbe5\",\"members\":[{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}]}",
    ),
};

impl MockOperation for ops::GetLocationMembers {
    type Ok = types::LocationWithMembers;
    const SPEC: &'static OperationSpec = &GET_LOCATION_MEMBERS;
}

static UPDATE_LOCATION_MEMBERS: OperationSpec = OperationSpec {
    name: "UpdateLocationMembers",
    id: "update_location_members",
    method: "POST",
    path: "/api/locations/{id}/members",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::LocationMembersUpdate>),
        type_name: "LocationMembersUpdate",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"id\":\"string\",\"createdAt\":\"2022-12-17T08:13:21.760Z\",\"updatedAt\":\"2022-12-17T08:13:21.760Z\",\"createdBy\":\"string\",\"updatedBy\":\"string\",\"name\":\"string\",\"orgId\":\"afdcc332-51a0-11eb-b540-537816f1bbe5\",\"members\":[{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}]}",
    ),
};

impl MockOperation for ops::UpdateLocationMembers {
    type Ok = types::LocationWithMembers;
    const SPEC: &'static OperationSpec = &UPDATE_LOCATION_MEMBERS;
}

static DELETE_LOCATION: OperationSpec = OperationSpec {
    name: "DeleteLocation",
    id: "delete_location",
    method: "DELETE",
    path: "/api/locations/{id}",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteLocation {
    type Ok = ();
    const SPEC: &'static OperationSpec = &DELETE_LOCATION;
}

static UPDATE_LOCATION: OperationSpec = OperationSpec {
    name: "UpdateLocation",
    id: "update_location",
    method: "PATCH",
    path: "/api/locations/{id}",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::LocationUpdate>),
        type_name: "LocationUpdate",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"id\":\"string\",\"createdAt\":\"2022-11-25T12:41:08.001Z\",\"updatedAt\":\"2022-11-25T12:41:08.001Z\",\"createdBy\":\"string\",\"updatedBy\":\"string\",\"name\":\"string\",\"orgId\":\"afdcc332-51a0-11eb-b540-537816f1bbe5\"}",
    ),
};

impl MockOperation for ops::UpdateLocation {
    type Ok = types::Location;
    const SPEC: &'static OperationSpec = &UPDATE_LOCATION;
}

static LIST_SECURITY_GROUPS: OperationSpec = OperationSpec {
    name: "ListSecurityGroups",
    id: "list_security_groups",
    method: "GET",
    path: "/api/security_groups",
    query: &[("cur_page", false), ("per_page", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"groups\":[{\"id\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"name\":\"string\",\"memberCount\":0}],\"meta\":{\"perPage\":0,\"totalPages\":0,\"totalResults\":0,\"curPage\":0,\"nextPage\":0}}",
    ),
};

impl MockOperation for ops::ListSecurityGroups {
    type Ok = types::SecurityGroupPage;
    const SPEC: &'static OperationSpec = &LIST_SECURITY_GROUPS;
}

static ADD_SECURITY_GROUP_MEMBERS: OperationSpec = OperationSpec {
    name: "AddSecurityGroupMembers",
    id: "add_security_group_members",
    method: "POST",
    path: "/api/security_groups/{groupId}/members",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::SecurityGroupMembers>),
        type_name: "SecurityGroupMembers",
    }),
    status: 200,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::AddSecurityGroupMembers {
    type Ok = ();
    const SPEC: &'static OperationSpec = &ADD_SECURITY_GROUP_MEMBERS;
}

static REMOVE_SECURITY_GROUP_MEMBERS: OperationSpec = OperationSpec {
    name: "RemoveSecurityGroupMembers",
    id: "remove_security_group_members",
    method: "DELETE",
    path: "/api/security_groups/{groupId}/members",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::SecurityGroupMembers>),
        type_name: "SecurityGroupMembers",
    }),
    status: 200,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::RemoveSecurityGroupMembers {
    type Ok = ();
    const SPEC: &'static OperationSpec = &REMOVE_SECURITY_GROUP_MEMBERS;
}

static LIST_SSOS: OperationSpec = OperationSpec {
    name: "ListSsos",
    id: "list_ssos",
    method: "GET",
    path: "/api/sso",
    query: &[("manage", false), ("location", false), ("department", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "[{\"id\":\"string\",\"createdAt\":\"2022-12-08T11:56:33.870Z\",\"updatedAt\":\"2022-12-08T11:56:33.870Z\",\"createdBy\":\"string\",\"updatedBy\":\"string\",\"authorizationURI\":\"{{redirect_uri}}/?code=<authorization_token\",\"tokenURI\":\"https://api.example.io/oauth/token\",\"refreshURI\":\"https://api.example.io/oauth/token/refresh\",\"loginURL\":\"string\",\"orgId\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"locationId\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"departmentId\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"order\":0,\"file\":{\"id\":\"string\",\"mime\":\"string\",\"path\":\"string\",\"name\":\"string\",\"processing\":{},\"metadata\":{},\"size\":0,\"url\":\"string\",\"cdn\":\"string\",\"bucket\":\"string\",\"mp4Urls\":[\"string\"],\"hlsUrl\":\"string\",\"dashUrl\":\"string\",\"thumbnail\":\"string\",\"isImage\":true,\"isVideo\":true,\"isDoc\":true,\"createdAt\":\"2022-12-08T11:56:33.870Z\",\"owner\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}},\"user\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"link\":\"https://api.example.io\",\"type\":\"QUICK_LINK\"}]",
    ),
};

impl MockOperation for ops::ListSsos {
    type Ok = types::SsoList;
    const SPEC: &'static OperationSpec = &LIST_SSOS;
}

static CREATE_SSO: OperationSpec = OperationSpec {
    name: "CreateSso",
    id: "create_sso",
    method: "POST",
    path: "/api/sso",
    query: &[("manage", false)],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::SsoCreate>),
        type_name: "SsoCreate",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"id\":\"string\",\"createdAt\":\"2022-12-08T11:54:51.367Z\",\"updatedAt\":\"2022-12-08T11:54:51.367Z\",\"createdBy\":\"string\",\"updatedBy\":\"string\",\"authorizationURI\":\"{{redirect_uri}}/?code=<authorization_token\",\"tokenURI\":\"https://api.example.io/oauth/token\",\"refreshURI\":\"https://api.example.io/oauth/token/refresh\",\"loginURL\":\"string\",\"orgId\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"locationId\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"departmentId\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"order\":0,\"file\":{\"id\":\"string\",\"mime\":\"string\",\"path\":\"string\",\"name\":\"string\",\"processing\":{},\"metadata\":{},\"size\":0,\"url\":\"string\",\"cdn\":\"string\",\"bucket\":\"string\",\"mp4Urls\":[\"string\"],\"hlsUrl\":\"string\",\"dashUrl\":\"string\",\"thumbnail\":\"string\",\"isImage\":true,\"isVideo\":true,\"isDoc\":true,\"createdAt\":\"2022-12-08T11:54:51.367Z\",\"owner\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"}},\"user\":{\"id\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"picture\":{},\"cover\":{},\"color\":\"string\",\"online\":true,\"availability\":1,\"designation\":{},\"department\":{},\"availabilityStatusText\":\"string\",\"phone\":\"string\",\"email\":\"user@example.com\",\"status\":\"user@example.com\"},\"link\":\"https://api.example.io\",\"type\":\"QUICK_LINK\"}",
    ),
};

impl MockOperation for ops::CreateSso {
    type Ok = types::Sso;
    const SPEC: &'static OperationSpec = &CREATE_SSO;
}

static GET_MEDIA_UPLOAD_URL: OperationSpec = OperationSpec {
    name: "GetMediaUploadUrl",
    id: "get_media_upload_url",
    method: "GET",
    path: "/api/media",
    query: &[("mime", true), ("name", true), ("moduleCode", true)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"fileId\":\"fdca3aa5-363c-4400-b158-bd59aa168f19\",\"signedRequest\":{\"url\":\"https:aHR0cHM6Ly9zMy51cy13ZXN0LTIuYW1hem9uYXdzLmNvbS9ib3Nzc2RldnZpZGVvZmlsZWhhbmRsZXItc291cmNlLTFkdTJ5MnhtY2UxZ2Q=\",\"fields\":{\"Key\":\"ZGV2ZWxvcG1lbnQvby1jNzk3NGVmMC01OGMwLTExZWMtODE5ZC1mOTc5NmI1OTRhMDkvbS0xL3UtNjMwMWZkMDAtNjIxNi0xMWVjLTkyOTQtY2ZlOTFhZDgxNzdmLzQ0YTJmNjFkYzVjNWZjY2U2ZmI5YmQ3NWFjNTg1MWFmNDA4YWRiNzgubXA0\",\"Content-Type\":\"video/mp4\",\"ACL\":\"public-read\",\"bucket\":\"Ym9zc3NkZXZ2aWRlb2ZpbGVoYW5kbGVyLXNvdXJjZS0xZHUyeTJ4bWNlMWdk\",\"X-Amz-Algorithm\":\"AWS4-HMAC-SHA256\",\"X-Amz-Credential\":\"access_key/YYYYMMDD/region/service/aws4_request\",\"X-Amz-Date\":\"20221219T094258Z\",\"Policy\":\"pMWGRsYzNRdE1pOXpNeTloZDNNMFgzSmxjWFZsYzNRaWZTeDdJbGd0UVcxNkxVUmhkR1VpT2lJeU1ESXlNVEl4T1ZRd09UUXlOVGhhSW4xZGZRPT0=\",\"X-Amz-Signature\":\"hex-encodedsignature\"}},\"url\":\"https://Ym9zc3NkZXZ2aWRlb2ZpbGVoYW5kbGVyLXNvdXJjZS0xZHUyeTJ4bWNlMWdkLnMzLmFtYXpvbmF3cy5jb20vZGV2ZWxvcG1lbnQvby1jNzk3NGVmMC01OGMwLTExZWMtODE5ZC1mOTc5NmI1OTRhMDkvbS0xLw==u-6301fd00-6216-11ec-9294-cfe91ad8177f/44a2f61dc5c5fcce6fb9bd75ac5851af408adb78.mp4\"}",
    ),
};

impl MockOperation for ops::GetMediaUploadUrl {
    type Ok = types::MediaUploadTicket;
    const SPEC: &'static OperationSpec = &GET_MEDIA_UPLOAD_URL;
}

static OPERATIONS: &[&OperationSpec] = &[
    &LIST_USERS,
    &LIST_TEAM_SUPERVISORS,
    &CREATE_USER,
    &DELETE_USER,
    &UPDATE_USER,
    &BULK_CREATE_USERS,
    &BULK_DELETE_USERS,
    &CREATE_ORGANIZATION,
    &UPDATE_ORGANIZATION,
    &GENERATE_ACCESS_TOKEN,
    &LIST_POSTS,
    &CREATE_POST,
    &DELETE_POST,
    &UPDATE_POST,
    &LIST_NEWS,
    &CREATE_NEWS,
    &DELETE_NEWS,
    &UPDATE_NEWS,
    &LIST_EVENTS,
    &CREATE_EVENT,
    &DELETE_EVENT,
    &UPDATE_EVENT,
    &LIST_VIDEOS,
    &CREATE_VIDEO,
    &DELETE_VIDEO,
    &UPDATE_VIDEO,
    &LIST_PHOTOS,
    &CREATE_PHOTO,
    &DELETE_PHOTO,
    &UPDATE_PHOTO,
    &LIST_DOCUMENTS,
    &CREATE_DOCUMENT,
    &DELETE_DOCUMENT,
    &UPDATE_DOCUMENT,
    &LIST_FAQS,
    &CREATE_FAQ,
    &DELETE_FAQ,
    &UPDATE_FAQ,
    &LIST_CATEGORIES,
    &LIST_ENFORCEMENT_TEMPLATES,
    &SEND_NOTIFICATION,
    &LIST_MODULE_CODES,
    &LIST_COURSES,
    &DELETE_COURSE,
    &LIST_TASKS,
    &CREATE_TASK,
    &UPDATE_TASK,
    &ASSIGN_TASK,
    &DELETE_TASK,
    &LIST_GROUP_CHATS,
    &CREATE_GROUP_CHAT,
    &DELETE_GROUP_CHATS,
    &CREATE_CONVERSATION_MEETING,
    &UPDATE_GROUP_CHAT,
    &SEND_MESSAGE,
    &LIST_DEPARTMENTS,
    &CREATE_DEPARTMENT,
    &UPDATE_DEPARTMENT_HEADS,
    &GET_DEPARTMENT_MEMBERS,
    &UPDATE_DEPARTMENT_MEMBERS,
    &DELETE_DEPARTMENT,
    &UPDATE_DEPARTMENT,
    &LIST_LOCATIONS,
    &CREATE_LOCATION,
    &GET_LOCATION_MEMBERS,
    &UPDATE_LOCATION_MEMBERS,
    &DELETE_LOCATION,
    &UPDATE_LOCATION,
    &LIST_SECURITY_GROUPS,
    &ADD_SECURITY_GROUP_MEMBERS,
    &REMOVE_SECURITY_GROUP_MEMBERS,
    &LIST_SSOS,
    &CREATE_SSO,
    &GET_MEDIA_UPLOAD_URL,
];

static SCHEMES: &[&str] = &["api_key"];

/// A mock server of the API on loopback, for tests of code that uses the client.
///
/// ```no_run
/// # async fn example() {
/// let server = workdrive_client::mock::Server::start().await;
/// server.expect(workdrive_client::ops::ListUsers).any_times();
/// let client = server.client();
/// // … the code under test calls `client` …
/// # drop(client);
/// # }
/// ```
///
/// An expectation answers the spec's documented example until it is told otherwise
/// (`returns`, `returns_status`, `returns_empty`), and wants at least one call unless
/// it says how many (`times`, `any_times`). Dropping the server verifies: a problem
/// panics, naming the operation and the expectation.
#[derive(Debug)]
pub struct Server {
    inner: MockServer,
}

impl Server {
    /// Starts a server on a free port of `127.0.0.1` (needs a Tokio runtime).
    pub async fn start() -> Self {
        Server {
            inner: MockServer::start(OPERATIONS).await,
        }
    }

    /// Expects a call of `operation` (a marker of [`ops`], `ops::GetThing`):
    /// the builder says what it must carry, how often it comes and what it is answered.
    pub fn expect<O: MockOperation>(&self, operation: O) -> Expectation<'_, O> {
        let _ = operation;
        self.inner.expect::<O>()
    }

    /// A client of this server: no retries, and the credential [`MOCK_CREDENTIAL`] for
    /// every security scheme (a session's login still replaces the ones it provides).
    pub fn client(&self) -> crate::Client {
        let agent = concat!(
            env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"), " (mock)"
        );
        crate::Client::from_core(self.inner.client_core(agent, SCHEMES))
    }

    /// The server's base URL, for a client built with other settings.
    pub fn uri(&self) -> String {
        self.inner.uri()
    }

    /// The problems so far (requests answered with a diagnostic, expectations not met).
    pub fn problems(&self) -> Vec<String> {
        self.inner.problems()
    }

    /// Verifies, as dropping the server does, but returns the problems instead of
    /// panicking.
    ///
    /// # Errors
    ///
    /// [`MockError`] listing every problem.
    pub fn verify(self) -> Result<(), MockError> {
        self.inner.verify()
    }
}
