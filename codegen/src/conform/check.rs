//! Judging each exchange against its operation: the request (query parameters, JSON body) and
//! the response (status, content type, JSON body). Findings are placed in the spec the user
//! wrote in one pass at the end (`SourceDoc::place_all`: 2.0 pointers for a converted document).

use std::collections::BTreeMap;

use serde_json::Value;

use super::matching::{self, Matched};
use super::schema::{self, ref_pointer};
use super::{Body, Evidence, Exchange, Finding, Kind, OperationSummary, Part, Report, SpecPlace};
use crate::diagnostic::{child, Diagnostic};
use crate::SourceDoc;

/// A finding and the pointer (in the loaded document) of the spec node to show.
struct Pending {
    finding: Finding,
    place: Option<String>,
}

/// What one exchange's checks share.
struct Ctx<'a> {
    root: &'a Value,
    index: usize,
    exchange: &'a Exchange,
    operation: Option<String>,
    out: Vec<Pending>,
}

impl Ctx<'_> {
    fn push(&mut self, kind: Kind, part: Part, place: Option<String>, message: String, evidence: Evidence) {
        let finding = Finding {
            kind,
            exchange: self.index,
            origin: self.exchange.origin.clone(),
            operation: self.operation.clone(),
            part,
            at: None,
            spec: None,
            message,
            evidence,
        };
        self.out.push(Pending { finding, place });
    }

    /// The schema violations of `value` against the schema at `schema`. One violation repeated
    /// in a body (the same property in every item of a list) is one finding that says how often.
    fn body(&mut self, part: Part, value: &Value, schema: &str) {
        let mut merged: Vec<(schema::Violation, Vec<Value>, usize)> = Vec::new();
        for v in schema::validate(self.root, value, schema) {
            let same = |m: &&mut (schema::Violation, Vec<Value>, usize)| {
                m.0.kind == v.kind && m.0.place == v.place && m.0.name == v.name
            };
            match merged.iter_mut().find(same) {
                Some((_, values, more)) => {
                    values.extend(v.value);
                    *more += 1;
                }
                None => {
                    let values = v.value.iter().cloned().collect();
                    merged.push((v, values, 0));
                }
            }
        }
        for (v, values, more) in merged {
            let message = match more {
                0 => v.message,
                1 => format!("{} (and at 1 more place in this body)", v.message),
                n => format!("{} (and at {n} more places in this body)", v.message),
            };
            let evidence = Evidence { schema: v.schema, site: v.site, values, name: v.name };
            self.push(v.kind, part, Some(v.place), message, evidence);
            if let Some(last) = self.out.last_mut() {
                last.finding.at = Some(v.at);
            }
        }
    }
}

pub(crate) fn check(doc: &SourceDoc, exchanges: &[Exchange]) -> Report {
    let root = &doc.root;
    let mut operations: BTreeMap<String, OperationSummary> = BTreeMap::new();
    let mut pending = Vec::new();
    let mut traffic: Vec<String> = Vec::new();
    for (index, exchange) in exchanges.iter().enumerate() {
        if !traffic.contains(&exchange.origin.file) {
            traffic.push(exchange.origin.file.clone());
        }
        let mut ctx = Ctx { root, index, exchange, operation: None, out: Vec::new() };
        match matching::find(root, exchange) {
            Err(message) => ctx.push(Kind::UnmatchedExchange, Part::Request, None, message, Evidence::default()),
            Ok(matched) => {
                let key = matched.key();
                let id = root.pointer(&matched.pointer).and_then(|op| op.get("operationId")).and_then(Value::as_str);
                let summary = operations.entry(key.clone()).or_insert_with(|| OperationSummary {
                    key: key.clone(),
                    id: id.map(str::to_owned),
                    exchanges: 0,
                });
                summary.exchanges += 1;
                ctx.operation = Some(key);
                request(&mut ctx, &matched);
                if exchange.response.is_some() {
                    response(&mut ctx, &matched);
                }
            }
        }
        pending.extend(ctx.out);
    }
    Report {
        spec: doc.file.clone(),
        traffic,
        exchanges: exchanges.len(),
        without_response: exchanges.iter().filter(|e| e.response.is_none()).count(),
        operations: operations.into_values().collect(),
        findings: place(doc, pending),
    }
}

/// Fills in where in the spec each finding is, in one pass.
fn place(doc: &SourceDoc, pending: Vec<Pending>) -> Vec<Finding> {
    let diags: Vec<Diagnostic> =
        pending.iter().filter_map(|p| p.place.as_ref()).map(|ptr| Diagnostic::warning(ptr.clone(), "")).collect();
    let mut placed = doc.place_all(diags).into_iter();
    pending
        .into_iter()
        .map(|p| {
            let mut finding = p.finding;
            if p.place.is_some() {
                finding.spec = placed.next().map(|d| SpecPlace {
                    file: d.file,
                    pointer: d.pointer,
                    line: d.line,
                    column: d.column,
                });
            }
            finding
        })
        .collect()
}

/// `pointer`'s node, through one `$ref`; and the pointer it is at.
fn resolve<'v>(root: &'v Value, pointer: &str) -> Option<(String, &'v Value)> {
    let node = root.pointer(pointer)?;
    match node.get("$ref").and_then(Value::as_str).and_then(ref_pointer) {
        Some(target) => root.pointer(&target).map(|t| (target, t)),
        None => Some((pointer.to_owned(), node)),
    }
}

/// The query parameters of an operation (path item's and its own): name → (pointer, required).
fn query_parameters(root: &Value, matched: &Matched) -> BTreeMap<String, (String, bool, bool)> {
    let item = child("/paths", &matched.path);
    let mut out = BTreeMap::new();
    for owner in [item, matched.pointer.clone()] {
        let list = root.pointer(&format!("{owner}/parameters")).and_then(Value::as_array).map_or(0, Vec::len);
        for i in 0..list {
            let Some((pointer, param)) = resolve(root, &format!("{owner}/parameters/{i}")) else { continue };
            if param.get("in").and_then(Value::as_str) != Some("query") {
                continue;
            }
            let Some(name) = param.get("name").and_then(Value::as_str) else { continue };
            let required = param.get("required").and_then(Value::as_bool).unwrap_or(false);
            let object = param
                .get("schema")
                .and_then(|s| resolve_value(root, s))
                .and_then(Value::as_object)
                .is_some_and(|s| schema::types(s).contains("object"));
            out.insert(name.to_owned(), (pointer, required, object));
        }
    }
    out
}

/// `node`, or the node its chain of `$ref`s ends at.
fn resolve_value<'v>(root: &'v Value, node: &'v Value) -> Option<&'v Value> {
    Some(crate::spec::pointer::deref(root, node))
}

/// Query names that security schemes place (`apiKey` in the query).
fn security_query_names(root: &Value) -> Vec<&str> {
    let schemes = root.pointer("/components/securitySchemes").and_then(Value::as_object);
    schemes
        .into_iter()
        .flatten()
        .filter(|(_, s)| s.get("in").and_then(Value::as_str) == Some("query"))
        .filter_map(|(_, s)| s.get("name").and_then(Value::as_str))
        .collect()
}

fn request(ctx: &mut Ctx<'_>, matched: &Matched) {
    let declared = query_parameters(ctx.root, matched);
    let sent = matching::query(&ctx.exchange.url);
    let is_sent = |name: &str| sent.iter().any(|(n, _)| n == name || n.starts_with(&format!("{name}[")));
    for (name, (pointer, required, _)) in &declared {
        if *required && !is_sent(name) {
            let evidence = Evidence { schema: pointer.clone(), name: Some(name.clone()), ..Evidence::default() };
            let message = format!("required query parameter `{name}` was not sent");
            ctx.push(Kind::MissingQueryParameter, Part::Request, Some(pointer.clone()), message, evidence);
        }
    }
    // A query parameter that is an object (form-exploded or deepObject) may send any name.
    let open = declared.values().any(|(_, _, object)| *object);
    let security = security_query_names(ctx.root);
    let mut unknown: Vec<&str> = sent
        .iter()
        .map(|(n, _)| n.as_str())
        .filter(|n| !open && !security.contains(n))
        .filter(|n| !declared.keys().any(|d| d == n || n.starts_with(&format!("{d}["))))
        .collect();
    unknown.dedup();
    for name in unknown {
        let evidence = Evidence { schema: matched.pointer.clone(), name: Some(name.to_owned()), ..Evidence::default() };
        let message = format!("query parameter `{name}` is not declared by the operation");
        ctx.push(Kind::UnknownQueryParameter, Part::Request, Some(matched.pointer.clone()), message, evidence);
    }
    let Some(Body::Text(text)) = &ctx.exchange.request_body else { return };
    if text.is_empty() {
        return;
    }
    let Some((body_at, _)) = resolve(ctx.root, &format!("{}/requestBody", matched.pointer)) else { return };
    let received = super::content_type(&ctx.exchange.request_headers);
    media_and_body(ctx, Part::Request, &body_at, received, text);
}

/// The documented status key that covers `status`: exact, `4XX`-style range, `default`.
pub(crate) fn status_key(responses: &serde_json::Map<String, Value>, status: u16) -> Option<String> {
    let exact = status.to_string();
    let range = format!("{}XX", status / 100);
    responses
        .keys()
        .find(|k| **k == exact)
        .or_else(|| responses.keys().find(|k| k.eq_ignore_ascii_case(&range)))
        .or_else(|| responses.keys().find(|k| *k == "default"))
        .cloned()
}

fn response(ctx: &mut Ctx<'_>, matched: &Matched) {
    let Some(response) = &ctx.exchange.response else { return };
    let status = response.status;
    let responses_at = format!("{}/responses", matched.pointer);
    let responses = ctx.root.pointer(&responses_at).and_then(Value::as_object);
    let Some(key) = responses.and_then(|r| status_key(r, status)) else {
        let values = match &response.body {
            Some(Body::Text(text)) => serde_json::from_str(text).into_iter().collect(),
            _ => Vec::new(),
        };
        let evidence =
            Evidence { schema: responses_at.clone(), values, name: Some(status.to_string()), ..Evidence::default() };
        let documented: Vec<&String> = responses.into_iter().flat_map(|r| r.keys()).collect();
        let message = format!(
            "status {status} is not documented (the operation documents {})",
            documented.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ")
        );
        ctx.push(Kind::UndocumentedStatus, Part::Response(status), Some(responses_at), message, evidence);
        return;
    };
    let Some((response_at, _)) = resolve(ctx.root, &child(&responses_at, &key)) else { return };
    let text = match &response.body {
        Some(Body::Text(text)) if !text.is_empty() => text.clone(),
        Some(Body::Base64(_)) => String::new(),
        _ => return,
    };
    let received = response.content_type();
    if matches!(response.body, Some(Body::Base64(_))) {
        if received.as_deref().is_some_and(json_like) {
            let message = "the body is labelled JSON but is not UTF-8".to_owned();
            ctx.push(Kind::InvalidJson, Part::Response(status), None, message, Evidence::default());
        }
        return;
    }
    media_and_body(ctx, Part::Response(status), &response_at, received, &text);
}

/// Whether a media type is JSON (`application/json`, `…+json`, `text/json`).
pub(crate) fn json_like(media: &str) -> bool {
    media.ends_with("/json") || media.ends_with("+json")
}

/// Whether a documented media type (perhaps a range) covers `received`.
fn covers(documented: &str, received: &str) -> bool {
    let documented = documented.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    documented == received
        || documented == "*/*"
        || documented.strip_suffix("/*").is_some_and(|ty| received.split('/').next() == Some(ty))
}

/// Checks the content type of a body against the `content` of the request body or response at
/// `owner`, then a JSON body against the schema of the media type that fits.
fn media_and_body(ctx: &mut Ctx<'_>, part: Part, owner: &str, received: Option<String>, text: &str) {
    let content_at = child(owner, "content");
    let content = ctx.root.pointer(&content_at).and_then(Value::as_object);
    let keys: Vec<&String> = content.into_iter().flat_map(|c| c.keys()).collect();
    let shown = received.clone().unwrap_or_else(|| "(none)".to_owned());
    let fitting = received.as_deref().and_then(|r| keys.iter().find(|k| covers(k, r)));
    let media = match fitting {
        Some(key) => Some((*key).clone()),
        None => {
            let message = if keys.is_empty() {
                format!("a body of type `{shown}`, but the spec documents no body here")
            } else {
                let listed: Vec<String> = keys.iter().map(|k| format!("`{k}`")).collect();
                format!("content type `{shown}` is not documented (the spec has {})", listed.join(", "))
            };
            let place = if keys.is_empty() { owner.to_owned() } else { content_at.clone() };
            // Where the spec documents no body, the overlay can document the one seen.
            let (site, values) = match keys.is_empty() {
                true => (owner.to_owned(), serde_json::from_str(text).into_iter().collect()),
                false => (String::new(), Vec::new()),
            };
            let evidence = Evidence { schema: owner.to_owned(), site, values, name: received.clone() };
            ctx.push(Kind::ContentType, part, Some(place), message, evidence);
            // A JSON body (or an unlabelled one) is still checked against the JSON schema.
            let jsonish = received.as_deref().is_none_or(json_like);
            keys.iter().find(|k| json_like(k)).filter(|_| jsonish).map(|k| (*k).clone())
        }
    };
    let labelled_json = received.as_deref().is_some_and(json_like);
    if !labelled_json && !media.as_deref().is_some_and(json_like) {
        return;
    }
    let value = match serde_json::from_str::<Value>(text) {
        Ok(value) => value,
        Err(e) if labelled_json => {
            let message = format!("the body is labelled `{shown}` but is not JSON: {e}");
            ctx.push(Kind::InvalidJson, part, None, message, Evidence::default());
            return;
        }
        Err(_) => return,
    };
    let Some(media) = media else { return };
    let schema_at = child(&child(&content_at, &media), "schema");
    if ctx.root.pointer(&schema_at).is_some() {
        ctx.body(part, &value, &schema_at);
    }
}
