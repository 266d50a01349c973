//! The rule catalogue: every kind of change the diff reports, with its verdict for users of
//! the generated crate and the reason for it. A verdict is fixed per rule; where the same
//! spec edit means different things in a request and in a response there are two rules.
//!
//! The principle: a change is *breaking* when code that compiled against the old crate may
//! stop compiling, or a call that worked may now do something else, because of the upgrade.

use serde::Serialize;

use super::semver::Bump;

/// One kind of change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Rule {
    /// The stable identifier (`field-became-nullable`).
    pub id: &'static str,
    /// Whether it breaks users of the generated crate.
    pub breaking: bool,
    /// The version bump it needs on its own.
    pub bump: Bump,
    /// Why it has this verdict.
    pub reason: &'static str,
}

macro_rules! rules {
    ($($name:ident = $id:literal, $breaking:literal, $bump:ident, $reason:literal;)*) => {
        $(
            #[doc = concat!("`", $id, "`: ", $reason)]
            pub const $name: Rule = Rule { id: $id, breaking: $breaking, bump: Bump::$bump, reason: $reason };
        )*
        /// Every rule, in catalogue order.
        pub const ALL: &[Rule] = &[$($name),*];
    };
}

rules! {
    SPEC_ADDED = "spec-added", false, Minor,
        "A new crate is generated; nothing that exists changes.";
    SPEC_REMOVED = "spec-removed", true, Major,
        "The crate is no longer generated: everything its users call disappears.";

    OPERATION_ADDED = "operation-added", false, Minor,
        "A new method on `Client`; existing code is unaffected.";
    OPERATION_REMOVED = "operation-removed", true, Major,
        "The method disappears from `Client`: calls to it stop compiling.";
    OPERATION_RENAMED = "operation-renamed", true, Major,
        "The operationId names the method (and its marker type `ops::…`): code using the old names stops compiling.";
    OPERATION_ID_CHANGED = "operation-id-changed", false, Patch,
        "The operationId changed but yields the same method name; only the id in request spans changes.";
    OPERATION_PATH_CHANGED = "operation-path-changed", true, Major,
        "The method keeps its name but calls another URL: code compiles but does something else, and fails against a server that still serves only the old path.";
    OPERATION_METHOD_CHANGED = "operation-method-changed", true, Major,
        "The method keeps its name but sends another HTTP method: other semantics, and retries follow the method.";
    OPERATION_DEPRECATED = "operation-deprecated", false, Minor,
        "The method gets `#[deprecated]`: callers see a warning, not an error (unless they deny warnings).";
    OPERATION_UNDEPRECATED = "operation-undeprecated", false, Patch,
        "The `#[deprecated]` attribute goes away; nothing else changes.";
    PAGINATION_ADDED = "pagination-added", false, Minor,
        "The operation's `Call` gains a `stream()` method.";
    PAGINATION_REMOVED = "pagination-removed", true, Major,
        "The `stream()` method of the operation's `Call` disappears: calls to it stop compiling.";
    PAGINATION_CHANGED = "pagination-changed", false, Patch,
        "The stream walks pages differently; its signature is unchanged.";

    PARAM_ADDED_REQUIRED = "param-added-required", true, Major,
        "Required parameters are positional arguments: every call needs the new argument.";
    PARAM_ADDED_OPTIONAL = "param-added-optional", false, Minor,
        "Optional parameters are setters on the operation's `Call` (each operation has its own marker type, `ops::…`): a new parameter is a new method, and no signature changes, even for an operation's first optional parameter.";
    PARAM_REMOVED = "param-removed", true, Major,
        "A positional argument or a setter of the call disappears: code passing it stops compiling.";
    PARAM_RENAMED = "param-renamed", true, Major,
        "The optional parameter's setter on the call is renamed.";
    PARAM_WIRE_RENAMED = "param-wire-renamed", false, Patch,
        "Only the name on the wire changes: the parameter is a positional argument (argument names are not part of the Rust API), or its setter keeps its Rust name.";
    PARAM_LOCATION_CHANGED = "param-location-changed", false, Patch,
        "The parameter travels elsewhere (path, query, header, cookie) but keeps its place in the Rust signature.";
    PARAM_LOCATION_REORDERS = "param-location-changed-reorders", true, Major,
        "Required parameters are positional in path, query, header, cookie order: the move changes the argument order.";
    PARAM_TYPE_CHANGED = "param-type-changed", true, Major,
        "The argument's (or the setter's) Rust type changes: code passing the old type stops compiling.";
    PARAM_FORMAT_CHANGED = "param-format-changed", false, Patch,
        "The schema's format changed but maps to the same Rust type.";
    PARAM_MADE_REQUIRED = "param-made-required", true, Major,
        "The parameter's setter disappears and it becomes a positional argument.";
    PARAM_MADE_OPTIONAL = "param-made-optional", true, Major,
        "The positional argument disappears and becomes a setter on the call.";
    PARAM_DEPRECATED = "param-deprecated", false, Patch,
        "Documentation only (`**Deprecated.**` in the setter's rustdoc).";

    REQUEST_BODY_ADDED = "request-body-added", true, Major,
        "The method gains a `body` argument (`Option<…>` when the body is optional): every call needs it.";
    REQUEST_BODY_REMOVED = "request-body-removed", true, Major,
        "The method loses its `body` argument: calls passing one stop compiling.";
    REQUEST_BODY_MADE_REQUIRED = "request-body-made-required", true, Major,
        "`body: Option<&T>` becomes `body: &T`.";
    REQUEST_BODY_MADE_OPTIONAL = "request-body-made-optional", true, Major,
        "`body: &T` becomes `body: Option<&T>`.";
    REQUEST_BODY_TYPE_CHANGED = "request-body-type-changed", true, Major,
        "The `body` argument's Rust type changes.";
    REQUEST_MEDIA_TYPE_CHANGED = "request-media-type-changed", false, Patch,
        "The body is encoded differently on the wire, but the Rust argument type is the same.";
    REQUEST_MEDIA_TYPE_ADDED = "request-media-type-added", false, Minor,
        "A new method sends the body in the new media type; the operation's other methods are unchanged.";
    REQUEST_MEDIA_TYPE_REMOVED = "request-media-type-removed", true, Major,
        "The method that sent the body in that media type is gone: calls of it stop compiling.";

    REQUEST_FIELD_ADDED_REQUIRED = "request-field-added-required", true, Major,
        "A sent struct is built with `new(required fields…)`: `new` gains an argument (and a struct that had no required field loses `Default`).";
    REQUEST_FIELD_ADDED_OPTIONAL = "request-field-added-optional", false, Minor,
        "Structs are `#[non_exhaustive]` and built with `new`/`Default` and setters: a new optional field is a new setter, and sends nothing unless set.";
    REQUEST_FIELD_ADDED_OPTIONAL_NO_DEFAULT = "request-field-added-optional-no-default", false, Minor,
        "The struct has required fields and is built with `new(required…)`; being `#[non_exhaustive]`, it has no struct literal to break: the new optional field is a new setter.";
    REQUEST_FIELD_REMOVED = "request-field-removed", true, Major,
        "The `pub` field disappears: code that sets it stops compiling.";
    RESPONSE_FIELD_ADDED = "response-field-added", false, Minor,
        "A new optional `pub` field in a `#[non_exhaustive]` type the client decodes: no code outside the crate builds it with a literal or matches it exhaustively, and code that builds one (a test faking a response) calls `new` or `Default`, which fill it in: a new setter.";
    RESPONSE_FIELD_ADDED_REQUIRED = "response-field-added-required", true, Major,
        "Every struct, received ones too, is built with `new(required fields…)` (a test fakes a response with it): `new` gains an argument (and a struct that had no required field loses `Default`). Code that only reads it is unaffected.";
    RESPONSE_FIELD_REMOVED = "response-field-removed", true, Major,
        "The `pub` field disappears: code that reads it stops compiling.";
    FIELD_TYPE_CHANGED = "field-type-changed", true, Major,
        "The field's Rust type changes: code that reads or sets it stops compiling.";
    FIELD_BECAME_NULLABLE = "field-became-nullable", true, Major,
        "The field's Rust type gains an `Option` (`T` → `Option<T>`): code that reads it as `T` stops compiling.";
    FIELD_NO_LONGER_NULLABLE = "field-no-longer-nullable", true, Major,
        "The field's Rust type loses an `Option`: code that matches on `Some`/`None` or sets `None` stops compiling.";
    FIELD_MADE_REQUIRED = "field-made-required", true, Major,
        "The field's Rust type loses an `Option` (`Option<T>` → `T`): code that matches on it or sets `None` stops compiling.";
    FIELD_MADE_OPTIONAL = "field-made-optional", true, Major,
        "The field's Rust type gains an `Option` (`T` → `Option<T>`): code that reads or sets it as `T` stops compiling.";
    FIELD_PRESENCE_CHANGED = "field-presence-changed", false, Patch,
        "Required-and-nullable and optional both render as `Option<T>`: the Rust type is unchanged; only whether `None` is sent as `null` or left out differs.";
    FIELD_FORMAT_CHANGED = "field-format-changed", false, Patch,
        "The schema's format changed but maps to the same Rust type.";
    FIELD_DEPRECATED = "field-deprecated", false, Patch,
        "Documentation only (`**Deprecated.**` in the field's rustdoc).";
    ADDITIONAL_PROPERTIES_ADDED = "additional-properties-added", false, Minor,
        "The `#[non_exhaustive]` struct gains an `additional_properties` map (flattened): decoding keeps unknown properties; `new` and `Default` fill it in.";
    ADDITIONAL_PROPERTIES_REMOVED = "additional-properties-removed", true, Major,
        "The struct's `additional_properties` map disappears: code that reads or sets it stops compiling.";
    STRUCT_DEFAULT_REMOVED = "struct-default-removed", true, Major,
        "The struct now has a required field, so it no longer derives `Default`: `T::default()` and `..Default::default()` stop compiling.";

    ENUM_VALUE_ADDED_RESPONSE = "enum-value-added-response", false, Minor,
        "Decoding never failed on it: the `Unknown` catch-all took the value, which now arrives as its own variant. The enum is `#[non_exhaustive]`, so every `match` already has a `_` arm.";
    ENUM_VALUE_ADDED_REQUEST = "enum-value-added-request", false, Minor,
        "A new value users may send; code that sends existing values is unaffected.";
    ENUM_VALUE_REMOVED_REQUEST = "enum-value-removed-request", true, Major,
        "The variant disappears: code that sends it stops compiling (and the server would reject it).";
    ENUM_VALUE_REMOVED_RESPONSE = "enum-value-removed-response", true, Major,
        "The server no longer sends it, but the generated variant disappears too: every `match` arm or comparison naming it stops compiling (the value would still decode, as `Unknown`).";
    INT_ENUM_VALUE_ADDED = "int-enum-value-added", false, Minor,
        "A new associated constant; integer enums are newtypes, so any value already decoded.";
    INT_ENUM_VALUE_REMOVED = "int-enum-value-removed", true, Major,
        "The associated constant disappears: code naming it stops compiling.";
    ONEOF_VARIANT_ADDED_RESPONSE = "oneof-variant-added-response", false, Minor,
        "A received one-of is `#[non_exhaustive]` with an `Unknown` catch-all (the crate's `ErrorBody` too): a value of the new variant used to arrive as `Unknown`, and matches already have a `_` arm.";
    ONEOF_VARIANT_ADDED_REQUEST = "oneof-variant-added-request", false, Minor,
        "One more way to build a value that is only sent; code that builds existing variants is unaffected.";
    ONEOF_VARIANT_REMOVED = "oneof-variant-removed", true, Major,
        "The enum variant disappears: code that builds or matches it stops compiling.";
    TYPE_ADDED = "type-added", false, Minor,
        "A new `pub` type in `types`; nothing existing changes.";
    TYPE_REMOVED = "type-removed", true, Major,
        "The `pub` type disappears from `types`: code naming it stops compiling.";
    TYPE_RENAMED = "type-renamed", true, Major,
        "The same shape under another Rust name (an inline schema moved to a component takes the component's name; a component renamed): code naming the old type stops compiling. Merging identical schemas keeps the other names as aliases, so it is not a rename.";
    ALIAS_SPLIT = "alias-split", true, Major,
        "`pub type X = Y;` becomes a type of its own (its schema's shape no longer matches `Y`'s, e.g. a constraint changed): `X` and `Y` are no longer one type, so code that passes one where the other is expected stops compiling.";
    SCHEMA_DEPRECATED = "schema-deprecated", false, Patch,
        "Documentation only (`**Deprecated.**` in the type's rustdoc).";

    RESPONSE_TYPE_CHANGED = "response-type-changed", true, Major,
        "The method returns another Rust type: code using the result stops compiling.";
    RESPONSE_BODY_ADDED = "response-body-added", true, Major,
        "The method returned `()` and now returns the body: code that used the `()` result (or a `Call<()>`) changes.";
    RESPONSE_BODY_REMOVED = "response-body-removed", true, Major,
        "The method returns `()` instead of the body: code using the result stops compiling.";
    SUCCESS_STATUS_CHANGED = "success-status-changed", false, Patch,
        "Another success status with the same body type: the Rust API is unchanged.";
    STATUS_CODE_ADDED = "status-code-added", false, Patch,
        "A newly documented success (or informational) status decodes into the same return type; no signature changes.";
    STATUS_CODE_REMOVED = "status-code-removed", false, Patch,
        "A success (or informational) status is no longer documented; the Rust API is unchanged.";
    ERROR_STATUS_ADDED = "error-status-added", false, Minor,
        "A newly documented error status (code, range or `default`) is a new variant of the operation's `#[non_exhaustive]` error enum (`errors::…Error`), and its body a variant of the crate's `#[non_exhaustive]` `ErrorBody`: matches already have a `_` arm; no signature changes.";
    ERROR_STATUS_REMOVED = "error-status-removed", true, Major,
        "The status's variant disappears from the operation's error enum (`errors::…Error`): code matching it stops compiling (the status still surfaces as `Error::Status`, with its raw body).";
    ERROR_STATUS_BODY_CHANGED = "error-status-body-changed", true, Major,
        "The status's variant in the operation's error enum holds another type (or gains or loses its body): code matching it with its body stops compiling.";
    STATUS_VARIANT_ADDED = "status-variant-added", false, Minor,
        "The by-status response enum is `#[non_exhaustive]`: a new variant needs no new arm.";
    STATUS_VARIANT_REMOVED = "status-variant-removed", true, Major,
        "The by-status response enum loses a variant: code matching it stops compiling.";

    CONSTRAINT_TIGHTENED_REQUEST = "constraint-tightened-request", true, Major,
        "The server now rejects values the old spec allowed; the generated client does not check constraints, so such calls still compile and fail at run time.";
    CONSTRAINT_LOOSENED_REQUEST = "constraint-loosened-request", false, Patch,
        "Every value that was valid still is; the Rust type is unchanged.";
    CONSTRAINT_CHANGED_RESPONSE = "constraint-changed-response", false, Patch,
        "The client does not check constraints when decoding and the Rust type is unchanged.";

    AUTH_SCHEME_ADDED = "auth-scheme-added", false, Minor,
        "The builder gains a credential setter; existing code is unaffected.";
    AUTH_SCHEME_REMOVED = "auth-scheme-removed", true, Major,
        "The builder's credential setter disappears: code calling it stops compiling.";
    AUTH_SCHEME_CHANGED = "auth-scheme-changed", true, Major,
        "Same setter, but the credential goes somewhere else or with another prefix: a credential configured for the old scheme is likely rejected.";
    OPERATION_AUTH_REQUIRED = "operation-auth-required", true, Major,
        "The operation needed no credential and now needs one: calls from clients built without it fail at run time.";
    OPERATION_AUTH_CHANGED = "operation-auth-changed", true, Major,
        "A credential combination the operation accepted is no longer accepted: clients configured with only that one fail at run time.";
    OPERATION_AUTH_RELAXED = "operation-auth-relaxed", false, Patch,
        "Every credential combination that worked still does; more are accepted.";

    SERVER_URL_CHANGED = "server-url-changed", false, Patch,
        "`Client::DEFAULT_BASE_URL` (or `server_url`'s template) gets another value: code passing its own base URL is unaffected; code using the constant talks to the new URL.";
    SERVER_DEFAULT_ADDED = "server-default-added", false, Minor,
        "`Client::DEFAULT_BASE_URL` is added.";
    SERVER_DEFAULT_REMOVED = "server-default-removed", true, Major,
        "`Client::DEFAULT_BASE_URL` disappears: code using it stops compiling.";
    SERVER_VARIABLES_ADDED = "server-variables-added", false, Minor,
        "The first server with variables adds `Client::server_url`, taking one argument per variable.";
    SERVER_VARIABLES_CHANGED = "server-variables-changed", true, Major,
        "`Client::server_url` takes one argument per server variable: its arguments change, or it disappears.";

    API_VERSION_CHANGED = "api-version-changed", false, Patch,
        "`info.version` appears in the client's rustdoc only.";
    CRATE_VERSION_CHANGED = "crate-version-changed", false, None,
        "`info.x-crate-version` is the generated crate's version; it is checked against the bump the other changes need.";
}

/// The rule with this id.
pub fn by_id(id: &str) -> Option<&'static Rule> {
    ALL.iter().find(|r| r.id == id)
}
