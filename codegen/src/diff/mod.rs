//! `cargo xtask diff`: what a spec change does to users of the generated crate.
//!
//! The diff compares the IR of two versions of a spec, not their text, so reordering,
//! reformatting or moving a schema behind a `$ref` is no change. Types are compared
//! structurally (names of generated types are not compared): a change inside a shared type is
//! reported once, with the methods it reaches. Operations are matched by HTTP method and path
//! (path parameter names aside), then by operationId. What the IR does not keep (constraints,
//! formats, documented statuses) is read from the spec documents. Every change is classified
//! by a rule of the catalogue in [`rules`], names the generated Rust items it alters, and the
//! report ends with the semver bump the crate needs.

mod api;
mod markdown;
mod operations;
mod raw;
mod report;
pub mod rules;
pub mod semver;
mod types;

use std::collections::BTreeMap;

use serde_json::Value;

use crate::diagnostic::GenerateError;
use crate::ir::{Api, Boxes, TypeDef, TypeRef};
pub use markdown::to_markdown;
use raw::Raw;
pub use report::{to_json, Change, Report, SpecStatus, Summary};
pub use rules::Rule;
pub use semver::{Bump, Version, VersionCheck};

/// A spec that cannot be diffed.
#[derive(Debug, thiserror::Error)]
pub enum DiffError {
    /// The spec does not parse, or does not lower to a client.
    #[error("{file} cannot be compared: it is not a usable OpenAPI document\n{error}")]
    Spec {
        /// The file (and revision) as the caller named it.
        file: String,
        /// What is wrong with it.
        error: GenerateError,
    },
}

/// One side of a diff: the IR and the document it came from.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The IR.
    pub api: Api,
    /// The spec document.
    pub raw: Value,
}

/// Parses and lowers `text`, named `file` in messages, for the crate `crate_name`.
pub fn load(file: &str, text: String, crate_name: &str) -> Result<Loaded, DiffError> {
    load_with_overlays(file, text, &[], crate_name)
}

/// Like [`load`], with OpenAPI Overlays applied to the document first: the drift of an upstream
/// release is the diff of both releases under the same overlays.
pub fn load_with_overlays(
    file: &str,
    text: String,
    overlays: &[crate::SourceDoc],
    crate_name: &str,
) -> Result<Loaded, DiffError> {
    let fail = |error| DiffError::Spec { file: file.to_owned(), error };
    let (doc, _) = crate::SourceDoc::parse_with_overlays(file, text.clone(), overlays).map_err(|diags| {
        let diags = diags
            .into_iter()
            .map(|mut d| {
                if d.file.is_empty() {
                    d.file = file.to_owned();
                }
                d
            })
            .collect();
        fail(GenerateError::Spec(diags))
    })?;
    let (api, _warnings) = crate::lower_with_overlays(file, text, overlays, crate_name).map_err(fail)?;
    Ok(Loaded { api, raw: doc.root })
}

/// Everything that changes from `old` to `new` (the IR of two versions of one spec, and the
/// documents they were lowered from), classified for users of the generated crate.
pub fn diff(old: &Api, new: &Api, old_raw: &Value, new_raw: &Value) -> Report {
    let sides = Sides { old: Side::new(old, old_raw), new: Side::new(new, new_raw), lib: new.lib_name.clone() };
    let mut walk = types::Walk::default();
    let mut changes = operations::compare(&sides, &mut walk);
    changes.extend(types::compare(&sides, &mut walk));
    changes.extend(api::compare(&sides));
    finish(new, SpecStatus::Compared, changes, Some((&old.crate_version, &new.crate_version)))
}

/// The report for a spec that exists only in the new revision.
pub fn spec_added(new: &Api) -> Report {
    let change = Change::new(
        &rules::SPEC_ADDED,
        format!("`{}` is new: crate `{}` {}", new.spec_file, new.crate_name, new.crate_version),
    )
    .item(new.lib_name.clone());
    finish(new, SpecStatus::Added, vec![change], None)
}

/// The report for a spec that exists only in the old revision.
pub fn spec_removed(old: &Api) -> Report {
    let change = Change::new(
        &rules::SPEC_REMOVED,
        format!("`{}` is gone: crate `{}` is no longer generated", old.spec_file, old.crate_name),
    )
    .item(old.lib_name.clone());
    finish(old, SpecStatus::Removed, vec![change], None)
}

fn finish(api: &Api, status: SpecStatus, mut changes: Vec<Change>, versions: Option<(&str, &str)>) -> Report {
    let mut seen = Vec::new();
    changes.retain(|c| {
        let key = (c.rule.clone(), c.message.clone(), c.items.clone());
        let fresh = !seen.contains(&key);
        seen.push(key);
        fresh
    });
    changes.sort_by_key(|c| !c.breaking);
    let bump = changes.iter().map(|c| c.bump).max().unwrap_or(Bump::None);
    let base = versions.map_or(api.crate_version.as_str(), |(old, _)| old);
    let bump_meaning = match (status, Version::parse(base)) {
        (SpecStatus::Added, _) => "a new crate".to_owned(),
        (SpecStatus::Removed, _) => "the crate is removed".to_owned(),
        (SpecStatus::Compared, Some(v)) => semver::meaning(v, bump),
        (SpecStatus::Compared, None) => format!("{bump} (the crate version `{base}` is not `major.minor.patch`)"),
    };
    Report {
        spec: api.spec_file.clone(),
        crate_name: api.crate_name.clone(),
        status,
        changes,
        bump,
        bump_meaning,
        version: versions.map(|(old, new)| VersionCheck::new(old, new, bump)),
    }
}

/// One side's IR, document and type index.
pub(crate) struct Side<'a> {
    pub api: &'a Api,
    pub raw: Raw<'a>,
    types: BTreeMap<&'a str, &'a TypeDef>,
}

impl<'a> Side<'a> {
    fn new(api: &'a Api, raw: &'a Value) -> Self {
        Side { api, raw: Raw::new(raw), types: api.types.iter().map(|t| (t.name.as_str(), t)).collect() }
    }

    /// The named type.
    pub fn def(&self, name: &str) -> Option<&'a TypeDef> {
        self.types.get(name).copied()
    }

    /// Follows aliases and boxes to the type underneath.
    pub fn resolve(&self, ty: &'a TypeRef) -> &'a TypeRef {
        crate::ir::resolve(ty, Boxes::Unwrap, |n| self.def(n))
    }
}

/// Both sides, and the generated library's name (`beam_client`).
pub(crate) struct Sides<'a> {
    pub old: Side<'a>,
    pub new: Side<'a>,
    pub lib: String,
}
