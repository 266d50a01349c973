// This file is generated from e2e/specs/media.yaml by `cargo xtask generate`. Do not edit it by hand.

use codegen_runtime::{ClientCore, Method, RequestSpec, RetryPolicy};
use codegen_runtime::{PageKind, Pagination};
use crate::ops;
use crate::types;
use crate::ItemStream;
use crate::Call;

static LIST_EVENTS_PAGES: Pagination = Pagination {
    kind: PageKind::Page { param: "page" },
    size_param: Some("per_page"),
    items: "/events",
    next: None,
    total: Some("/total"),
};

/// A client for Media 1.
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
    /// The base URL of the spec's first server (`http://localhost:8080`).
    pub const DEFAULT_BASE_URL: &'static str = "http://localhost:8080";

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

    /// A blob's bytes.
    ///
    /// `GET /blobs/{name}` (download_blob)
    ///
    /// # Parameters
    ///
    /// - `name` (path)
    ///
    /// # Responses
    ///
    /// - `200`: the bytes
    /// - `404`, [`DownloadBlobError::NotFound`](crate::errors::DownloadBlobError::NotFound) holding [`types::Problem`](crate::types::Problem): no such blob
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DownloadBlobError`](crate::errors::DownloadBlobError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use media_client::TryStreamExt;
    /// # #[allow(unused_imports)] use media_client::types;
    /// # async fn example(client: &media_client::Client, name: & str) -> Result<(), media_client::Error> {
    /// let response = client.download_blob(name).await?;
    /// // The body as a stream of chunks, not read whole:
    /// let mut chunks = client.download_blob(name).send_streaming().await?;
    /// while let Some(chunk) = chunks.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn download_blob(&self, name: &str) -> Call<Vec<u8>, ops::DownloadBlob> {
        let mut req = RequestSpec::new(
            "download_blob",
            Method::GET,
            "/blobs/{name}",
            &[&name],
        );
        req.error_statuses = &[(404, 0)];
        req.accept = "application/octet-stream, application/json;q=0.5";
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_bytes),
        )
    }

    /// Stores a blob.
    ///
    /// `PUT /blobs/{name}` (upload_blob)
    ///
    /// # Parameters
    ///
    /// - `name` (path)
    /// - `body` (`application/octet-stream`)
    ///
    /// # Responses
    ///
    /// - `201`: stored
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use media_client::types;
    /// # async fn example(client: &media_client::Client, name: & str, body: Vec<u8>) -> Result<(), media_client::Error> {
    /// let response = client.upload_blob(name, body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn upload_blob(
        &self,
        name: &str,
        body: impl Into<codegen_runtime::Upload>,
    ) -> Call<types::Stored, ops::UploadBlob> {
        let mut req = RequestSpec::new(
            "upload_blob",
            Method::PUT,
            "/blobs/{name}",
            &[&name],
        );
        req.upload_body("application/octet-stream", body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// The latest report as CSV.
    ///
    /// `GET /reports/latest` (latest_report)
    ///
    /// # Responses
    ///
    /// - `200`: the report
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use media_client::TryStreamExt;
    /// # #[allow(unused_imports)] use media_client::types;
    /// # async fn example(client: &media_client::Client) -> Result<(), media_client::Error> {
    /// let response = client.latest_report().await?;
    /// // The body as a stream of chunks, not read whole:
    /// let mut chunks = client.latest_report().send_streaming().await?;
    /// while let Some(chunk) = chunks.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn latest_report(&self) -> Call<String, ops::LatestReport> {
        let mut req = RequestSpec::new(
            "latest_report",
            Method::GET,
            "/reports/latest",
            &[],
        );
        req.accept = "text/csv";
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_text),
        )
    }

    /// Creates a note, from JSON, a form or a multipart form with an attachment.
    ///
    /// `POST /notes` (create_note)
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    /// - `draft` (query, optional: `.draft(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `201`: created
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use media_client::types;
    /// # async fn example(client: &media_client::Client, body: types :: Note) -> Result<(), media_client::Error> {
    /// let response = client.create_note(&body)
    ///     .draft(true)
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn create_note(&self, body: &types::Note) -> Call<types::Note, ops::CreateNote> {
        let mut req = RequestSpec::new("create_note", Method::POST, "/notes", &[]);
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Stores an avatar, PNG or JPEG.
    ///
    /// `PUT /avatars/{user}` (put_avatar)
    ///
    /// # Parameters
    ///
    /// - `user` (path)
    /// - `body` (`image/png`)
    ///
    /// # Responses
    ///
    /// - `204`: stored
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use media_client::types;
    /// # async fn example(client: &media_client::Client, user: & str, body: Vec<u8>) -> Result<(), media_client::Error> {
    /// client.put_avatar(user, body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn put_avatar(
        &self,
        user: &str,
        body: impl Into<codegen_runtime::Upload>,
    ) -> Call<(), ops::PutAvatar> {
        let mut req = RequestSpec::new(
            "put_avatar",
            Method::PUT,
            "/avatars/{user}",
            &[&user],
        );
        req.upload_body("image/png", body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Events, a page at a time, with the total count.
    ///
    /// `GET /events` (list_events)
    ///
    /// # Parameters
    ///
    /// - `page` (query, optional: `.page(…)` on the call)
    /// - `per_page` (query, optional: `.per_page(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: a page of events
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use media_client::TryStreamExt;
    /// # #[allow(unused_imports)] use media_client::types;
    /// # async fn example(client: &media_client::Client) -> Result<(), media_client::Error> {
    /// let response = client.list_events()
    ///     .page(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_events().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_events(&self) -> Call<types::ListEventsResponse, ops::ListEvents> {
        let req = RequestSpec::new("list_events", Method::GET, "/events", &[]);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Creates a note, from JSON, a form or a multipart form with an attachment.
    ///
    /// The body as `application/x-www-form-urlencoded`; `create_note` sends it as `application/json`.
    ///
    /// `POST /notes` (create_note)
    ///
    /// # Parameters
    ///
    /// - `body` (`application/x-www-form-urlencoded`)
    /// - `draft` (query, optional: `.draft(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `201`: created
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use media_client::types;
    /// # async fn example(client: &media_client::Client, body: types :: Note) -> Result<(), media_client::Error> {
    /// let response = client.create_note_form(&body)
    ///     .draft(true)
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn create_note_form(
        &self,
        body: &types::Note,
    ) -> Call<types::Note, ops::CreateNote> {
        let mut req = RequestSpec::new("create_note", Method::POST, "/notes", &[]);
        req.form_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Creates a note, from JSON, a form or a multipart form with an attachment.
    ///
    /// The body as `multipart/form-data`; `create_note` sends it as `application/json`.
    ///
    /// `POST /notes` (create_note)
    ///
    /// # Parameters
    ///
    /// - `body` (`multipart/form-data`)
    /// - `draft` (query, optional: `.draft(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `201`: created
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use media_client::types;
    /// # async fn example(client: &media_client::Client, body: types :: CreateNoteMultipartRequest) -> Result<(), media_client::Error> {
    /// let response = client.create_note_multipart(&body)
    ///     .draft(true)
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn create_note_multipart(
        &self,
        body: &types::CreateNoteMultipartRequest,
    ) -> Call<types::Note, ops::CreateNote> {
        let mut req = RequestSpec::new("create_note", Method::POST, "/notes", &[]);
        let mut form = codegen_runtime::Multipart::new();
        form.fields(body);
        if let Some(file) = &body.attachment {
            form.file("attachment", file);
        }
        req.body = form.finish();
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Stores an avatar, PNG or JPEG.
    ///
    /// The body as `image/jpeg`; `put_avatar` sends it as `image/png`.
    ///
    /// `PUT /avatars/{user}` (put_avatar)
    ///
    /// # Parameters
    ///
    /// - `user` (path)
    /// - `body` (`image/jpeg`)
    ///
    /// # Responses
    ///
    /// - `204`: stored
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use media_client::types;
    /// # async fn example(client: &media_client::Client, user: & str, body: Vec<u8>) -> Result<(), media_client::Error> {
    /// client.put_avatar_jpeg(user, body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn put_avatar_jpeg(
        &self,
        user: &str,
        body: impl Into<codegen_runtime::Upload>,
    ) -> Call<(), ops::PutAvatar> {
        let mut req = RequestSpec::new(
            "put_avatar",
            Method::PUT,
            "/avatars/{user}",
            &[&user],
        );
        req.upload_body("image/jpeg", body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }
}

/// What the call of [`Client::download_blob`] can do besides `.await`.
impl<T: Send + 'static> Call<T, ops::DownloadBlob> {
    /// Sends the call and returns the success body as a stream of byte chunks as they
    /// arrive, with status and headers, instead of reading it whole (`.await` does).
    /// An error status fails before the stream starts; retries happen only before it.
    #[inline]
    pub fn send_streaming(self) -> codegen_runtime::StreamFuture<crate::ErrorBody> {
        self.stream_body()
    }
}

/// What the call of [`Client::latest_report`] can do besides `.await`.
impl<T: Send + 'static> Call<T, ops::LatestReport> {
    /// Sends the call and returns the success body as a stream of byte chunks as they
    /// arrive, with status and headers, instead of reading it whole (`.await` does).
    /// An error status fails before the stream starts; retries happen only before it.
    #[inline]
    pub fn send_streaming(self) -> codegen_runtime::StreamFuture<crate::ErrorBody> {
        self.stream_body()
    }
}

/// The optional parameters of [`Client::create_note`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::CreateNote> {
    /// `draft`
    #[inline]
    pub fn draft(mut self, draft: bool) -> Self {
        let req = self.spec_mut();
        req.query.remove("draft");
        req.query.push("draft", &draft);
        self
    }
}

/// The optional parameters of [`Client::list_events`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListEvents> {
    /// `page`
    #[inline]
    pub fn page(mut self, page: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("page");
        req.query.push("page", &page);
        self
    }

    /// `per_page`
    #[inline]
    pub fn per_page(mut self, per_page: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("per_page");
        req.query.push("per_page", &per_page);
        self
    }

    /// Every item of every page, following pagination to the end; each page request
    /// carries this call's parameters and options.
    #[inline]
    pub fn stream(self) -> ItemStream<types::Event> {
        self.paginate(&LIST_EVENTS_PAGES)
    }

    /// Every page, following pagination to the end (the requests and end conditions
    /// of `stream()`): each page's items, the page as the call's response, its total
    /// when the spec names one, status and headers.
    #[inline]
    pub fn pages(self) -> crate::PageStream<types::Event, T> {
        self.paginate_pages(&LIST_EVENTS_PAGES)
    }
}
