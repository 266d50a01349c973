//! The spec layer: the document as written, below lowering. Nothing here imports lowering,
//! the IR or the emitters. Within it, imports go one way: [`pointer`](mod@pointer),
//! [`openapi`], [`secret`], `yaml` and `locate` import no sibling; [`overlay`], [`swagger2`]
//! and [`validate`] import only those; [`source`] imports the readers it drives.
//!
//! [`SourceDoc`] ([`source`]) reads YAML or JSON into a `serde_json::Value` (`yaml`), keeping
//! the text so that diagnostics name lines (`locate`), applies OpenAPI Overlays ([`overlay`])
//! and converts a Swagger 2.0 document to OpenAPI 3.0.3 ([`swagger2`]); [`validate`] checks
//! what lowering relies on. [`pointer`](mod@pointer) holds the only code that follows a `$ref`;
//! [`openapi`] what the specification fixes (the methods of a path item, path templates,
//! versions); [`secret`] whether a property or a parameter holds a credential.

mod locate;
pub mod openapi;
pub mod overlay;
pub mod pointer;
pub mod secret;
pub mod source;
pub mod swagger2;
pub mod validate;
mod yaml;

pub use source::SourceDoc;
