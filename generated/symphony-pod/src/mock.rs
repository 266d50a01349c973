// This file is generated from specs/symphony-pod.yaml by `cargo xtask generate`. Do not edit it by hand.

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

static LIST_APP_ENTITLEMENTS: OperationSpec = OperationSpec {
    name: "ListAppEntitlements",
    id: "v1AdminAppEntitlementListGet",
    method: "GET",
    path: "/v1/admin/app/entitlement/list",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::ListAppEntitlements {
    type Ok = types::PodAppEntitlementList;
    const SPEC: &'static OperationSpec = &LIST_APP_ENTITLEMENTS;
}

static UPDATE_APP_ENTITLEMENTS: OperationSpec = OperationSpec {
    name: "UpdateAppEntitlements",
    id: "v1AdminAppEntitlementListPost",
    method: "POST",
    path: "/v1/admin/app/entitlement/list",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::PodAppEntitlementList>),
        type_name: "PodAppEntitlementList",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::UpdateAppEntitlements {
    type Ok = types::PodAppEntitlementList;
    const SPEC: &'static OperationSpec = &UPDATE_APP_ENTITLEMENTS;
}

static LIST_USER_APP_ENTITLEMENTS: OperationSpec = OperationSpec {
    name: "ListUserAppEntitlements",
    id: "v1AdminUserUidAppEntitlementListGet",
    method: "GET",
    path: "/v1/admin/user/{uid}/app/entitlement/list",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::ListUserAppEntitlements {
    type Ok = types::UserAppEntitlementList;
    const SPEC: &'static OperationSpec = &LIST_USER_APP_ENTITLEMENTS;
}

static UPDATE_USER_APP_ENTITLEMENTS: OperationSpec = OperationSpec {
    name: "UpdateUserAppEntitlements",
    id: "v1AdminUserUidAppEntitlementListPost",
    method: "POST",
    path: "/v1/admin/user/{uid}/app/entitlement/list",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::UserAppEntitlementList>),
        type_name: "UserAppEntitlementList",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::UpdateUserAppEntitlements {
    type Ok = types::UserAppEntitlementList;
    const SPEC: &'static OperationSpec = &UPDATE_USER_APP_ENTITLEMENTS;
}

static GET_CONFIGURATION: OperationSpec = OperationSpec {
    name: "GetConfiguration",
    id: "v1ConfigurationConfigurationIdGetGet",
    method: "GET",
    path: "/v1/configuration/{configurationId}/get",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetConfiguration {
    type Ok = types::Configuration;
    const SPEC: &'static OperationSpec = &GET_CONFIGURATION;
}

static UPDATE_CONFIGURATION: OperationSpec = OperationSpec {
    name: "UpdateConfiguration",
    id: "v1ConfigurationConfigurationIdUpdatePut",
    method: "PUT",
    path: "/v1/configuration/{configurationId}/update",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::Configuration>),
        type_name: "Configuration",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::UpdateConfiguration {
    type Ok = types::Configuration;
    const SPEC: &'static OperationSpec = &UPDATE_CONFIGURATION;
}

static CREATE_CONFIGURATION: OperationSpec = OperationSpec {
    name: "CreateConfiguration",
    id: "v1ConfigurationCreatePost",
    method: "POST",
    path: "/v1/configuration/create",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(
            codegen_runtime::mock::check_json::<types::ConfigurationSubmissionCreate>,
        ),
        type_name: "ConfigurationSubmissionCreate",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::CreateConfiguration {
    type Ok = types::Configuration;
    const SPEC: &'static OperationSpec = &CREATE_CONFIGURATION;
}

static LIST_CONFIGURATIONS: OperationSpec = OperationSpec {
    name: "ListConfigurations",
    id: "v1ConfigurationListGet",
    method: "GET",
    path: "/v1/configuration/list",
    query: &[("offset", false), ("limit", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::ListConfigurations {
    type Ok = types::ConfigurationList;
    const SPEC: &'static OperationSpec = &LIST_CONFIGURATIONS;
}

static CREATE_CONFIGURATION_INSTANCE: OperationSpec = OperationSpec {
    name: "CreateConfigurationInstance",
    id: "v1ConfigurationConfigurationIdInstanceCreatePost",
    method: "POST",
    path: "/v1/configuration/{configurationId}/instance/create",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(
            codegen_runtime::mock::check_json::<
                types::ConfigurationInstanceSubmissionCreate,
            >,
        ),
        type_name: "ConfigurationInstanceSubmissionCreate",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::CreateConfigurationInstance {
    type Ok = types::ConfigurationInstance;
    const SPEC: &'static OperationSpec = &CREATE_CONFIGURATION_INSTANCE;
}

static GET_CONFIGURATION_INSTANCE: OperationSpec = OperationSpec {
    name: "GetConfigurationInstance",
    id: "v1ConfigurationConfigurationIdInstanceInstanceIdGetGet",
    method: "GET",
    path: "/v1/configuration/{configurationId}/instance/{instanceId}/get",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetConfigurationInstance {
    type Ok = types::ConfigurationInstance;
    const SPEC: &'static OperationSpec = &GET_CONFIGURATION_INSTANCE;
}

static UPDATE_CONFIGURATION_INSTANCE: OperationSpec = OperationSpec {
    name: "UpdateConfigurationInstance",
    id: "v1ConfigurationConfigurationIdInstanceInstanceIdUpdatePut",
    method: "PUT",
    path: "/v1/configuration/{configurationId}/instance/{instanceId}/update",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(
            codegen_runtime::mock::check_json::<
                types::ConfigurationInstanceSubmissionUpdate,
            >,
        ),
        type_name: "ConfigurationInstanceSubmissionUpdate",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::UpdateConfigurationInstance {
    type Ok = types::ConfigurationInstance;
    const SPEC: &'static OperationSpec = &UPDATE_CONFIGURATION_INSTANCE;
}

static LIST_CONFIGURATION_INSTANCES: OperationSpec = OperationSpec {
    name: "ListConfigurationInstances",
    id: "v1ConfigurationConfigurationIdInstanceListGet",
    method: "GET",
    path: "/v1/configuration/{configurationId}/instance/list",
    query: &[("offset", false), ("limit", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::ListConfigurationInstances {
    type Ok = types::ConfigurationInstanceList;
    const SPEC: &'static OperationSpec = &LIST_CONFIGURATION_INSTANCES;
}

static CREATE_DISCLAIMER: OperationSpec = OperationSpec {
    name: "CreateDisclaimer",
    id: "v1AdminDisclaimerCreatePost",
    method: "POST",
    path: "/v1/admin/disclaimer/create",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::Disclaimer>),
        type_name: "Disclaimer",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::CreateDisclaimer {
    type Ok = types::Disclaimer;
    const SPEC: &'static OperationSpec = &CREATE_DISCLAIMER;
}

static GET_DISCLAIMER: OperationSpec = OperationSpec {
    name: "GetDisclaimer",
    id: "v1AdminDisclaimerDidGet",
    method: "GET",
    path: "/v1/admin/disclaimer/{did}",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetDisclaimer {
    type Ok = types::Disclaimer;
    const SPEC: &'static OperationSpec = &GET_DISCLAIMER;
}

static UPDATE_DISCLAIMER: OperationSpec = OperationSpec {
    name: "UpdateDisclaimer",
    id: "v1AdminDisclaimerDidUpdatePost",
    method: "POST",
    path: "/v1/admin/disclaimer/{did}/update",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::Disclaimer>),
        type_name: "Disclaimer",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::UpdateDisclaimer {
    type Ok = types::Disclaimer;
    const SPEC: &'static OperationSpec = &UPDATE_DISCLAIMER;
}

static LIST_DISCLAIMER_USERS: OperationSpec = OperationSpec {
    name: "ListDisclaimerUsers",
    id: "v1AdminDisclaimerDidUsersGet",
    method: "GET",
    path: "/v1/admin/disclaimer/{did}/users",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::ListDisclaimerUsers {
    type Ok = types::UserIdList;
    const SPEC: &'static OperationSpec = &LIST_DISCLAIMER_USERS;
}

static LIST_DISCLAIMERS: OperationSpec = OperationSpec {
    name: "ListDisclaimers",
    id: "v1AdminDisclaimerListGet",
    method: "GET",
    path: "/v1/admin/disclaimer/list",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::ListDisclaimers {
    type Ok = types::DisclaimerList;
    const SPEC: &'static OperationSpec = &LIST_DISCLAIMERS;
}

static ADD_GROUP_MEMBERS: OperationSpec = OperationSpec {
    name: "AddGroupMembers",
    id: "v1AdminGroupGidMembershipAddPost",
    method: "POST",
    path: "/v1/admin/group/{gid}/membership/add",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::IntegerList>),
        type_name: "IntegerList",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::AddGroupMembers {
    type Ok = types::BulkActionResult;
    const SPEC: &'static OperationSpec = &ADD_GROUP_MEMBERS;
}

static LIST_GROUP_MEMBERS: OperationSpec = OperationSpec {
    name: "ListGroupMembers",
    id: "v1AdminGroupGidMembershipListGet",
    method: "GET",
    path: "/v1/admin/group/{gid}/membership/list",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::ListGroupMembers {
    type Ok = types::IntegerList;
    const SPEC: &'static OperationSpec = &LIST_GROUP_MEMBERS;
}

static REMOVE_GROUP_MEMBERS: OperationSpec = OperationSpec {
    name: "RemoveGroupMembers",
    id: "v1AdminGroupGidMembershipRemovePost",
    method: "POST",
    path: "/v1/admin/group/{gid}/membership/remove",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::IntegerList>),
        type_name: "IntegerList",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::RemoveGroupMembers {
    type Ok = types::BulkActionResult;
    const SPEC: &'static OperationSpec = &REMOVE_GROUP_MEMBERS;
}

static LIST_GROUPS: OperationSpec = OperationSpec {
    name: "ListGroups",
    id: "v1AdminGroupListGet",
    method: "GET",
    path: "/v1/admin/group/list",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::ListGroups {
    type Ok = types::GroupList;
    const SPEC: &'static OperationSpec = &LIST_GROUPS;
}

static LIST_POLICIES: OperationSpec = OperationSpec {
    name: "ListPolicies",
    id: "v1AdminPolicyListGet",
    method: "GET",
    path: "/v1/admin/policy/list",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::ListPolicies {
    type Ok = types::PolicyList;
    const SPEC: &'static OperationSpec = &LIST_POLICIES;
}

static SUPPRESS_MESSAGE: OperationSpec = OperationSpec {
    name: "SuppressMessage",
    id: "v1AdminMessagesuppressionIdSuppressPost",
    method: "POST",
    path: "/v1/admin/messagesuppression/{id}/suppress",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::SuppressMessage {
    type Ok = types::MessageSuppressionResponse;
    const SPEC: &'static OperationSpec = &SUPPRESS_MESSAGE;
}

static LIST_PRESENCE: OperationSpec = OperationSpec {
    name: "ListPresence",
    id: "v1PresenceGet",
    method: "GET",
    path: "/v1/presence",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::ListPresence {
    type Ok = types::PresenceList;
    const SPEC: &'static OperationSpec = &LIST_PRESENCE;
}

static GET_USER_PRESENCE: OperationSpec = OperationSpec {
    name: "GetUserPresence",
    id: "v1UserUidPresenceGet",
    method: "GET",
    path: "/v1/user/{uid}/presence",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetUserPresence {
    type Ok = types::Presence;
    const SPEC: &'static OperationSpec = &GET_USER_PRESENCE;
}

static SET_USER_PRESENCE: OperationSpec = OperationSpec {
    name: "SetUserPresence",
    id: "v1UserUidPresencePost",
    method: "POST",
    path: "/v1/user/{uid}/presence",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::Presence>),
        type_name: "Presence",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::SetUserPresence {
    type Ok = types::Presence;
    const SPEC: &'static OperationSpec = &SET_USER_PRESENCE;
}

static ADD_ROOM_MEMBER: OperationSpec = OperationSpec {
    name: "AddRoomMember",
    id: "v1RoomIdMembershipAddPost",
    method: "POST",
    path: "/v1/room/{id}/membership/add",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::UserId>),
        type_name: "UserId",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::AddRoomMember {
    type Ok = types::SuccessResponse;
    const SPEC: &'static OperationSpec = &ADD_ROOM_MEMBER;
}

static DEMOTE_ROOM_OWNER: OperationSpec = OperationSpec {
    name: "DemoteRoomOwner",
    id: "v1RoomIdMembershipDemoteOwnerPost",
    method: "POST",
    path: "/v1/room/{id}/membership/demoteOwner",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::UserId>),
        type_name: "UserId",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DemoteRoomOwner {
    type Ok = types::SuccessResponse;
    const SPEC: &'static OperationSpec = &DEMOTE_ROOM_OWNER;
}

static LIST_ROOM_MEMBERS: OperationSpec = OperationSpec {
    name: "ListRoomMembers",
    id: "v1RoomIdMembershipListGet",
    method: "GET",
    path: "/v1/room/{id}/membership/list",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::ListRoomMembers {
    type Ok = types::MembershipList;
    const SPEC: &'static OperationSpec = &LIST_ROOM_MEMBERS;
}

static PROMOTE_ROOM_OWNER: OperationSpec = OperationSpec {
    name: "PromoteRoomOwner",
    id: "v1RoomIdMembershipPromoteOwnerPost",
    method: "POST",
    path: "/v1/room/{id}/membership/promoteOwner",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::UserId>),
        type_name: "UserId",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::PromoteRoomOwner {
    type Ok = types::SuccessResponse;
    const SPEC: &'static OperationSpec = &PROMOTE_ROOM_OWNER;
}

static REMOVE_ROOM_MEMBER: OperationSpec = OperationSpec {
    name: "RemoveRoomMember",
    id: "v1RoomIdMembershipRemovePost",
    method: "POST",
    path: "/v1/room/{id}/membership/remove",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::UserId>),
        type_name: "UserId",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::RemoveRoomMember {
    type Ok = types::SuccessResponse;
    const SPEC: &'static OperationSpec = &REMOVE_ROOM_MEMBER;
}

static CREATE_COMPANY_CERT: OperationSpec = OperationSpec {
    name: "CreateCompanyCert",
    id: "v1CompanycertCreatePost",
    method: "POST",
    path: "/v1/companycert/create",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::CompanyCert>),
        type_name: "CompanyCert",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::CreateCompanyCert {
    type Ok = types::SuccessResponse;
    const SPEC: &'static OperationSpec = &CREATE_COMPANY_CERT;
}

static DELETE_COMPANY_CERT: OperationSpec = OperationSpec {
    name: "DeleteCompanyCert",
    id: "v1CompanycertDeletePost",
    method: "POST",
    path: "/v1/companycert/delete",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::StringId>),
        type_name: "StringId",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteCompanyCert {
    type Ok = types::SuccessResponse;
    const SPEC: &'static OperationSpec = &DELETE_COMPANY_CERT;
}

static GET_COMPANY_CERT: OperationSpec = OperationSpec {
    name: "GetCompanyCert",
    id: "v1CompanycertFingerPrintGetGet",
    method: "GET",
    path: "/v1/companycert/{fingerPrint}/get",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetCompanyCert {
    type Ok = types::CompanyCertDetail;
    const SPEC: &'static OperationSpec = &GET_COMPANY_CERT;
}

static LIST_COMPANY_CERTS_ISSUED_BY: OperationSpec = OperationSpec {
    name: "ListCompanyCertsIssuedBy",
    id: "v1CompanycertFingerPrintIssuedByGet",
    method: "GET",
    path: "/v1/companycert/{fingerPrint}/issuedBy",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::ListCompanyCertsIssuedBy {
    type Ok = types::CompanyCertInfoList;
    const SPEC: &'static OperationSpec = &LIST_COMPANY_CERTS_ISSUED_BY;
}

static UPDATE_COMPANY_CERT: OperationSpec = OperationSpec {
    name: "UpdateCompanyCert",
    id: "v1CompanycertFingerPrintUpdatePost",
    method: "POST",
    path: "/v1/companycert/{fingerPrint}/update",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::CompanyCertAttributes>),
        type_name: "CompanyCertAttributes",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::UpdateCompanyCert {
    type Ok = types::SuccessResponse;
    const SPEC: &'static OperationSpec = &UPDATE_COMPANY_CERT;
}

static LIST_COMPANY_CERTS: OperationSpec = OperationSpec {
    name: "ListCompanyCerts",
    id: "v1CompanycertListGet",
    method: "GET",
    path: "/v1/companycert/list",
    query: &[("skip", false), ("limit", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::ListCompanyCerts {
    type Ok = types::CompanyCertInfoList;
    const SPEC: &'static OperationSpec = &LIST_COMPANY_CERTS;
}

static LIST_POD_MANAGED_COMPANY_CERTS: OperationSpec = OperationSpec {
    name: "ListPodManagedCompanyCerts",
    id: "v1CompanycertPodmanagedListGet",
    method: "GET",
    path: "/v1/companycert/podmanaged/list",
    query: &[("skip", false), ("limit", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::ListPodManagedCompanyCerts {
    type Ok = types::CompanyCertInfoList;
    const SPEC: &'static OperationSpec = &LIST_POD_MANAGED_COMPANY_CERTS;
}

static LIST_COMPANY_CERTS_BY_TYPE: OperationSpec = OperationSpec {
    name: "ListCompanyCertsByType",
    id: "v1CompanycertTypeListPost",
    method: "POST",
    path: "/v1/companycert/type/list",
    query: &[("skip", false), ("limit", false)],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::CompanyCertTypeList>),
        type_name: "CompanyCertTypeList",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::ListCompanyCertsByType {
    type Ok = types::CompanyCertInfoList;
    const SPEC: &'static OperationSpec = &LIST_COMPANY_CERTS_BY_TYPE;
}

static GET_SESSION_INFO: OperationSpec = OperationSpec {
    name: "GetSessionInfo",
    id: "v1SessioninfoGet",
    method: "GET",
    path: "/v1/sessioninfo",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetSessionInfo {
    type Ok = types::SessionInfo;
    const SPEC: &'static OperationSpec = &GET_SESSION_INFO;
}

static CREATE_IM: OperationSpec = OperationSpec {
    name: "CreateIm",
    id: "v1ImCreatePost",
    method: "POST",
    path: "/v1/im/create",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::UserIdList>),
        type_name: "UserIdList",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::CreateIm {
    type Ok = types::ApiStream;
    const SPEC: &'static OperationSpec = &CREATE_IM;
}

static CREATE_ROOM_V1: OperationSpec = OperationSpec {
    name: "CreateRoomV1",
    id: "v1RoomCreatePost",
    method: "POST",
    path: "/v1/room/create",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::RoomCreate>),
        type_name: "RoomCreate",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::CreateRoomV1 {
    type Ok = types::RoomDetail;
    const SPEC: &'static OperationSpec = &CREATE_ROOM_V1;
}

static GET_ROOM_INFO_V1: OperationSpec = OperationSpec {
    name: "GetRoomInfoV1",
    id: "v1RoomIdInfoGet",
    method: "GET",
    path: "/v1/room/{id}/info",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetRoomInfoV1 {
    type Ok = types::RoomDetail;
    const SPEC: &'static OperationSpec = &GET_ROOM_INFO_V1;
}

static SET_ROOM_ACTIVE: OperationSpec = OperationSpec {
    name: "SetRoomActive",
    id: "v1RoomIdSetActivePost",
    method: "POST",
    path: "/v1/room/{id}/setActive",
    query: &[("active", true)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::SetRoomActive {
    type Ok = types::RoomDetail;
    const SPEC: &'static OperationSpec = &SET_ROOM_ACTIVE;
}

static UPDATE_ROOM_V1: OperationSpec = OperationSpec {
    name: "UpdateRoomV1",
    id: "v1RoomIdUpdatePost",
    method: "POST",
    path: "/v1/room/{id}/update",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::RoomAttributes>),
        type_name: "RoomAttributes",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::UpdateRoomV1 {
    type Ok = types::RoomDetail;
    const SPEC: &'static OperationSpec = &UPDATE_ROOM_V1;
}

static CREATE_ROOM: OperationSpec = OperationSpec {
    name: "CreateRoom",
    id: "v2RoomCreatePost",
    method: "POST",
    path: "/v2/room/create",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::V2RoomAttributes>),
        type_name: "V2RoomAttributes",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::CreateRoom {
    type Ok = types::V2RoomDetail;
    const SPEC: &'static OperationSpec = &CREATE_ROOM;
}

static GET_ROOM_INFO: OperationSpec = OperationSpec {
    name: "GetRoomInfo",
    id: "v2RoomIdInfoGet",
    method: "GET",
    path: "/v2/room/{id}/info",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetRoomInfo {
    type Ok = types::V2RoomDetail;
    const SPEC: &'static OperationSpec = &GET_ROOM_INFO;
}

static UPDATE_ROOM: OperationSpec = OperationSpec {
    name: "UpdateRoom",
    id: "v2RoomIdUpdatePost",
    method: "POST",
    path: "/v2/room/{id}/update",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::V2RoomAttributes>),
        type_name: "V2RoomAttributes",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::UpdateRoom {
    type Ok = types::V2RoomDetail;
    const SPEC: &'static OperationSpec = &UPDATE_ROOM;
}

static SEARCH_ROOMS: OperationSpec = OperationSpec {
    name: "SearchRooms",
    id: "v2RoomSearchPost",
    method: "POST",
    path: "/v2/room/search",
    query: &[("skip", false), ("limit", false)],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::RoomSearchCriteria>),
        type_name: "RoomSearchCriteria",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::SearchRooms {
    type Ok = types::RoomSearchResults;
    const SPEC: &'static OperationSpec = &SEARCH_ROOMS;
}

static LIST_FEATURES: OperationSpec = OperationSpec {
    name: "ListFeatures",
    id: "v1AdminSystemFeaturesListGet",
    method: "GET",
    path: "/v1/admin/system/features/list",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::ListFeatures {
    type Ok = types::StringList;
    const SPEC: &'static OperationSpec = &LIST_FEATURES;
}

static LIST_ROLES: OperationSpec = OperationSpec {
    name: "ListRoles",
    id: "v1AdminSystemRolesListGet",
    method: "GET",
    path: "/v1/admin/system/roles/list",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::ListRoles {
    type Ok = types::StringList;
    const SPEC: &'static OperationSpec = &LIST_ROLES;
}

static CREATE_USER: OperationSpec = OperationSpec {
    name: "CreateUser",
    id: "v1AdminUserCreatePost",
    method: "POST",
    path: "/v1/admin/user/create",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::UserCreate>),
        type_name: "UserCreate",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::CreateUser {
    type Ok = types::UserDetail;
    const SPEC: &'static OperationSpec = &CREATE_USER;
}

static FIND_USERS: OperationSpec = OperationSpec {
    name: "FindUsers",
    id: "v1AdminUserFindPost",
    method: "POST",
    path: "/v1/admin/user/find",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::UserFilter>),
        type_name: "UserFilter",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::FindUsers {
    type Ok = types::UserList;
    const SPEC: &'static OperationSpec = &FIND_USERS;
}

static LIST_USER_IDS: OperationSpec = OperationSpec {
    name: "ListUserIds",
    id: "v1AdminUserListGet",
    method: "GET",
    path: "/v1/admin/user/list",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::ListUserIds {
    type Ok = types::UserIdList;
    const SPEC: &'static OperationSpec = &LIST_USER_IDS;
}

static RESET_USER_PASSWORD: OperationSpec = OperationSpec {
    name: "ResetUserPassword",
    id: "v1AdminUserUidActionPasswordResetPost",
    method: "POST",
    path: "/v1/admin/user/{uid}/action/password_reset",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::PasswordReset>),
        type_name: "PasswordReset",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::ResetUserPassword {
    type Ok = types::SuccessResponse;
    const SPEC: &'static OperationSpec = &RESET_USER_PASSWORD;
}

static GET_USER_AVATAR: OperationSpec = OperationSpec {
    name: "GetUserAvatar",
    id: "v1AdminUserUidAvatarGet",
    method: "GET",
    path: "/v1/admin/user/{uid}/avatar",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetUserAvatar {
    type Ok = types::AvatarList;
    const SPEC: &'static OperationSpec = &GET_USER_AVATAR;
}

static UPDATE_USER_AVATAR: OperationSpec = OperationSpec {
    name: "UpdateUserAvatar",
    id: "v1AdminUserUidAvatarUpdatePost",
    method: "POST",
    path: "/v1/admin/user/{uid}/avatar/update",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::AvatarUpdate>),
        type_name: "AvatarUpdate",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::UpdateUserAvatar {
    type Ok = types::SuccessResponse;
    const SPEC: &'static OperationSpec = &UPDATE_USER_AVATAR;
}

static GET_USER_DELEGATES: OperationSpec = OperationSpec {
    name: "GetUserDelegates",
    id: "v1AdminUserUidDelegatesGet",
    method: "GET",
    path: "/v1/admin/user/{uid}/delegates",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetUserDelegates {
    type Ok = types::IntegerList;
    const SPEC: &'static OperationSpec = &GET_USER_DELEGATES;
}

static UPDATE_USER_DELEGATES: OperationSpec = OperationSpec {
    name: "UpdateUserDelegates",
    id: "v1AdminUserUidDelegatesUpdatePost",
    method: "POST",
    path: "/v1/admin/user/{uid}/delegates/update",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::DelegateAction>),
        type_name: "DelegateAction",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::UpdateUserDelegates {
    type Ok = types::SuccessResponse;
    const SPEC: &'static OperationSpec = &UPDATE_USER_DELEGATES;
}

static GET_USER_DISCLAIMER: OperationSpec = OperationSpec {
    name: "GetUserDisclaimer",
    id: "v1AdminUserUidDisclaimerGet",
    method: "GET",
    path: "/v1/admin/user/{uid}/disclaimer",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetUserDisclaimer {
    type Ok = types::Disclaimer;
    const SPEC: &'static OperationSpec = &GET_USER_DISCLAIMER;
}

static ASSIGN_USER_DISCLAIMER: OperationSpec = OperationSpec {
    name: "AssignUserDisclaimer",
    id: "v1AdminUserUidDisclaimerUpdatePost",
    method: "POST",
    path: "/v1/admin/user/{uid}/disclaimer/update",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::StringId>),
        type_name: "StringId",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::AssignUserDisclaimer {
    type Ok = types::SuccessResponse;
    const SPEC: &'static OperationSpec = &ASSIGN_USER_DISCLAIMER;
}

static LIST_USER_FEATURES: OperationSpec = OperationSpec {
    name: "ListUserFeatures",
    id: "v1AdminUserUidFeaturesGet",
    method: "GET",
    path: "/v1/admin/user/{uid}/features",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::ListUserFeatures {
    type Ok = types::FeatureList;
    const SPEC: &'static OperationSpec = &LIST_USER_FEATURES;
}

static UPDATE_USER_FEATURES: OperationSpec = OperationSpec {
    name: "UpdateUserFeatures",
    id: "v1AdminUserUidFeaturesUpdatePost",
    method: "POST",
    path: "/v1/admin/user/{uid}/features/update",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::FeatureList>),
        type_name: "FeatureList",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::UpdateUserFeatures {
    type Ok = types::SuccessResponse;
    const SPEC: &'static OperationSpec = &UPDATE_USER_FEATURES;
}

static GET_USER_DETAILS: OperationSpec = OperationSpec {
    name: "GetUserDetails",
    id: "v1AdminUserUidGet",
    method: "GET",
    path: "/v1/admin/user/{uid}",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetUserDetails {
    type Ok = types::UserDetail;
    const SPEC: &'static OperationSpec = &GET_USER_DETAILS;
}

static LIST_USER_ROLES: OperationSpec = OperationSpec {
    name: "ListUserRoles",
    id: "v1AdminUserUidRolesGet",
    method: "GET",
    path: "/v1/admin/user/{uid}/roles",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::ListUserRoles {
    type Ok = types::RoleList;
    const SPEC: &'static OperationSpec = &LIST_USER_ROLES;
}

static UPDATE_USER_ROLES: OperationSpec = OperationSpec {
    name: "UpdateUserRoles",
    id: "v1AdminUserUidRolesUpdatePost",
    method: "POST",
    path: "/v1/admin/user/{uid}/roles/update",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::StringList>),
        type_name: "StringList",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::UpdateUserRoles {
    type Ok = types::SuccessResponse;
    const SPEC: &'static OperationSpec = &UPDATE_USER_ROLES;
}

static GET_USER_STATUS: OperationSpec = OperationSpec {
    name: "GetUserStatus",
    id: "v1AdminUserUidStatusGet",
    method: "GET",
    path: "/v1/admin/user/{uid}/status",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetUserStatus {
    type Ok = types::UserStatus;
    const SPEC: &'static OperationSpec = &GET_USER_STATUS;
}

static UPDATE_USER_STATUS: OperationSpec = OperationSpec {
    name: "UpdateUserStatus",
    id: "v1AdminUserUidStatusUpdatePost",
    method: "POST",
    path: "/v1/admin/user/{uid}/status/update",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::UserStatus>),
        type_name: "UserStatus",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::UpdateUserStatus {
    type Ok = types::SuccessResponse;
    const SPEC: &'static OperationSpec = &UPDATE_USER_STATUS;
}

static UPDATE_USER: OperationSpec = OperationSpec {
    name: "UpdateUser",
    id: "v1AdminUserUidUpdatePost",
    method: "POST",
    path: "/v1/admin/user/{uid}/update",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::UserAttributes>),
        type_name: "UserAttributes",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::UpdateUser {
    type Ok = types::UserDetail;
    const SPEC: &'static OperationSpec = &UPDATE_USER;
}

static GET_USER_BY_EMAIL: OperationSpec = OperationSpec {
    name: "GetUserByEmail",
    id: "v1UserGet",
    method: "GET",
    path: "/v1/user",
    query: &[("email", true), ("local", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetUserByEmail {
    type Ok = types::User;
    const SPEC: &'static OperationSpec = &GET_USER_BY_EMAIL;
}

static GET_USER_BY_USERNAME: OperationSpec = OperationSpec {
    name: "GetUserByUsername",
    id: "v1UserNameUserNameGetGet",
    method: "GET",
    path: "/v1/user/name/{userName}/get",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetUserByUsername {
    type Ok = types::User;
    const SPEC: &'static OperationSpec = &GET_USER_BY_USERNAME;
}

static OPERATIONS: &[&OperationSpec] = &[
    &LIST_APP_ENTITLEMENTS,
    &UPDATE_APP_ENTITLEMENTS,
    &LIST_USER_APP_ENTITLEMENTS,
    &UPDATE_USER_APP_ENTITLEMENTS,
    &GET_CONFIGURATION,
    &UPDATE_CONFIGURATION,
    &CREATE_CONFIGURATION,
    &LIST_CONFIGURATIONS,
    &CREATE_CONFIGURATION_INSTANCE,
    &GET_CONFIGURATION_INSTANCE,
    &UPDATE_CONFIGURATION_INSTANCE,
    &LIST_CONFIGURATION_INSTANCES,
    &CREATE_DISCLAIMER,
    &GET_DISCLAIMER,
    &UPDATE_DISCLAIMER,
    &LIST_DISCLAIMER_USERS,
    &LIST_DISCLAIMERS,
    &ADD_GROUP_MEMBERS,
    &LIST_GROUP_MEMBERS,
    &REMOVE_GROUP_MEMBERS,
    &LIST_GROUPS,
    &LIST_POLICIES,
    &SUPPRESS_MESSAGE,
    &LIST_PRESENCE,
    &GET_USER_PRESENCE,
    &SET_USER_PRESENCE,
    &ADD_ROOM_MEMBER,
    &DEMOTE_ROOM_OWNER,
    &LIST_ROOM_MEMBERS,
    &PROMOTE_ROOM_OWNER,
    &REMOVE_ROOM_MEMBER,
    &CREATE_COMPANY_CERT,
    &DELETE_COMPANY_CERT,
    &GET_COMPANY_CERT,
    &LIST_COMPANY_CERTS_ISSUED_BY,
    &UPDATE_COMPANY_CERT,
    &LIST_COMPANY_CERTS,
    &LIST_POD_MANAGED_COMPANY_CERTS,
    &LIST_COMPANY_CERTS_BY_TYPE,
    &GET_SESSION_INFO,
    &CREATE_IM,
    &CREATE_ROOM_V1,
    &GET_ROOM_INFO_V1,
    &SET_ROOM_ACTIVE,
    &UPDATE_ROOM_V1,
    &CREATE_ROOM,
    &GET_ROOM_INFO,
    &UPDATE_ROOM,
    &SEARCH_ROOMS,
    &LIST_FEATURES,
    &LIST_ROLES,
    &CREATE_USER,
    &FIND_USERS,
    &LIST_USER_IDS,
    &RESET_USER_PASSWORD,
    &GET_USER_AVATAR,
    &UPDATE_USER_AVATAR,
    &GET_USER_DELEGATES,
    &UPDATE_USER_DELEGATES,
    &GET_USER_DISCLAIMER,
    &ASSIGN_USER_DISCLAIMER,
    &LIST_USER_FEATURES,
    &UPDATE_USER_FEATURES,
    &GET_USER_DETAILS,
    &LIST_USER_ROLES,
    &UPDATE_USER_ROLES,
    &GET_USER_STATUS,
    &UPDATE_USER_STATUS,
    &UPDATE_USER,
    &GET_USER_BY_EMAIL,
    &GET_USER_BY_USERNAME,
];

static SCHEMES: &[&str] = &["sessionToken"];

/// A mock server of the API on loopback, for tests of code that uses the client.
///
/// ```no_run
/// # async fn example() {
/// let server = symphony_pod_client::mock::Server::start().await;
/// server.expect(symphony_pod_client::ops::ListAppEntitlements).any_times();
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
