// This file is generated from specs/beam.yaml by `cargo xtask generate`. Do not edit it by hand.

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

static GET_INFO: OperationSpec = OperationSpec {
    name: "GetInfo",
    id: "get_info",
    method: "GET",
    path: "/info/",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"key\":\"My Example API Key\",\"organization\":\"My Organization\",\"user\":null}",
    ),
};

impl MockOperation for ops::GetInfo {
    type Ok = types::Info;
    const SPEC: &'static OperationSpec = &GET_INFO;
}

static LIST_USERS: OperationSpec = OperationSpec {
    name: "ListUsers",
    id: "list_users",
    method: "GET",
    path: "/users/",
    query: &[("include_temporary", false), ("limit", false), ("offset", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"meta\":{\"limit\":10,\"next\":\"/admin-api/1/users/?limit=10&offset=10\",\"offset\":0,\"previous\":null,\"total_count\":60},\"objects\":[{\"email_address\":\"dufour@org3.net\",\"first_name\":\"Santos\",\"is_admin\":true,\"is_temporary\":false,\"last_login\":\"2014-07-09T18:07:50\",\"last_name\":\"Dufour\",\"profile_image\":null},{\"email_address\":\"jamar@org3.net\",\"first_name\":\"Usha\",\"is_admin\":true,\"is_temporary\":false,\"last_login\":\"2014-07-09T18:07:50\",\"last_name\":\"Jamar\",\"profile_image\":null},{\"email_address\":\"burbach@org3.net\",\"first_name\":\"Louetta\",\"is_admin\":true,\"is_temporary\":false,\"last_login\":\"2014-07-09T18:07:50\",\"last_name\":\"Burbach\",\"profile_image\":null},{\"email_address\":\"steinbeck@org3.net\",\"first_name\":\"Marcelino\",\"is_admin\":false,\"is_temporary\":false,\"last_login\":\"2014-07-09T18:07:50\",\"last_name\":\"Steinbeck\",\"profile_image\":null},{\"email_address\":\"coulston@org3.net\",\"first_name\":\"Arica\",\"is_admin\":false,\"is_temporary\":false,\"last_login\":\"2014-07-09T18:07:50\",\"last_name\":\"Coulston\",\"profile_image\":null},{\"email_address\":\"haak@org3.net\",\"first_name\":\"Terina\",\"is_admin\":false,\"is_temporary\":false,\"last_login\":\"2014-07-09T18:07:50\",\"last_name\":\"Haak\",\"profile_image\":null},{\"email_address\":\"armour@org3.net\",\"first_name\":\"Vanessa\",\"is_admin\":false,\"is_temporary\":false,\"last_login\":\"2014-07-09T18:07:50\",\"last_name\":\"Armour\",\"profile_image\":null},{\"email_address\":\"shoaf@org3.net\",\"first_name\":\"Betty\",\"is_admin\":false,\"is_temporary\":false,\"last_login\":\"2014-07-09T18:07:50\",\"last_name\":\"Shoaf\",\"profile_image\":null},{\"email_address\":\"blea@org3.net\",\"first_name\":\"Katerine\",\"is_admin\":false,\"is_temporary\":false,\"last_login\":\"2014-07-09T18:07:50\",\"last_name\":\"Blea\",\"profile_image\":null},{\"email_address\":\"kolodziej@org3.net\",\"first_name\":\"Susanna\",\"is_admin\":false,\"is_temporary\":false,\"last_login\":\"2014-07-09T18:07:50\",\"last_name\":\"Kolodziej\",\"profile_image\":null}]}",
    ),
};

impl MockOperation for ops::ListUsers {
    type Ok = types::UserList;
    const SPEC: &'static OperationSpec = &LIST_USERS;
}

static GET_USER: OperationSpec = OperationSpec {
    name: "GetUser",
    id: "get_user",
    method: "GET",
    path: "/users/{email}/",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"email_address\":\"dufour@org3.net\",\"first_name\":\"Santos\",\"is_admin\":true,\"is_temporary\":false,\"last_name\":\"Dufour\",\"profile_image\":null,\"last_login\":\"2014-07-09T18:07:50\"}",
    ),
};

impl MockOperation for ops::GetUser {
    type Ok = types::User;
    const SPEC: &'static OperationSpec = &GET_USER;
}

static PATCH_USER: OperationSpec = OperationSpec {
    name: "PatchUser",
    id: "patch_user",
    method: "PATCH",
    path: "/users/{email}/",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::UserPatch>),
        type_name: "UserPatch",
    }),
    status: 202,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::PatchUser {
    type Ok = ();
    const SPEC: &'static OperationSpec = &PATCH_USER;
}

static INVITE_USER: OperationSpec = OperationSpec {
    name: "InviteUser",
    id: "invite_user",
    method: "POST",
    path: "/invite/",
    query: &[("send_mail", false)],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::Invitation>),
        type_name: "Invitation",
    }),
    status: 201,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"first_name\":\"Joe\",\"from_name\":\"John Johnson\",\"cc\":[],\"last_name\":\"Smith\",\"device_groups\":[10],\"message\":\"Here is your invitation to create a Beam account. Now you'll be able to Beam in to our site from anywhere!\",\"email_address\":\"smith@org3.net\"}",
    ),
};

impl MockOperation for ops::InviteUser {
    type Ok = types::Invitation;
    const SPEC: &'static OperationSpec = &INVITE_USER;
}

static LIST_DEVICES: OperationSpec = OperationSpec {
    name: "ListDevices",
    id: "list_devices",
    method: "GET",
    path: "/devices/",
    query: &[
        ("device_group", false),
        ("inline", false),
        ("limit", false),
        ("offset", false),
    ],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"meta\":{\"previous\":null,\"total_count\":3,\"offset\":0,\"limit\":1000,\"next\":null},\"objects\":[{\"name\":\"Beam 1\",\"tags\":[\"Sales\",\"Marketing\"],\"time_zone\":\"America/Los_Angeles\",\"device_group\":4,\"location\":\"Downstairs\",\"profile_image\":null,\"state\":null,\"last_call\":null,\"id\":\"beam1234567\"},{\"name\":\"Home Beam\",\"tags\":[\"Mom's House\"],\"time_zone\":\"America/New_York\",\"device_group\":5,\"location\":\"Home\",\"profile_image\":null,\"state\":{\"call_state\":\"STATE_AVAILABLE\",\"batt_percent\":85,\"batt_charging\":true,\"pilot\":\"\",\"reported_at\":\"2014-02-28T19:55:31+00:00\"},\"last_call\":{\"call_end\":\"2014-03-09T20:19:24+00:00\",\"call_start\":\"2014-03-09T18:39:12+00:00\",\"pilot\":\"dufour@org3.net\"},\"id\":\"beam1234568\"},{\"name\":\"Beam 2\",\"tags\":[],\"time_zone\":\"America/Los_Angeles\",\"device_group\":6,\"location\":\"Building 1\",\"profile_image\":null,\"state\":{\"call_state\":\"STATE_IN_CALL\",\"batt_percent\":78,\"batt_charging\":false,\"pilot\":\"steinbeck@org3.net\",\"reported_at\":\"2014-02-28T19:55:31+00:00\"},\"last_call\":null,\"id\":\"beam1234569\"}]}",
    ),
};

impl MockOperation for ops::ListDevices {
    type Ok = types::DeviceList;
    const SPEC: &'static OperationSpec = &LIST_DEVICES;
}

static GET_DEVICE: OperationSpec = OperationSpec {
    name: "GetDevice",
    id: "get_device",
    method: "GET",
    path: "/devices/{id}/",
    query: &[("inline", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"name\":\"Beam 1\",\"tags\":[\"Sales\",\"Marketing\"],\"time_zone\":\"America/Los_Angeles\",\"device_group\":4,\"location\":\"Downstairs\",\"profile_image\":null,\"state\":null,\"last_call\":null,\"id\":\"beam1234567\"}",
    ),
};

impl MockOperation for ops::GetDevice {
    type Ok = types::Device;
    const SPEC: &'static OperationSpec = &GET_DEVICE;
}

static UPDATE_DEVICE: OperationSpec = OperationSpec {
    name: "UpdateDevice",
    id: "update_device",
    method: "PUT",
    path: "/devices/{id}/",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::DevicePut>),
        type_name: "DevicePut",
    }),
    status: 204,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::UpdateDevice {
    type Ok = ();
    const SPEC: &'static OperationSpec = &UPDATE_DEVICE;
}

static PATCH_DEVICE: OperationSpec = OperationSpec {
    name: "PatchDevice",
    id: "patch_device",
    method: "PATCH",
    path: "/devices/{id}/",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::DevicePatch>),
        type_name: "DevicePatch",
    }),
    status: 202,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::PatchDevice {
    type Ok = ();
    const SPEC: &'static OperationSpec = &PATCH_DEVICE;
}

static LIST_DEVICE_GROUPS: OperationSpec = OperationSpec {
    name: "ListDeviceGroups",
    id: "list_device_groups",
    method: "GET",
    path: "/device-groups/",
    query: &[("limit", false), ("offset", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"meta\":{\"previous\":null,\"total_count\":3,\"offset\":0,\"limit\":1000,\"next\":null},\"objects\":[{\"allowed_auth\":[\"a\"],\"name\":\"Sales Group\",\"id\":10,\"devices\":[\"beam1234567\",\"beam1234568\"],\"notify_last_pilot\":true,\"notify_users\":[\"shoaf@org3.net\",\"blea@org3.net\"],\"answer_users\":[\"shoaf@org3.net\"]},{\"allowed_auth\":[\"a\"],\"name\":\"Marketing Group\",\"id\":11,\"devices\":[\"beam9234567\",\"beam9234568\"],\"notify_last_pilot\":true,\"notify_users\":[\"shoaf@org3.net\",\"blea@org3.net\"],\"answer_users\":[]},{\"allowed_auth\":[\"a\"],\"name\":\"Development Group\",\"id\":12,\"devices\":[\"beam8234567\",\"beam8234568\"],\"notify_last_pilot\":false,\"notify_users\":[\"shoaf@org3.net\",\"blea@org3.net\"],\"answer_users\":[]}]}",
    ),
};

impl MockOperation for ops::ListDeviceGroups {
    type Ok = types::DeviceGroupList;
    const SPEC: &'static OperationSpec = &LIST_DEVICE_GROUPS;
}

static CREATE_DEVICE_GROUP: OperationSpec = OperationSpec {
    name: "CreateDeviceGroup",
    id: "create_device_group",
    method: "POST",
    path: "/device-groups/",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::DeviceGroupWrite>),
        type_name: "DeviceGroupWrite",
    }),
    status: 201,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::CreateDeviceGroup {
    type Ok = ();
    const SPEC: &'static OperationSpec = &CREATE_DEVICE_GROUP;
}

static GET_DEVICE_GROUP: OperationSpec = OperationSpec {
    name: "GetDeviceGroup",
    id: "get_device_group",
    method: "GET",
    path: "/device-groups/{id}/",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"allowed_auth\":[\"a\"],\"name\":\"Sales Group\",\"id\":10,\"devices\":[\"beam1234567\",\"beam1234568\"],\"notify_last_pilot\":true,\"notify_users\":[\"shoaf@org3.net\",\"blea@org3.net\"],\"answer_users\":[]}",
    ),
};

impl MockOperation for ops::GetDeviceGroup {
    type Ok = types::DeviceGroup;
    const SPEC: &'static OperationSpec = &GET_DEVICE_GROUP;
}

static UPDATE_DEVICE_GROUP: OperationSpec = OperationSpec {
    name: "UpdateDeviceGroup",
    id: "update_device_group",
    method: "PUT",
    path: "/device-groups/{id}/",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::DeviceGroupWrite>),
        type_name: "DeviceGroupWrite",
    }),
    status: 204,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::UpdateDeviceGroup {
    type Ok = ();
    const SPEC: &'static OperationSpec = &UPDATE_DEVICE_GROUP;
}

static DELETE_DEVICE_GROUP: OperationSpec = OperationSpec {
    name: "DeleteDeviceGroup",
    id: "delete_device_group",
    method: "DELETE",
    path: "/device-groups/{id}/",
    query: &[],
    body: None,
    status: 204,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteDeviceGroup {
    type Ok = ();
    const SPEC: &'static OperationSpec = &DELETE_DEVICE_GROUP;
}

static PATCH_DEVICE_GROUP: OperationSpec = OperationSpec {
    name: "PatchDeviceGroup",
    id: "patch_device_group",
    method: "PATCH",
    path: "/device-groups/{id}/",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::DeviceGroupPatch>),
        type_name: "DeviceGroupPatch",
    }),
    status: 202,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::PatchDeviceGroup {
    type Ok = ();
    const SPEC: &'static OperationSpec = &PATCH_DEVICE_GROUP;
}

static LIST_USER_GROUPS: OperationSpec = OperationSpec {
    name: "ListUserGroups",
    id: "list_user_groups",
    method: "GET",
    path: "/user-groups/",
    query: &[("limit", false), ("offset", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"meta\":{\"previous\":null,\"total_count\":1,\"offset\":0,\"limit\":1000,\"next\":null},\"objects\":[{\"name\":\"Developers\",\"id\":1,\"users\":[\"steinbeck@org3.net\",\"burbach@org3.net\"]}]}",
    ),
};

impl MockOperation for ops::ListUserGroups {
    type Ok = types::UserGroupList;
    const SPEC: &'static OperationSpec = &LIST_USER_GROUPS;
}

static CREATE_USER_GROUP: OperationSpec = OperationSpec {
    name: "CreateUserGroup",
    id: "create_user_group",
    method: "POST",
    path: "/user-groups/",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::UserGroupWrite>),
        type_name: "UserGroupWrite",
    }),
    status: 201,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::CreateUserGroup {
    type Ok = ();
    const SPEC: &'static OperationSpec = &CREATE_USER_GROUP;
}

static GET_USER_GROUP: OperationSpec = OperationSpec {
    name: "GetUserGroup",
    id: "get_user_group",
    method: "GET",
    path: "/user-groups/{id}/",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"name\":\"Developers\",\"id\":1,\"users\":[\"steinbeck@org3.net\",\"burbach@org3.net\"]}",
    ),
};

impl MockOperation for ops::GetUserGroup {
    type Ok = types::UserGroup;
    const SPEC: &'static OperationSpec = &GET_USER_GROUP;
}

static UPDATE_USER_GROUP: OperationSpec = OperationSpec {
    name: "UpdateUserGroup",
    id: "update_user_group",
    method: "PUT",
    path: "/user-groups/{id}/",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::UserGroupWrite>),
        type_name: "UserGroupWrite",
    }),
    status: 204,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::UpdateUserGroup {
    type Ok = ();
    const SPEC: &'static OperationSpec = &UPDATE_USER_GROUP;
}

static DELETE_USER_GROUP: OperationSpec = OperationSpec {
    name: "DeleteUserGroup",
    id: "delete_user_group",
    method: "DELETE",
    path: "/user-groups/{id}/",
    query: &[],
    body: None,
    status: 204,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteUserGroup {
    type Ok = ();
    const SPEC: &'static OperationSpec = &DELETE_USER_GROUP;
}

static PATCH_USER_GROUP: OperationSpec = OperationSpec {
    name: "PatchUserGroup",
    id: "patch_user_group",
    method: "PATCH",
    path: "/user-groups/{id}/",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::UserGroupPatch>),
        type_name: "UserGroupPatch",
    }),
    status: 202,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::PatchUserGroup {
    type Ok = ();
    const SPEC: &'static OperationSpec = &PATCH_USER_GROUP;
}

static LIST_DEVICE_GROUP_MEMBERSHIPS: OperationSpec = OperationSpec {
    name: "ListDeviceGroupMemberships",
    id: "list_device_group_memberships",
    method: "GET",
    path: "/device-group-memberships/",
    query: &[
        ("inline", false),
        ("device_group", false),
        ("user", false),
        ("user_group", false),
        ("limit", false),
        ("offset", false),
    ],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"meta\":{\"limit\":1000,\"next\":null,\"offset\":0,\"previous\":null,\"total_count\":2},\"objects\":[{\"access_times\":[],\"device_group\":1,\"id\":15,\"user\":null,\"user_group\":{\"name\":\"Developers\",\"id\":1,\"users\":[\"steinbeck@org3.net\",\"burbach@org3.net\"]}},{\"access_times\":[],\"device_group\":1,\"id\":14,\"user\":{\"email_address\":\"haak@org3.net\",\"first_name\":\"Terina\",\"is_admin\":false,\"last_name\":\"Haak\",\"profile_image\":null},\"user_group\":null}]}",
    ),
};

impl MockOperation for ops::ListDeviceGroupMemberships {
    type Ok = types::DeviceGroupMembershipList;
    const SPEC: &'static OperationSpec = &LIST_DEVICE_GROUP_MEMBERSHIPS;
}

static CREATE_DEVICE_GROUP_MEMBERSHIP: OperationSpec = OperationSpec {
    name: "CreateDeviceGroupMembership",
    id: "create_device_group_membership",
    method: "POST",
    path: "/device-group-memberships/",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::MembershipWrite>),
        type_name: "MembershipWrite",
    }),
    status: 201,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::CreateDeviceGroupMembership {
    type Ok = ();
    const SPEC: &'static OperationSpec = &CREATE_DEVICE_GROUP_MEMBERSHIP;
}

static CREATE_DEVICE_GROUP_MEMBERSHIPS_BULK: OperationSpec = OperationSpec {
    name: "CreateDeviceGroupMembershipsBulk",
    id: "create_device_group_memberships_bulk",
    method: "PATCH",
    path: "/device-group-memberships/",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::MembershipBulk>),
        type_name: "MembershipBulk",
    }),
    status: 202,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::CreateDeviceGroupMembershipsBulk {
    type Ok = ();
    const SPEC: &'static OperationSpec = &CREATE_DEVICE_GROUP_MEMBERSHIPS_BULK;
}

static GET_DEVICE_GROUP_MEMBERSHIP: OperationSpec = OperationSpec {
    name: "GetDeviceGroupMembership",
    id: "get_device_group_membership",
    method: "GET",
    path: "/device-group-memberships/{id}/",
    query: &[("inline", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"id\":14,\"device_group\":1,\"user\":\"haak@org3.net\",\"user_group\":null,\"access_times\":[876,987]}",
    ),
};

impl MockOperation for ops::GetDeviceGroupMembership {
    type Ok = types::DeviceGroupMembership;
    const SPEC: &'static OperationSpec = &GET_DEVICE_GROUP_MEMBERSHIP;
}

static UPDATE_DEVICE_GROUP_MEMBERSHIP: OperationSpec = OperationSpec {
    name: "UpdateDeviceGroupMembership",
    id: "update_device_group_membership",
    method: "PUT",
    path: "/device-group-memberships/{id}/",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::MembershipWrite>),
        type_name: "MembershipWrite",
    }),
    status: 204,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::UpdateDeviceGroupMembership {
    type Ok = ();
    const SPEC: &'static OperationSpec = &UPDATE_DEVICE_GROUP_MEMBERSHIP;
}

static DELETE_DEVICE_GROUP_MEMBERSHIP: OperationSpec = OperationSpec {
    name: "DeleteDeviceGroupMembership",
    id: "delete_device_group_membership",
    method: "DELETE",
    path: "/device-group-memberships/{id}/",
    query: &[],
    body: None,
    status: 204,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteDeviceGroupMembership {
    type Ok = ();
    const SPEC: &'static OperationSpec = &DELETE_DEVICE_GROUP_MEMBERSHIP;
}

static PATCH_DEVICE_GROUP_MEMBERSHIP: OperationSpec = OperationSpec {
    name: "PatchDeviceGroupMembership",
    id: "patch_device_group_membership",
    method: "PATCH",
    path: "/device-group-memberships/{id}/",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::MembershipPatch>),
        type_name: "MembershipPatch",
    }),
    status: 202,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::PatchDeviceGroupMembership {
    type Ok = ();
    const SPEC: &'static OperationSpec = &PATCH_DEVICE_GROUP_MEMBERSHIP;
}

static LIST_ACCESS_TIMES: OperationSpec = OperationSpec {
    name: "ListAccessTimes",
    id: "list_access_times",
    method: "GET",
    path: "/access-times/",
    query: &[
        ("inline", false),
        ("device_group_membership", false),
        ("limit", false),
        ("offset", false),
    ],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"meta\":{\"limit\":1000,\"next\":null,\"offset\":0,\"previous\":null,\"total_count\":3},\"objects\":[{\"device_group_membership\":28,\"end_time\":\"16:30:00\",\"friday\":false,\"id\":25,\"monday\":true,\"saturday\":false,\"start_time\":\"09:00:00\",\"sunday\":false,\"thursday\":false,\"tuesday\":false,\"wednesday\":false},{\"device_group_membership\":28,\"end_time\":null,\"friday\":false,\"id\":33,\"monday\":false,\"saturday\":false,\"start_time\":null,\"sunday\":true,\"thursday\":false,\"tuesday\":false,\"wednesday\":false},{\"device_group_membership\":28,\"end_time\":\"09:30:00\",\"friday\":false,\"id\":40,\"monday\":false,\"saturday\":false,\"start_time\":\"07:00:00\",\"sunday\":true,\"thursday\":false,\"tuesday\":true,\"wednesday\":false}]}",
    ),
};

impl MockOperation for ops::ListAccessTimes {
    type Ok = types::AccessTimeList;
    const SPEC: &'static OperationSpec = &LIST_ACCESS_TIMES;
}

static CREATE_ACCESS_TIME: OperationSpec = OperationSpec {
    name: "CreateAccessTime",
    id: "create_access_time",
    method: "POST",
    path: "/access-times/",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::AccessTimeWrite>),
        type_name: "AccessTimeWrite",
    }),
    status: 201,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::CreateAccessTime {
    type Ok = ();
    const SPEC: &'static OperationSpec = &CREATE_ACCESS_TIME;
}

static GET_ACCESS_TIME: OperationSpec = OperationSpec {
    name: "GetAccessTime",
    id: "get_access_time",
    method: "GET",
    path: "/access-times/{id}/",
    query: &[("inline", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"device_group_membership\":24,\"end_time\":\"17:00:00\",\"friday\":true,\"id\":41,\"monday\":true,\"saturday\":false,\"start_time\":\"09:00:00\",\"sunday\":false,\"thursday\":true,\"tuesday\":true,\"wednesday\":true}",
    ),
};

impl MockOperation for ops::GetAccessTime {
    type Ok = types::AccessTime;
    const SPEC: &'static OperationSpec = &GET_ACCESS_TIME;
}

static UPDATE_ACCESS_TIME: OperationSpec = OperationSpec {
    name: "UpdateAccessTime",
    id: "update_access_time",
    method: "PUT",
    path: "/access-times/{id}/",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::AccessTimeWrite>),
        type_name: "AccessTimeWrite",
    }),
    status: 204,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::UpdateAccessTime {
    type Ok = ();
    const SPEC: &'static OperationSpec = &UPDATE_ACCESS_TIME;
}

static DELETE_ACCESS_TIME: OperationSpec = OperationSpec {
    name: "DeleteAccessTime",
    id: "delete_access_time",
    method: "DELETE",
    path: "/access-times/{id}/",
    query: &[],
    body: None,
    status: 204,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteAccessTime {
    type Ok = ();
    const SPEC: &'static OperationSpec = &DELETE_ACCESS_TIME;
}

static LIST_DEFAULT_ACCESS_TIMES: OperationSpec = OperationSpec {
    name: "ListDefaultAccessTimes",
    id: "list_default_access_times",
    method: "GET",
    path: "/default-access-times/",
    query: &[
        ("inline", false),
        ("device_group", false),
        ("limit", false),
        ("offset", false),
    ],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"meta\":{\"limit\":1000,\"next\":null,\"offset\":0,\"previous\":null,\"total_count\":2},\"objects\":[{\"device_group\":1,\"end_time\":null,\"friday\":false,\"id\":1,\"monday\":false,\"saturday\":true,\"start_time\":null,\"sunday\":true,\"thursday\":false,\"tuesday\":false,\"wednesday\":false},{\"device_group\":1,\"end_time\":\"17:00:00\",\"friday\":true,\"id\":8,\"monday\":true,\"saturday\":false,\"start_time\":\"09:00:00\",\"sunday\":false,\"thursday\":true,\"tuesday\":true,\"wednesday\":true}]}",
    ),
};

impl MockOperation for ops::ListDefaultAccessTimes {
    type Ok = types::DefaultAccessTimeList;
    const SPEC: &'static OperationSpec = &LIST_DEFAULT_ACCESS_TIMES;
}

static CREATE_DEFAULT_ACCESS_TIME: OperationSpec = OperationSpec {
    name: "CreateDefaultAccessTime",
    id: "create_default_access_time",
    method: "POST",
    path: "/default-access-times/",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::DefaultAccessTimeWrite>),
        type_name: "DefaultAccessTimeWrite",
    }),
    status: 201,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::CreateDefaultAccessTime {
    type Ok = ();
    const SPEC: &'static OperationSpec = &CREATE_DEFAULT_ACCESS_TIME;
}

static GET_DEFAULT_ACCESS_TIME: OperationSpec = OperationSpec {
    name: "GetDefaultAccessTime",
    id: "get_default_access_time",
    method: "GET",
    path: "/default-access-times/{id}/",
    query: &[("inline", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"device_group\":1,\"end_time\":\"17:00:00\",\"friday\":true,\"id\":8,\"monday\":true,\"saturday\":false,\"start_time\":\"09:00:00\",\"sunday\":false,\"thursday\":true,\"tuesday\":true,\"wednesday\":true}",
    ),
};

impl MockOperation for ops::GetDefaultAccessTime {
    type Ok = types::DefaultAccessTime;
    const SPEC: &'static OperationSpec = &GET_DEFAULT_ACCESS_TIME;
}

static DELETE_DEFAULT_ACCESS_TIME: OperationSpec = OperationSpec {
    name: "DeleteDefaultAccessTime",
    id: "delete_default_access_time",
    method: "DELETE",
    path: "/default-access-times/{id}/",
    query: &[],
    body: None,
    status: 204,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteDefaultAccessTime {
    type Ok = ();
    const SPEC: &'static OperationSpec = &DELETE_DEFAULT_ACCESS_TIME;
}

static LIST_TEMPORARY_ACCESS: OperationSpec = OperationSpec {
    name: "ListTemporaryAccess",
    id: "list_temporary_access",
    method: "GET",
    path: "/temporary-access/",
    query: &[("limit", false), ("offset", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"meta\":{\"limit\":1000,\"next\":null,\"offset\":0,\"previous\":null,\"total_count\":3},\"objects\":[{\"answer_required\":true,\"device_group\":1,\"email_address\":\"joe@org3.net\",\"end\":\"2014-04-24T12:00:00\",\"first_name\":\"Joe\",\"last_name\":\"Smith\",\"start\":\"2014-04-24T11:00:00\"},{\"answer_required\":false,\"device_group\":2,\"email_address\":\"jaden@org3.net\",\"end\":\"2014-04-24T13:00:00\",\"first_name\":\"Jaden\",\"last_name\":\"Smith\",\"start\":\"2014-04-24T12:00:00\"},{\"answer_required\":false,\"device_group\":2,\"email_address\":\"will@org3.net\",\"end\":\"2014-04-24T13:00:00\",\"first_name\":\"Will\",\"last_name\":\"Smith\",\"start\":\"2014-04-24T12:00:00\"}]}",
    ),
};

impl MockOperation for ops::ListTemporaryAccess {
    type Ok = types::TemporaryAccessList;
    const SPEC: &'static OperationSpec = &LIST_TEMPORARY_ACCESS;
}

static GRANT_TEMPORARY_ACCESS: OperationSpec = OperationSpec {
    name: "GrantTemporaryAccess",
    id: "grant_temporary_access",
    method: "POST",
    path: "/temporary-access/",
    query: &[("send_mail", false)],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::TemporaryAccessWrite>),
        type_name: "TemporaryAccessWrite",
    }),
    status: 201,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GrantTemporaryAccess {
    type Ok = ();
    const SPEC: &'static OperationSpec = &GRANT_TEMPORARY_ACCESS;
}

static GET_TEMPORARY_ACCESS: OperationSpec = OperationSpec {
    name: "GetTemporaryAccess",
    id: "get_temporary_access",
    method: "GET",
    path: "/temporary-access/{id}/",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"answer_required\":true,\"device_group\":1,\"email_address\":\"joe@org3.net\",\"end\":\"2014-04-24T12:00:00\",\"first_name\":\"Joe\",\"last_name\":\"Smith\",\"start\":\"2014-04-24T11:00:00\"}",
    ),
};

impl MockOperation for ops::GetTemporaryAccess {
    type Ok = types::TemporaryAccess;
    const SPEC: &'static OperationSpec = &GET_TEMPORARY_ACCESS;
}

static UPDATE_TEMPORARY_ACCESS: OperationSpec = OperationSpec {
    name: "UpdateTemporaryAccess",
    id: "update_temporary_access",
    method: "PUT",
    path: "/temporary-access/{id}/",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::TemporaryAccessWrite>),
        type_name: "TemporaryAccessWrite",
    }),
    status: 204,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::UpdateTemporaryAccess {
    type Ok = ();
    const SPEC: &'static OperationSpec = &UPDATE_TEMPORARY_ACCESS;
}

static DELETE_TEMPORARY_ACCESS: OperationSpec = OperationSpec {
    name: "DeleteTemporaryAccess",
    id: "delete_temporary_access",
    method: "DELETE",
    path: "/temporary-access/{id}/",
    query: &[],
    body: None,
    status: 204,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteTemporaryAccess {
    type Ok = ();
    const SPEC: &'static OperationSpec = &DELETE_TEMPORARY_ACCESS;
}

static PATCH_TEMPORARY_ACCESS: OperationSpec = OperationSpec {
    name: "PatchTemporaryAccess",
    id: "patch_temporary_access",
    method: "PATCH",
    path: "/temporary-access/{id}/",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::TemporaryAccessPatch>),
        type_name: "TemporaryAccessPatch",
    }),
    status: 202,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::PatchTemporaryAccess {
    type Ok = ();
    const SPEC: &'static OperationSpec = &PATCH_TEMPORARY_ACCESS;
}

static LIST_API_KEYS: OperationSpec = OperationSpec {
    name: "ListApiKeys",
    id: "list_api_keys",
    method: "GET",
    path: "/api-keys/",
    query: &[("limit", false), ("offset", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"meta\":{\"limit\":1000,\"next\":null,\"offset\":0,\"previous\":null,\"total_count\":2},\"objects\":[{\"name\":\"default\",\"prefix\":\"APIKEY:nd0pWLoCy0gU\"},{\"name\":\"dev\",\"prefix\":\"APIKEY:DPhUV2KZm3Fp\"}]}",
    ),
};

impl MockOperation for ops::ListApiKeys {
    type Ok = types::ApiKeyList;
    const SPEC: &'static OperationSpec = &LIST_API_KEYS;
}

static CREATE_API_KEY: OperationSpec = OperationSpec {
    name: "CreateApiKey",
    id: "create_api_key",
    method: "POST",
    path: "/api-keys/",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::ApiKeyCreate>),
        type_name: "ApiKeyCreate",
    }),
    status: 201,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"api_key\":\"APIKEY:htyZcGYpPnZp:n0d8M01Mg8Ze9cCiG0WRP6CvP++BKm69xehxkleSZPB/\",\"name\":\"default\",\"prefix\":\"APIKEY:htyZcGYpPnZp\"}",
    ),
};

impl MockOperation for ops::CreateApiKey {
    type Ok = types::ApiKey;
    const SPEC: &'static OperationSpec = &CREATE_API_KEY;
}

static DELETE_API_KEY: OperationSpec = OperationSpec {
    name: "DeleteApiKey",
    id: "delete_api_key",
    method: "DELETE",
    path: "/api-keys/{name}/",
    query: &[],
    body: None,
    status: 204,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteApiKey {
    type Ok = ();
    const SPEC: &'static OperationSpec = &DELETE_API_KEY;
}

static LIST_ACCESS_TIME_TEMPLATES: OperationSpec = OperationSpec {
    name: "ListAccessTimeTemplates",
    id: "list_access_time_templates",
    method: "GET",
    path: "/access-time-templates/",
    query: &[("limit", false), ("offset", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"meta\":{\"limit\":20,\"next\":null,\"offset\":0,\"previous\":null,\"total_count\":1},\"objects\":[{\"access_time_template_items\":[{\"access_time_template\":\"/admin-api/1/access-time-templates/1/\",\"answer_required\":false,\"end_time\":null,\"friday\":false,\"id\":1,\"monday\":false,\"resource_uri\":\"\",\"saturday\":true,\"start_time\":null,\"sunday\":false,\"thursday\":false,\"tuesday\":false,\"wednesday\":false},{\"access_time_template\":\"/admin-api/1/access-time-templates/1/\",\"answer_required\":false,\"end_time\":\"17:00:00\",\"friday\":true,\"id\":2,\"monday\":true,\"resource_uri\":\"\",\"saturday\":false,\"start_time\":\"09:00:00\",\"sunday\":false,\"thursday\":true,\"tuesday\":true,\"wednesday\":true}],\"id\":1,\"name\":\"Workdays and Saturday\",\"resource_uri\":\"/admin-api/1/access-time-templates/1/\"}]}",
    ),
};

impl MockOperation for ops::ListAccessTimeTemplates {
    type Ok = types::AccessTimeTemplateList;
    const SPEC: &'static OperationSpec = &LIST_ACCESS_TIME_TEMPLATES;
}

static CREATE_ACCESS_TIME_TEMPLATE: OperationSpec = OperationSpec {
    name: "CreateAccessTimeTemplate",
    id: "create_access_time_template",
    method: "POST",
    path: "/access-time-templates/",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::AccessTimeTemplateWrite>),
        type_name: "AccessTimeTemplateWrite",
    }),
    status: 201,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::CreateAccessTimeTemplate {
    type Ok = ();
    const SPEC: &'static OperationSpec = &CREATE_ACCESS_TIME_TEMPLATE;
}

static GET_ACCESS_TIME_TEMPLATE: OperationSpec = OperationSpec {
    name: "GetAccessTimeTemplate",
    id: "get_access_time_template",
    method: "GET",
    path: "/access-time-templates/{id}/",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: Some(
        "{\"access_time_template_items\":[{\"access_time_template\":\"/admin-api/1/access-time-templates/1/\",\"answer_required\":false,\"end_time\":null,\"friday\":false,\"id\":1,\"monday\":false,\"resource_uri\":\"\",\"saturday\":true,\"start_time\":null,\"sunday\":false,\"thursday\":false,\"tuesday\":false,\"wednesday\":false},{\"access_time_template\":\"/admin-api/1/access-time-templates/1/\",\"answer_required\":false,\"end_time\":\"17:00:00\",\"friday\":true,\"id\":2,\"monday\":true,\"resource_uri\":\"\",\"saturday\":false,\"start_time\":\"09:00:00\",\"sunday\":false,\"thursday\":true,\"tuesday\":true,\"wednesday\":true}],\"id\":1,\"name\":\"Workdays and Saturday\",\"resource_uri\":\"/admin-api/1/access-time-templates/1/\"}",
    ),
};

impl MockOperation for ops::GetAccessTimeTemplate {
    type Ok = types::AccessTimeTemplate;
    const SPEC: &'static OperationSpec = &GET_ACCESS_TIME_TEMPLATE;
}

static DELETE_ACCESS_TIME_TEMPLATE: OperationSpec = OperationSpec {
    name: "DeleteAccessTimeTemplate",
    id: "delete_access_time_template",
    method: "DELETE",
    path: "/access-time-templates/{id}/",
    query: &[],
    body: None,
    status: 204,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteAccessTimeTemplate {
    type Ok = ();
    const SPEC: &'static OperationSpec = &DELETE_ACCESS_TIME_TEMPLATE;
}

static PATCH_ACCESS_TIME_TEMPLATE: OperationSpec = OperationSpec {
    name: "PatchAccessTimeTemplate",
    id: "patch_access_time_template",
    method: "PATCH",
    path: "/access-time-templates/{id}/",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::AccessTimeTemplatePatch>),
        type_name: "AccessTimeTemplatePatch",
    }),
    status: 202,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::PatchAccessTimeTemplate {
    type Ok = ();
    const SPEC: &'static OperationSpec = &PATCH_ACCESS_TIME_TEMPLATE;
}

static APPLY_ACCESS_TIME_TEMPLATE: OperationSpec = OperationSpec {
    name: "ApplyAccessTimeTemplate",
    id: "apply_access_time_template",
    method: "POST",
    path: "/apply-access-time-templates/",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::ApplyAccessTimeTemplate>),
        type_name: "ApplyAccessTimeTemplate",
    }),
    status: 201,
    response: ResponseKind::Empty,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::ApplyAccessTimeTemplate {
    type Ok = ();
    const SPEC: &'static OperationSpec = &APPLY_ACCESS_TIME_TEMPLATE;
}

static OPERATIONS: &[&OperationSpec] = &[
    &GET_INFO,
    &LIST_USERS,
    &GET_USER,
    &PATCH_USER,
    &INVITE_USER,
    &LIST_DEVICES,
    &GET_DEVICE,
    &UPDATE_DEVICE,
    &PATCH_DEVICE,
    &LIST_DEVICE_GROUPS,
    &CREATE_DEVICE_GROUP,
    &GET_DEVICE_GROUP,
    &UPDATE_DEVICE_GROUP,
    &DELETE_DEVICE_GROUP,
    &PATCH_DEVICE_GROUP,
    &LIST_USER_GROUPS,
    &CREATE_USER_GROUP,
    &GET_USER_GROUP,
    &UPDATE_USER_GROUP,
    &DELETE_USER_GROUP,
    &PATCH_USER_GROUP,
    &LIST_DEVICE_GROUP_MEMBERSHIPS,
    &CREATE_DEVICE_GROUP_MEMBERSHIP,
    &CREATE_DEVICE_GROUP_MEMBERSHIPS_BULK,
    &GET_DEVICE_GROUP_MEMBERSHIP,
    &UPDATE_DEVICE_GROUP_MEMBERSHIP,
    &DELETE_DEVICE_GROUP_MEMBERSHIP,
    &PATCH_DEVICE_GROUP_MEMBERSHIP,
    &LIST_ACCESS_TIMES,
    &CREATE_ACCESS_TIME,
    &GET_ACCESS_TIME,
    &UPDATE_ACCESS_TIME,
    &DELETE_ACCESS_TIME,
    &LIST_DEFAULT_ACCESS_TIMES,
    &CREATE_DEFAULT_ACCESS_TIME,
    &GET_DEFAULT_ACCESS_TIME,
    &DELETE_DEFAULT_ACCESS_TIME,
    &LIST_TEMPORARY_ACCESS,
    &GRANT_TEMPORARY_ACCESS,
    &GET_TEMPORARY_ACCESS,
    &UPDATE_TEMPORARY_ACCESS,
    &DELETE_TEMPORARY_ACCESS,
    &PATCH_TEMPORARY_ACCESS,
    &LIST_API_KEYS,
    &CREATE_API_KEY,
    &DELETE_API_KEY,
    &LIST_ACCESS_TIME_TEMPLATES,
    &CREATE_ACCESS_TIME_TEMPLATE,
    &GET_ACCESS_TIME_TEMPLATE,
    &DELETE_ACCESS_TIME_TEMPLATE,
    &PATCH_ACCESS_TIME_TEMPLATE,
    &APPLY_ACCESS_TIME_TEMPLATE,
];

static SCHEMES: &[&str] = &["api_key"];

/// A mock server of the API on loopback, for tests of code that uses the client.
///
/// ```no_run
/// # async fn example() {
/// let server = beam_client::mock::Server::start().await;
/// server.expect(beam_client::ops::GetInfo).any_times();
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
