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
        let path = offset_of(body, err.line(), err.column())
            .map_or_else(|| ".".to_owned(), |end| path_at(body, end, Stop::of(err)));
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

/// What `serde_json` was doing when it stopped, as far as the path depends on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stop {
    /// A syntax error, or a value `serde_json` read itself and refused (a wrong type): the
    /// position is at that value.
    AtValue,
    /// An object or array that ended too soon (a missing field, too few elements).
    ContainerEnded,
    /// An error raised after a value was read, by code outside `serde_json` (a one-of that no
    /// variant matched, a `deserialize_with`): it gets the position where the enclosing
    /// container's reading ended, which is past the container's end when the value was its last.
    AfterValue,
}

impl Stop {
    fn of(err: &serde_json::Error) -> Stop {
        if err.classify() != serde_json::error::Category::Data {
            return Stop::AtValue;
        }
        let message = err.to_string();
        if message.starts_with("missing field") || message.starts_with("invalid length") {
            Stop::ContainerEnded
        } else {
            Stop::AfterValue
        }
    }
}

/// The path (`users[0].id`, `.` for the root) of the value `serde_json` was reading when it
/// stopped at byte `end` (the position it reports: one past the byte it last looked at).
///
/// `serde_json` reports a wrong type one past the first byte of the value it peeked at (not
/// consumed), so that byte is not read here. Just after a `}` or `]` it reports two things: a
/// container that ended too soon (a missing field: the path is the container's), and an error
/// in the container's last value raised outside `serde_json` (the container's end was read
/// before the error got its position: the path is that last key or index). The message tells
/// them apart. One case stays ambiguous and gets the container's path: such an error right
/// before a `,` may be the container's own (a one-of object) or its last value's.
fn path_at(body: &[u8], end: usize, stop: Stop) -> String {
    let end = match end.checked_sub(1).map(|last| body[last]) {
        None => end,
        Some(b'}' | b']') => {
            let next = body[end..].iter().find(|b| !b.is_ascii_whitespace());
            if stop == Stop::AfterValue && next != Some(&b',') {
                end - 1
            } else {
                end
            }
        }
        Some(_) => end - 1,
    };
    path_of(&frames_before(body, end))
}

/// The containers open at byte `end` of `body`, outermost first, each with where in it `end` is.
fn frames_before(body: &[u8], end: usize) -> Vec<Frame> {
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
    stack
}

/// The path of the innermost open container (`a.b[2]`; `.` for the top level), up to the
/// first object whose key is not yet known.
fn path_of(stack: &[Frame]) -> String {
    let mut path = String::new();
    for frame in stack {
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

    /// A one-of: its mismatch is raised by serde after the value was read.
    #[derive(Debug, Deserialize)]
    #[serde(untagged)]
    #[allow(dead_code)]
    enum Shape {
        Circle { radius: f64 },
        Count(i64),
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Drawing {
        id: i64,
        shape: Shape,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Canvas {
        drawings: Vec<Drawing>,
        title: String,
        #[serde(deserialize_with = "even")]
        size: i64,
    }

    fn even<'de, D: serde::Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
        let n = i64::deserialize(d)?;
        if n % 2 == 0 {
            Ok(n)
        } else {
            Err(serde::de::Error::custom("odd size"))
        }
    }

    #[test]
    fn an_error_in_the_last_key_names_that_key() {
        // Compact and pretty-printed, at the top level and nested, as the last key and not.
        assert_eq!(path_of::<Drawing>(r#"{"id": 1, "shape": "round"}"#), "shape");
        assert_eq!(path_of::<Drawing>(r#"{"id":1,"shape":"round"}"#), "shape");
        assert_eq!(path_of::<Drawing>("{\n  \"id\": 1,\n  \"shape\": \"round\"\n}"), "shape");
        assert_eq!(path_of::<Drawing>(r#"{"shape": "round", "id": 1}"#), "shape");
        assert_eq!(path_of::<Drawing>(r#"{"id": 1, "shape": {"radius": "big"}}"#), "shape");
        let canvas = |drawings: &str| format!(r#"{{"title": "t", "size": 2, "drawings": {drawings}}}"#);
        assert_eq!(
            path_of::<Canvas>(&canvas(r#"[{"id": 1, "shape": 3}, {"id": 2, "shape": "x"}]"#)),
            "drawings[1].shape"
        );
        assert_eq!(path_of::<Canvas>(&canvas(r#"[{"id":1,"shape":3},{"id":2,"shape":"x"}]"#)), "drawings[1].shape");
        assert_eq!(path_of::<Canvas>(&canvas(r#"[{"id": 1, "shape": [1]}]"#)), "drawings[0].shape");
        let pretty = "{\n  \"title\": \"t\",\n  \"drawings\": [\n    {\n      \"id\": 1,\n      \"shape\": true\n    }\n  ],\n  \"size\": 4\n}";
        assert_eq!(path_of::<Canvas>(pretty), "drawings[0].shape");
        // A custom check of a field's value, last and not last.
        assert_eq!(path_of::<Canvas>(r#"{"drawings": [], "title": "t", "size": 3}"#), "size");
        assert_eq!(path_of::<Canvas>(r#"{"drawings": [], "size": 3, "title": "t"}"#), "size");
        // A plain wrong type in the last key, compact and pretty.
        assert_eq!(path_of::<User>(r#"{"id":1,"name":2}"#), "name");
        assert_eq!(path_of::<User>("{\n  \"id\": 1,\n  \"name\": 2\n}"), "name");
        assert_eq!(path_of::<Page>(r#"{"objects":[{"id":1,"name":"a","tags":{}}],"meta":{}}"#), "objects[0].tags");
    }

    #[test]
    fn a_missing_field_or_length_names_its_container_compact_or_pretty() {
        assert_eq!(path_of::<Drawing>(r#"{"id":1}"#), ".");
        assert_eq!(path_of::<Drawing>("{\n  \"id\": 1\n}\n"), ".");
        assert_eq!(path_of::<Canvas>(r#"{"title":"t","size":2,"drawings":[{"id":1}]}"#), "drawings[0]");
        assert_eq!(
            path_of::<Canvas>("{\"title\": \"t\", \"size\": 2, \"drawings\": [\n  {\n    \"id\": 1\n  }\n]}"),
            "drawings[0]"
        );
        assert_eq!(path_of::<(i64, i64)>("[1]"), ".");
    }

    #[test]
    fn syntax_errors_name_where_they_are() {
        assert_eq!(path_of::<Page>(r#"{"objects": [{"id": 1,, "name": "a"}], "meta": {}}"#), "objects[0]");
        assert_eq!(path_of::<User>(r#"{"id": 1, "name": "a"} trailing"#), ".");
        assert_eq!(path_of::<User>(""), ".");
    }
}
