//! Descriptors and function-like objects: `property`, `staticmethod`,
//! `classmethod`, `super`, and the attributes of functions and methods.

use crate::function::KwArgsExt;
use crate::object::{Payload, PropertyData, PyCell, PyObject};
use crate::typeobj::{method, MethodDef};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `property(fget=None, fset=None, fdel=None, doc=None)`.
pub fn property_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let arg = |i: usize, name: &str| {
        args.get(i)
            .cloned()
            .or_else(|| kw.get_kw(name))
            .unwrap_or(Value::None)
    };
    let fget = arg(1, "fget");
    let name = getter_name(vm, &fget);
    let payload = Payload::Property(Box::new(PropertyData {
        fget,
        fset: arg(2, "fset"),
        fdel: arg(3, "fdel"),
        doc: arg(4, "doc"),
        name: PyCell::new(name),
    }));
    // A subclass (`abc.abstractproperty`) keeps its class.
    Ok(match args.first().and_then(|c| c.as_obj()) {
        Some(cls) => Value::Obj(PyObject::new_with_class_if(cls, payload)),
        None => Value::Obj(PyObject::new(payload)),
    })
}

/// A property object.
pub fn new_property(fget: Value, fset: Value, fdel: Value, doc: Value, name: Value) -> Value {
    Value::Obj(PyObject::new(Payload::Property(Box::new(PropertyData {
        fget,
        fset,
        fdel,
        doc,
        name: PyCell::new(name),
    }))))
}

/// The getter's `__name__`, which a property takes as its own until
/// `__set_name__` names it (`Null` when the getter has none).
fn getter_name(vm: &mut Vm, fget: &Value) -> Value {
    if fget.is_none() {
        return Value::Null;
    }
    match vm.get_attr_str(fget, "__name__") {
        Ok(n) if n.as_str().is_some() => n,
        _ => Value::Null,
    }
}

fn property_with(vm: &mut Vm, args: &[Value], which: usize) -> PyResult<Value> {
    let (Some(p), Some(f)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("expected 1 argument"));
    };
    let Some(Payload::Property(p)) = p.payload() else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let (mut g, mut s, mut d) = (p.fget.clone(), p.fset.clone(), p.fdel.clone());
    match which {
        0 => g = f.clone(),
        1 => s = f.clone(),
        _ => d = f.clone(),
    }
    let mut name = p.name.borrow().clone();
    if which == 0 && name.is_null() {
        name = getter_name(vm, &g);
    }
    Ok(new_property(g, s, d, p.doc.clone(), name))
}

fn property_getter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    property_with(vm, args, 0)
}

fn property_setter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    property_with(vm, args, 1)
}

fn property_deleter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    property_with(vm, args, 2)
}

fn property_get(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let p = args.first().cloned().unwrap_or(Value::None);
    let obj = args.get(1).cloned().unwrap_or(Value::None);
    if obj.is_none() {
        return Ok(p);
    }
    vm.bind_descriptor(&p, &obj)
}

/// `property.__set__(obj, value)` and `property.__delete__(obj)` (what
/// `obj.x = value` and `del obj.x` do through the property).
fn property_set_or_delete(vm: &mut Vm, args: &[Value], delete: bool) -> PyResult<Value> {
    let (Some(p), Some(obj)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("expected at least 1 argument"));
    };
    let Some(Payload::Property(p)) = p.payload() else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let (func, what) = if delete {
        (p.fdel.clone(), "deleter")
    } else {
        (p.fset.clone(), "setter")
    };
    if func.is_none() {
        let msg = p.missing_accessor_message(&vm.type_name(obj), what);
        return Err(vm.attribute_error(msg));
    }
    let call_args: Vec<Value> = if delete {
        vec![obj.clone()]
    } else {
        let Some(value) = args.get(2) else {
            return Err(vm.type_error("expected 2 arguments, got 1"));
        };
        vec![obj.clone(), value.clone()]
    };
    vm.call(&func, &call_args, &[])?;
    Ok(Value::None)
}

fn property_set(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    property_set_or_delete(vm, args, false)
}

fn property_delete(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    property_set_or_delete(vm, args, true)
}

/// `property`'s methods.
pub const PROPERTY_METHODS: &[MethodDef] = &[
    method("getter", property_getter),
    method("setter", property_setter),
    method("deleter", property_deleter),
    method("__get__", property_get),
    method("__set__", property_set),
    method("__delete__", property_delete),
];

/// `staticmethod(f)`.
pub fn staticmethod_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(f) = args.get(1) else {
        return Err(vm.type_error("staticmethod expected 1 argument, got 0"));
    };
    let payload = Payload::StaticMethod(f.clone());
    Ok(Value::Obj(match args.first().and_then(|c| c.as_obj()) {
        Some(cls) => PyObject::new_with_class_if(cls, payload),
        None => PyObject::new(payload),
    }))
}

/// `classmethod(f)`.
pub fn classmethod_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(f) = args.get(1) else {
        return Err(vm.type_error("classmethod expected 1 argument, got 0"));
    };
    let payload = Payload::ClassMethod(f.clone());
    Ok(Value::Obj(match args.first().and_then(|c| c.as_obj()) {
        Some(cls) => PyObject::new_with_class_if(cls, payload),
        None => PyObject::new(payload),
    }))
}

/// `super(cls, obj)`; the zero-argument form is resolved by the caller
/// frame's `__class__` cell and first argument (see `builtins.rs`).
pub fn super_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (cls, receiver) = match args.len() {
        3 => (args[1].clone(), args[2].clone()),
        1 => crate::builtins::implicit_super_args(vm)?,
        _ => return Err(vm.type_error("super() takes 0 or 2 arguments")),
    };
    let Some(this_class) = cls
        .as_obj()
        .cloned()
        .filter(|c| matches!(c.payload, Payload::Type(_)))
    else {
        return Err(vm.type_error(format!(
            "super() argument 1 must be a type, not {}",
            vm.type_name(&cls)
        )));
    };
    let ok = match receiver.payload() {
        Some(Payload::Type(_))
            if receiver
                .as_obj()
                .is_some_and(|r| crate::typeobj::is_subtype(r, &this_class)) =>
        {
            true
        }
        _ => vm.is_instance(&receiver, &this_class),
    };
    if !ok {
        let what = match receiver.payload() {
            Some(Payload::Type(t)) => format!("type {}", t.name()),
            _ => format!("instance of {}", vm.type_name(&receiver)),
        };
        return Err(vm.type_error(format!(
            "super(type, obj): obj ({what}) is not an instance or subtype of type ({}).",
            crate::typeobj::type_data(&this_class).name()
        )));
    }
    Ok(Value::Obj(PyObject::new(Payload::Super {
        this_class,
        receiver,
    })))
}

/// Attribute lookup through a `super` object.
pub fn super_getattr(vm: &mut Vm, sup: &Value, name: &Value) -> PyResult<Option<Value>> {
    let Some(Payload::Super {
        this_class,
        receiver,
    }) = sup.payload()
    else {
        return Ok(None);
    };
    // As CPython: a class receiver that is a subclass of `this_class` is
    // searched itself (`super()` in a classmethod); any other receiver —
    // including a class in a metaclass method — through its type.
    let class_receiver = match receiver.as_obj() {
        Some(r) if matches!(r.payload, Payload::Type(_)) => {
            crate::typeobj::is_subtype(r, this_class)
        }
        _ => false,
    };
    let start = match receiver.as_obj() {
        Some(r) if class_receiver => r.clone(),
        _ => vm.class_of(receiver),
    };
    let Some(attr) = crate::typeobj::lookup_after(&start, this_class, name) else {
        return Ok(None);
    };
    let receiver = receiver.clone();
    if class_receiver {
        return Ok(Some(match attr.payload() {
            Some(Payload::ClassMethod(f)) => crate::vm::bound_method(f.clone(), receiver),
            Some(Payload::StaticMethod(f)) => f.clone(),
            Some(Payload::Builtin(b)) if b.kind == crate::function::BuiltinKind::ClassMethod => {
                crate::vm::bound_method(attr.clone(), receiver)
            }
            _ => attr,
        }));
    }
    vm.bind_descriptor(&attr, &receiver).map(Some)
}

/// Attributes of functions, builtins, bound methods, code objects and cells.
pub fn function_getattr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    match obj.payload() {
        Some(Payload::Function(f)) => Ok(match name {
            "__name__" => Some(f.name.borrow().clone()),
            "__qualname__" => Some(f.qualname.borrow().clone()),
            "__defaults__" => Some(f.defaults.borrow().clone()),
            "__kwdefaults__" => Some(f.kwdefaults.borrow().clone()),
            "__doc__" => Some(f.doc.borrow().clone()),
            "__module__" => Some(f.module.borrow().clone()),
            "__globals__" => Some(Value::Obj(f.globals.clone())),
            "__builtins__" => Some(Value::Obj(f.builtins.clone())),
            "__code__" => Some(crate::types::code::code_object(&f.code)),
            "__closure__" => Some(if f.closure.is_empty() {
                Value::None
            } else {
                Value::Obj(PyObject::new_tuple(
                    f.closure.iter().map(|c| Value::Obj(c.clone())).collect(),
                ))
            }),
            "__annotations__" => {
                let a = f.annotations.borrow().clone();
                if a.is_none() {
                    let d = Value::Obj(vm.new_dict());
                    *f.annotations.borrow_mut() = d.clone();
                    Some(d)
                } else {
                    Some(a)
                }
            }
            "__dict__" => {
                let d = obj
                    .as_obj()
                    .map(|o| o.dict.get_or_init(|| vm.new_dict()).clone());
                d.map(Value::Obj)
            }
            _ => None,
        }),
        Some(Payload::Builtin(b)) => Ok(match name {
            "__name__" => Some(Value::str(b.name)),
            "__qualname__" => Some(Value::str(if b.owner.is_empty() {
                b.name.to_string()
            } else {
                format!("{}.{}", b.owner, b.name)
            })),
            "__doc__" => Some(Value::None),
            "__module__" => Some(if b.owner.is_empty() {
                Value::str("builtins")
            } else {
                Value::None
            }),
            _ => None,
        }),
        Some(Payload::BoundMethod { func, receiver }) => match name {
            "__self__" => Ok(Some(receiver.clone())),
            "__func__" => Ok(Some(func.clone())),
            _ => {
                let func = func.clone();
                match vm.get_attr_opt(&func, &crate::intern::intern(name))? {
                    Some(v) => Ok(Some(v)),
                    None => Ok(None),
                }
            }
        },
        Some(Payload::Code(c)) => Ok(crate::types::code::getattr(c, name)),
        Some(Payload::Cell(c)) => Ok(match name {
            "cell_contents" => {
                let v = c.get();
                if v.is_null() {
                    return Err(vm.value_error("Cell is empty"));
                }
                Some(v)
            }
            _ => None,
        }),
        _ => Ok(None),
    }
}

/// Assignable function attributes.
pub fn function_setattr(vm: &mut Vm, obj: &Value, name: &str, v: &Value) -> PyResult<bool> {
    let Some(Payload::Function(f)) = obj.payload() else {
        return Ok(false);
    };
    let cell = match name {
        "__name__" | "__qualname__" => {
            if v.as_str().is_none() {
                return Err(vm.type_error(format!("{name} must be set to a string object")));
            }
            if name == "__name__" {
                &f.name
            } else {
                &f.qualname
            }
        }
        "__defaults__" => &f.defaults,
        "__kwdefaults__" => &f.kwdefaults,
        "__doc__" => &f.doc,
        "__module__" => &f.module,
        "__annotations__" => &f.annotations,
        _ => return Ok(false),
    };
    *cell.borrow_mut() = v.clone();
    Ok(true)
}

/// Attributes of property/staticmethod/classmethod objects.
pub fn descr_getattr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    if name == "__isabstractmethod__" {
        // True when a wrapped function is abstract (for `abc`).
        let parts: Vec<Value> = match obj.payload() {
            Some(Payload::Property(p)) => vec![p.fget.clone(), p.fset.clone(), p.fdel.clone()],
            Some(Payload::StaticMethod(f)) | Some(Payload::ClassMethod(f)) => vec![f.clone()],
            _ => return Ok(None),
        };
        for f in parts {
            if !f.is_none() && is_abstract(vm, &f)? {
                return Ok(Some(Value::Bool(true)));
            }
        }
        return Ok(Some(Value::Bool(false)));
    }
    Ok(match (obj.payload(), name) {
        (Some(Payload::Property(p)), "fget") => Some(p.fget.clone()),
        (Some(Payload::Property(p)), "fset") => Some(p.fset.clone()),
        (Some(Payload::Property(p)), "fdel") => Some(p.fdel.clone()),
        (Some(Payload::Property(p)), "__name__") => {
            let n = p.name.borrow().clone();
            (!n.is_null()).then_some(n)
        }
        (Some(Payload::Property(p)), "__doc__") => {
            let (doc, fget) = (&p.doc, &p.fget);
            if doc.is_none() {
                match fget.payload() {
                    Some(Payload::Function(f)) => Some(f.doc.borrow().clone()),
                    _ => Some(Value::None),
                }
            } else {
                Some(doc.clone())
            }
        }
        (Some(Payload::StaticMethod(f)), "__func__")
        | (Some(Payload::ClassMethod(f)), "__func__") => Some(f.clone()),
        _ => None,
    })
}

/// The truth of `f.__isabstractmethod__` (False when absent).
fn is_abstract(vm: &mut Vm, f: &Value) -> PyResult<bool> {
    match vm.get_attr_str(f, "__isabstractmethod__") {
        Ok(v) => vm.truthy(&v),
        Err(e) if vm.err_is(&e, "AttributeError") => Ok(false),
        Err(e) => Err(e),
    }
}

fn method_parts(v: &Value) -> Option<(&Value, &Value)> {
    match v.payload() {
        Some(Payload::BoundMethod { func, receiver }) => Some((func, receiver)),
        _ => None,
    }
}

fn method_eq(_vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (Some(a), Some(b)) = (
        args.first().and_then(method_parts),
        args.get(1).and_then(method_parts),
    ) else {
        return Ok(crate::typeobj::singletons().not_implemented.clone());
    };
    Ok(Value::Bool(a.0.is(b.0) && a.1.is(b.1)))
}

fn method_ne(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(match method_eq(vm, args, kw)? {
        Value::Bool(b) => Value::Bool(!b),
        other => other,
    })
}

/// `hash(bound_method)`: the receiver's identity mixed with the function's hash.
pub fn method_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let Some((func, receiver)) = method_parts(v) else {
        return Ok(0);
    };
    let (func, receiver) = (func.clone(), receiver.clone());
    let x = receiver.identity().rotate_right(4) as i64;
    let y = vm.hash(&func)?;
    let h = x ^ y;
    Ok(if h == -1 { -2 } else { h })
}

fn method_hash_fn(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or(Value::None);
    method_hash(vm, &v).map(Value::Int)
}

/// `f.__call__(*args, **kw)` of functions, builtins and bound methods
/// (so that `hasattr(f, "__call__")` and `collections.abc.Callable` see
/// them callable, as in CPython).
fn call_receiver(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(f) = args.first() else {
        return Err(vm.type_error("descriptor '__call__' needs an argument"));
    };
    vm.call(f, &args[1..], kw)
}

/// Methods of functions and builtin functions.
pub const FUNCTION_METHODS: &[MethodDef] = &[method("__call__", call_receiver)];

/// `method(function, instance)` (CPython's `types.MethodType`).
pub fn method_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("method() takes no keyword arguments"));
    }
    if args.len() != 3 {
        return Err(vm.type_error(format!(
            "method expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    }
    if !vm.is_callable(&args[1]) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if args[2].is_none() {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(Value::Obj(PyObject::new(Payload::BoundMethod {
        func: args[1].clone(),
        receiver: args[2].clone(),
    })))
}

/// `m.__reduce__()`: `(getattr, (m.__self__, m.__func__.__name__))`, so
/// that copies and pickles of a bound method look the method up again.
fn method_reduce(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some((func, receiver)) = args.first().and_then(method_parts) else {
        return Err(vm.type_error("descriptor '__reduce__' requires a 'method' object"));
    };
    let (func, receiver) = (func.clone(), receiver.clone());
    let name = vm.get_attr_str(&func, "__name__")?;
    let getattr = crate::types::object::ns_get(&vm.interp.builtins, "getattr")
        .unwrap_or_else(|| crate::builtins::builtin_fn("getattr", crate::builtins::b_getattr));
    Ok(Value::Obj(PyObject::new_tuple(vec![
        getattr,
        Value::Obj(PyObject::new_tuple(vec![receiver, name])),
    ])))
}

/// Methods of bound-method objects.
pub const METHOD_METHODS: &[MethodDef] = &[
    method("__call__", call_receiver),
    method("__reduce__", method_reduce),
    method("__eq__", method_eq),
    method("__ne__", method_ne),
    method("__hash__", method_hash_fn),
];
