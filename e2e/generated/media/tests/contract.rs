// This file is generated from e2e/specs/media.yaml by `cargo xtask generate`. Do not edit it by hand.

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
    use media_client::types;
    use codegen_runtime::contract::{Param, Tally, Wire};

    #[tokio::test]
    async fn every_operation_against_the_mock_server() {
        let url = std::env::var("MEDIA_CLIENT_MOCK_URL")
            .expect(
                "set MEDIA_CLIENT_MOCK_URL to the URL of a mock server of e2e/specs/media.yaml (`cargo xtask test` does)",
            );
        let wire = Wire::default();
        let client = media_client::Client::builder(url.clone())
            .retry(media_client::RetryPolicy::none())
            .hook(wire.clone())
            .build()
            .expect("client");
        let mut t = Tally::default();
        {
            let result = client.download_blob("string").await;
            t.sent("download_blob", &result);
            if let Err(e) = result {
                t.fail("download_blob", e);
            }
            let result = client
                .download_blob("string")
                .header("Prefer", "code=404")
                .await;
            t.sent("download_blob", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(404)
                    && matches!(
                        e.error_body(), Some(media_client::ErrorBody::Problem(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "download_blob (Prefer: code=404)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 404 decoded into ErrorBody::Problem"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "download_blob (Prefer: code=404)",
                        format!(
                            "expected {}, got a success",
                            "a 404 decoded into ErrorBody::Problem"
                        ),
                    )
                }
            }
        }
        {
            let result = client.upload_blob("string", b"\"string\"").await;
            t.sent("upload_blob", &result);
            if let Err(e) = result {
                t.fail("upload_blob", e);
            }
        }
        {
            let result = client.latest_report().await;
            t.sent("latest_report", &result);
            if let Err(e) = result {
                t.fail("latest_report", e);
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::Note,
            >("{\"title\":\"string\",\"body\":\"string\"}")
                .expect(
                    "the sample {\"title\":\"string\",\"body\":\"string\"} does not decode",
                );
            let result = client.create_note(&body).await;
            if t.sent("create_note", &result) {
                t.body_sent(&wire, "create_note");
            }
            if let Err(e) = result {
                t.fail("create_note", e);
            }
            let result = client.create_note(&body).draft(true).await;
            if t.sent("create_note", &result) {
                t.optional_sent(
                    &wire,
                    "create_note",
                    "create_note (every optional parameter)",
                    &[Param::Query("draft")],
                );
            }
            if let Err(e) = result {
                t.fail("create_note (every optional parameter)", e);
            }
        }
        {
            let result = client.put_avatar("string", b"\"string\"").await;
            t.sent("put_avatar", &result);
            if let Err(e) = result {
                t.fail("put_avatar", e);
            }
        }
        {
            let result = client.list_events().await;
            t.sent("list_events", &result);
            if let Err(e) = result {
                t.fail("list_events", e);
            }
            let result = client.list_events().page(1).per_page(1).await;
            if t.sent("list_events", &result) {
                t.optional_sent(
                    &wire,
                    "list_events",
                    "list_events (every optional parameter)",
                    &[Param::Query("page"), Param::Query("per_page")],
                );
            }
            if let Err(e) = result {
                t.fail("list_events (every optional parameter)", e);
            }
            t.paginated += 1;
            let mut position: i64 = 1i64;
            let mut previous: Option<String> = None;
            let mut fetched = 0usize;
            loop {
                let result = client.list_events().page(position).await;
                t.sent("list_events", &result);
                match result {
                    Ok(page) => {
                        fetched += 1;
                        let text = format!("{page:?}");
                        if previous.as_deref() == Some(text.as_str()) {
                            t.gaps
                                .push(
                                    format!(
                                        "list_events: the mock answered page {} with the same page as the one before, so the walk ended there (the mock has no end of data)",
                                        position
                                    ),
                                );
                            break;
                        }
                        previous = Some(text);
                    }
                    Err(e) => {
                        t.fail("list_events (page by page)", e);
                        break;
                    }
                }
                if fetched >= 50 {
                    t.fail(
                        "list_events (page by page)",
                        format!("the pages did not end within {} pages", 50),
                    );
                    break;
                }
                position += 1i64;
            }
            t.pages += fetched;
            t.walk("list_events (stream)", client.list_events().stream(), 10000).await;
        }
        let negative: String = [
            {
                let request = codegen_runtime::reqwest::Client::new()
                    .request(
                        codegen_runtime::Method::from_bytes("POST".as_bytes())
                            .expect("a method"),
                        format!("{}{}", url.trim_end_matches('/'), "/notes"),
                    )
                    .header("content-type", "application/json")
                    .body("{\"body\":\"string\"}");
                match request.send().await {
                    Ok(response) if matches!(response.status().as_u16(), 400 | 422) => {
                        format!(
                            "{} rejected with {}",
                            "POST /notes without its required body property `title`",
                            response.status().as_u16()
                        )
                    }
                    Ok(response) => {
                        let outcome = format!(
                            "{} answered {}, not {}",
                            "POST /notes without its required body property `title`",
                            response.status().as_u16(), "400 or 422"
                        );
                        t.fail("negative control", &outcome);
                        outcome
                    }
                    Err(e) => {
                        t.fail("negative control", &e);
                        format!(
                            "{} not sent: {e}",
                            "POST /notes without its required body property `title`"
                        )
                    }
                }
            },
        ]
            .join("; ");
        let gaps: &[&str] = &[
            "upload_blob: documents no error response",
            "latest_report: documents no error response",
            "create_note: documents no error response",
            "put_avatar: documents no error response",
            "list_events: documents no error response",
        ];
        let name = "media-client";
        let mut report = vec![
            format!("{name}: {} of {} operations called, {} requests sent, {} failed", t
            .operations.len(), 6usize, t.requests, t.failures.len()),
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
                std::path::Path::new(&dir).join(concat!("media-client", ".txt")),
                format!("{text}\n"),
            );
        }
        println!("{text}");
        assert!(t.failures.is_empty(), "{text}");
        assert_eq!(t.operations.len(), 6usize, "{text}");
    }
}
