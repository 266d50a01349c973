//! Which operation an exchange called: its `template` when the spec has it, else its URL path
//! (the base path of a server URL stripped, every server tried) against the spec's path
//! templates; the most literal template wins, and the exchange's `operation` breaks ties.

use serde_json::Value;

use super::Exchange;
use crate::diagnostic::child;

/// The operation an exchange matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Matched {
    /// The path template as the spec writes it.
    pub path: String,
    /// The method, lower case.
    pub method: String,
    /// `/paths/<path>/<method>` in the loaded document.
    pub pointer: String,
}

impl Matched {
    /// `GET /users/{id}`.
    pub fn key(&self) -> String {
        format!("{} {}", self.method.to_ascii_uppercase(), self.path)
    }
}

/// The operation `exchange` called, or why none matches.
pub(crate) fn find(root: &Value, exchange: &Exchange) -> Result<Matched, String> {
    let method = exchange.method.to_ascii_lowercase();
    let paths = root.get("paths").and_then(Value::as_object);
    let has = |path: &str| paths.and_then(|p| p.get(path)).and_then(|item| item.get(&method)).is_some();
    if let Some(template) = exchange.template.as_deref().filter(|t| has(t)) {
        return Ok(matched(template, &method));
    }
    let url_path = url_path(&exchange.url);
    let mut candidates: Vec<(usize, usize, &str)> = Vec::new();
    let mut other_methods: Vec<&str> = Vec::new();
    for (template, item) in paths.into_iter().flatten() {
        let operation = item.get(&method);
        // The servers of the operation, else of its path, else of the document.
        let servers = [operation, Some(item), Some(root)].into_iter().flatten().find_map(|n| n.get("servers"));
        for base in base_paths(servers) {
            let Some(rest) = strip_base(&url_path, &base) else { continue };
            let Some(score) = score(template, rest) else { continue };
            if operation.is_some() {
                candidates.push((score, base.len(), template));
            } else {
                other_methods.extend(crate::spec::openapi::METHODS.iter().filter(|m| item.get(**m).is_some()));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)));
    let best = candidates.first().map(|c| (c.0, c.1));
    let hinted = exchange.operation.as_deref().and_then(|hint| {
        candidates.iter().find(|c| {
            paths.and_then(|p| p[c.2].get(&method)).and_then(|op| op.get("operationId")).and_then(Value::as_str)
                == Some(hint)
        })
    });
    match hinted.or_else(|| candidates.iter().find(|c| Some((c.0, c.1)) == best)) {
        Some((_, _, template)) => Ok(matched(template, &method)),
        None if !other_methods.is_empty() => {
            other_methods.sort_unstable();
            other_methods.dedup();
            Err(format!(
                "no {} operation at `{url_path}` (the spec has {} there)",
                exchange.method,
                other_methods.iter().map(|m| m.to_ascii_uppercase()).collect::<Vec<_>>().join(", ")
            ))
        }
        None => Err(format!("no path of the spec matches {} `{url_path}`", exchange.method)),
    }
}

fn matched(path: &str, method: &str) -> Matched {
    Matched { path: path.to_owned(), method: method.to_owned(), pointer: child(&child("/paths", path), method) }
}

/// The path of a URL (absolute or not), without query or fragment.
pub(crate) fn url_path(url: &str) -> String {
    let rest = match url.find("://") {
        Some(scheme) => {
            let after = &url[scheme + 3..];
            after.find(['/', '?', '#']).map_or("", |i| &after[i..])
        }
        None => url,
    };
    let path = rest.split(['?', '#']).next().unwrap_or_default();
    if path.starts_with('/') {
        path.to_owned()
    } else {
        format!("/{path}")
    }
}

/// The decoded `name=value` pairs of a URL's query.
pub(crate) fn query(url: &str) -> Vec<(String, String)> {
    let Some((_, query)) = url.split('#').next().unwrap_or_default().split_once('?') else {
        return Vec::new();
    };
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(&name.replace('+', " ")), decode(&value.replace('+', " ")))
        })
        .collect()
}

/// The base path of every server URL of `servers` (variables at their defaults), longest first;
/// `""` too, for traffic recorded against a server at the root (a mock).
fn base_paths(servers: Option<&Value>) -> Vec<String> {
    let mut bases: Vec<String> = servers
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|server| {
            let mut url = server.get("url")?.as_str()?.to_owned();
            for (name, var) in server.get("variables").and_then(Value::as_object).into_iter().flatten() {
                let default = var.get("default").and_then(Value::as_str).unwrap_or_default();
                url = url.replace(&format!("{{{name}}}"), default);
            }
            Some(url_path(&url).trim_end_matches('/').to_owned())
        })
        .collect();
    bases.push(String::new());
    bases.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    bases.dedup();
    bases
}

/// `path` without the base path `base` (on a segment boundary).
fn strip_base<'p>(path: &'p str, base: &str) -> Option<&'p str> {
    let rest = path.strip_prefix(base)?;
    (rest.is_empty() || rest.starts_with('/')).then_some(if rest.is_empty() { "/" } else { rest })
}

/// How literally `template` matches `path` (literal characters matched), or `None`.
fn score(template: &str, path: &str) -> Option<usize> {
    let template_segments: Vec<&str> = template.split('/').collect();
    let path_segments: Vec<&str> = path.split('/').collect();
    if template_segments.len() != path_segments.len() {
        return None;
    }
    let mut score = 0;
    for (t, p) in template_segments.iter().zip(&path_segments) {
        let p = decode(p);
        if !segment_matches(t, &p) {
            return None;
        }
        score += t.len() - braces(t);
    }
    Some(score)
}

/// The characters of a segment's `{parameters}`.
fn braces(segment: &str) -> usize {
    crate::spec::openapi::template_params(segment).iter().map(|p| p.len() + 2).sum()
}

/// Whether one path segment fits a template segment (`{id}`, `{name}.json`, `v{major}`).
fn segment_matches(template: &str, segment: &str) -> bool {
    let Some(open) = template.find('{') else { return template == segment };
    let Some(close) = template[open..].find('}').map(|c| open + c) else { return template == segment };
    let (prefix, rest) = (&template[..open], &template[close + 1..]);
    let Some(tail) = segment.strip_prefix(prefix) else { return false };
    // A parameter is at least one character; try every split of what follows.
    (1..=tail.len()).filter(|&i| tail.is_char_boundary(i)).any(|i| segment_matches(rest, &tail[i..]))
}

/// Percent-decoding: one decoder for the spec's `$ref`s and the recorded URLs.
pub(crate) use crate::spec::pointer::percent_decode as decode;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conform::Origin;
    use serde_json::json;

    fn exchange(method: &str, url: &str) -> Exchange {
        Exchange {
            origin: Origin { file: "t".into(), line: 1, index: 0 },
            operation: None,
            method: method.into(),
            template: None,
            url: url.into(),
            request_headers: Vec::new(),
            request_body: None,
            response: None,
            error: None,
        }
    }

    #[test]
    fn the_most_literal_template_under_a_server_base_wins() {
        let root = json!({"servers": [{"url": "https://x.org/api/{v}", "variables": {"v": {"default": "v1"}}}],
            "paths": {"/users/{id}": {"get": {}}, "/users/me": {"get": {}}, "/files/{name}.json": {"get": {}}}});
        let key = |m: &str, u: &str| find(&root, &exchange(m, u)).map(|m| m.key());
        assert_eq!(key("GET", "http://127.0.0.1:9/api/v1/users/me?x=1"), Ok("GET /users/me".into()));
        assert_eq!(key("GET", "/api/v1/users/7"), Ok("GET /users/{id}".into()));
        assert_eq!(key("GET", "/users/7"), Ok("GET /users/{id}".into()), "a mock at the root");
        assert_eq!(key("GET", "/api/v1/files/a%20b.json"), Ok("GET /files/{name}.json".into()));
        assert_eq!(
            key("DELETE", "/api/v1/users/7"),
            Err("no DELETE operation at `/api/v1/users/7` (the spec has GET there)".into())
        );
        assert_eq!(key("GET", "/api/v1/nope"), Err("no path of the spec matches GET `/api/v1/nope`".into()));
        let own = json!({"servers": [{"url": "/api"}],
            "paths": {"/upload": {"servers": [{"url": "https://files.x.org/v2"}], "post": {}}}});
        let found = find(&own, &exchange("POST", "https://files.x.org/v2/upload"));
        assert_eq!(found.map(|m| m.key()), Ok("POST /upload".into()), "a path's own servers");
    }

    #[test]
    fn queries_are_decoded() {
        assert_eq!(
            query("/a?x=1&y=a%2Fb+c&z#f"),
            [("x".into(), "1".into()), ("y".into(), "a/b c".into()), ("z".into(), String::new())]
        );
    }
}
