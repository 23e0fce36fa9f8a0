//! Compiles every `*.py` file under the given directories, verifies the
//! stack depth of the result, and prints a summary with the errors (a
//! robustness check against a large real-world corpus such as CPython's
//! standard library).
use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

fn main() {
    let mut files = Vec::new();
    for dir in std::env::args().skip(1) {
        collect(Path::new(&dir), &mut files);
    }
    files.sort();
    let (mut ok, mut failed) = (0, 0);
    for f in &files {
        let Ok(source) = std::fs::read_to_string(f) else {
            continue;
        };
        let start = std::time::Instant::now();
        match locus_compiler::compile(
            &source,
            &f.display().to_string(),
            locus_compiler::CompileMode::Exec,
        ) {
            Ok(code) => {
                ok += 1;
                if let Err(e) = locus_compiler::stack_depth::verify_all(&code) {
                    println!("STACK {}: {e}", f.display());
                }
            }
            Err(e) => {
                failed += 1;
                println!(
                    "ERR {}:{}: {}: {}",
                    f.display(),
                    e.lineno,
                    e.kind.class_name(),
                    e.msg
                );
            }
        }
        let t = start.elapsed();
        if t.as_millis() > 500 {
            println!("SLOW {} {:?}", f.display(), t);
        }
    }
    println!("{ok} compiled, {failed} failed");
}
