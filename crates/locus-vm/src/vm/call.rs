//! Calling: argument binding for Python functions, and the dispatch of a
//! call on any callable (builtins, bound methods, classes, `__call__`).

use crate::frame::Frame;
use crate::function::{BuiltinKind, Function};
use crate::names::names;
use crate::object::Payload;
use crate::typeobj::{self, type_data};
use crate::value::Value;
use crate::vm::{ExecOutcome, PyResult, Vm};
use locus_bytecode::code_flags;

/// Keyword arguments as (name, value) pairs.
pub type KwArgs = [(Value, Value)];

impl Vm {
    /// Calls `f(*args, **kw)`.
    pub fn call(&mut self, f: &Value, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
        let Some(o) = f.as_obj() else {
            return Err(self.not_callable(f));
        };
        match &o.payload {
            Payload::Function(func) => {
                let names: Vec<Value> = kw.iter().map(|(k, _)| k.clone()).collect();
                let vals: Vec<Value> = kw.iter().map(|(_, v)| v.clone()).collect();
                let frame = self.bind_python_call(f, func, args, &vals, &names)?;
                if func.code.is_generator {
                    return Ok(crate::generator::new_generator(func, frame));
                }
                self.run_to_return(frame)
            }
            Payload::Builtin(b) if o.class.is_none() => {
                self.check_native_stack("")?;
                (b.func)(self, args, kw)
            }
            Payload::BoundMethod { func, receiver } => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(receiver.clone());
                full.extend_from_slice(args);
                self.call(func, &full, kw)
            }
            Payload::StaticMethod(inner) if o.class.is_none() => {
                let inner = inner.clone();
                self.call(&inner, args, kw)
            }
            Payload::Type(_) if o.class.is_none() || self.is_plain_type_call(f) => {
                self.call_type_default(f, args, kw)
            }
            _ => match self.lookup_special(f, &names().__call__) {
                Some(call) => {
                    self.enter_recursion("")?;
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(f.clone());
                    full.extend_from_slice(args);
                    let r = match call.payload() {
                        Some(Payload::Function(_)) | Some(Payload::Builtin(_)) => {
                            self.call(&call, &full, kw)
                        }
                        _ => {
                            let bound = self.bind_descriptor(&call, f);
                            bound.and_then(|b| self.call(&b, args, kw))
                        }
                    };
                    self.leave_recursion();
                    r
                }
                None => Err(self.not_callable(f)),
            },
        }
    }

    /// The error for `f(*x)` when `x` cannot be iterated: CPython's
    /// `f() argument after * must be an iterable, not T` when `x` has
    /// neither `__iter__` nor `__getitem__`, else the original error.
    #[cold]
    pub(crate) fn star_args_error(
        &mut self,
        err: crate::vm::PyErr,
        callable: &Value,
        args: &Value,
    ) -> crate::vm::PyErr {
        let n = names();
        if !self.err_is(&err, "TypeError")
            || self.lookup_special(args, &n.__iter__).is_some()
            || self.lookup_special(args, &n.__getitem__).is_some()
        {
            return err;
        }
        let fname = crate::types::dict::function_str(self, callable);
        self.type_error(format!(
            "{fname} argument after * must be an iterable, not {}",
            self.type_name(args)
        ))
    }

    /// Whether a class whose metaclass is user-defined has no `__call__` override.
    fn is_plain_type_call(&self, f: &Value) -> bool {
        match self.lookup_special(f, &names().__call__) {
            Some(Value::Obj(o)) => matches!(&o.payload, Payload::Builtin(_)),
            _ => true,
        }
    }

    fn not_callable(&self, f: &Value) -> crate::vm::PyErr {
        self.type_error(format!("'{}' object is not callable", self.type_name(f)))
    }

    /// Calls `func`, which [takes exactly](Function::takes_exactly) three
    /// positional arguments, with the arguments moved into its parameter
    /// slots (how trace and profile functions are called).
    pub(crate) fn call_function3(
        &mut self,
        func: &Function,
        a0: Value,
        a1: Value,
        a2: Value,
    ) -> PyResult<Value> {
        let frame = self.function3_frame(func, a0, a1, a2);
        self.run_to_return(frame)
    }

    /// A frame for a call of `func`, which [takes
    /// exactly](Function::takes_exactly) three positional arguments, with
    /// the arguments in its parameter slots. The three values are stored
    /// one by one rather than passed to `FramePool::take` as an array:
    /// moving an array iterator through the pool measured slower than
    /// these three stores.
    #[inline(always)]
    pub(crate) fn function3_frame(
        &mut self,
        func: &Function,
        a0: Value,
        a1: Value,
        a2: Value,
    ) -> Box<Frame> {
        debug_assert!(func.takes_exactly(3));
        let frame = self.frame_pool.take(
            &func.code,
            &func.globals,
            &func.builtins,
            Value::Null,
            &func.closure,
            [],
        );
        match frame.vars.slots.as_slice() {
            // A plain code's slots come from the pool unbound (`init_slots`).
            [s0, s1, s2, ..] if func.code.plain_slots => {
                s0.fill_unbound(a0);
                s1.fill_unbound(a1);
                s2.fill_unbound(a2);
            }
            _ => {
                frame.init_param(0, a0);
                frame.init_param(1, a1);
                frame.init_param(2, a2);
            }
        }
        frame
    }

    /// Runs a prepared frame to its return value.
    pub fn run_to_return(&mut self, frame: Box<Frame>) -> PyResult<Value> {
        match self.execute(frame)? {
            ExecOutcome::Return(v) => Ok(v),
            ExecOutcome::Yield(..) => Err(self.error("SystemError", "unexpected yield")),
        }
    }

    /// Calls a class: `__new__` then `__init__`.
    pub fn call_type_default(
        &mut self,
        cls_v: &Value,
        args: &[Value],
        kw: &KwArgs,
    ) -> PyResult<Value> {
        let Some(cls) = cls_v.as_obj().cloned() else {
            return Err(self.not_callable(cls_v));
        };
        let t = type_data(&cls);
        let types = crate::typeobj::types();
        // type(x): the one-argument form.
        if crate::gil_rc::GilRc::ptr_eq(&cls, &types.type_) && args.len() == 1 && kw.is_empty() {
            return Ok(Value::Obj(self.class_of(&args[0])));
        }
        let n = names();
        let new = typeobj::lookup(&cls, &n.__new__);
        let inst = match new {
            Some(Value::Obj(nf)) if !matches!(&nf.payload, Payload::Builtin(_)) => {
                let nf = Value::Obj(nf);
                let f = match nf.payload() {
                    Some(Payload::StaticMethod(inner)) => inner.clone(),
                    _ => nf,
                };
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(cls_v.clone());
                full.extend_from_slice(args);
                self.call(&f, &full, kw)?
            }
            _ => {
                // A builtin constructor: the nearest builtin base's.
                let ctor = std::iter::once(cls.clone())
                    .chain(t.mro.iter().cloned())
                    .find_map(|c| type_data(&c).ctor);
                match ctor {
                    Some(ctor) => {
                        let mut full = Vec::with_capacity(args.len() + 1);
                        full.push(cls_v.clone());
                        full.extend_from_slice(args);
                        ctor(self, &full, kw)?
                    }
                    None => {
                        return Err(
                            self.type_error(format!("cannot create '{}' instances", t.name()))
                        )
                    }
                }
            }
        };
        if !self.is_instance(&inst, &cls) {
            return Ok(inst);
        }
        if let Some(init) = typeobj::lookup(&cls, &n.__init__) {
            if let Some(Payload::Builtin(b)) = init.payload() {
                if b.owner == "object" {
                    return Ok(inst);
                }
            }
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(inst.clone());
            full.extend_from_slice(args);
            let r = match init.payload() {
                Some(Payload::Function(_)) | Some(Payload::Builtin(_)) => {
                    self.call(&init, &full, kw)?
                }
                _ => {
                    let bound = self.bind_descriptor(&init, &inst)?;
                    self.call(&bound, args, kw)?
                }
            };
            if !r.is_none() {
                return Err(self.init_returned_error(&r));
            }
        }
        Ok(inst)
    }

    /// The error for an `__init__` that returned something other than None.
    pub(crate) fn init_returned_error(&self, r: &Value) -> crate::vm::PyErr {
        self.type_error(format!(
            "__init__() should return None, not '{}'",
            self.type_name(r)
        ))
    }

    /// For a call of a plain class — default metaclass, `object.__new__`,
    /// no builtin base, `__init__` written in Python — creates the instance
    /// and returns the frame of its `__init__`, for the loop to run like
    /// any Python call (no Rust recursion); the frame carries the instance
    /// as the call's result. `None` for any other callable.
    pub(crate) fn prepare_init_frame(
        &mut self,
        cls_v: &Value,
        pos: &[Value],
        kwvals: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Option<Box<Frame>>> {
        let Some(cls) = cls_v.as_obj() else {
            return Ok(None);
        };
        let Payload::Type(t) = &cls.payload else {
            return Ok(None);
        };
        if cls.class.is_some()
            || t.builtin
            || t.layout != typeobj::Layout::Object
            || crate::types::typeobj::is_abstract(cls)
        {
            return Ok(None);
        }
        let n = names();
        let default_new = matches!(
            typeobj::lookup(cls, &n.__new__)
                .as_ref()
                .and_then(Value::payload),
            Some(Payload::Builtin(_))
        );
        if !default_new {
            return Ok(None);
        }
        let Some(init) = typeobj::lookup(cls, &n.__init__) else {
            return Ok(None);
        };
        let Some(Payload::Function(func)) = init.payload() else {
            return Ok(None);
        };
        if func.code.is_generator {
            return Ok(None);
        }
        let slots = vec![Value::Null; t.nslots];
        let inst = Value::Obj(crate::object::PyObject::with_class(
            cls.clone(),
            Payload::Object(crate::object::PyCell::new(slots)),
        ));
        let mut args = Vec::with_capacity(pos.len() + 1);
        args.push(inst.clone());
        args.extend_from_slice(pos);
        let mut frame = self.bind_python_call(&init, func, &args, kwvals, kwnames)?;
        frame.init_instance = inst;
        Ok(Some(frame))
    }

    /// Binds arguments to a new frame for a Python function.
    pub fn bind_python_call(
        &mut self,
        func_v: &Value,
        func: &Function,
        pos: &[Value],
        kwvals: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Box<Frame>> {
        let code = &func.code;
        let co = &code.code;
        let argcount = co.argcount as usize;
        let kwonly = co.kwonlyargcount as usize;
        let has_varargs = co.has_flag(code_flags::VARARGS);
        let has_varkw = co.has_flag(code_flags::VARKEYWORDS);
        // Fast path: exact positional call, no defaults needed.
        let exact = kwnames.is_empty()
            && pos.len() == argcount
            && kwonly == 0
            && !has_varargs
            && !has_varkw;
        let frame = self.frame_pool.take(
            code,
            &func.globals,
            &func.builtins,
            Value::Null,
            &func.closure,
            (if exact { pos } else { &[] }).iter().cloned(),
        );
        if exact {
            return Ok(frame);
        }
        self.bind_slow(func_v, func, &frame, pos, kwvals, kwnames)?;
        Ok(frame)
    }

    fn bind_slow(
        &mut self,
        _func_v: &Value,
        func: &Function,
        frame: &Frame,
        pos: &[Value],
        kwvals: &[Value],
        kwnames: &[Value],
    ) -> PyResult<()> {
        let co = &func.code.code;
        // CPython names the function by its `__qualname__`, which may
        // have been reassigned (namedtuple's `__new__` is `P.__new__`).
        let fname = func
            .qualname
            .borrow()
            .as_str()
            .map_or_else(|| co.qualname.to_string(), str::to_string);
        let argcount = co.argcount as usize;
        let posonly = co.posonlyargcount as usize;
        let kwonly = co.kwonlyargcount as usize;
        let has_varargs = co.has_flag(code_flags::VARARGS);
        let has_varkw = co.has_flag(code_flags::VARKEYWORDS);
        let total = argcount + kwonly;
        let mut bound: Vec<Option<Value>> = vec![None; total];
        for (i, v) in pos.iter().take(argcount).enumerate() {
            bound[i] = Some(v.clone());
        }
        let varargs_slot = total;
        let varkw_slot = total + has_varargs as usize;
        if has_varargs {
            let extra: Vec<Value> = pos.iter().skip(argcount).cloned().collect();
            frame.init_param(
                varargs_slot,
                Value::Obj(crate::object::PyObject::new_tuple(extra)),
            );
        } else if pos.len() > argcount {
            let given = pos.len();
            let defaults_n = match func.defaults.borrow().payload() {
                Some(Payload::Tuple(t)) => t.len(),
                _ => 0,
            };
            let kw_given = kwnames
                .iter()
                .filter(|k| {
                    co.vars[..total]
                        .iter()
                        .skip(argcount)
                        .any(|v| Some(&*v.name) == k.as_str())
                })
                .count();
            let takes = if defaults_n > 0 {
                format!(
                    "from {} to {} positional arguments",
                    argcount - defaults_n,
                    argcount
                )
            } else {
                format!(
                    "{} positional argument{}",
                    argcount,
                    if argcount == 1 { "" } else { "s" }
                )
            };
            let kw_part = if kw_given > 0 {
                format!(
                    " positional argument{} (and {} keyword-only argument{})",
                    if given == 1 { "" } else { "s" },
                    kw_given,
                    if kw_given == 1 { "" } else { "s" }
                )
            } else {
                String::new()
            };
            let was_were = if given == 1 && kw_given == 0 {
                "was"
            } else {
                "were"
            };
            return Err(self.type_error(if kw_part.is_empty() {
                format!("{fname}() takes {takes} but {given} {was_were} given")
            } else {
                format!("{fname}() takes {takes} but {given}{kw_part} were given")
            }));
        }
        let kwdict = if has_varkw {
            Some(self.new_dict())
        } else {
            None
        };
        let mut posonly_passed_as_kw: Vec<String> = Vec::new();
        for (name, val) in kwnames.iter().zip(kwvals.iter()) {
            let Some(ns) = name.as_str() else {
                return Err(self.type_error("keywords must be strings"));
            };
            let idx = co.vars[..total].iter().position(|v| &*v.name == ns);
            match idx {
                Some(i) if i >= posonly => {
                    if bound[i].is_some() {
                        return Err(self.type_error(format!(
                            "{fname}() got multiple values for argument '{ns}'"
                        )));
                    }
                    bound[i] = Some(val.clone());
                }
                _ => {
                    if let Some(d) = &kwdict {
                        if let Payload::Dict(cell) = &d.payload {
                            crate::dict::set_item(self, cell, name.clone(), val.clone())?;
                        }
                    } else if idx.is_some() {
                        posonly_passed_as_kw.push(ns.to_string());
                    } else {
                        return Err(self.type_error(format!(
                            "{fname}() got an unexpected keyword argument '{ns}'"
                        )));
                    }
                }
            }
        }
        if !posonly_passed_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{fname}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_passed_as_kw.join(", ")
            )));
        }
        if let Some(d) = kwdict {
            frame.init_param(varkw_slot, Value::Obj(d));
        }
        // Defaults for missing positional parameters.
        let defaults: Vec<Value> = match func.defaults.borrow().payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        let first_default = argcount - defaults.len().min(argcount);
        let mut missing: Vec<String> = Vec::new();
        for i in 0..argcount {
            if bound[i].is_none() {
                if i >= first_default {
                    bound[i] = Some(defaults[i - first_default].clone());
                } else {
                    missing.push(co.vars[i].name.to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{fname}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            )));
        }
        let kwdefaults = func.kwdefaults.borrow().clone();
        for (i, slot) in bound.iter_mut().enumerate().take(total).skip(argcount) {
            if slot.is_none() {
                let name = &co.vars[i].name;
                let d = match kwdefaults.payload() {
                    Some(Payload::Dict(d)) => {
                        let key = crate::intern::intern(name);
                        let h = crate::vm::str_hash(key.as_obj().unwrap_or(&func.globals));
                        d.borrow().get_str(&key, h).cloned()
                    }
                    _ => None,
                };
                match d {
                    Some(v) => *slot = Some(v),
                    None => missing.push(name.to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{fname}() missing {} required keyword-only argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            )));
        }
        for (i, v) in bound.into_iter().enumerate() {
            if let Some(v) = v {
                frame.init_param(i, v);
            }
        }
        Ok(())
    }

    /// Binds a descriptor found on a class to `receiver` (functions become
    /// bound methods; `classmethod`/`staticmethod`/`property` apply).
    pub fn bind_descriptor(&mut self, d: &Value, receiver: &Value) -> PyResult<Value> {
        match d.payload() {
            Some(Payload::Function(_)) => Ok(bound_method(d.clone(), receiver.clone())),
            Some(Payload::Builtin(b)) => Ok(match b.kind {
                BuiltinKind::Method => bound_method(d.clone(), receiver.clone()),
                BuiltinKind::ClassMethod => {
                    bound_method(d.clone(), Value::Obj(self.class_of(receiver)))
                }
                _ => d.clone(),
            }),
            Some(Payload::StaticMethod(f)) => Ok(f.clone()),
            Some(Payload::ClassMethod(f)) => {
                Ok(bound_method(f.clone(), Value::Obj(self.class_of(receiver))))
            }
            Some(Payload::Property(p)) => {
                if p.fget.is_none() {
                    let msg = p.missing_accessor_message(&self.type_name(receiver), "getter");
                    return Err(self.attribute_error(msg));
                }
                let fget = p.fget.clone();
                self.call(&fget, std::slice::from_ref(receiver), &[])
            }
            _ => {
                if let Some(get) = self.lookup_special(d, &names().__get__) {
                    let owner = Value::Obj(self.class_of(receiver));
                    return self.call_descriptor_as_method(
                        &get,
                        d,
                        &[d.clone(), receiver.clone(), owner],
                    );
                }
                Ok(d.clone())
            }
        }
    }
}

/// A new bound method object.
pub fn bound_method(func: Value, receiver: Value) -> Value {
    Value::Obj(crate::object::PyObject::new(Payload::BoundMethod {
        func,
        receiver,
    }))
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` as in CPython's messages.
fn join_names(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}
