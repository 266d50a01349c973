//! Beam: an API-Blueprint page dumped to text. An operation is a heading line `GET/users/`; it
//! has a Python example (`data = {…}`, a Python dict), an `Example URI` (`GET /users/joe@…/`), an
//! optional `Request` block and `Response  200` blocks, each with `Headers` and a `Body`.

use anyhow::{bail, Result};

use super::{join, json_end, Extracted, SeedExchange, SeedResponse, Sources};

pub const ABOUT: &str = "\
Beam (an API-Blueprint page): the URL is each operation's `Example URI` (the seed's example values, \
no query); the request example is the `Request` block's `Body`, else the Python example's `data = {…}` \
dict, verbatim (a Python dict is not JSON: such requests are `invalid-json`, and `requests` would send \
it form-encoded); every `Response  NNN` is an exchange with the seed's status and headers, and its `Body` \
when it has one (a documented status without a body is checked for its status only).";

const METHODS: [&str; 5] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/// `GET/users/` (a heading) → the method.
fn heading(line: &str) -> Option<&'static str> {
    METHODS.into_iter().find(|m| line.strip_prefix(m).is_some_and(|rest| rest.starts_with('/')))
}

pub fn parse(_: &Sources, text: &str) -> Result<Extracted> {
    let text = text.replace('\u{a0}', " ");
    let lines: Vec<&str> = text.lines().collect();
    let starts: Vec<usize> = (0..lines.len()).filter(|&i| heading(lines[i].trim_end()).is_some()).collect();
    let mut out = Extracted::default();
    for (k, &start) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(lines.len());
        out.operations += 1;
        out.exchanges.extend(operation(&lines, start, end)?);
    }
    Ok(out)
}

/// The exchanges of the operation on `lines[start..end]`.
fn operation(lines: &[&str], start: usize, end: usize) -> Result<Vec<SeedExchange>> {
    let block = |i: usize| -> Result<(usize, String)> {
        match json_end(lines, i, 0).filter(|&e| e <= end) {
            Some(e) => Ok((e, join(lines, i, e))),
            None => bail!("line {}: the example starting here does not end", i + 1),
        }
    };
    let (mut uri, mut python, mut request) = (None, None, None);
    let mut responses: Vec<SeedResponse> = Vec::new();
    let mut in_request = false;
    let mut i = start + 1;
    while i < end {
        let line = lines[i].trim_end();
        if let Some(dict) = line.strip_prefix("data = ") {
            let (e, body) = block(i)?;
            python = Some(format!("{dict}{}", body.get(line.len()..).unwrap_or_default()));
            i = e;
            continue;
        }
        if line == "Example URI" {
            let Some(next) = (i + 1..end).find(|&j| !lines[j].trim().is_empty()) else {
                bail!("line {}: `Example URI` without a URI", i + 1)
            };
            let Some((method, path)) = lines[next].trim().split_once(' ') else {
                bail!("line {}: `{}` is not `METHOD /path`", next + 1, lines[next].trim())
            };
            uri = Some((method.to_owned(), path.trim().to_owned()));
            i = next + 1;
            continue;
        }
        if line == "Request" {
            in_request = true;
        } else if let Some(status) = line.strip_prefix("Response ") {
            let Ok(status) = status.trim().parse::<u16>() else { bail!("line {}: `{line}` has no status", i + 1) };
            in_request = false;
            responses.push(SeedResponse { status, headers: Vec::new(), body: None });
        } else if line == "Headers" {
            let mut j = i + 1;
            while j < end {
                let Some((name, value)) = lines[j].split_once(": ").filter(|(n, _)| !n.contains(' ')) else { break };
                if let (false, Some(r)) = (in_request, responses.last_mut()) {
                    r.headers.push((name.to_ascii_lowercase(), value.trim().to_owned()));
                }
                j += 1;
            }
            i = j;
            continue;
        } else if line == "Body" {
            let (e, body) = block(i + 1)?;
            match (in_request, responses.last_mut()) {
                (true, _) => request = Some(body),
                (false, Some(r)) => r.body = Some(body),
                (false, None) => bail!("line {}: a `Body` outside a request or response", i + 1),
            }
            i = e;
            continue;
        }
        i += 1;
    }
    let Some((method, path)) = uri else { bail!("line {}: the operation has no `Example URI`", start + 1) };
    let mut notes = Vec::new();
    if request.is_none() && python.is_some() {
        notes.push("request example: the Python `data` dict".to_owned());
    }
    let mut request = request.or(python);
    let mut out: Vec<SeedExchange> = Vec::new();
    for mut response in responses {
        if response.body.is_some() && !response.headers.iter().any(|(n, _)| n == "content-type") {
            response.headers.push(("content-type".into(), "application/json".into()));
        }
        let (method, path, line) = (method.clone(), path.clone(), start + 1);
        out.push(SeedExchange {
            method,
            path,
            line,
            request: request.take(),
            response: Some(response),
            notes: Vec::new(),
        });
    }
    if out.is_empty() {
        out.push(SeedExchange { method, path, line: start + 1, request, response: None, notes: Vec::new() });
    }
    if let Some(first) = out.first_mut() {
        first.notes = notes;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_operation_gives_its_uri_request_and_every_response() {
        let text = "Invite a User\nPOST/invite/\n\ndata = {\n  'from_name': 'J',\n}\nr = requests.post()\n\n\
                    Example URI\n\nPOST\u{a0}/invite/\nRequest\nHideShow\nHeaders\nContent-Type: application/json\n\
                    Body\n{\n  \"a\": 1,\n}\nResponse\u{a0}\u{a0}201\nHideShow\nHeaders\n\
                    Location: https://x/1/\nResponse  400\nHideShow\nHeaders\nContent-Type: application/json\nBody\n\
                    {\n  \"error\": \"}\"\n}\n\nDevices\nGET/devices/\nExample URI\nGET /devices/\n";
        let out = parse(&Sources { seeds: ".".into() }, text).unwrap();
        assert_eq!(out.operations, 2);
        let e = &out.exchanges;
        assert_eq!(e.len(), 3);
        assert_eq!((e[0].method.as_str(), e[0].path.as_str(), e[0].line), ("POST", "/invite/", 2));
        assert_eq!(e[0].request.as_deref(), Some("{\n  \"a\": 1,\n}"));
        let first = e[0].response.as_ref().unwrap();
        assert_eq!((first.status, first.body.as_deref()), (201, None));
        assert_eq!(first.headers, [("location".to_owned(), "https://x/1/".to_owned())]);
        assert_eq!(e[1].request, None);
        let second = e[1].response.as_ref().unwrap();
        assert_eq!((second.status, second.body.as_deref()), (400, Some("{\n  \"error\": \"}\"\n}")));
        assert_eq!((e[2].path.as_str(), e[2].response.is_none()), ("/devices/", true));
    }

    #[test]
    fn the_python_dict_is_the_request_when_there_is_no_request_block() {
        let text = "PATCH/users/{email}/\ndata = {\n    'is_admin': false\n}\nExample URI\n\
                    PATCH /users/joe@example.com/\nResponse  202\n";
        let out = parse(&Sources { seeds: ".".into() }, text).unwrap();
        assert_eq!(out.exchanges[0].request.as_deref(), Some("{\n    'is_admin': false\n}"));
        assert_eq!(out.exchanges[0].notes, ["request example: the Python `data` dict"]);
        let bad = "GET/x/\nExample URI\nBody\n{\n";
        assert!(parse(&Sources { seeds: ".".into() }, bad).unwrap_err().to_string().contains("line"));
    }
}
