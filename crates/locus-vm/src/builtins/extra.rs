//! Small builtin classes defined on top of plain instances: `memoryview`
//! (a one-dimensional byte view of a bytes or bytearray) and the `Quitter`
//! class of `exit`/`quit`.
//!
//! Their instances are `Payload::Object` objects of the builtin class whose
//! slot vector holds the state; nothing in Python can reach those slots.

use crate::function::{BuiltinFunction, BuiltinKind, NativeFn};
use crate::object::{Payload, PyCell, PyObject};
use crate::typeobj::{method, MethodDef};
use crate::types::object::ns_set;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Value, Value)];

// ---------------------------------------------------------------------
// memoryview
// ---------------------------------------------------------------------

/// Slot layout of a memoryview instance.
const MV_OBJ: usize = 0;
const MV_START: usize = 1;
const MV_STEP: usize = 2;
const MV_LEN: usize = 3;
const MV_RELEASED: usize = 4;
const MV_NSLOTS: usize = 5;

/// `memoryview(object)`.
pub fn memoryview_new(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    use crate::function::KwArgsExt;
    let src = match args.get(1).cloned().or_else(|| kw.get_kw("object")) {
        Some(v) => v,
        None => {
            return Err(vm.type_error("memoryview() missing required argument 'object' (pos 1)"))
        }
    };
    let len = match src.payload() {
        Some(Payload::Bytes(b)) => b.len(),
        Some(Payload::ByteArray(b)) => b.borrow().len(),
        Some(Payload::Object(_)) if is_memoryview(&src) => {
            // A view of a view shares the underlying object.
            let s = mv_state(vm, &src)?;
            return Ok(new_view(s.obj, s.start, s.step, s.len));
        }
        _ => {
            return Err(vm.type_error(format!(
                "memoryview: a bytes-like object is required, not '{}'",
                vm.type_name(&src)
            )))
        }
    };
    Ok(new_view(src, 0, 1, len))
}

fn new_view(obj: Value, start: usize, step: i64, len: usize) -> Value {
    let mut slots = vec![Value::Null; MV_NSLOTS];
    slots[MV_OBJ] = obj;
    slots[MV_START] = Value::from(start);
    slots[MV_STEP] = Value::Int(step);
    slots[MV_LEN] = Value::from(len);
    slots[MV_RELEASED] = Value::Bool(false);
    Value::Obj(PyObject::with_class(
        crate::typeobj::types().memoryview.clone(),
        Payload::Object(PyCell::new(slots)),
    ))
}

/// Whether `v` is a memoryview.
pub fn is_memoryview(v: &Value) -> bool {
    v.as_obj().is_some_and(|o| {
        o.class
            .as_ref()
            .is_some_and(|c| crate::gil_rc::GilRc::ptr_eq(c, &crate::typeobj::types().memoryview))
    })
}

struct MvState {
    obj: Value,
    start: usize,
    step: i64,
    len: usize,
}

fn mv_state(vm: &Vm, v: &Value) -> PyResult<MvState> {
    let slots = match v.payload() {
        Some(Payload::Object(s)) if is_memoryview(v) => s.borrow().clone(),
        _ => {
            return Err(vm.type_error(format!(
                "descriptor requires a 'memoryview' object but received a '{}'",
                vm.type_name(v)
            )))
        }
    };
    if matches!(slots.get(MV_RELEASED), Some(Value::Bool(true))) {
        return Err(vm.value_error("operation forbidden on released memoryview object"));
    }
    let int = |i: usize| match slots.get(i) {
        Some(Value::Int(n)) => *n,
        _ => 0,
    };
    Ok(MvState {
        obj: slots.get(MV_OBJ).cloned().unwrap_or(Value::None),
        start: int(MV_START) as usize,
        step: int(MV_STEP),
        len: int(MV_LEN) as usize,
    })
}

/// The bytes a memoryview shows (a copy).
pub fn memoryview_bytes(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    let s = mv_state(vm, v)?;
    let data: Vec<u8> = match s.obj.payload() {
        Some(Payload::Bytes(b)) => b.to_vec(),
        Some(Payload::ByteArray(b)) => b.borrow().clone(),
        _ => Vec::new(),
    };
    Ok((0..s.len)
        .filter_map(|i| {
            let p = s.start as i64 + i as i64 * s.step;
            usize::try_from(p).ok().and_then(|p| data.get(p).copied())
        })
        .collect())
}

fn self_arg<'a>(vm: &Vm, args: Args<'a>) -> PyResult<&'a Value> {
    args.first()
        .ok_or_else(|| vm.type_error("descriptor needs an argument"))
}

fn mv_tobytes(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    let b = memoryview_bytes(vm, self_arg(vm, args)?)?;
    Ok(crate::types::bytes::new_bytes(b))
}

fn mv_tolist(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    let b = memoryview_bytes(vm, self_arg(vm, args)?)?;
    Ok(Value::Obj(PyObject::new_list(
        b.into_iter().map(|x| Value::Int(x as i64)).collect(),
    )))
}

fn mv_hex(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    let b = memoryview_bytes(vm, self_arg(vm, args)?)?;
    Ok(Value::str(crate::types::bytes::to_hex(&b, None, 0)))
}

fn mv_len(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    Ok(Value::from(mv_state(vm, self_arg(vm, args)?)?.len))
}

fn mv_getitem(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    let this = self_arg(vm, args)?.clone();
    let key = args.get(1).cloned().unwrap_or(Value::None);
    let s = mv_state(vm, &this)?;
    if crate::types::range::is_slice(&key) {
        let (start, _stop, step, n) = crate::types::range::slice_indices(vm, &key, s.len)?;
        let new_start = s.start as i64 + start.max(0) * s.step;
        return Ok(new_view(
            s.obj,
            usize::try_from(new_start).unwrap_or(0),
            s.step * step,
            n,
        ));
    }
    let i = vm.index_i64(&key).map_err(|e| {
        if vm.err_is(&e, "TypeError") {
            vm.type_error("memoryview: invalid slice key")
        } else {
            e
        }
    })?;
    let i = if i < 0 { i + s.len as i64 } else { i };
    if i < 0 || i >= s.len as i64 {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    }
    let b = memoryview_bytes(vm, &this)?;
    Ok(Value::Int(b[i as usize] as i64))
}

fn mv_setitem(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    let this = self_arg(vm, args)?.clone();
    let (key, val) = (
        args.get(1).cloned().unwrap_or(Value::None),
        args.get(2).cloned().unwrap_or(Value::None),
    );
    let s = mv_state(vm, &this)?;
    let Some(Payload::ByteArray(buf)) = s.obj.payload() else {
        return Err(vm.type_error("cannot modify read-only memory"));
    };
    let i = vm.index_i64(&key)?;
    let i = if i < 0 { i + s.len as i64 } else { i };
    if i < 0 || i >= s.len as i64 {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    }
    let b = match vm.index_i64(&val) {
        Ok(b) if (0..256).contains(&b) => b as u8,
        Ok(_) => return Err(vm.value_error("memoryview: invalid value for format 'B'")),
        Err(_) => {
            return Err(vm.type_error("memoryview: invalid type for format 'B'"));
        }
    };
    let pos = s.start as i64 + i * s.step;
    if let Ok(p) = usize::try_from(pos) {
        if let Some(x) = buf.borrow_mut().get_mut(p) {
            *x = b;
        }
    }
    Ok(Value::None)
}

fn mv_iter(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    let b = memoryview_bytes(vm, self_arg(vm, args)?)?;
    let items = b.into_iter().map(|x| Value::Int(x as i64)).collect();
    Ok(crate::iter::new_iter(crate::iter::IterState::Values(
        items, 0,
    )))
}

fn mv_eq(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    let this = self_arg(vm, args)?.clone();
    let other = args.get(1).cloned().unwrap_or(Value::None);
    let mine = memoryview_bytes(vm, &this)?;
    let theirs = if is_memoryview(&other) {
        memoryview_bytes(vm, &other)?
    } else {
        match other.payload() {
            Some(Payload::Bytes(b)) => b.to_vec(),
            Some(Payload::ByteArray(b)) => b.borrow().clone(),
            _ => return Ok(crate::typeobj::singletons().not_implemented.clone()),
        }
    };
    Ok(Value::Bool(mine == theirs))
}

fn mv_repr(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    let this = self_arg(vm, args)?;
    let released = match this.payload() {
        Some(Payload::Object(s)) => matches!(s.borrow().get(MV_RELEASED), Some(Value::Bool(true))),
        _ => false,
    };
    let word = if released {
        "released memory"
    } else {
        "memory"
    };
    Ok(Value::str(format!("<{word} at {:#x}>", this.identity())))
}

fn mv_release(_vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    if let Some(Payload::Object(s)) = args.first().and_then(Value::payload) {
        if let Some(r) = s.borrow_mut().get_mut(MV_RELEASED) {
            *r = Value::Bool(true);
        }
    }
    Ok(Value::None)
}

fn mv_enter(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    let this = self_arg(vm, args)?.clone();
    mv_state(vm, &this)?;
    Ok(this)
}

fn mv_exit(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    mv_release(vm, &args[..args.len().min(1)], kw)
}

fn mv_bytes(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    mv_tobytes(vm, args, kw)
}

fn mv_obj(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    Ok(mv_state(vm, self_arg(vm, args)?)?.obj)
}

fn mv_nbytes(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    Ok(Value::from(mv_state(vm, self_arg(vm, args)?)?.len))
}

fn mv_readonly(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    let s = mv_state(vm, self_arg(vm, args)?)?;
    Ok(Value::Bool(!matches!(
        s.obj.payload(),
        Some(Payload::ByteArray(_))
    )))
}

fn mv_itemsize(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    mv_state(vm, self_arg(vm, args)?)?;
    Ok(Value::Int(1))
}

fn mv_format(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    mv_state(vm, self_arg(vm, args)?)?;
    Ok(Value::str("B"))
}

fn mv_ndim(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    mv_state(vm, self_arg(vm, args)?)?;
    Ok(Value::Int(1))
}

fn mv_shape(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    let n = mv_state(vm, self_arg(vm, args)?)?.len;
    Ok(Value::Obj(PyObject::new_tuple(vec![Value::from(n)])))
}

/// `memoryview`'s methods.
pub const MEMORYVIEW_METHODS: &[MethodDef] = &[
    method("tobytes", mv_tobytes),
    method("tolist", mv_tolist),
    method("hex", mv_hex),
    method("release", mv_release),
    method("__len__", mv_len),
    method("__getitem__", mv_getitem),
    method("__setitem__", mv_setitem),
    method("__iter__", mv_iter),
    method("__eq__", mv_eq),
    method("__repr__", mv_repr),
    method("__enter__", mv_enter),
    method("__exit__", mv_exit),
    // Stands in for the buffer protocol in `bytes(view)`.
    method("__bytes__", mv_bytes),
];

/// `memoryview`'s read-only attributes.
pub const MEMORYVIEW_PROPERTIES: &[(&str, NativeFn)] = &[
    ("obj", mv_obj),
    ("nbytes", mv_nbytes),
    ("readonly", mv_readonly),
    ("itemsize", mv_itemsize),
    ("format", mv_format),
    ("ndim", mv_ndim),
    ("shape", mv_shape),
];

/// Adds read-only properties implemented in Rust to a builtin class.
pub fn add_properties(cls: &ObjRef, props: &[(&'static str, NativeFn)]) {
    let dict = &crate::typeobj::type_data(cls).dict;
    for (name, f) in props {
        let fget = Value::Obj(PyObject::new(Payload::Builtin(BuiltinFunction {
            name,
            owner: "",
            func: *f,
            kind: BuiltinKind::Function,
        })));
        let prop = crate::types::descr::new_property(
            fget,
            Value::None,
            Value::None,
            Value::None,
            crate::intern::intern(name),
        );
        ns_set(dict, crate::intern::intern(name), prop);
    }
}

// ---------------------------------------------------------------------
// Quitter
// ---------------------------------------------------------------------

/// A `Quitter` instance (`exit` or `quit`).
pub fn new_quitter(name: &str) -> Value {
    let o = PyObject::with_class(
        crate::typeobj::types().quitter.clone(),
        Payload::Object(PyCell::new(Vec::new())),
    );
    crate::types::object::set_instance_attr(&o, "name", Value::str(name));
    crate::types::object::set_instance_attr(&o, "eof", Value::str("Ctrl-D (i.e. EOF)"));
    Value::Obj(o)
}

fn quitter_repr(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    let this = self_arg(vm, args)?.clone();
    let name = vm.get_attr_str(&this, "name")?;
    let eof = vm.get_attr_str(&this, "eof")?;
    let (name, eof) = (vm.to_str(&name)?, vm.to_str(&eof)?);
    Ok(Value::str(format!("Use {name}() or {eof} to exit")))
}

fn quitter_call(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    use crate::function::KwArgsExt;
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "Quitter.__call__() takes from 1 to 2 positional arguments but {} were given",
            args.len()
        )));
    }
    let code = args
        .get(1)
        .cloned()
        .or_else(|| kw.get_kw("code"))
        .unwrap_or(Value::None);
    // As CPython's: close sys.stdin first, ignoring errors.
    let stdin = crate::modules::sys_stream(vm, "stdin");
    if !stdin.is_none() {
        let _ = vm.call_method_by_name(&stdin, "close", &[]);
    }
    Err(vm.new_exception(crate::builtin_types::exc("SystemExit"), vec![code]))
}

/// `Quitter`'s methods.
pub const QUITTER_METHODS: &[MethodDef] = &[
    method("__repr__", quitter_repr),
    method("__call__", quitter_call),
];

// ---------------------------------------------------------------------
// ModuleSpec
// ---------------------------------------------------------------------

/// A `ModuleSpec` for an imported module: `origin` is the file (or
/// `built-in`), `search_locations` the package directories of a package.
pub fn new_module_spec(name: &str, origin: Option<&str>, search_locations: Option<Value>) -> Value {
    let o = PyObject::with_class(
        crate::typeobj::types().module_spec.clone(),
        Payload::Object(PyCell::new(Vec::new())),
    );
    let parent = if search_locations.is_some() {
        name
    } else {
        name.rsplit_once('.').map_or("", |(p, _)| p)
    };
    let has_location = origin.is_some_and(|o| o != "built-in");
    let set = |k: &str, v: Value| {
        crate::types::object::set_instance_attr(&o, k, v);
    };
    set("name", Value::str(name));
    set("loader", Value::None);
    set("origin", origin.map_or(Value::None, Value::str));
    set("loader_state", Value::None);
    set(
        "submodule_search_locations",
        search_locations.unwrap_or(Value::None),
    );
    set("cached", Value::None);
    set("parent", Value::str(parent));
    set("has_location", Value::Bool(has_location));
    Value::Obj(o)
}

fn spec_repr(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    let this = self_arg(vm, args)?.clone();
    let mut parts = Vec::new();
    for key in ["name", "loader", "origin", "submodule_search_locations"] {
        let v = vm.get_attr_str(&this, key)?;
        if v.is_none() && matches!(key, "origin" | "submodule_search_locations") {
            continue;
        }
        parts.push(format!("{key}={}", vm.repr(&v)?));
    }
    let cls = vm.type_name(&this);
    Ok(Value::str(format!("{cls}({})", parts.join(", "))))
}

/// `ModuleSpec`'s methods.
pub const MODULE_SPEC_METHODS: &[MethodDef] = &[method("__repr__", spec_repr)];

// ---------------------------------------------------------------------
// Struct sequences (`sys.version_info`, `time.struct_time`, ...)
// ---------------------------------------------------------------------

/// A tuple subclass whose items are also named attributes, as CPython's
/// struct sequences: `qualname` is what its repr shows (`sys.version_info`).
pub fn struct_seq_type(name: &str, qualname: &str, fields: &[&str]) -> ObjRef {
    let cls = crate::typeobj::new_builtin_type(
        name,
        Some(&crate::typeobj::types().tuple),
        crate::typeobj::Layout::Tuple,
        None,
        STRUCT_SEQ_METHODS,
    );
    let t = crate::typeobj::type_data(&cls);
    *t.qualname.borrow_mut() = qualname.to_string();
    let names = fields.iter().map(|f| Value::str(*f)).collect();
    ns_set(
        &t.dict,
        crate::intern::intern("__match_args__"),
        Value::Obj(PyObject::new_tuple(names)),
    );
    ns_set(
        &t.dict,
        crate::intern::intern("n_fields"),
        Value::from(fields.len()),
    );
    cls
}

/// An instance of a struct sequence type.
pub fn new_struct_seq(cls: &ObjRef, values: Vec<Value>) -> Value {
    Value::Obj(PyObject::with_class(
        cls.clone(),
        Payload::Tuple(values.into_boxed_slice()),
    ))
}

fn struct_fields(vm: &Vm, v: &Value) -> Vec<String> {
    let cls = vm.class_of(v);
    match crate::typeobj::lookup(&cls, &crate::intern::intern("__match_args__")) {
        Some(Value::Obj(o)) => match &o.payload {
            Payload::Tuple(t) => t
                .iter()
                .filter_map(|n| n.as_str().map(str::to_string))
                .collect(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

fn struct_getattr(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    let this = self_arg(vm, args)?.clone();
    let name = args.get(1).cloned().unwrap_or(Value::None);
    let fields = struct_fields(vm, &this);
    if let Some(i) = name
        .as_str()
        .and_then(|n| fields.iter().position(|f| f == n))
    {
        if let Some(Payload::Tuple(t)) = this.payload() {
            if let Some(v) = t.get(i) {
                return Ok(v.clone());
            }
        }
    }
    Err(vm.no_attribute(&this, &name))
}

fn struct_repr(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    let this = self_arg(vm, args)?.clone();
    let fields = struct_fields(vm, &this);
    let items: Vec<Value> = match this.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    let mut parts = Vec::new();
    for (f, v) in fields.iter().zip(items.iter()) {
        parts.push(format!("{f}={}", vm.repr(v)?));
    }
    let cls = vm.class_of(&this);
    let qual = crate::typeobj::type_data(&cls).qualname.borrow().clone();
    Ok(Value::str(format!("{qual}({})", parts.join(", "))))
}

const STRUCT_SEQ_METHODS: &[MethodDef] = &[
    method("__getattr__", struct_getattr),
    method("__repr__", struct_repr),
];
