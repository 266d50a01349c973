//! What a diff produces: one [`Report`] per spec, a list of [`Change`]s, and the semver
//! verdict. Serializable as is (`--format json`).

use serde::Serialize;

use super::rules::Rule;
use super::semver::{Bump, VersionCheck};

/// Whether the spec exists on both sides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SpecStatus {
    /// On both sides.
    Compared,
    /// Only in the new revision.
    Added,
    /// Only in the old revision.
    Removed,
}

/// One change and what it does to users of the generated crate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// The rule's id (`field-became-nullable`).
    pub rule: String,
    /// Whether it breaks users of the generated crate.
    pub breaking: bool,
    /// The bump it needs.
    pub bump: Bump,
    /// What changed, in one line.
    pub message: String,
    /// Why it has this verdict.
    pub reason: String,
    /// The generated Rust items it alters (`beam_client::types::Device::group: i64 → Option<i64>`).
    pub items: Vec<String>,
    /// The methods whose arguments or results it reaches (`Client::list_devices`).
    pub affects: Vec<String>,
    /// Where the change is in the new spec (a JSON pointer), when it has a place there.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pointer: Option<String>,
}

impl Change {
    /// The change, placed at `pointer` in the new spec.
    pub fn at(mut self, pointer: impl Into<String>) -> Change {
        self.pointer = Some(pointer.into());
        self
    }

    /// A change under `rule`.
    pub fn new(rule: &Rule, message: impl Into<String>) -> Change {
        Change {
            rule: rule.id.to_owned(),
            breaking: rule.breaking,
            bump: rule.bump,
            message: message.into(),
            reason: rule.reason.to_owned(),
            items: Vec::new(),
            affects: Vec::new(),
            pointer: None,
        }
    }

    /// Adds an altered item.
    pub fn item(mut self, item: impl Into<String>) -> Change {
        self.items.push(item.into());
        self
    }

    /// Sets the methods it reaches.
    pub fn affecting(mut self, affects: Vec<String>) -> Change {
        self.affects = affects;
        self
    }
}

/// The diff of one spec.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// The spec file (`specs/beam.yaml`).
    pub spec: String,
    /// The generated package (`beam-client`).
    pub crate_name: String,
    /// Both sides, or only one.
    pub status: SpecStatus,
    /// Every change, breaking ones first.
    pub changes: Vec<Change>,
    /// The bump the changes need.
    pub bump: Bump,
    /// What that bump means for this crate's version (`the minor component: 0.1.0 → 0.2.0`).
    pub bump_meaning: String,
    /// The new `info.x-crate-version` against the old one.
    pub version: Option<VersionCheck>,
}

impl Report {
    /// The number of breaking changes.
    pub fn breaking(&self) -> usize {
        self.changes.iter().filter(|c| c.breaking).count()
    }

    /// The number of non-breaking changes.
    pub fn non_breaking(&self) -> usize {
        self.changes.len() - self.breaking()
    }

    /// `true` when a breaking change is not matched by a major bump of the crate version.
    pub fn unreflected_breaking(&self) -> bool {
        self.breaking() > 0 && self.version.as_ref().is_none_or(|v| v.made < Bump::Major)
    }

    /// `true` when nothing changed.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// The changes under `rule` (by id).
    pub fn by_rule<'a>(&'a self, rule: &'a str) -> impl Iterator<Item = &'a Change> + 'a {
        self.changes.iter().filter(move |c| c.rule == rule)
    }
}

/// Several specs' reports, as `--format json` prints them.
#[derive(Debug, Clone, Serialize)]
pub struct Summary<'a> {
    /// The number of breaking changes over all specs.
    pub breaking: usize,
    /// The number of non-breaking changes over all specs.
    pub non_breaking: usize,
    /// `true` when some spec has a breaking change without a major version bump.
    pub unreflected_breaking: bool,
    /// Each spec's report.
    pub specs: &'a [Report],
}

/// The reports as pretty-printed JSON.
pub fn to_json(reports: &[Report]) -> String {
    let summary = Summary {
        breaking: reports.iter().map(Report::breaking).sum(),
        non_breaking: reports.iter().map(Report::non_breaking).sum(),
        unreflected_breaking: reports.iter().any(Report::unreflected_breaking),
        specs: reports,
    };
    // Serializing plain structs of strings, numbers and booleans cannot fail.
    serde_json::to_string_pretty(&summary).unwrap_or_default()
}
