// This file is generated from specs/symphony-pod.yaml by `cargo xtask generate`. Do not edit it by hand.

//! One marker type per operation. A method returns `Call<'_, T, ops::Operation>`; the
//! setters of the operation's optional parameters are methods of that call, so a
//! parameter added to the API is a new method, never a new argument.
/// Marks the calls of [`Client::list_app_entitlements`](crate::Client::list_app_entitlements): `Call<'_, T, ops::ListAppEntitlements>`.
pub enum ListAppEntitlements {}

/// Marks the calls of [`Client::update_app_entitlements`](crate::Client::update_app_entitlements): `Call<'_, T, ops::UpdateAppEntitlements>`.
pub enum UpdateAppEntitlements {}

/// Marks the calls of [`Client::list_user_app_entitlements`](crate::Client::list_user_app_entitlements): `Call<'_, T, ops::ListUserAppEntitlements>`.
pub enum ListUserAppEntitlements {}

/// Marks the calls of [`Client::update_user_app_entitlements`](crate::Client::update_user_app_entitlements): `Call<'_, T, ops::UpdateUserAppEntitlements>`.
pub enum UpdateUserAppEntitlements {}

/// Marks the calls of [`Client::get_configuration`](crate::Client::get_configuration): `Call<'_, T, ops::GetConfiguration>`.
pub enum GetConfiguration {}

/// Marks the calls of [`Client::update_configuration`](crate::Client::update_configuration): `Call<'_, T, ops::UpdateConfiguration>`.
pub enum UpdateConfiguration {}

/// Marks the calls of [`Client::create_configuration`](crate::Client::create_configuration): `Call<'_, T, ops::CreateConfiguration>`.
pub enum CreateConfiguration {}

/// Marks the calls of [`Client::list_configurations`](crate::Client::list_configurations): `Call<'_, T, ops::ListConfigurations>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub enum ListConfigurations {}

/// Marks the calls of [`Client::create_configuration_instance`](crate::Client::create_configuration_instance): `Call<'_, T, ops::CreateConfigurationInstance>`.
pub enum CreateConfigurationInstance {}

/// Marks the calls of [`Client::get_configuration_instance`](crate::Client::get_configuration_instance): `Call<'_, T, ops::GetConfigurationInstance>`.
pub enum GetConfigurationInstance {}

/// Marks the calls of [`Client::update_configuration_instance`](crate::Client::update_configuration_instance): `Call<'_, T, ops::UpdateConfigurationInstance>`.
pub enum UpdateConfigurationInstance {}

/// Marks the calls of [`Client::list_configuration_instances`](crate::Client::list_configuration_instances): `Call<'_, T, ops::ListConfigurationInstances>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub enum ListConfigurationInstances {}

/// Marks the calls of [`Client::create_disclaimer`](crate::Client::create_disclaimer): `Call<'_, T, ops::CreateDisclaimer>`.
pub enum CreateDisclaimer {}

/// Marks the calls of [`Client::get_disclaimer`](crate::Client::get_disclaimer): `Call<'_, T, ops::GetDisclaimer>`.
pub enum GetDisclaimer {}

/// Marks the calls of [`Client::update_disclaimer`](crate::Client::update_disclaimer): `Call<'_, T, ops::UpdateDisclaimer>`.
pub enum UpdateDisclaimer {}

/// Marks the calls of [`Client::list_disclaimer_users`](crate::Client::list_disclaimer_users): `Call<'_, T, ops::ListDisclaimerUsers>`.
pub enum ListDisclaimerUsers {}

/// Marks the calls of [`Client::list_disclaimers`](crate::Client::list_disclaimers): `Call<'_, T, ops::ListDisclaimers>`.
pub enum ListDisclaimers {}

/// Marks the calls of [`Client::add_group_members`](crate::Client::add_group_members): `Call<'_, T, ops::AddGroupMembers>`.
pub enum AddGroupMembers {}

/// Marks the calls of [`Client::list_group_members`](crate::Client::list_group_members): `Call<'_, T, ops::ListGroupMembers>`.
pub enum ListGroupMembers {}

/// Marks the calls of [`Client::remove_group_members`](crate::Client::remove_group_members): `Call<'_, T, ops::RemoveGroupMembers>`.
pub enum RemoveGroupMembers {}

/// Marks the calls of [`Client::list_groups`](crate::Client::list_groups): `Call<'_, T, ops::ListGroups>`.
pub enum ListGroups {}

/// Marks the calls of [`Client::list_policies`](crate::Client::list_policies): `Call<'_, T, ops::ListPolicies>`.
pub enum ListPolicies {}

/// Marks the calls of [`Client::suppress_message`](crate::Client::suppress_message): `Call<'_, T, ops::SuppressMessage>`.
pub enum SuppressMessage {}

/// Marks the calls of [`Client::list_presence`](crate::Client::list_presence): `Call<'_, T, ops::ListPresence>`.
pub enum ListPresence {}

/// Marks the calls of [`Client::get_user_presence`](crate::Client::get_user_presence): `Call<'_, T, ops::GetUserPresence>`.
pub enum GetUserPresence {}

/// Marks the calls of [`Client::set_user_presence`](crate::Client::set_user_presence): `Call<'_, T, ops::SetUserPresence>`.
pub enum SetUserPresence {}

/// Marks the calls of [`Client::add_room_member`](crate::Client::add_room_member): `Call<'_, T, ops::AddRoomMember>`.
pub enum AddRoomMember {}

/// Marks the calls of [`Client::demote_room_owner`](crate::Client::demote_room_owner): `Call<'_, T, ops::DemoteRoomOwner>`.
pub enum DemoteRoomOwner {}

/// Marks the calls of [`Client::list_room_members`](crate::Client::list_room_members): `Call<'_, T, ops::ListRoomMembers>`.
pub enum ListRoomMembers {}

/// Marks the calls of [`Client::promote_room_owner`](crate::Client::promote_room_owner): `Call<'_, T, ops::PromoteRoomOwner>`.
pub enum PromoteRoomOwner {}

/// Marks the calls of [`Client::remove_room_member`](crate::Client::remove_room_member): `Call<'_, T, ops::RemoveRoomMember>`.
pub enum RemoveRoomMember {}

/// Marks the calls of [`Client::create_company_cert`](crate::Client::create_company_cert): `Call<'_, T, ops::CreateCompanyCert>`.
pub enum CreateCompanyCert {}

/// Marks the calls of [`Client::delete_company_cert`](crate::Client::delete_company_cert): `Call<'_, T, ops::DeleteCompanyCert>`.
pub enum DeleteCompanyCert {}

/// Marks the calls of [`Client::get_company_cert`](crate::Client::get_company_cert): `Call<'_, T, ops::GetCompanyCert>`.
pub enum GetCompanyCert {}

/// Marks the calls of [`Client::list_company_certs_issued_by`](crate::Client::list_company_certs_issued_by): `Call<'_, T, ops::ListCompanyCertsIssuedBy>`.
pub enum ListCompanyCertsIssuedBy {}

/// Marks the calls of [`Client::update_company_cert`](crate::Client::update_company_cert): `Call<'_, T, ops::UpdateCompanyCert>`.
pub enum UpdateCompanyCert {}

/// Marks the calls of [`Client::list_company_certs`](crate::Client::list_company_certs): `Call<'_, T, ops::ListCompanyCerts>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub enum ListCompanyCerts {}

/// Marks the calls of [`Client::list_pod_managed_company_certs`](crate::Client::list_pod_managed_company_certs): `Call<'_, T, ops::ListPodManagedCompanyCerts>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub enum ListPodManagedCompanyCerts {}

/// Marks the calls of [`Client::list_company_certs_by_type`](crate::Client::list_company_certs_by_type): `Call<'_, T, ops::ListCompanyCertsByType>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub enum ListCompanyCertsByType {}

/// Marks the calls of [`Client::get_session_info`](crate::Client::get_session_info): `Call<'_, T, ops::GetSessionInfo>`.
pub enum GetSessionInfo {}

/// Marks the calls of [`Client::create_im`](crate::Client::create_im): `Call<'_, T, ops::CreateIm>`.
pub enum CreateIm {}

/// Marks the calls of [`Client::create_room_v1`](crate::Client::create_room_v1): `Call<'_, T, ops::CreateRoomV1>`.
pub enum CreateRoomV1 {}

/// Marks the calls of [`Client::get_room_info_v1`](crate::Client::get_room_info_v1): `Call<'_, T, ops::GetRoomInfoV1>`.
pub enum GetRoomInfoV1 {}

/// Marks the calls of [`Client::set_room_active`](crate::Client::set_room_active): `Call<'_, T, ops::SetRoomActive>`.
pub enum SetRoomActive {}

/// Marks the calls of [`Client::update_room_v1`](crate::Client::update_room_v1): `Call<'_, T, ops::UpdateRoomV1>`.
pub enum UpdateRoomV1 {}

/// Marks the calls of [`Client::create_room`](crate::Client::create_room): `Call<'_, T, ops::CreateRoom>`.
pub enum CreateRoom {}

/// Marks the calls of [`Client::get_room_info`](crate::Client::get_room_info): `Call<'_, T, ops::GetRoomInfo>`.
pub enum GetRoomInfo {}

/// Marks the calls of [`Client::update_room`](crate::Client::update_room): `Call<'_, T, ops::UpdateRoom>`.
pub enum UpdateRoom {}

/// Marks the calls of [`Client::search_rooms`](crate::Client::search_rooms): `Call<'_, T, ops::SearchRooms>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub enum SearchRooms {}

/// Marks the calls of [`Client::list_features`](crate::Client::list_features): `Call<'_, T, ops::ListFeatures>`.
pub enum ListFeatures {}

/// Marks the calls of [`Client::list_roles`](crate::Client::list_roles): `Call<'_, T, ops::ListRoles>`.
pub enum ListRoles {}

/// Marks the calls of [`Client::create_user`](crate::Client::create_user): `Call<'_, T, ops::CreateUser>`.
pub enum CreateUser {}

/// Marks the calls of [`Client::find_users`](crate::Client::find_users): `Call<'_, T, ops::FindUsers>`.
pub enum FindUsers {}

/// Marks the calls of [`Client::list_user_ids`](crate::Client::list_user_ids): `Call<'_, T, ops::ListUserIds>`.
pub enum ListUserIds {}

/// Marks the calls of [`Client::reset_user_password`](crate::Client::reset_user_password): `Call<'_, T, ops::ResetUserPassword>`.
pub enum ResetUserPassword {}

/// Marks the calls of [`Client::get_user_avatar`](crate::Client::get_user_avatar): `Call<'_, T, ops::GetUserAvatar>`.
pub enum GetUserAvatar {}

/// Marks the calls of [`Client::update_user_avatar`](crate::Client::update_user_avatar): `Call<'_, T, ops::UpdateUserAvatar>`.
pub enum UpdateUserAvatar {}

/// Marks the calls of [`Client::get_user_delegates`](crate::Client::get_user_delegates): `Call<'_, T, ops::GetUserDelegates>`.
pub enum GetUserDelegates {}

/// Marks the calls of [`Client::update_user_delegates`](crate::Client::update_user_delegates): `Call<'_, T, ops::UpdateUserDelegates>`.
pub enum UpdateUserDelegates {}

/// Marks the calls of [`Client::get_user_disclaimer`](crate::Client::get_user_disclaimer): `Call<'_, T, ops::GetUserDisclaimer>`.
pub enum GetUserDisclaimer {}

/// Marks the calls of [`Client::assign_user_disclaimer`](crate::Client::assign_user_disclaimer): `Call<'_, T, ops::AssignUserDisclaimer>`.
pub enum AssignUserDisclaimer {}

/// Marks the calls of [`Client::list_user_features`](crate::Client::list_user_features): `Call<'_, T, ops::ListUserFeatures>`.
pub enum ListUserFeatures {}

/// Marks the calls of [`Client::update_user_features`](crate::Client::update_user_features): `Call<'_, T, ops::UpdateUserFeatures>`.
pub enum UpdateUserFeatures {}

/// Marks the calls of [`Client::get_user_details`](crate::Client::get_user_details): `Call<'_, T, ops::GetUserDetails>`.
pub enum GetUserDetails {}

/// Marks the calls of [`Client::list_user_roles`](crate::Client::list_user_roles): `Call<'_, T, ops::ListUserRoles>`.
pub enum ListUserRoles {}

/// Marks the calls of [`Client::update_user_roles`](crate::Client::update_user_roles): `Call<'_, T, ops::UpdateUserRoles>`.
pub enum UpdateUserRoles {}

/// Marks the calls of [`Client::get_user_status`](crate::Client::get_user_status): `Call<'_, T, ops::GetUserStatus>`.
pub enum GetUserStatus {}

/// Marks the calls of [`Client::update_user_status`](crate::Client::update_user_status): `Call<'_, T, ops::UpdateUserStatus>`.
pub enum UpdateUserStatus {}

/// Marks the calls of [`Client::update_user`](crate::Client::update_user): `Call<'_, T, ops::UpdateUser>`.
pub enum UpdateUser {}

/// Marks the calls of [`Client::get_user_by_email`](crate::Client::get_user_by_email): `Call<'_, T, ops::GetUserByEmail>`, which has the setters of its 1 optional parameter(s).
pub enum GetUserByEmail {}

/// Marks the calls of [`Client::get_user_by_username`](crate::Client::get_user_by_username): `Call<'_, T, ops::GetUserByUsername>`.
pub enum GetUserByUsername {}
