//! Frames: the running state of one call.
//!
//! A frame is split in two. [`FrameVars`] is what others may see and
//! change — the variable slots, globals, builtins, the locals mapping of a
//! non-optimized scope, the last instruction — and is shared (`GilRc`) with
//! frame objects, tracebacks and, later, `FrameLocalsProxy`s, which read and
//! write the slots and cells directly: nothing is copied out and back.
//! [`Frame`] adds what only the running loop touches: the program counter
//! and the value stack.

use crate::gil_rc::{GilRc, GilRefCell, GilWeak};
use std::sync::atomic::{AtomicU32, Ordering};

use locus_bytecode::VarKind;

use crate::function::CodeRt;
use crate::gil::SlotCell;
use crate::object::{Payload, PyObject};
use crate::value::{ObjRef, Value};

/// `FrameVars::lasti` of a frame that has not run an instruction yet.
pub const NOT_STARTED: u32 = u32::MAX;

/// The shared part of a frame.
pub struct FrameVars {
    /// The code being run.
    pub code: GilRc<CodeRt>,
    /// One slot per entry of the code's variable table. Local slots hold the
    /// value (`Null` when unbound); cell and free slots hold the cell object.
    pub slots: Vec<SlotCell>,
    /// The globals namespace (a dict object).
    pub globals: ObjRef,
    /// The builtins namespace (a dict object).
    pub builtins: ObjRef,
    /// The locals mapping of a module, class body or exec scope; `Null` in
    /// optimized (function) scopes.
    pub locals: Value,
    /// Index of the instruction last started, published when the frame calls out.
    pub lasti: AtomicU32,
    /// What only frame objects and proxies use (created on first need).
    pub meta: GilRefCell<Option<Box<FrameMeta>>>,
}

/// The state of a frame that Python code can see only through frame
/// objects and `FrameLocalsProxy`s (PEP 667): it lives with the frame's
/// shared part so that every frame object and proxy of the frame sees it.
#[derive(Default)]
pub struct FrameMeta {
    /// The extra locals dict (keys written through a proxy that name no
    /// writable variable), created on first write.
    pub extras: Option<ObjRef>,
    /// The frame object, so that every request gives the same one.
    pub object: Option<GilWeak<PyObject>>,
    /// The caller when the frame object was made, kept for `f_back` after
    /// the frame finishes.
    pub back: Option<GilRc<FrameVars>>,
    /// The generator that owns the frame, if any.
    pub generator: Option<GilWeak<PyObject>>,
    /// `f_trace`.
    pub trace: Value,
    /// `f_trace_lines`.
    pub trace_lines: bool,
    /// `f_trace_opcodes`.
    pub trace_opcodes: bool,
}

impl FrameVars {
    /// The instruction index last published (0 before the first).
    pub fn lasti(&self) -> usize {
        match self.lasti.load(Ordering::Relaxed) {
            NOT_STARTED => 0,
            i => i as usize,
        }
    }

    /// The line being run (from the published instruction index); the
    /// `def` line before the first instruction (0 for a module), as
    /// CPython reports it.
    /// An instruction the compiler added without a line (an implicit
    /// `return None`, loop and handler bookkeeping) reports the nearest
    /// line before it, which is where CPython's line propagation puts it.
    pub fn lineno(&self) -> u32 {
        let code = &self.code.code;
        match self.lasti.load(Ordering::Relaxed) {
            // A module's code starts at line 0 in CPython (its `call`
            // event says so); a function's or class body's at its first line.
            NOT_STARTED if &*code.name == "<module>" => 0,
            NOT_STARTED => code.first_line,
            i => (0..=i as usize)
                .rev()
                .map(|pc| code.line_of(pc))
                .find(|&l| l != 0)
                .unwrap_or(code.first_line),
        }
    }

    /// Runs `f` on the frame's meta state, creating it first if needed.
    pub fn with_meta<R>(&self, f: impl FnOnce(&mut FrameMeta) -> R) -> R {
        let mut meta = self.meta.borrow_mut();
        let m = meta.get_or_insert_with(|| {
            Box::new(FrameMeta {
                trace_lines: true,
                ..FrameMeta::default()
            })
        });
        f(m)
    }

    /// The extra locals dict, if one was created.
    pub fn extras(&self) -> Option<ObjRef> {
        self.meta.borrow().as_ref().and_then(|m| m.extras.clone())
    }
}

/// Fills `slots` for a new run of `code`: the first slots from `args`
/// (positional parameters; a captured parameter goes into its new cell),
/// other locals unbound, cells created empty, free slots taken from
/// `closure`.
#[inline(always)]
fn init_slots(
    slots: &mut Vec<SlotCell>,
    code: &CodeRt,
    closure: &[ObjRef],
    args: impl IntoIterator<Item = Value>,
) {
    if code.plain_slots && slots.len() == code.code.vars.len() {
        // A recycled frame's slots are all unbound (`FramePool::give_back`
        // leaves them so): only the arguments need storing.
        for (slot, arg) in slots.iter().zip(args) {
            slot.set(arg);
        }
        return;
    }
    fill_slots(slots, code, closure, args);
}

/// [`init_slots`] for a frame whose slots must be made afresh.
#[inline(never)]
fn fill_slots(
    slots: &mut Vec<SlotCell>,
    code: &CodeRt,
    closure: &[ObjRef],
    args: impl IntoIterator<Item = Value>,
) {
    let n = code.code.vars.len();
    slots.clear();
    let free_start = code.free_start;
    let mut args = args.into_iter();
    if code.cell_slots.is_empty() {
        // The common cases (no cells): parameters, unbound locals, then
        // the closure's cells (free variables come last in the table).
        slots.extend(args.map(SlotCell::new));
        slots.resize_with(free_start, || SlotCell::new(Value::Null));
    } else {
        for v in &code.code.vars[..free_start] {
            let arg = args.next().unwrap_or(Value::Null);
            let initial = match v.kind {
                VarKind::Cell => Value::Obj(PyObject::new(Payload::Cell(SlotCell::new(arg)))),
                _ => arg,
            };
            slots.push(SlotCell::new(initial));
        }
    }
    if free_start < n {
        slots.extend((free_start..n).map(|i| {
            SlotCell::new(
                closure
                    .get(i - free_start)
                    .map_or(Value::Null, |c| Value::Obj(c.clone())),
            )
        }));
    }
}

/// Stores a parameter into its slot, or into its cell when it is captured.
fn store_param(slot: &SlotCell, kind: VarKind, value: Value) {
    if kind == VarKind::Cell {
        if let Value::Obj(cell) = slot.get() {
            if let Payload::Cell(c) = &cell.payload {
                c.set(value);
                return;
            }
        }
    }
    slot.set(value);
}

/// Finished frames kept for reuse, so that a call allocates nothing in the
/// common case. A frame is only recycled when nothing else (a frame
/// object, a traceback) still holds its shared part.
// Boxed frames move between the loop, the pool and generators without copying.
#[allow(clippy::vec_box)]
#[derive(Default)]
pub struct FramePool {
    free: Vec<Box<Frame>>,
}

impl FramePool {
    /// At most this many frames are kept.
    const MAX: usize = 128;

    /// A frame for a new run of `code`, its first slots bound to `args`.
    pub fn take(
        &mut self,
        code: &GilRc<CodeRt>,
        globals: &ObjRef,
        builtins: &ObjRef,
        locals: Value,
        closure: &[ObjRef],
        args: impl IntoIterator<Item = Value>,
    ) -> Box<Frame> {
        let args = match self.free.pop() {
            Some(mut f) => match f.reinit(code, globals, builtins, &locals, closure, args) {
                Ok(()) => return f,
                Err(args) => args,
            },
            None => args,
        };
        let f = Box::new(Frame::new(
            code.clone(),
            globals.clone(),
            builtins.clone(),
            locals,
            closure,
        ));
        for (i, v) in args.into_iter().enumerate() {
            f.init_param(i, v);
        }
        f
    }

    /// Takes back a finished frame: its values are released now, its
    /// allocations kept. (The loop has taken `init_instance` already.)
    #[inline]
    pub fn give_back(&mut self, mut frame: Box<Frame>) {
        if !Self::release(&mut frame) || self.free.len() >= Self::MAX {
            return;
        }
        self.free.push(frame);
    }

    /// Releases the values of a finished frame (its slots become unbound,
    /// its stack empty) so that it can run again; false when something
    /// else (a frame object, a traceback) still holds its shared part,
    /// which then keeps its variables and the frame cannot be reused.
    #[inline]
    pub fn release(frame: &mut Frame) -> bool {
        debug_assert!(frame.caller.is_none() && frame.init_instance.is_null());
        if !frame.trace_object.is_null() {
            // The frame object made for tracers holds the shared part.
            frame.trace_object = Value::Null;
        }
        let Some(vars) = GilRc::get_mut(&mut frame.vars) else {
            Self::outlived(frame);
            return false;
        };
        // The slots stay, unbound, for the next run (`init_slots`).
        for slot in &vars.slots {
            slot.set(Value::Null);
        }
        if !vars.locals.is_null() {
            vars.locals = Value::Null;
        }
        // Extras written through a proxy that is gone now, a dead frame
        // object's identity: none of it belongs to the next call.
        *vars.meta.get_mut() = None;
        frame.stack.clear();
        true
    }

    /// A finished frame whose shared part a frame object, traceback or
    /// generator still holds: its `f_lineno` is the line of the return
    /// (when the compiler gave the return one).
    #[cold]
    fn outlived(frame: &Frame) {
        let pc = frame.pc.saturating_sub(1);
        if frame.code.code.line_of(pc) != 0 {
            frame.publish_lasti();
        }
    }
}

/// The loop-owned part of a frame.
pub struct Frame {
    /// The frame that called this one in the same activation of the loop
    /// (`None` for the bottom frame of an activation): the frames of an
    /// activation form a chain from the running one, so a call or return
    /// moves one pointer. Always detached before a frame is dropped or
    /// recycled, so that dropping never walks a chain.
    pub caller: Option<Box<Frame>>,
    /// The shared part.
    pub vars: GilRc<FrameVars>,
    /// Same as `vars.code`, kept here to save an indirection per instruction.
    pub code: GilRc<CodeRt>,
    /// Next instruction.
    pub pc: usize,
    /// The value stack.
    pub stack: Vec<Value>,
    /// For the `__init__` frame of a class call run by the loop: the new
    /// instance, which is the call's result (`Null` otherwise).
    pub init_instance: Value,
    /// The instruction run before the current one under tracing
    /// (`usize::MAX`: none yet), to find where `line` events are due.
    pub trace_prev_pc: usize,
    /// The frame object handed to trace functions, kept while the frame
    /// runs so that each event does not make a new one (`Null`: none).
    pub trace_object: Value,
    /// Set when a trace function moved this suspended frame to another
    /// line at a yield: the next resumption does not push the sent value
    /// (the target does not expect one).
    pub skip_send: bool,
    /// The instruction whose exception the last handler entered caught:
    /// where the frame's line goes back to when a `with` exit or a cleanup
    /// handler re-raises (`CodeObject::reraises_kept_pc`). Set on entry to
    /// every handler and read only by such a re-raise, which follows its
    /// handler's entry, so a recycled frame need not reset it.
    pub kept_raise_pc: usize,
    /// Set on a frame of a trace function called for a `line` event of its
    /// caller in the same activation (see `vm/trace.rs`): its return
    /// value becomes the caller's local tracer instead of being pushed on
    /// the caller's stack, and an exception leaving it switches tracing off.
    pub runs_tracer: bool,
}

impl Frame {
    /// A frame for `code` with every slot unbound, cells created empty and
    /// free slots filled from `closure`.
    pub fn new(
        code: GilRc<CodeRt>,
        globals: ObjRef,
        builtins: ObjRef,
        locals: Value,
        closure: &[ObjRef],
    ) -> Frame {
        let mut slots = Vec::with_capacity(code.code.vars.len());
        init_slots(&mut slots, &code, closure, []);
        let stack = Vec::with_capacity(code.code.stack_size as usize + 1);
        let vars = GilRc::new(FrameVars {
            code: code.clone(),
            slots,
            globals,
            builtins,
            locals,
            lasti: AtomicU32::new(NOT_STARTED),
            meta: GilRefCell::new(None),
        });
        Frame {
            caller: None,
            vars,
            code,
            pc: 0,
            stack,
            init_instance: Value::Null,
            trace_prev_pc: usize::MAX,
            skip_send: false,
            trace_object: Value::Null,
            kept_raise_pc: 0,
            runs_tracer: false,
        }
    }

    /// Makes a released frame (see [`FramePool::release`]) of a plain code
    /// (`CodeRt::plain_slots`) ready to run `code` again from the start
    /// with the same globals and builtins, if it ran that code before and
    /// nothing else holds its shared part; its slots are all unbound.
    /// (How the trace function of `line` events gets its frame.)
    #[inline]
    pub fn restart(&mut self, code: &GilRc<CodeRt>, globals: &ObjRef, builtins: &ObjRef) -> bool {
        if !code.plain_slots || !GilRc::ptr_eq(&self.code, code) {
            return false;
        }
        let Some(vars) = GilRc::get_mut(&mut self.vars) else {
            return false;
        };
        if !GilRc::ptr_eq(&vars.globals, globals) || !GilRc::ptr_eq(&vars.builtins, builtins) {
            return false;
        }
        *vars.lasti.get_mut() = NOT_STARTED;
        self.pc = 0;
        self.trace_prev_pc = usize::MAX;
        self.skip_send = false;
        self.runs_tracer = false;
        true
    }

    /// Re-initialises a recycled frame (see [`FramePool`]) for a new call;
    /// `Err` with the arguments untouched if the frame's shared part is
    /// still referenced elsewhere.
    /// Shared references that are already right (the same code, globals
    /// and builtins, as in recursion) are kept, saving count updates.
    fn reinit<I: IntoIterator<Item = Value>>(
        &mut self,
        code: &GilRc<CodeRt>,
        globals: &ObjRef,
        builtins: &ObjRef,
        locals: &Value,
        closure: &[ObjRef],
        args: I,
    ) -> Result<(), I> {
        let Some(vars) = GilRc::get_mut(&mut self.vars) else {
            return Err(args);
        };
        if !GilRc::ptr_eq(&vars.code, code) {
            vars.code = code.clone();
            self.code = code.clone();
        }
        if !GilRc::ptr_eq(&vars.globals, globals) {
            vars.globals = globals.clone();
        }
        if !GilRc::ptr_eq(&vars.builtins, builtins) {
            vars.builtins = builtins.clone();
        }
        if !locals.is_null() {
            vars.locals = locals.clone();
        }
        *vars.lasti.get_mut() = NOT_STARTED;
        init_slots(&mut vars.slots, code, closure, args);
        self.pc = 0;
        self.trace_prev_pc = usize::MAX;
        self.skip_send = false;
        self.runs_tracer = false;
        self.stack.reserve(code.code.stack_size as usize + 1);
        Ok(())
    }

    /// Publishes the current instruction index for observers (tracebacks, `f_lineno`).
    #[inline]
    pub fn publish_lasti(&self) {
        self.vars
            .lasti
            .store(self.pc.saturating_sub(1) as u32, Ordering::Relaxed);
    }

    /// Stores an argument into parameter slot `i` (into its cell when the parameter is captured).
    #[inline]
    pub fn init_param(&self, i: usize, value: Value) {
        store_param(&self.vars.slots[i], self.code.code.vars[i].kind, value);
    }
}

/// The frames running on this thread, innermost last: the caller of a
/// builtin (`globals()`, `locals()`, `super()`), tracebacks and, later,
/// `sys._getframe` read it.
///
/// It holds plain pointers rather than `GilRc`s, so that a call costs no
/// reference-count operations here. Invariant that keeps them
/// valid: a frame's pointer is pushed when the frame starts running in the
/// dispatch loop and popped before the loop drops it, recycles it or hands
/// it to its generator; meanwhile the frame's own `GilRc` keeps the
/// `FrameVars` alive. (A Rust panic unwinding through the loop would break
/// the pairing, but a panic ends the interpreter thread.)
#[derive(Default)]
pub struct CallStack {
    frames: Vec<std::ptr::NonNull<FrameVars>>,
}

impl CallStack {
    /// Records a frame that starts running.
    #[inline]
    pub fn push(&mut self, vars: &GilRc<FrameVars>) {
        self.frames.push(std::ptr::NonNull::from(&**vars));
    }

    /// Forgets the innermost frame (it stops running).
    #[inline]
    pub fn pop(&mut self) {
        self.frames.pop();
    }

    /// Number of running frames.
    pub fn len(&self) -> usize {
        self.frames.len()
    }

    /// Whether no frame is running.
    pub fn is_empty(&self) -> bool {
        self.frames.is_empty()
    }

    /// The innermost running frame.
    pub fn last(&self) -> Option<&FrameVars> {
        // SAFETY: see the type's invariant: the frame is running, so its
        // `GilRc` keeps it alive at least as long as this borrow of `self`
        // (popping needs `&mut self`).
        self.frames.last().map(|p| unsafe { p.as_ref() })
    }

    /// The frame `k` places from the top (1: the innermost), as a new
    /// shared reference.
    pub fn nth_from_top(&self, k: usize) -> Option<GilRc<FrameVars>> {
        let i = self.frames.len().checked_sub(k)?;
        let ptr = self.frames[i].as_ptr() as *const FrameVars;
        // SAFETY: the pointer came from a live `GilRc<FrameVars>` that keeps
        // the frame alive while it runs (type invariant); adding a strong
        // count and rebuilding a `GilRc` from the same pointer is how
        // `GilRc::clone` works.
        unsafe {
            GilRc::increment_strong_count(ptr);
            Some(GilRc::from_raw(ptr))
        }
    }

    /// The innermost running frame, as a new shared reference.
    pub fn last_arc(&self) -> Option<GilRc<FrameVars>> {
        self.nth_from_top(1)
    }

    /// The running frames, outermost first.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &FrameVars> {
        // SAFETY: as in `last`.
        self.frames.iter().map(|p| unsafe { p.as_ref() })
    }
}
