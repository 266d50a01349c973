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

static V1_CONFIGURATION_LIST_GET_PAGES: Pagination = Pagination {
    kind: PageKind::Offset {
        param: "offset",
    },
    size_param: Some("limit"),
    items: "",
    next: None,
    total: None,
};

static V1_CONFIGURATION_CONFIGURATION_ID_INSTANCE_LIST_GET_PAGES: Pagination = Pagination {
    kind: PageKind::Offset {
        param: "offset",
    },
    size_param: Some("limit"),
    items: "",
    next: None,
    total: None,
};

static V1_COMPANYCERT_LIST_GET_PAGES: Pagination = Pagination {
    kind: PageKind::Offset { param: "skip" },
    size_param: Some("limit"),
    items: "",
    next: None,
    total: None,
};

static V1_COMPANYCERT_PODMANAGED_LIST_GET_PAGES: Pagination = Pagination {
    kind: PageKind::Offset { param: "skip" },
    size_param: Some("limit"),
    items: "",
    next: None,
    total: None,
};

static V1_COMPANYCERT_TYPE_LIST_POST_PAGES: Pagination = Pagination {
    kind: PageKind::Offset { param: "skip" },
    size_param: Some("limit"),
    items: "",
    next: None,
    total: None,
};

static V2_ROOM_SEARCH_POST_PAGES: Pagination = Pagination {
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

    /// Uses this `reqwest::Client` (proxies, TLS roots, connection pools).
    pub fn http_client(self, http: codegen_runtime::reqwest::Client) -> Self {
        Self {
            inner: self.inner.http_client(http),
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
    /// The base URL of the spec's first server (`https://{podHost}/pod`).
    pub const DEFAULT_BASE_URL: &'static str = "https://example.symphony.com/pod";

    /// The server URL `https://{podHost}/pod` with its variables filled in: `podHost` (default `example.symphony.com`).
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
    #[inline]
    pub fn v1_admin_app_entitlement_list_get(
        &self,
    ) -> Call<'_, types::PodAppEntitlementList, ops::V1AdminAppEntitlementListGet> {
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
    #[inline]
    pub fn v1_admin_app_entitlement_list_post(
        &self,
        body: &types::PodAppEntitlementList,
    ) -> Call<'_, types::PodAppEntitlementList, ops::V1AdminAppEntitlementListPost> {
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
    #[inline]
    pub fn v1_admin_user_uid_app_entitlement_list_get(
        &self,
        uid: i64,
    ) -> Call<
        '_,
        types::UserAppEntitlementList,
        ops::V1AdminUserUidAppEntitlementListGet,
    > {
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
    #[inline]
    pub fn v1_admin_user_uid_app_entitlement_list_post(
        &self,
        uid: i64,
        body: &types::UserAppEntitlementList,
    ) -> Call<
        '_,
        types::UserAppEntitlementList,
        ops::V1AdminUserUidAppEntitlementListPost,
    > {
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
    #[inline]
    pub fn v1_configuration_configuration_id_get_get(
        &self,
        configuration_id: &str,
    ) -> Call<'_, types::V1Configuration, ops::V1ConfigurationConfigurationIdGetGet> {
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
    #[inline]
    pub fn v1_configuration_configuration_id_update_put(
        &self,
        configuration_id: &str,
        body: &types::V1Configuration,
    ) -> Call<'_, types::V1Configuration, ops::V1ConfigurationConfigurationIdUpdatePut> {
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
    #[inline]
    pub fn v1_configuration_create_post(
        &self,
        body: &types::V1ConfigurationSubmissionCreate,
    ) -> Call<'_, types::V1Configuration, ops::V1ConfigurationCreatePost> {
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
    #[inline]
    pub fn v1_configuration_list_get(
        &self,
    ) -> Call<'_, Option<types::ConfigurationList>, ops::V1ConfigurationListGet> {
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
    #[inline]
    pub fn v1_configuration_configuration_id_instance_create_post(
        &self,
        configuration_id: &str,
        body: &types::ConfigurationInstanceSubmissionCreate,
    ) -> Call<
        '_,
        types::ConfigurationInstance,
        ops::V1ConfigurationConfigurationIdInstanceCreatePost,
    > {
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
    #[inline]
    pub fn v1_configuration_configuration_id_instance_instance_id_get_get(
        &self,
        configuration_id: &str,
        instance_id: &str,
    ) -> Call<
        '_,
        types::ConfigurationInstance,
        ops::V1ConfigurationConfigurationIdInstanceInstanceIdGetGet,
    > {
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
    #[inline]
    pub fn v1_configuration_configuration_id_instance_instance_id_update_put(
        &self,
        configuration_id: &str,
        instance_id: &str,
        body: &types::ConfigurationInstanceSubmissionUpdate,
    ) -> Call<
        '_,
        types::ConfigurationInstance,
        ops::V1ConfigurationConfigurationIdInstanceInstanceIdUpdatePut,
    > {
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
    #[inline]
    pub fn v1_configuration_configuration_id_instance_list_get(
        &self,
        configuration_id: &str,
    ) -> Call<
        '_,
        Option<types::ConfigurationInstanceList>,
        ops::V1ConfigurationConfigurationIdInstanceListGet,
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
    #[inline]
    pub fn v1_admin_disclaimer_create_post(
        &self,
        body: &types::Disclaimer,
    ) -> Call<'_, types::Disclaimer, ops::V1AdminDisclaimerCreatePost> {
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
    #[inline]
    pub fn v1_admin_disclaimer_did_get(
        &self,
        did: &str,
    ) -> Call<'_, types::Disclaimer, ops::V1AdminDisclaimerDidGet> {
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
    #[inline]
    pub fn v1_admin_disclaimer_did_update_post(
        &self,
        did: &str,
        body: &types::Disclaimer,
    ) -> Call<'_, types::Disclaimer, ops::V1AdminDisclaimerDidUpdatePost> {
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
    #[inline]
    pub fn v1_admin_disclaimer_did_users_get(
        &self,
        did: &str,
    ) -> Call<'_, types::UserIdList, ops::V1AdminDisclaimerDidUsersGet> {
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
    #[inline]
    pub fn v1_admin_disclaimer_list_get(
        &self,
    ) -> Call<'_, types::DisclaimerList, ops::V1AdminDisclaimerListGet> {
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
    #[inline]
    pub fn v1_admin_group_gid_membership_add_post(
        &self,
        gid: &str,
        body: &types::IntegerList,
    ) -> Call<'_, types::BulkActionResult, ops::V1AdminGroupGidMembershipAddPost> {
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
    #[inline]
    pub fn v1_admin_group_gid_membership_list_get(
        &self,
        gid: &str,
    ) -> Call<'_, types::IntegerList, ops::V1AdminGroupGidMembershipListGet> {
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
    #[inline]
    pub fn v1_admin_group_gid_membership_remove_post(
        &self,
        gid: &str,
        body: &types::IntegerList,
    ) -> Call<'_, types::BulkActionResult, ops::V1AdminGroupGidMembershipRemovePost> {
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
    #[inline]
    pub fn v1_admin_group_list_get(
        &self,
    ) -> Call<'_, types::GroupList, ops::V1AdminGroupListGet> {
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
    #[inline]
    pub fn v1_admin_policy_list_get(
        &self,
    ) -> Call<'_, types::PolicyList, ops::V1AdminPolicyListGet> {
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
    #[inline]
    pub fn v1_admin_messagesuppression_id_suppress_post(
        &self,
        id: &str,
    ) -> Call<
        '_,
        types::MessageSuppressionResponse,
        ops::V1AdminMessagesuppressionIdSuppressPost,
    > {
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
    #[inline]
    pub fn v1_presence_get(&self) -> Call<'_, types::PresenceList, ops::V1PresenceGet> {
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
    #[inline]
    pub fn v1_user_uid_presence_get(
        &self,
        uid: i64,
    ) -> Call<'_, types::Presence, ops::V1UserUidPresenceGet> {
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
    #[inline]
    pub fn v1_user_uid_presence_post(
        &self,
        uid: i64,
        body: &types::Presence,
    ) -> Call<'_, types::Presence, ops::V1UserUidPresencePost> {
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
    #[inline]
    pub fn v1_room_id_membership_add_post(
        &self,
        id: &str,
        body: &types::UserId,
    ) -> Call<'_, types::SuccessResponse, ops::V1RoomIdMembershipAddPost> {
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
    #[inline]
    pub fn v1_room_id_membership_demote_owner_post(
        &self,
        id: &str,
        body: &types::UserId,
    ) -> Call<'_, types::SuccessResponse, ops::V1RoomIdMembershipDemoteOwnerPost> {
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
    #[inline]
    pub fn v1_room_id_membership_list_get(
        &self,
        id: &str,
    ) -> Call<'_, types::MembershipList, ops::V1RoomIdMembershipListGet> {
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
    #[inline]
    pub fn v1_room_id_membership_promote_owner_post(
        &self,
        id: &str,
        body: &types::UserId,
    ) -> Call<'_, types::SuccessResponse, ops::V1RoomIdMembershipPromoteOwnerPost> {
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
    #[inline]
    pub fn v1_room_id_membership_remove_post(
        &self,
        id: &str,
        body: &types::UserId,
    ) -> Call<'_, types::SuccessResponse, ops::V1RoomIdMembershipRemovePost> {
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
    #[inline]
    pub fn v1_companycert_create_post(
        &self,
        body: &types::CompanyCert,
    ) -> Call<'_, types::SuccessResponse, ops::V1CompanycertCreatePost> {
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
    #[inline]
    pub fn v1_companycert_delete_post(
        &self,
        body: &types::Stream,
    ) -> Call<'_, types::SuccessResponse, ops::V1CompanycertDeletePost> {
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
    #[inline]
    pub fn v1_companycert_finger_print_get_get(
        &self,
        finger_print: &str,
    ) -> Call<'_, types::CompanyCertDetail, ops::V1CompanycertFingerPrintGetGet> {
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
    #[inline]
    pub fn v1_companycert_finger_print_issued_by_get(
        &self,
        finger_print: &str,
    ) -> Call<'_, types::CompanyCertInfoList, ops::V1CompanycertFingerPrintIssuedByGet> {
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
    #[inline]
    pub fn v1_companycert_finger_print_update_post(
        &self,
        finger_print: &str,
        body: &types::CompanyCertAttributes,
    ) -> Call<'_, types::SuccessResponse, ops::V1CompanycertFingerPrintUpdatePost> {
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
    #[inline]
    pub fn v1_companycert_list_get(
        &self,
    ) -> Call<'_, types::CompanyCertInfoList, ops::V1CompanycertListGet> {
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
    #[inline]
    pub fn v1_companycert_podmanaged_list_get(
        &self,
    ) -> Call<'_, types::CompanyCertInfoList, ops::V1CompanycertPodmanagedListGet> {
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
    #[inline]
    pub fn v1_companycert_type_list_post(
        &self,
        body: &types::CompanyCertTypeList,
    ) -> Call<'_, types::CompanyCertInfoList, ops::V1CompanycertTypeListPost> {
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
    #[inline]
    pub fn v1_sessioninfo_get(
        &self,
    ) -> Call<'_, types::SessionInfo, ops::V1SessioninfoGet> {
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
    #[inline]
    pub fn v1_im_create_post(
        &self,
        body: &types::UserIdList,
    ) -> Call<'_, types::Stream, ops::V1ImCreatePost> {
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
    #[deprecated(note = "deprecated in the API description")]
    #[inline]
    pub fn v1_room_create_post(
        &self,
        body: &types::RoomCreate,
    ) -> Call<'_, types::RoomDetail, ops::V1RoomCreatePost> {
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
    #[deprecated(note = "deprecated in the API description")]
    #[inline]
    pub fn v1_room_id_info_get(
        &self,
        id: &str,
    ) -> Call<'_, types::RoomDetail, ops::V1RoomIdInfoGet> {
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
    #[inline]
    pub fn v1_room_id_set_active_post(
        &self,
        id: &str,
        active: bool,
    ) -> Call<'_, types::RoomDetail, ops::V1RoomIdSetActivePost> {
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
    #[deprecated(note = "deprecated in the API description")]
    #[inline]
    pub fn v1_room_id_update_post(
        &self,
        id: &str,
        body: &types::RoomAttributes,
    ) -> Call<'_, types::RoomDetail, ops::V1RoomIdUpdatePost> {
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
    #[inline]
    pub fn v2_room_create_post(
        &self,
        body: &types::V2RoomAttributes,
    ) -> Call<'_, types::V2RoomDetail, ops::V2RoomCreatePost> {
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
    #[inline]
    pub fn v2_room_id_info_get(
        &self,
        id: &str,
    ) -> Call<'_, types::V2RoomDetail, ops::V2RoomIdInfoGet> {
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
    #[inline]
    pub fn v2_room_id_update_post(
        &self,
        id: &str,
        body: &types::V2RoomAttributes,
    ) -> Call<'_, types::V2RoomDetail, ops::V2RoomIdUpdatePost> {
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
    #[inline]
    pub fn v2_room_search_post(
        &self,
        body: &types::RoomSearchCriteria,
    ) -> Call<'_, types::RoomSearchResults, ops::V2RoomSearchPost> {
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
    #[inline]
    pub fn v1_admin_system_features_list_get(
        &self,
    ) -> Call<'_, types::StringList, ops::V1AdminSystemFeaturesListGet> {
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
    #[inline]
    pub fn v1_admin_system_roles_list_get(
        &self,
    ) -> Call<'_, types::StringList, ops::V1AdminSystemRolesListGet> {
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
    #[inline]
    pub fn v1_admin_user_create_post(
        &self,
        body: &types::UserCreate,
    ) -> Call<'_, types::UserDetail, ops::V1AdminUserCreatePost> {
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
    #[inline]
    pub fn v1_admin_user_find_post(
        &self,
        body: &types::UserFilter,
    ) -> Call<'_, types::UserList, ops::V1AdminUserFindPost> {
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
    #[inline]
    pub fn v1_admin_user_list_get(
        &self,
    ) -> Call<'_, types::UserIdList, ops::V1AdminUserListGet> {
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
    #[inline]
    pub fn v1_admin_user_uid_action_password_reset_post(
        &self,
        uid: i64,
        body: &types::PasswordReset,
    ) -> Call<'_, types::SuccessResponse, ops::V1AdminUserUidActionPasswordResetPost> {
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
    #[inline]
    pub fn v1_admin_user_uid_avatar_get(
        &self,
        uid: i64,
    ) -> Call<'_, types::AvatarList, ops::V1AdminUserUidAvatarGet> {
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
    #[inline]
    pub fn v1_admin_user_uid_avatar_update_post(
        &self,
        uid: i64,
        body: &types::AvatarUpdate,
    ) -> Call<'_, types::SuccessResponse, ops::V1AdminUserUidAvatarUpdatePost> {
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
    #[inline]
    pub fn v1_admin_user_uid_delegates_get(
        &self,
        uid: i64,
    ) -> Call<'_, types::IntegerList, ops::V1AdminUserUidDelegatesGet> {
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
    #[inline]
    pub fn v1_admin_user_uid_delegates_update_post(
        &self,
        uid: i64,
        body: &types::DelegateAction,
    ) -> Call<'_, types::SuccessResponse, ops::V1AdminUserUidDelegatesUpdatePost> {
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
    #[inline]
    pub fn v1_admin_user_uid_disclaimer_get(
        &self,
        uid: i64,
    ) -> Call<'_, Option<types::Disclaimer>, ops::V1AdminUserUidDisclaimerGet> {
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
    #[inline]
    pub fn v1_admin_user_uid_disclaimer_update_post(
        &self,
        uid: i64,
        body: &types::Stream,
    ) -> Call<'_, types::SuccessResponse, ops::V1AdminUserUidDisclaimerUpdatePost> {
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
    #[inline]
    pub fn v1_admin_user_uid_features_get(
        &self,
        uid: i64,
    ) -> Call<'_, types::FeatureList, ops::V1AdminUserUidFeaturesGet> {
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
    #[inline]
    pub fn v1_admin_user_uid_features_update_post(
        &self,
        uid: i64,
        body: &types::FeatureList,
    ) -> Call<'_, types::SuccessResponse, ops::V1AdminUserUidFeaturesUpdatePost> {
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
    #[inline]
    pub fn v1_admin_user_uid_get(
        &self,
        uid: i64,
    ) -> Call<'_, types::UserDetail, ops::V1AdminUserUidGet> {
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
    #[inline]
    pub fn v1_admin_user_uid_roles_get(
        &self,
        uid: i64,
    ) -> Call<'_, types::RoleList, ops::V1AdminUserUidRolesGet> {
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
    #[inline]
    pub fn v1_admin_user_uid_roles_update_post(
        &self,
        uid: i64,
        body: &types::StringList,
    ) -> Call<'_, types::SuccessResponse, ops::V1AdminUserUidRolesUpdatePost> {
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
    #[inline]
    pub fn v1_admin_user_uid_status_get(
        &self,
        uid: i64,
    ) -> Call<'_, types::UserStatus, ops::V1AdminUserUidStatusGet> {
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
    #[inline]
    pub fn v1_admin_user_uid_status_update_post(
        &self,
        uid: i64,
        body: &types::UserStatus,
    ) -> Call<'_, types::SuccessResponse, ops::V1AdminUserUidStatusUpdatePost> {
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
    #[inline]
    pub fn v1_admin_user_uid_update_post(
        &self,
        uid: i64,
        body: &types::UserAttributes,
    ) -> Call<'_, types::UserDetail, ops::V1AdminUserUidUpdatePost> {
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
    #[inline]
    pub fn v1_user_get(
        &self,
        email: &str,
    ) -> Call<'_, Option<types::User>, ops::V1UserGet> {
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
    #[inline]
    pub fn v1_user_name_user_name_get_get(
        &self,
        user_name: &str,
    ) -> Call<'_, Option<types::User>, ops::V1UserNameUserNameGetGet> {
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

/// The optional parameters of [`Client::v1_configuration_list_get`]: each setter replaces the parameter's earlier value.
impl<'a, T: Send + 'a> Call<'a, T, ops::V1ConfigurationListGet> {
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
    pub fn stream(self) -> ItemStream<'a, types::V1Configuration> {
        self.paginate(&V1_CONFIGURATION_LIST_GET_PAGES)
    }
}

/// The optional parameters of [`Client::v1_configuration_configuration_id_instance_list_get`]: each setter replaces the parameter's earlier value.
impl<'a, T: Send + 'a> Call<'a, T, ops::V1ConfigurationConfigurationIdInstanceListGet> {
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
    pub fn stream(self) -> ItemStream<'a, types::ConfigurationInstance> {
        self.paginate(&V1_CONFIGURATION_CONFIGURATION_ID_INSTANCE_LIST_GET_PAGES)
    }
}

/// The optional parameters of [`Client::v1_companycert_list_get`]: each setter replaces the parameter's earlier value.
impl<'a, T: Send + 'a> Call<'a, T, ops::V1CompanycertListGet> {
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
    pub fn stream(self) -> ItemStream<'a, types::CompanyCertInfoListInner> {
        self.paginate(&V1_COMPANYCERT_LIST_GET_PAGES)
    }
}

/// The optional parameters of [`Client::v1_companycert_podmanaged_list_get`]: each setter replaces the parameter's earlier value.
impl<'a, T: Send + 'a> Call<'a, T, ops::V1CompanycertPodmanagedListGet> {
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
    pub fn stream(self) -> ItemStream<'a, types::CompanyCertInfoListInner> {
        self.paginate(&V1_COMPANYCERT_PODMANAGED_LIST_GET_PAGES)
    }
}

/// The optional parameters of [`Client::v1_companycert_type_list_post`]: each setter replaces the parameter's earlier value.
impl<'a, T: Send + 'a> Call<'a, T, ops::V1CompanycertTypeListPost> {
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
    pub fn stream(self) -> ItemStream<'a, types::CompanyCertInfoListInner> {
        self.paginate(&V1_COMPANYCERT_TYPE_LIST_POST_PAGES)
    }
}

/// The optional parameters of [`Client::v2_room_search_post`]: each setter replaces the parameter's earlier value.
impl<'a, T: Send + 'a> Call<'a, T, ops::V2RoomSearchPost> {
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
    pub fn stream(self) -> ItemStream<'a, types::V2RoomDetail> {
        self.paginate(&V2_ROOM_SEARCH_POST_PAGES)
    }
}

/// The optional parameters of [`Client::v1_user_get`]: each setter replaces the parameter's earlier value.
impl<'a, T: Send + 'a> Call<'a, T, ops::V1UserGet> {
    /// If true then a local DB search will be performed and only local pod users will be returned. If absent or false then a directory search will be performed and users from other pods who are visible to the calling user will also be returned.
    #[inline]
    pub fn local(mut self, local: bool) -> Self {
        let req = self.spec_mut();
        req.query.remove("local");
        req.query.push("local", &local);
        self
    }
}
