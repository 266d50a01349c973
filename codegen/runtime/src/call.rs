use std::fmt;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use crate::client::ClientCore;
use crate::decode::Decoder;
use crate::error::{Error, ErrorBodies};
use crate::hooks::Hook;
use crate::options::RequestOptions;
use crate::orchestrate::SendFuture;
use crate::outgoing::header;
use crate::paginate::{ItemStream, PageStream, Pagination};
use crate::request::RequestSpec;
use crate::response::{finish, ApiResponse};
use crate::retry::{RetryClassifier, RetryPolicy, SharedClassifier};
use crate::stream::StreamFuture;

/// One call of an operation, ready to send. `.await` it for the decoded body, or call
/// [`Call::send_with_response`] for the status and headers too. Per-call settings
/// ([`Call::timeout`], [`Call::retry`], [`Call::header`]) leave the client unchanged.
///
/// A call is itself a `Send + 'static` future (it owns a clone of the client's
/// [`ClientCore`]), so it can be handed to `tokio::spawn` as it is. The request starts when
/// it is first polled; settings changed after that do not apply.
#[must_use = "a call does nothing until it is awaited"]
pub struct Call<T, E> {
    core: ClientCore,
    spec: RequestSpec,
    decode: Decoder<T>,
    options: RequestOptions,
    /// Why a header given to [`Call::header`] cannot be sent; the call then fails unsent.
    invalid_header: Option<String>,
    /// The request once the call was first polled as a future.
    sending: Option<ResponseFuture<T, E>>,
    _error: PhantomData<fn() -> E>,
}

impl<T, E> fmt::Debug for Call<T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Call").field("spec", &self.spec).field("options", &self.options).finish_non_exhaustive()
    }
}

impl<T, E> Call<T, E>
where
    T: Send + 'static,
    E: ErrorBodies + Send + 'static,
{
    /// A call of `spec` whose success body is decoded by `decode`. The call holds a clone of
    /// `core` (an `Arc`), so it and its future are `'static` and can be spawned.
    pub fn new(core: &ClientCore, spec: RequestSpec, decode: Decoder<T>) -> Self {
        Call {
            core: core.clone(),
            spec,
            decode,
            options: RequestOptions::default(),
            invalid_header: None,
            sending: None,
            _error: PhantomData,
        }
    }

    /// The request this call sends.
    pub fn spec(&self) -> &RequestSpec {
        &self.spec
    }

    /// The request, to change it before it is sent (generated setters of optional parameters).
    pub fn spec_mut(&mut self) -> &mut RequestSpec {
        &mut self.spec
    }

    /// The request, for running it another way (e.g. page by page). The call's options are
    /// not part of it (see [`Call::paginate`], which keeps them); an invalid header given to
    /// [`Call::header`] is, and fails the request.
    pub fn into_spec(mut self) -> RequestSpec {
        if let Some(message) = self.invalid_header.take() {
            self.spec.invalid.get_or_insert(message);
        }
        self.spec
    }

    /// Streams the items of every page of this call (see [`ClientCore::paginate`]), sending
    /// every page request with this call's timeout, retry policy and headers.
    pub fn paginate<I>(self, pages: &'static Pagination) -> ItemStream<I, E>
    where
        I: serde::de::DeserializeOwned + Send + 'static,
    {
        let core = self.core.clone();
        let options = self.options.clone();
        core.paginate_with(self.into_spec(), options, pages)
    }

    /// Streams every page of this call (the requests, end conditions and repeated-page guard of
    /// [`Call::paginate`]), each a [`Page`](crate::Page) with its items, the page decoded as this call's
    /// response type, its total (when the spec names it), status and headers.
    pub fn paginate_pages<I>(self, pages: &'static Pagination) -> PageStream<I, T, E>
    where
        I: serde::de::DeserializeOwned + Send + 'static,
    {
        let core = self.core.clone();
        let options = self.options.clone();
        let decode = self.decode;
        core.pages_with(self.into_spec(), options, pages, decode)
    }

    /// Adds a header to this call. A name or value HTTP does not allow (e.g. a value holding
    /// CR or LF) makes the call fail without sending, with [`Error::InvalidRequest`] naming the
    /// header.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        match header(name, value, None) {
            Ok(pair) => self.options.headers.push(pair),
            Err(message) => {
                self.invalid_header.get_or_insert(message);
            }
        }
        self
    }

    /// Sends `key` as this call's idempotency key, on every attempt, in the operation's
    /// idempotency header ([`RequestSpec::idempotency_key`], else `Idempotency-Key`); the call is
    /// then retried like an idempotent one (a POST after a 503, say). A key that is not a valid
    /// header value fails the call unsent with [`Error::InvalidRequest`].
    pub fn idempotency_key(mut self, key: impl Into<String>) -> Self {
        self.options.idempotency_key = Some(key.into());
        self
    }

    /// Adds a hook to this call (run after the client's hooks).
    pub fn hook(mut self, hook: impl Hook) -> Self {
        self.options.hooks.push(hook);
        self
    }

    /// Bounds each attempt of this call: with retries the call can run several times this
    /// long; [`Call::deadline`] bounds the whole call.
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// The old name of [`Call::attempt_timeout`]: it bounds one attempt, not the call.
    #[deprecated(note = "bounds one attempt only: use `attempt_timeout`, or `deadline` for the whole call")]
    pub fn timeout(self, timeout: Duration) -> Self {
        self.attempt_timeout(timeout)
    }

    /// Sets the retry policy of this call.
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.options.retry = Some(retry);
        self
    }

    /// Decides which attempts of this call are retried, keeping the retry policy in force
    /// (the client's, or the call's) for how often and how long.
    pub fn retry_classifier(mut self, classifier: impl RetryClassifier) -> Self {
        self.options.retry_classifier = Some(SharedClassifier::new(classifier));
        self
    }

    /// Bounds this call as a whole: every attempt and the waits between them (each attempt's
    /// timeout still applies). When it runs out the call fails with [`Error::Deadline`].
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Replaces all per-call settings.
    pub fn options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Sends the call and returns the decoded body (what `.await` on the call does).
    pub fn send(self) -> CallFuture<T, E> {
        CallFuture { inner: self.send_with_response() }
    }

    /// Sends the call and returns its success body as a [`ByteStream`](crate::ByteStream) of chunks as they
    /// arrive (with status and headers), instead of reading it whole. Retries, credential
    /// renewal and the decoding of an error status's body happen before the stream is made;
    /// once it streams, nothing is retried.
    pub fn send_streaming(mut self) -> StreamFuture<E> {
        if let Some(message) = self.invalid_header.take() {
            self.spec.invalid.get_or_insert(message);
        }
        StreamFuture {
            operation: self.spec.operation,
            error_statuses: self.spec.error_statuses,
            timeout: self.options.timeout.unwrap_or_else(|| self.core.timeout()),
            sending: self.core.send_streaming(self.spec, self.options),
            _error: PhantomData,
        }
    }

    /// Sends the call and returns status, headers and the decoded body.
    pub fn send_with_response(mut self) -> ResponseFuture<T, E> {
        match self.sending.take() {
            Some(sending) => sending,
            None => self.start(),
        }
    }

    /// Starts the request, leaving a spent spec and default options in the call.
    fn start(&mut self) -> ResponseFuture<T, E> {
        let spent = RequestSpec::new(self.spec.operation, self.spec.method.clone(), "", &[]);
        let mut spec = std::mem::replace(&mut self.spec, spent);
        if let Some(message) = self.invalid_header.take() {
            spec.invalid.get_or_insert(message);
        }
        ResponseFuture {
            operation: spec.operation,
            error_statuses: spec.error_statuses,
            decode: self.decode,
            sending: self.core.send(spec, std::mem::take(&mut self.options)),
            _error: PhantomData,
        }
    }
}

/// The future of [`Call::send_with_response`]: the request's (boxed, not generic) future, then
/// the decoder. A generated crate compiles one small `poll` per response type, not one async
/// state machine per operation.
#[must_use = "futures do nothing unless polled"]
pub struct ResponseFuture<T, E> {
    operation: &'static str,
    error_statuses: &'static [(u16, u16)],
    decode: Decoder<T>,
    sending: SendFuture,
    _error: PhantomData<fn() -> E>,
}

impl<T, E> fmt::Debug for ResponseFuture<T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ResponseFuture").field("operation", &self.operation).finish_non_exhaustive()
    }
}

impl<T, E: ErrorBodies> Future for ResponseFuture<T, E> {
    type Output = Result<ApiResponse<T>, Error<E>>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = &mut *self;
        match this.sending.as_mut().poll(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(Err(err)) => Poll::Ready(Err(err.widen())),
            Poll::Ready(Ok(raw)) => Poll::Ready(finish(this.operation, this.error_statuses, raw, this.decode)),
        }
    }
}

/// The future of [`Call::send`]: the decoded body.
#[must_use = "futures do nothing unless polled"]
pub struct CallFuture<T, E> {
    inner: ResponseFuture<T, E>,
}

impl<T, E> fmt::Debug for CallFuture<T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.inner.fmt(f)
    }
}

impl<T, E: ErrorBodies> Future for CallFuture<T, E> {
    type Output = Result<T, Error<E>>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        Pin::new(&mut self.inner).poll(cx).map(|result| result.map(ApiResponse::into_body))
    }
}

/// `.await` a call (or spawn it): the decoded body.
impl<T, E> Future for Call<T, E>
where
    T: Send + 'static,
    E: ErrorBodies + Send + 'static,
{
    type Output = Result<T, Error<E>>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = &mut *self;
        if this.sending.is_none() {
            this.sending = Some(this.start());
        }
        let Some(sending) = this.sending.as_mut() else { return Poll::Pending };
        Pin::new(sending).poll(cx).map(|result| result.map(ApiResponse::into_body))
    }
}
