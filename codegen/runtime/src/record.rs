//! Recording exchanges as JSON Lines (`docs/traffic.md`, format `codegen-traffic/1`), for a
//! conformance check of a real server's answers against the spec.

use std::fmt;
use std::fs::{File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};

use reqwest::header::{HeaderMap, HeaderName, CONTENT_TYPE};
use serde::Serialize;

use crate::auth::SchemeLocation;
use crate::hooks::{Exchange, ExchangeBody, Hook};
use crate::redact;

/// The value written in place of a secret.
const REDACTED: &str = "[redacted]";

/// The `format` of every line.
pub const TRAFFIC_FORMAT: &str = "codegen-traffic/1";

/// A [`Hook`] that writes every exchange of the calls it is set for, one JSON line per attempt,
/// in the format `codegen-traffic/1` (the repository's `docs/traffic.md`): operation, method,
/// path template, URL, request headers and body, response status, headers and body, or the
/// error of an attempt that got no response.
///
/// ```no_run
/// # fn demo() -> std::io::Result<()> {
/// use codegen_runtime::{ClientBuilder, Recorder};
///
/// let recorder = Recorder::to_file("staging.jsonl")?;
/// let core = ClientBuilder::new("https://staging.example.com/v1", "my-app")
///     .hook(recorder.clone())
///     .build()
///     .expect("a valid base URL");
/// // … calls …
/// if let Some(err) = recorder.take_error() {
///     eprintln!("the recording is incomplete: {err}");
/// }
/// # let _ = core;
/// # Ok(())
/// # }
/// ```
///
/// What it writes:
///
/// - One line per attempt: a retried call gives a line for each attempt, a call whose
///   connection failed a line with `error` and no `response`.
/// - Bodies as they went over the wire (never decoded and encoded again): `body` when they
///   are UTF-8, `body_base64` when not. A body that was streamed is not recorded (`body` is
///   absent and `streamed` is `true`): the success body of a streaming call
///   (`send_streaming`), which goes to the caller as it arrives, and an upload from a file or
///   a stream.
/// - No secret: the values of `authorization`, `proxy-authorization`, `cookie`, `set-cookie`,
///   of every header and query parameter a security scheme of the operation places, and of
///   every header, query parameter or form field whose name contains `token`, `secret`,
///   `password`, `passwd`, `api-key`, `apikey`, `api_key`, `session` or `auth` (in any case)
///   are `[redacted]`, and so are the values of JSON object keys named like that, at any depth
///   (a `null` is kept), and a user name and password in the URL. A body that is not UTF-8 is
///   written as it is (base64): nothing in it is redacted.
///
/// Lines never interleave: each is encoded first, then written and flushed under a lock, so
/// concurrent calls give whole lines (in the order their attempts ended). Writes are small and
/// blocking. A failed write does not fail the call: the first error is kept for
/// [`Recorder::take_error`] (and logged as a `tracing` warning), and later exchanges are still
/// tried. Clones write to the same file.
#[derive(Clone)]
pub struct Recorder {
    inner: Arc<Mutex<Sink>>,
}

struct Sink {
    out: BufWriter<Box<dyn Write + Send>>,
    error: Option<io::Error>,
    lines: u64,
}

impl fmt::Debug for Recorder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sink = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        f.debug_struct("Recorder").field("lines", &sink.lines).field("failed", &sink.error.is_some()).finish()
    }
}

impl Recorder {
    /// Records into the file at `path`, created or emptied first.
    pub fn to_file(path: impl AsRef<Path>) -> io::Result<Recorder> {
        Ok(Recorder::to_writer(File::create(path)?))
    }

    /// Records at the end of the file at `path` (created when missing), after what it holds.
    pub fn append_to_file(path: impl AsRef<Path>) -> io::Result<Recorder> {
        Ok(Recorder::to_writer(OpenOptions::new().create(true).append(true).open(path)?))
    }

    /// Records into `out` (standard output, a pipe, a buffer shared with a test).
    pub fn to_writer(out: impl Write + Send + 'static) -> Recorder {
        let out: Box<dyn Write + Send> = Box::new(out);
        Recorder { inner: Arc::new(Mutex::new(Sink { out: BufWriter::new(out), error: None, lines: 0 })) }
    }

    /// How many lines were written.
    pub fn lines(&self) -> u64 {
        self.lock().lines
    }

    /// The first error met while writing, if any (taken: a second call returns `None` unless
    /// another write failed since).
    pub fn take_error(&self) -> Option<io::Error> {
        self.lock().error.take()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Sink> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn write_line(&self, line: &[u8]) {
        let mut sink = self.lock();
        let written = sink.out.write_all(line).and_then(|()| sink.out.write_all(b"\n")).and_then(|()| sink.out.flush());
        match written {
            Ok(()) => sink.lines += 1,
            Err(err) => {
                tracing::warn!(error = %err, "could not write a recorded exchange");
                sink.error.get_or_insert(err);
            }
        }
    }
}

impl Hook for Recorder {
    fn wants_exchanges(&self) -> bool {
        true
    }

    fn after_exchange(&self, exchange: &Exchange<'_>) {
        let line = Line::of(exchange);
        match serde_json::to_vec(&line) {
            Ok(bytes) => self.write_line(&bytes),
            // Strings, numbers and arrays of them: encoding cannot fail.
            Err(err) => tracing::warn!(error = %err, "could not encode a recorded exchange"),
        }
    }
}

/// One line of the recording.
#[derive(Serialize)]
struct Line<'a> {
    format: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    operation: Option<&'a str>,
    method: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    template: Option<&'a str>,
    url: String,
    request: Message,
    #[serde(skip_serializing_if = "Option::is_none")]
    response: Option<Response>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

#[derive(Serialize)]
struct Response {
    status: u16,
    #[serde(flatten)]
    message: Message,
}

/// Headers and body of a request or response.
#[derive(Serialize)]
struct Message {
    headers: Vec<(String, String)>,
    #[serde(skip_serializing_if = "Option::is_none")]
    body: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    body_base64: Option<String>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    streamed: bool,
}

impl<'a> Line<'a> {
    fn of(exchange: &Exchange<'a>) -> Line<'a> {
        let secrets = Secrets::of(exchange);
        let url = secrets.url(exchange.url);
        let error = exchange.error.map(|message| {
            // The message holds the URL as sent; a secret in the URL's query must not leak.
            let message =
                if exchange.url.is_empty() { message.to_owned() } else { message.replace(exchange.url, &url) };
            secrets.redact_query_in(&message, exchange.url)
        });
        Line {
            format: TRAFFIC_FORMAT,
            operation: Some(exchange.operation).filter(|name| !name.is_empty()),
            method: exchange.method.as_str(),
            template: Some(exchange.path_template).filter(|template| !template.is_empty()),
            request: Message::of(exchange.request_headers, exchange.request_body, &secrets),
            response: exchange.response.map(|response| Response {
                status: response.status.as_u16(),
                message: Message::of(response.headers, response.body, &secrets),
            }),
            url,
            error,
        }
    }
}

impl Message {
    fn of(headers: &HeaderMap, body: ExchangeBody<'_>, secrets: &Secrets) -> Message {
        let content_type = headers.get(CONTENT_TYPE).and_then(|value| value.to_str().ok()).unwrap_or("");
        let mut message = Message {
            headers: headers
                .iter()
                .map(|(name, value)| {
                    let shown = if value.is_sensitive() || secrets.header(name) {
                        REDACTED.to_owned()
                    } else {
                        String::from_utf8_lossy(value.as_bytes()).into_owned()
                    };
                    (name.as_str().to_owned(), shown)
                })
                .collect(),
            body: None,
            body_base64: None,
            streamed: false,
        };
        match body {
            ExchangeBody::Absent => {}
            ExchangeBody::Streamed => message.streamed = true,
            ExchangeBody::Bytes(bytes) => match std::str::from_utf8(bytes) {
                Ok(text) => message.body = Some(redact_body(text, content_type)),
                Err(_) => message.body_base64 = Some(base64(bytes)),
            },
        }
        message
    }
}

/// `text` without secrets: a form's secret fields, or the values of secret keys in JSON (a body
/// labelled JSON, or one that starts like JSON whatever its label: a JSON error body sent as
/// `text/plain`).
fn redact_body(text: &str, content_type: &str) -> String {
    let media = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    if media == "application/x-www-form-urlencoded" {
        return redact::pairs_text(text, &redact::is_secret_name, REDACTED);
    }
    let looks_like_json = matches!(text.trim_start().as_bytes().first(), Some(b'{' | b'['));
    if media.ends_with("json") || looks_like_json {
        redact::json_text(text, usize::MAX, redact::is_secret_name, REDACTED)
    } else {
        text.to_owned()
    }
}

/// Which names of one exchange are secret: the fixed ones, the names the traffic rule matches,
/// and those the operation's security schemes place.
struct Secrets {
    headers: Vec<&'static str>,
    query: Vec<&'static str>,
}

impl Secrets {
    fn of(exchange: &Exchange<'_>) -> Secrets {
        let mut secrets = Secrets { headers: Vec::new(), query: Vec::new() };
        for scheme in exchange.security.iter().flat_map(|alternative| alternative.iter()) {
            match scheme.location {
                SchemeLocation::Header(name) => secrets.headers.push(name),
                SchemeLocation::Query(name) => secrets.query.push(name),
                // In the `cookie` header, which is always redacted.
                SchemeLocation::Cookie(_) => {}
            }
        }
        secrets
    }

    fn header(&self, name: &HeaderName) -> bool {
        let name = name.as_str();
        matches!(name, "authorization" | "proxy-authorization" | "cookie" | "set-cookie")
            || redact::is_secret_name(name)
            || self.headers.iter().any(|scheme| scheme.eq_ignore_ascii_case(name))
    }

    fn query(&self, name: &str) -> bool {
        redact::is_secret_name(name) || self.query.contains(&name)
    }

    /// `url` with its secret query values and any user name and password replaced.
    fn url(&self, url: &str) -> String {
        let Ok(mut parsed) = reqwest::Url::parse(url) else {
            return self.redact_query_in(url, url);
        };
        if parsed.password().is_some() {
            let _ = parsed.set_password(Some(REDACTED));
        }
        if !parsed.username().is_empty() {
            let _ = parsed.set_username(REDACTED);
        }
        if let Some(query) = parsed.query() {
            let query = redact::pairs_text(query, &|name| self.query(name), REDACTED);
            parsed.set_query(Some(&query));
        }
        parsed.to_string()
    }

    /// `text` with the query of `url`, wherever it appears, redacted.
    fn redact_query_in(&self, text: &str, url: &str) -> String {
        match url.split_once('?') {
            Some((_, query)) if !query.is_empty() && text.contains(query) => {
                let redacted = redact::pairs_text(query, &|name| self.query(name), REDACTED);
                text.replace(query, &redacted)
            }
            _ => text.to_owned(),
        }
    }
}

/// Standard base64 with padding (RFC 4648 §4).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], chunk.get(1).copied().unwrap_or(0), chunk.get(2).copied().unwrap_or(0)];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for (i, shift) in [18u32, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> shift & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc_4648_vectors() {
        let cases: [(&[u8], &str); 7] = [
            (b"", ""),
            (b"f", "Zg=="),
            (b"fo", "Zm8="),
            (b"foo", "Zm9v"),
            (b"foob", "Zm9vYg=="),
            (b"fooba", "Zm9vYmE="),
            (b"foobar", "Zm9vYmFy"),
        ];
        for (bytes, text) in cases {
            assert_eq!(base64(bytes), text);
        }
        assert_eq!(base64(&[0xff, 0xfe, 0x00]), "//4A");
    }

    #[test]
    fn urls_lose_credentials_and_keep_the_rest() {
        let secrets = Secrets { headers: vec![], query: vec!["key"] };
        assert_eq!(
            secrets.url("http://ann:pw@h:8/a%20b/?q=x%2Fy&key=k1&access_token=t&page=2"),
            "http://%5Bredacted%5D:%5Bredacted%5D@h:8/a%20b/?q=x%2Fy&key=[redacted]&access_token=[redacted]&page=2"
        );
        assert_eq!(secrets.url("http://h/p"), "http://h/p");
    }

    #[test]
    fn a_header_a_scheme_places_is_secret_whatever_its_name() {
        let secrets = Secrets { headers: vec!["X-Vendor"], query: vec![] };
        for name in ["x-vendor", "authorization", "proxy-authorization", "cookie", "set-cookie", "x-session-id"] {
            assert!(secrets.header(&HeaderName::from_static(name)), "{name}");
        }
        assert!(!secrets.header(&HeaderName::from_static("x-request-id")));
    }
}
