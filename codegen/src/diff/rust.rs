//! How IR things read in the generated Rust code, as text for the report. Mirrors the
//! emitters (`emit/types.rs` `field`, `emit/client.rs` `operation` and `arg_ty`, `emit/errors.rs`
//! whose names come from `Operation::error_enum` and `Operation::error_variants`).

use crate::ir::{Field, Media, Operation, Param, Response, TypeRef};

/// A type as written in `types.rs` (`qualified: false`) or in `client.rs` (`types::…`).
pub fn ty(ty: &TypeRef, qualified: bool) -> String {
    match ty {
        TypeRef::Named(n) if qualified => format!("types::{n}"),
        TypeRef::Named(n) => n.clone(),
        TypeRef::String => "String".into(),
        TypeRef::Bool => "bool".into(),
        TypeRef::I32 => "i32".into(),
        TypeRef::I64 => "i64".into(),
        TypeRef::F32 => "f32".into(),
        TypeRef::F64 => "f64".into(),
        TypeRef::Json => "serde_json::Value".into(),
        TypeRef::Bytes => "Vec<u8>".into(),
        TypeRef::File => "FilePart".into(),
        TypeRef::Secret => "Secret".into(),
        TypeRef::Format(f) => format!("formats::{}", f.rust_name()),
        TypeRef::Vec(inner) => format!("Vec<{}>", self::ty(inner, qualified)),
        TypeRef::Map(inner) => format!("BTreeMap<String, {}>", self::ty(inner, qualified)),
        TypeRef::Boxed(inner) => format!("Box<{}>", self::ty(inner, qualified)),
    }
}

/// A struct field's type: `T`, `Option<T>` or `Option<Option<T>>`.
pub fn field_ty(f: &Field) -> String {
    wrapped(&ty(&f.ty, false), f.required, f.nullable, f.ty == TypeRef::File)
}

/// `inner` wrapped as a field with this presence.
pub fn wrapped(inner: &str, required: bool, nullable: bool, file: bool) -> String {
    match (required, nullable) {
        (true, false) => inner.to_owned(),
        (false, true) if !file => format!("Option<Option<{inner}>>"),
        _ => format!("Option<{inner}>"),
    }
}

/// The argument type of a required parameter or body.
pub fn arg_ty(t: &TypeRef) -> String {
    match t {
        TypeRef::String => "&str".into(),
        TypeRef::Bool | TypeRef::I32 | TypeRef::I64 | TypeRef::F32 | TypeRef::F64 => ty(t, true),
        TypeRef::Vec(inner) => format!("&[{}]", ty(inner, true)),
        TypeRef::Bytes => "&[u8]".into(),
        other => format!("&{}", ty(other, true)),
    }
}

/// The argument type of an optional parameter's setter.
pub fn setter_arg_ty(p: &Param) -> String {
    arg_ty(&p.ty)
}

/// What the method's `Call` yields.
pub fn ret_ty(r: &Response) -> String {
    match (&r.ty, r.media) {
        (None, _) => "()".into(),
        (Some(_), Media::Text) => "String".into(),
        (Some(_), Media::Bytes) => "Vec<u8>".into(),
        (Some(t), _) if r.optional => format!("Option<{}>", ty(t, true)),
        (Some(t), _) => ty(t, true),
    }
}

/// The method's name without `r#`.
pub fn method_name(op: &Operation) -> &str {
    op.method_name.trim_start_matches("r#")
}

/// `Client::list_devices`.
pub fn method(op: &Operation) -> String {
    format!("Client::{}", method_name(op))
}

/// The method's arguments after `&self`, as the emitter orders them: (name, type).
pub fn args(op: &Operation) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = op.path_params.iter().map(|p| (p.name.clone(), arg_ty(&p.ty))).collect();
    for p in op.query.iter().chain(&op.headers).chain(&op.cookies).filter(|p| p.required) {
        out.push((p.name.clone(), arg_ty(&p.ty)));
    }
    if let Some(b) = &op.body {
        let t = arg_ty(&b.ty);
        out.push(("body".into(), if b.required { t } else { format!("Option<{t}>") }));
    }
    out
}

/// `Client::list_devices(&self, id: &str) -> Call<types::Device, ops::ListDevices>`.
pub fn signature(op: &Operation) -> String {
    let mut args = vec!["&self".to_owned()];
    args.extend(self::args(op).into_iter().map(|(n, t)| format!("{n}: {t}")));
    format!("{}({}) -> Call<{}, ops::{}>", method(op), args.join(", "), ret_ty(&op.response), op.marker)
}

/// `Call<T, ops::ListDevices>::limit` (an optional parameter's setter, or `stream`).
pub fn call_method(op: &Operation, name: &str) -> String {
    format!("Call<T, ops::{}>::{}", op.marker, name.trim_start_matches("r#"))
}

/// `beam_client::ops::ListDevices`.
pub fn marker_path(lib: &str, op: &Operation) -> String {
    format!("{lib}::ops::{}", op.marker)
}

/// `beam_client::types::Device`.
pub fn type_path(lib: &str, name: &str) -> String {
    format!("{lib}::types::{name}")
}

/// `beam_client::errors::GetDeviceError::NotFound`: a variant of an operation's error enum.
pub fn error_variant_path(lib: &str, op: &Operation, variant: &str) -> String {
    format!("{lib}::errors::{}::{variant}", op.error_enum())
}

/// What an error variant holds, as written in `errors.rs`: `NotFound(types::Error)`, `NotFound`.
pub fn error_variant(v: &crate::ir::ErrorVariant) -> String {
    match &v.body {
        Some((_, t)) => format!("{}({})", v.name, ty(t, true)),
        None => v.name.clone(),
    }
}
