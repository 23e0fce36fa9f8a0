//! Threads: the interpreter lock (`lock.rs`), the per-interpreter thread
//! registry (`registry.rs`), starting threads, switch points, blocking
//! calls and Ctrl-C.
//!
//! The model (docs/architecture.md, "Threads"): every Python thread is an
//! OS thread with its own [`Vm`] (frame stack, exception state, recursion
//! depth, trace and profile functions); only the holder of the process-wide
//! interpreter lock runs Python code. The holder gives the lock up in
//! blocking calls ([`Vm::allow_threads`]) and, when another thread has
//! waited a whole switch interval, at the loop's switch points (backward
//! jumps and calls, [`Vm::switch_point`]).

pub mod lock;
pub mod registry;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::value::Value;
use crate::vm::{Interp, PyResult, Vm};

pub use registry::{Registry, Request, ThreadInfo};

/// Set once a second thread has been started in the process: until then
/// blocking calls do not bother releasing the lock.
static THREADS_STARTED: AtomicBool = AtomicBool::new(false);

/// Set by the SIGINT handler; the main thread raises KeyboardInterrupt at
/// its next switch point or interruptible wait.
static INTERRUPT_PENDING: AtomicBool = AtomicBool::new(false);

extern "C" fn on_sigint(_signal: libc::c_int) {
    // Only atomic stores: async-signal-safe.
    INTERRUPT_PENDING.store(true, Ordering::SeqCst);
    lock::set_eval_breaker();
}

/// Makes Ctrl-C (SIGINT) raise KeyboardInterrupt in the main thread, as
/// CPython's default handler does (the `locus` command installs it).
pub fn install_interrupt_handler() {
    let handler: extern "C" fn(libc::c_int) = on_sigint;
    // SAFETY: the handler only stores to atomics, which is
    // async-signal-safe; `signal` has no other preconditions.
    unsafe {
        libc::signal(libc::SIGINT, handler as libc::sighandler_t);
    }
}

/// `_thread.interrupt_main()`: as if Ctrl-C had been pressed.
pub fn interrupt_main() {
    INTERRUPT_PENDING.store(true, Ordering::SeqCst);
    lock::set_eval_breaker();
}

/// Native stack of threads started from Python (CPython's threads get a
/// few megabytes; the recursion guard scales with this).
const THREAD_STACK_SIZE: usize = 64 << 20;

/// How long an interruptible wait of the main thread sleeps before it
/// looks for Ctrl-C again.
const INTERRUPT_POLL: Duration = Duration::from_millis(20);

impl Vm {
    /// Whether this VM runs the interpreter's main thread.
    pub fn is_main_thread(&self) -> bool {
        self.thread.ident == self.interp.main_thread_ident
    }

    /// Runs `f` (a blocking operation that touches no Python value) with
    /// the interpreter lock released when other threads exist, so they
    /// run meanwhile.
    pub fn allow_threads<R>(&mut self, f: impl FnOnce() -> R) -> R {
        if !THREADS_STARTED.load(Ordering::Relaxed) {
            return f();
        }
        self.park();
        let r = lock::allow_threads(f);
        self.unpark();
        r
    }

    /// Waits until `ready` returns true or `timeout` passes (None: no
    /// limit), with the lock released; in the main thread Ctrl-C ends the
    /// wait with KeyboardInterrupt. `ready(slice)` blocks for at most
    /// `slice` and touches no Python value. Returns whether `ready` held.
    pub fn wait_interruptibly(
        &mut self,
        timeout: Option<Duration>,
        mut ready: impl FnMut(Duration) -> bool,
    ) -> PyResult<bool> {
        let deadline = timeout.map(|t| Instant::now() + t);
        let main = self.is_main_thread();
        loop {
            let left = deadline.map(|d| d.saturating_duration_since(Instant::now()));
            let slice = match (left, main) {
                (Some(l), true) => l.min(INTERRUPT_POLL),
                (Some(l), false) => l,
                (None, true) => INTERRUPT_POLL,
                (None, false) => Duration::from_secs(3600),
            };
            if self.allow_threads(|| ready(slice)) {
                return Ok(true);
            }
            if main && INTERRUPT_PENDING.swap(false, Ordering::SeqCst) {
                return Err(self.keyboard_interrupt());
            }
            if deadline.is_some_and(|d| Instant::now() >= d) {
                return Ok(false);
            }
        }
    }

    /// `time.sleep(seconds)`: lets other threads run; Ctrl-C interrupts it
    /// in the main thread.
    pub fn sleep(&mut self, duration: Duration) -> PyResult<()> {
        let end = Instant::now() + duration;
        self.wait_interruptibly(Some(duration), |slice| {
            std::thread::sleep(slice.min(end.saturating_duration_since(Instant::now())));
            Instant::now() >= end
        })
        .map(drop)
    }

    fn keyboard_interrupt(&self) -> crate::vm::PyErr {
        self.new_exception(crate::builtin_types::exc("KeyboardInterrupt"), Vec::new())
    }

    /// At a switch point of the loop, when [`lock::eval_breaker`] is set:
    /// hands the lock to a waiting thread, and raises KeyboardInterrupt in
    /// the main thread after Ctrl-C.
    #[cold]
    #[inline(never)]
    pub(crate) fn switch_point(&mut self, f: &crate::frame::Frame) -> PyResult<()> {
        f.publish_lasti();
        self.park();
        lock::yield_to_waiters();
        self.unpark();
        if self.is_main_thread() && INTERRUPT_PENDING.swap(false, Ordering::SeqCst) {
            lock::settle_eval_breaker(false);
            return Err(self.keyboard_interrupt());
        }
        lock::settle_eval_breaker(INTERRUPT_PENDING.load(Ordering::SeqCst));
        Ok(())
    }

    /// Before giving up the lock: shows the running frame to other threads
    /// (`sys._current_frames`).
    fn park(&mut self) {
        let n = self.call_stack.len();
        let stack: Vec<_> = (1..=n)
            .rev()
            .filter_map(|k| self.call_stack.nth_from_top(k))
            .collect();
        let old = self.thread.parked_stack.replace(stack);
        drop(old);
    }

    /// After taking the lock back: hides the frame again and applies what
    /// other threads asked for meanwhile.
    fn unpark(&mut self) {
        let old = self.thread.parked_stack.replace(Vec::new());
        drop(old);
        let requests = std::mem::take(&mut *self.thread.requests.borrow_mut());
        for r in requests {
            match r {
                Request::SetTrace(f) => self.set_trace_function(f),
                Request::SetProfile(f) => self.set_profile_function(f),
            }
        }
    }

    /// `sys._current_frames()`: each thread's innermost frame by ident.
    pub fn current_frames(&mut self) -> PyResult<Value> {
        let d = self.new_dict();
        for t in self.interp.threads.snapshot() {
            let vars = if Arc::ptr_eq(&t, &self.thread) {
                // The caller's caller: the frame that called _current_frames.
                self.call_stack.last_arc()
            } else {
                t.parked_stack.borrow().last().cloned()
            };
            if let Some(vars) = vars {
                let frame = crate::types::frame::frame_object(self, &vars);
                let d = Value::Obj(d.clone());
                self.setitem(&d, &Value::Int(t.ident as i64), frame)?;
            }
        }
        Ok(Value::Obj(d))
    }

    /// The frame that called `vars` when `vars` runs in another thread
    /// (which is then away from the lock): `Some(None)` for its outermost
    /// frame, `None` when no other thread runs it.
    pub(crate) fn caller_in_other_thread(
        &self,
        vars: &crate::frame::FrameVars,
    ) -> Option<Option<crate::gil_rc::GilRc<crate::frame::FrameVars>>> {
        for t in self.interp.threads.snapshot() {
            if Arc::ptr_eq(&t, &self.thread) {
                continue;
            }
            let stack = t.parked_stack.borrow();
            if let Some(i) = stack.iter().position(|f| std::ptr::eq(&**f, vars)) {
                return Some(i.checked_sub(1).map(|j| stack[j].clone()));
            }
        }
        None
    }

    /// `sys._settraceallthreads(f)` / `sys._setprofileallthreads(f)`: this
    /// thread at once, the others when they next take the lock.
    pub fn set_hook_all_threads(&mut self, f: Value, profile: bool) {
        for t in self.interp.threads.snapshot() {
            if Arc::ptr_eq(&t, &self.thread) {
                continue;
            }
            let r = if profile {
                Request::SetProfile(f.clone())
            } else {
                Request::SetTrace(f.clone())
            };
            t.requests.borrow_mut().push(r);
        }
        if profile {
            self.set_profile_function(f);
        } else {
            self.set_trace_function(f);
        }
    }
}

/// `_thread.start_new_thread(function, args, kwargs)`: runs the call on a
/// new OS thread with its own VM; returns the new thread's ident.
pub fn start_thread(
    vm: &mut Vm,
    function: Value,
    args: Vec<Value>,
    kwargs: Vec<(Value, Value)>,
) -> PyResult<u64> {
    THREADS_STARTED.store(true, Ordering::Relaxed);
    let interp = vm.interp.clone();
    let stack_size = THREAD_STACK_SIZE;
    let (tx, rx) = std::sync::mpsc::channel::<u64>();
    interp.thread_count.fetch_add(1, Ordering::SeqCst);
    let spawned = std::thread::Builder::new()
        .stack_size(stack_size)
        .spawn(move || {
            let _hold = lock::LockHold::new();
            run_thread(interp, stack_size, function, args, kwargs, tx);
        });
    match spawned {
        // The new thread sends its ident once it has the lock; wait for it
        // without the lock, which the new thread needs.
        Ok(_) => Ok(vm.allow_threads(|| rx.recv().unwrap_or(0))),
        Err(e) => {
            vm.interp.thread_count.fetch_sub(1, Ordering::SeqCst);
            Err(vm.error("RuntimeError", format!("can't start new thread: {e}")))
        }
    }
}

/// The body of a thread started by [`start_thread`], with the lock held.
fn run_thread(
    interp: Arc<Interp>,
    stack_size: usize,
    function: Value,
    args: Vec<Value>,
    kwargs: Vec<(Value, Value)>,
    started: std::sync::mpsc::Sender<u64>,
) {
    let mut vm = Vm::new(interp.clone(), stack_size);
    let _ = started.send(vm.thread.ident);
    if let Err(e) = vm.call(&function, &args, &kwargs) {
        vm.report_thread_exception(&function, e);
    }
    drop((function, args, kwargs));
    crate::interpreter::flush_std(&mut vm);
    interp.threads.remove(vm.thread.ident);
    drop(vm);
    clear_thread_caches();
    interp.thread_count.fetch_sub(1, Ordering::SeqCst);
}

/// Empties this thread's caches of Python values while it holds the lock
/// (thread-local destructors run later, without it).
pub fn clear_thread_caches() {
    crate::typeobj::clear_lookup_cache();
}

impl Vm {
    /// An exception that ends a thread started by `_thread`: ignored for
    /// SystemExit, else reported as CPython's unraisable-exception hook does.
    fn report_thread_exception(&mut self, function: &Value, e: crate::vm::PyErr) {
        let exc = Value::Obj(e);
        if self.is_instance(&exc, crate::builtin_types::exc("SystemExit")) {
            return;
        }
        let what = self.repr(function).unwrap_or_else(|_| "?".to_string());
        let text = crate::traceback::format_unraisable(
            self,
            &exc,
            &format!("Exception ignored in thread started by {what}:"),
        );
        self.write_stderr(&text);
    }

    /// Writes `text` to `sys.stderr` (to the process's stderr when that
    /// fails).
    pub fn write_stderr(&mut self, text: &str) {
        let err = crate::modules::sys_stream(self, "stderr");
        if err.is_none()
            || self
                .call_method_by_name(&err, "write", &[Value::str(text)])
                .is_err()
        {
            crate::file::flush_stdout();
            eprint!("{text}");
        }
        let _ = self.call_method_by_name(&err, "flush", &[]);
    }
}
