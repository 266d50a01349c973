//! The method of each operation on `Client` (with the session methods of a login), and the
//! setters of its optional parameters (with `stream()`, `pages()` and `send_streaming()`) on
//! its `Call`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{cfg_of, docs, ident, Cx};
use crate::ir::{
    Media, Operation, Param, ParamStyle, RequestBody, RustTy, SessionLogin, SessionValue, TypeKind, TypeRef,
};

/// The methods of every operation (each other media type of a body a method of its own, after
/// the main methods, in spec order), and the impls on their calls.
pub(super) fn methods(cx: &Cx<'_>) -> (Vec<TokenStream>, Vec<TokenStream>) {
    let api = cx.api;
    let (mut methods, setters_on_calls): (Vec<TokenStream>, Vec<TokenStream>) =
        api.operations.iter().map(|op| operation(cx, op)).unzip();
    // Each other media type of a body: a method of its own returning the same call (so the
    // operation's setters apply).
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
    (methods, setters_on_calls)
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

/// The method of an operation (after the session methods of a login), and the impl of its
/// optional parameters' setters (and `stream()`) on its `Call` (empty when it has neither).
fn operation(cx: &Cx<'_>, op: &Operation) -> (TokenStream, TokenStream) {
    let args: Vec<(TokenStream, TokenStream)> = op
        .args
        .iter()
        .map(|a| {
            let n = ident(&a.name);
            (quote!(#n), cx.rust_ty(&a.ty))
        })
        .collect();
    let session = op.session.as_ref().map(|s| session_methods(op, s, &args));
    let method = request_method(cx, op, &args);
    let method = quote! {
        #session

        #method
    };
    (method, call_impl(cx, op).unwrap_or_default())
}

/// The method itself: it builds the request and returns the call.
fn request_method(cx: &Cx<'_>, op: &Operation, args: &[(TokenStream, TokenStream)]) -> TokenStream {
    let name = ident(&op.method_name);
    let id = &op.id;
    let path = &op.path;
    let method = format_ident!("{}", op.http_method);
    let path_args = op.path_params.iter().map(|p| {
        let n = ident(&p.name);
        if cx.displayable(&p.ty) {
            quote!(&#n)
        } else {
            quote!(&codegen_runtime::json_text(&#n))
        }
    });
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
    let settings = settings(cx, op);
    let body = op.body.as_ref().map(|b| body_encoding(cx, b));
    let mutability = if !settings.is_empty() || !pushes.is_empty() || body.is_some() { quote!(mut) } else { quote!() };
    let ret = cx.rust_ty(&op.ret);
    let decode = decoder(cx, op);
    let arg_decls = args.iter().map(|(n, t)| quote!(#n: #t));
    let doc = super::op_docs::method_doc(cx, op, args);
    let cfg = cfg_of(&op.features);
    let deprecated = op.deprecated.then(|| quote!(#[deprecated(note = "deprecated in the API description")]));
    let marker = ident(&op.marker);
    // `#[inline]`: the method (and with it the instantiation of its decoder and body encoder
    // for the operation's types) is compiled in the crate that calls it, for the operations it
    // calls, rather than for every operation when this crate is built.
    quote! {
        #doc
        #cfg
        #deprecated
        #[inline]
        pub fn #name(&self, #(#arg_decls),*) -> Call<#ret, ops::#marker> {
            let #mutability req = RequestSpec::new(#id, Method::#method, #path, &[#(#path_args),*]);
            #(#settings)*
            #(#pushes)*
            #body
            Call::new(codegen_runtime::Call::new(&self.core, req, #decode))
        }
    }
}

/// What the request carries besides its parameters and body: the security requirement, the
/// error statuses with a body, the `Accept` header (unless JSON's), the idempotency header.
fn settings(cx: &Cx<'_>, op: &Operation) -> Vec<TokenStream> {
    let security = op.security.and_then(|i| cx.api.security_consts.get(i)).map(|c| {
        let c = ident(c);
        quote!(req.security = #c;)
    });
    let errors = (!op.error_statuses.is_empty()).then(|| {
        let statuses = op.error_statuses.iter().map(|(s, v)| {
            let (s, v) = (proc_macro2::Literal::u16_unsuffixed(*s), proc_macro2::Literal::u16_unsuffixed(*v as u16));
            quote!((#s, #v))
        });
        quote!(req.error_statuses = &[#(#statuses),*];)
    });
    let accept = (!op.response.accept.is_empty() && op.response.accept != "application/json").then(|| {
        let accept = &op.response.accept;
        quote!(req.accept = #accept;)
    });
    let idempotency = op.idempotency_key.as_ref().map(|header| quote!(req.idempotency_key = Some(#header);));
    [security, errors, accept, idempotency].into_iter().flatten().collect()
}

/// Code that puts the `body` argument into the request, encoded as its media type.
fn body_encoding(cx: &Cx<'_>, b: &RequestBody) -> TokenStream {
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
}

/// The function that decodes the success body.
fn decoder(cx: &Cx<'_>, op: &Operation) -> TokenStream {
    match (&op.response.ty, op.response.media) {
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
    }
}

/// `impl Call<T, ops::Marker>`: the setters of the optional parameters, `stream()` and
/// `pages()` when paginated, `send_streaming()` for a binary or text body; `None` when there is
/// none of them.
fn call_impl(cx: &Cx<'_>, op: &Operation) -> Option<TokenStream> {
    let mut setters = Vec::new();
    for (list, place) in [(&op.query, Place::Query), (&op.headers, Place::Header), (&op.cookies, Place::Cookie)] {
        for param in list.iter().filter(|p| !p.required) {
            setters.push(setter(cx, param, place));
        }
    }
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
    if setters.is_empty() && stream.is_none() && streaming.is_none() {
        return None;
    }
    let method = op.method_name.trim_start_matches("r#");
    let doc = if setters.is_empty() && stream.is_none() {
        format!(" What the call of [`Client::{method}`] can do besides `.await`.")
    } else {
        format!(" The optional parameters of [`Client::{method}`]: each setter replaces the parameter's earlier value.")
    };
    let lookalike = op
        .query
        .iter()
        .chain(&op.headers)
        .chain(&op.cookies)
        .any(|p| !p.required && super::types::TRAIT_METHODS.contains(&p.name.as_str()));
    let allow = lookalike.then(|| quote!(#[allow(clippy::should_implement_trait)]));
    let cfg = cfg_of(&op.features);
    let marker = ident(&op.marker);
    Some(quote! {
        #[doc = #doc]
        #cfg
        #allow
        impl<T: Send + 'static> Call<T, ops::#marker> {
            #(#setters)*
            #stream
            #streaming
        }
    })
}

/// The methods of a login operation (`x-session`) that make a client whose credentials come
/// from its session: one that takes the login's arguments, and one that also chooses an item.
fn session_methods(op: &Operation, s: &SessionLogin, args: &[(TokenStream, TokenStream)]) -> TokenStream {
    let name = ident(&op.method_name);
    let cfg = cfg_of(&op.features);
    let arg_decls: Vec<TokenStream> = args.iter().map(|(n, t)| quote!(#n: #t)).collect();
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
