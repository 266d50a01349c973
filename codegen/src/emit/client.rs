//! `src/client.rs` (the `Client`, its builder and one method per operation) and
//! `src/params.rs` (the optional parameters of each operation).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{cfg_of, docs, ident, Cx};
use crate::ir::{
    Media, Operation, PageStyle, Param, ParamStyle, RustTy, SchemeLocation, SessionValue, TypeKind, TypeRef,
};

pub(super) fn client_rs(cx: &Cx<'_>) -> TokenStream {
    let api = cx.api;
    let schemes = api.schemes.iter().enumerate().map(|(i, s)| {
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
    let sets = api.security_sets.iter().zip(&api.security_consts).map(|(set, c)| {
        let c = ident(c);
        let alts = set.iter().map(|alt| {
            let refs = alt.iter().map(|&s| ident(&api.schemes[s].const_name));
            quote!(&[#(&#refs),*])
        });
        // With features per tag, the operations that use a set may all be left out.
        let allow = (!api.features.is_empty()).then(|| quote!(#[allow(dead_code)]));
        quote!(#allow static #c: &[&[&SecurityScheme]] = &[#(#alts),*];)
    });
    let paginations = api.operations.iter().filter_map(|op| {
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
    let (mut methods, setters_on_calls): (Vec<TokenStream>, Vec<TokenStream>) =
        api.operations.iter().map(|op| operation(cx, op)).unzip();
    // Each other media type of a body: a method of its own returning the same call (so the
    // operation's setters apply); after the main methods, in spec order.
    for op in &api.operations {
        for alt in &op.alt_bodies {
            let main = op.method_name.trim_start_matches("r#");
            let mut summary = op.summary.clone().unwrap_or_default();
            if !summary.is_empty() {
                summary.push_str("\n\n");
            }
            summary.push_str(&format!(
                "The body as `{}`; `{main}` sends it as `{}`.",
                alt.body.media_type,
                op.body.as_ref().map_or("", |b| b.media_type.as_str())
            ));
            let alt_op = Operation {
                method_name: alt.method_name.clone(),
                body: Some(alt.body.clone()),
                alt_bodies: Vec::new(),
                args: alt.args.clone(),
                summary: Some(summary),
                session: None,
                ..op.clone()
            };
            methods.push(operation(cx, &alt_op).0);
        }
    }
    let setters = api.schemes.iter().map(|s| {
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
        let source_doc = format!(" Like [`ClientBuilder::{}`], with a source asked for the credential on every call (to rotate or refresh it).", s.setter.trim_start_matches("r#"));
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
    });
    // A server with variables is per customer (its defaults are examples): no default base URL.
    let default_url = api.servers.first().filter(|s| s.variables.is_empty()).map(|s| {
        let url = &s.url;
        let doc = format!(" The base URL of the spec's first server (`{}`).", s.template);
        quote!(#[doc = #doc] pub const DEFAULT_BASE_URL: &'static str = #url;)
    });
    let server_url = api.server_url.as_ref().and_then(|u| Some((u, api.servers.get(u.server)?))).map(|(u, s)| {
        let function = ident(&u.name);
        let names: Vec<(String, proc_macro2::Ident)> =
            s.variables.iter().zip(&u.args).map(|((n, _), arg)| (n.clone(), ident(arg))).collect();
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
        quote! {
            #[doc = #doc]
            #per_customer
            pub fn #function(#(#args),*) -> String {
                format!(#fmt, #(#order),*)
            }
        }
    });
    let title = format!(" A client for {} {}.", api.title, api.api_version);
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

        #(#schemes)*
        #(#sets)*
        #(#paginations)*

        #[doc = #title]
        ///
        /// Cloning is cheap: clones share the connection pool and settings.
        #[derive(Debug, Clone)]
        pub struct Client {
            core: ClientCore,
        }

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

        #(#setters_on_calls)*
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

/// Where a parameter goes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    Query,
    Header,
    Cookie,
}

/// Code that adds one query, header or cookie parameter from `value` (an expression of the
/// parameter's type, by reference for non-`Copy` types).
fn push_param(cx: &Cx<'_>, p: &Param, value: TokenStream, place: Place) -> TokenStream {
    let wire = &p.wire;
    let resolved = cx.resolve(&p.ty);
    if let TypeRef::Vec(inner) = resolved {
        if cx.displayable(inner) {
            return match place {
                Place::Query if p.explode => quote!(req.query.push_each(#wire, #value);),
                Place::Query => {
                    let sep = match p.style {
                        ParamStyle::SpaceDelimited => " ",
                        ParamStyle::PipeDelimited => "|",
                        _ => ",",
                    };
                    quote!(req.query.push_delimited(#wire, #value, #sep);)
                }
                Place::Header => quote!(req.header_list(#wire, #value);),
                Place::Cookie => {
                    quote!(req.cookie(#wire, &#value.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(","));)
                }
            };
        }
    }
    let object = !cx.displayable(&p.ty) && !matches!(resolved, TypeRef::Vec(_));
    if object && place == Place::Query {
        return match p.style {
            ParamStyle::DeepObject => quote!(req.query.push_deep(#wire, #value);),
            _ => {
                let explode = p.explode;
                quote!(req.query.push_object(#wire, #value, #explode);)
            }
        };
    }
    let shown = if cx.displayable(&p.ty) { value } else { quote!(&codegen_runtime::json_text(#value)) };
    match place {
        Place::Query => quote!(req.query.push(#wire, #shown);),
        Place::Header => quote!(req.header(#wire, #shown);),
        Place::Cookie => quote!(req.cookie(#wire, #shown);),
    }
}

/// The success body of `op` is binary or text: its call can stream it (`send_streaming`).
pub(super) fn streams_body(op: &Operation) -> bool {
    op.response.ty.is_some() && matches!(op.response.media, Media::Bytes | Media::Text)
}

/// The method of an operation, and the impl of its optional parameters' setters (and
/// `stream()`) on its `Call` (empty when it has neither).
fn operation(cx: &Cx<'_>, op: &Operation) -> (TokenStream, TokenStream) {
    let name = ident(&op.method_name);
    let id = &op.id;
    let path = &op.path;
    let method = format_ident!("{}", op.http_method);
    let args: Vec<(TokenStream, TokenStream)> = op
        .args
        .iter()
        .map(|a| {
            let n = ident(&a.name);
            (quote!(#n), cx.rust_ty(&a.ty))
        })
        .collect();
    let mut path_args = Vec::new();
    for p in &op.path_params {
        let n = ident(&p.name);
        path_args.push(if cx.displayable(&p.ty) { quote!(&#n) } else { quote!(&codegen_runtime::json_text(&#n)) });
    }
    let mut pushes = Vec::new();
    for (list, place) in [(&op.query, Place::Query), (&op.headers, Place::Header), (&op.cookies, Place::Cookie)] {
        for p in list.iter().filter(|p| p.required) {
            let n = ident(&p.name);
            let value = match &p.ty {
                TypeRef::Bool | TypeRef::I32 | TypeRef::I64 | TypeRef::F32 | TypeRef::F64 | TypeRef::String => {
                    quote!(&#n)
                }
                _ => quote!(#n),
            };
            pushes.push(push_param(cx, p, value, place));
        }
    }
    let body = op.body.as_ref().map(|b| {
        // A number or boolean is taken by value; the encoders take a reference.
        let by_ref = if RustTy::by_value(&b.ty) { quote!(&body) } else { quote!(body) };
        let set = match b.media {
            Media::Json => quote!(req.json_body(#by_ref);),
            Media::Form => quote!(req.form_body(#by_ref);),
            Media::Multipart => {
                let files = file_fields(cx, &b.ty).into_iter().map(|(name, wire, optional)| {
                    let name = ident(&name);
                    if optional {
                        quote!(if let Some(file) = &body.#name { form.file(#wire, file); })
                    } else {
                        quote!(form.file(#wire, &body.#name);)
                    }
                });
                quote! {
                    let mut form = codegen_runtime::Multipart::new();
                    form.fields(body);
                    #(#files)*
                    req.body = form.finish();
                }
            }
            Media::Text => {
                let media_type = &b.media_type;
                quote!(req.body = codegen_runtime::Body::Raw { content_type: #media_type.to_owned(), bytes: body.as_bytes().to_vec() };)
            }
            Media::Bytes => {
                let media_type = &b.media_type;
                quote!(req.upload_body(#media_type, body);)
            }
        };
        if b.required {
            set
        } else {
            quote!(if let Some(body) = body { #set })
        }
    });
    let mut setters = Vec::new();
    for (list, place) in [(&op.query, Place::Query), (&op.headers, Place::Header), (&op.cookies, Place::Cookie)] {
        for param in list.iter().filter(|p| !p.required) {
            setters.push(setter(cx, param, place));
        }
    }
    let security = op.security.and_then(|i| cx.api.security_consts.get(i)).map(|c| {
        let c = ident(c);
        quote!(req.security = #c;)
    });
    let idempotency = op.idempotency_key.as_ref().map(|header| quote!(req.idempotency_key = Some(#header);));
    let accept = (!op.response.accept.is_empty() && op.response.accept != "application/json").then(|| {
        let accept = &op.response.accept;
        quote!(req.accept = #accept;)
    });
    let errors = (!op.error_statuses.is_empty()).then(|| {
        let statuses = op.error_statuses.iter().map(|(s, v)| {
            let (s, v) = (proc_macro2::Literal::u16_unsuffixed(*s), proc_macro2::Literal::u16_unsuffixed(*v as u16));
            quote!((#s, #v))
        });
        quote!(req.error_statuses = &[#(#statuses),*];)
    });
    let ret = cx.rust_ty(&op.ret);
    let decode = match (&op.response.ty, op.response.media) {
        (None, _) => quote!(codegen_runtime::decode_empty),
        (Some(_), Media::Text) => quote!(codegen_runtime::decode_text),
        (Some(_), Media::Bytes) => quote!(codegen_runtime::decode_bytes),
        (Some(ty), _) => {
            let status_enum = matches!(ty, TypeRef::Named(n) if matches!(cx.types.get(n.as_str()).map(|t| &t.kind), Some(TypeKind::StatusEnum { .. })));
            let t = cx.ty(ty, true);
            if status_enum {
                quote!(#t::decode)
            } else if op.response.optional {
                quote!(codegen_runtime::decode_json_optional)
            } else {
                quote!(codegen_runtime::decode_json)
            }
        }
    };
    let mutability = if security.is_some()
        || errors.is_some()
        || accept.is_some()
        || idempotency.is_some()
        || !pushes.is_empty()
        || body.is_some()
    {
        quote!(mut)
    } else {
        quote!()
    };
    let arg_decls: Vec<TokenStream> = args.iter().map(|(n, t)| quote!(#n: #t)).collect();
    let doc = super::op_docs::method_doc(cx, op, &args);
    let cfg = cfg_of(&op.features);
    let deprecated = op.deprecated.then(|| quote!(#[deprecated(note = "deprecated in the API description")]));
    let marker = ident(&op.marker);
    let stream = op.pagination.as_ref().map(|p| {
        let item = cx.ty(&p.item_ty, true);
        let pages = ident(&p.constant);
        let allow = op.deprecated.then(|| quote!(#[allow(deprecated)]));
        quote! {
            /// Every item of every page, following pagination to the end; each page request
            /// carries this call's parameters and options.
            #allow
            #[inline]
            pub fn stream(self) -> ItemStream<#item> {
                self.paginate(&#pages)
            }

            /// Every page, following pagination to the end (the requests and end conditions
            /// of `stream()`): each page's items, the page as the call's response, its total
            /// when the spec names one, status and headers.
            #allow
            #[inline]
            pub fn pages(self) -> crate::PageStream<#item, T> {
                self.paginate_pages(&#pages)
            }
        }
    });
    let streaming = streams_body(op).then(|| {
        quote! {
            /// Sends the call and returns the success body as a stream of byte chunks as they
            /// arrive, with status and headers, instead of reading it whole (`.await` does).
            /// An error status fails before the stream starts; retries happen only before it.
            #[inline]
            pub fn send_streaming(self) -> codegen_runtime::StreamFuture<crate::ErrorBody> {
                self.stream_body()
            }
        }
    });
    let on_call = (!setters.is_empty() || stream.is_some() || streaming.is_some()).then(|| {
        let method = op.method_name.trim_start_matches("r#");
        let doc = if setters.is_empty() && stream.is_none() {
            format!(" What the call of [`Client::{method}`] can do besides `.await`.")
        } else {
            format!(
                " The optional parameters of [`Client::{method}`]: each setter replaces the parameter's earlier value."
            )
        };
        let lookalike = op
            .query
            .iter()
            .chain(&op.headers)
            .chain(&op.cookies)
            .any(|p| !p.required && super::types::TRAIT_METHODS.contains(&p.name.as_str()));
        let allow = lookalike.then(|| quote!(#[allow(clippy::should_implement_trait)]));
        quote! {
            #[doc = #doc]
            #cfg
            #allow
            impl<T: Send + 'static> Call<T, ops::#marker> {
                #(#setters)*
                #stream
                #streaming
            }
        }
    });
    let session = op.session.as_ref().map(|s| {
        let method = ident(&s.method_name);
        let arg_names: Vec<_> = args.iter().map(|(n, _)| n).collect();
        let expires = match &s.expires_at {
            Some(p) => quote!(Some(#p)),
            None => quote!(None),
        };
        let schemes: Vec<TokenStream> = s
            .provides
            .iter()
            .map(|(scheme, value)| match value {
                SessionValue::Pointer(pointer) => quote!(.with_credential(#scheme, session.credential(#pointer))),
                SessionValue::Chosen { items, by, value } => {
                    quote!(.with_credential(#scheme, session.chosen_credential(#items, #by, #value)))
                }
            })
            .collect();
        let provided = s.provides.iter().map(|(scheme, _)| format!("`{scheme}`")).collect::<Vec<_>>().join(", ");
        let login = op.method_name.trim_start_matches("r#");
        let chosen = s.provides.iter().find_map(|(_, v)| match v {
            SessionValue::Chosen { items, by, .. } => Some((items.as_str(), by.as_str())),
            SessionValue::Pointer(_) => None,
        });
        let only = chosen.map_or(String::new(), |(items, by)| {
            let choose = s.choose.as_ref().map_or("with_session_for", |(m, _)| m.as_str());
            format!(
                " The response's list at `{items}` must hold one item; with several, choose one by its `{by}` with \
                 [`Client::{choose}`]."
            )
        });
        let doc = format!(
            " A client whose {provided} credentials come from a session: [`Client::{login}`] is called with these \
             arguments when first needed, again shortly before the session expires, and once more after a 401 (then \
             the call is resent). Concurrent calls share one login; a failed login is `Error::Login`.{only}"
        );
        let choose = s.choose.as_ref().zip(chosen).map(|((choose_method, arg), (items, by))| {
            let choose_method = ident(choose_method);
            let arg = ident(arg);
            let doc = format!(
                " Like [`Client::{}`], taking the credentials from the item of the response's list at `{items}` whose \
                 `{by}` is `{}` (an account with several, say, picks one).",
                s.method_name.trim_start_matches("r#"),
                arg.to_string().trim_start_matches("r#")
            );
            quote! {
                #[doc = #doc]
                #cfg
                pub fn #choose_method(&self, #arg: impl Into<String>, #(#arg_decls),*) -> Self {
                    let login = self.#name(#(#arg_names),*).into_spec();
                    let session = codegen_runtime::Session::choosing(self.core.clone(), login, #expires, Some(#arg.into()));
                    Self { core: self.core #(#schemes)* }
                }
            }
        });
        quote! {
            #[doc = #doc]
            #cfg
            pub fn #method(&self, #(#arg_decls),*) -> Self {
                let login = self.#name(#(#arg_names),*).into_spec();
                let session = codegen_runtime::Session::new(self.core.clone(), login, #expires);
                Self { core: self.core #(#schemes)* }
            }

            #choose
        }
    });
    // `#[inline]`: the method (and with it the instantiation of its decoder and body encoder
    // for the operation's types) is compiled in the crate that calls it, for the operations it
    // calls, rather than for every operation when this crate is built.
    let method = quote! {
        #session

        #doc
        #cfg
        #deprecated
        #[inline]
        pub fn #name(&self, #(#arg_decls),*) -> Call<#ret, ops::#marker> {
            let #mutability req = RequestSpec::new(#id, Method::#method, #path, &[#(#path_args),*]);
            #security
            #errors
            #accept
            #idempotency
            #(#pushes)*
            #body
            Call::new(codegen_runtime::Call::new(&self.core, req, #decode))
        }
    };
    (method, on_call.unwrap_or_default())
}

/// The setter of an optional parameter on its operation's `Call`.
fn setter(cx: &Cx<'_>, p: &Param, place: Place) -> TokenStream {
    let n = ident(&p.name);
    let t = cx.rust_ty(&p.arg);
    let wire = &p.wire;
    let value = match &p.ty {
        TypeRef::Bool | TypeRef::I32 | TypeRef::I64 | TypeRef::F32 | TypeRef::F64 | TypeRef::String => quote!(&#n),
        _ => quote!(#n),
    };
    let push = push_param(cx, p, value, place);
    let clear = match place {
        Place::Query => quote!(req.query.remove(#wire);),
        Place::Header => quote!(req.remove_header(#wire);),
        Place::Cookie => quote!(req.remove_cookie(#wire);),
    };
    let deprecated = p.deprecated.then_some("**Deprecated.**");
    let wire_doc = format!("`{}`", p.wire);
    let own = p.doc.as_deref().filter(|d| !d.trim().is_empty());
    let doc = docs::attrs_of(&[deprecated, own.or(Some(&wire_doc))]);
    quote! {
        #doc
        #[inline]
        pub fn #n(mut self, #n: #t) -> Self {
            let req = self.spec_mut();
            #clear
            #push
            self
        }
    }
}

/// The file fields of a multipart body type: (Rust name, wire name, optional).
fn file_fields(cx: &Cx<'_>, ty: &TypeRef) -> Vec<(String, String, bool)> {
    let TypeRef::Named(name) = cx.resolve(ty) else { return Vec::new() };
    match cx.types.get(name.as_str()).map(|t| &t.kind) {
        Some(TypeKind::Struct { fields, .. }) => fields
            .iter()
            .filter(|f| f.ty == TypeRef::File)
            .map(|f| (f.name.clone(), f.wire.clone(), f.optional()))
            .collect(),
        _ => Vec::new(),
    }
}

/// `src/ops.rs`: one marker type per operation, naming its calls' type.
pub(super) fn ops_rs(cx: &Cx<'_>) -> TokenStream {
    let markers = cx.api.operations.iter().map(|op| {
        let name = ident(&op.marker);
        let method = op.method_name.trim_start_matches("r#");
        let optional = op.query.iter().chain(&op.headers).chain(&op.cookies).filter(|p| !p.required).count();
        let what = match (optional, op.pagination.is_some()) {
            (0, false) => String::new(),
            (n, paged) => {
                let mut parts = Vec::new();
                if n > 0 {
                    parts.push(format!("the setters of its {n} optional parameter(s)"));
                }
                if paged {
                    parts.push("`stream()`".to_owned());
                }
                format!(", which has {}", parts.join(" and "))
            }
        };
        let doc = format!(
            " Marks the calls of [`Client::{method}`](crate::Client::{method}): `Call<T, ops::{}>`{what}.",
            op.marker
        );
        let cfg = cfg_of(&op.features);
        quote! {
            #[doc = #doc]
            #cfg
            pub struct #name;
        }
    });
    quote! {
        //! One marker type per operation. A method returns `Call<T, ops::Operation>`; the
        //! setters of the operation's optional parameters are methods of that call, so a
        //! parameter added to the API is a new method, never a new argument. A marker's value
        //! names its operation where a value is wanted (`mock::Server::expect(ops::Operation)`
        //! with the `mock` feature).
        #(#markers)*
    }
}

/// `src/call.rs`: the crate's `Call`, a thin wrapper of the runtime's that can carry each
/// operation's setters (inherent impls need a type of this crate).
pub(super) fn call_rs(cx: &Cx<'_>) -> TokenStream {
    let gated = (!cx.api.features.is_empty()).then(|| quote!(#[allow(dead_code)]));
    let paginate = cx.api.operations.iter().any(|o| o.pagination.is_some()).then(|| {
        quote! {
            #gated
            /// Every item of every page, each page request with this call's parameters and options.
            pub(crate) fn paginate<I>(self, pages: &'static codegen_runtime::Pagination) -> crate::ItemStream<I>
            where
                I: codegen_runtime::serde::de::DeserializeOwned + Send + 'static,
            {
                self.inner.paginate(pages)
            }

            #gated
            /// Every page, each with its items, its body as `T` and its total.
            pub(crate) fn paginate_pages<I>(self, pages: &'static codegen_runtime::Pagination) -> crate::PageStream<I, T>
            where
                I: codegen_runtime::serde::de::DeserializeOwned + Send + 'static,
            {
                self.inner.paginate_pages(pages)
            }
        }
    });
    let stream_body = cx.api.operations.iter().any(streams_body).then(|| {
        quote! {
            #gated
            /// The success body as a stream of chunks (see `send_streaming` of the operations
            /// whose body is binary or text).
            pub(crate) fn stream_body(self) -> codegen_runtime::StreamFuture<ErrorBody> {
                self.inner.send_streaming()
            }
        }
    });
    let setters = cx.api.operations.iter().flat_map(|o| o.query.iter().chain(&o.headers).chain(&o.cookies));
    let spec_mut = setters.clone().any(|p| !p.required).then(|| {
        quote! {
            pub(crate) fn spec_mut(&mut self) -> &mut RequestSpec {
                self.inner.spec_mut()
            }
        }
    });
    // With features per tag, the operations with setters may all be left out.
    let spec_mut = match (&spec_mut, cx.api.features.is_empty()) {
        (Some(tokens), false) => quote!(#[allow(dead_code)] #tokens),
        _ => quote!(#spec_mut),
    };
    quote! {
        //! One call of an operation.

        use std::future::Future;
        use std::marker::PhantomData;
        use std::pin::Pin;
        use std::task::{Context, Poll};
        use std::time::Duration;

        use codegen_runtime::{CallFuture, RequestOptions, RequestSpec, ResponseFuture, RetryPolicy};

        use crate::ErrorBody;

        /// One call of an operation: `.await` it for the body, or call
        /// [`Call::send_with_response`] for the status and headers too. Before that, set the
        /// operation's optional parameters (methods named after them; see its marker in
        /// [`ops`](crate::ops)) and per-call options, which leave the client unchanged. A call
        /// owns a handle to the client (a cheap clone), so it and its future are `Send + 'static`:
        /// `tokio::spawn(client.operation())` works.
        #[must_use = "a call does nothing until it is awaited"]
        pub struct Call<T, Op> {
            inner: codegen_runtime::Call<T, ErrorBody>,
            _op: PhantomData<fn() -> Op>,
        }

        impl<T, Op> std::fmt::Debug for Call<T, Op> {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.inner.fmt(f)
            }
        }

        impl<T: Send + 'static, Op> Call<T, Op> {
            pub(crate) fn new(inner: codegen_runtime::Call<T, ErrorBody>) -> Self {
                Call { inner, _op: PhantomData }
            }

            #spec_mut

            /// The request this call sends.
            pub fn spec(&self) -> &RequestSpec {
                self.inner.spec()
            }

            /// The request, for running it another way.
            pub fn into_spec(self) -> RequestSpec {
                self.inner.into_spec()
            }

            /// Bounds each attempt of this call: with retries the call can run several times
            /// this long; [`Call::deadline`] bounds the whole call.
            pub fn attempt_timeout(self, timeout: Duration) -> Self {
                Self::new(self.inner.attempt_timeout(timeout))
            }

            /// The old name of [`Call::attempt_timeout`]: it bounds one attempt, not the call.
            #[deprecated(note = "bounds one attempt: use `attempt_timeout` (or `deadline`)")]
            pub fn timeout(self, timeout: Duration) -> Self {
                self.attempt_timeout(timeout)
            }

            /// Sets the retry policy of this call.
            pub fn retry(self, retry: RetryPolicy) -> Self {
                Self::new(self.inner.retry(retry))
            }

            /// Decides which attempts of this call are retried (a `RetryClassifier`, or a
            /// closure over `&AttemptInfo`), keeping the retry policy in force.
            pub fn retry_classifier(self, classifier: impl codegen_runtime::RetryClassifier) -> Self {
                Self::new(self.inner.retry_classifier(classifier))
            }

            /// Bounds this call as a whole, all attempts and the waits between them
            /// (`Error::Deadline` when it runs out); each attempt's timeout still applies.
            pub fn deadline(self, deadline: Duration) -> Self {
                Self::new(self.inner.deadline(deadline))
            }

            /// Adds a header to this call.
            pub fn header(self, name: &str, value: &str) -> Self {
                Self::new(self.inner.header(name, value))
            }

            /// Sends this idempotency key (the same on every retry) instead of a fresh one, in
            /// the operation's idempotency header (`Idempotency-Key` if it names none); the call
            /// is then retried like an idempotent one.
            pub fn idempotency_key(self, key: &str) -> Self {
                Self::new(self.inner.idempotency_key(key))
            }

            /// Adds a hook to this call (run after the client's hooks).
            pub fn hook(self, hook: impl codegen_runtime::Hook) -> Self {
                Self::new(self.inner.hook(hook))
            }

            /// Replaces all per-call settings.
            pub fn options(self, options: RequestOptions) -> Self {
                Self::new(self.inner.options(options))
            }

            /// Sends the call and returns the decoded body (what `.await` does).
            pub fn send(self) -> CallFuture<T, ErrorBody> {
                self.inner.send()
            }

            /// Sends the call and returns status, headers and the decoded body.
            pub fn send_with_response(self) -> ResponseFuture<T, ErrorBody> {
                self.inner.send_with_response()
            }

            #paginate

            #stream_body
        }

        impl<T: Send + 'static, Op> Future for Call<T, Op> {
            type Output = crate::Result<T>;

            fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
                Pin::new(&mut self.inner).poll(cx)
            }
        }
    }
}
