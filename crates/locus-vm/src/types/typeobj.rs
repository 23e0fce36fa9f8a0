//! `type`: class creation (`type(name, bases, ns)` and the `class`
//! statement), class attributes, and code-object attributes.

use crate::gil_rc::GilRc;

use crate::dict::Dict;
use crate::names::names;
use crate::object::{Payload, PyCell, PyObject};
use crate::typeobj::{compute_mro, method, type_data, types, Layout, MethodDef, TypeData};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// `type(x)` / `type(name, bases, ns)` (args[0] is the metaclass).
pub fn type_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    match args.len() {
        2 => Ok(Value::Obj(vm.class_of(&args[1]))),
        4 => {
            let meta = args[0]
                .as_obj()
                .cloned()
                .unwrap_or_else(|| types().type_.clone());
            let Some(name) = args[1].as_str().map(str::to_string) else {
                return Err(vm.type_error(format!(
                    "type.__new__() argument 1 must be str, not {}",
                    vm.type_name(&args[1])
                )));
            };
            let bases = match args[2].payload() {
                Some(Payload::Tuple(t)) => t.to_vec(),
                _ => {
                    return Err(vm.type_error(format!(
                        "type.__new__() argument 2 must be tuple, not {}",
                        vm.type_name(&args[2])
                    )))
                }
            };
            if !matches!(args[3].payload(), Some(Payload::Dict(_))) {
                return Err(vm.type_error(format!(
                    "type.__new__() argument 3 must be dict, not {}",
                    vm.type_name(&args[3])
                )));
            }
            create_class(vm, &meta, &name, &bases, &args[3], kw).map(Value::Obj)
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

/// Creates a class: computes the MRO and layout, copies the namespace,
/// sets up `__slots__`, fills `__classcell__`, calls `__set_name__` and the
/// parent's `__init_subclass__`.
pub fn create_class(
    vm: &mut Vm,
    meta: &ObjRef,
    name: &str,
    bases: &[Value],
    ns: &Value,
    kw: &[(Value, Value)],
) -> PyResult<ObjRef> {
    let mut base_refs: Vec<ObjRef> = Vec::new();
    for b in bases {
        match b.payload() {
            Some(Payload::Type(t)) => {
                if t.builtin && matches!(t.layout, Layout::Other) && !t.name().ends_with("Error") {
                    let n = t.name();
                    if n == "bool"
                        || n == "NoneType"
                        || n == "range"
                        || n == "slice"
                        || n == "function"
                        || n == "FrameLocalsProxy"
                        || n == "frame"
                    {
                        return Err(
                            vm.type_error(format!("type '{n}' is not an acceptable base type"))
                        );
                    }
                }
                base_refs.push(
                    b.as_obj()
                        .cloned()
                        .unwrap_or_else(|| types().object.clone()),
                );
            }
            _ => return Err(vm.type_error("bases must be types")),
        }
    }
    for (i, b) in base_refs.iter().enumerate() {
        if base_refs[..i].iter().any(|x| GilRc::ptr_eq(x, b)) {
            return Err(vm.type_error(format!("duplicate base class {}", type_data(b).name())));
        }
    }
    if base_refs.is_empty() {
        base_refs.push(types().object.clone());
    }
    let mro = compute_mro(&base_refs).map_err(|m| vm.type_error(m))?;
    let layout = mro
        .iter()
        .map(|c| type_data(c).layout)
        .find(|l| *l != Layout::Object && *l != Layout::Other)
        .unwrap_or(Layout::Object);
    // Copy the namespace into a fresh dict.
    let mut dict = Dict::new();
    let items: Vec<(Value, Value)> = match ns.payload() {
        Some(Payload::Dict(d)) => d
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect(),
        _ => {
            let keys = vm.call_method_by_name(ns, "keys", &[])?;
            let mut out = Vec::new();
            for k in vm.collect(&keys)? {
                let v = vm.getitem(ns, &k)?;
                out.push((k, v));
            }
            out
        }
    };
    let mut classcell = Value::Null;
    let mut slot_names: Vec<Value> = Vec::new();
    let mut has_slots = false;
    for (k, v) in items {
        match k.as_str() {
            Some("__classcell__") => {
                classcell = v;
                continue;
            }
            Some("__slots__") => {
                has_slots = true;
                slot_names = match v.as_str() {
                    Some(_) => vec![v.clone()],
                    None => vm.collect(&v)?,
                };
            }
            _ => {}
        }
        let h = vm.hash(&k)?;
        let v = match (k.as_str(), v.payload()) {
            (Some("__new__"), Some(Payload::Function(_))) => {
                Value::Obj(PyObject::new(Payload::StaticMethod(v)))
            }
            (Some("__init_subclass__" | "__class_getitem__"), Some(Payload::Function(_))) => {
                Value::Obj(PyObject::new(Payload::ClassMethod(v)))
            }
            _ => v,
        };
        dict.set_fast(h, k, v);
    }
    // A class that defines `__eq__` but not `__hash__` is unhashable.
    let eq_key = names().__eq__.clone();
    let hash_key = names().__hash__.clone();
    let (eq_h, hash_h) = (vm.hash(&eq_key)?, vm.hash(&hash_key)?);
    if dict.get_str(&eq_key, eq_h).is_some() && dict.get_str(&hash_key, hash_h).is_none() {
        dict.set_fast(hash_h, hash_key, Value::None);
    }
    // `__module__` defaults to the calling module's `__name__`.
    let module_key = names().__module__.clone();
    let module_h = vm.hash(&module_key)?;
    if dict.get_str(&module_key, module_h).is_none() {
        let caller_name = vm
            .call_stack
            .last()
            .and_then(|f| crate::types::object::ns_get(&f.globals, "__name__"));
        if let Some(n) = caller_name {
            dict.set_fast(module_h, module_key, n);
        }
    }
    let base_slots: usize = mro.iter().map(|c| type_data(c).nslots).max().unwrap_or(0);
    let mut nslots = base_slots;
    for s in &slot_names {
        if s.as_str() == Some("__dict__") {
            continue;
        }
        let h = vm.hash(s)?;
        let member = Value::Obj(PyObject::new(Payload::SlotMember {
            name: s.clone(),
            index: nslots,
        }));
        dict.set_fast(h, s.clone(), member);
        nslots += 1;
    }
    let instance_dict = !has_slots
        || slot_names.iter().any(|s| s.as_str() == Some("__dict__"))
        || mro.iter().any(|c| type_data(c).instance_dict);
    let qualname = {
        let key = names().__qualname__.clone();
        let h = vm.hash(&key)?;
        match dict
            .get_str(&key, h)
            .and_then(|q| q.as_str().map(str::to_string))
        {
            Some(q) => q,
            None => name.to_string(),
        }
    };
    {
        let key = names().__qualname__.clone();
        let h = vm.hash(&key)?;
        if let crate::dict::FastFind::Found(i) = dict.find_fast(&key, h) {
            dict.remove_at(i);
        }
    }
    if dict
        .get_str(&names().__doc__, vm.hash(&names().__doc__)?)
        .is_none()
    {
        let h = vm.hash(&names().__doc__)?;
        dict.set_fast(h, names().__doc__.clone(), Value::None);
    }
    let flags = crate::typeobj::inherited_flags(&mro);
    let data = TypeData {
        name: PyCell::new(name.to_string()),
        qualname: PyCell::new(qualname),
        bases: base_refs.clone(),
        mro,
        dict: PyObject::new_dict(dict),
        layout,
        builtin: false,
        ctor: None,
        instance_dict,
        nslots,
        subclasses: PyCell::new(Vec::new()),
        special_cache: std::sync::atomic::AtomicU64::new(0),
        flags: std::sync::atomic::AtomicU32::new(flags),
        is_abstract: std::sync::atomic::AtomicBool::new(false),
    };
    let cls = if GilRc::ptr_eq(meta, &types().type_) {
        PyObject::new(Payload::Type(Box::new(data)))
    } else {
        PyObject::with_class(meta.clone(), Payload::Type(Box::new(data)))
    };
    for b in &base_refs {
        let mut subs = type_data(b).subclasses.borrow_mut();
        subs.retain(|w| w.strong_count() > 0);
        subs.push(GilRc::downgrade(&cls));
    }
    crate::typeobj::invalidate_lookup_cache();
    let cls_v = Value::Obj(cls.clone());
    if let Some(Payload::Cell(c)) = classcell.payload() {
        c.set(cls_v.clone());
    }
    // __set_name__ on descriptors.
    let entries: Vec<(Value, Value)> = match &type_data(&cls).dict.payload {
        Payload::Dict(d) => d
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect(),
        _ => Vec::new(),
    };
    for (k, v) in entries {
        if let Some(Payload::Property(p)) = v.payload() {
            *p.name.borrow_mut() = k.clone();
        }
        if v.as_obj().is_some_and(|o| o.class.is_some()) {
            if let Some(f) = vm.lookup_special(&v, &names().__set_name__) {
                vm.call_descriptor_as_method(&f, &v, &[v.clone(), cls_v.clone(), k.clone()])?;
            }
        }
    }
    // Parent's __init_subclass__.
    let sup = Value::Obj(PyObject::new(Payload::Super {
        this_class: cls.clone(),
        receiver: cls_v.clone(),
    }));
    if let Some(init_sub) =
        crate::types::descr::super_getattr(vm, &sup, &names().__init_subclass__)?
    {
        vm.call(&init_sub, &[], kw)?;
    }
    Ok(cls)
}

/// Class attributes provided by the type payload.
pub fn type_getattr(_vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(o) = obj.as_obj() else {
        return Ok(None);
    };
    let t = type_data(o);
    Ok(match name {
        "__name__" => Some(Value::str(t.name())),
        "__qualname__" => Some(Value::str(t.qualname.borrow().clone())),
        "__mro__" => Some(Value::Obj(PyObject::new_tuple(
            crate::typeobj::full_mro(o)
                .into_iter()
                .map(Value::Obj)
                .collect(),
        ))),
        "__bases__" => Some(Value::Obj(PyObject::new_tuple(
            t.bases.iter().cloned().map(Value::Obj).collect(),
        ))),
        "__base__" => Some(t.bases.first().cloned().map_or(Value::None, Value::Obj)),
        "__module__" if t.builtin => Some(Value::str("builtins")),
        "__doc__" if t.builtin => Some(Value::None),
        _ => None,
    })
}

fn type_mro(_vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(o) = args.first().and_then(|a| a.as_obj()) else {
        return Ok(Value::None);
    };
    Ok(Value::Obj(PyObject::new_list(
        crate::typeobj::full_mro(o)
            .into_iter()
            .map(Value::Obj)
            .collect(),
    )))
}

fn type_call(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(cls) = args.first() else {
        return Err(vm.type_error("descriptor '__call__' needs an argument"));
    };
    vm.call_type_default(cls, &args[1..], kw)
}

fn type_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    // Formats the class itself: going through `repr()` would find this
    // very method again on a metaclass instance.
    let Some(v) = args.first() else {
        return Err(vm.type_error("descriptor '__repr__' of 'type' object needs an argument"));
    };
    match v.as_obj() {
        Some(c) if matches!(c.payload, Payload::Type(_)) => Ok(Value::str(vm.class_repr(c))),
        _ => Err(vm.type_error(format!(
            "descriptor '__repr__' requires a 'type' object but received a '{}'",
            vm.type_name(v)
        ))),
    }
}

fn type_subclasscheck(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    match (
        args.first().and_then(|a| a.as_obj()),
        args.get(1).and_then(|a| a.as_obj()),
    ) {
        (Some(c), Some(sub)) if matches!(sub.payload, Payload::Type(_)) => {
            Ok(Value::Bool(crate::typeobj::is_subtype(sub, c)))
        }
        _ => Err(vm.type_error("issubclass() arg 1 must be a class")),
    }
}

fn type_instancecheck(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    match (args.first().and_then(|a| a.as_obj()), args.get(1)) {
        (Some(c), Some(inst)) => Ok(Value::Bool(vm.is_instance(inst, c))),
        _ => Ok(Value::Bool(false)),
    }
}

fn type_subclasses(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(cls) = args
        .first()
        .and_then(|a| a.as_obj())
        .filter(|o| matches!(o.payload, Payload::Type(_)))
    else {
        return Err(vm.type_error("descriptor '__subclasses__' requires a 'type' object"));
    };
    let live: Vec<Value> = type_data(cls)
        .subclasses
        .borrow()
        .iter()
        .filter_map(|w| w.upgrade())
        .map(Value::Obj)
        .collect();
    Ok(Value::Obj(PyObject::new_list(live)))
}

// ---------------------------------------------------------------
// `__abstractmethods__` (what `abc.ABCMeta` sets; CPython's getset on `type`)
// ---------------------------------------------------------------

/// Whether `name` is `__abstractmethods__`.
pub fn is_abstractmethods_name(name: &Value) -> bool {
    name.as_str() == Some("__abstractmethods__")
}

/// `cls.__abstractmethods__`: the class's own namespace entry (not
/// inherited); `type` itself has none.
pub fn get_abstractmethods(vm: &mut Vm, cls: &ObjRef) -> PyResult<Value> {
    let own = if GilRc::ptr_eq(cls, &types().type_) {
        None
    } else {
        crate::types::object::ns_get_value(&type_data(cls).dict, &names().__abstractmethods__)
    };
    own.ok_or_else(|| vm.attribute_error("__abstractmethods__"))
}

/// `cls.__abstractmethods__ = value` (`Some`) or `del cls.__abstractmethods__`
/// (`None`): stores the entry and sets the flag `object.__new__` checks to
/// the truth of the value.
pub fn set_abstractmethods(vm: &mut Vm, cls: &ObjRef, value: Option<Value>) -> PyResult<()> {
    let t = type_data(cls);
    if t.builtin {
        return Err(vm.type_error(format!(
            "cannot set '__abstractmethods__' attribute of immutable type '{}'",
            t.name()
        )));
    }
    let key = names().__abstractmethods__.clone();
    let abstract_ = match value {
        Some(v) => {
            let truth = vm.truthy(&v)?;
            crate::types::object::ns_set(&t.dict, key, v);
            truth
        }
        None => {
            if !crate::types::object::ns_del(&t.dict, &key) {
                return Err(vm.attribute_error("__abstractmethods__"));
            }
            false
        }
    };
    t.is_abstract
        .store(abstract_, std::sync::atomic::Ordering::Relaxed);
    crate::typeobj::invalidate_lookup_cache();
    Ok(())
}

/// Whether instances of `cls` cannot be created (see [`set_abstractmethods`]).
pub fn is_abstract(cls: &ObjRef) -> bool {
    type_data(cls)
        .is_abstract
        .load(std::sync::atomic::Ordering::Relaxed)
}

/// CPython's error for instantiating an abstract class: "Can't instantiate
/// abstract class A without an implementation for abstract methods 'f', 'g'"
/// (names sorted).
pub fn abstract_instantiation_error(vm: &mut Vm, cls: &ObjRef) -> crate::vm::PyErr {
    let build = |vm: &mut Vm| -> PyResult<String> {
        let methods = get_abstractmethods(vm, cls)?;
        let items = vm.collect(&methods)?;
        let count = items.len();
        let list = Value::Obj(PyObject::new_list(items));
        vm.call_method_by_name(&list, "sort", &[])?;
        let joined = vm.call_method_by_name(&Value::str("', '"), "join", &[list])?;
        Ok(format!(
            "Can't instantiate abstract class {} without an implementation for abstract method{} '{}'",
            type_data(cls).name(),
            if count > 1 { "s" } else { "" },
            joined.as_str().unwrap_or_default()
        ))
    };
    match build(vm) {
        Ok(msg) => vm.type_error(msg),
        Err(e) => e,
    }
}

/// `type`'s methods.
pub const METHODS: &[MethodDef] = &[
    method("mro", type_mro),
    method("__subclasses__", type_subclasses),
    method("__call__", type_call),
    method("__repr__", type_repr),
    method("__subclasscheck__", type_subclasscheck),
    method("__instancecheck__", type_instancecheck),
];
