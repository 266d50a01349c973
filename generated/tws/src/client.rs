// This file is generated from specs/tws.yaml by `cargo xtask generate`. Do not edit it by hand.

use codegen_runtime::{ClientCore, Method, RequestSpec, RetryPolicy};
use codegen_runtime::{PageKind, Pagination};
use codegen_runtime::{CredentialSource, SchemeLocation, Secret, SecurityScheme};
use crate::ops;
use crate::types;
use crate::ItemStream;
use crate::Call;

static SCHEME_BEARER: SecurityScheme = SecurityScheme {
    name: "bearer",
    location: SchemeLocation::Header("Authorization"),
    prefix: "Bearer ",
};

static SCHEME_ORGANIZATION_TOKEN: SecurityScheme = SecurityScheme {
    name: "organization_token",
    location: SchemeLocation::Header("tws-organization-token"),
    prefix: "",
};

static SCHEME_MEMBERSHIP_ID: SecurityScheme = SecurityScheme {
    name: "membership_id",
    location: SchemeLocation::Header("tws-membership-id"),
    prefix: "",
};

static SECURITY_0: &[&[&SecurityScheme]] = &[&[&SCHEME_ORGANIZATION_TOKEN]];

static SECURITY_1: &[&[&SecurityScheme]] = &[
    &[&SCHEME_BEARER, &SCHEME_ORGANIZATION_TOKEN, &SCHEME_MEMBERSHIP_ID],
];

static LIST_WORK_SESSIONS_PAGES: Pagination = Pagination {
    kind: PageKind::Page { param: "page" },
    size_param: Some("page_size"),
    items: "/data",
    next: None,
    total: None,
};

static LIST_USERS_PAGES: Pagination = Pagination {
    kind: PageKind::Page { param: "page" },
    size_param: Some("page_size"),
    items: "/data",
    next: None,
    total: None,
};

static LIST_SITES_PAGES: Pagination = Pagination {
    kind: PageKind::Page { param: "page" },
    size_param: Some("page_size"),
    items: "/data",
    next: None,
    total: None,
};

static LIST_LOCKS_PAGES: Pagination = Pagination {
    kind: PageKind::Page { param: "page" },
    size_param: Some("page_size"),
    items: "/data",
    next: None,
    total: None,
};

/// A client for Teleporte Web Services (TWS) 3.0.
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
    /// Sets the credential of the `bearer` security scheme, sent in the `Authorization` header after `Bearer`. It never appears in `Debug` output or logs.
    ///
    /// The session token `tws_token.tws_token_data` from `POST /sessions`.
    pub fn bearer(self, value: impl Into<Secret>) -> Self {
        Self {
            inner: self.inner.credential("bearer", value.into()),
        }
    }

    /// Like [`ClientBuilder::bearer`], with a source asked for the credential on every call (to rotate or refresh it).
    pub fn bearer_source(self, source: impl CredentialSource + 'static) -> Self {
        Self {
            inner: self.inner.credential("bearer", source),
        }
    }

    /// Sets the credential of the `organization_token` security scheme, sent in the `tws-organization-token` header. It never appears in `Debug` output or logs.
    ///
    /// The organization's API token (TwsApiOrgToken).
    pub fn organization_token(self, value: impl Into<Secret>) -> Self {
        Self {
            inner: self.inner.credential("organization_token", value.into()),
        }
    }

    /// Like [`ClientBuilder::organization_token`], with a source asked for the credential on every call (to rotate or refresh it).
    pub fn organization_token_source(
        self,
        source: impl CredentialSource + 'static,
    ) -> Self {
        Self {
            inner: self.inner.credential("organization_token", source),
        }
    }

    /// Sets the credential of the `membership_id` security scheme, sent in the `tws-membership-id` header. It never appears in `Debug` output or logs.
    ///
    /// The caller's membership id in this organization (from `tws_memberships` of the session).
    pub fn membership_id(self, value: impl Into<Secret>) -> Self {
        Self {
            inner: self.inner.credential("membership_id", value.into()),
        }
    }

    /// Like [`ClientBuilder::membership_id`], with a source asked for the credential on every call (to rotate or refresh it).
    pub fn membership_id_source(self, source: impl CredentialSource + 'static) -> Self {
        Self {
            inner: self.inner.credential("membership_id", source),
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
    /// The base URL of your server: `https://{host}/v3` with its variables filled in: `host` (e.g. `tws-api-1234.sera4.com`).
    ///
    /// The server differs per customer, so the client has no default base URL: pass this to
    /// [`Client::builder`] or [`Client::new`].
    pub fn server_url(host: &str) -> String {
        format!("https://{}/v3", host)
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

    /// A client whose `bearer`, `membership_id` credentials come from a session: [`Client::create_session`] is called with these arguments when first needed, again shortly before the session expires, and once more after a 401 (then the call is resent). Concurrent calls share one login; a failed login is `Error::Login`. The response's list at `/tws_memberships` must hold one item; with several, choose one by its `/organization_id` with [`Client::with_session_for`].
    pub fn with_session(&self, body: &types::SessionCreate) -> Self {
        let login = self.create_session(body).into_spec();
        let session = codegen_runtime::Session::new(
            self.core.clone(),
            login,
            Some("/tws_token/tws_token_expires_at"),
        );
        Self {
            core: self
                .core
                .with_credential(
                    "bearer",
                    session.credential("/tws_token/tws_token_data"),
                )
                .with_credential(
                    "membership_id",
                    session
                        .chosen_credential("/tws_memberships", "/organization_id", "/id"),
                ),
        }
    }

    /// Like [`Client::with_session`], taking the credentials from the item of the response's list at `/tws_memberships` whose `/organization_id` is `organization_id` (an account with several, say, picks one).
    pub fn with_session_for(
        &self,
        organization_id: impl Into<String>,
        body: &types::SessionCreate,
    ) -> Self {
        let login = self.create_session(body).into_spec();
        let session = codegen_runtime::Session::choosing(
            self.core.clone(),
            login,
            Some("/tws_token/tws_token_expires_at"),
            Some(organization_id.into()),
        );
        Self {
            core: self
                .core
                .with_credential(
                    "bearer",
                    session.credential("/tws_token/tws_token_data"),
                )
                .with_credential(
                    "membership_id",
                    session
                        .chosen_credential("/tws_memberships", "/organization_id", "/id"),
                ),
        }
    }

    /// Create a session
    ///
    /// `POST /sessions` (create_session)
    ///
    /// Log in with the administrator's username and password. The response holds the bearer token (`tws_token.tws_token_data`), its expiry and the caller's memberships; later calls send the token, the organization token and a membership id. Renew the session before `tws_token_expires_at`, and after a 401.
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `201`: The session.
    /// - `401`, [`CreateSessionError::Unauthorized`](crate::errors::CreateSessionError::Unauthorized) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Not authenticated; create a new session.
    /// - `422`, [`CreateSessionError::Status422`](crate::errors::CreateSessionError::Status422) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Malformed input.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateSessionError`](crate::errors::CreateSessionError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use tws_client::types;
    /// # async fn example(client: &tws_client::Client, body: types :: SessionCreate) -> Result<(), tws_client::Error> {
    /// let response = client.create_session(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn create_session(
        &self,
        body: &types::SessionCreate,
    ) -> Call<types::Session, ops::CreateSession> {
        let mut req = RequestSpec::new("create_session", Method::POST, "/sessions", &[]);
        req.security = SECURITY_0;
        req.error_statuses = &[(401, 0), (422, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// List work sessions
    ///
    /// `GET /work_sessions` (list_work_sessions)
    ///
    /// The organization's work sessions (check-in to check-out periods); pending ones can be approved.
    ///
    /// # Parameters
    ///
    /// - `page` (query, optional: `.page(…)` on the call): The page number, from 1.
    /// - `page_size` (query, optional: `.page_size(…)` on the call): Items per page; the maximum differs by endpoint.
    /// - `sort_by` (query, optional: `.sort_by(…)` on the call): `<field>, <direction>` with direction `asc` or `desc`, e.g. `created_at, desc`.
    ///
    /// # Responses
    ///
    /// - `200`: One page of work sessions.
    /// - `401`, [`ListWorkSessionsError::Unauthorized`](crate::errors::ListWorkSessionsError::Unauthorized) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Not authenticated; create a new session.
    /// - `403`, [`ListWorkSessionsError::Forbidden`](crate::errors::ListWorkSessionsError::Forbidden) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Not permitted for this resource or URL (check the API URL and membership pairing).
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListWorkSessionsError`](crate::errors::ListWorkSessionsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use tws_client::TryStreamExt;
    /// # #[allow(unused_imports)] use tws_client::types;
    /// # async fn example(client: &tws_client::Client) -> Result<(), tws_client::Error> {
    /// let response = client.list_work_sessions()
    ///     .page(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_work_sessions().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_work_sessions(
        &self,
    ) -> Call<types::WorkSessionList, ops::ListWorkSessions> {
        let mut req = RequestSpec::new(
            "list_work_sessions",
            Method::GET,
            "/work_sessions",
            &[],
        );
        req.security = SECURITY_1;
        req.error_statuses = &[(401, 0), (403, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Approve a pending work session
    ///
    /// `POST /work_sessions/{work_session_id}/approve` (approve_work_session)
    ///
    /// Approve a pending work session taken from the list. The method is inferred (the public page is cut off before it); every other write call on those pages is a POST.
    ///
    /// # Parameters
    ///
    /// - `work_session_id` (path): The id of a pending work session.
    ///
    /// # Responses
    ///
    /// - `200`: Approved.
    /// - `401`, [`ApproveWorkSessionError::Unauthorized`](crate::errors::ApproveWorkSessionError::Unauthorized) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Not authenticated; create a new session.
    /// - `403`, [`ApproveWorkSessionError::Forbidden`](crate::errors::ApproveWorkSessionError::Forbidden) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Not permitted for this resource or URL (check the API URL and membership pairing).
    /// - `409`, [`ApproveWorkSessionError::Conflict`](crate::errors::ApproveWorkSessionError::Conflict) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Already exists or is being processed.
    /// - `422`, [`ApproveWorkSessionError::Status422`](crate::errors::ApproveWorkSessionError::Status422) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Malformed input.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ApproveWorkSessionError`](crate::errors::ApproveWorkSessionError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use tws_client::types;
    /// # async fn example(client: &tws_client::Client, work_session_id: & str) -> Result<(), tws_client::Error> {
    /// let response = client.approve_work_session(work_session_id).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn approve_work_session(
        &self,
        work_session_id: &str,
    ) -> Call<types::WorkSessionEnvelope, ops::ApproveWorkSession> {
        let mut req = RequestSpec::new(
            "approve_work_session",
            Method::POST,
            "/work_sessions/{work_session_id}/approve",
            &[&work_session_id],
        );
        req.security = SECURITY_1;
        req.error_statuses = &[(401, 0), (403, 0), (409, 0), (422, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Create keys
    ///
    /// `POST /keys` (create_keys)
    ///
    /// Give members access to locks between two times; one key per lock and membership. Optional Job Tracking tasks go in `options.tasks`.
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `201`: The keys created.
    /// - `401`, [`CreateKeysError::Unauthorized`](crate::errors::CreateKeysError::Unauthorized) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Not authenticated; create a new session.
    /// - `403`, [`CreateKeysError::Forbidden`](crate::errors::CreateKeysError::Forbidden) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Not permitted for this resource or URL (check the API URL and membership pairing).
    /// - `409`, [`CreateKeysError::Conflict`](crate::errors::CreateKeysError::Conflict) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Already exists or is being processed.
    /// - `422`, [`CreateKeysError::Status422`](crate::errors::CreateKeysError::Status422) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Malformed input.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateKeysError`](crate::errors::CreateKeysError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use tws_client::types;
    /// # async fn example(client: &tws_client::Client, body: types :: KeyCreateRequest) -> Result<(), tws_client::Error> {
    /// let response = client.create_keys(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn create_keys(
        &self,
        body: &types::KeyCreateRequest,
    ) -> Call<types::KeyList, ops::CreateKeys> {
        let mut req = RequestSpec::new("create_keys", Method::POST, "/keys", &[]);
        req.security = SECURITY_1;
        req.error_statuses = &[(401, 0), (403, 0), (409, 0), (422, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get a key
    ///
    /// `GET /keys/{key_id}` (get_key)
    ///
    /// **Unverified:** no source document shows this operation; it is inferred from the API's conventions.
    ///
    /// Inferred from the resource style of `DELETE /keys/{key_id}`; no Sera4 page shows it.
    ///
    /// # Parameters
    ///
    /// - `key_id` (path): The key's id.
    ///
    /// # Responses
    ///
    /// - `200`: The key.
    /// - `401`, [`GetKeyError::Unauthorized`](crate::errors::GetKeyError::Unauthorized) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Not authenticated; create a new session.
    /// - `403`, [`GetKeyError::Forbidden`](crate::errors::GetKeyError::Forbidden) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Not permitted for this resource or URL (check the API URL and membership pairing).
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetKeyError`](crate::errors::GetKeyError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use tws_client::types;
    /// # async fn example(client: &tws_client::Client, key_id: i64) -> Result<(), tws_client::Error> {
    /// let response = client.get_key(key_id).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_key(&self, key_id: i64) -> Call<types::KeyEnvelope, ops::GetKey> {
        let mut req = RequestSpec::new(
            "get_key",
            Method::GET,
            "/keys/{key_id}",
            &[&key_id],
        );
        req.security = SECURITY_1;
        req.error_statuses = &[(401, 0), (403, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Delete a key
    ///
    /// `DELETE /keys/{key_id}` (delete_key)
    ///
    /// Revoke a key.
    ///
    /// # Parameters
    ///
    /// - `key_id` (path): The key's id.
    ///
    /// # Responses
    ///
    /// - `204`: Deleted.
    /// - `401`, [`DeleteKeyError::Unauthorized`](crate::errors::DeleteKeyError::Unauthorized) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Not authenticated; create a new session.
    /// - `403`, [`DeleteKeyError::Forbidden`](crate::errors::DeleteKeyError::Forbidden) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Not permitted for this resource or URL (check the API URL and membership pairing).
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeleteKeyError`](crate::errors::DeleteKeyError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use tws_client::types;
    /// # async fn example(client: &tws_client::Client, key_id: i64) -> Result<(), tws_client::Error> {
    /// client.delete_key(key_id).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn delete_key(&self, key_id: i64) -> Call<(), ops::DeleteKey> {
        let mut req = RequestSpec::new(
            "delete_key",
            Method::DELETE,
            "/keys/{key_id}",
            &[&key_id],
        );
        req.security = SECURITY_1;
        req.error_statuses = &[(401, 0), (403, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// List users
    ///
    /// `GET /users` (list_users)
    ///
    /// **Unverified:** no source document shows this operation; it is inferred from the API's conventions.
    ///
    /// Inferred from the users family of the documentation and its LIST conventions (page, page_size, sort_by).
    ///
    /// # Parameters
    ///
    /// - `page` (query, optional: `.page(…)` on the call): The page number, from 1.
    /// - `page_size` (query, optional: `.page_size(…)` on the call): Items per page; the maximum differs by endpoint.
    /// - `sort_by` (query, optional: `.sort_by(…)` on the call): `<field>, <direction>` with direction `asc` or `desc`, e.g. `created_at, desc`.
    ///
    /// # Responses
    ///
    /// - `200`: One page of users.
    /// - `401`, [`ListUsersError::Unauthorized`](crate::errors::ListUsersError::Unauthorized) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Not authenticated; create a new session.
    /// - `403`, [`ListUsersError::Forbidden`](crate::errors::ListUsersError::Forbidden) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Not permitted for this resource or URL (check the API URL and membership pairing).
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListUsersError`](crate::errors::ListUsersError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use tws_client::TryStreamExt;
    /// # #[allow(unused_imports)] use tws_client::types;
    /// # async fn example(client: &tws_client::Client) -> Result<(), tws_client::Error> {
    /// let response = client.list_users()
    ///     .page(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_users().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_users(&self) -> Call<types::UserList, ops::ListUsers> {
        let mut req = RequestSpec::new("list_users", Method::GET, "/users", &[]);
        req.security = SECURITY_1;
        req.error_statuses = &[(401, 0), (403, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Create a user
    ///
    /// `POST /users` (create_user)
    ///
    /// Add a user to the organization; the response holds the new membership id.
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `201`: The new membership.
    /// - `401`, [`CreateUserError::Unauthorized`](crate::errors::CreateUserError::Unauthorized) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Not authenticated; create a new session.
    /// - `403`, [`CreateUserError::Forbidden`](crate::errors::CreateUserError::Forbidden) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Not permitted for this resource or URL (check the API URL and membership pairing).
    /// - `409`, [`CreateUserError::Conflict`](crate::errors::CreateUserError::Conflict) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Already exists or is being processed.
    /// - `422`, [`CreateUserError::Status422`](crate::errors::CreateUserError::Status422) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Malformed input.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateUserError`](crate::errors::CreateUserError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use tws_client::types;
    /// # async fn example(client: &tws_client::Client, body: types :: UserCreateRequest) -> Result<(), tws_client::Error> {
    /// let response = client.create_user(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn create_user(
        &self,
        body: &types::UserCreateRequest,
    ) -> Call<types::UserCreated, ops::CreateUser> {
        let mut req = RequestSpec::new("create_user", Method::POST, "/users", &[]);
        req.security = SECURITY_1;
        req.error_statuses = &[(401, 0), (403, 0), (409, 0), (422, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get a user
    ///
    /// `GET /users/{user_id}` (get_user)
    ///
    /// # Parameters
    ///
    /// - `user_id` (path): The user's id (opaque; whether it is the user or the membership id is not documented).
    ///
    /// # Responses
    ///
    /// - `200`: The user.
    /// - `401`, [`GetUserError::Unauthorized`](crate::errors::GetUserError::Unauthorized) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Not authenticated; create a new session.
    /// - `403`, [`GetUserError::Forbidden`](crate::errors::GetUserError::Forbidden) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Not permitted for this resource or URL (check the API URL and membership pairing).
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetUserError`](crate::errors::GetUserError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use tws_client::types;
    /// # async fn example(client: &tws_client::Client, user_id: & str) -> Result<(), tws_client::Error> {
    /// let response = client.get_user(user_id).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_user(&self, user_id: &str) -> Call<types::UserEnvelope, ops::GetUser> {
        let mut req = RequestSpec::new(
            "get_user",
            Method::GET,
            "/users/{user_id}",
            &[&user_id],
        );
        req.security = SECURITY_1;
        req.error_statuses = &[(401, 0), (403, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Delete a user
    ///
    /// `DELETE /users/{user_id}` (delete_user)
    ///
    /// # Parameters
    ///
    /// - `user_id` (path): The user's id (opaque; whether it is the user or the membership id is not documented).
    ///
    /// # Responses
    ///
    /// - `204`: Deleted.
    /// - `401`, [`DeleteUserError::Unauthorized`](crate::errors::DeleteUserError::Unauthorized) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Not authenticated; create a new session.
    /// - `403`, [`DeleteUserError::Forbidden`](crate::errors::DeleteUserError::Forbidden) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Not permitted for this resource or URL (check the API URL and membership pairing).
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeleteUserError`](crate::errors::DeleteUserError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use tws_client::types;
    /// # async fn example(client: &tws_client::Client, user_id: & str) -> Result<(), tws_client::Error> {
    /// client.delete_user(user_id).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn delete_user(&self, user_id: &str) -> Call<(), ops::DeleteUser> {
        let mut req = RequestSpec::new(
            "delete_user",
            Method::DELETE,
            "/users/{user_id}",
            &[&user_id],
        );
        req.security = SECURITY_1;
        req.error_statuses = &[(401, 0), (403, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// List sites
    ///
    /// `GET /sites` (list_sites)
    ///
    /// Sites (a beta family of the API).
    ///
    /// # Parameters
    ///
    /// - `page` (query, optional: `.page(…)` on the call): The page number, from 1.
    /// - `page_size` (query, optional: `.page_size(…)` on the call): Items per page; the maximum differs by endpoint.
    /// - `sort_by` (query, optional: `.sort_by(…)` on the call): `<field>, <direction>` with direction `asc` or `desc`, e.g. `created_at, desc`.
    ///
    /// # Responses
    ///
    /// - `200`: One page of sites.
    /// - `401`, [`ListSitesError::Unauthorized`](crate::errors::ListSitesError::Unauthorized) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Not authenticated; create a new session.
    /// - `403`, [`ListSitesError::Forbidden`](crate::errors::ListSitesError::Forbidden) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Not permitted for this resource or URL (check the API URL and membership pairing).
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListSitesError`](crate::errors::ListSitesError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use tws_client::TryStreamExt;
    /// # #[allow(unused_imports)] use tws_client::types;
    /// # async fn example(client: &tws_client::Client) -> Result<(), tws_client::Error> {
    /// let response = client.list_sites()
    ///     .page(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_sites().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_sites(&self) -> Call<types::SiteList, ops::ListSites> {
        let mut req = RequestSpec::new("list_sites", Method::GET, "/sites", &[]);
        req.security = SECURITY_1;
        req.error_statuses = &[(401, 0), (403, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// List a site's locks
    ///
    /// `GET /sites/{site_id}/locks` (list_site_locks)
    ///
    /// # Parameters
    ///
    /// - `site_id` (path): The site's id.
    ///
    /// # Responses
    ///
    /// - `200`: The site's locks.
    /// - `401`, [`ListSiteLocksError::Unauthorized`](crate::errors::ListSiteLocksError::Unauthorized) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Not authenticated; create a new session.
    /// - `403`, [`ListSiteLocksError::Forbidden`](crate::errors::ListSiteLocksError::Forbidden) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Not permitted for this resource or URL (check the API URL and membership pairing).
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListSiteLocksError`](crate::errors::ListSiteLocksError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use tws_client::types;
    /// # async fn example(client: &tws_client::Client, site_id: & str) -> Result<(), tws_client::Error> {
    /// let response = client.list_site_locks(site_id).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_site_locks(
        &self,
        site_id: &str,
    ) -> Call<types::LockList, ops::ListSiteLocks> {
        let mut req = RequestSpec::new(
            "list_site_locks",
            Method::GET,
            "/sites/{site_id}/locks",
            &[&site_id],
        );
        req.security = SECURITY_1;
        req.error_statuses = &[(401, 0), (403, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// List locks
    ///
    /// `GET /locks` (list_locks)
    ///
    /// **Unverified:** no source document shows this operation; it is inferred from the API's conventions.
    ///
    /// Inferred from the locks family of the documentation and its LIST conventions.
    ///
    /// # Parameters
    ///
    /// - `page` (query, optional: `.page(…)` on the call): The page number, from 1.
    /// - `page_size` (query, optional: `.page_size(…)` on the call): Items per page; the maximum differs by endpoint.
    /// - `sort_by` (query, optional: `.sort_by(…)` on the call): `<field>, <direction>` with direction `asc` or `desc`, e.g. `created_at, desc`.
    ///
    /// # Responses
    ///
    /// - `200`: One page of locks.
    /// - `401`, [`ListLocksError::Unauthorized`](crate::errors::ListLocksError::Unauthorized) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Not authenticated; create a new session.
    /// - `403`, [`ListLocksError::Forbidden`](crate::errors::ListLocksError::Forbidden) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Not permitted for this resource or URL (check the API URL and membership pairing).
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListLocksError`](crate::errors::ListLocksError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use tws_client::TryStreamExt;
    /// # #[allow(unused_imports)] use tws_client::types;
    /// # async fn example(client: &tws_client::Client) -> Result<(), tws_client::Error> {
    /// let response = client.list_locks()
    ///     .page(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_locks().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_locks(&self) -> Call<types::LockList, ops::ListLocks> {
        let mut req = RequestSpec::new("list_locks", Method::GET, "/locks", &[]);
        req.security = SECURITY_1;
        req.error_statuses = &[(401, 0), (403, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get a lock's status
    ///
    /// `GET /locks/{lock_id}/status` (get_lock_status)
    ///
    /// # Parameters
    ///
    /// - `lock_id` (path): The lock's id.
    ///
    /// # Responses
    ///
    /// - `200`: The lock's status (fields undocumented).
    /// - `401`, [`GetLockStatusError::Unauthorized`](crate::errors::GetLockStatusError::Unauthorized) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Not authenticated; create a new session.
    /// - `403`, [`GetLockStatusError::Forbidden`](crate::errors::GetLockStatusError::Forbidden) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Not permitted for this resource or URL (check the API URL and membership pairing).
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetLockStatusError`](crate::errors::GetLockStatusError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use tws_client::types;
    /// # async fn example(client: &tws_client::Client, lock_id: i64) -> Result<(), tws_client::Error> {
    /// let response = client.get_lock_status(lock_id).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_lock_status(
        &self,
        lock_id: i64,
    ) -> Call<types::LockStatusEnvelope, ops::GetLockStatus> {
        let mut req = RequestSpec::new(
            "get_lock_status",
            Method::GET,
            "/locks/{lock_id}/status",
            &[&lock_id],
        );
        req.security = SECURITY_1;
        req.error_statuses = &[(401, 0), (403, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Set the organization's webhook URL
    ///
    /// `PUT /organization` (update_organization)
    ///
    /// **Unverified:** no source document shows this operation; it is inferred from the API's conventions.
    ///
    /// The documentation says webhooks are enabled by setting the organization's `webhook_url`, through the API only; the path, method and body wrapper are inferred from the API's style and are the least certain of this spec.
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: Updated.
    /// - `401`, [`UpdateOrganizationError::Unauthorized`](crate::errors::UpdateOrganizationError::Unauthorized) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Not authenticated; create a new session.
    /// - `403`, [`UpdateOrganizationError::Forbidden`](crate::errors::UpdateOrganizationError::Forbidden) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Not permitted for this resource or URL (check the API URL and membership pairing).
    /// - `422`, [`UpdateOrganizationError::Status422`](crate::errors::UpdateOrganizationError::Status422) holding [`types::ApiErrorBody`](crate::types::ApiErrorBody): Malformed input.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateOrganizationError`](crate::errors::UpdateOrganizationError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use tws_client::types;
    /// # async fn example(client: &tws_client::Client, body: types :: OrganizationUpdateRequest) -> Result<(), tws_client::Error> {
    /// let response = client.update_organization(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_organization(
        &self,
        body: &types::OrganizationUpdateRequest,
    ) -> Call<types::OrganizationEnvelope, ops::UpdateOrganization> {
        let mut req = RequestSpec::new(
            "update_organization",
            Method::PUT,
            "/organization",
            &[],
        );
        req.security = SECURITY_1;
        req.error_statuses = &[(401, 0), (403, 0), (422, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }
}

/// The optional parameters of [`Client::list_work_sessions`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListWorkSessions> {
    /// The page number, from 1.
    #[inline]
    pub fn page(mut self, page: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("page");
        req.query.push("page", &page);
        self
    }

    /// Items per page; the maximum differs by endpoint.
    #[inline]
    pub fn page_size(mut self, page_size: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("page_size");
        req.query.push("page_size", &page_size);
        self
    }

    /// `<field>, <direction>` with direction `asc` or `desc`, e.g. `created_at, desc`.
    #[inline]
    pub fn sort_by(mut self, sort_by: &types::SortBy) -> Self {
        let req = self.spec_mut();
        req.query.remove("sort_by");
        req.query.push("sort_by", sort_by);
        self
    }

    /// Every item of every page, following pagination to the end; each page request
    /// carries this call's parameters and options.
    #[inline]
    pub fn stream(self) -> ItemStream<types::WorkSession> {
        self.paginate(&LIST_WORK_SESSIONS_PAGES)
    }

    /// Every page, following pagination to the end (the requests and end conditions
    /// of `stream()`): each page's items, the page as the call's response, its total
    /// when the spec names one, status and headers.
    #[inline]
    pub fn pages(self) -> crate::PageStream<types::WorkSession, T> {
        self.paginate_pages(&LIST_WORK_SESSIONS_PAGES)
    }
}

/// The optional parameters of [`Client::list_users`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListUsers> {
    /// The page number, from 1.
    #[inline]
    pub fn page(mut self, page: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("page");
        req.query.push("page", &page);
        self
    }

    /// Items per page; the maximum differs by endpoint.
    #[inline]
    pub fn page_size(mut self, page_size: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("page_size");
        req.query.push("page_size", &page_size);
        self
    }

    /// `<field>, <direction>` with direction `asc` or `desc`, e.g. `created_at, desc`.
    #[inline]
    pub fn sort_by(mut self, sort_by: &types::SortBy) -> Self {
        let req = self.spec_mut();
        req.query.remove("sort_by");
        req.query.push("sort_by", sort_by);
        self
    }

    /// Every item of every page, following pagination to the end; each page request
    /// carries this call's parameters and options.
    #[inline]
    pub fn stream(self) -> ItemStream<types::User> {
        self.paginate(&LIST_USERS_PAGES)
    }

    /// Every page, following pagination to the end (the requests and end conditions
    /// of `stream()`): each page's items, the page as the call's response, its total
    /// when the spec names one, status and headers.
    #[inline]
    pub fn pages(self) -> crate::PageStream<types::User, T> {
        self.paginate_pages(&LIST_USERS_PAGES)
    }
}

/// The optional parameters of [`Client::list_sites`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListSites> {
    /// The page number, from 1.
    #[inline]
    pub fn page(mut self, page: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("page");
        req.query.push("page", &page);
        self
    }

    /// Items per page; the maximum differs by endpoint.
    #[inline]
    pub fn page_size(mut self, page_size: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("page_size");
        req.query.push("page_size", &page_size);
        self
    }

    /// `<field>, <direction>` with direction `asc` or `desc`, e.g. `created_at, desc`.
    #[inline]
    pub fn sort_by(mut self, sort_by: &types::SortBy) -> Self {
        let req = self.spec_mut();
        req.query.remove("sort_by");
        req.query.push("sort_by", sort_by);
        self
    }

    /// Every item of every page, following pagination to the end; each page request
    /// carries this call's parameters and options.
    #[inline]
    pub fn stream(self) -> ItemStream<types::Site> {
        self.paginate(&LIST_SITES_PAGES)
    }

    /// Every page, following pagination to the end (the requests and end conditions
    /// of `stream()`): each page's items, the page as the call's response, its total
    /// when the spec names one, status and headers.
    #[inline]
    pub fn pages(self) -> crate::PageStream<types::Site, T> {
        self.paginate_pages(&LIST_SITES_PAGES)
    }
}

/// The optional parameters of [`Client::list_locks`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListLocks> {
    /// The page number, from 1.
    #[inline]
    pub fn page(mut self, page: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("page");
        req.query.push("page", &page);
        self
    }

    /// Items per page; the maximum differs by endpoint.
    #[inline]
    pub fn page_size(mut self, page_size: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("page_size");
        req.query.push("page_size", &page_size);
        self
    }

    /// `<field>, <direction>` with direction `asc` or `desc`, e.g. `created_at, desc`.
    #[inline]
    pub fn sort_by(mut self, sort_by: &types::SortBy) -> Self {
        let req = self.spec_mut();
        req.query.remove("sort_by");
        req.query.push("sort_by", sort_by);
        self
    }

    /// Every item of every page, following pagination to the end; each page request
    /// carries this call's parameters and options.
    #[inline]
    pub fn stream(self) -> ItemStream<types::Lock> {
        self.paginate(&LIST_LOCKS_PAGES)
    }

    /// Every page, following pagination to the end (the requests and end conditions
    /// of `stream()`): each page's items, the page as the call's response, its total
    /// when the spec names one, status and headers.
    #[inline]
    pub fn pages(self) -> crate::PageStream<types::Lock, T> {
        self.paginate_pages(&LIST_LOCKS_PAGES)
    }
}
