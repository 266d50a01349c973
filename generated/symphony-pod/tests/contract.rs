// This file is generated from specs/symphony-pod.yaml by `cargo xtask generate`. Do not edit it by hand.

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
    use symphony_pod_client::types;
    use codegen_runtime::contract::{Param, Tally, Wire};

    #[tokio::test]
    async fn every_operation_against_the_mock_server() {
        let url = std::env::var("SYMPHONY_POD_CLIENT_MOCK_URL")
            .expect(
                "set SYMPHONY_POD_CLIENT_MOCK_URL to the URL of a mock server of specs/symphony-pod.yaml (`cargo xtask test` does)",
            );
        let wire = Wire::default();
        let client = symphony_pod_client::Client::builder(url.clone())
            .session_token("example-credential")
            .retry(symphony_pod_client::RetryPolicy::none())
            .hook(wire.clone())
            .build()
            .expect("client");
        let mut t = Tally::default();
        {
            let result = client.list_app_entitlements().await;
            t.sent("v1AdminAppEntitlementListGet", &result);
            if let Err(e) = result {
                t.fail("v1AdminAppEntitlementListGet", e);
            }
            let result = client
                .list_app_entitlements()
                .header("Prefer", "code=400")
                .await;
            t.sent("v1AdminAppEntitlementListGet", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1AdminAppEntitlementListGet (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1AdminAppEntitlementListGet (Prefer: code=400)",
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
                types::PodAppEntitlementList,
            >(
                    "[{\"appId\":\"string\",\"appName\":\"string\",\"enable\":true,\"listed\":true,\"install\":true}]",
                )
                .expect(
                    "the sample [{\"appId\":\"string\",\"appName\":\"string\",\"enable\":true,\"listed\":true,\"install\":true}] does not decode",
                );
            let result = client.update_app_entitlements(&body).await;
            if t.sent("v1AdminAppEntitlementListPost", &result) {
                t.body_sent(&wire, "v1AdminAppEntitlementListPost");
            }
            if let Err(e) = result {
                t.fail("v1AdminAppEntitlementListPost", e);
            }
            let result = client
                .update_app_entitlements(&body)
                .header("Prefer", "code=400")
                .await;
            t.sent("v1AdminAppEntitlementListPost", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1AdminAppEntitlementListPost (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1AdminAppEntitlementListPost (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_user_app_entitlements(1).await;
            t.sent("v1AdminUserUidAppEntitlementListGet", &result);
            if let Err(e) = result {
                t.fail("v1AdminUserUidAppEntitlementListGet", e);
            }
            let result = client
                .list_user_app_entitlements(1)
                .header("Prefer", "code=400")
                .await;
            t.sent("v1AdminUserUidAppEntitlementListGet", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1AdminUserUidAppEntitlementListGet (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1AdminUserUidAppEntitlementListGet (Prefer: code=400)",
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
                types::UserAppEntitlementList,
            >(
                    "[{\"appId\":\"string\",\"appName\":\"string\",\"listed\":true,\"install\":true,\"products\":[{\"appId\":\"string\",\"name\":\"string\",\"sku\":\"string\",\"subscribed\":true,\"type\":\"string\"}]}]",
                )
                .expect(
                    "the sample [{\"appId\":\"string\",\"appName\":\"string\",\"listed\":true,\"install\":true,\"products\":[{\"appId\":\"string\",\"name\":\"string\",\"sku\":\"string\",\"subscribed\":true,\"type\":\"string\"}]}] does not decode",
                );
            let result = client.update_user_app_entitlements(1, &body).await;
            if t.sent("v1AdminUserUidAppEntitlementListPost", &result) {
                t.body_sent(&wire, "v1AdminUserUidAppEntitlementListPost");
            }
            if let Err(e) = result {
                t.fail("v1AdminUserUidAppEntitlementListPost", e);
            }
            let result = client
                .update_user_app_entitlements(1, &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("v1AdminUserUidAppEntitlementListPost", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1AdminUserUidAppEntitlementListPost (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1AdminUserUidAppEntitlementListPost (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_configuration("string").await;
            t.sent("v1ConfigurationConfigurationIdGetGet", &result);
            if let Err(e) = result {
                t.fail("v1ConfigurationConfigurationIdGetGet", e);
            }
            let result = client
                .get_configuration("string")
                .header("Prefer", "code=400")
                .await;
            t.sent("v1ConfigurationConfigurationIdGetGet", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1ConfigurationConfigurationIdGetGet (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1ConfigurationConfigurationIdGetGet (Prefer: code=400)",
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
                types::Configuration,
            >(
                    "{\"configurationId\":\"string\",\"type\":\"string\",\"name\":\"string\",\"description\":\"string\",\"enabled\":true,\"visible\":true}",
                )
                .expect(
                    "the sample {\"configurationId\":\"string\",\"type\":\"string\",\"name\":\"string\",\"description\":\"string\",\"enabled\":true,\"visible\":true} does not decode",
                );
            let result = client.update_configuration("string", &body).await;
            if t.sent("v1ConfigurationConfigurationIdUpdatePut", &result) {
                t.body_sent(&wire, "v1ConfigurationConfigurationIdUpdatePut");
            }
            if let Err(e) = result {
                t.fail("v1ConfigurationConfigurationIdUpdatePut", e);
            }
            let result = client
                .update_configuration("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("v1ConfigurationConfigurationIdUpdatePut", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1ConfigurationConfigurationIdUpdatePut (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1ConfigurationConfigurationIdUpdatePut (Prefer: code=400)",
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
                types::ConfigurationSubmissionCreate,
            >(
                    "{\"type\":\"string\",\"name\":\"string\",\"description\":\"string\",\"enabled\":true,\"visible\":true}",
                )
                .expect(
                    "the sample {\"type\":\"string\",\"name\":\"string\",\"description\":\"string\",\"enabled\":true,\"visible\":true} does not decode",
                );
            let result = client.create_configuration(&body).await;
            if t.sent("v1ConfigurationCreatePost", &result) {
                t.body_sent(&wire, "v1ConfigurationCreatePost");
            }
            if let Err(e) = result {
                t.fail("v1ConfigurationCreatePost", e);
            }
            let result = client
                .create_configuration(&body)
                .header("Prefer", "code=400")
                .await;
            t.sent("v1ConfigurationCreatePost", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1ConfigurationCreatePost (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1ConfigurationCreatePost (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_configurations().await;
            t.sent("v1ConfigurationListGet", &result);
            if let Err(e) = result {
                t.fail("v1ConfigurationListGet", e);
            }
            let result = client.list_configurations().offset(1).limit(50).await;
            if t.sent("v1ConfigurationListGet", &result) {
                t.optional_sent(
                    &wire,
                    "v1ConfigurationListGet",
                    "v1ConfigurationListGet (every optional parameter)",
                    &[Param::Query("offset"), Param::Query("limit")],
                );
            }
            if let Err(e) = result {
                t.fail("v1ConfigurationListGet (every optional parameter)", e);
            }
            let result = client.list_configurations().header("Prefer", "code=400").await;
            t.sent("v1ConfigurationListGet", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1ConfigurationListGet (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1ConfigurationListGet (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
            t.paginated += 1;
            let mut position: i64 = 0i64;
            let mut previous: Option<String> = None;
            let mut fetched = 0usize;
            loop {
                let result = client.list_configurations().offset(position as i32).await;
                t.sent("v1ConfigurationListGet", &result);
                match result {
                    Ok(page) => {
                        fetched += 1;
                        let text = format!("{page:?}");
                        if previous.as_deref() == Some(text.as_str()) {
                            t.gaps
                                .push(
                                    format!(
                                        "v1ConfigurationListGet: the mock answered offset {} with the same page as the one before, so the walk ended there (the mock has no end of data)",
                                        position
                                    ),
                                );
                            break;
                        }
                        previous = Some(text);
                    }
                    Err(e) => {
                        t.fail("v1ConfigurationListGet (page by page)", e);
                        break;
                    }
                }
                if fetched >= 50 {
                    t.fail(
                        "v1ConfigurationListGet (page by page)",
                        format!("the pages did not end within {} pages", 50),
                    );
                    break;
                }
                position += 50i64;
            }
            t.pages += fetched;
            t.walk(
                    "v1ConfigurationListGet (stream)",
                    client.list_configurations().stream(),
                    10000,
                )
                .await;
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::ConfigurationInstanceSubmissionCreate,
            >(
                    "{\"configurationId\":\"string\",\"name\":\"string\",\"description\":\"string\",\"creatorId\":\"string\",\"optionalProperties\":\"string\"}",
                )
                .expect(
                    "the sample {\"configurationId\":\"string\",\"name\":\"string\",\"description\":\"string\",\"creatorId\":\"string\",\"optionalProperties\":\"string\"} does not decode",
                );
            let result = client.create_configuration_instance("string", &body).await;
            if t.sent("v1ConfigurationConfigurationIdInstanceCreatePost", &result) {
                t.body_sent(&wire, "v1ConfigurationConfigurationIdInstanceCreatePost");
            }
            if let Err(e) = result {
                t.fail("v1ConfigurationConfigurationIdInstanceCreatePost", e);
            }
            let result = client
                .create_configuration_instance("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("v1ConfigurationConfigurationIdInstanceCreatePost", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1ConfigurationConfigurationIdInstanceCreatePost (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1ConfigurationConfigurationIdInstanceCreatePost (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_configuration_instance("string", "string").await;
            t.sent("v1ConfigurationConfigurationIdInstanceInstanceIdGetGet", &result);
            if let Err(e) = result {
                t.fail("v1ConfigurationConfigurationIdInstanceInstanceIdGetGet", e);
            }
            let result = client
                .get_configuration_instance("string", "string")
                .header("Prefer", "code=400")
                .await;
            t.sent("v1ConfigurationConfigurationIdInstanceInstanceIdGetGet", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1ConfigurationConfigurationIdInstanceInstanceIdGetGet (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1ConfigurationConfigurationIdInstanceInstanceIdGetGet (Prefer: code=400)",
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
                types::ConfigurationInstanceSubmissionUpdate,
            >(
                    "{\"instanceId\":\"string\",\"configurationId\":\"string\",\"name\":\"string\",\"description\":\"string\",\"optionalProperties\":\"string\"}",
                )
                .expect(
                    "the sample {\"instanceId\":\"string\",\"configurationId\":\"string\",\"name\":\"string\",\"description\":\"string\",\"optionalProperties\":\"string\"} does not decode",
                );
            let result = client
                .update_configuration_instance("string", "string", &body)
                .await;
            if t
                .sent(
                    "v1ConfigurationConfigurationIdInstanceInstanceIdUpdatePut",
                    &result,
                )
            {
                t.body_sent(
                    &wire,
                    "v1ConfigurationConfigurationIdInstanceInstanceIdUpdatePut",
                );
            }
            if let Err(e) = result {
                t.fail("v1ConfigurationConfigurationIdInstanceInstanceIdUpdatePut", e);
            }
            let result = client
                .update_configuration_instance("string", "string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("v1ConfigurationConfigurationIdInstanceInstanceIdUpdatePut", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1ConfigurationConfigurationIdInstanceInstanceIdUpdatePut (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1ConfigurationConfigurationIdInstanceInstanceIdUpdatePut (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_configuration_instances("string").await;
            t.sent("v1ConfigurationConfigurationIdInstanceListGet", &result);
            if let Err(e) = result {
                t.fail("v1ConfigurationConfigurationIdInstanceListGet", e);
            }
            let result = client
                .list_configuration_instances("string")
                .offset(1)
                .limit(50)
                .await;
            if t.sent("v1ConfigurationConfigurationIdInstanceListGet", &result) {
                t.optional_sent(
                    &wire,
                    "v1ConfigurationConfigurationIdInstanceListGet",
                    "v1ConfigurationConfigurationIdInstanceListGet (every optional parameter)",
                    &[Param::Query("offset"), Param::Query("limit")],
                );
            }
            if let Err(e) = result {
                t.fail(
                    "v1ConfigurationConfigurationIdInstanceListGet (every optional parameter)",
                    e,
                );
            }
            let result = client
                .list_configuration_instances("string")
                .header("Prefer", "code=400")
                .await;
            t.sent("v1ConfigurationConfigurationIdInstanceListGet", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1ConfigurationConfigurationIdInstanceListGet (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1ConfigurationConfigurationIdInstanceListGet (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
            t.paginated += 1;
            let mut position: i64 = 0i64;
            let mut previous: Option<String> = None;
            let mut fetched = 0usize;
            loop {
                let result = client
                    .list_configuration_instances("string")
                    .offset(position as i32)
                    .await;
                t.sent("v1ConfigurationConfigurationIdInstanceListGet", &result);
                match result {
                    Ok(page) => {
                        fetched += 1;
                        let text = format!("{page:?}");
                        if previous.as_deref() == Some(text.as_str()) {
                            t.gaps
                                .push(
                                    format!(
                                        "v1ConfigurationConfigurationIdInstanceListGet: the mock answered offset {} with the same page as the one before, so the walk ended there (the mock has no end of data)",
                                        position
                                    ),
                                );
                            break;
                        }
                        previous = Some(text);
                    }
                    Err(e) => {
                        t.fail(
                            "v1ConfigurationConfigurationIdInstanceListGet (page by page)",
                            e,
                        );
                        break;
                    }
                }
                if fetched >= 50 {
                    t.fail(
                        "v1ConfigurationConfigurationIdInstanceListGet (page by page)",
                        format!("the pages did not end within {} pages", 50),
                    );
                    break;
                }
                position += 50i64;
            }
            t.pages += fetched;
            t.walk(
                    "v1ConfigurationConfigurationIdInstanceListGet (stream)",
                    client.list_configuration_instances("string").stream(),
                    10000,
                )
                .await;
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::Disclaimer,
            >(
                    "{\"name\":\"string\",\"content\":\"string\",\"frequencyInHours\":1,\"isDefault\":true,\"isActive\":true,\"format\":\"TEXT\"}",
                )
                .expect(
                    "the sample {\"name\":\"string\",\"content\":\"string\",\"frequencyInHours\":1,\"isDefault\":true,\"isActive\":true,\"format\":\"TEXT\"} does not decode",
                );
            let result = client.create_disclaimer(&body).await;
            if t.sent("v1AdminDisclaimerCreatePost", &result) {
                t.body_sent(&wire, "v1AdminDisclaimerCreatePost");
            }
            if let Err(e) = result {
                t.fail("v1AdminDisclaimerCreatePost", e);
            }
            let result = client
                .create_disclaimer(&body)
                .header("Prefer", "code=400")
                .await;
            t.sent("v1AdminDisclaimerCreatePost", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1AdminDisclaimerCreatePost (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1AdminDisclaimerCreatePost (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_disclaimer("string").await;
            t.sent("v1AdminDisclaimerDidGet", &result);
            if let Err(e) = result {
                t.fail("v1AdminDisclaimerDidGet", e);
            }
            let result = client
                .get_disclaimer("string")
                .header("Prefer", "code=400")
                .await;
            t.sent("v1AdminDisclaimerDidGet", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1AdminDisclaimerDidGet (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1AdminDisclaimerDidGet (Prefer: code=400)",
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
                types::Disclaimer,
            >(
                    "{\"name\":\"string\",\"content\":\"string\",\"frequencyInHours\":1,\"isDefault\":true,\"isActive\":true,\"format\":\"TEXT\"}",
                )
                .expect(
                    "the sample {\"name\":\"string\",\"content\":\"string\",\"frequencyInHours\":1,\"isDefault\":true,\"isActive\":true,\"format\":\"TEXT\"} does not decode",
                );
            let result = client.update_disclaimer("string", &body).await;
            if t.sent("v1AdminDisclaimerDidUpdatePost", &result) {
                t.body_sent(&wire, "v1AdminDisclaimerDidUpdatePost");
            }
            if let Err(e) = result {
                t.fail("v1AdminDisclaimerDidUpdatePost", e);
            }
            let result = client
                .update_disclaimer("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("v1AdminDisclaimerDidUpdatePost", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1AdminDisclaimerDidUpdatePost (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1AdminDisclaimerDidUpdatePost (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_disclaimer_users("string").await;
            t.sent("v1AdminDisclaimerDidUsersGet", &result);
            if let Err(e) = result {
                t.fail("v1AdminDisclaimerDidUsersGet", e);
            }
            let result = client
                .list_disclaimer_users("string")
                .header("Prefer", "code=400")
                .await;
            t.sent("v1AdminDisclaimerDidUsersGet", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1AdminDisclaimerDidUsersGet (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1AdminDisclaimerDidUsersGet (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_disclaimers().await;
            t.sent("v1AdminDisclaimerListGet", &result);
            if let Err(e) = result {
                t.fail("v1AdminDisclaimerListGet", e);
            }
            let result = client.list_disclaimers().header("Prefer", "code=400").await;
            t.sent("v1AdminDisclaimerListGet", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1AdminDisclaimerListGet (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1AdminDisclaimerListGet (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<types::IntegerList>("[1]")
                .expect("the sample [1] does not decode");
            let result = client.add_group_members("string", &body).await;
            if t.sent("v1AdminGroupGidMembershipAddPost", &result) {
                t.body_sent(&wire, "v1AdminGroupGidMembershipAddPost");
            }
            if let Err(e) = result {
                t.fail("v1AdminGroupGidMembershipAddPost", e);
            }
            let result = client
                .add_group_members("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("v1AdminGroupGidMembershipAddPost", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1AdminGroupGidMembershipAddPost (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1AdminGroupGidMembershipAddPost (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_group_members("string").await;
            t.sent("v1AdminGroupGidMembershipListGet", &result);
            if let Err(e) = result {
                t.fail("v1AdminGroupGidMembershipListGet", e);
            }
            let result = client
                .list_group_members("string")
                .header("Prefer", "code=400")
                .await;
            t.sent("v1AdminGroupGidMembershipListGet", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1AdminGroupGidMembershipListGet (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1AdminGroupGidMembershipListGet (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<types::IntegerList>("[1]")
                .expect("the sample [1] does not decode");
            let result = client.remove_group_members("string", &body).await;
            if t.sent("v1AdminGroupGidMembershipRemovePost", &result) {
                t.body_sent(&wire, "v1AdminGroupGidMembershipRemovePost");
            }
            if let Err(e) = result {
                t.fail("v1AdminGroupGidMembershipRemovePost", e);
            }
            let result = client
                .remove_group_members("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("v1AdminGroupGidMembershipRemovePost", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1AdminGroupGidMembershipRemovePost (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1AdminGroupGidMembershipRemovePost (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_groups().await;
            t.sent("v1AdminGroupListGet", &result);
            if let Err(e) = result {
                t.fail("v1AdminGroupListGet", e);
            }
            let result = client.list_groups().header("Prefer", "code=400").await;
            t.sent("v1AdminGroupListGet", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1AdminGroupListGet (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1AdminGroupListGet (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_policies().await;
            t.sent("v1AdminPolicyListGet", &result);
            if let Err(e) = result {
                t.fail("v1AdminPolicyListGet", e);
            }
            let result = client.list_policies().header("Prefer", "code=400").await;
            t.sent("v1AdminPolicyListGet", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1AdminPolicyListGet (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1AdminPolicyListGet (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.suppress_message("string").await;
            t.sent("v1AdminMessagesuppressionIdSuppressPost", &result);
            if let Err(e) = result {
                t.fail("v1AdminMessagesuppressionIdSuppressPost", e);
            }
            let result = client
                .suppress_message("string")
                .header("Prefer", "code=400")
                .await;
            t.sent("v1AdminMessagesuppressionIdSuppressPost", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1AdminMessagesuppressionIdSuppressPost (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1AdminMessagesuppressionIdSuppressPost (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_presence().await;
            t.sent("v1PresenceGet", &result);
            if let Err(e) = result {
                t.fail("v1PresenceGet", e);
            }
            let result = client.list_presence().header("Prefer", "code=400").await;
            t.sent("v1PresenceGet", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1PresenceGet (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1PresenceGet (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_user_presence(1).await;
            t.sent("v1UserUidPresenceGet", &result);
            if let Err(e) = result {
                t.fail("v1UserUidPresenceGet", e);
            }
            let result = client.get_user_presence(1).header("Prefer", "code=400").await;
            t.sent("v1UserUidPresenceGet", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1UserUidPresenceGet (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1UserUidPresenceGet (Prefer: code=400)",
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
                types::Presence,
            >("{\"category\":\"UNDEFINED\"}")
                .expect("the sample {\"category\":\"UNDEFINED\"} does not decode");
            let result = client.set_user_presence(1, &body).await;
            if t.sent("v1UserUidPresencePost", &result) {
                t.body_sent(&wire, "v1UserUidPresencePost");
            }
            if let Err(e) = result {
                t.fail("v1UserUidPresencePost", e);
            }
            let result = client
                .set_user_presence(1, &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("v1UserUidPresencePost", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1UserUidPresencePost (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1UserUidPresencePost (Prefer: code=400)",
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
                types::UserId,
            >("{\"id\":1}")
                .expect("the sample {\"id\":1} does not decode");
            let result = client.add_room_member("string", &body).await;
            if t.sent("v1RoomIdMembershipAddPost", &result) {
                t.body_sent(&wire, "v1RoomIdMembershipAddPost");
            }
            if let Err(e) = result {
                t.fail("v1RoomIdMembershipAddPost", e);
            }
            let result = client
                .add_room_member("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("v1RoomIdMembershipAddPost", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1RoomIdMembershipAddPost (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1RoomIdMembershipAddPost (Prefer: code=400)",
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
                types::UserId,
            >("{\"id\":1}")
                .expect("the sample {\"id\":1} does not decode");
            let result = client.demote_room_owner("string", &body).await;
            if t.sent("v1RoomIdMembershipDemoteOwnerPost", &result) {
                t.body_sent(&wire, "v1RoomIdMembershipDemoteOwnerPost");
            }
            if let Err(e) = result {
                t.fail("v1RoomIdMembershipDemoteOwnerPost", e);
            }
            let result = client
                .demote_room_owner("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("v1RoomIdMembershipDemoteOwnerPost", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1RoomIdMembershipDemoteOwnerPost (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1RoomIdMembershipDemoteOwnerPost (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_room_members("string").await;
            t.sent("v1RoomIdMembershipListGet", &result);
            if let Err(e) = result {
                t.fail("v1RoomIdMembershipListGet", e);
            }
            let result = client
                .list_room_members("string")
                .header("Prefer", "code=400")
                .await;
            t.sent("v1RoomIdMembershipListGet", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1RoomIdMembershipListGet (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1RoomIdMembershipListGet (Prefer: code=400)",
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
                types::UserId,
            >("{\"id\":1}")
                .expect("the sample {\"id\":1} does not decode");
            let result = client.promote_room_owner("string", &body).await;
            if t.sent("v1RoomIdMembershipPromoteOwnerPost", &result) {
                t.body_sent(&wire, "v1RoomIdMembershipPromoteOwnerPost");
            }
            if let Err(e) = result {
                t.fail("v1RoomIdMembershipPromoteOwnerPost", e);
            }
            let result = client
                .promote_room_owner("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("v1RoomIdMembershipPromoteOwnerPost", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1RoomIdMembershipPromoteOwnerPost (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1RoomIdMembershipPromoteOwnerPost (Prefer: code=400)",
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
                types::UserId,
            >("{\"id\":1}")
                .expect("the sample {\"id\":1} does not decode");
            let result = client.remove_room_member("string", &body).await;
            if t.sent("v1RoomIdMembershipRemovePost", &result) {
                t.body_sent(&wire, "v1RoomIdMembershipRemovePost");
            }
            if let Err(e) = result {
                t.fail("v1RoomIdMembershipRemovePost", e);
            }
            let result = client
                .remove_room_member("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("v1RoomIdMembershipRemovePost", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1RoomIdMembershipRemovePost (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1RoomIdMembershipRemovePost (Prefer: code=400)",
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
                types::CompanyCert,
            >(
                    "{\"pem\":\"string\",\"attributes\":{\"name\":\"string\",\"type\":{\"type\":\"USERSIGNING\"},\"status\":{\"type\":\"TRUSTED\"}}}",
                )
                .expect(
                    "the sample {\"pem\":\"string\",\"attributes\":{\"name\":\"string\",\"type\":{\"type\":\"USERSIGNING\"},\"status\":{\"type\":\"TRUSTED\"}}} does not decode",
                );
            let result = client.create_company_cert(&body).await;
            if t.sent("v1CompanycertCreatePost", &result) {
                t.body_sent(&wire, "v1CompanycertCreatePost");
            }
            if let Err(e) = result {
                t.fail("v1CompanycertCreatePost", e);
            }
            let result = client
                .create_company_cert(&body)
                .header("Prefer", "code=400")
                .await;
            t.sent("v1CompanycertCreatePost", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1CompanycertCreatePost (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1CompanycertCreatePost (Prefer: code=400)",
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
                types::StringId,
            >("{\"id\":\"string\"}")
                .expect("the sample {\"id\":\"string\"} does not decode");
            let result = client.delete_company_cert(&body).await;
            if t.sent("v1CompanycertDeletePost", &result) {
                t.body_sent(&wire, "v1CompanycertDeletePost");
            }
            if let Err(e) = result {
                t.fail("v1CompanycertDeletePost", e);
            }
            let result = client
                .delete_company_cert(&body)
                .header("Prefer", "code=400")
                .await;
            t.sent("v1CompanycertDeletePost", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1CompanycertDeletePost (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1CompanycertDeletePost (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_company_cert("string").await;
            t.sent("v1CompanycertFingerPrintGetGet", &result);
            if let Err(e) = result {
                t.fail("v1CompanycertFingerPrintGetGet", e);
            }
            let result = client
                .get_company_cert("string")
                .header("Prefer", "code=400")
                .await;
            t.sent("v1CompanycertFingerPrintGetGet", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1CompanycertFingerPrintGetGet (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1CompanycertFingerPrintGetGet (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_company_certs_issued_by("string").await;
            t.sent("v1CompanycertFingerPrintIssuedByGet", &result);
            if let Err(e) = result {
                t.fail("v1CompanycertFingerPrintIssuedByGet", e);
            }
            let result = client
                .list_company_certs_issued_by("string")
                .header("Prefer", "code=400")
                .await;
            t.sent("v1CompanycertFingerPrintIssuedByGet", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1CompanycertFingerPrintIssuedByGet (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1CompanycertFingerPrintIssuedByGet (Prefer: code=400)",
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
                types::CompanyCertAttributes,
            >(
                    "{\"name\":\"string\",\"type\":{\"type\":\"USERSIGNING\"},\"status\":{\"type\":\"TRUSTED\"}}",
                )
                .expect(
                    "the sample {\"name\":\"string\",\"type\":{\"type\":\"USERSIGNING\"},\"status\":{\"type\":\"TRUSTED\"}} does not decode",
                );
            let result = client.update_company_cert("string", &body).await;
            if t.sent("v1CompanycertFingerPrintUpdatePost", &result) {
                t.body_sent(&wire, "v1CompanycertFingerPrintUpdatePost");
            }
            if let Err(e) = result {
                t.fail("v1CompanycertFingerPrintUpdatePost", e);
            }
            let result = client
                .update_company_cert("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("v1CompanycertFingerPrintUpdatePost", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1CompanycertFingerPrintUpdatePost (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1CompanycertFingerPrintUpdatePost (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_company_certs().await;
            t.sent("v1CompanycertListGet", &result);
            if let Err(e) = result {
                t.fail("v1CompanycertListGet", e);
            }
            let result = client.list_company_certs().skip(1).limit(1).await;
            if t.sent("v1CompanycertListGet", &result) {
                t.optional_sent(
                    &wire,
                    "v1CompanycertListGet",
                    "v1CompanycertListGet (every optional parameter)",
                    &[Param::Query("skip"), Param::Query("limit")],
                );
            }
            if let Err(e) = result {
                t.fail("v1CompanycertListGet (every optional parameter)", e);
            }
            let result = client.list_company_certs().header("Prefer", "code=400").await;
            t.sent("v1CompanycertListGet", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1CompanycertListGet (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1CompanycertListGet (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
            t.paginated += 1;
            let mut position: i64 = 0i64;
            let mut previous: Option<String> = None;
            let mut fetched = 0usize;
            loop {
                let result = client.list_company_certs().skip(position as i32).await;
                t.sent("v1CompanycertListGet", &result);
                match result {
                    Ok(page) => {
                        fetched += 1;
                        let text = format!("{page:?}");
                        if previous.as_deref() == Some(text.as_str()) {
                            t.gaps
                                .push(
                                    format!(
                                        "v1CompanycertListGet: the mock answered offset {} with the same page as the one before, so the walk ended there (the mock has no end of data)",
                                        position
                                    ),
                                );
                            break;
                        }
                        previous = Some(text);
                    }
                    Err(e) => {
                        t.fail("v1CompanycertListGet (page by page)", e);
                        break;
                    }
                }
                if fetched >= 50 {
                    t.fail(
                        "v1CompanycertListGet (page by page)",
                        format!("the pages did not end within {} pages", 50),
                    );
                    break;
                }
                position += 1i64;
            }
            t.pages += fetched;
            t.walk(
                    "v1CompanycertListGet (stream)",
                    client.list_company_certs().stream(),
                    10000,
                )
                .await;
        }
        {
            let result = client.list_pod_managed_company_certs().await;
            t.sent("v1CompanycertPodmanagedListGet", &result);
            if let Err(e) = result {
                t.fail("v1CompanycertPodmanagedListGet", e);
            }
            let result = client.list_pod_managed_company_certs().skip(1).limit(1).await;
            if t.sent("v1CompanycertPodmanagedListGet", &result) {
                t.optional_sent(
                    &wire,
                    "v1CompanycertPodmanagedListGet",
                    "v1CompanycertPodmanagedListGet (every optional parameter)",
                    &[Param::Query("skip"), Param::Query("limit")],
                );
            }
            if let Err(e) = result {
                t.fail("v1CompanycertPodmanagedListGet (every optional parameter)", e);
            }
            let result = client
                .list_pod_managed_company_certs()
                .header("Prefer", "code=400")
                .await;
            t.sent("v1CompanycertPodmanagedListGet", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1CompanycertPodmanagedListGet (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1CompanycertPodmanagedListGet (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
            t.paginated += 1;
            let mut position: i64 = 0i64;
            let mut previous: Option<String> = None;
            let mut fetched = 0usize;
            loop {
                let result = client
                    .list_pod_managed_company_certs()
                    .skip(position as i32)
                    .await;
                t.sent("v1CompanycertPodmanagedListGet", &result);
                match result {
                    Ok(page) => {
                        fetched += 1;
                        let text = format!("{page:?}");
                        if previous.as_deref() == Some(text.as_str()) {
                            t.gaps
                                .push(
                                    format!(
                                        "v1CompanycertPodmanagedListGet: the mock answered offset {} with the same page as the one before, so the walk ended there (the mock has no end of data)",
                                        position
                                    ),
                                );
                            break;
                        }
                        previous = Some(text);
                    }
                    Err(e) => {
                        t.fail("v1CompanycertPodmanagedListGet (page by page)", e);
                        break;
                    }
                }
                if fetched >= 50 {
                    t.fail(
                        "v1CompanycertPodmanagedListGet (page by page)",
                        format!("the pages did not end within {} pages", 50),
                    );
                    break;
                }
                position += 1i64;
            }
            t.pages += fetched;
            t.walk(
                    "v1CompanycertPodmanagedListGet (stream)",
                    client.list_pod_managed_company_certs().stream(),
                    10000,
                )
                .await;
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::CompanyCertTypeList,
            >("[{\"type\":\"USERSIGNING\"}]")
                .expect("the sample [{\"type\":\"USERSIGNING\"}] does not decode");
            let result = client.list_company_certs_by_type(&body).await;
            if t.sent("v1CompanycertTypeListPost", &result) {
                t.body_sent(&wire, "v1CompanycertTypeListPost");
            }
            if let Err(e) = result {
                t.fail("v1CompanycertTypeListPost", e);
            }
            let result = client.list_company_certs_by_type(&body).skip(1).limit(1).await;
            if t.sent("v1CompanycertTypeListPost", &result) {
                t.optional_sent(
                    &wire,
                    "v1CompanycertTypeListPost",
                    "v1CompanycertTypeListPost (every optional parameter)",
                    &[Param::Query("skip"), Param::Query("limit")],
                );
            }
            if let Err(e) = result {
                t.fail("v1CompanycertTypeListPost (every optional parameter)", e);
            }
            let result = client
                .list_company_certs_by_type(&body)
                .header("Prefer", "code=400")
                .await;
            t.sent("v1CompanycertTypeListPost", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1CompanycertTypeListPost (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1CompanycertTypeListPost (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
            t.paginated += 1;
            let mut position: i64 = 0i64;
            let mut previous: Option<String> = None;
            let mut fetched = 0usize;
            loop {
                let result = client
                    .list_company_certs_by_type(&body)
                    .skip(position as i32)
                    .await;
                t.sent("v1CompanycertTypeListPost", &result);
                match result {
                    Ok(page) => {
                        fetched += 1;
                        let text = format!("{page:?}");
                        if previous.as_deref() == Some(text.as_str()) {
                            t.gaps
                                .push(
                                    format!(
                                        "v1CompanycertTypeListPost: the mock answered offset {} with the same page as the one before, so the walk ended there (the mock has no end of data)",
                                        position
                                    ),
                                );
                            break;
                        }
                        previous = Some(text);
                    }
                    Err(e) => {
                        t.fail("v1CompanycertTypeListPost (page by page)", e);
                        break;
                    }
                }
                if fetched >= 50 {
                    t.fail(
                        "v1CompanycertTypeListPost (page by page)",
                        format!("the pages did not end within {} pages", 50),
                    );
                    break;
                }
                position += 1i64;
            }
            t.pages += fetched;
            t.walk(
                    "v1CompanycertTypeListPost (stream)",
                    client.list_company_certs_by_type(&body).stream(),
                    10000,
                )
                .await;
        }
        {
            let result = client.get_session_info().await;
            t.sent("v1SessioninfoGet", &result);
            if let Err(e) = result {
                t.fail("v1SessioninfoGet", e);
            }
            let result = client.get_session_info().header("Prefer", "code=400").await;
            t.sent("v1SessioninfoGet", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1SessioninfoGet (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1SessioninfoGet (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<types::UserIdList>("[1]")
                .expect("the sample [1] does not decode");
            let result = client.create_im(&body).await;
            if t.sent("v1ImCreatePost", &result) {
                t.body_sent(&wire, "v1ImCreatePost");
            }
            if let Err(e) = result {
                t.fail("v1ImCreatePost", e);
            }
            let result = client.create_im(&body).header("Prefer", "code=400").await;
            t.sent("v1ImCreatePost", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1ImCreatePost (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1ImCreatePost (Prefer: code=400)",
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
                types::RoomCreate,
            >(
                    "{\"roomAttributes\":{\"name\":\"string\",\"description\":\"string\",\"membersCanInvite\":true,\"discoverable\":true},\"immutableRoomAttributes\":{\"public\":true,\"readOnly\":true,\"copyProtected\":true}}",
                )
                .expect(
                    "the sample {\"roomAttributes\":{\"name\":\"string\",\"description\":\"string\",\"membersCanInvite\":true,\"discoverable\":true},\"immutableRoomAttributes\":{\"public\":true,\"readOnly\":true,\"copyProtected\":true}} does not decode",
                );
            let result = client.create_room_v1(&body).await;
            if t.sent("v1RoomCreatePost", &result) {
                t.body_sent(&wire, "v1RoomCreatePost");
            }
            if let Err(e) = result {
                t.fail("v1RoomCreatePost", e);
            }
            let result = client.create_room_v1(&body).header("Prefer", "code=400").await;
            t.sent("v1RoomCreatePost", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1RoomCreatePost (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1RoomCreatePost (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_room_info_v1("string").await;
            t.sent("v1RoomIdInfoGet", &result);
            if let Err(e) = result {
                t.fail("v1RoomIdInfoGet", e);
            }
            let result = client
                .get_room_info_v1("string")
                .header("Prefer", "code=400")
                .await;
            t.sent("v1RoomIdInfoGet", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1RoomIdInfoGet (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1RoomIdInfoGet (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.set_room_active("string", true).await;
            t.sent("v1RoomIdSetActivePost", &result);
            if let Err(e) = result {
                t.fail("v1RoomIdSetActivePost", e);
            }
            let result = client
                .set_room_active("string", true)
                .header("Prefer", "code=400")
                .await;
            t.sent("v1RoomIdSetActivePost", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1RoomIdSetActivePost (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1RoomIdSetActivePost (Prefer: code=400)",
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
                types::RoomAttributes,
            >(
                    "{\"name\":\"string\",\"description\":\"string\",\"membersCanInvite\":true,\"discoverable\":true}",
                )
                .expect(
                    "the sample {\"name\":\"string\",\"description\":\"string\",\"membersCanInvite\":true,\"discoverable\":true} does not decode",
                );
            let result = client.update_room_v1("string", &body).await;
            if t.sent("v1RoomIdUpdatePost", &result) {
                t.body_sent(&wire, "v1RoomIdUpdatePost");
            }
            if let Err(e) = result {
                t.fail("v1RoomIdUpdatePost", e);
            }
            let result = client
                .update_room_v1("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("v1RoomIdUpdatePost", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1RoomIdUpdatePost (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1RoomIdUpdatePost (Prefer: code=400)",
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
                types::V2RoomAttributes,
            >(
                    "{\"name\":\"string\",\"keywords\":[{\"key\":\"string\",\"value\":\"string\"}],\"description\":\"string\",\"membersCanInvite\":true,\"discoverable\":true,\"public\":true,\"readOnly\":true,\"copyProtected\":true}",
                )
                .expect(
                    "the sample {\"name\":\"string\",\"keywords\":[{\"key\":\"string\",\"value\":\"string\"}],\"description\":\"string\",\"membersCanInvite\":true,\"discoverable\":true,\"public\":true,\"readOnly\":true,\"copyProtected\":true} does not decode",
                );
            let result = client.create_room(&body).await;
            if t.sent("v2RoomCreatePost", &result) {
                t.body_sent(&wire, "v2RoomCreatePost");
            }
            if let Err(e) = result {
                t.fail("v2RoomCreatePost", e);
            }
            let result = client.create_room(&body).header("Prefer", "code=400").await;
            t.sent("v2RoomCreatePost", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v2RoomCreatePost (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v2RoomCreatePost (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_room_info("string").await;
            t.sent("v2RoomIdInfoGet", &result);
            if let Err(e) = result {
                t.fail("v2RoomIdInfoGet", e);
            }
            let result = client
                .get_room_info("string")
                .header("Prefer", "code=400")
                .await;
            t.sent("v2RoomIdInfoGet", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v2RoomIdInfoGet (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v2RoomIdInfoGet (Prefer: code=400)",
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
                types::V2RoomAttributes,
            >(
                    "{\"name\":\"string\",\"keywords\":[{\"key\":\"string\",\"value\":\"string\"}],\"description\":\"string\",\"membersCanInvite\":true,\"discoverable\":true,\"public\":true,\"readOnly\":true,\"copyProtected\":true}",
                )
                .expect(
                    "the sample {\"name\":\"string\",\"keywords\":[{\"key\":\"string\",\"value\":\"string\"}],\"description\":\"string\",\"membersCanInvite\":true,\"discoverable\":true,\"public\":true,\"readOnly\":true,\"copyProtected\":true} does not decode",
                );
            let result = client.update_room("string", &body).await;
            if t.sent("v2RoomIdUpdatePost", &result) {
                t.body_sent(&wire, "v2RoomIdUpdatePost");
            }
            if let Err(e) = result {
                t.fail("v2RoomIdUpdatePost", e);
            }
            let result = client
                .update_room("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("v2RoomIdUpdatePost", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v2RoomIdUpdatePost (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v2RoomIdUpdatePost (Prefer: code=400)",
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
                types::RoomSearchCriteria,
            >(
                    "{\"query\":\"string\",\"labels\":[\"string\"],\"active\":true,\"private\":true,\"owner\":{\"id\":1},\"creator\":{\"id\":1},\"member\":{\"id\":1}}",
                )
                .expect(
                    "the sample {\"query\":\"string\",\"labels\":[\"string\"],\"active\":true,\"private\":true,\"owner\":{\"id\":1},\"creator\":{\"id\":1},\"member\":{\"id\":1}} does not decode",
                );
            let result = client.search_rooms(&body).await;
            if t.sent("v2RoomSearchPost", &result) {
                t.body_sent(&wire, "v2RoomSearchPost");
            }
            if let Err(e) = result {
                t.fail("v2RoomSearchPost", e);
            }
            let result = client.search_rooms(&body).skip(1).limit(50).await;
            if t.sent("v2RoomSearchPost", &result) {
                t.optional_sent(
                    &wire,
                    "v2RoomSearchPost",
                    "v2RoomSearchPost (every optional parameter)",
                    &[Param::Query("skip"), Param::Query("limit")],
                );
            }
            if let Err(e) = result {
                t.fail("v2RoomSearchPost (every optional parameter)", e);
            }
            let result = client.search_rooms(&body).header("Prefer", "code=400").await;
            t.sent("v2RoomSearchPost", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v2RoomSearchPost (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v2RoomSearchPost (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
            t.paginated += 1;
            let mut position: i64 = 0i64;
            let mut previous: Option<String> = None;
            let mut fetched = 0usize;
            loop {
                let result = client.search_rooms(&body).skip(position as i32).await;
                t.sent("v2RoomSearchPost", &result);
                match result {
                    Ok(page) => {
                        fetched += 1;
                        let text = format!("{page:?}");
                        if previous.as_deref() == Some(text.as_str()) {
                            t.gaps
                                .push(
                                    format!(
                                        "v2RoomSearchPost: the mock answered offset {} with the same page as the one before, so the walk ended there (the mock has no end of data)",
                                        position
                                    ),
                                );
                            break;
                        }
                        previous = Some(text);
                    }
                    Err(e) => {
                        t.fail("v2RoomSearchPost (page by page)", e);
                        break;
                    }
                }
                if fetched >= 50 {
                    t.fail(
                        "v2RoomSearchPost (page by page)",
                        format!("the pages did not end within {} pages", 50),
                    );
                    break;
                }
                position += 50i64;
            }
            t.pages += fetched;
            t.walk(
                    "v2RoomSearchPost (stream)",
                    client.search_rooms(&body).stream(),
                    10000,
                )
                .await;
        }
        {
            let result = client.list_features().await;
            t.sent("v1AdminSystemFeaturesListGet", &result);
            if let Err(e) = result {
                t.fail("v1AdminSystemFeaturesListGet", e);
            }
            let result = client.list_features().header("Prefer", "code=400").await;
            t.sent("v1AdminSystemFeaturesListGet", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1AdminSystemFeaturesListGet (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1AdminSystemFeaturesListGet (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_roles().await;
            t.sent("v1AdminSystemRolesListGet", &result);
            if let Err(e) = result {
                t.fail("v1AdminSystemRolesListGet", e);
            }
            let result = client.list_roles().header("Prefer", "code=400").await;
            t.sent("v1AdminSystemRolesListGet", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1AdminSystemRolesListGet (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1AdminSystemRolesListGet (Prefer: code=400)",
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
                types::UserCreate,
            >(
                    "{\"userAttributes\":{\"emailAddress\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"userName\":\"string\",\"displayName\":\"string\",\"department\":\"string\",\"division\":\"string\",\"title\":\"string\",\"workPhoneNumber\":\"string\",\"mobilePhoneNumber\":\"string\",\"smsNumber\":\"string\",\"accountType\":\"NORMAL\",\"location\":\"string\",\"jobFunction\":\"string\",\"assetClasses\":[\"string\"],\"industries\":[\"string\"]},\"password\":{\"hSalt\":\"string\",\"hPassword\":\"string\",\"khSalt\":\"string\",\"khPassword\":\"string\"},\"roles\":[\"string\"]}",
                )
                .expect(
                    "the sample {\"userAttributes\":{\"emailAddress\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"userName\":\"string\",\"displayName\":\"string\",\"department\":\"string\",\"division\":\"string\",\"title\":\"string\",\"workPhoneNumber\":\"string\",\"mobilePhoneNumber\":\"string\",\"smsNumber\":\"string\",\"accountType\":\"NORMAL\",\"location\":\"string\",\"jobFunction\":\"string\",\"assetClasses\":[\"string\"],\"industries\":[\"string\"]},\"password\":{\"hSalt\":\"string\",\"hPassword\":\"string\",\"khSalt\":\"string\",\"khPassword\":\"string\"},\"roles\":[\"string\"]} does not decode",
                );
            let result = client.create_user(&body).await;
            if t.sent("v1AdminUserCreatePost", &result) {
                t.body_sent(&wire, "v1AdminUserCreatePost");
            }
            if let Err(e) = result {
                t.fail("v1AdminUserCreatePost", e);
            }
            let result = client.create_user(&body).header("Prefer", "code=400").await;
            t.sent("v1AdminUserCreatePost", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1AdminUserCreatePost (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1AdminUserCreatePost (Prefer: code=400)",
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
                types::UserFilter,
            >(
                    "{\"email\":\"string\",\"name\":\"string\",\"department\":\"string\",\"title\":\"string\",\"role\":\"string\",\"status\":\"ENABLED\",\"usertype\":\"NORMAL\",\"location\":\"string\"}",
                )
                .expect(
                    "the sample {\"email\":\"string\",\"name\":\"string\",\"department\":\"string\",\"title\":\"string\",\"role\":\"string\",\"status\":\"ENABLED\",\"usertype\":\"NORMAL\",\"location\":\"string\"} does not decode",
                );
            let result = client.find_users(&body).await;
            if t.sent("v1AdminUserFindPost", &result) {
                t.body_sent(&wire, "v1AdminUserFindPost");
            }
            if let Err(e) = result {
                t.fail("v1AdminUserFindPost", e);
            }
            let result = client.find_users(&body).header("Prefer", "code=400").await;
            t.sent("v1AdminUserFindPost", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1AdminUserFindPost (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1AdminUserFindPost (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_user_ids().await;
            t.sent("v1AdminUserListGet", &result);
            if let Err(e) = result {
                t.fail("v1AdminUserListGet", e);
            }
            let result = client.list_user_ids().header("Prefer", "code=400").await;
            t.sent("v1AdminUserListGet", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1AdminUserListGet (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1AdminUserListGet (Prefer: code=400)",
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
                types::PasswordReset,
            >("{\"type\":\"EMAIL\"}")
                .expect("the sample {\"type\":\"EMAIL\"} does not decode");
            let result = client.reset_user_password(1, &body).await;
            if t.sent("v1AdminUserUidActionPasswordResetPost", &result) {
                t.body_sent(&wire, "v1AdminUserUidActionPasswordResetPost");
            }
            if let Err(e) = result {
                t.fail("v1AdminUserUidActionPasswordResetPost", e);
            }
            let result = client
                .reset_user_password(1, &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("v1AdminUserUidActionPasswordResetPost", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1AdminUserUidActionPasswordResetPost (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1AdminUserUidActionPasswordResetPost (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_user_avatar(1).await;
            t.sent("v1AdminUserUidAvatarGet", &result);
            if let Err(e) = result {
                t.fail("v1AdminUserUidAvatarGet", e);
            }
            let result = client.get_user_avatar(1).header("Prefer", "code=400").await;
            t.sent("v1AdminUserUidAvatarGet", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1AdminUserUidAvatarGet (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1AdminUserUidAvatarGet (Prefer: code=400)",
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
                types::AvatarUpdate,
            >("{\"image\":\"string\"}")
                .expect("the sample {\"image\":\"string\"} does not decode");
            let result = client.update_user_avatar(1, &body).await;
            if t.sent("v1AdminUserUidAvatarUpdatePost", &result) {
                t.body_sent(&wire, "v1AdminUserUidAvatarUpdatePost");
            }
            if let Err(e) = result {
                t.fail("v1AdminUserUidAvatarUpdatePost", e);
            }
            let result = client
                .update_user_avatar(1, &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("v1AdminUserUidAvatarUpdatePost", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1AdminUserUidAvatarUpdatePost (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1AdminUserUidAvatarUpdatePost (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_user_delegates(1).await;
            t.sent("v1AdminUserUidDelegatesGet", &result);
            if let Err(e) = result {
                t.fail("v1AdminUserUidDelegatesGet", e);
            }
            let result = client.get_user_delegates(1).header("Prefer", "code=400").await;
            t.sent("v1AdminUserUidDelegatesGet", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1AdminUserUidDelegatesGet (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1AdminUserUidDelegatesGet (Prefer: code=400)",
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
                types::DelegateAction,
            >("{\"userId\":1,\"action\":\"ADD\"}")
                .expect("the sample {\"userId\":1,\"action\":\"ADD\"} does not decode");
            let result = client.update_user_delegates(1, &body).await;
            if t.sent("v1AdminUserUidDelegatesUpdatePost", &result) {
                t.body_sent(&wire, "v1AdminUserUidDelegatesUpdatePost");
            }
            if let Err(e) = result {
                t.fail("v1AdminUserUidDelegatesUpdatePost", e);
            }
            let result = client
                .update_user_delegates(1, &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("v1AdminUserUidDelegatesUpdatePost", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1AdminUserUidDelegatesUpdatePost (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1AdminUserUidDelegatesUpdatePost (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_user_disclaimer(1).await;
            t.sent("v1AdminUserUidDisclaimerGet", &result);
            if let Err(e) = result {
                t.fail("v1AdminUserUidDisclaimerGet", e);
            }
            let result = client
                .get_user_disclaimer(1)
                .header("Prefer", "code=400")
                .await;
            t.sent("v1AdminUserUidDisclaimerGet", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1AdminUserUidDisclaimerGet (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1AdminUserUidDisclaimerGet (Prefer: code=400)",
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
                types::StringId,
            >("{\"id\":\"string\"}")
                .expect("the sample {\"id\":\"string\"} does not decode");
            let result = client.assign_user_disclaimer(1, &body).await;
            if t.sent("v1AdminUserUidDisclaimerUpdatePost", &result) {
                t.body_sent(&wire, "v1AdminUserUidDisclaimerUpdatePost");
            }
            if let Err(e) = result {
                t.fail("v1AdminUserUidDisclaimerUpdatePost", e);
            }
            let result = client
                .assign_user_disclaimer(1, &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("v1AdminUserUidDisclaimerUpdatePost", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1AdminUserUidDisclaimerUpdatePost (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1AdminUserUidDisclaimerUpdatePost (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_user_features(1).await;
            t.sent("v1AdminUserUidFeaturesGet", &result);
            if let Err(e) = result {
                t.fail("v1AdminUserUidFeaturesGet", e);
            }
            let result = client.list_user_features(1).header("Prefer", "code=400").await;
            t.sent("v1AdminUserUidFeaturesGet", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1AdminUserUidFeaturesGet (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1AdminUserUidFeaturesGet (Prefer: code=400)",
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
                types::FeatureList,
            >("[{\"entitlment\":\"string\",\"enabled\":true}]")
                .expect(
                    "the sample [{\"entitlment\":\"string\",\"enabled\":true}] does not decode",
                );
            let result = client.update_user_features(1, &body).await;
            if t.sent("v1AdminUserUidFeaturesUpdatePost", &result) {
                t.body_sent(&wire, "v1AdminUserUidFeaturesUpdatePost");
            }
            if let Err(e) = result {
                t.fail("v1AdminUserUidFeaturesUpdatePost", e);
            }
            let result = client
                .update_user_features(1, &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("v1AdminUserUidFeaturesUpdatePost", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1AdminUserUidFeaturesUpdatePost (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1AdminUserUidFeaturesUpdatePost (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_user_details(1).await;
            t.sent("v1AdminUserUidGet", &result);
            if let Err(e) = result {
                t.fail("v1AdminUserUidGet", e);
            }
            let result = client.get_user_details(1).header("Prefer", "code=400").await;
            t.sent("v1AdminUserUidGet", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1AdminUserUidGet (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1AdminUserUidGet (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_user_roles(1).await;
            t.sent("v1AdminUserUidRolesGet", &result);
            if let Err(e) = result {
                t.fail("v1AdminUserUidRolesGet", e);
            }
            let result = client.list_user_roles(1).header("Prefer", "code=400").await;
            t.sent("v1AdminUserUidRolesGet", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1AdminUserUidRolesGet (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1AdminUserUidRolesGet (Prefer: code=400)",
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
                types::StringList,
            >("[\"string\"]")
                .expect("the sample [\"string\"] does not decode");
            let result = client.update_user_roles(1, &body).await;
            if t.sent("v1AdminUserUidRolesUpdatePost", &result) {
                t.body_sent(&wire, "v1AdminUserUidRolesUpdatePost");
            }
            if let Err(e) = result {
                t.fail("v1AdminUserUidRolesUpdatePost", e);
            }
            let result = client
                .update_user_roles(1, &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("v1AdminUserUidRolesUpdatePost", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1AdminUserUidRolesUpdatePost (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1AdminUserUidRolesUpdatePost (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_user_status(1).await;
            t.sent("v1AdminUserUidStatusGet", &result);
            if let Err(e) = result {
                t.fail("v1AdminUserUidStatusGet", e);
            }
            let result = client.get_user_status(1).header("Prefer", "code=400").await;
            t.sent("v1AdminUserUidStatusGet", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1AdminUserUidStatusGet (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1AdminUserUidStatusGet (Prefer: code=400)",
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
                types::UserStatus,
            >("{\"status\":\"ENABLED\"}")
                .expect("the sample {\"status\":\"ENABLED\"} does not decode");
            let result = client.update_user_status(1, &body).await;
            if t.sent("v1AdminUserUidStatusUpdatePost", &result) {
                t.body_sent(&wire, "v1AdminUserUidStatusUpdatePost");
            }
            if let Err(e) = result {
                t.fail("v1AdminUserUidStatusUpdatePost", e);
            }
            let result = client
                .update_user_status(1, &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("v1AdminUserUidStatusUpdatePost", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1AdminUserUidStatusUpdatePost (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1AdminUserUidStatusUpdatePost (Prefer: code=400)",
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
                types::UserAttributes,
            >(
                    "{\"emailAddress\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"userName\":\"string\",\"displayName\":\"string\",\"department\":\"string\",\"division\":\"string\",\"title\":\"string\",\"workPhoneNumber\":\"string\",\"mobilePhoneNumber\":\"string\",\"smsNumber\":\"string\",\"accountType\":\"NORMAL\",\"location\":\"string\",\"jobFunction\":\"string\",\"assetClasses\":[\"string\"],\"industries\":[\"string\"]}",
                )
                .expect(
                    "the sample {\"emailAddress\":\"string\",\"firstName\":\"string\",\"lastName\":\"string\",\"userName\":\"string\",\"displayName\":\"string\",\"department\":\"string\",\"division\":\"string\",\"title\":\"string\",\"workPhoneNumber\":\"string\",\"mobilePhoneNumber\":\"string\",\"smsNumber\":\"string\",\"accountType\":\"NORMAL\",\"location\":\"string\",\"jobFunction\":\"string\",\"assetClasses\":[\"string\"],\"industries\":[\"string\"]} does not decode",
                );
            let result = client.update_user(1, &body).await;
            if t.sent("v1AdminUserUidUpdatePost", &result) {
                t.body_sent(&wire, "v1AdminUserUidUpdatePost");
            }
            if let Err(e) = result {
                t.fail("v1AdminUserUidUpdatePost", e);
            }
            let result = client.update_user(1, &body).header("Prefer", "code=400").await;
            t.sent("v1AdminUserUidUpdatePost", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1AdminUserUidUpdatePost (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1AdminUserUidUpdatePost (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_user_by_email("user@example.com").await;
            t.sent("v1UserGet", &result);
            if let Err(e) = result {
                t.fail("v1UserGet", e);
            }
            let result = client.get_user_by_email("user@example.com").local(true).await;
            if t.sent("v1UserGet", &result) {
                t.optional_sent(
                    &wire,
                    "v1UserGet",
                    "v1UserGet (every optional parameter)",
                    &[Param::Query("local")],
                );
            }
            if let Err(e) = result {
                t.fail("v1UserGet (every optional parameter)", e);
            }
            let result = client
                .get_user_by_email("user@example.com")
                .header("Prefer", "code=400")
                .await;
            t.sent("v1UserGet", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1UserGet (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1UserGet (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_user_by_username("string").await;
            t.sent("v1UserNameUserNameGetGet", &result);
            if let Err(e) = result {
                t.fail("v1UserNameUserNameGetGet", e);
            }
            let result = client
                .get_user_by_username("string")
                .header("Prefer", "code=400")
                .await;
            t.sent("v1UserNameUserNameGetGet", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(symphony_pod_client::ErrorBody::ApiError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "v1UserNameUserNameGetGet (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::ApiError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "v1UserNameUserNameGetGet (Prefer: code=400)",
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
                        format!(
                            "{}{}", url.trim_end_matches('/'),
                            "/v1/room/string/setActive"
                        ),
                    )
                    .header("sessionToken", "example-credential");
                match request.send().await {
                    Ok(response) if matches!(response.status().as_u16(), 400 | 422) => {
                        format!(
                            "{} rejected with {}",
                            "POST /v1/room/{id}/setActive without its required query parameter `active`",
                            response.status().as_u16()
                        )
                    }
                    Ok(response) => {
                        let outcome = format!(
                            "{} answered {}, not {}",
                            "POST /v1/room/{id}/setActive without its required query parameter `active`",
                            response.status().as_u16(), "400 or 422"
                        );
                        t.fail("negative control", &outcome);
                        outcome
                    }
                    Err(e) => {
                        t.fail("negative control", &e);
                        format!(
                            "{} not sent: {e}",
                            "POST /v1/room/{id}/setActive without its required query parameter `active`"
                        )
                    }
                }
            },
            {
                let request = codegen_runtime::reqwest::Client::new()
                    .request(
                        codegen_runtime::Method::from_bytes("POST".as_bytes())
                            .expect("a method"),
                        format!("{}{}", url.trim_end_matches('/'), "/v2/room/search"),
                    )
                    .header("sessionToken", "example-credential")
                    .header("content-type", "application/json")
                    .body(
                        "{\"member\":{\"id\":1},\"labels\":[\"string\"],\"active\":true,\"private\":true,\"owner\":{\"id\":1},\"creator\":{\"id\":1}}",
                    );
                match request.send().await {
                    Ok(response) if matches!(response.status().as_u16(), 400 | 422) => {
                        format!(
                            "{} rejected with {}",
                            "POST /v2/room/search without its required body property `query`",
                            response.status().as_u16()
                        )
                    }
                    Ok(response) => {
                        let outcome = format!(
                            "{} answered {}, not {}",
                            "POST /v2/room/search without its required body property `query`",
                            response.status().as_u16(), "400 or 422"
                        );
                        t.fail("negative control", &outcome);
                        outcome
                    }
                    Err(e) => {
                        t.fail("negative control", &e);
                        format!(
                            "{} not sent: {e}",
                            "POST /v2/room/search without its required body property `query`"
                        )
                    }
                }
            },
        ]
            .join("; ");
        let gaps: &[&str] = &[];
        let name = "symphony-pod-client";
        let mut report = vec![
            format!("{name}: {} of {} operations called, {} requests sent, {} failed", t
            .operations.len(), 71usize, t.requests, t.failures.len()),
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
                std::path::Path::new(&dir).join(concat!("symphony-pod-client", ".txt")),
                format!("{text}\n"),
            );
        }
        println!("{text}");
        assert!(t.failures.is_empty(), "{text}");
        assert_eq!(t.operations.len(), 71usize, "{text}");
    }
}
