//! A cache for global and builtin name lookups, one entry per name of a
//! code object.
//!
//! Every dict carries a version that is unique across all dicts and
//! changes whenever a key is added or removed (`dict.rs`). While the
//! globals dict (and, for a builtin, the builtins dict) still has the
//! version seen when the entry was filled, the name is still at the same
//! entry position, so the lookup is an index instead of a hash probe.
//! Replacing a value does not change the version: the entry is read at
//! lookup time, so the current value is always returned.
//!
//! The three fields of an entry are written one after the other; that is
//! sound because only the thread holding the interpreter lock runs Python
//! code (docs/architecture.md), so no reader sees a half-written entry.

use std::sync::atomic::{AtomicU32, AtomicU64, Ordering::Relaxed};

use crate::dict::FastFind;
use crate::object::Payload;
use crate::value::{ObjRef, Value};

const IN_BUILTINS: u32 = 1 << 31;

struct Entry {
    globals_version: AtomicU64,
    builtins_version: AtomicU64,
    /// Entry position, with `IN_BUILTINS` set for a builtin.
    index: AtomicU32,
}

/// The per-name lookup cache of one code object.
pub struct GlobalCache {
    entries: Box<[Entry]>,
}

impl GlobalCache {
    /// A cache for `n` names, all empty (version 0 is never a dict's).
    pub fn new(n: usize) -> GlobalCache {
        let entries = (0..n)
            .map(|_| Entry {
                globals_version: AtomicU64::new(0),
                builtins_version: AtomicU64::new(0),
                index: AtomicU32::new(0),
            })
            .collect();
        GlobalCache { entries }
    }

    /// The cached value of name number `i` while the cache entry is still
    /// right (`None`: not cached, or the namespaces changed shape; then
    /// [`GlobalCache::lookup`] finds it and refills the entry).
    #[inline]
    pub fn cached(&self, i: usize, globals: &ObjRef, builtins: &ObjRef) -> Option<Value> {
        let (Payload::Dict(g), Some(entry)) = (&globals.payload, self.entries.get(i)) else {
            return None;
        };
        let g = g.borrow();
        if g.version() != entry.globals_version.load(Relaxed) {
            return None;
        }
        let index = entry.index.load(Relaxed);
        if index & IN_BUILTINS == 0 {
            return g.entry_at(index as usize).map(|e| e.value.clone());
        }
        let Payload::Dict(b) = &builtins.payload else {
            return None;
        };
        let b = b.borrow();
        if b.version() != entry.builtins_version.load(Relaxed) {
            return None;
        }
        b.entry_at((index & !IN_BUILTINS) as usize)
            .map(|e| e.value.clone())
    }

    /// Looks name number `i` (the str `name`) up in `globals`, then
    /// `builtins`, and fills its cache entry; `None` when it is in neither.
    #[inline(never)]
    pub fn lookup(
        &self,
        i: usize,
        globals: &ObjRef,
        builtins: &ObjRef,
        name: &Value,
    ) -> Option<Value> {
        let (Payload::Dict(g), Some(entry)) = (&globals.payload, self.entries.get(i)) else {
            return None;
        };
        let g = g.borrow();
        let hash = name.as_obj().map(crate::vm::str_hash)?;
        if let FastFind::Found(pos) = g.find_fast(name, hash) {
            entry.globals_version.store(g.version(), Relaxed);
            entry.index.store(pos as u32, Relaxed);
            return g.entry_at(pos).map(|e| e.value.clone());
        }
        let Payload::Dict(b) = &builtins.payload else {
            return None;
        };
        let b = b.borrow();
        if let FastFind::Found(pos) = b.find_fast(name, hash) {
            entry.globals_version.store(g.version(), Relaxed);
            entry.builtins_version.store(b.version(), Relaxed);
            entry.index.store(pos as u32 | IN_BUILTINS, Relaxed);
            return b.entry_at(pos).map(|e| e.value.clone());
        }
        None
    }
}
