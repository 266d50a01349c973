// This file is generated from e2e/specs/jupyter.yaml with the overlay e2e/specs/jupyter-conformed.overlay.yaml by `cargo xtask generate`. Do not edit it by hand.

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
    use jupyter_conformed_client::types;
    use codegen_runtime::contract::{Param, Tally, Wire};

    #[tokio::test]
    async fn every_operation_against_the_mock_server() {
        let url = std::env::var("JUPYTER_CONFORMED_CLIENT_MOCK_URL")
            .expect(
                "set JUPYTER_CONFORMED_CLIENT_MOCK_URL to the URL of a mock server of e2e/specs/jupyter.yaml with the overlay e2e/specs/jupyter-conformed.overlay.yaml (`cargo xtask test` does)",
            );
        let wire = Wire::default();
        let client = jupyter_conformed_client::Client::builder(url.clone())
            .retry(jupyter_conformed_client::RetryPolicy::none())
            .hook(wire.clone())
            .build()
            .expect("client");
        let mut t = Tally::default();
        {
            let result = client.get_api().await;
            t.sent("get_api", &result);
            if let Err(e) = result {
                t.fail("get_api", e);
            }
        }
        {
            let result = client.get_api_contents_path("string").await;
            t.sent("get_api_contents_path", &result);
            if let Err(e) = result {
                t.fail("get_api_contents_path", e);
            }
            let result = client
                .get_api_contents_path("string")
                .r#type(
                    &codegen_runtime::serde_json::from_str::<
                        types::GetApiContentsPathType,
                    >("\"file\"")
                        .expect("the sample \"file\" does not decode"),
                )
                .format(
                    &codegen_runtime::serde_json::from_str::<
                        types::GetApiContentsPathFormat,
                    >("\"text\"")
                        .expect("the sample \"text\" does not decode"),
                )
                .content(1)
                .hash(1)
                .await;
            if t.sent("get_api_contents_path", &result) {
                t.optional_sent(
                    &wire,
                    "get_api_contents_path",
                    "get_api_contents_path (every optional parameter)",
                    &[
                        Param::Query("type"),
                        Param::Query("format"),
                        Param::Query("content"),
                        Param::Query("hash"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("get_api_contents_path (every optional parameter)", e);
            }
            let result = client
                .get_api_contents_path("string")
                .header("Prefer", "code=400")
                .await;
            t.sent("get_api_contents_path", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(jupyter_conformed_client::ErrorBody::Error400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "get_api_contents_path (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::Error400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "get_api_contents_path (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::Error400"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::PutApiContentsPathRequest,
            >(
                    "{\"name\":\"string\",\"path\":\"string\",\"type\":\"string\",\"format\":\"string\",\"content\":\"string\"}",
                )
                .expect(
                    "the sample {\"name\":\"string\",\"path\":\"string\",\"type\":\"string\",\"format\":\"string\",\"content\":\"string\"} does not decode",
                );
            let result = client.put_api_contents_path("string", Some(&body)).await;
            if t.sent("put_api_contents_path", &result) {
                t.body_sent(&wire, "put_api_contents_path");
            }
            if let Err(e) = result {
                t.fail("put_api_contents_path", e);
            }
            let result = client
                .put_api_contents_path("string", Some(&body))
                .header("Prefer", "code=400")
                .await;
            t.sent("put_api_contents_path", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(jupyter_conformed_client::ErrorBody::PutApiContentsPathError400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "put_api_contents_path (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::PutApiContentsPathError400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "put_api_contents_path (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::PutApiContentsPathError400"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::PostApiContentsPathRequest,
            >("{\"copy_from\":\"string\",\"ext\":\"string\",\"type\":\"string\"}")
                .expect(
                    "the sample {\"copy_from\":\"string\",\"ext\":\"string\",\"type\":\"string\"} does not decode",
                );
            let result = client.post_api_contents_path("string", Some(&body)).await;
            if t.sent("post_api_contents_path", &result) {
                t.body_sent(&wire, "post_api_contents_path");
            }
            if let Err(e) = result {
                t.fail("post_api_contents_path", e);
            }
            let result = client
                .post_api_contents_path("string", Some(&body))
                .header("Prefer", "code=400")
                .await;
            t.sent("post_api_contents_path", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(jupyter_conformed_client::ErrorBody::Error400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "post_api_contents_path (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::Error400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "post_api_contents_path (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::Error400"
                        ),
                    )
                }
            }
        }
        {
            let result = client.delete_api_contents_path("string").await;
            t.sent("delete_api_contents_path", &result);
            if let Err(e) = result {
                t.fail("delete_api_contents_path", e);
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::PatchApiContentsPathRequest,
            >("{\"path\":\"string\"}")
                .expect("the sample {\"path\":\"string\"} does not decode");
            let result = client.patch_api_contents_path("string", &body).await;
            if t.sent("patch_api_contents_path", &result) {
                t.body_sent(&wire, "patch_api_contents_path");
            }
            if let Err(e) = result {
                t.fail("patch_api_contents_path", e);
            }
            let result = client
                .patch_api_contents_path("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("patch_api_contents_path", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(jupyter_conformed_client::ErrorBody::Error400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "patch_api_contents_path (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::Error400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "patch_api_contents_path (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::Error400"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_api_contents_path_checkpoints("string").await;
            t.sent("get_api_contents_path_checkpoints", &result);
            if let Err(e) = result {
                t.fail("get_api_contents_path_checkpoints", e);
            }
            let result = client
                .get_api_contents_path_checkpoints("string")
                .header("Prefer", "code=400")
                .await;
            t.sent("get_api_contents_path_checkpoints", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(jupyter_conformed_client::ErrorBody::Error400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "get_api_contents_path_checkpoints (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::Error400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "get_api_contents_path_checkpoints (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::Error400"
                        ),
                    )
                }
            }
        }
        {
            let result = client.post_api_contents_path_checkpoints("string").await;
            t.sent("post_api_contents_path_checkpoints", &result);
            if let Err(e) = result {
                t.fail("post_api_contents_path_checkpoints", e);
            }
            let result = client
                .post_api_contents_path_checkpoints("string")
                .header("Prefer", "code=400")
                .await;
            t.sent("post_api_contents_path_checkpoints", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(jupyter_conformed_client::ErrorBody::Error400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "post_api_contents_path_checkpoints (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::Error400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "post_api_contents_path_checkpoints (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::Error400"
                        ),
                    )
                }
            }
        }
        {
            let result = client
                .post_api_contents_path_checkpoints_checkpoint_id("string", "string")
                .await;
            t.sent("post_api_contents_path_checkpoints_checkpoint_id", &result);
            if let Err(e) = result {
                t.fail("post_api_contents_path_checkpoints_checkpoint_id", e);
            }
            let result = client
                .post_api_contents_path_checkpoints_checkpoint_id("string", "string")
                .header("Prefer", "code=400")
                .await;
            t.sent("post_api_contents_path_checkpoints_checkpoint_id", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(),
                        Some(jupyter_conformed_client::ErrorBody::Error400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "post_api_contents_path_checkpoints_checkpoint_id (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::Error400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "post_api_contents_path_checkpoints_checkpoint_id (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::Error400"
                        ),
                    )
                }
            }
        }
        {
            let result = client
                .delete_api_contents_path_checkpoints_checkpoint_id("string", "string")
                .await;
            t.sent("delete_api_contents_path_checkpoints_checkpoint_id", &result);
            if let Err(e) = result {
                t.fail("delete_api_contents_path_checkpoints_checkpoint_id", e);
            }
        }
        {
            let result = client.get_api_resolve_path("string").await;
            t.sent("get_api_resolvePath", &result);
            if let Err(e) = result {
                t.fail("get_api_resolvePath", e);
            }
            let result = client
                .get_api_resolve_path("string")
                .kernel("00000000-0000-4000-8000-000000000000")
                .await;
            if t.sent("get_api_resolvePath", &result) {
                t.optional_sent(
                    &wire,
                    "get_api_resolvePath",
                    "get_api_resolvePath (every optional parameter)",
                    &[Param::Query("kernel")],
                );
            }
            if let Err(e) = result {
                t.fail("get_api_resolvePath (every optional parameter)", e);
            }
        }
        {
            let result = client
                .get_api_sessions_session("00000000-0000-4000-8000-000000000000")
                .await;
            t.sent("get_api_sessions_session", &result);
            if let Err(e) = result {
                t.fail("get_api_sessions_session", e);
            }
        }
        {
            let result = client
                .delete_api_sessions_session("00000000-0000-4000-8000-000000000000")
                .await;
            t.sent("delete_api_sessions_session", &result);
            if let Err(e) = result {
                t.fail("delete_api_sessions_session", e);
            }
            let result = client
                .delete_api_sessions_session("00000000-0000-4000-8000-000000000000")
                .header("Prefer", "code=410")
                .await;
            t.sent("delete_api_sessions_session", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(410)
                    && matches!(e, jupyter_conformed_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "delete_api_sessions_session (Prefer: code=410)",
                        format!(
                            "expected {}, got {e:?}", "a 410 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "delete_api_sessions_session (Prefer: code=410)",
                        format!(
                            "expected {}, got a success",
                            "a 410 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::Session,
            >(
                    "{\"id\":\"00000000-0000-4000-8000-000000000000\",\"path\":\"string\",\"name\":\"string\",\"type\":\"string\",\"kernel\":{\"id\":\"00000000-0000-4000-8000-000000000000\",\"name\":\"string\",\"last_activity\":\"string\",\"connections\":1.0,\"execution_state\":\"string\"},\"notebook\":{\"path\":\"string\",\"name\":\"string\"}}",
                )
                .expect(
                    "the sample {\"id\":\"00000000-0000-4000-8000-000000000000\",\"path\":\"string\",\"name\":\"string\",\"type\":\"string\",\"kernel\":{\"id\":\"00000000-0000-4000-8000-000000000000\",\"name\":\"string\",\"last_activity\":\"string\",\"connections\":1.0,\"execution_state\":\"string\"},\"notebook\":{\"path\":\"string\",\"name\":\"string\"}} does not decode",
                );
            let result = client
                .patch_api_sessions_session(
                    "00000000-0000-4000-8000-000000000000",
                    &body,
                )
                .await;
            if t.sent("patch_api_sessions_session", &result) {
                t.body_sent(&wire, "patch_api_sessions_session");
            }
            if let Err(e) = result {
                t.fail("patch_api_sessions_session", e);
            }
            let result = client
                .patch_api_sessions_session(
                    "00000000-0000-4000-8000-000000000000",
                    &body,
                )
                .header("Prefer", "code=400")
                .await;
            t.sent("patch_api_sessions_session", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, jupyter_conformed_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "patch_api_sessions_session (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "patch_api_sessions_session (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_api_sessions().await;
            t.sent("get_api_sessions", &result);
            if let Err(e) = result {
                t.fail("get_api_sessions", e);
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::Session,
            >(
                    "{\"id\":\"00000000-0000-4000-8000-000000000000\",\"path\":\"string\",\"name\":\"string\",\"type\":\"string\",\"kernel\":{\"id\":\"00000000-0000-4000-8000-000000000000\",\"name\":\"string\",\"last_activity\":\"string\",\"connections\":1.0,\"execution_state\":\"string\"},\"notebook\":{\"path\":\"string\",\"name\":\"string\"}}",
                )
                .expect(
                    "the sample {\"id\":\"00000000-0000-4000-8000-000000000000\",\"path\":\"string\",\"name\":\"string\",\"type\":\"string\",\"kernel\":{\"id\":\"00000000-0000-4000-8000-000000000000\",\"name\":\"string\",\"last_activity\":\"string\",\"connections\":1.0,\"execution_state\":\"string\"},\"notebook\":{\"path\":\"string\",\"name\":\"string\"}} does not decode",
                );
            let result = client.post_api_sessions(Some(&body)).await;
            if t.sent("post_api_sessions", &result) {
                t.body_sent(&wire, "post_api_sessions");
            }
            if let Err(e) = result {
                t.fail("post_api_sessions", e);
            }
            let result = client
                .post_api_sessions(Some(&body))
                .header("Prefer", "code=501")
                .await;
            t.sent("post_api_sessions", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(501)
                    && matches!(
                        e.error_body(),
                        Some(jupyter_conformed_client::ErrorBody::PostApiSessionsError501(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "post_api_sessions (Prefer: code=501)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 501 decoded into ErrorBody::PostApiSessionsError501"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "post_api_sessions (Prefer: code=501)",
                        format!(
                            "expected {}, got a success",
                            "a 501 decoded into ErrorBody::PostApiSessionsError501"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_api_kernels().await;
            t.sent("get_api_kernels", &result);
            if let Err(e) = result {
                t.fail("get_api_kernels", e);
            }
            let result = client.get_api_kernels().header("Prefer", "code=403").await;
            t.sent("get_api_kernels", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(403)
                    && matches!(
                        e.error_body(),
                        Some(jupyter_conformed_client::ErrorBody::GetApiKernelsError403(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "get_api_kernels (Prefer: code=403)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 403 decoded into ErrorBody::GetApiKernelsError403"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "get_api_kernels (Prefer: code=403)",
                        format!(
                            "expected {}, got a success",
                            "a 403 decoded into ErrorBody::GetApiKernelsError403"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::PostApiKernelsRequest,
            >("{\"name\":\"string\",\"path\":\"string\"}")
                .expect(
                    "the sample {\"name\":\"string\",\"path\":\"string\"} does not decode",
                );
            let result = client.post_api_kernels(Some(&body)).await;
            if t.sent("post_api_kernels", &result) {
                t.body_sent(&wire, "post_api_kernels");
            }
            if let Err(e) = result {
                t.fail("post_api_kernels", e);
            }
        }
        {
            let result = client
                .get_api_kernels_kernel_id("00000000-0000-4000-8000-000000000000")
                .await;
            t.sent("get_api_kernels_kernel_id", &result);
            if let Err(e) = result {
                t.fail("get_api_kernels_kernel_id", e);
            }
            let result = client
                .get_api_kernels_kernel_id("00000000-0000-4000-8000-000000000000")
                .header("Prefer", "code=404")
                .await;
            t.sent("get_api_kernels_kernel_id", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(404)
                    && matches!(
                        e.error_body(),
                        Some(jupyter_conformed_client::ErrorBody::GetApiKernelsError403(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "get_api_kernels_kernel_id (Prefer: code=404)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 404 decoded into ErrorBody::GetApiKernelsError403"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "get_api_kernels_kernel_id (Prefer: code=404)",
                        format!(
                            "expected {}, got a success",
                            "a 404 decoded into ErrorBody::GetApiKernelsError403"
                        ),
                    )
                }
            }
        }
        {
            let result = client
                .delete_api_kernels_kernel_id("00000000-0000-4000-8000-000000000000")
                .await;
            t.sent("delete_api_kernels_kernel_id", &result);
            if let Err(e) = result {
                t.fail("delete_api_kernels_kernel_id", e);
            }
        }
        {
            let result = client
                .post_api_kernels_kernel_id_interrupt(
                    "00000000-0000-4000-8000-000000000000",
                )
                .await;
            t.sent("post_api_kernels_kernel_id_interrupt", &result);
            if let Err(e) = result {
                t.fail("post_api_kernels_kernel_id_interrupt", e);
            }
        }
        {
            let result = client
                .post_api_kernels_kernel_id_restart(
                    "00000000-0000-4000-8000-000000000000",
                )
                .await;
            t.sent("post_api_kernels_kernel_id_restart", &result);
            if let Err(e) = result {
                t.fail("post_api_kernels_kernel_id_restart", e);
            }
        }
        {
            let result = client.get_api_kernelspecs().await;
            t.sent("get_api_kernelspecs", &result);
            if let Err(e) = result {
                t.fail("get_api_kernelspecs", e);
            }
        }
        {
            let result = client.get_api_config_section_name("string").await;
            t.sent("get_api_config_section_name", &result);
            if let Err(e) = result {
                t.fail("get_api_config_section_name", e);
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                codegen_runtime::serde_json::Value,
            >("{}")
                .expect("the sample {} does not decode");
            let result = client
                .patch_api_config_section_name("string", Some(&body))
                .await;
            if t.sent("patch_api_config_section_name", &result) {
                t.body_sent(&wire, "patch_api_config_section_name");
            }
            if let Err(e) = result {
                t.fail("patch_api_config_section_name", e);
            }
        }
        {
            let result = client.get_api_terminals().await;
            t.sent("get_api_terminals", &result);
            if let Err(e) = result {
                t.fail("get_api_terminals", e);
            }
            let result = client.get_api_terminals().header("Prefer", "code=403").await;
            t.sent("get_api_terminals", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(403)
                    && matches!(e, jupyter_conformed_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "get_api_terminals (Prefer: code=403)",
                        format!(
                            "expected {}, got {e:?}", "a 403 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "get_api_terminals (Prefer: code=403)",
                        format!(
                            "expected {}, got a success",
                            "a 403 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.post_api_terminals().await;
            t.sent("post_api_terminals", &result);
            if let Err(e) = result {
                t.fail("post_api_terminals", e);
            }
            let result = client.post_api_terminals().header("Prefer", "code=403").await;
            t.sent("post_api_terminals", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(403)
                    && matches!(e, jupyter_conformed_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "post_api_terminals (Prefer: code=403)",
                        format!(
                            "expected {}, got {e:?}", "a 403 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "post_api_terminals (Prefer: code=403)",
                        format!(
                            "expected {}, got a success",
                            "a 403 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_api_terminals_terminal_id("string").await;
            t.sent("get_api_terminals_terminal_id", &result);
            if let Err(e) = result {
                t.fail("get_api_terminals_terminal_id", e);
            }
            let result = client
                .get_api_terminals_terminal_id("string")
                .header("Prefer", "code=403")
                .await;
            t.sent("get_api_terminals_terminal_id", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(403)
                    && matches!(e, jupyter_conformed_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "get_api_terminals_terminal_id (Prefer: code=403)",
                        format!(
                            "expected {}, got {e:?}", "a 403 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "get_api_terminals_terminal_id (Prefer: code=403)",
                        format!(
                            "expected {}, got a success",
                            "a 403 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.delete_api_terminals_terminal_id("string").await;
            t.sent("delete_api_terminals_terminal_id", &result);
            if let Err(e) = result {
                t.fail("delete_api_terminals_terminal_id", e);
            }
            let result = client
                .delete_api_terminals_terminal_id("string")
                .header("Prefer", "code=403")
                .await;
            t.sent("delete_api_terminals_terminal_id", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(403)
                    && matches!(e, jupyter_conformed_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "delete_api_terminals_terminal_id (Prefer: code=403)",
                        format!(
                            "expected {}, got {e:?}", "a 403 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "delete_api_terminals_terminal_id (Prefer: code=403)",
                        format!(
                            "expected {}, got a success",
                            "a 403 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_api_me().await;
            t.sent("get_api_me", &result);
            if let Err(e) = result {
                t.fail("get_api_me", e);
            }
            let result = client.get_api_me().permissions("string").await;
            if t.sent("get_api_me", &result) {
                t.optional_sent(
                    &wire,
                    "get_api_me",
                    "get_api_me (every optional parameter)",
                    &[Param::Query("permissions")],
                );
            }
            if let Err(e) = result {
                t.fail("get_api_me (every optional parameter)", e);
            }
        }
        {
            let result = client.get_api_status().await;
            t.sent("get_api_status", &result);
            if let Err(e) = result {
                t.fail("get_api_status", e);
            }
        }
        {
            let result = client.get_api_spec_yaml().await;
            t.sent("get_api_spec_yaml", &result);
            if let Err(e) = result {
                t.fail("get_api_spec_yaml", e);
            }
        }
        let negative: String = [
            {
                let request = codegen_runtime::reqwest::Client::new()
                    .request(
                        codegen_runtime::Method::from_bytes("GET".as_bytes())
                            .expect("a method"),
                        format!("{}{}", url.trim_end_matches('/'), "/api/resolvePath"),
                    );
                match request.send().await {
                    Ok(response) if matches!(response.status().as_u16(), 400 | 422) => {
                        format!(
                            "{} rejected with {}",
                            "GET /api/resolvePath without its required query parameter `path`",
                            response.status().as_u16()
                        )
                    }
                    Ok(response) => {
                        let outcome = format!(
                            "{} answered {}, not {}",
                            "GET /api/resolvePath without its required query parameter `path`",
                            response.status().as_u16(), "400 or 422"
                        );
                        t.fail("negative control", &outcome);
                        outcome
                    }
                    Err(e) => {
                        t.fail("negative control", &e);
                        format!(
                            "{} not sent: {e}",
                            "GET /api/resolvePath without its required query parameter `path`"
                        )
                    }
                }
            },
            {
                let request = codegen_runtime::reqwest::Client::new()
                    .request(
                        codegen_runtime::Method::from_bytes("POST".as_bytes())
                            .expect("a method"),
                        format!("{}{}", url.trim_end_matches('/'), "/api/kernels"),
                    )
                    .header("content-type", "application/json")
                    .body("{\"path\":\"string\"}");
                match request.send().await {
                    Ok(response) if matches!(response.status().as_u16(), 400 | 422) => {
                        format!(
                            "{} rejected with {}",
                            "POST /api/kernels without its required body property `name`",
                            response.status().as_u16()
                        )
                    }
                    Ok(response) => {
                        let outcome = format!(
                            "{} answered {}, not {}",
                            "POST /api/kernels without its required body property `name`",
                            response.status().as_u16(), "400 or 422"
                        );
                        t.fail("negative control", &outcome);
                        outcome
                    }
                    Err(e) => {
                        t.fail("negative control", &e);
                        format!(
                            "{} not sent: {e}",
                            "POST /api/kernels without its required body property `name`"
                        )
                    }
                }
            },
        ]
            .join("; ");
        let gaps: &[&str] = &[
            "get_api: documents no error response",
            "delete_api_contents_path: documents no error response",
            "delete_api_contents_path_checkpoints_checkpoint_id: documents no error response",
            "get_api_resolvePath: documents no error response",
            "get_api_sessions_session: documents no error response",
            "get_api_sessions: documents no error response",
            "post_api_kernels: documents no error response",
            "delete_api_kernels_kernel_id: documents no error response",
            "post_api_kernels_kernel_id_interrupt: documents no error response",
            "post_api_kernels_kernel_id_restart: documents no error response",
            "get_api_kernelspecs: documents no error response",
            "get_api_config_section_name: documents no error response",
            "patch_api_config_section_name: documents no error response",
            "get_api_me: documents no error response",
            "get_api_status: documents no error response",
            "get_api_spec_yaml: documents no error response",
        ];
        let name = "jupyter-conformed-client";
        let mut report = vec![
            format!("{name}: {} of {} operations called, {} requests sent, {} failed", t
            .operations.len(), 32usize, t.requests, t.failures.len()),
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
                std::path::Path::new(&dir)
                    .join(concat!("jupyter-conformed-client", ".txt")),
                format!("{text}\n"),
            );
        }
        println!("{text}");
        assert!(t.failures.is_empty(), "{text}");
        assert_eq!(t.operations.len(), 32usize, "{text}");
    }
}
