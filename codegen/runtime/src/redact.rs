//! Where secrets are taken out of text that leaves the client: the body snippets of error
//! messages and recorded traffic. One JSON scanner serves both,
//! each with its own rule for which names are secret.

/// The same heuristic as the generator's for fields that become `Secret`s: what error
/// snippets hide.
pub(crate) fn is_secret_key(key: &str) -> bool {
    let name = key.to_ascii_lowercase().replace('-', "_");
    name.contains("password")
        || name.contains("secret")
        || name.ends_with("token")
        || name.ends_with("token_data")
        || name == "api_key"
        || name == "apikey"
}

/// `text` with the value of every JSON key that `is_secret` accepts replaced by the string
/// `replacement` (a `null` stays: it holds nothing), until the output is `limit` bytes long
/// (the rest is not needed for a snippet: longer output is cut). Everything else is kept byte
/// for byte (spaces, number spellings, escapes): the text is scanned, never parsed and
/// re-encoded. Text that is not JSON passes through unchanged, except for what looks like
/// `"key": value` in it.
pub(crate) fn json_text(text: &str, limit: usize, is_secret: fn(&str) -> bool, replacement: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len().min(limit.saturating_add(16)));
    let mut i = 0;
    // The last string read and whether it has been followed by a `:` (it is then a key).
    let mut last_string: Option<(usize, usize)> = None;
    let mut redact_next = false;
    while i < bytes.len() && out.len() < limit {
        let b = bytes[i];
        match b {
            b'"' => {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                let end = (i + 1).min(bytes.len());
                if redact_next {
                    push_replacement(&mut out, replacement);
                    redact_next = false;
                    last_string = None;
                } else {
                    out.push_str(&text[start..end]);
                    last_string = Some((start, end));
                }
                i = end;
                continue;
            }
            b':' => {
                out.push(':');
                redact_next = last_string.take().is_some_and(|(start, end)| {
                    let key = &text[start..end];
                    let key = serde_json::from_str::<String>(key).unwrap_or_else(|_| key.trim_matches('"').to_owned());
                    is_secret(&key)
                });
            }
            b if b.is_ascii_whitespace() => out.push(b as char),
            b'{' | b'[' if redact_next => {
                // An object or array under a secret key: all of it, to its matching end.
                i = container_end(bytes, i);
                push_replacement(&mut out, replacement);
                redact_next = false;
                continue;
            }
            _ if redact_next => {
                // A number, `true`, … : skip to the end of the scalar (a `null` is kept).
                let start = i;
                i = scalar_end(bytes, i);
                if &text[start..i] == "null" {
                    out.push_str("null");
                } else {
                    push_replacement(&mut out, replacement);
                }
                redact_next = false;
                continue;
            }
            _ => {
                redact_next = false;
                last_string = None;
                let ch_len = text[i..].chars().next().map_or(1, char::len_utf8);
                out.push_str(&text[i..i + ch_len]);
                i += ch_len;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// The index just past the object or array that opens at `i` (the text's end when it is cut).
fn container_end(bytes: &[u8], mut i: usize) -> usize {
    let mut depth = 0usize;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'{' | b'[' => depth += 1,
            b'}' | b']' => {
                depth -= 1;
                if depth == 0 {
                    i += 1;
                    break;
                }
            }
            _ => {}
        }
        i += 1;
    }
    i.min(bytes.len())
}

/// The index just past the scalar (a number, `true`, …) that starts at `i`.
fn scalar_end(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && !matches!(bytes[i], b',' | b'}' | b']') && !bytes[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// `replacement` as a JSON string.
fn push_replacement(out: &mut String, replacement: &str) {
    out.push('"');
    out.push_str(replacement);
    out.push('"');
}

/// The rule of recorded traffic (`docs/traffic.md`) for header, query, form and JSON key
/// names: a name containing `token`, `secret`, `password`, `passwd`, `api-key`, `apikey`,
/// `api_key`, `session` or `auth`, in any case.
pub(crate) fn is_secret_name(name: &str) -> bool {
    const PARTS: [&str; 9] =
        ["token", "secret", "password", "passwd", "api-key", "apikey", "api_key", "session", "auth"];
    let name = name.to_ascii_lowercase();
    PARTS.iter().any(|part| name.contains(part))
}

/// An encoded query or form body (`a=1&key=x%20y`) with the value of every pair whose decoded
/// name `is_secret` accepts replaced by `replacement`; every other byte kept as it was.
pub(crate) fn pairs_text(text: &str, is_secret: &dyn Fn(&str) -> bool, replacement: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, pair) in text.split('&').enumerate() {
        if i > 0 {
            out.push('&');
        }
        let (name, value) = match pair.split_once('=') {
            Some((name, value)) => (name, Some(value)),
            None => (pair, None),
        };
        let decoded = name.replace('+', " ");
        let decoded = percent_encoding::percent_decode_str(&decoded).decode_utf8_lossy();
        out.push_str(name);
        match value {
            Some(_) if is_secret(&decoded) => {
                out.push('=');
                out.push_str(replacement);
            }
            Some(value) => {
                out.push('=');
                out.push_str(value);
            }
            None => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traffic_names_are_matched_in_any_case_anywhere_in_the_name() {
        for name in [
            "Authorization",
            "X-API-Key",
            "apikey",
            "api_key",
            "refresh_token",
            "SESSIONID",
            "passwd",
            "client_secret",
            "X-Auth",
        ] {
            assert!(is_secret_name(name), "{name}");
        }
        for name in ["accept", "content-type", "limit", "x-request-id", "key"] {
            assert!(!is_secret_name(name), "{name}");
        }
    }

    #[test]
    fn pairs_keep_their_bytes_and_lose_secret_values() {
        let text = "q=a%20b&api_key=k%26y&Token=t&flag&x+y=1&my%5Fsecret=s";
        assert_eq!(
            pairs_text(text, &is_secret_name, "[redacted]"),
            "q=a%20b&api_key=[redacted]&Token=[redacted]&flag&x+y=1&my%5Fsecret=[redacted]"
        );
        assert_eq!(pairs_text("", &is_secret_name, "[redacted]"), "");
    }

    #[test]
    fn json_keeps_everything_but_secret_values_and_keeps_nulls() {
        let body = "{\"id\": 3600.0, \"session\": {\"id\": \"s1\"}, \"auth_token\": null, \"pin_password\": 1234,\n \"items\": [{\"api-key\": \"k\"}], \"name\": \"a\\\"b\"}";
        let text = json_text(body, usize::MAX, is_secret_name, "[redacted]");
        assert_eq!(
            text,
            "{\"id\": 3600.0, \"session\": \"[redacted]\", \"auth_token\": null, \"pin_password\": \"[redacted]\",\n \"items\": [{\"api-key\": \"[redacted]\"}], \"name\": \"a\\\"b\"}"
        );
    }
}
