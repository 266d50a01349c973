//! What the generated contract tests (`tests/contract.rs`) share: a tally of what the calls
//! sent, counted as they are made, the [`Wire`] hook that keeps each request as it went out
//! (optional parameters and bodies are counted from it, not from what the test meant to send),
//! and the walk of a page stream to its end. Written once here rather than in every generated
//! crate's tests.

use std::collections::BTreeSet;
use std::fmt::Display;
use std::sync::{Arc, Mutex, PoisonError};

use futures_util::TryStreamExt;
use serde_json::Value;

use crate::error::Error;
use crate::hooks::{Exchange, ExchangeBody, Hook};
use crate::request::QueryWriter;

/// An optional parameter as it travels, to be looked for in a request as sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Param {
    /// A query parameter: carried by a `name` pair, or by `name[…]` pairs (`deepObject`).
    Query(&'static str),
    /// A form-style object parameter exploded into one pair per property (the parameter's
    /// name is not on the wire): carried when every one of these pairs is.
    QueryFields(&'static str, &'static [&'static str]),
    /// A header parameter (names compared without case).
    Header(&'static str),
    /// A cookie parameter: a `name=…` in the `cookie` header.
    Cookie(&'static str),
}

impl Param {
    /// The parameter's name.
    pub fn name(&self) -> &'static str {
        match self {
            Param::Query(name) | Param::QueryFields(name, _) | Param::Header(name) | Param::Cookie(name) => name,
        }
    }

    fn place(&self) -> &'static str {
        match self {
            Param::Query(_) | Param::QueryFields(..) => "query",
            Param::Header(_) => "header",
            Param::Cookie(_) => "cookie",
        }
    }

    /// `true` when `request` carried this parameter.
    pub fn carried_by(&self, request: &Sent) -> bool {
        let in_query = |name: &str| {
            request.query.iter().any(|n| n == name || (n.starts_with(name) && n[name.len()..].starts_with('[')))
        };
        match self {
            Param::Query(name) => in_query(name),
            Param::QueryFields(_, fields) => {
                !fields.is_empty() && fields.iter().all(|f| request.query.iter().any(|n| n == f))
            }
            Param::Header(name) => request.headers.iter().any(|h| h.eq_ignore_ascii_case(name)),
            Param::Cookie(name) => request.cookies.iter().any(|c| c == name),
        }
    }
}

/// A request as it went out, as far as the contract tests count it: kept by [`Wire`] for
/// every attempt the server answered.
#[derive(Debug, Clone, PartialEq)]
pub struct Sent {
    /// The operation.
    pub operation: &'static str,
    /// The names of the query pairs, decoded, in order (repeated as sent).
    pub query: Vec<String>,
    /// The names of the request headers.
    pub headers: Vec<String>,
    /// The names of the cookies in the `cookie` header.
    pub cookies: Vec<String>,
    /// The request body as the properties it carried: JSON as it is, a URL-encoded form or a
    /// multipart body as an object of its fields; `None` for a body of another kind.
    pub body: Option<Value>,
    /// The status of the response.
    pub status: u16,
}

impl Sent {
    /// What `exchange` sent, when a response came.
    pub fn of(exchange: &Exchange<'_>) -> Option<Sent> {
        let response = exchange.response.as_ref()?;
        let query = reqwest::Url::parse(exchange.url)
            .ok()
            .and_then(|url| url.query().map(QueryWriter::parse))
            .map(|q| q.pairs().iter().map(|(name, _)| name.clone()).collect())
            .unwrap_or_default();
        let headers = exchange.request_headers.keys().map(|k| k.as_str().to_owned()).collect();
        let cookies = exchange
            .request_headers
            .get_all(reqwest::header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|pair| pair.split_once('=').map(|(name, _)| name.trim().to_owned()))
            .collect();
        let content_type = exchange
            .request_headers
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        let body = match exchange.request_body {
            ExchangeBody::Bytes(bytes) => body_value(content_type, bytes),
            _ => None,
        };
        Some(Sent { operation: exchange.operation, query, headers, cookies, body, status: response.status.as_u16() })
    }
}

/// A request body as the properties it carried: a JSON body as it is; a URL-encoded form or a
/// multipart body as an object of its fields (a field sent more than once is an array; a value
/// that is a JSON object or array, the way nested values travel in a form, is that value).
fn body_value(content_type: &str, bytes: &[u8]) -> Option<Value> {
    let media = content_type.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    let fields: Vec<(String, String)> = if media == "application/x-www-form-urlencoded" {
        QueryWriter::parse(std::str::from_utf8(bytes).ok()?).pairs().to_vec()
    } else if media == "multipart/form-data" {
        let boundary = content_type.split(';').find_map(|p| p.trim().strip_prefix("boundary="))?.trim_matches('"');
        let text = String::from_utf8_lossy(bytes);
        text.split(&format!("--{boundary}"))
            .filter_map(|part| {
                let (head, value) = part.split_once("\r\n\r\n")?;
                let name = head.split("name=\"").nth(1)?.split('"').next()?;
                Some((name.to_owned(), value.strip_suffix("\r\n").unwrap_or(value).to_owned()))
            })
            .collect()
    } else {
        return serde_json::from_slice(bytes).ok();
    };
    let mut object = serde_json::Map::new();
    for (name, text) in fields {
        let value = match serde_json::from_str::<Value>(&text) {
            Ok(nested @ (Value::Object(_) | Value::Array(_))) => nested,
            _ => Value::String(text),
        };
        match object.get_mut(&name) {
            Some(Value::Array(items)) => items.push(value),
            Some(first) => *first = Value::Array(vec![first.take(), value]),
            None => {
                object.insert(name, value);
            }
        }
    }
    Some(Value::Object(object))
}

/// A [`Hook`] that keeps every answered request as it went out ([`Sent`]), for the contract
/// tests to count what the wire carried. Clones share the list.
#[derive(Debug, Clone, Default)]
pub struct Wire {
    sent: Arc<Mutex<Vec<Sent>>>,
}

impl Wire {
    /// The requests kept since the last call, oldest first; the list is emptied.
    pub fn take(&self) -> Vec<Sent> {
        std::mem::take(&mut *self.sent.lock().unwrap_or_else(PoisonError::into_inner))
    }
}

impl Hook for Wire {
    fn wants_exchanges(&self) -> bool {
        true
    }

    fn after_exchange(&self, exchange: &Exchange<'_>) {
        if let Some(sent) = Sent::of(exchange) {
            self.sent.lock().unwrap_or_else(PoisonError::into_inner).push(sent);
        }
    }
}

/// What the calls sent, counted as they are made (never from the list of operations).
#[derive(Debug, Default)]
pub struct Tally {
    /// The operations that were answered.
    pub operations: BTreeSet<&'static str>,
    /// Requests the server answered.
    pub requests: usize,
    /// Optional parameters the requests sent carried (looked for in their query, headers and
    /// cookies as they went out).
    pub optional: usize,
    /// Optional parameters set on calls the server answered.
    pub optional_set: usize,
    /// Bodies sent (JSON bodies as they went out).
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

    /// Counts the optional parameters of `op` that the last request `wire` kept for it carried;
    /// one set on the call but not carried is a failure of `label`. Counts nothing when the
    /// server answered no request of `op` (that failure is the call's). Empties `wire`.
    pub fn optional_sent(&mut self, wire: &Wire, op: &'static str, label: &str, params: &[Param]) {
        let sent = wire.take();
        let Some(request) = sent.iter().rev().find(|s| s.operation == op) else { return };
        self.optional_set += params.len();
        for param in params {
            if param.carried_by(request) {
                self.optional += 1;
            } else {
                self.fail(
                    label,
                    format!(
                        "the {} parameter `{}` was set but the request sent did not carry it",
                        param.place(),
                        param.name()
                    ),
                );
            }
        }
    }

    /// Counts the body of the last request `wire` kept for `op`, as it went out (JSON, form or
    /// multipart); a request without one is a failure of `op`. Empties `wire`.
    pub fn body_sent(&mut self, wire: &Wire, op: &'static str) {
        let sent = wire.take();
        match sent.iter().rev().find(|s| s.operation == op) {
            Some(Sent { body: Some(body), .. }) => self.body(body),
            Some(_) => self.fail(op, "the request sent carried no JSON, form or multipart body"),
            None => {}
        }
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
