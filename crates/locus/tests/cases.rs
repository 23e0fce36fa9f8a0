//! Behaviour-test corpus runner.
//!
//! Runs every case `tests/cases/<area>/<name>.py` with the `locus` binary
//! (cwd = the case's directory, argv = `locus <name>.py`, stdin = /dev/null)
//! and compares exit status, last non-empty stderr line and stdout with
//! `tests/cases/<area>/<name>.expected`, which `tests/record.py` writes by
//! running the same case under CPython 3.13.
//!
//! Cases listed in `tests/xfail.txt` are run too: while they fail they are
//! reported as ignored (with the reason); once one passes, its trial fails
//! with "passes now: remove it from tests/xfail.txt".
//!
//! Every case that is not an expected failure then runs, in the same
//! trial, under a trace function (`tests/tools/under_tracer.py`): once with a no-op tracer and
//! once with one that reads `f_locals` of every frame at every event. Its
//! output must not change: tracing never alters what a program computes
//! (issue 4). `tests/tracer_exempt.txt` lists the cases whose output
//! CPython 3.13 itself changes under that wrapper, or that are too slow
//! under it, each with the reason.
//!
//! Environment knobs: `LOCUS_BIN` overrides the interpreter binary,
//! `LOCUS_TESTS_DIR` overrides the `tests/` directory.

use std::collections::BTreeSet;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Completion, Failed, Trial};

const TIMEOUT: Duration = Duration::from_secs(20);
const NAME_PREFIX: &str = "cases::";
const MAX_DIFF_LINES: usize = 12;
const CONTEXT_LINES: usize = 2;

fn tests_dir() -> PathBuf {
    let dir = match std::env::var_os("LOCUS_TESTS_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests"),
    };
    fs::canonicalize(&dir).unwrap_or(dir)
}

fn locus_bin() -> PathBuf {
    if let Some(bin) = std::env::var_os("LOCUS_BIN") {
        return PathBuf::from(bin);
    }
    PathBuf::from(env!("CARGO_BIN_EXE_locus"))
}

/// A name component starting with `_` marks a helper module/package.
fn is_helper(name: &str) -> bool {
    name.starts_with('_')
}

/// All case paths relative to `cases_dir`, with `/` separators, sorted.
fn collect_cases(cases_dir: &Path) -> Vec<String> {
    fn walk(dir: &Path, rel: &str, out: &mut Vec<String>) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if is_helper(&name) {
                continue;
            }
            let path = entry.path();
            let rel_name = if rel.is_empty() {
                name.clone()
            } else {
                format!("{rel}/{name}")
            };
            if path.is_dir() {
                walk(&path, &rel_name, out);
            } else if name.ends_with(".py") && !rel.is_empty() {
                out.push(rel_name);
            }
        }
    }
    let mut out = Vec::new();
    walk(cases_dir, "", &mut out);
    out.sort();
    out
}

/// `tests/tracer_exempt.txt`: `(mode, case)` pairs, mode `*` for both.
fn read_tracer_exempt(tests: &Path) -> Result<Vec<(String, String)>, String> {
    read_list(&tests.join("tracer_exempt.txt"))?
        .into_iter()
        .map(|line| {
            let mut words = line.split_whitespace();
            match (words.next(), words.next(), words.next()) {
                (Some(mode), Some(case), None)
                    if mode == "*" || TRACER_MODES.contains(&mode) =>
                {
                    Ok((mode.to_string(), case.to_string()))
                }
                _ => Err(format!(
                    "tests/tracer_exempt.txt: bad line {line:?} (want: noop|reader|* CASE  # reason)"
                )),
            }
        })
        .collect()
}

fn read_xfail(tests: &Path) -> Result<Vec<String>, String> {
    read_list(&tests.join("xfail.txt"))
}

/// The non-comment lines of a list file (missing file: empty list).
fn read_list(path: &Path) -> Result<Vec<String>, String> {
    let text = match fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
    };
    Ok(text
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect())
}

struct Expected {
    exit: i32,
    stderr: String,
    stdout: Vec<u8>,
}

fn parse_expected(data: &[u8]) -> Result<Expected, String> {
    fn header_line<'a>(data: &'a [u8], pos: &mut usize) -> Result<&'a str, String> {
        let rest = &data[*pos..];
        let end = rest
            .iter()
            .position(|&b| b == b'\n')
            .ok_or("truncated header")?;
        *pos += end + 1;
        std::str::from_utf8(&rest[..end]).map_err(|_| "header is not UTF-8".to_string())
    }
    let mut pos = 0;
    let exit_line = header_line(data, &mut pos)?;
    let exit = exit_line
        .strip_prefix("exit:")
        .and_then(|s| s.trim().parse::<i32>().ok())
        .ok_or_else(|| format!("bad exit line {exit_line:?}"))?;
    let stderr_line = header_line(data, &mut pos)?;
    let stderr = stderr_line
        .strip_prefix("stderr:")
        .ok_or_else(|| format!("bad stderr line {stderr_line:?}"))?
        .trim()
        .to_string();
    let sep = header_line(data, &mut pos)?;
    if sep != "--- stdout" {
        return Err(format!("expected '--- stdout', found {sep:?}"));
    }
    Ok(Expected {
        exit,
        stderr,
        stdout: data[pos..].to_vec(),
    })
}

fn last_nonempty_line(data: &[u8]) -> String {
    String::from_utf8_lossy(data)
        .split('\n')
        .rev()
        .find(|l| !l.trim().is_empty())
        .map(|l| l.trim().to_string())
        .unwrap_or_default()
}

struct Outcome {
    status: i32,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

/// The tracers a case can run under (the MODE of `under_tracer.py`).
const TRACER_MODES: [&str; 2] = ["noop", "reader"];

fn run_case(cases_dir: &Path, case: &str, tracer: Option<&str>) -> Result<Outcome, String> {
    let path = cases_dir.join(case);
    let dir = path.parent().expect("case has a directory");
    let file = path.file_name().expect("case has a file name");
    let mut cmd = Command::new(locus_bin());
    match tracer {
        None => {
            cmd.arg(file);
        }
        Some(mode) => {
            let wrapper = cases_dir.join("../tools/under_tracer.py");
            cmd.arg(wrapper).arg(mode).arg(&path);
        }
    }
    cmd.current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("PYTHON") {
            cmd.env_remove(key);
        }
    }
    cmd.env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1");
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", locus_bin().display()))?;
    let mut out_pipe = child.stdout.take().unwrap();
    let mut err_pipe = child.stderr.take().unwrap();
    let out_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() >= TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                let _ = out_reader.join();
                let stderr = err_reader.join().unwrap_or_default();
                return Err(format!(
                    "timed out after {}s (killed){}",
                    TIMEOUT.as_secs(),
                    stderr_tail(&stderr)
                ));
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("wait failed: {e}")),
        }
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    let code = match status.code() {
        Some(c) => c,
        None => {
            use std::os::unix::process::ExitStatusExt;
            -status.signal().unwrap_or(0)
        }
    };
    Ok(Outcome {
        status: code,
        stdout,
        stderr,
    })
}

fn stderr_tail(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr);
    let lines: Vec<&str> = text.lines().collect();
    if lines.is_empty() {
        return String::new();
    }
    let start = lines.len().saturating_sub(8);
    let mut s = String::from("\nstderr (last lines):\n");
    for l in &lines[start..] {
        s.push_str("  | ");
        s.push_str(l);
        s.push('\n');
    }
    s
}

/// A compact unified-style diff: common prefix/suffix trimmed, the differing
/// middle shown as -expected/+actual lines (capped), with a little context.
fn diff(expected: &[u8], actual: &[u8]) -> (usize, String) {
    let exp = String::from_utf8_lossy(expected);
    let act = String::from_utf8_lossy(actual);
    let e: Vec<&str> = exp.split_inclusive('\n').collect();
    let a: Vec<&str> = act.split_inclusive('\n').collect();
    let prefix = e.iter().zip(&a).take_while(|(x, y)| x == y).count();
    let max_suffix = e.len().min(a.len()) - prefix;
    let suffix = e
        .iter()
        .rev()
        .zip(a.iter().rev())
        .take(max_suffix)
        .take_while(|(x, y)| x == y)
        .count();
    let (e_mid, a_mid) = (&e[prefix..e.len() - suffix], &a[prefix..a.len() - suffix]);

    let show = |l: &str| -> String {
        match l.strip_suffix('\n') {
            Some(body) => body.to_string(),
            None => format!("{l}  [no newline at end]"),
        }
    };
    let mut out = format!(
        "stdout differs from line {}:\n--- expected stdout\n+++ actual stdout\n",
        prefix + 1
    );
    let ctx_start = prefix.saturating_sub(CONTEXT_LINES);
    out.push_str(&format!(
        "@@ -{},{} +{},{} @@\n",
        ctx_start + 1,
        e_mid.len() + prefix - ctx_start,
        ctx_start + 1,
        a_mid.len() + prefix - ctx_start
    ));
    for l in &e[ctx_start..prefix] {
        out.push_str(&format!(" {}\n", show(l)));
    }
    for (sign, lines) in [('-', e_mid), ('+', a_mid)] {
        for l in lines.iter().take(MAX_DIFF_LINES) {
            out.push_str(&format!("{sign}{}\n", show(l)));
        }
        if lines.len() > MAX_DIFF_LINES {
            out.push_str(&format!(
                "{sign}... ({} more lines)\n",
                lines.len() - MAX_DIFF_LINES
            ));
        }
    }
    if suffix > 0 {
        let first_common = &e[e.len() - suffix..];
        for l in first_common.iter().take(CONTEXT_LINES) {
            out.push_str(&format!(" {}\n", show(l)));
        }
    }
    (prefix + 1, out)
}

/// Why a case did not match: a one-line summary and the full report.
struct Mismatch {
    summary: String,
    detail: String,
}

impl Mismatch {
    fn simple(msg: String) -> Self {
        Mismatch {
            summary: msg.clone(),
            detail: msg,
        }
    }
}

/// Runs one case; `Ok(())` if it matches its expectation.
fn check_case(tests: &Path, case: &str, tracer: Option<&str>) -> Result<(), Mismatch> {
    let cases_dir = tests.join("cases");
    let exp_path = cases_dir.join(format!(
        "{}.expected",
        case.strip_suffix(".py").unwrap_or(case)
    ));
    let data = match fs::read(&exp_path) {
        Ok(d) => d,
        Err(_) => {
            return Err(Mismatch::simple(
                "not recorded: run python3 tests/record.py".to_string(),
            ))
        }
    };
    let expected = parse_expected(&data).map_err(|e| {
        Mismatch::simple(format!(
            "malformed {}: {e} (re-record it with python3 tests/record.py)",
            exp_path.display()
        ))
    })?;
    let got = run_case(&cases_dir, case, tracer).map_err(Mismatch::simple)?;
    let got_stderr = last_nonempty_line(&got.stderr);
    let mut summary = Vec::new();
    let mut problems = Vec::new();
    if got.status != expected.exit {
        summary.push(format!("exit {} (expected {})", got.status, expected.exit));
        problems.push(format!(
            "exit status: expected {}, got {}",
            expected.exit, got.status
        ));
    }
    if got_stderr != expected.stderr {
        summary.push(format!("stderr {:?}", truncate(&got_stderr, 60)));
        problems.push(format!(
            "last stderr line:\n  expected: {:?}\n  actual:   {:?}",
            expected.stderr, got_stderr
        ));
    }
    if got.stdout != expected.stdout {
        let (first, text) = diff(&expected.stdout, &got.stdout);
        summary.push(format!("stdout differs from line {first}"));
        problems.push(text);
    }
    if problems.is_empty() {
        return Ok(());
    }
    let mut detail = problems.join("\n");
    if got_stderr != expected.stderr || got.status != expected.exit {
        detail.push_str(&stderr_tail(&got.stderr));
    }
    Err(Mismatch {
        summary: summary.join("; "),
        detail,
    })
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let cut: String = s.chars().take(max).collect();
        format!("{cut}...")
    }
}

fn main() {
    let args = Arguments::from_args();
    let tests = tests_dir();
    let cases_dir = tests.join("cases");
    let cases = collect_cases(&cases_dir);
    let mut trials = Vec::new();

    let xfail = match read_xfail(&tests) {
        Ok(x) => x,
        Err(e) => {
            trials.push(Trial::test(format!("{NAME_PREFIX}xfail.txt"), move || {
                Err(e.into())
            }));
            Vec::new()
        }
    };
    let xfail_set: BTreeSet<&str> = xfail.iter().map(String::as_str).collect();
    let case_set: BTreeSet<&str> = cases.iter().map(String::as_str).collect();
    let tracer_exempt = match read_tracer_exempt(&tests) {
        Ok(x) => x,
        Err(e) => {
            trials.push(Trial::test(
                format!("{NAME_PREFIX}tracer_exempt.txt"),
                move || Err(e.into()),
            ));
            Vec::new()
        }
    };
    for (_, stale) in tracer_exempt
        .iter()
        .filter(|(_, c)| !case_set.contains(c.as_str()))
    {
        let stale = stale.clone();
        trials.push(Trial::test(
            format!("{NAME_PREFIX}tracer_exempt.txt::{stale}"),
            move || {
                Err(format!(
                    "tests/tracer_exempt.txt lists {stale:?}, which matches no case under tests/cases/"
                )
                .into())
            },
        ));
    }

    for stale in xfail_set.difference(&case_set) {
        let stale = stale.to_string();
        trials.push(Trial::test(
            format!("{NAME_PREFIX}xfail.txt::{stale}"),
            move || {
                Err(format!(
                    "tests/xfail.txt lists {stale:?}, which matches no case under tests/cases/"
                )
                .into())
            },
        ));
    }

    if cases.is_empty() {
        let dir = cases_dir.display().to_string();
        trials.push(Trial::test(format!("{NAME_PREFIX}corpus"), move || {
            Err(format!("no cases found under {dir}").into())
        }));
    }

    for case in cases {
        let name = format!("{NAME_PREFIX}{case}");
        let tests = tests.clone();
        if xfail_set.contains(case.as_str()) {
            trials.push(
                Trial::ignorable_test(name, move || match check_case(&tests, &case, None) {
                    Ok(()) => Err(Failed::from("passes now: remove it from tests/xfail.txt")),
                    Err(m) => Ok(Completion::ignored_with(format!("xfail: {}", m.summary))),
                })
                .with_kind("xfail"),
            );
        } else {
            let modes: Vec<&'static str> = TRACER_MODES
                .into_iter()
                .filter(|mode| {
                    !tracer_exempt
                        .iter()
                        .any(|(m, c)| c == &case && (m == "*" || m == mode))
                })
                .collect();
            // One trial runs the case plainly and then under each tracer, one
            // after the other: cases may share files (e.g. under /tmp).
            trials.push(Trial::test(name, move || {
                check_case(&tests, &case, None).map_err(|m| Failed::from(m.detail))?;
                for mode in modes {
                    check_case(&tests, &case, Some(mode)).map_err(|m| {
                        Failed::from(format!(
                            "under the {mode} tracer of tests/tools/under_tracer.py:\n{}",
                            m.detail
                        ))
                    })?;
                }
                Ok(())
            }));
        }
    }

    libtest_mimic::run(&args, trials).exit();
}
