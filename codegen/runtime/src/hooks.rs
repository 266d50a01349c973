//! Extension points around every attempt of a request: add a request id, sign a request,
//! record metrics, or look at what goes out in a test. Set on the builder for every call, or on
//! one call; builder hooks run first.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::HeaderMap;
use reqwest::StatusCode;

use crate::error::BoxError;

/// Called around every attempt (retries included) of every request it is set for.
pub trait Hook: Send + Sync + 'static {
    /// Before the attempt is sent, with the request as it will go out (credentials already
    /// placed). An error fails the call without sending it, as `Error::InvalidRequest`.
    fn before_send(&self, operation: &'static str, request: &mut reqwest::Request) -> Result<(), BoxError> {
        let _ = (operation, request);
        Ok(())
    }

    /// After the attempt's response arrived: its status and headers, and how long it took.
    fn after_response(&self, operation: &'static str, status: StatusCode, headers: &HeaderMap, elapsed: Duration) {
        let _ = (operation, status, headers, elapsed);
    }
}

/// Hooks in the order they run.
#[derive(Clone, Default)]
pub struct Hooks(pub(crate) Vec<Arc<dyn Hook>>);

impl Hooks {
    /// Adds a hook after the others.
    pub fn push(&mut self, hook: impl Hook) {
        self.0.push(Arc::new(hook));
    }

    /// `true` when there is none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Hooks {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Hooks({})", self.0.len())
    }
}
