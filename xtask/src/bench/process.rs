//! Running a measured process: in a process group of its own with a timeout, its output in a
//! log, its peak memory through GNU time, and the first error it printed.

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use serde_json::Value;

/// The outcome of one process.
pub(super) struct Ran {
    pub(super) success: bool,
    pub(super) timed_out: bool,
    pub(super) secs: f64,
    pub(super) stdout: String,
    pub(super) stderr: String,
    /// Maximum resident set size in KiB (GNU time's `%M`), when measured.
    pub(super) max_rss_kb: Option<u64>,
}

pub(super) fn ran_error(r: &Ran, timeout: Duration) -> Option<String> {
    if r.timed_out {
        return Some(format!("timed out after {} s", timeout.as_secs()));
    }
    if r.success {
        return None;
    }
    Some(first_error(&r.stderr).or_else(|| first_error(&r.stdout)).unwrap_or_else(|| last_line(&r.stderr, &r.stdout)))
}

/// The first error in a compiler's or generator's output, with its location.
pub(super) fn first_error(text: &str) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim();
        // A panic: `thread 'main' panicked at FILE:LINE:COL:` then the message.
        if t.contains("panicked at") {
            let at = t.split("panicked at").nth(1).unwrap_or_default().trim().trim_end_matches(':');
            let at = at.rsplit("/src/").next().map_or(at.to_owned(), |s| format!("…/src/{s}"));
            let message = lines.get(i + 1).map(|l| l.trim()).unwrap_or_default();
            return Some(format!("panic: {message} (at {at})"));
        }
        let rustc = t.starts_with("error[") || (t.starts_with("error:") && !is_cargo_summary(t));
        let java = t.contains("Exception") || t.contains("[main] ERROR") || t.starts_with("ERROR");
        if rustc || java {
            let location = lines[i + 1..]
                .iter()
                .take(4)
                .find_map(|l| l.trim().strip_prefix("--> "))
                .map(|l| format!(" at {l}"))
                .unwrap_or_default();
            let mut message = t.to_owned();
            if java && !t.contains(':') {
                if let Some(next) = lines.get(i + 1) {
                    message = format!("{message} {}", next.trim());
                }
            }
            if message.len() > 400 {
                let mut cut = 400;
                while !message.is_char_boundary(cut) {
                    cut -= 1;
                }
                message = format!("{}…", &message[..cut]);
            }
            return Some(format!("{message}{location}"));
        }
    }
    None
}

pub(super) fn is_cargo_summary(t: &str) -> bool {
    t.starts_with("error: could not compile")
        || t.starts_with("error: aborting")
        || t.starts_with("error: build failed")
}

pub(super) fn last_line(a: &str, b: &str) -> String {
    a.lines()
        .chain(b.lines())
        .rfind(|l| !l.trim().is_empty())
        .map_or_else(|| "failed without output".to_owned(), |l| l.trim().to_owned())
}

/// Runs `cmd` in a process group of its own, with stdout and stderr in `log` (and returned),
/// killing the group after `timeout`.
pub(super) fn run_timed(cmd: &mut Command, log: &Path, timeout: Duration) -> Result<Ran> {
    use std::os::unix::process::CommandExt;
    let out_path = log.with_extension("out");
    let err_path = log.with_extension("err");
    let start = Instant::now();
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(fs::File::create(&out_path)?)
        .stderr(fs::File::create(&err_path)?)
        .process_group(0)
        .spawn()
        .with_context(|| format!("starting {:?}", cmd.get_program()))?;
    let pid = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    let waiter = std::thread::spawn(move || {
        let status = child.wait();
        let _ = tx.send(Instant::now());
        status
    });
    let (ended, timed_out) = match rx.recv_timeout(timeout) {
        Ok(at) => (at, false),
        Err(_) => {
            let _ = Command::new("kill").args(["-KILL", "--", &format!("-{pid}")]).status();
            (Instant::now(), true)
        }
    };
    let status = waiter.join().map_err(|_| anyhow::anyhow!("waiting for the process"))??;
    let stdout = fs::read_to_string(&out_path).unwrap_or_default();
    let stderr = fs::read_to_string(&err_path).unwrap_or_default();
    Ok(Ran {
        success: status.success() && !timed_out,
        timed_out,
        secs: ended.duration_since(start).as_secs_f64(),
        stdout,
        stderr,
        max_rss_kb: None,
    })
}

/// Runs `cmd` under GNU time (when there is one) for the maximum RSS of its process tree.
pub(super) fn run_measured(cmd: &Command, log: &Path, timeout: Duration) -> Result<Ran> {
    let gnu_time = Path::new("/usr/bin/time");
    let rss_file = log.with_extension("rss");
    let _ = fs::remove_file(&rss_file);
    let mut wrapped = if gnu_time.exists() {
        let mut w = Command::new(gnu_time);
        w.args(["-f", "%M", "-o"]).arg(&rss_file).arg(cmd.get_program()).args(cmd.get_args());
        w
    } else {
        let mut w = Command::new(cmd.get_program());
        w.args(cmd.get_args());
        w
    };
    if let Some(dir) = cmd.get_current_dir() {
        wrapped.current_dir(dir);
    }
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => wrapped.env(k, v),
            None => wrapped.env_remove(k),
        };
    }
    let mut ran = run_timed(&mut wrapped, log, timeout)?;
    ran.max_rss_kb = fs::read_to_string(&rss_file).ok().and_then(|t| t.lines().last()?.trim().parse().ok());
    Ok(ran)
}

/// Runs our `bench-gen` and returns the JSON it printed.
pub(super) fn run_json(cmd: &mut Command, log: &Path, timeout: Duration) -> Result<Value> {
    let ran = run_timed(cmd, log, timeout)?;
    if !ran.success {
        let why = ran_error(&ran, timeout).unwrap_or_default();
        return Ok(serde_json::json!({ "error": format!("bench-gen failed: {why}") }));
    }
    let line = ran.stdout.lines().rev().find(|l| l.starts_with('{')).unwrap_or("{}");
    serde_json::from_str(line).context("reading the output of bench-gen")
}

/// The trimmed output (stdout, else stderr) of a command that succeeded.
pub(crate) fn output_of(cmd: &mut Command) -> Option<String> {
    let out = cmd.output().ok()?;
    if !out.status.success() {
        return None;
    }
    let text = if out.stdout.is_empty() { out.stderr } else { out.stdout };
    Some(String::from_utf8_lossy(&text).trim().to_owned())
}
