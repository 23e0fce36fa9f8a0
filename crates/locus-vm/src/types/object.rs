//! `object`, `NoneType`, `module`, and namespace helpers (str-keyed dicts).

use crate::function::KwArgsExt;
use crate::object::{ModuleData, Payload, PyObject};
use crate::typeobj::{method, type_data, MethodDef};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// Reads `name` from a namespace dict object.
pub fn ns_get(ns: &ObjRef, name: &str) -> Option<Value> {
    ns_get_value(ns, &crate::intern::intern(name))
}

/// Reads a str key from a namespace dict object.
pub fn ns_get_value(ns: &ObjRef, name: &Value) -> Option<Value> {
    let Payload::Dict(d) = &ns.payload else {
        return None;
    };
    let h = name.as_obj().map(crate::vm::str_hash)?;
    d.borrow().get_str(name, h).cloned()
}

/// Writes a str key into a namespace dict object.
pub fn ns_set(ns: &ObjRef, name: Value, v: Value) {
    if let Payload::Dict(d) = &ns.payload {
        let h = name.as_obj().map(crate::vm::str_hash).unwrap_or(0);
        let old = d.borrow_mut().set_fast(h, name, v);
        drop(old);
    }
}

/// Deletes a str key from a namespace dict object; false when absent.
pub fn ns_del(ns: &ObjRef, name: &Value) -> bool {
    let Payload::Dict(d) = &ns.payload else {
        return false;
    };
    let h = name.as_obj().map(crate::vm::str_hash).unwrap_or(0);
    let found = match d.borrow().find_fast(name, h) {
        crate::dict::FastFind::Found(i) => Some(i),
        _ => None,
    };
    match found {
        Some(i) => {
            let e = d.borrow_mut().remove_at(i);
            drop(e);
            true
        }
        None => false,
    }
}

/// Sets an attribute in an object's instance dict (creating it).
pub fn set_instance_attr(o: &ObjRef, name: &str, v: Value) -> Option<()> {
    let d = o
        .dict
        .get_or_init(|| PyObject::new_dict(crate::dict::Dict::new()));
    ns_set(d, crate::intern::intern(name), v);
    Some(())
}

/// `object.__new__(cls)`.
pub fn object_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(cls) = args.first().and_then(|c| c.as_obj()).cloned() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    let t = type_data(&cls);
    if args.len() > 1 || !kw.is_empty() {
        if !is_object_slot(&cls, &crate::names::names().__new__) {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if is_object_slot(&cls, &crate::names::names().__init__) {
            return Err(vm.type_error(format!("{}() takes no arguments", t.name())));
        }
    }
    if crate::types::typeobj::is_abstract(&cls) {
        return Err(crate::types::typeobj::abstract_instantiation_error(
            vm, &cls,
        ));
    }
    let slots = vec![Value::Null; t.nslots];
    let payload = Payload::Object(crate::object::PyCell::new(slots));
    if t.builtin {
        return Ok(Value::Obj(PyObject::new(payload)));
    }
    Ok(Value::Obj(PyObject::with_class(cls, payload)))
}

/// `NoneType()`.
pub fn none_new(_vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::None)
}

/// `module(name)`.
pub fn module_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let name = args.get(1).cloned().unwrap_or(Value::None);
    let ns = vm.new_dict();
    ns_set(&ns, crate::intern::intern("__name__"), name);
    ns_set(&ns, crate::intern::intern("__doc__"), Value::None);
    Ok(Value::Obj(new_module(ns)))
}

/// A module object over a namespace.
pub fn new_module(namespace: ObjRef) -> ObjRef {
    PyObject::new(Payload::Module(ModuleData { namespace }))
}

/// Whether `cls.<name>` is `object`'s own implementation (not overridden).
fn is_object_slot(cls: &ObjRef, name: &Value) -> bool {
    match crate::typeobj::lookup(cls, name) {
        Some(Value::Obj(o)) => matches!(&o.payload, Payload::Builtin(b) if b.owner == "object"),
        _ => false,
    }
}

fn object_init(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() > 1 || !kw.is_empty() {
        let cls = vm.class_of(args.first().unwrap_or(&Value::None));
        if !is_object_slot(&cls, &crate::names::names().__init__) {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if is_object_slot(&cls, &crate::names::names().__new__) {
            return Err(vm.type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                type_data(&cls).name()
            )));
        }
    }
    Ok(Value::None)
}

fn object_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or(Value::None);
    Ok(Value::str(vm.default_repr(&v)))
}

fn object_str(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or(Value::None);
    vm.repr_value(&v)
}

fn object_eq(_vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() == 2 && args[0].is(&args[1]) {
        return Ok(Value::Bool(true));
    }
    Ok(crate::typeobj::singletons().not_implemented.clone())
}

fn object_ne(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 2 {
        return Ok(crate::typeobj::singletons().not_implemented.clone());
    }
    let r = vm.call_special(&args[0], &crate::names::names().__eq__, &args[1..2])?;
    match r {
        Some(r) if !crate::vm::protocol_is_not_implemented(&r) => Ok(Value::Bool(!vm.truthy(&r)?)),
        _ => Ok(crate::typeobj::singletons().not_implemented.clone()),
    }
}

fn object_hash(_vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Int(
        args.first().map_or(0, |v| (v.identity() >> 4) as i64),
    ))
}

fn object_setattr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(vm.type_error("expected 3 arguments"));
    }
    let cls = vm.class_of(&args[0]);
    vm.generic_setattr(&args[0], &cls, &args[1], args[2].clone())?;
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error("expected 2 arguments"));
    }
    let obj = args[0].clone();
    // Skip a user __getattribute__ by looking up as a plain object would.
    match vm.generic_getattr(&obj, &args[1])? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(&obj, &args[1])),
    }
}

fn object_delattr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error("expected 2 arguments"));
    }
    let obj = args[0].clone();
    if let Some(d) = obj.as_obj().and_then(|o| o.dict.get()) {
        if ns_del(d, &args[1]) {
            return Ok(Value::None);
        }
    }
    Err(vm.no_attribute(&obj, &args[1]))
}

fn object_init_subclass(_vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_format(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let _ = kw.get_kw("format_spec");
    let v = args.first().cloned().unwrap_or(Value::None);
    let spec = args.get(1).and_then(|s| s.as_str()).unwrap_or("");
    if !spec.is_empty() {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&v)
        )));
    }
    vm.to_str_value(&v)
}

fn object_dir(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or(Value::None);
    let mut names: Vec<String> = Vec::new();
    if let Some(d) = v.as_obj().and_then(|o| o.dict.get()) {
        if let Payload::Dict(d) = &d.payload {
            names.extend(
                d.borrow()
                    .keys()
                    .filter_map(|k| k.as_str().map(str::to_string)),
            );
        }
    }
    names.extend(class_attribute_names(&vm.class_of(&v)));
    names.sort();
    names.dedup();
    Ok(Value::Obj(PyObject::new_list(
        names.into_iter().map(Value::str).collect(),
    )))
}

/// The names of the attributes of a class and its bases (for `dir`),
/// including the descriptors CPython keeps in class dicts that Locus
/// provides without a dict entry: `__class__` (on `object`) and, for
/// classes whose instances have a dict, `__dict__` and `__weakref__`.
pub fn class_attribute_names(cls: &ObjRef) -> Vec<String> {
    let mut names: Vec<String> = vec!["__class__".to_string(), "__doc__".to_string()];
    let mro = crate::typeobj::full_mro(cls);
    if mro.iter().any(|c| {
        let t = type_data(c);
        !t.builtin && t.instance_dict
    }) {
        names.push("__dict__".to_string());
        names.push("__weakref__".to_string());
    }
    for c in mro {
        if let Payload::Dict(d) = &type_data(&c).dict.payload {
            names.extend(
                d.borrow()
                    .keys()
                    .filter_map(|k| k.as_str().map(str::to_string)),
            );
        }
    }
    names
}

/// `object`'s methods.
pub const METHODS: &[MethodDef] = &[
    method("__init__", object_init),
    method("__repr__", object_repr),
    method("__str__", object_str),
    method("__eq__", object_eq),
    method("__ne__", object_ne),
    method("__hash__", object_hash),
    method("__setattr__", object_setattr),
    method("__getattribute__", object_getattribute),
    method("__delattr__", object_delattr),
    crate::typeobj::classmethod("__init_subclass__", object_init_subclass),
    method("__format__", object_format),
    method("__dir__", object_dir),
    method("__reduce_ex__", crate::types::reduce::object_reduce_ex),
    method("__reduce__", crate::types::reduce::object_reduce),
    method("__getstate__", crate::types::reduce::object_getstate),
    crate::typeobj::classmethod(
        "__subclasshook__",
        crate::types::reduce::object_subclasshook,
    ),
];
