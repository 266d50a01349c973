use std::fmt::{self, Display};

use reqwest::Method;

use crate::auth::SecurityScheme;
use crate::upload::Upload;

/// A request body, already encoded. Its `Debug` shows the content type and length, never the
/// bytes (a body may carry a password or a token).
#[derive(Clone, Default)]
pub enum Body {
    /// No body.
    #[default]
    Empty,
    /// `application/json`.
    Json(Vec<u8>),
    /// `application/x-www-form-urlencoded`.
    Form(String),
    /// Any other media type, sent as given.
    Raw {
        /// The `Content-Type` to send.
        content_type: String,
        /// The bytes.
        bytes: Vec<u8>,
    },
    /// Binary bytes from memory, a file or a stream ([`Upload`]), sent as given.
    Upload {
        /// The `Content-Type` to send.
        content_type: String,
        /// The bytes.
        upload: Upload,
    },
}

impl Body {
    /// The `Content-Type` the body is sent with (`None` without a body).
    pub fn content_type(&self) -> Option<&str> {
        match self {
            Body::Empty => None,
            Body::Json(_) => Some("application/json"),
            Body::Form(_) => Some("application/x-www-form-urlencoded"),
            Body::Raw { content_type, .. } | Body::Upload { content_type, .. } => Some(content_type),
        }
    }

    /// The length in bytes (`0` for an upload whose length is not known before it is read).
    pub fn len(&self) -> usize {
        match self {
            Body::Empty => 0,
            Body::Upload { upload, .. } => upload.len().unwrap_or(0),
            Body::Json(bytes) | Body::Raw { bytes, .. } => bytes.len(),
            Body::Form(text) => text.len(),
        }
    }

    /// `true` when every attempt can send the body again; only such a body is retried (an
    /// [`Upload`] from a stream or an open file is sent once).
    pub fn is_replayable(&self) -> bool {
        match self {
            Body::Upload { upload, .. } => upload.is_replayable(),
            _ => true,
        }
    }

    /// `true` without a body or for an empty one.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Encodes `value` as JSON, an integral number without a fraction (`3600`, not `3600.0`).
    pub fn json<T: serde::Serialize + ?Sized>(value: &T) -> Result<Body, String> {
        json_bytes(value).map(Body::Json).map_err(|e| e.to_string())
    }

    /// Encodes `value` as a URL-encoded form. Only flat objects are representable: nested
    /// objects and arrays of objects are sent as JSON text in their field.
    pub fn form<T: serde::Serialize + ?Sized>(value: &T) -> Result<Body, String> {
        let value = serde_json::to_value(value).map_err(|e| e.to_string())?;
        let serde_json::Value::Object(map) = value else {
            return Err("a form body must be an object".to_owned());
        };
        let mut form = QueryWriter::default();
        for (key, value) in map {
            match value {
                serde_json::Value::Null => {}
                serde_json::Value::Array(items) => {
                    for item in items {
                        form.push_raw(key.clone(), json_scalar(item));
                    }
                }
                other => form.push_raw(key, json_scalar(other)),
            }
        }
        Ok(Body::Form(form.encode()))
    }
}

impl fmt::Debug for Body {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self, self.content_type()) {
            (_, None) => f.write_str("Empty"),
            (Body::Upload { upload, .. }, Some(content_type)) => {
                f.debug_struct("Body").field("content_type", &content_type).field("upload", upload).finish()
            }
            (_, Some(content_type)) => {
                f.debug_struct("Body").field("content_type", &content_type).field("len", &self.len()).finish()
            }
        }
    }
}

/// A value as JSON text, for parameters whose schema is not a scalar; an integral number
/// without a fraction, as in JSON bodies.
pub fn json_text<T: serde::Serialize + ?Sized>(value: &T) -> String {
    json_bytes(value).ok().and_then(|bytes| String::from_utf8(bytes).ok()).unwrap_or_default()
}

/// `value` as JSON, with every number as JavaScript writes it: an `f64` (or `f32`) whose value
/// is integral and within ±2^53 has no fraction (`3600`, not `3600.0`, which servers that
/// validate integers refuse); other numbers are written as `serde_json` writes them. Every
/// request body, JSON parameter, form field and multipart text part is written through this.
pub(crate) fn json_bytes<T: serde::Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, serde_json::Error> {
    let mut out = Vec::with_capacity(128);
    value.serialize(&mut serde_json::Serializer::with_formatter(&mut out, JsNumbers))?;
    Ok(out)
}

/// The integer an `f64` stands for, when it is integral and exactly representable (±2^53).
pub(crate) fn integral(value: f64) -> Option<i64> {
    const LIMIT: f64 = 9_007_199_254_740_992.0; // 2^53
    (value.is_finite() && value.fract() == 0.0 && value.abs() <= LIMIT).then_some(value as i64)
}

/// `serde_json`'s compact formatter, but an integral float is written as an integer.
struct JsNumbers;

impl serde_json::ser::Formatter for JsNumbers {
    fn write_f64<W: ?Sized + std::io::Write>(&mut self, writer: &mut W, value: f64) -> std::io::Result<()> {
        match integral(value) {
            Some(integer) => self.write_i64(writer, integer),
            None => serde_json::ser::CompactFormatter.write_f64(writer, value),
        }
    }

    fn write_f32<W: ?Sized + std::io::Write>(&mut self, writer: &mut W, value: f32) -> std::io::Result<()> {
        match integral(f64::from(value)) {
            Some(integer) => self.write_i64(writer, integer),
            None => serde_json::ser::CompactFormatter.write_f32(writer, value),
        }
    }
}

/// A field's value as the text of a query pair, form field or multipart part: a string as it
/// is, anything else as JSON (`json_bytes`).
pub(crate) fn json_scalar(value: serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s,
        other => json_text(&other),
    }
}

/// Query parameters (or form fields) in order, each value already rendered as text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QueryWriter {
    pairs: Vec<(String, String)>,
}

impl QueryWriter {
    /// Adds `name=value`.
    pub fn push(&mut self, name: &str, value: &dyn Display) {
        self.pairs.push((name.to_owned(), value.to_string()));
    }

    /// Adds `name=value` for a value when it is `Some`.
    pub fn push_opt<T: Display>(&mut self, name: &str, value: Option<&T>) {
        if let Some(value) = value {
            self.push(name, value);
        }
    }

    /// Adds `name=a&name=b` (form style, exploded).
    pub fn push_each<T: Display>(&mut self, name: &str, values: &[T]) {
        for value in values {
            self.push(name, value);
        }
    }

    /// Adds `name=a,b` (form style, not exploded).
    pub fn push_joined<T: Display>(&mut self, name: &str, values: &[T]) {
        self.push_delimited(name, values, ",");
    }

    /// Adds `name=a<sep>b` (`spaceDelimited` with `" "`, `pipeDelimited` with `"|"`).
    pub fn push_delimited<T: Display>(&mut self, name: &str, values: &[T], separator: &str) {
        let joined = values.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(separator);
        self.pairs.push((name.to_owned(), joined));
    }

    /// Adds an object parameter: `name[key]=value` for each field (`deepObject`), nested
    /// objects as `name[a][b]`, arrays as repeated keys.
    pub fn push_deep<T: serde::Serialize + ?Sized>(&mut self, name: &str, value: &T) {
        if let Ok(value) = serde_json::to_value(value) {
            self.deep(name.to_owned(), value);
        }
    }

    fn deep(&mut self, key: String, value: serde_json::Value) {
        match value {
            serde_json::Value::Object(map) => {
                for (k, v) in map {
                    self.deep(format!("{key}[{k}]"), v);
                }
            }
            serde_json::Value::Array(items) => items.into_iter().for_each(|v| self.deep(key.clone(), v)),
            serde_json::Value::Null => {}
            other => self.pairs.push((key, json_scalar(other))),
        }
    }

    /// Adds an object parameter in form style: `a=1&b=2` when exploded, `name=a,1,b,2` when not.
    pub fn push_object<T: serde::Serialize + ?Sized>(&mut self, name: &str, value: &T, explode: bool) {
        let Ok(serde_json::Value::Object(map)) = serde_json::to_value(value) else { return };
        if explode {
            for (k, v) in map {
                if !v.is_null() {
                    self.pairs.push((k, json_scalar(v)));
                }
            }
        } else {
            let joined: Vec<String> =
                map.into_iter().filter(|(_, v)| !v.is_null()).flat_map(|(k, v)| [k, json_scalar(v)]).collect();
            self.pairs.push((name.to_owned(), joined.join(",")));
        }
    }

    fn push_raw(&mut self, name: String, value: String) {
        self.pairs.push((name, value));
    }

    /// The pairs of an encoded query string (`a=1&b=x%20y`), decoded.
    pub fn parse(query: &str) -> Self {
        let decode = |s: &str| percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned();
        let pairs = query
            .split('&')
            .filter(|pair| !pair.is_empty())
            .map(|pair| {
                let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
                (decode(name), decode(value))
            })
            .collect();
        QueryWriter { pairs }
    }

    /// Removes every `name` pair, and every `name[…]` pair of a `deepObject` parameter.
    pub fn remove(&mut self, name: &str) {
        self.pairs.retain(|(n, _)| n != name && !(n.starts_with(name) && n[name.len()..].starts_with('[')));
    }

    /// Replaces every `name` pair with one `name=value`.
    pub fn set(&mut self, name: &str, value: &dyn Display) {
        self.pairs.retain(|(n, _)| n != name);
        self.push(name, value);
    }

    /// The value of the first `name` pair.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.pairs.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    /// The pairs.
    pub fn pairs(&self) -> &[(String, String)] {
        &self.pairs
    }

    /// `true` when there are no pairs.
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }

    /// `a=1&b=x%20y`.
    pub fn encode(&self) -> String {
        let mut out = String::new();
        for (i, (name, value)) in self.pairs.iter().enumerate() {
            if i > 0 {
                out.push('&');
            }
            out.extend(percent_encoding::utf8_percent_encode(name, crate::path::QUERY));
            out.push('=');
            out.extend(percent_encoding::utf8_percent_encode(value, crate::path::QUERY));
        }
        out
    }
}

/// Everything generated code knows about one request. Built by an operation method, executed
/// by a [`Call`](crate::Call). Its `Debug` shows the body's content type and length only.
#[derive(Debug, Clone)]
pub struct RequestSpec {
    /// The operation's id (for errors and tracing).
    pub operation: &'static str,
    /// The HTTP method.
    pub method: Method,
    /// The path template as the spec writes it (for tracing).
    pub path_template: &'static str,
    /// The path with its parameters filled in and percent-encoded.
    pub path: String,
    /// Query parameters.
    pub query: QueryWriter,
    /// Header parameters.
    pub headers: Vec<(&'static str, String)>,
    /// Cookie parameters.
    pub cookies: Vec<(&'static str, String)>,
    /// The body.
    pub body: Body,
    /// The operation's security requirements: alternatives, each a list of schemes that must
    /// all be present. Empty means no auth; an empty alternative means auth is optional.
    pub security: &'static [&'static [&'static SecurityScheme]],
    /// The error statuses the operation documents, each with the variant of the crate's error
    /// body it decodes into: a code, `1`–`5` for a range (`4XX` is `4`), `0` for `default`.
    pub error_statuses: &'static [(u16, u16)],
    /// Set when an argument could not be encoded; the call then fails without sending.
    pub invalid: Option<String>,
    /// The `Accept` header: the media types the operation's success responses come in.
    pub accept: &'static str,
    /// The header of the operation's idempotency key (`x-idempotency-key`): each call sends a
    /// fresh random key in it, the same on every retry, and is retried like an idempotent one.
    pub idempotency_key: Option<&'static str>,
}

impl RequestSpec {
    /// A request for `path_template` filled with the path parameters `args` (in template
    /// order), with no query, body or auth yet.
    pub fn new(operation: &'static str, method: Method, path_template: &'static str, args: &[&dyn Display]) -> Self {
        let (path, invalid) = match crate::path::render(path_template, args) {
            Ok(path) => (path, None),
            Err(message) => (String::new(), Some(message)),
        };
        RequestSpec {
            operation,
            method,
            path_template,
            path,
            query: QueryWriter::default(),
            headers: Vec::new(),
            cookies: Vec::new(),
            body: Body::Empty,
            security: &[],
            error_statuses: &[],
            invalid,
            accept: "application/json",
            idempotency_key: None,
        }
    }

    /// Sets a JSON body.
    pub fn json_body<T: serde::Serialize + ?Sized>(&mut self, value: &T) {
        self.set_body(Body::json(value));
    }

    /// Sets a binary body of media type `content_type` (from memory, a file or a stream).
    pub fn upload_body(&mut self, content_type: &str, upload: impl Into<Upload>) {
        self.body = Body::Upload { content_type: content_type.to_owned(), upload: upload.into() };
    }

    /// Sets a URL-encoded form body.
    pub fn form_body<T: serde::Serialize + ?Sized>(&mut self, value: &T) {
        self.set_body(Body::form(value));
    }

    fn set_body(&mut self, body: Result<Body, String>) {
        match body {
            Ok(body) => self.body = body,
            Err(message) => {
                self.invalid.get_or_insert(format!("the request body does not serialize: {message}"));
            }
        }
    }

    /// Adds a header parameter.
    pub fn header(&mut self, name: &'static str, value: &dyn Display) {
        self.headers.push((name, value.to_string()));
    }

    /// Adds a header parameter holding a list (`simple` style: `a,b`).
    pub fn header_list<T: Display>(&mut self, name: &'static str, values: &[T]) {
        let joined = values.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(",");
        self.headers.push((name, joined));
    }

    /// Removes the header parameter `name` (a setter replacing its earlier value).
    pub fn remove_header(&mut self, name: &str) {
        self.headers.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
    }

    /// Removes the cookie parameter `name`.
    pub fn remove_cookie(&mut self, name: &str) {
        self.cookies.retain(|(n, _)| *n != name);
    }

    /// Adds a cookie parameter.
    pub fn cookie(&mut self, name: &'static str, value: &dyn Display) {
        self.cookies.push((name, value.to_string()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_shows_the_body_length_and_type_never_its_bytes() {
        let mut spec = RequestSpec::new("login", Method::POST, "/login", &[]);
        spec.json_body(&serde_json::json!({"password": "hunter2"}));
        let text = format!("{spec:?}");
        assert!(!text.contains("hunter2") && !text.contains("104, 117"), "{text}");
        assert!(text.contains(r#"body: Body { content_type: "application/json", len: 22 }"#), "{text}");
        spec.form_body(&serde_json::json!({"password": "hunter2"}));
        assert!(!format!("{spec:?}").contains("hunter2"));
        spec.body = Body::Raw { content_type: "text/plain".into(), bytes: b"hunter2".to_vec() };
        assert!(format!("{spec:?}").contains(r#"Body { content_type: "text/plain", len: 7 }"#));
        assert_eq!(format!("{:?}", Body::Empty), "Empty");
    }

    #[test]
    fn integral_numbers_are_written_without_a_fraction() {
        let value = serde_json::json!({"a": 3600.0, "b": 0.5, "c": -2.0, "d": 1e300, "e": [7.0f32, 1.25f32], "f": 3});
        let text = json_text(&value);
        assert_eq!(text, r#"{"a":3600,"b":0.5,"c":-2,"d":1e+300,"e":[7,1.25],"f":3}"#);
        assert_eq!(json_text(&f64::NAN), "null");
        assert_eq!(json_text(&9_007_199_254_740_994.0f64), "9007199254740994.0");
        let form = Body::form(&serde_json::json!({"n": [3600.0, 2.5]})).unwrap();
        assert!(matches!(&form, Body::Form(text) if text == "n=3600&n=2.5"), "{form:?}");
        let mut query = QueryWriter::default();
        query.push_deep("f", &serde_json::json!({"n": 10.0}));
        assert_eq!(query.encode(), "f%5Bn%5D=10");
    }
}
