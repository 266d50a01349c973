//! Real servers for the generated clients to be judged against: Jupyter Server (with ipykernel,
//! so kernels and sessions work) and Kinto (memory backend), installed from PyPI at pinned
//! versions into `.tools/<name>` and started on loopback with scratch state under
//! `target/real-servers/`. Each publishes its own API document; the copies the clients are
//! generated from (`e2e/specs/jupyter.yaml`, `e2e/specs/kinto.json`) must be what it serves.

use std::fs;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

/// What is installed: what the documents and the driven sequences were checked against.
const JUPYTER: &[&str] = &["jupyter_server==2.21.1", "ipykernel==7.4.0"];
const KINTO: &[&str] = &["kinto==26.5.0"];

/// The crates generated from the servers' documents. The real servers are their contract:
/// `cargo xtask test` starts no Prism mock for them and leaves their generated contract tests
/// out (a mock answering from a document that disagrees with its server proves nothing about
/// either; the runs in `e2e/tests/jupyter_server.rs` and `kinto.rs` use them instead).
pub const CRATES: &[&str] = &["jupyter-client", "jupyter-conformed-client", "kinto-client", "kinto-conformed-client"];

/// The servers' document copies, relative to the repository.
pub const JUPYTER_SPEC: &str = "e2e/specs/jupyter.yaml";
pub const KINTO_SPEC: &str = "e2e/specs/kinto.json";

/// Running servers; stopped when dropped.
pub struct RealServers {
    children: Vec<Child>,
    /// `(variable, value)` for the tests (`e2e/tests/jupyter_server.rs`, `e2e/tests/kinto.rs`).
    pub env: Vec<(String, String)>,
    /// Where the tests write their reports and recordings.
    pub reports: PathBuf,
}

impl Drop for RealServers {
    fn drop(&mut self) {
        for child in &mut self.children {
            // SIGTERM first: Jupyter shuts its kernels down on it.
            let _ = Command::new("kill").arg("-TERM").arg(child.id().to_string()).status();
            let until = Instant::now() + Duration::from_secs(5);
            while Instant::now() < until && matches!(child.try_wait(), Ok(None)) {
                std::thread::sleep(Duration::from_millis(100));
            }
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// A virtual environment in `.tools/<name>` holding exactly `packages` (reinstalled when the
/// pins change); returns its `bin` directory.
fn ensure_venv(root: &Path, name: &str, packages: &[&str]) -> Result<PathBuf> {
    let dir = root.join(".tools").join(name);
    let marker = dir.join("codegen-installed.txt");
    let wanted = packages.join("\n");
    if fs::read_to_string(&marker).is_ok_and(|installed| installed == wanted) {
        return Ok(dir.join("bin"));
    }
    println!("installing {} into {}", packages.join(" "), dir.display());
    if dir.exists() {
        fs::remove_dir_all(&dir)?;
    }
    let python = std::env::var("PYTHON").unwrap_or_else(|_| "python3".into());
    run(Command::new(&python).args(["-m", "venv"]).arg(&dir), "creating a Python virtual environment")?;
    run(
        Command::new(dir.join("bin/pip"))
            .args(["install", "--quiet", "--disable-pip-version-check", "--no-input"])
            .args(packages),
        "pip install",
    )?;
    fs::write(&marker, wanted)?;
    Ok(dir.join("bin"))
}

fn run(command: &mut Command, what: &str) -> Result<()> {
    let status = command.status().with_context(|| format!("{what}: could not start"))?;
    if !status.success() {
        bail!("{what} failed ({status})");
    }
    Ok(())
}

fn free_port() -> Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// A fresh scratch directory.
fn scratch(path: PathBuf) -> Result<PathBuf> {
    if path.exists() {
        fs::remove_dir_all(&path)?;
    }
    fs::create_dir_all(&path)?;
    Ok(path)
}

/// Installs and starts both servers, waits until they answer, and checks that each serves the
/// document its client was generated from.
pub fn start(root: &Path) -> Result<RealServers> {
    let started = Instant::now();
    let base = scratch(root.join("target/real-servers"))?;
    let reports = base.join("reports");
    fs::create_dir_all(&reports)?;
    let mut servers = RealServers { children: Vec::new(), env: Vec::new(), reports: reports.clone() };
    servers.env.push(("REAL_SERVER_REPORT_DIR".into(), reports.display().to_string()));
    start_jupyter(root, &base, &mut servers)?;
    start_kinto(root, &base, &mut servers)?;
    println!("Jupyter Server and Kinto installed and serving in {:.1} s", started.elapsed().as_secs_f64());
    Ok(servers)
}

fn start_jupyter(root: &Path, base: &Path, servers: &mut RealServers) -> Result<()> {
    let bin = ensure_venv(root, "jupyter", JUPYTER)?;
    let dir = base.join("jupyter");
    let port = free_port()?;
    // A token made per run; it is redacted from the recordings (the `Authorization` header).
    let token = format!("e2e-{}-{port}", std::process::id());
    let log = fs::File::create(base.join("jupyter.log"))?;
    let child = Command::new(bin.join("jupyter"))
        .arg("server")
        .arg(format!("--ServerApp.token={token}"))
        .args(["--ServerApp.ip=127.0.0.1", "--ServerApp.port_retries=0", "--no-browser", "--allow-root"])
        .arg(format!("--port={port}"))
        .arg(format!("--ServerApp.root_dir={}", scratch(dir.join("root"))?.display()))
        .env("JUPYTER_RUNTIME_DIR", scratch(dir.join("runtime"))?)
        .env("JUPYTER_CONFIG_DIR", scratch(dir.join("config"))?)
        .env("JUPYTER_DATA_DIR", scratch(dir.join("data"))?)
        .env("IPYTHONDIR", scratch(dir.join("ipython"))?)
        .stdin(Stdio::null())
        .stdout(log.try_clone()?)
        .stderr(log)
        .spawn()
        .context("starting jupyter server")?;
    servers.children.push(child);
    let auth = format!("Authorization: token {token}");
    let served = wait_for(servers, "Jupyter Server", port, "/api/spec.yaml", &auth, &base.join("jupyter.log"))?;
    let copy = fs::read_to_string(root.join(JUPYTER_SPEC))?;
    if served != copy {
        bail!("Jupyter Server serves a document at /api/spec.yaml that differs from {JUPYTER_SPEC}: copy it again");
    }
    servers.env.push(("JUPYTER_URL".into(), format!("http://127.0.0.1:{port}")));
    servers.env.push(("JUPYTER_TOKEN".into(), token));
    Ok(())
}

fn start_kinto(root: &Path, base: &Path, servers: &mut RealServers) -> Result<()> {
    let bin = ensure_venv(root, "kinto", KINTO)?;
    let dir = scratch(base.join("kinto"))?;
    let ini = dir.join("kinto.ini");
    run(
        Command::new(bin.join("kinto"))
            .arg("init")
            .arg("--ini")
            .arg(&ini)
            .args(["--backend", "memory", "--cache-backend", "memory", "--host", "127.0.0.1"])
            .stdout(Stdio::null()),
        "kinto init",
    )?;
    let port = free_port()?;
    let log = fs::File::create(base.join("kinto.log"))?;
    let child = Command::new(bin.join("kinto"))
        .arg("start")
        .arg("--ini")
        .arg(&ini)
        .arg("--port")
        .arg(port.to_string())
        .current_dir(&dir)
        .stdin(Stdio::null())
        .stdout(log.try_clone()?)
        .stderr(log)
        .spawn()
        .context("starting kinto")?;
    servers.children.push(child);
    let served = wait_for(servers, "Kinto", port, "/v1/__api__", "", &base.join("kinto.log"))?;
    let copy = fs::read_to_string(root.join(KINTO_SPEC))?;
    if without_host(&served)? != without_host(&copy)? {
        bail!("Kinto serves a document at /v1/__api__ that differs from {KINTO_SPEC} (beyond `host`): copy it again");
    }
    // The administrator, whose account is made without credentials (`kinto init` lets only
    // `account:admin` create buckets); a password per run, redacted from the recordings.
    let password = format!("admin-{}-{port}", std::process::id());
    let account = serde_json::json!({"data": {"password": password}}).to_string();
    match http(port, "PUT", "/v1/accounts/admin", "", &account)? {
        (200 | 201, _) => {}
        (status, body) => bail!("creating Kinto's admin account answered {status}: {body}"),
    }
    servers.env.push(("KINTO_URL".into(), format!("http://127.0.0.1:{port}/v1")));
    servers.env.push(("KINTO_ADMIN_PASSWORD".into(), password));
    Ok(())
}

/// The document without `host`, which names whatever address served it.
fn without_host(text: &str) -> Result<serde_json::Value> {
    let mut value: serde_json::Value = serde_json::from_str(text).context("the Kinto document is not JSON")?;
    if let Some(object) = value.as_object_mut() {
        object.remove("host");
    }
    Ok(value)
}

/// Waits (60 s at most) until `path` answers 200, and returns its body.
fn wait_for(servers: &mut RealServers, name: &str, port: u16, path: &str, header: &str, log: &Path) -> Result<String> {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Ok((200, body)) = http_get(port, path, header) {
            return Ok(body);
        }
        if let Some(child) = servers.children.last_mut() {
            if let Some(status) = child.try_wait()? {
                bail!("{name} exited ({status}) before serving:\n{}", fs::read_to_string(log).unwrap_or_default());
            }
        }
        if Instant::now() > deadline {
            bail!("{name}: no answer at {path} within 60 s:\n{}", fs::read_to_string(log).unwrap_or_default());
        }
        std::thread::sleep(Duration::from_millis(250));
    }
}

/// A plain HTTP/1.0 GET on loopback: status and body.
fn http_get(port: u16, path: &str, header: &str) -> Result<(u16, String)> {
    http(port, "GET", path, header, "")
}

/// A plain HTTP/1.0 request on loopback (`header` is one `Name: value` line or empty; a
/// non-empty `body` is sent as JSON): status and body.
fn http(port: u16, method: &str, path: &str, header: &str, body: &str) -> Result<(u16, String)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut head = format!("{method} {path} HTTP/1.0\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n");
    if !header.is_empty() {
        head.push_str(&format!("{header}\r\n"));
    }
    if !body.is_empty() {
        head.push_str(&format!("Content-Type: application/json\r\nContent-Length: {}\r\n", body.len()));
    }
    write!(stream, "{head}\r\n{body}")?;
    let mut response = String::new();
    stream.read_to_string(&mut response)?;
    let (head, body) = response.split_once("\r\n\r\n").context("a response without a header end")?;
    let status = head.split_whitespace().nth(1).and_then(|s| s.parse().ok()).context("a response without a status")?;
    Ok((status, body.to_owned()))
}

/// A run of one client against one server (`e2e/tests/jupyter_server.rs`, `e2e/tests/kinto.rs`).
struct RunOf {
    /// The name its report and recording carry.
    name: &'static str,
    /// The server's document.
    spec: &'static str,
    /// The overlay of the client, if any: `None` is the unchanged document.
    overlay: Option<&'static str>,
}

const RUNS: &[RunOf] = &[
    RunOf { name: "jupyter-unchanged", spec: JUPYTER_SPEC, overlay: None },
    RunOf { name: "jupyter-conformed", spec: JUPYTER_SPEC, overlay: Some(JUPYTER_OVERLAY) },
    RunOf { name: "kinto-unchanged", spec: KINTO_SPEC, overlay: None },
    RunOf { name: "kinto-conformed", spec: KINTO_SPEC, overlay: Some(KINTO_OVERLAY) },
];

/// The overlays `cargo xtask conform --write-overlay` wrote from the unchanged runs'
/// recordings; `cargo xtask generate` builds the `-conformed` clients with them.
pub const JUPYTER_OVERLAY: &str = "e2e/specs/jupyter-conformed.overlay.yaml";
pub const KINTO_OVERLAY: &str = "e2e/specs/kinto-conformed.overlay.yaml";

/// One step of a run's report (`<run>.steps.json`).
#[derive(serde::Deserialize)]
struct Step {
    label: String,
    ok: bool,
    outcome: String,
    exchanges: [usize; 2],
}

/// Prints every run's per-call report, then judges them: a failed call of an unchanged
/// document must be explained by a conformance finding about one of its exchanges (the
/// document describes its data wrongly), a conformed client must pass every call, and the
/// checked-in overlay must be what conformance writes from this run's recording.
pub fn report(root: &Path, dir: &Path, write: bool) -> Result<()> {
    let mut problems = Vec::new();
    let mut totals = (0, 0);
    for run in RUNS {
        let Ok(text) = fs::read_to_string(dir.join(format!("{}.txt", run.name))) else {
            problems.push(format!("{}: no report (its test did not run to the end)", run.name));
            continue;
        };
        print!("{text}");
        let steps: Vec<Step> =
            serde_json::from_str(&fs::read_to_string(dir.join(format!("{}.steps.json", run.name)))?)?;
        totals.0 += steps.iter().filter(|s| s.ok).count();
        totals.1 += steps.iter().filter(|s| !s.ok).count();
        match run.overlay {
            None => problems.extend(explain(root, dir, run, &steps, write)?),
            Some(_) => problems.extend(
                steps.iter().filter(|s| !s.ok).map(|s| format!("{}: `{}` failed: {}", run.name, s.label, s.outcome)),
            ),
        }
    }
    println!("real servers: {} passed, {} failed (calls of every run)", totals.0, totals.1);
    if problems.is_empty() {
        println!("every failure of an unchanged document is a mismatch conformance found; every conformed call is OK");
        return Ok(());
    }
    bail!("real-server runs:\n  {}", problems.join("\n  "))
}

/// Conformance over an unchanged run's recording: writes `<run>.conformance.md` and
/// `<run>.overlay.yaml`, prints what explains each failed step, and returns the problems.
fn explain(root: &Path, dir: &Path, run: &RunOf, steps: &[Step], write: bool) -> Result<Vec<String>> {
    let recording = dir.join(format!("{}.jsonl", run.name));
    let shown = format!("target/real-servers/reports/{}.jsonl", run.name);
    let exchanges = codegen::conform::read_traffic_file(&recording, &shown)?;
    let doc = codegen::SourceDoc::parse(run.spec, fs::read_to_string(root.join(run.spec))?)
        .map_err(|d| anyhow::anyhow!("{d}"))?;
    let conformance = codegen::conform::check(&doc, &exchanges);
    fs::write(dir.join(format!("{}.conformance.md", run.name)), conformance.to_markdown())?;
    let mut problems = Vec::new();
    for step in steps.iter().filter(|s| !s.ok) {
        let [from, to] = step.exchanges;
        let found: Vec<_> = conformance.findings.iter().filter(|f| (from..to).contains(&f.exchange)).collect();
        match found.first() {
            Some(finding) => println!(
                "  `{}` failed: {} {}{}: {}",
                step.label,
                finding.kind.name(),
                finding.at.as_deref().map(|at| format!("at `{at}` ")).unwrap_or_default(),
                finding.spec.as_ref().map(|s| format!("({s})")).unwrap_or_default(),
                finding.message
            ),
            None => problems.push(format!(
                "{}: `{}` failed and conformance found nothing wrong with its exchanges {from}..{to}: {}",
                run.name, step.label, step.outcome
            )),
        }
    }
    let overlay =
        codegen::conform::write_overlay(&doc, &exchanges, &conformance, "cargo xtask test --real-servers --write");
    let conformed = RUNS.iter().find(|r| r.spec == run.spec && r.overlay.is_some()).and_then(|r| r.overlay);
    if let Some(checked_in) = conformed {
        // As it is checked in: extending the document, which sits beside it.
        let upstream = Path::new(run.spec).file_name().and_then(|f| f.to_str()).unwrap_or_default();
        let overlay = overlay.replacen("overlay: 1.0.0\n", &format!("overlay: 1.0.0\nextends: {upstream}\n"), 1);
        let written = dir.join(format!("{}.overlay.yaml", run.name));
        fs::write(&written, &overlay)?;
        if write {
            // The overlay, and the report it was written from beside it.
            fs::write(root.join(checked_in), &overlay)?;
            let report = checked_in.replace(".overlay.yaml", ".conformance.md");
            fs::write(root.join(&report), conformance.to_markdown())?;
            println!("wrote {checked_in} and {report}: run `cargo xtask generate`");
        }
        let checked_in_text = fs::read_to_string(root.join(checked_in)).unwrap_or_default();
        if actions(&checked_in_text)? != actions(&overlay)? {
            let shown = written.strip_prefix(root).unwrap_or(&written).display().to_string();
            problems.push(format!(
                "{checked_in} is not what conformance writes from this run's recording; review \
                 `diff {checked_in} {shown}`, then `cp {shown} {checked_in}` and `cargo xtask generate`"
            ));
        }
    }
    Ok(problems)
}

/// The actions of an overlay (what it changes; not its `extends` or comments).
fn actions(text: &str) -> Result<serde_yaml::Value> {
    let value: serde_yaml::Value = serde_yaml::from_str(text).context("an overlay that is not YAML")?;
    Ok(value.get("actions").cloned().unwrap_or(serde_yaml::Value::Null))
}
