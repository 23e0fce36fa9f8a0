//! Attribute access (`object.__getattribute__` and friends) and access to
//! the locals mapping of non-optimized frames.

use crate::attr_cache::{self, AttrCache};
use crate::names::names;
use crate::object::Payload;
use crate::typeobj::{self, type_data};
use crate::value::Value;
use crate::vm::{class_of, PyResult, Vm};

/// Whether a class attribute is a data descriptor (takes precedence over the instance dict).
fn is_data_descriptor(vm: &Vm, d: &Value) -> bool {
    match d.payload() {
        Some(Payload::Property(_)) | Some(Payload::SlotMember { .. }) => true,
        Some(Payload::Function(_)) | Some(Payload::Builtin(_)) | Some(Payload::Str(_)) => false,
        Some(_) => {
            d.as_obj().is_some_and(|o| o.class.is_some())
                && vm.lookup_special(d, &names().__set__).is_some()
        }
        None => false,
    }
}

impl Vm {
    /// `getattr(obj, name)` for a str name given as a Rust string.
    pub fn get_attr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let n = crate::intern::intern(name);
        self.get_attr(obj, &n)
    }

    /// `getattr(obj, name)` (name is a str value).
    pub fn get_attr(&mut self, obj: &Value, name: &Value) -> PyResult<Value> {
        match self.get_attr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => {
                // __getattr__ hook.
                let hook = if typeobj::special_flags(class_of(obj)) & typeobj::HAS_GETATTR != 0 {
                    self.lookup_special(obj, &names().__getattr__)
                } else {
                    None
                };
                if let Some(hook) = hook {
                    return self.call_descriptor_as_method(
                        &hook,
                        obj,
                        &[obj.clone(), name.clone()],
                    );
                }
                Err(self.no_attribute(obj, name))
            }
        }
    }

    /// The AttributeError for a missing attribute, with CPython's message.
    pub fn no_attribute(&self, obj: &Value, name: &Value) -> crate::vm::PyErr {
        let n = name.as_str().unwrap_or("?");
        let msg = match obj.payload() {
            Some(Payload::Type(t)) => {
                format!("type object '{}' has no attribute '{}'", t.name(), n)
            }
            Some(Payload::Module(m)) => {
                let mname = crate::types::object::ns_get(&m.namespace, "__name__")
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default();
                format!("module '{mname}' has no attribute '{n}'")
            }
            _ => format!("'{}' object has no attribute '{}'", self.type_name(obj), n),
        };
        let e = self.attribute_error(msg);
        let _ = crate::types::object::set_instance_attr(&e, "name", name.clone());
        let _ = crate::types::object::set_instance_attr(&e, "obj", obj.clone());
        e
    }

    /// Attribute lookup without `__getattr__`; `None` when absent.
    pub fn get_attr_opt(&mut self, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
        // A user-defined __getattribute__ replaces everything.
        if let Value::Obj(o) = obj {
            if o.class.is_some()
                && typeobj::special_flags(class_of(obj)) & typeobj::CUSTOM_GETATTRIBUTE != 0
            {
                if let Some(ga) = self.lookup_special(obj, &names().__getattribute__) {
                    if !matches!(ga.payload(), Some(Payload::Builtin(_))) {
                        return match self.call_descriptor_as_method(
                            &ga,
                            obj,
                            &[obj.clone(), name.clone()],
                        ) {
                            Ok(v) => Ok(Some(v)),
                            Err(e) if self.err_is(&e, "AttributeError") => {
                                if self.lookup_special(obj, &names().__getattr__).is_some() {
                                    Ok(None)
                                } else {
                                    Err(e)
                                }
                            }
                            Err(e) => Err(e),
                        };
                    }
                }
            }
        }
        self.generic_getattr(obj, name)
    }

    /// `object.__getattribute__(obj, name)` without `__getattr__`; `None` when absent.
    pub fn generic_getattr(&mut self, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
        if let Some(Payload::Super { .. }) = obj.payload() {
            if let Some(v) = crate::types::descr::super_getattr(self, obj, name)? {
                return Ok(Some(v));
            }
        }
        if let Value::Obj(o) = obj {
            if let Payload::Type(_) = &o.payload {
                return self.type_getattr(obj, name);
            }
            if let Payload::Module(m) = &o.payload {
                if let Some(v) = crate::types::object::ns_get_value(&m.namespace, name) {
                    return Ok(Some(v));
                }
            }
        }
        let cls = class_of(obj);
        let attr = typeobj::lookup(cls, name);
        if let Some(a) = &attr {
            if is_data_descriptor(self, a) {
                return self.get_data_descriptor(a, obj).map(Some);
            }
        }
        if let Value::Obj(o) = obj {
            if let Some(d) = o.dict.get() {
                if let Some(v) = crate::types::object::ns_get_value(d, name) {
                    return Ok(Some(v));
                }
            }
        }
        if let Some(a) = attr {
            return self.bind_descriptor(&a, obj).map(Some);
        }
        crate::types::builtin_getattr(self, obj, name)
    }

    fn get_data_descriptor(&mut self, d: &Value, obj: &Value) -> PyResult<Value> {
        match d.payload() {
            Some(Payload::SlotMember { name, index }) => {
                let v = match obj.payload() {
                    Some(Payload::Object(slots)) => {
                        slots.borrow().get(*index).cloned().unwrap_or(Value::Null)
                    }
                    _ => Value::Null,
                };
                if v.is_null() {
                    return Err(self.no_attribute(obj, name));
                }
                Ok(v)
            }
            _ => self.bind_descriptor(d, obj),
        }
    }

    /// Attribute lookup on a class: its MRO, then the metaclass.
    fn type_getattr(&mut self, cls_v: &Value, name: &Value) -> PyResult<Option<Value>> {
        let Some(cls) = cls_v.as_obj().cloned() else {
            return Ok(None);
        };
        if crate::types::typeobj::is_abstractmethods_name(name) {
            // A data descriptor of `type` (reads the class's own entry).
            return crate::types::typeobj::get_abstractmethods(self, &cls).map(Some);
        }
        let meta = class_of(cls_v).clone();
        let meta_attr = typeobj::lookup(&meta, name);
        if let Some(a) = &meta_attr {
            if is_data_descriptor(self, a) {
                return self.bind_descriptor(a, cls_v).map(Some);
            }
        }
        if let Some(a) = typeobj::lookup(&cls, name) {
            return Ok(Some(match a.payload() {
                Some(Payload::StaticMethod(f)) => f.clone(),
                Some(Payload::ClassMethod(f)) => {
                    crate::vm::call::bound_method(f.clone(), cls_v.clone())
                }
                Some(Payload::Builtin(b))
                    if b.kind == crate::function::BuiltinKind::ClassMethod =>
                {
                    crate::vm::call::bound_method(a.clone(), cls_v.clone())
                }
                Some(Payload::Function(_))
                | Some(Payload::Builtin(_))
                | Some(Payload::Property(_)) => a,
                Some(_) if a.as_obj().is_some_and(|o| o.class.is_some()) => {
                    if let Some(get) = self.lookup_special(&a, &names().__get__) {
                        self.call_descriptor_as_method(
                            &get,
                            &a,
                            &[a.clone(), Value::None, cls_v.clone()],
                        )?
                    } else {
                        a
                    }
                }
                _ => a,
            }));
        }
        if let Some(v) = crate::types::builtin_getattr(self, cls_v, name)? {
            return Ok(Some(v));
        }
        if let Some(a) = meta_attr {
            return self.bind_descriptor(&a, cls_v).map(Some);
        }
        Ok(None)
    }

    /// `obj.name = value`.
    pub fn set_attr(
        &mut self,
        obj: &Value,
        name: &Value,
        value: crate::value::Value,
    ) -> PyResult<()> {
        let cls = class_of(obj);
        if let Value::Obj(o) = obj {
            if o.class.is_some() && typeobj::special_flags(cls) & typeobj::CUSTOM_SETATTR != 0 {
                if let Some(sa) = self.lookup_special(obj, &names().__setattr__) {
                    if !matches!(sa.payload(), Some(Payload::Builtin(_))) {
                        self.call_descriptor_as_method(
                            &sa,
                            obj,
                            &[obj.clone(), name.clone(), value],
                        )?;
                        return Ok(());
                    }
                }
            }
        }
        self.generic_setattr(obj, cls, name, value)
    }

    /// `object.__setattr__(obj, name, value)`.
    pub fn generic_setattr(
        &mut self,
        obj: &Value,
        cls: &crate::value::ObjRef,
        name: &Value,
        value: Value,
    ) -> PyResult<()> {
        if let Some(d) = typeobj::lookup(cls, name) {
            match d.payload() {
                Some(Payload::Property(p)) => {
                    if p.fset.is_none() {
                        let msg = p.missing_accessor_message(&self.type_name(obj), "setter");
                        return Err(self.attribute_error(msg));
                    }
                    let fset = p.fset.clone();
                    self.call(&fset, &[obj.clone(), value], &[])?;
                    return Ok(());
                }
                Some(Payload::SlotMember { index, .. }) => {
                    if let Some(Payload::Object(slots)) = obj.payload() {
                        let old = std::mem::replace(&mut slots.borrow_mut()[*index], value);
                        drop(old);
                        return Ok(());
                    }
                }
                _ => {
                    if d.as_obj().is_some_and(|o| o.class.is_some()) {
                        if let Some(set) = self.lookup_special(&d, &names().__set__) {
                            self.call_descriptor_as_method(
                                &set,
                                &d,
                                &[d.clone(), obj.clone(), value],
                            )?;
                            return Ok(());
                        }
                    }
                }
            }
        }
        if let Value::Obj(o) = obj {
            match &o.payload {
                Payload::Type(t) => {
                    if crate::types::typeobj::is_abstractmethods_name(name) {
                        return crate::types::typeobj::set_abstractmethods(self, o, Some(value));
                    }
                    if t.builtin {
                        return Err(self.type_error(format!(
                            "cannot set '{}' attribute of immutable type '{}'",
                            name.as_str().unwrap_or("?"),
                            t.name()
                        )));
                    }
                    crate::types::object::ns_set(&t.dict, name.clone(), value);
                    crate::typeobj::invalidate_lookup_cache();
                    return Ok(());
                }
                Payload::Module(m) => {
                    crate::types::object::ns_set(&m.namespace, name.clone(), value);
                    return Ok(());
                }
                Payload::Function(_) | Payload::Exception(_) => {
                    if crate::types::set_builtin_attr(self, obj, name, &value)? {
                        return Ok(());
                    }
                    let d = o.dict.get_or_init(|| self.new_dict());
                    crate::types::object::ns_set(d, name.clone(), value);
                    return Ok(());
                }
                // Frames have no `__dict__`: only their own attributes.
                Payload::Frame(_) if crate::types::set_builtin_attr(self, obj, name, &value)? => {
                    return Ok(());
                }
                _ => {}
            }
            if o.class.is_some()
                && type_data(&o.class.clone().unwrap_or_else(|| cls.clone())).instance_dict
            {
                let d = o.dict.get_or_init(|| self.new_dict());
                crate::types::object::ns_set(d, name.clone(), value);
                return Ok(());
            }
        }
        let n = name.as_str().unwrap_or("?");
        if name.as_str() != Some("__class__")
            && crate::types::builtin_getattr(self, obj, name)?.is_some()
        {
            return Err(self.attribute_error(format!(
                "attribute '{}' of '{}' objects is not writable",
                n,
                self.type_name(obj)
            )));
        }
        if typeobj::lookup(cls, name).is_some() {
            return Err(self.attribute_error(format!(
                "'{}' object attribute '{}' is read-only",
                self.type_name(obj),
                n
            )));
        }
        Err(self.attribute_error(format!(
            "'{}' object has no attribute '{}' and no __dict__ for setting new attributes",
            self.type_name(obj),
            n
        )))
    }

    /// `del obj.name`.
    pub fn del_attr(&mut self, obj: &Value, name: &Value) -> PyResult<()> {
        if let Value::Obj(o) = obj {
            if let Payload::Frame(_) = &o.payload {
                return crate::types::frame::delattr(self, obj, name.as_str().unwrap_or("?"));
            }
            if o.class.is_some() {
                if let Some(da) = self.lookup_special(obj, &names().__delattr__) {
                    if !matches!(da.payload(), Some(Payload::Builtin(_))) {
                        self.call_descriptor_as_method(&da, obj, &[obj.clone(), name.clone()])?;
                        return Ok(());
                    }
                }
            }
            if matches!(o.payload, Payload::Type(_))
                && crate::types::typeobj::is_abstractmethods_name(name)
            {
                return crate::types::typeobj::set_abstractmethods(self, o, None);
            }
            let cls = class_of(obj).clone();
            if let Some(d) = typeobj::lookup(&cls, name) {
                match d.payload() {
                    Some(Payload::Property(p)) => {
                        if p.fdel.is_none() {
                            let msg = p.missing_accessor_message(&self.type_name(obj), "deleter");
                            return Err(self.attribute_error(msg));
                        }
                        let fdel = p.fdel.clone();
                        self.call(&fdel, std::slice::from_ref(obj), &[])?;
                        return Ok(());
                    }
                    Some(Payload::SlotMember { index, .. }) => {
                        if let Some(Payload::Object(slots)) = obj.payload() {
                            let old =
                                std::mem::replace(&mut slots.borrow_mut()[*index], Value::Null);
                            if old.is_null() {
                                return Err(self.no_attribute(obj, name));
                            }
                            return Ok(());
                        }
                    }
                    _ => {}
                }
            }
            let ns = match &o.payload {
                Payload::Type(t) if !t.builtin => Some(t.dict.clone()),
                Payload::Module(m) => Some(m.namespace.clone()),
                _ => o.dict.get().cloned(),
            };
            if let Some(ns) = ns {
                if crate::types::object::ns_del(&ns, name) {
                    crate::typeobj::invalidate_lookup_cache();
                    return Ok(());
                }
            }
        }
        Err(self.no_attribute(obj, name))
    }

    /// `obj.name` prepared for a call: `(function, obj)` when the attribute
    /// is a plain method on the class (no bound method is allocated), else
    /// `(attribute, Null)`.
    pub fn load_method(&mut self, obj: Value, name: &Value) -> PyResult<(Value, Value)> {
        let plain_instance = match &obj {
            Value::Obj(o) => !matches!(
                o.payload,
                Payload::Type(_) | Payload::Module(_) | Payload::Super { .. }
            ),
            _ => true,
        };
        if plain_instance {
            let cls = class_of(&obj);
            let custom_getattribute = obj.as_obj().is_some_and(|o| o.class.is_some())
                && typeobj::special_flags(cls) & typeobj::CUSTOM_GETATTRIBUTE != 0;
            if !custom_getattribute {
                if let Some(a) = typeobj::lookup(cls, name) {
                    let is_method = match a.payload() {
                        Some(Payload::Function(_)) => true,
                        Some(Payload::Builtin(b)) => b.kind == crate::function::BuiltinKind::Method,
                        _ => false,
                    };
                    if is_method {
                        let shadowed = obj
                            .as_obj()
                            .and_then(|o| o.dict.get())
                            .is_some_and(|d| crate::types::object::ns_get_value(d, name).is_some());
                        if !shadowed {
                            return Ok((a, obj));
                        }
                    }
                }
            }
        }
        let v = self.get_attr(&obj, name)?;
        Ok((v, Value::Null))
    }

    /// After a successful `obj.name` (name number `i` of the running code)
    /// by the full protocol, fills the site's cache entry when the result
    /// came from a module namespace or an instance dict (see `attr_cache.rs`).
    pub fn note_attr_load(&self, cache: &AttrCache, i: usize, obj: &Value, name: &Value) {
        let Value::Obj(o) = obj else {
            return;
        };
        match &o.payload {
            Payload::Module(m) => {
                if let Some(index) = attr_cache::index_of(&m.namespace, name) {
                    cache.fill_load_module(i, index);
                }
            }
            Payload::Type(_) | Payload::Super { .. } => {}
            _ => {
                let (Some(cls), Some(d)) = (&o.class, o.dict.get()) else {
                    return;
                };
                if typeobj::special_flags(cls) & typeobj::CUSTOM_GETATTRIBUTE != 0
                    || typeobj::lookup(cls, name).is_some_and(|a| is_data_descriptor(self, &a))
                {
                    return;
                }
                if let Some(index) = attr_cache::index_of(d, name) {
                    cache.fill_load_instance(i, cls, index);
                }
            }
        }
    }

    /// After a successful `obj.name = value` by the full protocol, fills the
    /// site's cache entry when the value went into an instance dict.
    pub fn note_attr_store(&self, cache: &AttrCache, i: usize, obj: &Value, name: &Value) {
        let Value::Obj(o) = obj else {
            return;
        };
        if matches!(
            o.payload,
            Payload::Type(_) | Payload::Module(_) | Payload::Function(_) | Payload::Exception(_)
        ) {
            return;
        }
        let (Some(cls), Some(d)) = (&o.class, o.dict.get()) else {
            return;
        };
        if typeobj::special_flags(cls) & typeobj::CUSTOM_SETATTR != 0
            || typeobj::lookup(cls, name).is_some_and(|a| is_data_descriptor(self, &a))
        {
            return;
        }
        if let Some(index) = attr_cache::index_of(d, name) {
            cache.fill_store(i, cls, index);
        }
    }

    /// Reads `name` from a locals mapping (a dict, or any mapping for class bodies).
    pub fn mapping_get(&mut self, m: &Value, name: &Value) -> PyResult<Option<Value>> {
        match m.payload() {
            Some(Payload::Dict(d)) if m.as_obj().is_some_and(|o| o.class.is_none()) => {
                let h = crate::vm::str_hash(name.as_obj().unwrap_or_else(|| unreachable_name()));
                Ok(d.borrow().get_str(name, h).cloned())
            }
            None => Ok(None),
            _ => match self.getitem(m, name) {
                Ok(v) => Ok(Some(v)),
                Err(e) if self.err_is(&e, "KeyError") => Ok(None),
                Err(e) => Err(e),
            },
        }
    }

    /// Writes `name` into a locals mapping.
    pub fn mapping_set(&mut self, m: &Value, name: Value, v: Value) -> PyResult<()> {
        match m.payload() {
            Some(Payload::Dict(_)) if m.as_obj().is_some_and(|o| o.class.is_none()) => {
                if let Some(o) = m.as_obj() {
                    crate::types::object::ns_set(o, name, v);
                }
                Ok(())
            }
            _ => self.setitem(m, &name, v),
        }
    }

    /// Deletes `name` from a locals mapping; false when absent.
    pub fn mapping_del(&mut self, m: &Value, name: &Value) -> PyResult<bool> {
        match m.payload() {
            Some(Payload::Dict(_)) if m.as_obj().is_some_and(|o| o.class.is_none()) => Ok(m
                .as_obj()
                .is_some_and(|o| crate::types::object::ns_del(o, name))),
            _ => match self.delitem(m, name) {
                Ok(()) => Ok(true),
                Err(e) if self.err_is(&e, "KeyError") => Ok(false),
                Err(e) => Err(e),
            },
        }
    }
}

#[cold]
fn unreachable_name() -> &'static crate::value::ObjRef {
    &crate::typeobj::types().str_
}
