//! WorkDrive: a documentation site dumped to text, one line per element. An operation starts at
//! `GET https://[[API_SERVER_ENDPOINT]]/api/…` (the method in any case); its JSON examples follow
//! as unindented blocks, labelled `Query Parameters` or `Request Body` or not at all. An
//! unlabelled first block is the request example of a POST/PUT/PATCH/DELETE, and of a GET the
//! query example when more blocks follow; every other block is a response example. No status is
//! given anywhere.

use anyhow::{bail, Result};
use serde_json::Value;

use super::{json_end, json_response, Extracted, SeedExchange, Sources};

pub const ABOUT: &str = "\
WorkDrive (a documentation site as text) gives no status for any example: every response example is \
recorded with status 200 (assumed; each exchange's `note` says so) and `application/json`. An operation \
is a line `METHOD https://[[API_SERVER_ENDPOINT]]/api/…` (the method as the seed writes it, upper-cased); \
its JSON blocks are classified by their label (`Query Parameters`, `Request Body`), else by position (an \
unlabelled first block is the request example of any other method than GET, and of a GET the query \
example when more blocks follow); all other blocks are responses. A query example that is a JSON object becomes the \
URL's query; one that is not JSON is left out of the URL (the `note` says so). A block whose opening \
`{` is missing is taken from its first line to its unmatched `}` and recorded as is.";

const PLACEHOLDER: &str = " https://[[API_SERVER_ENDPOINT]]";
const METHODS: [&str; 5] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/// `Delete https://[[API_SERVER_ENDPOINT]]/api/users/{id}` → (`DELETE`, `/api/users/{id}`).
fn operation_line(line: &str) -> Option<(String, String)> {
    let at = line.find(PLACEHOLDER)?;
    let method = line[..at].to_ascii_uppercase();
    METHODS.contains(&method.as_str()).then(|| (method, line[at + PLACEHOLDER.len()..].trim().to_owned()))
}

#[derive(Debug, PartialEq)]
enum Label {
    Query,
    Request,
    None,
}

pub fn parse(_: &Sources, text: &str) -> Result<Extracted> {
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let starts: Vec<usize> = (0..lines.len()).filter(|&i| operation_line(lines[i]).is_some()).collect();
    let mut out = Extracted::default();
    for (k, &start) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(lines.len());
        let Some((method, path)) = operation_line(lines[start]) else { continue };
        out.operations += 1;
        // The blocks: (first line, text, label).
        let mut blocks: Vec<(usize, String, Label)> = Vec::new();
        let (mut i, mut label, mut after_block) = (start + 1, Label::None, false);
        while i < end {
            let line = lines[i].trim();
            let orphan = after_block && line.starts_with('"') && line.contains(':');
            if line.starts_with(['{', '[']) || orphan {
                let Some(e) = json_end(&lines, i, i64::from(orphan)).filter(|&e| e <= end) else {
                    bail!("line {}: the example starting here does not end", i + 1)
                };
                blocks.push((i + 1, lines[i..e].join("\n"), std::mem::replace(&mut label, Label::None)));
                (i, after_block) = (e, true);
                continue;
            }
            match line {
                "Query Parameters" => label = Label::Query,
                "Request Body" => label = Label::Request,
                "" => {}
                _ => label = Label::None,
            }
            after_block = false;
            i += 1;
        }
        let get = method == "GET";
        let (mut query, mut request, mut responses) = (None, None, Vec::new());
        let several = blocks.len() > 1;
        for (n, (line, text, label)) in blocks.into_iter().enumerate() {
            match label {
                Label::Query => query = Some((line, text)),
                Label::Request => request = Some(text),
                Label::None if n == 0 && get && several => query = Some((line, text)),
                Label::None if n == 0 && !get => request = Some(text),
                Label::None => responses.push(text),
            }
        }
        let mut notes = Vec::new();
        let mut url = path.clone();
        if let Some((line, text)) = query {
            match serde_json::from_str::<Value>(&text) {
                Ok(Value::Object(params)) => url.push_str(&query_string(&params)),
                _ => notes.push(format!("the query example at line {line} is not a JSON object: not sent")),
            }
        }
        let exchange = |request, body: Option<String>, notes| SeedExchange {
            method: method.clone(),
            path: url.clone(),
            line: start + 1,
            request,
            response: body.map(|b| json_response(200, b)),
            notes,
        };
        if responses.is_empty() {
            out.exchanges.push(exchange(request, None, notes));
            continue;
        }
        for body in responses {
            let mut these = notes.clone();
            these.push("status 200 assumed (the seed gives none)".into());
            out.exchanges.push(exchange(request.take(), Some(body), these));
        }
        notes.clear();
    }
    Ok(out)
}

/// `?name=value&…` of a query example (strings as they are, other values as JSON).
fn query_string(params: &serde_json::Map<String, Value>) -> String {
    let encode = |s: &str| {
        s.chars()
            .map(|c| match c {
                ' ' | '&' | '#' | '+' | '%' | '=' | '?' => format!("%{:02X}", c as u32),
                c => c.to_string(),
            })
            .collect::<String>()
    };
    let pairs: Vec<String> = params
        .iter()
        .map(|(k, v)| {
            let value = match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            format!("{}={}", encode(k), encode(&value))
        })
        .collect();
    if pairs.is_empty() {
        String::new()
    } else {
        format!("?{}", pairs.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_classified_by_label_and_position() {
        let text = "Get All Users\nHTTP Request\nGET https://[[API_SERVER_ENDPOINT]]/api/users\nQuery Parameters\n\
                    {\n\"cur_page\" : 1 ,\n\"location\" : \"a b\"\n}\n{\n\"users\" : [\n{\n\"id\" : \"}\"\n}\n]\n}\n\
                    Parameter\nCreate\nPost https://[[API_SERVER_ENDPOINT]]/api/faqs\nRequest Body\n{\n\"a\" : 1 ,\n}\n\
                    {\n\"id\" : 1\n}\n\"kb\" : {\n\"name\" : {}\n} ,\n\"qas\" : []\n}\nParameter\n\
                    Get All Videos\nGET https://[[API_SERVER_ENDPOINT]]/api/videos\n{\n\"search\" : ,\n}\n{\n\"v\" : []\n}\n";
        let out = parse(&Sources { seeds: ".".into() }, text).unwrap();
        assert_eq!(out.operations, 3);
        let e = &out.exchanges;
        assert_eq!(e.len(), 4);
        assert_eq!(
            (e[0].method.as_str(), e[0].path.as_str(), e[0].line),
            ("GET", "/api/users?cur_page=1&location=a%20b", 3)
        );
        assert_eq!(
            e[0].response.as_ref().and_then(|r| r.body.as_deref()),
            Some("{\n\"users\" : [\n{\n\"id\" : \"}\"\n}\n]\n}")
        );
        assert_eq!((e[1].method.as_str(), e[1].request.as_deref()), ("POST", Some("{\n\"a\" : 1 ,\n}")));
        assert_eq!(e[1].response.as_ref().and_then(|r| r.body.as_deref()), Some("{\n\"id\" : 1\n}"));
        assert_eq!(e[2].request, None);
        assert_eq!(
            e[2].response.as_ref().and_then(|r| r.body.as_deref()),
            Some("\"kb\" : {\n\"name\" : {}\n} ,\n\"qas\" : []\n}")
        );
        assert_eq!(e[3].path, "/api/videos");
        assert!(e[3].notes[0].contains("line 34 is not a JSON object"), "{:?}", e[3].notes);
        let bad = "GET https://[[API_SERVER_ENDPOINT]]/api/x\n{\n\"a\" : [\n";
        assert!(parse(&Sources { seeds: ".".into() }, bad).unwrap_err().to_string().contains("line 2"));
    }
}
