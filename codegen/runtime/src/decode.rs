use serde::de::DeserializeOwned;

/// Why a body did not decode: the path to the failing field and serde's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeFailure {
    /// The path to the failing field (`objects[3].created`), `.` for the whole body.
    pub path: String,
    /// What went wrong.
    pub message: String,
}

/// Turns a success response's body into the operation's type.
pub type Decoder<T> = fn(u16, &[u8]) -> Result<T, DecodeFailure>;

/// Decodes a JSON body into `T`, recording the path to a failing field.
pub fn decode_json<T: DeserializeOwned>(_status: u16, body: &[u8]) -> Result<T, DecodeFailure> {
    // The fast path is plain serde_json; only a failure pays for tracking the path.
    match serde_json::from_slice(body) {
        Ok(value) => Ok(value),
        Err(plain) => {
            Err(locate_failure::<T>(body).unwrap_or(DecodeFailure { path: ".".to_owned(), message: plain.to_string() }))
        }
    }
}

fn locate_failure<T: DeserializeOwned>(body: &[u8]) -> Option<DecodeFailure> {
    let mut de = serde_json::Deserializer::from_slice(body);
    match serde_path_to_error::deserialize::<_, T>(&mut de) {
        Err(err) => Some(DecodeFailure { path: err.path().to_string(), message: err.into_inner().to_string() }),
        Ok(_) => de.end().err().map(|err| DecodeFailure { path: ".".to_owned(), message: err.to_string() }),
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_body_is_none_and_a_body_is_decoded() {
        assert_eq!(decode_json_optional::<Vec<u8>>(204, b"").unwrap(), None);
        assert_eq!(decode_json_optional::<Vec<u8>>(200, b" \n").unwrap(), None);
        assert_eq!(decode_json_optional::<Vec<u8>>(200, b"[1,2]").unwrap(), Some(vec![1, 2]));
        let failure = decode_json_optional::<Vec<u8>>(200, b"[1,\"x\"]").unwrap_err();
        assert_eq!(failure.path, "[1]");
    }
}
