// This file is generated from e2e/specs/kinto.json with the overlay e2e/specs/kinto-conformed.overlay.yaml by `cargo xtask generate`. Do not edit it by hand.

//! One marker type per operation. A method returns `Call<T, ops::Operation>`; the
//! setters of the operation's optional parameters are methods of that call, so a
//! parameter added to the API is a new method, never a new argument. A marker's value
//! names its operation where a value is wanted (`mock::Server::expect(ops::Operation)`
//! with the `mock` feature).
/// Marks the calls of [`Client::get_accounts`](crate::Client::get_accounts): `Call<T, ops::GetAccounts>`, which has the setters of its 11 optional parameter(s).
pub struct GetAccounts;

/// Marks the calls of [`Client::create_account`](crate::Client::create_account): `Call<T, ops::CreateAccount>`, which has the setters of its 2 optional parameter(s).
pub struct CreateAccount;

/// Marks the calls of [`Client::delete_accounts`](crate::Client::delete_accounts): `Call<T, ops::DeleteAccounts>`, which has the setters of its 10 optional parameter(s).
pub struct DeleteAccounts;

/// Marks the calls of [`Client::get_account`](crate::Client::get_account): `Call<T, ops::GetAccount>`, which has the setters of its 3 optional parameter(s).
pub struct GetAccount;

/// Marks the calls of [`Client::update_account`](crate::Client::update_account): `Call<T, ops::UpdateAccount>`, which has the setters of its 2 optional parameter(s).
pub struct UpdateAccount;

/// Marks the calls of [`Client::delete_account`](crate::Client::delete_account): `Call<T, ops::DeleteAccount>`, which has the setters of its 2 optional parameter(s).
pub struct DeleteAccount;

/// Marks the calls of [`Client::patch_account`](crate::Client::patch_account): `Call<T, ops::PatchAccount>`, which has the setters of its 3 optional parameter(s).
pub struct PatchAccount;

/// Marks the calls of [`Client::batch`](crate::Client::batch): `Call<T, ops::Batch>`.
pub struct Batch;

/// Marks the calls of [`Client::heartbeat`](crate::Client::heartbeat): `Call<T, ops::Heartbeat>`.
pub struct Heartbeat;

/// Marks the calls of [`Client::lbheartbeat`](crate::Client::lbheartbeat): `Call<T, ops::Lbheartbeat>`.
pub struct Lbheartbeat;

/// Marks the calls of [`Client::server_info`](crate::Client::server_info): `Call<T, ops::ServerInfo>`.
pub struct ServerInfo;

/// Marks the calls of [`Client::get_openapi_spec`](crate::Client::get_openapi_spec): `Call<T, ops::GetOpenapiSpec>`.
pub struct GetOpenapiSpec;

/// Marks the calls of [`Client::version`](crate::Client::version): `Call<T, ops::Version>`.
pub struct Version;

/// Marks the calls of [`Client::delete_user_data`](crate::Client::delete_user_data): `Call<T, ops::DeleteUserData>`, which has the setters of its 2 optional parameter(s).
pub struct DeleteUserData;

/// Marks the calls of [`Client::get_buckets`](crate::Client::get_buckets): `Call<T, ops::GetBuckets>`, which has the setters of its 11 optional parameter(s).
pub struct GetBuckets;

/// Marks the calls of [`Client::create_bucket`](crate::Client::create_bucket): `Call<T, ops::CreateBucket>`, which has the setters of its 2 optional parameter(s).
pub struct CreateBucket;

/// Marks the calls of [`Client::delete_buckets`](crate::Client::delete_buckets): `Call<T, ops::DeleteBuckets>`, which has the setters of its 10 optional parameter(s).
pub struct DeleteBuckets;

/// Marks the calls of [`Client::get_bucket`](crate::Client::get_bucket): `Call<T, ops::GetBucket>`, which has the setters of its 3 optional parameter(s).
pub struct GetBucket;

/// Marks the calls of [`Client::update_bucket`](crate::Client::update_bucket): `Call<T, ops::UpdateBucket>`, which has the setters of its 2 optional parameter(s).
pub struct UpdateBucket;

/// Marks the calls of [`Client::delete_bucket`](crate::Client::delete_bucket): `Call<T, ops::DeleteBucket>`, which has the setters of its 2 optional parameter(s).
pub struct DeleteBucket;

/// Marks the calls of [`Client::patch_bucket`](crate::Client::patch_bucket): `Call<T, ops::PatchBucket>`, which has the setters of its 3 optional parameter(s).
pub struct PatchBucket;

/// Marks the calls of [`Client::get_collections`](crate::Client::get_collections): `Call<T, ops::GetCollections>`, which has the setters of its 11 optional parameter(s).
pub struct GetCollections;

/// Marks the calls of [`Client::create_collection`](crate::Client::create_collection): `Call<T, ops::CreateCollection>`, which has the setters of its 2 optional parameter(s).
pub struct CreateCollection;

/// Marks the calls of [`Client::delete_collections`](crate::Client::delete_collections): `Call<T, ops::DeleteCollections>`, which has the setters of its 10 optional parameter(s).
pub struct DeleteCollections;

/// Marks the calls of [`Client::get_collection`](crate::Client::get_collection): `Call<T, ops::GetCollection>`, which has the setters of its 3 optional parameter(s).
pub struct GetCollection;

/// Marks the calls of [`Client::update_collection`](crate::Client::update_collection): `Call<T, ops::UpdateCollection>`, which has the setters of its 2 optional parameter(s).
pub struct UpdateCollection;

/// Marks the calls of [`Client::delete_collection`](crate::Client::delete_collection): `Call<T, ops::DeleteCollection>`, which has the setters of its 2 optional parameter(s).
pub struct DeleteCollection;

/// Marks the calls of [`Client::patch_collection`](crate::Client::patch_collection): `Call<T, ops::PatchCollection>`, which has the setters of its 3 optional parameter(s).
pub struct PatchCollection;

/// Marks the calls of [`Client::contribute`](crate::Client::contribute): `Call<T, ops::Contribute>`.
pub struct Contribute;

/// Marks the calls of [`Client::get_groups`](crate::Client::get_groups): `Call<T, ops::GetGroups>`, which has the setters of its 11 optional parameter(s).
pub struct GetGroups;

/// Marks the calls of [`Client::create_group`](crate::Client::create_group): `Call<T, ops::CreateGroup>`, which has the setters of its 2 optional parameter(s).
pub struct CreateGroup;

/// Marks the calls of [`Client::delete_groups`](crate::Client::delete_groups): `Call<T, ops::DeleteGroups>`, which has the setters of its 10 optional parameter(s).
pub struct DeleteGroups;

/// Marks the calls of [`Client::get_group`](crate::Client::get_group): `Call<T, ops::GetGroup>`, which has the setters of its 3 optional parameter(s).
pub struct GetGroup;

/// Marks the calls of [`Client::update_group`](crate::Client::update_group): `Call<T, ops::UpdateGroup>`, which has the setters of its 2 optional parameter(s).
pub struct UpdateGroup;

/// Marks the calls of [`Client::delete_group`](crate::Client::delete_group): `Call<T, ops::DeleteGroup>`, which has the setters of its 2 optional parameter(s).
pub struct DeleteGroup;

/// Marks the calls of [`Client::patch_group`](crate::Client::patch_group): `Call<T, ops::PatchGroup>`, which has the setters of its 3 optional parameter(s).
pub struct PatchGroup;

/// Marks the calls of [`Client::get_permissionss`](crate::Client::get_permissionss): `Call<T, ops::GetPermissionss>`, which has the setters of its 11 optional parameter(s).
pub struct GetPermissionss;

/// Marks the calls of [`Client::get_records`](crate::Client::get_records): `Call<T, ops::GetRecords>`, which has the setters of its 11 optional parameter(s).
pub struct GetRecords;

/// Marks the calls of [`Client::create_record`](crate::Client::create_record): `Call<T, ops::CreateRecord>`, which has the setters of its 2 optional parameter(s).
pub struct CreateRecord;

/// Marks the calls of [`Client::delete_records`](crate::Client::delete_records): `Call<T, ops::DeleteRecords>`, which has the setters of its 10 optional parameter(s).
pub struct DeleteRecords;

/// Marks the calls of [`Client::get_record`](crate::Client::get_record): `Call<T, ops::GetRecord>`, which has the setters of its 3 optional parameter(s).
pub struct GetRecord;

/// Marks the calls of [`Client::update_record`](crate::Client::update_record): `Call<T, ops::UpdateRecord>`, which has the setters of its 2 optional parameter(s).
pub struct UpdateRecord;

/// Marks the calls of [`Client::delete_record`](crate::Client::delete_record): `Call<T, ops::DeleteRecord>`, which has the setters of its 2 optional parameter(s).
pub struct DeleteRecord;

/// Marks the calls of [`Client::patch_record`](crate::Client::patch_record): `Call<T, ops::PatchRecord>`, which has the setters of its 3 optional parameter(s).
pub struct PatchRecord;
