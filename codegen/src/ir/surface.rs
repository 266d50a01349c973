//! The Rust surface of the generated crate: how a type, an argument, a return type or a field
//! is written. Lowering decides it (`lower/surface.rs` fills [`Operation::args`],
//! [`Operation::ret`], [`Param::arg`], [`AltBody::args`]); the emitters print it and the diff
//! tool reads it, so the crate and the report on it cannot disagree.
//!
//! [`Operation::args`]: super::Operation::args
//! [`Operation::ret`]: super::Operation::ret
//! [`Param::arg`]: super::Param::arg
//! [`AltBody::args`]: super::AltBody::args

use super::{Field, TypeDef, TypeKind, TypeRef, Usage};

/// Which paths a printed type uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paths {
    /// As the generated crate writes them (`codegen_runtime::Secret`,
    /// `std::collections::BTreeMap`).
    Crate,
    /// As a reader of a report names them (`Secret`, `BTreeMap`).
    Short,
}

impl TypeRef {
    /// The type as Rust text; `qualified` prefixes generated types with `types::` (as
    /// `client.rs` names them; `types.rs` does not).
    pub fn rust(&self, qualified: bool, paths: Paths) -> String {
        let runtime = |name: &str| match paths {
            Paths::Crate => format!("codegen_runtime::{name}"),
            Paths::Short => name.to_owned(),
        };
        match self {
            TypeRef::Named(n) if qualified => format!("types::{n}"),
            TypeRef::Named(n) => n.clone(),
            TypeRef::String => "String".into(),
            TypeRef::Bool => "bool".into(),
            TypeRef::I32 => "i32".into(),
            TypeRef::I64 => "i64".into(),
            TypeRef::F32 => "f32".into(),
            TypeRef::F64 => "f64".into(),
            TypeRef::Json => runtime("serde_json::Value"),
            TypeRef::Bytes => "Vec<u8>".into(),
            TypeRef::File => runtime("FilePart"),
            TypeRef::Secret => runtime("Secret"),
            TypeRef::Format(f) => runtime(&format!("formats::{}", f.rust_name())),
            TypeRef::Vec(inner) => format!("Vec<{}>", inner.rust(qualified, paths)),
            TypeRef::Map(inner) => {
                let map = if paths == Paths::Crate { "std::collections::BTreeMap" } else { "BTreeMap" };
                format!("{map}<String, {}>", inner.rust(qualified, paths))
            }
            TypeRef::Boxed(inner) => format!("Box<{}>", inner.rust(qualified, paths)),
        }
    }
}

/// A type as the generated code uses it: a value, a borrow, an upload, optional.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RustTy {
    /// `()`.
    Unit,
    /// `T` by value.
    Owned(TypeRef),
    /// `&str` (a `String` borrowed).
    Str,
    /// `&[T]` (a `Vec<T>` borrowed).
    Slice(TypeRef),
    /// `&[u8]` (bytes borrowed).
    Bytes,
    /// `&T`.
    Ref(TypeRef),
    /// `impl Into<Upload>`: bytes from memory, a file or a stream.
    IntoUpload,
    /// `Upload`.
    Upload,
    /// `Option<T>`.
    Option(Box<RustTy>),
}

impl RustTy {
    /// The argument type taking a value of `ty` (a required parameter, a setter's argument, a
    /// body): borrowed where that is cheaper, numbers and booleans by value.
    pub fn argument(ty: &TypeRef) -> RustTy {
        match ty {
            TypeRef::String => RustTy::Str,
            _ if Self::by_value(ty) => RustTy::Owned(ty.clone()),
            TypeRef::Vec(inner) => RustTy::Slice((**inner).clone()),
            TypeRef::Bytes => RustTy::Bytes,
            other => RustTy::Ref(other.clone()),
        }
    }

    /// Whether [`RustTy::argument`] takes `ty` by value (a number or a boolean).
    pub fn by_value(ty: &TypeRef) -> bool {
        matches!(ty, TypeRef::Bool | TypeRef::I32 | TypeRef::I64 | TypeRef::F32 | TypeRef::F64)
    }

    /// `Option<self>`.
    pub fn optional(self) -> RustTy {
        RustTy::Option(Box::new(self))
    }

    /// The type as Rust text; `qualified` prefixes generated types with `types::`.
    pub fn rust(&self, qualified: bool, paths: Paths) -> String {
        let upload = match paths {
            Paths::Crate => "codegen_runtime::Upload",
            Paths::Short => "Upload",
        };
        match self {
            RustTy::Unit => "()".into(),
            RustTy::Owned(t) => t.rust(qualified, paths),
            RustTy::Str => "&str".into(),
            RustTy::Slice(t) => format!("&[{}]", t.rust(qualified, paths)),
            RustTy::Bytes => "&[u8]".into(),
            RustTy::Ref(t) => format!("&{}", t.rust(qualified, paths)),
            RustTy::IntoUpload => format!("impl Into<{upload}>"),
            RustTy::Upload => upload.into(),
            RustTy::Option(inner) => format!("Option<{}>", inner.rust(qualified, paths)),
        }
    }
}

/// An argument of a generated method: its name and type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Arg {
    /// The Rust name.
    pub name: String,
    /// The type.
    pub ty: RustTy,
}

/// How a struct field is stored, which decides its type and how it is read and written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stored {
    /// `T`: must be present.
    Plain,
    /// `Option<T>`: absent and `null` are `None`.
    Optional,
    /// `Option<Option<T>>`: absent, `null` and a value (optional, nullable and sent).
    ThreeStates,
    /// A file: travels as a multipart part, never in JSON (`Option<T>` when optional).
    File,
}

impl Stored {
    /// How `f`, a field of a type used as `usage` says, is stored.
    pub fn of(f: &Field, usage: Usage) -> Stored {
        if f.ty == TypeRef::File {
            Stored::File
        } else if !f.optional() {
            Stored::Plain
        } else if !f.required && f.nullable && usage.serialize {
            Stored::ThreeStates
        } else {
            Stored::Optional
        }
    }
}

impl Field {
    /// The field's type in its struct, `inner` wrapped as its presence says (`T`, `Option<T>`
    /// or `Option<Option<T>>`); `usage` is its type's.
    pub fn wrap(&self, usage: Usage, inner: RustTy) -> RustTy {
        match Stored::of(self, usage) {
            Stored::Plain => inner,
            Stored::File if !self.optional() => inner,
            Stored::File | Stored::Optional => inner.optional(),
            Stored::ThreeStates => inner.optional().optional(),
        }
    }

    /// The field's type in its struct; `usage` is its type's.
    pub fn rust_ty(&self, usage: Usage) -> RustTy {
        self.wrap(usage, RustTy::Owned(self.ty.clone()))
    }
}

/// Whether [`resolve`] looks through `Box`es too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Boxes {
    /// Stops at a `Box<T>`.
    Keep,
    /// Follows a `Box<T>` to `T`.
    Unwrap,
}

/// Follows aliases (and with [`Boxes::Unwrap`] boxes) from `ty` to the type underneath; `def`
/// finds a named type. Stops after 64 steps (aliases do not form cycles, but a bad IR must not
/// hang).
pub fn resolve<'t>(ty: &'t TypeRef, boxes: Boxes, def: impl Fn(&str) -> Option<&'t TypeDef>) -> &'t TypeRef {
    let mut current = ty;
    for _ in 0..64 {
        current = match current {
            TypeRef::Boxed(inner) if boxes == Boxes::Unwrap => inner,
            TypeRef::Named(n) => match def(n).map(|t| &t.kind) {
                Some(TypeKind::Alias(target)) => target,
                _ => return current,
            },
            _ => return current,
        };
    }
    current
}

/// `Client::server_url`: the function that fills in the variables of the first server with
/// some.
#[derive(Debug, Clone)]
pub struct ServerUrl {
    /// The function's name (claimed among the client's methods).
    pub name: String,
    /// The server, an index into [`Api::servers`](super::Api::servers).
    pub server: usize,
    /// The argument of each of the server's variables, in the same order.
    pub args: Vec<String>,
}

impl TypeDef {
    /// The hidden struct a struct's decoder reads into, `__{Type}Slots`: no type the generator
    /// names starts with `_`, so it cannot clash.
    pub fn slots_name(&self) -> String {
        format!("__{}Slots", self.name.trim_start_matches("r#"))
    }
}
