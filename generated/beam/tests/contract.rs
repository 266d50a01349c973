// This file is generated from specs/beam.yaml by `cargo xtask generate`. Do not edit it by hand.

//! Calls every operation once, with arguments from the spec's examples, against a mock
//! server that serves the spec and rejects any request that does not match it; every
//! response must decode.
#[rustfmt::skip]
#[allow(deprecated)]
mod contract {
    use beam_client::types;
    use beam_client::TryStreamExt;

    #[tokio::test]
    async fn every_operation_against_the_mock_server() {
        let url = std::env::var("BEAM_CLIENT_MOCK_URL")
            .expect(
                "set BEAM_CLIENT_MOCK_URL to the URL of a mock server of specs/beam.yaml (`cargo xtask test` does)",
            );
        let client = beam_client::Client::builder(url)
            .api_key("example-credential")
            .retry(beam_client::RetryPolicy::none())
            .build()
            .expect("client");
        let mut failures: Vec<String> = Vec::new();
        let mut exercised = 0usize;
        exercised += 1;
        if let Err(e) = client.get_info().await {
            failures.push(format!("{}: {e}", "get_info"));
        }
        exercised += 1;
        if let Err(e) = client.list_users().await {
            failures.push(format!("{}: {e}", "list_users"));
        }
        if let Err(e) = client
            .list_users()
            .include_temporary(true)
            .limit(1)
            .offset(1)
            .await
        {
            failures.push(format!("{}: {e}", "list_users (every optional parameter)"));
        }
        if let Err(e) = client.list_users().stream().try_next().await {
            failures.push(format!("{}: {e}", "list_users (stream)"));
        }
        exercised += 1;
        if let Err(e) = client.get_user("joe.user@example.com").await {
            failures.push(format!("{}: {e}", "get_user"));
        }
        exercised += 1;
        if let Err(e) = client
            .patch_user(
                "joe.user@example.com",
                &codegen_runtime::serde_json::from_str::<
                    types::UserPatch,
                >("{\"is_admin\":false}")
                    .expect("the sample {\"is_admin\":false} does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "patch_user"));
        }
        exercised += 1;
        if let Err(e) = client
            .invite_user(
                &codegen_runtime::serde_json::from_str::<
                    types::Invitation,
                >(
                        "{\"email_address\":\"smith@org3.net\",\"first_name\":\"Joe\",\"last_name\":\"Smith\",\"from_name\":\"John Johnson\",\"device_groups\":[10]}",
                    )
                    .expect(
                        "the sample {\"email_address\":\"smith@org3.net\",\"first_name\":\"Joe\",\"last_name\":\"Smith\",\"from_name\":\"John Johnson\",\"device_groups\":[10]} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "invite_user"));
        }
        if let Err(e) = client
            .invite_user(
                &codegen_runtime::serde_json::from_str::<
                    types::Invitation,
                >(
                        "{\"email_address\":\"smith@org3.net\",\"first_name\":\"Joe\",\"last_name\":\"Smith\",\"from_name\":\"John Johnson\",\"device_groups\":[10]}",
                    )
                    .expect(
                        "the sample {\"email_address\":\"smith@org3.net\",\"first_name\":\"Joe\",\"last_name\":\"Smith\",\"from_name\":\"John Johnson\",\"device_groups\":[10]} does not decode",
                    ),
            )
            .send_mail(false)
            .await
        {
            failures.push(format!("{}: {e}", "invite_user (every optional parameter)"));
        }
        exercised += 1;
        if let Err(e) = client.list_devices().await {
            failures.push(format!("{}: {e}", "list_devices"));
        }
        if let Err(e) = client
            .list_devices()
            .device_group(6)
            .inline("device_group")
            .limit(1)
            .offset(1)
            .await
        {
            failures.push(format!("{}: {e}", "list_devices (every optional parameter)"));
        }
        if let Err(e) = client.list_devices().stream().try_next().await {
            failures.push(format!("{}: {e}", "list_devices (stream)"));
        }
        exercised += 1;
        if let Err(e) = client.get_device("beam12345678").await {
            failures.push(format!("{}: {e}", "get_device"));
        }
        if let Err(e) = client.get_device("beam12345678").inline("device_group").await {
            failures.push(format!("{}: {e}", "get_device (every optional parameter)"));
        }
        exercised += 1;
        if let Err(e) = client
            .update_device(
                "beam12345678",
                &codegen_runtime::serde_json::from_str::<
                    types::DevicePut,
                >(
                        "{\"name\":\"Beam 123\",\"device_group\":6,\"time_zone\":\"America/Los_Angeles\"}",
                    )
                    .expect(
                        "the sample {\"name\":\"Beam 123\",\"device_group\":6,\"time_zone\":\"America/Los_Angeles\"} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "update_device"));
        }
        exercised += 1;
        if let Err(e) = client
            .patch_device(
                "beam12345678",
                &codegen_runtime::serde_json::from_str::<
                    types::DevicePatch,
                >("{\"name\":\"Beam 123\",\"tags\":[\"Sales\",\"Marketing\"]}")
                    .expect(
                        "the sample {\"name\":\"Beam 123\",\"tags\":[\"Sales\",\"Marketing\"]} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "patch_device"));
        }
        exercised += 1;
        if let Err(e) = client.list_device_groups().await {
            failures.push(format!("{}: {e}", "list_device_groups"));
        }
        if let Err(e) = client.list_device_groups().limit(1).offset(1).await {
            failures
                .push(
                    format!("{}: {e}", "list_device_groups (every optional parameter)"),
                );
        }
        if let Err(e) = client.list_device_groups().stream().try_next().await {
            failures.push(format!("{}: {e}", "list_device_groups (stream)"));
        }
        exercised += 1;
        if let Err(e) = client
            .create_device_group(
                &codegen_runtime::serde_json::from_str::<
                    types::DeviceGroupWrite,
                >(
                        "{\"name\":\"Sales Group\",\"notify_last_pilot\":true,\"devices\":[\"beam1234567\",\"beam1234568\"]}",
                    )
                    .expect(
                        "the sample {\"name\":\"Sales Group\",\"notify_last_pilot\":true,\"devices\":[\"beam1234567\",\"beam1234568\"]} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "create_device_group"));
        }
        exercised += 1;
        if let Err(e) = client.get_device_group(123).await {
            failures.push(format!("{}: {e}", "get_device_group"));
        }
        exercised += 1;
        if let Err(e) = client
            .update_device_group(
                123,
                &codegen_runtime::serde_json::from_str::<
                    types::DeviceGroupWrite,
                >("{\"name\":\"New Sales Group\",\"devices\":[\"beam1234567\"]}")
                    .expect(
                        "the sample {\"name\":\"New Sales Group\",\"devices\":[\"beam1234567\"]} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "update_device_group"));
        }
        exercised += 1;
        if let Err(e) = client.delete_device_group(123).await {
            failures.push(format!("{}: {e}", "delete_device_group"));
        }
        exercised += 1;
        if let Err(e) = client
            .patch_device_group(
                123,
                &codegen_runtime::serde_json::from_str::<
                    types::DeviceGroupPatch,
                >("{\"name\":\"New Sales Group\"}")
                    .expect("the sample {\"name\":\"New Sales Group\"} does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "patch_device_group"));
        }
        exercised += 1;
        if let Err(e) = client.list_user_groups().await {
            failures.push(format!("{}: {e}", "list_user_groups"));
        }
        if let Err(e) = client.list_user_groups().limit(1).offset(1).await {
            failures
                .push(format!("{}: {e}", "list_user_groups (every optional parameter)"));
        }
        if let Err(e) = client.list_user_groups().stream().try_next().await {
            failures.push(format!("{}: {e}", "list_user_groups (stream)"));
        }
        exercised += 1;
        if let Err(e) = client
            .create_user_group(
                &codegen_runtime::serde_json::from_str::<
                    types::UserGroupWrite,
                >(
                        "{\"name\":\"Developers\",\"users\":[\"steinbeck@org3.net\",\"burbach@org3.net\"]}",
                    )
                    .expect(
                        "the sample {\"name\":\"Developers\",\"users\":[\"steinbeck@org3.net\",\"burbach@org3.net\"]} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "create_user_group"));
        }
        exercised += 1;
        if let Err(e) = client.get_user_group(123).await {
            failures.push(format!("{}: {e}", "get_user_group"));
        }
        exercised += 1;
        if let Err(e) = client
            .update_user_group(
                123,
                &codegen_runtime::serde_json::from_str::<
                    types::UserGroupWrite,
                >(
                        "{\"name\":\"Developers User Group\",\"users\":[\"steinbeck@org3.net\"]}",
                    )
                    .expect(
                        "the sample {\"name\":\"Developers User Group\",\"users\":[\"steinbeck@org3.net\"]} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "update_user_group"));
        }
        exercised += 1;
        if let Err(e) = client.delete_user_group(123).await {
            failures.push(format!("{}: {e}", "delete_user_group"));
        }
        exercised += 1;
        if let Err(e) = client
            .patch_user_group(
                123,
                &codegen_runtime::serde_json::from_str::<
                    types::UserGroupPatch,
                >("{\"name\":\"Developers User Group\"}")
                    .expect(
                        "the sample {\"name\":\"Developers User Group\"} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "patch_user_group"));
        }
        exercised += 1;
        if let Err(e) = client.list_device_group_memberships().await {
            failures.push(format!("{}: {e}", "list_device_group_memberships"));
        }
        if let Err(e) = client
            .list_device_group_memberships()
            .inline("user,user_group")
            .device_group(14)
            .user("sam@example.org")
            .user_group(123)
            .limit(1)
            .offset(1)
            .await
        {
            failures
                .push(
                    format!(
                        "{}: {e}",
                        "list_device_group_memberships (every optional parameter)"
                    ),
                );
        }
        if let Err(e) = client.list_device_group_memberships().stream().try_next().await
        {
            failures.push(format!("{}: {e}", "list_device_group_memberships (stream)"));
        }
        exercised += 1;
        if let Err(e) = client
            .create_device_group_membership(
                &codegen_runtime::serde_json::from_str::<
                    types::MembershipWrite,
                >("{\"device_group\":1,\"user\":\"haak@org3.net\"}")
                    .expect(
                        "the sample {\"device_group\":1,\"user\":\"haak@org3.net\"} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "create_device_group_membership"));
        }
        exercised += 1;
        if let Err(e) = client
            .create_device_group_memberships_bulk(
                &codegen_runtime::serde_json::from_str::<
                    types::MembershipBulk,
                >(
                        "{\"objects\":[{\"device_group\":1,\"user\":\"haak@org3.net\"},{\"device_group\":1,\"user_group\":10}]}",
                    )
                    .expect(
                        "the sample {\"objects\":[{\"device_group\":1,\"user\":\"haak@org3.net\"},{\"device_group\":1,\"user_group\":10}]} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "create_device_group_memberships_bulk"));
        }
        exercised += 1;
        if let Err(e) = client.get_device_group_membership(123).await {
            failures.push(format!("{}: {e}", "get_device_group_membership"));
        }
        if let Err(e) = client
            .get_device_group_membership(123)
            .inline("user,user_group")
            .await
        {
            failures
                .push(
                    format!(
                        "{}: {e}",
                        "get_device_group_membership (every optional parameter)"
                    ),
                );
        }
        exercised += 1;
        if let Err(e) = client
            .update_device_group_membership(
                123,
                &codegen_runtime::serde_json::from_str::<
                    types::MembershipWrite,
                >("{\"device_group\":1,\"user\":\"haak@org3.net\",\"user_group\":null}")
                    .expect(
                        "the sample {\"device_group\":1,\"user\":\"haak@org3.net\",\"user_group\":null} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "update_device_group_membership"));
        }
        exercised += 1;
        if let Err(e) = client.delete_device_group_membership(123).await {
            failures.push(format!("{}: {e}", "delete_device_group_membership"));
        }
        exercised += 1;
        if let Err(e) = client
            .patch_device_group_membership(
                123,
                &codegen_runtime::serde_json::from_str::<
                    types::MembershipPatch,
                >("{\"user\":\"steinbeck@org3.net\"}")
                    .expect(
                        "the sample {\"user\":\"steinbeck@org3.net\"} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "patch_device_group_membership"));
        }
        exercised += 1;
        if let Err(e) = client.list_access_times().await {
            failures.push(format!("{}: {e}", "list_access_times"));
        }
        if let Err(e) = client
            .list_access_times()
            .inline("device_group_membership")
            .device_group_membership(14)
            .limit(1)
            .offset(1)
            .await
        {
            failures
                .push(
                    format!("{}: {e}", "list_access_times (every optional parameter)"),
                );
        }
        if let Err(e) = client.list_access_times().stream().try_next().await {
            failures.push(format!("{}: {e}", "list_access_times (stream)"));
        }
        exercised += 1;
        if let Err(e) = client
            .create_access_time(
                &codegen_runtime::serde_json::from_str::<
                    types::AccessTimeWrite,
                >(
                        "{\"device_group_membership\":24,\"end_time\":\"17:00:00\",\"friday\":true,\"monday\":true,\"saturday\":false,\"start_time\":\"09:00:00\",\"sunday\":false,\"thursday\":true,\"tuesday\":true,\"wednesday\":true}",
                    )
                    .expect(
                        "the sample {\"device_group_membership\":24,\"end_time\":\"17:00:00\",\"friday\":true,\"monday\":true,\"saturday\":false,\"start_time\":\"09:00:00\",\"sunday\":false,\"thursday\":true,\"tuesday\":true,\"wednesday\":true} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "create_access_time"));
        }
        exercised += 1;
        if let Err(e) = client.get_access_time(123).await {
            failures.push(format!("{}: {e}", "get_access_time"));
        }
        if let Err(e) = client
            .get_access_time(123)
            .inline("device_group_membership")
            .await
        {
            failures
                .push(format!("{}: {e}", "get_access_time (every optional parameter)"));
        }
        exercised += 1;
        if let Err(e) = client
            .update_access_time(
                123,
                &codegen_runtime::serde_json::from_str::<
                    types::AccessTimeWrite,
                >(
                        "{\"device_group_membership\":24,\"friday\":true,\"monday\":true,\"saturday\":false,\"sunday\":false,\"thursday\":true,\"tuesday\":true,\"wednesday\":true}",
                    )
                    .expect(
                        "the sample {\"device_group_membership\":24,\"friday\":true,\"monday\":true,\"saturday\":false,\"sunday\":false,\"thursday\":true,\"tuesday\":true,\"wednesday\":true} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "update_access_time"));
        }
        exercised += 1;
        if let Err(e) = client.delete_access_time(123).await {
            failures.push(format!("{}: {e}", "delete_access_time"));
        }
        exercised += 1;
        if let Err(e) = client.list_default_access_times().await {
            failures.push(format!("{}: {e}", "list_default_access_times"));
        }
        if let Err(e) = client
            .list_default_access_times()
            .inline("device_group")
            .device_group(14)
            .limit(1)
            .offset(1)
            .await
        {
            failures
                .push(
                    format!(
                        "{}: {e}", "list_default_access_times (every optional parameter)"
                    ),
                );
        }
        if let Err(e) = client.list_default_access_times().stream().try_next().await {
            failures.push(format!("{}: {e}", "list_default_access_times (stream)"));
        }
        exercised += 1;
        if let Err(e) = client
            .create_default_access_time(
                &codegen_runtime::serde_json::from_str::<
                    types::DefaultAccessTimeWrite,
                >(
                        "{\"device_group\":1,\"end_time\":\"17:00:00\",\"friday\":true,\"monday\":true,\"saturday\":false,\"start_time\":\"09:00:00\",\"sunday\":false,\"thursday\":true,\"tuesday\":true,\"wednesday\":true}",
                    )
                    .expect(
                        "the sample {\"device_group\":1,\"end_time\":\"17:00:00\",\"friday\":true,\"monday\":true,\"saturday\":false,\"start_time\":\"09:00:00\",\"sunday\":false,\"thursday\":true,\"tuesday\":true,\"wednesday\":true} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "create_default_access_time"));
        }
        exercised += 1;
        if let Err(e) = client.get_default_access_time(123).await {
            failures.push(format!("{}: {e}", "get_default_access_time"));
        }
        if let Err(e) = client.get_default_access_time(123).inline("device_group").await
        {
            failures
                .push(
                    format!(
                        "{}: {e}", "get_default_access_time (every optional parameter)"
                    ),
                );
        }
        exercised += 1;
        if let Err(e) = client.delete_default_access_time(123).await {
            failures.push(format!("{}: {e}", "delete_default_access_time"));
        }
        exercised += 1;
        if let Err(e) = client.list_temporary_access().await {
            failures.push(format!("{}: {e}", "list_temporary_access"));
        }
        if let Err(e) = client.list_temporary_access().limit(1).offset(1).await {
            failures
                .push(
                    format!(
                        "{}: {e}", "list_temporary_access (every optional parameter)"
                    ),
                );
        }
        if let Err(e) = client.list_temporary_access().stream().try_next().await {
            failures.push(format!("{}: {e}", "list_temporary_access (stream)"));
        }
        exercised += 1;
        if let Err(e) = client
            .grant_temporary_access(
                &codegen_runtime::serde_json::from_str::<
                    types::TemporaryAccessWrite,
                >(
                        "{\"answer_required\":true,\"email_address\":\"smith@org3.net\",\"first_name\":\"Joe\",\"last_name\":\"Smith\",\"device_group\":10,\"start\":\"2013-12-31T11:59:50\",\"end\":\"2014-01-01T00:10:00\"}",
                    )
                    .expect(
                        "the sample {\"answer_required\":true,\"email_address\":\"smith@org3.net\",\"first_name\":\"Joe\",\"last_name\":\"Smith\",\"device_group\":10,\"start\":\"2013-12-31T11:59:50\",\"end\":\"2014-01-01T00:10:00\"} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "grant_temporary_access"));
        }
        if let Err(e) = client
            .grant_temporary_access(
                &codegen_runtime::serde_json::from_str::<
                    types::TemporaryAccessWrite,
                >(
                        "{\"answer_required\":true,\"email_address\":\"smith@org3.net\",\"first_name\":\"Joe\",\"last_name\":\"Smith\",\"device_group\":10,\"start\":\"2013-12-31T11:59:50\",\"end\":\"2014-01-01T00:10:00\"}",
                    )
                    .expect(
                        "the sample {\"answer_required\":true,\"email_address\":\"smith@org3.net\",\"first_name\":\"Joe\",\"last_name\":\"Smith\",\"device_group\":10,\"start\":\"2013-12-31T11:59:50\",\"end\":\"2014-01-01T00:10:00\"} does not decode",
                    ),
            )
            .send_mail(false)
            .await
        {
            failures
                .push(
                    format!(
                        "{}: {e}", "grant_temporary_access (every optional parameter)"
                    ),
                );
        }
        exercised += 1;
        if let Err(e) = client.get_temporary_access(123).await {
            failures.push(format!("{}: {e}", "get_temporary_access"));
        }
        exercised += 1;
        if let Err(e) = client
            .update_temporary_access(
                123,
                &codegen_runtime::serde_json::from_str::<
                    types::TemporaryAccessWrite,
                >(
                        "{\"answer_required\":false,\"device_group\":1,\"email_address\":\"joe@org3.net\",\"end\":\"2014-04-24T13:00:00\",\"first_name\":\"Joe\",\"last_name\":\"Smith\",\"start\":\"2014-04-24T11:00:00\"}",
                    )
                    .expect(
                        "the sample {\"answer_required\":false,\"device_group\":1,\"email_address\":\"joe@org3.net\",\"end\":\"2014-04-24T13:00:00\",\"first_name\":\"Joe\",\"last_name\":\"Smith\",\"start\":\"2014-04-24T11:00:00\"} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "update_temporary_access"));
        }
        exercised += 1;
        if let Err(e) = client.delete_temporary_access(123).await {
            failures.push(format!("{}: {e}", "delete_temporary_access"));
        }
        exercised += 1;
        if let Err(e) = client
            .patch_temporary_access(
                123,
                &codegen_runtime::serde_json::from_str::<
                    types::TemporaryAccessPatch,
                >("{\"end\":\"2014-04-24T13:00:00\"}")
                    .expect(
                        "the sample {\"end\":\"2014-04-24T13:00:00\"} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "patch_temporary_access"));
        }
        exercised += 1;
        if let Err(e) = client.list_api_keys().await {
            failures.push(format!("{}: {e}", "list_api_keys"));
        }
        if let Err(e) = client.list_api_keys().limit(1).offset(1).await {
            failures
                .push(format!("{}: {e}", "list_api_keys (every optional parameter)"));
        }
        if let Err(e) = client.list_api_keys().stream().try_next().await {
            failures.push(format!("{}: {e}", "list_api_keys (stream)"));
        }
        exercised += 1;
        if let Err(e) = client
            .create_api_key(
                &codegen_runtime::serde_json::from_str::<
                    types::ApiKeyCreate,
                >("{\"name\":\"production\"}")
                    .expect("the sample {\"name\":\"production\"} does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "create_api_key"));
        }
        exercised += 1;
        if let Err(e) = client.delete_api_key("default").await {
            failures.push(format!("{}: {e}", "delete_api_key"));
        }
        exercised += 1;
        if let Err(e) = client.list_access_time_templates().await {
            failures.push(format!("{}: {e}", "list_access_time_templates"));
        }
        if let Err(e) = client.list_access_time_templates().limit(1).offset(1).await {
            failures
                .push(
                    format!(
                        "{}: {e}",
                        "list_access_time_templates (every optional parameter)"
                    ),
                );
        }
        if let Err(e) = client.list_access_time_templates().stream().try_next().await {
            failures.push(format!("{}: {e}", "list_access_time_templates (stream)"));
        }
        exercised += 1;
        if let Err(e) = client
            .create_access_time_template(
                &codegen_runtime::serde_json::from_str::<
                    types::AccessTimeTemplateWrite,
                >(
                        "{\"access_time_template_items\":[{\"answer_required\":false,\"end_time\":null,\"friday\":false,\"monday\":true,\"saturday\":false,\"start_time\":null,\"sunday\":true,\"thursday\":false,\"tuesday\":false,\"wednesday\":false}],\"name\":\"Workdays\"}",
                    )
                    .expect(
                        "the sample {\"access_time_template_items\":[{\"answer_required\":false,\"end_time\":null,\"friday\":false,\"monday\":true,\"saturday\":false,\"start_time\":null,\"sunday\":true,\"thursday\":false,\"tuesday\":false,\"wednesday\":false}],\"name\":\"Workdays\"} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "create_access_time_template"));
        }
        exercised += 1;
        if let Err(e) = client.get_access_time_template(123).await {
            failures.push(format!("{}: {e}", "get_access_time_template"));
        }
        exercised += 1;
        if let Err(e) = client.delete_access_time_template(123).await {
            failures.push(format!("{}: {e}", "delete_access_time_template"));
        }
        exercised += 1;
        if let Err(e) = client
            .patch_access_time_template(
                123,
                &codegen_runtime::serde_json::from_str::<
                    types::AccessTimeTemplatePatch,
                >("{\"name\":\"Workday\"}")
                    .expect("the sample {\"name\":\"Workday\"} does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "patch_access_time_template"));
        }
        exercised += 1;
        if let Err(e) = client
            .apply_access_time_template(
                &codegen_runtime::serde_json::from_str::<
                    types::ApplyAccessTimeTemplate,
                >("{\"access_time_template\":10,\"device_group_membership\":20}")
                    .expect(
                        "the sample {\"access_time_template\":10,\"device_group_membership\":20} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "apply_access_time_template"));
        }
        let line = format!(
            "{}: {exercised} of {} operations exercised, {} failed", "beam-client",
            52usize, failures.len()
        );
        if let Ok(dir) = std::env::var("CONTRACT_REPORT_DIR") {
            let _ = std::fs::write(
                std::path::Path::new(&dir).join(concat!("beam-client", ".txt")),
                &line,
            );
        }
        println!("{line}");
        assert!(failures.is_empty(), "{line}:\n{}", failures.join("\n"));
    }
}
