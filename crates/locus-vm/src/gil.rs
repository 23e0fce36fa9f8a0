//! Shared mutable slots for frame variables and closure cells.
//!
//! A frame's fast locals and a closure's cells are read and written by the
//! code that owns them on every instruction, and — rarely — by someone else:
//! a `FrameLocalsProxy` held by a debugger, a tracer in the same thread, or
//! (with threads) another thread. Both sides must see each other's writes at
//! once (PEP 667: nothing is ever copied back), so the storage is shared, and
//! the hot path must not pay for a lock.
//!
//! [`SlotCell`] is that storage. Its whole API is "clone a value out" and
//! "swap a value in": no reference into the cell ever leaves a method, and no
//! method runs Python code or drops a value while it has the cell open (the
//! old value of a swap is returned to the caller, who drops it). So within
//! one thread no two accesses overlap. Across threads, the interpreter lock
//! (`threads/lock.rs`: only the thread holding it runs Python code or touches Python
//! objects) makes accesses from different threads happen one after another.

use std::cell::UnsafeCell;

use crate::value::Value;

/// A value slot shared between the code that owns it and frame-locals proxies.
pub struct SlotCell {
    value: UnsafeCell<Value>,
}

// SAFETY: every access goes through `get`/`replace`, which never hand out a
// reference into the cell and run no foreign code while it is open, and all
// threads that run Python code hold the interpreter lock while doing so, so
// accesses never overlap (see the module doc). `Value` itself is Send + Sync.
unsafe impl Sync for SlotCell {}

impl SlotCell {
    /// A cell holding `value` (`Value::Null` means empty/unbound).
    pub fn new(value: Value) -> SlotCell {
        SlotCell {
            value: UnsafeCell::new(value),
        }
    }

    /// A copy of the current value (`Value::Null` when unbound).
    #[inline]
    pub fn get(&self) -> Value {
        // SAFETY: see the module doc: no other access is in progress.
        unsafe { (*self.value.get()).clone() }
    }

    /// Whether the slot is bound.
    #[inline]
    pub fn is_bound(&self) -> bool {
        // SAFETY: see the module doc: no other access is in progress.
        unsafe { !(*self.value.get()).is_null() }
    }

    /// Stores `value`, returning the previous value for the caller to drop.
    #[inline]
    #[must_use = "the old value must be dropped by the caller, outside the cell"]
    pub fn replace(&self, value: Value) -> Value {
        // SAFETY: see the module doc: no other access is in progress, and the
        // old value is moved out, not dropped here.
        unsafe { std::mem::replace(&mut *self.value.get(), value) }
    }

    /// Stores `value` into a slot known to be unbound, without reading it
    /// first (a call storing its arguments into a recycled frame, whose
    /// slots `FramePool::give_back` left unbound: reading them back right
    /// after that write stalls the CPU's store forwarding). Were the slot
    /// bound after all, its value would be leaked, never freed twice.
    #[inline]
    pub fn fill_unbound(&self, value: Value) {
        debug_assert!(!self.is_bound(), "fill_unbound on a bound slot");
        // SAFETY: see the module doc: no other access is in progress. The
        // old value is `Null`, which owns nothing, so overwriting it without
        // dropping it loses nothing.
        unsafe { std::ptr::write(self.value.get(), value) }
    }

    /// Stores `value`, dropping the previous one after the cell is closed.
    #[inline]
    pub fn set(&self, value: Value) {
        let old = self.replace(value);
        drop(old);
    }
}
