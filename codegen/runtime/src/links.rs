//! Next-page links: the `rel="next"` target of a `Link` header (RFC 8288), and a next-page URL
//! turned back into a request path and query under the client's base URL.

use crate::request::QueryWriter;

/// The target of the first link whose `rel` includes `next`, in a `Link` header value such as
/// `<https://api.example.com/items?page=2>; rel="next", <…>; rel="last"`.
pub(crate) fn next_link(header: &str) -> Option<&str> {
    let mut rest = header;
    while let Some(open) = rest.find('<') {
        let close = open + rest[open..].find('>')?;
        let target = &rest[open + 1..close];
        // The parameters run to the next link (`, <`) or the end.
        let after = &rest[close + 1..];
        let end = after.find(", <").or_else(|| after.find(",<")).unwrap_or(after.len());
        let params = &after[..end];
        let is_next = params.split(';').any(|param| {
            let Some((name, value)) = param.split_once('=') else { return false };
            name.trim().eq_ignore_ascii_case("rel")
                && value.trim().trim_matches('"').split_ascii_whitespace().any(|rel| rel.eq_ignore_ascii_case("next"))
        });
        if is_next {
            return Some(target);
        }
        rest = &after[end..];
    }
    None
}

/// The path and query of `next` (an absolute URL, an absolute path, or `?query` on the current
/// path) under `base_url`. A URL of another origin, or outside the base URL's path, is refused:
/// the client's credentials are never sent there.
pub(crate) fn under_base(base_url: &str, current_path: &str, next: &str) -> Result<(String, QueryWriter), String> {
    let (origin, base_path) = split_origin(base_url);
    let target = if next.contains("://") {
        next.strip_prefix(origin)
            .filter(|rest| rest.is_empty() || rest.starts_with('/') || rest.starts_with('?'))
            .ok_or_else(|| format!("the next page `{next}` is not on the API's origin `{origin}`"))?
            .to_owned()
    } else if next.starts_with('/') {
        next.to_owned()
    } else if let Some(query) = next.strip_prefix('?') {
        format!("{base_path}{current_path}?{query}")
    } else {
        return Err(format!("the next page `{next}` is neither a URL nor an absolute path"));
    };
    let rest = target
        .strip_prefix(base_path)
        .filter(|rest| rest.is_empty() || rest.starts_with('/') || rest.starts_with('?'))
        .ok_or_else(|| format!("the next page `{next}` is outside the API's base path `{base_path}`"))?;
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    Ok((path.to_owned(), QueryWriter::parse(query)))
}

/// `https://api.example.com:8443/v1` → (`https://api.example.com:8443`, `/v1`).
fn split_origin(url: &str) -> (&str, &str) {
    let start = url.find("://").map_or(0, |i| i + 3);
    match url[start..].find('/') {
        Some(slash) => url.split_at(start + slash),
        None => (url, ""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_next_link_among_others() {
        let header = r#"<https://api.github.com/repositories/1/issues?page=2>; rel="next", <https://api.github.com/repositories/1/issues?page=9>; rel="last""#;
        assert_eq!(next_link(header), Some("https://api.github.com/repositories/1/issues?page=2"));
        assert_eq!(
            next_link(r#"<https://x/a?page=1>; rel="prev first", <https://x/a?page=3>; rel=next"#),
            Some("https://x/a?page=3")
        );
        assert_eq!(next_link(r#"<https://x/a?page=1>; rel="prev""#), None);
        assert_eq!(next_link(""), None);
    }

    #[test]
    fn next_urls_become_paths_under_the_base() {
        let (path, query) = under_base(
            "https://h.example/admin-api/1",
            "/users/",
            "https://h.example/admin-api/1/users/?limit=2&offset=4",
        )
        .unwrap();
        assert_eq!((path.as_str(), query.encode().as_str()), ("/users/", "limit=2&offset=4"));
        let (path, query) = under_base("http://127.0.0.1:9", "/items", "/items?cursor=a%20b").unwrap();
        assert_eq!((path.as_str(), query.get("cursor")), ("/items", Some("a b")));
        let (path, query) = under_base("http://127.0.0.1:9/v1", "/items", "?page=3").unwrap();
        assert_eq!((path.as_str(), query.get("page")), ("/items", Some("3")));
    }

    #[test]
    fn other_origins_and_paths_are_refused() {
        assert!(under_base("https://h.example/v1", "/a", "https://evil.example/v1/a?page=2")
            .unwrap_err()
            .contains("origin"));
        assert!(under_base("https://h.example/v1", "/a", "https://h.example.evil/v1/a")
            .unwrap_err()
            .contains("origin"));
        assert!(under_base("https://h.example/v1", "/a", "/v2/a?page=2").unwrap_err().contains("base path"));
        assert!(under_base("https://h.example/v1", "/a", "/v10/a").unwrap_err().contains("base path"));
        assert!(under_base("https://h.example/v1", "/a", "page=2").is_err());
    }
}
