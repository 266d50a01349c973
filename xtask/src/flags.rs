//! The command line of `cargo xtask`, declared once: the parser and the help text
//! (`cargo xtask help`, `--help`) are both generated from the grammar below by `xflags`.
//! Each command's module turns its flags into what it runs (defaults, checks across flags).

use std::path::PathBuf;

xflags::xflags! {
    /// Project automation: `cargo xtask <command>`.
    cmd xtask {
        /// Regenerate every crate in generated/ from specs/; with `--spec FILE --out DIR`, generate a
        /// standalone crate from any OpenAPI 3.0/3.1 or Swagger 2.0 file.
        cmd generate {
            /// The spec of a standalone crate (goes with `--out`).
            optional --spec file: PathBuf
            /// Where the standalone crate is written (goes with `--spec`).
            optional --out dir: PathBuf
            /// The standalone crate's name (default: from the spec's file name).
            optional --name crate_name: String
            /// Fail when the generator warns.
            optional --deny-warnings
            /// An OpenAPI Overlay applied to the spec first (repeats, applied in order).
            repeated --overlay file: PathBuf
            /// auto|path|registry|vendor: where the crate takes codegen-runtime from. auto (the default)
            /// is path + version inside this repository and a copy in DIR/runtime/ outside it (the
            /// runtime is on no registry), so the crate builds wherever it lands, offline.
            optional --runtime source: String
            /// The flag of earlier releases: `--runtime vendor`.
            optional --vendor-runtime
        }
        /// Fail when generated/ is stale, missing or has orphans, or a spec is invalid.
        cmd check {}
        /// Run the whole test suite (what CI runs), or one part of it.
        cmd test {
            /// Only compile every generator fixture crate warning-free.
            optional --fixtures
            /// Only build the crates of `generate --spec` (in target/, and with the default runtime
            /// outside the repository), and of the generator installed with
            /// `cargo install --path codegen/cli`.
            optional --standalone
            /// Only the clients of Jupyter Server and Kinto against the real servers (installed into
            /// .tools/), with the per-call report and conformance.
            optional --real-servers
            /// With `--real-servers`: the overlays conformance writes become
            /// e2e/specs/*-conformed.overlay.yaml.
            optional --write
        }
        /// What spec changes do to users of the generated crates: breaking or not, and the semver
        /// bump. Without files: the specs/ changes since REV (default: merge base with main); with
        /// OLD NEW: the same for two spec files (both under the same overlays: the drift of an
        /// upstream release).
        cmd diff {
            /// The old spec file.
            optional old: PathBuf
            /// The new spec file.
            optional new: PathBuf
            /// The git revision specs/ is compared with.
            optional --base rev: String
            /// markdown|json|github (default: markdown; github only without files).
            optional --format format: String
            /// breaking|never: exit 1 on a breaking change without a major bump of x-crate-version.
            optional --fail-on when: String
            /// With two files: an overlay applied to both (repeats).
            repeated --overlay file: PathBuf
            /// With two files: the crate's name.
            optional --name crate_name: String
        }
        /// Judge a spec against recorded traffic (JSON Lines of codegen_runtime::Recorder, or HAR):
        /// undocumented statuses and content types, schema violations of JSON bodies (with the spec's
        /// line), bad requests.
        cmd conform {
            /// More traffic files, as in `--traffic a.jsonl b.har`.
            repeated more_traffic: PathBuf
            /// The spec judged.
            required --spec file: PathBuf
            /// An overlay applied to the spec first (repeats).
            repeated --overlay file: PathBuf
            /// Recorded traffic (repeats; required).
            repeated --traffic file: PathBuf
            /// markdown|json (default: markdown).
            optional --format format: String
            /// Write an OpenAPI Overlay that makes the spec agree with the traffic.
            optional --write-overlay file: PathBuf
        }
        /// The documented examples of each vendor's seed (../shared/seeds, or $SEEDS_DIR) as traffic
        /// (specs/traffic/<vendor>.jsonl) and the conformance of specs/<vendor>.yaml to them (section
        /// `Conformance to the documented examples` of specs/<vendor>.md); fails when those are stale.
        cmd seeds {
            /// Rewrite them.
            optional --write
        }
        /// Compare our generator with progenitor and openapi-generator (generation time and memory,
        /// lines, cargo check/build time); writes BENCHMARKS.md/.json (slow, not in CI).
        cmd bench {
            /// Leave out GitHub's spec.
            optional --no-github
            /// Ours only.
            optional --no-peers
            /// One spec (file stem, or `github`).
            optional --only spec: String
            /// Timed generation runs per spec (default: 5).
            optional --gen-runs n: usize
            /// Timed compile runs per crate and mode (default: 3).
            optional --compile-runs n: usize
            /// The limit of one command, in seconds (default: 900).
            optional --timeout secs: u64
            /// The limit of all cargo commands of one peer's crate together, in seconds (default: 900).
            optional --peer-budget secs: u64
            /// Only the lines spec changes rewrite (seconds; into BENCHMARKS.json/.md, the rest kept).
            optional --diff-noise
            /// Only rewrite BENCHMARKS.md from BENCHMARKS.json.
            optional --render
            /// Only the scale step: our generation and `cargo check` of EC2's and Microsoft Graph's
            /// crates with peak memory (into BENCHMARKS.json/.md, the rest kept).
            optional --scale
            /// Leave out the scale step (minutes and ~6 GB of memory; the last figures are kept).
            optional --no-scale
        }
        /// Internal, run by `bench`: timed runs of our generator on FILE (or of the plain parse that
        /// is its floor) in this process; prints one JSON object.
        cmd bench-gen {
            /// The spec.
            required file: PathBuf
            /// Timed runs (default: 5).
            optional --runs n: usize
            /// Only read and parse the file (the floor).
            optional --floor
            /// Where each run writes the crate (with its examples as bench-examples.json).
            optional --out dir: PathBuf
            /// The crate's name.
            optional --name crate_name: String
            /// Derive serde's traits rather than emit them.
            optional --serde-derive
        }
        /// Fetch the real-world documents of corpus/specs.tsv, generate and cargo check a client for
        /// each, print the table; CI runs --subset.
        cmd corpus {
            /// The small documents CI runs.
            optional --subset
            /// Only these documents (ID,ID).
            optional --only ids: String
            /// Generate only, no cargo check.
            optional --no-check
            /// Do not run the examples.
            optional --no-examples
            /// Run the examples of documents up to this size (KiB; default: 1000).
            optional --examples-max-kb n: u64
            /// Write the table into docs/corpus.md.
            optional --write
        }
        /// Count the struct/enum definitions of generated types.rs files by shape (definitions,
        /// duplicated shapes, aliases, lines).
        cmd shapes {
            /// The types.rs files.
            repeated files: PathBuf
        }
        /// The diff tool's verdicts on spec changes against cargo-semver-checks and compile tests of
        /// generated crates (slow, not in CI).
        cmd semver {
            /// Only these cases (CASE,CASE).
            optional --only cases: String
            /// Record the run in docs/semver.md.
            optional --write
        }
        /// Check the house rules: no import cycle among the top-level modules of codegen/src and
        /// codegen/runtime/src, no function over 120 lines.
        cmd arch {}
        /// Print this help.
        cmd help {}
    }
}

impl Xtask {
    /// The help text, generated from the grammar above.
    pub const HELP: &'static str = Self::HELP_;
}
