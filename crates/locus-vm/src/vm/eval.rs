//! The dispatch loop.
//!
//! One activation of [`Vm::execute`] runs a stack of frames: a call from
//! Python code to a Python function pushes a frame and continues the same
//! loop, so Python recursion does not recurse in Rust. Only calls that go
//! through Rust (a builtin calling back into Python, a special method, a
//! generator step) start a nested activation.

use crate::gil_rc::GilRc;

use locus_bytecode::{make_function_flags as mf, Conversion, Instr, UnaryOp};

use crate::builtin_types::exc;
use crate::frame::Frame;
use crate::function::{CodeRt, Function};
use crate::names::names;
use crate::object::{Payload, PyCell, PyObject};
use crate::value::{ObjRef, Value};
use crate::vm::trace::TraceStep;
use crate::vm::{PyErr, PyResult, Vm};

/// How an activation of the loop ended.
pub enum ExecOutcome {
    /// The bottom frame returned this value.
    Return(Value),
    /// The bottom frame (a generator's) yielded this value; the frame is
    /// handed back to its owner.
    Yield(Value, Box<Frame>),
}

/// Control flow out of one instruction.
enum Flow {
    Next,
    /// Keep running this frame, but choose the loop variant again: a
    /// builtin just installed a tracer or a frame's `f_trace`.
    Repick,
    Call(Box<Frame>),
    /// Run this frame of the trace function for a `line` event of the
    /// current frame (`Frame::runs_tracer`), then the current frame's
    /// instruction.
    CallTracer(Box<Frame>),
    Return(Value),
    Yield(Value),
}

/// A taken jump of the frame `$f` to instruction `$t`. A backward jump is
/// a switch point: when another thread waits for the interpreter lock or
/// Ctrl-C was pressed (one relaxed load otherwise), see `threads/`.
macro_rules! jump {
    ($self:ident, $f:ident, $t:expr) => {{
        let target = $t as usize;
        if target < $f.pc && crate::threads::lock::eval_breaker() {
            $self.switch_point($f)?;
        }
        $f.pc = target;
    }};
}

macro_rules! pop {
    ($f:expr) => {
        $f.stack.pop().unwrap_or(Value::Null)
    };
}

macro_rules! top {
    ($f:expr) => {
        $f.stack.last().cloned().unwrap_or(Value::Null)
    };
}

impl Vm {
    /// Runs `frame` to completion (or to its first yield).
    pub fn execute(&mut self, frame: Box<Frame>) -> PyResult<ExecOutcome> {
        self.push_frame(&frame)?;
        let frame = self.enter_traced(frame)?;
        self.run_frames(frame)
    }

    /// Resumes a suspended (generator) frame by raising `e` at its current instruction.
    pub fn execute_throwing(&mut self, frame: Box<Frame>, e: PyErr) -> PyResult<ExecOutcome> {
        self.push_frame(&frame)?;
        let frame = self.enter_traced(frame)?;
        let frame = if self.trace_active() {
            self.unwind_thrown_traced(frame, e)?
        } else {
            self.unwind(frame, e)?
        };
        self.run_frames(frame)
    }

    /// The `call` event for the innermost frame `f` when tracing is on; an
    /// error from the tracer is raised inside that frame. Returns the
    /// frame that runs next (see [`Vm::unwind`]).
    #[inline]
    fn enter_traced(&mut self, mut f: Box<Frame>) -> PyResult<Box<Frame>> {
        if !self.hooks_set() || self.trace.in_hook {
            return Ok(f);
        }
        match self.trace_call(&mut f) {
            Ok(()) => Ok(f),
            Err(e) => self.unwind(f, e),
        }
    }

    /// Registers a frame that starts a new activation of the loop: the
    /// recursion limit, and the native stack that the activation uses.
    #[inline]
    fn push_frame(&mut self, frame: &Frame) -> PyResult<()> {
        self.check_native_stack("")?;
        self.push_called_frame(frame)
    }

    /// Registers a frame called from Python code in the same activation
    /// (no native stack used), enforcing the recursion limit.
    #[inline]
    fn push_called_frame(&mut self, frame: &Frame) -> PyResult<()> {
        if self.depth >= self.recursion_limit {
            return Err(self.recursion_error(""));
        }
        self.depth += 1;
        self.call_stack.push(&frame.vars);
        Ok(())
    }

    #[inline]
    fn pop_frame(&mut self) {
        self.depth -= 1;
        self.call_stack.pop();
    }

    /// Runs the activation whose innermost frame is `cur` (its callers in
    /// this activation hang off `Frame::caller`) until its bottom frame
    /// returns or yields.
    fn run_frames(&mut self, mut cur: Box<Frame>) -> PyResult<ExecOutcome> {
        loop {
            // The loop without tracing code, unless a tracer is set (the
            // choice is made again at every call, return and handler).
            let result = if self.trace_active() {
                self.step::<true>(&mut cur)
            } else {
                self.step::<false>(&mut cur)
            };
            match result {
                Ok(Flow::Next) => {}
                Ok(Flow::Repick) => self.trace.switch_pending = false,
                Ok(Flow::Call(new)) => {
                    // A call is a switch point too (recursion without loops).
                    if crate::threads::lock::eval_breaker() {
                        if let Err(e) = self.switch_point(&cur) {
                            drop(new);
                            cur = self.unwind(cur, e)?;
                            continue;
                        }
                    }
                    if let Err(e) = self.push_called_frame(&new) {
                        drop(new);
                        cur = self.unwind(cur, e)?;
                        continue;
                    }
                    let caller = std::mem::replace(&mut cur, new);
                    cur.caller = Some(caller);
                    if self.hooks_set() {
                        cur = self.enter_traced(cur)?;
                    }
                }
                Ok(Flow::CallTracer(new)) => {
                    // `Vm::line_tracer_frame` checked the recursion limit;
                    // should the push fail all the same, the trace call
                    // failed.
                    if let Err(e) = self.push_called_frame(&new) {
                        drop(new);
                        self.tracer_failed(&cur);
                        cur = self.unwind(cur, e)?;
                        continue;
                    }
                    let traced = std::mem::replace(&mut cur, new);
                    cur.caller = Some(traced);
                }
                Ok(Flow::Return(v)) if cur.runs_tracer => {
                    // A trace function run for a `line` event returned:
                    // no events for its frame (it is not traced), no
                    // `__init__` result; the traced frame goes on.
                    self.pop_frame();
                    let Some(traced) = cur.caller.take() else {
                        unreachable!("a trace function's frame runs on top of the traced frame")
                    };
                    let done = std::mem::replace(&mut cur, traced);
                    self.keep_line_tracer_frame(done);
                    self.run_finalizers_if_pending();
                    self.tracer_returned(&mut cur, v);
                }
                Ok(Flow::Return(mut v)) => {
                    if self.hooks_set() {
                        if let Err(e) = self.trace_return(&mut cur, &v, false) {
                            cur = self.unwind(cur, e)?;
                            continue;
                        }
                    }
                    self.pop_frame();
                    let inst = std::mem::take(&mut cur.init_instance);
                    let Some(caller) = cur.caller.take() else {
                        // The activation's bottom frame (never an
                        // `__init__` run for a class call: that one has
                        // the caller that made the call).
                        self.frame_pool.give_back(cur);
                        self.run_finalizers_if_pending();
                        return Ok(ExecOutcome::Return(v));
                    };
                    let done = std::mem::replace(&mut cur, caller);
                    self.frame_pool.give_back(done);
                    if !inst.is_null() {
                        // An `__init__` run for a class call: the call's
                        // result is the instance.
                        if !v.is_none() {
                            let e = self.init_returned_error(&v);
                            cur = self.unwind(cur, e)?;
                            continue;
                        }
                        v = inst;
                    }
                    self.run_finalizers_if_pending();
                    cur.stack.push(v);
                }
                Ok(Flow::Yield(v)) => {
                    if self.hooks_set() {
                        if let Err(e) = self.trace_return(&mut cur, &v, true) {
                            cur = self.unwind(cur, e)?;
                            continue;
                        }
                    }
                    self.pop_frame();
                    // Only the bottom frame of an activation is a
                    // generator's (a generator is resumed by `execute`).
                    debug_assert!(cur.caller.is_none());
                    return Ok(ExecOutcome::Yield(v, cur));
                }
                Err(e) => cur = self.unwind(cur, e)?,
            }
        }
    }

    /// Runs generator finalizers that became due while a frame returned.
    #[inline]
    fn run_finalizers_if_pending(&mut self) {
        if crate::generator::finalizers_pending() {
            crate::generator::run_pending_finalizers(self);
        }
    }

    /// Routes an exception to the innermost handler of the activation whose
    /// innermost frame is `f`, adding traceback entries: `Ok` with the
    /// frame that handles it (set to run its handler), `Err` when no frame
    /// of the activation does (all of them have ended then).
    pub(super) fn unwind(&mut self, mut f: Box<Frame>, mut e: PyErr) -> Result<Box<Frame>, PyErr> {
        let mut add_tb = !self.reraising;
        self.reraising = false;
        if add_tb {
            crate::types::exception::chain_context(&e, &self.current_exception());
        }
        loop {
            let pc = f.pc.saturating_sub(1);
            if add_tb {
                // The running frame is the top of the call stack; its caller
                // is next.
                self.add_traceback(&e, &f, pc);
                if !self.trace.global.is_null() {
                    // The `exception` event where it is raised or arrives (a
                    // re-raise in the same frame gives none).
                    if let Err(te) = self.trace_exception(&mut f, &e) {
                        e = te;
                    }
                }
            }
            add_tb = true;
            // Where the exception was raised, for the frame's line: a
            // `with` exit or a cleanup that lets it through puts back the
            // instruction that raised into its handler (CPython restores it).
            let raise_pc = if f.code.code.reraises_kept_pc(pc) {
                f.kept_raise_pc
            } else {
                pc
            };
            if let Some(h) = f.code.code.handler_for(pc) {
                let depth = h.depth as usize;
                f.kept_raise_pc = raise_pc;
                f.stack.truncate(depth);
                f.stack.push(Value::Obj(e));
                f.pc = h.target as usize;
                return Ok(f);
            }
            // The frame ends here: its `f_lineno` is where the exception left
            // it (a generator thrown into before it started stays at its
            // `def` line).
            if f.pc > 0 {
                f.pc = raise_pc + 1;
                f.publish_lasti();
            }
            if self.hooks_set() {
                if let Err(te) = self.trace_unwound(&mut f) {
                    e = te;
                }
            }
            self.pop_frame();
            // Detached before the frame is dropped, so that dropping never
            // walks a chain of callers.
            let ran_tracer = f.runs_tracer;
            match f.caller.take() {
                Some(caller) => f = caller,
                None => return Err(e),
            }
            if ran_tracer {
                // The exception goes on into the traced frame, at its event.
                self.tracer_failed(&f);
            }
        }
    }

    /// Runs instructions of `f` until control leaves the frame (inlined into
    /// `run_frames`, so that a call or return does not pay for entering
    /// and leaving this large function).
    /// `TRACED` adds the per-instruction `line` check (vm/trace.rs); the
    /// untraced variant has no tracing code at all.
    #[inline(always)]
    fn step<const TRACED: bool>(&mut self, f: &mut Frame) -> PyResult<Flow> {
        // Runs instructions of `f` until control leaves the frame (a call
        // into a new frame, a return, a yield or an exception): the loop
        // stays here, with the instruction slice in a local.
        let instrs: *const [Instr] = &*f.code.code.instructions;
        // (Only the traced loop reads it.)
        let line_starts: *const [bool] = &*f.code.line_starts;
        loop {
            // SAFETY: `instrs` points into the code object that `f.code`
            // keeps alive; nothing in this loop assigns `f.code` (only the
            // frame pool does, for frames that are not running), so the
            // slice stays valid and unchanged while `f` runs here.
            let instr = unsafe { (&*instrs)[f.pc] };
            f.pc += 1;
            // (`TRACED` is a constant: the untraced loop has no check here.)
            if TRACED {
                // SAFETY: as for `instrs` (the same `CodeRt` owns both).
                let line_starts = unsafe { &*line_starts };
                match self.trace_instruction(f, f.pc - 1, line_starts)? {
                    TraceStep::Run => {}
                    // The trace function moved the frame (`f_lineno = n`).
                    TraceStep::Moved => continue,
                    TraceStep::CallTracer(tracer) => return Ok(Flow::CallTracer(tracer)),
                    TraceStep::Stopped => {
                        // Run this instruction in the loop chosen again;
                        // `trace_prev_pc` is `pc` already, so the traced
                        // loop (a new tracer) gives it no second event.
                        f.pc -= 1;
                        return Ok(Flow::Repick);
                    }
                }
            }
            match instr {
                Instr::Nop => {}
                Instr::PopTop => {
                    f.stack.pop();
                }
                Instr::Copy(n) => {
                    let v = f.stack[f.stack.len() - n as usize].clone();
                    f.stack.push(v);
                }
                Instr::Swap(n) => {
                    let len = f.stack.len();
                    f.stack.swap(len - 1, len - n as usize);
                }
                Instr::PushNull => f.stack.push(Value::Null),
                Instr::LoadConst(i) => f.stack.push(f.code.consts[i as usize].clone()),
                Instr::LoadFast(i) => {
                    let v = f.vars.slots[i as usize].get();
                    if v.is_null() {
                        return Err(self.unbound_local(f, i));
                    }
                    f.stack.push(v);
                }
                Instr::StoreFast(i) => {
                    let v = pop!(f);
                    f.vars.slots[i as usize].set(v);
                }
                Instr::DeleteFast(i) => {
                    let old = f.vars.slots[i as usize].replace(Value::Null);
                    if old.is_null() {
                        return Err(self.unbound_local(f, i));
                    }
                }
                Instr::LoadFastAndClear(i) => {
                    let v = f.vars.slots[i as usize].replace(Value::Null);
                    f.stack.push(v);
                }
                Instr::MakeCell(i) => {
                    let cell = Value::Obj(PyObject::new(Payload::Cell(crate::gil::SlotCell::new(
                        Value::Null,
                    ))));
                    f.vars.slots[i as usize].set(cell);
                }
                Instr::PrintExpr => {
                    let v = pop!(f);
                    f.publish_lasti();
                    self.display_value(v)?;
                }
                Instr::LoadDeref(i) => {
                    let v = cell_get(&f.vars.slots[i as usize].get());
                    if v.is_null() {
                        return Err(self.unbound_deref(f, i));
                    }
                    f.stack.push(v);
                }
                Instr::StoreDeref(i) => {
                    let v = pop!(f);
                    cell_set(&f.vars.slots[i as usize].get(), v);
                }
                Instr::DeleteDeref(i) => {
                    let cell = f.vars.slots[i as usize].get();
                    if cell_get(&cell).is_null() {
                        return Err(self.unbound_deref(f, i));
                    }
                    cell_set(&cell, Value::Null);
                }
                Instr::LoadClosure(i) => f.stack.push(f.vars.slots[i as usize].get()),
                Instr::LoadFromDictOrDeref(i) => {
                    let name = f.code.var_names[i as usize].clone();
                    let locals = f.vars.locals.clone();
                    let v = match self.mapping_get(&locals, &name)? {
                        Some(v) => v,
                        None => {
                            let v = cell_get(&f.vars.slots[i as usize].get());
                            if v.is_null() {
                                return Err(self.unbound_deref(f, i));
                            }
                            v
                        }
                    };
                    f.stack.push(v);
                }
                Instr::LoadName(i) => {
                    let name = f.code.names[i as usize].clone();
                    let locals = f.vars.locals.clone();
                    let v = match self.mapping_get(&locals, &name)? {
                        Some(v) => v,
                        None => self.lookup_global(f, i)?,
                    };
                    f.stack.push(v);
                }
                Instr::StoreName(i) => {
                    let name = f.code.names[i as usize].clone();
                    let v = pop!(f);
                    let locals = f.vars.locals.clone();
                    self.mapping_set(&locals, name, v)?;
                }
                Instr::DeleteName(i) => {
                    let name = f.code.names[i as usize].clone();
                    let locals = f.vars.locals.clone();
                    // Any failure to delete from the mapping (a proxy's
                    // ValueError included) is a NameError, as in CPython.
                    if !matches!(self.mapping_del(&locals, &name), Ok(true)) {
                        return Err(self.name_error(&name));
                    }
                }
                Instr::LoadGlobal(i) => {
                    let cached =
                        f.code
                            .global_cache
                            .cached(i as usize, &f.vars.globals, &f.vars.builtins);
                    let v = match cached {
                        Some(v) => v,
                        None => self.lookup_global(f, i)?,
                    };
                    f.stack.push(v);
                }
                Instr::StoreGlobal(i) => {
                    let name = f.code.names[i as usize].clone();
                    let v = pop!(f);
                    crate::types::object::ns_set(&f.vars.globals, name, v);
                }
                Instr::DeleteGlobal(i) => {
                    let name = f.code.names[i as usize].clone();
                    if !crate::types::object::ns_del(&f.vars.globals, &name) {
                        return Err(self.name_error(&name));
                    }
                }
                Instr::LoadLocals => {
                    let l = f.vars.locals.clone();
                    f.stack.push(l);
                }
                Instr::LoadAttr(i) => {
                    let obj = pop!(f);
                    let i = i as usize;
                    let name = &f.code.names[i];
                    let v = match f.code.attr_cache.load(i, &obj, name) {
                        Some(v) => v,
                        None => {
                            f.publish_lasti();
                            let v = self.get_attr(&obj, name)?;
                            self.note_attr_load(&f.code.attr_cache, i, &obj, name);
                            v
                        }
                    };
                    f.stack.push(v);
                }
                Instr::StoreAttr(i) => {
                    let obj = pop!(f);
                    let v = pop!(f);
                    let i = i as usize;
                    let name = &f.code.names[i];
                    if let Err(v) = f.code.attr_cache.store(i, &obj, name, v) {
                        f.publish_lasti();
                        self.set_attr(&obj, name, v)?;
                        self.note_attr_store(&f.code.attr_cache, i, &obj, name);
                        if self.trace.switch_pending {
                            // `frame.f_trace = fn`: trace the rest of a running frame.
                            return Ok(self.repick(f));
                        }
                    }
                }
                Instr::DeleteAttr(i) => {
                    let obj = pop!(f);
                    f.publish_lasti();
                    self.del_attr(&obj, &f.code.names[i as usize])?;
                }
                Instr::LoadMethod(i) => {
                    let obj = pop!(f);
                    let i = i as usize;
                    let name = &f.code.names[i];
                    if let Some(m) = f.code.attr_cache.method(i, &obj, name) {
                        f.stack.push(m);
                        f.stack.push(obj);
                    } else {
                        f.publish_lasti();
                        let (callable, receiver) = self.load_method(obj, name)?;
                        if !receiver.is_null() {
                            let cls = crate::vm::class_of(&receiver);
                            f.code.attr_cache.fill_method(i, cls, callable.clone());
                        }
                        f.stack.push(callable);
                        f.stack.push(receiver);
                    }
                }
                Instr::BinarySubscr => {
                    let n = f.stack.len();
                    if n >= 2 {
                        if let Some(v) = crate::vm::fast::subscr(&f.stack[n - 2], &f.stack[n - 1]) {
                            f.stack.pop();
                            f.stack[n - 2] = v;
                            continue;
                        }
                    }
                    let k = pop!(f);
                    let c = pop!(f);
                    let v = match crate::vm::fast::subscr(&c, &k) {
                        Some(v) => v,
                        None => {
                            f.publish_lasti();
                            self.getitem(&c, &k)?
                        }
                    };
                    f.stack.push(v);
                }
                Instr::StoreSubscr => {
                    let k = pop!(f);
                    let c = pop!(f);
                    let v = pop!(f);
                    if let Err(v) = crate::vm::fast::store_subscr(&c, &k, v) {
                        f.publish_lasti();
                        self.setitem(&c, &k, v)?;
                    }
                }
                Instr::DeleteSubscr => {
                    let k = pop!(f);
                    let c = pop!(f);
                    f.publish_lasti();
                    self.delitem(&c, &k)?;
                }
                Instr::BinaryOp(op) | Instr::InplaceOp(op) => {
                    if crate::vm::fast::binary_in_place(&mut f.stack, op) {
                        continue;
                    }
                    let b = pop!(f);
                    let a = pop!(f);
                    f.publish_lasti();
                    let r = if matches!(instr, Instr::InplaceOp(_)) {
                        self.inplace_op(op, &a, &b)?
                    } else {
                        self.binary_op(op, &a, &b)?
                    };
                    f.stack.push(r);
                }
                Instr::Unary(op) => {
                    let a = pop!(f);
                    f.publish_lasti();
                    let r = match op {
                        UnaryOp::Not => Value::Bool(!self.truthy(&a)?),
                        _ => self.unary_op(op, &a)?,
                    };
                    f.stack.push(r);
                }
                Instr::CompareOp(op) => {
                    let n = f.stack.len();
                    if n >= 2 {
                        if let Some(r) =
                            crate::vm::fast::compare(&f.stack[n - 2], &f.stack[n - 1], op)
                        {
                            // A compare that feeds a conditional jump (the
                            // usual `if`/`while` test) branches at once;
                            // not when traced, where the jump may start a
                            // line of its own (a comprehension's `if`).
                            // SAFETY: as for the fetch at the loop head.
                            let next = if TRACED {
                                None
                            } else {
                                unsafe { (&*instrs).get(f.pc).copied() }
                            };
                            match next {
                                Some(Instr::PopJumpIfFalse(t)) => {
                                    f.stack.truncate(n - 2);
                                    f.pc += 1;
                                    if !r {
                                        jump!(self, f, t);
                                    }
                                }
                                Some(Instr::PopJumpIfTrue(t)) => {
                                    f.stack.truncate(n - 2);
                                    f.pc += 1;
                                    if r {
                                        jump!(self, f, t);
                                    }
                                }
                                _ => {
                                    f.stack.pop();
                                    f.stack[n - 2] = Value::Bool(r);
                                }
                            }
                            continue;
                        }
                    }
                    let b = pop!(f);
                    let a = pop!(f);
                    let r = match crate::vm::fast::compare(&a, &b, op) {
                        Some(r) => Value::Bool(r),
                        None => {
                            f.publish_lasti();
                            self.compare(&a, &b, op)?
                        }
                    };
                    f.stack.push(r);
                }
                Instr::IsOp(invert) => {
                    let b = pop!(f);
                    let a = pop!(f);
                    f.stack.push(Value::Bool(a.is(&b) != invert));
                }
                Instr::ContainsOp(invert) => {
                    let b = pop!(f);
                    let a = pop!(f);
                    f.publish_lasti();
                    let r = self.contains(&b, &a)?;
                    f.stack.push(Value::Bool(r != invert));
                }
                Instr::BuildTuple(n) => {
                    let items = f.stack.split_off(f.stack.len() - n as usize);
                    f.stack.push(Value::Obj(PyObject::new_tuple(items)));
                }
                Instr::BuildList(n) => {
                    let items = f.stack.split_off(f.stack.len() - n as usize);
                    f.stack.push(Value::Obj(PyObject::new_list(items)));
                }
                Instr::BuildSet(n) => {
                    let items = f.stack.split_off(f.stack.len() - n as usize);
                    f.publish_lasti();
                    let s = crate::types::set::new_set_from(self, items)?;
                    f.stack.push(s);
                }
                Instr::BuildMap(n) => {
                    let items = f.stack.split_off(f.stack.len() - 2 * n as usize);
                    f.publish_lasti();
                    let d = self.new_dict();
                    if let Payload::Dict(cell) = &d.payload {
                        let mut it = items.into_iter();
                        while let (Some(k), Some(v)) = (it.next(), it.next()) {
                            crate::dict::set_item(self, cell, k, v)?;
                        }
                    }
                    f.stack.push(Value::Obj(d));
                }
                Instr::BuildString(n) => {
                    let items = f.stack.split_off(f.stack.len() - n as usize);
                    let mut s = String::new();
                    for it in &items {
                        s.push_str(it.as_str().unwrap_or(""));
                    }
                    f.stack.push(Value::str(s));
                }
                Instr::BuildSlice(n) => {
                    let step = if n == 3 { pop!(f) } else { Value::None };
                    let stop = pop!(f);
                    let start = pop!(f);
                    f.stack.push(Value::Obj(PyObject::new(Payload::Slice {
                        start,
                        stop,
                        step,
                    })));
                }
                Instr::ListAppend(n) => {
                    let v = pop!(f);
                    let list = f.stack[f.stack.len() - n as usize].clone();
                    if let Some(Payload::List(l)) = list.payload() {
                        l.borrow_mut().push(v);
                    }
                }
                Instr::SetAdd(n) => {
                    let v = pop!(f);
                    let set = f.stack[f.stack.len() - n as usize].clone();
                    f.publish_lasti();
                    if let Some(Payload::Set(s)) = set.payload() {
                        crate::setobj::set_add(self, s, v)?;
                    }
                }
                Instr::MapAdd(n) => {
                    let v = pop!(f);
                    let k = pop!(f);
                    let d = f.stack[f.stack.len() - n as usize].clone();
                    f.publish_lasti();
                    if let Some(Payload::Dict(cell)) = d.payload() {
                        crate::dict::set_item(self, cell, k, v)?;
                    }
                }
                Instr::ListExtend(n) => {
                    let it = pop!(f);
                    let list = f.stack[f.stack.len() - n as usize].clone();
                    f.publish_lasti();
                    let items = self.collect(&it).map_err(|e| {
                        if self.err_is(&e, "TypeError")
                            && self.lookup_special(&it, &names().__iter__).is_none()
                        {
                            self.type_error(format!(
                                "Value after * must be an iterable, not {}",
                                self.type_name(&it)
                            ))
                        } else {
                            e
                        }
                    })?;
                    if let Some(Payload::List(l)) = list.payload() {
                        l.borrow_mut().extend(items);
                    }
                }
                Instr::SetUpdate(n) => {
                    let it = pop!(f);
                    let set = f.stack[f.stack.len() - n as usize].clone();
                    f.publish_lasti();
                    let items = self.collect(&it)?;
                    if let Some(Payload::Set(s)) = set.payload() {
                        for x in items {
                            crate::setobj::set_add(self, s, x)?;
                        }
                    }
                }
                Instr::DictUpdate(n) | Instr::DictMerge(n) => {
                    let m = pop!(f);
                    let d = f.stack[f.stack.len() - n as usize].clone();
                    f.publish_lasti();
                    let merge = matches!(instr, Instr::DictMerge(_));
                    let func = if merge {
                        f.stack
                            .get(f.stack.len().wrapping_sub(n as usize + 3))
                            .cloned()
                    } else {
                        None
                    };
                    crate::types::dict::dict_merge_into(self, &d, &m, func.as_ref())?;
                }
                Instr::ListToTuple => {
                    let l = pop!(f);
                    let items = match l.payload() {
                        Some(Payload::List(l)) => std::mem::take(&mut *l.borrow_mut()),
                        _ => Vec::new(),
                    };
                    f.stack.push(Value::Obj(PyObject::new_tuple(items)));
                }
                Instr::FormatValue(conv, has_spec) => {
                    let spec = if has_spec { pop!(f) } else { Value::Null };
                    let v = pop!(f);
                    f.publish_lasti();
                    let v = match conv {
                        Conversion::None => v,
                        Conversion::Str => self.to_str_value(&v)?,
                        Conversion::Repr => self.repr_value(&v)?,
                        Conversion::Ascii => {
                            Value::str(crate::types::str::ascii_escape(&self.repr(&v)?))
                        }
                    };
                    let spec_str = spec.as_str().unwrap_or("");
                    let r = if spec_str.is_empty()
                        && v.as_str().is_some()
                        && v.as_obj().is_some_and(|o| o.class.is_none())
                    {
                        v
                    } else {
                        self.format(&v, spec_str)?
                    };
                    f.stack.push(r);
                }
                Instr::UnpackSequence(n) => {
                    let seq = pop!(f);
                    f.publish_lasti();
                    self.unpack_into(&seq, n as usize, &mut f.stack)?;
                }
                Instr::UnpackEx { before, after } => {
                    let seq = pop!(f);
                    f.publish_lasti();
                    let items = self.collect(&seq)?;
                    let (before, after) = (before as usize, after as usize);
                    if items.len() < before + after {
                        return Err(self.value_error(format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            before + after,
                            items.len()
                        )));
                    }
                    let mid_end = items.len() - after;
                    for v in items[mid_end..].iter().rev() {
                        f.stack.push(v.clone());
                    }
                    f.stack.push(Value::Obj(PyObject::new_list(
                        items[before..mid_end].to_vec(),
                    )));
                    for v in items[..before].iter().rev() {
                        f.stack.push(v.clone());
                    }
                }
                Instr::Jump(t) => jump!(self, f, t),
                Instr::PopJumpIfFalse(t) => {
                    let v = pop!(f);
                    let b = match v {
                        Value::Bool(b) => b,
                        _ => {
                            f.publish_lasti();
                            self.truthy(&v)?
                        }
                    };
                    if !b {
                        jump!(self, f, t);
                    }
                }
                Instr::PopJumpIfTrue(t) => {
                    let v = pop!(f);
                    let b = match v {
                        Value::Bool(b) => b,
                        _ => {
                            f.publish_lasti();
                            self.truthy(&v)?
                        }
                    };
                    if b {
                        jump!(self, f, t);
                    }
                }
                Instr::PopJumpIfNone(t) => {
                    if pop!(f).is_none() {
                        jump!(self, f, t);
                    }
                }
                Instr::PopJumpIfNotNone(t) => {
                    if !pop!(f).is_none() {
                        jump!(self, f, t);
                    }
                }
                Instr::JumpIfFalseOrPop(t) => {
                    f.publish_lasti();
                    let truth = match f.stack.last() {
                        Some(Value::Bool(b)) => *b,
                        Some(v) => self.truthy(v)?,
                        None => false,
                    };
                    if !truth {
                        f.pc = t as usize;
                    } else {
                        f.stack.pop();
                    }
                }
                Instr::JumpIfTrueOrPop(t) => {
                    f.publish_lasti();
                    let truth = match f.stack.last() {
                        Some(Value::Bool(b)) => *b,
                        Some(v) => self.truthy(v)?,
                        None => false,
                    };
                    if truth {
                        f.pc = t as usize;
                    } else {
                        f.stack.pop();
                    }
                }
                Instr::GetIter => {
                    let v = pop!(f);
                    f.publish_lasti();
                    let it = self.iter(&v)?;
                    f.stack.push(it);
                }
                Instr::ForIter(t) => {
                    f.publish_lasti();
                    // Borrowed from the stack: no reference-count traffic per step.
                    let next = match f.stack.last() {
                        Some(it) if TRACED => {
                            let it = it.clone();
                            self.next_traced(f, &it)?
                        }
                        Some(it) => self.next(it)?,
                        None => None,
                    };
                    match next {
                        Some(v) => f.stack.push(v),
                        None => {
                            f.stack.pop();
                            f.pc = t as usize;
                        }
                    }
                }
                Instr::MakeFunction(flags) => {
                    let code = pop!(f);
                    let closure = if flags & mf::CLOSURE != 0 {
                        pop!(f)
                    } else {
                        Value::None
                    };
                    let annotations = if flags & mf::ANNOTATIONS != 0 {
                        pop!(f)
                    } else {
                        Value::None
                    };
                    let kwdefaults = if flags & mf::KWDEFAULTS != 0 {
                        pop!(f)
                    } else {
                        Value::None
                    };
                    let defaults = if flags & mf::DEFAULTS != 0 {
                        pop!(f)
                    } else {
                        Value::None
                    };
                    let func =
                        self.make_function(f, code, defaults, kwdefaults, annotations, closure);
                    f.stack.push(func);
                }
                Instr::Call(argc) => {
                    let argc = argc as usize;
                    f.publish_lasti();
                    let base = f.stack.len() - argc - 2;
                    match self.call_from_stack(f, base, &[])? {
                        Flow::Next => {}
                        other => return Ok(other),
                    }
                }
                Instr::CallKw(argc) => {
                    let kwnames = pop!(f);
                    let argc = argc as usize;
                    f.publish_lasti();
                    let base = f.stack.len() - argc - 2;
                    let names: Vec<Value> = match kwnames.payload() {
                        Some(Payload::Tuple(t)) => t.to_vec(),
                        _ => Vec::new(),
                    };
                    match self.call_from_stack(f, base, &names)? {
                        Flow::Next => {}
                        other => return Ok(other),
                    }
                }
                Instr::CallEx(has_kwargs) => {
                    let kwargs = if has_kwargs { pop!(f) } else { Value::None };
                    let args = pop!(f);
                    let receiver = pop!(f);
                    let callable = pop!(f);
                    f.publish_lasti();
                    let mut pos: Vec<Value> = Vec::new();
                    if !receiver.is_null() {
                        pos.push(receiver);
                    }
                    match args.payload() {
                        Some(Payload::Tuple(t)) => pos.extend(t.iter().cloned()),
                        _ => match self.collect(&args) {
                            Ok(items) => pos.extend(items),
                            Err(e) => return Err(self.star_args_error(e, &callable, &args)),
                        },
                    }
                    let kw: Vec<(Value, Value)> = match kwargs.payload() {
                        Some(Payload::Dict(d)) => d
                            .borrow()
                            .iter()
                            .map(|e| (e.key.clone(), e.value.clone()))
                            .collect(),
                        _ => Vec::new(),
                    };
                    if let Some(frame) = self.prepare_python_call(&callable, &pos, &kw)? {
                        return Ok(Flow::Call(frame));
                    }
                    let r = self.call(&callable, &pos, &kw)?;
                    f.stack.push(r);
                }
                Instr::ReturnValue => {
                    let v = pop!(f);
                    return Ok(Flow::Return(v));
                }
                Instr::LoadBuildClass => {
                    let v = self.builtin_lookup(f, "__build_class__")?;
                    f.stack.push(v);
                }
                Instr::SetupAnnotations => {
                    let locals = f.vars.locals.clone();
                    let key = names().__annotations__.clone();
                    if self.mapping_get(&locals, &key)?.is_none() {
                        let d = Value::Obj(self.new_dict());
                        self.mapping_set(&locals, key, d)?;
                    }
                }
                Instr::YieldValue => {
                    let v = pop!(f);
                    f.publish_lasti();
                    return Ok(Flow::Yield(v));
                }
                Instr::YieldFrom => {
                    let value = pop!(f);
                    let iter = top!(f);
                    f.publish_lasti();
                    match crate::generator::delegate_send(self, &iter, value)? {
                        crate::generator::SendResult::Yielded(v) => {
                            // Re-run this instruction when resumed.
                            f.pc -= 1;
                            return Ok(Flow::Yield(v));
                        }
                        crate::generator::SendResult::Returned(v) => {
                            if TRACED {
                                self.trace_delegate_return(f, &iter, &v)?;
                            }
                            f.stack.pop();
                            f.stack.push(v);
                        }
                    }
                }
                Instr::GetYieldFromIter => {
                    let v = pop!(f);
                    let it = if matches!(v.payload(), Some(Payload::Generator(_))) {
                        v
                    } else {
                        self.iter(&v)?
                    };
                    f.stack.push(it);
                }
                Instr::Raise(n) => {
                    f.publish_lasti();
                    return Err(self.do_raise(f, n));
                }
                Instr::Reraise => {
                    let e = pop!(f);
                    self.reraising = true;
                    return Err(match e {
                        Value::Obj(o) => o,
                        _ => self.type_error("exceptions must derive from BaseException"),
                    });
                }
                Instr::PushExcInfo => {
                    let e = pop!(f);
                    let prev = std::mem::replace(&mut self.handled_exc, e.clone());
                    f.stack.push(prev);
                    f.stack.push(e);
                }
                Instr::PopExcept => {
                    let prev = pop!(f);
                    self.handled_exc = if prev.is_null() { Value::None } else { prev };
                }
                Instr::CheckExcMatch => {
                    let t = pop!(f);
                    let e = top!(f);
                    let r = self.exception_matches(&e, &t)?;
                    f.stack.push(Value::Bool(r));
                }
                Instr::LoadAssertionError => {
                    f.stack.push(Value::Obj(exc("AssertionError").clone()))
                }
                Instr::BeforeWith => {
                    let mgr = pop!(f);
                    f.publish_lasti();
                    let (exit, entered) = self.enter_context(&mgr)?;
                    f.stack.push(exit);
                    f.stack.push(entered);
                }
                Instr::ExitWith => {
                    let _x = pop!(f);
                    let exit = pop!(f);
                    f.publish_lasti();
                    let r = self.call(&exit, &[Value::None, Value::None, Value::None], &[])?;
                    f.stack.push(r);
                }
                Instr::WithExceptStart => {
                    let len = f.stack.len();
                    let e = f.stack[len - 1].clone();
                    let exit = f.stack[len - 3].clone();
                    f.publish_lasti();
                    let t = Value::Obj(self.class_of(&e));
                    let tb = crate::types::exception::traceback_of(&e);
                    let r = self.call(&exit, &[t, e, tb], &[])?;
                    f.stack.push(r);
                }
                Instr::MatchSequence | Instr::MatchMapping => {
                    let kind = match instr {
                        Instr::MatchSequence => crate::typeobj::type_flags::SEQUENCE,
                        _ => crate::typeobj::type_flags::MAPPING,
                    };
                    let r = f
                        .stack
                        .last()
                        .is_some_and(|v| super::pattern::is_collection_kind(v, kind));
                    f.stack.push(Value::Bool(r));
                }
                Instr::GetLen => {
                    f.publish_lasti();
                    let n = match f.stack.last() {
                        Some(v) => self.len(v)?,
                        None => 0,
                    };
                    f.stack.push(Value::Int(n as i64));
                }
                Instr::MatchKeys => {
                    let keys = top!(f);
                    let subject = f.stack[f.stack.len() - 2].clone();
                    f.publish_lasti();
                    let values = self.match_keys(&subject, &keys)?;
                    f.stack.push(values);
                }
                Instr::MatchClass(nargs) => {
                    let names = pop!(f);
                    let cls = pop!(f);
                    let subject = pop!(f);
                    f.publish_lasti();
                    let attrs = self.match_class(&subject, &cls, nargs as usize, &names)?;
                    f.stack.push(attrs);
                }
                Instr::ImportName(i) => {
                    let fromlist = pop!(f);
                    let level = pop!(f);
                    f.publish_lasti();
                    let name = f.code.names[i as usize].clone();
                    let m = self.import_name(f, &name, &fromlist, &level)?;
                    f.stack.push(m);
                }
                Instr::ImportFrom(i) => {
                    let m = top!(f);
                    f.publish_lasti();
                    let name = f.code.names[i as usize].clone();
                    let v = self.import_from(&m, &name)?;
                    f.stack.push(v);
                }
                Instr::ImportStar => {
                    let m = pop!(f);
                    f.publish_lasti();
                    let locals = f.vars.locals.clone();
                    self.import_star(&m, &locals)?;
                }
            }
        }
    }

    /// `sys.displayhook(v)` of the interactive prompt: prints `repr(v)` and
    /// stores it in `builtins._`, unless it is None.
    fn display_value(&mut self, v: Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        let text = self.repr(&v)? + "\n";
        let out = crate::modules::sys_stream(self, "stdout");
        crate::file::write_to(self, &out, text.as_bytes())?;
        crate::types::object::ns_set(&self.interp.builtins, crate::intern::intern("_"), v);
        Ok(())
    }

    /// Performs a call whose callable, receiver slot and arguments are on the stack from `base`.
    #[inline]
    fn call_from_stack(&mut self, f: &mut Frame, base: usize, kwnames: &[Value]) -> PyResult<Flow> {
        if crate::generator::finalizers_pending() {
            f.publish_lasti();
            crate::generator::run_pending_finalizers(self);
        }
        let has_self = !f.stack[base + 1].is_null();
        let args_start = if has_self { base + 1 } else { base + 2 };
        let nkw = kwnames.len();
        let total = f.stack.len() - args_start;
        let npos = total - nkw;
        // Python function: bind straight from the stack into a new frame
        // (borrowing the callable from the stack: no reference count traffic).
        if let Some(Payload::Function(func)) = f.stack[base].payload() {
            if !func.code.is_generator {
                let frame = self.bind_python_call(
                    &f.stack[base],
                    func,
                    &f.stack[args_start..args_start + npos],
                    &f.stack[args_start + npos..],
                    kwnames,
                )?;
                f.stack.truncate(base);
                return Ok(Flow::Call(frame));
            }
        }
        if let Some(frame) = self.prepare_init_frame(
            &f.stack[base],
            &f.stack[args_start..args_start + npos],
            &f.stack[args_start + npos..],
            kwnames,
        )? {
            f.stack.truncate(base);
            return Ok(Flow::Call(frame));
        }
        let callable = f.stack[base].clone();
        // A bound Python method: push its frame too (no Rust recursion).
        if let Some(Payload::BoundMethod {
            func: inner,
            receiver,
        }) = callable.payload()
        {
            if let Some(Payload::Function(func)) = inner.payload() {
                if !func.code.is_generator {
                    let mut pos = Vec::with_capacity(npos + 1);
                    pos.push(receiver.clone());
                    pos.extend_from_slice(&f.stack[args_start..args_start + npos]);
                    let frame = self.bind_python_call(
                        inner,
                        func,
                        &pos,
                        &f.stack[args_start + npos..],
                        kwnames,
                    )?;
                    f.stack.truncate(base);
                    return Ok(Flow::Call(frame));
                }
            }
        }
        let kw: Vec<(Value, Value)> = kwnames
            .iter()
            .cloned()
            .zip(f.stack[args_start + npos..].iter().cloned())
            .collect();
        // The arguments are passed straight from the value stack (no copy)
        // and popped after the call.
        if !self.trace.profile.is_null() && super::trace::is_builtin_function(&callable) {
            self.call_profiled_builtin(f, base, &callable, args_start, npos, &kw)?;
            return Ok(Flow::Next);
        }
        let r = self.call(&callable, &f.stack[args_start..args_start + npos], &kw);
        f.stack.truncate(base);
        f.stack.push(r?);
        if self.trace.switch_pending {
            return Ok(self.repick(f));
        }
        Ok(Flow::Next)
    }

    /// Leaves the loop variant after a builtin changed the tracing setup,
    /// so that `run_frames` chooses again; the rest of the current line
    /// gives no `line` event (the frame is past its start).
    #[cold]
    fn repick(&mut self, f: &mut Frame) -> Flow {
        f.trace_prev_pc = f.pc.saturating_sub(1);
        Flow::Repick
    }

    /// If `callable` is a plain (non-generator) Python function, the frame to push.
    fn prepare_python_call(
        &mut self,
        callable: &Value,
        pos: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Option<Box<Frame>>> {
        if let Some(Payload::Function(func)) = callable.payload() {
            if !func.code.is_generator {
                let names: Vec<Value> = kw.iter().map(|(k, _)| k.clone()).collect();
                let vals: Vec<Value> = kw.iter().map(|(_, v)| v.clone()).collect();
                return self
                    .bind_python_call(callable, func, pos, &vals, &names)
                    .map(Some);
            }
        }
        Ok(None)
    }

    fn make_function(
        &mut self,
        f: &Frame,
        code: Value,
        defaults: Value,
        kwdefaults: Value,
        annotations: Value,
        closure: Value,
    ) -> Value {
        let code_rt: GilRc<CodeRt> = match code.payload() {
            Some(Payload::Code(c)) => c.clone(),
            _ => return Value::None,
        };
        let cells: Box<[ObjRef]> = match closure.payload() {
            Some(Payload::Tuple(t)) => t.iter().filter_map(|c| c.as_obj().cloned()).collect(),
            _ => Box::new([]),
        };
        let module = crate::types::object::ns_get_value(&f.vars.globals, &names().__name__)
            .unwrap_or(Value::None);
        let doc = code_rt
            .code
            .docstring
            .as_ref()
            .map_or(Value::None, |d| Value::str(d.to_string()));
        let func = Function {
            name: PyCell::new(crate::intern::intern(&code_rt.code.name)),
            qualname: PyCell::new(Value::str(code_rt.code.qualname.to_string())),
            code: code_rt,
            globals: f.vars.globals.clone(),
            builtins: f.vars.builtins.clone(),
            defaults: PyCell::new(defaults),
            kwdefaults: PyCell::new(kwdefaults),
            annotations: PyCell::new(annotations),
            doc: PyCell::new(doc),
            module: PyCell::new(module),
            closure: cells,
        };
        Value::Obj(PyObject::new(Payload::Function(Box::new(func))))
    }

    /// The global or builtin named `names[i]` by a full lookup, which
    /// refills the name's cache entry, or the `NameError`: `LOAD_GLOBAL`
    /// when the cache does not answer, `LOAD_NAME` after the locals.
    #[inline(never)]
    fn lookup_global(&mut self, f: &Frame, i: u32) -> PyResult<Value> {
        let name = &f.code.names[i as usize];
        match f
            .code
            .global_cache
            .lookup(i as usize, &f.vars.globals, &f.vars.builtins, name)
        {
            Some(v) => Ok(v),
            None => Err(self.name_error(name)),
        }
    }

    fn builtin_lookup(&mut self, f: &Frame, name: &str) -> PyResult<Value> {
        crate::types::object::ns_get(&f.vars.builtins, name)
            .ok_or_else(|| self.error("NameError", format!("name '{name}' is not defined")))
    }

    /// `NameError: name 'x' is not defined`.
    pub fn name_error(&self, name: &Value) -> PyErr {
        let n = name.as_str().unwrap_or("?");
        let e = self.error("NameError", format!("name '{n}' is not defined"));
        let _ = crate::types::object::set_instance_attr(&e, "name", name.clone());
        e
    }

    fn unbound_local(&self, f: &Frame, slot: u32) -> PyErr {
        let name = &f.code.code.vars[slot as usize].name;
        self.error(
            "UnboundLocalError",
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    fn unbound_deref(&self, f: &Frame, slot: u32) -> PyErr {
        let v = &f.code.code.vars[slot as usize];
        if v.kind == locus_bytecode::VarKind::Free {
            self.error(
                "NameError",
                format!("cannot access free variable '{}' where it is not associated with a value in enclosing scope", v.name),
            )
        } else {
            self.unbound_local(f, slot)
        }
    }

    fn unpack_into(&mut self, seq: &Value, n: usize, stack: &mut Vec<Value>) -> PyResult<()> {
        let items: Vec<Value> = match seq.payload() {
            Some(Payload::Tuple(t)) if seq.as_obj().is_some_and(|o| o.class.is_none()) => {
                t.to_vec()
            }
            Some(Payload::List(l)) if seq.as_obj().is_some_and(|o| o.class.is_none()) => {
                l.borrow().clone()
            }
            _ => {
                let it = self.iter(seq).map_err(|e| {
                    if self.err_is(&e, "TypeError") {
                        self.type_error(format!(
                            "cannot unpack non-iterable {} object",
                            self.type_name(seq)
                        ))
                    } else {
                        e
                    }
                })?;
                let mut out = Vec::with_capacity(n);
                while let Some(x) = self.next(&it)? {
                    if out.len() == n {
                        return Err(
                            self.value_error(format!("too many values to unpack (expected {n})"))
                        );
                    }
                    out.push(x);
                }
                out
            }
        };
        if items.len() != n {
            return Err(if items.len() > n {
                self.value_error(format!("too many values to unpack (expected {n})"))
            } else {
                self.value_error(format!(
                    "not enough values to unpack (expected {n}, got {})",
                    items.len()
                ))
            });
        }
        stack.extend(items.into_iter().rev());
        Ok(())
    }

    fn do_raise(&mut self, f: &mut Frame, n: u32) -> PyErr {
        if n == 0 {
            return match &self.current_exception() {
                Value::Obj(o) => {
                    self.reraising = true;
                    o.clone()
                }
                _ => self.error("RuntimeError", "No active exception to reraise"),
            };
        }
        let cause = if n == 2 { Some(pop!(f)) } else { None };
        let v = pop!(f);
        let e = match self.make_exception(&v) {
            Ok(e) => e,
            Err(e) => return e,
        };
        if let Some(cause) = cause {
            let cause = if cause.is_none() {
                Ok(Value::None)
            } else {
                self.make_exception(&cause)
                    .map(Value::Obj)
                    .map_err(|_| self.type_error("exception causes must derive from BaseException"))
            };
            match cause {
                Ok(c) => crate::types::exception::set_cause(&e, c),
                Err(err) => return err,
            }
        }
        e
    }

    /// The exception instance for `raise v` (instantiating a class).
    pub fn make_exception(&mut self, v: &Value) -> Result<PyErr, PyErr> {
        let base = exc("BaseException");
        if let Some(Payload::Type(_)) = v.payload() {
            let cls = v.as_obj().cloned().unwrap_or_else(|| base.clone());
            if crate::typeobj::is_subtype(&cls, base) {
                let inst = self.call(v, &[], &[])?;
                return match inst {
                    Value::Obj(o) if self.is_instance(&Value::Obj(o.clone()), base) => Ok(o),
                    other => {
                        let callee = self.repr(v)?;
                        Err(self.type_error(format!(
                            "calling {} should have returned an instance of BaseException, not {}",
                            callee,
                            self.type_name(&other)
                        )))
                    }
                };
            }
        } else if self.is_instance(v, base) {
            if let Value::Obj(o) = v {
                return Ok(o.clone());
            }
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    /// Whether exception `e` matches an `except` clause's class or tuple.
    pub fn exception_matches(&mut self, e: &Value, t: &Value) -> PyResult<bool> {
        let base = exc("BaseException");
        let classes: Vec<Value> = match t.payload() {
            Some(Payload::Tuple(items)) => items.to_vec(),
            _ => vec![t.clone()],
        };
        for c in &classes {
            match c.payload() {
                Some(Payload::Type(_))
                    if crate::typeobj::is_subtype(c.as_obj().unwrap_or(base), base) => {}
                _ => {
                    return Err(self.type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ))
                }
            }
        }
        let cls = self.class_of(e);
        Ok(classes.iter().any(|c| {
            c.as_obj()
                .is_some_and(|c| crate::typeobj::is_subtype(&cls, c))
        }))
    }

    fn enter_context(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let n = names();
        let enter = self.lookup_special(mgr, &n.__enter__);
        let exit = self.lookup_special(mgr, &n.__exit__);
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let missing = if self.lookup_special(mgr, &n.__enter__).is_none() {
                ""
            } else {
                " (missed __exit__ method)"
            };
            return Err(self.type_error(format!(
                "'{}' object does not support the context manager protocol{}",
                self.type_name(mgr),
                missing
            )));
        };
        let exit = self.bind_descriptor(&exit, mgr)?;
        let entered = self.call_descriptor_as_method(&enter, mgr, std::slice::from_ref(mgr))?;
        Ok((exit, entered))
    }
}

/// The contents of a cell object.
#[inline]
pub fn cell_get(cell: &Value) -> Value {
    match cell.payload() {
        Some(Payload::Cell(c)) => c.get(),
        _ => Value::Null,
    }
}

/// Sets the contents of a cell object.
#[inline]
pub fn cell_set(cell: &Value, v: Value) {
    if let Some(Payload::Cell(c)) = cell.payload() {
        c.set(v);
    }
}
