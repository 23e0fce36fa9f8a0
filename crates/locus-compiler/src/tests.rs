//! Tests of the public API: CPython's syntax errors, deep nesting, and
//! that compiled code always passes the stack-depth verifier.

use crate::testdata::SYNTAX_ERRORS;
use crate::{compile, stack_depth, CompileErrorKind, CompileMode};

#[test]
fn syntax_errors_match_cpython() {
    let mut failures = Vec::new();
    for &(source, class, msg, lineno, offset) in SYNTAX_ERRORS {
        match compile(source, "<s>", CompileMode::Exec) {
            Ok(_) => failures.push(format!("{source:?}: compiled, CPython says {class}: {msg}")),
            Err(e) => {
                let got = (e.kind.class_name(), e.msg.as_str(), e.lineno, e.offset);
                if got != (class, msg, lineno, offset) {
                    failures.push(format!(
                        "{source:?}:\n  want {:?}\n  got  {got:?}",
                        (class, msg, lineno, offset)
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn error_of(source: &str) -> crate::CompileError {
    compile(source, "<s>", CompileMode::Exec).expect_err("should not compile")
}

#[test]
fn error_text_is_the_source_line() {
    let e = error_of("x = 1\ny = (1 +\n     2 +)\n");
    assert_eq!(e.kind, CompileErrorKind::SyntaxError);
    assert_eq!(e.lineno, 3);
    assert_eq!(e.text.as_deref(), Some("     2 +)\n"));
    assert_eq!(e.filename, "<s>");
}

#[test]
fn too_many_nested_parentheses() {
    let e = error_of(&"(".repeat(100_000));
    assert_eq!(e.msg, "too many nested parentheses");
    assert_eq!((e.lineno, e.offset), (1, 201));
    let ok = format!("x = {}1{}", "(".repeat(200), ")".repeat(200));
    assert!(compile(&ok, "<s>", CompileMode::Exec).is_ok());
    let e = error_of(&format!("x = {}1{}", "[".repeat(201), "]".repeat(201)));
    assert_eq!(
        (e.msg.as_str(), e.offset),
        ("too many nested parentheses", 205)
    );
}

#[test]
fn deep_expressions_give_cpython_errors_without_overflowing() {
    // Run on a small stack: the compiler must not depend on a big one.
    let handle = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(|| {
            let cases: Vec<(String, CompileErrorKind)> = vec![
                (
                    format!("{}1", "-".repeat(100_000)),
                    CompileErrorKind::MemoryError,
                ),
                (
                    format!("{}1", "not ".repeat(100_000)),
                    CompileErrorKind::MemoryError,
                ),
                (
                    format!("{}1", "1+".repeat(100_000)),
                    CompileErrorKind::RecursionError,
                ),
                (
                    format!("a{}", ".a".repeat(100_000)),
                    CompileErrorKind::RecursionError,
                ),
                (
                    format!("a{}", "()".repeat(100_000)),
                    CompileErrorKind::RecursionError,
                ),
                (
                    format!("a{}", "[0]".repeat(100_000)),
                    CompileErrorKind::RecursionError,
                ),
                (
                    format!("{}1", "lambda:".repeat(10_000)),
                    CompileErrorKind::MemoryError,
                ),
                (
                    format!("{}1", "2**".repeat(10_000)),
                    CompileErrorKind::MemoryError,
                ),
                (
                    format!("{}1", "1 if 1 else ".repeat(10_000)),
                    CompileErrorKind::MemoryError,
                ),
            ];
            for (source, kind) in cases {
                let e = compile(&source, "<s>", CompileMode::Exec).expect_err("too deep");
                assert_eq!(e.kind, kind, "{}...", &source[..20]);
            }
            // Just below CPython's limits: compiles.
            for source in [
                format!("{}1", "1+".repeat(9_000)),
                format!("{}1", "-".repeat(5_000)),
                format!("a{}", ".a".repeat(9_000)),
            ] {
                let code = compile(&source, "<s>", CompileMode::Exec).expect("compiles");
                stack_depth::verify_all(&code).expect("consistent stack");
            }
        })
        .expect("thread");
    handle.join().expect("no panic or overflow");
}

#[test]
fn indentation_limit() {
    let deep = |n: usize| -> String {
        let mut s = String::new();
        for i in 0..n {
            s.push_str(&" ".repeat(i));
            s.push_str("if 1:\n");
        }
        s.push_str(&" ".repeat(n));
        s.push_str("pass\n");
        s
    };
    assert!(compile(&deep(99), "<s>", CompileMode::Exec).is_ok());
    let e = error_of(&deep(100));
    assert_eq!(e.kind, CompileErrorKind::IndentationError);
    assert_eq!(
        (e.msg.as_str(), e.lineno),
        ("too many levels of indentation", 101)
    );
}

#[test]
fn modes() {
    assert!(compile("1 + 2", "<s>", CompileMode::Eval).is_ok());
    assert!(compile("x = 1\ny = 2\n", "<s>", CompileMode::Exec).is_ok());
    let e = compile("x = 1\ny = 2\n", "<s>", CompileMode::Single).expect_err("two statements");
    assert_eq!(
        e.msg,
        "multiple statements found while compiling a single statement"
    );
    assert!(compile("x = 1", "<s>", CompileMode::Eval).is_err());
}

#[test]
fn garbage_never_panics() {
    // A deterministic pseudo-random stream of Python-ish fragments.
    let pieces = [
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        ":",
        "=",
        "if ",
        "else",
        "for ",
        "in ",
        "x",
        "1",
        "'",
        "\"",
        "\"\"\"",
        "f'{",
        "}",
        "\n",
        "    ",
        "\t",
        "lambda",
        "yield",
        "def f",
        "class C",
        "*",
        "**",
        ",",
        ".",
        "@",
        "\\",
        "#",
        "async ",
        "await ",
        "with ",
        "try:",
        "except",
        "finally:",
        "return",
        "global x",
        "nonlocal x",
        ":=",
        "not ",
        "and ",
        "or ",
        "é",
        "\r",
        "0x",
        "1e",
        "_",
        "del ",
        "import ",
        "from . import *",
    ];
    let mut state: u64 = 0x2545F4914F6CDD1D;
    for _ in 0..3000 {
        let mut source = String::new();
        let len = (state % 40) as usize;
        for _ in 0..len {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            source.push_str(pieces[(state % pieces.len() as u64) as usize]);
        }
        for mode in [CompileMode::Exec, CompileMode::Eval, CompileMode::Single] {
            if let Ok(code) = compile(&source, "<fuzz>", mode) {
                if let Err(e) = stack_depth::verify_all(&code) {
                    panic!("{source:?}: {e}");
                }
            }
        }
    }
}
