//! The generated Kinto clients against a real Kinto server (26.5, memory backend) on loopback,
//! started by `cargo xtask test` (`KINTO_URL`, and `KINTO_ADMIN_PASSWORD` of the account `admin`
//! it made).
//!
//! `unchanged`: the client generated from the server's own document (`e2e/specs/kinto.json`,
//! served at `/v1/__api__`). Its failures are reported, not asserted here: `cargo xtask test`
//! checks that conformance explains each one.
//!
//! `conformed`: the client generated with the overlay `cargo xtask conform --write-overlay`
//! wrote from the unchanged client's recording (`e2e/specs/kinto-conformed.overlay.yaml`):
//! every call passes.

mod real_servers;

mod unchanged {
    use kinto_client as api;
    include!("real_servers/kinto_calls.rs");
}

mod conformed {
    use kinto_conformed_client as api;
    include!("real_servers/kinto_calls.rs");
}

use real_servers::{required_env, Run};

/// One after the other: what one run lists (buckets, permissions) does not depend on how far
/// the other has got.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn both_clients_against_the_server() {
    let url = required_env("KINTO_URL");
    let admin_password = required_env("KINTO_ADMIN_PASSWORD");
    let mut run = Run::new("kinto-unchanged");
    unchanged::drive(&mut run, &url, &admin_password, "unchanged-user", "unchanged").await;
    run.finish();
    assert!(run.steps.len() >= 25, "a realistic sequence has at least 25 calls");

    let mut run = Run::new("kinto-conformed");
    conformed::drive(&mut run, &url, &admin_password, "conformed-user", "conformed").await;
    let failed = run.finish();
    assert!(run.steps.len() >= 25, "a realistic sequence has at least 25 calls");
    assert_eq!(failed, 0, "with the overlay conformance wrote, every call passes");
}
