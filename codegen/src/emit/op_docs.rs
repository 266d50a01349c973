//! The rustdoc of an operation's method: the spec's summary and description, its parameters,
//! its documented responses (and the variant of its error enum each error status is), and a
//! usage example that compiles (`no_run`, its arguments bound by a hidden function).

use proc_macro2::TokenStream;
use quote::quote;

use super::{docs, Cx};
use crate::ir::{status_key, Media, Operation, Param, Paths, RustTy, TypeRef};

/// The method's documentation; `args` are its arguments after `&self` (name, type).
pub(super) fn method_doc(cx: &Cx<'_>, op: &Operation, args: &[(TokenStream, TokenStream)]) -> TokenStream {
    let head = head(op);
    let mut lines = Vec::new();
    lines.extend(parameters(op));
    lines.extend(responses(cx, op));
    lines.extend(example(cx, op, args));
    let lines = lines.into_iter().map(|l| if l.is_empty() { l } else { format!(" {l}") });
    quote!(#head #( #[doc = #lines] )*)
}

fn head(op: &Operation) -> TokenStream {
    let line = format!("`{} {}` ({})", op.http_method, op.path, op.id);
    let mut notes = Vec::new();
    if op.provisional {
        notes.push("**Provisional:** this operation is in limited release and may change.".to_owned());
    }
    if op.inferred {
        notes.push(
            "**Unverified:** no source document shows this operation; it is inferred from the API's conventions."
                .to_owned(),
        );
    }
    let notes = notes.join("\n\n");
    let description = op.description.as_deref().filter(|d| Some(*d) != op.summary.as_deref());
    docs::attrs_of(&[op.summary.as_deref(), Some(&line), Some(&notes), description])
}

/// A list item: `- {head}`, then `: ` and the spec's text (made safe, its further lines
/// indented under the item).
fn item(head: &str, text: Option<&str>) -> Vec<String> {
    let text = text.map(docs::sanitize).filter(|t| !t.is_empty());
    let Some(text) = text else { return vec![format!("- {head}")] };
    let mut lines = text.lines();
    let first = lines.next().unwrap_or_default();
    let mut out = vec![format!("- {head}: {first}")];
    out.extend(lines.map(|l| if l.is_empty() { String::new() } else { format!("  {l}") }));
    out
}

/// `# Parameters`: each path, query, header and cookie parameter, its place and the spec's
/// description; the body's media type.
fn parameters(op: &Operation) -> Vec<String> {
    let mut out = Vec::new();
    let param = |p: &Param, place: &str| {
        let name = p.name.trim_start_matches("r#");
        let wire = if p.wire == name { String::new() } else { format!(" `{}`", p.wire.replace('`', "'")) };
        let how = if p.required { String::new() } else { format!(", optional: `.{name}(…)` on the call") };
        let deprecated = if p.deprecated { ", deprecated" } else { "" };
        item(&format!("`{name}` ({place}{wire}{how}{deprecated})"), p.doc.as_deref())
    };
    for p in &op.path_params {
        out.extend(param(p, "path"));
    }
    for (list, place) in [(&op.query, "query"), (&op.headers, "header"), (&op.cookies, "cookie")] {
        for p in list.iter().filter(|p| p.required) {
            out.extend(param(p, place));
        }
    }
    if let Some(body) = &op.body {
        let optional = if body.required { "" } else { ", optional" };
        out.push(format!("- `body` (`{}`{optional})", body.media_type.replace('`', "'")));
    }
    for (list, place) in [(&op.query, "query"), (&op.headers, "header"), (&op.cookies, "cookie")] {
        for p in list.iter().filter(|p| !p.required) {
            out.extend(param(p, place));
        }
    }
    if out.is_empty() {
        return out;
    }
    let mut section = vec![String::new(), "# Parameters".to_owned(), String::new()];
    section.extend(out);
    section
}

/// A body type in prose: a link for a named type, else the type in a code span.
fn type_text(ty: &TypeRef) -> String {
    match ty {
        TypeRef::Named(n) => format!("[`types::{n}`](crate::types::{n})"),
        other => format!("`{}`", other.rust(true, Paths::Short)),
    }
}

/// `# Responses`: the documented success statuses with their description, then each error
/// status with the variant of the operation's error enum it is and the body it holds.
fn responses(cx: &Cx<'_>, op: &Operation) -> Vec<String> {
    let mut out = Vec::new();
    for (status, text) in op.response_docs.iter().filter(|(s, _)| *s == 2 || (200..300).contains(s)) {
        out.extend(item(&format!("`{}`", status_key(*status)), Some(text)));
    }
    let variants = op.error_variants(cx.api.error_bodies());
    let enum_name = op.error_enum();
    for v in &variants {
        let body = match &v.body {
            Some((_, ty)) => format!("holding {}", type_text(ty)),
            None => "with no decoded body".to_owned(),
        };
        let head = format!(
            "`{}`, [`{enum_name}::{}`](crate::errors::{enum_name}::{}) {body}",
            status_key(v.status),
            v.name,
            v.name
        );
        let text = op.response_docs.iter().find(|(s, _)| *s == v.status).map(|(_, t)| t.as_str());
        out.extend(item(&head, text));
    }
    if out.is_empty() {
        return out;
    }
    let mut section = vec![String::new(), "# Responses".to_owned(), String::new()];
    section.extend(out);
    section.push(String::new());
    section.push(if variants.is_empty() {
        "An error status is `Error::Status`, with its raw body: the spec documents none.".to_owned()
    } else {
        format!(
            "An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) \
             gives a documented one as [`{enum_name}`](crate::errors::{enum_name}). Any other status keeps its raw body."
        )
    });
    section
}

/// A name for a hidden binding that is none of the arguments.
fn fresh(wanted: &str, taken: &[String]) -> String {
    let mut name = wanted.to_owned();
    while taken.iter().any(|t| t == &name) {
        name.push('_');
    }
    name
}

/// A usage snippet that compiles: the call with its arguments, one optional setter when there
/// is one, `send_streaming()` for a streamed body and `stream()` when paged. Its arguments are
/// the parameters of a hidden function, so `cargo test --doc` checks it (`no_run`: nothing is
/// sent).
fn example(cx: &Cx<'_>, op: &Operation, args: &[(TokenStream, TokenStream)]) -> Vec<String> {
    let lib = cx.lib.to_string();
    let taken: Vec<String> = args.iter().map(|(n, _)| n.to_string()).collect();
    let client = fresh("client", &taken);
    let mut bound: Vec<String> = vec![format!("{client}: &{lib}::Client")];
    let mut uses = vec![format!("use {lib}::types;")];
    let mut shown = Vec::new();
    for (name, ty) in args {
        let n = name.to_string();
        let ty = ty.to_string();
        match (n.as_str(), &op.body) {
            ("body", Some(b)) if b.media == Media::Bytes && b.required => {
                bound.push("body: Vec<u8>".to_owned());
                shown.push("body".to_owned());
            }
            ("body", Some(b)) if b.media == Media::Bytes => {
                let path = fresh("path", &taken);
                bound.push(format!("{path}: &std::path::Path"));
                uses.push(format!("use {lib}::Upload;"));
                shown.push(format!("Some(Upload::file({path}))"));
            }
            ("body", Some(b)) => {
                // Bound by value (`body: T`), passed as the method takes it (a number by value).
                let owned = cx.rust_ty(&RustTy::argument(&b.ty)).to_string();
                let owned = owned.trim_start_matches('&').trim().to_owned();
                let owned =
                    if owned.starts_with('[') { format!("Vec<{}>", owned.trim_matches(['[', ']'])) } else { owned };
                let owned = if owned == "str" { "String".to_owned() } else { owned };
                bound.push(format!("body: {owned}"));
                let passed = if RustTy::by_value(&b.ty) { "body" } else { "&body" };
                shown.push(if b.required { passed.to_owned() } else { format!("Some({passed})") });
            }
            _ => {
                bound.push(format!("{n}: {ty}"));
                shown.push(n);
            }
        }
    }
    let method = op.method_name.as_str();
    let call = format!("{client}.{method}({})", shown.join(", "));
    let setter = op.query.iter().chain(&op.headers).find(|p| !p.required && !p.deprecated).map(|p| {
        let (value, binding) = setter_value(cx, p);
        if let Some(ty) = binding {
            bound.push(format!("{}: {ty}", p.name));
        }
        format!("\n    .{}({value})\n    ", p.name)
    });
    let mut lines = Vec::new();
    let bind = if op.response.ty.is_some() { "let response = " } else { "" };
    lines.push(format!("{bind}{call}{}.await?;", setter.unwrap_or_default()));
    if super::method::streams_body(op) {
        uses.push(format!("use {lib}::TryStreamExt;"));
        lines.push("// The body as a stream of chunks, not read whole:".to_owned());
        lines.push(format!("let mut chunks = {call}.send_streaming().await?;"));
        lines.push("while let Some(chunk) = chunks.try_next().await? { /* … */ }".to_owned());
    }
    if op.pagination.is_some() {
        uses.push(format!("use {lib}::TryStreamExt;"));
        lines.push("// Every item of every page:".to_owned());
        lines.push(format!("let mut items = {call}.stream();"));
        lines.push("while let Some(item) = items.try_next().await? { /* … */ }".to_owned());
    }
    uses.sort();
    uses.dedup();
    let mut doc = vec![
        String::new(),
        "# Example".to_owned(),
        String::new(),
        if cx.doctests { "```no_run" } else { "```ignore" }.to_owned(),
    ];
    doc.extend(uses.iter().map(|u| format!("# #[allow(unused_imports)] {u}")));
    doc.push(format!("# async fn example({}) -> Result<(), {lib}::Error> {{", bound.join(", ")));
    doc.extend(lines.join("\n").lines().map(str::to_owned));
    doc.push("# Ok(())".to_owned());
    doc.push("# }".to_owned());
    doc.push("```".to_owned());
    doc
}

/// The value an example passes to an optional parameter's setter: its sample when it is a
/// plain, non-secret string, integer or boolean; otherwise a variable of the setter's argument
/// type (returned to be bound).
fn setter_value(cx: &Cx<'_>, p: &Param) -> (String, Option<String>) {
    let secret = p.sensitive;
    let literal = match &p.sample {
        serde_json::Value::String(v) if !secret && p.ty == TypeRef::String => Some(format!("{v:?}")),
        serde_json::Value::Number(n) if matches!(p.ty, TypeRef::I32 | TypeRef::I64) && n.is_i64() => {
            Some(n.to_string())
        }
        serde_json::Value::Bool(b) if p.ty == TypeRef::Bool => Some(b.to_string()),
        _ => None,
    };
    match literal {
        Some(value) => (value, None),
        None => (p.name.clone(), Some(cx.rust_ty(&p.arg).to_string())),
    }
}
