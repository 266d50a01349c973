//! The test kit of generated crates (feature `mock`): an in-process loopback server that knows
//! the API's operations, answers what a test expects, checks every request against the spec and
//! verifies the expectations when it is dropped.
//!
//! A generated crate adds a thin typed layer (`beam_client::mock::Server`): a static
//! [`OperationSpec`] per operation, a [`MockOperation`] impl on each marker type of `ops` (its
//! success type and its spec), and `client()`, the crate's client pointed at the server. All the
//! behaviour is here, compiled once; what is generic over an operation is the builder's
//! one-line methods.
//!
//! The HTTP server underneath is [`wiremock`]'s: one catch-all mock whose responder consults
//! the expectations, so they can be set without `.await` and matched by operation.

use std::fmt::{self, Display, Write as _};
use std::marker::PhantomData;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use wiremock::{Mock, MockServer as Wiremock, Request, Respond, ResponseTemplate};

use crate::auth::Secret;
use crate::client::{ClientBuilder, ClientCore};
use crate::decode::DecodeFailure;
use crate::retry::RetryPolicy;

/// The credential [`MockServer::client_core`] sets for every security scheme.
pub const MOCK_CREDENTIAL: &str = "mock-credential";

/// The status of a diagnostic answer: a request no expectation matches, or one the spec does not
/// allow. The test fails when the server is dropped.
pub const DIAGNOSTIC_STATUS: u16 = 500;

/// What the spec says about one operation, as the mock server checks and answers it.
#[derive(Debug)]
pub struct OperationSpec {
    /// The marker type's name (`GetDevice`): how the kit names the operation.
    pub name: &'static str,
    /// The operation id.
    pub id: &'static str,
    /// The HTTP method, upper case.
    pub method: &'static str,
    /// The path template (`/devices/{id}/`).
    pub path: &'static str,
    /// The query parameters the request may carry: wire name and whether it must.
    pub query: &'static [(&'static str, bool)],
    /// The request body, when the operation takes one.
    pub body: Option<BodySpec>,
    /// The success status.
    pub status: u16,
    /// The success body's encoding.
    pub response: ResponseKind,
    /// The success body's media type (`application/json`).
    pub media_type: &'static str,
    /// The documented example of the success body (JSON text).
    pub example: Option<&'static str>,
}

/// An operation's request body.
#[derive(Debug)]
pub struct BodySpec {
    /// Must be sent.
    pub required: bool,
    /// The media type (`application/json`).
    pub media_type: &'static str,
    /// Decodes a JSON body into the operation's body type (`None`: not JSON, not checked).
    pub check: Option<BodyCheck>,
    /// The body type's name, for messages.
    pub type_name: &'static str,
}

/// Decodes a request body into the operation's body type ([`check_json`]).
pub type BodyCheck = fn(&[u8]) -> Result<(), DecodeFailure>;

/// How an operation's success body is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResponseKind {
    /// No body.
    Empty,
    /// JSON.
    Json,
    /// Text: the value given is a string.
    Text,
    /// Bytes: the value given is a `Vec<u8>`.
    Bytes,
}

/// Decodes `body` into `T`: the check of a JSON request body ([`BodySpec::check`]).
pub fn check_json<T: DeserializeOwned>(body: &[u8]) -> Result<(), DecodeFailure> {
    crate::decode::decode_json::<T>(0, body).map(|_: T| ())
}

/// An operation the mock server knows: implemented by a generated crate on its `ops` markers.
pub trait MockOperation {
    /// The success body (`()` without one): what [`Expectation::returns`] takes.
    type Ok;
    /// What the spec says about the operation.
    const SPEC: &'static OperationSpec;
}

/// Why a mock server's test failed: requests it could not answer as expected, and expectations
/// not met.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the mock server of the test found {} problem(s):\n{}", .problems.len(), .problems.iter().map(|p| format!("  - {p}")).collect::<Vec<_>>().join("\n"))]
pub struct MockError {
    /// One sentence per problem: an unexpected or non-conforming request, an expectation
    /// called too often or too rarely.
    pub problems: Vec<String>,
}

/// How many calls an expectation wants.
#[derive(Debug, Clone, Copy)]
enum Times {
    AtLeastOnce,
    Exactly(usize),
    Any,
}

/// What an expectation answers.
#[derive(Debug, Clone)]
enum Reply {
    /// The documented example (or no body, for an operation without one).
    Example,
    /// This status and JSON value.
    Value(u16, Value),
    /// This status and no body.
    Empty(u16),
}

#[derive(Debug)]
struct Expect {
    spec: &'static OperationSpec,
    name: Option<String>,
    /// Path parameters by position (`None`: any value).
    path: Vec<Option<String>>,
    next_path: usize,
    query: Vec<(String, String)>,
    headers: Vec<(String, String)>,
    times: Times,
    reply: Reply,
    calls: usize,
}

impl Expect {
    fn label(&self) -> String {
        if let Some(name) = &self.name {
            return name.clone();
        }
        let mut out = self.spec.name.to_owned();
        let names = template_params(self.spec.path);
        for (i, value) in self.path.iter().enumerate() {
            if let Some(value) = value {
                let name = names.get(i).copied().unwrap_or("?");
                let _ = write!(out, " {name}={value}");
            }
        }
        for (name, value) in &self.query {
            let _ = write!(out, " {name}={value}");
        }
        out
    }

    fn exhausted(&self) -> bool {
        matches!(self.times, Times::Exactly(n) if self.calls >= n)
    }

    fn matches(&self, params: &[String], query: &[(String, String)]) -> bool {
        let path_ok = self.path.iter().enumerate().all(|(i, want)| match want {
            Some(want) => params.get(i) == Some(want),
            None => true,
        });
        path_ok && self.query.iter().all(|pair| query.contains(pair))
    }

    fn unmet(&self) -> Option<String> {
        let wanted = match self.times {
            Times::AtLeastOnce if self.calls == 0 => "at least 1 call".to_owned(),
            Times::Exactly(n) if self.calls != n => format!("exactly {n} call(s)"),
            _ => return None,
        };
        Some(format!("expectation `{}` wanted {wanted}, got {}", self.label(), self.calls))
    }
}

#[derive(Debug, Default)]
struct State {
    expectations: Vec<Expect>,
    problems: Vec<String>,
}

type Shared = Arc<Mutex<State>>;

fn lock(state: &Shared) -> MutexGuard<'_, State> {
    // A panic in a test while the lock is held leaves the state as it was: still readable.
    state.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The loopback server of a generated crate's `mock::Server`: the operations of the API, the
/// expectations of the test.
///
/// Dropping it verifies: an unexpected or non-conforming request, or an expectation called a
/// number of times it did not want, panics (unless the thread is already panicking); use
/// [`MockServer::verify`] to get the problems as a [`MockError`] instead.
pub struct MockServer {
    server: Wiremock,
    operations: &'static [&'static OperationSpec],
    state: Shared,
    verified: bool,
}

impl fmt::Debug for MockServer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MockServer").field("uri", &self.server.uri()).finish_non_exhaustive()
    }
}

impl MockServer {
    /// Starts a server on loopback that knows `operations`.
    pub async fn start(operations: &'static [&'static OperationSpec]) -> Self {
        let server = Wiremock::start().await;
        let state = Shared::default();
        Mock::given(wiremock::matchers::any())
            .respond_with(Responder { operations, state: state.clone() })
            .named("codegen-runtime mock kit")
            .mount(&server)
            .await;
        MockServer { server, operations, state, verified: false }
    }

    /// The server's base URL (`http://127.0.0.1:PORT`).
    pub fn uri(&self) -> String {
        self.server.uri()
    }

    /// A client core pointed at the server: no retries, and [`MOCK_CREDENTIAL`] for each of
    /// `schemes` (a session's login still replaces the ones it provides).
    pub fn client_core(&self, user_agent: &str, schemes: &[&'static str]) -> ClientCore {
        let mut builder = ClientBuilder::new(self.uri(), user_agent).retry(RetryPolicy::none());
        for scheme in schemes {
            builder = builder.credential(scheme, Secret::from(MOCK_CREDENTIAL));
        }
        builder.build().expect("the mock server's URL is a valid base URL")
    }

    /// Expects a call of the operation `O`: answered with its documented example until the
    /// returned builder says otherwise, wanted at least once unless it says how often.
    ///
    /// # Panics
    ///
    /// When `O` is not an operation of this server's API.
    pub fn expect<O: MockOperation>(&self) -> Expectation<'_, O> {
        let index = self.expect_spec(O::SPEC);
        Expectation { server: self, index, operation: PhantomData }
    }

    fn expect_spec(&self, spec: &'static OperationSpec) -> usize {
        assert!(
            self.operations.iter().any(|op| std::ptr::eq(*op, spec)),
            "{} is not an operation of this mock server's API",
            spec.name
        );
        let mut state = lock(&self.state);
        state.expectations.push(Expect {
            spec,
            name: None,
            path: Vec::new(),
            next_path: 0,
            query: Vec::new(),
            headers: Vec::new(),
            times: Times::AtLeastOnce,
            reply: Reply::Example,
            calls: 0,
        });
        state.expectations.len() - 1
    }

    fn update(&self, index: usize, change: impl FnOnce(&mut Expect)) {
        let mut state = lock(&self.state);
        change(&mut state.expectations[index]);
    }

    /// The problems so far: requests answered with a diagnostic, expectations not met.
    pub fn problems(&self) -> Vec<String> {
        let state = lock(&self.state);
        let mut problems = state.problems.clone();
        problems.extend(state.expectations.iter().filter_map(Expect::unmet));
        problems
    }

    /// Verifies the expectations and the requests, and stops the server without panicking.
    ///
    /// # Errors
    ///
    /// [`MockError`] listing every problem.
    pub fn verify(mut self) -> Result<(), MockError> {
        self.verified = true;
        let problems = self.problems();
        if problems.is_empty() {
            Ok(())
        } else {
            Err(MockError { problems })
        }
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        if self.verified || std::thread::panicking() {
            return;
        }
        let problems = self.problems();
        if !problems.is_empty() {
            panic!("{}", MockError { problems });
        }
    }
}

/// One expectation of a [`MockServer`], typed by its operation: what the request must carry,
/// how often it may come, what it is answered. It is set as soon as `expect` returns: the
/// builder only refines it, so it needs no final call.
pub struct Expectation<'a, O> {
    server: &'a MockServer,
    index: usize,
    operation: PhantomData<fn() -> O>,
}

impl<O> fmt::Debug for Expectation<'_, O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Expectation").field("index", &self.index).finish_non_exhaustive()
    }
}

impl<O: MockOperation> Expectation<'_, O> {
    /// The next path parameter (in the template's order) must be `value`.
    pub fn path(self, value: impl Display) -> Self {
        let value = value.to_string();
        self.server.update(self.index, |e| {
            let at = e.next_path;
            e.next_path += 1;
            set_path(e, at, value);
        });
        self
    }

    /// The path parameter `name` (as the template names it) must be `value`.
    ///
    /// # Panics
    ///
    /// When the operation's path has no such parameter.
    pub fn path_param(self, name: &str, value: impl Display) -> Self {
        let at = template_params(O::SPEC.path).iter().position(|p| *p == name);
        let at = at.unwrap_or_else(|| panic!("{} has no path parameter `{name}` ({})", O::SPEC.name, O::SPEC.path));
        let value = value.to_string();
        self.server.update(self.index, |e| set_path(e, at, value));
        self
    }

    /// The query must carry `name=value` (decoded; other pairs may come too).
    pub fn query(self, name: &str, value: impl Display) -> Self {
        let pair = (name.to_owned(), value.to_string());
        self.server.update(self.index, |e| e.query.push(pair));
        self
    }

    /// Exactly `n` calls (`0`: none may come).
    pub fn times(self, n: usize) -> Self {
        self.server.update(self.index, |e| e.times = Times::Exactly(n));
        self
    }

    /// Any number of calls, none included.
    pub fn any_times(self) -> Self {
        self.server.update(self.index, |e| e.times = Times::Any);
        self
    }

    /// The name the expectation has in failures (by default the operation and what it matches:
    /// `GetDevice id=beam1`).
    pub fn named(self, name: impl Into<String>) -> Self {
        let name = name.into();
        self.server.update(self.index, |e| e.name = Some(name));
        self
    }

    /// Answers with the success status and `body` (the operation's success type).
    pub fn returns(self, body: &O::Ok) -> Self
    where
        O::Ok: Serialize,
    {
        let reply = match O::SPEC.response {
            ResponseKind::Empty => Reply::Empty(O::SPEC.status),
            _ => Reply::Value(O::SPEC.status, to_value(O::SPEC, body)),
        };
        self.server.update(self.index, |e| e.reply = reply);
        self
    }

    /// Answers with `status` and `body` as JSON (an error body of the spec's, or any other).
    pub fn returns_status(self, status: u16, body: &impl Serialize) -> Self {
        let reply = Reply::Value(status, to_value(O::SPEC, body));
        self.server.update(self.index, |e| e.reply = reply);
        self
    }

    /// Answers with `status` and no body (`204`, a `404` without one).
    pub fn returns_empty(self, status: u16) -> Self {
        self.server.update(self.index, |e| e.reply = Reply::Empty(status));
        self
    }

    /// Answers with the success status and the spec's documented example (the default).
    ///
    /// # Panics
    ///
    /// When the operation has a success body but the spec documents no example of it.
    pub fn returns_example(self) -> Self {
        let spec = O::SPEC;
        assert!(
            spec.example.is_some() || spec.response == ResponseKind::Empty,
            "{} ({} {}) documents no example of its success body: give one with `.returns(&body)`",
            spec.name,
            spec.method,
            spec.path
        );
        self.server.update(self.index, |e| e.reply = Reply::Example);
        self
    }

    /// Adds a header to the answer (`Location` of a created resource, `Link`, …).
    pub fn response_header(self, name: &str, value: impl Display) -> Self {
        let header = (name.to_owned(), value.to_string());
        self.server.update(self.index, |e| e.headers.push(header));
        self
    }
}

fn set_path(e: &mut Expect, at: usize, value: String) {
    if e.path.len() <= at {
        e.path.resize(at + 1, None);
    }
    e.path[at] = Some(value);
}

fn to_value(spec: &OperationSpec, body: &impl Serialize) -> Value {
    serde_json::to_value(body).unwrap_or_else(|e| panic!("{}: the body does not encode as JSON: {e}", spec.name))
}

/// The names of a path template's parameters, in order.
fn template_params(template: &str) -> Vec<&str> {
    template.split('{').skip(1).filter_map(|part| part.split_once('}').map(|(name, _)| name)).collect()
}

/// The decoded values of `template`'s parameters in `path`, when the path is one of the
/// template's. A parameter is at least one character and never holds a `/`.
fn match_template(template: &str, path: &str) -> Option<Vec<String>> {
    let (literal, rest) = template.split_once('{').unwrap_or((template, ""));
    let path = path.strip_prefix(literal)?;
    if rest.is_empty() {
        return path.is_empty().then(Vec::new);
    }
    let (_, after) = rest.split_once('}')?;
    let next_literal = after.split('{').next().unwrap_or_default();
    // The value runs to where the next literal starts (within the segment); the last one to
    // the end of the segment.
    let segment_end = path.find('/').unwrap_or(path.len());
    let candidates: Vec<usize> = if next_literal.is_empty() {
        vec![segment_end]
    } else {
        path.match_indices(next_literal).map(|(i, _)| i).filter(|&i| i <= segment_end).collect()
    };
    for end in candidates {
        if end == 0 {
            continue;
        }
        if let Some(mut tail) = match_template(after, &path[end..]) {
            let value = percent_encoding::percent_decode_str(&path[..end]).decode_utf8_lossy().into_owned();
            tail.insert(0, value);
            return Some(tail);
        }
    }
    None
}

/// How specific a template is: its literal characters (`/users/me` wins over `/users/{id}`).
fn literal_len(template: &str) -> usize {
    template.split('{').map(|part| part.split_once('}').map_or(part, |(_, lit)| lit).len()).sum()
}

struct Responder {
    operations: &'static [&'static OperationSpec],
    state: Shared,
}

impl Respond for Responder {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let method = request.method.as_str();
        let path = request.url.path();
        let query: Vec<(String, String)> =
            request.url.query_pairs().map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
        let mut state = lock(&self.state);
        let found = self
            .operations
            .iter()
            .filter(|op| op.method == method)
            .filter_map(|op| match_template(op.path, path).map(|params| (*op, params)))
            .max_by_key(|(op, _)| literal_len(op.path));
        let Some((spec, params)) = found else {
            let problem =
                format!("unexpected request {method} {path}: no operation of the API has this method and path");
            return diagnostic(&mut state, problem);
        };
        let wrong = check_request(spec, request, &query);
        if !wrong.is_empty() {
            let problem =
                format!("request {method} {path} ({}) does not conform to the spec: {}", spec.name, wrong.join("; "));
            return diagnostic(&mut state, problem);
        }
        let candidates: Vec<usize> = state
            .expectations
            .iter()
            .enumerate()
            .filter(|(_, e)| std::ptr::eq(e.spec, spec) && e.matches(&params, &query))
            .map(|(i, _)| i)
            .collect();
        // The first that wants more calls; else the last, whose count then says it got too many.
        let chosen =
            candidates.iter().copied().find(|&i| !state.expectations[i].exhausted()).or(candidates.last().copied());
        let Some(index) = chosen else {
            let problem = format!("unexpected request {method} {}: no expectation matches it", shown(request, spec));
            return diagnostic(&mut state, problem);
        };
        let expectation = &mut state.expectations[index];
        expectation.calls += 1;
        let (reply, headers) = (expectation.reply.clone(), expectation.headers.clone());
        let template = match answer(spec, &reply) {
            Ok(template) => template,
            Err(problem) => return diagnostic(&mut state, problem),
        };
        headers.iter().fold(template, |t, (name, value)| t.insert_header(name.as_str(), value.as_str()))
    }
}

/// The request as failures show it: operation, path and query.
fn shown(request: &Request, spec: &OperationSpec) -> String {
    match request.url.query() {
        Some(q) => format!("{}?{q} ({})", request.url.path(), spec.name),
        None => format!("{} ({})", request.url.path(), spec.name),
    }
}

/// What the spec does not allow in `request`.
fn check_request(spec: &OperationSpec, request: &Request, query: &[(String, String)]) -> Vec<String> {
    let mut wrong = Vec::new();
    for (name, _) in query {
        if !spec.query.iter().any(|(known, _)| known == name || name.starts_with(&format!("{known}["))) {
            wrong.push(format!("query parameter `{name}` is not in the spec"));
        }
    }
    for (name, required) in spec.query {
        if *required && !query.iter().any(|(k, _)| k == name || k.starts_with(&format!("{name}["))) {
            wrong.push(format!("required query parameter `{name}` is missing"));
        }
    }
    match &spec.body {
        Some(body) if request.body.is_empty() && body.required => {
            wrong.push(format!("the required body ({}, {}) is missing", body.type_name, body.media_type));
        }
        Some(_) if request.body.is_empty() => {}
        // Another media type of the operation's (a form beside JSON) is not decoded as JSON.
        Some(BodySpec { check: Some(check), type_name, .. }) if is_json(request) => {
            if let Err(failure) = check(&request.body) {
                wrong.push(format!(
                    "the body is not a {type_name} (at `{}`: {}): {}",
                    failure.path,
                    failure.message,
                    String::from_utf8_lossy(&request.body)
                ));
            }
        }
        Some(_) => {}
        None if !request.body.is_empty() => wrong.push("the operation takes no body, one was sent".to_owned()),
        None => {}
    }
    wrong
}

/// The request's body is JSON (`application/json`, `…+json`), or says no media type.
fn is_json(request: &Request) -> bool {
    match request.headers.get("content-type").and_then(|v| v.to_str().ok()) {
        Some(media) => media.split(';').next().is_some_and(|m| m.trim().ends_with("json")),
        None => true,
    }
}

/// The answer of `reply` for `spec`.
fn answer(spec: &OperationSpec, reply: &Reply) -> Result<ResponseTemplate, String> {
    let success = |status: u16| (200..300).contains(&status);
    Ok(match reply {
        Reply::Example => match (spec.example, spec.response) {
            (_, ResponseKind::Empty) => ResponseTemplate::new(spec.status),
            (Some(example), _) => ResponseTemplate::new(spec.status).set_body_raw(example, spec.media_type),
            (None, _) => {
                return Err(format!(
                    "{} documents no example of its success body: give one with `.returns(&body)`",
                    spec.name
                ))
            }
        },
        Reply::Empty(status) => ResponseTemplate::new(*status),
        Reply::Value(status, value) if success(*status) => match (spec.response, value) {
            (ResponseKind::Text, Value::String(text)) => {
                ResponseTemplate::new(*status).set_body_raw(text.clone().into_bytes(), spec.media_type)
            }
            (ResponseKind::Bytes, Value::Array(items)) => {
                let bytes = items.iter().filter_map(Value::as_u64).map(|b| b as u8).collect::<Vec<u8>>();
                ResponseTemplate::new(*status).set_body_raw(bytes, spec.media_type)
            }
            _ => ResponseTemplate::new(*status).set_body_raw(json(value), "application/json"),
        },
        Reply::Value(status, value) => ResponseTemplate::new(*status).set_body_raw(json(value), "application/json"),
    })
}

fn json(value: &Value) -> Vec<u8> {
    serde_json::to_vec(value).unwrap_or_default()
}

/// Records `problem` and answers it, with the expectations there are.
fn diagnostic(state: &mut State, problem: String) -> ResponseTemplate {
    let mut body = format!("codegen mock server: {problem}\n");
    if state.expectations.is_empty() {
        body.push_str("no expectations are set\n");
    } else {
        body.push_str("expectations:\n");
        for e in &state.expectations {
            let _ = writeln!(body, "  {} ({} {}), called {} time(s)", e.label(), e.spec.method, e.spec.path, e.calls);
        }
    }
    state.problems.push(problem);
    ResponseTemplate::new(DIAGNOSTIC_STATUS).set_body_raw(body.into_bytes(), "text/plain")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_match_paths_and_decode_parameters() {
        assert_eq!(match_template("/devices/{id}/", "/devices/beam%201/"), Some(vec!["beam 1".to_owned()]));
        assert_eq!(match_template("/devices/{id}/", "/devices//"), None);
        assert_eq!(match_template("/devices/{id}/", "/devices/a/b/"), None);
        assert_eq!(match_template("/info/", "/info/"), Some(vec![]));
        assert_eq!(
            match_template("/files/{name}.{ext}", "/files/a.b.json"),
            Some(vec!["a".to_owned(), "b.json".to_owned()])
        );
        assert_eq!(template_params("/a/{x}/b/{y}"), vec!["x", "y"]);
        assert!(literal_len("/users/me") > literal_len("/users/{id}"));
    }
}
