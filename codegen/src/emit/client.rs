//! `src/client.rs`: the statics the methods name, the `Client`, its builder (with the
//! credential setters) and, from `emit/method.rs`, one method per operation and the setters on
//! each operation's `Call`.

use proc_macro2::TokenStream;
use quote::quote;

use super::{cfg_of, docs, ident, method, Cx};
use crate::ir::{Api, PageStyle, Scheme, SchemeLocation, TypeRef};

pub(super) fn client_rs(cx: &Cx<'_>) -> TokenStream {
    let api = cx.api;
    let imports = imports(cx);
    let (schemes, sets, pages) = (scheme_statics(api), security_statics(api), page_statics(api));
    let (methods, setters_on_calls) = method::methods(cx);
    let builder = builder(api);
    let client_impl = client_impl(api, &methods);
    let title = format!(" A client for {} {}.", api.title, api.api_version);
    quote! {
        #imports

        #(#schemes)*
        #(#sets)*
        #(#pages)*

        #[doc = #title]
        ///
        /// Cloning is cheap: clones share the connection pool and settings.
        #[derive(Debug, Clone)]
        pub struct Client {
            core: ClientCore,
        }

        #builder

        #client_impl

        #(#setters_on_calls)*
    }
}

/// The `use` lines (and, with features per tag, the allowance for those left unused).
fn imports(cx: &Cx<'_>) -> TokenStream {
    let api = cx.api;
    let uses_pages = api.operations.iter().any(|o| o.pagination.is_some());
    let page_imports = uses_pages.then(|| {
        quote!(
            use codegen_runtime::{PageKind, Pagination};
        )
    });
    let scheme_imports = (!api.schemes.is_empty()).then(|| {
        quote!(
            use codegen_runtime::{CredentialSource, SchemeLocation, Secret, SecurityScheme};
        )
    });
    let ops_import = (!api.operations.is_empty()).then(|| {
        quote!(
            use crate::ops;
        )
    });
    let stream_import = uses_pages.then(|| {
        quote!(
            use crate::ItemStream;
        )
    });
    let types_import = uses_types(cx).then(|| {
        quote!(
            use crate::types;
        )
    });
    // With features per tag, what only operations use may be unused when their tags are off.
    let allow = (!api.features.is_empty()).then(|| quote!(#![allow(unused_imports)]));
    let has_ops = !api.operations.is_empty();
    let runtime_imports = if has_ops {
        quote!(
            use codegen_runtime::{ClientCore, Method, RequestSpec, RetryPolicy};
        )
    } else {
        quote!(
            use codegen_runtime::{ClientCore, RetryPolicy};
        )
    };
    let call_import = has_ops.then(|| {
        quote!(
            use crate::Call;
        )
    });
    quote! {
        #allow
        #runtime_imports
        #page_imports
        #scheme_imports
        #ops_import
        #types_import
        #stream_import
        #call_import
    }
}

fn uses_types(cx: &Cx<'_>) -> bool {
    fn named(ty: &TypeRef) -> bool {
        match ty {
            TypeRef::Named(_) => true,
            TypeRef::Vec(i) | TypeRef::Map(i) | TypeRef::Boxed(i) => named(i),
            _ => false,
        }
    }
    cx.api.operations.iter().any(|op| {
        op.path_params.iter().chain(&op.query).chain(&op.headers).chain(&op.cookies).any(|p| named(&p.ty))
            || op.body.iter().chain(op.alt_bodies.iter().map(|a| &a.body)).any(|b| named(&b.ty))
            || op.response.ty.as_ref().is_some_and(named)
            || op.pagination.as_ref().is_some_and(|p| named(&p.item_ty))
    })
}

/// A `SecurityScheme` static per scheme.
fn scheme_statics(api: &Api) -> Vec<TokenStream> {
    let statics = api.schemes.iter().enumerate().map(|(i, s)| {
        let c = ident(&s.const_name);
        let name = &s.name;
        let prefix = &s.prefix;
        let location = match &s.location {
            SchemeLocation::Header(h) => quote!(SchemeLocation::Header(#h)),
            SchemeLocation::Query(q) => quote!(SchemeLocation::Query(#q)),
            SchemeLocation::Cookie(c) => quote!(SchemeLocation::Cookie(#c)),
        };
        // A scheme no operation requires still has its builder setter, which does not name the static.
        let used = api.security_sets.iter().flatten().flatten().any(|&j| j == i);
        let allow = (!used).then(|| quote!(#[allow(dead_code)]));
        quote!(#allow static #c: SecurityScheme = SecurityScheme { name: #name, location: #location, prefix: #prefix };)
    });
    statics.collect()
}

/// A static per security requirement list: its alternatives, each a list of schemes.
fn security_statics(api: &Api) -> Vec<TokenStream> {
    let statics = api.security_sets.iter().zip(&api.security_consts).map(|(set, c)| {
        let c = ident(c);
        let alts = set.iter().map(|alt| {
            let refs = alt.iter().map(|&s| ident(&api.schemes[s].const_name));
            quote!(&[#(&#refs),*])
        });
        // With features per tag, the operations that use a set may all be left out.
        let allow = (!api.features.is_empty()).then(|| quote!(#[allow(dead_code)]));
        quote!(#allow static #c: &[&[&SecurityScheme]] = &[#(#alts),*];)
    });
    statics.collect()
}

/// A `Pagination` static per paginated operation.
fn page_statics(api: &Api) -> Vec<TokenStream> {
    let statics = api.operations.iter().filter_map(|op| {
        let p = op.pagination.as_ref()?;
        let c = ident(&p.constant);
        let kind = match &p.style {
            PageStyle::Offset { param } => quote!(PageKind::Offset { param: #param }),
            PageStyle::Page { param } => quote!(PageKind::Page { param: #param }),
            PageStyle::Cursor { param } => quote!(PageKind::Cursor { param: #param }),
            PageStyle::NextUrl => quote!(PageKind::NextUrl),
            PageStyle::LinkHeader => quote!(PageKind::LinkHeader),
        };
        let opt = |v: &Option<String>| match v {
            Some(s) => quote!(Some(#s)),
            None => quote!(None),
        };
        let (size, next, total) = (opt(&p.size_param), opt(&p.next), opt(&p.total));
        let items = &p.items;
        let cfg = cfg_of(&op.features);
        Some(quote!(#cfg static #c: Pagination = Pagination { kind: #kind, size_param: #size, items: #items, next: #next, total: #total };))
    });
    statics.collect()
}

/// `ClientBuilder`: the credential setters of each scheme, then the settings.
fn builder(api: &Api) -> TokenStream {
    let setters = api.schemes.iter().map(credential_setters);
    quote! {
        /// Configures a [`Client`]: credentials, timeouts, retries, the HTTP client.
        #[derive(Debug)]
        pub struct ClientBuilder {
            inner: codegen_runtime::ClientBuilder,
        }

        impl ClientBuilder {
            #(#setters)*

            /// Changes the base URL.
            pub fn base_url(self, base_url: impl Into<String>) -> Self {
                Self { inner: self.inner.base_url(base_url) }
            }

            /// Uses this `reqwest::Client` (proxies, TLS roots, connection pools). The crate's user
            /// agent is still sent (unless a default header sets another); the connect timeout is the
            /// client's own.
            pub fn http_client(self, http: codegen_runtime::reqwest::Client) -> Self {
                Self { inner: self.inner.http_client(http) }
            }

            /// Adds a hook run around every attempt of every call: before it is sent (with the
            /// `reqwest::Request`: add a header, sign it) and after its response (metrics, logs).
            pub fn hook(self, hook: impl codegen_runtime::Hook) -> Self {
                Self { inner: self.inner.hook(hook) }
            }

            /// Sends this header with every request (a call's own headers and credentials take
            /// precedence); an invalid name or value makes [`ClientBuilder::build`] fail.
            pub fn default_header(self, name: impl Into<String>, value: impl Into<String>) -> Self {
                Self { inner: self.inner.default_header(name, value) }
            }

            /// Sets the retry policy of every call.
            pub fn retry(self, retry: RetryPolicy) -> Self {
                Self { inner: self.inner.retry(retry) }
            }

            /// Bounds each attempt of every call (30 s by default): with retries a call can run
            /// several times this long; [`ClientBuilder::deadline`] bounds a whole call.
            pub fn attempt_timeout(self, timeout: std::time::Duration) -> Self {
                Self { inner: self.inner.attempt_timeout(timeout) }
            }

            /// The old name of [`ClientBuilder::attempt_timeout`]: it bounds one attempt, not a call.
            #[deprecated(note = "bounds one attempt: use `attempt_timeout` (or `deadline`)")]
            pub fn timeout(self, timeout: std::time::Duration) -> Self {
                self.attempt_timeout(timeout)
            }

            /// Bounds every call as a whole, all attempts and the waits between them
            /// (`Error::Deadline` when it runs out); a call's own deadline, or its retry policy's,
            /// takes precedence.
            pub fn deadline(self, deadline: std::time::Duration) -> Self {
                Self { inner: self.inner.deadline(deadline) }
            }

            /// Sets the connect timeout.
            pub fn connect_timeout(self, timeout: std::time::Duration) -> Self {
                Self { inner: self.inner.connect_timeout(timeout) }
            }

            /// Builds the client.
            pub fn build(self) -> Result<Client, codegen_runtime::BuildError> {
                Ok(Client { core: self.inner.build()? })
            }
        }
    }
}

/// The builder methods of one scheme: for OAuth2 / OpenID Connect the static token's, then
/// the credential's and the credential source's.
fn credential_setters(s: &Scheme) -> TokenStream {
    let setter = ident(&s.setter);
    let source = ident(&s.source_setter);
    let name = &s.name;
    let place = match &s.location {
        SchemeLocation::Header(h) => format!("the `{h}` header"),
        SchemeLocation::Query(q) => format!("the `{q}` query parameter"),
        SchemeLocation::Cookie(c) => format!("the `{c}` cookie"),
    };
    let prefix = if s.prefix.is_empty() { String::new() } else { format!(" after `{}`", s.prefix.trim()) };
    let head = format!("Sets the credential of the `{name}` security scheme, sent in {place}{prefix}. It never appears in `Debug` output or logs.");
    let doc = docs::attrs_of(&[Some(&head), s.doc.as_deref()]);
    let source_doc = format!(
        " Like [`ClientBuilder::{}`], with a source asked for the credential on every call (to rotate or refresh it).",
        s.setter.trim_start_matches("r#")
    );
    // OAuth2 / OpenID Connect: the client runs no flow; a token obtained elsewhere is set
    // with a method that says it is one.
    let bearer = s.bearer_setter.as_ref().map(|bearer| {
        let bearer = ident(bearer);
        let doc = format!(" Sets a static OAuth2 access token for the `{name}` scheme, sent as `Authorization: Bearer <token>` (this client runs no OAuth2 flow: obtain the token elsewhere; for one that expires, use [`ClientBuilder::{}`] with a refreshing source).", source);
        quote! {
            #[doc = #doc]
            pub fn #bearer(self, token: impl Into<Secret>) -> Self {
                Self { inner: self.inner.credential(#name, token.into()) }
            }
        }
    });
    quote! {
        #bearer

        #doc
        pub fn #setter(self, value: impl Into<Secret>) -> Self {
            Self { inner: self.inner.credential(#name, value.into()) }
        }

        #[doc = #source_doc]
        pub fn #source(self, source: impl CredentialSource + 'static) -> Self {
            Self { inner: self.inner.credential(#name, source) }
        }
    }
}

/// `impl Client`: the base URL's constant or function, the constructors, then `methods`.
fn client_impl(api: &Api, methods: &[TokenStream]) -> TokenStream {
    // A server with variables is per customer (its defaults are examples): no default base URL.
    let default_url = api.servers.first().filter(|s| s.variables.is_empty()).map(|s| {
        let url = &s.url;
        let doc = format!(" The base URL of the spec's first server (`{}`).", s.template);
        quote!(#[doc = #doc] pub const DEFAULT_BASE_URL: &'static str = #url;)
    });
    let server_url = server_url(api);
    quote! {
        impl Client {
            #default_url

            #server_url

            /// A client of the API at `base_url`, with default settings and no credentials.
            pub fn new(base_url: impl Into<String>) -> Result<Self, codegen_runtime::BuildError> {
                Self::builder(base_url).build()
            }

            /// A builder for a client of the API at `base_url`.
            pub fn builder(base_url: impl Into<String>) -> ClientBuilder {
                let agent = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));
                ClientBuilder { inner: codegen_runtime::ClientBuilder::new(base_url, agent) }
            }

            /// A client over an already configured core.
            pub fn from_core(core: ClientCore) -> Self {
                Self { core }
            }

            /// The shared core (base URL, credentials, settings).
            pub fn core(&self) -> &ClientCore {
                &self.core
            }

            #(#methods)*
        }
    }
}

/// `Client::server_url`: the first server with variables, filled in.
fn server_url(api: &Api) -> Option<TokenStream> {
    let url = api.server_url.as_ref()?;
    let s = api.servers.get(url.server)?;
    let function = ident(&url.name);
    let names: Vec<(String, proc_macro2::Ident)> =
        s.variables.iter().zip(&url.args).map(|((n, _), arg)| (n.clone(), ident(arg))).collect();
    let args = names.iter().map(|(_, id)| quote!(#id: &str));
    // The template with `{}` for each variable, in order of appearance.
    let mut fmt = String::new();
    let mut order = Vec::new();
    let mut rest = s.template.as_str();
    while let Some(open) = rest.find('{') {
        fmt.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else { break };
        let var = &rest[open + 1..open + close];
        match names.iter().find(|(n, _)| n == var) {
            Some((_, id)) => {
                fmt.push_str("{}");
                order.push(id.clone());
            }
            None => fmt.push_str(&rest[open..=open + close].replace('{', "{{").replace('}', "}}")),
        }
        rest = &rest[open + close + 1..];
    }
    fmt.push_str(&rest.replace('{', "{{").replace('}', "}}"));
    let defaults = s.variables.iter().map(|(n, d)| format!("`{n}` (e.g. `{d}`)")).collect::<Vec<_>>().join(", ");
    let doc = format!(" The base URL of your server: `{}` with its variables filled in: {defaults}.", s.template);
    let per_customer = (api.servers.first().map(|f| &f.template) == Some(&s.template)).then(|| {
        quote! {
            #[doc = ""]
            #[doc = " The server differs per customer, so the client has no default base URL: pass this to"]
            #[doc = " [`Client::builder`] or [`Client::new`]."]
        }
    });
    Some(quote! {
        #[doc = #doc]
        #per_customer
        pub fn #function(#(#args),*) -> String {
            format!(#fmt, #(#order),*)
        }
    })
}
