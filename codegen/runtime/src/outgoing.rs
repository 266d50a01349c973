//! Building the HTTP request of one attempt from a [`RequestSpec`]: URL and query, the
//! credentials in their places, cookies, header parameters, the body, the idempotency key and
//! the call's own headers. Nothing is sent here, so it is testable without a network.

use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue, ACCEPT, CONTENT_TYPE, COOKIE};

use crate::auth::{SchemeLocation, Secret, SecurityScheme};
use crate::request::{Body, QueryWriter, RequestSpec};

/// A header name and value, or why HTTP does not allow them: naming the header and, when
/// given, what it carries (`what`, e.g. "security scheme `key`"), never showing the value.
pub(crate) fn header(name: &str, value: &str, what: Option<&str>) -> Result<(HeaderName, HeaderValue), String> {
    let what = what.map(|what| format!(" ({what})")).unwrap_or_default();
    let name = HeaderName::try_from(name).map_err(|_| format!("{name:?}{what} is not a valid header name"))?;
    let value = HeaderValue::try_from(value).map_err(|_| {
        format!("the value of header `{name}`{what} is not a valid header value (e.g. it holds CR or LF)")
    })?;
    Ok((name, value))
}

/// Everything one attempt's request is made of.
pub(crate) struct Outgoing<'a> {
    /// The client's base URL, without a trailing slash.
    pub base_url: &'a str,
    /// Headers the client sends with every request.
    pub default_headers: &'a HeaderMap,
    /// The request.
    pub spec: &'a RequestSpec,
    /// The credentials of the chosen security alternative.
    pub credentials: &'a [(&'static SecurityScheme, Secret)],
    /// The call's idempotency header, the same on every attempt.
    pub idempotency: Option<&'a (HeaderName, HeaderValue)>,
    /// The call's own headers (they replace headers of the same name).
    pub extra_headers: &'a [(HeaderName, HeaderValue)],
    /// The attempt's total timeout.
    pub timeout: Duration,
}

/// Why a request could not be built.
#[derive(Debug)]
pub(crate) enum BuildFailure {
    /// A header name or value that HTTP does not allow, a body that cannot be read.
    Invalid(String),
    /// The HTTP stack refused the request (e.g. its URL).
    Http(reqwest::Error),
}

impl Outgoing<'_> {
    /// The request, made by `http` (which sends nothing here).
    pub(crate) async fn build(&self, http: &reqwest::Client) -> Result<reqwest::Request, BuildFailure> {
        let spec = self.spec;
        let mut query = spec.query.clone();
        let mut headers = HeaderMap::new();
        // Generated from the spec's media types, which lowering keeps to valid header text.
        let accept = HeaderValue::from_str(spec.accept).unwrap_or(HeaderValue::from_static("application/json"));
        headers.insert(ACCEPT, accept);
        for (name, value) in self.default_headers {
            headers.insert(name.clone(), value.clone());
        }
        let cookies = self.place_credentials(&mut headers, &mut query).map_err(BuildFailure::Invalid)?;
        self.cookie_header(cookies, &mut headers).map_err(BuildFailure::Invalid)?;
        let url = self.url(&query);
        for (name, value) in &spec.headers {
            let (name, value) = header(name, value, Some("a header parameter")).map_err(BuildFailure::Invalid)?;
            headers.append(name, value);
        }
        let body = body(&spec.body, &mut headers).await.map_err(BuildFailure::Invalid)?;
        if let Some((name, value)) = self.idempotency {
            headers.insert(name.clone(), value.clone());
        }
        for (name, value) in self.extra_headers {
            headers.insert(name.clone(), value.clone());
        }
        let mut request = http.request(spec.method.clone(), url).headers(headers).timeout(self.timeout);
        if let Some(body) = body {
            request = request.body(body);
        }
        request.build().map_err(BuildFailure::Http)
    }

    /// The base URL, the request's path and `query`.
    fn url(&self, query: &QueryWriter) -> String {
        let mut url = String::with_capacity(self.base_url.len() + self.spec.path.len() + 32);
        url.push_str(self.base_url);
        url.push_str(&self.spec.path);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&query.encode());
        }
        url
    }

    /// Puts each credential where its scheme says: a header, a query parameter, or a cookie
    /// (returned with the others, to be joined into one header).
    fn place_credentials(&self, headers: &mut HeaderMap, query: &mut QueryWriter) -> Result<Vec<String>, String> {
        let mut cookies = Vec::new();
        for (scheme, secret) in self.credentials {
            match scheme.location {
                SchemeLocation::Header(name) => {
                    let value = format!("{}{}", scheme.prefix, secret.expose());
                    let what = format!("security scheme `{}`", scheme.name);
                    let (name, mut value) = header(name, &value, Some(&what))?;
                    value.set_sensitive(true);
                    headers.insert(name, value);
                }
                SchemeLocation::Query(name) => query.set(name, &format_args!("{}{}", scheme.prefix, secret.expose())),
                SchemeLocation::Cookie(name) => {
                    // Encoded like cookie parameters: a `;` in a credential cannot add a cookie.
                    let value = format!("{}{}", scheme.prefix, secret.expose());
                    let value = percent_encoding::utf8_percent_encode(&value, crate::path::QUERY);
                    cookies.push(format!("{name}={value}"));
                }
            }
        }
        Ok(cookies)
    }

    /// The `cookie` header of the credential cookies and the request's cookie parameters.
    fn cookie_header(&self, mut cookies: Vec<String>, headers: &mut HeaderMap) -> Result<(), String> {
        for (name, value) in &self.spec.cookies {
            let value = percent_encoding::utf8_percent_encode(value, crate::path::QUERY);
            cookies.push(format!("{name}={value}"));
        }
        if cookies.is_empty() {
            return Ok(());
        }
        let (_, mut value) = header("cookie", &cookies.join("; "), Some("cookies"))
            .map_err(|_| "a cookie name is not valid in a `cookie` header".to_owned())?;
        value.set_sensitive(true);
        headers.insert(COOKIE, value);
        Ok(())
    }
}

/// The request's body, with its `content-type` header.
async fn body(body: &Body, headers: &mut HeaderMap) -> Result<Option<reqwest::Body>, String> {
    let media_type = |content_type: &str| header("content-type", content_type, Some("the body's media type"));
    Ok(match body {
        Body::Empty => None,
        Body::Json(bytes) => {
            headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
            Some(reqwest::Body::from(bytes.clone()))
        }
        Body::Form(text) => {
            headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/x-www-form-urlencoded"));
            Some(reqwest::Body::from(text.clone()))
        }
        Body::Raw { content_type, bytes } => {
            headers.insert(CONTENT_TYPE, media_type(content_type)?.1);
            Some(reqwest::Body::from(bytes.clone()))
        }
        Body::Upload { content_type, upload } => {
            headers.insert(CONTENT_TYPE, media_type(content_type)?.1);
            Some(upload.body().await?)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::Method;

    static KEY: SecurityScheme = SecurityScheme { name: "key", location: SchemeLocation::Query("api_key"), prefix: "" };
    static TOKEN: SecurityScheme =
        SecurityScheme { name: "token", location: SchemeLocation::Header("authorization"), prefix: "Bearer " };

    fn outgoing<'a>(
        spec: &'a RequestSpec,
        defaults: &'a HeaderMap,
        credentials: &'a [(&'static SecurityScheme, Secret)],
    ) -> Outgoing<'a> {
        Outgoing {
            base_url: "http://localhost/v1",
            default_headers: defaults,
            spec,
            credentials,
            idempotency: None,
            extra_headers: &[],
            timeout: Duration::from_secs(1),
        }
    }

    #[tokio::test]
    async fn places_credentials_and_builds_the_url() {
        let spec = RequestSpec::new("getItem", Method::GET, "/items/{id}", &[&"7"]);
        let defaults = HeaderMap::new();
        let credentials = [(&KEY, Secret::new("k")), (&TOKEN, Secret::new("t"))];
        let request = outgoing(&spec, &defaults, &credentials).build(&reqwest::Client::new()).await;
        let request = request.map_err(|e| format!("{e:?}")).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(request.url().as_str(), "http://localhost/v1/items/7?api_key=k");
        assert_eq!(request.headers()["authorization"], "Bearer t");
        assert_eq!(request.headers()[ACCEPT], "application/json");
    }

    #[tokio::test]
    async fn names_an_invalid_header_without_its_value() {
        let mut spec = RequestSpec::new("getItem", Method::GET, "/items", &[]);
        spec.headers.push(("x-note", "a\nb".to_owned()));
        let defaults = HeaderMap::new();
        let failure = outgoing(&spec, &defaults, &[]).build(&reqwest::Client::new()).await;
        match failure {
            Err(BuildFailure::Invalid(message)) => assert_eq!(
                message,
                "the value of header `x-note` (a header parameter) is not a valid header value (e.g. it holds CR or LF)"
            ),
            other => panic!("expected an invalid header, got {:?}", other.map(|r| r.url().to_string())),
        }
    }

    #[test]
    fn one_check_for_every_header() {
        assert_eq!(header("bad name", "v", None).err().as_deref(), Some("\"bad name\" is not a valid header name"));
        assert_eq!(
            header("bad name", "v", Some("default header `bad name`")).err().as_deref(),
            Some("\"bad name\" (default header `bad name`) is not a valid header name")
        );
    }
}
