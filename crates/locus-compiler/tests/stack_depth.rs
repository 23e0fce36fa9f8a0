//! Runs the stack-depth verifier over every code object compiled from the
//! snapshot inputs and from every `*.py` file under the repository's
//! `tests/cases` and `bench` directories (files that fail to compile are
//! skipped: some cases test syntax errors on purpose).

use std::fs;
use std::path::{Path, PathBuf};

use locus_compiler::{compile, stack_depth, CompileMode};

fn python_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            python_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

#[test]
fn stack_depth_is_consistent_everywhere() {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let repo = crate_dir.join("../..");
    let mut files = Vec::new();
    python_files(&crate_dir.join("tests/snapshots"), &mut files);
    python_files(&repo.join("tests/cases"), &mut files);
    python_files(&repo.join("bench"), &mut files);
    files.sort();
    let mut compiled = 0;
    let mut failures = Vec::new();
    for file in &files {
        let Ok(source) = fs::read_to_string(file) else {
            continue;
        };
        let Ok(code) = compile(&source, &file.display().to_string(), CompileMode::Exec) else {
            continue;
        };
        compiled += 1;
        if let Err(e) = stack_depth::verify_all(&code) {
            failures.push(format!("{}: {e}", file.display()));
        }
    }
    assert!(compiled > 0, "nothing compiled");
    assert!(
        failures.is_empty(),
        "stack depth errors:\n{}",
        failures.join("\n")
    );
}
