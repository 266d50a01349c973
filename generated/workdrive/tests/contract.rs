// This file is generated from specs/workdrive.yaml by `cargo xtask generate`. Do not edit it by hand.

//! Calls every operation once, with arguments from the spec's examples, against a mock
//! server that serves the spec and rejects any request that does not match it; every
//! response must decode.
#[rustfmt::skip]
#[allow(deprecated)]
mod contract {
    use workdrive_client::types;
    use workdrive_client::TryStreamExt;

    #[tokio::test]
    async fn every_operation_against_the_mock_server() {
        let url = std::env::var("WORKDRIVE_CLIENT_MOCK_URL")
            .expect(
                "set WORKDRIVE_CLIENT_MOCK_URL to the URL of a mock server of specs/workdrive.yaml (`cargo xtask test` does)",
            );
        let client = workdrive_client::Client::builder(url)
            .api_key("example-credential")
            .retry(workdrive_client::RetryPolicy::none())
            .build()
            .expect("client");
        let mut failures: Vec<String> = Vec::new();
        let mut exercised = 0usize;
        exercised += 1;
        if let Err(e) = client.list_users().await {
            failures.push(format!("{}: {e}", "list_users"));
        }
        if let Err(e) = client
            .list_users()
            .cur_page(1)
            .per_page(5)
            .location("e9659111-c52a-42c9-b6ed-42d0f5bdd29e")
            .department("1ae6eb71-dddf-48b7-945f-78127fd85801")
            .await
        {
            failures.push(format!("{}: {e}", "list_users (every optional parameter)"));
        }
        if let Err(e) = client.list_users().stream().try_next().await {
            failures.push(format!("{}: {e}", "list_users (stream)"));
        }
        exercised += 1;
        if let Err(e) = client.list_team_supervisors().await {
            failures.push(format!("{}: {e}", "list_team_supervisors"));
        }
        if let Err(e) = client
            .list_team_supervisors()
            .cur_page(1)
            .per_page(5)
            .user_id("90a34cdd-cb83-49b5-9b54-fe1dd2d829ff")
            .await
        {
            failures
                .push(
                    format!(
                        "{}: {e}", "list_team_supervisors (every optional parameter)"
                    ),
                );
        }
        if let Err(e) = client.list_team_supervisors().stream().try_next().await {
            failures.push(format!("{}: {e}", "list_team_supervisors (stream)"));
        }
        exercised += 1;
        if let Err(e) = client
            .create_user(
                &codegen_runtime::serde_json::from_str::<
                    types::UserCreate,
                >(
                        "{\"email\":\"string\",\"phone\":\"string\",\"firstName\":\"John\",\"lastName\":\"Smith\",\"designation\":\"Manager\",\"isDepartmentHead\":true,\"department\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"location\":\"string\",\"securityGroup\":\"string\",\"reportsTo\":\"string\",\"skill\":[\"string\"],\"defaultVisibility\":\"public\",\"addAdditionalTeams\":[\"string\"]}",
                    )
                    .expect(
                        "the sample {\"email\":\"string\",\"phone\":\"string\",\"firstName\":\"John\",\"lastName\":\"Smith\",\"designation\":\"Manager\",\"isDepartmentHead\":true,\"department\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"location\":\"string\",\"securityGroup\":\"string\",\"reportsTo\":\"string\",\"skill\":[\"string\"],\"defaultVisibility\":\"public\",\"addAdditionalTeams\":[\"string\"]} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "create_user"));
        }
        if let Err(e) = client
            .create_user(
                &codegen_runtime::serde_json::from_str::<
                    types::UserCreate,
                >(
                        "{\"email\":\"string\",\"phone\":\"string\",\"firstName\":\"John\",\"lastName\":\"Smith\",\"designation\":\"Manager\",\"isDepartmentHead\":true,\"department\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"location\":\"string\",\"securityGroup\":\"string\",\"reportsTo\":\"string\",\"skill\":[\"string\"],\"defaultVisibility\":\"public\",\"addAdditionalTeams\":[\"string\"]}",
                    )
                    .expect(
                        "the sample {\"email\":\"string\",\"phone\":\"string\",\"firstName\":\"John\",\"lastName\":\"Smith\",\"designation\":\"Manager\",\"isDepartmentHead\":true,\"department\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"location\":\"string\",\"securityGroup\":\"string\",\"reportsTo\":\"string\",\"skill\":[\"string\"],\"defaultVisibility\":\"public\",\"addAdditionalTeams\":[\"string\"]} does not decode",
                    ),
            )
            .bulk(true)
            .await
        {
            failures.push(format!("{}: {e}", "create_user (every optional parameter)"));
        }
        exercised += 1;
        if let Err(e) = client.delete_user("string").await {
            failures.push(format!("{}: {e}", "delete_user"));
        }
        if let Err(e) = client.delete_user("string").bulk(true).await {
            failures.push(format!("{}: {e}", "delete_user (every optional parameter)"));
        }
        exercised += 1;
        if let Err(e) = client
            .update_user(
                "string",
                &codegen_runtime::serde_json::from_str::<
                    types::UserUpdate,
                >(
                        "{\"firstName\":\"John\",\"lastName\":\"Smith\",\"status\":\"ARCHIVE\",\"phone\":\"+13756366604\",\"isExpert\":false,\"availability\":\"ACTIVE\",\"fileId\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"coverFileId\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"reportsTo\":\"a0c3f96f-73c3-4c67-ba43-b94d640f2485\",\"designation\":\"Web Developer\",\"bio\":\"string\",\"isDepartmentHead\":false,\"department\":\"Development/Subdivider\",\"location\":\"e9659111-c52a-42c9-b6ed-42d0f5bdd29e\",\"addAdditionalTeams\":[\"string\"],\"removeAdditionalTeams\":[\"string\"]}",
                    )
                    .expect(
                        "the sample {\"firstName\":\"John\",\"lastName\":\"Smith\",\"status\":\"ARCHIVE\",\"phone\":\"+13756366604\",\"isExpert\":false,\"availability\":\"ACTIVE\",\"fileId\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"coverFileId\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"reportsTo\":\"a0c3f96f-73c3-4c67-ba43-b94d640f2485\",\"designation\":\"Web Developer\",\"bio\":\"string\",\"isDepartmentHead\":false,\"department\":\"Development/Subdivider\",\"location\":\"e9659111-c52a-42c9-b6ed-42d0f5bdd29e\",\"addAdditionalTeams\":[\"string\"],\"removeAdditionalTeams\":[\"string\"]} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "update_user"));
        }
        exercised += 1;
        if let Err(e) = client
            .bulk_create_users(
                &codegen_runtime::serde_json::from_str::<
                    types::UserBulkCreate,
                >(
                        "{\"data\":[{\"email\":\"string\",\"phone\":\"string\",\"firstName\":\"John\",\"lastName\":\"Smith\",\"designation\":\"Manager\",\"isDepartmentHead\":true,\"department\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"location\":\"string\",\"securityGroup\":\"string\",\"skill\":[\"string\"],\"defaultVisibility\":\"public\",\"externalUserId\":\"string\",\"addAdditionalTeams\":[\"string\"],\"addAdditionalLocations\":[\"string\"],\"reportsTo\":\"string\"}]}",
                    )
                    .expect(
                        "the sample {\"data\":[{\"email\":\"string\",\"phone\":\"string\",\"firstName\":\"John\",\"lastName\":\"Smith\",\"designation\":\"Manager\",\"isDepartmentHead\":true,\"department\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"location\":\"string\",\"securityGroup\":\"string\",\"skill\":[\"string\"],\"defaultVisibility\":\"public\",\"externalUserId\":\"string\",\"addAdditionalTeams\":[\"string\"],\"addAdditionalLocations\":[\"string\"],\"reportsTo\":\"string\"}]} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "bulk_create_users"));
        }
        exercised += 1;
        if let Err(e) = client
            .bulk_delete_users(
                &codegen_runtime::serde_json::from_str::<types::UserBulkDelete>("{}")
                    .expect("the sample {} does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "bulk_delete_users"));
        }
        exercised += 1;
        if let Err(e) = client
            .create_organization(
                &codegen_runtime::serde_json::from_str::<
                    types::OrganizationCreate,
                >(
                        "{\"name\":\"Stilla\",\"admin\":{\"firstName\":\"john\",\"lastName\":\"smith\",\"email\":\"abc@xyz.com\"},\"auth\":{\"method\":\"internal\"}}",
                    )
                    .expect(
                        "the sample {\"name\":\"Stilla\",\"admin\":{\"firstName\":\"john\",\"lastName\":\"smith\",\"email\":\"abc@xyz.com\"},\"auth\":{\"method\":\"internal\"}} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "create_organization"));
        }
        exercised += 1;
        if let Err(e) = client
            .update_organization(
                "string",
                &codegen_runtime::serde_json::from_str::<
                    types::OrganizationUpdate,
                >(
                        "{\"fileId\":\"38443974-b996-11ed-afa1-0242ac120002\",\"name\":\"Stilla\",\"legalName\":\"stilla\",\"websites\":[\"abc_stilla.com\"],\"address\":{\"street1\":\"3739 Liberty Avenue\",\"street2\":null,\"city\":\"Anaheim\",\"state\":\"California\",\"zip\":\"92805\"},\"email\":\"stilla@abc.com\",\"phone\":\"714-517-5291\",\"description\":\"Real estate organization\",\"industry\":null}",
                    )
                    .expect(
                        "the sample {\"fileId\":\"38443974-b996-11ed-afa1-0242ac120002\",\"name\":\"Stilla\",\"legalName\":\"stilla\",\"websites\":[\"abc_stilla.com\"],\"address\":{\"street1\":\"3739 Liberty Avenue\",\"street2\":null,\"city\":\"Anaheim\",\"state\":\"California\",\"zip\":\"92805\"},\"email\":\"stilla@abc.com\",\"phone\":\"714-517-5291\",\"description\":\"Real estate organization\",\"industry\":null} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "update_organization"));
        }
        exercised += 1;
        if let Err(e) = client
            .generate_access_token(
                &codegen_runtime::serde_json::from_str::<
                    types::AccessTokenRequest,
                >("{\"userId\":\"bd06213a-a26b-4cd7-a6b8-cfa154073e1f\"}")
                    .expect(
                        "the sample {\"userId\":\"bd06213a-a26b-4cd7-a6b8-cfa154073e1f\"} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "generate_access_token"));
        }
        exercised += 1;
        if let Err(e) = client.list_posts("2022-10-17T09:21:41.247Z").await {
            failures.push(format!("{}: {e}", "list_posts"));
        }
        if let Err(e) = client
            .list_posts("2022-10-17T09:21:41.247Z")
            .per_page(5)
            .sort_key(
                &codegen_runtime::serde_json::from_str::<types::SortKey>("\"a\"")
                    .expect("the sample \"a\" does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "list_posts (every optional parameter)"));
        }
        exercised += 1;
        if let Err(e) = client
            .create_post(
                &codegen_runtime::serde_json::from_str::<
                    types::PostCreate,
                >(
                        "{\"status\":\"PUBLISHED\",\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true},\"tags\":[\"#myfirstpost\"],\"mention\":[\"6187fcb0-6151-11ec-9294-cfe91ad8177f\"],\"fileIds\":[\"f5743644-c8ce-4bbe-a9bd-dfdd18dce445\",\"1f1b75a3-f773-4fd6-a63e-9a5fb978b21e\"],\"taggedUserIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"gif\":\"https://media0.giphy.com/media/MCeIiRETfwBK2rtGRi/giphy.gif?cid=75a920b6w4tmpmwx92x4o0jkkh76knvq3b2ino26cgm5dgpn&rid=giphy.gif&ct=g\",\"links\":[\"string\"],\"location\":{\"textAddress\":\"string\"}}",
                    )
                    .expect(
                        "the sample {\"status\":\"PUBLISHED\",\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true},\"tags\":[\"#myfirstpost\"],\"mention\":[\"6187fcb0-6151-11ec-9294-cfe91ad8177f\"],\"fileIds\":[\"f5743644-c8ce-4bbe-a9bd-dfdd18dce445\",\"1f1b75a3-f773-4fd6-a63e-9a5fb978b21e\"],\"taggedUserIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"gif\":\"https://media0.giphy.com/media/MCeIiRETfwBK2rtGRi/giphy.gif?cid=75a920b6w4tmpmwx92x4o0jkkh76knvq3b2ino26cgm5dgpn&rid=giphy.gif&ct=g\",\"links\":[\"string\"],\"location\":{\"textAddress\":\"string\"}} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "create_post"));
        }
        exercised += 1;
        if let Err(e) = client.delete_post("string").await {
            failures.push(format!("{}: {e}", "delete_post"));
        }
        exercised += 1;
        if let Err(e) = client
            .update_post(
                "string",
                &codegen_runtime::serde_json::from_str::<
                    types::PostUpdate,
                >(
                        "{\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true},\"tags\":[\"#myfirstpost\"],\"mention\":[\"6187fcb0-6151-11ec-9294-cfe91ad8177f\"],\"fileIds\":[\"f5743644-c8ce-4bbe-a9bd-dfdd18dce445\",\"1f1b75a3-f773-4fd6-a63e-9a5fb978b21e\"],\"taggedUserIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"gif\":\"https://media0.giphy.com/media/MCeIiRETfwBK2rtGRi/giphy.gif?cid=75a920b6w4tmpmwx92x4o0jkkh76knvq3b2ino26cgm5dgpn&rid=giphy.gif&ct=g\",\"links\":[\"string\"],\"location\":{\"textAddress\":\"string\"}}",
                    )
                    .expect(
                        "the sample {\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true},\"tags\":[\"#myfirstpost\"],\"mention\":[\"6187fcb0-6151-11ec-9294-cfe91ad8177f\"],\"fileIds\":[\"f5743644-c8ce-4bbe-a9bd-dfdd18dce445\",\"1f1b75a3-f773-4fd6-a63e-9a5fb978b21e\"],\"taggedUserIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"gif\":\"https://media0.giphy.com/media/MCeIiRETfwBK2rtGRi/giphy.gif?cid=75a920b6w4tmpmwx92x4o0jkkh76knvq3b2ino26cgm5dgpn&rid=giphy.gif&ct=g\",\"links\":[\"string\"],\"location\":{\"textAddress\":\"string\"}} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "update_post"));
        }
        exercised += 1;
        if let Err(e) = client.list_news("2022-10-17T09:21:41.247Z").await {
            failures.push(format!("{}: {e}", "list_news"));
        }
        if let Err(e) = client
            .list_news("2022-10-17T09:21:41.247Z")
            .per_page(5)
            .sort_key(
                &codegen_runtime::serde_json::from_str::<types::SortKey>("\"a\"")
                    .expect("the sample \"a\" does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "list_news (every optional parameter)"));
        }
        exercised += 1;
        if let Err(e) = client
            .create_news(
                &codegen_runtime::serde_json::from_str::<
                    types::NewsWrite,
                >(
                        "{\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"taggedUsers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true},\"tags\":[\"#myfirstpost\"],\"mention\":[\"6187fcb0-6151-11ec-9294-cfe91ad8177f\"],\"fileIds\":[\"f5743644-c8ce-4bbe-a9bd-dfdd18dce445\",\"1f1b75a3-f773-4fd6-a63e-9a5fb978b21e\"],\"taggedUserIds\":[\"79ba2a88-448d-416a-9c22-c8e96ed8f873\"],\"gif\":\"https://media0.giphy.com/media/MCeIiRETfwBK2rtGRi/giphy.gif?cid=75a920b6w4tmpmwx92x4o0jkkh76knvq3b2ino26cgm5dgpn&rid=giphy.gif&ct=g\",\"links\":[\"https://www.google.com/\"],\"newsTitle\":\"World Cup\",\"category\":\"Featured\",\"coverImage\":\"ed91ba02-279f-49f9-98e9-33fdd8e09b95\",\"location\":{\"textAddress\":\"string\"}}",
                    )
                    .expect(
                        "the sample {\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"taggedUsers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true},\"tags\":[\"#myfirstpost\"],\"mention\":[\"6187fcb0-6151-11ec-9294-cfe91ad8177f\"],\"fileIds\":[\"f5743644-c8ce-4bbe-a9bd-dfdd18dce445\",\"1f1b75a3-f773-4fd6-a63e-9a5fb978b21e\"],\"taggedUserIds\":[\"79ba2a88-448d-416a-9c22-c8e96ed8f873\"],\"gif\":\"https://media0.giphy.com/media/MCeIiRETfwBK2rtGRi/giphy.gif?cid=75a920b6w4tmpmwx92x4o0jkkh76knvq3b2ino26cgm5dgpn&rid=giphy.gif&ct=g\",\"links\":[\"https://www.google.com/\"],\"newsTitle\":\"World Cup\",\"category\":\"Featured\",\"coverImage\":\"ed91ba02-279f-49f9-98e9-33fdd8e09b95\",\"location\":{\"textAddress\":\"string\"}} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "create_news"));
        }
        exercised += 1;
        if let Err(e) = client.delete_news("string").await {
            failures.push(format!("{}: {e}", "delete_news"));
        }
        exercised += 1;
        if let Err(e) = client
            .update_news(
                "string",
                &codegen_runtime::serde_json::from_str::<
                    types::NewsWrite,
                >(
                        "{\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"taggedUsers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true},\"tags\":[\"#myfirstpost\"],\"mention\":[\"6187fcb0-6151-11ec-9294-cfe91ad8177f\"],\"fileIds\":[\"f5743644-c8ce-4bbe-a9bd-dfdd18dce445\",\"1f1b75a3-f773-4fd6-a63e-9a5fb978b21e\"],\"taggedUserIds\":[\"79ba2a88-448d-416a-9c22-c8e96ed8f873\"],\"gif\":\"https://media0.giphy.com/media/MCeIiRETfwBK2rtGRi/giphy.gif?cid=75a920b6w4tmpmwx92x4o0jkkh76knvq3b2ino26cgm5dgpn&rid=giphy.gif&ct=g\",\"links\":[\"https://www.google.com/\"],\"newsTitle\":\"World Cup\",\"category\":\"Featured\",\"coverImage\":\"ed91ba02-279f-49f9-98e9-33fdd8e09b95\",\"location\":{\"textAddress\":\"string\"}}",
                    )
                    .expect(
                        "the sample {\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"taggedUsers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true},\"tags\":[\"#myfirstpost\"],\"mention\":[\"6187fcb0-6151-11ec-9294-cfe91ad8177f\"],\"fileIds\":[\"f5743644-c8ce-4bbe-a9bd-dfdd18dce445\",\"1f1b75a3-f773-4fd6-a63e-9a5fb978b21e\"],\"taggedUserIds\":[\"79ba2a88-448d-416a-9c22-c8e96ed8f873\"],\"gif\":\"https://media0.giphy.com/media/MCeIiRETfwBK2rtGRi/giphy.gif?cid=75a920b6w4tmpmwx92x4o0jkkh76knvq3b2ino26cgm5dgpn&rid=giphy.gif&ct=g\",\"links\":[\"https://www.google.com/\"],\"newsTitle\":\"World Cup\",\"category\":\"Featured\",\"coverImage\":\"ed91ba02-279f-49f9-98e9-33fdd8e09b95\",\"location\":{\"textAddress\":\"string\"}} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "update_news"));
        }
        exercised += 1;
        if let Err(e) = client
            .list_events(
                &codegen_runtime::serde_json::from_str::<
                    types::DateTimeParam,
                >("\"2022-12-16T00:00:00\"")
                    .expect("the sample \"2022-12-16T00:00:00\" does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "list_events"));
        }
        if let Err(e) = client
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
            .await
        {
            failures.push(format!("{}: {e}", "list_events (every optional parameter)"));
        }
        exercised += 1;
        if let Err(e) = client
            .create_event(
                &codegen_runtime::serde_json::from_str::<
                    types::EventWrite,
                >(
                        "{\"permissions\":{\"public\":true,\"friends\":false,\"onlyMe\":false,\"team\":false},\"title\":\"new testing Event\",\"description\":\"new testing event\",\"externalLink\":[{\"title\":\"\",\"url\":\"https://www.google.com/\"}],\"userIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"conferenceLink\":\"string\",\"location\":\"https://www.google.com/maps/d/viewer?ie=UTF8&hl=en&t=h&om=1&msa=0&ll=33.760326299999996%2C73.06671140000003&spn=0.001838%2C0.003787&z=19&mid=1GC-26pGg4Z58eto8mukpi6dyUj4\",\"startDateTime\":\"2022-09-14T07:58:00.000Z\",\"endDateTime\":\"2022-09-14T08:58:00.000Z\",\"posterId\":\"c2b78442-6cb8-4f49-9a0b-53cdb8d8c95b\",\"conversationId\":\"string\",\"isVirtual\":false,\"tags\":[\"string\"],\"type\":2,\"externalUserEmails\":[\"string\"],\"category\":\"Corporate Events\",\"isMeeting\":false,\"repeat\":{\"config\":{\"type\":\"frequency\",\"frequency\":86400,\"ends\":{\"config\":{\"type\":\"on\",\"date\":\"2022-09-15\"}}}},\"videoPreviewIds\":[\"string\"],\"duration\":0}",
                    )
                    .expect(
                        "the sample {\"permissions\":{\"public\":true,\"friends\":false,\"onlyMe\":false,\"team\":false},\"title\":\"new testing Event\",\"description\":\"new testing event\",\"externalLink\":[{\"title\":\"\",\"url\":\"https://www.google.com/\"}],\"userIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"conferenceLink\":\"string\",\"location\":\"https://www.google.com/maps/d/viewer?ie=UTF8&hl=en&t=h&om=1&msa=0&ll=33.760326299999996%2C73.06671140000003&spn=0.001838%2C0.003787&z=19&mid=1GC-26pGg4Z58eto8mukpi6dyUj4\",\"startDateTime\":\"2022-09-14T07:58:00.000Z\",\"endDateTime\":\"2022-09-14T08:58:00.000Z\",\"posterId\":\"c2b78442-6cb8-4f49-9a0b-53cdb8d8c95b\",\"conversationId\":\"string\",\"isVirtual\":false,\"tags\":[\"string\"],\"type\":2,\"externalUserEmails\":[\"string\"],\"category\":\"Corporate Events\",\"isMeeting\":false,\"repeat\":{\"config\":{\"type\":\"frequency\",\"frequency\":86400,\"ends\":{\"config\":{\"type\":\"on\",\"date\":\"2022-09-15\"}}}},\"videoPreviewIds\":[\"string\"],\"duration\":0} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "create_event"));
        }
        exercised += 1;
        if let Err(e) = client.delete_event("string").await {
            failures.push(format!("{}: {e}", "delete_event"));
        }
        if let Err(e) = client.delete_event("string").repeat("string").await {
            failures.push(format!("{}: {e}", "delete_event (every optional parameter)"));
        }
        exercised += 1;
        if let Err(e) = client
            .update_event(
                "string",
                &codegen_runtime::serde_json::from_str::<
                    types::EventWrite,
                >(
                        "{\"permissions\":{\"public\":true,\"friends\":false,\"onlyMe\":false,\"team\":false},\"title\":\"new testing Event\",\"description\":\"new testing event\",\"externalLink\":[{\"title\":\"\",\"url\":\"https://www.google.com/\"}],\"userIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"conferenceLink\":\"string\",\"location\":\"https://www.google.com/maps/d/viewer?ie=UTF8&hl=en&t=h&om=1&msa=0&ll=33.760326299999996%2C73.06671140000003&spn=0.001838%2C0.003787&z=19&mid=1GC-26pGg4Z58eto8mukpi6dyUj4\",\"startDateTime\":\"2022-09-14T07:58:00.000Z\",\"endDateTime\":\"2022-09-14T08:58:00.000Z\",\"posterId\":\"c2b78442-6cb8-4f49-9a0b-53cdb8d8c95b\",\"conversationId\":\"string\",\"isVirtual\":false,\"tags\":[\"string\"],\"type\":2,\"externalUserEmails\":[\"string\"],\"category\":\"Corporate Events\",\"isMeeting\":false,\"repeat\":{\"config\":{\"type\":\"frequency\",\"frequency\":86400,\"ends\":{\"config\":{\"type\":\"on\",\"date\":\"2022-09-15\"}}}},\"videoPreviewIds\":[\"string\"],\"duration\":0}",
                    )
                    .expect(
                        "the sample {\"permissions\":{\"public\":true,\"friends\":false,\"onlyMe\":false,\"team\":false},\"title\":\"new testing Event\",\"description\":\"new testing event\",\"externalLink\":[{\"title\":\"\",\"url\":\"https://www.google.com/\"}],\"userIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"conferenceLink\":\"string\",\"location\":\"https://www.google.com/maps/d/viewer?ie=UTF8&hl=en&t=h&om=1&msa=0&ll=33.760326299999996%2C73.06671140000003&spn=0.001838%2C0.003787&z=19&mid=1GC-26pGg4Z58eto8mukpi6dyUj4\",\"startDateTime\":\"2022-09-14T07:58:00.000Z\",\"endDateTime\":\"2022-09-14T08:58:00.000Z\",\"posterId\":\"c2b78442-6cb8-4f49-9a0b-53cdb8d8c95b\",\"conversationId\":\"string\",\"isVirtual\":false,\"tags\":[\"string\"],\"type\":2,\"externalUserEmails\":[\"string\"],\"category\":\"Corporate Events\",\"isMeeting\":false,\"repeat\":{\"config\":{\"type\":\"frequency\",\"frequency\":86400,\"ends\":{\"config\":{\"type\":\"on\",\"date\":\"2022-09-15\"}}}},\"videoPreviewIds\":[\"string\"],\"duration\":0} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "update_event"));
        }
        if let Err(e) = client
            .update_event(
                "string",
                &codegen_runtime::serde_json::from_str::<
                    types::EventWrite,
                >(
                        "{\"permissions\":{\"public\":true,\"friends\":false,\"onlyMe\":false,\"team\":false},\"title\":\"new testing Event\",\"description\":\"new testing event\",\"externalLink\":[{\"title\":\"\",\"url\":\"https://www.google.com/\"}],\"userIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"conferenceLink\":\"string\",\"location\":\"https://www.google.com/maps/d/viewer?ie=UTF8&hl=en&t=h&om=1&msa=0&ll=33.760326299999996%2C73.06671140000003&spn=0.001838%2C0.003787&z=19&mid=1GC-26pGg4Z58eto8mukpi6dyUj4\",\"startDateTime\":\"2022-09-14T07:58:00.000Z\",\"endDateTime\":\"2022-09-14T08:58:00.000Z\",\"posterId\":\"c2b78442-6cb8-4f49-9a0b-53cdb8d8c95b\",\"conversationId\":\"string\",\"isVirtual\":false,\"tags\":[\"string\"],\"type\":2,\"externalUserEmails\":[\"string\"],\"category\":\"Corporate Events\",\"isMeeting\":false,\"repeat\":{\"config\":{\"type\":\"frequency\",\"frequency\":86400,\"ends\":{\"config\":{\"type\":\"on\",\"date\":\"2022-09-15\"}}}},\"videoPreviewIds\":[\"string\"],\"duration\":0}",
                    )
                    .expect(
                        "the sample {\"permissions\":{\"public\":true,\"friends\":false,\"onlyMe\":false,\"team\":false},\"title\":\"new testing Event\",\"description\":\"new testing event\",\"externalLink\":[{\"title\":\"\",\"url\":\"https://www.google.com/\"}],\"userIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"conferenceLink\":\"string\",\"location\":\"https://www.google.com/maps/d/viewer?ie=UTF8&hl=en&t=h&om=1&msa=0&ll=33.760326299999996%2C73.06671140000003&spn=0.001838%2C0.003787&z=19&mid=1GC-26pGg4Z58eto8mukpi6dyUj4\",\"startDateTime\":\"2022-09-14T07:58:00.000Z\",\"endDateTime\":\"2022-09-14T08:58:00.000Z\",\"posterId\":\"c2b78442-6cb8-4f49-9a0b-53cdb8d8c95b\",\"conversationId\":\"string\",\"isVirtual\":false,\"tags\":[\"string\"],\"type\":2,\"externalUserEmails\":[\"string\"],\"category\":\"Corporate Events\",\"isMeeting\":false,\"repeat\":{\"config\":{\"type\":\"frequency\",\"frequency\":86400,\"ends\":{\"config\":{\"type\":\"on\",\"date\":\"2022-09-15\"}}}},\"videoPreviewIds\":[\"string\"],\"duration\":0} does not decode",
                    ),
            )
            .repeat("string")
            .await
        {
            failures.push(format!("{}: {e}", "update_event (every optional parameter)"));
        }
        exercised += 1;
        if let Err(e) = client.list_videos().await {
            failures.push(format!("{}: {e}", "list_videos"));
        }
        if let Err(e) = client
            .list_videos()
            .cur_page(1)
            .per_page(5)
            .is_following(false)
            .user_id("string")
            .search("")
            .await
        {
            failures.push(format!("{}: {e}", "list_videos (every optional parameter)"));
        }
        if let Err(e) = client.list_videos().stream().try_next().await {
            failures.push(format!("{}: {e}", "list_videos (stream)"));
        }
        exercised += 1;
        if let Err(e) = client
            .create_video(
                &codegen_runtime::serde_json::from_str::<
                    types::VideoCreate,
                >(
                        "{\"title\":\"Testing Video\",\"description\":\"This is the testing Video\",\"videoFileId\":\"f5743644-c8ce-4bbe-a9bd-dfdd18dce445\",\"thumbnailFileId\":\"f5743644-c8ce-4bbe-a9bd-dfdd18dce445\",\"meta\":{},\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"taggedUsers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true}}",
                    )
                    .expect(
                        "the sample {\"title\":\"Testing Video\",\"description\":\"This is the testing Video\",\"videoFileId\":\"f5743644-c8ce-4bbe-a9bd-dfdd18dce445\",\"thumbnailFileId\":\"f5743644-c8ce-4bbe-a9bd-dfdd18dce445\",\"meta\":{},\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"taggedUsers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true}} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "create_video"));
        }
        exercised += 1;
        if let Err(e) = client.delete_video("string").await {
            failures.push(format!("{}: {e}", "delete_video"));
        }
        exercised += 1;
        if let Err(e) = client
            .update_video(
                "string",
                &codegen_runtime::serde_json::from_str::<
                    types::VideoUpdate,
                >(
                        "{\"title\":\"Testing Video\",\"description\":\"This is the testing Video\",\"thumbnailFileId\":\"f5743644-c8ce-4bbe-a9bd-dfdd18dce445\",\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true}}",
                    )
                    .expect(
                        "the sample {\"title\":\"Testing Video\",\"description\":\"This is the testing Video\",\"thumbnailFileId\":\"f5743644-c8ce-4bbe-a9bd-dfdd18dce445\",\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true}} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "update_video"));
        }
        exercised += 1;
        if let Err(e) = client.list_photos().await {
            failures.push(format!("{}: {e}", "list_photos"));
        }
        if let Err(e) = client
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
            .await
        {
            failures.push(format!("{}: {e}", "list_photos (every optional parameter)"));
        }
        if let Err(e) = client.list_photos().stream().try_next().await {
            failures.push(format!("{}: {e}", "list_photos (stream)"));
        }
        exercised += 1;
        if let Err(e) = client
            .create_photo(
                &codegen_runtime::serde_json::from_str::<
                    types::PhotoCreate,
                >(
                        "{\"title\":\"Testing Photo\",\"description\":\"This is the testing Photo\",\"fileId\":\"f5743644-c8ce-4bbe-a9bd-dfdd18dce445\",\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"taggedUsers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true}}",
                    )
                    .expect(
                        "the sample {\"title\":\"Testing Photo\",\"description\":\"This is the testing Photo\",\"fileId\":\"f5743644-c8ce-4bbe-a9bd-dfdd18dce445\",\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"taggedUsers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true}} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "create_photo"));
        }
        exercised += 1;
        if let Err(e) = client.delete_photo("string").await {
            failures.push(format!("{}: {e}", "delete_photo"));
        }
        exercised += 1;
        if let Err(e) = client
            .update_photo(
                "string",
                &codegen_runtime::serde_json::from_str::<
                    types::PhotoUpdate,
                >(
                        "{\"title\":\"Testing Photo\",\"description\":\"This is the testing Photo\"}",
                    )
                    .expect(
                        "the sample {\"title\":\"Testing Photo\",\"description\":\"This is the testing Photo\"} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "update_photo"));
        }
        exercised += 1;
        if let Err(e) = client.list_documents().await {
            failures.push(format!("{}: {e}", "list_documents"));
        }
        if let Err(e) = client
            .list_documents()
            .cur_page(1)
            .per_page(5)
            .category("Human resource")
            .await
        {
            failures
                .push(format!("{}: {e}", "list_documents (every optional parameter)"));
        }
        if let Err(e) = client.list_documents().stream().try_next().await {
            failures.push(format!("{}: {e}", "list_documents (stream)"));
        }
        exercised += 1;
        if let Err(e) = client
            .create_document(
                &codegen_runtime::serde_json::from_str::<
                    types::DocumentWrite,
                >(
                        "{\"name\":\"string\",\"ownerIds\":[\"string\"],\"expiry\":\"2022-10-21T05:44:06.323Z\",\"tags\":[\"string\"],\"category\":\"string\",\"docUrl\":\"string\",\"link\":\"string\",\"docId\":\"string\",\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"taggedUsers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true}}",
                    )
                    .expect(
                        "the sample {\"name\":\"string\",\"ownerIds\":[\"string\"],\"expiry\":\"2022-10-21T05:44:06.323Z\",\"tags\":[\"string\"],\"category\":\"string\",\"docUrl\":\"string\",\"link\":\"string\",\"docId\":\"string\",\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"taggedUsers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true}} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "create_document"));
        }
        if let Err(e) = client
            .create_document(
                &codegen_runtime::serde_json::from_str::<
                    types::DocumentWrite,
                >(
                        "{\"name\":\"string\",\"ownerIds\":[\"string\"],\"expiry\":\"2022-10-21T05:44:06.323Z\",\"tags\":[\"string\"],\"category\":\"string\",\"docUrl\":\"string\",\"link\":\"string\",\"docId\":\"string\",\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"taggedUsers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true}}",
                    )
                    .expect(
                        "the sample {\"name\":\"string\",\"ownerIds\":[\"string\"],\"expiry\":\"2022-10-21T05:44:06.323Z\",\"tags\":[\"string\"],\"category\":\"string\",\"docUrl\":\"string\",\"link\":\"string\",\"docId\":\"string\",\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"taggedUsers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true}} does not decode",
                    ),
            )
            .publish(true)
            .await
        {
            failures
                .push(format!("{}: {e}", "create_document (every optional parameter)"));
        }
        exercised += 1;
        if let Err(e) = client.delete_document("string").await {
            failures.push(format!("{}: {e}", "delete_document"));
        }
        exercised += 1;
        if let Err(e) = client
            .update_document(
                "string",
                &codegen_runtime::serde_json::from_str::<
                    types::DocumentUpdate,
                >(
                        "{\"docId\":\"string\",\"docUrl\":\"string\",\"kb\":{\"name\":\"string\",\"newOwnerIds\":[\"0fdd5bf6-e975-4f44-bbd9-b4c9900dacb5\"],\"removeOwnerIds\":[\"c8f0e467-cf18-4677-a78e-6b63fd3bedac\"],\"expiry\":\"2022-10-21T06:49:44.790Z\",\"tags\":[\"string\"],\"category\":\"string\",\"link\":\"string\",\"isPublished\":true,\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true}},\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true}}",
                    )
                    .expect(
                        "the sample {\"docId\":\"string\",\"docUrl\":\"string\",\"kb\":{\"name\":\"string\",\"newOwnerIds\":[\"0fdd5bf6-e975-4f44-bbd9-b4c9900dacb5\"],\"removeOwnerIds\":[\"c8f0e467-cf18-4677-a78e-6b63fd3bedac\"],\"expiry\":\"2022-10-21T06:49:44.790Z\",\"tags\":[\"string\"],\"category\":\"string\",\"link\":\"string\",\"isPublished\":true,\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true}},\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true}} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "update_document"));
        }
        if let Err(e) = client
            .update_document(
                "string",
                &codegen_runtime::serde_json::from_str::<
                    types::DocumentUpdate,
                >(
                        "{\"docId\":\"string\",\"docUrl\":\"string\",\"kb\":{\"name\":\"string\",\"newOwnerIds\":[\"0fdd5bf6-e975-4f44-bbd9-b4c9900dacb5\"],\"removeOwnerIds\":[\"c8f0e467-cf18-4677-a78e-6b63fd3bedac\"],\"expiry\":\"2022-10-21T06:49:44.790Z\",\"tags\":[\"string\"],\"category\":\"string\",\"link\":\"string\",\"isPublished\":true,\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true}},\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true}}",
                    )
                    .expect(
                        "the sample {\"docId\":\"string\",\"docUrl\":\"string\",\"kb\":{\"name\":\"string\",\"newOwnerIds\":[\"0fdd5bf6-e975-4f44-bbd9-b4c9900dacb5\"],\"removeOwnerIds\":[\"c8f0e467-cf18-4677-a78e-6b63fd3bedac\"],\"expiry\":\"2022-10-21T06:49:44.790Z\",\"tags\":[\"string\"],\"category\":\"string\",\"link\":\"string\",\"isPublished\":true,\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true}},\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true}} does not decode",
                    ),
            )
            .publish(true)
            .await
        {
            failures
                .push(format!("{}: {e}", "update_document (every optional parameter)"));
        }
        exercised += 1;
        if let Err(e) = client.list_faqs().await {
            failures.push(format!("{}: {e}", "list_faqs"));
        }
        if let Err(e) = client
            .list_faqs()
            .cur_page(1)
            .per_page(5)
            .category("Human resource")
            .await
        {
            failures.push(format!("{}: {e}", "list_faqs (every optional parameter)"));
        }
        if let Err(e) = client.list_faqs().stream().try_next().await {
            failures.push(format!("{}: {e}", "list_faqs (stream)"));
        }
        exercised += 1;
        if let Err(e) = client
            .create_faq(
                &codegen_runtime::serde_json::from_str::<
                    types::FaqContent,
                >(
                        "{\"kb\":{\"name\":\"string\",\"ownerIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"expiry\":\"2022-10-21T07:54:29.801Z\",\"tags\":[\"string\"],\"category\":\"string\"},\"qas\":[{\"question\":\"string\",\"answer\":\"string\",\"description\":\"string\"}],\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"taggedUsers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true}}",
                    )
                    .expect(
                        "the sample {\"kb\":{\"name\":\"string\",\"ownerIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"expiry\":\"2022-10-21T07:54:29.801Z\",\"tags\":[\"string\"],\"category\":\"string\"},\"qas\":[{\"question\":\"string\",\"answer\":\"string\",\"description\":\"string\"}],\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"taggedUsers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true}} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "create_faq"));
        }
        if let Err(e) = client
            .create_faq(
                &codegen_runtime::serde_json::from_str::<
                    types::FaqContent,
                >(
                        "{\"kb\":{\"name\":\"string\",\"ownerIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"expiry\":\"2022-10-21T07:54:29.801Z\",\"tags\":[\"string\"],\"category\":\"string\"},\"qas\":[{\"question\":\"string\",\"answer\":\"string\",\"description\":\"string\"}],\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"taggedUsers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true}}",
                    )
                    .expect(
                        "the sample {\"kb\":{\"name\":\"string\",\"ownerIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"expiry\":\"2022-10-21T07:54:29.801Z\",\"tags\":[\"string\"],\"category\":\"string\"},\"qas\":[{\"question\":\"string\",\"answer\":\"string\",\"description\":\"string\"}],\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"taggedUsers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true}} does not decode",
                    ),
            )
            .publish(true)
            .await
        {
            failures.push(format!("{}: {e}", "create_faq (every optional parameter)"));
        }
        exercised += 1;
        if let Err(e) = client.delete_faq("string").await {
            failures.push(format!("{}: {e}", "delete_faq"));
        }
        exercised += 1;
        if let Err(e) = client
            .update_faq(
                "string",
                &codegen_runtime::serde_json::from_str::<
                    types::FaqUpdate,
                >(
                        "{\"kb\":{\"name\":\"string\",\"newOwnerIds\":[\"0fdd5bf6-e975-4f44-bbd9-b4c9900dacb5\"],\"removeOwnerIds\":[\"c8f0e467-cf18-4677-a78e-6b63fd3bedac\"],\"expiry\":\"2022-10-21T10:06:17.198Z\",\"tags\":[\"string\"],\"category\":\"string\",\"link\":\"string\"},\"updatedQAs\":[{\"id\":\"string\",\"question\":\"string\",\"answer\":\"string\",\"description\":\"string\"}],\"newQas\":[{\"question\":\"string\",\"answer\":\"string\",\"description\":\"string\"}],\"removeQuestionIds\":[\"0fdd5bf6-e975-4f44-bbd9-b4c9900dacb5\"],\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true}}",
                    )
                    .expect(
                        "the sample {\"kb\":{\"name\":\"string\",\"newOwnerIds\":[\"0fdd5bf6-e975-4f44-bbd9-b4c9900dacb5\"],\"removeOwnerIds\":[\"c8f0e467-cf18-4677-a78e-6b63fd3bedac\"],\"expiry\":\"2022-10-21T10:06:17.198Z\",\"tags\":[\"string\"],\"category\":\"string\",\"link\":\"string\"},\"updatedQAs\":[{\"id\":\"string\",\"question\":\"string\",\"answer\":\"string\",\"description\":\"string\"}],\"newQas\":[{\"question\":\"string\",\"answer\":\"string\",\"description\":\"string\"}],\"removeQuestionIds\":[\"0fdd5bf6-e975-4f44-bbd9-b4c9900dacb5\"],\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true}} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "update_faq"));
        }
        if let Err(e) = client
            .update_faq(
                "string",
                &codegen_runtime::serde_json::from_str::<
                    types::FaqUpdate,
                >(
                        "{\"kb\":{\"name\":\"string\",\"newOwnerIds\":[\"0fdd5bf6-e975-4f44-bbd9-b4c9900dacb5\"],\"removeOwnerIds\":[\"c8f0e467-cf18-4677-a78e-6b63fd3bedac\"],\"expiry\":\"2022-10-21T10:06:17.198Z\",\"tags\":[\"string\"],\"category\":\"string\",\"link\":\"string\"},\"updatedQAs\":[{\"id\":\"string\",\"question\":\"string\",\"answer\":\"string\",\"description\":\"string\"}],\"newQas\":[{\"question\":\"string\",\"answer\":\"string\",\"description\":\"string\"}],\"removeQuestionIds\":[\"0fdd5bf6-e975-4f44-bbd9-b4c9900dacb5\"],\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true}}",
                    )
                    .expect(
                        "the sample {\"kb\":{\"name\":\"string\",\"newOwnerIds\":[\"0fdd5bf6-e975-4f44-bbd9-b4c9900dacb5\"],\"removeOwnerIds\":[\"c8f0e467-cf18-4677-a78e-6b63fd3bedac\"],\"expiry\":\"2022-10-21T10:06:17.198Z\",\"tags\":[\"string\"],\"category\":\"string\",\"link\":\"string\"},\"updatedQAs\":[{\"id\":\"string\",\"question\":\"string\",\"answer\":\"string\",\"description\":\"string\"}],\"newQas\":[{\"question\":\"string\",\"answer\":\"string\",\"description\":\"string\"}],\"removeQuestionIds\":[\"0fdd5bf6-e975-4f44-bbd9-b4c9900dacb5\"],\"permissions\":{\"users\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"groups\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"locations\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"public\":true,\"friends\":true,\"onlyMe\":true,\"team\":true}} does not decode",
                    ),
            )
            .publish(true)
            .await
        {
            failures.push(format!("{}: {e}", "update_faq (every optional parameter)"));
        }
        exercised += 1;
        if let Err(e) = client.list_categories(1).await {
            failures.push(format!("{}: {e}", "list_categories"));
        }
        if let Err(e) = client.list_categories(1).cur_page(1).per_page(5).await {
            failures
                .push(format!("{}: {e}", "list_categories (every optional parameter)"));
        }
        if let Err(e) = client.list_categories(1).stream().try_next().await {
            failures.push(format!("{}: {e}", "list_categories (stream)"));
        }
        exercised += 1;
        if let Err(e) = client.list_enforcement_templates().await {
            failures.push(format!("{}: {e}", "list_enforcement_templates"));
        }
        if let Err(e) = client
            .list_enforcement_templates()
            .cur_page(1)
            .per_page(5)
            .sort_direction(
                &codegen_runtime::serde_json::from_str::<types::SortDirection>("\"ASC\"")
                    .expect("the sample \"ASC\" does not decode"),
            )
            .await
        {
            failures
                .push(
                    format!(
                        "{}: {e}",
                        "list_enforcement_templates (every optional parameter)"
                    ),
                );
        }
        if let Err(e) = client.list_enforcement_templates().stream().try_next().await {
            failures.push(format!("{}: {e}", "list_enforcement_templates (stream)"));
        }
        exercised += 1;
        if let Err(e) = client
            .send_notification(
                &codegen_runtime::serde_json::from_str::<
                    types::NotificationSend,
                >(
                        "{\"title\":\"Sending WorkDrive Email\",\"description\":\"I want to notify about an event\",\"medium\":\"EMAIL\",\"emails\":[\"abc@domain.com\"],\"receiverUserIds\":[\"e198ac3a-4ac4-11ed-b878-0242ac120002\"]}",
                    )
                    .expect(
                        "the sample {\"title\":\"Sending WorkDrive Email\",\"description\":\"I want to notify about an event\",\"medium\":\"EMAIL\",\"emails\":[\"abc@domain.com\"],\"receiverUserIds\":[\"e198ac3a-4ac4-11ed-b878-0242ac120002\"]} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "send_notification"));
        }
        exercised += 1;
        if let Err(e) = client.list_module_codes().await {
            failures.push(format!("{}: {e}", "list_module_codes"));
        }
        exercised += 1;
        if let Err(e) = client.list_courses().await {
            failures.push(format!("{}: {e}", "list_courses"));
        }
        if let Err(e) = client
            .list_courses()
            .cur_page(1)
            .per_page(5)
            .filter("ALL_COURSES")
            .sort_direction(
                &codegen_runtime::serde_json::from_str::<types::SortDirection>("\"ASC\"")
                    .expect("the sample \"ASC\" does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "list_courses (every optional parameter)"));
        }
        if let Err(e) = client.list_courses().stream().try_next().await {
            failures.push(format!("{}: {e}", "list_courses (stream)"));
        }
        exercised += 1;
        if let Err(e) = client.delete_course("string").await {
            failures.push(format!("{}: {e}", "delete_course"));
        }
        exercised += 1;
        if let Err(e) = client.list_tasks().await {
            failures.push(format!("{}: {e}", "list_tasks"));
        }
        if let Err(e) = client
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
            .await
        {
            failures.push(format!("{}: {e}", "list_tasks (every optional parameter)"));
        }
        if let Err(e) = client.list_tasks().stream().try_next().await {
            failures.push(format!("{}: {e}", "list_tasks (stream)"));
        }
        exercised += 1;
        if let Err(e) = client
            .create_task(
                &codegen_runtime::serde_json::from_str::<
                    types::TaskCreate,
                >(
                        "{\"title\":\"Task List Title\",\"description\":\"Task List description \",\"status\":\"Task List status \",\"task_type\":\"Article\",\"notificationTemplateId\":\"string\",\"content\":\"Fill time sheet at end of day\",\"time\":1,\"videoId\":\"Id of Video\",\"link\":\"https://abc.com\",\"dueDays\":0,\"documentId\":\"Id of knowledgebase/document\",\"trainingCourseTaskListId\":\"Id of training Course\"}",
                    )
                    .expect(
                        "the sample {\"title\":\"Task List Title\",\"description\":\"Task List description \",\"status\":\"Task List status \",\"task_type\":\"Article\",\"notificationTemplateId\":\"string\",\"content\":\"Fill time sheet at end of day\",\"time\":1,\"videoId\":\"Id of Video\",\"link\":\"https://abc.com\",\"dueDays\":0,\"documentId\":\"Id of knowledgebase/document\",\"trainingCourseTaskListId\":\"Id of training Course\"} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "create_task"));
        }
        exercised += 1;
        if let Err(e) = client
            .update_task(
                "string",
                &codegen_runtime::serde_json::from_str::<
                    types::TaskUpdate,
                >(
                        "{\"notificationTemplateId\":\"string\",\"title\":\"Task List Title\",\"description\":\"Task List description \",\"status\":\"published\",\"content\":\"Fill time sheet at end of day\",\"time\":1,\"task_type\":\"Article\",\"videoId\":\"Id of Video\",\"link\":\"https://abc.com\",\"dueDays\":0,\"documentId\":\"Id of knowledgebase/document\",\"trainingCourseTaskListId\":\"string\"}",
                    )
                    .expect(
                        "the sample {\"notificationTemplateId\":\"string\",\"title\":\"Task List Title\",\"description\":\"Task List description \",\"status\":\"published\",\"content\":\"Fill time sheet at end of day\",\"time\":1,\"task_type\":\"Article\",\"videoId\":\"Id of Video\",\"link\":\"https://abc.com\",\"dueDays\":0,\"documentId\":\"Id of knowledgebase/document\",\"trainingCourseTaskListId\":\"string\"} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "update_task"));
        }
        exercised += 1;
        if let Err(e) = client
            .assign_task(
                "string",
                &codegen_runtime::serde_json::from_str::<
                    types::TaskAssign,
                >(
                        "{\"userIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"removeIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"]}",
                    )
                    .expect(
                        "the sample {\"userIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"removeIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"]} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "assign_task"));
        }
        exercised += 1;
        if let Err(e) = client.delete_task("string").await {
            failures.push(format!("{}: {e}", "delete_task"));
        }
        exercised += 1;
        if let Err(e) = client.list_group_chats().await {
            failures.push(format!("{}: {e}", "list_group_chats"));
        }
        if let Err(e) = client
            .list_group_chats()
            .cur_page(1)
            .per_page(5)
            .group_type(
                &codegen_runtime::serde_json::from_str::<types::GroupType>("\"ROOM\"")
                    .expect("the sample \"ROOM\" does not decode"),
            )
            .my_group_chats(true)
            .include_participants(true)
            .time("2022-10-23T20:32:28.637Z")
            .await
        {
            failures
                .push(format!("{}: {e}", "list_group_chats (every optional parameter)"));
        }
        if let Err(e) = client.list_group_chats().stream().try_next().await {
            failures.push(format!("{}: {e}", "list_group_chats (stream)"));
        }
        exercised += 1;
        if let Err(e) = client
            .create_group_chat(
                &codegen_runtime::serde_json::from_str::<
                    types::GroupChatCreate,
                >(
                        "{\"isPrivate\":true,\"byRequest\":true,\"description\":\"This group is created for testing purpose\",\"members\":[{\"id\":\"6187fcb0-6151-11ec-9294-cfe91ad8177f\",\"isAdmin\":false},{\"id\":\"fc4ea4d0-58da-11ec-819d-f9796b594a09\",\"isAdmin\":false}],\"fileId\":\"1bbabc01-b21f-45b4-87db-631bd6a06276\",\"title\":\"new testing group\",\"groupType\":\"CHAT_GROUP\",\"category\":\"Testing\"}",
                    )
                    .expect(
                        "the sample {\"isPrivate\":true,\"byRequest\":true,\"description\":\"This group is created for testing purpose\",\"members\":[{\"id\":\"6187fcb0-6151-11ec-9294-cfe91ad8177f\",\"isAdmin\":false},{\"id\":\"fc4ea4d0-58da-11ec-819d-f9796b594a09\",\"isAdmin\":false}],\"fileId\":\"1bbabc01-b21f-45b4-87db-631bd6a06276\",\"title\":\"new testing group\",\"groupType\":\"CHAT_GROUP\",\"category\":\"Testing\"} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "create_group_chat"));
        }
        exercised += 1;
        if let Err(e) = client.delete_group_chats().await {
            failures.push(format!("{}: {e}", "delete_group_chats"));
        }
        if let Err(e) = client
            .delete_group_chats()
            .id(
                &codegen_runtime::serde_json::from_str::<Vec<String>>("[\"string\"]")
                    .expect("the sample [\"string\"] does not decode"),
            )
            .await
        {
            failures
                .push(
                    format!("{}: {e}", "delete_group_chats (every optional parameter)"),
                );
        }
        exercised += 1;
        if let Err(e) = client
            .create_conversation_meeting(
                "string",
                &codegen_runtime::serde_json::from_str::<
                    types::ConversationMeeting,
                >(
                        "{\"title\":\"new Meeting\",\"userIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"startDateTime\":\"2022-09-14T07:58:00.000Z\",\"endDateTime\":\"2022-09-14T08:58:00.000Z\",\"posterId\":\"c2b78442-6cb8-4f49-9a0b-53cdb8d8c95b\",\"duration\":0}",
                    )
                    .expect(
                        "the sample {\"title\":\"new Meeting\",\"userIds\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"startDateTime\":\"2022-09-14T07:58:00.000Z\",\"endDateTime\":\"2022-09-14T08:58:00.000Z\",\"posterId\":\"c2b78442-6cb8-4f49-9a0b-53cdb8d8c95b\",\"duration\":0} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "create_conversation_meeting"));
        }
        exercised += 1;
        if let Err(e) = client
            .update_group_chat(
                "string",
                &codegen_runtime::serde_json::from_str::<
                    types::GroupChatUpdate,
                >(
                        "{\"title\":\"new testing group\",\"description\":\"This group is created for testing purpose\",\"isPrivate\":true,\"newAdmins\":[\"6187fcb0-6151-11ec-9294-cfe91ad8177f\"],\"removedAdmins\":[\"6187fcb0-6151-11ec-9294-cfe91ad8177f\"],\"fileId\":\"f5743644-c8ce-4bbe-a9bd-dfdd18dce445\",\"category\":\"Testing\"}",
                    )
                    .expect(
                        "the sample {\"title\":\"new testing group\",\"description\":\"This group is created for testing purpose\",\"isPrivate\":true,\"newAdmins\":[\"6187fcb0-6151-11ec-9294-cfe91ad8177f\"],\"removedAdmins\":[\"6187fcb0-6151-11ec-9294-cfe91ad8177f\"],\"fileId\":\"f5743644-c8ce-4bbe-a9bd-dfdd18dce445\",\"category\":\"Testing\"} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "update_group_chat"));
        }
        exercised += 1;
        if let Err(e) = client
            .send_message(
                "string",
                &codegen_runtime::serde_json::from_str::<
                    types::MessageSend,
                >(
                        "{\"message\":\"Hello this is me Adam\",\"mention\":[\"6187fcb0-6151-11ec-9294-cfe91ad8177f\"],\"replyOfMsgId\":\"9c5b9d42-e552-49c9-a245-491e70d28866\",\"fileId\":[\"319e142f-e323-453e-aa73-1eac54e4bdc6\"]}",
                    )
                    .expect(
                        "the sample {\"message\":\"Hello this is me Adam\",\"mention\":[\"6187fcb0-6151-11ec-9294-cfe91ad8177f\"],\"replyOfMsgId\":\"9c5b9d42-e552-49c9-a245-491e70d28866\",\"fileId\":[\"319e142f-e323-453e-aa73-1eac54e4bdc6\"]} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "send_message"));
        }
        exercised += 1;
        if let Err(e) = client.list_departments().await {
            failures.push(format!("{}: {e}", "list_departments"));
        }
        if let Err(e) = client.list_departments().cur_page(1).per_page(5).await {
            failures
                .push(format!("{}: {e}", "list_departments (every optional parameter)"));
        }
        if let Err(e) = client.list_departments().stream().try_next().await {
            failures.push(format!("{}: {e}", "list_departments (stream)"));
        }
        exercised += 1;
        if let Err(e) = client
            .create_department(
                &codegen_runtime::serde_json::from_str::<
                    types::DepartmentCreate,
                >(
                        "{\"members\":[{\"id\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"existingDept\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"isDepartmentHead\":false}],\"name\":\"Management\"}",
                    )
                    .expect(
                        "the sample {\"members\":[{\"id\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"existingDept\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"isDepartmentHead\":false}],\"name\":\"Management\"} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "create_department"));
        }
        exercised += 1;
        if let Err(e) = client
            .update_department_heads(
                "string",
                &codegen_runtime::serde_json::from_str::<
                    types::DepartmentHeadsUpdate,
                >(
                        "{\"remove\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"add\":[{\"id\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"isAdmin\":false,\"existingDept\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"isDepartmentHead\":false}]}",
                    )
                    .expect(
                        "the sample {\"remove\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"add\":[{\"id\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"isAdmin\":false,\"existingDept\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"isDepartmentHead\":false}]} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "update_department_heads"));
        }
        exercised += 1;
        if let Err(e) = client.get_department_members("string").await {
            failures.push(format!("{}: {e}", "get_department_members"));
        }
        exercised += 1;
        if let Err(e) = client
            .update_department_members(
                "string",
                &codegen_runtime::serde_json::from_str::<
                    types::DepartmentMembersUpdate,
                >(
                        "{\"addMembers\":[{\"id\":\"6301fd00-6216-11ec-9294-cfe91ad8177f\",\"isAdmin\":false,\"existingDept\":\"2886a908-42b4-4612-b096-eac24f229b5b\",\"isDepartmentHead\":false}],\"removeMembers\":[\"6301fd00-6216-11ec-9294-cfe91ad8177f\"]}",
                    )
                    .expect(
                        "the sample {\"addMembers\":[{\"id\":\"6301fd00-6216-11ec-9294-cfe91ad8177f\",\"isAdmin\":false,\"existingDept\":\"2886a908-42b4-4612-b096-eac24f229b5b\",\"isDepartmentHead\":false}],\"removeMembers\":[\"6301fd00-6216-11ec-9294-cfe91ad8177f\"]} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "update_department_members"));
        }
        exercised += 1;
        if let Err(e) = client.delete_department("string").await {
            failures.push(format!("{}: {e}", "delete_department"));
        }
        exercised += 1;
        if let Err(e) = client
            .update_department(
                "string",
                &codegen_runtime::serde_json::from_str::<types::DepartmentUpdate>("{}")
                    .expect("the sample {} does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "update_department"));
        }
        exercised += 1;
        if let Err(e) = client.list_locations().await {
            failures.push(format!("{}: {e}", "list_locations"));
        }
        if let Err(e) = client.list_locations().cur_page(1).per_page(5).await {
            failures
                .push(format!("{}: {e}", "list_locations (every optional parameter)"));
        }
        if let Err(e) = client.list_locations().stream().try_next().await {
            failures.push(format!("{}: {e}", "list_locations (stream)"));
        }
        exercised += 1;
        if let Err(e) = client
            .create_location(
                &codegen_runtime::serde_json::from_str::<
                    types::LocationCreate,
                >(
                        "{\"addedBy\":\"172fa58d-7933-45a6-a905-b06770f2224c\",\"name\":\"California\",\"orgId\":\"172fa58d-7933-45a6-a905-b06770f2224c\"}",
                    )
                    .expect(
                        "the sample {\"addedBy\":\"172fa58d-7933-45a6-a905-b06770f2224c\",\"name\":\"California\",\"orgId\":\"172fa58d-7933-45a6-a905-b06770f2224c\"} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "create_location"));
        }
        exercised += 1;
        if let Err(e) = client.get_location_members("string").await {
            failures.push(format!("{}: {e}", "get_location_members"));
        }
        exercised += 1;
        if let Err(e) = client
            .update_location_members(
                "string",
                &codegen_runtime::serde_json::from_str::<
                    types::LocationMembersUpdate,
                >(
                        "{\"addMembers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"removeMembers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"]}",
                    )
                    .expect(
                        "the sample {\"addMembers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"],\"removeMembers\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"]} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "update_location_members"));
        }
        exercised += 1;
        if let Err(e) = client.delete_location("string").await {
            failures.push(format!("{}: {e}", "delete_location"));
        }
        exercised += 1;
        if let Err(e) = client
            .update_location(
                "string",
                &codegen_runtime::serde_json::from_str::<types::DepartmentUpdate>("{}")
                    .expect("the sample {} does not decode"),
            )
            .await
        {
            failures.push(format!("{}: {e}", "update_location"));
        }
        exercised += 1;
        if let Err(e) = client.list_security_groups().await {
            failures.push(format!("{}: {e}", "list_security_groups"));
        }
        if let Err(e) = client.list_security_groups().cur_page(1).per_page(5).await {
            failures
                .push(
                    format!("{}: {e}", "list_security_groups (every optional parameter)"),
                );
        }
        if let Err(e) = client.list_security_groups().stream().try_next().await {
            failures.push(format!("{}: {e}", "list_security_groups (stream)"));
        }
        exercised += 1;
        if let Err(e) = client
            .add_security_group_members(
                "string",
                &codegen_runtime::serde_json::from_str::<
                    types::SecurityGroupMembers,
                >(
                        "{\"ids\":[\"6187fcb0-6151-11ec-9294-cfe91ad8177f\",\"8a243770-6150-11ec-9294-cfe91ad8177f\"]}",
                    )
                    .expect(
                        "the sample {\"ids\":[\"6187fcb0-6151-11ec-9294-cfe91ad8177f\",\"8a243770-6150-11ec-9294-cfe91ad8177f\"]} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "add_security_group_members"));
        }
        exercised += 1;
        if let Err(e) = client
            .remove_security_group_members(
                "string",
                &codegen_runtime::serde_json::from_str::<
                    types::SecurityGroupMembers,
                >(
                        "{\"ids\":[\"6187fcb0-6151-11ec-9294-cfe91ad8177f\",\"8a243770-6150-11ec-9294-cfe91ad8177f\"]}",
                    )
                    .expect(
                        "the sample {\"ids\":[\"6187fcb0-6151-11ec-9294-cfe91ad8177f\",\"8a243770-6150-11ec-9294-cfe91ad8177f\"]} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "remove_security_group_members"));
        }
        exercised += 1;
        if let Err(e) = client.list_ssos().await {
            failures.push(format!("{}: {e}", "list_ssos"));
        }
        if let Err(e) = client
            .list_ssos()
            .manage(false)
            .location("9aa53819-f4f8-4c59-ba74-56aae6b604cc")
            .department("d3e47d0d-5f6d-49d2-9b7b-21f837291008")
            .await
        {
            failures.push(format!("{}: {e}", "list_ssos (every optional parameter)"));
        }
        exercised += 1;
        if let Err(e) = client
            .create_sso(
                &codegen_runtime::serde_json::from_str::<
                    types::SsoCreate,
                >(
                        "{\"type\":\"QUICK_LINK\",\"name\":\"Salesforce\",\"authorizationURI\":\"{{redirect_uri}}/?code=<authorization_token\",\"tokenURI\":\"https://api.example.io/oauth/token\",\"refreshURI\":\"https://api.example.io/oauth/token/refresh\",\"loginURL\":\"https://api.example.io/oauth/login?token={{access_token}}\",\"order\":1,\"fileId\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"departmentId\":\"1243134a-56b2-11ed-9b6a-0242ac120002\",\"locationId\":\"1243134a-56b2-11ed-9b6a-0242ac120002\",\"link\":\"https://api.example.io\"}",
                    )
                    .expect(
                        "the sample {\"type\":\"QUICK_LINK\",\"name\":\"Salesforce\",\"authorizationURI\":\"{{redirect_uri}}/?code=<authorization_token\",\"tokenURI\":\"https://api.example.io/oauth/token\",\"refreshURI\":\"https://api.example.io/oauth/token/refresh\",\"loginURL\":\"https://api.example.io/oauth/login?token={{access_token}}\",\"order\":1,\"fileId\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"departmentId\":\"1243134a-56b2-11ed-9b6a-0242ac120002\",\"locationId\":\"1243134a-56b2-11ed-9b6a-0242ac120002\",\"link\":\"https://api.example.io\"} does not decode",
                    ),
            )
            .await
        {
            failures.push(format!("{}: {e}", "create_sso"));
        }
        if let Err(e) = client
            .create_sso(
                &codegen_runtime::serde_json::from_str::<
                    types::SsoCreate,
                >(
                        "{\"type\":\"QUICK_LINK\",\"name\":\"Salesforce\",\"authorizationURI\":\"{{redirect_uri}}/?code=<authorization_token\",\"tokenURI\":\"https://api.example.io/oauth/token\",\"refreshURI\":\"https://api.example.io/oauth/token/refresh\",\"loginURL\":\"https://api.example.io/oauth/login?token={{access_token}}\",\"order\":1,\"fileId\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"departmentId\":\"1243134a-56b2-11ed-9b6a-0242ac120002\",\"locationId\":\"1243134a-56b2-11ed-9b6a-0242ac120002\",\"link\":\"https://api.example.io\"}",
                    )
                    .expect(
                        "the sample {\"type\":\"QUICK_LINK\",\"name\":\"Salesforce\",\"authorizationURI\":\"{{redirect_uri}}/?code=<authorization_token\",\"tokenURI\":\"https://api.example.io/oauth/token\",\"refreshURI\":\"https://api.example.io/oauth/token/refresh\",\"loginURL\":\"https://api.example.io/oauth/login?token={{access_token}}\",\"order\":1,\"fileId\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"departmentId\":\"1243134a-56b2-11ed-9b6a-0242ac120002\",\"locationId\":\"1243134a-56b2-11ed-9b6a-0242ac120002\",\"link\":\"https://api.example.io\"} does not decode",
                    ),
            )
            .manage(true)
            .await
        {
            failures.push(format!("{}: {e}", "create_sso (every optional parameter)"));
        }
        exercised += 1;
        if let Err(e) = client
            .get_media_upload_url(
                "video/mp4",
                "5 Second Countdown Intro video YouTube.mp4",
                1,
            )
            .await
        {
            failures.push(format!("{}: {e}", "get_media_upload_url"));
        }
        let line = format!(
            "{}: {exercised} of {} operations exercised, {} failed", "workdrive-client",
            74usize, failures.len()
        );
        if let Ok(dir) = std::env::var("CONTRACT_REPORT_DIR") {
            let _ = std::fs::write(
                std::path::Path::new(&dir).join(concat!("workdrive-client", ".txt")),
                &line,
            );
        }
        println!("{line}");
        assert!(failures.is_empty(), "{line}:\n{}", failures.join("\n"));
    }
}
