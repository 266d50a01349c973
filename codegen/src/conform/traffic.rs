//! Reading recorded traffic: the JSON Lines of `codegen_runtime::Recorder` (`docs/traffic.md`)
//! and HAR 1.2 files. Every exchange remembers where it was read (file, line, index); a record
//! that cannot be read is an error naming its file and line, never skipped.

use serde_json::Value;

use super::{Body, Exchange, Origin, Response, TrafficError};
use crate::SourceDoc;

/// The `format` of a JSON Lines record.
const FORMAT: &str = "codegen-traffic/1";

/// Reads the exchanges of one traffic file named `file` (as the caller gave it): HAR when the
/// name ends in `.har` or the text is a JSON object with `log.entries`, JSON Lines otherwise.
pub fn read(file: &str, text: &str) -> Result<Vec<Exchange>, TrafficError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if file.to_ascii_lowercase().ends_with(".har") || looks_like_har(text) {
        return read_har(file, text);
    }
    read_jsonl(file, text)
}

fn looks_like_har(text: &str) -> bool {
    // A JSON Lines file of one record parses as one object too, but has no `log`.
    text.trim_start().starts_with('{')
        && serde_json::from_str::<Value>(text).is_ok_and(|v| v.pointer("/log/entries").is_some_and(Value::is_array))
}

fn read_jsonl(file: &str, text: &str) -> Result<Vec<Exchange>, TrafficError> {
    let mut exchanges = Vec::new();
    let mut problems = Vec::new();
    for (i, line) in text.lines().enumerate() {
        // Blank lines (a trailing newline, a file joined from parts) hold no record.
        if line.trim().is_empty() {
            continue;
        }
        let origin = Origin { file: file.to_owned(), line: i + 1, index: exchanges.len() + problems.len() };
        let record = serde_json::from_str::<Value>(line)
            .map_err(|e| format!("not a JSON object: {e}"))
            .and_then(|value| record(&value, origin.clone()));
        match record {
            Ok(exchange) => exchanges.push(exchange),
            Err(message) => problems.push(TrafficError::Line { file: file.to_owned(), line: i + 1, message }),
        }
    }
    finish(exchanges, problems)
}

fn finish(exchanges: Vec<Exchange>, mut problems: Vec<TrafficError>) -> Result<Vec<Exchange>, TrafficError> {
    match problems.len() {
        0 => Ok(exchanges),
        1 => Err(problems.remove(0)),
        _ => Err(TrafficError::Many(problems)),
    }
}

/// One JSON Lines record.
fn record(value: &Value, origin: Origin) -> Result<Exchange, String> {
    let obj = value.as_object().ok_or("not a JSON object")?;
    match obj.get("format").and_then(Value::as_str) {
        Some(FORMAT) => {}
        Some(other) => return Err(format!("unknown format `{other}` (this reader knows `{FORMAT}`)")),
        None => return Err(format!("no `format` (a record starts with `\"format\":\"{FORMAT}\"`)")),
    }
    let method = string(value, "method")?.to_ascii_uppercase();
    let url = string(value, "url")?.to_owned();
    let optional = |key: &str| value.get(key).and_then(Value::as_str).map(str::to_owned);
    let request = value.get("request");
    let request_headers = match request.and_then(|r| r.get("headers")) {
        Some(headers) => pairs(headers).map_err(|e| format!("`request.headers`: {e}"))?,
        None => Vec::new(),
    };
    let request_body = match request {
        Some(r) => body(r).map_err(|e| format!("`request`: {e}"))?,
        None => None,
    };
    let response = match value.get("response") {
        None | Some(Value::Null) => None,
        Some(r) => Some(response(r).map_err(|e| format!("`response`: {e}"))?),
    };
    Ok(Exchange {
        origin,
        operation: optional("operation"),
        method,
        template: optional("template"),
        url,
        request_headers,
        request_body,
        response,
        error: optional("error"),
    })
}

fn string<'v>(value: &'v Value, key: &str) -> Result<&'v str, String> {
    value.get(key).and_then(Value::as_str).ok_or_else(|| format!("no `{key}` string"))
}

/// `[[name, value], …]`; names lower-cased.
fn pairs(headers: &Value) -> Result<Vec<(String, String)>, String> {
    let items = headers.as_array().ok_or("not a list of [name, value] pairs")?;
    items
        .iter()
        .map(|pair| match pair.as_array().map(Vec::as_slice) {
            Some([Value::String(name), Value::String(value)]) => Ok((name.to_ascii_lowercase(), value.clone())),
            _ => Err(format!("{pair} is not a [name, value] pair of strings")),
        })
        .collect()
}

fn body(message: &Value) -> Result<Option<Body>, String> {
    match (message.get("body"), message.get("body_base64")) {
        (Some(Value::String(text)), _) => Ok(Some(Body::Text(text.clone()))),
        (Some(other), _) if !other.is_null() => Err("`body` is not a string".to_owned()),
        (_, Some(Value::String(b64))) => Ok(Some(Body::Base64(b64.clone()))),
        (_, Some(other)) if !other.is_null() => Err("`body_base64` is not a string".to_owned()),
        _ => Ok(None),
    }
}

fn response(value: &Value) -> Result<Response, String> {
    let status = value.get("status").and_then(Value::as_u64).ok_or("no numeric `status`")?;
    let status = u16::try_from(status).map_err(|_| format!("status {status} is not an HTTP status"))?;
    let headers = match value.get("headers") {
        Some(headers) => pairs(headers).map_err(|e| format!("`headers`: {e}"))?,
        None => Vec::new(),
    };
    Ok(Response { status, headers, body: body(value)? })
}

/// A HAR 1.2 file: `log.entries[]`, each placed at the line where it starts.
fn read_har(file: &str, text: &str) -> Result<Vec<Exchange>, TrafficError> {
    let har = |message: String| TrafficError::Har { file: file.to_owned(), message };
    let doc = SourceDoc::parse(file, text.to_owned()).map_err(|d| har(format!("not JSON: {}", d.message)))?;
    let entries = doc
        .root
        .pointer("/log/entries")
        .and_then(Value::as_array)
        .ok_or_else(|| har("no `log.entries` list".into()))?;
    let mut exchanges = Vec::new();
    let mut problems = Vec::new();
    for (i, entry) in entries.iter().enumerate() {
        let line = doc.locate(&format!("/log/entries/{i}")).map_or(0, |(line, _)| line);
        let origin = Origin { file: file.to_owned(), line, index: i };
        match har_entry(entry, origin) {
            Ok(exchange) => exchanges.push(exchange),
            Err(message) => problems.push(TrafficError::Line {
                file: file.to_owned(),
                line,
                message: format!("entry {i}: {message}"),
            }),
        }
    }
    finish(exchanges, problems)
}

fn har_entry(entry: &Value, origin: Origin) -> Result<Exchange, String> {
    let request = entry.get("request").ok_or("no `request`")?;
    let method = string(request, "method")?.to_ascii_uppercase();
    let url = string(request, "url")?.to_owned();
    let mut request_headers = har_headers(request).map_err(|e| format!("`request.headers`: {e}"))?;
    let post = request.get("postData");
    let request_body = post.and_then(|p| p.get("text")).and_then(Value::as_str).map(|text| Body::Text(text.to_owned()));
    // The body's media type is `postData.mimeType` when the headers were not exported.
    let mime = post.and_then(|p| p.get("mimeType")).and_then(Value::as_str).filter(|m| !m.is_empty());
    if let (Some(mime), false) = (mime, request_headers.iter().any(|(n, _)| n == "content-type")) {
        request_headers.push(("content-type".to_owned(), mime.to_owned()));
    }
    let response = match entry.get("response") {
        None | Some(Value::Null) => None,
        Some(r) => Some(har_response(r).map_err(|e| format!("`response`: {e}"))?),
    };
    // Browsers record a response of status 0 when none came.
    let (response, error) = match response {
        Some(r) if r.status == 0 => (None, Some("no response (status 0)".to_owned())),
        other => (other, None),
    };
    Ok(Exchange {
        origin,
        operation: None,
        method,
        template: None,
        url,
        request_headers,
        request_body,
        response,
        error,
    })
}

fn har_headers(message: &Value) -> Result<Vec<(String, String)>, String> {
    let Some(headers) = message.get("headers") else { return Ok(Vec::new()) };
    let items = headers.as_array().ok_or("not a list")?;
    items
        .iter()
        .map(|h| match (h.get("name").and_then(Value::as_str), h.get("value").and_then(Value::as_str)) {
            (Some(name), Some(value)) => Ok((name.to_ascii_lowercase(), value.to_owned())),
            _ => Err(format!("{h} has no `name` and `value` strings")),
        })
        .collect()
}

fn har_response(value: &Value) -> Result<Response, String> {
    let status = value.get("status").and_then(Value::as_u64).ok_or("no numeric `status`")?;
    let status = u16::try_from(status).map_err(|_| format!("status {status} is not an HTTP status"))?;
    let mut headers = har_headers(value).map_err(|e| format!("`headers`: {e}"))?;
    let content = value.get("content");
    let mime = content.and_then(|c| c.get("mimeType")).and_then(Value::as_str).filter(|m| !m.is_empty());
    if let (Some(mime), false) = (mime, headers.iter().any(|(n, _)| n == "content-type")) {
        headers.push(("content-type".to_owned(), mime.to_owned()));
    }
    let text = content.and_then(|c| c.get("text")).and_then(Value::as_str);
    let base64 = content.and_then(|c| c.get("encoding")).and_then(Value::as_str) == Some("base64");
    let body = text.map(|t| if base64 { Body::Base64(t.to_owned()) } else { Body::Text(t.to_owned()) });
    Ok(Response { status, headers, body })
}

#[cfg(test)]
mod tests {
    use super::*;

    const OK: &str = r#"{"format":"codegen-traffic/1","method":"get","url":"http://h/a?x=1","response":{"status":200,"headers":[["Content-Type","application/json"]],"body":"{}"}}"#;

    #[test]
    fn jsonl_records_keep_their_lines_and_blank_lines_hold_none() {
        let text = format!("{OK}\n\n{OK}\n");
        let read = read("t.jsonl", &text).unwrap();
        assert_eq!(read.iter().map(|e| (e.origin.line, e.origin.index)).collect::<Vec<_>>(), [(1, 0), (3, 1)]);
        assert_eq!(read[0].method, "GET");
        assert_eq!(read[0].response.as_ref().unwrap().headers[0].0, "content-type");
    }

    #[test]
    fn every_bad_line_is_named() {
        let text = format!(
            "{OK}\nnot json\n{{\"format\":\"other/2\"}}\n{{\"format\":\"codegen-traffic/1\",\"method\":\"GET\"}}\n"
        );
        let err = read("t.jsonl", &text).unwrap_err().to_string();
        assert!(err.contains("t.jsonl:2: not a JSON object"), "{err}");
        assert!(err.contains("t.jsonl:3: unknown format `other/2`"), "{err}");
        assert!(err.contains("t.jsonl:4: no `url` string"), "{err}");
    }

    #[test]
    fn har_is_recognised_by_content() {
        let har = r#"{"log": {"entries": [
  {"request": {"method": "GET", "url": "http://h/a", "headers": []},
   "response": {"status": 200, "headers": [], "content": {"mimeType": "application/json", "text": "[]"}}}]}}"#;
        let read = read("capture.json", har).unwrap();
        assert_eq!(read.len(), 1);
        let post = r#"{"log": {"entries": [{"request": {"method": "POST", "url": "http://h/a",
            "postData": {"mimeType": "application/json", "text": "{}"}}, "response": {"status": 0}}]}}"#;
        let posted = super::read("x.har", post).unwrap();
        assert_eq!(crate::conform::content_type(&posted[0].request_headers).as_deref(), Some("application/json"));
        assert_eq!(posted[0].request_body, Some(Body::Text("{}".into())));
        assert!(posted[0].response.is_none() && posted[0].error.is_some(), "status 0: no response came");
        assert_eq!(read[0].origin.line, 2);
        assert_eq!(read[0].response.as_ref().unwrap().content_type().as_deref(), Some("application/json"));
    }
}
