// This file is generated from specs/symphony-pod.yaml by `cargo xtask generate`. Do not edit it by hand.

//! One marker type per operation. A method returns `Call<'_, T, ops::Operation>`; the
//! setters of the operation's optional parameters are methods of that call, so a
//! parameter added to the API is a new method, never a new argument.
/// Marks the calls of [`Client::v1_admin_app_entitlement_list_get`](crate::Client::v1_admin_app_entitlement_list_get): `Call<'_, T, ops::V1AdminAppEntitlementListGet>`.
pub enum V1AdminAppEntitlementListGet {}

/// Marks the calls of [`Client::v1_admin_app_entitlement_list_post`](crate::Client::v1_admin_app_entitlement_list_post): `Call<'_, T, ops::V1AdminAppEntitlementListPost>`.
pub enum V1AdminAppEntitlementListPost {}

/// Marks the calls of [`Client::v1_admin_user_uid_app_entitlement_list_get`](crate::Client::v1_admin_user_uid_app_entitlement_list_get): `Call<'_, T, ops::V1AdminUserUidAppEntitlementListGet>`.
pub enum V1AdminUserUidAppEntitlementListGet {}

/// Marks the calls of [`Client::v1_admin_user_uid_app_entitlement_list_post`](crate::Client::v1_admin_user_uid_app_entitlement_list_post): `Call<'_, T, ops::V1AdminUserUidAppEntitlementListPost>`.
pub enum V1AdminUserUidAppEntitlementListPost {}

/// Marks the calls of [`Client::v1_configuration_configuration_id_get_get`](crate::Client::v1_configuration_configuration_id_get_get): `Call<'_, T, ops::V1ConfigurationConfigurationIdGetGet>`.
pub enum V1ConfigurationConfigurationIdGetGet {}

/// Marks the calls of [`Client::v1_configuration_configuration_id_update_put`](crate::Client::v1_configuration_configuration_id_update_put): `Call<'_, T, ops::V1ConfigurationConfigurationIdUpdatePut>`.
pub enum V1ConfigurationConfigurationIdUpdatePut {}

/// Marks the calls of [`Client::v1_configuration_create_post`](crate::Client::v1_configuration_create_post): `Call<'_, T, ops::V1ConfigurationCreatePost>`.
pub enum V1ConfigurationCreatePost {}

/// Marks the calls of [`Client::v1_configuration_list_get`](crate::Client::v1_configuration_list_get): `Call<'_, T, ops::V1ConfigurationListGet>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub enum V1ConfigurationListGet {}

/// Marks the calls of [`Client::v1_configuration_configuration_id_instance_create_post`](crate::Client::v1_configuration_configuration_id_instance_create_post): `Call<'_, T, ops::V1ConfigurationConfigurationIdInstanceCreatePost>`.
pub enum V1ConfigurationConfigurationIdInstanceCreatePost {}

/// Marks the calls of [`Client::v1_configuration_configuration_id_instance_instance_id_get_get`](crate::Client::v1_configuration_configuration_id_instance_instance_id_get_get): `Call<'_, T, ops::V1ConfigurationConfigurationIdInstanceInstanceIdGetGet>`.
pub enum V1ConfigurationConfigurationIdInstanceInstanceIdGetGet {}

/// Marks the calls of [`Client::v1_configuration_configuration_id_instance_instance_id_update_put`](crate::Client::v1_configuration_configuration_id_instance_instance_id_update_put): `Call<'_, T, ops::V1ConfigurationConfigurationIdInstanceInstanceIdUpdatePut>`.
pub enum V1ConfigurationConfigurationIdInstanceInstanceIdUpdatePut {}

/// Marks the calls of [`Client::v1_configuration_configuration_id_instance_list_get`](crate::Client::v1_configuration_configuration_id_instance_list_get): `Call<'_, T, ops::V1ConfigurationConfigurationIdInstanceListGet>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub enum V1ConfigurationConfigurationIdInstanceListGet {}

/// Marks the calls of [`Client::v1_admin_disclaimer_create_post`](crate::Client::v1_admin_disclaimer_create_post): `Call<'_, T, ops::V1AdminDisclaimerCreatePost>`.
pub enum V1AdminDisclaimerCreatePost {}

/// Marks the calls of [`Client::v1_admin_disclaimer_did_get`](crate::Client::v1_admin_disclaimer_did_get): `Call<'_, T, ops::V1AdminDisclaimerDidGet>`.
pub enum V1AdminDisclaimerDidGet {}

/// Marks the calls of [`Client::v1_admin_disclaimer_did_update_post`](crate::Client::v1_admin_disclaimer_did_update_post): `Call<'_, T, ops::V1AdminDisclaimerDidUpdatePost>`.
pub enum V1AdminDisclaimerDidUpdatePost {}

/// Marks the calls of [`Client::v1_admin_disclaimer_did_users_get`](crate::Client::v1_admin_disclaimer_did_users_get): `Call<'_, T, ops::V1AdminDisclaimerDidUsersGet>`.
pub enum V1AdminDisclaimerDidUsersGet {}

/// Marks the calls of [`Client::v1_admin_disclaimer_list_get`](crate::Client::v1_admin_disclaimer_list_get): `Call<'_, T, ops::V1AdminDisclaimerListGet>`.
pub enum V1AdminDisclaimerListGet {}

/// Marks the calls of [`Client::v1_admin_group_gid_membership_add_post`](crate::Client::v1_admin_group_gid_membership_add_post): `Call<'_, T, ops::V1AdminGroupGidMembershipAddPost>`.
pub enum V1AdminGroupGidMembershipAddPost {}

/// Marks the calls of [`Client::v1_admin_group_gid_membership_list_get`](crate::Client::v1_admin_group_gid_membership_list_get): `Call<'_, T, ops::V1AdminGroupGidMembershipListGet>`.
pub enum V1AdminGroupGidMembershipListGet {}

/// Marks the calls of [`Client::v1_admin_group_gid_membership_remove_post`](crate::Client::v1_admin_group_gid_membership_remove_post): `Call<'_, T, ops::V1AdminGroupGidMembershipRemovePost>`.
pub enum V1AdminGroupGidMembershipRemovePost {}

/// Marks the calls of [`Client::v1_admin_group_list_get`](crate::Client::v1_admin_group_list_get): `Call<'_, T, ops::V1AdminGroupListGet>`.
pub enum V1AdminGroupListGet {}

/// Marks the calls of [`Client::v1_admin_policy_list_get`](crate::Client::v1_admin_policy_list_get): `Call<'_, T, ops::V1AdminPolicyListGet>`.
pub enum V1AdminPolicyListGet {}

/// Marks the calls of [`Client::v1_admin_messagesuppression_id_suppress_post`](crate::Client::v1_admin_messagesuppression_id_suppress_post): `Call<'_, T, ops::V1AdminMessagesuppressionIdSuppressPost>`.
pub enum V1AdminMessagesuppressionIdSuppressPost {}

/// Marks the calls of [`Client::v1_presence_get`](crate::Client::v1_presence_get): `Call<'_, T, ops::V1PresenceGet>`.
pub enum V1PresenceGet {}

/// Marks the calls of [`Client::v1_user_uid_presence_get`](crate::Client::v1_user_uid_presence_get): `Call<'_, T, ops::V1UserUidPresenceGet>`.
pub enum V1UserUidPresenceGet {}

/// Marks the calls of [`Client::v1_user_uid_presence_post`](crate::Client::v1_user_uid_presence_post): `Call<'_, T, ops::V1UserUidPresencePost>`.
pub enum V1UserUidPresencePost {}

/// Marks the calls of [`Client::v1_room_id_membership_add_post`](crate::Client::v1_room_id_membership_add_post): `Call<'_, T, ops::V1RoomIdMembershipAddPost>`.
pub enum V1RoomIdMembershipAddPost {}

/// Marks the calls of [`Client::v1_room_id_membership_demote_owner_post`](crate::Client::v1_room_id_membership_demote_owner_post): `Call<'_, T, ops::V1RoomIdMembershipDemoteOwnerPost>`.
pub enum V1RoomIdMembershipDemoteOwnerPost {}

/// Marks the calls of [`Client::v1_room_id_membership_list_get`](crate::Client::v1_room_id_membership_list_get): `Call<'_, T, ops::V1RoomIdMembershipListGet>`.
pub enum V1RoomIdMembershipListGet {}

/// Marks the calls of [`Client::v1_room_id_membership_promote_owner_post`](crate::Client::v1_room_id_membership_promote_owner_post): `Call<'_, T, ops::V1RoomIdMembershipPromoteOwnerPost>`.
pub enum V1RoomIdMembershipPromoteOwnerPost {}

/// Marks the calls of [`Client::v1_room_id_membership_remove_post`](crate::Client::v1_room_id_membership_remove_post): `Call<'_, T, ops::V1RoomIdMembershipRemovePost>`.
pub enum V1RoomIdMembershipRemovePost {}

/// Marks the calls of [`Client::v1_companycert_create_post`](crate::Client::v1_companycert_create_post): `Call<'_, T, ops::V1CompanycertCreatePost>`.
pub enum V1CompanycertCreatePost {}

/// Marks the calls of [`Client::v1_companycert_delete_post`](crate::Client::v1_companycert_delete_post): `Call<'_, T, ops::V1CompanycertDeletePost>`.
pub enum V1CompanycertDeletePost {}

/// Marks the calls of [`Client::v1_companycert_finger_print_get_get`](crate::Client::v1_companycert_finger_print_get_get): `Call<'_, T, ops::V1CompanycertFingerPrintGetGet>`.
pub enum V1CompanycertFingerPrintGetGet {}

/// Marks the calls of [`Client::v1_companycert_finger_print_issued_by_get`](crate::Client::v1_companycert_finger_print_issued_by_get): `Call<'_, T, ops::V1CompanycertFingerPrintIssuedByGet>`.
pub enum V1CompanycertFingerPrintIssuedByGet {}

/// Marks the calls of [`Client::v1_companycert_finger_print_update_post`](crate::Client::v1_companycert_finger_print_update_post): `Call<'_, T, ops::V1CompanycertFingerPrintUpdatePost>`.
pub enum V1CompanycertFingerPrintUpdatePost {}

/// Marks the calls of [`Client::v1_companycert_list_get`](crate::Client::v1_companycert_list_get): `Call<'_, T, ops::V1CompanycertListGet>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub enum V1CompanycertListGet {}

/// Marks the calls of [`Client::v1_companycert_podmanaged_list_get`](crate::Client::v1_companycert_podmanaged_list_get): `Call<'_, T, ops::V1CompanycertPodmanagedListGet>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub enum V1CompanycertPodmanagedListGet {}

/// Marks the calls of [`Client::v1_companycert_type_list_post`](crate::Client::v1_companycert_type_list_post): `Call<'_, T, ops::V1CompanycertTypeListPost>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub enum V1CompanycertTypeListPost {}

/// Marks the calls of [`Client::v1_sessioninfo_get`](crate::Client::v1_sessioninfo_get): `Call<'_, T, ops::V1SessioninfoGet>`.
pub enum V1SessioninfoGet {}

/// Marks the calls of [`Client::v1_im_create_post`](crate::Client::v1_im_create_post): `Call<'_, T, ops::V1ImCreatePost>`.
pub enum V1ImCreatePost {}

/// Marks the calls of [`Client::v1_room_create_post`](crate::Client::v1_room_create_post): `Call<'_, T, ops::V1RoomCreatePost>`.
pub enum V1RoomCreatePost {}

/// Marks the calls of [`Client::v1_room_id_info_get`](crate::Client::v1_room_id_info_get): `Call<'_, T, ops::V1RoomIdInfoGet>`.
pub enum V1RoomIdInfoGet {}

/// Marks the calls of [`Client::v1_room_id_set_active_post`](crate::Client::v1_room_id_set_active_post): `Call<'_, T, ops::V1RoomIdSetActivePost>`.
pub enum V1RoomIdSetActivePost {}

/// Marks the calls of [`Client::v1_room_id_update_post`](crate::Client::v1_room_id_update_post): `Call<'_, T, ops::V1RoomIdUpdatePost>`.
pub enum V1RoomIdUpdatePost {}

/// Marks the calls of [`Client::v2_room_create_post`](crate::Client::v2_room_create_post): `Call<'_, T, ops::V2RoomCreatePost>`.
pub enum V2RoomCreatePost {}

/// Marks the calls of [`Client::v2_room_id_info_get`](crate::Client::v2_room_id_info_get): `Call<'_, T, ops::V2RoomIdInfoGet>`.
pub enum V2RoomIdInfoGet {}

/// Marks the calls of [`Client::v2_room_id_update_post`](crate::Client::v2_room_id_update_post): `Call<'_, T, ops::V2RoomIdUpdatePost>`.
pub enum V2RoomIdUpdatePost {}

/// Marks the calls of [`Client::v2_room_search_post`](crate::Client::v2_room_search_post): `Call<'_, T, ops::V2RoomSearchPost>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub enum V2RoomSearchPost {}

/// Marks the calls of [`Client::v1_admin_system_features_list_get`](crate::Client::v1_admin_system_features_list_get): `Call<'_, T, ops::V1AdminSystemFeaturesListGet>`.
pub enum V1AdminSystemFeaturesListGet {}

/// Marks the calls of [`Client::v1_admin_system_roles_list_get`](crate::Client::v1_admin_system_roles_list_get): `Call<'_, T, ops::V1AdminSystemRolesListGet>`.
pub enum V1AdminSystemRolesListGet {}

/// Marks the calls of [`Client::v1_admin_user_create_post`](crate::Client::v1_admin_user_create_post): `Call<'_, T, ops::V1AdminUserCreatePost>`.
pub enum V1AdminUserCreatePost {}

/// Marks the calls of [`Client::v1_admin_user_find_post`](crate::Client::v1_admin_user_find_post): `Call<'_, T, ops::V1AdminUserFindPost>`.
pub enum V1AdminUserFindPost {}

/// Marks the calls of [`Client::v1_admin_user_list_get`](crate::Client::v1_admin_user_list_get): `Call<'_, T, ops::V1AdminUserListGet>`.
pub enum V1AdminUserListGet {}

/// Marks the calls of [`Client::v1_admin_user_uid_action_password_reset_post`](crate::Client::v1_admin_user_uid_action_password_reset_post): `Call<'_, T, ops::V1AdminUserUidActionPasswordResetPost>`.
pub enum V1AdminUserUidActionPasswordResetPost {}

/// Marks the calls of [`Client::v1_admin_user_uid_avatar_get`](crate::Client::v1_admin_user_uid_avatar_get): `Call<'_, T, ops::V1AdminUserUidAvatarGet>`.
pub enum V1AdminUserUidAvatarGet {}

/// Marks the calls of [`Client::v1_admin_user_uid_avatar_update_post`](crate::Client::v1_admin_user_uid_avatar_update_post): `Call<'_, T, ops::V1AdminUserUidAvatarUpdatePost>`.
pub enum V1AdminUserUidAvatarUpdatePost {}

/// Marks the calls of [`Client::v1_admin_user_uid_delegates_get`](crate::Client::v1_admin_user_uid_delegates_get): `Call<'_, T, ops::V1AdminUserUidDelegatesGet>`.
pub enum V1AdminUserUidDelegatesGet {}

/// Marks the calls of [`Client::v1_admin_user_uid_delegates_update_post`](crate::Client::v1_admin_user_uid_delegates_update_post): `Call<'_, T, ops::V1AdminUserUidDelegatesUpdatePost>`.
pub enum V1AdminUserUidDelegatesUpdatePost {}

/// Marks the calls of [`Client::v1_admin_user_uid_disclaimer_get`](crate::Client::v1_admin_user_uid_disclaimer_get): `Call<'_, T, ops::V1AdminUserUidDisclaimerGet>`.
pub enum V1AdminUserUidDisclaimerGet {}

/// Marks the calls of [`Client::v1_admin_user_uid_disclaimer_update_post`](crate::Client::v1_admin_user_uid_disclaimer_update_post): `Call<'_, T, ops::V1AdminUserUidDisclaimerUpdatePost>`.
pub enum V1AdminUserUidDisclaimerUpdatePost {}

/// Marks the calls of [`Client::v1_admin_user_uid_features_get`](crate::Client::v1_admin_user_uid_features_get): `Call<'_, T, ops::V1AdminUserUidFeaturesGet>`.
pub enum V1AdminUserUidFeaturesGet {}

/// Marks the calls of [`Client::v1_admin_user_uid_features_update_post`](crate::Client::v1_admin_user_uid_features_update_post): `Call<'_, T, ops::V1AdminUserUidFeaturesUpdatePost>`.
pub enum V1AdminUserUidFeaturesUpdatePost {}

/// Marks the calls of [`Client::v1_admin_user_uid_get`](crate::Client::v1_admin_user_uid_get): `Call<'_, T, ops::V1AdminUserUidGet>`.
pub enum V1AdminUserUidGet {}

/// Marks the calls of [`Client::v1_admin_user_uid_roles_get`](crate::Client::v1_admin_user_uid_roles_get): `Call<'_, T, ops::V1AdminUserUidRolesGet>`.
pub enum V1AdminUserUidRolesGet {}

/// Marks the calls of [`Client::v1_admin_user_uid_roles_update_post`](crate::Client::v1_admin_user_uid_roles_update_post): `Call<'_, T, ops::V1AdminUserUidRolesUpdatePost>`.
pub enum V1AdminUserUidRolesUpdatePost {}

/// Marks the calls of [`Client::v1_admin_user_uid_status_get`](crate::Client::v1_admin_user_uid_status_get): `Call<'_, T, ops::V1AdminUserUidStatusGet>`.
pub enum V1AdminUserUidStatusGet {}

/// Marks the calls of [`Client::v1_admin_user_uid_status_update_post`](crate::Client::v1_admin_user_uid_status_update_post): `Call<'_, T, ops::V1AdminUserUidStatusUpdatePost>`.
pub enum V1AdminUserUidStatusUpdatePost {}

/// Marks the calls of [`Client::v1_admin_user_uid_update_post`](crate::Client::v1_admin_user_uid_update_post): `Call<'_, T, ops::V1AdminUserUidUpdatePost>`.
pub enum V1AdminUserUidUpdatePost {}

/// Marks the calls of [`Client::v1_user_get`](crate::Client::v1_user_get): `Call<'_, T, ops::V1UserGet>`, which has the setters of its 1 optional parameter(s).
pub enum V1UserGet {}

/// Marks the calls of [`Client::v1_user_name_user_name_get_get`](crate::Client::v1_user_name_user_name_get_get): `Call<'_, T, ops::V1UserNameUserNameGetGet>`.
pub enum V1UserNameUserNameGetGet {}
