//! `tests/contract.rs`: calls every operation, with arguments from the spec's examples, against
//! a mock server that serves the spec and validates each request against it (Prism, started by
//! `cargo xtask test`).

use proc_macro2::{Literal, TokenStream};
use quote::quote;
use serde_json::Value;

use super::{ident, Cx};
use crate::ir::{Media, Operation, TypeRef};

/// The environment variable that names the mock server for this crate.
pub fn mock_url_var(crate_name: &str) -> String {
    format!("{}_MOCK_URL", crate_name.replace('-', "_").to_ascii_uppercase())
}

pub(super) fn contract_rs(cx: &Cx<'_>) -> TokenStream {
    let lib = &cx.lib;
    let var = mock_url_var(&cx.api.crate_name);
    let expect = format!("set {var} to the URL of a mock server of {} (`cargo xtask test` does)", cx.api.spec_file);
    let setters = cx.api.schemes.iter().map(|s| {
        let setter = ident(&s.setter);
        quote!(.#setter("example-credential"))
    });
    let calls: Vec<TokenStream> = cx.api.operations.iter().map(|op| call(cx, op)).collect();
    let total = cx.api.operations.len();
    let crate_name = &cx.api.crate_name;
    let uses_types = calls.iter().any(|c| c.to_string().contains("types ::"));
    let import = uses_types.then(|| quote!(use #lib::types;));
    let streams = cx.api.operations.iter().any(|o| o.pagination.is_some()).then(|| quote!(use #lib::TryStreamExt;));
    quote! {
        //! Calls every operation once, with arguments from the spec's examples, against a mock
        //! server that serves the spec and rejects any request that does not match it; every
        //! response must decode.

        #[rustfmt::skip]
        #[allow(deprecated)]
        mod contract {
        #import
        #streams

        #[tokio::test]
        async fn every_operation_against_the_mock_server() {
            let url = std::env::var(#var).expect(#expect);
            let client = #lib::Client::builder(url)
                #(#setters)*
                .retry(#lib::RetryPolicy::none())
                .build()
                .expect("client");
            let mut failures: Vec<String> = Vec::new();
            let mut exercised = 0usize;
            #(#calls)*
            let line = format!("{}: {exercised} of {} operations exercised, {} failed", #crate_name, #total, failures.len());
            if let Ok(dir) = std::env::var("CONTRACT_REPORT_DIR") {
                let _ = std::fs::write(std::path::Path::new(&dir).join(concat!(#crate_name, ".txt")), &line);
            }
            println!("{line}");
            assert!(failures.is_empty(), "{line}:\n{}", failures.join("\n"));
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

fn call(cx: &Cx<'_>, op: &Operation) -> TokenStream {
    let method = ident(&op.method_name);
    let mut args = Vec::new();
    for p in &op.path_params {
        args.push(arg(cx, &p.ty, &p.sample));
    }
    for p in op.query.iter().chain(&op.headers).chain(&op.cookies).filter(|p| p.required) {
        args.push(arg(cx, &p.ty, &p.sample));
    }
    if let Some(body) = &op.body {
        let sample = op.body_sample.clone().unwrap_or(Value::Null);
        let value = match body.media {
            Media::Text => {
                let text = match &sample {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                quote!(#text)
            }
            Media::Bytes => {
                let bytes = Literal::byte_string(sample.to_string().as_bytes());
                quote!(#bytes)
            }
            _ => arg(cx, &body.ty, &sample),
        };
        args.push(if body.required { value } else { quote!(Some(#value)) });
    }
    let id = &op.id;
    // A second call sets every optional parameter, so each is on the wire at least once.
    let setters: Vec<TokenStream> = op
        .query
        .iter()
        .chain(&op.headers)
        .chain(&op.cookies)
        .filter(|p| !p.required)
        .map(|p| {
            let n = ident(&p.name);
            let value = arg(cx, &p.ty, &p.sample);
            quote!(.#n(#value))
        })
        .collect();
    let with_optional = (!setters.is_empty()).then(|| {
        let label = format!("{id} (every optional parameter)");
        quote! {
            if let Err(e) = client.#method(#(#args),*)#(#setters)*.await {
                failures.push(format!("{}: {e}", #label));
            }
        }
    });
    let stream = op.pagination.as_ref().map(|_| {
        let label = format!("{id} (stream)");
        quote! {
            if let Err(e) = client.#method(#(#args),*).stream().try_next().await {
                failures.push(format!("{}: {e}", #label));
            }
        }
    });
    quote! {
        exercised += 1;
        if let Err(e) = client.#method(#(#args),*).await {
            failures.push(format!("{}: {e}", #id));
        }
        #with_optional
        #stream
    }
}
