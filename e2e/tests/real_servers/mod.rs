//! Driving a generated client through a real server: each call is a step whose outcome is
//! recorded (OK, or the error with its field path), none is skipped because an earlier one
//! failed, and the report names the exchanges of the recording each step produced.
//!
//! What a step returns is read from the recording (the last exchange's body, parsed as JSON),
//! not from the client's types, so one sequence drives clients whose types differ.
//!
//! `cargo xtask test` starts the servers, passes their URLs in the environment, and afterwards
//! runs `conform` over the recordings: every step that failed against the server's own
//! document must be explained by a mismatch conformance found in one of its exchanges.

#![allow(dead_code)] // each test binary uses its own part

use std::fmt::{Debug, Display};
use std::future::Future;
use std::path::PathBuf;

use codegen_runtime::Error;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// The variable `cargo xtask test` sets, or a clear failure naming it.
pub fn required_env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| {
        panic!("set {name} (`cargo xtask test` starts the real servers and sets it; see e2e/tests/real_servers/mod.rs)")
    })
}

/// Where reports and recordings go: `REAL_SERVER_REPORT_DIR`, or `target/real-servers`.
pub fn report_dir() -> PathBuf {
    let dir = std::env::var_os("REAL_SERVER_REPORT_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../target/real-servers")));
    std::fs::create_dir_all(&dir).expect("creating the real-server report directory");
    dir
}

/// A request body from JSON: the type is the one the operation takes.
pub fn body<T: DeserializeOwned>(json: Value) -> T {
    serde_json::from_value(json).expect("a request body the client's type accepts")
}

/// What a step expects of the server.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Expect {
    /// A success whose body decodes.
    Success,
    /// An error response with this status, whose body (if documented) decodes.
    Status(u16),
}

/// One call: its label, operation, outcome and the exchanges it produced
/// (`from..to`, 0-based lines of the recording).
#[derive(Debug, Serialize)]
pub struct Step {
    pub label: String,
    pub expected: String,
    pub ok: bool,
    pub outcome: String,
    pub exchanges: [usize; 2],
}

/// The steps of one run against one server with one client.
pub struct Run {
    pub name: String,
    pub recording: PathBuf,
    pub steps: Vec<Step>,
}

impl Run {
    /// A run whose client records its exchanges into `<report dir>/<name>.jsonl`.
    pub fn new(name: &str) -> Self {
        let recording = report_dir().join(format!("{name}.jsonl"));
        let _ = std::fs::remove_file(&recording);
        Run { name: name.to_owned(), recording, steps: Vec::new() }
    }

    fn exchanges_so_far(&self) -> usize {
        std::fs::read_to_string(&self.recording).map_or(0, |text| text.lines().count())
    }

    /// The last exchange recorded, as JSON (`docs/traffic.md`).
    fn last_exchange(&self) -> Option<Value> {
        let text = std::fs::read_to_string(&self.recording).ok()?;
        serde_json::from_str(text.lines().last()?).ok()
    }

    /// A response header of the last exchange.
    pub fn last_header(&self, name: &str) -> Option<String> {
        let exchange = self.last_exchange()?;
        let headers = exchange.pointer("/response/headers")?.as_array()?;
        headers.iter().find_map(|pair| {
            let pair = pair.as_array()?;
            (pair.first()?.as_str()? == name).then(|| pair.get(1)?.as_str().map(str::to_owned))?
        })
    }

    /// Runs a call expected to succeed; the response body as JSON (from the recording).
    pub async fn call<T, E, F>(&mut self, label: &str, call: F) -> Option<Value>
    where
        E: Debug,
        Error<E>: Display,
        F: Future<Output = Result<T, Error<E>>>,
    {
        self.expect(label, Expect::Success, call).await
    }

    /// Runs a call expected to fail with `status`.
    pub async fn fails<T, E, F>(&mut self, label: &str, status: u16, call: F)
    where
        E: Debug,
        Error<E>: Display,
        F: Future<Output = Result<T, Error<E>>>,
    {
        self.expect(label, Expect::Status(status), call).await;
    }

    /// Runs `call` and records whether the server's answer met `expect`.
    pub async fn expect<T, E, F>(&mut self, label: &str, expect: Expect, call: F) -> Option<Value>
    where
        E: Debug,
        Error<E>: Display,
        F: Future<Output = Result<T, Error<E>>>,
    {
        let from = self.exchanges_so_far();
        let result = call.await;
        let to = self.exchanges_so_far();
        let (ok, outcome) = judge(expect, result);
        // What the server answered, whether or not the client could decode it: later steps
        // use ids from it, so one decode failure does not fail the steps after it.
        let value = if to > from {
            let exchange = self.last_exchange();
            let body = exchange.as_ref().and_then(|e| e.pointer("/response/body")).and_then(Value::as_str);
            body.and_then(|b| serde_json::from_str(b).ok())
        } else {
            None
        };
        self.steps.push(Step {
            label: label.to_owned(),
            expected: match expect {
                Expect::Success => "success".to_owned(),
                Expect::Status(status) => format!("status {status}"),
            },
            ok,
            outcome,
            exchanges: [from, to],
        });
        value
    }

    /// Writes `<name>.txt` (the per-call report) and `<name>.json` (the steps), prints the
    /// report, and returns how many steps failed.
    pub fn finish(&self) -> usize {
        let failed = self.steps.iter().filter(|s| !s.ok).count();
        let mut text = format!("{}: {} calls\n", self.name, self.steps.len());
        for (i, step) in self.steps.iter().enumerate() {
            let verdict = if step.ok { "OK  " } else { "FAIL" };
            text.push_str(&format!("  {:>2} {verdict} {}: {}\n", i + 1, step.label, step.outcome));
        }
        text.push_str(&format!("{}: {} passed, {} failed\n", self.name, self.steps.len() - failed, failed));
        print!("{text}");
        let dir = report_dir();
        std::fs::write(dir.join(format!("{}.txt", self.name)), &text).expect("writing the report");
        let json = serde_json::to_string_pretty(&self.steps).expect("steps serialize");
        std::fs::write(dir.join(format!("{}.steps.json", self.name)), json).expect("writing the steps");
        failed
    }
}

fn judge<T, E: Debug>(expect: Expect, result: Result<T, Error<E>>) -> (bool, String)
where
    Error<E>: Display,
{
    match (expect, result) {
        (Expect::Success, Ok(_)) => (true, "OK".to_owned()),
        (Expect::Status(status), Ok(_)) => (false, format!("expected status {status}, got a success")),
        (Expect::Status(status), Err(Error::Status(e))) if e.status.as_u16() == status => match &e.decode_failure {
            None => (true, format!("HTTP {status} as expected")),
            Some(failure) => (
                false,
                format!(
                    "HTTP {status} as expected, but its body does not match the documented error schema at `{}`: {}",
                    failure.path, failure.message
                ),
            ),
        },
        (_, Err(err)) => (false, one_line(&err.to_string())),
    }
}

fn one_line(text: &str) -> String {
    let text = text.replace('\n', " ");
    if text.chars().count() > 300 {
        format!("{}…", text.chars().take(300).collect::<String>())
    } else {
        text
    }
}

/// A string field of a JSON value (an id to use in later calls).
pub fn text(value: &Option<Value>, pointer: &str) -> String {
    value.as_ref().and_then(|v| v.pointer(pointer)).and_then(Value::as_str).unwrap_or_default().to_owned()
}

/// `Basic …` credentials for an `Authorization` header (RFC 7617).
pub fn basic_auth(user: &str, password: &str) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let bytes = format!("{user}:{password}").into_bytes();
    let mut out = String::from("Basic ");
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[test]
fn basic_auth_encodes_as_rfc_7617_says() {
    assert_eq!(basic_auth("Aladdin", "open sesame"), "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
    assert_eq!(basic_auth("a", "b"), "Basic YTpi");
}
