//! The Rust surface of the crate, decided once the types are final (after interning renamed
//! and merged them): each method's arguments and return type, each parameter's argument type,
//! the statics of `client.rs`, and `Client::server_url`.

use std::collections::HashSet;

use crate::ir::{Api, Arg, Media, Operation, RequestBody, Response, RustTy, Server, ServerUrl, TypeKind, TypeRef};
use crate::naming::{self, Scope};

/// Fills in the surface of `api`.
pub(super) fn decide(api: &mut Api) {
    let status_enums: HashSet<&str> =
        api.types.iter().filter(|t| matches!(t.kind, TypeKind::StatusEnum { .. })).map(|t| t.name.as_str()).collect();
    let mut methods = Vec::with_capacity(api.operations.len());
    for op in &api.operations {
        let alts: Vec<Vec<Arg>> = op.alt_bodies.iter().map(|alt| args(op, Some(&alt.body))).collect();
        methods.push((args(op, op.body.as_ref()), ret(&op.response, &status_enums), alts));
    }
    for (op, (args, ret, alts)) in api.operations.iter_mut().zip(methods) {
        for p in op.path_params.iter_mut().chain(&mut op.query).chain(&mut op.headers).chain(&mut op.cookies) {
            p.arg = RustTy::argument(&p.ty);
        }
        op.args = args;
        op.ret = ret;
        for (alt, args) in op.alt_bodies.iter_mut().zip(alts) {
            alt.args = args;
        }
    }
    statics(api);
}

/// The statics of `client.rs`: the schemes' (already named), the security requirement lists'
/// and each paginated operation's, unique among themselves.
fn statics(api: &mut Api) {
    let taken: Vec<&str> = api.schemes.iter().map(|s| s.const_name.as_str()).collect();
    let mut consts = Scope::with_taken(&taken);
    api.security_consts = (0..api.security_sets.len()).map(|i| consts.claim(format!("SECURITY_{i}"))).collect();
    for op in &mut api.operations {
        if let Some(p) = &mut op.pagination {
            p.constant = consts.claim(format!("{}_PAGES", naming::constant(op.method_name.trim_start_matches("r#"))));
        }
    }
    // `src/mock.rs`: a static per operation.
    let mut mock = Scope::default();
    for op in &mut api.operations {
        op.mock_const = mock.claim(naming::constant(op.marker.trim_start_matches("r#")));
    }
}

/// `Client::server_url` (named `name`) of the first server with variables.
pub(super) fn server_url(name: String, servers: &[Server]) -> Option<ServerUrl> {
    let server = servers.iter().position(|s| !s.variables.is_empty())?;
    let mut scope = Scope::default();
    let args = servers[server].variables.iter().map(|(n, _)| scope.claim(naming::snake(n, "var"))).collect();
    Some(ServerUrl { name, server, args })
}

/// A method's arguments: path parameters, required query, header and cookie parameters, then
/// `body`.
fn args(op: &Operation, body: Option<&RequestBody>) -> Vec<Arg> {
    let required = op.query.iter().chain(&op.headers).chain(&op.cookies).filter(|p| p.required);
    let mut out: Vec<Arg> = op
        .path_params
        .iter()
        .chain(required)
        .map(|p| Arg { name: p.name.clone(), ty: RustTy::argument(&p.ty) })
        .collect();
    out.extend(body.map(|b| Arg { name: "body".to_owned(), ty: body_arg(b) }));
    out
}

/// The body argument: bytes from memory, a file or a stream as an upload; otherwise borrowed
/// like a parameter; `Option` when it may be left out.
fn body_arg(b: &RequestBody) -> RustTy {
    match (b.media, b.required) {
        (Media::Bytes, true) => RustTy::IntoUpload,
        (Media::Bytes, false) => RustTy::Upload.optional(),
        (_, true) => RustTy::argument(&b.ty),
        (_, false) => RustTy::argument(&b.ty).optional(),
    }
}

/// What the `Call` of a method yields: the decoded body (`Option` when another success status
/// has none; a status enum holds that itself), the text, the bytes, or `()`.
fn ret(r: &Response, status_enums: &HashSet<&str>) -> RustTy {
    match (&r.ty, r.media) {
        (None, _) => RustTy::Unit,
        (Some(_), Media::Text) => RustTy::Owned(TypeRef::String),
        (Some(_), Media::Bytes) => RustTy::Owned(TypeRef::Bytes),
        (Some(TypeRef::Named(n)), _) if status_enums.contains(n.as_str()) => RustTy::Owned(TypeRef::Named(n.clone())),
        (Some(t), _) if r.optional => RustTy::Owned(t.clone()).optional(),
        (Some(t), _) => RustTy::Owned(t.clone()),
    }
}
