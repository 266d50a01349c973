//! Paths and operations: parameters, bodies, responses, security and pagination.

use serde_json::Value;

use super::types::doc_of;
use super::Lowerer;
use crate::diagnostic::{child, Diagnostic};
use crate::ir::{
    AltBody, Media, Operation, PageStyle, Pagination, Param, ParamStyle, RequestBody, Response, RustTy, Scheme,
    SessionLogin, SessionValue, TypeDef, TypeKind, TypeRef, Usage,
};
use crate::naming::{self, Scope};
use crate::spec::openapi::{template_params, METHODS};
use crate::spec::secret::{secrecy, Secrecy};

/// Operations as they are lowered, with the interned security requirement lists.
#[derive(Default)]
pub(super) struct Ops {
    pub list: Vec<Operation>,
    pub security_sets: Vec<Vec<Vec<usize>>>,
    /// The name of `Client::server_url`, claimed among the methods when a server has variables.
    pub server_url: Option<String>,
    /// Per operation: (status, error body type).
    pub errors: Vec<Vec<(u16, TypeRef)>>,
}

fn media_kind(media_type: &str) -> Media {
    let m = media_type.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    if m == "application/json" || m.ends_with("+json") || m == "*/*" || m == "application/*" {
        Media::Json
    } else if m == "application/x-www-form-urlencoded" {
        Media::Form
    } else if m == "multipart/form-data" {
        Media::Multipart
    } else if m.starts_with("text/") {
        Media::Text
    } else {
        Media::Bytes
    }
}

/// The encoding of the media type `media_type` whose object under `content` is `media`: a
/// wildcard (`*/*`, `application/*`) whose schema is `type: string, format: binary` is bytes,
/// not JSON.
fn media_kind_of(media_type: &str, media: &Value) -> Media {
    let kind = media_kind(media_type);
    let m = media_type.split(';').next().unwrap_or_default().trim();
    let schema = media.get("schema");
    let binary = schema.and_then(|s| s.get("type")).and_then(Value::as_str) == Some("string")
        && schema.and_then(|s| s.get("format")).and_then(Value::as_str) == Some("binary");
    if kind == Media::Json && m.ends_with("/*") && binary {
        Media::Bytes
    } else {
        kind
    }
}

/// Picks the media type a client uses: JSON first, then form, text, anything.
fn pick_media(content: &serde_json::Map<String, Value>) -> Option<(&String, &Value)> {
    let rank = |m: &str| match media_kind(m) {
        Media::Json => 0,
        Media::Form | Media::Multipart => 1,
        Media::Text => 2,
        Media::Bytes => 3,
    };
    content.iter().min_by_key(|(m, _)| rank(m))
}

/// The `Accept` header of an operation whose success responses are `media_types` (JSON first,
/// as decoded), with JSON at a lower weight when it is not among them but error bodies are JSON.
/// Media types that are not valid header text are left out.
fn accept_header(media_types: &[String], json_errors: bool) -> String {
    let valid = |m: &&String| !m.is_empty() && m.bytes().all(|b| (0x20..0x7f).contains(&b));
    let mut ranked: Vec<&String> = media_types.iter().filter(valid).collect();
    ranked.sort_by_key(|m| media_kind(m) != Media::Json);
    let mut accept: Vec<String> = ranked.into_iter().cloned().collect();
    let has_json = accept.iter().any(|m| media_kind(m) == Media::Json);
    if accept.is_empty() {
        accept.push("application/json".to_owned());
    } else if json_errors && !has_json {
        accept.push("application/json;q=0.5".to_owned());
    }
    accept.join(", ")
}

/// A response key as a status: the code, `1`–`5` for a range (`4XX`), `0` for `default`.
fn status_code(key: &str) -> Option<u16> {
    match key.as_bytes() {
        b"default" => Some(0),
        [d @ b'1'..=b'5', b'X' | b'x', b'X' | b'x'] => Some(u16::from(d - b'0')),
        _ => key.parse().ok().filter(|s| (100..600).contains(s)),
    }
}

impl<'a> Lowerer<'a> {
    /// Lowers the operations into `ops`; `server_url`: a server has variables, so `Client` has a
    /// `server_url` function, whose name no operation may take.
    pub(super) fn operations(&mut self, schemes: &[Scheme], server_url: bool, ops: &mut Ops) {
        let mut methods = Scope::with_taken(&["new", "builder", "core", "base_url", "from_core"]);
        ops.server_url = server_url.then(|| methods.claim("server_url".to_owned()));
        let Some(paths) = self.root.get("paths").and_then(Value::as_object) else { return };
        let mut params_scope = Scope::default();
        let root_security = self.root.get("security");
        for (path, item) in paths {
            let item_ptr = child("/paths", path);
            let (item, item_ptr) = self.deref(item, &item_ptr);
            self.unmodelled_servers(item, &item_ptr);
            for method in METHODS {
                let Some(op) = item.get(*method) else { continue };
                let ptr = child(&item_ptr, method);
                self.unmodelled_servers(op, &ptr);
                let id = op.get("operationId").and_then(Value::as_str).map(str::to_owned).unwrap_or_else(|| {
                    let words: Vec<&str> = path.split(['/', '{', '}', '-', '.']).filter(|w| !w.is_empty()).collect();
                    format!("{method}_{}", words.join("_"))
                });
                let given = self.rust_name(op, &ptr, |n| naming::snake(n, "operation"));
                let method_name = methods.claim(given.clone().unwrap_or_else(|| naming::snake(&id, "operation")));
                if let Some(given) = given.as_ref().filter(|g| **g != method_name) {
                    self.rust_name_taken(&ptr, given, &method_name);
                }
                let op_hint = naming::camel(given.as_deref().unwrap_or(&id), "Operation");
                let mut arg_scope = Scope::with_taken(&["self", "params", "body", "req"]);
                let (path_params, query, headers, cookies) = self.parameters(
                    item.get("parameters"),
                    &item_ptr,
                    op.get("parameters"),
                    &ptr,
                    path,
                    &op_hint,
                    &mut arg_scope,
                );
                let (body, body_sample, alternatives) = match self.request_body(op, &ptr, &op_hint) {
                    Some((body, sample, alternatives)) => (Some(body), Some(sample), alternatives),
                    None => (None, None, Vec::new()),
                };
                // Claimed right after the main method, so they are stable in spec order.
                let alt_bodies = alternatives
                    .into_iter()
                    .map(|(suffix, body)| AltBody {
                        method_name: methods.claim(format!("{}_{suffix}", method_name.trim_start_matches("r#"))),
                        body,
                        args: Vec::new(),
                    })
                    .collect();
                let (response, errors, bodiless_errors) = self.responses(op, &ptr, &op_hint);
                let security = self.security(op.get("security").or(root_security), &ptr, schemes, ops);
                let pagination = self.pagination(op, &ptr, &response, &query);
                let session = self.session_login(op, &ptr, schemes, &mut methods);
                let idempotency_key = self.idempotency_key(op, &ptr);
                let marker = params_scope.claim(op_hint.clone());
                let text = |key: &str| op.get(key).and_then(Value::as_str).map(str::to_owned);
                ops.errors.push(errors.clone());
                ops.list.push(Operation {
                    id,
                    method_name,
                    http_method: method.to_ascii_uppercase(),
                    path: path.clone(),
                    summary: text("summary"),
                    description: text("description"),
                    deprecated: op.get("deprecated").and_then(Value::as_bool).unwrap_or(false),
                    provisional: op.get("x-provisional").and_then(Value::as_bool).unwrap_or(false),
                    inferred: op.get("x-source").and_then(Value::as_str) == Some("inferred"),
                    path_params,
                    query,
                    headers,
                    cookies,
                    body,
                    alt_bodies,
                    response,
                    args: Vec::new(),
                    ret: RustTy::Unit,
                    error_statuses: Vec::new(),
                    bodiless_error_statuses: bodiless_errors,
                    response_docs: self.response_docs(op, &ptr),
                    security,
                    pagination,
                    marker,
                    mock_const: String::new(),
                    body_sample,
                    session,
                    idempotency_key,
                    tags: op
                        .get("tags")
                        .and_then(Value::as_array)
                        .map(|t| t.iter().filter_map(Value::as_str).map(str::to_owned).collect())
                        .unwrap_or_default(),
                    features: Vec::new(),
                });
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn parameters(
        &mut self,
        shared: Option<&'a Value>,
        shared_ptr: &str,
        own: Option<&'a Value>,
        op_ptr: &str,
        path: &str,
        op_hint: &str,
        scope: &mut Scope,
    ) -> (Vec<Param>, Vec<Param>, Vec<Param>, Vec<Param>) {
        // Operation parameters override path-item ones with the same name and location.
        let mut all: Vec<(&'a Value, String)> = Vec::new();
        for (list, base) in [(shared, shared_ptr), (own, op_ptr)] {
            for (i, p) in list.and_then(Value::as_array).into_iter().flatten().enumerate() {
                let (p, at) = self.deref(p, &format!("{base}/parameters/{i}"));
                let key = (p.get("name"), p.get("in"));
                all.retain(|(q, _)| (q.get("name"), q.get("in")) != key);
                all.push((p, at));
            }
        }
        let (mut path_params, mut query, mut headers, mut cookies) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for (p, at) in all {
            let wire = p.get("name").and_then(Value::as_str).unwrap_or_default().to_owned();
            let location = p.get("in").and_then(Value::as_str).unwrap_or_default();
            if location == "querystring" {
                self.diags.push(
                    Diagnostic::warning(
                        child(&at, "in"),
                        format!("parameter `{wire}` has `in: querystring` (OpenAPI 3.2), which is not modelled"),
                    )
                    .with_hint("it is not sent; the operation's other parameters are"),
                );
                continue;
            }
            let hint = format!("{op_hint}{}", naming::camel(&wire, "Param"));
            let ty = match p.get("schema") {
                Some(schema) => self.schema(schema, &child(&at, "schema"), &hint).0,
                None if p.get("content").is_some() => {
                    self.diags.push(Diagnostic::warning(
                        child(&at, "content"),
                        format!("parameter `{wire}` uses `content`; it is sent as a string"),
                    ));
                    TypeRef::String
                }
                None => {
                    self.diags.push(
                        Diagnostic::warning(&at, format!("parameter `{wire}` has no schema; it is taken as a string"))
                            .with_hint("add `schema: {type: string}`"),
                    );
                    TypeRef::String
                }
            };
            let style = match (p.get("style").and_then(Value::as_str), location) {
                (Some("spaceDelimited"), _) => ParamStyle::SpaceDelimited,
                (Some("pipeDelimited"), _) => ParamStyle::PipeDelimited,
                (Some("deepObject"), _) => ParamStyle::DeepObject,
                (Some("form"), _) | (None, "query" | "cookie") => ParamStyle::Form,
                (Some("simple"), _) | (None, _) => ParamStyle::Simple,
                (Some(other), _) => {
                    self.diags.push(Diagnostic::warning(
                        child(&at, "style"),
                        format!("parameter style `{other}` is not supported; `form` is used"),
                    ));
                    ParamStyle::Form
                }
            };
            let explode = p.get("explode").and_then(Value::as_bool).unwrap_or(style == ParamStyle::Form);
            let required = location == "path" || p.get("required").and_then(Value::as_bool).unwrap_or(false);
            let mut name = naming::snake(&wire, "param");
            if !required && naming::CALL_METHODS.contains(&name.as_str()) {
                name.push_str("_param");
            }
            let param = Param {
                name: scope.claim(name),
                wire: wire.clone(),
                ty,
                required,
                doc: doc_of(p),
                explode,
                style,
                deprecated: p.get("deprecated").and_then(Value::as_bool).unwrap_or(false),
                sample: self.param_sample(p),
                sensitive: secrecy(&wire, None) != Secrecy::Plain,
                arg: RustTy::Unit,
            };
            match location {
                "path" => path_params.push(param),
                "query" => query.push(param),
                "header" => headers.push(param),
                "cookie" => cookies.push(param),
                other => self.diags.push(
                    Diagnostic::error(child(&at, "in"), format!("parameter `{wire}` has `in: {other}`"))
                        .with_hint("use path, query, header or cookie"),
                ),
            }
        }
        let order = template_params(path);
        path_params.sort_by_key(|p| order.iter().position(|o| *o == p.wire).unwrap_or(usize::MAX));
        (path_params, query, headers, cookies)
    }

    /// The request body in its preferred media type, its sample, and the body in each other
    /// media type with the suffix of its method (`form`, `multipart`, `text`, or the media
    /// subtype of a binary one: `jpeg`): one per encoding, binary ones per media type.
    #[allow(clippy::type_complexity)]
    fn request_body(
        &mut self,
        op: &'a Value,
        op_ptr: &str,
        op_hint: &str,
    ) -> Option<(RequestBody, Value, Vec<(String, RequestBody)>)> {
        let body = op.get("requestBody")?;
        let (body, at) = self.deref(body, &child(op_ptr, "requestBody"));
        let content = body.get("content").and_then(Value::as_object)?;
        let required = body.get("required").and_then(Value::as_bool).unwrap_or(false);
        let (media_type, media) = pick_media(content)?;
        let main = self.body_in(media_type, media, &at, &format!("{op_hint}Request"), required);
        let sample = self.media_sample(media);
        let mut seen = vec![(main.media, main.media_type.to_ascii_lowercase())];
        let mut suffixes: Vec<String> = Vec::new();
        let mut alternatives = Vec::new();
        for (other, media) in content {
            let kind = media_kind_of(other, media);
            let lower = other.trim().to_ascii_lowercase();
            let same = |(k, m): &(Media, String)| *k == kind && (kind != Media::Bytes || *m == lower);
            if seen.iter().any(same) || !other.bytes().all(|b| (0x20..0x7f).contains(&b)) {
                continue;
            }
            seen.push((kind, lower.clone()));
            let subtype = lower.split(';').next().unwrap_or_default().rsplit('/').next().unwrap_or_default();
            let mut suffix = match kind {
                Media::Json => "json".to_owned(),
                Media::Form => "form".to_owned(),
                Media::Multipart => "multipart".to_owned(),
                Media::Text => "text".to_owned(),
                // A word of the method's name, never an identifier of its own: `application/type`
                // gives `upload_type`, not `upload_r#type` (which panicked in the emitter).
                Media::Bytes => naming::snake(subtype, "bytes").trim_start_matches("r#").to_owned(),
            };
            while suffixes.contains(&suffix) {
                suffix.push('2');
            }
            suffixes.push(suffix.clone());
            let hint = format!("{op_hint}{}Request", naming::camel(&suffix, "Media"));
            alternatives.push((suffix, self.body_in(other, media, &at, &hint, required)));
        }
        Some((main, sample, alternatives))
    }

    /// The body of the media type `media_type` (`media` its object under `content`).
    fn body_in(&mut self, media_type: &str, media: &'a Value, at: &str, hint: &str, required: bool) -> RequestBody {
        let media_ptr = child(&child(at, "content"), media_type);
        let kind = media_kind_of(media_type, media);
        let ty = match kind {
            Media::Text => TypeRef::String,
            Media::Bytes => TypeRef::Bytes,
            _ => match media.get("schema") {
                Some(schema) => self.schema(schema, &child(&media_ptr, "schema"), hint).0,
                None => TypeRef::Json,
            },
        };
        if matches!(kind, Media::Json | Media::Form | Media::Multipart) {
            self.media_examples(media, &media_ptr, &ty);
        }
        if matches!(kind, Media::Form | Media::Multipart) {
            self.unmodelled_encoding(media, &media_ptr);
        }
        RequestBody { ty, media: kind, media_type: media_type.to_owned(), required }
    }

    /// A warning when a path item or operation (`node` at `at`) has `servers` of its own: the
    /// request goes to the client's base URL.
    fn unmodelled_servers(&mut self, node: &Value, at: &str) {
        if node.get("servers").and_then(Value::as_array).is_some_and(|s| !s.is_empty()) {
            self.diags.push(
                Diagnostic::warning(
                    child(at, "servers"),
                    "`servers` here are not modelled; requests go to the client's base URL",
                )
                .with_hint("build a client with `Client::builder(url)` for these operations"),
            );
        }
    }

    /// A warning for each success status whose body is of another type than the first one's
    /// when they are not all JSON (a by-status result is made only for JSON bodies): it is read
    /// as the first.
    fn mixed_success_bodies(&mut self, successes: &[(u16, Option<(Media, TypeRef)>)], op_ptr: &str) {
        let mut bodies = successes.iter().filter_map(|(s, b)| b.as_ref().map(|(m, ty)| (*s, *m, ty)));
        let Some((first, media, ty)) = bodies.next() else { return };
        for (status, other_media, other_ty) in bodies {
            if other_ty != ty && (media != Media::Json || other_media != Media::Json) {
                self.diags.push(
                    Diagnostic::warning(
                        child(&child(op_ptr, "responses"), &status.to_string()),
                        format!("the body of status {status} is another media type than that of {first}; it is read as the {first} body"),
                    )
                    .with_hint("a result by status is made only when every success body is JSON"),
                );
            }
        }
    }

    /// A warning for each property of a form or multipart body whose `encoding` asks for
    /// something else than what is sent: each field as text (objects and arrays of objects as
    /// JSON), an array as repeated fields, a file with its own content type.
    fn unmodelled_encoding(&mut self, media: &Value, media_ptr: &str) {
        let at = child(media_ptr, "encoding");
        for (name, encoding) in media.get("encoding").and_then(Value::as_object).into_iter().flatten() {
            let text = |key: &str| encoding.get(key).and_then(Value::as_str);
            let flag = |key: &str| encoding.get(key).and_then(Value::as_bool);
            let differs = encoding.get("contentType").is_some()
                || encoding.get("headers").is_some()
                || text("style").is_some_and(|s| s != "form")
                || flag("explode") == Some(false)
                || flag("allowReserved") == Some(true);
            if differs {
                self.diags.push(
                    Diagnostic::warning(child(&at, name), format!("the `encoding` of `{name}` is not modelled"))
                        .with_hint("it is sent as text (an object as JSON), an array as repeated fields"),
                );
            }
        }
    }

    /// The description of each documented response that has one, in spec order.
    fn response_docs(&self, op: &'a Value, op_ptr: &str) -> Vec<(u16, String)> {
        let responses = op.get("responses").and_then(Value::as_object);
        let at = child(op_ptr, "responses");
        responses
            .into_iter()
            .flatten()
            .filter_map(|(code, response)| {
                let status = status_code(code)?;
                let (response, _) = self.deref(response, &child(&at, code));
                let text = response.get("description").and_then(Value::as_str)?.trim();
                (!text.is_empty()).then(|| (status, text.to_owned()))
            })
            .collect()
    }

    /// The success response, the error statuses with a JSON body (and its type) and those
    /// without one.
    fn responses(&mut self, op: &'a Value, op_ptr: &str, op_hint: &str) -> (Response, Vec<(u16, TypeRef)>, Vec<u16>) {
        let mut successes: Vec<(u16, Option<(Media, TypeRef)>)> = Vec::new();
        let mut ranged: Option<(String, Option<(Media, TypeRef)>)> = None;
        let mut accepted: Vec<String> = Vec::new();
        let mut errors = Vec::new();
        let mut bodiless = Vec::new();
        let responses = op.get("responses").and_then(Value::as_object);
        if responses.is_none() {
            self.diags.push(
                Diagnostic::warning(op_ptr, "the operation has no `responses`")
                    .with_hint("document at least the success response"),
            );
        }
        for (code, response) in responses.into_iter().flatten() {
            let at = child(&child(op_ptr, "responses"), code);
            let Some(status) = status_code(code) else {
                if !code.starts_with("x-") {
                    self.diags.push(
                        Diagnostic::warning(&at, format!("`{code}` is not a response status; the response is ignored"))
                            .with_hint("use a status code (`200`), a range (`2XX`) or `default`"),
                    );
                }
                continue;
            };
            let (response, at) = self.deref(response, &at);
            // A success range (`2XX`) is a success: its body is the operation's (status 200).
            let is_success = (200..300).contains(&status) || status == 2;
            let picked = response.get("content").and_then(Value::as_object).and_then(pick_media);
            let lowered = picked.map(|(media_type, media)| {
                let media_ptr = child(&child(&at, "content"), media_type);
                let kind = if is_success { media_kind_of(media_type, media) } else { media_kind(media_type) };
                let hint = if is_success { format!("{op_hint}Response") } else { format!("{op_hint}Error{code}") };
                let ty = match (kind, media.get("schema")) {
                    (Media::Text, _) => TypeRef::String,
                    (Media::Json | Media::Form | Media::Multipart, Some(schema)) => {
                        self.schema(schema, &child(&media_ptr, "schema"), &hint).0
                    }
                    (Media::Json | Media::Form | Media::Multipart, None) => TypeRef::Json,
                    (Media::Bytes, _) => TypeRef::Bytes,
                };
                if kind == Media::Json {
                    self.media_examples(media, &media_ptr, &ty);
                }
                (kind, ty)
            });
            if is_success {
                if let Some((media_type, _)) = picked {
                    let media_type = media_type.trim().to_owned();
                    if !accepted.contains(&media_type) {
                        accepted.push(media_type);
                    }
                }
                if status == 2 {
                    ranged = Some((at, lowered));
                } else {
                    successes.push((status, lowered));
                }
            } else if status == 0 || (3..=5).contains(&status) || status >= 300 {
                match lowered {
                    Some((Media::Json, ty)) => errors.push((status, ty)),
                    _ => bodiless.push(status),
                }
            }
        }
        if let Some((at, lowered)) = ranged {
            if successes.is_empty() {
                successes.push((200, lowered));
            } else if lowered.is_some() {
                self.diags.push(
                    Diagnostic::warning(at, "a success range beside exact success statuses is not modelled")
                        .with_hint("its body is ignored; the exact statuses decide the success body"),
                );
            }
        }
        // Only `default` documented: it describes the success too (any status not listed), and
        // a success without a body (`204`) is as likely: the result is optional.
        let mut from_default = false;
        if successes.is_empty() {
            if let Some((_, ty)) = errors.iter().find(|(status, _)| *status == 0) {
                successes.push((200, Some((Media::Json, ty.clone()))));
                from_default = true;
            }
        }
        self.mixed_success_bodies(&successes, op_ptr);
        let mut response = self.success(successes, op_hint);
        response.optional |= from_default;
        response.accept = accept_header(&accepted, !errors.is_empty());
        (response, errors, bodiless)
    }

    /// The success response: the one body type when all success statuses agree, otherwise an
    /// enum over the statuses.
    fn success(&mut self, successes: Vec<(u16, Option<(Media, TypeRef)>)>, op_hint: &str) -> Response {
        let with_body: Vec<&(Media, TypeRef)> = successes.iter().filter_map(|(_, b)| b.as_ref()).collect();
        let distinct = with_body.iter().map(|(_, ty)| ty).collect::<std::collections::BTreeSet<_>>().len();
        let json_only = with_body.iter().all(|(m, _)| *m == Media::Json);
        if distinct > 1 && json_only {
            let name = self.type_scope.claim(naming::type_name(&format!("{op_hint}Response")));
            let variants = successes
                .iter()
                .map(|(status, body)| (format!("Status{status}"), *status, body.as_ref().map(|(_, ty)| ty.clone())))
                .collect();
            self.types.push(TypeDef {
                name: name.clone(),
                doc: Some("The body of a success response, by status.".into()),
                constraints: None,
                pointer: String::new(),
                deprecated: false,
                kind: TypeKind::StatusEnum { variants },
                usage: Usage::default(),
                features: Vec::new(),
            });
            let status = successes.first().map_or(200, |(s, _)| *s);
            return Response {
                status,
                ty: Some(TypeRef::Named(name)),
                media: Media::Json,
                optional: false,
                accept: String::new(),
            };
        }
        // The first status with a body decides the type; without any, there is no body.
        // A JSON body beside a status without one (`204`) makes the result optional.
        let some_empty = successes.iter().any(|(_, b)| b.is_none());
        match successes.iter().find(|(_, b)| b.is_some()) {
            Some((status, Some((media, ty)))) => Response {
                status: *status,
                ty: Some(ty.clone()),
                media: *media,
                optional: some_empty && *media == Media::Json,
                accept: String::new(),
            },
            _ => Response {
                status: successes.first().map_or(200, |(s, _)| *s),
                ty: None,
                media: Media::Json,
                optional: false,
                accept: String::new(),
            },
        }
    }

    /// `x-idempotency-key` of the operation, else of the document: `{header: Name}` (or `true`,
    /// for `Idempotency-Key`); `false` on an operation turns off the document's.
    fn idempotency_key(&mut self, op: &Value, op_ptr: &str) -> Option<String> {
        const KEY: &str = "x-idempotency-key";
        let (value, at) = match op.get(KEY) {
            Some(value) => (value, child(op_ptr, KEY)),
            None => (self.root.get(KEY)?, child("", KEY)),
        };
        let header = match value {
            Value::Bool(false) => return None,
            Value::Bool(true) => "Idempotency-Key",
            Value::Object(map) => match map.get("header") {
                Some(Value::String(header)) => header.as_str(),
                _ => {
                    self.diags.push(
                        Diagnostic::error(&at, "x-idempotency-key needs `header`, the name of the header")
                            .with_hint("write `x-idempotency-key: {header: Idempotency-Key}`"),
                    );
                    return None;
                }
            },
            _ => {
                self.diags.push(
                    Diagnostic::error(&at, "x-idempotency-key is `{header: Name}`, `true` or `false`")
                        .with_hint("write `x-idempotency-key: {header: Idempotency-Key}`"),
                );
                return None;
            }
        };
        let token = |b: u8| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b);
        if header.is_empty() || !header.bytes().all(token) {
            self.diags.push(Diagnostic::error(
                child(&at, "header"),
                format!("x-idempotency-key names `{header}`, which is not a valid header name"),
            ));
            return None;
        }
        Some(header.to_owned())
    }

    /// `x-session` on a login operation: which schemes its response fills, and when it expires.
    fn session_login(
        &mut self,
        op: &Value,
        op_ptr: &str,
        schemes: &[Scheme],
        methods: &mut Scope,
    ) -> Option<SessionLogin> {
        let spec = op.get("x-session")?;
        let at = child(op_ptr, "x-session");
        let mut provides = Vec::new();
        for (scheme, pointer) in spec.get("provides").and_then(Value::as_object).into_iter().flatten() {
            if !schemes.iter().any(|s| &s.name == scheme) {
                self.diags.push(
                    Diagnostic::error(
                        child(&child(&at, "provides"), scheme),
                        format!("x-session provides `{scheme}`, which is not a security scheme"),
                    )
                    .with_hint("name a scheme of components/securitySchemes"),
                );
                continue;
            }
            let value_at = child(&child(&at, "provides"), scheme);
            let is_pointer = |p: &str| p.is_empty() || p.starts_with('/');
            match pointer {
                Value::String(p) if is_pointer(p) => provides.push((scheme.clone(), SessionValue::Pointer(p.clone()))),
                Value::Object(chosen) => {
                    let part = |key: &str| chosen.get(key).and_then(Value::as_str).filter(|p| is_pointer(p));
                    match (part("items"), part("by"), part("value")) {
                        (Some(items), Some(by), Some(value)) if !by.is_empty() => {
                            provides.push((
                                scheme.clone(),
                                SessionValue::Chosen {
                                    items: items.to_owned(),
                                    by: by.to_owned(),
                                    value: value.to_owned(),
                                },
                            ));
                        }
                        _ => self.diags.push(
                            Diagnostic::error(&value_at, "a chosen x-session value needs `items`, `by` and `value`")
                                .with_hint(
                                    "JSON pointers: `items` into the login response, `by` and `value` into one item",
                                ),
                        ),
                    }
                }
                _ => self.diags.push(Diagnostic::error(
                    &value_at,
                    "x-session values are JSON pointers into the login response, or `{items, by, value}`",
                )),
            }
        }
        if provides.is_empty() {
            self.diags.push(
                Diagnostic::error(&at, "x-session provides no credential")
                    .with_hint("add `provides: {scheme: /pointer/to/token}`"),
            );
            return None;
        }
        let by = provides.iter().find_map(|(_, v)| match v {
            SessionValue::Chosen { by, .. } => Some(by.clone()),
            SessionValue::Pointer(_) => None,
        });
        let chosen_by: Vec<&str> = provides
            .iter()
            .filter_map(|(_, v)| match v {
                SessionValue::Chosen { by, .. } => Some(by.as_str()),
                SessionValue::Pointer(_) => None,
            })
            .collect();
        if chosen_by.iter().any(|b| Some(*b) != by.as_deref()) {
            self.diags.push(
                Diagnostic::error(child(&at, "provides"), "chosen x-session values must all choose by the same key")
                    .with_hint("the caller makes one choice"),
            );
        }
        let method_name = methods.claim("with_session".to_owned());
        let choose = by.map(|by| {
            let arg = naming::snake(by.rsplit('/').next().unwrap_or("choice"), "choice");
            (methods.claim("with_session_for".to_owned()), arg)
        });
        Some(SessionLogin {
            method_name,
            choose,
            provides,
            expires_at: spec.get("expires-at").and_then(Value::as_str).map(str::to_owned),
        })
    }

    fn security(&mut self, security: Option<&Value>, op_ptr: &str, schemes: &[Scheme], ops: &mut Ops) -> Option<usize> {
        let list = security?.as_array()?;
        let mut set = Vec::new();
        for (i, requirement) in list.iter().enumerate() {
            let mut alternative = Vec::new();
            for name in requirement.as_object().into_iter().flatten().map(|(k, _)| k) {
                match schemes.iter().position(|s| &s.name == name) {
                    Some(index) => alternative.push(index),
                    None => self.diags.push(
                        Diagnostic::error(
                            format!("{op_ptr}/security/{i}"),
                            format!("security scheme `{name}` is not defined"),
                        )
                        .with_hint("define it under components/securitySchemes"),
                    ),
                }
            }
            set.push(alternative);
        }
        if set.is_empty() {
            return None;
        }
        Some(match ops.security_sets.iter().position(|s| *s == set) {
            Some(index) => index,
            None => {
                ops.security_sets.push(set);
                ops.security_sets.len() - 1
            }
        })
    }

    fn pagination(&mut self, op: &'a Value, op_ptr: &str, response: &Response, query: &[Param]) -> Option<Pagination> {
        let spec = op.get("x-pagination")?;
        let at = child(op_ptr, "x-pagination");
        let text = |key: &str| spec.get(key).and_then(Value::as_str).map(str::to_owned);
        let kind = text("kind").unwrap_or_default();
        let needs = |key: &str, diags: &mut Vec<Diagnostic>| {
            let value = text(key);
            if value.is_none() {
                diags.push(Diagnostic::error(&at, format!("x-pagination of kind `{kind}` needs `{key}`")));
            }
            value
        };
        let style = match kind.as_str() {
            "offset" => PageStyle::Offset { param: needs("offset-param", &mut self.diags)? },
            "page" => PageStyle::Page { param: needs("page-param", &mut self.diags)? },
            "cursor" => {
                let param = needs("cursor-param", &mut self.diags);
                let next = needs("next", &mut self.diags);
                PageStyle::Cursor { param: param.zip(next)?.0 }
            }
            "next-url" => {
                needs("next", &mut self.diags)?;
                PageStyle::NextUrl
            }
            "link-header" => PageStyle::LinkHeader,
            other => {
                self.diags.push(
                    Diagnostic::error(child(&at, "kind"), format!("unknown pagination kind `{other}`"))
                        .with_hint("use `offset`, `page`, `cursor`, `next-url` or `link-header`"),
                );
                return None;
            }
        };
        let param = match &style {
            PageStyle::Offset { param } | PageStyle::Page { param } | PageStyle::Cursor { param } => Some(param),
            PageStyle::NextUrl | PageStyle::LinkHeader => None,
        };
        if let Some(param) = param.filter(|param| !query.iter().any(|q| &q.wire == *param)) {
            self.diags.push(
                Diagnostic::error(
                    &at,
                    format!("x-pagination names the query parameter `{param}`, which the operation does not have"),
                )
                .with_hint("declare it under `parameters` with `in: query`"),
            );
            return None;
        }
        let items = text("items").unwrap_or_default();
        let item_ty = self.item_type(op, op_ptr, response, &items, &at)?;
        Some(Pagination {
            style,
            size_param: text("size-param"),
            items,
            next: text("next"),
            total: text("total"),
            item_ty,
            constant: String::new(),
        })
    }

    /// The type of the items at the JSON pointer `items` of the success body.
    fn item_type(
        &mut self,
        op: &'a Value,
        op_ptr: &str,
        response: &Response,
        items: &str,
        at: &str,
    ) -> Option<TypeRef> {
        let fail = |this: &mut Self, message: String| {
            this.diags.push(
                Diagnostic::error(child(at, "items"), message)
                    .with_hint("`items` is a JSON pointer into the success body, ending at an array"),
            );
            None
        };
        let code = response.status.to_string();
        let responses = op.get("responses")?;
        // A success documented as a range or by `default` only is status 200 here.
        let key = [code.as_str(), "2XX", "2xx", "default"]
            .into_iter()
            .find(|key| (*key == code || code == "200") && responses.get(*key).is_some())?;
        let (media, media_at) = self.deref(&responses[key], &child(&child(op_ptr, "responses"), key));
        let content = media.get("content").and_then(Value::as_object)?;
        let (media_type, media) = pick_media(content)?;
        let mut schema_at = child(&child(&child(&media_at, "content"), media_type), "schema");
        let mut schema = media.get("schema")?;
        for segment in items.split('/').skip(1) {
            let (resolved, resolved_at) = self.deref(schema, &schema_at);
            match resolved.get("properties").and_then(|p| p.get(segment)) {
                Some(next) => {
                    schema = next;
                    schema_at = child(&child(&resolved_at, "properties"), segment);
                }
                None => {
                    return fail(self, format!("the success body has no property `{segment}` on the way to `{items}`"))
                }
            }
        }
        let (array, array_at) = self.deref(schema, &schema_at);
        let Some(item) = array.get("items") else {
            return fail(self, format!("`{items}` in the success body is not an array"));
        };
        let hint =
            format!("{}Item", naming::camel(op.get("operationId").and_then(Value::as_str).unwrap_or("List"), "List"));
        Some(self.schema(item, &child(&array_at, "items"), &hint).0)
    }

    /// The crate's error-body enum: one variant per distinct error schema (after interning, so
    /// identical schemas are one variant), and for each operation the variant of each of its
    /// documented error statuses.
    pub(super) fn error_type(&mut self, ops: &mut Ops) -> TypeRef {
        let mut distinct: Vec<TypeRef> = Vec::new();
        for (op, errors) in ops.list.iter_mut().zip(&ops.errors) {
            op.error_statuses = errors
                .iter()
                .map(|(status, ty)| {
                    let variant = distinct.iter().position(|d| d == ty).unwrap_or_else(|| {
                        distinct.push(ty.clone());
                        distinct.len() - 1
                    });
                    (*status, variant)
                })
                .collect();
        }
        // `ErrorBody` is reserved for it (a schema called so is `ApiErrorBody`).
        let name = "ErrorBody".to_owned();
        let mut scope = Scope::default();
        let variants = distinct
            .into_iter()
            .map(|ty| {
                let label = match &ty {
                    TypeRef::Named(n) => n.clone(),
                    TypeRef::Json => "Json".to_owned(),
                    _ => "Other".to_owned(),
                };
                (scope.claim(label), ty)
            })
            .collect();
        self.types.push(TypeDef {
            name: name.clone(),
            doc: Some(
                "The body of an error response. The variant is chosen by the response's status, \
                 from the operation's own responses in the spec, never by trying variants in turn."
                    .into(),
            ),
            constraints: None,
            pointer: String::new(),
            deprecated: false,
            kind: TypeKind::ErrorBody { variants },
            usage: Usage::default(),
            features: Vec::new(),
        });
        TypeRef::Named(name)
    }
}
