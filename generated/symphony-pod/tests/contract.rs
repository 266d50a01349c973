// This file is generated from specs/symphony-pod.yaml by `cargo xtask generate`. Do not edit it by hand.

//! Calls every operation once, with arguments from the spec's examples, against a mock
//! server that serves the spec and rejects any request that does not match it; every
//! response must decode.
#[rustfmt::skip]
#[allow(deprecated)]
mod contract {
    use symphony_pod_client::types;
    use symphony_pod_client::TryStreamExt;

    #[tokio::test]
    async fn every_operation_against_the_mock_server() {
        let url = std::env::var("SYMPHONY_POD_CLIENT_MOCK_URL")
            .expect(
                "set SYMPHONY_POD_CLIENT_MOCK_URL to the URL of a mock server of specs/symphony-pod.yaml (`cargo xtask test` does)",
            );
        let client = symphony_pod_client::Client::builder(url)
            .session_token("example-credential")
            .retry(symphony_pod_client::RetryPolicy::none())
            .build()
            .expect("client");
        let mut failures: Vec<String> = Vec::new();
        let mut exercised = 0usize;
        exercised += 1;
        if let Err(e) = client.list_app_entitlements().await {
            failures.push(format!("{}: {e}", "v1AdminAppEntitlementListGet"));
        }
        exercised += 1;
        if let Err(e) = client
            .update_app_entitlements(
                &codegen_runtime::serde_json::from_str::<
                    types::PodAppEntitlementList,
                >("[{}]")
                    .expect("the sample [{}] does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "v1AdminAppEntitlementListPost"));
        }
        exercised += 1;
        if let Err(e) = client.list_user_app_entitlements(1).await {
            failures.push(format!("{}: {e}", "v1AdminUserUidAppEntitlementListGet"));
        }
        exercised += 1;
        if let Err(e) = client
            .update_user_app_entitlements(
                1,
                &codegen_runtime::serde_json::from_str::<
                    types::UserAppEntitlementList,
                >("[{}]")
                    .expect("the sample [{}] does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "v1AdminUserUidAppEntitlementListPost"));
        }
        exercised += 1;
        if let Err(e) = client.get_configuration("string").await {
            failures.push(format!("{}: {e}", "v1ConfigurationConfigurationIdGetGet"));
        }
        exercised += 1;
        if let Err(e) = client
            .update_configuration(
                "string",
                &codegen_runtime::serde_json::from_str::<types::Configuration>("{}")
                    .expect("the sample {} does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "v1ConfigurationConfigurationIdUpdatePut"));
        }
        exercised += 1;
        if let Err(e) = client
            .create_configuration(
                &codegen_runtime::serde_json::from_str::<
                    types::ConfigurationSubmissionCreate,
                >("{}")
                    .expect("the sample {} does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "v1ConfigurationCreatePost"));
        }
        exercised += 1;
        if let Err(e) = client.list_configurations().await {
            failures.push(format!("{}: {e}", "v1ConfigurationListGet"));
        }
        if let Err(e) = client.list_configurations().offset(1).limit(50).await {
            failures
                .push(
                    format!(
                        "{}: {e}", "v1ConfigurationListGet (every optional parameter)"
                    ),
                );
        }
        if let Err(e) = client.list_configurations().stream().try_next().await {
            failures.push(format!("{}: {e}", "v1ConfigurationListGet (stream)"));
        }
        exercised += 1;
        if let Err(e) = client
            .create_configuration_instance(
                "string",
                &codegen_runtime::serde_json::from_str::<
                    types::ConfigurationInstanceSubmissionCreate,
                >("{}")
                    .expect("the sample {} does not decode"),
            )
            .await
        {
            failures
                .push(
                    format!(
                        "{}: {e}", "v1ConfigurationConfigurationIdInstanceCreatePost"
                    ),
                );
        }
        exercised += 1;
        if let Err(e) = client.get_configuration_instance("string", "string").await {
            failures
                .push(
                    format!(
                        "{}: {e}",
                        "v1ConfigurationConfigurationIdInstanceInstanceIdGetGet"
                    ),
                );
        }
        exercised += 1;
        if let Err(e) = client
            .update_configuration_instance(
                "string",
                "string",
                &codegen_runtime::serde_json::from_str::<
                    types::ConfigurationInstanceSubmissionUpdate,
                >("{}")
                    .expect("the sample {} does not decode"),
            )
            .await
        {
            failures
                .push(
                    format!(
                        "{}: {e}",
                        "v1ConfigurationConfigurationIdInstanceInstanceIdUpdatePut"
                    ),
                );
        }
        exercised += 1;
        if let Err(e) = client.list_configuration_instances("string").await {
            failures
                .push(
                    format!("{}: {e}", "v1ConfigurationConfigurationIdInstanceListGet"),
                );
        }
        if let Err(e) = client
            .list_configuration_instances("string")
            .offset(1)
            .limit(50)
            .await
        {
            failures
                .push(
                    format!(
                        "{}: {e}",
                        "v1ConfigurationConfigurationIdInstanceListGet (every optional parameter)"
                    ),
                );
        }
        if let Err(e) = client
            .list_configuration_instances("string")
            .stream()
            .try_next()
            .await
        {
            failures
                .push(
                    format!(
                        "{}: {e}",
                        "v1ConfigurationConfigurationIdInstanceListGet (stream)"
                    ),
                );
        }
        exercised += 1;
        if let Err(e) = client
            .create_disclaimer(
                &codegen_runtime::serde_json::from_str::<types::Disclaimer>("{}")
                    .expect("the sample {} does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "v1AdminDisclaimerCreatePost"));
        }
        exercised += 1;
        if let Err(e) = client.get_disclaimer("string").await {
            failures.push(format!("{}: {e}", "v1AdminDisclaimerDidGet"));
        }
        exercised += 1;
        if let Err(e) = client
            .update_disclaimer(
                "string",
                &codegen_runtime::serde_json::from_str::<types::Disclaimer>("{}")
                    .expect("the sample {} does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "v1AdminDisclaimerDidUpdatePost"));
        }
        exercised += 1;
        if let Err(e) = client.list_disclaimer_users("string").await {
            failures.push(format!("{}: {e}", "v1AdminDisclaimerDidUsersGet"));
        }
        exercised += 1;
        if let Err(e) = client.list_disclaimers().await {
            failures.push(format!("{}: {e}", "v1AdminDisclaimerListGet"));
        }
        exercised += 1;
        if let Err(e) = client
            .add_group_members(
                "string",
                &codegen_runtime::serde_json::from_str::<types::IntegerList>("[1]")
                    .expect("the sample [1] does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "v1AdminGroupGidMembershipAddPost"));
        }
        exercised += 1;
        if let Err(e) = client.list_group_members("string").await {
            failures.push(format!("{}: {e}", "v1AdminGroupGidMembershipListGet"));
        }
        exercised += 1;
        if let Err(e) = client
            .remove_group_members(
                "string",
                &codegen_runtime::serde_json::from_str::<types::IntegerList>("[1]")
                    .expect("the sample [1] does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "v1AdminGroupGidMembershipRemovePost"));
        }
        exercised += 1;
        if let Err(e) = client.list_groups().await {
            failures.push(format!("{}: {e}", "v1AdminGroupListGet"));
        }
        exercised += 1;
        if let Err(e) = client.list_policies().await {
            failures.push(format!("{}: {e}", "v1AdminPolicyListGet"));
        }
        exercised += 1;
        if let Err(e) = client.suppress_message("string").await {
            failures.push(format!("{}: {e}", "v1AdminMessagesuppressionIdSuppressPost"));
        }
        exercised += 1;
        if let Err(e) = client.list_presence().await {
            failures.push(format!("{}: {e}", "v1PresenceGet"));
        }
        exercised += 1;
        if let Err(e) = client.get_user_presence(1).await {
            failures.push(format!("{}: {e}", "v1UserUidPresenceGet"));
        }
        exercised += 1;
        if let Err(e) = client
            .set_user_presence(
                1,
                &codegen_runtime::serde_json::from_str::<types::Presence>("{}")
                    .expect("the sample {} does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "v1UserUidPresencePost"));
        }
        exercised += 1;
        if let Err(e) = client
            .add_room_member(
                "string",
                &codegen_runtime::serde_json::from_str::<types::UserId>("{}")
                    .expect("the sample {} does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "v1RoomIdMembershipAddPost"));
        }
        exercised += 1;
        if let Err(e) = client
            .demote_room_owner(
                "string",
                &codegen_runtime::serde_json::from_str::<types::UserId>("{}")
                    .expect("the sample {} does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "v1RoomIdMembershipDemoteOwnerPost"));
        }
        exercised += 1;
        if let Err(e) = client.list_room_members("string").await {
            failures.push(format!("{}: {e}", "v1RoomIdMembershipListGet"));
        }
        exercised += 1;
        if let Err(e) = client
            .promote_room_owner(
                "string",
                &codegen_runtime::serde_json::from_str::<types::UserId>("{}")
                    .expect("the sample {} does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "v1RoomIdMembershipPromoteOwnerPost"));
        }
        exercised += 1;
        if let Err(e) = client
            .remove_room_member(
                "string",
                &codegen_runtime::serde_json::from_str::<types::UserId>("{}")
                    .expect("the sample {} does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "v1RoomIdMembershipRemovePost"));
        }
        exercised += 1;
        if let Err(e) = client
            .create_company_cert(
                &codegen_runtime::serde_json::from_str::<types::CompanyCert>("{}")
                    .expect("the sample {} does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "v1CompanycertCreatePost"));
        }
        exercised += 1;
        if let Err(e) = client
            .delete_company_cert(
                &codegen_runtime::serde_json::from_str::<types::Stream>("{}")
                    .expect("the sample {} does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "v1CompanycertDeletePost"));
        }
        exercised += 1;
        if let Err(e) = client.get_company_cert("string").await {
            failures.push(format!("{}: {e}", "v1CompanycertFingerPrintGetGet"));
        }
        exercised += 1;
        if let Err(e) = client.list_company_certs_issued_by("string").await {
            failures.push(format!("{}: {e}", "v1CompanycertFingerPrintIssuedByGet"));
        }
        exercised += 1;
        if let Err(e) = client
            .update_company_cert(
                "string",
                &codegen_runtime::serde_json::from_str::<
                    types::CompanyCertAttributes,
                >("{}")
                    .expect("the sample {} does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "v1CompanycertFingerPrintUpdatePost"));
        }
        exercised += 1;
        if let Err(e) = client.list_company_certs().await {
            failures.push(format!("{}: {e}", "v1CompanycertListGet"));
        }
        if let Err(e) = client.list_company_certs().skip(1).limit(1).await {
            failures
                .push(
                    format!("{}: {e}", "v1CompanycertListGet (every optional parameter)"),
                );
        }
        if let Err(e) = client.list_company_certs().stream().try_next().await {
            failures.push(format!("{}: {e}", "v1CompanycertListGet (stream)"));
        }
        exercised += 1;
        if let Err(e) = client.list_pod_managed_company_certs().await {
            failures.push(format!("{}: {e}", "v1CompanycertPodmanagedListGet"));
        }
        if let Err(e) = client.list_pod_managed_company_certs().skip(1).limit(1).await {
            failures
                .push(
                    format!(
                        "{}: {e}",
                        "v1CompanycertPodmanagedListGet (every optional parameter)"
                    ),
                );
        }
        if let Err(e) = client.list_pod_managed_company_certs().stream().try_next().await
        {
            failures.push(format!("{}: {e}", "v1CompanycertPodmanagedListGet (stream)"));
        }
        exercised += 1;
        if let Err(e) = client
            .list_company_certs_by_type(
                &codegen_runtime::serde_json::from_str::<
                    types::CompanyCertTypeList,
                >("[{}]")
                    .expect("the sample [{}] does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "v1CompanycertTypeListPost"));
        }
        if let Err(e) = client
            .list_company_certs_by_type(
                &codegen_runtime::serde_json::from_str::<
                    types::CompanyCertTypeList,
                >("[{}]")
                    .expect("the sample [{}] does not decode"),
            )
            .skip(1)
            .limit(1)
            .await
        {
            failures
                .push(
                    format!(
                        "{}: {e}", "v1CompanycertTypeListPost (every optional parameter)"
                    ),
                );
        }
        if let Err(e) = client
            .list_company_certs_by_type(
                &codegen_runtime::serde_json::from_str::<
                    types::CompanyCertTypeList,
                >("[{}]")
                    .expect("the sample [{}] does not decode"),
            )
            .stream()
            .try_next()
            .await
        {
            failures.push(format!("{}: {e}", "v1CompanycertTypeListPost (stream)"));
        }
        exercised += 1;
        if let Err(e) = client.get_session_info().await {
            failures.push(format!("{}: {e}", "v1SessioninfoGet"));
        }
        exercised += 1;
        if let Err(e) = client
            .create_im(
                &codegen_runtime::serde_json::from_str::<types::UserIdList>("[1]")
                    .expect("the sample [1] does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "v1ImCreatePost"));
        }
        exercised += 1;
        if let Err(e) = client
            .create_room_v1(
                &codegen_runtime::serde_json::from_str::<types::RoomCreate>("{}")
                    .expect("the sample {} does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "v1RoomCreatePost"));
        }
        exercised += 1;
        if let Err(e) = client.get_room_info_v1("string").await {
            failures.push(format!("{}: {e}", "v1RoomIdInfoGet"));
        }
        exercised += 1;
        if let Err(e) = client.set_room_active("string", true).await {
            failures.push(format!("{}: {e}", "v1RoomIdSetActivePost"));
        }
        exercised += 1;
        if let Err(e) = client
            .update_room_v1(
                "string",
                &codegen_runtime::serde_json::from_str::<types::RoomAttributes>("{}")
                    .expect("the sample {} does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "v1RoomIdUpdatePost"));
        }
        exercised += 1;
        if let Err(e) = client
            .create_room(
                &codegen_runtime::serde_json::from_str::<types::V2RoomAttributes>("{}")
                    .expect("the sample {} does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "v2RoomCreatePost"));
        }
        exercised += 1;
        if let Err(e) = client.get_room_info("string").await {
            failures.push(format!("{}: {e}", "v2RoomIdInfoGet"));
        }
        exercised += 1;
        if let Err(e) = client
            .update_room(
                "string",
                &codegen_runtime::serde_json::from_str::<types::V2RoomAttributes>("{}")
                    .expect("the sample {} does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "v2RoomIdUpdatePost"));
        }
        exercised += 1;
        if let Err(e) = client
            .search_rooms(
                &codegen_runtime::serde_json::from_str::<
                    types::RoomSearchCriteria,
                >("{\"query\":\"string\"}")
                    .expect("the sample {\"query\":\"string\"} does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "v2RoomSearchPost"));
        }
        if let Err(e) = client
            .search_rooms(
                &codegen_runtime::serde_json::from_str::<
                    types::RoomSearchCriteria,
                >("{\"query\":\"string\"}")
                    .expect("the sample {\"query\":\"string\"} does not decode"),
            )
            .skip(1)
            .limit(50)
            .await
        {
            failures
                .push(format!("{}: {e}", "v2RoomSearchPost (every optional parameter)"));
        }
        if let Err(e) = client
            .search_rooms(
                &codegen_runtime::serde_json::from_str::<
                    types::RoomSearchCriteria,
                >("{\"query\":\"string\"}")
                    .expect("the sample {\"query\":\"string\"} does not decode"),
            )
            .stream()
            .try_next()
            .await
        {
            failures.push(format!("{}: {e}", "v2RoomSearchPost (stream)"));
        }
        exercised += 1;
        if let Err(e) = client.list_features().await {
            failures.push(format!("{}: {e}", "v1AdminSystemFeaturesListGet"));
        }
        exercised += 1;
        if let Err(e) = client.list_roles().await {
            failures.push(format!("{}: {e}", "v1AdminSystemRolesListGet"));
        }
        exercised += 1;
        if let Err(e) = client
            .create_user(
                &codegen_runtime::serde_json::from_str::<types::UserCreate>("{}")
                    .expect("the sample {} does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "v1AdminUserCreatePost"));
        }
        exercised += 1;
        if let Err(e) = client
            .find_users(
                &codegen_runtime::serde_json::from_str::<types::UserFilter>("{}")
                    .expect("the sample {} does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "v1AdminUserFindPost"));
        }
        exercised += 1;
        if let Err(e) = client.list_user_ids().await {
            failures.push(format!("{}: {e}", "v1AdminUserListGet"));
        }
        exercised += 1;
        if let Err(e) = client
            .reset_user_password(
                1,
                &codegen_runtime::serde_json::from_str::<types::PasswordReset>("{}")
                    .expect("the sample {} does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "v1AdminUserUidActionPasswordResetPost"));
        }
        exercised += 1;
        if let Err(e) = client.get_user_avatar(1).await {
            failures.push(format!("{}: {e}", "v1AdminUserUidAvatarGet"));
        }
        exercised += 1;
        if let Err(e) = client
            .update_user_avatar(
                1,
                &codegen_runtime::serde_json::from_str::<types::AvatarUpdate>("{}")
                    .expect("the sample {} does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "v1AdminUserUidAvatarUpdatePost"));
        }
        exercised += 1;
        if let Err(e) = client.get_user_delegates(1).await {
            failures.push(format!("{}: {e}", "v1AdminUserUidDelegatesGet"));
        }
        exercised += 1;
        if let Err(e) = client
            .update_user_delegates(
                1,
                &codegen_runtime::serde_json::from_str::<types::DelegateAction>("{}")
                    .expect("the sample {} does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "v1AdminUserUidDelegatesUpdatePost"));
        }
        exercised += 1;
        if let Err(e) = client.get_user_disclaimer(1).await {
            failures.push(format!("{}: {e}", "v1AdminUserUidDisclaimerGet"));
        }
        exercised += 1;
        if let Err(e) = client
            .assign_user_disclaimer(
                1,
                &codegen_runtime::serde_json::from_str::<types::Stream>("{}")
                    .expect("the sample {} does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "v1AdminUserUidDisclaimerUpdatePost"));
        }
        exercised += 1;
        if let Err(e) = client.list_user_features(1).await {
            failures.push(format!("{}: {e}", "v1AdminUserUidFeaturesGet"));
        }
        exercised += 1;
        if let Err(e) = client
            .update_user_features(
                1,
                &codegen_runtime::serde_json::from_str::<types::FeatureList>("[{}]")
                    .expect("the sample [{}] does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "v1AdminUserUidFeaturesUpdatePost"));
        }
        exercised += 1;
        if let Err(e) = client.get_user_details(1).await {
            failures.push(format!("{}: {e}", "v1AdminUserUidGet"));
        }
        exercised += 1;
        if let Err(e) = client.list_user_roles(1).await {
            failures.push(format!("{}: {e}", "v1AdminUserUidRolesGet"));
        }
        exercised += 1;
        if let Err(e) = client
            .update_user_roles(
                1,
                &codegen_runtime::serde_json::from_str::<
                    types::StringList,
                >("[\"string\"]")
                    .expect("the sample [\"string\"] does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "v1AdminUserUidRolesUpdatePost"));
        }
        exercised += 1;
        if let Err(e) = client.get_user_status(1).await {
            failures.push(format!("{}: {e}", "v1AdminUserUidStatusGet"));
        }
        exercised += 1;
        if let Err(e) = client
            .update_user_status(
                1,
                &codegen_runtime::serde_json::from_str::<types::UserStatus>("{}")
                    .expect("the sample {} does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "v1AdminUserUidStatusUpdatePost"));
        }
        exercised += 1;
        if let Err(e) = client
            .update_user(
                1,
                &codegen_runtime::serde_json::from_str::<types::UserAttributes>("{}")
                    .expect("the sample {} does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "v1AdminUserUidUpdatePost"));
        }
        exercised += 1;
        if let Err(e) = client.get_user_by_email("user@example.com").await {
            failures.push(format!("{}: {e}", "v1UserGet"));
        }
        if let Err(e) = client.get_user_by_email("user@example.com").local(true).await {
            failures.push(format!("{}: {e}", "v1UserGet (every optional parameter)"));
        }
        exercised += 1;
        if let Err(e) = client.get_user_by_username("string").await {
            failures.push(format!("{}: {e}", "v1UserNameUserNameGetGet"));
        }
        let line = format!(
            "{}: {exercised} of {} operations exercised, {} failed",
            "symphony-pod-client", 71usize, failures.len()
        );
        if let Ok(dir) = std::env::var("CONTRACT_REPORT_DIR") {
            let _ = std::fs::write(
                std::path::Path::new(&dir).join(concat!("symphony-pod-client", ".txt")),
                &line,
            );
        }
        println!("{line}");
        assert!(failures.is_empty(), "{line}:\n{}", failures.join("\n"));
    }
}
