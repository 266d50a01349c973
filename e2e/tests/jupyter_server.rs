//! The generated Jupyter Server clients against a real Jupyter Server (2.21, with ipykernel)
//! on loopback, started by `cargo xtask test` (`JUPYTER_URL`, `JUPYTER_TOKEN`).
//!
//! `unchanged`: the client generated from the server's own document (`e2e/specs/jupyter.yaml`,
//! the file shipped in the wheel and served at `/api/spec.yaml`). Its failures are reported,
//! not asserted here: `cargo xtask test` checks that conformance explains each one.
//!
//! `conformed`: the client generated with the overlay `cargo xtask conform --write-overlay`
//! wrote from the unchanged client's recording (`e2e/specs/jupyter-conformed.overlay.yaml`): every
//! call passes.

mod real_servers;

mod unchanged {
    use jupyter_client as api;
    include!("real_servers/jupyter_calls.rs");
}

mod conformed {
    use jupyter_conformed_client as api;
    include!("real_servers/jupyter_calls.rs");
}

use real_servers::{required_env, Run};

/// One after the other: the server's state (its folders, kernels) is the same for both runs.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn both_clients_against_the_server() {
    let url = required_env("JUPYTER_URL");
    let token = required_env("JUPYTER_TOKEN");
    let mut run = Run::new("jupyter-unchanged");
    unchanged::drive(&mut run, &url, &token, "unchanged").await;
    run.finish();
    assert!(run.steps.len() >= 25, "a realistic sequence has at least 25 calls");

    let mut run = Run::new("jupyter-conformed");
    conformed::drive(&mut run, &url, &token, "conformed").await;
    let failed = run.finish();
    assert!(run.steps.len() >= 25, "a realistic sequence has at least 25 calls");
    assert_eq!(failed, 0, "with the overlay conformance wrote, every call passes");
}
