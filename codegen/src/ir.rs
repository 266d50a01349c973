//! The intermediate representation: what the client crate contains, with every name already
//! chosen and every reference resolved. Lowering builds it from the spec; emitters read only
//! this, never the spec.

use serde_json::Value;

mod surface;

pub use surface::{resolve, Arg, Boxes, Paths, RustTy, ServerUrl, Stored};

/// The Cargo feature that enables every tag's operations (and is the default) of an API split
/// into features per tag.
pub const ALL_OPERATIONS: &str = "all-operations";

/// A whole client crate.
#[derive(Debug, Clone)]
pub struct Api {
    /// The spec file as named in generated headers.
    pub spec_file: String,
    /// The package name (`beam-client`).
    pub crate_name: String,
    /// The library's name, how Rust code names the crate (`beam_client`).
    pub lib_name: String,
    /// The crate's version (`info.x-crate-version`, else `0.1.0`).
    pub crate_version: String,
    /// Whether the crate may be published (`info.x-publish: true`); else `publish = false`.
    pub publish: bool,
    /// The crate's license, an SPDX expression (`info.license.identifier`, OpenAPI 3.1).
    pub license: Option<String>,
    /// `info.title`.
    pub title: String,
    /// `info.version`.
    pub api_version: String,
    /// `info.description`.
    pub description: Option<String>,
    /// The servers, the first being the default base URL.
    pub servers: Vec<Server>,
    /// `Client::server_url`, when a server has variables.
    pub server_url: Option<ServerUrl>,
    /// The security schemes.
    pub schemes: Vec<Scheme>,
    /// The distinct security requirement lists used by operations.
    pub security_sets: Vec<Vec<Vec<usize>>>,
    /// The static of each security requirement list in `client.rs` (`SECURITY_0`), by index.
    pub security_consts: Vec<String>,
    /// Every named type.
    pub types: Vec<TypeDef>,
    /// Every operation, in spec order.
    pub operations: Vec<Operation>,
    /// The crate's error-body enum (a [`TypeKind::ErrorBody`]): one variant per distinct error
    /// schema; each operation names the variant of each of its error statuses.
    pub error_type: TypeRef,
    /// Examples to check against the generated types.
    pub examples: Vec<Example>,
    /// Cargo features, one per tag, when the API is large enough to split (empty otherwise).
    pub features: Vec<Feature>,
}

/// A Cargo feature that compiles the operations of one tag (and the types they need).
#[derive(Debug, Clone)]
pub struct Feature {
    /// The feature's name (`code-scanning`).
    pub name: String,
    /// The spec's tag.
    pub tag: String,
    /// How many operations it gates.
    pub operations: usize,
}

/// A server URL with its variables' defaults substituted.
#[derive(Debug, Clone)]
pub struct Server {
    /// The URL with defaults filled in.
    pub url: String,
    /// The URL template as written.
    pub template: String,
    /// Its variables: name and default.
    pub variables: Vec<(String, String)>,
    /// The description.
    pub description: Option<String>,
}

/// Where a credential goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SchemeLocation {
    /// A header.
    Header(String),
    /// A query parameter.
    Query(String),
    /// A cookie.
    Cookie(String),
}

/// A security scheme.
#[derive(Debug, Clone)]
pub struct Scheme {
    /// The name in the spec.
    pub name: String,
    /// The static's name in generated code.
    pub const_name: String,
    /// The builder setter's name.
    pub setter: String,
    /// The builder method that sets a credential source (`{setter}_source`).
    pub source_setter: String,
    /// For an OAuth2 or OpenID Connect scheme, the name of the builder method that sets a
    /// static access token (`{setter}_bearer_token`): the setter's name alone does not say that
    /// the credential is a token obtained elsewhere, not the flow.
    pub bearer_setter: Option<String>,
    /// Where the credential goes.
    pub location: SchemeLocation,
    /// Put before the credential (`Bearer `).
    pub prefix: String,
    /// The description.
    pub doc: Option<String>,
}

/// A Rust type as used in a field, parameter or body.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TypeRef {
    /// A generated type, by name.
    Named(String),
    /// `String`.
    String,
    /// `bool`.
    Bool,
    /// `i32`.
    I32,
    /// `i64`.
    I64,
    /// `f32`.
    F32,
    /// `f64`.
    F64,
    /// Any JSON.
    Json,
    /// Raw bytes (`Vec<u8>`), for non-JSON bodies.
    Bytes,
    /// A file part of a multipart body (`format: binary`).
    File,
    /// A string that must never be shown (`format: password`, or a field named like a secret).
    Secret,
    /// A string of a format the runtime has a type for (a field's `format: date-time`, `date`,
    /// `uuid`): the exact string, with conversions behind features.
    Format(StringFormat),
    /// `Vec<T>`.
    Vec(Box<TypeRef>),
    /// `BTreeMap<String, T>`.
    Map(Box<TypeRef>),
    /// `Box<T>` (breaks a recursive containment).
    Boxed(Box<TypeRef>),
}

/// A string format with a type in `codegen_runtime::formats`, holding the string as received.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StringFormat {
    /// `format: date-time` → `formats::DateTime`.
    DateTime,
    /// `format: date` → `formats::Date`.
    Date,
    /// `format: uuid` → `formats::Uuid`.
    Uuid,
}

impl StringFormat {
    /// The format as OpenAPI names it.
    pub fn from_openapi(format: &str) -> Option<Self> {
        match format {
            "date-time" => Some(Self::DateTime),
            "date" => Some(Self::Date),
            "uuid" => Some(Self::Uuid),
            _ => None,
        }
    }

    /// The type's name in `codegen_runtime::formats`.
    pub fn rust_name(self) -> &'static str {
        match self {
            Self::DateTime => "DateTime",
            Self::Date => "Date",
            Self::Uuid => "Uuid",
        }
    }

    /// The runtime feature (forwarded by the generated crate) that adds its conversions.
    pub fn feature(self) -> &'static str {
        match self {
            Self::DateTime | Self::Date => "time",
            Self::Uuid => "uuid",
        }
    }
}

/// Which serde traits a type needs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Usage {
    /// Sent in a request.
    pub serialize: bool,
    /// Received in a response.
    pub deserialize: bool,
}

/// A named type.
#[derive(Debug, Clone)]
pub struct TypeDef {
    /// The Rust name.
    pub name: String,
    /// Documentation.
    pub doc: Option<String>,
    /// What its schema requires beyond the Rust type (`Constraints: …`), for the docs.
    pub constraints: Option<String>,
    /// Where it comes from (JSON pointer).
    pub pointer: String,
    /// Deprecated in the spec.
    pub deprecated: bool,
    /// What it is.
    pub kind: TypeKind,
    /// Which serde traits it needs (filled in after lowering).
    pub usage: Usage,
    /// The Cargo features any of which compiles it; empty: always compiled.
    pub features: Vec<String>,
}

/// The shape of a named type.
#[derive(Debug, Clone)]
pub enum TypeKind {
    /// A struct.
    Struct {
        /// Its fields.
        fields: Vec<Field>,
        /// The type of extra properties, when `additionalProperties` allows them.
        additional: Option<TypeRef>,
    },
    /// A string enumeration (with a catch-all for values added later).
    Enum {
        /// The variants.
        variants: Vec<Variant>,
    },
    /// `pub type Name = T;`
    Alias(TypeRef),
    /// `pub struct Name(pub T);` (a string with its own format or pattern).
    Newtype(TypeRef),
    /// An integer enumeration: a newtype with a constant per known value.
    IntEnum {
        /// The constants: name and value.
        values: Vec<(String, i64)>,
    },
    /// The body of an operation whose success statuses have different bodies.
    StatusEnum {
        /// Variant name, status and body type (`None`: no body).
        variants: Vec<(String, u16, Option<TypeRef>)>,
    },
    /// The crate-wide enum of error bodies: one variant per distinct error schema. It is not
    /// decoded by trying variants: an operation's response status picks the variant
    /// ([`Operation::error_statuses`]).
    ErrorBody {
        /// The variants: name and type.
        variants: Vec<(String, TypeRef)>,
    },
    /// One of several types.
    OneOf {
        /// The variants: name and type.
        variants: Vec<(String, TypeRef)>,
        /// The tag property and its values for each variant (one or more: a discriminator's
        /// mapping may give one schema two values), when tagged.
        tag: Option<(String, Vec<Vec<String>>)>,
        /// The indexes of integer variants that also decode from a string holding an integer
        /// (`x-lenient-integer`).
        lenient: Vec<usize>,
    },
}

/// A struct field.
#[derive(Debug, Clone)]
pub struct Field {
    /// The Rust name.
    pub name: String,
    /// The name on the wire.
    pub wire: String,
    /// The type (without the `Option` that optionality adds).
    pub ty: TypeRef,
    /// Always present.
    pub required: bool,
    /// May be `null`.
    pub nullable: bool,
    /// Documentation.
    pub doc: Option<String>,
    /// What its schema requires beyond the Rust type (`Constraints: …`), for the docs.
    pub constraints: Option<String>,
    /// Set by the server only.
    pub read_only: bool,
    /// Sent by the client only.
    pub write_only: bool,
    /// Deprecated.
    pub deprecated: bool,
    /// An integer that also decodes from a string holding one (`x-lenient-integer`).
    pub lenient: bool,
}

impl Field {
    /// `Option<T>` rather than `T`.
    pub fn optional(&self) -> bool {
        !self.required || self.nullable
    }
}

/// A variant of a string enum.
#[derive(Debug, Clone)]
pub struct Variant {
    /// The Rust name.
    pub name: String,
    /// The value on the wire.
    pub wire: String,
}

/// An API operation.
#[derive(Debug, Clone)]
pub struct Operation {
    /// The operation id (as in the spec, or made from method and path).
    pub id: String,
    /// The method's name.
    pub method_name: String,
    /// The HTTP method, upper case.
    pub http_method: String,
    /// The path template.
    pub path: String,
    /// Summary.
    pub summary: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// Deprecated.
    pub deprecated: bool,
    /// Marked provisional (`x-provisional`).
    pub provisional: bool,
    /// Marked as inferred rather than documented (`x-source: inferred`).
    pub inferred: bool,
    /// Path parameters in template order.
    pub path_params: Vec<Param>,
    /// Query parameters.
    pub query: Vec<Param>,
    /// Header parameters.
    pub headers: Vec<Param>,
    /// Cookie parameters.
    pub cookies: Vec<Param>,
    /// The request body.
    pub body: Option<RequestBody>,
    /// The body's other media types (JSON and a form, say), each sent by a method of its own
    /// (`<method>_form`) that returns the same call; in spec order.
    pub alt_bodies: Vec<AltBody>,
    /// The success response.
    pub response: Response,
    /// The method's arguments after `&self`, in order: path parameters, required query,
    /// header and cookie parameters, the body.
    pub args: Vec<Arg>,
    /// What the method's `Call` yields.
    pub ret: RustTy,
    /// The documented error statuses and the error-body variant each decodes into (an index
    /// into the variants of the crate's [`TypeKind::ErrorBody`]). A status is a code, `1`–`5`
    /// for a range (`4XX` is `4`), or `0` for `default`.
    pub error_statuses: Vec<(u16, usize)>,
    /// The documented error statuses whose response has no JSON body (same encoding as
    /// `error_statuses`).
    pub bodiless_error_statuses: Vec<u16>,
    /// The description of each documented response with one: the status (same encoding as
    /// `error_statuses`) and its text, in spec order.
    pub response_docs: Vec<(u16, String)>,
    /// Index into `Api::security_sets`; `None` when the operation needs no auth.
    pub security: Option<usize>,
    /// How to walk its pages.
    pub pagination: Option<Pagination>,
    /// The marker type of its calls (`ops::ListUsers`): a call returns
    /// `Call<T, ops::ListUsers>`, on which the setters of its optional parameters (and
    /// `stream()` when paginated) are implemented. Every operation has one, so gaining an
    /// optional parameter never changes a method's signature.
    pub marker: String,
    /// The static of the operation's `OperationSpec` in `src/mock.rs`.
    pub mock_const: String,
    /// A sample body (the spec's example, or one made from the schema) for contract tests.
    pub body_sample: Option<Value>,
    /// This operation logs in: its response holds credentials (`x-session`).
    pub session: Option<SessionLogin>,
    /// The header that carries a fresh idempotency key per call, sent the same on every retry
    /// (`x-idempotency-key`, on the operation or the document); with one, the call is retried
    /// like an idempotent one.
    pub idempotency_key: Option<String>,
    /// The spec's tags.
    pub tags: Vec<String>,
    /// The Cargo features any of which compiles it; empty: always compiled.
    pub features: Vec<String>,
}

/// One variant of an operation's error enum (`errors::GetDeviceError`): a documented error
/// status, range or `default`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorVariant {
    /// The variant's name (`NotFound`, `Status422`, `ClientError`, `Default`).
    pub name: String,
    /// The status: a code, `1`–`5` for a range, `0` for `default`.
    pub status: u16,
    /// The body it holds: the variant of the crate's error-body enum and its type; `None`: no
    /// body (or one that is not JSON).
    pub body: Option<(String, TypeRef)>,
}

/// A status as the spec writes it: `404`, `4XX`, `default`.
pub fn status_key(status: u16) -> String {
    match status {
        0 => "default".to_owned(),
        1..=5 => format!("{status}XX"),
        _ => status.to_string(),
    }
}

/// The name of the error-enum variant of a status: the usual name of a common status
/// (`NotFound`), `Status422` for another, the class of a range (`ClientError`), `Default`.
pub fn status_variant(status: u16) -> String {
    let name = match status {
        0 => "Default",
        1 => "Informational",
        3 => "Redirection",
        4 => "ClientError",
        5 => "ServerError",
        301 => "MovedPermanently",
        302 => "Found",
        303 => "SeeOther",
        304 => "NotModified",
        307 => "TemporaryRedirect",
        308 => "PermanentRedirect",
        400 => "BadRequest",
        401 => "Unauthorized",
        402 => "PaymentRequired",
        403 => "Forbidden",
        404 => "NotFound",
        405 => "MethodNotAllowed",
        406 => "NotAcceptable",
        408 => "RequestTimeout",
        409 => "Conflict",
        410 => "Gone",
        412 => "PreconditionFailed",
        413 => "PayloadTooLarge",
        415 => "UnsupportedMediaType",
        429 => "TooManyRequests",
        500 => "InternalServerError",
        501 => "NotImplemented",
        502 => "BadGateway",
        503 => "ServiceUnavailable",
        504 => "GatewayTimeout",
        _ => return format!("Status{status}"),
    };
    name.to_owned()
}

impl Operation {
    /// The name of its error enum in `errors` (`GetDeviceError`): its marker's, with `Error`.
    pub fn error_enum(&self) -> String {
        format!("{}Error", self.marker)
    }

    /// The variants of its error enum, in the order a status is matched: exact codes
    /// ascending, then ranges, then `default`. `bodies` are the variants of the crate's
    /// error-body enum ([`Api::error_bodies`]).
    pub fn error_variants(&self, bodies: &[(String, TypeRef)]) -> Vec<ErrorVariant> {
        let with_body = self.error_statuses.iter().map(|&(status, v)| (status, bodies.get(v).cloned()));
        let without = self.bodiless_error_statuses.iter().map(|&status| (status, None));
        let mut out: Vec<ErrorVariant> = with_body
            .chain(without)
            .map(|(status, body)| ErrorVariant { name: status_variant(status), status, body })
            .collect();
        // Exact codes, then ranges (1–5), then `default` (0).
        out.sort_by_key(|v| match v.status {
            0 => (2, 0),
            1..=5 => (1, v.status),
            code => (0, code),
        });
        out.dedup_by_key(|v| v.status);
        out
    }
}

impl Api {
    /// The variants of the crate's error-body enum: name and type (empty when it is not an
    /// enum, e.g. `serde_json::Value`).
    pub fn error_bodies(&self) -> &[(String, TypeRef)] {
        let TypeRef::Named(name) = &self.error_type else { return &[] };
        match self.types.iter().find(|t| &t.name == name).map(|t| &t.kind) {
            Some(TypeKind::ErrorBody { variants }) => variants,
            _ => &[],
        }
    }
}

/// What a login operation's response provides (`x-session`).
#[derive(Debug, Clone)]
pub struct SessionLogin {
    /// The method that makes a session client.
    pub method_name: String,
    /// For each security scheme it fills: the scheme's name and where its value is.
    pub provides: Vec<(String, SessionValue)>,
    /// When a value is chosen among items: the method that makes a session client with the
    /// caller's choice, and its argument's name.
    pub choose: Option<(String, String)>,
    /// JSON pointer of the expiry.
    pub expires_at: Option<String>,
}

/// Where a session credential is in the login response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionValue {
    /// At a JSON pointer.
    Pointer(String),
    /// At `value` in the item of the array at `items` whose `by` is the caller's choice (or
    /// the only item).
    Chosen {
        /// JSON pointer of the array.
        items: String,
        /// JSON pointer, in an item, of the key the caller chooses by.
        by: String,
        /// JSON pointer, in the chosen item, of the value.
        value: String,
    },
}

/// A parameter.
#[derive(Debug, Clone)]
pub struct Param {
    /// The Rust name: the argument of a required parameter, the setter on the call of an
    /// optional one (never one of the call's own methods: `timeout` becomes `timeout_param`).
    pub name: String,
    /// The name on the wire.
    pub wire: String,
    /// The type.
    pub ty: TypeRef,
    /// Must be given.
    pub required: bool,
    /// Documentation.
    pub doc: Option<String>,
    /// For arrays and objects: one pair per item or field rather than one joined value.
    pub explode: bool,
    /// The serialization style.
    pub style: ParamStyle,
    /// Deprecated.
    pub deprecated: bool,
    /// A sample value (the spec's example, or one made from the schema) for contract tests.
    pub sample: Value,
    /// Its name suggests a credential (`spec::secret`): docs never show its sample as a literal.
    pub sensitive: bool,
    /// The type of its argument (of the method when required, of the setter when optional).
    pub arg: RustTy,
}

/// How a parameter is serialized (OpenAPI `style`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamStyle {
    /// `form` (query, cookie default).
    Form,
    /// `simple` (path, header default).
    Simple,
    /// `spaceDelimited` arrays.
    SpaceDelimited,
    /// `pipeDelimited` arrays.
    PipeDelimited,
    /// `deepObject` objects: `name[key]=value`.
    DeepObject,
}

/// How a body is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Media {
    /// `application/json`.
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// `multipart/form-data`.
    Multipart,
    /// `text/plain` and other text.
    Text,
    /// Raw bytes (`application/octet-stream` and others).
    Bytes,
}

/// Another media type of an operation's request body, sent by a method of its own.
#[derive(Debug, Clone)]
pub struct AltBody {
    /// The method (`create_pet_form`).
    pub method_name: String,
    /// The body in this media type.
    pub body: RequestBody,
    /// The method's arguments after `&self` (the operation's, with this body).
    pub args: Vec<Arg>,
}

/// A request body.
#[derive(Debug, Clone)]
pub struct RequestBody {
    /// The type.
    pub ty: TypeRef,
    /// The encoding.
    pub media: Media,
    /// The media type as written.
    pub media_type: String,
    /// Must be sent.
    pub required: bool,
}

/// The success response of an operation.
#[derive(Debug, Clone)]
pub struct Response {
    /// The status.
    pub status: u16,
    /// The body type; `None` when there is no body.
    pub ty: Option<TypeRef>,
    /// The encoding.
    pub media: Media,
    /// Another success status has no body (a `204` beside a `200` with one): the method returns
    /// `Option<T>`, `None` for an empty body.
    pub optional: bool,
    /// The `Accept` header: the media types of the success responses as decoded (JSON for an
    /// operation without a body), then JSON at a lower weight when errors are JSON.
    pub accept: String,
}

/// How a list operation's pages are addressed (`x-pagination`'s `kind`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageStyle {
    /// The query parameter `param` counts items to skip.
    Offset {
        /// The query parameter.
        param: String,
    },
    /// The query parameter `param` numbers pages from 1.
    Page {
        /// The query parameter.
        param: String,
    },
    /// The token at the body pointer `next` goes into the query parameter `param`.
    Cursor {
        /// The query parameter.
        param: String,
    },
    /// The body pointer `next` holds the next page's URL (or path).
    NextUrl,
    /// The `Link` response header's `rel="next"` URL (RFC 8288).
    LinkHeader,
}

/// How a list operation's pages are walked.
#[derive(Debug, Clone)]
pub struct Pagination {
    /// How pages are addressed.
    pub style: PageStyle,
    /// The page-size parameter.
    pub size_param: Option<String>,
    /// JSON pointer to the items.
    pub items: String,
    /// JSON pointer to the "next" marker: the cursor token (`Cursor`), the next page's URL
    /// (`NextUrl`), or a value that is null on the last page (`Offset`, `Page`).
    pub next: Option<String>,
    /// JSON pointer to the total.
    pub total: Option<String>,
    /// The item type.
    pub item_ty: TypeRef,
    /// The static in `client.rs` describing its pages (`LIST_USERS_PAGES`).
    pub constant: String,
}

/// An example from the spec, to be decoded into its type by a generated test.
#[derive(Debug, Clone)]
pub struct Example {
    /// Where it is in the spec.
    pub pointer: String,
    /// The type it should decode into.
    pub ty: TypeRef,
    /// The example.
    pub value: Value,
}
