// This file is generated from specs/workdrive.yaml by `cargo xtask generate`. Do not edit it by hand.

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
    use workdrive_client::types;
    use codegen_runtime::contract::{Param, Tally, Wire};

    #[tokio::test]
    async fn every_operation_against_the_mock_server() {
        let url = std::env::var("WORKDRIVE_CLIENT_MOCK_URL")
            .expect(
                "set WORKDRIVE_CLIENT_MOCK_URL to the URL of a mock server of specs/workdrive.yaml (`cargo xtask test` does)",
            );
        let wire = Wire::default();
        let client = workdrive_client::Client::builder(url.clone())
            .api_key("example-credential")
            .retry(workdrive_client::RetryPolicy::none())
            .hook(wire.clone())
            .build()
            .expect("client");
        let mut t = Tally::default();
        {
            let result = client.list_users().await;
            t.sent("list_users", &result);
            if let Err(e) = result {
                t.fail("list_users", e);
            }
            let result = client
                .list_users()
                .cur_page(1)
                .per_page(5)
                .location("e9659111-c52a-42c9-b6ed-42d0f5bdd29e")
                .department("1ae6eb71-dddf-48b7-945f-78127fd85801")
                .await;
            if t.sent("list_users", &result) {
                t.optional_sent(
                    &wire,
                    "list_users",
                    "list_users (every optional parameter)",
                    &[
                        Param::Query("cur_page"),
                        Param::Query("per_page"),
                        Param::Query("location"),
                        Param::Query("department"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("list_users (every optional parameter)", e);
            }
            let result = client.list_users().header("Prefer", "code=400").await;
            t.sent("list_users", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "list_users (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "list_users (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
            t.paginated += 1;
            let mut position: i64 = 1i64;
            let mut previous: Option<String> = None;
            let mut fetched = 0usize;
            loop {
                let result = client.list_users().cur_page(position).await;
                t.sent("list_users", &result);
                match result {
                    Ok(page) => {
                        fetched += 1;
                        let text = format!("{page:?}");
                        if previous.as_deref() == Some(text.as_str()) {
                            t.gaps
                                .push(
                                    format!(
                                        "list_users: the mock answered page {} with the same page as the one before, so the walk ended there (the mock has no end of data)",
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
            let result = client.list_team_supervisors().await;
            t.sent("list_team_supervisors", &result);
            if let Err(e) = result {
                t.fail("list_team_supervisors", e);
            }
            let result = client
                .list_team_supervisors()
                .cur_page(1)
                .per_page(5)
                .user_id("90a34cdd-cb83-49b5-9b54-fe1dd2d829ff")
                .await;
            if t.sent("list_team_supervisors", &result) {
                t.optional_sent(
                    &wire,
                    "list_team_supervisors",
                    "list_team_supervisors (every optional parameter)",
                    &[
                        Param::Query("cur_page"),
                        Param::Query("per_page"),
                        Param::Query("userId"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("list_team_supervisors (every optional parameter)", e);
            }
            let result = client
                .list_team_supervisors()
                .header("Prefer", "code=400")
                .await;
            t.sent("list_team_supervisors", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "list_team_supervisors (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "list_team_supervisors (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
            t.paginated += 1;
            let mut position: i64 = 1i64;
            let mut previous: Option<String> = None;
            let mut fetched = 0usize;
            loop {
                let result = client.list_team_supervisors().cur_page(position).await;
                t.sent("list_team_supervisors", &result);
                match result {
                    Ok(page) => {
                        fetched += 1;
                        let text = format!("{page:?}");
                        if previous.as_deref() == Some(text.as_str()) {
                            t.gaps
                                .push(
                                    format!(
                                        "list_team_supervisors: the mock answered page {} with the same page as the one before, so the walk ended there (the mock has no end of data)",
                                        position
                                    ),
                                );
                            break;
                        }
                        previous = Some(text);
                    }
                    Err(e) => {
                        t.fail("list_team_supervisors (page by page)", e);
                        break;
                    }
                }
                if fetched >= 50 {
                    t.fail(
                        "list_team_supervisors (page by page)",
                        format!("the pages did not end within {} pages", 50),
                    );
                    break;
                }
                position += 1i64;
            }
            t.pages += fetched;
            t.walk(
                    "list_team_supervisors (stream)",
                    client.list_team_supervisors().stream(),
                    10000,
                )
                .await;
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::UserCreate,
            >(
                    "{\"email\":\"string\",\"phone\":\"string\",\"firstName\":\"John\",\"lastName\":\"Smith\",\"designation\":\"Manager\",\"isDepartmentHead\":true,\"department\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"location\":\"string\",\"securityGroup\":\"string\",\"reportsTo\":\"string\",\"skill\":[\"string\"],\"defaultVisibility\":\"public\",\"addAdditionalTeams\":[\"string\"],\"addAdditionalLocations\":[\"string\"]}",
                )
                .expect(
                    "the sample {\"email\":\"string\",\"phone\":\"string\",\"firstName\":\"John\",\"lastName\":\"Smith\",\"designation\":\"Manager\",\"isDepartmentHead\":true,\"department\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"location\":\"string\",\"securityGroup\":\"string\",\"reportsTo\":\"string\",\"skill\":[\"string\"],\"defaultVisibility\":\"public\",\"addAdditionalTeams\":[\"string\"],\"addAdditionalLocations\":[\"string\"]} does not decode",
                );
            let result = client.create_user(&body).await;
            if t.sent("create_user", &result) {
                t.body_sent(&wire, "create_user");
            }
            if let Err(e) = result {
                t.fail("create_user", e);
            }
            let result = client.create_user(&body).bulk(true).await;
            if t.sent("create_user", &result) {
                t.optional_sent(
                    &wire,
                    "create_user",
                    "create_user (every optional parameter)",
                    &[Param::Query("bulk")],
                );
            }
            if let Err(e) = result {
                t.fail("create_user (every optional parameter)", e);
            }
            let result = client.create_user(&body).header("Prefer", "code=400").await;
            t.sent("create_user", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "create_user (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "create_user (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.delete_user("string").await;
            t.sent("delete_user", &result);
            if let Err(e) = result {
                t.fail("delete_user", e);
            }
            let result = client.delete_user("string").bulk(true).await;
            if t.sent("delete_user", &result) {
                t.optional_sent(
                    &wire,
                    "delete_user",
                    "delete_user (every optional parameter)",
                    &[Param::Query("bulk")],
                );
            }
            if let Err(e) = result {
                t.fail("delete_user (every optional parameter)", e);
            }
            let result = client.delete_user("string").header("Prefer", "code=400").await;
            t.sent("delete_user", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "delete_user (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "delete_user (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::UserUpdate,
            >(
                    "{\"firstName\":\"John\",\"lastName\":\"Smith\",\"status\":\"ARCHIVE\",\"phone\":\"+13756366604\",\"isExpert\":false,\"availability\":\"ACTIVE\",\"fileId\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"coverFileId\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"reportsTo\":\"a0c3f96f-73c3-4c67-ba43-b94d640f2485\",\"designation\":\"Web Developer\",\"bio\":\"string\",\"isDepartmentHead\":false,\"department\":\"Development/Subdivider\",\"location\":\"e9659111-c52a-42c9-b6ed-42d0f5bdd29e\",\"addAdditionalTeams\":[\"string\"],\"removeAdditionalTeams\":[\"string\"],\"addAdditionalLocations\":[\"00000000-0000-4000-8000-000000000000\"]}",
                )
                .expect(
                    "the sample {\"firstName\":\"John\",\"lastName\":\"Smith\",\"status\":\"ARCHIVE\",\"phone\":\"+13756366604\",\"isExpert\":false,\"availability\":\"ACTIVE\",\"fileId\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"coverFileId\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"reportsTo\":\"a0c3f96f-73c3-4c67-ba43-b94d640f2485\",\"designation\":\"Web Developer\",\"bio\":\"string\",\"isDepartmentHead\":false,\"department\":\"Development/Subdivider\",\"location\":\"e9659111-c52a-42c9-b6ed-42d0f5bdd29e\",\"addAdditionalTeams\":[\"string\"],\"removeAdditionalTeams\":[\"string\"],\"addAdditionalLocations\":[\"00000000-0000-4000-8000-000000000000\"]} does not decode",
                );
            let result = client.update_user("string", &body).await;
            if t.sent("update_user", &result) {
                t.body_sent(&wire, "update_user");
            }
            if let Err(e) = result {
                t.fail("update_user", e);
            }
            let result = client
                .update_user("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("update_user", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "update_user (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "update_user (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::UserBulkCreate,
            >(
                    "{\"data\":[{\"email\":\"string\",\"phone\":\"string\",\"firstName\":\"John\",\"lastName\":\"Smith\",\"designation\":\"Manager\",\"isDepartmentHead\":true,\"department\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"location\":\"string\",\"securityGroup\":\"string\",\"skill\":[\"string\"],\"defaultVisibility\":\"public\",\"externalUserId\":\"string\",\"addAdditionalTeams\":[\"string\"],\"addAdditionalLocations\":[\"string\"],\"reportsTo\":\"string\"}]}",
                )
                .expect(
                    "the sample {\"data\":[{\"email\":\"string\",\"phone\":\"string\",\"firstName\":\"John\",\"lastName\":\"Smith\",\"designation\":\"Manager\",\"isDepartmentHead\":true,\"department\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"location\":\"string\",\"securityGroup\":\"string\",\"skill\":[\"string\"],\"defaultVisibility\":\"public\",\"externalUserId\":\"string\",\"addAdditionalTeams\":[\"string\"],\"addAdditionalLocations\":[\"string\"],\"reportsTo\":\"string\"}]} does not decode",
                );
            let result = client.bulk_create_users(&body).await;
            if t.sent("bulk_create_users", &result) {
                t.body_sent(&wire, "bulk_create_users");
            }
            if let Err(e) = result {
                t.fail("bulk_create_users", e);
            }
            let result = client
                .bulk_create_users(&body)
                .header("Prefer", "code=400")
                .await;
            t.sent("bulk_create_users", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "bulk_create_users (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "bulk_create_users (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::UserBulkDelete,
            >("{\"id\":[\"string\"]}")
                .expect("the sample {\"id\":[\"string\"]} does not decode");
            let result = client.bulk_delete_users(&body).await;
            if t.sent("bulk_delete_users", &result) {
                t.body_sent(&wire, "bulk_delete_users");
            }
            if let Err(e) = result {
                t.fail("bulk_delete_users", e);
            }
            let result = client
                .bulk_delete_users(&body)
                .header("Prefer", "code=400")
                .await;
            t.sent("bulk_delete_users", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "bulk_delete_users (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "bulk_delete_users (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::OrganizationCreate,
            >(
                    "{\"name\":\"Stilla\",\"admin\":{\"firstName\":\"john\",\"lastName\":\"smith\",\"email\":\"abc@xyz.com\"},\"auth\":{\"method\":\"internal\"}}",
                )
                .expect(
                    "the sample {\"name\":\"Stilla\",\"admin\":{\"firstName\":\"john\",\"lastName\":\"smith\",\"email\":\"abc@xyz.com\"},\"auth\":{\"method\":\"internal\"}} does not decode",
                );
            let result = client.create_organization(&body).await;
            if t.sent("create_organization", &result) {
                t.body_sent(&wire, "create_organization");
            }
            if let Err(e) = result {
                t.fail("create_organization", e);
            }
            let result = client
                .create_organization(&body)
                .header("Prefer", "code=400")
                .await;
            t.sent("create_organization", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "create_organization (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "create_organization (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::OrganizationUpdate,
            >(
                    "{\"fileId\":\"38443974-b996-11ed-afa1-0242ac120002\",\"name\":\"Stilla\",\"legalName\":\"stilla\",\"websites\":[\"abc_stilla.com\"],\"address\":{\"street1\":\"3739 Liberty Avenue\",\"street2\":null,\"city\":\"Anaheim\",\"state\":\"California\",\"zip\":\"92805\"},\"email\":\"stilla@abc.com\",\"phone\":\"714-517-5291\",\"description\":\"Real estate organization\",\"industry\":null}",
                )
                .expect(
                    "the sample {\"fileId\":\"38443974-b996-11ed-afa1-0242ac120002\",\"name\":\"Stilla\",\"legalName\":\"stilla\",\"websites\":[\"abc_stilla.com\"],\"address\":{\"street1\":\"3739 Liberty Avenue\",\"street2\":null,\"city\":\"Anaheim\",\"state\":\"California\",\"zip\":\"92805\"},\"email\":\"stilla@abc.com\",\"phone\":\"714-517-5291\",\"description\":\"Real estate organization\",\"industry\":null} does not decode",
                );
            let result = client.update_organization("string", &body).await;
            if t.sent("update_organization", &result) {
                t.body_sent(&wire, "update_organization");
            }
            if let Err(e) = result {
                t.fail("update_organization", e);
            }
            let result = client
                .update_organization("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("update_organization", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "update_organization (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "update_organization (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::AccessTokenRequest,
            >("{\"userId\":\"bd06213a-a26b-4cd7-a6b8-cfa154073e1f\"}")
                .expect(
                    "the sample {\"userId\":\"bd06213a-a26b-4cd7-a6b8-cfa154073e1f\"} does not decode",
                );
            let result = client.generate_access_token(&body).await;
            if t.sent("generate_access_token", &result) {
                t.body_sent(&wire, "generate_access_token");
            }
            if let Err(e) = result {
                t.fail("generate_access_token", e);
            }
            let result = client
                .generate_access_token(&body)
                .header("Prefer", "code=400")
                .await;
            t.sent("generate_access_token", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "generate_access_token (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "generate_access_token (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_posts("2022-10-17T09:21:41.247Z").await;
            t.sent("list_posts", &result);
            if let Err(e) = result {
                t.fail("list_posts", e);
            }
            let result = client
                .list_posts("2022-10-17T09:21:41.247Z")
                .per_page(5)
                .sort_key(
                    &codegen_runtime::serde_json::from_str::<types::SortKey>("\"a\"")
                        .expect("the sample \"a\" does not decode"),
                )
                .await;
            if t.sent("list_posts", &result) {
                t.optional_sent(
                    &wire,
                    "list_posts",
                    "list_posts (every optional parameter)",
                    &[Param::Query("per_page"), Param::Query("sort_key")],
                );
            }
            if let Err(e) = result {
                t.fail("list_posts (every optional parameter)", e);
            }
            let result = client
                .list_posts("2022-10-17T09:21:41.247Z")
                .header("Prefer", "code=400")
                .await;
            t.sent("list_posts", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "list_posts (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "list_posts (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::PostCreate,
            >(
                    "{\"status\":\"PUBLISHED\",\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true,\"taggedUsers\":[\"00000000-0000-4000-8000-000000000000\"]},\"tags\":[\"#myfirstpost\"],\"mention\":[\"6187fcb0-6151-11ec-9294-cfe91ad8177f\"],\"fileIds\":[\"f5743644-c8ce-4bbe-a9bd-dfdd18dce445\",\"1f1b75a3-f773-4fd6-a63e-9a5fb978b21e\"],\"taggedUserIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"gif\":\"https://media0.giphy.com/media/MCeIiRETfwBK2rtGRi/giphy.gif?cid=75a920b6w4tmpmwx92x4o0jkkh76knvq3b2ino26cgm5dgpn&rid=giphy.gif&ct=g\",\"links\":[\"string\"],\"location\":{\"textAddress\":\"string\",\"coordinates\":{}},\"postText\":\"string\"}",
                )
                .expect(
                    "the sample {\"status\":\"PUBLISHED\",\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true,\"taggedUsers\":[\"00000000-0000-4000-8000-000000000000\"]},\"tags\":[\"#myfirstpost\"],\"mention\":[\"6187fcb0-6151-11ec-9294-cfe91ad8177f\"],\"fileIds\":[\"f5743644-c8ce-4bbe-a9bd-dfdd18dce445\",\"1f1b75a3-f773-4fd6-a63e-9a5fb978b21e\"],\"taggedUserIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"gif\":\"https://media0.giphy.com/media/MCeIiRETfwBK2rtGRi/giphy.gif?cid=75a920b6w4tmpmwx92x4o0jkkh76knvq3b2ino26cgm5dgpn&rid=giphy.gif&ct=g\",\"links\":[\"string\"],\"location\":{\"textAddress\":\"string\",\"coordinates\":{}},\"postText\":\"string\"} does not decode",
                );
            let result = client.create_post(&body).await;
            if t.sent("create_post", &result) {
                t.body_sent(&wire, "create_post");
            }
            if let Err(e) = result {
                t.fail("create_post", e);
            }
            let result = client.create_post(&body).header("Prefer", "code=400").await;
            t.sent("create_post", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "create_post (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "create_post (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.delete_post("string").await;
            t.sent("delete_post", &result);
            if let Err(e) = result {
                t.fail("delete_post", e);
            }
            let result = client.delete_post("string").header("Prefer", "code=400").await;
            t.sent("delete_post", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "delete_post (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "delete_post (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::PostUpdate,
            >(
                    "{\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true,\"taggedUsers\":[\"00000000-0000-4000-8000-000000000000\"]},\"tags\":[\"#myfirstpost\"],\"mention\":[\"6187fcb0-6151-11ec-9294-cfe91ad8177f\"],\"fileIds\":[\"f5743644-c8ce-4bbe-a9bd-dfdd18dce445\",\"1f1b75a3-f773-4fd6-a63e-9a5fb978b21e\"],\"taggedUserIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"gif\":\"https://media0.giphy.com/media/MCeIiRETfwBK2rtGRi/giphy.gif?cid=75a920b6w4tmpmwx92x4o0jkkh76knvq3b2ino26cgm5dgpn&rid=giphy.gif&ct=g\",\"links\":[\"string\"],\"location\":{\"textAddress\":\"string\",\"coordinates\":{}},\"postText\":\"string\",\"status\":\"PUBLISHED\"}",
                )
                .expect(
                    "the sample {\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true,\"taggedUsers\":[\"00000000-0000-4000-8000-000000000000\"]},\"tags\":[\"#myfirstpost\"],\"mention\":[\"6187fcb0-6151-11ec-9294-cfe91ad8177f\"],\"fileIds\":[\"f5743644-c8ce-4bbe-a9bd-dfdd18dce445\",\"1f1b75a3-f773-4fd6-a63e-9a5fb978b21e\"],\"taggedUserIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"gif\":\"https://media0.giphy.com/media/MCeIiRETfwBK2rtGRi/giphy.gif?cid=75a920b6w4tmpmwx92x4o0jkkh76knvq3b2ino26cgm5dgpn&rid=giphy.gif&ct=g\",\"links\":[\"string\"],\"location\":{\"textAddress\":\"string\",\"coordinates\":{}},\"postText\":\"string\",\"status\":\"PUBLISHED\"} does not decode",
                );
            let result = client.update_post("string", &body).await;
            if t.sent("update_post", &result) {
                t.body_sent(&wire, "update_post");
            }
            if let Err(e) = result {
                t.fail("update_post", e);
            }
            let result = client
                .update_post("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("update_post", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "update_post (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "update_post (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_news("2022-10-17T09:21:41.247Z").await;
            t.sent("list_news", &result);
            if let Err(e) = result {
                t.fail("list_news", e);
            }
            let result = client
                .list_news("2022-10-17T09:21:41.247Z")
                .per_page(5)
                .sort_key(
                    &codegen_runtime::serde_json::from_str::<types::SortKey>("\"a\"")
                        .expect("the sample \"a\" does not decode"),
                )
                .await;
            if t.sent("list_news", &result) {
                t.optional_sent(
                    &wire,
                    "list_news",
                    "list_news (every optional parameter)",
                    &[Param::Query("per_page"), Param::Query("sort_key")],
                );
            }
            if let Err(e) = result {
                t.fail("list_news (every optional parameter)", e);
            }
            let result = client
                .list_news("2022-10-17T09:21:41.247Z")
                .header("Prefer", "code=400")
                .await;
            t.sent("list_news", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "list_news (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "list_news (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::NewsWrite,
            >(
                    "{\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"taggedUsers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true},\"tags\":[\"#myfirstpost\"],\"mention\":[\"6187fcb0-6151-11ec-9294-cfe91ad8177f\"],\"fileIds\":[\"f5743644-c8ce-4bbe-a9bd-dfdd18dce445\",\"1f1b75a3-f773-4fd6-a63e-9a5fb978b21e\"],\"taggedUserIds\":[\"79ba2a88-448d-416a-9c22-c8e96ed8f873\"],\"gif\":\"https://media0.giphy.com/media/MCeIiRETfwBK2rtGRi/giphy.gif?cid=75a920b6w4tmpmwx92x4o0jkkh76knvq3b2ino26cgm5dgpn&rid=giphy.gif&ct=g\",\"links\":[\"https://www.google.com/\"],\"newsTitle\":\"World Cup\",\"category\":\"Featured\",\"coverImage\":\"ed91ba02-279f-49f9-98e9-33fdd8e09b95\",\"location\":{\"textAddress\":\"string\",\"coordinates\":{}}}",
                )
                .expect(
                    "the sample {\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"taggedUsers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true},\"tags\":[\"#myfirstpost\"],\"mention\":[\"6187fcb0-6151-11ec-9294-cfe91ad8177f\"],\"fileIds\":[\"f5743644-c8ce-4bbe-a9bd-dfdd18dce445\",\"1f1b75a3-f773-4fd6-a63e-9a5fb978b21e\"],\"taggedUserIds\":[\"79ba2a88-448d-416a-9c22-c8e96ed8f873\"],\"gif\":\"https://media0.giphy.com/media/MCeIiRETfwBK2rtGRi/giphy.gif?cid=75a920b6w4tmpmwx92x4o0jkkh76knvq3b2ino26cgm5dgpn&rid=giphy.gif&ct=g\",\"links\":[\"https://www.google.com/\"],\"newsTitle\":\"World Cup\",\"category\":\"Featured\",\"coverImage\":\"ed91ba02-279f-49f9-98e9-33fdd8e09b95\",\"location\":{\"textAddress\":\"string\",\"coordinates\":{}}} does not decode",
                );
            let result = client.create_news(&body).await;
            if t.sent("create_news", &result) {
                t.body_sent(&wire, "create_news");
            }
            if let Err(e) = result {
                t.fail("create_news", e);
            }
            let result = client.create_news(&body).header("Prefer", "code=400").await;
            t.sent("create_news", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "create_news (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "create_news (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.delete_news("string").await;
            t.sent("delete_news", &result);
            if let Err(e) = result {
                t.fail("delete_news", e);
            }
            let result = client.delete_news("string").header("Prefer", "code=400").await;
            t.sent("delete_news", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "delete_news (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "delete_news (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::NewsWrite,
            >(
                    "{\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"taggedUsers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true},\"tags\":[\"#myfirstpost\"],\"mention\":[\"6187fcb0-6151-11ec-9294-cfe91ad8177f\"],\"fileIds\":[\"f5743644-c8ce-4bbe-a9bd-dfdd18dce445\",\"1f1b75a3-f773-4fd6-a63e-9a5fb978b21e\"],\"taggedUserIds\":[\"79ba2a88-448d-416a-9c22-c8e96ed8f873\"],\"gif\":\"https://media0.giphy.com/media/MCeIiRETfwBK2rtGRi/giphy.gif?cid=75a920b6w4tmpmwx92x4o0jkkh76knvq3b2ino26cgm5dgpn&rid=giphy.gif&ct=g\",\"links\":[\"https://www.google.com/\"],\"newsTitle\":\"World Cup\",\"category\":\"Featured\",\"coverImage\":\"ed91ba02-279f-49f9-98e9-33fdd8e09b95\",\"location\":{\"textAddress\":\"string\",\"coordinates\":{}}}",
                )
                .expect(
                    "the sample {\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"taggedUsers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true},\"tags\":[\"#myfirstpost\"],\"mention\":[\"6187fcb0-6151-11ec-9294-cfe91ad8177f\"],\"fileIds\":[\"f5743644-c8ce-4bbe-a9bd-dfdd18dce445\",\"1f1b75a3-f773-4fd6-a63e-9a5fb978b21e\"],\"taggedUserIds\":[\"79ba2a88-448d-416a-9c22-c8e96ed8f873\"],\"gif\":\"https://media0.giphy.com/media/MCeIiRETfwBK2rtGRi/giphy.gif?cid=75a920b6w4tmpmwx92x4o0jkkh76knvq3b2ino26cgm5dgpn&rid=giphy.gif&ct=g\",\"links\":[\"https://www.google.com/\"],\"newsTitle\":\"World Cup\",\"category\":\"Featured\",\"coverImage\":\"ed91ba02-279f-49f9-98e9-33fdd8e09b95\",\"location\":{\"textAddress\":\"string\",\"coordinates\":{}}} does not decode",
                );
            let result = client.update_news("string", &body).await;
            if t.sent("update_news", &result) {
                t.body_sent(&wire, "update_news");
            }
            if let Err(e) = result {
                t.fail("update_news", e);
            }
            let result = client
                .update_news("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("update_news", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "update_news (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "update_news (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client
                .list_events(
                    &codegen_runtime::serde_json::from_str::<
                        types::DateTimeParam,
                    >("\"2022-12-16T00:00:00\"")
                        .expect("the sample \"2022-12-16T00:00:00\" does not decode"),
                )
                .await;
            t.sent("list_events", &result);
            if let Err(e) = result {
                t.fail("list_events", e);
            }
            let result = client
                .list_events(
                    &codegen_runtime::serde_json::from_str::<
                        types::DateTimeParam,
                    >("\"2022-12-16T00:00:00\"")
                        .expect("the sample \"2022-12-16T00:00:00\" does not decode"),
                )
                .per_page(5)
                .external_events(true)
                .filter(
                    &codegen_runtime::serde_json::from_str::<
                        types::ListEventsFilter,
                    >("\"POST\"")
                        .expect("the sample \"POST\" does not decode"),
                )
                .category("string")
                .only_past(true)
                .include_happening_now(true)
                .only_meeting(true)
                .only_going(true)
                .to_date(
                    &codegen_runtime::serde_json::from_str::<
                        types::DateTimeParam,
                    >("\"2022-12-30T23:59:59\"")
                        .expect("the sample \"2022-12-30T23:59:59\" does not decode"),
                )
                .from_date(
                    &codegen_runtime::serde_json::from_str::<
                        types::DateTimeParam,
                    >("\"2022-12-16T00:00:00\"")
                        .expect("the sample \"2022-12-16T00:00:00\" does not decode"),
                )
                .include_recent_rsvps(true)
                .await;
            if t.sent("list_events", &result) {
                t.optional_sent(
                    &wire,
                    "list_events",
                    "list_events (every optional parameter)",
                    &[
                        Param::Query("per_page"),
                        Param::Query("externalEvents"),
                        Param::Query("filter"),
                        Param::Query("category"),
                        Param::Query("onlyPast"),
                        Param::Query("include_happening_now"),
                        Param::Query("onlyMeeting"),
                        Param::Query("onlyGoing"),
                        Param::Query("toDate"),
                        Param::Query("fromDate"),
                        Param::Query("include_recent_rsvps"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("list_events (every optional parameter)", e);
            }
            let result = client
                .list_events(
                    &codegen_runtime::serde_json::from_str::<
                        types::DateTimeParam,
                    >("\"2022-12-16T00:00:00\"")
                        .expect("the sample \"2022-12-16T00:00:00\" does not decode"),
                )
                .header("Prefer", "code=400")
                .await;
            t.sent("list_events", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "list_events (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "list_events (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::EventWrite,
            >(
                    "{\"permissions\":{\"public\":true,\"friends\":false,\"onlyMe\":false,\"team\":false,\"users\":[\"00000000-0000-4000-8000-000000000000\"],\"groups\":[\"00000000-0000-4000-8000-000000000000\"],\"locations\":[\"00000000-0000-4000-8000-000000000000\"],\"taggedUsers\":[\"00000000-0000-4000-8000-000000000000\"]},\"title\":\"new testing Event\",\"description\":\"new testing event\",\"externalLink\":[{\"title\":\"\",\"url\":\"https://www.google.com/\"}],\"userIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"conferenceLink\":\"string\",\"location\":\"https://www.google.com/maps/d/viewer?ie=UTF8&hl=en&t=h&om=1&msa=0&ll=33.760326299999996%2C73.06671140000003&spn=0.001838%2C0.003787&z=19&mid=1GC-26pGg4Z58eto8mukpi6dyUj4\",\"startDateTime\":\"2022-09-14T07:58:00.000Z\",\"endDateTime\":\"2022-09-14T08:58:00.000Z\",\"posterId\":\"c2b78442-6cb8-4f49-9a0b-53cdb8d8c95b\",\"conversationId\":\"string\",\"isVirtual\":false,\"tags\":[\"string\"],\"type\":2,\"externalUserEmails\":[\"string\"],\"category\":\"Corporate Events\",\"isMeeting\":false,\"repeat\":{\"config\":{\"type\":\"frequency\",\"frequency\":86400,\"ends\":{\"config\":{\"type\":\"on\",\"date\":\"2022-09-15\"}}}},\"videoPreviewIds\":[\"string\"],\"duration\":0}",
                )
                .expect(
                    "the sample {\"permissions\":{\"public\":true,\"friends\":false,\"onlyMe\":false,\"team\":false,\"users\":[\"00000000-0000-4000-8000-000000000000\"],\"groups\":[\"00000000-0000-4000-8000-000000000000\"],\"locations\":[\"00000000-0000-4000-8000-000000000000\"],\"taggedUsers\":[\"00000000-0000-4000-8000-000000000000\"]},\"title\":\"new testing Event\",\"description\":\"new testing event\",\"externalLink\":[{\"title\":\"\",\"url\":\"https://www.google.com/\"}],\"userIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"conferenceLink\":\"string\",\"location\":\"https://www.google.com/maps/d/viewer?ie=UTF8&hl=en&t=h&om=1&msa=0&ll=33.760326299999996%2C73.06671140000003&spn=0.001838%2C0.003787&z=19&mid=1GC-26pGg4Z58eto8mukpi6dyUj4\",\"startDateTime\":\"2022-09-14T07:58:00.000Z\",\"endDateTime\":\"2022-09-14T08:58:00.000Z\",\"posterId\":\"c2b78442-6cb8-4f49-9a0b-53cdb8d8c95b\",\"conversationId\":\"string\",\"isVirtual\":false,\"tags\":[\"string\"],\"type\":2,\"externalUserEmails\":[\"string\"],\"category\":\"Corporate Events\",\"isMeeting\":false,\"repeat\":{\"config\":{\"type\":\"frequency\",\"frequency\":86400,\"ends\":{\"config\":{\"type\":\"on\",\"date\":\"2022-09-15\"}}}},\"videoPreviewIds\":[\"string\"],\"duration\":0} does not decode",
                );
            let result = client.create_event(&body).await;
            if t.sent("create_event", &result) {
                t.body_sent(&wire, "create_event");
            }
            if let Err(e) = result {
                t.fail("create_event", e);
            }
            let result = client.create_event(&body).header("Prefer", "code=400").await;
            t.sent("create_event", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "create_event (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "create_event (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.delete_event("string").await;
            t.sent("delete_event", &result);
            if let Err(e) = result {
                t.fail("delete_event", e);
            }
            let result = client.delete_event("string").repeat("string").await;
            if t.sent("delete_event", &result) {
                t.optional_sent(
                    &wire,
                    "delete_event",
                    "delete_event (every optional parameter)",
                    &[Param::Query("repeat")],
                );
            }
            if let Err(e) = result {
                t.fail("delete_event (every optional parameter)", e);
            }
            let result = client
                .delete_event("string")
                .header("Prefer", "code=400")
                .await;
            t.sent("delete_event", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "delete_event (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "delete_event (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::EventWrite,
            >(
                    "{\"permissions\":{\"public\":true,\"friends\":false,\"onlyMe\":false,\"team\":false,\"users\":[\"00000000-0000-4000-8000-000000000000\"],\"groups\":[\"00000000-0000-4000-8000-000000000000\"],\"locations\":[\"00000000-0000-4000-8000-000000000000\"],\"taggedUsers\":[\"00000000-0000-4000-8000-000000000000\"]},\"title\":\"new testing Event\",\"description\":\"new testing event\",\"externalLink\":[{\"title\":\"\",\"url\":\"https://www.google.com/\"}],\"userIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"conferenceLink\":\"string\",\"location\":\"https://www.google.com/maps/d/viewer?ie=UTF8&hl=en&t=h&om=1&msa=0&ll=33.760326299999996%2C73.06671140000003&spn=0.001838%2C0.003787&z=19&mid=1GC-26pGg4Z58eto8mukpi6dyUj4\",\"startDateTime\":\"2022-09-14T07:58:00.000Z\",\"endDateTime\":\"2022-09-14T08:58:00.000Z\",\"posterId\":\"c2b78442-6cb8-4f49-9a0b-53cdb8d8c95b\",\"conversationId\":\"string\",\"isVirtual\":false,\"tags\":[\"string\"],\"type\":2,\"externalUserEmails\":[\"string\"],\"category\":\"Corporate Events\",\"isMeeting\":false,\"repeat\":{\"config\":{\"type\":\"frequency\",\"frequency\":86400,\"ends\":{\"config\":{\"type\":\"on\",\"date\":\"2022-09-15\"}}}},\"videoPreviewIds\":[\"string\"],\"duration\":0}",
                )
                .expect(
                    "the sample {\"permissions\":{\"public\":true,\"friends\":false,\"onlyMe\":false,\"team\":false,\"users\":[\"00000000-0000-4000-8000-000000000000\"],\"groups\":[\"00000000-0000-4000-8000-000000000000\"],\"locations\":[\"00000000-0000-4000-8000-000000000000\"],\"taggedUsers\":[\"00000000-0000-4000-8000-000000000000\"]},\"title\":\"new testing Event\",\"description\":\"new testing event\",\"externalLink\":[{\"title\":\"\",\"url\":\"https://www.google.com/\"}],\"userIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"conferenceLink\":\"string\",\"location\":\"https://www.google.com/maps/d/viewer?ie=UTF8&hl=en&t=h&om=1&msa=0&ll=33.760326299999996%2C73.06671140000003&spn=0.001838%2C0.003787&z=19&mid=1GC-26pGg4Z58eto8mukpi6dyUj4\",\"startDateTime\":\"2022-09-14T07:58:00.000Z\",\"endDateTime\":\"2022-09-14T08:58:00.000Z\",\"posterId\":\"c2b78442-6cb8-4f49-9a0b-53cdb8d8c95b\",\"conversationId\":\"string\",\"isVirtual\":false,\"tags\":[\"string\"],\"type\":2,\"externalUserEmails\":[\"string\"],\"category\":\"Corporate Events\",\"isMeeting\":false,\"repeat\":{\"config\":{\"type\":\"frequency\",\"frequency\":86400,\"ends\":{\"config\":{\"type\":\"on\",\"date\":\"2022-09-15\"}}}},\"videoPreviewIds\":[\"string\"],\"duration\":0} does not decode",
                );
            let result = client.update_event("string", &body).await;
            if t.sent("update_event", &result) {
                t.body_sent(&wire, "update_event");
            }
            if let Err(e) = result {
                t.fail("update_event", e);
            }
            let result = client.update_event("string", &body).repeat("string").await;
            if t.sent("update_event", &result) {
                t.optional_sent(
                    &wire,
                    "update_event",
                    "update_event (every optional parameter)",
                    &[Param::Query("repeat")],
                );
            }
            if let Err(e) = result {
                t.fail("update_event (every optional parameter)", e);
            }
            let result = client
                .update_event("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("update_event", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "update_event (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "update_event (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_videos().await;
            t.sent("list_videos", &result);
            if let Err(e) = result {
                t.fail("list_videos", e);
            }
            let result = client
                .list_videos()
                .cur_page(1)
                .per_page(5)
                .is_following(false)
                .user_id("string")
                .search("")
                .await;
            if t.sent("list_videos", &result) {
                t.optional_sent(
                    &wire,
                    "list_videos",
                    "list_videos (every optional parameter)",
                    &[
                        Param::Query("cur_page"),
                        Param::Query("per_page"),
                        Param::Query("isFollowing"),
                        Param::Query("userId"),
                        Param::Query("search"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("list_videos (every optional parameter)", e);
            }
            let result = client.list_videos().header("Prefer", "code=400").await;
            t.sent("list_videos", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "list_videos (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "list_videos (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
            t.paginated += 1;
            let mut position: i64 = 1i64;
            let mut previous: Option<String> = None;
            let mut fetched = 0usize;
            loop {
                let result = client.list_videos().cur_page(position).await;
                t.sent("list_videos", &result);
                match result {
                    Ok(page) => {
                        fetched += 1;
                        let text = format!("{page:?}");
                        if previous.as_deref() == Some(text.as_str()) {
                            t.gaps
                                .push(
                                    format!(
                                        "list_videos: the mock answered page {} with the same page as the one before, so the walk ended there (the mock has no end of data)",
                                        position
                                    ),
                                );
                            break;
                        }
                        previous = Some(text);
                    }
                    Err(e) => {
                        t.fail("list_videos (page by page)", e);
                        break;
                    }
                }
                if fetched >= 50 {
                    t.fail(
                        "list_videos (page by page)",
                        format!("the pages did not end within {} pages", 50),
                    );
                    break;
                }
                position += 1i64;
            }
            t.pages += fetched;
            t.walk("list_videos (stream)", client.list_videos().stream(), 10000).await;
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::VideoCreate,
            >(
                    "{\"title\":\"Testing Video\",\"description\":\"This is the testing Video\",\"videoFileId\":\"f5743644-c8ce-4bbe-a9bd-dfdd18dce445\",\"thumbnailFileId\":\"f5743644-c8ce-4bbe-a9bd-dfdd18dce445\",\"meta\":{},\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"taggedUsers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true},\"source\":1}",
                )
                .expect(
                    "the sample {\"title\":\"Testing Video\",\"description\":\"This is the testing Video\",\"videoFileId\":\"f5743644-c8ce-4bbe-a9bd-dfdd18dce445\",\"thumbnailFileId\":\"f5743644-c8ce-4bbe-a9bd-dfdd18dce445\",\"meta\":{},\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"taggedUsers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true},\"source\":1} does not decode",
                );
            let result = client.create_video(&body).await;
            if t.sent("create_video", &result) {
                t.body_sent(&wire, "create_video");
            }
            if let Err(e) = result {
                t.fail("create_video", e);
            }
            let result = client.create_video(&body).header("Prefer", "code=400").await;
            t.sent("create_video", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "create_video (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "create_video (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.delete_video("string").await;
            t.sent("delete_video", &result);
            if let Err(e) = result {
                t.fail("delete_video", e);
            }
            let result = client
                .delete_video("string")
                .header("Prefer", "code=400")
                .await;
            t.sent("delete_video", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "delete_video (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "delete_video (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::VideoUpdate,
            >(
                    "{\"title\":\"Testing Video\",\"description\":\"This is the testing Video\",\"thumbnailFileId\":\"f5743644-c8ce-4bbe-a9bd-dfdd18dce445\",\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true,\"taggedUsers\":[\"00000000-0000-4000-8000-000000000000\"]}}",
                )
                .expect(
                    "the sample {\"title\":\"Testing Video\",\"description\":\"This is the testing Video\",\"thumbnailFileId\":\"f5743644-c8ce-4bbe-a9bd-dfdd18dce445\",\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true,\"taggedUsers\":[\"00000000-0000-4000-8000-000000000000\"]}} does not decode",
                );
            let result = client.update_video("string", &body).await;
            if t.sent("update_video", &result) {
                t.body_sent(&wire, "update_video");
            }
            if let Err(e) = result {
                t.fail("update_video", e);
            }
            let result = client
                .update_video("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("update_video", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "update_video (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "update_video (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_photos().await;
            t.sent("list_photos", &result);
            if let Err(e) = result {
                t.fail("list_photos", e);
            }
            let result = client
                .list_photos()
                .cur_page(1)
                .per_page(5)
                .filter(
                    &codegen_runtime::serde_json::from_str::<
                        types::ListPhotosFilter,
                    >("\"all_photos\"")
                        .expect("the sample \"all_photos\" does not decode"),
                )
                .user_id("string")
                .await;
            if t.sent("list_photos", &result) {
                t.optional_sent(
                    &wire,
                    "list_photos",
                    "list_photos (every optional parameter)",
                    &[
                        Param::Query("cur_page"),
                        Param::Query("per_page"),
                        Param::Query("filter"),
                        Param::Query("userId"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("list_photos (every optional parameter)", e);
            }
            let result = client.list_photos().header("Prefer", "code=400").await;
            t.sent("list_photos", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "list_photos (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "list_photos (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
            t.paginated += 1;
            let mut position: i64 = 1i64;
            let mut previous: Option<String> = None;
            let mut fetched = 0usize;
            loop {
                let result = client.list_photos().cur_page(position).await;
                t.sent("list_photos", &result);
                match result {
                    Ok(page) => {
                        fetched += 1;
                        let text = format!("{page:?}");
                        if previous.as_deref() == Some(text.as_str()) {
                            t.gaps
                                .push(
                                    format!(
                                        "list_photos: the mock answered page {} with the same page as the one before, so the walk ended there (the mock has no end of data)",
                                        position
                                    ),
                                );
                            break;
                        }
                        previous = Some(text);
                    }
                    Err(e) => {
                        t.fail("list_photos (page by page)", e);
                        break;
                    }
                }
                if fetched >= 50 {
                    t.fail(
                        "list_photos (page by page)",
                        format!("the pages did not end within {} pages", 50),
                    );
                    break;
                }
                position += 1i64;
            }
            t.pages += fetched;
            t.walk("list_photos (stream)", client.list_photos().stream(), 10000).await;
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::PhotoCreate,
            >(
                    "{\"title\":\"Testing Photo\",\"description\":\"This is the testing Photo\",\"fileId\":\"f5743644-c8ce-4bbe-a9bd-dfdd18dce445\",\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"taggedUsers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true}}",
                )
                .expect(
                    "the sample {\"title\":\"Testing Photo\",\"description\":\"This is the testing Photo\",\"fileId\":\"f5743644-c8ce-4bbe-a9bd-dfdd18dce445\",\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"taggedUsers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true}} does not decode",
                );
            let result = client.create_photo(&body).await;
            if t.sent("create_photo", &result) {
                t.body_sent(&wire, "create_photo");
            }
            if let Err(e) = result {
                t.fail("create_photo", e);
            }
            let result = client.create_photo(&body).header("Prefer", "code=400").await;
            t.sent("create_photo", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "create_photo (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "create_photo (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.delete_photo("string").await;
            t.sent("delete_photo", &result);
            if let Err(e) = result {
                t.fail("delete_photo", e);
            }
            let result = client
                .delete_photo("string")
                .header("Prefer", "code=400")
                .await;
            t.sent("delete_photo", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "delete_photo (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "delete_photo (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::PhotoUpdate,
            >(
                    "{\"title\":\"Testing Photo\",\"description\":\"This is the testing Photo\"}",
                )
                .expect(
                    "the sample {\"title\":\"Testing Photo\",\"description\":\"This is the testing Photo\"} does not decode",
                );
            let result = client.update_photo("string", &body).await;
            if t.sent("update_photo", &result) {
                t.body_sent(&wire, "update_photo");
            }
            if let Err(e) = result {
                t.fail("update_photo", e);
            }
            let result = client
                .update_photo("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("update_photo", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "update_photo (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "update_photo (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_documents().await;
            t.sent("list_documents", &result);
            if let Err(e) = result {
                t.fail("list_documents", e);
            }
            let result = client
                .list_documents()
                .cur_page(1)
                .per_page(5)
                .category("Human resource")
                .await;
            if t.sent("list_documents", &result) {
                t.optional_sent(
                    &wire,
                    "list_documents",
                    "list_documents (every optional parameter)",
                    &[
                        Param::Query("cur_page"),
                        Param::Query("per_page"),
                        Param::Query("category"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("list_documents (every optional parameter)", e);
            }
            let result = client.list_documents().header("Prefer", "code=400").await;
            t.sent("list_documents", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "list_documents (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "list_documents (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
            t.paginated += 1;
            let mut position: i64 = 1i64;
            let mut previous: Option<String> = None;
            let mut fetched = 0usize;
            loop {
                let result = client.list_documents().cur_page(position).await;
                t.sent("list_documents", &result);
                match result {
                    Ok(page) => {
                        fetched += 1;
                        let text = format!("{page:?}");
                        if previous.as_deref() == Some(text.as_str()) {
                            t.gaps
                                .push(
                                    format!(
                                        "list_documents: the mock answered page {} with the same page as the one before, so the walk ended there (the mock has no end of data)",
                                        position
                                    ),
                                );
                            break;
                        }
                        previous = Some(text);
                    }
                    Err(e) => {
                        t.fail("list_documents (page by page)", e);
                        break;
                    }
                }
                if fetched >= 50 {
                    t.fail(
                        "list_documents (page by page)",
                        format!("the pages did not end within {} pages", 50),
                    );
                    break;
                }
                position += 1i64;
            }
            t.pages += fetched;
            t.walk("list_documents (stream)", client.list_documents().stream(), 10000)
                .await;
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::DocumentWrite,
            >(
                    "{\"name\":\"string\",\"ownerIds\":[\"string\"],\"expiry\":\"2022-10-21T05:44:06.323Z\",\"tags\":[\"string\"],\"category\":\"string\",\"docUrl\":\"string\",\"link\":\"string\",\"docId\":\"string\",\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"taggedUsers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true}}",
                )
                .expect(
                    "the sample {\"name\":\"string\",\"ownerIds\":[\"string\"],\"expiry\":\"2022-10-21T05:44:06.323Z\",\"tags\":[\"string\"],\"category\":\"string\",\"docUrl\":\"string\",\"link\":\"string\",\"docId\":\"string\",\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"taggedUsers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true}} does not decode",
                );
            let result = client.create_document(&body).await;
            if t.sent("create_document", &result) {
                t.body_sent(&wire, "create_document");
            }
            if let Err(e) = result {
                t.fail("create_document", e);
            }
            let result = client.create_document(&body).publish(true).await;
            if t.sent("create_document", &result) {
                t.optional_sent(
                    &wire,
                    "create_document",
                    "create_document (every optional parameter)",
                    &[Param::Query("publish")],
                );
            }
            if let Err(e) = result {
                t.fail("create_document (every optional parameter)", e);
            }
            let result = client
                .create_document(&body)
                .header("Prefer", "code=400")
                .await;
            t.sent("create_document", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "create_document (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "create_document (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.delete_document("string").await;
            t.sent("delete_document", &result);
            if let Err(e) = result {
                t.fail("delete_document", e);
            }
            let result = client
                .delete_document("string")
                .header("Prefer", "code=400")
                .await;
            t.sent("delete_document", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "delete_document (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "delete_document (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::DocumentUpdate,
            >(
                    "{\"docId\":\"string\",\"docUrl\":\"string\",\"kb\":{\"name\":\"string\",\"newOwnerIds\":[\"0fdd5bf6-e975-4f44-bbd9-b4c9900dacb5\"],\"removeOwnerIds\":[\"c8f0e467-cf18-4677-a78e-6b63fd3bedac\"],\"expiry\":\"2022-10-21T06:49:44.790Z\",\"tags\":[\"string\"],\"category\":\"string\",\"link\":\"string\",\"isPublished\":true,\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true,\"taggedUsers\":[\"00000000-0000-4000-8000-000000000000\"]}},\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true,\"taggedUsers\":[\"00000000-0000-4000-8000-000000000000\"]}}",
                )
                .expect(
                    "the sample {\"docId\":\"string\",\"docUrl\":\"string\",\"kb\":{\"name\":\"string\",\"newOwnerIds\":[\"0fdd5bf6-e975-4f44-bbd9-b4c9900dacb5\"],\"removeOwnerIds\":[\"c8f0e467-cf18-4677-a78e-6b63fd3bedac\"],\"expiry\":\"2022-10-21T06:49:44.790Z\",\"tags\":[\"string\"],\"category\":\"string\",\"link\":\"string\",\"isPublished\":true,\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true,\"taggedUsers\":[\"00000000-0000-4000-8000-000000000000\"]}},\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true,\"taggedUsers\":[\"00000000-0000-4000-8000-000000000000\"]}} does not decode",
                );
            let result = client.update_document("string", &body).await;
            if t.sent("update_document", &result) {
                t.body_sent(&wire, "update_document");
            }
            if let Err(e) = result {
                t.fail("update_document", e);
            }
            let result = client.update_document("string", &body).publish(true).await;
            if t.sent("update_document", &result) {
                t.optional_sent(
                    &wire,
                    "update_document",
                    "update_document (every optional parameter)",
                    &[Param::Query("publish")],
                );
            }
            if let Err(e) = result {
                t.fail("update_document (every optional parameter)", e);
            }
            let result = client
                .update_document("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("update_document", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "update_document (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "update_document (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_faqs().await;
            t.sent("list_faqs", &result);
            if let Err(e) = result {
                t.fail("list_faqs", e);
            }
            let result = client
                .list_faqs()
                .cur_page(1)
                .per_page(5)
                .category("Human resource")
                .await;
            if t.sent("list_faqs", &result) {
                t.optional_sent(
                    &wire,
                    "list_faqs",
                    "list_faqs (every optional parameter)",
                    &[
                        Param::Query("cur_page"),
                        Param::Query("per_page"),
                        Param::Query("category"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("list_faqs (every optional parameter)", e);
            }
            let result = client.list_faqs().header("Prefer", "code=400").await;
            t.sent("list_faqs", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "list_faqs (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "list_faqs (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
            t.paginated += 1;
            let mut position: i64 = 1i64;
            let mut previous: Option<String> = None;
            let mut fetched = 0usize;
            loop {
                let result = client.list_faqs().cur_page(position).await;
                t.sent("list_faqs", &result);
                match result {
                    Ok(page) => {
                        fetched += 1;
                        let text = format!("{page:?}");
                        if previous.as_deref() == Some(text.as_str()) {
                            t.gaps
                                .push(
                                    format!(
                                        "list_faqs: the mock answered page {} with the same page as the one before, so the walk ended there (the mock has no end of data)",
                                        position
                                    ),
                                );
                            break;
                        }
                        previous = Some(text);
                    }
                    Err(e) => {
                        t.fail("list_faqs (page by page)", e);
                        break;
                    }
                }
                if fetched >= 50 {
                    t.fail(
                        "list_faqs (page by page)",
                        format!("the pages did not end within {} pages", 50),
                    );
                    break;
                }
                position += 1i64;
            }
            t.pages += fetched;
            t.walk("list_faqs (stream)", client.list_faqs().stream(), 10000).await;
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::FaqContent,
            >(
                    "{\"kb\":{\"name\":\"string\",\"ownerIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"expiry\":\"2022-10-21T07:54:29.801Z\",\"tags\":[\"string\"],\"category\":\"string\",\"newOwnerIds\":[\"00000000-0000-4000-8000-000000000000\"],\"removeOwnerIds\":[\"00000000-0000-4000-8000-000000000000\"],\"link\":\"string\"},\"qas\":[{\"question\":\"string\",\"answer\":\"string\",\"description\":\"string\"}],\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"taggedUsers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true}}",
                )
                .expect(
                    "the sample {\"kb\":{\"name\":\"string\",\"ownerIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"expiry\":\"2022-10-21T07:54:29.801Z\",\"tags\":[\"string\"],\"category\":\"string\",\"newOwnerIds\":[\"00000000-0000-4000-8000-000000000000\"],\"removeOwnerIds\":[\"00000000-0000-4000-8000-000000000000\"],\"link\":\"string\"},\"qas\":[{\"question\":\"string\",\"answer\":\"string\",\"description\":\"string\"}],\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"taggedUsers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true}} does not decode",
                );
            let result = client.create_faq(&body).await;
            if t.sent("create_faq", &result) {
                t.body_sent(&wire, "create_faq");
            }
            if let Err(e) = result {
                t.fail("create_faq", e);
            }
            let result = client.create_faq(&body).publish(true).await;
            if t.sent("create_faq", &result) {
                t.optional_sent(
                    &wire,
                    "create_faq",
                    "create_faq (every optional parameter)",
                    &[Param::Query("publish")],
                );
            }
            if let Err(e) = result {
                t.fail("create_faq (every optional parameter)", e);
            }
            let result = client.create_faq(&body).header("Prefer", "code=400").await;
            t.sent("create_faq", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "create_faq (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "create_faq (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.delete_faq("string").await;
            t.sent("delete_faq", &result);
            if let Err(e) = result {
                t.fail("delete_faq", e);
            }
            let result = client.delete_faq("string").header("Prefer", "code=400").await;
            t.sent("delete_faq", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "delete_faq (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "delete_faq (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::FaqUpdate,
            >(
                    "{\"kb\":{\"name\":\"string\",\"newOwnerIds\":[\"0fdd5bf6-e975-4f44-bbd9-b4c9900dacb5\"],\"removeOwnerIds\":[\"c8f0e467-cf18-4677-a78e-6b63fd3bedac\"],\"expiry\":\"2022-10-21T10:06:17.198Z\",\"tags\":[\"string\"],\"category\":\"string\",\"link\":\"string\",\"ownerIds\":[\"00000000-0000-4000-8000-000000000000\"]},\"updatedQAs\":[{\"id\":\"string\",\"question\":\"string\",\"answer\":\"string\",\"description\":\"string\"}],\"newQas\":[{\"question\":\"string\",\"answer\":\"string\",\"description\":\"string\"}],\"removeQuestionIds\":[\"0fdd5bf6-e975-4f44-bbd9-b4c9900dacb5\"],\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true,\"taggedUsers\":[\"00000000-0000-4000-8000-000000000000\"]},\"qas\":[{\"question\":\"string\",\"answer\":\"string\",\"description\":\"string\"}]}",
                )
                .expect(
                    "the sample {\"kb\":{\"name\":\"string\",\"newOwnerIds\":[\"0fdd5bf6-e975-4f44-bbd9-b4c9900dacb5\"],\"removeOwnerIds\":[\"c8f0e467-cf18-4677-a78e-6b63fd3bedac\"],\"expiry\":\"2022-10-21T10:06:17.198Z\",\"tags\":[\"string\"],\"category\":\"string\",\"link\":\"string\",\"ownerIds\":[\"00000000-0000-4000-8000-000000000000\"]},\"updatedQAs\":[{\"id\":\"string\",\"question\":\"string\",\"answer\":\"string\",\"description\":\"string\"}],\"newQas\":[{\"question\":\"string\",\"answer\":\"string\",\"description\":\"string\"}],\"removeQuestionIds\":[\"0fdd5bf6-e975-4f44-bbd9-b4c9900dacb5\"],\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true,\"taggedUsers\":[\"00000000-0000-4000-8000-000000000000\"]},\"qas\":[{\"question\":\"string\",\"answer\":\"string\",\"description\":\"string\"}]} does not decode",
                );
            let result = client.update_faq("string", &body).await;
            if t.sent("update_faq", &result) {
                t.body_sent(&wire, "update_faq");
            }
            if let Err(e) = result {
                t.fail("update_faq", e);
            }
            let result = client.update_faq("string", &body).publish(true).await;
            if t.sent("update_faq", &result) {
                t.optional_sent(
                    &wire,
                    "update_faq",
                    "update_faq (every optional parameter)",
                    &[Param::Query("publish")],
                );
            }
            if let Err(e) = result {
                t.fail("update_faq (every optional parameter)", e);
            }
            let result = client
                .update_faq("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("update_faq", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "update_faq (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "update_faq (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_categories(1).await;
            t.sent("list_categories", &result);
            if let Err(e) = result {
                t.fail("list_categories", e);
            }
            let result = client.list_categories(1).cur_page(1).per_page(5).await;
            if t.sent("list_categories", &result) {
                t.optional_sent(
                    &wire,
                    "list_categories",
                    "list_categories (every optional parameter)",
                    &[Param::Query("cur_page"), Param::Query("per_page")],
                );
            }
            if let Err(e) = result {
                t.fail("list_categories (every optional parameter)", e);
            }
            let result = client.list_categories(1).header("Prefer", "code=400").await;
            t.sent("list_categories", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "list_categories (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "list_categories (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
            t.paginated += 1;
            let mut position: i64 = 1i64;
            let mut previous: Option<String> = None;
            let mut fetched = 0usize;
            loop {
                let result = client.list_categories(1).cur_page(position).await;
                t.sent("list_categories", &result);
                match result {
                    Ok(page) => {
                        fetched += 1;
                        let text = format!("{page:?}");
                        if previous.as_deref() == Some(text.as_str()) {
                            t.gaps
                                .push(
                                    format!(
                                        "list_categories: the mock answered page {} with the same page as the one before, so the walk ended there (the mock has no end of data)",
                                        position
                                    ),
                                );
                            break;
                        }
                        previous = Some(text);
                    }
                    Err(e) => {
                        t.fail("list_categories (page by page)", e);
                        break;
                    }
                }
                if fetched >= 50 {
                    t.fail(
                        "list_categories (page by page)",
                        format!("the pages did not end within {} pages", 50),
                    );
                    break;
                }
                position += 1i64;
            }
            t.pages += fetched;
            t.walk("list_categories (stream)", client.list_categories(1).stream(), 10000)
                .await;
        }
        {
            let result = client.list_enforcement_templates().await;
            t.sent("list_enforcement_templates", &result);
            if let Err(e) = result {
                t.fail("list_enforcement_templates", e);
            }
            let result = client
                .list_enforcement_templates()
                .cur_page(1)
                .per_page(5)
                .sort_direction(
                    &codegen_runtime::serde_json::from_str::<
                        types::SortDirection,
                    >("\"ASC\"")
                        .expect("the sample \"ASC\" does not decode"),
                )
                .await;
            if t.sent("list_enforcement_templates", &result) {
                t.optional_sent(
                    &wire,
                    "list_enforcement_templates",
                    "list_enforcement_templates (every optional parameter)",
                    &[
                        Param::Query("cur_page"),
                        Param::Query("per_page"),
                        Param::Query("sort_direction"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("list_enforcement_templates (every optional parameter)", e);
            }
            let result = client
                .list_enforcement_templates()
                .header("Prefer", "code=400")
                .await;
            t.sent("list_enforcement_templates", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "list_enforcement_templates (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "list_enforcement_templates (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
            t.paginated += 1;
            let mut position: i64 = 1i64;
            let mut previous: Option<String> = None;
            let mut fetched = 0usize;
            loop {
                let result = client
                    .list_enforcement_templates()
                    .cur_page(position)
                    .await;
                t.sent("list_enforcement_templates", &result);
                match result {
                    Ok(page) => {
                        fetched += 1;
                        let text = format!("{page:?}");
                        if previous.as_deref() == Some(text.as_str()) {
                            t.gaps
                                .push(
                                    format!(
                                        "list_enforcement_templates: the mock answered page {} with the same page as the one before, so the walk ended there (the mock has no end of data)",
                                        position
                                    ),
                                );
                            break;
                        }
                        previous = Some(text);
                    }
                    Err(e) => {
                        t.fail("list_enforcement_templates (page by page)", e);
                        break;
                    }
                }
                if fetched >= 50 {
                    t.fail(
                        "list_enforcement_templates (page by page)",
                        format!("the pages did not end within {} pages", 50),
                    );
                    break;
                }
                position += 1i64;
            }
            t.pages += fetched;
            t.walk(
                    "list_enforcement_templates (stream)",
                    client.list_enforcement_templates().stream(),
                    10000,
                )
                .await;
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::NotificationSend,
            >(
                    "{\"title\":\"Sending WorkDrive Email\",\"description\":\"I want to notify about an event\",\"medium\":\"EMAIL\",\"emails\":[\"abc@domain.com\"],\"receiverUserIds\":[\"e198ac3a-4ac4-11ed-b878-0242ac120002\"]}",
                )
                .expect(
                    "the sample {\"title\":\"Sending WorkDrive Email\",\"description\":\"I want to notify about an event\",\"medium\":\"EMAIL\",\"emails\":[\"abc@domain.com\"],\"receiverUserIds\":[\"e198ac3a-4ac4-11ed-b878-0242ac120002\"]} does not decode",
                );
            let result = client.send_notification(&body).await;
            if t.sent("send_notification", &result) {
                t.body_sent(&wire, "send_notification");
            }
            if let Err(e) = result {
                t.fail("send_notification", e);
            }
            let result = client
                .send_notification(&body)
                .header("Prefer", "code=400")
                .await;
            t.sent("send_notification", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "send_notification (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "send_notification (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_module_codes().await;
            t.sent("list_module_codes", &result);
            if let Err(e) = result {
                t.fail("list_module_codes", e);
            }
            let result = client.list_module_codes().header("Prefer", "code=400").await;
            t.sent("list_module_codes", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "list_module_codes (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "list_module_codes (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_courses().await;
            t.sent("list_courses", &result);
            if let Err(e) = result {
                t.fail("list_courses", e);
            }
            let result = client
                .list_courses()
                .cur_page(1)
                .per_page(5)
                .filter("ALL_COURSES")
                .sort_direction(
                    &codegen_runtime::serde_json::from_str::<
                        types::SortDirection,
                    >("\"ASC\"")
                        .expect("the sample \"ASC\" does not decode"),
                )
                .await;
            if t.sent("list_courses", &result) {
                t.optional_sent(
                    &wire,
                    "list_courses",
                    "list_courses (every optional parameter)",
                    &[
                        Param::Query("cur_page"),
                        Param::Query("per_page"),
                        Param::Query("filter"),
                        Param::Query("sort_direction"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("list_courses (every optional parameter)", e);
            }
            let result = client.list_courses().header("Prefer", "code=400").await;
            t.sent("list_courses", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "list_courses (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "list_courses (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
            t.paginated += 1;
            let mut position: i64 = 1i64;
            let mut previous: Option<String> = None;
            let mut fetched = 0usize;
            loop {
                let result = client.list_courses().cur_page(position).await;
                t.sent("list_courses", &result);
                match result {
                    Ok(page) => {
                        fetched += 1;
                        let text = format!("{page:?}");
                        if previous.as_deref() == Some(text.as_str()) {
                            t.gaps
                                .push(
                                    format!(
                                        "list_courses: the mock answered page {} with the same page as the one before, so the walk ended there (the mock has no end of data)",
                                        position
                                    ),
                                );
                            break;
                        }
                        previous = Some(text);
                    }
                    Err(e) => {
                        t.fail("list_courses (page by page)", e);
                        break;
                    }
                }
                if fetched >= 50 {
                    t.fail(
                        "list_courses (page by page)",
                        format!("the pages did not end within {} pages", 50),
                    );
                    break;
                }
                position += 1i64;
            }
            t.pages += fetched;
            t.walk("list_courses (stream)", client.list_courses().stream(), 10000).await;
        }
        {
            let result = client.delete_course("string").await;
            t.sent("delete_course", &result);
            if let Err(e) = result {
                t.fail("delete_course", e);
            }
            let result = client
                .delete_course("string")
                .header("Prefer", "code=400")
                .await;
            t.sent("delete_course", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "delete_course (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "delete_course (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_tasks().await;
            t.sent("list_tasks", &result);
            if let Err(e) = result {
                t.fail("list_tasks", e);
            }
            let result = client
                .list_tasks()
                .cur_page(1)
                .per_page(5)
                .sort_direction(
                    &codegen_runtime::serde_json::from_str::<
                        types::SortDirection,
                    >("\"DESC\"")
                        .expect("the sample \"DESC\" does not decode"),
                )
                .filter(
                    &codegen_runtime::serde_json::from_str::<
                        types::ListTasksFilter,
                    >("\"INDEPENDENT_TASKS_CREATED_BY_ME\"")
                        .expect(
                            "the sample \"INDEPENDENT_TASKS_CREATED_BY_ME\" does not decode",
                        ),
                )
                .published(false)
                .await;
            if t.sent("list_tasks", &result) {
                t.optional_sent(
                    &wire,
                    "list_tasks",
                    "list_tasks (every optional parameter)",
                    &[
                        Param::Query("cur_page"),
                        Param::Query("per_page"),
                        Param::Query("sort_direction"),
                        Param::Query("filter"),
                        Param::Query("published"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("list_tasks (every optional parameter)", e);
            }
            let result = client.list_tasks().header("Prefer", "code=400").await;
            t.sent("list_tasks", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "list_tasks (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "list_tasks (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
            t.paginated += 1;
            let mut position: i64 = 1i64;
            let mut previous: Option<String> = None;
            let mut fetched = 0usize;
            loop {
                let result = client.list_tasks().cur_page(position).await;
                t.sent("list_tasks", &result);
                match result {
                    Ok(page) => {
                        fetched += 1;
                        let text = format!("{page:?}");
                        if previous.as_deref() == Some(text.as_str()) {
                            t.gaps
                                .push(
                                    format!(
                                        "list_tasks: the mock answered page {} with the same page as the one before, so the walk ended there (the mock has no end of data)",
                                        position
                                    ),
                                );
                            break;
                        }
                        previous = Some(text);
                    }
                    Err(e) => {
                        t.fail("list_tasks (page by page)", e);
                        break;
                    }
                }
                if fetched >= 50 {
                    t.fail(
                        "list_tasks (page by page)",
                        format!("the pages did not end within {} pages", 50),
                    );
                    break;
                }
                position += 1i64;
            }
            t.pages += fetched;
            t.walk("list_tasks (stream)", client.list_tasks().stream(), 10000).await;
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::TaskCreate,
            >(
                    "{\"title\":\"Task List Title\",\"description\":\"Task List description \",\"status\":\"Task List status \",\"task_type\":\"Article\",\"notificationTemplateId\":\"string\",\"content\":\"Fill time sheet at end of day\",\"time\":1,\"videoId\":\"Id of Video\",\"link\":\"https://abc.com\",\"dueDays\":0,\"documentId\":\"Id of knowledgebase/document\",\"trainingCourseTaskListId\":\"Id of training Course\",\"userIds\":[\"string\"]}",
                )
                .expect(
                    "the sample {\"title\":\"Task List Title\",\"description\":\"Task List description \",\"status\":\"Task List status \",\"task_type\":\"Article\",\"notificationTemplateId\":\"string\",\"content\":\"Fill time sheet at end of day\",\"time\":1,\"videoId\":\"Id of Video\",\"link\":\"https://abc.com\",\"dueDays\":0,\"documentId\":\"Id of knowledgebase/document\",\"trainingCourseTaskListId\":\"Id of training Course\",\"userIds\":[\"string\"]} does not decode",
                );
            let result = client.create_task(&body).await;
            if t.sent("create_task", &result) {
                t.body_sent(&wire, "create_task");
            }
            if let Err(e) = result {
                t.fail("create_task", e);
            }
            let result = client.create_task(&body).header("Prefer", "code=400").await;
            t.sent("create_task", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "create_task (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "create_task (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::TaskUpdate,
            >(
                    "{\"notificationTemplateId\":\"string\",\"title\":\"Task List Title\",\"description\":\"Task List description \",\"status\":\"published\",\"content\":\"Fill time sheet at end of day\",\"time\":1,\"task_type\":\"Article\",\"videoId\":\"Id of Video\",\"link\":\"https://abc.com\",\"dueDays\":0,\"documentId\":\"Id of knowledgebase/document\",\"trainingCourseTaskListId\":\"string\"}",
                )
                .expect(
                    "the sample {\"notificationTemplateId\":\"string\",\"title\":\"Task List Title\",\"description\":\"Task List description \",\"status\":\"published\",\"content\":\"Fill time sheet at end of day\",\"time\":1,\"task_type\":\"Article\",\"videoId\":\"Id of Video\",\"link\":\"https://abc.com\",\"dueDays\":0,\"documentId\":\"Id of knowledgebase/document\",\"trainingCourseTaskListId\":\"string\"} does not decode",
                );
            let result = client.update_task("string", &body).await;
            if t.sent("update_task", &result) {
                t.body_sent(&wire, "update_task");
            }
            if let Err(e) = result {
                t.fail("update_task", e);
            }
            let result = client
                .update_task("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("update_task", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "update_task (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "update_task (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::TaskAssign,
            >(
                    "{\"userIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"removeIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"]}",
                )
                .expect(
                    "the sample {\"userIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"removeIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"]} does not decode",
                );
            let result = client.assign_task("string", &body).await;
            if t.sent("assign_task", &result) {
                t.body_sent(&wire, "assign_task");
            }
            if let Err(e) = result {
                t.fail("assign_task", e);
            }
            let result = client
                .assign_task("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("assign_task", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "assign_task (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "assign_task (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.delete_task("string").await;
            t.sent("delete_task", &result);
            if let Err(e) = result {
                t.fail("delete_task", e);
            }
            let result = client.delete_task("string").header("Prefer", "code=400").await;
            t.sent("delete_task", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "delete_task (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "delete_task (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_group_chats().await;
            t.sent("list_group_chats", &result);
            if let Err(e) = result {
                t.fail("list_group_chats", e);
            }
            let result = client
                .list_group_chats()
                .cur_page(1)
                .per_page(5)
                .group_type(
                    &codegen_runtime::serde_json::from_str::<
                        types::GroupType,
                    >("\"ROOM\"")
                        .expect("the sample \"ROOM\" does not decode"),
                )
                .my_group_chats(true)
                .include_participants(true)
                .time("2022-10-23T20:32:28.637Z")
                .await;
            if t.sent("list_group_chats", &result) {
                t.optional_sent(
                    &wire,
                    "list_group_chats",
                    "list_group_chats (every optional parameter)",
                    &[
                        Param::Query("cur_page"),
                        Param::Query("per_page"),
                        Param::Query("group_type"),
                        Param::Query("my_group_chats"),
                        Param::Query("include_participants"),
                        Param::Query("time"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("list_group_chats (every optional parameter)", e);
            }
            let result = client.list_group_chats().header("Prefer", "code=400").await;
            t.sent("list_group_chats", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "list_group_chats (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "list_group_chats (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
            t.paginated += 1;
            let mut position: i64 = 1i64;
            let mut previous: Option<String> = None;
            let mut fetched = 0usize;
            loop {
                let result = client.list_group_chats().cur_page(position).await;
                t.sent("list_group_chats", &result);
                match result {
                    Ok(page) => {
                        fetched += 1;
                        let text = format!("{page:?}");
                        if previous.as_deref() == Some(text.as_str()) {
                            t.gaps
                                .push(
                                    format!(
                                        "list_group_chats: the mock answered page {} with the same page as the one before, so the walk ended there (the mock has no end of data)",
                                        position
                                    ),
                                );
                            break;
                        }
                        previous = Some(text);
                    }
                    Err(e) => {
                        t.fail("list_group_chats (page by page)", e);
                        break;
                    }
                }
                if fetched >= 50 {
                    t.fail(
                        "list_group_chats (page by page)",
                        format!("the pages did not end within {} pages", 50),
                    );
                    break;
                }
                position += 1i64;
            }
            t.pages += fetched;
            t.walk(
                    "list_group_chats (stream)",
                    client.list_group_chats().stream(),
                    10000,
                )
                .await;
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::GroupChatCreate,
            >(
                    "{\"isPrivate\":true,\"byRequest\":true,\"description\":\"This group is created for testing purpose\",\"members\":[{\"id\":\"6187fcb0-6151-11ec-9294-cfe91ad8177f\",\"isAdmin\":false},{\"id\":\"fc4ea4d0-58da-11ec-819d-f9796b594a09\",\"isAdmin\":false}],\"fileId\":\"1bbabc01-b21f-45b4-87db-631bd6a06276\",\"title\":\"new testing group\",\"groupType\":\"CHAT_GROUP\",\"category\":\"Testing\"}",
                )
                .expect(
                    "the sample {\"isPrivate\":true,\"byRequest\":true,\"description\":\"This group is created for testing purpose\",\"members\":[{\"id\":\"6187fcb0-6151-11ec-9294-cfe91ad8177f\",\"isAdmin\":false},{\"id\":\"fc4ea4d0-58da-11ec-819d-f9796b594a09\",\"isAdmin\":false}],\"fileId\":\"1bbabc01-b21f-45b4-87db-631bd6a06276\",\"title\":\"new testing group\",\"groupType\":\"CHAT_GROUP\",\"category\":\"Testing\"} does not decode",
                );
            let result = client.create_group_chat(&body).await;
            if t.sent("create_group_chat", &result) {
                t.body_sent(&wire, "create_group_chat");
            }
            if let Err(e) = result {
                t.fail("create_group_chat", e);
            }
            let result = client
                .create_group_chat(&body)
                .header("Prefer", "code=400")
                .await;
            t.sent("create_group_chat", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "create_group_chat (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "create_group_chat (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.delete_group_chats().await;
            t.sent("delete_group_chats", &result);
            if let Err(e) = result {
                t.fail("delete_group_chats", e);
            }
            let result = client
                .delete_group_chats()
                .id(
                    &codegen_runtime::serde_json::from_str::<Vec<String>>("[\"string\"]")
                        .expect("the sample [\"string\"] does not decode"),
                )
                .await;
            if t.sent("delete_group_chats", &result) {
                t.optional_sent(
                    &wire,
                    "delete_group_chats",
                    "delete_group_chats (every optional parameter)",
                    &[Param::Query("id")],
                );
            }
            if let Err(e) = result {
                t.fail("delete_group_chats (every optional parameter)", e);
            }
            let result = client.delete_group_chats().header("Prefer", "code=400").await;
            t.sent("delete_group_chats", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "delete_group_chats (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "delete_group_chats (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::ConversationMeeting,
            >(
                    "{\"title\":\"new Meeting\",\"userIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"startDateTime\":\"2022-09-14T07:58:00.000Z\",\"endDateTime\":\"2022-09-14T08:58:00.000Z\",\"posterId\":\"c2b78442-6cb8-4f49-9a0b-53cdb8d8c95b\",\"duration\":0}",
                )
                .expect(
                    "the sample {\"title\":\"new Meeting\",\"userIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"startDateTime\":\"2022-09-14T07:58:00.000Z\",\"endDateTime\":\"2022-09-14T08:58:00.000Z\",\"posterId\":\"c2b78442-6cb8-4f49-9a0b-53cdb8d8c95b\",\"duration\":0} does not decode",
                );
            let result = client.create_conversation_meeting("string", &body).await;
            if t.sent("create_conversation_meeting", &result) {
                t.body_sent(&wire, "create_conversation_meeting");
            }
            if let Err(e) = result {
                t.fail("create_conversation_meeting", e);
            }
            let result = client
                .create_conversation_meeting("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("create_conversation_meeting", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "create_conversation_meeting (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "create_conversation_meeting (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::GroupChatUpdate,
            >(
                    "{\"title\":\"new testing group\",\"description\":\"This group is created for testing purpose\",\"isPrivate\":true,\"newAdmins\":[\"6187fcb0-6151-11ec-9294-cfe91ad8177f\"],\"removedAdmins\":[\"6187fcb0-6151-11ec-9294-cfe91ad8177f\"],\"fileId\":\"f5743644-c8ce-4bbe-a9bd-dfdd18dce445\",\"category\":\"Testing\"}",
                )
                .expect(
                    "the sample {\"title\":\"new testing group\",\"description\":\"This group is created for testing purpose\",\"isPrivate\":true,\"newAdmins\":[\"6187fcb0-6151-11ec-9294-cfe91ad8177f\"],\"removedAdmins\":[\"6187fcb0-6151-11ec-9294-cfe91ad8177f\"],\"fileId\":\"f5743644-c8ce-4bbe-a9bd-dfdd18dce445\",\"category\":\"Testing\"} does not decode",
                );
            let result = client.update_group_chat("string", &body).await;
            if t.sent("update_group_chat", &result) {
                t.body_sent(&wire, "update_group_chat");
            }
            if let Err(e) = result {
                t.fail("update_group_chat", e);
            }
            let result = client
                .update_group_chat("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("update_group_chat", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "update_group_chat (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "update_group_chat (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::MessageSend,
            >(
                    "{\"message\":\"Hello this is me Adam\",\"mention\":[\"6187fcb0-6151-11ec-9294-cfe91ad8177f\"],\"replyOfMsgId\":\"9c5b9d42-e552-49c9-a245-491e70d28866\",\"fileId\":[\"319e142f-e323-453e-aa73-1eac54e4bdc6\"]}",
                )
                .expect(
                    "the sample {\"message\":\"Hello this is me Adam\",\"mention\":[\"6187fcb0-6151-11ec-9294-cfe91ad8177f\"],\"replyOfMsgId\":\"9c5b9d42-e552-49c9-a245-491e70d28866\",\"fileId\":[\"319e142f-e323-453e-aa73-1eac54e4bdc6\"]} does not decode",
                );
            let result = client.send_message("string", &body).await;
            if t.sent("send_message", &result) {
                t.body_sent(&wire, "send_message");
            }
            if let Err(e) = result {
                t.fail("send_message", e);
            }
            let result = client
                .send_message("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("send_message", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "send_message (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "send_message (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_departments().await;
            t.sent("list_departments", &result);
            if let Err(e) = result {
                t.fail("list_departments", e);
            }
            let result = client.list_departments().cur_page(1).per_page(5).await;
            if t.sent("list_departments", &result) {
                t.optional_sent(
                    &wire,
                    "list_departments",
                    "list_departments (every optional parameter)",
                    &[Param::Query("cur_page"), Param::Query("per_page")],
                );
            }
            if let Err(e) = result {
                t.fail("list_departments (every optional parameter)", e);
            }
            let result = client.list_departments().header("Prefer", "code=400").await;
            t.sent("list_departments", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "list_departments (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "list_departments (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
            t.paginated += 1;
            let mut position: i64 = 1i64;
            let mut previous: Option<String> = None;
            let mut fetched = 0usize;
            loop {
                let result = client.list_departments().cur_page(position).await;
                t.sent("list_departments", &result);
                match result {
                    Ok(page) => {
                        fetched += 1;
                        let text = format!("{page:?}");
                        if previous.as_deref() == Some(text.as_str()) {
                            t.gaps
                                .push(
                                    format!(
                                        "list_departments: the mock answered page {} with the same page as the one before, so the walk ended there (the mock has no end of data)",
                                        position
                                    ),
                                );
                            break;
                        }
                        previous = Some(text);
                    }
                    Err(e) => {
                        t.fail("list_departments (page by page)", e);
                        break;
                    }
                }
                if fetched >= 50 {
                    t.fail(
                        "list_departments (page by page)",
                        format!("the pages did not end within {} pages", 50),
                    );
                    break;
                }
                position += 1i64;
            }
            t.pages += fetched;
            t.walk(
                    "list_departments (stream)",
                    client.list_departments().stream(),
                    10000,
                )
                .await;
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::DepartmentCreate,
            >(
                    "{\"members\":[{\"id\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"existingDept\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"isDepartmentHead\":false,\"isAdmin\":true}],\"name\":\"Management\"}",
                )
                .expect(
                    "the sample {\"members\":[{\"id\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"existingDept\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"isDepartmentHead\":false,\"isAdmin\":true}],\"name\":\"Management\"} does not decode",
                );
            let result = client.create_department(&body).await;
            if t.sent("create_department", &result) {
                t.body_sent(&wire, "create_department");
            }
            if let Err(e) = result {
                t.fail("create_department", e);
            }
            let result = client
                .create_department(&body)
                .header("Prefer", "code=400")
                .await;
            t.sent("create_department", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "create_department (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "create_department (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::DepartmentHeadsUpdate,
            >(
                    "{\"remove\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"add\":[{\"id\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"isAdmin\":false,\"existingDept\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"isDepartmentHead\":false}]}",
                )
                .expect(
                    "the sample {\"remove\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"add\":[{\"id\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"isAdmin\":false,\"existingDept\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"isDepartmentHead\":false}]} does not decode",
                );
            let result = client.update_department_heads("string", &body).await;
            if t.sent("update_department_heads", &result) {
                t.body_sent(&wire, "update_department_heads");
            }
            if let Err(e) = result {
                t.fail("update_department_heads", e);
            }
            let result = client
                .update_department_heads("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("update_department_heads", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "update_department_heads (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "update_department_heads (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_department_members("string").await;
            t.sent("get_department_members", &result);
            if let Err(e) = result {
                t.fail("get_department_members", e);
            }
            let result = client
                .get_department_members("string")
                .header("Prefer", "code=400")
                .await;
            t.sent("get_department_members", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "get_department_members (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "get_department_members (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::DepartmentMembersUpdate,
            >(
                    "{\"addMembers\":[{\"id\":\"6301fd00-6216-11ec-9294-cfe91ad8177f\",\"isAdmin\":false,\"existingDept\":\"2886a908-42b4-4612-b096-eac24f229b5b\",\"isDepartmentHead\":false}],\"removeMembers\":[\"6301fd00-6216-11ec-9294-cfe91ad8177f\"]}",
                )
                .expect(
                    "the sample {\"addMembers\":[{\"id\":\"6301fd00-6216-11ec-9294-cfe91ad8177f\",\"isAdmin\":false,\"existingDept\":\"2886a908-42b4-4612-b096-eac24f229b5b\",\"isDepartmentHead\":false}],\"removeMembers\":[\"6301fd00-6216-11ec-9294-cfe91ad8177f\"]} does not decode",
                );
            let result = client.update_department_members("string", &body).await;
            if t.sent("update_department_members", &result) {
                t.body_sent(&wire, "update_department_members");
            }
            if let Err(e) = result {
                t.fail("update_department_members", e);
            }
            let result = client
                .update_department_members("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("update_department_members", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "update_department_members (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "update_department_members (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.delete_department("string").await;
            t.sent("delete_department", &result);
            if let Err(e) = result {
                t.fail("delete_department", e);
            }
            let result = client
                .delete_department("string")
                .header("Prefer", "code=400")
                .await;
            t.sent("delete_department", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "delete_department (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "delete_department (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::DepartmentUpdate,
            >("{\"name\":\"string\"}")
                .expect("the sample {\"name\":\"string\"} does not decode");
            let result = client.update_department("string", &body).await;
            if t.sent("update_department", &result) {
                t.body_sent(&wire, "update_department");
            }
            if let Err(e) = result {
                t.fail("update_department", e);
            }
            let result = client
                .update_department("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("update_department", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "update_department (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "update_department (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_locations().await;
            t.sent("list_locations", &result);
            if let Err(e) = result {
                t.fail("list_locations", e);
            }
            let result = client.list_locations().cur_page(1).per_page(5).await;
            if t.sent("list_locations", &result) {
                t.optional_sent(
                    &wire,
                    "list_locations",
                    "list_locations (every optional parameter)",
                    &[Param::Query("cur_page"), Param::Query("per_page")],
                );
            }
            if let Err(e) = result {
                t.fail("list_locations (every optional parameter)", e);
            }
            let result = client.list_locations().header("Prefer", "code=400").await;
            t.sent("list_locations", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "list_locations (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "list_locations (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
            t.paginated += 1;
            let mut position: i64 = 1i64;
            let mut previous: Option<String> = None;
            let mut fetched = 0usize;
            loop {
                let result = client.list_locations().cur_page(position).await;
                t.sent("list_locations", &result);
                match result {
                    Ok(page) => {
                        fetched += 1;
                        let text = format!("{page:?}");
                        if previous.as_deref() == Some(text.as_str()) {
                            t.gaps
                                .push(
                                    format!(
                                        "list_locations: the mock answered page {} with the same page as the one before, so the walk ended there (the mock has no end of data)",
                                        position
                                    ),
                                );
                            break;
                        }
                        previous = Some(text);
                    }
                    Err(e) => {
                        t.fail("list_locations (page by page)", e);
                        break;
                    }
                }
                if fetched >= 50 {
                    t.fail(
                        "list_locations (page by page)",
                        format!("the pages did not end within {} pages", 50),
                    );
                    break;
                }
                position += 1i64;
            }
            t.pages += fetched;
            t.walk("list_locations (stream)", client.list_locations().stream(), 10000)
                .await;
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::LocationCreate,
            >(
                    "{\"addedBy\":\"172fa58d-7933-45a6-a905-b06770f2224c\",\"name\":\"California\",\"orgId\":\"172fa58d-7933-45a6-a905-b06770f2224c\"}",
                )
                .expect(
                    "the sample {\"addedBy\":\"172fa58d-7933-45a6-a905-b06770f2224c\",\"name\":\"California\",\"orgId\":\"172fa58d-7933-45a6-a905-b06770f2224c\"} does not decode",
                );
            let result = client.create_location(&body).await;
            if t.sent("create_location", &result) {
                t.body_sent(&wire, "create_location");
            }
            if let Err(e) = result {
                t.fail("create_location", e);
            }
            let result = client
                .create_location(&body)
                .header("Prefer", "code=400")
                .await;
            t.sent("create_location", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "create_location (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "create_location (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_location_members("string").await;
            t.sent("get_location_members", &result);
            if let Err(e) = result {
                t.fail("get_location_members", e);
            }
            let result = client
                .get_location_members("string")
                .header("Prefer", "code=400")
                .await;
            t.sent("get_location_members", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "get_location_members (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "get_location_members (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::LocationMembersUpdate,
            >(
                    "{\"addMembers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"removeMembers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"]}",
                )
                .expect(
                    "the sample {\"addMembers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"removeMembers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"]} does not decode",
                );
            let result = client.update_location_members("string", &body).await;
            if t.sent("update_location_members", &result) {
                t.body_sent(&wire, "update_location_members");
            }
            if let Err(e) = result {
                t.fail("update_location_members", e);
            }
            let result = client
                .update_location_members("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("update_location_members", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "update_location_members (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "update_location_members (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.delete_location("string").await;
            t.sent("delete_location", &result);
            if let Err(e) = result {
                t.fail("delete_location", e);
            }
            let result = client
                .delete_location("string")
                .header("Prefer", "code=400")
                .await;
            t.sent("delete_location", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "delete_location (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "delete_location (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::LocationUpdate,
            >("{\"name\":\"string\"}")
                .expect("the sample {\"name\":\"string\"} does not decode");
            let result = client.update_location("string", &body).await;
            if t.sent("update_location", &result) {
                t.body_sent(&wire, "update_location");
            }
            if let Err(e) = result {
                t.fail("update_location", e);
            }
            let result = client
                .update_location("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("update_location", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "update_location (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "update_location (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_security_groups().await;
            t.sent("list_security_groups", &result);
            if let Err(e) = result {
                t.fail("list_security_groups", e);
            }
            let result = client.list_security_groups().cur_page(1).per_page(5).await;
            if t.sent("list_security_groups", &result) {
                t.optional_sent(
                    &wire,
                    "list_security_groups",
                    "list_security_groups (every optional parameter)",
                    &[Param::Query("cur_page"), Param::Query("per_page")],
                );
            }
            if let Err(e) = result {
                t.fail("list_security_groups (every optional parameter)", e);
            }
            let result = client
                .list_security_groups()
                .header("Prefer", "code=400")
                .await;
            t.sent("list_security_groups", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "list_security_groups (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "list_security_groups (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
            t.paginated += 1;
            let mut position: i64 = 1i64;
            let mut previous: Option<String> = None;
            let mut fetched = 0usize;
            loop {
                let result = client.list_security_groups().cur_page(position).await;
                t.sent("list_security_groups", &result);
                match result {
                    Ok(page) => {
                        fetched += 1;
                        let text = format!("{page:?}");
                        if previous.as_deref() == Some(text.as_str()) {
                            t.gaps
                                .push(
                                    format!(
                                        "list_security_groups: the mock answered page {} with the same page as the one before, so the walk ended there (the mock has no end of data)",
                                        position
                                    ),
                                );
                            break;
                        }
                        previous = Some(text);
                    }
                    Err(e) => {
                        t.fail("list_security_groups (page by page)", e);
                        break;
                    }
                }
                if fetched >= 50 {
                    t.fail(
                        "list_security_groups (page by page)",
                        format!("the pages did not end within {} pages", 50),
                    );
                    break;
                }
                position += 1i64;
            }
            t.pages += fetched;
            t.walk(
                    "list_security_groups (stream)",
                    client.list_security_groups().stream(),
                    10000,
                )
                .await;
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::SecurityGroupMembers,
            >(
                    "{\"ids\":[\"6187fcb0-6151-11ec-9294-cfe91ad8177f\",\"8a243770-6150-11ec-9294-cfe91ad8177f\"]}",
                )
                .expect(
                    "the sample {\"ids\":[\"6187fcb0-6151-11ec-9294-cfe91ad8177f\",\"8a243770-6150-11ec-9294-cfe91ad8177f\"]} does not decode",
                );
            let result = client.add_security_group_members("string", &body).await;
            if t.sent("add_security_group_members", &result) {
                t.body_sent(&wire, "add_security_group_members");
            }
            if let Err(e) = result {
                t.fail("add_security_group_members", e);
            }
            let result = client
                .add_security_group_members("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("add_security_group_members", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "add_security_group_members (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "add_security_group_members (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::SecurityGroupMembers,
            >(
                    "{\"ids\":[\"6187fcb0-6151-11ec-9294-cfe91ad8177f\",\"8a243770-6150-11ec-9294-cfe91ad8177f\"]}",
                )
                .expect(
                    "the sample {\"ids\":[\"6187fcb0-6151-11ec-9294-cfe91ad8177f\",\"8a243770-6150-11ec-9294-cfe91ad8177f\"]} does not decode",
                );
            let result = client.remove_security_group_members("string", &body).await;
            if t.sent("remove_security_group_members", &result) {
                t.body_sent(&wire, "remove_security_group_members");
            }
            if let Err(e) = result {
                t.fail("remove_security_group_members", e);
            }
            let result = client
                .remove_security_group_members("string", &body)
                .header("Prefer", "code=400")
                .await;
            t.sent("remove_security_group_members", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "remove_security_group_members (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "remove_security_group_members (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_ssos().await;
            t.sent("list_ssos", &result);
            if let Err(e) = result {
                t.fail("list_ssos", e);
            }
            let result = client
                .list_ssos()
                .manage(false)
                .location("9aa53819-f4f8-4c59-ba74-56aae6b604cc")
                .department("d3e47d0d-5f6d-49d2-9b7b-21f837291008")
                .await;
            if t.sent("list_ssos", &result) {
                t.optional_sent(
                    &wire,
                    "list_ssos",
                    "list_ssos (every optional parameter)",
                    &[
                        Param::Query("manage"),
                        Param::Query("location"),
                        Param::Query("department"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("list_ssos (every optional parameter)", e);
            }
            let result = client.list_ssos().header("Prefer", "code=400").await;
            t.sent("list_ssos", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "list_ssos (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "list_ssos (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::SsoCreate,
            >(
                    "{\"type\":\"QUICK_LINK\",\"name\":\"Salesforce\",\"authorizationURI\":\"{{redirect_uri}}/?code=<authorization_token\",\"tokenURI\":\"https://api.example.io/oauth/token\",\"refreshURI\":\"https://api.example.io/oauth/token/refresh\",\"loginURL\":\"https://api.example.io/oauth/login?token={{access_token}}\",\"order\":1,\"fileId\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"departmentId\":\"1243134a-56b2-11ed-9b6a-0242ac120002\",\"locationId\":\"1243134a-56b2-11ed-9b6a-0242ac120002\",\"link\":\"https://api.example.io\"}",
                )
                .expect(
                    "the sample {\"type\":\"QUICK_LINK\",\"name\":\"Salesforce\",\"authorizationURI\":\"{{redirect_uri}}/?code=<authorization_token\",\"tokenURI\":\"https://api.example.io/oauth/token\",\"refreshURI\":\"https://api.example.io/oauth/token/refresh\",\"loginURL\":\"https://api.example.io/oauth/login?token={{access_token}}\",\"order\":1,\"fileId\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"departmentId\":\"1243134a-56b2-11ed-9b6a-0242ac120002\",\"locationId\":\"1243134a-56b2-11ed-9b6a-0242ac120002\",\"link\":\"https://api.example.io\"} does not decode",
                );
            let result = client.create_sso(&body).await;
            if t.sent("create_sso", &result) {
                t.body_sent(&wire, "create_sso");
            }
            if let Err(e) = result {
                t.fail("create_sso", e);
            }
            let result = client.create_sso(&body).manage(true).await;
            if t.sent("create_sso", &result) {
                t.optional_sent(
                    &wire,
                    "create_sso",
                    "create_sso (every optional parameter)",
                    &[Param::Query("manage")],
                );
            }
            if let Err(e) = result {
                t.fail("create_sso (every optional parameter)", e);
            }
            let result = client.create_sso(&body).header("Prefer", "code=400").await;
            t.sent("create_sso", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "create_sso (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "create_sso (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        {
            let result = client
                .get_media_upload_url(
                    "video/mp4",
                    "5 Second Countdown Intro video YouTube.mp4",
                    1,
                )
                .await;
            t.sent("get_media_upload_url", &result);
            if let Err(e) = result {
                t.fail("get_media_upload_url", e);
            }
            let result = client
                .get_media_upload_url(
                    "video/mp4",
                    "5 Second Countdown Intro video YouTube.mp4",
                    1,
                )
                .header("Prefer", "code=400")
                .await;
            t.sent("get_media_upload_url", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(400)
                    && matches!(e, workdrive_client::Error::Status(_))
                    && e.error_body().is_none() => t.errors_status += 1,
                Err(e) => {
                    t.fail(
                        "get_media_upload_url (Prefer: code=400)",
                        format!(
                            "expected {}, got {e:?}", "a 400 status error without a body"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "get_media_upload_url (Prefer: code=400)",
                        format!(
                            "expected {}, got a success",
                            "a 400 status error without a body"
                        ),
                    )
                }
            }
        }
        let negative: String = [
            {
                let request = codegen_runtime::reqwest::Client::new()
                    .request(
                        codegen_runtime::Method::from_bytes("GET".as_bytes())
                            .expect("a method"),
                        format!("{}{}", url.trim_end_matches('/'), "/api/posts"),
                    )
                    .header("X-API-KEY", "example-credential");
                match request.send().await {
                    Ok(response) if matches!(response.status().as_u16(), 400 | 422) => {
                        format!(
                            "{} rejected with {}",
                            "GET /api/posts without its required query parameter `time`",
                            response.status().as_u16()
                        )
                    }
                    Ok(response) => {
                        let outcome = format!(
                            "{} answered {}, not {}",
                            "GET /api/posts without its required query parameter `time`",
                            response.status().as_u16(), "400 or 422"
                        );
                        t.fail("negative control", &outcome);
                        outcome
                    }
                    Err(e) => {
                        t.fail("negative control", &e);
                        format!(
                            "{} not sent: {e}",
                            "GET /api/posts without its required query parameter `time`"
                        )
                    }
                }
            },
        ]
            .join("; ");
        let gaps: &[&str] = &[
            "no body negative control: the bodies with a required property (create_post) hold a property without a type, and Prism does not validate such bodies",
        ];
        let name = "workdrive-client";
        let mut report = vec![
            format!("{name}: {} of {} operations called, {} requests sent, {} failed", t
            .operations.len(), 74usize, t.requests, t.failures.len()),
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
                std::path::Path::new(&dir).join(concat!("workdrive-client", ".txt")),
                format!("{text}\n"),
            );
        }
        println!("{text}");
        assert!(t.failures.is_empty(), "{text}");
        assert_eq!(t.operations.len(), 74usize, "{text}");
    }
}
