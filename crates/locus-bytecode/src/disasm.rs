//! A stable text form of code objects, for compiler snapshot tests and debugging.

use std::fmt::Write;

use crate::{CodeObject, Constant, Instr};

/// Renders `code` and, after it, every nested code object, one instruction
/// per line: `line  index  instruction  (resolved argument)`.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    write_code(code, &mut out);
    out
}

fn write_code(code: &CodeObject, out: &mut String) {
    let _ = writeln!(
        out,
        "code {} (qualname {}, line {}, flags {:#x}, args {}/{}/{}, stack {})",
        code.name,
        code.qualname,
        code.first_line,
        code.flags,
        code.posonlyargcount,
        code.argcount,
        code.kwonlyargcount,
        code.stack_size
    );
    if !code.vars.is_empty() {
        let vars: Vec<String> = code
            .vars
            .iter()
            .map(|v| {
                let hidden = if v.hidden { " hidden" } else { "" };
                format!("{}:{:?}{}", v.name, v.kind, hidden)
            })
            .collect();
        let _ = writeln!(out, "  vars: {}", vars.join(", "));
    }
    let mut last_line = 0;
    for (pc, instr) in code.instructions.iter().enumerate() {
        let line = code.line_of(pc);
        let line_col = if line != last_line {
            last_line = line;
            line.to_string()
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "  {:>4} {:>4} {:?}{}",
            line_col,
            pc,
            instr,
            annotation(code, *instr)
        );
    }
    for e in &code.exception_table {
        let _ = writeln!(
            out,
            "  handler {}..{} -> {} depth {}",
            e.start, e.end, e.target, e.depth
        );
    }
    for c in &code.constants {
        if let Constant::Code(inner) = c {
            out.push('\n');
            write_code(inner, out);
        }
    }
}

fn annotation(code: &CodeObject, instr: Instr) -> String {
    let name = |i: u32| code.names.get(i as usize).map(|s| s.to_string());
    let var = |i: u32| code.vars.get(i as usize).map(|v| v.name.to_string());
    let text = match instr {
        Instr::LoadConst(i) => code.constants.get(i as usize).map(const_text),
        Instr::LoadName(i)
        | Instr::StoreName(i)
        | Instr::DeleteName(i)
        | Instr::LoadGlobal(i)
        | Instr::StoreGlobal(i)
        | Instr::DeleteGlobal(i)
        | Instr::LoadAttr(i)
        | Instr::StoreAttr(i)
        | Instr::DeleteAttr(i)
        | Instr::LoadMethod(i)
        | Instr::ImportName(i)
        | Instr::ImportFrom(i) => name(i),
        Instr::LoadFast(i)
        | Instr::StoreFast(i)
        | Instr::DeleteFast(i)
        | Instr::LoadFastAndClear(i)
        | Instr::MakeCell(i)
        | Instr::LoadDeref(i)
        | Instr::StoreDeref(i)
        | Instr::DeleteDeref(i)
        | Instr::LoadClosure(i)
        | Instr::LoadFromDictOrDeref(i) => var(i),
        _ => None,
    };
    text.map_or_else(String::new, |t| format!("  ({t})"))
}

fn const_text(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(i) => i.to_string(),
        Constant::Float(f) => format!("{f:?}"),
        Constant::Complex { real, imag } => format!("({real:?}+{imag:?}j)"),
        Constant::Str(s) => format!("{s:?}"),
        Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_text).collect();
            format!("({})", parts.join(", "))
        }
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Code(code) => format!("<code {}>", code.qualname),
    }
}
