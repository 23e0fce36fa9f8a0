//! `sys.settrace` and `sys.setprofile`: delivering `call`, `line`,
//! `return` and `exception` events to trace functions, and `call`,
//! `return`, `c_call`, `c_return` and `c_exception` to profile functions
//! (the trace function hears an event first, as in CPython).
//!
//! Cost model: the dispatch loop exists twice (`step::<false>` and
//! `step::<true>`, one generic function). `run_frames` picks the variant
//! each time it (re)enters a frame — a call, a return into the caller, a
//! handled exception — so an untraced program runs a loop with no tracing
//! code in it, and a tracer installed or removed takes effect at the next
//! of those points (CPython: `sys.settrace` inside a function traces its
//! callees, not the rest of itself). Only the traced variant asks, before
//! each instruction, whether a `line` event is due.
//!
//! A trace function is called like any Python function, with the frame
//! object; it sees the frame's variables through `f_locals` (the
//! write-through proxy), and nothing is copied before or after it runs.
//! For a `line` event, a trace function that is a plain three-parameter
//! Python function runs as a frame of the traced frame's own activation
//! of the loop (`TraceStep::CallTracer`), which is much cheaper than a
//! nested run of the loop; other events and other callables are called
//! through `Vm::call_tracer`.
//! While it runs no events are produced (its own frames are not traced).
//! If it raises, tracing is switched off for the thread and the exception
//! propagates into the traced code at the event.

use crate::frame::Frame;
use crate::generator::SendResult;
use crate::object::PyObject;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::value::Value;
use crate::vm::jump::{HookEvent, PendingJump};
use crate::vm::{PyErr, PyResult, Vm};

/// A trace or profile event.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Event {
    Call,
    Line,
    Return,
    Exception,
    Opcode,
    CCall,
    CReturn,
    CException,
}

impl Event {
    /// The event's name as a str object, made once (no allocation per
    /// event).
    #[inline]
    fn name(self) -> Value {
        static NAMES: std::sync::OnceLock<[Value; 8]> = std::sync::OnceLock::new();
        let names = NAMES.get_or_init(|| {
            [
                "call",
                "line",
                "return",
                "exception",
                "opcode",
                "c_call",
                "c_return",
                "c_exception",
            ]
            .map(crate::intern::intern)
        });
        names[self as usize].clone()
    }
}

/// What the traced loop does before an instruction, once the events due
/// there are delivered.
pub(crate) enum TraceStep {
    /// Run the instruction.
    Run,
    /// The trace function moved the frame (`f_lineno = n`): go on at its
    /// new `pc`.
    Moved,
    /// First run this frame of the trace function (a `line` event), on
    /// top of the traced frame.
    CallTracer(Box<Frame>),
    /// The trace function switched tracing off (`sys.settrace(None)`):
    /// the instruction runs in the untraced loop, and no more events come,
    /// in this frame either (CPython 3.13 stops them all at once).
    Stopped,
}

/// Set once any frame's `f_trace_opcodes` has been set to True: until
/// then the traced loop looks at a frame's trace settings only where a
/// line starts (never cleared: a stale true only costs a look per
/// instruction while tracing).
static OPCODE_EVENTS_ASKED: AtomicBool = AtomicBool::new(false);

/// Records that a frame asked for `opcode` events (`f_trace_opcodes`).
pub(crate) fn note_opcode_events_asked() {
    OPCODE_EVENTS_ASKED.store(true, Ordering::Relaxed);
}

/// The trace settings of one thread.
#[derive(Default)]
pub struct TraceState {
    /// The global trace function (`sys.settrace`), `Null` when none.
    pub global: Value,
    /// The profile function (`sys.setprofile`), `Null` when none.
    pub profile: Value,
    /// Set while a trace function runs: no events then.
    pub in_hook: bool,
    /// Set when a builtin installed a trace function or assigned a frame's
    /// `f_trace`: the running frame leaves its loop variant at the end of
    /// that instruction so that the choice is made again (a frame that sets
    /// its own `f_trace` is traced from its next line, as in CPython).
    pub switch_pending: bool,
    /// While a hook runs: the address of the `FrameVars` of the frame it
    /// was called for, and the event (what `f_lineno` assignment checks).
    pub hook_event: Option<(usize, HookEvent)>,
    /// A jump that a trace function asked for by assigning `f_lineno`,
    /// applied to the frame when the trace function returns.
    pub jump: Option<PendingJump>,
    /// The finished frame of the last trace function run for a `line`
    /// event, released (see `FramePool::release`) and kept for the next
    /// one: the same trace function runs again and again, and restarting
    /// its frame costs far less than a trip through the frame pool.
    pub line_tracer_frame: Option<Box<Frame>>,
}

impl Vm {
    /// Whether frames entered now are run by the traced loop.
    #[inline]
    pub(crate) fn trace_active(&self) -> bool {
        !self.trace.global.is_null() && !self.trace.in_hook
    }

    /// Whether a trace or profile function wants frame entries and exits.
    #[inline]
    pub(crate) fn hooks_set(&self) -> bool {
        !(self.trace.global.is_null() && self.trace.profile.is_null())
    }

    /// Calls the profile function for `event`; if it raises, profiling is
    /// switched off and the error propagates.
    pub(crate) fn profile_event(
        &mut self,
        f: &mut Frame,
        event: Event,
        arg: Value,
    ) -> PyResult<()> {
        let profile = self.trace.profile.clone();
        if profile.is_null() || self.trace.in_hook {
            return Ok(());
        }
        if f.trace_object.is_null() {
            f.trace_object = crate::types::frame::frame_object(self, &f.vars);
        }
        let frame = f.trace_object.clone();
        self.trace.in_hook = true;
        self.trace.hook_event = Some((
            crate::gil_rc::GilRc::as_ptr(&f.vars) as usize,
            HookEvent::Profile,
        ));
        let r = self.call_hook(&profile, frame, event, arg);
        self.trace.hook_event = None;
        self.trace.in_hook = false;
        if r.is_err() {
            self.trace.profile = Value::Null;
        }
        r.map(drop)
    }

    /// A builtin called under a profile function: `c_call`, then `c_return`
    /// or `c_exception`, with the builtin as the argument.
    #[cold]
    #[inline(never)]
    pub(crate) fn call_profiled_builtin(
        &mut self,
        f: &mut Frame,
        base: usize,
        callable: &Value,
        args_start: usize,
        npos: usize,
        kw: &[(Value, Value)],
    ) -> PyResult<()> {
        f.publish_lasti();
        self.profile_event(f, Event::CCall, callable.clone())?;
        let args: Vec<Value> = f.stack[args_start..args_start + npos].to_vec();
        let r = self.call(callable, &args, kw);
        let event = if r.is_ok() {
            Event::CReturn
        } else {
            Event::CException
        };
        self.profile_event(f, event, callable.clone())?;
        f.stack.truncate(base);
        f.stack.push(r?);
        Ok(())
    }

    /// Calls a trace function; on error tracing is switched off.
    fn call_tracer(
        &mut self,
        tracer: &Value,
        f: &mut Frame,
        event: Event,
        kind: HookEvent,
        arg: Value,
    ) -> PyResult<Value> {
        if f.trace_object.is_null() {
            f.trace_object = crate::types::frame::frame_object(self, &f.vars);
        }
        let frame = f.trace_object.clone();
        self.trace.in_hook = true;
        self.trace.hook_event = Some((crate::gil_rc::GilRc::as_ptr(&f.vars) as usize, kind));
        let r = self.call_hook(tracer, frame, event, arg);
        self.trace.hook_event = None;
        self.trace.in_hook = false;
        if r.is_err() {
            self.tracer_failed(f);
        }
        r
    }

    /// A trace function called for an event of `f` raised: tracing is
    /// switched off (the global trace function and `f`'s local one), and
    /// a jump it asked for before failing is not made.
    pub(crate) fn tracer_failed(&mut self, f: &Frame) {
        self.trace.hook_event = None;
        self.trace.in_hook = false;
        self.trace.jump = None;
        self.trace.global = Value::Null;
        let old = f
            .vars
            .with_meta(|m| std::mem::replace(&mut m.trace, Value::Null));
        drop(old);
    }

    /// The frame of a trace function to run for the `line` event of `f`
    /// (instruction `pc`), when the trace function is a plain Python
    /// function of three parameters: the loop runs it on top of `f` in the
    /// same activation (a `Flow::CallTracer`), which costs far less than a
    /// nested run of the loop, and hands its result to
    /// [`Vm::tracer_returned`]. The kept frame of the last line tracer is
    /// restarted when it is this function's ([`Vm::restart_line_tracer`]);
    /// otherwise the frame comes from the pool. `None` for any other trace
    /// function (it is called the general way).
    fn line_tracer_frame(
        &mut self,
        tracer: &Value,
        f: &mut Frame,
        pc: usize,
    ) -> Option<Box<Frame>> {
        let Some(crate::object::Payload::Function(func)) = tracer.payload() else {
            return None;
        };
        // At the recursion limit the general call raises the RecursionError.
        if !func.takes_exactly(3) || self.depth >= self.recursion_limit {
            return None;
        }
        if f.trace_object.is_null() {
            f.trace_object = crate::types::frame::frame_object(self, &f.vars);
        }
        if let Some(frame) = self.restart_line_tracer(f, pc) {
            return Some(frame);
        }
        self.enter_line_hook(f);
        let mut frame = self.function3_frame(
            func,
            f.trace_object.clone(),
            Event::Line.name(),
            Value::None,
        );
        frame.runs_tracer = true;
        Some(frame)
    }

    /// The usual `line` event, settled in one look at the frame (no new
    /// reference to its trace function): line events on, opcode events
    /// off, the frame object made by an earlier event, and the trace
    /// function the one whose frame `TraceState::line_tracer_frame` keeps.
    /// That frame, restarted with the event's arguments; `None` when any
    /// of this does not hold (the general path then decides).
    #[inline]
    fn restart_line_tracer(&mut self, f: &mut Frame, pc: usize) -> Option<Box<Frame>> {
        if f.trace_object.is_null() || self.depth >= self.recursion_limit {
            return None;
        }
        let spare = self.trace.line_tracer_frame.as_mut()?;
        {
            // SAFETY: nothing while `meta` lives drops a value, runs code
            // or touches the frame's trace settings (`restart` only
            // compares and stores into the kept frame).
            let meta = unsafe { f.vars.meta.try_borrow_unguarded() }.ok()?;
            let m = meta.as_ref()?;
            if !m.trace_lines || m.trace_opcodes {
                return None;
            }
            let Some(crate::object::Payload::Function(func)) = m.trace.payload() else {
                return None;
            };
            if !func.takes_exactly(3) || !spare.restart(&func.code, &func.globals, &func.builtins) {
                return None;
            }
        }
        let mut frame = self.trace.line_tracer_frame.take()?;
        // A plain code's three parameters are its first slots, unbound in
        // a released frame.
        if let [s0, s1, s2, ..] = frame.vars.slots.as_slice() {
            s0.fill_unbound(f.trace_object.clone());
            s1.fill_unbound(Event::Line.name());
            s2.fill_unbound(Value::None);
        }
        frame.runs_tracer = true;
        // `f_lineno` during the event is the line about to run.
        f.vars.lasti.store(pc as u32, Ordering::Relaxed);
        self.enter_line_hook(f);
        Some(frame)
    }

    /// Marks a trace function as running for the `line` event of `f`: no
    /// events meanwhile, and `f_lineno` assignments apply to `f`.
    #[inline]
    fn enter_line_hook(&mut self, f: &Frame) {
        self.trace.in_hook = true;
        self.trace.hook_event = Some((
            crate::gil_rc::GilRc::as_ptr(&f.vars) as usize,
            HookEvent::Line,
        ));
    }

    /// Takes back the finished frame of a trace function run for a `line`
    /// event, to restart it for the next one.
    #[inline]
    pub(crate) fn keep_line_tracer_frame(&mut self, mut frame: Box<Frame>) {
        if crate::frame::FramePool::release(&mut frame) {
            if let Some(old) = self.trace.line_tracer_frame.replace(frame) {
                self.frame_pool.give_back(old);
            }
        }
    }

    /// The trace function run for the `line` event of `f` (see
    /// [`Vm::line_tracer_frame`]) returned `r`: `r` becomes `f`'s local
    /// tracer, the jump it asked for is made, and otherwise `f` goes on
    /// with the instruction whose event it was.
    #[inline(never)]
    pub(crate) fn tracer_returned(&mut self, f: &mut Frame, r: Value) {
        self.trace.in_hook = false;
        self.trace.hook_event = None;
        self.replace_local_tracer(f, r);
        if !(self.trace.jump.is_some() && self.apply_jump(f)) {
            // The instruction runs now. Its `pc` stays the frame's
            // `trace_prev_pc`, so that it gives no second `line` event.
            f.pc -= 1;
        }
    }

    /// Calls a trace or profile function with its three arguments: a plain
    /// Python function taking exactly three positional arguments (the
    /// usual tracer) is run at once, without the general call's argument
    /// binding.
    fn call_hook(
        &mut self,
        hook: &Value,
        frame: Value,
        event: Event,
        arg: Value,
    ) -> PyResult<Value> {
        match hook.payload() {
            Some(crate::object::Payload::Function(func)) if func.takes_exactly(3) => {
                self.call_function3(func, frame, event.name(), arg)
            }
            _ => self.call(hook, &[frame, event.name(), arg], &[]),
        }
    }

    /// The frame's local trace function, if any.
    fn local_tracer(f: &Frame) -> Option<Value> {
        Self::local_tracer_flags(f).map(|(t, _, _)| t)
    }

    /// The `call` event of a frame that starts or resumes: the global
    /// trace function's result becomes the frame's `f_trace`.
    pub(crate) fn trace_call(&mut self, f: &mut Frame) -> PyResult<()> {
        let global = self.trace.global.clone();
        if global.is_null() || self.trace.in_hook {
            return self.profile_event(f, Event::Call, Value::None);
        }
        let kind = if f.pc > 0 {
            // A resumed generator: the line of the `yield`.
            f.publish_lasti();
            HookEvent::Resume
        } else {
            HookEvent::FirstCall
        };
        let local = self.call_tracer(&global, f, Event::Call, kind, Value::None)?;
        self.apply_jump(f);
        let old = f.vars.with_meta(|m| {
            std::mem::replace(
                &mut m.trace,
                if local.is_none() { Value::Null } else { local },
            )
        });
        drop(old);
        self.profile_event(f, Event::Call, Value::None)
    }

    /// Before instruction `pc` of a traced frame: the `line` event when the
    /// instruction starts a new line, or a backward jump lands on it, then
    /// the `opcode` event when `f_trace_opcodes` is set; what the loop does
    /// next is the [`TraceStep`]. `line_starts` is the frame's
    /// `CodeRt::line_starts`, which the loop keeps at hand.
    #[inline(always)]
    pub(crate) fn trace_instruction(
        &mut self,
        f: &mut Frame,
        pc: usize,
        line_starts: &[bool],
    ) -> PyResult<TraceStep> {
        let prev = f.trace_prev_pc;
        // Always recorded: after an instruction with no line (compiler
        // bookkeeping, which gives no event) the next line fires, even the
        // line that ran before (CPython: the line after a comprehension's
        // cleanup handler).
        f.trace_prev_pc = pc;
        let opcodes_asked = OPCODE_EVENTS_ASKED.load(Ordering::Relaxed);
        // Most instructions follow the one before and start no line: they
        // give no event and are done here. (`usize::MAX` wraps to 0: the
        // first instruction counts as following "none".)
        if prev.wrapping_add(1) == pc {
            if !line_starts.get(pc).copied().unwrap_or(false) && !opcodes_asked {
                return Ok(TraceStep::Run);
            }
        } else if prev == pc && !opcodes_asked {
            // The instruction whose `line` event the loop just ran the
            // trace function for (`Vm::tracer_returned`). (A jump to
            // itself gives no `line` event either: it stays on its line.)
            return Ok(TraceStep::Run);
        }
        self.trace_instruction_events(f, pc, prev)
    }

    /// The events due before instruction `pc`, reached from `prev`.
    #[inline(never)]
    fn trace_instruction_events(
        &mut self,
        f: &mut Frame,
        pc: usize,
        prev: usize,
    ) -> PyResult<TraceStep> {
        let new_line = if prev.wrapping_add(1) == pc {
            // Reached from the instruction before (or first).
            f.code.line_starts.get(pc).copied().unwrap_or(false)
        } else {
            let line = f.code.code.line_of(pc);
            line != 0 && (pc < prev || f.code.code.line_of(prev) != line)
        };
        if !new_line && !OPCODE_EVENTS_ASKED.load(Ordering::Relaxed) {
            return Ok(TraceStep::Run);
        }
        if new_line {
            if let Some(frame) = self.restart_line_tracer(f, pc) {
                return Ok(TraceStep::CallTracer(frame));
            }
        }
        let Some((tracer, lines, opcodes)) = Self::local_tracer_flags(f) else {
            return Ok(TraceStep::Run);
        };
        if lines && new_line {
            // `f_lineno` during the event is the line about to run.
            f.vars
                .lasti
                .store(pc as u32, std::sync::atomic::Ordering::Relaxed);
            if !opcodes {
                // The usual case: the loop runs the trace function.
                if let Some(frame) = self.line_tracer_frame(&tracer, f, pc) {
                    return Ok(TraceStep::CallTracer(frame));
                }
            }
            let r = self.call_tracer(&tracer, f, Event::Line, HookEvent::Line, Value::None)?;
            self.replace_local_tracer(f, r);
            if self.trace.jump.is_some() && self.apply_jump(f) {
                return Ok(TraceStep::Moved);
            }
            if self.trace.global.is_null() {
                return Ok(TraceStep::Stopped);
            }
        }
        if opcodes {
            // The flag may have changed during the `line` event: read again.
            if let Some((tracer, _, true)) = Self::local_tracer_flags(f) {
                f.vars
                    .lasti
                    .store(pc as u32, std::sync::atomic::Ordering::Relaxed);
                let r =
                    self.call_tracer(&tracer, f, Event::Opcode, HookEvent::Opcode, Value::None)?;
                self.replace_local_tracer(f, r);
                if self.trace.global.is_null() {
                    return Ok(TraceStep::Stopped);
                }
            }
        }
        Ok(TraceStep::Run)
    }

    /// The frame's local trace function with its `f_trace_lines` and
    /// `f_trace_opcodes` flags (one look at the frame's meta state).
    fn local_tracer_flags(f: &Frame) -> Option<(Value, bool, bool)> {
        let meta = f.vars.meta.borrow();
        let m = meta.as_ref()?;
        (!m.trace.is_null() && !m.trace.is_none())
            .then(|| (m.trace.clone(), m.trace_lines, m.trace_opcodes))
    }

    /// Makes the jump a trace function asked for (see `vm/jump.rs`): drops
    /// the stack items the target does not have (restoring the exception
    /// state an `except` body saved, when leaving one) and moves the frame
    /// there. A frame suspended
    /// at a yield does not take the sent value when it resumes.
    fn apply_jump(&mut self, f: &mut Frame) -> bool {
        let Some(jump) = self.trace.jump.take() else {
            return false;
        };
        if let Some(i) = jump.saved_exc_at {
            if let Some(saved) = f.stack.get(i) {
                let saved = if saved.is_null() {
                    Value::None
                } else {
                    saved.clone()
                };
                let old = std::mem::replace(&mut self.handled_exc, saved);
                drop(old);
            }
        }
        let dropped: Vec<Value> = f.stack.drain(jump.depth.min(f.stack.len())..).collect();
        drop(dropped);
        f.pc = jump.target;
        // As in CPython 3.13, the target line runs without a `line` event
        // of its own; the next line gets one.
        f.trace_prev_pc = jump.target;
        f.vars
            .lasti
            .store(jump.target as u32, std::sync::atomic::Ordering::Relaxed);
        true
    }

    /// A local trace function's result replaces `f_trace` unless None.
    #[inline(always)]
    fn replace_local_tracer(&self, f: &Frame, r: Value) {
        // Most trace functions return themselves: nothing to replace.
        // SAFETY: the settings are only compared while the reference lives.
        let same = || {
            unsafe { f.vars.meta.try_borrow_unguarded() }
                .is_ok_and(|meta| meta.as_ref().is_some_and(|m| m.trace.is(&r)))
        };
        if !r.is_none() && !same() {
            let old = f.vars.with_meta(|m| std::mem::replace(&mut m.trace, r));
            drop(old);
        }
    }

    /// The `return` event (also for a yield): `value`, or None when an
    /// exception leaves the frame.
    pub(crate) fn trace_return(
        &mut self,
        f: &mut Frame,
        value: &Value,
        yielding: bool,
    ) -> PyResult<()> {
        if self.trace.in_hook {
            return Ok(());
        }
        // A return with no line (rare: the compiler gives exits the line of
        // what leads to them) reports the nearest line before it.
        f.publish_lasti();
        self.deliver_return(f, value, yielding)
    }

    /// The `return` event (arg None) of a frame that an exception leaves;
    /// its `f_lineno` is already published (`Vm::unwind`).
    pub(crate) fn trace_unwound(&mut self, f: &mut Frame) -> PyResult<()> {
        if self.trace.in_hook {
            return Ok(());
        }
        self.deliver_return(f, &Value::None, false)
    }

    /// Calls the local trace function, then the profile function, with a
    /// `return` event (of a yield when `yielding`: a jump asked for then
    /// moves the suspended frame).
    fn deliver_return(&mut self, f: &mut Frame, value: &Value, yielding: bool) -> PyResult<()> {
        if let Some(tracer) = Self::local_tracer(f) {
            let kind = if yielding {
                HookEvent::Yield
            } else {
                HookEvent::Return
            };
            let r = self.call_tracer(&tracer, f, Event::Return, kind, value.clone())?;
            self.replace_local_tracer(f, r);
            if self.apply_jump(f) {
                // Resumed later at the target, without the sent value.
                f.skip_send = true;
            }
        }
        // The trace function hears first, then the profile function, as
        // in CPython.
        self.profile_event(f, Event::Return, value.clone())
    }

    /// `next(it)` for the `for` loop of a traced frame: as [`Vm::next`],
    /// but a loop that ends by a StopIteration exception (from a Python
    /// `__next__`) or by a generator returning a value other than None
    /// gives the looping frame an `exception` event, as in CPython (R97).
    pub(crate) fn next_traced(&mut self, f: &mut Frame, it: &Value) -> PyResult<Option<Value>> {
        let stop = match it.payload() {
            Some(crate::object::Payload::Generator(_)) => {
                match crate::generator::resume(self, it, Value::None, None)? {
                    SendResult::Yielded(v) => return Ok(Some(v)),
                    SendResult::Returned(v) if v.is_none() => return Ok(None),
                    SendResult::Returned(v) => self.stop_iteration(v),
                }
            }
            _ if matches!(it, Value::Obj(o) if o.class.is_some()) => {
                match self.call_special(it, &crate::names::names().__next__, &[]) {
                    Ok(Some(v)) => return Ok(Some(v)),
                    Ok(None) => {
                        return Err(self.type_error(format!(
                            "'{}' object is not an iterator",
                            self.type_name(it)
                        )))
                    }
                    Err(e) if self.err_is(&e, "StopIteration") => e,
                    Err(e) => return Err(e),
                }
            }
            _ => return self.next(it),
        };
        self.trace_exception(f, &stop)?;
        Ok(None)
    }

    /// The end of a `yield from` over `iter` in a traced frame: when the
    /// inner generator returned (whatever the value) or a Python
    /// `__next__` raised StopIteration, the delegating frame gets an
    /// `exception` event with StopIteration(value), as in CPython; a
    /// builtin iterator's end gives none.
    pub(crate) fn trace_delegate_return(
        &mut self,
        f: &mut Frame,
        iter: &Value,
        value: &Value,
    ) -> PyResult<()> {
        let Value::Obj(o) = iter else {
            return Ok(());
        };
        let stopped =
            o.class.is_some() || matches!(o.payload, crate::object::Payload::Generator(_));
        if !stopped {
            return Ok(());
        }
        let stop = self.stop_iteration(value.clone());
        self.trace_exception(f, &stop)
    }

    /// Raises `e`, thrown into a resumed generator, in its frame `f`. At a `yield from` whose inner iterator let it through,
    /// CPython's delegation has a handler of its own on that line, so the
    /// frame gets the `exception` event and then a `line` event for the
    /// same line, before the exception goes on.
    pub(crate) fn unwind_thrown_traced(
        &mut self,
        mut f: Box<Frame>,
        e: PyErr,
    ) -> PyResult<Box<Frame>> {
        let pc = f.pc.saturating_sub(1);
        let at_yield_from = matches!(
            f.code.code.instructions.get(pc),
            Some(locus_bytecode::Instr::YieldFrom)
        );
        if !at_yield_from || self.reraising {
            return self.unwind(f, e);
        }
        crate::types::exception::chain_context(&e, &self.current_exception());
        self.add_traceback(&e, &f, pc);
        let e = match self.trace_exception(&mut f, &e) {
            Ok(()) => match self.trace_line_at(&mut f, pc) {
                Ok(()) => e,
                Err(te) => te,
            },
            Err(te) => te,
        };
        // Its traceback entry and event are done: go on as a re-raise.
        self.reraising = true;
        self.unwind(f, e)
    }

    /// A `line` event for instruction `pc`, whatever ran before it.
    fn trace_line_at(&mut self, f: &mut Frame, pc: usize) -> PyResult<()> {
        f.trace_prev_pc = pc;
        let Some(tracer) = Self::local_tracer(f) else {
            return Ok(());
        };
        if !f.vars.with_meta(|m| m.trace_lines) {
            return Ok(());
        }
        f.vars
            .lasti
            .store(pc as u32, std::sync::atomic::Ordering::Relaxed);
        let r = self.call_tracer(&tracer, f, Event::Line, HookEvent::Line, Value::None)?;
        self.replace_local_tracer(f, r);
        // The exception goes on from here whatever the tracer asked: a jump
        // assigned during this event is not made.
        self.trace.jump = None;
        Ok(())
    }

    /// The `exception` event where an exception is raised or arrives.
    pub(crate) fn trace_exception(&mut self, f: &mut Frame, e: &PyErr) -> PyResult<()> {
        if self.trace.in_hook || self.trace.global.is_null() {
            return Ok(());
        }
        let Some(tracer) = Self::local_tracer(f) else {
            return Ok(());
        };
        let value = Value::Obj(e.clone());
        let tb = match value.payload() {
            Some(crate::object::Payload::Exception(d)) => d.traceback.borrow().clone(),
            _ => Value::None,
        };
        let arg = Value::Obj(PyObject::new_tuple(vec![
            Value::Obj(self.class_of(&value)),
            value,
            tb,
        ]));
        let r = self.call_tracer(&tracer, f, Event::Exception, HookEvent::Exception, arg)?;
        self.replace_local_tracer(f, r);
        Ok(())
    }
}

/// Whether `v` is a function implemented in Rust (a profiler's `c_call`).
pub(crate) fn is_builtin_function(v: &Value) -> bool {
    match v.payload() {
        Some(crate::object::Payload::Builtin(_)) => true,
        Some(crate::object::Payload::BoundMethod { func, .. }) => {
            matches!(func.payload(), Some(crate::object::Payload::Builtin(_)))
        }
        _ => false,
    }
}

/// `sys.settrace(fn)`.
pub fn sys_settrace(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    vm.set_trace_function(args.first().cloned().unwrap_or(Value::None));
    Ok(Value::None)
}

impl Vm {
    /// `sys.settrace(f)` for this thread (None: off).
    pub(crate) fn set_trace_function(&mut self, f: Value) {
        let old = std::mem::replace(
            &mut self.trace.global,
            if f.is_none() { Value::Null } else { f },
        );
        drop(old);
        self.trace.switch_pending = true;
        if let Some(frame) = self.trace.line_tracer_frame.take() {
            self.frame_pool.give_back(frame);
        }
    }

    /// `sys.setprofile(f)` for this thread (None: off).
    pub(crate) fn set_profile_function(&mut self, f: Value) {
        let old = std::mem::replace(
            &mut self.trace.profile,
            if f.is_none() { Value::Null } else { f },
        );
        drop(old);
    }
}

/// `sys.gettrace()`.
pub fn sys_gettrace(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(if vm.trace.global.is_null() {
        Value::None
    } else {
        vm.trace.global.clone()
    })
}

/// `sys.setprofile(fn)`.
pub fn sys_setprofile(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    vm.set_profile_function(args.first().cloned().unwrap_or(Value::None));
    Ok(Value::None)
}

/// `sys.getprofile()`.
pub fn sys_getprofile(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(if vm.trace.profile.is_null() {
        Value::None
    } else {
        vm.trace.profile.clone()
    })
}
