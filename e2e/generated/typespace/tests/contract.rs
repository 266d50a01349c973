// This file is generated from e2e/specs/typespace.yaml by `cargo xtask generate`. Do not edit it by hand.

//! Calls every operation once, with arguments from the spec's examples, against a mock
//! server that serves the spec and rejects any request that does not match it; every
//! response must decode.
#[rustfmt::skip]
#[allow(deprecated)]
mod contract {
    use typespace_client::types;

    #[tokio::test]
    async fn every_operation_against_the_mock_server() {
        let url = std::env::var("TYPESPACE_CLIENT_MOCK_URL")
            .expect(
                "set TYPESPACE_CLIENT_MOCK_URL to the URL of a mock server of e2e/specs/typespace.yaml (`cargo xtask test` does)",
            );
        let client = typespace_client::Client::builder(url)
            .retry(typespace_client::RetryPolicy::none())
            .build()
            .expect("client");
        let mut failures: Vec<String> = Vec::new();
        let mut exercised = 0usize;
        exercised += 1;
        if let Err(e) = client.list_pets().await {
            failures.push(format!("{}: {e}", "list_pets"));
        }
        if let Err(e) = client
            .list_pets()
            .limit(10)
            .kind(
                &codegen_runtime::serde_json::from_str::<types::NewPetPetType>("\"dog\"")
                    .expect("the sample \"dog\" does not decode"),
            )
            .x_request_id("req-1")
            .await
        {
            failures.push(format!("{}: {e}", "list_pets (every optional parameter)"));
        }
        exercised += 1;
        if let Err(e) = client
            .create_pet(
                &codegen_runtime::serde_json::from_str::<
                    types::NewPet,
                >("{\"name\":\"Rex\",\"pet_type\":\"dog\"}")
                    .expect(
                        "the sample {\"name\":\"Rex\",\"pet_type\":\"dog\"} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "create_pet"));
        }
        exercised += 1;
        if let Err(e) = client.get_pet(7).await {
            failures.push(format!("{}: {e}", "get_pet"));
        }
        let line = format!(
            "{}: {exercised} of {} operations exercised, {} failed", "typespace-client",
            3usize, failures.len()
        );
        if let Ok(dir) = std::env::var("CONTRACT_REPORT_DIR") {
            let _ = std::fs::write(
                std::path::Path::new(&dir).join(concat!("typespace-client", ".txt")),
                &line,
            );
        }
        println!("{line}");
        assert!(failures.is_empty(), "{line}:\n{}", failures.join("\n"));
    }
}
