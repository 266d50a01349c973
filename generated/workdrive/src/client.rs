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
    /// # Parameters
    ///
    /// - `cur_page` (query, optional: `.cur_page(…)` on the call): A page number within the paginated result set (from 1).
    /// - `per_page` (query, optional: `.per_page(…)` on the call): Number of results to return per page.
    /// - `location` (query, optional: `.location(…)` on the call): Only users of this location (see `list_locations`).
    /// - `department` (query, optional: `.department(…)` on the call): Only users of this department (see `list_departments`).
    ///
    /// # Responses
    ///
    /// - `200`: One page of users.
    /// - `400`, [`ListUsersError::BadRequest`](crate::errors::ListUsersError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`ListUsersError::Unauthorized`](crate::errors::ListUsersError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`ListUsersError::Forbidden`](crate::errors::ListUsersError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`ListUsersError::NotFound`](crate::errors::ListUsersError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`ListUsersError::InternalServerError`](crate::errors::ListUsersError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`ListUsersError::ServiceUnavailable`](crate::errors::ListUsersError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListUsersError`](crate::errors::ListUsersError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::TryStreamExt;
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client) -> Result<(), workdrive_client::Error> {
    /// let response = client.list_users()
    ///     .cur_page(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_users().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `cur_page` (query, optional: `.cur_page(…)` on the call): A page number within the paginated result set (from 1).
    /// - `per_page` (query, optional: `.per_page(…)` on the call): Number of results to return per page.
    /// - `user_id` (query `userId`, optional: `.user_id(…)` on the call): The user whose supervisors are listed.
    ///
    /// # Responses
    ///
    /// - `200`: One page of supervisors.
    /// - `400`, [`ListTeamSupervisorsError::BadRequest`](crate::errors::ListTeamSupervisorsError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`ListTeamSupervisorsError::Unauthorized`](crate::errors::ListTeamSupervisorsError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`ListTeamSupervisorsError::Forbidden`](crate::errors::ListTeamSupervisorsError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`ListTeamSupervisorsError::NotFound`](crate::errors::ListTeamSupervisorsError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`ListTeamSupervisorsError::InternalServerError`](crate::errors::ListTeamSupervisorsError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`ListTeamSupervisorsError::ServiceUnavailable`](crate::errors::ListTeamSupervisorsError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListTeamSupervisorsError`](crate::errors::ListTeamSupervisorsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::TryStreamExt;
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client) -> Result<(), workdrive_client::Error> {
    /// let response = client.list_team_supervisors()
    ///     .cur_page(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_team_supervisors().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    /// - `bulk` (query, optional: `.bulk(…)` on the call): Take the missing user details from the default user on-boarding settings.
    ///
    /// # Responses
    ///
    /// - `200`: The new user.
    /// - `400`, [`CreateUserError::BadRequest`](crate::errors::CreateUserError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`CreateUserError::Unauthorized`](crate::errors::CreateUserError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`CreateUserError::Forbidden`](crate::errors::CreateUserError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`CreateUserError::NotFound`](crate::errors::CreateUserError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`CreateUserError::InternalServerError`](crate::errors::CreateUserError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`CreateUserError::ServiceUnavailable`](crate::errors::CreateUserError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateUserError`](crate::errors::CreateUserError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, body: types :: UserCreate) -> Result<(), workdrive_client::Error> {
    /// let response = client.create_user(&body)
    ///     .bulk(true)
    ///     .await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `id` (path): Id of the user to delete.
    /// - `bulk` (query, optional: `.bulk(…)` on the call): Hand the deleted user's data to the assignees of the default user off-boarding settings.
    ///
    /// # Responses
    ///
    /// - `200`: Success; no response body is documented.
    /// - `400`, [`DeleteUserError::BadRequest`](crate::errors::DeleteUserError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`DeleteUserError::Unauthorized`](crate::errors::DeleteUserError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`DeleteUserError::Forbidden`](crate::errors::DeleteUserError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`DeleteUserError::NotFound`](crate::errors::DeleteUserError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`DeleteUserError::InternalServerError`](crate::errors::DeleteUserError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`DeleteUserError::ServiceUnavailable`](crate::errors::DeleteUserError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeleteUserError`](crate::errors::DeleteUserError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, id: & str) -> Result<(), workdrive_client::Error> {
    /// client.delete_user(id)
    ///     .bulk(true)
    ///     .await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `id` (path): Id of the user to update.
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: The updated user.
    /// - `400`, [`UpdateUserError::BadRequest`](crate::errors::UpdateUserError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`UpdateUserError::Unauthorized`](crate::errors::UpdateUserError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`UpdateUserError::Forbidden`](crate::errors::UpdateUserError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`UpdateUserError::NotFound`](crate::errors::UpdateUserError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`UpdateUserError::InternalServerError`](crate::errors::UpdateUserError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`UpdateUserError::ServiceUnavailable`](crate::errors::UpdateUserError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateUserError`](crate::errors::UpdateUserError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, id: & str, body: types :: UserUpdate) -> Result<(), workdrive_client::Error> {
    /// let response = client.update_user(id, &body).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: The new users.
    /// - `400`, [`BulkCreateUsersError::BadRequest`](crate::errors::BulkCreateUsersError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`BulkCreateUsersError::Unauthorized`](crate::errors::BulkCreateUsersError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`BulkCreateUsersError::Forbidden`](crate::errors::BulkCreateUsersError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`BulkCreateUsersError::NotFound`](crate::errors::BulkCreateUsersError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`BulkCreateUsersError::InternalServerError`](crate::errors::BulkCreateUsersError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`BulkCreateUsersError::ServiceUnavailable`](crate::errors::BulkCreateUsersError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`BulkCreateUsersError`](crate::errors::BulkCreateUsersError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, body: types :: UserBulkCreate) -> Result<(), workdrive_client::Error> {
    /// let response = client.bulk_create_users(&body).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: Success; no response body is documented.
    /// - `400`, [`BulkDeleteUsersError::BadRequest`](crate::errors::BulkDeleteUsersError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`BulkDeleteUsersError::Unauthorized`](crate::errors::BulkDeleteUsersError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`BulkDeleteUsersError::Forbidden`](crate::errors::BulkDeleteUsersError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`BulkDeleteUsersError::NotFound`](crate::errors::BulkDeleteUsersError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`BulkDeleteUsersError::InternalServerError`](crate::errors::BulkDeleteUsersError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`BulkDeleteUsersError::ServiceUnavailable`](crate::errors::BulkDeleteUsersError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`BulkDeleteUsersError`](crate::errors::BulkDeleteUsersError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, body: types :: UserBulkDelete) -> Result<(), workdrive_client::Error> {
    /// client.bulk_delete_users(&body).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: The new organization.
    /// - `400`, [`CreateOrganizationError::BadRequest`](crate::errors::CreateOrganizationError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`CreateOrganizationError::Unauthorized`](crate::errors::CreateOrganizationError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`CreateOrganizationError::Forbidden`](crate::errors::CreateOrganizationError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`CreateOrganizationError::NotFound`](crate::errors::CreateOrganizationError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`CreateOrganizationError::InternalServerError`](crate::errors::CreateOrganizationError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`CreateOrganizationError::ServiceUnavailable`](crate::errors::CreateOrganizationError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateOrganizationError`](crate::errors::CreateOrganizationError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, body: types :: OrganizationCreate) -> Result<(), workdrive_client::Error> {
    /// let response = client.create_organization(&body).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `id` (path): Id of the organization to update.
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: The updated organization.
    /// - `400`, [`UpdateOrganizationError::BadRequest`](crate::errors::UpdateOrganizationError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`UpdateOrganizationError::Unauthorized`](crate::errors::UpdateOrganizationError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`UpdateOrganizationError::Forbidden`](crate::errors::UpdateOrganizationError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`UpdateOrganizationError::NotFound`](crate::errors::UpdateOrganizationError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`UpdateOrganizationError::InternalServerError`](crate::errors::UpdateOrganizationError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`UpdateOrganizationError::ServiceUnavailable`](crate::errors::UpdateOrganizationError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateOrganizationError`](crate::errors::UpdateOrganizationError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, id: & str, body: types :: OrganizationUpdate) -> Result<(), workdrive_client::Error> {
    /// let response = client.update_organization(id, &body).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: The new token.
    /// - `400`, [`GenerateAccessTokenError::BadRequest`](crate::errors::GenerateAccessTokenError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`GenerateAccessTokenError::Unauthorized`](crate::errors::GenerateAccessTokenError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`GenerateAccessTokenError::Forbidden`](crate::errors::GenerateAccessTokenError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`GenerateAccessTokenError::NotFound`](crate::errors::GenerateAccessTokenError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`GenerateAccessTokenError::InternalServerError`](crate::errors::GenerateAccessTokenError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`GenerateAccessTokenError::ServiceUnavailable`](crate::errors::GenerateAccessTokenError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GenerateAccessTokenError`](crate::errors::GenerateAccessTokenError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, body: types :: AccessTokenRequest) -> Result<(), workdrive_client::Error> {
    /// let response = client.generate_access_token(&body).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `time` (query): Items up to this time; send the current time for the newest items (the documentation gives "Current Time" as default but marks the parameter required).
    /// - `per_page` (query, optional: `.per_page(…)` on the call): Number of results to return per page.
    /// - `sort_key` (query, optional: `.sort_key(…)` on the call): Sort order: `a` recent, `b` most reacted, `c` most commented.
    ///
    /// # Responses
    ///
    /// - `200`: Posts up to `time`.
    /// - `400`, [`ListPostsError::BadRequest`](crate::errors::ListPostsError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`ListPostsError::Unauthorized`](crate::errors::ListPostsError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`ListPostsError::Forbidden`](crate::errors::ListPostsError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`ListPostsError::NotFound`](crate::errors::ListPostsError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`ListPostsError::InternalServerError`](crate::errors::ListPostsError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`ListPostsError::ServiceUnavailable`](crate::errors::ListPostsError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListPostsError`](crate::errors::ListPostsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, time: & str) -> Result<(), workdrive_client::Error> {
    /// let response = client.list_posts(time)
    ///     .per_page(5)
    ///     .await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: The new post.
    /// - `400`, [`CreatePostError::BadRequest`](crate::errors::CreatePostError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`CreatePostError::Unauthorized`](crate::errors::CreatePostError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`CreatePostError::Forbidden`](crate::errors::CreatePostError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`CreatePostError::NotFound`](crate::errors::CreatePostError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`CreatePostError::InternalServerError`](crate::errors::CreatePostError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`CreatePostError::ServiceUnavailable`](crate::errors::CreatePostError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreatePostError`](crate::errors::CreatePostError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, body: types :: PostCreate) -> Result<(), workdrive_client::Error> {
    /// let response = client.create_post(&body).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `id` (path): Id of the post to delete.
    ///
    /// # Responses
    ///
    /// - `200`: Success; no response body is documented.
    /// - `400`, [`DeletePostError::BadRequest`](crate::errors::DeletePostError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`DeletePostError::Unauthorized`](crate::errors::DeletePostError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`DeletePostError::Forbidden`](crate::errors::DeletePostError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`DeletePostError::NotFound`](crate::errors::DeletePostError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`DeletePostError::InternalServerError`](crate::errors::DeletePostError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`DeletePostError::ServiceUnavailable`](crate::errors::DeletePostError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeletePostError`](crate::errors::DeletePostError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, id: & str) -> Result<(), workdrive_client::Error> {
    /// client.delete_post(id).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `id` (path): Id of the post to update.
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: The updated post.
    /// - `400`, [`UpdatePostError::BadRequest`](crate::errors::UpdatePostError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`UpdatePostError::Unauthorized`](crate::errors::UpdatePostError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`UpdatePostError::Forbidden`](crate::errors::UpdatePostError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`UpdatePostError::NotFound`](crate::errors::UpdatePostError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`UpdatePostError::InternalServerError`](crate::errors::UpdatePostError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`UpdatePostError::ServiceUnavailable`](crate::errors::UpdatePostError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdatePostError`](crate::errors::UpdatePostError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, id: & str, body: types :: PostUpdate) -> Result<(), workdrive_client::Error> {
    /// let response = client.update_post(id, &body).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `time` (query): Items up to this time; send the current time for the newest items (the documentation gives "Current Time" as default but marks the parameter required).
    /// - `per_page` (query, optional: `.per_page(…)` on the call): Number of results to return per page.
    /// - `sort_key` (query, optional: `.sort_key(…)` on the call): Sort order: `a` recent, `b` most reacted, `c` most commented.
    ///
    /// # Responses
    ///
    /// - `200`: News up to `time`.
    /// - `400`, [`ListNewsError::BadRequest`](crate::errors::ListNewsError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`ListNewsError::Unauthorized`](crate::errors::ListNewsError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`ListNewsError::Forbidden`](crate::errors::ListNewsError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`ListNewsError::NotFound`](crate::errors::ListNewsError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`ListNewsError::InternalServerError`](crate::errors::ListNewsError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`ListNewsError::ServiceUnavailable`](crate::errors::ListNewsError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListNewsError`](crate::errors::ListNewsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, time: & str) -> Result<(), workdrive_client::Error> {
    /// let response = client.list_news(time)
    ///     .per_page(5)
    ///     .await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: The new news item.
    /// - `400`, [`CreateNewsError::BadRequest`](crate::errors::CreateNewsError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`CreateNewsError::Unauthorized`](crate::errors::CreateNewsError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`CreateNewsError::Forbidden`](crate::errors::CreateNewsError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`CreateNewsError::NotFound`](crate::errors::CreateNewsError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`CreateNewsError::InternalServerError`](crate::errors::CreateNewsError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`CreateNewsError::ServiceUnavailable`](crate::errors::CreateNewsError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateNewsError`](crate::errors::CreateNewsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, body: types :: NewsWrite) -> Result<(), workdrive_client::Error> {
    /// let response = client.create_news(&body).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `id` (path): Id of the news item to delete.
    ///
    /// # Responses
    ///
    /// - `200`: Success; no response body is documented.
    /// - `400`, [`DeleteNewsError::BadRequest`](crate::errors::DeleteNewsError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`DeleteNewsError::Unauthorized`](crate::errors::DeleteNewsError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`DeleteNewsError::Forbidden`](crate::errors::DeleteNewsError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`DeleteNewsError::NotFound`](crate::errors::DeleteNewsError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`DeleteNewsError::InternalServerError`](crate::errors::DeleteNewsError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`DeleteNewsError::ServiceUnavailable`](crate::errors::DeleteNewsError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeleteNewsError`](crate::errors::DeleteNewsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, id: & str) -> Result<(), workdrive_client::Error> {
    /// client.delete_news(id).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `id` (path): Id of the news item to update.
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: The updated news item.
    /// - `400`, [`UpdateNewsError::BadRequest`](crate::errors::UpdateNewsError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`UpdateNewsError::Unauthorized`](crate::errors::UpdateNewsError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`UpdateNewsError::Forbidden`](crate::errors::UpdateNewsError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`UpdateNewsError::NotFound`](crate::errors::UpdateNewsError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`UpdateNewsError::InternalServerError`](crate::errors::UpdateNewsError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`UpdateNewsError::ServiceUnavailable`](crate::errors::UpdateNewsError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateNewsError`](crate::errors::UpdateNewsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, id: & str, body: types :: NewsWrite) -> Result<(), workdrive_client::Error> {
    /// let response = client.update_news(id, &body).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `time` (query): Events up to this time; send the current time for the newest events (the documentation gives "Current Time" as default but marks the parameter required).
    /// - `per_page` (query, optional: `.per_page(…)` on the call): Number of results to return per page.
    /// - `external_events` (query `externalEvents`, optional: `.external_events(…)` on the call): Include events imported from calendars (Google, Outlook).
    /// - `filter` (query, optional: `.filter(…)` on the call): Only events of this type.
    /// - `category` (query, optional: `.category(…)` on the call): Only events of this category (see `list_categories`).
    /// - `only_past` (query `onlyPast`, optional: `.only_past(…)` on the call): Only events that happened in the past.
    /// - `include_happening_now` (query, optional: `.include_happening_now(…)` on the call): Include the events happening now.
    /// - `only_meeting` (query `onlyMeeting`, optional: `.only_meeting(…)` on the call): Only meeting-type events.
    /// - `only_going` (query `onlyGoing`, optional: `.only_going(…)` on the call): Only events the user is going to attend.
    /// - `to_date` (query `toDate`, optional: `.to_date(…)` on the call): Only events that end by this date.
    /// - `from_date` (query `fromDate`, optional: `.from_date(…)` on the call): Only events that start from this date.
    /// - `include_recent_rsvps` (query, optional: `.include_recent_rsvps(…)` on the call): Include recent answers to invitations (shown only in the example; not in the parameter table).
    ///
    /// # Responses
    ///
    /// - `200`: Events up to `time`.
    /// - `400`, [`ListEventsError::BadRequest`](crate::errors::ListEventsError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`ListEventsError::Unauthorized`](crate::errors::ListEventsError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`ListEventsError::Forbidden`](crate::errors::ListEventsError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`ListEventsError::NotFound`](crate::errors::ListEventsError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`ListEventsError::InternalServerError`](crate::errors::ListEventsError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`ListEventsError::ServiceUnavailable`](crate::errors::ListEventsError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListEventsError`](crate::errors::ListEventsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, time: & types :: DateTimeParam) -> Result<(), workdrive_client::Error> {
    /// let response = client.list_events(time)
    ///     .per_page(5)
    ///     .await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: The new event.
    /// - `400`, [`CreateEventError::BadRequest`](crate::errors::CreateEventError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`CreateEventError::Unauthorized`](crate::errors::CreateEventError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`CreateEventError::Forbidden`](crate::errors::CreateEventError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`CreateEventError::NotFound`](crate::errors::CreateEventError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`CreateEventError::InternalServerError`](crate::errors::CreateEventError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`CreateEventError::ServiceUnavailable`](crate::errors::CreateEventError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateEventError`](crate::errors::CreateEventError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, body: types :: EventWrite) -> Result<(), workdrive_client::Error> {
    /// let response = client.create_event(&body).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `id` (path): Id of the event to delete.
    /// - `repeat` (query, optional: `.repeat(…)` on the call): Whether all recurrences of the event or only the ones after this event are deleted; values not documented.
    ///
    /// # Responses
    ///
    /// - `200`: Success; no response body is documented.
    /// - `400`, [`DeleteEventError::BadRequest`](crate::errors::DeleteEventError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`DeleteEventError::Unauthorized`](crate::errors::DeleteEventError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`DeleteEventError::Forbidden`](crate::errors::DeleteEventError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`DeleteEventError::NotFound`](crate::errors::DeleteEventError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`DeleteEventError::InternalServerError`](crate::errors::DeleteEventError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`DeleteEventError::ServiceUnavailable`](crate::errors::DeleteEventError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeleteEventError`](crate::errors::DeleteEventError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, id: & str) -> Result<(), workdrive_client::Error> {
    /// client.delete_event(id)
    ///     .repeat("string")
    ///     .await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `id` (path): Id of the event to update.
    /// - `body` (`application/json`)
    /// - `repeat` (query, optional: `.repeat(…)` on the call): Whether all recurrences of the event or only the ones after this event are updated; values not documented.
    ///
    /// # Responses
    ///
    /// - `200`: The updated event.
    /// - `400`, [`UpdateEventError::BadRequest`](crate::errors::UpdateEventError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`UpdateEventError::Unauthorized`](crate::errors::UpdateEventError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`UpdateEventError::Forbidden`](crate::errors::UpdateEventError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`UpdateEventError::NotFound`](crate::errors::UpdateEventError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`UpdateEventError::InternalServerError`](crate::errors::UpdateEventError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`UpdateEventError::ServiceUnavailable`](crate::errors::UpdateEventError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateEventError`](crate::errors::UpdateEventError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, id: & str, body: types :: EventWrite) -> Result<(), workdrive_client::Error> {
    /// let response = client.update_event(id, &body)
    ///     .repeat("string")
    ///     .await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `cur_page` (query, optional: `.cur_page(…)` on the call): A page number within the paginated result set (from 1).
    /// - `per_page` (query, optional: `.per_page(…)` on the call): Number of results to return per page.
    /// - `is_following` (query `isFollowing`, optional: `.is_following(…)` on the call): Only videos of the users the user follows.
    /// - `user_id` (query `userId`, optional: `.user_id(…)` on the call): Only videos uploaded by this user.
    /// - `search` (query, optional: `.search(…)` on the call): Only videos with these keywords in title or description.
    ///
    /// # Responses
    ///
    /// - `200`: One page of videos.
    /// - `400`, [`ListVideosError::BadRequest`](crate::errors::ListVideosError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`ListVideosError::Unauthorized`](crate::errors::ListVideosError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`ListVideosError::Forbidden`](crate::errors::ListVideosError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`ListVideosError::NotFound`](crate::errors::ListVideosError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`ListVideosError::InternalServerError`](crate::errors::ListVideosError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`ListVideosError::ServiceUnavailable`](crate::errors::ListVideosError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListVideosError`](crate::errors::ListVideosError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::TryStreamExt;
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client) -> Result<(), workdrive_client::Error> {
    /// let response = client.list_videos()
    ///     .cur_page(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_videos().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: The new video.
    /// - `400`, [`CreateVideoError::BadRequest`](crate::errors::CreateVideoError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`CreateVideoError::Unauthorized`](crate::errors::CreateVideoError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`CreateVideoError::Forbidden`](crate::errors::CreateVideoError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`CreateVideoError::NotFound`](crate::errors::CreateVideoError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`CreateVideoError::InternalServerError`](crate::errors::CreateVideoError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`CreateVideoError::ServiceUnavailable`](crate::errors::CreateVideoError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateVideoError`](crate::errors::CreateVideoError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, body: types :: VideoCreate) -> Result<(), workdrive_client::Error> {
    /// let response = client.create_video(&body).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `id` (path): Id of the video to delete.
    ///
    /// # Responses
    ///
    /// - `200`: Success; no response body is documented.
    /// - `400`, [`DeleteVideoError::BadRequest`](crate::errors::DeleteVideoError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`DeleteVideoError::Unauthorized`](crate::errors::DeleteVideoError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`DeleteVideoError::Forbidden`](crate::errors::DeleteVideoError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`DeleteVideoError::NotFound`](crate::errors::DeleteVideoError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`DeleteVideoError::InternalServerError`](crate::errors::DeleteVideoError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`DeleteVideoError::ServiceUnavailable`](crate::errors::DeleteVideoError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeleteVideoError`](crate::errors::DeleteVideoError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, id: & str) -> Result<(), workdrive_client::Error> {
    /// client.delete_video(id).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `id` (path): Id of the video to update.
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: The updated video.
    /// - `400`, [`UpdateVideoError::BadRequest`](crate::errors::UpdateVideoError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`UpdateVideoError::Unauthorized`](crate::errors::UpdateVideoError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`UpdateVideoError::Forbidden`](crate::errors::UpdateVideoError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`UpdateVideoError::NotFound`](crate::errors::UpdateVideoError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`UpdateVideoError::InternalServerError`](crate::errors::UpdateVideoError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`UpdateVideoError::ServiceUnavailable`](crate::errors::UpdateVideoError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateVideoError`](crate::errors::UpdateVideoError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, id: & str, body: types :: VideoUpdate) -> Result<(), workdrive_client::Error> {
    /// let response = client.update_video(id, &body).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `cur_page` (query, optional: `.cur_page(…)` on the call): A page number within the paginated result set (from 1).
    /// - `per_page` (query, optional: `.per_page(…)` on the call): Number of results to return per page.
    /// - `filter` (query, optional: `.filter(…)` on the call): Which photos to list.
    /// - `user_id` (query `userId`, optional: `.user_id(…)` on the call): Only photos uploaded by this user (see `list_users`).
    ///
    /// # Responses
    ///
    /// - `200`: One page of photos.
    /// - `400`, [`ListPhotosError::BadRequest`](crate::errors::ListPhotosError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`ListPhotosError::Unauthorized`](crate::errors::ListPhotosError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`ListPhotosError::Forbidden`](crate::errors::ListPhotosError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`ListPhotosError::NotFound`](crate::errors::ListPhotosError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`ListPhotosError::InternalServerError`](crate::errors::ListPhotosError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`ListPhotosError::ServiceUnavailable`](crate::errors::ListPhotosError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListPhotosError`](crate::errors::ListPhotosError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::TryStreamExt;
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client) -> Result<(), workdrive_client::Error> {
    /// let response = client.list_photos()
    ///     .cur_page(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_photos().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: The new photo.
    /// - `400`, [`CreatePhotoError::BadRequest`](crate::errors::CreatePhotoError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`CreatePhotoError::Unauthorized`](crate::errors::CreatePhotoError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`CreatePhotoError::Forbidden`](crate::errors::CreatePhotoError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`CreatePhotoError::NotFound`](crate::errors::CreatePhotoError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`CreatePhotoError::InternalServerError`](crate::errors::CreatePhotoError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`CreatePhotoError::ServiceUnavailable`](crate::errors::CreatePhotoError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreatePhotoError`](crate::errors::CreatePhotoError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, body: types :: PhotoCreate) -> Result<(), workdrive_client::Error> {
    /// let response = client.create_photo(&body).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `id` (path): Id of the photo to delete.
    ///
    /// # Responses
    ///
    /// - `200`: Success; no response body is documented.
    /// - `400`, [`DeletePhotoError::BadRequest`](crate::errors::DeletePhotoError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`DeletePhotoError::Unauthorized`](crate::errors::DeletePhotoError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`DeletePhotoError::Forbidden`](crate::errors::DeletePhotoError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`DeletePhotoError::NotFound`](crate::errors::DeletePhotoError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`DeletePhotoError::InternalServerError`](crate::errors::DeletePhotoError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`DeletePhotoError::ServiceUnavailable`](crate::errors::DeletePhotoError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeletePhotoError`](crate::errors::DeletePhotoError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, id: & str) -> Result<(), workdrive_client::Error> {
    /// client.delete_photo(id).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `id` (path): Id of the photo to update.
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: The updated photo.
    /// - `400`, [`UpdatePhotoError::BadRequest`](crate::errors::UpdatePhotoError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`UpdatePhotoError::Unauthorized`](crate::errors::UpdatePhotoError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`UpdatePhotoError::Forbidden`](crate::errors::UpdatePhotoError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`UpdatePhotoError::NotFound`](crate::errors::UpdatePhotoError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`UpdatePhotoError::InternalServerError`](crate::errors::UpdatePhotoError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`UpdatePhotoError::ServiceUnavailable`](crate::errors::UpdatePhotoError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdatePhotoError`](crate::errors::UpdatePhotoError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, id: & str, body: types :: PhotoUpdate) -> Result<(), workdrive_client::Error> {
    /// let response = client.update_photo(id, &body).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `cur_page` (query, optional: `.cur_page(…)` on the call): A page number within the paginated result set (from 1).
    /// - `per_page` (query, optional: `.per_page(…)` on the call): Number of results to return per page.
    /// - `category` (query, optional: `.category(…)` on the call): Only documents of this category (see `list_categories`).
    ///
    /// # Responses
    ///
    /// - `200`: One page of documents.
    /// - `400`, [`ListDocumentsError::BadRequest`](crate::errors::ListDocumentsError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`ListDocumentsError::Unauthorized`](crate::errors::ListDocumentsError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`ListDocumentsError::Forbidden`](crate::errors::ListDocumentsError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`ListDocumentsError::NotFound`](crate::errors::ListDocumentsError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`ListDocumentsError::InternalServerError`](crate::errors::ListDocumentsError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`ListDocumentsError::ServiceUnavailable`](crate::errors::ListDocumentsError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListDocumentsError`](crate::errors::ListDocumentsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::TryStreamExt;
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client) -> Result<(), workdrive_client::Error> {
    /// let response = client.list_documents()
    ///     .cur_page(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_documents().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    /// - `publish` (query, optional: `.publish(…)` on the call): Publish the document at once.
    ///
    /// # Responses
    ///
    /// - `200`: The uploaded document.
    /// - `400`, [`CreateDocumentError::BadRequest`](crate::errors::CreateDocumentError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`CreateDocumentError::Unauthorized`](crate::errors::CreateDocumentError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`CreateDocumentError::Forbidden`](crate::errors::CreateDocumentError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`CreateDocumentError::NotFound`](crate::errors::CreateDocumentError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`CreateDocumentError::InternalServerError`](crate::errors::CreateDocumentError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`CreateDocumentError::ServiceUnavailable`](crate::errors::CreateDocumentError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateDocumentError`](crate::errors::CreateDocumentError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, body: types :: DocumentWrite) -> Result<(), workdrive_client::Error> {
    /// let response = client.create_document(&body)
    ///     .publish(true)
    ///     .await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `id` (path): Id of the document to delete.
    ///
    /// # Responses
    ///
    /// - `200`: Success; no response body is documented.
    /// - `400`, [`DeleteDocumentError::BadRequest`](crate::errors::DeleteDocumentError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`DeleteDocumentError::Unauthorized`](crate::errors::DeleteDocumentError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`DeleteDocumentError::Forbidden`](crate::errors::DeleteDocumentError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`DeleteDocumentError::NotFound`](crate::errors::DeleteDocumentError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`DeleteDocumentError::InternalServerError`](crate::errors::DeleteDocumentError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`DeleteDocumentError::ServiceUnavailable`](crate::errors::DeleteDocumentError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeleteDocumentError`](crate::errors::DeleteDocumentError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, id: & str) -> Result<(), workdrive_client::Error> {
    /// client.delete_document(id).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `id` (path): Id of the document to update.
    /// - `body` (`application/json`)
    /// - `publish` (query, optional: `.publish(…)` on the call): Publish the document at once.
    ///
    /// # Responses
    ///
    /// - `200`: The updated document.
    /// - `400`, [`UpdateDocumentError::BadRequest`](crate::errors::UpdateDocumentError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`UpdateDocumentError::Unauthorized`](crate::errors::UpdateDocumentError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`UpdateDocumentError::Forbidden`](crate::errors::UpdateDocumentError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`UpdateDocumentError::NotFound`](crate::errors::UpdateDocumentError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`UpdateDocumentError::InternalServerError`](crate::errors::UpdateDocumentError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`UpdateDocumentError::ServiceUnavailable`](crate::errors::UpdateDocumentError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateDocumentError`](crate::errors::UpdateDocumentError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, id: & str, body: types :: DocumentUpdate) -> Result<(), workdrive_client::Error> {
    /// let response = client.update_document(id, &body)
    ///     .publish(true)
    ///     .await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `cur_page` (query, optional: `.cur_page(…)` on the call): A page number within the paginated result set (from 1).
    /// - `per_page` (query, optional: `.per_page(…)` on the call): Number of results to return per page.
    /// - `category` (query, optional: `.category(…)` on the call): Only FAQs of this category (see `list_categories`).
    ///
    /// # Responses
    ///
    /// - `200`: One page of FAQ questions.
    /// - `400`, [`ListFaqsError::BadRequest`](crate::errors::ListFaqsError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`ListFaqsError::Unauthorized`](crate::errors::ListFaqsError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`ListFaqsError::Forbidden`](crate::errors::ListFaqsError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`ListFaqsError::NotFound`](crate::errors::ListFaqsError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`ListFaqsError::InternalServerError`](crate::errors::ListFaqsError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`ListFaqsError::ServiceUnavailable`](crate::errors::ListFaqsError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListFaqsError`](crate::errors::ListFaqsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::TryStreamExt;
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client) -> Result<(), workdrive_client::Error> {
    /// let response = client.list_faqs()
    ///     .cur_page(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_faqs().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    /// - `publish` (query, optional: `.publish(…)` on the call): Publish the FAQ at once.
    ///
    /// # Responses
    ///
    /// - `200`: The new FAQ.
    /// - `400`, [`CreateFaqError::BadRequest`](crate::errors::CreateFaqError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`CreateFaqError::Unauthorized`](crate::errors::CreateFaqError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`CreateFaqError::Forbidden`](crate::errors::CreateFaqError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`CreateFaqError::NotFound`](crate::errors::CreateFaqError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`CreateFaqError::InternalServerError`](crate::errors::CreateFaqError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`CreateFaqError::ServiceUnavailable`](crate::errors::CreateFaqError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateFaqError`](crate::errors::CreateFaqError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, body: types :: FaqContent) -> Result<(), workdrive_client::Error> {
    /// let response = client.create_faq(&body)
    ///     .publish(true)
    ///     .await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `id` (path): Id of the FAQ to delete.
    ///
    /// # Responses
    ///
    /// - `200`: Success; no response body is documented.
    /// - `400`, [`DeleteFaqError::BadRequest`](crate::errors::DeleteFaqError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`DeleteFaqError::Unauthorized`](crate::errors::DeleteFaqError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`DeleteFaqError::Forbidden`](crate::errors::DeleteFaqError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`DeleteFaqError::NotFound`](crate::errors::DeleteFaqError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`DeleteFaqError::InternalServerError`](crate::errors::DeleteFaqError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`DeleteFaqError::ServiceUnavailable`](crate::errors::DeleteFaqError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeleteFaqError`](crate::errors::DeleteFaqError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, id: & str) -> Result<(), workdrive_client::Error> {
    /// client.delete_faq(id).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `id` (path): Id of the FAQ (knowledge-base id; `kbId` in the documentation).
    /// - `body` (`application/json`)
    /// - `publish` (query, optional: `.publish(…)` on the call): Publish the FAQ at once.
    ///
    /// # Responses
    ///
    /// - `200`: The updated FAQ.
    /// - `400`, [`UpdateFaqError::BadRequest`](crate::errors::UpdateFaqError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`UpdateFaqError::Unauthorized`](crate::errors::UpdateFaqError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`UpdateFaqError::Forbidden`](crate::errors::UpdateFaqError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`UpdateFaqError::NotFound`](crate::errors::UpdateFaqError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`UpdateFaqError::InternalServerError`](crate::errors::UpdateFaqError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`UpdateFaqError::ServiceUnavailable`](crate::errors::UpdateFaqError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateFaqError`](crate::errors::UpdateFaqError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, id: & str, body: types :: FaqUpdate) -> Result<(), workdrive_client::Error> {
    /// let response = client.update_faq(id, &body)
    ///     .publish(true)
    ///     .await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `module_code` (query `moduleCode`): Code of the module (see `list_module_codes`).
    /// - `cur_page` (query, optional: `.cur_page(…)` on the call): A page number within the paginated result set (from 1).
    /// - `per_page` (query, optional: `.per_page(…)` on the call): Number of results to return per page.
    ///
    /// # Responses
    ///
    /// - `200`: One page of categories.
    /// - `400`, [`ListCategoriesError::BadRequest`](crate::errors::ListCategoriesError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`ListCategoriesError::Unauthorized`](crate::errors::ListCategoriesError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`ListCategoriesError::Forbidden`](crate::errors::ListCategoriesError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`ListCategoriesError::NotFound`](crate::errors::ListCategoriesError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`ListCategoriesError::InternalServerError`](crate::errors::ListCategoriesError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`ListCategoriesError::ServiceUnavailable`](crate::errors::ListCategoriesError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListCategoriesError`](crate::errors::ListCategoriesError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::TryStreamExt;
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, module_code: i64) -> Result<(), workdrive_client::Error> {
    /// let response = client.list_categories(module_code)
    ///     .cur_page(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_categories(module_code).stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `cur_page` (query, optional: `.cur_page(…)` on the call): A page number within the paginated result set (from 1).
    /// - `per_page` (query, optional: `.per_page(…)` on the call): Number of results to return per page.
    /// - `sort_direction` (query, optional: `.sort_direction(…)` on the call): Sort direction by creation date of the templates.
    ///
    /// # Responses
    ///
    /// - `200`: One page of templates.
    /// - `400`, [`ListEnforcementTemplatesError::BadRequest`](crate::errors::ListEnforcementTemplatesError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`ListEnforcementTemplatesError::Unauthorized`](crate::errors::ListEnforcementTemplatesError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`ListEnforcementTemplatesError::Forbidden`](crate::errors::ListEnforcementTemplatesError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`ListEnforcementTemplatesError::NotFound`](crate::errors::ListEnforcementTemplatesError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`ListEnforcementTemplatesError::InternalServerError`](crate::errors::ListEnforcementTemplatesError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`ListEnforcementTemplatesError::ServiceUnavailable`](crate::errors::ListEnforcementTemplatesError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListEnforcementTemplatesError`](crate::errors::ListEnforcementTemplatesError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::TryStreamExt;
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client) -> Result<(), workdrive_client::Error> {
    /// let response = client.list_enforcement_templates()
    ///     .cur_page(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_enforcement_templates().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: Success; no response body is documented.
    /// - `400`, [`SendNotificationError::BadRequest`](crate::errors::SendNotificationError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`SendNotificationError::Unauthorized`](crate::errors::SendNotificationError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`SendNotificationError::Forbidden`](crate::errors::SendNotificationError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`SendNotificationError::NotFound`](crate::errors::SendNotificationError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`SendNotificationError::InternalServerError`](crate::errors::SendNotificationError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`SendNotificationError::ServiceUnavailable`](crate::errors::SendNotificationError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`SendNotificationError`](crate::errors::SendNotificationError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, body: types :: NotificationSend) -> Result<(), workdrive_client::Error> {
    /// client.send_notification(&body).await?;
    /// # Ok(())
    /// # }
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
    /// # Responses
    ///
    /// - `200`: The module codes.
    /// - `400`, [`ListModuleCodesError::BadRequest`](crate::errors::ListModuleCodesError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`ListModuleCodesError::Unauthorized`](crate::errors::ListModuleCodesError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`ListModuleCodesError::Forbidden`](crate::errors::ListModuleCodesError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`ListModuleCodesError::NotFound`](crate::errors::ListModuleCodesError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`ListModuleCodesError::InternalServerError`](crate::errors::ListModuleCodesError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`ListModuleCodesError::ServiceUnavailable`](crate::errors::ListModuleCodesError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListModuleCodesError`](crate::errors::ListModuleCodesError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client) -> Result<(), workdrive_client::Error> {
    /// let response = client.list_module_codes().await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `cur_page` (query, optional: `.cur_page(…)` on the call): A page number within the paginated result set (from 1).
    /// - `per_page` (query, optional: `.per_page(…)` on the call): Number of results to return per page.
    /// - `filter` (query, optional: `.filter(…)` on the call): Which courses to list; the description is cut off in the documentation, the example sends `ALL_COURSES`.
    /// - `sort_direction` (query, optional: `.sort_direction(…)` on the call): Sort direction by creation date of the courses.
    ///
    /// # Responses
    ///
    /// - `200`: One page of courses.
    /// - `400`, [`ListCoursesError::BadRequest`](crate::errors::ListCoursesError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`ListCoursesError::Unauthorized`](crate::errors::ListCoursesError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`ListCoursesError::Forbidden`](crate::errors::ListCoursesError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`ListCoursesError::NotFound`](crate::errors::ListCoursesError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`ListCoursesError::InternalServerError`](crate::errors::ListCoursesError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`ListCoursesError::ServiceUnavailable`](crate::errors::ListCoursesError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListCoursesError`](crate::errors::ListCoursesError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::TryStreamExt;
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client) -> Result<(), workdrive_client::Error> {
    /// let response = client.list_courses()
    ///     .cur_page(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_courses().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `id` (path): Id of the course to delete.
    ///
    /// # Responses
    ///
    /// - `200`: Success; no response body is documented.
    /// - `400`, [`DeleteCourseError::BadRequest`](crate::errors::DeleteCourseError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`DeleteCourseError::Unauthorized`](crate::errors::DeleteCourseError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`DeleteCourseError::Forbidden`](crate::errors::DeleteCourseError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`DeleteCourseError::NotFound`](crate::errors::DeleteCourseError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`DeleteCourseError::InternalServerError`](crate::errors::DeleteCourseError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`DeleteCourseError::ServiceUnavailable`](crate::errors::DeleteCourseError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeleteCourseError`](crate::errors::DeleteCourseError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, id: & str) -> Result<(), workdrive_client::Error> {
    /// client.delete_course(id).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `cur_page` (query, optional: `.cur_page(…)` on the call): A page number within the paginated result set (from 1).
    /// - `per_page` (query, optional: `.per_page(…)` on the call): Number of results to return per page.
    /// - `sort_direction` (query, optional: `.sort_direction(…)` on the call): Sort direction.
    /// - `filter` (query, optional: `.filter(…)` on the call): Which tasks to list.
    /// - `published` (query, optional: `.published(…)` on the call): Only published (or unpublished) tasks (shown only in the example).
    ///
    /// # Responses
    ///
    /// - `200`: One page of tasks.
    /// - `400`, [`ListTasksError::BadRequest`](crate::errors::ListTasksError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`ListTasksError::Unauthorized`](crate::errors::ListTasksError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`ListTasksError::Forbidden`](crate::errors::ListTasksError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`ListTasksError::NotFound`](crate::errors::ListTasksError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`ListTasksError::InternalServerError`](crate::errors::ListTasksError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`ListTasksError::ServiceUnavailable`](crate::errors::ListTasksError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListTasksError`](crate::errors::ListTasksError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::TryStreamExt;
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client) -> Result<(), workdrive_client::Error> {
    /// let response = client.list_tasks()
    ///     .cur_page(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_tasks().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: The new task.
    /// - `400`, [`CreateTaskError::BadRequest`](crate::errors::CreateTaskError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`CreateTaskError::Unauthorized`](crate::errors::CreateTaskError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`CreateTaskError::Forbidden`](crate::errors::CreateTaskError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`CreateTaskError::NotFound`](crate::errors::CreateTaskError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`CreateTaskError::InternalServerError`](crate::errors::CreateTaskError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`CreateTaskError::ServiceUnavailable`](crate::errors::CreateTaskError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateTaskError`](crate::errors::CreateTaskError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, body: types :: TaskCreate) -> Result<(), workdrive_client::Error> {
    /// let response = client.create_task(&body).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `id` (path): Id of the task to update.
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: The updated task.
    /// - `400`, [`UpdateTaskError::BadRequest`](crate::errors::UpdateTaskError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`UpdateTaskError::Unauthorized`](crate::errors::UpdateTaskError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`UpdateTaskError::Forbidden`](crate::errors::UpdateTaskError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`UpdateTaskError::NotFound`](crate::errors::UpdateTaskError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`UpdateTaskError::InternalServerError`](crate::errors::UpdateTaskError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`UpdateTaskError::ServiceUnavailable`](crate::errors::UpdateTaskError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateTaskError`](crate::errors::UpdateTaskError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, id: & str, body: types :: TaskUpdate) -> Result<(), workdrive_client::Error> {
    /// let response = client.update_task(id, &body).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `id` (path): Id of the task to assign.
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: The task with its assigned users.
    /// - `400`, [`AssignTaskError::BadRequest`](crate::errors::AssignTaskError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`AssignTaskError::Unauthorized`](crate::errors::AssignTaskError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`AssignTaskError::Forbidden`](crate::errors::AssignTaskError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`AssignTaskError::NotFound`](crate::errors::AssignTaskError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`AssignTaskError::InternalServerError`](crate::errors::AssignTaskError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`AssignTaskError::ServiceUnavailable`](crate::errors::AssignTaskError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`AssignTaskError`](crate::errors::AssignTaskError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, id: & str, body: types :: TaskAssign) -> Result<(), workdrive_client::Error> {
    /// let response = client.assign_task(id, &body).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `id` (path): Id of the task to delete.
    ///
    /// # Responses
    ///
    /// - `200`: Success; no response body is documented.
    /// - `400`, [`DeleteTaskError::BadRequest`](crate::errors::DeleteTaskError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`DeleteTaskError::Unauthorized`](crate::errors::DeleteTaskError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`DeleteTaskError::Forbidden`](crate::errors::DeleteTaskError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`DeleteTaskError::NotFound`](crate::errors::DeleteTaskError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`DeleteTaskError::InternalServerError`](crate::errors::DeleteTaskError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`DeleteTaskError::ServiceUnavailable`](crate::errors::DeleteTaskError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeleteTaskError`](crate::errors::DeleteTaskError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, id: & str) -> Result<(), workdrive_client::Error> {
    /// client.delete_task(id).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `cur_page` (query, optional: `.cur_page(…)` on the call): A page number within the paginated result set (from 1).
    /// - `per_page` (query, optional: `.per_page(…)` on the call): Number of results to return per page.
    /// - `group_type` (query, optional: `.group_type(…)` on the call): Only groups of this type.
    /// - `my_group_chats` (query, optional: `.my_group_chats(…)` on the call): Only the groups the user has joined.
    /// - `include_participants` (query, optional: `.include_participants(…)` on the call): Include the participants of the groups.
    /// - `time` (query, optional: `.time(…)` on the call): Only groups created up to this time.
    ///
    /// # Responses
    ///
    /// - `200`: One page of group chats.
    /// - `400`, [`ListGroupChatsError::BadRequest`](crate::errors::ListGroupChatsError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`ListGroupChatsError::Unauthorized`](crate::errors::ListGroupChatsError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`ListGroupChatsError::Forbidden`](crate::errors::ListGroupChatsError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`ListGroupChatsError::NotFound`](crate::errors::ListGroupChatsError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`ListGroupChatsError::InternalServerError`](crate::errors::ListGroupChatsError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`ListGroupChatsError::ServiceUnavailable`](crate::errors::ListGroupChatsError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListGroupChatsError`](crate::errors::ListGroupChatsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::TryStreamExt;
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client) -> Result<(), workdrive_client::Error> {
    /// let response = client.list_group_chats()
    ///     .cur_page(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_group_chats().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: The new group chat.
    /// - `400`, [`CreateGroupChatError::BadRequest`](crate::errors::CreateGroupChatError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`CreateGroupChatError::Unauthorized`](crate::errors::CreateGroupChatError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`CreateGroupChatError::Forbidden`](crate::errors::CreateGroupChatError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`CreateGroupChatError::NotFound`](crate::errors::CreateGroupChatError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`CreateGroupChatError::InternalServerError`](crate::errors::CreateGroupChatError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`CreateGroupChatError::ServiceUnavailable`](crate::errors::CreateGroupChatError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateGroupChatError`](crate::errors::CreateGroupChatError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, body: types :: GroupChatCreate) -> Result<(), workdrive_client::Error> {
    /// let response = client.create_group_chat(&body).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `id` (query, optional: `.id(…)` on the call): Ids of the group chats to delete.
    ///
    /// # Responses
    ///
    /// - `200`: Success; no response body is documented.
    /// - `400`, [`DeleteGroupChatsError::BadRequest`](crate::errors::DeleteGroupChatsError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`DeleteGroupChatsError::Unauthorized`](crate::errors::DeleteGroupChatsError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`DeleteGroupChatsError::Forbidden`](crate::errors::DeleteGroupChatsError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`DeleteGroupChatsError::NotFound`](crate::errors::DeleteGroupChatsError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`DeleteGroupChatsError::InternalServerError`](crate::errors::DeleteGroupChatsError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`DeleteGroupChatsError::ServiceUnavailable`](crate::errors::DeleteGroupChatsError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeleteGroupChatsError`](crate::errors::DeleteGroupChatsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, id: & [String]) -> Result<(), workdrive_client::Error> {
    /// client.delete_group_chats()
    ///     .id(id)
    ///     .await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `id` (path): Id of the conversation (`conversationId` in the documentation).
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: The new meeting.
    /// - `400`, [`CreateConversationMeetingError::BadRequest`](crate::errors::CreateConversationMeetingError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`CreateConversationMeetingError::Unauthorized`](crate::errors::CreateConversationMeetingError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`CreateConversationMeetingError::Forbidden`](crate::errors::CreateConversationMeetingError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`CreateConversationMeetingError::NotFound`](crate::errors::CreateConversationMeetingError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`CreateConversationMeetingError::InternalServerError`](crate::errors::CreateConversationMeetingError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`CreateConversationMeetingError::ServiceUnavailable`](crate::errors::CreateConversationMeetingError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateConversationMeetingError`](crate::errors::CreateConversationMeetingError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, id: & str, body: types :: ConversationMeeting) -> Result<(), workdrive_client::Error> {
    /// let response = client.create_conversation_meeting(id, &body).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `id` (path): Id of the group chat to update.
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: The updated group chat.
    /// - `400`, [`UpdateGroupChatError::BadRequest`](crate::errors::UpdateGroupChatError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`UpdateGroupChatError::Unauthorized`](crate::errors::UpdateGroupChatError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`UpdateGroupChatError::Forbidden`](crate::errors::UpdateGroupChatError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`UpdateGroupChatError::NotFound`](crate::errors::UpdateGroupChatError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`UpdateGroupChatError::InternalServerError`](crate::errors::UpdateGroupChatError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`UpdateGroupChatError::ServiceUnavailable`](crate::errors::UpdateGroupChatError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateGroupChatError`](crate::errors::UpdateGroupChatError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, id: & str, body: types :: GroupChatUpdate) -> Result<(), workdrive_client::Error> {
    /// let response = client.update_group_chat(id, &body).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `conversation_id` (path `conversationId`): Id of the conversation the message goes to.
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: The new message.
    /// - `400`, [`SendMessageError::BadRequest`](crate::errors::SendMessageError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`SendMessageError::Unauthorized`](crate::errors::SendMessageError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`SendMessageError::Forbidden`](crate::errors::SendMessageError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`SendMessageError::NotFound`](crate::errors::SendMessageError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`SendMessageError::InternalServerError`](crate::errors::SendMessageError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`SendMessageError::ServiceUnavailable`](crate::errors::SendMessageError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`SendMessageError`](crate::errors::SendMessageError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, conversation_id: & str, body: types :: MessageSend) -> Result<(), workdrive_client::Error> {
    /// let response = client.send_message(conversation_id, &body).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `cur_page` (query, optional: `.cur_page(…)` on the call): A page number within the paginated result set (from 1).
    /// - `per_page` (query, optional: `.per_page(…)` on the call): Number of results to return per page.
    ///
    /// # Responses
    ///
    /// - `200`: One page of departments.
    /// - `400`, [`ListDepartmentsError::BadRequest`](crate::errors::ListDepartmentsError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`ListDepartmentsError::Unauthorized`](crate::errors::ListDepartmentsError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`ListDepartmentsError::Forbidden`](crate::errors::ListDepartmentsError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`ListDepartmentsError::NotFound`](crate::errors::ListDepartmentsError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`ListDepartmentsError::InternalServerError`](crate::errors::ListDepartmentsError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`ListDepartmentsError::ServiceUnavailable`](crate::errors::ListDepartmentsError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListDepartmentsError`](crate::errors::ListDepartmentsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::TryStreamExt;
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client) -> Result<(), workdrive_client::Error> {
    /// let response = client.list_departments()
    ///     .cur_page(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_departments().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: The new department.
    /// - `400`, [`CreateDepartmentError::BadRequest`](crate::errors::CreateDepartmentError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`CreateDepartmentError::Unauthorized`](crate::errors::CreateDepartmentError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`CreateDepartmentError::Forbidden`](crate::errors::CreateDepartmentError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`CreateDepartmentError::NotFound`](crate::errors::CreateDepartmentError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`CreateDepartmentError::InternalServerError`](crate::errors::CreateDepartmentError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`CreateDepartmentError::ServiceUnavailable`](crate::errors::CreateDepartmentError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateDepartmentError`](crate::errors::CreateDepartmentError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, body: types :: DepartmentCreate) -> Result<(), workdrive_client::Error> {
    /// let response = client.create_department(&body).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `id` (path): Id of the department.
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: The department.
    /// - `400`, [`UpdateDepartmentHeadsError::BadRequest`](crate::errors::UpdateDepartmentHeadsError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`UpdateDepartmentHeadsError::Unauthorized`](crate::errors::UpdateDepartmentHeadsError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`UpdateDepartmentHeadsError::Forbidden`](crate::errors::UpdateDepartmentHeadsError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`UpdateDepartmentHeadsError::NotFound`](crate::errors::UpdateDepartmentHeadsError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`UpdateDepartmentHeadsError::InternalServerError`](crate::errors::UpdateDepartmentHeadsError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`UpdateDepartmentHeadsError::ServiceUnavailable`](crate::errors::UpdateDepartmentHeadsError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateDepartmentHeadsError`](crate::errors::UpdateDepartmentHeadsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, id: & str, body: types :: DepartmentHeadsUpdate) -> Result<(), workdrive_client::Error> {
    /// let response = client.update_department_heads(id, &body).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `id` (path): Id of the department.
    ///
    /// # Responses
    ///
    /// - `200`: The department with its members.
    /// - `400`, [`GetDepartmentMembersError::BadRequest`](crate::errors::GetDepartmentMembersError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`GetDepartmentMembersError::Unauthorized`](crate::errors::GetDepartmentMembersError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`GetDepartmentMembersError::Forbidden`](crate::errors::GetDepartmentMembersError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`GetDepartmentMembersError::NotFound`](crate::errors::GetDepartmentMembersError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`GetDepartmentMembersError::InternalServerError`](crate::errors::GetDepartmentMembersError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`GetDepartmentMembersError::ServiceUnavailable`](crate::errors::GetDepartmentMembersError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetDepartmentMembersError`](crate::errors::GetDepartmentMembersError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, id: & str) -> Result<(), workdrive_client::Error> {
    /// let response = client.get_department_members(id).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `id` (path): Id of the department.
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: The department with its members.
    /// - `400`, [`UpdateDepartmentMembersError::BadRequest`](crate::errors::UpdateDepartmentMembersError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`UpdateDepartmentMembersError::Unauthorized`](crate::errors::UpdateDepartmentMembersError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`UpdateDepartmentMembersError::Forbidden`](crate::errors::UpdateDepartmentMembersError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`UpdateDepartmentMembersError::NotFound`](crate::errors::UpdateDepartmentMembersError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`UpdateDepartmentMembersError::InternalServerError`](crate::errors::UpdateDepartmentMembersError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`UpdateDepartmentMembersError::ServiceUnavailable`](crate::errors::UpdateDepartmentMembersError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateDepartmentMembersError`](crate::errors::UpdateDepartmentMembersError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, id: & str, body: types :: DepartmentMembersUpdate) -> Result<(), workdrive_client::Error> {
    /// let response = client.update_department_members(id, &body).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `id` (path): Id of the department to delete.
    ///
    /// # Responses
    ///
    /// - `200`: Success; no response body is documented.
    /// - `400`, [`DeleteDepartmentError::BadRequest`](crate::errors::DeleteDepartmentError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`DeleteDepartmentError::Unauthorized`](crate::errors::DeleteDepartmentError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`DeleteDepartmentError::Forbidden`](crate::errors::DeleteDepartmentError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`DeleteDepartmentError::NotFound`](crate::errors::DeleteDepartmentError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`DeleteDepartmentError::InternalServerError`](crate::errors::DeleteDepartmentError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`DeleteDepartmentError::ServiceUnavailable`](crate::errors::DeleteDepartmentError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeleteDepartmentError`](crate::errors::DeleteDepartmentError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, id: & str) -> Result<(), workdrive_client::Error> {
    /// client.delete_department(id).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `id` (path): Id of the department to update.
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: The department.
    /// - `400`, [`UpdateDepartmentError::BadRequest`](crate::errors::UpdateDepartmentError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`UpdateDepartmentError::Unauthorized`](crate::errors::UpdateDepartmentError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`UpdateDepartmentError::Forbidden`](crate::errors::UpdateDepartmentError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`UpdateDepartmentError::NotFound`](crate::errors::UpdateDepartmentError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`UpdateDepartmentError::InternalServerError`](crate::errors::UpdateDepartmentError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`UpdateDepartmentError::ServiceUnavailable`](crate::errors::UpdateDepartmentError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateDepartmentError`](crate::errors::UpdateDepartmentError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, id: & str, body: types :: DepartmentUpdate) -> Result<(), workdrive_client::Error> {
    /// let response = client.update_department(id, &body).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `cur_page` (query, optional: `.cur_page(…)` on the call): A page number within the paginated result set (from 1).
    /// - `per_page` (query, optional: `.per_page(…)` on the call): Number of results to return per page.
    ///
    /// # Responses
    ///
    /// - `200`: One page of locations.
    /// - `400`, [`ListLocationsError::BadRequest`](crate::errors::ListLocationsError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`ListLocationsError::Unauthorized`](crate::errors::ListLocationsError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`ListLocationsError::Forbidden`](crate::errors::ListLocationsError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`ListLocationsError::NotFound`](crate::errors::ListLocationsError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`ListLocationsError::InternalServerError`](crate::errors::ListLocationsError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`ListLocationsError::ServiceUnavailable`](crate::errors::ListLocationsError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListLocationsError`](crate::errors::ListLocationsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::TryStreamExt;
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client) -> Result<(), workdrive_client::Error> {
    /// let response = client.list_locations()
    ///     .cur_page(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_locations().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: Success; no response body is documented.
    /// - `400`, [`CreateLocationError::BadRequest`](crate::errors::CreateLocationError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`CreateLocationError::Unauthorized`](crate::errors::CreateLocationError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`CreateLocationError::Forbidden`](crate::errors::CreateLocationError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`CreateLocationError::NotFound`](crate::errors::CreateLocationError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`CreateLocationError::InternalServerError`](crate::errors::CreateLocationError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`CreateLocationError::ServiceUnavailable`](crate::errors::CreateLocationError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateLocationError`](crate::errors::CreateLocationError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, body: types :: LocationCreate) -> Result<(), workdrive_client::Error> {
    /// client.create_location(&body).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `id` (path): Id of the location (the documentation says "Id of the Department").
    ///
    /// # Responses
    ///
    /// - `200`: The location with its members.
    /// - `400`, [`GetLocationMembersError::BadRequest`](crate::errors::GetLocationMembersError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`GetLocationMembersError::Unauthorized`](crate::errors::GetLocationMembersError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`GetLocationMembersError::Forbidden`](crate::errors::GetLocationMembersError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`GetLocationMembersError::NotFound`](crate::errors::GetLocationMembersError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`GetLocationMembersError::InternalServerError`](crate::errors::GetLocationMembersError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`GetLocationMembersError::ServiceUnavailable`](crate::errors::GetLocationMembersError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetLocationMembersError`](crate::errors::GetLocationMembersError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, id: & str) -> Result<(), workdrive_client::Error> {
    /// let response = client.get_location_members(id).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `id` (path): Id of the location.
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: The location with its members.
    /// - `400`, [`UpdateLocationMembersError::BadRequest`](crate::errors::UpdateLocationMembersError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`UpdateLocationMembersError::Unauthorized`](crate::errors::UpdateLocationMembersError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`UpdateLocationMembersError::Forbidden`](crate::errors::UpdateLocationMembersError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`UpdateLocationMembersError::NotFound`](crate::errors::UpdateLocationMembersError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`UpdateLocationMembersError::InternalServerError`](crate::errors::UpdateLocationMembersError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`UpdateLocationMembersError::ServiceUnavailable`](crate::errors::UpdateLocationMembersError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateLocationMembersError`](crate::errors::UpdateLocationMembersError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, id: & str, body: types :: LocationMembersUpdate) -> Result<(), workdrive_client::Error> {
    /// let response = client.update_location_members(id, &body).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `id` (path): Id of the location to delete.
    ///
    /// # Responses
    ///
    /// - `200`: Success; no response body is documented.
    /// - `400`, [`DeleteLocationError::BadRequest`](crate::errors::DeleteLocationError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`DeleteLocationError::Unauthorized`](crate::errors::DeleteLocationError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`DeleteLocationError::Forbidden`](crate::errors::DeleteLocationError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`DeleteLocationError::NotFound`](crate::errors::DeleteLocationError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`DeleteLocationError::InternalServerError`](crate::errors::DeleteLocationError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`DeleteLocationError::ServiceUnavailable`](crate::errors::DeleteLocationError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeleteLocationError`](crate::errors::DeleteLocationError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, id: & str) -> Result<(), workdrive_client::Error> {
    /// client.delete_location(id).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `id` (path): Id of the location to update.
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: The location.
    /// - `400`, [`UpdateLocationError::BadRequest`](crate::errors::UpdateLocationError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`UpdateLocationError::Unauthorized`](crate::errors::UpdateLocationError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`UpdateLocationError::Forbidden`](crate::errors::UpdateLocationError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`UpdateLocationError::NotFound`](crate::errors::UpdateLocationError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`UpdateLocationError::InternalServerError`](crate::errors::UpdateLocationError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`UpdateLocationError::ServiceUnavailable`](crate::errors::UpdateLocationError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateLocationError`](crate::errors::UpdateLocationError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, id: & str, body: types :: LocationUpdate) -> Result<(), workdrive_client::Error> {
    /// let response = client.update_location(id, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_location(
        &self,
        id: &str,
        body: &types::LocationUpdate,
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
    /// # Parameters
    ///
    /// - `cur_page` (query, optional: `.cur_page(…)` on the call): A page number within the paginated result set (from 1).
    /// - `per_page` (query, optional: `.per_page(…)` on the call): Number of results to return per page.
    ///
    /// # Responses
    ///
    /// - `200`: One page of security groups.
    /// - `400`, [`ListSecurityGroupsError::BadRequest`](crate::errors::ListSecurityGroupsError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`ListSecurityGroupsError::Unauthorized`](crate::errors::ListSecurityGroupsError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`ListSecurityGroupsError::Forbidden`](crate::errors::ListSecurityGroupsError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`ListSecurityGroupsError::NotFound`](crate::errors::ListSecurityGroupsError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`ListSecurityGroupsError::InternalServerError`](crate::errors::ListSecurityGroupsError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`ListSecurityGroupsError::ServiceUnavailable`](crate::errors::ListSecurityGroupsError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListSecurityGroupsError`](crate::errors::ListSecurityGroupsError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::TryStreamExt;
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client) -> Result<(), workdrive_client::Error> {
    /// let response = client.list_security_groups()
    ///     .cur_page(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_security_groups().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `group_id` (path `groupId`): Id of the security group (see `list_security_groups`).
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: Success; no response body is documented.
    /// - `400`, [`AddSecurityGroupMembersError::BadRequest`](crate::errors::AddSecurityGroupMembersError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`AddSecurityGroupMembersError::Unauthorized`](crate::errors::AddSecurityGroupMembersError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`AddSecurityGroupMembersError::Forbidden`](crate::errors::AddSecurityGroupMembersError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`AddSecurityGroupMembersError::NotFound`](crate::errors::AddSecurityGroupMembersError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`AddSecurityGroupMembersError::InternalServerError`](crate::errors::AddSecurityGroupMembersError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`AddSecurityGroupMembersError::ServiceUnavailable`](crate::errors::AddSecurityGroupMembersError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`AddSecurityGroupMembersError`](crate::errors::AddSecurityGroupMembersError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, group_id: & str, body: types :: SecurityGroupMembers) -> Result<(), workdrive_client::Error> {
    /// client.add_security_group_members(group_id, &body).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `group_id` (path `groupId`): Id of the security group (see `list_security_groups`).
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `200`: Success; no response body is documented.
    /// - `400`, [`RemoveSecurityGroupMembersError::BadRequest`](crate::errors::RemoveSecurityGroupMembersError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`RemoveSecurityGroupMembersError::Unauthorized`](crate::errors::RemoveSecurityGroupMembersError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`RemoveSecurityGroupMembersError::Forbidden`](crate::errors::RemoveSecurityGroupMembersError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`RemoveSecurityGroupMembersError::NotFound`](crate::errors::RemoveSecurityGroupMembersError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`RemoveSecurityGroupMembersError::InternalServerError`](crate::errors::RemoveSecurityGroupMembersError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`RemoveSecurityGroupMembersError::ServiceUnavailable`](crate::errors::RemoveSecurityGroupMembersError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`RemoveSecurityGroupMembersError`](crate::errors::RemoveSecurityGroupMembersError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, group_id: & str, body: types :: SecurityGroupMembers) -> Result<(), workdrive_client::Error> {
    /// client.remove_security_group_members(group_id, &body).await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `manage` (query, optional: `.manage(…)` on the call): List the admin-level entries.
    /// - `location` (query, optional: `.location(…)` on the call): Only entries of this location (see `list_locations`).
    /// - `department` (query, optional: `.department(…)` on the call): Only entries of this department (see `list_departments`).
    ///
    /// # Responses
    ///
    /// - `200`: The entries.
    /// - `400`, [`ListSsosError::BadRequest`](crate::errors::ListSsosError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`ListSsosError::Unauthorized`](crate::errors::ListSsosError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`ListSsosError::Forbidden`](crate::errors::ListSsosError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`ListSsosError::NotFound`](crate::errors::ListSsosError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`ListSsosError::InternalServerError`](crate::errors::ListSsosError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`ListSsosError::ServiceUnavailable`](crate::errors::ListSsosError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ListSsosError`](crate::errors::ListSsosError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client) -> Result<(), workdrive_client::Error> {
    /// let response = client.list_ssos()
    ///     .manage(false)
    ///     .await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    /// - `manage` (query, optional: `.manage(…)` on the call): Create an admin-level entry.
    ///
    /// # Responses
    ///
    /// - `200`: The new entry.
    /// - `400`, [`CreateSsoError::BadRequest`](crate::errors::CreateSsoError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`CreateSsoError::Unauthorized`](crate::errors::CreateSsoError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`CreateSsoError::Forbidden`](crate::errors::CreateSsoError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`CreateSsoError::NotFound`](crate::errors::CreateSsoError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`CreateSsoError::InternalServerError`](crate::errors::CreateSsoError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`CreateSsoError::ServiceUnavailable`](crate::errors::CreateSsoError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateSsoError`](crate::errors::CreateSsoError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, body: types :: SsoCreate) -> Result<(), workdrive_client::Error> {
    /// let response = client.create_sso(&body)
    ///     .manage(true)
    ///     .await?;
    /// # Ok(())
    /// # }
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
    /// # Parameters
    ///
    /// - `mime` (query): MIME type of the file.
    /// - `name` (query): Name of the file.
    /// - `module_code` (query `moduleCode`): Code of the module the media is for (see `list_module_codes`).
    ///
    /// # Responses
    ///
    /// - `200`: The upload ticket.
    /// - `400`, [`GetMediaUploadUrlError::BadRequest`](crate::errors::GetMediaUploadUrlError::BadRequest) with no decoded body: Bad Request: the request is invalid.
    /// - `401`, [`GetMediaUploadUrlError::Unauthorized`](crate::errors::GetMediaUploadUrlError::Unauthorized) with no decoded body: Unauthorized: the API key is wrong.
    /// - `403`, [`GetMediaUploadUrlError::Forbidden`](crate::errors::GetMediaUploadUrlError::Forbidden) with no decoded body: Forbidden: the requested content is for administrators only.
    /// - `404`, [`GetMediaUploadUrlError::NotFound`](crate::errors::GetMediaUploadUrlError::NotFound) with no decoded body: Not Found: the specified content could not be found.
    /// - `500`, [`GetMediaUploadUrlError::InternalServerError`](crate::errors::GetMediaUploadUrlError::InternalServerError) with no decoded body: Internal Server Error: a problem with the server; try again later.
    /// - `503`, [`GetMediaUploadUrlError::ServiceUnavailable`](crate::errors::GetMediaUploadUrlError::ServiceUnavailable) with no decoded body: Service Unavailable: temporarily offline for maintenance; try again later.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetMediaUploadUrlError`](crate::errors::GetMediaUploadUrlError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use workdrive_client::types;
    /// # async fn example(client: &workdrive_client::Client, mime: & str, name: & str, module_code: i64) -> Result<(), workdrive_client::Error> {
    /// let response = client.get_media_upload_url(mime, name, module_code).await?;
    /// # Ok(())
    /// # }
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
