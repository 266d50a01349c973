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

    /// Sets the timeout of each attempt of every call.
    pub fn timeout(self, timeout: std::time::Duration) -> Self {
        Self {
            inner: self.inner.timeout(timeout),
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_app_entitlements().await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.update_app_entitlements(&body).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_user_app_entitlements(uid).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.update_user_app_entitlements(uid, &body).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.get_configuration(configuration_id).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.update_configuration(configuration_id, &body).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.create_configuration(&body).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_configurations()
    ///     .offset(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_configurations().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.create_configuration_instance(configuration_id, &body).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.get_configuration_instance(configuration_id, instance_id).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.update_configuration_instance(configuration_id, instance_id, &body).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_configuration_instances(configuration_id)
    ///     .offset(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_configuration_instances(configuration_id).stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.create_disclaimer(&body).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.get_disclaimer(did).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.update_disclaimer(did, &body).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_disclaimer_users(did).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_disclaimers().await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.add_group_members(gid, &body).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_group_members(gid).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.remove_group_members(gid, &body).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_groups().await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_policies().await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.suppress_message(id).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_presence().await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.get_user_presence(uid).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.set_user_presence(uid, &body).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.add_room_member(id, &body).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.demote_room_owner(id, &body).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_room_members(id).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.promote_room_owner(id, &body).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.remove_room_member(id, &body).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.create_company_cert(&body).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.delete_company_cert(&body).await?;
    /// ```
    #[inline]
    pub fn delete_company_cert(
        &self,
        body: &types::Stream,
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.get_company_cert(finger_print).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_company_certs_issued_by(finger_print).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.update_company_cert(finger_print, &body).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_company_certs()
    ///     .skip(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_company_certs().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_pod_managed_company_certs()
    ///     .skip(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_pod_managed_company_certs().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_company_certs_by_type(&body)
    ///     .skip(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_company_certs_by_type(&body).stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.get_session_info().await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.create_im(&body).await?;
    /// ```
    #[inline]
    pub fn create_im(
        &self,
        body: &types::UserIdList,
    ) -> Call<types::Stream, ops::CreateIm> {
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.create_room_v1(&body).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.get_room_info_v1(id).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.set_room_active(id, active).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.update_room_v1(id, &body).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.create_room(&body).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.get_room_info(id).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.update_room(id, &body).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.search_rooms(&body)
    ///     .skip(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.search_rooms(&body).stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_features().await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_roles().await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.create_user(&body).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.find_users(&body).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_user_ids().await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.reset_user_password(uid, &body).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.get_user_avatar(uid).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.update_user_avatar(uid, &body).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.get_user_delegates(uid).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.update_user_delegates(uid, &body).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.get_user_disclaimer(uid).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.assign_user_disclaimer(uid, &body).await?;
    /// ```
    #[inline]
    pub fn assign_user_disclaimer(
        &self,
        uid: i64,
        body: &types::Stream,
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_user_features(uid).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.update_user_features(uid, &body).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.get_user_details(uid).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_user_roles(uid).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.update_user_roles(uid, &body).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.get_user_status(uid).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.update_user_status(uid, &body).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.update_user(uid, &body).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.get_user_by_email(email)
    ///     .local(true)
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.get_user_by_username(user_name).await?;
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
