// This file is generated from specs/beam.yaml by `cargo xtask generate`. Do not edit it by hand.

//! Calls every operation against a mock server that serves the spec and rejects any
//! request that does not match it: once with its required arguments and a body with every
//! property its schema declares, once with every optional parameter, once asking for a
//! documented error response (`Prefer: code=NNN`), and page by page until the pages end.
//! A deliberately invalid request must be rejected. Every response must decode; the
//! report counts what was sent: optional parameters and bodies in the requests as they
//! went out, kept by a hook, not in what the test set.
#[rustfmt::skip]
#[allow(deprecated)]
mod contract {
    use beam_client::types;
    use codegen_runtime::contract::{Param, Tally, Wire};

    #[tokio::test]
    async fn every_operation_against_the_mock_server() {
        let url = std::env::var("BEAM_CLIENT_MOCK_URL")
            .expect(
                "set BEAM_CLIENT_MOCK_URL to the URL of a mock server of specs/beam.yaml (`cargo xtask test` does)",
            );
        let wire = Wire::default();
        let client = beam_client::Client::builder(url.clone())
            .api_key("example-credential")
            .retry(beam_client::RetryPolicy::none())
            .hook(wire.clone())
            .build()
            .expect("client");
        let mut t = Tally::default();
        {
            let result = client.get_info().await;
            t.sent("get_info", &result);
            if let Err(e) = result {
                t.fail("get_info", e);
            }
        }
        {
            let result = client.list_users().await;
            t.sent("list_users", &result);
            if let Err(e) = result {
                t.fail("list_users", e);
            }
            let result = client
                .list_users()
                .include_temporary(true)
                .limit(1)
                .offset(1)
                .await;
            if t.sent("list_users", &result) {
                t.optional_sent(
                    &wire,
                    "list_users",
                    "list_users (every optional parameter)",
                    &[
                        Param::Query("include_temporary"),
                        Param::Query("limit"),
                        Param::Query("offset"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("list_users (every optional parameter)", e);
            }
            t.paginated += 1;
            let mut position: i64 = 0i64;
            let mut previous: Option<String> = None;
            let mut fetched = 0usize;
            loop {
                let result = client.list_users().offset(position).await;
                t.sent("list_users", &result);
                match result {
                    Ok(page) => {
                        fetched += 1;
                        let text = format!("{page:?}");
                        if previous.as_deref() == Some(text.as_str()) {
                            t.gaps
                                .push(
                                    format!(
                                        "list_users: the mock answered offset {} with the same page as the one before, so the walk ended there (the mock has no end of data)",
                                        position
                                    ),
                                );
                            break;
                        }
                        previous = Some(text);
                    }
                    Err(e) => {
                        t.fail("list_users (page by page)", e);
                        break;
                    }
                }
                if fetched >= 50 {
                    t.fail(
                        "list_users (page by page)",
                        format!("the pages did not end within {} pages", 50),
                    );
                    break;
                }
                position += 1i64;
            }
            t.pages += fetched;
            t.walk("list_users (stream)", client.list_users().stream(), 10000).await;
        }
        {
            let result = client.get_user("joe.user@example.com").await;
            t.sent("get_user", &result);
            if let Err(e) = result {
                t.fail("get_user", e);
            }
            let result = client
                .get_user("joe.user@example.com")
                .header("Prefer", "code=404")
                .await;
            t.sent("get_user", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(404)
                    && matches!(e, beam_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "get_user (Prefer: code=404)",
                        format!(
                            "expected {}, got {e:?}", "a 404 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "get_user (Prefer: code=404)",
                        format!(
                            "expected {}, got a success",
                            "a 404 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::UserPatch,
            >("{\"is_admin\":false}")
                .expect("the sample {\"is_admin\":false} does not decode");
            let result = client.patch_user("joe.user@example.com", &body).await;
            if t.sent("patch_user", &result) {
                t.body_sent(&wire, "patch_user");
            }
            if let Err(e) = result {
                t.fail("patch_user", e);
            }
            let result = client
                .patch_user("joe.user@example.com", &body)
                .header("Prefer", "code=404")
                .await;
            t.sent("patch_user", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(404)
                    && matches!(e, beam_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "patch_user (Prefer: code=404)",
                        format!(
                            "expected {}, got {e:?}", "a 404 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "patch_user (Prefer: code=404)",
                        format!(
                            "expected {}, got a success",
                            "a 404 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::Invitation,
            >(
                    "{\"email_address\":\"smith@org3.net\",\"first_name\":\"Joe\",\"last_name\":\"Smith\",\"from_name\":\"John Johnson\",\"device_groups\":[10],\"message\":\"string\",\"cc\":[]}",
                )
                .expect(
                    "the sample {\"email_address\":\"smith@org3.net\",\"first_name\":\"Joe\",\"last_name\":\"Smith\",\"from_name\":\"John Johnson\",\"device_groups\":[10],\"message\":\"string\",\"cc\":[]} does not decode",
                );
            let result = client.invite_user(&body).await;
            if t.sent("invite_user", &result) {
                t.body_sent(&wire, "invite_user");
            }
            if let Err(e) = result {
                t.fail("invite_user", e);
            }
            let result = client.invite_user(&body).send_mail(false).await;
            if t.sent("invite_user", &result) {
                t.optional_sent(
                    &wire,
                    "invite_user",
                    "invite_user (every optional parameter)",
                    &[Param::Query("send_mail")],
                );
            }
            if let Err(e) = result {
                t.fail("invite_user (every optional parameter)", e);
            }
            let result = client.invite_user(&body).header("Prefer", "code=400").await;
            t.sent("invite_user", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(), Some(beam_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "invite_user (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "invite_user (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_devices().await;
            t.sent("list_devices", &result);
            if let Err(e) = result {
                t.fail("list_devices", e);
            }
            let result = client
                .list_devices()
                .device_group(6)
                .inline("device_group")
                .limit(1)
                .offset(1)
                .await;
            if t.sent("list_devices", &result) {
                t.optional_sent(
                    &wire,
                    "list_devices",
                    "list_devices (every optional parameter)",
                    &[
                        Param::Query("device_group"),
                        Param::Query("inline"),
                        Param::Query("limit"),
                        Param::Query("offset"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("list_devices (every optional parameter)", e);
            }
            t.paginated += 1;
            let mut position: i64 = 0i64;
            let mut previous: Option<String> = None;
            let mut fetched = 0usize;
            loop {
                let result = client.list_devices().offset(position).await;
                t.sent("list_devices", &result);
                match result {
                    Ok(page) => {
                        fetched += 1;
                        let text = format!("{page:?}");
                        if previous.as_deref() == Some(text.as_str()) {
                            t.gaps
                                .push(
                                    format!(
                                        "list_devices: the mock answered offset {} with the same page as the one before, so the walk ended there (the mock has no end of data)",
                                        position
                                    ),
                                );
                            break;
                        }
                        previous = Some(text);
                    }
                    Err(e) => {
                        t.fail("list_devices (page by page)", e);
                        break;
                    }
                }
                if fetched >= 50 {
                    t.fail(
                        "list_devices (page by page)",
                        format!("the pages did not end within {} pages", 50),
                    );
                    break;
                }
                position += 1i64;
            }
            t.pages += fetched;
            t.walk("list_devices (stream)", client.list_devices().stream(), 10000).await;
        }
        {
            let result = client.get_device("beam12345678").await;
            t.sent("get_device", &result);
            if let Err(e) = result {
                t.fail("get_device", e);
            }
            let result = client.get_device("beam12345678").inline("device_group").await;
            if t.sent("get_device", &result) {
                t.optional_sent(
                    &wire,
                    "get_device",
                    "get_device (every optional parameter)",
                    &[Param::Query("inline")],
                );
            }
            if let Err(e) = result {
                t.fail("get_device (every optional parameter)", e);
            }
            let result = client
                .get_device("beam12345678")
                .header("Prefer", "code=404")
                .await;
            t.sent("get_device", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(404)
                    && matches!(e, beam_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "get_device (Prefer: code=404)",
                        format!(
                            "expected {}, got {e:?}", "a 404 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "get_device (Prefer: code=404)",
                        format!(
                            "expected {}, got a success",
                            "a 404 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::DevicePut,
            >(
                    "{\"name\":\"Beam 123\",\"device_group\":6,\"time_zone\":\"America/Los_Angeles\",\"tags\":[],\"location\":\"\"}",
                )
                .expect(
                    "the sample {\"name\":\"Beam 123\",\"device_group\":6,\"time_zone\":\"America/Los_Angeles\",\"tags\":[],\"location\":\"\"} does not decode",
                );
            let result = client.update_device("beam12345678", &body).await;
            if t.sent("update_device", &result) {
                t.body_sent(&wire, "update_device");
            }
            if let Err(e) = result {
                t.fail("update_device", e);
            }
            let result = client
                .update_device("beam12345678", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("update_device", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(), Some(beam_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "update_device (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "update_device (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::DevicePatch,
            >(
                    "{\"name\":\"Beam 123\",\"tags\":[\"Sales\",\"Marketing\"],\"add_tags\":[\"string\"],\"remove_tags\":[\"string\"],\"time_zone\":\"string\",\"location\":\"string\",\"device_group\":1}",
                )
                .expect(
                    "the sample {\"name\":\"Beam 123\",\"tags\":[\"Sales\",\"Marketing\"],\"add_tags\":[\"string\"],\"remove_tags\":[\"string\"],\"time_zone\":\"string\",\"location\":\"string\",\"device_group\":1} does not decode",
                );
            let result = client.patch_device("beam12345678", &body).await;
            if t.sent("patch_device", &result) {
                t.body_sent(&wire, "patch_device");
            }
            if let Err(e) = result {
                t.fail("patch_device", e);
            }
            let result = client
                .patch_device("beam12345678", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("patch_device", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(), Some(beam_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "patch_device (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "patch_device (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_device_groups().await;
            t.sent("list_device_groups", &result);
            if let Err(e) = result {
                t.fail("list_device_groups", e);
            }
            let result = client.list_device_groups().limit(1).offset(1).await;
            if t.sent("list_device_groups", &result) {
                t.optional_sent(
                    &wire,
                    "list_device_groups",
                    "list_device_groups (every optional parameter)",
                    &[Param::Query("limit"), Param::Query("offset")],
                );
            }
            if let Err(e) = result {
                t.fail("list_device_groups (every optional parameter)", e);
            }
            t.paginated += 1;
            let mut position: i64 = 0i64;
            let mut previous: Option<String> = None;
            let mut fetched = 0usize;
            loop {
                let result = client.list_device_groups().offset(position).await;
                t.sent("list_device_groups", &result);
                match result {
                    Ok(page) => {
                        fetched += 1;
                        let text = format!("{page:?}");
                        if previous.as_deref() == Some(text.as_str()) {
                            t.gaps
                                .push(
                                    format!(
                                        "list_device_groups: the mock answered offset {} with the same page as the one before, so the walk ended there (the mock has no end of data)",
                                        position
                                    ),
                                );
                            break;
                        }
                        previous = Some(text);
                    }
                    Err(e) => {
                        t.fail("list_device_groups (page by page)", e);
                        break;
                    }
                }
                if fetched >= 50 {
                    t.fail(
                        "list_device_groups (page by page)",
                        format!("the pages did not end within {} pages", 50),
                    );
                    break;
                }
                position += 1i64;
            }
            t.pages += fetched;
            t.walk(
                    "list_device_groups (stream)",
                    client.list_device_groups().stream(),
                    10000,
                )
                .await;
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::DeviceGroupWrite,
            >(
                    "{\"name\":\"Sales Group\",\"notify_last_pilot\":true,\"devices\":[\"beam1234567\",\"beam1234568\"],\"notify_admins_battery\":true,\"notify_users\":[\"user@example.com\"],\"answer_users\":[],\"allowed_auth\":[\"a\"]}",
                )
                .expect(
                    "the sample {\"name\":\"Sales Group\",\"notify_last_pilot\":true,\"devices\":[\"beam1234567\",\"beam1234568\"],\"notify_admins_battery\":true,\"notify_users\":[\"user@example.com\"],\"answer_users\":[],\"allowed_auth\":[\"a\"]} does not decode",
                );
            let result = client.create_device_group(&body).await;
            if t.sent("create_device_group", &result) {
                t.body_sent(&wire, "create_device_group");
            }
            if let Err(e) = result {
                t.fail("create_device_group", e);
            }
            let result = client
                .create_device_group(&body)
                .header("Prefer", "code=400")
                .await;
            t.sent("create_device_group", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(), Some(beam_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "create_device_group (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "create_device_group (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_device_group(123).await;
            t.sent("get_device_group", &result);
            if let Err(e) = result {
                t.fail("get_device_group", e);
            }
            let result = client.get_device_group(123).header("Prefer", "code=404").await;
            t.sent("get_device_group", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(404)
                    && matches!(e, beam_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "get_device_group (Prefer: code=404)",
                        format!(
                            "expected {}, got {e:?}", "a 404 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "get_device_group (Prefer: code=404)",
                        format!(
                            "expected {}, got a success",
                            "a 404 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::DeviceGroupWrite,
            >(
                    "{\"name\":\"New Sales Group\",\"devices\":[\"beam1234567\"],\"notify_admins_battery\":true,\"notify_last_pilot\":true,\"notify_users\":[\"user@example.com\"],\"answer_users\":[],\"allowed_auth\":[\"a\"]}",
                )
                .expect(
                    "the sample {\"name\":\"New Sales Group\",\"devices\":[\"beam1234567\"],\"notify_admins_battery\":true,\"notify_last_pilot\":true,\"notify_users\":[\"user@example.com\"],\"answer_users\":[],\"allowed_auth\":[\"a\"]} does not decode",
                );
            let result = client.update_device_group(123, &body).await;
            if t.sent("update_device_group", &result) {
                t.body_sent(&wire, "update_device_group");
            }
            if let Err(e) = result {
                t.fail("update_device_group", e);
            }
            let result = client
                .update_device_group(123, &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("update_device_group", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(), Some(beam_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "update_device_group (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "update_device_group (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.delete_device_group(123).await;
            t.sent("delete_device_group", &result);
            if let Err(e) = result {
                t.fail("delete_device_group", e);
            }
            let result = client
                .delete_device_group(123)
                .header("Prefer", "code=404")
                .await;
            t.sent("delete_device_group", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(404)
                    && matches!(e, beam_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "delete_device_group (Prefer: code=404)",
                        format!(
                            "expected {}, got {e:?}", "a 404 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "delete_device_group (Prefer: code=404)",
                        format!(
                            "expected {}, got a success",
                            "a 404 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::DeviceGroupPatch,
            >(
                    "{\"name\":\"New Sales Group\",\"devices\":[\"string\"],\"add_devices\":[\"string\"],\"remove_devices\":[\"string\"],\"notify_admins_battery\":true,\"notify_last_pilot\":true,\"notify_users\":[\"user@example.com\"],\"add_notify_users\":[\"user@example.com\"],\"remove_notify_users\":[\"user@example.com\"],\"answer_users\":[\"user@example.com\"],\"add_answer_users\":[\"user@example.com\"],\"remove_answer_users\":[\"user@example.com\"],\"allowed_auth\":[\"string\"]}",
                )
                .expect(
                    "the sample {\"name\":\"New Sales Group\",\"devices\":[\"string\"],\"add_devices\":[\"string\"],\"remove_devices\":[\"string\"],\"notify_admins_battery\":true,\"notify_last_pilot\":true,\"notify_users\":[\"user@example.com\"],\"add_notify_users\":[\"user@example.com\"],\"remove_notify_users\":[\"user@example.com\"],\"answer_users\":[\"user@example.com\"],\"add_answer_users\":[\"user@example.com\"],\"remove_answer_users\":[\"user@example.com\"],\"allowed_auth\":[\"string\"]} does not decode",
                );
            let result = client.patch_device_group(123, &body).await;
            if t.sent("patch_device_group", &result) {
                t.body_sent(&wire, "patch_device_group");
            }
            if let Err(e) = result {
                t.fail("patch_device_group", e);
            }
            let result = client
                .patch_device_group(123, &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("patch_device_group", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(), Some(beam_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "patch_device_group (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "patch_device_group (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_user_groups().await;
            t.sent("list_user_groups", &result);
            if let Err(e) = result {
                t.fail("list_user_groups", e);
            }
            let result = client.list_user_groups().limit(1).offset(1).await;
            if t.sent("list_user_groups", &result) {
                t.optional_sent(
                    &wire,
                    "list_user_groups",
                    "list_user_groups (every optional parameter)",
                    &[Param::Query("limit"), Param::Query("offset")],
                );
            }
            if let Err(e) = result {
                t.fail("list_user_groups (every optional parameter)", e);
            }
            t.paginated += 1;
            let mut position: i64 = 0i64;
            let mut previous: Option<String> = None;
            let mut fetched = 0usize;
            loop {
                let result = client.list_user_groups().offset(position).await;
                t.sent("list_user_groups", &result);
                match result {
                    Ok(page) => {
                        fetched += 1;
                        let text = format!("{page:?}");
                        if previous.as_deref() == Some(text.as_str()) {
                            t.gaps
                                .push(
                                    format!(
                                        "list_user_groups: the mock answered offset {} with the same page as the one before, so the walk ended there (the mock has no end of data)",
                                        position
                                    ),
                                );
                            break;
                        }
                        previous = Some(text);
                    }
                    Err(e) => {
                        t.fail("list_user_groups (page by page)", e);
                        break;
                    }
                }
                if fetched >= 50 {
                    t.fail(
                        "list_user_groups (page by page)",
                        format!("the pages did not end within {} pages", 50),
                    );
                    break;
                }
                position += 1i64;
            }
            t.pages += fetched;
            t.walk(
                    "list_user_groups (stream)",
                    client.list_user_groups().stream(),
                    10000,
                )
                .await;
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::UserGroupWrite,
            >(
                    "{\"name\":\"Developers\",\"users\":[\"steinbeck@org3.net\",\"burbach@org3.net\"]}",
                )
                .expect(
                    "the sample {\"name\":\"Developers\",\"users\":[\"steinbeck@org3.net\",\"burbach@org3.net\"]} does not decode",
                );
            let result = client.create_user_group(&body).await;
            if t.sent("create_user_group", &result) {
                t.body_sent(&wire, "create_user_group");
            }
            if let Err(e) = result {
                t.fail("create_user_group", e);
            }
            let result = client
                .create_user_group(&body)
                .header("Prefer", "code=400")
                .await;
            t.sent("create_user_group", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(), Some(beam_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "create_user_group (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "create_user_group (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_user_group(123).await;
            t.sent("get_user_group", &result);
            if let Err(e) = result {
                t.fail("get_user_group", e);
            }
            let result = client.get_user_group(123).header("Prefer", "code=404").await;
            t.sent("get_user_group", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(404)
                    && matches!(e, beam_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "get_user_group (Prefer: code=404)",
                        format!(
                            "expected {}, got {e:?}", "a 404 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "get_user_group (Prefer: code=404)",
                        format!(
                            "expected {}, got a success",
                            "a 404 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::UserGroupWrite,
            >("{\"name\":\"Developers User Group\",\"users\":[\"steinbeck@org3.net\"]}")
                .expect(
                    "the sample {\"name\":\"Developers User Group\",\"users\":[\"steinbeck@org3.net\"]} does not decode",
                );
            let result = client.update_user_group(123, &body).await;
            if t.sent("update_user_group", &result) {
                t.body_sent(&wire, "update_user_group");
            }
            if let Err(e) = result {
                t.fail("update_user_group", e);
            }
            let result = client
                .update_user_group(123, &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("update_user_group", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(), Some(beam_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "update_user_group (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "update_user_group (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.delete_user_group(123).await;
            t.sent("delete_user_group", &result);
            if let Err(e) = result {
                t.fail("delete_user_group", e);
            }
            let result = client
                .delete_user_group(123)
                .header("Prefer", "code=404")
                .await;
            t.sent("delete_user_group", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(404)
                    && matches!(e, beam_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "delete_user_group (Prefer: code=404)",
                        format!(
                            "expected {}, got {e:?}", "a 404 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "delete_user_group (Prefer: code=404)",
                        format!(
                            "expected {}, got a success",
                            "a 404 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::UserGroupPatch,
            >(
                    "{\"name\":\"Developers User Group\",\"users\":[\"user@example.com\"],\"add_users\":[\"user@example.com\"],\"remove_users\":[\"user@example.com\"]}",
                )
                .expect(
                    "the sample {\"name\":\"Developers User Group\",\"users\":[\"user@example.com\"],\"add_users\":[\"user@example.com\"],\"remove_users\":[\"user@example.com\"]} does not decode",
                );
            let result = client.patch_user_group(123, &body).await;
            if t.sent("patch_user_group", &result) {
                t.body_sent(&wire, "patch_user_group");
            }
            if let Err(e) = result {
                t.fail("patch_user_group", e);
            }
            let result = client
                .patch_user_group(123, &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("patch_user_group", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(), Some(beam_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "patch_user_group (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "patch_user_group (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_device_group_memberships().await;
            t.sent("list_device_group_memberships", &result);
            if let Err(e) = result {
                t.fail("list_device_group_memberships", e);
            }
            let result = client
                .list_device_group_memberships()
                .inline("user,user_group")
                .device_group(14)
                .user("sam@example.org")
                .user_group(123)
                .limit(1)
                .offset(1)
                .await;
            if t.sent("list_device_group_memberships", &result) {
                t.optional_sent(
                    &wire,
                    "list_device_group_memberships",
                    "list_device_group_memberships (every optional parameter)",
                    &[
                        Param::Query("inline"),
                        Param::Query("device_group"),
                        Param::Query("user"),
                        Param::Query("user_group"),
                        Param::Query("limit"),
                        Param::Query("offset"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("list_device_group_memberships (every optional parameter)", e);
            }
            t.paginated += 1;
            let mut position: i64 = 0i64;
            let mut previous: Option<String> = None;
            let mut fetched = 0usize;
            loop {
                let result = client
                    .list_device_group_memberships()
                    .offset(position)
                    .await;
                t.sent("list_device_group_memberships", &result);
                match result {
                    Ok(page) => {
                        fetched += 1;
                        let text = format!("{page:?}");
                        if previous.as_deref() == Some(text.as_str()) {
                            t.gaps
                                .push(
                                    format!(
                                        "list_device_group_memberships: the mock answered offset {} with the same page as the one before, so the walk ended there (the mock has no end of data)",
                                        position
                                    ),
                                );
                            break;
                        }
                        previous = Some(text);
                    }
                    Err(e) => {
                        t.fail("list_device_group_memberships (page by page)", e);
                        break;
                    }
                }
                if fetched >= 50 {
                    t.fail(
                        "list_device_group_memberships (page by page)",
                        format!("the pages did not end within {} pages", 50),
                    );
                    break;
                }
                position += 1i64;
            }
            t.pages += fetched;
            t.walk(
                    "list_device_group_memberships (stream)",
                    client.list_device_group_memberships().stream(),
                    10000,
                )
                .await;
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::MembershipWrite,
            >("{\"device_group\":1,\"user\":\"haak@org3.net\",\"user_group\":1}")
                .expect(
                    "the sample {\"device_group\":1,\"user\":\"haak@org3.net\",\"user_group\":1} does not decode",
                );
            let result = client.create_device_group_membership(&body).await;
            if t.sent("create_device_group_membership", &result) {
                t.body_sent(&wire, "create_device_group_membership");
            }
            if let Err(e) = result {
                t.fail("create_device_group_membership", e);
            }
            let result = client
                .create_device_group_membership(&body)
                .header("Prefer", "code=400")
                .await;
            t.sent("create_device_group_membership", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(), Some(beam_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "create_device_group_membership (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "create_device_group_membership (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::MembershipBulk,
            >(
                    "{\"objects\":[{\"device_group\":1,\"user\":\"haak@org3.net\",\"user_group\":1},{\"device_group\":1,\"user_group\":10,\"user\":\"user@example.com\"}]}",
                )
                .expect(
                    "the sample {\"objects\":[{\"device_group\":1,\"user\":\"haak@org3.net\",\"user_group\":1},{\"device_group\":1,\"user_group\":10,\"user\":\"user@example.com\"}]} does not decode",
                );
            let result = client.create_device_group_memberships_bulk(&body).await;
            if t.sent("create_device_group_memberships_bulk", &result) {
                t.body_sent(&wire, "create_device_group_memberships_bulk");
            }
            if let Err(e) = result {
                t.fail("create_device_group_memberships_bulk", e);
            }
            let result = client
                .create_device_group_memberships_bulk(&body)
                .header("Prefer", "code=400")
                .await;
            t.sent("create_device_group_memberships_bulk", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(), Some(beam_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "create_device_group_memberships_bulk (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "create_device_group_memberships_bulk (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_device_group_membership(123).await;
            t.sent("get_device_group_membership", &result);
            if let Err(e) = result {
                t.fail("get_device_group_membership", e);
            }
            let result = client
                .get_device_group_membership(123)
                .inline("user,user_group")
                .await;
            if t.sent("get_device_group_membership", &result) {
                t.optional_sent(
                    &wire,
                    "get_device_group_membership",
                    "get_device_group_membership (every optional parameter)",
                    &[Param::Query("inline")],
                );
            }
            if let Err(e) = result {
                t.fail("get_device_group_membership (every optional parameter)", e);
            }
            let result = client
                .get_device_group_membership(123)
                .header("Prefer", "code=404")
                .await;
            t.sent("get_device_group_membership", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(404)
                    && matches!(e, beam_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "get_device_group_membership (Prefer: code=404)",
                        format!(
                            "expected {}, got {e:?}", "a 404 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "get_device_group_membership (Prefer: code=404)",
                        format!(
                            "expected {}, got a success",
                            "a 404 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::MembershipWrite,
            >("{\"device_group\":1,\"user\":\"haak@org3.net\",\"user_group\":null}")
                .expect(
                    "the sample {\"device_group\":1,\"user\":\"haak@org3.net\",\"user_group\":null} does not decode",
                );
            let result = client.update_device_group_membership(123, &body).await;
            if t.sent("update_device_group_membership", &result) {
                t.body_sent(&wire, "update_device_group_membership");
            }
            if let Err(e) = result {
                t.fail("update_device_group_membership", e);
            }
            let result = client
                .update_device_group_membership(123, &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("update_device_group_membership", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(), Some(beam_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "update_device_group_membership (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "update_device_group_membership (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.delete_device_group_membership(123).await;
            t.sent("delete_device_group_membership", &result);
            if let Err(e) = result {
                t.fail("delete_device_group_membership", e);
            }
            let result = client
                .delete_device_group_membership(123)
                .header("Prefer", "code=404")
                .await;
            t.sent("delete_device_group_membership", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(404)
                    && matches!(e, beam_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "delete_device_group_membership (Prefer: code=404)",
                        format!(
                            "expected {}, got {e:?}", "a 404 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "delete_device_group_membership (Prefer: code=404)",
                        format!(
                            "expected {}, got a success",
                            "a 404 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::MembershipPatch,
            >("{\"user\":\"steinbeck@org3.net\",\"device_group\":1,\"user_group\":1}")
                .expect(
                    "the sample {\"user\":\"steinbeck@org3.net\",\"device_group\":1,\"user_group\":1} does not decode",
                );
            let result = client.patch_device_group_membership(123, &body).await;
            if t.sent("patch_device_group_membership", &result) {
                t.body_sent(&wire, "patch_device_group_membership");
            }
            if let Err(e) = result {
                t.fail("patch_device_group_membership", e);
            }
            let result = client
                .patch_device_group_membership(123, &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("patch_device_group_membership", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(), Some(beam_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "patch_device_group_membership (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "patch_device_group_membership (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_access_times().await;
            t.sent("list_access_times", &result);
            if let Err(e) = result {
                t.fail("list_access_times", e);
            }
            let result = client
                .list_access_times()
                .inline("device_group_membership")
                .device_group_membership(14)
                .limit(1)
                .offset(1)
                .await;
            if t.sent("list_access_times", &result) {
                t.optional_sent(
                    &wire,
                    "list_access_times",
                    "list_access_times (every optional parameter)",
                    &[
                        Param::Query("inline"),
                        Param::Query("device_group_membership"),
                        Param::Query("limit"),
                        Param::Query("offset"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("list_access_times (every optional parameter)", e);
            }
            t.paginated += 1;
            let mut position: i64 = 0i64;
            let mut previous: Option<String> = None;
            let mut fetched = 0usize;
            loop {
                let result = client.list_access_times().offset(position).await;
                t.sent("list_access_times", &result);
                match result {
                    Ok(page) => {
                        fetched += 1;
                        let text = format!("{page:?}");
                        if previous.as_deref() == Some(text.as_str()) {
                            t.gaps
                                .push(
                                    format!(
                                        "list_access_times: the mock answered offset {} with the same page as the one before, so the walk ended there (the mock has no end of data)",
                                        position
                                    ),
                                );
                            break;
                        }
                        previous = Some(text);
                    }
                    Err(e) => {
                        t.fail("list_access_times (page by page)", e);
                        break;
                    }
                }
                if fetched >= 50 {
                    t.fail(
                        "list_access_times (page by page)",
                        format!("the pages did not end within {} pages", 50),
                    );
                    break;
                }
                position += 1i64;
            }
            t.pages += fetched;
            t.walk(
                    "list_access_times (stream)",
                    client.list_access_times().stream(),
                    10000,
                )
                .await;
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::AccessTimeWrite,
            >(
                    "{\"device_group_membership\":24,\"end_time\":\"17:00:00\",\"friday\":true,\"monday\":true,\"saturday\":false,\"start_time\":\"09:00:00\",\"sunday\":false,\"thursday\":true,\"tuesday\":true,\"wednesday\":true,\"answer_required\":false}",
                )
                .expect(
                    "the sample {\"device_group_membership\":24,\"end_time\":\"17:00:00\",\"friday\":true,\"monday\":true,\"saturday\":false,\"start_time\":\"09:00:00\",\"sunday\":false,\"thursday\":true,\"tuesday\":true,\"wednesday\":true,\"answer_required\":false} does not decode",
                );
            let result = client.create_access_time(&body).await;
            if t.sent("create_access_time", &result) {
                t.body_sent(&wire, "create_access_time");
            }
            if let Err(e) = result {
                t.fail("create_access_time", e);
            }
            let result = client
                .create_access_time(&body)
                .header("Prefer", "code=400")
                .await;
            t.sent("create_access_time", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(), Some(beam_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "create_access_time (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "create_access_time (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_access_time(123).await;
            t.sent("get_access_time", &result);
            if let Err(e) = result {
                t.fail("get_access_time", e);
            }
            let result = client
                .get_access_time(123)
                .inline("device_group_membership")
                .await;
            if t.sent("get_access_time", &result) {
                t.optional_sent(
                    &wire,
                    "get_access_time",
                    "get_access_time (every optional parameter)",
                    &[Param::Query("inline")],
                );
            }
            if let Err(e) = result {
                t.fail("get_access_time (every optional parameter)", e);
            }
            let result = client.get_access_time(123).header("Prefer", "code=404").await;
            t.sent("get_access_time", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(404)
                    && matches!(e, beam_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "get_access_time (Prefer: code=404)",
                        format!(
                            "expected {}, got {e:?}", "a 404 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "get_access_time (Prefer: code=404)",
                        format!(
                            "expected {}, got a success",
                            "a 404 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::AccessTimeWrite,
            >(
                    "{\"device_group_membership\":24,\"friday\":true,\"monday\":true,\"saturday\":false,\"sunday\":false,\"thursday\":true,\"tuesday\":true,\"wednesday\":true,\"start_time\":\"00:00:00\",\"end_time\":\"00:00:00\",\"answer_required\":false}",
                )
                .expect(
                    "the sample {\"device_group_membership\":24,\"friday\":true,\"monday\":true,\"saturday\":false,\"sunday\":false,\"thursday\":true,\"tuesday\":true,\"wednesday\":true,\"start_time\":\"00:00:00\",\"end_time\":\"00:00:00\",\"answer_required\":false} does not decode",
                );
            let result = client.update_access_time(123, &body).await;
            if t.sent("update_access_time", &result) {
                t.body_sent(&wire, "update_access_time");
            }
            if let Err(e) = result {
                t.fail("update_access_time", e);
            }
            let result = client
                .update_access_time(123, &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("update_access_time", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(), Some(beam_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "update_access_time (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "update_access_time (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.delete_access_time(123).await;
            t.sent("delete_access_time", &result);
            if let Err(e) = result {
                t.fail("delete_access_time", e);
            }
            let result = client
                .delete_access_time(123)
                .header("Prefer", "code=404")
                .await;
            t.sent("delete_access_time", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(404)
                    && matches!(e, beam_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "delete_access_time (Prefer: code=404)",
                        format!(
                            "expected {}, got {e:?}", "a 404 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "delete_access_time (Prefer: code=404)",
                        format!(
                            "expected {}, got a success",
                            "a 404 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_default_access_times().await;
            t.sent("list_default_access_times", &result);
            if let Err(e) = result {
                t.fail("list_default_access_times", e);
            }
            let result = client
                .list_default_access_times()
                .inline("device_group")
                .device_group(14)
                .limit(1)
                .offset(1)
                .await;
            if t.sent("list_default_access_times", &result) {
                t.optional_sent(
                    &wire,
                    "list_default_access_times",
                    "list_default_access_times (every optional parameter)",
                    &[
                        Param::Query("inline"),
                        Param::Query("device_group"),
                        Param::Query("limit"),
                        Param::Query("offset"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("list_default_access_times (every optional parameter)", e);
            }
            t.paginated += 1;
            let mut position: i64 = 0i64;
            let mut previous: Option<String> = None;
            let mut fetched = 0usize;
            loop {
                let result = client.list_default_access_times().offset(position).await;
                t.sent("list_default_access_times", &result);
                match result {
                    Ok(page) => {
                        fetched += 1;
                        let text = format!("{page:?}");
                        if previous.as_deref() == Some(text.as_str()) {
                            t.gaps
                                .push(
                                    format!(
                                        "list_default_access_times: the mock answered offset {} with the same page as the one before, so the walk ended there (the mock has no end of data)",
                                        position
                                    ),
                                );
                            break;
                        }
                        previous = Some(text);
                    }
                    Err(e) => {
                        t.fail("list_default_access_times (page by page)", e);
                        break;
                    }
                }
                if fetched >= 50 {
                    t.fail(
                        "list_default_access_times (page by page)",
                        format!("the pages did not end within {} pages", 50),
                    );
                    break;
                }
                position += 1i64;
            }
            t.pages += fetched;
            t.walk(
                    "list_default_access_times (stream)",
                    client.list_default_access_times().stream(),
                    10000,
                )
                .await;
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::DefaultAccessTimeWrite,
            >(
                    "{\"device_group\":1,\"end_time\":\"17:00:00\",\"friday\":true,\"monday\":true,\"saturday\":false,\"start_time\":\"09:00:00\",\"sunday\":false,\"thursday\":true,\"tuesday\":true,\"wednesday\":true,\"answer_required\":false}",
                )
                .expect(
                    "the sample {\"device_group\":1,\"end_time\":\"17:00:00\",\"friday\":true,\"monday\":true,\"saturday\":false,\"start_time\":\"09:00:00\",\"sunday\":false,\"thursday\":true,\"tuesday\":true,\"wednesday\":true,\"answer_required\":false} does not decode",
                );
            let result = client.create_default_access_time(&body).await;
            if t.sent("create_default_access_time", &result) {
                t.body_sent(&wire, "create_default_access_time");
            }
            if let Err(e) = result {
                t.fail("create_default_access_time", e);
            }
            let result = client
                .create_default_access_time(&body)
                .header("Prefer", "code=400")
                .await;
            t.sent("create_default_access_time", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(), Some(beam_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "create_default_access_time (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "create_default_access_time (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_default_access_time(123).await;
            t.sent("get_default_access_time", &result);
            if let Err(e) = result {
                t.fail("get_default_access_time", e);
            }
            let result = client
                .get_default_access_time(123)
                .inline("device_group")
                .await;
            if t.sent("get_default_access_time", &result) {
                t.optional_sent(
                    &wire,
                    "get_default_access_time",
                    "get_default_access_time (every optional parameter)",
                    &[Param::Query("inline")],
                );
            }
            if let Err(e) = result {
                t.fail("get_default_access_time (every optional parameter)", e);
            }
            let result = client
                .get_default_access_time(123)
                .header("Prefer", "code=404")
                .await;
            t.sent("get_default_access_time", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(404)
                    && matches!(e, beam_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "get_default_access_time (Prefer: code=404)",
                        format!(
                            "expected {}, got {e:?}", "a 404 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "get_default_access_time (Prefer: code=404)",
                        format!(
                            "expected {}, got a success",
                            "a 404 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.delete_default_access_time(123).await;
            t.sent("delete_default_access_time", &result);
            if let Err(e) = result {
                t.fail("delete_default_access_time", e);
            }
            let result = client
                .delete_default_access_time(123)
                .header("Prefer", "code=404")
                .await;
            t.sent("delete_default_access_time", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(404)
                    && matches!(e, beam_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "delete_default_access_time (Prefer: code=404)",
                        format!(
                            "expected {}, got {e:?}", "a 404 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "delete_default_access_time (Prefer: code=404)",
                        format!(
                            "expected {}, got a success",
                            "a 404 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_temporary_access().await;
            t.sent("list_temporary_access", &result);
            if let Err(e) = result {
                t.fail("list_temporary_access", e);
            }
            let result = client.list_temporary_access().limit(1).offset(1).await;
            if t.sent("list_temporary_access", &result) {
                t.optional_sent(
                    &wire,
                    "list_temporary_access",
                    "list_temporary_access (every optional parameter)",
                    &[Param::Query("limit"), Param::Query("offset")],
                );
            }
            if let Err(e) = result {
                t.fail("list_temporary_access (every optional parameter)", e);
            }
            t.paginated += 1;
            let mut position: i64 = 0i64;
            let mut previous: Option<String> = None;
            let mut fetched = 0usize;
            loop {
                let result = client.list_temporary_access().offset(position).await;
                t.sent("list_temporary_access", &result);
                match result {
                    Ok(page) => {
                        fetched += 1;
                        let text = format!("{page:?}");
                        if previous.as_deref() == Some(text.as_str()) {
                            t.gaps
                                .push(
                                    format!(
                                        "list_temporary_access: the mock answered offset {} with the same page as the one before, so the walk ended there (the mock has no end of data)",
                                        position
                                    ),
                                );
                            break;
                        }
                        previous = Some(text);
                    }
                    Err(e) => {
                        t.fail("list_temporary_access (page by page)", e);
                        break;
                    }
                }
                if fetched >= 50 {
                    t.fail(
                        "list_temporary_access (page by page)",
                        format!("the pages did not end within {} pages", 50),
                    );
                    break;
                }
                position += 1i64;
            }
            t.pages += fetched;
            t.walk(
                    "list_temporary_access (stream)",
                    client.list_temporary_access().stream(),
                    10000,
                )
                .await;
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::TemporaryAccessWrite,
            >(
                    "{\"answer_required\":true,\"email_address\":\"smith@org3.net\",\"first_name\":\"Joe\",\"last_name\":\"Smith\",\"device_group\":10,\"start\":\"2013-12-31T11:59:50\",\"end\":\"2014-01-01T00:10:00\"}",
                )
                .expect(
                    "the sample {\"answer_required\":true,\"email_address\":\"smith@org3.net\",\"first_name\":\"Joe\",\"last_name\":\"Smith\",\"device_group\":10,\"start\":\"2013-12-31T11:59:50\",\"end\":\"2014-01-01T00:10:00\"} does not decode",
                );
            let result = client.grant_temporary_access(&body).await;
            if t.sent("grant_temporary_access", &result) {
                t.body_sent(&wire, "grant_temporary_access");
            }
            if let Err(e) = result {
                t.fail("grant_temporary_access", e);
            }
            let result = client.grant_temporary_access(&body).send_mail(false).await;
            if t.sent("grant_temporary_access", &result) {
                t.optional_sent(
                    &wire,
                    "grant_temporary_access",
                    "grant_temporary_access (every optional parameter)",
                    &[Param::Query("send_mail")],
                );
            }
            if let Err(e) = result {
                t.fail("grant_temporary_access (every optional parameter)", e);
            }
            let result = client
                .grant_temporary_access(&body)
                .header("Prefer", "code=400")
                .await;
            t.sent("grant_temporary_access", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(), Some(beam_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "grant_temporary_access (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "grant_temporary_access (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_temporary_access(123).await;
            t.sent("get_temporary_access", &result);
            if let Err(e) = result {
                t.fail("get_temporary_access", e);
            }
            let result = client
                .get_temporary_access(123)
                .header("Prefer", "code=404")
                .await;
            t.sent("get_temporary_access", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(404)
                    && matches!(e, beam_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "get_temporary_access (Prefer: code=404)",
                        format!(
                            "expected {}, got {e:?}", "a 404 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "get_temporary_access (Prefer: code=404)",
                        format!(
                            "expected {}, got a success",
                            "a 404 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::TemporaryAccessWrite,
            >(
                    "{\"answer_required\":false,\"device_group\":1,\"email_address\":\"joe@org3.net\",\"end\":\"2014-04-24T13:00:00\",\"first_name\":\"Joe\",\"last_name\":\"Smith\",\"start\":\"2014-04-24T11:00:00\"}",
                )
                .expect(
                    "the sample {\"answer_required\":false,\"device_group\":1,\"email_address\":\"joe@org3.net\",\"end\":\"2014-04-24T13:00:00\",\"first_name\":\"Joe\",\"last_name\":\"Smith\",\"start\":\"2014-04-24T11:00:00\"} does not decode",
                );
            let result = client.update_temporary_access(123, &body).await;
            if t.sent("update_temporary_access", &result) {
                t.body_sent(&wire, "update_temporary_access");
            }
            if let Err(e) = result {
                t.fail("update_temporary_access", e);
            }
            let result = client
                .update_temporary_access(123, &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("update_temporary_access", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(), Some(beam_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "update_temporary_access (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "update_temporary_access (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.delete_temporary_access(123).await;
            t.sent("delete_temporary_access", &result);
            if let Err(e) = result {
                t.fail("delete_temporary_access", e);
            }
            let result = client
                .delete_temporary_access(123)
                .header("Prefer", "code=404")
                .await;
            t.sent("delete_temporary_access", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(404)
                    && matches!(e, beam_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "delete_temporary_access (Prefer: code=404)",
                        format!(
                            "expected {}, got {e:?}", "a 404 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "delete_temporary_access (Prefer: code=404)",
                        format!(
                            "expected {}, got a success",
                            "a 404 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::TemporaryAccessPatch,
            >(
                    "{\"end\":\"2014-04-24T13:00:00\",\"email_address\":\"user@example.com\",\"first_name\":\"string\",\"last_name\":\"string\",\"device_group\":1,\"start\":\"2014-07-09T18:07:50\",\"answer_required\":true}",
                )
                .expect(
                    "the sample {\"end\":\"2014-04-24T13:00:00\",\"email_address\":\"user@example.com\",\"first_name\":\"string\",\"last_name\":\"string\",\"device_group\":1,\"start\":\"2014-07-09T18:07:50\",\"answer_required\":true} does not decode",
                );
            let result = client.patch_temporary_access(123, &body).await;
            if t.sent("patch_temporary_access", &result) {
                t.body_sent(&wire, "patch_temporary_access");
            }
            if let Err(e) = result {
                t.fail("patch_temporary_access", e);
            }
            let result = client
                .patch_temporary_access(123, &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("patch_temporary_access", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(), Some(beam_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "patch_temporary_access (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "patch_temporary_access (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_api_keys().await;
            t.sent("list_api_keys", &result);
            if let Err(e) = result {
                t.fail("list_api_keys", e);
            }
            let result = client.list_api_keys().limit(1).offset(1).await;
            if t.sent("list_api_keys", &result) {
                t.optional_sent(
                    &wire,
                    "list_api_keys",
                    "list_api_keys (every optional parameter)",
                    &[Param::Query("limit"), Param::Query("offset")],
                );
            }
            if let Err(e) = result {
                t.fail("list_api_keys (every optional parameter)", e);
            }
            t.paginated += 1;
            let mut position: i64 = 0i64;
            let mut previous: Option<String> = None;
            let mut fetched = 0usize;
            loop {
                let result = client.list_api_keys().offset(position).await;
                t.sent("list_api_keys", &result);
                match result {
                    Ok(page) => {
                        fetched += 1;
                        let text = format!("{page:?}");
                        if previous.as_deref() == Some(text.as_str()) {
                            t.gaps
                                .push(
                                    format!(
                                        "list_api_keys: the mock answered offset {} with the same page as the one before, so the walk ended there (the mock has no end of data)",
                                        position
                                    ),
                                );
                            break;
                        }
                        previous = Some(text);
                    }
                    Err(e) => {
                        t.fail("list_api_keys (page by page)", e);
                        break;
                    }
                }
                if fetched >= 50 {
                    t.fail(
                        "list_api_keys (page by page)",
                        format!("the pages did not end within {} pages", 50),
                    );
                    break;
                }
                position += 1i64;
            }
            t.pages += fetched;
            t.walk("list_api_keys (stream)", client.list_api_keys().stream(), 10000)
                .await;
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::ApiKeyCreate,
            >("{\"name\":\"production\"}")
                .expect("the sample {\"name\":\"production\"} does not decode");
            let result = client.create_api_key(&body).await;
            if t.sent("create_api_key", &result) {
                t.body_sent(&wire, "create_api_key");
            }
            if let Err(e) = result {
                t.fail("create_api_key", e);
            }
            let result = client.create_api_key(&body).header("Prefer", "code=400").await;
            t.sent("create_api_key", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(), Some(beam_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "create_api_key (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "create_api_key (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.delete_api_key("default").await;
            t.sent("delete_api_key", &result);
            if let Err(e) = result {
                t.fail("delete_api_key", e);
            }
            let result = client
                .delete_api_key("default")
                .header("Prefer", "code=404")
                .await;
            t.sent("delete_api_key", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(404)
                    && matches!(e, beam_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "delete_api_key (Prefer: code=404)",
                        format!(
                            "expected {}, got {e:?}", "a 404 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "delete_api_key (Prefer: code=404)",
                        format!(
                            "expected {}, got a success",
                            "a 404 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_access_time_templates().await;
            t.sent("list_access_time_templates", &result);
            if let Err(e) = result {
                t.fail("list_access_time_templates", e);
            }
            let result = client.list_access_time_templates().limit(1).offset(1).await;
            if t.sent("list_access_time_templates", &result) {
                t.optional_sent(
                    &wire,
                    "list_access_time_templates",
                    "list_access_time_templates (every optional parameter)",
                    &[Param::Query("limit"), Param::Query("offset")],
                );
            }
            if let Err(e) = result {
                t.fail("list_access_time_templates (every optional parameter)", e);
            }
            t.paginated += 1;
            let mut position: i64 = 0i64;
            let mut previous: Option<String> = None;
            let mut fetched = 0usize;
            loop {
                let result = client.list_access_time_templates().offset(position).await;
                t.sent("list_access_time_templates", &result);
                match result {
                    Ok(page) => {
                        fetched += 1;
                        let text = format!("{page:?}");
                        if previous.as_deref() == Some(text.as_str()) {
                            t.gaps
                                .push(
                                    format!(
                                        "list_access_time_templates: the mock answered offset {} with the same page as the one before, so the walk ended there (the mock has no end of data)",
                                        position
                                    ),
                                );
                            break;
                        }
                        previous = Some(text);
                    }
                    Err(e) => {
                        t.fail("list_access_time_templates (page by page)", e);
                        break;
                    }
                }
                if fetched >= 50 {
                    t.fail(
                        "list_access_time_templates (page by page)",
                        format!("the pages did not end within {} pages", 50),
                    );
                    break;
                }
                position += 1i64;
            }
            t.pages += fetched;
            t.walk(
                    "list_access_time_templates (stream)",
                    client.list_access_time_templates().stream(),
                    10000,
                )
                .await;
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::AccessTimeTemplateWrite,
            >(
                    "{\"access_time_template_items\":[{\"answer_required\":false,\"end_time\":null,\"friday\":false,\"monday\":true,\"saturday\":false,\"start_time\":null,\"sunday\":true,\"thursday\":false,\"tuesday\":false,\"wednesday\":false}],\"name\":\"Workdays\"}",
                )
                .expect(
                    "the sample {\"access_time_template_items\":[{\"answer_required\":false,\"end_time\":null,\"friday\":false,\"monday\":true,\"saturday\":false,\"start_time\":null,\"sunday\":true,\"thursday\":false,\"tuesday\":false,\"wednesday\":false}],\"name\":\"Workdays\"} does not decode",
                );
            let result = client.create_access_time_template(&body).await;
            if t.sent("create_access_time_template", &result) {
                t.body_sent(&wire, "create_access_time_template");
            }
            if let Err(e) = result {
                t.fail("create_access_time_template", e);
            }
            let result = client
                .create_access_time_template(&body)
                .header("Prefer", "code=400")
                .await;
            t.sent("create_access_time_template", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(), Some(beam_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "create_access_time_template (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "create_access_time_template (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_access_time_template(123).await;
            t.sent("get_access_time_template", &result);
            if let Err(e) = result {
                t.fail("get_access_time_template", e);
            }
            let result = client
                .get_access_time_template(123)
                .header("Prefer", "code=404")
                .await;
            t.sent("get_access_time_template", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(404)
                    && matches!(e, beam_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "get_access_time_template (Prefer: code=404)",
                        format!(
                            "expected {}, got {e:?}", "a 404 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "get_access_time_template (Prefer: code=404)",
                        format!(
                            "expected {}, got a success",
                            "a 404 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.delete_access_time_template(123).await;
            t.sent("delete_access_time_template", &result);
            if let Err(e) = result {
                t.fail("delete_access_time_template", e);
            }
            let result = client
                .delete_access_time_template(123)
                .header("Prefer", "code=404")
                .await;
            t.sent("delete_access_time_template", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(404)
                    && matches!(e, beam_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "delete_access_time_template (Prefer: code=404)",
                        format!(
                            "expected {}, got {e:?}", "a 404 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "delete_access_time_template (Prefer: code=404)",
                        format!(
                            "expected {}, got a success",
                            "a 404 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::AccessTimeTemplatePatch,
            >(
                    "{\"name\":\"Workday\",\"access_time_template_items\":[{\"sunday\":true,\"monday\":true,\"tuesday\":true,\"wednesday\":true,\"thursday\":true,\"friday\":true,\"saturday\":true,\"start_time\":\"00:00:00\",\"end_time\":\"00:00:00\",\"answer_required\":false}]}",
                )
                .expect(
                    "the sample {\"name\":\"Workday\",\"access_time_template_items\":[{\"sunday\":true,\"monday\":true,\"tuesday\":true,\"wednesday\":true,\"thursday\":true,\"friday\":true,\"saturday\":true,\"start_time\":\"00:00:00\",\"end_time\":\"00:00:00\",\"answer_required\":false}]} does not decode",
                );
            let result = client.patch_access_time_template(123, &body).await;
            if t.sent("patch_access_time_template", &result) {
                t.body_sent(&wire, "patch_access_time_template");
            }
            if let Err(e) = result {
                t.fail("patch_access_time_template", e);
            }
            let result = client
                .patch_access_time_template(123, &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("patch_access_time_template", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(), Some(beam_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "patch_access_time_template (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "patch_access_time_template (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::ApplyAccessTimeTemplate,
            >("{\"access_time_template\":10,\"device_group_membership\":20}")
                .expect(
                    "the sample {\"access_time_template\":10,\"device_group_membership\":20} does not decode",
                );
            let result = client.apply_access_time_template(&body).await;
            if t.sent("apply_access_time_template", &result) {
                t.body_sent(&wire, "apply_access_time_template");
            }
            if let Err(e) = result {
                t.fail("apply_access_time_template", e);
            }
            let result = client
                .apply_access_time_template(&body)
                .header("Prefer", "code=400")
                .await;
            t.sent("apply_access_time_template", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(), Some(beam_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "apply_access_time_template (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "apply_access_time_template (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        let negative: String = [
            {
                let request = codegen_runtime::reqwest::Client::new()
                    .request(
                        codegen_runtime::Method::from_bytes("POST".as_bytes())
                            .expect("a method"),
                        format!("{}{}", url.trim_end_matches('/'), "/invite/"),
                    )
                    .header("Authorization", "example-credential")
                    .header("content-type", "application/json")
                    .body(
                        "{\"cc\":[],\"first_name\":\"Joe\",\"last_name\":\"Smith\",\"from_name\":\"John Johnson\",\"device_groups\":[10],\"message\":\"string\"}",
                    );
                match request.send().await {
                    Ok(response) if matches!(response.status().as_u16(), 400 | 422) => {
                        format!(
                            "{} rejected with {}",
                            "POST /invite/ without its required body property `email_address`",
                            response.status().as_u16()
                        )
                    }
                    Ok(response) => {
                        let outcome = format!(
                            "{} answered {}, not {}",
                            "POST /invite/ without its required body property `email_address`",
                            response.status().as_u16(), "400 or 422"
                        );
                        t.fail("negative control", &outcome);
                        outcome
                    }
                    Err(e) => {
                        t.fail("negative control", &e);
                        format!(
                            "{} not sent: {e}",
                            "POST /invite/ without its required body property `email_address`"
                        )
                    }
                }
            },
        ]
            .join("; ");
        let gaps: &[&str] = &[
            "get_info: documents no error response",
            "list_users: documents no error response",
            "list_devices: documents no error response",
            "list_device_groups: documents no error response",
            "list_user_groups: documents no error response",
            "list_device_group_memberships: documents no error response",
            "list_access_times: documents no error response",
            "list_default_access_times: documents no error response",
            "list_temporary_access: documents no error response",
            "list_api_keys: documents no error response",
            "list_access_time_templates: documents no error response",
        ];
        let name = "beam-client";
        let mut report = vec![
            format!("{name}: {} of {} operations called, {} requests sent, {} failed", t
            .operations.len(), 52usize, t.requests, t.failures.len()),
            format!("{name}: counted in the requests as they went out: {} of {} optional parameters set were carried (query, headers, cookies); {} bodies sent with {} properties ({} top-level, {} nested)",
            t.optional, t.optional_set, t.bodies, t.top_level + t.nested, t.top_level, t
            .nested),
            format!("{name}: {} error responses exercised ({} decoded into their error body, {} without a body checked by status)",
            t.errors_decoded + t.errors_status, t.errors_decoded, t.errors_status),
            format!("{name}: {} paginated operations: {} pages fetched page by page, {} streams walked to their end ({} items)",
            t.paginated, t.pages, t.streams, t.items),
            format!("{name}: negative control: {negative}"),
        ];
        report.extend(gaps.iter().map(|g| format!("{name}: gap: {g}")));
        report.extend(t.gaps.iter().map(|g| format!("{name}: gap: {g}")));
        report.extend(t.failures.iter().map(|f| format!("{name}: failed: {f}")));
        let text = report.join("\n");
        if let Ok(dir) = std::env::var("CONTRACT_REPORT_DIR") {
            let _ = std::fs::write(
                std::path::Path::new(&dir).join(concat!("beam-client", ".txt")),
                format!("{text}\n"),
            );
        }
        println!("{text}");
        assert!(t.failures.is_empty(), "{text}");
        assert_eq!(t.operations.len(), 52usize, "{text}");
    }
}
