// This file is generated from specs/symphony-pod.yaml by `cargo xtask generate`. Do not edit it by hand.

//! One marker type per operation. A method returns `Call<T, ops::Operation>`; the
//! setters of the operation's optional parameters are methods of that call, so a
//! parameter added to the API is a new method, never a new argument.
/// Marks the calls of [`Client::list_app_entitlements`](crate::Client::list_app_entitlements): `Call<T, ops::ListAppEntitlements>`.
pub enum ListAppEntitlements {}

/// Marks the calls of [`Client::update_app_entitlements`](crate::Client::update_app_entitlements): `Call<T, ops::UpdateAppEntitlements>`.
pub enum UpdateAppEntitlements {}

/// Marks the calls of [`Client::list_user_app_entitlements`](crate::Client::list_user_app_entitlements): `Call<T, ops::ListUserAppEntitlements>`.
pub enum ListUserAppEntitlements {}

/// Marks the calls of [`Client::update_user_app_entitlements`](crate::Client::update_user_app_entitlements): `Call<T, ops::UpdateUserAppEntitlements>`.
pub enum UpdateUserAppEntitlements {}

/// Marks the calls of [`Client::get_configuration`](crate::Client::get_configuration): `Call<T, ops::GetConfiguration>`.
pub enum GetConfiguration {}

/// Marks the calls of [`Client::update_configuration`](crate::Client::update_configuration): `Call<T, ops::UpdateConfiguration>`.
pub enum UpdateConfiguration {}

/// Marks the calls of [`Client::create_configuration`](crate::Client::create_configuration): `Call<T, ops::CreateConfiguration>`.
pub enum CreateConfiguration {}

/// Marks the calls of [`Client::list_configurations`](crate::Client::list_configurations): `Call<T, ops::ListConfigurations>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub enum ListConfigurations {}

/// Marks the calls of [`Client::create_configuration_instance`](crate::Client::create_configuration_instance): `Call<T, ops::CreateConfigurationInstance>`.
pub enum CreateConfigurationInstance {}

/// Marks the calls of [`Client::get_configuration_instance`](crate::Client::get_configuration_instance): `Call<T, ops::GetConfigurationInstance>`.
pub enum GetConfigurationInstance {}

/// Marks the calls of [`Client::update_configuration_instance`](crate::Client::update_configuration_instance): `Call<T, ops::UpdateConfigurationInstance>`.
pub enum UpdateConfigurationInstance {}

/// Marks the calls of [`Client::list_configuration_instances`](crate::Client::list_configuration_instances): `Call<T, ops::ListConfigurationInstances>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub enum ListConfigurationInstances {}

/// Marks the calls of [`Client::create_disclaimer`](crate::Client::create_disclaimer): `Call<T, ops::CreateDisclaimer>`.
pub enum CreateDisclaimer {}

/// Marks the calls of [`Client::get_disclaimer`](crate::Client::get_disclaimer): `Call<T, ops::GetDisclaimer>`.
pub enum GetDisclaimer {}

/// Marks the calls of [`Client::update_disclaimer`](crate::Client::update_disclaimer): `Call<T, ops::UpdateDisclaimer>`.
pub enum UpdateDisclaimer {}

/// Marks the calls of [`Client::list_disclaimer_users`](crate::Client::list_disclaimer_users): `Call<T, ops::ListDisclaimerUsers>`.
pub enum ListDisclaimerUsers {}

/// Marks the calls of [`Client::list_disclaimers`](crate::Client::list_disclaimers): `Call<T, ops::ListDisclaimers>`.
pub enum ListDisclaimers {}

/// Marks the calls of [`Client::add_group_members`](crate::Client::add_group_members): `Call<T, ops::AddGroupMembers>`.
pub enum AddGroupMembers {}

/// Marks the calls of [`Client::list_group_members`](crate::Client::list_group_members): `Call<T, ops::ListGroupMembers>`.
pub enum ListGroupMembers {}

/// Marks the calls of [`Client::remove_group_members`](crate::Client::remove_group_members): `Call<T, ops::RemoveGroupMembers>`.
pub enum RemoveGroupMembers {}

/// Marks the calls of [`Client::list_groups`](crate::Client::list_groups): `Call<T, ops::ListGroups>`.
pub enum ListGroups {}

/// Marks the calls of [`Client::list_policies`](crate::Client::list_policies): `Call<T, ops::ListPolicies>`.
pub enum ListPolicies {}

/// Marks the calls of [`Client::suppress_message`](crate::Client::suppress_message): `Call<T, ops::SuppressMessage>`.
pub enum SuppressMessage {}

/// Marks the calls of [`Client::list_presence`](crate::Client::list_presence): `Call<T, ops::ListPresence>`.
pub enum ListPresence {}

/// Marks the calls of [`Client::get_user_presence`](crate::Client::get_user_presence): `Call<T, ops::GetUserPresence>`.
pub enum GetUserPresence {}

/// Marks the calls of [`Client::set_user_presence`](crate::Client::set_user_presence): `Call<T, ops::SetUserPresence>`.
pub enum SetUserPresence {}

/// Marks the calls of [`Client::add_room_member`](crate::Client::add_room_member): `Call<T, ops::AddRoomMember>`.
pub enum AddRoomMember {}

/// Marks the calls of [`Client::demote_room_owner`](crate::Client::demote_room_owner): `Call<T, ops::DemoteRoomOwner>`.
pub enum DemoteRoomOwner {}

/// Marks the calls of [`Client::list_room_members`](crate::Client::list_room_members): `Call<T, ops::ListRoomMembers>`.
pub enum ListRoomMembers {}

/// Marks the calls of [`Client::promote_room_owner`](crate::Client::promote_room_owner): `Call<T, ops::PromoteRoomOwner>`.
pub enum PromoteRoomOwner {}

/// Marks the calls of [`Client::remove_room_member`](crate::Client::remove_room_member): `Call<T, ops::RemoveRoomMember>`.
pub enum RemoveRoomMember {}

/// Marks the calls of [`Client::create_company_cert`](crate::Client::create_company_cert): `Call<T, ops::CreateCompanyCert>`.
pub enum CreateCompanyCert {}

/// Marks the calls of [`Client::delete_company_cert`](crate::Client::delete_company_cert): `Call<T, ops::DeleteCompanyCert>`.
pub enum DeleteCompanyCert {}

/// Marks the calls of [`Client::get_company_cert`](crate::Client::get_company_cert): `Call<T, ops::GetCompanyCert>`.
pub enum GetCompanyCert {}

/// Marks the calls of [`Client::list_company_certs_issued_by`](crate::Client::list_company_certs_issued_by): `Call<T, ops::ListCompanyCertsIssuedBy>`.
pub enum ListCompanyCertsIssuedBy {}

/// Marks the calls of [`Client::update_company_cert`](crate::Client::update_company_cert): `Call<T, ops::UpdateCompanyCert>`.
pub enum UpdateCompanyCert {}

/// Marks the calls of [`Client::list_company_certs`](crate::Client::list_company_certs): `Call<T, ops::ListCompanyCerts>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub enum ListCompanyCerts {}

/// Marks the calls of [`Client::list_pod_managed_company_certs`](crate::Client::list_pod_managed_company_certs): `Call<T, ops::ListPodManagedCompanyCerts>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub enum ListPodManagedCompanyCerts {}

/// Marks the calls of [`Client::list_company_certs_by_type`](crate::Client::list_company_certs_by_type): `Call<T, ops::ListCompanyCertsByType>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub enum ListCompanyCertsByType {}

/// Marks the calls of [`Client::get_session_info`](crate::Client::get_session_info): `Call<T, ops::GetSessionInfo>`.
pub enum GetSessionInfo {}

/// Marks the calls of [`Client::create_im`](crate::Client::create_im): `Call<T, ops::CreateIm>`.
pub enum CreateIm {}

/// Marks the calls of [`Client::create_room_v1`](crate::Client::create_room_v1): `Call<T, ops::CreateRoomV1>`.
pub enum CreateRoomV1 {}

/// Marks the calls of [`Client::get_room_info_v1`](crate::Client::get_room_info_v1): `Call<T, ops::GetRoomInfoV1>`.
pub enum GetRoomInfoV1 {}

/// Marks the calls of [`Client::set_room_active`](crate::Client::set_room_active): `Call<T, ops::SetRoomActive>`.
pub enum SetRoomActive {}

/// Marks the calls of [`Client::update_room_v1`](crate::Client::update_room_v1): `Call<T, ops::UpdateRoomV1>`.
pub enum UpdateRoomV1 {}

/// Marks the calls of [`Client::create_room`](crate::Client::create_room): `Call<T, ops::CreateRoom>`.
pub enum CreateRoom {}

/// Marks the calls of [`Client::get_room_info`](crate::Client::get_room_info): `Call<T, ops::GetRoomInfo>`.
pub enum GetRoomInfo {}

/// Marks the calls of [`Client::update_room`](crate::Client::update_room): `Call<T, ops::UpdateRoom>`.
pub enum UpdateRoom {}

/// Marks the calls of [`Client::search_rooms`](crate::Client::search_rooms): `Call<T, ops::SearchRooms>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub enum SearchRooms {}

/// Marks the calls of [`Client::list_features`](crate::Client::list_features): `Call<T, ops::ListFeatures>`.
pub enum ListFeatures {}

/// Marks the calls of [`Client::list_roles`](crate::Client::list_roles): `Call<T, ops::ListRoles>`.
pub enum ListRoles {}

/// Marks the calls of [`Client::create_user`](crate::Client::create_user): `Call<T, ops::CreateUser>`.
pub enum CreateUser {}

/// Marks the calls of [`Client::find_users`](crate::Client::find_users): `Call<T, ops::FindUsers>`.
pub enum FindUsers {}

/// Marks the calls of [`Client::list_user_ids`](crate::Client::list_user_ids): `Call<T, ops::ListUserIds>`.
pub enum ListUserIds {}

/// Marks the calls of [`Client::reset_user_password`](crate::Client::reset_user_password): `Call<T, ops::ResetUserPassword>`.
pub enum ResetUserPassword {}

/// Marks the calls of [`Client::get_user_avatar`](crate::Client::get_user_avatar): `Call<T, ops::GetUserAvatar>`.
pub enum GetUserAvatar {}

/// Marks the calls of [`Client::update_user_avatar`](crate::Client::update_user_avatar): `Call<T, ops::UpdateUserAvatar>`.
pub enum UpdateUserAvatar {}

/// Marks the calls of [`Client::get_user_delegates`](crate::Client::get_user_delegates): `Call<T, ops::GetUserDelegates>`.
pub enum GetUserDelegates {}

/// Marks the calls of [`Client::update_user_delegates`](crate::Client::update_user_delegates): `Call<T, ops::UpdateUserDelegates>`.
pub enum UpdateUserDelegates {}

/// Marks the calls of [`Client::get_user_disclaimer`](crate::Client::get_user_disclaimer): `Call<T, ops::GetUserDisclaimer>`.
pub enum GetUserDisclaimer {}

/// Marks the calls of [`Client::assign_user_disclaimer`](crate::Client::assign_user_disclaimer): `Call<T, ops::AssignUserDisclaimer>`.
pub enum AssignUserDisclaimer {}

/// Marks the calls of [`Client::list_user_features`](crate::Client::list_user_features): `Call<T, ops::ListUserFeatures>`.
pub enum ListUserFeatures {}

/// Marks the calls of [`Client::update_user_features`](crate::Client::update_user_features): `Call<T, ops::UpdateUserFeatures>`.
pub enum UpdateUserFeatures {}

/// Marks the calls of [`Client::get_user_details`](crate::Client::get_user_details): `Call<T, ops::GetUserDetails>`.
pub enum GetUserDetails {}

/// Marks the calls of [`Client::list_user_roles`](crate::Client::list_user_roles): `Call<T, ops::ListUserRoles>`.
pub enum ListUserRoles {}

/// Marks the calls of [`Client::update_user_roles`](crate::Client::update_user_roles): `Call<T, ops::UpdateUserRoles>`.
pub enum UpdateUserRoles {}

/// Marks the calls of [`Client::get_user_status`](crate::Client::get_user_status): `Call<T, ops::GetUserStatus>`.
pub enum GetUserStatus {}

/// Marks the calls of [`Client::update_user_status`](crate::Client::update_user_status): `Call<T, ops::UpdateUserStatus>`.
pub enum UpdateUserStatus {}

/// Marks the calls of [`Client::update_user`](crate::Client::update_user): `Call<T, ops::UpdateUser>`.
pub enum UpdateUser {}

/// Marks the calls of [`Client::get_user_by_email`](crate::Client::get_user_by_email): `Call<T, ops::GetUserByEmail>`, which has the setters of its 1 optional parameter(s).
pub enum GetUserByEmail {}

/// Marks the calls of [`Client::get_user_by_username`](crate::Client::get_user_by_username): `Call<T, ops::GetUserByUsername>`.
pub enum GetUserByUsername {}
