//! Conformance: a spec judged against recorded traffic (`cargo xtask conform`).
//!
//! [`read_traffic`] reads the JSON Lines of `codegen_runtime::Recorder` (`docs/traffic.md`) or a
//! HAR 1.2 file; [`check`] matches each exchange to an operation of a loaded [`SourceDoc`] and
//! lists what the server did that the spec does not say (undocumented statuses and content
//! types, every schema violation of a JSON body, requests that break the spec); the [`Report`]
//! renders as Markdown or JSON; [`write_overlay`] writes an OpenAPI Overlay 1.0.0 that corrects
//! the spec from the evidence, so that a client generated with it decodes every recorded body.
//!
//! One job per file: `traffic` reads, `matching` finds the operation, `schema` validates a
//! JSON value against a schema, `check` judges one exchange, `report` renders, `infer` makes a
//! schema from samples, `overlay` turns findings into overlay actions.

mod check;
mod infer;
mod matching;
mod overlay;
mod report;
mod schema;
mod traffic;

use std::fmt;

use serde_json::Value;

pub use crate::diagnostic::Severity;
use crate::SourceDoc;

/// Where an exchange was read.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Origin {
    /// The traffic file as the caller named it.
    pub file: String,
    /// The 1-based line of its record (of the start of a HAR entry).
    pub line: usize,
    /// Its 0-based position among the exchanges of the file.
    pub index: usize,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// A message body as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    /// UTF-8 text, exactly as sent.
    Text(String),
    /// Bytes that are not UTF-8, in base64.
    Base64(String),
}

/// A recorded response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    /// The status code.
    pub status: u16,
    /// `(name, value)` pairs, names lower case.
    pub headers: Vec<(String, String)>,
    /// The body, when there was one.
    pub body: Option<Body>,
}

impl Response {
    /// The media type of the `content-type` header, lower case, without parameters.
    pub fn content_type(&self) -> Option<String> {
        content_type(&self.headers)
    }
}

/// The media type of the `content-type` header among `headers`, lower case, without parameters.
pub(crate) fn content_type(headers: &[(String, String)]) -> Option<String> {
    let (_, value) = headers.iter().find(|(name, _)| name == "content-type")?;
    let media = value.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    (!media.is_empty()).then_some(media)
}

/// One recorded request and its response (one attempt).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exchange {
    /// Where it was read.
    pub origin: Origin,
    /// The operation as the client named it (a hint).
    pub operation: Option<String>,
    /// The HTTP method, upper case.
    pub method: String,
    /// The path template the client used, relative to the server URL.
    pub template: Option<String>,
    /// The URL as sent, query included.
    pub url: String,
    /// Request headers, names lower case.
    pub request_headers: Vec<(String, String)>,
    /// The request body.
    pub request_body: Option<Body>,
    /// The response; `None` when none came.
    pub response: Option<Response>,
    /// Why no response came.
    pub error: Option<String>,
}

/// Traffic that cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum TrafficError {
    /// A file could not be read at all.
    #[error("cannot read {file}: {source}")]
    Read {
        /// The file.
        file: String,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A record (a line, or a HAR entry starting at `line`) is not an exchange.
    #[error("{file}:{line}: {message}")]
    Line {
        /// The file.
        file: String,
        /// The 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A HAR file without entries.
    #[error("{file}: not a HAR 1.2 file: {message}")]
    Har {
        /// The file.
        file: String,
        /// What is wrong.
        message: String,
    },
    /// Several records are wrong; each is listed.
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    Many(Vec<TrafficError>),
}

/// Reads the exchanges of a traffic file named `file`: HAR 1.2 when the name ends in `.har` or
/// the text is a JSON object with `log.entries`, else JSON Lines (`codegen-traffic/1`).
pub fn read_traffic(file: &str, text: &str) -> Result<Vec<Exchange>, TrafficError> {
    traffic::read(file, text)
}

/// Reads the traffic file at `path`, named `file` in findings.
pub fn read_traffic_file(path: &std::path::Path, file: &str) -> Result<Vec<Exchange>, TrafficError> {
    let text = std::fs::read_to_string(path).map_err(|source| TrafficError::Read { file: file.to_owned(), source })?;
    read_traffic(file, &text)
}

/// What a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// The exchange matches no operation of the spec.
    UnmatchedExchange,
    /// A response status the operation does not document (no range or `default` covers it).
    UndocumentedStatus,
    /// A body whose content type the operation does not document.
    ContentType,
    /// A body labelled JSON that does not parse as JSON.
    InvalidJson,
    /// `null` where the schema is not nullable.
    Null,
    /// A value of another JSON type than the schema's.
    WrongType,
    /// A required property is missing.
    MissingRequired,
    /// A value outside the schema's `enum`.
    NotInEnum,
    /// A property the schema forbids (`additionalProperties: false`).
    ForbiddenProperty,
    /// A property the schema does not list (it does not forbid others).
    UndeclaredProperty,
    /// A value that matches none of the members of a `oneOf`/`anyOf`.
    NoVariant,
    /// A required query parameter was not sent.
    MissingQueryParameter,
    /// A query parameter the operation does not declare.
    UnknownQueryParameter,
}

impl Kind {
    /// Its name in reports (kebab-case).
    pub fn name(self) -> &'static str {
        match self {
            Kind::UnmatchedExchange => "unmatched-exchange",
            Kind::UndocumentedStatus => "undocumented-status",
            Kind::ContentType => "content-type",
            Kind::InvalidJson => "invalid-json",
            Kind::Null => "null",
            Kind::WrongType => "wrong-type",
            Kind::MissingRequired => "missing-required",
            Kind::NotInEnum => "not-in-enum",
            Kind::ForbiddenProperty => "forbidden-property",
            Kind::UndeclaredProperty => "undeclared-property",
            Kind::NoVariant => "no-variant",
            Kind::MissingQueryParameter => "missing-query-parameter",
            Kind::UnknownQueryParameter => "unknown-query-parameter",
        }
    }

    /// How bad it is: an undeclared property or query parameter is a warning (a generated client
    /// ignores it), everything else an error.
    pub fn severity(self) -> Severity {
        match self {
            Kind::UndeclaredProperty | Kind::UnknownQueryParameter => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// Whether it is a violation of a body's schema.
    pub fn is_schema_violation(self) -> bool {
        matches!(
            self,
            Kind::Null
                | Kind::WrongType
                | Kind::MissingRequired
                | Kind::NotInEnum
                | Kind::ForbiddenProperty
                | Kind::UndeclaredProperty
                | Kind::NoVariant
        )
    }
}

/// Which message of the exchange a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Part {
    /// The request (URL, query, body).
    Request,
    /// The response of this status.
    Response(u16),
}

impl fmt::Display for Part {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Part::Request => f.write_str("request"),
            Part::Response(status) => write!(f, "response {status}"),
        }
    }
}

/// A place in the spec the user wrote (for a Swagger 2.0 file, its 2.0 pointer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecPlace {
    /// The spec file as the caller named it.
    pub file: String,
    /// JSON pointer.
    pub pointer: String,
    /// 1-based line, when found.
    pub line: Option<usize>,
    /// 1-based column, when found.
    pub column: Option<usize>,
}

impl fmt::Display for SpecPlace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        Ok(())
    }
}

/// One way an exchange disagrees with the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// What it is about.
    pub kind: Kind,
    /// The exchange's position in the slice given to [`check`].
    pub exchange: usize,
    /// Where the exchange was read.
    pub origin: Origin,
    /// The operation (`GET /users/{id}`), when the exchange matched one.
    pub operation: Option<String>,
    /// The request or the response.
    pub part: Part,
    /// JSON pointer inside the body, for a schema violation.
    pub at: Option<String>,
    /// The spec's node that rejects it (the schema keyword, the `responses`, the parameter).
    pub spec: Option<SpecPlace>,
    /// What happened.
    pub message: String,
    /// What the overlay writer needs (converted-document pointers, the value seen).
    pub(crate) evidence: Evidence,
}

impl Finding {
    /// How bad it is.
    pub fn severity(&self) -> Severity {
        self.kind.severity()
    }
}

/// The facts behind a finding, in the loaded (converted) document's pointers.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Evidence {
    /// The schema node that rejects the value (after `$ref`s), or the operation's pointer.
    pub schema: String,
    /// Where the rejecting schema is used (the property, `items` or media type `schema`
    /// before following `$ref`s); for a body where the spec documents none, the response.
    pub site: String,
    /// The values (one per place in the body, for a violation repeated there; none for a
    /// missing property).
    pub values: Vec<Value>,
    /// The property, enum or parameter name concerned.
    pub name: Option<String>,
}

/// An operation that traffic reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperationSummary {
    /// `METHOD /template`.
    pub key: String,
    /// The `operationId`, if any.
    pub id: Option<String>,
    /// How many exchanges matched it.
    pub exchanges: usize,
}

/// The verdict on a spec against traffic.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The spec file as named.
    pub spec: String,
    /// The traffic files, in the order their exchanges came.
    pub traffic: Vec<String>,
    /// How many exchanges were read.
    pub exchanges: usize,
    /// How many of them had no response (transport failures; not judged beyond matching).
    pub without_response: usize,
    /// The operations reached, sorted by key.
    pub operations: Vec<OperationSummary>,
    /// The findings, in the order of the exchanges (then of the body).
    pub findings: Vec<Finding>,
}

impl Report {
    /// The findings that are schema violations of a body.
    pub fn schema_violations(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.kind.is_schema_violation())
    }

    /// Renders the report as Markdown.
    pub fn to_markdown(&self) -> String {
        report::markdown(self)
    }

    /// Renders the report as pretty JSON.
    pub fn to_json(&self) -> String {
        report::json(self)
    }
}

/// Judges every exchange against `doc` (loaded with any overlays already applied).
pub fn check(doc: &SourceDoc, exchanges: &[Exchange]) -> Report {
    check::check(doc, exchanges)
}

/// The overlay (YAML, OpenAPI Overlay 1.0.0) that corrects `doc`, written as the user's spec is
/// (Swagger 2.0 structure for a 2.0 file), from the findings of `report` about `exchanges`;
/// its header says it was written by `command` (`cargo codegen conform`, …).
pub fn write_overlay(doc: &SourceDoc, exchanges: &[Exchange], report: &Report, command: &str) -> String {
    overlay::write(doc, exchanges, report, command)
}
