//! `BaseException` and its subclasses: construction, `str`/`repr`,
//! attributes (`args`, `__cause__`, `__context__`, `__traceback__`), chaining.

use crate::object::{ExceptionData, Payload, PyCell, PyObject};
use crate::typeobj::{method, MethodDef};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn data(v: &Value) -> Option<&ExceptionData> {
    match v.payload() {
        Some(Payload::Exception(d)) => Some(d),
        _ => None,
    }
}

/// The ctor of every exception class: stores the positional args.
pub fn exception_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(cls) = args.first().and_then(|c| c.as_obj()).cloned() else {
        return Err(vm.type_error("BaseException.__new__(): not enough arguments"));
    };
    let payload = Payload::Exception(ExceptionData {
        args: PyCell::new(Value::Obj(PyObject::new_tuple(args[1..].to_vec()))),
        traceback: PyCell::new(Value::None),
        context: PyCell::new(Value::None),
        cause: PyCell::new(Value::None),
        suppress_context: PyCell::new(false),
    });
    Ok(Value::Obj(if crate::typeobj::type_data(&cls).builtin {
        PyObject::new_with_class_if(&cls, payload)
    } else {
        PyObject::with_class(cls, payload)
    }))
}

fn args_of(v: &Value) -> Vec<Value> {
    data(v)
        .and_then(|d| match d.args.borrow().payload() {
            Some(Payload::Tuple(t)) => Some(t.to_vec()),
            _ => None,
        })
        .unwrap_or_default()
}

/// `str(exc)`.
pub fn exception_str(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let args = args_of(v);
    if vm.is_instance(v, crate::builtin_types::exc("KeyError")) && args.len() == 1 {
        return vm.repr(&args[0]);
    }
    match args.len() {
        0 => Ok(String::new()),
        1 => vm.to_str(&args[0]),
        _ => vm.repr(&Value::Obj(PyObject::new_tuple(args))),
    }
}

/// `repr(exc)`.
pub fn exception_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let name = crate::typeobj::type_data(&vm.class_of(v)).name();
    let args = args_of(v);
    if args.len() == 1 {
        return Ok(format!("{}({})", name, vm.repr(&args[0])?));
    }
    let t = vm.repr(&Value::Obj(PyObject::new_tuple(args)))?;
    if t == "()" {
        return Ok(format!("{name}()"));
    }
    Ok(format!("{name}{t}"))
}

/// `exc.__traceback__`.
pub fn traceback_of(v: &Value) -> Value {
    data(v).map_or(Value::None, |d| d.traceback.borrow().clone())
}

/// `exc.__cause__ = cause` (also sets `__suppress_context__`).
pub fn set_cause(e: &crate::value::ObjRef, cause: Value) {
    if let Payload::Exception(d) = &e.payload {
        *d.cause.borrow_mut() = cause;
        *d.suppress_context.borrow_mut() = true;
    }
}

/// Sets `e.__context__` to the exception being handled, unless that would
/// make a cycle or `e` is the handled exception itself.
pub fn chain_context(e: &crate::value::ObjRef, handled: &Value) {
    let Value::Obj(h) = handled else { return };
    if std::sync::Arc::ptr_eq(e, h) {
        return;
    }
    // Break a cycle: if e is already in h's context chain, cut it there.
    let mut cur = Value::Obj(h.clone());
    for _ in 0..1000 {
        let next = match data(&cur) {
            Some(d) => d.context.borrow().clone(),
            None => break,
        };
        if let Value::Obj(n) = &next {
            if std::sync::Arc::ptr_eq(n, e) {
                if let Some(d) = data(&cur) {
                    *d.context.borrow_mut() = Value::None;
                }
                break;
            }
        }
        cur = next;
    }
    if let Payload::Exception(d) = &e.payload {
        let already = !d.context.borrow().is_none();
        if !already {
            *d.context.borrow_mut() = handled.clone();
        }
    }
}

/// Exception attributes.
pub fn getattr(_vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(d) = data(obj) else { return Ok(None) };
    Ok(match name {
        "args" => Some(d.args.borrow().clone()),
        "__traceback__" => Some(d.traceback.borrow().clone()),
        "__context__" => Some(d.context.borrow().clone()),
        "__cause__" => Some(d.cause.borrow().clone()),
        "__suppress_context__" => Some(Value::Bool(*d.suppress_context.borrow())),
        "value" if obj_is(obj, "StopIteration") => Some(args_of(obj).first().cloned().unwrap_or(Value::None)),
        "code" if obj_is(obj, "SystemExit") => {
            let a = args_of(obj);
            Some(match a.len() {
                0 => Value::None,
                1 => a[0].clone(),
                _ => Value::Obj(PyObject::new_tuple(a)),
            })
        }
        "msg" if obj_is(obj, "SyntaxError") => Some(args_of(obj).first().cloned().unwrap_or(Value::None)),
        _ => None,
    })
}

fn obj_is(v: &Value, name: &str) -> bool {
    crate::typeobj::is_subtype(crate::vm::class_of(v), crate::builtin_types::exc(name))
}

/// Assignable exception attributes.
pub fn setattr(vm: &mut Vm, obj: &Value, name: &str, v: &Value) -> PyResult<bool> {
    let Some(d) = data(obj) else { return Ok(false) };
    match name {
        "args" => *d.args.borrow_mut() = Value::Obj(PyObject::new_tuple(vm.collect(v)?)),
        "__traceback__" => *d.traceback.borrow_mut() = v.clone(),
        "__context__" => *d.context.borrow_mut() = v.clone(),
        "__cause__" => {
            *d.cause.borrow_mut() = v.clone();
            *d.suppress_context.borrow_mut() = true;
        }
        "__suppress_context__" => *d.suppress_context.borrow_mut() = vm.truthy(v)?,
        _ => return Ok(false),
    }
    Ok(true)
}

/// Traceback attributes.
pub fn traceback_getattr(_vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(Payload::Traceback(t)) = obj.payload() else { return Ok(None) };
    Ok(match name {
        "tb_lineno" => Some(Value::Int(t.lineno as i64)),
        "tb_lasti" => Some(Value::Int(t.lasti as i64 * 2)),
        "tb_next" => Some(t.next.clone()),
        _ => None,
    })
}

fn exc_init(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if let Some(d) = args.first().and_then(data) {
        *d.args.borrow_mut() = Value::Obj(PyObject::new_tuple(args[1..].to_vec()));
    }
    let _ = vm;
    Ok(Value::None)
}

fn exc_str(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or(Value::None);
    exception_str(vm, &v).map(Value::str)
}

fn exc_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or(Value::None);
    exception_repr(vm, &v).map(Value::str)
}

fn with_traceback(_vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if let (Some(e), Some(tb)) = (args.first(), args.get(1)) {
        if let Some(d) = data(e) {
            *d.traceback.borrow_mut() = tb.clone();
        }
    }
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn add_note(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (Some(e), Some(note)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("add_note() takes exactly one argument"));
    };
    if note.as_str().is_none() {
        return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(note))));
    }
    let notes = match vm.get_attr_str(e, "__notes__") {
        Ok(n) => n,
        Err(_) => {
            let l = Value::Obj(PyObject::new_list(Vec::new()));
            vm.set_attr(e, &crate::intern::intern("__notes__"), l.clone())?;
            l
        }
    };
    if let Some(Payload::List(l)) = notes.payload() {
        l.borrow_mut().push(note.clone());
    }
    Ok(Value::None)
}

/// `BaseException`'s methods.
pub const METHODS: &[MethodDef] = &[
    method("__init__", exc_init),
    method("__str__", exc_str),
    method("__repr__", exc_repr),
    method("with_traceback", with_traceback),
    method("add_note", add_note),
];
