//! Generator methods: `send`, `throw`, `close`, and attributes.

use crate::generator::{resume, yield_from_target, SendResult};
use crate::object::Payload;
use crate::typeobj::{method, MethodDef};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn gen_iter(_vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn finish(vm: &mut Vm, r: SendResult) -> PyResult<Value> {
    match r {
        SendResult::Yielded(v) => Ok(v),
        SendResult::Returned(v) => Err(crate::generator::stop_with(vm, v)),
    }
}

fn gen_next(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let g = args.first().cloned().unwrap_or(Value::None);
    let r = resume(vm, &g, Value::None, None)?;
    finish(vm, r)
}

fn gen_send(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let g = args.first().cloned().unwrap_or(Value::None);
    let v = args.get(1).cloned().unwrap_or(Value::None);
    let r = resume(vm, &g, v, None)?;
    finish(vm, r)
}

/// Raises `exc` inside generator `g` (forwarding into a `yield from` target first).
pub fn throw_into(vm: &mut Vm, g: &Value, exc: crate::vm::PyErr) -> PyResult<SendResult> {
    if let Some(inner) = yield_from_target(g) {
        let inner_result = if matches!(inner.payload(), Some(Payload::Generator(_))) {
            throw_into(vm, &inner, exc)
        } else {
            match vm.get_attr_str(&inner, "throw") {
                Ok(t) => vm
                    .call(&t, &[Value::Obj(exc)], &[])
                    .map(SendResult::Yielded),
                Err(_) => Err(exc),
            }
        };
        return match inner_result {
            Ok(SendResult::Yielded(v)) => Ok(SendResult::Yielded(v)),
            Ok(SendResult::Returned(v)) => {
                // The delegation finished: resume the outer frame with the result.
                if let Some(Payload::Generator(d)) = g.payload() {
                    if let Some(f) = d.frame.borrow_mut().as_mut() {
                        f.stack.pop();
                        f.stack.push(v);
                        f.pc += 1;
                    }
                    *d.started.borrow_mut() = false;
                }
                let r = resume(vm, g, Value::None, None);
                if let Some(Payload::Generator(d)) = g.payload() {
                    *d.started.borrow_mut() = true;
                }
                r
            }
            Err(e)
                if vm.err_is(&e, "StopIteration")
                    && !matches!(inner.payload(), Some(Payload::Generator(_))) =>
            {
                let v = crate::types::exception::getattr(vm, &Value::Obj(e), "value")?
                    .unwrap_or(Value::None);
                if let Some(Payload::Generator(d)) = g.payload() {
                    if let Some(f) = d.frame.borrow_mut().as_mut() {
                        f.stack.pop();
                        f.stack.push(v);
                        f.pc += 1;
                    }
                    *d.started.borrow_mut() = false;
                }
                resume(vm, g, Value::None, None)
            }
            Err(e) => raise_at_yield_from(vm, g, e),
        };
    }
    resume(vm, g, Value::None, Some(exc))
}

/// Raises `e` inside generator `g` at its `yield from`, whose inner
/// iterator is done with it.
fn raise_at_yield_from(vm: &mut Vm, g: &Value, e: crate::vm::PyErr) -> PyResult<SendResult> {
    if let Some(Payload::Generator(d)) = g.payload() {
        if let Some(f) = d.frame.borrow_mut().as_mut() {
            f.pc += 1;
        }
    }
    resume(vm, g, Value::None, Some(e))
}

fn gen_throw(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let g = args.first().cloned().unwrap_or(Value::None);
    let Some(t) = args.get(1) else {
        return Err(vm.type_error("throw expected at least 1 argument, got 0"));
    };
    let exc = match args.get(2) {
        Some(v) if !v.is_none() => {
            let inst = vm.call(t, std::slice::from_ref(v), &[])?;
            vm.make_exception(&inst)?
        }
        _ => vm.make_exception(t)?,
    };
    let r = throw_into(vm, &g, exc)?;
    finish(vm, r)
}

fn gen_close(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let g = args.first().cloned().unwrap_or(Value::None);
    close(vm, &g)
}

/// `g.close()`: raises `GeneratorExit` at the suspension point.
pub fn close(vm: &mut Vm, g: &Value) -> PyResult<Value> {
    let g = g.clone();
    let started = matches!(g.payload(), Some(Payload::Generator(d)) if *d.started.borrow() && d.frame.borrow().is_some());
    if !started {
        if let Some(Payload::Generator(d)) = g.payload() {
            d.frame.borrow_mut().take();
        }
        return Ok(Value::None);
    }
    if !crate::generator::may_handle_close(&g) {
        // Suspended where no handler could see GeneratorExit: CPython
        // finishes such a generator without resuming it (no trace events).
        if let Some(Payload::Generator(d)) = g.payload() {
            let frame = d.frame.borrow_mut().take();
            drop(frame);
        }
        return Ok(Value::None);
    }
    let exit = vm.new_exception(crate::builtin_types::exc("GeneratorExit"), vec![]);
    let r = match yield_from_target(&g) {
        // Delegating: the inner iterator is closed (not thrown into),
        // then GeneratorExit, or the error closing raised, is raised at
        // the `yield from`, as in CPython.
        Some(inner) => {
            let closed = if matches!(inner.payload(), Some(Payload::Generator(_))) {
                close(vm, &inner).map(drop)
            } else {
                match vm.get_attr_str(&inner, "close") {
                    Ok(c) => vm.call(&c, &[], &[]).map(drop),
                    Err(_) => Ok(()),
                }
            };
            raise_at_yield_from(vm, &g, closed.err().unwrap_or(exit))
        }
        None => throw_into(vm, &g, exit),
    };
    match r {
        Ok(SendResult::Yielded(_)) => {
            Err(vm.error("RuntimeError", "generator ignored GeneratorExit"))
        }
        Ok(SendResult::Returned(v)) => Ok(v),
        Err(e) if vm.err_is(&e, "GeneratorExit") || vm.err_is(&e, "StopIteration") => {
            Ok(Value::None)
        }
        Err(e) => Err(e),
    }
}

/// Generator attributes.
pub fn getattr(_vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(Payload::Generator(d)) = obj.payload() else {
        return Ok(None);
    };
    Ok(match name {
        "__name__" => Some(Value::str(d.name.clone())),
        "__qualname__" => Some(Value::str(d.qualname.clone())),
        "gi_running" => Some(Value::Bool(*d.running.borrow())),
        "gi_code" => Some(crate::types::code::code_object(&d.code)),
        "gi_yieldfrom" => Some(yield_from_target(obj).unwrap_or(Value::None)),
        "gi_frame" => {
            if crate::generator::is_finished(obj) {
                Some(Value::None)
            } else {
                crate::generator::note_owner(obj);
                Some(crate::types::frame::frame_object(_vm, &d.vars))
            }
        }
        "gi_suspended" => Some(Value::Bool(
            *d.started.borrow() && d.frame.borrow().is_some() && !*d.running.borrow(),
        )),
        _ => None,
    })
}

/// Generator methods.
pub const METHODS: &[MethodDef] = &[
    method("__iter__", gen_iter),
    method("__next__", gen_next),
    method("send", gen_send),
    method("throw", gen_throw),
    method("close", gen_close),
];
