// This file is generated from specs/symphony-pod.yaml by `cargo xtask generate`. Do not edit it by hand.

use codegen_runtime::{ClientCore, Method, RequestSpec, RetryPolicy};
use codegen_runtime::{PageKind, Pagination};
use codegen_runtime::{CredentialSource, SchemeLocation, Secret, SecurityScheme};
use crate::ops;
use crate::types;
use crate::ItemStream;
use crate::Call;

static SCHEME_SESSION_TOKEN: SecurityScheme = SecurityScheme {
    name: "sessionToken",
    location: SchemeLocation::Header("sessionToken"),
    prefix: "",
};

static SECURITY_0: &[&[&SecurityScheme]] = &[&[&SCHEME_SESSION_TOKEN]];

static LIST_CONFIGURATIONS_PAGES: Pagination = Pagination {
    kind: PageKind::Offset {
        param: "offset",
    },
    size_param: Some("limit"),
    items: "",
    next: None,
    total: None,
};

static LIST_CONFIGURATION_INSTANCES_PAGES: Pagination = Pagination {
    kind: PageKind::Offset {
        param: "offset",
    },
    size_param: Some("limit"),
    items: "",
    next: None,
    total: None,
};

static LIST_COMPANY_CERTS_PAGES: Pagination = Pagination {
    kind: PageKind::Offset { param: "skip" },
    size_param: Some("limit"),
    items: "",
    next: None,
    total: None,
};

static LIST_POD_MANAGED_COMPANY_CERTS_PAGES: Pagination = Pagination {
    kind: PageKind::Offset { param: "skip" },
    size_param: Some("limit"),
    items: "",
    next: None,
    total: None,
};

static LIST_COMPANY_CERTS_BY_TYPE_PAGES: Pagination = Pagination {
    kind: PageKind::Offset { param: "skip" },
    size_param: Some("limit"),
    items: "",
    next: None,
    total: None,
};

static SEARCH_ROOMS_PAGES: Pagination = Pagination {
    kind: PageKind::Offset { param: "skip" },
    size_param: Some("limit"),
    items: "/rooms",
    next: None,
    total: Some("/count"),
};

/// A client for Symphony Pod API 1.38.0.
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
    /// Sets the credential of the `sessionToken` security scheme, sent in the `sessionToken` header. It never appears in `Debug` output or logs.
    ///
    /// The session token the Authenticator API (`POST /v1/authenticate` on the pod) returns for the caller's client certificate. Sent on every call.
    pub fn session_token(self, value: impl Into<Secret>) -> Self {
        Self {
            inner: self.inner.credential("sessionToken", value.into()),
        }
    }

    /// Like [`ClientBuilder::session_token`], with a source asked for the credential on every call (to rotate or refresh it).
    pub fn session_token_source(self, source: impl CredentialSource + 'static) -> Self {
        Self {
            inner: self.inner.credential("sessionToken", source),
        }
    }

    /// Changes the base URL.
    pub fn base_url(self, base_url: impl Into<String>) -> Self {
        Self {
            inner: self.inner.base_url(base_url),
        }
    }

    /// Uses this `reqwest::Client` (proxies, TLS roots, connection pools). The crate's user
    /// agent is still sent (unless a default header sets another); the connect timeout is the
    /// client's own.
    pub fn http_client(self, http: codegen_runtime::reqwest::Client) -> Self {
        Self {
            inner: self.inner.http_client(http),
        }
    }

    /// Adds a hook run around every attempt of every call: before it is sent (with the
    /// `reqwest::Request`: add a header, sign it) and after its response (metrics, logs).
    pub fn hook(self, hook: impl codegen_runtime::Hook) -> Self {
        Self {
            inner: self.inner.hook(hook),
        }
    }

    /// Sends this header with every request (a call's own headers and credentials take
    /// precedence); an invalid name or value makes [`ClientBuilder::build`] fail.
    pub fn default_header(
        self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        Self {
            inner: self.inner.default_header(name, value),
        }
    }

    /// Sets the retry policy of every call.
    pub fn retry(self, retry: RetryPolicy) -> Self {
        Self {
            inner: self.inner.retry(retry),
        }
    }

    /// Bounds each attempt of every call (30 s by default): with retries a call can run
    /// several times this long; [`ClientBuilder::deadline`] bounds a whole call.
    pub fn attempt_timeout(self, timeout: std::time::Duration) -> Self {
        Self {
            inner: self.inner.attempt_timeout(timeout),
        }
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
        Self {
            inner: self.inner.deadline(deadline),
        }
    }

    /// Sets the connect timeout.
    pub fn connect_timeout(self, timeout: std::time::Duration) -> Self {
        Self {
            inner: self.inner.connect_timeout(timeout),
        }
    }

    /// Builds the client.
    pub fn build(self) -> Result<Client, codegen_runtime::BuildError> {
        Ok(Client {
            core: self.inner.build()?,
        })
    }
}

impl Client {
    /// The base URL of your server: `https://{podHost}/pod` with its variables filled in: `podHost` (e.g. `example.symphony.com`).
    ///
    /// The server differs per customer, so the client has no default base URL: pass this to
    /// [`Client::builder`] or [`Client::new`].
    pub fn server_url(pod_host: &str) -> String {
        format!("https://{}/pod", pod_host)
    }

    /// A client of the API at `base_url`, with default settings and no credentials.
    pub fn new(
        base_url: impl Into<String>,
    ) -> Result<Self, codegen_runtime::BuildError> {
        Self::builder(base_url).build()
    }

    /// A builder for a client of the API at `base_url`.
    pub fn builder(base_url: impl Into<String>) -> ClientBuilder {
        let agent = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));
        ClientBuilder {
            inner: codegen_runtime::ClientBuilder::new(base_url, agent),
        }
    }

    /// A client over an already configured core.
    pub fn from_core(core: ClientCore) -> Self {
        Self { core }
    }

    /// The shared core (base URL, credentials, settings).
    pub fn core(&self) -> &ClientCore {
        &self.core
    }

    /// Get the list of application entitlements for the company
    ///
    /// `GET /v1/admin/app/entitlement/list` (v1AdminAppEntitlementListGet)
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`ListAppEntitlementsError::BadRequest`](crate::errors::ListAppEntitlementsError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`ListAppEntitlementsError::Unauthorized`](crate::errors::ListAppEntitlementsError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`ListAppEntitlementsError::Forbidden`](crate::errors::ListAppEntitlementsError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`ListAppEntitlementsError::InternalServerError`](crate::errors::ListAppEntitlementsError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListAppEntitlementsError`](crate::errors::ListAppEntitlementsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.list_app_entitlements().await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_app_entitlements(
        &self,
    ) -> Call<types::PodAppEntitlementList, ops::ListAppEntitlements> {
        let mut req = RequestSpec::new(
            "v1AdminAppEntitlementListGet",
            Method::GET,
            "/v1/admin/app/entitlement/list",
            &[],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Update the application entitlements for the company
    ///
    /// `POST /v1/admin/app/entitlement/list` (v1AdminAppEntitlementListPost)
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`UpdateAppEntitlementsError::BadRequest`](crate::errors::UpdateAppEntitlementsError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`UpdateAppEntitlementsError::Unauthorized`](crate::errors::UpdateAppEntitlementsError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`UpdateAppEntitlementsError::Forbidden`](crate::errors::UpdateAppEntitlementsError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`UpdateAppEntitlementsError::InternalServerError`](crate::errors::UpdateAppEntitlementsError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateAppEntitlementsError`](crate::errors::UpdateAppEntitlementsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, body: types :: PodAppEntitlementList) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.update_app_entitlements(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_app_entitlements(
        &self,
        body: &types::PodAppEntitlementList,
    ) -> Call<types::PodAppEntitlementList, ops::UpdateAppEntitlements> {
        let mut req = RequestSpec::new(
            "v1AdminAppEntitlementListPost",
            Method::POST,
            "/v1/admin/app/entitlement/list",
            &[],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get the list of application entitlements for this user
    ///
    /// `GET /v1/admin/user/{uid}/app/entitlement/list` (v1AdminUserUidAppEntitlementListGet)
    ///
    /// # Parameters
    ///
    /// - `uid` (path): User ID as a decimal integer
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`ListUserAppEntitlementsError::BadRequest`](crate::errors::ListUserAppEntitlementsError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`ListUserAppEntitlementsError::Unauthorized`](crate::errors::ListUserAppEntitlementsError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`ListUserAppEntitlementsError::Forbidden`](crate::errors::ListUserAppEntitlementsError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`ListUserAppEntitlementsError::InternalServerError`](crate::errors::ListUserAppEntitlementsError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListUserAppEntitlementsError`](crate::errors::ListUserAppEntitlementsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, uid: i64) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.list_user_app_entitlements(uid).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_user_app_entitlements(
        &self,
        uid: i64,
    ) -> Call<types::UserAppEntitlementList, ops::ListUserAppEntitlements> {
        let mut req = RequestSpec::new(
            "v1AdminUserUidAppEntitlementListGet",
            Method::GET,
            "/v1/admin/user/{uid}/app/entitlement/list",
            &[&uid],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Update the application entitlements for this user
    ///
    /// `POST /v1/admin/user/{uid}/app/entitlement/list` (v1AdminUserUidAppEntitlementListPost)
    ///
    /// # Parameters
    ///
    /// - `uid` (path): User ID as a decimal integer
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`UpdateUserAppEntitlementsError::BadRequest`](crate::errors::UpdateUserAppEntitlementsError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`UpdateUserAppEntitlementsError::Unauthorized`](crate::errors::UpdateUserAppEntitlementsError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`UpdateUserAppEntitlementsError::Forbidden`](crate::errors::UpdateUserAppEntitlementsError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`UpdateUserAppEntitlementsError::InternalServerError`](crate::errors::UpdateUserAppEntitlementsError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateUserAppEntitlementsError`](crate::errors::UpdateUserAppEntitlementsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, uid: i64, body: types :: UserAppEntitlementList) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.update_user_app_entitlements(uid, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_user_app_entitlements(
        &self,
        uid: i64,
        body: &types::UserAppEntitlementList,
    ) -> Call<types::UserAppEntitlementList, ops::UpdateUserAppEntitlements> {
        let mut req = RequestSpec::new(
            "v1AdminUserUidAppEntitlementListPost",
            Method::POST,
            "/v1/admin/user/{uid}/app/entitlement/list",
            &[&uid],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Gets a Configuration object.
    ///
    /// `GET /v1/configuration/{configurationId}/get` (v1ConfigurationConfigurationIdGetGet)
    ///
    /// A caller can get a Configuration object for a given ID.
    ///
    /// If the {configurationId} is invalid, a client error results.
    ///
    /// If the ID is correct, then 200 is returned along with the Configuration.
    ///
    /// # Parameters
    ///
    /// - `configuration_id` (path `configurationId`): Configuration ID
    ///
    /// # Responses
    ///
    /// - `200`: OK.
    /// - `400`, [`GetConfigurationError::BadRequest`](crate::errors::GetConfigurationError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`GetConfigurationError::Unauthorized`](crate::errors::GetConfigurationError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`GetConfigurationError::Forbidden`](crate::errors::GetConfigurationError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`GetConfigurationError::InternalServerError`](crate::errors::GetConfigurationError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetConfigurationError`](crate::errors::GetConfigurationError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, configuration_id: & str) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.get_configuration(configuration_id).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_configuration(
        &self,
        configuration_id: &str,
    ) -> Call<types::Configuration, ops::GetConfiguration> {
        let mut req = RequestSpec::new(
            "v1ConfigurationConfigurationIdGetGet",
            Method::GET,
            "/v1/configuration/{configurationId}/get",
            &[&configuration_id],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Update a Configuration object.
    ///
    /// `PUT /v1/configuration/{configurationId}/update` (v1ConfigurationConfigurationIdUpdatePut)
    ///
    /// A caller can update a Configuration object.
    ///
    /// If the {configurationId} is invalid, a client error results.
    ///
    /// The identifiers in the path win over those in the body.
    ///
    /// # Parameters
    ///
    /// - `configuration_id` (path `configurationId`): Configuration ID
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: OK.
    /// - `400`, [`UpdateConfigurationError::BadRequest`](crate::errors::UpdateConfigurationError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`UpdateConfigurationError::Unauthorized`](crate::errors::UpdateConfigurationError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`UpdateConfigurationError::Forbidden`](crate::errors::UpdateConfigurationError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`UpdateConfigurationError::InternalServerError`](crate::errors::UpdateConfigurationError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateConfigurationError`](crate::errors::UpdateConfigurationError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, configuration_id: & str, body: types :: Configuration) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.update_configuration(configuration_id, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_configuration(
        &self,
        configuration_id: &str,
        body: &types::Configuration,
    ) -> Call<types::Configuration, ops::UpdateConfiguration> {
        let mut req = RequestSpec::new(
            "v1ConfigurationConfigurationIdUpdatePut",
            Method::PUT,
            "/v1/configuration/{configurationId}/update",
            &[&configuration_id],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Create a Configuration object.
    ///
    /// `POST /v1/configuration/create` (v1ConfigurationCreatePost)
    ///
    /// A caller can create a Configuration object.
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: OK.
    /// - `400`, [`CreateConfigurationError::BadRequest`](crate::errors::CreateConfigurationError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`CreateConfigurationError::Unauthorized`](crate::errors::CreateConfigurationError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`CreateConfigurationError::Forbidden`](crate::errors::CreateConfigurationError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`CreateConfigurationError::InternalServerError`](crate::errors::CreateConfigurationError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateConfigurationError`](crate::errors::CreateConfigurationError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, body: types :: ConfigurationSubmissionCreate) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.create_configuration(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn create_configuration(
        &self,
        body: &types::ConfigurationSubmissionCreate,
    ) -> Call<types::Configuration, ops::CreateConfiguration> {
        let mut req = RequestSpec::new(
            "v1ConfigurationCreatePost",
            Method::POST,
            "/v1/configuration/create",
            &[],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Gets a list of Configurations.
    ///
    /// `GET /v1/configuration/list` (v1ConfigurationListGet)
    ///
    /// A caller can get all Configuration objects.
    ///
    /// If there are no Configurations to return, a 204 response will be returned.
    ///
    /// # Parameters
    ///
    /// - `offset` (query, optional: `.offset(…)` on the call): No. of Configurations to skip.
    /// - `limit` (query, optional: `.limit(…)` on the call): Max no. of Configurations to return. If no value is provided, 50 is the default.
    ///
    /// # Responses
    ///
    /// - `200`: OK.
    /// - `204`: No Configurations.
    /// - `400`, [`ListConfigurationsError::BadRequest`](crate::errors::ListConfigurationsError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`ListConfigurationsError::Unauthorized`](crate::errors::ListConfigurationsError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`ListConfigurationsError::Forbidden`](crate::errors::ListConfigurationsError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`ListConfigurationsError::InternalServerError`](crate::errors::ListConfigurationsError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListConfigurationsError`](crate::errors::ListConfigurationsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::TryStreamExt;
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.list_configurations()
    ///     .offset(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_configurations().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_configurations(
        &self,
    ) -> Call<Option<types::ConfigurationList>, ops::ListConfigurations> {
        let mut req = RequestSpec::new(
            "v1ConfigurationListGet",
            Method::GET,
            "/v1/configuration/list",
            &[],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        Call::new(
            codegen_runtime::Call::new(
                &self.core,
                req,
                codegen_runtime::decode_json_optional,
            ),
        )
    }

    /// Create a Configuration Instance object.
    ///
    /// `POST /v1/configuration/{configurationId}/instance/create` (v1ConfigurationConfigurationIdInstanceCreatePost)
    ///
    /// A caller can create a Configuration Instance object.
    ///
    /// If the {configurationId} is invalid, a client error results.
    ///
    /// # Parameters
    ///
    /// - `configuration_id` (path `configurationId`): Configuration ID
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: OK
    /// - `400`, [`CreateConfigurationInstanceError::BadRequest`](crate::errors::CreateConfigurationInstanceError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`CreateConfigurationInstanceError::Unauthorized`](crate::errors::CreateConfigurationInstanceError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`CreateConfigurationInstanceError::Forbidden`](crate::errors::CreateConfigurationInstanceError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`CreateConfigurationInstanceError::InternalServerError`](crate::errors::CreateConfigurationInstanceError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateConfigurationInstanceError`](crate::errors::CreateConfigurationInstanceError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, configuration_id: & str, body: types :: ConfigurationInstanceSubmissionCreate) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.create_configuration_instance(configuration_id, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn create_configuration_instance(
        &self,
        configuration_id: &str,
        body: &types::ConfigurationInstanceSubmissionCreate,
    ) -> Call<types::ConfigurationInstance, ops::CreateConfigurationInstance> {
        let mut req = RequestSpec::new(
            "v1ConfigurationConfigurationIdInstanceCreatePost",
            Method::POST,
            "/v1/configuration/{configurationId}/instance/create",
            &[&configuration_id],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get a configuration Instance from a Configuration.
    ///
    /// `GET /v1/configuration/{configurationId}/instance/{instanceId}/get` (v1ConfigurationConfigurationIdInstanceInstanceIdGetGet)
    ///
    /// A caller can get a configuration Instance object for a given Configuration and Instance ID.
    ///
    /// If the {configurationId} is invalid, a client error results.
    ///
    /// If the {instanceId} is invalid, a client error results.
    ///
    /// If the ID is correct, then 200 is returned along with the configuration
    /// Instance.
    ///
    /// # Parameters
    ///
    /// - `configuration_id` (path `configurationId`): Configuration ID
    /// - `instance_id` (path `instanceId`): Configuration Instance ID
    ///
    /// # Responses
    ///
    /// - `200`: OK
    /// - `400`, [`GetConfigurationInstanceError::BadRequest`](crate::errors::GetConfigurationInstanceError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`GetConfigurationInstanceError::Unauthorized`](crate::errors::GetConfigurationInstanceError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`GetConfigurationInstanceError::Forbidden`](crate::errors::GetConfigurationInstanceError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`GetConfigurationInstanceError::InternalServerError`](crate::errors::GetConfigurationInstanceError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetConfigurationInstanceError`](crate::errors::GetConfigurationInstanceError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, configuration_id: & str, instance_id: & str) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.get_configuration_instance(configuration_id, instance_id).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_configuration_instance(
        &self,
        configuration_id: &str,
        instance_id: &str,
    ) -> Call<types::ConfigurationInstance, ops::GetConfigurationInstance> {
        let mut req = RequestSpec::new(
            "v1ConfigurationConfigurationIdInstanceInstanceIdGetGet",
            Method::GET,
            "/v1/configuration/{configurationId}/instance/{instanceId}/get",
            &[&configuration_id, &instance_id],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Update a configuration Instance object.
    ///
    /// `PUT /v1/configuration/{configurationId}/instance/{instanceId}/update` (v1ConfigurationConfigurationIdInstanceInstanceIdUpdatePut)
    ///
    /// A caller can update a configuration Instance object.
    ///
    /// If the {configurationId} is invalid, a client error results.
    ///
    /// If the {instanceId} is invalid, a client error results.
    ///
    /// The identifiers in the path win over those in the body.
    ///
    /// # Parameters
    ///
    /// - `configuration_id` (path `configurationId`): Configuration ID
    /// - `instance_id` (path `instanceId`): Configuration Instance ID
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: OK
    /// - `400`, [`UpdateConfigurationInstanceError::BadRequest`](crate::errors::UpdateConfigurationInstanceError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`UpdateConfigurationInstanceError::Unauthorized`](crate::errors::UpdateConfigurationInstanceError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`UpdateConfigurationInstanceError::Forbidden`](crate::errors::UpdateConfigurationInstanceError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`UpdateConfigurationInstanceError::InternalServerError`](crate::errors::UpdateConfigurationInstanceError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateConfigurationInstanceError`](crate::errors::UpdateConfigurationInstanceError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, configuration_id: & str, instance_id: & str, body: types :: ConfigurationInstanceSubmissionUpdate) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.update_configuration_instance(configuration_id, instance_id, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_configuration_instance(
        &self,
        configuration_id: &str,
        instance_id: &str,
        body: &types::ConfigurationInstanceSubmissionUpdate,
    ) -> Call<types::ConfigurationInstance, ops::UpdateConfigurationInstance> {
        let mut req = RequestSpec::new(
            "v1ConfigurationConfigurationIdInstanceInstanceIdUpdatePut",
            Method::PUT,
            "/v1/configuration/{configurationId}/instance/{instanceId}/update",
            &[&configuration_id, &instance_id],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get a list of configuration Instances from a Configuration.
    ///
    /// `GET /v1/configuration/{configurationId}/instance/list` (v1ConfigurationConfigurationIdInstanceListGet)
    ///
    /// A caller can get all configuration Instance objects for a given Configuration ID.
    ///
    /// If the {configurationId} is invalid, a client error results.
    ///
    /// If there are no configuration Instances to return, a 204 response will be
    /// returned.
    ///
    /// # Parameters
    ///
    /// - `configuration_id` (path `configurationId`): Configuration ID
    /// - `offset` (query, optional: `.offset(…)` on the call): No. of configuration Instances to skip.
    /// - `limit` (query, optional: `.limit(…)` on the call): Max no. of configuration Instances to return. If no value is provided, 50 is the default.
    ///
    /// # Responses
    ///
    /// - `200`: OK.
    /// - `204`: No configuration Instances.
    /// - `400`, [`ListConfigurationInstancesError::BadRequest`](crate::errors::ListConfigurationInstancesError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`ListConfigurationInstancesError::Unauthorized`](crate::errors::ListConfigurationInstancesError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`ListConfigurationInstancesError::Forbidden`](crate::errors::ListConfigurationInstancesError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`ListConfigurationInstancesError::InternalServerError`](crate::errors::ListConfigurationInstancesError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListConfigurationInstancesError`](crate::errors::ListConfigurationInstancesError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::TryStreamExt;
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, configuration_id: & str) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.list_configuration_instances(configuration_id)
    ///     .offset(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_configuration_instances(configuration_id).stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_configuration_instances(
        &self,
        configuration_id: &str,
    ) -> Call<
        Option<types::ConfigurationInstanceList>,
        ops::ListConfigurationInstances,
    > {
        let mut req = RequestSpec::new(
            "v1ConfigurationConfigurationIdInstanceListGet",
            Method::GET,
            "/v1/configuration/{configurationId}/instance/list",
            &[&configuration_id],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        Call::new(
            codegen_runtime::Call::new(
                &self.core,
                req,
                codegen_runtime::decode_json_optional,
            ),
        )
    }

    /// Create a new disclaimer. The id and timestamps should not be set, they will be assigned in the response.
    ///
    /// `POST /v1/admin/disclaimer/create` (v1AdminDisclaimerCreatePost)
    ///
    /// **Provisional:** this operation is in limited release and may change.
    ///
    /// PROVISIONAL: the vendor may change or remove this call.
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: The created disclaimer
    /// - `400`, [`CreateDisclaimerError::BadRequest`](crate::errors::CreateDisclaimerError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`CreateDisclaimerError::Unauthorized`](crate::errors::CreateDisclaimerError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`CreateDisclaimerError::Forbidden`](crate::errors::CreateDisclaimerError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`CreateDisclaimerError::InternalServerError`](crate::errors::CreateDisclaimerError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateDisclaimerError`](crate::errors::CreateDisclaimerError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, body: types :: Disclaimer) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.create_disclaimer(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn create_disclaimer(
        &self,
        body: &types::Disclaimer,
    ) -> Call<types::Disclaimer, ops::CreateDisclaimer> {
        let mut req = RequestSpec::new(
            "v1AdminDisclaimerCreatePost",
            Method::POST,
            "/v1/admin/disclaimer/create",
            &[],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get a disclaimer by disclaimer id
    ///
    /// `GET /v1/admin/disclaimer/{did}` (v1AdminDisclaimerDidGet)
    ///
    /// # Parameters
    ///
    /// - `did` (path): Disclaimer ID
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`GetDisclaimerError::BadRequest`](crate::errors::GetDisclaimerError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`GetDisclaimerError::Unauthorized`](crate::errors::GetDisclaimerError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`GetDisclaimerError::Forbidden`](crate::errors::GetDisclaimerError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`GetDisclaimerError::InternalServerError`](crate::errors::GetDisclaimerError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetDisclaimerError`](crate::errors::GetDisclaimerError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, did: & str) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.get_disclaimer(did).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_disclaimer(
        &self,
        did: &str,
    ) -> Call<types::Disclaimer, ops::GetDisclaimer> {
        let mut req = RequestSpec::new(
            "v1AdminDisclaimerDidGet",
            Method::GET,
            "/v1/admin/disclaimer/{did}",
            &[&did],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Modify a disclaimer
    ///
    /// `POST /v1/admin/disclaimer/{did}/update` (v1AdminDisclaimerDidUpdatePost)
    ///
    /// **Provisional:** this operation is in limited release and may change.
    ///
    /// PROVISIONAL: the vendor may change or remove this call.
    ///
    /// # Parameters
    ///
    /// - `did` (path): Disclaimer ID
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`UpdateDisclaimerError::BadRequest`](crate::errors::UpdateDisclaimerError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`UpdateDisclaimerError::Unauthorized`](crate::errors::UpdateDisclaimerError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`UpdateDisclaimerError::Forbidden`](crate::errors::UpdateDisclaimerError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`UpdateDisclaimerError::InternalServerError`](crate::errors::UpdateDisclaimerError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateDisclaimerError`](crate::errors::UpdateDisclaimerError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, did: & str, body: types :: Disclaimer) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.update_disclaimer(did, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_disclaimer(
        &self,
        did: &str,
        body: &types::Disclaimer,
    ) -> Call<types::Disclaimer, ops::UpdateDisclaimer> {
        let mut req = RequestSpec::new(
            "v1AdminDisclaimerDidUpdatePost",
            Method::POST,
            "/v1/admin/disclaimer/{did}/update",
            &[&did],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// List all users assigned to this disclaimer
    ///
    /// `GET /v1/admin/disclaimer/{did}/users` (v1AdminDisclaimerDidUsersGet)
    ///
    /// # Parameters
    ///
    /// - `did` (path): Disclaimer ID
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`ListDisclaimerUsersError::BadRequest`](crate::errors::ListDisclaimerUsersError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`ListDisclaimerUsersError::Unauthorized`](crate::errors::ListDisclaimerUsersError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`ListDisclaimerUsersError::Forbidden`](crate::errors::ListDisclaimerUsersError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`ListDisclaimerUsersError::InternalServerError`](crate::errors::ListDisclaimerUsersError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListDisclaimerUsersError`](crate::errors::ListDisclaimerUsersError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, did: & str) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.list_disclaimer_users(did).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_disclaimer_users(
        &self,
        did: &str,
    ) -> Call<types::UserIdList, ops::ListDisclaimerUsers> {
        let mut req = RequestSpec::new(
            "v1AdminDisclaimerDidUsersGet",
            Method::GET,
            "/v1/admin/disclaimer/{did}/users",
            &[&did],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// List all disclaimers for the company (pod)
    ///
    /// `GET /v1/admin/disclaimer/list` (v1AdminDisclaimerListGet)
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`ListDisclaimersError::BadRequest`](crate::errors::ListDisclaimersError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`ListDisclaimersError::Unauthorized`](crate::errors::ListDisclaimersError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`ListDisclaimersError::Forbidden`](crate::errors::ListDisclaimersError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`ListDisclaimersError::InternalServerError`](crate::errors::ListDisclaimersError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListDisclaimersError`](crate::errors::ListDisclaimersError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.list_disclaimers().await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_disclaimers(&self) -> Call<types::DisclaimerList, ops::ListDisclaimers> {
        let mut req = RequestSpec::new(
            "v1AdminDisclaimerListGet",
            Method::GET,
            "/v1/admin/disclaimer/list",
            &[],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Add members to an Information Barrier group.
    ///
    /// `POST /v1/admin/group/{gid}/membership/add` (v1AdminGroupGidMembershipAddPost)
    ///
    /// # Parameters
    ///
    /// - `gid` (path): URL-Safe encoded Group ID
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`AddGroupMembersError::BadRequest`](crate::errors::AddGroupMembersError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`AddGroupMembersError::Unauthorized`](crate::errors::AddGroupMembersError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`AddGroupMembersError::Forbidden`](crate::errors::AddGroupMembersError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`AddGroupMembersError::InternalServerError`](crate::errors::AddGroupMembersError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`AddGroupMembersError`](crate::errors::AddGroupMembersError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, gid: & str, body: types :: IntegerList) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.add_group_members(gid, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn add_group_members(
        &self,
        gid: &str,
        body: &types::IntegerList,
    ) -> Call<types::BulkActionResult, ops::AddGroupMembers> {
        let mut req = RequestSpec::new(
            "v1AdminGroupGidMembershipAddPost",
            Method::POST,
            "/v1/admin/group/{gid}/membership/add",
            &[&gid],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get the list of userids in this Information Barrier Group
    ///
    /// `GET /v1/admin/group/{gid}/membership/list` (v1AdminGroupGidMembershipListGet)
    ///
    /// # Parameters
    ///
    /// - `gid` (path): URL-Safe encoded Group ID
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`ListGroupMembersError::BadRequest`](crate::errors::ListGroupMembersError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`ListGroupMembersError::Unauthorized`](crate::errors::ListGroupMembersError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`ListGroupMembersError::Forbidden`](crate::errors::ListGroupMembersError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`ListGroupMembersError::InternalServerError`](crate::errors::ListGroupMembersError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListGroupMembersError`](crate::errors::ListGroupMembersError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, gid: & str) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.list_group_members(gid).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_group_members(
        &self,
        gid: &str,
    ) -> Call<types::IntegerList, ops::ListGroupMembers> {
        let mut req = RequestSpec::new(
            "v1AdminGroupGidMembershipListGet",
            Method::GET,
            "/v1/admin/group/{gid}/membership/list",
            &[&gid],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Remove members from an Information Barrier group
    ///
    /// `POST /v1/admin/group/{gid}/membership/remove` (v1AdminGroupGidMembershipRemovePost)
    ///
    /// # Parameters
    ///
    /// - `gid` (path): URL-Safe encoded Group ID
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`RemoveGroupMembersError::BadRequest`](crate::errors::RemoveGroupMembersError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`RemoveGroupMembersError::Unauthorized`](crate::errors::RemoveGroupMembersError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`RemoveGroupMembersError::Forbidden`](crate::errors::RemoveGroupMembersError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`RemoveGroupMembersError::InternalServerError`](crate::errors::RemoveGroupMembersError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`RemoveGroupMembersError`](crate::errors::RemoveGroupMembersError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, gid: & str, body: types :: IntegerList) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.remove_group_members(gid, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn remove_group_members(
        &self,
        gid: &str,
        body: &types::IntegerList,
    ) -> Call<types::BulkActionResult, ops::RemoveGroupMembers> {
        let mut req = RequestSpec::new(
            "v1AdminGroupGidMembershipRemovePost",
            Method::POST,
            "/v1/admin/group/{gid}/membership/remove",
            &[&gid],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get a list of all Information Barrier Groups
    ///
    /// `GET /v1/admin/group/list` (v1AdminGroupListGet)
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`ListGroupsError::BadRequest`](crate::errors::ListGroupsError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`ListGroupsError::Unauthorized`](crate::errors::ListGroupsError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`ListGroupsError::Forbidden`](crate::errors::ListGroupsError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`ListGroupsError::InternalServerError`](crate::errors::ListGroupsError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListGroupsError`](crate::errors::ListGroupsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.list_groups().await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_groups(&self) -> Call<types::GroupList, ops::ListGroups> {
        let mut req = RequestSpec::new(
            "v1AdminGroupListGet",
            Method::GET,
            "/v1/admin/group/list",
            &[],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get all Information Policies
    ///
    /// `GET /v1/admin/policy/list` (v1AdminPolicyListGet)
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`ListPoliciesError::BadRequest`](crate::errors::ListPoliciesError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`ListPoliciesError::Unauthorized`](crate::errors::ListPoliciesError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`ListPoliciesError::Forbidden`](crate::errors::ListPoliciesError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`ListPoliciesError::InternalServerError`](crate::errors::ListPoliciesError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListPoliciesError`](crate::errors::ListPoliciesError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.list_policies().await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_policies(&self) -> Call<types::PolicyList, ops::ListPolicies> {
        let mut req = RequestSpec::new(
            "v1AdminPolicyListGet",
            Method::GET,
            "/v1/admin/policy/list",
            &[],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Suppress a message
    ///
    /// `POST /v1/admin/messagesuppression/{id}/suppress` (v1AdminMessagesuppressionIdSuppressPost)
    ///
    /// # Parameters
    ///
    /// - `id` (path): URL-Safe encoded Message ID
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`SuppressMessageError::BadRequest`](crate::errors::SuppressMessageError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`SuppressMessageError::Unauthorized`](crate::errors::SuppressMessageError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`SuppressMessageError::Forbidden`](crate::errors::SuppressMessageError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`SuppressMessageError::InternalServerError`](crate::errors::SuppressMessageError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`SuppressMessageError`](crate::errors::SuppressMessageError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, id: & str) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.suppress_message(id).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn suppress_message(
        &self,
        id: &str,
    ) -> Call<types::MessageSuppressionResponse, ops::SuppressMessage> {
        let mut req = RequestSpec::new(
            "v1AdminMessagesuppressionIdSuppressPost",
            Method::POST,
            "/v1/admin/messagesuppression/{id}/suppress",
            &[&id],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get presence information about all company (pod) users.
    ///
    /// `GET /v1/presence` (v1PresenceGet)
    ///
    /// The returned data is taken from the in-memory cache for performance
    /// reasons which means inactive users may be omitted from the response.
    ///
    /// All non-inactive users WILL be returned and some inactive users MAY
    /// be included. Any omitted user IS inactive.
    ///
    /// # Responses
    ///
    /// - `200`: OK
    /// - `400`, [`ListPresenceError::BadRequest`](crate::errors::ListPresenceError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`ListPresenceError::Unauthorized`](crate::errors::ListPresenceError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`ListPresenceError::Forbidden`](crate::errors::ListPresenceError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`ListPresenceError::InternalServerError`](crate::errors::ListPresenceError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListPresenceError`](crate::errors::ListPresenceError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.list_presence().await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_presence(&self) -> Call<types::PresenceList, ops::ListPresence> {
        let mut req = RequestSpec::new(
            "v1PresenceGet",
            Method::GET,
            "/v1/presence",
            &[],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get presence information about a particular user.
    ///
    /// `GET /v1/user/{uid}/presence` (v1UserUidPresenceGet)
    ///
    /// # Parameters
    ///
    /// - `uid` (path): User ID as a decimal integer
    ///
    /// # Responses
    ///
    /// - `200`: OK
    /// - `400`, [`GetUserPresenceError::BadRequest`](crate::errors::GetUserPresenceError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`GetUserPresenceError::Unauthorized`](crate::errors::GetUserPresenceError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`GetUserPresenceError::Forbidden`](crate::errors::GetUserPresenceError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`GetUserPresenceError::InternalServerError`](crate::errors::GetUserPresenceError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetUserPresenceError`](crate::errors::GetUserPresenceError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, uid: i64) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.get_user_presence(uid).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_user_presence(
        &self,
        uid: i64,
    ) -> Call<types::Presence, ops::GetUserPresence> {
        let mut req = RequestSpec::new(
            "v1UserUidPresenceGet",
            Method::GET,
            "/v1/user/{uid}/presence",
            &[&uid],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Set presence information for a particular user.
    ///
    /// `POST /v1/user/{uid}/presence` (v1UserUidPresencePost)
    ///
    /// **Provisional:** this operation is in limited release and may change.
    ///
    /// Only the following states can be set
    /// AVAILABLE
    /// BUSY
    /// ON_THE_PHONE
    /// AWAY
    ///
    /// Attempts to set other states will result in a 403 FORBIDDEN response.
    ///
    /// The UNDEFINED value is an error case used to represent the case if the value stored in the
    /// system cannot be represented by the values known to the API.
    ///
    /// The other states are reserved for future use.
    ///
    /// LIMITED RELEASE: available on some pods only.
    ///
    /// # Parameters
    ///
    /// - `uid` (path): User ID as a decimal integer
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: OK
    /// - `400`, [`SetUserPresenceError::BadRequest`](crate::errors::SetUserPresenceError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`SetUserPresenceError::Unauthorized`](crate::errors::SetUserPresenceError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`SetUserPresenceError::Forbidden`](crate::errors::SetUserPresenceError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`SetUserPresenceError::InternalServerError`](crate::errors::SetUserPresenceError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`SetUserPresenceError`](crate::errors::SetUserPresenceError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, uid: i64, body: types :: Presence) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.set_user_presence(uid, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn set_user_presence(
        &self,
        uid: i64,
        body: &types::Presence,
    ) -> Call<types::Presence, ops::SetUserPresence> {
        let mut req = RequestSpec::new(
            "v1UserUidPresencePost",
            Method::POST,
            "/v1/user/{uid}/presence",
            &[&uid],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Adds new member to an existing room.
    ///
    /// `POST /v1/room/{id}/membership/add` (v1RoomIdMembershipAddPost)
    ///
    /// # Parameters
    ///
    /// - `id` (path): Room streamId
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: OK
    /// - `400`, [`AddRoomMemberError::BadRequest`](crate::errors::AddRoomMemberError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`AddRoomMemberError::Unauthorized`](crate::errors::AddRoomMemberError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`AddRoomMemberError::Forbidden`](crate::errors::AddRoomMemberError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`AddRoomMemberError::InternalServerError`](crate::errors::AddRoomMemberError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`AddRoomMemberError`](crate::errors::AddRoomMemberError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, id: & str, body: types :: UserId) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.add_room_member(id, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn add_room_member(
        &self,
        id: &str,
        body: &types::UserId,
    ) -> Call<types::SuccessResponse, ops::AddRoomMember> {
        let mut req = RequestSpec::new(
            "v1RoomIdMembershipAddPost",
            Method::POST,
            "/v1/room/{id}/membership/add",
            &[&id],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Demotes room owner.
    ///
    /// `POST /v1/room/{id}/membership/demoteOwner` (v1RoomIdMembershipDemoteOwnerPost)
    ///
    /// # Parameters
    ///
    /// - `id` (path): Room streamId
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: OK
    /// - `400`, [`DemoteRoomOwnerError::BadRequest`](crate::errors::DemoteRoomOwnerError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`DemoteRoomOwnerError::Unauthorized`](crate::errors::DemoteRoomOwnerError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`DemoteRoomOwnerError::Forbidden`](crate::errors::DemoteRoomOwnerError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`DemoteRoomOwnerError::InternalServerError`](crate::errors::DemoteRoomOwnerError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DemoteRoomOwnerError`](crate::errors::DemoteRoomOwnerError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, id: & str, body: types :: UserId) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.demote_room_owner(id, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn demote_room_owner(
        &self,
        id: &str,
        body: &types::UserId,
    ) -> Call<types::SuccessResponse, ops::DemoteRoomOwner> {
        let mut req = RequestSpec::new(
            "v1RoomIdMembershipDemoteOwnerPost",
            Method::POST,
            "/v1/room/{id}/membership/demoteOwner",
            &[&id],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Lists the members of an existing room.
    ///
    /// `GET /v1/room/{id}/membership/list` (v1RoomIdMembershipListGet)
    ///
    /// # Parameters
    ///
    /// - `id` (path): Room streamId
    ///
    /// # Responses
    ///
    /// - `200`: OK
    /// - `400`, [`ListRoomMembersError::BadRequest`](crate::errors::ListRoomMembersError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`ListRoomMembersError::Unauthorized`](crate::errors::ListRoomMembersError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`ListRoomMembersError::Forbidden`](crate::errors::ListRoomMembersError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`ListRoomMembersError::InternalServerError`](crate::errors::ListRoomMembersError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListRoomMembersError`](crate::errors::ListRoomMembersError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, id: & str) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.list_room_members(id).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_room_members(
        &self,
        id: &str,
    ) -> Call<types::MembershipList, ops::ListRoomMembers> {
        let mut req = RequestSpec::new(
            "v1RoomIdMembershipListGet",
            Method::GET,
            "/v1/room/{id}/membership/list",
            &[&id],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Promotes user to owner.
    ///
    /// `POST /v1/room/{id}/membership/promoteOwner` (v1RoomIdMembershipPromoteOwnerPost)
    ///
    /// # Parameters
    ///
    /// - `id` (path): Room streamId
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: OK
    /// - `400`, [`PromoteRoomOwnerError::BadRequest`](crate::errors::PromoteRoomOwnerError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`PromoteRoomOwnerError::Unauthorized`](crate::errors::PromoteRoomOwnerError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`PromoteRoomOwnerError::Forbidden`](crate::errors::PromoteRoomOwnerError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`PromoteRoomOwnerError::InternalServerError`](crate::errors::PromoteRoomOwnerError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`PromoteRoomOwnerError`](crate::errors::PromoteRoomOwnerError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, id: & str, body: types :: UserId) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.promote_room_owner(id, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn promote_room_owner(
        &self,
        id: &str,
        body: &types::UserId,
    ) -> Call<types::SuccessResponse, ops::PromoteRoomOwner> {
        let mut req = RequestSpec::new(
            "v1RoomIdMembershipPromoteOwnerPost",
            Method::POST,
            "/v1/room/{id}/membership/promoteOwner",
            &[&id],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Removes member from an existing room.
    ///
    /// `POST /v1/room/{id}/membership/remove` (v1RoomIdMembershipRemovePost)
    ///
    /// # Parameters
    ///
    /// - `id` (path): Room streamId
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: OK
    /// - `400`, [`RemoveRoomMemberError::BadRequest`](crate::errors::RemoveRoomMemberError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`RemoveRoomMemberError::Unauthorized`](crate::errors::RemoveRoomMemberError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`RemoveRoomMemberError::Forbidden`](crate::errors::RemoveRoomMemberError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`RemoveRoomMemberError::InternalServerError`](crate::errors::RemoveRoomMemberError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`RemoveRoomMemberError`](crate::errors::RemoveRoomMemberError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, id: & str, body: types :: UserId) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.remove_room_member(id, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn remove_room_member(
        &self,
        id: &str,
        body: &types::UserId,
    ) -> Call<types::SuccessResponse, ops::RemoveRoomMember> {
        let mut req = RequestSpec::new(
            "v1RoomIdMembershipRemovePost",
            Method::POST,
            "/v1/room/{id}/membership/remove",
            &[&id],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Create a company trusted or untrusted certificate
    ///
    /// `POST /v1/companycert/create` (v1CompanycertCreatePost)
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`CreateCompanyCertError::BadRequest`](crate::errors::CreateCompanyCertError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`CreateCompanyCertError::Unauthorized`](crate::errors::CreateCompanyCertError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`CreateCompanyCertError::Forbidden`](crate::errors::CreateCompanyCertError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`CreateCompanyCertError::InternalServerError`](crate::errors::CreateCompanyCertError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateCompanyCertError`](crate::errors::CreateCompanyCertError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, body: types :: CompanyCert) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.create_company_cert(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn create_company_cert(
        &self,
        body: &types::CompanyCert,
    ) -> Call<types::SuccessResponse, ops::CreateCompanyCert> {
        let mut req = RequestSpec::new(
            "v1CompanycertCreatePost",
            Method::POST,
            "/v1/companycert/create",
            &[],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Delete a company certificate
    ///
    /// `POST /v1/companycert/delete` (v1CompanycertDeletePost)
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`DeleteCompanyCertError::BadRequest`](crate::errors::DeleteCompanyCertError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`DeleteCompanyCertError::Unauthorized`](crate::errors::DeleteCompanyCertError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`DeleteCompanyCertError::Forbidden`](crate::errors::DeleteCompanyCertError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`DeleteCompanyCertError::InternalServerError`](crate::errors::DeleteCompanyCertError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeleteCompanyCertError`](crate::errors::DeleteCompanyCertError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, body: types :: StringId) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.delete_company_cert(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn delete_company_cert(
        &self,
        body: &types::StringId,
    ) -> Call<types::SuccessResponse, ops::DeleteCompanyCert> {
        let mut req = RequestSpec::new(
            "v1CompanycertDeletePost",
            Method::POST,
            "/v1/companycert/delete",
            &[],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get the details of a company certificate
    ///
    /// `GET /v1/companycert/{fingerPrint}/get` (v1CompanycertFingerPrintGetGet)
    ///
    /// # Parameters
    ///
    /// - `finger_print` (path `fingerPrint`): Certificate fingerPrint (ID)
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`GetCompanyCertError::BadRequest`](crate::errors::GetCompanyCertError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`GetCompanyCertError::Unauthorized`](crate::errors::GetCompanyCertError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`GetCompanyCertError::Forbidden`](crate::errors::GetCompanyCertError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`GetCompanyCertError::InternalServerError`](crate::errors::GetCompanyCertError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetCompanyCertError`](crate::errors::GetCompanyCertError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, finger_print: & str) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.get_company_cert(finger_print).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_company_cert(
        &self,
        finger_print: &str,
    ) -> Call<types::CompanyCertDetail, ops::GetCompanyCert> {
        let mut req = RequestSpec::new(
            "v1CompanycertFingerPrintGetGet",
            Method::GET,
            "/v1/companycert/{fingerPrint}/get",
            &[&finger_print],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// List the certificates issued by (verified against) a certificate
    ///
    /// `GET /v1/companycert/{fingerPrint}/issuedBy` (v1CompanycertFingerPrintIssuedByGet)
    ///
    /// Return a list of all certificates which were verified to the cert whose fingerprint is passed.
    ///
    /// # Parameters
    ///
    /// - `finger_print` (path `fingerPrint`): Certificate fingerPrint (ID)
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`ListCompanyCertsIssuedByError::BadRequest`](crate::errors::ListCompanyCertsIssuedByError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`ListCompanyCertsIssuedByError::Unauthorized`](crate::errors::ListCompanyCertsIssuedByError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`ListCompanyCertsIssuedByError::Forbidden`](crate::errors::ListCompanyCertsIssuedByError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`ListCompanyCertsIssuedByError::InternalServerError`](crate::errors::ListCompanyCertsIssuedByError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListCompanyCertsIssuedByError`](crate::errors::ListCompanyCertsIssuedByError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, finger_print: & str) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.list_company_certs_issued_by(finger_print).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_company_certs_issued_by(
        &self,
        finger_print: &str,
    ) -> Call<types::CompanyCertInfoList, ops::ListCompanyCertsIssuedBy> {
        let mut req = RequestSpec::new(
            "v1CompanycertFingerPrintIssuedByGet",
            Method::GET,
            "/v1/companycert/{fingerPrint}/issuedBy",
            &[&finger_print],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Update a company certificate
    ///
    /// `POST /v1/companycert/{fingerPrint}/update` (v1CompanycertFingerPrintUpdatePost)
    ///
    /// # Parameters
    ///
    /// - `finger_print` (path `fingerPrint`): Certificate fingerPrint (ID)
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`UpdateCompanyCertError::BadRequest`](crate::errors::UpdateCompanyCertError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`UpdateCompanyCertError::Unauthorized`](crate::errors::UpdateCompanyCertError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`UpdateCompanyCertError::Forbidden`](crate::errors::UpdateCompanyCertError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`UpdateCompanyCertError::InternalServerError`](crate::errors::UpdateCompanyCertError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateCompanyCertError`](crate::errors::UpdateCompanyCertError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, finger_print: & str, body: types :: CompanyCertAttributes) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.update_company_cert(finger_print, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_company_cert(
        &self,
        finger_print: &str,
        body: &types::CompanyCertAttributes,
    ) -> Call<types::SuccessResponse, ops::UpdateCompanyCert> {
        let mut req = RequestSpec::new(
            "v1CompanycertFingerPrintUpdatePost",
            Method::POST,
            "/v1/companycert/{fingerPrint}/update",
            &[&finger_print],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// List all trusted certs
    ///
    /// `GET /v1/companycert/list` (v1CompanycertListGet)
    ///
    /// # Parameters
    ///
    /// - `skip` (query, optional: `.skip(…)` on the call): Pagination start
    /// - `limit` (query, optional: `.limit(…)` on the call): Row limit
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`ListCompanyCertsError::BadRequest`](crate::errors::ListCompanyCertsError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`ListCompanyCertsError::Unauthorized`](crate::errors::ListCompanyCertsError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`ListCompanyCertsError::Forbidden`](crate::errors::ListCompanyCertsError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`ListCompanyCertsError::InternalServerError`](crate::errors::ListCompanyCertsError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListCompanyCertsError`](crate::errors::ListCompanyCertsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::TryStreamExt;
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.list_company_certs()
    ///     .skip(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_company_certs().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_company_certs(
        &self,
    ) -> Call<types::CompanyCertInfoList, ops::ListCompanyCerts> {
        let mut req = RequestSpec::new(
            "v1CompanycertListGet",
            Method::GET,
            "/v1/companycert/list",
            &[],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// List pod-managed certificates
    ///
    /// `GET /v1/companycert/podmanaged/list` (v1CompanycertPodmanagedListGet)
    ///
    /// List all trusted certs
    ///
    /// # Parameters
    ///
    /// - `skip` (query, optional: `.skip(…)` on the call): Pagination start
    /// - `limit` (query, optional: `.limit(…)` on the call): Row limit
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`ListPodManagedCompanyCertsError::BadRequest`](crate::errors::ListPodManagedCompanyCertsError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`ListPodManagedCompanyCertsError::Unauthorized`](crate::errors::ListPodManagedCompanyCertsError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`ListPodManagedCompanyCertsError::Forbidden`](crate::errors::ListPodManagedCompanyCertsError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`ListPodManagedCompanyCertsError::InternalServerError`](crate::errors::ListPodManagedCompanyCertsError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListPodManagedCompanyCertsError`](crate::errors::ListPodManagedCompanyCertsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::TryStreamExt;
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.list_pod_managed_company_certs()
    ///     .skip(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_pod_managed_company_certs().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_pod_managed_company_certs(
        &self,
    ) -> Call<types::CompanyCertInfoList, ops::ListPodManagedCompanyCerts> {
        let mut req = RequestSpec::new(
            "v1CompanycertPodmanagedListGet",
            Method::GET,
            "/v1/companycert/podmanaged/list",
            &[],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// List all certs of the given types
    ///
    /// `POST /v1/companycert/type/list` (v1CompanycertTypeListPost)
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    /// - `skip` (query, optional: `.skip(…)` on the call): Pagination start
    /// - `limit` (query, optional: `.limit(…)` on the call): Row limit
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`ListCompanyCertsByTypeError::BadRequest`](crate::errors::ListCompanyCertsByTypeError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`ListCompanyCertsByTypeError::Unauthorized`](crate::errors::ListCompanyCertsByTypeError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`ListCompanyCertsByTypeError::Forbidden`](crate::errors::ListCompanyCertsByTypeError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`ListCompanyCertsByTypeError::InternalServerError`](crate::errors::ListCompanyCertsByTypeError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListCompanyCertsByTypeError`](crate::errors::ListCompanyCertsByTypeError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::TryStreamExt;
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, body: types :: CompanyCertTypeList) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.list_company_certs_by_type(&body)
    ///     .skip(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_company_certs_by_type(&body).stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_company_certs_by_type(
        &self,
        body: &types::CompanyCertTypeList,
    ) -> Call<types::CompanyCertInfoList, ops::ListCompanyCertsByType> {
        let mut req = RequestSpec::new(
            "v1CompanycertTypeListPost",
            Method::POST,
            "/v1/companycert/type/list",
            &[],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get information about the current user's session.
    ///
    /// `GET /v1/sessioninfo` (v1SessioninfoGet)
    ///
    /// # Responses
    ///
    /// - `200`: OK
    /// - `400`, [`GetSessionInfoError::BadRequest`](crate::errors::GetSessionInfoError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`GetSessionInfoError::Unauthorized`](crate::errors::GetSessionInfoError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`GetSessionInfoError::Forbidden`](crate::errors::GetSessionInfoError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`GetSessionInfoError::InternalServerError`](crate::errors::GetSessionInfoError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetSessionInfoError`](crate::errors::GetSessionInfoError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.get_session_info().await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_session_info(&self) -> Call<types::SessionInfo, ops::GetSessionInfo> {
        let mut req = RequestSpec::new(
            "v1SessioninfoGet",
            Method::GET,
            "/v1/sessioninfo",
            &[],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Create a new single or multi party instant message conversation
    ///
    /// `POST /v1/im/create` (v1ImCreatePost)
    ///
    /// At least one user ID must be provided or
    /// an error response will be sent.
    ///
    /// The caller is implicitly included in the members of the
    /// created chat.
    ///
    /// Duplicate users will be included in the membership of the chat but
    /// the duplication will be silently ignored.
    ///
    /// If there is an existing IM conversation with the same set of participants then
    /// the id of that existing stream will be returned.
    ///
    /// This method was incorrectly specified to take a query parameter in
    /// version 1.0 of this specification but now expects a JSON array of
    /// user IDs in the body of the request.
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: OK
    /// - `400`, [`CreateImError::BadRequest`](crate::errors::CreateImError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`CreateImError::Unauthorized`](crate::errors::CreateImError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`CreateImError::Forbidden`](crate::errors::CreateImError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`CreateImError::InternalServerError`](crate::errors::CreateImError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateImError`](crate::errors::CreateImError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, body: types :: UserIdList) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.create_im(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn create_im(
        &self,
        body: &types::UserIdList,
    ) -> Call<types::ApiStream, ops::CreateIm> {
        let mut req = RequestSpec::new(
            "v1ImCreatePost",
            Method::POST,
            "/v1/im/create",
            &[],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Create a new chatroom.
    ///
    /// `POST /v1/room/create` (v1RoomCreatePost)
    ///
    /// Create a new chatroom.
    ///
    /// If no attributes are specified, the room is created as a private chatroom.
    ///
    /// Deprecated: use `v2RoomCreatePost` (the v2 call).
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: OK
    /// - `400`, [`CreateRoomV1Error::BadRequest`](crate::errors::CreateRoomV1Error::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`CreateRoomV1Error::Unauthorized`](crate::errors::CreateRoomV1Error::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`CreateRoomV1Error::Forbidden`](crate::errors::CreateRoomV1Error::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`CreateRoomV1Error::InternalServerError`](crate::errors::CreateRoomV1Error::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateRoomV1Error`](crate::errors::CreateRoomV1Error). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, body: types :: RoomCreate) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.create_room_v1(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[deprecated(note = "deprecated in the API description")]
    #[inline]
    pub fn create_room_v1(
        &self,
        body: &types::RoomCreate,
    ) -> Call<types::RoomDetail, ops::CreateRoomV1> {
        let mut req = RequestSpec::new(
            "v1RoomCreatePost",
            Method::POST,
            "/v1/room/create",
            &[],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get information about a particular chatroom.
    ///
    /// `GET /v1/room/{id}/info` (v1RoomIdInfoGet)
    ///
    /// Deprecated: use `v2RoomIdInfoGet` (the v2 call).
    ///
    /// # Parameters
    ///
    /// - `id` (path): Room streamId
    ///
    /// # Responses
    ///
    /// - `200`: OK
    /// - `400`, [`GetRoomInfoV1Error::BadRequest`](crate::errors::GetRoomInfoV1Error::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`GetRoomInfoV1Error::Unauthorized`](crate::errors::GetRoomInfoV1Error::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`GetRoomInfoV1Error::Forbidden`](crate::errors::GetRoomInfoV1Error::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`GetRoomInfoV1Error::InternalServerError`](crate::errors::GetRoomInfoV1Error::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetRoomInfoV1Error`](crate::errors::GetRoomInfoV1Error). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, id: & str) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.get_room_info_v1(id).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[deprecated(note = "deprecated in the API description")]
    #[inline]
    pub fn get_room_info_v1(
        &self,
        id: &str,
    ) -> Call<types::RoomDetail, ops::GetRoomInfoV1> {
        let mut req = RequestSpec::new(
            "v1RoomIdInfoGet",
            Method::GET,
            "/v1/room/{id}/info",
            &[&id],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Deactivate or reactivate a chatroom. At creation, a new chatroom is active.
    ///
    /// `POST /v1/room/{id}/setActive` (v1RoomIdSetActivePost)
    ///
    /// # Parameters
    ///
    /// - `id` (path): Room streamId
    /// - `active` (query)
    ///
    /// # Responses
    ///
    /// - `200`: OK
    /// - `400`, [`SetRoomActiveError::BadRequest`](crate::errors::SetRoomActiveError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`SetRoomActiveError::Unauthorized`](crate::errors::SetRoomActiveError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`SetRoomActiveError::Forbidden`](crate::errors::SetRoomActiveError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`SetRoomActiveError::InternalServerError`](crate::errors::SetRoomActiveError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`SetRoomActiveError`](crate::errors::SetRoomActiveError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, id: & str, active: bool) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.set_room_active(id, active).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn set_room_active(
        &self,
        id: &str,
        active: bool,
    ) -> Call<types::RoomDetail, ops::SetRoomActive> {
        let mut req = RequestSpec::new(
            "v1RoomIdSetActivePost",
            Method::POST,
            "/v1/room/{id}/setActive",
            &[&id],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.query.push("active", &active);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Update the attributes of an existing chatroom.
    ///
    /// `POST /v1/room/{id}/update` (v1RoomIdUpdatePost)
    ///
    /// Deprecated: use `v2RoomIdUpdatePost` (the v2 call).
    ///
    /// # Parameters
    ///
    /// - `id` (path): Room streamId
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: OK
    /// - `400`, [`UpdateRoomV1Error::BadRequest`](crate::errors::UpdateRoomV1Error::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`UpdateRoomV1Error::Unauthorized`](crate::errors::UpdateRoomV1Error::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`UpdateRoomV1Error::Forbidden`](crate::errors::UpdateRoomV1Error::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`UpdateRoomV1Error::InternalServerError`](crate::errors::UpdateRoomV1Error::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateRoomV1Error`](crate::errors::UpdateRoomV1Error). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, id: & str, body: types :: RoomAttributes) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.update_room_v1(id, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[deprecated(note = "deprecated in the API description")]
    #[inline]
    pub fn update_room_v1(
        &self,
        id: &str,
        body: &types::RoomAttributes,
    ) -> Call<types::RoomDetail, ops::UpdateRoomV1> {
        let mut req = RequestSpec::new(
            "v1RoomIdUpdatePost",
            Method::POST,
            "/v1/room/{id}/update",
            &[&id],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Create a new chatroom.
    ///
    /// `POST /v2/room/create` (v2RoomCreatePost)
    ///
    /// Create a new chatroom.
    ///
    /// If no attributes are specified, the room is created as a private chatroom.
    ///
    /// The sources disagree on the default visibility (this page says private, the 1.38.0 Swagger file says public): set `public` explicitly.
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: OK
    /// - `400`, [`CreateRoomError::BadRequest`](crate::errors::CreateRoomError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`CreateRoomError::Unauthorized`](crate::errors::CreateRoomError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`CreateRoomError::Forbidden`](crate::errors::CreateRoomError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`CreateRoomError::InternalServerError`](crate::errors::CreateRoomError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateRoomError`](crate::errors::CreateRoomError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, body: types :: V2RoomAttributes) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.create_room(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn create_room(
        &self,
        body: &types::V2RoomAttributes,
    ) -> Call<types::V2RoomDetail, ops::CreateRoom> {
        let mut req = RequestSpec::new(
            "v2RoomCreatePost",
            Method::POST,
            "/v2/room/create",
            &[],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get information about a particular chatroom.
    ///
    /// `GET /v2/room/{id}/info` (v2RoomIdInfoGet)
    ///
    /// # Parameters
    ///
    /// - `id` (path): Room streamId
    ///
    /// # Responses
    ///
    /// - `200`: OK
    /// - `400`, [`GetRoomInfoError::BadRequest`](crate::errors::GetRoomInfoError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`GetRoomInfoError::Unauthorized`](crate::errors::GetRoomInfoError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`GetRoomInfoError::Forbidden`](crate::errors::GetRoomInfoError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`GetRoomInfoError::InternalServerError`](crate::errors::GetRoomInfoError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetRoomInfoError`](crate::errors::GetRoomInfoError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, id: & str) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.get_room_info(id).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_room_info(
        &self,
        id: &str,
    ) -> Call<types::V2RoomDetail, ops::GetRoomInfo> {
        let mut req = RequestSpec::new(
            "v2RoomIdInfoGet",
            Method::GET,
            "/v2/room/{id}/info",
            &[&id],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Update the attributes of an existing chatroom.
    ///
    /// `POST /v2/room/{id}/update` (v2RoomIdUpdatePost)
    ///
    /// # Parameters
    ///
    /// - `id` (path): Room streamId
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: OK
    /// - `400`, [`UpdateRoomError::BadRequest`](crate::errors::UpdateRoomError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`UpdateRoomError::Unauthorized`](crate::errors::UpdateRoomError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`UpdateRoomError::Forbidden`](crate::errors::UpdateRoomError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`UpdateRoomError::InternalServerError`](crate::errors::UpdateRoomError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateRoomError`](crate::errors::UpdateRoomError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, id: & str, body: types :: V2RoomAttributes) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.update_room(id, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_room(
        &self,
        id: &str,
        body: &types::V2RoomAttributes,
    ) -> Call<types::V2RoomDetail, ops::UpdateRoom> {
        let mut req = RequestSpec::new(
            "v2RoomIdUpdatePost",
            Method::POST,
            "/v2/room/{id}/update",
            &[&id],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Search rooms according to the specified criteria.
    ///
    /// `POST /v2/room/search` (v2RoomSearchPost)
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    /// - `skip` (query, optional: `.skip(…)` on the call): No. of results to skip.
    /// - `limit` (query, optional: `.limit(…)` on the call): Max no. of results to return. If no value is provided, 50 is the default.
    ///
    /// # Responses
    ///
    /// - `200`: OK
    /// - `400`, [`SearchRoomsError::BadRequest`](crate::errors::SearchRoomsError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`SearchRoomsError::Unauthorized`](crate::errors::SearchRoomsError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`SearchRoomsError::Forbidden`](crate::errors::SearchRoomsError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`SearchRoomsError::InternalServerError`](crate::errors::SearchRoomsError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`SearchRoomsError`](crate::errors::SearchRoomsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::TryStreamExt;
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, body: types :: RoomSearchCriteria) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.search_rooms(&body)
    ///     .skip(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.search_rooms(&body).stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn search_rooms(
        &self,
        body: &types::RoomSearchCriteria,
    ) -> Call<types::RoomSearchResults, ops::SearchRooms> {
        let mut req = RequestSpec::new(
            "v2RoomSearchPost",
            Method::POST,
            "/v2/room/search",
            &[],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get the full set of Symphony features available for this pod
    ///
    /// `GET /v1/admin/system/features/list` (v1AdminSystemFeaturesListGet)
    ///
    /// # Responses
    ///
    /// - `200`: The list of valid feature entitlement names.
    /// - `400`, [`ListFeaturesError::BadRequest`](crate::errors::ListFeaturesError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`ListFeaturesError::Unauthorized`](crate::errors::ListFeaturesError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`ListFeaturesError::Forbidden`](crate::errors::ListFeaturesError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`ListFeaturesError::InternalServerError`](crate::errors::ListFeaturesError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListFeaturesError`](crate::errors::ListFeaturesError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.list_features().await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_features(&self) -> Call<types::StringList, ops::ListFeatures> {
        let mut req = RequestSpec::new(
            "v1AdminSystemFeaturesListGet",
            Method::GET,
            "/v1/admin/system/features/list",
            &[],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get a list of all roles available in the company (pod)
    ///
    /// `GET /v1/admin/system/roles/list` (v1AdminSystemRolesListGet)
    ///
    /// **Provisional:** this operation is in limited release and may change.
    ///
    /// PROVISIONAL: the vendor may change or remove this call.
    ///
    /// A later official description of this API dropped this call as not implemented on the server side.
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`ListRolesError::BadRequest`](crate::errors::ListRolesError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`ListRolesError::Unauthorized`](crate::errors::ListRolesError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`ListRolesError::Forbidden`](crate::errors::ListRolesError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`ListRolesError::InternalServerError`](crate::errors::ListRolesError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListRolesError`](crate::errors::ListRolesError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.list_roles().await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_roles(&self) -> Call<types::StringList, ops::ListRoles> {
        let mut req = RequestSpec::new(
            "v1AdminSystemRolesListGet",
            Method::GET,
            "/v1/admin/system/roles/list",
            &[],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Create a new user
    ///
    /// `POST /v1/admin/user/create` (v1AdminUserCreatePost)
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`CreateUserError::BadRequest`](crate::errors::CreateUserError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`CreateUserError::Unauthorized`](crate::errors::CreateUserError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`CreateUserError::Forbidden`](crate::errors::CreateUserError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`CreateUserError::InternalServerError`](crate::errors::CreateUserError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateUserError`](crate::errors::CreateUserError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, body: types :: UserCreate) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.create_user(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn create_user(
        &self,
        body: &types::UserCreate,
    ) -> Call<types::UserDetail, ops::CreateUser> {
        let mut req = RequestSpec::new(
            "v1AdminUserCreatePost",
            Method::POST,
            "/v1/admin/user/create",
            &[],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Find a user based on attributes
    ///
    /// `POST /v1/admin/user/find` (v1AdminUserFindPost)
    ///
    /// **Provisional:** this operation is in limited release and may change.
    ///
    /// PROVISIONAL: the vendor may change or remove this call.
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`FindUsersError::BadRequest`](crate::errors::FindUsersError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`FindUsersError::Unauthorized`](crate::errors::FindUsersError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`FindUsersError::Forbidden`](crate::errors::FindUsersError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`FindUsersError::InternalServerError`](crate::errors::FindUsersError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`FindUsersError`](crate::errors::FindUsersError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, body: types :: UserFilter) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.find_users(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn find_users(
        &self,
        body: &types::UserFilter,
    ) -> Call<types::UserList, ops::FindUsers> {
        let mut req = RequestSpec::new(
            "v1AdminUserFindPost",
            Method::POST,
            "/v1/admin/user/find",
            &[],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Retrieve a list of all users in the company (pod)
    ///
    /// `GET /v1/admin/user/list` (v1AdminUserListGet)
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`ListUserIdsError::BadRequest`](crate::errors::ListUserIdsError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`ListUserIdsError::Unauthorized`](crate::errors::ListUserIdsError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`ListUserIdsError::Forbidden`](crate::errors::ListUserIdsError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`ListUserIdsError::InternalServerError`](crate::errors::ListUserIdsError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListUserIdsError`](crate::errors::ListUserIdsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.list_user_ids().await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_user_ids(&self) -> Call<types::UserIdList, ops::ListUserIds> {
        let mut req = RequestSpec::new(
            "v1AdminUserListGet",
            Method::GET,
            "/v1/admin/user/list",
            &[],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Send a password reset email to the email address of a particular user
    ///
    /// `POST /v1/admin/user/{uid}/action/password_reset` (v1AdminUserUidActionPasswordResetPost)
    ///
    /// **Provisional:** this operation is in limited release and may change.
    ///
    /// PROVISIONAL: the vendor may change or remove this call.
    ///
    /// # Parameters
    ///
    /// - `uid` (path): User ID as a decimal integer
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`ResetUserPasswordError::BadRequest`](crate::errors::ResetUserPasswordError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`ResetUserPasswordError::Unauthorized`](crate::errors::ResetUserPasswordError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`ResetUserPasswordError::Forbidden`](crate::errors::ResetUserPasswordError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`ResetUserPasswordError::InternalServerError`](crate::errors::ResetUserPasswordError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ResetUserPasswordError`](crate::errors::ResetUserPasswordError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, uid: i64, body: types :: PasswordReset) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.reset_user_password(uid, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn reset_user_password(
        &self,
        uid: i64,
        body: &types::PasswordReset,
    ) -> Call<types::SuccessResponse, ops::ResetUserPassword> {
        let mut req = RequestSpec::new(
            "v1AdminUserUidActionPasswordResetPost",
            Method::POST,
            "/v1/admin/user/{uid}/action/password_reset",
            &[&uid],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get the URL of the avatar of a particular user
    ///
    /// `GET /v1/admin/user/{uid}/avatar` (v1AdminUserUidAvatarGet)
    ///
    /// # Parameters
    ///
    /// - `uid` (path): User ID as a decimal integer
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`GetUserAvatarError::BadRequest`](crate::errors::GetUserAvatarError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`GetUserAvatarError::Unauthorized`](crate::errors::GetUserAvatarError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`GetUserAvatarError::Forbidden`](crate::errors::GetUserAvatarError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`GetUserAvatarError::InternalServerError`](crate::errors::GetUserAvatarError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetUserAvatarError`](crate::errors::GetUserAvatarError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, uid: i64) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.get_user_avatar(uid).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_user_avatar(
        &self,
        uid: i64,
    ) -> Call<types::AvatarList, ops::GetUserAvatar> {
        let mut req = RequestSpec::new(
            "v1AdminUserUidAvatarGet",
            Method::GET,
            "/v1/admin/user/{uid}/avatar",
            &[&uid],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Update the avatar of a particular user
    ///
    /// `POST /v1/admin/user/{uid}/avatar/update` (v1AdminUserUidAvatarUpdatePost)
    ///
    /// # Parameters
    ///
    /// - `uid` (path): User ID as a decimal integer
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`UpdateUserAvatarError::BadRequest`](crate::errors::UpdateUserAvatarError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`UpdateUserAvatarError::Unauthorized`](crate::errors::UpdateUserAvatarError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`UpdateUserAvatarError::Forbidden`](crate::errors::UpdateUserAvatarError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`UpdateUserAvatarError::InternalServerError`](crate::errors::UpdateUserAvatarError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateUserAvatarError`](crate::errors::UpdateUserAvatarError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, uid: i64, body: types :: AvatarUpdate) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.update_user_avatar(uid, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_user_avatar(
        &self,
        uid: i64,
        body: &types::AvatarUpdate,
    ) -> Call<types::SuccessResponse, ops::UpdateUserAvatar> {
        let mut req = RequestSpec::new(
            "v1AdminUserUidAvatarUpdatePost",
            Method::POST,
            "/v1/admin/user/{uid}/avatar/update",
            &[&uid],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get the delegates assigned to a user
    ///
    /// `GET /v1/admin/user/{uid}/delegates` (v1AdminUserUidDelegatesGet)
    ///
    /// # Parameters
    ///
    /// - `uid` (path): User ID as a decimal integer
    ///
    /// # Responses
    ///
    /// - `200`: The user IDs of the delegates of this user.
    /// - `400`, [`GetUserDelegatesError::BadRequest`](crate::errors::GetUserDelegatesError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`GetUserDelegatesError::Unauthorized`](crate::errors::GetUserDelegatesError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`GetUserDelegatesError::Forbidden`](crate::errors::GetUserDelegatesError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`GetUserDelegatesError::InternalServerError`](crate::errors::GetUserDelegatesError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetUserDelegatesError`](crate::errors::GetUserDelegatesError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, uid: i64) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.get_user_delegates(uid).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_user_delegates(
        &self,
        uid: i64,
    ) -> Call<types::IntegerList, ops::GetUserDelegates> {
        let mut req = RequestSpec::new(
            "v1AdminUserUidDelegatesGet",
            Method::GET,
            "/v1/admin/user/{uid}/delegates",
            &[&uid],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Update the delegates assigned to a user
    ///
    /// `POST /v1/admin/user/{uid}/delegates/update` (v1AdminUserUidDelegatesUpdatePost)
    ///
    /// # Parameters
    ///
    /// - `uid` (path): User ID as a decimal integer
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: Success.
    /// - `400`, [`UpdateUserDelegatesError::BadRequest`](crate::errors::UpdateUserDelegatesError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`UpdateUserDelegatesError::Unauthorized`](crate::errors::UpdateUserDelegatesError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`UpdateUserDelegatesError::Forbidden`](crate::errors::UpdateUserDelegatesError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`UpdateUserDelegatesError::InternalServerError`](crate::errors::UpdateUserDelegatesError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateUserDelegatesError`](crate::errors::UpdateUserDelegatesError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, uid: i64, body: types :: DelegateAction) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.update_user_delegates(uid, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_user_delegates(
        &self,
        uid: i64,
        body: &types::DelegateAction,
    ) -> Call<types::SuccessResponse, ops::UpdateUserDelegates> {
        let mut req = RequestSpec::new(
            "v1AdminUserUidDelegatesUpdatePost",
            Method::POST,
            "/v1/admin/user/{uid}/delegates/update",
            &[&uid],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get the disclaimer assigned to a user
    ///
    /// `GET /v1/admin/user/{uid}/disclaimer` (v1AdminUserUidDisclaimerGet)
    ///
    /// # Parameters
    ///
    /// - `uid` (path): User ID as a decimal integer
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `204`: No content. User doesn't have an assigned disclaimer
    /// - `400`, [`GetUserDisclaimerError::BadRequest`](crate::errors::GetUserDisclaimerError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`GetUserDisclaimerError::Unauthorized`](crate::errors::GetUserDisclaimerError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`GetUserDisclaimerError::Forbidden`](crate::errors::GetUserDisclaimerError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`GetUserDisclaimerError::InternalServerError`](crate::errors::GetUserDisclaimerError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetUserDisclaimerError`](crate::errors::GetUserDisclaimerError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, uid: i64) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.get_user_disclaimer(uid).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_user_disclaimer(
        &self,
        uid: i64,
    ) -> Call<Option<types::Disclaimer>, ops::GetUserDisclaimer> {
        let mut req = RequestSpec::new(
            "v1AdminUserUidDisclaimerGet",
            Method::GET,
            "/v1/admin/user/{uid}/disclaimer",
            &[&uid],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        Call::new(
            codegen_runtime::Call::new(
                &self.core,
                req,
                codegen_runtime::decode_json_optional,
            ),
        )
    }

    /// Assign a disclaimer to a user
    ///
    /// `POST /v1/admin/user/{uid}/disclaimer/update` (v1AdminUserUidDisclaimerUpdatePost)
    ///
    /// # Parameters
    ///
    /// - `uid` (path): User ID as a decimal integer
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`AssignUserDisclaimerError::BadRequest`](crate::errors::AssignUserDisclaimerError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`AssignUserDisclaimerError::Unauthorized`](crate::errors::AssignUserDisclaimerError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`AssignUserDisclaimerError::Forbidden`](crate::errors::AssignUserDisclaimerError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`AssignUserDisclaimerError::InternalServerError`](crate::errors::AssignUserDisclaimerError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`AssignUserDisclaimerError`](crate::errors::AssignUserDisclaimerError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, uid: i64, body: types :: StringId) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.assign_user_disclaimer(uid, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn assign_user_disclaimer(
        &self,
        uid: i64,
        body: &types::StringId,
    ) -> Call<types::SuccessResponse, ops::AssignUserDisclaimer> {
        let mut req = RequestSpec::new(
            "v1AdminUserUidDisclaimerUpdatePost",
            Method::POST,
            "/v1/admin/user/{uid}/disclaimer/update",
            &[&uid],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get the list of Symphony feature entitlements enabled for a particular user
    ///
    /// `GET /v1/admin/user/{uid}/features` (v1AdminUserUidFeaturesGet)
    ///
    /// # Parameters
    ///
    /// - `uid` (path): User ID as a decimal integer
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`ListUserFeaturesError::BadRequest`](crate::errors::ListUserFeaturesError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`ListUserFeaturesError::Unauthorized`](crate::errors::ListUserFeaturesError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`ListUserFeaturesError::Forbidden`](crate::errors::ListUserFeaturesError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`ListUserFeaturesError::InternalServerError`](crate::errors::ListUserFeaturesError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListUserFeaturesError`](crate::errors::ListUserFeaturesError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, uid: i64) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.list_user_features(uid).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_user_features(
        &self,
        uid: i64,
    ) -> Call<types::FeatureList, ops::ListUserFeatures> {
        let mut req = RequestSpec::new(
            "v1AdminUserUidFeaturesGet",
            Method::GET,
            "/v1/admin/user/{uid}/features",
            &[&uid],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Update the list of Symphony feature entitlements for a particular user
    ///
    /// `POST /v1/admin/user/{uid}/features/update` (v1AdminUserUidFeaturesUpdatePost)
    ///
    /// # Parameters
    ///
    /// - `uid` (path): User ID as a decimal integer
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`UpdateUserFeaturesError::BadRequest`](crate::errors::UpdateUserFeaturesError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`UpdateUserFeaturesError::Unauthorized`](crate::errors::UpdateUserFeaturesError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`UpdateUserFeaturesError::Forbidden`](crate::errors::UpdateUserFeaturesError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`UpdateUserFeaturesError::InternalServerError`](crate::errors::UpdateUserFeaturesError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateUserFeaturesError`](crate::errors::UpdateUserFeaturesError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, uid: i64, body: types :: FeatureList) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.update_user_features(uid, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_user_features(
        &self,
        uid: i64,
        body: &types::FeatureList,
    ) -> Call<types::SuccessResponse, ops::UpdateUserFeatures> {
        let mut req = RequestSpec::new(
            "v1AdminUserUidFeaturesUpdatePost",
            Method::POST,
            "/v1/admin/user/{uid}/features/update",
            &[&uid],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Retrieve user details for a particular user
    ///
    /// `GET /v1/admin/user/{uid}` (v1AdminUserUidGet)
    ///
    /// # Parameters
    ///
    /// - `uid` (path): User ID as a decimal integer
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`GetUserDetailsError::BadRequest`](crate::errors::GetUserDetailsError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`GetUserDetailsError::Unauthorized`](crate::errors::GetUserDetailsError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`GetUserDetailsError::Forbidden`](crate::errors::GetUserDetailsError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`GetUserDetailsError::InternalServerError`](crate::errors::GetUserDetailsError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetUserDetailsError`](crate::errors::GetUserDetailsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, uid: i64) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.get_user_details(uid).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_user_details(
        &self,
        uid: i64,
    ) -> Call<types::UserDetail, ops::GetUserDetails> {
        let mut req = RequestSpec::new(
            "v1AdminUserUidGet",
            Method::GET,
            "/v1/admin/user/{uid}",
            &[&uid],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get the list of roles assigned to a user
    ///
    /// `GET /v1/admin/user/{uid}/roles` (v1AdminUserUidRolesGet)
    ///
    /// **Provisional:** this operation is in limited release and may change.
    ///
    /// PROVISIONAL: the vendor may change or remove this call.
    ///
    /// # Parameters
    ///
    /// - `uid` (path): User ID as a decimal integer
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`ListUserRolesError::BadRequest`](crate::errors::ListUserRolesError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`ListUserRolesError::Unauthorized`](crate::errors::ListUserRolesError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`ListUserRolesError::Forbidden`](crate::errors::ListUserRolesError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`ListUserRolesError::InternalServerError`](crate::errors::ListUserRolesError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListUserRolesError`](crate::errors::ListUserRolesError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, uid: i64) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.list_user_roles(uid).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_user_roles(
        &self,
        uid: i64,
    ) -> Call<types::RoleList, ops::ListUserRoles> {
        let mut req = RequestSpec::new(
            "v1AdminUserUidRolesGet",
            Method::GET,
            "/v1/admin/user/{uid}/roles",
            &[&uid],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Update the list of roles assigned to a user
    ///
    /// `POST /v1/admin/user/{uid}/roles/update` (v1AdminUserUidRolesUpdatePost)
    ///
    /// **Provisional:** this operation is in limited release and may change.
    ///
    /// PROVISIONAL: the vendor may change or remove this call.
    ///
    /// # Parameters
    ///
    /// - `uid` (path): User ID as a decimal integer
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`UpdateUserRolesError::BadRequest`](crate::errors::UpdateUserRolesError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`UpdateUserRolesError::Unauthorized`](crate::errors::UpdateUserRolesError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`UpdateUserRolesError::Forbidden`](crate::errors::UpdateUserRolesError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`UpdateUserRolesError::InternalServerError`](crate::errors::UpdateUserRolesError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateUserRolesError`](crate::errors::UpdateUserRolesError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, uid: i64, body: types :: StringList) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.update_user_roles(uid, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_user_roles(
        &self,
        uid: i64,
        body: &types::StringList,
    ) -> Call<types::SuccessResponse, ops::UpdateUserRoles> {
        let mut req = RequestSpec::new(
            "v1AdminUserUidRolesUpdatePost",
            Method::POST,
            "/v1/admin/user/{uid}/roles/update",
            &[&uid],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get the status, active or inactive, for a particular user
    ///
    /// `GET /v1/admin/user/{uid}/status` (v1AdminUserUidStatusGet)
    ///
    /// # Parameters
    ///
    /// - `uid` (path): User ID as a decimal integer
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`GetUserStatusError::BadRequest`](crate::errors::GetUserStatusError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`GetUserStatusError::Unauthorized`](crate::errors::GetUserStatusError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`GetUserStatusError::Forbidden`](crate::errors::GetUserStatusError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`GetUserStatusError::InternalServerError`](crate::errors::GetUserStatusError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetUserStatusError`](crate::errors::GetUserStatusError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, uid: i64) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.get_user_status(uid).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_user_status(
        &self,
        uid: i64,
    ) -> Call<types::UserStatus, ops::GetUserStatus> {
        let mut req = RequestSpec::new(
            "v1AdminUserUidStatusGet",
            Method::GET,
            "/v1/admin/user/{uid}/status",
            &[&uid],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Update the status of a particular user
    ///
    /// `POST /v1/admin/user/{uid}/status/update` (v1AdminUserUidStatusUpdatePost)
    ///
    /// # Parameters
    ///
    /// - `uid` (path): User ID as a decimal integer
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`UpdateUserStatusError::BadRequest`](crate::errors::UpdateUserStatusError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`UpdateUserStatusError::Unauthorized`](crate::errors::UpdateUserStatusError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`UpdateUserStatusError::Forbidden`](crate::errors::UpdateUserStatusError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`UpdateUserStatusError::InternalServerError`](crate::errors::UpdateUserStatusError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateUserStatusError`](crate::errors::UpdateUserStatusError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, uid: i64, body: types :: UserStatus) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.update_user_status(uid, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_user_status(
        &self,
        uid: i64,
        body: &types::UserStatus,
    ) -> Call<types::SuccessResponse, ops::UpdateUserStatus> {
        let mut req = RequestSpec::new(
            "v1AdminUserUidStatusUpdatePost",
            Method::POST,
            "/v1/admin/user/{uid}/status/update",
            &[&uid],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Update an existing user
    ///
    /// `POST /v1/admin/user/{uid}/update` (v1AdminUserUidUpdatePost)
    ///
    /// # Parameters
    ///
    /// - `uid` (path): User ID as a decimal integer
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: Success
    /// - `400`, [`UpdateUserError::BadRequest`](crate::errors::UpdateUserError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`UpdateUserError::Unauthorized`](crate::errors::UpdateUserError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`UpdateUserError::Forbidden`](crate::errors::UpdateUserError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`UpdateUserError::InternalServerError`](crate::errors::UpdateUserError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateUserError`](crate::errors::UpdateUserError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, uid: i64, body: types :: UserAttributes) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.update_user(uid, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_user(
        &self,
        uid: i64,
        body: &types::UserAttributes,
    ) -> Call<types::UserDetail, ops::UpdateUser> {
        let mut req = RequestSpec::new(
            "v1AdminUserUidUpdatePost",
            Method::POST,
            "/v1/admin/user/{uid}/update",
            &[&uid],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get user information by email address.
    ///
    /// `GET /v1/user` (v1UserGet)
    ///
    /// # Parameters
    ///
    /// - `email` (query): Email address
    /// - `local` (query, optional: `.local(…)` on the call): If true then a local DB search will be performed and only local pod users will be returned. If absent or false then a directory search will be performed and users from other pods who are visible to the calling user will also be returned.
    ///
    /// # Responses
    ///
    /// - `200`: OK
    /// - `204`: No user found.
    /// - `400`, [`GetUserByEmailError::BadRequest`](crate::errors::GetUserByEmailError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`GetUserByEmailError::Unauthorized`](crate::errors::GetUserByEmailError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`GetUserByEmailError::Forbidden`](crate::errors::GetUserByEmailError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`GetUserByEmailError::InternalServerError`](crate::errors::GetUserByEmailError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetUserByEmailError`](crate::errors::GetUserByEmailError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, email: & str) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.get_user_by_email(email)
    ///     .local(true)
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_user_by_email(
        &self,
        email: &str,
    ) -> Call<Option<types::User>, ops::GetUserByEmail> {
        let mut req = RequestSpec::new("v1UserGet", Method::GET, "/v1/user", &[]);
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        req.query.push("email", &email);
        Call::new(
            codegen_runtime::Call::new(
                &self.core,
                req,
                codegen_runtime::decode_json_optional,
            ),
        )
    }

    /// Get user information by user (login) name.
    ///
    /// `GET /v1/user/name/{userName}/get` (v1UserNameUserNameGetGet)
    ///
    /// Searches for a user in the local pod with the given user name.
    ///
    /// # Parameters
    ///
    /// - `user_name` (path `userName`): User login name
    ///
    /// # Responses
    ///
    /// - `200`: OK
    /// - `204`: No user found.
    /// - `400`, [`GetUserByUsernameError::BadRequest`](crate::errors::GetUserByUsernameError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): Client error, see response body for further details.
    /// - `401`, [`GetUserByUsernameError::Unauthorized`](crate::errors::GetUserByUsernameError::Unauthorized) holding [`types::ApiError`](crate::types::ApiError): Unauthorized: Session tokens invalid.
    /// - `403`, [`GetUserByUsernameError::Forbidden`](crate::errors::GetUserByUsernameError::Forbidden) holding [`types::ApiError`](crate::types::ApiError): Forbidden: Caller lacks necessary entitlement.
    /// - `500`, [`GetUserByUsernameError::InternalServerError`](crate::errors::GetUserByUsernameError::InternalServerError) holding [`types::ApiError`](crate::types::ApiError): Server error, see response body for further details.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetUserByUsernameError`](crate::errors::GetUserByUsernameError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use symphony_pod_client::types;
    /// # async fn example(client: &symphony_pod_client::Client, user_name: & str) -> Result<(), symphony_pod_client::Error> {
    /// let response = client.get_user_by_username(user_name).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_user_by_username(
        &self,
        user_name: &str,
    ) -> Call<Option<types::User>, ops::GetUserByUsername> {
        let mut req = RequestSpec::new(
            "v1UserNameUserNameGetGet",
            Method::GET,
            "/v1/user/name/{userName}/get",
            &[&user_name],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (500, 0)];
        Call::new(
            codegen_runtime::Call::new(
                &self.core,
                req,
                codegen_runtime::decode_json_optional,
            ),
        )
    }
}

/// The optional parameters of [`Client::list_configurations`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListConfigurations> {
    /// No. of Configurations to skip.
    #[inline]
    pub fn offset(mut self, offset: i32) -> Self {
        let req = self.spec_mut();
        req.query.remove("offset");
        req.query.push("offset", &offset);
        self
    }

    /// Max no. of Configurations to return. If no value is provided, 50 is the default.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        let req = self.spec_mut();
        req.query.remove("limit");
        req.query.push("limit", &limit);
        self
    }

    /// Every item of every page, following pagination to the end; each page request
    /// carries this call's parameters and options.
    #[inline]
    pub fn stream(self) -> ItemStream<types::Configuration> {
        self.paginate(&LIST_CONFIGURATIONS_PAGES)
    }

    /// Every page, following pagination to the end (the requests and end conditions
    /// of `stream()`): each page's items, the page as the call's response, its total
    /// when the spec names one, status and headers.
    #[inline]
    pub fn pages(self) -> crate::PageStream<types::Configuration, T> {
        self.paginate_pages(&LIST_CONFIGURATIONS_PAGES)
    }
}

/// The optional parameters of [`Client::list_configuration_instances`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListConfigurationInstances> {
    /// No. of configuration Instances to skip.
    #[inline]
    pub fn offset(mut self, offset: i32) -> Self {
        let req = self.spec_mut();
        req.query.remove("offset");
        req.query.push("offset", &offset);
        self
    }

    /// Max no. of configuration Instances to return. If no value is provided, 50 is the default.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        let req = self.spec_mut();
        req.query.remove("limit");
        req.query.push("limit", &limit);
        self
    }

    /// Every item of every page, following pagination to the end; each page request
    /// carries this call's parameters and options.
    #[inline]
    pub fn stream(self) -> ItemStream<types::ConfigurationInstance> {
        self.paginate(&LIST_CONFIGURATION_INSTANCES_PAGES)
    }

    /// Every page, following pagination to the end (the requests and end conditions
    /// of `stream()`): each page's items, the page as the call's response, its total
    /// when the spec names one, status and headers.
    #[inline]
    pub fn pages(self) -> crate::PageStream<types::ConfigurationInstance, T> {
        self.paginate_pages(&LIST_CONFIGURATION_INSTANCES_PAGES)
    }
}

/// The optional parameters of [`Client::list_company_certs`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListCompanyCerts> {
    /// Pagination start
    #[inline]
    pub fn skip(mut self, skip: i32) -> Self {
        let req = self.spec_mut();
        req.query.remove("skip");
        req.query.push("skip", &skip);
        self
    }

    /// Row limit
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        let req = self.spec_mut();
        req.query.remove("limit");
        req.query.push("limit", &limit);
        self
    }

    /// Every item of every page, following pagination to the end; each page request
    /// carries this call's parameters and options.
    #[inline]
    pub fn stream(self) -> ItemStream<types::CompanyCertInfoListInner> {
        self.paginate(&LIST_COMPANY_CERTS_PAGES)
    }

    /// Every page, following pagination to the end (the requests and end conditions
    /// of `stream()`): each page's items, the page as the call's response, its total
    /// when the spec names one, status and headers.
    #[inline]
    pub fn pages(self) -> crate::PageStream<types::CompanyCertInfoListInner, T> {
        self.paginate_pages(&LIST_COMPANY_CERTS_PAGES)
    }
}

/// The optional parameters of [`Client::list_pod_managed_company_certs`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListPodManagedCompanyCerts> {
    /// Pagination start
    #[inline]
    pub fn skip(mut self, skip: i32) -> Self {
        let req = self.spec_mut();
        req.query.remove("skip");
        req.query.push("skip", &skip);
        self
    }

    /// Row limit
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        let req = self.spec_mut();
        req.query.remove("limit");
        req.query.push("limit", &limit);
        self
    }

    /// Every item of every page, following pagination to the end; each page request
    /// carries this call's parameters and options.
    #[inline]
    pub fn stream(self) -> ItemStream<types::CompanyCertInfoListInner> {
        self.paginate(&LIST_POD_MANAGED_COMPANY_CERTS_PAGES)
    }

    /// Every page, following pagination to the end (the requests and end conditions
    /// of `stream()`): each page's items, the page as the call's response, its total
    /// when the spec names one, status and headers.
    #[inline]
    pub fn pages(self) -> crate::PageStream<types::CompanyCertInfoListInner, T> {
        self.paginate_pages(&LIST_POD_MANAGED_COMPANY_CERTS_PAGES)
    }
}

/// The optional parameters of [`Client::list_company_certs_by_type`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListCompanyCertsByType> {
    /// Pagination start
    #[inline]
    pub fn skip(mut self, skip: i32) -> Self {
        let req = self.spec_mut();
        req.query.remove("skip");
        req.query.push("skip", &skip);
        self
    }

    /// Row limit
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        let req = self.spec_mut();
        req.query.remove("limit");
        req.query.push("limit", &limit);
        self
    }

    /// Every item of every page, following pagination to the end; each page request
    /// carries this call's parameters and options.
    #[inline]
    pub fn stream(self) -> ItemStream<types::CompanyCertInfoListInner> {
        self.paginate(&LIST_COMPANY_CERTS_BY_TYPE_PAGES)
    }

    /// Every page, following pagination to the end (the requests and end conditions
    /// of `stream()`): each page's items, the page as the call's response, its total
    /// when the spec names one, status and headers.
    #[inline]
    pub fn pages(self) -> crate::PageStream<types::CompanyCertInfoListInner, T> {
        self.paginate_pages(&LIST_COMPANY_CERTS_BY_TYPE_PAGES)
    }
}

/// The optional parameters of [`Client::search_rooms`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::SearchRooms> {
    /// No. of results to skip.
    #[inline]
    pub fn skip(mut self, skip: i32) -> Self {
        let req = self.spec_mut();
        req.query.remove("skip");
        req.query.push("skip", &skip);
        self
    }

    /// Max no. of results to return. If no value is provided, 50 is the default.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        let req = self.spec_mut();
        req.query.remove("limit");
        req.query.push("limit", &limit);
        self
    }

    /// Every item of every page, following pagination to the end; each page request
    /// carries this call's parameters and options.
    #[inline]
    pub fn stream(self) -> ItemStream<types::V2RoomDetail> {
        self.paginate(&SEARCH_ROOMS_PAGES)
    }

    /// Every page, following pagination to the end (the requests and end conditions
    /// of `stream()`): each page's items, the page as the call's response, its total
    /// when the spec names one, status and headers.
    #[inline]
    pub fn pages(self) -> crate::PageStream<types::V2RoomDetail, T> {
        self.paginate_pages(&SEARCH_ROOMS_PAGES)
    }
}

/// The optional parameters of [`Client::get_user_by_email`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::GetUserByEmail> {
    /// If true then a local DB search will be performed and only local pod users will be returned. If absent or false then a directory search will be performed and users from other pods who are visible to the calling user will also be returned.
    #[inline]
    pub fn local(mut self, local: bool) -> Self {
        let req = self.spec_mut();
        req.query.remove("local");
        req.query.push("local", &local);
        self
    }
}
