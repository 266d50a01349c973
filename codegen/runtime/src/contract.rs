//! What the generated contract tests (`tests/contract.rs`) share: a tally of what the calls
//! sent, counted as they are made, and the walk of a page stream to its end. Written once
//! here rather than in every generated crate's tests.

use std::collections::BTreeSet;
use std::fmt::Display;

use futures_util::TryStreamExt;
use serde_json::Value;

use crate::error::Error;

/// What the calls sent, counted as they are made (never from the list of operations).
#[derive(Debug, Default)]
pub struct Tally {
    /// The operations that were answered.
    pub operations: BTreeSet<&'static str>,
    /// Requests the server answered.
    pub requests: usize,
    /// Optional parameters sent.
    pub optional: usize,
    /// Bodies sent.
    pub bodies: usize,
    /// Their top-level properties.
    pub top_level: usize,
    /// Their nested properties.
    pub nested: usize,
    /// Error responses decoded into their documented body.
    pub errors_decoded: usize,
    /// Error responses without a body, checked by status.
    pub errors_status: usize,
    /// Paginated operations walked page by page.
    pub paginated: usize,
    /// Pages fetched page by page.
    pub pages: usize,
    /// Streams walked to their end.
    pub streams: usize,
    /// Items those streams yielded.
    pub items: usize,
    /// What failed, one line each.
    pub failures: Vec<String>,
    /// What could not be exercised, with the reason.
    pub gaps: Vec<String>,
}

impl Tally {
    /// Records a call; `true` when it reached the server (it answered).
    pub fn sent<T, E>(&mut self, op: &'static str, result: &Result<T, Error<E>>) -> bool {
        let sent = match result {
            Ok(_) => true,
            Err(e) => e.status().is_some(),
        };
        if sent {
            self.requests += 1;
            self.operations.insert(op);
        }
        sent
    }

    /// Records a body that was sent: its properties, top-level and nested.
    pub fn body(&mut self, body: &Value) {
        fn nested(value: &Value) -> usize {
            match value {
                Value::Object(map) => map.values().map(|v| 1 + nested(v)).sum(),
                Value::Array(items) => items.iter().map(nested).sum(),
                _ => 0,
            }
        }
        self.bodies += 1;
        if let Value::Object(map) = body {
            self.top_level += map.len();
            self.nested += map.values().map(nested).sum::<usize>();
        }
    }

    /// Records a failure of the step `label`.
    pub fn fail(&mut self, label: &str, message: impl Display) {
        self.failures.push(format!("{label}: {message}"));
    }

    /// Walks a stream to its end; fails if it yields more than `max_items` items.
    pub async fn walk<S, T, E>(&mut self, label: &str, mut stream: S, max_items: usize)
    where
        S: futures_core::Stream<Item = Result<T, Error<E>>> + Unpin,
        E: std::fmt::Debug,
    {
        let mut items = 0usize;
        loop {
            match stream.try_next().await {
                Ok(Some(_)) => items += 1,
                Ok(None) => break,
                Err(e) => {
                    self.fail(label, e);
                    break;
                }
            }
            if items > max_items {
                self.fail(label, format!("the stream did not end within {max_items} items"));
                break;
            }
        }
        self.streams += 1;
        self.items += items;
    }
}
