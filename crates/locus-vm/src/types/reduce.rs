//! Pickling support: `object.__reduce_ex__`, `object.__reduce__`,
//! `object.__getstate__`, `object.__subclasshook__`, and the reductions of
//! builtin types (`__getnewargs__` of the immutable values, `__reduce__` of
//! sets, ranges, slices, bytearrays and exceptions).
//!
//! `copy`, `pickle` and `copyreg` (Python, `lib/`) build on these exactly as
//! on CPython's: an object is rebuilt from `copyreg.__newobj__(cls, *args)`
//! plus its state. What Python cannot express is which objects carry native
//! state that such a reduction cannot rebuild: an object whose nearest
//! builtin class is not `object` (a generator, a frame, a
//! `FrameLocalsProxy`, a dict view...) and that offers no constructor
//! arguments is refused with CPython's "cannot pickle 'X' object" (spec R39).

use crate::object::{Payload, PyObject};
use crate::typeobj::{self, type_data, types};
use crate::value::{ObjRef, Value};
use crate::vm::{class_of, PyResult, Vm};

type Kw<'a> = &'a [(Value, Value)];

/// The nearest builtin class of `cls` (itself when builtin): what native
/// state its instances carry.
fn native_base(cls: &ObjRef) -> ObjRef {
    typeobj::full_mro(cls)
        .into_iter()
        .find(|c| type_data(c).builtin)
        .unwrap_or_else(|| types().object.clone())
}

/// Whether the attribute `name` of `cls` is `object`'s own method.
fn is_object_method(cls: &ObjRef, name: &Value) -> bool {
    match typeobj::lookup(cls, name) {
        Some(Value::Obj(o)) => matches!(&o.payload, Payload::Builtin(b) if b.owner == "object"),
        _ => false,
    }
}

fn cannot_pickle(vm: &Vm, obj: &Value) -> crate::vm::PyErr {
    vm.type_error(format!("cannot pickle '{}' object", vm.type_name(obj)))
}

fn receiver<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a Value> {
    args.first()
        .ok_or_else(|| vm.type_error(format!("unbound method object.{name}() needs an argument")))
}

fn no_args(vm: &Vm, args: &[Value], kw: Kw, name: &str) -> PyResult<()> {
    if args.len() > 1 || !kw.is_empty() {
        return Err(vm.type_error(format!(
            "{name}() takes no arguments ({} given)",
            args.len().saturating_sub(1) + kw.len()
        )));
    }
    Ok(())
}

fn tuple(items: Vec<Value>) -> Value {
    Value::Obj(PyObject::new_tuple(items))
}

/// `object.__reduce_ex__(protocol)`: an overriding `__reduce__` wins;
/// otherwise the common reduction for the protocol.
pub fn object_reduce_ex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let obj = receiver(vm, args, "__reduce_ex__")?.clone();
    if args.len() != 2 || !kw.is_empty() {
        return Err(vm.type_error(format!(
            "object.__reduce_ex__() takes exactly one argument ({} given)",
            args.len().saturating_sub(1) + kw.len()
        )));
    }
    let protocol = match crate::types::int::int_ref(&args[1]) {
        Some(crate::types::int::IntRef::Small(p)) => p,
        Some(crate::types::int::IntRef::Big(_)) => i64::MAX,
        None => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(&args[1])
            )))
        }
    };
    let reduce = crate::names::names().__reduce__.clone();
    if !is_object_method(class_of(&obj), &reduce) {
        let f = vm.get_attr(&obj, &reduce)?;
        return vm.call(&f, &[], &[]);
    }
    common_reduce(vm, &obj, protocol)
}

/// `object.__reduce__()`: the protocol-0 reduction.
pub fn object_reduce(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let obj = receiver(vm, args, "__reduce__")?.clone();
    no_args(vm, args, kw, "object.__reduce__")?;
    common_reduce(vm, &obj, 0)
}

/// `object.__getstate__()`: the instance dict (or None) and the filled
/// slots, as `(dict, slots)` when there are slots.
pub fn object_getstate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let obj = receiver(vm, args, "__getstate__")?.clone();
    no_args(vm, args, kw, "object.__getstate__")?;
    default_state(vm, &obj, false)
}

/// `object.__subclasshook__(subclass)`: no opinion.
pub fn object_subclasshook(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    // args[0] is the class (a class method).
    if args.len() != 2 || !kw.is_empty() {
        return Err(vm.type_error(format!(
            "object.__subclasshook__() takes exactly one argument ({} given)",
            args.len().saturating_sub(1) + kw.len()
        )));
    }
    Ok(typeobj::singletons().not_implemented.clone())
}

fn common_reduce(vm: &mut Vm, obj: &Value, protocol: i64) -> PyResult<Value> {
    if protocol >= 2 {
        return reduce_newobj(vm, obj);
    }
    let copyreg = vm.import_dotted("copyreg")?;
    let f = vm.get_attr_str(&copyreg, "_reduce_ex")?;
    vm.call(&f, &[obj.clone(), Value::Int(protocol)], &[])
}

/// `(copyreg.__newobj__, (cls, *args), state, listitems, dictitems)`.
fn reduce_newobj(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    let cls = class_of(obj).clone();
    let native = native_base(&cls);
    if type_data(&native).ctor.is_none() {
        return Err(cannot_pickle(vm, obj));
    }
    let (args, kwargs) = new_arguments(vm, obj)?;
    let copyreg = vm.import_dotted("copyreg")?;
    let has_args = args.is_some();
    let cls_v = Value::Obj(cls);
    let (newobj, newargs) = match (args, kwargs) {
        (Some(a), Some(k)) if vm.truthy(&k)? => (
            vm.get_attr_str(&copyreg, "__newobj_ex__")?,
            tuple(vec![cls_v, a, k]),
        ),
        (a, _) => {
            let mut items = vec![cls_v];
            if let Some(a) = a {
                items.extend(vm.collect(&a)?);
            }
            (vm.get_attr_str(&copyreg, "__newobj__")?, tuple(items))
        }
    };
    let is_list = vm.is_instance(obj, &types().list);
    let is_dict = vm.is_instance(obj, &types().dict);
    let state = get_state(vm, obj, !(has_args || is_list || is_dict))?;
    let listitems = if is_list { vm.iter(obj)? } else { Value::None };
    let dictitems = if is_dict {
        let items = vm.call_method_by_name(obj, "items", &[])?;
        vm.iter(&items)?
    } else {
        Value::None
    };
    Ok(tuple(vec![newobj, newargs, state, listitems, dictitems]))
}

/// The arguments `__getnewargs_ex__` or `__getnewargs__` give, checked as
/// CPython checks them; `(None, None)` when the class has neither.
fn new_arguments(vm: &mut Vm, obj: &Value) -> PyResult<(Option<Value>, Option<Value>)> {
    let n = crate::names::names();
    if let Some(r) = vm.call_special(obj, &n.__getnewargs_ex__.clone(), &[])? {
        let Some(Payload::Tuple(t)) = r.payload() else {
            return Err(vm.type_error(format!(
                "__getnewargs_ex__ should return a tuple, not '{}'",
                vm.type_name(&r)
            )));
        };
        if t.len() != 2 {
            return Err(vm.type_error(format!(
                "__getnewargs_ex__ should return a tuple of length 2, not {}",
                t.len()
            )));
        }
        let (a, k) = (t[0].clone(), t[1].clone());
        if !matches!(a.payload(), Some(Payload::Tuple(_))) {
            return Err(vm.type_error(format!(
                "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{}'",
                vm.type_name(&a)
            )));
        }
        if !matches!(k.payload(), Some(Payload::Dict(_))) {
            return Err(vm.type_error(format!(
                "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{}'",
                vm.type_name(&k)
            )));
        }
        return Ok((Some(a), Some(k)));
    }
    if let Some(r) = vm.call_special(obj, &n.__getnewargs__.clone(), &[])? {
        if !matches!(r.payload(), Some(Payload::Tuple(_))) {
            return Err(vm.type_error(format!(
                "__getnewargs__ should return a tuple, not '{}'",
                vm.type_name(&r)
            )));
        }
        return Ok((Some(r), None));
    }
    Ok((None, None))
}

/// The state `__getstate__` gives; `required` when nothing else (no
/// constructor arguments, not a list or dict) can rebuild the object.
fn get_state(vm: &mut Vm, obj: &Value, required: bool) -> PyResult<Value> {
    let name = crate::names::names().__getstate__.clone();
    let overridden_on_instance = obj
        .as_obj()
        .and_then(|o| o.dict.get())
        .is_some_and(|d| crate::types::object::ns_get_value(d, &name).is_some());
    if !overridden_on_instance && is_object_method(class_of(obj), &name) {
        return default_state(vm, obj, required);
    }
    let f = vm.get_attr(obj, &name)?;
    vm.call(&f, &[], &[])
}

/// `object.__getstate__`'s state; refuses objects with native state when
/// the state is all there is to rebuild them from.
fn default_state(vm: &mut Vm, obj: &Value, required: bool) -> PyResult<Value> {
    let cls = class_of(obj).clone();
    // None carries no state (CPython's NoneType is the size of `object`).
    if required
        && !obj.is_none()
        && !crate::gil_rc::GilRc::ptr_eq(&native_base(&cls), &types().object)
    {
        return Err(cannot_pickle(vm, obj));
    }
    let state = dict_or_none(obj);
    // Slot values, in MRO order (the class's own slots first).
    let mut slots: Vec<(Value, Value)> = Vec::new();
    if let Some(Payload::Object(cells)) = obj.payload() {
        for c in typeobj::full_mro(&cls) {
            let Payload::Dict(d) = &type_data(&c).dict.payload else {
                continue;
            };
            let members: Vec<(Value, usize)> = d
                .borrow()
                .iter()
                .filter_map(|e| match e.value.payload() {
                    Some(Payload::SlotMember { index, .. }) => Some((e.key.clone(), *index)),
                    _ => None,
                })
                .collect();
            for (k, i) in members {
                let v = cells.borrow().get(i).cloned().unwrap_or(Value::Null);
                if !v.is_null() && !slots.iter().any(|(s, _)| s.is(&k)) {
                    slots.push((k, v));
                }
            }
        }
    }
    if slots.is_empty() {
        return Ok(state);
    }
    let d = vm.new_dict();
    for (k, v) in slots {
        crate::types::object::ns_set(&d, k, v);
    }
    Ok(tuple(vec![state, Value::Obj(d)]))
}

/// `_locus.is_builtin_class(cls)`: whether `cls` is defined by the
/// interpreter (CPython: not a heap type); `copyreg`'s protocol 0/1
/// reduction looks for the nearest such base.
pub fn is_builtin_class(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args.first().and_then(|a| typeobj::as_type(a)) {
        Some(t) => Ok(Value::Bool(t.builtin)),
        None => Err(vm.type_error("is_builtin_class() argument must be a class")),
    }
}

/// `_locus.is_abstract_class(cls)`: whether instantiating `cls` is refused
/// for abstract methods (CPython's `Py_TPFLAGS_IS_ABSTRACT`, which
/// `inspect.isabstract` reads through `__flags__`).
pub fn is_abstract_class(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args.first().and_then(|a| a.as_obj()) {
        Some(c) if matches!(c.payload, Payload::Type(_)) => {
            Ok(Value::Bool(crate::types::typeobj::is_abstract(c)))
        }
        _ => Err(vm.type_error("is_abstract_class() argument must be a class")),
    }
}

// ---------------------------------------------------------------
// Builtin types' reductions
// ---------------------------------------------------------------

/// Checks that the receiver of `name` is an instance of `owner`.
fn typed_receiver(vm: &Vm, args: &[Value], owner: &ObjRef, name: &str) -> PyResult<Value> {
    let owner_name = type_data(owner).name();
    match args.first() {
        Some(v) if vm.is_instance(v, owner) => Ok(v.clone()),
        Some(v) => Err(vm.type_error(format!(
            "descriptor '{name}' for '{owner_name}' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))),
        None => Err(vm.type_error(format!(
            "unbound method {owner_name}.{name}() needs an argument"
        ))),
    }
}

/// `int.__getnewargs__()`: `(int(self),)`.
pub fn int_getnewargs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = typed_receiver(vm, args, &types().int, "__getnewargs__")?;
    no_args(vm, args, kw, "int.__getnewargs__")?;
    let i = crate::types::int::int_ref(&v).ok_or_else(|| vm.type_error("int expected"))?;
    Ok(tuple(vec![i.to_value()]))
}

/// `float.__getnewargs__()`: `(float(self),)`.
pub fn float_getnewargs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = typed_receiver(vm, args, &types().float, "__getnewargs__")?;
    no_args(vm, args, kw, "float.__getnewargs__")?;
    let f = match &v {
        Value::Float(f) => *f,
        _ => match v.payload() {
            Some(Payload::Float(f)) => *f,
            _ => return Err(vm.type_error("float expected")),
        },
    };
    Ok(tuple(vec![Value::Float(f)]))
}

/// `complex.__getnewargs__()`: `(real, imag)`.
pub fn complex_getnewargs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = typed_receiver(vm, args, &types().complex, "__getnewargs__")?;
    no_args(vm, args, kw, "complex.__getnewargs__")?;
    match v.payload() {
        Some(Payload::Complex(re, im)) => Ok(tuple(vec![Value::Float(*re), Value::Float(*im)])),
        _ => Err(vm.type_error("complex expected")),
    }
}

/// `str.__getnewargs__()`: `(str(self),)` as an exact str.
pub fn str_getnewargs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = typed_receiver(vm, args, &types().str_, "__getnewargs__")?;
    no_args(vm, args, kw, "str.__getnewargs__")?;
    let s = v.as_str().map(str::to_string).unwrap_or_default();
    Ok(tuple(vec![Value::str(s)]))
}

/// `bytes.__getnewargs__()`: `(bytes(self),)` as exact bytes.
pub fn bytes_getnewargs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = typed_receiver(vm, args, &types().bytes, "__getnewargs__")?;
    no_args(vm, args, kw, "bytes.__getnewargs__")?;
    match v.payload() {
        Some(Payload::Bytes(b)) => Ok(tuple(vec![crate::types::bytes::new_bytes(b.to_vec())])),
        _ => Err(vm.type_error("bytes expected")),
    }
}

/// `tuple.__getnewargs__()`: `(tuple(self),)` as an exact tuple.
pub fn tuple_getnewargs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = typed_receiver(vm, args, &types().tuple, "__getnewargs__")?;
    no_args(vm, args, kw, "tuple.__getnewargs__")?;
    match v.payload() {
        Some(Payload::Tuple(t)) => Ok(tuple(vec![tuple(t.to_vec())])),
        _ => Err(vm.type_error("tuple expected")),
    }
}

/// The instance dict of `v` when it has entries, else None.
fn dict_or_none(v: &Value) -> Value {
    match v.as_obj().and_then(|o| o.dict.get()) {
        Some(d) if matches!(&d.payload, Payload::Dict(t) if !t.borrow().is_empty()) => {
            Value::Obj(d.clone())
        }
        _ => Value::None,
    }
}

fn set_like_reduce(vm: &mut Vm, args: &[Value], kw: Kw, owner: &ObjRef) -> PyResult<Value> {
    let v = typed_receiver(vm, args, owner, "__reduce__")?;
    no_args(vm, args, kw, "__reduce__")?;
    let items = vm.collect(&v)?;
    Ok(tuple(vec![
        Value::Obj(vm.class_of(&v)),
        tuple(vec![Value::Obj(PyObject::new_list(items))]),
        dict_or_none(&v),
    ]))
}

/// `set.__reduce__()`: `(type(self), (list(self),), dict or None)`.
pub fn set_reduce(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    set_like_reduce(vm, args, kw, &types().set)
}

/// `frozenset.__reduce__()`, as for sets.
pub fn frozenset_reduce(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    set_like_reduce(vm, args, kw, &types().frozenset)
}

/// `range.__reduce__()`: `(range, (start, stop, step))`.
pub fn range_reduce(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = typed_receiver(vm, args, &types().range, "__reduce__")?;
    no_args(vm, args, kw, "range.__reduce__")?;
    let parts = ["start", "stop", "step"]
        .iter()
        .map(|n| vm.get_attr_str(&v, n))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(tuple(vec![Value::Obj(types().range.clone()), tuple(parts)]))
}

/// `slice.__reduce__()`: `(slice, (start, stop, step))`.
pub fn slice_reduce(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = typed_receiver(vm, args, &types().slice, "__reduce__")?;
    no_args(vm, args, kw, "slice.__reduce__")?;
    match v.payload() {
        Some(Payload::Slice { start, stop, step }) => Ok(tuple(vec![
            Value::Obj(types().slice.clone()),
            tuple(vec![start.clone(), stop.clone(), step.clone()]),
        ])),
        _ => Err(vm.type_error("slice expected")),
    }
}

fn bytearray_reduction(vm: &mut Vm, v: &Value, protocol: i64) -> PyResult<Value> {
    let data = match v.payload() {
        Some(Payload::ByteArray(b)) => b.borrow().clone(),
        _ => return Err(vm.type_error("bytearray expected")),
    };
    // Protocols before 3 have no bytes type: a latin-1 str and its codec.
    let args = if protocol < 3 {
        let text: String = data.iter().map(|b| char::from(*b)).collect();
        tuple(vec![Value::str(text), Value::str("latin-1")])
    } else {
        tuple(vec![crate::types::bytes::new_bytes(data)])
    };
    Ok(tuple(vec![
        Value::Obj(vm.class_of(v)),
        args,
        dict_or_none(v),
    ]))
}

/// `bytearray.__reduce__()`: the protocol-0 form.
pub fn bytearray_reduce(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = typed_receiver(vm, args, &types().bytearray, "__reduce__")?;
    no_args(vm, args, kw, "bytearray.__reduce__")?;
    bytearray_reduction(vm, &v, 0)
}

/// `bytearray.__reduce_ex__(protocol)`.
pub fn bytearray_reduce_ex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = typed_receiver(vm, args, &types().bytearray, "__reduce_ex__")?;
    let protocol = match args.get(1) {
        None => 0,
        Some(p) => match crate::types::int::int_ref(p) {
            Some(crate::types::int::IntRef::Small(p)) => p,
            Some(crate::types::int::IntRef::Big(_)) => i64::MAX,
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(p)
                )))
            }
        },
    };
    if args.len() > 2 || !kw.is_empty() {
        return Err(vm.type_error("__reduce_ex__ expected at most 1 argument"));
    }
    bytearray_reduction(vm, &v, protocol)
}

/// `NotImplemented.__reduce__()` and `Ellipsis.__reduce__()`: the name of
/// the singleton, so that pickle writes a reference to the builtin.
pub fn singleton_reduce(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = typeobj::singletons();
    match args.first() {
        Some(v) if v.is(&s.not_implemented) => Ok(Value::str("NotImplemented")),
        Some(v) if v.is(&s.ellipsis) => Ok(Value::str("Ellipsis")),
        _ => Err(vm.type_error("__reduce__ needs NotImplemented or Ellipsis")),
    }
}

/// The methods of `NotImplementedType` and `ellipsis`.
pub const SINGLETON_METHODS: &[typeobj::MethodDef] =
    &[typeobj::method("__reduce__", singleton_reduce)];

/// `BaseException.__reduce__()`: `(type(self), self.args)`, plus the
/// instance dict when it has entries.
pub fn exception_reduce(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let base = crate::builtin_types::exc("BaseException").clone();
    let v = typed_receiver(vm, args, &base, "__reduce__")?;
    no_args(vm, args, kw, "BaseException.__reduce__")?;
    let exc_args = vm.get_attr_str(&v, "args")?;
    let mut parts = vec![Value::Obj(vm.class_of(&v)), exc_args];
    let d = dict_or_none(&v);
    if !d.is_none() {
        parts.push(d);
    }
    Ok(tuple(parts))
}
