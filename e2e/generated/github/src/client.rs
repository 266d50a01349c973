// This file is generated from e2e/specs/upstream/github.yaml with the overlay e2e/specs/github.overlay.yaml by `cargo xtask generate`. Do not edit it by hand.

use codegen_runtime::{ClientCore, Method, RequestSpec, RetryPolicy};
use codegen_runtime::{PageKind, Pagination};
use crate::ops;
use crate::types;
use crate::ItemStream;
use crate::Call;

static ISSUES_LIST_FOR_REPO_PAGES: Pagination = Pagination {
    kind: PageKind::LinkHeader,
    size_param: Some("per_page"),
    items: "",
    next: None,
    total: None,
};

static REPOS_LIST_FOR_ORG_PAGES: Pagination = Pagination {
    kind: PageKind::LinkHeader,
    size_param: Some("per_page"),
    items: "",
    next: None,
    total: None,
};

/// A client for GitHub v3 REST API (excerpt) 1.1.4.
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
    /// The base URL of the spec's first server (`https://api.github.com`).
    pub const DEFAULT_BASE_URL: &'static str = "https://api.github.com";

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

    /// List repository issues
    ///
    /// `GET /repos/{owner}/{repo}/issues` (issues/list-for-repo)
    ///
    /// # Parameters
    ///
    /// - `owner` (path)
    /// - `repo` (path)
    /// - `state` (query, optional: `.state(…)` on the call)
    /// - `per_page` (query, optional: `.per_page(…)` on the call)
    /// - `page` (query, optional: `.page(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Response
    /// - `404`, [`IssuesListForRepoError::NotFound`](crate::errors::IssuesListForRepoError::NotFound) holding [`types::BasicError`](crate::types::BasicError): Resource not found
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`IssuesListForRepoError`](crate::errors::IssuesListForRepoError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use github_client::TryStreamExt;
    /// # #[allow(unused_imports)] use github_client::types;
    /// # async fn example(client: &github_client::Client, owner: & str, repo: & str, state: & types :: IssuesListForRepoState) -> Result<(), github_client::Error> {
    /// let response = client.issues_list_for_repo(owner, repo)
    ///     .state(state)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.issues_list_for_repo(owner, repo).stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn issues_list_for_repo(
        &self,
        owner: &str,
        repo: &str,
    ) -> Call<Vec<types::Issue>, ops::IssuesListForRepo> {
        let mut req = RequestSpec::new(
            "issues/list-for-repo",
            Method::GET,
            "/repos/{owner}/{repo}/issues",
            &[&owner, &repo],
        );
        req.error_statuses = &[(404, 0)];
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// List organization repositories
    ///
    /// `GET /orgs/{org}/repos` (repos/list-for-org)
    ///
    /// # Parameters
    ///
    /// - `org` (path)
    /// - `per_page` (query, optional: `.per_page(…)` on the call)
    /// - `page` (query, optional: `.page(…)` on the call)
    ///
    /// # Responses
    ///
    /// - `200`: Response
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use github_client::TryStreamExt;
    /// # #[allow(unused_imports)] use github_client::types;
    /// # async fn example(client: &github_client::Client, org: & str) -> Result<(), github_client::Error> {
    /// let response = client.repos_list_for_org(org)
    ///     .per_page(30)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.repos_list_for_org(org).stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn repos_list_for_org(
        &self,
        org: &str,
    ) -> Call<Vec<types::MinimalRepository>, ops::ReposListForOrg> {
        let req = RequestSpec::new(
            "repos/list-for-org",
            Method::GET,
            "/orgs/{org}/repos",
            &[&org],
        );
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }
}

/// The optional parameters of [`Client::issues_list_for_repo`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::IssuesListForRepo> {
    /// `state`
    #[inline]
    pub fn state(mut self, state: &types::IssuesListForRepoState) -> Self {
        let req = self.spec_mut();
        req.query.remove("state");
        req.query.push("state", state);
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

    /// `page`
    #[inline]
    pub fn page(mut self, page: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("page");
        req.query.push("page", &page);
        self
    }

    /// Every item of every page, following pagination to the end; each page request
    /// carries this call's parameters and options.
    #[inline]
    pub fn stream(self) -> ItemStream<types::Issue> {
        self.paginate(&ISSUES_LIST_FOR_REPO_PAGES)
    }

    /// Every page, following pagination to the end (the requests and end conditions
    /// of `stream()`): each page's items, the page as the call's response, its total
    /// when the spec names one, status and headers.
    #[inline]
    pub fn pages(self) -> crate::PageStream<types::Issue, T> {
        self.paginate_pages(&ISSUES_LIST_FOR_REPO_PAGES)
    }
}

/// The optional parameters of [`Client::repos_list_for_org`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ReposListForOrg> {
    /// `per_page`
    #[inline]
    pub fn per_page(mut self, per_page: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("per_page");
        req.query.push("per_page", &per_page);
        self
    }

    /// `page`
    #[inline]
    pub fn page(mut self, page: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("page");
        req.query.push("page", &page);
        self
    }

    /// Every item of every page, following pagination to the end; each page request
    /// carries this call's parameters and options.
    #[inline]
    pub fn stream(self) -> ItemStream<types::MinimalRepository> {
        self.paginate(&REPOS_LIST_FOR_ORG_PAGES)
    }

    /// Every page, following pagination to the end (the requests and end conditions
    /// of `stream()`): each page's items, the page as the call's response, its total
    /// when the spec names one, status and headers.
    #[inline]
    pub fn pages(self) -> crate::PageStream<types::MinimalRepository, T> {
        self.paginate_pages(&REPOS_LIST_FOR_ORG_PAGES)
    }
}
