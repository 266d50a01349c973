//! `generate --spec FILE --out DIR`: a crate that builds where it lands.

use std::fs;
use std::path::{Component, Path, PathBuf};
use std::str::FromStr;

use super::runtime::{vendored_runtime, VENDORED};
use super::write_error;
use crate::{GenerateError, Options, Output};

/// Where a standalone crate gets `codegen-runtime` from (`--runtime`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RuntimeSource {
    /// Inside the generator's repository: path + version (the path to `codegen/runtime`).
    /// Elsewhere, or with no repository (an installed generator): a registry when the runtime
    /// is published there ([`crate::RUNTIME_PUBLISHED`]), else a vendored copy, so the crate
    /// builds wherever it lands.
    #[default]
    Auto,
    /// Path + version: the path to the repository's `codegen/runtime`.
    Path,
    /// By version only, from a registry.
    Registry,
    /// The runtime's sources copied into `<out>/runtime/`: it builds with no path outside `out`.
    Vendored,
}

impl FromStr for RuntimeSource {
    type Err = String;

    /// The value of `--runtime`: `auto`, `path`, `registry` or `vendor`.
    fn from_str(value: &str) -> Result<Self, String> {
        Ok(match value {
            "auto" => RuntimeSource::Auto,
            "path" => RuntimeSource::Path,
            "registry" => RuntimeSource::Registry,
            "vendor" => RuntimeSource::Vendored,
            other => return Err(format!("--runtime {other}: expected auto, path, registry or vendor")),
        })
    }
}

impl RuntimeSource {
    /// What `Auto` means for a crate in `out_abs`, the generator running from `repository`.
    fn resolve(self, out_abs: &Path, repository: Option<&Path>) -> Self {
        match self {
            RuntimeSource::Auto if repository.is_some_and(|root| out_abs.starts_with(root)) => RuntimeSource::Path,
            RuntimeSource::Auto if crate::RUNTIME_PUBLISHED => RuntimeSource::Registry,
            RuntimeSource::Auto => RuntimeSource::Vendored,
            other => other,
        }
    }

    /// What a user is told the crate depends on.
    pub fn describe(self) -> String {
        let version = crate::RUNTIME_VERSION;
        match self {
            RuntimeSource::Path => format!("codegen-runtime {version} by path (this repository's codegen/runtime)"),
            RuntimeSource::Registry => format!("codegen-runtime {version} from the registry"),
            RuntimeSource::Vendored | RuntimeSource::Auto => {
                format!("a copy of codegen-runtime {version} in {VENDORED}/ (it builds offline, wherever it is moved)")
            }
        }
    }
}

/// How [`generate_standalone`] generates.
#[derive(Debug, Clone, Default)]
pub struct StandaloneOptions {
    /// The package name; by default `<file stem>-client`.
    pub name: Option<String>,
    /// Treat the spec's warnings as errors.
    pub deny_warnings: bool,
    /// OpenAPI Overlays applied, in order, to the spec first.
    pub overlays: Vec<PathBuf>,
    /// Where the crate gets the runtime from.
    pub runtime: RuntimeSource,
    /// The root of the generator's repository, when it runs from one (`cargo xtask`): `auto`
    /// is path + version inside it, and `path` needs it. `None` for an installed generator.
    pub repository: Option<PathBuf>,
    /// The generator's command (`cargo codegen generate`), named in generated headers.
    pub command: String,
}

/// A crate written by [`generate_standalone`].
#[derive(Debug, Clone)]
pub struct Standalone {
    /// What was generated (the runtime's copy among the files, when vendored).
    pub output: Output,
    /// How many files were written or removed.
    pub changed: usize,
    /// Where the crate gets the runtime from (`Auto` resolved).
    pub runtime: RuntimeSource,
}

impl Standalone {
    /// `DIR: crate (N operations, N types, N files written, N warnings)`.
    pub fn summary(&self, out: &Path) -> String {
        let output = &self.output;
        format!(
            "{}: {} ({} operations, {} types, {} files written, {} warnings)",
            out.display(),
            output.api.crate_name,
            output.api.operations.len(),
            output.api.types.len(),
            self.changed,
            output.warnings.len()
        )
    }

    /// The line that says what the crate depends on, and why when `asked` was `Auto`.
    pub fn runtime_note(&self, asked: RuntimeSource) -> String {
        let why = match (asked, self.runtime) {
            (RuntimeSource::Auto, RuntimeSource::Vendored) => {
                " (codegen-runtime is on no registry; `--runtime registry` depends on it by version instead)"
            }
            _ => "",
        };
        format!("{} depends on {}{why}", self.output.api.crate_name, self.runtime.describe())
    }
}

/// Generates a standalone crate (its own `[workspace]`) from `spec` into `out`, which it makes:
/// what `generate --spec FILE --out DIR` does, without printing. Files below `out` that are not
/// the crate's are removed.
pub fn generate_standalone(spec: &Path, out: &Path, options: &StandaloneOptions) -> Result<Standalone, GenerateError> {
    if let Some(name) = &options.name {
        // Before the output directory is made (the generator checks it again, with the default).
        crate::naming::check_crate_name(name).map_err(|reason| GenerateError::CrateName {
            name: name.clone(),
            reason,
            hint: "",
        })?;
    }
    fs::create_dir_all(out).map_err(|source| write_error(out, source))?;
    let out_abs = out.canonicalize().map_err(|source| write_error(out, source))?;
    let repository = match &options.repository {
        Some(root) => Some(root.canonicalize().map_err(|source| read_error(root, source))?),
        None => None,
    };
    let source = options.runtime.resolve(&out_abs, repository.as_deref());
    let runtime_path = match (source, &repository) {
        (RuntimeSource::Vendored | RuntimeSource::Auto, _) => Some(VENDORED.to_owned()),
        (RuntimeSource::Path, Some(root)) => {
            let runtime = root.join("codegen/runtime");
            let runtime = runtime.canonicalize().map_err(|source| read_error(&runtime, source))?;
            Some(relative(&out_abs, &runtime).display().to_string().replace('\\', "/"))
        }
        (RuntimeSource::Path, None) => return Err(GenerateError::NoRepository),
        (RuntimeSource::Registry, _) => None,
    };
    let generate_options = Options {
        crate_name: options.name.clone(),
        runtime_path,
        standalone: true,
        command: format!(
            "{} --spec {}{} --out {}",
            options.command,
            spec.display(),
            options.overlays.iter().map(|o| format!(" --overlay {}", o.display())).collect::<String>(),
            out.display()
        ),
        deny_warnings: options.deny_warnings,
        overlays: options.overlays.clone(),
        serde_derive: false,
    };
    let mut output = crate::generate_file(spec, &spec.display().to_string(), &generate_options)?;
    if source == RuntimeSource::Vendored {
        output.files.extend(vendored_runtime(&options.command));
    }
    let changed = super::write_crate(&out_abs, &output.files)?;
    Ok(Standalone { output, changed, runtime: source })
}

fn read_error(path: &Path, source: std::io::Error) -> GenerateError {
    GenerateError::Read { file: path.display().to_string(), source }
}

/// `to` relative to the directory `from` (both absolute).
pub fn relative(from: &Path, to: &Path) -> PathBuf {
    let from: Vec<Component<'_>> = from.components().collect();
    let to: Vec<Component<'_>> = to.components().collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut out = PathBuf::new();
    for _ in common..from.len() {
        out.push("..");
    }
    for c in &to[common..] {
        out.push(c.as_os_str());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auto_is_path_inside_the_repository_and_a_copy_elsewhere() {
        let root = Path::new("/repo");
        assert_eq!(RuntimeSource::Auto.resolve(Path::new("/repo/target/x"), Some(root)), RuntimeSource::Path);
        assert_eq!(RuntimeSource::Auto.resolve(Path::new("/tmp/x"), Some(root)), RuntimeSource::Vendored);
        assert_eq!(RuntimeSource::Auto.resolve(Path::new("/repo/x"), None), RuntimeSource::Vendored);
        assert_eq!(RuntimeSource::Registry.resolve(Path::new("/repo/x"), Some(root)), RuntimeSource::Registry);
        assert_eq!("vendor".parse(), Ok(RuntimeSource::Vendored));
        assert!("copy".parse::<RuntimeSource>().unwrap_err().contains("expected auto, path, registry or vendor"));
        assert_eq!(relative(Path::new("/a/b/c"), Path::new("/a/d")), PathBuf::from("../../d"));
    }

    #[test]
    fn the_runtime_by_path_needs_a_repository() {
        let dir = std::env::temp_dir().join(format!("codegen-no-repo-{}", std::process::id()));
        let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ok/pagination.yaml");
        let options = StandaloneOptions { runtime: RuntimeSource::Path, ..StandaloneOptions::default() };
        let err = generate_standalone(&spec, &dir, &options).unwrap_err();
        assert!(matches!(err, GenerateError::NoRepository), "{err}");
        let _ = fs::remove_dir_all(&dir);
    }
}
