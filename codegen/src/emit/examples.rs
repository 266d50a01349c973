//! `tests/examples.rs`: every example of the spec decoded into its generated type and encoded
//! back to the same JSON.

use proc_macro2::TokenStream;
use quote::quote;

use super::Cx;

pub(super) fn examples_rs(cx: &Cx<'_>) -> TokenStream {
    let lib = &cx.lib;
    let checks = cx.api.examples.iter().map(|e| {
        let ty = cx.ty(&e.ty, true);
        let pointer = format!("#{}", e.pointer);
        let json = serde_json::to_string(&e.value).unwrap_or_default();
        quote!(codegen_runtime::check_example::<#ty>(#pointer, #json),)
    });
    let count = cx.api.examples.len();
    let uses_types = cx.api.examples.iter().any(|e| cx.ty(&e.ty, true).to_string().contains("types ::"));
    let import = uses_types.then(|| quote!(use #lib::types;));
    quote! {
        //! Every example in the spec decodes into its generated type and encodes back to the
        //! same JSON (numbers compared by value).

        #[rustfmt::skip]
        mod examples {
        #import

        #[test]
        fn every_example_round_trips() {
            let results = [
                #(#checks)*
            ];
            let failures: Vec<String> = results.into_iter().filter_map(Result::err).collect();
            assert!(failures.is_empty(), "{} of {} examples failed:\n{}", failures.len(), #count, failures.join("\n"));
        }
        }
    }
}
