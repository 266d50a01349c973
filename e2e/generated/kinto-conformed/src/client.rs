// This file is generated from e2e/specs/kinto.json with the overlay e2e/specs/kinto-conformed.overlay.yaml by `cargo xtask generate`. Do not edit it by hand.

use codegen_runtime::{ClientCore, Method, RequestSpec, RetryPolicy};
use crate::ops;
use crate::types;
use crate::Call;

/// A client for kinto 1.23.
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
    /// The base URL of the spec's first server (`http://127.0.0.1:18889/v1`).
    pub const DEFAULT_BASE_URL: &'static str = "http://127.0.0.1:18889/v1";

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

    /// `GET /accounts` (get_accounts)
    ///
    /// # Parameters
    ///
    /// - `limit` (query `_limit`, optional: `.limit(…)` on the call)
    /// - `sort` (query `_sort`, optional: `.sort(…)` on the call)
    /// - `token` (query `_token`, optional: `.token(…)` on the call)
    /// - `since` (query `_since`, optional: `.since(…)` on the call)
    /// - `to` (query `_to`, optional: `.to(…)` on the call)
    /// - `before` (query `_before`, optional: `.before(…)` on the call)
    /// - `id` (query, optional: `.id(…)` on the call)
    /// - `last_modified` (query, optional: `.last_modified(…)` on the call)
    /// - `fields` (query `_fields`, optional: `.fields(…)` on the call)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return a list of matching objects.
    /// - `304`, [`GetAccountsError::NotModified`](crate::errors::GetAccountsError::NotModified) with no decoded body: Response has not changed since value in If-None-Match header
    /// - `400`, [`GetAccountsError::BadRequest`](crate::errors::GetAccountsError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`GetAccountsError::Unauthorized`](crate::errors::GetAccountsError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`GetAccountsError::Forbidden`](crate::errors::GetAccountsError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `406`, [`GetAccountsError::NotAcceptable`](crate::errors::GetAccountsError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`GetAccountsError::PreconditionFailed`](crate::errors::GetAccountsError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `default`, [`GetAccountsError::Default`](crate::errors::GetAccountsError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetAccountsError`](crate::errors::GetAccountsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.get_accounts()
    ///     .limit(1)
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_accounts(&self) -> Call<types::GetAccountsResponse, ops::GetAccounts> {
        let mut req = RequestSpec::new("get_accounts", Method::GET, "/accounts", &[]);
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (406, 0), (412, 0), (0, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// `POST /accounts` (create_account)
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return an existing object.
    /// - `201`: Return a created object.
    /// - `400`, [`CreateAccountError::BadRequest`](crate::errors::CreateAccountError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`CreateAccountError::Unauthorized`](crate::errors::CreateAccountError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`CreateAccountError::Forbidden`](crate::errors::CreateAccountError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `406`, [`CreateAccountError::NotAcceptable`](crate::errors::CreateAccountError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`CreateAccountError::PreconditionFailed`](crate::errors::CreateAccountError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `415`, [`CreateAccountError::UnsupportedMediaType`](crate::errors::CreateAccountError::UnsupportedMediaType) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client request was not sent with a correct Content-Type.
    /// - `default`, [`CreateAccountError::Default`](crate::errors::CreateAccountError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateAccountError`](crate::errors::CreateAccountError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client, body: types :: CreateAccountRequest) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.create_account(&body)
    ///     .if_match("\"0\"")
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn create_account(
        &self,
        body: &types::CreateAccountRequest,
    ) -> Call<types::AccountResponse3, ops::CreateAccount> {
        let mut req = RequestSpec::new("create_account", Method::POST, "/accounts", &[]);
        req.error_statuses = &[
            (400, 0),
            (401, 0),
            (403, 0),
            (406, 0),
            (412, 0),
            (0, 0),
            (415, 0),
        ];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, types::AccountResponse3::decode),
        )
    }

    /// `DELETE /accounts` (delete_accounts)
    ///
    /// # Parameters
    ///
    /// - `limit` (query `_limit`, optional: `.limit(…)` on the call)
    /// - `sort` (query `_sort`, optional: `.sort(…)` on the call)
    /// - `token` (query `_token`, optional: `.token(…)` on the call)
    /// - `since` (query `_since`, optional: `.since(…)` on the call)
    /// - `to` (query `_to`, optional: `.to(…)` on the call)
    /// - `before` (query `_before`, optional: `.before(…)` on the call)
    /// - `id` (query, optional: `.id(…)` on the call)
    /// - `last_modified` (query, optional: `.last_modified(…)` on the call)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return a list of matching objects.
    /// - `400`, [`DeleteAccountsError::BadRequest`](crate::errors::DeleteAccountsError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`DeleteAccountsError::Unauthorized`](crate::errors::DeleteAccountsError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`DeleteAccountsError::Forbidden`](crate::errors::DeleteAccountsError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `406`, [`DeleteAccountsError::NotAcceptable`](crate::errors::DeleteAccountsError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`DeleteAccountsError::PreconditionFailed`](crate::errors::DeleteAccountsError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `default`, [`DeleteAccountsError::Default`](crate::errors::DeleteAccountsError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeleteAccountsError`](crate::errors::DeleteAccountsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.delete_accounts()
    ///     .limit(1)
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn delete_accounts(
        &self,
    ) -> Call<types::DeleteAccountsResponse, ops::DeleteAccounts> {
        let mut req = RequestSpec::new(
            "delete_accounts",
            Method::DELETE,
            "/accounts",
            &[],
        );
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (406, 0), (412, 0), (0, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// `GET /accounts/{id}` (get_account)
    ///
    /// # Parameters
    ///
    /// - `id` (path)
    /// - `fields` (query `_fields`, optional: `.fields(…)` on the call)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return the target object.
    /// - `304`, [`GetAccountError::NotModified`](crate::errors::GetAccountError::NotModified) with no decoded body: Response has not changed since value in If-None-Match header
    /// - `400`, [`GetAccountError::BadRequest`](crate::errors::GetAccountError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`GetAccountError::Unauthorized`](crate::errors::GetAccountError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`GetAccountError::Forbidden`](crate::errors::GetAccountError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `404`, [`GetAccountError::NotFound`](crate::errors::GetAccountError::NotFound) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The object does not exist or was deleted.
    /// - `406`, [`GetAccountError::NotAcceptable`](crate::errors::GetAccountError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`GetAccountError::PreconditionFailed`](crate::errors::GetAccountError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `default`, [`GetAccountError::Default`](crate::errors::GetAccountError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetAccountError`](crate::errors::GetAccountError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client, id: & str, fields: & [String]) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.get_account(id)
    ///     .fields(fields)
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_account(
        &self,
        id: &str,
    ) -> Call<types::CreateAccountRequest, ops::GetAccount> {
        let mut req = RequestSpec::new(
            "get_account",
            Method::GET,
            "/accounts/{id}",
            &[&id],
        );
        req.error_statuses = &[
            (400, 0),
            (401, 0),
            (403, 0),
            (406, 0),
            (412, 0),
            (0, 0),
            (404, 0),
        ];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// `PUT /accounts/{id}` (update_account)
    ///
    /// # Parameters
    ///
    /// - `id` (path)
    /// - `body` (`application/json`)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return the target object.
    /// - `201`: Return created object.
    /// - `400`, [`UpdateAccountError::BadRequest`](crate::errors::UpdateAccountError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`UpdateAccountError::Unauthorized`](crate::errors::UpdateAccountError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`UpdateAccountError::Forbidden`](crate::errors::UpdateAccountError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `406`, [`UpdateAccountError::NotAcceptable`](crate::errors::UpdateAccountError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`UpdateAccountError::PreconditionFailed`](crate::errors::UpdateAccountError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `415`, [`UpdateAccountError::UnsupportedMediaType`](crate::errors::UpdateAccountError::UnsupportedMediaType) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client request was not sent with a correct Content-Type.
    /// - `default`, [`UpdateAccountError::Default`](crate::errors::UpdateAccountError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateAccountError`](crate::errors::UpdateAccountError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client, id: & str, body: types :: CreateAccountRequest) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.update_account(id, &body)
    ///     .if_match("\"0\"")
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_account(
        &self,
        id: &str,
        body: &types::CreateAccountRequest,
    ) -> Call<types::AccountResponse3, ops::UpdateAccount> {
        let mut req = RequestSpec::new(
            "update_account",
            Method::PUT,
            "/accounts/{id}",
            &[&id],
        );
        req.error_statuses = &[
            (400, 0),
            (401, 0),
            (403, 0),
            (406, 0),
            (412, 0),
            (0, 0),
            (415, 0),
        ];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, types::AccountResponse3::decode),
        )
    }

    /// `DELETE /accounts/{id}` (delete_account)
    ///
    /// # Parameters
    ///
    /// - `id` (path)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return the target object.
    /// - `400`, [`DeleteAccountError::BadRequest`](crate::errors::DeleteAccountError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`DeleteAccountError::Unauthorized`](crate::errors::DeleteAccountError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`DeleteAccountError::Forbidden`](crate::errors::DeleteAccountError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `404`, [`DeleteAccountError::NotFound`](crate::errors::DeleteAccountError::NotFound) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The object does not exist or was already deleted.
    /// - `406`, [`DeleteAccountError::NotAcceptable`](crate::errors::DeleteAccountError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`DeleteAccountError::PreconditionFailed`](crate::errors::DeleteAccountError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `default`, [`DeleteAccountError::Default`](crate::errors::DeleteAccountError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeleteAccountError`](crate::errors::DeleteAccountError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client, id: & str) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.delete_account(id)
    ///     .if_match("\"0\"")
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn delete_account(
        &self,
        id: &str,
    ) -> Call<types::DeleteAccountResponse, ops::DeleteAccount> {
        let mut req = RequestSpec::new(
            "delete_account",
            Method::DELETE,
            "/accounts/{id}",
            &[&id],
        );
        req.error_statuses = &[
            (400, 0),
            (401, 0),
            (403, 0),
            (406, 0),
            (412, 0),
            (0, 0),
            (404, 0),
        ];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// `PATCH /accounts/{id}` (patch_account)
    ///
    /// # Parameters
    ///
    /// - `id` (path)
    /// - `body` (`application/json`)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    /// - `response_behavior` (header `Response-Behavior`, optional: `.response_behavior(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return the target object.
    /// - `400`, [`PatchAccountError::BadRequest`](crate::errors::PatchAccountError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`PatchAccountError::Unauthorized`](crate::errors::PatchAccountError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`PatchAccountError::Forbidden`](crate::errors::PatchAccountError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `404`, [`PatchAccountError::NotFound`](crate::errors::PatchAccountError::NotFound) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The object does not exist or was deleted.
    /// - `406`, [`PatchAccountError::NotAcceptable`](crate::errors::PatchAccountError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`PatchAccountError::PreconditionFailed`](crate::errors::PatchAccountError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `415`, [`PatchAccountError::UnsupportedMediaType`](crate::errors::PatchAccountError::UnsupportedMediaType) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client request was not sent with a correct Content-Type.
    /// - `default`, [`PatchAccountError::Default`](crate::errors::PatchAccountError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`PatchAccountError`](crate::errors::PatchAccountError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client, id: & str, body: types :: DeleteAccountResponse) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.patch_account(id, &body)
    ///     .if_match("\"0\"")
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn patch_account(
        &self,
        id: &str,
        body: &types::DeleteAccountResponse,
    ) -> Call<types::DeleteAccountResponse, ops::PatchAccount> {
        let mut req = RequestSpec::new(
            "patch_account",
            Method::PATCH,
            "/accounts/{id}",
            &[&id],
        );
        req.error_statuses = &[
            (400, 0),
            (401, 0),
            (403, 0),
            (406, 0),
            (412, 0),
            (0, 0),
            (415, 0),
            (404, 0),
        ];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// `POST /batch` (batch)
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: Return a list of operation responses.
    /// - `400`, [`BatchError::BadRequest`](crate::errors::BatchError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request was badly formatted.
    /// - `default`, [`BatchError::Default`](crate::errors::BatchError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): an unknown error occurred.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`BatchError`](crate::errors::BatchError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client, body: types :: BatchRequest) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.batch(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn batch(
        &self,
        body: &types::BatchRequest,
    ) -> Call<types::BatchResponse, ops::Batch> {
        let mut req = RequestSpec::new("batch", Method::POST, "/batch", &[]);
        req.error_statuses = &[(400, 0), (0, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// `GET /__heartbeat__` (__heartbeat__)
    ///
    /// # Responses
    ///
    /// - `200`: Server is working properly.
    /// - `503`, [`HeartbeatError::ServiceUnavailable`](crate::errors::HeartbeatError::ServiceUnavailable) holding `BTreeMap<String, serde_json::Value>`: One or more subsystems failing.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`HeartbeatError`](crate::errors::HeartbeatError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.heartbeat().await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn heartbeat(
        &self,
    ) -> Call<
        std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
        ops::Heartbeat,
    > {
        let mut req = RequestSpec::new(
            "__heartbeat__",
            Method::GET,
            "/__heartbeat__",
            &[],
        );
        req.error_statuses = &[(503, 1)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// `GET /__lbheartbeat__` (__lbheartbeat__)
    ///
    /// # Responses
    ///
    /// - `200`: Returned if server is reachable.
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.lbheartbeat().await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn lbheartbeat(
        &self,
    ) -> Call<codegen_runtime::serde_json::Value, ops::Lbheartbeat> {
        let req = RequestSpec::new(
            "__lbheartbeat__",
            Method::GET,
            "/__lbheartbeat__",
            &[],
        );
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// `GET /` (server_info)
    ///
    /// # Responses
    ///
    /// - `200`: Return information about the running Instance.
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.server_info().await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn server_info(
        &self,
    ) -> Call<
        std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
        ops::ServerInfo,
    > {
        let req = RequestSpec::new("server_info", Method::GET, "/", &[]);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// `GET /__api__` (get_openapi_spec)
    ///
    /// # Responses
    ///
    /// - `200`: Return an OpenAPI description of the running instance.
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.get_openapi_spec().await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_openapi_spec(
        &self,
    ) -> Call<
        std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
        ops::GetOpenapiSpec,
    > {
        let req = RequestSpec::new("get_openapi_spec", Method::GET, "/__api__", &[]);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// `GET /__version__` (__version__)
    ///
    /// # Responses
    ///
    /// - `200`: Return the running Instance version information.
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.version().await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn version(
        &self,
    ) -> Call<
        std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
        ops::Version,
    > {
        let req = RequestSpec::new("__version__", Method::GET, "/__version__", &[]);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// `DELETE /__user_data__/{principal}` (delete_user-data)
    ///
    /// # Parameters
    ///
    /// - `principal` (path)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return the target object.
    /// - `400`, [`DeleteUserDataError::BadRequest`](crate::errors::DeleteUserDataError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`DeleteUserDataError::Unauthorized`](crate::errors::DeleteUserDataError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`DeleteUserDataError::Forbidden`](crate::errors::DeleteUserDataError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `404`, [`DeleteUserDataError::NotFound`](crate::errors::DeleteUserDataError::NotFound) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The object does not exist or was already deleted.
    /// - `406`, [`DeleteUserDataError::NotAcceptable`](crate::errors::DeleteUserDataError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`DeleteUserDataError::PreconditionFailed`](crate::errors::DeleteUserDataError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `default`, [`DeleteUserDataError::Default`](crate::errors::DeleteUserDataError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeleteUserDataError`](crate::errors::DeleteUserDataError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client, principal: & str) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.delete_user_data(principal)
    ///     .if_match("\"0\"")
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn delete_user_data(
        &self,
        principal: &str,
    ) -> Call<types::DeleteAccountResponse, ops::DeleteUserData> {
        let mut req = RequestSpec::new(
            "delete_user-data",
            Method::DELETE,
            "/__user_data__/{principal}",
            &[&principal],
        );
        req.error_statuses = &[
            (400, 0),
            (401, 0),
            (403, 0),
            (406, 0),
            (412, 0),
            (0, 0),
            (404, 0),
        ];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// `GET /buckets` (get_buckets)
    ///
    /// # Parameters
    ///
    /// - `limit` (query `_limit`, optional: `.limit(…)` on the call)
    /// - `sort` (query `_sort`, optional: `.sort(…)` on the call)
    /// - `token` (query `_token`, optional: `.token(…)` on the call)
    /// - `since` (query `_since`, optional: `.since(…)` on the call)
    /// - `to` (query `_to`, optional: `.to(…)` on the call)
    /// - `before` (query `_before`, optional: `.before(…)` on the call)
    /// - `id` (query, optional: `.id(…)` on the call)
    /// - `last_modified` (query, optional: `.last_modified(…)` on the call)
    /// - `fields` (query `_fields`, optional: `.fields(…)` on the call)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return a list of matching objects.
    /// - `304`, [`GetBucketsError::NotModified`](crate::errors::GetBucketsError::NotModified) with no decoded body: Response has not changed since value in If-None-Match header
    /// - `400`, [`GetBucketsError::BadRequest`](crate::errors::GetBucketsError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`GetBucketsError::Unauthorized`](crate::errors::GetBucketsError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`GetBucketsError::Forbidden`](crate::errors::GetBucketsError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `406`, [`GetBucketsError::NotAcceptable`](crate::errors::GetBucketsError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`GetBucketsError::PreconditionFailed`](crate::errors::GetBucketsError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `default`, [`GetBucketsError::Default`](crate::errors::GetBucketsError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetBucketsError`](crate::errors::GetBucketsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.get_buckets()
    ///     .limit(1)
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_buckets(&self) -> Call<types::GetBucketsResponse, ops::GetBuckets> {
        let mut req = RequestSpec::new("get_buckets", Method::GET, "/buckets", &[]);
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (406, 0), (412, 0), (0, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// `POST /buckets` (create_bucket)
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return an existing object.
    /// - `201`: Return a created object.
    /// - `400`, [`CreateBucketError::BadRequest`](crate::errors::CreateBucketError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`CreateBucketError::Unauthorized`](crate::errors::CreateBucketError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`CreateBucketError::Forbidden`](crate::errors::CreateBucketError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `406`, [`CreateBucketError::NotAcceptable`](crate::errors::CreateBucketError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`CreateBucketError::PreconditionFailed`](crate::errors::CreateBucketError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `415`, [`CreateBucketError::UnsupportedMediaType`](crate::errors::CreateBucketError::UnsupportedMediaType) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client request was not sent with a correct Content-Type.
    /// - `default`, [`CreateBucketError::Default`](crate::errors::CreateBucketError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateBucketError`](crate::errors::CreateBucketError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client, body: types :: CreateBucketRequest) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.create_bucket(&body)
    ///     .if_match("\"0\"")
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn create_bucket(
        &self,
        body: &types::CreateBucketRequest,
    ) -> Call<types::BucketResponse3, ops::CreateBucket> {
        let mut req = RequestSpec::new("create_bucket", Method::POST, "/buckets", &[]);
        req.error_statuses = &[
            (400, 0),
            (401, 0),
            (403, 0),
            (406, 0),
            (412, 0),
            (0, 0),
            (415, 0),
        ];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, types::BucketResponse3::decode),
        )
    }

    /// `DELETE /buckets` (delete_buckets)
    ///
    /// # Parameters
    ///
    /// - `limit` (query `_limit`, optional: `.limit(…)` on the call)
    /// - `sort` (query `_sort`, optional: `.sort(…)` on the call)
    /// - `token` (query `_token`, optional: `.token(…)` on the call)
    /// - `since` (query `_since`, optional: `.since(…)` on the call)
    /// - `to` (query `_to`, optional: `.to(…)` on the call)
    /// - `before` (query `_before`, optional: `.before(…)` on the call)
    /// - `id` (query, optional: `.id(…)` on the call)
    /// - `last_modified` (query, optional: `.last_modified(…)` on the call)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return a list of matching objects.
    /// - `400`, [`DeleteBucketsError::BadRequest`](crate::errors::DeleteBucketsError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`DeleteBucketsError::Unauthorized`](crate::errors::DeleteBucketsError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`DeleteBucketsError::Forbidden`](crate::errors::DeleteBucketsError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `406`, [`DeleteBucketsError::NotAcceptable`](crate::errors::DeleteBucketsError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`DeleteBucketsError::PreconditionFailed`](crate::errors::DeleteBucketsError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `default`, [`DeleteBucketsError::Default`](crate::errors::DeleteBucketsError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeleteBucketsError`](crate::errors::DeleteBucketsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.delete_buckets()
    ///     .limit(1)
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn delete_buckets(
        &self,
    ) -> Call<types::DeleteAccountsResponse, ops::DeleteBuckets> {
        let mut req = RequestSpec::new(
            "delete_buckets",
            Method::DELETE,
            "/buckets",
            &[],
        );
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (406, 0), (412, 0), (0, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// `GET /buckets/{id}` (get_bucket)
    ///
    /// # Parameters
    ///
    /// - `id` (path)
    /// - `fields` (query `_fields`, optional: `.fields(…)` on the call)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return the target object.
    /// - `304`, [`GetBucketError::NotModified`](crate::errors::GetBucketError::NotModified) with no decoded body: Response has not changed since value in If-None-Match header
    /// - `400`, [`GetBucketError::BadRequest`](crate::errors::GetBucketError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`GetBucketError::Unauthorized`](crate::errors::GetBucketError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`GetBucketError::Forbidden`](crate::errors::GetBucketError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `404`, [`GetBucketError::NotFound`](crate::errors::GetBucketError::NotFound) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The object does not exist or was deleted.
    /// - `406`, [`GetBucketError::NotAcceptable`](crate::errors::GetBucketError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`GetBucketError::PreconditionFailed`](crate::errors::GetBucketError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `default`, [`GetBucketError::Default`](crate::errors::GetBucketError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetBucketError`](crate::errors::GetBucketError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client, id: & str, fields: & [String]) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.get_bucket(id)
    ///     .fields(fields)
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_bucket(
        &self,
        id: &str,
    ) -> Call<types::CreateBucketRequest, ops::GetBucket> {
        let mut req = RequestSpec::new(
            "get_bucket",
            Method::GET,
            "/buckets/{id}",
            &[&id],
        );
        req.error_statuses = &[
            (400, 0),
            (401, 0),
            (403, 0),
            (406, 0),
            (412, 0),
            (0, 0),
            (404, 0),
        ];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// `PUT /buckets/{id}` (update_bucket)
    ///
    /// # Parameters
    ///
    /// - `id` (path)
    /// - `body` (`application/json`)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return the target object.
    /// - `201`: Return created object.
    /// - `400`, [`UpdateBucketError::BadRequest`](crate::errors::UpdateBucketError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`UpdateBucketError::Unauthorized`](crate::errors::UpdateBucketError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`UpdateBucketError::Forbidden`](crate::errors::UpdateBucketError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `406`, [`UpdateBucketError::NotAcceptable`](crate::errors::UpdateBucketError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`UpdateBucketError::PreconditionFailed`](crate::errors::UpdateBucketError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `415`, [`UpdateBucketError::UnsupportedMediaType`](crate::errors::UpdateBucketError::UnsupportedMediaType) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client request was not sent with a correct Content-Type.
    /// - `default`, [`UpdateBucketError::Default`](crate::errors::UpdateBucketError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateBucketError`](crate::errors::UpdateBucketError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client, id: & str, body: types :: CreateBucketRequest) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.update_bucket(id, &body)
    ///     .if_match("\"0\"")
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_bucket(
        &self,
        id: &str,
        body: &types::CreateBucketRequest,
    ) -> Call<types::BucketResponse3, ops::UpdateBucket> {
        let mut req = RequestSpec::new(
            "update_bucket",
            Method::PUT,
            "/buckets/{id}",
            &[&id],
        );
        req.error_statuses = &[
            (400, 0),
            (401, 0),
            (403, 0),
            (406, 0),
            (412, 0),
            (0, 0),
            (415, 0),
        ];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, types::BucketResponse3::decode),
        )
    }

    /// `DELETE /buckets/{id}` (delete_bucket)
    ///
    /// # Parameters
    ///
    /// - `id` (path)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return the target object.
    /// - `400`, [`DeleteBucketError::BadRequest`](crate::errors::DeleteBucketError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`DeleteBucketError::Unauthorized`](crate::errors::DeleteBucketError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`DeleteBucketError::Forbidden`](crate::errors::DeleteBucketError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `404`, [`DeleteBucketError::NotFound`](crate::errors::DeleteBucketError::NotFound) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The object does not exist or was already deleted.
    /// - `406`, [`DeleteBucketError::NotAcceptable`](crate::errors::DeleteBucketError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`DeleteBucketError::PreconditionFailed`](crate::errors::DeleteBucketError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `default`, [`DeleteBucketError::Default`](crate::errors::DeleteBucketError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeleteBucketError`](crate::errors::DeleteBucketError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client, id: & str) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.delete_bucket(id)
    ///     .if_match("\"0\"")
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn delete_bucket(
        &self,
        id: &str,
    ) -> Call<types::DeleteBucketResponse, ops::DeleteBucket> {
        let mut req = RequestSpec::new(
            "delete_bucket",
            Method::DELETE,
            "/buckets/{id}",
            &[&id],
        );
        req.error_statuses = &[
            (400, 0),
            (401, 0),
            (403, 0),
            (406, 0),
            (412, 0),
            (0, 0),
            (404, 0),
        ];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// `PATCH /buckets/{id}` (patch_bucket)
    ///
    /// # Parameters
    ///
    /// - `id` (path)
    /// - `body` (`application/json`)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    /// - `response_behavior` (header `Response-Behavior`, optional: `.response_behavior(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return the target object.
    /// - `400`, [`PatchBucketError::BadRequest`](crate::errors::PatchBucketError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`PatchBucketError::Unauthorized`](crate::errors::PatchBucketError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`PatchBucketError::Forbidden`](crate::errors::PatchBucketError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `404`, [`PatchBucketError::NotFound`](crate::errors::PatchBucketError::NotFound) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The object does not exist or was deleted.
    /// - `406`, [`PatchBucketError::NotAcceptable`](crate::errors::PatchBucketError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`PatchBucketError::PreconditionFailed`](crate::errors::PatchBucketError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `415`, [`PatchBucketError::UnsupportedMediaType`](crate::errors::PatchBucketError::UnsupportedMediaType) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client request was not sent with a correct Content-Type.
    /// - `default`, [`PatchBucketError::Default`](crate::errors::PatchBucketError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`PatchBucketError`](crate::errors::PatchBucketError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client, id: & str, body: types :: DeleteBucketResponse) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.patch_bucket(id, &body)
    ///     .if_match("\"0\"")
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn patch_bucket(
        &self,
        id: &str,
        body: &types::DeleteBucketResponse,
    ) -> Call<types::DeleteBucketResponse, ops::PatchBucket> {
        let mut req = RequestSpec::new(
            "patch_bucket",
            Method::PATCH,
            "/buckets/{id}",
            &[&id],
        );
        req.error_statuses = &[
            (400, 0),
            (401, 0),
            (403, 0),
            (406, 0),
            (412, 0),
            (0, 0),
            (415, 0),
            (404, 0),
        ];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// `GET /buckets/{bucket_id}/collections` (get_collections)
    ///
    /// # Parameters
    ///
    /// - `bucket_id` (path)
    /// - `limit` (query `_limit`, optional: `.limit(…)` on the call)
    /// - `sort` (query `_sort`, optional: `.sort(…)` on the call)
    /// - `token` (query `_token`, optional: `.token(…)` on the call)
    /// - `since` (query `_since`, optional: `.since(…)` on the call)
    /// - `to` (query `_to`, optional: `.to(…)` on the call)
    /// - `before` (query `_before`, optional: `.before(…)` on the call)
    /// - `id` (query, optional: `.id(…)` on the call)
    /// - `last_modified` (query, optional: `.last_modified(…)` on the call)
    /// - `fields` (query `_fields`, optional: `.fields(…)` on the call)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return a list of matching objects.
    /// - `304`, [`GetCollectionsError::NotModified`](crate::errors::GetCollectionsError::NotModified) with no decoded body: Response has not changed since value in If-None-Match header
    /// - `400`, [`GetCollectionsError::BadRequest`](crate::errors::GetCollectionsError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`GetCollectionsError::Unauthorized`](crate::errors::GetCollectionsError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`GetCollectionsError::Forbidden`](crate::errors::GetCollectionsError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `406`, [`GetCollectionsError::NotAcceptable`](crate::errors::GetCollectionsError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`GetCollectionsError::PreconditionFailed`](crate::errors::GetCollectionsError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `default`, [`GetCollectionsError::Default`](crate::errors::GetCollectionsError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetCollectionsError`](crate::errors::GetCollectionsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client, bucket_id: & str) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.get_collections(bucket_id)
    ///     .limit(1)
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_collections(
        &self,
        bucket_id: &str,
    ) -> Call<types::GetCollectionsResponse, ops::GetCollections> {
        let mut req = RequestSpec::new(
            "get_collections",
            Method::GET,
            "/buckets/{bucket_id}/collections",
            &[&bucket_id],
        );
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (406, 0), (412, 0), (0, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// `POST /buckets/{bucket_id}/collections` (create_collection)
    ///
    /// # Parameters
    ///
    /// - `bucket_id` (path)
    /// - `body` (`application/json`)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return an existing object.
    /// - `201`: Return a created object.
    /// - `400`, [`CreateCollectionError::BadRequest`](crate::errors::CreateCollectionError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`CreateCollectionError::Unauthorized`](crate::errors::CreateCollectionError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`CreateCollectionError::Forbidden`](crate::errors::CreateCollectionError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `406`, [`CreateCollectionError::NotAcceptable`](crate::errors::CreateCollectionError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`CreateCollectionError::PreconditionFailed`](crate::errors::CreateCollectionError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `415`, [`CreateCollectionError::UnsupportedMediaType`](crate::errors::CreateCollectionError::UnsupportedMediaType) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client request was not sent with a correct Content-Type.
    /// - `default`, [`CreateCollectionError::Default`](crate::errors::CreateCollectionError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateCollectionError`](crate::errors::CreateCollectionError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client, bucket_id: & str, body: types :: CreateCollectionRequest) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.create_collection(bucket_id, &body)
    ///     .if_match("\"0\"")
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn create_collection(
        &self,
        bucket_id: &str,
        body: &types::CreateCollectionRequest,
    ) -> Call<types::CollectionResponse3, ops::CreateCollection> {
        let mut req = RequestSpec::new(
            "create_collection",
            Method::POST,
            "/buckets/{bucket_id}/collections",
            &[&bucket_id],
        );
        req.error_statuses = &[
            (400, 0),
            (401, 0),
            (403, 0),
            (406, 0),
            (412, 0),
            (0, 0),
            (415, 0),
        ];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(
                &self.core,
                req,
                types::CollectionResponse3::decode,
            ),
        )
    }

    /// `DELETE /buckets/{bucket_id}/collections` (delete_collections)
    ///
    /// # Parameters
    ///
    /// - `bucket_id` (path)
    /// - `limit` (query `_limit`, optional: `.limit(…)` on the call)
    /// - `sort` (query `_sort`, optional: `.sort(…)` on the call)
    /// - `token` (query `_token`, optional: `.token(…)` on the call)
    /// - `since` (query `_since`, optional: `.since(…)` on the call)
    /// - `to` (query `_to`, optional: `.to(…)` on the call)
    /// - `before` (query `_before`, optional: `.before(…)` on the call)
    /// - `id` (query, optional: `.id(…)` on the call)
    /// - `last_modified` (query, optional: `.last_modified(…)` on the call)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return a list of matching objects.
    /// - `400`, [`DeleteCollectionsError::BadRequest`](crate::errors::DeleteCollectionsError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`DeleteCollectionsError::Unauthorized`](crate::errors::DeleteCollectionsError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`DeleteCollectionsError::Forbidden`](crate::errors::DeleteCollectionsError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `406`, [`DeleteCollectionsError::NotAcceptable`](crate::errors::DeleteCollectionsError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`DeleteCollectionsError::PreconditionFailed`](crate::errors::DeleteCollectionsError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `default`, [`DeleteCollectionsError::Default`](crate::errors::DeleteCollectionsError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeleteCollectionsError`](crate::errors::DeleteCollectionsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client, bucket_id: & str) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.delete_collections(bucket_id)
    ///     .limit(1)
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn delete_collections(
        &self,
        bucket_id: &str,
    ) -> Call<types::DeleteAccountsResponse, ops::DeleteCollections> {
        let mut req = RequestSpec::new(
            "delete_collections",
            Method::DELETE,
            "/buckets/{bucket_id}/collections",
            &[&bucket_id],
        );
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (406, 0), (412, 0), (0, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// `GET /buckets/{bucket_id}/collections/{id}` (get_collection)
    ///
    /// # Parameters
    ///
    /// - `bucket_id` (path)
    /// - `id` (path)
    /// - `fields` (query `_fields`, optional: `.fields(…)` on the call)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return the target object.
    /// - `304`, [`GetCollectionError::NotModified`](crate::errors::GetCollectionError::NotModified) with no decoded body: Response has not changed since value in If-None-Match header
    /// - `400`, [`GetCollectionError::BadRequest`](crate::errors::GetCollectionError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`GetCollectionError::Unauthorized`](crate::errors::GetCollectionError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`GetCollectionError::Forbidden`](crate::errors::GetCollectionError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `404`, [`GetCollectionError::NotFound`](crate::errors::GetCollectionError::NotFound) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The object does not exist or was deleted.
    /// - `406`, [`GetCollectionError::NotAcceptable`](crate::errors::GetCollectionError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`GetCollectionError::PreconditionFailed`](crate::errors::GetCollectionError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `default`, [`GetCollectionError::Default`](crate::errors::GetCollectionError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetCollectionError`](crate::errors::GetCollectionError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client, bucket_id: & str, id: & str, fields: & [String]) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.get_collection(bucket_id, id)
    ///     .fields(fields)
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_collection(
        &self,
        bucket_id: &str,
        id: &str,
    ) -> Call<types::CreateCollectionRequest, ops::GetCollection> {
        let mut req = RequestSpec::new(
            "get_collection",
            Method::GET,
            "/buckets/{bucket_id}/collections/{id}",
            &[&bucket_id, &id],
        );
        req.error_statuses = &[
            (400, 0),
            (401, 0),
            (403, 0),
            (406, 0),
            (412, 0),
            (0, 0),
            (404, 0),
        ];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// `PUT /buckets/{bucket_id}/collections/{id}` (update_collection)
    ///
    /// # Parameters
    ///
    /// - `bucket_id` (path)
    /// - `id` (path)
    /// - `body` (`application/json`)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return the target object.
    /// - `201`: Return created object.
    /// - `400`, [`UpdateCollectionError::BadRequest`](crate::errors::UpdateCollectionError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`UpdateCollectionError::Unauthorized`](crate::errors::UpdateCollectionError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`UpdateCollectionError::Forbidden`](crate::errors::UpdateCollectionError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `406`, [`UpdateCollectionError::NotAcceptable`](crate::errors::UpdateCollectionError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`UpdateCollectionError::PreconditionFailed`](crate::errors::UpdateCollectionError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `415`, [`UpdateCollectionError::UnsupportedMediaType`](crate::errors::UpdateCollectionError::UnsupportedMediaType) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client request was not sent with a correct Content-Type.
    /// - `default`, [`UpdateCollectionError::Default`](crate::errors::UpdateCollectionError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateCollectionError`](crate::errors::UpdateCollectionError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client, bucket_id: & str, id: & str, body: types :: CreateCollectionRequest) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.update_collection(bucket_id, id, &body)
    ///     .if_match("\"0\"")
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_collection(
        &self,
        bucket_id: &str,
        id: &str,
        body: &types::CreateCollectionRequest,
    ) -> Call<types::CollectionResponse3, ops::UpdateCollection> {
        let mut req = RequestSpec::new(
            "update_collection",
            Method::PUT,
            "/buckets/{bucket_id}/collections/{id}",
            &[&bucket_id, &id],
        );
        req.error_statuses = &[
            (400, 0),
            (401, 0),
            (403, 0),
            (406, 0),
            (412, 0),
            (0, 0),
            (415, 0),
        ];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(
                &self.core,
                req,
                types::CollectionResponse3::decode,
            ),
        )
    }

    /// `DELETE /buckets/{bucket_id}/collections/{id}` (delete_collection)
    ///
    /// # Parameters
    ///
    /// - `bucket_id` (path)
    /// - `id` (path)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return the target object.
    /// - `400`, [`DeleteCollectionError::BadRequest`](crate::errors::DeleteCollectionError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`DeleteCollectionError::Unauthorized`](crate::errors::DeleteCollectionError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`DeleteCollectionError::Forbidden`](crate::errors::DeleteCollectionError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `404`, [`DeleteCollectionError::NotFound`](crate::errors::DeleteCollectionError::NotFound) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The object does not exist or was already deleted.
    /// - `406`, [`DeleteCollectionError::NotAcceptable`](crate::errors::DeleteCollectionError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`DeleteCollectionError::PreconditionFailed`](crate::errors::DeleteCollectionError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `default`, [`DeleteCollectionError::Default`](crate::errors::DeleteCollectionError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeleteCollectionError`](crate::errors::DeleteCollectionError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client, bucket_id: & str, id: & str) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.delete_collection(bucket_id, id)
    ///     .if_match("\"0\"")
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn delete_collection(
        &self,
        bucket_id: &str,
        id: &str,
    ) -> Call<types::DeleteCollectionResponse, ops::DeleteCollection> {
        let mut req = RequestSpec::new(
            "delete_collection",
            Method::DELETE,
            "/buckets/{bucket_id}/collections/{id}",
            &[&bucket_id, &id],
        );
        req.error_statuses = &[
            (400, 0),
            (401, 0),
            (403, 0),
            (406, 0),
            (412, 0),
            (0, 0),
            (404, 0),
        ];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// `PATCH /buckets/{bucket_id}/collections/{id}` (patch_collection)
    ///
    /// # Parameters
    ///
    /// - `bucket_id` (path)
    /// - `id` (path)
    /// - `body` (`application/json`)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    /// - `response_behavior` (header `Response-Behavior`, optional: `.response_behavior(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return the target object.
    /// - `400`, [`PatchCollectionError::BadRequest`](crate::errors::PatchCollectionError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`PatchCollectionError::Unauthorized`](crate::errors::PatchCollectionError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`PatchCollectionError::Forbidden`](crate::errors::PatchCollectionError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `404`, [`PatchCollectionError::NotFound`](crate::errors::PatchCollectionError::NotFound) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The object does not exist or was deleted.
    /// - `406`, [`PatchCollectionError::NotAcceptable`](crate::errors::PatchCollectionError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`PatchCollectionError::PreconditionFailed`](crate::errors::PatchCollectionError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `415`, [`PatchCollectionError::UnsupportedMediaType`](crate::errors::PatchCollectionError::UnsupportedMediaType) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client request was not sent with a correct Content-Type.
    /// - `default`, [`PatchCollectionError::Default`](crate::errors::PatchCollectionError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`PatchCollectionError`](crate::errors::PatchCollectionError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client, bucket_id: & str, id: & str, body: types :: DeleteCollectionResponse) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.patch_collection(bucket_id, id, &body)
    ///     .if_match("\"0\"")
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn patch_collection(
        &self,
        bucket_id: &str,
        id: &str,
        body: &types::DeleteCollectionResponse,
    ) -> Call<types::DeleteCollectionResponse, ops::PatchCollection> {
        let mut req = RequestSpec::new(
            "patch_collection",
            Method::PATCH,
            "/buckets/{bucket_id}/collections/{id}",
            &[&bucket_id, &id],
        );
        req.error_statuses = &[
            (400, 0),
            (401, 0),
            (403, 0),
            (406, 0),
            (412, 0),
            (0, 0),
            (415, 0),
            (404, 0),
        ];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// `GET /contribute.json` (contribute)
    ///
    /// # Responses
    ///
    /// - `200`: Return open source contributing information.
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.contribute().await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn contribute(
        &self,
    ) -> Call<
        std::collections::BTreeMap<String, codegen_runtime::serde_json::Value>,
        ops::Contribute,
    > {
        let req = RequestSpec::new("contribute", Method::GET, "/contribute.json", &[]);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// `GET /buckets/{bucket_id}/groups` (get_groups)
    ///
    /// # Parameters
    ///
    /// - `bucket_id` (path)
    /// - `limit` (query `_limit`, optional: `.limit(…)` on the call)
    /// - `sort` (query `_sort`, optional: `.sort(…)` on the call)
    /// - `token` (query `_token`, optional: `.token(…)` on the call)
    /// - `since` (query `_since`, optional: `.since(…)` on the call)
    /// - `to` (query `_to`, optional: `.to(…)` on the call)
    /// - `before` (query `_before`, optional: `.before(…)` on the call)
    /// - `id` (query, optional: `.id(…)` on the call)
    /// - `last_modified` (query, optional: `.last_modified(…)` on the call)
    /// - `fields` (query `_fields`, optional: `.fields(…)` on the call)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return a list of matching objects.
    /// - `304`, [`GetGroupsError::NotModified`](crate::errors::GetGroupsError::NotModified) with no decoded body: Response has not changed since value in If-None-Match header
    /// - `400`, [`GetGroupsError::BadRequest`](crate::errors::GetGroupsError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`GetGroupsError::Unauthorized`](crate::errors::GetGroupsError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`GetGroupsError::Forbidden`](crate::errors::GetGroupsError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `406`, [`GetGroupsError::NotAcceptable`](crate::errors::GetGroupsError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`GetGroupsError::PreconditionFailed`](crate::errors::GetGroupsError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `default`, [`GetGroupsError::Default`](crate::errors::GetGroupsError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetGroupsError`](crate::errors::GetGroupsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client, bucket_id: & str) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.get_groups(bucket_id)
    ///     .limit(1)
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_groups(
        &self,
        bucket_id: &str,
    ) -> Call<types::GetGroupsResponse, ops::GetGroups> {
        let mut req = RequestSpec::new(
            "get_groups",
            Method::GET,
            "/buckets/{bucket_id}/groups",
            &[&bucket_id],
        );
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (406, 0), (412, 0), (0, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// `POST /buckets/{bucket_id}/groups` (create_group)
    ///
    /// # Parameters
    ///
    /// - `bucket_id` (path)
    /// - `body` (`application/json`)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return an existing object.
    /// - `201`: Return a created object.
    /// - `400`, [`CreateGroupError::BadRequest`](crate::errors::CreateGroupError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`CreateGroupError::Unauthorized`](crate::errors::CreateGroupError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`CreateGroupError::Forbidden`](crate::errors::CreateGroupError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `406`, [`CreateGroupError::NotAcceptable`](crate::errors::CreateGroupError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`CreateGroupError::PreconditionFailed`](crate::errors::CreateGroupError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `415`, [`CreateGroupError::UnsupportedMediaType`](crate::errors::CreateGroupError::UnsupportedMediaType) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client request was not sent with a correct Content-Type.
    /// - `default`, [`CreateGroupError::Default`](crate::errors::CreateGroupError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateGroupError`](crate::errors::CreateGroupError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client, bucket_id: & str, body: types :: CreateGroupRequest) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.create_group(bucket_id, &body)
    ///     .if_match("\"0\"")
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn create_group(
        &self,
        bucket_id: &str,
        body: &types::CreateGroupRequest,
    ) -> Call<types::GroupResponse3, ops::CreateGroup> {
        let mut req = RequestSpec::new(
            "create_group",
            Method::POST,
            "/buckets/{bucket_id}/groups",
            &[&bucket_id],
        );
        req.error_statuses = &[
            (400, 0),
            (401, 0),
            (403, 0),
            (406, 0),
            (412, 0),
            (0, 0),
            (415, 0),
        ];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, types::GroupResponse3::decode),
        )
    }

    /// `DELETE /buckets/{bucket_id}/groups` (delete_groups)
    ///
    /// # Parameters
    ///
    /// - `bucket_id` (path)
    /// - `limit` (query `_limit`, optional: `.limit(…)` on the call)
    /// - `sort` (query `_sort`, optional: `.sort(…)` on the call)
    /// - `token` (query `_token`, optional: `.token(…)` on the call)
    /// - `since` (query `_since`, optional: `.since(…)` on the call)
    /// - `to` (query `_to`, optional: `.to(…)` on the call)
    /// - `before` (query `_before`, optional: `.before(…)` on the call)
    /// - `id` (query, optional: `.id(…)` on the call)
    /// - `last_modified` (query, optional: `.last_modified(…)` on the call)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return a list of matching objects.
    /// - `400`, [`DeleteGroupsError::BadRequest`](crate::errors::DeleteGroupsError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`DeleteGroupsError::Unauthorized`](crate::errors::DeleteGroupsError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`DeleteGroupsError::Forbidden`](crate::errors::DeleteGroupsError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `406`, [`DeleteGroupsError::NotAcceptable`](crate::errors::DeleteGroupsError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`DeleteGroupsError::PreconditionFailed`](crate::errors::DeleteGroupsError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `default`, [`DeleteGroupsError::Default`](crate::errors::DeleteGroupsError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeleteGroupsError`](crate::errors::DeleteGroupsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client, bucket_id: & str) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.delete_groups(bucket_id)
    ///     .limit(1)
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn delete_groups(
        &self,
        bucket_id: &str,
    ) -> Call<types::DeleteAccountsResponse, ops::DeleteGroups> {
        let mut req = RequestSpec::new(
            "delete_groups",
            Method::DELETE,
            "/buckets/{bucket_id}/groups",
            &[&bucket_id],
        );
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (406, 0), (412, 0), (0, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// `GET /buckets/{bucket_id}/groups/{id}` (get_group)
    ///
    /// # Parameters
    ///
    /// - `bucket_id` (path)
    /// - `id` (path)
    /// - `fields` (query `_fields`, optional: `.fields(…)` on the call)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return the target object.
    /// - `304`, [`GetGroupError::NotModified`](crate::errors::GetGroupError::NotModified) with no decoded body: Response has not changed since value in If-None-Match header
    /// - `400`, [`GetGroupError::BadRequest`](crate::errors::GetGroupError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`GetGroupError::Unauthorized`](crate::errors::GetGroupError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`GetGroupError::Forbidden`](crate::errors::GetGroupError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `404`, [`GetGroupError::NotFound`](crate::errors::GetGroupError::NotFound) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The object does not exist or was deleted.
    /// - `406`, [`GetGroupError::NotAcceptable`](crate::errors::GetGroupError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`GetGroupError::PreconditionFailed`](crate::errors::GetGroupError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `default`, [`GetGroupError::Default`](crate::errors::GetGroupError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetGroupError`](crate::errors::GetGroupError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client, bucket_id: & str, id: & str, fields: & [String]) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.get_group(bucket_id, id)
    ///     .fields(fields)
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_group(
        &self,
        bucket_id: &str,
        id: &str,
    ) -> Call<types::CreateGroupRequest, ops::GetGroup> {
        let mut req = RequestSpec::new(
            "get_group",
            Method::GET,
            "/buckets/{bucket_id}/groups/{id}",
            &[&bucket_id, &id],
        );
        req.error_statuses = &[
            (400, 0),
            (401, 0),
            (403, 0),
            (406, 0),
            (412, 0),
            (0, 0),
            (404, 0),
        ];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// `PUT /buckets/{bucket_id}/groups/{id}` (update_group)
    ///
    /// # Parameters
    ///
    /// - `bucket_id` (path)
    /// - `id` (path)
    /// - `body` (`application/json`)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return the target object.
    /// - `201`: Return created object.
    /// - `400`, [`UpdateGroupError::BadRequest`](crate::errors::UpdateGroupError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`UpdateGroupError::Unauthorized`](crate::errors::UpdateGroupError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`UpdateGroupError::Forbidden`](crate::errors::UpdateGroupError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `406`, [`UpdateGroupError::NotAcceptable`](crate::errors::UpdateGroupError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`UpdateGroupError::PreconditionFailed`](crate::errors::UpdateGroupError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `415`, [`UpdateGroupError::UnsupportedMediaType`](crate::errors::UpdateGroupError::UnsupportedMediaType) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client request was not sent with a correct Content-Type.
    /// - `default`, [`UpdateGroupError::Default`](crate::errors::UpdateGroupError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateGroupError`](crate::errors::UpdateGroupError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client, bucket_id: & str, id: & str, body: types :: CreateGroupRequest) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.update_group(bucket_id, id, &body)
    ///     .if_match("\"0\"")
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_group(
        &self,
        bucket_id: &str,
        id: &str,
        body: &types::CreateGroupRequest,
    ) -> Call<types::GroupResponse3, ops::UpdateGroup> {
        let mut req = RequestSpec::new(
            "update_group",
            Method::PUT,
            "/buckets/{bucket_id}/groups/{id}",
            &[&bucket_id, &id],
        );
        req.error_statuses = &[
            (400, 0),
            (401, 0),
            (403, 0),
            (406, 0),
            (412, 0),
            (0, 0),
            (415, 0),
        ];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, types::GroupResponse3::decode),
        )
    }

    /// `DELETE /buckets/{bucket_id}/groups/{id}` (delete_group)
    ///
    /// # Parameters
    ///
    /// - `bucket_id` (path)
    /// - `id` (path)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return the target object.
    /// - `400`, [`DeleteGroupError::BadRequest`](crate::errors::DeleteGroupError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`DeleteGroupError::Unauthorized`](crate::errors::DeleteGroupError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`DeleteGroupError::Forbidden`](crate::errors::DeleteGroupError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `404`, [`DeleteGroupError::NotFound`](crate::errors::DeleteGroupError::NotFound) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The object does not exist or was already deleted.
    /// - `406`, [`DeleteGroupError::NotAcceptable`](crate::errors::DeleteGroupError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`DeleteGroupError::PreconditionFailed`](crate::errors::DeleteGroupError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `default`, [`DeleteGroupError::Default`](crate::errors::DeleteGroupError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeleteGroupError`](crate::errors::DeleteGroupError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client, bucket_id: & str, id: & str) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.delete_group(bucket_id, id)
    ///     .if_match("\"0\"")
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn delete_group(
        &self,
        bucket_id: &str,
        id: &str,
    ) -> Call<types::DeleteAccountResponse, ops::DeleteGroup> {
        let mut req = RequestSpec::new(
            "delete_group",
            Method::DELETE,
            "/buckets/{bucket_id}/groups/{id}",
            &[&bucket_id, &id],
        );
        req.error_statuses = &[
            (400, 0),
            (401, 0),
            (403, 0),
            (406, 0),
            (412, 0),
            (0, 0),
            (404, 0),
        ];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// `PATCH /buckets/{bucket_id}/groups/{id}` (patch_group)
    ///
    /// # Parameters
    ///
    /// - `bucket_id` (path)
    /// - `id` (path)
    /// - `body` (`application/json`)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    /// - `response_behavior` (header `Response-Behavior`, optional: `.response_behavior(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return the target object.
    /// - `400`, [`PatchGroupError::BadRequest`](crate::errors::PatchGroupError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`PatchGroupError::Unauthorized`](crate::errors::PatchGroupError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`PatchGroupError::Forbidden`](crate::errors::PatchGroupError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `404`, [`PatchGroupError::NotFound`](crate::errors::PatchGroupError::NotFound) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The object does not exist or was deleted.
    /// - `406`, [`PatchGroupError::NotAcceptable`](crate::errors::PatchGroupError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`PatchGroupError::PreconditionFailed`](crate::errors::PatchGroupError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `415`, [`PatchGroupError::UnsupportedMediaType`](crate::errors::PatchGroupError::UnsupportedMediaType) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client request was not sent with a correct Content-Type.
    /// - `default`, [`PatchGroupError::Default`](crate::errors::PatchGroupError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`PatchGroupError`](crate::errors::PatchGroupError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client, bucket_id: & str, id: & str, body: types :: DeleteAccountResponse) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.patch_group(bucket_id, id, &body)
    ///     .if_match("\"0\"")
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn patch_group(
        &self,
        bucket_id: &str,
        id: &str,
        body: &types::DeleteAccountResponse,
    ) -> Call<types::DeleteAccountResponse, ops::PatchGroup> {
        let mut req = RequestSpec::new(
            "patch_group",
            Method::PATCH,
            "/buckets/{bucket_id}/groups/{id}",
            &[&bucket_id, &id],
        );
        req.error_statuses = &[
            (400, 0),
            (401, 0),
            (403, 0),
            (406, 0),
            (412, 0),
            (0, 0),
            (415, 0),
            (404, 0),
        ];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// `GET /permissions` (get_permissionss)
    ///
    /// # Parameters
    ///
    /// - `limit` (query `_limit`, optional: `.limit(…)` on the call)
    /// - `sort` (query `_sort`, optional: `.sort(…)` on the call)
    /// - `token` (query `_token`, optional: `.token(…)` on the call)
    /// - `since` (query `_since`, optional: `.since(…)` on the call)
    /// - `to` (query `_to`, optional: `.to(…)` on the call)
    /// - `before` (query `_before`, optional: `.before(…)` on the call)
    /// - `id` (query, optional: `.id(…)` on the call)
    /// - `last_modified` (query, optional: `.last_modified(…)` on the call)
    /// - `fields` (query `_fields`, optional: `.fields(…)` on the call)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return a list of matching objects.
    /// - `304`, [`GetPermissionssError::NotModified`](crate::errors::GetPermissionssError::NotModified) with no decoded body: Response has not changed since value in If-None-Match header
    /// - `400`, [`GetPermissionssError::BadRequest`](crate::errors::GetPermissionssError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`GetPermissionssError::Unauthorized`](crate::errors::GetPermissionssError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`GetPermissionssError::Forbidden`](crate::errors::GetPermissionssError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `406`, [`GetPermissionssError::NotAcceptable`](crate::errors::GetPermissionssError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`GetPermissionssError::PreconditionFailed`](crate::errors::GetPermissionssError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `default`, [`GetPermissionssError::Default`](crate::errors::GetPermissionssError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetPermissionssError`](crate::errors::GetPermissionssError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.get_permissionss()
    ///     .limit(1)
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_permissionss(
        &self,
    ) -> Call<types::GetPermissionssResponse, ops::GetPermissionss> {
        let mut req = RequestSpec::new(
            "get_permissionss",
            Method::GET,
            "/permissions",
            &[],
        );
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (406, 0), (412, 0), (0, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// `GET /buckets/{bucket_id}/collections/{collection_id}/records` (get_records)
    ///
    /// # Parameters
    ///
    /// - `bucket_id` (path)
    /// - `collection_id` (path)
    /// - `limit` (query `_limit`, optional: `.limit(…)` on the call)
    /// - `sort` (query `_sort`, optional: `.sort(…)` on the call)
    /// - `token` (query `_token`, optional: `.token(…)` on the call)
    /// - `since` (query `_since`, optional: `.since(…)` on the call)
    /// - `to` (query `_to`, optional: `.to(…)` on the call)
    /// - `before` (query `_before`, optional: `.before(…)` on the call)
    /// - `id` (query, optional: `.id(…)` on the call)
    /// - `last_modified` (query, optional: `.last_modified(…)` on the call)
    /// - `fields` (query `_fields`, optional: `.fields(…)` on the call)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return a list of matching objects.
    /// - `304`, [`GetRecordsError::NotModified`](crate::errors::GetRecordsError::NotModified) with no decoded body: Response has not changed since value in If-None-Match header
    /// - `400`, [`GetRecordsError::BadRequest`](crate::errors::GetRecordsError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`GetRecordsError::Unauthorized`](crate::errors::GetRecordsError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`GetRecordsError::Forbidden`](crate::errors::GetRecordsError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `406`, [`GetRecordsError::NotAcceptable`](crate::errors::GetRecordsError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`GetRecordsError::PreconditionFailed`](crate::errors::GetRecordsError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `default`, [`GetRecordsError::Default`](crate::errors::GetRecordsError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetRecordsError`](crate::errors::GetRecordsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client, bucket_id: & str, collection_id: & str) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.get_records(bucket_id, collection_id)
    ///     .limit(1)
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_records(
        &self,
        bucket_id: &str,
        collection_id: &str,
    ) -> Call<types::DeleteAccountsResponse, ops::GetRecords> {
        let mut req = RequestSpec::new(
            "get_records",
            Method::GET,
            "/buckets/{bucket_id}/collections/{collection_id}/records",
            &[&bucket_id, &collection_id],
        );
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (406, 0), (412, 0), (0, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// `POST /buckets/{bucket_id}/collections/{collection_id}/records` (create_record)
    ///
    /// # Parameters
    ///
    /// - `bucket_id` (path)
    /// - `collection_id` (path)
    /// - `body` (`application/json`)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return an existing object.
    /// - `201`: Return a created object.
    /// - `400`, [`CreateRecordError::BadRequest`](crate::errors::CreateRecordError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`CreateRecordError::Unauthorized`](crate::errors::CreateRecordError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`CreateRecordError::Forbidden`](crate::errors::CreateRecordError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `406`, [`CreateRecordError::NotAcceptable`](crate::errors::CreateRecordError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`CreateRecordError::PreconditionFailed`](crate::errors::CreateRecordError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `415`, [`CreateRecordError::UnsupportedMediaType`](crate::errors::CreateRecordError::UnsupportedMediaType) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client request was not sent with a correct Content-Type.
    /// - `default`, [`CreateRecordError::Default`](crate::errors::CreateRecordError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateRecordError`](crate::errors::CreateRecordError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client, bucket_id: & str, collection_id: & str, body: types :: DeleteAccountResponse) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.create_record(bucket_id, collection_id, &body)
    ///     .if_match("\"0\"")
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn create_record(
        &self,
        bucket_id: &str,
        collection_id: &str,
        body: &types::DeleteAccountResponse,
    ) -> Call<types::RecordResponse3, ops::CreateRecord> {
        let mut req = RequestSpec::new(
            "create_record",
            Method::POST,
            "/buckets/{bucket_id}/collections/{collection_id}/records",
            &[&bucket_id, &collection_id],
        );
        req.error_statuses = &[
            (400, 0),
            (401, 0),
            (403, 0),
            (406, 0),
            (412, 0),
            (0, 0),
            (415, 0),
        ];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, types::RecordResponse3::decode),
        )
    }

    /// `DELETE /buckets/{bucket_id}/collections/{collection_id}/records` (delete_records)
    ///
    /// # Parameters
    ///
    /// - `bucket_id` (path)
    /// - `collection_id` (path)
    /// - `limit` (query `_limit`, optional: `.limit(…)` on the call)
    /// - `sort` (query `_sort`, optional: `.sort(…)` on the call)
    /// - `token` (query `_token`, optional: `.token(…)` on the call)
    /// - `since` (query `_since`, optional: `.since(…)` on the call)
    /// - `to` (query `_to`, optional: `.to(…)` on the call)
    /// - `before` (query `_before`, optional: `.before(…)` on the call)
    /// - `id` (query, optional: `.id(…)` on the call)
    /// - `last_modified` (query, optional: `.last_modified(…)` on the call)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return a list of matching objects.
    /// - `400`, [`DeleteRecordsError::BadRequest`](crate::errors::DeleteRecordsError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`DeleteRecordsError::Unauthorized`](crate::errors::DeleteRecordsError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`DeleteRecordsError::Forbidden`](crate::errors::DeleteRecordsError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `406`, [`DeleteRecordsError::NotAcceptable`](crate::errors::DeleteRecordsError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`DeleteRecordsError::PreconditionFailed`](crate::errors::DeleteRecordsError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `default`, [`DeleteRecordsError::Default`](crate::errors::DeleteRecordsError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeleteRecordsError`](crate::errors::DeleteRecordsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client, bucket_id: & str, collection_id: & str) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.delete_records(bucket_id, collection_id)
    ///     .limit(1)
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn delete_records(
        &self,
        bucket_id: &str,
        collection_id: &str,
    ) -> Call<types::DeleteAccountsResponse, ops::DeleteRecords> {
        let mut req = RequestSpec::new(
            "delete_records",
            Method::DELETE,
            "/buckets/{bucket_id}/collections/{collection_id}/records",
            &[&bucket_id, &collection_id],
        );
        req.error_statuses = &[(400, 0), (401, 0), (403, 0), (406, 0), (412, 0), (0, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// `GET /buckets/{bucket_id}/collections/{collection_id}/records/{id}` (get_record)
    ///
    /// # Parameters
    ///
    /// - `bucket_id` (path)
    /// - `collection_id` (path)
    /// - `id` (path)
    /// - `fields` (query `_fields`, optional: `.fields(…)` on the call)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return the target object.
    /// - `304`, [`GetRecordError::NotModified`](crate::errors::GetRecordError::NotModified) with no decoded body: Response has not changed since value in If-None-Match header
    /// - `400`, [`GetRecordError::BadRequest`](crate::errors::GetRecordError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`GetRecordError::Unauthorized`](crate::errors::GetRecordError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`GetRecordError::Forbidden`](crate::errors::GetRecordError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `404`, [`GetRecordError::NotFound`](crate::errors::GetRecordError::NotFound) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The object does not exist or was deleted.
    /// - `406`, [`GetRecordError::NotAcceptable`](crate::errors::GetRecordError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`GetRecordError::PreconditionFailed`](crate::errors::GetRecordError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `default`, [`GetRecordError::Default`](crate::errors::GetRecordError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetRecordError`](crate::errors::GetRecordError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client, bucket_id: & str, collection_id: & str, id: & str, fields: & [String]) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.get_record(bucket_id, collection_id, id)
    ///     .fields(fields)
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_record(
        &self,
        bucket_id: &str,
        collection_id: &str,
        id: &str,
    ) -> Call<types::DeleteAccountResponse, ops::GetRecord> {
        let mut req = RequestSpec::new(
            "get_record",
            Method::GET,
            "/buckets/{bucket_id}/collections/{collection_id}/records/{id}",
            &[&bucket_id, &collection_id, &id],
        );
        req.error_statuses = &[
            (400, 0),
            (401, 0),
            (403, 0),
            (406, 0),
            (412, 0),
            (0, 0),
            (404, 0),
        ];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// `PUT /buckets/{bucket_id}/collections/{collection_id}/records/{id}` (update_record)
    ///
    /// # Parameters
    ///
    /// - `bucket_id` (path)
    /// - `collection_id` (path)
    /// - `id` (path)
    /// - `body` (`application/json`)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return the target object.
    /// - `201`: Return created object.
    /// - `400`, [`UpdateRecordError::BadRequest`](crate::errors::UpdateRecordError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`UpdateRecordError::Unauthorized`](crate::errors::UpdateRecordError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`UpdateRecordError::Forbidden`](crate::errors::UpdateRecordError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `406`, [`UpdateRecordError::NotAcceptable`](crate::errors::UpdateRecordError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`UpdateRecordError::PreconditionFailed`](crate::errors::UpdateRecordError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `415`, [`UpdateRecordError::UnsupportedMediaType`](crate::errors::UpdateRecordError::UnsupportedMediaType) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client request was not sent with a correct Content-Type.
    /// - `default`, [`UpdateRecordError::Default`](crate::errors::UpdateRecordError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateRecordError`](crate::errors::UpdateRecordError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client, bucket_id: & str, collection_id: & str, id: & str, body: types :: DeleteAccountResponse) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.update_record(bucket_id, collection_id, id, &body)
    ///     .if_match("\"0\"")
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_record(
        &self,
        bucket_id: &str,
        collection_id: &str,
        id: &str,
        body: &types::DeleteAccountResponse,
    ) -> Call<types::RecordResponse3, ops::UpdateRecord> {
        let mut req = RequestSpec::new(
            "update_record",
            Method::PUT,
            "/buckets/{bucket_id}/collections/{collection_id}/records/{id}",
            &[&bucket_id, &collection_id, &id],
        );
        req.error_statuses = &[
            (400, 0),
            (401, 0),
            (403, 0),
            (406, 0),
            (412, 0),
            (0, 0),
            (415, 0),
        ];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, types::RecordResponse3::decode),
        )
    }

    /// `DELETE /buckets/{bucket_id}/collections/{collection_id}/records/{id}` (delete_record)
    ///
    /// # Parameters
    ///
    /// - `bucket_id` (path)
    /// - `collection_id` (path)
    /// - `id` (path)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return the target object.
    /// - `400`, [`DeleteRecordError::BadRequest`](crate::errors::DeleteRecordError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`DeleteRecordError::Unauthorized`](crate::errors::DeleteRecordError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`DeleteRecordError::Forbidden`](crate::errors::DeleteRecordError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `404`, [`DeleteRecordError::NotFound`](crate::errors::DeleteRecordError::NotFound) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The object does not exist or was already deleted.
    /// - `406`, [`DeleteRecordError::NotAcceptable`](crate::errors::DeleteRecordError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`DeleteRecordError::PreconditionFailed`](crate::errors::DeleteRecordError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `default`, [`DeleteRecordError::Default`](crate::errors::DeleteRecordError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeleteRecordError`](crate::errors::DeleteRecordError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client, bucket_id: & str, collection_id: & str, id: & str) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.delete_record(bucket_id, collection_id, id)
    ///     .if_match("\"0\"")
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn delete_record(
        &self,
        bucket_id: &str,
        collection_id: &str,
        id: &str,
    ) -> Call<types::DeleteAccountResponse, ops::DeleteRecord> {
        let mut req = RequestSpec::new(
            "delete_record",
            Method::DELETE,
            "/buckets/{bucket_id}/collections/{collection_id}/records/{id}",
            &[&bucket_id, &collection_id, &id],
        );
        req.error_statuses = &[
            (400, 0),
            (401, 0),
            (403, 0),
            (406, 0),
            (412, 0),
            (0, 0),
            (404, 0),
        ];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// `PATCH /buckets/{bucket_id}/collections/{collection_id}/records/{id}` (patch_record)
    ///
    /// # Parameters
    ///
    /// - `bucket_id` (path)
    /// - `collection_id` (path)
    /// - `id` (path)
    /// - `body` (`application/json`)
    /// - `if_match` (header `If-Match`, optional: `.if_match(…)` on the call)
    /// - `if_none_match` (header `If-None-Match`, optional: `.if_none_match(…)` on the call)
    /// - `response_behavior` (header `Response-Behavior`, optional: `.response_behavior(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Return the target object.
    /// - `400`, [`PatchRecordError::BadRequest`](crate::errors::PatchRecordError::BadRequest) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is invalid.
    /// - `401`, [`PatchRecordError::Unauthorized`](crate::errors::PatchRecordError::Unauthorized) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The request is missing authentication headers.
    /// - `403`, [`PatchRecordError::Forbidden`](crate::errors::PatchRecordError::Forbidden) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The user is not allowed to perform the operation, or the resource is not accessible.
    /// - `404`, [`PatchRecordError::NotFound`](crate::errors::PatchRecordError::NotFound) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The object does not exist or was deleted.
    /// - `406`, [`PatchRecordError::NotAcceptable`](crate::errors::PatchRecordError::NotAcceptable) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client doesn't accept supported responses Content-Type.
    /// - `412`, [`PatchRecordError::PreconditionFailed`](crate::errors::PatchRecordError::PreconditionFailed) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Object was changed or deleted since value in `If-Match` header.
    /// - `415`, [`PatchRecordError::UnsupportedMediaType`](crate::errors::PatchRecordError::UnsupportedMediaType) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): The client request was not sent with a correct Content-Type.
    /// - `default`, [`PatchRecordError::Default`](crate::errors::PatchRecordError::Default) holding [`types::GetAccountsError400`](crate::types::GetAccountsError400): Unexpected error.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`PatchRecordError`](crate::errors::PatchRecordError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use kinto_conformed_client::types;
    /// # async fn example(client: &kinto_conformed_client::Client, bucket_id: & str, collection_id: & str, id: & str, body: types :: DeleteAccountResponse) -> Result<(), kinto_conformed_client::Error> {
    /// let response = client.patch_record(bucket_id, collection_id, id, &body)
    ///     .if_match("\"0\"")
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn patch_record(
        &self,
        bucket_id: &str,
        collection_id: &str,
        id: &str,
        body: &types::DeleteAccountResponse,
    ) -> Call<types::DeleteAccountResponse, ops::PatchRecord> {
        let mut req = RequestSpec::new(
            "patch_record",
            Method::PATCH,
            "/buckets/{bucket_id}/collections/{collection_id}/records/{id}",
            &[&bucket_id, &collection_id, &id],
        );
        req.error_statuses = &[
            (400, 0),
            (401, 0),
            (403, 0),
            (406, 0),
            (412, 0),
            (0, 0),
            (415, 0),
            (404, 0),
        ];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }
}

/// The optional parameters of [`Client::get_accounts`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::GetAccounts> {
    /// `_limit`
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_limit");
        req.query.push("_limit", &limit);
        self
    }

    /// `_sort`
    #[inline]
    pub fn sort(mut self, sort: &[String]) -> Self {
        let req = self.spec_mut();
        req.query.remove("_sort");
        req.query.push_delimited("_sort", sort, ",");
        self
    }

    /// `_token`
    #[inline]
    pub fn token(mut self, token: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("_token");
        req.query.push("_token", &token);
        self
    }

    /// `_since`
    #[inline]
    pub fn since(mut self, since: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_since");
        req.query.push("_since", &since);
        self
    }

    /// `_to`
    #[inline]
    pub fn to(mut self, to: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_to");
        req.query.push("_to", &to);
        self
    }

    /// `_before`
    #[inline]
    pub fn before(mut self, before: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_before");
        req.query.push("_before", &before);
        self
    }

    /// `id`
    #[inline]
    pub fn id(mut self, id: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("id");
        req.query.push("id", &id);
        self
    }

    /// `last_modified`
    #[inline]
    pub fn last_modified(mut self, last_modified: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("last_modified");
        req.query.push("last_modified", &last_modified);
        self
    }

    /// `_fields`
    #[inline]
    pub fn fields(mut self, fields: &[String]) -> Self {
        let req = self.spec_mut();
        req.query.remove("_fields");
        req.query.push_delimited("_fields", fields, ",");
        self
    }

    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }
}

/// The optional parameters of [`Client::create_account`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::CreateAccount> {
    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }
}

/// The optional parameters of [`Client::delete_accounts`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::DeleteAccounts> {
    /// `_limit`
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_limit");
        req.query.push("_limit", &limit);
        self
    }

    /// `_sort`
    #[inline]
    pub fn sort(mut self, sort: &[String]) -> Self {
        let req = self.spec_mut();
        req.query.remove("_sort");
        req.query.push_delimited("_sort", sort, ",");
        self
    }

    /// `_token`
    #[inline]
    pub fn token(mut self, token: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("_token");
        req.query.push("_token", &token);
        self
    }

    /// `_since`
    #[inline]
    pub fn since(mut self, since: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_since");
        req.query.push("_since", &since);
        self
    }

    /// `_to`
    #[inline]
    pub fn to(mut self, to: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_to");
        req.query.push("_to", &to);
        self
    }

    /// `_before`
    #[inline]
    pub fn before(mut self, before: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_before");
        req.query.push("_before", &before);
        self
    }

    /// `id`
    #[inline]
    pub fn id(mut self, id: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("id");
        req.query.push("id", &id);
        self
    }

    /// `last_modified`
    #[inline]
    pub fn last_modified(mut self, last_modified: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("last_modified");
        req.query.push("last_modified", &last_modified);
        self
    }

    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }
}

/// The optional parameters of [`Client::get_account`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::GetAccount> {
    /// `_fields`
    #[inline]
    pub fn fields(mut self, fields: &[String]) -> Self {
        let req = self.spec_mut();
        req.query.remove("_fields");
        req.query.push_delimited("_fields", fields, ",");
        self
    }

    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }
}

/// The optional parameters of [`Client::update_account`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::UpdateAccount> {
    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }
}

/// The optional parameters of [`Client::delete_account`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::DeleteAccount> {
    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }
}

/// The optional parameters of [`Client::patch_account`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::PatchAccount> {
    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }

    /// `Response-Behavior`
    #[inline]
    pub fn response_behavior(
        mut self,
        response_behavior: &types::ResponseBehavior,
    ) -> Self {
        let req = self.spec_mut();
        req.remove_header("Response-Behavior");
        req.header("Response-Behavior", response_behavior);
        self
    }
}

/// The optional parameters of [`Client::delete_user_data`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::DeleteUserData> {
    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }
}

/// The optional parameters of [`Client::get_buckets`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::GetBuckets> {
    /// `_limit`
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_limit");
        req.query.push("_limit", &limit);
        self
    }

    /// `_sort`
    #[inline]
    pub fn sort(mut self, sort: &[String]) -> Self {
        let req = self.spec_mut();
        req.query.remove("_sort");
        req.query.push_delimited("_sort", sort, ",");
        self
    }

    /// `_token`
    #[inline]
    pub fn token(mut self, token: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("_token");
        req.query.push("_token", &token);
        self
    }

    /// `_since`
    #[inline]
    pub fn since(mut self, since: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_since");
        req.query.push("_since", &since);
        self
    }

    /// `_to`
    #[inline]
    pub fn to(mut self, to: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_to");
        req.query.push("_to", &to);
        self
    }

    /// `_before`
    #[inline]
    pub fn before(mut self, before: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_before");
        req.query.push("_before", &before);
        self
    }

    /// `id`
    #[inline]
    pub fn id(mut self, id: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("id");
        req.query.push("id", &id);
        self
    }

    /// `last_modified`
    #[inline]
    pub fn last_modified(mut self, last_modified: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("last_modified");
        req.query.push("last_modified", &last_modified);
        self
    }

    /// `_fields`
    #[inline]
    pub fn fields(mut self, fields: &[String]) -> Self {
        let req = self.spec_mut();
        req.query.remove("_fields");
        req.query.push_delimited("_fields", fields, ",");
        self
    }

    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }
}

/// The optional parameters of [`Client::create_bucket`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::CreateBucket> {
    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }
}

/// The optional parameters of [`Client::delete_buckets`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::DeleteBuckets> {
    /// `_limit`
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_limit");
        req.query.push("_limit", &limit);
        self
    }

    /// `_sort`
    #[inline]
    pub fn sort(mut self, sort: &[String]) -> Self {
        let req = self.spec_mut();
        req.query.remove("_sort");
        req.query.push_delimited("_sort", sort, ",");
        self
    }

    /// `_token`
    #[inline]
    pub fn token(mut self, token: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("_token");
        req.query.push("_token", &token);
        self
    }

    /// `_since`
    #[inline]
    pub fn since(mut self, since: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_since");
        req.query.push("_since", &since);
        self
    }

    /// `_to`
    #[inline]
    pub fn to(mut self, to: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_to");
        req.query.push("_to", &to);
        self
    }

    /// `_before`
    #[inline]
    pub fn before(mut self, before: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_before");
        req.query.push("_before", &before);
        self
    }

    /// `id`
    #[inline]
    pub fn id(mut self, id: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("id");
        req.query.push("id", &id);
        self
    }

    /// `last_modified`
    #[inline]
    pub fn last_modified(mut self, last_modified: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("last_modified");
        req.query.push("last_modified", &last_modified);
        self
    }

    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }
}

/// The optional parameters of [`Client::get_bucket`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::GetBucket> {
    /// `_fields`
    #[inline]
    pub fn fields(mut self, fields: &[String]) -> Self {
        let req = self.spec_mut();
        req.query.remove("_fields");
        req.query.push_delimited("_fields", fields, ",");
        self
    }

    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }
}

/// The optional parameters of [`Client::update_bucket`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::UpdateBucket> {
    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }
}

/// The optional parameters of [`Client::delete_bucket`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::DeleteBucket> {
    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }
}

/// The optional parameters of [`Client::patch_bucket`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::PatchBucket> {
    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }

    /// `Response-Behavior`
    #[inline]
    pub fn response_behavior(
        mut self,
        response_behavior: &types::ResponseBehavior,
    ) -> Self {
        let req = self.spec_mut();
        req.remove_header("Response-Behavior");
        req.header("Response-Behavior", response_behavior);
        self
    }
}

/// The optional parameters of [`Client::get_collections`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::GetCollections> {
    /// `_limit`
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_limit");
        req.query.push("_limit", &limit);
        self
    }

    /// `_sort`
    #[inline]
    pub fn sort(mut self, sort: &[String]) -> Self {
        let req = self.spec_mut();
        req.query.remove("_sort");
        req.query.push_delimited("_sort", sort, ",");
        self
    }

    /// `_token`
    #[inline]
    pub fn token(mut self, token: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("_token");
        req.query.push("_token", &token);
        self
    }

    /// `_since`
    #[inline]
    pub fn since(mut self, since: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_since");
        req.query.push("_since", &since);
        self
    }

    /// `_to`
    #[inline]
    pub fn to(mut self, to: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_to");
        req.query.push("_to", &to);
        self
    }

    /// `_before`
    #[inline]
    pub fn before(mut self, before: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_before");
        req.query.push("_before", &before);
        self
    }

    /// `id`
    #[inline]
    pub fn id(mut self, id: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("id");
        req.query.push("id", &id);
        self
    }

    /// `last_modified`
    #[inline]
    pub fn last_modified(mut self, last_modified: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("last_modified");
        req.query.push("last_modified", &last_modified);
        self
    }

    /// `_fields`
    #[inline]
    pub fn fields(mut self, fields: &[String]) -> Self {
        let req = self.spec_mut();
        req.query.remove("_fields");
        req.query.push_delimited("_fields", fields, ",");
        self
    }

    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }
}

/// The optional parameters of [`Client::create_collection`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::CreateCollection> {
    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }
}

/// The optional parameters of [`Client::delete_collections`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::DeleteCollections> {
    /// `_limit`
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_limit");
        req.query.push("_limit", &limit);
        self
    }

    /// `_sort`
    #[inline]
    pub fn sort(mut self, sort: &[String]) -> Self {
        let req = self.spec_mut();
        req.query.remove("_sort");
        req.query.push_delimited("_sort", sort, ",");
        self
    }

    /// `_token`
    #[inline]
    pub fn token(mut self, token: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("_token");
        req.query.push("_token", &token);
        self
    }

    /// `_since`
    #[inline]
    pub fn since(mut self, since: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_since");
        req.query.push("_since", &since);
        self
    }

    /// `_to`
    #[inline]
    pub fn to(mut self, to: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_to");
        req.query.push("_to", &to);
        self
    }

    /// `_before`
    #[inline]
    pub fn before(mut self, before: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_before");
        req.query.push("_before", &before);
        self
    }

    /// `id`
    #[inline]
    pub fn id(mut self, id: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("id");
        req.query.push("id", &id);
        self
    }

    /// `last_modified`
    #[inline]
    pub fn last_modified(mut self, last_modified: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("last_modified");
        req.query.push("last_modified", &last_modified);
        self
    }

    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }
}

/// The optional parameters of [`Client::get_collection`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::GetCollection> {
    /// `_fields`
    #[inline]
    pub fn fields(mut self, fields: &[String]) -> Self {
        let req = self.spec_mut();
        req.query.remove("_fields");
        req.query.push_delimited("_fields", fields, ",");
        self
    }

    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }
}

/// The optional parameters of [`Client::update_collection`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::UpdateCollection> {
    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }
}

/// The optional parameters of [`Client::delete_collection`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::DeleteCollection> {
    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }
}

/// The optional parameters of [`Client::patch_collection`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::PatchCollection> {
    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }

    /// `Response-Behavior`
    #[inline]
    pub fn response_behavior(
        mut self,
        response_behavior: &types::ResponseBehavior,
    ) -> Self {
        let req = self.spec_mut();
        req.remove_header("Response-Behavior");
        req.header("Response-Behavior", response_behavior);
        self
    }
}

/// The optional parameters of [`Client::get_groups`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::GetGroups> {
    /// `_limit`
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_limit");
        req.query.push("_limit", &limit);
        self
    }

    /// `_sort`
    #[inline]
    pub fn sort(mut self, sort: &[String]) -> Self {
        let req = self.spec_mut();
        req.query.remove("_sort");
        req.query.push_delimited("_sort", sort, ",");
        self
    }

    /// `_token`
    #[inline]
    pub fn token(mut self, token: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("_token");
        req.query.push("_token", &token);
        self
    }

    /// `_since`
    #[inline]
    pub fn since(mut self, since: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_since");
        req.query.push("_since", &since);
        self
    }

    /// `_to`
    #[inline]
    pub fn to(mut self, to: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_to");
        req.query.push("_to", &to);
        self
    }

    /// `_before`
    #[inline]
    pub fn before(mut self, before: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_before");
        req.query.push("_before", &before);
        self
    }

    /// `id`
    #[inline]
    pub fn id(mut self, id: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("id");
        req.query.push("id", &id);
        self
    }

    /// `last_modified`
    #[inline]
    pub fn last_modified(mut self, last_modified: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("last_modified");
        req.query.push("last_modified", &last_modified);
        self
    }

    /// `_fields`
    #[inline]
    pub fn fields(mut self, fields: &[String]) -> Self {
        let req = self.spec_mut();
        req.query.remove("_fields");
        req.query.push_delimited("_fields", fields, ",");
        self
    }

    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }
}

/// The optional parameters of [`Client::create_group`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::CreateGroup> {
    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }
}

/// The optional parameters of [`Client::delete_groups`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::DeleteGroups> {
    /// `_limit`
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_limit");
        req.query.push("_limit", &limit);
        self
    }

    /// `_sort`
    #[inline]
    pub fn sort(mut self, sort: &[String]) -> Self {
        let req = self.spec_mut();
        req.query.remove("_sort");
        req.query.push_delimited("_sort", sort, ",");
        self
    }

    /// `_token`
    #[inline]
    pub fn token(mut self, token: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("_token");
        req.query.push("_token", &token);
        self
    }

    /// `_since`
    #[inline]
    pub fn since(mut self, since: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_since");
        req.query.push("_since", &since);
        self
    }

    /// `_to`
    #[inline]
    pub fn to(mut self, to: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_to");
        req.query.push("_to", &to);
        self
    }

    /// `_before`
    #[inline]
    pub fn before(mut self, before: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_before");
        req.query.push("_before", &before);
        self
    }

    /// `id`
    #[inline]
    pub fn id(mut self, id: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("id");
        req.query.push("id", &id);
        self
    }

    /// `last_modified`
    #[inline]
    pub fn last_modified(mut self, last_modified: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("last_modified");
        req.query.push("last_modified", &last_modified);
        self
    }

    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }
}

/// The optional parameters of [`Client::get_group`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::GetGroup> {
    /// `_fields`
    #[inline]
    pub fn fields(mut self, fields: &[String]) -> Self {
        let req = self.spec_mut();
        req.query.remove("_fields");
        req.query.push_delimited("_fields", fields, ",");
        self
    }

    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }
}

/// The optional parameters of [`Client::update_group`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::UpdateGroup> {
    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }
}

/// The optional parameters of [`Client::delete_group`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::DeleteGroup> {
    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }
}

/// The optional parameters of [`Client::patch_group`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::PatchGroup> {
    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }

    /// `Response-Behavior`
    #[inline]
    pub fn response_behavior(
        mut self,
        response_behavior: &types::ResponseBehavior,
    ) -> Self {
        let req = self.spec_mut();
        req.remove_header("Response-Behavior");
        req.header("Response-Behavior", response_behavior);
        self
    }
}

/// The optional parameters of [`Client::get_permissionss`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::GetPermissionss> {
    /// `_limit`
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_limit");
        req.query.push("_limit", &limit);
        self
    }

    /// `_sort`
    #[inline]
    pub fn sort(mut self, sort: &[String]) -> Self {
        let req = self.spec_mut();
        req.query.remove("_sort");
        req.query.push_delimited("_sort", sort, ",");
        self
    }

    /// `_token`
    #[inline]
    pub fn token(mut self, token: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("_token");
        req.query.push("_token", &token);
        self
    }

    /// `_since`
    #[inline]
    pub fn since(mut self, since: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_since");
        req.query.push("_since", &since);
        self
    }

    /// `_to`
    #[inline]
    pub fn to(mut self, to: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_to");
        req.query.push("_to", &to);
        self
    }

    /// `_before`
    #[inline]
    pub fn before(mut self, before: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_before");
        req.query.push("_before", &before);
        self
    }

    /// `id`
    #[inline]
    pub fn id(mut self, id: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("id");
        req.query.push("id", &id);
        self
    }

    /// `last_modified`
    #[inline]
    pub fn last_modified(mut self, last_modified: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("last_modified");
        req.query.push("last_modified", &last_modified);
        self
    }

    /// `_fields`
    #[inline]
    pub fn fields(mut self, fields: &[String]) -> Self {
        let req = self.spec_mut();
        req.query.remove("_fields");
        req.query.push_delimited("_fields", fields, ",");
        self
    }

    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }
}

/// The optional parameters of [`Client::get_records`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::GetRecords> {
    /// `_limit`
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_limit");
        req.query.push("_limit", &limit);
        self
    }

    /// `_sort`
    #[inline]
    pub fn sort(mut self, sort: &[String]) -> Self {
        let req = self.spec_mut();
        req.query.remove("_sort");
        req.query.push_delimited("_sort", sort, ",");
        self
    }

    /// `_token`
    #[inline]
    pub fn token(mut self, token: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("_token");
        req.query.push("_token", &token);
        self
    }

    /// `_since`
    #[inline]
    pub fn since(mut self, since: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_since");
        req.query.push("_since", &since);
        self
    }

    /// `_to`
    #[inline]
    pub fn to(mut self, to: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_to");
        req.query.push("_to", &to);
        self
    }

    /// `_before`
    #[inline]
    pub fn before(mut self, before: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_before");
        req.query.push("_before", &before);
        self
    }

    /// `id`
    #[inline]
    pub fn id(mut self, id: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("id");
        req.query.push("id", &id);
        self
    }

    /// `last_modified`
    #[inline]
    pub fn last_modified(mut self, last_modified: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("last_modified");
        req.query.push("last_modified", &last_modified);
        self
    }

    /// `_fields`
    #[inline]
    pub fn fields(mut self, fields: &[String]) -> Self {
        let req = self.spec_mut();
        req.query.remove("_fields");
        req.query.push_delimited("_fields", fields, ",");
        self
    }

    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }
}

/// The optional parameters of [`Client::create_record`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::CreateRecord> {
    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }
}

/// The optional parameters of [`Client::delete_records`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::DeleteRecords> {
    /// `_limit`
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_limit");
        req.query.push("_limit", &limit);
        self
    }

    /// `_sort`
    #[inline]
    pub fn sort(mut self, sort: &[String]) -> Self {
        let req = self.spec_mut();
        req.query.remove("_sort");
        req.query.push_delimited("_sort", sort, ",");
        self
    }

    /// `_token`
    #[inline]
    pub fn token(mut self, token: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("_token");
        req.query.push("_token", &token);
        self
    }

    /// `_since`
    #[inline]
    pub fn since(mut self, since: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_since");
        req.query.push("_since", &since);
        self
    }

    /// `_to`
    #[inline]
    pub fn to(mut self, to: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_to");
        req.query.push("_to", &to);
        self
    }

    /// `_before`
    #[inline]
    pub fn before(mut self, before: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("_before");
        req.query.push("_before", &before);
        self
    }

    /// `id`
    #[inline]
    pub fn id(mut self, id: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("id");
        req.query.push("id", &id);
        self
    }

    /// `last_modified`
    #[inline]
    pub fn last_modified(mut self, last_modified: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("last_modified");
        req.query.push("last_modified", &last_modified);
        self
    }

    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }
}

/// The optional parameters of [`Client::get_record`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::GetRecord> {
    /// `_fields`
    #[inline]
    pub fn fields(mut self, fields: &[String]) -> Self {
        let req = self.spec_mut();
        req.query.remove("_fields");
        req.query.push_delimited("_fields", fields, ",");
        self
    }

    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }
}

/// The optional parameters of [`Client::update_record`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::UpdateRecord> {
    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }
}

/// The optional parameters of [`Client::delete_record`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::DeleteRecord> {
    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }
}

/// The optional parameters of [`Client::patch_record`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::PatchRecord> {
    /// `If-Match`
    #[inline]
    pub fn if_match(mut self, if_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-Match");
        req.header("If-Match", &if_match);
        self
    }

    /// `If-None-Match`
    #[inline]
    pub fn if_none_match(mut self, if_none_match: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("If-None-Match");
        req.header("If-None-Match", &if_none_match);
        self
    }

    /// `Response-Behavior`
    #[inline]
    pub fn response_behavior(
        mut self,
        response_behavior: &types::ResponseBehavior,
    ) -> Self {
        let req = self.spec_mut();
        req.remove_header("Response-Behavior");
        req.header("Response-Behavior", response_behavior);
        self
    }
}
