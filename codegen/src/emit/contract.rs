//! `tests/contract.rs`: calls every operation, with arguments from the spec's examples, against
//! a mock server that serves the spec and validates each request against it (Prism, started by
//! `cargo xtask test`): with a body of every property, with every optional parameter, for a
//! documented error status (`Prefer: code=NNN`) and page by page; then raw requests the spec
//! does not allow, which the mock must reject. The test counts what it sends, optional
//! parameters and bodies in the requests as they went out (the runtime's `contract::Wire`
//! hook), and writes a report with every gap and its reason (`docs/contract-tests.md`).

use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;
use serde_json::Value;

use super::{ident, Cx};
use crate::ir::{Media, Operation, PageStyle, Pagination, Param, ParamStyle, SchemeLocation, TypeKind, TypeRef};

/// The environment variable that names the mock server for this crate.
pub fn mock_url_var(crate_name: &str) -> String {
    format!("{}_MOCK_URL", crate_name.replace('-', "_").to_ascii_uppercase())
}

/// How many pages a page walk fetches before it counts as never ending.
const MAX_PAGES: usize = 50;
/// How many items a stream yields before it counts as never ending.
const MAX_ITEMS: usize = 10_000;

pub(super) fn contract_rs(cx: &Cx<'_>) -> TokenStream {
    let lib = &cx.lib;
    let var = mock_url_var(&cx.api.crate_name);
    let expect = format!("set {var} to the URL of a mock server of {} (`cargo xtask test` does)", cx.api.spec_file);
    let setters = cx.api.schemes.iter().map(|s| {
        let setter = ident(&s.setter);
        quote!(.#setter("example-credential"))
    });
    let mut gaps: Vec<String> = Vec::new();
    let calls: Vec<TokenStream> = cx.api.operations.iter().map(|op| call(cx, op, &mut gaps)).collect();
    let total = cx.api.operations.len();
    let crate_name = &cx.api.crate_name;
    let negative = negative_control(cx, &mut gaps);
    let uses_types = calls.iter().any(|c| c.to_string().contains("types ::"));
    let import = uses_types.then(|| quote!(use #lib::types;));
    let optional = |op: &Operation| op.query.iter().chain(&op.headers).chain(&op.cookies).any(|p| !p.required);
    let params = cx.api.operations.iter().any(optional).then(|| quote!(Param,));
    quote! {
        //! Calls every operation against a mock server that serves the spec and rejects any
        //! request that does not match it: once with its required arguments and a body with every
        //! property its schema declares, once with every optional parameter, once asking for a
        //! documented error response (`Prefer: code=NNN`), and page by page until the pages end.
        //! A deliberately invalid request must be rejected. Every response must decode; the
        //! report counts what was sent: optional parameters and bodies in the requests as they
        //! went out, kept by a hook, not in what the test set.

        #[rustfmt::skip]
        #[allow(deprecated)]
        mod contract {
        #import

        use codegen_runtime::contract::{#params Tally, Wire};

        #[tokio::test]
        async fn every_operation_against_the_mock_server() {
            let url = std::env::var(#var).expect(#expect);
            let wire = Wire::default();
            let client = #lib::Client::builder(url.clone())
                #(#setters)*
                .retry(#lib::RetryPolicy::none())
                .hook(wire.clone())
                .build()
                .expect("client");
            let mut t = Tally::default();
            #(#calls)*
            let negative: String = #negative;
            let gaps: &[&str] = &[#(#gaps),*];
            let name = #crate_name;
            let mut report = vec![
                format!("{name}: {} of {} operations called, {} requests sent, {} failed", t.operations.len(), #total, t.requests, t.failures.len()),
                format!("{name}: counted in the requests as they went out: {} of {} optional parameters set were carried (query, headers, cookies); {} bodies sent with {} properties ({} top-level, {} nested)", t.optional, t.optional_set, t.bodies, t.top_level + t.nested, t.top_level, t.nested),
                format!("{name}: {} error responses exercised ({} decoded into their error body, {} without a body checked by status)", t.errors_decoded + t.errors_status, t.errors_decoded, t.errors_status),
                format!("{name}: {} paginated operations: {} pages fetched page by page, {} streams walked to their end ({} items)", t.paginated, t.pages, t.streams, t.items),
                format!("{name}: negative control: {negative}"),
            ];
            report.extend(gaps.iter().map(|g| format!("{name}: gap: {g}")));
            report.extend(t.gaps.iter().map(|g| format!("{name}: gap: {g}")));
            report.extend(t.failures.iter().map(|f| format!("{name}: failed: {f}")));
            let text = report.join("\n");
            if let Ok(dir) = std::env::var("CONTRACT_REPORT_DIR") {
                let _ = std::fs::write(std::path::Path::new(&dir).join(concat!(#crate_name, ".txt")), format!("{text}\n"));
            }
            println!("{text}");
            assert!(t.failures.is_empty(), "{text}");
            assert_eq!(t.operations.len(), #total, "{text}");
        }
        }
    }
}

/// `true` when a sample of this type is parsed from JSON text rather than written as a literal.
fn parsed(cx: &Cx<'_>, ty: &TypeRef) -> bool {
    !matches!(
        cx.resolve(ty),
        TypeRef::String | TypeRef::Bool | TypeRef::I32 | TypeRef::I64 | TypeRef::F32 | TypeRef::F64
    ) || matches!(ty, TypeRef::Named(_))
}

/// A Rust expression of the argument type for a sample value.
fn arg(cx: &Cx<'_>, ty: &TypeRef, sample: &Value) -> TokenStream {
    let as_text = || match sample {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    if !parsed(cx, ty) {
        return match cx.resolve(ty) {
            TypeRef::String => {
                let text = as_text();
                quote!(#text)
            }
            TypeRef::Bool => {
                let b = sample.as_bool().unwrap_or_else(|| as_text() == "true");
                quote!(#b)
            }
            TypeRef::I32 | TypeRef::I64 => {
                let n = Literal::i64_unsuffixed(sample.as_i64().or_else(|| as_text().parse().ok()).unwrap_or(1));
                quote!(#n)
            }
            _ => {
                let n = Literal::f64_unsuffixed(sample.as_f64().or_else(|| as_text().parse().ok()).unwrap_or(1.0));
                quote!(#n)
            }
        };
    }
    let t = cx.ty(ty, true);
    let json = sample.to_string();
    let message = format!("the sample {json} does not decode");
    quote!(&codegen_runtime::serde_json::from_str::<#t>(#json).expect(#message))
}

/// The body argument of a call and the statements before it (a parsed body is bound to `body`,
/// so what is sent can be counted).
fn body_arg(cx: &Cx<'_>, op: &Operation) -> Option<(TokenStream, TokenStream, bool)> {
    let body = op.body.as_ref()?;
    let sample = op.body_sample.clone().unwrap_or(Value::Null);
    let (setup, value, counted) = match body.media {
        Media::Text => {
            let text = match &sample {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            (quote!(), quote!(#text), false)
        }
        Media::Bytes => {
            let bytes = Literal::byte_string(sample.to_string().as_bytes());
            let value = if body.required { quote!(#bytes) } else { quote!(codegen_runtime::Upload::from(#bytes)) };
            (quote!(), value, false)
        }
        _ if parsed(cx, &body.ty) => {
            let t = cx.ty(&body.ty, true);
            let json = sample.to_string();
            let message = format!("the sample {json} does not decode");
            (
                quote!(let body = codegen_runtime::serde_json::from_str::<#t>(#json).expect(#message);),
                quote!(&body),
                true,
            )
        }
        _ => (quote!(), arg(cx, &body.ty, &sample), false),
    };
    let value = if body.required { value } else { quote!(Some(#value)) };
    Some((setup, value, counted))
}

/// The error status to ask the mock for: the first exact documented one with a JSON body, else
/// the first without; `None` with the reason when there is none.
fn error_status(cx: &Cx<'_>, op: &Operation) -> Result<(u16, Option<String>), String> {
    let exact = |s: u16| (400..600).contains(&s);
    if let Some((status, variant)) = op.error_statuses.iter().find(|(s, _)| exact(*s)) {
        let name = match cx.resolve(&cx.api.error_type) {
            TypeRef::Named(n) => match cx.types.get(n.as_str()).map(|t| &t.kind) {
                Some(TypeKind::ErrorBody { variants }) => variants.get(*variant).map(|(v, _)| v.clone()),
                _ => None,
            },
            _ => None,
        };
        return Ok((*status, name));
    }
    if let Some(status) = op.bodiless_error_statuses.iter().find(|s| exact(**s)) {
        return Ok((*status, None));
    }
    if op.error_statuses.is_empty() && op.bodiless_error_statuses.is_empty() {
        Err(format!("{}: documents no error response", op.id))
    } else {
        Err(format!(
            "{}: documents only a range or `default` error response (Prism's `Prefer: code=` needs an exact status)",
            op.id
        ))
    }
}

fn call(cx: &Cx<'_>, op: &Operation, gaps: &mut Vec<String>) -> TokenStream {
    let method = ident(&op.method_name);
    let mut args = Vec::new();
    for p in &op.path_params {
        args.push(arg(cx, &p.ty, &p.sample));
    }
    for p in op.query.iter().chain(&op.headers).chain(&op.cookies).filter(|p| p.required) {
        args.push(arg(cx, &p.ty, &p.sample));
    }
    let id = &op.id;
    note_unsent_body_fields(cx, op, gaps);
    let (setup, count_body) = body_setup(cx, op, &mut args);
    let with_optional = with_every_optional(cx, op, &method, &args);
    let error = error_call(cx, op, &method, &args, gaps);
    let pages = op.pagination.as_ref().map(|pages| page_walks(op, pages, &method, &args, gaps));
    quote! {
        {
            #setup
            let result = client.#method(#(#args),*).await;
            #count_body
            if let Err(e) = result {
                t.fail(#id, e);
            }
            #with_optional
            #error
            #pages
        }
    }
}

/// A gap for each body property the spec's example leaves out (so the call never sends it).
fn note_unsent_body_fields(cx: &Cx<'_>, op: &Operation, gaps: &mut Vec<String>) {
    let id = &op.id;
    if let (Some(body), Some(sample)) = (&op.body, &op.body_sample) {
        let fields = match cx.resolve(&body.ty) {
            TypeRef::Named(name) => match cx.types.get(name.as_str()).map(|t| &t.kind) {
                Some(TypeKind::Struct { fields, .. }) => fields.as_slice(),
                _ => &[],
            },
            _ => &[],
        };
        let missing: Vec<&str> =
            fields.iter().filter(|f| !f.read_only && sample.get(&f.wire).is_none()).map(|f| f.wire.as_str()).collect();
        if !missing.is_empty() {
            gaps.push(format!(
                "{id}: body properties not sent: {} (the spec's example has a value that is not an object of them)",
                missing.join(", ")
            ));
        }
    }
}

/// The body argument (pushed onto `args`), what builds it, and how the sent call is counted.
fn body_setup(cx: &Cx<'_>, op: &Operation, args: &mut Vec<TokenStream>) -> (TokenStream, TokenStream) {
    let id = &op.id;
    match body_arg(cx, op) {
        Some((setup, value, counted)) => {
            args.push(value);
            let count = if counted {
                quote! {
                    if t.sent(#id, &result) {
                        t.body_sent(&wire, #id);
                    }
                }
            } else {
                quote!(t.sent(#id, &result);)
            };
            (setup, count)
        }
        None => (quote!(), quote!(t.sent(#id, &result);)),
    }
}

/// A second call that sets every optional parameter, so each is on the wire at least once.
fn with_every_optional(cx: &Cx<'_>, op: &Operation, method: &Ident, args: &[TokenStream]) -> Option<TokenStream> {
    let id = &op.id;
    let (setters, looked_for): (Vec<TokenStream>, Vec<TokenStream>) =
        [(&op.query, Place::Query), (&op.headers, Place::Header), (&op.cookies, Place::Cookie)]
            .into_iter()
            .flat_map(|(params, place)| params.iter().filter(|p| !p.required).map(move |p| (p, place)))
            .map(|(p, place)| {
                let n = ident(&p.name);
                let value = arg(cx, &p.ty, &p.sample);
                (quote!(.#n(#value)), on_the_wire(cx, p, place))
            })
            .unzip();
    (!setters.is_empty()).then(|| {
        let label = format!("{id} (every optional parameter)");
        quote! {
            let result = client.#method(#(#args),*)#(#setters)*.await;
            if t.sent(#id, &result) {
                t.optional_sent(&wire, #id, #label, &[#(#looked_for),*]);
            }
            if let Err(e) = result {
                t.fail(#label, e);
            }
        }
    })
}

/// A call asking Prism for a documented error status (`Prefer: code=`), checked to decode as
/// documented; a gap when the operation documents no exact error status.
fn error_call(
    cx: &Cx<'_>,
    op: &Operation,
    method: &Ident,
    args: &[TokenStream],
    gaps: &mut Vec<String>,
) -> TokenStream {
    let lib = &cx.lib;
    let id = &op.id;
    match error_status(cx, op) {
        Ok((status, variant)) => {
            let label = format!("{id} (Prefer: code={status})");
            let prefer = format!("code={status}");
            let code = Literal::u16_unsuffixed(status);
            let (check, counter, wanted) = match &variant {
                Some(v) => {
                    let v = ident(v);
                    (
                        quote!(matches!(e.error_body(), Some(#lib::ErrorBody::#v(..)))),
                        quote!(t.errors_decoded += 1),
                        format!("a {status} decoded into ErrorBody::{v}"),
                    )
                }
                None => (
                    quote!(matches!(e, #lib::Error::Status(_)) && e.error_body().is_none()),
                    quote!(t.errors_status += 1),
                    format!("a {status} status error without a body"),
                ),
            };
            quote! {
                let result = client.#method(#(#args),*).header("Prefer", #prefer).await;
                t.sent(#id, &result);
                match result {
                    Err(e) if e.status().map(|s| s.as_u16()) == Some(#code) && #check => #counter,
                    Err(e) => t.fail(#label, format!("expected {}, got {e:?}", #wanted)),
                    Ok(_) => t.fail(#label, format!("expected {}, got a success", #wanted)),
                }
            }
        }
        Err(gap) => {
            gaps.push(gap);
            quote!()
        }
    }
}

/// The walks of a paginated operation: page by page where it can be, and as a stream.
fn page_walks(
    op: &Operation,
    pages: &Pagination,
    method: &Ident,
    args: &[TokenStream],
    gaps: &mut Vec<String>,
) -> TokenStream {
    let id = &op.id;
    let stream_label = format!("{id} (stream)");
    // Only offset and page numbers can be walked by hand; the other styles only as a stream.
    let (offset, page_param) = match &pages.style {
        PageStyle::Offset { param } => (true, Some(param)),
        PageStyle::Page { param } => (false, Some(param)),
        _ => (false, None),
    };
    let param = page_param.and_then(|param| op.query.iter().find(|p| &p.wire == param && !p.required));
    let by_page = param.and_then(|p| page_by_page(op, pages, p, offset, method, args));
    if by_page.is_none() {
        gaps.push(format!(
            "{id}: pages are walked only as a stream (its page parameter is required or not an integer)"
        ));
    }
    let max_items = Literal::usize_unsuffixed(MAX_ITEMS);
    quote! {
        t.paginated += 1;
        #by_page
        t.walk(#stream_label, client.#method(#(#args),*).stream(), #max_items).await;
    }
}

/// Walks an offset- or page-numbered operation by hand until a page repeats or `MAX_PAGES`.
fn page_by_page(
    op: &Operation,
    pages: &Pagination,
    p: &Param,
    offset: bool,
    method: &Ident,
    args: &[TokenStream],
) -> Option<TokenStream> {
    let id = &op.id;
    let walk_label = format!("{id} (page by page)");
    let n = ident(&p.name);
    let value = match p.ty {
        TypeRef::I32 => quote!(position as i32),
        TypeRef::I64 => quote!(position),
        _ => return None,
    };
    let start: i64 = if offset { 0 } else { p.sample.as_i64().unwrap_or(1).max(1) };
    let step: i64 = if offset {
        pages
            .size_param
            .as_ref()
            .and_then(|s| op.query.iter().find(|q| &q.wire == s))
            .and_then(|q| q.sample.as_i64())
            .unwrap_or(1)
            .max(1)
    } else {
        1
    };
    let max_pages = Literal::usize_unsuffixed(MAX_PAGES);
    let repeated = format!(
            "{id}: the mock answered {} {{}} with the same page as the one before, so the walk ended there (the mock has no end of data)",
            if offset { "offset" } else { "page" }
        );
    Some(quote! {
        let mut position: i64 = #start;
        let mut previous: Option<String> = None;
        let mut fetched = 0usize;
        loop {
            let result = client.#method(#(#args),*).#n(#value).await;
            t.sent(#id, &result);
            match result {
                Ok(page) => {
                    fetched += 1;
                    let text = format!("{page:?}");
                    if previous.as_deref() == Some(text.as_str()) {
                        t.gaps.push(format!(#repeated, position));
                        break;
                    }
                    previous = Some(text);
                }
                Err(e) => {
                    t.fail(#walk_label, e);
                    break;
                }
            }
            if fetched >= #max_pages {
                t.fail(#walk_label, format!("the pages did not end within {} pages", #max_pages));
                break;
            }
            position += #step;
        }
        t.pages += fetched;
    })
}

/// Where a parameter goes.
#[derive(Clone, Copy)]
enum Place {
    Query,
    Header,
    Cookie,
}

/// How the request that set optional parameter `p` to its sample carries it (a
/// `codegen_runtime::contract::Param`), the way `client.rs` places it: a form-style object
/// exploded into one pair per property is carried by the sample's non-null properties, any
/// other query parameter by pairs of its name (or `name[…]`).
fn on_the_wire(cx: &Cx<'_>, p: &Param, place: Place) -> TokenStream {
    let wire = &p.wire;
    match place {
        Place::Header => quote!(Param::Header(#wire)),
        Place::Cookie => quote!(Param::Cookie(#wire)),
        Place::Query => {
            let object = !cx.displayable(&p.ty) && !matches!(cx.resolve(&p.ty), TypeRef::Vec(_));
            if object && p.explode && p.style != ParamStyle::DeepObject {
                let fields: Vec<&str> = match &p.sample {
                    Value::Object(map) => map.iter().filter(|(_, v)| !v.is_null()).map(|(k, _)| k.as_str()).collect(),
                    _ => Vec::new(),
                };
                quote!(Param::QueryFields(#wire, &[#(#fields),*]))
            } else {
                quote!(Param::Query(#wire))
            }
        }
    }
}

/// `true` when a value of `ty` holds, anywhere, a property of any JSON (a schema without a type).
/// Prism (5.14) does not validate a body whose schema has such a property that is `nullable`:
/// it accepts any body then, so such bodies make no negative control.
fn holds_any_json(cx: &Cx<'_>, ty: &TypeRef, seen: &mut Vec<String>) -> bool {
    match cx.resolve(ty) {
        TypeRef::Json => true,
        TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Boxed(inner) => holds_any_json(cx, inner, seen),
        TypeRef::Named(name) => {
            if seen.contains(name) {
                return false;
            }
            seen.push(name.clone());
            match cx.types.get(name.as_str()).map(|t| &t.kind) {
                Some(TypeKind::Struct { fields, .. }) => fields.iter().any(|f| holds_any_json(cx, &f.ty, seen)),
                Some(TypeKind::Newtype(inner)) => holds_any_json(cx, inner, seen),
                Some(TypeKind::OneOf { variants, .. }) => variants.iter().any(|(_, t)| holds_any_json(cx, t, seen)),
                _ => false,
            }
        }
        _ => false,
    }
}

/// A raw request of `op`: the path filled with samples, its required query and header
/// parameters (but `skip_query`) and the credentials of its first security alternative.
/// `None` when a sample is not a plain value or a cookie parameter is required.
fn raw_request(cx: &Cx<'_>, op: &Operation, skip_query: Option<&str>) -> Option<(String, Vec<(String, String)>)> {
    let simple = |v: &Value| match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    };
    let mut path = op.path.clone();
    for p in &op.path_params {
        path = path.replace(&format!("{{{}}}", p.wire), &encode(&simple(&p.sample)?));
    }
    let mut query = Vec::new();
    let mut headers: Vec<(String, String)> = Vec::new();
    for p in op.query.iter().filter(|p| p.required && Some(p.wire.as_str()) != skip_query) {
        query.push(format!("{}={}", encode(&p.wire), encode(&simple(&p.sample)?)));
    }
    for p in op.headers.iter().filter(|p| p.required) {
        headers.push((p.wire.clone(), simple(&p.sample)?));
    }
    if op.cookies.iter().any(|p| p.required) {
        return None;
    }
    let first_set = op.security.and_then(|i| cx.api.security_sets.get(i)).and_then(|alternatives| alternatives.first());
    for &scheme in first_set.into_iter().flatten() {
        let Some(scheme) = cx.api.schemes.get(scheme) else { continue };
        let value = format!("{}example-credential", scheme.prefix);
        match &scheme.location {
            SchemeLocation::Header(h) => headers.push((h.clone(), value)),
            SchemeLocation::Query(q) => query.push(format!("{}={}", encode(q), encode(&value))),
            SchemeLocation::Cookie(c) => headers.push(("cookie".into(), format!("{c}={value}"))),
        }
    }
    let target = if query.is_empty() { path } else { format!("{path}?{}", query.join("&")) };
    Some((target, headers))
}

/// Sends a raw request that the mock must reject with one of `rejected`; evaluates to the
/// outcome's description and records a failure in `t` otherwise.
fn control(
    method: &str,
    target: &str,
    headers: &[(String, String)],
    body: Option<String>,
    what: &str,
    rejected: &[u16],
) -> TokenStream {
    let names = headers.iter().map(|(n, _)| n);
    let values = headers.iter().map(|(_, v)| v);
    let body = body.map(|json| quote!(.header("content-type", "application/json").body(#json)));
    let codes = rejected.iter().map(|c| Literal::u16_unsuffixed(*c));
    let expected = rejected.iter().map(u16::to_string).collect::<Vec<_>>().join(" or ");
    quote! {
        {
            let request = codegen_runtime::reqwest::Client::new()
                .request(
                    codegen_runtime::Method::from_bytes(#method.as_bytes()).expect("a method"),
                    format!("{}{}", url.trim_end_matches('/'), #target),
                )
                #(.header(#names, #values))*
                #body;
            match request.send().await {
                Ok(response) if matches!(response.status().as_u16(), #(#codes)|*) => {
                    format!("{} rejected with {}", #what, response.status().as_u16())
                }
                Ok(response) => {
                    let outcome = format!("{} answered {}, not {}", #what, response.status().as_u16(), #expected);
                    t.fail("negative control", &outcome);
                    outcome
                }
                Err(e) => {
                    t.fail("negative control", &e);
                    format!("{} not sent: {e}", #what)
                }
            }
        }
    }
}

/// Requests the spec does not allow, sent raw, which the mock must reject: one without a
/// required query parameter and one whose body lacks a required property (or, when no operation
/// has either, a path the spec does not have). Evaluates to the outcomes' description.
fn negative_control(cx: &Cx<'_>, gaps: &mut Vec<String>) -> TokenStream {
    let mut controls = Vec::new();
    let query = cx.api.operations.iter().find_map(|op| {
        let p = op.query.iter().find(|p| p.required)?;
        let (target, headers) = raw_request(cx, op, Some(&p.wire))?;
        let body = op.body.as_ref().and(op.body_sample.as_ref()).map(Value::to_string);
        let what = format!("{} {} without its required query parameter `{}`", op.http_method, op.path, p.wire);
        Some(control(&op.http_method, &target, &headers, body, &what, &[400, 422]))
    });
    controls.extend(query);
    let mut skipped = Vec::new();
    let body = cx.api.operations.iter().find_map(|op| {
        let body = op.body.as_ref().filter(|b| b.media == Media::Json)?;
        let Some(Value::Object(sample)) = &op.body_sample else { return None };
        let TypeRef::Named(name) = cx.resolve(&body.ty) else { return None };
        let Some(TypeKind::Struct { fields, .. }) = cx.types.get(name.as_str()).map(|t| &t.kind) else { return None };
        let field = fields.iter().find(|f| f.required && !f.read_only && sample.contains_key(&f.wire))?;
        if holds_any_json(cx, &body.ty, &mut Vec::new()) {
            skipped.push(op.id.clone());
            return None;
        }
        let (target, headers) = raw_request(cx, op, None)?;
        let mut invalid = sample.clone();
        invalid.remove(&field.wire);
        let what = format!("{} {} without its required body property `{}`", op.http_method, op.path, field.wire);
        Some(control(&op.http_method, &target, &headers, Some(Value::Object(invalid).to_string()), &what, &[400, 422]))
    });
    if body.is_none() && !skipped.is_empty() {
        gaps.push(format!(
            "no body negative control: the bodies with a required property ({}) hold a property without a type, and Prism does not validate such bodies",
            skipped.join(", ")
        ));
    }
    controls.extend(body);
    if controls.is_empty() {
        let what = "GET /codegen-contract/no-such-path (a path the spec does not have)";
        controls.push(control("GET", "/codegen-contract/no-such-path", &[], None, what, &[404]));
    }
    quote!([#(#controls),*].join("; "))
}

/// Percent-encodes everything but unreserved characters.
fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => (b as char).to_string(),
            other => format!("%{other:02X}"),
        })
        .collect()
}
