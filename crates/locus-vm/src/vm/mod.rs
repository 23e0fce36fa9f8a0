//! The interpreter state of one thread and the operations every part of the
//! VM uses: raising exceptions, calling, and the core protocols.

mod attr;
mod call;
mod eval;
mod fast;
mod import;
pub mod jump;
mod ops;
mod pattern;
mod protocol;
pub mod trace;

use std::sync::Arc;

use crate::builtin_types::exc;
use crate::dict::Dict;
use crate::object::{ExceptionData, Payload, PyCell, PyObject};
use crate::typeobj::types;
use crate::value::{ObjRef, Value};

pub use call::{bound_method, KwArgs};
pub use eval::ExecOutcome;
pub use eval::{cell_get, cell_set};
pub use ops::{float_floordiv, float_mod, int_floordiv_i64, int_mod_i64};
pub use pattern::{collection_flag, set_collection_flag};
pub use protocol::is_not_implemented as protocol_is_not_implemented;

/// A raised exception: the exception instance.
pub type PyErr = ObjRef;
/// The result of anything that can raise.
pub type PyResult<T> = Result<T, PyErr>;

/// Default `sys.getrecursionlimit()`.
pub const DEFAULT_RECURSION_LIMIT: usize = 1000;

/// How deeply operations implemented in Rust (comparisons of nested
/// containers) may nest, whatever the Python recursion limit (CPython's
/// `Py_C_RECURSION_LIMIT`).
pub const NATIVE_RECURSION_LIMIT: usize = 10_000;

/// Process-wide interpreter state (modules, builtins, sys).
pub struct Interp {
    /// `sys.modules` (a dict object).
    pub modules: ObjRef,
    /// The `builtins` module namespace (a dict object).
    pub builtins: ObjRef,
    /// The `sys` module.
    pub sys: ObjRef,
    /// The live threads (`sys._current_frames`, `settrace_all_threads`).
    pub threads: crate::threads::Registry,
    /// `get_ident()` of the main thread (the one that made the interpreter).
    pub main_thread_ident: u64,
    /// Threads started by `_thread.start_new_thread` still running.
    pub thread_count: std::sync::atomic::AtomicUsize,
}

/// The state of one interpreter thread.
pub struct Vm {
    /// Shared interpreter state.
    pub interp: Arc<Interp>,
    /// The exception being handled by the running frame's code — or, in a
    /// generator, by the generator's own code — or None. See
    /// [`Vm::current_exception`].
    pub handled_exc: Value,
    /// The handled-exception states of the code that resumed the running
    /// generators, outermost first (CPython's exception-state chain: a
    /// generator has its own state, saved while it is suspended).
    pub outer_exc: Vec<Value>,
    /// Frames of this thread, innermost last (for tracebacks and `sys._getframe`).
    pub call_stack: crate::frame::CallStack,
    /// Current Python call depth.
    pub depth: usize,
    /// `sys.getrecursionlimit()`.
    pub recursion_limit: usize,
    /// Address near the base of this thread's stack, for the native-stack guard.
    stack_base: usize,
    /// Bytes of native stack this thread may use.
    stack_size: usize,
    /// Containers whose repr is being computed (to print `[...]` for cycles).
    pub(crate) repr_stack: Vec<usize>,
    /// Nesting of comparisons of containers (CPython's C recursion counter).
    pub(crate) compare_depth: usize,
    /// Set by a re-raise so that unwinding adds no traceback entry for the current frame.
    pub(crate) reraising: bool,
    /// Finished frames kept for reuse.
    pub(crate) frame_pool: crate::frame::FramePool,
    /// `sys.settrace` state of this thread.
    pub(crate) trace: trace::TraceState,
    /// This thread as other threads see it.
    pub thread: std::sync::Arc<crate::threads::ThreadInfo>,
}

/// The cached hash of a str object.
pub fn str_hash(o: &ObjRef) -> i64 {
    match &o.payload {
        Payload::Str(s) => s.hash(),
        _ => 0,
    }
}

impl Vm {
    /// A VM for the current thread, which has `stack_size` bytes of stack.
    /// The caller holds the interpreter lock (`threads/lock.rs`); the
    /// thread is registered with the interpreter until
    /// [`Registry::remove`](crate::threads::Registry::remove).
    pub fn new(interp: Arc<Interp>, stack_size: usize) -> Vm {
        Self::with_thread(
            interp,
            stack_size,
            crate::threads::ThreadInfo::for_current_thread(),
        )
    }

    /// A VM for the current thread, known to other threads as `thread`.
    pub(crate) fn with_thread(
        interp: Arc<Interp>,
        stack_size: usize,
        thread: std::sync::Arc<crate::threads::ThreadInfo>,
    ) -> Vm {
        interp.threads.add(thread.clone());
        let marker = 0u8;
        Vm {
            thread,
            interp,
            handled_exc: Value::None,
            outer_exc: Vec::new(),
            call_stack: crate::frame::CallStack::default(),
            depth: 0,
            recursion_limit: DEFAULT_RECURSION_LIMIT,
            stack_base: &marker as *const u8 as usize,
            stack_size,
            repr_stack: Vec::new(),
            compare_depth: 0,
            reraising: false,
            frame_pool: crate::frame::FramePool::default(),
            trace: trace::TraceState::default(),
        }
    }

    // ---------------------------------------------------------------
    // Raising
    // ---------------------------------------------------------------

    /// A new exception instance of class `cls` with the given args.
    pub fn new_exception(&self, cls: &ObjRef, args: Vec<Value>) -> PyErr {
        let data = ExceptionData {
            args: PyCell::new(Value::Obj(PyObject::new_tuple(args))),
            traceback: PyCell::new(Value::None),
            context: PyCell::new(Value::None),
            cause: PyCell::new(Value::None),
            suppress_context: PyCell::new(false),
        };
        let payload = Payload::Exception(Box::new(data));
        if crate::typeobj::type_data(cls).builtin {
            PyObject::new_with_class_if(cls, payload)
        } else {
            PyObject::with_class(cls.clone(), payload)
        }
    }

    /// An exception of the named builtin class with a message.
    pub fn error(&self, name: &str, msg: impl Into<String>) -> PyErr {
        self.new_exception(exc(name), vec![Value::str(msg.into())])
    }

    /// `TypeError(msg)`.
    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.error("TypeError", msg)
    }

    /// `ValueError(msg)`.
    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.error("ValueError", msg)
    }

    /// `IndexError(msg)`.
    pub fn index_error(&self, msg: impl Into<String>) -> PyErr {
        self.error("IndexError", msg)
    }

    /// `KeyError(key)`.
    pub fn key_error(&self, key: Value) -> PyErr {
        self.new_exception(exc("KeyError"), vec![key])
    }

    /// `AttributeError(msg)`.
    pub fn attribute_error(&self, msg: impl Into<String>) -> PyErr {
        self.error("AttributeError", msg)
    }

    /// `StopIteration(value)`.
    pub fn stop_iteration(&self, value: Value) -> PyErr {
        let args = if value.is_none() { vec![] } else { vec![value] };
        self.new_exception(exc("StopIteration"), args)
    }

    /// `RecursionError: maximum recursion depth exceeded{suffix}`.
    pub fn recursion_error(&self, suffix: &str) -> PyErr {
        self.error(
            "RecursionError",
            format!("maximum recursion depth exceeded{suffix}"),
        )
    }

    /// Whether `err` is an instance of the builtin exception `name`.
    pub fn err_is(&self, err: &PyErr, name: &str) -> bool {
        crate::typeobj::is_subtype(&self.class_of_obj(err), exc(name))
    }

    /// Issues a warning of the builtin category `category` about the
    /// innermost Python code, through the `warnings` module (its filters
    /// decide: shown on stderr, ignored, or raised as an error).
    pub fn warn(&mut self, category: &str, message: &str) -> PyResult<()> {
        let warnings = self.import_dotted("warnings")?;
        let warn = self.get_attr(&warnings, &crate::intern::intern("warn"))?;
        let category = Value::Obj(exc(category).clone());
        self.call(&warn, &[Value::str(message), category], &[])?;
        Ok(())
    }

    /// The exception being handled, as `sys.exception()` sees it: the
    /// innermost state of the chain that is not None.
    pub fn current_exception(&self) -> Value {
        std::iter::once(&self.handled_exc)
            .chain(self.outer_exc.iter().rev())
            .find(|e| !e.is_none() && !e.is_null())
            .cloned()
            .unwrap_or(Value::None)
    }

    /// Guards native recursion (calls from Rust back into Python, `repr`
    /// and `==` of nested containers): a `RecursionError` instead of a
    /// stack overflow, whatever the recursion limit.
    #[inline]
    pub fn check_native_stack(&self, suffix: &str) -> PyResult<()> {
        let marker = 0u8;
        let here = &marker as *const u8 as usize;
        let used = self.stack_base.saturating_sub(here);
        if used + 256 * 1024 > self.stack_size {
            return Err(self.recursion_error(suffix));
        }
        Ok(())
    }

    /// Enters one level of native recursion counted against the recursion limit.
    pub fn enter_recursion(&mut self, suffix: &str) -> PyResult<()> {
        self.check_native_stack(suffix)?;
        if self.depth >= self.recursion_limit {
            return Err(self.recursion_error(suffix));
        }
        self.depth += 1;
        Ok(())
    }

    /// Leaves a level entered with [`Vm::enter_recursion`].
    pub fn leave_recursion(&mut self) {
        self.depth -= 1;
    }

    // ---------------------------------------------------------------
    // Types
    // ---------------------------------------------------------------

    /// The class of a heap object.
    pub fn class_of_obj(&self, o: &ObjRef) -> ObjRef {
        class_of_obj(o).clone()
    }

    /// `type(v)`.
    pub fn class_of(&self, v: &Value) -> ObjRef {
        class_of(v).clone()
    }

    /// The class name of `v`, for messages.
    pub fn type_name(&self, v: &Value) -> String {
        crate::typeobj::type_data(class_of(v)).name()
    }

    /// `isinstance(v, cls)` for a single class, without `__instancecheck__`.
    pub fn is_instance(&self, v: &Value, cls: &ObjRef) -> bool {
        crate::typeobj::is_subtype(class_of(v), cls)
    }

    /// A fresh empty dict object.
    pub fn new_dict(&self) -> ObjRef {
        PyObject::new_dict(Dict::new())
    }
}

/// `type(v)` without cloning.
pub fn class_of(v: &Value) -> &ObjRef {
    let t = types();
    match v {
        Value::Null | Value::None => &t.none,
        Value::Bool(_) => &t.bool_,
        Value::Int(_) => &t.int,
        Value::Float(_) => &t.float,
        Value::Obj(o) => class_of_obj(o),
    }
}

/// The class of a heap object without cloning.
pub fn class_of_obj(o: &ObjRef) -> &ObjRef {
    if let Some(c) = &o.class {
        return c;
    }
    let t = types();
    match &o.payload {
        Payload::Object(_) => &t.object,
        Payload::BigInt(_) => &t.int,
        Payload::Float(_) => &t.float,
        Payload::Complex(..) => &t.complex,
        Payload::Str(_) => &t.str_,
        Payload::Bytes(_) => &t.bytes,
        Payload::ByteArray(_) => &t.bytearray,
        Payload::Tuple(_) => &t.tuple,
        Payload::List(_) => &t.list,
        Payload::Dict(_) => &t.dict,
        Payload::Set(_) => &t.set,
        Payload::FrozenSet(_) => &t.frozenset,
        Payload::Range { .. } => &t.range,
        Payload::Slice { .. } => &t.slice,
        Payload::Function(_) => &t.function,
        Payload::Builtin(_) => &t.builtin_function,
        Payload::BoundMethod { .. } => &t.method,
        Payload::Cell(_) => &t.cell,
        Payload::Type(_) => &t.type_,
        Payload::Module(_) => &t.module,
        Payload::Exception(_) => &t.exception,
        Payload::Traceback(_) => &t.traceback,
        Payload::Generator(_) => &t.generator,
        Payload::Code(_) => &t.code,
        Payload::Frame(_) => &t.frame,
        Payload::FrameLocalsProxy(_) => &t.frame_locals_proxy,
        Payload::Lock(_) => &t.lock,
        Payload::Iter(state) => crate::iter::iterator_type(&state.borrow()),
        Payload::Property(_) => &t.property,
        Payload::StaticMethod(_) => &t.staticmethod,
        Payload::ClassMethod(_) => &t.classmethod,
        Payload::Super { .. } => &t.super_,
        Payload::SlotMember { .. } => &t.member_descriptor,
        Payload::DictView { kind, .. } => match kind {
            crate::object::DictViewKind::Keys => &t.dict_keys,
            crate::object::DictViewKind::Values => &t.dict_values,
            crate::object::DictViewKind::Items => &t.dict_items,
        },
        Payload::File(_) => &t.file,
        Payload::NotImplemented => &t.not_implemented,
        Payload::Ellipsis => &t.ellipsis,
    }
}

impl PyObject {
    /// A new object of builtin class `cls`: the class is recorded unless it
    /// is the default class of the payload.
    pub fn new_with_class_if(cls: &ObjRef, payload: Payload) -> ObjRef {
        let o = PyObject::new(payload);
        if crate::gil_rc::GilRc::ptr_eq(class_of_obj(&o), cls) {
            o
        } else {
            let Ok(inner) = crate::gil_rc::GilRc::try_unwrap(o) else {
                unreachable_fresh()
            };
            let payload = inner.take_payload();
            PyObject::with_class(cls.clone(), payload)
        }
    }

    /// Moves the payload out of an object that is being discarded.
    fn take_payload(mut self) -> Payload {
        std::mem::replace(&mut self.payload, Payload::NotImplemented)
    }
}

#[cold]
fn unreachable_fresh() -> ! {
    // A freshly created object has exactly one reference.
    std::process::abort()
}
