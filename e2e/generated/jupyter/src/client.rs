// This file is generated from e2e/specs/jupyter.yaml by `cargo xtask generate`. Do not edit it by hand.

use codegen_runtime::{ClientCore, Method, RequestSpec, RetryPolicy};
use crate::ops;
use crate::types;
use crate::Call;

/// A client for Jupyter Server API 5.
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

    /// Get the Jupyter Server version
    ///
    /// `GET /api/` (get_api)
    ///
    /// This endpoint returns only the Jupyter Server version.
    /// It does not require any authentication.
    ///
    /// # Responses
    ///
    /// - `200`: Jupyter Server version information
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use jupyter_client::types;
    /// # async fn example(client: &jupyter_client::Client) -> Result<(), jupyter_client::Error> {
    /// let response = client.get_api().await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_api(&self) -> Call<types::GetApiResponse, ops::GetApi> {
        let req = RequestSpec::new("get_api", Method::GET, "/api/", &[]);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get contents of file or directory
    ///
    /// `GET /api/contents/{path}` (get_api_contents_path)
    ///
    /// A client can optionally specify a type and/or format argument via URL parameter. When given, the Contents service shall return a model in the requested type and/or format. If the request cannot be satisfied, e.g. type=text is requested, but the file is binary, then the request shall fail with 400 and have a JSON response containing a 'reason' field, with the value 'bad format' or 'bad type', depending on what was requested.
    ///
    /// # Parameters
    ///
    /// - `path` (path): file path
    /// - `type` (query, optional: `.type(…)` on the call): File type ('file', 'directory')
    /// - `format` (query, optional: `.format(…)` on the call): How file content should be returned ('text', 'base64')
    /// - `content` (query, optional: `.content(…)` on the call): Return content (0 for no content, 1 for return content)
    /// - `hash` (query, optional: `.hash(…)` on the call): May return hash hexdigest string of content and the hash algorithm (0 for no hash - default, 1 for return hash). It may be ignored by the content manager.
    ///
    /// # Responses
    ///
    /// - `200`: Contents of file or directory
    /// - `400`, [`GetApiContentsPathError::BadRequest`](crate::errors::GetApiContentsPathError::BadRequest) holding [`types::Error400`](crate::types::Error400): Bad request
    /// - `404`, [`GetApiContentsPathError::NotFound`](crate::errors::GetApiContentsPathError::NotFound) with no decoded body: No item found
    /// - `500`, [`GetApiContentsPathError::InternalServerError`](crate::errors::GetApiContentsPathError::InternalServerError) with no decoded body: Model key error
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetApiContentsPathError`](crate::errors::GetApiContentsPathError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use jupyter_client::types;
    /// # async fn example(client: &jupyter_client::Client, path: & str, r#type: & types :: GetApiContentsPathType) -> Result<(), jupyter_client::Error> {
    /// let response = client.get_api_contents_path(path)
    ///     .r#type(r#type)
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_api_contents_path(
        &self,
        path: &str,
    ) -> Call<types::Contents, ops::GetApiContentsPath> {
        let mut req = RequestSpec::new(
            "get_api_contents_path",
            Method::GET,
            "/api/contents/{path}",
            &[&path],
        );
        req.error_statuses = &[(400, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Save or upload file.
    ///
    /// `PUT /api/contents/{path}` (put_api_contents_path)
    ///
    /// Saves the file in the location specified by name and path.  PUT is very similar to POST, but the requester specifies the name, whereas with POST, the server picks the name.
    ///
    /// # Parameters
    ///
    /// - `path` (path): file path
    /// - `body` (`application/json`, optional)
    ///
    /// # Responses
    ///
    /// - `200`: File saved
    /// - `201`: Path created
    /// - `400`, [`PutApiContentsPathError::BadRequest`](crate::errors::PutApiContentsPathError::BadRequest) holding [`types::Error400`](crate::types::Error400): No data provided
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`PutApiContentsPathError`](crate::errors::PutApiContentsPathError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use jupyter_client::types;
    /// # async fn example(client: &jupyter_client::Client, path: & str, body: types :: PutApiContentsPathRequest) -> Result<(), jupyter_client::Error> {
    /// let response = client.put_api_contents_path(path, Some(&body)).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn put_api_contents_path(
        &self,
        path: &str,
        body: Option<&types::PutApiContentsPathRequest>,
    ) -> Call<types::Contents, ops::PutApiContentsPath> {
        let mut req = RequestSpec::new(
            "put_api_contents_path",
            Method::PUT,
            "/api/contents/{path}",
            &[&path],
        );
        req.error_statuses = &[(400, 0)];
        if let Some(body) = body {
            req.json_body(body);
        }
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Create a new file in the specified path
    ///
    /// `POST /api/contents/{path}` (post_api_contents_path)
    ///
    /// A POST to /api/contents/path creates a New untitled, empty file or directory. A POST to /api/contents/path with body {'copy_from': '/path/to/OtherNotebook.ipynb'} creates a new copy of OtherNotebook in path.
    ///
    /// # Parameters
    ///
    /// - `path` (path): file path
    /// - `body` (`application/json`, optional)
    ///
    /// # Responses
    ///
    /// - `201`: File created
    /// - `400`, [`PostApiContentsPathError::BadRequest`](crate::errors::PostApiContentsPathError::BadRequest) holding [`types::Error400`](crate::types::Error400): Bad request
    /// - `404`, [`PostApiContentsPathError::NotFound`](crate::errors::PostApiContentsPathError::NotFound) with no decoded body: No item found
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`PostApiContentsPathError`](crate::errors::PostApiContentsPathError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use jupyter_client::types;
    /// # async fn example(client: &jupyter_client::Client, path: & str, body: types :: PostApiContentsPathRequest) -> Result<(), jupyter_client::Error> {
    /// let response = client.post_api_contents_path(path, Some(&body)).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn post_api_contents_path(
        &self,
        path: &str,
        body: Option<&types::PostApiContentsPathRequest>,
    ) -> Call<types::Contents, ops::PostApiContentsPath> {
        let mut req = RequestSpec::new(
            "post_api_contents_path",
            Method::POST,
            "/api/contents/{path}",
            &[&path],
        );
        req.error_statuses = &[(400, 0)];
        if let Some(body) = body {
            req.json_body(body);
        }
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Delete a file in the given path
    ///
    /// `DELETE /api/contents/{path}` (delete_api_contents_path)
    ///
    /// # Parameters
    ///
    /// - `path` (path): file path
    ///
    /// # Responses
    ///
    /// - `204`: File deleted
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use jupyter_client::types;
    /// # async fn example(client: &jupyter_client::Client, path: & str) -> Result<(), jupyter_client::Error> {
    /// client.delete_api_contents_path(path).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn delete_api_contents_path(
        &self,
        path: &str,
    ) -> Call<(), ops::DeleteApiContentsPath> {
        let req = RequestSpec::new(
            "delete_api_contents_path",
            Method::DELETE,
            "/api/contents/{path}",
            &[&path],
        );
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Rename a file or directory without re-uploading content
    ///
    /// `PATCH /api/contents/{path}` (patch_api_contents_path)
    ///
    /// # Parameters
    ///
    /// - `path` (path): file path
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: Path updated
    /// - `400`, [`PatchApiContentsPathError::BadRequest`](crate::errors::PatchApiContentsPathError::BadRequest) holding [`types::Error400`](crate::types::Error400): No data provided
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`PatchApiContentsPathError`](crate::errors::PatchApiContentsPathError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use jupyter_client::types;
    /// # async fn example(client: &jupyter_client::Client, path: & str, body: types :: PatchApiContentsPathRequest) -> Result<(), jupyter_client::Error> {
    /// let response = client.patch_api_contents_path(path, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn patch_api_contents_path(
        &self,
        path: &str,
        body: &types::PatchApiContentsPathRequest,
    ) -> Call<types::Contents, ops::PatchApiContentsPath> {
        let mut req = RequestSpec::new(
            "patch_api_contents_path",
            Method::PATCH,
            "/api/contents/{path}",
            &[&path],
        );
        req.error_statuses = &[(400, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get a list of checkpoints for a file
    ///
    /// `GET /api/contents/{path}/checkpoints` (get_api_contents_path_checkpoints)
    ///
    /// List checkpoints for a given file. There will typically be zero or one results.
    ///
    /// # Parameters
    ///
    /// - `path` (path): file path
    ///
    /// # Responses
    ///
    /// - `200`: List of checkpoints for a file
    /// - `400`, [`GetApiContentsPathCheckpointsError::BadRequest`](crate::errors::GetApiContentsPathCheckpointsError::BadRequest) holding [`types::Error400`](crate::types::Error400): Bad request
    /// - `404`, [`GetApiContentsPathCheckpointsError::NotFound`](crate::errors::GetApiContentsPathCheckpointsError::NotFound) with no decoded body: No item found
    /// - `500`, [`GetApiContentsPathCheckpointsError::InternalServerError`](crate::errors::GetApiContentsPathCheckpointsError::InternalServerError) with no decoded body: Model key error
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetApiContentsPathCheckpointsError`](crate::errors::GetApiContentsPathCheckpointsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use jupyter_client::types;
    /// # async fn example(client: &jupyter_client::Client, path: & str) -> Result<(), jupyter_client::Error> {
    /// let response = client.get_api_contents_path_checkpoints(path).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_api_contents_path_checkpoints(
        &self,
        path: &str,
    ) -> Call<Vec<types::Checkpoints>, ops::GetApiContentsPathCheckpoints> {
        let mut req = RequestSpec::new(
            "get_api_contents_path_checkpoints",
            Method::GET,
            "/api/contents/{path}/checkpoints",
            &[&path],
        );
        req.error_statuses = &[(400, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Create a new checkpoint for a file
    ///
    /// `POST /api/contents/{path}/checkpoints` (post_api_contents_path_checkpoints)
    ///
    /// Create a new checkpoint with the current state of a file. With the default FileContentsManager, only one checkpoint is supported, so creating new checkpoints clobbers existing ones.
    ///
    /// # Parameters
    ///
    /// - `path` (path): file path
    ///
    /// # Responses
    ///
    /// - `201`: Checkpoint created
    /// - `400`, [`PostApiContentsPathCheckpointsError::BadRequest`](crate::errors::PostApiContentsPathCheckpointsError::BadRequest) holding [`types::Error400`](crate::types::Error400): Bad request
    /// - `404`, [`PostApiContentsPathCheckpointsError::NotFound`](crate::errors::PostApiContentsPathCheckpointsError::NotFound) with no decoded body: No item found
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`PostApiContentsPathCheckpointsError`](crate::errors::PostApiContentsPathCheckpointsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use jupyter_client::types;
    /// # async fn example(client: &jupyter_client::Client, path: & str) -> Result<(), jupyter_client::Error> {
    /// let response = client.post_api_contents_path_checkpoints(path).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn post_api_contents_path_checkpoints(
        &self,
        path: &str,
    ) -> Call<types::Checkpoints, ops::PostApiContentsPathCheckpoints> {
        let mut req = RequestSpec::new(
            "post_api_contents_path_checkpoints",
            Method::POST,
            "/api/contents/{path}/checkpoints",
            &[&path],
        );
        req.error_statuses = &[(400, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Restore a file to a particular checkpointed state
    ///
    /// `POST /api/contents/{path}/checkpoints/{checkpoint_id}` (post_api_contents_path_checkpoints_checkpoint_id)
    ///
    /// # Parameters
    ///
    /// - `path` (path): file path
    /// - `checkpoint_id` (path): Checkpoint id for a file
    ///
    /// # Responses
    ///
    /// - `204`: Checkpoint restored
    /// - `400`, [`PostApiContentsPathCheckpointsCheckpointIdError::BadRequest`](crate::errors::PostApiContentsPathCheckpointsCheckpointIdError::BadRequest) holding [`types::Error400`](crate::types::Error400): Bad request
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`PostApiContentsPathCheckpointsCheckpointIdError`](crate::errors::PostApiContentsPathCheckpointsCheckpointIdError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use jupyter_client::types;
    /// # async fn example(client: &jupyter_client::Client, path: & str, checkpoint_id: & str) -> Result<(), jupyter_client::Error> {
    /// client.post_api_contents_path_checkpoints_checkpoint_id(path, checkpoint_id).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn post_api_contents_path_checkpoints_checkpoint_id(
        &self,
        path: &str,
        checkpoint_id: &str,
    ) -> Call<(), ops::PostApiContentsPathCheckpointsCheckpointId> {
        let mut req = RequestSpec::new(
            "post_api_contents_path_checkpoints_checkpoint_id",
            Method::POST,
            "/api/contents/{path}/checkpoints/{checkpoint_id}",
            &[&path, &checkpoint_id],
        );
        req.error_statuses = &[(400, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Delete a checkpoint
    ///
    /// `DELETE /api/contents/{path}/checkpoints/{checkpoint_id}` (delete_api_contents_path_checkpoints_checkpoint_id)
    ///
    /// # Parameters
    ///
    /// - `path` (path): file path
    /// - `checkpoint_id` (path): Checkpoint id for a file
    ///
    /// # Responses
    ///
    /// - `204`: Checkpoint deleted
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use jupyter_client::types;
    /// # async fn example(client: &jupyter_client::Client, path: & str, checkpoint_id: & str) -> Result<(), jupyter_client::Error> {
    /// client.delete_api_contents_path_checkpoints_checkpoint_id(path, checkpoint_id).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn delete_api_contents_path_checkpoints_checkpoint_id(
        &self,
        path: &str,
        checkpoint_id: &str,
    ) -> Call<(), ops::DeleteApiContentsPathCheckpointsCheckpointId> {
        let req = RequestSpec::new(
            "delete_api_contents_path_checkpoints_checkpoint_id",
            Method::DELETE,
            "/api/contents/{path}/checkpoints/{checkpoint_id}",
            &[&path, &checkpoint_id],
        );
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Resolve path to a file
    ///
    /// `GET /api/resolvePath` (get_api_resolvePath)
    ///
    /// # Parameters
    ///
    /// - `path` (query): file path
    /// - `kernel` (query, optional: `.kernel(…)` on the call): kernel uuid
    ///
    /// # Responses
    ///
    /// - `200`: Resolved path with scope details and optional unresolved scopes
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use jupyter_client::types;
    /// # async fn example(client: &jupyter_client::Client, path: & str) -> Result<(), jupyter_client::Error> {
    /// let response = client.get_api_resolve_path(path)
    ///     .kernel("00000000-0000-4000-8000-000000000000")
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_api_resolve_path(
        &self,
        path: &str,
    ) -> Call<types::ResolvedPath, ops::GetApiResolvePath> {
        let mut req = RequestSpec::new(
            "get_api_resolvePath",
            Method::GET,
            "/api/resolvePath",
            &[],
        );
        req.query.push("path", &path);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get session
    ///
    /// `GET /api/sessions/{session}` (get_api_sessions_session)
    ///
    /// # Parameters
    ///
    /// - `session` (path): session uuid
    ///
    /// # Responses
    ///
    /// - `200`: Session
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use jupyter_client::types;
    /// # async fn example(client: &jupyter_client::Client, session: & str) -> Result<(), jupyter_client::Error> {
    /// let response = client.get_api_sessions_session(session).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_api_sessions_session(
        &self,
        session: &str,
    ) -> Call<types::Session, ops::GetApiSessionsSession> {
        let req = RequestSpec::new(
            "get_api_sessions_session",
            Method::GET,
            "/api/sessions/{session}",
            &[&session],
        );
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Delete a session
    ///
    /// `DELETE /api/sessions/{session}` (delete_api_sessions_session)
    ///
    /// # Parameters
    ///
    /// - `session` (path): session uuid
    ///
    /// # Responses
    ///
    /// - `204`: Session (and kernel) were deleted
    /// - `410`, [`DeleteApiSessionsSessionError::Gone`](crate::errors::DeleteApiSessionsSessionError::Gone) with no decoded body: Kernel was deleted before the session, and the session was *not* deleted (TODO - check to make sure session wasn't deleted)
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeleteApiSessionsSessionError`](crate::errors::DeleteApiSessionsSessionError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use jupyter_client::types;
    /// # async fn example(client: &jupyter_client::Client, session: & str) -> Result<(), jupyter_client::Error> {
    /// client.delete_api_sessions_session(session).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn delete_api_sessions_session(
        &self,
        session: &str,
    ) -> Call<(), ops::DeleteApiSessionsSession> {
        let req = RequestSpec::new(
            "delete_api_sessions_session",
            Method::DELETE,
            "/api/sessions/{session}",
            &[&session],
        );
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// This can be used to rename the session.
    ///
    /// `PATCH /api/sessions/{session}` (patch_api_sessions_session)
    ///
    /// # Parameters
    ///
    /// - `session` (path): session uuid
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: Session
    /// - `400`, [`PatchApiSessionsSessionError::BadRequest`](crate::errors::PatchApiSessionsSessionError::BadRequest) with no decoded body: No data provided
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`PatchApiSessionsSessionError`](crate::errors::PatchApiSessionsSessionError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use jupyter_client::types;
    /// # async fn example(client: &jupyter_client::Client, session: & str, body: types :: Session) -> Result<(), jupyter_client::Error> {
    /// let response = client.patch_api_sessions_session(session, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn patch_api_sessions_session(
        &self,
        session: &str,
        body: &types::Session,
    ) -> Call<types::Session, ops::PatchApiSessionsSession> {
        let mut req = RequestSpec::new(
            "patch_api_sessions_session",
            Method::PATCH,
            "/api/sessions/{session}",
            &[&session],
        );
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// List available sessions
    ///
    /// `GET /api/sessions` (get_api_sessions)
    ///
    /// # Responses
    ///
    /// - `200`: List of current sessions
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use jupyter_client::types;
    /// # async fn example(client: &jupyter_client::Client) -> Result<(), jupyter_client::Error> {
    /// let response = client.get_api_sessions().await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_api_sessions(&self) -> Call<Vec<types::Session>, ops::GetApiSessions> {
        let req = RequestSpec::new(
            "get_api_sessions",
            Method::GET,
            "/api/sessions",
            &[],
        );
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Create a new session, or return an existing session if a session of the same name already exists
    ///
    /// `POST /api/sessions` (post_api_sessions)
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`, optional)
    ///
    /// # Responses
    ///
    /// - `201`: Session created or returned
    /// - `501`, [`PostApiSessionsError::NotImplemented`](crate::errors::PostApiSessionsError::NotImplemented) holding [`types::PostApiSessionsError501`](crate::types::PostApiSessionsError501): Session not available
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`PostApiSessionsError`](crate::errors::PostApiSessionsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use jupyter_client::types;
    /// # async fn example(client: &jupyter_client::Client, body: types :: Session) -> Result<(), jupyter_client::Error> {
    /// let response = client.post_api_sessions(Some(&body)).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn post_api_sessions(
        &self,
        body: Option<&types::Session>,
    ) -> Call<types::Session, ops::PostApiSessions> {
        let mut req = RequestSpec::new(
            "post_api_sessions",
            Method::POST,
            "/api/sessions",
            &[],
        );
        req.error_statuses = &[(501, 1)];
        if let Some(body) = body {
            req.json_body(body);
        }
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// List the JSON data for all kernels that are currently running
    ///
    /// `GET /api/kernels` (get_api_kernels)
    ///
    /// # Responses
    ///
    /// - `200`: List of currently-running kernel uuids
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use jupyter_client::types;
    /// # async fn example(client: &jupyter_client::Client) -> Result<(), jupyter_client::Error> {
    /// let response = client.get_api_kernels().await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_api_kernels(&self) -> Call<Vec<types::Kernel>, ops::GetApiKernels> {
        let req = RequestSpec::new("get_api_kernels", Method::GET, "/api/kernels", &[]);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Start a kernel and return the uuid
    ///
    /// `POST /api/kernels` (post_api_kernels)
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`, optional)
    ///
    /// # Responses
    ///
    /// - `201`: Kernel started
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use jupyter_client::types;
    /// # async fn example(client: &jupyter_client::Client, body: types :: PostApiKernelsRequest) -> Result<(), jupyter_client::Error> {
    /// let response = client.post_api_kernels(Some(&body)).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn post_api_kernels(
        &self,
        body: Option<&types::PostApiKernelsRequest>,
    ) -> Call<types::Kernel, ops::PostApiKernels> {
        let mut req = RequestSpec::new(
            "post_api_kernels",
            Method::POST,
            "/api/kernels",
            &[],
        );
        if let Some(body) = body {
            req.json_body(body);
        }
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get kernel information
    ///
    /// `GET /api/kernels/{kernel_id}` (get_api_kernels_kernel_id)
    ///
    /// # Parameters
    ///
    /// - `kernel_id` (path): kernel uuid
    ///
    /// # Responses
    ///
    /// - `200`: Kernel information
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use jupyter_client::types;
    /// # async fn example(client: &jupyter_client::Client, kernel_id: & str) -> Result<(), jupyter_client::Error> {
    /// let response = client.get_api_kernels_kernel_id(kernel_id).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_api_kernels_kernel_id(
        &self,
        kernel_id: &str,
    ) -> Call<types::Kernel, ops::GetApiKernelsKernelId> {
        let req = RequestSpec::new(
            "get_api_kernels_kernel_id",
            Method::GET,
            "/api/kernels/{kernel_id}",
            &[&kernel_id],
        );
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Kill a kernel and delete the kernel id
    ///
    /// `DELETE /api/kernels/{kernel_id}` (delete_api_kernels_kernel_id)
    ///
    /// # Parameters
    ///
    /// - `kernel_id` (path): kernel uuid
    ///
    /// # Responses
    ///
    /// - `204`: Kernel deleted
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use jupyter_client::types;
    /// # async fn example(client: &jupyter_client::Client, kernel_id: & str) -> Result<(), jupyter_client::Error> {
    /// client.delete_api_kernels_kernel_id(kernel_id).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn delete_api_kernels_kernel_id(
        &self,
        kernel_id: &str,
    ) -> Call<(), ops::DeleteApiKernelsKernelId> {
        let req = RequestSpec::new(
            "delete_api_kernels_kernel_id",
            Method::DELETE,
            "/api/kernels/{kernel_id}",
            &[&kernel_id],
        );
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Interrupt a kernel
    ///
    /// `POST /api/kernels/{kernel_id}/interrupt` (post_api_kernels_kernel_id_interrupt)
    ///
    /// # Parameters
    ///
    /// - `kernel_id` (path): kernel uuid
    ///
    /// # Responses
    ///
    /// - `204`: Kernel interrupted
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use jupyter_client::types;
    /// # async fn example(client: &jupyter_client::Client, kernel_id: & str) -> Result<(), jupyter_client::Error> {
    /// client.post_api_kernels_kernel_id_interrupt(kernel_id).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn post_api_kernels_kernel_id_interrupt(
        &self,
        kernel_id: &str,
    ) -> Call<(), ops::PostApiKernelsKernelIdInterrupt> {
        let req = RequestSpec::new(
            "post_api_kernels_kernel_id_interrupt",
            Method::POST,
            "/api/kernels/{kernel_id}/interrupt",
            &[&kernel_id],
        );
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Restart a kernel
    ///
    /// `POST /api/kernels/{kernel_id}/restart` (post_api_kernels_kernel_id_restart)
    ///
    /// # Parameters
    ///
    /// - `kernel_id` (path): kernel uuid
    ///
    /// # Responses
    ///
    /// - `200`: Kernel restarted
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use jupyter_client::types;
    /// # async fn example(client: &jupyter_client::Client, kernel_id: & str) -> Result<(), jupyter_client::Error> {
    /// let response = client.post_api_kernels_kernel_id_restart(kernel_id).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn post_api_kernels_kernel_id_restart(
        &self,
        kernel_id: &str,
    ) -> Call<types::Kernel, ops::PostApiKernelsKernelIdRestart> {
        let req = RequestSpec::new(
            "post_api_kernels_kernel_id_restart",
            Method::POST,
            "/api/kernels/{kernel_id}/restart",
            &[&kernel_id],
        );
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get kernel specs
    ///
    /// `GET /api/kernelspecs` (get_api_kernelspecs)
    ///
    /// # Responses
    ///
    /// - `200`: Kernel specs
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use jupyter_client::types;
    /// # async fn example(client: &jupyter_client::Client) -> Result<(), jupyter_client::Error> {
    /// let response = client.get_api_kernelspecs().await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_api_kernelspecs(
        &self,
    ) -> Call<types::GetApiKernelspecsResponse, ops::GetApiKernelspecs> {
        let req = RequestSpec::new(
            "get_api_kernelspecs",
            Method::GET,
            "/api/kernelspecs",
            &[],
        );
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get a configuration section by name
    ///
    /// `GET /api/config/{section_name}` (get_api_config_section_name)
    ///
    /// # Parameters
    ///
    /// - `section_name` (path): Name of config section
    ///
    /// # Responses
    ///
    /// - `200`: Configuration object
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use jupyter_client::types;
    /// # async fn example(client: &jupyter_client::Client, section_name: & str) -> Result<(), jupyter_client::Error> {
    /// let response = client.get_api_config_section_name(section_name).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_api_config_section_name(
        &self,
        section_name: &str,
    ) -> Call<codegen_runtime::serde_json::Value, ops::GetApiConfigSectionName> {
        let req = RequestSpec::new(
            "get_api_config_section_name",
            Method::GET,
            "/api/config/{section_name}",
            &[&section_name],
        );
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Update a configuration section by name
    ///
    /// `PATCH /api/config/{section_name}` (patch_api_config_section_name)
    ///
    /// # Parameters
    ///
    /// - `section_name` (path): Name of config section
    /// - `body` (`application/json`, optional)
    ///
    /// # Responses
    ///
    /// - `200`: Configuration object
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use jupyter_client::types;
    /// # async fn example(client: &jupyter_client::Client, section_name: & str, body: codegen_runtime :: serde_json :: Value) -> Result<(), jupyter_client::Error> {
    /// let response = client.patch_api_config_section_name(section_name, Some(&body)).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn patch_api_config_section_name(
        &self,
        section_name: &str,
        body: Option<&codegen_runtime::serde_json::Value>,
    ) -> Call<codegen_runtime::serde_json::Value, ops::PatchApiConfigSectionName> {
        let mut req = RequestSpec::new(
            "patch_api_config_section_name",
            Method::PATCH,
            "/api/config/{section_name}",
            &[&section_name],
        );
        if let Some(body) = body {
            req.json_body(body);
        }
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get available terminals
    ///
    /// `GET /api/terminals` (get_api_terminals)
    ///
    /// # Responses
    ///
    /// - `200`: A list of all available terminal ids.
    /// - `403`, [`GetApiTerminalsError::Forbidden`](crate::errors::GetApiTerminalsError::Forbidden) with no decoded body: Forbidden to access
    /// - `404`, [`GetApiTerminalsError::NotFound`](crate::errors::GetApiTerminalsError::NotFound) with no decoded body: Not found
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetApiTerminalsError`](crate::errors::GetApiTerminalsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use jupyter_client::types;
    /// # async fn example(client: &jupyter_client::Client) -> Result<(), jupyter_client::Error> {
    /// let response = client.get_api_terminals().await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_api_terminals(&self) -> Call<Vec<types::Terminal>, ops::GetApiTerminals> {
        let req = RequestSpec::new(
            "get_api_terminals",
            Method::GET,
            "/api/terminals",
            &[],
        );
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Create a new terminal
    ///
    /// `POST /api/terminals` (post_api_terminals)
    ///
    /// # Responses
    ///
    /// - `200`: Successfully created a new terminal
    /// - `403`, [`PostApiTerminalsError::Forbidden`](crate::errors::PostApiTerminalsError::Forbidden) with no decoded body: Forbidden to access
    /// - `404`, [`PostApiTerminalsError::NotFound`](crate::errors::PostApiTerminalsError::NotFound) with no decoded body: Not found
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`PostApiTerminalsError`](crate::errors::PostApiTerminalsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use jupyter_client::types;
    /// # async fn example(client: &jupyter_client::Client) -> Result<(), jupyter_client::Error> {
    /// let response = client.post_api_terminals().await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn post_api_terminals(&self) -> Call<types::Terminal, ops::PostApiTerminals> {
        let req = RequestSpec::new(
            "post_api_terminals",
            Method::POST,
            "/api/terminals",
            &[],
        );
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get a terminal session corresponding to an id.
    ///
    /// `GET /api/terminals/{terminal_id}` (get_api_terminals_terminal_id)
    ///
    /// # Parameters
    ///
    /// - `terminal_id` (path): ID of terminal session
    ///
    /// # Responses
    ///
    /// - `200`: Terminal session with given id
    /// - `403`, [`GetApiTerminalsTerminalIdError::Forbidden`](crate::errors::GetApiTerminalsTerminalIdError::Forbidden) with no decoded body: Forbidden to access
    /// - `404`, [`GetApiTerminalsTerminalIdError::NotFound`](crate::errors::GetApiTerminalsTerminalIdError::NotFound) with no decoded body: Not found
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetApiTerminalsTerminalIdError`](crate::errors::GetApiTerminalsTerminalIdError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use jupyter_client::types;
    /// # async fn example(client: &jupyter_client::Client, terminal_id: & str) -> Result<(), jupyter_client::Error> {
    /// let response = client.get_api_terminals_terminal_id(terminal_id).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_api_terminals_terminal_id(
        &self,
        terminal_id: &str,
    ) -> Call<types::Terminal, ops::GetApiTerminalsTerminalId> {
        let req = RequestSpec::new(
            "get_api_terminals_terminal_id",
            Method::GET,
            "/api/terminals/{terminal_id}",
            &[&terminal_id],
        );
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Delete a terminal session corresponding to an id.
    ///
    /// `DELETE /api/terminals/{terminal_id}` (delete_api_terminals_terminal_id)
    ///
    /// # Parameters
    ///
    /// - `terminal_id` (path): ID of terminal session
    ///
    /// # Responses
    ///
    /// - `204`: Successfully deleted terminal session
    /// - `403`, [`DeleteApiTerminalsTerminalIdError::Forbidden`](crate::errors::DeleteApiTerminalsTerminalIdError::Forbidden) with no decoded body: Forbidden to access
    /// - `404`, [`DeleteApiTerminalsTerminalIdError::NotFound`](crate::errors::DeleteApiTerminalsTerminalIdError::NotFound) with no decoded body: Not found
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeleteApiTerminalsTerminalIdError`](crate::errors::DeleteApiTerminalsTerminalIdError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use jupyter_client::types;
    /// # async fn example(client: &jupyter_client::Client, terminal_id: & str) -> Result<(), jupyter_client::Error> {
    /// client.delete_api_terminals_terminal_id(terminal_id).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn delete_api_terminals_terminal_id(
        &self,
        terminal_id: &str,
    ) -> Call<(), ops::DeleteApiTerminalsTerminalId> {
        let req = RequestSpec::new(
            "delete_api_terminals_terminal_id",
            Method::DELETE,
            "/api/terminals/{terminal_id}",
            &[&terminal_id],
        );
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Get the identity of the currently authenticated user.
    /// If present, a `permissions` argument may be specified
    /// to check what actions the user currently is authorized to take.
    ///
    /// `GET /api/me` (get_api_me)
    ///
    /// # Parameters
    ///
    /// - `permissions` (query, optional: `.permissions(…)` on the call): JSON-serialized dictionary of `{"resource": ["action",]}`
    ///   (dict of lists of strings) to check.
    ///   The same dictionary structure will be returned,
    ///   containing only the actions for which the user is authorized.
    ///
    /// # Responses
    ///
    /// - `200`: The user's identity and permissions
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use jupyter_client::types;
    /// # async fn example(client: &jupyter_client::Client) -> Result<(), jupyter_client::Error> {
    /// let response = client.get_api_me()
    ///     .permissions("string")
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_api_me(&self) -> Call<types::GetApiMeResponse, ops::GetApiMe> {
        let req = RequestSpec::new("get_api_me", Method::GET, "/api/me", &[]);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get the current status/activity of the server.
    ///
    /// `GET /api/status` (get_api_status)
    ///
    /// # Responses
    ///
    /// - `200`: The current status of the server
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use jupyter_client::types;
    /// # async fn example(client: &jupyter_client::Client) -> Result<(), jupyter_client::Error> {
    /// let response = client.get_api_status().await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_api_status(&self) -> Call<types::ApiStatus, ops::GetApiStatus> {
        let req = RequestSpec::new("get_api_status", Method::GET, "/api/status", &[]);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get the current spec for the notebook server's APIs.
    ///
    /// `GET /api/spec.yaml` (get_api_spec_yaml)
    ///
    /// # Responses
    ///
    /// - `200`: The current spec for the notebook server's APIs.
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use jupyter_client::TryStreamExt;
    /// # #[allow(unused_imports)] use jupyter_client::types;
    /// # async fn example(client: &jupyter_client::Client) -> Result<(), jupyter_client::Error> {
    /// let response = client.get_api_spec_yaml().await?;
    /// // The body as a stream of chunks, not read whole:
    /// let mut chunks = client.get_api_spec_yaml().send_streaming().await?;
    /// while let Some(chunk) = chunks.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_api_spec_yaml(&self) -> Call<String, ops::GetApiSpecYaml> {
        let mut req = RequestSpec::new(
            "get_api_spec_yaml",
            Method::GET,
            "/api/spec.yaml",
            &[],
        );
        req.accept = "text/x-yaml";
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_text),
        )
    }
}

/// The optional parameters of [`Client::get_api_contents_path`]: each setter replaces the parameter's earlier value.
#[allow(clippy::should_implement_trait)]
impl<T: Send + 'static> Call<T, ops::GetApiContentsPath> {
    /// File type ('file', 'directory')
    #[inline]
    pub fn r#type(mut self, r#type: &types::GetApiContentsPathType) -> Self {
        let req = self.spec_mut();
        req.query.remove("type");
        req.query.push("type", r#type);
        self
    }

    /// How file content should be returned ('text', 'base64')
    #[inline]
    pub fn format(mut self, format: &types::GetApiContentsPathFormat) -> Self {
        let req = self.spec_mut();
        req.query.remove("format");
        req.query.push("format", format);
        self
    }

    /// Return content (0 for no content, 1 for return content)
    #[inline]
    pub fn content(mut self, content: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("content");
        req.query.push("content", &content);
        self
    }

    /// May return hash hexdigest string of content and the hash algorithm (0 for no hash - default, 1 for return hash). It may be ignored by the content manager.
    #[inline]
    pub fn hash(mut self, hash: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("hash");
        req.query.push("hash", &hash);
        self
    }
}

/// The optional parameters of [`Client::get_api_resolve_path`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::GetApiResolvePath> {
    /// kernel uuid
    #[inline]
    pub fn kernel(mut self, kernel: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("kernel");
        req.query.push("kernel", &kernel);
        self
    }
}

/// The optional parameters of [`Client::get_api_me`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::GetApiMe> {
    /// JSON-serialized dictionary of `{"resource": ["action",]}`
    /// (dict of lists of strings) to check.
    /// The same dictionary structure will be returned,
    /// containing only the actions for which the user is authorized.
    #[inline]
    pub fn permissions(mut self, permissions: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("permissions");
        req.query.push("permissions", &permissions);
        self
    }
}

/// What the call of [`Client::get_api_spec_yaml`] can do besides `.await`.
impl<T: Send + 'static> Call<T, ops::GetApiSpecYaml> {
    /// Sends the call and returns the success body as a stream of byte chunks as they
    /// arrive, with status and headers, instead of reading it whole (`.await` does).
    /// An error status fails before the stream starts; retries happen only before it.
    #[inline]
    pub fn send_streaming(self) -> codegen_runtime::StreamFuture<crate::ErrorBody> {
        self.stream_body()
    }
}
