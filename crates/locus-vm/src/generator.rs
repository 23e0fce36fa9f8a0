//! Generators: a suspended frame owned by the generator object, resumed by
//! `next`/`send`/`throw`/`close` and by `yield from`.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, OnceLock};

use crate::gil_rc::GilRc;

use crate::frame::Frame;
use crate::function::{CodeRt, Function};
use crate::object::{Payload, PyCell, PyObject};
use crate::value::{ObjRef, Value};
use crate::vm::{ExecOutcome, PyErr, PyResult, Vm};

/// The state of a generator object.
pub struct GeneratorData {
    /// The suspended frame; `None` once finished (or while running).
    pub frame: PyCell<Option<Box<Frame>>>,
    /// Whether the generator is running now.
    pub running: PyCell<bool>,
    /// Whether the frame has started.
    pub started: PyCell<bool>,
    /// The code.
    pub code: GilRc<CodeRt>,
    /// `__name__`.
    pub name: String,
    /// `__qualname__`.
    pub qualname: String,
    /// The exception the generator's own code is handling while it is
    /// suspended (None outside its `except` blocks).
    pub exc_state: PyCell<Value>,
    /// The frame's shared part, for `gi_frame` while the generator runs
    /// (when `frame` is out) and for frame objects to find their owner.
    pub vars: GilRc<crate::frame::FrameVars>,
}

/// Whether generator `g` is paused at a `yield`.
pub fn is_suspended(g: &Value) -> bool {
    data(g)
        .is_some_and(|d| *d.started.borrow() && d.frame.borrow().is_some() && !*d.running.borrow())
}

/// Whether generator `g` has finished (returned, raised or was closed).
pub fn is_finished(g: &Value) -> bool {
    data(g).is_some_and(|d| d.frame.borrow().is_none() && !*d.running.borrow())
}

/// Finishes a generator that has not started, dropping its frame
/// (`gi_frame.clear()`).
pub fn discard_frame(g: &Value) {
    if let Some(d) = data(g) {
        let frame = d.frame.borrow_mut().take();
        drop(frame);
    }
}

/// Records `g` as the owner of its frame, for frame objects (`f_back` of a
/// suspended generator is None; `clear()` depends on the generator's state).
pub fn note_owner(g: &Value) {
    if let (Some(d), Some(o)) = (data(g), g.as_obj()) {
        d.vars
            .with_meta(|m| m.generator = Some(GilRc::downgrade(o)));
    }
}

/// What one resumption produced.
pub enum SendResult {
    /// The generator yielded.
    Yielded(Value),
    /// The generator returned (or was already finished: `None`).
    Returned(Value),
}

/// A generator object for a call of generator function `func` bound into `frame`.
pub fn new_generator(func: &Function, frame: Box<Frame>) -> Value {
    let name = func.name.borrow().as_str().unwrap_or("").to_string();
    let qualname = func.qualname.borrow().as_str().unwrap_or("").to_string();
    let vars = frame.vars.clone();
    Value::Obj(PyObject::new(Payload::Generator(Box::new(GeneratorData {
        vars,
        frame: PyCell::new(Some(frame)),
        running: PyCell::new(false),
        started: PyCell::new(false),
        code: func.code.clone(),
        name,
        qualname,
        exc_state: PyCell::new(Value::None),
    }))))
}

fn data(g: &Value) -> Option<&GeneratorData> {
    match g.payload() {
        Some(Payload::Generator(d)) => Some(d),
        _ => None,
    }
}

/// Resumes `g` sending `value` (or raising `throw` inside it).
pub fn resume(vm: &mut Vm, g: &Value, value: Value, throw: Option<PyErr>) -> PyResult<SendResult> {
    let Some(d) = data(g) else {
        return Err(vm.type_error("not a generator"));
    };
    if *d.running.borrow() {
        return Err(vm.value_error("generator already executing"));
    }
    let Some(mut frame) = d.frame.borrow_mut().take() else {
        if let Some(e) = throw {
            return Err(e);
        }
        return Ok(SendResult::Returned(Value::None));
    };
    let started = *d.started.borrow();
    if !started && throw.is_none() && !value.is_none() {
        *d.frame.borrow_mut() = Some(frame);
        return Err(vm.type_error("can't send non-None value to a just-started generator"));
    }
    let jumped = std::mem::take(&mut frame.skip_send);
    if started && throw.is_none() && !jumped {
        frame.stack.push(value);
    }
    *d.started.borrow_mut() = true;
    *d.running.borrow_mut() = true;
    // The generator runs with its own exception state on top of the caller's.
    let own = d.exc_state.replace(Value::None);
    let caller = std::mem::replace(&mut vm.handled_exc, own);
    vm.outer_exc.push(caller);
    let outcome = match throw {
        None => vm.execute(frame),
        Some(e) => vm.execute_throwing(frame, e),
    };
    let caller = vm.outer_exc.pop().unwrap_or(Value::None);
    let own = std::mem::replace(&mut vm.handled_exc, caller);
    *d.running.borrow_mut() = false;
    match outcome {
        Ok(ExecOutcome::Yield(v, frame)) => {
            let old = d.exc_state.replace(own);
            drop(old);
            if d.vars.meta.borrow().is_some() {
                // A frame object may exist: let it know its owner.
                note_owner(g);
            }
            *d.frame.borrow_mut() = Some(frame);
            Ok(SendResult::Yielded(v))
        }
        Ok(ExecOutcome::Return(v)) => Ok(SendResult::Returned(v)),
        Err(e) => {
            if vm.err_is(&e, "StopIteration") {
                let err = vm.error("RuntimeError", "generator raised StopIteration");
                crate::types::exception::set_cause(&err, Value::Obj(e.clone()));
                crate::types::exception::chain_context(&err, &Value::Obj(e));
                return Err(err);
            }
            Err(e)
        }
    }
}

/// `next(g)`: `None` when finished.
pub fn gen_next(vm: &mut Vm, g: &Value) -> PyResult<Option<Value>> {
    match resume(vm, g, Value::None, None)? {
        SendResult::Yielded(v) => Ok(Some(v)),
        SendResult::Returned(v) => {
            if v.is_none() {
                Ok(None)
            } else {
                // A return value is only visible through StopIteration.value;
                // for-loops ignore it, so report exhaustion.
                Ok(None)
            }
        }
    }
}

/// One step of `yield from iter` sending `value`.
pub fn delegate_send(vm: &mut Vm, iter: &Value, value: Value) -> PyResult<SendResult> {
    if data(iter).is_some() && iter.as_obj().is_some_and(|o| o.class.is_none()) {
        return resume(vm, iter, value, None);
    }
    let r = if value.is_none() {
        if matches!(iter, Value::Obj(o) if o.class.is_some()) {
            // A Python `__next__`: its StopIteration carries the result
            // of the `yield from` (`vm.next` would drop it).
            match vm.call_special(iter, &crate::names::names().__next__, &[]) {
                Ok(Some(v)) => Ok(Ok(v)),
                Ok(None) => vm.next(iter).map(|o| o.ok_or(())),
                Err(e) => Err(e),
            }
        } else {
            vm.next(iter).map(|o| o.ok_or(()))
        }
    } else {
        vm.call_method_by_name(iter, "send", std::slice::from_ref(&value))
            .map(Ok)
    };
    match r {
        Ok(Ok(v)) => Ok(SendResult::Yielded(v)),
        Ok(Err(())) => Ok(SendResult::Returned(Value::None)),
        Err(e) if vm.err_is(&e, "StopIteration") => {
            let v = crate::types::exception::getattr(vm, &Value::Obj(e), "value")?
                .unwrap_or(Value::None);
            Ok(SendResult::Returned(v))
        }
        Err(e) => Err(e),
    }
}

/// The `StopIteration` that a finished `send` raises.
pub fn stop_with(vm: &Vm, v: Value) -> PyErr {
    vm.stop_iteration(v)
}

/// Whether the generator's frame is suspended inside `yield from`, and on what.
pub fn yield_from_target(g: &Value) -> Option<Value> {
    let d = data(g)?;
    let frame = d.frame.borrow();
    let f = frame.as_ref()?;
    if !*d.started.borrow() {
        return None;
    }
    match f.code.code.instructions.get(f.pc) {
        Some(locus_bytecode::Instr::YieldFrom) => f.stack.last().cloned(),
        _ => None,
    }
}

// ---------------------------------------------------------------------
// Finalization of abandoned generators
// ---------------------------------------------------------------------

/// Set while [`FINALIZE_QUEUE`] may be non-empty: one relaxed load at the
/// VM's safe points (calls and returns), never per instruction.
static FINALIZE_PENDING: AtomicBool = AtomicBool::new(false);

/// Generators whose last reference went away while suspended inside a
/// `try` (or `with`): they must still be closed so their `finally` blocks
/// run. Closing runs Python code, which a `Drop` cannot do, so the dying
/// generator's frame moves to a fresh generator object queued here, and
/// the VM closes it at its next safe point.
fn finalize_queue() -> &'static Mutex<VecDeque<ObjRef>> {
    static Q: OnceLock<Mutex<VecDeque<ObjRef>>> = OnceLock::new();
    Q.get_or_init(|| Mutex::new(VecDeque::new()))
}

/// Whether a suspended generator is paused where closing it can run code:
/// inside a `try` or `with` (a handler covers the `yield`), or delegating
/// with `yield from` (the inner iterator is closed first). Otherwise
/// `close()` just finishes it.
pub fn may_handle_close(g: &Value) -> bool {
    let Some(d) = data(g) else { return true };
    let frame = d.frame.borrow();
    frame.as_deref().is_some_and(suspended_in_handler) || yield_from_target(g).is_some()
}

/// Whether the suspended frame's `yield` is covered by an exception handler.
fn suspended_in_handler(f: &Frame) -> bool {
    f.code.code.handler_for(f.pc.saturating_sub(1)).is_some()
}

/// Called when a generator object dies: queues its frame for closing if it
/// is suspended at a point protected by an exception handler.
pub fn on_drop(d: &mut GeneratorData) {
    if !*d.started.get_mut() || *d.running.get_mut() {
        return;
    }
    let protected = d
        .frame
        .get_mut()
        .as_deref()
        .is_some_and(suspended_in_handler);
    if !protected {
        return;
    }
    let frame = d.frame.get_mut().take();
    let revived = PyObject::new(Payload::Generator(Box::new(GeneratorData {
        frame: PyCell::new(frame),
        running: PyCell::new(false),
        started: PyCell::new(true),
        code: d.code.clone(),
        name: std::mem::take(&mut d.name),
        qualname: std::mem::take(&mut d.qualname),
        exc_state: PyCell::new(d.exc_state.replace(Value::None)),
        vars: d.vars.clone(),
    })));
    let mut q = finalize_queue().lock().unwrap_or_else(|e| e.into_inner());
    q.push_back(revived);
    FINALIZE_PENDING.store(true, Ordering::Relaxed);
}

/// Whether abandoned generators wait to be closed.
#[inline]
pub fn finalizers_pending() -> bool {
    FINALIZE_PENDING.load(Ordering::Relaxed)
}

/// Closes the queued abandoned generators (running their `finally`
/// blocks); an exception escaping one is reported as CPython does
/// ("Exception ignored in: ...") and otherwise ignored.
pub fn run_pending_finalizers(vm: &mut Vm) {
    if vm.trace.in_hook {
        // Not inside a trace function: the generator's own events would
        // be lost. The next safe point outside it runs them.
        return;
    }
    loop {
        let next = {
            let mut q = finalize_queue().lock().unwrap_or_else(|e| e.into_inner());
            let next = q.pop_front();
            if q.is_empty() {
                FINALIZE_PENDING.store(false, Ordering::Relaxed);
            }
            next
        };
        let Some(g) = next else { return };
        let g = Value::Obj(g);
        let handled = vm.handled_exc.clone();
        let r = crate::types::generator::close(vm, &g);
        vm.handled_exc = handled;
        if let Err(e) = r {
            let what = vm.repr(&g).unwrap_or_default();
            let text = crate::traceback::format_unraisable(
                vm,
                &Value::Obj(e),
                &format!("Exception ignored in: {what}"),
            );
            crate::file::flush_stdout();
            eprint!("{text}");
        }
        // Finalized once: a generator that ignored GeneratorExit is dropped
        // without being queued again.
        if let Some(Payload::Generator(d)) = g.payload() {
            let frame = d.frame.borrow_mut().take();
            drop(frame);
        }
    }
}
