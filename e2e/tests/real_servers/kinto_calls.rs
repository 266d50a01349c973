// The Kinto sequence, included by `e2e/tests/kinto.rs` once per client (`api` is the client
// crate: generated from the server's own document, or with the overlay that `cargo xtask
// conform` wrote from a recording). It names no generated type: bodies are built from JSON
// into whatever type the operation takes, results are read as JSON.

use serde_json::json;

use crate::real_servers::{basic_auth, body, text, Run};

fn client(url: &str, authorization: Option<&str>, run: &Run) -> api::Client {
    let mut builder = api::Client::builder(url)
        .hook(codegen_runtime::Recorder::append_to_file(&run.recording).expect("the recording file opens"));
    if let Some(authorization) = authorization {
        builder = builder.default_header("Authorization", authorization);
    }
    builder.build().expect("a client for the Kinto server")
}

/// Every call of the sequence, in bucket `bucket`: as the administrator (`admin`, whose
/// account the harness made; only it may create buckets), and as `user`, an account made here.
pub async fn drive(run: &mut Run, url: &str, admin_password: &str, user: &str, bucket: &str) {
    let anonymous = client(url, None, run);
    let c = client(url, Some(&basic_auth("admin", admin_password)), run);
    let password = format!("{user}-password-not-logged");
    let as_user = client(url, Some(&basic_auth(user, &password)), run);

    // The server.
    run.call("server info (GET /v1/)", anonymous.server_info()).await;
    run.call("heartbeat", anonymous.heartbeat()).await;
    run.call("load-balancer heartbeat", anonymous.lbheartbeat()).await;

    // Accounts.
    let account = body(json!({"data": {"password": password}}));
    run.call("create an account", anonymous.update_account(user, &account)).await;
    run.call("read the account as its user", as_user.get_account(user)).await;
    run.call("list accounts as the administrator", c.get_accounts()).await;

    // A bucket and a collection.
    run.call("create a bucket", c.update_bucket(bucket, &body(json!({"data": {"title": "codegen e2e"}})))).await;
    run.call("read the bucket", c.get_bucket(bucket)).await;
    run.call("list buckets", c.get_buckets()).await;
    run.call("patch the bucket", c.patch_bucket(bucket, &body(json!({"data": {"title": "patched"}})))).await;
    run.call("create a collection", c.update_collection(bucket, "tasks", &body(json!({"data": {}})))).await;
    run.call("read the collection", c.get_collection(bucket, "tasks")).await;
    run.call("list collections", c.get_collections(bucket)).await;

    // Records, paged.
    let mut first = None;
    for (i, title) in ["buy milk", "write tests", "read the spec"].iter().enumerate() {
        let record = body(json!({"data": {"title": title, "rank": i}}));
        let created = run.call(&format!("create record {}", i + 1), c.create_record(bucket, "tasks", &record)).await;
        first = first.or(created);
    }
    let record_id = text(&first, "/data/id");
    run.call("list records, sorted, two per page", c.get_records(bucket, "tasks").sort(&["-rank".to_owned()]).limit(2))
        .await;
    let token = run
        .last_header("next-page")
        .and_then(|next| next.split("_token=").nth(1).map(|t| t.split('&').next().unwrap_or(t).to_owned()))
        .map(|t| percent_encoding::percent_decode_str(&t).decode_utf8_lossy().into_owned())
        .unwrap_or_default();
    run.call(
        "the next page of records (its _token)",
        c.get_records(bucket, "tasks").sort(&["-rank".to_owned()]).limit(2).token(&token),
    )
    .await;
    let record = run.call("read a record", c.get_record(bucket, "tasks", &record_id)).await;
    let timestamp = record.as_ref().and_then(|r| r.pointer("/data/last_modified")).map(|t| t.to_string());
    let current = format!("\"{}\"", timestamp.unwrap_or_default());
    run.call(
        "patch the record if unchanged (If-Match current)",
        c.patch_record(bucket, "tasks", &record_id, &body(json!({"data": {"done": true}}))).if_match(&current),
    )
    .await;
    run.fails(
        "patch the record with a stale If-Match",
        412,
        c.patch_record(bucket, "tasks", &record_id, &body(json!({"data": {"done": false}}))).if_match(&current),
    )
    .await;
    let replacement = body(json!({"data": {"title": "buy oat milk"}}));
    run.call("replace the record", c.update_record(bucket, "tasks", &record_id, &replacement)).await;
    run.call("delete the record", c.delete_record(bucket, "tasks", &record_id)).await;
    run.fails("read the deleted record", 404, c.get_record(bucket, "tasks", &record_id)).await;

    // Groups and permissions.
    let group = body(json!({"data": {"members": [format!("account:{user}")]}}));
    run.call("create a group", c.update_group(bucket, "editors", &group)).await;
    run.call("read the group", c.get_group(bucket, "editors")).await;
    run.call("list groups", c.get_groups(bucket)).await;
    run.call("delete the group", c.delete_group(bucket, "editors")).await;
    run.call("list the administrator's permissions", c.get_permissionss()).await;
    run.fails("read the bucket as a user without permission", 403, as_user.get_bucket(bucket)).await;

    // A batch.
    let batch = body(json!({
        "defaults": {"method": "POST", "path": format!("/buckets/{bucket}/collections/tasks/records")},
        "requests": [
            {"path": format!("/buckets/{bucket}/collections/tasks/records"), "body": {"data": {"title": "batched 1"}}},
            {"path": format!("/buckets/{bucket}/collections/tasks/records"), "body": {"data": {"title": "batched 2"}}},
        ],
    }));
    run.call("create two records in a batch", c.batch(&batch)).await;

    // Errors.
    run.fails("create a bucket without credentials", 401, anonymous.update_bucket("nobody", &body(json!({})))).await;
    run.fails(
        "create a record with an invalid id",
        400,
        c.create_record(bucket, "tasks", &body(json!({"data": {"id": "not a valid id!"}}))),
    )
    .await;
    run.call("delete the collection", c.delete_collection(bucket, "tasks")).await;
    run.call("delete the bucket", c.delete_bucket(bucket)).await;
    run.fails("read the deleted bucket", 403, c.get_bucket(bucket)).await;
}
