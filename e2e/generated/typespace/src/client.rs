// This file is generated from e2e/specs/typespace.yaml by `cargo xtask generate`. Do not edit it by hand.

use codegen_runtime::{ClientCore, Method, RequestSpec, RetryPolicy};
use crate::ops;
use crate::types;
use crate::Call;

/// A client for Type space 1.0.0.
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
    /// The base URL of the spec's first server (`https://pets.example.com/v1`).
    pub const DEFAULT_BASE_URL: &'static str = "https://pets.example.com/v1";

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

    /// Lists pets.
    ///
    /// `GET /pets` (list_pets)
    ///
    /// # Parameters
    ///
    /// - `limit` (query, optional: `.limit(…)` on the call)
    /// - `kind` (query, optional: `.kind(…)` on the call)
    /// - `x_request_id` (header `X-Request-Id`, optional: `.x_request_id(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: The pets.
    /// - `400`, [`ListPetsError::BadRequest`](crate::errors::ListPetsError::BadRequest) holding [`types::Error400`](crate::types::Error400): A bad request.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListPetsError`](crate::errors::ListPetsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use typespace_client::types;
    /// # async fn example(client: &typespace_client::Client) -> Result<(), typespace_client::Error> {
    /// let response = client.list_pets()
    ///     .limit(10)
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_pets(&self) -> Call<Vec<types::Pet>, ops::ListPets> {
        let mut req = RequestSpec::new("list_pets", Method::GET, "/pets", &[]);
        req.error_statuses = &[(400, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Adds a pet.
    ///
    /// `POST /pets` (create_pet)
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `201`: The pet.
    /// - `400`, [`CreatePetError::BadRequest`](crate::errors::CreatePetError::BadRequest) holding [`types::Error400`](crate::types::Error400): A bad request.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreatePetError`](crate::errors::CreatePetError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use typespace_client::types;
    /// # async fn example(client: &typespace_client::Client, body: types :: NewPet) -> Result<(), typespace_client::Error> {
    /// let response = client.create_pet(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn create_pet(&self, body: &types::NewPet) -> Call<types::Pet, ops::CreatePet> {
        let mut req = RequestSpec::new("create_pet", Method::POST, "/pets", &[]);
        req.error_statuses = &[(400, 0)];
        req.idempotency_key = Some("Idempotency-Key");
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Finds a pet.
    ///
    /// `GET /pets/{id}` (get_pet)
    ///
    /// # Parameters
    ///
    /// - `id` (path)
    ///
    /// # Responses
    ///
    /// - `200`: The pet.
    /// - `404`, [`GetPetError::NotFound`](crate::errors::GetPetError::NotFound) holding [`types::NotFound`](crate::types::NotFound): No such pet.
    /// - `422`, [`GetPetError::Status422`](crate::errors::GetPetError::Status422) holding [`types::Invalid`](crate::types::Invalid): The id is not valid.
    /// - `5XX`, [`GetPetError::ServerError`](crate::errors::GetPetError::ServerError) holding [`types::Problem`](crate::types::Problem): The server failed.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetPetError`](crate::errors::GetPetError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use typespace_client::types;
    /// # async fn example(client: &typespace_client::Client, id: i64) -> Result<(), typespace_client::Error> {
    /// let response = client.get_pet(id).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_pet(&self, id: i64) -> Call<types::Pet, ops::GetPet> {
        let mut req = RequestSpec::new("get_pet", Method::GET, "/pets/{id}", &[&id]);
        req.error_statuses = &[(404, 1), (422, 2), (5, 3)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }
}

/// The optional parameters of [`Client::list_pets`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListPets> {
    /// `limit`
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("limit");
        req.query.push("limit", &limit);
        self
    }

    /// `kind`
    #[inline]
    pub fn kind(mut self, kind: &types::NewPetType) -> Self {
        let req = self.spec_mut();
        req.query.remove("kind");
        req.query.push("kind", kind);
        self
    }

    /// `X-Request-Id`
    #[inline]
    pub fn x_request_id(mut self, x_request_id: &str) -> Self {
        let req = self.spec_mut();
        req.remove_header("X-Request-Id");
        req.header("X-Request-Id", &x_request_id);
        self
    }
}
