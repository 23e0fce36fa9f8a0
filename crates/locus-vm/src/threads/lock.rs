//! The interpreter lock: one process-wide lock that a thread holds while it
//! runs Python code or touches a Python object.
//!
//! The lock is process-wide, not per interpreter, because some objects are
//! shared by every interpreter of the process (the builtin types, interned
//! strings) and their reference counts are not atomic (`gil_rc.rs`).
//!
//! A thread holds the lock from the moment it starts running Python code;
//! it gives it up
//! - in a blocking call (`time.sleep`, a lock wait, console I/O), through
//!   [`allow_threads`]: the closure must not touch Python values;
//! - at a switch point of the loop (a backward jump, a call) when another
//!   thread has waited for longer than the switch interval
//!   (`sys.setswitchinterval`): the waiter sets [`eval_breaker`] and the
//!   holder hands the lock over ([`yield_to_waiters`]), waiting until a
//!   waiter has taken it so that it cannot take it straight back.
//!
//! Ownership is counted per thread: a thread that already holds the lock
//! (an embedder with two interpreters on one thread) takes it again
//! without waiting.

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Duration;

/// The state behind the lock's mutex.
struct State {
    /// Whether some thread holds the interpreter lock.
    held: bool,
    /// Threads waiting to take it.
    waiters: usize,
    /// Incremented at every hand-over (a holder knows a waiter took it).
    switches: u64,
    /// Set at interpreter exit: threads that want the lock from then on
    /// wait forever (daemon threads stop where they are, as in CPython).
    finalizing: bool,
}

/// The process-wide interpreter lock.
struct InterpreterLock {
    state: Mutex<State>,
    /// Signalled when the lock is released.
    released: Condvar,
    /// Signalled when the lock is taken (a yielding holder waits for it).
    taken: Condvar,
}

static LOCK: InterpreterLock = InterpreterLock {
    state: Mutex::new(State {
        held: false,
        waiters: 0,
        switches: 0,
        finalizing: false,
    }),
    released: Condvar::new(),
    taken: Condvar::new(),
};

/// Set when the running thread should look at what others want at its
/// next switch point: a waiter for the lock, a signal. Read by the loop at
/// backward jumps and calls (one relaxed load: the only cost threads add
/// to a single-threaded program).
static EVAL_BREAKER: AtomicBool = AtomicBool::new(false);

/// Set by a waiter whose wait outlasted the switch interval.
static DROP_REQUEST: AtomicBool = AtomicBool::new(false);

/// The switch interval in nanoseconds (`sys.setswitchinterval`; CPython's
/// default is 5 ms).
static SWITCH_INTERVAL_NS: AtomicU64 = AtomicU64::new(5_000_000);

thread_local! {
    /// How many times this thread holds the lock (0: not at all).
    static HELD: Cell<usize> = const { Cell::new(0) };
}

fn state() -> MutexGuard<'static, State> {
    // A panic while the mutex is held cannot leave `State` inconsistent
    // (every update is a single field write), so a poisoned mutex is
    // used as it is.
    LOCK.state.lock().unwrap_or_else(|e| e.into_inner())
}

/// Whether anything is asking the running thread to stop at its next
/// switch point.
#[inline(always)]
pub fn eval_breaker() -> bool {
    EVAL_BREAKER.load(Ordering::Relaxed)
}

/// Asks the running thread to stop at its next switch point.
pub fn set_eval_breaker() {
    EVAL_BREAKER.store(true, Ordering::Relaxed);
}

/// `sys.getswitchinterval()`, in seconds.
pub fn switch_interval() -> f64 {
    SWITCH_INTERVAL_NS.load(Ordering::Relaxed) as f64 / 1e9
}

/// `sys.setswitchinterval(seconds)` (the caller checked `seconds > 0`).
pub fn set_switch_interval(seconds: f64) {
    let ns = (seconds * 1e9).clamp(1_000.0, 1e15) as u64;
    SWITCH_INTERVAL_NS.store(ns, Ordering::Relaxed);
}

/// Takes the interpreter lock for the calling thread (again, if it holds
/// it already).
pub fn acquire() {
    if HELD.with(|h| h.get()) > 0 {
        HELD.with(|h| h.set(h.get() + 1));
        return;
    }
    take_lock();
    HELD.with(|h| h.set(1));
}

/// Gives back one hold of the interpreter lock.
pub fn release() {
    let n = HELD.with(|h| h.get());
    debug_assert!(n > 0, "release of an interpreter lock not held");
    if n > 1 {
        HELD.with(|h| h.set(n - 1));
        return;
    }
    HELD.with(|h| h.set(0));
    give_lock();
}

/// Marks the interpreter as finishing: from now on a thread that asks for
/// the lock never gets it (the caller holds it and ends the process).
pub fn begin_finalizing() {
    state().finalizing = true;
}

fn take_lock() {
    let mut st = state();
    while st.held || st.finalizing {
        st.waiters += 1;
        let interval = Duration::from_nanos(SWITCH_INTERVAL_NS.load(Ordering::Relaxed));
        let seen = st.switches;
        let (guard, timeout) = LOCK
            .released
            .wait_timeout(st, interval)
            .unwrap_or_else(|e| e.into_inner());
        st = guard;
        st.waiters -= 1;
        if timeout.timed_out() && st.held && st.switches == seen && !st.finalizing {
            // The holder has run for a whole interval since we started
            // waiting: ask it to hand over.
            DROP_REQUEST.store(true, Ordering::Relaxed);
            EVAL_BREAKER.store(true, Ordering::Relaxed);
        }
    }
    st.held = true;
    st.switches = st.switches.wrapping_add(1);
    DROP_REQUEST.store(false, Ordering::Relaxed);
    drop(st);
    LOCK.taken.notify_all();
}

fn give_lock() {
    let mut st = state();
    st.held = false;
    drop(st);
    LOCK.released.notify_one();
}

/// Runs `f` with the interpreter lock released, so that other threads can
/// run Python code meanwhile; takes it back before returning. `f` must not
/// touch Python values (the `gil_rc.rs` contract).
pub fn allow_threads<R>(f: impl FnOnce() -> R) -> R {
    let n = HELD.with(|h| h.replace(0));
    if n > 0 {
        give_lock();
    }
    let r = f();
    if n > 0 {
        take_lock();
        HELD.with(|h| h.set(n));
    }
    r
}

/// At a switch point when another thread asked for the lock: hands it to a
/// waiter, waits until one has taken it, then waits for it again. Returns
/// whether the lock changed hands.
pub fn yield_to_waiters() -> bool {
    if !DROP_REQUEST.swap(false, Ordering::Relaxed) {
        return false;
    }
    let n = HELD.with(|h| h.replace(0));
    if n == 0 {
        return false;
    }
    let mut st = state();
    st.held = false;
    let seen = st.switches;
    LOCK.released.notify_one();
    // Forced switching: without this wait the releasing thread would
    // usually take the lock straight back before the woken waiter runs.
    while st.switches == seen && st.waiters > 0 && !st.held {
        st = LOCK
            .taken
            .wait_timeout(st, Duration::from_millis(1))
            .unwrap_or_else(|e| e.into_inner())
            .0;
    }
    drop(st);
    take_lock();
    HELD.with(|h| h.set(n));
    true
}

/// Clears the breaker when nothing is left for it to report (the caller
/// handled what it could: a pending signal is left to the main thread).
pub fn settle_eval_breaker(signal_pending: bool) {
    if !signal_pending && !DROP_REQUEST.load(Ordering::Relaxed) {
        EVAL_BREAKER.store(false, Ordering::Relaxed);
    }
}

/// Holds the interpreter lock for as long as it lives.
pub struct LockHold(());

impl LockHold {
    /// Takes the lock (see [`acquire`]).
    pub fn new() -> LockHold {
        acquire();
        LockHold(())
    }
}

impl Default for LockHold {
    fn default() -> LockHold {
        LockHold::new()
    }
}

impl Drop for LockHold {
    fn drop(&mut self) {
        release();
    }
}
