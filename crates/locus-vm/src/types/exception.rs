//! `BaseException` and its subclasses: construction, `str`/`repr`,
//! attributes (`args`, `__cause__`, `__context__`, `__traceback__`), chaining.

use crate::object::{ExceptionData, Payload, PyCell, PyObject};
use crate::typeobj::{method, MethodDef};
use crate::value::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

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
    let mut cls = cls;
    let mut pos = args[1..].to_vec();
    let mut os_attrs = None;
    if crate::typeobj::is_subtype(&cls, crate::builtin_types::exc("OSError")) {
        if let Some((sub, kept, attrs)) = oserror_args(&cls, &pos) {
            cls = sub;
            pos = kept;
            os_attrs = Some(attrs);
        }
    }
    let payload = Payload::Exception(Box::new(ExceptionData {
        args: PyCell::new(Value::Obj(PyObject::new_tuple(pos))),
        traceback: PyCell::new(Value::None),
        context: PyCell::new(Value::None),
        cause: PyCell::new(Value::None),
        suppress_context: PyCell::new(false),
    }));
    let e = if crate::typeobj::type_data(&cls).builtin {
        PyObject::new_with_class_if(&cls, payload)
    } else {
        PyObject::with_class(cls, payload)
    };
    if let Some(attrs) = os_attrs {
        set_os_attrs(&e, attrs);
    }
    Ok(Value::Obj(e))
}

/// The `errno`, `strerror`, `filename`, `filename2` of an `OSError`.
type OsAttrs = [Value; 4];

/// `OSError(errno, strerror[, filename[, winerror[, filename2]]])`: the
/// class to create (plain `OSError` maps the errno to its subclass), the
/// `args` kept (only errno and strerror when a filename is given) and the
/// attributes. `None` when the arguments are not of that form.
fn oserror_args(cls: &ObjRef, args: &[Value]) -> Option<(ObjRef, Vec<Value>, OsAttrs)> {
    if !(2..=5).contains(&args.len()) {
        return None;
    }
    let mut cls = cls.clone();
    if crate::gil_rc::GilRc::ptr_eq(&cls, crate::builtin_types::exc("OSError")) {
        if let Value::Int(n) = args[0] {
            if let Some(sub) = errno_subclass(n) {
                cls = crate::builtin_types::exc(sub).clone();
            }
        }
    }
    let filename = args.get(2).cloned().unwrap_or(Value::None);
    let filename2 = args.get(4).cloned().unwrap_or(Value::None);
    let kept = if args.len() > 2 {
        args[..2].to_vec()
    } else {
        args.to_vec()
    };
    Some((
        cls,
        kept,
        [args[0].clone(), args[1].clone(), filename, filename2],
    ))
}

fn set_os_attrs(e: &ObjRef, attrs: OsAttrs) {
    let [errno, strerror, filename, filename2] = attrs;
    for (name, v) in [
        ("errno", errno),
        ("strerror", strerror),
        ("filename", filename),
        ("filename2", filename2),
    ] {
        let _ = crate::types::object::set_instance_attr(e, name, v);
    }
}

/// The `OSError` subclass for an errno value (Linux numbering).
fn errno_subclass(errno: i64) -> Option<&'static str> {
    Some(match errno {
        11 | 114 | 115 => "BlockingIOError",
        10 => "ChildProcessError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        111 => "ConnectionRefusedError",
        104 => "ConnectionResetError",
        17 => "FileExistsError",
        2 => "FileNotFoundError",
        21 => "IsADirectoryError",
        20 => "NotADirectoryError",
        4 => "InterruptedError",
        1 | 13 => "PermissionError",
        3 => "ProcessLookupError",
        110 => "TimeoutError",
        _ => return None,
    })
}

/// An `OSError` (of the subclass its errno selects) for a failed operation on `filename`.
pub fn os_error(vm: &mut Vm, err: &std::io::Error, filename: Option<Value>) -> PyErr {
    let errno = err.raw_os_error().unwrap_or(5) as i64;
    let text = err.to_string();
    let strerror = match text.rfind(" (os error ") {
        Some(i) => text[..i].to_string(),
        None => text,
    };
    let mut args = vec![Value::Int(errno), Value::str(strerror)];
    if let Some(f) = filename {
        args.push(f);
    }
    let cls = Value::Obj(crate::builtin_types::exc("OSError").clone());
    let mut full = vec![cls];
    full.extend(args);
    match exception_new(vm, &full, &[]) {
        Ok(Value::Obj(e)) => e,
        Ok(_) => vm.error("OSError", "error"),
        Err(e) => e,
    }
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
    if vm.is_instance(v, crate::builtin_types::exc("SyntaxError")) && args.len() == 2 {
        let msg = vm.to_str(&args[0])?;
        if let Some(Payload::Tuple(d)) = args[1].payload() {
            if let (Some(f), Some(Value::Int(l))) = (d.first().and_then(|f| f.as_str()), d.get(1)) {
                return Ok(format!("{msg} ({f}, line {l})"));
            }
        }
        return Ok(msg);
    }
    if vm.is_instance(v, crate::builtin_types::exc("OSError")) {
        if let Some(s) = oserror_str(vm, v)? {
            return Ok(s);
        }
    }
    match args.len() {
        0 => Ok(String::new()),
        1 => vm.to_str(&args[0]),
        _ => vm.repr(&Value::Obj(PyObject::new_tuple(args))),
    }
}

/// `[Errno 2] No such file or directory: 'name'` when errno and strerror are set.
fn oserror_str(vm: &mut Vm, v: &Value) -> PyResult<Option<String>> {
    let Some(o) = v.as_obj() else { return Ok(None) };
    let Some(d) = o.dict.get() else {
        return Ok(None);
    };
    let get = |n: &str| crate::types::object::ns_get(d, n).unwrap_or(Value::None);
    let (errno, strerror, f1, f2) = (
        get("errno"),
        get("strerror"),
        get("filename"),
        get("filename2"),
    );
    if !f1.is_none() {
        let (e, s, f) = (vm.to_str(&errno)?, vm.to_str(&strerror)?, vm.repr(&f1)?);
        if !f2.is_none() {
            let f2 = vm.repr(&f2)?;
            return Ok(Some(format!("[Errno {e}] {s}: {f} -> {f2}")));
        }
        return Ok(Some(format!("[Errno {e}] {s}: {f}")));
    }
    if !errno.is_none() && !strerror.is_none() {
        let (e, s) = (vm.to_str(&errno)?, vm.to_str(&strerror)?);
        return Ok(Some(format!("[Errno {e}] {s}")));
    }
    Ok(None)
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
    if crate::gil_rc::GilRc::ptr_eq(e, h) {
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
            if crate::gil_rc::GilRc::ptr_eq(n, e) {
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
        "value" if obj_is(obj, "StopIteration") => {
            Some(args_of(obj).first().cloned().unwrap_or(Value::None))
        }
        "code" if obj_is(obj, "SystemExit") => {
            let a = args_of(obj);
            Some(match a.len() {
                0 => Value::None,
                1 => a[0].clone(),
                _ => Value::Obj(PyObject::new_tuple(a)),
            })
        }
        "errno" | "strerror" | "filename" | "filename2" if obj_is(obj, "OSError") => {
            Some(Value::None)
        }
        "msg" if obj_is(obj, "SyntaxError") => {
            Some(args_of(obj).first().cloned().unwrap_or(Value::None))
        }
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
pub fn traceback_getattr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(Payload::Traceback(t)) = obj.payload() else {
        return Ok(None);
    };
    Ok(match name {
        "tb_frame" => {
            let frame = crate::types::frame::frame_object(vm, &t.frame);
            if let Some(caller) = &t.caller {
                // A frame that has finished keeps the caller it had.
                t.frame.with_meta(|m| {
                    if m.back.is_none() {
                        m.back = Some(caller.clone());
                    }
                });
            }
            Some(frame)
        }
        "tb_lineno" => Some(Value::Int(t.lineno as i64)),
        "tb_lasti" => Some(Value::Int(t.lasti as i64 * 2)),
        "tb_next" => Some(t.next.clone()),
        _ => None,
    })
}

fn exc_init(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if let Some(d) = args.first().and_then(data) {
        if obj_is(&args[0], "OSError") && oserror_args(&vm.class_of(&args[0]), &args[1..]).is_some()
        {
            // `OSError.__new__` already stored errno/strerror/filename.
            return Ok(Value::None);
        }
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
    method("__reduce__", crate::types::reduce::exception_reduce),
    method("__init__", exc_init),
    method("__str__", exc_str),
    method("__repr__", exc_repr),
    method("with_traceback", with_traceback),
    method("add_note", add_note),
];

/// `str(exc)` for a builtin exception without calling Python code (first arg if a str).
pub fn exception_str_plain(e: &crate::value::ObjRef) -> String {
    let v = Value::Obj(e.clone());
    let args = args_of(&v);
    match args.first().and_then(|a| a.as_str()) {
        Some(s) if args.len() == 1 => s.to_string(),
        _ => String::new(),
    }
}
