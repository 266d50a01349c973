//! Control over retries against a loopback server (wiremock): a replaceable classifier, a
//! deadline over all attempts, idempotency keys.

use std::time::Duration;

use codegen_runtime::{
    decode_empty, AttemptInfo, Call, ClientBuilder, ClientCore, DefaultClassifier, Error, Method, Outcome, RequestSpec,
    RetryClassifier, RetryPolicy,
};
use wiremock::matchers::path;
use wiremock::{Mock, MockServer, ResponseTemplate};

fn fast(retries: u32) -> RetryPolicy {
    RetryPolicy::with_max_retries(retries).delays(Duration::from_millis(1), Duration::from_millis(5))
}

async fn answering(status: u16) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(path("/thing")).respond_with(ResponseTemplate::new(status)).mount(&server).await;
    server
}

fn core(server: &MockServer, retry: RetryPolicy) -> ClientCore {
    ClientBuilder::new(server.uri(), "test").retry(retry).build().unwrap()
}

fn call(core: &ClientCore, method: Method) -> Call<(), serde_json::Value> {
    Call::new(core, RequestSpec::new("thing", method, "/thing", &[]), decode_empty)
}

async fn requests(server: &MockServer) -> usize {
    server.received_requests().await.unwrap().len()
}

/// Also retries a 500.
struct Also500;

impl RetryClassifier for Also500 {
    fn should_retry(&self, attempt: &AttemptInfo<'_>) -> bool {
        match attempt.outcome {
            Outcome::Response { status, .. } if status.as_u16() == 500 => attempt.may_resend,
            _ => DefaultClassifier.should_retry(attempt),
        }
    }
}

#[tokio::test]
async fn a_classifier_that_retries_500_does_and_the_default_does_not() {
    let server = answering(500).await;
    let err = call(&core(&server, fast(2)), Method::GET).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(500));
    assert_eq!(requests(&server).await, 1, "the default rules do not retry a 500");

    let server = answering(500).await;
    let err = call(&core(&server, fast(2).classifier(Also500)), Method::GET).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(500));
    assert_eq!(requests(&server).await, 3, "the first attempt and two retries");
    assert!(err.to_string().contains("after 3 attempts"), "{err}");
}

#[tokio::test]
async fn a_classifier_that_refuses_503_stops_retrying_and_a_call_can_set_one() {
    let server = answering(503).await;
    let core = core(&server, fast(2));
    call(&core, Method::GET).await.unwrap_err();
    assert_eq!(requests(&server).await, 3, "the default rules retry a 503");

    server.reset().await;
    Mock::given(path("/thing")).respond_with(ResponseTemplate::new(503)).mount(&server).await;
    let never_503 = |attempt: &AttemptInfo<'_>| {
        !matches!(attempt.outcome, Outcome::Response { status, .. } if status.as_u16() == 503)
            && DefaultClassifier.should_retry(attempt)
    };
    let err = call(&core, Method::GET).retry(fast(2).classifier(never_503)).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(requests(&server).await, 1, "the call's classifier refused the retry");

    // A call's own classifier keeps the client's policy (two retries) and replaces its rules.
    let server = answering(500).await;
    let core = self::core(&server, fast(2));
    call(&core, Method::GET).retry_classifier(Also500).await.unwrap_err();
    assert_eq!(requests(&server).await, 3, "the client's policy, the call's classifier");
    call(&core, Method::GET).await.unwrap_err();
    assert_eq!(requests(&server).await, 4, "the client itself is unchanged");
}

#[tokio::test]
async fn a_classifier_sees_the_attempt_number_and_whether_resending_is_safe() {
    let server = answering(503).await;
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let record = seen.clone();
    let classifier = move |attempt: &AttemptInfo<'_>| {
        record.lock().unwrap().push((attempt.attempt, attempt.may_resend, attempt.method.clone()));
        true
    };
    call(&core(&server, fast(1).classifier(classifier)), Method::POST).await.unwrap_err();
    // A classifier may retry even a POST: it is told the request is not safe to resend. It is
    // asked only while retries remain (not after the last attempt).
    assert_eq!(*seen.lock().unwrap(), [(1, false, Method::POST)]);
    assert_eq!(requests(&server).await, 2);
}

#[tokio::test]
async fn a_deadline_bounds_all_attempts_against_a_slow_503() {
    let server = MockServer::start().await;
    Mock::given(path("/thing"))
        .respond_with(ResponseTemplate::new(503).set_delay(Duration::from_millis(150)))
        .mount(&server)
        .await;
    // Forty retries would take over 6 s; the deadline stops them after about 400 ms.
    let core = core(&server, fast(40).deadline(Duration::from_millis(400)));
    let started = std::time::Instant::now();
    let err = call(&core, Method::GET).await.unwrap_err();
    let elapsed = started.elapsed();
    let Error::Deadline { deadline, attempts, .. } = &err else { panic!("not a deadline error: {err:?}") };
    assert_eq!(*deadline, Duration::from_millis(400));
    // At most four attempts of 150 ms fit in 400 ms; a loaded machine may fit fewer.
    assert!((1..=4).contains(attempts), "{attempts} attempts");
    // About 400 ms; five times that leaves room for a loaded machine and is still far from 6 s.
    assert!(elapsed < Duration::from_millis(2000), "took {elapsed:?}");
    assert!(err.is_timeout());
    assert!(err.to_string().contains(&format!("ran out after {attempts} attempt(s)")), "{err}");
    // Every attempt counted reached the server (the last one was cut short by the deadline or
    // the wait after it would have passed it).
    assert!(requests(&server).await >= *attempts as usize - 1);
}

#[tokio::test]
async fn a_call_deadline_overrides_the_policy_and_is_distinct_from_the_attempt_timeout() {
    let server = MockServer::start().await;
    Mock::given(path("/thing"))
        .respond_with(ResponseTemplate::new(503).set_delay(Duration::from_millis(100)))
        .mount(&server)
        .await;
    // Forty retries of 100 ms would take over 4 s.
    let core = core(&server, fast(40).deadline(Duration::from_secs(30)));
    let started = std::time::Instant::now();
    // Each attempt would be allowed 5 s; the call's deadline of 250 ms ends it.
    let err =
        call(&core, Method::GET).attempt_timeout(Duration::from_secs(5)).deadline(Duration::from_millis(250)).await;
    let err = err.unwrap_err();
    assert!(matches!(err, Error::Deadline { .. }), "{err:?}");
    // About 250 ms; five times that for a loaded machine.
    assert!(started.elapsed() < Duration::from_millis(1250), "took {:?}", started.elapsed());

    // The per-attempt timeout alone is still a timeout, not a deadline.
    let err = call(&core, Method::GET).retry(RetryPolicy::none()).attempt_timeout(Duration::from_millis(20)).await;
    assert!(matches!(err, Err(Error::Timeout { .. })), "{err:?}");
}

#[tokio::test]
async fn the_builders_deadline_bounds_every_call_and_a_policy_or_call_deadline_wins() {
    let server = MockServer::start().await;
    Mock::given(path("/thing"))
        .respond_with(ResponseTemplate::new(503).set_delay(Duration::from_millis(50)))
        .mount(&server)
        .await;
    // Forty retries with 50 ms answers would take over 2 s; the builder's deadline ends at 200 ms.
    let core = ClientBuilder::new(server.uri(), "test")
        .retry(fast(40))
        .attempt_timeout(Duration::from_secs(5))
        .deadline(Duration::from_millis(200))
        .build()
        .unwrap();
    let started = std::time::Instant::now();
    let err = call(&core, Method::GET).await.unwrap_err();
    let Error::Deadline { deadline, .. } = &err else { panic!("not a deadline error: {err:?}") };
    assert_eq!(*deadline, Duration::from_millis(200));
    // About 200 ms; five times that for a loaded machine.
    assert!(started.elapsed() < Duration::from_millis(1000), "took {:?}", started.elapsed());
    // The call's own deadline takes precedence over the builder's.
    let err = call(&core, Method::GET).deadline(Duration::from_millis(120)).await.unwrap_err();
    let Error::Deadline { deadline, .. } = &err else { panic!("not a deadline error: {err:?}") };
    assert_eq!(*deadline, Duration::from_millis(120));
}

#[tokio::test]
#[allow(deprecated)]
async fn timeout_is_the_deprecated_name_of_attempt_timeout() {
    let server = MockServer::start().await;
    Mock::given(path("/thing"))
        .respond_with(ResponseTemplate::new(204).set_delay(Duration::from_millis(300)))
        .mount(&server)
        .await;
    let core = ClientBuilder::new(server.uri(), "test").retry(RetryPolicy::none()).timeout(Duration::from_millis(30));
    let err = call(&core.build().unwrap(), Method::GET).await.unwrap_err();
    let Error::Timeout { timeout, .. } = &err else { panic!("not a timeout: {err:?}") };
    assert_eq!(*timeout, Duration::from_millis(30));
    let core = ClientBuilder::new(server.uri(), "test").retry(RetryPolicy::none()).build().unwrap();
    let err = call(&core, Method::GET).timeout(Duration::from_millis(40)).await.unwrap_err();
    let Error::Timeout { timeout, .. } = &err else { panic!("not a timeout: {err:?}") };
    assert_eq!(*timeout, Duration::from_millis(40));
}

/// A POST whose operation has an idempotency header, as `x-idempotency-key` makes it.
fn keyed_post(core: &ClientCore) -> Call<(), serde_json::Value> {
    let mut spec = RequestSpec::new("create", Method::POST, "/thing", &[]);
    spec.idempotency_key = Some("Idempotency-Key");
    spec.json_body(&serde_json::json!({"name": "x"}));
    Call::new(core, spec, decode_empty)
}

/// 503 once, then 201.
async fn busy_once() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(path("/thing")).respond_with(ResponseTemplate::new(503)).up_to_n_times(1).mount(&server).await;
    Mock::given(path("/thing")).respond_with(ResponseTemplate::new(201)).mount(&server).await;
    server
}

async fn keys(server: &MockServer) -> Vec<Option<String>> {
    let requests = server.received_requests().await.unwrap();
    requests.iter().map(|r| r.headers.get("idempotency-key").map(|v| v.to_str().unwrap().to_owned())).collect()
}

#[tokio::test]
async fn an_idempotency_key_is_the_same_on_every_retry_and_makes_a_post_retryable() {
    let server = busy_once().await;
    let core = core(&server, fast(2));
    keyed_post(&core).await.unwrap();
    let sent = keys(&server).await;
    assert_eq!(sent.len(), 2, "the POST was retried after the 503");
    let key = sent[0].clone().expect("a key was sent");
    assert_eq!(sent[1].as_deref(), Some(key.as_str()), "the retry carries the same key");
    // UUID-shaped, version 4.
    assert_eq!(key.len(), 36, "{key}");
    assert_eq!(key.as_bytes()[14], b'4', "{key}");
    assert!(key.chars().all(|c| c == '-' || c.is_ascii_hexdigit()), "{key}");

    // Another call gets another key.
    keyed_post(&core).await.unwrap();
    let sent = keys(&server).await;
    assert_eq!(sent.len(), 3);
    assert_ne!(sent[2].as_deref(), Some(key.as_str()), "a new call has a new key");
}

#[tokio::test]
async fn without_a_key_a_post_is_not_retried_and_a_call_can_give_its_own() {
    let server = busy_once().await;
    let core = core(&server, fast(2));
    let plain = RequestSpec::new("create", Method::POST, "/thing", &[]);
    let err = Call::<(), serde_json::Value>::new(&core, plain, decode_empty).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(keys(&server).await, [None], "sent once, without a key");

    // A key given to the call: sent on every attempt, and the POST is retried.
    let server = busy_once().await;
    let core = self::core(&server, fast(2));
    let plain = RequestSpec::new("create", Method::POST, "/thing", &[]);
    Call::<(), serde_json::Value>::new(&core, plain, decode_empty).idempotency_key("order-17").await.unwrap();
    assert_eq!(keys(&server).await, [Some("order-17".to_owned()), Some("order-17".to_owned())]);

    // A key that is no header value fails the call unsent.
    let err = keyed_post(&core).idempotency_key("a\r\nb").await.unwrap_err();
    assert!(matches!(err, Error::InvalidRequest { .. }), "{err:?}");
    assert!(!err.to_string().contains("a\r\nb"));
    assert_eq!(keys(&server).await.len(), 2, "nothing more was sent");
}
