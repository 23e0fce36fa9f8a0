//! Scope-rule tests: the variable tables and flags of every code object
//! compiled from small programs, against CPython 3.13's `co_varnames`,
//! `co_cellvars`, `co_freevars`, argument counts and flags.

use locus_bytecode::{CodeObject, Constant, VarKind};

use crate::testdata::SCOPES;
use crate::{compile, CompileMode};

/// `qualname|posonly/args/kwonly|flags|varnames|cellvars|freevars`.
fn describe(code: &CodeObject, out: &mut Vec<String>) {
    let nparams = code.total_params();
    let varnames: Vec<&str> = code
        .vars
        .iter()
        .enumerate()
        .filter(|(i, v)| v.kind == VarKind::Local || (*i < nparams && v.kind == VarKind::Cell))
        .map(|(_, v)| &*v.name)
        .collect();
    let mut cells: Vec<&str> = code
        .vars
        .iter()
        .filter(|v| v.kind == VarKind::Cell)
        .map(|v| &*v.name)
        .collect();
    cells.sort();
    let frees: Vec<&str> = code
        .vars
        .iter()
        .filter(|v| v.kind == VarKind::Free)
        .map(|v| &*v.name)
        .collect();
    out.push(format!(
        "{}|{}/{}/{}|{:#x}|{}|{}|{}",
        code.qualname,
        code.posonlyargcount,
        code.argcount,
        code.kwonlyargcount,
        code.flags & 0x3f,
        varnames.join(","),
        cells.join(","),
        frees.join(",")
    ));
    for c in &code.constants {
        if let Constant::Code(inner) = c {
            describe(inner, out);
        }
    }
}

#[test]
fn scopes_match_cpython() {
    let mut failures = Vec::new();
    for &(source, expected) in SCOPES {
        let code = compile(source, "<s>", CompileMode::Exec).expect("compiles");
        let mut got = Vec::new();
        describe(&code, &mut got);
        if got != expected {
            failures.push(format!("{source:?}:\n  want {expected:?}\n  got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn mangling() {
    use super::mangle;
    assert_eq!(mangle(Some("C"), "__x"), "_C__x");
    assert_eq!(mangle(Some("_C"), "__x"), "_C__x");
    assert_eq!(mangle(Some("__"), "__x"), "__x");
    assert_eq!(mangle(Some("C"), "__x__"), "__x__");
    assert_eq!(mangle(Some("C"), "__a.b"), "__a.b");
    assert_eq!(mangle(None, "__x"), "__x");
}
