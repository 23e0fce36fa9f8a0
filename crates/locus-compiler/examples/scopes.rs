//! Prints, for each code object compiled from each case of a file (cases
//! separated by `#####`), its scope facts in the format of
//! `co_*` attributes, for comparison with CPython.
use locus_bytecode::{CodeObject, Constant, VarKind};

fn walk(code: &CodeObject, out: &mut Vec<String>) {
    let names = |k: VarKind| -> Vec<String> {
        code.vars
            .iter()
            .filter(|v| v.kind == k)
            .map(|v| v.name.to_string())
            .collect()
    };
    let mut varnames: Vec<String> = names(VarKind::Local);
    // Parameters that are cells are also in co_varnames, in parameter order.
    let nparams = code.total_params();
    for v in code.vars.iter().take(nparams) {
        if v.kind == VarKind::Cell {
            let pos = code
                .vars
                .iter()
                .take(nparams)
                .filter(|p| p.kind == VarKind::Local && !varnames.is_empty())
                .count();
            let _ = pos;
        }
    }
    varnames = code
        .vars
        .iter()
        .enumerate()
        .filter(|(i, v)| v.kind == VarKind::Local || (*i < nparams && v.kind == VarKind::Cell))
        .map(|(_, v)| v.name.to_string())
        .collect();
    let mut cells = names(VarKind::Cell);
    cells.sort();
    out.push(format!(
        "{}|{}/{}/{}|{:#x}|{}|{}|{}",
        code.qualname,
        code.posonlyargcount,
        code.argcount,
        code.kwonlyargcount,
        code.flags & 0x3f,
        varnames.join(","),
        cells.join(","),
        names(VarKind::Free).join(",")
    ));
    for c in &code.constants {
        if let Constant::Code(inner) = c {
            walk(inner, out);
        }
    }
}

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: scopes FILE [--whole]");
    let whole = std::env::args().nth(2).is_some_and(|a| a == "--whole");
    let text = std::fs::read_to_string(path).expect("readable");
    let cases: Vec<&str> = if whole {
        vec![text.as_str()]
    } else {
        text.split("\n#####\n").collect()
    };
    for case in cases {
        match locus_compiler::compile(case, "<s>", locus_compiler::CompileMode::Exec) {
            Ok(code) => {
                let mut out = Vec::new();
                walk(&code, &mut out);
                if whole {
                    println!("{}", out.join("\n"));
                } else {
                    println!("{}", out.join(" ;; "));
                }
            }
            Err(e) => println!("ERROR {}", e.msg),
        }
    }
}
