// This file is generated from e2e/specs/upstream/github.yaml with the overlay e2e/specs/github.overlay.yaml by `cargo xtask generate`. Do not edit it by hand.

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
    use github_client::types;
    use codegen_runtime::contract::{Param, Tally, Wire};

    #[tokio::test]
    async fn every_operation_against_the_mock_server() {
        let url = std::env::var("GITHUB_CLIENT_MOCK_URL")
            .expect(
                "set GITHUB_CLIENT_MOCK_URL to the URL of a mock server of e2e/specs/upstream/github.yaml with the overlay e2e/specs/github.overlay.yaml (`cargo xtask test` does)",
            );
        let wire = Wire::default();
        let client = github_client::Client::builder(url.clone())
            .retry(github_client::RetryPolicy::none())
            .hook(wire.clone())
            .build()
            .expect("client");
        let mut t = Tally::default();
        {
            let result = client.issues_list_for_repo("string", "string").await;
            t.sent("issues/list-for-repo", &result);
            if let Err(e) = result {
                t.fail("issues/list-for-repo", e);
            }
            let result = client
                .issues_list_for_repo("string", "string")
                .state(
                    &codegen_runtime::serde_json::from_str::<
                        types::IssuesListForRepoState,
                    >("\"open\"")
                        .expect("the sample \"open\" does not decode"),
                )
                .per_page(30)
                .page(1)
                .await;
            if t.sent("issues/list-for-repo", &result) {
                t.optional_sent(
                    &wire,
                    "issues/list-for-repo",
                    "issues/list-for-repo (every optional parameter)",
                    &[
                        Param::Query("state"),
                        Param::Query("per_page"),
                        Param::Query("page"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("issues/list-for-repo (every optional parameter)", e);
            }
            let result = client
                .issues_list_for_repo("string", "string")
                .header("Prefer", "code=404")
                .await;
            t.sent("issues/list-for-repo", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(404)
                    && matches!(
                        e.error_body(), Some(github_client::ErrorBody::BasicError(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "issues/list-for-repo (Prefer: code=404)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 404 decoded into ErrorBody::BasicError"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "issues/list-for-repo (Prefer: code=404)",
                        format!(
                            "expected {}, got a success",
                            "a 404 decoded into ErrorBody::BasicError"
                        ),
                    )
                }
            }
            t.paginated += 1;
            t.walk(
                    "issues/list-for-repo (stream)",
                    client.issues_list_for_repo("string", "string").stream(),
                    10000,
                )
                .await;
        }
        {
            let result = client.repos_list_for_org("string").await;
            t.sent("repos/list-for-org", &result);
            if let Err(e) = result {
                t.fail("repos/list-for-org", e);
            }
            let result = client.repos_list_for_org("string").per_page(30).page(1).await;
            if t.sent("repos/list-for-org", &result) {
                t.optional_sent(
                    &wire,
                    "repos/list-for-org",
                    "repos/list-for-org (every optional parameter)",
                    &[Param::Query("per_page"), Param::Query("page")],
                );
            }
            if let Err(e) = result {
                t.fail("repos/list-for-org (every optional parameter)", e);
            }
            t.paginated += 1;
            t.walk(
                    "repos/list-for-org (stream)",
                    client.repos_list_for_org("string").stream(),
                    10000,
                )
                .await;
        }
        let negative: String = [
            {
                let request = codegen_runtime::reqwest::Client::new()
                    .request(
                        codegen_runtime::Method::from_bytes("GET".as_bytes())
                            .expect("a method"),
                        format!(
                            "{}{}", url.trim_end_matches('/'),
                            "/codegen-contract/no-such-path"
                        ),
                    );
                match request.send().await {
                    Ok(response) if matches!(response.status().as_u16(), 404) => {
                        format!(
                            "{} rejected with {}",
                            "GET /codegen-contract/no-such-path (a path the spec does not have)",
                            response.status().as_u16()
                        )
                    }
                    Ok(response) => {
                        let outcome = format!(
                            "{} answered {}, not {}",
                            "GET /codegen-contract/no-such-path (a path the spec does not have)",
                            response.status().as_u16(), "404"
                        );
                        t.fail("negative control", &outcome);
                        outcome
                    }
                    Err(e) => {
                        t.fail("negative control", &e);
                        format!(
                            "{} not sent: {e}",
                            "GET /codegen-contract/no-such-path (a path the spec does not have)"
                        )
                    }
                }
            },
        ]
            .join("; ");
        let gaps: &[&str] = &[
            "issues/list-for-repo: pages are walked only as a stream (its page parameter is required or not an integer)",
            "repos/list-for-org: documents no error response",
            "repos/list-for-org: pages are walked only as a stream (its page parameter is required or not an integer)",
        ];
        let name = "github-client";
        let mut report = vec![
            format!("{name}: {} of {} operations called, {} requests sent, {} failed", t
            .operations.len(), 2usize, t.requests, t.failures.len()),
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
                std::path::Path::new(&dir).join(concat!("github-client", ".txt")),
                format!("{text}\n"),
            );
        }
        println!("{text}");
        assert!(t.failures.is_empty(), "{text}");
        assert_eq!(t.operations.len(), 2usize, "{text}");
    }
}
