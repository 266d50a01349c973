//! The figures of a run, as `BENCHMARKS.json` holds them (and `report` renders them).

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{decode, noise};

/// Wall times of repeated runs.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Timed {
    pub runs_s: Vec<f64>,
    pub median_s: Option<f64>,
}

/// A generator run on one spec.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Generation {
    pub ok: bool,
    /// The first error, when the generator rejected the spec (or crashed).
    pub error: Option<String>,
    #[serde(flatten)]
    pub timed: Timed,
    /// Peak resident set size in KiB: `VmHWM` of our bench process, the maximum RSS of the
    /// peer's process tree (GNU time's `%M`).
    pub peak_rss_kb: Option<u64>,
    /// What the time covers.
    pub measured: String,
    /// Ours: one run of reading, validating and lowering to the IR only (the rest of the time is
    /// emitting and formatting).
    pub lower_s: Option<f64>,
}

/// The generated crate's size.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Size {
    pub rs_files: usize,
    /// All lines of all `.rs` files outside `tests/`.
    pub lines: usize,
    /// The same without blank lines and `//` comment lines (doc comments included).
    pub code_lines: usize,
    pub lines_per_operation: Option<f64>,
    pub code_lines_per_operation: Option<f64>,
}

/// `cargo check` or `cargo build` of the generated crate after `touch src/lib.rs`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Compile {
    pub ok: bool,
    pub timed_out: bool,
    pub error: Option<String>,
    /// Number of `error` diagnostics of a failed compile, as cargo counts them.
    pub errors: Option<usize>,
    /// The first run, which also builds the dependencies not yet built for this mode.
    pub first_run_s: Option<f64>,
    /// Whether the first run is one of the timed runs (it compiled only the crate itself).
    pub first_run_counted: bool,
    /// How long the run that timed out had run: a lower bound of its time.
    pub timed_out_after_s: Option<f64>,
    #[serde(flatten)]
    pub timed: Timed,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ToolResult {
    pub tool: String,
    pub version: String,
    pub generation: Generation,
    pub size: Option<Size>,
    pub check: Option<Compile>,
    pub build: Option<Compile>,
    /// Ours only, in runs before the caller crates: rebuilding the generated contract test
    /// (which calls every operation), the crate itself already built.
    pub caller: Option<Compile>,
    /// The caller crates (`cargo build` after `touch src/lib.rs`, the crate already built):
    /// every operation, and for large specs one tag's operations.
    pub callers: Vec<CallerResult>,
}

/// A caller crate of some of a tool's operations, built.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct CallerResult {
    /// Which operations: `every operation`, or `tag `name` (N operations)`.
    pub scope: String,
    /// How many operations the caller calls.
    pub operations: usize,
    pub build: Compile,
}

/// `--scale`: our generator and `cargo check` of its crate on very large specs.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Scale {
    pub date: String,
    pub rows: Vec<ScaleRow>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ScaleRow {
    pub spec: String,
    pub source: String,
    pub bytes: u64,
    pub operations: usize,
    /// One run of our generator (`bench-gen`), its peak memory.
    pub generation: Generation,
    /// `cargo check` of the crate (default features), dependencies included when not yet built.
    pub check: Compile,
    /// The maximum RSS of cargo and every process it ran during `cargo check`, in KiB.
    pub check_peak_rss_kb: Option<u64>,
    /// Whether the check also built dependencies (the first check of the run).
    pub check_with_dependencies: bool,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ShapeFigures {
    pub definitions: usize,
    pub duplicates: usize,
    pub aliases: usize,
    pub lines: usize,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SpecResult {
    pub id: String,
    pub path: String,
    pub source: String,
    pub openapi: String,
    pub bytes: u64,
    pub operations: usize,
    /// Reading the file and parsing it into a `serde_json::Value` (`serde_yaml::Value` for YAML).
    pub parse_floor: Generation,
    /// Our IR's counts.
    pub types: Option<usize>,
    pub warnings: Option<usize>,
    /// Our `src/types.rs` counted by shape (`cargo xtask shapes`).
    #[serde(default)]
    pub shapes: Option<ShapeFigures>,
    pub ours: ToolResult,
    pub progenitor: Option<ToolResult>,
    pub openapi_generator: Option<ToolResult>,
    /// Only our model types with plain `#[derive(Serialize, Deserialize)]`.
    pub types_floor: Option<ToolResult>,
    /// Ours with only the largest tag's feature (for APIs split into features per tag).
    pub ours_one_tag: Option<ToolResult>,
    /// Only our model types with our written-out impls (`full-serde`: both traits everywhere,
    /// as in the floor).
    #[serde(default)]
    pub types_ours: Option<ToolResult>,
    /// `types_ours` without the `Debug`, `Clone` and `Copy` derives.
    #[serde(default)]
    pub types_ours_bare: Option<ToolResult>,
    /// Decoding throughput, ours against `serde_derive` (for the specs in `DECODE_SPECS`).
    #[serde(default)]
    pub decode: Option<decode::DecodeFigures>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Machine {
    pub nproc: usize,
    pub memory_gib: f64,
    pub cpu: String,
    pub rustc: String,
    pub java: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Bench {
    pub command: String,
    pub date: String,
    pub machine: Machine,
    pub settings: Value,
    pub total_s: f64,
    pub specs: Vec<SpecResult>,
    /// The type space before and after interning, measured once with `cargo xtask shapes` over
    /// the crates of a generator before interning and of this one; carried from run to run.
    pub type_space: Option<TypeSpace>,
    /// Lines a spec change rewrites in the generated crate, ours vs `--serde-derive`.
    pub diff_noise: Option<noise::DiffNoise>,
    /// `--scale`: very large specs (carried from run to run when not measured).
    pub scale: Option<Scale>,
}

/// A recorded before/after comparison of `types.rs` by shape.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct TypeSpace {
    /// How and when it was measured.
    pub measured: String,
    pub rows: Vec<TypeSpaceRow>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct TypeSpaceRow {
    pub spec: String,
    pub before: ShapeFigures,
    pub after: ShapeFigures,
}
