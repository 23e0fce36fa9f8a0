//! Reference counting and interior mutability for Python objects, without
//! atomic instructions.
//!
//! Python objects are shared by reference count, and their mutable parts
//! (a list's items, a dict's table) sit behind a borrow flag. With `Arc`
//! and an atomic borrow cell every clone, drop and borrow is a locked
//! read-modify-write: profiles of the dispatch loop showed them taking most
//! of the time of hot paths such as a global lookup. Locus instead follows
//! the interpreter-lock model (`docs/architecture.md`, "Threads"): only the
//! thread holding the interpreter lock runs Python code or touches a Python
//! object, so the counts and flags need no atomicity — the lock's own
//! acquire/release orders one holder's writes before the next holder's reads.
//!
//! [`GilRc`], [`GilWeak`] and [`GilRefCell`] are `std::rc::Rc`,
//! `std::rc::Weak` and `std::cell::RefCell` under that contract: the same
//! code and cost, marked `Send + Sync` so that objects may be reached from
//! statics and handed to other interpreter threads. The contract is the one
//! invariant their soundness rests on:
//!
//! > A `GilRc`, `GilWeak` or `GilRefCell` (and everything reachable from
//! > one) is only touched by a thread that holds the interpreter lock.
//!
//! Code that releases the lock (`threads::lock::allow_threads`) must not touch
//! Python values while it is released.

use std::cell::{OnceCell, Ref, RefCell, RefMut};
use std::ops::Deref;
use std::rc::{Rc, Weak};

/// A reference-counted pointer for data shared under the interpreter lock
/// (`Rc` with the module's threading contract).
pub struct GilRc<T: ?Sized>(Rc<T>);

// SAFETY: the module contract: only the lock holder touches the count or
// the value, and lock hand-over orders the accesses of successive holders.
unsafe impl<T: ?Sized> Send for GilRc<T> {}
// SAFETY: as for `Send`.
unsafe impl<T: ?Sized> Sync for GilRc<T> {}

impl<T> GilRc<T> {
    /// A new shared value with a count of one.
    #[inline]
    pub fn new(value: T) -> GilRc<T> {
        GilRc(Rc::new(value))
    }

    /// The value, if this is the only strong reference (and no weak ones).
    #[inline]
    pub fn try_unwrap(this: GilRc<T>) -> Result<T, GilRc<T>> {
        Rc::try_unwrap(this.0).map_err(GilRc)
    }

    /// Rebuilds a `GilRc` from a pointer to its value.
    ///
    /// # Safety
    /// `ptr` must be a pointer to a value owned by a `GilRc` whose count was
    /// raised by [`GilRc::increment_strong_count`] for this call.
    #[inline]
    pub unsafe fn from_raw(ptr: *const T) -> GilRc<T> {
        // SAFETY: forwarded to the caller.
        GilRc(unsafe { Rc::from_raw(ptr) })
    }

    /// Adds one to the strong count of the value behind `ptr`.
    ///
    /// # Safety
    /// `ptr` must point to a value owned by a live `GilRc`.
    #[inline]
    pub unsafe fn increment_strong_count(ptr: *const T) {
        // SAFETY: forwarded to the caller.
        unsafe { Rc::increment_strong_count(ptr) }
    }
}

impl<T: ?Sized> GilRc<T> {
    /// Whether two pointers point to the same value.
    #[inline]
    pub fn ptr_eq(a: &GilRc<T>, b: &GilRc<T>) -> bool {
        Rc::ptr_eq(&a.0, &b.0)
    }

    /// The address of the value (stable for its life: Python's `id`).
    #[inline]
    pub fn as_ptr(this: &GilRc<T>) -> *const T {
        Rc::as_ptr(&this.0)
    }

    /// The number of strong references.
    #[inline]
    pub fn strong_count(this: &GilRc<T>) -> usize {
        Rc::strong_count(&this.0)
    }

    /// A weak reference to the value.
    #[inline]
    pub fn downgrade(this: &GilRc<T>) -> GilWeak<T> {
        GilWeak(Rc::downgrade(&this.0))
    }

    /// Mutable access when this is the only reference, strong or weak.
    #[inline]
    pub fn get_mut(this: &mut GilRc<T>) -> Option<&mut T> {
        Rc::get_mut(&mut this.0)
    }
}

impl<T: ?Sized> Clone for GilRc<T> {
    #[inline]
    fn clone(&self) -> GilRc<T> {
        GilRc(Rc::clone(&self.0))
    }
}

impl<T: ?Sized> Deref for GilRc<T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        &self.0
    }
}

/// A weak reference that does not keep its value alive (`rc::Weak` under
/// the module's threading contract).
pub struct GilWeak<T: ?Sized>(Weak<T>);

// SAFETY: as for `GilRc`.
unsafe impl<T: ?Sized> Send for GilWeak<T> {}
// SAFETY: as for `GilRc`.
unsafe impl<T: ?Sized> Sync for GilWeak<T> {}

impl<T: ?Sized> GilWeak<T> {
    /// The value, if it is still alive.
    #[inline]
    pub fn upgrade(&self) -> Option<GilRc<T>> {
        self.0.upgrade().map(GilRc)
    }

    /// The number of strong references to the value (0 when it is gone).
    pub fn strong_count(&self) -> usize {
        self.0.strong_count()
    }
}

impl<T: ?Sized> Clone for GilWeak<T> {
    fn clone(&self) -> GilWeak<T> {
        GilWeak(self.0.clone())
    }
}

/// A borrow-checked cell for the mutable part of a Python object
/// (`RefCell` under the module's threading contract). An overlapping
/// borrow — a bug — panics instead of corrupting memory.
pub struct GilRefCell<T: ?Sized>(RefCell<T>);

// SAFETY: the module contract: only the lock holder borrows the cell.
unsafe impl<T: ?Sized + Send> Send for GilRefCell<T> {}
// SAFETY: as for `Send`.
unsafe impl<T: ?Sized + Send> Sync for GilRefCell<T> {}

impl<T> GilRefCell<T> {
    /// A cell holding `value`.
    #[inline]
    pub const fn new(value: T) -> GilRefCell<T> {
        GilRefCell(RefCell::new(value))
    }

    /// The value, consuming the cell.
    #[inline]
    pub fn into_inner(self) -> T {
        self.0.into_inner()
    }

    /// Replaces the value, returning the old one.
    #[inline]
    pub fn replace(&self, value: T) -> T {
        self.0.replace(value)
    }
}

impl<T: ?Sized> GilRefCell<T> {
    /// Shared access; panics if the value is mutably borrowed.
    #[inline]
    pub fn borrow(&self) -> Ref<'_, T> {
        self.0.borrow()
    }

    /// Shared access without a guard (no count kept), or `Err` if the
    /// value is mutably borrowed now.
    ///
    /// # Safety
    /// The caller must not let the value be borrowed mutably while the
    /// reference lives: no call that could write the cell (nor run Python
    /// code) may happen before its last use.
    #[inline]
    pub unsafe fn try_borrow_unguarded(&self) -> Result<&T, std::cell::BorrowError> {
        // SAFETY: the caller's contract above is `RefCell`'s.
        unsafe { self.0.try_borrow_unguarded() }
    }

    /// Exclusive access; panics if the value is borrowed.
    #[inline]
    pub fn borrow_mut(&self) -> RefMut<'_, T> {
        self.0.borrow_mut()
    }

    /// Exclusive access, or `Err` if the value is borrowed.
    #[inline]
    pub fn try_borrow_mut(&self) -> Result<RefMut<'_, T>, std::cell::BorrowMutError> {
        self.0.try_borrow_mut()
    }

    /// Exclusive access through an exclusive reference (no flag check).
    #[inline]
    pub fn get_mut(&mut self) -> &mut T {
        self.0.get_mut()
    }
}

impl<T: Default> Default for GilRefCell<T> {
    fn default() -> GilRefCell<T> {
        GilRefCell::new(T::default())
    }
}

/// A cell written at most once (`OnceCell` under the module's threading
/// contract): an object's lazily created `__dict__`.
pub struct GilOnceCell<T>(OnceCell<T>);

// SAFETY: the module contract: only the lock holder reads or fills the cell.
unsafe impl<T: Send> Send for GilOnceCell<T> {}
// SAFETY: as for `Send`.
unsafe impl<T: Send> Sync for GilOnceCell<T> {}

impl<T> GilOnceCell<T> {
    /// An empty cell.
    #[inline]
    pub const fn new() -> GilOnceCell<T> {
        GilOnceCell(OnceCell::new())
    }

    /// The value, if set.
    #[inline]
    pub fn get(&self) -> Option<&T> {
        self.0.get()
    }

    /// The value, setting it with `init` first if the cell is empty.
    #[inline]
    pub fn get_or_init(&self, init: impl FnOnce() -> T) -> &T {
        self.0.get_or_init(init)
    }
}

impl<T> Default for GilOnceCell<T> {
    fn default() -> GilOnceCell<T> {
        GilOnceCell::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_follow_clones_and_drops() {
        let _lock = crate::threads::lock::LockHold::new();
        let a = GilRc::new(5);
        let b = a.clone();
        assert_eq!(GilRc::strong_count(&a), 2);
        assert!(GilRc::ptr_eq(&a, &b));
        drop(b);
        assert_eq!(GilRc::try_unwrap(a).ok(), Some(5));
    }

    #[test]
    fn weak_does_not_keep_alive() {
        let _lock = crate::threads::lock::LockHold::new();
        let a = GilRc::new(String::from("x"));
        let w = GilRc::downgrade(&a);
        assert_eq!(w.upgrade().as_deref().map(String::as_str), Some("x"));
        drop(a);
        assert!(w.upgrade().is_none());
    }

    #[test]
    fn overlapping_mutable_borrow_is_refused() {
        let _lock = crate::threads::lock::LockHold::new();
        let c = GilRefCell::new(vec![1]);
        let r = c.borrow();
        assert!(c.try_borrow_mut().is_err());
        drop(r);
        c.borrow_mut().push(2);
        assert_eq!(*c.borrow(), vec![1, 2]);
    }
}
