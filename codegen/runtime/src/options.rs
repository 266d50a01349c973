//! Per-call settings that override the client's.

use std::time::Duration;

use reqwest::header::{HeaderName, HeaderValue};

use crate::hooks::Hooks;
use crate::retry::{RetryPolicy, SharedClassifier};

/// Settings for one call that override the client's. Start from `RequestOptions::default()`
/// and set fields: a knob added later does not break that code.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct RequestOptions {
    /// Extra headers (they replace headers of the same name set by the call).
    pub headers: Vec<(HeaderName, HeaderValue)>,
    /// The total timeout of one attempt.
    pub timeout: Option<Duration>,
    /// The retry policy.
    pub retry: Option<RetryPolicy>,
    /// The longest the call may take, attempts and waits included (replaces the policy's).
    pub deadline: Option<Duration>,
    /// The idempotency key to send (the same on every retry) instead of a fresh one.
    pub idempotency_key: Option<String>,
    /// Which attempts are retried (replaces the retry policy's classifier).
    pub retry_classifier: Option<SharedClassifier>,
    /// Hooks for this call, run after the client's.
    pub hooks: Hooks,
}
