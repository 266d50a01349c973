// This file is generated from specs/workdrive.yaml by `cargo xtask generate`. Do not edit it by hand.

use codegen_runtime::{ClientCore, Method, RequestSpec, RetryPolicy};
use codegen_runtime::{PageKind, Pagination};
use codegen_runtime::{CredentialSource, SchemeLocation, Secret, SecurityScheme};
use crate::ops;
use crate::types;
use crate::ItemStream;
use crate::Call;

static SCHEME_API_KEY: SecurityScheme = SecurityScheme {
    name: "api_key",
    location: SchemeLocation::Header("X-API-KEY"),
    prefix: "",
};

static SECURITY_0: &[&[&SecurityScheme]] = &[&[&SCHEME_API_KEY]];

static LIST_USERS_PAGES: Pagination = Pagination {
    kind: PageKind::Page {
        param: "cur_page",
    },
    size_param: Some("per_page"),
    items: "/users",
    next: Some("/meta/nextPage"),
    total: Some("/meta/totalResults"),
};

static LIST_TEAM_SUPERVISORS_PAGES: Pagination = Pagination {
    kind: PageKind::Page {
        param: "cur_page",
    },
    size_param: Some("per_page"),
    items: "/users",
    next: Some("/meta/nextPage"),
    total: Some("/meta/totalResults"),
};

static LIST_VIDEOS_PAGES: Pagination = Pagination {
    kind: PageKind::Page {
        param: "cur_page",
    },
    size_param: Some("per_page"),
    items: "/videos",
    next: Some("/meta/nextPage"),
    total: Some("/meta/totalResults"),
};

static LIST_PHOTOS_PAGES: Pagination = Pagination {
    kind: PageKind::Page {
        param: "cur_page",
    },
    size_param: Some("per_page"),
    items: "/photos",
    next: Some("/meta/nextPage"),
    total: Some("/meta/totalResults"),
};

static LIST_DOCUMENTS_PAGES: Pagination = Pagination {
    kind: PageKind::Page {
        param: "cur_page",
    },
    size_param: Some("per_page"),
    items: "/docs",
    next: Some("/meta/nextPage"),
    total: Some("/meta/totalResults"),
};

static LIST_FAQS_PAGES: Pagination = Pagination {
    kind: PageKind::Page {
        param: "cur_page",
    },
    size_param: Some("per_page"),
    items: "/data",
    next: Some("/meta/nextPage"),
    total: Some("/meta/totalResults"),
};

static LIST_CATEGORIES_PAGES: Pagination = Pagination {
    kind: PageKind::Page {
        param: "cur_page",
    },
    size_param: Some("per_page"),
    items: "/categories",
    next: Some("/meta/nextPage"),
    total: Some("/meta/totalResults"),
};

static LIST_ENFORCEMENT_TEMPLATES_PAGES: Pagination = Pagination {
    kind: PageKind::Page {
        param: "cur_page",
    },
    size_param: Some("per_page"),
    items: "/notificationTemplates",
    next: Some("/meta/nextPage"),
    total: Some("/meta/totalResults"),
};

static LIST_COURSES_PAGES: Pagination = Pagination {
    kind: PageKind::Page {
        param: "cur_page",
    },
    size_param: Some("per_page"),
    items: "/taskLists",
    next: Some("/meta/nextPage"),
    total: Some("/meta/totalResults"),
};

static LIST_TASKS_PAGES: Pagination = Pagination {
    kind: PageKind::Page {
        param: "cur_page",
    },
    size_param: Some("per_page"),
    items: "/tasks",
    next: Some("/meta/nextPage"),
    total: Some("/meta/totalResults"),
};

static LIST_GROUP_CHATS_PAGES: Pagination = Pagination {
    kind: PageKind::Page {
        param: "cur_page",
    },
    size_param: Some("per_page"),
    items: "/conversations",
    next: Some("/meta/nextPage"),
    total: Some("/meta/totalResults"),
};

static LIST_DEPARTMENTS_PAGES: Pagination = Pagination {
    kind: PageKind::Page {
        param: "cur_page",
    },
    size_param: Some("per_page"),
    items: "/departments",
    next: Some("/meta/nextPage"),
    total: Some("/meta/totalResults"),
};

static LIST_LOCATIONS_PAGES: Pagination = Pagination {
    kind: PageKind::Page {
        param: "cur_page",
    },
    size_param: Some("per_page"),
    items: "/locations",
    next: Some("/meta/nextPage"),
    total: Some("/meta/totalResults"),
};

static LIST_SECURITY_GROUPS_PAGES: Pagination = Pagination {
    kind: PageKind::Page {
        param: "cur_page",
    },
    size_param: Some("per_page"),
    items: "/groups",
    next: Some("/meta/nextPage"),
    total: Some("/meta/totalResults"),
};

/// A client for WorkDrive API 1.0.
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
    /// Sets the credential of the `api_key` security scheme, sent in the `X-API-KEY` header. It never appears in `Debug` output or logs.
    ///
    /// The API access token of a user (Manage &gt; user &gt; Api Access &gt; regenerate), sent as is in the `X-API-KEY` header.
    pub fn api_key(self, value: impl Into<Secret>) -> Self {
        Self {
            inner: self.inner.credential("api_key", value.into()),
        }
    }

    /// Like [`ClientBuilder::api_key`], with a source asked for the credential on every call (to rotate or refresh it).
    pub fn api_key_source(self, source: impl CredentialSource + 'static) -> Self {
        Self {
            inner: self.inner.credential("api_key", source),
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
    /// The base URL of your server: `https://{apiServerEndpoint}` with its variables filled in: `apiServerEndpoint` (e.g. `api.example.com`).
    ///
    /// The server differs per customer, so the client has no default base URL: pass this to
    /// [`Client::builder`] or [`Client::new`].
    pub fn server_url(api_server_endpoint: &str) -> String {
        format!("https://{}", api_server_endpoint)
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

    /// List users
    ///
    /// `GET /api/users` (list_users)
    ///
    /// Get all users of the organization, optionally filtered by department and location.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_users()
    ///     .cur_page(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_users().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// ```
    #[inline]
    pub fn list_users(&self) -> Call<types::UserPage, ops::ListUsers> {
        let mut req = RequestSpec::new("list_users", Method::GET, "/api/users", &[]);
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// List team supervisors
    ///
    /// `GET /api/users/supervisors` (list_team_supervisors)
    ///
    /// Get the supervisors that have reportees.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_team_supervisors()
    ///     .cur_page(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_team_supervisors().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// ```
    #[inline]
    pub fn list_team_supervisors(
        &self,
    ) -> Call<types::UserBriefPage, ops::ListTeamSupervisors> {
        let mut req = RequestSpec::new(
            "list_team_supervisors",
            Method::GET,
            "/api/users/supervisors",
            &[],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Create a user
    ///
    /// `POST /api/users/add` (create_user)
    ///
    /// Create (on-board) a new user. Without `securityGroup`, `designation` and `defaultVisibility` the on-boarding email goes to the user's supervisor (the user they report to), otherwise to the user. Without `reportsTo` the admins of the given location or department become the supervisors.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.create_user(&body)
    ///     .bulk(true)
    ///     .await?;
    /// ```
    #[inline]
    pub fn create_user(
        &self,
        body: &types::UserCreate,
    ) -> Call<types::User, ops::CreateUser> {
        let mut req = RequestSpec::new(
            "create_user",
            Method::POST,
            "/api/users/add",
            &[],
        );
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Delete a user
    ///
    /// `DELETE /api/users/{id}` (delete_user)
    ///
    /// Delete a user.
    ///
    /// # Example
    ///
    /// ```ignore
    /// client.delete_user(id)
    ///     .bulk(true)
    ///     .await?;
    /// ```
    #[inline]
    pub fn delete_user(&self, id: &str) -> Call<(), ops::DeleteUser> {
        let mut req = RequestSpec::new(
            "delete_user",
            Method::DELETE,
            "/api/users/{id}",
            &[&id],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Update a user
    ///
    /// `PATCH /api/users/{id}` (update_user)
    ///
    /// Update a user's information. All fields of the body are optional.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.update_user(id, &body).await?;
    /// ```
    #[inline]
    pub fn update_user(
        &self,
        id: &str,
        body: &types::UserUpdate,
    ) -> Call<types::User, ops::UpdateUser> {
        let mut req = RequestSpec::new(
            "update_user",
            Method::PATCH,
            "/api/users/{id}",
            &[&id],
        );
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Create several users
    ///
    /// `POST /api/users/bulk-create` (bulk_create_users)
    ///
    /// Create several users at once. The fields are those of `create_user`.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.bulk_create_users(&body).await?;
    /// ```
    #[inline]
    pub fn bulk_create_users(
        &self,
        body: &types::UserBulkCreate,
    ) -> Call<types::UserList, ops::BulkCreateUsers> {
        let mut req = RequestSpec::new(
            "bulk_create_users",
            Method::POST,
            "/api/users/bulk-create",
            &[],
        );
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Delete several users
    ///
    /// `DELETE /api/users/bulk-delete` (bulk_delete_users)
    ///
    /// Delete several users at once. The ids travel in a JSON body of the DELETE request.
    ///
    /// # Example
    ///
    /// ```ignore
    /// client.bulk_delete_users(&body).await?;
    /// ```
    #[inline]
    pub fn bulk_delete_users(
        &self,
        body: &types::UserBulkDelete,
    ) -> Call<(), ops::BulkDeleteUsers> {
        let mut req = RequestSpec::new(
            "bulk_delete_users",
            Method::DELETE,
            "/api/users/bulk-delete",
            &[],
        );
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Create an organization
    ///
    /// `POST /api/organization` (create_organization)
    ///
    /// Create a new organization. Only SuperAdmins not associated with any organization can create one, and only with their own access token.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.create_organization(&body).await?;
    /// ```
    #[inline]
    pub fn create_organization(
        &self,
        body: &types::OrganizationCreate,
    ) -> Call<types::Organization, ops::CreateOrganization> {
        let mut req = RequestSpec::new(
            "create_organization",
            Method::POST,
            "/api/organization",
            &[],
        );
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Update an organization
    ///
    /// `PATCH /api/organization/{id}` (update_organization)
    ///
    /// Update an organization. Only the creator of the organization can update it.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.update_organization(id, &body).await?;
    /// ```
    #[inline]
    pub fn update_organization(
        &self,
        id: &str,
        body: &types::OrganizationUpdate,
    ) -> Call<types::Organization, ops::UpdateOrganization> {
        let mut req = RequestSpec::new(
            "update_organization",
            Method::PATCH,
            "/api/organization/{id}",
            &[&id],
        );
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Generate an access token
    ///
    /// `POST /api/token/generate-access` (generate_access_token)
    ///
    /// Generate a new access token for a user. Only the OrgAdmin (the creator of the organization) can generate tokens for other users.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.generate_access_token(&body).await?;
    /// ```
    #[inline]
    pub fn generate_access_token(
        &self,
        body: &types::AccessTokenRequest,
    ) -> Call<types::AccessToken, ops::GenerateAccessToken> {
        let mut req = RequestSpec::new(
            "generate_access_token",
            Method::POST,
            "/api/token/generate-access",
            &[],
        );
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// List posts
    ///
    /// `GET /api/posts` (list_posts)
    ///
    /// Get the posts of the user's organization up to a time. Paged by `time`, not by page number (no `cur_page`).
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_posts(time)
    ///     .per_page(5)
    ///     .await?;
    /// ```
    #[inline]
    pub fn list_posts(&self, time: &str) -> Call<types::PostPage, ops::ListPosts> {
        let mut req = RequestSpec::new("list_posts", Method::GET, "/api/posts", &[]);
        req.security = SECURITY_0;
        req.query.push("time", &time);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Create a post
    ///
    /// `POST /api/posts` (create_post)
    ///
    /// Create a new post. A post needs media (`fileIds`) or `postText`.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.create_post(&body).await?;
    /// ```
    #[inline]
    pub fn create_post(
        &self,
        body: &types::PostCreate,
    ) -> Call<types::Post, ops::CreatePost> {
        let mut req = RequestSpec::new("create_post", Method::POST, "/api/posts", &[]);
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Delete a post
    ///
    /// `DELETE /api/posts/{id}` (delete_post)
    ///
    /// Delete a post.
    ///
    /// # Example
    ///
    /// ```ignore
    /// client.delete_post(id).await?;
    /// ```
    #[inline]
    pub fn delete_post(&self, id: &str) -> Call<(), ops::DeletePost> {
        let mut req = RequestSpec::new(
            "delete_post",
            Method::DELETE,
            "/api/posts/{id}",
            &[&id],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Update a post
    ///
    /// `PATCH /api/posts/{id}` (update_post)
    ///
    /// Update a post. All fields are optional.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.update_post(id, &body).await?;
    /// ```
    #[inline]
    pub fn update_post(
        &self,
        id: &str,
        body: &types::PostUpdate,
    ) -> Call<types::Post, ops::UpdatePost> {
        let mut req = RequestSpec::new(
            "update_post",
            Method::PATCH,
            "/api/posts/{id}",
            &[&id],
        );
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// List news
    ///
    /// `GET /api/news` (list_news)
    ///
    /// Get the news of the user's organization up to a time. Paged by `time`, not by page number (no `cur_page`).
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_news(time)
    ///     .per_page(5)
    ///     .await?;
    /// ```
    #[inline]
    pub fn list_news(&self, time: &str) -> Call<types::NewsPage, ops::ListNews> {
        let mut req = RequestSpec::new("list_news", Method::GET, "/api/news", &[]);
        req.security = SECURITY_0;
        req.query.push("time", &time);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Create a news item
    ///
    /// `POST /api/news` (create_news)
    ///
    /// Create a new news item.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.create_news(&body).await?;
    /// ```
    #[inline]
    pub fn create_news(
        &self,
        body: &types::NewsWrite,
    ) -> Call<types::News, ops::CreateNews> {
        let mut req = RequestSpec::new("create_news", Method::POST, "/api/news", &[]);
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Delete a news item
    ///
    /// `DELETE /api/news/{id}` (delete_news)
    ///
    /// Delete a news item.
    ///
    /// # Example
    ///
    /// ```ignore
    /// client.delete_news(id).await?;
    /// ```
    #[inline]
    pub fn delete_news(&self, id: &str) -> Call<(), ops::DeleteNews> {
        let mut req = RequestSpec::new(
            "delete_news",
            Method::DELETE,
            "/api/news/{id}",
            &[&id],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Update a news item
    ///
    /// `PATCH /api/news/{id}` (update_news)
    ///
    /// Update a news item. All fields are optional.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.update_news(id, &body).await?;
    /// ```
    #[inline]
    pub fn update_news(
        &self,
        id: &str,
        body: &types::NewsWrite,
    ) -> Call<types::News, ops::UpdateNews> {
        let mut req = RequestSpec::new(
            "update_news",
            Method::PATCH,
            "/api/news/{id}",
            &[&id],
        );
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// List events
    ///
    /// `GET /api/events` (list_events)
    ///
    /// Get the events of the user's organization up to a time, with filters. Paged by `time`, not by page number (no `cur_page`).
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_events(time)
    ///     .per_page(5)
    ///     .await?;
    /// ```
    #[inline]
    pub fn list_events(
        &self,
        time: &types::DateTimeParam,
    ) -> Call<types::EventPage, ops::ListEvents> {
        let mut req = RequestSpec::new("list_events", Method::GET, "/api/events", &[]);
        req.security = SECURITY_0;
        req.query.push("time", time);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Create an event
    ///
    /// `POST /api/events/meeting` (create_event)
    ///
    /// Create a new event, meeting (`isMeeting`) or livestream. With `permissions.users` set, only those users see the event.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.create_event(&body).await?;
    /// ```
    #[inline]
    pub fn create_event(
        &self,
        body: &types::EventWrite,
    ) -> Call<types::Event, ops::CreateEvent> {
        let mut req = RequestSpec::new(
            "create_event",
            Method::POST,
            "/api/events/meeting",
            &[],
        );
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Delete an event
    ///
    /// `DELETE /api/events/{id}` (delete_event)
    ///
    /// Delete an event.
    ///
    /// # Example
    ///
    /// ```ignore
    /// client.delete_event(id)
    ///     .repeat("string")
    ///     .await?;
    /// ```
    #[inline]
    pub fn delete_event(&self, id: &str) -> Call<(), ops::DeleteEvent> {
        let mut req = RequestSpec::new(
            "delete_event",
            Method::DELETE,
            "/api/events/{id}",
            &[&id],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Update an event
    ///
    /// `PATCH /api/events/{id}` (update_event)
    ///
    /// Update an event. All fields are optional.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.update_event(id, &body)
    ///     .repeat("string")
    ///     .await?;
    /// ```
    #[inline]
    pub fn update_event(
        &self,
        id: &str,
        body: &types::EventWrite,
    ) -> Call<types::Event, ops::UpdateEvent> {
        let mut req = RequestSpec::new(
            "update_event",
            Method::PATCH,
            "/api/events/{id}",
            &[&id],
        );
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// List videos
    ///
    /// `GET /api/videos` (list_videos)
    ///
    /// Get the videos of the user's organization.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_videos()
    ///     .cur_page(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_videos().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// ```
    #[inline]
    pub fn list_videos(&self) -> Call<types::VideoPage, ops::ListVideos> {
        let mut req = RequestSpec::new("list_videos", Method::GET, "/api/videos", &[]);
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Create a video
    ///
    /// `POST /api/videos` (create_video)
    ///
    /// Create a new video.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.create_video(&body).await?;
    /// ```
    #[inline]
    pub fn create_video(
        &self,
        body: &types::VideoCreate,
    ) -> Call<types::Video, ops::CreateVideo> {
        let mut req = RequestSpec::new("create_video", Method::POST, "/api/videos", &[]);
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Delete a video
    ///
    /// `DELETE /api/videos/{id}` (delete_video)
    ///
    /// Delete a video.
    ///
    /// # Example
    ///
    /// ```ignore
    /// client.delete_video(id).await?;
    /// ```
    #[inline]
    pub fn delete_video(&self, id: &str) -> Call<(), ops::DeleteVideo> {
        let mut req = RequestSpec::new(
            "delete_video",
            Method::DELETE,
            "/api/videos/{id}",
            &[&id],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Update a video
    ///
    /// `PATCH /api/videos/{id}` (update_video)
    ///
    /// Update a video. All fields are optional.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.update_video(id, &body).await?;
    /// ```
    #[inline]
    pub fn update_video(
        &self,
        id: &str,
        body: &types::VideoUpdate,
    ) -> Call<types::Video, ops::UpdateVideo> {
        let mut req = RequestSpec::new(
            "update_video",
            Method::PATCH,
            "/api/videos/{id}",
            &[&id],
        );
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// List photos
    ///
    /// `GET /api/photos` (list_photos)
    ///
    /// Get the photos of the user's organization.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_photos()
    ///     .cur_page(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_photos().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// ```
    #[inline]
    pub fn list_photos(&self) -> Call<types::PhotoPage, ops::ListPhotos> {
        let mut req = RequestSpec::new("list_photos", Method::GET, "/api/photos", &[]);
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Create a photo
    ///
    /// `POST /api/photos` (create_photo)
    ///
    /// Create a new photo.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.create_photo(&body).await?;
    /// ```
    #[inline]
    pub fn create_photo(
        &self,
        body: &types::PhotoCreate,
    ) -> Call<types::Photo, ops::CreatePhoto> {
        let mut req = RequestSpec::new("create_photo", Method::POST, "/api/photos", &[]);
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Delete a photo
    ///
    /// `DELETE /api/photos/{id}` (delete_photo)
    ///
    /// Delete a photo.
    ///
    /// # Example
    ///
    /// ```ignore
    /// client.delete_photo(id).await?;
    /// ```
    #[inline]
    pub fn delete_photo(&self, id: &str) -> Call<(), ops::DeletePhoto> {
        let mut req = RequestSpec::new(
            "delete_photo",
            Method::DELETE,
            "/api/photos/{id}",
            &[&id],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Update a photo
    ///
    /// `PATCH /api/photos/{id}` (update_photo)
    ///
    /// Update a photo. All fields are optional.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.update_photo(id, &body).await?;
    /// ```
    #[inline]
    pub fn update_photo(
        &self,
        id: &str,
        body: &types::PhotoUpdate,
    ) -> Call<types::Photo, ops::UpdatePhoto> {
        let mut req = RequestSpec::new(
            "update_photo",
            Method::PATCH,
            "/api/photos/{id}",
            &[&id],
        );
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// List documents
    ///
    /// `GET /api/documents` (list_documents)
    ///
    /// Get the documents of the user's organization.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_documents()
    ///     .cur_page(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_documents().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// ```
    #[inline]
    pub fn list_documents(&self) -> Call<types::DocumentPage, ops::ListDocuments> {
        let mut req = RequestSpec::new(
            "list_documents",
            Method::GET,
            "/api/documents",
            &[],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Upload a document
    ///
    /// `POST /api/documents` (create_document)
    ///
    /// Upload a new document (upload the file first with `get_media_upload_url`). The response echoes the request.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.create_document(&body)
    ///     .publish(true)
    ///     .await?;
    /// ```
    #[inline]
    pub fn create_document(
        &self,
        body: &types::DocumentWrite,
    ) -> Call<types::DocumentWrite, ops::CreateDocument> {
        let mut req = RequestSpec::new(
            "create_document",
            Method::POST,
            "/api/documents",
            &[],
        );
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Delete a document
    ///
    /// `DELETE /api/documents/{id}` (delete_document)
    ///
    /// Delete a document.
    ///
    /// # Example
    ///
    /// ```ignore
    /// client.delete_document(id).await?;
    /// ```
    #[inline]
    pub fn delete_document(&self, id: &str) -> Call<(), ops::DeleteDocument> {
        let mut req = RequestSpec::new(
            "delete_document",
            Method::DELETE,
            "/api/documents/{id}",
            &[&id],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Update a document
    ///
    /// `PATCH /api/documents/{id}` (update_document)
    ///
    /// Update a document. All fields are optional.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.update_document(id, &body)
    ///     .publish(true)
    ///     .await?;
    /// ```
    #[inline]
    pub fn update_document(
        &self,
        id: &str,
        body: &types::DocumentUpdate,
    ) -> Call<types::Document, ops::UpdateDocument> {
        let mut req = RequestSpec::new(
            "update_document",
            Method::PATCH,
            "/api/documents/{id}",
            &[&id],
        );
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// List FAQs
    ///
    /// `GET /api/faqs` (list_faqs)
    ///
    /// Get the FAQs of the user's organization.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_faqs()
    ///     .cur_page(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_faqs().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// ```
    #[inline]
    pub fn list_faqs(&self) -> Call<types::FaqPage, ops::ListFaqs> {
        let mut req = RequestSpec::new("list_faqs", Method::GET, "/api/faqs", &[]);
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Create a FAQ
    ///
    /// `POST /api/faqs` (create_faq)
    ///
    /// Upload a new FAQ. The response echoes the request.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.create_faq(&body)
    ///     .publish(true)
    ///     .await?;
    /// ```
    #[inline]
    pub fn create_faq(
        &self,
        body: &types::FaqContent,
    ) -> Call<types::FaqContent, ops::CreateFaq> {
        let mut req = RequestSpec::new("create_faq", Method::POST, "/api/faqs", &[]);
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Delete a FAQ
    ///
    /// `DELETE /api/faqs/{id}` (delete_faq)
    ///
    /// Delete a FAQ.
    ///
    /// # Example
    ///
    /// ```ignore
    /// client.delete_faq(id).await?;
    /// ```
    #[inline]
    pub fn delete_faq(&self, id: &str) -> Call<(), ops::DeleteFaq> {
        let mut req = RequestSpec::new(
            "delete_faq",
            Method::DELETE,
            "/api/faqs/{id}",
            &[&id],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Update a FAQ
    ///
    /// `PATCH /api/faqs/{id}` (update_faq)
    ///
    /// Update a FAQ. All fields are optional. The response echoes the FAQ.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.update_faq(id, &body)
    ///     .publish(true)
    ///     .await?;
    /// ```
    #[inline]
    pub fn update_faq(
        &self,
        id: &str,
        body: &types::FaqUpdate,
    ) -> Call<types::FaqContent, ops::UpdateFaq> {
        let mut req = RequestSpec::new(
            "update_faq",
            Method::PATCH,
            "/api/faqs/{id}",
            &[&id],
        );
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// List categories
    ///
    /// `GET /api/categories` (list_categories)
    ///
    /// Get the categories of a module. Each module has a code (see `list_module_codes`).
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_categories(module_code)
    ///     .cur_page(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_categories(module_code).stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// ```
    #[inline]
    pub fn list_categories(
        &self,
        module_code: i64,
    ) -> Call<types::CategoryPage, ops::ListCategories> {
        let mut req = RequestSpec::new(
            "list_categories",
            Method::GET,
            "/api/categories",
            &[],
        );
        req.security = SECURITY_0;
        req.query.push("moduleCode", &module_code);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// List enforcement templates
    ///
    /// `GET /api/enforcement-templates` (list_enforcement_templates)
    ///
    /// Get the enforcement templates of the user's organization.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_enforcement_templates()
    ///     .cur_page(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_enforcement_templates().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// ```
    #[inline]
    pub fn list_enforcement_templates(
        &self,
    ) -> Call<types::NotificationTemplatePage, ops::ListEnforcementTemplates> {
        let mut req = RequestSpec::new(
            "list_enforcement_templates",
            Method::GET,
            "/api/enforcement-templates",
            &[],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Send a notification
    ///
    /// `POST /api/notifications/send` (send_notification)
    ///
    /// Send a new notification through a medium. Documented as `GET` with a JSON body; sent as `POST`.
    ///
    /// # Example
    ///
    /// ```ignore
    /// client.send_notification(&body).await?;
    /// ```
    #[inline]
    pub fn send_notification(
        &self,
        body: &types::NotificationSend,
    ) -> Call<(), ops::SendNotification> {
        let mut req = RequestSpec::new(
            "send_notification",
            Method::POST,
            "/api/notifications/send",
            &[],
        );
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// List module codes
    ///
    /// `GET /api/module-codes` (list_module_codes)
    ///
    /// Get the codes of all modules.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_module_codes().await?;
    /// ```
    #[inline]
    pub fn list_module_codes(
        &self,
    ) -> Call<types::ModuleCodeList, ops::ListModuleCodes> {
        let mut req = RequestSpec::new(
            "list_module_codes",
            Method::GET,
            "/api/module-codes",
            &[],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// List courses
    ///
    /// `GET /api/courses` (list_courses)
    ///
    /// Get all courses of the user. Documented as `GET /api/categories`; sent to `/api/courses`.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_courses()
    ///     .cur_page(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_courses().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// ```
    #[inline]
    pub fn list_courses(&self) -> Call<types::CoursePage, ops::ListCourses> {
        let mut req = RequestSpec::new("list_courses", Method::GET, "/api/courses", &[]);
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Delete a course
    ///
    /// `DELETE /api/courses/{id}` (delete_course)
    ///
    /// Delete a course of the user.
    ///
    /// # Example
    ///
    /// ```ignore
    /// client.delete_course(id).await?;
    /// ```
    #[inline]
    pub fn delete_course(&self, id: &str) -> Call<(), ops::DeleteCourse> {
        let mut req = RequestSpec::new(
            "delete_course",
            Method::DELETE,
            "/api/courses/{id}",
            &[&id],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// List tasks
    ///
    /// `GET /api/tasks` (list_tasks)
    ///
    /// Get the tasks of the user.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_tasks()
    ///     .cur_page(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_tasks().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// ```
    #[inline]
    pub fn list_tasks(&self) -> Call<types::TaskPage, ops::ListTasks> {
        let mut req = RequestSpec::new("list_tasks", Method::GET, "/api/tasks", &[]);
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Create a task
    ///
    /// `POST /api/tasks` (create_task)
    ///
    /// Create and publish a new task; with `userIds` the task is assigned to those users at once (documented as a second `POST /api/tasks`, "Create and Assign a Task").
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.create_task(&body).await?;
    /// ```
    #[inline]
    pub fn create_task(
        &self,
        body: &types::TaskCreate,
    ) -> Call<types::TaskRecord, ops::CreateTask> {
        let mut req = RequestSpec::new("create_task", Method::POST, "/api/tasks", &[]);
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Update a task
    ///
    /// `PATCH /api/tasks/update/{id}` (update_task)
    ///
    /// Update a task. All fields are optional; published tasks cannot be updated.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.update_task(id, &body).await?;
    /// ```
    #[inline]
    pub fn update_task(
        &self,
        id: &str,
        body: &types::TaskUpdate,
    ) -> Call<types::TaskRecord, ops::UpdateTask> {
        let mut req = RequestSpec::new(
            "update_task",
            Method::PATCH,
            "/api/tasks/update/{id}",
            &[&id],
        );
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Assign a task
    ///
    /// `PATCH /api/tasks/assign/{id}` (assign_task)
    ///
    /// Assign a task to users or unassign it.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.assign_task(id, &body).await?;
    /// ```
    #[inline]
    pub fn assign_task(
        &self,
        id: &str,
        body: &types::TaskAssign,
    ) -> Call<types::TaskAssignment, ops::AssignTask> {
        let mut req = RequestSpec::new(
            "assign_task",
            Method::PATCH,
            "/api/tasks/assign/{id}",
            &[&id],
        );
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Delete a task
    ///
    /// `DELETE /api/tasks/{id}` (delete_task)
    ///
    /// Delete a task.
    ///
    /// # Example
    ///
    /// ```ignore
    /// client.delete_task(id).await?;
    /// ```
    #[inline]
    pub fn delete_task(&self, id: &str) -> Call<(), ops::DeleteTask> {
        let mut req = RequestSpec::new(
            "delete_task",
            Method::DELETE,
            "/api/tasks/{id}",
            &[&id],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// List group chats
    ///
    /// `GET /api/group-chats` (list_group_chats)
    ///
    /// Get the chat groups.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_group_chats()
    ///     .cur_page(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_group_chats().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// ```
    #[inline]
    pub fn list_group_chats(&self) -> Call<types::GroupChatPage, ops::ListGroupChats> {
        let mut req = RequestSpec::new(
            "list_group_chats",
            Method::GET,
            "/api/group-chats",
            &[],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Create a group chat
    ///
    /// `POST /api/group-chats` (create_group_chat)
    ///
    /// Create a new group chat.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.create_group_chat(&body).await?;
    /// ```
    #[inline]
    pub fn create_group_chat(
        &self,
        body: &types::GroupChatCreate,
    ) -> Call<types::GroupChat, ops::CreateGroupChat> {
        let mut req = RequestSpec::new(
            "create_group_chat",
            Method::POST,
            "/api/group-chats",
            &[],
        );
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Delete group chats
    ///
    /// `DELETE /api/group-chats` (delete_group_chats)
    ///
    /// Delete chat groups. The ids go in the query (`id`, an array).
    ///
    /// # Example
    ///
    /// ```ignore
    /// client.delete_group_chats()
    ///     .id(id)
    ///     .await?;
    /// ```
    #[inline]
    pub fn delete_group_chats(&self) -> Call<(), ops::DeleteGroupChats> {
        let mut req = RequestSpec::new(
            "delete_group_chats",
            Method::DELETE,
            "/api/group-chats",
            &[],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Create a meeting in a conversation
    ///
    /// `POST /api/group-chats/{id}` (create_conversation_meeting)
    ///
    /// Create a new meeting in a group or chat. Documented as `POST /api/group-chats` with a path parameter `conversationId` that the URL lacks; sent to `/api/group-chats/{id}`.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.create_conversation_meeting(id, &body).await?;
    /// ```
    #[inline]
    pub fn create_conversation_meeting(
        &self,
        id: &str,
        body: &types::ConversationMeeting,
    ) -> Call<types::Event, ops::CreateConversationMeeting> {
        let mut req = RequestSpec::new(
            "create_conversation_meeting",
            Method::POST,
            "/api/group-chats/{id}",
            &[&id],
        );
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Update a group chat
    ///
    /// `PATCH /api/group-chats/{id}` (update_group_chat)
    ///
    /// Update a group chat. All fields are optional.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.update_group_chat(id, &body).await?;
    /// ```
    #[inline]
    pub fn update_group_chat(
        &self,
        id: &str,
        body: &types::GroupChatUpdate,
    ) -> Call<types::GroupChat, ops::UpdateGroupChat> {
        let mut req = RequestSpec::new(
            "update_group_chat",
            Method::PATCH,
            "/api/group-chats/{id}",
            &[&id],
        );
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Send a message
    ///
    /// `POST /api/{conversationId}/messages` (send_message)
    ///
    /// Send a new message in a group or chat; get a conversation id from `create_group_chat` first. Documented as `GET` with a JSON body; sent as `POST`.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.send_message(conversation_id, &body).await?;
    /// ```
    #[inline]
    pub fn send_message(
        &self,
        conversation_id: &str,
        body: &types::MessageSend,
    ) -> Call<types::Message, ops::SendMessage> {
        let mut req = RequestSpec::new(
            "send_message",
            Method::POST,
            "/api/{conversationId}/messages",
            &[&conversation_id],
        );
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// List departments
    ///
    /// `GET /api/departments` (list_departments)
    ///
    /// Get the departments of the organization.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_departments()
    ///     .cur_page(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_departments().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// ```
    #[inline]
    pub fn list_departments(&self) -> Call<types::DepartmentPage, ops::ListDepartments> {
        let mut req = RequestSpec::new(
            "list_departments",
            Method::GET,
            "/api/departments",
            &[],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Create a department
    ///
    /// `POST /api/departments` (create_department)
    ///
    /// Create a new department. A department needs at least one head.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.create_department(&body).await?;
    /// ```
    #[inline]
    pub fn create_department(
        &self,
        body: &types::DepartmentCreate,
    ) -> Call<types::Department, ops::CreateDepartment> {
        let mut req = RequestSpec::new(
            "create_department",
            Method::POST,
            "/api/departments",
            &[],
        );
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Update department heads
    ///
    /// `PATCH /api/departments/{id}/admin` (update_department_heads)
    ///
    /// Add or remove heads of a department.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.update_department_heads(id, &body).await?;
    /// ```
    #[inline]
    pub fn update_department_heads(
        &self,
        id: &str,
        body: &types::DepartmentHeadsUpdate,
    ) -> Call<types::Department, ops::UpdateDepartmentHeads> {
        let mut req = RequestSpec::new(
            "update_department_heads",
            Method::PATCH,
            "/api/departments/{id}/admin",
            &[&id],
        );
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get department members
    ///
    /// `GET /api/departments/{id}/members` (get_department_members)
    ///
    /// Get the members of a department.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.get_department_members(id).await?;
    /// ```
    #[inline]
    pub fn get_department_members(
        &self,
        id: &str,
    ) -> Call<types::DepartmentWithMembers, ops::GetDepartmentMembers> {
        let mut req = RequestSpec::new(
            "get_department_members",
            Method::GET,
            "/api/departments/{id}/members",
            &[&id],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Update department members
    ///
    /// `POST /api/departments/{id}/members` (update_department_members)
    ///
    /// Add or remove members of a department.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.update_department_members(id, &body).await?;
    /// ```
    #[inline]
    pub fn update_department_members(
        &self,
        id: &str,
        body: &types::DepartmentMembersUpdate,
    ) -> Call<types::DepartmentWithMembers, ops::UpdateDepartmentMembers> {
        let mut req = RequestSpec::new(
            "update_department_members",
            Method::POST,
            "/api/departments/{id}/members",
            &[&id],
        );
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Delete a department
    ///
    /// `DELETE /api/departments/{id}` (delete_department)
    ///
    /// Delete a department.
    ///
    /// # Example
    ///
    /// ```ignore
    /// client.delete_department(id).await?;
    /// ```
    #[inline]
    pub fn delete_department(&self, id: &str) -> Call<(), ops::DeleteDepartment> {
        let mut req = RequestSpec::new(
            "delete_department",
            Method::DELETE,
            "/api/departments/{id}",
            &[&id],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Update a department
    ///
    /// `PATCH /api/departments/{id}` (update_department)
    ///
    /// Update a department (its name).
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.update_department(id, &body).await?;
    /// ```
    #[inline]
    pub fn update_department(
        &self,
        id: &str,
        body: &types::DepartmentUpdate,
    ) -> Call<types::Department, ops::UpdateDepartment> {
        let mut req = RequestSpec::new(
            "update_department",
            Method::PATCH,
            "/api/departments/{id}",
            &[&id],
        );
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// List locations
    ///
    /// `GET /api/locations` (list_locations)
    ///
    /// Get the locations of the organization.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_locations()
    ///     .cur_page(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_locations().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// ```
    #[inline]
    pub fn list_locations(&self) -> Call<types::LocationPage, ops::ListLocations> {
        let mut req = RequestSpec::new(
            "list_locations",
            Method::GET,
            "/api/locations",
            &[],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Create a location
    ///
    /// `POST /api/locations` (create_location)
    ///
    /// Create a new location. Documented as `POST /api/departments` with the text of "Create a Department"; sent to `/api/locations`. No response body is documented.
    ///
    /// # Example
    ///
    /// ```ignore
    /// client.create_location(&body).await?;
    /// ```
    #[inline]
    pub fn create_location(
        &self,
        body: &types::LocationCreate,
    ) -> Call<(), ops::CreateLocation> {
        let mut req = RequestSpec::new(
            "create_location",
            Method::POST,
            "/api/locations",
            &[],
        );
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Get location members
    ///
    /// `GET /api/locations/{id}/members` (get_location_members)
    ///
    /// Get the members of a location.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.get_location_members(id).await?;
    /// ```
    #[inline]
    pub fn get_location_members(
        &self,
        id: &str,
    ) -> Call<types::LocationWithMembers, ops::GetLocationMembers> {
        let mut req = RequestSpec::new(
            "get_location_members",
            Method::GET,
            "/api/locations/{id}/members",
            &[&id],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Update location members
    ///
    /// `POST /api/locations/{id}/members` (update_location_members)
    ///
    /// Add or remove members of a location.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.update_location_members(id, &body).await?;
    /// ```
    #[inline]
    pub fn update_location_members(
        &self,
        id: &str,
        body: &types::LocationMembersUpdate,
    ) -> Call<types::LocationWithMembers, ops::UpdateLocationMembers> {
        let mut req = RequestSpec::new(
            "update_location_members",
            Method::POST,
            "/api/locations/{id}/members",
            &[&id],
        );
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Delete a location
    ///
    /// `DELETE /api/locations/{id}` (delete_location)
    ///
    /// Delete a location.
    ///
    /// # Example
    ///
    /// ```ignore
    /// client.delete_location(id).await?;
    /// ```
    #[inline]
    pub fn delete_location(&self, id: &str) -> Call<(), ops::DeleteLocation> {
        let mut req = RequestSpec::new(
            "delete_location",
            Method::DELETE,
            "/api/locations/{id}",
            &[&id],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Update a location
    ///
    /// `PATCH /api/locations/{id}` (update_location)
    ///
    /// Update a location (its name).
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.update_location(id, &body).await?;
    /// ```
    #[inline]
    pub fn update_location(
        &self,
        id: &str,
        body: &types::DepartmentUpdate,
    ) -> Call<types::Location, ops::UpdateLocation> {
        let mut req = RequestSpec::new(
            "update_location",
            Method::PATCH,
            "/api/locations/{id}",
            &[&id],
        );
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// List security groups
    ///
    /// `GET /api/security_groups` (list_security_groups)
    ///
    /// Get the security groups of the user's organization.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_security_groups()
    ///     .cur_page(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_security_groups().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// ```
    #[inline]
    pub fn list_security_groups(
        &self,
    ) -> Call<types::SecurityGroupPage, ops::ListSecurityGroups> {
        let mut req = RequestSpec::new(
            "list_security_groups",
            Method::GET,
            "/api/security_groups",
            &[],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Add users to a security group
    ///
    /// `POST /api/security_groups/{groupId}/members` (add_security_group_members)
    ///
    /// Add users to a security group.
    ///
    /// # Example
    ///
    /// ```ignore
    /// client.add_security_group_members(group_id, &body).await?;
    /// ```
    #[inline]
    pub fn add_security_group_members(
        &self,
        group_id: &str,
        body: &types::SecurityGroupMembers,
    ) -> Call<(), ops::AddSecurityGroupMembers> {
        let mut req = RequestSpec::new(
            "add_security_group_members",
            Method::POST,
            "/api/security_groups/{groupId}/members",
            &[&group_id],
        );
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Remove users from a security group
    ///
    /// `DELETE /api/security_groups/{groupId}/members` (remove_security_group_members)
    ///
    /// Remove users from a security group. The ids travel in a JSON body of the DELETE request.
    ///
    /// # Example
    ///
    /// ```ignore
    /// client.remove_security_group_members(group_id, &body).await?;
    /// ```
    #[inline]
    pub fn remove_security_group_members(
        &self,
        group_id: &str,
        body: &types::SecurityGroupMembers,
    ) -> Call<(), ops::RemoveSecurityGroupMembers> {
        let mut req = RequestSpec::new(
            "remove_security_group_members",
            Method::DELETE,
            "/api/security_groups/{groupId}/members",
            &[&group_id],
        );
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// List SSOs
    ///
    /// `GET /api/sso` (list_ssos)
    ///
    /// Get SSO and quick-link entries. Use one filter at a time: `location` wins over `department`, which wins over `manage`; with none, the user's own entries are listed. Not paged.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.list_ssos()
    ///     .manage(false)
    ///     .await?;
    /// ```
    #[inline]
    pub fn list_ssos(&self) -> Call<types::SsoList, ops::ListSsos> {
        let mut req = RequestSpec::new("list_ssos", Method::GET, "/api/sso", &[]);
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Create an SSO
    ///
    /// `POST /api/sso` (create_sso)
    ///
    /// Create a new SSO or quick-link entry at admin, user, department or location level. With `manage=true` an admin-level entry is created (and `departmentId`/`locationId` are ignored), otherwise a user-level one.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.create_sso(&body)
    ///     .manage(true)
    ///     .await?;
    /// ```
    #[inline]
    pub fn create_sso(
        &self,
        body: &types::SsoCreate,
    ) -> Call<types::Sso, ops::CreateSso> {
        let mut req = RequestSpec::new("create_sso", Method::POST, "/api/sso", &[]);
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get a media upload ticket
    ///
    /// `GET /api/media` (get_media_upload_url)
    ///
    /// Get a `fileId` and a pre-signed upload request. Upload the file by a multipart/form-data POST to `signedRequest.url` with every field of `signedRequest.fields` plus the file; then use `fileId` in the other calls. Document MIME types: text/plain, application/pdf, application/msword, application/vnd.openxmlformats-officedocument.wordprocessingml.document, application/vnd.ms-powerpoint, application/vnd.openxmlformats-officedocument.presentationml.presentation.
    ///
    /// # Example
    ///
    /// ```ignore
    /// let response = client.get_media_upload_url(mime, name, module_code).await?;
    /// ```
    #[inline]
    pub fn get_media_upload_url(
        &self,
        mime: &str,
        name: &str,
        module_code: i64,
    ) -> Call<types::MediaUploadTicket, ops::GetMediaUploadUrl> {
        let mut req = RequestSpec::new(
            "get_media_upload_url",
            Method::GET,
            "/api/media",
            &[],
        );
        req.security = SECURITY_0;
        req.query.push("mime", &mime);
        req.query.push("name", &name);
        req.query.push("moduleCode", &module_code);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }
}

/// The optional parameters of [`Client::list_users`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListUsers> {
    /// A page number within the paginated result set (from 1).
    #[inline]
    pub fn cur_page(mut self, cur_page: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("cur_page");
        req.query.push("cur_page", &cur_page);
        self
    }

    /// Number of results to return per page.
    #[inline]
    pub fn per_page(mut self, per_page: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("per_page");
        req.query.push("per_page", &per_page);
        self
    }

    /// Only users of this location (see `list_locations`).
    #[inline]
    pub fn location(mut self, location: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("location");
        req.query.push("location", &location);
        self
    }

    /// Only users of this department (see `list_departments`).
    #[inline]
    pub fn department(mut self, department: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("department");
        req.query.push("department", &department);
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

/// The optional parameters of [`Client::list_team_supervisors`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListTeamSupervisors> {
    /// A page number within the paginated result set (from 1).
    #[inline]
    pub fn cur_page(mut self, cur_page: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("cur_page");
        req.query.push("cur_page", &cur_page);
        self
    }

    /// Number of results to return per page.
    #[inline]
    pub fn per_page(mut self, per_page: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("per_page");
        req.query.push("per_page", &per_page);
        self
    }

    /// The user whose supervisors are listed.
    #[inline]
    pub fn user_id(mut self, user_id: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("userId");
        req.query.push("userId", &user_id);
        self
    }

    /// Every item of every page, following pagination to the end; each page request
    /// carries this call's parameters and options.
    #[inline]
    pub fn stream(self) -> ItemStream<types::UserBrief> {
        self.paginate(&LIST_TEAM_SUPERVISORS_PAGES)
    }

    /// Every page, following pagination to the end (the requests and end conditions
    /// of `stream()`): each page's items, the page as the call's response, its total
    /// when the spec names one, status and headers.
    #[inline]
    pub fn pages(self) -> crate::PageStream<types::UserBrief, T> {
        self.paginate_pages(&LIST_TEAM_SUPERVISORS_PAGES)
    }
}

/// The optional parameters of [`Client::create_user`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::CreateUser> {
    /// Take the missing user details from the default user on-boarding settings.
    #[inline]
    pub fn bulk(mut self, bulk: bool) -> Self {
        let req = self.spec_mut();
        req.query.remove("bulk");
        req.query.push("bulk", &bulk);
        self
    }
}

/// The optional parameters of [`Client::delete_user`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::DeleteUser> {
    /// Hand the deleted user's data to the assignees of the default user off-boarding settings.
    #[inline]
    pub fn bulk(mut self, bulk: bool) -> Self {
        let req = self.spec_mut();
        req.query.remove("bulk");
        req.query.push("bulk", &bulk);
        self
    }
}

/// The optional parameters of [`Client::list_posts`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListPosts> {
    /// Number of results to return per page.
    #[inline]
    pub fn per_page(mut self, per_page: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("per_page");
        req.query.push("per_page", &per_page);
        self
    }

    /// Sort order: `a` recent, `b` most reacted, `c` most commented.
    #[inline]
    pub fn sort_key(mut self, sort_key: &types::SortKey) -> Self {
        let req = self.spec_mut();
        req.query.remove("sort_key");
        req.query.push("sort_key", sort_key);
        self
    }
}

/// The optional parameters of [`Client::list_news`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListNews> {
    /// Number of results to return per page.
    #[inline]
    pub fn per_page(mut self, per_page: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("per_page");
        req.query.push("per_page", &per_page);
        self
    }

    /// Sort order: `a` recent, `b` most reacted, `c` most commented.
    #[inline]
    pub fn sort_key(mut self, sort_key: &types::SortKey) -> Self {
        let req = self.spec_mut();
        req.query.remove("sort_key");
        req.query.push("sort_key", sort_key);
        self
    }
}

/// The optional parameters of [`Client::list_events`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListEvents> {
    /// Number of results to return per page.
    #[inline]
    pub fn per_page(mut self, per_page: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("per_page");
        req.query.push("per_page", &per_page);
        self
    }

    /// Include events imported from calendars (Google, Outlook).
    #[inline]
    pub fn external_events(mut self, external_events: bool) -> Self {
        let req = self.spec_mut();
        req.query.remove("externalEvents");
        req.query.push("externalEvents", &external_events);
        self
    }

    /// Only events of this type.
    #[inline]
    pub fn filter(mut self, filter: &types::ListEventsFilter) -> Self {
        let req = self.spec_mut();
        req.query.remove("filter");
        req.query.push("filter", filter);
        self
    }

    /// Only events of this category (see `list_categories`).
    #[inline]
    pub fn category(mut self, category: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("category");
        req.query.push("category", &category);
        self
    }

    /// Only events that happened in the past.
    #[inline]
    pub fn only_past(mut self, only_past: bool) -> Self {
        let req = self.spec_mut();
        req.query.remove("onlyPast");
        req.query.push("onlyPast", &only_past);
        self
    }

    /// Include the events happening now.
    #[inline]
    pub fn include_happening_now(mut self, include_happening_now: bool) -> Self {
        let req = self.spec_mut();
        req.query.remove("include_happening_now");
        req.query.push("include_happening_now", &include_happening_now);
        self
    }

    /// Only meeting-type events.
    #[inline]
    pub fn only_meeting(mut self, only_meeting: bool) -> Self {
        let req = self.spec_mut();
        req.query.remove("onlyMeeting");
        req.query.push("onlyMeeting", &only_meeting);
        self
    }

    /// Only events the user is going to attend.
    #[inline]
    pub fn only_going(mut self, only_going: bool) -> Self {
        let req = self.spec_mut();
        req.query.remove("onlyGoing");
        req.query.push("onlyGoing", &only_going);
        self
    }

    /// Only events that end by this date.
    #[inline]
    pub fn to_date(mut self, to_date: &types::DateTimeParam) -> Self {
        let req = self.spec_mut();
        req.query.remove("toDate");
        req.query.push("toDate", to_date);
        self
    }

    /// Only events that start from this date.
    #[inline]
    pub fn from_date(mut self, from_date: &types::DateTimeParam) -> Self {
        let req = self.spec_mut();
        req.query.remove("fromDate");
        req.query.push("fromDate", from_date);
        self
    }

    /// Include recent answers to invitations (shown only in the example; not in the parameter table).
    #[inline]
    pub fn include_recent_rsvps(mut self, include_recent_rsvps: bool) -> Self {
        let req = self.spec_mut();
        req.query.remove("include_recent_rsvps");
        req.query.push("include_recent_rsvps", &include_recent_rsvps);
        self
    }
}

/// The optional parameters of [`Client::delete_event`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::DeleteEvent> {
    /// Whether all recurrences of the event or only the ones after this event are deleted; values not documented.
    #[inline]
    pub fn repeat(mut self, repeat: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("repeat");
        req.query.push("repeat", &repeat);
        self
    }
}

/// The optional parameters of [`Client::update_event`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::UpdateEvent> {
    /// Whether all recurrences of the event or only the ones after this event are updated; values not documented.
    #[inline]
    pub fn repeat(mut self, repeat: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("repeat");
        req.query.push("repeat", &repeat);
        self
    }
}

/// The optional parameters of [`Client::list_videos`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListVideos> {
    /// A page number within the paginated result set (from 1).
    #[inline]
    pub fn cur_page(mut self, cur_page: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("cur_page");
        req.query.push("cur_page", &cur_page);
        self
    }

    /// Number of results to return per page.
    #[inline]
    pub fn per_page(mut self, per_page: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("per_page");
        req.query.push("per_page", &per_page);
        self
    }

    /// Only videos of the users the user follows.
    #[inline]
    pub fn is_following(mut self, is_following: bool) -> Self {
        let req = self.spec_mut();
        req.query.remove("isFollowing");
        req.query.push("isFollowing", &is_following);
        self
    }

    /// Only videos uploaded by this user.
    #[inline]
    pub fn user_id(mut self, user_id: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("userId");
        req.query.push("userId", &user_id);
        self
    }

    /// Only videos with these keywords in title or description.
    #[inline]
    pub fn search(mut self, search: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("search");
        req.query.push("search", &search);
        self
    }

    /// Every item of every page, following pagination to the end; each page request
    /// carries this call's parameters and options.
    #[inline]
    pub fn stream(self) -> ItemStream<types::Video> {
        self.paginate(&LIST_VIDEOS_PAGES)
    }

    /// Every page, following pagination to the end (the requests and end conditions
    /// of `stream()`): each page's items, the page as the call's response, its total
    /// when the spec names one, status and headers.
    #[inline]
    pub fn pages(self) -> crate::PageStream<types::Video, T> {
        self.paginate_pages(&LIST_VIDEOS_PAGES)
    }
}

/// The optional parameters of [`Client::list_photos`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListPhotos> {
    /// A page number within the paginated result set (from 1).
    #[inline]
    pub fn cur_page(mut self, cur_page: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("cur_page");
        req.query.push("cur_page", &cur_page);
        self
    }

    /// Number of results to return per page.
    #[inline]
    pub fn per_page(mut self, per_page: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("per_page");
        req.query.push("per_page", &per_page);
        self
    }

    /// Which photos to list.
    #[inline]
    pub fn filter(mut self, filter: &types::ListPhotosFilter) -> Self {
        let req = self.spec_mut();
        req.query.remove("filter");
        req.query.push("filter", filter);
        self
    }

    /// Only photos uploaded by this user (see `list_users`).
    #[inline]
    pub fn user_id(mut self, user_id: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("userId");
        req.query.push("userId", &user_id);
        self
    }

    /// Every item of every page, following pagination to the end; each page request
    /// carries this call's parameters and options.
    #[inline]
    pub fn stream(self) -> ItemStream<types::Photo> {
        self.paginate(&LIST_PHOTOS_PAGES)
    }

    /// Every page, following pagination to the end (the requests and end conditions
    /// of `stream()`): each page's items, the page as the call's response, its total
    /// when the spec names one, status and headers.
    #[inline]
    pub fn pages(self) -> crate::PageStream<types::Photo, T> {
        self.paginate_pages(&LIST_PHOTOS_PAGES)
    }
}

/// The optional parameters of [`Client::list_documents`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListDocuments> {
    /// A page number within the paginated result set (from 1).
    #[inline]
    pub fn cur_page(mut self, cur_page: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("cur_page");
        req.query.push("cur_page", &cur_page);
        self
    }

    /// Number of results to return per page.
    #[inline]
    pub fn per_page(mut self, per_page: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("per_page");
        req.query.push("per_page", &per_page);
        self
    }

    /// Only documents of this category (see `list_categories`).
    #[inline]
    pub fn category(mut self, category: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("category");
        req.query.push("category", &category);
        self
    }

    /// Every item of every page, following pagination to the end; each page request
    /// carries this call's parameters and options.
    #[inline]
    pub fn stream(self) -> ItemStream<types::Document> {
        self.paginate(&LIST_DOCUMENTS_PAGES)
    }

    /// Every page, following pagination to the end (the requests and end conditions
    /// of `stream()`): each page's items, the page as the call's response, its total
    /// when the spec names one, status and headers.
    #[inline]
    pub fn pages(self) -> crate::PageStream<types::Document, T> {
        self.paginate_pages(&LIST_DOCUMENTS_PAGES)
    }
}

/// The optional parameters of [`Client::create_document`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::CreateDocument> {
    /// Publish the document at once.
    #[inline]
    pub fn publish(mut self, publish: bool) -> Self {
        let req = self.spec_mut();
        req.query.remove("publish");
        req.query.push("publish", &publish);
        self
    }
}

/// The optional parameters of [`Client::update_document`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::UpdateDocument> {
    /// Publish the document at once.
    #[inline]
    pub fn publish(mut self, publish: bool) -> Self {
        let req = self.spec_mut();
        req.query.remove("publish");
        req.query.push("publish", &publish);
        self
    }
}

/// The optional parameters of [`Client::list_faqs`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListFaqs> {
    /// A page number within the paginated result set (from 1).
    #[inline]
    pub fn cur_page(mut self, cur_page: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("cur_page");
        req.query.push("cur_page", &cur_page);
        self
    }

    /// Number of results to return per page.
    #[inline]
    pub fn per_page(mut self, per_page: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("per_page");
        req.query.push("per_page", &per_page);
        self
    }

    /// Only FAQs of this category (see `list_categories`).
    #[inline]
    pub fn category(mut self, category: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("category");
        req.query.push("category", &category);
        self
    }

    /// Every item of every page, following pagination to the end; each page request
    /// carries this call's parameters and options.
    #[inline]
    pub fn stream(self) -> ItemStream<types::Faq> {
        self.paginate(&LIST_FAQS_PAGES)
    }

    /// Every page, following pagination to the end (the requests and end conditions
    /// of `stream()`): each page's items, the page as the call's response, its total
    /// when the spec names one, status and headers.
    #[inline]
    pub fn pages(self) -> crate::PageStream<types::Faq, T> {
        self.paginate_pages(&LIST_FAQS_PAGES)
    }
}

/// The optional parameters of [`Client::create_faq`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::CreateFaq> {
    /// Publish the FAQ at once.
    #[inline]
    pub fn publish(mut self, publish: bool) -> Self {
        let req = self.spec_mut();
        req.query.remove("publish");
        req.query.push("publish", &publish);
        self
    }
}

/// The optional parameters of [`Client::update_faq`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::UpdateFaq> {
    /// Publish the FAQ at once.
    #[inline]
    pub fn publish(mut self, publish: bool) -> Self {
        let req = self.spec_mut();
        req.query.remove("publish");
        req.query.push("publish", &publish);
        self
    }
}

/// The optional parameters of [`Client::list_categories`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListCategories> {
    /// A page number within the paginated result set (from 1).
    #[inline]
    pub fn cur_page(mut self, cur_page: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("cur_page");
        req.query.push("cur_page", &cur_page);
        self
    }

    /// Number of results to return per page.
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
    pub fn stream(self) -> ItemStream<types::Category> {
        self.paginate(&LIST_CATEGORIES_PAGES)
    }

    /// Every page, following pagination to the end (the requests and end conditions
    /// of `stream()`): each page's items, the page as the call's response, its total
    /// when the spec names one, status and headers.
    #[inline]
    pub fn pages(self) -> crate::PageStream<types::Category, T> {
        self.paginate_pages(&LIST_CATEGORIES_PAGES)
    }
}

/// The optional parameters of [`Client::list_enforcement_templates`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListEnforcementTemplates> {
    /// A page number within the paginated result set (from 1).
    #[inline]
    pub fn cur_page(mut self, cur_page: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("cur_page");
        req.query.push("cur_page", &cur_page);
        self
    }

    /// Number of results to return per page.
    #[inline]
    pub fn per_page(mut self, per_page: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("per_page");
        req.query.push("per_page", &per_page);
        self
    }

    /// Sort direction by creation date of the templates.
    #[inline]
    pub fn sort_direction(mut self, sort_direction: &types::SortDirection) -> Self {
        let req = self.spec_mut();
        req.query.remove("sort_direction");
        req.query.push("sort_direction", sort_direction);
        self
    }

    /// Every item of every page, following pagination to the end; each page request
    /// carries this call's parameters and options.
    #[inline]
    pub fn stream(self) -> ItemStream<types::NotificationTemplate> {
        self.paginate(&LIST_ENFORCEMENT_TEMPLATES_PAGES)
    }

    /// Every page, following pagination to the end (the requests and end conditions
    /// of `stream()`): each page's items, the page as the call's response, its total
    /// when the spec names one, status and headers.
    #[inline]
    pub fn pages(self) -> crate::PageStream<types::NotificationTemplate, T> {
        self.paginate_pages(&LIST_ENFORCEMENT_TEMPLATES_PAGES)
    }
}

/// The optional parameters of [`Client::list_courses`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListCourses> {
    /// A page number within the paginated result set (from 1).
    #[inline]
    pub fn cur_page(mut self, cur_page: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("cur_page");
        req.query.push("cur_page", &cur_page);
        self
    }

    /// Number of results to return per page.
    #[inline]
    pub fn per_page(mut self, per_page: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("per_page");
        req.query.push("per_page", &per_page);
        self
    }

    /// Which courses to list; the description is cut off in the documentation, the example sends `ALL_COURSES`.
    #[inline]
    pub fn filter(mut self, filter: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("filter");
        req.query.push("filter", &filter);
        self
    }

    /// Sort direction by creation date of the courses.
    #[inline]
    pub fn sort_direction(mut self, sort_direction: &types::SortDirection) -> Self {
        let req = self.spec_mut();
        req.query.remove("sort_direction");
        req.query.push("sort_direction", sort_direction);
        self
    }

    /// Every item of every page, following pagination to the end; each page request
    /// carries this call's parameters and options.
    #[inline]
    pub fn stream(self) -> ItemStream<types::Course> {
        self.paginate(&LIST_COURSES_PAGES)
    }

    /// Every page, following pagination to the end (the requests and end conditions
    /// of `stream()`): each page's items, the page as the call's response, its total
    /// when the spec names one, status and headers.
    #[inline]
    pub fn pages(self) -> crate::PageStream<types::Course, T> {
        self.paginate_pages(&LIST_COURSES_PAGES)
    }
}

/// The optional parameters of [`Client::list_tasks`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListTasks> {
    /// A page number within the paginated result set (from 1).
    #[inline]
    pub fn cur_page(mut self, cur_page: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("cur_page");
        req.query.push("cur_page", &cur_page);
        self
    }

    /// Number of results to return per page.
    #[inline]
    pub fn per_page(mut self, per_page: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("per_page");
        req.query.push("per_page", &per_page);
        self
    }

    /// Sort direction.
    #[inline]
    pub fn sort_direction(mut self, sort_direction: &types::SortDirection) -> Self {
        let req = self.spec_mut();
        req.query.remove("sort_direction");
        req.query.push("sort_direction", sort_direction);
        self
    }

    /// Which tasks to list.
    #[inline]
    pub fn filter(mut self, filter: &types::ListTasksFilter) -> Self {
        let req = self.spec_mut();
        req.query.remove("filter");
        req.query.push("filter", filter);
        self
    }

    /// Only published (or unpublished) tasks (shown only in the example).
    #[inline]
    pub fn published(mut self, published: bool) -> Self {
        let req = self.spec_mut();
        req.query.remove("published");
        req.query.push("published", &published);
        self
    }

    /// Every item of every page, following pagination to the end; each page request
    /// carries this call's parameters and options.
    #[inline]
    pub fn stream(self) -> ItemStream<types::Task> {
        self.paginate(&LIST_TASKS_PAGES)
    }

    /// Every page, following pagination to the end (the requests and end conditions
    /// of `stream()`): each page's items, the page as the call's response, its total
    /// when the spec names one, status and headers.
    #[inline]
    pub fn pages(self) -> crate::PageStream<types::Task, T> {
        self.paginate_pages(&LIST_TASKS_PAGES)
    }
}

/// The optional parameters of [`Client::list_group_chats`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListGroupChats> {
    /// A page number within the paginated result set (from 1).
    #[inline]
    pub fn cur_page(mut self, cur_page: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("cur_page");
        req.query.push("cur_page", &cur_page);
        self
    }

    /// Number of results to return per page.
    #[inline]
    pub fn per_page(mut self, per_page: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("per_page");
        req.query.push("per_page", &per_page);
        self
    }

    /// Only groups of this type.
    #[inline]
    pub fn group_type(mut self, group_type: &types::GroupType) -> Self {
        let req = self.spec_mut();
        req.query.remove("group_type");
        req.query.push("group_type", group_type);
        self
    }

    /// Only the groups the user has joined.
    #[inline]
    pub fn my_group_chats(mut self, my_group_chats: bool) -> Self {
        let req = self.spec_mut();
        req.query.remove("my_group_chats");
        req.query.push("my_group_chats", &my_group_chats);
        self
    }

    /// Include the participants of the groups.
    #[inline]
    pub fn include_participants(mut self, include_participants: bool) -> Self {
        let req = self.spec_mut();
        req.query.remove("include_participants");
        req.query.push("include_participants", &include_participants);
        self
    }

    /// Only groups created up to this time.
    #[inline]
    pub fn time(mut self, time: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("time");
        req.query.push("time", &time);
        self
    }

    /// Every item of every page, following pagination to the end; each page request
    /// carries this call's parameters and options.
    #[inline]
    pub fn stream(self) -> ItemStream<types::GroupChatSummary> {
        self.paginate(&LIST_GROUP_CHATS_PAGES)
    }

    /// Every page, following pagination to the end (the requests and end conditions
    /// of `stream()`): each page's items, the page as the call's response, its total
    /// when the spec names one, status and headers.
    #[inline]
    pub fn pages(self) -> crate::PageStream<types::GroupChatSummary, T> {
        self.paginate_pages(&LIST_GROUP_CHATS_PAGES)
    }
}

/// The optional parameters of [`Client::delete_group_chats`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::DeleteGroupChats> {
    /// Ids of the group chats to delete.
    #[inline]
    pub fn id(mut self, id: &[String]) -> Self {
        let req = self.spec_mut();
        req.query.remove("id");
        req.query.push_each("id", id);
        self
    }
}

/// The optional parameters of [`Client::list_departments`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListDepartments> {
    /// A page number within the paginated result set (from 1).
    #[inline]
    pub fn cur_page(mut self, cur_page: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("cur_page");
        req.query.push("cur_page", &cur_page);
        self
    }

    /// Number of results to return per page.
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
    pub fn stream(self) -> ItemStream<types::DepartmentSummary> {
        self.paginate(&LIST_DEPARTMENTS_PAGES)
    }

    /// Every page, following pagination to the end (the requests and end conditions
    /// of `stream()`): each page's items, the page as the call's response, its total
    /// when the spec names one, status and headers.
    #[inline]
    pub fn pages(self) -> crate::PageStream<types::DepartmentSummary, T> {
        self.paginate_pages(&LIST_DEPARTMENTS_PAGES)
    }
}

/// The optional parameters of [`Client::list_locations`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListLocations> {
    /// A page number within the paginated result set (from 1).
    #[inline]
    pub fn cur_page(mut self, cur_page: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("cur_page");
        req.query.push("cur_page", &cur_page);
        self
    }

    /// Number of results to return per page.
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
    pub fn stream(self) -> ItemStream<types::Location> {
        self.paginate(&LIST_LOCATIONS_PAGES)
    }

    /// Every page, following pagination to the end (the requests and end conditions
    /// of `stream()`): each page's items, the page as the call's response, its total
    /// when the spec names one, status and headers.
    #[inline]
    pub fn pages(self) -> crate::PageStream<types::Location, T> {
        self.paginate_pages(&LIST_LOCATIONS_PAGES)
    }
}

/// The optional parameters of [`Client::list_security_groups`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListSecurityGroups> {
    /// A page number within the paginated result set (from 1).
    #[inline]
    pub fn cur_page(mut self, cur_page: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("cur_page");
        req.query.push("cur_page", &cur_page);
        self
    }

    /// Number of results to return per page.
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
    pub fn stream(self) -> ItemStream<types::SecurityGroup> {
        self.paginate(&LIST_SECURITY_GROUPS_PAGES)
    }

    /// Every page, following pagination to the end (the requests and end conditions
    /// of `stream()`): each page's items, the page as the call's response, its total
    /// when the spec names one, status and headers.
    #[inline]
    pub fn pages(self) -> crate::PageStream<types::SecurityGroup, T> {
        self.paginate_pages(&LIST_SECURITY_GROUPS_PAGES)
    }
}

/// The optional parameters of [`Client::list_ssos`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListSsos> {
    /// List the admin-level entries.
    #[inline]
    pub fn manage(mut self, manage: bool) -> Self {
        let req = self.spec_mut();
        req.query.remove("manage");
        req.query.push("manage", &manage);
        self
    }

    /// Only entries of this location (see `list_locations`).
    #[inline]
    pub fn location(mut self, location: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("location");
        req.query.push("location", &location);
        self
    }

    /// Only entries of this department (see `list_departments`).
    #[inline]
    pub fn department(mut self, department: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("department");
        req.query.push("department", &department);
        self
    }
}

/// The optional parameters of [`Client::create_sso`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::CreateSso> {
    /// Create an admin-level entry.
    #[inline]
    pub fn manage(mut self, manage: bool) -> Self {
        let req = self.spec_mut();
        req.query.remove("manage");
        req.query.push("manage", &manage);
        self
    }
}
