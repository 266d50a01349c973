//! `src/errors.rs`: one enum per operation, of the error statuses it documents, each variant
//! holding the body the spec gives for its status (a variant of the crate's `ErrorBody`,
//! converted by status: `Error::operation_error`).

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::{cfg_of, ident, Cx};
use crate::ir::{status_key, ErrorVariant, Operation};

pub(super) fn errors_rs(cx: &Cx<'_>) -> TokenStream {
    let bodies = cx.api.error_bodies();
    let enums: Vec<TokenStream> =
        cx.api.operations.iter().map(|op| error_enum(cx, op, &op.error_variants(bodies))).collect();
    let uses_types = cx.api.operations.iter().any(|op| {
        op.error_variants(bodies)
            .iter()
            .any(|v| v.body.as_ref().is_some_and(|(_, ty)| cx.ty(ty, true).to_string().contains("types ::")))
    });
    let import = uses_types.then(|| {
        quote!(
            use crate::types;
        )
    });
    // With features per tag, the operations whose bodies use `types` may all be left out.
    let allow = (!cx.api.features.is_empty() && uses_types).then(|| quote!(#![allow(unused_imports)]));
    quote! {
        //! One enum per operation: the error statuses its spec documents, each variant holding
        //! the body documented for its status. [`Error::operation_error`](codegen_runtime::Error::operation_error)
        //! turns a call's error into it; a status the operation does not document stays an
        //! `Error::Status` with its raw body.
        #allow
        #import
        #(#enums)*
    }
}

/// The enum of one operation, and its conversion from the crate's error body.
fn error_enum(cx: &Cx<'_>, op: &Operation, variants: &[ErrorVariant]) -> TokenStream {
    let name = ident(&op.error_enum());
    let method = op.method_name.trim_start_matches("r#");
    let doc = if variants.is_empty() {
        format!(" The error statuses of [`Client::{method}`](crate::Client::{method}): its spec documents none, so every error status is `Error::Status` with its raw body.")
    } else {
        format!(" The error statuses documented for [`Client::{method}`](crate::Client::{method}), from [`Error::operation_error`](codegen_runtime::Error::operation_error); a status it does not document stays `Error::Status` with its raw body.")
    };
    let items = variants.iter().map(|v| {
        let variant = ident(&v.name);
        let text = match op.response_docs.iter().find(|(s, _)| *s == v.status) {
            Some((_, description)) => format!("`{}`: {}", status_key(v.status), description),
            None => format!("`{}`.", status_key(v.status)),
        };
        let doc = super::docs::attrs(&text);
        match &v.body {
            Some((_, ty)) => {
                let ty = cx.ty(ty, true);
                quote!(#doc #variant(#ty),)
            }
            None => quote!(#doc #variant,),
        }
    });
    let uses_body = variants.iter().any(|v| v.body.is_some());
    let decoded = if uses_body { quote!(decoded) } else { quote!(_decoded) };
    let status_arg = if variants.is_empty() { quote!(_status) } else { quote!(status) };
    let body = if variants.is_empty() { quote!(None) } else { conversion(variants, uses_body) };
    let id = &op.id;
    let cfg = cfg_of(&op.features);
    let error_body = quote!(crate::ErrorBody);
    quote! {
        #[doc = #doc]
        #cfg
        #[derive(Debug, Clone)]
        #[non_exhaustive]
        #[allow(clippy::large_enum_variant)]
        pub enum #name {
            #(#items)*
        }

        #cfg
        impl codegen_runtime::OperationError<#error_body> for #name {
            const OPERATION: &'static str = #id;

            // Compiled where it is called (`operation_error`), not for every operation here.
            #[inline]
            fn from_status(#status_arg: u16, #decoded: Option<&#error_body>) -> Option<Self> {
                #body
            }
        }
    }
}

/// The body of `from_status`: one arm per variant, in the order a status is matched (its code,
/// its range, `default`); a variant with a body takes it from the crate's `ErrorBody`, and a
/// body that did not decode (or decoded as another variant) is `None`, never a later arm.
fn conversion(variants: &[ErrorVariant], uses_body: bool) -> TokenStream {
    let mut arms = Vec::new();
    for v in variants {
        let status = match v.status {
            0 => quote!(_),
            1..=5 => {
                let (low, high) =
                    (Literal::u16_unsuffixed(v.status * 100), Literal::u16_unsuffixed(v.status * 100 + 99));
                quote!(#low..=#high)
            }
            code => {
                let code = Literal::u16_unsuffixed(code);
                quote!(#code)
            }
        };
        let variant = ident(&v.name);
        match (&v.body, uses_body) {
            (Some((body_variant, _)), _) => {
                let body_variant = ident(body_variant);
                arms.push(quote!((#status, Some(crate::ErrorBody::#body_variant(body))) => Some(Self::#variant(body.clone())),));
                if v.status != 0 {
                    arms.push(quote!((#status, _) => None,));
                }
            }
            (None, true) => arms.push(quote!((#status, _) => Some(Self::#variant),)),
            (None, false) => arms.push(quote!(#status => Some(Self::#variant),)),
        }
    }
    // Every status is covered once `default` has no body.
    let rest = !variants.iter().any(|v| v.status == 0 && v.body.is_none());
    let rest = rest.then(|| quote!(_ => None,));
    if uses_body {
        quote!(match (status, decoded) { #(#arms)* #rest })
    } else {
        quote!(match status { #(#arms)* #rest })
    }
}
