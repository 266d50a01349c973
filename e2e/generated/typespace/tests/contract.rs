// This file is generated from e2e/specs/typespace.yaml by `cargo xtask generate`. Do not edit it by hand.

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
    use typespace_client::types;
    use codegen_runtime::contract::{Param, Tally, Wire};

    #[tokio::test]
    async fn every_operation_against_the_mock_server() {
        let url = std::env::var("TYPESPACE_CLIENT_MOCK_URL")
            .expect(
                "set TYPESPACE_CLIENT_MOCK_URL to the URL of a mock server of e2e/specs/typespace.yaml (`cargo xtask test` does)",
            );
        let wire = Wire::default();
        let client = typespace_client::Client::builder(url.clone())
            .retry(typespace_client::RetryPolicy::none())
            .hook(wire.clone())
            .build()
            .expect("client");
        let mut t = Tally::default();
        {
            let result = client.list_pets().await;
            t.sent("list_pets", &result);
            if let Err(e) = result {
                t.fail("list_pets", e);
            }
            let result = client
                .list_pets()
                .limit(10)
                .kind(
                    &codegen_runtime::serde_json::from_str::<
                        types::NewPetType,
                    >("\"dog\"")
                        .expect("the sample \"dog\" does not decode"),
                )
                .x_request_id("req-1")
                .await;
            if t.sent("list_pets", &result) {
                t.optional_sent(
                    &wire,
                    "list_pets",
                    "list_pets (every optional parameter)",
                    &[
                        Param::Query("limit"),
                        Param::Query("kind"),
                        Param::Header("X-Request-Id"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("list_pets (every optional parameter)", e);
            }
            let result = client.list_pets().header("Prefer", "code=400").await;
            t.sent("list_pets", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(), Some(typespace_client::ErrorBody::Error400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "list_pets (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::Error400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "list_pets (Prefer: code=400)",
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
                types::NewPet,
            >("{\"name\":\"Rex\",\"pet_type\":\"dog\",\"note\":\"string\"}")
                .expect(
                    "the sample {\"name\":\"Rex\",\"pet_type\":\"dog\",\"note\":\"string\"} does not decode",
                );
            let result = client.create_pet(&body).await;
            if t.sent("create_pet", &result) {
                t.body_sent(&wire, "create_pet");
            }
            if let Err(e) = result {
                t.fail("create_pet", e);
            }
            let result = client.create_pet(&body).header("Prefer", "code=400").await;
            t.sent("create_pet", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(
                        e.error_body(), Some(typespace_client::ErrorBody::Error400(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "create_pet (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 400 decoded into ErrorBody::Error400"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "create_pet (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 decoded into ErrorBody::Error400"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_pet(7).await;
            t.sent("get_pet", &result);
            if let Err(e) = result {
                t.fail("get_pet", e);
            }
            let result = client.get_pet(7).header("Prefer", "code=404").await;
            t.sent("get_pet", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(404)
                    && matches!(
                        e.error_body(), Some(typespace_client::ErrorBody::NotFound(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "get_pet (Prefer: code=404)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 404 decoded into ErrorBody::NotFound"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "get_pet (Prefer: code=404)",
                        format!(
                            "expected {}, got a success",
                            "a 404 decoded into ErrorBody::NotFound"
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
                        format!("{}{}", url.trim_end_matches('/'), "/pets"),
                    )
                    .header("content-type", "application/json")
                    .body("{\"note\":\"string\",\"pet_type\":\"dog\"}");
                match request.send().await {
                    Ok(response) if matches!(response.status().as_u16(), 400 | 422) => {
                        format!(
                            "{} rejected with {}",
                            "POST /pets without its required body property `name`",
                            response.status().as_u16()
                        )
                    }
                    Ok(response) => {
                        let outcome = format!(
                            "{} answered {}, not {}",
                            "POST /pets without its required body property `name`",
                            response.status().as_u16(), "400 or 422"
                        );
                        t.fail("negative control", &outcome);
                        outcome
                    }
                    Err(e) => {
                        t.fail("negative control", &e);
                        format!(
                            "{} not sent: {e}",
                            "POST /pets without its required body property `name`"
                        )
                    }
                }
            },
        ]
            .join("; ");
        let gaps: &[&str] = &[];
        let name = "typespace-client";
        let mut report = vec![
            format!("{name}: {} of {} operations called, {} requests sent, {} failed", t
            .operations.len(), 3usize, t.requests, t.failures.len()),
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
                std::path::Path::new(&dir).join(concat!("typespace-client", ".txt")),
                format!("{text}\n"),
            );
        }
        println!("{text}");
        assert!(t.failures.is_empty(), "{text}");
        assert_eq!(t.operations.len(), 3usize, "{text}");
    }
}
