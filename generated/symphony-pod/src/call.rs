// This file is generated from specs/symphony-pod.yaml by `cargo xtask generate`. Do not edit it by hand.

//! One call of an operation.
use std::future::IntoFuture;
use std::marker::PhantomData;
use std::time::Duration;
use codegen_runtime::{
    CallFuture, RequestOptions, RequestSpec, ResponseFuture, RetryPolicy,
};
use crate::ErrorBody;

/// One call of an operation: `.await` it for the body, or call
/// [`Call::send_with_response`] for the status and headers too. Before that, set the
/// operation's optional parameters (methods named after them; see its marker in
/// [`ops`](crate::ops)) and per-call options, which leave the client unchanged.
#[must_use = "a call does nothing until it is awaited"]
pub struct Call<'a, T, Op> {
    inner: codegen_runtime::Call<'a, T, ErrorBody>,
    _op: PhantomData<fn() -> Op>,
}

impl<T, Op> std::fmt::Debug for Call<'_, T, Op> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.inner.fmt(f)
    }
}

impl<'a, T: Send + 'a, Op> Call<'a, T, Op> {
    pub(crate) fn new(inner: codegen_runtime::Call<'a, T, ErrorBody>) -> Self {
        Call { inner, _op: PhantomData }
    }
    pub(crate) fn spec_mut(&mut self) -> &mut RequestSpec {
        self.inner.spec_mut()
    }

    /// The request this call sends.
    pub fn spec(&self) -> &RequestSpec {
        self.inner.spec()
    }

    /// The request, for running it another way.
    pub fn into_spec(self) -> RequestSpec {
        self.inner.into_spec()
    }

    /// Sets the timeout of each attempt of this call.
    pub fn timeout(self, timeout: Duration) -> Self {
        Self::new(self.inner.timeout(timeout))
    }

    /// Sets the retry policy of this call.
    pub fn retry(self, retry: RetryPolicy) -> Self {
        Self::new(self.inner.retry(retry))
    }

    /// Adds a header to this call.
    pub fn header(self, name: &str, value: &str) -> Self {
        Self::new(self.inner.header(name, value))
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
    pub fn send(self) -> CallFuture<'a, T, ErrorBody> {
        self.inner.send()
    }

    /// Sends the call and returns status, headers and the decoded body.
    pub fn send_with_response(self) -> ResponseFuture<'a, T, ErrorBody> {
        self.inner.send_with_response()
    }

    /// Every item of every page, each page request with this call's parameters and options.
    pub(crate) fn paginate<I>(
        self,
        pages: &'static codegen_runtime::Pagination,
    ) -> crate::ItemStream<'a, I>
    where
        I: codegen_runtime::serde::de::DeserializeOwned + Send + 'a,
    {
        self.inner.paginate(pages)
    }

    /// Every page, each with its items, its body as `T` and its total.
    pub(crate) fn paginate_pages<I>(
        self,
        pages: &'static codegen_runtime::Pagination,
    ) -> crate::PageStream<'a, I, T>
    where
        I: codegen_runtime::serde::de::DeserializeOwned + Send + 'a,
    {
        self.inner.paginate_pages(pages)
    }
}

impl<'a, T: Send + 'a, Op> IntoFuture for Call<'a, T, Op> {
    type Output = crate::Result<T>;
    type IntoFuture = CallFuture<'a, T, ErrorBody>;

    fn into_future(self) -> Self::IntoFuture {
        self.inner.send()
    }
}
