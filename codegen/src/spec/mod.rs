//! The spec layer: everything about the document as written, below lowering.
//!
//! [`SourceDoc`] ([`source`]) reads YAML or JSON into a `serde_json::Value`, keeping the text so
//! that diagnostics name lines (`locate` finds them), applies OpenAPI Overlays
//! ([`overlay`]) and converts a Swagger 2.0 document to OpenAPI 3.0.3 ([`swagger2`]);
//! [`validate`] checks what lowering relies on. [`pointer`] holds the only code that follows a
//! `$ref`; [`openapi`] what the specification fixes (the methods of a path item, path
//! templates, versions). Nothing here imports lowering, the IR or the emitters.

mod locate;
pub mod openapi;
pub mod overlay;
pub mod pointer;
pub mod source;
pub mod swagger2;
pub mod validate;
mod yaml;

pub use source::SourceDoc;
