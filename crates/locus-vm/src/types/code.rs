//! Code objects as Python sees them: `co_*` attributes, `co_lines()`,
//! `co_positions()` and `replace()`.
//!
//! A code object's Python identity is kept (weakly) by its runtime form,
//! so `f.__code__ is f.__code__` holds as in CPython.

use std::sync::Arc;

use locus_bytecode::{CodeObject, VarKind};

use crate::function::CodeRt;
use crate::gil_rc::GilRc;
use crate::object::{Payload, PyObject};
use crate::typeobj::{method, MethodDef};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The Python object for `c`: the same object while anyone holds it.
pub fn code_object(c: &GilRc<CodeRt>) -> Value {
    let mut slot = c.object.borrow_mut();
    if let Some(o) = slot.as_ref().and_then(|w| w.upgrade()) {
        return Value::Obj(o);
    }
    let o = PyObject::new(Payload::Code(c.clone()));
    *slot = Some(GilRc::downgrade(&o));
    Value::Obj(o)
}

/// The number of parameters (positional, keyword-only, `*args`, `**kw`).
fn nparams(co: &CodeObject) -> usize {
    use locus_bytecode::code_flags;
    (co.argcount
        + co.kwonlyargcount
        + co.has_flag(code_flags::VARARGS) as u32
        + co.has_flag(code_flags::VARKEYWORDS) as u32) as usize
}

/// `co_varnames`: the plain locals and the parameters (a parameter that a
/// closure captures is both a variable name and a cell variable).
fn varnames(co: &CodeObject) -> impl Iterator<Item = &str> {
    let n = nparams(co);
    co.vars
        .iter()
        .enumerate()
        .filter(move |(i, v)| v.kind == VarKind::Local || (v.kind == VarKind::Cell && *i < n))
        .map(|(_, v)| &*v.name)
}

/// Attributes of code objects.
pub fn getattr(c: &GilRc<CodeRt>, name: &str) -> Option<Value> {
    let co = &c.code;
    let strs = |it: &mut dyn Iterator<Item = &str>| -> Value {
        Value::Obj(PyObject::new_tuple(
            it.map(|s| Value::str(s.to_string())).collect(),
        ))
    };
    Some(match name {
        "co_name" => Value::str(co.name.to_string()),
        "co_qualname" => Value::str(co.qualname.to_string()),
        "co_filename" => Value::str(co.filename.to_string()),
        "co_firstlineno" => Value::Int(co.first_line as i64),
        "co_argcount" => Value::Int(co.argcount as i64),
        "co_posonlyargcount" => Value::Int(co.posonlyargcount as i64),
        "co_kwonlyargcount" => Value::Int(co.kwonlyargcount as i64),
        "co_flags" => Value::Int(co.flags as i64),
        "co_nlocals" => Value::Int(varnames(co).count() as i64),
        "co_varnames" => strs(&mut varnames(co)),
        "co_cellvars" => strs(
            &mut co
                .vars
                .iter()
                .filter(|v| v.kind == VarKind::Cell)
                .map(|v| &*v.name),
        ),
        "co_freevars" => strs(
            &mut co
                .vars
                .iter()
                .filter(|v| v.kind == VarKind::Free)
                .map(|v| &*v.name),
        ),
        "co_names" => strs(&mut co.names.iter().map(|n| &**n)),
        "co_consts" => Value::Obj(PyObject::new_tuple(c.consts.clone())),
        _ => return None,
    })
}

/// The code object receiving a method call.
fn recv(vm: &Vm, args: &[Value]) -> PyResult<GilRc<CodeRt>> {
    match args.first().and_then(Value::payload) {
        Some(Payload::Code(c)) => Ok(c.clone()),
        _ => Err(vm.type_error("descriptor requires a 'code' object")),
    }
}

/// `co_lines()`: `(start, end, line)` for each run of instructions on one
/// line, in bytes (two per instruction, as CPython counts).
fn co_lines(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let c = recv(vm, args)?;
    let locs = &c.code.locations;
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..=locs.len() {
        if i == locs.len() || locs[i].line != locs[start].line {
            let line = match locs[start].line {
                0 => Value::None,
                n => Value::Int(n as i64),
            };
            out.push(Value::Obj(PyObject::new_tuple(vec![
                Value::Int(start as i64 * 2),
                Value::Int(i as i64 * 2),
                line,
            ])));
            start = i;
        }
    }
    vm.iter(&Value::Obj(PyObject::new_list(out)))
}

/// `co_positions()`: `(line, end_line, col, end_col)` per instruction.
fn co_positions(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let c = recv(vm, args)?;
    let opt = |n: u32| {
        if n == 0 {
            Value::None
        } else {
            Value::Int(n as i64)
        }
    };
    let out = c
        .code
        .locations
        .iter()
        .map(|l| {
            Value::Obj(PyObject::new_tuple(vec![
                opt(l.line),
                opt(l.end_line),
                Value::Int(l.col as i64),
                Value::Int(l.end_col as i64),
            ]))
        })
        .collect();
    vm.iter(&Value::Obj(PyObject::new_list(out)))
}

/// `replace(**changes)`: a copy with new names, file or first line.
/// Changing the instructions, constants or variable tables is not
/// supported (docs/divergences.md).
fn co_replace(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let c = recv(vm, args)?;
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "replace() takes 0 positional arguments but {} were given",
            args.len() - 1
        )));
    }
    let mut co: CodeObject = (*c.code).clone();
    for (k, v) in kw {
        let key = k.as_str().unwrap_or("");
        let text = || v.as_str().map(Arc::<str>::from);
        match key {
            "co_name" | "co_qualname" | "co_filename" => {
                let Some(t) = text() else {
                    return Err(vm.type_error(format!(
                        "replace() argument '{key}' must be str, not {}",
                        vm.type_name(v)
                    )));
                };
                match key {
                    "co_name" => co.name = t,
                    "co_qualname" => co.qualname = t,
                    _ => co.filename = t,
                }
            }
            "co_firstlineno" => match v {
                Value::Int(n) if *n >= 0 => co.first_line = *n as u32,
                _ => return Err(vm.type_error("replace() argument 'co_firstlineno' must be int")),
            },
            _ => {
                return Err(vm.error(
                    "NotImplementedError",
                    format!("code.replace() of '{key}' is not supported by Locus"),
                ))
            }
        }
    }
    Ok(code_object(&CodeRt::new(Arc::new(co))))
}

/// Methods of the `code` type.
pub static METHODS: &[MethodDef] = &[
    method("co_lines", co_lines),
    method("co_positions", co_positions),
    method("replace", co_replace),
];
