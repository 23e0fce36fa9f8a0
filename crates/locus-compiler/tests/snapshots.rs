//! Snapshot tests: every `tests/snapshots/*.py` is compiled and the
//! `disassemble()` output compared with the `.dis` file beside it.
//! `UPDATE_SNAPSHOTS=1 cargo test -p locus-compiler --test snapshots`
//! rewrites the `.dis` files (review the diff!).
//!
//! A first line `# mode: eval` or `# mode: single` selects the compile
//! mode. Compile errors are snapshotted too (one line describing them).
//! Every compiled snapshot must also pass the stack-depth verifier.

use std::fs;
use std::path::{Path, PathBuf};

use locus_compiler::{compile, stack_depth, CompileMode};

fn snapshot_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots")
}

/// The text a snapshot input compiles to.
fn render(path: &Path) -> String {
    let source = fs::read_to_string(path).expect("readable snapshot input");
    let mode = match source.lines().next() {
        Some(l) if l.trim() == "# mode: eval" => CompileMode::Eval,
        Some(l) if l.trim() == "# mode: single" => CompileMode::Single,
        _ => CompileMode::Exec,
    };
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("input.py");
    let source = if mode == CompileMode::Eval {
        source.lines().skip(1).collect::<Vec<_>>().join("\n")
    } else {
        source
    };
    match compile(&source, name, mode) {
        Ok(code) => {
            let mut out = locus_bytecode::disassemble(&code);
            if let Err(e) = stack_depth::verify_all(&code) {
                out.push_str(&format!("STACK DEPTH ERROR: {e}\n"));
            }
            out
        }
        Err(e) => format!(
            "{}: {} (line {}, offset {}, end line {}, end offset {})\n",
            e.kind.class_name(),
            e.msg,
            e.lineno,
            e.offset,
            e.end_lineno,
            e.end_offset
        ),
    }
}

#[test]
fn snapshots() {
    let update = std::env::var("UPDATE_SNAPSHOTS").is_ok_and(|v| v == "1");
    let mut inputs: Vec<PathBuf> = fs::read_dir(snapshot_dir())
        .expect("snapshot directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty(), "no snapshot inputs found");
    let mut failures = Vec::new();
    for input in &inputs {
        let actual = render(input);
        let expected_path = input.with_extension("dis");
        if update {
            fs::write(&expected_path, &actual).expect("writable snapshot");
            continue;
        }
        let expected = fs::read_to_string(&expected_path).unwrap_or_default();
        if actual.contains("STACK DEPTH ERROR") {
            failures.push(format!(
                "{}: stack depth verification failed",
                input.display()
            ));
        }
        if expected != actual {
            let first_diff = expected
                .lines()
                .zip(actual.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(expected.lines().count().min(actual.lines().count()));
            failures.push(format!(
                "{}: differs at line {}:\n  expected: {:?}\n  actual:   {:?}",
                input.display(),
                first_diff + 1,
                expected.lines().nth(first_diff).unwrap_or("<end>"),
                actual.lines().nth(first_diff).unwrap_or("<end>"),
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} snapshot(s) differ (UPDATE_SNAPSHOTS=1 to accept):\n{}",
        failures.len(),
        failures.join("\n")
    );
}
