//! The crate around the code: `Cargo.toml`, `README.md` and `src/lib.rs`.

use std::fmt::Write as _;

use proc_macro2::TokenStream;
use quote::quote;

use super::{docs, Cx, EmitOptions};
use crate::ir::{Api, Operation, StringFormat, TypeKind, TypeRef};

pub(super) fn cargo_toml(api: &Api, options: &EmitOptions) -> String {
    let description = format!("Typed client for {} {}", api.title, api.api_version).replace('"', "'");
    let mut out = format!(
        "# This file is generated from {} by `{}`. Do not edit it by hand.\n\
         [package]\n\
         name = \"{}\"\n\
         version = \"{}\"\n\
         edition = \"2021\"\n\
         rust-version = \"1.85\"\n\
         description = \"{}\"\n\
         readme = \"README.md\"\n\
         {}\
         \n\
         [features]\n\
         {}\
         # TLS for https, forwarded to the runtime: with `default-features = false`, choose one.\n\
         # rustls with the Mozilla roots compiled in (no system library).\n\
         rustls-webpki = [\"codegen-runtime/rustls-webpki\"]\n\
         # rustls with the operating system's trust store.\n\
         rustls-native-roots = [\"codegen-runtime/rustls-native-roots\"]\n\
         # The platform's TLS library (OpenSSL on Linux: needs its development files to build).\n\
         native-tls = [\"codegen-runtime/native-tls\"]\n\
         {}\
         # Every type implements both Serialize and Deserialize (by default a type implements\n\
         # only what the API needs: Serialize when it is sent, Deserialize when it is received).\n\
         full-serde = []\n\
         # Structs and one-ofs derive PartialEq (enums always do): for tests, at some compile cost.\n\
         partial-eq = []\n{}{}\
         \n\
         [dependencies]\n\
         codegen-runtime = {}\n\
         serde = {{ version = \"1.0.181\"{} }}\n",
        api.spec_file,
        options.command,
        api.crate_name,
        api.crate_version,
        description,
        publish(api),
        default_features(api),
        format_features(api),
        feature_table(api),
        mock_feature(api),
        runtime_dependency(options),
        if options.serde_derive { ", features = [\"derive\"]" } else { "" }
    );
    if !api.operations.is_empty() {
        out.push_str("\n[dev-dependencies]\ntokio = { version = \"1\", features = [\"macros\", \"rt\"] }\n");
    }
    if !api.examples.is_empty() {
        out.push_str(&format!("\n[[test]]\nname = \"examples\"\nrequired-features = {}\n", test_features(api)));
    }
    if !api.operations.is_empty() {
        // Needs a mock server of the spec: `cargo xtask test` starts one.
        out.push_str(&format!("\n[[test]]\nname = \"contract\"\nrequired-features = {}\n", test_features(api)));
    }
    if options.standalone {
        out.push_str("\n[workspace]\n");
    }
    out
}

/// The `license` and `publish` lines: no `publish` when `info.x-publish` is `true` (any registry), else `publish = false`.
/// With the spec's SPDX license (`info.license.identifier`) first, which a registry requires.
fn publish(api: &Api) -> String {
    let license = api.license.as_ref().map(|l| format!("license = \"{l}\"\n")).unwrap_or_default();
    let publish = if api.publish { "" } else { "publish = false\n" };
    format!("{license}{publish}")
}

/// The runtime dependency: by version, with the path when the runtime is beside the crate (a
/// workspace that publishes both: Cargo uses the path here and the version in the registry).
fn runtime_dependency(options: &EmitOptions) -> String {
    let version = crate::RUNTIME_VERSION;
    match &options.runtime_path {
        Some(path) => format!("{{ version = \"{version}\", path = \"{path}\", default-features = false }}"),
        None => format!("{{ version = \"{version}\", default-features = false }}"),
    }
}

/// The `default` features: rustls with the compiled-in roots, and every tag's operations when
/// there are features per tag.
fn default_features(api: &Api) -> String {
    let tags = if api.features.is_empty() { String::new() } else { format!(", \"{}\"", crate::ir::ALL_OPERATIONS) };
    format!("default = [\"rustls-webpki\"{tags}]\n")
}

/// The string formats the crate's types use, in a stable order.
/// `true` when `serde_json::Value` appears in the crate's API: a field, a one-of (a received
/// one-of keeps what it does not know as JSON), a parameter, a body, a response, the error body.
fn uses_json(api: &Api) -> bool {
    fn json(ty: &TypeRef) -> bool {
        match ty {
            TypeRef::Json => true,
            TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Boxed(inner) => json(inner),
            _ => false,
        }
    }
    let in_types = api.types.iter().any(|t| match &t.kind {
        TypeKind::Struct { fields, additional } => {
            fields.iter().any(|f| json(&f.ty)) || additional.as_ref().is_some_and(json)
        }
        TypeKind::Alias(ty) | TypeKind::Newtype(ty) => json(ty),
        TypeKind::StatusEnum { variants } => variants.iter().filter_map(|v| v.2.as_ref()).any(json),
        TypeKind::OneOf { variants, .. } => t.usage.deserialize || variants.iter().any(|v| json(&v.1)),
        TypeKind::ErrorBody { variants } => variants.iter().any(|v| json(&v.1)),
        TypeKind::Enum { .. } | TypeKind::IntEnum { .. } => false,
    });
    let in_ops = api.operations.iter().any(|op| {
        op.response.ty.as_ref().is_some_and(json)
            || op.body.as_ref().is_some_and(|b| json(&b.ty))
            || op.path_params.iter().chain(&op.query).chain(&op.headers).chain(&op.cookies).any(|p| json(&p.ty))
    });
    in_types || in_ops || json(&api.error_type)
}

pub(super) fn formats_used(api: &Api) -> Vec<StringFormat> {
    fn walk(ty: &TypeRef, out: &mut Vec<StringFormat>) {
        match ty {
            TypeRef::Format(f) if !out.contains(f) => out.push(*f),
            TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Boxed(inner) => walk(inner, out),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for t in &api.types {
        match &t.kind {
            TypeKind::Struct { fields, additional } => {
                fields.iter().for_each(|f| walk(&f.ty, &mut out));
                if let Some(a) = additional {
                    walk(a, &mut out);
                }
            }
            TypeKind::Alias(ty) | TypeKind::Newtype(ty) => walk(ty, &mut out),
            TypeKind::StatusEnum { variants } => {
                variants.iter().filter_map(|v| v.2.as_ref()).for_each(|ty| walk(ty, &mut out))
            }
            TypeKind::ErrorBody { variants } | TypeKind::OneOf { variants, .. } => {
                variants.iter().for_each(|v| walk(&v.1, &mut out))
            }
            _ => {}
        }
    }
    out.sort();
    out
}

/// The features that add conversions to the format types the crate uses (`time`, `uuid`).
fn format_features(api: &Api) -> String {
    let mut out = String::new();
    let formats = formats_used(api);
    if formats.iter().any(|f| f.feature() == "time") {
        out.push_str(
            "# Conversions of the `formats::DateTime`/`Date` fields into and from `time`'s types (fields keep their type).\n\
             time = [\"codegen-runtime/time\"]\n",
        );
    }
    if formats.contains(&StringFormat::Uuid) {
        out.push_str(
            "# Conversions of the `formats::Uuid` fields into and from `uuid::Uuid` (fields keep their type).\n\
             uuid = [\"codegen-runtime/uuid\"]\n",
        );
    }
    out
}

/// `[features]` lines for the features per tag (after `full-serde`).
fn feature_table(api: &Api) -> String {
    if api.features.is_empty() {
        return String::new();
    }
    let all = crate::ir::ALL_OPERATIONS;
    let names: Vec<String> = api.features.iter().map(|f| format!("\"{}\"", f.name)).collect();
    let mut out = format!(
        "# One feature per tag: with `default-features = false`, only the enabled tags' operations (and\n\
         # the types they need) are compiled.\n\
         {all} = [{}]\n",
        names.join(", ")
    );
    for f in &api.features {
        let _ = writeln!(out, "{} = [] # tag `{}`: {} operations", f.name, f.tag.replace('\n', " "), f.operations);
    }
    out
}

/// The `mock` feature (the test kit, `src/mock.rs`), for a crate with operations: it needs
/// `Serialize` on every type it answers with, so it turns on `full-serde`.
fn mock_feature(api: &Api) -> &'static str {
    if api.operations.is_empty() {
        ""
    } else {
        "# The test kit (`mock::Server`): a mock server of the API on loopback for tests of code that\n\
         # uses the client; for `[dev-dependencies]`. Implies `full-serde`.\n\
         mock = [\"codegen-runtime/mock\", \"full-serde\"]\n"
    }
}

fn test_features(api: &Api) -> String {
    if api.features.is_empty() {
        "[\"full-serde\"]".to_owned()
    } else {
        format!("[\"full-serde\", \"{}\"]", crate::ir::ALL_OPERATIONS)
    }
}

/// The first operation callable with no arguments, for usage examples.
fn simple_call(api: &Api) -> Option<&Operation> {
    let no_args = |op: &&Operation| {
        op.path_params.is_empty()
            && op.query.iter().chain(&op.headers).all(|p| !p.required)
            && op.body.as_ref().is_none_or(|b| !b.required)
            && !op.deprecated
    };
    api.operations.iter().filter(no_args).find(|op| op.http_method == "GET" && op.response.ty.is_some())
}

/// The usage lines that build a client whose credentials come from a session (`x-session`):
/// the schemes the login itself needs on the builder, then `with_session` with a login body
/// built by its `new`. `None` when no operation logs in, or its body cannot be written
/// generically (a required field that is not a string). `{base}` and `{lib}` are filled in
/// by the caller.
/// `### Client options, hooks and spawned calls`: the builder's options, a hook, a retry
/// classifier with a deadline, per-call options and a spawned call (when an operation takes no
/// arguments).
fn options_section(out: &mut String, lib: &str, base: &str, op: Option<&Operation>) {
    let _ = writeln!(
        out,
        "### Client options, hooks and spawned calls\n\n\
         A `Hook` sees every attempt (retries too): before it is sent, with the request (add a header, sign it), and \
         after its response (metrics, logs). A `RetryClassifier` (or a closure) decides which attempts are retried; a \
         deadline bounds a whole call, attempts and waits included. Calls own a handle to the client, so they are \
         `Send + 'static` and can be spawned.\n\n\
         ```rust,no_run\n\
         use std::time::Duration;\n\
         use {lib}::{{AttemptInfo, DefaultClassifier, Hook, Outcome, RetryClassifier, RetryPolicy}};\n\n\
         /// Tags every attempt with a request id and logs each response.\n\
         struct RequestId;\n\n\
         impl Hook for RequestId {{\n    \
             fn before_send(\n        \
                 &self,\n        \
                 _operation: &'static str,\n        \
                 request: &mut {lib}::reqwest::Request,\n    \
             ) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {{\n        \
                 request.headers_mut().insert(\"x-request-id\", \"job-42\".parse()?);\n        \
                 Ok(())\n    \
             }}\n\n    \
             fn after_response(&self, operation: &'static str, status: {lib}::StatusCode, _: &{lib}::HeaderMap, took: Duration) {{\n        \
                 eprintln!(\"{{operation}}: {{status}} in {{took:?}}\");\n    \
             }}\n\
         }}\n\n\
         # async fn example() -> Result<(), Box<dyn std::error::Error>> {{\n\
         // Also retry a 500 (when resending is safe); give up on a call after 20 s, waits included.\n\
         let retry = RetryPolicy::with_max_retries(4)\n    \
             .deadline(Duration::from_secs(20))\n    \
             .classifier(|attempt: &AttemptInfo<'_>| match attempt.outcome {{\n        \
                 Outcome::Response {{ status, .. }} if status.as_u16() == 500 => attempt.may_resend,\n        \
                 _ => DefaultClassifier.should_retry(attempt),\n    \
             }});\n\
         let client = {lib}::Client::builder({base})\n    \
             .attempt_timeout(Duration::from_secs(10))\n    \
             .retry(retry)\n    \
             .default_header(\"x-team\", \"billing\")\n    \
             .hook(RequestId)\n    \
             .build()?;"
    );
    if let Some(op) = op {
        let method = op.method_name.trim_start_matches("r#");
        let args = call_args(op);
        let _ = writeln!(
            out,
            "\n// Per call: a deadline, a header, another hook; the client is unchanged.\n\
             let response = client\n    .{method}({args})\n    .deadline(Duration::from_secs(5))\n    \
             .header(\"x-debug\", \"1\")\n    .await?;\n\
             println!(\"{{response:?}}\");\n\n\
             // A call is `Send + 'static`: spawn it (the client is a cheap clone).\n\
             let task = tokio::spawn(client.{method}({args}));\n\
             let response = task.await??;\n\
             println!(\"{{response:?}}\");"
        );
    }
    let _ = writeln!(out, "# Ok(())\n# }}\n```\n");
}

fn session_flow(api: &Api) -> Option<String> {
    let op = api.operations.iter().find(|op| op.session.is_some() && op.path_params.is_empty())?;
    let session = op.session.as_ref()?;
    let body = op.body.as_ref()?;
    let TypeRef::Named(body_ty) = &body.ty else { return None };
    let def = api.types.iter().find(|t| &t.name == body_ty)?;
    let TypeKind::Struct { fields, .. } = &def.kind else { return None };
    let mut args = Vec::new();
    for f in fields.iter().filter(|f| !f.optional() || (f.required && f.nullable)) {
        match &f.ty {
            TypeRef::Secret => {
                args.push(format!("std::env::var(\"{}\")?", f.wire.to_ascii_uppercase().replace('-', "_")))
            }
            TypeRef::String => {
                let sample = op.body_sample.as_ref().and_then(|b| b.get(&f.wire)).and_then(|v| v.as_str());
                args.push(format!("{:?}", sample.unwrap_or("…")));
            }
            _ => return None,
        }
    }
    let provided: Vec<&str> = session.provides.iter().map(|(scheme, _)| scheme.as_str()).collect();
    let login_schemes: Vec<usize> =
        op.security.and_then(|i| api.security_sets.get(i)).and_then(|set| set.first()).cloned().unwrap_or_default();
    let mut out = String::from("let client = {lib}::Client::builder({base})\n");
    for scheme in login_schemes.iter().filter_map(|&i| api.schemes.get(i)) {
        if provided.contains(&scheme.name.as_str()) {
            continue;
        }
        let setter = scheme.setter.trim_start_matches("r#");
        let var = scheme.name.to_ascii_uppercase().replace('-', "_");
        out.push_str(&format!("    .{setter}(std::env::var(\"{var}\")?)\n"));
    }
    out.push_str("    .attempt_timeout(std::time::Duration::from_secs(10))\n    .build()?;\n");
    let method = session.method_name.trim_start_matches("r#");
    let login = op.method_name.trim_start_matches("r#");
    out.push_str(&format!(
        "// Logs in ({login}) on the first call, renews before expiry and after a 401; sends {}.\n\
         let login = {{lib}}::types::{body_ty}::new({});\n\
         let client = client.{method}(&login);\n",
        provided.iter().map(|p| format!("`{p}`")).collect::<Vec<_>>().join(", "),
        args.join(", ")
    ));
    if let Some((choose, arg)) = &session.choose {
        out.push_str(&format!(
            "// Or, when the login answers with several, choose one by its `{arg}`:\n\
             let {arg} = std::env::var(\"{}\")?;\n\
             let chosen = client.{choose}({arg}, &login);\n# drop(chosen);\n",
            arg.trim_start_matches("r#").to_ascii_uppercase()
        ));
    }
    Some(out)
}

fn call_args(op: &Operation) -> String {
    let mut args = Vec::new();
    if op.body.is_some() {
        args.push("None".to_owned());
    }
    args.join(", ")
}

pub(super) fn readme(cx: &Cx<'_>, options: &EmitOptions) -> String {
    let api = cx.api;
    let lib = cx.lib.to_string();
    let mut out = readme_intro(api, options);
    let base = example_base_url(api, &lib);
    usage_section(&mut out, api, &lib, &base);
    options_section(&mut out, &lib, &base, simple_call(api));
    credentials_sections(&mut out, api, &lib, &base);
    errors_section(&mut out, &lib);
    behaviour_section(&mut out, options);
    tls_section(&mut out, api);
    formats_section(&mut out, api, &lib);
    if let (Some(op), None) = (api.operations.first(), &options.module_dir) {
        testing_section(&mut out, api, op, &lib);
    }
    features_section(&mut out, api);
    operations_section(&mut out, api);
    out
}

/// The README's title and what the crate is.
fn readme_intro(api: &Api, options: &EmitOptions) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", api.crate_name);
    let _ = writeln!(
        out,
        "A typed async Rust client for **{}** (API version {}), generated from `{}` by `{}`. \
         Do not edit this crate by hand: change the spec or the generator and regenerate.\n",
        api.title, api.api_version, api.spec_file, options.command
    );
    if let Some(d) = &api.description {
        let _ = writeln!(out, "{}\n", docs::sanitize(d));
    }
    out
}

/// The base URL the README's examples build a client with: the default server, or the
/// server URL of a per-customer host with its variables read from the environment.
fn example_base_url(api: &Api, lib: &str) -> String {
    match (api.servers.first(), &api.server_url) {
        (None, _) => "\"https://api.example.com\"".to_owned(),
        // A per-customer host: show where it goes, each variable read from the environment.
        (Some(server), Some(url)) if !server.variables.is_empty() => {
            let values: Vec<String> = url
                .args
                .iter()
                .map(|arg| format!("&std::env::var(\"{}\")?", arg.trim_start_matches("r#").to_ascii_uppercase()))
                .collect();
            format!("{lib}::Client::{}({})", url.name, values.join(", "))
        }
        (Some(_), _) => format!("{lib}::Client::DEFAULT_BASE_URL"),
    }
}

/// `## Usage`: building a client, a call, a call with its response, a stream.
fn usage_section(out: &mut String, api: &Api, lib: &str, base: &str) {
    let _ = writeln!(out, "## Usage\n");
    let credential = api
        .schemes
        .first()
        .map(|s| s.bearer_setter.as_ref().unwrap_or(&s.setter))
        .map(|setter| format!("    .{}(std::env::var(\"API_CREDENTIAL\")?)\n", setter.trim_start_matches("r#")));
    let _ = writeln!(out, "```rust,no_run\n# async fn example() -> Result<(), Box<dyn std::error::Error>> {{");
    match session_flow(api) {
        Some(flow) => out.push_str(&flow.replace("{base}", base).replace("{lib}", lib)),
        None => {
            let _ = write!(out, "let client = {lib}::Client::builder({base})\n{}    .attempt_timeout(std::time::Duration::from_secs(10))\n    .build()?;\n", credential.unwrap_or_default());
        }
    }
    if let Some(op) = simple_call(api) {
        let _ = writeln!(
            out,
            "let response = client.{}({}).await?;\nprintln!(\"{{response:?}}\");",
            op.method_name.trim_start_matches("r#"),
            call_args(op)
        );
        let _ = writeln!(out, "\n// Status and headers too, with per-call settings:\nlet full = client\n    .{}({})\n    .attempt_timeout(std::time::Duration::from_secs(2))\n    .send_with_response()\n    .await?;\nprintln!(\"{{}} {{:?}}\", full.status, full.headers);", op.method_name.trim_start_matches("r#"), call_args(op));
    }
    let paged = api.operations.iter().filter(|op| op.pagination.is_some()).find(|op| {
        op.path_params.is_empty()
            && op.query.iter().chain(&op.headers).all(|p| !p.required)
            && op.body.is_none()
            && !op.deprecated
    });
    if let Some(op) = paged {
        let method = op.method_name.trim_start_matches("r#");
        let _ = writeln!(out, "\n// Every item of every page (optional parameters are setters on the call):\nuse {lib}::TryStreamExt;\nlet mut items = client.{method}({}).stream();\nwhile let Some(item) = items.try_next().await? {{\n    println!(\"{{item:?}}\");\n}}", call_args(op));
    }
    let _ = writeln!(out, "# Ok(())\n# }}\n```\n");
}

/// How to give a credential that changes, or a token when the spec declares no scheme.
fn credentials_sections(out: &mut String, api: &Api, lib: &str, base: &str) {
    if let Some(scheme) = api.schemes.first() {
        let setter = scheme.setter.trim_start_matches("r#");
        let _ = writeln!(
            out,
            "### Credentials that change\n\n\
             A `CredentialSource` is asked for the credential on every call, so a token refreshed elsewhere is used \
             without rebuilding the client (and after a 401 its `invalidate` may renew it before the call is sent once more):\n\n\
             ```rust,no_run\n\
             use std::sync::{{Arc, RwLock}};\n\
             use {lib}::{{CredentialFuture, CredentialSource, Secret}};\n\n\
             /// Hands out the token another task last stored.\n\
             struct SharedToken(Arc<RwLock<String>>);\n\n\
             impl CredentialSource for SharedToken {{\n    \
                 fn credential(&self) -> CredentialFuture<'_> {{\n        \
                     let token = self.0.read().map(|t| t.clone()).unwrap_or_default();\n        \
                     Box::pin(async move {{ Ok(Secret::from(token)) }})\n    \
                 }}\n\
             }}\n\n\
             # fn example() -> Result<(), Box<dyn std::error::Error>> {{\n\
             let token = Arc::new(RwLock::new(String::from(\"first-token\")));\n\
             let client = {lib}::Client::builder({base})\n    \
                 .{setter}_source(SharedToken(token.clone()))\n    \
                 .build()?;\n\
             // Later, once the token was renewed: the next call sends the new one.\n\
             if let Ok(mut t) = token.write() {{\n    \
                 *t = String::from(\"renewed-token\");\n\
             }}\n\
             # drop(client);\n\
             # Ok(())\n\
             # }}\n\
             ```\n"
        );
    }
    if api.schemes.is_empty() {
        let _ = writeln!(
            out,
            "### Sending a token\n\n\
             The spec declares no security scheme, so the builder has no credential setter. A server that still \
             wants a token gets it as a default header, sent with every request:\n\n\
             ```rust,no_run\n\
             # fn example() -> Result<(), Box<dyn std::error::Error>> {{\n\
             let token = std::env::var(\"API_TOKEN\")?;\n\
             let client = {lib}::Client::builder({base})\n    \
                 .default_header(\"Authorization\", format!(\"Bearer {{token}}\"))\n    \
                 .build()?;\n\
             # drop(client);\n\
             # Ok(())\n\
             # }}\n\
             ```\n"
        );
    }
}

/// `## Errors`: what the crate's `Error` tells apart.
fn errors_section(out: &mut String, lib: &str) {
    let _ = writeln!(
        out,
        "## Errors\n\n\
         Every call returns `Result<T, {lib}::Error>`. The error tells apart:\n\n\
         - `Error::Status`: the server answered with an error status; it carries the status, headers, raw body and, \
         when the spec describes the body for that status, the decoded body (`error.error_body()`);\n\
         - `Error::Decode`: a success body did not match the spec; it names the operation, the Rust type, the path to the \
         failing field and a snippet of the body;\n\
         - `Error::Timeout`, `Error::Deadline`, `Error::Transport`: the request did not complete (a transport error's \
         `source.kind()`, `is_connect()` and `is_timeout()` say how);\n\
         - `Error::InvalidRequest`, `Error::MissingCredential`, `Error::Credential`: the request could not be built or authenticated;\n\
         - `Error::Login`: the login of a session client failed (refused, with its status and body, or its response lacks \
         what the session needs); the call was not sent.\n\n\
         `error.to_string()` is one line: operation, status and a snippet of the body.\n\n\
         Each operation's documented error statuses are an enum of their own in `errors` (`errors::GetItemError` for \
         `get_item`: a variant per status, range or `default`, holding the body documented for it), which \
         `error.operation_error()` gives for a status the operation documents; each method's docs list its statuses. \
         `is_not_found()`, `is_conflict()`, `is_unauthorized()`, `is_forbidden()`, `is_rate_limited()` and \
         `is_server_error()` test any error's status.\n"
    );
}

/// `## Behaviour`: retries, timeouts, per-call options, credentials, compatibility, serde.
fn behaviour_section(out: &mut String, options: &EmitOptions) {
    let how = if options.serde_derive {
        "The impls are derived with `serde_derive` (this crate was generated with `--serde-derive`)."
    } else {
        "The impls are written out, not derived: a struct decodes through one shared visitor, a `match` from each \
         key to its field and a line per field (`codegen_runtime::model`), which compiles in a fraction of \
         `serde_derive`'s time and decodes as fast."
    };
    let _ = writeln!(
        out,
        "## Behaviour\n\n\
         - **Retries**: idempotent calls (GET, HEAD, PUT, DELETE, OPTIONS) are retried on connection errors, timeouts, \
         408, 429, 502, 503 and 504, with exponential backoff and jitter, honouring `Retry-After` (seconds or an HTTP date). \
         POST and PATCH are retried only on connection errors (nothing was sent) unless the policy opts in, or the \
         call has an idempotency key: an operation the spec marks (`x-idempotency-key`) sends a fresh key per call, the \
         same on every retry, and `.idempotency_key(\"…\")` gives your own. Configure with `ClientBuilder::retry` or \
         per call with `.retry(RetryPolicy::…)`; `RetryPolicy::classifier` replaces the rules of which attempts are \
         retried, and `RetryPolicy::deadline` or per call `.deadline(…)` bounds a whole call (`Error::Deadline`, with \
         the attempts made).\n\
         - **Timeouts**: 10 s to connect and 30 s per attempt by default; `ClientBuilder::attempt_timeout`, \
         `connect_timeout`, or per call `.attempt_timeout(…)`. A timeout bounds one attempt, so with retries a call \
         runs longer: `ClientBuilder::deadline` or per call `.deadline(…)` bounds the whole call. A timed-out attempt \
         is `Error::Timeout`, a call past its deadline `Error::Deadline` (`timeout()` is the deprecated old name of \
         `attempt_timeout()`).\n\
         - **Per-call options**: `.header(name, value)`, `.attempt_timeout(…)`, `.retry(…)`, `.retry_classifier(…)`, `.deadline(…)`, \
         `.idempotency_key(…)`, `.hook(…)`, `.send_with_response()` (status and headers), without rebuilding the client; \
         `ClientBuilder::default_header` and `ClientBuilder::hook` apply to every call. A call is a `Send + 'static` \
         future (`tokio::spawn(client.op(…))`). `ClientBuilder::http_client` takes your own `reqwest::Client` (proxies, TLS \
         roots); `base_url` points the client elsewhere.\n\
         - **Credentials**: set once on the builder, or as a `CredentialSource` asked on every call (to rotate or refresh \
         tokens; on a 401 it is told to renew and the call is sent once more). Secrets never appear in `Debug` output, \
         spans or logs.\n\
         - **Forward compatibility**: every type is `#[non_exhaustive]`; string enums have an `Unknown` variant for \
         values added to the API later, received one-ofs an `Unknown` that keeps the JSON; unknown object fields are \
         ignored. Optional parameters are setters on the call (`client.op(…).limit(10)`), and every struct, sent or \
         received (a test fakes a response with it), is built with `new(required…)` (or `Default`) and a setter \
         per optional field, so a new optional parameter or field breaks no code. Setters take what you have: \
         `impl Into<T>` (`.name(\"x\")`), a list any iterator of convertible items (`.tags([\"a\", \"b\"])`).\n\
         - **Errors by status**: an error body is decoded with the schema the operation documents for that status \
         (`Error::error_body()`); an undocumented status keeps the raw body.\n\
         - **Optional and nullable fields** of types that are sent are `Option<Option<T>>`: `None` is not sent, \
         `Some(None)` sends `null`, `Some(Some(v))` sends `v`, so a PATCH changes only what you set. Their setters \
         say which: `.field(v)` sends `v`, `.field_null()` sends `null`, and a field never set is left out \
         (`.field(None)` does not compile, so an `Option` never becomes `null` unnoticed).\n\
         - **Tracing**: one `tracing` span per request (`http.request`) with operation, method, path template, status, \
         attempt and latency.\n\
         - **Serde**: a type implements `Serialize` only if it is sent and `Deserialize` only if it is received; \
         the `full-serde` feature implements both everywhere; `partial-eq` derives `PartialEq` on structs and \
         one-ofs (for tests: `features = [\"partial-eq\"]` in `[dev-dependencies]`). They stay opt-in because they \
         cost more than a tenth of a crate's build: on the WorkDrive client (rustc CPU time of the crate, median of \
         5), `Serialize` on every type +16%, `PartialEq` +11%, both +24%, `full-serde` with `partial-eq` +26%. {how}\n"
    );
}

/// `## TLS`: the features that choose it.
fn tls_section(out: &mut String, api: &Api) {
    let _ = writeln!(
        out,
        "## TLS\n\n\
         HTTPS goes through the runtime's reqwest; the crate's features choose its TLS (default: `rustls-webpki`):\n\n\
         | feature | TLS | trusted roots |\n|---|---|---|\n\
         | `rustls-webpki` (default) | rustls | Mozilla's, compiled in (no system library) |\n\
         | `rustls-native-roots` | rustls | the operating system's trust store |\n\
         | `native-tls` | the platform's (OpenSSL on Linux, needs its development files) | the system's |\n\n\
         ```toml\n{} = {{ version = \"{}\", default-features = false, features = [\"rustls-native-roots\"] }}\n```\n\n\
         Without any of them only `http://` base URLs work. Your own `reqwest::Client` (`ClientBuilder::http_client`) \
         brings its own TLS.\n",
        api.crate_name, api.crate_version
    );
}

/// `## Formats`: the string formats the API uses and their conversions.
fn formats_section(out: &mut String, api: &Api, lib: &str) {
    let formats = formats_used(api);
    if !formats.is_empty() {
        let rows: String = formats
            .iter()
            .map(|f| {
                let (format, parsed) = match f {
                    StringFormat::DateTime => ("date-time", "`to_offset_date_time()`, `time::OffsetDateTime`"),
                    StringFormat::Date => ("date", "`to_date()`, `time::Date`"),
                    StringFormat::Uuid => ("uuid", "`to_uuid()`, `uuid::Uuid`"),
                };
                format!("| `{format}` | `{lib}::formats::{}` | `{}` | {parsed} |\n", f.rust_name(), f.feature())
            })
            .collect();
        let _ = writeln!(
            out,
            "## Formats\n\n\
             Fields of these string formats keep the exact string (it round-trips unchanged and reads as `&str`: \
             `as_str()`, `Display`, `From<String>`); a feature adds parsing (a value that does not parse is an \
             error, not a panic) and `From` the parsed type. Features only add conversions: a field's type is the \
             same with or without them.\n\n\
             | format | Rust type | feature | conversions |\n|---|---|---|---|\n{rows}"
        );
    }
}

/// `## Features`: the tag features of a large API.
fn features_section(out: &mut String, api: &Api) {
    if !api.features.is_empty() {
        let first = &api.features[0].name;
        let _ = writeln!(
            out,
            "## Features\n\n\
             The API is large, so each tag's operations are behind a Cargo feature. All are on by default \
             (`{all}`); to compile only what you use:\n\n\
             ```toml\n{} = {{ path = \"…\", default-features = false, features = [\"rustls-webpki\", \"{first}\"] }}\n```\n\n\
             (`rustls-webpki`, or another TLS feature: see TLS above.) The types an enabled operation needs come with it; operations without a tag and the error type are \
             always compiled; types no operation uses come with `{all}`.\n\n\
             | feature | tag | operations |\n|---|---|--:|",
            api.crate_name,
            all = crate::ir::ALL_OPERATIONS
        );
        for f in &api.features {
            let _ =
                writeln!(out, "| `{}` | {} | {} |", f.name, f.tag.replace('|', "\\|").replace('\n', " "), f.operations);
        }
        out.push('\n');
    }
}

/// `## Operations`: the table of every operation, and the inferred ones.
fn operations_section(out: &mut String, api: &Api) {
    let _ = writeln!(out, "## Operations\n\n| Method | Path | Client method | Notes |\n|---|---|---|---|");
    for op in &api.operations {
        let mut notes = Vec::new();
        if op.deprecated {
            notes.push("deprecated");
        }
        if op.provisional {
            notes.push("provisional");
        }
        if op.inferred {
            notes.push("**unverified** (inferred)");
        }
        if op.pagination.is_some() {
            notes.push("paginated");
        }
        let gate = op.features.iter().map(|f| format!("`{f}`")).collect::<Vec<_>>().join(" or ");
        let gate = if gate.is_empty() { String::new() } else { format!("feature {gate}") };
        if !gate.is_empty() {
            notes.push(&gate);
        }
        let _ = writeln!(
            out,
            "| {} | `{}` | `{}` | {} |",
            op.http_method,
            op.path,
            op.method_name.trim_start_matches("r#"),
            notes.join(", ")
        );
    }
    let inferred: Vec<&Operation> = api.operations.iter().filter(|o| o.inferred).collect();
    if !inferred.is_empty() {
        let _ = writeln!(out, "\n### Unverified operations\n\nNo source document shows these; they are inferred from the API's documented conventions and may not exist:\n");
        for op in inferred {
            let _ = writeln!(out, "- `{} {}` (`{}`)", op.http_method, op.path, op.method_name.trim_start_matches("r#"));
        }
    }
}

/// The README's section on the test kit (`mock`), its example an expectation of `op`.
fn testing_section(out: &mut String, api: &Api, op: &Operation, lib: &str) {
    let path: String = op.path_params.iter().map(|p| format!(".path({:?})", format!("{}-1", p.wire))).collect();
    let _ = writeln!(
        out,
        "## Testing code that uses the client\n\n\
         The `mock` feature adds a test kit: `mock::Server`, a mock server of this API on loopback (wiremock's), \
         typed per operation, and a `Client` pointed at it with no retries and a dummy credential for every \
         scheme.\n\n\
         ```toml\n[dev-dependencies]\n{} = {{ version = \"{}\", features = [\"mock\"] }}\n```\n\n\
         ```rust,ignore\n\
         let server = {lib}::mock::Server::start().await;\n\
         server.expect({lib}::ops::{marker}){path}.returns_example().times(1);\n\
         let client = server.client();\n\
         // … call the code under test with `&client` …\n\
         ```\n\n\
         An expectation matches its operation's calls (narrowed by `.path(value)` in the template's order, \
         `.path_param(name, value)`, `.query(name, value)`), answers with the spec's documented example unless \
         told `.returns(&body)` (the operation's success type), `.returns_status(status, &error_body)` or \
         `.returns_empty(status)`, adds `.response_header(name, value)`, and wants at least one call unless \
         told `.times(n)` or `.any_times()`. Every request is checked against the spec (method and path, query \
         parameters, a JSON body decoded into the operation's body type); one that does not conform or that no \
         expectation matches is answered with status 500 and a text body naming it and the expectations there \
         are. Dropping the server panics with every problem (unexpected requests, expectations called too often \
         or too rarely), naming the operations; `server.verify()` returns them instead.\n",
        api.crate_name,
        api.crate_version,
        marker = op.marker.trim_start_matches("r#"),
    );
}

/// `src/lib.rs`; with `module_dir` (the module form, see [`super::EmitOptions::module_dir`]) each
/// module is declared with a `#[path]` into that directory and there are no inner attributes.
pub(super) fn lib_rs(cx: &Cx<'_>, module_dir: Option<&str>) -> TokenStream {
    let api = cx.api;
    let error = cx.ty(&api.error_type, true);
    let modules = module_decls(api, module_dir);
    let optional = optional_reexports(api);
    let inner = module_dir.is_none().then(|| {
        quote! {
            #![doc = include_str!("../README.md")]
            #![forbid(unsafe_code)]
            #![warn(missing_docs)]
        }
    });
    quote! {
        #inner

        // Generated code is formatted by the generator; rustfmt leaves it as it is.
        #modules

        #[rustfmt::skip]
        pub use client::{Client, ClientBuilder};
        #[rustfmt::skip]
        pub use codegen_runtime::{ApiResponse, AttemptInfo, BuildError, CredentialFuture, CredentialSource, DecodeError, DecodeFailure, DefaultClassifier, Exchange, ExchangeBody, ExchangeResponse, HeaderMap, Hook, LoginError, Outcome, Recorder, RequestOptions, RetryClassifier, RetryPolicy, Secret, StatusCode, TransportError, TransportKind, UnknownValue};
        /// The HTTP client underneath, for [`ClientBuilder::http_client`] and the request a [`Hook`] sees.
        #[rustfmt::skip]
        pub use codegen_runtime::reqwest;

        /// The body of an error response: the variant the operation's spec documents for the status.
        #[rustfmt::skip]
        pub type ErrorBody = #error;
        /// Everything that can go wrong in a call.
        #[rustfmt::skip]
        pub type Error = codegen_runtime::Error<ErrorBody>;
        /// The result of a call.
        #[rustfmt::skip]
        pub type Result<T> = std::result::Result<T, Error>;
        /// An error response (`Error::Status`): status, headers, raw body and the decoded error body.
        #[rustfmt::skip]
        pub type StatusError = codegen_runtime::StatusError<ErrorBody>;
        #optional
    }
}

/// The crate's modules (`#[path]`ed into `module_dir` in the module form): client, the call
/// and its errors, ops and the test kit when there are operations, types.
fn module_decls(api: &Api, module_dir: Option<&str>) -> TokenStream {
    let has_ops = !api.operations.is_empty();
    let path = |module: &str| {
        module_dir.map(|dir| {
            let file = format!("{}/{module}.rs", dir.trim_end_matches(['/', '\\']));
            quote!(#[path = #file])
        })
    };
    let (call_path, ops_path, client_path, types_path) = (path("call"), path("ops"), path("client"), path("types"));
    let errors_path = path("errors");
    // The test kit: a feature of a crate, not of the module form's includer.
    let mock = (module_dir.is_none()).then(|| {
        quote! {
            #[cfg(feature = "mock")]
            #[rustfmt::skip]
            pub mod mock;
        }
    });
    let ops = has_ops.then(|| {
        quote! {
            #[rustfmt::skip]
            #call_path
            mod call;
            #[rustfmt::skip]
            #errors_path
            pub mod errors;
            #[rustfmt::skip]
            #ops_path
            pub mod ops;
            #mock
        }
    });
    quote! {
        #[rustfmt::skip]
        #client_path
        mod client;
        #ops
        #[rustfmt::skip]
        #types_path
        pub mod types;
    }
}

/// The re-exports a crate has only when its API needs them: the call and its futures, JSON,
/// streams and uploads, formats.
fn optional_reexports(api: &Api) -> TokenStream {
    let has_ops = !api.operations.is_empty();
    let call = has_ops.then(|| {
        quote! {
            #[rustfmt::skip]
            pub use call::Call;
            /// What [`Call::send`] returns: the future of the decoded body.
            #[rustfmt::skip]
            pub type CallFuture<T> = codegen_runtime::CallFuture<T, ErrorBody>;
            /// What [`Call::send_with_response`] returns: the future of status, headers and body.
            #[rustfmt::skip]
            pub type ResponseFuture<T> = codegen_runtime::ResponseFuture<T, ErrorBody>;
        }
    });
    // A `serde_json::Value` in a signature: callers name it without a dependency of their own.
    let json = uses_json(api).then(|| {
        quote! {
            /// The JSON of fields, bodies and one-ofs the spec leaves open (`serde_json::Value`).
            #[rustfmt::skip]
            pub use codegen_runtime::serde_json;
        }
    });
    let paged = api.operations.iter().any(|o| o.pagination.is_some());
    let streamed = api.operations.iter().any(|o| {
        o.response.ty.is_some() && matches!(o.response.media, crate::ir::Media::Bytes | crate::ir::Media::Text)
    });
    let items = paged.then(|| {
        quote! {
            /// A stream of the items of every page of a list operation.
            #[rustfmt::skip]
            pub type ItemStream<T> = codegen_runtime::ItemStream<T, ErrorBody>;
            /// A stream of the pages of a list operation (`pages()`): items `I`, the page as `B`.
            #[rustfmt::skip]
            pub type PageStream<I, B> = codegen_runtime::PageStream<I, B, ErrorBody>;
            #[rustfmt::skip]
            pub use codegen_runtime::Page;
        }
    });
    let bytes = streamed.then(|| {
        quote! {
            /// A success body streamed in chunks (`send_streaming` of a binary or text download).
            #[rustfmt::skip]
            pub type ByteStream = codegen_runtime::ByteStream<ErrorBody>;
        }
    });
    let stream_traits = (paged || streamed).then(|| {
        quote! {
            #[rustfmt::skip]
            pub use codegen_runtime::{Stream, StreamExt, TryStreamExt};
        }
    });
    let upload =
        api.operations.iter().any(|o| o.body.as_ref().is_some_and(|b| b.media == crate::ir::Media::Bytes)).then(|| {
            quote! {
                #[rustfmt::skip]
                pub use codegen_runtime::Upload;
            }
        });
    let stream = quote!(#items #bytes #stream_traits #upload);
    let formats = (!formats_used(api).is_empty()).then(|| {
        quote! {
            #[rustfmt::skip]
            pub use codegen_runtime::formats;
        }
    });
    quote!(#call #json #stream #formats)
}
