use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use reqwest::header::{HeaderMap, RETRY_AFTER};
use reqwest::{Method, StatusCode};

use crate::error::TransportKind;

/// How an attempt ended, for a [`RetryClassifier`].
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum Outcome<'a> {
    /// The server answered (any status; a 401 that renewed a credential never gets here).
    Response {
        /// The status.
        status: StatusCode,
        /// The response's headers.
        headers: &'a HeaderMap,
    },
    /// No response.
    Failed(TransportKind),
}

/// One finished attempt, as a [`RetryClassifier`] sees it.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct AttemptInfo<'a> {
    /// The operation's id.
    pub operation: &'static str,
    /// The request's method.
    pub method: &'a Method,
    /// Which attempt this was (1 for the first).
    pub attempt: u32,
    /// Whether sending the request again is safe: an idempotent method, a call with an
    /// idempotency key, or a policy with [`RetryPolicy::retry_non_idempotent`].
    pub may_resend: bool,
    /// How it ended.
    pub outcome: Outcome<'a>,
}

/// Decides whether a finished attempt is sent again (the policy still bounds how often, how
/// long it waits, and its deadline: the classifier is asked only while retries remain). Set one
/// with [`RetryPolicy::classifier`], on the builder or on one call.
///
/// ```
/// use codegen_runtime::{AttemptInfo, DefaultClassifier, Outcome, RetryClassifier, RetryPolicy};
///
/// /// Also retries a 500 of a request that may be resent.
/// struct Also500;
///
/// impl RetryClassifier for Also500 {
///     fn should_retry(&self, attempt: &AttemptInfo<'_>) -> bool {
///         match attempt.outcome {
///             Outcome::Response { status, .. } if status.as_u16() == 500 => attempt.may_resend,
///             _ => DefaultClassifier.should_retry(attempt),
///         }
///     }
/// }
///
/// let policy = RetryPolicy::default().classifier(Also500);
/// # let _ = policy;
/// ```
pub trait RetryClassifier: Send + Sync + 'static {
    /// `true` to send the request again.
    fn should_retry(&self, attempt: &AttemptInfo<'_>) -> bool;
}

/// The rules of [`RetryPolicy`] by default: connection failures always; timeouts, resets, bodies
/// cut short and the statuses 408, 429, 502, 503 and 504 when the request may be resent.
#[derive(Debug, Clone, Copy, Default)]
pub struct DefaultClassifier;

impl RetryClassifier for DefaultClassifier {
    fn should_retry(&self, attempt: &AttemptInfo<'_>) -> bool {
        match attempt.outcome {
            Outcome::Response { status, .. } => attempt.may_resend && is_retryable_status(status),
            Outcome::Failed(TransportKind::Connect) => true,
            Outcome::Failed(TransportKind::Timeout | TransportKind::Request | TransportKind::Body) => {
                attempt.may_resend
            }
            Outcome::Failed(TransportKind::Other) => false,
        }
    }
}

impl<F> RetryClassifier for F
where
    F: Fn(&AttemptInfo<'_>) -> bool + Send + Sync + 'static,
{
    fn should_retry(&self, attempt: &AttemptInfo<'_>) -> bool {
        self(attempt)
    }
}

/// A shared [`RetryClassifier`] (compared by identity), as a policy or a call holds it.
#[derive(Clone)]
pub struct SharedClassifier(Arc<dyn RetryClassifier>);

impl SharedClassifier {
    /// Shares `classifier`.
    pub fn new(classifier: impl RetryClassifier) -> Self {
        SharedClassifier(Arc::new(classifier))
    }
}

impl fmt::Debug for SharedClassifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SharedClassifier(..)")
    }
}

impl PartialEq for SharedClassifier {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for SharedClassifier {}

/// When and how often a failed request is sent again.
///
/// Retried: connection failures (nothing reached the server) for every method; timeouts,
/// connections reset or closed before the response, bodies cut short and the statuses 408, 429,
/// 502, 503 and 504 for idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS), and for the others
/// only with [`RetryPolicy::retry_non_idempotent`]. The delay grows
/// exponentially from `base_delay` up to `max_delay`, with full jitter; a `Retry-After` header
/// (seconds or an HTTP date) sets the delay instead, and one longer than `max_delay` ends the
/// retries. Which attempts are retried can be replaced ([`RetryPolicy::classifier`]), and a
/// [`RetryPolicy::deadline`] bounds the whole call, attempts and waits together.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct RetryPolicy {
    /// How many times a request is sent again after the first attempt.
    pub max_retries: u32,
    /// The delay before the first retry (before jitter).
    pub base_delay: Duration,
    /// The longest delay between two attempts.
    pub max_delay: Duration,
    /// Also retry POST and PATCH, whose body may then reach the server twice.
    pub retry_non_idempotent: bool,
    /// The longest a call may take, all attempts and the waits between them included (each
    /// attempt's own timeout still applies); `None` for no bound.
    pub deadline: Option<Duration>,
    /// Which attempts are retried; `None` for [`DefaultClassifier`].
    classifier: Option<SharedClassifier>,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 2,
            base_delay: Duration::from_millis(200),
            max_delay: Duration::from_secs(10),
            retry_non_idempotent: false,
            deadline: None,
            classifier: None,
        }
    }
}

impl RetryPolicy {
    /// Never retry.
    pub fn none() -> Self {
        RetryPolicy { max_retries: 0, ..RetryPolicy::default() }
    }

    /// Retry up to `max_retries` times with the default delays.
    pub fn with_max_retries(max_retries: u32) -> Self {
        RetryPolicy { max_retries, ..RetryPolicy::default() }
    }

    /// Sets the base and maximum delay.
    pub fn delays(mut self, base_delay: Duration, max_delay: Duration) -> Self {
        self.base_delay = base_delay;
        self.max_delay = max_delay;
        self
    }

    /// Allows retrying non-idempotent methods.
    pub fn retry_non_idempotent(mut self, yes: bool) -> Self {
        self.retry_non_idempotent = yes;
        self
    }

    /// Bounds the whole call: attempts and the waits between them (see [`RetryPolicy::deadline`]).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.deadline = Some(deadline);
        self
    }

    /// Replaces the rules that decide which attempts are retried (a closure
    /// `Fn(&AttemptInfo) -> bool` is a classifier too).
    pub fn classifier(mut self, classifier: impl RetryClassifier) -> Self {
        self.classifier = Some(SharedClassifier::new(classifier));
        self
    }

    /// Whether the attempt is retried, by the call's classifier (`own`), else this policy's.
    pub(crate) fn should_retry(&self, own: Option<&SharedClassifier>, attempt: &AttemptInfo<'_>) -> bool {
        match own.or(self.classifier.as_ref()) {
            Some(classifier) => classifier.0.should_retry(attempt),
            None => DefaultClassifier.should_retry(attempt),
        }
    }

    pub(crate) fn may_resend(&self, method: &Method) -> bool {
        self.retry_non_idempotent || is_idempotent(method)
    }

    /// The delay before retry number `retry` (0-based), full jitter.
    pub(crate) fn backoff(&self, retry: u32) -> Duration {
        let exp = self.base_delay.saturating_mul(1u32.checked_shl(retry.min(20)).unwrap_or(u32::MAX));
        let cap = exp.min(self.max_delay);
        let nanos = u64::try_from(cap.as_nanos()).unwrap_or(u64::MAX);
        Duration::from_nanos(fastrand::u64(0..=nanos))
    }
}

/// What to do after a finished attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Decision {
    /// Wait this long, then send the request again.
    Retry(Duration),
    /// Keep the attempt's result: its response, or its failure.
    Stop,
    /// A retry is due, but waiting for it would pass the call's deadline.
    PastDeadline,
}

/// The retries of one call: its policy, the call's own classifier, the retries made so far and
/// the deadline, which together make every retry decision.
#[derive(Debug)]
pub(crate) struct Retries<'a> {
    policy: &'a RetryPolicy,
    /// The call's classifier, which replaces the policy's.
    classifier: Option<&'a SharedClassifier>,
    /// `false` for a body that cannot be sent twice: never retried, whatever a classifier says.
    replayable: bool,
    retries: u32,
    begun: Instant,
    deadline: Option<Duration>,
}

impl<'a> Retries<'a> {
    /// The retries of a call begun at `begun`.
    pub(crate) fn new(
        policy: &'a RetryPolicy,
        classifier: Option<&'a SharedClassifier>,
        replayable: bool,
        begun: Instant,
        deadline: Option<Duration>,
    ) -> Self {
        Retries { policy, classifier, replayable, retries: 0, begun, deadline }
    }

    /// The call's deadline, if it has one.
    pub(crate) fn deadline(&self) -> Option<Duration> {
        self.deadline
    }

    /// What is left of the deadline, if the call has one.
    pub(crate) fn left(&self) -> Option<Duration> {
        self.deadline.map(|deadline| deadline.saturating_sub(self.begun.elapsed()))
    }

    /// Whether `attempt` is sent again, and after which delay: while retries remain, when the
    /// classifier says so; after the response's `Retry-After` (one longer than the policy's
    /// `max_delay` ends the retries), else after the policy's backoff. A delay that would pass
    /// the deadline ends the call.
    pub(crate) fn decide(&mut self, attempt: &AttemptInfo<'_>) -> Decision {
        if !self.replayable
            || self.retries >= self.policy.max_retries
            || !self.policy.should_retry(self.classifier, attempt)
        {
            return Decision::Stop;
        }
        let delay = match attempt.outcome {
            Outcome::Response { headers, .. } => match retry_after(headers) {
                Some(delay) if delay > self.policy.max_delay => return Decision::Stop,
                Some(delay) => delay,
                None => self.policy.backoff(self.retries),
            },
            Outcome::Failed(_) => self.policy.backoff(self.retries),
        };
        if self.deadline.is_some_and(|deadline| self.begun.elapsed() + delay >= deadline) {
            return Decision::PastDeadline;
        }
        self.retries += 1;
        Decision::Retry(delay)
    }
}

pub(crate) fn is_idempotent(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS | Method::TRACE)
}

pub(crate) fn is_retryable_status(status: StatusCode) -> bool {
    matches!(status.as_u16(), 408 | 429 | 502 | 503 | 504)
}

/// Reads `Retry-After` as delay seconds or an HTTP date.
pub(crate) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(when.duration_since(SystemTime::now()).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn info<'a>(headers: &'a HeaderMap, status: u16) -> AttemptInfo<'a> {
        AttemptInfo {
            operation: "getItem",
            method: &Method::GET,
            attempt: 1,
            may_resend: true,
            outcome: Outcome::Response { status: StatusCode::from_u16(status).unwrap_or(StatusCode::OK), headers },
        }
    }

    #[test]
    fn one_decision_bounds_retries_and_honours_retry_after() {
        let policy = RetryPolicy::with_max_retries(1);
        let mut headers = HeaderMap::new();
        headers.insert(RETRY_AFTER, HeaderValue::from_static("0"));
        let mut retries = Retries::new(&policy, None, true, Instant::now(), None);
        assert_eq!(retries.decide(&info(&headers, 503)), Decision::Retry(Duration::ZERO));
        assert_eq!(retries.decide(&info(&headers, 503)), Decision::Stop, "no retry left");
        let mut retries = Retries::new(&policy, None, true, Instant::now(), None);
        assert_eq!(retries.decide(&info(&headers, 404)), Decision::Stop, "not a retryable status");
        let mut retries = Retries::new(&policy, None, false, Instant::now(), None);
        assert_eq!(retries.decide(&info(&headers, 503)), Decision::Stop, "a body sent once");
        headers.insert(RETRY_AFTER, HeaderValue::from_static("3600"));
        let mut retries = Retries::new(&policy, None, true, Instant::now(), None);
        assert_eq!(retries.decide(&info(&headers, 503)), Decision::Stop, "Retry-After beyond max_delay");
    }

    #[test]
    fn a_wait_past_the_deadline_ends_the_call() {
        let policy = RetryPolicy::default();
        let mut headers = HeaderMap::new();
        headers.insert(RETRY_AFTER, HeaderValue::from_static("5"));
        let mut retries = Retries::new(&policy, None, true, Instant::now(), Some(Duration::from_secs(2)));
        assert_eq!(retries.decide(&info(&headers, 429)), Decision::PastDeadline);
        let failed = AttemptInfo { outcome: Outcome::Failed(TransportKind::Connect), ..info(&headers, 200) };
        let classifier = SharedClassifier::new(|_: &AttemptInfo<'_>| false);
        let mut retries = Retries::new(&policy, Some(&classifier), true, Instant::now(), None);
        assert_eq!(retries.decide(&failed), Decision::Stop, "the call's classifier decides");
    }

    #[test]
    fn backoff_stays_under_the_cap() {
        let policy = RetryPolicy::default().delays(Duration::from_millis(100), Duration::from_millis(300));
        for retry in 0..40 {
            assert!(policy.backoff(retry) <= Duration::from_millis(300));
        }
        assert!(policy.backoff(0) <= Duration::from_millis(100));
    }

    #[test]
    fn reads_retry_after_seconds_and_dates() {
        let mut headers = HeaderMap::new();
        headers.insert(RETRY_AFTER, HeaderValue::from_static("7"));
        assert_eq!(retry_after(&headers), Some(Duration::from_secs(7)));
        let future = SystemTime::now() + Duration::from_secs(120);
        headers.insert(RETRY_AFTER, HeaderValue::from_str(&httpdate::fmt_http_date(future)).unwrap());
        let delay = retry_after(&headers).unwrap();
        assert!(delay > Duration::from_secs(100) && delay <= Duration::from_secs(120), "{delay:?}");
        headers.insert(RETRY_AFTER, HeaderValue::from_static("Wed, 21 Oct 2015 07:28:00 GMT"));
        assert_eq!(retry_after(&headers), Some(Duration::ZERO));
        headers.insert(RETRY_AFTER, HeaderValue::from_static("soon"));
        assert_eq!(retry_after(&headers), None);
    }

    #[test]
    fn only_idempotent_methods_resend_by_default() {
        let policy = RetryPolicy::default();
        assert!(policy.may_resend(&Method::GET));
        assert!(policy.may_resend(&Method::PUT));
        assert!(!policy.may_resend(&Method::POST));
        assert!(!policy.may_resend(&Method::PATCH));
        assert!(policy.retry_non_idempotent(true).may_resend(&Method::POST));
    }
}
