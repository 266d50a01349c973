//! `src/mock.rs`: the crate's test kit behind its `mock` feature. The behaviour is the
//! runtime's (`codegen_runtime::mock`); this is the typed layer: a static `OperationSpec` per
//! operation, a `MockOperation` impl on its marker (success type and spec), and `Server`, whose
//! `client()` is the crate's `Client`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{cfg_of, ident, Cx};
use crate::diagnostic::escape_segment;
use crate::ir::{Media, Operation, SchemeLocation, TypeKind, TypeRef};

pub(super) fn mock_rs(cx: &Cx<'_>) -> TokenStream {
    let lib = &cx.lib;
    let mut statics = Vec::new();
    let mut entries = Vec::new();
    for op in &cx.api.operations {
        let cfg = cfg_of(&op.features);
        let marker = ident(&op.marker);
        let name = format_ident!("{}", op.mock_const);
        let spec = spec(cx, op);
        let ok = success_type(cx, op);
        statics.push(quote! {
            #cfg
            static #name: OperationSpec = #spec;
            #cfg
            impl MockOperation for ops::#marker {
                type Ok = #ok;
                const SPEC: &'static OperationSpec = &#name;
            }
        });
        entries.push(quote!(#cfg &#name));
    }
    let schemes = cx.api.schemes.iter().map(|s| &s.name);
    // An always-compiled operation shows the use (compiled: the docs exist with the feature).
    let example = cx.api.operations.iter().find(|op| op.features.is_empty()).map(|op| {
        let path: String = op.path_params.iter().map(|p| format!(".path({:?})", format!("{}-1", p.wire))).collect();
        let lines = [
            " ```no_run".to_owned(),
            " # async fn example() {".to_owned(),
            format!(" let server = {lib}::mock::Server::start().await;"),
            format!(" server.expect({lib}::ops::{}){path}.any_times();", op.marker.trim_start_matches("r#")),
            " let client = server.client();".to_owned(),
            " // … the code under test calls `client` …".to_owned(),
            " # drop(client);".to_owned(),
            " # }".to_owned(),
            " ```".to_owned(),
        ];
        quote! {
            ///
            #(#[doc = #lines])*
        }
    });
    quote! {
        //! A test kit (feature `mock`): a server on loopback that answers the calls a test
        //! expects, typed per operation, and a [`Client`](crate::Client) pointed at it.
        //!
        //! Each request is checked against the spec (an operation's method and path, its query
        //! parameters, a JSON body decoded into the operation's body type); one that does not
        //! conform, or that no expectation matches, is answered with a diagnostic (status 500,
        //! a text body naming the request and the expectations) and fails the test when the
        //! server is dropped, as does an expectation not called as often as it wants.
        #![allow(deprecated)]

        use codegen_runtime::mock::{MockServer, OperationSpec, ResponseKind};
        use crate::ops;
        #[allow(unused_imports)]
        use crate::types;

        pub use codegen_runtime::mock::{Expectation, MockError, MockOperation, DIAGNOSTIC_STATUS, MOCK_CREDENTIAL};

        #(#statics)*

        static OPERATIONS: &[&OperationSpec] = &[#(#entries),*];

        static SCHEMES: &[&str] = &[#(#schemes),*];

        /// A mock server of the API on loopback, for tests of code that uses the client.
        #example
        ///
        /// An expectation answers the spec's documented example until it is told otherwise
        /// (`returns`, `returns_status`, `returns_empty`), and wants at least one call unless
        /// it says how many (`times`, `any_times`). Dropping the server verifies: a problem
        /// panics, naming the operation and the expectation.
        #[derive(Debug)]
        pub struct Server {
            inner: MockServer,
        }

        impl Server {
            /// Starts a server on a free port of `127.0.0.1` (needs a Tokio runtime).
            pub async fn start() -> Self {
                Server { inner: MockServer::start(OPERATIONS).await }
            }

            /// Expects a call of `operation` (a marker of [`ops`], `ops::GetThing`):
            /// the builder says what it must carry, how often it comes and what it is answered.
            pub fn expect<O: MockOperation>(&self, operation: O) -> Expectation<'_, O> {
                let _ = operation;
                self.inner.expect::<O>()
            }

            /// A client of this server: no retries, and the credential [`MOCK_CREDENTIAL`] for
            /// every security scheme (a session's login still replaces the ones it provides).
            pub fn client(&self) -> crate::Client {
                let agent = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"), " (mock)");
                crate::Client::from_core(self.inner.client_core(agent, SCHEMES))
            }

            /// The server's base URL, for a client built with other settings.
            pub fn uri(&self) -> String {
                self.inner.uri()
            }

            /// The problems so far (requests answered with a diagnostic, expectations not met).
            pub fn problems(&self) -> Vec<String> {
                self.inner.problems()
            }

            /// Verifies, as dropping the server does, but returns the problems instead of
            /// panicking.
            ///
            /// # Errors
            ///
            /// [`MockError`] listing every problem.
            pub fn verify(self) -> Result<(), MockError> {
                self.inner.verify()
            }
        }
    }
}

/// The `OperationSpec` of `op`.
fn spec(cx: &Cx<'_>, op: &Operation) -> TokenStream {
    let name = op.marker.trim_start_matches("r#");
    let (id, method, path) = (&op.id, &op.http_method, &op.path);
    let mut query: Vec<TokenStream> = op
        .query
        .iter()
        .map(|p| {
            let (wire, required) = (&p.wire, p.required);
            quote!((#wire, #required))
        })
        .collect();
    // A credential in the query is no parameter of the spec's, but the client sends it.
    let mut in_query: Vec<&str> = Vec::new();
    for set in op.security.and_then(|i| cx.api.security_sets.get(i)).into_iter().flatten() {
        for &scheme in set {
            if let Some(SchemeLocation::Query(q)) = cx.api.schemes.get(scheme).map(|s| &s.location) {
                if !in_query.contains(&q.as_str()) && !op.query.iter().any(|p| &p.wire == q) {
                    in_query.push(q);
                }
            }
        }
    }
    query.extend(in_query.iter().map(|q| quote!((#q, false))));
    let body = match &op.body {
        None => quote!(None),
        Some(b) => {
            let (required, media_type) = (b.required, &b.media_type);
            let check = if b.media == Media::Json {
                let t = cx.ty(&b.ty, true);
                quote!(Some(codegen_runtime::mock::check_json::<#t>))
            } else {
                quote!(None)
            };
            let type_name = type_name(cx, &b.ty);
            quote!(Some(codegen_runtime::mock::BodySpec { required: #required, media_type: #media_type, check: #check, type_name: #type_name }))
        }
    };
    let status = proc_macro2::Literal::u16_unsuffixed(op.response.status);
    let kind = match (&op.response.ty, op.response.media) {
        (None, _) => quote!(ResponseKind::Empty),
        (Some(_), Media::Text) => quote!(ResponseKind::Text),
        (Some(_), Media::Bytes) => quote!(ResponseKind::Bytes),
        (Some(_), _) => quote!(ResponseKind::Json),
    };
    let media_type = op
        .response
        .accept
        .split(',')
        .next()
        .and_then(|m| m.split(';').next())
        .map(str::trim)
        .filter(|m| !m.is_empty())
        .unwrap_or("application/json");
    let example = match example(cx, op) {
        Some(text) => quote!(Some(#text)),
        None => quote!(None),
    };
    quote! {
        OperationSpec {
            name: #name,
            id: #id,
            method: #method,
            path: #path,
            query: &[#(#query),*],
            body: #body,
            status: #status,
            response: #kind,
            media_type: #media_type,
            example: #example,
        }
    }
}

/// What `returns` takes: the success body (`()` without one; `T` of an `Option<T>` result).
fn success_type(cx: &Cx<'_>, op: &Operation) -> TokenStream {
    match (&op.response.ty, op.response.media) {
        (None, _) => quote!(()),
        (Some(_), Media::Text) => quote!(String),
        (Some(_), Media::Bytes) => quote!(Vec<u8>),
        (Some(ty), _) => cx.ty(ty, true),
    }
}

/// A type's name in messages: the generated type's, else the Rust type's.
fn type_name(cx: &Cx<'_>, ty: &TypeRef) -> String {
    match ty {
        TypeRef::Named(n) => n.trim_start_matches("r#").to_owned(),
        other => cx.ty(other, false).to_string().replace(' ', ""),
    }
}

/// The documented example of the success body, as JSON text: one under the operation's success
/// response, else one of the response's type (a component's, a shared response's). Not for a
/// body that is not JSON, or an enum over statuses (which status would it be?).
fn example(cx: &Cx<'_>, op: &Operation) -> Option<String> {
    let ty = op.response.ty.as_ref()?;
    if op.response.media != Media::Json {
        return None;
    }
    if let TypeRef::Named(n) = ty {
        if matches!(cx.types.get(n.as_str()).map(|t| &t.kind), Some(TypeKind::StatusEnum { .. })) {
            return None;
        }
    }
    let prefix = format!("/paths/{}/{}/responses/2", escape_segment(&op.path), op.http_method.to_ascii_lowercase());
    let under = cx.api.examples.iter().find(|e| {
        e.pointer.strip_prefix(&prefix).is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit() || c == 'X'))
    });
    let found = under.or_else(|| cx.api.examples.iter().find(|e| &e.ty == ty))?;
    serde_json::to_string(&found.value).ok()
}
