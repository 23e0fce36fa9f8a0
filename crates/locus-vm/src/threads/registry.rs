//! The threads of an interpreter, as other threads see them: identity,
//! the top frame while the thread is away from the interpreter lock
//! (`sys._current_frames`), and requests posted to it
//! (`threading.settrace_all_threads`).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use crate::frame::FrameVars;
use crate::gil_rc::{GilRc, GilRefCell};
use crate::value::Value;

/// What one thread asks another to do when it next takes the lock.
pub enum Request {
    /// `sys.settrace(f)` in that thread.
    SetTrace(Value),
    /// `sys.setprofile(f)` in that thread.
    SetProfile(Value),
}

/// One thread of an interpreter.
pub struct ThreadInfo {
    /// `threading.get_ident()`: unique in the process, never reused.
    pub ident: u64,
    /// `threading.get_native_id()`: the operating system's thread id.
    pub native_id: u64,
    /// The thread's running frames, outermost first, while it does not
    /// hold the lock (it waits in a blocking call or for its turn); empty
    /// while it runs (the running thread reads its own call stack).
    pub parked_stack: GilRefCell<Vec<GilRc<FrameVars>>>,
    /// Requests for the thread, applied when it next takes the lock.
    pub requests: GilRefCell<Vec<Request>>,
}

/// The next `get_ident()` value (the main thread gets the first).
static NEXT_IDENT: AtomicU64 = AtomicU64::new(1);

impl ThreadInfo {
    /// The record of the calling thread, which starts now.
    pub fn for_current_thread() -> Arc<ThreadInfo> {
        Arc::new(ThreadInfo {
            ident: NEXT_IDENT.fetch_add(1, Ordering::Relaxed),
            native_id: native_thread_id(),
            parked_stack: GilRefCell::new(Vec::new()),
            requests: GilRefCell::new(Vec::new()),
        })
    }
}

/// The operating system's id of the calling thread.
fn native_thread_id() -> u64 {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: gettid has no preconditions and cannot fail.
        (unsafe { libc::gettid() }) as u64
    }
    #[cfg(not(target_os = "linux"))]
    {
        // SAFETY: pthread_self has no preconditions and cannot fail.
        (unsafe { libc::pthread_self() }) as u64
    }
}

/// The live threads of an interpreter, in start order.
#[derive(Default)]
pub struct Registry {
    threads: std::sync::Mutex<Vec<Arc<ThreadInfo>>>,
}

impl Registry {
    fn list(&self) -> std::sync::MutexGuard<'_, Vec<Arc<ThreadInfo>>> {
        self.threads.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Records a thread that starts.
    pub fn add(&self, t: Arc<ThreadInfo>) {
        self.list().push(t);
    }

    /// Forgets a thread that ends.
    pub fn remove(&self, ident: u64) {
        self.list().retain(|t| t.ident != ident);
    }

    /// The live threads.
    pub fn snapshot(&self) -> Vec<Arc<ThreadInfo>> {
        self.list().clone()
    }
}
