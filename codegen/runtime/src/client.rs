//! The client's configuration: [`ClientBuilder`], [`ClientCore`] and the lookup of the
//! credentials a request needs.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderValue};

use crate::auth::{CredentialSource, Secret, SecurityScheme};
use crate::error::{BoxError, Error, LoginError, SendError};
use crate::hooks::{Hook, Hooks};
use crate::outgoing::header;
use crate::request::RequestSpec;
use crate::retry::RetryPolicy;

/// A base URL for `Debug`: a password in it is replaced.
fn shown_url(url: &str) -> String {
    match reqwest::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let _ = parsed.set_password(Some("<redacted>"));
            parsed.to_string()
        }
        _ => url.to_owned(),
    }
}

/// The default total timeout of one attempt.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// The default connect timeout.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Builds a [`ClientCore`]; generated clients wrap it with typed setters.
pub struct ClientBuilder {
    base_url: String,
    http: Option<reqwest::Client>,
    credentials: Vec<(&'static str, Arc<dyn CredentialSource>)>,
    retry: RetryPolicy,
    timeout: Duration,
    deadline: Option<Duration>,
    connect_timeout: Duration,
    user_agent: String,
    /// Headers sent with every request (their values are not shown in `Debug`).
    default_headers: Vec<(String, String)>,
    hooks: Hooks,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &shown_url(&self.base_url))
            .field("credentials", &self.credentials.iter().map(|(name, _)| *name).collect::<Vec<_>>())
            .field("retry", &self.retry)
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

impl ClientBuilder {
    /// A builder for a client of the API at `base_url` (e.g. `https://api.example.com/v1`).
    pub fn new(base_url: impl Into<String>, user_agent: impl Into<String>) -> Self {
        ClientBuilder {
            base_url: base_url.into(),
            http: None,
            credentials: Vec::new(),
            retry: RetryPolicy::default(),
            timeout: DEFAULT_TIMEOUT,
            deadline: None,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            user_agent: user_agent.into(),
            default_headers: Vec::new(),
            hooks: Hooks::default(),
        }
    }

    /// Adds a hook run around every attempt of every call (before a call's own hooks).
    pub fn hook(mut self, hook: impl Hook) -> Self {
        self.hooks.push(hook);
        self
    }

    /// Sends this header with every request (a call's own headers and credentials take
    /// precedence). An invalid name or value makes [`ClientBuilder::build`] fail, naming it.
    pub fn default_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.default_headers.push((name.into(), value.into()));
        self
    }

    /// Changes the base URL.
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = base_url.into();
        self
    }

    /// Uses this `reqwest::Client` (proxies, TLS roots, pools); its own settings then apply
    /// and the builder's connect timeout is not used (the crate's user agent is still sent).
    ///
    /// An escape hatch: with [`crate::Hook::before_send`]'s request, the only place reqwest's
    /// types appear in this crate's API. Errors are this crate's own ([`crate::TransportError`]),
    /// whatever client sends the request.
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    /// Sets the credential of the security scheme `scheme` (its name in the spec).
    pub fn credential(mut self, scheme: &'static str, source: impl CredentialSource + 'static) -> Self {
        self.credentials.retain(|(name, _)| *name != scheme);
        self.credentials.push((scheme, Arc::new(source)));
        self
    }

    /// Sets the retry policy for every call (a call can override it).
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// Bounds each attempt of every call (a call can override it): with retries a call can
    /// run several times this long; [`ClientBuilder::deadline`] bounds the whole call.
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The old name of [`ClientBuilder::attempt_timeout`]: it bounds one attempt, not a call.
    #[deprecated(note = "bounds one attempt only: use `attempt_timeout`, or `deadline` for the whole call")]
    pub fn timeout(self, timeout: Duration) -> Self {
        self.attempt_timeout(timeout)
    }

    /// Bounds every call as a whole, attempts and the waits between them (a call's own
    /// deadline, or its retry policy's, takes precedence). When it runs out the call fails with
    /// [`Error::Deadline`]; each attempt is cut to what is left.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.deadline = Some(deadline);
        self
    }

    /// Sets the connect timeout.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Builds the client. Fails when the base URL is not an absolute `http`/`https` URL (a typo
    /// shows here, not as a transport error on the first call) or the TLS backend cannot be set
    /// up.
    pub fn build(self) -> Result<ClientCore, BuildError> {
        check_base_url(&self.base_url)?;
        let mut defaults = HeaderMap::new();
        for (name, value) in &self.default_headers {
            let (name, value) = header(name, value, Some(&format!("default header `{name}`")))
                .map_err(|reason| BuildError::Header { name: name.clone(), reason })?;
            defaults.insert(name, value);
        }
        // A client of the caller's keeps this crate's user agent: it is sent as a header.
        if self.http.is_some() {
            if let Ok(agent) = HeaderValue::from_str(&self.user_agent) {
                defaults.entry(reqwest::header::USER_AGENT).or_insert(agent);
            }
        }
        let http = match self.http {
            Some(http) => http,
            None => reqwest::Client::builder()
                .connect_timeout(self.connect_timeout)
                .user_agent(self.user_agent)
                .build()
                .map_err(|e| BuildError::Http(Box::new(e)))?,
        };
        Ok(ClientCore {
            inner: Arc::new(Inner {
                base_url: self.base_url.trim_end_matches('/').to_owned(),
                http,
                credentials: self.credentials,
                retry: self.retry,
                timeout: self.timeout,
                deadline: self.deadline,
                default_headers: defaults,
                hooks: self.hooks,
            }),
        })
    }
}

/// Why a client could not be built.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BuildError {
    /// The base URL is not an absolute `http` or `https` URL.
    #[error("the base URL `{url}` is not usable: {reason}")]
    BaseUrl {
        /// The URL as given (a password in it is hidden).
        url: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A default header's name or value is not valid in HTTP.
    #[error("the default header `{name}` is not usable: {reason}")]
    Header {
        /// The header's name.
        name: String,
        /// What is wrong with it (never its value).
        reason: String,
    },
    /// The HTTP client (its TLS backend) could not be set up.
    #[error("the HTTP client could not be set up: {0}")]
    Http(#[source] BoxError),
}

fn check_base_url(base_url: &str) -> Result<(), BuildError> {
    let fail = |reason: String| BuildError::BaseUrl { url: shown_url(base_url), reason };
    let url = reqwest::Url::parse(base_url).map_err(|e| fail(e.to_string()))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(fail(format!("the scheme is `{}`, not http or https", url.scheme())));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(fail("it has no host".to_owned()));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(fail("it has a query or fragment; give the path prefix only".to_owned()));
    }
    Ok(())
}

/// The shared part of every generated client: configuration, connection pool, credentials.
/// Cloning is cheap.
#[derive(Clone)]
pub struct ClientCore {
    pub(crate) inner: Arc<Inner>,
}

/// What a [`ClientCore`] shares among its clones; the attempt and the send loop read it.
pub(crate) struct Inner {
    pub(crate) base_url: String,
    pub(crate) http: reqwest::Client,
    credentials: Vec<(&'static str, Arc<dyn CredentialSource>)>,
    pub(crate) retry: RetryPolicy,
    pub(crate) timeout: Duration,
    pub(crate) deadline: Option<Duration>,
    pub(crate) default_headers: HeaderMap,
    pub(crate) hooks: Hooks,
}

impl fmt::Debug for ClientCore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientCore")
            .field("base_url", &shown_url(&self.inner.base_url))
            .field("credentials", &self.inner.credentials.iter().map(|(name, _)| *name).collect::<Vec<_>>())
            .field("retry", &self.inner.retry)
            .field("timeout", &self.inner.timeout)
            .finish_non_exhaustive()
    }
}

impl ClientCore {
    /// A copy of this core with the credential of `scheme` replaced (e.g. by a session's).
    pub fn with_credential(&self, scheme: &'static str, source: impl CredentialSource + 'static) -> ClientCore {
        let mut credentials = self.inner.credentials.clone();
        credentials.retain(|(name, _)| *name != scheme);
        credentials.push((scheme, Arc::new(source)));
        ClientCore {
            inner: Arc::new(Inner {
                base_url: self.inner.base_url.clone(),
                http: self.inner.http.clone(),
                credentials,
                retry: self.inner.retry.clone(),
                timeout: self.inner.timeout,
                deadline: self.inner.deadline,
                default_headers: self.inner.default_headers.clone(),
                hooks: self.inner.hooks.clone(),
            }),
        }
    }

    /// The total timeout of one attempt, unless a call sets its own.
    pub(crate) fn timeout(&self) -> Duration {
        self.inner.timeout
    }

    /// The base URL, without a trailing slash.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    fn source(&self, scheme: &str) -> Option<&Arc<dyn CredentialSource>> {
        self.inner.credentials.iter().find(|(name, _)| *name == scheme).map(|(_, source)| source)
    }

    /// Picks the first security alternative whose schemes all have credentials.
    pub(crate) fn choose_schemes(&self, spec: &RequestSpec) -> Result<&'static [&'static SecurityScheme], SendError> {
        if spec.security.is_empty() {
            return Ok(&[]);
        }
        for alternative in spec.security {
            if alternative.iter().all(|scheme| self.source(scheme.name).is_some()) {
                return Ok(alternative);
            }
        }
        let missing =
            spec.security[0].iter().find(|scheme| self.source(scheme.name).is_none()).map_or("?", |scheme| scheme.name);
        Err(Error::MissingCredential { operation: spec.operation, scheme: missing })
    }

    pub(crate) async fn credentials(
        &self,
        spec: &RequestSpec,
        schemes: &'static [&'static SecurityScheme],
    ) -> Result<Vec<(&'static SecurityScheme, Secret)>, SendError> {
        let mut out = Vec::with_capacity(schemes.len());
        for scheme in schemes {
            let source = self
                .source(scheme.name)
                .ok_or(Error::MissingCredential { operation: spec.operation, scheme: scheme.name })?;
            let secret = source.credential().await.map_err(|source| match source.downcast::<LoginError>() {
                Ok(mut login) => {
                    login.operation = spec.operation;
                    Error::Login(login)
                }
                Err(source) => Error::Credential { operation: spec.operation, scheme: scheme.name, source },
            })?;
            out.push((*scheme, secret));
        }
        Ok(out)
    }

    /// After a 401: renews the credential of each of `schemes` (a source shared by several
    /// schemes once). `true` when one was renewed, so the request is worth sending again.
    pub(crate) async fn renew(&self, schemes: &[&SecurityScheme]) -> bool {
        let mut renewed = false;
        let mut keys = Vec::new();
        for scheme in schemes {
            if let Some(source) = self.source(scheme.name) {
                let key = source.renewal_key();
                if !keys.contains(&key) {
                    keys.push(key);
                    renewed |= source.invalidate().await;
                }
            }
        }
        renewed
    }
}
