//! Frame objects: the Python view of a frame (`sys._getframe()`,
//! `tb_frame`, `gi_frame`).
//!
//! A frame object is a handle on the frame's shared part (`FrameVars`):
//! it reads the same slots the running code reads, so it is valid for the
//! frame's whole life and after it. It is made on first request and then
//! remembered (weakly) by the frame, so every request gives the same
//! object while someone holds it.

use crate::frame::FrameVars;
use crate::gil_rc::GilRc;
use crate::object::{Payload, PyObject};
use crate::typeobj::{method, MethodDef};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The frame object of `vars`, made now if it has none.
pub fn frame_object(vm: &Vm, vars: &GilRc<FrameVars>) -> Value {
    if let Some(o) = vars.with_meta(|m| m.object.as_ref().and_then(|w| w.upgrade())) {
        return Value::Obj(o);
    }
    // Record the caller now, so that `f_back` still answers after this
    // frame (or its caller) has finished. Not for a generator's frame
    // (CPython's `f_back` of a suspended or finished generator is None):
    // it would also keep the resumer's frame, and with it the generator
    // itself, alive.
    let back = if vars.code.is_generator {
        None
    } else {
        caller_of(vm, vars).or_else(|| vm.caller_in_other_thread(vars).flatten())
    };
    let obj = PyObject::new(Payload::Frame(vars.clone()));
    vars.with_meta(|m| {
        m.object = Some(GilRc::downgrade(&obj));
        if m.back.is_none() {
            m.back = back;
        }
    });
    Value::Obj(obj)
}

/// The frame that called `vars`, if `vars` is running on this thread.
fn caller_of(vm: &Vm, vars: &FrameVars) -> Option<GilRc<FrameVars>> {
    let n = vm.call_stack.len();
    let pos = vm.call_stack.iter().position(|f| std::ptr::eq(f, vars))?;
    if pos == 0 {
        return None;
    }
    // The caller is at `pos - 1`, which is `n - pos + 1` from the top.
    vm.call_stack.nth_from_top(n - pos + 1)
}

/// Whether `vars` is running on this thread's stack.
pub fn is_executing(vm: &Vm, vars: &FrameVars) -> bool {
    vm.call_stack.iter().any(|f| std::ptr::eq(f, vars))
}

/// The generator owning `vars`, if it is alive.
fn owner_generator(vars: &FrameVars) -> Option<Value> {
    vars.with_meta(|m| m.generator.as_ref().and_then(|w| w.upgrade()))
        .map(Value::Obj)
}

/// The frame's variables, if `v` is a frame object.
pub fn frame_vars(v: &Value) -> Option<&GilRc<FrameVars>> {
    match v.payload() {
        Some(Payload::Frame(f)) => Some(f),
        _ => None,
    }
}

/// `frame.f_lineno`: the line being run, or the `def` line of a generator
/// that has not started.
fn lineno(vars: &FrameVars) -> Value {
    Value::Int(vars.lineno() as i64)
}

/// Attributes of frame objects.
pub fn getattr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(vars) = frame_vars(obj) else {
        return Ok(None);
    };
    let vars = vars.clone();
    Ok(Some(match name {
        "f_back" => {
            if is_executing(vm, &vars) {
                match caller_of(vm, &vars) {
                    Some(b) => frame_object(vm, &b),
                    None => Value::None,
                }
            } else if let Some(caller) = vm.caller_in_other_thread(&vars) {
                match caller {
                    Some(b) => frame_object(vm, &b),
                    None => Value::None,
                }
            } else if owner_generator(&vars).is_some() {
                Value::None
            } else {
                match vars.with_meta(|m| m.back.clone()) {
                    Some(b) => frame_object(vm, &b),
                    None => Value::None,
                }
            }
        }
        "f_code" => crate::types::code::code_object(&vars.code),
        "f_globals" => Value::Obj(vars.globals.clone()),
        "f_builtins" => Value::Obj(vars.builtins.clone()),
        "f_locals" => crate::types::frame_locals::f_locals(&vars),
        "f_lineno" => lineno(&vars),
        "f_lasti" => Value::Int(vars.lasti() as i64 * 2),
        "f_trace" => vars.with_meta(|m| {
            if m.trace.is_null() {
                Value::None
            } else {
                m.trace.clone()
            }
        }),
        "f_trace_lines" => Value::Bool(vars.with_meta(|m| m.trace_lines)),
        "f_trace_opcodes" => Value::Bool(vars.with_meta(|m| m.trace_opcodes)),
        _ => return Ok(None),
    }))
}

/// Assignment to frame attributes; false when `name` is not one.
pub fn setattr(vm: &mut Vm, obj: &Value, name: &str, v: &Value) -> PyResult<bool> {
    let Some(vars) = frame_vars(obj) else {
        return Ok(false);
    };
    match name {
        "f_trace" => {
            let old = vars.with_meta(|m| std::mem::replace(&mut m.trace, v.clone()));
            drop(old);
            vm.trace.switch_pending = true;
        }
        "f_trace_lines" | "f_trace_opcodes" => {
            let Value::Bool(b) = v else {
                return Err(vm.type_error("attribute value type must be bool"));
            };
            let b = *b;
            vars.with_meta(|m| {
                if name == "f_trace_lines" {
                    m.trace_lines = b;
                } else {
                    m.trace_opcodes = b;
                }
            });
            if b && name == "f_trace_opcodes" {
                crate::vm::trace::note_opcode_events_asked();
            }
        }
        "f_lineno" => crate::vm::jump::set_lineno(vm, vars, v)?,
        "f_back" | "f_code" | "f_globals" | "f_builtins" | "f_locals" | "f_lasti" => {
            return Err(vm.attribute_error(format!(
                "attribute '{name}' of 'frame' objects is not writable"
            )));
        }
        _ => return Ok(false),
    }
    Ok(true)
}

/// `del frame.<name>`: only `f_trace` can go (it then stops local events,
/// as assigning None does); the other frame attributes refuse with
/// CPython's messages.
pub fn delattr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<()> {
    let Some(vars) = frame_vars(obj) else {
        return Err(vm.type_error("descriptor requires a 'frame' object"));
    };
    match name {
        "f_trace" => {
            let old = vars.with_meta(|m| std::mem::replace(&mut m.trace, Value::Null));
            drop(old);
            Ok(())
        }
        "f_lineno" => Err(vm.attribute_error("cannot delete attribute")),
        "f_trace_lines" | "f_trace_opcodes" => {
            Err(vm.type_error("can't delete numeric/char attribute"))
        }
        "f_back" | "f_code" | "f_globals" | "f_builtins" | "f_locals" | "f_lasti" => Err(vm
            .attribute_error(format!(
                "attribute '{name}' of 'frame' objects is not writable"
            ))),
        _ => Err(vm.attribute_error(format!(
            "'frame' object has no attribute '{name}' and no __dict__ for setting new attributes"
        ))),
    }
}

/// `frame.clear()`: drops the variables and the extras of a finished
/// frame; a running or suspended frame refuses, and clearing a generator
/// that has not started finishes the generator.
fn frame_clear(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(vars) = args.first().and_then(frame_vars).cloned() else {
        return Err(vm.type_error("descriptor 'clear' requires a 'frame' object"));
    };
    if is_executing(vm, &vars) {
        return Err(vm.error("RuntimeError", "cannot clear an executing frame"));
    }
    if let Some(g) = owner_generator(&vars) {
        if crate::generator::is_suspended(&g) {
            return Err(vm.error("RuntimeError", "cannot clear a suspended frame"));
        }
        crate::generator::discard_frame(&g);
    }
    let mut dropped: Vec<Value> = vars.slots.iter().map(|s| s.replace(Value::Null)).collect();
    if let Some(extras) = vars.with_meta(|m| m.extras.take()) {
        dropped.push(Value::Obj(extras));
    }
    drop(dropped);
    Ok(Value::None)
}

fn frame_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(v) = args.first() else {
        return Err(vm.type_error("descriptor '__repr__' needs an argument"));
    };
    let Some(vars) = frame_vars(v) else {
        return Err(vm.type_error("descriptor '__repr__' requires a 'frame' object"));
    };
    let co = &vars.code.code;
    let line = match lineno(vars) {
        Value::Int(n) => n,
        _ => 0,
    };
    Ok(Value::str(format!(
        "<frame at {:#x}, file '{}', line {}, code {}>",
        v.identity(),
        co.filename,
        line,
        co.name
    )))
}

/// Methods of the `frame` type.
pub static METHODS: &[MethodDef] = &[method("clear", frame_clear), method("__repr__", frame_repr)];

/// `sys._getframe(depth=0)`.
pub fn sys_getframe(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let depth = match args.first() {
        None => 0,
        Some(Value::Int(i)) => *i,
        Some(Value::Bool(b)) => *b as i64,
        Some(v) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )))
        }
    };
    let depth = usize::try_from(depth).unwrap_or(0);
    match vm.call_stack.nth_from_top(depth + 1) {
        Some(vars) => Ok(frame_object(vm, &vars)),
        None => Err(vm.value_error("call stack is not deep enough")),
    }
}
