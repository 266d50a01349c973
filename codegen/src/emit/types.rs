//! `src/types.rs`: every named type, deriving only the serde traits it needs.

use proc_macro2::TokenStream;
use quote::quote;

use super::serde_impls;
use super::{cfg_of, docs, gate_items, ident, struct_default, Cx};
use crate::diagnostic::GenerateError;
use crate::ir::{Field, Paths, Stored, TypeDef, TypeKind, TypeRef, Usage, Variant};

/// The part of `src/types.rs` that holds `types` (the file is emitted in parts, in parallel);
/// the first part starts with the module's doc. Each type's tokens are parsed once, here, to
/// put its features' `cfg` on each of its items; the file is formatted from these items.
pub(super) fn types_rs(cx: &Cx<'_>, types: &[TypeDef], first: bool) -> Result<syn::File, GenerateError> {
    let mut items = Vec::new();
    for t in types {
        let mut file = crate::format::parse(type_def(cx, t), "src/types.rs")?;
        gate_items(&mut file.items, &cfg_of(&t.features));
        items.append(&mut file.items);
    }
    let attrs = if first { vec![syn::parse_quote!(#![doc = " The API's data types."])] } else { Vec::new() };
    Ok(syn::File { shebang: None, attrs, items })
}

/// The serde derives a type needs, plus the other one behind the `full-serde` feature; none
/// when the impls are written out (`serde_impls`).
fn serde_derives(cx: &Cx<'_>, usage: Usage) -> (TokenStream, TokenStream) {
    if !cx.serde_derive {
        return (quote!(), quote!());
    }
    let mut derives = Vec::new();
    let mut extra = Vec::new();
    let ser = quote!(serde::Serialize);
    let de = quote!(serde::Deserialize);
    if usage.serialize {
        derives.push(ser.clone())
    } else {
        extra.push(ser)
    }
    if usage.deserialize {
        derives.push(de.clone())
    } else {
        extra.push(de)
    }
    let gated =
        if extra.is_empty() { quote!() } else { quote!(#[cfg_attr(feature = "full-serde", derive(#(#extra),*))]) };
    (quote!(#(#derives,)*), gated)
}

fn type_def(cx: &Cx<'_>, t: &TypeDef) -> TokenStream {
    let name = ident(&t.name);
    let deprecated = t.deprecated.then_some("**Deprecated.**");
    let fallback = t.doc.as_deref().is_none_or(|d| d.trim().is_empty()).then(|| fallback_type_doc(t));
    let doc = docs::attrs_of(&[deprecated, fallback.as_deref().or(t.doc.as_deref()), t.constraints.as_deref()]);
    match &t.kind {
        TypeKind::Struct { fields, additional } => struct_def(cx, t, &name, doc, fields, additional.as_ref()),
        TypeKind::Enum { variants } => enum_def(cx, t, &name, doc, variants),
        TypeKind::IntEnum { values } => int_enum_def(cx, t, &name, doc, values),
        TypeKind::StatusEnum { variants } => status_enum_def(cx, &name, doc, variants),
        TypeKind::Alias(target) => alias_def(cx, &name, doc, target),
        TypeKind::Newtype(inner) => newtype_def(cx, t, &name, doc, inner),
        TypeKind::ErrorBody { variants } => error_body(cx, &name, doc, variants),
        TypeKind::OneOf { variants, tag, lenient } => one_of_def(cx, t, &name, doc, variants, tag.as_ref(), lenient),
    }
}

/// A string enum: a variant per known value and `Unknown` for the others.
fn enum_def(
    cx: &Cx<'_>,
    t: &TypeDef,
    name: &proc_macro2::Ident,
    doc: TokenStream,
    variants: &[Variant],
) -> TokenStream {
    let (derives, gated) = serde_derives(cx, t.usage);
    let lean = !cx.serde_derive;
    let items = variants.iter().map(|v| {
        let vname = ident(&v.name);
        let rename = (!lean && v.name != v.wire).then(|| {
            let wire = &v.wire;
            quote!(#[serde(rename = #wire)])
        });
        let doc = format!(" `{}` on the wire.", v.wire.replace('`', "'"));
        quote!(#[doc = #doc] #rename #vname,)
    });
    let arms = variants.iter().map(|v| {
        let vname = ident(&v.name);
        let wire = &v.wire;
        quote!(Self::#vname => #wire,)
    });
    let untagged = (!lean).then(|| quote!(#[serde(untagged)]));
    let impls = lean.then(|| {
        let table: Vec<_> = variants.iter().map(|v| (ident(&v.name), v.wire.as_str())).collect();
        serde_impls::enum_impls(t, name, &table)
    });
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq, Eq, Hash, #derives)]
        #gated
        #[non_exhaustive]
        pub enum #name {
            #(#items)*
            /// A value this client does not know (added to the API after it was generated);
            /// [`Self::as_str`] reads it.
            #untagged
            Unknown(codegen_runtime::UnknownValue),
        }

        impl #name {
            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(#arms)*
                    Self::Unknown(value) => value.as_str(),
                }
            }
        }

        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        #impls
    }
}

/// An integer enum: a newtype with a constant per known value.
fn int_enum_def(
    cx: &Cx<'_>,
    t: &TypeDef,
    name: &proc_macro2::Ident,
    doc: TokenStream,
    values: &[(String, i64)],
) -> TokenStream {
    let (derives, gated) = serde_derives(cx, t.usage);
    let lean = !cx.serde_derive;
    let (transparent, impls) = transparent(lean, t, name);
    let consts = values.iter().map(|(c, v)| {
        let c = ident(c);
        let lit = proc_macro2::Literal::i64_unsuffixed(*v);
        let doc = format!(" The value `{v}`.");
        quote!(#[doc = #doc] pub const #c: Self = Self(#lit);)
    });
    quote! {
        #doc
        ///
        /// An integer enumeration: the known values are associated constants; any other
        /// value the server sends is kept as is.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, #derives)]
        #gated
        #transparent
        pub struct #name(pub i64);

        impl #name {
            #(#consts)*
        }

        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}", self.0)
            }
        }

        #impls
    }
}

/// The body of an operation whose success statuses have different bodies, decoded by status.
fn status_enum_def(
    cx: &Cx<'_>,
    name: &proc_macro2::Ident,
    doc: TokenStream,
    variants: &[(String, u16, Option<TypeRef>)],
) -> TokenStream {
    let items = variants.iter().map(|(v, status, ty)| {
        let v = ident(v);
        let doc = format!(" HTTP {status}.");
        match ty {
            Some(ty) => {
                let ty = cx.ty(ty, false);
                quote!(#[doc = #doc] #v(#ty),)
            }
            None => quote!(#[doc = #doc] #v,),
        }
    });
    let arms = variants.iter().map(|(v, status, ty)| {
        let v = ident(v);
        let status = proc_macro2::Literal::u16_unsuffixed(*status);
        match ty {
            Some(_) => quote!(#status => codegen_runtime::decode_json(status, body).map(Self::#v),),
            None => quote!(#status => Ok(Self::#v),),
        }
    });
    // A success status the spec does not document (the decode policy, ARCHITECTURE.md):
    // the first documented status with a body decodes it, and an empty body is the
    // first documented status without one.
    let with_body = variants.iter().find(|(_, _, ty)| ty.is_some()).map(|(v, _, _)| ident(v));
    let without = variants.iter().find(|(_, _, ty)| ty.is_none()).map(|(v, _, _)| ident(v));
    let undocumented = match (with_body, without) {
        (Some(with_body), Some(without)) => quote! {
            _ if body.iter().all(u8::is_ascii_whitespace) => Ok(Self::#without),
            _ => codegen_runtime::decode_json(status, body).map(Self::#with_body),
        },
        (Some(with_body), None) => {
            quote!(_ => codegen_runtime::decode_json(status, body).map(Self::#with_body),)
        }
        (None, _) => quote! {
            other => Err(codegen_runtime::DecodeFailure {
                path: ".".to_owned(),
                message: format!("the spec describes no body for HTTP {other}"),
            }),
        },
    };
    quote! {
        #doc
        #[derive(Debug, Clone)]
        #[non_exhaustive]
        pub enum #name {
            #(#items)*
        }

        impl #name {
            /// Decodes the body of a success response by its status. A success status
            /// the spec does not document decodes as the first documented status with
            /// a body (an empty body as the first without one).
            #[inline]
            pub fn decode(status: u16, body: &[u8]) -> Result<Self, codegen_runtime::DecodeFailure> {
                match status {
                    #(#arms)*
                    #undocumented
                }
            }
        }
    }
}

/// `pub type Name = T;`
fn alias_def(cx: &Cx<'_>, name: &proc_macro2::Ident, doc: TokenStream, target: &TypeRef) -> TokenStream {
    let target = cx.ty(target, false);
    quote! {
        #doc
        pub type #name = #target;
    }
}

/// A newtype (a string with its own format or pattern).
fn newtype_def(cx: &Cx<'_>, t: &TypeDef, name: &proc_macro2::Ident, doc: TokenStream, inner: &TypeRef) -> TokenStream {
    let (derives, gated) = serde_derives(cx, t.usage);
    let lean = !cx.serde_derive;
    let (transparent, impls) = transparent(lean, t, name);
    let inner_ty = cx.ty(inner, false);
    let from_inner = (inner != &TypeRef::String).then(|| {
        quote! {
            impl From<#inner_ty> for #name {
                fn from(value: #inner_ty) -> Self {
                    Self(value)
                }
            }
        }
    });
    let display = (inner == &TypeRef::String).then(|| {
        quote! {
            impl std::fmt::Display for #name {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str(&self.0)
                }
            }

            impl From<String> for #name {
                fn from(value: String) -> Self {
                    Self(value)
                }
            }

            impl From<&str> for #name {
                fn from(value: &str) -> Self {
                    Self(value.to_owned())
                }
            }
        }
    });
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq, #derives)]
        #gated
        #transparent
        pub struct #name(pub #inner_ty);

        #display
        #from_inner
        #impls
    }
}

/// `#[serde(transparent)]` for a derived newtype, or its written-out impls.
fn transparent(lean: bool, t: &TypeDef, name: &proc_macro2::Ident) -> (Option<TokenStream>, Option<TokenStream>) {
    if lean {
        (None, Some(serde_impls::transparent_impls(t, name)))
    } else {
        (Some(quote!(#[serde(transparent)])), None)
    }
}

/// A struct. It is `#[non_exhaustive]`, so a field the API adds later breaks no caller; every
/// struct, sent or received (a test builds a response too), is built with `new` (its required
/// fields) and a setter per optional field, or from `Default` when nothing is required.
fn struct_def(
    cx: &Cx<'_>,
    t: &TypeDef,
    name: &proc_macro2::Ident,
    doc: TokenStream,
    fields: &[Field],
    additional: Option<&TypeRef>,
) -> TokenStream {
    let (derives, gated) = serde_derives(cx, t.usage);
    let default = struct_default(cx, t);
    let default_derive = if default { quote!(Default,) } else { quote!() };
    let mut used: Vec<&str> = fields.iter().map(|f| f.name.as_str()).collect();
    let field_items = fields.iter().map(|f| field(cx, f, t.usage));
    let flatten = cx.serde_derive.then(|| quote!(#[serde(flatten)]));
    let extra_name = additional.map(|_| {
        let mut extra_name = "additional_properties".to_owned();
        while used.contains(&extra_name.as_str()) {
            extra_name.push('_');
        }
        used.push("");
        ident(&extra_name)
    });
    let extra = additional.zip(extra_name.as_ref()).map(|(ty, extra_ident)| {
        let ty = cx.ty(ty, false);
        quote! {
            /// Properties not named by the schema.
            #flatten
            pub #extra_ident: std::collections::BTreeMap<String, #ty>,
        }
    });
    let builders = builders(cx, name, fields, t.usage, default, extra_name.as_ref());
    let impls =
        (!cx.serde_derive).then(|| serde_impls::struct_impls(cx, t, name, fields, extra_name.as_ref().zip(additional)));
    quote! {
        #doc
        #[derive(Debug, Clone, #default_derive #derives)]
        #gated
        #[cfg_attr(feature = "partial-eq", derive(PartialEq))]
        #[non_exhaustive]
        pub struct #name {
            #(#field_items)*
            #extra
        }

        #builders
        #impls
    }
}

/// `new(required…)` (when something is required) and a setter per optional field.
///
/// Arguments take what callers have: `impl Into<T>` (`"x"` for a `String`, a variant for a
/// one-of), and a list any `IntoIterator` of items that convert (`["a", "b"]`). A setter sets a
/// value; an optional, nullable field of a sent type (three states) also gets `{field}_null()`,
/// the only way to send `null`: `.field(None)` does not compile, so an `Option` ported from
/// elsewhere never turns "absent" into `null` unnoticed.
fn builders(
    cx: &Cx<'_>,
    name: &proc_macro2::Ident,
    fields: &[Field],
    usage: Usage,
    default: bool,
    extra: Option<&proc_macro2::Ident>,
) -> TokenStream {
    let is_required = |f: &Field| !f.optional() || (f.required && f.nullable);
    let required: Vec<&Field> = fields.iter().filter(|f| is_required(f)).collect();
    let new = (!default).then(|| {
        let args = required.iter().map(|f| {
            let n = ident(&f.name);
            let (arg, _) = argument(cx, f, &n);
            quote!(#n: #arg)
        });
        let inits = fields.iter().map(|f| {
            let n = ident(&f.name);
            if is_required(f) {
                let (_, value) = argument(cx, f, &n);
                quote!(#n: #value,)
            } else {
                quote!(#n: None,)
            }
        });
        let extra = extra.map(|e| quote!(#e: Default::default(),));
        let allow = (required.len() > 7).then(|| quote!(#[allow(clippy::too_many_arguments)]));
        let doc =
            format!(" A `{name}` with its required fields; set the optional ones with the methods named after them.");
        quote! {
            #[doc = #doc]
            #allow
            pub fn new(#(#args),*) -> Self {
                Self { #(#inits)* #extra }
            }
        }
    });
    let taken: Vec<&str> = fields.iter().map(|f| f.name.trim_start_matches("r#")).collect();
    let setters = fields.iter().filter(|f| !is_required(f)).map(|f| setter(cx, f, usage, &taken));
    // A setter named like a std trait's method (`add`, `sub`, `next`, …) is still a setter.
    let lookalike = fields.iter().any(|f| TRAIT_METHODS.contains(&f.name.as_str()));
    let allow = lookalike.then(|| quote!(#[allow(clippy::should_implement_trait)]));
    quote! {
        #allow
        impl #name {
            #new
            #(#setters)*
        }
    }
}

/// The argument type of a field's value in `new` or a setter, and the expression that turns
/// the argument `var` into what the field stores (`Some(…)` left to the caller): `impl Into<T>`,
/// a list as any `IntoIterator` of convertible items; a required, nullable field takes
/// `impl Into<Option<T>>`.
fn argument(cx: &Cx<'_>, f: &Field, var: &proc_macro2::Ident) -> (TokenStream, TokenStream) {
    let inner = cx.ty(&f.ty, false);
    match &f.ty {
        _ if f.required && f.nullable => (quote!(impl Into<Option<#inner>>), quote!(#var.into())),
        TypeRef::Vec(item) => {
            let item = cx.ty(item, false);
            (quote!(impl IntoIterator<Item = impl Into<#item>>), quote!(#var.into_iter().map(Into::into).collect()))
        }
        _ => (quote!(impl Into<#inner>), quote!(#var.into())),
    }
}

/// The setter of an optional field (`with_new` for a field named `new`), and for a three-state
/// field its `_null` twin.
fn setter(cx: &Cx<'_>, f: &Field, usage: Usage, taken: &[&str]) -> TokenStream {
    let field_name = ident(&f.name);
    let method = if f.name == "new" { ident("with_new") } else { field_name.clone() };
    let three = matches!(Stored::of(f, usage), Stored::ThreeStates);
    let (arg, value) = argument(cx, f, &ident("value"));
    let set = if three { quote!(Some(Some(#value))) } else { quote!(Some(#value)) };
    let doc = if three {
        format!(" Sets `{}` to a value (`{}()` sends `null`; unset, it is left out).", f.wire, null_name(f, taken))
    } else {
        format!(" Sets `{}`.", f.wire)
    };
    let note = three.then(|| format!("`{}()` sends `null`; unset, it is left out.", null_name(f, taken)));
    let doc = setter_doc(f, &doc, note.as_deref());
    let null = three.then(|| {
        let null = ident(&null_name(f, taken));
        let doc = format!(" Sends `{}` as `null` (unset, it is left out).", f.wire);
        quote! {
            #[doc = #doc]
            pub fn #null(mut self) -> Self {
                self.#field_name = Some(None);
                self
            }
        }
    });
    quote! {
        #doc
        pub fn #method(mut self, value: #arg) -> Self {
            self.#field_name = #set;
            self
        }
        #null
    }
}

/// `{field}_null`, with `_` added while a field of the struct has that name.
fn null_name(f: &Field, taken: &[&str]) -> String {
    let mut name = format!("{}_null", f.name.trim_start_matches("r#"));
    while taken.contains(&name.as_str()) || name == "new" {
        name.push('_');
    }
    name
}

/// Method names of std traits that clippy asks types to implement the trait for.
pub(super) const TRAIT_METHODS: &[&str] = &[
    "add",
    "as_mut",
    "as_ref",
    "bitand",
    "bitor",
    "bitxor",
    "borrow",
    "borrow_mut",
    "clone",
    "cmp",
    "default",
    "deref",
    "deref_mut",
    "div",
    "drop",
    "eq",
    "from_iter",
    "from_str",
    "hash",
    "index",
    "index_mut",
    "into_iter",
    "mul",
    "neg",
    "next",
    "not",
    "rem",
    "shl",
    "shr",
    "sub",
];

/// A one-of. Tagged by a discriminator, it decodes by its tag; received, it keeps a value it
/// does not know (`Unknown`), so a variant the server adds later is data, not an error. Each
/// variant type that appears once converts into it (`From`).
fn one_of_def(
    cx: &Cx<'_>,
    t: &TypeDef,
    name: &proc_macro2::Ident,
    doc: TokenStream,
    variants: &[(String, TypeRef)],
    tag: Option<&(String, Vec<Vec<String>>)>,
    lenient: &[usize],
) -> TokenStream {
    let usage = t.usage;
    let catch_all = usage.deserialize;
    let tag_doc = tag.map(|(property, values)| {
        let text = format!(
            " The variant is named by the `{property}` property: {}.",
            values.iter().flatten().map(|v| format!("`{v}`")).collect::<Vec<_>>().join(", ")
        );
        let blank = t.doc.is_some().then(|| quote!(#[doc = ""]));
        quote!(#blank #[doc = #text])
    });
    let items = variants.iter().enumerate().map(|(i, (v, ty))| {
        let v = ident(v);
        let ty = cx.ty(ty, false);
        let variant_doc =
            format!(" A `{}`.", ty.to_string().replace(' ', "").replace("codegen_runtime::serde_json::", ""));
        // Untagged decoding honours it; a tagged one-of never has integer variants.
        let lenient = (cx.serde_derive && lenient.contains(&i))
            .then(|| quote!(#[serde(deserialize_with = "codegen_runtime::lenient::integer")]));
        quote!(#[doc = #variant_doc] #lenient #v(#ty),)
    });
    let unknown = catch_all.then(|| {
        quote! {
            /// A value that matches no variant this client knows (added to the API after it was
            /// generated), as the server sent it.
            Unknown(codegen_runtime::serde_json::Value),
        }
    });
    let froms = from_impls(cx, t, name, variants);
    let lean = !cx.serde_derive;
    let serialize = lean.then(|| serde_impls::one_of_serialize(t, name, variants, catch_all));
    match tag {
        None => {
            let (derives, gated) = serde_derives(cx, usage);
            let untagged = (!lean).then(|| quote!(#[serde(untagged)]));
            let deserialize = lean.then(|| serde_impls::untagged_deserialize(t, name, variants, lenient, catch_all));
            quote! {
                #doc
                #[derive(Debug, Clone, #derives)]
                #gated
                #[cfg_attr(feature = "partial-eq", derive(PartialEq))]
                #untagged
                #[non_exhaustive]
                #[allow(clippy::large_enum_variant)]
                pub enum #name {
                    #(#items)*
                    #unknown
                }

                #froms
                #serialize
                #deserialize
            }
        }
        Some((property, values)) => {
            let ser = if lean {
                quote!()
            } else if usage.serialize {
                quote!(#[derive(serde::Serialize)] #[serde(untagged)])
            } else {
                quote!(#[cfg_attr(feature = "full-serde", derive(serde::Serialize), serde(untagged))])
            };
            let deserialize = tagged_deserialize(t, name, variants, property, values);
            quote! {
                #doc
                #tag_doc
                #[derive(Debug, Clone)]
                #ser
                #[cfg_attr(feature = "partial-eq", derive(PartialEq))]
                #[non_exhaustive]
                #[allow(clippy::large_enum_variant)]
                pub enum #name {
                    #(#items)*
                    #unknown
                }

                #deserialize

                #froms
                #serialize
            }
        }
    }
}

/// `Deserialize` of a one-of tagged by `property`: its value names the variant (`values` per
/// variant); an unknown value is `Unknown` when the type is received, else an error.
fn tagged_deserialize(
    t: &TypeDef,
    name: &proc_macro2::Ident,
    variants: &[(String, TypeRef)],
    property: &str,
    values: &[Vec<String>],
) -> TokenStream {
    let arms = variants.iter().zip(values).map(|((v, _), wire)| {
        let v = ident(v);
        quote!(#(#wire)|* => codegen_runtime::tagged_variant(value, #property, &tag).map(Self::#v),)
    });
    let all_values = values.iter().flatten();
    let fallback = if t.usage.deserialize {
        quote!(_ => Ok(Self::Unknown(value)),)
    } else {
        quote!(_ => Err(codegen_runtime::unknown_tag(#property, &tag, &[#(#all_values),*])),)
    };
    let de_cfg = (!t.usage.deserialize).then(|| quote!(#[cfg(feature = "full-serde")]));
    quote! {
        #de_cfg
        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let (tag, value) = codegen_runtime::tagged(deserializer, #property)?;
                match tag.as_str() {
                    #(#arms)*
                    #fallback
                }
            }
        }
    }
}

/// `From<Variant>` for each variant whose type no other variant holds and that is not the
/// one-of itself (`From<T> for T` is the standard library's).
fn from_impls(cx: &Cx<'_>, t: &TypeDef, name: &proc_macro2::Ident, variants: &[(String, TypeRef)]) -> TokenStream {
    let unboxed = |ty: &TypeRef| match ty {
        TypeRef::Boxed(inner) => (inner.as_ref().clone(), true),
        other => (other.clone(), false),
    };
    // Compared through aliases: two variants may name one type under two names.
    let key = |ty: &TypeRef| cx.resolve(&unboxed(ty).0).clone();
    let impls = variants.iter().filter_map(|(v, ty)| {
        let (inner, boxed) = unboxed(ty);
        let k = key(ty);
        let itself = matches!(&k, TypeRef::Named(n) if *n == t.name);
        if itself || matches!(k, TypeRef::Json) || variants.iter().filter(|(_, v)| key(v) == k).count() > 1 {
            return None;
        }
        let v = ident(v);
        let inner_ty = cx.ty(&inner, false);
        let value = if boxed { quote!(Box::new(value)) } else { quote!(value) };
        Some(quote! {
            impl From<#inner_ty> for #name {
                fn from(value: #inner_ty) -> Self {
                    Self::#v(#value)
                }
            }
        })
    });
    quote!(#(#impls)*)
}

/// The crate's error-body enum and its decoder by variant (the operation's spec picks the
/// variant for the response status; see `codegen_runtime::ErrorBodies`).
fn error_body(cx: &Cx<'_>, name: &proc_macro2::Ident, doc: TokenStream, variants: &[(String, TypeRef)]) -> TokenStream {
    let items = variants.iter().map(|(v, ty)| {
        let v = ident(v);
        let ty = cx.ty(ty, false);
        let doc = format!(
            " An error body of the `{}` shape.",
            ty.to_string().replace(' ', "").replace("codegen_runtime::serde_json::", "")
        );
        quote!(#[doc = #doc] #v(#ty),)
    });
    let arms = variants.iter().enumerate().map(|(i, (v, _))| {
        let v = ident(v);
        let i = proc_macro2::Literal::u16_unsuffixed(i as u16);
        quote!(#i => codegen_runtime::decode_json(0, body).map(Self::#v),)
    });
    let unknown = quote!(Err(codegen_runtime::DecodeFailure {
        path: ".".to_owned(),
        message: format!("no error body variant {variant}"),
    }));
    let decode = if variants.is_empty() {
        quote!(let _ = body; #unknown)
    } else {
        quote!(match variant { #(#arms)* _ => #unknown })
    };
    quote! {
        #doc
        #[derive(Debug, Clone)]
        #[non_exhaustive]
        #[allow(clippy::large_enum_variant)]
        pub enum #name {
            #(#items)*
        }

        impl codegen_runtime::ErrorBodies for #name {
            fn decode_variant(variant: u16, body: &[u8]) -> Result<Self, codegen_runtime::DecodeFailure> {
                #decode
            }
        }
    }
}

fn field(cx: &Cx<'_>, f: &Field, usage: Usage) -> TokenStream {
    let name = ident(&f.name);
    let read_only = if f.read_only {
        Some("Set by the server.")
    } else if f.write_only {
        Some("Sent to the server only; never returned.")
    } else {
        None
    };
    let deprecated = f.deprecated.then_some("**Deprecated.**");
    let fallback =
        f.doc.as_deref().is_none_or(|d| d.trim().is_empty()).then(|| format!("`{}`", f.wire.replace('`', "'")));
    let doc =
        docs::attrs_of(&[deprecated, fallback.as_deref().or(f.doc.as_deref()), f.constraints.as_deref(), read_only]);
    let unraw = f.name.trim_start_matches("r#");
    let wire = &f.wire;
    let rename = (unraw != f.wire).then(|| quote!(rename = #wire));
    let ty = super::tokens(&f.rust_ty(usage).rust(false, Paths::Crate));
    let skip = match Stored::of(f, usage) {
        // Files travel as multipart parts, never inside JSON.
        Stored::File => Some(quote!(skip)),
        Stored::Plain => None,
        Stored::Optional if f.required => None,
        // Only received: `null` and absent are both `None`.
        Stored::Optional if f.nullable => Some(quote!(default, skip_serializing_if = "Option::is_none")),
        Stored::Optional => Some(quote!(skip_serializing_if = "Option::is_none")),
        // Absent, null and a value are three different things (a PATCH sends only what is set).
        Stored::ThreeStates => Some(quote!(
            default,
            skip_serializing_if = "Option::is_none",
            deserialize_with = "codegen_runtime::nullable::deserialize"
        )),
    };
    let skip = if f.lenient { Some(lenient_args(f, usage)) } else { skip };
    // One `#[serde(…)]` per field: fewer lines to read and to parse.
    let args: Vec<TokenStream> = rename.into_iter().chain(skip).collect();
    let serde = (cx.serde_derive && !args.is_empty()).then(|| quote!(#[serde(#(#args),*)]));
    quote! {
        #doc
        #serde
        pub #name: #ty,
    }
}

/// The serde arguments of an `x-lenient-integer` field: the same storage, decoded by the
/// runtime's `lenient` helpers so that `"10"` reads as `10`.
fn lenient_args(f: &Field, usage: Usage) -> TokenStream {
    if !f.optional() {
        quote!(deserialize_with = "codegen_runtime::lenient::integer")
    } else if f.required {
        quote!(deserialize_with = "codegen_runtime::lenient::option")
    } else if f.nullable && usage.serialize {
        quote!(
            default,
            skip_serializing_if = "Option::is_none",
            deserialize_with = "codegen_runtime::lenient::nullable"
        )
    } else {
        quote!(default, skip_serializing_if = "Option::is_none", deserialize_with = "codegen_runtime::lenient::option")
    }
}

/// The documentation of a type the spec does not describe: the name the spec gives it (its
/// schema's key), else where it is in the spec; no invented prose.
fn fallback_type_doc(t: &TypeDef) -> String {
    let schema = t
        .pointer
        .strip_prefix("/components/schemas/")
        .filter(|rest| !rest.contains('/'))
        .map(|key| key.replace("~1", "/").replace("~0", "~").replace('`', "'"));
    let what = match &t.kind {
        TypeKind::Struct { .. } => "An object",
        TypeKind::Enum { .. } => "A string enumeration",
        TypeKind::IntEnum { .. } => "An integer value",
        TypeKind::Alias(_) => "Another name of a type",
        TypeKind::Newtype(TypeRef::String) => "A string with its own format",
        TypeKind::Newtype(_) => "A type that holds itself",
        TypeKind::StatusEnum { .. } => "The success body of an operation, by status",
        TypeKind::ErrorBody { .. } => "The error bodies of the API, by shape",
        TypeKind::OneOf { .. } => "One of several shapes",
    };
    // Only names the spec gives: the schema's key, else where the schema is.
    match schema {
        Some(key) => format!("`{key}`"),
        None if !t.pointer.is_empty() => format!("`#{}`", t.pointer.replace('`', "'")),
        None => format!("{what}."),
    }
}

/// The doc of a field's setter: the field's description from the spec, then `note`; `fallback`
/// (`Sets `wire`.`) when it has none.
fn setter_doc(f: &Field, fallback: &str, note: Option<&str>) -> TokenStream {
    match f.doc.as_deref().filter(|d| !d.trim().is_empty()) {
        Some(own) => docs::attrs_of(&[Some(own), note]),
        None => quote!(#[doc = #fallback]),
    }
}
