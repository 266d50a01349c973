//! TWS: the seed is a Postman documenter page (JSON). Its `collection` would hold `item`s
//! (requests, each with saved `response`s); the saved page has none, only the overview. The
//! examples the spec was written from are in `notes/tws-examples.json` beside the seeds (vendor
//! knowledge-base pages and public client code), one entry per request or response example.

use anyhow::{bail, Context, Result};
use serde_json::Value;

use super::{fill_template, json_response, Extracted, SeedExchange, Sources};

pub const ABOUT: &str = "\
TWS: the seed (a Postman documenter page) holds the collection's overview only, no request item and \
no example (its Postman items would be read the same way: `request.url.raw`, `request.body.raw`, each \
saved `response` with its `code` and `body`). The examples are those of `shared/notes/tws-examples.json` \
(the vendor's knowledge base and public client code; `repaired: true` marks examples whose values the \
notes replaced by placeholders such as `<BEARER_TOKEN>`), written compactly as JSON since that file \
holds them as JSON values. Statuses are the ones given there (201 for the creates, 200 for the lock \
list). Path parameters are filled with `1`. A second request example of an operation without a \
response of its own is an exchange without a response.";

/// The Postman items of the seed, then the examples file.
pub fn parse(sources: &Sources, text: &str) -> Result<Extracted> {
    let page: Value = serde_json::from_str(text).context("the seed is not the JSON of a Postman page")?;
    let Some(collection) = page.get("collection") else { bail!("the Postman page has no `collection`") };
    let mut out = Extracted::default();
    postman_items(collection.get("item"), &mut out)?;
    let path = sources.shared("notes/tws-examples.json");
    let examples = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    examples_file(&examples, &mut out).with_context(|| format!("reading {}", path.display()))?;
    Ok(out)
}

/// Postman collection v2 items, folders included (the saved seed has none: no line to name).
fn postman_items(items: Option<&Value>, out: &mut Extracted) -> Result<()> {
    for item in items.and_then(Value::as_array).into_iter().flatten() {
        postman_items(item.get("item"), out)?;
        let Some(request) = item.get("request") else { continue };
        let url = request.get("url").and_then(|u| u.get("raw").or(Some(u))).and_then(Value::as_str);
        let (Some(method), Some(url)) = (request.get("method").and_then(Value::as_str), url) else {
            bail!("the item `{}` has no method or URL", item.get("name").and_then(Value::as_str).unwrap_or("?"));
        };
        // `{{TwsHost}}/users` → `/users`.
        let path = url.split_once("}}").map_or(url, |(_, rest)| rest).to_owned();
        let raw = |v: Option<&Value>| v.and_then(Value::as_str).filter(|s| !s.is_empty()).map(str::to_owned);
        let mut request_body = raw(request.pointer("/body/raw"));
        out.operations += 1;
        for response in item.get("response").and_then(Value::as_array).into_iter().flatten() {
            let status = response.get("code").and_then(Value::as_u64).and_then(|c| u16::try_from(c).ok());
            let Some(status) = status else { bail!("a saved response of `{method} {path}` has no code") };
            let mut r = json_response(status, String::new());
            r.body = raw(response.get("body"));
            out.exchanges.push(SeedExchange {
                method: method.to_ascii_uppercase(),
                path: path.clone(),
                line: 1,
                request: request_body.take(),
                response: Some(r),
                notes: Vec::new(),
            });
        }
    }
    Ok(())
}

/// `[{method, path, direction, status, source, json, repaired}]`: each response is an exchange
/// carrying the operation's next unused request example; unused requests are exchanges alone.
fn examples_file(text: &str, out: &mut Extracted) -> Result<()> {
    let entries: Vec<Value> = serde_json::from_str(text)?;
    let mut operations: Vec<(String, String)> = Vec::new();
    let mut requests: Vec<(String, String, String, String)> = Vec::new();
    let mut exchanges = Vec::new();
    for (i, entry) in entries.iter().enumerate() {
        let field = |k: &str| entry.get(k).and_then(Value::as_str).map(str::to_owned);
        let (Some(method), Some(path), Some(direction), Some(json)) =
            (field("method"), field("path"), field("direction"), entry.get("json"))
        else {
            bail!("entry {i} lacks `method`, `path`, `direction` or `json`");
        };
        let repaired = entry.get("repaired").and_then(Value::as_bool) == Some(true);
        let source = field("source").unwrap_or_default();
        let note = format!(
            "{direction} example {i} of notes/tws-examples.json{} ({source})",
            if repaired { ", repaired" } else { "" }
        );
        if !operations.contains(&(method.clone(), path.clone())) {
            operations.push((method.clone(), path.clone()));
        }
        match direction.as_str() {
            "request" => requests.push((method, path, json.to_string(), note)),
            "response" => {
                let status = entry.get("status").and_then(Value::as_u64).and_then(|s| u16::try_from(s).ok());
                let Some(status) = status else { bail!("the response example {i} has no status") };
                let mut notes = vec![note];
                let at = requests.iter().position(|r| r.0 == method && r.1 == path);
                let request = at.map(|at| requests.remove(at)).map(|(_, _, body, note)| {
                    notes.insert(0, note);
                    body
                });
                let response = Some(json_response(status, json.to_string()));
                exchanges.push(SeedExchange {
                    method,
                    path: fill_template(&path, "1"),
                    line: 1,
                    request,
                    response,
                    notes,
                });
            }
            other => bail!("entry {i}: unknown direction `{other}`"),
        }
    }
    for (method, path, body, note) in requests {
        let path = fill_template(&path, "1");
        exchanges.push(SeedExchange { method, path, line: 1, request: Some(body), response: None, notes: vec![note] });
    }
    out.operations += operations.len();
    out.exchanges.extend(exchanges);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_examples_pair_requests_with_responses() {
        let mut out = Extracted::default();
        let text = r#"[
          {"method":"POST","path":"/keys","direction":"request","status":null,"source":"a","json":{"k":1},"repaired":false},
          {"method":"POST","path":"/keys","direction":"request","status":null,"source":"b","json":{"k":2},"repaired":true},
          {"method":"POST","path":"/keys","direction":"response","status":201,"source":"c","json":{"data":[]},"repaired":true},
          {"method":"GET","path":"/sites/{site_id}/locks","direction":"response","status":200,"source":"d","json":[]}
        ]"#;
        examples_file(text, &mut out).unwrap();
        assert_eq!(out.operations, 2);
        let e = &out.exchanges;
        assert_eq!(e.len(), 3);
        assert_eq!(
            (e[0].request.as_deref(), e[0].response.as_ref().map(|r| r.status)),
            (Some(r#"{"k":1}"#), Some(201))
        );
        assert_eq!(e[0].response.as_ref().and_then(|r| r.body.as_deref()), Some(r#"{"data":[]}"#));
        assert_eq!(e[1].path, "/sites/1/locks");
        assert_eq!((e[2].request.as_deref(), e[2].response.is_none()), (Some(r#"{"k":2}"#), true));
        assert!(e[2].notes[0].contains("repaired"));
        assert!(examples_file(r#"[{"method":"GET"}]"#, &mut out).is_err());
    }

    #[test]
    fn postman_items_are_read_and_the_saved_seed_has_none() {
        let mut out = Extracted::default();
        let items: Value = serde_json::from_str(
            r#"[{"name":"Users","item":[{"name":"List","request":{"method":"GET","url":{"raw":"{{TwsHost}}/users"}},
                 "response":[{"code":200,"body":"{\"data\": [],}"}]}]}]"#,
        )
        .unwrap();
        postman_items(Some(&items), &mut out).unwrap();
        assert_eq!((out.operations, out.exchanges[0].path.as_str()), (1, "/users"));
        assert_eq!(out.exchanges[0].response.as_ref().and_then(|r| r.body.as_deref()), Some("{\"data\": [],}"));
        let seed = std::fs::read_to_string(super::super::seeds_dir(&crate::root()).join("000_b4bcbbe0cc2c3681.txt"));
        if let Ok(seed) = seed {
            let page: Value = serde_json::from_str(&seed).unwrap();
            let mut none = Extracted::default();
            postman_items(page["collection"].get("item"), &mut none).unwrap();
            assert_eq!(none.operations, 0);
        }
    }
}
