// This file is generated from e2e/specs/decoding.yaml by `cargo xtask generate`. Do not edit it by hand.

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
    use decoding_client::types;
    use codegen_runtime::contract::{Tally, Wire};

    #[tokio::test]
    async fn every_operation_against_the_mock_server() {
        let url = std::env::var("DECODING_CLIENT_MOCK_URL")
            .expect(
                "set DECODING_CLIENT_MOCK_URL to the URL of a mock server of e2e/specs/decoding.yaml (`cargo xtask test` does)",
            );
        let wire = Wire::default();
        let client = decoding_client::Client::builder(url.clone())
            .retry(decoding_client::RetryPolicy::none())
            .hook(wire.clone())
            .build()
            .expect("client");
        let mut t = Tally::default();
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::Record,
            >(
                    "{\"id\":7,\"displayName\":\"seven\",\"owner\":3,\"state\":\"open\",\"level\":2,\"tags\":[\"a\"],\"note\":null,\"group\":1,\"type\":\"string\",\"children\":[{\"name\":\"string\",\"size\":1}],\"extra\":{\"size\":1},\"shape\":{\"kind\":\"string\",\"radius\":1.0},\"value\":1}",
                )
                .expect(
                    "the sample {\"id\":7,\"displayName\":\"seven\",\"owner\":3,\"state\":\"open\",\"level\":2,\"tags\":[\"a\"],\"note\":null,\"group\":1,\"type\":\"string\",\"children\":[{\"name\":\"string\",\"size\":1}],\"extra\":{\"size\":1},\"shape\":{\"kind\":\"string\",\"radius\":1.0},\"value\":1} does not decode",
                );
            let result = client.put_record(7, &body).await;
            if t.sent("put_record", &result) {
                t.body_sent(&wire, "put_record");
            }
            if let Err(e) = result {
                t.fail("put_record", e);
            }
        }
        let negative: String = [
            {
                let request = codegen_runtime::reqwest::Client::new()
                    .request(
                        codegen_runtime::Method::from_bytes("PUT".as_bytes())
                            .expect("a method"),
                        format!("{}{}", url.trim_end_matches('/'), "/records/7"),
                    )
                    .header("content-type", "application/json")
                    .body(
                        "{\"value\":1,\"displayName\":\"seven\",\"owner\":3,\"state\":\"open\",\"level\":2,\"tags\":[\"a\"],\"note\":null,\"group\":1,\"type\":\"string\",\"children\":[{\"name\":\"string\",\"size\":1}],\"extra\":{\"size\":1},\"shape\":{\"kind\":\"string\",\"radius\":1.0}}",
                    );
                match request.send().await {
                    Ok(response) if matches!(response.status().as_u16(), 400 | 422) => {
                        format!(
                            "{} rejected with {}",
                            "PUT /records/{id} without its required body property `id`",
                            response.status().as_u16()
                        )
                    }
                    Ok(response) => {
                        let outcome = format!(
                            "{} answered {}, not {}",
                            "PUT /records/{id} without its required body property `id`",
                            response.status().as_u16(), "400 or 422"
                        );
                        t.fail("negative control", &outcome);
                        outcome
                    }
                    Err(e) => {
                        t.fail("negative control", &e);
                        format!(
                            "{} not sent: {e}",
                            "PUT /records/{id} without its required body property `id`"
                        )
                    }
                }
            },
        ]
            .join("; ");
        let gaps: &[&str] = &["put_record: documents no error response"];
        let name = "decoding-client";
        let mut report = vec![
            format!("{name}: {} of {} operations called, {} requests sent, {} failed", t
            .operations.len(), 1usize, t.requests, t.failures.len()),
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
                std::path::Path::new(&dir).join(concat!("decoding-client", ".txt")),
                format!("{text}\n"),
            );
        }
        println!("{text}");
        assert!(t.failures.is_empty(), "{text}");
        assert_eq!(t.operations.len(), 1usize, "{text}");
    }
}
