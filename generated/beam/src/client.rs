// This file is generated from specs/beam.yaml by `cargo xtask generate`. Do not edit it by hand.

use codegen_runtime::{ClientCore, Method, RequestSpec, RetryPolicy};
use codegen_runtime::{PageKind, Pagination};
use codegen_runtime::{CredentialSource, SchemeLocation, Secret, SecurityScheme};
use crate::ops;
use crate::types;
use crate::ItemStream;
use crate::Call;

static SCHEME_API_KEY: SecurityScheme = SecurityScheme {
    name: "api_key",
    location: SchemeLocation::Header("Authorization"),
    prefix: "",
};

static SECURITY_0: &[&[&SecurityScheme]] = &[&[&SCHEME_API_KEY]];

static LIST_USERS_PAGES: Pagination = Pagination {
    kind: PageKind::Offset {
        param: "offset",
    },
    size_param: Some("limit"),
    items: "/objects",
    next: Some("/meta/next"),
    total: Some("/meta/total_count"),
};

static LIST_DEVICES_PAGES: Pagination = Pagination {
    kind: PageKind::Offset {
        param: "offset",
    },
    size_param: Some("limit"),
    items: "/objects",
    next: Some("/meta/next"),
    total: Some("/meta/total_count"),
};

static LIST_DEVICE_GROUPS_PAGES: Pagination = Pagination {
    kind: PageKind::Offset {
        param: "offset",
    },
    size_param: Some("limit"),
    items: "/objects",
    next: Some("/meta/next"),
    total: Some("/meta/total_count"),
};

static LIST_USER_GROUPS_PAGES: Pagination = Pagination {
    kind: PageKind::Offset {
        param: "offset",
    },
    size_param: Some("limit"),
    items: "/objects",
    next: Some("/meta/next"),
    total: Some("/meta/total_count"),
};

static LIST_DEVICE_GROUP_MEMBERSHIPS_PAGES: Pagination = Pagination {
    kind: PageKind::Offset {
        param: "offset",
    },
    size_param: Some("limit"),
    items: "/objects",
    next: Some("/meta/next"),
    total: Some("/meta/total_count"),
};

static LIST_ACCESS_TIMES_PAGES: Pagination = Pagination {
    kind: PageKind::Offset {
        param: "offset",
    },
    size_param: Some("limit"),
    items: "/objects",
    next: Some("/meta/next"),
    total: Some("/meta/total_count"),
};

static LIST_DEFAULT_ACCESS_TIMES_PAGES: Pagination = Pagination {
    kind: PageKind::Offset {
        param: "offset",
    },
    size_param: Some("limit"),
    items: "/objects",
    next: Some("/meta/next"),
    total: Some("/meta/total_count"),
};

static LIST_TEMPORARY_ACCESS_PAGES: Pagination = Pagination {
    kind: PageKind::Offset {
        param: "offset",
    },
    size_param: Some("limit"),
    items: "/objects",
    next: Some("/meta/next"),
    total: Some("/meta/total_count"),
};

static LIST_API_KEYS_PAGES: Pagination = Pagination {
    kind: PageKind::Offset {
        param: "offset",
    },
    size_param: Some("limit"),
    items: "/objects",
    next: Some("/meta/next"),
    total: Some("/meta/total_count"),
};

static LIST_ACCESS_TIME_TEMPLATES_PAGES: Pagination = Pagination {
    kind: PageKind::Offset {
        param: "offset",
    },
    size_param: Some("limit"),
    items: "/objects",
    next: Some("/meta/next"),
    total: Some("/meta/total_count"),
};

/// A client for Beam Management API 1.
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
    /// Sets the credential of the `api_key` security scheme, sent in the `Authorization` header. It never appears in `Debug` output or logs.
    ///
    /// The API key as is, with no scheme word: `APIKEY:<public id>:<secret>`.
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
    /// The base URL of the spec's first server (`https://suitabletech.com/admin-api/1`).
    pub const DEFAULT_BASE_URL: &'static str = "https://suitabletech.com/admin-api/1";

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

    /// Get organization info
    ///
    /// `GET /info/` (get_info)
    ///
    /// Get organization info.
    ///
    /// # Responses
    ///
    /// - `200`: OK
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client) -> Result<(), beam_client::Error> {
    /// let response = client.get_info().await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_info(&self) -> Call<types::Info, ops::GetInfo> {
        let mut req = RequestSpec::new("get_info", Method::GET, "/info/", &[]);
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// List users
    ///
    /// `GET /users/` (list_users)
    ///
    /// List users.
    ///
    /// # Parameters
    ///
    /// - `include_temporary` (query, optional: `.include_temporary(…)` on the call): Whether to include temporary users (default true).
    /// - `limit` (query, optional: `.limit(…)` on the call): The maximum number of objects to return (default 20).
    /// - `offset` (query, optional: `.offset(…)` on the call): The index of the first object to return (default 0).
    ///
    /// # Responses
    ///
    /// - `200`: One page of User objects.
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::TryStreamExt;
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client) -> Result<(), beam_client::Error> {
    /// let response = client.list_users()
    ///     .include_temporary(true)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_users().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_users(&self) -> Call<types::UserList, ops::ListUsers> {
        let mut req = RequestSpec::new("list_users", Method::GET, "/users/", &[]);
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get a user
    ///
    /// `GET /users/{email}/` (get_user)
    ///
    /// Get a user.
    ///
    /// # Parameters
    ///
    /// - `email` (path): The user's email address.
    ///
    /// # Responses
    ///
    /// - `200`: OK
    /// - `404`, [`GetUserError::NotFound`](crate::errors::GetUserError::NotFound) with no decoded body: No such object.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetUserError`](crate::errors::GetUserError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, email: & str) -> Result<(), beam_client::Error> {
    /// let response = client.get_user(email).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_user(&self, email: &str) -> Call<types::User, ops::GetUser> {
        let mut req = RequestSpec::new(
            "get_user",
            Method::GET,
            "/users/{email}/",
            &[&email],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Patch a user
    ///
    /// `PATCH /users/{email}/` (patch_user)
    ///
    /// Patch a user. At this time, the only field available for patching is `is_admin`.
    ///
    /// # Parameters
    ///
    /// - `email` (path): The user's email address.
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `202`: Accepted.
    /// - `404`, [`PatchUserError::NotFound`](crate::errors::PatchUserError::NotFound) with no decoded body: No such object.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`PatchUserError`](crate::errors::PatchUserError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, email: & str, body: types :: UserPatch) -> Result<(), beam_client::Error> {
    /// client.patch_user(email, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn patch_user(
        &self,
        email: &str,
        body: &types::UserPatch,
    ) -> Call<(), ops::PatchUser> {
        let mut req = RequestSpec::new(
            "patch_user",
            Method::PATCH,
            "/users/{email}/",
            &[&email],
        );
        req.security = SECURITY_0;
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Invite a user
    ///
    /// `POST /invite/` (invite_user)
    ///
    /// Invite a user.
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    /// - `send_mail` (query, optional: `.send_mail(…)` on the call): Whether to email the user (default true).
    ///
    /// # Responses
    ///
    /// - `201`: The invitation was sent.
    /// - `400`, [`InviteUserError::BadRequest`](crate::errors::InviteUserError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): The request is invalid.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`InviteUserError`](crate::errors::InviteUserError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, body: types :: Invitation) -> Result<(), beam_client::Error> {
    /// let response = client.invite_user(&body)
    ///     .send_mail(false)
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn invite_user(
        &self,
        body: &types::Invitation,
    ) -> Call<types::Invitation, ops::InviteUser> {
        let mut req = RequestSpec::new("invite_user", Method::POST, "/invite/", &[]);
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// List devices
    ///
    /// `GET /devices/` (list_devices)
    ///
    /// List devices.
    ///
    /// # Parameters
    ///
    /// - `device_group` (query, optional: `.device_group(…)` on the call): Only devices of this device group.
    /// - `inline` (query, optional: `.inline(…)` on the call): A comma-separated list of fields to return as embedded objects instead of IDs; any of: `device_group`.
    /// - `limit` (query, optional: `.limit(…)` on the call): The maximum number of objects to return (default 20).
    /// - `offset` (query, optional: `.offset(…)` on the call): The index of the first object to return (default 0).
    ///
    /// # Responses
    ///
    /// - `200`: One page of Device objects.
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::TryStreamExt;
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client) -> Result<(), beam_client::Error> {
    /// let response = client.list_devices()
    ///     .device_group(6)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_devices().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_devices(&self) -> Call<types::DeviceList, ops::ListDevices> {
        let mut req = RequestSpec::new("list_devices", Method::GET, "/devices/", &[]);
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Get a device
    ///
    /// `GET /devices/{id}/` (get_device)
    ///
    /// Get a device.
    ///
    /// # Parameters
    ///
    /// - `id` (path): The device ID.
    /// - `inline` (query, optional: `.inline(…)` on the call): A comma-separated list of fields to return as embedded objects instead of IDs; any of: `device_group`.
    ///
    /// # Responses
    ///
    /// - `200`: OK
    /// - `404`, [`GetDeviceError::NotFound`](crate::errors::GetDeviceError::NotFound) with no decoded body: No such object.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetDeviceError`](crate::errors::GetDeviceError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, id: & str) -> Result<(), beam_client::Error> {
    /// let response = client.get_device(id)
    ///     .inline("device_group")
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_device(&self, id: &str) -> Call<types::Device, ops::GetDevice> {
        let mut req = RequestSpec::new(
            "get_device",
            Method::GET,
            "/devices/{id}/",
            &[&id],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Replace a device
    ///
    /// `PUT /devices/{id}/` (update_device)
    ///
    /// Replace a device; fields not sent go back to their defaults.
    ///
    /// # Parameters
    ///
    /// - `id` (path): The device ID.
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `204`: Replaced.
    /// - `400`, [`UpdateDeviceError::BadRequest`](crate::errors::UpdateDeviceError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): The request is invalid.
    /// - `404`, [`UpdateDeviceError::NotFound`](crate::errors::UpdateDeviceError::NotFound) with no decoded body: No such object.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateDeviceError`](crate::errors::UpdateDeviceError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, id: & str, body: types :: DevicePut) -> Result<(), beam_client::Error> {
    /// client.update_device(id, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_device(
        &self,
        id: &str,
        body: &types::DevicePut,
    ) -> Call<(), ops::UpdateDevice> {
        let mut req = RequestSpec::new(
            "update_device",
            Method::PUT,
            "/devices/{id}/",
            &[&id],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Patch a device
    ///
    /// `PATCH /devices/{id}/` (patch_device)
    ///
    /// Patch a device.
    ///
    /// # Parameters
    ///
    /// - `id` (path): The device ID.
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `202`: Accepted.
    /// - `400`, [`PatchDeviceError::BadRequest`](crate::errors::PatchDeviceError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): The request is invalid.
    /// - `404`, [`PatchDeviceError::NotFound`](crate::errors::PatchDeviceError::NotFound) with no decoded body: No such object.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`PatchDeviceError`](crate::errors::PatchDeviceError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, id: & str, body: types :: DevicePatch) -> Result<(), beam_client::Error> {
    /// client.patch_device(id, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn patch_device(
        &self,
        id: &str,
        body: &types::DevicePatch,
    ) -> Call<(), ops::PatchDevice> {
        let mut req = RequestSpec::new(
            "patch_device",
            Method::PATCH,
            "/devices/{id}/",
            &[&id],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// List DeviceGroup
    ///
    /// `GET /device-groups/` (list_device_groups)
    ///
    /// List DeviceGroup.
    ///
    /// # Parameters
    ///
    /// - `limit` (query, optional: `.limit(…)` on the call): The maximum number of objects to return (default 20).
    /// - `offset` (query, optional: `.offset(…)` on the call): The index of the first object to return (default 0).
    ///
    /// # Responses
    ///
    /// - `200`: One page of DeviceGroup objects.
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::TryStreamExt;
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client) -> Result<(), beam_client::Error> {
    /// let response = client.list_device_groups()
    ///     .limit(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_device_groups().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_device_groups(
        &self,
    ) -> Call<types::DeviceGroupList, ops::ListDeviceGroups> {
        let mut req = RequestSpec::new(
            "list_device_groups",
            Method::GET,
            "/device-groups/",
            &[],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Create a DeviceGroup
    ///
    /// `POST /device-groups/` (create_device_group)
    ///
    /// Create a DeviceGroup.
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `201`: Created.
    /// - `400`, [`CreateDeviceGroupError::BadRequest`](crate::errors::CreateDeviceGroupError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): The request is invalid.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateDeviceGroupError`](crate::errors::CreateDeviceGroupError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, body: types :: DeviceGroupWrite) -> Result<(), beam_client::Error> {
    /// client.create_device_group(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn create_device_group(
        &self,
        body: &types::DeviceGroupWrite,
    ) -> Call<(), ops::CreateDeviceGroup> {
        let mut req = RequestSpec::new(
            "create_device_group",
            Method::POST,
            "/device-groups/",
            &[],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Get a DeviceGroup
    ///
    /// `GET /device-groups/{id}/` (get_device_group)
    ///
    /// Get a DeviceGroup.
    ///
    /// # Parameters
    ///
    /// - `id` (path): The object's ID.
    ///
    /// # Responses
    ///
    /// - `200`: OK
    /// - `404`, [`GetDeviceGroupError::NotFound`](crate::errors::GetDeviceGroupError::NotFound) with no decoded body: No such object.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetDeviceGroupError`](crate::errors::GetDeviceGroupError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, id: i64) -> Result<(), beam_client::Error> {
    /// let response = client.get_device_group(id).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_device_group(
        &self,
        id: i64,
    ) -> Call<types::DeviceGroup, ops::GetDeviceGroup> {
        let mut req = RequestSpec::new(
            "get_device_group",
            Method::GET,
            "/device-groups/{id}/",
            &[&id],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Replace a DeviceGroup
    ///
    /// `PUT /device-groups/{id}/` (update_device_group)
    ///
    /// Replace a DeviceGroup.
    ///
    /// # Parameters
    ///
    /// - `id` (path): The object's ID.
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `204`: Replaced.
    /// - `400`, [`UpdateDeviceGroupError::BadRequest`](crate::errors::UpdateDeviceGroupError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): The request is invalid.
    /// - `404`, [`UpdateDeviceGroupError::NotFound`](crate::errors::UpdateDeviceGroupError::NotFound) with no decoded body: No such object.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateDeviceGroupError`](crate::errors::UpdateDeviceGroupError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, id: i64, body: types :: DeviceGroupWrite) -> Result<(), beam_client::Error> {
    /// client.update_device_group(id, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_device_group(
        &self,
        id: i64,
        body: &types::DeviceGroupWrite,
    ) -> Call<(), ops::UpdateDeviceGroup> {
        let mut req = RequestSpec::new(
            "update_device_group",
            Method::PUT,
            "/device-groups/{id}/",
            &[&id],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Delete a DeviceGroup
    ///
    /// `DELETE /device-groups/{id}/` (delete_device_group)
    ///
    /// Delete a DeviceGroup.
    ///
    /// # Parameters
    ///
    /// - `id` (path): The object's ID.
    ///
    /// # Responses
    ///
    /// - `204`: Deleted.
    /// - `404`, [`DeleteDeviceGroupError::NotFound`](crate::errors::DeleteDeviceGroupError::NotFound) with no decoded body: No such object.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeleteDeviceGroupError`](crate::errors::DeleteDeviceGroupError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, id: i64) -> Result<(), beam_client::Error> {
    /// client.delete_device_group(id).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn delete_device_group(&self, id: i64) -> Call<(), ops::DeleteDeviceGroup> {
        let mut req = RequestSpec::new(
            "delete_device_group",
            Method::DELETE,
            "/device-groups/{id}/",
            &[&id],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Patch a DeviceGroup
    ///
    /// `PATCH /device-groups/{id}/` (patch_device_group)
    ///
    /// Patch a DeviceGroup.
    ///
    /// # Parameters
    ///
    /// - `id` (path): The object's ID.
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `202`: Accepted.
    /// - `400`, [`PatchDeviceGroupError::BadRequest`](crate::errors::PatchDeviceGroupError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): The request is invalid.
    /// - `404`, [`PatchDeviceGroupError::NotFound`](crate::errors::PatchDeviceGroupError::NotFound) with no decoded body: No such object.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`PatchDeviceGroupError`](crate::errors::PatchDeviceGroupError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, id: i64, body: types :: DeviceGroupPatch) -> Result<(), beam_client::Error> {
    /// client.patch_device_group(id, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn patch_device_group(
        &self,
        id: i64,
        body: &types::DeviceGroupPatch,
    ) -> Call<(), ops::PatchDeviceGroup> {
        let mut req = RequestSpec::new(
            "patch_device_group",
            Method::PATCH,
            "/device-groups/{id}/",
            &[&id],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// List UserGroup
    ///
    /// `GET /user-groups/` (list_user_groups)
    ///
    /// List UserGroup.
    ///
    /// # Parameters
    ///
    /// - `limit` (query, optional: `.limit(…)` on the call): The maximum number of objects to return (default 20).
    /// - `offset` (query, optional: `.offset(…)` on the call): The index of the first object to return (default 0).
    ///
    /// # Responses
    ///
    /// - `200`: One page of UserGroup objects.
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::TryStreamExt;
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client) -> Result<(), beam_client::Error> {
    /// let response = client.list_user_groups()
    ///     .limit(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_user_groups().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_user_groups(&self) -> Call<types::UserGroupList, ops::ListUserGroups> {
        let mut req = RequestSpec::new(
            "list_user_groups",
            Method::GET,
            "/user-groups/",
            &[],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Create a UserGroup
    ///
    /// `POST /user-groups/` (create_user_group)
    ///
    /// Create a UserGroup.
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `201`: Created.
    /// - `400`, [`CreateUserGroupError::BadRequest`](crate::errors::CreateUserGroupError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): The request is invalid.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateUserGroupError`](crate::errors::CreateUserGroupError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, body: types :: UserGroupWrite) -> Result<(), beam_client::Error> {
    /// client.create_user_group(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn create_user_group(
        &self,
        body: &types::UserGroupWrite,
    ) -> Call<(), ops::CreateUserGroup> {
        let mut req = RequestSpec::new(
            "create_user_group",
            Method::POST,
            "/user-groups/",
            &[],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Get a UserGroup
    ///
    /// `GET /user-groups/{id}/` (get_user_group)
    ///
    /// Get a UserGroup.
    ///
    /// # Parameters
    ///
    /// - `id` (path): The object's ID.
    ///
    /// # Responses
    ///
    /// - `200`: OK
    /// - `404`, [`GetUserGroupError::NotFound`](crate::errors::GetUserGroupError::NotFound) with no decoded body: No such object.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetUserGroupError`](crate::errors::GetUserGroupError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, id: i64) -> Result<(), beam_client::Error> {
    /// let response = client.get_user_group(id).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_user_group(&self, id: i64) -> Call<types::UserGroup, ops::GetUserGroup> {
        let mut req = RequestSpec::new(
            "get_user_group",
            Method::GET,
            "/user-groups/{id}/",
            &[&id],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Replace a UserGroup
    ///
    /// `PUT /user-groups/{id}/` (update_user_group)
    ///
    /// Replace a UserGroup.
    ///
    /// # Parameters
    ///
    /// - `id` (path): The object's ID.
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `204`: Replaced.
    /// - `400`, [`UpdateUserGroupError::BadRequest`](crate::errors::UpdateUserGroupError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): The request is invalid.
    /// - `404`, [`UpdateUserGroupError::NotFound`](crate::errors::UpdateUserGroupError::NotFound) with no decoded body: No such object.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateUserGroupError`](crate::errors::UpdateUserGroupError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, id: i64, body: types :: UserGroupWrite) -> Result<(), beam_client::Error> {
    /// client.update_user_group(id, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_user_group(
        &self,
        id: i64,
        body: &types::UserGroupWrite,
    ) -> Call<(), ops::UpdateUserGroup> {
        let mut req = RequestSpec::new(
            "update_user_group",
            Method::PUT,
            "/user-groups/{id}/",
            &[&id],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Delete a UserGroup
    ///
    /// `DELETE /user-groups/{id}/` (delete_user_group)
    ///
    /// Delete a UserGroup.
    ///
    /// # Parameters
    ///
    /// - `id` (path): The object's ID.
    ///
    /// # Responses
    ///
    /// - `204`: Deleted.
    /// - `404`, [`DeleteUserGroupError::NotFound`](crate::errors::DeleteUserGroupError::NotFound) with no decoded body: No such object.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeleteUserGroupError`](crate::errors::DeleteUserGroupError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, id: i64) -> Result<(), beam_client::Error> {
    /// client.delete_user_group(id).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn delete_user_group(&self, id: i64) -> Call<(), ops::DeleteUserGroup> {
        let mut req = RequestSpec::new(
            "delete_user_group",
            Method::DELETE,
            "/user-groups/{id}/",
            &[&id],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Patch a UserGroup
    ///
    /// `PATCH /user-groups/{id}/` (patch_user_group)
    ///
    /// Patch a UserGroup.
    ///
    /// # Parameters
    ///
    /// - `id` (path): The object's ID.
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `202`: Accepted.
    /// - `400`, [`PatchUserGroupError::BadRequest`](crate::errors::PatchUserGroupError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): The request is invalid.
    /// - `404`, [`PatchUserGroupError::NotFound`](crate::errors::PatchUserGroupError::NotFound) with no decoded body: No such object.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`PatchUserGroupError`](crate::errors::PatchUserGroupError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, id: i64, body: types :: UserGroupPatch) -> Result<(), beam_client::Error> {
    /// client.patch_user_group(id, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn patch_user_group(
        &self,
        id: i64,
        body: &types::UserGroupPatch,
    ) -> Call<(), ops::PatchUserGroup> {
        let mut req = RequestSpec::new(
            "patch_user_group",
            Method::PATCH,
            "/user-groups/{id}/",
            &[&id],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// List device group memberships
    ///
    /// `GET /device-group-memberships/` (list_device_group_memberships)
    ///
    /// List device group memberships.
    ///
    /// # Parameters
    ///
    /// - `inline` (query, optional: `.inline(…)` on the call): A comma-separated list of fields to return as embedded objects instead of IDs; any of: `user`, `user_group`, `device_group`, `access_times`.
    /// - `device_group` (query, optional: `.device_group(…)` on the call): Only memberships of this device group.
    /// - `user` (query, optional: `.user(…)` on the call): Only memberships of this user (an email).
    /// - `user_group` (query, optional: `.user_group(…)` on the call): Only memberships of this user group.
    /// - `limit` (query, optional: `.limit(…)` on the call): The maximum number of objects to return (default 20).
    /// - `offset` (query, optional: `.offset(…)` on the call): The index of the first object to return (default 0).
    ///
    /// # Responses
    ///
    /// - `200`: One page of DeviceGroupMembership objects.
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::TryStreamExt;
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client) -> Result<(), beam_client::Error> {
    /// let response = client.list_device_group_memberships()
    ///     .inline("user,user_group")
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_device_group_memberships().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_device_group_memberships(
        &self,
    ) -> Call<types::DeviceGroupMembershipList, ops::ListDeviceGroupMemberships> {
        let mut req = RequestSpec::new(
            "list_device_group_memberships",
            Method::GET,
            "/device-group-memberships/",
            &[],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Create a device group membership
    ///
    /// `POST /device-group-memberships/` (create_device_group_membership)
    ///
    /// Create a device group membership.
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `201`: Created.
    /// - `400`, [`CreateDeviceGroupMembershipError::BadRequest`](crate::errors::CreateDeviceGroupMembershipError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): The request is invalid.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateDeviceGroupMembershipError`](crate::errors::CreateDeviceGroupMembershipError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, body: types :: MembershipWrite) -> Result<(), beam_client::Error> {
    /// client.create_device_group_membership(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn create_device_group_membership(
        &self,
        body: &types::MembershipWrite,
    ) -> Call<(), ops::CreateDeviceGroupMembership> {
        let mut req = RequestSpec::new(
            "create_device_group_membership",
            Method::POST,
            "/device-group-memberships/",
            &[],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Create many memberships
    ///
    /// `PATCH /device-group-memberships/` (create_device_group_memberships_bulk)
    ///
    /// Create many device group memberships in one call (a bulk PATCH on the collection).
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `202`: Accepted; no IDs are returned.
    /// - `400`, [`CreateDeviceGroupMembershipsBulkError::BadRequest`](crate::errors::CreateDeviceGroupMembershipsBulkError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): The request is invalid.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateDeviceGroupMembershipsBulkError`](crate::errors::CreateDeviceGroupMembershipsBulkError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, body: types :: MembershipBulk) -> Result<(), beam_client::Error> {
    /// client.create_device_group_memberships_bulk(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn create_device_group_memberships_bulk(
        &self,
        body: &types::MembershipBulk,
    ) -> Call<(), ops::CreateDeviceGroupMembershipsBulk> {
        let mut req = RequestSpec::new(
            "create_device_group_memberships_bulk",
            Method::PATCH,
            "/device-group-memberships/",
            &[],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Get a membership
    ///
    /// `GET /device-group-memberships/{id}/` (get_device_group_membership)
    ///
    /// Get a membership.
    ///
    /// # Parameters
    ///
    /// - `id` (path): The object's ID.
    /// - `inline` (query, optional: `.inline(…)` on the call): A comma-separated list of fields to return as embedded objects instead of IDs; any of: `user`, `user_group`, `device_group`, `access_times`.
    ///
    /// # Responses
    ///
    /// - `200`: OK
    /// - `404`, [`GetDeviceGroupMembershipError::NotFound`](crate::errors::GetDeviceGroupMembershipError::NotFound) with no decoded body: No such object.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetDeviceGroupMembershipError`](crate::errors::GetDeviceGroupMembershipError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, id: i64) -> Result<(), beam_client::Error> {
    /// let response = client.get_device_group_membership(id)
    ///     .inline("user,user_group")
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_device_group_membership(
        &self,
        id: i64,
    ) -> Call<types::DeviceGroupMembership, ops::GetDeviceGroupMembership> {
        let mut req = RequestSpec::new(
            "get_device_group_membership",
            Method::GET,
            "/device-group-memberships/{id}/",
            &[&id],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Replace a membership
    ///
    /// `PUT /device-group-memberships/{id}/` (update_device_group_membership)
    ///
    /// Replace a membership.
    ///
    /// # Parameters
    ///
    /// - `id` (path): The object's ID.
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `204`: Replaced.
    /// - `400`, [`UpdateDeviceGroupMembershipError::BadRequest`](crate::errors::UpdateDeviceGroupMembershipError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): The request is invalid.
    /// - `404`, [`UpdateDeviceGroupMembershipError::NotFound`](crate::errors::UpdateDeviceGroupMembershipError::NotFound) with no decoded body: No such object.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateDeviceGroupMembershipError`](crate::errors::UpdateDeviceGroupMembershipError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, id: i64, body: types :: MembershipWrite) -> Result<(), beam_client::Error> {
    /// client.update_device_group_membership(id, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_device_group_membership(
        &self,
        id: i64,
        body: &types::MembershipWrite,
    ) -> Call<(), ops::UpdateDeviceGroupMembership> {
        let mut req = RequestSpec::new(
            "update_device_group_membership",
            Method::PUT,
            "/device-group-memberships/{id}/",
            &[&id],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Delete a membership
    ///
    /// `DELETE /device-group-memberships/{id}/` (delete_device_group_membership)
    ///
    /// Delete a membership.
    ///
    /// # Parameters
    ///
    /// - `id` (path): The object's ID.
    ///
    /// # Responses
    ///
    /// - `204`: Deleted.
    /// - `404`, [`DeleteDeviceGroupMembershipError::NotFound`](crate::errors::DeleteDeviceGroupMembershipError::NotFound) with no decoded body: No such object.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeleteDeviceGroupMembershipError`](crate::errors::DeleteDeviceGroupMembershipError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, id: i64) -> Result<(), beam_client::Error> {
    /// client.delete_device_group_membership(id).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn delete_device_group_membership(
        &self,
        id: i64,
    ) -> Call<(), ops::DeleteDeviceGroupMembership> {
        let mut req = RequestSpec::new(
            "delete_device_group_membership",
            Method::DELETE,
            "/device-group-memberships/{id}/",
            &[&id],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Patch a membership
    ///
    /// `PATCH /device-group-memberships/{id}/` (patch_device_group_membership)
    ///
    /// Patch a membership.
    ///
    /// # Parameters
    ///
    /// - `id` (path): The object's ID.
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `202`: Accepted.
    /// - `400`, [`PatchDeviceGroupMembershipError::BadRequest`](crate::errors::PatchDeviceGroupMembershipError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): The request is invalid.
    /// - `404`, [`PatchDeviceGroupMembershipError::NotFound`](crate::errors::PatchDeviceGroupMembershipError::NotFound) with no decoded body: No such object.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`PatchDeviceGroupMembershipError`](crate::errors::PatchDeviceGroupMembershipError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, id: i64, body: types :: MembershipPatch) -> Result<(), beam_client::Error> {
    /// client.patch_device_group_membership(id, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn patch_device_group_membership(
        &self,
        id: i64,
        body: &types::MembershipPatch,
    ) -> Call<(), ops::PatchDeviceGroupMembership> {
        let mut req = RequestSpec::new(
            "patch_device_group_membership",
            Method::PATCH,
            "/device-group-memberships/{id}/",
            &[&id],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// List access times
    ///
    /// `GET /access-times/` (list_access_times)
    ///
    /// List access times.
    ///
    /// # Parameters
    ///
    /// - `inline` (query, optional: `.inline(…)` on the call): A comma-separated list of fields to return as embedded objects instead of IDs; any of: `device_group_membership`.
    /// - `device_group_membership` (query, optional: `.device_group_membership(…)` on the call): Only access times of this membership.
    /// - `limit` (query, optional: `.limit(…)` on the call): The maximum number of objects to return (default 20).
    /// - `offset` (query, optional: `.offset(…)` on the call): The index of the first object to return (default 0).
    ///
    /// # Responses
    ///
    /// - `200`: One page of AccessTime objects.
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::TryStreamExt;
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client) -> Result<(), beam_client::Error> {
    /// let response = client.list_access_times()
    ///     .inline("device_group_membership")
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_access_times().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_access_times(
        &self,
    ) -> Call<types::AccessTimeList, ops::ListAccessTimes> {
        let mut req = RequestSpec::new(
            "list_access_times",
            Method::GET,
            "/access-times/",
            &[],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Create an access time
    ///
    /// `POST /access-times/` (create_access_time)
    ///
    /// Create an access time.
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `201`: Created.
    /// - `400`, [`CreateAccessTimeError::BadRequest`](crate::errors::CreateAccessTimeError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): The request is invalid.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateAccessTimeError`](crate::errors::CreateAccessTimeError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, body: types :: AccessTimeWrite) -> Result<(), beam_client::Error> {
    /// client.create_access_time(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn create_access_time(
        &self,
        body: &types::AccessTimeWrite,
    ) -> Call<(), ops::CreateAccessTime> {
        let mut req = RequestSpec::new(
            "create_access_time",
            Method::POST,
            "/access-times/",
            &[],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Get an access time
    ///
    /// `GET /access-times/{id}/` (get_access_time)
    ///
    /// Get an access time.
    ///
    /// # Parameters
    ///
    /// - `id` (path): The object's ID.
    /// - `inline` (query, optional: `.inline(…)` on the call): A comma-separated list of fields to return as embedded objects instead of IDs; any of: `device_group_membership`.
    ///
    /// # Responses
    ///
    /// - `200`: OK
    /// - `404`, [`GetAccessTimeError::NotFound`](crate::errors::GetAccessTimeError::NotFound) with no decoded body: No such object.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetAccessTimeError`](crate::errors::GetAccessTimeError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, id: i64) -> Result<(), beam_client::Error> {
    /// let response = client.get_access_time(id)
    ///     .inline("device_group_membership")
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_access_time(
        &self,
        id: i64,
    ) -> Call<types::AccessTime, ops::GetAccessTime> {
        let mut req = RequestSpec::new(
            "get_access_time",
            Method::GET,
            "/access-times/{id}/",
            &[&id],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Replace an access time
    ///
    /// `PUT /access-times/{id}/` (update_access_time)
    ///
    /// Replace an access time.
    ///
    /// # Parameters
    ///
    /// - `id` (path): The object's ID.
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `204`: Replaced.
    /// - `400`, [`UpdateAccessTimeError::BadRequest`](crate::errors::UpdateAccessTimeError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): The request is invalid.
    /// - `404`, [`UpdateAccessTimeError::NotFound`](crate::errors::UpdateAccessTimeError::NotFound) with no decoded body: No such object.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateAccessTimeError`](crate::errors::UpdateAccessTimeError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, id: i64, body: types :: AccessTimeWrite) -> Result<(), beam_client::Error> {
    /// client.update_access_time(id, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_access_time(
        &self,
        id: i64,
        body: &types::AccessTimeWrite,
    ) -> Call<(), ops::UpdateAccessTime> {
        let mut req = RequestSpec::new(
            "update_access_time",
            Method::PUT,
            "/access-times/{id}/",
            &[&id],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Delete an access time
    ///
    /// `DELETE /access-times/{id}/` (delete_access_time)
    ///
    /// Delete an access time.
    ///
    /// # Parameters
    ///
    /// - `id` (path): The object's ID.
    ///
    /// # Responses
    ///
    /// - `204`: Deleted.
    /// - `404`, [`DeleteAccessTimeError::NotFound`](crate::errors::DeleteAccessTimeError::NotFound) with no decoded body: No such object.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeleteAccessTimeError`](crate::errors::DeleteAccessTimeError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, id: i64) -> Result<(), beam_client::Error> {
    /// client.delete_access_time(id).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn delete_access_time(&self, id: i64) -> Call<(), ops::DeleteAccessTime> {
        let mut req = RequestSpec::new(
            "delete_access_time",
            Method::DELETE,
            "/access-times/{id}/",
            &[&id],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// List default access times
    ///
    /// `GET /default-access-times/` (list_default_access_times)
    ///
    /// List default access times.
    ///
    /// # Parameters
    ///
    /// - `inline` (query, optional: `.inline(…)` on the call): A comma-separated list of fields to return as embedded objects instead of IDs; any of: `device_group`.
    /// - `device_group` (query, optional: `.device_group(…)` on the call): Only default access times of this device group.
    /// - `limit` (query, optional: `.limit(…)` on the call): The maximum number of objects to return (default 20).
    /// - `offset` (query, optional: `.offset(…)` on the call): The index of the first object to return (default 0).
    ///
    /// # Responses
    ///
    /// - `200`: One page of DefaultAccessTime objects.
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::TryStreamExt;
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client) -> Result<(), beam_client::Error> {
    /// let response = client.list_default_access_times()
    ///     .inline("device_group")
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_default_access_times().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_default_access_times(
        &self,
    ) -> Call<types::DefaultAccessTimeList, ops::ListDefaultAccessTimes> {
        let mut req = RequestSpec::new(
            "list_default_access_times",
            Method::GET,
            "/default-access-times/",
            &[],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Create a default access time
    ///
    /// `POST /default-access-times/` (create_default_access_time)
    ///
    /// Create a default access time.
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `201`: Created.
    /// - `400`, [`CreateDefaultAccessTimeError::BadRequest`](crate::errors::CreateDefaultAccessTimeError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): The request is invalid.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateDefaultAccessTimeError`](crate::errors::CreateDefaultAccessTimeError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, body: types :: DefaultAccessTimeWrite) -> Result<(), beam_client::Error> {
    /// client.create_default_access_time(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn create_default_access_time(
        &self,
        body: &types::DefaultAccessTimeWrite,
    ) -> Call<(), ops::CreateDefaultAccessTime> {
        let mut req = RequestSpec::new(
            "create_default_access_time",
            Method::POST,
            "/default-access-times/",
            &[],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Get a default access time
    ///
    /// `GET /default-access-times/{id}/` (get_default_access_time)
    ///
    /// Get a default access time.
    ///
    /// # Parameters
    ///
    /// - `id` (path): The object's ID.
    /// - `inline` (query, optional: `.inline(…)` on the call): A comma-separated list of fields to return as embedded objects instead of IDs; any of: `device_group`.
    ///
    /// # Responses
    ///
    /// - `200`: OK
    /// - `404`, [`GetDefaultAccessTimeError::NotFound`](crate::errors::GetDefaultAccessTimeError::NotFound) with no decoded body: No such object.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetDefaultAccessTimeError`](crate::errors::GetDefaultAccessTimeError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, id: i64) -> Result<(), beam_client::Error> {
    /// let response = client.get_default_access_time(id)
    ///     .inline("device_group")
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_default_access_time(
        &self,
        id: i64,
    ) -> Call<types::DefaultAccessTime, ops::GetDefaultAccessTime> {
        let mut req = RequestSpec::new(
            "get_default_access_time",
            Method::GET,
            "/default-access-times/{id}/",
            &[&id],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Delete a default access time
    ///
    /// `DELETE /default-access-times/{id}/` (delete_default_access_time)
    ///
    /// Delete a default access time.
    ///
    /// # Parameters
    ///
    /// - `id` (path): The object's ID.
    ///
    /// # Responses
    ///
    /// - `204`: Deleted.
    /// - `404`, [`DeleteDefaultAccessTimeError::NotFound`](crate::errors::DeleteDefaultAccessTimeError::NotFound) with no decoded body: No such object.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeleteDefaultAccessTimeError`](crate::errors::DeleteDefaultAccessTimeError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, id: i64) -> Result<(), beam_client::Error> {
    /// client.delete_default_access_time(id).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn delete_default_access_time(
        &self,
        id: i64,
    ) -> Call<(), ops::DeleteDefaultAccessTime> {
        let mut req = RequestSpec::new(
            "delete_default_access_time",
            Method::DELETE,
            "/default-access-times/{id}/",
            &[&id],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// List temporary access
    ///
    /// `GET /temporary-access/` (list_temporary_access)
    ///
    /// List temporary access.
    ///
    /// # Parameters
    ///
    /// - `limit` (query, optional: `.limit(…)` on the call): The maximum number of objects to return (default 20).
    /// - `offset` (query, optional: `.offset(…)` on the call): The index of the first object to return (default 0).
    ///
    /// # Responses
    ///
    /// - `200`: One page of TemporaryAccess objects.
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::TryStreamExt;
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client) -> Result<(), beam_client::Error> {
    /// let response = client.list_temporary_access()
    ///     .limit(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_temporary_access().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_temporary_access(
        &self,
    ) -> Call<types::TemporaryAccessList, ops::ListTemporaryAccess> {
        let mut req = RequestSpec::new(
            "list_temporary_access",
            Method::GET,
            "/temporary-access/",
            &[],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Grant temporary access
    ///
    /// `POST /temporary-access/` (grant_temporary_access)
    ///
    /// Grant temporary access.
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    /// - `send_mail` (query, optional: `.send_mail(…)` on the call): Whether to email the user (default true).
    ///
    /// # Responses
    ///
    /// - `201`: Granted.
    /// - `400`, [`GrantTemporaryAccessError::BadRequest`](crate::errors::GrantTemporaryAccessError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): The request is invalid.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GrantTemporaryAccessError`](crate::errors::GrantTemporaryAccessError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, body: types :: TemporaryAccessWrite) -> Result<(), beam_client::Error> {
    /// client.grant_temporary_access(&body)
    ///     .send_mail(false)
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn grant_temporary_access(
        &self,
        body: &types::TemporaryAccessWrite,
    ) -> Call<(), ops::GrantTemporaryAccess> {
        let mut req = RequestSpec::new(
            "grant_temporary_access",
            Method::POST,
            "/temporary-access/",
            &[],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Get a temporary access grant
    ///
    /// `GET /temporary-access/{id}/` (get_temporary_access)
    ///
    /// Get a temporary access grant.
    ///
    /// # Parameters
    ///
    /// - `id` (path): The object's ID.
    ///
    /// # Responses
    ///
    /// - `200`: OK
    /// - `404`, [`GetTemporaryAccessError::NotFound`](crate::errors::GetTemporaryAccessError::NotFound) with no decoded body: No such object.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetTemporaryAccessError`](crate::errors::GetTemporaryAccessError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, id: i64) -> Result<(), beam_client::Error> {
    /// let response = client.get_temporary_access(id).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_temporary_access(
        &self,
        id: i64,
    ) -> Call<types::TemporaryAccess, ops::GetTemporaryAccess> {
        let mut req = RequestSpec::new(
            "get_temporary_access",
            Method::GET,
            "/temporary-access/{id}/",
            &[&id],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Replace a temporary access grant
    ///
    /// `PUT /temporary-access/{id}/` (update_temporary_access)
    ///
    /// Replace a temporary access grant.
    ///
    /// # Parameters
    ///
    /// - `id` (path): The object's ID.
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `204`: Replaced.
    /// - `400`, [`UpdateTemporaryAccessError::BadRequest`](crate::errors::UpdateTemporaryAccessError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): The request is invalid.
    /// - `404`, [`UpdateTemporaryAccessError::NotFound`](crate::errors::UpdateTemporaryAccessError::NotFound) with no decoded body: No such object.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`UpdateTemporaryAccessError`](crate::errors::UpdateTemporaryAccessError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, id: i64, body: types :: TemporaryAccessWrite) -> Result<(), beam_client::Error> {
    /// client.update_temporary_access(id, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn update_temporary_access(
        &self,
        id: i64,
        body: &types::TemporaryAccessWrite,
    ) -> Call<(), ops::UpdateTemporaryAccess> {
        let mut req = RequestSpec::new(
            "update_temporary_access",
            Method::PUT,
            "/temporary-access/{id}/",
            &[&id],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Delete a temporary access grant
    ///
    /// `DELETE /temporary-access/{id}/` (delete_temporary_access)
    ///
    /// Delete a temporary access grant.
    ///
    /// # Parameters
    ///
    /// - `id` (path): The object's ID.
    ///
    /// # Responses
    ///
    /// - `204`: Deleted.
    /// - `404`, [`DeleteTemporaryAccessError::NotFound`](crate::errors::DeleteTemporaryAccessError::NotFound) with no decoded body: No such object.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeleteTemporaryAccessError`](crate::errors::DeleteTemporaryAccessError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, id: i64) -> Result<(), beam_client::Error> {
    /// client.delete_temporary_access(id).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn delete_temporary_access(
        &self,
        id: i64,
    ) -> Call<(), ops::DeleteTemporaryAccess> {
        let mut req = RequestSpec::new(
            "delete_temporary_access",
            Method::DELETE,
            "/temporary-access/{id}/",
            &[&id],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Patch a temporary access grant
    ///
    /// `PATCH /temporary-access/{id}/` (patch_temporary_access)
    ///
    /// Patch a temporary access grant.
    ///
    /// # Parameters
    ///
    /// - `id` (path): The object's ID.
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `202`: Accepted.
    /// - `400`, [`PatchTemporaryAccessError::BadRequest`](crate::errors::PatchTemporaryAccessError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): The request is invalid.
    /// - `404`, [`PatchTemporaryAccessError::NotFound`](crate::errors::PatchTemporaryAccessError::NotFound) with no decoded body: No such object.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`PatchTemporaryAccessError`](crate::errors::PatchTemporaryAccessError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, id: i64, body: types :: TemporaryAccessPatch) -> Result<(), beam_client::Error> {
    /// client.patch_temporary_access(id, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn patch_temporary_access(
        &self,
        id: i64,
        body: &types::TemporaryAccessPatch,
    ) -> Call<(), ops::PatchTemporaryAccess> {
        let mut req = RequestSpec::new(
            "patch_temporary_access",
            Method::PATCH,
            "/temporary-access/{id}/",
            &[&id],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// List API keys
    ///
    /// `GET /api-keys/` (list_api_keys)
    ///
    /// List API keys.
    ///
    /// # Parameters
    ///
    /// - `limit` (query, optional: `.limit(…)` on the call): The maximum number of objects to return (default 20).
    /// - `offset` (query, optional: `.offset(…)` on the call): The index of the first object to return (default 0).
    ///
    /// # Responses
    ///
    /// - `200`: One page of ApiKey objects.
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::TryStreamExt;
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client) -> Result<(), beam_client::Error> {
    /// let response = client.list_api_keys()
    ///     .limit(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_api_keys().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_api_keys(&self) -> Call<types::ApiKeyList, ops::ListApiKeys> {
        let mut req = RequestSpec::new("list_api_keys", Method::GET, "/api-keys/", &[]);
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Create an API key
    ///
    /// `POST /api-keys/` (create_api_key)
    ///
    /// Create an API key.
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `201`: The new key, with its secret (shown only once).
    /// - `400`, [`CreateApiKeyError::BadRequest`](crate::errors::CreateApiKeyError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): The request is invalid.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateApiKeyError`](crate::errors::CreateApiKeyError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, body: types :: ApiKeyCreate) -> Result<(), beam_client::Error> {
    /// let response = client.create_api_key(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn create_api_key(
        &self,
        body: &types::ApiKeyCreate,
    ) -> Call<types::ApiKey, ops::CreateApiKey> {
        let mut req = RequestSpec::new(
            "create_api_key",
            Method::POST,
            "/api-keys/",
            &[],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Delete an API key
    ///
    /// `DELETE /api-keys/{name}/` (delete_api_key)
    ///
    /// Delete an API key.
    ///
    /// # Parameters
    ///
    /// - `name` (path): The key's name.
    ///
    /// # Responses
    ///
    /// - `204`: Deleted.
    /// - `404`, [`DeleteApiKeyError::NotFound`](crate::errors::DeleteApiKeyError::NotFound) with no decoded body: No such object.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeleteApiKeyError`](crate::errors::DeleteApiKeyError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, name: & str) -> Result<(), beam_client::Error> {
    /// client.delete_api_key(name).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn delete_api_key(&self, name: &str) -> Call<(), ops::DeleteApiKey> {
        let mut req = RequestSpec::new(
            "delete_api_key",
            Method::DELETE,
            "/api-keys/{name}/",
            &[&name],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// List access time templates
    ///
    /// `GET /access-time-templates/` (list_access_time_templates)
    ///
    /// List access time templates.
    ///
    /// # Parameters
    ///
    /// - `limit` (query, optional: `.limit(…)` on the call): The maximum number of objects to return (default 20).
    /// - `offset` (query, optional: `.offset(…)` on the call): The index of the first object to return (default 0).
    ///
    /// # Responses
    ///
    /// - `200`: One page of AccessTimeTemplate objects.
    ///
    /// An error status is `Error::Status`, with its raw body: the spec documents none.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::TryStreamExt;
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client) -> Result<(), beam_client::Error> {
    /// let response = client.list_access_time_templates()
    ///     .limit(1)
    ///     .await?;
    /// // Every item of every page:
    /// let mut items = client.list_access_time_templates().stream();
    /// while let Some(item) = items.try_next().await? { /* … */ }
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn list_access_time_templates(
        &self,
    ) -> Call<types::AccessTimeTemplateList, ops::ListAccessTimeTemplates> {
        let mut req = RequestSpec::new(
            "list_access_time_templates",
            Method::GET,
            "/access-time-templates/",
            &[],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Create an access time template
    ///
    /// `POST /access-time-templates/` (create_access_time_template)
    ///
    /// Create an access time template.
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `201`: Created.
    /// - `400`, [`CreateAccessTimeTemplateError::BadRequest`](crate::errors::CreateAccessTimeTemplateError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): The request is invalid.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`CreateAccessTimeTemplateError`](crate::errors::CreateAccessTimeTemplateError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, body: types :: AccessTimeTemplateWrite) -> Result<(), beam_client::Error> {
    /// client.create_access_time_template(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn create_access_time_template(
        &self,
        body: &types::AccessTimeTemplateWrite,
    ) -> Call<(), ops::CreateAccessTimeTemplate> {
        let mut req = RequestSpec::new(
            "create_access_time_template",
            Method::POST,
            "/access-time-templates/",
            &[],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Get an access time template
    ///
    /// `GET /access-time-templates/{id}/` (get_access_time_template)
    ///
    /// Get an access time template.
    ///
    /// # Parameters
    ///
    /// - `id` (path): The object's ID.
    ///
    /// # Responses
    ///
    /// - `200`: OK
    /// - `404`, [`GetAccessTimeTemplateError::NotFound`](crate::errors::GetAccessTimeTemplateError::NotFound) with no decoded body: No such object.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`GetAccessTimeTemplateError`](crate::errors::GetAccessTimeTemplateError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, id: i64) -> Result<(), beam_client::Error> {
    /// let response = client.get_access_time_template(id).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn get_access_time_template(
        &self,
        id: i64,
    ) -> Call<types::AccessTimeTemplate, ops::GetAccessTimeTemplate> {
        let mut req = RequestSpec::new(
            "get_access_time_template",
            Method::GET,
            "/access-time-templates/{id}/",
            &[&id],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_json),
        )
    }

    /// Delete an access time template
    ///
    /// `DELETE /access-time-templates/{id}/` (delete_access_time_template)
    ///
    /// Delete an access time template.
    ///
    /// # Parameters
    ///
    /// - `id` (path): The object's ID.
    ///
    /// # Responses
    ///
    /// - `204`: Deleted.
    /// - `404`, [`DeleteAccessTimeTemplateError::NotFound`](crate::errors::DeleteAccessTimeTemplateError::NotFound) with no decoded body: No such object.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`DeleteAccessTimeTemplateError`](crate::errors::DeleteAccessTimeTemplateError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, id: i64) -> Result<(), beam_client::Error> {
    /// client.delete_access_time_template(id).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn delete_access_time_template(
        &self,
        id: i64,
    ) -> Call<(), ops::DeleteAccessTimeTemplate> {
        let mut req = RequestSpec::new(
            "delete_access_time_template",
            Method::DELETE,
            "/access-time-templates/{id}/",
            &[&id],
        );
        req.security = SECURITY_0;
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Patch an access time template
    ///
    /// `PATCH /access-time-templates/{id}/` (patch_access_time_template)
    ///
    /// Patch an access time template.
    ///
    /// # Parameters
    ///
    /// - `id` (path): The object's ID.
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `202`: Accepted.
    /// - `400`, [`PatchAccessTimeTemplateError::BadRequest`](crate::errors::PatchAccessTimeTemplateError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): The request is invalid.
    /// - `404`, [`PatchAccessTimeTemplateError::NotFound`](crate::errors::PatchAccessTimeTemplateError::NotFound) with no decoded body: No such object.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`PatchAccessTimeTemplateError`](crate::errors::PatchAccessTimeTemplateError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, id: i64, body: types :: AccessTimeTemplatePatch) -> Result<(), beam_client::Error> {
    /// client.patch_access_time_template(id, &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn patch_access_time_template(
        &self,
        id: i64,
        body: &types::AccessTimeTemplatePatch,
    ) -> Call<(), ops::PatchAccessTimeTemplate> {
        let mut req = RequestSpec::new(
            "patch_access_time_template",
            Method::PATCH,
            "/access-time-templates/{id}/",
            &[&id],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }

    /// Apply an access time template
    ///
    /// `POST /apply-access-time-templates/` (apply_access_time_template)
    ///
    /// Apply an access time template to one device group membership.
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`)
    ///
    /// # Responses
    ///
    /// - `201`: Applied.
    /// - `400`, [`ApplyAccessTimeTemplateError::BadRequest`](crate::errors::ApplyAccessTimeTemplateError::BadRequest) holding [`types::ApiError`](crate::types::ApiError): The request is invalid.
    ///
    /// An error status is `Error::Status`; [`Error::operation_error`](codegen_runtime::Error::operation_error) gives a documented one as [`ApplyAccessTimeTemplateError`](crate::errors::ApplyAccessTimeTemplateError). Any other status keeps its raw body.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(unused_imports)] use beam_client::types;
    /// # async fn example(client: &beam_client::Client, body: types :: ApplyAccessTimeTemplate) -> Result<(), beam_client::Error> {
    /// client.apply_access_time_template(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    #[inline]
    pub fn apply_access_time_template(
        &self,
        body: &types::ApplyAccessTimeTemplate,
    ) -> Call<(), ops::ApplyAccessTimeTemplate> {
        let mut req = RequestSpec::new(
            "apply_access_time_template",
            Method::POST,
            "/apply-access-time-templates/",
            &[],
        );
        req.security = SECURITY_0;
        req.error_statuses = &[(400, 0)];
        req.json_body(body);
        Call::new(
            codegen_runtime::Call::new(&self.core, req, codegen_runtime::decode_empty),
        )
    }
}

/// The optional parameters of [`Client::list_users`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListUsers> {
    /// Whether to include temporary users (default true).
    #[inline]
    pub fn include_temporary(mut self, include_temporary: bool) -> Self {
        let req = self.spec_mut();
        req.query.remove("include_temporary");
        req.query.push("include_temporary", &include_temporary);
        self
    }

    /// The maximum number of objects to return (default 20).
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("limit");
        req.query.push("limit", &limit);
        self
    }

    /// The index of the first object to return (default 0).
    #[inline]
    pub fn offset(mut self, offset: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("offset");
        req.query.push("offset", &offset);
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

/// The optional parameters of [`Client::invite_user`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::InviteUser> {
    /// Whether to email the user (default true).
    #[inline]
    pub fn send_mail(mut self, send_mail: bool) -> Self {
        let req = self.spec_mut();
        req.query.remove("send_mail");
        req.query.push("send_mail", &send_mail);
        self
    }
}

/// The optional parameters of [`Client::list_devices`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListDevices> {
    /// Only devices of this device group.
    #[inline]
    pub fn device_group(mut self, device_group: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("device_group");
        req.query.push("device_group", &device_group);
        self
    }

    /// A comma-separated list of fields to return as embedded objects instead of IDs; any of: `device_group`.
    #[inline]
    pub fn inline(mut self, inline: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("inline");
        req.query.push("inline", &inline);
        self
    }

    /// The maximum number of objects to return (default 20).
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("limit");
        req.query.push("limit", &limit);
        self
    }

    /// The index of the first object to return (default 0).
    #[inline]
    pub fn offset(mut self, offset: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("offset");
        req.query.push("offset", &offset);
        self
    }

    /// Every item of every page, following pagination to the end; each page request
    /// carries this call's parameters and options.
    #[inline]
    pub fn stream(self) -> ItemStream<types::Device> {
        self.paginate(&LIST_DEVICES_PAGES)
    }

    /// Every page, following pagination to the end (the requests and end conditions
    /// of `stream()`): each page's items, the page as the call's response, its total
    /// when the spec names one, status and headers.
    #[inline]
    pub fn pages(self) -> crate::PageStream<types::Device, T> {
        self.paginate_pages(&LIST_DEVICES_PAGES)
    }
}

/// The optional parameters of [`Client::get_device`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::GetDevice> {
    /// A comma-separated list of fields to return as embedded objects instead of IDs; any of: `device_group`.
    #[inline]
    pub fn inline(mut self, inline: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("inline");
        req.query.push("inline", &inline);
        self
    }
}

/// The optional parameters of [`Client::list_device_groups`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListDeviceGroups> {
    /// The maximum number of objects to return (default 20).
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("limit");
        req.query.push("limit", &limit);
        self
    }

    /// The index of the first object to return (default 0).
    #[inline]
    pub fn offset(mut self, offset: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("offset");
        req.query.push("offset", &offset);
        self
    }

    /// Every item of every page, following pagination to the end; each page request
    /// carries this call's parameters and options.
    #[inline]
    pub fn stream(self) -> ItemStream<types::DeviceGroup> {
        self.paginate(&LIST_DEVICE_GROUPS_PAGES)
    }

    /// Every page, following pagination to the end (the requests and end conditions
    /// of `stream()`): each page's items, the page as the call's response, its total
    /// when the spec names one, status and headers.
    #[inline]
    pub fn pages(self) -> crate::PageStream<types::DeviceGroup, T> {
        self.paginate_pages(&LIST_DEVICE_GROUPS_PAGES)
    }
}

/// The optional parameters of [`Client::list_user_groups`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListUserGroups> {
    /// The maximum number of objects to return (default 20).
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("limit");
        req.query.push("limit", &limit);
        self
    }

    /// The index of the first object to return (default 0).
    #[inline]
    pub fn offset(mut self, offset: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("offset");
        req.query.push("offset", &offset);
        self
    }

    /// Every item of every page, following pagination to the end; each page request
    /// carries this call's parameters and options.
    #[inline]
    pub fn stream(self) -> ItemStream<types::UserGroup> {
        self.paginate(&LIST_USER_GROUPS_PAGES)
    }

    /// Every page, following pagination to the end (the requests and end conditions
    /// of `stream()`): each page's items, the page as the call's response, its total
    /// when the spec names one, status and headers.
    #[inline]
    pub fn pages(self) -> crate::PageStream<types::UserGroup, T> {
        self.paginate_pages(&LIST_USER_GROUPS_PAGES)
    }
}

/// The optional parameters of [`Client::list_device_group_memberships`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListDeviceGroupMemberships> {
    /// A comma-separated list of fields to return as embedded objects instead of IDs; any of: `user`, `user_group`, `device_group`, `access_times`.
    #[inline]
    pub fn inline(mut self, inline: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("inline");
        req.query.push("inline", &inline);
        self
    }

    /// Only memberships of this device group.
    #[inline]
    pub fn device_group(mut self, device_group: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("device_group");
        req.query.push("device_group", &device_group);
        self
    }

    /// Only memberships of this user (an email).
    #[inline]
    pub fn user(mut self, user: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("user");
        req.query.push("user", &user);
        self
    }

    /// Only memberships of this user group.
    #[inline]
    pub fn user_group(mut self, user_group: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("user_group");
        req.query.push("user_group", &user_group);
        self
    }

    /// The maximum number of objects to return (default 20).
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("limit");
        req.query.push("limit", &limit);
        self
    }

    /// The index of the first object to return (default 0).
    #[inline]
    pub fn offset(mut self, offset: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("offset");
        req.query.push("offset", &offset);
        self
    }

    /// Every item of every page, following pagination to the end; each page request
    /// carries this call's parameters and options.
    #[inline]
    pub fn stream(self) -> ItemStream<types::DeviceGroupMembership> {
        self.paginate(&LIST_DEVICE_GROUP_MEMBERSHIPS_PAGES)
    }

    /// Every page, following pagination to the end (the requests and end conditions
    /// of `stream()`): each page's items, the page as the call's response, its total
    /// when the spec names one, status and headers.
    #[inline]
    pub fn pages(self) -> crate::PageStream<types::DeviceGroupMembership, T> {
        self.paginate_pages(&LIST_DEVICE_GROUP_MEMBERSHIPS_PAGES)
    }
}

/// The optional parameters of [`Client::get_device_group_membership`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::GetDeviceGroupMembership> {
    /// A comma-separated list of fields to return as embedded objects instead of IDs; any of: `user`, `user_group`, `device_group`, `access_times`.
    #[inline]
    pub fn inline(mut self, inline: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("inline");
        req.query.push("inline", &inline);
        self
    }
}

/// The optional parameters of [`Client::list_access_times`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListAccessTimes> {
    /// A comma-separated list of fields to return as embedded objects instead of IDs; any of: `device_group_membership`.
    #[inline]
    pub fn inline(mut self, inline: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("inline");
        req.query.push("inline", &inline);
        self
    }

    /// Only access times of this membership.
    #[inline]
    pub fn device_group_membership(mut self, device_group_membership: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("device_group_membership");
        req.query.push("device_group_membership", &device_group_membership);
        self
    }

    /// The maximum number of objects to return (default 20).
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("limit");
        req.query.push("limit", &limit);
        self
    }

    /// The index of the first object to return (default 0).
    #[inline]
    pub fn offset(mut self, offset: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("offset");
        req.query.push("offset", &offset);
        self
    }

    /// Every item of every page, following pagination to the end; each page request
    /// carries this call's parameters and options.
    #[inline]
    pub fn stream(self) -> ItemStream<types::AccessTime> {
        self.paginate(&LIST_ACCESS_TIMES_PAGES)
    }

    /// Every page, following pagination to the end (the requests and end conditions
    /// of `stream()`): each page's items, the page as the call's response, its total
    /// when the spec names one, status and headers.
    #[inline]
    pub fn pages(self) -> crate::PageStream<types::AccessTime, T> {
        self.paginate_pages(&LIST_ACCESS_TIMES_PAGES)
    }
}

/// The optional parameters of [`Client::get_access_time`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::GetAccessTime> {
    /// A comma-separated list of fields to return as embedded objects instead of IDs; any of: `device_group_membership`.
    #[inline]
    pub fn inline(mut self, inline: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("inline");
        req.query.push("inline", &inline);
        self
    }
}

/// The optional parameters of [`Client::list_default_access_times`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListDefaultAccessTimes> {
    /// A comma-separated list of fields to return as embedded objects instead of IDs; any of: `device_group`.
    #[inline]
    pub fn inline(mut self, inline: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("inline");
        req.query.push("inline", &inline);
        self
    }

    /// Only default access times of this device group.
    #[inline]
    pub fn device_group(mut self, device_group: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("device_group");
        req.query.push("device_group", &device_group);
        self
    }

    /// The maximum number of objects to return (default 20).
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("limit");
        req.query.push("limit", &limit);
        self
    }

    /// The index of the first object to return (default 0).
    #[inline]
    pub fn offset(mut self, offset: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("offset");
        req.query.push("offset", &offset);
        self
    }

    /// Every item of every page, following pagination to the end; each page request
    /// carries this call's parameters and options.
    #[inline]
    pub fn stream(self) -> ItemStream<types::DefaultAccessTime> {
        self.paginate(&LIST_DEFAULT_ACCESS_TIMES_PAGES)
    }

    /// Every page, following pagination to the end (the requests and end conditions
    /// of `stream()`): each page's items, the page as the call's response, its total
    /// when the spec names one, status and headers.
    #[inline]
    pub fn pages(self) -> crate::PageStream<types::DefaultAccessTime, T> {
        self.paginate_pages(&LIST_DEFAULT_ACCESS_TIMES_PAGES)
    }
}

/// The optional parameters of [`Client::get_default_access_time`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::GetDefaultAccessTime> {
    /// A comma-separated list of fields to return as embedded objects instead of IDs; any of: `device_group`.
    #[inline]
    pub fn inline(mut self, inline: &str) -> Self {
        let req = self.spec_mut();
        req.query.remove("inline");
        req.query.push("inline", &inline);
        self
    }
}

/// The optional parameters of [`Client::list_temporary_access`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListTemporaryAccess> {
    /// The maximum number of objects to return (default 20).
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("limit");
        req.query.push("limit", &limit);
        self
    }

    /// The index of the first object to return (default 0).
    #[inline]
    pub fn offset(mut self, offset: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("offset");
        req.query.push("offset", &offset);
        self
    }

    /// Every item of every page, following pagination to the end; each page request
    /// carries this call's parameters and options.
    #[inline]
    pub fn stream(self) -> ItemStream<types::TemporaryAccess> {
        self.paginate(&LIST_TEMPORARY_ACCESS_PAGES)
    }

    /// Every page, following pagination to the end (the requests and end conditions
    /// of `stream()`): each page's items, the page as the call's response, its total
    /// when the spec names one, status and headers.
    #[inline]
    pub fn pages(self) -> crate::PageStream<types::TemporaryAccess, T> {
        self.paginate_pages(&LIST_TEMPORARY_ACCESS_PAGES)
    }
}

/// The optional parameters of [`Client::grant_temporary_access`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::GrantTemporaryAccess> {
    /// Whether to email the user (default true).
    #[inline]
    pub fn send_mail(mut self, send_mail: bool) -> Self {
        let req = self.spec_mut();
        req.query.remove("send_mail");
        req.query.push("send_mail", &send_mail);
        self
    }
}

/// The optional parameters of [`Client::list_api_keys`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListApiKeys> {
    /// The maximum number of objects to return (default 20).
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("limit");
        req.query.push("limit", &limit);
        self
    }

    /// The index of the first object to return (default 0).
    #[inline]
    pub fn offset(mut self, offset: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("offset");
        req.query.push("offset", &offset);
        self
    }

    /// Every item of every page, following pagination to the end; each page request
    /// carries this call's parameters and options.
    #[inline]
    pub fn stream(self) -> ItemStream<types::ApiKey> {
        self.paginate(&LIST_API_KEYS_PAGES)
    }

    /// Every page, following pagination to the end (the requests and end conditions
    /// of `stream()`): each page's items, the page as the call's response, its total
    /// when the spec names one, status and headers.
    #[inline]
    pub fn pages(self) -> crate::PageStream<types::ApiKey, T> {
        self.paginate_pages(&LIST_API_KEYS_PAGES)
    }
}

/// The optional parameters of [`Client::list_access_time_templates`]: each setter replaces the parameter's earlier value.
impl<T: Send + 'static> Call<T, ops::ListAccessTimeTemplates> {
    /// The maximum number of objects to return (default 20).
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("limit");
        req.query.push("limit", &limit);
        self
    }

    /// The index of the first object to return (default 0).
    #[inline]
    pub fn offset(mut self, offset: i64) -> Self {
        let req = self.spec_mut();
        req.query.remove("offset");
        req.query.push("offset", &offset);
        self
    }

    /// Every item of every page, following pagination to the end; each page request
    /// carries this call's parameters and options.
    #[inline]
    pub fn stream(self) -> ItemStream<types::AccessTimeTemplate> {
        self.paginate(&LIST_ACCESS_TIME_TEMPLATES_PAGES)
    }

    /// Every page, following pagination to the end (the requests and end conditions
    /// of `stream()`): each page's items, the page as the call's response, its total
    /// when the spec names one, status and headers.
    #[inline]
    pub fn pages(self) -> crate::PageStream<types::AccessTimeTemplate, T> {
        self.paginate_pages(&LIST_ACCESS_TIME_TEMPLATES_PAGES)
    }
}
