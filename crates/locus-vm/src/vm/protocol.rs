//! The core object protocols: repr/str, hashing, equality and ordering,
//! truth, length, iteration and item access. Builtin payloads are handled
//! directly; everything else goes through the class's special methods.

use crate::gil_rc::GilRc;

use num_bigint::BigInt;

use crate::names::names;
use crate::object::{Payload, PyObject};
use crate::typeobj::{self, type_data};
use crate::value::{ObjRef, Value};
use crate::vm::{class_of, PyResult, Vm};
use locus_bytecode::CmpOp;

impl Vm {
    /// Looks a special method up on the class of `v` (never the instance).
    #[inline]
    pub fn lookup_special(&self, v: &Value, name: &Value) -> Option<Value> {
        typeobj::lookup(class_of(v), name)
    }

    /// Calls special method `name` of `v` with `args`; `None` when the class lacks it.
    pub fn call_special(
        &mut self,
        v: &Value,
        name: &Value,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let Some(f) = self.lookup_special(v, name) else {
            return Ok(None);
        };
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(v.clone());
        full.extend_from_slice(args);
        self.call_descriptor_as_method(&f, v, &full).map(Some)
    }

    /// Calls `f` found on the class of `receiver` as a method: functions
    /// get `receiver` first (already in `args`), other descriptors are bound.
    pub fn call_descriptor_as_method(
        &mut self,
        f: &Value,
        receiver: &Value,
        args: &[Value],
    ) -> PyResult<Value> {
        match f.payload() {
            Some(Payload::Function(_)) | Some(Payload::Builtin(_)) => self.call(f, args, &[]),
            _ => {
                let bound = self.bind_descriptor(f, receiver)?;
                self.call(&bound, &args[1..], &[])
            }
        }
    }

    /// Whether `v` has a user-defined class (or a subclass of a builtin).
    #[inline]
    fn has_user_class(v: &Value) -> bool {
        matches!(v, Value::Obj(o) if o.class.is_some())
    }

    // ---------------------------------------------------------------
    // repr / str
    // ---------------------------------------------------------------

    /// `repr(v)` as a Rust string.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        if !Self::has_user_class(v) {
            if let Some(s) = self.repr_builtin(v)? {
                return Ok(s);
            }
        }
        let r = self.call_special(v, &names().__repr__, &[])?;
        match r {
            Some(r) => match r.as_str() {
                Some(s) => Ok(s.to_string()),
                None => Err(self.type_error(format!(
                    "__repr__ returned non-string (type {})",
                    self.type_name(&r)
                ))),
            },
            None => Ok(self.default_repr(v)),
        }
    }

    /// `repr(v)` as a str value.
    pub fn repr_value(&mut self, v: &Value) -> PyResult<Value> {
        Ok(Value::str(self.repr(v)?))
    }

    /// `<module.Class object at 0x...>`
    pub fn default_repr(&self, v: &Value) -> String {
        let cls = class_of(v);
        let module = self.class_module(cls);
        let name = type_data(cls).qualname.borrow().clone();
        if module == "builtins" {
            format!("<{} object at {:#x}>", name, v.identity())
        } else {
            format!("<{}.{} object at {:#x}>", module, name, v.identity())
        }
    }

    /// `<class 'module.Qualname'>`: `type.__repr__` of a class.
    pub fn class_repr(&self, cls: &ObjRef) -> String {
        let module = self.class_module(cls);
        let q = type_data(cls).qualname.borrow().clone();
        if module == "builtins" {
            format!("<class '{q}'>")
        } else {
            format!("<class '{module}.{q}'>")
        }
    }

    /// The `__module__` of a class as a string.
    pub fn class_module(&self, cls: &ObjRef) -> String {
        let t = type_data(cls);
        if t.builtin {
            return "builtins".into();
        }
        let key = &names().__module__;
        let hash = crate::vm::str_hash(key.as_obj().unwrap_or(cls));
        match &t.dict.payload {
            Payload::Dict(d) => d
                .borrow()
                .get_str(key, hash)
                .and_then(|m| m.as_str().map(str::to_string))
                .unwrap_or_else(|| "builtins".into()),
            _ => "builtins".into(),
        }
    }

    /// `str(v)` as a Rust string.
    pub fn to_str(&mut self, v: &Value) -> PyResult<String> {
        if let Some(s) = v.as_str() {
            if !Self::has_user_class(v) {
                return Ok(s.to_string());
            }
        }
        if !Self::has_user_class(v) {
            match v {
                Value::Obj(o) => {
                    if let Payload::Exception(_) = &o.payload {
                        return crate::types::exception::exception_str(self, v);
                    }
                }
                _ => return self.repr(v),
            }
        }
        match self.call_special(v, &names().__str__, &[])? {
            Some(r) => match r.as_str() {
                Some(s) => Ok(s.to_string()),
                None => Err(self.type_error(format!(
                    "__str__ returned non-string (type {})",
                    self.type_name(&r)
                ))),
            },
            None => self.repr(v),
        }
    }

    /// `str(v)` as a value (returns `v` itself for exact strs).
    pub fn to_str_value(&mut self, v: &Value) -> PyResult<Value> {
        if v.as_str().is_some() && !Self::has_user_class(v) {
            return Ok(v.clone());
        }
        Ok(Value::str(self.to_str(v)?))
    }

    fn repr_builtin(&mut self, v: &Value) -> PyResult<Option<String>> {
        Ok(Some(match v {
            Value::Null => "<NULL>".into(),
            Value::None => "None".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => locus_format::float_repr(*f),
            Value::Obj(o) => return self.repr_object(v, o),
        }))
    }

    fn repr_object(&mut self, v: &Value, o: &ObjRef) -> PyResult<Option<String>> {
        Ok(Some(match &o.payload {
            Payload::Str(s) => crate::types::str::repr_str(s.as_str()),
            Payload::BigInt(i) => crate::types::int::bigint_to_decimal(self, i)?,
            Payload::Float(f) => locus_format::float_repr(*f),
            Payload::Complex(re, im) => crate::types::float::complex_repr(*re, *im),
            Payload::Bytes(b) => crate::types::bytes::repr_bytes(b),
            Payload::ByteArray(b) => format!(
                "bytearray({})",
                crate::types::bytes::repr_bytearray_data(&b.borrow())
            ),
            Payload::Tuple(items) => {
                if items.is_empty() {
                    return Ok(Some("()".into()));
                }
                let items = items.clone();
                let guard = self.repr_enter(o)?;
                let Some(_g) = guard else {
                    return Ok(Some("(...)".into()));
                };
                let mut parts = Vec::with_capacity(items.len());
                for it in items.iter() {
                    parts.push(self.repr(it)?);
                }
                self.repr_leave(o);
                if parts.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
            Payload::List(items) => {
                let items: Vec<Value> = items.borrow().clone();
                if items.is_empty() {
                    return Ok(Some("[]".into()));
                }
                let Some(_g) = self.repr_enter(o)? else {
                    return Ok(Some("[...]".into()));
                };
                let mut out = String::from("[");
                for (i, it) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    match self.repr(it) {
                        Ok(s) => out.push_str(&s),
                        Err(e) => {
                            self.repr_leave(o);
                            return Err(e);
                        }
                    }
                }
                self.repr_leave(o);
                out.push(']');
                out
            }
            Payload::Dict(d) => {
                let entries: Vec<(Value, Value)> = d
                    .borrow()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect();
                if entries.is_empty() {
                    return Ok(Some("{}".into()));
                }
                let Some(_g) = self.repr_enter(o)? else {
                    return Ok(Some("{...}".into()));
                };
                let mut out = String::from("{");
                for (i, (k, val)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    let r = self.repr(k).and_then(|ks| Ok((ks, self.repr(val)?)));
                    match r {
                        Ok((ks, vs)) => {
                            out.push_str(&ks);
                            out.push_str(": ");
                            out.push_str(&vs);
                        }
                        Err(e) => {
                            self.repr_leave(o);
                            return Err(e);
                        }
                    }
                }
                self.repr_leave(o);
                out.push('}');
                out
            }
            Payload::Set(_) | Payload::FrozenSet(_) => {
                return crate::types::set::set_repr(self, v).map(Some)
            }
            Payload::Range(r) => crate::types::range::range_repr_string(self, r)?,
            Payload::Slice { start, stop, step } => {
                let (a, b, c) = (start.clone(), stop.clone(), step.clone());
                format!(
                    "slice({}, {}, {})",
                    self.repr(&a)?,
                    self.repr(&b)?,
                    self.repr(&c)?
                )
            }
            Payload::Function(f) => {
                let q = f.qualname.borrow().as_str().unwrap_or("?").to_string();
                format!("<function {} at {:#x}>", q, v.identity())
            }
            Payload::Builtin(b) => {
                if b.owner.is_empty() {
                    format!("<built-in function {}>", b.name)
                } else if b.kind == crate::function::BuiltinKind::StaticMethod {
                    format!(
                        "<built-in method {} of type object at {:#x}>",
                        b.name,
                        v.identity()
                    )
                } else if is_slot_wrapper(b) {
                    format!("<slot wrapper '{}' of '{}' objects>", b.name, b.owner)
                } else {
                    format!("<method '{}' of '{}' objects>", b.name, b.owner)
                }
            }
            Payload::BoundMethod { func, receiver } => {
                let (func, receiver) = (func.clone(), receiver.clone());
                match func.payload() {
                    Some(Payload::Builtin(b)) if is_slot_wrapper(b) => {
                        format!(
                            "<method-wrapper '{}' of {} object at {:#x}>",
                            b.name,
                            self.type_name(&receiver),
                            receiver.identity()
                        )
                    }
                    Some(Payload::Builtin(b)) => {
                        format!(
                            "<built-in method {} of {} object at {:#x}>",
                            b.name,
                            self.type_name(&receiver),
                            receiver.identity()
                        )
                    }
                    _ => {
                        let q = self
                            .get_attr_str(&func, "__qualname__")
                            .ok()
                            .and_then(|q| q.as_str().map(str::to_string))
                            .unwrap_or_default();
                        format!("<bound method {} of {}>", q, self.repr(&receiver)?)
                    }
                }
            }
            Payload::Cell(c) => {
                let inner = c.get();
                if inner.is_null() {
                    format!("<cell at {:#x}: empty>", v.identity())
                } else {
                    format!(
                        "<cell at {:#x}: {} object at {:#x}>",
                        v.identity(),
                        self.type_name(&inner),
                        inner.identity()
                    )
                }
            }
            Payload::Type(_) => self.class_repr(o),
            Payload::Module(m) => {
                let name = crate::types::object::ns_get(&m.namespace, "__name__")
                    .and_then(|n| n.as_str().map(str::to_string))
                    .unwrap_or_else(|| "?".into());
                match crate::types::object::ns_get(&m.namespace, "__file__")
                    .and_then(|f| f.as_str().map(str::to_string))
                {
                    Some(file) => format!("<module '{name}' from '{file}'>"),
                    None => format!("<module '{name}' (built-in)>"),
                }
            }
            Payload::Exception(_) => {
                return crate::types::exception::exception_repr(self, v).map(Some)
            }
            Payload::Generator(g) => {
                format!("<generator object {} at {:#x}>", g.qualname, v.identity())
            }
            Payload::Code(c) => format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.code.name,
                v.identity(),
                c.code.filename,
                c.code.first_line
            ),
            Payload::NotImplemented => "NotImplemented".into(),
            Payload::Ellipsis => "Ellipsis".into(),
            Payload::DictView { kind, dict } => {
                let items = crate::types::dict::view_items(dict, *kind);
                let name = match kind {
                    crate::object::DictViewKind::Keys => "dict_keys",
                    crate::object::DictViewKind::Values => "dict_values",
                    crate::object::DictViewKind::Items => "dict_items",
                };
                let list = Value::Obj(PyObject::new_list(items));
                format!("{}({})", name, self.repr(&list)?)
            }
            Payload::File(f) => format!(
                "<_io.TextIOWrapper name='{}' mode='{}' encoding='utf-8'>",
                f.name, f.mode
            ),
            _ => return Ok(None),
        }))
    }

    /// Starts the repr of a container; `None` when it is already being
    /// printed further up (a self-referencing container prints `[...]`).
    fn repr_enter(&mut self, o: &ObjRef) -> PyResult<Option<()>> {
        self.check_native_stack(" while getting the repr of an object")?;
        let id = GilRc::as_ptr(o) as usize;
        if self.repr_stack.contains(&id) {
            return Ok(None);
        }
        if self.repr_stack.len() >= self.recursion_limit {
            return Err(self.recursion_error(" while getting the repr of an object"));
        }
        self.repr_stack.push(id);
        Ok(Some(()))
    }

    fn repr_leave(&mut self, o: &ObjRef) {
        let id = GilRc::as_ptr(o) as usize;
        if let Some(pos) = self.repr_stack.iter().rposition(|x| *x == id) {
            self.repr_stack.truncate(pos);
        }
    }

    // ---------------------------------------------------------------
    // hash and comparison
    // ---------------------------------------------------------------

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        use crate::hash::*;
        match v {
            Value::Null | Value::None => Ok(0xFCA86420),
            Value::Bool(b) => Ok(*b as i64),
            Value::Int(i) => Ok(hash_i64(*i)),
            Value::Float(f) => Ok(hash_f64(*f).unwrap_or((v.identity() >> 4) as i64)),
            Value::Obj(o) => {
                if o.class.is_none() {
                    match &o.payload {
                        Payload::Str(s) => return Ok(s.hash()),
                        Payload::BigInt(i) => return Ok(hash_bigint(i)),
                        Payload::Tuple(items) => {
                            let items = items.clone();
                            self.check_native_stack("")?;
                            let mut hashes = Vec::with_capacity(items.len());
                            for it in items.iter() {
                                hashes.push(self.hash(it)?);
                            }
                            return Ok(hash_tuple(hashes.into_iter()));
                        }
                        Payload::Bytes(b) => return Ok(hash_bytes(b)),
                        Payload::FrozenSet(t) => return Ok(crate::types::set::frozenset_hash(t)),
                        Payload::Complex(re, im) => {
                            let h = hash_f64(*re)
                                .unwrap_or(0)
                                .wrapping_add(1000003i64.wrapping_mul(hash_f64(*im).unwrap_or(0)));
                            return Ok(if h == -1 { -2 } else { h });
                        }
                        Payload::List(_)
                        | Payload::Dict(_)
                        | Payload::Set(_)
                        | Payload::ByteArray(_)
                        | Payload::FrameLocalsProxy(_)
                        | Payload::DictView {
                            kind:
                                crate::object::DictViewKind::Keys | crate::object::DictViewKind::Items,
                            ..
                        } => {
                            return Err(self
                                .type_error(format!("unhashable type: '{}'", self.type_name(v))));
                        }
                        Payload::Slice { .. } => {
                            return Err(self.type_error("unhashable type: 'slice'"));
                        }
                        Payload::Range { .. } => return crate::types::range::range_hash(self, v),
                        Payload::BoundMethod { .. } => {
                            return crate::types::descr::method_hash(self, v)
                        }
                        _ => return Ok((v.identity() >> 4) as i64),
                    }
                }
                let h = self.lookup_special(v, &names().__hash__);
                match h {
                    Some(Value::None) => {
                        Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
                    }
                    Some(f) => {
                        let r = self.call_descriptor_as_method(&f, v, std::slice::from_ref(v))?;
                        match r {
                            Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                            Value::Bool(b) => Ok(b as i64),
                            Value::Obj(ref o) if matches!(o.payload, Payload::BigInt(_)) => {
                                self.hash(&r)
                            }
                            _ => Err(self.type_error("__hash__ method should return an integer")),
                        }
                    }
                    None => Ok((v.identity() >> 4) as i64),
                }
            }
        }
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = crate::dict::fast_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(a, b, CmpOp::Eq)?;
        self.truthy(&r)
    }

    /// Rich comparison `a op b`.
    pub fn compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        if let Some(r) = self.compare_fast(a, b, op)? {
            return Ok(Value::Bool(r));
        }
        self.check_native_stack(" in comparison")?;
        let (name, reflected) = compare_names(op);
        let b_first = !GilRc::ptr_eq(class_of(a), class_of(b))
            && typeobj::is_subtype(class_of(b), class_of(a))
            && self.lookup_special(b, reflected).is_some();
        if b_first {
            if let Some(r) = self.call_special(b, reflected, std::slice::from_ref(a))? {
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = self.call_special(a, name, std::slice::from_ref(b))? {
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if !b_first {
            if let Some(r) = self.call_special(b, reflected, std::slice::from_ref(a))? {
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::Ne => Ok(Value::Bool(!a.is(b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }

    /// Comparisons of builtin values that need no special-method lookup.
    fn compare_fast(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
        use std::cmp::Ordering;
        let ord: Option<Ordering> = match (a, b) {
            (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
            (Value::Float(x), Value::Float(y)) => {
                return Ok(Some(match op {
                    CmpOp::Lt => x < y,
                    CmpOp::Le => x <= y,
                    CmpOp::Eq => x == y,
                    CmpOp::Ne => x != y,
                    CmpOp::Gt => x > y,
                    CmpOp::Ge => x >= y,
                }))
            }
            _ => {
                if Self::has_user_class(a) || Self::has_user_class(b) {
                    return Ok(None);
                }
                if let (Some(x), Some(y)) = (
                    crate::types::int::as_number(a),
                    crate::types::int::as_number(b),
                ) {
                    return Ok(Some(crate::types::int::compare_numbers(&x, &y, op)));
                }
                match (a.payload(), b.payload()) {
                    (Some(Payload::Str(x)), Some(Payload::Str(y))) => {
                        Some(x.as_str().cmp(y.as_str()))
                    }
                    (Some(Payload::Bytes(x)), Some(Payload::Bytes(y))) => Some(x.cmp(y)),
                    (Some(Payload::Tuple(x)), Some(Payload::Tuple(y))) => {
                        // Tuples are immutable: compared where they lie.
                        return self.compare_sequences(x, y, op).map(Some);
                    }
                    (Some(Payload::List(x)), Some(Payload::List(y))) => {
                        let (x, y) = (x.borrow().clone(), y.borrow().clone());
                        return self.compare_sequences(&x, &y, op).map(Some);
                    }
                    (Some(Payload::Dict(_)), Some(Payload::Dict(_)))
                        if matches!(op, CmpOp::Eq | CmpOp::Ne) =>
                    {
                        let eq = crate::types::dict::dict_eq(self, a, b)?;
                        return Ok(Some(if op == CmpOp::Eq { eq } else { !eq }));
                    }
                    (
                        Some(Payload::Set(_) | Payload::FrozenSet(_)),
                        Some(Payload::Set(_) | Payload::FrozenSet(_)),
                    ) => {
                        return crate::types::set::set_compare(self, a, b, op).map(Some);
                    }
                    (Some(Payload::Range { .. }), Some(Payload::Range { .. }))
                        if matches!(op, CmpOp::Eq | CmpOp::Ne) =>
                    {
                        let eq = crate::types::range::range_eq(a, b);
                        return Ok(Some(if op == CmpOp::Eq { eq } else { !eq }));
                    }
                    _ => None,
                }
            }
        };
        Ok(ord.map(|o| match op {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
        }))
    }

    /// Lexicographic comparison of two sequences.
    pub fn compare_sequences(&mut self, x: &[Value], y: &[Value], op: CmpOp) -> PyResult<bool> {
        self.check_native_stack(" in comparison")?;
        if self.compare_depth >= crate::vm::NATIVE_RECURSION_LIMIT {
            return Err(self.recursion_error(" in comparison"));
        }
        self.compare_depth += 1;
        let r = self.compare_sequences_inner(x, y, op);
        self.compare_depth -= 1;
        r
    }

    fn compare_sequences_inner(&mut self, x: &[Value], y: &[Value], op: CmpOp) -> PyResult<bool> {
        if matches!(op, CmpOp::Eq | CmpOp::Ne) && x.len() != y.len() {
            return Ok(op == CmpOp::Ne);
        }
        for (p, q) in x.iter().zip(y.iter()) {
            if !self.eq(p, q)? {
                if op == CmpOp::Eq {
                    return Ok(false);
                }
                if op == CmpOp::Ne {
                    return Ok(true);
                }
                let r = self.compare(p, q, op)?;
                return self.truthy(&r);
            }
        }
        let (lx, ly) = (x.len(), y.len());
        Ok(match op {
            CmpOp::Lt => lx < ly,
            CmpOp::Le => lx <= ly,
            CmpOp::Eq => lx == ly,
            CmpOp::Ne => lx != ly,
            CmpOp::Gt => lx > ly,
            CmpOp::Ge => lx >= ly,
        })
    }

    // ---------------------------------------------------------------
    // truth, length
    // ---------------------------------------------------------------

    /// `bool(v)`.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        match v {
            Value::Null | Value::None => Ok(false),
            Value::Bool(b) => Ok(*b),
            Value::Int(i) => Ok(*i != 0),
            Value::Float(f) => Ok(*f != 0.0),
            Value::Obj(o) => {
                if o.class.is_none() {
                    let r = match &o.payload {
                        Payload::Str(s) => Some(s.char_len() != 0),
                        Payload::List(l) => Some(!l.borrow().is_empty()),
                        Payload::Tuple(t) => Some(!t.is_empty()),
                        Payload::Dict(d) => Some(!d.borrow().is_empty()),
                        Payload::Set(s) => Some(!s.borrow().is_empty()),
                        Payload::FrozenSet(s) => Some(!s.is_empty()),
                        Payload::BigInt(_) => Some(true),
                        Payload::Complex(a, b) => Some(*a != 0.0 || *b != 0.0),
                        Payload::Bytes(b) => Some(!b.is_empty()),
                        Payload::ByteArray(b) => Some(!b.borrow().is_empty()),
                        Payload::Range(r) => Some(!r.is_empty()),
                        Payload::DictView { dict, .. } => {
                            Some(crate::types::dict::dict_len(dict) != 0)
                        }
                        _ => None,
                    };
                    if let Some(r) = r {
                        return Ok(r);
                    }
                }
                if let Some(r) = self.call_special(v, &names().__bool__, &[])? {
                    return match r {
                        Value::Bool(b) => Ok(b),
                        _ => Err(self.type_error(format!(
                            "__bool__ should return bool, returned {}",
                            self.type_name(&r)
                        ))),
                    };
                }
                if self.lookup_special(v, &names().__len__).is_some() {
                    return Ok(self.len(v)? != 0);
                }
                Ok(true)
            }
        }
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if let Value::Obj(o) = v {
            if o.class.is_none() {
                let n = match &o.payload {
                    Payload::Str(s) => Some(s.char_len()),
                    Payload::List(l) => Some(l.borrow().len()),
                    Payload::Tuple(t) => Some(t.len()),
                    Payload::Dict(d) => Some(d.borrow().len()),
                    Payload::Set(s) => Some(s.borrow().len()),
                    Payload::FrozenSet(s) => Some(s.len()),
                    Payload::Bytes(b) => Some(b.len()),
                    Payload::ByteArray(b) => Some(b.borrow().len()),
                    Payload::Range(r) => Some(crate::types::range::range_length(self, r)?),
                    Payload::DictView { dict, .. } => Some(crate::types::dict::dict_len(dict)),
                    _ => None,
                };
                if let Some(n) = n {
                    return Ok(n);
                }
            }
        }
        match self.call_special(v, &names().__len__, &[])? {
            Some(r) => {
                let n = self.index_value(&r)?;
                match n {
                    Value::Int(i) if i >= 0 => Ok(i as usize),
                    Value::Int(_) => Err(self.value_error("__len__() should return >= 0")),
                    _ => Err(self.error(
                        "OverflowError",
                        "cannot fit 'int' into an index-sized integer",
                    )),
                }
            }
            None => Err(self.type_error(format!(
                "object of type '{}' has no len()",
                self.type_name(v)
            ))),
        }
    }

    /// `operator.index(v)`: an int value (small or big), or TypeError.
    pub fn index_value(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(_) => Ok(v.clone()),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            Value::Obj(o) if matches!(o.payload, Payload::BigInt(_)) && o.class.is_none() => {
                Ok(v.clone())
            }
            _ => match self.call_special(v, &names().__index__, &[])? {
                Some(r) => match r {
                    Value::Int(_) | Value::Bool(_) => self.index_value(&r),
                    Value::Obj(ref o) if matches!(o.payload, Payload::BigInt(_)) => Ok(r),
                    _ => Err(self.type_error(format!(
                        "__index__ returned non-int (type {})",
                        self.type_name(&r)
                    ))),
                },
                None => Err(self.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(v)
                ))),
            },
        }
    }

    /// `operator.index(v)` as an i64, with OverflowError for huge values.
    pub fn index_i64(&mut self, v: &Value) -> PyResult<i64> {
        match self.index_value(v)? {
            Value::Int(i) => Ok(i),
            _ => Err(self.error(
                "OverflowError",
                "Python int too large to convert to C ssize_t",
            )),
        }
    }

    // ---------------------------------------------------------------
    // iteration
    // ---------------------------------------------------------------

    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(it) = crate::iter::builtin_iter(v) {
            return Ok(it);
        }
        if let Some(r) = self.call_special(v, &names().__iter__, &[])? {
            if self.lookup_special(&r, &names().__next__).is_none() {
                return Err(self.type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    self.type_name(&r)
                )));
            }
            return Ok(r);
        }
        if self.lookup_special(v, &names().__getitem__).is_some() {
            return Ok(crate::iter::seq_iter(v.clone()));
        }
        Err(self.type_error(format!("'{}' object is not iterable", self.type_name(v))))
    }

    /// `next(it)`: `None` when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Some(Payload::Iter(_)) = it.payload() {
            if !Self::has_user_class(it) {
                return crate::iter::builtin_next(self, it);
            }
        }
        if let Some(Payload::Generator(_)) = it.payload() {
            return crate::generator::gen_next(self, it);
        }
        match self.call_special(it, &names().__next__, &[]) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => Err(self.type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            ))),
            Err(e) if self.err_is(&e, "StopIteration") => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Collects an iterable into a vector as `list(v)`, `tuple(v)` and
    /// `list.extend(v)` do: an instance of a Python class is asked for its
    /// length after `iter()` (CPython sizes the result with `__len__`, or
    /// `__length_hint__`), which a program can see.
    pub fn collect_sized(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if !Self::has_user_class(v) {
            return self.collect(v);
        }
        let it = self.iter(v)?;
        self.length_hint(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// `operator.length_hint(v)`'s calls, for their effects: `__len__`
    /// (a TypeError from it falls back), then `__length_hint__`.
    fn length_hint(&mut self, v: &Value) -> PyResult<()> {
        if self.lookup_special(v, &names().__len__).is_some() {
            match self.len(v) {
                Ok(_) => return Ok(()),
                Err(e) if self.err_is(&e, "TypeError") => {}
                Err(e) => return Err(e),
            }
        }
        let name = crate::intern::intern("__length_hint__");
        let Some(r) = self.call_special(v, &name, &[])? else {
            return Ok(());
        };
        if r.is(&typeobj::singletons().not_implemented) {
            return Ok(());
        }
        match r {
            Value::Int(n) if n < 0 => Err(self.value_error("__length_hint__() should return >= 0")),
            Value::Int(_) | Value::Bool(_) => Ok(()),
            _ if crate::types::int::int_ref(&r).is_some() => Ok(()),
            _ => Err(self.type_error(format!(
                "__length_hint__ must be an integer, not {}",
                self.type_name(&r)
            ))),
        }
    }

    /// Collects an iterable into a vector.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(o) = v {
            if o.class.is_none() {
                match &o.payload {
                    Payload::List(l) => return Ok(l.borrow().clone()),
                    Payload::Tuple(t) => return Ok(t.to_vec()),
                    Payload::Range(r) => return crate::types::range::range_items(self, r),
                    _ => {}
                }
            }
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    // ---------------------------------------------------------------
    // items
    // ---------------------------------------------------------------

    /// `c[k]`.
    pub fn getitem(&mut self, c: &Value, k: &Value) -> PyResult<Value> {
        if !Self::has_user_class(c) {
            if let Some(r) = crate::types::getitem_builtin(self, c, k)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.call_special(c, &names().__getitem__, std::slice::from_ref(k))? {
            return Ok(r);
        }
        if let Some(Payload::Type(_)) = c.payload() {
            if let Ok(f) = self.get_attr(c, &names().__class_getitem__) {
                return self.call(&f, std::slice::from_ref(k), &[]);
            }
            return Err(self.type_error(format!(
                "type '{}' is not subscriptable",
                self.type_name_of_class(c)
            )));
        }
        Err(self.type_error(format!(
            "'{}' object is not subscriptable",
            self.type_name(c)
        )))
    }

    fn type_name_of_class(&self, c: &Value) -> String {
        typeobj::as_type(c).map(|t| t.name()).unwrap_or_default()
    }

    /// `c[k] = v`.
    pub fn setitem(&mut self, c: &Value, k: &Value, v: Value) -> PyResult<()> {
        if !Self::has_user_class(c) && crate::types::setitem_builtin(self, c, k, &v)? {
            return Ok(());
        }
        if self
            .call_special(c, &names().__setitem__, &[k.clone(), v])?
            .is_some()
        {
            return Ok(());
        }
        Err(self.type_error(format!(
            "'{}' object does not support item assignment",
            self.type_name(c)
        )))
    }

    /// `del c[k]`.
    pub fn delitem(&mut self, c: &Value, k: &Value) -> PyResult<()> {
        if !Self::has_user_class(c) && crate::types::delitem_builtin(self, c, k)? {
            return Ok(());
        }
        if self
            .call_special(c, &names().__delitem__, std::slice::from_ref(k))?
            .is_some()
        {
            return Ok(());
        }
        Err(self.type_error(format!(
            "'{}' object doesn't support item deletion",
            self.type_name(c)
        )))
    }

    /// `k in c`.
    pub fn contains(&mut self, c: &Value, k: &Value) -> PyResult<bool> {
        if !Self::has_user_class(c) {
            if let Some(r) = crate::types::contains_builtin(self, c, k)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.call_special(c, &names().__contains__, std::slice::from_ref(k))? {
            return self.truthy(&r);
        }
        let it = self.iter(c).map_err(|e| {
            if self.err_is(&e, "TypeError") {
                self.type_error(format!(
                    "argument of type '{}' is not iterable",
                    self.type_name(c)
                ))
            } else {
                e
            }
        })?;
        while let Some(x) = self.next(&it)? {
            if self.eq(&x, k)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// A big int or small int value from a `BigInt`.
    pub fn int_value(&self, i: BigInt) -> Value {
        Value::from_bigint(i)
    }
}

fn compare_names(op: CmpOp) -> (&'static Value, &'static Value) {
    let n = names();
    match op {
        CmpOp::Lt => (&n.__lt__, &n.__gt__),
        CmpOp::Le => (&n.__le__, &n.__ge__),
        CmpOp::Eq => (&n.__eq__, &n.__eq__),
        CmpOp::Ne => (&n.__ne__, &n.__ne__),
        CmpOp::Gt => (&n.__gt__, &n.__lt__),
        CmpOp::Ge => (&n.__ge__, &n.__le__),
    }
}

/// Whether `v` is `NotImplemented`.
pub fn is_not_implemented(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::NotImplemented))
}

/// Special methods that CPython implements as type slots: their builtin
/// implementations show as `<slot wrapper ...>` (bound: `<method-wrapper ...>`).
const SLOT_METHOD_NAMES: &[&str] = &[
    "__repr__",
    "__str__",
    "__hash__",
    "__call__",
    "__getattribute__",
    "__getattr__",
    "__setattr__",
    "__delattr__",
    "__lt__",
    "__le__",
    "__eq__",
    "__ne__",
    "__gt__",
    "__ge__",
    "__iter__",
    "__next__",
    "__get__",
    "__set__",
    "__delete__",
    "__init__",
    "__del__",
    "__add__",
    "__radd__",
    "__iadd__",
    "__sub__",
    "__rsub__",
    "__isub__",
    "__mul__",
    "__rmul__",
    "__imul__",
    "__matmul__",
    "__rmatmul__",
    "__imatmul__",
    "__truediv__",
    "__rtruediv__",
    "__itruediv__",
    "__floordiv__",
    "__rfloordiv__",
    "__ifloordiv__",
    "__mod__",
    "__rmod__",
    "__imod__",
    "__divmod__",
    "__rdivmod__",
    "__pow__",
    "__rpow__",
    "__ipow__",
    "__lshift__",
    "__rlshift__",
    "__ilshift__",
    "__rshift__",
    "__rrshift__",
    "__irshift__",
    "__and__",
    "__rand__",
    "__iand__",
    "__or__",
    "__ror__",
    "__ior__",
    "__xor__",
    "__rxor__",
    "__ixor__",
    "__neg__",
    "__pos__",
    "__abs__",
    "__bool__",
    "__invert__",
    "__int__",
    "__float__",
    "__index__",
    "__len__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__contains__",
    "__await__",
    "__aiter__",
    "__anext__",
];

/// Whether a builtin method is one of CPython's slot wrappers.
fn is_slot_wrapper(b: &crate::function::BuiltinFunction) -> bool {
    b.kind == crate::function::BuiltinKind::Method
        && SLOT_METHOD_NAMES.contains(&b.name)
        && !(b.owner == "dict" && matches!(b.name, "__getitem__" | "__contains__"))
}
