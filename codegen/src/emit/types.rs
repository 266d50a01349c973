//! `src/types.rs`: every named type, deriving only the serde traits it needs.

use proc_macro2::TokenStream;
use quote::quote;

use super::{cfg_of, docs, gate_items, ident, struct_default, Cx};
use crate::diagnostic::GenerateError;
use crate::ir::{Field, TypeDef, TypeKind, TypeRef, Usage};

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

/// The serde derives a type needs, plus the other one behind the `full-serde` feature.
fn serde_derives(usage: Usage) -> (TokenStream, TokenStream) {
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
    let doc = docs::attrs_of(&[deprecated, t.doc.as_deref()]);
    let (derives, gated) = serde_derives(t.usage);
    match &t.kind {
        TypeKind::Struct { fields, additional } => {
            let default = if struct_default(cx, t) { quote!(Default,) } else { quote!() };
            let mut used: Vec<&str> = fields.iter().map(|f| f.name.as_str()).collect();
            let fields = fields.iter().map(|f| field(cx, f));
            let extra = additional.as_ref().map(|ty| {
                let mut extra_name = "additional_properties".to_owned();
                while used.contains(&extra_name.as_str()) {
                    extra_name.push('_');
                }
                used.push("");
                let extra_ident = ident(&extra_name);
                let ty = cx.ty(ty, false);
                quote! {
                    /// Properties not named by the schema.
                    #[serde(flatten)]
                    pub #extra_ident: std::collections::BTreeMap<String, #ty>,
                }
            });
            quote! {
                #doc
                #[derive(Debug, Clone, #default #derives)]
                #gated
                pub struct #name {
                    #(#fields)*
                    #extra
                }
            }
        }
        TypeKind::Enum { variants } => {
            let items = variants.iter().map(|v| {
                let vname = ident(&v.name);
                let rename = (v.name != v.wire).then(|| {
                    let wire = &v.wire;
                    quote!(#[serde(rename = #wire)])
                });
                quote!(#rename #vname,)
            });
            let arms = variants.iter().map(|v| {
                let vname = ident(&v.name);
                let wire = &v.wire;
                quote!(Self::#vname => #wire,)
            });
            quote! {
                #doc
                #[derive(Debug, Clone, PartialEq, Eq, Hash, #derives)]
                #gated
                pub enum #name {
                    #(#items)*
                    /// A value this client does not know (added to the API after it was generated).
                    #[serde(untagged)]
                    Unknown(String),
                }

                impl #name {
                    /// The value as sent on the wire.
                    pub fn as_str(&self) -> &str {
                        match self {
                            #(#arms)*
                            Self::Unknown(value) => value,
                        }
                    }
                }

                impl std::fmt::Display for #name {
                    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str(self.as_str())
                    }
                }
            }
        }
        TypeKind::IntEnum { values } => {
            let consts = values.iter().map(|(c, v)| {
                let c = ident(c);
                let lit = proc_macro2::Literal::i64_unsuffixed(*v);
                quote!(pub const #c: Self = Self(#lit);)
            });
            quote! {
                #doc
                ///
                /// An integer enumeration: the known values are associated constants; any other
                /// value the server sends is kept as is.
                #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, #derives)]
                #gated
                #[serde(transparent)]
                pub struct #name(pub i64);

                impl #name {
                    #(#consts)*
                }

                impl std::fmt::Display for #name {
                    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(f, "{}", self.0)
                    }
                }
            }
        }
        TypeKind::StatusEnum { variants } => {
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
            quote! {
                #doc
                #[derive(Debug, Clone)]
                pub enum #name {
                    #(#items)*
                }

                impl #name {
                    /// Decodes the body of a success response by its status.
                    #[inline]
                    pub fn decode(status: u16, body: &[u8]) -> Result<Self, codegen_runtime::DecodeFailure> {
                        match status {
                            #(#arms)*
                            other => Err(codegen_runtime::DecodeFailure {
                                path: ".".to_owned(),
                                message: format!("the spec describes no body for HTTP {other}"),
                            }),
                        }
                    }
                }
            }
        }
        TypeKind::Alias(target) => {
            let target = cx.ty(target, false);
            quote! {
                #doc
                pub type #name = #target;
            }
        }
        TypeKind::Newtype(inner) => {
            let inner_ty = cx.ty(inner, false);
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
                }
            });
            quote! {
                #doc
                #[derive(Debug, Clone, PartialEq, #derives)]
                #gated
                #[serde(transparent)]
                pub struct #name(pub #inner_ty);

                #display
            }
        }
        TypeKind::ErrorBody { variants } => error_body(cx, &name, doc, variants),
        TypeKind::OneOf { variants, tag } => {
            let tag_doc = tag.as_ref().map(|(property, values)| {
                let text = format!(
                    " The variant is named by the `{property}` property: {}.",
                    values.iter().map(|v| format!("`{v}`")).collect::<Vec<_>>().join(", ")
                );
                quote!(#[doc = ""] #[doc = #text])
            });
            let items = variants.iter().map(|(v, ty)| {
                let v = ident(v);
                let ty = cx.ty(ty, false);
                quote!(#v(#ty),)
            });
            quote! {
                #doc
                #tag_doc
                #[derive(Debug, Clone, #derives)]
                #gated
                #[serde(untagged)]
                #[allow(clippy::large_enum_variant)]
                pub enum #name {
                    #(#items)*
                }
            }
        }
    }
}

/// The crate's error-body enum and its decoder by variant (the operation's spec picks the
/// variant for the response status; see `codegen_runtime::ErrorBodies`).
fn error_body(cx: &Cx<'_>, name: &proc_macro2::Ident, doc: TokenStream, variants: &[(String, TypeRef)]) -> TokenStream {
    let items = variants.iter().map(|(v, ty)| {
        let v = ident(v);
        let ty = cx.ty(ty, false);
        quote!(#v(#ty),)
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

fn field(cx: &Cx<'_>, f: &Field) -> TokenStream {
    let name = ident(&f.name);
    let read_only = if f.read_only {
        Some("Set by the server.")
    } else if f.write_only {
        Some("Sent to the server only; never returned.")
    } else {
        None
    };
    let deprecated = f.deprecated.then_some("**Deprecated.**");
    let doc = docs::attrs_of(&[deprecated, f.doc.as_deref(), read_only]);
    let unraw = f.name.trim_start_matches("r#");
    let wire = &f.wire;
    let rename = (unraw != f.wire).then(|| quote!(rename = #wire));
    let inner = cx.ty(&f.ty, false);
    let (ty, skip) = if f.ty == TypeRef::File {
        // Files travel as multipart parts, never inside JSON.
        let ty = if f.optional() { quote!(Option<#inner>) } else { inner };
        (ty, Some(quote!(skip)))
    } else if !f.optional() {
        (inner, None)
    } else if f.required {
        (quote!(Option<#inner>), None)
    } else if f.nullable {
        // Absent, null and a value are three different things (a PATCH sends only what is set).
        (
            quote!(Option<Option<#inner>>),
            Some(quote!(
                default,
                skip_serializing_if = "Option::is_none",
                deserialize_with = "codegen_runtime::nullable::deserialize"
            )),
        )
    } else {
        (quote!(Option<#inner>), Some(quote!(skip_serializing_if = "Option::is_none")))
    };
    // One `#[serde(…)]` per field: fewer lines to read and to parse.
    let args: Vec<TokenStream> = rename.into_iter().chain(skip).collect();
    let serde = (!args.is_empty()).then(|| quote!(#[serde(#(#args),*)]));
    quote! {
        #doc
        #serde
        pub #name: #ty,
    }
}
