// This file is generated from specs/tws.yaml by `cargo xtask generate`. Do not edit it by hand.

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
    use tws_client::types;
    use codegen_runtime::contract::{Param, Tally, Wire};

    #[tokio::test]
    async fn every_operation_against_the_mock_server() {
        let url = std::env::var("TWS_CLIENT_MOCK_URL")
            .expect(
                "set TWS_CLIENT_MOCK_URL to the URL of a mock server of specs/tws.yaml (`cargo xtask test` does)",
            );
        let wire = Wire::default();
        let client = tws_client::Client::builder(url.clone())
            .bearer("example-credential")
            .organization_token("example-credential")
            .membership_id("example-credential")
            .retry(tws_client::RetryPolicy::none())
            .hook(wire.clone())
            .build()
            .expect("client");
        let mut t = Tally::default();
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::SessionCreate,
            >("{\"username\":\"admin@example.com\",\"password\":\"<PASSWORD>\"}")
                .expect(
                    "the sample {\"username\":\"admin@example.com\",\"password\":\"<PASSWORD>\"} does not decode",
                );
            let result = client.create_session(&body).await;
            if t.sent("create_session", &result) {
                t.body_sent(&wire, "create_session");
            }
            if let Err(e) = result {
                t.fail("create_session", e);
            }
            let result = client.create_session(&body).header("Prefer", "code=401").await;
            t.sent("create_session", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(401)
                    && matches!(
                        e.error_body(), Some(tws_client::ErrorBody::ApiErrorBody(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "create_session (Prefer: code=401)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 401 decoded into ErrorBody::ApiErrorBody"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "create_session (Prefer: code=401)",
                        format!(
                            "expected {}, got a success",
                            "a 401 decoded into ErrorBody::ApiErrorBody"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_work_sessions().await;
            t.sent("list_work_sessions", &result);
            if let Err(e) = result {
                t.fail("list_work_sessions", e);
            }
            let result = client
                .list_work_sessions()
                .page(1)
                .page_size(1)
                .sort_by(
                    &codegen_runtime::serde_json::from_str::<
                        types::SortBy,
                    >("\"created_at, desc\"")
                        .expect("the sample \"created_at, desc\" does not decode"),
                )
                .await;
            if t.sent("list_work_sessions", &result) {
                t.optional_sent(
                    &wire,
                    "list_work_sessions",
                    "list_work_sessions (every optional parameter)",
                    &[
                        Param::Query("page"),
                        Param::Query("page_size"),
                        Param::Query("sort_by"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("list_work_sessions (every optional parameter)", e);
            }
            let result = client.list_work_sessions().header("Prefer", "code=401").await;
            t.sent("list_work_sessions", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(401)
                    && matches!(
                        e.error_body(), Some(tws_client::ErrorBody::ApiErrorBody(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "list_work_sessions (Prefer: code=401)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 401 decoded into ErrorBody::ApiErrorBody"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "list_work_sessions (Prefer: code=401)",
                        format!(
                            "expected {}, got a success",
                            "a 401 decoded into ErrorBody::ApiErrorBody"
                        ),
                    )
                }
            }
            t.paginated += 1;
            let mut position: i64 = 1i64;
            let mut previous: Option<String> = None;
            let mut fetched = 0usize;
            loop {
                let result = client.list_work_sessions().page(position).await;
                t.sent("list_work_sessions", &result);
                match result {
                    Ok(page) => {
                        fetched += 1;
                        let text = format!("{page:?}");
                        if previous.as_deref() == Some(text.as_str()) {
                            t.gaps
                                .push(
                                    format!(
                                        "list_work_sessions: the mock answered page {} with the same page as the one before, so the walk ended there (the mock has no end of data)",
                                        position
                                    ),
                                );
                            break;
                        }
                        previous = Some(text);
                    }
                    Err(e) => {
                        t.fail("list_work_sessions (page by page)", e);
                        break;
                    }
                }
                if fetched >= 50 {
                    t.fail(
                        "list_work_sessions (page by page)",
                        format!("the pages did not end within {} pages", 50),
                    );
                    break;
                }
                position += 1i64;
            }
            t.pages += fetched;
            t.walk(
                    "list_work_sessions (stream)",
                    client.list_work_sessions().stream(),
                    10000,
                )
                .await;
        }
        {
            let result = client.approve_work_session("5001").await;
            t.sent("approve_work_session", &result);
            if let Err(e) = result {
                t.fail("approve_work_session", e);
            }
            let result = client
                .approve_work_session("5001")
                .header("Prefer", "code=401")
                .await;
            t.sent("approve_work_session", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(401)
                    && matches!(
                        e.error_body(), Some(tws_client::ErrorBody::ApiErrorBody(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "approve_work_session (Prefer: code=401)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 401 decoded into ErrorBody::ApiErrorBody"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "approve_work_session (Prefer: code=401)",
                        format!(
                            "expected {}, got a success",
                            "a 401 decoded into ErrorBody::ApiErrorBody"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::KeyCreateRequest,
            >(
                    "{\"key\":{\"lock_ids\":[143415],\"membership_ids\":[\"97e9a980-9caf-4466\"],\"start_date\":\"2025-04-15 10:00:00\",\"end_date\":\"2025-04-15 12:00:00\",\"ticket_number\":\"S_ID1234\",\"options\":{\"tasks\":[\"Preventive Maintenance\"]}}}",
                )
                .expect(
                    "the sample {\"key\":{\"lock_ids\":[143415],\"membership_ids\":[\"97e9a980-9caf-4466\"],\"start_date\":\"2025-04-15 10:00:00\",\"end_date\":\"2025-04-15 12:00:00\",\"ticket_number\":\"S_ID1234\",\"options\":{\"tasks\":[\"Preventive Maintenance\"]}}} does not decode",
                );
            let result = client.create_keys(&body).await;
            if t.sent("create_keys", &result) {
                t.body_sent(&wire, "create_keys");
            }
            if let Err(e) = result {
                t.fail("create_keys", e);
            }
            let result = client.create_keys(&body).header("Prefer", "code=401").await;
            t.sent("create_keys", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(401)
                    && matches!(
                        e.error_body(), Some(tws_client::ErrorBody::ApiErrorBody(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "create_keys (Prefer: code=401)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 401 decoded into ErrorBody::ApiErrorBody"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "create_keys (Prefer: code=401)",
                        format!(
                            "expected {}, got a success",
                            "a 401 decoded into ErrorBody::ApiErrorBody"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_key(1).await;
            t.sent("get_key", &result);
            if let Err(e) = result {
                t.fail("get_key", e);
            }
            let result = client.get_key(1).header("Prefer", "code=401").await;
            t.sent("get_key", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(401)
                    && matches!(
                        e.error_body(), Some(tws_client::ErrorBody::ApiErrorBody(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "get_key (Prefer: code=401)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 401 decoded into ErrorBody::ApiErrorBody"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "get_key (Prefer: code=401)",
                        format!(
                            "expected {}, got a success",
                            "a 401 decoded into ErrorBody::ApiErrorBody"
                        ),
                    )
                }
            }
        }
        {
            let result = client.delete_key(1).await;
            t.sent("delete_key", &result);
            if let Err(e) = result {
                t.fail("delete_key", e);
            }
            let result = client.delete_key(1).header("Prefer", "code=401").await;
            t.sent("delete_key", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(401)
                    && matches!(
                        e.error_body(), Some(tws_client::ErrorBody::ApiErrorBody(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "delete_key (Prefer: code=401)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 401 decoded into ErrorBody::ApiErrorBody"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "delete_key (Prefer: code=401)",
                        format!(
                            "expected {}, got a success",
                            "a 401 decoded into ErrorBody::ApiErrorBody"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_users().await;
            t.sent("list_users", &result);
            if let Err(e) = result {
                t.fail("list_users", e);
            }
            let result = client
                .list_users()
                .page(1)
                .page_size(1)
                .sort_by(
                    &codegen_runtime::serde_json::from_str::<
                        types::SortBy,
                    >("\"created_at, desc\"")
                        .expect("the sample \"created_at, desc\" does not decode"),
                )
                .await;
            if t.sent("list_users", &result) {
                t.optional_sent(
                    &wire,
                    "list_users",
                    "list_users (every optional parameter)",
                    &[
                        Param::Query("page"),
                        Param::Query("page_size"),
                        Param::Query("sort_by"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("list_users (every optional parameter)", e);
            }
            let result = client.list_users().header("Prefer", "code=401").await;
            t.sent("list_users", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(401)
                    && matches!(
                        e.error_body(), Some(tws_client::ErrorBody::ApiErrorBody(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "list_users (Prefer: code=401)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 401 decoded into ErrorBody::ApiErrorBody"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "list_users (Prefer: code=401)",
                        format!(
                            "expected {}, got a success",
                            "a 401 decoded into ErrorBody::ApiErrorBody"
                        ),
                    )
                }
            }
            t.paginated += 1;
            let mut position: i64 = 1i64;
            let mut previous: Option<String> = None;
            let mut fetched = 0usize;
            loop {
                let result = client.list_users().page(position).await;
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
            let body = codegen_runtime::serde_json::from_str::<
                types::UserCreateRequest,
            >(
                    "{\"user\":{\"first_name\":\"Ada\",\"last_name\":\"Lovelace\",\"user_group\":\"user\",\"email\":\"ada@example.com\",\"language\":\"en\",\"device_restricted\":true}}",
                )
                .expect(
                    "the sample {\"user\":{\"first_name\":\"Ada\",\"last_name\":\"Lovelace\",\"user_group\":\"user\",\"email\":\"ada@example.com\",\"language\":\"en\",\"device_restricted\":true}} does not decode",
                );
            let result = client.create_user(&body).await;
            if t.sent("create_user", &result) {
                t.body_sent(&wire, "create_user");
            }
            if let Err(e) = result {
                t.fail("create_user", e);
            }
            let result = client.create_user(&body).header("Prefer", "code=401").await;
            t.sent("create_user", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(401)
                    && matches!(
                        e.error_body(), Some(tws_client::ErrorBody::ApiErrorBody(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "create_user (Prefer: code=401)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 401 decoded into ErrorBody::ApiErrorBody"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "create_user (Prefer: code=401)",
                        format!(
                            "expected {}, got a success",
                            "a 401 decoded into ErrorBody::ApiErrorBody"
                        ),
                    )
                }
            }
        }
        {
            let result = client.get_user("u-1").await;
            t.sent("get_user", &result);
            if let Err(e) = result {
                t.fail("get_user", e);
            }
            let result = client.get_user("u-1").header("Prefer", "code=401").await;
            t.sent("get_user", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(401)
                    && matches!(
                        e.error_body(), Some(tws_client::ErrorBody::ApiErrorBody(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "get_user (Prefer: code=401)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 401 decoded into ErrorBody::ApiErrorBody"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "get_user (Prefer: code=401)",
                        format!(
                            "expected {}, got a success",
                            "a 401 decoded into ErrorBody::ApiErrorBody"
                        ),
                    )
                }
            }
        }
        {
            let result = client.delete_user("u-1").await;
            t.sent("delete_user", &result);
            if let Err(e) = result {
                t.fail("delete_user", e);
            }
            let result = client.delete_user("u-1").header("Prefer", "code=401").await;
            t.sent("delete_user", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(401)
                    && matches!(
                        e.error_body(), Some(tws_client::ErrorBody::ApiErrorBody(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "delete_user (Prefer: code=401)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 401 decoded into ErrorBody::ApiErrorBody"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "delete_user (Prefer: code=401)",
                        format!(
                            "expected {}, got a success",
                            "a 401 decoded into ErrorBody::ApiErrorBody"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_sites().await;
            t.sent("list_sites", &result);
            if let Err(e) = result {
                t.fail("list_sites", e);
            }
            let result = client
                .list_sites()
                .page(1)
                .page_size(1)
                .sort_by(
                    &codegen_runtime::serde_json::from_str::<
                        types::SortBy,
                    >("\"created_at, desc\"")
                        .expect("the sample \"created_at, desc\" does not decode"),
                )
                .await;
            if t.sent("list_sites", &result) {
                t.optional_sent(
                    &wire,
                    "list_sites",
                    "list_sites (every optional parameter)",
                    &[
                        Param::Query("page"),
                        Param::Query("page_size"),
                        Param::Query("sort_by"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("list_sites (every optional parameter)", e);
            }
            let result = client.list_sites().header("Prefer", "code=401").await;
            t.sent("list_sites", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(401)
                    && matches!(
                        e.error_body(), Some(tws_client::ErrorBody::ApiErrorBody(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "list_sites (Prefer: code=401)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 401 decoded into ErrorBody::ApiErrorBody"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "list_sites (Prefer: code=401)",
                        format!(
                            "expected {}, got a success",
                            "a 401 decoded into ErrorBody::ApiErrorBody"
                        ),
                    )
                }
            }
            t.paginated += 1;
            let mut position: i64 = 1i64;
            let mut previous: Option<String> = None;
            let mut fetched = 0usize;
            loop {
                let result = client.list_sites().page(position).await;
                t.sent("list_sites", &result);
                match result {
                    Ok(page) => {
                        fetched += 1;
                        let text = format!("{page:?}");
                        if previous.as_deref() == Some(text.as_str()) {
                            t.gaps
                                .push(
                                    format!(
                                        "list_sites: the mock answered page {} with the same page as the one before, so the walk ended there (the mock has no end of data)",
                                        position
                                    ),
                                );
                            break;
                        }
                        previous = Some(text);
                    }
                    Err(e) => {
                        t.fail("list_sites (page by page)", e);
                        break;
                    }
                }
                if fetched >= 50 {
                    t.fail(
                        "list_sites (page by page)",
                        format!("the pages did not end within {} pages", 50),
                    );
                    break;
                }
                position += 1i64;
            }
            t.pages += fetched;
            t.walk("list_sites (stream)", client.list_sites().stream(), 10000).await;
        }
        {
            let result = client.list_site_locks("s-1").await;
            t.sent("list_site_locks", &result);
            if let Err(e) = result {
                t.fail("list_site_locks", e);
            }
            let result = client
                .list_site_locks("s-1")
                .header("Prefer", "code=401")
                .await;
            t.sent("list_site_locks", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(401)
                    && matches!(
                        e.error_body(), Some(tws_client::ErrorBody::ApiErrorBody(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "list_site_locks (Prefer: code=401)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 401 decoded into ErrorBody::ApiErrorBody"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "list_site_locks (Prefer: code=401)",
                        format!(
                            "expected {}, got a success",
                            "a 401 decoded into ErrorBody::ApiErrorBody"
                        ),
                    )
                }
            }
        }
        {
            let result = client.list_locks().await;
            t.sent("list_locks", &result);
            if let Err(e) = result {
                t.fail("list_locks", e);
            }
            let result = client
                .list_locks()
                .page(1)
                .page_size(1)
                .sort_by(
                    &codegen_runtime::serde_json::from_str::<
                        types::SortBy,
                    >("\"created_at, desc\"")
                        .expect("the sample \"created_at, desc\" does not decode"),
                )
                .await;
            if t.sent("list_locks", &result) {
                t.optional_sent(
                    &wire,
                    "list_locks",
                    "list_locks (every optional parameter)",
                    &[
                        Param::Query("page"),
                        Param::Query("page_size"),
                        Param::Query("sort_by"),
                    ],
                );
            }
            if let Err(e) = result {
                t.fail("list_locks (every optional parameter)", e);
            }
            let result = client.list_locks().header("Prefer", "code=401").await;
            t.sent("list_locks", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(401)
                    && matches!(
                        e.error_body(), Some(tws_client::ErrorBody::ApiErrorBody(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "list_locks (Prefer: code=401)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 401 decoded into ErrorBody::ApiErrorBody"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "list_locks (Prefer: code=401)",
                        format!(
                            "expected {}, got a success",
                            "a 401 decoded into ErrorBody::ApiErrorBody"
                        ),
                    )
                }
            }
            t.paginated += 1;
            let mut position: i64 = 1i64;
            let mut previous: Option<String> = None;
            let mut fetched = 0usize;
            loop {
                let result = client.list_locks().page(position).await;
                t.sent("list_locks", &result);
                match result {
                    Ok(page) => {
                        fetched += 1;
                        let text = format!("{page:?}");
                        if previous.as_deref() == Some(text.as_str()) {
                            t.gaps
                                .push(
                                    format!(
                                        "list_locks: the mock answered page {} with the same page as the one before, so the walk ended there (the mock has no end of data)",
                                        position
                                    ),
                                );
                            break;
                        }
                        previous = Some(text);
                    }
                    Err(e) => {
                        t.fail("list_locks (page by page)", e);
                        break;
                    }
                }
                if fetched >= 50 {
                    t.fail(
                        "list_locks (page by page)",
                        format!("the pages did not end within {} pages", 50),
                    );
                    break;
                }
                position += 1i64;
            }
            t.pages += fetched;
            t.walk("list_locks (stream)", client.list_locks().stream(), 10000).await;
        }
        {
            let result = client.get_lock_status(143415).await;
            t.sent("get_lock_status", &result);
            if let Err(e) = result {
                t.fail("get_lock_status", e);
            }
            let result = client
                .get_lock_status(143415)
                .header("Prefer", "code=401")
                .await;
            t.sent("get_lock_status", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(401)
                    && matches!(
                        e.error_body(), Some(tws_client::ErrorBody::ApiErrorBody(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "get_lock_status (Prefer: code=401)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 401 decoded into ErrorBody::ApiErrorBody"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "get_lock_status (Prefer: code=401)",
                        format!(
                            "expected {}, got a success",
                            "a 401 decoded into ErrorBody::ApiErrorBody"
                        ),
                    )
                }
            }
        }
        {
            let body = codegen_runtime::serde_json::from_str::<
                types::OrganizationUpdateRequest,
            >("{\"organization\":{\"webhook_url\":\"https://example.com/tws-events\"}}")
                .expect(
                    "the sample {\"organization\":{\"webhook_url\":\"https://example.com/tws-events\"}} does not decode",
                );
            let result = client.update_organization(&body).await;
            if t.sent("update_organization", &result) {
                t.body_sent(&wire, "update_organization");
            }
            if let Err(e) = result {
                t.fail("update_organization", e);
            }
            let result = client
                .update_organization(&body)
                .header("Prefer", "code=401")
                .await;
            t.sent("update_organization", &result);
            match result {
                Err(
                    e,
                ) if e.status().map(|s| s.as_u16()) == Some(401)
                    && matches!(
                        e.error_body(), Some(tws_client::ErrorBody::ApiErrorBody(..))
                    ) => t.errors_decoded += 1,
                Err(e) => {
                    t.fail(
                        "update_organization (Prefer: code=401)",
                        format!(
                            "expected {}, got {e:?}",
                            "a 401 decoded into ErrorBody::ApiErrorBody"
                        ),
                    )
                }
                Ok(_) => {
                    t.fail(
                        "update_organization (Prefer: code=401)",
                        format!(
                            "expected {}, got a success",
                            "a 401 decoded into ErrorBody::ApiErrorBody"
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
                        format!("{}{}", url.trim_end_matches('/'), "/sessions"),
                    )
                    .header("tws-organization-token", "example-credential")
                    .header("content-type", "application/json")
                    .body("{\"password\":\"<PASSWORD>\"}");
                match request.send().await {
                    Ok(response) if matches!(response.status().as_u16(), 400 | 422) => {
                        format!(
                            "{} rejected with {}",
                            "POST /sessions without its required body property `username`",
                            response.status().as_u16()
                        )
                    }
                    Ok(response) => {
                        let outcome = format!(
                            "{} answered {}, not {}",
                            "POST /sessions without its required body property `username`",
                            response.status().as_u16(), "400 or 422"
                        );
                        t.fail("negative control", &outcome);
                        outcome
                    }
                    Err(e) => {
                        t.fail("negative control", &e);
                        format!(
                            "{} not sent: {e}",
                            "POST /sessions without its required body property `username`"
                        )
                    }
                }
            },
        ]
            .join("; ");
        let gaps: &[&str] = &[];
        let name = "tws-client";
        let mut report = vec![
            format!("{name}: {} of {} operations called, {} requests sent, {} failed", t
            .operations.len(), 15usize, t.requests, t.failures.len()),
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
                std::path::Path::new(&dir).join(concat!("tws-client", ".txt")),
                format!("{text}\n"),
            );
        }
        println!("{text}");
        assert!(t.failures.is_empty(), "{text}");
        assert_eq!(t.operations.len(), 15usize, "{text}");
    }
}
