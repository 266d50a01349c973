// This file is generated from e2e/specs/kinto.json by `cargo xtask generate`. Do not edit it by hand.

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
    use kinto_client::types;
    use codegen_runtime::contract::{Param, Tally, Wire};

    #[tokio::test]
    async fn every_operation_against_the_mock_server() {
        let url = std::env::var("KINTO_CLIENT_MOCK_URL")
            .expect(
                "set KINTO_CLIENT_MOCK_URL to the URL of a mock server of e2e/specs/kinto.json (`cargo xtask test` does)",
            );
        let wire = Wire::default();
        let client = kinto_client::Client::builder(url.clone())
            .retry(kinto_client::RetryPolicy::none())
            .hook(wire.clone())
            .build()
            .expect("client");
        let mut t = Tally::default();
        {
            let result = client.get_accounts().await;
            t.sent("get_accounts", &result);
            if let Err(e) = result {
                t.fail("get_accounts", e);
            }
            let result = client
                .get_accounts()
                .limit(1)
                .sort(
                    &codegen_runtime::serde_json::from_str::<Vec<String>>("[\"string\"]")
                        .expect("the sample [\"string\"] does not decode"),
                )
                .token("string")
                .since(1)
                .to(1)
                .before(1)
                .id("string")
                .last_modified(1)
                .fields(
                    &codegen_runtime::serde_json::from_str::<Vec<String>>("[\"string\"]")
                        .expect("the sample [\"string\"] does not decode"),
                )
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .await;
            if t.sent("get_accounts", &result) {
                t.optional_sent(
                    &wire,
                    "get_accounts",
                    "get_accounts (every optional parameter)",
                    &[
                        Param::Query("_limit"),
                        Param::Query("_sort"),
                        Param::Query("_token"),
                        Param::Query("_since"),
                        Param::Query("_to"),
                        Param::Query("_before"),
                        Param::Query("id"),
                        Param::Query("last_modified"),
                        Param::Query("_fields"),
                        Param::Header("If-Match"),
                        Param::Header("If-None-Match"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("get_accounts (every optional parameter)", e);
            }
            let result = client.get_accounts().header("Prefer", "code=400").await;
            t.sent("get_accounts", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "get_accounts (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "get_accounts (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::CreateAccountRequest,
            >(
                    "{\"data\":{\"password\":\"string\"},\"permissions\":{\"read\":[\"string\"],\"write\":[\"string\"]}}",
                )
                .expect(
                    "the sample {\"data\":{\"password\":\"string\"},\"permissions\":{\"read\":[\"string\"],\"write\":[\"string\"]}} does not decode",
                );
            let result = client.create_account(&body).await;
            if t.sent("create_account", &result) {
                t.body_sent(&wire, "create_account");
            }
            if let Err(e) = result {
                t.fail("create_account", e);
            }
            let result = client
                .create_account(&body)
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .await;
            if t.sent("create_account", &result) {
                t.optional_sent(
                    &wire,
                    "create_account",
                    "create_account (every optional parameter)",
                    &[Param::Header("If-Match"), Param::Header("If-None-Match")],
                );
            }
            if let Err(e) = result {
                t.fail("create_account (every optional parameter)", e);
            }
            let result = client.create_account(&body).header("Prefer", "code=400").await;
            t.sent("create_account", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "create_account (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "create_account (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let result = client.delete_accounts().await;
            t.sent("delete_accounts", &result);
            if let Err(e) = result {
                t.fail("delete_accounts", e);
            }
            let result = client
                .delete_accounts()
                .limit(1)
                .sort(
                    &codegen_runtime::serde_json::from_str::<Vec<String>>("[\"string\"]")
                        .expect("the sample [\"string\"] does not decode"),
                )
                .token("string")
                .since(1)
                .to(1)
                .before(1)
                .id("string")
                .last_modified(1)
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .await;
            if t.sent("delete_accounts", &result) {
                t.optional_sent(
                    &wire,
                    "delete_accounts",
                    "delete_accounts (every optional parameter)",
                    &[
                        Param::Query("_limit"),
                        Param::Query("_sort"),
                        Param::Query("_token"),
                        Param::Query("_since"),
                        Param::Query("_to"),
                        Param::Query("_before"),
                        Param::Query("id"),
                        Param::Query("last_modified"),
                        Param::Header("If-Match"),
                        Param::Header("If-None-Match"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("delete_accounts (every optional parameter)", e);
            }
            let result = client.delete_accounts().header("Prefer", "code=400").await;
            t.sent("delete_accounts", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "delete_accounts (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "delete_accounts (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_account("string").await;
            t.sent("get_account", &result);
            if let Err(e) = result {
                t.fail("get_account", e);
            }
            let result = client
                .get_account("string")
                .fields(
                    &codegen_runtime::serde_json::from_str::<Vec<String>>("[\"string\"]")
                        .expect("the sample [\"string\"] does not decode"),
                )
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .await;
            if t.sent("get_account", &result) {
                t.optional_sent(
                    &wire,
                    "get_account",
                    "get_account (every optional parameter)",
                    &[
                        Param::Query("_fields"),
                        Param::Header("If-Match"),
                        Param::Header("If-None-Match"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("get_account (every optional parameter)", e);
            }
            let result = client.get_account("string").header("Prefer", "code=400").await;
            t.sent("get_account", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "get_account (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "get_account (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::CreateAccountRequest,
            >(
                    "{\"data\":{\"password\":\"string\"},\"permissions\":{\"read\":[\"string\"],\"write\":[\"string\"]}}",
                )
                .expect(
                    "the sample {\"data\":{\"password\":\"string\"},\"permissions\":{\"read\":[\"string\"],\"write\":[\"string\"]}} does not decode",
                );
            let result = client.update_account("string", &body).await;
            if t.sent("update_account", &result) {
                t.body_sent(&wire, "update_account");
            }
            if let Err(e) = result {
                t.fail("update_account", e);
            }
            let result = client
                .update_account("string", &body)
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .await;
            if t.sent("update_account", &result) {
                t.optional_sent(
                    &wire,
                    "update_account",
                    "update_account (every optional parameter)",
                    &[Param::Header("If-Match"), Param::Header("If-None-Match")],
                );
            }
            if let Err(e) = result {
                t.fail("update_account (every optional parameter)", e);
            }
            let result = client
                .update_account("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("update_account", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "update_account (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "update_account (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let result = client.delete_account("string").await;
            t.sent("delete_account", &result);
            if let Err(e) = result {
                t.fail("delete_account", e);
            }
            let result = client
                .delete_account("string")
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .await;
            if t.sent("delete_account", &result) {
                t.optional_sent(
                    &wire,
                    "delete_account",
                    "delete_account (every optional parameter)",
                    &[Param::Header("If-Match"), Param::Header("If-None-Match")],
                );
            }
            if let Err(e) = result {
                t.fail("delete_account (every optional parameter)", e);
            }
            let result = client
                .delete_account("string")
                .header("Prefer", "code=400")
                .await;
            t.sent("delete_account", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "delete_account (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "delete_account (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::DeleteAccountResponse,
            >(
                    "{\"data\":{},\"permissions\":{\"read\":[\"string\"],\"write\":[\"string\"]}}",
                )
                .expect(
                    "the sample {\"data\":{},\"permissions\":{\"read\":[\"string\"],\"write\":[\"string\"]}} does not decode",
                );
            let result = client.patch_account("string", &body).await;
            if t.sent("patch_account", &result) {
                t.body_sent(&wire, "patch_account");
            }
            if let Err(e) = result {
                t.fail("patch_account", e);
            }
            let result = client
                .patch_account("string", &body)
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .response_behavior(
                    &codegen_runtime::serde_json::from_str::<
                        types::ResponseBehavior,
                    >("\"full\"")
                        .expect("the sample \"full\" does not decode"),
                )
                .await;
            if t.sent("patch_account", &result) {
                t.optional_sent(
                    &wire,
                    "patch_account",
                    "patch_account (every optional parameter)",
                    &[
                        Param::Header("If-Match"),
                        Param::Header("If-None-Match"),
                        Param::Header("Response-Behavior"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("patch_account (every optional parameter)", e);
            }
            let result = client
                .patch_account("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("patch_account", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "patch_account (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "patch_account (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::BatchRequest,
            >(
                    "{\"defaults\":{\"method\":\"GET\",\"path\":\"/\",\"headers\":{},\"body\":{}},\"requests\":[{\"method\":\"GET\",\"path\":\"/\",\"headers\":{},\"body\":{}}]}",
                )
                .expect(
                    "the sample {\"defaults\":{\"method\":\"GET\",\"path\":\"/\",\"headers\":{},\"body\":{}},\"requests\":[{\"method\":\"GET\",\"path\":\"/\",\"headers\":{},\"body\":{}}]} does not decode",
                );
            let result = client.batch(&body).await;
            if t.sent("batch", &result) {
                t.body_sent(&wire, "batch");
            }
            if let Err(e) = result {
                t.fail("batch", e);
            }
            let result = client.batch(&body).header("Prefer", "code=400").await;
            t.sent("batch", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "batch (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "batch (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let result = client.heartbeat().await;
            t.sent("__heartbeat__", &result);
            if let Err(e) = result {
                t.fail("__heartbeat__", e);
            }
            let result = client.heartbeat().header("Prefer", "code=503").await;
            t.sent("__heartbeat__", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(503)
                    && matches!(
                        e.error_body(), Some(kinto_client::ErrorBody::Other(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "__heartbeat__ (Prefer: code=503)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 503 decoded into ErrorBody::Other"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "__heartbeat__ (Prefer: code=503)",
                        format!(
                            "expected {}, got a success",
                            "a 503 decoded into ErrorBody::Other"
                        ),
                    )
                }
            }
        }
        {
            let result = client.lbheartbeat().await;
            t.sent("__lbheartbeat__", &result);
            if let Err(e) = result {
                t.fail("__lbheartbeat__", e);
            }
        }
        {
            let result = client.server_info().await;
            t.sent("server_info", &result);
            if let Err(e) = result {
                t.fail("server_info", e);
            }
        }
        {
            let result = client.get_openapi_spec().await;
            t.sent("get_openapi_spec", &result);
            if let Err(e) = result {
                t.fail("get_openapi_spec", e);
            }
        }
        {
            let result = client.version().await;
            t.sent("__version__", &result);
            if let Err(e) = result {
                t.fail("__version__", e);
            }
        }
        {
            let result = client.delete_user_data("string").await;
            t.sent("delete_user-data", &result);
            if let Err(e) = result {
                t.fail("delete_user-data", e);
            }
            let result = client
                .delete_user_data("string")
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .await;
            if t.sent("delete_user-data", &result) {
                t.optional_sent(
                    &wire,
                    "delete_user-data",
                    "delete_user-data (every optional parameter)",
                    &[Param::Header("If-Match"), Param::Header("If-None-Match")],
                );
            }
            if let Err(e) = result {
                t.fail("delete_user-data (every optional parameter)", e);
            }
            let result = client
                .delete_user_data("string")
                .header("Prefer", "code=400")
                .await;
            t.sent("delete_user-data", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "delete_user-data (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "delete_user-data (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_buckets().await;
            t.sent("get_buckets", &result);
            if let Err(e) = result {
                t.fail("get_buckets", e);
            }
            let result = client
                .get_buckets()
                .limit(1)
                .sort(
                    &codegen_runtime::serde_json::from_str::<Vec<String>>("[\"string\"]")
                        .expect("the sample [\"string\"] does not decode"),
                )
                .token("string")
                .since(1)
                .to(1)
                .before(1)
                .id("string")
                .last_modified(1)
                .fields(
                    &codegen_runtime::serde_json::from_str::<Vec<String>>("[\"string\"]")
                        .expect("the sample [\"string\"] does not decode"),
                )
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .await;
            if t.sent("get_buckets", &result) {
                t.optional_sent(
                    &wire,
                    "get_buckets",
                    "get_buckets (every optional parameter)",
                    &[
                        Param::Query("_limit"),
                        Param::Query("_sort"),
                        Param::Query("_token"),
                        Param::Query("_since"),
                        Param::Query("_to"),
                        Param::Query("_before"),
                        Param::Query("id"),
                        Param::Query("last_modified"),
                        Param::Query("_fields"),
                        Param::Header("If-Match"),
                        Param::Header("If-None-Match"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("get_buckets (every optional parameter)", e);
            }
            let result = client.get_buckets().header("Prefer", "code=400").await;
            t.sent("get_buckets", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "get_buckets (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "get_buckets (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::CreateBucketRequest,
            >(
                    "{\"data\":{\"collection:schema\":{},\"group:schema\":{},\"record:schema\":{}},\"permissions\":{\"read\":[\"string\"],\"write\":[\"string\"],\"collection:create\":[\"string\"],\"group:create\":[\"string\"]}}",
                )
                .expect(
                    "the sample {\"data\":{\"collection:schema\":{},\"group:schema\":{},\"record:schema\":{}},\"permissions\":{\"read\":[\"string\"],\"write\":[\"string\"],\"collection:create\":[\"string\"],\"group:create\":[\"string\"]}} does not decode",
                );
            let result = client.create_bucket(&body).await;
            if t.sent("create_bucket", &result) {
                t.body_sent(&wire, "create_bucket");
            }
            if let Err(e) = result {
                t.fail("create_bucket", e);
            }
            let result = client
                .create_bucket(&body)
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .await;
            if t.sent("create_bucket", &result) {
                t.optional_sent(
                    &wire,
                    "create_bucket",
                    "create_bucket (every optional parameter)",
                    &[Param::Header("If-Match"), Param::Header("If-None-Match")],
                );
            }
            if let Err(e) = result {
                t.fail("create_bucket (every optional parameter)", e);
            }
            let result = client.create_bucket(&body).header("Prefer", "code=400").await;
            t.sent("create_bucket", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "create_bucket (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "create_bucket (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let result = client.delete_buckets().await;
            t.sent("delete_buckets", &result);
            if let Err(e) = result {
                t.fail("delete_buckets", e);
            }
            let result = client
                .delete_buckets()
                .limit(1)
                .sort(
                    &codegen_runtime::serde_json::from_str::<Vec<String>>("[\"string\"]")
                        .expect("the sample [\"string\"] does not decode"),
                )
                .token("string")
                .since(1)
                .to(1)
                .before(1)
                .id("string")
                .last_modified(1)
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .await;
            if t.sent("delete_buckets", &result) {
                t.optional_sent(
                    &wire,
                    "delete_buckets",
                    "delete_buckets (every optional parameter)",
                    &[
                        Param::Query("_limit"),
                        Param::Query("_sort"),
                        Param::Query("_token"),
                        Param::Query("_since"),
                        Param::Query("_to"),
                        Param::Query("_before"),
                        Param::Query("id"),
                        Param::Query("last_modified"),
                        Param::Header("If-Match"),
                        Param::Header("If-None-Match"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("delete_buckets (every optional parameter)", e);
            }
            let result = client.delete_buckets().header("Prefer", "code=400").await;
            t.sent("delete_buckets", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "delete_buckets (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "delete_buckets (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_bucket("string").await;
            t.sent("get_bucket", &result);
            if let Err(e) = result {
                t.fail("get_bucket", e);
            }
            let result = client
                .get_bucket("string")
                .fields(
                    &codegen_runtime::serde_json::from_str::<Vec<String>>("[\"string\"]")
                        .expect("the sample [\"string\"] does not decode"),
                )
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .await;
            if t.sent("get_bucket", &result) {
                t.optional_sent(
                    &wire,
                    "get_bucket",
                    "get_bucket (every optional parameter)",
                    &[
                        Param::Query("_fields"),
                        Param::Header("If-Match"),
                        Param::Header("If-None-Match"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("get_bucket (every optional parameter)", e);
            }
            let result = client.get_bucket("string").header("Prefer", "code=400").await;
            t.sent("get_bucket", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "get_bucket (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "get_bucket (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::CreateBucketRequest,
            >(
                    "{\"data\":{\"collection:schema\":{},\"group:schema\":{},\"record:schema\":{}},\"permissions\":{\"read\":[\"string\"],\"write\":[\"string\"],\"collection:create\":[\"string\"],\"group:create\":[\"string\"]}}",
                )
                .expect(
                    "the sample {\"data\":{\"collection:schema\":{},\"group:schema\":{},\"record:schema\":{}},\"permissions\":{\"read\":[\"string\"],\"write\":[\"string\"],\"collection:create\":[\"string\"],\"group:create\":[\"string\"]}} does not decode",
                );
            let result = client.update_bucket("string", &body).await;
            if t.sent("update_bucket", &result) {
                t.body_sent(&wire, "update_bucket");
            }
            if let Err(e) = result {
                t.fail("update_bucket", e);
            }
            let result = client
                .update_bucket("string", &body)
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .await;
            if t.sent("update_bucket", &result) {
                t.optional_sent(
                    &wire,
                    "update_bucket",
                    "update_bucket (every optional parameter)",
                    &[Param::Header("If-Match"), Param::Header("If-None-Match")],
                );
            }
            if let Err(e) = result {
                t.fail("update_bucket (every optional parameter)", e);
            }
            let result = client
                .update_bucket("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("update_bucket", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "update_bucket (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "update_bucket (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let result = client.delete_bucket("string").await;
            t.sent("delete_bucket", &result);
            if let Err(e) = result {
                t.fail("delete_bucket", e);
            }
            let result = client
                .delete_bucket("string")
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .await;
            if t.sent("delete_bucket", &result) {
                t.optional_sent(
                    &wire,
                    "delete_bucket",
                    "delete_bucket (every optional parameter)",
                    &[Param::Header("If-Match"), Param::Header("If-None-Match")],
                );
            }
            if let Err(e) = result {
                t.fail("delete_bucket (every optional parameter)", e);
            }
            let result = client
                .delete_bucket("string")
                .header("Prefer", "code=400")
                .await;
            t.sent("delete_bucket", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "delete_bucket (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "delete_bucket (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::DeleteBucketResponse,
            >(
                    "{\"data\":{},\"permissions\":{\"read\":[\"string\"],\"write\":[\"string\"],\"collection:create\":[\"string\"],\"group:create\":[\"string\"]}}",
                )
                .expect(
                    "the sample {\"data\":{},\"permissions\":{\"read\":[\"string\"],\"write\":[\"string\"],\"collection:create\":[\"string\"],\"group:create\":[\"string\"]}} does not decode",
                );
            let result = client.patch_bucket("string", &body).await;
            if t.sent("patch_bucket", &result) {
                t.body_sent(&wire, "patch_bucket");
            }
            if let Err(e) = result {
                t.fail("patch_bucket", e);
            }
            let result = client
                .patch_bucket("string", &body)
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .response_behavior(
                    &codegen_runtime::serde_json::from_str::<
                        types::ResponseBehavior,
                    >("\"full\"")
                        .expect("the sample \"full\" does not decode"),
                )
                .await;
            if t.sent("patch_bucket", &result) {
                t.optional_sent(
                    &wire,
                    "patch_bucket",
                    "patch_bucket (every optional parameter)",
                    &[
                        Param::Header("If-Match"),
                        Param::Header("If-None-Match"),
                        Param::Header("Response-Behavior"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("patch_bucket (every optional parameter)", e);
            }
            let result = client
                .patch_bucket("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("patch_bucket", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "patch_bucket (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "patch_bucket (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_collections("string").await;
            t.sent("get_collections", &result);
            if let Err(e) = result {
                t.fail("get_collections", e);
            }
            let result = client
                .get_collections("string")
                .limit(1)
                .sort(
                    &codegen_runtime::serde_json::from_str::<Vec<String>>("[\"string\"]")
                        .expect("the sample [\"string\"] does not decode"),
                )
                .token("string")
                .since(1)
                .to(1)
                .before(1)
                .id("string")
                .last_modified(1)
                .fields(
                    &codegen_runtime::serde_json::from_str::<Vec<String>>("[\"string\"]")
                        .expect("the sample [\"string\"] does not decode"),
                )
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .await;
            if t.sent("get_collections", &result) {
                t.optional_sent(
                    &wire,
                    "get_collections",
                    "get_collections (every optional parameter)",
                    &[
                        Param::Query("_limit"),
                        Param::Query("_sort"),
                        Param::Query("_token"),
                        Param::Query("_since"),
                        Param::Query("_to"),
                        Param::Query("_before"),
                        Param::Query("id"),
                        Param::Query("last_modified"),
                        Param::Query("_fields"),
                        Param::Header("If-Match"),
                        Param::Header("If-None-Match"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("get_collections (every optional parameter)", e);
            }
            let result = client
                .get_collections("string")
                .header("Prefer", "code=400")
                .await;
            t.sent("get_collections", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "get_collections (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "get_collections (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::CreateCollectionRequest,
            >(
                    "{\"data\":{\"schema\":{},\"cache_expires\":1},\"permissions\":{\"read\":[\"string\"],\"write\":[\"string\"],\"record:create\":[\"string\"]}}",
                )
                .expect(
                    "the sample {\"data\":{\"schema\":{},\"cache_expires\":1},\"permissions\":{\"read\":[\"string\"],\"write\":[\"string\"],\"record:create\":[\"string\"]}} does not decode",
                );
            let result = client.create_collection("string", &body).await;
            if t.sent("create_collection", &result) {
                t.body_sent(&wire, "create_collection");
            }
            if let Err(e) = result {
                t.fail("create_collection", e);
            }
            let result = client
                .create_collection("string", &body)
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .await;
            if t.sent("create_collection", &result) {
                t.optional_sent(
                    &wire,
                    "create_collection",
                    "create_collection (every optional parameter)",
                    &[Param::Header("If-Match"), Param::Header("If-None-Match")],
                );
            }
            if let Err(e) = result {
                t.fail("create_collection (every optional parameter)", e);
            }
            let result = client
                .create_collection("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("create_collection", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "create_collection (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "create_collection (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let result = client.delete_collections("string").await;
            t.sent("delete_collections", &result);
            if let Err(e) = result {
                t.fail("delete_collections", e);
            }
            let result = client
                .delete_collections("string")
                .limit(1)
                .sort(
                    &codegen_runtime::serde_json::from_str::<Vec<String>>("[\"string\"]")
                        .expect("the sample [\"string\"] does not decode"),
                )
                .token("string")
                .since(1)
                .to(1)
                .before(1)
                .id("string")
                .last_modified(1)
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .await;
            if t.sent("delete_collections", &result) {
                t.optional_sent(
                    &wire,
                    "delete_collections",
                    "delete_collections (every optional parameter)",
                    &[
                        Param::Query("_limit"),
                        Param::Query("_sort"),
                        Param::Query("_token"),
                        Param::Query("_since"),
                        Param::Query("_to"),
                        Param::Query("_before"),
                        Param::Query("id"),
                        Param::Query("last_modified"),
                        Param::Header("If-Match"),
                        Param::Header("If-None-Match"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("delete_collections (every optional parameter)", e);
            }
            let result = client
                .delete_collections("string")
                .header("Prefer", "code=400")
                .await;
            t.sent("delete_collections", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "delete_collections (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "delete_collections (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_collection("string", "string").await;
            t.sent("get_collection", &result);
            if let Err(e) = result {
                t.fail("get_collection", e);
            }
            let result = client
                .get_collection("string", "string")
                .fields(
                    &codegen_runtime::serde_json::from_str::<Vec<String>>("[\"string\"]")
                        .expect("the sample [\"string\"] does not decode"),
                )
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .await;
            if t.sent("get_collection", &result) {
                t.optional_sent(
                    &wire,
                    "get_collection",
                    "get_collection (every optional parameter)",
                    &[
                        Param::Query("_fields"),
                        Param::Header("If-Match"),
                        Param::Header("If-None-Match"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("get_collection (every optional parameter)", e);
            }
            let result = client
                .get_collection("string", "string")
                .header("Prefer", "code=400")
                .await;
            t.sent("get_collection", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "get_collection (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "get_collection (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::CreateCollectionRequest,
            >(
                    "{\"data\":{\"schema\":{},\"cache_expires\":1},\"permissions\":{\"read\":[\"string\"],\"write\":[\"string\"],\"record:create\":[\"string\"]}}",
                )
                .expect(
                    "the sample {\"data\":{\"schema\":{},\"cache_expires\":1},\"permissions\":{\"read\":[\"string\"],\"write\":[\"string\"],\"record:create\":[\"string\"]}} does not decode",
                );
            let result = client.update_collection("string", "string", &body).await;
            if t.sent("update_collection", &result) {
                t.body_sent(&wire, "update_collection");
            }
            if let Err(e) = result {
                t.fail("update_collection", e);
            }
            let result = client
                .update_collection("string", "string", &body)
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .await;
            if t.sent("update_collection", &result) {
                t.optional_sent(
                    &wire,
                    "update_collection",
                    "update_collection (every optional parameter)",
                    &[Param::Header("If-Match"), Param::Header("If-None-Match")],
                );
            }
            if let Err(e) = result {
                t.fail("update_collection (every optional parameter)", e);
            }
            let result = client
                .update_collection("string", "string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("update_collection", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "update_collection (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "update_collection (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let result = client.delete_collection("string", "string").await;
            t.sent("delete_collection", &result);
            if let Err(e) = result {
                t.fail("delete_collection", e);
            }
            let result = client
                .delete_collection("string", "string")
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .await;
            if t.sent("delete_collection", &result) {
                t.optional_sent(
                    &wire,
                    "delete_collection",
                    "delete_collection (every optional parameter)",
                    &[Param::Header("If-Match"), Param::Header("If-None-Match")],
                );
            }
            if let Err(e) = result {
                t.fail("delete_collection (every optional parameter)", e);
            }
            let result = client
                .delete_collection("string", "string")
                .header("Prefer", "code=400")
                .await;
            t.sent("delete_collection", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "delete_collection (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "delete_collection (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::DeleteCollectionResponse,
            >(
                    "{\"data\":{},\"permissions\":{\"read\":[\"string\"],\"write\":[\"string\"],\"record:create\":[\"string\"]}}",
                )
                .expect(
                    "the sample {\"data\":{},\"permissions\":{\"read\":[\"string\"],\"write\":[\"string\"],\"record:create\":[\"string\"]}} does not decode",
                );
            let result = client.patch_collection("string", "string", &body).await;
            if t.sent("patch_collection", &result) {
                t.body_sent(&wire, "patch_collection");
            }
            if let Err(e) = result {
                t.fail("patch_collection", e);
            }
            let result = client
                .patch_collection("string", "string", &body)
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .response_behavior(
                    &codegen_runtime::serde_json::from_str::<
                        types::ResponseBehavior,
                    >("\"full\"")
                        .expect("the sample \"full\" does not decode"),
                )
                .await;
            if t.sent("patch_collection", &result) {
                t.optional_sent(
                    &wire,
                    "patch_collection",
                    "patch_collection (every optional parameter)",
                    &[
                        Param::Header("If-Match"),
                        Param::Header("If-None-Match"),
                        Param::Header("Response-Behavior"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("patch_collection (every optional parameter)", e);
            }
            let result = client
                .patch_collection("string", "string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("patch_collection", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "patch_collection (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "patch_collection (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let result = client.contribute().await;
            t.sent("contribute", &result);
            if let Err(e) = result {
                t.fail("contribute", e);
            }
        }
        {
            let result = client.get_groups("string").await;
            t.sent("get_groups", &result);
            if let Err(e) = result {
                t.fail("get_groups", e);
            }
            let result = client
                .get_groups("string")
                .limit(1)
                .sort(
                    &codegen_runtime::serde_json::from_str::<Vec<String>>("[\"string\"]")
                        .expect("the sample [\"string\"] does not decode"),
                )
                .token("string")
                .since(1)
                .to(1)
                .before(1)
                .id("string")
                .last_modified(1)
                .fields(
                    &codegen_runtime::serde_json::from_str::<Vec<String>>("[\"string\"]")
                        .expect("the sample [\"string\"] does not decode"),
                )
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .await;
            if t.sent("get_groups", &result) {
                t.optional_sent(
                    &wire,
                    "get_groups",
                    "get_groups (every optional parameter)",
                    &[
                        Param::Query("_limit"),
                        Param::Query("_sort"),
                        Param::Query("_token"),
                        Param::Query("_since"),
                        Param::Query("_to"),
                        Param::Query("_before"),
                        Param::Query("id"),
                        Param::Query("last_modified"),
                        Param::Query("_fields"),
                        Param::Header("If-Match"),
                        Param::Header("If-None-Match"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("get_groups (every optional parameter)", e);
            }
            let result = client.get_groups("string").header("Prefer", "code=400").await;
            t.sent("get_groups", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "get_groups (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "get_groups (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::CreateGroupRequest,
            >(
                    "{\"data\":{\"members\":[]},\"permissions\":{\"read\":[\"string\"],\"write\":[\"string\"]}}",
                )
                .expect(
                    "the sample {\"data\":{\"members\":[]},\"permissions\":{\"read\":[\"string\"],\"write\":[\"string\"]}} does not decode",
                );
            let result = client.create_group("string", &body).await;
            if t.sent("create_group", &result) {
                t.body_sent(&wire, "create_group");
            }
            if let Err(e) = result {
                t.fail("create_group", e);
            }
            let result = client
                .create_group("string", &body)
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .await;
            if t.sent("create_group", &result) {
                t.optional_sent(
                    &wire,
                    "create_group",
                    "create_group (every optional parameter)",
                    &[Param::Header("If-Match"), Param::Header("If-None-Match")],
                );
            }
            if let Err(e) = result {
                t.fail("create_group (every optional parameter)", e);
            }
            let result = client
                .create_group("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("create_group", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "create_group (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "create_group (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let result = client.delete_groups("string").await;
            t.sent("delete_groups", &result);
            if let Err(e) = result {
                t.fail("delete_groups", e);
            }
            let result = client
                .delete_groups("string")
                .limit(1)
                .sort(
                    &codegen_runtime::serde_json::from_str::<Vec<String>>("[\"string\"]")
                        .expect("the sample [\"string\"] does not decode"),
                )
                .token("string")
                .since(1)
                .to(1)
                .before(1)
                .id("string")
                .last_modified(1)
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .await;
            if t.sent("delete_groups", &result) {
                t.optional_sent(
                    &wire,
                    "delete_groups",
                    "delete_groups (every optional parameter)",
                    &[
                        Param::Query("_limit"),
                        Param::Query("_sort"),
                        Param::Query("_token"),
                        Param::Query("_since"),
                        Param::Query("_to"),
                        Param::Query("_before"),
                        Param::Query("id"),
                        Param::Query("last_modified"),
                        Param::Header("If-Match"),
                        Param::Header("If-None-Match"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("delete_groups (every optional parameter)", e);
            }
            let result = client
                .delete_groups("string")
                .header("Prefer", "code=400")
                .await;
            t.sent("delete_groups", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "delete_groups (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "delete_groups (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_group("string", "string").await;
            t.sent("get_group", &result);
            if let Err(e) = result {
                t.fail("get_group", e);
            }
            let result = client
                .get_group("string", "string")
                .fields(
                    &codegen_runtime::serde_json::from_str::<Vec<String>>("[\"string\"]")
                        .expect("the sample [\"string\"] does not decode"),
                )
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .await;
            if t.sent("get_group", &result) {
                t.optional_sent(
                    &wire,
                    "get_group",
                    "get_group (every optional parameter)",
                    &[
                        Param::Query("_fields"),
                        Param::Header("If-Match"),
                        Param::Header("If-None-Match"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("get_group (every optional parameter)", e);
            }
            let result = client
                .get_group("string", "string")
                .header("Prefer", "code=400")
                .await;
            t.sent("get_group", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "get_group (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "get_group (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::CreateGroupRequest,
            >(
                    "{\"data\":{\"members\":[]},\"permissions\":{\"read\":[\"string\"],\"write\":[\"string\"]}}",
                )
                .expect(
                    "the sample {\"data\":{\"members\":[]},\"permissions\":{\"read\":[\"string\"],\"write\":[\"string\"]}} does not decode",
                );
            let result = client.update_group("string", "string", &body).await;
            if t.sent("update_group", &result) {
                t.body_sent(&wire, "update_group");
            }
            if let Err(e) = result {
                t.fail("update_group", e);
            }
            let result = client
                .update_group("string", "string", &body)
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .await;
            if t.sent("update_group", &result) {
                t.optional_sent(
                    &wire,
                    "update_group",
                    "update_group (every optional parameter)",
                    &[Param::Header("If-Match"), Param::Header("If-None-Match")],
                );
            }
            if let Err(e) = result {
                t.fail("update_group (every optional parameter)", e);
            }
            let result = client
                .update_group("string", "string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("update_group", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "update_group (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "update_group (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let result = client.delete_group("string", "string").await;
            t.sent("delete_group", &result);
            if let Err(e) = result {
                t.fail("delete_group", e);
            }
            let result = client
                .delete_group("string", "string")
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .await;
            if t.sent("delete_group", &result) {
                t.optional_sent(
                    &wire,
                    "delete_group",
                    "delete_group (every optional parameter)",
                    &[Param::Header("If-Match"), Param::Header("If-None-Match")],
                );
            }
            if let Err(e) = result {
                t.fail("delete_group (every optional parameter)", e);
            }
            let result = client
                .delete_group("string", "string")
                .header("Prefer", "code=400")
                .await;
            t.sent("delete_group", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "delete_group (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "delete_group (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::DeleteAccountResponse,
            >(
                    "{\"data\":{},\"permissions\":{\"read\":[\"string\"],\"write\":[\"string\"]}}",
                )
                .expect(
                    "the sample {\"data\":{},\"permissions\":{\"read\":[\"string\"],\"write\":[\"string\"]}} does not decode",
                );
            let result = client.patch_group("string", "string", &body).await;
            if t.sent("patch_group", &result) {
                t.body_sent(&wire, "patch_group");
            }
            if let Err(e) = result {
                t.fail("patch_group", e);
            }
            let result = client
                .patch_group("string", "string", &body)
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .response_behavior(
                    &codegen_runtime::serde_json::from_str::<
                        types::ResponseBehavior,
                    >("\"full\"")
                        .expect("the sample \"full\" does not decode"),
                )
                .await;
            if t.sent("patch_group", &result) {
                t.optional_sent(
                    &wire,
                    "patch_group",
                    "patch_group (every optional parameter)",
                    &[
                        Param::Header("If-Match"),
                        Param::Header("If-None-Match"),
                        Param::Header("Response-Behavior"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("patch_group (every optional parameter)", e);
            }
            let result = client
                .patch_group("string", "string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("patch_group", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "patch_group (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "patch_group (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_permissionss().await;
            t.sent("get_permissionss", &result);
            if let Err(e) = result {
                t.fail("get_permissionss", e);
            }
            let result = client
                .get_permissionss()
                .limit(1)
                .sort(
                    &codegen_runtime::serde_json::from_str::<Vec<String>>("[\"string\"]")
                        .expect("the sample [\"string\"] does not decode"),
                )
                .token("string")
                .since(1)
                .to(1)
                .before(1)
                .id("string")
                .last_modified(1)
                .fields(
                    &codegen_runtime::serde_json::from_str::<Vec<String>>("[\"string\"]")
                        .expect("the sample [\"string\"] does not decode"),
                )
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .await;
            if t.sent("get_permissionss", &result) {
                t.optional_sent(
                    &wire,
                    "get_permissionss",
                    "get_permissionss (every optional parameter)",
                    &[
                        Param::Query("_limit"),
                        Param::Query("_sort"),
                        Param::Query("_token"),
                        Param::Query("_since"),
                        Param::Query("_to"),
                        Param::Query("_before"),
                        Param::Query("id"),
                        Param::Query("last_modified"),
                        Param::Query("_fields"),
                        Param::Header("If-Match"),
                        Param::Header("If-None-Match"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("get_permissionss (every optional parameter)", e);
            }
            let result = client.get_permissionss().header("Prefer", "code=400").await;
            t.sent("get_permissionss", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "get_permissionss (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "get_permissionss (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_records("string", "string").await;
            t.sent("get_records", &result);
            if let Err(e) = result {
                t.fail("get_records", e);
            }
            let result = client
                .get_records("string", "string")
                .limit(1)
                .sort(
                    &codegen_runtime::serde_json::from_str::<Vec<String>>("[\"string\"]")
                        .expect("the sample [\"string\"] does not decode"),
                )
                .token("string")
                .since(1)
                .to(1)
                .before(1)
                .id("string")
                .last_modified(1)
                .fields(
                    &codegen_runtime::serde_json::from_str::<Vec<String>>("[\"string\"]")
                        .expect("the sample [\"string\"] does not decode"),
                )
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .await;
            if t.sent("get_records", &result) {
                t.optional_sent(
                    &wire,
                    "get_records",
                    "get_records (every optional parameter)",
                    &[
                        Param::Query("_limit"),
                        Param::Query("_sort"),
                        Param::Query("_token"),
                        Param::Query("_since"),
                        Param::Query("_to"),
                        Param::Query("_before"),
                        Param::Query("id"),
                        Param::Query("last_modified"),
                        Param::Query("_fields"),
                        Param::Header("If-Match"),
                        Param::Header("If-None-Match"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("get_records (every optional parameter)", e);
            }
            let result = client
                .get_records("string", "string")
                .header("Prefer", "code=400")
                .await;
            t.sent("get_records", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "get_records (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "get_records (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::DeleteAccountResponse,
            >(
                    "{\"data\":{},\"permissions\":{\"read\":[\"string\"],\"write\":[\"string\"]}}",
                )
                .expect(
                    "the sample {\"data\":{},\"permissions\":{\"read\":[\"string\"],\"write\":[\"string\"]}} does not decode",
                );
            let result = client.create_record("string", "string", &body).await;
            if t.sent("create_record", &result) {
                t.body_sent(&wire, "create_record");
            }
            if let Err(e) = result {
                t.fail("create_record", e);
            }
            let result = client
                .create_record("string", "string", &body)
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .await;
            if t.sent("create_record", &result) {
                t.optional_sent(
                    &wire,
                    "create_record",
                    "create_record (every optional parameter)",
                    &[Param::Header("If-Match"), Param::Header("If-None-Match")],
                );
            }
            if let Err(e) = result {
                t.fail("create_record (every optional parameter)", e);
            }
            let result = client
                .create_record("string", "string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("create_record", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "create_record (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "create_record (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let result = client.delete_records("string", "string").await;
            t.sent("delete_records", &result);
            if let Err(e) = result {
                t.fail("delete_records", e);
            }
            let result = client
                .delete_records("string", "string")
                .limit(1)
                .sort(
                    &codegen_runtime::serde_json::from_str::<Vec<String>>("[\"string\"]")
                        .expect("the sample [\"string\"] does not decode"),
                )
                .token("string")
                .since(1)
                .to(1)
                .before(1)
                .id("string")
                .last_modified(1)
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .await;
            if t.sent("delete_records", &result) {
                t.optional_sent(
                    &wire,
                    "delete_records",
                    "delete_records (every optional parameter)",
                    &[
                        Param::Query("_limit"),
                        Param::Query("_sort"),
                        Param::Query("_token"),
                        Param::Query("_since"),
                        Param::Query("_to"),
                        Param::Query("_before"),
                        Param::Query("id"),
                        Param::Query("last_modified"),
                        Param::Header("If-Match"),
                        Param::Header("If-None-Match"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("delete_records (every optional parameter)", e);
            }
            let result = client
                .delete_records("string", "string")
                .header("Prefer", "code=400")
                .await;
            t.sent("delete_records", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "delete_records (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "delete_records (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_record("string", "string", "string").await;
            t.sent("get_record", &result);
            if let Err(e) = result {
                t.fail("get_record", e);
            }
            let result = client
                .get_record("string", "string", "string")
                .fields(
                    &codegen_runtime::serde_json::from_str::<Vec<String>>("[\"string\"]")
                        .expect("the sample [\"string\"] does not decode"),
                )
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .await;
            if t.sent("get_record", &result) {
                t.optional_sent(
                    &wire,
                    "get_record",
                    "get_record (every optional parameter)",
                    &[
                        Param::Query("_fields"),
                        Param::Header("If-Match"),
                        Param::Header("If-None-Match"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("get_record (every optional parameter)", e);
            }
            let result = client
                .get_record("string", "string", "string")
                .header("Prefer", "code=400")
                .await;
            t.sent("get_record", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "get_record (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "get_record (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::DeleteAccountResponse,
            >(
                    "{\"data\":{},\"permissions\":{\"read\":[\"string\"],\"write\":[\"string\"]}}",
                )
                .expect(
                    "the sample {\"data\":{},\"permissions\":{\"read\":[\"string\"],\"write\":[\"string\"]}} does not decode",
                );
            let result = client.update_record("string", "string", "string", &body).await;
            if t.sent("update_record", &result) {
                t.body_sent(&wire, "update_record");
            }
            if let Err(e) = result {
                t.fail("update_record", e);
            }
            let result = client
                .update_record("string", "string", "string", &body)
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .await;
            if t.sent("update_record", &result) {
                t.optional_sent(
                    &wire,
                    "update_record",
                    "update_record (every optional parameter)",
                    &[Param::Header("If-Match"), Param::Header("If-None-Match")],
                );
            }
            if let Err(e) = result {
                t.fail("update_record (every optional parameter)", e);
            }
            let result = client
                .update_record("string", "string", "string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("update_record", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "update_record (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "update_record (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let result = client.delete_record("string", "string", "string").await;
            t.sent("delete_record", &result);
            if let Err(e) = result {
                t.fail("delete_record", e);
            }
            let result = client
                .delete_record("string", "string", "string")
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .await;
            if t.sent("delete_record", &result) {
                t.optional_sent(
                    &wire,
                    "delete_record",
                    "delete_record (every optional parameter)",
                    &[Param::Header("If-Match"), Param::Header("If-None-Match")],
                );
            }
            if let Err(e) = result {
                t.fail("delete_record (every optional parameter)", e);
            }
            let result = client
                .delete_record("string", "string", "string")
                .header("Prefer", "code=400")
                .await;
            t.sent("delete_record", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "delete_record (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "delete_record (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::DeleteAccountResponse,
            >(
                    "{\"data\":{},\"permissions\":{\"read\":[\"string\"],\"write\":[\"string\"]}}",
                )
                .expect(
                    "the sample {\"data\":{},\"permissions\":{\"read\":[\"string\"],\"write\":[\"string\"]}} does not decode",
                );
            let result = client.patch_record("string", "string", "string", &body).await;
            if t.sent("patch_record", &result) {
                t.body_sent(&wire, "patch_record");
            }
            if let Err(e) = result {
                t.fail("patch_record", e);
            }
            let result = client
                .patch_record("string", "string", "string", &body)
                .if_match("\"0\"")
                .if_none_match("\"0\"")
                .response_behavior(
                    &codegen_runtime::serde_json::from_str::<
                        types::ResponseBehavior,
                    >("\"full\"")
                        .expect("the sample \"full\" does not decode"),
                )
                .await;
            if t.sent("patch_record", &result) {
                t.optional_sent(
                    &wire,
                    "patch_record",
                    "patch_record (every optional parameter)",
                    &[
                        Param::Header("If-Match"),
                        Param::Header("If-None-Match"),
                        Param::Header("Response-Behavior"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("patch_record (every optional parameter)", e);
            }
            let result = client
                .patch_record("string", "string", "string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("patch_record", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(kinto_client::ErrorBody::GetAccountsError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "patch_record (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "patch_record (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::GetAccountsError400"
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
                        format!("{}{}", url.trim_end_matches('/'), "/accounts"),
                    )
                    .header("content-type", "application/json")
                    .body(
                        "{\"permissions\":{\"read\":[\"string\"],\"write\":[\"string\"]}}",
                    );
                match request.send().await {
                    Ok(response) if matches!(response.status().as_u16(), 400 | 422) => {
                        format!(
                            "{} rejected with {}",
                            "POST /accounts without its required body property `data`",
                            response.status().as_u16()
                        )
                    }
                    Ok(response) => {
                        let outcome = format!(
                            "{} answered {}, not {}",
                            "POST /accounts without its required body property `data`",
                            response.status().as_u16(), "400 or 422"
                        );
                        t.fail("negative control", &outcome);
                        outcome
                    }
                    Err(e) => {
                        t.fail("negative control", &e);
                        format!(
                            "{} not sent: {e}",
                            "POST /accounts without its required body property `data`"
                        )
                    }
                }
            },
        ]
            .join("; ");
        let gaps: &[&str] = &[
            "__lbheartbeat__: documents no error response",
            "server_info: documents no error response",
            "get_openapi_spec: documents no error response",
            "__version__: documents no error response",
            "contribute: documents no error response",
        ];
        let name = "kinto-client";
        let mut report = vec![
            format!("{name}: {} of {} operations called, {} requests sent, {} failed", t
            .operations.len(), 44usize, t.requests, t.failures.len()),
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
                std::path::Path::new(&dir).join(concat!("kinto-client", ".txt")),
                format!("{text}\n"),
            );
        }
        println!("{text}");
        assert!(t.failures.is_empty(), "{text}");
        assert_eq!(t.operations.len(), 44usize, "{text}");
    }
}
