// This file is generated from specs/tws.yaml by `cargo xtask generate`. Do not edit it by hand.

//! Calls every operation once, with arguments from the spec's examples, against a mock
//! server that serves the spec and rejects any request that does not match it; every
//! response must decode.
#[rustfmt::skip]
#[allow(deprecated)]
mod contract {
    use tws_client::types;
    use tws_client::TryStreamExt;

    #[tokio::test]
    async fn every_operation_against_the_mock_server() {
        let url = std::env::var("TWS_CLIENT_MOCK_URL")
            .expect(
                "set TWS_CLIENT_MOCK_URL to the URL of a mock server of specs/tws.yaml (`cargo xtask test` does)",
            );
        let client = tws_client::Client::builder(url)
            .bearer("example-credential")
            .organization_token("example-credential")
            .membership_id("example-credential")
            .retry(tws_client::RetryPolicy::none())
            .build()
            .expect("client");
        let mut failures: Vec<String> = Vec::new();
        let mut exercised = 0usize;
        exercised += 1;
        if let Err(e) = client
            .create_session(
                &codegen_runtime::serde_json::from_str::<
                    types::SessionCreate,
                >("{\"username\":\"admin@example.com\",\"password\":\"<PASSWORD>\"}")
                    .expect(
                        "the sample {\"username\":\"admin@example.com\",\"password\":\"<PASSWORD>\"} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "create_session"));
        }
        exercised += 1;
        if let Err(e) = client.list_work_sessions().await {
            failures.push(format!("{}: {e}", "list_work_sessions"));
        }
        if let Err(e) = client
            .list_work_sessions()
            .page(1)
            .page_size(1)
            .sort_by(
                &codegen_runtime::serde_json::from_str::<
                    types::TwsDateTime,
                >("\"created_at, desc\"")
                    .expect("the sample \"created_at, desc\" does not decode"),
            )
            .await
        {
            failures
                .push(
                    format!("{}: {e}", "list_work_sessions (every optional parameter)"),
                );
        }
        if let Err(e) = client.list_work_sessions().stream().try_next().await {
            failures.push(format!("{}: {e}", "list_work_sessions (stream)"));
        }
        exercised += 1;
        if let Err(e) = client.approve_work_session("5001").await {
            failures.push(format!("{}: {e}", "approve_work_session"));
        }
        exercised += 1;
        if let Err(e) = client
            .create_keys(
                &codegen_runtime::serde_json::from_str::<
                    types::KeyCreateRequest,
                >(
                        "{\"key\":{\"lock_ids\":[143415],\"membership_ids\":[\"97e9a980-9caf-4466\"],\"start_date\":\"2025-04-15 10:00:00\",\"end_date\":\"2025-04-15 12:00:00\",\"ticket_number\":\"S_ID1234\",\"options\":{\"tasks\":[\"Preventive Maintenance\"]}}}",
                    )
                    .expect(
                        "the sample {\"key\":{\"lock_ids\":[143415],\"membership_ids\":[\"97e9a980-9caf-4466\"],\"start_date\":\"2025-04-15 10:00:00\",\"end_date\":\"2025-04-15 12:00:00\",\"ticket_number\":\"S_ID1234\",\"options\":{\"tasks\":[\"Preventive Maintenance\"]}}} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "create_keys"));
        }
        exercised += 1;
        if let Err(e) = client.get_key(1).await {
            failures.push(format!("{}: {e}", "get_key"));
        }
        exercised += 1;
        if let Err(e) = client.delete_key(1).await {
            failures.push(format!("{}: {e}", "delete_key"));
        }
        exercised += 1;
        if let Err(e) = client.list_users().await {
            failures.push(format!("{}: {e}", "list_users"));
        }
        if let Err(e) = client
            .list_users()
            .page(1)
            .page_size(1)
            .sort_by(
                &codegen_runtime::serde_json::from_str::<
                    types::TwsDateTime,
                >("\"created_at, desc\"")
                    .expect("the sample \"created_at, desc\" does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "list_users (every optional parameter)"));
        }
        if let Err(e) = client.list_users().stream().try_next().await {
            failures.push(format!("{}: {e}", "list_users (stream)"));
        }
        exercised += 1;
        if let Err(e) = client
            .create_user(
                &codegen_runtime::serde_json::from_str::<
                    types::UserCreateRequest,
                >(
                        "{\"user\":{\"first_name\":\"Ada\",\"last_name\":\"Lovelace\",\"user_group\":\"user\",\"email\":\"ada@example.com\",\"language\":\"en\",\"device_restricted\":true}}",
                    )
                    .expect(
                        "the sample {\"user\":{\"first_name\":\"Ada\",\"last_name\":\"Lovelace\",\"user_group\":\"user\",\"email\":\"ada@example.com\",\"language\":\"en\",\"device_restricted\":true}} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "create_user"));
        }
        exercised += 1;
        if let Err(e) = client.get_user("u-1").await {
            failures.push(format!("{}: {e}", "get_user"));
        }
        exercised += 1;
        if let Err(e) = client.delete_user("u-1").await {
            failures.push(format!("{}: {e}", "delete_user"));
        }
        exercised += 1;
        if let Err(e) = client.list_sites().await {
            failures.push(format!("{}: {e}", "list_sites"));
        }
        if let Err(e) = client
            .list_sites()
            .page(1)
            .page_size(1)
            .sort_by(
                &codegen_runtime::serde_json::from_str::<
                    types::TwsDateTime,
                >("\"created_at, desc\"")
                    .expect("the sample \"created_at, desc\" does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "list_sites (every optional parameter)"));
        }
        if let Err(e) = client.list_sites().stream().try_next().await {
            failures.push(format!("{}: {e}", "list_sites (stream)"));
        }
        exercised += 1;
        if let Err(e) = client.list_site_locks("s-1").await {
            failures.push(format!("{}: {e}", "list_site_locks"));
        }
        exercised += 1;
        if let Err(e) = client.list_locks().await {
            failures.push(format!("{}: {e}", "list_locks"));
        }
        if let Err(e) = client
            .list_locks()
            .page(1)
            .page_size(1)
            .sort_by(
                &codegen_runtime::serde_json::from_str::<
                    types::TwsDateTime,
                >("\"created_at, desc\"")
                    .expect("the sample \"created_at, desc\" does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "list_locks (every optional parameter)"));
        }
        if let Err(e) = client.list_locks().stream().try_next().await {
            failures.push(format!("{}: {e}", "list_locks (stream)"));
        }
        exercised += 1;
        if let Err(e) = client.get_lock_status(143415).await {
            failures.push(format!("{}: {e}", "get_lock_status"));
        }
        exercised += 1;
        if let Err(e) = client
            .update_organization(
                &codegen_runtime::serde_json::from_str::<
                    types::OrganizationUpdateRequest,
                >(
                        "{\"organization\":{\"webhook_url\":\"https://example.com/tws-events\"}}",
                    )
                    .expect(
                        "the sample {\"organization\":{\"webhook_url\":\"https://example.com/tws-events\"}} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "update_organization"));
        }
        let line = format!(
            "{}: {exercised} of {} operations exercised, {} failed", "tws-client",
            15usize, failures.len()
        );
        if let Ok(dir) = std::env::var("CONTRACT_REPORT_DIR") {
            let _ = std::fs::write(
                std::path::Path::new(&dir).join(concat!("tws-client", ".txt")),
                &line,
            );
        }
        println!("{line}");
        assert!(failures.is_empty(), "{line}:\n{}", failures.join("\n"));
    }
}
