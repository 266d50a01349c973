//! `src/ops.rs` (a marker type per operation) and `src/call.rs` (the crate's `Call`, which
//! carries each operation's setters).

use proc_macro2::TokenStream;
use quote::quote;

use super::{cfg_of, ident, method, Cx};

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
    let methods = call_methods(cx);
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

        #methods

        impl<T: Send + 'static, Op> Future for Call<T, Op> {
            type Output = crate::Result<T>;

            fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
                Pin::new(&mut self.inner).poll(cx)
            }
        }
    }
}

/// The methods of every `Call`: per-call options and sending, and the crate-private helpers the
/// operations' setters, streams and pages need (when some operation needs them).
fn call_methods(cx: &Cx<'_>) -> TokenStream {
    let (spec_mut, paginate, stream_body) = helpers(cx);
    quote! {
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
    }
}

/// The crate-private methods of `Call` that some operation needs: `spec_mut` (for setters),
/// `paginate` and `paginate_pages` (for `stream()` and `pages()`), `stream_body` (for
/// `send_streaming()`); with features per tag, each allowed to be unused.
fn helpers(cx: &Cx<'_>) -> (TokenStream, Option<TokenStream>, Option<TokenStream>) {
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
    let stream_body = cx.api.operations.iter().any(method::streams_body).then(|| {
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
    (spec_mut, paginate, stream_body)
}
