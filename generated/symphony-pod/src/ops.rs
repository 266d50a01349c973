// This file is generated from specs/symphony-pod.yaml by `cargo xtask generate`. Do not edit it by hand.

//! One marker type per operation. A method returns `Call<T, ops::Operation>`; the
//! setters of the operation's optional parameters are methods of that call, so a
//! parameter added to the API is a new method, never a new argument. A marker's value
//! names its operation where a value is wanted (`mock::Server::expect(ops::Operation)`
//! with the `mock` feature).
/// Marks the calls of [`Client::list_app_entitlements`](crate::Client::list_app_entitlements): `Call<T, ops::ListAppEntitlements>`.
pub struct ListAppEntitlements;

/// Marks the calls of [`Client::update_app_entitlements`](crate::Client::update_app_entitlements): `Call<T, ops::UpdateAppEntitlements>`.
pub struct UpdateAppEntitlements;

/// Marks the calls of [`Client::list_user_app_entitlements`](crate::Client::list_user_app_entitlements): `Call<T, ops::ListUserAppEntitlements>`.
pub struct ListUserAppEntitlements;

/// Marks the calls of [`Client::update_user_app_entitlements`](crate::Client::update_user_app_entitlements): `Call<T, ops::UpdateUserAppEntitlements>`.
pub struct UpdateUserAppEntitlements;

/// Marks the calls of [`Client::get_configuration`](crate::Client::get_configuration): `Call<T, ops::GetConfiguration>`.
pub struct GetConfiguration;

/// Marks the calls of [`Client::update_configuration`](crate::Client::update_configuration): `Call<T, ops::UpdateConfiguration>`.
pub struct UpdateConfiguration;

/// Marks the calls of [`Client::create_configuration`](crate::Client::create_configuration): `Call<T, ops::CreateConfiguration>`.
pub struct CreateConfiguration;

/// Marks the calls of [`Client::list_configurations`](crate::Client::list_configurations): `Call<T, ops::ListConfigurations>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub struct ListConfigurations;

/// Marks the calls of [`Client::create_configuration_instance`](crate::Client::create_configuration_instance): `Call<T, ops::CreateConfigurationInstance>`.
pub struct CreateConfigurationInstance;

/// Marks the calls of [`Client::get_configuration_instance`](crate::Client::get_configuration_instance): `Call<T, ops::GetConfigurationInstance>`.
pub struct GetConfigurationInstance;

/// Marks the calls of [`Client::update_configuration_instance`](crate::Client::update_configuration_instance): `Call<T, ops::UpdateConfigurationInstance>`.
pub struct UpdateConfigurationInstance;

/// Marks the calls of [`Client::list_configuration_instances`](crate::Client::list_configuration_instances): `Call<T, ops::ListConfigurationInstances>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub struct ListConfigurationInstances;

/// Marks the calls of [`Client::create_disclaimer`](crate::Client::create_disclaimer): `Call<T, ops::CreateDisclaimer>`.
pub struct CreateDisclaimer;

/// Marks the calls of [`Client::get_disclaimer`](crate::Client::get_disclaimer): `Call<T, ops::GetDisclaimer>`.
pub struct GetDisclaimer;

/// Marks the calls of [`Client::update_disclaimer`](crate::Client::update_disclaimer): `Call<T, ops::UpdateDisclaimer>`.
pub struct UpdateDisclaimer;

/// Marks the calls of [`Client::list_disclaimer_users`](crate::Client::list_disclaimer_users): `Call<T, ops::ListDisclaimerUsers>`.
pub struct ListDisclaimerUsers;

/// Marks the calls of [`Client::list_disclaimers`](crate::Client::list_disclaimers): `Call<T, ops::ListDisclaimers>`.
pub struct ListDisclaimers;

/// Marks the calls of [`Client::add_group_members`](crate::Client::add_group_members): `Call<T, ops::AddGroupMembers>`.
pub struct AddGroupMembers;

/// Marks the calls of [`Client::list_group_members`](crate::Client::list_group_members): `Call<T, ops::ListGroupMembers>`.
pub struct ListGroupMembers;

/// Marks the calls of [`Client::remove_group_members`](crate::Client::remove_group_members): `Call<T, ops::RemoveGroupMembers>`.
pub struct RemoveGroupMembers;

/// Marks the calls of [`Client::list_groups`](crate::Client::list_groups): `Call<T, ops::ListGroups>`.
pub struct ListGroups;

/// Marks the calls of [`Client::list_policies`](crate::Client::list_policies): `Call<T, ops::ListPolicies>`.
pub struct ListPolicies;

/// Marks the calls of [`Client::suppress_message`](crate::Client::suppress_message): `Call<T, ops::SuppressMessage>`.
pub struct SuppressMessage;

/// Marks the calls of [`Client::list_presence`](crate::Client::list_presence): `Call<T, ops::ListPresence>`.
pub struct ListPresence;

/// Marks the calls of [`Client::get_user_presence`](crate::Client::get_user_presence): `Call<T, ops::GetUserPresence>`.
pub struct GetUserPresence;

/// Marks the calls of [`Client::set_user_presence`](crate::Client::set_user_presence): `Call<T, ops::SetUserPresence>`.
pub struct SetUserPresence;

/// Marks the calls of [`Client::add_room_member`](crate::Client::add_room_member): `Call<T, ops::AddRoomMember>`.
pub struct AddRoomMember;

/// Marks the calls of [`Client::demote_room_owner`](crate::Client::demote_room_owner): `Call<T, ops::DemoteRoomOwner>`.
pub struct DemoteRoomOwner;

/// Marks the calls of [`Client::list_room_members`](crate::Client::list_room_members): `Call<T, ops::ListRoomMembers>`.
pub struct ListRoomMembers;

/// Marks the calls of [`Client::promote_room_owner`](crate::Client::promote_room_owner): `Call<T, ops::PromoteRoomOwner>`.
pub struct PromoteRoomOwner;

/// Marks the calls of [`Client::remove_room_member`](crate::Client::remove_room_member): `Call<T, ops::RemoveRoomMember>`.
pub struct RemoveRoomMember;

/// Marks the calls of [`Client::create_company_cert`](crate::Client::create_company_cert): `Call<T, ops::CreateCompanyCert>`.
pub struct CreateCompanyCert;

/// Marks the calls of [`Client::delete_company_cert`](crate::Client::delete_company_cert): `Call<T, ops::DeleteCompanyCert>`.
pub struct DeleteCompanyCert;

/// Marks the calls of [`Client::get_company_cert`](crate::Client::get_company_cert): `Call<T, ops::GetCompanyCert>`.
pub struct GetCompanyCert;

/// Marks the calls of [`Client::list_company_certs_issued_by`](crate::Client::list_company_certs_issued_by): `Call<T, ops::ListCompanyCertsIssuedBy>`.
pub struct ListCompanyCertsIssuedBy;

/// Marks the calls of [`Client::update_company_cert`](crate::Client::update_company_cert): `Call<T, ops::UpdateCompanyCert>`.
pub struct UpdateCompanyCert;

/// Marks the calls of [`Client::list_company_certs`](crate::Client::list_company_certs): `Call<T, ops::ListCompanyCerts>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub struct ListCompanyCerts;

/// Marks the calls of [`Client::list_pod_managed_company_certs`](crate::Client::list_pod_managed_company_certs): `Call<T, ops::ListPodManagedCompanyCerts>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub struct ListPodManagedCompanyCerts;

/// Marks the calls of [`Client::list_company_certs_by_type`](crate::Client::list_company_certs_by_type): `Call<T, ops::ListCompanyCertsByType>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub struct ListCompanyCertsByType;

/// Marks the calls of [`Client::get_session_info`](crate::Client::get_session_info): `Call<T, ops::GetSessionInfo>`.
pub struct GetSessionInfo;

/// Marks the calls of [`Client::create_im`](crate::Client::create_im): `Call<T, ops::CreateIm>`.
pub struct CreateIm;

/// Marks the calls of [`Client::create_room_v1`](crate::Client::create_room_v1): `Call<T, ops::CreateRoomV1>`.
pub struct CreateRoomV1;

/// Marks the calls of [`Client::get_room_info_v1`](crate::Client::get_room_info_v1): `Call<T, ops::GetRoomInfoV1>`.
pub struct GetRoomInfoV1;

/// Marks the calls of [`Client::set_room_active`](crate::Client::set_room_active): `Call<T, ops::SetRoomActive>`.
pub struct SetRoomActive;

/// Marks the calls of [`Client::update_room_v1`](crate::Client::update_room_v1): `Call<T, ops::UpdateRoomV1>`.
pub struct UpdateRoomV1;

/// Marks the calls of [`Client::create_room`](crate::Client::create_room): `Call<T, ops::CreateRoom>`.
pub struct CreateRoom;

/// Marks the calls of [`Client::get_room_info`](crate::Client::get_room_info): `Call<T, ops::GetRoomInfo>`.
pub struct GetRoomInfo;

/// Marks the calls of [`Client::update_room`](crate::Client::update_room): `Call<T, ops::UpdateRoom>`.
pub struct UpdateRoom;

/// Marks the calls of [`Client::search_rooms`](crate::Client::search_rooms): `Call<T, ops::SearchRooms>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub struct SearchRooms;

/// Marks the calls of [`Client::list_features`](crate::Client::list_features): `Call<T, ops::ListFeatures>`.
pub struct ListFeatures;

/// Marks the calls of [`Client::list_roles`](crate::Client::list_roles): `Call<T, ops::ListRoles>`.
pub struct ListRoles;

/// Marks the calls of [`Client::create_user`](crate::Client::create_user): `Call<T, ops::CreateUser>`.
pub struct CreateUser;

/// Marks the calls of [`Client::find_users`](crate::Client::find_users): `Call<T, ops::FindUsers>`.
pub struct FindUsers;

/// Marks the calls of [`Client::list_user_ids`](crate::Client::list_user_ids): `Call<T, ops::ListUserIds>`.
pub struct ListUserIds;

/// Marks the calls of [`Client::reset_user_password`](crate::Client::reset_user_password): `Call<T, ops::ResetUserPassword>`.
pub struct ResetUserPassword;

/// Marks the calls of [`Client::get_user_avatar`](crate::Client::get_user_avatar): `Call<T, ops::GetUserAvatar>`.
pub struct GetUserAvatar;

/// Marks the calls of [`Client::update_user_avatar`](crate::Client::update_user_avatar): `Call<T, ops::UpdateUserAvatar>`.
pub struct UpdateUserAvatar;

/// Marks the calls of [`Client::get_user_delegates`](crate::Client::get_user_delegates): `Call<T, ops::GetUserDelegates>`.
pub struct GetUserDelegates;

/// Marks the calls of [`Client::update_user_delegates`](crate::Client::update_user_delegates): `Call<T, ops::UpdateUserDelegates>`.
pub struct UpdateUserDelegates;

/// Marks the calls of [`Client::get_user_disclaimer`](crate::Client::get_user_disclaimer): `Call<T, ops::GetUserDisclaimer>`.
pub struct GetUserDisclaimer;

/// Marks the calls of [`Client::assign_user_disclaimer`](crate::Client::assign_user_disclaimer): `Call<T, ops::AssignUserDisclaimer>`.
pub struct AssignUserDisclaimer;

/// Marks the calls of [`Client::list_user_features`](crate::Client::list_user_features): `Call<T, ops::ListUserFeatures>`.
pub struct ListUserFeatures;

/// Marks the calls of [`Client::update_user_features`](crate::Client::update_user_features): `Call<T, ops::UpdateUserFeatures>`.
pub struct UpdateUserFeatures;

/// Marks the calls of [`Client::get_user_details`](crate::Client::get_user_details): `Call<T, ops::GetUserDetails>`.
pub struct GetUserDetails;

/// Marks the calls of [`Client::list_user_roles`](crate::Client::list_user_roles): `Call<T, ops::ListUserRoles>`.
pub struct ListUserRoles;

/// Marks the calls of [`Client::update_user_roles`](crate::Client::update_user_roles): `Call<T, ops::UpdateUserRoles>`.
pub struct UpdateUserRoles;

/// Marks the calls of [`Client::get_user_status`](crate::Client::get_user_status): `Call<T, ops::GetUserStatus>`.
pub struct GetUserStatus;

/// Marks the calls of [`Client::update_user_status`](crate::Client::update_user_status): `Call<T, ops::UpdateUserStatus>`.
pub struct UpdateUserStatus;

/// Marks the calls of [`Client::update_user`](crate::Client::update_user): `Call<T, ops::UpdateUser>`.
pub struct UpdateUser;

/// Marks the calls of [`Client::get_user_by_email`](crate::Client::get_user_by_email): `Call<T, ops::GetUserByEmail>`, which has the setters of its 1 optional parameter(s).
pub struct GetUserByEmail;

/// Marks the calls of [`Client::get_user_by_username`](crate::Client::get_user_by_username): `Call<T, ops::GetUserByUsername>`.
pub struct GetUserByUsername;
