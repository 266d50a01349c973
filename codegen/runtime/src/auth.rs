use std::fmt;
use std::future::Future;
use std::pin::Pin;

use crate::error::BoxError;

/// A secret value (API key, token, password). Its `Debug` and `Display` never show it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The secret itself. Call this only where the value must go on the wire.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(\"<redacted>\")")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// On the wire a secret is its plain value; only `Debug` and `Display` hide it.
impl serde::Serialize for Secret {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for Secret {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Secret)
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Secret(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Secret(value.to_owned())
    }
}

/// The future a [`CredentialSource`] returns.
pub type CredentialFuture<'a> = Pin<Box<dyn Future<Output = Result<Secret, BoxError>> + Send + 'a>>;

/// Supplies the value of one security scheme for each request, so a caller can rotate or
/// refresh a token without rebuilding the client.
pub trait CredentialSource: Send + Sync {
    /// The current credential.
    fn credential(&self) -> CredentialFuture<'_>;

    /// Called once when the server answered 401 to a request that used this credential;
    /// returns `true` when a fresh credential is now available and the request should be
    /// sent again (once). The default does nothing.
    fn invalidate(&self) -> Pin<Box<dyn Future<Output = bool> + Send + '_>> {
        Box::pin(async { false })
    }

    /// Sources with the same key are renewed together: after a 401, `invalidate` is called on
    /// only one of them (e.g. the token and the membership id of one session).
    fn renewal_key(&self) -> usize {
        std::ptr::from_ref(self).cast::<()>() as usize
    }
}

impl CredentialSource for Secret {
    fn credential(&self) -> CredentialFuture<'_> {
        let value = self.clone();
        Box::pin(async move { Ok(value) })
    }
}

/// Where a security scheme puts its credential.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemeLocation {
    /// In the named request header.
    Header(&'static str),
    /// In the named query parameter.
    Query(&'static str),
    /// In the named cookie.
    Cookie(&'static str),
}

/// A security scheme of the spec, as generated code declares it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SecurityScheme {
    /// The scheme's name in `components/securitySchemes`.
    pub name: &'static str,
    /// Where the credential goes.
    pub location: SchemeLocation,
    /// Text put before the credential, e.g. `"Bearer "` for HTTP bearer auth.
    pub prefix: &'static str,
}
/// `err` without the values of query parameters that carry credentials, nor a password in the
/// URL: reqwest's errors print the URL, and an API key sent in the query would otherwise reach
/// messages and logs.
pub(crate) fn redact_url(mut err: reqwest::Error, schemes: &[&SecurityScheme]) -> reqwest::Error {
    let names: Vec<&str> = schemes
        .iter()
        .filter_map(|scheme| match scheme.location {
            SchemeLocation::Query(name) => Some(name),
            _ => None,
        })
        .collect();
    let Some(url) = err.url_mut() else { return err };
    if url.password().is_some() {
        let _ = url.set_password(Some("<redacted>"));
    }
    if names.is_empty() || url.query().is_none() {
        return err;
    }
    let pairs: Vec<(String, String)> = url
        .query_pairs()
        .map(|(name, value)| {
            let value = if names.contains(&name.as_ref()) { "<redacted>".into() } else { value.into_owned() };
            (name.into_owned(), value)
        })
        .collect();
    url.query_pairs_mut().clear().extend_pairs(pairs);
    err
}
