// The Jupyter Server sequence, included by `e2e/tests/jupyter_server.rs` once per client (`api`
// is the client crate: generated from the server's own document, or with the overlay that
// `cargo xtask conform` wrote from a recording). It names no generated type: bodies are built
// from JSON into whatever type the operation takes, results are read as JSON.

use serde_json::json;

use crate::real_servers::{body, text, Run};

fn client(url: &str, token: &str, run: &Run) -> api::Client {
    api::Client::builder(url)
        .default_header("Authorization", format!("token {token}"))
        .hook(codegen_runtime::Recorder::append_to_file(&run.recording).expect("the recording file opens"))
        .build()
        .expect("a client for the Jupyter server")
}

/// Every call of the sequence, in `dir` (a folder of the server's root, fresh for this run).
pub async fn drive(run: &mut Run, url: &str, token: &str, dir: &str) {
    let c = client(url, token, run);
    let file = format!("{dir}/notes.txt");
    let renamed = format!("{dir}/renamed.txt");

    // The server.
    run.call("server version (GET /api/)", c.get_api()).await;
    run.call("server status", c.get_api_status()).await;
    run.call("who am I", c.get_api_me()).await;
    run.call("the API document", c.get_api_spec_yaml()).await;
    run.call("kernel specs", c.get_api_kernelspecs()).await;

    // Contents.
    let folder = body(json!({"type": "directory"}));
    run.call("create a folder", c.put_api_contents_path(dir, Some(&folder))).await;
    let put = body(json!({"type": "file", "format": "text", "content": "hello, jupyter\n"}));
    run.call("save a text file", c.put_api_contents_path(&file, Some(&put))).await;
    run.call("read the text file", c.get_api_contents_path(&file)).await;
    run.call("read the text file's model without content", c.get_api_contents_path(&file).content(0)).await;
    run.call("list the folder", c.get_api_contents_path(dir)).await;
    let notebook = run
        .call("create an untitled notebook", c.post_api_contents_path(dir, Some(&body(json!({"type": "notebook"})))))
        .await;
    let notebook_path = text(&notebook, "/path");
    run.call("read the notebook", c.get_api_contents_path(&notebook_path)).await;
    run.call("create an untitled folder", c.post_api_contents_path(dir, Some(&body(json!({"type": "directory"})))))
        .await;
    run.call("copy the text file", c.post_api_contents_path(dir, Some(&body(json!({"copy_from": file}))))).await;
    run.call("rename the text file", c.patch_api_contents_path(&file, &body(json!({"path": renamed})))).await;
    let checkpoint = run.call("create a checkpoint", c.post_api_contents_path_checkpoints(&renamed)).await;
    let checkpoint_id = text(&checkpoint, "/id");
    run.call("list checkpoints", c.get_api_contents_path_checkpoints(&renamed)).await;
    run.call("restore the checkpoint", c.post_api_contents_path_checkpoints_checkpoint_id(&renamed, &checkpoint_id))
        .await;
    run.call("delete the checkpoint", c.delete_api_contents_path_checkpoints_checkpoint_id(&renamed, &checkpoint_id))
        .await;
    run.call("delete the renamed file", c.delete_api_contents_path(&renamed)).await;
    run.fails("read a file that does not exist", 404, c.get_api_contents_path(&file)).await;
    let bad = body(json!({"type": "file", "format": "base64", "content": "not base64!"}));
    run.fails(
        "save a file whose base64 content does not decode",
        400,
        c.put_api_contents_path(&format!("{dir}/bad.bin"), Some(&bad)),
    )
    .await;

    // Kernels and sessions.
    let kernel = run.call("start a kernel", c.post_api_kernels(Some(&body(json!({"name": "python3"}))))).await;
    let kernel_id = text(&kernel, "/id");
    run.call("list kernels", c.get_api_kernels()).await;
    run.call("get the kernel", c.get_api_kernels_kernel_id(&kernel_id)).await;
    run.call("interrupt the kernel", c.post_api_kernels_kernel_id_interrupt(&kernel_id)).await;
    run.call("restart the kernel", c.post_api_kernels_kernel_id_restart(&kernel_id)).await;
    let second =
        run.call("start a kernel for a session", c.post_api_kernels(Some(&body(json!({"name": "python3"}))))).await;
    let session_kernel = text(&second, "/id");
    let session = body(json!({
        "path": format!("{dir}/session.ipynb"),
        "name": "session.ipynb",
        "type": "notebook",
        "kernel": {"id": session_kernel, "name": "python3"},
    }));
    let session = run.call("create a session on the second kernel", c.post_api_sessions(Some(&session))).await;
    let session_id = text(&session, "/id");
    run.call("list sessions", c.get_api_sessions()).await;
    run.call("get the session", c.get_api_sessions_session(&session_id)).await;
    let patch = body(json!({"id": session_id, "path": format!("{dir}/moved.ipynb")}));
    run.call("move the session", c.patch_api_sessions_session(&session_id, &patch)).await;
    run.call("delete the session (which shuts its kernel down)", c.delete_api_sessions_session(&session_id)).await;
    run.call("shut the kernel down", c.delete_api_kernels_kernel_id(&kernel_id)).await;
    run.fails("get a kernel that does not exist", 404, c.get_api_kernels_kernel_id(&kernel_id)).await;

    // Terminals.
    let terminal = run.call("open a terminal", c.post_api_terminals()).await;
    let terminal_name = text(&terminal, "/name");
    run.call("list terminals", c.get_api_terminals()).await;
    run.call("get the terminal", c.get_api_terminals_terminal_id(&terminal_name)).await;
    run.call("close the terminal", c.delete_api_terminals_terminal_id(&terminal_name)).await;

    // Configuration.
    let config = body(json!({"codegen_e2e": {"run": run.name}}));
    run.call("update a config section", c.patch_api_config_section_name("notebook", Some(&config))).await;
    run.call("read the config section", c.get_api_config_section_name("notebook")).await;

    // Credentials.
    let stranger = api::Client::builder(url)
        .hook(codegen_runtime::Recorder::append_to_file(&run.recording).expect("the recording file opens"))
        .build()
        .expect("a client");
    run.fails("list kernels without a token", 403, stranger.get_api_kernels()).await;
    let wrong = client(url, "not-the-token", run);
    run.fails("list kernels with a wrong token", 403, wrong.get_api_kernels()).await;
}
