//! The `_thread` module: starting threads and the basic lock, on which the
//! `threading` and `queue` library modules (`lib/`) are built.
//!
//! The names are the part of CPython 3.13's `_thread` that those modules
//! use: `start_new_thread`, `allocate_lock`, `LockType`, `get_ident`,
//! `get_native_id`, `_count`, `TIMEOUT_MAX`, `error`, `interrupt_main`,
//! `stack_size`, `daemon_threads_allowed`, `_get_main_thread_ident`, and
//! `_local` (from `lib/_threading_local.py`).

use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use crate::object::{Payload, PyObject};
use crate::typeobj::{method, MethodDef};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// `_thread.TIMEOUT_MAX`, CPython's value on Linux (seconds).
const TIMEOUT_MAX: f64 = 9_223_372_036.0;

/// The state of a `_thread.lock`, shared with threads that wait for it
/// without the interpreter lock (hence a real mutex, not a `GilRefCell`).
#[derive(Default)]
pub struct RawLock {
    locked: Mutex<bool>,
    released: Condvar,
}

impl RawLock {
    fn flag(&self) -> std::sync::MutexGuard<'_, bool> {
        self.locked.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Takes the lock if it is free.
    pub fn try_acquire(&self) -> bool {
        let mut l = self.flag();
        if *l {
            false
        } else {
            *l = true;
            true
        }
    }

    /// Waits at most `slice` for the lock and takes it if it came free.
    fn acquire_within(&self, slice: Duration) -> bool {
        let mut l = self.flag();
        if *l {
            l = self
                .released
                .wait_timeout(l, slice)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
        if *l {
            false
        } else {
            *l = true;
            true
        }
    }

    /// Releases the lock; false if it was not locked.
    pub fn release(&self) -> bool {
        let mut l = self.flag();
        if !*l {
            return false;
        }
        *l = false;
        drop(l);
        self.released.notify_one();
        true
    }

    /// Whether the lock is taken.
    pub fn is_locked(&self) -> bool {
        *self.flag()
    }
}

fn raw_lock(vm: &Vm, v: Option<&Value>) -> PyResult<Arc<RawLock>> {
    match v.and_then(Value::payload) {
        Some(Payload::Lock(l)) => Ok(l.clone()),
        _ => Err(vm.type_error("descriptor requires a '_thread.lock' object")),
    }
}

/// A new unlocked `_thread.lock`.
pub fn new_lock() -> Value {
    Value::Obj(PyObject::new(Payload::Lock(Arc::new(RawLock::default()))))
}

/// Finds argument `name` at position `pos` (after the receiver) or among
/// the keywords.
fn arg<'a>(
    args: &'a [Value],
    kw: &'a [(Value, Value)],
    pos: usize,
    name: &str,
) -> Option<&'a Value> {
    args.get(pos).or_else(|| {
        kw.iter()
            .find(|(k, _)| k.as_str() == Some(name))
            .map(|(_, v)| v)
    })
}

/// `lock.acquire(blocking=True, timeout=-1)`.
fn lock_acquire(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let lock = raw_lock(vm, args.first())?;
    let blocking = match arg(args, kw, 1, "blocking") {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let timeout = match arg(args, kw, 2, "timeout") {
        Some(v) => crate::modules::math::to_f64(vm, v)?,
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.value_error("timeout value must be a non-negative number"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(vm.error("OverflowError", "timeout value is too large"));
    }
    if lock.try_acquire() {
        return Ok(Value::Bool(true));
    }
    if !blocking {
        return Ok(Value::Bool(false));
    }
    let limit = (timeout >= 0.0).then(|| Duration::from_secs_f64(timeout));
    let got = vm.wait_interruptibly(limit, |slice| lock.acquire_within(slice))?;
    Ok(Value::Bool(got))
}

/// `lock.release()`.
fn lock_release(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let lock = raw_lock(vm, args.first())?;
    if lock.release() {
        Ok(Value::None)
    } else {
        Err(vm.error("RuntimeError", "release unlocked lock"))
    }
}

/// `lock.__exit__(*exc_info)`.
fn lock_exit(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    lock_release(vm, &args[..args.len().min(1)], kw)
}

/// `lock.locked()`.
fn lock_locked(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Bool(raw_lock(vm, args.first())?.is_locked()))
}

/// `repr(lock)`: `<unlocked _thread.lock object at 0x...>`.
fn lock_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let lock = raw_lock(vm, args.first())?;
    let state = if lock.is_locked() {
        "locked"
    } else {
        "unlocked"
    };
    let addr = args[0]
        .as_obj()
        .map_or(0, |o| crate::gil_rc::GilRc::as_ptr(o) as usize);
    Ok(Value::str(format!(
        "<{state} _thread.lock object at {addr:#x}>"
    )))
}

/// `_thread.lock()`: a new lock (the type is callable in CPython 3.13).
pub fn lock_new(_vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(new_lock())
}

/// The methods of `_thread.lock`.
pub static LOCK_METHODS: &[MethodDef] = &[
    method("acquire", lock_acquire),
    method("acquire_lock", lock_acquire),
    method("__enter__", lock_acquire),
    method("release", lock_release),
    method("release_lock", lock_release),
    method("__exit__", lock_exit),
    method("locked", lock_locked),
    method("locked_lock", lock_locked),
    method("__repr__", lock_repr),
];

/// `_thread.start_new_thread(function, args[, kwargs])`.
fn start_new_thread(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() < 2 || args.len() > 3 {
        return Err(vm.type_error(format!(
            "start_new_thread expected at least 2 arguments, got {}",
            args.len()
        )));
    }
    let function = args[0].clone();
    if !vm.is_callable(&function) {
        return Err(vm.type_error("first arg must be callable"));
    }
    let call_args = match args[1].payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => return Err(vm.type_error("2nd arg must be a tuple")),
    };
    let call_kw = match args.get(2) {
        None => Vec::new(),
        Some(d) => match d.payload() {
            Some(Payload::Dict(dict)) => dict
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect(),
            _ => return Err(vm.type_error("optional 3rd arg must be a dictionary")),
        },
    };
    let ident = crate::threads::start_thread(vm, function, call_args, call_kw)?;
    Ok(Value::Int(ident as i64))
}

fn get_ident(vm: &mut Vm, _a: &[Value], _k: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Int(vm.thread.ident as i64))
}

fn get_native_id(vm: &mut Vm, _a: &[Value], _k: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Int(vm.thread.native_id as i64))
}

fn main_thread_ident(vm: &mut Vm, _a: &[Value], _k: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Int(vm.interp.main_thread_ident as i64))
}

fn count(vm: &mut Vm, _a: &[Value], _k: &[(Value, Value)]) -> PyResult<Value> {
    let n = vm
        .interp
        .thread_count
        .load(std::sync::atomic::Ordering::SeqCst);
    Ok(Value::Int(n as i64))
}

fn allocate_lock(_vm: &mut Vm, _a: &[Value], _k: &[(Value, Value)]) -> PyResult<Value> {
    Ok(new_lock())
}

fn interrupt_main(_vm: &mut Vm, _a: &[Value], _k: &[(Value, Value)]) -> PyResult<Value> {
    crate::threads::interrupt_main();
    Ok(Value::None)
}

/// `stack_size([size])`: Locus's threads have a fixed stack; 0 (the
/// default) is the only size reported, and asking for another is accepted
/// and ignored (docs/divergences.md).
fn stack_size(vm: &mut Vm, a: &[Value], _k: &[(Value, Value)]) -> PyResult<Value> {
    if let Some(v) = a.first() {
        let n = vm.index_i64(v)?;
        if n != 0 && n < 32768 {
            return Err(vm.value_error("size not valid: 32768 bytes"));
        }
    }
    Ok(Value::Int(0))
}

fn daemon_threads_allowed(_vm: &mut Vm, _a: &[Value], _k: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

/// Fills the `_thread` module namespace.
pub fn fill(vm: &mut Vm, ns: &ObjRef) {
    super::add_functions(
        ns,
        &[
            ("start_new_thread", start_new_thread),
            ("start_new", start_new_thread),
            ("allocate_lock", allocate_lock),
            ("allocate", allocate_lock),
            ("get_ident", get_ident),
            ("get_native_id", get_native_id),
            ("_get_main_thread_ident", main_thread_ident),
            ("_count", count),
            ("interrupt_main", interrupt_main),
            ("stack_size", stack_size),
            ("daemon_threads_allowed", daemon_threads_allowed),
        ],
    );
    let set =
        |name: &str, v: Value| crate::types::object::ns_set(ns, crate::intern::intern(name), v);
    let types = crate::typeobj::types();
    set("LockType", Value::Obj(types.lock.clone()));
    set("lock", Value::Obj(types.lock.clone()));
    set("TIMEOUT_MAX", Value::Float(TIMEOUT_MAX));
    set(
        "error",
        Value::Obj(crate::builtin_types::exc("RuntimeError").clone()),
    );
    // `_local` is written in Python (`lib/_threading_local.py`).
    let local = vm
        .import_dotted("_threading_local")
        .and_then(|m| vm.get_attr_str(&m, "local"));
    if let Ok(local) = local {
        set("_local", local);
    }
}
