// This file is generated from e2e/specs/kinto.json by `cargo xtask generate`. Do not edit it by hand.

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

static GET_ACCOUNTS: OperationSpec = OperationSpec {
    name: "GetAccounts",
    id: "get_accounts",
    method: "GET",
    path: "/accounts",
    query: &[
        ("_limit", false),
        ("_sort", false),
        ("_token", false),
        ("_since", false),
        ("_to", false),
        ("_before", false),
        ("id", false),
        ("last_modified", false),
        ("_fields", false),
    ],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetAccounts {
    type Ok = types::GetAccountsResponse;
    const SPEC: &'static OperationSpec = &GET_ACCOUNTS;
}

static CREATE_ACCOUNT: OperationSpec = OperationSpec {
    name: "CreateAccount",
    id: "create_account",
    method: "POST",
    path: "/accounts",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::CreateAccountRequest>),
        type_name: "CreateAccountRequest",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::CreateAccount {
    type Ok = types::AccountResponse3;
    const SPEC: &'static OperationSpec = &CREATE_ACCOUNT;
}

static DELETE_ACCOUNTS: OperationSpec = OperationSpec {
    name: "DeleteAccounts",
    id: "delete_accounts",
    method: "DELETE",
    path: "/accounts",
    query: &[
        ("_limit", false),
        ("_sort", false),
        ("_token", false),
        ("_since", false),
        ("_to", false),
        ("_before", false),
        ("id", false),
        ("last_modified", false),
    ],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteAccounts {
    type Ok = types::DeleteAccountsResponse;
    const SPEC: &'static OperationSpec = &DELETE_ACCOUNTS;
}

static GET_ACCOUNT: OperationSpec = OperationSpec {
    name: "GetAccount",
    id: "get_account",
    method: "GET",
    path: "/accounts/{id}",
    query: &[("_fields", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetAccount {
    type Ok = types::CreateAccountRequest;
    const SPEC: &'static OperationSpec = &GET_ACCOUNT;
}

static UPDATE_ACCOUNT: OperationSpec = OperationSpec {
    name: "UpdateAccount",
    id: "update_account",
    method: "PUT",
    path: "/accounts/{id}",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::CreateAccountRequest>),
        type_name: "CreateAccountRequest",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::UpdateAccount {
    type Ok = types::AccountResponse3;
    const SPEC: &'static OperationSpec = &UPDATE_ACCOUNT;
}

static DELETE_ACCOUNT: OperationSpec = OperationSpec {
    name: "DeleteAccount",
    id: "delete_account",
    method: "DELETE",
    path: "/accounts/{id}",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteAccount {
    type Ok = types::DeleteAccountResponse;
    const SPEC: &'static OperationSpec = &DELETE_ACCOUNT;
}

static PATCH_ACCOUNT: OperationSpec = OperationSpec {
    name: "PatchAccount",
    id: "patch_account",
    method: "PATCH",
    path: "/accounts/{id}",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::DeleteAccountResponse>),
        type_name: "DeleteAccountResponse",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::PatchAccount {
    type Ok = types::DeleteAccountResponse;
    const SPEC: &'static OperationSpec = &PATCH_ACCOUNT;
}

static BATCH: OperationSpec = OperationSpec {
    name: "Batch",
    id: "batch",
    method: "POST",
    path: "/batch",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::BatchRequest>),
        type_name: "BatchRequest",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::Batch {
    type Ok = types::BatchResponse;
    const SPEC: &'static OperationSpec = &BATCH;
}

static HEARTBEAT: OperationSpec = OperationSpec {
    name: "Heartbeat",
    id: "__heartbeat__",
    method: "GET",
    path: "/__heartbeat__",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::Heartbeat {
    type Ok = std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>;
    const SPEC: &'static OperationSpec = &HEARTBEAT;
}

static LBHEARTBEAT: OperationSpec = OperationSpec {
    name: "Lbheartbeat",
    id: "__lbheartbeat__",
    method: "GET",
    path: "/__lbheartbeat__",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::Lbheartbeat {
    type Ok = codegen_runtime::serde_json::Value;
    const SPEC: &'static OperationSpec = &LBHEARTBEAT;
}

static SERVER_INFO: OperationSpec = OperationSpec {
    name: "ServerInfo",
    id: "server_info",
    method: "GET",
    path: "/",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::ServerInfo {
    type Ok = std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>;
    const SPEC: &'static OperationSpec = &SERVER_INFO;
}

static GET_OPENAPI_SPEC: OperationSpec = OperationSpec {
    name: "GetOpenapiSpec",
    id: "get_openapi_spec",
    method: "GET",
    path: "/__api__",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetOpenapiSpec {
    type Ok = std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>;
    const SPEC: &'static OperationSpec = &GET_OPENAPI_SPEC;
}

static VERSION: OperationSpec = OperationSpec {
    name: "Version",
    id: "__version__",
    method: "GET",
    path: "/__version__",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::Version {
    type Ok = std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>;
    const SPEC: &'static OperationSpec = &VERSION;
}

static DELETE_USER_DATA: OperationSpec = OperationSpec {
    name: "DeleteUserData",
    id: "delete_user-data",
    method: "DELETE",
    path: "/__user_data__/{principal}",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteUserData {
    type Ok = types::DeleteAccountResponse;
    const SPEC: &'static OperationSpec = &DELETE_USER_DATA;
}

static GET_BUCKETS: OperationSpec = OperationSpec {
    name: "GetBuckets",
    id: "get_buckets",
    method: "GET",
    path: "/buckets",
    query: &[
        ("_limit", false),
        ("_sort", false),
        ("_token", false),
        ("_since", false),
        ("_to", false),
        ("_before", false),
        ("id", false),
        ("last_modified", false),
        ("_fields", false),
    ],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetBuckets {
    type Ok = types::GetBucketsResponse;
    const SPEC: &'static OperationSpec = &GET_BUCKETS;
}

static CREATE_BUCKET: OperationSpec = OperationSpec {
    name: "CreateBucket",
    id: "create_bucket",
    method: "POST",
    path: "/buckets",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::CreateBucketRequest>),
        type_name: "CreateBucketRequest",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::CreateBucket {
    type Ok = types::BucketResponse3;
    const SPEC: &'static OperationSpec = &CREATE_BUCKET;
}

static DELETE_BUCKETS: OperationSpec = OperationSpec {
    name: "DeleteBuckets",
    id: "delete_buckets",
    method: "DELETE",
    path: "/buckets",
    query: &[
        ("_limit", false),
        ("_sort", false),
        ("_token", false),
        ("_since", false),
        ("_to", false),
        ("_before", false),
        ("id", false),
        ("last_modified", false),
    ],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteBuckets {
    type Ok = types::DeleteAccountsResponse;
    const SPEC: &'static OperationSpec = &DELETE_BUCKETS;
}

static GET_BUCKET: OperationSpec = OperationSpec {
    name: "GetBucket",
    id: "get_bucket",
    method: "GET",
    path: "/buckets/{id}",
    query: &[("_fields", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetBucket {
    type Ok = types::CreateBucketRequest;
    const SPEC: &'static OperationSpec = &GET_BUCKET;
}

static UPDATE_BUCKET: OperationSpec = OperationSpec {
    name: "UpdateBucket",
    id: "update_bucket",
    method: "PUT",
    path: "/buckets/{id}",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::CreateBucketRequest>),
        type_name: "CreateBucketRequest",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::UpdateBucket {
    type Ok = types::BucketResponse3;
    const SPEC: &'static OperationSpec = &UPDATE_BUCKET;
}

static DELETE_BUCKET: OperationSpec = OperationSpec {
    name: "DeleteBucket",
    id: "delete_bucket",
    method: "DELETE",
    path: "/buckets/{id}",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteBucket {
    type Ok = types::DeleteBucketResponse;
    const SPEC: &'static OperationSpec = &DELETE_BUCKET;
}

static PATCH_BUCKET: OperationSpec = OperationSpec {
    name: "PatchBucket",
    id: "patch_bucket",
    method: "PATCH",
    path: "/buckets/{id}",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::DeleteBucketResponse>),
        type_name: "DeleteBucketResponse",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::PatchBucket {
    type Ok = types::DeleteBucketResponse;
    const SPEC: &'static OperationSpec = &PATCH_BUCKET;
}

static GET_COLLECTIONS: OperationSpec = OperationSpec {
    name: "GetCollections",
    id: "get_collections",
    method: "GET",
    path: "/buckets/{bucket_id}/collections",
    query: &[
        ("_limit", false),
        ("_sort", false),
        ("_token", false),
        ("_since", false),
        ("_to", false),
        ("_before", false),
        ("id", false),
        ("last_modified", false),
        ("_fields", false),
    ],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetCollections {
    type Ok = types::GetCollectionsResponse;
    const SPEC: &'static OperationSpec = &GET_COLLECTIONS;
}

static CREATE_COLLECTION: OperationSpec = OperationSpec {
    name: "CreateCollection",
    id: "create_collection",
    method: "POST",
    path: "/buckets/{bucket_id}/collections",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::CreateCollectionRequest>),
        type_name: "CreateCollectionRequest",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::CreateCollection {
    type Ok = types::CollectionResponse3;
    const SPEC: &'static OperationSpec = &CREATE_COLLECTION;
}

static DELETE_COLLECTIONS: OperationSpec = OperationSpec {
    name: "DeleteCollections",
    id: "delete_collections",
    method: "DELETE",
    path: "/buckets/{bucket_id}/collections",
    query: &[
        ("_limit", false),
        ("_sort", false),
        ("_token", false),
        ("_since", false),
        ("_to", false),
        ("_before", false),
        ("id", false),
        ("last_modified", false),
    ],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteCollections {
    type Ok = types::DeleteAccountsResponse;
    const SPEC: &'static OperationSpec = &DELETE_COLLECTIONS;
}

static GET_COLLECTION: OperationSpec = OperationSpec {
    name: "GetCollection",
    id: "get_collection",
    method: "GET",
    path: "/buckets/{bucket_id}/collections/{id}",
    query: &[("_fields", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetCollection {
    type Ok = types::CreateCollectionRequest;
    const SPEC: &'static OperationSpec = &GET_COLLECTION;
}

static UPDATE_COLLECTION: OperationSpec = OperationSpec {
    name: "UpdateCollection",
    id: "update_collection",
    method: "PUT",
    path: "/buckets/{bucket_id}/collections/{id}",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::CreateCollectionRequest>),
        type_name: "CreateCollectionRequest",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::UpdateCollection {
    type Ok = types::CollectionResponse3;
    const SPEC: &'static OperationSpec = &UPDATE_COLLECTION;
}

static DELETE_COLLECTION: OperationSpec = OperationSpec {
    name: "DeleteCollection",
    id: "delete_collection",
    method: "DELETE",
    path: "/buckets/{bucket_id}/collections/{id}",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteCollection {
    type Ok = types::DeleteCollectionResponse;
    const SPEC: &'static OperationSpec = &DELETE_COLLECTION;
}

static PATCH_COLLECTION: OperationSpec = OperationSpec {
    name: "PatchCollection",
    id: "patch_collection",
    method: "PATCH",
    path: "/buckets/{bucket_id}/collections/{id}",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(
            codegen_runtime::mock::check_json::<types::DeleteCollectionResponse>,
        ),
        type_name: "DeleteCollectionResponse",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::PatchCollection {
    type Ok = types::DeleteCollectionResponse;
    const SPEC: &'static OperationSpec = &PATCH_COLLECTION;
}

static CONTRIBUTE: OperationSpec = OperationSpec {
    name: "Contribute",
    id: "contribute",
    method: "GET",
    path: "/contribute.json",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::Contribute {
    type Ok = std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>;
    const SPEC: &'static OperationSpec = &CONTRIBUTE;
}

static GET_GROUPS: OperationSpec = OperationSpec {
    name: "GetGroups",
    id: "get_groups",
    method: "GET",
    path: "/buckets/{bucket_id}/groups",
    query: &[
        ("_limit", false),
        ("_sort", false),
        ("_token", false),
        ("_since", false),
        ("_to", false),
        ("_before", false),
        ("id", false),
        ("last_modified", false),
        ("_fields", false),
    ],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetGroups {
    type Ok = types::GetGroupsResponse;
    const SPEC: &'static OperationSpec = &GET_GROUPS;
}

static CREATE_GROUP: OperationSpec = OperationSpec {
    name: "CreateGroup",
    id: "create_group",
    method: "POST",
    path: "/buckets/{bucket_id}/groups",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::CreateGroupRequest>),
        type_name: "CreateGroupRequest",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::CreateGroup {
    type Ok = types::GroupResponse3;
    const SPEC: &'static OperationSpec = &CREATE_GROUP;
}

static DELETE_GROUPS: OperationSpec = OperationSpec {
    name: "DeleteGroups",
    id: "delete_groups",
    method: "DELETE",
    path: "/buckets/{bucket_id}/groups",
    query: &[
        ("_limit", false),
        ("_sort", false),
        ("_token", false),
        ("_since", false),
        ("_to", false),
        ("_before", false),
        ("id", false),
        ("last_modified", false),
    ],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteGroups {
    type Ok = types::DeleteAccountsResponse;
    const SPEC: &'static OperationSpec = &DELETE_GROUPS;
}

static GET_GROUP: OperationSpec = OperationSpec {
    name: "GetGroup",
    id: "get_group",
    method: "GET",
    path: "/buckets/{bucket_id}/groups/{id}",
    query: &[("_fields", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetGroup {
    type Ok = types::CreateGroupRequest;
    const SPEC: &'static OperationSpec = &GET_GROUP;
}

static UPDATE_GROUP: OperationSpec = OperationSpec {
    name: "UpdateGroup",
    id: "update_group",
    method: "PUT",
    path: "/buckets/{bucket_id}/groups/{id}",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::CreateGroupRequest>),
        type_name: "CreateGroupRequest",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::UpdateGroup {
    type Ok = types::GroupResponse3;
    const SPEC: &'static OperationSpec = &UPDATE_GROUP;
}

static DELETE_GROUP: OperationSpec = OperationSpec {
    name: "DeleteGroup",
    id: "delete_group",
    method: "DELETE",
    path: "/buckets/{bucket_id}/groups/{id}",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteGroup {
    type Ok = types::DeleteAccountResponse;
    const SPEC: &'static OperationSpec = &DELETE_GROUP;
}

static PATCH_GROUP: OperationSpec = OperationSpec {
    name: "PatchGroup",
    id: "patch_group",
    method: "PATCH",
    path: "/buckets/{bucket_id}/groups/{id}",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::DeleteAccountResponse>),
        type_name: "DeleteAccountResponse",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::PatchGroup {
    type Ok = types::DeleteAccountResponse;
    const SPEC: &'static OperationSpec = &PATCH_GROUP;
}

static GET_PERMISSIONSS: OperationSpec = OperationSpec {
    name: "GetPermissionss",
    id: "get_permissionss",
    method: "GET",
    path: "/permissions",
    query: &[
        ("_limit", false),
        ("_sort", false),
        ("_token", false),
        ("_since", false),
        ("_to", false),
        ("_before", false),
        ("id", false),
        ("last_modified", false),
        ("_fields", false),
    ],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetPermissionss {
    type Ok = types::GetPermissionssResponse;
    const SPEC: &'static OperationSpec = &GET_PERMISSIONSS;
}

static GET_RECORDS: OperationSpec = OperationSpec {
    name: "GetRecords",
    id: "get_records",
    method: "GET",
    path: "/buckets/{bucket_id}/collections/{collection_id}/records",
    query: &[
        ("_limit", false),
        ("_sort", false),
        ("_token", false),
        ("_since", false),
        ("_to", false),
        ("_before", false),
        ("id", false),
        ("last_modified", false),
        ("_fields", false),
    ],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetRecords {
    type Ok = types::DeleteAccountsResponse;
    const SPEC: &'static OperationSpec = &GET_RECORDS;
}

static CREATE_RECORD: OperationSpec = OperationSpec {
    name: "CreateRecord",
    id: "create_record",
    method: "POST",
    path: "/buckets/{bucket_id}/collections/{collection_id}/records",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::DeleteAccountResponse>),
        type_name: "DeleteAccountResponse",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::CreateRecord {
    type Ok = types::RecordResponse3;
    const SPEC: &'static OperationSpec = &CREATE_RECORD;
}

static DELETE_RECORDS: OperationSpec = OperationSpec {
    name: "DeleteRecords",
    id: "delete_records",
    method: "DELETE",
    path: "/buckets/{bucket_id}/collections/{collection_id}/records",
    query: &[
        ("_limit", false),
        ("_sort", false),
        ("_token", false),
        ("_since", false),
        ("_to", false),
        ("_before", false),
        ("id", false),
        ("last_modified", false),
    ],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteRecords {
    type Ok = types::DeleteAccountsResponse;
    const SPEC: &'static OperationSpec = &DELETE_RECORDS;
}

static GET_RECORD: OperationSpec = OperationSpec {
    name: "GetRecord",
    id: "get_record",
    method: "GET",
    path: "/buckets/{bucket_id}/collections/{collection_id}/records/{id}",
    query: &[("_fields", false)],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::GetRecord {
    type Ok = types::DeleteAccountResponse;
    const SPEC: &'static OperationSpec = &GET_RECORD;
}

static UPDATE_RECORD: OperationSpec = OperationSpec {
    name: "UpdateRecord",
    id: "update_record",
    method: "PUT",
    path: "/buckets/{bucket_id}/collections/{collection_id}/records/{id}",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::DeleteAccountResponse>),
        type_name: "DeleteAccountResponse",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::UpdateRecord {
    type Ok = types::RecordResponse3;
    const SPEC: &'static OperationSpec = &UPDATE_RECORD;
}

static DELETE_RECORD: OperationSpec = OperationSpec {
    name: "DeleteRecord",
    id: "delete_record",
    method: "DELETE",
    path: "/buckets/{bucket_id}/collections/{collection_id}/records/{id}",
    query: &[],
    body: None,
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::DeleteRecord {
    type Ok = types::DeleteAccountResponse;
    const SPEC: &'static OperationSpec = &DELETE_RECORD;
}

static PATCH_RECORD: OperationSpec = OperationSpec {
    name: "PatchRecord",
    id: "patch_record",
    method: "PATCH",
    path: "/buckets/{bucket_id}/collections/{collection_id}/records/{id}",
    query: &[],
    body: Some(codegen_runtime::mock::BodySpec {
        required: true,
        media_type: "application/json",
        check: Some(codegen_runtime::mock::check_json::<types::DeleteAccountResponse>),
        type_name: "DeleteAccountResponse",
    }),
    status: 200,
    response: ResponseKind::Json,
    media_type: "application/json",
    example: None,
};

impl MockOperation for ops::PatchRecord {
    type Ok = types::DeleteAccountResponse;
    const SPEC: &'static OperationSpec = &PATCH_RECORD;
}

static OPERATIONS: &[&OperationSpec] = &[
    &GET_ACCOUNTS,
    &CREATE_ACCOUNT,
    &DELETE_ACCOUNTS,
    &GET_ACCOUNT,
    &UPDATE_ACCOUNT,
    &DELETE_ACCOUNT,
    &PATCH_ACCOUNT,
    &BATCH,
    &HEARTBEAT,
    &LBHEARTBEAT,
    &SERVER_INFO,
    &GET_OPENAPI_SPEC,
    &VERSION,
    &DELETE_USER_DATA,
    &GET_BUCKETS,
    &CREATE_BUCKET,
    &DELETE_BUCKETS,
    &GET_BUCKET,
    &UPDATE_BUCKET,
    &DELETE_BUCKET,
    &PATCH_BUCKET,
    &GET_COLLECTIONS,
    &CREATE_COLLECTION,
    &DELETE_COLLECTIONS,
    &GET_COLLECTION,
    &UPDATE_COLLECTION,
    &DELETE_COLLECTION,
    &PATCH_COLLECTION,
    &CONTRIBUTE,
    &GET_GROUPS,
    &CREATE_GROUP,
    &DELETE_GROUPS,
    &GET_GROUP,
    &UPDATE_GROUP,
    &DELETE_GROUP,
    &PATCH_GROUP,
    &GET_PERMISSIONSS,
    &GET_RECORDS,
    &CREATE_RECORD,
    &DELETE_RECORDS,
    &GET_RECORD,
    &UPDATE_RECORD,
    &DELETE_RECORD,
    &PATCH_RECORD,
];

static SCHEMES: &[&str] = &[];

/// A mock server of the API on loopback, for tests of code that uses the client.
///
/// ```no_run
/// # async fn example() {
/// let server = kinto_client::mock::Server::start().await;
/// server.expect(kinto_client::ops::GetAccounts).any_times();
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
