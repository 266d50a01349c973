use serde::de::DeserializeOwned;

/// Why a body did not decode: the path to the failing field and serde's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeFailure {
    /// The path to the failing field (`objects[3].created`), `.` for the whole body.
    pub path: String,
    /// What went wrong.
    pub message: String,
}

impl DecodeFailure {
    /// The failure `err` of decoding `body`, with the path to where `serde_json` stopped.
    pub(crate) fn of(body: &[u8], err: &serde_json::Error) -> Self {
        let path = offset_of(body, err.line(), err.column()).map_or_else(|| ".".to_owned(), |end| path_at(body, end));
        DecodeFailure { path, message: err.to_string() }
    }
}

/// Turns a success response's body into the operation's type.
pub type Decoder<T> = fn(u16, &[u8]) -> Result<T, DecodeFailure>;

/// Decodes a JSON body into `T`; on failure, the path to the failing field.
///
/// The path comes from the position `serde_json` reports, read back against the body by
/// `path_at`, which is not generic: each type's `Deserialize` impl is instantiated once, with
/// `serde_json`'s slice reader, and nothing else (a path-tracking deserializer would compile
/// every type's impl a second time in every generated crate).
pub fn decode_json<T: DeserializeOwned>(_status: u16, body: &[u8]) -> Result<T, DecodeFailure> {
    serde_json::from_slice(body).map_err(|err| DecodeFailure::of(body, &err))
}

/// For operations whose success response has no body: ignores whatever was sent.
pub fn decode_empty(_status: u16, _body: &[u8]) -> Result<(), DecodeFailure> {
    Ok(())
}

/// For a JSON body that some success statuses leave out (`204 No Content`): `None` for an empty
/// body, otherwise the decoded value.
pub fn decode_json_optional<T: DeserializeOwned>(status: u16, body: &[u8]) -> Result<Option<T>, DecodeFailure> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    decode_json(status, body).map(Some)
}

/// For `text/*` bodies: the body as a string.
pub fn decode_text(_status: u16, body: &[u8]) -> Result<String, DecodeFailure> {
    String::from_utf8(body.to_vec()).map_err(|e| DecodeFailure { path: ".".to_owned(), message: e.to_string() })
}

/// For binary bodies: the bytes as they came.
pub fn decode_bytes(_status: u16, body: &[u8]) -> Result<Vec<u8>, DecodeFailure> {
    Ok(body.to_vec())
}

/// The byte offset of `serde_json`'s (1-based line, byte column) position, if it has one.
fn offset_of(body: &[u8], line: usize, column: usize) -> Option<usize> {
    if line == 0 {
        return None;
    }
    let mut start = 0;
    for _ in 1..line {
        start += body.get(start..)?.iter().position(|&b| b == b'\n')? + 1;
    }
    Some((start + column).min(body.len()))
}

/// One open container while reading JSON text.
enum Frame {
    Object { key: Option<String>, in_value: bool },
    Array { index: usize },
}

/// The path (`users[0].id`, `.` for the root) of the value `serde_json` was reading when it
/// stopped at byte `end` (the position it reports: one past the byte it last looked at).
fn path_at(body: &[u8], end: usize) -> String {
    // serde_json reports a type mismatch one past the first byte of the value it peeked at,
    // not consumed, so that byte is not read here; a missing field is reported just after the
    // object's closing brace, which is read (the path is then the object's).
    let end = match end.checked_sub(1).map(|last| body[last]) {
        Some(b'}' | b']') | None => end,
        Some(_) => end - 1,
    };
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < end {
        match body[i] {
            b'{' => stack.push(Frame::Object { key: None, in_value: false }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b':' => {
                if let Some(Frame::Object { in_value, .. }) = stack.last_mut() {
                    *in_value = true;
                }
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { key, in_value }) => {
                    *key = None;
                    *in_value = false;
                }
                None => {}
            },
            b'"' => {
                let start = i;
                i += 1;
                while i < body.len() && body[i] != b'"' {
                    i += if body[i] == b'\\' { 2 } else { 1 };
                }
                if let Some(Frame::Object { key, in_value: false }) = stack.last_mut() {
                    let text = body.get(start..=i).unwrap_or_default();
                    *key =
                        Some(serde_json::from_slice::<String>(text).unwrap_or_else(|_| {
                            String::from_utf8_lossy(text.get(1..).unwrap_or_default()).into_owned()
                        }));
                }
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(key), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object { key: None, .. } => break,
            Frame::Array { index } => {
                path.push('[');
                path.push_str(&index.to_string());
                path.push(']');
            }
        }
    }
    if path.is_empty() {
        path.push('.');
    }
    path
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde::Deserialize;

    use super::*;

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Page {
        objects: Vec<User>,
        meta: BTreeMap<String, i64>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct User {
        id: i64,
        name: String,
        #[serde(default)]
        kind: Option<Kind>,
        #[serde(default)]
        tags: Vec<String>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "lowercase")]
    enum Kind {
        Admin,
        Member,
    }

    fn path_of<T: DeserializeOwned + std::fmt::Debug>(body: &str) -> String {
        decode_json::<T>(200, body.as_bytes()).unwrap_err().path
    }

    #[test]
    fn an_empty_body_is_none_and_a_body_is_decoded() {
        assert_eq!(decode_json_optional::<Vec<u8>>(204, b"").unwrap(), None);
        assert_eq!(decode_json_optional::<Vec<u8>>(200, b" \n").unwrap(), None);
        assert_eq!(decode_json_optional::<Vec<u8>>(200, b"[1,2]").unwrap(), Some(vec![1, 2]));
        let failure = decode_json_optional::<Vec<u8>>(200, b"[1,\"x\"]").unwrap_err();
        assert_eq!(failure.path, "[1]");
    }

    #[test]
    fn a_wrong_type_names_its_field() {
        let ok = r#"{"id": 1, "name": "a"}"#;
        assert_eq!(
            path_of::<Page>(&format!(r#"{{"objects": [{ok}, {{"id": "7", "name": "b"}}], "meta": {{}}}}"#)),
            "objects[1].id"
        );
        assert_eq!(path_of::<Page>(r#"{"objects": [], "meta": {"total": "x"}}"#), "meta.total");
        assert_eq!(path_of::<Page>(r#"{"objects": {}, "meta": {}}"#), "objects");
        assert_eq!(path_of::<User>(r#"{"id": 1, "name": 2}"#), "name");
        assert_eq!(path_of::<User>(r#"{"id": 1, "name": "a", "tags": ["x", 3]}"#), "tags[1]");
        assert_eq!(path_of::<User>("\"text\""), ".");
    }

    #[test]
    fn a_missing_field_names_its_object() {
        let body = r#"{"objects": [{"id": 1, "name": "a"}, {"id": 2}, {"id": 3, "name": "c"}], "meta": {}}"#;
        assert_eq!(path_of::<Page>(body), "objects[1]");
        assert_eq!(path_of::<Page>(r#"{"objects": []}"#), ".");
        assert_eq!(path_of::<User>(r#"{"name": "a"}"#), ".");
    }

    #[test]
    fn an_unknown_enum_value_names_its_field() {
        assert_eq!(path_of::<User>(r#"{"id": 1, "name": "a", "kind": "owner"}"#), "kind");
        assert_eq!(path_of::<User>(r#"{"kind": "owner", "id": 1, "name": "a"}"#), "kind");
    }

    #[test]
    fn pretty_printed_bodies_and_escaped_keys_are_followed() {
        let body = "{\n  \"objects\": [\n    {\"id\": 1, \"name\": \"a\\\"b\"},\n    {\n      \"id\": 2,\n      \"name\": \"x\",\n      \"tags\": [\"t\", null]\n    }\n  ],\n  \"meta\": {}\n}";
        assert_eq!(path_of::<Page>(body), "objects[1].tags[1]");
        let body = "{\"m\\u0065ta\": {\"a\\\"b\": true}, \"objects\": []}";
        assert_eq!(path_of::<Page>(body), "meta.a\"b");
    }

    #[test]
    fn syntax_errors_name_where_they_are() {
        assert_eq!(path_of::<Page>(r#"{"objects": [{"id": 1,, "name": "a"}], "meta": {}}"#), "objects[0]");
        assert_eq!(path_of::<User>(r#"{"id": 1, "name": "a"} trailing"#), ".");
        assert_eq!(path_of::<User>(""), ".");
    }
}
