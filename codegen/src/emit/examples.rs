//! `tests/examples.rs`: every example of the spec decoded into its generated type and encoded
//! back to the same JSON, through `codegen_runtime::ExampleReport` (which also writes one report
//! line per example when `CODEGEN_EXAMPLES_REPORT` names a file: `cargo xtask corpus` reads them).

use proc_macro2::TokenStream;
use quote::quote;

use super::Cx;

pub(super) fn examples_rs(cx: &Cx<'_>) -> TokenStream {
    let lib = &cx.lib;
    let checks = cx.api.examples.iter().map(|e| {
        let ty = cx.ty(&e.ty, true);
        let pointer = format!("#{}", e.pointer);
        let json = serde_json::to_string(&e.value).unwrap_or_default();
        quote!(report.check::<#ty>(#pointer, #json);)
    });
    let count = proc_macro2::Literal::usize_unsuffixed(cx.api.examples.len());
    let none = cx.api.examples.is_empty();
    let uses_types = cx.api.examples.iter().any(|e| cx.ty(&e.ty, true).to_string().contains("types ::"));
    let import = uses_types.then(|| quote!(use #lib::types;));
    // `mut` only where something is checked (an unused `mut` is a warning).
    let binding = if none { quote!(report) } else { quote!(mut report) };
    quote! {
        //! Every example in the spec decodes into its generated type and encodes back to the
        //! same JSON (numbers compared by value).

        #[rustfmt::skip]
        mod examples {
        #import

        #[test]
        fn every_example_round_trips() {
            let #binding = codegen_runtime::ExampleReport::new(#count);
            #(#checks)*
            report.finish();
        }
        }
    }
}
