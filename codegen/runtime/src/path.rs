//! Percent-encoding of path parameters and query strings.
//!
//! A path parameter is always one path segment: every character outside RFC 3986's
//! unreserved set is encoded, so `/`, `?`, `#`, `%` and `+` in a value can never change which
//! path is called. Values that would still be read as a segment of their own (empty, `.`,
//! `..`) are refused.

use std::fmt::Display;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC};

/// Characters encoded in a path segment: all but `A-Z a-z 0-9 - . _ ~`.
pub const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// Characters encoded in a query name or value: the same set as a segment.
pub const QUERY: &AsciiSet = SEGMENT;

/// Encodes one path parameter value as a single segment.
pub fn segment(value: &str) -> Result<String, String> {
    match value {
        "" => Err("a path parameter is empty".to_owned()),
        "." | ".." => Err(format!("a path parameter is the dot segment `{value}`")),
        _ => Ok(percent_encoding::utf8_percent_encode(value, SEGMENT).to_string()),
    }
}

/// Fills a path template such as `/users/{email}/` with the encoded `args`, in order.
pub fn render(template: &str, args: &[&dyn Display]) -> Result<String, String> {
    let mut out = String::with_capacity(template.len() + 16);
    let mut args = args.iter();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            return Err(format!("unclosed `{{` in path template `{template}`"));
        };
        let name = &rest[open + 1..open + close];
        let Some(arg) = args.next() else {
            return Err(format!("no value for path parameter `{name}`"));
        };
        let value = arg.to_string();
        let encoded = segment(&value).map_err(|e| format!("{e} (parameter `{name}`)"))?;
        out.push_str(&encoded);
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_reserved_characters() {
        let path = render("/users/{email}/", &[&"a+b@org.net"]).unwrap();
        assert_eq!(path, "/users/a%2Bb%40org.net/");
        let path = render("/x/{a}/y/{b}", &[&"a/b?c#d", &"%2F"]).unwrap();
        assert_eq!(path, "/x/a%2Fb%3Fc%23d/y/%252F");
    }

    #[test]
    fn refuses_dot_and_empty_segments() {
        assert!(render("/x/{a}/", &[&".."]).is_err());
        assert!(render("/x/{a}/", &[&"."]).is_err());
        assert!(render("/x/{a}/", &[&""]).is_err());
        assert_eq!(render("/x/{a}/", &[&"a..b"]).unwrap(), "/x/a..b/");
    }

    #[test]
    fn reports_missing_arguments() {
        assert!(render("/x/{a}/{b}", &[&1]).is_err());
    }
}
