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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.get_accounts()
    ///     .limit(1)
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.create_account(&body)
    ///     .if_match("\"0\"")
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.delete_accounts()
    ///     .limit(1)
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.get_account(id)
    ///     .fields(fields)
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.update_account(id, &body)
    ///     .if_match("\"0\"")
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.delete_account(id)
    ///     .if_match("\"0\"")
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.patch_account(id, &body)
    ///     .if_match("\"0\"")
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.batch(&body).await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.heartbeat().await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.lbheartbeat().await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.server_info().await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.get_openapi_spec().await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.version().await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.delete_user_data(principal)
    ///     .if_match("\"0\"")
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.get_buckets()
    ///     .limit(1)
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.create_bucket(&body)
    ///     .if_match("\"0\"")
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.delete_buckets()
    ///     .limit(1)
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.get_bucket(id)
    ///     .fields(fields)
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.update_bucket(id, &body)
    ///     .if_match("\"0\"")
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.delete_bucket(id)
    ///     .if_match("\"0\"")
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.patch_bucket(id, &body)
    ///     .if_match("\"0\"")
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.get_collections(bucket_id)
    ///     .limit(1)
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.create_collection(bucket_id, &body)
    ///     .if_match("\"0\"")
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.delete_collections(bucket_id)
    ///     .limit(1)
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.get_collection(bucket_id, id)
    ///     .fields(fields)
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.update_collection(bucket_id, id, &body)
    ///     .if_match("\"0\"")
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.delete_collection(bucket_id, id)
    ///     .if_match("\"0\"")
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.patch_collection(bucket_id, id, &body)
    ///     .if_match("\"0\"")
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.contribute().await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.get_groups(bucket_id)
    ///     .limit(1)
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.create_group(bucket_id, &body)
    ///     .if_match("\"0\"")
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.delete_groups(bucket_id)
    ///     .limit(1)
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.get_group(bucket_id, id)
    ///     .fields(fields)
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.update_group(bucket_id, id, &body)
    ///     .if_match("\"0\"")
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.delete_group(bucket_id, id)
    ///     .if_match("\"0\"")
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.patch_group(bucket_id, id, &body)
    ///     .if_match("\"0\"")
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.get_permissionss()
    ///     .limit(1)
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.get_records(bucket_id, collection_id)
    ///     .limit(1)
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.create_record(bucket_id, collection_id, &body)
    ///     .if_match("\"0\"")
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.delete_records(bucket_id, collection_id)
    ///     .limit(1)
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.get_record(bucket_id, collection_id, id)
    ///     .fields(fields)
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.update_record(bucket_id, collection_id, id, &body)
    ///     .if_match("\"0\"")
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.delete_record(bucket_id, collection_id, id)
    ///     .if_match("\"0\"")
    ///     .await?;
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
    /// # Example
    ///
    /// ```ignore
    /// let response = client.patch_record(bucket_id, collection_id, id, &body)
    ///     .if_match("\"0\"")
    ///     .await?;
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
